#!/usr/bin/env python3
"""Reference speeds on the corpus that `vietquote bench --work DIR` generated, or on a
JSON Lines corpus (`vietquote bench --input FILE.jsonl`'s input: pass the .jsonl file).

Times, over the .txt files of DIR (or the "text" of each record of FILE.jsonl):
  - reading them (for JSON Lines: reading the file and parsing each record), and reading
    plus NFC normalisation (unicodedata.normalize): the floor a pipeline cannot beat;
  - a Python regex scan for cue words (the cues of lexicons/cues.tsv, one alternation);
  - underthesea's sentence splitter (sent_tokenize) and word segmentation (word_tokenize);
  - pyvi's word segmentation (ViTokenizer.tokenize).
The regex scan and the slow segmenters run on the first --sample-mb MB of the corpus (whole files), and their
MB/s is over that sample. A package that is not installed is reported as such.

    python3 -m venv .venv && .venv/bin/pip install underthesea pyvi
    .venv/bin/python scripts/reference_bench.py DIR [--sample-mb 2]
"""
import argparse, glob, json, os, re, sys, time, unicodedata

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--sample-mb", type=float, default=2.0)
    parser.add_argument("--lexicons", default=os.path.join(os.path.dirname(__file__), "..", "lexicons"))
    args = parser.parse_args()

    def load():
        if args.folder.endswith(".jsonl"):
            with open(args.folder, encoding="utf-8") as f:
                return [record["text"] for record in (json.loads(line) for line in f if line.strip()) if "text" in record]
        paths = sorted(glob.glob(os.path.join(args.folder, "**", "*.txt"), recursive=True))
        return [open(p, encoding="utf-8", errors="replace").read() for p in paths]

    start = time.perf_counter()
    texts = load()
    read = time.perf_counter() - start
    start = time.perf_counter()
    normalised = [unicodedata.normalize("NFC", t) for t in load()]
    read_nfc = time.perf_counter() - start
    del normalised
    total = sum(len(t.encode("utf-8")) for t in texts)
    mb = total / 1e6
    print(f"corpus: {len(texts)} articles, {mb:.1f} MB from {args.folder}")

    def report(name, seconds, size_mb, count):
        print(f"{name:<34}{seconds:9.3f} s {size_mb / seconds:10.2f} MB/s {count / seconds:10.0f} articles/s  (over {size_mb:.1f} MB)")

    report("python read", read, mb, len(texts))
    report("python read + NFC", read_nfc, mb, len(texts))

    sample, size = [], 0
    for t in texts:
        if size >= args.sample_mb * 1e6:
            break
        sample.append(t)
        size += len(t.encode("utf-8"))
    smb = size / 1e6

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
    hits = sum(len(pattern.findall(t)) for t in sample)
    report(f"regex cue scan ({len(cues)} cues)", time.perf_counter() - start, smb, len(sample))
    print(f"  ({hits} cue hits)")

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
