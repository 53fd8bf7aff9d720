#!/bin/sh
# Measures issue 6's figures on a release build: peak memory with 100 and 10,000
# articles, the time of --jobs 1 and --jobs 2, and that both outputs are identical.
# Needs /usr/bin/time (GNU). Run on a quiet machine: other load skews the times.
#   swift build -c release && scripts/measure-corpus.sh [WORK_DIR]
set -eu
work=${1:-/tmp/vietquote-measure}
bin=.build/release/vietquote
[ -x "$bin" ] || { echo "build first: swift build -c release" >&2; exit 1; }
[ -d "$work/c100" ] || scripts/make-corpus.sh "$work/c100" 100
[ -d "$work/c10k" ] || scripts/make-corpus.sh "$work/c10k" 10000
for corpus in c100 c10k; do
    for jobs in 1 2; do
        /usr/bin/time -f "$corpus --jobs $jobs: wall %e s, user %U s, cpu %P, max RSS %M KB" \
            "$bin" extract "$work/$corpus" --jobs "$jobs" --quiet > "$work/$corpus-$jobs.jsonl"
    done
    cmp "$work/$corpus-1.jsonl" "$work/$corpus-2.jsonl" && echo "$corpus: --jobs 1 and --jobs 2 outputs identical"
done
