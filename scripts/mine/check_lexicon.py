#!/usr/bin/env python3
"""Check that lexicon files are well-formed the way Sources/VietQuote/Lexicon reads them:
comment lines start with `#`, blank lines are skipped, the first other line names the
columns, every row has exactly that many tab-separated fields, no field is empty, and no
first-column key repeats (compared case-insensitively, tone placement folded).

Usage: python3 scripts/mine/check_lexicon.py lexicons/common_words.tsv [...]
"""

import sys

import silver


def check(path: str) -> list[str]:
    problems, header, seen = [], None, {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            if len(fields) != len(header):
                problems.append(f"{path}:{number}: {len(fields)} fields, the header has {len(header)}")
            if any(not f.strip() for f in fields):
                problems.append(f"{path}:{number}: an empty field")
            key = silver.fold(fields[0])
            if key in seen:
                problems.append(f"{path}:{number}: '{fields[0]}' repeats line {seen[key]}")
            seen.setdefault(key, number)
    if header is None:
        problems.append(f"{path}: no header row")
    return problems


if __name__ == "__main__":
    found = [p for path in sys.argv[1:] for p in check(path)]
    print("\n".join(found) if found else f"{len(sys.argv) - 1} file(s) well-formed")
    sys.exit(1 if found else 0)
