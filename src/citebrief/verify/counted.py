"""What a measured quantity is of: '14,200 tonnes of fishmeal' where the paragraph says 'produced 96,800 tonnes
of fishmeal and 14,200 tonnes of fish oil' (the 14,200 tonnes are fish oil).

English only: a quantity with its measure ('tonnes', 'barrels', 'square metres') followed by 'of' and what it
counts. A claim is contradicted only when every quantity of its value in the cited paragraphs counts something
that shares no word with the claim's, and another quantity there counts what the claim says: a paragraph that
does not say what its quantities are of is silence.
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.quantities import matches

# 'of fish oil', 'of anchovy', 'of halogen-free flame retardants' up to the clause's next word of its own.
_OF_WHAT = re.compile(r"\sof\s(?:the\s|its\s|their\s)?(?P<what>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?)"
                      r"(?=\s(?:and|in|at|for|from|to|on|during|with|while|or|a|an|the|by|was|were|rose|fell|up|down)\b|[,.;)]|$)")
_NOT_COUNTED = frozenset({"capacity", "which", "it", "them", "about", "around", "some", "more", "less", "output",
                          "production", "sales", "shipments", "exports", "imports", "demand", "supply", "stock", "stocks"})


def _what(text: str, end: int) -> tuple[frozenset[str], str] | None:
    """The words of what the quantity ending at ``end`` counts, and the phrase ('fish oil'); None when it says none."""
    m = _OF_WHAT.match(text, end)
    if m is None:
        return None
    words = frozenset(w.rstrip("s") for w in m.group("what").split())
    return None if not words or words & _NOT_COUNTED else (words, m.group("what"))


def counted_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim whose quantity the cited paragraphs give to something else (``idx``: ArticleIndex)."""
    if facts.han:
        return []
    text = facts.text.lower()
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    problems: list[str] = []
    for f in facts.figures:
        if f.q.kind != "figure" or (claim_what := _what(text, f.q.end)) is None:
            continue
        claimed, claimed_phrase = claim_what
        found, others = [], []
        for n in cited:
            paragraph = idx.paragraphs[n - 1]
            if paragraph.facts.han:
                continue
            for g in paragraph.facts.figures:
                what = _what(paragraph.lower, g.q.end) if g.q.kind == "figure" else None
                if matches(f.q, g.q):
                    found.append((n, what))
                elif what is not None:
                    others.append(what)
        if found and all(what is not None and not what[0] & claimed for _, what in found) and \
                any(what[0] & claimed for what in others):
            n, what = found[0]
            problems.append(f"'{f.q.text}' is of {what[1] if what else '?'} in [{n}], not of {claimed_phrase}")
    return problems
