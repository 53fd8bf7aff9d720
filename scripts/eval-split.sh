#!/usr/bin/env bash
# Usage: bash scripts/eval-split.sh [BINARY]   (from the repository root, after a release build)
# Prints the eval figures on all 100 dev articles, on 001–350 (fitted) and on 401–450 (new).
set -euo pipefail
bin=${1:-.build/release/vietquote}
tmp=$(mktemp -d)
mkdir -p "$tmp/new/c" "$tmp/new/g" "$tmp/old/c" "$tmp/old/g"
cp evaluation/corpus/dev/4*.txt "$tmp/new/c/"; cp evaluation/gold/dev/4*.json "$tmp/new/g/"
cp evaluation/corpus/dev/[0-3]*.txt "$tmp/old/c/"; cp evaluation/gold/dev/[0-3]*.json "$tmp/old/g/"
echo "=== all 100"; "$bin" eval --corpus evaluation/corpus/dev --gold evaluation/gold/dev | sed -n 3,16p
echo "=== 401-450 (new)"; "$bin" eval --corpus "$tmp/new/c" --gold "$tmp/new/g" | sed -n 3,16p
echo "=== 001-350 (fitted)"; "$bin" eval --corpus "$tmp/old/c" --gold "$tmp/old/g" | sed -n 3,16p
rm -rf "$tmp"
