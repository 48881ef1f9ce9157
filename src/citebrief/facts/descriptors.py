"""Descriptors: the words that tell which of a paragraph's parallel items a figure is of.

'动力电池系统收入1,980亿元，同比增长21.2%；储能电池系统收入582.31亿元，同比增长36.8%' holds two
items, each a run of clauses with its own figures. The words one item has and the other lacks (动力
against 储能) are what set them apart; a claim that gives 36.8% with the other item's word ('power
battery revenue rose 36.8%') and none of its own item's is the other item's figure. Chinese words
are compared with a claim's English through their dictionary senses (facts.lexicon); English
paragraphs by their words.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from citebrief.facts.atoms import _DOWN_ZH, _UP_ZH, source_names
from citebrief.facts.binding import CHANGE_AFTER_LEVEL, RESPECTIVELY, SENTENCE_END, SUMMED, sentence_span, sentence_start
from citebrief.facts.gazetteer import lookup
from citebrief.facts.glossary import items as item_glossary, metrics, word_list
from citebrief.facts.lexicon import chinese_words, content_words, same_word, stopwords
from citebrief.facts.places import COUNTRY_NAMES, TOWARDS, abbreviated_place
from citebrief.facts.temporal import find_temporals
from citebrief.text.script import HAN, HAN_CLASS

# Items end where the binding's sentences do: '；' closes an item as '。' does.
_ITEM_END = SENTENCE_END
# Clause ends inside an item: a Chinese comma (',' with no space after it in prepared text); in
# English, where commas also set off asides, only a comma or space before 'while', 'whereas', 'and',
# 'but' (a clause with a subject of its own).
# ('PC revenue jumped 31.5% to 463.2 billion won and mobile revenue grew 18.9%': 'and' opening a
# clause with its own noun and verb.)
# The verbs that move a figure, which open a segment's own clause ('wood processing rose 3.2%').
_MOVE_VERBS_EN = "rose|grew|fell|jumped|climbed|dropped|declined|increased|decreased|gained|slipped|surged|slid"
_CLAUSE_END = re.compile(r"[，、](?!\d{3})|,(?![\d\s])|,?\s(?=(?:while|whereas)\s)|,\s(?=(?:and|but|with)\s)|"
                         r"(?:(?<=\d)|(?<=%)|(?<=crore)|(?<=lakh)|(?<=illion)|(?<=won)|(?<=yuan)|(?<=yen)|(?<=percent)|"
                         r"(?<=dollars)|(?<=units)|(?<=tonnes)|(?<=dong)|(?<=baht)|(?<=rupees)|(?<=ringgit)|"
                         # ('Chemicals sales rose 5.2% in the quarter and equipment sales 3.1%': after the period)
                         r"(?<=the\squarter)|(?<=the\shalf)|(?<=the\syear)|(?<=the\smonth)|(?<=the\speriod)|"
                         # ('…rose 2.6% from a year earlier and commercial volume fell 4.8%': after its base)
                         r"(?<=year\searlier)|(?<=year\sago))"
                         r"\s(?=and\s(?:the\s|its\s)?(?:[a-z&'-]+\s){1,4}(?:" + _MOVE_VERBS_EN + r"|plunged|edged|came to|was|were|"
                         r"reached|totall?ed|stood at|up(?=\s\d)|down(?=\s\d)|(?=\d))\b)|"
                         # ('… in the half and its pet business 12.8% to ¥18.4 billion': a segment of its own, its verb left out)
                         r"\s(?=and\sits\s(?:[a-z&'-]+\s){1,4}(?:[A-Z]{0,3}\$|[¥€£])?\d)|"
                         # ('… about 48% of contract volumes, gamma irradiation for 40% and electron beam for 12%': a share
                         # list's next item, its verb left out)
                         r"(?:,\s|\s(?=and\s))(?=(?:and\s)?(?!(?:account|accounts|accounted|accounting|responsible)\b)"
                         r"[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}\sfor\s(?:about\s|around\s|some\s|nearly\s)?\d[\d.]*%)|"
                         # ('…, wood processing rose 3.2% to 4,215 billion dong': the next segment with a verb of its own)
                         r",\s(?=(?!(?:though|although|but|while|as|and|so|yet|which|who)\s)(?:[a-z&'-]+\s){1,3}"
                         + "(?:" + _MOVE_VERBS_EN + r")\s(?:by\s)?\D{0,3}\d)|"
                         # ('…rose 16.2% to ₹1,214.5 crore in the quarter, its automotive aftermarket revenue rose 9.8%')
                         r",\s(?=its\s(?:[a-z&'-]+\s){1,4}(?:" + _MOVE_VERBS_EN + r"|was|were|reached|totall?ed)\b)|"
                         # ('exported 53,000 tonnes of disperse dyes and 79,000 tonnes of reactive dyes': counts of two things)
                         r"(?<=[a-z])\s(?=and\s(?:about\s|some\s|nearly\s)?\D{0,3}\d[\d,.]*(?:\s(?:million|billion|thousand))?\s"
                         r"(?:[a-z-]+\s){0,2}of\s)|"
                         # ('including €214.7 million from media rights, €158.2 million from advertising': the next
                         # part of a list, each amount followed by what it is from)
                         r"(?<=[a-z])(?:,\s(?=(?:and\s)?)|\s(?=and\s))(?=(?:and\s)?(?:about\s|some\s|nearly\s)?\D{0,3}\d[\d,.]*"
                         r"(?:\s(?:million|billion|thousand))?\s(?:from|of)\s[a-z])|"
                         # ('Wheat … at 29.7 million tonnes, down 12.1%, barley at 12.6 million tonnes': the next item,
                         # its verb left out)
                         r"(?<=[\d%]),\s(?=[a-z-]{3,}(?:\s[a-z-]+)?\sat\s\D{0,3}\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _continuations() -> re.Pattern:
    """A clause opening with one of these goes on with the item before it ('，同比增长36.8%')
    (data/clause_continuations.txt)."""
    text = (resources.files("citebrief") / "data" / "clause_continuations.txt").read_text(encoding="utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split("|") if w.strip()]
    alternatives = "|".join(re.escape(w.strip()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:[\d.]|(?:{alternatives})(?![a-z]))", re.IGNORECASE)


_CAPITALISED = re.compile(r"\b[A-Z][\w&.'-]*")


@dataclass(frozen=True, slots=True)
class Item:
    start: int
    end: int
    figures: tuple[tuple[int, int], ...]  # spans of the figures inside it


def items(text: str, figures: list[tuple[int, int]]) -> list[Item]:
    """The items of ``text``: runs of clauses, each opened by a clause that does not go on with the
    one before, closed by the end of a sentence or '；'. A clause holding no figure at the start of a
    sentence ('前三季度，') belongs to no item (it is common to all)."""
    return list(_items(text, tuple(figures)))


@lru_cache(maxsize=4096)
def _items(text: str, figures: tuple[tuple[int, int], ...]) -> tuple[Item, ...]:
    out: list[Item] = []
    pos = 0
    for end_match in [*_ITEM_END.finditer(text), None]:
        end = end_match.start() if end_match else len(text)
        clauses = _clauses(text, pos, end)
        if not HAN.search(text):
            clauses = [part for a, b in clauses for part in _gapped_parts(text, a, b, figures)]
        current: list[tuple[int, int]] = []
        for a, b in clauses:
            goes_on = bool(current) and bool(_continuations().match(text, a) or (
                _WITH_BARE_MEASURE_EN.match(text, a) and sum(a <= f[0] < b for f in figures) == 1) or (
                _PLAN_VERB_ZH.match(text, a) and not any(a <= f[0] < b for f in figures))) and \
                not _other_compared_zh(text, a)
            if current and not goes_on:
                out.append(_item(current, figures))
                current = []
            current.append((a, b))
        if current:
            out.append(_item(current, figures))
        pos = end_match.end() if end_match else len(text)
    return tuple(i for i in out if i.figures)


_GAPPED_NAME_MOVES_EN = re.compile(r"\s*(?:,\s)?(?:while|whereas|and|but)\s(?:[A-Z][\w&.'’-]*\s){1,4}(?:" + _MOVE_VERBS_EN + r")\s")
_BARE_SIZE_ZH = re.compile(r"(?:年|预计|預計|预期|預期)(产业规模|產業規模|市场规模|市場規模|行业规模|行業規模|规模|規模)")
_THAT_ONE_ZH = re.compile(r"\s*(?:该|該|上述|此)(?:项目|項目|基地|工厂|工廠|厂|廠|产线|產線|生产线|生產線|计划|計劃|园区|園區)")
_ACRONYM_DEFINED = re.compile(rf"([{HAN_CLASS}]{{2,12}})[」”\"]?\s?[（(]([A-Z]{{2,6}})[)）]")
_SHARE_WHOLE_EN = re.compile(r"%\s(?:of|in)\s(?:the\s|its\s)?[^,;.]{2,60}")
_AMONG_ZH = re.compile(r"\s*[，,；;]?\s*其中")
# ('泰兴的年产40万吨环氧丙烷项目已完成土建，预计明年二季度投产，届时年产能将…': a clause of no figure
# that a verb of plan or time opens says more of the item before.)
_PLAN_VERB_ZH = re.compile(r"\s*(?:预计|預計|计划|計劃|拟|擬|将|將|已)")


# ('毛利率为37.5%，高于粉体业务的28.9%': a clause setting the figure before against another item's is that item's;
# not against a time of its own, '高于去年同期的28.9%'.)
_OTHER_COMPARED_ZH = re.compile(r"\s*(?:高于|低于|高過|低過|超过|超過|优于|優於|不及|逊于|遜於|好于|好於)(?P<head>[^\d，,；;。]{2,10}?)的\s?(?=\d)")
_TIME_HEAD_ZH = re.compile(r"[年月季期周週日]|去年|上年|同期|此前|以往|过去|過去|历史|歷史|行业|行業|平均|整体|整體")


def _other_compared_zh(text: str, at: int) -> bool:
    m = _OTHER_COMPARED_ZH.match(text, at)
    return m is not None and not _TIME_HEAD_ZH.search(m.group("head"))


# ('Industrial gearboxes were its fastest-growing line, with revenue up 22.8%': a bare measure after 'with'
# is the clause before's, not another item's.)
_WITH_BARE_MEASURE_EN = re.compile(r"\s*with\s(?:its\s|their\s)?(?:revenue|revenues|sales|net\sprofit|profit|output|"
                                   r"shipments|volumes?|orders)\s(?:up|down|rising|falling|growing|of)\b", re.IGNORECASE)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, a = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        if _inside_brackets(text, a, m.start()):
            continue  # ('零售大店业务（九木杂物社、晨光生活馆）收入…': a list inside a gloss parts nothing)
        out.append((a, m.start()))
        a = m.end()
    out.append((a, end))
    return [(x, y) for x, y in out if text[x:y].strip()]


# An English clause's next item with its verb left out: 'and', a head of up to four words, its figure
# ('…was 87.4 million square metres in the first half and fabric-core output 38.6 million square metres').
# (Its first word opens a head, no verb or preposition: not '…rose 6.7% on-year and fell 2.1% on-quarter to …'.)
_GAPPED_AND_EN = re.compile(r"\sand\s(?:the\s|its\s)?(?!(?:between|from|to|than|by|of|about|some|up|down|at|in|on|for|"
                            r"with|was|were|is|are|added|contributed|reached|totall?ed|made|makes?|accounted|accounts?|"
                            r"took|takes?|had|has|have|held|holds?|earned|posted|reported|saw|sold|shipped|delivered|"
                            r"raised|cut|paid|set|hit|kept|narrowed|widened|returned|swung|turned|remained|stood|"
                            r"represented|generated|brought|expects?|expected|plans?|said|says|" + _MOVE_VERBS_EN +
                            r")\s)(?:[A-Za-z&'-]+\s){1,4}(?=\D{0,3}\d)", re.IGNORECASE)


# (Or a figure right after 'and', where the figure before it has words of its own: '186 million foldable
# phones and 43 million notebooks'; not a range, 'between 5% and 7%'.)
_AND_FIGURE_EN = re.compile(r"\sand\s(?:about\s|some\s|nearly\s|around\s)?(?=\D{0,3}\d)", re.IGNORECASE)
_WORD_EN = re.compile(r"[A-Za-z]{3,}")
# (Words of a base or a time are no item's, 'up 8.3% on the year and 4.9% from the second quarter': the stop
# words, and these, which the stop words leave to items elsewhere.)
_BASE_WORDS_EN = frozenset("terms local currency currencies constant organic organically reported respectively nearly almost".split())
_RANGE_BEFORE_EN = re.compile(r"\b(?:between|from)\s\S*$", re.IGNORECASE)


def _gapped_parts(text: str, start: int, end: int, figures: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """An English clause parted before each gapped item (_GAPPED_AND_EN) that follows a figure of its own
    and opens right before another figure, and before a figure after 'and' (_AND_FIGURE_EN) when the
    figure before it is followed by words of its own."""
    cuts = [m.start() for m in _GAPPED_AND_EN.finditer(text, start, end)
            if any(start <= f[1] <= m.start() for f in figures)
            and any(m.end() <= f[0] <= m.end() + 3 for f in figures)]
    # (Only in a clause of two figures: more may be a list of both items, '…, after net additions of 9 and 58';
    # nor where 'respectively' pairs the sentence, '672 stores in Japan and 318 overseas, net additions of 9
    # and 58, respectively'.)
    if sum(start <= f[0] < end for f in figures) != 2 or \
            RESPECTIVELY.search(text, start, next((m.end() for m in _ITEM_END.finditer(text, end)), len(text))):
        return _parted(text, start, end, cuts)
    for m in _AND_FIGURE_EN.finditer(text, start, end):
        before = [f for f in figures if start <= f[0] and f[1] <= m.start()]
        if before and any(m.end() <= f[0] <= m.end() + 3 for f in figures) and \
                any(w.lower() not in stopwords() and w.lower() not in _BASE_WORDS_EN
                    for w in _WORD_EN.findall(text, before[-1][1], m.start())) and \
                not _RANGE_BEFORE_EN.search(text, max(start, before[-1][0] - 12), before[-1][0]):
            cuts.append(m.start())
    return _parted(text, start, end, cuts)


def _parted(text: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    bounds = [start, *sorted(cuts), end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def _inside_brackets(text: str, start: int, at: int) -> bool:
    span = text[start:at]
    return span.count("（") + span.count("(") > span.count("）") + span.count(")")


def _item(clauses: list[tuple[int, int]], figures: tuple[tuple[int, int], ...]) -> Item:
    a, b = clauses[0][0], clauses[-1][1]
    return Item(a, b, tuple(f for f in figures if a <= f[0] and f[1] <= b))


@lru_cache(maxsize=8192)
def _words(text: str) -> dict[str, frozenset[str]]:
    """A source text's words and their English content words (themselves for English); cached,
    never changed by its callers."""
    words = dict(chinese_words(text))
    words.pop("元", None)  # the yuan of 亿元, whose dictionary senses ('meta', 'primary', 'era') name no item
    low = text.lower()
    for w in sorted(content_words(text), key=lambda w: (low.find(w), w)):  # (in text order: reports are stable)
        words.setdefault(w, frozenset({w}))
    return words


def _senses(paragraph: str, chosen: Iterable[Item]) -> set[str]:
    """The English senses of the words of some of a paragraph's items."""
    return {e for i in chosen for s in _words(paragraph[i.start:i.end]).values() for e in s}


def _meets(claim_words: AbstractSet[str], english: AbstractSet[str]) -> set[str]:
    """The claim's words that are one of ``english`` in some form (facts.lexicon.same_word)."""
    exact, by_start = _vocabulary(frozenset(english))
    return {c for c in claim_words if c in exact or any(same_word(c, e) for e in by_start.get(c[:4], ()))}


@lru_cache(maxsize=8192)
def _vocabulary(english: frozenset[str]) -> tuple[frozenset[str], dict[str, list[str]]]:
    # Words that are one word in two forms share their first four letters (same_word).
    by_start: dict[str, list[str]] = {}
    for e in english:
        if len(e) >= 4:
            by_start.setdefault(e[:4], []).append(e)
    return english, by_start


_EXCLUDING_EN = re.compile(r",?\s(?:excluding|except|other than)\s[^,;]{1,40}(?:,|(?=;)|$)")
_SHARE_ASIDE_EN = re.compile(r",\s(?:accounting for|making up|representing)\b", re.IGNORECASE)
_COMPARED_ITEMS_EN = re.compile(r",?\s(?:outpacing|outstripping|outgrowing|faster than|slower than|ahead of|more than|less than)\s(?:its|the|their)\b",
                                re.IGNORECASE)
_RATE_OF_EN = re.compile(r"\b(?:penetration|penetration rate|share|adoption)\s(?:of|in)\s((?:[\w-]+\s){1,5}?)(?=rose|fell|grew|climbed|increased|"
                         r"decreased|dropped|reached|was|stood|hit|jumped|edged|slipped|declined|improved)", re.IGNORECASE)
_SHARE_WORDS_EN = re.compile(r"\b(?:made up|makes up|make up|accounted for|accounts for|account for|share|proportion)\b", re.IGNORECASE)
_MODIFIER_STOP_ZH = re.compile(r"[,，、:：;；()（）%\d]")
_GLOSS_BEFORE_ZH = re.compile(r"[（(][^（()）]{1,36}[)）]$")
_MODIFIER_BEFORE_EN = re.compile(r"(?:[A-Za-z&'-]+\s+){1,4}$")
_MODIFIER_AFTER_EN = re.compile(r"\s+(?:in|at|of|for|from|to)\s+(?:[A-Za-z&'-]+\s*){1,4}")


# Words of when (and the 其中 that links a part to its whole) that modify no item.
_TIME_WORDS_ZH = re.compile(r"目前|当前|现有|单月|当月|单季|当季|累计|同期|今年以来|年内|全年|上半年|下半年|前\d{1,2}个?月|其中")


@lru_cache(maxsize=8192)
def _untimed(text: str) -> str:
    """A Chinese item's text with its periods (and 其中) blanked out (same length); English as it is."""
    if not HAN.search(text):
        return text
    return _TIME_WORDS_ZH.sub(lambda m: " " * len(m.group()), find_temporals(text)[1])


def _back_chars(text: str, at: int, n: int) -> int:
    """Where ``n`` characters before ``at`` begin, a Latin word counting as one ('网通及AI伺服器相关应用')."""
    start = at
    while start > 0 and n > 0:
        start -= 1
        while start > 0 and text[start].isascii() and text[start].isalnum() and text[start - 1].isascii() and text[start - 1].isalnum():
            start -= 1
        n -= 1
    return start


def _modifiers(text: str, shared: list[str]) -> str:
    """The words that modify ``shared`` words in an item: up to twelve Chinese characters before
    each, a Latin word counting as one (back to a comma or a figure); up to four English words before it, and a phrase after it
    opened by 'in', 'at', 'of', 'for' or 'from' ('sales in North America')."""
    lower, out = text.lower(), []
    for w in shared:
        for m in re.finditer(re.escape(w), lower):
            if w.isascii():
                before = _MODIFIER_BEFORE_EN.search(text, 0, m.start())
                after = _MODIFIER_AFTER_EN.match(text, m.end())
                out += [before.group() if before else "", after.group() if after else ""]
            else:
                at = m.start()
                if text[:at].endswith(("）", ")")) and (gloss := _GLOSS_BEFORE_ZH.search(text, max(0, at - 40), at)):
                    at = gloss.start()  # ('高纯化学品（高纯双氧水、高纯硫酸等）收入': the words before the gloss)
                start = _back_chars(text, at, 12)
                cut = [x.end() for x in _MODIFIER_STOP_ZH.finditer(text, start, at)]
                out.append(text[max([start, *cut]):at])
    return " ".join(out)


def _without_names(text: str) -> str:
    """The claim's text without its names: the names it opens with ('Toyota's', 'China Motor') and
    every capitalised word after its first ('Primary industry's' keeps 'primary')."""
    end = _opening_name_end(text)
    head, rest = (text[:end], text[end:]) if end else (text[:1], text[1:])
    return (" " if end else head) + _CAPITALISED.sub(" ", rest)


def _opening_name_end(text: str) -> int:
    """Where the name a claim opens with ends ('Fanuc's' in 'Fanuc's robot revenue'); 0 when none."""
    from citebrief.facts.atoms import english_names

    return next((n.end for n in english_names(text) if n.start == 0), 0)


# Reporting verbs: what comes before them in a claim is who speaks, not what a figure is of.
# ('Canola production was forecast to fall': passive, no one speaks.)
_SAYS = re.compile(r"\b(?<!was )(?<!were )(?<!is )(?<!are )(?<!be )(?:said|says|expects|expected|forecast|forecasts|estimates|"
                   r"estimated|told|believes|sees|predicts|according to)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Contrast:
    own: str  # the figure's item, as written
    claim_word: str  # the claim's word that is another item's
    other_word: str  # that item's word, as written


def contrast(claim: str, claim_figure: tuple[int, int], claim_figures: list[tuple[int, int]],
             paragraph: str, figure: tuple[int, int], paragraph_figures: list[tuple[int, int]],
             same_value: AbstractSet[tuple[int, int]], also_claimed: AbstractSet[tuple[int, int]] = frozenset(),
             title: str = "") -> Contrast | None:
    """Whether the claim's figure, found in ``paragraph`` at ``figure``, is described with another
    item's words: the claim's item has a word of another item of the paragraph that the figure's own
    item lacks, and none of the words that set the figure's item apart from that one. ``same_value``:
    the paragraph's figures with the claim figure's value (an item holding one is not another item);
    ``also_claimed``: those with the value of another of the claim's figures; ``title``: the story's, whose
    named thing ('Acetate tow makers squeezed…') a paragraph may write short ('imports of tow')."""
    if RESPECTIVELY.search(claim) or SUMMED.search(claim):
        return None  # ('brokerage, investment banking and asset management totalled …': several items' sum)
    claim_item = next((i for i in items(claim, claim_figures) if claim_figure in i.figures), None)
    if claim_item is None:
        return None
    # Where the claim's figure before this one ends, in the claim's item (0: none).
    earlier_end = max((f[1] - claim_item.start for f in claim_figures if claim_item.start <= f[1] <= claim_figure[0]),
                      default=0)
    listed = _listed(paragraph, figure, paragraph_figures)
    if listed is not None:
        # The claim's words for this figure: since the figure before it, up to the one after it.
        # (Before a later figure, the words after this one are that one's: 'rose 8.7% and nuclear output 6.5%'.)
        later = any(claim_figure[1] <= f[0] < claim_item.end for f in claim_figures)
        return _list_contrast(claim[claim_item.start:claim_figure[0] if later else claim_item.end],
                              claim_figure[0] - claim_item.start, earlier_end, *listed)
    source_items = items(paragraph, paragraph_figures)
    own = next((i for i in source_items if figure in i.figures), None)
    if own is None or RESPECTIVELY.search(paragraph, own.start, own.end) or \
            (HAN.search(paragraph) and RESPECTIVELY.search(paragraph, *sentence_span(paragraph, own.start, own.end))):
        # A list the binding pairs in its own way ('respectively'); in English, the items before it
        # are items still (a Chinese 分别 list's clauses are not told apart so; those of another
        # sentence are).
        return None
    # An item holding another of the claim's figures is the claim's too.
    rivals = [i for i in source_items if i is not own and not any(f in same_value or f in also_claimed for f in i.figures)]
    if not rivals:
        return None
    # A claim is accused only by its common words after its speaker (names are the binding's to
    # compare), and is cleared by any of its words ('India's crude steel output' is 印度产量's, whose
    # steel is elided).
    # (A share's aside after the figure names its whole, not its item: '…grew 3.7% to €158.7 million,
    # accounting for more than half of group sales'.)
    aside = _SHARE_ASIDE_EN.search(claim, claim_figure[1], claim_item.end)
    stop = aside.start() if aside else claim_item.end
    # ('About two-thirds of Levima's 146,000 tonnes of EVA output was photovoltaic grade': what the part is, after
    # the whole's figure, is not the whole's.)
    fraction = _FRACTION_OF_EN.match(claim, claim_item.start)
    if fraction is not None and fraction.end() <= claim_figure[0] and \
            (predicate := _PREDICATE_EN.search(claim, claim_figure[1], stop)) is not None:
        stop = predicate.start()
    # (Nor the clause of a later figure: '…brought Longking 1.762 billion yuan, within an air-pollution-control
    # business whose revenue grew 6.4%' describes 6.4% there.)
    next_at = min((f[0] for f in claim_figures if claim_figure[1] <= f[0] < stop), default=None)
    if next_at is not None and not HAN.search(claim):
        stop = max((m.start() for m in _LATER_CLAUSE_EN.finditer(claim, claim_figure[1], next_at)), default=stop)
    # ('…rose 14.8% to 318 million yuan, outpacing its machine sales and its parts business': the items it is
    # compared with are others', not its own.)
    compared = _COMPARED_ITEMS_EN.search(claim, claim_figure[1], stop)
    if compared is not None:
        stop = compared.start()
    accusing, said = _claim_words(claim[claim_item.start:stop], claim_figure[0] - claim_item.start, earlier_end)
    # ("MIP's penetration of direct-view LED packaging rose to 15%": what the rate is of is its whole, no item of it.)
    rate_of = _RATE_OF_EN.search(claim, claim_item.start, claim_figure[0])
    if rate_of is not None:
        accusing = frozenset(accusing - content_words(rate_of.group(1)))
    if not accusing:
        return None
    if _SHARE_WORDS_EN.search(claim, claim_item.start, claim_item.end):
        said = said | {"proportion", "share"}  # ('made up 21.3% of revenue' says what 比重 says)
    if _BROUGHT_IN_EN.search(claim, claim_item.start, claim_item.end):
        said = said | {"revenue", "income"}  # ('lithium salts brought in 214 million yuan' says what 收入 says)
    # Words of the items that hold the claim's other figures are the claim's own to use.
    explained = _meets(accusing, _senses(paragraph, [i for i in source_items if any(f in also_claimed for f in i.figures)]))
    # So are the words of a sentence's opening clauses that hold no figure, common to its items
    # ('公示第二批电能表及用电信息采集设备招标…中标结果，总中标金额为68.42亿元': 采集 is the total's too).
    s_start = sentence_start(paragraph, own.start)
    lead_end = min((i.start for i in source_items if i.start >= s_start), default=own.start)
    lead_senses = {e for s in _words(paragraph[s_start:lead_end]).values() for e in s} if lead_end - s_start > 2 else set()
    explained |= _meets(accusing, lead_senses)
    if _SPEECH_LEAD.search(paragraph, s_start, lead_end):
        lead_senses = set()  # ('协会理事长符兆勛预估，…', 'Boyton said …, but ANZ expected': who speaks, not what is measured)
    # (From its colon: 'Revenue was 151.3 billion won: the defence division … grew 22.3%' is the division's.)
    # ('Registrations of used cars, excluding minivehicles, totalled…': what it leaves out is not its own.)
    own_text = _EXCLUDING_EN.sub(" ", _after_colon(paragraph, own, figure[0]))
    # ('net profit attributable to shareholders' against 归属于母公司股东的净利润 and 归母净利润: the words of
    # the measure the figure's own item names too are no other item's.)
    own_low = own_text.lower()
    own_terms = metrics().find(own_low)
    own_measures = {i for t in own_terms for i in t.ids}
    claim_item_low = claim[claim_item.start:claim_item.end].lower()
    claim_terms = [t for t in metrics().find(claim_item_low) if t.ids & own_measures]
    explained |= {w for t in claim_terms for w in content_words(t.text) if not metrics().find(w)}  # (not 'sales' of 'sales revenue')
    # (Nor 'net' of 'net sales' where the paragraph's own item says bare 'sales': a modifier of the same measure,
    # elided; not against its 'gross revenue'.)
    if not any(_MODIFIER_BEFORE.search(own_low, 0, t.start) for t in own_terms):
        explained |= {m.group(1) for t in claim_terms for m in [_MODIFIER_BEFORE.search(claim_item_low, 0, t.start)] if m is not None}
    # ('the packaging and testing industry's output' for 封测业产值: the words of a glossary item the
    # figure's own is, whatever other item of the paragraph shares one of them, 测试.)
    explained |= _words_of_items(claim[claim_item.start:claim_item.end], _item_ids(own_text))
    # ('complete-bicycle export value' for 整车出口值: a compound the figure's own item means whole does
    # not accuse by its parts.)
    own_senses = {e for senses in _words(own_text).values() for e in senses}
    for m in _COMPOUND.finditer(claim, claim_item.start, claim_item.end):
        if _meets({m.group().lower().replace("-", "")}, own_senses):
            explained |= set(m.group().lower().split("-"))
    # An item cut from an earlier one by market only is that one's kind ('10月玩具出口额…；分市场看，
    # 对东盟出口6.47亿美元': toys carried to ASEAN).
    # ('a 2% fall in national new buy listings; Sydney listings were down 4%': Sydney's are buy listings.)
    if HAN.search(own_text) or _placed_cut_en(own_text, paragraph[:own.start]):
        explained |= _meets(accusing, _senses(paragraph, [i for i in source_items if i.end <= own.start
                                                          and (_cut_of(own_text, paragraph[i.start:i.end]) if HAN.search(own_text)
                                                               else _placed_cut_en(own_text, paragraph[i.start:i.end]))
                                                          and not _names_company(paragraph[i.start:i.end])]))
    if not HAN.search(own_text) and not own_terms and _GAPPED_NAME_MOVES_EN.match(own_text):
        # ('In the United States, rental revenue rose 4.1% …, while Sunbelt Canada grew 9.7% to US$214 million':
        # a part named with no measure of its own has the measure of the items before it.)
        explained |= _meets(accusing, _senses(paragraph, [i for i in source_items if s_start <= i.start and i.end <= own.start]))
    if (bare := _BARE_SIZE_ZH.search(own_text)) is not None:
        # ('2074年中国量子信息产业规模为486亿元…；联盟预计2075年产业规模将达到640亿元': a size an earlier item
        # names whole, said again bare after its year, is that item's.)
        explained |= _meets(accusing, _senses(paragraph, [i for i in source_items
                                                          if i.end <= own.start and bare.group(1) in paragraph[i.start:i.end]]))
    if _THAT_ONE_ZH.match(own_text):
        # ('…位于益阳的…扩产项目将于明年二季度投产，…。该项目计划总投资12.6亿元': the project just named.)
        explained |= _meets(accusing, _senses(paragraph, [i for i in source_items if i.end <= own.start]))
    # ('每个DFD销售点…' where the paragraph defined 「每日新鲜配送」（DFD）: the acronym's words are the item's.)
    for m in _ACRONYM_DEFINED.finditer(paragraph):
        if re.search(rf"(?<![A-Za-z]){re.escape(m.group(2))}(?![A-Za-z])", own_text):
            explained |= _meets(accusing, {e for senses in _words(m.group(1)).values() for e in senses})
    if _AMONG_ZH.match(own_text) and (whole := _SHARE_WHOLE_EN.search(claim, claim_item.start, claim_item.end)) is not None:
        # ('Inverter controllers made up 41.7% of the appliance-controller market' for '…国内家电智能控制器市场规模约
        # 1,286亿元…；其中变频控制器占比41.7%': the words of a share's whole are those of the item its 其中 cuts.)
        before = [i for i in source_items if own.start - 2 <= i.end <= own.start]
        explained |= _meets(accusing & set(content_words(whole.group(0))), _senses(paragraph, before[-1:]))
    explained |= _modifiers_of_own_heads(accusing, own_text, [paragraph[o.start:o.end] for o in rivals], title)
    for other in rivals:
        pair = _pair(own_text, paragraph[other.start:other.end])
        # (What the items measure may be the sentence's lead's: '中砂11月营收中，钻石碟贡献3.65亿元…；再生
        # 晶圆贡献2.78亿元' share 贡献, and the claim's 'revenue' is the lead's 营收.)
        # (What both items measure must be said, unless all they share is a heading word, 领域: 'Aerospace
        # accounted for 24%' for 航空航天领域占24%.)
        needed = pair.shared - _generic_head_senses() if pair is not None else frozenset()
        if pair is None or (needed and not _meets(said, needed) and not _meets(said, lead_senses)) \
                or _meets(said, pair.mine):
            continue
        for w, senses in pair.theirs:
            # (A word the figure's own item means too accuses nothing: 'revenue' for 占营收的比例, where
            # another clause's 人均创收 also means revenue.)
            hit = _meets(accusing, senses) - explained - _meets(accusing, own_senses)
            if hit:
                return Contrast(own_text.strip(" ，,"), sorted(hit)[0], w)
    if not HAN.search(paragraph):
        # (What a company said it measured: 'Hims & Hers Health said … that third-quarter revenue rose 36.4%'.)
        own_head_text = _SAID_THAT_EN.sub("", paragraph[own.start:figure[0]], count=1)
        opens, ends = sentence_span(paragraph, own.start, own.end)
        found = _disjoint_contrast(accusing, said, explained, own_head_text,
                                   [paragraph[o.start:min(f[0] for f in o.figures)] for o in rivals if opens <= o.start < ends])
        if found is None and own_head_text != paragraph[own.start:figure[0]]:
            # (A sibling item of the paragraph's next sentence: 'Weight-loss revenue rose 58.9%' after the
            # total's 'third-quarter revenue rose 36.4%'.)
            found = _disjoint_contrast(accusing, said, explained, own_head_text,
                                       [paragraph[o.start:min(f[0] for f in o.figures)] for o in rivals if o.start >= ends],
                                       bare_own=True)
        return found
    return None


def _modifiers_of_own_heads(accusing: AbstractSet[str], own_text: str, rival_texts: list[str], title: str) -> set[str]:
    """English words another item writes only right before a word the figure's own item writes bare, the two
    the thing the story's title names: the same thing named in full ('acetate' of 'demand for acetate tow' is no
    other item's against 'imports of tow' in a story titled 'Acetate tow makers…'; not 'comparable' of
    'comparable sales' against 'sales')."""
    if HAN.search(own_text) or not title:
        return set()
    title_low = title.lower()
    low = own_text.lower()
    own_words = content_words(own_text)  # (not 'of': 'exports of tow' is another item against 'imports of tow')

    def bare(head: str) -> bool:  # (not 'meat processing' against 'fish processing': a sibling by its modifier)
        # (Nor 'prices of gum rosin' against 'turpentine prices': a head its own 'of' phrase narrows.)
        return head in own_words and all(
            (m.group(1) is None or m.group(1) not in own_words) and not low.startswith(" of ", m.end())
            for m in re.finditer(rf"(?:\b([a-z]+)\s)?\b{re.escape(head)}\b", low))

    out = set()
    for w in accusing:
        after = [m.group(1) for t in rival_texts for m in re.finditer(rf"\b{re.escape(w)}\s([a-z]+)", t.lower())]
        if after and all(bare(a) and f"{w} {a}" in title_low for a in after) and not re.search(rf"\b{re.escape(w)}\b", low):
            out.add(w)
    return out


_FRACTION_OF_EN = re.compile(r"\s*(?:about|around|nearly|almost|roughly|some|over|more than|less than|just over|just under)?\s*"
                             r"(?:half|a half|a third|one-third|a quarter|one-quarter|two-thirds|three-quarters|a fifth|"
                             r"\d+(?:\.\d+)?\s?(?:%|percent|per cent))\s+of\b", re.IGNORECASE)
_PREDICATE_EN = re.compile(r"\s(?:was|were|is|are|went|came|comes|goes)\s")
_SAID_THAT_EN = re.compile(r"^.*?\b(?:said|says|reported|announced)\b[^.;]*?\bthat\s")


@lru_cache(maxsize=1)
def _generic_head_senses() -> frozenset[str]:
    """The English senses of the words that head items without saying what is measured
    (data/generic_item_heads.txt)."""
    return frozenset(e for w in word_list("generic_item_heads.txt") for e in chinese_words(w).get(w, ()))


def _disjoint_contrast(accusing: AbstractSet[str], said: AbstractSet[str], explained: AbstractSet[str], own_text: str,
                       rival_texts: list[str], bare_own: bool = False) -> Contrast | None:
    """Sibling items of one sentence that share no word ('…, and termite and ancillary services jumped
    11.5%' against 'commercial pest control rose 9.8%'): each opens with what it measures and a verb
    that moves it; a claim that uses none of its figure's own item's words, and whose every word (less
    names and measures: 'revenue' is every item's) is one of another item's, describes that item.
    ``own_text`` and ``rival_texts``: the sentence's items up to their first figures. ``bare_own``: the
    figure's own item may name only a measure (the total's 'third-quarter revenue rose')."""
    own_head = _moved_head(own_text)
    if own_head is None:
        return None
    own_words = _item_words(own_head)
    claimed = {w for w in accusing if not metrics().find(w)} - set(explained)
    if (not own_words and not bare_own) or not claimed or (own_words and _meets(set(said), own_words)):
        return None
    for other in rival_texts:
        head = _moved_head(other)
        if head is None:
            continue
        theirs = _item_words(head) - own_words
        if theirs and _meets(claimed, theirs) == claimed:
            word = min(sorted(claimed), key=lambda w: head.lower().find(w) % 10_000)
            return Contrast(own_head.strip(" ,"), word, word)
    return None


def _moved_head(text: str) -> str | None:
    """What an item measures, written before the verb that moves it ('termite and ancillary services' of
    'and termite and ancillary services jumped'); None when it opens otherwise ('held net cash of') or
    points back ('the segment's ratio')."""
    m = _MOVED_HEAD.match(text)
    if m is None or _POINTS_BACK.search(m.group(1)):
        return None
    return m.group(1)


# ('the SmartSystems business contributed $14.9 million, … and industrial products $8.8 million': a verb
# that gives an item its amount, or none where the list leaves it out.)
_GIVES_AMOUNT_EN = r"contributed|generated|brought\sin|added"
_MOVED_HEAD = re.compile(r"^\s*(?:(?:and|but|while|whereas)\s)?((?:[A-Za-z&'-]+\s){1,5}?)(?:(?:" + _MOVE_VERBS_EN +
                         r"|" + _GIVES_AMOUNT_EN + r")\b|(?=(?:[$€£¥]|(?:US|HK|NT|A|C|S)\$)\d)|$)", re.IGNORECASE)
_POINTS_BACK = re.compile(r"\b(?:the|its|their|this|that)\s(?:segment|division|unit|business|group|company|latter|former)\b|"
                          r"\b(?:it|they)\b", re.IGNORECASE)


def _rare_words_only(claim: str, words: AbstractSet[str], senses: AbstractSet[str]) -> bool:
    """Whether a claim item's words are all rare lower-case words (no names, no dictionary words) that
    none of ``senses`` is: words the dictionary cannot read, which tell nothing either way."""
    from citebrief.facts.lexicon import is_common_word

    return bool(words) and not _meets(words, senses) and all(
        re.search(rf"\b{re.escape(w)}", claim) and not is_common_word(w) and not is_common_word(w.removesuffix("s"))
        for w in words)


def _item_words(text: str) -> set[str]:
    """An English item's own words: its content words less names and the words of its measures."""
    measures = {w for t in metrics().find(text.lower()) for w in content_words(t.text)}
    return {w for w in content_words(text) - name_words(text) - measures if not metrics().find(w)}


@dataclass(frozen=True, slots=True)
class Swap:
    """Two figures of a claim each described with the words of the other's item in the paragraph."""

    first: str  # the first figure's item in the paragraph, as written
    second: str  # the second figure's
    first_word: str  # the claim's word for the first figure that is the second item's ("" when none)
    second_word: str  # and the other way round


def swapped(claim: str, claim_figures: list[tuple[int, int]], first: tuple[int, int], second: tuple[int, int],
            paragraph: str, paragraph_figures: list[tuple[int, int]], first_at: tuple[int, int],
            second_at: tuple[int, int], *, one_kind: bool) -> Swap | None:
    """Whether two of the claim's figures (``first`` and ``second``, in claim items of their own), found
    in the paragraph at ``first_at`` and ``second_at`` (in items of their own), trade items: the words
    that tell the claim's first item from its second are the paragraph's second item's and none of
    its first's, and the other way round ('stevia revenue fell 6.8% while monk fruit extract revenue rose
    27.5%' for 罗汉果提取物收入下降6.8%，甜菊糖苷收入增长27.5%). Words both claim items share, and names,
    accuse neither (the binding compares names). ``one_kind``: both figures are percentages or neither, so
    that one side's rare words may leave the other side's to tell alone."""
    claim_items = items(claim, claim_figures)
    mine = next((i for i in claim_items if first in i.figures), None)
    other = next((i for i in claim_items if second in i.figures), None)
    source_items = items(paragraph, paragraph_figures)
    own = next((i for i in source_items if first_at in i.figures), None)
    theirs = next((i for i in source_items if second_at in i.figures), None)
    if mine is None or other is None or own is None or theirs is None or mine is other or own is theirs:
        return None
    first_words = _claim_words(claim[mine.start:mine.end], first[0] - mine.start)[0]
    # (Where the first item ends at its figure, the words after the second's are both items': 'added $2.5 billion and
    # currency movements $8.4 billion to Man Group's assets in the first half'.)
    other_end = second[1] if mine.start < other.start and not claim[first[1]:mine.end].strip(" ,.") else other.end
    second_words = _claim_words(claim[other.start:other_end], second[0] - other.start)[0]
    first_words, second_words = first_words - second_words, second_words - first_words
    own_text, their_text = _after_colon(paragraph, own, first_at[0]), _after_colon(paragraph, theirs, second_at[0])
    pair = _pair(own_text, their_text)
    if pair is None and not HAN.search(paragraph) and sentence_span(paragraph, own.start, own.end) == \
            sentence_span(paragraph, theirs.start, theirs.end):
        # ('Investment performance added $8.4 billion to assets and currency movements a further $2.5 billion': two
        # items of one sentence that share no word differ in all of theirs.)
        pair = _heads_apart(own_text, their_text)
    if pair is None:
        return None
    own_senses = pair.mine
    their_senses = frozenset(e for _, senses in pair.theirs for e in senses)
    first_hit, second_hit = _meets(first_words, their_senses), _meets(second_words, own_senses)
    if _meets(first_words, own_senses) or _meets(second_words, their_senses):
        return None
    # (One side's words may be rare words the dictionary gives neither item, 'chromite' for 铬铁矿: the
    # other side's then tell alone, for figures of one kind.)
    either = own_senses | their_senses
    if not (first_hit and (second_hit or (one_kind and _rare_words_only(claim, second_words, either)))) and \
            not (second_hit and one_kind and _rare_words_only(claim, first_words, either)):
        return None
    return Swap(own_text.strip(" ，,"), their_text.strip(" ，,"), min(first_hit, default=""), min(second_hit, default=""))


def _names_company(text: str) -> bool:
    """Whether a Chinese item names a company: its total, whose description may name its other lines
    ('同样兼营香精与电子雾化业务的中国波顿…中期收入'), is no kind its parts are cut from."""
    return any(n.entity is not None and n.entity.kind == "company" for n in source_names(text))


def _after_colon(text: str, item: Item, at: int) -> str:
    """An item's text from its last colon before ``at`` ('third-quarter revenue rose 18.2%: power
    transformer revenue rose 31.2%…' is the transformers' from the colon on)."""
    colon = max(text.rfind(":", item.start, at), text.rfind("：", item.start, at))
    return text[colon + 1 if colon >= 0 else item.start:item.end]


def _item_ids(text: str) -> frozenset[str]:
    """The glossary items a text's words name (facts.glossary.items)."""
    return frozenset(i for t in item_glossary().find(text.lower()) for i in t.ids)


def _words_of_items(text: str, ids: frozenset[str]) -> set[str]:
    """The words of ``text`` inside its glossary terms for any of ``ids``."""
    low = text.lower()
    return {w for t in item_glossary().find(low) if t.ids & ids for w in re.findall(r"[a-z]+", low[t.start:t.end])}


_OWNER_BEFORE = re.compile(r"^\s*(?:the\s)?[^'’]{1,40}?(?:'s|’s|(?<=s)'|(?<=s)’)\s")


def other_whole(claim_whole: str, source_whole: str, paragraph: str) -> str | None:
    """The word of a claim's whole ('of Yili's liquid milk revenue') that the source's whole
    (营业总收入) lacks and the paragraph gives to something else (液体乳): the share is of another
    whole. None when every word of the claim's whole is in the source's, or nowhere in the paragraph."""
    from citebrief.facts.glossary import metrics

    # Metric words are the metric glossary's to compare ('wafer revenue' = 晶圆销售金额).
    # ("of the banking system's total loans": whose the whole is, is the binding's to compare.)
    text = _OWNER_BEFORE.sub("", _without_names(claim_whole))
    for term in sorted(metrics().find(text.lower()), key=lambda t: -t.start):
        text = text[:term.start] + " " + text[term.end:]
    words = content_words(text, whole_compounds=True) - word_list("whole_universe_words.txt")
    whole_senses = {e for s in _words(source_whole).values() for e in s}
    missing = words - _meets(words, whole_senses)
    if not missing:
        return None
    elsewhere = {e for w, s in _words(paragraph).items() if len(w) > 1 and w not in source_whole for e in s}
    # ('电子烟及类似个人电子雾化设备出口额为512.6亿元…；美国占上半年出口额的31.5%': the words the paragraph
    # writes before the whole's own measure elsewhere are that whole's, not another thing's.)
    measures = [source_whole.lower()[t.start:t.end] for t in metrics().find(source_whole.lower())]
    if (total := re.match(r"[总總][^\s，,的]{2,5}", source_whole)) is not None:
        measures.append(total.group())  # ('全球白银总需求为8.46亿盎司…，占总需求的60.5%': silver's total demand)
        # ('全国CTP印刷版材产量为4.86亿平方米…，占总产量的28.2%': the total of the measure first given bare.)
        measures.append(bare_total := total.group()[1:])
    else:
        bare_total = None
    head = source_whole.split()[0] if source_whole.strip() else ""
    if HAN.search(head):
        # ('农产品批发市场上半年交易量合计1,284万吨…，约占集团旗下市场总交易量的29%': the whole's last word.)
        measures += sorted((w for w in _words(head) if len(w) >= 3 and head.endswith(w)), key=len)[-1:]
    for measure in measures:
        if (len(measure) < 3 and measure != bare_total) or not HAN.search(measure):
            continue  # (not a bare 收入, which every segment's revenue ends in)
        # (Where the paragraph first gives the measure: its first sentence, or the sentence before the whole's.)
        first_stop = SENTENCE_END.search(paragraph)
        whole_at = paragraph.find(head) if head else -1
        upto = max(first_stop.start() if first_stop else len(paragraph), whole_at)
        if measure == bare_total:
            # (A bare measure counts only as the paragraph's opening total, in a sentence before the whole's:
            # not '出血类产品收入…，其中海外销售占总收入', whose 收入 is a part's.)
            if first_stop is None or whole_at < first_stop.end() or measure in ("收入", "营收"):
                continue
            upto = first_stop.start()
        for m in re.finditer(re.escape(measure), paragraph.lower()[:upto]):
            own = {e for s in _words(paragraph[max(0, m.start() - 20):m.start()]).values() for e in s}
            # (In any form: 国内 'domestic' there clears 国产 'domestically' elsewhere too.)
            elsewhere = {e for e in elsewhere if not _meets({e}, own)}
    hit = _meets(missing, elsewhere)
    # ('of the domestic soju market' where the paragraph's whole is 'the domestic market' and it speaks
    # of 'domestic soju shipments': the word the paragraph writes beside the whole's own is that whole's.)
    low = paragraph.lower()
    hit = {w for w in hit if not any(re.search(rf"\b{re.escape(v)}\s{re.escape(w)}\b", low)
                                     for v in content_words(source_whole) if v.isascii())}
    return sorted(hit)[0] if hit else None


def part_of_whole(whole: str, owners: Iterable[str] = (), claim_whole: str = "", every_word: bool = False) -> str | None:
    """The words that make a share's whole a part of the company's or market's total ('短剧业务收入':
    短剧业务; "the segment's revenue": segment; 'lotteries turnover': lotteries), beyond its measure
    (the metric glossary's), whose it is (``owners``, names), when, and words that name no part
    (data/whole_plain_words.txt), and words the claim's own whole says too (``claim_whole``: 'total
    generating capacity' for 全国发电装机总容量). None when nothing is left: '占公司营业收入', 'of its
    total revenue'. ``every_word``: the claim's whole is read with its common words too ('open-ear' for
    开放式)."""
    chinese = bool(HAN.search(whole))
    low = (whole if chinese else _without_names(whole)).lower()
    for owner in sorted(owners, key=len, reverse=True):
        if owner:
            low = low.replace(owner.lower(), " ")
    for term in sorted(metrics().find(low), key=lambda t: -t.start):
        low = low[:term.start] + " " + low[term.end:]
    for t in sorted(find_temporals(low)[0], key=lambda t: -t.start):
        low = low[:t.start] + " " + low[t.end:]
    plain = word_list("whole_plain_words.txt") | word_list("whole_universe_words.txt")
    claimed = content_words(_without_names(claim_whole) if claim_whole else "", whole_compounds=True)
    if every_word:
        claimed |= set(re.findall(r"[a-z]{2,}", claim_whole.lower()))
    if chinese:
        for w in sorted((w for w in plain if HAN.search(w)), key=len, reverse=True):
            low = low.replace(w, " ")
        for w, senses in _words(low).items():
            if HAN.search(w) and _meets(claimed, senses):
                low = low.replace(w, " ")
        left = "".join(HAN.findall(low))
        return left if len(left) >= 2 else None
    words = content_words(low, whole_compounds=True) - plain
    words -= _meets(words, claimed)
    return " ".join(sorted(words)) or None


_LIST_SEP = re.compile(r"、|和|与|及|以及")
_LIST_SEP_NOT_JI = re.compile(r"、|和|与|以及")  # ('奶粉及奶制品': 及 inside one listed name)
_LIST_START = re.compile(r"[,，:：;；。]")


@dataclass(frozen=True, slots=True)
class _Pair:
    shared: frozenset[str]  # the senses of the words both items have (what they measure)
    mine: frozenset[str]  # senses of the figure's item that the other lacks
    theirs: tuple[tuple[str, frozenset[str]], ...]  # the other item's modifiers and their senses it alone has


@lru_cache(maxsize=8192)
def _pair(own_text: str, other_text: str) -> _Pair | None:
    pair = _parallel_pair(own_text, other_text)
    if pair is None and not HAN.search(own_text):
        pair = _elided_pair(own_text, other_text) or _from_pair(own_text, other_text)
    elif pair is None:
        pair = _elided_share_zh(own_text, other_text) or _head_list_zh(own_text, other_text) or \
            _measure_heads_zh(own_text, other_text) or _compared_heads_zh(own_text, other_text)
    if HAN.search(own_text) and (pair is None or not pair.theirs):
        # ('前三季度实现营收11.3亿元…' against '不过其数字财政业务收入达1.86亿元…，占总营收的16.5%': the two
        # measure one thing in two words, and the share's whole after the figure is no modifier of either.)
        alike = _one_measure_word(own_text, other_text)
        if alike != other_text and (again := _parallel_pair(own_text, alike)) is not None and again.theirs:
            pair = again
    return pair


_SHARE_ASIDE_ZH = re.compile(r"[，,]\s?占[^，,。；;\d]{0,12}\d[\d.]*\s?%")


def _one_measure_word(own_text: str, other_text: str) -> str:
    """The other item's text with its share-of-whole aside left out and its measure written in the word the
    figure's own item uses for the same metric (收入 as 营收)."""
    text = _SHARE_ASIDE_ZH.sub("", other_text)
    own_terms = metrics().find(own_text.lower())
    for term in metrics().find(text.lower()):
        same = next((t for t in own_terms if t.ids == term.ids and t.text != term.text), None)
        if same is not None and same.text not in text:
            text = text[:term.start] + same.text + text[term.end:]
            break  # (one word: the spans after it would move)
    return text


def _parallel_pair(own_text: str, other_text: str) -> _Pair | None:
    """How two items of a paragraph differ (cached: a brief's claims meet the same pairs again).
    Parallel items share what they measure (收入, 'sales') and differ in the words that modify it
    (动力 / 储能 before 电池系统收入; 'North American' before 'sales'). None when they share nothing
    or the figure's item has no modifier of its own."""
    own_words, other_words = _words(own_text), _words(other_text)
    shared = [w for w in own_words if w in other_words and len(w) > 1]
    if not shared:
        return None
    # When an item is of is no modifier that makes it another item ('10月单月出口值' against
    # '前10月变压器出口值': the single month sets it apart from the ten months, not from transformers);
    # once the items differ otherwise, a claim's period still clears it (below).
    if not _apart(_words(_modifiers(own_text, shared)), other_words) or \
            not _apart(_words(_modifiers(_untimed(own_text), shared)), other_words):
        return None
    # What clears a claim is the figure's item up to the words both share: the words after them that
    # the other item elides ('国际航线旅客周转量…，国内航线仅增长3.1%': 旅客) do not set the items
    # apart. Nor does a company's name: it is the binding's to compare, and the other item may be the
    # same company's (国航 before 国际航线, carried to 国内航线).
    lower = own_text.lower()
    upto = max((lower.find(w) + len(w) for w in shared if w in lower), default=len(own_text))
    # Nor does who says it ('Governor Vitai Ratanakorn said outstanding loans …').
    spoken = max((m.end() for m in _SAYS.finditer(own_text, 0, upto)), default=0)
    named = name_words(own_text) if not HAN.search(own_text) else frozenset()  # ("Schaeffler India's automotive technologies revenue")
    # Nor does the measure the other item leaves out ('高纯铜靶销售额同比增长15.6%，超高纯铝靶增长7.3%': both
    # are sales).
    elided = [t.text for t in metrics().find(own_text.lower())] if not metrics().find(other_text.lower()) else []
    mine = _apart({w: s for w, s in _words(own_text[spoken:upto]).items() if not _organisation(w) and w not in named
                   and not any(w in form for form in elided)}, other_words)
    # (The other item's single characters are too loose to accuse a claim by.)
    their_names = _opening_name_words(other_text) if not HAN.search(own_text) else frozenset()  # (whose it is: the binding's)
    unglossed = _GLOSS_ZH.sub("", other_text)
    # (Not the other item's time words: 目前 is when, not what, '目前…国产化率约为28%'.)
    theirs = tuple((w, frozenset(_apart({w: s}, own_words))) for w, s in _words(_modifiers(_untimed(other_text), shared)).items()
                   if (len(w) > 1 or (_one_sense(s) and w in unglossed)) and w not in own_words and w not in their_names)
    return _Pair(frozenset(e for w in shared for e in own_words[w]), frozenset(mine), theirs)


# Verbs that give an item its revenue ('lithium salts brought in …', '… brought Sansec 108 million yuan').
_BROUGHT_IN_EN = re.compile(r"\b(?:brought|brings|bring|earned|earns|generated|generates|generate)\b", re.IGNORECASE)
_GLOSS_ZH = re.compile(r"[（(][^（）()]*[）)]")  # (a gloss's words: '新能源炭材料（硬碳负极材料…）' lists what it holds)


def _one_sense(senses: AbstractSet[str]) -> bool:
    """Whether a single character means one thing only, a word of five letters or more (锂 lithium,
    铬 chromium): specific enough to accuse a claim by, where most single characters are not."""
    return len(senses) == 1 and len(next(iter(senses))) >= 5


# An English item that leaves out what it measures, a head and its figure only ('…, barley at 12.6 million
# tonnes, down 4.5%', 'and two-wheelers up 8.1%').
_ELIDED_EN = re.compile(r"\s*(?:and\s|while\s|with\s)?(?P<head>[a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2})\s(?:at|up|down)\s\D{0,3}\d")
# ('…, wood processing rose 3.2% … and industrial parks jumped 19.7%': segments named by a head alone,
# when both items are so written.)
_HEAD_MOVES_EN = re.compile(r"\s*(?:and\s|while\s|whereas\s|but\s)?(?P<head>(?!(?:the|its|their|though|although|but|while|as)\s)[a-z][a-z-]+(?:\s[a-z][a-z-]+)?)\s"
                            + "(?:" + _MOVE_VERBS_EN + r")\s(?:by\s)?\D{0,3}\d")
# ('Consumer products revenue grew 6.4 percent and packaging 9.7 percent': a head and its figure, the verb left out.)
_HEAD_FIGURE_EN = re.compile(r"\s*and\s(?:its\s)?(?P<head>[a-z][a-z-]+(?:\s[a-z][a-z-]+)?)\s\D{0,3}\d")
# ('Pump revenue rose 11.2% to ₹588.3 crore, while valves grew 3.8%': a head with the measure the next item
# leaves out.)
_HEAD_MEASURE_MOVES_EN = re.compile(r"\s*(?P<head>[A-Za-z][a-z-]+(?:\s[a-z][a-z-]+)?)\s(?:revenue|revenues|sales|output|"
                                    r"volumes?|shipments|production)\s(?:" + _MOVE_VERBS_EN + r")\s(?:by\s)?\D{0,3}\d")
# ('…; self-medication products wholesale ¥146.7 billion, up 3.8%; pharmaceutical manufacturing ¥52.6 billion':
# segments of a list, each a head and its amount.)
_HEAD_AMOUNT_EN = re.compile(r"\s*(?:and\s)?(?:the\s|its\s)?(?P<head>[a-z][a-z-]+(?:\s[a-z][a-z-]+){0,3})\s(?:[a-z]{1,3}\$|\$|¥|€|£|₹)\d")
_FIGURE_AT = re.compile(r"\d")


def _elided_pair(own_text: str, other_text: str) -> _Pair | None:
    """Two items of an English list whose later one elides the measure both share: they differ in the
    heads before their figures ('Wheat production … down 12.1%' / 'barley at …, down 4.5%')."""
    m = _ELIDED_EN.match(other_text)
    if m is None and (_HEAD_MOVES_EN.match(own_text) or _HEAD_FIGURE_EN.match(own_text) or _HEAD_MEASURE_MOVES_EN.match(own_text)):
        m = _HEAD_MOVES_EN.match(other_text)
    if m is None and _HEAD_AMOUNT_EN.match(own_text):
        m = _HEAD_AMOUNT_EN.match(other_text)
    if m is None or metrics().find(m.group("head").lower()):
        return None  # ('with semiconductor exports up 31.2%': a part that names its measure, no elided one)
    first = _FIGURE_AT.search(own_text)
    before = own_text[:first.start() if first else len(own_text)]
    names = name_words(own_text)
    their_head = content_words(m.group("head"), whole_compounds=True)
    # The own item's head is as many of its first words as the other's head has; its words after
    # that are the measure the other leaves out ('Wheat | production was forecast').
    heads = [content_words(w, whole_compounds=True) for w in re.findall(r"[A-Za-z][\w'-]*", before)]
    heads = [h for h in heads if h and not h & names]
    elided = _ELIDED_EN.match(own_text) or _HEAD_MOVES_EN.match(own_text) or _HEAD_FIGURE_EN.match(own_text) or \
        _HEAD_AMOUNT_EN.match(own_text)  # ('with passenger vehicles up 5.2% and two-wheelers up 8.1%': both)
    own_head = content_words(elided.group("head"), whole_compounds=True) if elided else \
        set().union(*heads[:len(m.group("head").split())])
    mine, theirs = own_head - their_head, their_head - own_head
    if not mine or not theirs:
        return None
    shared = set() if elided else content_words(before, whole_compounds=True) - own_head - names
    return _Pair(frozenset(shared), frozenset(mine), tuple((w, frozenset({w})) for w in sorted(theirs)))


# An English list of amounts, each followed by what it comes from ('including €214.7 million from media
# rights, €158.2 million from advertising').
_AMOUNT_FROM_EN = re.compile(r"\D{0,3}\d[\d,.]*(?:\s(?:million|billion|thousand))?\s(?:from|of)\s(?P<head>[a-z][a-z &'-]{1,40})$")


def _from_pair(own_text: str, other_text: str) -> _Pair | None:
    """Two amounts of such a list: they differ in what each comes from (a measure's name, 'other
    revenue', names none)."""
    other = _AMOUNT_FROM_EN.match(re.sub(r"^\s*(?:and\s)?(?:about\s|some\s|nearly\s)?", "", other_text))
    own = _AMOUNT_FROM_EN.search(own_text)
    if other is None or own is None or metrics().find(other.group("head").lower()) or metrics().find(own.group("head").lower()):
        return None
    own_head = content_words(own.group("head"), whole_compounds=True)
    their_head = content_words(other.group("head"), whole_compounds=True)
    mine, theirs = own_head - their_head, their_head - own_head
    if not mine or not theirs:
        return None
    return _Pair(frozenset(), frozenset(mine), tuple((w, frozenset({w})) for w in sorted(theirs)))


# A Chinese list's later share that leaves out what both are shares of: '周边产品占营收比重约46%，影像模组约29%'.
_ELIDED_SHARE_ZH = re.compile(r"\s*(?P<head>[^\d，,。；;：:、（）()约为]{2,12}?)\s?(?:约|约为|为|达|占)?\s?\d")
_SHARE_OF_ZH = re.compile(r"占[^\d，,。；;]{0,8}?(?:比重|比例|的)?\s?(?:约|约为|为|达)?\s?$|(?:占比|比重)\s?(?:约|约为|为|达)?\s?$")


def _elided_share_zh(own_text: str, other_text: str) -> _Pair | None:
    """Two shares of a Chinese list whose later one leaves out the whole both are of: they differ in the
    heads before them (周边产品 / 影像模组); what the first says of its whole (占营收比重) is shared."""
    m = _ELIDED_SHARE_ZH.match(other_text)
    first = re.search(r"\d", own_text)
    if m is None or first is None or metrics().find(m.group("head").lower()):
        return None
    share = _SHARE_OF_ZH.search(own_text, 0, first.start())
    if share is None:
        return None
    own_head, their_head = _words(_untimed(own_text[:share.start()])), _words(m.group("head"))
    shared = {e for s in _words(share.group()).values() for e in s}
    mine = _apart({w: s for w, s in own_head.items() if len(w) > 1 and not _organisation(w)}, their_head)
    theirs = tuple((w, frozenset(_apart({w: s}, own_head))) for w, s in their_head.items() if len(w) > 1)
    if not mine or not theirs:
        return None
    return _Pair(frozenset(shared), frozenset(mine), theirs)


# A Chinese list's item written as a head and its figure, nothing between ('其中电视机1,420万台', '电冰箱1,050万台').
# (Not a measure told with its verb: '处理量为872万台', '销量达5.86万吨'.)
_HEAD_FIGURE_ZH = re.compile(rf"(?:其中\s?[,，]?\s?)?(?P<head>[{HAN_CLASS}]{{2,8}})(?<![为达约是至共计近超逾])\d[\d,.]*(?![\d,.]*[吋寸年月日季号])")
# (Nor a clause whose head holds a verb or a company: '集团共有门店6,248家', '国检集团则下跌0.86%'.)
_NOT_A_HEAD_ZH = re.compile(r"[有共为达是约占计则跌涨升降增减至报收]|公司|集团")


def _head_list_zh(own_text: str, other_text: str) -> _Pair | None:
    """Two items of a Chinese list that each open with a head right before its figure ('电冰箱1,050万台' /
    '洗衣机1,180万台'): they share no word, and differ in their heads. Heads that are measures (营收, 净利润:
    what a figure is, compared elsewhere), that point at a market or time (_CUT_WORDS) or name a company
    (the binding's to compare) set nothing apart."""
    own, other = _HEAD_FIGURE_ZH.match(own_text), _HEAD_FIGURE_ZH.match(other_text)
    if own is None or other is None:
        return None
    heads = own.group("head"), other.group("head")
    if heads[0] == heads[1] or any(metrics().find(h) or _organisation(h) or _NOT_A_HEAD_ZH.search(h)
                                   or any(w in h for w in _CUT_WORDS) for h in heads):
        return None
    return _heads_apart(*heads)


def _heads_apart(own_head_text: str, their_head_text: str) -> _Pair | None:
    """How two items' heads differ, by their words of two or more characters; None when either has none
    the other lacks."""
    own_head, their_head = _words(own_head_text), _words(their_head_text)
    mine = _apart({w: s for w, s in own_head.items() if len(w) > 1}, their_head)
    theirs = tuple((w, frozenset(_apart({w: s}, own_head))) for w, s in their_head.items() if len(w) > 1)
    if not mine or not theirs:
        return None
    return _Pair(frozenset(), frozenset(mine), theirs)


def _measure_heads_zh(own_text: str, other_text: str) -> _Pair | None:
    """Two items of a Chinese paragraph that each open with what they are of, then a measure ('阔叶浆均价为
    每吨4,860元' / '钛白粉6月末报价为每吨14,250元'): heads that differ set the items apart, whatever
    measure each names. Heads are read as _head_list_zh reads them, past times and 国内-like words."""
    heads = []
    for text in (own_text, other_text):
        plain = _untimed(text)
        term = _ITEM_MEASURE_ZH.search(plain)
        if term is None:
            return None
        # (The head is the last clause's before the measure: '受…需求带动，前三季度国内PVB树脂表观消费量'.)
        head = re.split(r"[，,]", re.sub(r"\s", "", plain[:term.start()]))[-1]
        head = _HEAD_END_ZH.sub("", _HEAD_LEAD_ZH.sub("", head))
        if not _HEAD_ONLY_ZH.fullmatch(head) or _NOT_A_HEAD_ZH.search(head) or _organisation(head) or \
                any(w in head for w in _CUT_WORDS):
            return None
        heads.append(head)
    if heads[0] == heads[1] or heads[0] in heads[1] or heads[1] in heads[0]:
        return None
    return _heads_apart(*heads)


def _compared_heads_zh(own_text: str, other_text: str) -> _Pair | None:
    """An item and the clause after it that sets its figure against another item's ('导热膜…毛利率为37.5%' /
    '高于粉体业务的28.9%', _OTHER_COMPARED_ZH): they differ in their heads, the one the clause compares with
    and the one before the first measure of the item."""
    heads = []
    for text in (own_text, other_text):
        plain = text.strip(" ，,")
        compared = _OTHER_COMPARED_ZH.match(plain)
        if compared is not None:
            heads.append((compared.group("head"), True))
            continue
        term = next(iter(metrics().find(plain.lower())), None)
        head = re.split(r"[，,]", re.sub(r"\s", "", plain[:term.start]))[-1] if term is not None else ""
        heads.append((_HEAD_END_ZH.sub("", _HEAD_LEAD_ZH.sub("", head)), False))
    (own_head, own_compared), (their_head, their_compared) = heads
    if own_compared == their_compared or not all(_HEAD_ONLY_ZH.fullmatch(h) for h in (own_head, their_head)) or \
            any(_NOT_A_HEAD_ZH.search(h) or _organisation(h) or metrics().find(h) for h in (own_head, their_head)):
        return None
    return _heads_apart(own_head, their_head)


# What may open an item before its head: the market it is measured in ('国内', '华东地区').
_HEAD_LEAD_ZH = re.compile(r"^(?:今年|去年|明年|本年|当年)?(?:国内|全国|国外|海外|境内|境外)?")
_HEAD_END_ZH = re.compile(r"(?:末|底|初|中)$")
# The measures such items name after their heads: prices and volumes.
_ITEM_MEASURE_ZH = re.compile(r"均价|报价|价格|加工费|售价|现货价|产量|销量|出货量|消费量|需求量|进口量|出口量")
_HEAD_ONLY_ZH = re.compile(rf"[{HAN_CLASS}A-Za-z0-9]{{2,14}}")


# Words that only point a measure at a market ('对东盟出口', '自澳大利亚进口'), a span of time (日均产量) or
# a forecast of it (预估全年产值).
# (Nor a share of it, 占比, or the unit of a share's change, 百分点, which may be cut as 个百 + 分点.)
_CUT_WORDS = frozenset({"其中", "日均", "月均", "周均", "单月", "当月", "单季", "全年", "预估", "预计", "估计", "百分点", "分点", "占比", "比重",
                        # (verbs of a change: '较二季度提高2.1个百分点')
                        "提高", "提升", "增长", "增加", "上升", "下降", "减少", "降低", "下滑", "回落"})


@lru_cache(maxsize=8192)  # (a paragraph's items are compared again for every claim that cites it)
def _cut_of(own_text: str, earlier_text: str) -> bool:
    """Whether an item is an earlier item of its paragraph cut by market, time or forecast only: besides
    what both measure, its words are places, bodies, _CUT_WORDS or words the earlier item says, so the
    earlier item's modifiers (玩具) are carried to it."""
    earlier = _words(earlier_text)
    # (Single characters, 对 or 日 of 日均, are too loose to set an item apart by.)
    # (Nor words that say nothing of what the figure is of, 他预估, 约为, nor one the earlier item says
    # in other words.)
    said = stopwords() | {e for senses in earlier.values() for e in senses}
    extra = [w for w, senses in _words(_untimed(own_text)).items() if w not in earlier and w not in _CUT_WORDS
             and (len(w) > 1 or w in word_list("element_characters.txt")) and not (senses and senses <= said)]
    return any(w in earlier for w in _words(own_text)) and all(
        # (A market word may be cut with its preposition: '对美国出口' as 对美国, 对美 as the abbreviation.)
        lookup(w) or (w[:1] in TOWARDS and lookup(w[1:])) or abbreviated_place(w) is not None
        for w in extra if not w.isascii())


def _placed_cut_en(own_text: str, earlier_text: str) -> bool:
    """Whether an English item is an earlier one cut by place only: it shares a word with it, and its
    other words are places ('Sydney listings' after 'national new buy listings')."""
    from citebrief.facts.atoms import english_names

    earlier, own = _words(earlier_text), _words(own_text)
    extra = [w for w in own if w not in earlier and len(w) > 1]
    # ('Sales in the United States': a place of several words, read whole.)
    placed = {w for n in english_names(own_text) if n.entity is not None and n.entity.kind == "place"
              for w in content_words(n.text)}
    return len(own) > len(extra) and bool(extra) and \
        all(w in placed or any(e.kind == "place" for e in lookup(w)) for w in extra)


def name_words(text: str) -> frozenset[str]:
    """The lower-case words of the names in an English text ('schaeffler', 'india')."""
    from citebrief.facts.atoms import english_names

    return frozenset(w for n in english_names(text) for w in content_words(n.text))


def _opening_name_words(text: str) -> frozenset[str]:
    """The words of the name an English item opens with ('First Gen Corp., which reports…': its subject)."""
    from citebrief.facts.atoms import english_names

    lead = len(text) - len(text.lstrip())
    return frozenset(w for n in english_names(text) if _CAPITALS_ONLY.fullmatch(text, lead, n.start)
                     for w in content_words(n.text))


_CAPITALS_ONLY = re.compile(r"(?:[A-Z][\w.'’-]*\s)*")  # ('First Gen': a capitalised word a name drops)


def _organisation(word: str) -> bool:
    return any(e.kind != "place" for e in lookup(word))


def _listed(paragraph: str, figure: tuple[int, int], figures: list[tuple[int, int]]) -> tuple[str, list[str]] | None:
    """For a figure of a list paired in order with a run of figures (Chinese 分别, English
    'respectively'): the name it is paired with and the other names."""
    if HAN.search(paragraph):
        return _listed_zh(paragraph, figure, figures)
    return _listed_en(paragraph, figure, figures)


# Between two figures of one run: a list separator, and a direction word ('下降2.1%、增长6.9%和增长9.8%',
# '18元/吨和15元/吨', 'up 9.4%, 4.1% and 14.8%'); a clause break ends the run.
_RUN_GAP = re.compile(r"\s?(?:/[^\s,，;；。\d]{1,2})?\s?(?:[、和及与]|以及|,\s?(?:and\s)?|\sand\s)\s?"
                      rf"(?:(?:同比|环比|按年|按月|年|月)?(?:{_UP_ZH}|{_DOWN_ZH})|up\s|down\s)?\s?")


def _runs(paragraph: str, figures: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The paragraph's figures in runs: neighbours parted only by a list separator (_RUN_GAP)."""
    runs: list[list[tuple[int, int]]] = []
    for f in sorted(figures):
        if runs and _RUN_GAP.fullmatch(paragraph, runs[-1][-1][1], f[0]):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


# What closes a Chinese list's last name and is all the names': a count of the items ('医学影像三大业务':
# three businesses), what is measured ('经济快递业务量'), a base ('核电发电量同比' once 发电量 is cut), 的.
_LIST_TAIL_ZH = re.compile(r"(?:[两二三四五六七八九十]\s?(?:大|个|項|项|类)[^、和及与]{0,4})?(?:业务量|件量|数量|金额|规模)?"
                           r"(?:同比|环比|按年|按月)?的?$")


def _listed_zh(paragraph: str, figure: tuple[int, int], figures: list[tuple[int, int]]) -> tuple[str, list[str]] | None:
    """For a figure of a Chinese 分别 list ('农险、意外健康险综合成本率分别为92.4%、101.3%'): the name
    it is paired with and the other names, each without the metric the last one carries."""
    from citebrief.facts.atoms import source_names
    from citebrief.facts.glossary import metrics

    start = sentence_start(paragraph, figure[0])
    at = paragraph.rfind("分别", start, figure[0])
    if at < 0:
        return None
    # ('A、B、C分别实现收入X、Y、Z，同比分别增长a、b、c': a later 分别 of the sentence pairs the same names.)
    region, named_at = "", at
    while named_at >= 0:
        head_start = max((m.end() for m in _LIST_START.finditer(paragraph, start, named_at)), default=start)
        region = paragraph[head_start:named_at]
        if len(_LIST_SEP.split(region)) >= 2:
            break
        named_at = paragraph.rfind("分别", start, named_at)
    # The run of figures right after 分别 ('分别为103.52亿元、121.37亿元和47.25亿元'), not a later figure
    # of the sentence ('，其中品牌羽绒服业务占总收入的67.8%').
    run = next((r for r in _runs(paragraph, [f for f in figures if f[0] > at]) if figure in r), None)
    if run is None or run[0] != min((f for f in figures if f[0] > at), default=None):
        return None
    if _BACK_REFERENCE_ZH.search(region):
        # ('其中光纤陀螺类产品78.2亿元、激光陀螺类产品52.6亿元、微机电惯性器件55.6亿元，三者同比分别增长9.8%、
        # 6.1%和28.4%': 三者 are the names listed, each with its figure, in the clause before.)
        region = _names_before_back_reference(paragraph, start, head_start, figures, len(run)) or region
    for names in _name_splits(region):
        if len(names) != len(run):
            continue
        if sum(bool(source_names(n)) for n in names) > 1:
            return None  # a list of companies: the binding pairs subjects
        if sum(bool(_TIME_NAME.search(n)) for n in names) > 1:
            return None  # ('预计11月和12月…分别回落至4%和3%': a list of months or years: the binding pairs periods)
        metric = next((t for t in metrics().find(names[-1].lower()) if t.start > 0), None)
        if metric is not None:
            names[-1] = names[-1][:metric.start]
        names[-1] = _LIST_TAIL_ZH.sub("", names[-1])
        names[0] = _without_lead(names[0])
        if not all(names):
            return None
        k = run.index(figure)
        return names[k], names[:k] + names[k + 1:]
    return None


_TIME_NAME = re.compile(r"(?<!\d)\d{1,2}\s?月|(?:19|20)\d\d\s?年|[今明去]年")
_BACK_REFERENCE_ZH = re.compile(r"^(?:[两二三四五六]者|上述[^、，,]{0,6})")
_LIST_OPENING_ZH = re.compile(r"^(?:其中|分别是|包括)?[，,：:]?")
_BACK_PART_START = re.compile(r"[，,、：:；;]")


def _names_before_back_reference(paragraph: str, start: int, head_start: int, figures: list[tuple[int, int]],
                                 count: int) -> str | None:
    """The names a back-reference (三者) stands for: the ``count`` clauses or 、-parts right before it, each
    a name and its one figure ('光纤陀螺类产品78.2亿元'); the names joined with 、, or None when a part holds
    no figure or more than one."""
    parts: list[tuple[int, int]] = []
    end = head_start - 1
    while len(parts) < count and end > start:
        begin = max((m.end() for m in _BACK_PART_START.finditer(paragraph, start, end)), default=start)
        parts.insert(0, (begin, end))
        end = begin - 1
    names = []
    for a, b in parts:
        inside = [f for f in figures if a <= f[0] < b]
        if len(inside) != 1:
            return None
        names.append(_LIST_OPENING_ZH.sub("", paragraph[a:inside[0][0]]).strip())
    return "、".join(names) if len(names) == count and all(names) else None


def _name_splits(region: str) -> list[list[str]]:
    """The ways a Chinese list may part its names: at every separator; with 及 inside a name ('奶粉及
    奶制品'); at 、 and the first 和/与/及 after the last 、 only ('生命信息与支持、体外诊断和医学影像',
    '消费电子和工业与汽车')."""
    by_comma = region.split("、")
    last = re.split(r"和|与|以及|及", by_comma[-1], maxsplit=1)
    splits = [_LIST_SEP.split(region), _LIST_SEP_NOT_JI.split(region), by_comma[:-1] + last]
    return [[n.strip() for n in s] for s in splits if all(n.strip() for n in s)]


def _without_lead(name: str) -> str:
    """A list's first name without the company and period the sentence opens with ('迈瑞医疗前三季度
    生命信息与支持' is 生命信息与支持)."""
    from citebrief.facts.atoms import source_names
    from citebrief.facts.temporal import find_temporals

    ends = [n.end for n in source_names(name)] + [t.end for t in find_temporals(name)[0]]
    ends += [m.end() for m in _LIST_LEAD_ZH.finditer(name)]
    cut = max((e for e in ends if e < len(name)), default=0)
    return name[cut:].lstrip("的 ")


# Words that open a sentence's list, not its first name ('其中饮料与食品').
_LIST_LEAD_ZH = re.compile(r"^(?:其中|另外|此外|同时|而)")


# English: a list's names end before what they measure or the verb ('defense, rail and eco-plant
# divisions posted revenue of'); they begin after a clause's opening words ('while personal care').
_NAME_END_EN = re.compile(r"\b(?:divisions?|segments?|units?|business(?:es)?|arms?|operations?|revenues?|sales|"
                          r"posted|came|grew|rose|fell|reported|recorded|were|was|accounted|made|generated|saw|had|"
                          r"climbed|jumped|increased|decreased|declined|dropped|edged|slipped|gained|reached|totall?ed)\b",
                          re.IGNORECASE)
_NAME_LEAD_EN = re.compile(r"^(?:.*\b(?:while|whereas|its|their|in|of|for|from|at|among|the|said|says|told|noted|added|"
                           r"expects|that)\s+)?(?:.*'s?\s+)?", re.IGNORECASE)
_BASE_EN = re.compile(r"\b(?:(?:year|quarter|month)[- ]on[- ](?:year|quarter|month)|on[- ](?:year|quarter|month)|"
                      r"from a year (?:earlier|ago))\b", re.IGNORECASE)
_CLAUSE_OPEN_EN = re.compile(r",?\s(?:while|whereas|but)\s|;\s|,\s(?=and\s)")


def _listed_en(paragraph: str, figure: tuple[int, int], figures: list[tuple[int, int]]) -> tuple[str, list[str]] | None:
    """For a figure of an English 'respectively' list whose names no glossary knows ('Revenue in
    Fanuc's robot, factory automation (FA) and Robomachine divisions came to X, Y and Z,
    respectively, up a, b and c'): the name it is paired with and the other names."""
    start = sentence_start(paragraph, figure[0])
    end_match = SENTENCE_END.search(paragraph, figure[1])
    end = end_match.start() if end_match else len(paragraph)
    said = RESPECTIVELY.search(paragraph, start, end)
    if said is None:
        in_sentence = [f for f in figures if start <= f[0] < end]
        return _gapped_en(paragraph, figure, in_sentence) or _heads_after_en(paragraph, figure, in_sentence)
    runs = _runs(paragraph, [f for f in figures if start <= f[0] < end])
    closed = next((r for r in reversed(runs) if r[-1][1] <= said.start()), None)
    if closed is None or len(closed) < 2 or \
            _BASE_EN.sub("", paragraph[closed[-1][1]:said.start()]).strip(" ,"):
        return None  # (only a base may stand between the run and 'respectively': '6% and 9% on-year, respectively')
    n = len(closed)
    opener = max((m.end() for m in _CLAUSE_OPEN_EN.finditer(paragraph, start, closed[0][0])), default=start)
    after = _CLAUSE_OPEN_EN.search(paragraph, said.end(), end)
    paired = [r for r in runs if len(r) == n and opener <= r[0][0] and (after is None or r[-1][1] <= after.start())]
    mine = next((r for r in paired if figure in r), None)
    if mine is None:
        return None
    names = _english_list(paragraph[opener:paired[0][0][0]], n)
    if names is None:
        return None
    k = mine.index(figure)
    return names[k], names[:k] + names[k + 1:]


# A gapped list's next item: its head right before its amount, the verb left out ('…contributed $398.5
# million, manufacturing $22.7 million and other businesses $12.5 million').
_GAPPED_HEAD = re.compile(r"(?:\sof\s(?:the\s)?[\w'’-]+(?:\s[\w'’-]+){0,3})?(?:,\s(?:and\s)?|\sand\s)(?P<head>(?!(?:or|about|around|some|nearly|up|down|a|an|the|to|from|of|at|"
                          r"with|against|compared|versus|than|by|in|on|its|their|which|that|who|while|whereas|but|" + _MOVE_VERBS_EN +
                          r")\b)(?:(?!(?:" + _MOVE_VERBS_EN + r"|was|were|is|are|had|has|reached|totalled|totaled)\b)[a-z][\w&'-]*\s){1,3})"
                          r"(?:such\sas\s[^,;]{1,48}?\s)?")
# The list's first item: its head and the verb that gives it its amount.
# (At a sentence's start its first word is capitalised: 'Steel customers took 31% of the quarter's volumes,
# construction 27%…'.)
_GAPPED_FIRST = re.compile(r"(?:(?:^|,\s|\b(?:of\swhich|while|whereas)\s)(?P<head>(?!(?:which|that|who|it|they|while|whereas|and|but)\b)"
                           r"(?:[a-z][\w&'-]*\s){1,3})|(?:(?<=[.;]\s)|^)(?P<opening>(?!(?:It|They|The|This|That|Its|Their)\b)[A-Z][a-z][\w&'-]*\s"
                           r"(?:[a-z][\w&'-]*\s){0,2}))"
                           r"(?:" + _GIVES_AMOUNT_EN + r"|accounted\sfor|made\sup|was|were|took|" + _MOVE_VERBS_EN + r")\s(?:by\s)?$")
# Figures of one item: a move and the level it reaches ('grew 12.4% to US$19.3 million'), or a level and
# its move (', up 8.9%').
_SAME_ITEM_GAP = re.compile(r"\s(?:to|from)\s(?:about\s|some\s)?|,\sor\s(?:about\s)?")
# A share list keeps its preposition ('with the Permian accounting for 38% and the Haynesville for
# 11%'; 'transmission accounting for 27% of the tonnage, transport for 22%'): heads may be names here,
# since each item's 'for' marks it as a head.
_GAPPED_SHARE_FIRST = re.compile(r"(?:^|,\s|\b(?:with|of\swhich|while|whereas)\s)(?P<head>(?!with\b)(?:the\s)?(?!(?:which|that|who|it|they)\b)"
                                 r"(?:[A-Za-z][\w&'-]*\s){1,4})(?:accounting|accounted)\sfor\s$")
_GAPPED_SHARE_HEAD = re.compile(r"(?:\s(?:of|in)\s(?:the\s)?[\w&'-]+(?:\s[\w&'-]+){0,3})?(?:,\s(?:and\s)?|\sand\s)"
                                r"(?P<head>(?:the\s)?(?!(?:and|or|up|down|compared|against|its|their)\b)(?:[A-Za-z][\w&'-]*\s){1,3})for\s")


# An amount of a list that names each item after it ('made up of $79.6 billion in absolute return, $56.2
# billion in total return and $32.5 billion in multi-manager funds'): the head after 'in'.
_HEAD_AFTER_FIGURE_EN = re.compile(r"\s(?:in|from)\s(?:the\s)?(?P<head>(?!(?:the|a|an|its|their|about|some)\b)(?:[a-z][\w&'-]*\s?){1,6}?)"
                                   r"(?=,\s(?:and\s)?|\sand\s|[.;]|$)")
_NEXT_IN_LIST_EN = re.compile(r",\s(?:and\s)?|\sand\s")


def _heads_after_en(paragraph: str, figure: tuple[int, int], figures: list[tuple[int, int]]) -> tuple[str, list[str]] | None:
    """For an amount of a list whose items are named after their amounts (_HEAD_AFTER_FIGURE_EN): the head it
    is paired with and the other heads; None unless two or more amounts in a row are so named."""
    run: list[tuple[int, int, str]] = []  # (amount's start, its head's end, the head)
    for f in sorted(figures):
        head = _HEAD_AFTER_FIGURE_EN.match(paragraph, f[1])
        joined = bool(run) and _NEXT_IN_LIST_EN.fullmatch(paragraph, run[-1][1], f[0]) is not None
        if run and (head is None or not joined):
            if len(run) >= 2 and any(start == figure[0] for start, _, _ in run):
                break
            run = []
        if head is not None:
            run.append((f[0], head.end(), head.group("head").strip()))
    starts = [start for start, _, _ in run]
    if len(run) < 2 or figure[0] not in starts:
        return None
    mine = starts.index(figure[0])
    names = [h for _, _, h in run]
    return names[mine], names[:mine] + names[mine + 1:]


def _gapped_en(paragraph: str, figure: tuple[int, int], figures: list[tuple[int, int]]) -> tuple[str, list[str]] | None:
    """For an amount of an English list that leaves its verb out after the first item ('stimulation
    services contributed $398.5 million, manufacturing $22.7 million and other businesses $12.5
    million'): the head it is paired with and the other heads. Only lower-case heads (names are the
    binding's), each right before its item's first figure; a change right after an amount (', up
    31.9%') is that item's."""
    figures = sorted(figures)
    heads: list[tuple[str, int]] = []  # (head, index of its item's first figure)
    shares = False
    last = 0
    for i in range(1, len(figures)):
        gap = paragraph[figures[i - 1][1]:figures[i][0]]
        if not heads:
            shares = _GAPPED_SHARE_FIRST.search(paragraph, max(0, figures[i - 1][0] - 60), figures[i - 1][0]) is not None
        m = (_GAPPED_SHARE_HEAD if shares else _GAPPED_HEAD).fullmatch(gap)
        if m is not None:
            if not heads:
                k = i - 1  # (the first item's first figure: 'grew 12.4% to US$19.3 million' opens at 12.4%)
                while k > 0 and _SAME_ITEM_GAP.fullmatch(paragraph, figures[k - 1][1], figures[k][0]):
                    k -= 1
                first = (_GAPPED_SHARE_FIRST if shares else _GAPPED_FIRST).search(
                    paragraph, max(0, figures[k][0] - 60), figures[k][0])
                if first is None:
                    continue
                heads.append(((first.group("head") or first.group("opening")).strip(), k))
            heads.append((m.group("head").strip(), i))
            last = i
        elif heads and (CHANGE_AFTER_LEVEL.fullmatch(gap) or _SAME_ITEM_GAP.fullmatch(gap)):
            last = i
        elif heads:
            break
    if len(heads) < 2:
        return None
    starts = [figures[k] for _, k in heads]
    # (Not a figure after the list: 'environmental uses such as … 24%' where the list stopped reading.)
    if figure < starts[0] or figure > figures[last]:
        return None
    mine = max(h for h, at in enumerate(starts) if at <= figure)
    names = [head for head, _ in heads]
    return names[mine], names[:mine] + names[mine + 1:]


def _english_list(text: str, n: int) -> list[str] | None:
    """The n names of 'A, B(,) and C' in ``text``, the last ending before what they measure."""
    head, sep, tail = text.rpartition(" and ")
    if not sep:
        return None
    cut = _NAME_END_EN.search(tail)
    last = tail[:cut.start()] if cut else tail
    parts = [p for p in head.rstrip(" ,").split(", ")]
    if len(parts) < n - 1:
        return None
    names = [_NAME_LEAD_EN.sub("", p) for p in parts[len(parts) - (n - 1):]] + [last]
    names = [" ".join(x.split()[-4:]).strip(" ,") for x in names]
    return names if all(names) else None


# A list's name for what the others leave ('console and other revenue'): it has no words of its own.
_REST_NAMES = frozenset({"other", "others", "the rest", "other businesses"})


_COUNTRY_OWNS = re.compile(r"\b(" + "|".join(re.escape(c) for c in COUNTRY_NAMES.values()) + r")(?:'s|’s)\s")


def _list_contrast(claim: str, figure_at: int, earlier_end: int, own: str, others: list[str]) -> Contrast | None:
    """A claim giving a listed figure with another listed name's words and none of its own name's.
    The listed names are items, not the claim's subject: a claim's capitalised words accuse it too
    ('Fanuc's Robomachine revenue' for the robot division's figure), all but the name it opens with.
    After an earlier figure of the claim, only the words since it accuse ('console revenue was 41.8
    billion won and other revenue 40.9 billion won')."""
    said = content_words(claim)
    spoken = max([m.end() for m in _SAYS.finditer(claim, 0, figure_at)] + [earlier_end])
    accusing = _accusing_words(_without_opening_name(claim[spoken:]))
    # ("about 22% of China's soy protein isolate market, Jiahua 15%": the country whose market it is, no item's word.)
    accusing -= {m.group(1).lower() for m in _COUNTRY_OWNS.finditer(claim)}
    own_words = _words(own)
    # (A word every item may share says nothing of which is meant: 'customers' in 'Steel customers took
    # 31%, construction 27% … and other industrial customers 18%'.)
    shared = _apart(own_words, {w: e for other in others for w, e in _words(other).items()}) \
        if len(others) > 1 and own.isascii() else None
    for other in others:
        other_words = _words(other)
        mine = shared if shared is not None else _apart(own_words, other_words)
        if (not mine and own.lower() not in _REST_NAMES) or _meets(said, mine):
            continue
        for w, senses in other_words.items():
            if w in own_words:
                continue
            hit = _meets(accusing, _apart({w: senses}, own_words))
            if hit:
                return Contrast(own, sorted(hit)[0], w)
    return None


def _without_opening_name(text: str) -> str:
    """The claim's text without the name it opens with ('Fanuc's')."""
    return text[_opening_name_end(text):]


@lru_cache(maxsize=4096)  # (asked again for each cited paragraph that holds the figure)
def _claim_words(claim: str, figure_at: int, earlier_end: int = 0) -> tuple[frozenset[str], frozenset[str]]:
    """The words a claim may be accused by (its common words after its speaker, without names,
    hyphenated words whole and, but for stop words, their parts: 'wood-processing revenue'; after an earlier figure that 'and …' leaves behind: 'an average price of
    12.36 yuan and full cost of 11.62 yuan' describes 11.62 as full cost only) and all its words,
    which may clear it."""
    spoken = max((m.end() for m in _SAYS.finditer(claim, 0, figure_at)), default=0)
    if earlier_end > spoken and _NEXT_THING.search(claim, earlier_end, figure_at):
        spoken = earlier_end
    text = claim[spoken:]
    at = max(0, figure_at - spoken)
    if (source := _SOURCE_AFTER.search(text, at)) is not None:
        text = text[:source.start()]  # ('…, according to the refractories industry association': who says, no item)
    # Capitalised words that name no organisation or place are items' words too ('FMCG-others revenue'),
    # outside the names the gazetteer knows ('Bangkok Bank').
    from citebrief.facts.atoms import english_names

    rest = _without_opening_name(text)
    # (And a name of two words or more the gazetteer lacks that owns what follows: "of Test Research's
    # shipments"; not a lone word after a known name, "Hikvision Robot's revenue", which tells the unit.)
    known = [(n.start, n.end) for n in english_names(rest)
             if n.entity is not None or (rest.startswith(("'s", "’s"), n.end) and " " in n.text.strip())]
    capitals = {w for m in _CAPITALISED.finditer(rest) if not any(a <= m.start() < b for a, b in known)
                for w in content_words(m.group(), whole_compounds=True) if not lookup(w)}
    # (An owner's name clears nothing: 'Pangang Vanadium Titanium's titanium products' says nothing of
    # vanadium. It may still accuse: 'Hikvision Robot's revenue' is 海康机器人's, not the company's R&D.)
    # (A place's words still clear: "China's dry-container output" is of 全国.)
    unowned = _OWNER_NAME.sub(lambda m: m.group() if _is_place(m.group()) else " " * len(m.group()), claim)
    return frozenset(_accusing_words(_without_names(text)) | capitals), frozenset(content_words(unowned))


_RANKED_LINE_EN = re.compile(r"\b(?:(?:biggest|largest|smallest|fastest-growing|slowest-growing|main|top)\s)?"
                             r"(?:product|business)\slines?\b", re.IGNORECASE)
_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def _is_place(owner: str) -> bool:
    """Whether a possessive names a place the gazetteer knows ("China's", "Hong Kong's")."""
    return any(e.kind == "place" for e in lookup(owner.removesuffix("'s").removesuffix("’s")))
# A name that owns what it is written with: 'Longping's rice seed revenue'. (Not one after 'at': 'at
# Beijing Daxing International Airport' is a place whose words tell the figure's item.)
_OWNER_NAME = re.compile(r"(?:[A-Z][\w&.-]*\s)*[A-Z][\w&.-]*(?:'s|’s)(?![A-Za-z])")
# A sentence's lead that introduces a speaker.
_SPEECH_LEAD = re.compile(r"表示|预计|预估|预期|认为|指出|称|说|\b(?:said|says|expects?|expected|forecasts?|estimates?|believes?)\b")
# Who a claim's figures are from, told after them.
# (And a speaker after the claim: '…by the end of June 2035, said Kuai Lifu, head of the … Department'.)
_LATER_CLAUSE_EN = re.compile(r",\s(?=(?:within|in|at|of|whose|where|which|as)\s)")
_SOURCE_AFTER = re.compile(r",?\s(?:according to|citing|data from|figures from)\s[^;]*$|"
                           r",\s(?:said|says|added|noted)\s[A-Z][^;]*$|,\s(?:[A-Z][\w'’-]*\s){1,4}(?:said|says|added|noted)\.?$")


def _accusing_words(text: str) -> set[str]:
    """A claim's words that may accuse it: hyphenated words whole ('first-hand' is not about a hand)
    and, when no part is a stop word, their parts too ('time-definite express': time; 'broiler-raising
    cost': broiler). Not 'product line' ('Reflective fabric was its biggest product line': a line of
    products, none of 制品's)."""
    text = _RANKED_LINE_EN.sub(" ", text)
    # ('…A$17.9 billion of premium, up 9.1%, including A$2.6 billion from its US operations': what a figure takes in
    # says no item.)
    words = content_words(text, whole_compounds=True) - _TAKES_IN
    stop = stopwords()
    for m in _COMPOUND.finditer(text):
        parts = m.group().lower().split("-")
        if not any(p in stop for p in parts):
            words |= content_words(" ".join(parts))
    return words


_MODIFIER_BEFORE = re.compile(r"\b(net|gross|total|adjusted|underlying)\s$")
_TAKES_IN = frozenset({"including", "includes", "included", "excluding", "excludes", "excluded"})
# A figure's own words after another's: '12.36 yuan and full cost of 11.62 yuan'.
_NEXT_THING = re.compile(r"\b(?:and|while|but|with|against)\s(?:a\s|an\s|the\s|its\s)?[a-z]{3,}\s(?:[a-z]+\s){0,3}(?:of|at|was|were|is|stood at|reached)\s")


def _apart(words: dict[str, frozenset[str]], others: dict[str, frozenset[str]]) -> set[str]:
    """The senses of ``words`` that ``others`` neither writes nor means in any form."""
    other_english = {e for s in others.values() for e in s}
    return {e for w, s in words.items() if w not in others for e in s if not _meets({e}, other_english)}


__all__ = ["Contrast", "Item", "Swap", "contrast", "items", "other_whole", "swapped"]
