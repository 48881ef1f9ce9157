"""The offline extractive engine: no model, no network, milliseconds per article.

    >>> from citebrief.engines import get_engine
    >>> brief = get_engine("extractive").brief(article)                  # length "standard"
    >>> brief = get_engine("extractive", length="short").brief(article)  # or "full"

Lengths (``length=``, else ``brief.length`` in the config file, else standard):

- ``standard``: the Core Viewpoint and the bullets take at most 35% of the article's characters
  (``BUDGETS``), 4-8 bullets in 2-4 sections, no section of one bullet unless the brief has 3
  bullets or fewer; ``short``: at most 20%, 2-5 bullets in 1-3 sections. Articles of fewer than
  5 paragraphs get at least ``FLOOR_ZH`` / ``FLOOR_EN`` characters.
- ``full``: the engine as it was before lengths: LexRank-ranked whole sentences, about 1.6 bullets
  a paragraph up to ``MAX_BULLETS``, 3-7 sections.

The budgeted brief (standard, short) is made of spans, never rewrites: a span starts at a
sentence's start after its lead-ins and wire furniture (智通财经APP获悉，/ 据知情人士透露，/
'BEIJING, March 12 (Reuters) - '; data/lead_ins.tsv, read by engines/spans.py) or at a clause
with a subject of its own (Chinese: one that names its metric or index before its first figure,
'…，该行不良贷款率为1.25%'; English: ', and Redstone expects', 'comes as Valdor's deliveries
... fell'), skipping no speaker and no period the kept figure belongs to (an announcement day may
go, and a period the kept clause states again: ``_SkipCheck``), and ends at the sentence's end or
a clause end, never on a clause that only introduces what it leaves out ('…分析师认为'). So each
figure, date and name it keeps has the words of its clause, its metric, period and speaker, and
the span is a substring of the one paragraph it cites (verification stays at 100%). A sentence that leans on
the one before it ('She said ...', '该公司...', a quotation without its speaker) is only ever
part of a span that starts in that one. The Core Viewpoint is the lead sentence's longest span
within ``CORE_WHOLE`` of the budget, at least up to its first clause with a figure or a name
(longer if the selection favours it). Bullets are chosen by
lazy greedy value per character (``_select``): each figure, scheduled date, person and name is
worth its chance of being a key fact, from a logistic model over its role, rank, place and the
words beside it (engines/value.py, weights in data/value_model.json, fitted by eval/fit_value.py
on the coverage sets: a percentage change beside the level it reached, a base, a paragraph's
third figure weigh little; a target price, a forecast, a headline figure much); a paragraph not
cited yet and a new bullet add something, a span may grow (what it adds counts ``EXTENSION``),
nothing is counted twice and no near-duplicate of what the brief says is taken; characters left
that no step can use tell the Core Viewpoint, then the bullets, more fully (``_fill_leftover``). Sections: each bullet's themes
(``sections.classify``), the best-fitting set of 2-4 titles (``_layout``).
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from citebrief.article import Article
from citebrief.brief import Brief, Claim, Section
from citebrief.config import BriefSettings, choices_of, load_section
from citebrief.engines.base import Engine, EngineSettings
from citebrief.engines.ranking import (
    blocked_graph,
    fact_atoms,
    fact_boost,
    first_figure,
    has_date,
    is_analyst,
    length_factor,
    scheduled_dates,
)
from citebrief.engines.sections import FALLBACK_TITLE, ArticleWeights, classify, themes_of, title_of
from citebrief.engines.spans import clauses, figure_names_metric, introduces, span_text, trim_start
from citebrief.engines.value import atom_features, key_fact_chance
from citebrief.errors import ConfigError
from citebrief.facts import atoms as _atoms
from citebrief.facts.temporal import find_temporals
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
# ('法說會', '说明会': an investor conference, a briefing, no one's words)
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according|added|wrote)\b|表示|指出|认为|認為|称|稱|[说說](?![会會明])|透露")


# What a span may not skip at its start: who said or expects what it keeps.
# (Gated on the characters a match starts with: the check runs on every clause start.)
_SAYS = re.compile(r"(?=[staw表指认認称稱说說透预預估警提分])(?:" + _ATTRIBUTION.pattern
                   + r"|[预預](?:[计計]|期|估)|估[计計]|警告|提醒|分析)")


class _SkipCheck:
    """Whether a span may start at a clause start of one sentence, leaving out its opening
    clauses paragraph[head:start]: not when they say who said or expects what follows, nor when
    they hold a period the kept figure belongs to ('前三季度', 'in the first half'). A day that
    only dates the announcement ('10月29日晚间披露', 'on Tuesday') may go, and so may a period when
    the kept clause states its own before its first figure ('…，第三季度单季实现营业收入540.3亿元').

    One per sentence: its dates (facts.temporal) are read once, up to its last clause start,
    and only when a start needs them."""

    __slots__ = ("paragraph", "head", "reach", "chinese", "figures", "_dates")

    def __init__(self, paragraph: str, head: int, reach: int, chinese: bool, figures: Sequence[int] | None = None):
        self.paragraph, self.head, self.reach, self.chinese = paragraph, head, reach, chinese
        self.figures = figures  # where the paragraph's figures start, when the caller has read them
        self._dates: list[tuple[int, int, bool]] | None = None  # (start, end in the paragraph, is a day)

    def allows(self, start: int, stated: str = "") -> bool:
        """``stated``: what the brief says already (the Core Viewpoint): a period skipped that it
        states in the same words ('前三季度…；归属于母公司股东的净利润为612.5亿元' after a Core
        Viewpoint on 前三季度) is the period the reader takes for the kept figure."""
        paragraph, chinese = self.paragraph, self.chinese
        if _SAYS.search(paragraph, self.head, start):
            return False
        if not has_date(paragraph[self.head:start], chinese):
            return True
        if self.figures is None:
            figure = first_figure(paragraph, chinese, start)
        else:
            k = bisect_left(self.figures, start)
            figure = self.figures[k] if k < len(self.figures) else None
        if figure is not None and has_date(paragraph[start:figure], chinese):
            return True
        if self._dates is None:
            head = self.head
            self._dates = [(head + t.start, head + t.end, t.kind == "date")
                           for t in find_temporals(paragraph[head:self.reach])[0]]
        return all(day or (stated and paragraph[s:e] in stated) for s, e, day in self._dates if e <= start)


def _may_skip(paragraph: str, head: int, start: int, chinese: bool) -> bool:
    """Whether a span may start at ``start`` leaving out paragraph[head:start] (``_SkipCheck``)."""
    return _SkipCheck(paragraph, head, start, chinese).allows(start)


# The characters those sentences start with: one set look-up before the regexes (every sentence is asked).
_LEANING_FIRST = frozenset("他她它其该該这這此对對不但然因同HSITBM\"“「『")


def _leans_on_previous(text: str) -> bool:
    if not text or text[0] not in _LEANING_FIRST:
        return False
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


class ExtractiveEngine(Engine):
    """Ranks source sentences and files the best under themed sections; see the module docs."""

    name = "extractive"

    def __init__(self, *, length: str | None = None, max_sections: int | None = None,
                 min_sections: int | None = None, max_bullets_per_section: int | None = None) -> None:
        self.length = resolve_length(length)
        # Section caps given by hand change the brief; the defaults follow from the length.
        self._caps = {k: v for k, v in {"max_sections": max_sections, "min_sections": min_sections,
                                         "max_bullets_per_section": max_bullets_per_section}.items() if v is not None}
        if self.length == "full":
            defaults = (7, 3, 3)
        else:
            budget = BUDGETS[self.length]
            defaults = (budget.sections[1], budget.sections[0], budget.per_section)
        self.max_sections = defaults[0] if max_sections is None else max_sections
        self.min_sections = min(defaults[1], self.max_sections) if min_sections is None else min_sections
        self.max_bullets = defaults[2] if max_bullets_per_section is None else max_bullets_per_section
        if not 1 <= self.min_sections <= self.max_sections:
            raise ConfigError(f"extractive engine: need 1 <= min_sections ({self.min_sections}) "
                              f"<= max_sections ({self.max_sections})")
        if self.max_bullets < 1:
            raise ConfigError(f"extractive engine: max_bullets_per_section ({self.max_bullets}) must be at least 1")

    def settings(self) -> EngineSettings:
        return EngineSettings(engine=self.name, length=self.length, options=self._caps)

    def brief(self, article: Article) -> Brief:
        # A longer article is briefed from its head (Article.head): bounded time and memory.
        article, cut = article.head()
        brief = self._brief(article)
        if cut:
            brief.report.notes.append(cut)
        return brief

    def _brief(self, article: Article) -> Brief:
        chinese = is_chinese(article.language) or (
            not article.language.startswith("en") and any(has_han(p) for p in article.paragraphs[:3])
        )
        if self.length != "full":
            return self._budgeted_brief(article, chinese)
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
        # Centrality (mean 1) and near-duplicate sentence pairs, looked up for single-sentence
        # units (most of them); ranked in blocks on a very long article (ranking.GRAPH_BLOCK).
        centrality, dups = blocked_graph(tokens, near=NEAR_DUPLICATE_JACCARD,
                                         keep=content_mask if chinese else None)
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

    # -- the budgeted brief (length short / standard) ----------------------------------------

    def _budgeted_brief(self, article: Article, chinese: bool) -> Brief:
        sentence_units = _sentences(article)
        budget = BUDGETS[self.length]
        size = sum(len(p) for p in article.paragraphs)
        limit = int(budget.share * size)
        if len(article.paragraphs) < 5:  # the share rule is for real articles; a short text keeps its gist
            limit = max(limit, min(size, FLOOR_ZH if chinese else FLOOR_EN))
        groups = _groups(article, sentence_units, chinese, defer=True)
        most = min(self.max_sections * self.max_bullets, budget.bullets[1])
        core, core_end, chosen = _select(groups, chinese, limit, most)
        if len(chosen) - 1 < budget.bullets[0]:
            # Too few bullets: without growing spans, more of them may fit.
            for bonus in (NEW_BULLET, EAGER_BULLET):  # then a bullet is worth more than what it carries
                again = _select(groups, chinese, limit, most, extend=False, new_bullet=bonus)
                if len(again[2]) > len(chosen):
                    core, core_end, chosen = again
                if len(chosen) - 1 >= budget.bullets[0]:
                    break
        core_claim = Claim(text=groups[core].text_of(core_end), citations=[groups[core].paragraph])
        bullets = [_Unit(groups[k].paragraph, groups[k].start, groups[k].text_of(e), groups[k].sentences, 0.0, [])
                   for k, e in chosen.items() if k != core]
        weights = _LazyWeights(article.paragraphs, chinese)
        # Chinese bullets folded with one OpenCC call, not one each.
        folded = _fold_all([u.text for u in bullets])[1] if chinese else [None] * len(bullets)
        themed = [(u, [(title_of(tid), score) for tid, score in classify(u.text, weights, f)])
                  for u, f in zip(bullets, folded)]
        layout = self._layout(themed)
        sections = [Section(title=title, bullets=[Claim(text=u.text, citations=[u.paragraph]) for u in members])
                    for title, members in layout]
        return Brief(article=article, core_viewpoint=core_claim, sections=sections, engine=self.name,
                     language=article.language)

    def _layout(self, themed: list[tuple[_Unit, list[tuple[str, float]]]]) -> list[tuple[str, list[_Unit]]]:
        """Bullets into themed sections. ``themed``: each bullet with its (title, score) list,
        best first (sections.classify). A bullet fits the themes scoring at least ``STRONG``
        of its best (by their share of it) and the catch-all a little (``CATCH_ALL``). Of every set of 2 to
        ``max_sections`` titles drawn from the bullets' best themes, strong themes two share and the catch-all, the
        layout taken is the one that fits best with at least 2 bullets a section and at most
        ``max_bullets_per_section``: each bullet goes to its best title of the set, then
        sections short of 2 take the bullets that lose least by moving (``_assign``). A brief of
        3 bullets or fewer may have sections of one (1 to 3 sections)."""
        n = len(themed)
        if not n:
            return []
        fit = [{t: score / ts[0][1] for t, score in ts if score >= STRONG * ts[0][1]} if ts else {}
               for _, ts in themed]
        for f in fit:
            f.setdefault(FALLBACK_TITLE, CATCH_ALL)
        # Candidate titles: each bullet's best theme, another strong theme two bullets share,
        # the catch-all.
        best_of = [max(f, key=f.__getitem__) for f in fit]
        others = [t for f in fit for t in f if t != FALLBACK_TITLE]
        titles = list(dict.fromkeys(best_of + [t for t in others if others.count(t) >= 2] + [FALLBACK_TITLE]))
        best: tuple[float, list[str]] | None = None
        # At least 2 bullets a section (a brief of more than 3), unless the options' cap a
        # section asks for more sections.
        singles = n <= 3
        most = min(self.max_sections, n if singles else max(n // 2, -(-n // self.max_bullets)))
        least = 1 if singles else min(max(2, self.min_sections), most)
        # Bullets of no common theme (4 bullets, 4 themes): as a last resort a bullet may sit
        # under a title it does not fit, the fewest such moves taken.
        top = best_of
        sizes = [top.count(t) for t in set(top)]
        if least <= len(sizes) <= most and min(sizes) >= (1 if singles else 2) and max(sizes) <= self.max_bullets:
            best = (float(n), top)  # each bullet under its best theme already fits the rules
        for floor in () if best else (0.0, MISFIT):
            # Without misfits a title needs as many bullets that fit it as a section needs.
            pool = titles if floor or singles else [t for t in titles if sum(t in f for f in fit) >= 2]
            # Each set's bound (every bullet under its best title of the set) first: sets are
            # tried best bound first, and none once the bound cannot beat what was found.
            matrix = np.array([[f.get(t, 0.0) for t in pool] for f in fit])
            tries = []
            for k in range(least, min(most, len(pool)) + 1):
                sets = list(combinations(range(len(pool)), k))
                bounds = matrix[:, np.array(sets)].max(axis=2).sum(axis=0).tolist()
                tries += [(b, k, tuple(pool[j] for j in c)) for b, c in zip(bounds, sets)]
            tries.sort(key=lambda x: (-x[0], x[1]))
            for bound, k, chosen in tries:
                if best is not None and bound <= best[0] + 1e-9:
                    break
                layout = _assign(fit, chosen, self.max_bullets, floor, 2 if 2 * k <= n and not singles else 1)
                if layout is None:
                    continue
                score = sum(f.get(t, -1.0) for f, t in zip(fit, layout))  # a misfit costs
                if best is None or score > best[0] + 1e-9:
                    best = (score, layout)
            if best is not None:
                break
        assign: list[str | None]
        if best is not None:
            assign = list(best[1])
        else:
            # No layout within the options (a cap of 2 a section and 6 bullets of one theme):
            # each bullet in order to its best title with room, under at most max_sections;
            # what does not fit is left out.
            assign = []
            room: dict[str, int] = {}
            for f in fit:
                title = max((t for t in f if room.get(t, 0) < self.max_bullets and (t in room or len(room) < most)),
                            key=lambda t: f[t], default=None)
                if title is not None:
                    room[title] = room.get(title, 0) + 1
                assign.append(title)
        groups: dict[str, list[_Unit]] = {}
        for (u, _), title in zip(themed, assign):
            if title is not None:
                groups.setdefault(title, []).append(u)
        ordered = sorted(groups.items(), key=lambda kv: (kv[0] == FALLBACK_TITLE, min(_position(u) for u in kv[1])))
        return [(title, sorted(members, key=_position)) for title, members in ordered]


def _assign(fit: list[dict[str, float]], titles: tuple[str, ...], cap: int, floor: float = 0.0,
            least: int = 2) -> list[str] | None:
    """Each bullet under its best title of ``titles``; then every title short of ``least``
    bullets takes, one at a time, the bullet that loses least by moving from a title that has
    more than ``least``, and every title over ``cap`` gives away the bullets that lose least; None
    when that cannot be done (a title fits no bullet, no room elsewhere). ``floor``: how well a
    bullet fits a title not among its themes (0: not at all, it never moves there)."""
    assign = []
    for f in fit:  # its best title, the first of equals (max with a key per title costs ~3x)
        scores = [f.get(t, 0.0) for t in titles]
        assign.append(titles[scores.index(max(scores))])
    counts = dict.fromkeys(titles, 0)
    for a in assign:
        counts[a] += 1
    for title in titles:
        while counts[title] < least:
            movable = [i for i, a in enumerate(assign) if a != title and counts[a] > least
                       and fit[i].get(title, floor) > 0]
            if not movable:
                return None
            i = min(movable, key=lambda i: (fit[i].get(assign[i], 0.0) - fit[i].get(title, floor), i))
            counts[assign[i]] -= 1
            counts[title] += 1
            assign[i] = title
    for title in titles:
        while counts[title] > cap:
            moves = [(fit[i].get(title, 0.0) - fit[i].get(t, floor), i, t) for i, a in enumerate(assign) if a == title
                     for t in titles if t != title and counts[t] < cap and fit[i].get(t, floor) > 0]
            if not moves:
                return None
            _, i, t = min(moves)
            counts[title] -= 1
            counts[t] += 1
            assign[i] = t
    return assign


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


# -- lengths -------------------------------------------------------------------------------------

LENGTHS = choices_of("brief.length")  # the setting's choices (config.BriefSettings)
# How well a bullet fits a section: its theme's score over its best theme's (sections.classify),
# for themes scoring at least STRONG of the best; the catch-all fits any bullet, weakly.
STRONG = 0.5
CATCH_ALL = 0.15
MISFIT = 0.01  # a title the bullet has no theme of (only when no layout can do without)
DEFAULT_LENGTH: str = BriefSettings.model_fields["length"].default


@dataclass(frozen=True, slots=True)
class Budget:
    share: float  # at most this share of the article's characters (Core Viewpoint + bullets)
    bullets: tuple[int, int]  # aimed for (the budget allowing) and at most
    sections: tuple[int, int]
    per_section: int


BUDGETS = {
    "standard": Budget(0.35, (4, 8), (2, 4), 4),
    "short": Budget(0.20, (2, 5), (1, 3), 3),
}
# Articles of fewer than 5 paragraphs get at least this many characters (when they have them).
FLOOR_ZH, FLOOR_EN = 110, 280
# Shortest bullet made by cutting a sentence (the whole sentence may be shorter).
MIN_SPAN_ZH, MIN_SPAN_EN = 8, 25
# The Core Viewpoint takes at most this share of the budget (else its sentence is cut shorter);
# a lead with no figure or name is cut at its first clause end past this many characters.
CORE_SHARE = 0.45
MIN_CORE_ZH, MIN_CORE_EN = 20, 30
CORE_WHOLE = 0.2  # the lead sentence's longest span within this share of the budget, if longer (0.3: -5 facts)
# Chinese: a lead sentence packs more of the news into its characters ('…营业收入…，同比增长…；归母净利润…'):
# measured, 0.25 carries 3 more key facts on dev2 and the same on the coverage set (0.3: 2 fewer there).
CORE_WHOLE_ZH = 0.25
# Value of what a span carries: each figure, scheduled date, person and English name is worth
# VALUE_SCALE times its chance of being a key fact (engines/value.py: a logistic model over its
# role, rank, place and the words beside it, fitted by eval/fit_value.py on the coverage sets'
# key facts); a bullet from a paragraph the brief does not cite yet, and any new bullet, add a
# little. (Cross-validated over the 15 coverage sets it is fitted on, each carried by a model
# fitted without it: 1,326 of 1,903 key facts against 1,256 with the hand weights it replaced.)
VALUE_SCALE = 5.0
# A share or a change; a move in index points too ('上漲426.35點', 'fell 120 points'): with a
# direction word before it (``_is_change``) it is a change, the level beside it the news.
_PERCENT = re.compile(r"%|％|percent|百分点|百分點|个百分|個百分|成$|[点點]$|points?$")
NEW_PARAGRAPH, NEW_BULLET = 0.3, 0.4
# What a longer span of a chosen one adds counts this much (a new point beats more detail).
EXTENSION = 0.4
# Each bullet already taken from a paragraph divides what the next step there gains by (1 + this).
SPAN_SPREAD = 0.6
# News is written top-down: a span's value falls by this share from the lead paragraph (none) to
# the last (all of it), on top of the model's own reading of the paragraph's place (measured with
# the model: 0.3 carries 5 more key facts than 0 over the coverage sets, 0.5 about as many).
POSITION_DECAY = 0.3
# A new bullet is valued as if it were this many characters longer: a bullet slot is scarce too
# (at most 8), so a short span with a minor figure does not take one before a longer span with
# the paragraph's key figure. (Measured with the model: 0 and 30 carry 5-15 fewer key facts.)
BULLET_COST = 10
# A brief short of its least bullets is chosen again without growing spans, then again with each
# new bullet worth this much: short spans first, so that more bullets fit.
EAGER_BULLET = 10.0


# A count of months after 前/近 ('今年前8个月', '近3個月') is a period, not a figure.
_ZH_PERIOD_COUNT = re.compile(r"[前近]\d+[个個]月")
# Between the two ends of a range ('8%至12%', '40% to 45%'): the top of a change's range is a change.
_RANGE_TOP = re.compile(r"\s?(?:至|到|-|–|~|～| to )\s?")
_ASIDE = re.compile(r", (?:which|who|whose) [^,;.]*(?:\.\d[^,;.]*)*,")


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _number_of(key: str) -> str:
    """A figure's number without its thousands commas ('3,612.8億元' -> '3612.8'): how the
    title and the body are compared (one may write the unit, the other not)."""
    m = _NUMBER.search(key)
    return m.group(0).replace(",", "") if m else key


def _title_numbers(title: str, chinese: bool) -> frozenset[str]:
    """The numbers of the figures the title states (a year or a month is no figure)."""
    return frozenset(_number_of(key) for kind, key, _, _ in fact_atoms(title, chinese, dates=False)
                     if kind == "figure")


def _is_base(paragraph: str, start: int, chinese: bool) -> bool:
    """Whether the figure at ``start`` is where a change started from, the level that was:
    '由现行的0.84%调降至0.6%', '從2015年的318億元成長至…', 'to 4.2% from 7.9%', 'from $54 billion';
    or what it is measured against, the consensus ('beating estimates of $79.2 billion', '低于市场预期的5.6%':
    on the coverage and dev2 sets none of 11 such figures is a key fact)."""
    if chinese:
        return _ZH_BASE.search(paragraph, max(0, start - 16), start) is not None
    return _EN_BASE.search(paragraph, max(0, start - 20), start) is not None


# 由/从 and what may stand between it and the figure in its clause (no figure, no clause mark).
_ZH_BASE = re.compile(r"[由从從](?:[^，,；;。：:\d]|\d{4}年){0,10}$|[预預](?:期|[测測])的$")
_EN_BASE = re.compile(r"\b(?:from|(?:estimates?|expectations?|forecasts?) of) (?:about |roughly |around |nearly |almost |a )?"
                      r"(?:[A-Z]{0,2}[$€£¥]\s?)?$")


def _is_change(paragraph: str, start: int, chinese: bool) -> bool:
    """Whether the percentage at ``start`` is a change: a direction word just before it, maybe
    with 'by', 'about' ... or 约/逾 between (facts.atoms' words: 'rose 11%', 'up 24%',
    '同比增长27.5%', '年增46%'). Word and suffix look-ups, not a regex: this runs on every
    percentage of every paragraph."""
    before = paragraph[max(0, start - (6 if chinese else 14)):start].rstrip()
    if before.rstrip(_ZH_CHANGE_FILLERS).rstrip().endswith(_ZH_CHANGE_WORDS):
        return True
    words = before.lower().split()
    while words and words[-1] in _EN_CHANGE_FILLERS:
        words.pop()
    return bool(words) and words[-1] in _EN_CHANGE_WORDS


# ('增至15%', '降至0.6%' say the level reached, not the change: the words ending in 至 are left out;
# '涨幅1.59%', '增速5%' are the size of a change.)
_ZH_CHANGE_WORDS = tuple(w for w in f"{_atoms._UP_ZH}|{_atoms._DOWN_ZH}|年增|年減|季增|季減|月增|月減|漲|跌|減|成長|"
                         "涨幅|漲幅|跌幅|增幅|降幅|升幅|增速".split("|") if not w.endswith("至"))
_ZH_CHANGE_FILLERS = "约約逾超达達了近"
_EN_CHANGE_WORDS = frozenset(f"{_atoms._UP}|{_atoms._DOWN}".split("|"))
_EN_CHANGE_FILLERS = frozenset(("by", "about", "roughly", "nearly", "almost", "some", "more", "than", "a"))


def resolve_length(length: str | None) -> str:
    """The length option, else ``brief.length`` (environment, config file), else 'standard'."""
    section, _ = load_section(BriefSettings, {"length": length})
    return section.length


@dataclass(slots=True)
class _Group:
    """The spans of one sentence (or of a sentence and the one it leans on) that a bullet may be
    from one start: all begin at ``start`` (after lead-ins) and end at one of ``ends`` (offsets
    in the paragraph; a span's length is its end minus its start)."""

    paragraph: int
    start: int
    ends: list[int]
    sentences: frozenset[int]
    atoms: list[tuple[str, str, float, int]]  # (kind, key, weight, end offset in the paragraph)
    factor: float
    text: str  # the paragraph
    # A clause start's check of what its spans leave out, run only if a bullet would start here
    # (most spans are never taken; the check reads dates with facts.temporal).
    skip: _SkipCheck | None = None
    ok: bool = True

    def text_of(self, end: int) -> str:
        return span_text(self.text, self.start, end)

    def usable(self, stated: str = "") -> bool:
        """Whether a bullet may start here (``_SkipCheck``, asked once)."""
        if self.skip is not None:
            self.ok, self.skip = self.skip.allows(self.start, stated), None
        return self.ok


def _sentences(article: Article) -> list[_Unit]:
    """Every sentence as a unit (paragraph, offset, text), in source order."""
    out: list[_Unit] = []
    for number, paragraph in enumerate(article.paragraphs, start=1):
        pos = 0
        for sentence in split_sentences(paragraph):
            start = paragraph.find(sentence, pos)
            out.append(_Unit(number, start, sentence, frozenset((len(out),)), 0.0, []))
            pos = start + len(sentence)
    return out


class _LazyWeights(ArticleWeights):
    """ArticleWeights over the article folded only if a weight is looked up (the theme table
    may not use them; folding Chinese costs an OpenCC call)."""

    def __init__(self, paragraphs: list[str], chinese: bool) -> None:
        super().__init__("")
        self._source: tuple[list[str], bool] | None = (paragraphs, chinese)

    def __missing__(self, k: str) -> float:
        if self._source is not None:
            paragraphs, chinese = self._source
            self._source = None
            self.text = _fold_all(paragraphs)[0] if chinese else "\n".join(paragraphs).lower()
        return super().__missing__(k)


def _shingles(text: str, chinese: bool) -> frozenset[str]:
    """What near-duplicates are compared on: character pairs (Chinese) or lower-case words."""
    if chinese:
        return frozenset(text[i:i + 2] for i in range(len(text) - 1))
    return frozenset(_WORD.findall(text.lower()))


def _similar(x: frozenset[str], y: frozenset[str]) -> bool:
    """Near-duplicates: Jaccard of the shingles above NEAR_DUPLICATE_JACCARD (the same
    statement told twice)."""
    if not x or not y:
        return x == y
    inter = len(x & y)
    return inter > NEAR_DUPLICATE_JACCARD * (len(x) + len(y) - inter)


_WORD = re.compile(r"[a-z0-9][a-z0-9.,%$'-]*")


def _groups(article: Article, sentence_units: list[_Unit], chinese: bool, defer: bool = False) -> list[_Group]:
    """Every sentence's span groups (``_Group``). ``defer``: a clause start's skip check is left
    to ``_Group.usable`` (``_select`` asks when it would take a bullet there), not run here."""
    out = []
    min_span = MIN_SPAN_ZH if chinese else MIN_SPAN_EN
    # Each paragraph's atoms, read once; a figure weighs less the later it comes in its
    # paragraph (the paragraph's first figure is usually its news).
    atoms_of: dict[int, tuple[list[tuple[str, str, float, int, int]], list[int]]] = {}
    # The same atoms as a group holds them, (kind, key, weight, end), in the same order.
    group_atoms_of: dict[int, list[tuple[str, str, float, int]]] = {}
    figures_of: dict[int, list[int]] = {}  # where each paragraph's figures start
    # The figures the title states: the editor's choice of what the story is about.
    headline = _title_numbers(article.title, chinese)
    title_words = title_matcher(article.title, chinese)
    sentence_starts: dict[int, list[int]] = {}
    for su in sentence_units:
        sentence_starts.setdefault(su.paragraph, []).append(su.start)
    for n, paragraph in enumerate(article.paragraphs, start=1):
        found = weighed_atoms(paragraph, chinese, sentence_starts.get(n, [0]), headline,
                              (n - 1) / max(1, len(article.paragraphs) - 1), title=title_words)
        atoms_of[n] = (found, [a[3] for a in found])
        group_atoms_of[n] = [(kind, key, w, a_end) for kind, key, w, _, a_end in found]
        figures_of[n] = [a[3] for a in found if a[0] in ("figure", "headline")]
    # Per sentence: where it starts after lead-ins, its clause ends and starts (offsets in the
    # paragraph), and whether it leans on the sentence before it ('She said ...', '该公司 ...').
    # (Computed on demand: most sentences carry nothing a bullet needs.)
    info: dict[int, tuple[int, list[int], list[int]]] = {}

    def clauses_of(i: int) -> tuple[int, list[int], list[int]]:
        """The sentence's start after lead-ins, the clause ends a span may end at (not one that
        only introduces what follows: Chinese '…认为，'), and the clause starts of its own."""
        found = info.get(i)
        if found is None:
            su = sentence_units[i]
            paragraph = article.paragraphs[su.paragraph - 1]
            trimmed = trim_start(su.text, chinese)
            figures = figures_of[su.paragraph]
            lo, hi = bisect_left(figures, su.start), bisect_left(figures, su.start + len(su.text))
            cuts, begins = clauses(su.text, chinese, trimmed, [f - su.start for f in figures[lo:hi]])
            cuts = [su.start + c for c in cuts]
            if chinese:
                ok, clause = [], su.start + trimmed
                for e in cuts:
                    if not introduces(paragraph, clause, e, clause):
                        ok.append(e)
                    clause = e + 1
                cuts = ok
            found = info[i] = (su.start + trimmed, cuts, [su.start + j for j in begins])
        return found

    def leans(i: int) -> bool:
        su = sentence_units[i]
        if not i or sentence_units[i - 1].paragraph != su.paragraph or not _leans_on_previous(su.text):
            return False
        trimmed = clauses_of(i)[0] - su.start  # '同时，' is a lead-in, trimmed; '其中' leans
        return not trimmed or _leans_on_previous(su.text[trimmed:])

    leaning = [leans(i) for i in range(len(sentence_units))]
    last_paragraph = max(1, len(article.paragraphs) - 1)  # (for POSITION_DECAY)
    count = len(sentence_units)
    for i, su in enumerate(sentence_units):
        paragraph = article.paragraphs[su.paragraph - 1]
        end = su.start + len(su.text)
        # A sentence the next ones lean on runs on into them: a span of it may end in them.
        last = i
        while last + 1 < count and leaning[last + 1]:
            last += 1
        reach = sentence_units[last].start + len(sentence_units[last].text)
        para_atoms, atom_starts = atoms_of[su.paragraph]
        group_atoms = group_atoms_of[su.paragraph]
        lo, hi = bisect_left(atom_starts, su.start), bisect_left(atom_starts, reach)
        if lo == hi and i:
            continue  # nothing a bullet could carry (and not the lead)
        head, cuts, begins = clauses_of(i)
        is_leaning = leaning[i]
        first = not i or sentence_units[i - 1].paragraph != su.paragraph
        factor = (1.25 if first else 1.0) * (1 - POSITION_DECAY * (su.paragraph - 1) / last_paragraph)
        own = para_atoms[lo:hi]  # (kind, key, weight, start, end), in order of start
        beginnings = [] if is_leaning else [(head, frozenset(range(i, last + 1)), reach)]
        # Clauses with a subject of their own, where nothing skipped is a date or a person (a
        # kept figure's period or speaker).
        skip, later = None, False
        if begins:
            person = next((a_start for k, _, _, a_start, _ in own if k == "person"), end)
            skip = _SkipCheck(paragraph, head, begins[-1], chinese, figures_of[su.paragraph])
            # (A leaning sentence's first start takes its factor whole: checked now, in order.)
            later = defer and not is_leaning
            beginnings += [(j, frozenset((i,)), end) for j in begins if j <= person and (later or skip.allows(j))]
        # Every end a span of this sentence (and those leaning on it) may have, in order, each
        # with whether it is a sentence's end (a span that short is still whole).
        all_ends = [(e, False) for e in cuts]
        all_ends.append((end, True))
        for k in range(i + 1, last + 1):
            sentence_end = sentence_units[k].start + len(sentence_units[k].text)
            all_ends += [(e, False) for e in clauses_of(k)[1]]
            all_ends.append((sentence_end, True))
        for b, (start, sentences, stop) in enumerate(beginnings):
            # The atoms from ``start`` on, up to ``stop`` (in order of start).
            atoms = group_atoms[bisect_left(atom_starts, start, lo, hi):bisect_left(atom_starts, stop, lo, hi)]
            if atoms and atoms[-1][3] > stop:  # an atom that runs past the span's reach (atoms do not overlap)
                atoms = [a for a in atoms if a[3] <= stop]
            if i and not atoms:
                continue  # can never be a bullet (a bullet carries a figure or a name)
            ends = [e for e, whole in all_ends if start < e <= stop and (whole or e - start >= min_span)]
            group = _Group(su.paragraph, start, ends, sentences, atoms, factor if b == 0 else factor * 0.9, paragraph)
            if b and later:  # b = 0 is the sentence's start (not leaning: ``later``)
                group.skip = skip
            out.append(group)
    return out



def weighed_atoms(paragraph: str, chinese: bool, starts: list[int], headline: frozenset[str] = frozenset(),
                  place: float = 0.0, features: list[dict[str, float]] | None = None,
                  title: tuple[re.Pattern[str], int] | None = None) -> list[tuple[str, str, float, int, int]]:
    """(kind, key, weight, start, end) of each figure, scheduled date and name of one paragraph
    (``starts``: its sentences' offsets; ``headline``: the numbers the title states; ``place``:
    the paragraph's position, 0 for the lead to 1 for the last; ``title``: ``title_matcher``'s).
    The weight is the atom's value to a brief: ``VALUE_SCALE`` times its chance of being a key
    fact (engines/value.py); ``features``, when given, receives each atom's features, in order."""
    found = []
    rank = 0
    paragraph_atoms = fact_atoms(paragraph, chinese, dates=False)
    # A date something is to happen by is a fact of its own (not one that overlaps a figure).
    dates = [d for d in scheduled_dates(paragraph, chinese)
             if not any(s < d[3] and d[2] < e for _, _, s, e in paragraph_atoms)]
    if dates:
        paragraph_atoms = sorted(paragraph_atoms + dates, key=lambda a: a[2])
    # A percentage change weighs little beside a level in its sentence ('rose 11% to $31.2
    # billion'); alone ('CPI rose 3.0% in November', '同比下降约23%') it is the news.
    changes = set()
    previous_end = -1  # the end of the last change found ('年增40%至45%': the range's top is one too)
    for kind, key, a_start, a_end in paragraph_atoms:
        if kind == "figure" and _PERCENT.search(key) is not None and (
                _is_change(paragraph, a_start, chinese) or (previous_end >= 0 and _RANGE_TOP.fullmatch(paragraph, previous_end, a_start))):
            changes.add(a_start)
            previous_end = a_end
    with_level = {bisect_left(starts, a_start + 1) for kind, _, a_start, _ in paragraph_atoms
                  if kind == "figure" and a_start not in changes} if changes else set()
    # A figure in an aside (', which accounts for about 44% of sales,') is not the paragraph's.
    asides = [m.span() for m in _ASIDE.finditer(paragraph)] if not chinese else []
    in_sentence: dict[int, int] = {}  # figures seen so far per sentence
    context: dict[int, tuple[float, bool]] = {}  # per sentence: its overlap with the title, whether someone speaks
    for kind, key, a_start, a_end in paragraph_atoms:
        role = kind
        named = False
        if kind == "figure":
            if chinese and _ZH_PERIOD_COUNT.match(paragraph, max(0, a_start - 1), a_end + 1):
                continue  # '前10个月': the period a figure belongs to, not a figure
            if (a_start in changes and bisect_left(starts, a_start + 1) in with_level) \
                    or _is_base(paragraph, a_start, chinese):
                role = "change" if a_start in changes else "base"  # 'up 24%', 'from 7.9%'
            elif asides and any(s <= a_start < e for s, e in asides):
                role = "aside"
            else:
                if chinese and rank:
                    # A later figure whose clause names its metric ('…；贸易顺差为956亿美元') is
                    # the paragraph's next point; a bare one ('覆盖约5200个项目') is detail.
                    head = starts[bisect_left(starts, a_start + 1) - 1]
                    named = figure_names_metric(paragraph, head, a_start)
                rank += 1
            if headline and _number_of(key) in headline:
                kind = "headline"  # the title says the story is about this figure
        elif kind == "person" and is_analyst(paragraph, a_start, a_end, chinese):
            role = "analyst"
        sentence = bisect_left(starts, a_start + 1) - 1
        order = in_sentence.get(sentence, 0)
        if kind in ("figure", "headline"):
            in_sentence[sentence] = order + 1
        if sentence not in context:
            lo = starts[sentence] if sentence >= 0 else 0
            hi = starts[sentence + 1] if sentence + 1 < len(starts) else len(paragraph)
            text = paragraph[lo:hi] if chinese else paragraph[lo:hi].lower()
            context[sentence] = (len(set(title[0].findall(text))) / title[1] if title is not None else 0.0,
                                 _ATTRIBUTION.search(paragraph, lo, hi) is not None)
        feats = atom_features(paragraph, chinese, kind, role, key, a_start, a_end,
                              rank - (role == "figure"), named, order, sentence, place, *context[sentence])
        if features is not None:
            features.append(feats)
        weight = VALUE_SCALE * key_fact_chance(feats)
        found.append((kind, key, weight, a_start, a_end))
    return found


def title_matcher(title: str, chinese: bool) -> tuple[re.Pattern[str], int] | None:
    """The title's shingles (Chinese character pairs, English words) as one regex and their count:
    how much of the title a sentence holds, found in one pass (None: a title with none)."""
    words = _shingles(title, chinese)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))), len(words)


def _select(groups: list[_Group], chinese: bool, limit: int, max_bullets: int, extend: bool = True,
            new_bullet: float = NEW_BULLET) -> tuple[int, int, dict[int, int]]:
    """The Core Viewpoint (the lead sentence from its start: its longest span within CORE_WHOLE
    of the budget, at least up to its first clause that carries a figure or a name) and the bullets, chosen greedily by value per character: a
    step is a new span or a longer span of one already chosen (the Core Viewpoint's included);
    a figure, name or date counts once in the brief; spans never overlap, nor say again what the
    brief says (a near-duplicate: ``_similar``); nothing takes the brief past ``limit`` characters.
    A new bullet must carry a figure or a name. Returns (core group, its end, {group: end})
    with the core in the dict too.

    Lazy greedy: a step's value per character only falls as the brief grows (more is covered,
    paragraphs hold more bullets, less budget is left), so a group's best step is recomputed only
    when it reaches the top of the heap stale. ``extend=False``: chosen spans do not grow, and the
    Core Viewpoint is the shortest it may be (more bullets fit)."""
    def shortest_end(g: _Group) -> int:
        first_fact = g.atoms[0][3] if g.atoms else None
        if first_fact is None:  # a lead with no figure or name: its first clause that reads alone
            first_fact = g.start + (MIN_CORE_ZH if has_han(g.text[g.start:g.start + 20]) else MIN_CORE_EN)
        end = next((e for e in g.ends if e >= first_fact), g.ends[-1])
        return g.ends[0] if end - g.start > CORE_SHARE * limit else end

    # The lead sentence from its start (a later clause of it would drop the news's subject:
    # '…作价87亿元收购' without the buyer).
    core = 0
    lead = groups[core]
    core_end = shortest_end(lead)
    core_whole = CORE_WHOLE_ZH if chinese else CORE_WHOLE
    if extend and core_whole:
        whole = [e for e in lead.ends if e - lead.start <= core_whole * limit]
        if whole and whole[-1] > core_end:
            core_end = whole[-1]
    chosen: dict[int, int] = {core: core_end}
    covered = {key for _, key, _, end in lead.atoms if end <= core_end}
    # Bullets a paragraph has (the Core Viewpoint is none: a lead paragraph's second figure is
    # often the news's other half; measured, counting it lost 5 key facts at length short).
    per_paragraph: dict[int, int] = {}
    spans: dict[int, list[tuple[int, int]]] = {lead.paragraph: [(lead.start, core_end)]}
    total = core_end - lead.start
    bullets = 0

    def best_step(k: int) -> tuple[float, int] | None:
        g = groups[k]
        current = chosen.get(k)
        if current is None:
            if bullets >= max_bullets:
                return None
            if k in dead:
                return None
            have = g.start
        elif not extend:
            return None
        else:
            have = current
        others = per_paragraph.get(g.paragraph, 0) - (current is not None and k != core)
        scale = g.factor / (1 + SPAN_SPREAD * others)
        # The span may grow as far as the budget allows and up to the next span the brief has
        # in this paragraph; it may not start inside one.
        stop = have + limit - total
        for s, t in spans.get(g.paragraph, ()):
            if s == g.start and t == current:
                continue
            if s <= g.start < t:
                return None
            if g.start < s < stop:
                stop = s
        best = None
        gain = new_bullet + (NEW_PARAGRAPH if not others else 0.0) if current is None else 0.0
        factor = 1.0 if current is None else EXTENSION
        seen: set[str] = set()
        atoms = g.atoms
        a, n = 0, len(atoms)
        news = False  # whether the span tells something new beyond a company's name
        for e in g.ends:
            if e <= have:
                continue
            if e > stop:
                break
            while a < n and atoms[a][3] <= e:
                kind, key, w, end = atoms[a]
                a += 1
                if end > have and key not in covered and key not in seen:
                    seen.add(key)
                    news = news or kind != "name"
                    # (a figure the title states is the news, not more detail of it)
                    gain += w * (factor if kind != "headline" else 1.0)
            if current is None and not news:
                # A new bullet carries a figure, a date or a person: a name alone ('The
                # Intelligent Devices Group', cut before ', which ...') says nothing (measured:
                # 6 of 1,270 key facts lost over the ten coverage sets, all by the greedy's
                # other choices, for no bullet that is only a name).
                continue
            if gain <= 0:
                continue
            ratio = gain * scale / (max(e - have, 1) + (BULLET_COST if current is None else 0))
            if best is None or ratio > best[0]:
                best = (ratio, e)
        return best

    dead: set[int] = set()  # groups that would repeat what the brief says
    said = [_shingles(lead.text_of(core_end), chinese)]
    version = 0
    heap = []
    for k in range(len(groups)):
        step = best_step(k)
        if step is not None:
            heap.append((-step[0], k, step[1], version))
    heapq.heapify(heap)
    while heap:
        _, k, e, stamp = heapq.heappop(heap)
        if stamp != version:
            step = best_step(k)
            if step is not None:
                heapq.heappush(heap, (-step[0], k, step[1], version))
            continue
        g = groups[k]
        current = chosen.get(k)
        if current is None:
            if not g.usable(lead.text_of(chosen[core])):
                dead.add(k)
                continue
            shingles = _shingles(g.text_of(e), chinese)
            if any(_similar(shingles, t) for t in said):
                dead.add(k)
                continue
            said.append(shingles)
            bullets += 1
            per_paragraph[g.paragraph] = per_paragraph.get(g.paragraph, 0) + 1
            spans.setdefault(g.paragraph, []).append((g.start, e))
            total += e - g.start
        else:
            spans[g.paragraph].remove((g.start, current))
            spans[g.paragraph].append((g.start, e))
            total += e - current
        chosen[k] = e
        covered.update(key for _, key, _, end in g.atoms if end <= e)
        version += 1
        step = best_step(k)  # the same span, longer
        if step is not None:
            heapq.heappush(heap, (-step[0], k, step[1], version))
    if extend:
        _fill_leftover(groups, chosen, spans, core, limit - total)
    return core, chosen[core], chosen


def _fill_leftover(groups: list[_Group], chosen: dict[int, int], spans: dict[int, list[tuple[int, int]]],
                   core: int, left: int) -> int:
    """Characters the selection left unused (no step with a figure or a name fits them) go to
    telling the chosen spans more fully: the Core Viewpoint first (the news: '…the highest since
    2008'), then each bullet in the order it was chosen, each grown to its longest end that fits
    and stops short of the next span in its paragraph. Nothing new is said, so no check changes:
    each is still a span of its sentence. Returns the characters still left."""
    for k in [core] + [k for k in chosen if k != core]:
        if left <= 0:
            break
        g, current = groups[k], chosen[k]
        stop = current + left
        for s, _ in spans.get(g.paragraph, ()):
            if current <= s < stop and s != g.start:
                stop = s
        end = next((e for e in reversed(g.ends) if current < e <= stop), None)
        if end is None:
            continue
        taken = spans[g.paragraph]
        taken[taken.index((g.start, current))] = (g.start, end)
        chosen[k] = end
        left -= end - current
    return left

