#!/usr/bin/env python3
"""List what follows each cue of lexicons/cues.tsv, to find the cue words used in another
sense (`chia sẻ vị trí cuối bảng`, `theo lời mời của`, `trả lời câu hỏi`).

For every occurrence of a cue (longest match at each word, case and tone placement
folded) this counts the two words after it, and the word before it. The output is READ by
a person; the senses that are no saying go into /work/mined/cue-false-senses.md with the
pattern that tells them apart.

Prints: cue  total  side  words  count  example   (the --top most frequent per cue and side)
With --writer: opening  cue  count  example — the 1–3 common words (common_words.tsv,
cap_share <= 0.1) that open a sentence right before a cue: the writer's own frames
(`Điều đáng nói là`, `Có thể nói`, `Cần lưu ý`), which must yield no speaker.
With --framed: cue  total  framed  example, where framed counts the occurrences right
before `rằng`, `:` or an opening quotation mark, or ending a sentence after a closing
quotation mark and a comma (`"…", ông X kể.`): the cue frames of cue_candidates.py, to
weigh candidate cues given with --cue.

Usage (from the repository root; Python 3 standard library only):
  python3 scripts/mine/cue_senses.py [--corpus ../shared/silver/news.jsonl] [--top 25]
      [--cue 'chia sẻ' --cue 'trả lời' …]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

import silver


WRITER_SHARE = 0.1  # cap_share up to which a common word cannot open a name (anh 0.477 can)


def writer_opening(toks: list[silver.Token], i: int, common: set[str]) -> str:
    """The 1–3 words between a sentence start and the cue at i when all are common words
    (`Đáng` nói, `Điều đáng` nói, `Có thể` nói): the writer's frame, no speaker."""
    for k in (1, 2, 3):
        if i - k < 0:
            break
        words = toks[i - k:i]
        if any(t.kind != "word" or silver.fold(t.text) not in common for t in words):
            break
        if words[0].start:
            return " ".join(t.text for t in words)
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--writer", action="store_true",
                        help="print instead the common words that open a sentence right before a cue")
    parser.add_argument("--framed", action="store_true",
                        help="print per cue only how often it stands in a cue frame")
    parser.add_argument("--cue", action="append", help="only these cues (default: all but blockers)")
    args = parser.parse_args()

    cues = silver.lexicon("cues.tsv") - silver.lexicon("cues.tsv", {"blocker"})
    if args.cue:
        cues = {tuple(silver.fold(w) for w in c.split()) for c in args.cue}
    longest = max(len(c) for c in cues)
    totals: Counter[str] = Counter()
    followers: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    examples: dict[tuple[str, str, str], str] = {}
    shown: dict[str, str] = {}  # folded cue -> its first spelling
    frames: Counter[str] = Counter()  # followed by `rằng`, a quotation mark or `: "`
    frame_examples: dict[str, str] = {}
    openings: Counter[tuple[str, str]] = Counter()
    common = {silver.fold(r[0]) for r in silver.lexicon_rows("common_words.tsv")
              if float(r[4]) <= WRITER_SHARE and " " not in r[0]}
    for line, toks in silver.corpus_lines(args.corpus):
        folded = [silver.fold(t.text) if t.kind == "word" else t.text for t in toks]
        i = 0
        while i < len(toks):
            match = next((k for k in range(longest, 0, -1) if tuple(folded[i:i + k]) in cues), 0)
            if not match:
                i += 1
                continue
            nxt = toks[i + match].text if i + match < len(toks) else ""
            lead = line[max(0, toks[i].offset - 80):toks[i].offset]
            framed = silver.fold(nxt) == silver.fold("rằng") or nxt in ("“", ":") or \
                (nxt == "." and ('”,' in lead or '",' in lead))
            cue = shown.setdefault(" ".join(folded[i:i + match]),
                                   " ".join(t.text.lower() for t in toks[i:i + match]))
            totals[cue] += 1
            if framed:
                frames[cue] += 1
                frame_examples.setdefault(cue, silver.around(line, toks[i].offset))
            after = " ".join(t.text.lower() for t in toks[i + match:i + match + 2])
            before = toks[i - 1].text.lower() if i else "^"
            for side, words in (("after", after), ("before", before)):
                followers[(cue, side)][words] += 1
                examples.setdefault((cue, side, words), silver.around(line, toks[i].offset))
            opening = writer_opening(toks, i, common)
            if opening:
                key = (opening, cue)
                openings[key] += 1
                examples.setdefault(("opening", opening, cue), silver.around(line, toks[i].offset))
            i += match
    if args.writer:
        print("opening\tcue\tcount\texample")
        for (opening, cue), n in openings.most_common():
            if n >= 3:
                print(f"{opening}\t{cue}\t{n}\t{examples[('opening', opening, cue)]}")
        return
    if args.framed:
        print("cue\ttotal\tframed\texample")
        for cue in sorted(totals, key=lambda c: (-frames[c], c)):
            print(f"{cue}\t{totals[cue]}\t{frames[cue]}\t{frame_examples.get(cue, '-')}")
        return
    print("cue\ttotal\tside\twords\tcount\texample")
    for (cue, side), counter in sorted(followers.items(), key=lambda kv: (-totals[kv[0][0]], kv[0])):
        for words, n in counter.most_common(args.top):
            print(f"{cue}\t{totals[cue]}\t{side}\t{words}\t{n}\t{examples[(cue, side, words)]}")


if __name__ == "__main__":
    main()
