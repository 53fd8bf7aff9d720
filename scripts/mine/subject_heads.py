#!/usr/bin/env python3
"""The head nouns of quote subjects on the silver corpus (issue 14 item 7): the first two words
of each quote's speaker mention (after a quantifier `các`, `những`, `một số` …), when they are
common words (the second word lower-case), with their count and the first mention and cue. A
reader marks the heads of things, events and products (`trận đấu`, `vai diễn`, `tính năng`),
which cannot speak, as `thing_head` rows of lexicons/function_words.tsv (ThingSubjectRule);
documents, reports, data and polls are sources (ANNOTATION.md) and stay out.

Usage (from the repository root):
  .build/release/vietquote extract --input-format jsonl --quiet < ../shared/silver/news.jsonl > /tmp/silver.jsonl
  python3 scripts/mine/subject_heads.py /tmp/silver.jsonl | head -400
"""
import collections, json, sys

QUANTIFIERS = {"các", "một", "một số", "nhiều", "những", "mọi"}

def head(mention: str):
    words = mention.lstrip("[(\"“").split()
    if not words:
        return None
    i = 0
    if len(words) > 2 and " ".join(words[:2]).lower() in QUANTIFIERS:
        i = 2
    elif len(words) > 1 and words[0].lower() in QUANTIFIERS:
        i = 1
    if len(words) > i + 1 and words[i + 1][:1].islower():
        return " ".join(words[i:i + 2]).lower()
    if len(words) == i + 1:
        return words[i].lower()
    return None

def main() -> None:
    counts, first = collections.Counter(), {}
    for line in open(sys.argv[1], encoding="utf-8"):
        for quote in json.loads(line)["quotes"]:
            mention = (quote.get("speaker") or {}).get("mention") or ""
            key = head(mention)
            if key:
                counts[key] += 1
                first.setdefault(key, (mention, quote.get("cue") or ""))
    for key, n in counts.most_common():
        print(n, key, *first[key], sep="\t")

if __name__ == "__main__":
    main()
