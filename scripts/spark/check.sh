#!/usr/bin/env bash
# VietQuote as a step of Apache Spark: run scripts/spark/extract.py with local[2] on the
# dev corpus replicated 1,000 times (50,000 JSONL records, plus one broken line and one
# record without an id), and check that its output, as a set of records, equals that of
# a direct `vietquote extract --input-format jsonl --format jsonl --jobs 2`. Then a
# smaller run whose first attempt of one partition fails: Spark retries it, and each
# record must still be there exactly once. Prints articles/s of both runs.
#
# Environment: VIETQUOTE_BIN (default .build/release/vietquote, built if missing),
# VIETQUOTE_SPARK_VENV (default .build/spark-venv), VIETQUOTE_SPARK_COPIES (default 1000),
# VIETQUOTE_SPARK_KEEP=1 keeps the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/scripts/spark
PYSPARK_VERSION=3.5.3
COPIES=${VIETQUOTE_SPARK_COPIES:-1000}
VENV=${VIETQUOTE_SPARK_VENV:-$ROOT/.build/spark-venv}
BIN=${VIETQUOTE_BIN:-$ROOT/.build/release/vietquote}

say() { printf '== %s\n' "$*"; }

# Java: Spark needs a JVM (17 here).
if ! command -v java >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        say "installing openjdk-17-jre-headless"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
    else
        echo "check.sh: java is missing; install openjdk-17-jre-headless (or run as root)" >&2; exit 1
    fi
fi
java -version 2>&1 | head -1

# Python virtual environment with pyspark.
if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    if ! python3 -m venv "$VENV" 2>/dev/null; then
        rm -rf "$VENV"
        if [ "$(id -u)" = 0 ]; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
            python3 -m venv "$VENV"
        else
            echo "check.sh: python3 -m venv fails; install python3-venv" >&2; exit 1
        fi
    fi
fi
if ! "$VENV/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
    say "installing pyspark==$PYSPARK_VERSION"
    "$VENV/bin/pip" install -q "pyspark==$PYSPARK_VERSION"
fi
PY=$VENV/bin/python
export PATH=$VENV/bin:$PATH PYSPARK_PYTHON=$PY PYSPARK_DRIVER_PYTHON=$PY
SPARK_HOME=$("$PY" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')
export SPARK_HOME SPARK_LOCAL_IP=127.0.0.1
echo "pyspark $("$PY" -c 'import pyspark; print(pyspark.__version__)')"

# The binary.
if [ ! -x "$BIN" ]; then
    say "building the release binary"
    swift build -c release --product vietquote
fi
if ! "$BIN" extract --help 2>&1 | grep -q -- '--input-format'; then
    echo "check.sh: $BIN has no 'extract --input-format jsonl'" >&2; exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/vietquote-spark.XXXXXX")
if [ "${VIETQUOTE_SPARK_KEEP:-0}" = 1 ]; then echo "keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

now() { date +%s.%N; }
rate() { "$PY" -c "import sys; n, s = int(sys.argv[1]), float(sys.argv[2]); print(f'{n} records in {s:.1f} s: {n / s:.1f} articles/s')" "$1" "$2"; }
spark() {  # MASTER INPUT OUTPUT LOG [ENV=VALUE ...]
    local master=$1 input=$2 output=$3 log=$4; shift 4
    if ! env "$@" spark-submit --master "$master" --driver-memory 4g \
            --conf spark.ui.enabled=false --conf spark.task.maxFailures=2 \
            "$HERE/extract.py" --vietquote "$BIN" "$input" "$output" >"$log" 2>&1; then
        echo "check.sh: the Spark job failed; the end of its log:" >&2; tail -40 "$log" >&2; exit 1
    fi
}

status=0

# 1. 50,000 records: Spark local[2] against the direct --jobs 2 run.
say "making the corpus: evaluation/corpus/dev/*.txt x $COPIES"
"$PY" "$HERE/corpus_check.py" make evaluation/corpus/dev "$COPIES" "$WORK/corpus.jsonl"
LINES=$(grep -c . "$WORK/corpus.jsonl")

say "direct: vietquote extract --input-format jsonl --format jsonl --jobs 2"
t0=$(now)
"$BIN" extract --input-format jsonl --format jsonl --jobs 2 --quiet <"$WORK/corpus.jsonl" >"$WORK/direct.jsonl" 2>"$WORK/direct.err"
t1=$(now)
DIRECT_S=$("$PY" -c "print($t1 - $t0)")

say "Spark: spark-submit --master local[2] scripts/spark/extract.py"
t0=$(now)
spark "local[2]" "$WORK/corpus.jsonl" "$WORK/spark" "$WORK/spark.log"
t1=$(now)
SPARK_S=$("$PY" -c "print($t1 - $t0)")
"$PY" "$HERE/corpus_check.py" compare "$WORK/corpus.jsonl" "$WORK/direct.jsonl" "$WORK/spark/jsonl" \
    --csv "$WORK/spark/csv" || status=1

# 2. A failing worker: the first attempt of partition 1 dies half-way through its
# output; Spark retries it. (In local mode the retries come from the master URL,
# local[N,F]: spark.task.maxFailures is for cluster managers.)
say "failing worker: local[2,2], first attempt of partition 1 fails (${VIETQUOTE_SPARK_SMALL:-20} copies)"
"$PY" "$HERE/corpus_check.py" make evaluation/corpus/dev "${VIETQUOTE_SPARK_SMALL:-20}" "$WORK/small.jsonl" >/dev/null
"$BIN" extract --input-format jsonl --format jsonl --jobs 2 --quiet <"$WORK/small.jsonl" >"$WORK/small-direct.jsonl" 2>/dev/null
spark "local[2,2]" "$WORK/small.jsonl" "$WORK/small-spark" "$WORK/small-spark.log" VIETQUOTE_SPARK_FAIL_PARTITION=1
FAILED=$(grep -c "first attempt of partition 1 fails on purpose" "$WORK/small-spark.log" || true)
RETRIED=$(grep -cE "Finished task 1\.1 in stage" "$WORK/small-spark.log" || true)
echo "log lines of the injected failure: $FAILED; log lines of retried task 1.1 finishing: $RETRIED"
if [ "$FAILED" -lt 1 ] || [ "$RETRIED" -lt 1 ]; then echo "FAIL: the injected failure or its retry is not in the log"; status=1; fi
"$PY" "$HERE/corpus_check.py" compare "$WORK/small.jsonl" "$WORK/small-direct.jsonl" "$WORK/small-spark/jsonl" \
    --csv "$WORK/small-spark/csv" || status=1

say "timings ($LINES records, the same input; wall clock, the Spark one with JVM start-up)"
echo "Spark local[2]:  $(rate "$LINES" "$SPARK_S")"
echo "direct --jobs 2: $(rate "$LINES" "$DIRECT_S")"

if [ "$status" = 0 ]; then echo "spark check: passed"; else echo "spark check: FAILED"; fi
exit "$status"
