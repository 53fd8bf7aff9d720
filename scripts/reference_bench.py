#!/usr/bin/env python3
"""Reference speeds on the corpus that `vietquote bench --work DIR` generated.

Times, over the .txt files of DIR (read once, in memory):
  - a Python regex scan for cue words (the cues of lexicons/cues.tsv, one alternation);
  - underthesea's sentence splitter (sent_tokenize) and word segmentation (word_tokenize);
  - pyvi's word segmentation (ViTokenizer.tokenize).
The slow segmenters run on the first --sample-mb MB of the corpus (whole files), and their
MB/s is over that sample. A package that is not installed is reported as such.

    python3 -m venv .venv && .venv/bin/pip install underthesea pyvi
    .venv/bin/python scripts/reference_bench.py DIR [--sample-mb 2]
"""
import argparse, glob, os, re, sys, time

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--sample-mb", type=float, default=2.0)
    parser.add_argument("--lexicons", default=os.path.join(os.path.dirname(__file__), "..", "lexicons"))
    args = parser.parse_args()

    paths = sorted(glob.glob(os.path.join(args.folder, "**", "*.txt"), recursive=True))
    start = time.perf_counter()
    texts = [open(p, encoding="utf-8", errors="replace").read() for p in paths]
    read = time.perf_counter() - start
    total = sum(len(t.encode("utf-8")) for t in texts)
    mb = total / 1e6
    print(f"corpus: {len(texts)} articles, {mb:.1f} MB from {args.folder}")

    def report(name, seconds, size_mb, count):
        print(f"{name:<34}{seconds:9.3f} s {size_mb / seconds:10.2f} MB/s {count / seconds:10.0f} articles/s  (over {size_mb:.1f} MB)")

    report("python read", read, mb, len(texts))

    cues = []
    with open(os.path.join(args.lexicons, "cues.tsv"), encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if header is None:
                header = fields
                continue
            cues.append(fields[0].strip())
    cues.sort(key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues if c) + r")(?!\w)", re.IGNORECASE)
    start = time.perf_counter()
    hits = sum(len(pattern.findall(t)) for t in texts)
    report(f"regex cue scan ({len(cues)} cues)", time.perf_counter() - start, mb, len(texts))
    print(f"  ({hits} cue hits)")

    sample, size = [], 0
    for t in texts:
        if size >= args.sample_mb * 1e6:
            break
        sample.append(t)
        size += len(t.encode("utf-8"))
    smb = size / 1e6

    try:
        from underthesea import sent_tokenize, word_tokenize
        start = time.perf_counter()
        n = sum(len(sent_tokenize(t)) for t in sample)
        report("underthesea sent_tokenize", time.perf_counter() - start, smb, len(sample))
        start = time.perf_counter()
        n = sum(len(word_tokenize(t)) for t in sample)
        report("underthesea word_tokenize", time.perf_counter() - start, smb, len(sample))
    except ImportError as error:
        print(f"underthesea: not installed ({error})")
    try:
        from pyvi import ViTokenizer
        start = time.perf_counter()
        n = sum(len(ViTokenizer.tokenize(t)) for t in sample)
        report("pyvi ViTokenizer.tokenize", time.perf_counter() - start, smb, len(sample))
    except ImportError as error:
        print(f"pyvi: not installed ({error})")

if __name__ == "__main__":
    main()
