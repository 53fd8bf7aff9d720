"""Words of market and business news that world news does not use: a quote that holds one
speaks of a market, a price or a company's trade, and a speaker of no side who says it is
no side of a relation between states (issue 14, item 5; ANNOTATION.md, Stance: a market
forecast is neutral whatever its words).

Counts, for every word and pair of words of the silver corpus, the articles under a
business URL (`kinh-doanh`, `kinh-te`, `thi-truong`, `tai-chinh`, `chung-khoan`,
`bat-dong-san`, `gia-vang`, `ty-gia`, cafef, vietnambiz) and the articles under a
world-news URL (`the-gioi`, `quoc-te`, `world`) that hold it. Prints the phrases in at least
--min-count business articles, with both counts and the share of business among the two
(add-one smoothed, each count over its group's articles), highest first. A person reads them
and keeps only phrases whose every sense is a market's (`nhà đầu tư` yes; `thương mại`,
`thuế quan`, `xuất khẩu` no: they are matters between states too).

Usage (from the repository root):
  python3 scripts/mine/market_words.py --min-count 15 > /tmp/market-words.tsv
"""

from __future__ import annotations

import re

from sport_words import main_for

BUSINESS_URL = re.compile(r"kinh-?doanh|kinh-?te|thi-?truong|tai-?chinh|chung-?khoan|bat-?dong-?san|gia-?vang|ty-?gia|cafef|vietnambiz")

if __name__ == "__main__":
    main_for(BUSINESS_URL, "business", 15, __doc__.split("\n")[0])
