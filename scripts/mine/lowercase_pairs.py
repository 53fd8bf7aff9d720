#!/usr/bin/env python3
"""Mine the two-syllable words news writes in lower case: lexicons/lowercase_pairs.tsv.

A capitalised name whose last capitalised syllable starts a two-syllable word written on in
lower case (`Trường Tiểu học Tân Hải`, `Hội Vật liệu xây dựng`, `giải Nobel Y sinh`) is cut
inside that word when a name run stops at the first lower-case syllable (`Trường Tiểu`,
`Hội Vật`, `Nobel Y`). The words counted here let the name reader go on through the word's
second syllable (Sources/VietQuote/Speakers/Mentions/WordCompletedInLowerCase.swift).

What is counted: in running text (not a headline, menu or name-list line: `silver.shouting`),
every pair of adjacent Vietnamese syllables both written lower case (at a sentence start too,
the first one then capitalised is not counted), and every lower-case syllable. A pair is kept
when it is frequent (>= --min-count, default 30) and its first syllable, written in lower
case, goes on with the second often: n(xy)/n(x) >= --min-forward (default 0.1; what a name
reader asks: is a capitalised `Tiểu` before `học` the word `tiểu học`?). Its Dice
2·n(xy)/(n(x)+n(y)) is written too: the reader compares it with the pair after it (`y sinh`
before `sinh năm`). Left out: a pair with a one-word function word of
lexicons/function_words.tsv in it (`đã`, `của`, `các`, `và`: no word of a name starts or
ends with them) and a cue of lexicons/cues.tsv (`cho biết`, `thông tin`: a reporting verb).

Run from the repository root (Python 3 standard library only):
  python3 scripts/mine/lowercase_pairs.py > lexicons/lowercase_pairs.tsv
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

import silver

HEADER = """\
# lowercase_pairs.tsv: two-syllable words that news writes in lower case (`tiểu học`, `vật
# liệu`, `y sinh`, `thông tin`), with how often and how cohesive. A capitalised name whose
# last capitalised syllable starts such a word written on in lower case (`Trường Tiểu học
# Tân Hải`, `Hội Vật liệu xây dựng`, `giải Nobel Y sinh`) goes on through the word's second
# syllable, not cut inside it (Speakers/Mentions/WordCompletedInLowerCase.swift).
#
# Made by scripts/mine/lowercase_pairs.py from ../shared/silver/news.jsonl ({articles}
# articles); rebuild with
#   python3 scripts/mine/lowercase_pairs.py > lexicons/lowercase_pairs.tsv
# Do not edit by hand: change the script or its thresholds and rebuild.
#
# Counted: in running text (no headline, menu or name-list line), pairs of adjacent
# Vietnamese syllables both in lower case, and lower-case syllables. Kept: pairs seen
# >= {min_count} times whose first syllable goes on with the second in >= {min_forward} of its
# lower-case uses (`tiểu` → `tiểu học`; `nam` → `nam sinh` is rare), with no one-word
# function word of function_words.tsv in them (`đã`, `của`, `và`) and no cue of cues.tsv.
#
# Columns (tab-separated):
#   word    the word, lower case, two syllables (the most frequent spelling)
#   count   occurrences written wholly in lower case
#   forward count / lower-case occurrences of the first syllable, in thousandths
#   dice    2·count / (lower-case occurrences of the first + of the second syllable), in
#           thousandths: how much the two syllables belong together (1000: always together)
#
# {rows} rows, most cohesive (dice) first.
"""


def count(corpus: str) -> tuple[Counter[str], Counter[str], dict[str, Counter[str]], int]:
    syllables: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = {}
    articles = 0
    for text in silver.articles(corpus):
        articles += 1
        for line in silver.lines(text):
            line_tokens = silver.tokens(line)
            if silver.shouting(line_tokens):
                continue
            previous = None
            for token in line_tokens:
                lower = (token.kind == "word" and token.text == token.text.lower()
                         and silver.is_vietnamese_syllable(token.text))
                if not lower:
                    previous = None
                    continue
                key = silver.fold(token.text)
                syllables[key] += 1
                if previous is not None:
                    pair = silver.fold(previous.text) + " " + key
                    pairs[pair] += 1
                    spelling.setdefault(pair, Counter())[previous.text + " " + token.text] += 1
                previous = token
    return syllables, pairs, spelling, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=30)
    parser.add_argument("--min-forward", type=float, default=0.1)
    args = parser.parse_args()

    function_words = {w[0] for w in silver.lexicon("function_words.tsv") if len(w) == 1}
    cues = {" ".join(w) for w in silver.lexicon("cues.tsv") if len(w) == 2}
    syllables, pairs, spelling, articles = count(args.corpus)
    rows = []
    for pair, n in pairs.items():
        if n < args.min_count:
            continue
        first, second = pair.split(" ")
        if first in function_words or second in function_words or pair in cues:
            continue
        forward = n / syllables[first]
        if forward >= args.min_forward:
            rows.append((pair, n, forward, 2 * n / (syllables[first] + syllables[second])))
    rows.sort(key=lambda row: (-row[3], -row[1], row[0]))

    out = sys.stdout
    out.write(HEADER.format(articles=articles, min_count=args.min_count, min_forward=args.min_forward,
                            rows=len(rows)))
    out.write("word\tcount\tforward\tdice\n")
    for pair, n, forward, dice in rows:
        out.write(f"{spelling[pair].most_common(1)[0][0]}\t{n}\t{round(forward * 1000)}\t{round(dice * 1000)}\n")


if __name__ == "__main__":
    main()
