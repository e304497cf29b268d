#!/usr/bin/env bash
# Sets Docket up on a fresh Debian machine that has the Swift toolchain, then runs the batch
# job on the bundled example papers in Fixtures/papers. Installs poppler-utils (pdftotext),
# libpoppler-private-dev (poppler's classes, for the PDF worker), libxml2-dev, libsqlite3-dev and
# libssl-dev (libcrypto's SHA-256)
# with apt-get when they are missing (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ -f /usr/include/libxml2/libxml/HTMLparser.h ] || missing+=(libxml2-dev)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
[ -f /usr/include/poppler/TextOutputDev.h ] || missing+=(libpoppler-private-dev)
[ -f /usr/include/openssl/evp.h ] || missing+=(libssl-dev)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing ${missing[*]} ..." >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Both products: `docket`, and the PDF worker it starts from its own folder. Cross-module
# optimisation lets the compiler specialise DocketModel's generic helpers and types inside the
# modules that call them (real text papers: about 0.85x the CPU time); the Swift runtime and
# Foundation linked in statically are called directly and need no loading at start (about
# 0.87x again, and a re-run that changes nothing starts in three quarters of the time;
# docs/BENCHMARKS.md).
swift build -c release -Xswiftc -cross-module-optimization --static-swift-stdlib
# The main job: every paper in Fixtures/papers into out/ (records, errors, ledger, index).
.build/release/docket run Fixtures/papers --out out
echo "Records are in out/papers/; the first one begins:" >&2
head -c 1200 "$(ls out/papers/*.json | head -1)"; echo
