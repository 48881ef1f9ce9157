"""Bilingual term tables kept as data (``citebrief/data/metrics.tsv``, ``roles.tsv``) and one way to
find their terms in a text: the longest term at each position, whole words for English.

Source forms are compared on prepared text (simplified script, NFKC width, lower case), so a table
written in simplified characters also finds the traditional spelling (營收 reads as 营收).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from citebrief.text.script import fold

# What an item is not (非PVC软袋, non-PVC bags): the words right before it.
_NEGATED = re.compile(r"(?:非|\bnon-|\bnon\s)$")


@dataclass(frozen=True, slots=True)
class Term:
    ids: frozenset[str]  # what the term may stand for (总裁: ceo, president, governor)
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Glossary:
    table: str  # the data file's name
    parents: dict[str, str]  # id -> broader id ('net_profit' -> 'profit')
    english: dict[str, str]  # id -> the English name shown to readers
    forms: dict[str, frozenset[str]]  # folded form -> ids
    by_first: dict[str, tuple[str, ...]]  # first character -> forms, longest first

    def find(self, folded: str) -> list[Term]:
        """Terms in ``folded`` text (lower case, simplified), longest first, not overlapping."""
        return list(_find(self, folded))

    def __hash__(self) -> int:
        return hash(self.table)

    def _scan(self, folded: str) -> tuple[Term, ...]:
        out: list[Term] = []
        i, n = 0, len(folded)
        while i < n:
            hit = ""
            for form in self.by_first.get(folded[i], ()):
                if folded.startswith(form, i) and _bounded(folded, i, i + len(form), form):
                    hit = form
                    break
            if hit and self.table == "items" and (_NEGATED.search(folded, max(0, i - 4), i)
                                                  or folded.rfind("《", 0, i) > folded.rfind("》", 0, i)):
                # ('非PVC软袋', 'non-PVC bags': what the item is not; '《汽车用低铜刹车片》': a title's words)
                i += len(hit)
                continue
            if hit:
                out.append(Term(self.forms[hit], folded[i:i + len(hit)], i, i + len(hit)))
                i += len(hit)
            else:
                i += 1
        return tuple(out)

    def related(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Whether some meaning of ``a`` is some meaning of ``b`` or a broader or narrower term of it
        ('sales' is revenue or volume; 'profit' is broader than 'net profit')."""
        return any(x == y or y in self.ancestors(x) or x in self.ancestors(y) for x in a for y in b)

    def rivals(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Whether ``a`` and ``b`` surely name different things of one family: unrelated meanings
        that share an ancestor (net profit and revenue are both results; exports and sales are not
        compared)."""
        if self.related(a, b):
            return False
        return any(self.ancestors(x) & self.ancestors(y) for x in a for y in b)

    def name(self, ids: frozenset[str]) -> str:
        """The English name of a term's first meaning."""
        # (An id the table lacks is a product's own code, 'code:r134a': shown as written.)
        return " or ".join(self.english.get(i, i.removeprefix("code:").upper()) for i in sorted(ids))

    def within(self, ids: frozenset[str], family: str) -> bool:
        """Whether some meaning of ``ids`` is ``family`` or narrower ('interim_dividend' is a dividend)."""
        return any(i == family or family in self.ancestors(i) for i in ids)

    def source_forms(self, ids: frozenset[str]) -> tuple[str, ...]:
        """The Chinese (non-Latin) forms that name any of ``ids`` ('gas_stoves' -> 燃气灶)."""
        return _source_forms(self, ids)

    def ancestors(self, term_id: str) -> set[str]:
        seen: set[str] = set()
        while term_id in self.parents and self.parents[term_id] not in seen:
            term_id = self.parents[term_id]
            seen.add(term_id)
        return seen


@lru_cache(maxsize=8192)
def _find(glossary: Glossary, folded: str) -> tuple[Term, ...]:
    return glossary._scan(folded)


@lru_cache(maxsize=1024)
def _source_forms(glossary: Glossary, ids: frozenset[str]) -> tuple[str, ...]:
    return tuple(f for f, meanings in glossary.forms.items() if meanings & ids and not f.isascii())


def _bounded(text: str, start: int, end: int, form: str) -> bool:
    """English terms are whole words ('sales' not in 'wholesales'); Chinese forms are not."""
    if not form[0].isascii():
        return True
    if start and text[start - 1].isalnum() and text[start - 1].isascii():
        return False
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha() and text[start - 2].isascii():
        return False  # 'self-produced' is not 'produced', 'after-tax' not 'tax'
    # ('LNG运输船11艘': a form ending in Chinese may be followed by a figure.)
    return not (form[-1].isascii() and end < len(text) and text[end].isalnum() and text[end].isascii())


@cache
def alternation(name: str) -> str:
    """The forms of the glossary ``name`` as a regular-expression alternation, longest first (folded,
    so matched against lower-case text or under (?i))."""
    return "|".join(map(re.escape, sorted(load(name).forms, key=len, reverse=True)))


@cache
def word_list(file_name: str) -> frozenset[str]:
    """The words of a list ``citebrief/data/<file_name>``: whitespace-separated, '#' lines are comments."""
    text = (resources.files("citebrief") / "data" / file_name).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


@cache
def word_forms(file_name: str) -> dict[str, tuple[str, ...]]:
    """A two-column table ``citebrief/data/<file_name>``: a word, a tab, its forms joined by '|'."""
    text = (resources.files("citebrief") / "data" / file_name).read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {word.strip().lower(): tuple(f for f in forms.strip().split("|") if f) for word, forms in rows}


@cache
def load(name: str) -> Glossary:
    """The glossary ``citebrief/data/<name>.tsv``: id, parent, English forms, source forms."""
    path = resources.files("citebrief") / "data" / f"{name}.tsv"
    parents: dict[str, str] = {}
    english: dict[str, str] = {}
    forms: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 4)[:4]
        term_id, parent, en, zh = (c.strip() for c in cols)
        if parent:
            parents[term_id] = parent
        names = [e for e in en.split("|") if e]
        english.setdefault(term_id, names[0] if names else term_id)
        for form in names + [z for z in zh.split("|") if z]:
            forms.setdefault(fold(form), set()).add(term_id)
    frozen = {f: frozenset(ids) for f, ids in forms.items()}
    by_first: dict[str, list[str]] = {}
    for form in sorted(frozen, key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    return Glossary(name, parents, english, frozen, {k: tuple(v) for k, v in by_first.items()})


def metrics() -> Glossary:
    return load("metrics")


def items() -> Glossary:
    return load("items")


def roles() -> Glossary:
    return load("roles")


@lru_cache(maxsize=1)
def metric_flags() -> dict[str, frozenset[str]]:
    """id -> how the metric is reported and whose it is (data/metrics.tsv, fifth column, words
    separated by spaces; a metric without its own takes its nearest ancestor's):

        ratio   a percentage is the level (margins, rates, yields); without it a percentage is
                the level's change (revenue up 12%)
        growth  the percentage is the figure itself (CPI, GDP: 'rose 0.4%')
        macro   an economy's figure: never a company's; with no subject written, the country of
                the story (its place, or the country of the central bank or regulator it is about)
        nokey   read by the verifier only, never a key-figure row (a market share: whose share of
                what is rarely written with it)
        lower   better when lower (a combined ratio, an NPL ratio): 'improved' means it fell
    """
    path = resources.files("citebrief") / "data" / "metrics.tsv"
    own: dict[str, frozenset[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) > 4 and cols[4].strip():
            own[cols[0].strip()] = frozenset(cols[4].split())
    out = {}
    for term_id in metrics().english:
        flags = own.get(term_id)
        if flags is None:
            flags = next((own[a] for a in ancestors_in_order(term_id) if a in own), frozenset())
        out[term_id] = flags
    return out


def ancestors_in_order(term_id: str) -> list[str]:
    """A metric's parents, nearest first (data/metrics.tsv)."""
    parents = metrics().parents
    out, seen = [], {term_id}
    while term_id in parents and parents[term_id] not in seen:
        term_id = parents[term_id]
        seen.add(term_id)
        out.append(term_id)
    return out
