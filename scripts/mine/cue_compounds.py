#!/usr/bin/env python3
"""List the words right BEFORE a cue that make the cue word part of a compound noun or a
fixed expression (`học hỏi` "learn", `ăn hỏi` "betrothal", `bất kể` "regardless of",
`nhà bình luận` "commentator", `cách giải thích` "a way of explaining").

The mirror of cue_objects.py, which counts the words after a cue. For every cue of
lexicons/cues.tsv (longest match at each word, case and tone placement folded, blockers
left out) this counts the pair (the one word right before it, cue) over the silver corpus,
and how often that pair is FRAMED: `rằng`, `:` or an opening quotation mark follows within
the clause (up to the next `.`, `;`, `,` or `?`), i.e. the cue reports words after all. With
--quotes (the JSONL of `vietquote extract` over the same corpus) it also counts the quotes
whose cue stands right after that word: what the compound costs today.

A pair with quotes and few frames whose two words make one word of the language (a
dictionary word, not a subject + verb: `ông nói`, `đã nói` are no compounds) is a candidate.
The output is READ by a person; the kept pairs go into lexicons/cues.tsv as blockers under
`# compounds:` (a blocker only stops the cue at that place).

Prints: before  cue  total  framed  quotes  example   (pairs with quotes >= --min-quotes)

Usage (from the repository root; Python 3 standard library only):
  .build/release/vietquote extract --input-format jsonl --jobs 2 --quiet \
      < ../shared/silver/news.jsonl > /tmp/silver-out.jsonl
  python3 scripts/mine/cue_compounds.py --quotes /tmp/silver-out.jsonl [--min-quotes 2]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter

import silver
from cue_objects import CLAUSE_END, FRAME
WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def quote_heads(quotes: str, corpus: str) -> Counter[tuple[str, str]]:
    """(folded word right before the cue, folded cue) of the quotes with a cue, read in the
    article's text at the quote's cue offsets."""
    texts = {}
    with open(corpus, encoding="utf-8") as handle:
        for row in handle:
            record = json.loads(row)
            texts[record["id"]] = record["text"]
    counts: Counter[tuple[str, str]] = Counter()
    with open(quotes, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = texts.get(record["document"], "")
            for q in record["quotes"]:
                start = q.get("cue_start")
                if start is None or not q.get("cue"):
                    continue
                match = WORD_BEFORE.search(text[max(0, start - 30):start])
                if match:
                    cue = " ".join(silver.fold(w) for w in q["cue"].split())
                    counts[(silver.fold(match.group(1)), cue)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--quotes", required=True, help="vietquote extract JSONL over the corpus")
    parser.add_argument("--min-quotes", type=int, default=2)
    args = parser.parse_args()

    cues = silver.lexicon("cues.tsv") - silver.lexicon("cues.tsv", {"blocker"})
    known = cues | silver.lexicon("cues.tsv", {"blocker"})
    longest = max(len(c) for c in known)
    quoted = quote_heads(args.quotes, args.corpus)
    totals: Counter[tuple[str, str]] = Counter()
    framed: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    for line, toks in silver.corpus_lines(args.corpus):
        folded = [silver.fold(t.text) if t.kind == "word" else t.text for t in toks]
        for i, k in silver.longest_matches(folded, known, longest):
            if tuple(folded[i:i + k]) not in cues or i == 0 or toks[i - 1].kind != "word":
                continue
            key = (folded[i - 1], " ".join(folded[i:i + k]))
            rest = []
            for t in toks[i + k:]:
                if t.text in CLAUSE_END:
                    break
                rest.append(t)
            totals[key] += 1
            framed[key] += any(t.text in FRAME or silver.fold(t.text) == "rằng" for t in rest)
            examples.setdefault(key, silver.around(line, toks[i].offset))
    print("before\tcue\ttotal\tframed\tquotes\texample")
    for key, n in sorted(quoted.items(), key=lambda r: -r[1]):
        if n >= args.min_quotes and key in totals:
            print(f"{key[0]}\t{key[1]}\t{totals[key]}\t{framed[key]}\t{n}\t{examples[key]}")


if __name__ == "__main__":
    main()
