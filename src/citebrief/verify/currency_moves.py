"""Which way a currency moved: 'The New Taiwan dollar averaged 32.15 to the US dollar in November, 0.9%
stronger than in October' where the paragraph says 較10月貶值0.9%. A rate quoted per dollar rises as the
currency weakens, so the general up/down reading cannot tell; the words of strength can. A claim is
contradicted when every cited figure with its value is told the other way (升值/貶值, 'stronger'/'weaker').
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts

_CLAIM_WAY = re.compile(r"(?P<q>\d[\d.]*\s?%)\s(?:(?P<up>stronger|firmer)|(?P<down>weaker|softer))\b|"
                        r"\b(?:(?P<up2>appreciated|strengthened|firmed|gained)|(?P<down2>depreciated|weakened|softened))\s"
                        r"(?:by\s)?(?:about\s|some\s)?(?P<q2>\d[\d.]*\s?%)", re.IGNORECASE)
_CURRENCY_CLAIM = re.compile(r"\b(?:dollar|yuan|renminbi|yen|won|rupee|ringgit|baht|peso|rupiah|dong|euro|currency)\b", re.IGNORECASE)
_SOURCE_WAY = re.compile(r"(?:(?P<up>升值|走强|走強)|(?P<down>贬值|貶值|走弱))\s?(?:约|約)?\s?(?P<q>\d[\d.]*\s?%)|"
                         r"(?P<q2>\d[\d.]*\s?%)\s(?:(?P<up2>stronger|firmer)|(?P<down2>weaker|softer))\b|"
                         r"\b(?:(?P<up3>appreciated|strengthened|firmed)|(?P<down3>depreciated|weakened|softened))\s(?:by\s)?"
                         r"(?:about\s|some\s)?(?P<q3>\d[\d.]*\s?%)", re.IGNORECASE)


def _value(text: str) -> float:
    return float(text.replace("%", "").strip())


def currency_way_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    if facts.han or not _CURRENCY_CLAIM.search(facts.text):
        return []
    problems = []
    for m in _CLAIM_WAY.finditer(facts.text):
        value = _value(m.group("q") or m.group("q2"))
        up = bool(m.group("up") or m.group("up2"))
        told = []
        for n in dict.fromkeys(citations):
            if not 1 <= n <= idx.count:
                continue
            for s in _SOURCE_WAY.finditer(idx.paragraphs[n - 1].text):
                q = s.group("q") or s.group("q2") or s.group("q3")
                if abs(_value(q) - value) < 1e-9:
                    told.append((n, bool(s.group("up") or s.group("up2") or s.group("up3")), s.group(0)))
        if told and all(way != up for _, way, _ in told):
            n, _, there = told[0]
            problems.append(f"'{m.group(0)}' not in [{n}]: there the currency moved the other way ('{there}')")
    return problems

