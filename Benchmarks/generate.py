#!/usr/bin/env python3
"""Generate an archive of synthetic council papers for Docket's benchmark.

Usage: generate.py OUT_DIR COUNT [--pdf-share 0.1] [--html-share 0.3] [--seed 1]

Papers are written from Docket's own templates (cabinet reports, committee reports with
restarting numbering, minutes, records of decision) with varied bodies, dates, lengths,
numbering, risk tables, contact blocks and money amounts. Text and HTML papers are written
directly; PDF papers are rendered with Scripts/make-fixture-pdf.py. The same arguments always
give the same files, so an archive can be cached and reused between runs.
"""
import html
import os
import random
import subprocess
import sys

BODIES = ["Cabinet", "Planning Committee", "Health and Wellbeing Board", "Audit Committee",
          "Transport and Environment Committee", "County Council", "Children's Services Committee"]
COUNCILS = ["Westshire", "Northmoor", "Eastbridge", "Southvale", "Kingsford", "Ashcombe", "Harlow Down"]
TOPICS = ["Library Opening Hours", "Winter Gritting Routes", "Street Tree Planting", "Home to School Transport",
          "Adult Social Care Charging", "Waste Collection Contract", "Housing Allocations Policy",
          "Capital Programme Monitoring", "Parking Charges Review", "Youth Services Strategy",
          "Flood Risk Management Plan", "Leisure Centre Investment"]
HEADINGS = ["Background", "Options", "Advice and analysis", "Consultation", "Financial implications",
            "Legal implications", "Equality implications", "Climate change implications", "Risk management",
            "Implementation", "Performance", "Next steps"]
WORDS = ("the council service residents budget review schools roads contract delivery demand staff "
         "capacity funding partners plan strategy year quarter target outcome pressure savings programme "
         "report committee officers evidence community access support housing transport care").split()
FIRST = ["Helen", "Tom", "Priya", "Marcus", "Lena", "Rhian", "Dana", "Owen", "Asha", "Colin", "Fiona", "Joel"]
LAST = ["Marsh", "Ashcroft", "Natarajan", "Obi", "Fry", "Evans", "Whitfield", "Price", "Khan", "Doyle", "Reid", "Lam"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November", "December"]


def sentence(rng, words=None):
    count = words or rng.randint(8, 24)
    text = " ".join(rng.choice(WORDS) for _ in range(count))
    if rng.random() < 0.3:
        text += " at a cost of £%s" % rng.choice(["1.2m", "350,000", "85,000", "2.5 million", "12,400"])
    return text[0].upper() + text[1:] + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(1, 5)))


def person(rng):
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


def report(rng, index):
    """A cabinet or committee report as a list of (kind, text) blocks."""
    body = rng.choice(BODIES)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2015, 2026)
    title = "%s %s" % (rng.choice(TOPICS), rng.choice(["Review", "Update", "Report", "Proposals"]))
    author = person(rng)
    blocks = [("line", body.upper()), ("line", "%d %s %d" % (day, month.upper(), year)), ("line", title.upper()),
              ("line", "Portfolio Holder: Councillor %s, %s" % (person(rng), rng.choice(TOPICS))),
              ("line", "Report from: %s, Director of %s" % (person(rng), rng.choice(["Place", "People", "Resources"]))),
              ("line", "Author: %s, %s Manager" % (author, rng.choice(["Service", "Programme", "Policy"]))),
              ("heading", "Summary"), ("para", paragraph(rng))]
    sections = rng.sample(HEADINGS, rng.randint(3, 9))
    number = 0
    for heading in sections:
        number += 1
        blocks.append(("heading", "%d. %s" % (number, heading)))
        for sub in range(1, rng.randint(2, 7)):
            blocks.append(("para", "%d.%d %s" % (number, sub, paragraph(rng))))
        if heading == "Risk management":
            rows = [(sentence(rng, 6)[:-1], sentence(rng, 12), sentence(rng, 10)) for _ in range(rng.randint(2, 5))]
            blocks.append(("table", [("Risk", "Description", "Action to avoid or mitigate risk")] + rows))
    number += 1
    blocks.append(("heading", "%d. Recommendations" % number))
    for sub in range(1, rng.randint(2, 4)):
        verb = rng.choice(["approve", "note", "agree", "delegate authority to the Director of Place to agree"])
        blocks.append(("para", "%d.%d %s is asked to %s %s" % (number, sub, body, verb, sentence(rng, 8).lower())))
    blocks += [("heading", "Lead officer contact"),
               ("para", "%s, Service Manager, Civic Centre, 01632 %06d %s@example.gov.uk"
                % (author, rng.randint(0, 999999), author.lower().replace(" ", ".")))]
    blocks += [("heading", "Background papers"), ("para", "None")]
    return title, blocks


def minutes(rng, index):
    body = rng.choice(BODIES)
    council = rng.choice(COUNCILS)
    blocks = [("line", "%s COUNCIL" % council.upper()), ("line", body.upper()),
              ("para", "MINUTES of a meeting of the %s held on %d %s %d." % (body, rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2015, 2026))),
              ("para", "PRESENT: " + ", ".join("Mr %s" % person(rng) for _ in range(rng.randint(3, 12)))),
              ("heading", "UNRESTRICTED ITEMS")]
    start = rng.randint(1, 300)
    for item in range(start, start + rng.randint(3, 12)):
        blocks.append(("heading", "%d. %s" % (item, rng.choice(TOPICS))))
        for _ in range(rng.randint(1, 4)):
            blocks.append(("para", paragraph(rng)))
        blocks.append(("para", "RESOLVED that %s" % sentence(rng, 10).lower()))
    return "Minutes", blocks


def as_text(blocks):
    out = []
    for kind, value in blocks:
        if kind == "table":
            out.append("\n".join("\t".join(row) for row in value))
        else:
            out.append(value)
    return "\n\n".join(out) + "\n"


def as_html(title, blocks):
    out = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body>" % html.escape(title),
           "<nav><ul><li><a href=\"/\">Home</a></li></ul></nav><main>"]
    for kind, value in blocks:
        if kind == "table":
            out.append("<table>" + "".join("<tr>" + "".join("<td>%s</td>" % html.escape(cell) for cell in row) + "</tr>" for row in value) + "</table>")
        elif kind == "heading":
            out.append("<h2>%s</h2>" % html.escape(value))
        else:
            out.append("<p>%s</p>" % html.escape(value))
    out.append("</main><footer>Council offices</footer></body></html>")
    return "\n".join(out)


def wrap(text, width=90):
    lines = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            cut = cut if cut > 0 else width
            lines.append(line[:cut])
            line = "      " + line[cut:].lstrip()
        lines.append(line)
    return lines


def main():
    args = sys.argv[1:]
    options = {"--pdf-share": 0.1, "--html-share": 0.3, "--seed": 1}
    for key in list(options):
        if key in args:
            position = args.index(key)
            options[key] = float(args[position + 1])
            del args[position:position + 2]
    out, count = args[0], int(args[1])
    rng = random.Random(int(options["--seed"]))
    os.makedirs(out, exist_ok=True)
    renderer = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Scripts", "make-fixture-pdf.py")
    for index in range(count):
        title, blocks = (minutes if rng.random() < 0.3 else report)(rng, index)
        folder = os.path.join(out, "%03d" % (index // 500))
        os.makedirs(folder, exist_ok=True)
        roll = rng.random()
        name = os.path.join(folder, "paper-%05d" % index)
        if roll < options["--pdf-share"]:
            text = as_text(blocks).replace("\t", "    ")
            lines = wrap(text)
            pages = ["\n".join(lines[i:i + 60]) for i in range(0, len(lines), 60)]
            source = name + ".src"
            with open(source, "w", encoding="utf-8") as handle:
                handle.write("\f".join(pages))
            subprocess.run([sys.executable, renderer, source, name + ".pdf", "--footer"], check=True)
            os.remove(source)
        elif roll < options["--pdf-share"] + options["--html-share"]:
            with open(name + ".html", "w", encoding="utf-8") as handle:
                handle.write(as_html(title, blocks))
        else:
            with open(name + ".txt", "w", encoding="utf-8") as handle:
                handle.write(as_text(blocks))


if __name__ == "__main__":
    main()
