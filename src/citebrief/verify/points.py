"""The point in time a level a paragraph compares with is of: 'net debt was £412 million at June 30, down
from £468 million at December 31, 2033'. A claim that calls that level 'a year earlier' misreads the
base: six months separate the two points, not a year.

A point is read only where English writes it right after the level ('at June 30', 'at the end of
2033', 'at end-March'); the current level's is the one written right after the figure before it in
its sentence. Only two points of different months contradict 'a year earlier'.
"""
from __future__ import annotations

import re

from citebrief.facts.binding import sentence_start
from citebrief.facts.quantities import Quantity
from citebrief.facts.temporal import MONTH_EN, MONTH_NAMES

_MONTHS = {name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
_POINT_AFTER = re.compile(rf"\s(?:at|on|as of|as at)\s(?:the\s)?(?:end\sof\s|end-)?(?:(?P<month>{MONTH_EN})(?:\s\d{{1,2}})?"
                          r"(?:,?\s(?:19|20)\d\d)?|(?P<year>(?:19|20)\d\d|last\syear))\b")
_YEAR_START_AFTER = re.compile(r"\s(?:at|on|as of)\s((?:the\s)?(?:start|beginning)\sof\s(?:the\s|its\s)?(?:fiscal\s|financial\s)?year)\b")
_YEAR_END_NEAR = re.compile(r"\b(?:fourth|full|whole)[- ](?:quarter|year)\b|\byear[- ]end\b|\b(?:fiscal|financial) year end")
_YEAR_AGO_NEAR = re.compile(r"\ba year (?:earlier|ago|before)\b|\bthe same (?:date|time|point) (?:a year earlier|last year)\b")


def _month(point: re.Match) -> int:
    """The month a point read by _POINT_AFTER is of (a year's end is December)."""
    return 12 if point.group("year") else _MONTHS[point.group("month")[:3]]


def compared_point(figure: Quantity, paragraph) -> str | None:
    """The point a compared level is of ('December 31, 2033'), when its sentence gives the level it is
    compared with a point of another month ('£412 million at June 30'); else None."""
    low = paragraph.lower
    start = sentence_start(low, figure.start)
    # ('fell to $398 million from $449 million at the start of the fiscal year': a year's start, which is
    # no year earlier unless the level now is the year's end; said of this level, whatever else is.)
    start_of_year = _YEAR_START_AFTER.match(low, figure.end)
    if start_of_year is not None:
        return None if _YEAR_END_NEAR.search(low, start, figure.end + 60) else \
            paragraph.text[start_of_year.start(1):start_of_year.end(1)]
    if _YEAR_AGO_NEAR.search(low, start, figure.end + 60):
        return None
    then = _POINT_AFTER.match(low, figure.end)
    if then is None:
        return None
    for f in reversed(paragraph.facts.figures):
        if start <= f.q.start and f.q.end <= figure.start and (now := _POINT_AFTER.match(low, f.q.end)) is not None:
            return None if _month(now) == _month(then) else \
                re.sub(r"^\s(?:at|on|as of|as at)\s", "", paragraph.text[then.start():then.end()])
    return None
