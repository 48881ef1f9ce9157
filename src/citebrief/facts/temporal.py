"""Years, months, dates, quarters and fiscal years in Chinese and English, as comparable keys.

Keys: '2027' (year, fiscal years included), 'M4' (April / 4月), 'M4-D3' (April 3 / 4月3日),
'Q3' (third quarter / 第三季度), 'H1' (first half / 上半年), '9M' (first nine months / 前三季度).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "十": 10, "十一": 11, "十二": 12, "1": 1, "2": 2, "3": 3, "4": 4}
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
          "十一": 11}
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

_YEAR = r"(?:19|20)\d\d"
# A dot only after an abbreviation ('Sept.'): 'in September.' ends a sentence, and the date's text
# (quoted in the verifier's problems) is 'September'.
_MONTH_EN = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|" \
            r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)"
_CN_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_CN_D = r"(?:3[01]|[12]\d|0?[1-9])"

# Order matters: longer forms first; the matched span is masked so numbers are not read twice.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("cn_range", re.compile(r"(1[0-2]|[1-9])\s?(?:月\s?)?(?:至|-|–|到|~)\s?(1[0-2]|[1-9])\s?月(?!\s?\d)")),
    ("cn_ymd", re.compile(rf"({_YEAR})\s?年\s?({_CN_M})\s?月\s?({_CN_D})\s?[日号]")),
    ("cn_ym", re.compile(rf"({_YEAR})\s?年\s?({_CN_M})\s?月(?!份?\d)")),
    ("cn_md", re.compile(rf"(?<![\d个])({_CN_M})\s?月\s?({_CN_D})\s?[日号]")),
    ("cn_fy", re.compile(rf"({_YEAR})\s?(?:财年|财政年度|会计年度|年度|财务年度)|财年\s?({_YEAR})")),
    ("cn_y", re.compile(rf"({_YEAR})\s?年(?!代)")),
    ("cn_m", re.compile(rf"(?<![\d个第])({_CN_M})\s?月(?!份?\d)")),
    ("cn_9m", re.compile(r"前三(?:个)?季度")),
    ("cn_nm", re.compile(r"(?:前|首)\s?(1[01]|[2-9]|十一|十|[二两三四五六七八九])\s?个?月")),
    ("cn_q", re.compile(r"第?([一二三四1-4])\s?季度|第([一二三四1-4])季")),
    ("cn_h", re.compile(r"([上下])半年")),
    ("en_mdy", re.compile(rf"\b({_MONTH_EN})\s+({_CN_D})(?:st|nd|rd|th)?\b(?:,?\s+({_YEAR})\b)?")),
    ("en_dmy", re.compile(rf"\b({_CN_D})(?:st|nd|rd|th)?\s+({_MONTH_EN})\b(?:,?\s+({_YEAR})\b)?")),
    ("en_my", re.compile(rf"\b({_MONTH_EN})\s+(?:of\s+)?({_YEAR})\b")),
    ("en_fy", re.compile(rf"\b(?:fy\s?|fiscal\s+(?:year\s+)?)({_YEAR})\b|\b({_YEAR})\s+fiscal\s+year\b")),
    ("en_9m", re.compile(r"\b(?:first\s+three\s+quarters|nine\s+months\s+to\s+september)\b")),
    ("en_nm", re.compile(r"\b(?:first|past)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\b")),
    ("en_range", re.compile(rf"\b({_MONTH_EN})\s?[-–]\s?({_MONTH_EN})(?=[\s,.;)]|$)")),
    ("en_q", re.compile(r"\b(?:q([1-4])|([1-4])q|(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter)\b")),
    ("en_h", re.compile(r"\b(?:h([12])|(first|second)\s+half)\b")),
    ("en_m", re.compile(rf"\b({_MONTH_EN})(?=[\s,.;)]|$)")),
    ("year", re.compile(rf"(?<![A-Za-z0-9.,$¥€£])({_YEAR})(?![A-Za-z0-9]|[.,]\d|\s?(?:%|percent|亿|万|千|百|"
                        r"[台家个辆吨名人只座项股元]))")),
]
# 'May' is a month only when capitalised and in a date-like context (not the verb).
_MAY_CONTEXT = re.compile(r"(?:in|since|from|by|until|of|early|late|mid|end|last|next|this)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class Temporal:
    kind: str  # year, month, date, quarter
    key: str
    text: str
    start: int
    end: int


def _month(token: str) -> int | None:
    t = token.lower().rstrip(".")
    if t in _MONTHS:
        return _MONTHS[t]
    if t in _CN_NUM:
        return _CN_NUM[t]
    if t.isdigit() and 1 <= int(t) <= 12:
        return int(t)
    return None


# Cheap guards: a pattern is tried only if the text holds what it cannot match without.
# Each takes (text, flags) where flags are computed once per text.
_GUARDS: dict[str, object] = {
    "cn_ymd": lambda t, f: f["nian"] and f["yue"], "cn_ym": lambda t, f: f["nian"] and f["yue"],
    "cn_md": lambda t, f: f["yue"], "cn_fy": lambda t, f: f["nian"], "cn_y": lambda t, f: f["nian"],
    "cn_m": lambda t, f: f["yue"], "cn_9m": lambda t, f: "前" in t, "cn_q": lambda t, f: "季" in t,
    "cn_h": lambda t, f: "半年" in t, "cn_nm": lambda t, f: "月" in t, "cn_range": lambda t, f: "月" in t,
    "en_nm": lambda t, f: "months" in t, "en_range": lambda t, f: f["month"],
    "en_mdy": lambda t, f: f["month"], "en_dmy": lambda t, f: f["month"], "en_my": lambda t, f: f["month"],
    "en_fy": lambda t, f: "fy" in t or "fiscal" in t, "en_9m": lambda t, f: "first" in t or "nine" in t,
    "en_q": lambda t, f: "q" in t, "en_h": lambda t, f: "h1" in t or "h2" in t or "half" in t,
    "en_m": lambda t, f: f["month"],
    "year": lambda t, f: f["digit"],
}
_ANY_MONTH = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                        r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")
_DIGIT = re.compile(r"\d")


def find_temporals(text: str) -> tuple[list[Temporal], str]:
    """Temporal mentions in ``text`` and the text with their spans blanked out (same length).

    Patterns run on the lower-cased text (case-insensitive regexes are several times slower);
    the original is consulted where case matters ('May' the month, 'may' the verb)."""
    found: list[Temporal] = []
    if not _DIGIT.search(text) and not _HINT.search(text):
        return found, text
    low = text.lower()
    if len(low) != len(text):
        low = text
    masked = low
    flags = {"nian": "年" in low, "yue": "月" in low, "month": _ANY_MONTH.search(low) is not None,
             "digit": _DIGIT.search(low) is not None}
    spans_all: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        if not _GUARDS[name](masked, flags):
            continue
        spans = []
        for m in pattern.finditer(masked):
            items = _interpret(name, m, text)
            if items:
                found.extend(items)
                spans.append((m.start(), m.end()))
        if spans:
            masked = _blank(masked, spans)
            spans_all.extend(spans)
    found.sort(key=lambda t: t.start)
    return found, (_blank(text, spans_all) if spans_all else text)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


_HINT = re.compile(r"[月季半]|quarter|half|nine|[A-Za-z]{3}")


def _interpret(name: str, m: re.Match, text: str) -> list[Temporal]:
    s, e = m.start(), m.end()
    t = text[s:e]
    g = m.groups()  # lower-cased; where case matters ('May') the original is read at the same span

    def mk(kind: str, key: str) -> Temporal:
        return Temporal(kind, key, t, s, e)

    if name in ("cn_ymd",):
        mo = _month(g[1])
        return [mk("year", g[0]), mk("date", f"M{mo}-D{int(g[2])}")] if mo else []
    if name == "cn_ym":
        mo = _month(g[1])
        return [mk("year", g[0]), mk("month", f"M{mo}")] if mo else []
    if name == "cn_md":
        mo = _month(g[0])
        return [mk("date", f"M{mo}-D{int(g[1])}")] if mo else []
    if name in ("cn_fy", "en_fy"):
        return [mk("year", g[0] or g[1])]
    if name in ("cn_y", "year"):
        return [mk("year", g[0])]
    if name == "cn_m":
        mo = _month(g[0])
        return [mk("month", f"M{mo}")] if mo else []
    if name in ("cn_9m", "en_9m"):
        return [mk("quarter", "9M")]
    if name in ("cn_nm", "en_nm"):
        n = _COUNT.get(g[0]) or (int(g[0]) if g[0].isdigit() else None)
        if not n or not 2 <= n <= 12:
            return []
        # The first N months run from January to month N: both ends are named by 'January-October'.
        return [mk("quarter", f"{n}M")] + ([mk("month", "M1"), mk("month", f"M{n}")] if n != 9 else [])
    if name == "en_range":
        a, b = _month(g[0]), _month(g[1])
        if not a or not b:
            return []
        # 'January-October' is the first ten months, however the source puts it (前10个月, 1至10月).
        return [mk("quarter", f"{b}M")] if a == 1 and b > 1 else [mk("month", f"M{a}"), mk("month", f"M{b}")]
    if name == "cn_range":
        a, b = _month(g[0]), _month(g[1])
        if not a or not b:
            return []
        return [mk("month", f"M{a}"), mk("month", f"M{b}")] + ([mk("quarter", f"{b}M")] if a == 1 and b > 1 else [])
    if name == "cn_q":
        q = _CN_NUM.get(g[0] or g[1])
        return [mk("quarter", f"Q{q}")] if q and q <= 4 else []
    if name == "cn_h":
        return [mk("quarter", "H1" if g[0] == "上" else "H2")]
    if name in ("en_mdy", "en_dmy"):
        mon, day = (g[0], g[1]) if name == "en_mdy" else (g[1], g[0])
        if mon.startswith("may") and not text[m.start(1 if name == "en_mdy" else 2)] == "M":
            return []
        out = [mk("date", f"M{_month(mon)}-D{int(day)}")]
        return out + ([mk("year", g[2])] if g[2] else [])
    if name == "en_my":
        if g[0].startswith("may") and text[m.start(1)] != "M":
            return []
        return [mk("month", f"M{_month(g[0])}"), mk("year", g[1])]
    if name == "en_q":
        q = g[0] or g[1] or _ORD.get((g[2] or "").lower())
        return [mk("quarter", f"Q{int(q)}")] if q else []
    if name == "en_h":
        h = g[0] or ("1" if (g[1] or "").lower() == "first" else "2")
        return [mk("quarter", f"H{h}")]
    if name == "en_m":
        tok = text[m.start(1):m.end(1)]
        if tok.lower().rstrip(".") == "may":
            if not (tok.startswith("M") and _MAY_CONTEXT.search(text[max(0, s - 10):s])):
                return []
        elif tok.rstrip(".").lower() in ("mar", "jun", "jul", "aug", "oct", "nov", "dec", "jan", "feb",
                                           "apr", "sep", "sept") and not tok[0].isupper():
            return []  # lower-case 'mar', 'dec' are words, not months
        return [mk("month", f"M{_month(tok)}")]
    return []


def keys_of(temporals: list[Temporal]) -> set[str]:
    """All keys a paragraph holds; a date also holds its month."""
    keys: set[str] = set()
    for t in temporals:
        keys.add(t.key)
        if t.kind == "date":
            keys.add(t.key.split("-")[0])
    return keys


_YEAR_THEN_PERIOD = re.compile(r"\s?(?:年|年度|财年)?\s?(?:的)?$")
_PERIOD_THEN_YEAR = re.compile(r"^\s?(?:of\s+|,\s?)?(?:fiscal\s+(?:year\s+)?|fy\s?)?$", re.IGNORECASE)


def period_years(temporals: list[Temporal], text: str) -> set[str]:
    """Quarters and halves tied to the year written right next to them: 'second half of 2027',
    'Q3 2026', '2025年第四季' -> {'H2@2027', ...}. Lets 'the second half of 2026' be told apart
    from a paragraph's 'second half of 2027' when the paragraph also names 2026 elsewhere."""
    out: set[str] = set()
    years = [t for t in temporals if t.kind == "year"]
    if not years:
        return out
    for t in temporals:
        if t.kind != "quarter" or t.key[:1] not in "QH":
            continue
        for y in years:
            if 0 <= y.start - t.end <= 16 and _PERIOD_THEN_YEAR.match(text[t.end:y.start]):
                out.add(f"{t.key}@{y.key}")
            elif 0 <= t.start - y.end <= 4 and _YEAR_THEN_PERIOD.search(text[y.end:t.start]) \
                    and "\n" not in text[y.end:t.start]:
                out.add(f"{t.key}@{y.key}")
    return out
