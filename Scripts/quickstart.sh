#!/usr/bin/env bash
# Sets Docket up on a fresh Debian machine that has the Swift toolchain, then runs it on the
# bundled example papers in Fixtures/papers. Installs poppler-utils (pdftotext) and libxml2-dev
# with apt-get when they are missing (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ -f /usr/include/libxml2/libxml/HTMLparser.h ] || missing+=(libxml2-dev)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing ${missing[*]} ..." >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

swift build -c release --product docket
mkdir -p out
.build/release/docket extract --compact Fixtures/papers/* > out/papers.jsonl
echo "Wrote $(wc -l < out/papers.jsonl) paper records to out/papers.jsonl" >&2
.build/release/docket extract Fixtures/papers/cabinet-report.txt | head -40
