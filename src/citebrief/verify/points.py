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
from citebrief.facts.temporal import MONTH_EN, MONTH_NAMES

_MONTHS = {name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
_POINT_AFTER = re.compile(rf"\s(?:at|on|as of|as at)\s(?:the\s)?(?:end\sof\s|end-)?(?:(?P<month>{MONTH_EN})(?:\s\d{{1,2}})?"
                          r"(?:,?\s(?:19|20)\d\d)?|(?P<year>(?:19|20)\d\d|last\syear))\b")
_YEAR_AGO_NEAR = re.compile(r"\ba year (?:earlier|ago|before)\b|\bthe same (?:date|time|point) (?:a year earlier|last year)\b")


def _month_of_point(low: str, end: int) -> tuple[int, int] | None:
    """(month, where its words start) of the point written right after a figure ending at ``end``."""
    m = _POINT_AFTER.match(low, end)
    if m is None:
        return None
    month = 12 if m.group("year") else _MONTHS[m.group("month")[:3]]
    return month, m.start() + len(m.group(0)) - len(m.group(0).lstrip())


def compared_point(figure_start: int, figure_end: int, text: str) -> str | None:
    """The point a compared level is of ('December 31, 2033'), when its sentence gives the level it is
    compared with a point of another month ('£412 million at June 30'); else None."""
    low = text.lower()
    if _YEAR_AGO_NEAR.search(low, sentence_start(low, figure_start), figure_end + 60):
        return None
    then = _month_of_point(low, figure_end)
    if then is None:
        return None
    start = sentence_start(low, figure_start)
    for m in reversed(list(re.finditer(r"\d(?:[\d,.]*\d)?(?:%|\s?(?:billion|million|trillion|crore|times|days|stores))?", low[start:figure_start]))):
        now = _month_of_point(low, start + m.end())
        if now is not None:
            if now[0] == then[0]:
                return None
            point = _POINT_AFTER.match(low, figure_end)
            assert point is not None  # (read as ``then``)
            return re.sub(r"^\s(?:at|on|as of|as at)\s", "", text[point.start():point.end()])
    return None
