#!/usr/bin/env python3
"""Mine the words that Vietnamese news writes in lower case: lexicons/common_words.tsv.

For every syllable of the silver corpus (and every frequent pair of syllables), count how
often it is written lower case and how often capitalised where the writer had a free
choice: NOT at the start of a line, of a sentence, of a quote or list item (after
. ! ? : ; quotation marks, brackets, dashes, bullets), and not in a line that is mostly
capitals or Title Case (headlines, menus, name lists). At a start every word is
capitalised, so only the free positions say whether a word is a name.

A word is kept when it is frequent enough to judge and usually lower case:
  syllables  free occurrences (lower + capital) >= --min-syllable (default 20),
             capital share <= --max-share (default 0.5)
  pairs      two syllables both lower case, or the first capitalised (`Trung tâm`,
             `Trung Quốc`); free occurrences >= --min-pair (default 100), capital share
             <= --max-share, the syllables stand together often enough to be a word
             (Dice 2·n(xy)/(n(x)+n(y)) >= --min-dice, default 0.05: `của đảng` is no word),
             and at least one of its syllables is NOT kept on its own (capitalised
             more often than not, or rare): the pair then says something the syllables
             do not (`trung bình` though `Trung` is usually capitalised)
Only words with the shape of Vietnamese syllables are counted (foreign words and
particles such as `of`, `al` are left out).

Usage (from the repository root; Python 3 standard library only):
  python3 scripts/mine/lowercase_vocabulary.py [--corpus ../shared/silver/news.jsonl]
      > lexicons/common_words.tsv
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

import silver

HEADER = """\
# common_words.tsv: Vietnamese words that news writes in lower case, with how often the
# silver corpus writes each one lower case and capitalised. A capitalised run is a name
# only if it is not a common word in that position: `Đáng chú ý`, `Điều này`, `Xin`
# opening a sentence are common words, not speakers.
#
# Made by scripts/mine/lowercase_vocabulary.py from ../shared/silver/news.jsonl
# ({articles} articles, {free} words in free position); rebuild with
#   python3 scripts/mine/lowercase_vocabulary.py > lexicons/common_words.tsv
# Do not edit by hand: change the script or its thresholds and rebuild.
#
# How it is counted: a word is counted only where the writer had a free choice of case:
# not at the start of a line, a sentence, a quote or a list item (after . ! ? : ; a
# quotation mark, a bracket, a dash or a bullet), and not in a line mostly in capitals or
# Title Case (headlines, menus, name lists). Words are matched case-insensitively with the
# tone placement folded (hoà = hòa); the spelling shown is the most frequent one.
#
# Columns (tab-separated):
#   word       the word, lower case: one syllable, or two (a frequent pair of syllables)
#   lower      occurrences written lower case in free position
#   capital    occurrences written capitalised (Xx) in free position
#   initial    occurrences at a line, sentence or quote start (any case): positions where
#              this list is meant to be used
#   cap_share  capital / (lower + capital): the share of free occurrences that are
#              capitalised. Near 0: a common word (`điều` 0.000, `đáng`). Higher: the
#              syllable is also a name, a country or part of a body's name (`anh` 0.477
#              is the pronoun "he" but also the country Anh and a given name; `nhật`
#              0.437, `bộ` 0.376, `ủy` 0.390 likewise; family names such as `phạm` 0.314
#              are also common words): read cap_share, and the name's shape, before
#              taking a capitalised one for a common word.
#
# Cut-off: syllables with lower + capital >= {min_syllable} and cap_share <= {max_share} (usually
# lower case: more often lower case than capitalised where the writer could choose;
# rarer syllables are too few to judge). Pairs (both syllables lower case, or the first
# capitalised) with lower + capital >= {min_pair}, cap_share <= {max_share}, whose syllables stand
# together often enough to be one word (Dice 2·n(xy)/(n(x)+n(y)) >= {min_dice}), and with at
# least one syllable that is not a row of its own (capitalised more often than not, or
# rare): a pair is listed only when it says more than its syllables (`trung bình`: `Trung`
# alone is usually a name). Only words shaped like Vietnamese syllables are counted.
# Not listed, because capitalised more often than not: `mỹ`, `đức`, `việt`, `trung`,
# `quốc`, `văn` … — a capitalised syllable not in this file is a possible name.
# {rows} rows: {syllable_rows} syllables, {pair_rows} pairs. Sorted by lower + capital, most frequent first.
"""


class Counts:
    def __init__(self) -> None:
        self.lower: Counter[str] = Counter()
        self.capital: Counter[str] = Counter()
        self.initial: Counter[str] = Counter()
        self.spelling: dict[str, Counter[str]] = defaultdict(Counter)

    def free(self, key: str) -> int:
        return self.lower[key] + self.capital[key]

    def total(self, key: str) -> int:
        return self.lower[key] + self.capital[key] + self.initial[key]

    def share(self, key: str) -> float:
        free = self.free(key)
        return self.capital[key] / free if free else 1.0

    def add(self, key: str, written: str, start: bool) -> None:
        """Count one occurrence; `written`'s first word decides its case."""
        if start:
            self.initial[key] += 1
            return
        first = written.split(" ")[0]
        if first == first.lower():
            self.lower[key] += 1
        elif silver.is_capitalised(first):
            self.capital[key] += 1
        else:
            return  # ALL CAPS or mIxEd: says nothing
        self.spelling[key][written.lower()] += 1


def count(corpus: str) -> tuple[Counts, Counts, int, int]:
    syllables, pairs = Counts(), Counts()
    articles = free = 0
    for text in silver.articles(corpus):
        articles += 1
        for line in silver.lines(text):
            line_tokens = silver.tokens(line)
            if silver.shouting(line_tokens):
                continue
            previous = None
            for token in line_tokens:
                if token.kind != "word" or not silver.is_vietnamese_syllable(token.text):
                    previous = None
                    continue
                key = silver.fold(token.text)
                syllables.add(key, token.text, token.start)
                free += not token.start
                if previous is not None:
                    # A pair is one word only if both syllables are lower case or the first is
                    # capitalised (Trung Quốc, Trung tâm); `tại Việt` crosses a name's edge.
                    if token.text == token.text.lower() or not previous.text == previous.text.lower():
                        pair_key = silver.fold(previous.text) + " " + key
                        pairs.add(pair_key, previous.text + " " + token.text, previous.start)
                previous = token
    return syllables, pairs, articles, free


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--min-syllable", type=int, default=20)
    parser.add_argument("--min-pair", type=int, default=100)
    parser.add_argument("--max-share", type=float, default=0.5)
    parser.add_argument("--min-dice", type=float, default=0.05)
    args = parser.parse_args()

    syllables, pairs, articles, free = count(args.corpus)
    kept = {k for k in syllables.lower | syllables.capital
            if syllables.free(k) >= args.min_syllable and syllables.share(k) <= args.max_share}
    rows = [(k, syllables) for k in kept]
    pair_rows = []
    for k in pairs.lower | pairs.capital:
        if pairs.free(k) < args.min_pair or pairs.share(k) > args.max_share:
            continue
        first, second = k.split(" ")
        if first in kept and second in kept:
            continue
        if 2 * pairs.total(k) < args.min_dice * (syllables.total(first) + syllables.total(second)):
            continue  # the syllables mostly stand apart: `của đảng` is no word
        pair_rows.append((k, pairs))
    rows += pair_rows
    rows.sort(key=lambda row: (-row[1].free(row[0]), row[0]))

    out = sys.stdout
    out.write(HEADER.format(articles=articles, free=free, min_syllable=args.min_syllable,
                            min_pair=args.min_pair, min_dice=args.min_dice, max_share=args.max_share, rows=len(rows),
                            syllable_rows=len(kept), pair_rows=len(pair_rows)))
    out.write("word\tlower\tcapital\tinitial\tcap_share\n")
    for key, counts in rows:
        spelling = counts.spelling[key].most_common(1)[0][0]
        out.write(f"{spelling}\t{counts.lower[key]}\t{counts.capital[key]}\t"
                  f"{counts.initial[key]}\t{counts.share(key):.3f}\n")


if __name__ == "__main__":
    main()
