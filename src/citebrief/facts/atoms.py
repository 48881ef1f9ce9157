"""Atoms: the checkable pieces of a text (figures, dates, names), found the same way in claims and
in paragraphs so that both sides are read by one set of rules.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from citebrief.facts.gazetteer import Entity, load
from citebrief.facts.glossary import alternation, items, metric_flags, metrics, roles, word_list
from citebrief.facts.lexicon import is_common_word, is_dictionary_word, is_english_word
from citebrief.facts.names import is_pinyin_word
from citebrief.facts.quantities import Quantity, find_quantities
from citebrief.facts.temporal import (
    CALENDAR_WORD,
    MONTH_CHANGE_ZH,
    QUARTER_CHANGE_ZH,
    Temporal,
    find_temporals,
    period_years,
)
from citebrief.text.patterns import phrase_alternation
from citebrief.text.script import HAN, normalize_width, to_simplified
from citebrief.text.words import cut

_HAN = HAN

_UP = ("rise|rises|rose|risen|rising|increase|increased|increases|increasing|grow|grows|grew|grown|"
       "gain|gained|gains|climb|climbed|climbs|jump|jumped|jumps|surge|surged|surges|soar|soared|"
       "soars|up|higher|raise|raises|raised|raising|rebound|rebounded|expand|expanded|expands|boost|boosted|hike|"
       "hiked|hikes|advance|advanced|widened|widen|widens|widening|accelerate|accelerated|accelerates|accelerating|"
       "quickened|strengthened|strengthens|firmed|rallied|rally|rallies|lift|lifted|lifting|added|lengthened|lengthens|lengthen")
_DOWN = ("fall|falls|fell|fallen|falling|decline|declined|declines|declining|drop|dropped|drops|decrease|"
         "decreased|decreases|shrink|shrank|shrunk|shrinks|contract|contracted|contraction|slump|slumped|"
         "slide|slid|slides|plunge|plunged|tumble|tumbled|lower|lowered|down|cut|cuts|reduce|reduced|"
         "reduction|sank|sink|dip|dipped|slip|slipped|eased|eases|narrowed|narrowing|narrows|lost|slow|slowed|slows|slowing|"
         "decelerate|decelerated|decelerates|weakened|weakens|softened|shortened|shortens|cutting|reducing|lowering")
_UP_ZH = "多增|少减|增长|成长|增加|上升|上涨|提高|提升|上调|加息|攀升|飙升|大涨|走高|扩大|扩阔|延长|回升|反弹|增至|升至|涨至|增|涨|升"
_DOWN_ZH = "少增|多减|下降|下滑|下跌|衰退|减少|降低|下调|降息|回落|萎缩|收缩|大跌|暴跌|走低|缩小|缩短|收窄|收敛|放缓|减缓|放慢|趋缓|降至|跌至|减|降|跌"
_CLAUSE = re.compile(r"[。；;!?！？]|\.\s")
_ZH_COMMA = re.compile(r"[，,]")

# Comparison bases: plain substring tests (a regex alternation here cost more than the rest).
_BASES = {
    "yoy": ("同比", "按年", "on-year", "on year", "on the year", "year-on-year", "year on year", "year-over-year", "year over year", "y/y", "yoy",
            "from a year earlier", "from a year ago", "than a year earlier", "than a year ago",
            "compared with a year earlier", "compared with a year ago", "较上年同期", "比上年同期", "较去年同期",
            "比去年同期", "较上年同月", "比上年同月"),
    # Sequential: the previous quarter or month (环比, 比上月末, 季增 in Taiwan usage).
    "qoq": ("环比", "按季", "按月", "on-quarter", "on quarter", "on the quarter", "on-month", "quarter-on-quarter", "quarter on quarter", "month-on-month", "month on month", "q/q", "qoq",
            "m/m", "sequential", "from the previous quarter", "from the previous month", "from a month earlier",
            "from a month ago", "from the prior quarter", "from the preceding quarter", "from the prior month",
            "than the previous quarter", "than the previous month", "比上月", "较上月", "比上个月", "较上个月",
            "比上季", "较上季", "比上一季", "较上一季", "比前一季", "较前一季"),
}
# English sequential comparisons named by the quarter before ('7.2% from the April-June quarter', 'down
# 9.5% from the second quarter'): read by the bindings (facts.binding) and, for a source paragraph,
# by the index's test of a claim's basis (a claim's own 'from the second quarter' is no basis atom).
# ('up 6.4% on the June quarter': 'on' right after a figure.)
QUARTER_BEFORE_EN = (r"(?:from|than|over|above|below|(?<=[\d%] )on) (?:in |during )?the (?:fiscal )?(?:previous|prior|preceding|first|second|third|"
                     r"fourth|june|march|september|december) (?:fiscal )?quarter|(?:from|than) (?:in )?(?:the )?(?:q[1-4]|a quarter "
                     r"(?:earlier|ago))|(?:from|than) (?:in )?(?:the )?(?:january-march|april-june|july-september|october-december)(?: quarter)?\b|"
                     # ('8.1% lower in the third quarter than in the second': the quarter's word left out)
                     r"quarters? than (?:in |during )?the (?:first|second|third)\b(?![- ](?:half|quarter of))")
QUARTER_BEFORE_EN_RE = re.compile(QUARTER_BEFORE_EN)
# ('up 9.6% from August': a month compared with, no year written after it.)
# ('up 14% from mid-July': a part of the month before.)
MONTH_BEFORE_EN_RE = re.compile(r"\d%?\s(?:up\s|down\s)?(?:from|than|on)\s(?:in\s)?(?:mid-|early\s|late\s)?(?:january|february|march|april|may|june|"
                                r"july|august|september|october|november|december)\b(?!\s\d{4}|,?\s(?:19|20)\d\d)")
# Each basis's phrases as one alternation: whether any phrase occurs in a text, in one scan; an
# English phrase only from a word's start ('RM512.6 million quarterly revenue' holds no 'on quarter';
# 'sequentially' holds 'sequential').
_BASES_ANY = {key: re.compile(phrase_alternation(phrases)) for key, phrases in _BASES.items()}
# Taiwan and Hong Kong compact forms: 年增/年减/年涨 (yoy), 季增/季减 and 月增/月减/月跌 (sequential), but not
# '今年增长' or '第三季增长' (a period, then a verb).
_BASES_RE = {
    "yoy": re.compile(r"(?<![今去明全本上下每当近逐同该前])年(?:增|减|涨|跌)"),
    "qoq": re.compile(QUARTER_CHANGE_ZH + "|" + MONTH_CHANGE_ZH),
}


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity with the direction of change written next to it ('rose 5%' -> 'up')."""

    q: Quantity
    direction: str | None
    direction_word: str | None


@dataclass(frozen=True, slots=True)
class NameMention:
    text: str
    entity: Entity | None  # None for a name the gazetteer does not know
    start: int
    end: int


@dataclass
class TextFacts:
    """Everything checkable in one text (a claim or a paragraph)."""

    text: str  # width-normalised, simplified, case kept
    figures: list[Figure]
    temporals: list[Temporal]
    bases: set[str]
    han: bool
    periods: set[str] = field(default_factory=set)  # 'H2@2027': a quarter or half and its year


def prepare(text: str) -> str:
    """Simplified script, NFKC width (the NFKC pass only when the text needs it: it is the
    costliest step for long paragraphs), Latin letters without their accents ('Lü Zhiren' is read
    as the pinyin name it is; one letter for one, so positions hold)."""
    t = to_simplified(text)
    if _ACCENTED.search(t):
        t = t.translate(_UNACCENT)
    return t if unicodedata.is_normalized("NFKC", t) else normalize_width(t)


def _unaccented(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 and base.isascii() else ch


_UNACCENT = {cp: _unaccented(chr(cp)) for cp in range(0xC0, 0x250) if _unaccented(chr(cp)) != chr(cp)}
_ACCENTED = re.compile("[" + "".join(map(chr, _UNACCENT)) + "]")


_COUNTED_AFTER = re.compile(r"\s?(?:[家个個名辆輛台座项項款条條份位只隻架艘套批人股所间間笔筆枚颗顆块塊吨噸]|"
                            r"(?:units|vehicles|cars|buses|trucks|tonnes|tons|homes|flats|stores|shops|employees|jobs|"
                            r"people|workers|barrels|ships|aircraft|planes)\b)")


def read(text: str, prepared: bool = False) -> TextFacts:
    """Figures, dates and bases of ``text`` (names are found separately: claims and paragraphs
    are searched for them differently)."""
    t = text if prepared else prepare(text)
    temporals, masked = find_temporals(t)
    quantities = find_quantities(masked)
    figures: list[Figure] = []
    for i, q in enumerate(quantities):
        # A bare integer like 2027 that the date rules left is still a year when it looks like one.
        if q.kind == "number" and q.precision == 1 and 1990 <= q.value <= 2099 and q.text.isdigit() \
                and not _COUNTED_AFTER.match(masked, q.end):  # ('年产能2000辆', '2000 units': a count)
            temporals.append(Temporal("year", q.text, q.text, q.start, q.end))
            continue
        prev_end = quantities[i - 1].end if i else 0
        moved = _direction(masked, q, prev_end, quantities[i - 1].start if i else 0)
        if moved == (None, None) and q.kind == "percent" and prev_end and _NAME_ONLY_ITEM.fullmatch(masked, prev_end, q.start):
            # ('Kohnan Shoji rose 1.4% to ¥4,120, DCM Holdings 0.8% to ¥1,486 and Arcland 2.3%': a list
            # of names that leaves out the verb of its first item keeps it.)
            last = next((f for f in reversed(figures) if f.q.kind == "percent"), None)
            if last is not None and last.direction and not _SENTENCE_STOP.search(masked, last.q.end, q.start):
                moved = (last.direction, last.direction_word)
        figures.append(Figure(q, *moved))
    low = t.lower()
    bases = {key for key, rx in _BASES_ANY.items() if rx.search(low)}
    if "增" in low or "减" in low:
        bases |= {key for key, rx in _BASES_RE.items() if key not in bases and rx.search(low)}
    periods = period_years(temporals, t) if temporals else set()
    return TextFacts(t, figures, temporals, bases, chinese_text(t), periods)


# ('…, DCM Holdings 0.8%'; '…, International Contract & Specialty sales 8.9%': a name, maybe its measure's word)
_SENTENCE_STOP = re.compile(r"\.(?!\d)")  # (not a decimal point: '… to $498.2 million, …')
_NAME_ONLY_ITEM = re.compile(r"(?:,\s|,?\sand\s)(?:[A-Z][\w&.'’-]*\s|&\s){1,5}(?:sales\s|revenue\s|revenues\s|orders\s|shipments\s)?")


def chinese_text(text: str) -> bool:
    """Whether a text is written in Chinese: it has Han characters and they are not a few glosses in
    English ('E Ink chairman Kuo Wen-pin (郭文斌) said…' is English, read by the English rules)."""
    if _HAN.search(text) is None:
        return False
    return 12 * len(_HAN.findall(text)) >= len(_LATIN_LETTER.findall(text))


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _direction(text: str, q: Quantity, prev_end: int, prev_start: int = 0) -> tuple[str | None, str | None]:
    """The direction word nearest before the figure, within its clause and after the previous
    figure; for English also 'a 3% decline' (right after)."""
    # About a dozen English words, or a short Chinese clause; not the word that compares the figure
    # before ('80 yuan a tonne higher …, and the target of 41.5 million tonnes').
    before = _COMPARATIVE_AFTER.match(text, prev_end) if prev_end else None
    if before is not None and before.end() <= q.start:
        prev_end = before.end()
    # Nor the noun that moves the figure before ('despite a 4.8% fall in Taiwan stocks …, still has NT$500 billion').
    noun = _MOVE_NOUN_AFTER.match(text, prev_end) if prev_end else None
    if noun is not None and noun.end() <= q.start and noun.group(1).lower() in (_UP_SET | _DOWN_SET) and \
            _ARTICLE_BEFORE.search(text, max(0, prev_start - 16), prev_start):
        prev_end = noun.end()
    window = text[max(prev_end, q.start - 72):q.start]
    if _HAN.search(window):
        window = window[-24:]
    cut = None
    for cut in _CLAUSE.finditer(window):  # noqa: B007 - the loop leaves the last match in cut
        pass
    if cut is not None:
        window = window[cut.end():]
    if q.unit == "x" and _MULTIPLE_OF.match(text, q.end):
        return None, None  # '43.4% higher ... and 3.3 times its level a year earlier': a ratio, no move
    noun = _MOVE_NOUN_AFTER.match(text, q.end)
    if noun and noun.group(1).lower() in (_UP_SET | _DOWN_SET) and _ARTICLE_BEFORE.search(text, max(0, q.start - 16), q.start):
        # ('as a 9.7% rise in … was outweighed by an 18.4% drop in …': the noun right after a figure
        # its article opens is its move, not a move word before it.)
        word = noun.group(1).lower()
        return ("up", word) if word in _UP_SET else ("down", word)
    m_after = _COMPARATIVE_AFTER.match(text, q.end)
    if m_after:
        # '18.9% higher than a year earlier but 6.8% lower than...', '0.5 points behind last year's
        # pace', '40 yuan a tonne higher', '3.2% fewer than a year earlier': the word right after rules.
        word = m_after.group(1).lower()
        return ("up", word) if word in ("higher", "ahead", "above", "more") else ("down", word)
    best_pos, best = -1, None
    for m in _ZH_DIR.finditer(window):
        if m.group(0) == "增" and text.endswith("新", 0, q.start - len(window) + m.start()) and _ZH_COMMA.search(window, m.end()):
            continue  # ('受新增产能集中释放影响，9月…均价为…1,385元': new capacity, not a rise of the price)
        best_pos, best = m.start(), ("up" if m.group(1) else "down", m.group(0))
        if window.startswith((",", "，"), m.end()) and m.start() <= 4 and prev_end and _HAN.search(window):
            # ('较第二季净损8,260万元收敛,上年同期则净损1.12亿元': the move that closes the figure before's clause.)
            best_pos, best = -1, None
    low_window = window.lower()
    for m in _EN_TOKEN.finditer(low_window):
        word = m.group(0)
        if window[m.start()].isupper() and m.start() > 0 and window[m.start() - 1] == " " and \
                window[:m.start()].rstrip()[-1:] not in ".;:" and (word in _UP_SET or word in _DOWN_SET):
            continue  # 'International Contract & Specialty sales 8.9%': a word of a name, no move
        if word == "up" and (_UP_NOT_A_RISE_BEFORE.search(low_window, 0, m.start())
                             or (_UP_TO_LIMIT.match(low_window, m.end())
                                 and not _MOVED_BEFORE_UP.search(low_window, 0, m.start()))):
            continue  # 'made up 30.7%', 'buy back up to 5 million shares': a share, a cap; no rise
        if word in ("contracted", "contract") and _CONTRACTED_THING.match(low_window, m.end()):
            continue  # 'contracted sales of about HK$6.85 billion' (合约销售), 'contract prices': under contract, no fall
        if word in ("advanced", "lower", "higher", "expanded") and low_window[m.end():m.end() + 1] == "-":
            continue  # ('advanced-process etch chambers', 'lower-margin products': an adjective, no move)
        if word == "added" and (low_window[m.start() - 1:m.start()] == "-" or not _ADDED_FIGURE.fullmatch(low_window, m.end())):
            continue  # 'WiseTech added 1.1%' rose; not 'value-added tax', nor 'he added that net debt was''
        if m.start() > best_pos and (word in _UP_SET or word in _DOWN_SET):
            if best is not None and word in _MOVE_NOUNS and _THE_NOUN_BEFORE.search(low_window, 0, m.start()):
                continue  # ('widening the tax-base reduction for soju to 24%': the verb moves the named thing)
            best_pos, best = m.start(), ("up" if word in _UP_SET else "down", word)
        elif m.start() > best_pos and (word in _BETTER or word in _WORSE):
            # 'gross margin improved 1.2 points': up, unless lower is better (a combined ratio improved: fell).
            flip = better_when_lower(text[:q.start - len(window) + m.start()])
            best_pos, best = m.start(), ("up" if (word in _BETTER) != flip else "down", word)
    if best is not None and best_pos >= 0 and (_DIRECTION_NOT_OURS.search(low_window, best_pos)
                                               or _rating_move().search(low_window, best_pos)):
        # 'slowing from 4.4% growth': the earlier level a move starts from; 'had narrowed for three
        # months and expects growth of 4%': a move of another clause.
        return None, None
    if best is None and q.kind in ("percent", "pp") and q.start and text[q.start - 1] in "+-−" and \
            (q.start < 2 or not ((text[q.start - 2].isascii() and text[q.start - 2].isalnum()) or text[q.start - 2] in "%.")):
        return ("up", "+") if text[q.start - 1] == "+" else ("down", "-")  # '续租租金调整率为+1.6%，上年同期为-3.2%'
    if best is None and (moved := _MOVED_SINCE_ZH.match(text, q.end)) is not None:
        # ('净损4,870万元,较第二季净损8,260万元收敛': the move after the level compared with is this figure's.)
        return ("up", moved.group("up")) if moved.group("up") else ("down", moved.group("down"))
    if best is None:
        after = text[q.end:q.end + 14].lower().lstrip(" -")
        following = _EN_TOKEN.match(after)
        if following and (following.group(0) in _UP_SET or following.group(0) in _DOWN_SET):
            best = ("up" if following.group(0) in _UP_SET else "down", following.group(0))
    return best if best else (None, None)


_MOVE_NOUNS = frozenset({"reduction", "cut", "increase", "rise", "decline", "contraction"})
_THE_NOUN_BEFORE = re.compile(r"\bthe\s(?:[a-z]+-[a-z]+\s|[a-z]+\s)?$")
_MOVED_SINCE_ZH = re.compile(rf"[,，]\s?(?:较|比)[^,，。；;\d]{{0,16}}\d[\d.,]*[^,，。；;\d]{{0,4}}?"
                             rf"(?:(?P<up>{_UP_ZH})|(?P<down>{_DOWN_ZH}))")
_MOVE_NOUN_AFTER = re.compile(r"[\s-](?:(?:year-on-year|on-year|annual|quarterly|sequential)\s)?([a-z]+)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s(?:(?:about|around|roughly|nearly|almost|some)\s)?[$¥€£]?$", re.IGNORECASE)
_MULTIPLE_OF = re.compile(r"\s(?:its|their|the|that|those|as)\b", re.IGNORECASE)
# (A per-unit phrase may come between: '40 yuan a tonne higher than at end-October'.)
_COMPARATIVE_AFTER = re.compile(r" [\s-]*(?:(?:a|an|per|each) [a-z]+ )?(higher|lower|ahead|behind|above|below|more|fewer|less)\b", re.IGNORECASE)
# ('made up 30.7%'; 'a unit started up in August, cutting costs by 420 yuan': no rise either.)
_UP_NOT_A_RISE_BEFORE = re.compile(r"\b(?:made|make|makes|making|take|takes|took|taking|set|sets|setting|started|starts|start|starting)\s$")
# ('picked up to 3.2%', 'edged up to', 'revised up to': a move to a level, not a cap.)
_MOVED_BEFORE_UP = re.compile(r"\b(?:picked|picks|moved|moves|went|goes|edged|edges|ticked|ticks|crept|creeps|shot|"
                              r"jumped|rose|climbed|inched|revised|ramped|stepped|was|were|is|are)\s$")
_UP_TO_LIMIT = re.compile(r"\sto\s(?:about\s|around\s|some\s)?$")
_DIRECTION_NOT_OURS = re.compile(r"\bfrom\s(?:a |an |the |its |their )?(?:[a-z$]+ )?$|\b(?:and|but) (?:expects?|said|says|"
                                 r"sees?|forecasts?|predicts?|estimates?)\b")
@lru_cache(maxsize=1)
def _rating_move() -> re.Pattern:
    """'cut Zhangyuan Tungsten to overweight from buy with an 18.20-yuan target': the word moves a
    rating (data/ratings.tsv), not the figure."""
    return re.compile(r"\sto\s(?:an?\s)?[\"'“‘]?(?:" + alternation("ratings") + r")\b")


_BETTER = frozenset({"improved", "improves", "improve", "improving"})
_WORSE = frozenset({"worsened", "worsens", "worsen", "worsening", "deteriorated", "deteriorates", "deteriorating"})


def better_when_lower(text: str) -> bool:
    """Whether the last metric named in ``text`` is better when lower (data/metrics.tsv 'lower')."""
    terms = metrics().find(text.lower())
    flags = metric_flags()
    return bool(terms) and any("lower" in flags.get(i, ()) for i in terms[-1].ids)


# ('added 1.1%', 'added a further 5,000', 'added about ₹20 crore': the figure right after the word.)
_ADDED_FIGURE = re.compile(r"\s(?:(?:a\s)?(?:further|another|about|some|nearly|almost|around|roughly|net)\s)?(?:[a-z]{1,3}\$|[$¥₹€£]|rs\.?\s)?")
_CONTRACTED_THING = re.compile(r"\s(?:sales|value|amount|capacity|volumes?|rents?|revenue|prices?|liabilities|"
                               r"manufacturing|research|workers?|terms?|awards?|wins?|backlog)\b")
_UP_SET = frozenset(_UP.split("|"))
_DOWN_SET = frozenset(_DOWN.split("|"))
# 'BHP shares fell', 'while BHP rose 0.6%': an acronym whose shares or figures move is a company.
# 'SIAM President C.S. Vigneshwar', 'NFRA deputy head': an acronym before a title is the title's body.
_TITLE_NEXT = re.compile(r"\s(?:President|Chairman|Chairwoman|Chair|Chief|CEO|CFO|Governor|Director|Secretary|Head|"
                         r"chairman|president|chief|governor|director|head|deputy|spokesman|spokeswoman|spokesperson)\b")
# 'GPTC and Scientech received…': an acronym listed with a company's name is a company too.
# ('Oshkosh AeroTech and TLD', a name styled in camel case; 'Oshkosh AeroTech和TLD的份额分别为…': so in a
# Chinese text, joined by 和/与/及/、.)
_LISTED_AFTER_NAME = re.compile(r"(?<![a-z])[A-Z](?:[a-z]+|[A-Z]{1,5}),?\s(?:and|&)\s$|(?<![A-Za-z])[A-Z][a-z]+[A-Z][a-z]+\s(?:and|&)\s$|(?<![A-Za-z])[A-Z][a-z][A-Za-z]{0,19}\s?[和与及、]\s?$")
_LISTED_WITH_NAME = re.compile(r",?\s(?:and|&)\s[A-Z](?:[a-z]+|[A-Z]{1,5})\b|\s?[和与及、]\s?[A-Z][a-z][A-Za-z]{0,19}(?![A-Za-z])")
_ACRONYM_MOVES = re.compile(r"\s(?:shares|stock|closed|ended|finished|" + "|".join(sorted(_UP_SET | _DOWN_SET)) + r")\b")
# '比上月末低0.2个百分点', '进度慢0.5个百分点': a bare 高/低/快/慢 right before the figure is a direction
# (not '高达' = as much as).
# (高/低 right before the figure, or before 约/近/逾 and it: '较新代低逾11个百分点' is lower by over 11 points.)
_ZH_DIR = re.compile(rf"({_UP_ZH}|(?:高|快)(?=(?:约|近|逾|超过)?$))|(?:{_DOWN_ZH}|(?:低|慢)(?=(?:约|近|逾|超过)?$))")
_EN_TOKEN = re.compile(r"[a-z]+")


# ---------------------------------------------------------------- names in English claims

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&]*(?:[.'’\-][A-Za-z0-9&]+)*\.?")
# ('Shanghai Film', 'China Film': a company named after a place; any company word of
# data/company_words.txt but the generic ones a known company's name may carry, 'Alibaba Group'.)
_GENERIC_COMPANY_WORDS = frozenset({"group", "holdings", "co", "corp", "ltd", "capital"})
_ACRONYM_NAME = re.compile(r"[A-Z]{2,5}")
_CAPITALISED_AFTER = re.compile(r"\s([A-Z][a-z]{2,})\b")
_ORG_TAIL = re.compile(r"\s+(?:Life|Land|Capital|Asset Management|Tech|China Enterprises|Composite|Finance|Utilities|"
                       r"Property|Pharma|Airline|Telecom|Airport|Wealth|University|College|Institute|Hospital|Foundation|"
                       + "|".join(sorted((w.capitalize() for w in word_list("company_words.txt") - _GENERIC_COMPANY_WORDS),
                                         key=len, reverse=True)) + r")\b")
_ORG_TAIL_FAR = re.compile(r"(?:\s+[A-Z][A-Za-z]+){1,2}" + _ORG_TAIL.pattern)
_PLACE_COMPANY_FAR = re.compile(r"(?:\s+[A-Z][A-Za-z]+){1,3}\s+(?:Co|Corp|Corporation|Ltd|Group|Holdings|Inc)\b")
_FIRM_PARTNER_AFTER = re.compile(r"\s(?:&|and)\s[A-Z][a-z]+(?:'s|’s)?\s(?:[a-z-]+\s){0,2}(?:shares|stock|revenue|sales|profit)\b|\s&\s[A-Z][a-z]+\b")
# 'China Catalyst shares rose', "Zhejiang Natural's bag revenue": a company named after a place, whose
# shares move or that owns what follows (not 'Zhejiang Province's').
_PLACE_COMPANY_SHARES = re.compile(r"(?!\s+(?:Province|City|Region|State|County|District|Municipality|Island|Islands|"
                                   r"Bay|River|Area|Government|People|Customs|Port|Airport|Sea|Strait)\b)"
                                   r"(?:\s+[A-Z][a-z]{2,}){1,2}(?:(?:'s|’s)?\s+(?:shares|stock|share price)\b|(?:'s|’s)\s)")
_BODY_AFTER = re.compile(r"\s+(?:Administration|Association|Bureau|Commission|Ministry|Institute|Federation|Council|"
                         r"Authority|Agency)\b")
# After a place, a trade's body is not a company: 'China Cement Association' keeps China a place.
_TRADE_BODY = re.compile(r"(?:\s+[A-Z][A-Za-z]+){1,3}\s+(?:Association|Federation|Council|Institute|Chamber|Society|"
                         r"Administration|Bureau|Commission|Ministry|Exchange|Index)\b")
_CURRENCY_AFTER = re.compile(r"\$|[\s-]+dollars?\b", re.IGNORECASE)
# Capitalised words, CamelCase ones too ('UniCrystal'), in a run ('Peter Chan Ka-ming').
# ('HCLTech': capitals before a capitalised word are part of it.)
_CAP_WORD = r"(?:[A-Z]{1,3}-|(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?-)" \
    r"[A-Z][a-z]+-(?=[A-Z]))?(?:[A-Z]{1,4})?[A-Z][a-z]+(?:['’](?!s\b)[a-z]+)?(?:[A-Z][a-z]+)*(?:-[a-z]+)?(?![A-Za-z])"  # (E-Mart: a letter and a hyphen first)
# (A word ends at its last letter: 'SaaS' is no name 'Saa'.)
# (A pinyin apostrophe between syllables is inside the word: "Hunan San'an", not 'Hunan San'.)
# ('Eugene Investment & Securities', 'Procter & Gamble': an ampersand joins one name.)
# ('MNRB Holdings Bhd', 'GMR Hyderabad International Airport Ltd': an acronym may open a longer name.)
_CAP_BEFORE = re.compile(r"(?<![A-Za-z])(?!(?:The|At|In|On|For|By|From|To|And|Of|While|With)\s)[A-Z][a-z]{2,}\s$")
_CAP_AFTER = re.compile(r"\s[A-Z][a-z]{2,}\b(?!['’])")
# ('B2 Impact': a letter and a digit may open a name too; not a period, Q3, H1, M9.)
_CAP_SEQ = re.compile(rf"(?:(?<![A-Za-z\d])(?!(?:CEO|CFO|COO|CTO|CIO|MD|CMD|GM|EVP|SVP|VP)\s)(?:[A-Z]{{2,5}}|(?![QHMFY]\d)[A-Z]\d)\s+(?=[A-Z][a-z]))?(?<![A-Za-z]){_CAP_WORD}"
                      rf"(?:\s+(?:&\s+)?{_CAP_WORD})*(?:\s(?:REIT|ETF|PLC|Plc|plc|Bhd|Tbk|ASA|AB|AG|NV|SE|SA|SpA|S\.p\.A\.|Oyj|GmbH|KGaA)(?![\w.]))?")  # ('PLife REIT', 'B2 Impact ASA', 'Quorvale plc')
# 'Yanghe will pay…': a lone pinyin word that acts is a Chinese company's name.
_ACTS_AFTER = re.compile(r"\s(?:will|would|has|had|is|was|also|plans|expects|pays|paid|declared|proposed|held|holds)\b")  # ('Zhengguang held 18%')


def pinyin_company(text: str, start: int, end: int) -> bool:
    """Whether the lone capitalised word at ``start``-``end`` is a pinyin name that owns, says or does
    what follows ('Yanghe will pay', "Yanghe's revenue"): a company a Chinese story may not name."""
    from citebrief.facts.names import is_pinyin_word

    word = text[start:end]
    # (Not 'Cong said': a surname alone says things, and the surname lists are never complete.)
    return len(word) > 3 and word.lower() not in _STOP and bool(_POSSESSIVE.match(text, end) or _ACTS_AFTER.match(text, end)) \
        and is_pinyin_word(word)


_POSSESSIVE = re.compile(r"(?:'s|’s)\s")


def owns_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` owns or says what follows ('TCS's', 'CIMB Group's')."""
    org = _ORG_WORD_AFTER.match(text, end)
    return bool(OWNS_AFTER.match(text, end) or (org and OWNS_AFTER.match(text, org.end())))


_ORG_WORD_AFTER = re.compile(r"\s(?:Group|Holdings|Bank|Corp|Corporation|Berhad|Bhd|Ltd|Inc)\b")
_ORG_WORDS = frozenset({"group", "holdings", "corp", "corporation", "inc", "co", "ltd", "company", "bank", "bhd", "berhad"})
_STOP = set("""
a an the and or but of in on at to for from by with as is are was were be been this that these those it its
he she they their his her we our i you starting since after before during while when where which who whose
what how however meanwhile also still yet although though despite under over about approximately nearly
within among amongst amid unlike including excluding besides outside inside across beyond
core viewpoint summary key section bullet new old prime minister president chairman chairwoman governor
chief executive officer ceo cfo cto deputy vice secretary director head minister ministers spokesperson
analyst analysts premier mr mrs ms dr prof corp corporation inc co ltd group holdings company bank
ministry party government agency board committee council department office authority fund index market
markets exchange stock stocks shares share according january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday sunday
japanese chinese american korean taiwanese european british german french indian asian global
international national central federal state first second third fourth half quarter year fiscal
abenomics ai chips chip semiconductor semiconductors economy economic policy policies funding
government's strategy investment industry dynamics perspective historical context players average total spot
revenue profit sales net operating total annual
jan feb mar apr jun jul aug sep sept oct nov dec rs rp gdp cpi ppi pmi ipo ipos ebitda hbm dram nand ai ev evs nim roe eps usd hkd cny rmb jpy krw twd inr gaap ifrs unlisted
""".split())
# Romanised surnames spelt like words dropped from names (冉 Jan, 安 An, 杜 To), and the given name
# in two hyphenated syllables that shows they are surnames.
_SURNAMES_LIKE_STOPWORDS = frozenset({"jan", "an", "to", "mar"})
_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
# Surnames spelt like pronouns (厍 She, 何 He): a surname when a pinyin given name follows ('She Ruitong').
_PRONOUN_SURNAMES = frozenset({"he", "she"})


def _pronoun_surname(words: list[str]) -> bool:
    return len(words) > 1 and words[0].lower() in _PRONOUN_SURNAMES and len(words[1]) >= 4 and is_pinyin_word(words[1])
# Pinyin given names spelt like words dropped from names ('Yao Jun', 姚军: not June).
_GIVEN_NAMES_LIKE_STOPWORDS = frozenset({"jun", "jan", "an"})


def _given_name_like_a_word(words: list[str]) -> bool:
    """Whether the last of ``words`` is a pinyin given name after a Chinese surname ('Yao Jun')."""
    from citebrief.facts.names import SURNAMES

    return len(words) == 2 and words[-1].lower() in _GIVEN_NAMES_LIKE_STOPWORDS and words[0].lower() in SURNAMES
# (Also right after a Han character: '和TLD'; and joined by an ampersand: 'E&R', 'L&T', not 'R&D' or 'M&A'.)
_ACRONYM = re.compile(r"(?<![A-Za-z\d&])(?:[A-Z]{2,6}|(?!(?:R&D|M&A|P&L|Q&A|B&B|F&B|O&M|E&P|D&A|G&A|T&D|C&I|S&T)(?![A-Za-z]))"
                      r"[A-Z]{1,3}&[A-Z]{1,3})(?![A-Za-z\d&])")
# ('net sellers of 935 lots of E&R': the company whose shares are counted.)
_SHARES_OF_BEFORE = re.compile(r"\b(?:lots|shares|units)\sof\s$")
# 'SM rose 2.1 percent', 'YG shares fell 1.4%': a two-letter name moves by a figure written soon after.
FIGURE_SOON = re.compile(r"(?:\s[a-z]+){1,3}\s(?:by\s|to\s)?[$€£¥₩]?\d")
# 'set a target of 92,000 won for JYP': what an analyst's target is for is a company.
_TARGET_FOR_BEFORE = re.compile(r"\b(?:target|rating|call)\b[^.;]{0,40}\s(?:for|on)\s$")
# "Novatek's", 'Lichuang expects', 'Mitsui kept': a word opening a sentence that is a company's name.
OWNS_AFTER = re.compile(r"(?:'s|’s|(?<=s)['’])\s|\s(?:said|says|expects|expected|reported|posted|forecast|forecasts|kept|"
                         r"raised|lifted|cut|lowered|plans(?=\sto\b)|announced|delivered|shipped|sold|won|booked|guided)\b")  # (not 'Medical plans added')
_NAME_OPENERS = frozenset({"national", "international", "central", "federal", "global", "first"})
_TITLES = {"prime", "minister", "president", "chairman", "governor", "chief", "executive", "ceo", "premier",
           "vice", "deputy", "finance", "trade", "mr", "mrs", "ms", "dr", "secretary", "founder", "the", "cmd"}


# A title inside a capitalised run, before the person's name: 'Meiwa Chairman Hideki Kurosawa',
# 'Seohae Chief Financial Officer Yoon ...' (not 'Lichuang Technology', 'Hoshino Financial Group').
_TITLE_CUT = re.compile(
    r"\s+(?:(?:Vice|Deputy|Executive|Senior)\s+)?(?:Chief(?:\s+(?:Executive|Financial|Operating|Technology|"
    r"Investment))?(?:\s+Officer)?|(?:Executive|Financial|Operating|Technology)\s+Officer|Chairman|Chairwoman|Chair|President|Governor|Director|Secretary(?:-General)?|"
    r"Minister|CEO|CFO|COO|CTO|CMD)(?=\s+[A-Z])\s*")


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, list[tuple[str, Entity]]]:
    """First word of every English name -> [(name, entity)], longest names first."""
    index: dict[str, list[tuple[str, Entity]]] = {}
    for name, ents in load().by_english.items():
        first = _WORD.match(name)
        if not first:
            continue
        key = first.group(0).rstrip(".")
        for e in ents:
            index.setdefault(key, []).append((name, e))
    # A company's two- or three-word name written as one word, as the firm brands itself ('Sinowealth',
    # 'SinoWealth' for Sino Wealth Electronic's 'Sino Wealth'), where no entry owns that word.
    gazetteer = load()
    for name, ents in gazetteer.by_english.items():
        words = name.split()
        companies = [e for e in ents if e.kind == "company"]
        if not companies or not 2 <= len(words) <= 3 or not all(w.isalpha() and w[0].isupper() for w in words):
            continue
        for joined in dict.fromkeys((words[0] + "".join(w.lower() for w in words[1:]), "".join(words))):
            if len(joined) >= 6 and joined.lower() not in gazetteer.by_english_lower:
                index.setdefault(joined, []).extend((joined, e) for e in companies)
    # A company named by its city and one coined word, that word alone where no entry owns it ('Aisidi'
    # for Shenzhen Aisidi): the press leaves the city out.
    for name, ents in gazetteer.by_english.items():
        words = name.split()
        companies = [e for e in ents if e.kind == "company"]
        if len(companies) != 1 or len(words) != 2 or not words[1].isalpha() or not words[1][0].isupper() or \
                words[1] in index or is_english_word(words[1]) or len(words[1]) < 4 or \
                words[1].endswith(("s", "ing", "ion")):  # (a coined word only: not "Cements", "Cogeneration")
            continue
        if any(e.kind == "place" for e in gazetteer.by_english.get(words[0], ())):
            index.setdefault(words[1], []).append((words[1], companies[0]))
    # A company's hyphenated first word alone, where it opens that one company's names only ('Kuang-Chi'
    # for Kuang-Chi Technologies): the short form the press uses.
    for key, entries in list(index.items()):
        owners = {e.id: e.kind for _, e in entries}
        parts = key.split("-")
        if "-" in key and key[0].isupper() and len(owners) == 1 and all(k == "company" for k in owners.values()) \
                and all(name != key for name, _ in entries) and all(p[:1].isupper() for p in parts) \
                and not any(is_common_word(p.lower()) or p in index for p in parts):
            # (Not 'Asia-Pacific', 'Euro-Asia': words of their own, or names the gazetteer knows apart.)
            entries.append((key, entries[0][1]))
    for entries in index.values():
        entries.sort(key=lambda it: -len(it[0]))
    return index


def english_names(text: str) -> list[NameMention]:
    """Names in an English claim (see _english_names); cached: a claim is read for figures' subjects,
    people and names by several checks."""
    return list(_english_names(text))


# A place that names something else than where a figure is: a body named after it ('Banco de Mexico',
# 'Bank of Japan', 'Minerals Council South Africa') or a title's region ("Prismark's Asia analyst").
_BODY_OF_PLACE_BEFORE = re.compile(r"(?:\b(?:Bank|Banco|Banque|Banca|Bundesbank|University|Universidad|Council|Institute|"
                                   r"Exchange|Association|Federation|Chamber|Commission|Bureau|Authority|Agency|Ministry)"
                                   r"(?:\s(?:of|de|do|da|del|di|for)(?:\sthe|\sla)?)?\s)$")
_TITLE_OF_PLACE_AFTER = re.compile(r"(?:-[A-Z][a-z]+)?\s(?:[a-z]+\s)?(?:analysts?|economists?|strategists?|head|chief|director|"
                                   r"president|manager|researchers?|correspondents?|spokes(?:man|woman|person)|desk)\b")


def place_names_other(text: str, mention: NameMention) -> bool:
    """Whether a place an English text names stands for a body named after it or a title's region,
    not for where a figure is: 'Banco de Mexico estimates…', "Prismark's Asia analyst expects…"."""
    return bool(_BODY_OF_PLACE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                or _TITLE_OF_PLACE_AFTER.match(text, mention.end))


# What places joined by a hyphen name: a route between them ('the Taipei-Dallas route'), not a region
# ('Guangdong-Guangxi', 两广) or a road named after its ends.
_ROUTE_AFTER = re.compile(r"\s(?:routes?|flights?|services?|line|trades?|lanes?|corridors?)\b")


def _styled_in_capitals(word: str, index: dict) -> Entity | None:
    """The company or index a word of four or more capitals names when the gazetteer knows it only in
    title case ('VIVOTEK', 'LONGI', 'TAIEX'), and not in capitals (CATL, NTPC are kept as written)."""
    if len(word) < 4 or not word.isupper() or not word.isalpha() or word in index:
        return None
    title = word.capitalize()
    return next((e for name, e in index.get(title, ()) if name == title and e.kind in ("company", "index")), None)


def _places_joined(word: str, index: dict) -> list[tuple[str, Entity | None, int]]:
    """The places of a word that joins capitalised names with hyphens ('Taipei-Dallas', 'Tokyo-Osaka'),
    each with its offset (and its entity, None where the gazetteer lacks it); none unless the gazetteer
    knows one of them for a place (not 'Coca-Cola', 'Beijing-based')."""
    if "-" not in word:
        return []
    out: list[tuple[str, Entity | None, int]] = []
    offset = 0
    for part in word.split("-"):
        if len(part) < 2 or not part[0].isupper() or not part[1:].islower():
            return []
        out.append((part, next((e for name, e in index.get(part, ()) if name == part and e.kind == "place"), None), offset))
        offset += len(part) + 1
    return out if len(out) > 1 and any(e is not None for _, e, _ in out) else []


@lru_cache(maxsize=4096)
def _english_names(text: str) -> tuple[NameMention, ...]:
    """Names in an English claim: gazetteer entries first (longest match), then other capitalised
    name-like sequences ('Zhang Wei', 'Lai Ching-te') the gazetteer does not know."""
    index = _alias_index()
    found: list[NameMention] = []
    taken = [False] * len(text)
    for m in _WORD.finditer(text):
        if taken[m.start()]:
            continue
        word = m.group(0).rstrip(".")
        # Only words that open some English name can start one ('the', 'rose' never do).
        keys = (word, word[:-2]) if word.endswith(("'s", "’s")) else (word,)
        styled = _styled_in_capitals(keys[-1], index)
        if styled is not None:  # ('VIVOTEK hit the daily limit': Vivotek, written as the company styles it)
            found.append(NameMention(keys[-1], styled, m.start(), m.start() + len(keys[-1])))
            taken[m.start():m.start() + len(keys[-1])] = [True] * len(keys[-1])
            continue
        if not any(k in index for k in keys):
            route = _places_joined(keys[-1], index) if _ROUTE_AFTER.match(text, m.end()) else []
            if route:  # ('the Taipei-Dallas route': two places joined, each one named.)
                found += [NameMention(part, ent, m.start() + offset, m.start() + offset + len(part))
                          for part, ent, offset in route]
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
            continue
        for key in keys:
            hit = None
            for name, ent in index.get(key, ()):
                end = m.start() + len(name)
                if text.startswith(name, m.start()) and (end >= len(text) or not text[end].isalnum()):
                    hit = (name, ent, end)
                    break
            if hit and hit[1].kind == "place" and _CURRENCY_AFTER.match(text, hit[2]):
                hit = None  # 'US dollars', 'Hong Kong dollar': a currency, not a place
            if hit and hit[1].kind == "place" and _CAP_BEFORE.search(text, max(0, m.start() - 20), m.start()) and \
                    _CAP_AFTER.match(text, hit[2]):
                hit = None  # 'Hilton Singapore Orchard': a place inside a longer name, read whole below
            if hit and " " not in hit[0] and hit[0] not in hit[1].english and _CAPITALISED_AFTER.match(text, hit[2]):
                hit = None  # 'Sinarmas Sekuritas': a joined-up or short form (see _alias_index) opening a longer name
            if hit and hit[1].kind == "company" and (_BODY_AFTER.match(text, hit[2]) or _TRADE_BODY.match(text, hit[2])):
                hit = None  # 'China Film Administration', 'China Salt Industry Association' are not the companies
            if hit and hit[1].kind == "person" and " " not in hit[0] and _GIVEN_AFTER_PERSON.match(text, hit[2]):
                hit = None  # 'Xi Zhenhua', "Xi Geheng's" are not Xi (Jinping): a surname alias before another given name
            if hit and hit[1].kind == "company" and " " not in hit[0] and _title_ends_at(text, m.start()) \
                    and _GIVEN_AFTER.match(text, hit[2]) and not _ORG_TAIL.match(text, hit[2]):
                hit = None  # 'Keikyu president Takuma Ohmachi': a person's given name after a title, not Takuma Co.
            if hit and hit[1].kind == "person" and _FIRM_PARTNER_AFTER.match(text, hit[2]):
                hit = None  # 'Villeroy & Boch': a firm named after its founders, read whole below
            if hit and _ROMAN.fullmatch(hit[0]) and _NUMBERED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                taken[m.start():hit[2]] = [True] * (hit[2] - m.start())
                continue  # 'its phase III trial': the trial's phase, not the institute (III)
            if hit and hit[0] == "GM" and _CROP_AFTER.match(text, hit[2]):
                hit = None  # 'GM corn varieties': genetically modified, not General Motors
            if hit and _ORG_TAIL.match(text, hit[2]) and not (hit[1].kind == "place" and _TRADE_BODY.match(text, hit[2])):
                hit = None  # 'Ping An Bank' is not Ping An (the insurer): a longer name the gazetteer lacks
            if hit and hit[1].kind == "company" and _ACRONYM_NAME.fullmatch(hit[0]) and \
                    (after := _CAPITALISED_AFTER.match(text, hit[2])) is not None and \
                    after.group(1).lower() not in _TITLES and after.group(1) not in index and \
                    not any(after.group(1) in e.split() or e.split()[-1].startswith(after.group(1)) for e in hit[1].english):
                # 'SBS Zipper': a longer name that opens with an acronym, read whole below (not 'JPT Opto-electronics',
                # a word of the acronym's own company's name)
                hit = None
            if hit and hit[1].kind == "place" and (_PLACE_COMPANY_FAR.match(text, hit[2]) or _PLACE_COMPANY_SHARES.match(text, hit[2])):
                hit = None  # 'Korea Marine Transport Co.': a company named after a place, read whole below
            if hit and hit[1].kind in ("place", "company") and _ORG_TAIL_FAR.match(text, hit[2]) and \
                    not (hit[1].kind == "place" and _TRADE_BODY.match(text, hit[2])):
                # 'China Zheshang Bank', 'Korea Zinc Holdings': a company named after a place;
                # 'CapitaLand Integrated Commercial Trust': another company than CapitaLand.
                hit = None
            # (Not people: a portfolio may stand before one, 'Secretary for Housing Winnie Ho'; a place
            # only after a word that makes companies of places, 'Air Seoul'.)
            lead = _name_part_before(text, m.start(), taken) if hit and (
                hit[1].kind not in ("place", "person") or (hit[1].kind == "place" and _company_lead_before(text, m.start()))) else None
            if hit and lead is not None:
                # 'New China Life' is not China Life: a longer name the gazetteer lacks, read whole.
                found.append(NameMention(text[lead:hit[2]], None, lead, hit[2]))
                for i in range(lead, hit[2]):
                    taken[i] = True
                break
            if hit:
                name, ent, end = hit
                found.append(NameMention(name, ent, m.start(), end))
                for i in range(m.start(), end):
                    taken[i] = True
                break
    for m in _CAP_SEQ.finditer(text):
        # 'Meiwa Chairman Hideki Kurosawa' is a company and a person: cut the run at titles.
        parts = _TITLE_CUT.split(m.group(0))
        if any(taken[m.start():m.end()]):
            # 'E-Mart Group Chairman Lee Myung-hee': the gazetteer took the company; the person
            # after the title is still a name.
            last = max(i for i in range(m.start(), m.end()) if taken[i])
            parts = _TITLE_CUT.split(text[last + 1:m.end()])[1:]
        for part in parts:
            words = part.split()
            # Drop titles and sentence-initial function words around the name.
            while words and (words[0].lower() in _STOP or words[0].lower() in _TITLES or _CALENDAR_JOINED.fullmatch(words[0])
                             or ("-" in words[0] and all(w in _TITLES for w in words[0].lower().split("-")))) and not (
                    words[0].lower() in _SURNAMES_LIKE_STOPWORDS and len(words) > 1 and _GIVEN_NAME.fullmatch(words[1])) \
                    and not _pronoun_surname(words) and not (
                    # ('National Storage rose 1.7%', 'International Money Express said': a name's own first word)
                    words[0].lower() in _NAME_OPENERS and len(words) > 1 and words[1].lower() not in _STOP
                    and words[1].lower() not in _TITLES and not _CALENDAR_JOINED.fullmatch(words[1])):
                words.pop(0)  # (not 'Jan' of 'Jan Hsin-hung', 冉信宏: a surname, then a hyphenated given name)
            org_tail = bool(words) and words[-1].lower() in _ORG_WORDS and len(words) > 1
            while words and (words[-1].lower() in _STOP or words[-1] == "&" or _CALENDAR_JOINED.fullmatch(words[-1])) \
                    and not _given_name_like_a_word(words):
                words.pop()  # ('Matsukiyo Cocokara & Co.': not the ampersand before a dropped word)
            if not words:
                continue
            name = " ".join(words)
            start = text.find(name, m.start())
            if len(words) == 1 and name.lower() in lead_words() and text.startswith(("s' ", "s’ "), start + len(name) - 1):
                continue  # ("Shareholders' net income": whom a figure is for, never a name)
            if len(words) == 1 and (start == 0 or text[:start].rstrip()[-1:] in ".-\"“(") \
                    and not OWNS_AFTER.match(text, start + len(name)) \
                    and not _lone_share_owner(text, name, start) \
                    and not (text.startswith(",", start + len(name)) and RESPECTIVELY.search(text, start)) \
                    and not org_tail \
                    and not pinyin_company(text, start, start + len(name)) \
                    and not _coined_name_acts(text, name, start) \
                    and not (_ASIDE_THEN_REPORTS.match(text, start + len(name)) and not is_common_word(name.lower())):
                # ("Longfor Group's sales", 'Sugi Holdings Co., whose half…': a company word makes it a name.)
                continue  # a lone capitalised word opening a sentence ('Revenue'), unless it owns or says what follows
            found.append(NameMention(name, None, start, start + len(name)))
    for m in _ACRONYM.finditer(text):
        # 'TCS's headcount', 'HKEX said': an acronym the gazetteer lacks that owns or says what follows.
        org = _ORG_WORD_AFTER.match(text, m.end())  # 'CIMB Group's'
        if not any(taken[m.start():m.end()]) and m.group(0).lower() not in _STOP \
                and (OWNS_AFTER.match(text, m.end()) or (org and OWNS_AFTER.match(text, org.end()))
                     or (len(m.group(0)) > 2 and (_ACRONYM_MOVES.match(text, m.end()) or _TITLE_NEXT.match(text, m.end())
                                                  or _LISTED_WITH_NAME.match(text, m.end())
                                                  or _LISTED_AFTER_NAME.search(text, max(0, m.start() - 24), m.start())))
                     or (_ACRONYM_MOVES.match(text, m.end()) and FIGURE_SOON.match(text, m.end()))
                     or (len(m.group(0)) > 2 and _SHARE_VERB_AFTER.match(text, m.end()))  # 'NYK accounted for about half'
                     or _TARGET_FOR_BEFORE.search(text, max(0, m.start() - 60), m.start())
                     or _SHARES_OF_BEFORE.search(text, max(0, m.start() - 12), m.start())
                     or gapped(text, m.start(), m.end())
                     or (len(m.group(0)) > 2 and _CLAUSE_OPENS.search(text, max(0, m.start() - 8), m.start())
                         and not metrics().find(m.group(0).lower()) and metric_follows(text, m.end()))) \
                and not any(n.start <= m.start() < n.end for n in found):
            found.append(NameMention(m.group(0), None, m.start(), m.end()))
    found.sort(key=lambda n: n.start)
    return tuple(found)


# ('Athlon, the leasing arm of Mercedes-Benz Mobility, reported…', 'Leasys, which is also unlisted, said its
# fleet rose…': a sentence's opening word described in an aside, then reporting: a company.)
_ASIDE_THEN_REPORTS = re.compile(r",\s(?:the|a|an|which|who|whose)\s[^;.]{2,80}?,\s(?:said|reported|posted|says|announced|recorded|"
                                 r"booked|reports|posts)\b")


def _coined_name_acts(text: str, word: str, start: int) -> bool:
    """A sentence's opening word no dictionary writes, in any case, and no inflection of one ('Sagreon
    ranked first…', not 'Photovoltaics accounted…'), before a verb in the past tense: a company's coined
    name, doing what follows."""
    low = word.lower()
    if not word.isalpha() or len(word) < 5 or any(is_english_word(low[:n]) for n in range(len(low) - 3, len(low) + 1)):
        return False
    if any(is_english_word(low[i:]) for i in range(1, len(low) - 4)):
        return False  # ('Optoelectronics accounted for…': a compound ending in a dictionary word)
    return _PAST_VERB_AFTER.match(text, start + len(word)) is not None


_PAST_VERB_AFTER = re.compile(r"\s(?:[a-z]+ed|held|sold|made|won|took|grew|rose|fell|said|saw|led|kept|got|had|paid|built|"
                              r"expects|plans|says|holds|makes|leads|ranks|sells)\b")


# ('Jupiter contributed about 34.6% of the combined revenue': a share's owner.)
_SHARE_VERB_AFTER = re.compile(r"\s(?:accounted for|contributed|made up|earned|generated)\b")


# ('Strandline produced 41,300 tonnes', 'Rothesay wrote £4.27 billion': a company reporting its own figures.)
# ('Montauk closed at $2.96': a stock's close.)
_REPORTS_VERB_AFTER = re.compile(r"\s(?:produced|reported|posted|shipped|delivered|booked|recorded|wrote|completed|won|"
                                 r"generated)\s(?:a\s|an\s)?[\d$¥€£₹₩A-Z]"
                                 r"|\s(?:closed|ended|finished)\s(?:at|up|down)\s(?:[A-Z]{0,3}\$|[¥€£₹₩])?\d")


# ('Stolt-Nielsen shares fell 1.2%': a name of capitalised parts joined by hyphens, whose stock moved.)
_JOINED_CAPITALS = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
_STOCK_MOVED_AFTER = re.compile(r"\s(?:shares|stock)\s(?:rose|fell|gained|lost|climbed|dropped|slipped|jumped|slid|surged|"
                                r"tumbled|closed|ended|added|advanced|declined)\b")


# A list paired in order with its figures: 'A、B、C营收分别为X、Y、Z', 'A, B and C rose 12%, 8% and 3%,
# respectively' (read here for names and by citebrief.facts.binding for pairs).
RESPECTIVELY = re.compile(r"分别|respectively", re.IGNORECASE)


def _lone_share_owner(text: str, word: str, start: int) -> bool:
    """Whether a lone capitalised word opening a sentence owns the share or figure its verb gives: a
    name, not a plural noun ('Smartphones accounted for 40%') nor a metric ('Exports made up')."""
    low = word.lower()
    if _JOINED_CAPITALS.fullmatch(word) and _STOCK_MOVED_AFTER.match(text, start + len(word)):
        return True
    return bool(_SHARE_VERB_AFTER.match(text, start + len(word)) or _REPORTS_VERB_AFTER.match(text, start + len(word))) \
        and not low.endswith("s") and \
        not metrics().find(low) and not items().find(low) and low not in lead_words() and not is_common_word(low)


# ('BEL rose 2.8% and HAL 1.9%': a name with its figure after a verb left out.)
# ('… S$489 million and Malaysia S$231 million' too.)
_GAPPED_BEFORE = re.compile(r"(?:\band|,|;|\bwhile)\s$")
_GAPPED_FIGURE = re.compile(r"\s(?:(?:about|around|roughly|nearly|almost|some)\s)?(?:[A-Z]{0,3}\$|[¥€£₹₩]|[A-Z]{3}\s)?[-+]?\d")


def metric_follows(text: str, end: int) -> bool:
    """Whether a metric follows a name, one word at most between ('BWS comparable sales fell 0.6%')."""
    window = text[end:end + 48].lower()
    return any(_METRIC_GAP.fullmatch(window, 0, t.start) for t in metrics().find(window)[:1])


_METRIC_GAP = re.compile(r"\s(?:[a-z-]+\s)?")
# ('…, while BWS comparable sales fell': a name opening its clause.)
_CLAUSE_OPENS = re.compile(r"(?:^|[,;]\s|\b(?:while|and|but|whereas)\s)$")


def gapped(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands with its figure after a verb left out ('and HAL 1.9%')."""
    return _GAPPED_BEFORE.search(text, max(0, start - 6), start) is not None and _GAPPED_FIGURE.match(text, end) is not None


# The capitalised word right before a known name: 'New' in 'New China Life' (not "Toyota's", 'Beijing-based').
_GIVEN_AFTER = re.compile(r"[ -][A-Z][a-z]+\b(?!'s|’s)")
# (After a person's surname alias a possessive given name is still a given name: "Xi Geheng's forecast".)
_GIVEN_AFTER_PERSON = re.compile(r"[ -][A-Z][a-z]+\b")


def _title_ends_at(text: str, start: int) -> bool:
    """Whether a title of the glossary (data/roles.tsv) ends right before ``start`` ('Keikyu president ')."""
    before = text[max(0, start - 40):start].lower()
    return before.endswith(" ") and any(term.end == len(before) - 1 for term in roles().find(before))


# 'phase III', 'Tier II', 'Basel IV': a roman numeral after the word it numbers, not an acronym (III, 资策会).
_NUMBERED_BEFORE = re.compile(r"\b(?:phase|tier|class|basel|category|chapter|series|type|grade|stage|level|article|schedule)\s+$", re.I)
_ROMAN = re.compile(r"[IVX]{1,4}")
_CROP_AFTER = re.compile(r"\s(?:corn|crops?|seeds?|soy(?:beans?)?|maize|rice|cotton|varieties|food|foods|organisms?)\b")
_WORD_BEFORE = re.compile(r"(?<![\w'’.\-])[A-Z][a-z]+(?:[A-Z][a-z]+)* $")
_CALENDAR = re.compile(CALENDAR_WORD)
# ("Titan's September-quarter profit", 'March-end'): a period, never a name's word.
_CALENDAR_JOINED = re.compile(rf"(?:{CALENDAR_WORD})-[a-z]+(?:'s|’s)?")


@lru_cache(maxsize=1)
def lead_words() -> frozenset[str]:
    """Words that may lead into a name without being part of it: data/name_lead_words.txt, the words
    of people's titles (data/roles.tsv: 'Governor Ueda') and the title words read here."""
    words = set(word_list("name_lead_words.txt"))
    words |= {w for form in roles().forms if form.isascii() for w in form.split()}
    return frozenset(words | _TITLES)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(n for n, ents in load().by_english.items() if any(e.kind == "place" for e in ents))


def _company_lead_before(text: str, start: int) -> bool:
    """Whether the word right before a place's name makes a company of it ('Air Seoul')."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(0).strip().lower() in word_list("place_company_leads.txt")


def _name_part_before(text: str, start: int, taken: list[bool]) -> int | None:
    """Where a longer name begins when the capitalised word right before ``start`` (one space) is
    part of it ('New China Life'), or None: no such word, or one that only leads into the name
    (a title, a function word, a month, a descriptor like 'Rival'; a place: 'Beijing Hyundai')."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not m or taken[m.start()]:
        return None
    word = m.group(0).rstrip()
    if word.lower() in lead_words() or _CALENDAR.fullmatch(word):
        return None
    before = text[:m.end() - 1]
    if any(before.endswith(p) and (len(before) == len(p) or not before[-len(p) - 1].isalnum())
           for p in _place_names()):
        return None
    return m.start()


@lru_cache(maxsize=1)
def _form_starts() -> dict[str, list[str]]:
    """First character of every non-ASCII source form -> forms, longest first (a cheap trie)."""
    starts: dict[str, list[str]] = {}
    for form in load().by_form:
        if not form.isascii():
            starts.setdefault(form[0], []).append(form)
    for forms in starts.values():
        forms.sort(key=len, reverse=True)
    return starts


_WORDS_BEFORE_A_NAME = frozenset({"其中", "以及", "包括", "同时", "此外", "另外", "至于", "而且", "并且", "买超", "卖超", "買超", "賣超"})
# Characters that only lead to a name, whatever word jieba reads them into (则将星宇评等…: 将星).
_PREPOSITIONS_BEFORE_A_NAME = frozenset("将把对向与和及由从给被让在于赴至")
# Words whose last character starts a name's form: 其中物联网 holds no 中物联 (CFLP), 卖超威强电 no 超威
# (AMD): 买超/卖超 are net buying and selling in Taiwan's market reports.
_WORDS_OVER_A_NAME = frozenset({"其中", "之中", "当中", "买超", "卖超", "買超", "賣超"})


# 日产 as 'daily output' (日产能, 日产1万吨的熟料生产线), not Nissan (日产10月销量).
# A count's measure word is no name's first character: '4,000台大型…平台' (台大 is a university).
_MEASURE_WORD_BEFORE = re.compile(r"[\d万千百十](?:多|余)?[台家个辆座条架艘只件套款]$")
_DAILY_OUTPUT = re.compile(r"日产(?:能|量|\d[\d.,]*万?(?:吨|桶|立方米|片|台|辆))")


def inside_word(text: str, start: int, length: int) -> bool:
    """A short form whose first character ends a word before it: 国航 in 全国航线 or 美国航空业 (jieba
    reads 全国 / 美国 there; two-character forms), or whose last character opens the word after it (人行 in
    管理人行政总裁: 管理/人/行政), any form after 其中 or 卖超; not in 中国国航, 国航10月 or 卖超纬创 (超纬创
    is one unknown word to jieba, whole over the name)."""
    if start == 0 or not HAN.match(text, start - 1):
        return False
    if text[start - 1:start + 1] in _WORDS_OVER_A_NAME:
        return True
    if length == 2 and is_dictionary_word(to_simplified(text[start - 1:start + 1])) and \
            is_dictionary_word(to_simplified(text[start + 1:start + 3])):
        return True  # (工行 in 化工行业: 化工 / 行业, a word on either side of its middle)
    if length != 2 or text[start - 1] in _PREPOSITIONS_BEFORE_A_NAME:
        return False  # ('则将星宇评等由…调降': jieba reads 将星, yet 将 only leads to the name)
    if text[max(0, start - 2):start] in _WORDS_BEFORE_A_NAME:
        return False  # ('其中奇𬭎、双鸿分别…': jieba reads 中奇 as a word)
    at = max(0, start - 3)
    tokens = cut(text[at:start + length + 3])
    for k, token in enumerate(tokens):
        if at + len(token) > start:
            if at == start and len(token) == 1 and k + 1 < len(tokens):
                return len(tokens[k + 1]) > 1  # 管理/人/行政: the form's last character opens a word
            return at < start and at + len(token) == start + 1
        at += len(token)
    return False


def _runs_into_item(folded: str, start: int, end: int) -> bool:
    """Whether a name's last characters open a product the item glossary names: 中国电子 in 中国电子烟
    (e-cigarettes), no company of that name."""
    if end >= len(folded) or not HAN.match(folded, end):
        return False
    at = max(start + 1, end - 3)
    return any(at + t.start < end < at + t.end for t in items().find(folded[at:end + 4]))


def source_names(text: str) -> list[NameMention]:
    """Gazetteer entities named in Chinese/Japanese text (for claims kept in the source language)."""
    return list(_source_names(text))


@lru_cache(maxsize=4096)
def _source_names(text: str) -> tuple[NameMention, ...]:
    folded = text.lower()
    starts = _form_starts()
    by_form = load().by_form
    out = []
    i, n = 0, len(folded)
    while i < n:
        forms = starts.get(folded[i])
        if forms:
            for form in forms:
                if folded.startswith(form, i) and not inside_word(folded, i, len(form)) \
                        and not _DAILY_OUTPUT.match(folded, i) and not _MEASURE_WORD_BEFORE.search(folded, max(0, i - 2), i + 1) \
                        and not _runs_into_item(folded, i, i + len(form)):
                    out.append(NameMention(text[i:i + len(form)], by_form[form][0], i, i + len(form)))
                    i += len(form) - 1
                    break
        i += 1
    return tuple(out)
