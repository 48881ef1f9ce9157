"""English key figures: one row per figure that matters, from the article's bindings, every row
checked by the verifier.

    >>> rows = key_figures(article)
    >>> rows[0].subject, rows[0].metric, rows[0].value, rows[0].change, rows[0].period
    ('TSMC', 'revenue', 'NT$367.47 billion', '+11.0% MoM, +26.4% YoY', 'October')

Where the rows come from: the whole article, not only the paragraphs the brief cites. The block is
the same for every engine and every length (an English reader scans the story's figures, whatever
the bullets chose), and each row cites the paragraph that holds it.

What a row is (facts.binding reads every figure; this module only picks and writes):

    subject  the figure's sure subject (binding.subject_sure), or the story's one subject from the
             title when the paragraph names none before the figure; in English through the
             gazetteer (Entity.name), else the source form as the article writes it
    metric   a metric of data/metrics.tsv written in the figure's own clause (metric_sure), not a
             part of it ('动力电池业务收入', 'equities trading revenue' are segments: left out); its
             English name is the glossary's
    value    a level: money in English scale and currency (a bare 元 by the story's place:
             3674.7億元 in a Taiwanese story is NT$367.47 billion), a count, a capacity, or a
             percentage for ratio metrics (margins, rates); two levels joined by 至/to are one range
    change   the changes written with the level in its sentence (+26.4% YoY, -0.2 pp, +NT$25), or
             the figure it was compared with ('from $128'); a change with no level is a row of its own
             only for metrics reported as changes (CPI, GDP, an index, a share price, a rate cut)
    period   the binding's quarter, half or month, with the year the sentence names

Each row is written as one English claim ('TSMC revenue was NT$367.47 billion in October, up 11.0%
month-on-month and up 26.4% year-on-year.') and checked with the verifier against the paragraph it
cites. A row whose change or period the verifier does not support is tried without them; a row
that is still not 'supported' is left out. So is every figure we are not sure of: an unsure subject
or metric, a currency we cannot tell, a percentage we cannot tell level from change.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from citebrief.brief import Check, KeyFigure
from citebrief.facts.binding import Binding, Subject
from citebrief.facts.glossary import metrics
from citebrief.text.script import HAN

if TYPE_CHECKING:
    from citebrief.article import Article
    from citebrief.brief import Brief
    from citebrief.verify.index import ArticleIndex, Paragraph

MAX_ROWS = 16

# ------------------------------------------------------------------------------------------------ data


@lru_cache(maxsize=1)
def metric_kinds() -> dict[str, str]:
    """id -> how the metric is reported (data/metrics.tsv, fifth column, inherited from the parent):
    'level' (an amount or count; a percentage is its change), 'ratio' (a percentage is the level:
    margins, rates) or 'growth' (the percentage is the figure itself: CPI, GDP)."""
    path = resources.files("citebrief") / "data" / "metrics.tsv"
    own: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) > 4 and cols[4].strip():
            own[cols[0].strip()] = cols[4].strip()
    g = metrics()
    out = {}
    for term_id in g.english:
        kind = own.get(term_id)
        if kind is None:
            kind = next((own[a] for a in _ancestors_in_order(term_id) if a in own), "level")
        out[term_id] = kind
    return out


def _ancestors_in_order(term_id: str) -> list[str]:
    parents = metrics().parents
    out, seen = [], {term_id}
    while term_id in parents and parents[term_id] not in seen:
        term_id = parents[term_id]
        seen.add(term_id)
        out.append(term_id)
    return out


# Currency codes -> (prefix, suffix) in English.
_CURRENCY = {"USD": ("$", ""), "TWD": ("NT$", ""), "HKD": ("HK$", ""), "EUR": ("€", ""), "GBP": ("£", ""),
             "SGD": ("S$", ""), "AUD": ("A$", ""), "CNY": ("", " yuan"), "JPY": ("", " yen"), "KRW": ("", " won")}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# Metrics whose bare number (no unit) is a level: counts, index levels.
_COUNT_METRICS = frozenset({"volume", "shipments", "output", "capacity", "orders", "index_level"})
# Metrics a change alone is worth a row for (the level is often not given).
_CHANGE_ONLY = frozenset({"share_price", "index_level"})
_BASE_SHORT = {"yoy": "YoY", "qoq": "QoQ", "mom": "MoM"}
_BASE_LONG = {"yoy": "year-on-year", "qoq": "quarter-on-quarter", "mom": "month-on-month", "seq": "sequentially"}
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")

# Sentence ends in prepared text (as facts.binding reads them).
_SENTENCE = re.compile(r"[。！？!?；;]|\.(?!\d)(?=\s|$)")
_CLAUSE = re.compile(r",(?!\d{3})|[，、：:]")
# What a figure is compared with: 'from $128', '由20%', '较去年同期的', 'compared with 3.1%'.
_FROM_BEFORE = re.compile(r"(?:\bfrom|\bcompared with|\bcompared to|\bversus|\bvs\.?|由|从|較|较)\s?(?:the\s|a\s|an\s)?"
                          r"(?:previous\s|prior\s|earlier\s)?(?:range of\s|forecast of\s|estimate of\s|level of\s)?"
                          r"(?:about\s|around\s|roughly\s|约)?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$", re.IGNORECASE)
# A level reached by a move: '下调至15%', 'rose 11% to $31.2 billion', '升至'.
_TO_BEFORE = re.compile(r"(?:至|到|\bto)\s?(?:about\s|around\s|roughly\s|约)?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$",
                        re.IGNORECASE)
_RANGE_BETWEEN = re.compile(r"^\s?(?:至|到|~|-|–|to|and)\s?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$", re.IGNORECASE)
_OR_BETWEEN = re.compile(r"^\s?(?:或|or|,|，)\s?$", re.IGNORECASE)
# Qualifiers of how a figure is written, for the English value.
_ABOUT = re.compile(r"(?:\babout|\bapproximately|\baround|\broughly|\bsome|约|大约|左右)\s?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$",
                    re.IGNORECASE)
_MORE = re.compile(r"(?:\bmore than|\bover|\bin excess of|超过|逾|超)\s?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$",
                   re.IGNORECASE)
_NEARLY = re.compile(r"(?:\bnearly|\balmost|近|将近|接近)\s?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$", re.IGNORECASE)
_ABOUT_AFTER = re.compile(r"^\s?(?:左右|上下)")
_MORE_AFTER = re.compile(r"^\s?(?:多|余)")
# Extra direction words the atoms reader does not count ('成长', '衰退' in Taiwan usage).
_UP_EXTRA = re.compile(r"(?:成长|多增|少减)\s?(?:约|近)?\s?$")
_DOWN_EXTRA = re.compile(r"(?:衰退|少增|多减)\s?(?:约|近)?\s?$")
_CENTS_AFTER = re.compile(r"^\s?(cents?|pence|p\b)", re.IGNORECASE)
_HOURS_AFTER = re.compile(r"^[\s-]?hours?\b|^时", re.IGNORECASE)

# What may stand right before a metric word and still be the whole metric ('公司毛利率', '第三季营收',
# 'its quarterly revenue'); anything else makes the metric a part ('动力电池业务收入', 'equities trading
# revenue').
_ZH_OK_BEFORE = re.compile(
    r"(?:公司|集团|本行|该行|合并|单月|单季|当季|本季|全季|季度?|[上下]半年|全年|年度?|财年|月份?|累计|总|整体|同期|的|其|"
    r"实现|录得|为|报|公布|发布|宣布|新增|加权平均|平均|期内|期末|年内|今年|去年|明年|首|前|[一二三四1-4]|共|合计|预估|"
    r"预计|预期|单日|全日)$")
_EN_OK_WORDS = frozenset("""
its their the a an total quarterly annual full-year full year fiscal first second third fourth half
first-half second-half first-quarter second-quarter third-quarter fourth-quarter q1 q2 q3 q4 record
consolidated overall group company's bank's group's firm's reported posted net of for in
""".split())
_EN_SEGMENT_AFTER = re.compile(r"^\s(?:from|of)\s(?!(?:the\s)?(?:first|second|third|fourth|previous|quarter|half|year|"
                               r"\$|us\$|nt\$|hk\$|about|around|nearly|more|\d))[a-z]", re.IGNORECASE)


# ------------------------------------------------------------------------------------------------ rows


@dataclass
class _Item:
    """A figure of a paragraph with what this module made of it."""

    n: int  # paragraph number
    i: int  # index among the paragraph's figures
    b: Binding
    subject_key: object
    subject: str  # English or source form
    subject_source: str | None
    metric_id: str
    role: str  # 'level', 'change', 'compared'
    sign: str | None = None  # '+' / '-' for changes
    sentence: tuple[int, int] = (0, 0)
    unit: str | None = None  # the currency after the story's 元 is resolved


@dataclass
class _Row:
    n: int
    subject: str
    subject_source: str | None
    subject_key: object
    metric_id: str
    levels: list[_Item]
    changes: list[_Item] = field(default_factory=list)
    compared: list[_Item] = field(default_factory=list)
    change_only: bool = False


def key_figures(article: "Article", *, verify: bool = True, limit: int = MAX_ROWS) -> list[KeyFigure]:
    """The article's key-figure rows in paragraph order, each checked by the verifier (rows not
    'supported' are left out; with ``verify=False`` they are kept unchecked, for inspection)."""
    from citebrief.verify.index import index_for

    idx = index_for(article)
    story = _story_subject(idx)
    out: list[KeyFigure] = []
    seen: set[tuple] = set()
    for p in idx.paragraphs:
        for row in _rows_of(idx, p, story):
            fig = _write(idx, row, verify)
            if fig is None:
                continue
            key = (str(row.subject_key), row.metric_id, fig.value)
            if key in seen:
                continue
            seen.add(key)
            out.append(fig)
            if len(out) >= limit:
                return out
    return out


def with_key_figures(brief: "Brief") -> "Brief":
    """A copy of ``brief`` carrying the article's key figures (see key_figures)."""
    rows = key_figures(brief.article)
    return brief.model_copy(update={"key_figures": rows})


@dataclass(frozen=True)
class _Story:
    key: object
    name: str
    source: str | None
    kind: str | None


def _story_subject(idx: "ArticleIndex") -> _Story | None:
    """The one subject the title names (a gazetteer entity, else one name the title opens with)."""
    from citebrief.facts.atoms import prepare, read
    from citebrief.facts.binding import subjects_of
    from citebrief.facts.gazetteer import load

    ents = load().entities
    if len(idx.topic) == 1:
        e = ents[next(iter(idx.topic))]
        return _Story(e.id, e.name, None, e.kind)
    if idx.topic:
        return None
    title = idx.article.title
    facts = read(title)
    found = [s for s in subjects_of(facts) if s.entity_id is None or ents[s.entity_id].kind != "place"]
    keys = {_key(s) for s in found}
    if len(keys) != 1:
        return None
    s = found[0]
    raw = title if len(prepare(title)) == len(title) else None
    return _Story(_key(s), s.text, raw[s.start:s.end] if raw else s.text, None)


def _key(s: Subject) -> object:
    return s.entity_id if s.entity_id is not None else s.text.lower()


def _subject(idx: "ArticleIndex", p: "Paragraph", b: Binding, story: _Story | None, metric_id: str
             ) -> tuple[object, str, str | None] | None:
    """(key, English name or source form, source form) of a binding's subject, or None if unsure."""
    from citebrief.facts.gazetteer import load

    if b.subject is not None:
        if not b.subject_sure:
            return None
        s = b.subject
        if s.entity_id is not None:
            e = load().entities[s.entity_id]
            if e.kind == "person":
                return None
            return s.entity_id, e.name, _source_slice(p, s)
        text = _source_slice(p, s) or s.text
        if story is not None and story.source and isinstance(story.key, str) and (
                story.key.startswith(s.text.lower()) or s.text.lower().startswith(str(story.key))):
            return story.key, story.source, story.source  # '联晶' is the title's '联晶半导体'
        return s.text.lower(), text, text
    if story is None:
        return None
    # No subject anywhere before the figure in its paragraph: the story's, when the metric can be its.
    if metric_kinds().get(metric_id) == "growth" and story.kind not in ("place", "country"):
        return None
    return story.key, story.name, story.source


def _source_slice(p: "Paragraph", s: Subject) -> str | None:
    """The subject as the paragraph writes it (traditional script kept), when offsets line up."""
    if len(p.raw) == len(p.text):
        raw = p.raw[s.start:s.end]
        return re.sub(r"\s?[（(][^（()）]*[)）]$", "", raw).strip() or None
    return None


def _metric_id(b: Binding) -> str | None:
    if not b.metric or not b.metric_sure:
        return None
    ids = set(b.metric)
    if len(ids) > 1:
        kind = b.figure.q.kind
        if kind == "amount":
            ids = {i for i in ids if i not in _COUNT_METRICS}
        elif kind in ("number", "figure"):
            ids = {i for i in ids if i in _COUNT_METRICS}
    return next(iter(ids)) if len(ids) == 1 else None


def _index_metric(idx, b: Binding) -> str | None:
    """An index's level or move ('加权指数…收在27,845点', 'Nikkei 225 rose 1.4% to 50,212')."""
    from citebrief.facts.gazetteer import load

    s = b.subject
    if s is None or not b.subject_sure:
        return None
    if s.entity_id is not None:
        if load().entities[s.entity_id].kind != "index":
            return None
    elif not re.search(r"(?:指数|index)$", s.text, re.IGNORECASE):
        return None
    return "index_level" if "index_level" in metrics().english else None


def _rows_of(idx: "ArticleIndex", p: "Paragraph", story: _Story | None) -> list[_Row]:
    text, low = p.text, p.lower
    bindings = p.bindings
    if not bindings:
        return []
    sentence_ends = [m.end() for m in _SENTENCE.finditer(text)]
    items: list[_Item] = []
    kinds = metric_kinds()
    for i, b in enumerate(bindings):
        q = b.figure.q
        metric_id = _metric_id(b) or (_index_metric(idx, b) if b.metric is None else None)
        if metric_id is None:
            continue
        if q.kind == "figure" and q.unit == "nm":
            continue
        if metric_id != "index_level" and _qualified(p, b, q):
            continue
        subject = _subject(idx, p, b, story, metric_id)
        if subject is None:
            continue
        prev_end = bindings[i - 1].figure.q.end if i else 0
        role, sign = _role(low, b, kinds.get(metric_id, "level"), metric_id, prev_end)
        if role is None:
            continue
        unit = q.unit
        if q.meta.get("bare_yuan"):
            codes = idx.yuan_currencies.split("|")
            if len(codes) > 2:
                continue  # a story from who knows where: 元 may be any of three
            unit = codes[0]
        sent = _span(sentence_ends, q.start, len(text))
        items.append(_Item(p.number, i, b, subject[0], subject[1], subject[2], metric_id, role, sign, sent, unit))
    # A percentage right after a change joined by 或/or is the same change ('上涨25元或1.74%').
    for a, c in zip(items, items[1:]):
        if a.role == "change" and c.role in ("change", "level") and c.b.figure.q.kind == "percent" and \
                a.b.figure.q.kind != "percent" and c.sign is None and \
                _OR_BETWEEN.match(low[a.b.figure.q.end:c.b.figure.q.start]) and a.metric_id == c.metric_id:
            c.role, c.sign = "change", a.sign
    return _group(low, items, kinds)


def _span(ends: list[int], pos: int, length: int) -> tuple[int, int]:
    start = 0
    for e in ends:
        if e > pos:
            return start, e
        start = e
    return start, length


def _qualified(p: "Paragraph", b: Binding, q) -> bool:
    """Whether the metric word is part of a longer name ('动力电池业务收入', 'equities trading
    revenue', 'revenue from fixed income trading'): the figure is a segment's, not the subject's."""
    low = p.lower
    term = (b.metric_text or "").lower()
    if not term:
        return True
    # The metric word nearest before the figure (or after it, in English 'X of revenue').
    pos = low.rfind(term, 0, q.start)
    if pos < 0:
        pos = low.find(term, q.end)
        if pos < 0:
            return False
    if HAN.match(term[0]):
        j = pos
        while j > 0 and HAN.match(low[j - 1]) and pos - j < 8:
            j -= 1
        before = low[j:pos]
        if not before:
            return False
        s = b.subject
        if s is not None and s.end <= pos and low[s.start:s.end] and before.endswith(low[s.start:s.end]):
            return False
        if s is not None and s.start <= j < s.end:
            return False
        return not _ZH_OK_BEFORE.search(before)
    words = re.findall(r"[A-Za-z][\w'’-]*", p.text[max(0, pos - 40):pos])[-2:]
    s = b.subject
    subject_words = set(s.text.lower().replace("'s", "").split()) if s is not None else set()
    for w in words:
        lw = w.lower()
        if lw in _EN_OK_WORDS or lw.rstrip("'s’") in subject_words or lw.endswith(("'s", "’s")) or w[:1].isupper():
            continue
        return True
    return bool(_EN_SEGMENT_AFTER.match(low, pos + len(term)))


def _role(low: str, b: Binding, kind: str, metric_id: str, prev_end: int) -> tuple[str | None, str | None]:
    """('level' | 'change' | 'compared' | None, sign) of a figure for its metric's kind."""
    q = b.figure.q
    before = low[max(prev_end, q.start - 24):q.start]
    if b.period == "Y-1" or b.period_text == "the previous period" or _FROM_BEFORE.search(before):
        if q.kind in ("amount", "number", "figure") or (q.kind == "percent" and kind in ("ratio",)):
            return "compared", None
        return None, None
    sign = _sign(low, b, prev_end)
    reached = bool(_TO_BEFORE.search(before))
    if q.kind in ("pp", "bp"):
        return ("change", sign) if sign else (None, None)
    if q.kind == "points":
        return ("change", sign) if sign and metric_id == "index_level" else (None, None)
    if q.kind == "percent":
        if kind == "ratio":
            if reached or sign is None:
                return "level", None
            return None, None  # 'the margin rose 2%': points or per cent?
        if kind == "growth":
            return ("change", sign) if sign else ("level", None)
        if reached:
            return None, None  # '提升至41%': a share, not a change of the level
        return ("change", sign) if sign else (None, None)
    if q.kind == "figure" and q.unit == "x":
        return ("change", sign) if sign else (None, None)
    if q.kind == "number" and metric_id not in _COUNT_METRICS and not _CENTS_AFTER.match(low[q.end:]):
        return None, None
    if q.kind == "amount" and q.unit and "|" in q.unit:
        return None, None  # '¥': yen or yuan
    if q.kind not in ("amount", "number", "figure"):
        return None, None
    if sign and not reached:
        return "change", sign  # '上涨25元', 'cut ... by $600 million'
    return "level", None


def _sign(low: str, b: Binding, prev_end: int) -> str | None:
    q = b.figure.q
    before = low[max(prev_end, q.start - 12):q.start]
    if _DOWN_EXTRA.search(before):
        return "-"
    if _UP_EXTRA.search(before):
        return "+"
    if b.figure.direction == "up":
        return "+"
    if b.figure.direction == "down":
        return "-"
    return None


def _group(low: str, items: list[_Item], kinds: dict[str, str]) -> list[_Row]:
    """Levels (ranges joined), their changes and compared figures, sentence by sentence."""
    rows: list[_Row] = []
    by_sentence: dict[tuple[int, int], list[_Item]] = {}
    for it in items:
        by_sentence.setdefault(it.sentence, []).append(it)
    for sent, its in by_sentence.items():
        levels: list[_Row] = []
        prev: _Item | None = None
        for it in its:
            if it.role != "level":
                prev = None if it.role != "level" else prev
                continue
            if prev is not None and prev.subject_key == it.subject_key and prev.metric_id == it.metric_id and \
                    _RANGE_BETWEEN.match(low[prev.b.figure.q.end:it.b.figure.q.start]) and levels:
                levels[-1].levels.append(it)
                prev = None
                continue
            levels.append(_Row(it.n, it.subject, it.subject_source, it.subject_key, it.metric_id, [it]))
            prev = it
        # Compared figures joined into a range too ('from a previous range of $19.5 billion to $20 billion').
        compared: list[list[_Item]] = []
        for it in its:
            if it.role != "compared":
                continue
            if compared and compared[-1][-1].metric_id == it.metric_id and \
                    _RANGE_BETWEEN.match(low[compared[-1][-1].b.figure.q.end:it.b.figure.q.start]):
                compared[-1].append(it)
            else:
                compared.append([it])
        for group in compared:
            row = _nearest(levels, group[0])
            if row is not None and not row.compared and len(group) == len(row.levels):
                row.compared = group
        for it in its:
            if it.role != "change":
                continue
            row = _nearest(levels, it)
            if row is not None:
                if len(row.levels) == 1 and _period_ok(row.levels[0], it):
                    row.changes.append(it)
                continue
            if kinds.get(it.metric_id) == "growth" or it.metric_id in _CHANGE_ONLY or \
                    it.b.figure.q.kind in ("pp", "bp") and kinds.get(it.metric_id) == "ratio":
                if it.b.figure.q.kind == "points" and it.metric_id != "index_level":
                    continue
                rows_here = [r for r in levels if r.change_only and r.subject_key == it.subject_key
                             and r.metric_id == it.metric_id]
                if rows_here:
                    continue  # '上涨25元或1.74%' with no level: one change-only row is enough
                levels.append(_Row(it.n, it.subject, it.subject_source, it.subject_key, it.metric_id, [it],
                                   change_only=True))
        levels.sort(key=lambda r: r.levels[0].b.figure.q.start)
        rows += levels
    return rows


def _nearest(rows: list[_Row], it: _Item) -> _Row | None:
    """The level row of the same subject and metric nearest to ``it`` in its sentence."""
    best, best_d = None, None
    for r in rows:
        if r.change_only or r.subject_key != it.subject_key or not metrics().related(
                frozenset({r.metric_id}), frozenset({it.metric_id})):
            continue
        d = abs(r.levels[0].b.figure.q.start - it.b.figure.q.start)
        if best_d is None or d < best_d:
            best, best_d = r, d
    return best


def _period_ok(level: _Item, change: _Item) -> bool:
    a, b = level.b.period, change.b.period
    return a is None or b is None or a == b


# ------------------------------------------------------------------------------------------------ writing


def _write(idx: "ArticleIndex", row: _Row, verify: bool) -> KeyFigure | None:
    from citebrief.verify.check import check_with_index

    english = metrics().english.get(row.metric_id, row.metric_id)
    usd = "US$" if (idx.han or idx.yuan_currencies != "CNY") else "$"
    try:
        value = " to ".join(_value(idx, it, usd) for it in row.levels) if not row.change_only else \
            _change_text(idx, row.levels[0], usd, short=True)
    except _Unsure:
        return None
    changes = []
    for it in row.changes:
        try:
            changes.append((_change_text(idx, it, usd, short=True), _change_text(idx, it, usd, short=False)))
        except _Unsure:
            continue
    if row.compared:
        try:
            before = " to ".join(_value(idx, it, usd) for it in row.compared)
            changes.append((f"from {before}", f"from {before}"))
        except _Unsure:
            pass
    first = row.levels[0]
    period = _period(idx, first)
    attempts = [(changes, period), ([], period), (changes, None), ([], None)]
    tried: set[tuple] = set()
    for ch, per in attempts:
        key = (tuple(c[0] for c in ch), per)
        if key in tried:
            continue
        tried.add(key)
        text = _claim(row, english, value, ch, per)
        check = check_with_index(text, [row.n], idx, detail=False) if verify else Check()
        if verify and check.status != "supported":
            continue
        return KeyFigure(subject=row.subject, subject_source=row.subject_source if row.subject_source != row.subject
                         else None, metric=english, metric_id=row.metric_id, value=value,
                         change=", ".join(c[0] for c in ch) or None, period=per, citations=[row.n], text=text,
                         check=check)
    return None


class _Unsure(Exception):
    """A figure this module cannot write in English without guessing."""


def _value(idx: "ArticleIndex", it: _Item, usd: str) -> str:
    q = it.b.figure.q
    text = idx.paragraphs[it.n - 1].lower
    qual = _qualifier(text, q)
    after = text[q.end:q.end + 8]
    cents = _CENTS_AFTER.match(after)
    if q.kind == "number" and cents:
        word = cents.group(1).lower()
        word = "pence" if word in ("pence", "p") else "cents"
        return f"{qual}{_digits(q.value, q.precision)} {word}"
    if q.kind == "amount":
        return qual + _money(q.value, q.precision, it.unit or q.unit, usd)
    if q.kind == "percent":
        return f"{qual}{_digits(q.value, q.precision)}%"
    if q.kind == "number":
        return qual + _scaled(q.value, q.precision)
    if q.kind == "figure":
        unit = q.unit
        if unit == "W" and _HOURS_AFTER.match(after):
            unit = "Wh"
        return qual + _physical(q.value, q.precision, unit)
    raise _Unsure


def _qualifier(low: str, q) -> str:
    before = low[max(0, q.start - 16):q.start]
    after = low[q.end:q.end + 4]
    if _MORE.search(before) or _MORE_AFTER.match(after):
        return "more than "
    if _NEARLY.search(before):
        return "nearly "
    if _ABOUT.search(before) or _ABOUT_AFTER.match(after):
        return "about "
    return ""


def _change_text(idx: "ArticleIndex", it: _Item, usd: str, *, short: bool) -> str:
    q = it.b.figure.q
    sign = it.sign
    if sign is None and q.kind == "percent":
        # A growth metric's figure with no direction ('GDP growth target of about 5%') is a level.
        raise _Unsure
    base = it.b.base
    if q.kind == "percent":
        amount = f"{_digits(q.value, q.precision)}%"
    elif q.kind == "pp":
        amount = f"{_digits(q.value, q.precision)} pp" if short else \
            f"{_digits(q.value, q.precision)} percentage point{'s' if q.value != 1 else ''}"
    elif q.kind == "bp":
        n = _digits(q.value * 100, q.precision * 100)
        amount = f"{n} bp" if short else f"{n} basis point{'s' if q.value != 0.01 else ''}"
    elif q.kind == "points":
        amount = f"{_digits(q.value, q.precision)} points"
    elif q.kind == "figure" and q.unit == "x":
        amount = f"{_digits(q.value, q.precision)}x" if short else f"{_digits(q.value, q.precision)} times"
    elif q.kind == "amount":
        amount = _money(q.value, q.precision, it.unit or q.unit, usd)
    else:
        raise _Unsure
    qual = _qualifier(idx.paragraphs[it.n - 1].lower, q)
    if short:
        return f"{sign}{qual.strip() + ' ' if qual else ''}{amount}" + (f" {_BASE_SHORT.get(base, '')}".rstrip()
                                                                     if base else "")
    word = "up" if sign == "+" else "down"
    return f"{word} {qual}{amount}" + (f" {_BASE_LONG[base]}" if base in _BASE_LONG else "")


def _digits(value: float, precision: float) -> str:
    """A number with as many decimals as it was written with, thousands separated."""
    decimals = max(0, -math.floor(math.log10(precision) + 1e-9)) if 0 < precision < 1 else 0
    return f"{value:,.{decimals}f}"


def _scaled(value: float, precision: float) -> str:
    for scale, word in _SCALES:
        if abs(value) >= scale:
            step = precision / scale
            decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if 0 < step < 1 else 0
            number = f"{value / scale:,.{decimals}f}"
            if "." in number:
                number = number.rstrip("0").rstrip(".")
            return f"{number} {word}"
    return _digits(value, precision)


def _money(value: float, precision: float, unit: str | None, usd: str) -> str:
    if not unit or unit not in _CURRENCY:
        raise _Unsure
    prefix, suffix = _CURRENCY[unit]
    if unit == "USD":
        prefix = usd
    return f"{prefix}{_scaled(value, precision)}{suffix}"


_PHYSICAL = {"W": ((1e9, "GW"), (1e6, "MW"), (1e3, "kW")), "Wh": ((1e12, "TWh"), (1e9, "GWh"), (1e6, "MWh"), (1e3, "kWh"))}


def _physical(value: float, precision: float, unit: str | None) -> str:
    if unit in _PHYSICAL:
        for scale, word in _PHYSICAL[unit]:
            if abs(value) >= scale:
                return f"{_digits(value / scale, precision / scale)} {word}"
        return f"{_digits(value, precision)} {'W' if unit == 'W' else 'Wh'}"
    if unit == "t":
        return f"{_scaled(value, precision)} tonnes"
    if unit == "bbl":
        return f"{_scaled(value, precision)} barrels"
    raise _Unsure


def _period(idx: "ArticleIndex", it: _Item) -> str | None:
    """The figure's period in English, with the year its sentence names ('Q3 2025', 'October')."""
    key = it.b.period
    if not key or key == "Y-1" or (key[:1] not in "QHMR" and not key[:-1].isdigit()):
        words = None
    elif key[0] == "Q" and key[1:].isdigit():
        words = key
    elif key[0] == "H" and key[1:].isdigit():
        words = key
    elif key[0] == "M" and key[1:].isdigit() and 1 <= int(key[1:]) <= 12:
        words = _MONTH_NAMES[int(key[1:]) - 1]
    elif key.endswith("M") and key[:-1].isdigit():
        words = f"January-{_MONTH_NAMES[int(key[:-1]) - 1]}"
    elif key[0] == "R" and "-" in key:
        a, b = key[1:].split("-")
        words = f"{_MONTH_NAMES[int(a) - 1]}-{_MONTH_NAMES[int(b) - 1]}"
    else:
        words = None
    year = _year(idx, it)
    if words and year:
        return f"{words} {year}"
    return words or year


_FISCAL = re.compile(r"财年|财政年度|会计年度|fiscal|\bfy", re.IGNORECASE)


def _year(idx: "ArticleIndex", it: _Item) -> str | None:
    """A year named in the figure's sentence before it ('2026年每股纯益', 'in 2024')."""
    p = idx.paragraphs[it.n - 1]
    q = it.b.figure.q
    s_start, s_end = it.sentence
    years = [t for t in p.facts.temporals if t.kind == "year" and s_start <= t.start < q.start]
    if not years and not p.facts.han:
        years = [t for t in p.facts.temporals if t.kind == "year" and q.end <= t.start < s_end][:1]
    if not years:
        return None
    t = years[-1]
    if _FISCAL.search(t.text):
        return f"FY{t.key}"
    return t.key


def _claim(row: _Row, english: str, value: str, changes: list[tuple[str, str]], period: str | None) -> str:
    """The row as one English sentence for the verifier."""
    when = f" in {period}" if period else ""
    if row.change_only:
        it = row.levels[0]
        q = it.b.figure.q
        verb = "rose" if it.sign == "+" else "fell"
        amount = value.lstrip("+-").split(" ")
        base = _BASE_LONG.get(it.b.base or "", "")
        rest = " ".join(w for w in amount if w not in _BASE_SHORT.values())
        if q.kind == "bp":
            rest = rest.replace(" bp", " basis points")
        elif q.kind == "pp":
            rest = rest.replace(" pp", " percentage points")
        return f"{row.subject} {english} {verb} {rest}{(' ' + base) if base else ''}{when}."
    tail = ", " + " and ".join(c[1] for c in changes) if changes else ""
    return f"{row.subject} {english} was {value}{when}{tail}."


__all__ = ["MAX_ROWS", "key_figures", "metric_kinds", "with_key_figures"]
