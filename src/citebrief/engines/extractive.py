"""The offline extractive engine: no model, no network, milliseconds per article.

    >>> from citebrief.engines import get_engine
    >>> brief = get_engine("extractive").brief(article)

Steps: split every paragraph into sentences (exact substrings); rank them with LexRank over jieba
words (Chinese) or words minus stopwords (English), boosted for figures, dates and names; build the
Core Viewpoint from the lead (paragraph 1's first sentence) and the best other sentence; pick
bullets greedily by score (about 1.6 per paragraph, at most ``MAX_BULLETS``), spreading them over
paragraphs and skipping near-duplicates; file each bullet under a themed section
(``sections.THEMES``, keywords weighed by how often the article uses them); lay sections out in
source order.

Every bullet is one sentence, or a sentence with the one before it when it opens with a pronoun
("He said...", "该公司...") or is a quotation without its speaker, so that it reads on its own;
either way its text is an exact substring of the single paragraph it cites.

Short articles: sections are only made from distinct sentences not already in the Core Viewpoint,
so an article with few sentences gets fewer than ``min_sections`` sections; it always gets at
least one (when the Core Viewpoint used every sentence, its best sentence is repeated as a bullet).
"""
from __future__ import annotations

import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from citebrief.article import Article
from citebrief.brief import Brief, Claim, Section
from citebrief.engines.ranking import fact_boost, length_factor, sentence_graph
from citebrief.engines.sections import FALLBACK_TITLE, ArticleWeights, themes_of
from citebrief.text.script import is_chinese
from citebrief.text.sentences import split_sentences
from citebrief.text.words import content_mask, fold_for_words, has_han, is_content_word, sentence_words

# Sentences that lean on the one before them; a bullet made of one is given its predecessor.
_ANAPHORIC = re.compile(
    r"^(?:他|她|它|他们|她們|他們|其|该|該|这|這|此举|此舉|对此|對此|不过|不過|但|然而|因此|同时|同時)"
    r"|^(?:He|She|It|They|This|That|These|Those|But|However|Still|Meanwhile)\b"
)
# A quotation with no speaker in it ("We expect two more cuts.") continues the one before it.
_OPENS_QUOTE = re.compile(r"^[\"“「『]")
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according|added|wrote)\b|表示|指出|认为|認為|称|稱|说|說|透露")


def _leans_on_previous(text: str) -> bool:
    if _ANAPHORIC.match(text):
        return True
    return _OPENS_QUOTE.match(text) is not None and _ATTRIBUTION.search(text) is None


NEAR_DUPLICATE_JACCARD = 0.6
# Spreading: each bullet already taken from a paragraph divides the next one's score by (1 + this).
PARAGRAPH_SPREAD = 0.7
BULLETS_PER_PARAGRAPH = 1.6
# A brief stays short however long the story: at most this many section bullets, so with the Core
# Viewpoint a long article gets at most 14 items (the house reference has 11 bullets for 6 paragraphs).
MAX_BULLETS = 13


@dataclass(slots=True)
class _Unit:
    """A bullet candidate: one sentence, or a contiguous run of two from one paragraph."""

    paragraph: int  # 1-based
    start: int  # offset in the paragraph
    text: str
    sentences: frozenset[int]  # global sentence indexes it covers
    score: float
    tokens: list[str]  # as the tokenizer gave them (Chinese: every jieba token); not to be mutated
    _wordset: frozenset[str] | None = None
    themes: list[str] | None = None  # computed on demand: most units are never considered

    @property
    def wordset(self) -> frozenset[str]:
        """Distinct content words, computed on demand (only runs of sentences need them)."""
        if self._wordset is None:
            self._wordset = frozenset(w for w in set(self.tokens) if is_content_word(w))
        return self._wordset


class ExtractiveEngine:
    """Ranks source sentences and files the best under themed sections; see the module docs."""

    name = "extractive"

    def __init__(self, *, max_sections: int = 7, min_sections: int = 3, max_bullets_per_section: int = 3,
                 **_ignored: object) -> None:
        if not 1 <= min_sections <= max_sections:
            raise ValueError("need 1 <= min_sections <= max_sections")
        if max_bullets_per_section < 1:
            raise ValueError("max_bullets_per_section must be at least 1")
        self.max_sections = max_sections
        self.min_sections = min_sections
        self.max_bullets = max_bullets_per_section

    def brief(self, article: Article) -> Brief:
        chinese = is_chinese(article.language) or (
            not article.language.startswith("en") and any(has_han(p) for p in article.paragraphs[:3])
        )
        units, sentence_units, dups, themes = self._units(article, chinese)
        lead = sentence_units[0]
        core_units = [lead]
        top = next((u for u in sorted(units, key=_rank_key)
                    if not (u.sentences & lead.sentences) and not _near_duplicate(u, lead, dups)), None)
        if top is not None:
            core_units.append(top)
        core_units.sort(key=_position)
        joiner = "" if chinese else " "
        core = Claim(
            text=joiner.join(u.text for u in core_units),
            citations=sorted({u.paragraph for u in core_units}),
        )
        sections = self._sections(article, units, core_units, dups, themes)
        return Brief(article=article, core_viewpoint=core, sections=sections, engine=self.name,
                     language=article.language)

    # -- candidates ---------------------------------------------------------------------------

    def _units(self, article: Article, chinese: bool
               ) -> tuple[list[_Unit], list[_Unit], list[set[int]], Callable[[_Unit], list[str]]]:
        """Scored bullet candidates, the plain sentence units in source order, for each
        sentence the indexes of its near-duplicates, and the unit -> themes function."""
        spans: list[tuple[int, int, str]] = []  # (paragraph, offset, sentence)
        tokens: list[list[str]] = []
        language = "zh" if chinese else "en"
        if chinese:
            whole, folded = _fold_all(article.paragraphs)
        else:
            whole, folded = "\n".join(article.paragraphs).lower(), [None] * len(article.paragraphs)
        for number, paragraph in enumerate(article.paragraphs, start=1):
            pos = 0
            offsets = []
            for sentence in split_sentences(paragraph):
                start = paragraph.find(sentence, pos)
                spans.append((number, start, sentence))
                offsets.append((start, start + len(sentence)))
                pos = start + len(sentence)
            tokens.extend(sentence_words(paragraph, offsets, language, folded[number - 1], raw=True))
        centrality, jaccard = sentence_graph(tokens, keep=content_mask if chinese else None)
        centrality = (centrality * len(spans)).tolist()  # mean 1
        # Near-duplicate sentence pairs, looked up for single-sentence units (most of them).
        dups: list[set[int]] = [set() for _ in spans]
        rows, cols = np.nonzero(jaccard > NEAR_DUPLICATE_JACCARD)
        for i, j in zip(rows.tolist(), cols.tolist()):  # Python ints: numpy scalars are slow to loop over
            dups[i].add(j)
        sentence_units: list[_Unit] = []
        for i, ((number, start, text), toks) in enumerate(zip(spans, tokens)):
            # The lead paragraph states the news; later paragraphs are mildly discounted.
            position = 1.15 if number == 1 else 1.0 + 0.1 / number
            score = centrality[i] * fact_boost(text, chinese) * length_factor(text, chinese) * position
            sentence_units.append(_Unit(number, start, text, frozenset((i,)), score, toks))
        units = []
        for i, unit in enumerate(sentence_units):
            prev = sentence_units[i - 1] if i else None
            if prev is not None and prev.paragraph == unit.paragraph and _leans_on_previous(unit.text):
                paragraph = article.paragraphs[unit.paragraph - 1]
                text = paragraph[prev.start:unit.start + len(unit.text)]
                unit = _Unit(unit.paragraph, prev.start, text, prev.sentences | unit.sentences,
                             unit.score, prev.tokens + unit.tokens)
            units.append(unit)
        return units, sentence_units, dups, _themer(whole, chinese)

    # -- layout -------------------------------------------------------------------------------

    def _sections(self, article: Article, units: list[_Unit], core_units: list[_Unit],
                  dups: list[set[int]], themes: Callable[[_Unit], list[str]]) -> list[Section]:
        target = max(self.min_sections,
                     min(self.max_sections * self.max_bullets, MAX_BULLETS,
                         round(BULLETS_PER_PARAGRAPH * len(article.paragraphs))))
        used: set[int] = set().union(*(u.sentences for u in core_units))
        # For near-duplicate checks: taken one-sentence units by sentence index (checked with a
        # set intersection against the precomputed pairs), taken runs one by one.
        taken_single: set[int] = set()
        taken_runs: list[_Unit] = []
        for u in core_units:
            _record(u, taken_single, taken_runs)
        chosen: dict[str, list[_Unit]] = {}
        per_paragraph: dict[int, int] = {}
        pool = [u for u in units if not (u.sentences & used)]
        units_by_sentence = {next(iter(u.sentences)): u for u in units + core_units if len(u.sentences) == 1}

        def fits(u: _Unit) -> bool:
            if u.sentences & used:
                return False
            if len(u.sentences) == 1:
                (i,) = u.sentences
                if dups[i] & taken_single:
                    return False
                # A sentence with no words is not its own near-duplicate: compare texts.
                if i not in dups[i] and any(units_by_sentence[j].text == u.text for j in taken_single):
                    return False
                return not any(_near_duplicate(u, t, dups) for t in taken_runs)
            return not any(_near_duplicate(u, t, dups) for t in taken_runs + [units_by_sentence[i] for i in taken_single])

        def take(u: _Unit, title: str) -> None:
            chosen.setdefault(title, []).append(u)
            used.update(u.sentences)
            _record(u, taken_single, taken_runs)
            per_paragraph[u.paragraph] = per_paragraph.get(u.paragraph, 0) + 1

        # Greedy by score, divided by (1 + PARAGRAPH_SPREAD x bullets already from its paragraph).
        # Those divisors only grow, so a lazy heap suffices: a popped unit whose paragraph count
        # changed since it was pushed goes back with its new score.
        heap = [(-u.score, k, 0) for k, u in enumerate(pool)]
        heapq.heapify(heap)
        count = 0
        while count < target and heap:
            _, k, seen = heapq.heappop(heap)
            u = pool[k]
            now = per_paragraph.get(u.paragraph, 0)
            if now != seen:
                heapq.heappush(heap, (-u.score / (1 + PARAGRAPH_SPREAD * now), k, now))
                continue
            if not fits(u):
                continue
            title = self._slot(themes(u), chosen)
            if title is None:
                continue
            take(u, title)
            count += 1
        pool = [u for u in pool if not (u.sentences & used)]
        # Too few sections: open new ones with the best remaining sentences of other themes.
        if len(chosen) < self.min_sections:
            for u in sorted(pool, key=_rank_key):
                if len(chosen) >= self.min_sections:
                    break
                fresh = [t for t in themes(u) + [FALLBACK_TITLE] if t not in chosen]
                if fresh and fits(u):
                    take(u, fresh[0])
        if not chosen:  # every sentence is in the Core Viewpoint: repeat its best one
            best = max(core_units, key=lambda u: u.score)
            chosen[themes(best)[0]] = [best]
        # Sections in the order the story tells them; the catch-all last.
        ordered = sorted(chosen.items(), key=lambda kv: (kv[0] == FALLBACK_TITLE, min(_position(u) for u in kv[1])))
        return [
            Section(title=title, bullets=[Claim(text=u.text, citations=[u.paragraph])
                                          for u in sorted(bullets, key=_position)])
            for title, bullets in ordered
        ]

    def _slot(self, themes: list[str], chosen: dict[str, list[_Unit]]) -> str | None:
        """The first of a sentence's themes with room (an open section not full, or a new one);
        else the catch-all section, if it has room."""
        for title in themes if FALLBACK_TITLE in themes else themes + [FALLBACK_TITLE]:
            if title in chosen:
                if len(chosen[title]) < self.max_bullets:
                    return title
            elif len(chosen) < self.max_sections:
                return title
        return None


def _rank_key(u: _Unit) -> tuple[float, int, int]:
    return (-u.score, u.paragraph, u.start)


def _position(u: _Unit) -> tuple[int, int]:
    return (u.paragraph, u.start)


def _themer(whole: str, chinese: bool) -> Callable[[_Unit], list[str]]:
    """A unit's themes (computed once, on demand: most units are never considered), with each
    keyword weighed by how often the article (``whole``, folded) uses it."""
    weights = ArticleWeights(whole)

    def themes(u: _Unit) -> list[str]:
        if u.themes is None:
            u.themes = themes_of(u.text, u.tokens if chinese else None, weights) or [FALLBACK_TITLE]
        return u.themes

    return themes


def _fold_all(paragraphs: list[str]) -> tuple[str, list[str | None]]:
    """The article folded with one call (OpenCC's per-call cost dominates for short texts), and
    each paragraph's folded form, None where it does not line up (the caller folds it alone)."""
    joined = fold_for_words("\n".join(paragraphs))
    parts = joined.split("\n")
    if len(parts) != len(paragraphs):
        return joined, [None] * len(paragraphs)
    return joined, [f if len(f) == len(p) else None for f, p in zip(parts, paragraphs)]


def _record(u: _Unit, single: set[int], runs: list[_Unit]) -> None:
    if len(u.sentences) == 1:
        single.update(u.sentences)
    else:
        runs.append(u)


def _near_duplicate(a: _Unit, b: _Unit, dups: list[set[int]]) -> bool:
    """Word-set Jaccard above NEAR_DUPLICATE_JACCARD (or the same text, for word-less units)."""
    if len(a.sentences) == 1 and len(b.sentences) == 1:
        (i,), (j,) = a.sentences, b.sentences
        return j in dups[i] or (i not in dups[i] and a.text == b.text)
    la, lb = len(a.wordset), len(b.wordset)
    if not la or not lb:
        return a.text == b.text
    if min(la, lb) <= NEAR_DUPLICATE_JACCARD * max(la, lb):  # Jaccard <= min/max: no need to look
        return False
    inter = len(a.wordset & b.wordset)
    return inter > NEAR_DUPLICATE_JACCARD * (la + lb - inter)
