#!/usr/bin/env bash
# Opt-in test: installs pyspark into a virtual environment (./.venv-spark, ignored by git) and
# pipes a folder of papers through `docket stream` with Spark's RDD.pipe on local[2].
# Usage: bash Scripts/spark-stream-test.sh [PAPERS_FOLDER]   (default: ../shared/corpus, else Fixtures/papers)
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-}"
if [ -z "$folder" ]; then
    if [ -d ../shared/corpus ]; then folder=../shared/corpus; else folder=Fixtures/papers; fi
fi
command -v java >/dev/null || { echo "spark test skipped: no Java runtime (apt-get install default-jre-headless)"; exit 0; }
[ -x .venv-spark/bin/python ] || python3 -m venv .venv-spark
.venv-spark/bin/python -m pip install -q pyspark
swift build --product docket >/dev/null
.venv-spark/bin/python Scripts/spark-stream-test.py "$PWD/.build/debug/docket" "$folder"
