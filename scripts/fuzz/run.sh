#!/usr/bin/env bash
# Coverage-guided fuzzing of QuoteExtractor.extract with libFuzzer and AddressSanitizer.
#
#   bash scripts/fuzz/run.sh [SECONDS] [WORKDIR]
#
# Compiles the library's sources, the lexicons the package build embeds and
# scripts/fuzz/FuzzTarget.swift into one fuzz binary (`swiftc -sanitize=fuzzer,address`;
# Package.swift is untouched), makes a seed corpus of a few hundred sentences of
# ../shared/silver/news.jsonl, and fuzzes for SECONDS (default 1800) in fork mode, going on
# after a finding so that one run collects them all. Findings
# (crash-*, leak-*, timeout-*) land in WORKDIR/findings; the log in WORKDIR/fuzz.log.
# Needs a package build first (for the embedded lexicons): `swift build`, or
# VIETQUOTE_FUZZ_LEXICONS=path/to/EmbeddedLexicons.swift. To replay a finding:
# WORKDIR/vietquote-fuzz FILE (exit 0: it goes through now).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-1800}
work=${2:-${TMPDIR:-/tmp}/vietquote-fuzz}
silver=../shared/silver/news.jsonl
mkdir -p "$work/corpus" "$work/findings"

lexicons=${VIETQUOTE_FUZZ_LEXICONS:-$(find .build/plugins/outputs -path '*VietQuote/destination/EmbedLexicons/EmbeddedLexicons.swift' | head -n 1)}
if [ -z "$lexicons" ]; then
    echo "fuzz: no EmbeddedLexicons.swift under .build; run 'swift build' first" >&2
    exit 1
fi

# A copy, so that a package build running meanwhile cannot change it under the compiler.
cp "$lexicons" "$work/EmbeddedLexicons.swift"

echo "fuzz: compiling the target (a few minutes)"
swiftc -module-name VietQuote -package-name vietquote -parse-as-library -sanitize=fuzzer,address -O -g \
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault \
    $(find Sources/VietQuote -name '*.swift' | sort) "$work/EmbeddedLexicons.swift" scripts/fuzz/FuzzTarget.swift \
    -o "$work/vietquote-fuzz"

if [ -f "$silver" ] && [ -z "$(ls -A "$work/corpus")" ]; then
    swiftc -O scripts/fuzz/Seeds.swift -o "$work/seeds"
    "$work/seeds" "$silver" "$work/corpus" 400
fi

echo "fuzz: running for $seconds s; log in $work/fuzz.log"
cd "$work/findings"
"$work/vietquote-fuzz" "$work/corpus" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -rss_limit_mb=4096 -print_final_stats=1 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 > "$work/fuzz.log" 2>&1 || true
echo "fuzz: done; findings:"
ls "$work/findings"
tail -n 20 "$work/fuzz.log"
