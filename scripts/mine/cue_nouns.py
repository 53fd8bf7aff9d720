"""Cue words that are also nouns, mined from the silver corpus (Python 3 standard library only).

A cue word (lexicons/cues.tsv, not a blocker) is used as a noun when what follows it is
what follows a noun, not a verb's content: the possessive `của` (`đánh giá của …`), a
demonstrative or a noun follower (`thông tin này`, `bình luận trên`, `lưu ý đó`), or
another cue that the word is the subject of (`thông báo cho biết …`, `bình luận cho rằng …`).
Counts those noun uses against all uses; the miner reads the list and keeps, as
`cue_noun` rows of lexicons/function_words.tsv, the words with a steady noun use. A cue
that holds its own complementizer or is only a verb (`cho biết`, `cho rằng`, `nói`) is
never a candidate: nothing follows it as a noun.

Usage: python3 scripts/mine/cue_nouns.py [--min 20] [corpus.jsonl]
Prints: cue, uses, noun uses, share, uses right after a quantifier (function_words.tsv),
and the noun uses by kind (của / demonstrative / cue).
"""

from __future__ import annotations

import sys
from collections import Counter

import silver

FOLLOWERS = {tuple(silver.fold(w) for w in p.split()) for p in ("này", "trên", "đó", "ấy", "kia")}
POSSESSIVE = silver.fold("của")
QUANTIFIERS = silver.lexicon("function_words.tsv", {"quantifier"})


def main(argv: list[str]) -> None:
    minimum = 20
    if "--min" in argv:
        minimum = int(argv[argv.index("--min") + 1])
        del argv[argv.index("--min"):argv.index("--min") + 2]
    corpus = argv[0] if argv else silver.DEFAULT_CORPUS
    rows = silver.lexicon_rows("cues.tsv")
    spelled = {tuple(silver.fold(w) for w in r[0].split()): r[0] for r in rows if len(r) > 1 and r[1] != "blocker"}
    cues = set(spelled)
    quantified: Counter = Counter()
    longest = max(len(c) for c in cues)
    uses: Counter = Counter()
    kinds: dict[tuple[str, ...], Counter] = {}

    def cue_at(words: list[str], i: int) -> tuple[str, ...] | None:
        for n in range(min(longest, len(words) - i), 0, -1):
            if tuple(words[i:i + n]) in cues:
                return tuple(words[i:i + n])
        return None

    for _, toks in silver.corpus_lines(corpus):
        words = [silver.fold(t.text) if t.kind == "word" else "\0" for t in toks]
        i = 0
        while i < len(words):
            cue = cue_at(words, i)
            if cue is None:
                i += 1
                continue
            uses[cue] += 1
            if any(tuple(words[max(0, i - n):i]) in QUANTIFIERS for n in (1, 2)):
                quantified[cue] += 1
            after = i + len(cue)
            kind = None
            if after < len(words):
                if words[after] == POSSESSIVE:
                    kind = "của"
                elif tuple(words[after:after + 1]) in FOLLOWERS or tuple(words[after:after + 2]) in FOLLOWERS:
                    kind = "demonstrative"
                elif cue_at(words, after) is not None:
                    kind = "cue"
            if kind:
                kinds.setdefault(cue, Counter())[kind] += 1
            i = after
    ranked = sorted(kinds, key=lambda c: -sum(kinds[c].values()))
    for cue in ranked:
        noun = sum(kinds[cue].values())
        if noun < minimum:
            continue
        detail = " ".join(f"{k}={n}" for k, n in kinds[cue].most_common())
        print(f"{spelled[cue]}\t{uses[cue]}\t{noun}\t{noun / uses[cue]:.2f}\t{quantified[cue]}\t{detail}")


if __name__ == "__main__":
    main(sys.argv[1:])
