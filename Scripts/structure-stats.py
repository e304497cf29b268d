#!/usr/bin/env python3
"""Gold-free figures for the section tree over every paper of the corpus.

Usage:
  python3 Scripts/structure-stats.py [--bin .build/release/docket] [--corpus ../shared/corpus] [--pred DIR]

Runs `docket extract` on every paper (or reads DIR/*.json written earlier) and prints:
- papers with no section (nothing numbered or headed; a body kept as one unheaded section counts
  as none), and papers that failed;
- multi-part labels chained under a sibling: a label such as 1.3 whose nearest numbered
  ancestor is another label of as many parts (1.2), which a right tree never gives;
- headings longer than 12 words, which are usually sentences taken for headings.
"""
import argparse
import json
import os
import re
import subprocess
import sys

LABEL = re.compile(r"^\d+(\.\d+)+$")


def walk(sections, ancestor=None):
    for node in sections or []:
        number = (node.get("number") or "").rstrip(".")
        yield node, number, ancestor
        numeric = bool(re.match(r"^\d+(\.\d+)*$", number))
        yield from walk(node.get("children"), number if numeric else ancestor)


def records(args):
    if args.pred:
        for name in sorted(os.listdir(args.pred)):
            path = os.path.join(args.pred, name)
            try:
                with open(path) as handle:
                    yield name, json.load(handle)
            except (OSError, ValueError):
                yield name, None
        return
    for root, _, files in os.walk(args.corpus):
        if "/gold" in root:
            continue
        for name in sorted(files):
            if not name.endswith((".pdf", ".html", ".htm", ".txt", ".md")):
                continue
            path = os.path.join(root, name)
            run = subprocess.run([args.bin, "extract", path], capture_output=True)
            try:
                yield path, json.loads(run.stdout)
            except ValueError:
                yield path, None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/release/docket")
    parser.add_argument("--corpus", default="../shared/corpus")
    parser.add_argument("--pred")
    args = parser.parse_args()
    papers = failed = empty = labels = chained = headings = long_headings = 0
    for _, record in records(args):
        papers += 1
        if record is None or "sections" not in record:
            failed += 1
            continue
        nodes = list(walk(record.get("sections")))
        if not any(node.get("number") or node.get("heading") for node, _, _ in nodes):
            empty += 1
        for node, number, ancestor in nodes:
            if LABEL.match(number):
                labels += 1
                if ancestor and LABEL.match(ancestor) and ancestor.count(".") == number.count("."):
                    chained += 1
            heading = node.get("heading")
            if heading:
                headings += 1
                if len(heading.split()) > 12:
                    long_headings += 1
    print(f"papers {papers}, failed {failed}, with no section {empty}")
    print(f"multi-part labels {labels}, chained under a sibling {chained}")
    print(f"headings {headings}, longer than 12 words {long_headings}")


if __name__ == "__main__":
    sys.exit(main())
