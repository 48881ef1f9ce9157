"""Stories: the same event reported by several sources, grouped into one cluster.

Two signals, because sources rewrite each other and write in different scripts and languages:

* text: MinHash (datasketch) over shingles of the folded text (``citebrief.text.script.fold``:
  simplified script, half-width, lower case), so a traditional-script copy of a simplified wire
  matches it; each Han character and each Latin word is one unit, shingles are 3 units;
* atoms: the figures (scaled, so 350亿 = 35 billion), percentages, dates, quarters and tickers the
  text states. They cross languages, where shingles cannot.

Candidate pairs come from MinHashLSH and from an inverted index of atoms; a pair is the same story
when the texts are near-duplicates and their figures do not disagree, or when they share enough
specific figures. Stories are the connected components of those pairs.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from datasketch import MinHash, MinHashLSH

from citebrief.text.script import HAN_CLASS, fold

NUM_PERM = 128
SHINGLE = 3
TEXT_SAME = 0.45  # estimated Jaccard of shingles at which texts are near-duplicates
TEXT_CANDIDATE = 0.2  # LSH threshold for candidate pairs from text
ATOMS_SAME = 2.5  # shared specific atoms that make a story even when the texts differ (languages)
ATOMS_WITH_TEXT = 2  # ... or at least this many, with some text overlap or shared years
YEAR_WEIGHT = 0.5  # a shared year counts half a figure
MAX_ATOM_DF = 50  # atoms in more documents than this are too common to propose candidates

_HAN = HAN_CLASS
_UNIT = re.compile(rf"[{_HAN}]|[a-z0-9]+(?:\.[0-9]+)?")

# ---- atoms -------------------------------------------------------------------------------------
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
_SCALES = {"万亿": 1e12, "兆": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4,
           "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6}
_SCALE_ALT = "|".join(sorted(map(re.escape, _SCALES), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?<![\d.]){_NUM}\s*(?:({_SCALE_ALT})(?![a-z])|(%|percent\b|per cent\b|个百分点|percentage points?\b|"
    rf"个基点|基点|basis points?\b|bps\b)|\s?(gwh|gw|mwh|mw|twh|nm)\b)?"
)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?=\s*年|\b)")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_DATE_CN = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
_DATE_EN = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b")
_QUARTER = re.compile(r"第?([一二三四1-4])季度|\bq([1-4])\b|\b(first|second|third|fourth)[- ]quarter")
_MONTH_CN = re.compile(r"(?<!\d)(\d{1,2})月(?!\d{1,2}日)")
_MONTH_EN = re.compile(r"\b(january|february|march|april|june|july|august|september|october|november|december)\b(?!\s+\d)")
_QNUM = {"一": 1, "二": 2, "三": 3, "四": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}
_TICKER = re.compile(r"(?<![\d.])(\d{6}|\d{4,5}\.hk|\d{4}\.tw)(?![\d])")


def _canonical(value: float) -> str:
    return f"{value:.3g}"


def atoms(text: str) -> set[str]:
    """Specific facts of a text, comparable across scripts and languages.

    ``num:``/``pct:``/``pp:``/``bp:`` figures (scaled: '350亿' and '35 billion' are both num:3.5e+10),
    ``date:MM-DD``, ``q:N`` (quarter), ``month:N`` (a month named without a day), ``year:YYYY`` and ``code:`` stock codes.
    """
    t = fold(text)
    found: set[str] = set()
    taken: set[int] = set()  # positions inside stock codes, not figures
    for m in _TICKER.finditer(t):
        found.add("code:" + m.group(1).split(".")[0].lstrip("0"))
        taken.update(range(m.start(), m.end()))
    for m in _DATE_CN.finditer(t):
        found.add(f"date:{int(m.group(1)):02d}-{int(m.group(2)):02d}")
    for m in _DATE_EN.finditer(t):
        found.add(f"date:{_MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}")
    for m in _MONTH_CN.finditer(t):
        if 1 <= int(m.group(1)) <= 12:
            found.add(f"month:{int(m.group(1))}")
    for m in _MONTH_EN.finditer(t):
        found.add(f"month:{_MONTHS[m.group(1)[:3]]}")
    for m in _QUARTER.finditer(t):
        q = m.group(1) or m.group(2) or m.group(3)
        found.add(f"q:{_QNUM.get(q, q)}")
    years = {m.start() for m in _YEAR.finditer(t)}
    for m in _YEAR.finditer(t):
        found.add("year:" + m.group(1))
    for m in _FIGURE.finditer(t):
        if m.start() in years or m.start() in taken:
            continue
        whole, frac, scale, unit, physical = m.group(1), m.group(2) or "", m.group(3), m.group(4), m.group(5)
        value = float(whole.replace(",", "") + frac)
        if physical:
            found.add(f"{physical}:{_canonical(value)}")
        elif unit:
            kind = {"%": "pct", "percent": "pct", "per cent": "pct"}.get(unit.strip(), None)
            if kind is None:
                kind = "bp" if ("基点" in unit or "basis" in unit or unit == "bps") else "pp"
            found.add(f"{kind}:{_canonical(value)}")
        elif scale:
            found.add("num:" + _canonical(value * _SCALES[scale]))
        elif frac or value >= 100:
            # Bare integers under 100 are counts and ordinals: too common to tell stories apart.
            if len(whole) == 6 and not frac:
                continue  # a stock code, counted above
            found.add("num:" + _canonical(value))
    return found


def specific(atom_set: Iterable[str]) -> set[str]:
    """The atoms that tell one event from another: figures, dates and codes (not years, quarters)."""
    return {a for a in atom_set if not a.startswith(("year:", "q:", "month:"))}


# ---- text signatures ---------------------------------------------------------------------------
def shingles(text: str) -> set[bytes]:
    units = _UNIT.findall(fold(text))
    if len(units) < SHINGLE:
        return {" ".join(units).encode()} if units else set()
    return {" ".join(units[i : i + SHINGLE]).encode() for i in range(len(units) - SHINGLE + 1)}


def signature(text: str) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    sh = shingles(text)
    if sh:
        mh.update_batch(list(sh))
    return mh


@dataclass
class StoryDoc:
    key: int
    text: str
    minhash: MinHash = field(init=False, repr=False)
    atoms: set[str] = field(init=False)
    specific: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.minhash = signature(self.text)
        self.atoms = atoms(self.text)
        self.specific = specific(self.atoms)


def same_story(a: StoryDoc, b: StoryDoc) -> bool:
    text_sim = a.minhash.jaccard(b.minhash)
    shared = a.specific & b.specific
    # Time markers that both state and that differ (another quarter, another year) veto the pair.
    for prefix in ("q:", "month:"):
        qa = {x for x in a.atoms if x.startswith(prefix)}
        qb = {x for x in b.atoms if x.startswith(prefix)}
        if qa and qb and not (qa & qb):
            return False
    smaller = min(len(a.specific), len(b.specific))
    if text_sim >= TEXT_SAME:
        # Near-identical wording with other figures is the same template on another event.
        return smaller < 2 or len(shared) >= max(2, math.ceil(0.34 * smaller))
    if len(shared) < ATOMS_WITH_TEXT or len(shared) < 0.3 * smaller:
        return False
    # Years the two share are weak evidence alone but tip a pair with two shared figures.
    years = {x for x in a.atoms & b.atoms if x.startswith("year:")}
    score = len(shared) + YEAR_WEIGHT * len(years)
    return score >= ATOMS_SAME or text_sim >= TEXT_CANDIDATE


def cluster(docs: list[StoryDoc]) -> list[list[int]]:
    """Group documents into stories; returns lists of keys (singletons included), largest first."""
    lsh = MinHashLSH(threshold=TEXT_CANDIDATE, num_perm=NUM_PERM)
    by_key = {}
    for doc in docs:
        by_key[doc.key] = doc
        lsh.insert(doc.key, doc.minhash)
    parent = {doc.key: doc.key for doc in docs}

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def consider(k1: int, k2: int) -> None:
        r1, r2 = find(k1), find(k2)
        # Pairs already joined through others need no check: many copies of one wire stay cheap.
        if r1 != r2 and same_story(by_key[k1], by_key[k2]):
            parent[max(r1, r2)] = min(r1, r2)

    for doc in docs:  # candidates from text, streamed rather than collected
        for other in lsh.query(doc.minhash):
            if other > doc.key:
                consider(doc.key, other)
    postings: dict[str, list[int]] = defaultdict(list)
    for doc in docs:
        for atom in doc.specific:
            postings[atom].append(doc.key)
    pair_counts: dict[tuple[int, int], int] = defaultdict(int)
    for keys in postings.values():
        if len(keys) > MAX_ATOM_DF:
            continue
        for i, k1 in enumerate(keys):
            for k2 in keys[i + 1 :]:
                pair_counts[(min(k1, k2), max(k1, k2))] += 1
    for (k1, k2), shared in sorted(pair_counts.items()):
        if shared >= ATOMS_WITH_TEXT:
            consider(k1, k2)
    groups: dict[int, list[int]] = defaultdict(list)
    for doc in docs:
        groups[find(doc.key)].append(doc.key)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g[0]))


def article_text(title: str, paragraphs: Iterable[str]) -> str:
    return title + "\n" + "\n".join(paragraphs)


def rebuild_stories(store, days: float | None = None) -> int:  # noqa: ANN001 - citebrief.store.Store
    """Regroup the newest version of stored articles into stories; returns how many groups.

    ``days``: only articles fetched in that many last days are regrouped (an event's reports
    arrive together; this keeps a run's regrouping bounded however large the store grows), and
    the stories of older articles stay as they were. None regroups everything.
    """
    from datetime import datetime, timedelta, timezone

    since = datetime.now(timezone.utc) - timedelta(days=days) if days is not None else None
    docs = [StoryDoc(row["id"], article_text(row["title"], row["paragraphs"]))
            for row in store.iter_latest_articles(since=since)]
    groups = cluster(docs)
    store.replace_stories(groups, scope=[d.key for d in docs] if since is not None else None)
    return len(groups)
