"""Stories: the same event reported by several sources, grouped into one cluster.

Two signals, because sources rewrite each other and write in different scripts and languages:

* text: MinHash (datasketch) over shingles of the folded text (``citebrief.text.script.fold``:
  simplified script, half-width, lower case), so a traditional-script copy of a simplified wire
  matches it; each Han character and each Latin word is one unit, shingles are 3 units;
* atoms: the figures (scaled, so 350亿 = 35 billion and 5万8513辆 = 58,513), percentages, dates,
  months, quarters and stock codes the text states, read by ``citebrief.facts`` (the verifier's
  reader). They cross languages, where shingles cannot.

Candidate pairs come from MinHashLSH and from an inverted index of atoms; a pair is the same story
when the texts are near-duplicates and their figures do not disagree, or when they share enough
specific figures. Stories are the connected components of those pairs.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC

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
# Figures and dates are read by citebrief.facts (the verifier's reader): only stock codes, which
# are not facts, are found here, and only with explicit context. A bare six-digit figure
# ('58,513', '120000') is a figure.
_CODE_SUFFIX = r"(?:hk|tw|two|sh|sz|ss|bj)"
_CODE = re.compile(
    # (600519), (02333), (HK:0700), (0700.HK), （688123）; the look-ahead lets the regex skip
    # most offsets at once
    rf"(?=[(（\d代s])(?:[(（]\s*(?:{_CODE_SUFFIX}\s*[:：.]?\s*)?(\d{{4,6}})(?:\s*\.\s*{_CODE_SUFFIX})?\s*[)）]"
    # 0700.HK, 2330.TW, 600519.SH
    rf"|(?<![\d.,])(\d{{4,6}})\.{_CODE_SUFFIX}\b"
    # 股票代码：600519, stock code 02333
    r"|(?:代码|代号|stock code)\s*[:：]?\s*(\d{4,6})(?![\d,.]))"
)
# A six-digit A-share code written right after a company's name: 星海半导体688123.
_A_SHARE = re.compile(r"(?<![\d.,])((?:00|30|60|68)\d{4})(?![\d,.%])")
_COMPANY_END = ("公司", "集团", "股份", "控股", "银行", "证券", "科技", "电子", "半导体", "汽车", "能源",
                "医药", "药业", "实业", "电气", "通信", "智能", "新能源", "保险", "资本")
_PARENS_YEAR = re.compile(r"(?:19|20)\d\d")


def _company_before(t: str, pos: int) -> bool:
    head = t[max(0, pos - 16):pos].rstrip(" :：")
    if head.endswith(_COMPANY_END):
        return True
    from citebrief.facts.gazetteer import load

    by_form = load().by_form
    return any(head[-n:] in by_form and any(e.kind == "company" for e in by_form[head[-n:]])
               for n in range(2, min(len(head), 12) + 1))


def stock_codes(text: str) -> list[tuple[str, int, int]]:
    """Stock codes stated with context (folded text): ('688123', start, end), leading zeros dropped."""
    out = []
    for m in _CODE.finditer(text):
        g = 1 if m.group(1) else 2 if m.group(2) else 3
        code = m.group(g)
        if g == 1 and len(code) == 4 and _PARENS_YEAR.fullmatch(code):
            continue  # '(2024)': a year in brackets
        out.append((code.lstrip("0") or "0", m.start(g), m.end(g)))
    for m in _A_SHARE.finditer(text):
        if _company_before(text, m.start()) and not any(s <= m.start() < e for _, s, e in out):
            out.append((m.group(1).lstrip("0"), m.start(), m.end()))
    return out


def _canonical(value: float) -> str:
    return f"{value:.3g}"


_KIND_PREFIX = {"percent": "pct", "pp": "pp", "bp": "pp", "points": "pts"}


def atoms(text: str, prepared: bool = False) -> set[str]:
    """Specific facts of a text, comparable across scripts and languages, as read by citebrief.facts.

    ``num:`` amounts and figures (scaled: '350亿' and '35 billion' are both num:3.5e+10; bare
    whole numbers under 100 are left out: counts and ordinals), ``pct:``, ``pp:`` (basis points
    in percentage points: 50个基点 = pp:0.5), ``pts:`` (points), ``<unit>:`` physical figures
    (``W:2e+09`` for 2 GW, ``Wh:``, ``nm:``, ``t:``, ``x:`` for multiples), ``date:MM-DD``,
    ``q:N`` (quarter; ``q:N@YYYY`` when its year is written with it), ``month:N`` (a month named
    without a day; ``month:N@YYYY`` when its year is written with it), ``year:YYYY`` and
    ``code:`` stock codes. ``prepared``: ``text`` is already in the reader's form
    (``citebrief.facts.atoms.prepare``).
    """
    from citebrief.facts.atoms import read

    facts = read(text, prepared=prepared)
    found: set[str] = set()
    codes = stock_codes(facts.text.lower())
    for code, _, _ in codes:
        found.add("code:" + code)
    for fig in facts.figures:
        q = fig.q
        if codes and any(s < q.end and q.start < e for _, s, e in codes):
            continue  # the stock code, counted above
        if q.kind in ("amount", "number"):
            if q.kind == "number" and q.value < 100 and q.precision >= 1:
                continue
            found.add("num:" + _canonical(q.value))
        elif q.kind in _KIND_PREFIX:
            found.add(f"{_KIND_PREFIX[q.kind]}:{_canonical(q.value)}")
        elif q.unit:
            found.add(f"{q.unit}:{_canonical(q.value)}")
    # A month or quarter carries a year when one is written with it ('2020年3月', 'March 2020',
    # 'Q3 2024', '2025年第四季'); the facts reader gives such a month the year's span.
    year_spans = {(t.start, t.end): t.key for t in facts.temporals if t.kind == "year"}
    quarter_years: dict[str, set[str]] = {}
    for p in facts.periods:
        key, _, year = p.partition("@")
        quarter_years.setdefault(key, set()).add(year)
    for t in facts.temporals:
        if t.kind == "year":
            found.add("year:" + t.key)
        elif t.kind == "date":
            month, day = t.key.split("-")
            found.add(f"date:{int(month[1:]):02d}-{int(day[1:]):02d}")
        elif t.kind == "month":
            month_year = year_spans.get((t.start, t.end))
            found.add(f"month:{t.key[1:]}" + (f"@{month_year}" if month_year else ""))
        elif t.kind == "quarter" and t.key.startswith("Q"):
            years = quarter_years.get(t.key)
            found.update(f"q:{t.key[1:]}@{y}" for y in years) if years else found.add(f"q:{t.key[1:]}")
    return found


def specific(atom_set: Iterable[str]) -> set[str]:
    """The atoms that tell one event from another: figures, dates and codes (not years, quarters)."""
    return {a for a in atom_set if not a.startswith(("year:", "q:", "month:"))}


def _periods(atom_set: set[str], prefix: str) -> list[tuple[str, str | None]]:
    """(period, year written with it or None) of the month or quarter atoms."""
    out = []
    for a in atom_set:
        if a.startswith(prefix):
            period, _, year = a[len(prefix):].partition("@")
            out.append((period, year or None))
    return out


def periods_disagree(a: set[str], b: set[str], prefix: str) -> bool:
    """Whether the months (``month:``) or quarters (``q:``) two texts state tell them apart.

    Two periods are compared when both carry their year, or neither does (two reports of the
    current period, unless the texts name one year each and not the same one), or one does and
    the other's text names that year and no other (clearly the same year). A period without a
    year against one with it otherwise compares with nothing: 'in June' does not rule out a
    report that says '2020年3月', which is often a reference point ('the most since March 2020').
    The texts disagree when some pair is compared and no pair can be the same period.
    """
    pa, pb = _periods(a, prefix), _periods(b, prefix)
    if not pa or not pb:
        return False
    sole_a, sole_b = _sole_year(a), _sole_year(b)
    compared = False
    for period_a, written_a in pa:
        year_a = written_a or sole_a
        for period_b, written_b in pb:
            year_b = written_b or sole_b
            if period_a == period_b and (year_a is None or year_b is None or year_a == year_b):
                return False  # can be the same period
            if written_a and written_b:
                compared = True
            elif not written_a and not written_b:
                compared = compared or sole_a is None or sole_b is None or sole_a == sole_b
            else:
                compared = compared or year_a == year_b
    return compared


def _sole_year(atom_set: set[str]) -> str | None:
    years = [x[5:] for x in atom_set if x.startswith("year:")]
    return years[0] if len(years) == 1 else None


# ---- text signatures ---------------------------------------------------------------------------
def shingles(text: str, folded: bool = False) -> set[bytes]:
    units = _UNIT.findall(text if folded else fold(text))
    if len(units) < SHINGLE:
        return {" ".join(units).encode()} if units else set()
    return {" ".join(units[i : i + SHINGLE]).encode() for i in range(len(units) - SHINGLE + 1)}


def signature(text: str, folded: bool = False) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    sh = shingles(text, folded)
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
        from citebrief.facts.atoms import prepare

        # One script and width conversion for both signals: the facts reader's form (simplified,
        # NFKC, case kept: 'May' the month is not 'may'), lower-cased for the shingles.
        prepared = prepare(self.text)
        self.minhash = signature(prepared.lower(), folded=True)
        self.atoms = atoms(prepared, prepared=True)
        self.specific = specific(self.atoms)


def same_story(a: StoryDoc, b: StoryDoc) -> bool:
    text_sim = a.minhash.jaccard(b.minhash)
    shared = a.specific & b.specific
    # Time markers that both state and that differ (another quarter, another month) veto the pair.
    if periods_disagree(a.atoms, b.atoms, "q:") or periods_disagree(a.atoms, b.atoms, "month:"):
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
    from datetime import datetime, timedelta

    since = datetime.now(UTC) - timedelta(days=days) if days is not None else None
    docs = [StoryDoc(row["id"], article_text(row["title"], row["paragraphs"]))
            for row in store.iter_latest_articles(since=since)]
    groups = cluster(docs)
    store.replace_stories(groups, scope=[d.key for d in docs] if since is not None else None)
    return len(groups)
