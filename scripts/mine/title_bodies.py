#!/usr/bin/env python3
"""Mine what stands between a title head and the side or body it belongs to: candidates
for the lower-case body phrases of the title grammar (Speakers/Titles/TitleChain.swift).

A composed title is an office head of lexicons/titles.tsv, then an optional body phrase,
then a country or body: `người đứng đầu cơ quan ngoại giao của Liên minh châu Âu`,
`Thống đốc bang Texas`, `chỉ huy tình báo cấp cao của Ukraine`. This script finds, in free
running text, every office head followed by 1–4 lower-case words and then (after an
optional `của`) a side of lexicons/actors.tsv or a capitalised word, and counts the FIRST
lower-case word (with its next one) — the head of the body phrase (`cơ quan`, `lực lượng`,
`bang`, `tỉnh`) — apart from verbs (`cảnh báo`, `gặp`) that also stand there.

Prints: words  before_side  before_capital  example   (most frequent first, >= --min-count)
The candidates are READ: body nouns and place nouns go into the lexicon the title grammar
reads; verbs and adverbs stay out.
"""
from __future__ import annotations
import argparse, collections, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import silver

OF = silver.fold("của")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    ap.add_argument("--min-count", type=int, default=5)
    args = ap.parse_args()
    rows = silver.lexicon_rows("titles.tsv")
    offices = {tuple(silver.fold(w) for w in r[0].split()) for r in rows if len(r) > 1 and r[1] == "office"}
    actors = {tuple(silver.fold(w) for w in r[0].split()) for r in silver.lexicon_rows("actors.tsv")}
    longest = max(len(t) for t in offices)
    side_longest = max(len(a) for a in actors)
    unfold: dict[str, str] = {}
    counts = collections.Counter(); side = collections.Counter(); cap = collections.Counter(); example = {}
    for line, toks in silver.corpus_lines(args.corpus):
        if silver.shouting(toks):
            continue
        keys = [silver.fold(t.text) if t.kind == "word" else None for t in toks]
        n = len(toks)
        i = 0
        while i < n:
            end = None
            for length in range(min(longest, n - i), 0, -1):
                if tuple(keys[i:i + length]) in offices:
                    end = i + length
                    break
            if end is None:
                i += 1
                continue
            j = end
            while j < n and j - end < 4 and toks[j].kind == "word" and toks[j].text == toks[j].text.lower() and keys[j] != OF:
                j += 1
            if j == end:
                i = end
                continue
            k = j + 1 if j < n and keys[j] == OF else j
            if k < n and toks[k].kind == "word" and toks[k].text[0].isupper():
                words = " ".join(keys[end:min(end + 2, j)])
                for t in toks[end:min(end + 2, j)]:
                    unfold.setdefault(silver.fold(t.text), t.text.lower())
                hit = any(tuple(keys[k:k + m]) in actors for m in range(1, side_longest + 1))
                counts[words] += 1
                (side if hit else cap)[words] += 1
                example.setdefault(words, silver.around(line, toks[i].offset, 70))
            i = end
    print("words\tbefore_side\tbefore_capital\texample")
    for words, c in counts.most_common():
        if c < args.min_count:
            break
        print(f"{' '.join(unfold.get(w, w) for w in words.split())}\t{side[words]}\t{cap[words]}\t{example[words][:160]}")

if __name__ == "__main__":
    main()
