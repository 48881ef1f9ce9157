"""Verdicts: every atom of a claim looked up in the paragraphs the claim cites.

supported     every checkable atom is in a cited paragraph
unsupported   some atom is not; the problem names it and, if the article holds it elsewhere, where
unverifiable  nothing checkable in the claim (or only names nothing can map)
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from citebrief.article import Article
from citebrief.brief import Atom, Brief, Check, Claim
from citebrief.facts.atoms import QUARTER_BEFORE_EN_RE, Figure, TextFacts, english_names, prepare, read, source_names
from citebrief.facts.binding import FULL_YEAR, TIME_RATES, previous_period, sentence_span
from citebrief.facts.quantities import compatible, named_stock_codes, same_value, word_counts
from citebrief.facts.temporal import (
    FUTURE_WORDS,
    MONTH_NAMES,
    QUARTER_BY_MONTH,
    RELATIVE_YEAR,
    RELATIVE_YEARS,
    TO_THE_SAME_DATE,
    YEAR_SO_FAR,
    Temporal,
    base_years,
    last_month,
    months_of,
    span_key,
    written_by_months,
    year_to_month,
)
from citebrief.verify.attribution import (
    attribution_problems,
    bases_left_open,
    claim_bindings,
    per_share_paragraphs,
    unsure_problem,
)
from citebrief.verify.changes import change_problems
from citebrief.verify.citations import malformed_problem, split_marks
from citebrief.verify.counted import counted_problems
from citebrief.verify.currency_moves import currency_way_problems
from citebrief.verify.dates import date_year_problems, season_problems, year_part_problems
from citebrief.verify.differences import (
    SAYS_WORKED_OUT,
    WORKED_OUT,
    close_before_limit,
    derived_paragraphs,
    difference_paragraphs,
    level_before_change,
    level_pairs,
    one_level_moves,
    own_arithmetic,
    reversed_levels,
    unmarked_derivation,
)
from citebrief.verify.events import event_problems
from citebrief.verify.fastmodel import construct, updated
from citebrief.verify.fractions import (
    change_fraction_problems,
    fraction_problems,
    premium_fraction_problems,
    share_scope_problems,
    spelt_change_paragraphs,
)
from citebrief.verify.groups import group_problems
from citebrief.verify.heads import head_problems
from citebrief.verify.inclusions import inclusion_problems
from citebrief.verify.index import ArticleIndex, index_for
from citebrief.verify.levels import split_level_problems
from citebrief.verify.limits import limit_problems
from citebrief.verify.losses import gain_or_loss_problems, loss_direction_problems
from citebrief.verify.lots import lot_problems
from citebrief.verify.month_ends import lead_point, month_end_paragraphs, story_quarter_end
from citebrief.verify.naming import check_names
from citebrief.verify.overall import overall_problems
from citebrief.verify.pairs import claim_pairs, swapped
from citebrief.verify.parts import share_part_problems
from citebrief.verify.rate_bases import population_base_paragraphs
from citebrief.verify.ratings import rating_problems
from citebrief.verify.records import RECORD_CLAIM, RECORD_SOURCE, record_owner_problems
from citebrief.verify.revisions import revision_problems
from citebrief.verify.scope import scope_problems
from citebrief.verify.sides import side_problems
from citebrief.verify.speakers import dated_speaker_problems
from citebrief.verify.targets import previous_target_problems
from citebrief.verify.timed_names import timed_name_problems
from citebrief.verify.universe import universe_problems
from citebrief.verify.weekdays import weekday_problems
from citebrief.verify.windows import window_problems

_CITATION_MARK = re.compile(r"\s*\[\d+(?:\s*[,，-]\s*\d+)*\]")
_TRAILING = " \t\n\r\u3000。.!?！？;；,，、\"'”’)）"  # stripped from a quote's end before the substring test


def _atom(kind: str, text: str, value: str | None, found_in: list[int], cited: bool = False) -> Atom:
    """An Atom from trusted values (validation would cost more than the lookups)."""
    return construct(Atom, kind=kind, text=text, value=value, found_in=found_in, cited=cited)


def _cites(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers) if numbers else "no paragraph"


_FIGURE_KINDS = frozenset({"percent", "amount", "number", "figure", "pp", "bp", "points"})
_CLAIM_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A number glued to letters ('78.4kt', '13GHz', '400p'): a figure in a unit the reader may not know.
_GLUED_FIGURE = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)[A-Za-z]{1,4}(?![A-Za-z\d])")


def _digits(number: str) -> str:
    """A number's significant digits, whatever its scale: '78,400' and '78.4' are both '784'."""
    return number.replace(",", "").replace(".", "").strip("0")


def _unread_in(claim_figure: str, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether a cited paragraph writes the claim figure's digits glued to letters that no figure it
    read covers: the figure is there in a unit the reader does not know."""
    m = _CLAIM_NUMBER.search(claim_figure)
    if m is None or len(_digits(m.group(0))) < 2:
        return False
    want = _digits(m.group(0))
    for n in citations:
        if not 1 <= n <= idx.count:
            continue
        paragraph = idx.paragraphs[n - 1]
        read = [(f.q.start, f.q.end) for f in paragraph.facts.figures]
        for g in _GLUED_FIGURE.finditer(paragraph.facts.text):
            if _digits(g.group(1)) == want and not any(a < g.end() and g.start() < b for a, b in read):
                return True
    return False


def _problem(text: str, citations: list[int], found_in: list[int], note: str = "") -> str:
    where = f"found in {_cites(found_in)}" if found_in else "not in the article"
    if not citations:
        return f"'{text}'{note}: the claim cites no paragraph; {where}"
    return f"'{text}'{note} not in {_cites(citations)}; {where}"


def _other_way(fig, citations: list[int], idx: ArticleIndex) -> str:
    """" ('fell 0.9%')": how the cited paragraph writes the figure that goes the other way."""
    from citebrief.facts.quantities import matches

    if fig is None:
        return ""
    for n in citations:
        if 1 <= n <= idx.count:
            for f in idx.paragraphs[n - 1].facts.figures:
                if f.direction and f.direction != fig.direction and matches(fig.q, f.q):
                    word = f.direction_word or ""
                    gap = " " if word.isascii() and word.isalpha() else ""  # ('fell 0.9%', '下降0.9%', '+1.6%')
                    return f" ('{word}{gap}{f.q.text}' in [{n}])"
    return ""


# A level kept where it was: 'kept its full-year forecast at 850 billion yen', '维持全年预测850亿日元'.
_KEPT_BEFORE = re.compile(r"\b(?:kept|keeps|keeping|maintained|maintains|maintaining|left|leaves|reaffirmed|reiterated)\b"
                          r"[^.;,]{0,40}\b(?:at|of|unchanged at)\s(?:about\s|around\s)?(?:[a-z]{1,3}\$|\$|¥)?$|"
                          r"(?:维持|保持)[^，,。；;\d]{0,12}$")


def _kept_in(fig, n: int, idx: ArticleIndex) -> bool:
    """Whether paragraph ``n`` gives the claim's figure only as a level kept unchanged."""
    from citebrief.facts.quantities import matches

    if not 1 <= n <= idx.count:
        return False
    paragraph = idx.paragraphs[n - 1]
    hits = [f for f in paragraph.facts.figures if matches(fig.q, idx.story_quantity(f.q))]
    return bool(hits) and all(f.direction is None and _KEPT_BEFORE.search(paragraph.lower, max(0, f.q.start - 60), f.q.start)
                              for f in hits)


def _temporal_value(key: str) -> str:
    if key.startswith("M") and "-D" in key:
        month, day = key[1:].split("-D")
        return f"{MONTH_NAMES[int(month) - 1]} {day}"
    if key.startswith("M"):
        return MONTH_NAMES[int(key[1:]) - 1]
    return key


# ('S$1.47 per 10 units': a unit price and its count, not arithmetic.)
_PER_AFTER = re.compile(r"\s(?:per|a|an|each)\s", re.IGNORECASE)
_PER_BEFORE = re.compile(r"\b(?:per|each)\s$", re.IGNORECASE)
# Words that move a rate of change rather than the quantity it measures.
_RATE_MOVE_WORD = re.compile(r"(?:slow|slowed|slowing|slows|eased?|easing|eases|accelerat\w+|quicken\w*|moderat\w+)",
                             re.IGNORECASE)


def _span_of_dated_year(year, temporals, citations: list[int], idx) -> bool:
    """Whether a claim's year closes a span of months ('the six months to September 30, 2028') that a
    cited paragraph names with no year of its own, ending before the dateline in that year."""
    when = idx.article.published_at
    # ('the year to June 30, 2029': the year may be read over the span's whole text.)
    span = next((t for t in temporals if t.kind == "quarter" and t.key[:1] == "R"
                 and (0 <= year.start - t.end <= 3 or (year.start, year.end) == (t.start, t.end))), None)
    if when is None or span is None or not year.key.isdigit():
        return False
    last = span.key[1:].partition("-")[2]  # ('R4-9': April to September)
    if not last.isdigit():
        return False
    resolved = when.year if int(last) <= when.month else when.year - 1
    if year.key != str(resolved):
        return False
    for n in citations:
        if 1 <= n <= idx.count:
            held = idx.paragraphs[n - 1].facts.temporals
            if any(t.kind == "quarter" and t.key == span.key and not any(
                    u.kind == "year" and (u.start == t.start or 0 <= u.start - t.end <= 3) for u in held) for t in held):
                return True
    return False


def _month_of_dated_year(year, temporals, citations: list[int], idx, text: str = "") -> bool:
    """Whether a claim's year is told with a month ('December 2025') that the cited paragraphs name
    with no year, and the dateline puts that month, the last one before it or the next one, in that year;
    'the end of 2027' is told with December or December 31."""
    when = idx.article.published_at
    month = next((t for t in temporals if t.kind in ("month", "date") and t.text == year.text
                  and t.key.split("-")[0][1:].isdigit()), None)
    if month is not None:
        told = [month]
    elif re.search(rf"\bend(?:\sof\s|-){year.text}\b", text, re.IGNORECASE):
        told = [Temporal("month", "M12", "", 0, 0), Temporal("date", "M12-D31", "", 0, 0)]
    else:
        return False
    return when is not None and any(_month_resolves_to(year.key, t, citations, idx, when) for t in told)


def _month_resolves_to(year: str, month, citations: list[int], idx, when) -> bool:
    """Whether a cited paragraph names ``month`` (or the date) with no year and the dateline puts it in ``year``."""
    m = int(month.key.split("-")[0][1:])
    for n in citations:
        if not 1 <= n <= idx.count:
            continue
        p = idx.paragraphs[n - 1]
        if month.kind == "date":
            # ('December 31, 2027' where the paragraph says 'from December 31' with no year: the day's
            # own sentence, not the paragraph, says whether it is still to come.)
            days = [t for t in p.facts.temporals if t.kind == "date" and t.key == month.key]
            if not days or any(u.kind == "year" and u.start == days[0].start for u in p.facts.temporals):
                continue
            s_start, s_end = sentence_span(p.lower, days[0].start, days[0].end)
            ahead = FUTURE_WORDS.search(p.lower, s_start, s_end)
        else:
            # The month's own sentence, where it names no year (a plan's '2035' elsewhere in the paragraph
            # says nothing of 'at the end of December'): the month last passed, or the next one where
            # the sentence speaks of what is to come.
            # (A year of the sentence's other clause is not the month's: 'from €131 million at the end of
            # December, and confirmed guidance for 2043'.)
            named = [t for t in p.facts.temporals if t.kind == "month" and t.key == month.key and not any(
                u.kind == "year" and t.start - 6 <= u.start <= t.end + 12 for u in p.facts.temporals)]
            sentences = [sentence_span(p.lower, t.start, t.end) for t in named]
            sentences = [(a, b) for a, b in sentences if not RELATIVE_YEAR.search(p.lower, a, b)]
            if not sentences:
                continue
            ahead = FUTURE_WORDS.search(p.lower, *sentences[0])
        resolved = (when.year if m >= when.month else when.year + 1) if ahead else (when.year if m <= when.month else when.year - 1)
        if year == str(resolved):
            return True
    return False


def _works_out(fig: Figure, i_fig: int, facts: TextFacts, prepared: str, citations: list[int], idx) -> bool:
    """Whether the claim's figure is worked out from the cited paragraphs' (said so or not)."""
    bindings = claim_bindings(facts)
    binding = bindings[i_fig]
    if derived_paragraphs(fig, prepared, citations, idx, facts.figures, binding, bindings):
        return True
    levels = [idx.story_quantity(f.q) for f in facts.figures if f is not fig]
    return bool(unmarked_derivation(fig, prepared, citations, idx, binding, levels, levels))


def _derivable_near(fig: Figure, prepared: str, citations: list[int], idx) -> bool:
    """Whether a one-formula reading (a level before its change, a close before a limit move) gives a
    figure within about 15% of the claim's from the cited paragraphs: arithmetic this verifier redoes, so
    the claim's other value is wrong, not unreadable."""
    if not fig.q.value or fig.q.kind not in ("amount", "number", "figure"):
        return False
    probe = replace(idx.story_quantity(fig.q), precision=abs(fig.q.value) * 0.3, approx=False)
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    return bool(close_before_limit(probe, prepared, cited, idx) or level_before_change(probe, cited, idx))


def _of_another_year(period, temporals, idx: ArticleIndex, text: str = "") -> bool:
    """Whether a claim's quarter is written with a year other than the story's ('April-June 2027' in a
    2026 results story): not the reporting period the story opened with."""
    when = idx.article.published_at
    if when is None:
        return False
    months = months_of(period.key) or ()
    # (The year may be written with the quarter, 'April-June 2027', or after it, 'the third quarter of
    # 2027'; a quarter of the story's own year that has not ended when the story is dated is no
    # reported period either: 'by the fourth quarter of 2027' in a story of February 2027.)
    # ('the July-September quarter of 2029': the quarter's own word between.)
    return any(t.kind == "year" and (t.start == period.start or 0 <= t.start - period.end <= 4
                                     or _QUARTER_OF.fullmatch(text, period.end, t.start) is not None)
               and (t.key != str(when.year) or (months and max(months) > when.month)) for t in temporals)


_QUARTER_OF = re.compile(r"\s(?:quarter|half)\s(?:of\s)?")


def _april_fiscal_quarter(period, temporals, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether a claim's calendar quarter with its year ('April-June 2027') is the quarter a cited
    paragraph numbers in a fiscal year from April, written as two years ('the first quarter of
    2027-28', India's; the reader keys that year by its end, 2028)."""
    months = months_of(period.key) or ()
    year = next((t.key for t in temporals if t.kind == "year" and t.start == period.start and t.key.isdigit()), None)
    if len(months) != 3 or year is None:
        return False
    for n in citations:
        if 1 <= n <= idx.count:
            held = idx.paragraphs[n - 1].facts.temporals
            for q in held:
                if q.kind != "quarter" or q.key[:1] != "Q" or not q.key[1:].isdigit():
                    continue
                number = q.key[1:]
                fiscal = next((u for u in held if u.kind == "year" and u.key.isdigit()
                               and 0 <= u.start - q.end <= 12 and _TWO_YEARS.search(u.text)), None)
                if fiscal is None:
                    continue
                first = 4 + 3 * (int(number) - 1)  # April, July, October, January (13)
                if (first - 1) % 12 + 1 == min(months) and str(int(fiscal.key) - 1 + (first > 12)) == year:
                    return True
    return False


_TWO_YEARS = re.compile(r"\d\s?[-–/]\s?\d")  # a fiscal year written as two ('2027-28', 'FY2027/28')


def _within_fiscal_year(year, temporals, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether a claim's year is written with a span of months ('April-September 2026') that a cited
    paragraph places in a fiscal year ending the next year ('the fiscal year ending March 2027')."""
    # (Not a whole year's span: 'the year to June 30, 2028' is named by its own end, not the next year's.)
    if not year.key.isdigit() or not any(t.kind == "quarter" and t.start == year.start and not _twelve_months(t.key)
                                         for t in temporals):
        return False
    following = str(int(year.key) + 1)
    for n in citations:
        if 1 <= n <= idx.count:
            held = idx.paragraphs[n - 1].facts.temporals
            spans = {t.start for t in held if t.kind == "quarter" and len(months_of(t.key) or ()) == 12}
            if any(t.kind == "year" and t.key == following and t.start in spans for t in held):
                return True
    return False


def _other_part_named(key: str, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether every cited paragraph opens its figures on another quarter or half the story reports on
    and names none that is the claim's: the story's lead period is not implied there ('Seiko Epson reported that
    first-half revenue rose 2.9%…' for 'in the July-September quarter'; not '…net profit rose 24.6%,
    taking first-half profit to…', whose first figures are of the lead period)."""
    if key[:1] not in "QH":
        return False
    cited = [idx.paragraphs[n - 1] for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    for p in cited:
        parts = [t for t in p.facts.temporals if t.kind == "quarter" and t.key[:1] in "QH" and t.key[1:].isdigit()]
        first = min((b.figure.q.start for b in p.bindings), default=None)
        # (Only a period the story reports on: 'exits in the fourth quarter could lift…' is a forecast.)
        # (A half against a quarter only: two quarters may be one, numbered by a fiscal year and by the
        # calendar, 'second-quarter' and 'the September quarter'.)
        if not parts or key in {t.key for t in parts} or first is None or parts[0].start > first \
                or parts[0].key not in idx.lead_periods or parts[0].key[:1] == key[:1]:
            return False
    return bool(cited)


def _figures_of_other_part(key: str, facts, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether every cited paragraph that holds the claim's figures names no period ``key`` and gives each
    of them to another quarter or half ('…like-for-like sales rose 2.9% in the first half' for 'in the
    second quarter'): the story's lead quarter is not implied there."""
    if key[:1] not in "QH" or not facts.figures:
        return False
    told = False
    for n in dict.fromkeys(citations):
        if not 1 <= n <= idx.count:
            continue
        p = idx.paragraphs[n - 1]
        bound = [sb for fig in facts.figures for sb in idx.bindings_matching(fig.q, [n])]
        if not bound:
            continue
        if key in p.temporal_keys or not all(sb.period and sb.period[:1] in "QH" and sb.period[1:].isdigit()
                                             and sb.period != key for sb in bound):
            return False
        told = True
    return told


def _quarter_ending_named(key: str, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether a cited paragraph names a quarter and the month a claim's 'September quarter' ends in."""
    months = months_of(key)
    if not months or len(months) != 3:
        return False
    last = f"M{next(m for m in months if m % 12 + 1 not in months)}"  # (December in October-December)
    for n in citations:
        if 1 <= n <= idx.count:
            keys = idx.paragraphs[n - 1].temporal_keys
            if key not in keys and QUARTER_BY_MONTH.search(idx.paragraphs[n - 1].lower):
                continue  # (a paragraph that names its quarter by its month, 'the March quarter', names another)
            if any(k.startswith("Q") for k in keys) and any(k == last or k.startswith(last + "-") for k in keys):
                return True
    return False


def _yoy_figure(facts: TextFacts, n: int, idx: ArticleIndex) -> bool:
    """Whether one of the claim's figures is in paragraph ``n`` as a change on a year earlier (同比,
    'on-year'), which a claim may tell as 'from' the year before ('up 6.3% from 2026' for 2027年…同比增长6.3%)."""
    return any(sb.base == "yoy" for fig in facts.figures if fig.q.kind == "percent" for sb in idx.bindings_matching(fig.q, [n]))


def _scaled_in(fig: Figure, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether a cited paragraph holds the claim's sum in the same digits at another power of ten
    ('NT$320 million' where it says 3,200萬元): a slip of scale, never arithmetic that happens to
    give it (6.8億 × 47.2%)."""
    if fig.q.kind != "amount" or not fig.q.unit or not fig.q.value:
        return False
    claimed = idx.story_quantity(fig.q)
    for n in dict.fromkeys(citations):
        for f in idx.paragraphs[n - 1].facts.figures if 1 <= n <= idx.count else ():
            level = idx.story_quantity(f.q)
            if level.kind == "amount" and level.value and compatible(claimed, level):
                ratio = claimed.value / level.value
                power = round(math.log10(abs(ratio)))
                if power and math.isclose(ratio, 10.0 ** power, rel_tol=1e-9):
                    return True
    return False


def _year_of_account(year: str, facts: TextFacts, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether the cited paragraphs leave the story's year of account (``idx.lead_year``) to the claim:
    they name no year in digits up to it and none relative to the dateline (later years are plans:
    '2028年三季度投产'), and each of the claim's figures is there, written with no year of its own."""
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    if not cited or not facts.figures:
        return False
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        if any(k.isdigit() and k <= year for k in paragraph.temporal_keys) or _names_other_year(paragraph.lower):
            return False
        # (A fiscal year named there, 'the year to June 30, 2029', is the year its figures are of.)
        if any(t.kind == "year" and t.key != year and any(u.kind == "quarter" and u.start == t.start and _twelve_months(u.key)
                                                          for u in paragraph.facts.temporals)
               for t in paragraph.facts.temporals):
            return False
    for fig in facts.figures:
        sources = idx.bindings_matching(fig.q, cited)
        if not sources or any(sb.year is not None for sb in sources):
            return False
    return True


@lru_cache(maxsize=4096)  # (asked of the same cited paragraphs for every year a claim names)
def _names_other_year(lower: str) -> bool:
    """Whether a paragraph says a year other than the dateline's relative to it (明年, 'a year earlier'),
    not as the base a change is on ('up 29.4% on a year earlier' names no year of its own)."""
    lower = _BASE_YEAR_EN.sub(" ", lower)
    return any(w in lower for offset, words in RELATIVE_YEARS.items() if offset for w in words)


_BASE_YEAR_EN = re.compile(r"\b(?:on|from|than|over|compared with|against|versus)\s(?:the\ssame\s[a-z]+\s)?(?:[\w$%.]+\s){0,3}?a\syear\s(?:earlier|ago)\b")


def _twelve_months(key: str) -> bool:
    """Whether a span key runs a whole year ('R4-3': April to March, a fiscal year)."""
    return key[:1] == "R" and len(months_of(key) or ()) == 12


def check_claim(text: str, citations: list[int], article: Article, *, detail: bool = True) -> Check:
    """Check one claim against the paragraphs it cites.

    ``detail=False``: a claim copied verbatim from a cited paragraph gets one 'quote' atom instead
    of its every figure, date and name (the substring test is the whole proof; listing the atoms
    would cost more than an extractive engine takes to write the brief)."""
    return check_with_index(text, citations, index_for(article), detail=detail)


def _quote_check(text: str, n: int, problems: list[str]) -> Check:
    """The check of a claim copied verbatim from paragraph ``n``: one 'quote' atom (trusted values,
    built without validation, which would cost more than the substring test that proves it)."""
    quote = construct(Atom, kind="quote", text=text.strip(), value=f"verbatim in [{n}]", found_in=[n], cited=True)
    return construct(Check, status="unsupported" if problems else "supported", problems=problems, atoms=[quote])


def check_with_index(text: str, citations: list[int], idx: ArticleIndex, *, detail: bool = True) -> Check:
    if not detail and "[" not in text:
        # The common case of an extractive brief, first and with nothing else computed.
        n = _copied_raw(text, citations, idx)
        if n:
            count = idx.count
            for c in citations:
                if not 1 <= c <= count:
                    break
            else:
                return _quote_check(text, n, [])
    cited = set(citations)
    problems: list[str] = []
    if "[" in text or "【" in text:
        # '[1][4]' left in a claim's text are not figures; '[abc]', '[-1]' are malformed citations,
        # one problem each (and '[-1]' is not the figure 1).
        text, _, malformed = split_marks(text)
        problems += [malformed_problem(m) for m in malformed]
    bad = [n for n in citations if not 1 <= n <= idx.count]
    if bad:
        problems.append(f"cites {_cites(bad)} but the article has paragraphs 1..{idx.count}")

    # A claim copied from a cited paragraph (extractive briefs) holds whatever that paragraph holds:
    # its atoms are listed as found there, without searching the rest of the article. The exact
    # text is tried first (no folding needed), then the folded forms.
    copied_from = _copied_raw(text, citations, idx)
    prepared = prepare(text) if (detail or not copied_from) else text
    copied_from = copied_from or _copied_from(prepared, citations, idx)
    if copied_from and not detail:
        return _quote_check(text, copied_from, problems)
    facts = read(prepared, prepared=True)
    if copied_from:
        return _copied_check(facts, copied_from, problems)
    atoms: list[Atom] = []
    soft: set[int] = set()  # atoms reported but not able to make the claim unsupported

    directed = {}  # index of a direction atom -> its figure (the atom before it is the figure's own)
    per_share = per_share_paragraphs(facts, citations, idx) if facts.figures and "share" in facts.text else {}
    # A figure the claim derives: its period may be derived too (nine months less Q3); so may a claim
    # that says it works a figure out ('… implies about 610 billion won in the fourth quarter').
    worked_out = bool(facts.figures) and WORKED_OUT.search(prepared) is not None
    arithmetic_only = False  # a figure only worked out, the claim not saying so: never 'supported'
    approximated: set[int] = set()  # approximate figures the claim works out (its attribution is theirs)
    for i_fig, fig in enumerate(facts.figures):
        found, same_way = idx.figure_paragraphs(fig)
        if fig.direction and same_way:
            # 'raised its forecast to 850 billion yen' where the paragraph 'kept its forecast at' it.
            same_way = [n for n in same_way if not _kept_in(fig, n, idx)]
        if fig.direction and _RATE_MOVE_WORD.fullmatch(fig.direction_word or "") and \
                any(new is fig for new, _ in level_pairs(facts, percent_only=True)):
            # ('growth to slow to 6.2% from 6.8%' where [8] says 'grow 6.2 percent, slower than 6.8
            # percent': the word moves the rate, not the quantity; its two levels are checked as a pair.)
            same_way = found
        if fig.q.kind == "number" and not fig.q.unit and not set(found) & set(citations) and float(fig.q.value).is_integer() \
                and claim_bindings(facts)[i_fig].denominator is None:
            # ('14 deals' where [8] writes 'Fourteen deals worth more than…': a count spelt as a word.)
            spelt = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count
                     and fig.q.value in word_counts(idx.paragraphs[n - 1].facts.text)]
            found, same_way = sorted(set(found) | set(spelt)), sorted(set(same_way) | set(spelt))
        if fig.q.kind == "percent" and not set(found) & set(citations):
            spelt, spelt_way = spelt_change_paragraphs(fig, citations, idx)  # 'by 20%' = 'by a fifth'
            found, same_way = sorted(set(found) | set(spelt)), sorted(set(same_way) | set(spelt_way))
        if not set(found) & set(citations) and (based := population_base_paragraphs(fig, prepared, citations, idx)):
            found = same_way = sorted(set(found) | set(based))  # 'per 10,000 people' = 每万人口
        if i_fig in per_share:  # '0.36 yuan a share' = 每10股3.60元
            found = sorted(set(found) | set(per_share[i_fig]))
            same_way = sorted(set(same_way) | set(per_share[i_fig]))
        if fig.q.kind in ("pp", "bp", "points") and not set(found) & set(citations):
            # 'widened by 130 basis points to 11.4%' = 'widened to 11.4% from 10.1%'
            told, told_way = difference_paragraphs(fig, citations, idx, claim_bindings(facts)[i_fig].base)
            found, same_way = sorted(set(found) | set(told)), sorted(set(same_way) | set(told_way))
        if set(found) & set(citations) and fig.q.kind == "percent" and fig.q.approx and \
                _works_out(fig, i_fig, facts, prepared, citations, idx):
            # ('about 20% above its close': worked out, though a paragraph gives another company 20%.)
            approximated.add(i_fig)
            way = _gap_goes_as_said(fig, facts) if fig.direction else None
            if fig.direction and way is None:
                way = _gap_against_cited_level(fig, facts, citations, idx)
            if fig.direction and way is not None:
                same_way = sorted(set(found) & set(citations)) if way else []  # (its way is the levels')
        elif not set(found) & set(citations):
            # A figure the claim derives from two of the cited paragraphs' ('would require 29.36 billion').
            derived = derived_paragraphs(fig, prepared, citations, idx, facts.figures, claim_bindings(facts)[i_fig],
                                         claim_bindings(facts), per_share)
            # (A figure another paragraph gives is that one, unless the claim says it is approximate:
            # 'about 1 billion baht' as 31% of 3.21 billion in the cited paragraph.)
            # (A figure that is a paragraph's by another power of ten is a slip of scale, unless the
            # claim calls it an approximate price per unit, worked out: 'roughly $102 a share' beside $1.02 billion.)
            if not derived and (not found or fig.q.kind == "percent" or fig.q.approx) and \
                    ((fig.q.approx and claim_bindings(facts)[i_fig].denominator not in (None, "period", *TIME_RATES))
                     or not _scaled_in(fig, citations, idx)):
                # Worked out without saying so: arithmetic, not what the paragraph says it is.
                # (A percentage another paragraph gives: worked out only from levels the claim names too.)
                claim_levels = [idx.story_quantity(f.q) for f in facts.figures if f is not fig]
                levels_told = claim_levels if found or fig.q.kind != "percent" else None
                derived = unmarked_derivation(fig, prepared, citations, idx, claim_bindings(facts)[i_fig], levels_told,
                                              claim_levels)
                if not derived and not found and own_arithmetic(idx.story_quantity(fig.q), [
                        idx.story_quantity(f.q) for f in facts.figures
                        if f is not fig and set(idx.figure_paragraphs(f)[0]) & set(citations)]):
                    derived = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
                arithmetic_only = arithmetic_only or bool(derived)
            found, same_way = sorted(set(found) | set(derived)), sorted(set(same_way) | set(derived))
            worked_out = worked_out or bool(derived)
            if not found and SAYS_WORKED_OUT.search(prepared) and claim_bindings(facts)[i_fig].denominator is None and \
                    not _PER_AFTER.match(prepared, fig.q.end) and not _PER_BEFORE.search(prepared, 0, fig.q.start) and \
                    not _derivable_near(fig, prepared, citations, idx):
                # ('…which implies first-quarter revenue of about ₹6,263 crore'): arithmetic the claim
                # owns to and no reading here redoes: never 'supported', never called wrong for it. (One
                # these readings redo to another value, 'implies a previous close of about 26.10' where the
                # limit-up close gives 28.60, stays wrong.)
                soft.add(len(atoms))
                arithmetic_only = True
        atoms.append(_atom(kind=fig.q.kind, text=fig.q.text, value=fig.q.normalized, found_in=found))
        if fig.direction:
            word = fig.direction_word or ""
            directed[len(atoms)] = fig
            atoms.append(_atom(kind="direction", text=f"{word} {fig.q.text}".strip(),
                              value=f"{fig.direction} {fig.q.normalized}", found_in=same_way))
    seen_temporal: set[str] = set()
    for t in facts.temporals:
        if t.key in seen_temporal:
            continue
        seen_temporal.add(t.key)
        found = idx.temporal_paragraphs(t.key, base=t.base)
        if t.kind == "quarter" and (month := year_to_month(t.key)) is not None:
            # ('in the year to September' where [1] says 截至今年9月底…今年以来: the year so far.)
            found = sorted(set(found) | {n for n in idx.temporal_paragraphs(f"M{month}") + idx.temporal_paragraphs(f"{month}M")
                                         if YEAR_SO_FAR.search(idx.paragraphs[n - 1].lower)})
        if t.kind == "quarter" and t.key[:1] == "R" and (months := months_of(t.key)):
            # ('the nine months to June 30' where [6] says 'the three months to June 30, and … the nine months to the
            # same date')
            found = sorted(set(found) | {n for n in range(1, idx.count + 1) if _to_the_same_date_in(
                len(months), last_month(t.key), idx.paragraphs[n - 1])})
        if t.kind == "quarter" and t.also:
            # 'its half to end-September' is the fiscal first half (上半财年); 'the second quarter ended
            # Sept 30' is July-September: a paragraph naming either holds it.
            found = sorted(set(found).union(*(idx.temporal_paragraphs(k) for k in t.also if k[:1] in "QH")))
        if t.kind == "quarter" and (year_key := _fiscal_year_of_last_quarter(t.key)) is not None:
            # ('the quarter to May 31' is the fourth quarter of the fiscal year ended May 31.)
            found = sorted(set(found) | (set(idx.temporal_paragraphs("Q4")) & set(idx.temporal_paragraphs(year_key))))
        # The reporting period a story opens with (Q3 results...) stays implied in later paragraphs.
        if t.kind == "quarter" and found and t.key in idx.lead_periods and not _of_another_year(t, facts.temporals, idx, facts.text) \
                and not _other_part_named(t.key, citations, idx) and not _figures_of_other_part(t.key, facts, citations, idx) \
                and not _quarter_told_instead(t.key, facts, citations, idx):
            soft.add(len(atoms))
        elif t.kind == "quarter" and t.key == idx.story_quarter and t.key not in idx.lead_periods and not set(found) & set(citations) and any(
                _UNNAMED_QUARTER.search(idx.paragraphs[n - 1].lower) for n in citations if 1 <= n <= idx.count) and not any(
                k[:1] == "Q" for n in citations if 1 <= n <= idx.count for k in idx.paragraphs[n - 1].temporal_keys):
            # 'second quarter' where the paragraph says 'Trex's quarterly sales' of the story's quarter and
            # names no quarter of its own
            soft.add(len(atoms))
        elif t.kind == "quarter" and idx.story_half and (t.key == idx.story_half or (
                t.key[:1] == "H" and idx.story_half_by_months and not written_by_months(t.text))) and \
                not set(found) & set(citations) and any(
                _UNNAMED_HALF.search(idx.paragraphs[n - 1].lower) for n in citations if 1 <= n <= idx.count) and not any(
                k[:1] == "H" for n in citations if 1 <= n <= idx.count for k in idx.paragraphs[n - 1].temporal_keys):
            soft.add(len(atoms))  # 'its first-half settlements' where [8] says 'its settlements in the half' of the story's half
        elif t.kind == "quarter" and _period_of_paragraph_before(t.key, citations, idx, facts) and \
                not _quarter_told_instead(t.key, facts, citations, idx) and not any(
                b.period not in (None, t.key) and not b.compared
                for f in facts.figures for b in idx.bindings_matching(f.q, [n for n in citations if 1 <= n <= idx.count])):
            soft.add(len(atoms))  # 'By business unit, Scandinavia's sales rose 2.3%…' after [2]'s 'third-quarter net sales'
        elif t.kind == "quarter" and QUARTER_BY_MONTH.fullmatch(t.text.lower()) and _quarter_ending_named(t.key, citations, idx):
            soft.add(len(atoms))  # 'the September quarter' where the paragraph's fiscal quarter ends on 9月30日
        elif t.kind == "quarter" and _april_fiscal_quarter(t, facts.temporals, citations, idx):
            soft.add(len(atoms))  # 'April-June 2027' where the paragraph says 'the first quarter of 2027-28'
        elif t.kind in ("quarter", "month") and worked_out:
            soft.add(len(atoms))  # 'a first-half loss' worked out from the nine months and the third quarter
        elif t.kind == "month" and not t.base and t.key == idx.lead_month and not any(
                k.startswith("M") and "-" not in k for n in citations if 1 <= n <= idx.count
                for k in idx.paragraphs[n - 1].temporal_keys):
            soft.add(len(atoms))  # the story's month, where the cited paragraphs name no month of their own
        elif t.kind == "month" and not t.base and (quarter := idx.story_quarter) is not None and quarter[:1] == "Q" and \
                quarter[1:].isdigit() and t.key == f"M{3 * int(quarter[1:])}" and any(
                _QUARTER_END.search(idx.paragraphs[n - 1].lower) for n in citations if 1 <= n <= idx.count):
            soft.add(len(atoms))  # 'at the end of September' where a third-quarter story's paragraph says 'at the end of the quarter'
        elif t.key == idx.dateline_key and found:
            soft.add(len(atoms))  # the day the story is dated ('on Oct. 30'), however it is cited
        elif t.kind == "year" and idx.article.published_at and t.key == str(idx.article.published_at.year) and not any(
                any(k.isdigit() and k not in base_years(idx.paragraphs[n - 1].lower, t.key) for k in idx.paragraphs[n - 1].temporal_keys)
                or _names_other_year(idx.paragraphs[n - 1].lower)
                for n in citations if 1 <= n <= idx.count):
            soft.add(len(atoms))  # the dateline's year, where the cited paragraphs name no year of their own
        elif t.kind == "year" and idx.article.published_at and t.key == str(idx.article.published_at.year) and \
                (ordinal := _QUARTER_OF_CLAIM.search(prepared, max(0, t.start - 32), t.start)) is not None and any(
                re.search(rf"\bthe {ordinal.group(1)} quarter\b(?!\s(?:of|in)\s)(?!,?\s(?:19|20)\d\d)", idx.paragraphs[n - 1].lower)
                for n in citations if 1 <= n <= idx.count):
            soft.add(len(atoms))  # 'in the third quarter of 2086' where the 2086 story's paragraph says 'in the third quarter'
        elif t.kind == "year" and idx.article.published_at and t.key == str(idx.article.published_at.year) and \
                _GUIDANCE_AFTER.match(prepared, t.end) and any(
                FULL_YEAR.search(idx.paragraphs[n - 1].lower) for n in citations if 1 <= n <= idx.count):
            soft.add(len(atoms))  # "its 2034 adjusted EBITDA guidance" where the 2034 story's paragraph says 'full-year guidance'
        elif t.kind == "year" and idx.article.published_at and t.key == str(idx.article.published_at.year) and \
                _END_OF_YEAR_CLAIM.search(prepared, max(0, t.start - 16), t.start) and any(
                _END_OF_YEAR.search(idx.paragraphs[n - 1].lower) for n in citations if 1 <= n <= idx.count):
            soft.add(len(atoms))  # 'by the end of 2026' where the paragraph of a 2026 story says 'by the end of the year'
        elif t.kind == "year" and idx.article.published_at and t.key == str(idx.article.published_at.year) and \
                _START_OF_YEAR_CLAIM.search(prepared, max(0, t.start - 16), t.start) and any(
                _START_OF_YEAR.search(idx.paragraphs[n - 1].lower) for n in citations if 1 <= n <= idx.count):
            soft.add(len(atoms))  # 'more than at the start of 2048' where the paragraph of a 2048 story says 较年初
        elif t.kind == "year" and idx.article.published_at and t.key == str(idx.article.published_at.year) and any(
                (_THIS_YEAR.search(idx.paragraphs[n - 1].lower) and _season_agrees(prepared, t.start, idx.paragraphs[n - 1].lower)) or (
                    idx.article.published_at.month >= 4 and _says_whole_year(idx.paragraphs[n - 1].lower))
                for n in citations if 1 <= n <= idx.count) and not any(
                u.key.isdigit() and (u.key <= t.key or _FISCAL_YEAR.search(t.text))
                # (A year a level is compared with, 'from 3.2 times at the end of 2027', is no other year's whole.)
                and not (u.key < t.key and (_COMPARED_YEAR.search(idx.paragraphs[n - 1].lower, max(0, u.start - 32), u.start)
                                            or _COMPARED_SEASON.search(idx.paragraphs[n - 1].lower, max(0, u.start - 32), u.start)
                                            or _COMPARED_LEVEL_AT.search(idx.paragraphs[n - 1].lower, max(0, u.start - 48), u.start)))
                for n in citations if 1 <= n <= idx.count for u in idx.paragraphs[n - 1].facts.temporals
                if _in_figures_sentences(u.start, facts, n, idx)):
            # 'full-year 2026 revenue' where the paragraph of a 2026 story says 今年 or 全年营业收入 and
            # names no year in digits but later ones ('2027年铜产量目标'; not a fiscal year, which a
            # later year may number; not in the story's first months, when 全年 may be the year before).
            soft.add(len(atoms))
        elif t.kind == "year" and idx.article.published_at and idx.article.published_at.month <= 3 and \
                t.key == str(idx.article.published_at.year - 1) and any(
                _says_whole_year(idx.paragraphs[n - 1].lower) for n in citations if 1 <= n <= idx.count) and not any(
                u.key.isdigit() and u.key <= t.key for n in citations if 1 <= n <= idx.count
                for u in idx.paragraphs[n - 1].facts.temporals):
            # 'free cash flow of US$1.02 billion in 2027' where the paragraph of a February 2028 story says 'for
            # the full year' and names only later years (its 2028 guidance): the year just ended.
            soft.add(len(atoms))
        elif t.kind == "year" and t.key.isdigit() and (
                _COMPARED_YEAR.search(prepared, max(0, t.start - 32), t.start)
                or any(u.kind == "year" and u.key == str(int(t.key) + 1) and u.start < t.start for u in facts.temporals)) and any(
                str(int(t.key) + 1) in idx.paragraphs[n - 1].temporal_keys and (
                    _PREVIOUS_YEAR.search(idx.paragraphs[n - 1].lower)
                    or (_COMPARED_YEAR.search(prepared, max(0, t.start - 32), t.start) and _yoy_figure(facts, n, idx))
                    # ('the 2056 season would have 22 rounds, one more than in 2055' where a 2055 story's
                    # paragraph says 'the 2056 season would have 22 rounds, up from 21': this year's.)
                    or (idx.article.published_at is not None and t.key == str(idx.article.published_at.year)
                        and _COMPARED_YEAR.search(prepared, max(0, t.start - 32), t.start)
                        and _UP_FROM_LEVEL.search(idx.paragraphs[n - 1].lower)))
                for n in citations if 1 <= n <= idx.count):
            # 'the end of 2025' where the paragraph says 截至2026年9月末…较上年末; 'a 2026 profit …, after a
            # loss in 2025' where it says 预计2026年…，上年同期亏损; 'up 6.3% from 2026' where it says
            # 2027年…同比增长6.3%.
            soft.add(len(atoms))
        elif t.kind == "year" and t.key == idx.lead_year and _year_of_account(t.key, facts, citations, idx):
            soft.add(len(atoms))  # the year the story reports on, where the claim's figures in the cited paragraphs name none
        elif t.kind == "quarter" and _twelve_months(t.key) and any(
                u.kind == "year" and u.start == t.start and set(idx.temporal_paragraphs(u.key)) & set(citations)
                for u in facts.temporals):
            soft.add(len(atoms))  # 'the year ending March 2028' is the FY28 the paragraph names: its year says so
        elif t.kind == "year" and _within_fiscal_year(t, facts.temporals, citations, idx):
            soft.add(len(atoms))  # 'April-September 2026' where the paragraph's half is of the fiscal year ending March 2027
        elif t.kind == "year" and _period_of_dated_year(t.key, facts.periods, citations, idx):
            soft.add(len(atoms))  # 'the first half of 2026' in a 2026 story whose paragraph says 前三季度 of this year
        elif t.kind == "year" and _month_of_dated_year(t, facts.temporals, citations, idx, prepared):
            soft.add(len(atoms))  # 'December 2025' where the paragraph of an October 2026 story says 'December'
        elif t.kind == "month" and _END_OF_CLAIMED.search(prepared, max(0, t.start - 16), t.start) and \
                _period_ends_in(t.key, citations, idx):
            soft.add(len(atoms))  # 'at the end of June' where the paragraph's period is 截至6月30日止六個月
        elif t.kind == "quarter" and _quarter_compared_from(t, facts, citations, idx, prepared):
            soft.add(len(atoms))  # 'more than double that of the second quarter' for a third quarter's 环比
        elif t.kind == "quarter" and _span_told_by_its_ends(t, facts, citations, idx):
            soft.add(len(atoms))  # 'rose 3.2% in the second quarter, from $240.9 billion at March 31 to $248.6 billion at June 30'
        elif t.kind in ("quarter", "year") and _period_a_change_is_on(t, facts, citations, idx, prepared):
            soft.add(len(atoms))  # 'rose 1.8% from the second half of 2060' for a 2061 first half's 按半年上升1.8%
        elif t.kind == "year" and _quarter_before_first(t.key, facts, citations, idx):
            soft.add(len(atoms))  # 'higher than in the fourth quarter of 2027' for a 2028 first quarter's 季增
        elif t.kind == "year" and _span_of_dated_year(t, facts.temporals, citations, idx):
            soft.add(len(atoms))  # 'the six months to September 30, 2028' where a November 2028 story's paragraph has no year
        if t.kind == "date" and not set(found) & set(citations):
            if set(ends := month_end_paragraphs(t.key, idx)) & set(citations):
                found = sorted(set(found) | set(ends))  # 'at June 30' where the paragraph says 'at the end of June'
            elif (story_quarter_end(t.key, idx) or lead_point(t.key, citations, idx)) and \
                    _LEVEL_AT_BEFORE.search(prepared, max(0, t.start - 8), t.start):
                # 'at September 30' in a third-quarter story, or at the June 30 a July story's lead reports at
                soft.add(len(atoms))
        atoms.append(_atom(kind=t.kind, text=t.text, value=_temporal_value(t.key), found_in=found))
    dated = idx.article.published_at.year if idx.article.published_at else None

    def calendar(period_key: str) -> str | None:
        # 'Q1@+1' (明年第一季) by the dateline's year; none without a dateline.
        period, year = period_key.split("@")
        if year[:1] in "+-":
            return f"{period}@{dated + int(year)}" if dated else None
        return period_key

    cited_periods = {n: {ck for k in idx.paragraphs[n - 1].facts.periods if (ck := calendar(k))}
                     for n in citations if 1 <= n <= idx.count}
    # (Not across fiscal years: 'the second half of 2026-27' is not read as its calendar half.)
    fiscal = bool(facts.periods) and (bool(_FISCAL_YEAR_WORDS.search(prepared)) or any(
        _FISCAL_YEAR_WORDS.search(idx.paragraphs[n - 1].text) for n in cited_periods))
    for raw in sorted(facts.periods):
        # Only a contradiction counts: the cited paragraph ties the same quarter or half to another
        # year ('second half of 2027' against a claim's 'second half of 2026').
        key = calendar(raw)
        if key is None:
            continue
        period, year = key.split("@")
        held = [n for n, keys in cited_periods.items() if key in keys]
        other = sorted({k.split("@")[1] for keys in cited_periods.values() for k in keys
                        if k.startswith(period + "@")} - {year})
        # ('first ore in the December quarter of 2027' where [5] expects it in the September quarter of 2027:
        # the year tied to another period of the same kind, and to none the claim names.)
        siblings = [] if fiscal else sorted({k.split("@")[0] for keys in cited_periods.values() for k in keys
                                             if k.endswith("@" + year) and k[:1] == period[:1]} - {period})
        if not held and other:
            shown = MONTH_NAMES[int(period[1:]) - 1] if period[:1] == "M" else period
            problems.append(f"'{shown} {year}' not in {_cites(citations)}: there {shown} is of {', '.join(other)}")
        elif not held and siblings:
            problems.append(f"'{_period_shown(period)} {year}' not in {_cites(citations)}: there {year} is of "
                            f"{', '.join(_period_shown(p) for p in siblings)}")
    for label, value in claim_pairs(facts):
        paras = [n for n in citations if 1 <= n <= idx.count]
        for n in paras:
            others = swapped(label, value, idx.paragraphs[n - 1].clauses)
            if others:
                problems.append(f"'{label.text} ... {value.text}' not in [{n}]: there {label.text} goes with "
                                f"{', '.join(others)}")
                break
    if not facts.han:
        problems += _stock_code_problems(facts.text, idx)
    if RECORD_CLAIM.search(prepared):
        # 'to a record high': a superlative the cited paragraphs must say too.
        paras = [n for n in citations if 1 <= n <= idx.count]
        if paras and not any(RECORD_SOURCE.search(idx.paragraphs[n - 1].lower) for n in paras):
            problems.append(f"'record' not in {_cites(citations)}: they call nothing a record")
        else:
            problems += record_owner_problems(facts, citations, idx)
    # Who and what each figure belongs to in the cited paragraphs (facts.binding).
    problems += attribution_problems(facts, citations, idx, frozenset(approximated))
    problems += change_problems(facts, citations, idx)
    problems += limit_problems(facts, citations, idx)
    problems += date_year_problems(facts, citations, idx)
    problems += year_part_problems(facts, citations, idx)
    problems += season_problems(facts, citations, idx)
    problems += inclusion_problems(facts, citations, idx)
    problems += share_part_problems(facts, citations, idx)
    if not problems:  # (a part a list heads by name: one problem is enough to say the claim is wrong)
        problems += head_problems(facts, citations, idx, frozenset(approximated))
    problems += split_level_problems(facts, citations, idx)
    problems += currency_way_problems(facts, citations, idx)
    problems += previous_target_problems(facts, citations, idx)
    problems += rating_problems(facts, citations, idx)
    problems += dated_speaker_problems(facts, citations, idx)
    problems += timed_name_problems(facts, citations, idx)
    problems += event_problems(facts, citations, idx)
    problems += universe_problems(facts, citations, idx)
    problems += window_problems(facts, citations, idx)
    problems += reversed_levels(facts, citations, idx)
    problems += one_level_moves(facts, citations, idx)
    problems += side_problems(facts, citations, idx)
    problems += lot_problems(facts, citations, idx)
    problems += fraction_problems(facts, citations, idx)
    problems += group_problems(facts, citations, idx)
    problems += change_fraction_problems(facts, citations, idx)
    problems += premium_fraction_problems(facts, citations, idx)
    problems += share_scope_problems(facts, citations, idx)
    problems += loss_direction_problems(facts, citations, idx)
    problems += gain_or_loss_problems(facts, citations, idx)
    problems += revision_problems(facts, citations, idx)
    problems += overall_problems(facts, citations, idx)
    problems += weekday_problems(facts, citations, idx)
    problems += scope_problems(facts, citations, idx)
    problems += counted_problems(facts, citations, idx)
    left_open = bases_left_open(facts, citations, idx) if facts.bases else set()
    for basis in sorted(facts.bases):
        # Only a contradicting basis (同比 vs 环比) counts against a claim; silence does not.
        if basis in left_open:
            soft.add(len(atoms))
        atoms.append(_atom(kind="basis", text=basis, value=basis, found_in=idx.basis_paragraphs(basis)))

    named = check_names(facts, citations, idx, len(atoms))
    atoms += named.atoms
    soft |= named.soft
    problems += named.problems

    uncited: list[Atom] = []  # a claim citing nothing: its atoms and where the article holds them
    unread = False  # a figure the cited paragraphs hold in a form the reader did not read
    for i, atom in enumerate(atoms):
        atom.cited = bool(cited.intersection(atom.found_in))
        if not atom.cited and i not in soft:
            if atom.kind == "direction":
                if i in directed and not atoms[i - 1].cited:
                    continue  # the figure is not in the cited paragraphs at all: its own problem says so
                elsewhere = [n for n in atom.found_in if n not in cited]
                moved = directed.get(i)
                how = _other_way(moved, citations, idx)
                kept = None if how or moved is None else next((n for n in citations if _kept_in(moved, n, idx)), None)
                problems.append(
                    f"'{atom.text}' not in {_cites(citations)}: there the figure "
                    + (f"is kept (unchanged at {moved.q.text} in [{kept}])" if kept and moved else
                       "goes the other way" + how if how else "is not said to move that way")
                    + (f"; found in {_cites(elsewhere)}" if elsewhere else ""))
            elif not citations:
                uncited.append(atom)  # one problem for them all, below
            elif atom.kind in _FIGURE_KINDS and _unread_in(atom.text, citations, idx):
                # ('78,400 tonnes' where [1] writes '78.4kt' in a unit the reader does not know): the
                # paragraph's figure was not read, so the claim's is not known to be wrong.
                unread = True
            else:
                note = ""
                if atom.value and "(" in atom.value and atom.kind in ("person", "entity", "name"):
                    note = " " + atom.value[atom.value.index("("):]
                problems.append(_problem(atom.text, citations, atom.found_in, note))
    if uncited:
        problems.append("the claim cites no paragraph (" + "; ".join(
            f"'{a.text}' " + (f"in {_cites(a.found_in)}" if a.found_in else "not in the article") for a in uncited) + ")")

    problems = list(dict.fromkeys(problems))  # (one period read twice, as a quarter and a year, is one problem)
    if problems and all(unsure_problem(p) for p in problems):
        status = "unverifiable"  # whose figure it is, the claim's company being named nowhere, is not known
    elif problems:
        status = "unsupported"
    elif named.unfound or arithmetic_only or unread:
        # A name found nowhere in the article, or a figure the paragraphs give only by arithmetic.
        status = "unverifiable"
    elif any(a.cited for a in atoms):
        status = "supported"
    else:
        status = "unverifiable"
    return construct(Check, status=status, problems=problems, atoms=atoms)




_LEVEL_AT_BEFORE = re.compile(r"\b(?:at|as of|as at)\s$")  # ('fell to 1.09 times at September 30': a level's point)


def _period_shown(period: str) -> str:
    """A period key as a reader writes it: 'M6' is June, 'Q3' stays Q3."""
    return MONTH_NAMES[int(period[1:]) - 1] if period[:1] == "M" and period[1:].isdigit() else period


_FISCAL_YEAR_WORDS = re.compile(r"\b20\d\d[-–/]\d\d\b|\bFY\s?\d|\bfiscal\b|财年|財年|会计年度|會計年度", re.IGNORECASE)
_END_OF_YEAR_CLAIM = re.compile(r"\b(?:end of|end-)\s?$", re.IGNORECASE)
_START_OF_YEAR_CLAIM = re.compile(r"\b(?:start|beginning) of\s$", re.IGNORECASE)
# The start of the story's own year, unnamed: 较年初, 年初以来, 'since the start of the year' (not 去年初, 明年初).
_START_OF_YEAR = re.compile(r"\b(?:start|beginning) of (?:the|this) year\b|(?<![去明上前\d])年初")
# The story's own year, unnamed: 今年, 'this year'; 全年 (not 明年全年).
# A quarter a paragraph names by no ordinal: the story's ('quarterly sales', 'during the quarter', 本季度).
_SAME_DATE_SPAN = re.compile(r"\b(three|six|nine|twelve|\d{1,2})\smonths" + TO_THE_SAME_DATE.pattern)
_MONTH_COUNTS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}


def _to_the_same_date_in(count: int, ends_in: int | None, paragraph) -> bool:
    """Whether a paragraph gives a span of ``count`` months 'to the same date' after a span that ends in
    month ``ends_in``."""
    m = _SAME_DATE_SPAN.search(paragraph.lower)
    if m is None or ends_in is None or _MONTH_COUNTS.get(m.group(1), int(m.group(1)) if m.group(1).isdigit() else 0) != count:
        return False
    return any(t.kind in ("quarter", "month") and t.start < m.start() and last_month(t.key) == ends_in
               for t in paragraph.facts.temporals)


def _in_figures_sentences(at: int, facts: TextFacts, n: int, idx) -> bool:
    """Whether ``at`` is in a sentence of paragraph ``n`` that holds one of the claim's figures, or anywhere
    in it when it holds none ('展望全年，…公司全年营收将达到25.6亿元…。…由2083年的222亿元增至…': the later
    sentence's years are another speaker's)."""
    text = idx.paragraphs[n - 1].text
    spans = [sentence_span(text, b.figure.q.start, b.figure.q.end) for f in facts.figures
             for b in idx.bindings_matching(f.q, [n])]
    return not spans or any(a <= at < z for a, z in spans)


def _period_of_paragraph_before(key: str, citations: list[int], idx, facts: TextFacts) -> bool:
    """Whether the cited paragraph names no quarter or half, nor any time in its first sentence, and the
    paragraph right before it opens with the claim's quarter and names no other of its kind: a breakdown
    that goes on with the figures before it. A quarter the cited paragraph names in a later sentence
    leaves the figures of its first sentence to the period before ('Within Fibers, acetate tow sales were
    $171 million, … Over the first nine months, Fibers sales were $819 million')."""
    valid = [n for n in citations if 1 < n <= idx.count]
    if len(valid) != 1:
        return False
    # (A paragraph that goes on with the figures first and names days or months only later: 'Arcade revenue
    # rose 28.4% …. The chief financial officer said net debt was ¥96.4 billion at the end of July'.)
    cited = idx.paragraphs[valid[0] - 1]
    first_end = sentence_span(cited.text, 0, 0)[1]
    if any(t.start < first_end for t in cited.facts.temporals) or _UNNAMED_HALF.search(cited.lower, 0, first_end) or \
            _UNNAMED_QUARTER.search(cited.lower, 0, first_end):
        return False  # (nor where it says 'in the half' of its own: 'generated US$412 million in the half')
    if any(t.kind == "quarter" for t in cited.facts.temporals):
        held = [b for f in facts.figures for b in idx.bindings_matching(f.q, valid)]
        if cited.facts.han or not held or not all(b.figure.q.end <= first_end for b in held):
            return False
    # (Not where it names another of the same kind: a paragraph before that names both halves leaves 'in the
    # half' open; 'the first nine months' beside 'third-quarter' does not; a quarter compared with, 'down
    # 2.2% from the second quarter', is no period of its figures.)
    text_before = idx.paragraphs[valid[0] - 2].lower
    compared = [m.span() for m in QUARTER_BEFORE_EN_RE.finditer(text_before)]
    before = sorted((t.start, t.key) for t in idx.paragraphs[valid[0] - 2].facts.temporals if t.kind == "quarter"
                    and not any(a <= t.start < z for a, z in compared))
    # (Its first period may be written twice: 'the February-July first half'.)
    opening = [k for a, k in before if a <= before[0][0] + 16] if before else []
    return key in opening and not any(k != key and k[:1] == key[:1] for _, k in before)


def _quarter_told_instead(key: str, facts: TextFacts, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether a cited paragraph says the claim's figure is of 'the quarter', in the figure's own sentence, where
    the claim's period is a longer span ('free cash flow was SEK 162 million in the quarter' for 'the first nine
    months'; not 'For the half year, revenue rose 7.4%' beside 'The quarter's Ebitda margin')."""
    if key[:1] == "Q":
        return False
    for n in citations:
        if not 1 <= n <= idx.count:
            continue
        low = idx.paragraphs[n - 1].lower
        for f in facts.figures:
            for b in idx.bindings_matching(f.q, [n]):
                a, z = sentence_span(low, b.figure.q.start, b.figure.q.end)
                if _IN_THE_QUARTER.search(low, a, z):
                    return True
    return False


# ('free cash flow was SEK 162 million in the quarter': the story's quarter, no longer span it reports on.)
_IN_THE_QUARTER = re.compile(r"\b(?:in|during|for|over) the quarter\b(?!\s(?:to|ended|ending)\b)|\bthe quarter's\b")
_UNNAMED_QUARTER = re.compile(r"\bquarterly\b|\b(?:the|this)\squarter\b(?!\s(?:to|ended|ending|of|before|earlier)\b)|本季度|该季度|當季|当季")
_UNNAMED_HALF = re.compile(r"\b(?:in|during|for|over)\sthe\shalf\b(?!\s(?:to|ended|ending|of|before|earlier)\b)|\bthe\shalf['’]s\b|本半年|该半年")
_SEASONS = r"spring|summer|fall|autumn|winter"
_THIS_SEASON = re.compile(rf"\bthis ({_SEASONS})\b")  # ('rose … to 1.26 million this fall': this year's)
_THIS_YEAR = re.compile(r"今年|本年度|\bthis (?:fiscal )?year\b|" + _THIS_SEASON.pattern)
# (Not a year's own whole a few words on: '目标在2029年实现全年盈亏平衡'.)
_WHOLE_YEAR_ZH = re.compile(r"(?<![\d年])(?<!\d年[^，,。；;\d]{1})(?<!\d年[^，,。；;\d]{2})(?<!\d年[^，,。；;\d]{3})全年")
_WHOLE_YEAR_EN = re.compile(r"\bfor the (?:full |whole )?year\b(?!\s(?:to|ending|ended)\b)|\bfull[- ]year\b")  # ('its target of 250 hectares for the year')


def _says_whole_year(low: str) -> bool:
    """Whether a paragraph speaks of a whole year it does not number (全年, 'for the full year')."""
    return _WHOLE_YEAR_ZH.search(low) is not None or _WHOLE_YEAR_EN.search(low) is not None


_FISCAL_YEAR = re.compile(r"fiscal|financial year|\bfy", re.IGNORECASE)  # (not 2025年全年, 明年全年)
# A level compared with at a year's end: 'from 3.2 times at the end of 2027'.
# ('about 10% more than the 2.59 million tonnes shipped in 2058', too.)
_COMPARED_LEVEL_AT = re.compile(r"\b(?:from|than|against|versus|compared with)\b(?:[^,;.]|\.(?=\d)){0,40}?\b(?:at|in)\s(?:the\s)?(?:end\sof\s|end-)?$")
# A year a claim compares with ('lower than at the end of 2025', 'up from 2025').
_COMPARED_YEAR = re.compile(r"\b(?:than|from|compared with|versus|since)\s(?:in\s|at\s)?(?:the\s)?(?:end\sof\s|end-)?$|(?:较|比|相比)\s?$",
                            re.IGNORECASE)
_SEASON_BEFORE = re.compile(rf"\b({_SEASONS})\s$", re.IGNORECASE)
_SAME_SEASON = {"autumn": "fall"}


def _season_agrees(claim: str, year_at: int, paragraph: str) -> bool:
    """Whether a season the claim puts before its year ('fall 2034') is the one the paragraph calls this
    year's ('this fall'); a year with no season agrees."""
    season = _SEASON_BEFORE.search(claim, max(0, year_at - 10), year_at)
    if season is None:
        return True
    said = {_SAME_SEASON.get(w, w) for w in _THIS_SEASON.findall(paragraph)}
    claimed = season.group(1).lower()
    return not said or _SAME_SEASON.get(claimed, claimed) in said


# A season a paragraph compares with ('up 2.7 percentage points from fall 2033').
_COMPARED_SEASON = re.compile(rf"\b(?:than|from|compared with|versus|since)\s(?:the\s)?(?:{_SEASONS})\s$")
# The year before a year the paragraph names ('2026年…较上年末'): a claim may name it.
_UP_FROM_LEVEL = re.compile(r"\b(?:up|down|rising|falling)\sfrom\s\d")
_PREVIOUS_YEAR = re.compile(r"上年|去年|上一年|\blast year\b|\bthe previous year\b|\ba year (?:earlier|ago)\b")
_END_OF_YEAR = re.compile(r"\bend of (?:the|this) year\b|(?<![去明上前\d])(?<!明年)(?<!去年)(?<!上年)(?<!后年)年(?:底|末)|年内")


def _period_of_dated_year(year: str, periods: set[str], citations: list[int], idx: ArticleIndex) -> bool:
    """Whether the claim ties the dateline's year to a quarter or half ('the first half of 2026' in a
    2026 story) and the cited paragraphs speak of quarters or halves without tying any to a year."""
    when = idx.article.published_at
    if when is None or year != str(when.year) or not any(k.endswith("@" + year) for k in periods):
        return False
    cited = [idx.paragraphs[n - 1] for n in citations if 1 <= n <= idx.count]
    # (Another period tied to a year, '明年上半年', says nothing of the year of the claim's '前三季度'.)
    named = {k.split("@")[0] for k in periods}
    return any(any(k[:1] in "QH" or (k.endswith("M") and k[:-1].isdigit()) for k in p.temporal_keys) for p in cited) \
        and not any(k.split("@")[0] in named for p in cited for k in p.facts.periods)


def _stock_code_problems(text: str, idx: ArticleIndex) -> list[str]:
    """A stock code an English claim writes beside a name ('Grand Pharma (512)') that the article (title
    included) does not give, leading zeros aside (00512)."""
    codes = named_stock_codes(text)
    if not codes:
        return []
    story = "\n".join([idx.article.title, *idx.raw])
    return [f"stock code '{code}' not in the article" for code in codes
            if not re.search(rf"(?<!\d)0*{code}(?!\d)", story)]


def _fiscal_year_of_last_quarter(key: str) -> str | None:
    """The key of the twelve months a three-month span closes ('R3-5', March-May: 'R6-5'), else None."""
    if key[:1] != "R" or len(months_of(key) or ()) != 3:
        return None
    end = int(key.split("-")[1])
    return span_key(end % 12 + 1, end)


_GAP_WORDS = frozenset({"above", "below", "higher", "lower", "premium", "discount"})
_CLAUSE_STOP = re.compile(r"[,;]\s|\.(?!\d)")


def _gap_goes_as_said(fig: Figure, facts: TextFacts) -> bool | None:
    """Whether a claim's worked-out gap goes the way its own two levels do ('a $9.50 target is about 21%
    above the close of $7.82': 9.50 is above 7.82); None without a level on each side of it."""
    if (fig.direction_word or "").lower() not in _GAP_WORDS:
        return None  # ('profit of $2 billion, up about 10%, on revenue of $20 billion': a move, not a gap)
    # (The level right after it in its own clause, 'above Hertz's Thursday close of $7.82', of the unit
    # of the one before: not a forecast the sentence goes on to.)
    before = [f.q for f in facts.figures if f.q.kind == "amount" and f.q.end <= fig.q.start]
    stop = _CLAUSE_STOP.search(facts.text, fig.q.end)
    after = [f.q for f in facts.figures if f.q.kind == "amount" and fig.q.end <= f.q.start < (stop.start() if stop else len(facts.text))]
    if not before or not after or before[-1].value == after[0].value or not compatible(before[-1], after[0]):
        return None
    return (before[-1].value > after[0].value) == (fig.direction == "up")


def _gap_against_cited_level(fig: Figure, facts: TextFacts, citations: list[int], idx: ArticleIndex) -> bool | None:
    """Whether a claim's worked-out gap between its own level and one only the cited paragraphs give goes the
    way it says ('a target of €340, about 7% above Tuesday's close' where [10] gives the close as €318.40:
    340 is above it); None where no cited level makes the gap."""
    if (fig.direction_word or "").lower() not in _GAP_WORDS:
        return None
    # (Any of the claim's levels before it: 'cut his target to €340 from €390, about 7% above…' is the €340's.)
    before = [idx.story_quantity(f.q) for f in facts.figures if f.q.kind == "amount" and f.q.end <= fig.q.start and f.q.value]
    claimed = {q.value for q in before}
    ways = set()
    for n in dict.fromkeys(citations):
        if not 1 <= n <= idx.count:
            continue
        for f in idx.paragraphs[n - 1].facts.figures:
            level = idx.story_quantity(f.q)
            if level.kind != "amount" or not level.value or level.value in claimed:
                continue
            for mine in before:
                gap = abs(mine.value / level.value - 1) * 100
                if compatible(mine, level) and same_value(fig.q, replace(fig.q, value=gap)):
                    ways.add((mine.value > level.value) == (fig.direction == "up"))
    return ways.pop() if len(ways) == 1 else None


# A year's call ('its 2034 adjusted EBITDA guidance').
_QUARTER_END = re.compile(r"\bend of the quarter\b|\bquarter[- ]end\b|季末|本季度末")
_QUARTER_OF_CLAIM = re.compile(r"\bthe (first|second|third|fourth) quarter of $")
_GUIDANCE_AFTER = re.compile(r"\s(?:[\w-]+\s){0,3}?(?:guidance|outlook|forecast|target)\b")
# A level the claim dates ('was 94.6% at the end of June'), not a base ('lower than at the end of March').
# ('at the end of June'; 'gained 90,000 customers, ending September with 7.18 million': the level it ended at.)
_END_OF_CLAIMED = re.compile(r"(?<!than )(?<!from )(?<!since )\bat\s(?:the\s)?(?:end\sof|end-)\s?$|\b(?:ending|ended)\s$")


def _period_ends_in(key: str, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether a cited paragraph's half, quarter or span of months ends in the month ``key`` ('M6')."""
    if not re.fullmatch(r"M\d{1,2}", key):
        return False
    month = int(key[1:])
    for n in citations:
        if not 1 <= n <= idx.count:
            continue
        for k in idx.paragraphs[n - 1].temporal_keys:
            months = months_of(k)
            if months and len(months) > 1 and month in months and month % 12 + 1 not in months:
                return True
    return False


# What names the quarter a change is measured from ('from the second quarter', 'that of the second quarter').
_COMPARED_FROM = re.compile(r"\b(?:from|than|over|versus|vs\.?|that\sof|on)\s(?:in\s)?(?:the\s)?$")


def _quarter_compared_from(t, facts: TextFacts, citations: list[int], idx: ArticleIndex, prepared: str) -> bool:
    """Whether the claim's quarter is the one before another quarter it names, as the base of a change
    ('Q3 profit more than doubled from the second quarter') where a cited paragraph gives that later
    quarter a quarter-on-quarter change (第三季度…环比增长1.3倍)."""
    if not re.fullmatch(r"Q[123]", t.key) or not _COMPARED_FROM.search(prepared, max(0, t.start - 20), t.start):
        return False
    later = f"Q{int(t.key[1]) + 1}"
    if not any(u.kind == "quarter" and u.key == later for u in facts.temporals):
        return False
    cited = [idx.paragraphs[n - 1] for n in citations if 1 <= n <= idx.count]
    return any(later in p.temporal_keys and any(b.base in ("qoq", "seq") for b in p.bindings) for p in cited)


def _span_told_by_its_ends(t, facts: TextFacts, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether the claim's quarter or half is the span between two days it names, each found in the cited
    paragraphs: the day before it starts and the day it ends ('in the second quarter, from $240.9 billion
    at March 31 to $248.6 billion at June 30')."""
    months = sorted(months_of(t.key) or ())
    if len(months) not in (3, 6) or months != list(range(months[0], months[0] + len(months))):
        return False
    days = {u.key: u for u in facts.temporals if u.kind == "date"}
    start_month, end_month = (months[0] - 2) % 12 + 1, months[-1]
    ends = [k for k in days if re.fullmatch(rf"M{start_month}-D(?:28|29|30|31)", k)], \
        [k for k in days if re.fullmatch(rf"M{end_month}-D(?:28|29|30|31)", k)]
    cited = set(citations)
    return all(any(set(idx.temporal_paragraphs(k)) & cited for k in keys) for keys in ends)


_SEQUENTIAL = frozenset({"seq", "qoq", "mom"})


def _period_a_change_is_on(t, facts: TextFacts, citations: list[int], idx: ArticleIndex, prepared: str) -> bool:
    """Whether the claim's quarter or half (or the year of one) is what a change it gives is measured
    from, the period before the one a cited paragraph gives that change in sequentially ('rose 1.8% from
    the second half of 2060' where a 2061 story's paragraph says 上半年…按半年则上升1.8%)."""
    if t.kind == "quarter":
        compared = {t.key} if (t.base or _COMPARED_FROM.search(prepared, max(0, t.start - 20), t.start)) else set()
        year = None
    else:
        compared = {k.split("@")[0] for k in facts.periods if k.endswith(f"@{t.key}")}
        year = t.key
    compared = {k for k in compared if re.fullmatch(r"[QH]\d", k)}
    when = idx.article.published_at
    if not compared or (year is not None and (when is None or not year.isdigit())):
        return False
    cited = [n for n in citations if 1 <= n <= idx.count]
    for cb in claim_bindings(facts):
        if cb.base is not None and cb.base not in _SEQUENTIAL:
            continue
        for sb in idx.bindings_matching(cb.figure.q, cited):
            period = sb.period or min(idx.lead_periods & {"Q1", "Q2", "Q3", "Q4", "H1", "H2"}, default=None)
            if sb.base not in _SEQUENTIAL or period is None or previous_period(period) not in compared:
                continue
            # (Across a year's turn the period compared is last year's: H2 of 2060 before a 2061 first half.)
            if year is None or (when is not None and int(year) == when.year - (1 if period in ("Q1", "H1") else 0)):
                return True
    return False


def _quarter_before_first(year: str, facts: TextFacts, citations: list[int], idx: ArticleIndex) -> bool:
    """Whether the claim names the quarter a first quarter's quarter-on-quarter change is measured from
    ('0.7 points higher than in the fourth quarter of 2027' in a 2028 story whose paragraph says
    第一季…季增0.7個百分點): the fourth quarter of the year before the dateline's."""
    when = idx.article.published_at
    if when is None or f"Q4@{year}" not in facts.periods or str(when.year - 1) != year or \
            not any(t.kind == "quarter" and t.key == "Q1" for t in facts.temporals):
        return False
    cited = [idx.paragraphs[n - 1] for n in citations if 1 <= n <= idx.count]
    return any("Q1" in p.temporal_keys and not any(k.startswith("Q4@") for k in p.facts.periods)
               and any(b.base == "qoq" for b in p.bindings) for p in cited)


def _copied_check(facts, n: int, problems: list[str]) -> Check:
    atoms = [_atom(kind=f.q.kind, text=f.q.text, value=f.q.normalized, found_in=[n]) for f in facts.figures]
    atoms += [_atom(kind="direction", text=f"{f.direction_word} {f.q.text}", value=f"{f.direction} {f.q.normalized}",
                   found_in=[n]) for f in facts.figures if f.direction]
    seen: set[str] = set()
    for t in facts.temporals:
        if t.key not in seen:
            seen.add(t.key)
            atoms.append(_atom(kind=t.kind, text=t.text, value=_temporal_value(t.key), found_in=[n]))
    names = (source_names(facts.text) + english_names(facts.text)) if facts.han else english_names(facts.text)
    for mention in names:
        if mention.entity is not None:
            kind = mention.entity.kind if mention.entity.kind in ("person", "place") else "entity"
            atoms.append(_atom(kind=kind, text=mention.text, value=mention.entity.name, found_in=[n]))
    for atom in atoms:
        atom.cited = True  # every atom of a verbatim quote is in the paragraph it is quoted from
    status = "unsupported" if problems else ("supported" if atoms else "unverifiable")
    return construct(Check, status=status, problems=problems, atoms=atoms)


def _copied_raw(text: str, citations: list[int], idx: ArticleIndex) -> int | None:
    needle = text.rstrip(_TRAILING).strip()
    if len(needle) < 8:
        return None
    for n in citations:
        if 1 <= n <= idx.count and needle in idx.raw[n - 1]:
            return n
    return None


def _copied_from(text: str, citations: list[int], idx: ArticleIndex) -> int | None:
    needle = text.lower().rstrip(_TRAILING).strip()  # text is prepared: NFKC, simplified
    if len(needle) < 8:
        return None
    for n in citations:
        if 1 <= n <= idx.count and needle in idx.paragraphs[n - 1].lower:
            return n
    return None


def combine(checks: list[Check]) -> Check:
    """One check for a claim made of several sentences (the Core Viewpoint)."""
    atoms = [a for c in checks for a in c.atoms]
    problems = [p for c in checks for p in c.problems]
    statuses = {c.status for c in checks}
    status = ("unsupported" if "unsupported" in statuses else
              "supported" if "supported" in statuses else "unverifiable")
    return construct(Check, status=status, problems=problems, atoms=atoms)


def viewpoint_sentences(text: str) -> list[str]:
    from citebrief.text.sentences import split_sentences

    return split_sentences(text) or [text]


# Sentence ends whatever the next word's case (generated and wire text has '... assets. the Treasury').
_PIECE_END = re.compile(r"(?<=[.!?。！？；;])\s+|(?<=[。！？；])")


def _quoted_pieces(text: str, citations: list[int], idx: ArticleIndex) -> list[str] | None:
    """``text`` cut at sentence ends into pieces each copied verbatim from a cited paragraph, or None."""
    pieces = [p for p in _PIECE_END.split(text) if p.strip()]
    if len(pieces) > 1 and all(_copied_raw(p, citations, idx) for p in pieces):
        return pieces
    return None


def check_viewpoint(claim: Claim, idx: ArticleIndex, *, detail: bool = True) -> Check:
    if not detail:
        if _copied_raw(claim.text, claim.citations, idx):
            return check_with_index(claim.text, claim.citations, idx, detail=False)  # one contiguous quote
        pieces = _quoted_pieces(claim.text, claim.citations, idx)  # quotes joined: no sentence splitter needed
        if pieces:
            return combine([check_with_index(p, claim.citations, idx, detail=False) for p in pieces])
    checks = []
    for sentence in viewpoint_sentences(claim.text):
        pieces = None if detail or _copied_raw(sentence, claim.citations, idx) else \
            _quoted_pieces(sentence, claim.citations, idx)
        checks += [check_with_index(p, claim.citations, idx, detail=detail) for p in (pieces or [sentence])]
    return checks[0] if len(checks) == 1 else combine(checks)


def verify_brief(brief: Brief, *, detail: bool = False) -> Brief:
    """A copy of ``brief`` whose every claim carries its check.

    Claims copied verbatim from a cited paragraph are proven by that and carry one 'quote' atom;
    ``detail=True`` lists their figures, dates and names as well (as `citebrief verify` does)."""
    idx = index_for(brief.article)
    # `updated` is model_copy(update=...) without pydantic's per-call overhead (see fastmodel).
    core = updated(brief.core_viewpoint, check=check_viewpoint(brief.core_viewpoint, idx, detail=detail))
    sections = [
        updated(s, bullets=[updated(b, check=check_with_index(b.text, b.citations, idx, detail=detail))
                            for b in s.bullets])
        for s in brief.sections
    ]
    return updated(brief, core_viewpoint=core, sections=sections)
