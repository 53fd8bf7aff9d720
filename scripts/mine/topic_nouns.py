#!/usr/bin/env python3
"""Candidates for function_words.tsv `topic_noun`: nouns that open the content of a statement
cue (`chia sẻ nỗi niềm với Trí`, `thông tin diễn biến bão số 6`) when the content states no
clause, read from the extractor's output over the silver corpus:

  .build/release/vietquote extract --input-format jsonl --jobs 2 --quiet \
      < ../shared/silver/news.jsonl > /tmp/silver-extract.jsonl
  python3 scripts/mine/topic_nouns.py /tmp/silver-extract.jsonl [--min 2] [--examples 3]

For each indirect quote it takes the content's first one or two words (after `những`, `các`,
`một`) and counts the quotes whose content holds no clause word (a tense, aspect or modal word,
`là`, `rằng`, a quotation mark) against those that do. A noun that mostly opens contents with
no clause names a topic, not words said. The list is for reading: a row goes into the lexicon
only after its quotes were read (quotes24: 30 read).
"""
import argparse
import collections
import json

QUANTIFIERS = ("những", "các", "một")
CLAUSE_WORDS = {"đã", "đang", "sẽ", "vừa", "mới", "từng", "không", "chưa", "cần", "phải", "có thể",
                "là", "rằng", "bị", "được", "cũng", "vẫn", "còn"}


def holds_clause(words):
    text = " ".join(words)
    if '"' in text or "“" in text or ":" in text:
        return True
    return any(w in CLAUSE_WORDS for w in words) or any(" ".join(words[i:i + 2]) in CLAUSE_WORDS for i in range(len(words)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("extract")
    parser.add_argument("--min", type=int, default=2)
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args()
    counts = collections.defaultdict(lambda: [0, 0])
    examples = collections.defaultdict(list)
    for line in open(args.extract, encoding="utf-8"):
        record = json.loads(line)
        for quote in record.get("quotes", []):
            if quote.get("type") != "indirect" or not quote.get("cue"):
                continue
            words = quote["content"].lower().split()
            if words and words[0] in QUANTIFIERS:
                words = words[1:]
            if not words:
                continue
            clause = holds_clause(words[1:])
            for n in (1, 2):
                if len(words) < n:
                    continue
                head = " ".join(words[:n])
                counts[head][1 if clause else 0] += 1
                if len(examples[head]) < args.examples:
                    examples[head].append(f'{quote["cue"]} | {quote["content"][:90]}')
    rows = [(h, c) for h, c in counts.items() if c[0] >= args.min and c[0] > c[1]]
    rows.sort(key=lambda r: -r[1][0])
    for head, (no_clause, clause) in rows:
        print(f"{head}\tno clause {no_clause}\tclause {clause}")
        for example in examples[head]:
            print(f"    {example}")


if __name__ == "__main__":
    main()
