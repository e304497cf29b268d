#!/usr/bin/env python3
"""Show, field by field, where Docket's record of a gold paper differs from the gold record.

Usage:
  python3 Scripts/gold-diff.py GOLD.json [GOLD.json ...] [--bin .build/release/docket] [--field sections]

For each gold file: runs `docket extract` on its paper and prints the gold and predicted values
side by side for the scalar fields, and for lists the items only in gold (`-`) and only in the
prediction (`+`), compared the way ../shared/tools/score.py compares them (normalized text).
A development aid for reading misses; the scores themselves come from score.py.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata


def norm(text):
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def flatten(sections):
    for node in sections or []:
        yield node
        yield from flatten(node.get("children") or [])


def number(value):
    return norm(value).strip(" .):(").rstrip(".") if value is not None else ""


def show_list(name, gold, pred):
    only_gold = [g for g in gold if g not in pred]
    only_pred = [p for p in pred if p not in gold]
    if not only_gold and not only_pred:
        return
    print("  %s: %d gold, %d predicted, %d only in gold, %d only predicted" % (name, len(gold), len(pred), len(only_gold), len(only_pred)))
    for item in only_gold:
        print("    - %s" % item[:160])
    for item in only_pred:
        print("    + %s" % item[:160])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--bin", default=".build/release/docket")
    parser.add_argument("--field", action="append", help="only these fields")
    args = parser.parse_args()
    for path in args.gold:
        gold = json.load(open(path, encoding="utf-8"))
        paper = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), gold["file"])
        out = subprocess.run([args.bin, "extract", paper], capture_output=True)
        if out.returncode != 0:
            print("%s: FAILED %s" % (path, out.stderr.decode()[:300]))
            continue
        pred = json.loads(out.stdout)
        if isinstance(pred, list):
            pred = pred[0]
        print("== %s (%s)" % (os.path.basename(path), gold["file"]))
        fields = set(gold.get("fields", []))
        want = lambda f: f in fields and (not args.field or f in args.field)
        if want("title"):
            print("  title: gold %r | pred %r" % (gold.get("title"), pred.get("title")))
        if want("meeting"):
            print("  meeting: gold %r | pred %r" % (gold.get("meeting"), pred.get("meeting")))
        if want("doc_type"):
            print("  doc_type: gold %r | pred %r" % (gold.get("doc_type"), pred.get("doc_type")))
        if want("people"):
            show_list("people", sorted({norm(p.get("name")) + " [" + str(p.get("role")) + "]" for p in gold.get("people", [])}),
                      sorted({norm(p.get("name")) + " [" + str(p.get("role")) + "]" for p in pred.get("people", [])}))
        if want("sections"):
            show_list("sections", ["%s | %s" % (number(s.get("number")), norm(s.get("heading"))) for s in gold.get("sections", [])],
                      ["%s | %s" % (number(s.get("number")), norm(s.get("heading"))) for s in flatten(pred.get("sections")) if s.get("heading")])
        if want("paragraph_numbers"):
            numeric = re.compile(r"^\d+(\.\d+)*$")
            show_list("paragraph_numbers", [number(n) for n in gold.get("paragraph_numbers", []) if numeric.match(number(n))],
                      [number(s.get("number")) for s in flatten(pred.get("sections")) if numeric.match(number(s.get("number")))])
        if want("decisions"):
            show_list("decisions", [norm(d.get("text")) for d in gold.get("decisions", [])],
                      [norm(d.get("text")) for d in pred.get("decisions", [])])
        if want("risks"):
            text = lambda r: norm(" ".join(str(r.get(k) or "") for k in ("risk", "description", "mitigation")))
            show_list("risks", [text(r) for r in gold.get("risks", [])], [text(r) for r in pred.get("risks", [])])
        if want("contacts"):
            show_list("contacts", sorted(json.dumps([norm(c.get("name")), sorted(c.get("emails", [])), sorted(x if isinstance(x, str) else x.get("e164") for x in c.get("phones", []))]) for c in gold.get("contacts", [])),
                      sorted(json.dumps([norm(c.get("name")), sorted(c.get("emails", [])), sorted(x.get("e164") for x in c.get("phones", []))]) for c in pred.get("contacts", [])))
        if want("appendices"):
            show_list("appendices", [norm(a.get("label")) for a in gold.get("appendices", [])], [norm(a.get("label")) for a in pred.get("appendices", [])])
        if want("background_papers"):
            show_list("background_papers", [norm(a.get("title")) for a in gold.get("background_papers", [])], [norm(a.get("title")) for a in pred.get("background_papers", [])])
    return 0


if __name__ == "__main__":
    sys.exit(main())
