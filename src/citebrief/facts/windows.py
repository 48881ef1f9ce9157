"""The span of time a market move covers: a day's ('rose 5.7% on Tuesday', 收涨4.36%), the year so far
('so far this year', 今年以来), since a date or event ('since the start of August', 10月以来, 'since its
results on October 17'), or the last so many months or years ('over the past month', 近一个月).

A window is a pair (kind, value): ('day', 'Tuesday' or None), ('ytd', None), ('since', 'M8' or None),
('past', '1M') or ('week', None). Read for percentages in sentences about shares, stocks, indexes or
prices only: elsewhere 'this year' is a period, not a window.
"""
from __future__ import annotations

import re

from citebrief.facts.temporal import COUNT_WORDS, MONTH_NAMES, WEEKDAY_NAMES, month_number, weekdays_named

Window = tuple[str, str | None]

_MONTH = "|".join(m.lower() for m in MONTH_NAMES)
_WEEKDAY = "|".join(d.lower() for d in WEEKDAY_NAMES)
_WINDOW_EN = re.compile(
    r"\b(?P<ytd>so far this year|so far in (?:19|20)\d\d|this year|since the (?:start|beginning) of the year|year[- ]to[- ]date|"
    r"since (?:early )?january(?! \d)|since the turn of the year)\b"
    rf"|\bsince (?:the (?:start|beginning) of |early )?(?P<since_month>{_MONTH})\b(?! \d)"
    rf"|\bsince (?P<since_event>(?:its|their|the) [a-z0-9 ,-]{{0,40}}?(?:results|listing|debut|ipo|announcement)|(?:{_MONTH}) \d{{1,2}}\b)"
    r"|\b(?:over|in) the (?:past|last) (?:(?P<past_n>one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+) )?"
    r"(?P<past_unit>week|month|year|decade)s?\b"
    rf"|\bon (?P<day>{_WEEKDAY})\b|\b(?P<today>today)\b",
    re.IGNORECASE)
_WINDOW_ZH = re.compile(
    r"(?P<ytd>今年以来|年初至今|年初以來|年初以来|今年迄今|年內|年内)"
    r"|(?P<since_month>\d{1,2})月(?:份)?以來|(?P<since_month2>\d{1,2})月(?:份)?以来"
    r"|(?P<since_event>上市以來|上市以来|业绩公布以来|業績公佈以來)"
    r"|(?:近|过去|過去)(?P<past_n>一|两|二|三|六|十二|\d+)(?:个|個)?(?P<past_unit>周|週|月|年)"
    r"|(?P<week>本周|本週)(?![一二三四五六日天])"
    r"|(?:上|本)?(?:周|週|星期)(?P<day>[一二三四五六日天])"
    r"|(?P<today>今日|今天|当日|當日|同日|收盘|收盤|收涨|收漲|收跌)")
# A sentence about a market: shares, stocks, an index, a close.
_MARKET_EN = re.compile(r"\b(?:shares?|stocks?|index|indices|closed|closing|traded|trading)\b", re.IGNORECASE)
_MARKET_ZH = re.compile(r"股价|股價|股份|收涨|收漲|收跌|收盘|收盤|指数|指數|港股|市值|报\d|報\d")
_CLAUSE_STOP_EN = re.compile(r"[,;.](?!\d)")


def market_sentence(text: str, han: bool) -> bool:
    """Whether a sentence is about a market's moves (so its windows are windows)."""
    return bool((_MARKET_ZH if han else _MARKET_EN).search(text))


def _window(m: re.Match, han: bool) -> Window:
    g = m.groupdict()
    if g.get("ytd"):
        return ("ytd", None)
    if g.get("week"):
        return ("week", None)
    if g.get("day"):
        named = weekdays_named(m.group(0).lower())
        return ("day", WEEKDAY_NAMES[named[0][0]] if named else None)
    if g.get("today"):
        return ("day", None)
    month = g.get("since_month") or g.get("since_month2")
    if month:
        n = int(month) if month.isdigit() else month_number(month)
        return ("ytd", None) if n == 1 else ("since", f"M{n}")
    if g.get("since_event"):
        return ("since", None)
    unit = g["past_unit"].lower()
    word = (g.get("past_n") or "1").lower()
    count = int(word) if word.isdigit() else COUNT_WORDS.get(word, 1)
    letter = {"week": "W", "周": "W", "週": "W", "month": "M", "月": "M", "year": "Y", "年": "Y", "decade": "Y"}[unit]
    return ("past", f"{count * 10 if unit == 'decade' else count}{letter}")


def figure_window(text: str, start: int, end: int, sentence: tuple[int, int], next_figure: int, han: bool) -> Window | None:
    """The window of the figure at ``text[start:end]`` in its ``sentence`` (start, stop): in English a
    window written after it in its clause, before ``next_figure`` ('rose 5.7% to 194.6p on Tuesday'),
    else the nearest before it in its sentence; in Chinese the nearest before it ('今年以来，…累计上涨38.5%';
    '收涨4.36%' is the day's). None when no window is written or the sentence is about no market."""
    s0, s1 = sentence
    if not market_sentence(text[s0:s1], han):
        return None
    pattern = _WINDOW_ZH if han else _WINDOW_EN
    if not han:
        stop = _CLAUSE_STOP_EN.search(text, end, s1)
        after = pattern.search(text, end, min(stop.start() if stop else s1, next_figure))
        if after is not None:
            return _window(after, han)
    before = None
    for m in pattern.finditer(text, s0, start):
        before = m
    # (In English only a window that opens the sentence reaches its figures: 'So far this year, the shares…';
    # not 'fell 2.4% on Wednesday, after the company reported a 2.7% drop in net sales'.)
    if before is None or not han and text[s0:before.start()].strip(" \"'“(").lower() not in ("", "and", "but"):
        return None
    window = _window(before, han)
    if han and window == ("day", None):
        # ('上周五（10月27日）利华益维远股价收涨4.36%': the day's weekday, written before it.)
        day = None
        for m in _WINDOW_ZH.finditer(text, s0, before.start()):
            if m.group("day"):
                day = m
        if day is not None:
            return _window(day, han)
    return window


def windows_conflict(a: Window, b: Window) -> bool:
    """Whether two windows surely differ: other kinds, or one kind with other known values."""
    if a[0] != b[0]:
        return True
    return a[1] is not None and b[1] is not None and a[1] != b[1]
