#!/usr/bin/env python3
"""The head nouns of quote subjects on the silver corpus (issue 14 item 7): the first two words
of each quote's speaker mention (after a `quantifier` of lexicons/function_words.tsv), when they are
common words (the second word lower-case), with their count and the first mention and cue. A
reader marks the heads of things, events and products (`trận đấu`, `vai diễn`, `tính năng`),
which cannot speak, as `thing_head` rows of lexicons/function_words.tsv (ThingSubjectRule);
documents, reports, data and polls are sources (ANNOTATION.md) and stay out.

With `--auxiliaries`: for each word of the `auxiliary` class of function_words.tsv, how many
subjects hold it after their first word, with examples (the rows of `predicate_auxiliary`
were read from these: verbal auxiliaries yes, nouns' modifiers `mới`, `chính thức` no).

Usage (from the repository root):
  .build/release/vietquote extract --input-format jsonl --quiet < ../shared/silver/news.jsonl > /tmp/silver.jsonl
  python3 scripts/mine/subject_heads.py /tmp/silver.jsonl | head -400
  python3 scripts/mine/subject_heads.py /tmp/silver.jsonl --auxiliaries
"""
import collections, json, sys

def function_words(word_class: str) -> set:
    """The phrases of one class of lexicons/function_words.tsv, lower-cased."""
    words = set()
    for line in open("lexicons/function_words.tsv", encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(fields) >= 2 and fields[1] == word_class:
            words.add(fields[0].lower())
    return words

QUANTIFIERS = function_words("quantifier")

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

def auxiliaries(path: str) -> None:
    words = function_words("auxiliary")
    counts, examples = collections.Counter(), collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        for quote in json.loads(line)["quotes"]:
            mention = (quote.get("speaker") or {}).get("mention") or ""
            lowered = mention.lower().split()
            for i in range(1, len(lowered)):
                found = next((w for w in (" ".join(lowered[i:i + 2]), lowered[i]) if w in words), None)
                if found:
                    counts[found] += 1
                    examples[found].append(mention)
                    break
    for word, n in counts.most_common():
        print(n, word, " ; ".join(examples[word][:4]), sep="\t")

def main() -> None:
    if "--auxiliaries" in sys.argv:
        auxiliaries(sys.argv[1])
        return
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
