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
