"""The words that stand right before a country's name in sport news and seldom in other
news: a team named by its country (`U23 Việt Nam`, `tuyển Thái Lan`, `futsal Iran`), which
is no state (issue 14, item 5; ANNOTATION.md: a footballer's boast is neutral).

For every phrase of lexicons/actors.tsv of kind `country` found in the silver corpus, the
word (or two words) right before it is counted, apart for articles whose URL names a sport
section or site and for all others. Prints the words seen at least --min-count times
before a country in sport articles, with both counts and the share in sport, highest share
first. A person reads them and keeps only words that make the country a team wherever they
stand (`U23` yes; `đội` no: `đội ngũ`, `đội quân`).

Usage (from the repository root):
  python3 scripts/mine/team_markers.py --min-count 20 > /tmp/team-markers.tsv
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter

import silver

SPORT_URL = re.compile(r"bong-?da|the-?thao|sport|football|futsal|thethao|bongda|goal\.com")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=20)
    args = parser.parse_args()
    countries = {tuple(silver.fold(w) for w in row[0].split())
                 for row in silver.lexicon_rows("actors.tsv") if len(row) > 2 and row[2] == "country"}
    longest = max(len(c) for c in countries)
    sport, other = Counter(), Counter()
    with open(args.corpus, encoding="utf-8") as handle:
        for record in handle:
            article = json.loads(record)
            counts = sport if SPORT_URL.search(article.get("url", "").lower()) else other
            for line in silver.lines(article["text"]):
                words = [t for t in silver.tokens(line) if t.kind in ("word", "number")]
                keys = [silver.fold(t.text) for t in words]
                for i in range(1, len(words)):
                    if not silver.is_capitalised(words[i].text):
                        continue
                    if any(tuple(keys[i:i + n]) in countries for n in range(1, longest + 1)):
                        counts[keys[i - 1]] += 1
                        if i >= 2:
                            counts[keys[i - 2] + " " + keys[i - 1]] += 1
    rows = [(sport[w] / (sport[w] + other[w]), w) for w in sport if sport[w] >= args.min_count]
    print("word\tsport\tother\tsport_share")
    for share, w in sorted(rows, reverse=True):
        print(f"{w}\t{sport[w]}\t{other[w]}\t{share:.2f}")


if __name__ == "__main__":
    main()
