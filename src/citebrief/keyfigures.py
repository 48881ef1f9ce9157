"""English key figures: one row per figure that matters, from the article's bindings, every row
checked by the verifier.

    >>> rows = key_figures(article)
    >>> rows[0].subject, rows[0].metric, rows[0].value, rows[0].change, rows[0].period
    ('TSMC', 'revenue', 'NT$367.47 billion', '+11.0% MoM, +26.4% YoY', 'October')

Where the rows come from: the whole article, not only the paragraphs the brief cites. The block is
the same for every engine and every length (an English reader scans the story's figures, whatever
the bullets chose), and each row cites the paragraph that holds it.

What a row is (facts.binding reads every figure; this module only picks and writes):

    subject  the figure's sure subject (binding.subject_sure); else the story's subject (the title's
             one gazetteer entity, the name an English title opens with, or the name a Chinese title
             opens with) when the paragraph names no other before the figure; a company the title
             names (the object of '收购顺捷冷链') nearest before the figure in its sentence; an
             industry the title names, written before the metric ('壽險業稅前損益'). A short form or
             a description of the story's subject is the story's ('聯晶', 'Meridian', '货柜航运商东洋海运');
             so is a figure bound to a venue ('在香港交易所挂牌') or told of 'the company'. Economy
             figures (CPI, M2, bond yields: 'macro' in data/metrics.tsv) are a country's: the place
             named, the country of the bureau or central bank that published them, or the story's
             country. A person is never a subject. Written in English through the gazetteer
             (Entity.name), else as the article writes it (traditional script kept)
    metric   a metric of data/metrics.tsv written in the figure's own clause (metric_sure) or
             carried to it (the level a change reached, the second end of a range, a change clause
             with no metric word of its own, 'or 58 cents a share' after a profit), or written right
             after it ('设立3000亿元保障性住房再贷款', 'a 47% premium'); not a part of a bigger name
             ('动力电池业务收入', 'equities trading revenue', 'investment banking fees': left out);
             its English name is the glossary's, with the tenor of a rate ('one-year LPR')
    value    a level: money in English scale and currency (a bare 元 by the story's place:
             3674.7億元 in a Taiwanese story is NT$367.47 billion; a story whose place cannot be told
             leaves its 元 out), a count, a capacity, an area, an index level, or a percentage for
             ratio metrics (margins, rates); two levels joined by 至/to are one range; 'about',
             'more than' and 'nearly' kept; not a target ('its 2% target')
    change   the changes written with the level in its sentence (+26.4% YoY, -0.2 pp, +NT$25), or
             the figure it was compared with ('from $128'); a change with no level is a row of its own
             only for metrics reported as changes (CPI, GDP: 'growth'), an index, a share price, or a
             rate moved in points ('-0.5 pp')
    period   the binding's quarter, half, month or span of months, with the year the figure's
             sentence (in English its clause) names, or 今年/this year by the story's date

At most MAX_ROWS rows, in paragraph order, each (subject, metric, value) once.

Each row is written as one English claim ('TSMC revenue was NT$367.47 billion in October, up 11.0%
month-on-month and up 26.4% year-on-year.') and checked with the verifier against the paragraph it
cites. A row whose change or period the verifier does not support is tried without them; a row
that is still not 'supported' is left out. So is every figure we are not sure of: an unsure subject
or metric, a currency we cannot tell, a percentage we cannot tell level from change.
"""
from __future__ import annotations

import math
import os
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from citebrief.brief import Check, KeyFigure
from citebrief.facts.binding import Binding, Subject, enclosing_span
from citebrief.facts.glossary import ancestors_in_order, items, metric_flags, metrics
from citebrief.facts.places import COUNTRY_NAMES
from citebrief.facts.quantities import written_in_cents
from citebrief.facts.temporal import MONTH_NAMES
from citebrief.text.script import HAN, HAN_CLASS

if TYPE_CHECKING:
    from citebrief.article import Article
    from citebrief.brief import Brief
    from citebrief.verify.index import ArticleIndex, Paragraph

MAX_ROWS = 16
# CITEBRIEF_KEYFIGURES_TRACE=1: why each figure was left out, and each claim tried (stderr).
_TRACE = bool(os.environ.get("CITEBRIEF_KEYFIGURES_TRACE"))


def _trace(*parts: object) -> None:
    if _TRACE:
        print("[keyfigures]", *parts, file=sys.stderr)

# ------------------------------------------------------------------------------------------------ data


@lru_cache(maxsize=1)
def metric_kinds() -> dict[str, str]:
    """id -> 'ratio', 'growth' or 'level' (see metric_flags)."""
    return {k: "ratio" if "ratio" in f else "growth" if "growth" in f else "level" for k, f in metric_flags().items()}


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

# Sentence ends in prepared text (as facts.binding reads them).
_SENTENCE = re.compile(r"[。！？!?；;]|\.(?!\d)(?=\s|$)")
_CLAUSE = re.compile(r",(?!\d{3})|[，、：:]")
# What a figure is compared with: 'from $128', '由20%', '较去年同期的', 'compared with 3.1%'.
_FROM_BEFORE = re.compile(r"(?:(?:\bfrom|\bcompared with|\bcompared to|\bversus|\bvs\.?|由|从|較|较)\s?(?:the\s|a\s|an\s)?"
                          r"(?:previous\s|prior\s|earlier\s)?(?:range of\s|forecast of\s|estimate of\s|level of\s)?"
                          r"|(?:由|从)[^，,。；;\d%]{1,8}?)"
                          r"(?:about\s|around\s|roughly\s|约)?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$", re.IGNORECASE)
# A level stated ('约为6.2%', 'stood at 13.9%', 'was 3.0%').
_LEVEL_BEFORE = re.compile(r"(?:为|是|达到?|在|报|录得|\bof|\bwas|\bwere|\bis|\bat|\bstood at|\bstands at|\bcame to|"
                           r"\bcurrently stands at|\bstands)\s?(?:约|about\s|around\s)?(?:[$€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$",
                           re.IGNORECASE)
# A level reached by a move: '下调至15%', 'rose 11% to $31.2 billion', '升至'.
_TO_BEFORE = re.compile(r"(?:至|到|\bto|\bto between|\bbetween|\bat)\s?(?:about\s|around\s|roughly\s|约)?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$",
                        re.IGNORECASE)
_RANGE_BETWEEN = re.compile(r"^\s?(?:[辆台艘架吨家个份股点元件]\s?)?(?:至|到|~|-|–|to|and)\s?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$", re.IGNORECASE)
_CHANGE_TO = re.compile(r"^(?:[^,;，；。]{0,40}?(?:\bto|至|到)|\s?[,，]\s?(?:收在|收于|收报|收市报|报))\s?(?:about\s|around\s|约)?"
                        r"(?:[$€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$",
                        re.IGNORECASE)
_OR_SHARE = re.compile(r"^\s?,?\s?(?:or|或)\s?(?:\$|us\$)?\s?$", re.IGNORECASE)
_PROFITS = frozenset({"net_profit", "profit", "net_profit_attributable", "recurring_profit"})
_BASE_BEFORE = re.compile(r"(?:较|比|相比|than|compared with|compared to)[^，,。；;\d]{0,6}$")
_OR_BETWEEN = re.compile(r"^\s?(?:或|or|,|，)\s?$", re.IGNORECASE)
_ZH_PART_AFTER = re.compile(r"占比|比重|增速|增幅|成长率|增长率|占|目标|结构|规模占")
# A figure that is a target, a cap or a threshold ('its 2% target', '5%的目标').
_TARGET_AFTER = re.compile(r"\s?(?:的)?\s?(?:target|goal|ceiling|threshold|目标|的目标|上限|门槛)", re.IGNORECASE)
_MILESTONE_BEFORE = re.compile(r"(?:突破|跌破|站上|跌穿|升穿|\btopped|\bcrossed|\bsurpassed|\bbroke through|\bbreached)\s?"
                               r"(?:了)?\s?(?:[$€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$", re.IGNORECASE)
# Qualifiers of how a figure is written, for the English value.
_ABOUT = re.compile(r"(?:\babout|\bapproximately|\baround|\broughly|\bsome|约|大约|左右)\s?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$",
                    re.IGNORECASE)
_MORE = re.compile(r"(?:\bmore than|\bover|\bin excess of|超过|逾|超)\s?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$",
                   re.IGNORECASE)
_NEARLY = re.compile(r"(?:\bnearly|\balmost|近|将近|接近)\s?(?:[$¥€£]|hk\$|nt\$|us\$|新台币|人民币|港元)?\s?$", re.IGNORECASE)
_ABOUT_AFTER = re.compile(r"\s?(?:左右|上下)")
_MORE_AFTER = re.compile(r"\s?(?:多|余)")
# Extra direction words the atoms reader does not count ('成长', '衰退' in Taiwan usage).
_UP_EXTRA = re.compile(r"(?:成长|多增|少减|上行|走高|收涨|急升|大涨|高出)\s?(?:约|近)?\s?$")
_DOWN_EXTRA = re.compile(r"(?:衰退|少增|多减|下行|走低|收跌|急跌|低于)\s?(?:约|近)?\s?$")
_AREA_AFTER = re.compile(r"\s?(?:平方米|square met(?:re|er)s)")
_CENTS_AFTER = re.compile(r"\s?(cents?|pence|p\b)", re.IGNORECASE)
_HOURS_AFTER = re.compile(r"[\s-]?hours?\b|时", re.IGNORECASE)

# Words that make what follows them a part's metric ('动力电池业务收入', '海外营收', '单店销售额'); and,
# in English, the words that may stand right before a metric and still leave it the whole ('its
# quarterly revenue', 'cut their price target'), a noun there makes a part ('equities trading revenue').
# Segments, products and markets themselves ('储能电池出货量', '海外营收') are the items of data/items.tsv.
_ZH_PART_BEFORE = re.compile(r"(?:业务|板块|部门|分部|事业部|事业群|产品|品牌|平台|工厂|基地|子公司|"
                             r"线上|线下|门店|单店|人均|户均|每吨|芯片|服务|广告|云|游戏)$")
_EN_OK_WORDS = frozenset("""
its their the a an total quarterly annual full-year full year fiscal first second third fourth half
first-half second-half first-quarter second-quarter third-quarter fourth-quarter q1 q2 q3 q4 record
consolidated overall group company's bank's group's firm's reported posted net of for in benchmark key
main headline policy official average weighted its own estimated expected forecast planned new
bank company group firm lender insurer carmaker chipmaker maker it they we also while whereas but with
""".split())
_EN_TENOR = re.compile(r"(?:one|two|three|five|seven|ten|thirty|fourteen|\d+)-(?:year|month|day|week)")
_ZH_TENOR = re.compile(r"(\d+|[一二三五七十]+)\s?(年|个月|天|日)期?(?:以上)?$")
_ZH_TENOR_WORDS = {"年": "year", "个月": "month", "天": "day", "日": "day"}
_EN_VERB_TERM = re.compile(r"^to\s|(?:ed|\sback|\saside|ing|\sat)$")
_EN_AFTER_OK = frozenset("""
was were is are be been will would could should may might of in for to at by on from came come comes stood
stands stand totaled totalled total totals reached reach reaches hit hits remained remains stayed stays edged
forecast forecasts guidance outlook target targets estimate estimates this that last next the a an its their
and or but as than while which who after before during since so because excluding including ahead rising falling
growing increasing decreasing declining slipping climbing jumping this year quarter month rate rates
""".split())
# Verbs that end a clause's head before its metric ('saw revenue fall' is kept out: 'saw' is a part's verb).
_EN_VERBS = frozenset("""
cut cuts raise raises raised lower lowers set sets expects expect forecast forecasts reports report posts post
lifted lift boost boosts trim trims hold holds keep keeps kept put puts gave give gives see sees said says
had has have was were is are be will would also its to and but as with drew won got gave took made paid
sold bought brought hit kept left lost met ran spent stood struck reached posted reported announced
bringing taking lifting pushing raising cutting lowering putting setting keeping leaving
""".split())
_EN_SEGMENT_AFTER = re.compile(r"\s(?:from|of)\s(?!(?:the\s)?(?:first|second|third|fourth|previous|quarter|half|year|"
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
    tenor: str | None = None  # 'one-year' (LPR), '10-year' (bond yield)


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
    base_of_change: bool = False  # a level written after 较/比/than: what a change is measured from


def key_figures(article: Article, *, verify: bool = True, limit: int = MAX_ROWS) -> list[KeyFigure]:
    """The article's key-figure rows in paragraph order, each checked by the verifier (rows not
    'supported' are left out; with ``verify=False`` they are kept unchecked, for inspection)."""
    from citebrief.verify.index import index_for

    idx = index_for(article)
    story = _story_subject(idx)
    out: list[KeyFigure] = []
    seen: set[tuple] = set()
    for p in idx.paragraphs:
        for row in _rows_of(idx, p, story):
            fig = _write(idx, row, verify, story)
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


def with_key_figures(brief: Brief) -> Brief:
    """A copy of ``brief`` carrying the article's key figures (see key_figures). A failure here never
    costs the brief: it is noted in the brief's report and the block is left empty."""
    try:
        rows = key_figures(brief.article)
    except Exception as exc:  # noqa: BLE001 - the brief stands without its key figures
        report = brief.report.model_copy(update={"notes": [*brief.report.notes,
                                                           f"key figures left out: {type(exc).__name__}: {exc}"]})
        return brief.model_copy(update={"key_figures": [], "report": report})
    return brief.model_copy(update={"key_figures": rows})


@dataclass(frozen=True)
class _Story:
    """The story's one subject (from the title), and the country the story is about."""

    key: object  # gazetteer id, or the folded name
    name: str  # English name, or the source form
    source: str | None  # as the title writes it
    kind: str | None  # gazetteer kind
    words: frozenset[str] = frozenset()  # the name's words (English), for 'Meridian' = 'Meridian Bank'


# Country codes of the gazetteer (an entity's country) -> the place's English name there.
# An English title opens with its subject: 'Meridian Bank third-quarter profit jumps', 'Bank of
# Eastland raises rates', 'Kestrel Energy sells'.
_TITLE_LEAD = re.compile(r"^((?:[A-Z][\w&.'’-]*)(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*)*)")
_STORY_NOT = frozenset("the a an this new how why what when china japan us u.s. asia europe global".split())


def _story_subject(idx: ArticleIndex) -> _Story | None:
    """The one subject the title names: a gazetteer entity (not a place or person), else the one
    name a Chinese title opens a clause with, else the capitalised name an English title opens with."""
    from citebrief.facts.atoms import prepare, read
    from citebrief.facts.binding import subjects_of
    from citebrief.facts.gazetteer import load

    ents = load().entities
    if len(idx.topic) == 1:
        e = ents[next(iter(idx.topic))]
        return _Story(e.id, e.name, None, e.kind, frozenset(w.lower() for w in e.name.split()))
    if idx.topic:
        return None
    title = idx.article.title
    if not HAN.search(title):
        m = _TITLE_LEAD.match(title.strip())
        if not m:
            return None
        name = m.group(1).removesuffix("'s").removesuffix("’s").strip()
        if name.split()[0].lower() in _STORY_NOT:
            return None
        return _Story(name.lower(), name, name, None, frozenset(w.lower() for w in name.split() if len(w) > 2
                                                                 and w.lower() not in ("bank", "group", "the")))
    facts = read(title)
    raw = title if len(prepare(title)) == len(title) else None
    found = [s for s in subjects_of(facts) if s.entity_id is None or ents[s.entity_id].kind not in ("place", "person")]
    keys = {_key(s) for s in found}
    if found and (len(keys) == 1 or found[0].start == 0):
        s = found[0]  # one name, or the one the title opens with
        source = raw[s.start:s.end] if raw else s.text
        if s.entity_id is not None:
            return _Story(s.entity_id, ents[s.entity_id].name, source, ents[s.entity_id].kind)
        return _Story(_key(s), source, source, None)
    if found:
        return None
    # '港灣醫療香港上市首日急升38%': the name the title opens with, up to a place, a period, a metric or a
    # verb, when the first paragraph names it too.
    text = facts.text
    first = prepare(idx.article.paragraphs[0]) if idx.article.paragraphs else ""
    for n in range(min(6, len(text)), 1, -1):
        name = text[:n]
        if not all(HAN.match(c) for c in name) or name not in first:
            continue
        if _TITLE_NAME_END.match(text, n) or any(m.start == n for m in _source_places(text)):
            return _Story(name.lower(), raw[:n] if raw else name, raw[:n] if raw else name, None)
    return None


_TITLE_NAME_END = re.compile(r"(?:拟|将|宣布|发布|公布|上市|首日|获|称|第?[一二三四1-4]季|前三季|上半年|全年|今年|\d)")


def _source_places(text: str):
    from citebrief.facts.atoms import source_names

    return [n for n in source_names(text) if n.entity is not None and n.entity.kind == "place"]


def _key(s: Subject) -> object:
    return s.entity_id if s.entity_id is not None else s.text.lower()


def _is_story(s: Subject, story: _Story | None, text: str) -> bool:
    """Whether a mention names the story's subject: the same entity, a short form of the title's name
    ('联晶' for '联晶半导体', 'Meridian' for 'Meridian Bank', 'Eastland' in 'Bank of Eastland'), or a
    description followed by the name ('货柜航运商东洋海运', 'Electric truck maker Voltis')."""
    if story is None:
        return False
    if s.entity_id is not None:
        return s.entity_id == story.key
    if not isinstance(story.key, str):
        return False
    name = s.text.lower().removesuffix("'s").removesuffix("’s").strip()
    if name == story.key:
        return True
    if HAN.search(name):
        if len(name) >= 2 and (story.key.startswith(name) or name.startswith(story.key)):
            return True
        return story.key in text[s.end:s.end + len(story.key) + 3].lower()
    words = set(name.split())
    return bool(words) and words <= (story.words | set(story.key.split())) and bool(words & story.words)


def _country(idx: ArticleIndex, story: _Story | None) -> tuple[object, str] | None:
    """The country a story is about: the story's place, the country of the central bank or regulator
    it is about, else the place the story comes from (facts.places)."""
    from citebrief.facts.gazetteer import load, lookup
    from citebrief.facts.places import place_of_source

    code = None
    if story is not None and isinstance(story.key, int):
        e = load().entities[story.key]
        if e.kind == "place":
            return e.id, e.name
        if e.kind in ("central_bank", "regulator", "institution", "exchange", "index"):
            code = e.country
        else:
            return None  # a company's story: an unnamed economy figure is not the company's
    elif story is not None:
        return None
    if code is None:
        code = place_of_source(idx.article.source, idx.article.url)
    name = COUNTRY_NAMES.get(code or "")
    if not name:
        return None
    ents = [e for e in lookup(name) if e.kind == "place"]
    return (ents[0].id, ents[0].name) if ents else None


_DESTINATION_BEFORE = re.compile(r"(?:\bto|\bfrom|\binto|对|向|自|从)\s?(?:the\s)?$", re.IGNORECASE)
_NATIONWIDE = re.compile(r"全国|nationwide|national average")


def _subject(idx: ArticleIndex, p: Paragraph, b: Binding, story: _Story | None, metric_id: str
             ) -> tuple[object, str, str | None] | None:
    """(key, English name or source form, source form) of a binding's subject, or None if unsure."""
    from citebrief.facts.gazetteer import load, lookup
    from citebrief.text.script import fold

    flags = metric_flags().get(metric_id, frozenset())
    s = b.subject
    low = p.lower
    q = b.figure.q
    if s is not None and s.entity_id is None and s.text in _people_words(idx) and not _is_story(s, story, low):
        s = None  # 'Pan said ... the one-year LPR stands at 3.0%': a person is no figure's subject
    if s is None:
        named = _title_name_before(idx, p, q.start, story)
        if named is not None:
            return named
    industry = _industry_before(idx, p, b)
    if industry is not None:
        return industry
    if s is not None and story is not None and not _is_story(s, story, low) and _story_owns(p, s, q.start, story):
        return story.key, story.name, story.source
    if "macro" in flags and (s is None or s.entity_id is None or load().entities[s.entity_id].kind != "place"):
        place = _place_between(p, b)  # 'the yield on China's 10-year government bond fell 3 basis points'
        if place is not None:
            return place
    if s is not None and not b.subject_sure:
        # 'China's central bank said it will cut...': the story's subject speaking of its own figure.
        if not (_is_story(s, story, low) and all(_is_story(o, story, low) for o in p.subjects
                                                  if o.end <= q.start)):
            return None
    nationwide = bool(_NATIONWIDE.search(low, 0, q.start))
    if s is not None:
        if s.entity_id is not None:
            e = load().entities[s.entity_id]
            if e.kind == "person":
                return None
            if e.kind == "place" and _DESTINATION_BEFORE.search(low, max(0, s.start - 6), s.start) and \
                    not ({"exports", "imports", "trade"} & ({metric_id} | set(ancestors_in_order(metric_id)))):
                return None  # 'weaker exports to China': a destination owns only trade figures
            if e.kind in ("regulator", "institution") and _NATIONWIDE.search(low, s.end, q.start):
                # '国家统计局数据显示，…全国新建商品房销售面积': the statistics are the country's.
                return _country_of([e])
            if "macro" in flags and e.kind != "place":
                # '国家统计局公布…CPI', 'the central bank's data show M2': the country's figure.
                return _place_between(p, b) or _country_of([e])
            if story is not None and _is_story(s, story, low) and story.name:
                return story.key, story.name, _source_slice(p, s)
            return s.entity_id, e.name, _source_slice(p, s)
        if story is not None and _is_story(s, story, low):
            return story.key, story.name, story.source
        parts = [lookup(x) for x in re.split(r"和|与|及|、|\band\b", s.text) if x.strip()]
        if len(parts) > 1 and all(ents for ents in parts):
            # '住房和城乡建设部、中国人民银行和国家金融监督管理总局': regulators together, of one country.
            ents = [ents[0] for ents in parts]
            if all(e.kind in ("central_bank", "regulator", "institution") for e in ents) and (
                    "macro" in flags or "policy" in flags):
                return _country_of(ents)
            return None
        title_named = len(s.text) >= 2 and fold(s.text) in fold(idx.article.title)
        if nationwide and not title_named and p.facts.han:
            country = _country(idx, story)  # '全国新建商品房销售面积…；新建商品房销售额…'
            return (country[0], country[1], None) if country else None
        if "macro" in flags:
            return None
        text = _source_slice(p, s) or s.text
        # A name the gazetteer lacks counts when the title names it too ('收购顺捷冷链'), or when it is
        # an index and the figure its level; clause heads like '储能电池出货量' are parts, not subjects.
        if title_named:
            return s.text.lower(), text, text
        if metric_id == "index_level":
            return s.text.lower(), text, text
        return None
    # No subject anywhere before the figure in its paragraph.
    if "macro" in flags or nationwide:
        country = _country(idx, story)
        if country is None or (story is not None and not isinstance(story.key, int)):
            return None
        return country[0], country[1], None
    if story is None:
        return None
    if story.kind in ("central_bank", "regulator", "institution", "exchange") and "policy" not in flags:
        return None  # a regulator's story: an unnamed profit or revenue is an industry's, not the regulator's
    if p.facts.han is False and _other_name_before(p, q.start, story):
        return None
    return story.key, story.name, story.source


# A mention that is where something happens, not who: '在香港交易所主板挂牌', 'a factory in Gdansk, Poland'.
_VENUE_BEFORE = re.compile(r"(?:在|于|\bin|\bat|\bon)\s?(?:the\s)?$", re.IGNORECASE)
# The story's company referred to between another mention and the figure: 'valuing the company at $18 billion'.
_REFERS_BACK = re.compile(r"\b(?:the company|the firm|the group|the bank)\b|该公司|公司(?!债)")


def _story_owns(p: Paragraph, s: Subject, pos: int, story: _Story) -> bool:
    """Whether a figure bound to mention ``s`` is the story's: ``s`` is a venue or a place after
    'in', and the story's subject is named earlier in the sentence; or the sentence refers to the
    story's company between ``s`` and the figure ('led by Fjordhavn Capital, valuing the company at')."""
    low = p.lower
    start = max((m.end() for m in _SENTENCE.finditer(p.text, 0, pos)), default=0)
    story_before = any(_is_story(o, story, low) for o in p.subjects if start <= o.start < s.start)
    if not story_before and not (isinstance(story.key, str) and story.key in low[start:s.start]):
        return False
    if _VENUE_BEFORE.search(low, max(0, s.start - 5), s.start):
        return True
    return bool(_REFERS_BACK.search(low, s.end, pos))


def _place_between(p: Paragraph, b: Binding) -> tuple[object, str, str | None] | None:
    """A place named between a macro metric's word and its figure, in one clause ('the yield on
    China's 10-year government bond', 'exports to ASEAN' is not: 'to' makes it a destination)."""
    from citebrief.facts.atoms import english_names, source_names

    term = (b.metric_text or "").lower()
    low = p.lower
    q = b.figure.q
    pos = low.rfind(term, 0, q.start) if term else -1
    if pos < 0 or re.search(r"[,;，；。]", low[pos:q.start]):
        return None
    seg = p.text[pos + len(term):q.start]
    names = source_names(seg) + english_names(seg) if p.facts.han else english_names(seg)
    places = [n for n in names if n.entity is not None and n.entity.kind == "place"
              and not re.search(r"(?:\bto|\bfrom|对|向)\s?$", seg[:n.start])]
    if len(places) != 1:
        return None
    e = places[0].entity
    return (e.id, e.name, None) if e is not None else None


def _people_words(idx: ArticleIndex) -> frozenset[str]:
    """The names of the article's people and each of their words ('Pan Gongsheng', 'Pan')."""
    cached = getattr(idx, "_kf_people", None)
    if cached is None:
        words: set[str] = set()
        for p in idx.paragraphs:
            for person in p.people:
                words.add(person.text)
                words.update(w for w in person.text.split() if w[:1].isupper())
        cached = frozenset(words)
        try:
            idx._kf_people = cached  # type: ignore[attr-defined]  # a cache riding on the index
        except AttributeError:
            pass
    return cached


# The company a Chinese title says is bought or invested in ('收购顺捷冷链67%股权').
_TITLE_OBJECT = re.compile(rf"(?:收购|并购|入股|控股|增持|参股|投资)([{HAN_CLASS}]{{2,6}}?)(?=\d|的|股权|全部|部分|$|\s)")


def _title_names(idx: ArticleIndex) -> list[tuple[str, str]]:
    """(folded, as written) of the companies a Chinese title names: the names it opens clauses with,
    and the object of a purchase."""
    from citebrief.facts.atoms import prepare, read
    from citebrief.facts.binding import subjects_of

    title = idx.article.title
    if not HAN.search(title):
        return []
    t = prepare(title)
    raw = title if len(t) == len(title) else t
    out = [(s.text.lower(), raw[s.start:s.end]) for s in subjects_of(read(title)) if s.entity_id is None]
    out += [(m.group(1).lower(), raw[m.start(1):m.end(1)]) for m in _TITLE_OBJECT.finditer(t)]
    return out


def _title_name_before(idx: ArticleIndex, p: Paragraph, pos: int, story: _Story | None
                       ) -> tuple[object, str, str] | None:
    """With no subject bound: the title's company named nearest before the figure in its sentence
    ('2024年，顺捷冷链实现营业收入63.5亿元' in a story on buying 顺捷冷链), when it is not the story's."""
    if not p.facts.han:
        return None
    low = p.lower
    start = max((m.end() for m in _SENTENCE.finditer(p.text, 0, pos)), default=0)
    best = None
    for folded, written in _title_names(idx):
        at = low.rfind(folded, start, pos)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, folded, written)
    if best is None:
        return None
    _, folded, written = best
    if story is not None and isinstance(story.key, str) and (story.key.startswith(folded) or folded.startswith(story.key)):
        return None  # the story's own subject: handled as such
    return folded, written, written


def _country_of(ents: list) -> tuple[object, str, None] | None:
    """The one country of gazetteer bodies (regulators, central banks), as a place of the gazetteer."""
    from citebrief.facts.gazetteer import lookup

    codes = {e.country for e in ents}
    if len(codes) != 1 or any(e.kind not in ("central_bank", "regulator", "institution") for e in ents):
        return None
    name = COUNTRY_NAMES.get(codes.pop() or "")
    place = [x for x in lookup(name) if x.kind == "place"] if name else []
    return (place[0].id, place[0].name, None) if place else None


# An industry the title names, right before the metric ('壽險業稅前損益', title '…壽險業可望…').
_INDUSTRY = re.compile(rf"([{HAN_CLASS}]{{1,3}}业)$")


def _industry_before(idx: ArticleIndex, p: Paragraph, b: Binding) -> tuple[object, str, str] | None:
    from citebrief.text.script import fold

    if not p.facts.han or not b.metric_text:
        return None
    low = p.lower
    q = b.figure.q
    pos = low.rfind(b.metric_text.lower(), 0, q.start)
    if pos < 0:
        return None
    m = _INDUSTRY.search(low, max(0, pos - 4), pos)
    if not m or m.group(1) in ("企业", "营业", "行业", "产业", "商业", "工业", "农业", "主业"):
        return None
    name = m.group(1)
    if fold(name) not in fold(idx.article.title):
        return None
    raw = p.raw[m.start(1):m.end(1)] if len(p.raw) == len(p.text) else name
    return name, raw, raw


def _other_name_before(p: Paragraph, pos: int, story: _Story | None) -> bool:
    """Whether the English sentence before ``pos`` names a company or organisation other than the
    story's (its figure may be theirs though the binding found no subject)."""
    from citebrief.facts.atoms import english_names
    from citebrief.facts.people import person_like_name

    start = max((m.end() for m in _SENTENCE.finditer(p.text, 0, pos)), default=0)
    for n in english_names(p.text[start:pos]):
        sub = Subject(n.text, n.entity.id if n.entity else None, start + n.start, start + n.end)
        if _is_story(sub, story, p.lower):
            continue
        if n.entity is not None and n.entity.kind in ("person", "place"):
            continue
        if n.entity is None and person_like_name(n.text):
            continue
        return True
    return False


def _source_slice(p: Paragraph, s: Subject) -> str | None:
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


# An index's level: 'rose 0.6% to 3,912 points', '收在27,845点', '报3356.8点', 'closed at 50,212'.
_INDEX_LEVEL_BEFORE = re.compile(r"(?:收在|收于|收报|报|收盘|至|\bto|\bat)\s?$", re.IGNORECASE)
_SHARES_MOVE = re.compile(r"\b(?:shares|stock)\b(?:\s+(?:of|in)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)?\s+"
                          r"(?:rose|fell|jumped|dropped|gained|lost|slid|slumped|surged|soared|climbed|tumbled|"
                          r"plunged|added|declined|advanced|closed|ended|was|were)\b(?:[^.;]|\.\d)*$", re.IGNORECASE)


def _tenor(p: Paragraph, b: Binding) -> str | None:
    """The tenor written before a rate's metric word ('one-year LPR', '10年期国债收益率'): part of the
    metric's English name, so a one-year and a five-year rate are two rows."""
    term = (b.metric_text or "").lower()
    if not term:
        return None
    low = p.lower
    pos = low.rfind(term, 0, b.figure.q.start)
    if pos < 0:
        return None
    if HAN.match(term[0]):
        m = _ZH_TENOR.search(low, max(0, pos - 8), pos)
        if not m:
            return None
        n = m.group(1)
        n = str(_CN_SMALL.get(n, n))
        return f"{n}-{_ZH_TENOR_WORDS[m.group(2)]}"
    m = re.search(r"\b(" + _EN_TENOR.pattern + r")\s(?:[a-z]+\s)?$", low[max(0, pos - 24):pos])
    return m.group(1) if m else None


_CN_SMALL = {"一": 1, "二": 2, "三": 3, "五": 5, "七": 7, "十": 10}


def _index_metric(p: Paragraph, b: Binding) -> str | None:
    """An index's level or move ('加权指数…收在27,845点', 'Nikkei 225 rose 1.4% to 50,212'): the index
    named in the figure's sentence, the figure its points, its level after 收在/报/to, or its change."""
    from citebrief.facts.gazetteer import load

    s = b.subject
    q = b.figure.q
    if s is None or not b.subject_sure:
        return None
    if s.entity_id is not None:
        if load().entities[s.entity_id].kind != "index":
            return None
    elif not re.search(r"(?:指数|index)$", s.text, re.IGNORECASE):
        return None
    low = p.lower
    start = max((m.end() for m in _SENTENCE.finditer(p.text, 0, q.start)), default=0)
    if s.start < start:
        return None  # the index is not named in the figure's sentence
    if re.search(r"[,，;；]|\band\b|\bwhile\b", low[s.end:q.start]) and q.kind not in ("points",):
        if not _INDEX_LEVEL_BEFORE.search(low, max(0, q.start - 6), q.start) or \
                re.search(r"[;；]|\bwhile\b|\bthe\b", low[s.end:q.start]):
            return None
    if q.kind in ("points", "percent") or _INDEX_LEVEL_BEFORE.search(low, max(0, q.start - 6), q.start) \
            or low[q.end:q.end + 1] == "点":
        return "index_level" if "index_level" in metrics().english else None
    return None


def _share_metric(p: Paragraph, b: Binding) -> str | None:
    """'Shares of Meridian rose 3.1% to $187.40', "Harbor's shares fell 11.4%": a share price the
    glossary's words do not name."""
    q = b.figure.q
    if p.facts.han or b.subject is None or not b.subject_sure:
        return None
    if q.kind not in ("amount", "percent") and not (q.kind == "number" and _CENTS_AFTER.match(p.lower, q.end)):
        return None
    start = max((m.end() for m in _SENTENCE.finditer(p.text, 0, q.start)), default=0)
    seg = p.text[start:q.start]
    m = _SHARES_MOVE.search(seg)
    if not m or b.subject.start < start:
        return None
    return "share_price"


_METRIC_AFTER_VERB = re.compile(r"(?:设立|新增|增加|提供|发放|追加|安排|投入|释放|获得|募集|筹集|带来)了?\s?(?:最高|最多|高达)?"
                                r"\s?(?:约|近|超过|逾)?\s?$")


def _metric_after(p: Paragraph, b: Binding) -> str | None:
    """'设立3000亿元保障性住房再贷款', '增加约新台币3,200亿元的投资空间': a Chinese amount whose
    metric follows it, after a verb of providing."""
    q = b.figure.q
    low = p.lower
    if not _METRIC_AFTER_VERB.search(low, max(0, q.start - 8), q.start):
        return None
    m = re.match(rf"(?:[（(][^（()）]{{0,16}}[)）])?(?:的)?([{HAN_CLASS}]{{1,10}})(?![{HAN_CLASS}])", low[q.end:q.end + 30])
    if not m:
        return None
    terms = metrics().find(m.group(1))
    # The run must end with the metric word: '保障性住房再贷款', not '再贷款工具的'.
    if not terms or terms[-1].end != len(m.group(1)) or len(terms[-1].ids) != 1:
        return None
    return next(iter(terms[-1].ids))


_EN_OF_AFTER = re.compile(r"(?:\s?\([^()]{0,30}\))?\s(?:in|of|to|into)\s(?:its\s|the\s|their\s)?(?:[a-z-]+\s){0,1}")
_PAY_BEFORE = re.compile(r"\b(?:pay|pays|paying|offered|offering|offer)\s(?:of\s)?(?:about\s)?$")
_EN_AFTER_TERMS = {"premium": "premium", "discount": "discount", "stake": "stake"}


def _metric_after_en(p: Paragraph, b: Binding) -> str | None:
    """'will pay $92 a share' (the offer price), 'a 47% premium', 'a 4% stake': English figures whose
    metric is the word right after them, or a per-share price after a verb of paying."""
    q = b.figure.q
    low = p.lower
    if q.kind == "amount" and b.denominator == "share" and _PAY_BEFORE.search(low, max(0, q.start - 16), q.start):
        return "offer_price" if "offer_price" in metrics().english else None
    m = re.match(r"\s([a-z]+)\b", low[q.end:q.end + 12])
    if q.kind == "percent" and m and m.group(1) in _EN_AFTER_TERMS and _EN_AFTER_TERMS[m.group(1)] in metrics().english:
        return _EN_AFTER_TERMS[m.group(1)]
    if q.kind == "amount" and not b.metric_sure:
        # 'releasing about 1 trillion yuan ($139 billion) in long-term liquidity', 'add 300 billion yuan
        # to its relending quota'.
        m = _EN_OF_AFTER.match(low, q.end)
        if m:
            terms = metrics().find(low[m.end():m.end() + 40])
            if terms and terms[0].start == 0 and len(terms[0].ids) == 1:
                return next(iter(terms[0].ids))
    return None


def _metric_right_after(low: str, end: int) -> str | None:
    """A metric word right after an English amount, at most one word between ('a 9.6 billion pound
    construction budget', 'a $500 million loan')."""
    m = re.match(r"\s(?:[a-z][a-z-]*\s)?", low[end:end + 40])
    if not m:
        return None
    terms = metrics().find(low[end + m.end():end + m.end() + 30])
    if not terms or terms[0].start != 0 or len(terms[0].ids) != 1:
        return None
    return next(iter(terms[0].ids))


def _target_subject(p: Paragraph, b: Binding, story: _Story | None) -> bool:
    """A price target is the target of the company it is 'on' ('cut their price target on Harbor',
    '将台积电目标价'): True when that company is the story's."""
    if story is None:
        return False
    low = p.lower
    q = b.figure.q
    seg = low[max(0, q.start - 60):q.start]
    m = re.search(r"(?:target (?:on|for)\s+([a-z][\w&.'’-]*(?:\s+[a-z][\w&.'’-]*)?)|将(\S{2,8}?)目标价)", seg)
    if not m:
        return False
    name = (m.group(1) or m.group(2) or "").strip()
    return _is_story(Subject(name, None, 0, len(name)), story, low) or (
        isinstance(story.key, int) and any(o.entity_id == story.key for o in p.subjects
                                           if q.start - 60 <= o.start < q.start))


def _same_kind(a, b) -> bool:
    """Two ends of one range: figures of one kind and unit ('59%至61%', '$18.2 billion and $18.6
    billion'), not a change and the level it reached ('rose 4.5% to $3.6 billion')."""
    return a.kind == b.kind and (a.unit == b.unit or not a.unit or not b.unit)


def _carries(low: str, a: Binding, b: Binding) -> bool:
    """Whether ``b`` takes ``a``'s sure metric: the next clause of the same sentence, no metric word
    in it, and ``b`` a change (or ``a`` a change too: a list of moves of one metric)."""
    if not (a.metric and a.metric_sure and b.metric == a.metric) or b.metric_sure:
        return False
    qa, qb = a.figure.q, b.figure.q
    gap = low[qa.end:qb.start]
    if _SENTENCE.search(gap) or len(_CLAUSE.findall(gap)) != 1 or len(gap) > 24:
        return False
    clause = gap[[m.end() for m in _CLAUSE.finditer(gap)][-1]:]
    if metrics().find(clause):
        return False
    b_change = bool(b.figure.direction) or qb.kind in ("pp", "bp") or bool(_UP_EXTRA.search(clause) or
                                                                          _DOWN_EXTRA.search(clause))
    a_change = bool(a.figure.direction)
    return b_change and (a_change or qb.kind in ("pp", "bp") or b.base is not None)


def _rows_of(idx: ArticleIndex, p: Paragraph, story: _Story | None) -> list[_Row]:
    from dataclasses import replace

    text, low = p.text, p.lower
    han = p.facts.han
    bindings = list(p.bindings)
    if not bindings:
        return []
    # '322亿至334亿美元': the first end of a range takes the unit written once after the second.
    for i in range(len(bindings) - 1):
        a, b = bindings[i], bindings[i + 1]
        qa, qb = a.figure.q, b.figure.q
        gap = low[qa.end:qb.start]
        if _RANGE_BETWEEN.match(gap) and (_same_kind(qa, qb) or (qa.kind == "number" and qb.kind == "amount")):
            if qa.kind == "number" and qb.kind == "amount" and qb.unit:
                fig = replace(a.figure, q=replace(qa, kind="amount", unit=qb.unit, meta=qb.meta))
                bindings[i] = a = replace(a, figure=fig)
            # The second end of a range is the first end's: its metric and subject.
            if a.metric and a.metric_sure and b.metric == a.metric and not b.metric_sure:
                bindings[i + 1] = b = replace(b, metric_sure=True)
            if a.subject_sure and not b.subject_sure and (b.subject is None or a.subject == b.subject):
                bindings[i + 1] = b = replace(b, subject=a.subject, subject_sure=True)
        elif b.denominator == "share" and a.metric and a.metric_sure and a.metric & _PROFITS and _OR_SHARE.match(gap):
            # 'net income of $612 million, or 58 cents a share': earnings per share.
            bindings[i + 1] = replace(b, metric=frozenset({"eps"}), metric_sure=True, metric_text=b.metric_text,
                                      subject=a.subject, subject_sure=a.subject_sure)
        elif a.metric and a.metric_sure and b.metric == a.metric and not b.metric_sure and _CHANGE_TO.match(gap):
            # 'fell 6% from a year earlier to $4.38 billion': the level the change reached.
            bindings[i + 1] = b = replace(b, metric_sure=True)
        if _OR_BETWEEN.match(gap) and a.figure.direction and not b.figure.direction and qa.kind != qb.kind:
            # '上涨25元或1.74%', 'up 25 yuan, or 1.74%': one move written two ways.
            bindings[i + 1] = b = replace(b, figure=replace(b.figure, direction=a.figure.direction))
        if _carries(low, a, b):
            # '毛利率为24.6%，较去年同期提升3.2个百分点', '东京电子股价上涨4.8%，爱德万测试大涨6.2%': a clause
            # with no metric word of its own, right after a figure of a sure metric, is of that metric.
            bindings[i + 1] = b = replace(b, metric_sure=True)
            if a.subject_sure and not b.subject_sure and (b.subject is None or b.subject == a.subject):
                bindings[i + 1] = b = replace(b, subject=a.subject, subject_sure=True)
    sentence_ends = [m.end() for m in _SENTENCE.finditer(text)]
    items: list[_Item] = []
    kinds = metric_kinds()
    for i, b in enumerate(bindings):
        q = b.figure.q
        metric_id = _index_metric(p, b) if not (b.metric and b.metric_sure) else None
        metric_id = metric_id or _metric_id(b)
        if metric_id is None and b.metric is None:
            metric_id = _share_metric(p, b)
        if metric_id is None and han and q.kind == "amount":
            metric_id = _metric_after(p, b)
        if not han and q.kind == "amount":
            direct = _metric_right_after(low, q.end)
            if direct is not None:
                metric_id = direct  # '9.6 billion pound construction budget': the budget, whatever came before
        if (metric_id is None or not b.metric_sure) and not han and b.metric is not None and not b.metric_sure:
            metric_id = _metric_after_en(p, b) or metric_id
        elif metric_id is None and not han:
            metric_id = _metric_after_en(p, b)
        if metric_id is None:
            _trace(p.number, q.text, "no sure metric", b.metric_text, b.metric_sure)
            continue
        if q.kind == "figure" and q.unit == "nm" or "nokey" in metric_flags().get(metric_id, ()):
            continue
        if metric_id not in ("index_level", "share_price") and _qualified(p, b, q):
            _trace(p.number, q.text, "metric is a part", b.metric_text)
            continue
        if metric_id == "target_price" and b.subject is not None and not _is_story(b.subject, story, low):
            if not _target_subject(p, b, story):
                continue
            b = replace(b, subject=None)
        subject = _subject(idx, p, b, story, metric_id)
        if subject is None:
            _trace(p.number, q.text, metric_id, "no sure subject", b.subject and b.subject.text, b.subject_sure)
            continue
        prev_end = bindings[i - 1].figure.q.end if i else 0
        role, sign = _role(low, b, kinds.get(metric_id, "level"), metric_id, prev_end)
        if role is None:
            _trace(p.number, q.text, metric_id, "neither level nor change")
            continue
        unit = q.unit
        if q.meta.get("bare_yuan"):
            codes = idx.yuan_currencies.split("|")
            if len(codes) > 2:
                continue  # a story from who knows where: 元 may be any of three
            unit = codes[0]
        sent = enclosing_span(sentence_ends, q.start, len(text))
        tenor = _tenor(p, b) if "ratio" in metric_flags().get(metric_id, ()) else None
        items.append(_Item(p.number, i, b, subject[0], subject[1], subject[2], metric_id, role, sign, sent, unit, tenor))
    # A percentage right after a change joined by 或/or is the same change ('上涨25元或1.74%').
    for a, c in zip(items, items[1:]):
        if a.role == "change" and c.role in ("change", "level") and c.b.figure.q.kind == "percent" and \
                a.b.figure.q.kind != "percent" and c.sign is None and \
                _OR_BETWEEN.match(low[a.b.figure.q.end:c.b.figure.q.start]) and a.metric_id == c.metric_id:
            c.role, c.sign = "change", a.sign
    # The second end of a range whose first end was left out is left out too.
    kept = {it.i for it in items}
    items = [it for it in items if not (it.i > 0 and it.i - 1 not in kept and _RANGE_BETWEEN.match(
        low[bindings[it.i - 1].figure.q.end:it.b.figure.q.start]) and it.b.figure.q.start -
        bindings[it.i - 1].figure.q.end <= 5 and _same_kind(bindings[it.i - 1].figure.q, it.b.figure.q))]
    return _group(low, items, kinds)



def _qualified(p: Paragraph, b: Binding, q) -> bool:
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
    if HAN.match(term[0]) and _ZH_PART_AFTER.match(low, pos + len(term)):
        return True  # '营收占比', '营收成长率': a share or a growth rate, not the metric
    if HAN.match(term[0]):
        j = pos
        while j > 0 and HAN.match(low[j - 1]) and pos - j < 8:
            j -= 1
        before = low[j:pos]
        return bool(_ZH_PART_BEFORE.search(before)) or any(t.end == len(before) for t in items().find(before))
    # The word right before the metric, in its clause: a noun there names a part ('trading revenue');
    # a verb, a possessive, a name or a word of _EN_OK_WORDS does not.
    clause_start = max((m.end() for m in re.finditer(r"[,;:.]\s|\(|\)", p.text[:pos])), default=0)
    words = re.findall(r"[A-Za-z][\w'’-]*", p.text[clause_start:pos])[-1:]
    for w in words:
        lw = w.lower()
        if lw in _EN_OK_WORDS or lw.endswith(("'s", "’s", "ed")) or w[:1].isupper() or lw in _EN_VERBS or \
                _EN_TENOR.fullmatch(lw):
            continue
        return True
    if _EN_VERB_TERM.search(term):
        return False  # 'to acquire Corvane', 'bought back $4 billion': a verb's object follows it
    if _EN_SEGMENT_AFTER.match(low, pos + len(term)):
        return True
    nxt = re.match(r"\s+([a-z][a-z'’-]*)", low[pos + len(term):pos + len(term) + 24])
    return nxt is not None and not _en_continues(nxt.group(1))


def _en_continues(word: str) -> bool:
    """Whether the word after a metric continues the sentence about it ('revenue rose', 'net income
    of', 'dividend to') rather than making the metric a part of a longer name ('investment banking
    fees', 'revenue growth')."""
    from citebrief.facts.atoms import _DOWN_SET, _UP_SET

    return word in _EN_AFTER_OK or word in _UP_SET or word in _DOWN_SET or word.endswith(("ed", "ly"))


def _role(low: str, b: Binding, kind: str, metric_id: str, prev_end: int) -> tuple[str | None, str | None]:
    """('level' | 'change' | 'compared' | None, sign) of a figure for its metric's kind."""
    q = b.figure.q
    before = low[max(prev_end, q.start - 24):q.start]
    moved = q.kind in ("percent", "pp", "bp", "points") or (q.kind == "figure" and q.unit == "x")
    if moved and _sign(low, b, prev_end):
        pass  # '较去年同期成长34.2%': a change against a base, not a figure compared with
    elif b.period == "Y-1" or b.period_text == "the previous period" or _FROM_BEFORE.search(before):
        if q.kind in ("amount", "number", "figure") or (q.kind == "percent" and kind in ("ratio",)):
            return "compared", None
        return None, None
    if _TARGET_AFTER.match(low, q.end):
        return None, None  # 'its 2% target': not a figure of the metric
    if _MILESTONE_BEFORE.search(before):
        return None, None  # '单月交付量首次突破5万辆', 'topped $1 billion': a threshold passed, not the figure
    sign = _sign(low, b, prev_end)
    reached = bool(_TO_BEFORE.search(before))
    if q.kind in ("pp", "bp"):
        return ("change", sign) if sign else (None, None)
    if q.kind == "points":
        if metric_id != "index_level":
            return None, None
        return ("change", sign) if sign and not reached else ("level", None)
    if q.kind == "percent":
        if kind == "ratio":
            if reached or sign is None or _LEVEL_BEFORE.search(before):
                return "level", None
            return None, None  # 'the margin rose 2%': points or per cent?
        if kind == "growth":
            return ("change", sign) if sign and not reached else ("level", None)
        if reached:
            return None, None  # '提升至41%': a share, not a change of the level
        return ("change", sign) if sign else (None, None)
    if q.kind == "figure" and q.unit == "x":
        return ("change", sign) if sign else (None, None)
    if q.kind == "number" and metric_id not in _COUNT_METRICS and not _CENTS_AFTER.match(low[q.end:]) \
            and not _AREA_AFTER.match(low, q.end):
        return None, None
    if q.kind == "amount" and q.unit and "|" in q.unit and not written_in_cents(q):
        return None, None  # '¥': yen or yuan (cents are written as cents: '68 cents')
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
    for its in by_sentence.values():
        levels: list[_Row] = []
        prev: _Item | None = None
        # The second end of a compared range is compared too ('from $19.5 billion to $20 billion').
        for a, c in zip(its, its[1:]):
            if a.role == "compared" and c.role == "level" and c.i == a.i + 1 and c.metric_id == a.metric_id and \
                    _RANGE_BETWEEN.match(low[a.b.figure.q.end:c.b.figure.q.start]):
                c.role = "compared"
        for it in its:
            if it.role != "level":
                prev = None if it.role != "level" else prev
                continue
            if prev is not None and prev.subject_key == it.subject_key and prev.metric_id == it.metric_id and \
                    _RANGE_BETWEEN.match(low[prev.b.figure.q.end:it.b.figure.q.start]) and levels:
                levels[-1].levels.append(it)
                prev = None
                continue
            levels.append(_Row(it.n, it.subject, it.subject_source, it.subject_key, it.metric_id, [it],
                               base_of_change=bool(_BASE_BEFORE.search(low, max(0, it.b.figure.q.start - 8),
                                                                       it.b.figure.q.start))))
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
            elif row is None and all(_LAST_YEAR.search(low, it.sentence[0], it.b.figure.q.start) for it in group) \
                    and all(it.b.period == "Y-1" for it in group):
                # '港灣醫療去年收入為78.6億元': last year's figure with no current one beside it is a
                # level of its own, of last year (its period names the year).
                for it in group:
                    it.role = "level"
                levels.append(_Row(group[0].n, group[0].subject, group[0].subject_source, group[0].subject_key,
                                   group[0].metric_id, list(group)))
        for it in its:
            if it.role != "change":
                continue
            row = _nearest(levels, it)
            if row is not None:
                # (not a change counted per period when the level is not: 'slow purchases by 400 billion
                # yen each quarter, bringing monthly buying to 2.1 trillion yen')
                if len(row.levels) == 1 and _period_ok(row.levels[0], it) and \
                        it.b.denominator in (None, "period", row.levels[0].b.denominator):
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
    """The level row of the same subject and metric nearest to ``it`` in its sentence (not a level the
    change is measured from: '较招股价12.20港元高出37.7%' is the opening price's premium)."""
    best, best_d = None, None
    for r in rows:
        if r.change_only or r.subject_key != it.subject_key or not metrics().related(
                frozenset({r.metric_id}), frozenset({it.metric_id})):
            continue
        if r.base_of_change:
            continue
        d = abs(r.levels[0].b.figure.q.start - it.b.figure.q.start)
        if best_d is None or d < best_d:
            best, best_d = r, d
    return best


def _period_ok(level: _Item, change: _Item) -> bool:
    """Whether a change is of its level's period ('较去年同期成长34.2%' binds the change to a year
    earlier: the period it is measured from, not another period of its own)."""
    a, b = level.b.period, change.b.period
    if change.b.period_text in ("a year earlier", "the previous period"):
        b = None
    return a is None or b is None or a == b


# ------------------------------------------------------------------------------------------------ writing


def _naming_paragraph(idx: ArticleIndex, story: _Story | None, row: _Row) -> int | None:
    """The first paragraph naming the story's subject, for a row of the story's subject whose own
    paragraph says only 'the company' (or nothing): the row cites both."""
    from citebrief.facts.gazetteer import load

    if story is None or row.subject_key != story.key:
        return None
    if isinstance(story.key, int):
        found = idx.entity_paragraphs(load().entities[story.key])
    else:
        found = idx.literal_paragraphs(story.source or story.name) or idx.name_paragraphs(story.name)[0]
    found = [n for n in found if n != row.n]
    return found[0] if found else None


def _write(idx: ArticleIndex, row: _Row, verify: bool, story: _Story | None = None) -> KeyFigure | None:
    from citebrief.verify.check import check_with_index

    english = metrics().english.get(row.metric_id, row.metric_id)
    if row.levels[0].tenor and not english.startswith(row.levels[0].tenor):
        english = f"{row.levels[0].tenor} {english}"
    usd = "US$" if (idx.han or idx.yuan_currencies != "CNY") else "$"
    try:
        value = " to ".join(_value(idx, it, usd) for it in row.levels) if not row.change_only else \
            _change_text(idx, row.levels[0], usd, short=True)
        change_long = _change_text(idx, row.levels[0], usd, short=False) if row.change_only else None
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
    periods = _period_forms(idx, first)
    attempts = [(ch, per) for per in periods for ch in (changes, [])]
    tried: set[tuple] = set()
    naming: int | None | bool = False  # not looked up yet
    for ch, (per, per_claim) in attempts:
        key = (tuple(c[0] for c in ch), per)
        if key in tried:
            continue
        tried.add(key)
        text = _claim(row, english, value, ch, per_claim, change_long)
        cites = [row.n]
        check = check_with_index(text, cites, idx, detail=False) if verify else Check()
        _trace(row.n, check.status, text, check.problems)
        if verify and check.status != "supported" and any(p.startswith(f"'{row.subject}' not in") for p in check.problems):
            # The paragraph holds the figure but calls the company 'the company': cite where it is named too.
            if naming is False:
                naming = _naming_paragraph(idx, story, row)
            if naming:
                cites = sorted({naming, row.n})
                check = check_with_index(text, cites, idx, detail=False)
                _trace(cites, check.status, text, check.problems)
        if verify and check.status != "supported":
            continue
        if check.atoms:
            check = check.model_copy(update={"atoms": []})  # the row's text is what was checked
        return KeyFigure(subject=row.subject, subject_source=row.subject_source if row.subject_source != row.subject
                         else None, metric=english, metric_id=row.metric_id, value=value,
                         change=", ".join(c[0] for c in ch) or None, period=per, citations=cites, text=text,
                         check=check)
    return None


class _Unsure(Exception):
    """A figure this module cannot write in English without guessing."""


def _value(idx: ArticleIndex, it: _Item, usd: str) -> str:
    q = it.b.figure.q
    text = idx.paragraphs[it.n - 1].lower
    qual = _qualifier(text, q)
    after = text[q.end:q.end + 8]
    cents = _CENTS_AFTER.match(after)
    if q.kind == "number" and cents:
        word = cents.group(1).lower()
        word = "pence" if word in ("pence", "p") else "cents"
        return f"{qual}{_digits(q.value, q.precision)} {word}"
    if written_in_cents(q) and q.unit and "|" in q.unit:
        return f"{qual}{_digits(q.value * 100, q.precision * 100)} cents"  # '68 cents': whose dollar is not said
    if q.kind == "amount":
        return qual + _money(q.value, q.precision, it.unit or q.unit, usd)
    if q.kind == "percent":
        return f"{qual}{_digits(q.value, q.precision)}%"
    if q.kind == "points":
        return qual + _digits(q.value, q.precision)  # an index level: '3,912'
    if q.kind == "number":
        if _AREA_AFTER.match(text, q.end):
            return qual + _scaled(q.value, q.precision) + " square metres"
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


def _change_text(idx: ArticleIndex, it: _Item, usd: str, *, short: bool) -> str:
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
    if base == "seq":
        period = it.b.period or ""
        base = "mom" if period.startswith("M") else "qoq" if period.startswith("Q") else "seq"
    if short:
        return f"{qual}{sign}{amount}" + (f" {_BASE_SHORT.get(base, '')}".rstrip() if base else "")
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


def _period_forms(idx: ArticleIndex, it: _Item) -> list[tuple[str | None, str | None]]:
    """(shown, as the claim says it) for the figure's period, most precise first: with its year,
    without it, none (a part the verifier does not support is left out of the row)."""
    out: list[tuple[str | None, str | None]] = []
    full, full_claim = _period(idx, it), _period(idx, it, claim=True)
    if full and full_claim:
        out.append((full, full_claim))
    bare, bare_claim = _period(idx, it, year=False), _period(idx, it, claim=True, year=False)
    if bare and bare_claim and (bare, bare_claim) not in out:
        out.append((bare, bare_claim))
    out.append((None, None))
    return out


_COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
                11: "eleven"}


def _period(idx: ArticleIndex, it: _Item, *, claim: bool = False, year: bool = True) -> str | None:
    """The figure's period in English, with the year its sentence names ('Q3 2025', 'October',
    'January-October 2025'); ``claim``: as the verifier reads it ('the first ten months of 2025')."""
    key = it.b.period
    year_text = _year(idx, it) if year else None
    words = None
    if key and key != "Y-1":
        if key[0] in "QH" and key[1:].isdigit():
            words = key
        elif key[0] == "M" and key[1:].isdigit() and 1 <= int(key[1:]) <= 12:
            words = MONTH_NAMES[int(key[1:]) - 1]
        elif key.endswith("M") and key[:-1].isdigit() and 2 <= int(key[:-1]) <= 11:
            n = int(key[:-1])
            if claim:
                return f"the first {_COUNT_WORDS[n]} months" + (f" of {year_text}" if year_text else "")
            words = f"January-{MONTH_NAMES[n - 1]}"
        elif key[0] == "R" and "-" in key:
            a, b = key[1:].split("-")
            if claim and year_text:
                return None  # 'April-September 2025' reads as September 2025: said without its year
            words = f"{MONTH_NAMES[int(a) - 1]}-{MONTH_NAMES[int(b) - 1]}"
    if words and year_text:
        return f"{words} {year_text}"
    return words or year_text


_FISCAL = re.compile(r"财年|财政年度|会计年度|fiscal|\bfy", re.IGNORECASE)


def _year(idx: ArticleIndex, it: _Item) -> str | None:
    """The year of a figure: one its sentence names before it ('2026年每股纯益', '今年前10月'), or in
    English right after it in its clause ('$2.3 billion in 2024'); not a year something is measured
    from ('since 2008', '较2024年')."""
    p = idx.paragraphs[it.n - 1]
    low = p.lower
    q = it.b.figure.q
    s_start, s_end = it.sentence
    written = re.search(r"\b((?:19|20)\d\d)\b", it.b.period_text or "")
    if written and it.b.period and it.b.period[0] in "QHM":
        return written.group(1)  # 'by March 2027': the period's own year
    if not p.facts.han:
        # English: the figure's own clause ('more than double the 2,900 it delivered in 2023' is not
        # the year of 'expects deliveries of 11,000 to 12,000 this year').
        s_start = max([s_start] + [m.end() for m in re.finditer(r"[,;]\s", low[:q.start])])
        clause_end = min([s_end] + [q.end + m.start() for m in re.finditer(r"[,;]\s", low[q.end:s_end])])
        s_end = clause_end
    years = [t for t in p.facts.temporals if t.kind == "year" and s_start <= t.start < q.start
             and not _SINCE_BEFORE.search(low, max(0, t.start - 12), t.start) and not low.startswith("以来", t.end)]
    if not years and not p.facts.han:
        after = [t for t in p.facts.temporals if t.kind == "year" and q.end <= t.start < s_end]
        years = [t for t in after[:1] if _IN_BEFORE.match(low, q.end, t.start)]
        if not years:
            m = _RELATIVE_AFTER.match(low, q.end, s_end)
            if m and idx.article.published_at is not None:
                return str(idx.article.published_at.year - (1 if m.group(1) == "last year" else 0))
    if years:
        t = years[-1]
        return f"FY{t.key}" if _FISCAL.search(t.text) else t.key
    when = idx.article.published_at
    if when is None:
        return None
    rel = None
    for m in _RELATIVE.finditer(low, s_start, q.start):
        rel = m
    if rel is None:
        return None
    offset = -1 if rel.group(0) in ("去年", "last year") else 0
    return str(when.year + offset)


_SINCE_BEFORE = re.compile(r"(?:\bsince|\bfrom|\bthan|自从?|从|较|比)\s?(?:the\s)?(?:end of\s|early\s|late\s)?$")
_IN_BEFORE = re.compile(r"[^,;.]{0,30}?\b(?:in|for|during)\s(?:fiscal\s|the\s)?$")
_RELATIVE = re.compile(r"今年|去年|this year|last year")
_LAST_YEAR = re.compile(r"去年|上年|last year")
_RELATIVE_AFTER = re.compile(r"[^,;.]{0,30}?\b(this year|last year)\b")


def _claim(row: _Row, english: str, value: str, changes: list[tuple[str, str]], period: str | None,
           change_long: str | None = None) -> str:
    """The row as one English sentence for the verifier."""
    when = f" in {period}" if period else ""
    if row.change_only:
        it = row.levels[0]
        verb = "rose" if it.sign == "+" else "fell"
        # 'down about 10 basis points year-on-year' -> 'fell about 10 basis points year-on-year'
        rest = change_long.split(" ", 1)[1] if change_long else value
        return f"{row.subject} {english} {verb} {rest}{when}."
    tail = ", " + " and ".join(c[1] for c in changes) if changes else ""
    verb = "were" if english.endswith("s") and not english.endswith(("ss", "us")) else "was"
    return f"{row.subject} {english} {verb} {value}{when}{tail}."


__all__ = ["MAX_ROWS", "key_figures", "metric_kinds", "with_key_figures"]
