"""The year of a dated claim: 'takes effect on Jan. 1, 2026' where the paragraph says 自明年1月1日起
(in a 2026 story: 2027) or 'from April 1, 2027'. A date is matched by its month and day (M1-D1), and a
year by any mention of it, so a date moved to another year passes both; here the date's own year in
the paragraph is read (a year written with it, or 今年/明年/去年 right before it) and compared."""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.temporal import RELATIVE_YEARS

# A Chinese date's year right before it: '2027年1月1日', '明年1月1日', '自明年6月30日'.
_ZH_YEAR_BEFORE = re.compile(r"(?:(20\d\d)\s?年|(" + "|".join(w for ws in RELATIVE_YEARS.values() for w in ws
                                                          if not w.isascii()) + r"))\s?$")
_RELATIVE_OFFSET = {w: k for k, ws in RELATIVE_YEARS.items() for w in ws}


def _written_years(facts: TextFacts) -> dict[tuple[int, int], int]:
    """(start, end) -> year of each year read from a span of the text ('Jan. 1, 2026' is a date and
    a year over the same span)."""
    return {(t.start, t.end): int(t.key) for t in facts.temporals if t.kind == "year" and t.key.isdigit()}


def _date_years(facts: TextFacts) -> list[tuple[str, int]]:
    """(date key, year) of each date written with its year ('Jan. 1, 2026')."""
    years = _written_years(facts)
    return [(t.key, years[(t.start, t.end)]) for t in facts.temporals
            if t.kind == "date" and (t.start, t.end) in years]


def _years_of_date(key: str, paragraph, published_year: int | None) -> set[int | None]:
    """The year of each mention of the date ``key`` in the paragraph (None: not told)."""
    facts = paragraph.facts
    years = _written_years(facts)
    out: set[int | None] = set()
    for t in facts.temporals:
        if t.kind != "date" or t.key != key:
            continue
        year = years.get((t.start, t.end))
        if year is None:
            m = _ZH_YEAR_BEFORE.search(facts.text, max(0, t.start - 6), t.start)
            if m and m.group(1):
                year = int(m.group(1))
            elif m and published_year is not None:
                year = published_year + _RELATIVE_OFFSET[m.group(2)]
        out.add(year)
    return out


def date_year_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """'<date>' is in <year> in [n]: a claim's dated day the cited paragraphs give another year."""
    problems = []
    published = idx.article.published_at.year if idx.article.published_at else None
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    for key, year in _date_years(facts):
        told = {n: _years_of_date(key, idx.paragraphs[n - 1], published) for n in cited}
        told = {n: ys for n, ys in told.items() if ys}
        # Only when every mention of the day is of another, known year.
        if told and all(None not in ys and year not in ys for ys in told.values()):
            n, ys = next(iter(told.items()))
            text = next(t.text for t in facts.temporals if t.kind == "date" and t.key == key)
            problems.append(f"'{text}' is in {min(y for y in ys if y is not None)} in [{n}], not {year}")
    return problems
