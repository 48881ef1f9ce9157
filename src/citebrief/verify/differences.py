"""A change in percentage points that a paragraph tells only as two levels: 'widened by 130 basis
points to 11.4%' where the paragraph says 'widened to 11.4% from 10.1%', 'fell 20 basis points to
17.0%' where it says '17.0% at the end of September, compared with 17.2% at the end of June'.

Two percentages of one sentence make such a pair when a comparison word stands right before the
second (from, compared with, than, versus, 较, 比): the second is the earlier level, the first the
new one. A claim's percentage-point change is found in the paragraph when it is their difference
(to the digits the claim shows), and goes the same way when the new level is the higher one for a
rise (the lower for a fall).
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import Figure
from citebrief.facts.quantities import Quantity, same_value

_POINT_KINDS = ("pp", "bp", "points")
_COMPARED_BEFORE = re.compile(r"(?:\bfrom|\bcompared with|\bcompared to|\bthan|\bversus|\bvs\.?|较|比|相比)"
                              r"[^;；。!?\d]{0,40}$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[;；。!?！？]|\.\s")


_YEAR_AGO = re.compile(r"year earlier|year ago|last year|previous year|prior year|year-on-year|year on year|on-year|"
                       r"去年|上年|同比|按年|年增|年减")


_SEQUENTIAL = re.compile(r"previous (?:quarter|month)|prior (?:quarter|month)|quarter-on-quarter|month-on-month|"
                         r"sequential|end of (?:march|june|september|december)|in the quarter|环比|按季|按月|季增|月增")


def difference_paragraphs(fig: Figure, citations: list[int], idx, claim_text: str = "") -> tuple[list[int], list[int]]:
    """Cited paragraphs whose two compared levels differ by the claim's point change ``fig``; and
    those of them where the change goes the claim's way. A claim that measures the change from a
    year earlier needs the earlier level to be a year earlier, and the other way round."""
    if fig.q.kind not in _POINT_KINDS:
        return [], []
    claim_yoy = bool(_YEAR_AGO.search(claim_text.lower()))
    claim_seq = bool(_SEQUENTIAL.search(claim_text.lower()))
    found: list[int] = []
    same_way: list[int] = []
    for n in dict.fromkeys(citations):
        if not 1 <= n <= idx.count:
            continue
        paragraph = idx.paragraphs[n - 1]
        text = paragraph.text
        levels = [f for f in paragraph.facts.figures if f.q.kind == "percent"]
        for new, old in zip(levels, levels[1:]):
            between = text[new.q.end:old.q.start]
            if _SENTENCE_BREAK.search(between) or not _COMPARED_BEFORE.search(between):
                continue
            around = text[new.q.end:old.q.end + 40].lower()
            source_yoy = bool(_YEAR_AGO.search(_SENTENCE_BREAK.split(around)[0]))
            if (claim_yoy and not source_yoy) or (claim_seq and source_yoy):
                continue  # 'from a year earlier' against 'compared with 17.2% at the end of June'

            diff = abs(new.q.value - old.q.value)
            told = Quantity(diff, "pp", "pp", min(new.q.precision, old.q.precision), "", 0, 0)
            claimed = Quantity(fig.q.value, "pp", "pp", fig.q.precision, fig.q.text, 0, 0, fig.q.approx)
            if diff and same_value(claimed, told):
                found.append(n)
                way = "up" if new.q.value > old.q.value else "down"
                if fig.direction in (None, way):
                    same_way.append(n)
                break
    return found, same_way


__all__ = ["difference_paragraphs"]
