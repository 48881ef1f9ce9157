"""Themed sections: which section of a brief a source sentence belongs under.

The taxonomy and its cues are data, ``citebrief/data/themes.tsv`` (its header says how to read it):
ten themes fit for financial news (Results, Outlook, Policy and Regulation, Economy and Industry,
Markets, Deals and Capital, Products and Operations, People, Risks, Background), each with weighted
cue words in either Chinese script and English, plus the metric glossary (data/metrics.tsv: 营收 is
results, 目标价 outlook, 市值 markets), the titles of people (data/roles.tsv: a minister or a
central-bank governor is policy, an analyst outlook) and the gazetteer's kinds (a central bank or a
regulator is policy, a market index markets, a company's name is nobody's theme). A sentence's score
for a theme is the sum of the weights of the distinct cues it holds, the longest cue winning at each
point; a forecast damps the themes of reported figures; the best theme is its section.

Measured by ``eval/sections.py`` on hand-labelled sentences of the repo's articles
(eval/data/sections). ``themes_of`` is what the extractive engine calls; ``classify`` gives the
theme ids and scores, ``explain`` the cues behind them; ``section_title`` adds a section's main
entity to its title ('Results: TSMC') when its bullets name one and no other.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from citebrief.text.script import HAN, fold
from citebrief.text.words import fold_for_words

FALLBACK_TITLE = "Key Details"
_TABLE = "themes.tsv"


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    cues: tuple[str, ...]  # the table's own cue forms for it, as written (both scripts and English)


def _rows() -> list[list[str]]:
    text = (resources.files("citebrief") / "data" / _TABLE).read_text(encoding="utf-8")
    return [[c.strip() for c in line.split("\t")] for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def _load_themes() -> tuple[Theme, ...]:
    rows = _rows()
    order = [(r[1], r[2]) for r in rows if r[0] == "theme"]
    cues: dict[str, list[str]] = {tid: [] for tid, _ in order}
    for r in rows:
        if r[0] in ("cue", "lead") and r[1] in cues:
            cues[r[1]].extend(f.strip() for f in r[3].split("|") if f.strip())
    return tuple(Theme(tid, title, tuple(dict.fromkeys(cues[tid]))) for tid, title in order)


THEMES: tuple[Theme, ...] = _load_themes()
_IDS = [t.id for t in THEMES]
_TITLES = [t.title for t in THEMES]
_INDEX = {tid: i for i, tid in enumerate(_IDS)}
TITLES: dict[str, str] = dict(zip(_IDS, _TITLES))


# -- the compiled table ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Cue:
    key: str  # the folded Chinese form, or the English words joined by spaces ('*' kept)
    weights: tuple[tuple[int, float], ...]  # (theme index, weight); () for a blocker
    lead: tuple[tuple[int, float], ...]  # weights that count only at the start of a sentence


@dataclass(frozen=True)
class _Compiled:
    zh_forms: dict[str, _Cue]  # folded Chinese form -> its cue
    zh_lengths: dict[str, tuple[int, ...]]  # first two characters -> the lengths of their forms, longest first
    zh_singles: frozenset[str]  # forms of one character
    zh_first: frozenset[str]  # the characters forms start with (half of a text's are none)
    en_by_head: dict[str, tuple[tuple[tuple[tuple[str, bool], ...], _Cue], ...]]
    # A word (lower case) -> the English cues whose first word it matches, longest first: filled
    # on first sight of each word (news reuses its vocabulary; a scan then checks only these).
    en_by_word: dict[str, tuple[tuple[tuple[tuple[str, bool], ...], _Cue], ...]]
    name_themes: frozenset[int]
    frame_weight: float
    min_score: float
    damp: dict[int, float]
    forecast_trigger: float
    article_power: float
    decay: float
    reason_weight: float
    reason_en: re.Pattern[str] | None
    reason_zh: tuple[str, ...]


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&']*")
_LATIN = re.compile(r"[A-Za-z]{2}")
_ZH_ORG_SUFFIXES = ("有限公司", "公司", "集团", "控股", "股份", "银行", "证券", "基金", "研究院", "协会", "交易所")
# A topic frame opening a Chinese sentence: 产能方面，/ 二级市场上，/ 在先进制程方面，/ 按制程来看，
_ZH_FRAME = re.compile(r"^[“\"「]?(?:在|从|從)?[^，,。；;]{1,10}?(?:方面|上|来看|來看)[，,]")
_LEAD_SKIP = " \t\"'“”‘’「」『』（(—-"


def _en_patterns(form: str) -> tuple[tuple[str, bool], ...]:
    words = form.lower().replace("-", " ").split()
    return tuple((w.rstrip("*"), w.endswith("*")) for w in words)


def _split_forms(text: str) -> list[str]:
    return [f.strip() for f in text.split("|") if f.strip()]


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    """The table with the glossary, role and gazetteer forms it names, ready to scan. Built on
    first use (folding needs OpenCC; the gazetteer is loaded once)."""
    from citebrief.facts import gazetteer, glossary

    rows = _rows()
    settings = {r[1]: r[2] if len(r) > 2 else "" for r in rows if r[0] == "setting"}
    # form -> {theme index or -1: weight}, for the table's cues (which win) and for the rest.
    own: dict[str, dict[int, float]] = {}
    own_lead: dict[str, dict[int, float]] = {}
    other: dict[str, dict[int, float]] = {}

    pending: list[tuple[dict[str, dict[int, float]], str, str, float]] = []

    def put(table: dict[str, dict[int, float]], form: str, theme: str, weight: float) -> None:
        pending.append((table, form, theme, weight))

    metrics = glossary.metrics()
    roles = glossary.roles()
    reason_en: list[str] = []
    reason_zh: list[str] = []
    for r in rows:
        kind = r[0]
        if kind == "reason":
            for form in _split_forms(r[1]):
                if HAN.search(form):
                    reason_zh.append(fold(form))
                else:
                    reason_en.append(form.lower().replace("_", " "))
        elif kind in ("cue", "lead"):
            for form in _split_forms(r[3]):
                put(own if kind == "cue" else own_lead, form, r[1], float(r[2]))
        elif kind == "role":
            wanted = set(r[3].split())
            for form, ids in roles.forms.items():
                if ids <= wanted and (len(form) > 1 or form.isascii()):  # not 相 in 相关
                    put(other, form, r[1], float(r[2]))
        elif kind == "entity":
            wanted = set(r[3].split())
            for ent in gazetteer.entities():
                if ent.kind in wanted:
                    for form in ent.zh + ent.english:
                        put(other, form, r[1], float(r[2]))
    # A metric's form goes to the row naming its id or, failing that, its nearest broader id
    # (dividend -> deals although dividends are results; net_profit -> profit -> results).
    metric_rows: dict[str, list[tuple[str, float]]] = {}
    for r in rows:
        if r[0] == "metric":
            for mid in r[3].split():
                metric_rows.setdefault(mid, []).append((r[1], float(r[2])))
    for form, ids in metrics.forms.items():
        for mid in ids:
            for step in [mid, *_chain(metrics, mid)]:
                if step in metric_rows:
                    for theme, weight in metric_rows[step]:
                        put(other, form, theme, weight)
                    break
    # Chinese forms folded in one call (OpenCC's per-call cost dominates for short strings).
    han = [f for _, f, _, _ in pending if HAN.search(f)]
    folded_forms = dict(zip(han, fold("\n".join(han)).split("\n"))) if han else {}
    for table, form, theme, weight in pending:
        key = folded_forms.get(form) or " ".join(form.lower().replace("-", " ").split())
        if not key:
            continue
        slot = table.setdefault(key, {})
        i = _INDEX.get(theme, -1)
        slot[i] = max(slot.get(i, 0.0), weight)
    merged: dict[str, dict[int, float]] = {k: v for k, v in other.items() if k not in own}
    merged.update(own)
    for k in own_lead:
        merged.setdefault(k, {})
    zh: dict[str, list[tuple[str, _Cue]]] = {}
    en: dict[str, list[tuple[tuple[tuple[str, bool], ...], _Cue]]] = {}
    for key, weights in merged.items():
        cue = _Cue(key, tuple((i, w) for i, w in sorted(weights.items()) if i >= 0 and w > 0),
                   tuple((i, w) for i, w in sorted(own_lead.get(key, {}).items()) if i >= 0))
        if HAN.search(key):
            zh.setdefault(key[0], []).append((key, cue))
        else:
            pats = _en_patterns(key)
            if pats and pats[0][0]:
                en.setdefault(pats[0][0][:2], []).append((pats, cue))
    zh_forms = {form: cue for v in zh.values() for form, cue in v}
    by_pair: dict[str, set[int]] = {}
    for form in zh_forms:
        if len(form) > 1:
            by_pair.setdefault(form[:2], set()).add(len(form))
    zh_lengths = {pair: tuple(sorted(sizes, reverse=True)) for pair, sizes in by_pair.items()}
    en_sorted = {h: tuple(sorted(v, key=lambda pc: (-len(pc[0]), -sum(len(w) for w, _ in pc[0]))))
                 for h, v in en.items()}
    damp = {}
    for part in settings.get("forecast_damp", "").split():
        tid, _, factor = part.partition(":")
        if tid in _INDEX:
            damp[_INDEX[tid]] = float(factor)
    return _Compiled(
        zh_forms=zh_forms, zh_lengths=zh_lengths, zh_singles=frozenset(f for f in zh_forms if len(f) == 1),
        zh_first=frozenset(f[0] for f in zh_forms), en_by_head=en_sorted, en_by_word={},
        name_themes=frozenset(_INDEX[t] for t in settings.get("name_themes", "").split() if t in _INDEX),
        frame_weight=float(settings.get("frame_weight", 1) or 1),
        min_score=float(settings.get("min_score", 0) or 0),
        damp=damp,
        forecast_trigger=float(settings.get("forecast_trigger", 2.5) or 2.5),
        article_power=float(settings.get("article_weight_power", 0) or 0),
        decay=float(settings.get("decay", 1) or 1),
        reason_weight=float(settings.get("reason_weight", 1) or 1),
        reason_en=re.compile("|".join(sorted((re.escape(f) for f in reason_en), key=len, reverse=True))
                             + r"(?!well\b|expected\b|part\b|a result\b|of\b|such\b)") if reason_en else None,
        reason_zh=tuple(sorted(reason_zh, key=len, reverse=True)),
    )


def _chain(glossary, term_id: str) -> list[str]:
    """A metric's broader ids, nearest first."""
    out: list[str] = []
    while term_id in glossary.parents and glossary.parents[term_id] not in out:
        term_id = glossary.parents[term_id]
        out.append(term_id)
    return out


# -- scanning -------------------------------------------------------------------------------------

@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs ~3x (one per cue found)
class _Hit:
    cue: _Cue
    start: int  # character offset (Chinese) or word index (English)
    in_name: bool = False
    framed: bool = False
    at_start: bool = False
    reason: bool = False  # inside a clause that gives a cause or a purpose (helped by ..., 受...带动，)
    han: bool = False  # a Chinese cue: inside a name it counts for no theme (新加坡政府投资公司)


def _scan_zh(folded: str, table: _Compiled) -> list[_Hit]:
    """Chinese cues in folded text, the longest at each point; a cue just before an organisation
    suffix (华虹半导体公司), or before another such cue (新加坡政府投资公司), is part of a name."""
    # Leftmost, then longest, then on after it: at each point, the forms that start with its two
    # characters, by length (a regex alternation of ~1,700 forms is tried branch by branch).
    forms, lengths, singles, first = table.zh_forms, table.zh_lengths.get, table.zh_singles, table.zh_first
    hits: list[tuple[int, int, _Cue]] = []
    i, n = 0, len(folded)
    while i < n:
        if folded[i] not in first:
            i += 1
            continue
        for size in lengths(folded[i:i + 2], ()):
            if i + size <= n:
                cue = forms.get(folded[i:i + size])
                if cue is not None:
                    hits.append((i, i + size, cue))
                    i += size
                    break
        else:
            if folded[i] in singles:
                hits.append((i, i + 1, forms[folded[i]]))
            i += 1
    if not hits:
        return []
    lead = len(folded) - len(folded.lstrip(_LEAD_SKIP))
    frame = _ZH_FRAME.match(folded[lead:])
    frame_end = lead + frame.end() if frame else -1
    reasons = _zh_reason_spans(folded, table.reason_zh)
    out: list[_Hit] = []
    named_from = -1  # start of the name that the following hit belongs to
    for start, end, cue in reversed(hits):
        in_name = folded.startswith(_ZH_ORG_SUFFIXES, end) or (end == named_from)
        if in_name:
            named_from = start
        reason = any(a <= start < b for a, b in reasons)
        out.append(_Hit(cue, start, in_name, start < frame_end, start == lead, reason, True))
    out.reverse()
    return out


_ZH_CLAUSE = re.compile(r"[^，,；;。！？]+")


def _zh_reason_spans(folded: str, markers: tuple[str, ...]) -> list[tuple[int, int]]:
    """Clauses that open with a cause or purpose marker (受惠…，/ 为减轻…，/ 由于…，)."""
    if not markers:
        return []
    spans = []
    for m in _ZH_CLAUSE.finditer(folded):
        clause = m.group().lstrip(_LEAD_SKIP)
        if clause.startswith(markers):
            spans.append((m.start(), m.end()))
    return spans


def _scan_en(text: str, table: _Compiled, inside_chinese: bool = False) -> list[_Hit]:
    """English cues among the Latin words of a text (whole words; '*' stems), longest first. A
    match of capitalised words after the text's first word (in Chinese text: any) is inside a
    proper name."""
    spaced = text.replace("-", " ")
    matches = list(_WORD.finditer(spaced))
    if not matches:
        return []
    words = [m.group() for m in matches]
    reason_from = len(text) + 1
    if table.reason_en is not None and not inside_chinese:
        r = table.reason_en.search(spaced.lower())
        if r:
            reason_from = r.end()
    lows = [w.lower().removesuffix("'s").removesuffix("'") for w in words]
    hits: list[_Hit] = []
    i, n = 0, len(words)
    by_word = table.en_by_word
    while i < n:
        w = lows[i]
        found = None
        candidates = by_word.get(w)
        if candidates is None:
            candidates = _en_candidates(table, w)
        for pats, cue in candidates:
            k = len(pats)
            if i + k > n:
                continue
            j = 1  # the first word matched already (the candidates are by it)
            while j < k:
                p, pre = pats[j]
                if not (lows[i + j].startswith(p) if pre else lows[i + j] == p):
                    break
                j += 1
            if j == k:
                found = (k, cue)
                break
        if found is None:
            i += 1
            continue
        k, cue = found
        span = words[i:i + k]
        in_name = (i > 0 or inside_chinese) and all(s[0].isupper() and not s.isupper() for s in span)
        hits.append(_Hit(cue, i, in_name, False, i == 0 and not inside_chinese,
                         matches[i].start() >= reason_from))
        i += k
    return hits


_EN_WORDS_KEPT = 50_000  # words whose candidates are remembered (bounded: a long run sees many)


def _en_candidates(table: _Compiled, word: str) -> tuple[tuple[tuple[tuple[str, bool], ...], _Cue], ...]:
    """The English cues whose first word ``word`` matches (a whole word, or a '*' stem's start)."""
    found = tuple((pats, cue) for pats, cue in table.en_by_head.get(word[:2], ())
                  if (word.startswith(pats[0][0]) if pats[0][1] else word == pats[0][0]))
    if len(table.en_by_word) < _EN_WORDS_KEPT:
        table.en_by_word[word] = found
    return found


def _hits(text: str, folded: str | None = None) -> list[_Hit]:
    table = _compiled()
    if HAN.search(text):
        hits = _scan_zh(fold_for_words(text) if folded is None else folded, table)
        if _LATIN.search(text):
            hits += _scan_en(text, table, inside_chinese=True)
        return hits
    return _scan_en(text, table)


def _scores(text: str, weights: Mapping[str, float] | None,
            folded: str | None = None) -> tuple[list[float], list[_Hit]]:
    table = _compiled()
    hits = _hits(text, folded)
    parts: list[list[float]] = [[] for _ in THEMES]
    seen: set[str] = set()
    forecast = False
    outlook = _INDEX.get("outlook", -1)
    for h in hits:
        if h.cue.key in seen:
            continue
        factor = table.frame_weight if h.framed else 1.0
        if h.reason:
            factor *= table.reason_weight
        if weights is not None and table.article_power:
            factor *= weights[h.cue.key] ** table.article_power
        pairs = [(i, w) for i, w in h.cue.weights + (h.cue.lead if h.at_start else ())
                 if not (h.in_name and (h.han or i not in table.name_themes))]
        if not pairs:
            continue
        seen.add(h.cue.key)
        for i, w in pairs:
            parts[i].append(w * factor)
            if i == outlook and w >= table.forecast_trigger and not h.reason:
                forecast = True
    # Diminishing returns: a theme's k-th best cue counts decay**k of its weight, so that five
    # words for one thing (CPI, 核心CPI, 通胀...) do not outvote the one word that says what the
    # sentence does with it (预估).
    decay = table.decay
    scores = [(sum(w * decay ** k for k, w in enumerate(sorted(p, reverse=True))) if len(p) > 1 else p[0]) if p else 0.0
              for p in parts]
    if forecast:
        for i, f in table.damp.items():
            scores[i] *= f
    return scores, hits


def classify(text: str, weights: Mapping[str, float] | None = None,
             folded: str | None = None) -> list[tuple[str, float]]:
    """(theme id, score) for every theme the sentence scores on, best first (table order on
    ties); [] when its best score is below the table's min_score. ``folded``: the text as
    ``fold_for_words`` gives it, when the caller has folded several at once (one OpenCC call)."""
    scores, _ = _scores(text, weights, folded)
    ranked = sorted((-s, i) for i, s in enumerate(scores) if s > 0)
    if not ranked or -ranked[0][0] < _compiled().min_score:
        return []
    return [(_IDS[i], -s) for s, i in ranked]


def explain(text: str) -> list[tuple[str, str, float]]:
    """The cues a sentence holds: (cue, theme id, weight), in the order they occur (for debugging
    and eval/sections.py --errors)."""
    table = _compiled()
    out = []
    for h in _hits(text):
        factor = (table.frame_weight if h.framed else 1.0) * (table.reason_weight if h.reason else 1.0)
        for i, w in h.cue.weights + (h.cue.lead if h.at_start else ()):
            if not (h.in_name and (h.han or i not in table.name_themes)):
                out.append((h.cue.key, _IDS[i], w * factor))
    return out


def themes_of(text: str, tokens: Sequence[str] | None = None,
              weights: Mapping[str, float] | None = None) -> list[str]:
    """Titles of the themes a sentence belongs to, best first; [] when no cue decides.

    ``tokens`` is accepted for callers that have jieba words (the table is scanned on the folded
    text instead); ``weights``: cue -> weight (see ``ArticleWeights``), used only when the table's
    setting article_weight_power is not 0.
    """
    return [_TITLES[_INDEX[tid]] for tid, _ in classify(text, weights)]


def title_of(theme_id: str) -> str:
    return TITLES.get(theme_id, FALLBACK_TITLE)


# Kinds of gazetteer entities a section can be about (a person or a place is not a section's subject).
_TITLE_KINDS = frozenset({"company", "central_bank", "regulator", "exchange"})


def section_title(title: str, texts: Sequence[str]) -> str:
    """The theme's title with the section's main entity, in the gazetteer's English name, when the
    bullets name one and no other: 'Results: TSMC', 'Policy and Regulation: People's Bank of China'.
    The entity must be named in at least half of the bullets and be the only company, central bank,
    regulator or exchange named in any of them; otherwise (and for the catch-all) the title as given.
    Faithful by construction: the name is in the cited text, translated only by the gazetteer."""
    if title == FALLBACK_TITLE or not texts:
        return title
    from citebrief.facts.atoms import english_names, prepare, source_names
    from citebrief.facts.gazetteer import lookup

    named: dict[int, tuple[str, int]] = {}  # entity id -> (English name, bullets naming it)
    for text in texts:
        mentions = source_names(prepare(text)) if HAN.search(text) else english_names(text)
        # A form several entries share (央行: the PBOC or Taiwan's central bank) names none of them.
        seen = {m.entity.id: m.entity.name for m in mentions
                if m.entity is not None and m.entity.kind in _TITLE_KINDS and len(lookup(m.text)) == 1}
        for eid, name in seen.items():
            named[eid] = (name, named.get(eid, (name, 0))[1] + 1)
    if len(named) != 1:
        return title
    (name, count), = named.values()
    return f"{title}: {name}" if 2 * count >= len(texts) else title


class ArticleWeights(dict):
    """Cue -> 1/sqrt(its occurrences in ``text``), the article folded (lower case, and for Chinese
    simplified), computed on first look-up: the story's subject (半导体 in a chip story) then pulls
    less. Whether it is used at all is the table's setting article_weight_power."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def __missing__(self, k: str) -> float:
        n = self.text.count(k.rstrip("*")) if k else 0
        w = self[k] = 1.0 / math.sqrt(max(1, n))
        return w
