"""Which side of a line a figure is on, told the other way: net buying as net selling ('foreign
investors bought a net ₹1,142 crore' where the paragraph says they sold a net ₹1,142 crore;
'外资买超统一8,642张，卖超统一超2,318张' against 'net bought 2,318 lots of President Chain Store'), a
profit as a loss ('swung to an operating loss of 38.4 billion won' where it posted an operating
profit of 38.4 billion won).

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


def side_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim's net buying or selling, or profit or loss, that the cited paragraphs
    tell the other way."""
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    out = _result_problems(facts, cited, idx)
    if not _INVESTORS.search(facts.text) or not _WAY.search(facts.text):
        return out
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


# A result's side, written right before its figure: 'an operating loss of', '亏损', 'net profit of'.
_LOSS = re.compile(r"\blosse?s?\b(?:\s(?:of|at|was|were|came to|totall?ing|widened to|narrowed to))?\s(?:about\s)?$|"
                   r"亏损(?:额)?(?:为|达|约)?\s?$|净亏\s?$", re.IGNORECASE)
_PROFIT = re.compile(r"\b(?:profits?|income|earnings)\b(?:\s(?:of|at|was|were|came to|totall?ing))?\s(?:about\s)?$|"
                     r"(?:利润|净利|盈利|纯益|获利)(?:为|达|约)?\s?$", re.IGNORECASE)


def _result_side(text: str, start: int) -> str | None:
    window = text[max(0, start - 40):start]
    if _LOSS.search(window):
        return "loss"
    if _PROFIT.search(window):
        return "profit"
    return None


def _result_problems(facts: TextFacts, cited: list[int], idx) -> list[str]:
    """A claim's loss that the cited paragraphs give as a profit of that figure, or the reverse."""
    out: list[str] = []
    for fig in facts.figures:
        if fig.q.kind != "amount":
            continue
        claimed = _result_side(facts.text, fig.q.start)
        if claimed is None:
            continue
        told = [(n, _result_side(idx.paragraphs[n - 1].text, f.q.start)) for n in cited
                for f in idx.paragraphs[n - 1].facts.figures if matches(fig.q, idx.story_quantity(f.q))]
        if told and all(side is not None and side != claimed for _, side in told):
            out.append(f"'{fig.q.text}' is a {told[0][1]} in [{told[0][0]}], not a {claimed}")
    return out


__all__ = ["side_problems"]
