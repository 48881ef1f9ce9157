"""Multiples a claim works out from two levels it names: 'Nhwa's market value was about 26 times its
attributable profit for the first nine months' where the cited paragraphs give 总市值约487.0亿元 and
归母净利润18.62亿元 (26.2). Arithmetic a careful reader redoes, not a figure the paragraphs write.

Held only where the claim names both measures, the one before its multiple and the one right after
'times'; each is a level a cited paragraph binds to that measure (sure of it), both of one owner and
one unit, and their ratio rounds to the claim's multiple at the digits it shows.
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import Figure
from citebrief.facts.binding import subject_key
from citebrief.facts.glossary import metrics
from citebrief.facts.quantities import Quantity, compatible, same_value

# 'times its attributable profit', 'times revenue for the first nine months': the measure right after.
_TIMES_THEN = re.compile(r"\s(?:its\s|their\s|the\s|the\scompany's\s)?(?:[a-z-]+\s){0,3}$")


def multiple_paragraphs(fig: Figure, claim_text: str, citations: list[int], idx) -> list[int]:
    """Cited paragraphs whose two levels the claim's multiple ('about 1.7 times its revenue') divides."""
    if fig.q.unit != "x" or fig.q.value <= 0:
        return []
    low = claim_text.lower()
    terms = metrics().find(low)
    top = [t for t in terms if t.end <= fig.q.start]
    under = next((t for t in terms if t.start >= fig.q.end), None)
    if not top or under is None or not _TIMES_THEN.fullmatch(low, fig.q.end, under.start):
        return []
    numerator = top[-1]
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    levels = [(n, b) for n in cited for b in idx.paragraphs[n - 1].bindings
              if b.metric and b.metric_sure and b.figure.direction is None and b.figure.q.kind == "amount"]
    g = metrics()
    tops = [(n, b) for n, b in levels if g.related(b.metric, numerator.ids)]
    unders = [(n, b) for n, b in levels if g.related(b.metric, under.ids)]
    for n, a in tops:
        for m, b in unders:
            if a is b or (a.subject and b.subject and subject_key(a.subject) != subject_key(b.subject)):
                continue
            qa, qb = idx.story_quantity(a.figure.q), idx.story_quantity(b.figure.q)
            if not compatible(qa, qb) or qb.value <= 0:
                continue
            told = Quantity(qa.value / qb.value, "figure", "x", fig.q.precision, "", 0, 0)
            if same_value(fig.q, told):
                return sorted({n, m})
    return []


# 'about 26 times earnings', '17 times its annualised first-half earnings of 0.29 yuan a share': a
# price-earnings multiple, the stock's price over its earnings per share.
_TIMES_EARNINGS = re.compile(r"\s(?:its\s|the\s)?(?P<annual>annuali[sz]ed\s)?(?:(?P<span>first-half|half-year|first-quarter|"
                             r"second-quarter|third-quarter|fourth-quarter|quarterly|nine-month)\s)?(?:[a-z0-9-]+\s){0,2}?"
                             r"(?:earnings|eps|profit per share)\b", re.IGNORECASE)
_ANNUAL_TIMES = {"first-half": 2.0, "half-year": 2.0, "quarterly": 4.0, "nine-month": 4 / 3}
# A close the paragraph gives: 'shares rose 4.7% to $214.35', 'closed at NT$58.2', '收报9.82元'.
_CLOSE_BEFORE = re.compile(r"(?:\bshares?\b(?:[^.;]|\.(?=\d)){0,30}?\b(?:to|at)\s|\bclosed\s(?:at\s)?|收报|收市报|收盘报|报)\s?(?:about\s)?\D{0,4}$",
                           re.IGNORECASE)


def earnings_multiple_paragraphs(fig: Figure, claim_text: str, claim_bindings, citations: list[int], idx) -> list[int]:
    """Cited paragraphs whose stock price, over a per-share earnings figure the claim or a cited paragraph
    gives (annualised as the claim says: a half's twice), rounds to the claim's multiple."""
    times = _TIMES_EARNINGS.match(claim_text, fig.q.end) if fig.q.unit == "x" and fig.q.value > 0 else None
    if times is None:
        return []
    span = (times.group("span") or "").lower()
    factor = _ANNUAL_TIMES.get(span, 4.0 if span.endswith("quarter") else 1.0) if times.group("annual") else 1.0
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    per_share = [idx.story_quantity(b.figure.q) for b in claim_bindings or () if b.denominator == "share" and b.figure.q.kind == "amount"]
    per_share += [idx.story_quantity(b.figure.q) for n in cited for b in idx.paragraphs[n - 1].bindings
                  if b.denominator == "share" and b.figure.q.kind == "amount"]
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        for b in paragraph.bindings:
            price = idx.story_quantity(b.figure.q)
            if price.kind != "amount" or b.denominator or not _CLOSE_BEFORE.search(paragraph.text, max(0, b.figure.q.start - 48), b.figure.q.start):
                continue
            for eps in per_share:
                if compatible(price, eps) and eps.value > 0 and same_value(
                        fig.q, Quantity(price.value / (eps.value * factor), "figure", "x", fig.q.precision, "", 0, 0)):
                    return [n]
    return []
