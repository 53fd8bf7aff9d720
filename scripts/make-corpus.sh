#!/bin/sh
# Makes a corpus of N articles (default 10000) from the dev articles, for measuring
# memory and speed: article i is dev article (i mod 50) with a numbered first line, so
# every file differs and every page still goes through the whole pipeline.
#   scripts/make-corpus.sh OUT_DIR [N] [SOURCE_DIR]
set -eu
out=${1:?usage: make-corpus.sh OUT_DIR [N] [SOURCE_DIR]}
n=${2:-10000}
src=${3:-evaluation/corpus/dev}
mkdir -p "$out"
set -- "$src"/*.txt
count=$#
[ "$count" -gt 0 ] || { echo "no .txt in $src" >&2; exit 1; }
i=0
while [ "$i" -lt "$n" ]; do
    k=$((i % count + 1))
    eval "file=\${$k}"
    name=$(printf '%06d' "$i")
    { printf 'Copy %d\n\n' "$i"; cat "$file"; } > "$out/$name.txt"
    i=$((i + 1))
done
echo "$n articles in $out" >&2
