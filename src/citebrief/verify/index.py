"""Per-article index: the atoms of every paragraph, computed once per article and reused for
every claim of every brief of that article."""
from __future__ import annotations

import bisect
import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from citebrief.article import Article
from citebrief.facts.atoms import MONTH_BEFORE_EN_RE, QUARTER_BEFORE_EN_RE, Figure, TextFacts, inside_word, prepare, read
from citebrief.facts.company_names import company_endings, company_spans
from citebrief.facts.gazetteer import Entity, by_stock_code, group_members, lookup, namesakes
from citebrief.facts.glossary import word_list
from citebrief.facts.lexicon import is_common_word
from citebrief.facts.names import han_abbreviates
from citebrief.facts.people import is_person_name
from citebrief.facts.places import COUNTRY_NAMES, CURRENCY
from citebrief.facts.quantities import Quantity, matches, reach as quantity_reach, same_value
from citebrief.facts.surnames import paragraph_names, short_forms
from citebrief.facts.temporal import RELATIVE_YEARS, keys_of, months_of, written_by_months
from citebrief.text.script import HAN as _HAN, HAN_CLASS
from citebrief.verify.lots import LOTS_AFTER

if TYPE_CHECKING:  # bound lazily below (facts.binding is loaded on first use)
    from citebrief.facts.binding import Subject


class Paragraph:
    """One paragraph; its atoms are read on first use (a claim copied verbatim from its cited
    paragraph never needs them)."""

    __slots__ = ("number", "raw", "_facts", "_text", "_lower", "_temporal_keys", "_pinyin", "_clauses",
                 "_bindings", "_people", "_subjects", "_spans", "carried", "abbreviations", "other_names", "story_names")

    def __init__(self, number: int, raw: str) -> None:
        self.number, self.raw = number, raw
        self._facts: TextFacts | None = None
        self._text: str | None = None
        self._lower: str | None = None
        self._temporal_keys: set[str] | None = None
        self._pinyin: dict[str, str] | None = None
        self._clauses: list | None = None
        self._bindings: list | None = None
        self._people: list | None = None
        self._subjects: list | None = None
        self._spans: dict[tuple, tuple[object, list[tuple[int, int]]]] = {}
        self.carried: Callable[[], list[Subject]] | None = None  # a callable giving the subjects an earlier paragraph listed (set by the index)
        # The abbreviations (南纺) the story uses for a gazetteer company it never spells out (set by the index).
        self.abbreviations: Callable[[Entity], tuple[str, ...]] | None = None
        # The short names a Chinese story gives gazetteer companies (日友 for 日友環保; set by the index).
        self.story_names: Callable[[], tuple[str, ...]] | None = None
        # The other names an English story gives a subject in brackets ('Bharat Dynamics (BDL)'; set by the index).
        self.other_names: Callable[[str, int | None], tuple[str, ...]] | None = None

    @property
    def facts(self) -> TextFacts:
        if self._facts is None:
            self._facts = read(self.raw)
        return self._facts

    @property
    def text(self) -> str:
        """Width-normalised, simplified text, case kept."""
        if self._text is None:
            self._text = self._facts.text if self._facts else prepare(self.raw)
        return self._text

    @property
    def lower(self) -> str:
        """Folded text (simplified, NFKC, lower case): where names and source forms are searched."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    @property
    def temporal_keys(self) -> set[str]:
        if self._temporal_keys is None:
            self._temporal_keys = keys_of(self.facts.temporals)
        return self._temporal_keys

    @property
    def clauses(self) -> list:
        """Labels and values clause by clause (see verify.pairs), for claims that pair them."""
        if self._clauses is None:
            from citebrief.verify.pairs import source_clauses

            self._clauses = source_clauses(self.text)
        return self._clauses

    @property
    def bindings(self) -> list:
        """Every figure tied to its subject, metric, base, denominator and period (facts.binding)."""
        if self._bindings is None:
            from citebrief.facts.binding import bind

            self._bindings = bind(self.facts, self.carried() if self.carried else None,
                                  self.story_names() if self.story_names else ())
        return self._bindings

    @property
    def subjects(self) -> list:
        """The subject mentions of this paragraph (facts.binding.subjects_of)."""
        if self._subjects is None:
            from citebrief.facts.binding import subjects_of

            self._subjects = subjects_of(self.facts)
        return self._subjects

    @property
    def people(self) -> list:
        """The people this paragraph names, with their titles (facts.people)."""
        if self._people is None:
            from citebrief.facts.people import people

            self._people = people(self.facts)
        return self._people

    @property
    def places(self) -> list[str]:
        """The prefectures, provinces and counties this Chinese paragraph names, by their suffix
        ('熊本县', '埼玉县', '广东省'): places whose names readings can find (not '丹吉尔', Tangier)."""
        return list(dict.fromkeys(_HAN_PLACE.findall(self.text))) if self.facts.han else []

    def person_matching(self, person, glosses: dict[str, list[str]] | None = None):
        """The person of this paragraph who is the claim's ``person`` (facts.people.Person), or None."""
        for p in self.people:
            if person.entity_id is not None and person.entity_id == p.entity_id:
                return p
        spans = self.subject_spans(person, glosses)
        for p in self.people:
            if any(a < p.end and p.start < b for a, b in spans):
                return p
        # 'Wendell Huang' for 黄仁昭: an English given name and the surname's reading.
        from citebrief.facts.readings import char_readings

        words = [w.lower() for w in re.findall(r"[A-Za-z]+", person.text)]
        if len(words) == 1:
            # 'Sun's forecast' for 孙颖's: a surname alone, when one person of the paragraph has it.
            having = [p for p in self.people if p.text and _HAN.match(p.text[0]) and words[0] in char_readings(p.text[0])]
            if len(having) == 1:
                return having[0]
        if len(words) == 2:
            for p in self.people:
                if p.text and _HAN.match(p.text[0]) and (words[1] in char_readings(p.text[0])
                                                        or words[0] in char_readings(p.text[0])):
                    return p
        # 'Hsieh Huey-chuan' for 谢惠全, 'Lee Chang-ken' for 李长庚: a name in its owner's own
        # romanisation, each given syllable starting as a reading of its character does.
        m = _OWN_SPELLING.fullmatch(person.text.strip())
        if m:
            surname, first, second = (g.lower() for g in m.groups())
            for p in self.people:
                if len(p.text) == 3 and _HAN.match(p.text[0]) and surname in char_readings(p.text[0]) and \
                        any(r[:1] == first[:1] for r in char_readings(p.text[1])) and \
                        any(r[:1] == second[:1] for r in char_readings(p.text[2])) and \
                        not _other_korean_name(surname, first, second, p.text):
                    return p
        return None

    def subject_spans(self, subject, glosses: dict[str, list[str]] | None = None) -> list[tuple[int, int]]:
        """Where this paragraph names ``subject`` (a claim's facts.binding.Subject): by the
        gazetteer's forms, literally (with the Han name a parenthesis glosses), by the article's own
        glosses ('联晶半导体（UniCrystal）' makes 联晶 UniCrystal), or by reading its Han characters
        in some romanisation (facts.readings)."""
        # Remembered per paragraph: attribution asks every paragraph about the same claim subject
        # for each of its figures. The spans depend only on the name, its entity, whether it is a
        # person with roles, and the glosses (the index's own dict, compared by identity).
        key = (subject.text, subject.entity_id, hasattr(subject, "roles"))
        hit = self._spans.get(key)
        if hit is not None and hit[0] is glosses:
            return list(hit[1])
        spans = self._subject_spans(subject, glosses)
        self._spans[key] = (glosses, spans)
        return list(spans)

    def _subject_spans(self, subject, glosses: dict[str, list[str]] | None) -> list[tuple[int, int]]:
        from citebrief.facts.gazetteer import load

        spans: list[tuple[int, int]] = []
        low = self.lower
        if subject.entity_id is not None:
            # ('CSSC': the state group and its listed arm go by one English name; either is meant.)
            for ent in namesakes(load().entities[subject.entity_id], subject.text):
                for form in ent.folded_forms + (self.abbreviations(ent) if self.abbreviations else ()):
                    spans += [sp for sp in _all_spans(low, form) if not inside_word(low, sp[0], len(form))]
                for name in ent.english:
                    spans += [m.span() for m in _name_pattern(name).finditer(self.text)]
        name = subject.text.lower().removesuffix("'s").removesuffix("’s").strip()
        if name:
            # Word bounds for Latin names only: '芯源微电子7月8日宣布' names 芯源微电子.
            left = r"(?<![a-z0-9])" if name[0].isascii() else ""
            right = r"(?![a-z0-9])" if name[-1].isascii() else ""
            for m in re.finditer(left + re.escape(name) + right, low):
                spans.append(m.span())
                glossed = _GLOSSED_BEFORE.search(low, 0, m.start())
                if glossed:
                    spans.append(glossed.span(1))
            for form in _gloss_forms(name, glosses or {}):
                spans += _all_spans(low, form)
            words = name.split()
            if len(words) > 1 and not spans and len(words[0]) >= 5 and not is_person_name(subject.text):
                # 'Seohae Marine' is 'Seohae' in later sentences.
                spans += [m.span() for m in re.finditer(r"(?<![a-z0-9])" + re.escape(words[0]) + r"(?![a-z0-9])", low)]
            elif len(words) > 1 and spans and len(words[0]) >= 3 and name in low and not is_person_name(subject.text) \
                    and not _GAUGE_NAME.search(name):  # (not 'Topix' alone for the Topix electric power and gas index)
                # ('Lark Distilling Co. … Lark's net loss': a shorter first word alone, where the paragraph
                # spells the whole name and gives the word to no other name: not 'Air Busan … Air Seoul'.)
                alone = [m for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(subject.text.split()[0]) + r"(?![A-Za-z0-9])",
                                                self.text)]
                if all(self.text.startswith(subject.text, m.start()) or not _NEXT_CAPITAL.match(self.text, m.end())
                       for m in alone):
                    # (Not the last word of another name: 'Air' of 'Akasa Air' is not Air India.)
                    spans += [m.span() for m in alone if not _NEXT_CAPITAL.match(self.text, m.end())
                              and not _CAPITALISED_BEFORE.search(self.text, max(0, m.start() - 30), m.start())]
            if self.facts.han and name.isascii() and not spans:
                spans += company_spans(subject.text, low, self.pinyin)  # 'China Film' = 中国电影
            # (Readings are loose: not where the paragraph names the entity by its forms, '吉林化纤'
            # for Jilin Chemical Fiber, whose 'Jilin' would read into 吉林碳谷 too.)
            if self.facts.han and name.isascii() and not (spans and subject.entity_id is not None):
                from citebrief.facts.readings import name_spans

                person = is_person_name(subject.text) or hasattr(subject, "roles")
                read = name_spans(subject.text, self.text, person=person)
                if not person:
                    # A company read into Han characters only inside a subject the paragraph names:
                    # readings are loose enough to find 'Hang Cheong' across 银行 and the next word.
                    # (Or a subject a figure's binding gives: '古越龙山董事长…' opens with its company.)
                    named = list(self.subjects) + [b.subject for b in self.bindings
                                                   if b.subject is not None and b.subject.start >= 0]
                    # (Or one the company word of its English name follows: 'Pei Cheng Securities' = 北城 before 证券.)
                    endings = company_endings(subject.text)
                    read = [r for r in read if any(s.start <= r[0] and r[1] <= s.end for s in named)
                            or (endings and low.startswith(endings, r[1]))]
                spans += read
        if self.other_names is not None:
            for other in self.other_names(subject.text, subject.entity_id):
                spans += [m.span() for m in _name_pattern(other).finditer(self.text)]
        return spans

    @property
    def pinyin(self) -> dict[str, str]:
        if self._pinyin is None:
            from citebrief.facts.names import pinyin_windows

            self._pinyin = pinyin_windows(self.facts.text) if self.facts.han else {}
        return self._pinyin


_GAUGE_NAME = re.compile(r"\s(?:index|sub-index|subindex|gauge)$")


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][A-Za-z-]+\s$")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w&-]*")


def _other_korean_name(surname: str, first: str, second: str, han: str) -> bool:
    """Whether a name read in Korean ('Kim' for 金) misreads a given syllable of the Han name: Korean
    names are romanised syllable by syllable, so 'Kim Tae-hoon' is not 金泰浩 (Kim Tae-ho)."""
    from citebrief.facts.readings import chinese_readings, korean_readings

    if surname not in korean_readings(han[0]) or surname in chinese_readings(han[0]):
        return False  # (not 'Lee', which Taiwan and Hong Kong write too)
    return first not in korean_readings(han[1]) or second not in korean_readings(han[2])


_OWN_SPELLING = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+)-([a-z]+)")


def _figure_class(q) -> str:
    if q.kind in ("amount", "number", "points"):
        return "money"
    return f"pp:{q.unit}" if q.kind == "bp" else f"{q.kind}:{q.unit}"


# National currencies an English story's amounts may place it by (ArticleIndex.home_place).
_CURRENCY_COUNTRY = {"AUD": "AU", "NZD": "NZ", "SGD": "SG", "MYR": "MY", "INR": "IN", "TWD": "TW", "HKD": "HK",
                     "THB": "TH", "KRW": "KR", "IDR": "ID", "PHP": "PH", "VND": "VN", "JPY": "JP"}


@dataclass
class ArticleIndex:
    article: Article
    _entities: dict[int, list[int]] = field(default_factory=dict)
    _literals: dict[str, list[int]] = field(default_factory=dict)
    _names: dict[tuple[str, bool], tuple[list[int], str | None]] = field(default_factory=dict)
    _figures: dict[str, tuple[list[float], list[tuple[int, Figure]]]] | None = None
    _topic: frozenset[int] | None = None
    _title_pinyin: dict[str, str] | None = None
    _abbreviations: dict[int, tuple[str, ...]] = field(default_factory=dict)  # see _abbreviations_of
    _listed: dict[int, list] = field(default_factory=lambda: {0: []})  # see _listed_before
    # Each paragraph's figures' heads, by paragraph number and figure span (filled by verify.heads).
    figure_heads: dict[int, dict[tuple[int, int], set[str]]] = field(default_factory=dict)

    @cached_property
    def recurring_names(self) -> frozenset[str]:
        """The story's own capitalised names: the words of its title ('Screen', 'Geo'), and words of three
        or more paragraphs that are no common words ('Insulation' may head a division in every paragraph)."""
        counts: dict[str, int] = {}
        for p in self.paragraphs:
            for w in set(_CAPITALISED_WORD.findall(p.text)):
                counts[w] = counts.get(w, 0) + 1
        title = set(_CAPITALISED_WORD.findall(self.article.title or ""))
        return frozenset(w for w in counts.keys() | title
                         if w in title or (counts[w] >= 3 and not is_common_word(w.lower())))

    @cached_property
    def raw(self) -> list[str]:
        """The paragraphs as written (all a verbatim quote needs)."""
        return self.article.paragraphs

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """Paragraph objects, made on first use: a brief of verbatim quotes never needs them."""
        paragraphs = [Paragraph(n, text) for n, text in enumerate(self.article.paragraphs, 1)]
        for i, p in enumerate(paragraphs):
            p.carried = (lambda i=i: self._listed_before(i))
            p.abbreviations = self._abbreviations_of
            p.other_names = self._other_names
            p.story_names = lambda: self.story_names
        return paragraphs

    def _listed_before(self, i: int) -> list[Subject]:
        """The last list of subjects the paragraphs before paragraph index ``i`` name.

        Remembered for every index on the way (answer(k + 1) is paragraph k's list, else
        answer(k)), so asking paragraph by paragraph costs one list each, not a walk back over
        the whole article from each paragraph (quadratic on a long article with no lists)."""
        from citebrief.facts.binding import subject_list

        memo = self._listed
        start = i
        while start not in memo:
            start -= 1
        for k in range(start, i):
            memo[k + 1] = subject_list(self.paragraphs[k].facts) or memo[k]
        return memo[i]

    @cached_property
    def han(self) -> bool:
        """Whether the article is (partly) in Chinese: read on first use (quotes never need it)."""
        return any(_HAN.search(p) for p in self.article.paragraphs)

    @cached_property
    def of_mainland_companies(self) -> bool:
        """Whether the story names two or more mainland companies and nearly only them (a Hong Kong story
        of mainland makers prices 'in China' in its bare 元)."""
        from citebrief.facts.atoms import source_names

        companies = {e.id: e.country for p in self.paragraphs for m in source_names(p.lower)
                     if (e := m.entity) is not None and e.kind == "company" and e.country}
        mainland = sum(c == "CN" for c in companies.values())
        return mainland >= 2 and mainland >= 0.75 * len(companies)

    @cached_property
    def lead_periods(self) -> set[str]:
        """Quarters and halves named by the title or the first paragraph: the story's period."""
        from citebrief.facts.temporal import find_temporals

        keys = {t.key for t in find_temporals(prepare(self.article.title))[0] if t.kind == "quarter" and not _REPORT_NAMED.search(t.text)}
        first = {t.key for t in self.paragraphs[0].facts.temporals if t.kind == "quarter" and _REPORT_NAMED.search(t.text)} - {
            t.key for t in self.paragraphs[0].facts.temporals if t.kind == "quarter" and not _REPORT_NAMED.search(t.text)}
        return keys | {k for k in self.paragraphs[0].temporal_keys if (k[:1] in "QHR" or k.endswith("M")) and k not in first}

    @cached_property
    def story_quarter(self) -> str | None:
        """The first calendar quarter the body names ('second quarter to June 30' in [2]): the quarter a
        later 'quarterly sales' or 'during the quarter' is of."""
        first = self._first_named("Q")
        return first[0] if first else None

    @cached_property
    def story_half(self) -> str | None:
        """The first half-year the body names ('a first-half net profit' in [6]): the half a later 'in the
        half' is of."""
        first = self._first_named("H")
        # (Not where the story numbers both halves: 'First-half net profit rose 12%…; a weaker second half'.)
        numbered = {t.key for p in self.paragraphs for t in p.facts.temporals
                    if t.kind == "quarter" and t.key in ("H1", "H2") and not written_by_months(t.text)}
        return first[0] if first and len(numbered) < 2 else None

    @cached_property
    def story_half_by_months(self) -> bool:
        """Whether the story's half is written by its months ('the six months to December 31'), which a
        fiscal year numbered from July calls its first half: a claim's numbered half may be either."""
        first = self._first_named("H")
        return first is not None and written_by_months(first[1])

    def _first_named(self, kind: str) -> tuple[str, str] | None:
        for p in self.paragraphs:
            named = sorted((t.start, t.key, t.text) for t in p.facts.temporals if t.kind == "quarter" and t.key[:1] == kind)
            if named:
                return named[0][1], named[0][2]
        return None

    @cached_property
    def lead_year(self) -> str | None:
        """The one year the title and the first paragraph's figures are of ('2027年年报：全年实现营业收入…'),
        not counting years a figure is compared with: the year the story reports on, implied by later
        paragraphs' figures that name no year of their own ('分业务看，城镇水务业务收入142.37亿元')."""
        from citebrief.facts.temporal import find_temporals

        years = {t.key for t in find_temporals(prepare(self.article.title))[0] if t.kind == "year" and t.key.isdigit()}
        dated = self.article.published_at.year if self.article.published_at else None
        for b in self.paragraphs[0].bindings if self.count else ():
            if b.year is None or b.compared:
                continue
            if b.year.isdigit():
                years.add(b.year)
            elif dated is not None:
                years.add(str(dated + int(b.year)))
        return years.pop() if len(years) == 1 else None

    @cached_property
    def title_quarter(self) -> str | None:
        """The one quarter or half the title reports on ("third-quarter profits"): the period of the
        figures of paragraphs that name no period of their own."""
        from citebrief.facts.temporal import find_temporals

        # (Not a report named by its quarter, '三季报': its figures are mostly the nine months'.)
        keys = {t.key for t in find_temporals(prepare(self.article.title))[0]
                if t.kind == "quarter" and t.key[:1] in "QH" and not t.base and not _REPORT_NAMED.search(t.text)}
        return keys.pop() if len(keys) == 1 else None

    @cached_property
    def lead_month(self) -> str | None:
        """The one month the title and the first paragraph's figures report on ('October sales',
        '10月份…7,286宗'), not counting months a change is measured from: the story's month, implied in
        later paragraphs."""
        from citebrief.facts.temporal import find_temporals

        months = {t.key for t in find_temporals(prepare(self.article.title))[0] if t.kind == "month" and not t.base}
        if self.count:  # the first paragraph's months its figures are of ('since December' is not one)
            months |= {b.period for b in self.paragraphs[0].bindings
                       if b.period and b.period[:1] == "M" and "-" not in b.period and not b.compared}
        return months.pop() if len(months) == 1 else None

    @cached_property
    def yuan_currencies(self) -> str:
        """What a bare 元 means in this story, by its place (source, URL, script) and the currencies
        it names: renminbi in a mainland story, NT$ in a Taiwanese one, HK$ in a Hong Kong one
        (facts.places). Codes joined by '|', the most likely first."""
        from citebrief.facts.places import yuan_currencies

        text = prepare(" ".join([self.article.title, *self.article.paragraphs])).lower()
        return yuan_currencies(self.article, text)

    @cached_property
    def dollar_currency(self) -> str:
        """What a bare '$' means in this story: S$ in a Singapore paper's, A$ in an Australian one's."""
        from citebrief.facts.places import dollar_currency

        return dollar_currency(self.article)

    @cached_property
    def home_place(self) -> int | None:
        """The gazetteer place a Chinese story is of, by what its bare 元 means (China for a mainland
        story): national figures there rarely name it ('全国一般公共预算收入' is China's). An English story's is
        the one country whose ministries, regulators and central bank it names ('Ramyeon exports totalled…,
        the Ministry of Agriculture, Food and Rural Affairs said' is South Korea's)."""
        if self.han:
            name = COUNTRY_NAMES.get(self.country or "")
        else:
            from citebrief.facts.atoms import english_names

            named = [n.entity for p in self.paragraphs for n in english_names(p.text) if n.entity is not None and n.entity.country]
            countries: set[str] = {e.country for e in named if e.kind in ("regulator", "central_bank") and e.country}
            if not countries:
                # (Else the country nearly all its companies and places are of: a story of Tokyo's
                # railways is Japan's though it never says 'Japan'.)
                counts = Counter(e.country for e in {e.id: e for e in named if e.kind in ("company", "place")}.values() if e.country)
                top = counts.most_common(1)
                countries = {top[0][0]} if top and top[0][1] >= 3 and top[0][1] >= 0.75 * sum(counts.values()) else set()
            if not countries:
                # (Else the country of the currency nearly all its amounts are in: a story told in A$ is
                # Australia's.)
                money = Counter(_CURRENCY_COUNTRY.get(f.q.unit or "") for p in self.paragraphs for f in p.facts.figures
                                if f.q.kind == "amount")
                top = [(c, k) for c, k in money.most_common(2) if c]
                countries = {top[0][0]} if top and top[0][1] >= 3 and top[0][1] >= 0.75 * sum(money.values()) else set()
            name = COUNTRY_NAMES.get(next(iter(countries))) if len(countries) == 1 else None
        return next((e.id for e in lookup(name) if e.kind == "place"), None) if name else None

    @property
    def country(self) -> str | None:
        """'CN', 'TW' or 'HK': the place a bare 元 is of in this story (yuan_currencies)."""
        return _YUAN_COUNTRY.get(self.yuan_currencies.split("|")[0])

    @property
    def topic(self) -> frozenset[int]:
        """Gazetteer entities the title names: the story's subject (read on first use)."""
        if self._topic is None:
            self._topic = _topic(self.article.title) | self._title_story_names()
        return self._topic

    def _title_story_names(self) -> frozenset[int]:
        """Companies a Chinese title names by a form only the story gives them: the short form of a
        company of the first paragraph (好孩子 for the 好孩子国际 of [1], which later paragraphs call
        集团), or the name the story writes with the company's stock code (钒钛股份（000629）, which the
        gazetteer knows as 攀钢钒钛)."""
        if not self.han or not self.paragraphs:
            return frozenset()
        from citebrief.facts.gazetteer import load

        title = prepare(self.article.title).lower()
        out = set()
        for s in self.paragraphs[0].subjects:
            ent = load().entities[s.entity_id] if s.entity_id is not None else None
            if ent is not None and ent.kind == "company" and \
                    any(short in title for short in _less_endings([f for f in self._own_forms(ent) if _HAN.match(f[:1])])):
                out.add(ent.id)
        for _, name, code in self._tickers:
            listed = by_stock_code(code)
            # (A name that shares two characters with the listed company's: 钒钛股份 for 攀钢钒钛, not another
            # company's name written with a code the gazetteer gives someone else.)
            if len(listed) == 1 and len(name) >= 2 and name in title and \
                    any(len(set(name) & set(f)) >= 2 for f in listed[0].folded_forms):
                out.add(listed[0].id)
        return frozenset(out)

    @cached_property
    def dateline_key(self) -> str | None:
        """The temporal key of the day the article is dated ('M10-D30')."""
        when = self.article.published_at
        return f"M{when.month}-D{when.day}" if when else None

    @cached_property
    def glosses(self) -> dict[str, list[str]]:
        """English names the article glosses in parentheses -> their Han names (see glosses_of); in an
        English article, the name a company trades as -> its registered name ('Lincoln Educational
        Services, which trades as Lincoln Tech')."""
        if not self.han:
            return trade_names_of(self.article.paragraphs)
        return glosses_of([prepare(p) for p in self.article.paragraphs])

    @cached_property
    def count(self) -> int:
        return len(self.article.paragraphs)

    def _figure_table(self) -> dict[str, tuple[list[float], list[tuple[int, Figure]]]]:
        """Figures of the whole article by class, sorted by value, for range lookups."""
        if self._figures is None:
            groups: dict[str, list[tuple[float, int, Figure]]] = {}
            for p in self.paragraphs:
                for f in p.facts.figures:
                    f = replace(f, q=self.story_quantity(f.q))
                    groups.setdefault(_figure_class(f.q), []).append((f.q.value, p.number, f))
            table = {}
            for key, items in groups.items():
                items.sort(key=lambda it: it[0])
                table[key] = ([it[0] for it in items], [(it[1], it[2]) for it in items])
            self._figures = table
        return self._figures

    def story_quantity(self, q: Quantity) -> Quantity:
        """``q`` with a bare 元 read as the story's currency: NT$ in a Taiwanese story, HK$ in a Hong
        Kong one ('412.7亿元'); renminbi needs no change."""
        yuan = self.yuan_currencies
        if q.meta.get("bare_dollar") and self.dollar_currency != "USD":
            return replace(q, unit=self.dollar_currency)  # '$1.47' in The Straits Times is S$1.47
        return replace(q, unit=yuan) if yuan != "CNY" and q.meta.get("bare_yuan") else q

    def figures_matching(self, q: Quantity, numbers: list[int]) -> list[tuple[int, Figure]]:
        """(paragraph number, figure) of the paragraphs ``numbers`` (each once, out-of-range ones left out)
        whose figure is ``q``, read in the story's currency."""
        return [(n, f) for n in dict.fromkeys(numbers) if 1 <= n <= self.count
                for f in self.paragraphs[n - 1].facts.figures if matches(q, self.story_quantity(f.q))]

    def bindings_matching(self, q: Quantity, numbers: list[int]) -> list:
        """The bindings (facts.binding.Binding) of the paragraphs ``numbers`` whose figure is ``q``,
        read in the story's currency (``story_quantity``)."""
        return [sb for n in numbers for sb in self.paragraphs[n - 1].bindings if matches(q, self.story_quantity(sb.figure.q))]

    def figure_paragraphs(self, fig: Figure) -> tuple[list[int], list[int]]:
        """Paragraphs holding the figure; and those where it also goes the same way (or no way)."""
        table = self._figure_table()
        # A claim's bare 元 is the story's 元, as the source's is.
        fig = replace(fig, q=self.story_quantity(fig.q))
        reach = quantity_reach(fig.q)  # 'about 3,420 yen' reaches 3,418 yen
        lookups = [(_figure_class(fig.q), 1.0)]
        if fig.q.kind == "percent":
            lookups.append(("figure:x", 100.0))  # 'rose 120%' may be written '增长1.2倍'
        elif fig.q.kind == "number" and not fig.q.unit:
            lookups.append(("figure:x", 1.0))  # 'a price-earnings ratio of 16.8' may be written '16.8倍'
        elif fig.q.kind == "points":
            lookups.append(("pp:pp", 1.0))  # '0.4 points' after a percentage = 0.4个百分点
        elif fig.q.kind in ("pp", "bp"):
            lookups.append(("money", 1.0))  # an English source may say 'down 0.4 points'
            lookups.append(("percent:%", 1.0))  # or Hong Kong's '下调0.125厘'
        per_para: dict[int, list[Figure]] = {}
        for key, scale in lookups:
            values, items = table.get(key, ([], []))
            lo = bisect.bisect_left(values, (fig.q.value - reach) / scale)
            hi = bisect.bisect_right(values, (fig.q.value + reach) / scale)
            for n, f in items[lo:hi]:
                if matches(fig.q, f.q):
                    per_para.setdefault(n, []).append(f)
        if fig.q.unit == "x" and fig.direction is None and fig.q.value > 1:
            # '2.2 times the second quarter's' is '季增1.2倍': a rise by a multiple is one more times as much.
            values, items = table.get("figure:x", ([], []))
            lo = bisect.bisect_left(values, fig.q.value - 1 - reach)
            hi = bisect.bisect_right(values, fig.q.value - 1 + reach)
            for n, f in items[lo:hi]:
                if rise_as_multiple(fig, f):
                    per_para.setdefault(n, []).append(replace(f, direction=None))
            values, items = table.get("percent:%", ([], []))  # ('about 2.7 times the first quarter's': '环比增长171.4%')
            lo = bisect.bisect_left(values, (fig.q.value - 1 - reach) * 100)
            hi = bisect.bisect_right(values, (fig.q.value - 1 + reach) * 100)
            for n, f in items[lo:hi]:
                if rise_as_multiple(fig, f):
                    per_para.setdefault(n, []).append(replace(f, direction=None))
        if fig.q.kind == "number" and not fig.q.unit and fig.q.value >= 1000:
            # ('8,000 lots, or 8 million shares' for 买回8,000张: Taiwan's lots of 1,000 shares.)
            values, items = table.get(_figure_class(fig.q), ([], []))
            lo = bisect.bisect_left(values, (fig.q.value - reach) / 1000)
            hi = bisect.bisect_right(values, (fig.q.value + reach) / 1000)
            for n, f in items[lo:hi]:
                shares = replace(f.q, value=f.q.value * 1000, precision=f.q.precision * 1000)
                if LOTS_AFTER.match(self.paragraphs[n - 1].facts.text, f.q.end) and matches(fig.q, shares):
                    per_para.setdefault(n, []).append(replace(f, q=shares))
        if fig.q.kind == "percent" and fig.q.value in (10.0, 20.0, 30.0):
            # '20cm涨停': a limit-up of 20% (ChiNext and STAR shares), the figure written as a width.
            limit = re.compile(rf"(?<![\d.]){int(fig.q.value)}\s?cm\s?(涨停|跌停)")
            for p in self.paragraphs:
                if (m := limit.search(p.lower)) is not None:
                    per_para.setdefault(p.number, []).append(replace(fig, direction="up" if m.group(1) == "涨停" else "down"))
        found, same_way = sorted(per_para), []
        for n in found:
            hits = per_para[n]
            # An exact figure outranks one that merely rounds to the claim's (1.6% vs 1.63%).
            exact = [f for f in hits if math.isclose(f.q.value, fig.q.value, rel_tol=1e-9)]
            if any(fig.direction is None or f.direction is None or f.direction == fig.direction
                   for f in (exact or hits)):
                same_way.append(n)
        return found, same_way

    def temporal_paragraphs(self, key: str, base: bool = False) -> list[int]:
        """Paragraphs holding a date key; a year also where the text says 'this year' (今年) and the
        article is dated that year (or last/next year for 去年/明年). A period a change is measured
        from (``base``: 'fell 2.1% from August') also where the next period's sequential change is
        given (9月 ... 月减2.1%); a half or quarter also where the paragraph says 'in the half' and
        the title or an earlier paragraph named that half and no other (facts.temporal)."""
        relative = self._relative_year_words(key)
        found = [p.number for p in self.paragraphs
                 if key in p.temporal_keys or (relative and any(w in p.lower for w in relative))]
        if key[:1] == "M" and key[1:].isdigit():
            from citebrief.facts.temporal import RELATIVE_MONTHS, months_back

            when = self.article.published_at
            words = RELATIVE_MONTHS.get((int(key[1:]) - when.month + 6) % 12 - 6, ()) if when else ()
            if words:  # 'signed ... this month' in an October story: October
                found = sorted(set(found) | {p.number for p in self.paragraphs if any(w in p.lower for w in words)})

            # ('up from 79.6 percent three months earlier' than September: June)
            found = sorted(set(found) | {p.number for p in self.paragraphs if key in months_back(p.lower)})
        if key in ("H1", "H2"):
            # ('the first half' for 'the six months to October 31': a fiscal year's half, the first of one
            # ending in April; a half ending in December or March may be a fiscal year's second.)
            found = sorted(set(found) | {p.number for p in self.paragraphs if any(_fiscal_half(k, key) for k in p.temporal_keys)})
        if "-D" in key and self.article.published_at:  # '昨（10）日', 'on Sunday': days told by the dateline
            found = sorted(set(found) | {n for n, days in enumerate(self._dated_days, 1) if key in days})
        if base or key[:1] in "QHR":
            implied = self._implied_periods.get((key, base))
            if implied is None:
                implied = self._implied_periods[(key, base)] = self._implied(key, base)
            if implied:
                found = sorted(set(found).union(implied))
        return found

    @cached_property
    def _dated_days(self) -> list[set[str]]:
        """Each paragraph's days named relative to the dateline (facts.temporal.dated_days)."""
        from citebrief.facts.temporal import dated_days

        dated = self.article.published_at.date() if self.article.published_at else None
        return [dated_days(p.lower, dated) if dated else set() for p in self.paragraphs]

    @cached_property
    def _implied_periods(self) -> dict[tuple[str, bool], list[int]]:
        return {}

    def _implied(self, key: str, base: bool) -> list[int]:
        from citebrief.facts.temporal import established, find_temporals, keys_of, measured_from, refers_back

        out: list[int] = []
        dated = self.article.published_at.date() if self.article.published_at else None
        named: set[str] = keys_of(find_temporals(prepare(self.article.title))[0])
        for p in self.paragraphs:
            keys = p.temporal_keys
            if key not in keys:
                # (The period after the base may be the story's, named earlier: 'the previous quarter'.)
                if base and measured_from(key, keys | named, p.lower):
                    out.append(p.number)
                elif refers_back(key, p.lower) and established(key, named, dated):
                    out.append(p.number)
            named = named | keys
        return out

    def _relative_year_words(self, key: str) -> tuple[str, ...]:
        when = self.article.published_at
        if when is None or not key.isdigit():
            return ()
        offset = int(key) - when.year
        return RELATIVE_YEARS.get(offset, ())

    def basis_paragraphs(self, basis: str) -> list[int]:
        """Paragraphs that do not contradict the comparison basis (same basis, or none stated)."""
        from citebrief.facts.binding import EARLIER_LEVEL

        other = "qoq" if basis == "yoy" else "yoy"
        # (Or a figure bound to it: 'a 24.3 percent rise … to ₹712.6 crore from ₹573.3 crore a year
        # earlier'; its bindings are read only where such a pair may be.)
        return [p.number for p in self.paragraphs if basis in p.facts.bases or other not in p.facts.bases
                or (basis == "qoq" and QUARTER_BEFORE_EN_RE.search(p.lower) is not None)  # '7.2% from the April-June quarter'
                or (basis == "qoq" and MONTH_BEFORE_EN_RE.search(p.lower) is not None)  # 'up 9.6% from August'
                or (EARLIER_LEVEL.search(p.lower) is not None and any(b.base == basis for b in p.bindings))]

    def named_member(self, name: str) -> Entity | None:
        """The one company whose English name opens with ``name`` that the story names, if there is one
        ('Cleanaway' for 可寧衛, the gazetteer's Cleanaway Company, where its own 'Cleanaway' is an
        Australian company the story never names)."""
        named = [e for e in group_members(name) if self.entity_paragraphs(e)]
        return named[0] if len(named) == 1 else None

    def entity_paragraphs(self, ent: Entity) -> list[int]:
        hit = self._entities.get(ent.id)
        if hit is None:
            forms = self._own_forms(ent)
            patterns = [_name_pattern(n) for n in ent.english]
            if short_forms(ent):
                # A surname alone (安倍) must not count inside a longer word (安倍经济学, Abenomics).
                hit = [p.number for p in self.paragraphs
                       if paragraph_names(ent, p.lower) or any(pat.search(p.text) for pat in patterns)]
            else:
                hit = [p.number for p in self.paragraphs
                       if any(_names_form(p.lower, f) for f in forms) or any(pat.search(p.text) for pat in patterns)]
                if not hit and ent.kind == "company" and self.han:
                    # ('China Film' = 中国电影 where the gazetteer keeps only 中国电影股份: its English name's
                    # place or pinyin head and company word, as a Chinese story writes them.)
                    hit = sorted({n for name in ent.english for n in self.company_paragraphs(name)[0]})
                shorts = self._story_short_forms(ent, forms) if hit else self._story_abbreviations(ent, forms)
                if shorts:
                    hit = sorted(set(hit) | {p.number for p in self.paragraphs
                                             if any(_names_short(p.lower, f, ent.id) for f in shorts)})
                heads = self._english_heads(ent) if hit and not self.han else ()
                if heads:  # ('Tohoku fell 1.4%' where [6] names Tohoku Electric Power)
                    hit = sorted(set(hit) | {p.number for p in self.paragraphs
                                             if any(h.search(p.text) for h in heads)})
            defined = self._defined_shorts.get(ent.id, ()) if not self.han else ()
            if defined:  # ('BDL jumped 6.3%' where [6] defines 'Bharat Dynamics (BDL)')
                hit = sorted(set(hit) | {n for a in defined for n in self.literal_paragraphs(a)})
            clipped = _clipped_names(forms, ent.country == "TW") if self.han and ent.kind == "company" else ()
            if clipped:  # ('台新證11月稅後純益' for 台新證券)
                hit = sorted(set(hit) | {p.number for p in self.paragraphs
                                         if any(c.search(p.lower) for c in clipped)})
            if self.han and ent.kind == "company" and ent.ticker:
                # ('功率半導體廠台半（5425）': a short name glued to the maker's word before it, told by its code.)
                code = ent.ticker.split(".")[0].lstrip("0")
                hit = sorted(set(hit) | {number for number, name, c in self._tickers if c.lstrip("0") == code
                                         and (name in forms or any(han_abbreviates(name, f) for f in forms))})
            glossed = self._glossed_forms(ent) if self.han else ()
            if glossed:  # ('StarHub fell 1.6%' where [5] writes 星和（StarHub） and [9] 星和)
                hit = sorted(set(hit) | {p.number for p in self.paragraphs
                                         if any(_names_form(p.lower, f) for f in glossed)})
            if ent.kind == "place" and self.han:  # ('the US share' where [8] says 对美出口占比)
                from citebrief.facts.places import places_abbreviated_in

                hit = sorted(set(hit) | {p.number for p in self.paragraphs
                                         if any(name in forms for name in places_abbreviated_in(p.lower))})
            self._entities[ent.id] = hit
        return hit

    def _glossed_forms(self, ent: Entity) -> tuple[str, ...]:
        """The Han names a Chinese story glosses with one of the entity's English names ('星和' in
        '星和（StarHub）' where the gazetteer knows only 星和电信)."""
        if not self.glosses:
            return ()
        return tuple(dict.fromkeys(f for n in ent.english for f in _gloss_forms(n.lower(), self.glosses)))

    def _story_short_forms(self, ent: Entity, forms: tuple[str, ...]) -> tuple[str, ...]:
        """A company's name less its generic ending (统一 for 统一企业) where the story names it in full."""
        if ent.kind != "company":
            return ()
        spelled = [f for f in forms if _HAN.match(f[:1]) and any(f in p.lower for p in self.paragraphs)]
        # (Or its first two characters, where the story gives them figures of their own: 中强 for 中强光电.)
        return tuple(dict.fromkeys(_less_endings(spelled) +
                                   [f[:2] for f in spelled if len(f) >= 4 and f[:2] in self._subject_heads]))

    def _english_heads(self, ent: Entity) -> tuple[re.Pattern, ...]:
        """A company's English name less its generic words ('Tohoku' for Tohoku Electric Power), where
        an English story names it in full: the head alone, not before another capitalised word (not
        'Tohoku University'), and never a place's or another entity's name (not 'Kyushu')."""
        if ent.kind != "company":
            return ()
        generic = word_list("company_words.txt") | word_list("short_name_endings.txt")
        heads = []
        for name in ent.english:
            head, *rest = name.split()
            if rest and len(head) >= 4 and head[:1].isupper() and head[1:].islower() and \
                    all(w.lower() in generic for w in rest) and not lookup(head) and \
                    any(_name_pattern(name).search(p.text) for p in self.paragraphs):
                heads.append(re.compile(r"(?<![A-Za-z])" + re.escape(head) + r"(?![A-Za-z-])(?!\s[A-Z])"))
        return tuple(heads)

    def company_paragraphs(self, name: str) -> tuple[list[int], str | None]:
        """Paragraphs that write an English company name as its head and the Chinese of its company
        word ('Wanda Film' = 万达电影, facts.company_names), and the first form found."""
        hits, form = [], None
        for p in self.paragraphs:
            spans = company_spans(name, p.lower, p.pinyin) if p.facts.han else []
            if spans:
                hits.append(p.number)
                form = form or p.lower[spans[0][0]:spans[0][1]]
        return hits, form

    def code_paragraphs(self, code: str) -> tuple[list[int], str | None]:
        """Paragraphs that write a name with the stock code ``code`` after it ('标准股份（600302）'),
        and the first such name: a claim's 'Xi'an Typical Industries (600302)' is that company."""
        key = code.lstrip("0")
        named = [(number, name) for number, name, c in self._tickers if c.lstrip("0") == key]
        return sorted({number for number, _ in named}), (named[0][1] if named else None)

    @cached_property
    def _tickers(self) -> tuple[tuple[int, str, str], ...]:
        """(paragraph, name, stock code) of each name the story writes with a code after it."""
        from citebrief.facts.binding import ticker_names

        return tuple((p.number, name, code) for p in (self.paragraphs if self.han else ())
                     for name, _, _, code in ticker_names(p.lower))

    def _abbreviations_of(self, ent: Entity) -> tuple[str, ...]:
        """The story's abbreviations of a company none of whose own forms it writes (once per entity:
        every paragraph asks about the same claim subject)."""
        hit = self._abbreviations.get(ent.id)
        if hit is None:
            forms = self._own_forms(ent)
            spelled = any(f in p.lower for p in self.paragraphs for f in forms)
            hit = self._abbreviations[ent.id] = () if spelled else self._story_abbreviations(ent, forms)
        return hit

    def _story_abbreviations(self, ent: Entity, forms: tuple[str, ...]) -> tuple[str, ...]:
        """A company's two-character abbreviation (简称) that the story uses as a name and never
        spells out: 南纺 for 台南纺织, 宜进 for 宜进实业. It is two characters of the full name in
        order, not its generic ending (纺织), and some paragraph has it as a figure's subject."""
        if ent.kind != "company":
            return ()
        out = list(self._ticker_named.get(ent.id, ()))  # ('老百姓（603883）' for 老百姓大药房, 603883.SS)
        for f in forms:
            if len(f) < 4 or not _HAN.match(f[:1]):
                continue
            pairs = {f[i] + f[j] for i in range(len(f)) for j in range(i + 1, len(f))} - {f[-2:]}
            out += sorted(pairs & self._subject_heads)
        return tuple(out)

    @cached_property
    def _subject_heads(self) -> frozenset[str]:
        """Two-character Chinese names the story gives figures to that the gazetteer lacks (南纺, 中强)."""
        return frozenset(s.text.lower() for p in self.paragraphs for s in p.subjects
                         if s.entity_id is None and len(s.text) == 2 and _HAN.match(s.text) and _HAN.match(s.text[1:]))

    @cached_property
    def story_names(self) -> tuple[str, ...]:
        """The names a Chinese story writes with a stock code (日友（8341）, 百略醫學（4103）), and for one
        the gazetteer lacks, its first two characters where the story writes them apart in two or more
        paragraphs (百略上漲2.13%). A figure's subject is read at them, as a name (whose company it is,
        the name's readings tell: the gazetteer may list the code under another name, 光磊 for 台亞)."""
        if not self.han:
            return ()
        out: list[str] = []
        for _, name, code in self._tickers:
            if len(name) < 2:
                continue
            out.append(name)
            if not by_stock_code(code) and len(name) >= 4 and _HAN.match(name[:2]) and \
                    sum(1 for p in self.paragraphs if p.lower.replace(name, "").count(name[:2])) >= 2:
                out.append(name[:2])
        return tuple(dict.fromkeys(out))

    @cached_property
    def _ticker_named(self) -> dict[int, tuple[str, ...]]:
        """The names the story writes with a stock code the gazetteer lists for one company."""
        found: dict[int, list[str]] = {}
        for _, name, code in self._tickers:
            listed = by_stock_code(code)
            if len(listed) == 1 and name not in listed[0].folded_forms:
                found.setdefault(listed[0].id, []).append(name)
        return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}

    def _own_forms(self, ent: Entity) -> tuple[str, ...]:
        """The entity's source forms, less those another entity of its kind shares that belongs to
        this story's place: 央行 in a Taiwanese story is Taiwan's central bank, not the PBOC."""
        country = self.country
        if country is None or ent.country == country:
            return ent.folded_forms
        return tuple(f for f in ent.folded_forms
                     if not any(o.id != ent.id and o.kind == ent.kind and o.country == country for o in lookup(f)))

    def literal_paragraphs(self, name: str) -> list[int]:
        """Paragraphs that spell ``name`` as written (case-insensitive, word-bounded)."""
        hit = self._literals.get(name)
        if hit is None:
            from citebrief.facts.names import name_variants

            pats = [re.compile(r"(?<![a-z0-9])" + re.escape(v) + r"(?![a-z0-9])") for v in name_variants(name)]
            hit = [p.number for p in self.paragraphs if any(pat.search(p.lower) for pat in pats)]
            self._literals[name] = hit
        return hit

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """Short names an English article defines in brackets after a name -> that name: 'Bharat
        Dynamics (BDL)', 'PT Dayamitra Telekomunikasi (Mitratel, MTEL)'."""
        if self.han:
            return {}
        out: dict[str, str] = {}
        for p in self.paragraphs:
            for m in _DEFINED_SHORT.finditer(p.text):
                for short in m.group("shorts").split(", "):
                    out.setdefault(short, m.group("name"))
                    out.setdefault(short.split()[0], m.group("name"))  # ('PLife' for PLife REIT)
        return out

    @cached_property
    def _defined_shorts(self) -> dict[int, tuple[str, ...]]:
        """Gazetteer entity -> the short names the article defines for its full name ('BDL' for
        Bharat Dynamics)."""
        found: dict[int, list[str]] = {}
        for short, name in self.acronyms.items():
            words = name.split()
            for k in range(len(words) - 1):  # ('Rivals PT Tower Bersama Infrastructure': its longest known tail)
                known = lookup(" ".join(words[k:]))
                if len(known) == 1:
                    found.setdefault(known[0].id, []).append(short)
                    break
        return {k: tuple(v) for k, v in found.items()}

    def _other_names(self, name: str, entity_id: int | None) -> tuple[str, ...]:
        """A subject's other names in an English story's brackets: the short names of its full name
        or entity ('BDL' for Bharat Dynamics), the full name of a short one ('AADI')."""
        if not self.acronyms:
            return ()
        name = name.removesuffix("'s").removesuffix("’s")
        out = list(self._defined_shorts.get(entity_id, ())) if entity_id is not None else []
        out += [a for a, full in self.acronyms.items() if full == name or full.endswith(" " + name)]
        if name in self.acronyms:
            out.append(self.acronyms[name])
        return tuple(dict.fromkeys(out))

    def name_paragraphs(self, name: str, person: bool = False) -> tuple[list[int], str | None]:
        """Paragraphs that name ``name`` (a name the gazetteer lacks) and the Han form found, if any:
        literally, through the article's glosses ('德信银行（Tak Shun Bank）' names 德信银行 Tak Shun
        everywhere), through pinyin (a lone word only when two syllables or more), or by a romanised
        reading of its Han names (facts.readings); a company by its first word ('Seohae' for
        'Seohae Marine') when that word is long enough to be a name and ``person`` (the claim gives
        it a title: 'Governor Sanjay Mehta') does not say it is a person's."""
        hit = self._names.get((name, person))
        if hit is None:
            found, form = set(self.literal_paragraphs(name)), None
            if name in self.acronyms:  # ('AADI' where [4] writes 'Adaro Andalan Indonesia (AADI)')
                found |= set(self.literal_paragraphs(self.acronyms[name]))
            # ('Diamond Green Diesel' where [5] writes the DGD that [4] defines it as.)
            found |= {n for short, long in self.acronyms.items() if long.lower() == name.lower()
                      for n in self.literal_paragraphs(short)}
            words = name.split()
            if len(words) > 1 and len(words[0]) >= 5 and words[0][:1].isupper() and not person \
                    and not is_person_name(name):
                found |= set(self.literal_paragraphs(words[0]))
            if self.han:
                from citebrief.facts.names import pinyin_key
                from citebrief.facts.readings import name_spans

                single = " " not in name.strip() and "-" not in name
                from citebrief.facts.people import person_like_name

                person = is_person_name(name) or person_like_name(name)
                forms = _gloss_forms(name.lower().removesuffix("'s").removesuffix("’s"), self.glosses)
                key = pinyin_key(name)
                key = key if key and len(key) >= (5 if single else 4) else None
                for p in self.paragraphs:
                    if p.number in found or not p.facts.han:
                        continue
                    here = next((f for f in forms if f in p.lower), None)
                    if not here and key:
                        here = p.pinyin.get(key)
                    if not here and not single:
                        spans = name_spans(name, p.text, person=person, word_start=True)
                        here = p.text[spans[0][0]:spans[0][1]] if spans else None
                    if here:
                        found.add(p.number)
                        form = form or here
            hit = (sorted(found), form)
            self._names[(name, person)] = hit
        return hit

    def pinyin_anywhere(self, key: str) -> bool:
        """Whether some run of Han characters in the article (title included) reads ``key``."""
        if self._title_pinyin is None:
            from citebrief.facts.names import pinyin_windows

            self._title_pinyin = pinyin_windows(prepare(self.article.title))
        return key in self._title_pinyin or any(key in p.pinyin for p in self.paragraphs)

    def pinyin_given_anywhere(self, given: str) -> bool:
        """Whether the article has the given name ``given`` after any one syllable: '曾刚' read
        'ceng gang' still holds 'Zeng Gang' (surnames read two ways, 曾 单 解 区 ...)."""
        from citebrief.facts.names import syllables

        syl = syllables()
        n = len(given)
        tables = [self._title_pinyin or {}] + [p.pinyin for p in self.paragraphs]
        return any(key == given or (key.endswith(given) and key[:-n] in syl)
                   for table in tables for key in table)

    def pinyin_paragraphs(self, key: str) -> tuple[list[int], str | None]:
        """Paragraphs with a run of Han characters read ``key`` in pinyin, and that run."""
        hits, form = [], None
        for p in self.paragraphs:
            run = p.pinyin.get(key)
            if run:
                hits.append(p.number)
                form = form or run
        return hits, form


# 'UniCrystal' inside '联晶半导体（UniCrystal）': the Han name before the parenthesis is the same name.
_GLOSSED_BEFORE = re.compile(rf"([{HAN_CLASS}]{{2,12}})\s?[（(]\s?[^（()）]{{0,40}}$")
_GLOSS = re.compile(rf"([{HAN_CLASS}]{{2,12}})\s?[（(]\s?([A-Za-z][A-Za-z0-9 .&'’\-]{{1,40}}?)\s?[)）]")


# A prefecture, province or county by its suffix, after a word that places it ('在熊本县', '与埼玉县').
_HAN_PLACE = re.compile(rf"(?<=[在于赴到至及和与、，,的])[{HAN_CLASS}]{{2,3}}(?:县|省|府)(?![{HAN_CLASS}]{{0,1}}(?:长|政府|议会))")


_NEXT_CAPITAL = re.compile(r"\s[A-Z0-9]")
# A capitalised name and the short names bracketed after it: 'Indika Energy (INDY)', '(Mitratel, MTEL)'.
# ('Parkway Life REIT (PLife REIT)': a short name may keep its kind of company.)
_SHORT = r"[A-Z][A-Za-z&-]{1,9}(?:\s(?:REIT|Trust|Bank|Group))?"
_DEFINED_SHORT = re.compile(r"(?P<name>[A-Z][\w&'.-]*(?:\s(?:of\s|and\s|for\s|&\s)?[A-Z][\w&'.-]*)*)\s\("
                            rf"(?P<shorts>{_SHORT}(?:,\s{_SHORT})*)\)")


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    """The trades a Chinese name may follow (服务商, 运营商; data/zh_name_lead_words.txt): no shorter lead
    word, which a name may hold (如意, 控股)."""
    return frozenset(w for w in word_list("zh_name_lead_words.txt") if len(w) >= 3 and w.endswith("商"))


_GLOSS_OWNER_LEAD_ZH = re.compile(r"(?:旗下|全资子公司|子公司|附属公司|孙公司|同业|同行|龙头|对手)")


_FOREIGN_COUNTRIES = frozenset(COUNTRY_NAMES.values()) - {"China", "Hong Kong", "Taiwan", "Macau"}


def _foreign_country_lead(han: str) -> int:
    """How many characters of a glossed Han name are a country other than China it opens with ('德国普菲斯特'):
    the country describes the company, whose own name follows (at least two characters of it)."""
    for n in (2, 3, 4):
        if len(han) - n >= 2 and any(e.kind == "place" and e.english and e.english[0] in _FOREIGN_COUNTRIES
                                     and han[:n] in e.zh[:1] for e in lookup(han[:n])):
            return n
    return 0


_GLOSS_LEAD_ZH = re.compile(r"(?:根据|根據|依据|依據|據|据|按照)")


def glosses_of(paragraphs: list[str]) -> dict[str, list[str]]:
    """English names an article glosses in parentheses -> the Han names they gloss (folded), with
    the two-character short form a long company name goes by later ('联晶半导体' -> '联晶')."""
    from citebrief.facts.glossary import roles

    out: dict[str, list[str]] = {}
    for text in paragraphs:
        for m in _GLOSS.finditer(text.lower()):
            han = m.group(1)
            cut = max((term.end for term in roles().find(han)), default=0)
            # ('高端产后护理服务商圣贝拉（Saint Bella）': the name starts after the trade that describes it.)
            after_trades = [han.rfind(w) + len(w) for w in _lead_words() if w in han]
            cut = max([cut] + [a for a in after_trades if a <= len(han) - 2])
            han = han[cut:] if cut < len(han) - 1 else han
            # ('据睿工业（MIR Databank）发布的数据': the source's name starts after 'according to'.)
            if not cut and (lead := _GLOSS_LEAD_ZH.match(han)) is not None and len(han) - lead.end() >= 2:
                han, cut = han[lead.end():], lead.end()
            # ('旗下长园电力（CYG Power）', '德国普菲斯特（Pfisterer）': a parent's word or a foreign country before the name.)
            if not cut and (lead := _GLOSS_OWNER_LEAD_ZH.match(han)) is not None and len(han) - lead.end() >= 2:
                han, cut = han[lead.end():], lead.end()
            if not cut and (country := _foreign_country_lead(han)):
                han, cut = han[country:], country
            han = han[-6:] if len(han) > 6 else han
            forms = out.setdefault(m.group(2).strip().lower(), [])
            forms.append(han)
            if len(han) >= 4 and not cut:
                forms.append(han[:2])
    return out


_NAME_EN = r"[A-Z][\w&.'’-]*(?:\s(?:&\s)?[A-Z][\w&.'’-]*){0,5}"
_TRADES_AS = re.compile(rf"({_NAME_EN}),\s(?:which|that)\s(?:trades|operates|does\sbusiness|is\sknown)\sas\s({_NAME_EN})|"
                        rf"({_NAME_EN})\s\((?:trading|known|operating)\sas\s({_NAME_EN})\)")


def trade_names_of(paragraphs: list[str]) -> dict[str, list[str]]:
    """The names English companies trade as -> their registered names, folded ('lincoln tech' ->
    ['lincoln educational services'])."""
    out: dict[str, list[str]] = {}
    for text in paragraphs:
        for m in _TRADES_AS.finditer(text):
            name, trade = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            out.setdefault(trade.lower(), []).append(name.lower())
    return out


def _gloss_forms(name: str, glosses: dict[str, list[str]]) -> list[str]:
    """Han forms glossed by ``name`` or by a name it opens or is opened by ('Tak Shun' / 'Tak Shun Bank')."""
    out: list[str] = []
    for english, forms in glosses.items():
        if english == name or english.startswith(name + " ") or name.startswith(english + " "):
            out += forms
    return out


def _clipped_names(forms: tuple[str, ...], taiwanese: bool) -> tuple[re.Pattern, ...]:
    """A name as Taiwan's press clips it: a broker's name and 證 (台新證 for 台新證券, 元大證 for
    元大證券), not where 证 opens another word (证监会, 证交所); a Taiwanese telecom's name and 電
    (亞太電 for 亞太電信), not where 电 opens another word (电力, 电子)."""
    out = [re.compile(re.escape(f[:-1]) + "(?![券监交])") for f in forms
           if f.endswith("证券") and len(f) >= 4 and _HAN.match(f[:1])]
    if taiwanese:
        out += [re.compile(re.escape(f[:-1]) + "(?![信力子视网器池气厂价能商脑])") for f in forms
                if f.endswith("电信") and len(f) >= 4 and _HAN.match(f[:1])]
    return tuple(out)


def _names_form(low: str, form: str) -> bool:
    """Whether a paragraph writes a gazetteer form as a name (国航 in 国航10月, not in 全国航线)."""
    if form not in low:
        return False
    return len(form) != 2 or any(not inside_word(low, a, 2) for a, _ in _all_spans(low, form))


def _names_short(low: str, short: str, entity_id: int) -> bool:
    """Whether a paragraph writes a company's short name (统一) as the company's, not as the start of
    another's (统一超, President Chain Store) or inside a word (统一大市场)."""
    for a, _ in _all_spans(low, short):
        if inside_word(low, a, len(short)):
            continue
        if any(e.id != entity_id for k in range(len(short) + 1, len(short) + 5) for e in lookup(low[a:a + k])):
            continue
        return True
    return False


def _all_spans(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while needle and i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern:
    # Short names ('Fed', 'BOJ', 'Sony') must keep their case; longer ones may be in any case.
    flags = 0 if len(name) <= 4 else re.IGNORECASE
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(name) + r"(?![A-Za-z0-9])", flags)


_YUAN_COUNTRY = {code: place for place, code in CURRENCY.items()}


def build_index(article: Article) -> ArticleIndex:
    return ArticleIndex(article)


def _less_endings(forms: list[str]) -> list[str]:
    """Chinese company names less a generic ending a story drops (统一 for 统一企业, 好孩子 for 好孩子国际;
    data/short_name_endings.txt)."""
    endings = word_list("short_name_endings.txt")
    return [f[:k] for f in forms for k in (2, 3) if len(f) > k and f[k:] in endings]


def _fiscal_half(key: str, half: str) -> bool:
    """Whether a six-month span the paragraph names ('R5-10', May to October) may be a fiscal year's
    ``half`` ('H1' or 'H2'): one ending in December or March its second, any other its first."""
    months = months_of(key) if key[:1] == "R" else None
    if not months or len(months) != 6:
        return False
    second = key.rsplit("-", 1)[1] in ("12", "3")  # ('R10-3': October to March; 'R7-12')
    return second if half == "H2" else not second


def _topic(title: str) -> frozenset[int]:
    """Entities named in the title. Later paragraphs call the subject 'the company' or '公司',
    so a claim naming it is not wrong for citing a paragraph that does not repeat the name."""
    from citebrief.facts.atoms import english_names, source_names

    text = prepare(title)
    names = source_names(text) + english_names(text)
    return frozenset(n.entity.id for n in names if n.entity is not None and n.entity.kind not in ("place", "person"))


_CACHE: OrderedDict[int, ArticleIndex] = OrderedDict()
_LOCK = threading.Lock()


def index_for(article: Article) -> ArticleIndex:
    """The article's index, built once and kept for the next claims (a small LRU by identity).

    Keyed by the (frozen) Article object itself, not a hash of its text: hashing a fresh article
    cost more than building its index, whose paragraph atoms are read lazily anyway. The cached
    index holds the article, so its id cannot be reused while the entry lives."""
    key = id(article)
    with _LOCK:
        idx = _CACHE.get(key)
        if idx is not None and idx.article is article:
            _CACHE.move_to_end(key)
            return idx
    idx = build_index(article)
    with _LOCK:
        _CACHE[key] = idx
        while len(_CACHE) > 64:
            _CACHE.popitem(last=False)
    return idx


_REPORT_NAMED = re.compile(r"季[报報]")  # '三季报': a report named by its quarter


def rise_as_multiple(claim: Figure, source: Figure) -> bool:
    """Whether a claim's multiple is the source's rise by one less: '2.2 times the second quarter's'
    is '季增1.2倍' (a rise by a multiple is one more times as much), '2.7 times' is 'up 171.4%'."""
    if not (claim.q.unit == "x" and claim.direction is None and claim.q.value > 1 and source.direction == "up"):
        return False
    if source.q.kind == "percent":  # ('about 2.7 times the first quarter's' is '环比增长171.4%')
        return source.q.value >= 100 and same_value(claim.q, replace(source.q, value=source.q.value / 100 + 1, unit="x"))
    return source.q.unit == "x" and same_value(claim.q, replace(source.q, value=source.q.value + 1))


__all__ = ["ArticleIndex", "build_index", "index_for", "prepare", "rise_as_multiple"]
