#!/usr/bin/env python3
"""Checks `vietquote trend` against `vietquote extract` on the same records.

Usage: scripts/check-trend.py EXTRACT.jsonl TREND.csv [day|week|month|year]

From the extract records it recomputes, per period and side, what the trend must say:
the articles whose `stance.sides` hold the side, the sum of the side's `count`, the
count-weighted mean of its `score`, and the labels of its quotes (a quote counts for its
speaker's affiliation, else each of its `sides`). Every row of TREND.csv must agree (score
to the 3 decimals printed) and, when TREND.csv was made with every side (--top large),
every recomputed row must be in it. Prints the counts and the first disagreements.
"""
import csv, datetime, json, sys
from collections import defaultdict

def period(date, by):
    d = datetime.date.fromisoformat(date[:10])
    if by == "day": return d.isoformat()
    if by == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if by == "year": return f"{d.year:04d}"
    return f"{d.year:04d}-{d.month:02d}"

extract_path, trend_path = sys.argv[1], sys.argv[2]
by = sys.argv[3] if len(sys.argv) > 3 else "month"
want = defaultdict(lambda: {"articles": 0, "quotes": 0, "sum": 0.0, "normalization": 0, "confrontation": 0, "neutral": 0})
undated = 0
for line in open(extract_path, encoding="utf-8"):
    record = json.loads(line)
    if record.get("error"): continue
    if not record.get("date"):
        undated += 1
        continue
    p = period(record["date"], by)
    sides = (record.get("stance") or {}).get("sides", [])
    for side in sides:
        cell = want[(p, side["name"])]
        cell["articles"] += 1
        cell["quotes"] += side["count"]
        cell["sum"] += side["score"] * side["count"]
    names = {side["name"] for side in sides}
    for quote in record["quotes"]:
        stance = quote.get("stance")
        if not stance: continue
        speaker = quote["speaker"]
        groups = [speaker["affiliation"]] if speaker.get("affiliation") else speaker.get("sides") or []
        for g in groups:
            if g in names:
                label = stance["label"] if stance["label"] in ("normalization", "confrontation") else "neutral"
                want[(p, g)][label] += 1

rows = list(csv.DictReader(open(trend_path, encoding="utf-8", newline="")))
bad = []
for row in rows:
    cell = want.get((row["period"], row["side"]))
    if cell is None:
        bad.append(("not in extract", row)); continue
    expected = {
        "articles": str(cell["articles"]), "quotes": str(cell["quotes"]),
        "score": f"{cell['sum'] / cell['quotes']:.3f}".replace("-0.000", "0.000"),
        "normalization": str(cell["normalization"]), "confrontation": str(cell["confrontation"]), "neutral": str(cell["neutral"]),
    }
    for key, value in expected.items():
        if row[key] != value:
            bad.append((key, row, value)); break
seen = {(row["period"], row["side"]) for row in rows}
missing = [key for key, cell in want.items() if cell["quotes"] > 0 and key not in seen]
print(f"{len(rows)} trend rows checked against {len(want)} (period, side) cells recomputed from extract "
      f"({undated} undated records): {len(rows) - len(bad)} agree, {len(bad)} disagree; "
      f"{len(missing)} recomputed cells not in the trend output (expected 0 only with every side shown)")
for entry in bad[:10]: print("  ", entry)
sys.exit(1 if bad else 0)
