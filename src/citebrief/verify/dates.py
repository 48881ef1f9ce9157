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


# The part of a year a claim dates a thing to ('in mid-2029', 'by the end of 2029', 'throughout 2029')
# against the parts the cited paragraphs give that year ('预计2029年底开始注气', '明年上半年仍将承压').
_PART_EN_BEFORE = re.compile(r"\b(mid|middle of|early|beginning of|start of|late|end of|end|throughout|all of|the whole of)"
                             r"[\s-](?:the\s)?(?:year\s)?$", re.IGNORECASE)
_BARE_YEAR_EN = re.compile(r"(?:fiscal\s|fy)?20\d\d", re.IGNORECASE)
_NAMED_EVENT_AFTER = re.compile(r"\s[A-Z]")
_PART_ZH = r"(底|末|中(?![期旬国資资方央报報心])|初(?![步次])|全年|上半年|下半年|[一二三四]季度?|第[一二三四]季度?)"
_PART_ZH_AFTER = re.compile(_PART_ZH)
_RELATIVE_PART_ZH = re.compile(r"(今年|明年|去年|上年)年?" + _PART_ZH)  # (上年末: the end of last year)
# ('由年初的5家增至8家': a bare 年初 or 年底 is of the year the story is dated in.)
_BARE_PART_ZH = re.compile(r"(?<![\d今明去上前同该當当本往每全近历歷])年(初|底|末)")
_PARTS = {"mid": "mid", "middle of": "mid", "中": "mid", "early": "early", "beginning of": "early", "start of": "early",
          "初": "early", "late": "end", "end of": "end", "end": "end", "底": "end", "末": "end", "throughout": "whole",
          "all of": "whole", "the whole of": "whole", "全年": "whole", "上半年": "H1", "下半年": "H2"}
_QUARTER_ZH = {"一": "Q1", "二": "Q2", "三": "Q3", "四": "Q4"}
# The parts of a year that may be said of another: early 2029 is its first half or quarter, not its end.
_FITS = {"early": {"early", "H1", "Q1"}, "mid": {"mid", "H1", "H2", "Q2", "Q3"}, "end": {"end", "H2", "Q4"},
         "whole": {"whole"}}


def _part(word: str) -> str:
    word = word.lower()
    if word in _PARTS:
        return _PARTS[word]
    return _QUARTER_ZH[word.strip("第季度")[:1]]


def _year_parts(facts: TextFacts, published_year: int | None = None) -> list[tuple[int, str, str]]:
    """(year, part, text) of each year written with a part of it: 'mid-2029', '2029年底', '明年上半年'."""
    out = []
    text = facts.text
    for t in facts.temporals:
        if t.kind != "year" or not t.key.isdigit():
            continue
        # (Not 'the end of June 2027', a month's end; nor 'the late 2027 Spring Festival', an event's timing.)
        before = _PART_EN_BEFORE.search(text, max(0, t.start - 20), t.start) \
            if _BARE_YEAR_EN.fullmatch(t.text) and not _NAMED_EVENT_AFTER.match(text, t.end) else None
        after = _PART_ZH_AFTER.match(text, t.end) if t.text.endswith("年") else None
        if before is not None:
            out.append((int(t.key), _part(before.group(1)), text[before.start():t.end]))
        elif after is not None:
            out.append((int(t.key), _part(after.group(1)), text[t.start:after.end()]))
    if published_year is not None:
        out += [(published_year + _RELATIVE_OFFSET[m.group(1)], _part(m.group(2)), m.group(0))
                for m in _RELATIVE_PART_ZH.finditer(text)]
        out += [(published_year, _part(m.group(1)), m.group(0)) for m in _BARE_PART_ZH.finditer(text)]
    return out


def year_part_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """'<mid-2029>' not in [n]: a claim that dates a thing to one part of a year (or to all of it)
    where the cited paragraphs give that year only other parts ('2029年底', '明年上半年'); a year
    written bare says nothing."""
    claimed = [c for c in _year_parts(facts) if c[1] in _FITS]
    if not claimed:
        return []
    published = idx.article.published_at.year if idx.article.published_at else None
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    told = [(n, part) for n in cited for part in _year_parts(idx.paragraphs[n - 1].facts, published)]
    problems = []
    for year, part, text in claimed:
        same_year = [(n, p) for n, p in told if p[0] == year]
        if same_year and all(p[1] not in _FITS[part] for _, p in same_year):
            n, (_, _, there) = same_year[0]
            problems.append(f"'{text}' not in [{n}]: there '{there}'")
    return problems


# Seasons: a claim that dates a thing to one ('will go on sale in the autumn') where the cited
# paragraphs name only others ('would go on sale in the spring', '预计明年春季上市'). Not a season that
# names something else: the Spring Festival, winter wheat, spring sowing's crop, Summer Davos.
_SEASON_EN = re.compile(r"\b(spring|summer|autumn|winter)\b(?![- ](?:festival|wheat|crop|davos|olympics|games|"
                        r"session|sales? festival|holiday|camp|school|collection|season's)\b)", re.IGNORECASE)
_SEASON_ZH = re.compile(r"(春|夏|秋|冬)(?:季|天|装|裝|款)(?!小麦|小麥|作物|糖酒会|糖酒會)")
_ZH_SEASON = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}


def _seasons(text: str) -> dict[str, str]:
    """The seasons a text names (season -> its words), English or Chinese."""
    out: dict[str, str] = {}
    for m in _SEASON_EN.finditer(text):
        out.setdefault(m.group(1).lower(), m.group(0))
    for m in _SEASON_ZH.finditer(text):
        out.setdefault(_ZH_SEASON[m.group(1)], m.group(0))
    return out


def season_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """"'autumn' not in [7]: there 'spring'": a claim's season where the cited paragraphs name
    others only."""
    claimed = _seasons(facts.text)
    if not claimed:
        return []
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    told = {n: _seasons(idx.paragraphs[n - 1].facts.text) for n in cited}
    if not any(told.values()) or any(season in seasons for seasons in told.values() for season in claimed):
        return []
    n, seasons = next((n, s) for n, s in told.items() if s)
    return [f"'{next(iter(claimed.values()))}' not in [{n}]: there '{next(iter(seasons.values()))}'"]
