#!/usr/bin/env python3
"""Mine candidate cues (reporting verbs and phrases) that lexicons/cues.tsv does not have yet.

Four frames where Vietnamese news puts a cue, each counted separately:
  rang     the words right before `rằng` (`ông X tiết lộ rằng …`)
  colon    the words right before `:` followed by a quotation mark (`ông X viết: "…"`)
  frame    after a speaker (an honorific, a title of lexicons/titles.tsv or a role noun +
           a Vietnamese personal name, family name of lexicons/family_names.tsv) and the auxiliaries of lexicons/function_words.tsv
           (`đã`, `cũng` …), the words that stand before a clause: `rằng`, `là`, `:`,
           a quotation mark, or a capitalised word (`bà X cáo buộc Mỹ …`)
  side     the same after a side or body of lexicons/actors.tsv or organizations.tsv that
           stands as subject (at a sentence start or after a comma): `Nga cáo buộc Mỹ …`
  after    quote first, speaker after: `"…", ông X <cue>.` — the lower-case words that end
           the sentence after the closing quotation mark and its comma
For every frame the 1-, 2- and 3-word sequences that stand in the cue's place are counted.
A position is skipped when a cue of lexicons/cues.tsv (any category, blockers included)
already stands there or within the clause before (`cho biết trên X rằng`), so what is
left is what the lexicon misses.

The candidates are then READ by a person: only real reporting verbs and phrases go into
/work/mined/cues-vetted.tsv (verbs of thinking and plans are no speech: ANNOTATION.md).

Prints: frame  candidate  count  example   (count >= --min-count, most frequent first)

Usage (from the repository root; Python 3 standard library only):
  python3 scripts/mine/cue_candidates.py [--corpus ../shared/silver/news.jsonl] [--min-count 5]
"""

from __future__ import annotations

import argparse
from collections import Counter

import silver
from family_names import introduced, name_runs, titles

QUOTES = set('"“”')
MAX_CUE = 3
LOOK_BACK = 10  # words of the same clause searched for a known cue before `rằng` or `:`


class Miner:
    def __init__(self) -> None:
        self.cues = silver.lexicon("cues.tsv")
        self.auxiliaries = silver.lexicon("function_words.tsv", {"auxiliary"})
        self.titles = titles()
        self.families = silver.family_names()
        self.sides = silver.lexicon("actors.tsv") | silver.lexicon("organizations.tsv", {"organization", "media"})
        self.counts: Counter[tuple[str, str]] = Counter()
        self.examples: dict[tuple[str, str], str] = {}

    def known_in(self, words: list[str]) -> bool:
        """Whether a known cue stands anywhere in the folded words."""
        for i in range(len(words)):
            for k in range(1, 5):
                if tuple(words[i:i + k]) in self.cues and i + k <= len(words):
                    return True
        return False

    def record(self, frame: str, words: list[str], line: str, offset: int) -> None:
        """Count the 1..MAX_CUE-word sequences that end the lower-case words."""
        for k in range(1, min(MAX_CUE, len(words)) + 1):
            key = (frame, " ".join(words[-k:]))
            self.counts[key] += 1
            self.examples.setdefault(key, silver.around(line, offset))

    def words_before(self, toks: list[silver.Token], end: int, limit: int) -> list[str]:
        """The lower-case words of the clause that ends before index end (at most limit)."""
        out: list[str] = []
        for token in reversed(toks[max(0, end - limit):end]):
            if token.kind != "word" or token.text != token.text.lower():
                break
            out.insert(0, token.text)
        return out

    def before_marker(self, toks: list[silver.Token], line: str) -> None:
        for i, token in enumerate(toks):
            frame = None
            if token.kind == "word" and silver.fold(token.text) == silver.fold("rằng"):
                frame = "rang"
            elif token.text == ":" and i + 1 < len(toks) and toks[i + 1].text in QUOTES:
                frame = "colon"
            if frame is None:
                continue
            clause = [silver.fold(t.text) for t in toks[max(0, i - LOOK_BACK):i + 1] if t.kind == "word"]
            if self.known_in(clause):
                continue
            words = self.words_before(toks, i, MAX_CUE)
            if words:
                self.record(frame, [w.lower() for w in words], line, token.offset)

    def after_speaker(self, toks: list[silver.Token], line: str) -> None:
        for start, end in name_runs(toks):
            if not silver.person_at(toks, start, self.families) or not introduced(toks, start, self.titles):
                continue  # only a Vietnamese personal name after an honorific or title
            self.cue_after(toks, end, line, "frame")

    def after_side(self, toks: list[silver.Token], line: str) -> None:
        """A side or body of actors.tsv / organizations.tsv as subject (at a sentence start
        or after a comma): `Nga cáo buộc Mỹ …`, `Bộ Ngoại giao Trung Quốc …`."""
        for i, token in enumerate(toks):
            if token.kind != "word" or not token.text[0].isupper():
                continue
            if not (token.start or (i and toks[i - 1].text == ",")):
                continue
            folded = [silver.fold(t.text) if t.kind == "word" else "" for t in toks[i:i + 6]]
            length = next((k for k in range(len(folded), 0, -1) if tuple(folded[:k]) in self.sides), 0)
            if length:
                self.cue_after(toks, i + length, line, "side")

    def cue_after(self, toks: list[silver.Token], end: int, line: str, frame: str) -> None:
        """The lower-case words after a speaker ending at `end` (auxiliaries skipped) that
        stand before a clause: `rằng`, `là`, `:`, a quotation mark or a capitalised word."""
        j = end
        while j < len(toks):  # skip auxiliaries (longest first)
            for k in (3, 2, 1):
                if tuple(silver.fold(t.text) for t in toks[j:j + k]) in self.auxiliaries:
                    j += k
                    break
            else:
                break
        words: list[str] = []
        while j < len(toks) and len(words) < MAX_CUE + 1 and toks[j].kind == "word" \
                and toks[j].text == toks[j].text.lower():
            words.append(toks[j].text)
            j += 1
        if not words or j >= len(toks):
            return
        nxt = toks[j]
        opens_clause = nxt.text in QUOTES or nxt.text == ":" or \
            (nxt.kind == "word" and silver.is_capitalised(nxt.text))
        # the last word may be the complementizer itself
        if words[-1] in ("rằng", "là"):
            words, opens_clause = words[:-1], True
        if opens_clause and words and len(words) <= MAX_CUE and not self.known_in([silver.fold(w) for w in words]):
            self.record(frame, words, line, toks[min(end, len(toks) - 1)].offset)

    def quote_first(self, toks: list[silver.Token], line: str) -> None:
        for i in range(len(toks) - 2):
            if toks[i].text not in QUOTES or toks[i + 1].text != ",":
                continue
            j = i + 2
            while j < len(toks) and toks[j].text not in (".", "!", "?") and toks[j].text not in QUOTES:
                j += 1
            if j - (i + 2) > 14:
                continue
            clause = toks[i + 2:j]
            if not clause or clause[0].kind != "word":
                continue
            words = self.words_before(toks, j, MAX_CUE + 1)
            if not words or len(words) > MAX_CUE or len(words) == len(clause):
                continue  # no speaker before the words
            if self.known_in([silver.fold(t.text) for t in clause if t.kind == "word"]):
                continue
            self.record("after", words, line, toks[j - 1].offset)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=5)
    args = parser.parse_args()

    miner = Miner()
    for line, toks in silver.corpus_lines(args.corpus):
        miner.before_marker(toks, line)
        miner.after_speaker(toks, line)
        miner.after_side(toks, line)
        miner.quote_first(toks, line)
    print("frame\tcandidate\tcount\texample")
    for (frame, words), n in sorted(miner.counts.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        if n >= args.min_count:
            example = miner.examples[(frame, words)]
            print(f"{frame}\t{words}\t{n}\t{example}")


if __name__ == "__main__":
    main()
