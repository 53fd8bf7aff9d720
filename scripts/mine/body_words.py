"""Mine the two-syllable words of body names: lexicons/body_words.tsv.

Vietnamese writes a proper name by capitalising the first syllable of each word
(`Trung tâm Dự báo Khí tượng Thủy văn Quốc gia`, `Viện Kiểm sát`, `Bộ Quốc phòng`), so a
capitalised syllable followed by a lower-case one inside a body's name is one word of that
name (`Khí tượng`, `Quân sự`, `Dân sự`). News often writes the same words of a body in lower
case (`Trung tâm Dự báo khí tượng thủy văn quốc gia`, `Tổng cục THA dân sự`); the words
counted here let the body-name grammar (Sources/VietQuote/Speakers/Titles/BodyNames.swift)
read them as part of the name, where other lower-case words end it.

What is counted: in running text (not a headline or menu line), after a head of
lexicons/body_heads.tsv written capitalised, the capitalised words of the name up to the
first word that is neither capitalised nor the lower-case second syllable of the capitalised
word before it; each pair (capitalised syllable, lower-case syllable) inside the name, both
Vietnamese syllables, counts once per article. A pair is kept when it stands in body names in
at least --min-articles articles (default 5), the corpus also writes it wholly in lower case at
least --min-lower times (default 10: a word, not the last syllable of a place name and the word
after it, `Hà Nội và`), and its second syllable is no function word (`đã`, `có`, `và`) but
those of --keep (default `sự`: the nominaliser is also the second syllable of `quân sự`, `dân
sự`, `hình sự`). A lower-case syllable that starts a cue of lexicons/cues.tsv there is not
counted (`thương cho` of `Công Thương cho biết`: the name ends before the verb that reports it).
Left out as well: a pair whose two syllables start a cue, and a row of lexicons/titles.tsv or lexicons/body_heads.tsv (`chủ
tịch`, `công ty`: a title or a body's head, not a word inside a name).

A side's one syllable (a one-word row of lexicons/actors.tsv: `Pháp`, `Mỹ`, `Anh`) that, with the
lower-case syllable after it, is a word the corpus writes wholly in lower case at least
--min-side-lower times (default 100: `pháp lý`, `anh hùng`, `ý kiến`) is also kept, whether or
not a body name in the corpus holds it: inside a name (`Trung tâm Nghiên cứu
Quân sự và Pháp lý`, `Trung tâm Trợ giúp Pháp lý`) it is that word, not the name's side.
A side's syllable that news never writes alone in lower case (no row of
lexicons/common_words.tsv: `mỹ`, `đức`, `việt`) is in lower case only inside a word, so a lower
count is enough: --min-bound-side-lower (default 40: `mỹ nhân` 69, `mỹ phẩm` 43; lower, the
counts hold syllables of two words, `đạo đức chính sách` → `đức chính` 17, which `Đức chính thức`
would take for a word). A mention that
opens with such a word (`Mỹ nhân sinh năm 1991 nói`, the beauty) names no country
(Sources/VietQuote/Speakers/Mentions/SideStartsWord.swift).

Run from the repository root:
  python3 scripts/mine/body_words.py > lexicons/body_words.tsv
"""

from __future__ import annotations

import argparse
import collections
import json
import sys

import silver


def heads() -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = collections.defaultdict(list)
    for head in sorted(silver.lexicon("body_heads.tsv"), key=len, reverse=True):
        table[head[0]].append(head)
    return table


def head_at(toks: list[silver.Token], i: int, table: dict[str, list[tuple[str, ...]]]) -> int:
    for head in table.get(silver.fold(toks[i].text), []):
        n = len(head)
        if i + n <= len(toks) and all(toks[i + k].kind == "word" for k in range(n)) \
                and tuple(silver.fold(toks[i + k].text) for k in range(n)) == head:
            return n
    return 0


def cue_at(toks: list[silver.Token], i: int, cues: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether a phrase of cues.tsv starts at i."""
    for cue in cues.get(silver.fold(toks[i].text), []):
        n = len(cue)
        if i + n <= len(toks) and all(toks[i + k].kind == "word" and silver.fold(toks[i + k].text) == cue[k] for k in range(n)):
            return True
    return False


def count(path: str, sides: set[str]):
    table = heads()
    cues: dict[str, list[tuple[str, ...]]] = collections.defaultdict(list)
    for cue in silver.lexicon("cues.tsv"):
        cues[cue[0]].append(cue)
    in_names: dict[tuple[str, str], set[int]] = collections.defaultdict(set)
    capital, lower = collections.Counter(), collections.Counter()
    spelling: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for number, text in enumerate(silver.articles(path)):
        for line in silver.lines(text):
            toks = silver.tokens(line)
            if silver.shouting(toks):
                continue
            for i in range(len(toks) - 1):
                a, b = toks[i], toks[i + 1]
                if a.kind == "word" and b.kind == "word" and not silver.is_capitalised(b.text) and b.text.islower():
                    pair = (silver.fold(a.text), silver.fold(b.text))
                    if a.start:
                        continue
                    if silver.is_capitalised(a.text):
                        capital[pair] += 1
                    elif a.text.islower():
                        lower[pair] += 1
                        if pair[0] in sides:
                            spelling[pair][a.text + " " + b.text] += 1
            i = 0
            while i < len(toks):
                n = head_at(toks, i, table) if toks[i].kind == "word" and silver.is_capitalised(toks[i].text) else 0
                if not n:
                    i += 1
                    continue
                j = i + n
                while j < len(toks) and toks[j].kind == "word" and silver.is_capitalised(toks[j].text):
                    nxt = toks[j + 1] if j + 1 < len(toks) else None
                    if nxt is not None and nxt.kind == "word" and nxt.text.islower() and not cue_at(toks, j + 1, cues) \
                            and silver.is_vietnamese_syllable(silver.fold(toks[j].text)) \
                            and silver.is_vietnamese_syllable(silver.fold(nxt.text)):
                        pair = (silver.fold(toks[j].text), silver.fold(nxt.text))
                        in_names[pair].add(number)
                        spelling[pair][toks[j].text + " " + nxt.text] += 1
                        j += 2
                    else:
                        j += 1
                i = j
    articles = collections.Counter({pair: len(docs) for pair, docs in in_names.items()})
    return articles, capital, lower, spelling


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--min-articles", type=int, default=5)
    parser.add_argument("--min-lower", type=int, default=10)
    parser.add_argument("--min-side-lower", type=int, default=100)
    parser.add_argument("--min-bound-side-lower", type=int, default=40,
                        help="the same for a side's syllable that is no row of common_words.tsv (`mỹ`, `đức`)")
    parser.add_argument("--keep", nargs="*", default=["sự"],
                        help="function words kept as a second syllable (`sự` of `quân sự`, `dân sự`)")
    args = parser.parse_args()
    function_words = {w[0] for w in silver.lexicon("function_words.tsv") if len(w) == 1}
    sides = {w[0] for w in silver.lexicon("actors.tsv") if len(w) == 1}
    articles, capital, lower, spelling = count(args.corpus, sides)
    stops = function_words - {silver.fold(w) for w in args.keep}
    cues = silver.lexicon("cues.tsv")
    heads_and_titles = {t for t in silver.lexicon("titles.tsv") | silver.lexicon("body_heads.tsv") if len(t) == 2}
    refused = {cue[:2] for cue in cues if len(cue) >= 2} | heads_and_titles
    rows = []
    for pair, n in articles.items():
        if pair in refused:
            continue
        if n >= args.min_articles and lower[pair] >= args.min_lower and pair[1] not in stops:
            word = spelling[pair].most_common(1)[0][0].lower()
            rows.append((word, n, capital[pair], lower[pair]))
    kept = {silver.fold(r[0]) for r in rows}
    common = {w[0] for w in silver.lexicon("common_words.tsv") if len(w) == 1}
    for pair, n in lower.items():
        least = args.min_side_lower if pair[0] in common else args.min_bound_side_lower
        if pair[0] in sides and n >= least and pair[1] not in stops and " ".join(pair) not in kept \
                and pair not in refused:
            rows.append((spelling[pair].most_common(1)[0][0].lower(), articles.get(pair, 0), capital[pair], n))
    rows.sort(key=lambda r: (-r[1], r[0]))
    print(f"""# body_words.tsv: two-syllable words of body names (`Khí tượng`, `Quân sự`, `Dân sự`), which
# news also writes in lower case inside a body's name (`Trung tâm Dự báo khí tượng thủy văn
# quốc gia`, `Tổng cục THA dân sự`): the body-name grammar reads such a lower-case word as part
# of the name (Speakers/Titles/BodyNames.swift); other lower-case words end it.
#
# Made by scripts/mine/body_words.py from ../shared/silver/news.jsonl; rebuild with
#   python3 scripts/mine/body_words.py > lexicons/body_words.tsv
# Do not edit by hand: change the script or its thresholds and rebuild.
#
# Counted: after a head of body_heads.tsv written capitalised, in running text, each pair of
# a capitalised syllable and the lower-case syllable after it inside the name (the way
# Vietnamese capitalises a proper name's words: `Kiểm sát`, `Khí tượng`). Kept: pairs in
# body names of >= {args.min_articles} articles, written wholly in lower case >= {args.min_lower} times
# elsewhere (a word, not `Hà Nội và`), whose second syllable is no function word but `sự`,
# which start no cue of cues.tsv and are no row of titles.tsv or body_heads.tsv (`chủ tịch`,
# `công ty`). A lower-case syllable that starts a cue is not counted inside a name (`thương
# cho` of `Công Thương cho biết`).
# Also kept: a side's one syllable of actors.tsv and the lower-case syllable after it, written
# wholly in lower case >= {args.min_side_lower} times (`pháp lý`, `anh hùng`, `ý kiến`): inside a
# name it is that word, not the name's side (`Trung tâm Nghiên cứu Quân sự và Pháp lý`); a
# side's syllable news never writes alone in lower case (no row of common_words.tsv: `mỹ`,
# `đức`) >= {args.min_bound_side_lower} times (`mỹ nhân`, `mỹ phẩm`): a mention that opens with it
# names no country (Speakers/Mentions/SideStartsWord.swift).
#
# Columns (tab-separated):
#   word      the word, lower case, two syllables
#   articles  silver articles with the word inside a body's name
#   capital   occurrences written `Xx yy`, not at a sentence start
#   lower     occurrences written `xx yy`, not at a sentence start
#
# {len(rows)} rows, most articles first.
word\tarticles\tcapital\tlower""")
    for word, n, cap, low in rows:
        print(f"{word}\t{n}\t{cap}\t{low}")


if __name__ == "__main__":
    main()
