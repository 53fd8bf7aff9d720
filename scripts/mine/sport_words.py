"""Words of sport news that world news does not use: a quote that holds one is about a
match, a player or a club, and the countries it names are teams (issue 14, item 5;
ANNOTATION.md: a footballer's boast is neutral whatever its words).

Counts, for every word and pair of words of the silver corpus, the articles under a sport
URL and the articles under a world-news URL (`the-gioi`, `quoc-te`, `world`) that hold it.
Prints the phrases in at least --min-count sport articles, with both counts and the share
of sport among the two (add-one smoothed, each count over its group's articles), highest
first. A person reads them and keeps only phrases whose every sense is sport (`ghi bàn`
yes; `tấn công`, `đối thủ`, `chiến thắng` no: war news uses them too).

The counting itself is generic: `shares` compares the articles under any two URL patterns
and `main_for` prints one group against world news; scripts/mine/market_words.py uses them
for business news.

Usage (from the repository root):
  python3 scripts/mine/sport_words.py --min-count 40 > /tmp/sport-words.tsv
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter

import silver

SPORT_URL = re.compile(r"bong-?da|the-?thao|sport|football|futsal|thethao|bongda|goal\.com")
WORLD_URL = re.compile(r"the-?gioi|quoc-?te|/world")


def shares(corpus: str, first: re.Pattern[str], second: re.Pattern[str], min_count: int) -> tuple[int, int, list[tuple[float, str, int, int]]]:
    """The articles under a URL of `first` and under a URL of `second` (those of `first`
    excepted), and for each word and pair of words in at least `min_count` articles of
    `first`: (share of `first`, phrase, count in `first`, count in `second`), highest first."""
    one, two = Counter(), Counter()
    n_one = n_two = 0
    with open(corpus, encoding="utf-8") as handle:
        for record in handle:
            article = json.loads(record)
            url = article.get("url", "").lower()
            if first.search(url):
                counts = one
                n_one += 1
            elif second.search(url):
                counts = two
                n_two += 1
            else:
                continue
            seen = set()
            for line in silver.lines(article["text"]):
                keys = [silver.fold(t.text) for t in silver.tokens(line) if t.kind == "word"]
                seen.update(keys)
                seen.update(a + " " + b for a, b in zip(keys, keys[1:]))
            counts.update(seen)
    rows = []
    for phrase, count in one.items():
        if count < min_count:
            continue
        a = (count + 1) / (n_one + 1)
        b = (two[phrase] + 1) / (n_two + 1)
        rows.append((a / (a + b), phrase, count, two[phrase]))
    return n_one, n_two, sorted(rows, reverse=True)


def main_for(first: re.Pattern[str], name: str, min_count: int, description: str) -> None:
    """Parses --corpus and --min-count (default `min_count`) and prints the phrases of the
    articles under a URL of `first` (called `name`) against world news, as `shares` reads them."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=min_count)
    args = parser.parse_args()
    n_first, n_world, rows = shares(args.corpus, first, WORLD_URL, args.min_count)
    print(f"# articles: {name} {n_first}, world {n_world}")
    print(f"phrase\t{name}\tworld\t{name}_share")
    for share, phrase, count, rest in rows:
        print(f"{phrase}\t{count}\t{rest}\t{share:.3f}")


def main() -> None:
    main_for(SPORT_URL, "sport", 40, __doc__.split("\n")[0])


if __name__ == "__main__":
    main()
