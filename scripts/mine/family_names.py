#!/usr/bin/env python3
"""Mine the candidates for lexicons/family_names.tsv: the first syllables of Vietnamese names.

A Vietnamese personal name is written family name first (`Nguyễn Văn Thắng`). In news it
mostly follows an honorific (`ông`, `bà`, `anh`, `chị`), a title of lexicons/titles.tsv
(`Thủ tướng Phạm Minh Chính`) or a role noun (`HLV`, `tiền đạo`, `ca sĩ`, `bị cáo`). This script takes every capitalised run of 2–4 syllables
(each shaped like a Vietnamese syllable, run ended by a word that is not capitalised or by
punctuation) that stands right after an honorific or a title, and counts its first
syllable: how many distinct names start with it, how often, and how often the same
syllable stands inside such a name instead (a given name such as `Anh` or `Minh`).

The candidates are then READ by a person: only real family names go into
lexicons/family_names.tsv (a syllable that starts runs because it starts a body's name,
`Sở Y tế`, or a place, `Hà Nội`, is not one). Prints the candidates, one per line:

  syllable  names  mentions  inside  inside_share  coverage

Usage (from the repository root; Python 3 standard library only):
  python3 scripts/mine/family_names.py [--corpus ../shared/silver/news.jsonl] [--min-names 3]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

import silver

HONORIFICS = {"ông", "bà", "anh", "chị", "cô", "em", "cụ", "bác", "chú", "thầy"}
# Role nouns that news puts before a full name, besides the titles of titles.tsv (sports,
# arts and professions, where most Vietnamese names of this corpus stand).
ROLES = {"hlv", "huấn luyện viên", "cầu thủ", "tuyển thủ", "tiền đạo", "tiền vệ", "hậu vệ",
         "trung vệ", "thủ môn", "thủ quân", "đội trưởng", "vận động viên", "võ sĩ", "tay vợt",
         "ca sĩ", "nhạc sĩ", "nghệ sĩ", "diễn viên", "đạo diễn", "người mẫu", "hoa hậu",
         "á hậu", "nhà văn", "nhà thơ", "họa sĩ", "bác sĩ", "luật sư", "kỹ sư", "giáo viên",
         "học sinh", "sinh viên", "chủ tịch", "giám đốc", "trọng tài", "doanh nhân", "tác giả",
         "phóng viên", "nhà báo", "bị cáo", "bị can", "đối tượng", "nạn nhân", "người dân"}


def titles() -> set[tuple[str, ...]]:
    """The office and expert titles of lexicons/titles.tsv and the ROLES, as folded word tuples."""
    return silver.lexicon("titles.tsv", {"office", "expert"}) | \
        {tuple(silver.fold(w) for w in role.split()) for role in ROLES}


def name_runs(line_tokens: list[silver.Token]) -> list[tuple[int, int]]:
    """(start, end) of every maximal run of capitalised words."""
    runs, i = [], 0
    while i < len(line_tokens):
        if line_tokens[i].kind == "word" and silver.is_capitalised(line_tokens[i].text):
            j = i
            while j < len(line_tokens) and line_tokens[j].kind == "word" and silver.is_capitalised(line_tokens[j].text):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def introduced(line_tokens: list[silver.Token], start: int, title_set: set[tuple[str, ...]]) -> bool:
    """Whether an honorific (lower case, or capitalised at a sentence start) or a title ends at start."""
    if start == 0:
        return False
    before = line_tokens[start - 1]
    if before.kind == "word" and silver.fold(before.text) in HONORIFICS:
        if before.text == before.text.lower() or before.start:
            return True
    words = []
    for token in reversed(line_tokens[max(0, start - 5):start]):
        if token.kind != "word":
            break
        words.insert(0, silver.fold(token.text))
        if tuple(words) in title_set:
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=silver.DEFAULT_CORPUS)
    parser.add_argument("--min-names", type=int, default=3)
    args = parser.parse_args()

    title_set = titles()
    names: dict[str, set[str]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = defaultdict(Counter)
    for text in silver.articles(args.corpus):
        for line in silver.lines(text):
            line_tokens = silver.tokens(line)
            for start, end in name_runs(line_tokens):
                run = [t.text for t in line_tokens[start:end]]
                if not 2 <= len(run) <= 4 or not all(silver.is_vietnamese_syllable(w) for w in run):
                    continue
                if not introduced(line_tokens, start, title_set):
                    continue
                first = silver.fold(run[0])
                names[first].add(" ".join(silver.fold(w) for w in run))
                mentions[first] += 1
                spelling[first][run[0]] += 1
                for word in run[1:]:
                    inside[silver.fold(word)] += 1

    total = sum(len(v) for v in names.values())
    print("syllable\tnames\tmentions\tinside\tinside_share\tcoverage")
    covered = 0
    for key in sorted(names, key=lambda k: (-len(names[k]), k)):
        if len(names[key]) < args.min_names:
            break
        covered += len(names[key])
        share = inside[key] / (inside[key] + mentions[key])
        print(f"{spelling[key].most_common(1)[0][0]}\t{len(names[key])}\t{mentions[key]}\t"
              f"{inside[key]}\t{share:.3f}\t{covered / total:.3f}")


if __name__ == "__main__":
    main()
