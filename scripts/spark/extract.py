"""VietQuote as a step of Apache Spark.

Reads a folder of .txt articles (id = file stem) or a JSON Lines corpus (records
{"id": ..., "text": ...}), repartitions it, pipes every partition through

    vietquote extract --input-format jsonl --format jsonl --jobs N --quiet

(RDD.pipe, one JSON record per line), and writes
    OUTPUT/jsonl/part-*   one result line per record (as the CLI writes it)
    OUTPUT/csv/part-*     who said what: one row per quote, with a header (a DataFrame)

    spark-submit scripts/spark/extract.py --vietquote /path/to/vietquote INPUT OUTPUT

On a cluster the binary is either installed at the same path on every worker, or
shipped with `spark-submit --files /path/to/vietquote ... --vietquote ./vietquote`
(shipped files land in each executor's working directory).

A bad JSON Lines line gives an error record {"document": <line number>, "error": ...}
and the run goes on; the line number is the line's number in the input file, as with
`vietquote extract --input-format jsonl < FILE`.

Test mode: VIETQUOTE_SPARK_FAIL_PARTITION=k makes the first attempt of partition k
fail after it has piped half of its records (Spark then retries the task; run with
spark.task.maxFailures >= 2).
"""

import argparse
import json
import os
import shlex
import sys

from pyspark import StorageLevel, TaskContext
from pyspark.sql import SparkSession
from pyspark.sql.types import DoubleType, IntegerType, StringType, StructField, StructType

FAIL_PARTITION_ENV = "VIETQUOTE_SPARK_FAIL_PARTITION"

CSV_SCHEMA = StructType([
    StructField("document", StringType(), False),
    StructField("speaker", StringType(), True),
    StructField("title", StringType(), True),
    StructField("kind", StringType(), True),
    StructField("affiliation", StringType(), True),
    StructField("cue", StringType(), True),
    StructField("type", StringType(), True),
    StructField("stance_label", StringType(), True),
    StructField("stance_score", DoubleType(), True),
    StructField("start", IntegerType(), True),
    StructField("end", IntegerType(), True),
    StructField("content", StringType(), True),
])


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="a folder of .txt articles, or a .jsonl file (or folder of them)")
    parser.add_argument("output", help="output folder (must not exist)")
    parser.add_argument("--vietquote", required=True,
                        help="path of the vietquote binary on the workers (./vietquote when shipped with --files)")
    parser.add_argument("--input-format", choices=["auto", "text", "jsonl"], default="auto",
                        help="text: .txt articles; jsonl: records {id, text} one a line (auto: by the input's name)")
    parser.add_argument("--partitions", type=int, default=0,
                        help="partitions to pipe (default: 4 x the default parallelism)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="--jobs of each vietquote process (default 1: one process per task slot)")
    parser.add_argument("--no-csv", action="store_true", help="write only the JSONL results")
    return parser.parse_args(argv)


def input_format(args):
    if args.input_format != "auto":
        return args.input_format
    path = args.input.rstrip("/")
    if path.endswith(".jsonl") or path.endswith(".json"):
        return "jsonl"
    if os.path.isdir(path) and any(name.endswith(".jsonl") for name in os.listdir(path)) \
            and not any(name.endswith(".txt") for name in os.listdir(path)):
        return "jsonl"
    return "text"


def has_usable_id(line):
    """Whether the CLI takes this record's document name from its "id" (else it
    names the record, or its error, by the line number within its standard input)."""
    try:
        record = json.loads(line)
    except ValueError:
        return False
    if not isinstance(record, dict):
        return False
    ident = record.get("id")
    return isinstance(ident, str) or (isinstance(ident, (int, float)) and not isinstance(ident, bool))


def numbered_records(sc, args):
    """(number, JSON line) pairs: the number is the 1-based line number in a JSON Lines
    input, or the rank of the article's path for a folder of .txt files."""
    if input_format(args) == "jsonl":
        lines = sc.textFile(args.input).zipWithIndex().map(lambda pair: (pair[1] + 1, pair[0]))
        # The CLI skips blank lines (they still count as lines); so does the job.
        return lines.filter(lambda pair: pair[1].strip(" \t\r") != "")
    pattern = args.input.rstrip("/") + "/*.txt" if not args.input.endswith(".txt") else args.input

    def record(pair):
        path, text = pair
        stem = os.path.splitext(os.path.basename(path))[0]
        return json.dumps({"id": stem, "text": text}, ensure_ascii=False)

    files = sc.wholeTextFiles(pattern).sortByKey()
    return files.map(record).zipWithIndex().map(lambda pair: (pair[1] + 1, pair[0]))


def fail_first_attempt(partition):
    """Test mode: the first attempt of one partition dies half-way through its output."""
    target = os.environ.get(FAIL_PARTITION_ENV)

    def wrap(index, lines):
        context = TaskContext.get()
        if target is None or int(target) != index or context.attemptNumber() > 0:
            yield from lines
            return
        lines = list(lines)
        yield from lines[: len(lines) // 2]
        raise RuntimeError(f"{FAIL_PARTITION_ENV}={target}: first attempt of partition {index} fails on purpose")

    return wrap


def quote_rows(line):
    record = json.loads(line)
    for quote in record.get("quotes") or []:
        speaker = quote.get("speaker") or {}
        stance = quote.get("stance") or {}
        score = stance.get("score")
        yield (
            str(record.get("document")),
            speaker.get("name"),
            speaker.get("title"),
            speaker.get("kind"),
            speaker.get("affiliation"),
            quote.get("cue"),
            quote.get("type"),
            stance.get("label"),
            float(score) if score is not None else None,
            quote.get("start"),
            quote.get("end"),
            quote.get("content"),
        )


def main(argv):
    args = parse_args(argv)
    spark = SparkSession.builder.appName("vietquote-extract").getOrCreate()
    sc = spark.sparkContext
    partitions = args.partitions or 4 * sc.defaultParallelism

    # Round-robin by number, each partition in number order: the same partitions, in
    # the same order, however often a task is recomputed or retried.
    records = numbered_records(sc, args).repartitionAndSortWithinPartitions(
        partitions, partitionFunc=lambda number: number)
    records.persist(StorageLevel.MEMORY_AND_DISK)

    # Records the CLI names by their line within its standard input (no usable id):
    # (partition, line within the partition) -> line number in the input.
    def unnamed(index, pairs):
        for position, (number, line) in enumerate(pairs, start=1):
            if not has_usable_id(line):
                yield ((index, str(position)), str(number))

    renames = sc.broadcast(dict(records.mapPartitionsWithIndex(unnamed).collect()))

    command = [args.vietquote, "extract", "--input-format", "jsonl", "--format", "jsonl",
               "--jobs", str(args.jobs), "--quiet"]
    env = {key: os.environ[key] for key in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR") if key in os.environ}
    piped = records.values().pipe(shlex.join(command), env=env, checkCode=True)

    def rename(index, lines):
        table = renames.value
        for line in lines:
            if table:
                record = json.loads(line)
                name = table.get((index, str(record.get("document"))))
                if name is not None:
                    record["document"] = name
                    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
            yield line

    results = piped.mapPartitionsWithIndex(rename).mapPartitionsWithIndex(fail_first_attempt(partitions))
    results.persist(StorageLevel.MEMORY_AND_DISK)   # the CSV reads it: no second pipe
    results.saveAsTextFile(os.path.join(args.output, "jsonl"))

    if not args.no_csv:
        quotes = spark.createDataFrame(results.flatMap(quote_rows), CSV_SCHEMA)
        quotes.write.option("header", True).option("escape", '"').csv(os.path.join(args.output, "csv"))

    records.unpersist()
    results.unpersist()
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
