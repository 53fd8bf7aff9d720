#!/usr/bin/env python3
"""Mine the heads of titles and of body names: candidates for lexicons/body_heads.tsv and
for office titles not yet in lexicons/titles.tsv.

Vietnamese writes a title or a body's name as a HEAD, capitalised, with its lower-case
continuation (`Giám đốc`, `Trưởng ban`, `Ủy ban`, `Tòa án`, `Câu lạc bộ`), then more of the
name, capitalised again (`Giám đốc Sở Y tế`, `Ủy ban Kiểm tra Trung ương`,
`Viện Kiểm sát nhân dân tối cao`). This script cuts every run of capitalised words and
acronyms that starts in free position (not at a sentence, line or quote start) into
SEGMENTS: a capitalised word or acronym and the lower-case words after it (at most 2).
The run's HEAD is its first segment (a prefix such as `Phó`, `Tổng`, `Nguyên` joined to
the next: `Phó Chủ tịch`). Each head is counted in:
  before_person  a Vietnamese personal name (family name of lexicons/family_names.tsv +
                 1–3 capitalised syllables) stands later in the run: the head is a title
                 (`Bí thư` Nguyễn …, `Chủ tịch` UBND tỉnh X Nguyễn …)
  body           lower-case words stand INSIDE the run (a segment with a continuation is
                 followed by more capitals): the head starts a body's name (`Sở` Y tế,
                 `Ủy ban` Kiểm tra Trung ương) or a title + body
  other          neither (a person, a place, a foreign name: `Hà Nội`, `Real Madrid`)
and marked with what lexicons/titles.tsv and lexicons/organizations.tsv already have.

The candidates are READ by a person; real heads go into lexicons/body_heads.tsv (body
heads, with the kind of body) and /work/mined/titles-vetted.tsv (office titles).

Prints: head  before_person  body  other  known  example
        (before_person + body >= --min-count, most frequent first)
With --roles: words  count  known  example — the 1–2 lower-case words right before a
Vietnamese personal name (role nouns and lower-case titles: `ca sĩ`, `tiền đạo`,
`thượng úy`, `bị cáo`), for titles that are written in lower case.

Usage (from the repository root; Python 3 standard library only):
  python3 scripts/mine/heads.py [--corpus ../shared/silver/news.jsonl] [--min-count 10]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

import silver

MAX_CONTINUATION = 2


def heading(word: str) -> bool:
    """A word that can stand in a name: capitalised, or an acronym (UBND, TP)."""
    return silver.is_capitalised(word) or (len(word) > 1 and word.isupper())


def runs(toks: list[silver.Token]) -> list[list[tuple[int, int]]]:
    """The name-like runs in free position, each a list of (start, end) segments: a
    capitalised word or acronym and the lower-case words after it (at most 2)."""
    out: list[list[tuple[int, int]]] = []
    i = 0
    while i < len(toks):
        if toks[i].kind != "word" or not heading(toks[i].text) or toks[i].start:
            i += 1
            continue
        run: list[tuple[int, int]] = []
        while i < len(toks) and toks[i].kind == "word" and heading(toks[i].text):
            j = i + 1
            while j < len(toks) and j - i <= MAX_CONTINUATION and toks[j].kind == "word" \
                    and toks[j].text == toks[j].text.lower():
                j += 1
            run.append((i, j))
            i = j
        out.append(run)
    return out


PREFIXES = {silver.fold(w) for w in ("phó", "tổng", "nguyên", "cựu", "quyền", "thứ", "đệ")}


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.examples: dict[str, str] = {}
        self.spelling: dict[str, str] = {}

    def add(self, words: list[str], column: str, line: str, offset: int) -> None:
        key = " ".join(silver.fold(w) for w in words)
        self.spelling.setdefault(key, " ".join(words))
        self.counts[key][column] += 1
        self.examples.setdefault(key, silver.around(line, offset))


def head_words(toks: list[silver.Token], run: list[tuple[int, int]]) -> list[str]:
    """The run's first segment, with a prefix (Phó, Tổng, Nguyên …) joined to the next."""
    start, end = run[0]
    if end - start == 1 and silver.fold(toks[start].text) in PREFIXES and len(run) > 1:
        end = run[1][1]
    return [t.text for t in toks[start:end]]


def roles(corpus: str, min_count: int) -> None:
    """The lower-case words (1–2) right before a Vietnamese personal name: role nouns and
    lower-case titles (`ca sĩ`, `tiền đạo`, `bị cáo`, `thượng úy`), after an honorific too."""
    families = silver.family_names()
    known = silver.lexicon("titles.tsv")
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, str] = {}
    for line, toks in silver.corpus_lines(corpus):
        for i, token in enumerate(toks):
            if not silver.person_at(toks, i, families):
                continue
            words = []
            for before in reversed(toks[max(0, i - 2):i]):
                if before.kind != "word" or before.text != before.text.lower():
                    break
                words.insert(0, before.text)
            for k in (1, 2):
                if len(words) >= k:
                    key = " ".join(words[-k:])
                    counts[key]["n"] += 1
                    examples.setdefault(key, silver.around(line, token.offset))
    print("words\tcount\tknown\texample")
    for key in sorted(counts, key=lambda k: -counts[k]["n"]):
        if counts[key]["n"] >= min_count:
            folded = tuple(silver.fold(w) for w in key.split())
            print(f"{key}\t{counts[key]['n']}\t{'title' if folded in known else '-'}\t{examples[key]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=10)
    parser.add_argument("--roles", action="store_true",
                        help="count instead the lower-case words right before a personal name")
    args = parser.parse_args()
    if args.roles:
        roles(args.corpus, args.min_count)
        return

    families = silver.family_names()
    known_titles = silver.lexicon("titles.tsv")
    known_bodies = silver.lexicon("organizations.tsv")
    tally = Tally()
    for line, toks in silver.corpus_lines(args.corpus):
        if silver.shouting(toks):
            continue
        for run in runs(toks):
            head = head_words(toks, run)
            # lower-case words INSIDE the run (not after its last capital): a body's name
            lower_inside = any(e - s > 1 for s, e in run[:-1])
            person = any(k and silver.person_at(toks, s, families) for k, (s, _) in enumerate(run))
            if person:
                tally.add(head, "before_person", line, toks[run[0][0]].offset)
            if lower_inside:
                tally.add(head, "body", line, toks[run[0][0]].offset)
            if not person and not lower_inside:
                tally.add(head, "other", line, toks[run[0][0]].offset)
    print("head\tbefore_person\tbody\tother\tknown\texample")
    def total(k: str) -> int:
        return tally.counts[k]["before_person"] + tally.counts[k]["body"]
    for key in sorted(tally.counts, key=lambda k: -total(k)):
        c = tally.counts[key]
        if total(key) < args.min_count:
            continue
        folded = tuple(key.split())
        known = "title" if folded in known_titles else "body" if folded in known_bodies else "-"
        print(f"{tally.spelling[key]}\t{c['before_person']}\t{c['body']}\t{c['other']}\t{known}\t"
              f"{tally.examples[key]}")


if __name__ == "__main__":
    main()
