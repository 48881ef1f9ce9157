"""Net buying told as net selling: 'foreign investors bought a net ₹1,142 crore' where the paragraph
says they sold a net ₹1,142 crore; '外资买超统一8,642张，卖超统一超2,318张' against 'net bought 2,318 lots
of President Chain Store'.

A figure's way is the buying or selling word written nearest before it (in the claim's clause; in
the paragraph within a few characters, so that 卖超统一超 is 2,318's and 买超统一 8,642's). Only
claims about investors' flows are read so ('selling prices' are prices), and a claim is
contradicted only when every cited figure with its value goes the other way.
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.quantities import matches

_BUY = r"\bnet\s(?:bought|buying|purchases?|inflows?|buyers?)\b|\bbought\s(?:a\snet|net)\b|\bnet-bought\b|买超|净买入|净买|净流入|净增持"
_SELL = r"\bnet\s(?:sold|selling|sales|outflows?|sellers?)\b|\bsold\s(?:a\snet|net)\b|\bnet-sold\b|卖超|净卖出|净卖|净流出|净减持"
_WAY = re.compile(rf"(?P<buy>{_BUY})|(?P<sell>{_SELL})", re.IGNORECASE)
_INVESTORS = re.compile(r"\b(?:investors?|funds?|institutions?|foreigners?|traders?)\b|外资|投信|自营商|北向|南向|主力|机构",
                        re.IGNORECASE)
_LEVELS = ("amount", "number", "figure")


def _way(text: str, start: int, reach: int) -> str | None:
    found = list(_WAY.finditer(text, max(0, start - reach), start))
    if not found:
        return None
    return "buy" if found[-1].group("buy") else "sell"


def flow_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim's net buying or selling that the cited paragraphs tell the other way."""
    if not _INVESTORS.search(facts.text) or not _WAY.search(facts.text):
        return []
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    out: list[str] = []
    for fig in facts.figures:
        if fig.q.kind not in _LEVELS:
            continue
        claimed = _way(facts.text, fig.q.start, 48)
        if claimed is None:
            continue
        told = [(n, _way(idx.paragraphs[n - 1].text, f.q.start, 16)) for n in cited
                for f in idx.paragraphs[n - 1].facts.figures if matches(fig.q, idx.story_quantity(f.q))]
        if told and all(way is not None and way != claimed for _, way in told):
            n = told[0][0]
            said, other = ("selling", "buying") if claimed == "buy" else ("buying", "selling")
            out.append(f"'{fig.q.text}' is net {said} in [{n}], not net {other}")
    return out


__all__ = ["flow_problems"]
