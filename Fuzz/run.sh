#!/usr/bin/env bash
# Builds Docket's libFuzzer targets with AddressSanitizer and runs each for SECONDS (default 600).
# Usage: bash Fuzz/run.sh [SECONDS] [TARGET...]
# Seeds are the fixture papers, the pipelines and Fuzz/corpus/pdftotext; new inputs go to a scratch corpus outside git
# (~/.cache/docket-fuzz); crashes are written to Fuzz/findings/ to be turned into regression
# inputs under Fixtures/hostile/fuzz/, which the normal tests replay.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzText FuzzHTML FuzzPdftotextOutput FuzzPipeline)
swift build -c debug --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >/dev/null
mkdir -p findings
for target in "${targets[@]}"; do
    case "$target" in
        FuzzText) seeds=../Fixtures/papers ;; FuzzHTML) seeds=../Fixtures/papers ;;
        FuzzPdftotextOutput) seeds=corpus/pdftotext ;; FuzzPipeline) seeds=../Pipelines ;;
    esac
    scratch="$HOME/.cache/docket-fuzz/$target"
    mkdir -p "$scratch"
    echo "== $target for $seconds s" >&2
    ".build-fuzz/debug/$target" "$scratch" "$seeds" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 \
        -max_len=65536 -artifact_prefix="findings/$target-" -print_final_stats=1 2>&1 | tail -n 25
done
