#!/usr/bin/env python3
"""Fails when a module imports outside the module graph in README.md.

README's "How it works" table lists each target under Sources/ with the modules it may import
(the "may import" column, each name in backticks). This script reads every `import` line of
every Swift file under Sources/<target>/ and Tests/<target>/ (plain, `internal`, `public`, `@_exported` and
`@preconcurrency` imports alike) and prints each import the table does not allow, with its file
and line. Exit status 1 when there is any, or when a target folder has no row in the table.

Usage: python3 Scripts/check-imports.py [ROOT]   (ROOT defaults to the package root)
"""
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
IMPORT = re.compile(r"^(?:@\w+\s+)*(?:public\s+|internal\s+|package\s+|private\s+|fileprivate\s+)?import\s+(?:(?:struct|class|enum|func|var|let|protocol|typealias)\s+)?([A-Za-z_][A-Za-z0-9_]*)")
ROW = re.compile(r"^\|\s*`([A-Za-z0-9_]+)`(?:\s*\([^|]*\))?\s*\|[^|]*\|([^|]*)\|\s*$")


def allowed_imports(readme):
    """Target name -> set of modules it may import, from README's module table."""
    table = {}
    with open(readme, encoding="utf-8") as handle:
        for line in handle:
            match = ROW.match(line.rstrip("\n"))
            if match:
                table[match.group(1)] = set(re.findall(r"`([A-Za-z0-9_]+)`", match.group(2)))
    return table


def main():
    table = allowed_imports(os.path.join(ROOT, "README.md"))
    problems = []
    folders = [(kind, target) for kind in ("Sources", "Tests") if os.path.isdir(os.path.join(ROOT, kind))
               for target in sorted(os.listdir(os.path.join(ROOT, kind)))]
    for kind, target in folders:
        folder = os.path.join(ROOT, kind, target)
        if not os.path.isdir(folder):
            continue
        swift_files = [os.path.join(d, f) for d, _, files in os.walk(folder) for f in files if f.endswith(".swift")]
        if not swift_files:
            continue  # a system-library target (module map and header only)
        if target not in table:
            problems.append(f"{kind}/{target}: no row for `{target}` in README.md's module table")
            continue
        for path in sorted(swift_files):
            with open(path, encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    match = IMPORT.match(line)
                    if match and match.group(1) not in table[target]:
                        relative = os.path.relpath(path, ROOT)
                        problems.append(f"{relative}:{number}: {target} imports {match.group(1)}, "
                                        f"which README.md does not allow (may import: {', '.join(sorted(table[target])) or 'nothing'})")
    for problem in problems:
        print(problem)
    print(f"check-imports: {len(problems)} problem(s)" if problems else "check-imports: every import is in the module graph")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
