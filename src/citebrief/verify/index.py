"""Per-article index: the atoms of every paragraph, computed once per article and reused for
every claim of every brief of that article."""
from __future__ import annotations

import math
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache

from citebrief.article import Article
from citebrief.text.numbers import matches
from citebrief.verify.atoms import Figure, TextFacts, prepare, read
from citebrief.verify.gazetteer import Entity
from citebrief.verify.temporal import keys_of


@dataclass
class Paragraph:
    number: int
    facts: TextFacts
    lower: str  # folded (simplified, NFKC, lower case): where names and source forms are searched
    temporal_keys: set[str]
    _pinyin: dict[str, str] | None = None

    @property
    def pinyin(self) -> dict[str, str]:
        if self._pinyin is None:
            from citebrief.text.names import pinyin_windows

            self._pinyin = pinyin_windows(self.facts.text) if self.facts.han else {}
        return self._pinyin


@dataclass
class ArticleIndex:
    article: Article
    paragraphs: list[Paragraph]
    han: bool
    topic: frozenset[int] = frozenset()  # gazetteer entities the title names: the story's subject
    _entities: dict[int, list[int]] = field(default_factory=dict)
    _literals: dict[str, list[int]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.paragraphs)

    def figure_paragraphs(self, fig: Figure) -> tuple[list[int], list[int]]:
        """Paragraphs holding the figure; and those where it also goes the same way (or no way)."""
        found, same_way = [], []
        for p in self.paragraphs:
            hits = [f for f in p.facts.figures if matches(fig.q, f.q)]
            if not hits:
                continue
            found.append(p.number)
            # An exact figure outranks one that merely rounds to the claim's (1.6% vs 1.63%).
            exact = [f for f in hits if math.isclose(f.q.value, fig.q.value, rel_tol=1e-9)]
            if any(fig.direction is None or f.direction is None or f.direction == fig.direction
                   for f in (exact or hits)):
                same_way.append(p.number)
        return found, same_way

    def temporal_paragraphs(self, key: str) -> list[int]:
        return [p.number for p in self.paragraphs if key in p.temporal_keys]

    def basis_paragraphs(self, basis: str) -> list[int]:
        """Paragraphs that do not contradict the comparison basis (same basis, or none stated)."""
        other = "qoq" if basis == "yoy" else "yoy"
        return [p.number for p in self.paragraphs if basis in p.facts.bases or other not in p.facts.bases]

    def entity_paragraphs(self, ent: Entity) -> list[int]:
        hit = self._entities.get(ent.id)
        if hit is None:
            forms = ent.folded_forms
            patterns = [_name_pattern(n) for n in ent.english]
            hit = [p.number for p in self.paragraphs
                   if any(f in p.lower for f in forms) or any(pat.search(p.facts.text) for pat in patterns)]
            self._entities[ent.id] = hit
        return hit

    def literal_paragraphs(self, name: str) -> list[int]:
        """Paragraphs that spell ``name`` as written (case-insensitive, word-bounded)."""
        hit = self._literals.get(name)
        if hit is None:
            from citebrief.text.names import name_variants

            pats = [re.compile(r"(?<![a-z0-9])" + re.escape(v) + r"(?![a-z0-9])") for v in name_variants(name)]
            hit = [p.number for p in self.paragraphs if any(pat.search(p.lower) for pat in pats)]
            self._literals[name] = hit
        return hit

    def pinyin_paragraphs(self, key: str) -> tuple[list[int], str | None]:
        """Paragraphs with a run of Han characters read ``key`` in pinyin, and that run."""
        hits, form = [], None
        for p in self.paragraphs:
            run = p.pinyin.get(key)
            if run:
                hits.append(p.number)
                form = form or run
        return hits, form


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern:
    # Short names ('Fed', 'BOJ', 'Sony') must keep their case; longer ones may be in any case.
    flags = 0 if len(name) <= 4 else re.IGNORECASE
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(name) + r"(?![A-Za-z0-9])", flags)


def build_index(article: Article) -> ArticleIndex:
    paragraphs = []
    for n, text in article.numbered:
        facts = read(text)
        paragraphs.append(Paragraph(n, facts, facts.text.lower(), keys_of(facts.temporals)))
    return ArticleIndex(article, paragraphs, any(p.facts.han for p in paragraphs), _topic(article.title))


def _topic(title: str) -> frozenset[int]:
    """Entities named in the title. Later paragraphs call the subject 'the company' or '公司',
    so a claim naming it is not wrong for citing a paragraph that does not repeat the name."""
    from citebrief.verify.atoms import english_names, source_names

    text = prepare(title)
    names = source_names(text) + english_names(text)
    return frozenset(n.entity.id for n in names if n.entity is not None and n.entity.kind not in ("place", "person"))


_CACHE: OrderedDict[str, ArticleIndex] = OrderedDict()
_LOCK = threading.Lock()


def index_for(article: Article) -> ArticleIndex:
    """The article's index, built once and kept for the next claims (a small LRU by content)."""
    key = article.content_hash
    with _LOCK:
        idx = _CACHE.get(key)
        if idx is not None:
            _CACHE.move_to_end(key)
            return idx
    idx = build_index(article)
    with _LOCK:
        _CACHE[key] = idx
        while len(_CACHE) > 64:
            _CACHE.popitem(last=False)
    return idx


__all__ = ["ArticleIndex", "build_index", "index_for", "prepare"]
