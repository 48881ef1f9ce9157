"""Whose date a dated claim gives. A claim that names a project, plant or place and a quarter or half ('the
Baicheng phase-two project would start production in the second half of 2029') is held to the cited
paragraph's clauses: where every clause that names the claim's place gives it another quarter or half
(白城基地二期项目计划于明年一季度投产) and the claim's time is in a clause that does not name it (新疆…将在明年下半年
完成), the time is another thing's. A place the paragraph does not name, or names with no time, is left alone."""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts, english_names
from citebrief.facts.binding import SENTENCE_END
from citebrief.facts.people import looks_like_person
from citebrief.facts.readings import name_spans
from citebrief.text.script import HAN

# A name that heads a project or a site ('the Baicheng phase-two project', 'its Long An plant'), not a company's.
_SITE_AFTER = re.compile(r"(?:[\s-]+[a-z][\w-]*){0,2}?[\s-]+(?:project|projects|plant|plants|base|mine|line|lines|factory|"
                         r"phase|site|field|port|terminal|park|complex|facility|village|wellfield|smelter|refinery)\b")
# Halves hold their quarters: 'the second half' is not wrong for a clause that says 四季度.
_HALF_OF = {"Q1": "H1", "Q2": "H1", "Q3": "H2", "Q4": "H2"}


def _fits(claimed: str, told: str) -> bool:
    return claimed == told or _HALF_OF.get(told) == claimed or _HALF_OF.get(claimed) == told


def _clauses(text: str) -> list[tuple[int, int]]:
    """A paragraph's clauses, to 。 or ； (the binding's sentence ends)."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def timed_name_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of an English claim whose quarter or half the cited paragraph gives to another thing
    than the place or project the claim names (``idx``: ArticleIndex)."""
    if facts.han:
        return []
    timed = [t for t in facts.temporals if t.kind == "quarter" and t.key[:1] in "QH" and len(t.key) == 2]
    if len({t.key for t in timed}) != 1:
        return []  # (a claim with two times pairs them itself)
    time = timed[0]
    # Names of places and projects the claim gives that time to: not people, not known companies.
    places = [n for n in english_names(facts.text)
              if (n.entity is None or n.entity.kind == "place") and not looks_like_person(n.text) and " " not in n.text
              and _SITE_AFTER.match(facts.text, n.end)]
    if not places:
        return []
    for n in dict.fromkeys(citations):
        if not 1 <= n <= idx.count:
            continue
        paragraph = idx.paragraphs[n - 1]
        text = paragraph.text
        if not HAN.search(text):
            continue  # (an English paragraph's place is matched as written, by the binding)
        times = [(t.start, t.key, t.text) for t in paragraph.facts.temporals
                 if t.kind == "quarter" and t.key[:1] in "QH" and len(t.key) == 2]
        for place in places:
            spans = name_spans(place.text, text)
            if not spans:
                continue
            own = [c for c in _clauses(text) if any(c[0] <= s < c[1] for s, _ in spans)]
            own_times = [(k, w) for s, k, w in times if any(a <= s < b for a, b in own)]
            if not own_times or any(_fits(time.key, k) for k, _ in own_times):
                continue
            elsewhere = [w for s, k, w in times if _fits(time.key, k) and not any(a <= s < b for a, b in own)]
            if elsewhere:
                return [f"'{time.text}' is not when [{n}] gives {place.text}: there '{own_times[0][1]}'; "
                        f"'{elsewhere[0]}' is another thing's"]
    return []
