"""Words of sport news that world news does not use: a quote that holds one is about a
match, a player or a club, and the countries it names are teams (issue 14, item 5;
ANNOTATION.md: a footballer's boast is neutral whatever its words).

Counts, for every word and pair of words of the silver corpus, the articles under a sport
URL and the articles under a world-news URL (`the-gioi`, `quoc-te`, `world`) that hold it.
Prints the phrases in at least --min-count sport articles, with both counts and the share
of sport among the two (add-one smoothed, each count over its group's articles), highest
first. A person reads them and keeps only phrases whose every sense is sport (`ghi bàn`
yes; `tấn công`, `đối thủ`, `chiến thắng` no: war news uses them too).

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=40)
    args = parser.parse_args()
    sport, world = Counter(), Counter()
    n_sport = n_world = 0
    with open(args.corpus, encoding="utf-8") as handle:
        for record in handle:
            article = json.loads(record)
            url = article.get("url", "").lower()
            if SPORT_URL.search(url):
                counts = sport
                n_sport += 1
            elif WORLD_URL.search(url):
                counts = world
                n_world += 1
            else:
                continue
            seen = set()
            for line in silver.lines(article["text"]):
                keys = [silver.fold(t.text) for t in silver.tokens(line) if t.kind == "word"]
                seen.update(keys)
                seen.update(a + " " + b for a, b in zip(keys, keys[1:]))
            counts.update(seen)
    rows = []
    for phrase, count in sport.items():
        if count < args.min_count:
            continue
        a = (count + 1) / (n_sport + 1)
        b = (world[phrase] + 1) / (n_world + 1)
        rows.append((a / (a + b), phrase, count, world[phrase]))
    print(f"# articles: sport {n_sport}, world {n_world}")
    print("phrase\tsport\tworld\tsport_share")
    for share, phrase, count, rest in sorted(rows, reverse=True):
        print(f"{phrase}\t{count}\t{rest}\t{share:.3f}")


if __name__ == "__main__":
    main()
