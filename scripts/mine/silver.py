"""Reading the silver corpus for the mining scripts (Python 3 standard library only).

The silver corpus is ../shared/silver/news.jsonl: one JSON object per line with the
fields id, date, url, text (crawled news pages in Markdown). It is never copied into
the repository; the scripts read it where it is and write only counts.

What this module gives the scripts:
  articles(path)        the text of every article
  lines(text)           the article's lines, with Markdown links, images and URLs cleaned
  corpus_lines(path)    (line, tokens) for every line of every article
  tokens(line)          the line's tokens: Token(text, kind, start) where kind is
                        "word" (a run of letters, hyphens inside kept: Tae-yul),
                        "number" or "punct" (one character), and `start` tells
                        whether a word stands at a sentence, line or quote start
  fold(word)            the matching key: lower case, NFC, tone placement folded
                        (hoà = hòa, thuỷ = thủy), as the lexicon loaders match
  is_capitalised(word)  first letter upper case, the rest not all upper case
  is_vietnamese_syllable(word)  the word has the shape of one Vietnamese syllable
  shouting(line_tokens) a line mostly in capitals or in Title Case (headlines, menus,
                        name lists): its case says nothing about the words
  lexicon(name, classes)  the first column of lexicons/NAME as folded word tuples
  family_names()        the folded family names of lexicons/family_names.tsv
  person_at(toks, i, families)  whether a Vietnamese personal name starts at token i
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from typing import Iterator, NamedTuple

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CORPUS = os.path.normpath(os.path.join(REPO, "..", "shared", "silver", "news.jsonl"))

# Characters after which the next word starts a sentence, a quote or a list item:
# its capital letter is the writer's convention, not the word's.
START_PUNCT = set('.!?:;"“”\'‘’«»([{–—-…*|#>•+=/')

# A Vietnamese syllable: optional onset, a vowel nucleus, optional coda.
_VOWELS = "aăâeêioôơuưy"
_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
_SYLLABLE = re.compile(
    "^(?:" + "|".join(o for o in _ONSETS if o) + ")?"
    + "[" + _VOWELS + "]{1,3}"
    + "(?:ch|nh|ng|c|m|n|p|t|i|y|o|u)?$"
)

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"https?://\S+|www\.\S+")
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)*|\S")

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


class Token(NamedTuple):
    text: str
    kind: str  # "word", "number", "punct"
    start: bool  # a word at a sentence, line or quote start
    offset: int = 0  # where the token starts in its line


def around(line: str, offset: int, width: int = 90) -> str:
    """The part of the line around offset, for an example column."""
    left = max(0, offset - width)
    text = line[left:offset + width].replace("\t", " ")
    return ("…" if left else "") + text + ("…" if offset + width < len(line) else "")


def articles(path: str = DEFAULT_CORPUS) -> Iterator[str]:
    with open(path, encoding="utf-8") as handle:
        for row in handle:
            row = row.strip()
            if row:
                yield unicodedata.normalize("NFC", json.loads(row)["text"])


def corpus_lines(path: str = DEFAULT_CORPUS) -> Iterator[tuple[str, list["Token"]]]:
    """Every cleaned line of every article, with its tokens."""
    for text in articles(path):
        for line in lines(text):
            yield line, tokens(line)


def lines(text: str) -> Iterator[str]:
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("!["):
            continue  # image alt text repeats the headline
        stripped = _LINK.sub(lambda m: m.group(1), stripped)
        stripped = _URL.sub(" ", stripped)
        if stripped.strip():
            yield stripped


def tokens(line: str) -> list[Token]:
    out: list[Token] = []
    previous: str | None = None  # text of the previous token, None at the line start
    for match in _TOKEN.finditer(line):
        text = match.group(0)
        if text[0].isdigit():
            kind = "number"
        elif text[0].isalpha():
            kind = "word"
        else:
            kind = "punct"
        start = kind == "word" and (previous is None or previous in START_PUNCT)
        out.append(Token(text, kind, start, match.start()))
        previous = text
    return out


def fold(word: str) -> str:
    """Lower case, tone mark moved onto the syllable's end: hoà and hòa give one key."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tone = "".join(c for c in decomposed if c in _TONES)
    base = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", base) + tone


def is_capitalised(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or not word[1:].isupper()) and word[1:] == word[1:].lower()


def is_vietnamese_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return bool(_SYLLABLE.match(base))


def shouting(line_tokens: list[Token]) -> bool:
    words = [t.text for t in line_tokens if t.kind == "word"]
    if len(words) < 3:
        return False
    upper = sum(1 for w in words if len(w) > 1 and w.isupper())
    capital = sum(1 for w in words if w[0].isupper())
    return upper * 2 >= len(words) or capital * 10 >= len(words) * 7


def lexicon_rows(name: str) -> list[list[str]]:
    """The rows of lexicons/NAME (comments, blank lines and the header row left out)."""
    path = os.path.join(REPO, "lexicons", name)
    with open(path, encoding="utf-8") as handle:
        rows = [r.rstrip("\n").split("\t") for r in handle if r.strip() and not r.startswith("#")]
    return rows[1:]


def lexicon(name: str, classes: set[str] | None = None) -> set[tuple[str, ...]]:
    """Folded word tuples of the first column of lexicons/NAME (rows of `classes` only)."""
    return {tuple(fold(w) for w in row[0].split())
            for row in lexicon_rows(name) if classes is None or (len(row) > 1 and row[1] in classes)}


def family_names() -> set[str]:
    return {fold(row[0]) for row in lexicon_rows("family_names.tsv")}


def person_at(toks: list[Token], i: int, families: set[str]) -> bool:
    """Whether a Vietnamese personal name (family name + 1–3 capitalised syllables) starts at i."""
    if i >= len(toks) or toks[i].kind != "word" or fold(toks[i].text) not in families:
        return False
    j = i
    while j < len(toks) and toks[j].kind == "word" and is_capitalised(toks[j].text):
        j += 1
    return 2 <= j - i <= 4 and all(is_vietnamese_syllable(t.text) for t in toks[i:j])


def longest_matches(folded: list[str], phrases: set[tuple[str, ...]], longest: int) -> Iterator[tuple[int, int]]:
    """(start, length) of the longest phrase of `phrases` at each place of the folded tokens,
    read left to right; a match is skipped over whole (as the Swift cue matcher reads)."""
    i = 0
    while i < len(folded):
        k = next((k for k in range(min(longest, len(folded) - i), 0, -1) if tuple(folded[i:i + k]) in phrases), 0)
        if k:
            yield i, k
        i += k or 1
