#!/usr/bin/env python3
"""The speakers to read at scale (issue 14, item 7): the 300 most frequent rows of
`vietquote speakers` over the silver corpus and 100 other rows drawn at random (seed 14),
each to be judged by a reader: a name of a person, body, country, medium or unnamed source,
or not (a pronoun, a syllable or piece of a name, a common word, a fragment, a name with
words that are not its own: `HLV Pep Guardiola`, `XH Đào Ngọc Dung`).

Usage (from the repository root):
  .build/release/vietquote speakers --input-format jsonl --quiet --format tsv \\
      < ../shared/silver/news.jsonl > /tmp/speakers.tsv
  python3 scripts/mine/speaker_sample.py /tmp/speakers.tsv              # the 400 rows to read
  python3 scripts/mine/speaker_sample.py /tmp/speakers.tsv --wrong FILE # counts: FILE holds
      # the names judged wrong, one a line (the empty name is written as `(empty)`)
"""
import argparse, random

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("speakers", help="vietquote speakers --format tsv output")
    parser.add_argument("--wrong", help="file of names judged wrong, one a line")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    rows = [line.rstrip("\n").split("\t") for line in open(args.speakers, encoding="utf-8")][1:]
    top, rest = rows[:300], rows[300:]
    random.seed(args.seed)
    drawn = random.sample(rest, min(100, len(rest)))
    if not args.wrong:
        for part, sample in (("top", top), ("random", drawn)):
            for i, row in enumerate(sample, 1):
                print(f"{part}\t{i}\t{row[0] or '(empty)'}\t{row[1]}")
        return
    wrong = {line.rstrip("\n") for line in open(args.wrong, encoding="utf-8") if line.strip()}
    for part, sample in (("top 300", top), ("random 100", drawn)):
        bad = [row for row in sample if (row[0] or "(empty)") in wrong]
        quotes = sum(int(row[1]) for row in sample)
        print(f"{part}: {len(bad)} of {len(sample)} rows wrong "
              f"({sum(int(row[1]) for row in bad)} of {quotes} quotes)")

if __name__ == "__main__":
    main()
