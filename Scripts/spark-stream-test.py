#!/usr/bin/env python3
"""Runs `docket stream` under Spark's RDD.pipe (local[2], loopback only) over a folder of papers
and checks that every path comes back exactly once, in its partition's order.

Usage: spark-stream-test.py DOCKET_BINARY PAPERS_FOLDER
Needs pyspark (Scripts/spark-stream-test.sh installs it into a virtual environment) and Java.
"""
import json
import os
import sys
import time

from pyspark.sql import SparkSession


def main():
    docket, folder = sys.argv[1], sys.argv[2]
    paths = sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names
                   if name.endswith((".pdf", ".txt", ".html", ".md")))
    paths.append(os.path.join(folder, "no-such-paper.pdf"))
    start = time.time()
    spark = (SparkSession.builder.master("local[2]").appName("docket-stream")
             .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
             .config("spark.ui.enabled", "false").getOrCreate())
    rdd = spark.sparkContext.parallelize(paths, 4)
    # RDD.pipe writes each element as a line on the command's stdin and reads its stdout lines.
    inputs = rdd.glom().collect()
    outputs = rdd.pipe("%s stream --jobs 1" % docket, checkCode=True).glom().collect()
    spark.stop()
    seen = []
    for partition_in, partition_out in zip(inputs, outputs):
        assert len(partition_in) == len(partition_out), "a partition lost or gained lines"
        for path, line in zip(partition_in, partition_out):
            record = json.loads(line)
            returned = record["source"]["path"] if "source" in record else record["path"]
            assert returned == path, "out of order: %s for %s" % (returned, path)
            seen.append(returned)
    assert sorted(seen) == sorted(paths), "not every path came back exactly once"
    print("spark: %d paths through docket stream in %d partitions, each exactly once, in %.1f s"
          % (len(paths), len(inputs), time.time() - start))


if __name__ == "__main__":
    main()
