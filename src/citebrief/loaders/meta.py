"""Datelines and timestamps: `Source·YYYY-MM-DD HH:MM` and the date forms news sites use."""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime

# Matched on the NFKC form, so full-width digits, colons and bars are covered too.
_DATE = (r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
         r"(?:(?:\s+|T|\s*,\s*)(?P<H>\d{1,2})\s*[:时時]\s*(?P<M>\d{2})(?:\s*[:分]\s*(?P<S>\d{2}))?\s*[秒分]?)?")
_DATE_RE = re.compile(rf"^\s*{_DATE}\s*$")
# Middle dots (·・•‧∙), bars, and a dash with spaces around it.
_SEP = r"(?:[·・•‧∙|]|\s[-–—]\s)"
_DATELINE_RE = re.compile(rf"^\s*(?:(?P<source>.*?)\s*{_SEP}\s*)?{_DATE}\s*$")


def parse_datetime(value: str) -> datetime | None:
    """ISO 8601 (with or without offset) or `YYYY-MM-DD HH:MM`, `2025年11月6日 04:16`, ...; else None."""
    value = unicodedata.normalize("NFKC", value).strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    m = _DATE_RE.match(value)
    return _from_match(m) if m else None


def _from_match(m: re.Match[str]) -> datetime | None:
    try:
        return datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0),
                        int(m["S"] or 0))
    except ValueError:  # 2025-13-40
        return None


def parse_dateline(line: str) -> tuple[str | None, datetime] | None:
    """`智通财经网·2025-11-06 04:16` -> ('智通财经网', datetime); None if the line is not a dateline."""
    m = _DATELINE_RE.match(unicodedata.normalize("NFKC", line))
    if not m:
        return None
    when = _from_match(m)
    if when is None:
        return None
    source = (m["source"] or "").strip() or None
    return source, when
