"""What a figure takes in or leaves out, told the other way: 'about 4.8% of its issued shares
including treasury stock' where the paragraph says 'excluding treasury stock'; 'sales excluding
fuel' where it says 'including fuel'. English paragraphs only (a Chinese 不含 / 含 would need the
thing left out read across languages).
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts

_WAY = re.compile(r"\b(?:(?P<out>excluding|excl\.|net of|not including|ex-)|(?P<in>including|incl\.|inclusive of))\s?"
                  r"(?:the\s|its\s|their\s)?(?P<what>[a-z][a-z-]+(?:\s[a-z][a-z-]+)?)", re.IGNORECASE)


def _ways(text: str) -> list[tuple[str, str, str]]:
    """(way, the first word of what is taken in or left out, the words) for each 'including …' / 'excluding …'."""
    return [("out" if m.group("out") else "in", m.group("what").lower().split()[0], m.group(0)) for m in _WAY.finditer(text)]


def inclusion_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    if facts.han or idx.han:
        return []
    claimed = _ways(facts.text)
    if not claimed:
        return []
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    problems = []
    for way, what, words in claimed:
        told = [(n, w, there) for n in cited for w, thing, there in _ways(idx.paragraphs[n - 1].text) if thing == what]
        if told and all(w != way for _, w, _ in told):
            problems.append(f"'{words}' not in [{told[0][0]}]: there '{told[0][2]}'")
    return problems
