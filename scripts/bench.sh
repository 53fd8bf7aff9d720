#!/usr/bin/env bash
# The speed figures of the README: the Swift benchmark and the Python references on the
# same corpora, in one run: the generated corpus (the dev articles replicated to MB), then,
# when ../shared/silver/news.jsonl is there, the real silver corpus.
# Usage: scripts/bench.sh [MB] (default 50).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product vietquote >/dev/null
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv && .venv/bin/pip install -q underthesea pyvi || echo "pip install underthesea pyvi failed"
fi
.build/release/vietquote bench --megabytes "${1:-50}" --long-megabytes 5 --work "$work"
.venv/bin/python scripts/reference_bench.py "$work" --sample-mb 2
silver=../shared/silver/news.jsonl
if [ -f "$silver" ]; then
  echo
  .build/release/vietquote bench --input "$silver" --long-megabytes 5
  .venv/bin/python scripts/reference_bench.py "$silver" --sample-mb 2
fi
