#!/usr/bin/env python3
"""List the object nouns after a cue that turn it into an act with no reported content
(`trả lời chất vấn` "answer the questioning", `viết đơn` "write a petition", `bày tỏ tình
cảm` "show affection", `trình bày tờ trình` "present the report").

For every cue of lexicons/cues.tsv (longest match at each word, case and tone placement
folded, blockers left out) this counts the pair (cue, the one or two words right after it)
over the silver corpus, and how often that pair is FRAMED: `rằng`, `:` or an opening
quotation mark follows within the clause (up to the next `.`, `;`, `,` or `?`), i.e. words
are reported after the object after all. With --quotes (the JSONL of `vietquote extract`
over the same corpus) it also counts the indirect quotes whose content starts with the
pair's words right after the cue: what the object noun costs today.

A pair with many quotes and few frames is a candidate: the object is a thing, a document
or a feeling, not words. The output is READ by a person; the kept pairs go into
lexicons/cues.tsv as blockers under `# objects:` (a blocker only stops the shorter cue at
that place: `Trả lời chất vấn, Bộ trưởng cho biết …` keeps its `cho biết`).

Prints: cue  object  total  framed  quotes  example   (pairs with quotes >= --min-quotes)

Usage (from the repository root; Python 3 standard library only):
  .build/release/vietquote extract --input-format jsonl --jobs 2 --quiet \
      < ../shared/silver/news.jsonl > /tmp/silver-out.jsonl
  python3 scripts/mine/cue_objects.py --quotes /tmp/silver-out.jsonl [--min-quotes 3]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

import silver

CLAUSE_END = {".", ";", ",", "?", "!"}
FRAME = {"“", '"', ":", "«"}


def quote_objects(path: str, width: int) -> Counter[tuple[str, str]]:
    """(folded cue, folded first `width` words of the content) of the indirect quotes whose
    content starts right after the cue."""
    counts: Counter[tuple[str, str]] = Counter()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            for q in json.loads(line)["quotes"]:
                if q["type"] != "indirect" or not q.get("cue") or q["start"] - q["cue_end"] > 1:
                    continue
                words = [t.text for t in silver.tokens(q["content"]) if t.kind == "word"][:width]
                if len(words) == width:
                    cue = " ".join(silver.fold(w) for w in q["cue"].split())  # fold works per word
                    counts[(cue, " ".join(silver.fold(w) for w in words))] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--quotes", required=True, help="vietquote extract JSONL over the corpus")
    parser.add_argument("--min-quotes", type=int, default=3)
    args = parser.parse_args()

    cues = silver.lexicon("cues.tsv") - silver.lexicon("cues.tsv", {"blocker"})
    blockers = silver.lexicon("cues.tsv", {"blocker"})
    known = cues | blockers
    longest = max(len(c) for c in known)
    quoted = {w: quote_objects(args.quotes, w) for w in (1, 2)}
    totals: Counter[tuple[str, str]] = Counter()
    framed: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    shown: dict[tuple[str, str], str] = {}  # folded pair -> its first spelling, lower case
    for line, toks in silver.corpus_lines(args.corpus):
        folded = [silver.fold(t.text) if t.kind == "word" else t.text for t in toks]
        i = 0
        while i < len(toks):
            k = next((k for k in range(longest, 0, -1)
                      if tuple(folded[i:i + k]) in known), 0)
            if not k:
                i += 1
                continue
            if tuple(folded[i:i + k]) in cues:
                cue = " ".join(folded[i:i + k])
                rest = []
                for t in toks[i + k:]:
                    if t.text in CLAUSE_END:
                        break
                    rest.append(t)
                is_framed = any(t.text in FRAME or silver.fold(t.text) == "rằng" for t in rest)
                for width in (1, 2):
                    words = rest[:width]
                    if len(words) < width or any(t.kind != "word" for t in words):
                        continue
                    key = (cue, " ".join(silver.fold(t.text) for t in words))
                    totals[key] += 1
                    framed[key] += is_framed
                    examples.setdefault(key, silver.around(line, toks[i].offset))
                    shown.setdefault(key, " ".join(t.text.lower() for t in toks[i:i + k])
                                     + "\t" + " ".join(t.text.lower() for t in words))
            i += k
    print("cue\tobject\ttotal\tframed\tquotes\texample")
    rows = [(key, quoted[len(key[1].split())][key]) for key in totals]
    for key, n in sorted(rows, key=lambda r: -r[1]):
        if n >= args.min_quotes:
            print(f"{shown[key]}\t{totals[key]}\t{framed[key]}\t{n}\t{examples[key]}")


if __name__ == "__main__":
    main()
