#!/usr/bin/env bash
# The speed figures of the README: the Swift benchmark and the Python references on the
# same generated corpus, in one run. Usage: scripts/bench.sh [MB] (default 50).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product vietquote >/dev/null
.build/release/vietquote bench --megabytes "${1:-50}" --long-megabytes 5 --work "$work"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv && .venv/bin/pip install -q underthesea pyvi || echo "pip install underthesea pyvi failed"
fi
.venv/bin/python scripts/reference_bench.py "$work" --sample-mb 2
