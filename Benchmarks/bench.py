#!/usr/bin/env python3
"""Docket's benchmark: whole `docket run` invocations beside their reference floors.

Usage: python3 Benchmarks/bench.py [--quick] [--repeats 3] [--no-write] [--docket PATH]

--docket times another build (an earlier commit's binary, for a before-and-after comparison in
one session); it implies --no-write, and the release build of this checkout is not rebuilt.

Builds the release binary, generates (or reuses, from ~/.cache/docket-bench) synthetic archives,
and times, as medians over repeated runs after one warm-up run:
  - `docket run` over each archive (a fresh output folder each time), with --jobs 1 and 2;
  - a re-run with nothing changed, and one with a paper added or taken away;
  - `docket export --format opensearch-bulk` of the finished index;
  - the floors in the same invocation: `pdftotext -layout` alone over the same PDFs with the
    same parallelism, and reading plus hashing the same files.
It prints papers/s, MB/s, peak resident memory and each ratio to its floor, and writes the
figures with the machine they came from to docs/BENCHMARKS.md (unless --no-write).
Timing belongs here, never in a unit test: these machines are shared and noisy, so the ratios
measured in one run are the figures that count.
"""
import atexit
import concurrent.futures
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
CACHE = os.path.expanduser("~/.cache/docket-bench")
DOCKET = os.path.join(ROOT, ".build", "release", "docket")


def run_measured(argv, summary=False):
    """Runs a command; returns (seconds, peak resident MB), and with `summary` a third item:
    the seconds `docket run --json` reports for its index finish (None if it does not)."""
    start = time.perf_counter()
    output = tempfile.TemporaryFile() if summary else subprocess.DEVNULL
    process = subprocess.Popen(argv, stdout=output, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit("command failed: %s" % " ".join(argv))
    if not summary:
        return elapsed, usage.ru_maxrss / 1024.0
    output.seek(0)
    return elapsed, usage.ru_maxrss / 1024.0, json.loads(output.read() or b"{}").get("index_seconds")


def archive(name, count, pdf_share, html_share):
    path = os.path.join(CACHE, "%s-%d" % (name, count))
    marker = os.path.join(path, ".complete")
    if not os.path.exists(marker):
        shutil.rmtree(path, ignore_errors=True)
        print("generating %s (%d papers) ..." % (path, count), file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"), path, str(count),
                        "--pdf-share", str(pdf_share), "--html-share", str(html_share)], check=True)
        open(marker, "w").close()
    return path


def files_of(folder, suffixes=None):
    found = []
    for directory, _, names in os.walk(folder):
        for name in names:
            if name.startswith("."):
                continue
            if suffixes is None or name.endswith(suffixes):
                found.append(os.path.join(directory, name))
    return sorted(found)


def timed_runs(function, repeats):
    function()  # warm-up
    return [function() for _ in range(repeats)]


def median_time(function, repeats):
    results = timed_runs(function, repeats)
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def median_finish(function, repeats):
    """Like `median_time` for a `docket_run`, with the median of the index finish's seconds."""
    results = timed_runs(function, repeats)
    finishes = [r[2] for r in results if r[2] is not None]
    return (statistics.median(r[0] for r in results), max(r[1] for r in results),
            statistics.median(finishes) if finishes else None)


# Output folders of timed runs, removed only when the benchmark ends: deleting thousands of
# files just before the next timed run makes ext4 skip the recently freed inodes when that run
# creates its records, which costs seconds of kernel time a real first run never pays.
FINISHED_OUTPUTS = []
atexit.register(lambda: [shutil.rmtree(out, ignore_errors=True) for out in FINISHED_OUTPUTS])


def docket_run(folder, jobs, pipeline=None):
    def once():
        out = tempfile.mkdtemp(prefix="docket-bench-")
        FINISHED_OUTPUTS.append(out)
        # Let the previous run's writes reach the disk first (untimed): otherwise the kernel
        # flushes a gigabyte of them while this run is being timed.
        os.sync()
        extra = ["--pipeline", pipeline] if pipeline else []
        return run_measured([DOCKET, "run", folder, "--out", out, "--jobs", str(jobs), "--quiet", "--json"] + extra, summary=True)
    return once


def real_archive(corpus, name, suffixes):
    """The corpus's papers with these suffixes, copied flat into the cache (gold records left out)."""
    papers = [p for p in files_of(corpus, suffixes) if "/gold" not in p[len(corpus):]]
    path = os.path.join(CACHE, name)
    signature = "\n".join("%s %d" % (os.path.relpath(p, corpus), os.path.getsize(p)) for p in papers)
    marker = os.path.join(path, ".complete")
    if not os.path.exists(marker) or open(marker).read() != signature:
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(path)
        for paper in papers:
            shutil.copyfile(paper, os.path.join(path, os.path.relpath(paper, corpus).replace(os.sep, "_")))
        with open(marker, "w") as handle:
            handle.write(signature)
    return path


def pdf_variant(name, option):
    """The default pipeline with one option of read.pdf set (e.g. "typography: false")."""
    path = os.path.join(CACHE, name + ".yml")
    text = open(os.path.join(ROOT, "Pipelines", "default.yml")).read()
    text = text.replace("name: default", "name: " + name).replace("      timeout_seconds: 60", "      timeout_seconds: 60\n      " + option)
    with open(path, "w") as handle:
        handle.write(text)
    return path


def docket_rerun(folder, jobs):
    out = tempfile.mkdtemp(prefix="docket-bench-")
    run_measured([DOCKET, "run", folder, "--out", out, "--jobs", str(jobs), "--quiet"])

    def once():
        return run_measured([DOCKET, "run", folder, "--out", out, "--jobs", str(jobs), "--quiet"])
    return once, out


def docket_one_changed(folder, jobs):
    """Re-runs over a hard-linked copy of `folder` in which each timed run adds or takes away one
    paper (a text paper of the archive with a line of its own): the run that follows new
    papers, with its index finish. Returns the timing function and the folders to remove."""
    work = tempfile.mkdtemp(prefix="docket-bench-in-")
    for path in files_of(folder):
        target = os.path.join(work, os.path.relpath(path, folder))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.link(path, target)
    out = tempfile.mkdtemp(prefix="docket-bench-")
    run_measured([DOCKET, "run", work, "--out", out, "--jobs", str(jobs), "--quiet"])
    text = open(files_of(folder, (".txt",))[0], "rb").read() + b"\nA paper added for the benchmark.\n"
    extra = os.path.join(work, "added-paper.txt")

    def once():
        if os.path.exists(extra):
            os.remove(extra)
        else:
            with open(extra, "wb") as handle:
                handle.write(text)
        os.sync()
        return run_measured([DOCKET, "run", work, "--out", out, "--jobs", str(jobs), "--quiet", "--json"], summary=True)
    return once, (work, out)


def docket_export(out, format):
    def once():
        return run_measured([DOCKET, "export", "--db", os.path.join(out, "docket.db"), "--format", format])
    return once


def pdftotext_floor(pdfs, jobs):
    def once():
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            list(pool.map(lambda path: subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"],
                                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), pdfs))
        return time.perf_counter() - start, 0.0
    return once


def read_hash_floor(paths, jobs):
    def digest(path):
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()

    def once():
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            list(pool.map(digest, paths))
        return time.perf_counter() - start, 0.0
    return once


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s, %d cores, %s, Python %s, %s" % (cpu, os.cpu_count(), platform.platform(), platform.python_version(),
                                               subprocess.run(["pdftotext", "-v"], capture_output=True, text=True).stderr.splitlines()[0])


def index_finish(seconds):
    """The ratio column's note of the serial index finish (absent for a build without it)."""
    return "" if seconds is None else "; index finish %.2f s" % seconds


def main():
    global DOCKET
    quick = "--quick" in sys.argv
    write = "--no-write" not in sys.argv
    other = sys.argv[sys.argv.index("--docket") + 1] if "--docket" in sys.argv else None
    repeats = int(sys.argv[sys.argv.index("--repeats") + 1]) if "--repeats" in sys.argv else (1 if quick else 3)
    if other:
        DOCKET, write = os.path.abspath(other), False
    else:
        # Both products: `docket` starts `docket-pdf-worker` from its own folder. Built as
        # Scripts/quickstart.sh builds them, with cross-module optimisation and the Swift runtime
        # linked in statically.
        subprocess.run(["swift", "build", "-c", "release", "-Xswiftc", "-cross-module-optimization", "--static-swift-stdlib"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    rows = []
    notes = []
    sizes = [1000] if quick else [1000, 10000]

    # Text and HTML: end to end against reading and hashing the same bytes.
    for count in sizes:
        folder = archive("text-html", count, 0.0, 0.35)
        paths = files_of(folder, (".txt", ".html"))
        megabytes = sum(os.path.getsize(p) for p in paths) / 1e6
        floor, _ = median_time(read_hash_floor(paths, 2), repeats)
        one, rss1, finish1 = median_finish(docket_run(folder, 1), repeats)
        two, rss2, finish2 = median_finish(docket_run(folder, 2), repeats)
        rerun, out = docket_rerun(folder, 2)
        again, rss3 = median_time(rerun, repeats)
        export, rss5 = median_time(docket_export(out, "opensearch-bulk"), repeats)
        shutil.rmtree(out, ignore_errors=True)
        changed, folders = docket_one_changed(folder, 2)
        added, rss4, finish4 = median_finish(changed, repeats)
        for path in folders:
            shutil.rmtree(path, ignore_errors=True)
        rows.append(("text+html %d, --jobs 1" % count, count, megabytes, one, rss1,
                     "%.1f MB/s/core%s" % (megabytes / one, index_finish(finish1))))
        rows.append(("text+html %d, --jobs 2" % count, count, megabytes, two, rss2,
                     "%.2f× jobs 1; %.1f MB/s/core; %.0f× read+hash%s" % (one / two, megabytes / two / 2, two / floor, index_finish(finish2))))
        rows.append(("re-run, nothing changed, %d" % count, count, megabytes, again, rss3, "%.1f%% of the first run" % (100 * again / two)))
        rows.append(("re-run, one paper added or taken away, %d" % count, count, megabytes, added, rss4,
                     "%.0f%% of the first run%s" % (100 * added / two, index_finish(finish4))))
        rows.append(("export opensearch-bulk, %d" % count, count, megabytes, export, rss5, "every paper and section"))
        rows.append(("floor: read + sha256, 2 threads, %d" % count, count, megabytes, floor, 0.0, ""))

    # PDF: end to end against pdftotext alone with the same parallelism.
    pdf_count = 200 if quick else 1000
    folder = archive("pdf", pdf_count, 1.0, 0.0)
    pdfs = files_of(folder, (".pdf",))
    megabytes = sum(os.path.getsize(p) for p in pdfs) / 1e6
    floor, _ = median_time(pdftotext_floor(pdfs, 2), repeats)
    run, rss = median_time(docket_run(folder, 2), repeats)
    rows.append(("pdf %d, --jobs 2" % pdf_count, pdf_count, megabytes, run, rss, "%.2f× pdftotext alone" % (run / floor)))
    rows.append(("floor: pdftotext -layout, 2 at a time, %d" % pdf_count, pdf_count, megabytes, floor, 0.0, ""))

    # Mixed archive: the realistic case.
    mixed = archive("mixed", 1000, 0.1, 0.3)
    run, rss = median_time(docket_run(mixed, 2), repeats)
    rows.append(("mixed 1000 (10% PDF, 30% HTML), --jobs 2", 1000, sum(os.path.getsize(p) for p in files_of(mixed)) / 1e6, run, rss, ""))

    # The real papers, when present: their text, Markdown and HTML papers, and their PDFs, each
    # as an archive of its own (copied once into the cache, without the gold records).
    corpus = os.path.join(ROOT, "..", "shared", "corpus")
    if os.path.isdir(corpus):
        text_folder = real_archive(corpus, "real-text", (".txt", ".md", ".html"))
        paths = files_of(text_folder)
        megabytes = sum(os.path.getsize(p) for p in paths) / 1e6
        floor, _ = median_time(read_hash_floor(paths, 2), repeats)
        one, rss1 = median_time(docket_run(text_folder, 1), repeats)
        two, rss2 = median_time(docket_run(text_folder, 2), repeats)
        rows.append(("real text+md+html (%d papers), --jobs 1" % len(paths), len(paths), megabytes, one, rss1, "%.1f MB/s/core" % (megabytes / one)))
        rows.append(("real text+md+html (%d papers), --jobs 2" % len(paths), len(paths), megabytes, two, rss2,
                     "%.2f× jobs 1; %.0f× read+hash" % (one / two, two / floor)))
        pdf_folder = real_archive(corpus, "real-pdf", (".pdf",))
        pdfs = files_of(pdf_folder)
        megabytes = sum(os.path.getsize(p) for p in pdfs) / 1e6
        floor, _ = median_time(pdftotext_floor(pdfs, 2), repeats)
        run, rss = median_time(docket_run(pdf_folder, 2), repeats)
        plain, _ = median_time(docket_run(pdf_folder, 2, pipeline=pdf_variant("no-typography", "typography: false")), repeats)
        children, _ = median_time(docket_run(pdf_folder, 2, pipeline=pdf_variant("no-worker", "worker: false")), repeats)
        rows.append(("real PDFs (%d), --jobs 2" % len(pdfs), len(pdfs), megabytes, run, rss, "%.2f× pdftotext alone" % (run / floor)))
        rows.append(("real PDFs (%d), --jobs 2, typography off" % len(pdfs), len(pdfs), megabytes, plain, 0.0,
                     "%.2f× pdftotext alone" % (plain / floor)))
        rows.append(("real PDFs (%d), --jobs 2, no worker (pdftotext + pdftohtml per paper)" % len(pdfs), len(pdfs), megabytes, children, 0.0,
                     "%.2f× pdftotext alone" % (children / floor)))
        rows.append(("floor: pdftotext -layout, 2 at a time, real PDFs", len(pdfs), megabytes, floor, 0.0, ""))

    header = "| run | papers | MB | median s | papers/s | MB/s | peak RSS MB | ratio |"
    lines = [header, "|---|---:|---:|---:|---:|---:|---:|---|"]
    for name, count, mb, seconds, rss, ratio in rows:
        lines.append("| %s | %d | %.1f | %.3f | %.0f | %.1f | %s | %s |" % (name, count, mb, seconds, count / seconds, mb / seconds,
                                                                        "%.0f" % rss if rss else "–", ratio))
    table = "\n".join(lines)
    print(table)
    if write:
        path = os.path.join(ROOT, "docs", "BENCHMARKS.md")
        figures = ("<!-- figures: written by Benchmarks/bench.py -->\nMeasured by `python3 Benchmarks/bench.py` (release build, cross-module optimisation, static Swift runtime; "
                   "medians of %d runs after a warm-up; references measured in the same invocation) on %s, %s.\n\n%s\n"
                   "<!-- /figures -->" % (repeats, machine(), time.strftime("%Y-%m-%d"), table))
        text = open(path).read() if os.path.exists(path) else "# Benchmarks\n\n<!-- figures: --><!-- /figures -->\n"
        start, end = text.find("<!-- figures"), text.find("<!-- /figures -->")
        if start < 0 or end < 0:
            text = "# Benchmarks\n\n" + figures + "\n"
        else:
            text = text[:start] + figures + text[end + len("<!-- /figures -->"):]
        with open(path, "w") as handle:
            handle.write(text)
        print("wrote %s" % path, file=sys.stderr)

if __name__ == "__main__":
    main()
