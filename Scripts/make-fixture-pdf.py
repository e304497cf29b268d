#!/usr/bin/env python3
"""Render a plain-text paper into a small PDF with a real text layer, for Docket's fixtures.

Usage: make-fixture-pdf.py INPUT.txt OUTPUT.pdf [--header TEXT] [--footer]

Form feeds in the input start new pages. Each line is drawn in 10 pt Courier at its own
indentation, so `pdftotext -layout` gives the columns back. --header repeats a running header on
every page and --footer adds "Page N of M", so that the normalizer's furniture removal is tested
on a real PDF. Text is written in WinAnsiEncoding (so £ and curly quotes survive).
"""
import sys

def escape(text):
    data = text.encode("cp1252", "replace")
    out = bytearray()
    for byte in data:
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte < 32 or byte > 126:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out)

def page_stream(lines):
    parts = [b"BT /F1 10 Tf"]
    y = 800
    for line in lines:
        stripped = line.lstrip(" ")
        x = 40 + 6 * (len(line) - len(stripped))
        parts.append(b"1 0 0 1 %d %d Tm (%s) Tj" % (x, y, escape(stripped)))
        y -= 12
    parts.append(b"ET")
    return b"\n".join(parts)

def main():
    args = sys.argv[1:]
    header = None
    footer = False
    if "--header" in args:
        index = args.index("--header")
        header = args[index + 1]
        del args[index:index + 2]
    if "--footer" in args:
        args.remove("--footer")
        footer = True
    source, target = args
    pages = open(source, encoding="utf-8").read().split("\f")
    objects = []
    def add(body):
        objects.append(body)
        return len(objects)
    catalog = add(None)
    pages_id = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
    kids = []
    for number, text in enumerate(pages, start=1):
        lines = text.split("\n")
        if header:
            lines = [header, ""] + lines
        if footer:
            lines = lines + ["", "Page %d of %d" % (number, len(pages))]
        stream = page_stream(lines)
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_id, font, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    open(target, "wb").write(out)

if __name__ == "__main__":
    main()
