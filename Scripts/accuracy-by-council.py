#!/usr/bin/env python3
"""Per-council accuracy: runs ../shared/tools/score.py -v over the gold folders and sums each
paper's matched/gold/predicted counts per council (the folder the paper sits in: kent, chico,
nipissing-twp, …), then prints F1 per field and the council's macro F1 as a Markdown table.

Usage:
  python3 Scripts/accuracy-by-council.py [--bin .build/release/docket | --pred OUT_DIR] [--corpus ../shared/corpus] [--json]

With --json it prints {"council": {"papers": N, "macro_f1": F, "fields": {field: F1 or null}}}
instead of the table (CorpusTests reads it).
"""
import argparse
import json
import os
import re
import subprocess
import sys

FIELDS = ["title", "meeting.body", "meeting.date", "doc_type", "people", "sections", "paragraph_numbers",
          "paragraph_nesting", "decisions", "risks", "contacts.names", "contacts.emails", "contacts.phones",
          "background_papers", "appendices"]
SHORT = ["title", "body", "date", "doc_type", "people", "sections", "numbers", "nesting", "decisions", "risks",
         "c.names", "c.emails", "c.phones", "bg papers", "appendices"]


def f1(tp, gold, pred):
    if gold == 0 and pred == 0:
        return None
    precision = tp / pred if pred else (1.0 if gold == 0 else 0.0)
    recall = tp / gold if gold else (1.0 if pred == 0 else 0.0)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/release/docket")
    parser.add_argument("--pred", help="records of a batch run instead of running the binary")
    parser.add_argument("--corpus", default="../shared/corpus")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    folders = [os.path.join(args.corpus, "gold"), os.path.join(args.corpus, "gold-wild")]
    folders = [f for f in folders if os.path.isdir(f)]
    command = [sys.executable, os.path.join(args.corpus, "..", "tools", "score.py"), "-v"]
    for folder in folders:
        command += ["--gold", folder]
    command += ["--pred", args.pred] if args.pred else ["--cmd", args.bin + " extract"]
    output = subprocess.run(command, capture_output=True, text=True).stdout
    council_of = {}
    for folder in folders:
        for name in os.listdir(folder):
            if name.endswith(".json"):
                gold = json.load(open(os.path.join(folder, name), encoding="utf-8"))
                parts = gold["file"].split("/")
                council = parts[1] if parts[0] in ("wild", "risk") else parts[0]
                council_of[os.path.join(os.path.basename(folder), name)[:60]] = council
    totals = {}
    papers = {}
    for line in output.splitlines():
        match = re.match(r"^(\S+)\s+(.*)$", line)
        if not match or match.group(1) not in council_of:
            continue
        council = council_of[match.group(1)]
        papers[council] = papers.get(council, 0) + 1
        for field, tp, gold, pred in re.findall(r"(\S+) (\d+)/(\d+)/(\d+)", match.group(2)):
            entry = totals.setdefault(council, {}).setdefault(field, [0, 0, 0])
            entry[0] += int(tp)
            entry[1] += int(gold)
            entry[2] += int(pred)
    if args.json:
        report = {}
        for council in sorted(totals):
            scores = {field: f1(*totals[council].get(field, [0, 0, 0])) for field in FIELDS}
            present = [s for s in scores.values() if s is not None]
            report[council] = {"papers": papers[council], "macro_f1": sum(present) / len(present) if present else 0.0,
                               "fields": scores}
        print(json.dumps(report, indent=1, sort_keys=True))
        return 0
    print("| council | papers | macro F1 | " + " | ".join(SHORT) + " |")
    print("|---|---:|---:|" + "---:|" * len(SHORT))
    for council in sorted(totals):
        scores = [f1(*totals[council].get(field, [0, 0, 0])) for field in FIELDS]
        present = [s for s in scores if s is not None]
        macro = sum(present) / len(present) if present else 0.0
        cells = ["–" if s is None else "%.2f" % s for s in scores]
        print("| %s | %d | %.2f | %s |" % (council, papers[council], macro, " | ".join(cells)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
