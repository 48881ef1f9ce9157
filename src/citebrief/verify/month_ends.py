"""A month's last day said two ways: 'at June 30' where the paragraph says 'at the end of June' or
6月末 (6月底); 'at September 30' in a story of the third quarter, the quarter's end the story reports
at. A date is a month's end only on its last day (February's 28th or 29th)."""
from __future__ import annotations

import calendar
import re

from citebrief.facts.temporal import MONTH_NAMES, months_of

# Each month's last day or days (February's in a common and in a leap year).
_LAST_DAY = {m: tuple(sorted({calendar.monthrange(2001, m)[1], calendar.monthrange(2004, m)[1]})) for m in range(1, 13)}
_DATE_KEY = re.compile(r"M(\d{1,2})-D(\d{1,2})")


def month_end(key: str) -> int | None:
    """The month of a date key that is its month's last day ('M6-D30' -> 6), else None."""
    m = _DATE_KEY.fullmatch(key)
    if m is None:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    return month if 1 <= month <= 12 and day in _LAST_DAY[month] else None


def month_end_paragraphs(key: str, idx) -> list[int]:
    """Paragraphs that name the month's end of a last-day date ('the end of June', 'end-June', 6月末, or the
    day within a span: 'the three months to June 30')."""
    month = month_end(key)
    if month is None:
        return []
    name = MONTH_NAMES[month - 1].lower()
    days = "|".join(str(d) for d in _LAST_DAY[month])
    # (Or the day itself inside a span the reader takes whole: 'the three months to June 30, 2034'.)
    said = re.compile(rf"\bend(?:\sof|-)\s?{name[:3]}[a-z]*\.?(?![a-z])|(?<!\d){month}\s?月\s?(?:末|底|份末)|"
                      rf"\b(?:months|quarter|half)\s(?:to|ended|ending)\s(?:the\send\sof\s)?{name[:3]}[a-z]*\.?\s(?:{days})\b")
    return [p.number for p in idx.paragraphs if said.search(p.lower)]


def story_quarter_end(key: str, idx) -> bool:
    """Whether a last-day date ends a quarter or half the story reports on ('September 30' in a third-quarter
    story; not a fiscal year's, whose months run across two calendar years)."""
    month = month_end(key)
    return month in (3, 6, 9, 12) and any(p[:1] in "QH" and (months := months_of(p)) and max(months) == month
                                          for p in idx.lead_periods)


def lead_point(key: str, citations: list[int], idx) -> bool:
    """Whether a quarter's last day is the point the story's first paragraph reports its levels at, in
    the months before the dateline ('funds under management reached $248.6 billion at June 30' in a
    July story), and the cited paragraphs name no day or month of their own: their levels are at it."""
    month = month_end(key)
    when = idx.article.published_at
    if month not in (3, 6, 9, 12) or when is None or not idx.count or 1 not in idx.temporal_paragraphs(key):
        return False
    if not 0 < (when.month - month) % 12 <= 3:
        return False
    return not any(k[:1] == "M" for n in citations if 1 <= n <= idx.count for k in idx.paragraphs[n - 1].temporal_keys)
