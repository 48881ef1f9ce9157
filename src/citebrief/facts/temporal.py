"""Years, months, dates, quarters and fiscal years in Chinese and English, as comparable keys.

Keys: '2027' (year, fiscal years included), 'M4' (April / 4月), 'M4-D3' (April 3 / 4月3日),
'Q3' (third quarter / 第三季度), 'H1' (first half / 上半年), '9M' (first nine months / 前三季度).

A span of months has one key however it is written: 'January-September', 'Jan-Sept', 'the first
nine months', 'first three quarters', 前三季, 1至9月, 前9月, 一至三季度 are all '9M'; 'January-June',
1-6月, 前6个月 are 'H1'; 'July-September', 7-9月 are 'Q3'; a span that is none of these is
'R{first}-{last}' ('April-September' = 'R4-9', 'October-March' = 'R10-3').

A period a change is measured from ('fell 2.1% from August', '较上半年') is marked ``base``; what a
paragraph naming a period also holds is in ``also`` ('the April-September half' is a fiscal first
half). 上一季度 / 上月 are the quarter / month before the one named earlier in the text. What a
paragraph implies beyond its keys (a sequential change, 'in the half') is in the helpers at the end.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from citebrief.text.script import HAN_CLASS

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}


def month_number(word: str) -> int | None:
    """The month an English month word names ('September', 'Sep.'), else None."""
    return _MONTHS.get(word.lower().rstrip("."))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_NAMES = tuple(d.capitalize() for d in _WEEKDAYS)  # (as prose writes them; Monday 0, as datetime counts)
# A month or weekday name as English prose writes it (capitalised): a date word, never a name.
CALENDAR_WORD = "(?:" + "|".join(
    [m.capitalize() for m in _MONTHS if (len(m) > 3 and m != "sept") or m == "may"]
    + [d.capitalize() for d in _WEEKDAYS]) + r")\b"
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "十": 10, "十一": 11, "十二": 12, "1": 1, "2": 2, "3": 3, "4": 4}
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
          "十一": 11, "十二": 12}
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

_YEAR = r"(?:19|20)\d\d"
# A dot only after an abbreviation ('Sept.'): 'in September.' ends a sentence, and the date's text
# (quoted in the verifier's problems) is 'September'.
MONTH_EN = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|" \
            r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)"
_CN_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_CN_D = r"(?:3[01]|[12]\d|0?[1-9])"

# 'the September quarter', 'the June 2026 quarter' (India, Australia): the three months that end in
# that month (not 'July-September quarter', a span read on its own). Lower-cased text; also read by
# the verifier, which tells a quarter named by its months from one a fiscal year numbers.
QUARTER_BY_MONTH = re.compile(rf"(?<![-–—])(?<![-–—]\s)\b({MONTH_EN})(?:[\s-]|\s+({_YEAR})\s+)quarter\b")

# 'the June half', 'the December half' (Australia): the six months that end in that month.
HALF_BY_MONTH = re.compile(rf"(?<![-–—])(?<![-–—]\s)\b({MONTH_EN})(?:[\s-]|\s+({_YEAR})\s+)half\b")

# Order matters: longer forms first; the matched span is masked so numbers are not read twice.
_N_EN = r"(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])"
_N_ZH = r"(1[01]|[2-9]|十一|十|[二两三四五六七八九])"
_PATTERNS: list[tuple[str, re.Pattern]] = [
    # Spans of quarters: 一至三季度, 第一至第三季度, 1-3季度 (the first nine months).
    ("cn_qrange", re.compile(r"第?([一二三四1-4])\s?(?:季度?\s?)?(?:至|到|-|–|—|~)\s?第?([一二三四1-4])\s?季度?")),
    # Spans of months: 1-9月, 1至9月, 1月至9月, 一至九月, 4月-9月份; two months in a row, 10、11月; a span
    # that lasts, 由1月持续至4月.
    ("cn_range", re.compile(rf"(?<![\d.])({_CN_M})\s?(?:月份?\s?)?(?:(?:持续|持續|延续|延續)(?=至|到))?(?:至|到|-|–|—|~|、)\s?"
                            rf"({_CN_M})\s?月份?(?!\s?\d)")),
    # A fiscal year glossed with its end: 2078财年（截至2078年3月31日）, the twelve months to that month.
    ("cn_fy_end", re.compile(rf"({_YEAR})\s?(?:财年|财政年度|会计年度|年度)\s?[（(]\s?截[至止]\s?(?:({_YEAR})\s?年\s?)?({_CN_M})\s?月\s?"
                             rf"(?:底|末|{_CN_D}\s?[日号])?\s?止?\s?[)）]")),
    # A year to a month's end: 截至2026年6月30日止年度, 截至6月底止财年 (twelve months to that month).
    # ('截至今年3月底止的2027/28财年': this year's March, a fiscal year written with both years.)
    ("cn_yto", re.compile(rf"截[至止]\s?(?:({_YEAR})\s?年\s?|今年|本年)?({_CN_M})\s?月\s?(?:底|末|{_CN_D}\s?[日号])?\s?止?\s?的?\s?"
                          rf"(?:{_YEAR}(?:/\d\d)?\s?)?(?:年度|财年|财政年度|全年|十二个月|12个月)(?!\s?(?:第?[一二三四1-4]\s?(?:财)?季|[上下]半|中期))")),
    # N months to a month's end (Hong Kong usage): 截至6月底止六个月, 截至2025年9月30日止6个月.
    ("cn_mto", re.compile(rf"截[至止]\s?(?:({_YEAR})\s?年\s?)?({_CN_M})\s?月\s?(?:底|末|{_CN_D}\s?[日号])?\s?止?\s?的?\s?"
                          rf"(?:(?:19|20)\d\d\s?年\s?)?"  # ('截至6月30日止的2028年中期业绩': the year between)
                          rf"(?:(1[0-2]|[2-9]|十[一二]?|[二两三四五六七八九])\s?个?月|(中期))")),  # ('…止中期业绩': six months)
    # The first N months / quarters: 前9月, 前9个月, 首8个月, 前三季, 前三季度, 首三季, 首季.
    ("cn_nm", re.compile(rf"(?:前|首)\s?{_N_ZH}\s?个?月")),
    ("cn_nq", re.compile(r"(?:前|首)\s?([二两三四2-4])\s?个?季度?|(首)季度?")),
    ("cn_ymd", re.compile(rf"({_YEAR})\s?年\s?({_CN_M})\s?月\s?({_CN_D})\s?[日号]")),
    ("cn_ym", re.compile(rf"({_YEAR})\s?年\s?({_CN_M})\s?月(?!份?\d)")),
    ("cn_md", re.compile(rf"(?<![\d个])({_CN_M})\s?月\s?({_CN_D})\s?[日号]")),
    # '2026-27', 'FY2026/27': a fiscal year across two calendar years, keyed by the year it ends in.
    # (After a comma that ends a clause, '…显示，2071/72学年', not one inside a number.)
    ("fy_span", re.compile(rf"(?<![\d.])(?<!\d,)(?:fy\s?)?({_YEAR})\s?[-/–]\s?(\d\d)(?![\d%])")),
    ("cn_fy", re.compile(rf"({_YEAR})\s?(?:财年|财政年度|会计年度|年度|财务年度)|财年\s?({_YEAR})")),
    ("cn_y", re.compile(rf"({_YEAR})\s?年(?!代)")),
    # (Not a date's month, '10月5日', '1月10-12日'; but '10月55吋面板报价' is October's.)
    ("cn_m", re.compile(rf"(?<![\d个第])({_CN_M})\s?月(?!份?\d{{1,2}}\s?(?:[日号號至到~–-]|$))(?!份?\d{{1,2}}(?!\d|\s?(?:吋|寸|英寸)))")),
    # 三季报 / 一季报: the quarterly report, of its quarter (a third-quarter report also of the nine months).
    ("cn_qreport", re.compile(r"(?<![前首上下第\d一二三四])([一三])季[报報]")),
    # 上一季度 / 前一季 are the previous quarter, not the first.
    ("cn_q", re.compile(r"(?:第|(?<![上前下本近每这该同\d]))([一二三四1-4])\s?季度|第([一二三四1-4])\s?财?季")),
    # The previous quarter / month: 上一季度, 上季, 前一季, 上月, 上个月 (the one before the quarter or
    # month named earlier in the text: 第三季度 ... 上一季度 is the second quarter).
    ("cn_prev", re.compile(r"(?:上一?个?|前一个?)(季度?|财季|月)(?!份?\d)")),
    # 上半年, 下半年, 上半财年, 下半财年, 上半年度, 上半会计年度 (a fiscal half is a half).
    ("cn_h", re.compile(r"([上下])半个?(?:财年|财政年度|会计年度|年度|年)")),
    ("en_mto", re.compile(rf"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])[\s-]months?\s+(?:to|through|thru|ended|ending|until|till)\s+"
                          rf"(?:the\s+end\s+of\s+)?({MONTH_EN})(?![a-z])(?:\s+{_CN_D}(?:st|nd|rd|th)?\b)?")),
    # 'the fiscal year ending March 2027', 'the year to March': twelve months to that month's end.
    ("en_yto", re.compile(rf"\b(?:fiscal\s+|financial\s+)?year\s+(?:to|ending|ended|ends|through)\s+(?:in\s+|on\s+)?(?:the\s+end\s+of\s+)?"
                          rf"({MONTH_EN})(?![a-z])(?:\s+{_CN_D}(?:st|nd|rd|th)?\b)?(?:,?\s+({_YEAR})\b)?")),
    # 'its half to end-September', 'the quarter ended December': the months that end in that month
    # (not 'the second quarter ended Sept 30', a numbered quarter read below).
    ("en_pto", re.compile(rf"(?<!first )(?<!second )(?<!third )(?<!fourth )(?<!fiscal )\b(half|quarter)(?:-year)?\s+"
                          rf"(?:to|ended|ending|through)\s+(?:in\s+|on\s+)?(?:the\s+end\s+of\s+|end-)?({MONTH_EN})(?![a-z])"
                          rf"(?:\s+{_CN_D}(?:st|nd|rd|th)?\b)?")),
    # 'the October 2026-September 2027 season': a span across two years, keyed by the year it ends in.
    ("en_range_yy", re.compile(rf"\b({MONTH_EN})\s+({_YEAR})\s?[-–—]\s?({MONTH_EN})(?![a-z])\s+({_YEAR})\b")),
    # 'July-September 2026', 'September-November 2026': a span of months in one year (before a month
    # and its year is read).
    ("en_range_y", re.compile(rf"\b({MONTH_EN})\s?[-–—]\s?({MONTH_EN})(?![a-z])\s+({_YEAR})\b")),
    # 'which runs from May to July 2088': the same span written with words.
    ("en_range_y_words", re.compile(rf"\bfrom\s({MONTH_EN})\s(?:to|through|until)\s({MONTH_EN})(?![a-z])\s+({_YEAR})\b")),
    ("en_mq", QUARTER_BY_MONTH),
    ("en_mh", HALF_BY_MONTH),
    ("en_mdy", re.compile(rf"\b({MONTH_EN})\s+({_CN_D})(?:st|nd|rd|th)?\b(?:,?\s+({_YEAR})\b)?")),
    ("en_dmy", re.compile(rf"\b({_CN_D})(?:st|nd|rd|th)?\s+({MONTH_EN})\b(?:,?\s+({_YEAR})\b)?")),
    ("en_my", re.compile(rf"\b({MONTH_EN})\s+(?:of\s+)?({_YEAR})\b")),
    ("en_fy", re.compile(rf"\b(?:fy\s?|fiscal\s+(?:year\s+)?)({_YEAR})\b|\b({_YEAR})\s+fiscal\s+year\b|\bfy\s?'?(\d\d)\b")),
    ("en_nq", re.compile(r"\bfirst\s+(two|three|four|[2-4])\s+(?:fiscal\s+)?quarters\b")),
    ("en_qrange", re.compile(r"\b(?:q([1-4])\s?[-–—]\s?q([1-4])|([1-4])q\s?[-–—]\s?([1-4])q)\b")),
    # ('the nine months': a results story's year so far; not 'the three months', a quarter or any three.)
    # ('44.8 billion for ten months': the year so far; not 'fell for ten months in a row', a streak.)
    ("en_nm", re.compile(rf"\b(?:(?:first|the(?=\s+(?:seven|eight|nine|ten|eleven)[\s-]months?))\s+|"
                         rf"(?:(?<=\d for )|(?<=billion for )|(?<=million for )|(?<=yuan for )|(?<=yen for )|(?<=won for )|"
                         rf"(?<=dollars for ))(?=(?:seven|eight|nine|ten|eleven)\s+months\b(?!\s+(?:in a row|running|straight))))"
                         rf"{_N_EN}[\s-]months?\b")),
    # 'nine-month net profit' (results stories: the year's first nine months); not 'a three-month high'.
    ("en_nm_adj", re.compile(r"(?<![\w-])(seven|eight|nine|ten|eleven|[789]|1[01])-month\b(?!\s(?:high|low|period end))")),
    ("en_range", re.compile(rf"\b(?:(between)\s+)?({MONTH_EN})(?:\s?[-–—]\s?|\s+(to|through|thru|until|till|and)\s+)"
                            rf"({MONTH_EN})(?![a-z])")),
    # 3Q25, 1H25: the year's digits are no figure.
    ("en_q", re.compile(r"\b(?:q([1-4])\b|([1-4])q(?:\d\d)?\b|"
                        r"(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+|calendar[\s-]+)?quarter\b)")),
    ("en_h", re.compile(r"\b(?:h([12])\b|([12])h(?:\d\d)?\b|(first|second)[\s-]+(?:fiscal[\s-]+)?half\b)")),
    ("en_m", re.compile(rf"\b({MONTH_EN})(?=[\s,.;:)'’]|$)")),  # September's: a month
    ("year", re.compile(rf"(?<![A-Za-z0-9.,$¥€£])({_YEAR})(?![A-Za-z0-9]|[.,]\d|\s?(?:%|percent|亿|万|千|百|"
                        r"[台家个辆吨名人只座项股元]))")),
]
# 'May' is a month only when capitalised and in a date-like context (not the verb).
_MAY_CONTEXT = re.compile(r"(?:in|since|from|by|until|of|early|late|mid|end|last|next|this|[\d%] on|than)\s+$", re.I)
# A month, quarter or half right after these is what a change is measured from ('fell 2.1% from
# August', '较上半年'), not the period the figure is of; unless a span goes on from it ('from August to').
_BASE_BEFORE = re.compile(r"(?:较|比|相比|相较|对比|(?<![a-z])(?:from|than(?:\s+in)?|compared\s+(?:with|to)|versus|vs\.?|"
                          r"against|above|below|times|double|twice|triple|treble|(?:flat|in line|level|unchanged) with|(?<=[\d%] )on))"
                          r"\s?(?:the\s+|in\s+the\s+|in\s+|its\s+|their\s+)?$")
# ('up 35.4% on the second quarter': 'on' right after a figure; 'double the second-quarter figure'.)
_BASE_WORDS = ("较", "比", "from", "than", "compared", "versus", "vs", "against", "above", "below", "times", "with", "% on",
               "double", "twice", "triple", "treble")
_BASE_NOT = re.compile(r"(?:starting|beginning|effective|as|since)\s+from\s?(?:the\s+)?$")
_SPAN_ON = re.compile(r"\s?(?:(?:to|through|thru|until|till|and)\s+(?:the\s+)?(?:end\s+of\s+)?(?:january|february|"
                      r"march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
                      r"jul|aug|sep|oct|nov|dec|first|second|third|fourth|q[1-4]|[1-4]q|h[12]|[12]h|fiscal|20\d\d)|"
                      r"onwards?|-|–|至|到|起|开始)(?![a-z])")
_BASE_NAMES = frozenset({"en_m", "cn_m", "en_q", "cn_q", "en_h", "cn_h", "cn_prev"})
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
# Spans with a name of their own; a span from January is the first N months.
_CANON = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2"}


@dataclass(frozen=True, slots=True)
class Temporal:
    kind: str  # year, month, date, quarter (quarters, halves and other spans of months)
    key: str
    text: str
    start: int
    end: int
    # What a change is measured from ('from August'): also held by a paragraph that gives the next
    # period's change on the previous one (9月 ... 月减2.1%).
    base: bool = False
    # Other keys a paragraph naming this holds: 'the April-September half' is a (fiscal) first
    # half; 4月至9月 names April and September.
    also: tuple[str, ...] = ()


def span_key(first: int, last: int) -> str | None:
    """The key of the months ``first`` to ``last`` (12 -> 1 wraps): 'Q3', 'H1', '9M', 'R4-9'."""
    if first == last:
        return None
    if (first, last) in _CANON:
        return _CANON[(first, last)]
    return f"{last}M" if first == 1 else f"R{first}-{last}"


def _fiscal_half(first: int, last: int) -> tuple[str, ...]:
    """April-September and October-March are the halves of a fiscal year starting in April (Japan,
    Hong Kong, India, the UK); March-August and September-February of one starting in March
    (Japanese retailers)."""
    if (last - first) % 12 == 5 and first in (3, 4, 9, 10):
        return ("H1",) if first in (3, 4) else ("H2",)
    return ()


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
_DASHES = re.compile(r"[-–—~至到]")
_dash = _DASHES.search
_dash_or_pair = re.compile(r"[-–—~至到、]").search
_TOGETHER_AFTER = re.compile(r"\s?(?:的\s?)?[^\d，,。；;]{0,4}?(?:平均|合计|合計|累计|累計|共计|共計|总计|總計|合并|合併)")
_GUARDS: dict[str, Callable[[str, dict[str, bool]], object]] = {
    "cn_ymd": lambda t, f: f["nian"] and f["yue"], "cn_ym": lambda t, f: f["nian"] and f["yue"],
    "cn_md": lambda t, f: f["yue"], "cn_fy": lambda t, f: f["nian"], "cn_y": lambda t, f: f["nian"],
    "cn_prev": lambda t, f: (f["ji"] or f["yue"]) and ("上" in t or "前一" in t),
    "cn_m": lambda t, f: f["yue"], "cn_q": lambda t, f: f["ji"], "cn_qreport": lambda t, f: "季报" in t or "季報" in t, "cn_qrange": lambda t, f: f["ji"] and _dash(t),
    "cn_nq": lambda t, f: f["ji"] and ("前" in t or "首" in t),
    "cn_h": lambda t, f: "半" in t, "cn_nm": lambda t, f: f["yue"] and ("前" in t or "首" in t),
    "cn_range": lambda t, f: f["yue"] and _dash_or_pair(t), "cn_mto": lambda t, f: f["yue"] and "截" in t,
    "en_mto": lambda t, f: f["month"] and "month" in t, "en_nm": lambda t, f: "month" in t,
    "en_yto": lambda t, f: f["month"] and "year " in t, "cn_yto": lambda t, f: f["yue"] and "截" in t,
    "cn_fy_end": lambda t, f: f["nian"] and "截" in t,
    "en_nm_adj": lambda t, f: "-month" in t,
    "en_nq": lambda t, f: "quarters" in t, "en_qrange": lambda t, f: ("q1" in t or "q2" in t or "q3" in t or "1q" in t or "2q" in t or "3q" in t) and _dash(t),
    "en_range": lambda t, f: f["month"], "en_range_y": lambda t, f: f["month"] and _dash(t),
    "en_range_y_words": lambda t, f: f["month"] and "from " in t,
    "en_mq": lambda t, f: f["month"] and "quarter" in t,
    "en_mh": lambda t, f: f["month"] and "half" in t,
    "en_range_yy": lambda t, f: f["month"] and _dash(t),
    "en_pto": lambda t, f: f["month"] and ("half" in t or "quarter" in t),
    "en_mdy": lambda t, f: f["month"], "en_dmy": lambda t, f: f["month"], "en_my": lambda t, f: f["month"],
    "en_fy": lambda t, f: "fy" in t or "fiscal" in t,
    "fy_span": lambda t, f: f["digit"] and _dash(t) or "/" in t,
    "en_q": lambda t, f: "q" in t,
    "en_h": lambda t, f: "half" in t or "h1" in t or "h2" in t or "1h" in t or "2h" in t,
    "en_m": lambda t, f: f["month"],
    "year": lambda t, f: f["digit"],
}
_ANY_MONTH = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                        r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")
_DIGIT = re.compile(r"\d")


# Spans read up to a month's end that may name its day: 'the three months to October 31'.
_SPANS_TO_A_DAY = frozenset({"en_mto", "en_yto", "en_pto"})
_END_DAY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?$")


def _with_end_day(items: list[Temporal], written: str) -> list[Temporal]:
    """A span written with its last day ('…to October 31') also names that day (its date key)."""
    day = _END_DAY.search(written)
    if day is None:
        return items
    out = []
    for t in items:
        last = t.key.partition("-")[2] if t.key[:1] == "R" else None
        if t.kind == "quarter" and last and last.isdigit():
            t = replace(t, also=t.also + (f"M{last}-D{int(day.group(1))}",))
        out.append(t)
    return out


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
    flags = {"nian": "年" in low, "yue": "月" in low, "ji": "季" in low,
             "month": _ANY_MONTH.search(low) is not None, "digit": _DIGIT.search(low) is not None}
    spans_all: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        if not _GUARDS[name](masked, flags):
            continue
        spans = []
        for m in pattern.finditer(masked):
            items = _interpret(name, m, text)
            if items and name in _SPANS_TO_A_DAY:
                items = _with_end_day(items, m.group(0))
            if items:
                found.extend(items)
                spans.append((m.start(), m.end()))
        if spans:
            masked = _blank(masked, spans)
            spans_all.extend(spans)
    found.sort(key=lambda t: t.start)
    if any(t.key in _PREVIOUS for t in found):
        found = _resolve_previous(found)
    if any(t.kind == "quarter" and t.key[:1] in "QH" for t in found):
        elided = _elided_periods(masked, found)
        if elided:
            found = sorted(found + elided, key=lambda t: t.start)
            spans_all.extend((e.start, e.end) for e in elided)
    return found, (_blank(text, spans_all) if spans_all else text)


# 'in the third quarter from 1.94 trillion won in the second': the ordinal's noun is the quarter or
# half named before it in the sentence.
_ELIDED = re.compile(r"\b(?:than in|than at|in|from|than|with) the (first|second|third|fourth)(?=[.,;]|$|\s(?:and|but|while|as|when)\b)")


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _elided_periods(masked: str, found: list[Temporal]) -> list[Temporal]:
    out = []
    for m in _ELIDED.finditer(masked):
        named = [t for t in found if t.kind == "quarter" and t.key[:1] in "QH" and t.end <= m.start()
                 and not _SENTENCE_END.search(masked, t.end, m.start()) and m.start() - t.end < 160]
        if not named:
            continue
        unit = named[-1].key[:1]
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}[m.group(1)]
        if unit == "H" and n > 2:
            continue
        base = m.group(0).startswith(("from", "than"))  # 'down 1.9% from the second': what the change is from
        out.append(Temporal("quarter", f"{unit}{n}", m.group(0)[m.group(0).index("the"):], m.start(1) - 4, m.end(), base))
    return out


_PREVIOUS = {"Q-1": "Q", "M-1": "M"}


def _resolve_previous(found: list[Temporal]) -> list[Temporal]:
    """上一季度 is the quarter before the last quarter named before it (上月: the month before the
    last month or date); with none named it is left out."""
    out: list[Temporal] = []
    named: list[Temporal] = []  # the periods written out (an anchor), not the resolved ones
    for t in found:
        kind = _PREVIOUS.get(t.key)
        if kind is None:
            out.append(t)
            named.append(t)
            continue
        anchor = next((o.key.split("-")[0] for o in reversed(named) if o.key[:1] == kind and o.key[1:2].isdigit()
                       and (o.kind == "date" or "-" not in o.key)), None)
        before = _before(anchor) if anchor else None
        if before:
            out.append(Temporal(t.kind, before, t.text, t.start, t.end, t.base, t.also))
    return out


def _before(key: str) -> str | None:
    """The period right before ``key`` ('Q3' -> 'Q2', 'Q1' -> 'Q4', 'M1' -> 'M12')."""
    n = int(key[1:])
    if key[0] == "Q" and 1 <= n <= 4:
        return f"Q{(n - 2) % 4 + 1}"
    if key[0] == "M" and 1 <= n <= 12:
        return f"M{(n - 2) % 12 + 1}"
    return None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


_HINT = re.compile(r"[月季半]|quarter|half|nine|[A-Za-z]{3}")


def _is_base(low: str, s: int, e: int) -> bool:
    """Whether the period at low[s:e] is what a change is measured from ('from August', '较上半年')."""
    before = low[max(0, s - 24):s]
    if not any(w in before for w in _BASE_WORDS):
        return False  # the common case, without a regex
    return bool(_BASE_BEFORE.search(before)) and not _BASE_NOT.search(before) and not _SPAN_ON.match(low, e)


def _span(mk, first: int, last: int, *, ends: bool = False, half: bool = False) -> list[Temporal]:
    """One temporal for the months ``first`` to ``last``; with ``ends`` a paragraph naming it also
    names its first and last month (4月至9月), with ``half`` it is the fiscal year's half."""
    key = span_key(first, last)
    if key is None:
        return []
    also: tuple[str, ...] = (f"M{first}", f"M{last}") if ends and first != 1 else ()
    if half:
        also += _fiscal_half(first, last)
    return [mk("quarter", key, also=also)]


_MONTH_END = re.compile(r"\s?(?:末|底)")
_QUARTER_END_EN = re.compile(r"\bend[- ](?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
_LAST_DAY = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


# 'the second quarter ended Sept 30', 'its first quarter to September 30': a fiscal quarter that is also
# July-September.
# ('its fiscal first quarter, which ended on September 29'; 'the 13 weeks ended July 29'; 'the second fiscal
# quarter, which runs from January to March 2035')
_ENDED_MONTH = re.compile(rf"(?:,\s+(?:which|(?P<weeks>the\s+(?:12|13|14|thirteen|fourteen)\s+weeks))(?:\s+runs\s+from\s+{MONTH_EN})?)?"
                          rf"\s+(?:ended|ending|to|through)\s+(?:on\s+)?(?:the\s+end\s+of\s+)?(?P<month>{MONTH_EN})(?![a-z])\.?(?:\s(?P<day>\d{{1,2}})\b)?")


def _ended_in(text: str, end: int, months: int) -> tuple[str, ...]:
    """The calendar span of a quarter or half said to end in a month ('second quarter ended Sept 30')."""
    m = _ENDED_MONTH.match(text[end:end + 60].lower())
    if m is not None and m.group("weeks") and not (m.group("day") and int(m.group("day")) >= 25):
        return ()  # ('the 13 weeks to Oct. 4' is a quarter to September: weeks end near a month's end, or say nothing)
    last = _month(m.group("month")) if m else None
    key = span_key((last - months) % 12 + 1, last) if last else None
    return (key,) if key else ()


# A four-digit code in brackets right after a Han name ('春雨（2012）'); not after a time word or a
# book title, nor before 年 ('去年（2025）', '《繁花》（2023）', '明（2027）年').
_TICKER_OPEN = re.compile(rf"(?<=[{HAN_CLASS}])(?<![年季期度前后後内內》今明去本])\s?[（(]\s?$")
_TICKER_CLOSE = re.compile(r"\s?[)）](?!\s?年)")  # ('明（2027）年': a year)


def is_ticker_code(text: str, start: int, end: int) -> bool:
    """Whether the four digits at text[start:end] are a stock code written after a company's name."""
    return _TICKER_OPEN.search(text, max(0, start - 3), start) is not None and _TICKER_CLOSE.match(text, end) is not None


def _interpret(name: str, m: re.Match, text: str) -> list[Temporal]:
    s, e = m.start(), m.end()
    t = text[s:e]
    g = m.groups()  # lower-cased; where case matters ('May') the original is read at the same span

    def mk(kind: str, key: str, also: tuple[str, ...] = ()) -> Temporal:
        return Temporal(kind, key, t, s, e, name in _BASE_NAMES and _is_base(m.string, s, e), also)

    if name in ("cn_ymd",):
        mo = _month(g[1])
        return [mk("year", g[0]), mk("date", f"M{mo}-D{int(g[2])}")] if mo else []
    if name == "cn_ym":
        mo = _month(g[1])
        return [mk("year", g[0]), mk("month", f"M{mo}")] if mo else []
    if name == "cn_md":
        mo = _month(g[0])
        return [mk("date", f"M{mo}-D{int(g[1])}")] if mo else []
    if name == "fy_span":
        start = int(g[0])
        # (A paragraph naming it also names the year it starts in: '4.4% in 2025/26' for 'a year earlier'.)
        return [replace(mk("year", str(start + 1)), also=(str(start),))] if int(g[1]) == (start + 1) % 100 else []
    if name in ("cn_fy", "en_fy"):
        if name == "en_fy" and not (g[0] or g[1]):
            return [mk("year", f"20{g[2]}")]  # 'FY27': the fiscal year ending in 2027
        return [mk("year", g[0] or g[1])]
    if name == "year" and is_ticker_code(text, s, e):
        return []  # '螺絲大廠春雨（2012）': a Taiwan stock code, not a year
    if name in ("cn_y", "year"):
        return [mk("year", g[0])]
    if name == "cn_m":
        mo = _month(g[0])
        if mo and _MONTH_END.match(text, m.end()):
            # 9月末 / 9月底 is also the month's last day ('as of September 30').
            return [mk("month", f"M{mo}", (f"M{mo}-D{_LAST_DAY[mo]}",))]
        return [mk("month", f"M{mo}")] if mo else []
    if name in ("cn_nm", "en_nm", "en_nm_adj"):
        n = COUNT_WORDS.get(g[0]) or (int(g[0]) if g[0].isdigit() else None)
        return _span(mk, 1, n) if n and 2 <= n <= 11 else []
    if name in ("cn_nq", "en_nq"):
        if g[-1] == "首":
            return [mk("quarter", "Q1")]
        n = COUNT_WORDS.get(g[0]) or (int(g[0]) if g[0].isdigit() else None)
        return _span(mk, 1, 3 * n) if n and 2 <= n <= 4 else []
    if name in ("cn_qrange", "en_qrange"):
        a, b = (_CN_NUM.get(g[0] or g[2]), _CN_NUM.get(g[1] or g[3])) if name == "en_qrange" else \
            (_CN_NUM.get(g[0]), _CN_NUM.get(g[1]))
        return _span(mk, 3 * a - 2, 3 * b) if a and b and a < b <= 4 else []
    if name == "cn_mto":
        last = _month(g[1])
        n = 6 if g[3] else COUNT_WORDS.get(g[2]) or (int(g[2]) if g[2].isdigit() else None)
        if n == 12 and last:
            return _span(mk, last % 12 + 1, last) + ([mk("year", g[0])] if g[0] else [])  # '截至6月底止12个月': a year to June
        if not n or not last or not 2 <= n <= 11:
            return []
        return _span(mk, (last - n) % 12 + 1, last, half=True) + ([mk("year", g[0])] if g[0] else [])
    if name == "cn_fy_end":
        # (The paragraph names the month it ends and that month's year too: 'which ended in March 2028'.)
        last = _CN_NUM.get(g[2]) or (int(g[2]) if g[2].isdigit() else None)
        if not last:
            return []
        span = [] if last == 12 else [replace(t, also=t.also + (f"M{last}",)) for t in _span(mk, last % 12 + 1, last)]
        return span + [replace(mk("year", g[0]), also=(g[1],) if g[1] and g[1] != g[0] else ())]
    if name == "cn_yto":
        last = _CN_NUM.get(g[1]) or (int(g[1]) if g[1].isdigit() else None)
        if not last or last == 12:
            return []
        return _span(mk, last % 12 + 1, last) + ([mk("year", g[0])] if g[0] else [])
    if name == "en_yto":
        last = _month(g[0])
        if not last:
            return []
        if last == 12:
            # The year to December is the calendar year: its year says it; the words are no month.
            return [mk("quarter", "12M")] + ([mk("year", g[1])] if g[1] else [])
        out = _span(mk, last % 12 + 1, last)
        return out + ([mk("year", g[1])] if g[1] else [])
    if name == "en_mto":
        n, last = COUNT_WORDS.get(g[0]) or (int(g[0]) if g[0].isdigit() else None), _month(g[1])
        if n == 12 and last:
            return _span(mk, last % 12 + 1, last)  # 'the 12 months to the end of June': a year to June
        if not n or not last or not 2 <= n <= 11:
            return []
        # 'the six months to September' is April-September, the half of a fiscal year.
        return _span(mk, (last - n) % 12 + 1, last, half=True)
    if name in ("en_range", "cn_range"):
        if name == "cn_range":
            a, b, sep, between = _month(g[0]), _month(g[1]), "-", None
            if "、" in m.group(0):
                # '10、11月平均月营收' is of the two months together; '10、11月营收分别为…' and '1、3月' name
                # each month.
                if not a or not b:
                    return []
                if b != a % 12 + 1 or not _TOGETHER_AFTER.match(text, m.end()):
                    return [Temporal("month", f"M{a}", t, s, m.start(2), False), Temporal("month", f"M{b}", t, m.start(2), e, False)]
        else:
            between, sep = g[0], g[2]
            if any(tok.startswith("may") and text[m.start(i)] != "M" for i, tok in ((2, g[1]), (4, g[3]))):
                return []
            a, b = _month(g[1]), _month(g[3])
        if not a or not b or a == b or (sep == "and" and not between):
            return []  # 'March and April' are two months, not a span
        if sep in ("to", "until", "till") and a != 1 and m.string[max(0, s - 5):s].endswith("from "):
            # 'rose from June to September' may be a change between two months: both must be named.
            return [mk("month", f"M{a}"), mk("month", f"M{b}")]
        # (Six months from April or October are a fiscal year's half, called 'half' or not: a
        # paragraph saying 下半财年 holds 'October-March'.)
        return _span(mk, a, b, ends=True, half=True)
    if name == "en_range_yy":
        a, b = _month(g[0]), _month(g[2])
        if not a or not b or int(g[3]) != int(g[1]) + 1 or any(
                tok.startswith("may") and text[m.start(i)] != "M" for i, tok in ((1, g[0]), (3, g[2]))):
            return []
        return _span(mk, a, b) + [replace(mk("year", g[3]), also=(g[1],))]
    if name in ("en_range_y", "en_range_y_words"):
        a, b = _month(g[0]), _month(g[1])
        if not a or not b or a == b or any(tok.startswith("may") and text[m.start(i)] != "M"
                                          for i, tok in ((1, g[0]), (2, g[1]))):
            return []
        return _span(mk, a, b, ends=True, half=True) + [mk("year", g[2])]
    if name == "en_pto":
        last, n = _month(g[1]), 6 if g[0] == "half" else 3
        if not last or g[1].startswith("may") and text[m.start(2)] != "M":
            return []
        return _span(mk, (last - n) % 12 + 1, last, half=n == 6)
    if name == "en_mq":
        last = _month(g[0])
        if not last or g[0].startswith("may") and text[m.start(1)] != "M":
            return []
        return _span(mk, (last - 3) % 12 + 1, last) + ([mk("year", g[1])] if g[1] else [])
    if name == "en_mh":
        last = _month(g[0])
        if not last or g[0].startswith("may") and text[m.start(1)] != "M":
            return []
        return _span(mk, (last - 6) % 12 + 1, last, half=True) + ([mk("year", g[1])] if g[1] else [])
    if name == "cn_prev":
        return [mk("quarter" if "季" in g[0] else "month", "Q-1" if "季" in g[0] else "M-1")]
    if name == "cn_q":
        q = _CN_NUM.get(g[0] or g[1])
        if not (q and q <= 4):
            return []
        # '第二季末' is also the end of June (a claim's 'end-June' names it).
        return [mk("quarter", f"Q{q}", also=(f"M{3 * q}",) if _MONTH_END.match(text, e) else ())]
    if name == "cn_qreport":
        return [mk("quarter", "Q1" if g[0] == "一" else "Q3", also=() if g[0] == "一" else ("9M",))]
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
        if not q:
            return []
        at_end = _QUARTER_END_EN.search(text, max(0, s - 12), s)  # 'at the end of the second quarter': end-June
        return [mk("quarter", f"Q{int(q)}", also=(f"M{3 * int(q)}",) if at_end else _ended_in(text, e, 3))]
    if name == "en_h":
        h = g[0] or g[1] or ("1" if (g[2] or "").lower() == "first" else "2")
        return [mk("quarter", f"H{h}", also=_ended_in(text, e, 6))]
    if name == "en_m":
        tok = text[m.start(1):m.end(1)]
        if tok.lower().rstrip(".") == "may":
            if not (tok.startswith("M") and _MAY_CONTEXT.search(text[max(0, s - 10):s])):
                return []
        elif tok.rstrip(".").lower() in ("mar", "jun", "jul", "aug", "oct", "nov", "dec", "jan", "feb",
                                           "apr", "sep", "sept") and not tok[0].isupper():
            return []  # lower-case 'mar', 'dec' are words, not months
        elif "." not in tok and len(tok) == 3 and (_NAME_BEFORE.search(text, max(0, s - 16), s)
                                                   or _GIVEN_NAME_AFTER.match(text, m.end(1))):
            # 'Liu Jun', 'Kim Jan': a given name after a capitalised surname, not June; 'Jun
            # Young-hyun': a surname before a given name.
            return []
        return [mk("month", f"M{_month(tok)}")]
    return []


_GIVEN_NAME_AFTER = re.compile(r"\s[A-Z][a-z]+(?:-[a-z]+)?\b(?!\s?\d)")
_NAME_BEFORE = re.compile(r"(?<![A-Za-z])(?!(?:In|On|By|Since|From|Until|Through|After|Before|During|Of|Last|Early|Late|"
                          r"Mid|End|For|To|And|Or|Each|Every|Since)\s)[A-Z][a-z]{1,8}\s$")


# The year so far, to the date a paragraph gives: 今年以来, 年初至今, 'year to date'.
YEAR_SO_FAR = re.compile(r"今年以来|今年以來|年初以来|年初以來|年初至今|今年迄今|今年累计|今年累計|\byear[- ]to[- ]date\b|\bso far this year\b")
_ROLLING = re.compile(r"R(\d{1,2})-(\d{1,2})")


# A span that ends on the date the text gave before: 'the nine months to the same date'.
TO_THE_SAME_DATE = re.compile(r"\s(?:to|ended|ending)\sthe\ssame\sdate\b")
_BY_MONTHS = re.compile(r"month|月")


def written_by_months(text: str) -> bool:
    """Whether a period is written by its months ('the six months to December 31', 截至6月30日止六個月), not by a
    number ('first half'), which a fiscal year may count from another month."""
    return _BY_MONTHS.search(text.lower()) is not None


def last_month(key: str) -> int | None:
    """The month a period's key ends in: R10-6 in June (across the year's end), Q2 in June, M6 in June."""
    if (m := _ROLLING.fullmatch(key)) is not None:
        return int(m.group(2))
    months = months_of(key)
    return max(months) if months else None


def year_to_month(key: str) -> int | None:
    """The month a claim's 'year to September' (the twelve months to it, R10-9) ends in; None for other keys.
    A paragraph that gives the year so far to that month's end (截至今年9月底…今年以来) says it too."""
    m = _ROLLING.fullmatch(key)
    if m is None or (int(m.group(1)) - 2) % 12 + 1 != int(m.group(2)):
        return None
    return int(m.group(2))


def keys_of(temporals: list[Temporal]) -> set[str]:
    """All keys a paragraph holds; a date also holds its month, a span what it also names."""
    keys: set[str] = set()
    for t in temporals:
        keys.add(t.key)
        if t.kind == "date":
            keys.add(t.key.split("-")[0])
        if t.also:
            keys.update(t.also)
    return keys


# Years said relative to the dateline. RELATIVE_YEARS: how a paragraph may say a year a given offset
# away (searched as text); RELATIVE_YEAR: the words that name one year, keyed by relative_year_key
# ('+1' for 明年); not 上年末 / 上年同期, which name a base.
RELATIVE_YEARS: dict[int, tuple[str, ...]] = {
    # ('预估今、明两年EPS分别为…': this year and next, said together.)
    # ('by the end of the calendar year' in a story of a fiscal year: the dateline's year.)
    0: ("今年", "本年", "this year", "this year's", "the current year", "the calendar year", "this calendar year",
        "今、明两年", "今明两年", "今、明年"),
    -1: ("去年", "上年", "last year", "a year earlier", "the previous year"),
    1: ("明年", "来年", "next year", "the coming year", "今、明两年", "今明两年"),
    -2: ("前年",),  # the year before last ('较前年底增加12家' in a January 2028 story: the end of 2026)
}
RELATIVE_YEAR = re.compile(r"今年|本年|明年|来年|去年|上年(?!末|底|同期)|(?<![提目此之以先当底末])前年(?!报)|"
                           r"(?i:\b(?:this|next|last|the current|the coming) year\b|\b(?:this|the) calendar year\b)")


def relative_year_key(word: str) -> str:
    """'明年' -> '+1', 'this year' -> '+0': the offset from the dateline's year, as binding keys write it."""
    offset = next(k for k, words in RELATIVE_YEARS.items() if word.lower() in words)
    return f"{offset:+d}"


_YEAR_THEN_PERIOD = re.compile(r"\s?(?:年|年度|财年)?\s?(?:的)?$")
_PERIOD_THEN_YEAR = re.compile(r"^\s?(?:of\s+|,\s?)?(?:fiscal\s+(?:year\s+)?|fy\s?)?$", re.IGNORECASE)


_SO_FAR = re.compile(r"(?:[2-9]|1[01])M")


def years_named(temporals: list[Temporal], text: str) -> list[Temporal]:
    """The years a text names, in digits or relative to the dateline (明年 as '+1')."""
    years = [t for t in temporals if t.kind == "year"]
    # 明年第一季, 'the first quarter of next year': a year said relative to the dateline ('@+1').
    return years + [Temporal("year", relative_year_key(m.group(0)), m.group(0), m.start(), m.end())
                    for m in RELATIVE_YEAR.finditer(text)]


def years_of_period(t: Temporal, years: list[Temporal], text: str) -> list[Temporal]:
    """The years written right next to a quarter or half ('second half of 2027', '明年第三季')."""
    tied = [y for y in years if (0 <= y.start - t.end <= 16 and _PERIOD_THEN_YEAR.match(text[t.end:y.start]))
            or (0 <= t.start - y.end <= 4 and _YEAR_THEN_PERIOD.search(text[y.end:t.start]) and "\n" not in text[y.end:t.start])]
    if not tied and text[max(0, t.start - 2):t.start] == "其中":
        # ('2065年全年国内手机出货量约为2.98亿部，…，其中下半年出货1.52亿部': a part of the year the sentence
        # gives whole.)
        whole = [y for y in years if y.end <= t.start and _WHOLE_YEAR_AFTER_ZH.match(text, y.end)
                 and not re.search(r"[。;；]", text[y.end:t.start])]
        if whole and not any(whole[-1].end <= y.start < t.start for y in years):
            tied = whole[-1:]
    return tied


_WHOLE_YEAR_AFTER_ZH = re.compile(r"\s?年?(?:度)?全年")


def period_years(temporals: list[Temporal], text: str) -> set[str]:
    """Quarters and halves tied to the year written right next to them: 'second half of 2027',
    'Q3 2026', '2025年第四季' -> {'H2@2027', ...}. Lets 'the second half of 2026' be told apart
    from a paragraph's 'second half of 2027' when the paragraph also names 2026 elsewhere."""
    out: set[str] = set()
    years = years_named(temporals, text)
    if not years:
        return out
    for t in temporals:
        if t.kind == "month" and t.key[:1] == "M" and t.key[1:].isdigit():
            # 'the end of March 2027', '2027年3月': a month and its year read as one.
            for y in years:
                if y.start == t.start or 0 <= t.start - y.end <= 1 or (0 <= y.start - t.end <= 2 and
                                                                       not text[t.end:y.start].strip(" ,")):
                    out.add(f"{t.key}@{y.key}")
            continue
        # (Also the year so far: 'the first nine months of 2026' is 9M@2026.)
        if t.kind != "quarter" or not (t.key[:1] in "QH" or _SO_FAR.fullmatch(t.key)):
            continue
        out.update(f"{t.key}@{y.key}" for y in years_of_period(t, years, text))
    return out


# ------------------------------------------------------------------ periods a paragraph implies

def following(key: str) -> str | None:
    """The period right after ``key`` ('M8' -> 'M9', 'M12' -> 'M1', 'Q2' -> 'Q3', 'H1' -> 'H2')."""
    if len(key) < 2 or not key[1:].isdigit():
        return None
    n = int(key[1:])
    if key[0] == "M" and 1 <= n <= 12:
        return f"M{n % 12 + 1}"
    if key[0] == "Q" and 1 <= n <= 4:
        return f"Q{n % 4 + 1}"
    if key[0] == "H" and n in (1, 2):
        return f"H{3 - n}"
    return None


# Taiwan and Hong Kong compact forms of a change on the month or quarter before (月增, 季減, 月漲), not a
# period then a verb ('第三季增长', '10月增长'); facts.atoms reads its bases with them too.
MONTH_CHANGE_ZH = r"(?<![\d一二三四五六七八九十个本上下该当同每])月(?:增|减|涨|跌)"
QUARTER_CHANGE_ZH = r"(?<![一二三四1-4度本上下该当同每首前单])季(?:增|减|涨|跌)"
# A change on the previous month / quarter / half (text prepared: simplified, lower-cased).
_SEQUENTIAL = {
    "M": re.compile(r"环比|按月|on-month|\bon (?:the )?month\b|" + MONTH_CHANGE_ZH + r"|month[- ]on[- ]month|m/m|"
                    r"from (?:the previous|the prior|the preceding|a) month|(?:比|较)上个?月|sequential"),
    "Q": re.compile(r"环比|按季|on-quarter|\bon (?:the )?quarter\b|" + QUARTER_CHANGE_ZH + r"|quarter[- ]on[- ]quarter|q/q|qoq|"
                    r"from (?:the previous|the prior|the preceding|a) quarter|(?:比|较)(?:上一?|前一)季|sequential"),
    "H": re.compile(r"环比|half[- ]on[- ]half|from (?:the previous|the prior|the preceding) half|sequential"),
}


def measured_from(base: str, keys: set[str], low: str) -> bool:
    """Whether a paragraph (its keys, its prepared lower-cased text) gives the change of the period
    after ``base`` on ``base``: 9月 ... 月减2.1% is a fall from August; 第三季 ... 季增 one from Q2."""
    nxt = following(base)
    rx = _SEQUENTIAL.get(base[:1])
    return bool(nxt and rx and nxt in keys and rx.search(low))


def months_of(key: str | None) -> frozenset[int] | None:
    """The calendar months a period key spans ('Q3' -> 7-9, '9M' -> 1-9, 'R10-3' -> 10-12 and 1-3,
    'M4' -> 4); None for a key that is not a span of months (a year, a date, 'Y-1')."""
    if not key:
        return None
    kind, rest = key[:1], key[1:]
    if kind == "Q" and rest in ("1", "2", "3", "4"):
        n = int(rest)
        return frozenset(range(3 * n - 2, 3 * n + 1))
    if kind == "H" and rest in ("1", "2"):
        return frozenset(range(1, 7)) if rest == "1" else frozenset(range(7, 13))
    if kind == "M" and rest.isdigit() and 1 <= int(rest) <= 12:
        return frozenset({int(rest)})
    if kind == "R" and "-" in rest:
        a, b = (int(x) for x in rest.split("-"))
        return frozenset((a - 1 + i) % 12 + 1 for i in range((b - a) % 12 + 1))
    if key.endswith("M") and key[:-1].isdigit() and 1 <= int(key[:-1]) <= 12:
        return frozenset(range(1, int(key[:-1]) + 1))
    return None


def cumulative(key: str | None) -> bool:
    """Whether a period key is a span counted from the year's start or between named months
    ('9M', 'R4-9'), not a calendar quarter, half or month."""
    if not key:
        return False
    return key[:1] == "R" or (key.endswith("M") and key[:-1].isdigit())


def _months(key: str) -> int:
    """How many months a period key spans (0: not a period)."""
    if key[:1] == "Q":
        return 3
    if key[:1] == "H":
        return 6
    if key[:1] == "R" and "-" in key:
        a, b = (int(x) for x in key[1:].split("-"))
        return (b - a) % 12 + 1
    return 0


# Words that refer back to the story's half or quarter: 'in the half', 'the quarter', 当季, 该季度.
_BACK = {
    # ('Valterra Platinum, which published half-year results on Monday (July 27), said…': the half too.)
    6: re.compile(r"\b(?:the|this|that) half\b(?![- ]year)|\bthe (?:six|6)[- ]month period\b|该半年|本半年|"
                  r"\b(?:half-year|half-yearly|interim) (?:results|earnings|figures|report)\b"),
    3: re.compile(r"\b(?:the|this|that) quarter\b|\bthe (?:three|3)[- ]month period\b|当季|本季|该季|单季|季内"),
}


def last_ended(span: int, dated: date) -> str | None:
    """The calendar half (``span`` 6) or quarter (3) that ended last before ``dated``: H1 for a date
    in July-December, Q3 for one in October-December. (None for a half in January-June: a half to
    December is as often a fiscal year's first, 'the six months to December 31' of Australian
    companies, as the calendar's second.)"""
    if span == 6:
        return "H1" if dated.month > 6 else None
    if span == 3:
        return f"Q{((dated.month - 1) // 3 - 1) % 4 + 1}"
    return None


def refers_back(key: str, low: str) -> bool:
    """Whether a paragraph says 'the half' ('the quarter') where ``key`` is a half (a quarter)."""
    rx = _BACK.get(_months(key))
    return bool(rx and rx.search(low))


def established(key: str, named: set[str], dated: date | None = None) -> bool:
    """Whether ``key`` is the one half (quarter) among the period keys ``named`` before: what 'the
    half' then means. The April-September half and the (fiscal) first half are one half; a first
    and a second half named both leave 'the half' open, unless ``key`` is the calendar half (quarter)
    that ended last before the story's date ``dated``: a results story's 'the half' ('Foxtons …
    for the six months to June 30' in a July story that also looks to 'the second half')."""
    span = _months(key)
    if not span or key not in named:
        return False
    if dated is not None and key == last_ended(span, dated):
        return True
    same = {k for k in named if _months(k) == span}
    if span == 6:
        return not {"H1", "H2"} <= same and len(same - {"H1", "H2"}) <= 1
    return len(same) == 1


# Days a story names by their place in the week or relative to its dateline: '昨（10）日', '10日收在…',
# '昨日', 'on Sunday', 'last Friday', '上周五'. What they are needs the dateline, so they are not keys
# of their own text; ``dated_days`` resolves them for a story dated ``dated``.
_ZH_DAY = re.compile(r"(?<![月\d.])(?:[昨今前]\s?)?[（(]?\s?(3[01]|[12]\d|0?[1-9])\s?[）)]?\s?日"
                     r"(?!均|年化|内|线|期|以来|移动|平均|之内|起|元)")
_ZH_RELATIVE = re.compile(r"(前日|前天|昨日|昨天|昨晚|今日|今天|今晨|日前)")
_ZH_MONTH_DAY = re.compile(r"([上本下])个?月\s?(3[01]|[12]\d|0?[1-9])\s?日")
# Months named by the dateline's: 'this month', 上月 (relative_month_words).
RELATIVE_MONTHS: dict[int, tuple[str, ...]] = {
    0: ("本月", "当月", "this month"),
    -1: ("上月", "上个月", "last month"),
    1: ("下月", "下个月", "next month"),
}
_ZH_WEEKDAY = re.compile(r"([上下])?(?:周|星期|礼拜)([一二三四五六日天])")
_EN_RELATIVE = re.compile(r"\b(yesterday|today)\b")
_EN_WEEKDAY = re.compile(r"\b(last |next )?(" + "|".join(_WEEKDAYS) + r")\b(?:\s(last|next) week\b)?")
# Words of what is still to come: a weekday after one in its clause ('will be paid on Friday',
# '将于周五') is ahead of the dateline, and so is a yearless month in a paragraph that has one.
FUTURE_WORDS = re.compile(r"\b(?:will|would|is due|are due|due to|scheduled|set to|plans? to|expects? to)\b|"
                          r"将|拟|计划|预计|预期", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.。;；!?！？]\s|[,，]")
_SAID = re.compile(r"\b(?:said|says|told)\b|表示|称")
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_RELATIVE_DAYS = {"前日": -2, "前天": -2, "昨日": -1, "昨天": -1, "昨晚": -1, "今日": 0, "今天": 0, "今晨": 0,
                  "yesterday": -1, "today": 0}


def dated_days(low: str, dated: date) -> set[str]:
    """Date keys ('M11-D10') of the days ``low`` (a folded paragraph) names relative to ``dated``:
    a day of the month without its month (the dateline's month, or the one before when the day is
    later than the dateline's), 昨日/today, and weekdays (the last such day up to the dateline)."""
    days: set[date] = set()
    if "日" in low:
        for m in _ZH_DAY.finditer(low):
            day = int(m.group(1))
            month_start = dated.replace(day=1)
            when = month_start if day <= dated.day else (month_start - timedelta(days=1)).replace(day=1)
            try:
                days.add(when.replace(day=day))
            except ValueError:
                pass  # '31日' before a 30-day dateline month: no such day to name
    if "月" in low:
        for m in _ZH_MONTH_DAY.finditer(low):  # '上月22日': a day of the month before the dateline's
            month = dated.month + {"上": -1, "本": 0, "下": 1}[m.group(1)]
            year = dated.year + (month - 1) // 12
            try:
                days.add(date(year, (month - 1) % 12 + 1, int(m.group(2))))
            except ValueError:
                pass  # '上月31日' after a 30-day month: no such day to name
    for m in _ZH_RELATIVE.finditer(low):
        if m.group(1) in _RELATIVE_DAYS:
            days.add(dated + timedelta(days=_RELATIVE_DAYS[m.group(1)]))
    for m in _ZH_WEEKDAY.finditer(low):
        weekday = _ZH_WEEKDAYS[m.group(2)]
        # 上周四 / 下周四: the Thursday of the week before / after the dateline's.
        if m.group(1):
            days.add(_week_of(dated, weekday, -1 if m.group(1) == "上" else 1))
        else:
            days.add(_next_weekday(dated, weekday) if _future(low, m.start()) else _last_weekday(dated, weekday))
    if "day" in low:
        for m in _EN_RELATIVE.finditer(low):
            days.add(dated + timedelta(days=_RELATIVE_DAYS[m.group(1)]))
        for m in _EN_WEEKDAY.finditer(low):
            weekday = _WEEKDAYS.index(m.group(2))
            if m.group(3):  # 'on Wednesday last week'
                days.add(_week_of(dated, weekday, -1 if m.group(3) == "last" else 1))
            elif m.group(1) == "next " or (not m.group(1) and _future(low, m.start())):
                days.add(_next_weekday(dated, weekday))
            else:
                when = _last_weekday(dated, weekday)
                # ('last Thursday' in a Thursday's story is a week before.)
                days.add(when - timedelta(days=7) if m.group(1) and when == dated else when)
    return {f"M{d.month}-D{d.day}" for d in days}


def weekdays_named(low: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """(weekday (Monday 0), start, end) of each weekday ``low`` (folded, simplified text) names in
    ``low[start:end]``: 'Wednesday', 'last Wednesday', '周三', '上周三'."""
    end = len(low) if end is None else end
    out = [(_WEEKDAYS.index(m.group(2)), m.start(), m.end()) for m in _EN_WEEKDAY.finditer(low, start, end)]
    out += [(_ZH_WEEKDAYS[m.group(2)], m.start(), m.end()) for m in _ZH_WEEKDAY.finditer(low, start, end)]
    return sorted(out, key=lambda w: w[1])


def _future(low: str, pos: int) -> bool:
    """Whether a weekday at ``pos`` is said of a day to come: a future word earlier in its sentence."""
    start = max([m.end() for m in _CLAUSE_START.finditer(low, 0, pos)] + [pos - 40, 0])
    marker = FUTURE_WORDS.search(low, start, pos)
    # ('Bullock said the board would…, while Hauser said on Monday': another clause's future.)
    return marker is not None and not _SAID.search(low, marker.end(), pos)


def _week_of(dated: date, weekday: int, weeks: int) -> date:
    """``weekday`` of the week ``weeks`` before (-1) or after (1) the dateline's week."""
    return dated - timedelta(days=dated.weekday()) + timedelta(days=7 * weeks + weekday)


def _next_weekday(dated: date, weekday: int) -> date:
    """The first day after ``dated`` that falls on ``weekday``."""
    return dated + timedelta(days=(weekday - dated.weekday() - 1) % 7 + 1)


def _last_weekday(dated: date, weekday: int) -> date:
    """The last day up to ``dated`` that falls on ``weekday`` (Monday 0)."""
    return dated - timedelta(days=(dated.weekday() - weekday) % 7)


_MONTHS_EARLIER = re.compile(r"\b(a|one|two|three|six|[1-9]) months? (?:earlier|ago|before)\b|(?:上|前)([一二三两六]?)个月")
_MONTH_BACK_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "six": 6, "": 1, "一": 1, "二": 2, "两": 2, "三": 3, "六": 6}


@lru_cache(maxsize=4096)
def months_back(low: str) -> frozenset[str]:
    """Month keys a folded paragraph names by counting back from a month it names: 'at the end of
    September, up from 79.6 percent three months earlier' names June ('M6'). Cached: every claim's
    month asks each paragraph."""
    if "month" not in low and "个月" not in low:
        return frozenset()
    out: set[str] = set()
    for m in _MONTHS_EARLIER.finditer(low):
        word = m.group(1) if m.group(1) is not None else m.group(2) or ""
        n = _MONTH_BACK_WORDS.get(word) or (int(word) if word.isdigit() else 0)
        named = [t for t in find_temporals(low[max(0, m.start() - 160):m.start()])[0] if t.kind == "month"]
        if n and named and named[-1].key[1:].isdigit():
            month = int(named[-1].key[1:])
            out.add(f"M{(month - n - 1) % 12 + 1}")
    return frozenset(out)


# A year named only as what a figure is compared with: 'up 11.2% on fiscal 2027', 'compared with 25.1% in fiscal 2027'.
_YEAR_AS_BASE = re.compile(r"(?:\b(?:on|from|than|versus|against|over)\s|\bcompared\s(?:with|to)\s(?:[\w$.,%]+\s){0,2}?)"
                           r"(?:(?:in|at)\s)?(?:the\s)?(?:fiscal\s|fy\s?)?(20\d\d)\b")
_YEAR_WRITTEN = re.compile(r"(?<![\d.])(20\d\d)(?!\d|\.\d)")


@lru_cache(maxsize=4096)
def base_years(lower: str, current: str) -> frozenset[str]:
    """The year before ``current`` when the paragraph names it only as a comparison's base: its
    figures are then of ``current`` (a fiscal year 'to September 30, up 11.2% on fiscal 2027')."""
    if not current.isdigit():
        return frozenset()
    before = str(int(current) - 1)
    written = [m.start(1) for m in _YEAR_WRITTEN.finditer(lower) if m.group(1) == before]
    as_base = {m.start(1) for m in _YEAR_AS_BASE.finditer(lower) if m.group(1) == before}
    return frozenset({before}) if written and all(w in as_base for w in written) else frozenset()
