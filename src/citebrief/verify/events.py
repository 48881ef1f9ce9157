"""When an event is due: a claim that a plant will start production, a project be completed or a store
open in one quarter, half or month, where every cited paragraph that names that kind of event puts it in
another ('新厂预计明年第二季量产' for 'will start volume production in the third quarter'). Events are a
glossary kept as data (data/events.tsv); a claim naming none, or cited paragraphs naming none, are left
to the other checks."""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.binding import sentence_span
from citebrief.facts.glossary import load
from citebrief.facts.temporal import MONTH_EN, Temporal

_PERIODS = ("quarter", "month")  # keys Q1-Q4, H1/H2 and M1-M12 (spans, years and dates are not events' own)
_CLAUSE = re.compile(r"[，,；;。.!?]\s")
_CLAUSE_ZH = re.compile(r"[，,；;。]")
_TIME_RESTATED = re.compile(r"(?:\sof\s(?:fiscal\s|fy\s?)?(?:20)?\d\d(?:[-/]\d\d)?)?,\s(?:the\s|or\s)?")
_MONTH_NAMED = re.compile(rf"(?i)\b{MONTH_EN}(?![a-z])")
# A figure the event's is set against, its period after: 'against 0.98 crore in April-June'.
_COMPARED_BEFORE = re.compile(r"\b(?:against|compared\swith|versus|from)\s(?:[^,;.]|\.(?=\d)){0,40}$")


def _events(low: str) -> list:
    return load("events").find(low)


def _period_key(t: Temporal) -> str | None:
    key = t.key
    return key if t.kind in _PERIODS and re.fullmatch(r"[QH][1-4]|M\d{1,2}", key) and not t.base else None


def _year_key(t: Temporal) -> str | None:
    """'Y2028' of a year written alone ('resume dividend payments from 2028'); a year is an event's
    time only where its clause names no quarter, half or month."""
    return f"Y{t.key}" if t.kind == "year" and re.fullmatch(r"20\d\d", t.key) else None


def _when(temporals: list[Temporal]) -> list[Temporal]:
    """The temporals that say when: periods, else years."""
    periods = [t for t in temporals if _period_key(t)]
    return periods or [t for t in temporals if _year_key(t)]


def _key(t: Temporal) -> str | None:
    return _period_key(t) or _year_key(t)


def _claim_events(facts: TextFacts) -> list[tuple[frozenset[str], str, str]]:
    """(event ids, period key, period text) of each claim event with one period of its clause."""
    low = facts.text.lower()
    out = []
    for term in _events(low):
        start = max((m.end() for m in _CLAUSE.finditer(low, 0, term.start)), default=0)
        stop = _CLAUSE.search(low, term.end)
        end = stop.start() if stop else len(low)
        keys = {(k, t.text) for t in _when([t for t in facts.temporals if start <= t.start < end]) if (k := _key(t))}
        if len({k for k, _ in keys}) == 1:
            key, text = next(iter(keys))
            out.append((term.ids, key, text))
    return out


def _source_periods(paragraph, ids: frozenset[str]) -> list[tuple[str, str]]:
    """(period key, text) of each event of ``ids`` in a paragraph: in Chinese the last period before
    the event word in its clause ('预计明年第二季量产'); in English the first after it in its clause, or
    the last before."""
    low = paragraph.lower
    temporals = paragraph.facts.temporals
    out = []
    for term in _events(low):
        if not term.ids & ids:
            continue
        clause = _CLAUSE_ZH if paragraph.facts.han else _CLAUSE
        start = max((m.end() for m in clause.finditer(low, 0, term.start)), default=0)
        stop = clause.search(low, term.end)
        end = stop.start() if stop else len(low)
        when = _when([t for t in temporals if start <= t.start < end])
        before = [t for t in when if t.start < term.start]
        after = [t for t in when if term.end <= t.start]
        pick = (before[-1] if before else None) if paragraph.facts.han else (after[0] if after else before[-1] if before else None)
        key = _key(pick) if pick is not None else None
        if pick is not None and key is not None:
            out.append((key, pick.text))
            # (The same time told again in calendar months: 'in the third quarter of fiscal 2035, the
            # April-June period'; not a fiscal quarter after months, 'April-June 2027, the first quarter
            # of 2027-28', whose 'first quarter' is no January-March.)
            out += [(k, t.text) for t in temporals if _TIME_RESTATED.fullmatch(low, pick.end, t.start)
                    and _MONTH_NAMED.search(t.text) and (k := _key(t))]
    return out


def _compared_keys(paragraph, ids: frozenset[str]) -> set[str]:
    """The period keys of the figures an event's sentence compares its own with, the event left out:
    the event's too ('1.27 crore accounts opened in the July-September quarter against 0.98 crore in
    April-June')."""
    keys: set[str] = set()
    for term in _events(paragraph.lower):
        if term.ids & ids:
            start, end = sentence_span(paragraph.lower, term.start, term.end)
            keys |= {k for t in paragraph.facts.temporals if term.end <= t.start < end and (k := _key(t))
                     and _COMPARED_BEFORE.search(paragraph.lower, term.end, t.start)}
    return keys


def event_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """An event the claim puts in a period that no cited paragraph naming the event gives it."""
    if facts.han or not facts.temporals:
        return []
    claimed = _claim_events(facts)
    if not claimed:
        return []
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    problems = []
    for ids, key, text in claimed:
        told = [(n, k, t) for n in cited for k, t in _source_periods(idx.paragraphs[n - 1], ids)]
        same_kind = [(n, k, t) for n, k, t in told if k[0] == key[0]]
        if same_kind and not any(k == key for _, k, _ in told) and \
                not any(key in _compared_keys(idx.paragraphs[n - 1], ids) for n in cited):
            n, _, t = same_kind[0]
            problems.append(f"'{text}' not when it is due in [{n}]: there it is {t}")
    return problems
