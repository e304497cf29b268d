#!/usr/bin/env python3
"""Writes Fixtures/hostile/slow.pdf: one page of 25,000 tiny words at random positions, which
keeps `pdftotext -layout` busy for seconds (it sorts words into lines and columns), so the tests
can show that Docket's time limit kills it. Usage: make-slow-pdf.py OUTPUT.pdf [WORDS]"""
import random
import sys
import zlib


def main():
    target = sys.argv[1]
    words = int(sys.argv[2]) if len(sys.argv) > 2 else 25000
    rng = random.Random(1)
    ops = [b"BT /F1 6 Tf"]
    for index in range(words):
        ops.append(b"1 0 0 1 %d %d Tm (w%d) Tj" % (rng.randint(0, 590), rng.randint(0, 840), index % 97))
    ops.append(b"ET")
    stream = zlib.compress(b"\n".join(ops), 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    open(target, "wb").write(out)


if __name__ == "__main__":
    main()
