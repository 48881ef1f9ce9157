"""The day of the week a figure is of: 'IONOS shares rose 3.2% on Wednesday' where the paragraph says they
had risen 3.2% on Tuesday (and Wix's shares jumped on Wednesday, in another sentence).

A claim's weekday is matched against the sentences of the cited paragraphs that hold its figures: each
sentence's days are its weekdays ('on Tuesday', '本周三') and its dates ('November 14', '11月14日', read in the
story's year). A claim is contradicted only when some figure of it is found in the cited paragraphs only in
sentences that name days, none of them the claim's, and no figure of it sits in a sentence naming the claim's
day: a sentence that names no day is silence.
"""
from __future__ import annotations

import re
from datetime import date

from citebrief.facts.atoms import TextFacts
from citebrief.facts.binding import sentence_span
from citebrief.facts.quantities import matches
from citebrief.facts.temporal import MONTH_EN, WEEKDAY_NAMES, weekdays_named

# A date the sentence's event happened on ('reported on November 14', '于11月14日'), not a balance's point in
# time ('at September 30') or a payment's ('payable on December 28' is the day, but not the figure's event).
_EVENT_DAY_BEFORE = re.compile(r"(?<!payable )(?<!paid )\bon\s$|[（(]$|[于於]\s?$")
# A claim's weekday written with its date ('on Tuesday, October 31'): the date is checked, the weekday is its own.
_WEEKDAY_DATE = re.compile(rf"(?:{'|'.join(WEEKDAY_NAMES)}),?\s\(?{MONTH_EN}\s\d", re.IGNORECASE)


def _sentence_days(paragraph, start: int, end: int, published: date | None) -> set[int]:
    """The weekdays the sentence of ``paragraph`` holding ``[start, end)`` names or dates."""
    s0, s1 = sentence_span(paragraph.text, start, end)
    days = {w for w, _, _ in weekdays_named(paragraph.lower, s0, s1)}
    if published is not None:
        for t in paragraph.facts.temporals:
            if t.kind == "date" and s0 <= t.start < s1 and t.key.startswith("M") and "-D" in t.key and \
                    _EVENT_DAY_BEFORE.search(paragraph.lower, max(0, t.start - 4), t.start):
                month, day = (int(x) for x in t.key[1:].split("-D"))
                try:
                    when = date(published.year, month, day)
                except ValueError:
                    continue
                if (when - published).days > 31:  # ('December 30' in a January story: last year's)
                    when = when.replace(year=when.year - 1)
                days.add(when.weekday())
    return days


def weekday_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim whose figure the cited paragraphs give another day of the week
    (``idx``: ArticleIndex)."""
    named = weekdays_named(facts.text.lower())
    if len(named) != 1 or not facts.figures or _WEEKDAY_DATE.search(facts.text):
        return []
    weekday = named[0][0]
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    published = idx.article.published_at.date() if idx.article.published_at else None
    other: tuple[int, str] | None = None
    for f in facts.figures:
        sentences = [(n, _sentence_days(idx.paragraphs[n - 1], g.q.start, g.q.end, published))
                     for n in cited for g in idx.paragraphs[n - 1].facts.figures if matches(f.q, g.q)]
        if any(weekday in days for _, days in sentences):
            return []
        if sentences and all(days for _, days in sentences) and other is None:
            n, days = sentences[0]
            other = (n, ", ".join(WEEKDAY_NAMES[d] for d in sorted(days)))
            figure = f.q.text
    if other is None:
        return []
    return [f"'{WEEKDAY_NAMES[weekday]}' is not the day of '{figure}' in [{other[0]}]: there it is {other[1]}"]
