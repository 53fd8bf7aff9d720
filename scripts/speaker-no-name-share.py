#!/usr/bin/env python3
"""The share of quotes whose speaker is no name (issue 14: at most 1 % on the silver corpus).

Usage:
  .build/release/vietquote extract --input-format jsonl --jobs 2 --quiet \
      < ../shared/silver/news.jsonl | python3 scripts/speaker-no-name-share.py [--examples N]

How it decides, per quote (speaker name N, kind K), from the lexicons only:
  - empty name: counted apart as "no speaker" (the program names none; not a wrong name);
  - a pronoun or kinship word alone (function_words.tsv classes pronoun, first_person,
    honorific, anaphor_*; speaker_pronouns.tsv when present): NO NAME, whatever its kind;
  - kind source or media: an unnamed source or a medium, a name of its kind: fine;
  - a pronoun with `này`/`ấy`: NO NAME;
  - N is one word right after a pronoun, honorific or title in its mention (`ông Thắng`,
    `Chủ tịch Thắng`): a given name, fine;
  - N is one word and a common word (common_words.tsv, cap_share <= 0.1): NO NAME
    (`Đáng`, `Điều`, `Mời`, `Xin`); a description of several words (`Nhiều người`,
    `Nữ diễn viên`) counts as an unnamed source, whatever its kind;
  - N is one capitalised word and it is a non-final word of a body or title phrase of the
    lexicons (organizations.tsv, titles.tsv, body_heads.tsv when present) or a row of
    common_words.tsv with cap_share <= 0.5 (`Bộ`, `Ủy`, `Kiểm`, `Công`, `Trung`): NO NAME;
  - kind country whose name is a pronoun or a common word while its mention is that one word
    alone (`Anh` the pronoun read as the country): NO NAME.
Everything else counts as a name. The script prints the share, the most frequent no-name
speakers, and (with --examples) some of them with their cue.
"""
import collections, json, os, sys, unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicons")

def key(word):
    return unicodedata.normalize("NFC", word).lower()

def rows(name):
    path = os.path.join(ROOT, name)
    if not os.path.exists(path):
        return []
    out, header = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        out.append(dict(zip(header, cells)))
    return out

PRONOUN_CLASSES = {"pronoun", "first_person", "honorific", "anaphor_person", "anaphor_country",
                   "anaphor_organization", "anaphor_source"}
pronouns = {key(r.get("phrase") or r.get("word") or "") for r in rows("function_words.tsv")
            if r.get("class") in PRONOUN_CLASSES}
pronouns |= {key(r.get("word") or r.get("phrase") or "") for r in rows("speaker_pronouns.tsv")}
common = {}
for r in rows("common_words.tsv"):
    common[key(r["word"])] = float(r["cap_share"])
inner = set()
for name, column in (("organizations.tsv", "phrase"), ("titles.tsv", "title"), ("body_heads.tsv", "head")):
    for r in rows(name):
        words = key(r.get(column, "")).split()
        inner |= set(words[:-1])

titles = {key(r.get("title", "")) for r in rows("titles.tsv")}

def given_name(name, mention):
    """Whether the one-word name stands right after a pronoun, honorific or title of
    titles.tsv in its mention (`ông Thắng`, `cô Lý`, `Chủ tịch Thắng`): a given name,
    whatever else the word means."""
    words = mention.split()
    for i, w in enumerate(words):
        if w != name or i == 0:
            continue
        if key(words[i - 1]) in pronouns or any(" ".join(key(x) for x in words[j:i]) in titles for j in range(max(0, i - 4), i)):
            return True
    return False

def no_name(speaker):
    name, kind, mention = speaker["name"].strip(), speaker["kind"], speaker["mention"].strip()
    if not name:
        return "none"
    words = [key(w) for w in name.split()]
    # A pronoun alone is no name whatever its kind (an unresolved `anh` of kind source too).
    if " ".join(words) in pronouns:
        return "pronoun"
    if kind in ("source", "media"):
        return None
    if len(words) == 2 and words[1] in ("này", "ấy"):
        return "pronoun"
    if len(words) == 1 and given_name(name, mention):
        return None
    if len(words) == 1 and common.get(words[0], 1.0) <= 0.1:
        return "common word"
    if len(words) == 1 and name[:1].isupper():
        if kind == "country":
            if key(mention) == words[0] and (words[0] in pronouns or common.get(words[0], 1.0) <= 0.5):
                return "pronoun read as a country"
            return None
        if words[0] in inner or common.get(words[0], 1.0) <= 0.5:
            return "syllable of a body or common word"
    return None

def main():
    examples = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 0
    total, empty = 0, 0
    bad = collections.Counter()
    reasons = collections.Counter()
    shown = []
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        for quote in json.loads(line).get("quotes", []):
            total += 1
            reason = no_name(quote["speaker"])
            if reason == "none":
                empty += 1
            elif reason:
                reasons[reason] += 1
                bad[quote["speaker"]["name"]] += 1
                if len(shown) < examples:
                    shown.append((quote["speaker"]["name"], quote["speaker"]["mention"], quote.get("cue"), reason))
    count = sum(bad.values())
    print(f"quotes: {total}")
    print(f"speaker that is no name: {count} ({100 * count / max(total, 1):.2f} %)")
    print(f"no speaker (empty name): {empty} ({100 * empty / max(total, 1):.2f} %)")
    for reason, n in reasons.most_common():
        print(f"  {reason}: {n}")
    print("most frequent:", ", ".join(f"{n} {c}" for n, c in bad.most_common(25)))
    for row in shown:
        print("  ", row)

main()
