"""Helpers of check.sh: make the replicated corpus, compare Spark's output with the
direct run's.

    corpus_check.py make DEV_DIR COPIES OUT.jsonl      -> prints the special lines as JSON
    corpus_check.py compare INPUT.jsonl DIRECT.jsonl SPARK_DIR [--csv CSV_DIR]
"""

import csv
import glob
import json
import os
import sys
from collections import Counter

BROKEN_LINE = '{"id": "broken-record", "text": "an unterminated string}'
NO_ID_TEXT = "Ông Nguyễn Văn A nói: “Chúng tôi sẵn sàng hợp tác”."


def make(dev_dir, copies, out_path):
    paths = sorted(glob.glob(os.path.join(dev_dir, "*.txt")))
    if not paths:
        sys.exit(f"no .txt articles in {dev_dir}")
    articles = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            articles.append((os.path.splitext(os.path.basename(path))[0], f.read()))
    total = copies * len(articles)
    broken_at = total // 2 + 1          # a bad line in the middle: not in the first partition
    lines = 0
    with open(out_path, "w", encoding="utf-8") as out:
        def write(line):
            nonlocal lines
            out.write(line + "\n")
            lines += 1
        written = 0
        for copy in range(copies):
            for stem, text in articles:
                if written == broken_at:
                    write(BROKEN_LINE)
                    broken_line_number = lines
                write(json.dumps({"id": f"{copy:04d}/{stem}", "text": text}, ensure_ascii=False))
                written += 1
        write(json.dumps({"text": NO_ID_TEXT}, ensure_ascii=False))   # no id: named by its line number
        no_id_line_number = lines
    print(json.dumps({"records": written, "lines": lines, "broken_line": broken_line_number,
                      "no_id_line": no_id_line_number}))


def canonical(line):
    return json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def read_lines(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield line


def compare(input_path, direct_path, spark_dir, csv_dir=None):
    problems = []
    expected_names = []
    with open(input_path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                name = record.get("id")
                expected_names.append(str(name) if name is not None else str(number))
            except ValueError:
                expected_names.append(str(number))
    direct = [canonical(line) for line in read_lines([direct_path])]
    spark_parts = sorted(glob.glob(os.path.join(spark_dir, "part-*")))
    spark = [canonical(line) for line in read_lines(spark_parts)]

    print(f"input records: {len(expected_names)}; direct output lines: {len(direct)}; "
          f"Spark output lines: {len(spark)} in {len(spark_parts)} part files")
    names = Counter(json.loads(line)["document"] for line in spark)
    duplicated = [name for name, count in names.items() if count > 1]
    lost = [name for name in expected_names if name not in names]
    unexpected = [name for name in names if name not in set(expected_names)]
    if duplicated:
        problems.append(f"{len(duplicated)} documents more than once in Spark's output, e.g. {duplicated[:3]}")
    if lost:
        problems.append(f"{len(lost)} documents lost by Spark, e.g. {lost[:3]}")
    if unexpected:
        problems.append(f"{len(unexpected)} unexpected documents in Spark's output, e.g. {unexpected[:3]}")
    if len(spark) != len(expected_names):
        problems.append(f"Spark wrote {len(spark)} lines for {len(expected_names)} records")
    if len(direct) != len(expected_names):
        problems.append(f"the direct run wrote {len(direct)} lines for {len(expected_names)} records")

    errors = [json.loads(line) for line in spark if "error" in json.loads(line)]
    print(f"error records in Spark's output: {json.dumps(errors, ensure_ascii=False)}")
    if len(errors) != 1:
        problems.append(f"expected exactly one error record (the broken line), found {len(errors)}")

    spark_set, direct_set = Counter(spark), Counter(direct)
    if spark_set != direct_set:
        only_spark = list((spark_set - direct_set).elements())
        only_direct = list((direct_set - spark_set).elements())
        problems.append(f"outputs differ: {len(only_spark)} lines only in Spark's, {len(only_direct)} only in the "
                        f"direct run's; e.g. Spark {only_spark[:1]} direct {only_direct[:1]}")
    else:
        print("Spark output == direct output (as a multiset of canonical JSON lines)")

    if csv_dir:
        quotes = sum(len(json.loads(line).get("quotes") or []) for line in direct)
        rows, header = 0, None
        for path in sorted(glob.glob(os.path.join(csv_dir, "part-*.csv"))):
            with open(path, encoding="utf-8", newline="") as f:
                reader = csv.reader(f)
                header = next(reader, None) or header
                rows += sum(1 for _ in reader)
        print(f"who-said-what CSV: {rows} rows (quotes in the direct output: {quotes}); header: {header}")
        if rows != quotes:
            problems.append(f"the CSV has {rows} rows for {quotes} quotes")

    for problem in problems:
        print(f"FAIL: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "make":
        make(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif len(sys.argv) in (5, 7) and sys.argv[1] == "compare":
        csv_dir = sys.argv[6] if len(sys.argv) == 7 and sys.argv[5] == "--csv" else None
        sys.exit(compare(sys.argv[2], sys.argv[3], sys.argv[4], csv_dir))
    else:
        sys.exit(__doc__)
