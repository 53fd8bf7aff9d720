#!/bin/sh
# Streams MB megabytes (default 1024) of articles as JSON Lines through
# `vietquote extract --input-format jsonl` and reports the wall time and the peak
# resident memory (issue 7: under 100 MB while streaming 1 GB). The records are the dev
# articles, each with a numbered first line, generated on the fly: nothing is kept on disk.
# Needs python3 and GNU /usr/bin/time; run on a quiet machine.
#   swift build -c release && scripts/measure-stream.sh [MB] [JOBS]
set -eu
mb=${1:-1024}
jobs=${2:-2}
bin=.build/release/vietquote
[ -x "$bin" ] || { echo "build first: swift build -c release" >&2; exit 1; }
python3 - "$mb" <<'PY' | /usr/bin/time -f "\nstreamed ${mb} MB with --jobs ${jobs}: wall %e s, max RSS %M KB" \
    "$bin" extract --input-format jsonl --jobs "$jobs" --quiet | wc -l | sed 's/^/output lines: /'
import glob, json, sys
limit = int(sys.argv[1]) * 1024 * 1024
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("evaluation/corpus/dev/*.txt"))]
written, i = 0, 0
out = sys.stdout
while written < limit:
    text = "Copy %d\n\n%s" % (i, texts[i % len(texts)])
    line = json.dumps({"id": "a%07d" % i, "text": text}, ensure_ascii=False) + "\n"
    out.write(line)
    written += len(line.encode("utf-8"))
    i += 1
PY
