"""Binding: each figure of a text tied to what it belongs to.

    subject       the company, country, index or product the figure is of ('甲公司营收增长12%，
                  乙公司下降3%': 12% -> 甲公司, 3% -> 乙公司), carried from the previous clause or
                  sentence when the figure's own clause names none; lists with 分别 / respectively
                  are paired in order
    metric        revenue, net profit, gross margin ... (``data/metrics.tsv``)
    base          yoy, qoq, mom, or seq (环比 / sequential: the previous quarter or month)
    denominator   share, 10 shares, t, month ... (每10股派发现金红利39.74元: 10 shares)
    period        the quarter, half or month the figure is of (temporal key: 'Q3', 'H1', 'M10')

Each part carries whether it is sure. A part is sure when it is written in the figure's own clause,
or comes from a 分别/respectively list; a carried subject is sure only when the sentence so far
names one subject. Claims and paragraphs are bound by the same rules; the verifier contradicts a
claim only with sure parts on both sides (an unsure binding never makes a false alarm).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from citebrief.facts.atoms import (
    _DOWN_SET,
    _DOWN_ZH,
    _UP_SET,
    _UP_ZH,
    FIGURE_SOON,
    OWNS_AFTER,
    QUARTER_BEFORE_EN,
    RESPECTIVELY,
    Figure,
    NameMention,
    TextFacts,
    english_names,
    gapped,
    inside_word,
    metric_follows,
    source_names,
)
from citebrief.facts.gazetteer import load as gazetteer, lookup
from citebrief.facts.glossary import Term, items, metric_flags, metrics, roles, word_list
from citebrief.facts.lexicon import is_common_word
from citebrief.facts.names import SURNAMES
from citebrief.facts.people import SAYS_AFTER, Person, looks_like_person, person_like_name
from citebrief.facts.quantities import RANGE_JOIN
from citebrief.facts.temporal import (
    CALENDAR_WORD,
    MONTH_EN,
    MONTH_NAMES,
    RELATIVE_YEAR,
    Temporal,
    find_temporals,
    is_ticker_code,
    month_number,
    months_of,
    relative_year_key,
    span_key,
)
from citebrief.text.script import HAN, HAN_CLASS, HAN_RUN

# Sentence and clause ends in prepared text (ASCII punctuation after NFKC); a comma between digits
# is a thousands mark, a point between digits a decimal point.
# ('reported on Oct. 29, rose 31.5 percent': a month's abbreviation before its day ends no sentence.)
# ('Lark Distilling Co. reported …': a company's abbreviation before a lower-case word ends no sentence;
# nor an initial or a title's: 'K. Wah International', 'St. Shine', 'Mr. Lee'.)
_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                  r"\bCo", r"\bCorp", r"\bInc", r"\bLtd", r"\bBhd", r"\b[A-Z]", r"\bSt", r"\bMr", r"\bMs", r"\bDr")
# ('oOh!media': a name's '!' ends no sentence.)
# Each branch opens with the stop itself and looks behind it for an abbreviation: lookbehinds before
# the stop were tried at every character of a text (twenty times slower; the same matches).
SENTENCE_END = re.compile(r"[。！？?；;]|!(?![a-z])|\.(?!\d)(?=\s|$)" + "".join(rf"(?<!{a}\.)" for a in _ABBREVIATIONS) +
                          r"|\.(?<=(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)(?=\s(?!\d)|$)|\.(?<=Sept\.)(?=\s(?!\d)|$)"
                          r"|\.(?:(?<=\bCo\.)|(?<=\bCorp\.)|(?<=\bInc\.)|(?<=\bLtd\.)|(?<=\bBhd\.))(?=\s(?![a-z])|$)")
# A sentence without its semicolons: a period named at its start holds for every clause
# ('前三季度，营收X；归母净利润Y': both are nine-month figures).
FULL_STOP = re.compile(r"[。！？?]|!(?![a-z])|\.(?!\d)(?=\s|$)")
# (not inside 118,450 nor the Indian 1,18,450, nor a date's 'September 30, 2027')
_CLAUSE = re.compile(r",(?!\d{3}|\d\d,\d)(?!(?<=\d,)\s(?:19|20)\d\d\b)|[，、：:]")
# A clause an English sentence opens without a comma ('… fell 1.26% even as the Shenwan telecom index gained 2.17%').
# ('… was 2.08% at end-September and it would open 20 branches in the first half of 2027'; '… would cut
# runs in December and that its exports rose 12.6%'.)
# ('… leased 46 hectares in the nine months and would begin a 1,000-hectare extension in July 2028': a
# second predicate of the same subject is a clause of its own.)
# (And a gapped item of its own: '… brought in NT$321 million and its foldable-phone hinges NT$389 million'.)
_CLAUSE_WORD_EN = re.compile(r"\s(?=(?:even as|whereas|while)\s)|\sand\s(?=(?:it|he|she|they|we|that|would|will|plans? to|aims? to)\s)|"
                             r"\sand\s(?=its\s(?:[a-z-]+\s){1,3}(?:[A-Z]{0,3}\$|[¥€£])?\d)")
# Chinese organisations the gazetteer lacks: a short name right after a clause start or a list
# separator, ending in an organisation word ('甲公司', '华东电池集团').
def _org_suffixes() -> str:
    return "|".join(sorted(word_list("org_suffixes.txt"), key=lambda w: (-len(w), w)))


# ('拖累公司盐化工板块毛利率': a verb of cause opens a clause about the company, not a name.)
_CAUSE_VERBS_ZH = "拖累|带动|帶動|推动|推動|拉动|拉動|导致|導致|使得|促使|助推"
# ('货柜航运商东洋海运': a trade followed by 商 describes the name after it; the name is the subject.)
# ('亚麻纱占集团收入约74.5%': 占 ends what holds a share, no organisation's name runs through it.)
_ZH_ORG = re.compile(
    r"(?:(?<=^)|(?<=[,，、;；:：。\s和与及商]))(?!" + _CAUSE_VERBS_ZH + "|" + "|".join(sorted(word_list("zh_not_name_starts.txt"))) + r")(?P<name>[^\W\d_于在的为是将对向从与和及其该本较比占佔][^\W\d_于在的为是将对向从与和及其占佔]{0,5}?"
    r"(?:" + _org_suffixes() + r")(?:" + _org_suffixes() + r")?)(?![商额額])")  # ('学生文具零售额': a sales measure, not a retailer)
_ORG_NAME_END = re.compile(r"(?:" + _org_suffixes() + r")$")  # ('红狮控股': an organisation's name, not a product)
# ('全资子公司京福安徽公司全年实现净利润…': a subsidiary named after the word for it.)
_SUBSIDIARY_WORDS_ZH = "子公司|旗下|附属公司|孙公司"
_ZH_SUBSIDIARY = re.compile(rf"(?:{_SUBSIDIARY_WORDS_ZH})(?P<name>[^\W\d_于在的为是将对向从与和及其该本较比]"
                            r"[^\W\d_于在的为是将对向从与和及其]{1,5}?(?:" + _org_suffixes() + r"))(?!商)")
# ('中国同辐旗下原子高科上半年收入为…', '另一附属公司中核高通收入为…': a subsidiary whose name has no company
# suffix, up to its period or measure.)
_ZH_SUBSIDIARY_BEFORE_MEASURE = re.compile(rf"(?:{_SUBSIDIARY_WORDS_ZH}|附属公司|附屬公司)(?P<name>[\u4e00-\u9fff]{{2,6}}?)"
                                           r"(?=(?:上半年|下半年|前三季度|第[一二三四]季度|今年|全年|\d{4}年)?"
                                           r"(?:收入|营收|营业收入|营业额|净利润|净利|销售额|销量|产量))")
# A firm's possessive, an analyst's two- or three-word name and a call ("CCID Consulting's Qu Langyue expects…").
_ANALYST_OF_FIRM_AFTER = re.compile(r"(?:'s|’s|(?<=s)'|(?<=s)’)\s[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}\s(?:cut|cuts|raised|raises|"
                                    r"lowered|lowers|lifted|lifts|upgraded|downgraded|kept|keeps|maintained|maintains|"
                                    r"reiterated|initiated|expects|expected|sees|forecasts|forecast|estimates|predicts|set|sets|"
                                    r"warned|warns|believes|thinks|cautioned|projects|projected)\b")
_ANALYST_AFTER_FIRM_ZH = re.compile(r"(?:\s(?:Securities|Capital|Research|Investments?|Asset Management|Funds?|Bank))?\s?"
                                   r"(?:分析师|分析员|研究员|基金经理|首席经济学家|经济学家|策略师)")


def _firm_of_analyst_zh(text: str, name: str, end: int) -> bool:
    """Whether a name is the firm of the analyst or fund manager written right after it ('Maybank
    Securities分析员', '德盛安联基金经理': the fund's name may hold the 基金 of 基金经理)."""
    return bool(_ANALYST_AFTER_FIRM_ZH.match(text, end)) or (name.endswith("基金") and text.startswith("经理", end))


# "Chunhou Fund's Zhen Qingzhu expects…": the analyst's firm written with its trade word.
_FIRM_ANALYST_AFTER = re.compile(r"(?:\s[A-Z][a-z]+){0,2}?(?:\s(?:Fund|Funds|Securities|Capital|Asset Management|Investments?|Research|Advisors|"
                                 r"Advisers|International|Holdings|Group|Financial|Markets)){1,2}" + _ANALYST_OF_FIRM_AFTER.pattern)
CALL_OWNED = re.compile(r"(?:'s|’s|(?<=s)'|(?<=s)’)\s(?:[\w.,$%-]+\s){0,4}?(?:forecast|forecasts|target|estimate|estimates|projection|"
                         r"call|view|rating|model)\b")
_SEGMENT_AFTER = re.compile(r"\s?(?:业务|板块|分部|事业部|事业群|业务线)")
_PLACE_WORD_AFTER_EN = re.compile(r"\s(?:province|prefecture|county|district|municipality)\b")
_NAMED_PART_EN = re.compile(r"(?:,|\band|\bwhile|;)\s(?:the\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s"
                            r"(?:was\s|were\s)?(?:up|down|rose|fell|grew|gained|slipped|climbed|dropped)\s(?:by\s)?$")
_PARK_AFTER_ZH = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:园区|園區|工业区|工業區|产业园|產業園|科学园|科學園|工业园|工業園)")
# 'Nickel Industries, which runs its smelters in the Indonesia Morowali Industrial Park, said…': a
# relative clause's names are not whose figures follow.
_RELATIVE_ASIDE = re.compile(r",\s(?:which|who|whose)\s[^,;.]{2,130},"
                             # ('Non-coal revenue, from its Interport logistics arm, Ilectra … and other businesses, rose')
                             r"|,\s(?:from|including|such as)\s(?:its|their|the)\s[^;.]{2,120}?,(?=\s(?:rose|fell|grew|"
                             r"increased|decreased|declined|dropped|jumped|climbed|slipped|was|were|reached|totalled|totaled)\b)"
                             # ('its ice cream business, sold under the Arun and Ibaco brands, rose…': its brands)
                             r"|,\s(?:sold|marketed|branded|known|trading)\s(?:under|as)\s[^,;.]{2,80},"
                             # ('ONE, owned 38% by NYK and 31% each by MOL and K Line, reported…': its owners;
                             # 'National Highways Infra Trust, sponsored by the National Highways Authority of India, collected…')
                             r"|,\s(?:(?:jointly|partly|wholly|majority|mostly)[\s-])?(?:owned|controlled|run|operated|backed|held|led|sponsored|promoted|managed|founded|set up|chaired|headed)"
                             r"\s[^,;.]{0,40}?\bby\s[^;.]{2,80}?,"
                             # ('costs paid to state railway operator KAI rose 5.3%': whom it was paid to)
                             r"|\b(?:paid|owed|payable|due|sold|supplied|charged|lent)\s(?:to|by)\s(?:the\s)?[^,;.]{2,60}?"
                             r"(?=\s(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|slipped|was|were)\b)"
                             # ('Ottobock, the Frankfurt-listed German rival, reported…'; 'Egmont Honey, also privately
                             # held and based in New Plymouth, lifted…': a description of the name before it)
                             # ('AdTech, mainly the Sedo domain marketplace, edged up…': what the name is mostly)
                             r"|(?<=[a-z)]),\s(?:the|also|mainly|mostly|largely|chiefly|primarily)\s[^,;.()\d%$€£¥]{2,60}?,(?=\s(?:reported|posted|said|lifted|raised|"
                             r"cut|grew|rose|fell|increased|booked|recorded|delivered|sold|shipped|announced|expects|forecast|"
                             r"edged|inched|gained|slipped|declined|dropped|jumped|climbed)\b)")
# A sector gauge, read apart from its parent index: 'the Topix marine transportation index' (after the
# index's name), 'the financial and insurance index' (in common words; not "the pharmaceutical index's
# 1.35% gain": a gauge named as a figure's owner, not as a clause's subject).
_GAUGE_WORD = r"(?:sub-?index|index|gauge)"
_SUB_INDEX_EN = re.compile(r"(?:\s(?!index\b)[a-z][a-z&-]+){1,4}\s(?:" + _GAUGE_WORD + r"|sector)\b")  # ('the S&P 500 consumer staples sector')
_COMMON_GAUGE_EN = re.compile(r"\b[Tt]he\s(?P<gauge>(?!(?:benchmark|broader|wider|main|composite|key|headline|weighted|overall|"
                              r"same|whole|market)\b)(?:[a-z][a-z&-]*\s){1,4}" + _GAUGE_WORD + r")\b(?!['’])")
_GAUGE_END = re.compile(r"\s" + _GAUGE_WORD + r"$|\s(?:sector|board)$|(?:板块|板塊|行业|行業|概念)指[数數]$|(?:板块|板塊|类股|類股)$|指[数數]$")
# ('The machinery sector rose 0.37%': a sector's gauge named in common words, that moves.)
_SECTOR_MOVES_EN = re.compile(r"\bthe\s(?P<gauge>(?:[a-z][a-z&-]*\s){1,3}(?:sector|board))\s(?:rose|fell|gained|lost|climbed|dropped|"
                              r"slipped|edged|jumped|advanced|declined|added|shed|ended|closed)\b", re.IGNORECASE)
# ('有色金属板块指数当日上涨2.1%': a sector's gauge opening its clause, which the gazetteer lacks.)
# ('食品饮料板块当日上涨0.86%': a sector board that moves, with or without 指数; '生技类股上涨1.6%' too.)
# ('当日基础化工指数上涨0.84%': an index the gazetteer lacks, that moves.)
# (An index by name alone only after 当日, where a day's moves are listed: not '年内申万高速公路指数累计上涨'.)
_ZH_GAUGE = re.compile(r"(?:^|(?<=[，,。；;：:]))(?:当日|當日|同日|当天|今日)?"
                       r"(?P<name>[\u4e00-\u9fff]{2,8}?(?:(?:板块|板塊|行业|行業|概念)指[数數]|"
                       r"(?:板块|板塊|类股|類股)(?=[^，,。；;\d]{0,4}(?:涨|漲|跌|收[涨漲跌报報於于盘盤]))))|"
                       # ('，恒生综合小型股指数升0.35%': an index of its own clause that moves)
                       r"(?:当日|當日|同日|当天|(?<=[，,；;]))(?P<index>[\u4e00-\u9fff]{2,10}?指[数數])"
                       r"(?=[^，,。；;\d]{0,4}(?:涨|漲|跌|升|收[涨漲跌报報於于盘盤]))")


def _is_gauge(s: Subject) -> bool:
    """Whether a subject is an index or a sector's gauge, never what 公司 (the company) stands for."""
    return is_sector_gauge(s) or (s.entity_id is not None and gazetteer().entities[s.entity_id].kind == "index")


def is_sector_gauge(s: Subject) -> bool:
    """Whether a subject is a sector gauge read apart from its index (no gazetteer entity of its own)."""
    return s.entity_id is None and _GAUGE_END.search(s.text) is not None
_WHERE_LEAD_EN = re.compile(r"\b(?:In|At)\s$")
_TO_PLACES_EN = re.compile(r"\b(?:to|from|into)\s$")
_NOUN_AFTER_PLACE_EN = re.compile(r"\s[a-z][a-z-]+\s(?:[a-z-]+\s)?(?:chains|customers|buyers|markets|retailers|clients|carriers|gyms|"
                                  r"hospitals|distributors|operators|makers|plants|factories|stores)\b")
_IN_TOWN_OF_EN = re.compile(r"\b(?:in|at|near)\s[A-Z][\w-]+(?:\s[A-Z][\w-]+)?,\s$")
_BOOK_TITLE = re.compile(r"《[^》]{1,30}》")
# ('Jahwa's personal care segment, home to Liushen and Maxam, grew…': the brands are no subject either.)
_APPOSITIVE_OF = re.compile(r",\s(?:(?:(?:the|a|an)\s(?:[a-z-]+\s){0,2})?(?:parent|owner|operator|unit|subsidiary|arm|maker|"
                           r"developer|backer|investor)\s(?:company\s)?(?:of|behind)|home to|which owns|which makes"
                           # ('OTC drug wholesale, handled by its listed subsidiary PALTAC, rose 4.9%')
                           r"|(?:handled|run|operated|managed)\sby\s(?:its|their|the|a)\s(?:[a-z-]+\s){0,2}"
                           r"(?:subsidiary|unit|arm|affiliate))"
                           r"\s((?:[^,;.]|\.(?=,)){2,60}),")  # ('… Corp.,')
# ('DGD, Darling's 50:50 joint venture with Valero, sold…': whose unit it is, named in an aside.)
_OWNED_APPOSITIVE_EN = re.compile(r"(?<=[A-Za-z)]),\s((?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*['’]s\s(?:[\w:-]+\s){0,3}"
                                  r"(?:joint\sventure|venture|unit|subsidiary|arm|affiliate|division|segment|business|rival|peer|competitor)(?:\s(?:with|in)\s[^,;.]{2,40})?),")
_COMPARED_ITEM_BEFORE_ZH = re.compile(r"(?:较|比|相对|相对于|对比)\s?$")
_NOW_BEFORE_ZH = re.compile(r"(?:目前|当前|現時|现时|现有|現有|现阶段)的?\s?(?:约|近|逾)?\s?$")
# ('国仪量子的科创板首次公开发行申请已于8月获受理': where the company asks to list, too.)
_LISTING_AFTER_ZH = re.compile(r"主板|创业板|科创板|中小板(?=上市|挂牌|IPO)|上市|挂牌|IPO|首次公开发行|首发|发行申请")
# ('The Maryville, Tennessee, company earned…': where the company is, describing it, not whose figures.)
_HOME_DESCRIBES_EN = re.compile(r"\b[Tt]he\s(?P<where>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}),?\s"
                                r"(?:[a-z-]+\s){0,2}(?:company|firm|group|maker|manufacturer|retailer|lender|bank|chain|miner|"
                                r"producer|operator|insurer|developer|utility|brewer|carmaker|automaker|gunmaker|supplier)\b")
_ADJECTIVE_NAME_EN = re.compile(r"-(?:based|listed|headquartered|owned|backed|registered|controlled)$")
# (The aside follows a name: not 'By segment, Bandai Namco's digital business, which…'.)
_NAME_ENDS_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w&.'’-]*\)?$")
# A mention followed by a verb of saying or estimating is the source of a figure, not its subject
# ('高盛预计营收增长12%': 12% is not Goldman's).
# (Not verbs of forecasting: 'Lichuang expects revenue to grow 5%' is Lichuang's own revenue.)
_SPEAKER_AFTER = re.compile(
    r"\s*(?:的分析师|分析师|首席经济学家)?\s*(?:预计|预期|预测|估计|表示|称|指出|认为|强调|透露|说|报告称|研报|在研报中|"
    r"(?:监测|统计|发布的|公布的)?数据显示)"
    r"|\s*(?:,\s*)?(?:said|says|told|noted|wrote(?!\s(?:about\s|some\s)?[$£€¥\d]|\s[a-z]{1,3}\$)|believes|reckons|analysts?|expects|expected|forecasts|"
    r"forecast|estimates|estimated|predicts|sees)\b", re.IGNORECASE)
_FOLLOWED_BEFORE = re.compile(r"(?:跟随|跟进|紧随|追随|效仿|继|随|following|after|like|unlike|than|versus|vs\.?|"
                              r"urged|urges|asked|asks|told|tells|called on|pressed|pushed)\s?(?:the\s)?$",
                              re.IGNORECASE)
_SEGMENT_AFTER_PLACE_EN = re.compile(r"\s(?:generics?\s)?(?:revenue|revenues|sales|business|market|operations|unit|segment)\b")
_VOLUMES = frozenset({"deliveries", "cargo", "volume"})
_OWNS_FIGURE_EN = re.compile(r"(?:'s|’s)\s(?:about\s|around\s)?")
# ('在越南新廠產能開出帶動下可望達20.1元': what drives the figure is no measure of it either.)
_CAUSE_CLAUSE_ZH = re.compile(r"受(?:到)?[^，,。；;\d]{1,14}?(?:影响|影響|拖累|冲击|衝擊)|在[^，,。；;\d]{1,24}?(?:带动|帶動|推动|推動)下")
_UNIT_NAMED_EN = re.compile(r"\s(?:[a-z-]+\s){0,2}(?:business|division|segment|unit|arm)\b")
# ('其中Dell以约24%市占率居首': after 其中 too.)
_OPENS_CLAUSE = re.compile(r"(?:^|[。；;！？!?，,]|[。；;！？!?，,]其中)\s?$")
# ('，澳大利亚子公司Optus营收为…': a subsidiary named after the word for it.)
# ('秘鲁Minsur公司第三季度锡产量为7,420吨': a Latin name the word for a company follows is one.)
_COMPANY_WORD_AFTER_ZH = re.compile(r"\s?(?:公司|集团|集團)")
_SUBSIDIARY_BEFORE = re.compile(rf"(?:{_SUBSIDIARY_WORDS_ZH}|业务)\s?$")
# ('美国HCM软件龙头Workday于…公布', '同业Paycom…收入': a Latin name the word for a firm of its trade goes before.)
_FIRM_WORD_BEFORE_ZH = re.compile(r"(?:龙头|龍頭|巨头|巨頭|同业|同業|同行|对手|對手|厂商|廠商|运营商|營運商|开发商|開發商|供应商|供應商|制造商|製造商|零售商)\s?$")
# 'People Power Party lawmaker Park ...', '北陆制钢社长森田健一': an affiliation, not what a figure is of.
# ('中金公司食品饮料行业分析师王文丹认为': a field may stand between the firm and its analyst.)
_AFFILIATION = re.compile(r"\s?(?:lawmakers?|legislators?|chairman|chairwoman|president|ceo|cfo|chief|spokes\w+|"
                          r"(?:[a-z&-]+\s){0,3}(?:analysts?|economists?|strategists?|researchers?|traders?|fund managers?)|议员|立委|董事长|总裁|社长|会长|首席|行长|发言人|"
                          r"[\u4e00-\u9fff]{0,8}?(?:分析师|研究员|首席|负责人|主管|总监))", re.IGNORECASE)
_WITH_CLAUSE = re.compile(r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w&.\- ]{1,40}?){0,4}\s+[a-z]+ing\b")  # ('with A, B and C spending')
_WITH_BEFORE = re.compile(r"(?:与|同|跟|和|with|against)\s?(?:the\s)?$", re.IGNORECASE)
# ('目前公司电解铝产能…': a time word before 公司 leaves it the company spoken of.)
_GENERIC = re.compile(r"(?:[该本其各这那此]|上述|[一二三四五六七八九十两多数几\d]+家)|(?:目前|当前|现时|如今|此前|期内)?(?:公司|集团|银行)$")
# What some body's data show ('Ministry of Defence data released on Monday (November 10) showed').
_DATA_SHOWED_EN = r"(?:data|figures|statistics)\b[^,;.]{0,50}?\b(?:show|showed|shows)\b"
# '国家统计局数据显示，…原煤产量…': the body whose data tell the figure, not what it is of.
# ('世界钢铁协会10月22日公布的数据显示': the body's name may end in 协会 and a date may come first;
# 'Golf Datatech统计，9月…': its count.)
# ('光電科技工業協進會（PIDA）統計，': a body's longer name and its gloss may come between.)
_BODY_END_ZH = r"(?:(?:工业)?(?:协会|协进会|公会|学会|联合会|委员会|中心|局|署)(?:\s?[（(][A-Za-z]{2,8}[)）])?)?"
_SOURCE_AFTER = re.compile(r"\s?" + _BODY_END_ZH +
                           r"(?:\d{1,2}月\d{1,2}日|昨日|今日|日前|近日|本周|上周)?"
                           r"(?:的|发布的|公布的)?(?:最新)?(?:数据|统计|统计数据|报告|调查|data|figures|statistics)\s?"
                           r"(?:显示|表明|指出|show|showed|shows)|\s?" + _BODY_END_ZH + r"\s?(?:统计|数据)\s?[,，]"
                           r"|\s" + _DATA_SHOWED_EN,
                           re.IGNORECASE)
# 'supplies to Toyota Kirloskar Motor made up the remaining 9,646 units': who receives, not who supplies.
_RECIPIENT_BEFORE = re.compile(r"\b(?:supplies|supplied|sold|deliveries|delivered|contribution|contributions|contributed)"
                               r"\s(?:\w+\s){0,2}?to\s(?:the\s)?(?:[A-Z]{2,5}\s)?$", re.IGNORECASE)
# ('contribution to JG Summit': the recipient's name may start with an acronym the window must reach.)
_RECIPIENT_REACH = 24
# ('According to the Ministry of Construction': the body's name may be read from its last word.)
# ('Figures from the Ministry for Primary Industries show…': the body whose figures tell it.)
_SPEAKER_BEFORE = re.compile(r"(?:据|根据|according to|\b(?:data|figures|statistics)\s(?:released\s|published\s)?(?:from|by))\s*(?:the\s(?:[A-Z][\w&-]*\s){1,3}(?:of|for)\s(?:the\s)?)?$", re.IGNORECASE)
# '凯基金…将对凯基证券增资约80亿元': the company a capital injection or loan goes to, not who pays.
_RECIPIENT_ZH_BEFORE = re.compile(r"[对向]\s?$")
_RECIPIENT_ZH_AFTER = re.compile(r"\s?的?(?:增资|注资|出资|拨款|提供|贷款|借款|转让|出售)")
_SUBJECT_KINDS = frozenset({"company", "central_bank", "regulator", "institution", "party", "exchange", "index",
                            "place", "country", "product", "fund", "bank", None})
# 'and the property sub-index rose 1.4%': an English clause with a subject of its own.
# ('…, as family takaful revenue grew 28.5%': a reason with a subject of its own, of two or more words.)
# ('…, with the construction sub-index up 1.86%': a 'with' clause's own noun.)
_NEW_NOUN_SUBJECT = re.compile(r"\s*(?:(?:and|but|while|whereas)?\s*(?:the|a|an)\s+[a-z-]+(?:\s+[a-z-]+){0,2}|as\s+[a-z-]+(?:\s+[a-z-]+){1,2})\s+"
                               r"(?:rose|fell|was|were|gained|lost|climbed|slipped|dropped|jumped|added|increased|"
                               r"decreased|grew|declined|stood|reached|hit)\b"
                               r"|\s*with\s(?:the|a|an)\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s+(?:up|down|rising|falling|gaining|losing|"
                               r"climbing|slipping|dropping|jumping|adding|increasing|declining|at)\b")
_NEW_BARE_NOUN_EN = re.compile(r"\s*(?:and|but|while|whereas)\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s+(?:were|was|stood|rose|fell|"
                               r"reached|totalled|totaled|came)\b")
_PRODUCED_THING_EN = re.compile(r"[\s-](?:water|gas|fluids?|brine|sand)\b")
# A move written as a noun with what moves after it: '2.3% rise in the Taiwan dollar'.
_MOVE_OF_NAMED_EN = re.compile(r"\s(?:rise|fall|drop|gain|increase|decrease|decline|jump|slide|slump)\sin\sthe\s")
_NEW_BARE_CLAUSE_EN = re.compile(r"\b(?:while|whereas|but)\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s+(?:were|was|stood|rose|fell|"
                                 r"reached|totalled|totaled|came|sold|bought|grew|gained|added|dropped|declined)\b")
# A name set off by a comma after it, with its company word and gloss: 'Delhi International Airport Ltd (DIAL), '.
# (Its company word or gloss required: 'Developing Offerings, which include … Farfetch, grew' is a list.)
_APPOSED_HEAD = re.compile(r"(?:\s(?:Ltd|Limited|Inc|Corp|Co|Bhd|Berhad|Plc|PLC)\.?(?:\s?\([^()]{1,16}\))?|\s?\([^()]{1,16}\))"
                           r"\s?,\s(?=[a-z])")
# ('while AdTech, mainly the Sedo domain marketplace, edged up 0.5%': what the name mostly is, too.)
_ASIDE_BEFORE_VERB_EN = re.compile(r",\s(?:which|who|whose)\s[^;.()]{2,120},\s?"
                                   r"|,\s(?:mainly|mostly|largely|chiefly|primarily)\s[^,;.()\d%$€£¥]{2,60},\s?")
# A capitalised word inside a clause: a name we could not place (its figure may be its own).
_UNKNOWN_NAME = re.compile(rf"(?<=[a-z,] )(?!{CALENDAR_WORD})[A-Z][a-z]+")
# Words that add figures up ('together 84.5%', 'combined', 'totalled'; not a combined ratio): one home
# for the binding, the descriptors, the working-out and the universe of a share.
SUMMED_WORDS = r"together|combined(?! ratio)|in all|between them|altogether|totall?ed|totall?ing"
SUMMED = re.compile(rf"\b(?:{SUMMED_WORDS})\b", re.IGNORECASE)
# The same in Chinese too (合计, 共计): where a sum may be written in either language.
SUMMED_ANY = re.compile(rf"合计|合共|共计|总计|加总|\b(?:{SUMMED_WORDS})\b", re.IGNORECASE)

# Comparison bases written next to a figure. Chinese: before it; English: after it, or before it.
_BASE_ZH = [
    ("yoy", re.compile(r"同比|按年|较上年同期|比上年同期|较去年同期|比去年同期|较上年同月|比上年同月|"
                       r"(?<![今去明全本上下每当近逐同该前半财])年(?=增|减|成长|衰退)")),
    ("qoq", re.compile(r"按季|较第?[一二三四1-4]季度?|比第?[一二三四1-4]季度?|较上季|比上季|较上一季|比上一季|较前一季|比前一季|(?<![一二三四1-4度本上下该当同每首前单])季(?=增|减|成长|衰退)")),
    ("mom", re.compile(r"按月|比上月|较上月|比上个月|较上个月|(?<![\d一二三四五六七八九十个本上下该当同每])月(?=增|减|成长|衰退)")),
    ("seq", re.compile(r"环比|按半年|较上半(?:财|财政|会计)?年度?|比上半(?:财|财政|会计)?年度?|较下半年|较前[一二三四五六七八九十\d]+个?月|较上一?期|"
                       r"(?:较|比)(?:[369]|十二|1[02]|上季)月?(?:末|底)|(?:较|比)(?:今年)?(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月(?:末|底)|"
                       # ('较今年第一批的54.30亿元增长26.0%': an earlier batch of the same year's tenders)
                       r"(?:较|比)(?:今年|本年)?(?:第[一二三四五1-5]|上一?|前一)批")),
    # Since the end of last year (year to date): '较上年末增长8.6%'.
    ("ytd", re.compile(r"(?:较|比)(?:上年|去年|上年度)(?:年)?(?:末|底)|(?:较|比)年初")),
    ("avg", re.compile(r"(?:较|比|高于|低于)(?:过去)?(?:[五十\d]+年|历史|多年|长期)(?:同期)?(?:平均|均值|均)")),
]
# A clause that names only another period before its figure: '，明年为16.20元', '，2029年则为3.1亿元'.
_PERIOD_THEN_IS_ZH = re.compile(r"\s?(?:明年|今年|后年|去年|(?:19|20)\d\d年|[上下]半年|第?[一二三四]季度?)(?:则|预估|预计|将|可|可望|有望|将可)?(?:为|达|约为|达到)\s?(?:约)?")
# A metric written right before 分别 is every listed figure's: '2028年、2029年归母净利润分别为2.86亿元和3.35亿元'.
_SHARED_BY_LIST_ZH = re.compile(r"(?:预计|预测|将)?分别(?:为|是|达|达到|约为)")
# Only the verb of a move between a compared level and its change ('…的54.30亿元增长26.0%').
_MOVE_ONLY_ZH = re.compile(r"(?:增长|成长|衰退|增加|上升|上涨|下降|减少|下滑|下跌|提高|高出|多出|降低)了?")
_BASE_EN = [
    ("yoy", re.compile(r"year[- ]on[- ]year|(?<=\d )(?:percent |per cent |% )?on-year|^\s?on[- ]year\b|^\s?on the year\b(?!['’])|year[- ]over[- ]year|\by/y\b|\byoy\b|(?:from|than|compared with|"
                       r"compared to|over|above|below) (?:a|the) year (?:earlier|ago|before)|^\s?on a year (?:earlier|ago)\b|(?:from|than|over|above|below) "
                       r"(?:the |its )?year-(?:earlier|ago) (?:level|figure|period|quarter|month|half)|(?:from|than|over|above|below|on) (?:in )?the same "
                       r"[a-z-]+ (?:of |a )?(?:last|the previous|a) year|(?:from|than|over|above|below|on) (?:in )?the same "
                       r"[a-z-]+ a year (?:earlier|ago|before)|annual(?:ly)? basis|"
                       # 'from October last year': the same month a year before
                       r"(?:from|than|compared with|over) (?:in )?" + MONTH_EN + r" (?:of )?(?:last year|a year (?:earlier|ago))")),
    ("qoq", re.compile(r"quarter[- ]on[- ]quarter|\bon-quarter\b|^\s?on[- ]quarter\b|^\s?on the quarter\b(?!['’])|"
                       r"^\s?on the (?:previous|prior|preceding|first|second|third|fourth|june|march|september|december) quarter\b|quarter[- ]over[- ]quarter|\bq/q\b|\bqoq\b|" + QUARTER_BEFORE_EN)),
    ("mom", re.compile(r"month[- ]on[- ]month|\bon-month\b|^\s?on[- ]month\b|^\s?on the month\b(?!['’])|month[- ]over[- ]month|\bm/m\b|\bmom\b|(?:from|than|over) (?:in )?the "
                       r"(?:previous|prior|preceding) month|(?:from|than) a month (?:earlier|ago)|(?:from|than) (?:in )?"
                       + MONTH_EN + r"(?! \d| (?:of )?last year| a year (?:earlier|ago)|[-–][a-z])\b|(?:from|than|compared with|since) "
                       r"(?:at )?(?:the )?end(?:-| of )(?:jan|feb|apr|may|jul|aug|oct|nov)[a-z]*\b")),  # not a date: 'cut ... by 50 basis points from March 20'
    ("seq", re.compile(r"sequential(?:ly)?|on a sequential basis|(?:from|than) (?:in )?the (?:first|second|previous) "
                       r"half|(?:from|than|compared with|since) (?:at )?the end of (?:march|june|september|the previous quarter)|"
                       # ('A$48 million lower than at March 31': a quarter's end, not a year before)
                       r"(?:from|than|compared with|since) (?:at |on )?(?:march 31|june 30|september 30|january 31|april 30|july 31|october 31)\b(?!,? 20\d\d)|"
                       r"(?:from|than|compared with|since) (?:at )?end-(?:march|june|september)|"
                       # ('19.8% above its end-September level')
                       r"(?:above|below|over) (?:its |their |the )?(?:end-|end of )(?:march|june|september)(?:'s)? (?:level|figure|balance)")),
    ("ytd", re.compile(r"(?:from|than|compared with|since) (?:at |on )?december 31\b(?!,? 20\d\d)|"  # ('down A$96 million from December 31')
                       r"(?:from|than|above|below|over) (?:its |their |the )?(?:level|levels|price|prices|reading) (?:at|in) the "
                       r"(?:start|beginning) of (?:the year|20\d\d)|"  # '8.2% above its level at the start of the year'
                       r"(?:from|than|compared with|since) (?:at )?the (?:end of (?:last|the previous) year|start of (?:the (?:fiscal |financial )?year|20\d\d)|"
                       r"beginning of (?:the year|20\d\d)|end of (?:december(?: 20\d\d)?|20\d\d)\b)|(?:from|than|compared with|since) "
                       r"(?:at )?end-(?:december|20\d\d)|(?:from|than|compared with|since) (?:at )?the end of (?:20\d\d|last year)|"
                       r"year[- ]to[- ]date")),
    # Against an average of years, not the year before: '8.2% above the ten-year average'.
    ("avg", re.compile(r"(?:from|than|above|below|over|on|compared with|against) (?:the |its |their )?(?:[a-z0-9]+[- ]year |long[- ]term |"
                       r"historical |historic )average\b")),
    # ('down 9.6% on the previous season': a crop year's base is the season before.)
    ("yoy", re.compile(r"(?:from|than|above|below|over|on|compared with) (?:the |its )?(?:previous|last|prior) (?:season|harvest|crop year)\b")),
]
# Denominators that are a span of time: a figure counted per day … per year is a rate.
TIME_RATES = frozenset({"day", "week", "month", "quarter", "year"})
_BASE_NAMES = {"yoy": "year-on-year", "qoq": "quarter-on-quarter", "mom": "month-on-month", "seq": "sequential",
               "avg": "against an average of years",
               "ytd": "since the end of last year"}

# Denominators: '每10股' / '每股' before the figure, '元/股' right after it, 'per 10 shares' after it.
_BOX_ZH = re.compile(r"每\s?(40|20|四十|二十)\s?(?:呎|英尺|尺)\s?货?[柜箱](?:\s?[（(]\s?(feu|teu)\s?[)）])?|每\s?(feu|teu)")
_BOX_EN = re.compile(r"[^,;.]{0,12}?\b(?:per|a|each)\s(?:(40|20|forty|twenty)[- ](?:foot|ft|feet)\s(?:container|box|boxes)|(feu|teu))\b")
_DENOM_ZH_BEFORE = re.compile(r"每\s?(\d+|十)?\s?(?:名|位)?(旅客|人次|架次|股|晚|公吨|干吨|湿吨|金属吨|吨|毫升|加仑|加侖|升|克|桶|辆|台|月|年|周|星期|人|户|平方米|平方尺|呎|盎司|公斤|千克|小时|天|日|袋|包|支|片|芯公里|公里|千米|罐|瓶|箱|只|羽|立方米|百万英热单位|斤|笼|米)"
                              r"|(?:平均)?(呎|尺)价[^，,。；;\d]{0,3}$")
# ('设计产能为3万辆/年': a count's measure word may come before the slash.)
_DENOM_ZH_AFTER = re.compile(r"(?:[辆輛台件片个個套只张張块塊条條]?)\s?/\s?(股|公吨|干吨|湿吨|金属吨|吨|千升|毫升|加仑|加侖|升|桶|辆|台|月|年|日|天|周|人|袋|包|支|片|平方米|立方米|盎司|公斤|千瓦时|千瓦|兆瓦时|兆瓦|芯公里|公里|千米|只|羽|百万英热单位|千立方英尺)"
                             r"|\s?每(股|公吨|干吨|湿吨|金属吨|吨|千升|加仑|加侖|桶|月|年|公斤|千瓦时|千瓦|兆瓦时|兆瓦|芯公里|公里|千米|只|羽|立方米|百万英热单位|千立方英尺)")
# (Not a bare 'each': '72 yuan each' is a price per share or per unit, whatever the source calls it.)
_SECOND_PER_EN = re.compile(r"\s(?:per|a|an|each)\s(person|household|user|month|year|day|week|trip|visit|share|tonne|unit)\b"
                            r"(?!\s+(?:earlier|ago|before|later|previously))")
_EACH_AFTER_EN = re.compile(r"\s(?:for|on)\s(?:each|every)\s(?:one\s)?of\b")
# A container's size before it: 'per 25-kilogram bag'.
_SIZED = r"\d+(?:\.\d+)?-(?:kilogram|kg|litre|liter|pound|lb|tonne|gram)\s"
_DENOM_EN_AFTER = re.compile(
    # ('R36,850 per 6E ounce': the metals an ounce counts, no count of its own.)
    r"^[^,;.]{0,24}?\b(?:per|(?<!\bin )(?<!\bover )(?<!within )(?:a|an)|each|for every)\s+(?:[2-8]e\s+|troy\s+)?(?:(\d+|ten)\s+|" + _SIZED + r"\s*)?(million british thermal units?|mmbtus?|thousand cubic feet|mcf|shares?|(?:dry |wet )?metric tonnes?|(?:dry |wet |metal )tonnes?|metric tons?|pounds?|lbs?|tonnes?|tons?|barrels?|vehicles?|wagons?|coaches?|"
    r"units?|months?|quarters?|years?|weeks?|days?|hours?|person|people|household|square metres?|square meters?|"
    r"ounces?|square feet|square foot|sq ft|kilograms?|kg|flats?|apartments?|quintals?|kilolitres?|kiloliters?|kl|litres?|liters?|millilitres?|milliliters?|ml|gallons?|"
    r"syringes?|vials?|(?:available )?seat[- ](?:kilometres?|kilometers?|km)|"
    r"kilowatt-hours?|kilowatts?|kwh|kw|megawatt-hours?|megawatts?|mwh|mw|bags?|sacks?|packs?|sticks?|wafers?|pieces?|"
    r"(?:core|fibre|fiber)[- ](?:kilometres?|kilometers?|km)|kilometres?|kilometers?|km|cans?|tins?|bottles?|cartons?|"
    r"birds?|chicks?|head|cubic met(?:re|er)s?|grams?|grammes?|held|nights?|guests?|passengers?|flights?|trips?|visits?|(?<!square )(?<!cubic )met(?:re|er)s?|catty|catties|trays?|cages?|yards?)\b"
    r"(?!\s+(?:earlier|ago|before(?!\s+tax)|later|previously))(?!(?<=quarter)\s+of\b)", re.IGNORECASE)  # ('about a quarter of': a fraction)
# 'per' and any noun right after an amount: a denominator the list above lacks.
# (One word, not a modifier of the next: not 'per standard tonne', 'per landing and take-off'.)
_PER_ANY_EN = re.compile(r"^\s(?:[a-z]+\s)?per\s([a-z]{3,})\b(?!-)(?!\s(?!(?:in|on|from|for|at|by|to|this|last|next|was|is|were|a|an|"
                         r"the|of|over|during|after|before|since|until|against|up|down|rose|fell|compared)\b)[a-z])")
# Denominators that measure (a weight, a length, a span of time, a share): a price per any other thing
# counted ('per cow', 'per lot') is surely not per one of these; a count word against another may be one thing.
_MEASURES = frozenset({"yd", "t", "dmt", "wmt", "mtm", "kg", "catty", "lb", "oz", "gram", "quintal", "km", "core-km", "m", "m2", "m3",
                       "sqft", "litre", "ml", "kl", "gallon", "bbl", "kWh", "MWh", "kW", "MW", "mmbtu", "mcf", "share",
                       "10 share", "ads", "ordinary share", "day", "week", "month", "quarter", "year", "hour", "ask"})
_TIME_ADJECTIVE_EN = re.compile(r"\b(?:annual|annualised|annualized|yearly|monthly|weekly|daily|quarterly|hourly)\b")
_PER_ANY_BEFORE_EN = re.compile(r"\bper ([a-z]{3,}) (?:was|were|is|are|rose to|fell to|grew to|reached|stood at|came to|averaged)\s"
                                r"(?:about\s|around\s|nearly\s)?$")
_NOT_PER_WORDS = frozenset({"cent", "cents", "the", "each", "every", "year-earlier", "one"})
_PER_WORD_SAYS = {"annum": "year", "capita": "person"}
_CAPACITY_RATE_EN = re.compile(r"\b(monthly|quarterly|annual|yearly|weekly|daily)\s(?:[a-z0-9-]+\s){0,2}?"
                               r"(?:capacity|output|production|throughput)\b")
# ('add 2,000 tonnes of annual capacity': the rate written after the figure.)
_CAPACITY_RATE_EN_AFTER = re.compile(r"^\s(?:(?:wafers|tonnes|tons|units|vehicles|cars|barrels|pieces)\s)?(?:a\s)?(?:of\s)?(?:new\s|additional\s|extra\s)?(monthly|quarterly|annual|yearly|weekly|daily)\s"
                                     r"(?:[a-z-]+\s)?(?:capacity|output|production|throughput)\b")
# ('add 100,000 tonnes of spandex capacity a month': the rate after the capacity.)
_CAPACITY_PER_AFTER_EN = re.compile(r"^\s(?:[a-z-]+\s){0,5}?(?:capacity|output|production|throughput)\s(?:a|an|per|each)\s"
                                    r"(month|quarter|year|week|day)\b")
# ('make 300,000 industrial sewing machines a month': a count of things made per span of time; not
# 'a year earlier'.)
_COUNT_PER_TIME_EN = re.compile(r"^\s(?:[a-z-]+\s){0,5}?(?!(?:in|within|over|for|during|than|of|at|by|from|to|the)\s)[a-z-]+\s"
                                r"(?:a|an|per|each)\s(month|quarter|year|week|day)\b"
                                r"(?!\s(?:earlier|ago|before|later|after|on|from)\b)(?!-)")
# A rate joined to its figure as one adjective: '10,000-tonne-a-day', '1.5 million-tonne-per-year'.
_HYPHENED_RATE_EN = re.compile(r"-(?:a|an|per)-(day|week|month|quarter|year)\b")
_PER_CURRENCY_EN = re.compile(r"\s(?:yen\s|yuan\s|won\s|rupees\s|baht\s|pesos\s|dong\s|rupiah\s|ringgit\s)?"
                              r"(?:to|per|against)\s(?:the\s|one\s|a\s)?(?:u\.?s\.?\s)?(dollar|euro|yen|yuan|pound|sterling|greenback)\b")
_CURRENCY_WORD_EN = {"greenback": "dollar", "sterling": "pound"}
_CAPACITY_RATES = {"monthly": "month", "quarterly": "quarter", "annual": "year", "yearly": "year", "weekly": "week",
                   "daily": "day"}
# An American depositary share, or an ordinary share named against it.
_ADS_ZH = re.compile(r"每\s?(?:股|份)?\s?(?:美国存托股|存托股|ads|adr)")
_ADS_EN = re.compile(r"^[^,;.]{0,24}?\b(?:per|a|an|each)\s(?:(?P<ordinary>class [a-z] (?:ordinary |common )?share|ordinary share|"
                     r"common share)|ads\b|adr\b|american depositary (?:share|receipt))")
_ADS_EN_BEFORE = re.compile(r"\bper\s(?:(?P<ordinary>class [a-z] (?:ordinary |common )?share|ordinary share)|ads\b|adr\b|"
                            r"american depositary (?:share|receipt))[^,;.]{0,24}$")
# What a figure may be per head: 'the average yield per ad', 'ARPU per user' (which may be per month too).
_PER_HEAD = frozenset({"ad", "advert", "listing", "customer", "user", "subscriber", "member", "employee", "store"})
_PER_HEAD_WORDS = "|".join(sorted(_PER_HEAD, key=len, reverse=True))
# A count or amount written as the total of a period ('13 ships in the quarter').
_PER_BEFORE_EN = re.compile(r"\bper ((?:10 )?(?:share|tonne|ton|barrel|vehicle|unit|month|year|day|hour|person|household|ounce|bag|pack|"
                            + _PER_HEAD_WORDS + r"|retail unit|"
                            r"stick|wafer|gram|kilogram|kg|wagon|kilolitre|kiloliter|syringe|vial|available seat kilometre|available seat kilometer))s?\b")
# What a multiple is of: 'leverage of 1.5 times EBITDA', '12 times earnings', '0.8 times book value'.
_MULTIPLE_OF_EN = re.compile(r"\s(?:its\s|their\s)?(ebitda|ebit|earnings before interest,? taxes?,? depreciation,? and amorti[sz]ation|"
                             r"earnings before interest and taxe?s?|revenue|sales|earnings|book value|book|net assets|equity|"
                             r"free cash flow|cash flow)\b")
_MULTIPLE_BASES = {"sales": "revenue", "book": "book value", "earnings before interest and tax": "ebit",
                   "earnings before interest and taxes": "ebit"}
# 'a 9.4% rise in the average yield per ad': the change of a measure per something.
_CHANGE_OF_PER_EN = re.compile(r"\s(?:rise|increase|fall|drop|decline|gain|jump|growth)\s(?:in|of)\s(?:the\s|its\s)?"
                               r"[a-z -]{0,30}?\bper ((?:10 )?(?:share|tonne|ton|barrel|vehicle|unit|" + _PER_HEAD_WORDS + r"))s?\b")
# 'the average price of a 50-kg bag was 352 rupees': what a price is of, written before it.
_PRICE_OF_UNIT_EN = re.compile(r"\b(?:price|prices|cost|costs)\s(?:of|for)\s(?:a|an|one|each)\s(?:[\d.]+-[a-z]+\s)?"
                               r"(bag|sack|pack|stick|tonne|ton|barrel|wafer|piece)\b[^,;\d]{0,30}$")
_PERIOD_TOTAL_EN = re.compile(r"[^,;]{0,32}?\bin the (?:quarter|half|year|month|period|first half|second half|"
                              r"(?:first|second|third|fourth|june|september|december|march) quarter)\b")
_DENOM_WORDS = {"yards": "yd", "yard": "yd", "码": "yd", "斤": "catty", "catties": "catty", "trays": "tray", "cages": "cage", "笼": "cage", "metres": "m", "metre": "m", "meters": "m", "meter": "m", "米": "m",
                "晚": "night", "nights": "night", "guests": "guest", "公吨": "t", "cans": "can", "tins": "tin", "bottles": "bottle", "cartons": "carton", "罐": "can", "瓶": "bottle", "箱": "case", "cases": "case", "case": "case",
                "芯公里": "core-km", "公里": "km", "千米": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
                "kilometers": "km", **{f"{a}{s}{b}": "core-km" for a in ("core", "fibre", "fiber") for s in ("-", " ")
                                       for b in ("kilometre", "kilometres", "kilometer", "kilometers", "km")},
                "千瓦": "kW", "kilowatt": "kW", "kilowatts": "kW", "kw": "kW", "兆瓦": "MW", "megawatt": "MW",
                "megawatts": "MW", "mw": "MW", "千瓦时": "kWh", "kilowatt-hour": "kWh", "kilowatt-hours": "kWh",
                "kwh": "kWh", "兆瓦时": "MWh", "megawatt-hour": "MWh", "megawatt-hours": "MWh", "mwh": "MWh",
                "克": "gram", "grams": "gram", "grammes": "gram", "gramme": "gram",
                "股": "share", "share": "share", "held": "share", "shares": "share", "吨": "t", "ton": "t", "tons": "t", "tonne": "t",
                "tonnes": "t", "桶": "bbl", "barrel": "bbl", "barrels": "bbl", "辆": "vehicle", "vehicle": "vehicle",
                "vehicles": "vehicle", "台": "unit", "unit": "unit", "units": "unit", "月": "month", "month": "month",
                "months": "month", "年": "year", "year": "year", "years": "year", "人": "person", "person": "person",
                "people": "person", "户": "household", "household": "household", "平方米": "m2",
                "square metre": "m2", "square metres": "m2", "square meter": "m2", "square meters": "m2",
                "盎司": "oz", "ounce": "oz", "ounces": "oz", "小时": "hour", "hour": "hour", "天": "day", "日": "day",
                "day": "day", "days": "day", "周": "week", "星期": "week", "quarter": "quarter", "quarters": "quarter", "week": "week",
                "weeks": "week", "hours": "hour", "平方尺": "sqft", "呎": "sqft", "尺": "sqft", "square feet": "sqft",
                "square foot": "sqft", "sq ft": "sqft", "公斤": "kg", "千克": "kg", "kilogram": "kg", "kilograms": "kg",
                "kg": "kg", "flat": "flat", "flats": "flat", "apartment": "flat", "apartments": "flat",
                "quintal": "quintal", "quintals": "quintal", "公担": "quintal", "litre": "litre", "litres": "litre",
                "liter": "litre", "liters": "litre", "升": "litre", "毫升": "ml", "ml": "ml", "millilitre": "ml",
                "millilitres": "ml", "milliliter": "ml", "milliliters": "ml", "kilolitre": "kl", "kilolitres": "kl",
                "kiloliter": "kl", "kiloliters": "kl", "kl": "kl", "千升": "kl",
                "gallon": "gallon", "gallons": "gallon", "加仑": "gallon", "加侖": "gallon",
                # (每支 is a syringe or vial of an injectable as much as a stick.)
                "syringe": "stick", "syringes": "stick", "vial": "stick", "vials": "stick",
                "available seat kilometre": "ask", "available seat kilometres": "ask", "available seat kilometer": "ask",
                "available seat kilometers": "ask", "seat kilometre": "ask", "seat kilometres": "ask", "seat kilometer": "ask",
                "seat kilometers": "ask", "seat-kilometre": "ask", "seat-kilometres": "ask", "seat km": "ask", "seat-km": "ask",
                "available seat km": "ask",
                "metric tonne": "t", "metric tonnes": "t", "metric ton": "t", "metric tons": "t",
                "bag": "bag", "bags": "bag", "sack": "bag", "sacks": "bag", "袋": "bag", "pack": "pack", "packs": "pack",
                "包": "pack", "stick": "stick", "sticks": "stick", "支": "stick", "wafer": "piece", "wafers": "piece",
                "piece": "piece", "pieces": "piece", "片": "piece", "旅客": "passenger", "人次": "trip", "passenger": "passenger",
                "passengers": "passenger", "架次": "flight", "flight": "flight", "flights": "flight",
                "trip": "trip", "trips": "trip", "次": "trip", "visit": "trip", "visits": "trip",
                "干吨": "dmt", "湿吨": "wmt", "金属吨": "mtm", "metal tonne": "mtm", "metal tonnes": "mtm",
                "dry metric tonne": "dmt", "dry metric tonnes": "dmt", "dry tonne": "dmt", "dry tonnes": "dmt",
                "wet metric tonne": "wmt", "wet metric tonnes": "wmt", "wet tonne": "wmt", "wet tonnes": "wmt",
                "pound": "lb", "pounds": "lb", "lb": "lb", "lbs": "lb",
                # ('3.58元/只' a chick, '7.62元/公斤' a kilogram of live bird; '每立方米' concrete)
                "只": "head", "羽": "head", "bird": "head", "birds": "head", "chick": "head", "chicks": "head",
                "head": "head", "立方米": "m3", "cubic metre": "m3", "cubic metres": "m3", "cubic meter": "m3",
                "cubic meters": "m3",
                # gas prices: per million British thermal units, per thousand cubic feet
                "million british thermal unit": "mmbtu", "million british thermal units": "mmbtu", "mmbtu": "mmbtu",
                "mmbtus": "mmbtu", "百万英热单位": "mmbtu", "thousand cubic feet": "mcf", "mcf": "mcf", "千立方英尺": "mcf"}
_KNOWN_DENOMINATORS = frozenset(_DENOM_WORDS.values()) | _MEASURES | _PER_HEAD | {"teu", "feu", "each", "period"}
# A tonne said plainly covers the dry and wet tonnes iron ore is priced in; dry is not wet.
_TONNES = frozenset({"t", "dmt", "wmt", "mtm"})  # (mtm: a tonne of the metal a concentrate holds, 金属吨)


def denominators_conflict(claim: str, source: str) -> bool:
    """Whether two figures' denominators surely differ ('per share' against 每10股; per dry against
    per wet tonne; not 'a tonne' against per dry metric tonne)."""
    if "|" in source or "|" in claim:
        # Per two things at once ('每人每年'): each the claim gives must be one the source gives, and
        # a claim may give either of the source's.
        claimed, given = claim.split("|"), source.split("|")
        return any(all(denominators_conflict(c, g) for g in given) for c in claimed)
    if claim == source or "each" in (claim, source):
        return False  # ('for each of the eleven homes': each of whatever the source counts)
    if claim.startswith("times ") != source.startswith("times "):
        return False  # ('14.4 times earnings' against 14.4倍: what a multiple is of, unread on one side)
    if {claim, source} & (_PER_HEAD | {"unit", "vehicle", "car", "room", "bed"}) and {claim, source} & TIME_RATES:
        return False  # ('214 rupees per user a month', 'depreciation per unit per month': per both at once)
    if "share" in (claim, source) and {claim, source} & {"ads", "ordinary share"}:
        return False  # a plain 'per share' (每股) may be an ADS's or an ordinary share's
    if "period" in (claim, source) and not {claim, source} & {*TIME_RATES, "hour"}:
        return False  # 'NT$6.51 in the third quarter': a period's figure may be per share; it is no rate of time
    if "case" in (claim, source) and {claim, source} & {"feu", "teu"}:
        return False  # ('每箱2,150美元' after 40英尺集装箱: 箱 is the container too)
    if {claim, source} <= _COUNTED:
        return False  # ('US$9,694 a unit' where the paragraph says 每支: a vial, a syringe, a piece)
    if claim == "unit" and source in _CONTAINERS:
        return False  # ('about 1.86 yuan a unit' where the paragraph says 每瓶（袋）: a unit sold is a bottle)
    if {claim, source} == {"unit", "head"}:
        return False  # ('每只6.67美元' for a vacuum flask: 只 counts things as well as animals)
    if {claim, source} == {"user", "household"}:
        return False  # ('ARPU of NT$569 per user' where the paragraph says 每户: a subscriber's account)
    if {claim, source} in ({"person", "passenger"}, {"trip", "passenger"}):
        # ('NT$1,260 per passenger' where the paragraph says 每人次 (one person's turn, 'per visit' too))
        return False
    if (_open_word(claim) and source not in _MEASURES) or (_open_word(source) and claim not in _MEASURES):
        return False  # ('23.1 million yuan per car' against 每辆: a thing counted in the claim's own word)
    return not ({claim, source} <= _TONNES and "t" in (claim, source))


def _open_word(denominator: str) -> bool:
    """Whether a denominator is a word read as written ('cow', 'lot'), not one of the known units."""
    return denominator not in _KNOWN_DENOMINATORS and " " not in denominator


_COUNTED = frozenset({"unit", "piece", "stick"})  # what a count's measure word may name in English alike
_CONTAINERS = frozenset({"bottle", "can", "tin", "carton", "bag", "box", "pack", "jar"})  # what a unit sold comes in
# The whole year as a figure's period; not a target's ('全年目标80万辆的84.4%'), nor 'for the year to June'.
# (Not the whole of '占全年额度的95.2%' or '完成全年预算的': a share of the year's quota is no figure of the year.)
FULL_YEAR = re.compile(r"(?<!占)(?<!完成)(?<!达到)全年(?![^，。；,;]{0,6}目标)(?![^，。；,;\d]{0,6}的\s?[\d约近逾])|\b(?:full[- ]year|whole year|for the full year|(?:19|20)\d\d as a whole|the whole of (?:19|20)\d\d)\b(?! (?:[\w-]+ ){0,2}target)"
                        r"|\bfor the year\b(?! (?:to|ending|ended|through|till|until)\b)"
                        r"|(?<=\bin the )year\b(?! (?:to|ending|ended|through|till|until|before|earlier|ago|starting|beginning|from|that|when)\b)")
_IN_FISCAL_YEAR_EN = re.compile(r"\b(?:in|over|during|across|throughout) (?:the whole of |all of )?((?:fiscal|financial) (?:year )?(?:19|20)\d\d(?:[-/]\d\d)?|the (?:19|20)\d\d(?:[-/]\d\d)? "
                                r"(?:fiscal|financial) year)\b(?![-–]\d)")
# (Or an aside that places the quarter in it: 'in the August-October quarter, the first of its financial year to
# July 2068, rose 14.6%'.)
_FIGURE_FOR_THE = re.compile(r"\d(?:\s?(?:%|[a-z]+)){0,3}\s(?:for|of) the\s$|"
                             r",\s(?:the\s)?(?:first|second|third|fourth|last|final)(?:\s(?:quarter|half))?\sof\s(?:its|the|their)\s$")
_JOINED_CLAUSE_EN = re.compile(r"\b(?:and|but|while|whereas)\b|;")
_YEAR_END_NOUN_AFTER = re.compile(r"[\s-](?:year-end|year end|financial year-end|fiscal year-end|balance date)\b")
_DEADLINE_BEFORE_EN = re.compile(r"\bby (?:the end of )?(?:the )?$")
# ('…to average 14.2% in fiscal 2029, lower than in the June quarter because the July-September quarter is
# seasonally weak': a period compared with, or named in a reason after, is none of the figure's.)
_REASON_EN = re.compile(r"\b(?:because|since|given that|due to)\b")
_FOR_A_YEAR_EN = re.compile(r"\bfor ((?:fiscal |financial |calendar )?(?:year )?(?:19|20)\d\d(?:[-/]\d\d)?)\b(?![-–]\d)(?! (?:[\w-]+ ){0,2}target)")
_PLANNED_BEFORE_EN = re.compile(r"\b(?:budgets?|targets?|goals?|plans?|programmes?|programs?|quotas?|caps?|dividends?|"
                                r"guidance|forecasts?|projected|projections?|estimates?|allocations?|spending plan)\b(?:[^.;]|\.(?=\d))*$")
# Names that own no figure, written before them (subjects_of): a route's ends, who compiles or publishes
# a thing, a name in brackets that qualify a common word.
_ROUTE_BETWEEN = re.compile(r"\bbetween\s(?:(?:[A-Z][\w-]*\s){1,3}and\s)?$")
_MADE_BY = re.compile(r"\b(?:compiled|published|calculated|issued|provided|released)\sby\s(?:the\s)?$")
_QUALIFYING_BRACKET = re.compile(r"(?<![A-Z])[a-z]{3,}\s\((?:[A-Z]{2,4}\s)?$")
# "India's share of Taiwan's exports": the share's owner; ', and the sales target': a clause of its own.
_SHARE_OWNER_EN = re.compile(r"(?:'s|’s)\s(?:market\s|export\s|import\s)?share\s(?:of|in)\s")
_NEW_CLAUSE_EN = re.compile(r"[,;]\s(?:and|but|while|whereas)\s(?:the|its|their)\s")
# Words that make what follows a comparison's ('from 18.9% in the second', '较第二季').
# ('12.86亿元与8.34亿元': 与 between two figures joins them, nothing is compared.)
# ('up 6.4% on the June quarter', '6% up on the end of March': 'on' right after a figure or its move.)
# (Not 負債比 / 本益比 / 股價淨值比: a ratio named with 比, not a comparison.)
_COMPARED = re.compile(r"(?:较|(?<![占同环債债益值動动])比|相比|相较|(?<![\d%％元万亿辆台吨股参參])与|对比|由|from|(?<!more )(?<!less )(?<!fewer )(?<!no more )(?<!rather )than|"
                       r"(?:more|less|fewer|higher|lower) than (?=in |at |during |for )|"
                       r"compared with|compared to|versus|vs\.?|over|(?<=[\d%] )on|(?<=[\d%] up )on|(?<=[\d%] down )on)\s?(?:in |at |during |for )?(?:(?:a|an) (?:[a-z]+ ){0,2}of )?"
                       r"(?:the |a |an |about |some )?(?:(?:end|start|beginning|close) of (?:the )?)?"
                       r"(?:[$¥€£]|hk\$|nt\$|us\$)?\s?$")
_COMPARED_REACH = 160
# ('leased 186 hectares, against 142 hectares a year earlier': the figure right after 'against'; not
# 'against full-year guidance of about 700 million yuan', a target set beside it.)
_FIGURE_OPENS = re.compile(r"[$¥€£₹\d]|[a-z]{1,3}\$|rm\s?\d|rp\s?\d")
# ('net income of $4.1 million … against a loss of $1.2 million': the earlier result, its measure named.)
_AGAINST = re.compile(r"\bagainst\s(?:(?:a|an)\s(?:[a-z]+\s){0,2}(?:loss|profit|income)\sof\s)?(?:about\s|some\s|around\s)?"
                      r"(?:[$¥€£]|hk\$|nt\$|us\$)?$")
_LONG_WORD = re.compile(r"[a-z]{50}")


# 'rose to 38% in the third quarter from 31% in the second': the period of the level compared with.
_COMPARED_LEVEL = re.compile(r"\b(?:from|than|compared with|versus)\s(?:about\s)?[$¥€£]?[\d.,]+\s?(?:%|percent|per cent|"
                             r"[a-z]+)?\s(?:in|at|for)\s(?:the\s)?$")


_OVER_THE = re.compile(r"\bover the $")


# ('a 21.4% rise in gold sales': a move noun and what it moved, right after the figure.)
_MOVE_IN_AFTER_EN = re.compile(r"\s(?:rise|increase|gain|jump|fall|drop|decline|decrease)\sin\s(?:the\s|its\s|their\s)?")


_LAST_YEAR_BEFORE_ZH = re.compile(r"(?:去年|上年|前年)$")
_THAN_ZH = re.compile(r"(?:低于|高于|少于|多于|优于|逊于)$")


def _compared_before(low: str, pos: int) -> bool:
    """``_COMPARED.search(low, 0, pos)``, looked for in the last 160 characters only. Exact: the
    pattern is anchored at ``pos`` and its fixed parts are under 60 characters, so a match that
    starts before the window holds a word of 50 letters or more inside it (then the whole text is
    searched); lookbehinds see the text before the window either way."""
    start = max(0, pos - _COMPARED_REACH)
    if _COMPARED.search(low, start, pos) or (_AGAINST.search(low, start, pos) and _FIGURE_OPENS.match(low, pos)):
        return True
    return start > 0 and _LONG_WORD.search(low, start, pos) is not None and _COMPARED.search(low, 0, pos) is not None


_TRAILING_YEAR_EN = re.compile(r"\b(?:the\s)?(?:past|last|trailing|preceding|previous)\s(?:twelve|12)\smonths\b"
                               r"|\btrailing(?:\s(?:twelve|12)-month)?(?=\s(?:adjusted\s|underlying\s)?(?:ebitda|ebit|earnings|revenue|sales)\b)")
# A year that frames its own clause, with no part of it named ('明年…将增长8%', not '明年上半年', '今年3月').
# (Not a year compared with: '较去年同期', '比去年'.)
_YEAR_OWN_CLAUSE_ZH = re.compile(r"(?<![较比于与从由])(?:今年|明年|去年|后年|前年|\d{4}\s?年)"
                                 r"(?!\s?(?:\d|[一二三四]季|第|上半|下半|前三|首|底|末|初|全年|的|同期|水平))")
# ('Recurring net profit, which excludes one-off items, rose 21.4%': a relative clause describes it too.)
# ("China Commodities City's market operations business, mainly stall-use fees, earned…": what it is made of.)
_DESCRIBED_MEASURE_EN = re.compile(r"(?<=[a-z]),\s(?:the|a|an|which|that|mainly|mostly|largely|chiefly|primarily)\s[^,;.()\d%$€£¥]{2,60}?,"
                                   r"(?=\s(?:rose|fell|climbed|grew|increased|"
                                   r"decreased|declined|jumped|edged|slipped|dropped|gained|reached|totalled|totaled|was|were|earned|"
                                   r"generated|brought in|posted|made)\b)")
_RESTATED_CLAUSE_EN = re.compile(r"\s?or\s(?:about\s|around\s|some\s|roughly\s|nearly\s)?(?:[a-z]{0,3}\$|[¥€£₹₩]|[a-z]{3}\s)?\d")
_AS_OF_ZH = re.compile(r"(?:截至|截止|截止到|截至到)\s?$")
# Period kinds compared between a claim and a paragraph (years are checked elsewhere).
PERIOD_KINDS = ("quarter", "half", "month", "nine_months")


@dataclass(frozen=True, slots=True)
class Subject:
    text: str
    entity_id: int | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Binding:
    figure: Figure
    subject: Subject | None
    subject_sure: bool
    metric: frozenset[str] | None  # what the metric word may stand for (data/metrics.tsv ids)
    metric_text: str | None
    metric_sure: bool
    base: str | None
    denominator: str | None  # 'share', '10 share', 't', 'month' ...
    period: str | None  # temporal key ('Q3', 'H1', 'M10')
    period_text: str | None
    compared: bool = False  # written as what another figure is compared with ('from 64 yen', '去年同期为')
    speaker: Person | None = None  # the person who says the figure ('执行董事郭基辉补充，…2%')
    item: frozenset[str] | None = None  # the segment, product or market it is of (data/items.tsv ids)
    item_text: str | None = None
    item_sure: bool = False
    items_before: frozenset[str] = frozenset()  # every item its sentence names before it (a claim's figure may be of any)
    whole: tuple | None = None  # a share's whole: (metric ids, item ids, total?, period key) ('占总营收的30.2%', '33.1% of exports')
    whole_text: str | None = None
    year: str | None = None  # the year it is of: '2026', or '+1' / '+0' / '-1' for 明年 / 今年 / 去年 (the dateline's)


def base_name(base: str) -> str:
    return _BASE_NAMES.get(base, base)


def bases_conflict(a: str, b: str) -> bool:
    """Whether two bases contradict: 'seq' (环比) is the previous quarter or month, either."""
    if a == b:
        return False
    return not ("seq" in (a, b) and {a, b} - {"seq"} <= {"qoq", "mom"})


_DENOM_NAMES = {"yd": "yard", "km": "kilometre", "core-km": "core-kilometre", "ads": "American depositary share (ADS)", "ordinary share": "ordinary share", "teu": "20-foot container (TEU)", "feu": "40-foot container (FEU)", "t": "tonne", "m": "metre", "catty": "catty (斤, half a kilogram)", "bbl": "barrel", "m2": "square metre", "sqft": "square foot", "kg": "kilogram",
                "oz": "ounce", "dmt": "dry metric tonne", "wmt": "wet metric tonne", "mtm": "metal tonne", "lb": "pound", "kW": "kilowatt",
                "MW": "megawatt", "kWh": "kilowatt-hour", "MWh": "megawatt-hour", "head": "bird or head", "m3": "cubic metre",
                "mmbtu": "million British thermal units (MMBtu)", "mcf": "thousand cubic feet (Mcf)", "ml": "millilitre", "each": "item (each)",
                "kl": "kilolitre", "ask": "available seat kilometre", "stick": "unit (支)"}


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after 。；.;!? or at 0)."""
    return max((m.end() for m in SENTENCE_END.finditer(text, 0, pos)), default=0)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]`` (a figure): where it starts and where its stop is."""
    stop = SENTENCE_END.search(text, end)
    return sentence_start(text, start), stop.start() if stop else len(text)


def denominator_name(d: str) -> str:
    if "|" in d:
        return " and ".join(denominator_name(part) for part in d.split("|"))
    if d.startswith("times "):
        return f"times {d[6:].upper() if d[6:] in ('ebitda', 'ebit') else d[6:]}"
    count, _, unit = d.partition(" ")
    if not unit or not count.isdigit():
        return f"per {_DENOM_NAMES.get(d, d)}"
    return f"per {count} {_DENOM_NAMES.get(unit, unit)}s"


def _with_story_names(subjects: list[Subject], low: str, story_names: tuple[str, ...]) -> list[Subject]:
    """The subjects, and the story's coded names where the text writes one outside every other name, at
    the head of a clause or of what is forecast ('；…，并预估日友今年EPS约5.70元'), not inside another
    figure's words ('北美占文晔营收'): there it opens what follows."""
    added: list[Subject] = []
    for form in story_names:
        for m in re.finditer(re.escape(form), low):
            if not _STORY_NAME_LEADS.search(low, max(0, m.start() - 4), m.start()) and m.start() > 0:
                continue
            if any(t.start == 0 for t in roles().find(low[m.end():m.end() + 8])):
                continue  # ('文晔董事长邬琼文表示，…北美营收比重达24.7%': whose officer speaks, not whose figure)
            if not any(s.start < m.end() and m.start() < s.end for s in subjects + added):
                added.append(Subject(form, None, m.start(), m.end()))
    return sorted(subjects + added, key=lambda s: s.start) if added else subjects


_STORY_NAME_LEADS = re.compile(r"(?:[，,。；;：:]|预估|预计|预期|估计|看好|认为|表示|则)$")


def subjects_of(facts: TextFacts) -> list[Subject]:
    """Subject mentions of a text, in order: gazetteer entities (not people), other capitalised
    names (English), and Chinese organisation names the gazetteer lacks."""
    # Read once per TextFacts (bind and attribution both ask for a claim's): a pure function of the
    # text and the fixed word lists, and Subject is frozen; callers get their own list.
    cached = getattr(facts, "_subjects", None)
    if cached is None:
        cached = _subjects_of(facts)
        facts._subjects = cached  # type: ignore[attr-defined]
    return list(cached)


_RATED_BEFORE_ZH = re.compile(r"(?:给予|維持|维持|上调|下调|预计|预期|看好|对)$")
_BODY_DATA_SHOW_ZH = re.compile(rf"[{HAN_CLASS}]{{0,14}}?的?(?:最新)?(?:统计)?数据(?:显示|表明)")
# ('Oshkosh AeroTech和TLD的份额分别为9.3%和7.2%': an acronym listed after a Latin name, each with its figure.)
_LATIN_LISTED_BEFORE_ZH = re.compile(r"[A-Za-z]\s?[和与及、]$")


_ACADEMIC_BODY = re.compile(r"\b(?:University|Institute|College|Academy|School|Polytechnic)\b")
_SCHOLAR_AFTER = re.compile(r"(?:'s|’s)?\s(?:senior\s|associate\s|assistant\s|adjunct\s|visiting\s)?(?:lecturer|professor|researcher|"
                            r"economist|fellow|scholar|dean|director|analyst)\b", re.IGNORECASE)
# ('Llewelyn Gatacre, an analyst at Peterhouse Capital, raised his OSB target…': the speaker's firm.)
_ROLE_AT_ASIDE_EN = re.compile(r",\s(?:an?\s|the\s)?(?:[a-z-]+\s){0,3}(?:analyst|economist|strategist|researcher|fund manager|"
                               r"portfolio manager|partner|head of research)\s(?:at|of|with)\s[^,;.]{2,60},")


def _subjects_of(facts: TextFacts) -> list[Subject]:
    text = facts.text
    names: list[NameMention] = (source_names(text) + english_names(text)) if facts.han else english_names(text)
    out: list[Subject] = []
    low = text.lower()
    role_ends = {term.end for term in roles().find(low)}
    metric_spans = [(t.start, t.end) for t in metrics().find(low)]
    # ('Eternal, the parent of Zomato and Blinkit, reported…': the appositive's companies are not
    # whose figures follow; nor a relative clause's.)
    asides = [m.span(1) for m in _APPOSITIVE_OF.finditer(text)] + [m.span() for m in _RELATIVE_ASIDE.finditer(text)] + \
        [m.span() for m in _ROLE_AT_ASIDE_EN.finditer(text)] + \
        [m.span(1) for m in _OWNED_APPOSITIVE_EN.finditer(text) if _NAME_ENDS_BEFORE.search(text, 0, m.start())] + \
        [m.span("where") for m in _HOME_DESCRIBES_EN.finditer(text)] \
        if not facts.han else []
    for n in names:
        kind = n.entity.kind if n.entity else None
        if kind not in _SUBJECT_KINDS:
            continue
        if any(a <= n.start < b for a, b in asides):
            continue
        if not facts.han and _ADJECTIVE_NAME_EN.search(n.text):
            continue  # 'the El Dorado, Arkansas-based chain', 'the Frankfurt-listed rival': an adjective, no one's name
        if kind in ("place", None) and not facts.han and _MOSTLY_IN_EN.search(text, max(0, n.start - 48), n.start):
            continue  # 'add 35 branches, mostly in Uttar Pradesh and Odisha': where, not whose figures follow
        if not facts.han and (_BRANDED_AFTER.match(text, n.end) or _BRANDED_AFTER.search(n.text)):
            continue  # 'contract sales at Diamond-branded resorts': the brand describes what follows, owns nothing
        if n.entity is None and not facts.han and " & " in n.text and OWNS_AFTER.match(text, n.end) and all(
                is_common_word(w.lower()) for w in n.text.split() if w != "&"):
            continue  # "Dining & Lifestyle's online sales": a division named in common words, not a company
        if n.entity is None and not facts.han and PLURAL_ACRONYM.fullmatch(n.text):
            continue  # 'shield machines and TBMs', 'EVs', 'REITs': things counted, not whose figures
        if n.entity is None and not facts.han and n.text.isupper() and _NOUN_AND_BEFORE_EN.search(text, max(0, n.start - 32), n.start) \
                and _MEASURE_NOUN_AFTER_EN.match(text, n.end):
            continue  # 'shield-machine and TBM contract signings': a product's acronym beside a common noun
        if kind == "place" and not facts.han and _EARNED_IN_EN.search(text, max(0, n.start - 32), n.start):
            continue  # 'of which C$28.9 million came from Canada': the market revenue came from, not whose it is
        if kind == "place" and facts.han and _MARKET_BEFORE_ZH.search(text, max(0, n.start - 4), n.start) \
                and _MARKET_AFTER_ZH.match(text, n.end):
            continue  # '主要面向东南亚市场': where the company sells, not whose figures follow
        if kind in ("place", None) and not facts.han and text.startswith(",", n.end) and \
                _IN_TOWN_OF_EN.search(text, max(0, n.start - 40), n.start):
            continue  # 'a centre in Qinzhou, Guangxi, able to handle…': the province a town is in, not whose figures
        if kind == "place" and not facts.han and _TO_PLACES_EN.search(text, max(0, n.start - 4), n.start) and \
                _NOUN_AFTER_PLACE_EN.match(text, n.end):
            continue  # 'shipments of its commercial brand to US gym chains rose 34%': where they go, not whose
        if kind == "place" and not facts.han and _WHERE_LEAD_EN.search(text, max(0, n.start - 4), n.start) \
                and re.match(r",\s[A-Z]", text[n.end:n.end + 3]) and sentence_start(text, n.start) >= n.start - 4:
            # 'In Frankfurt, Villeroy & Boch's shares closed…': where, not whose figures follow (not 'In
            # Indonesia, the world's largest producer, September exports fell…').
            continue
        if _SITE_IN_EN.search(low, max(0, n.start - 24), n.start):
            continue  # 'the Simandou project in Guinea shipped…': where the project is, not who ships
        if kind == "place" and not facts.han and any(_NAME_IN_PLACE_EN.fullmatch(text, o.end, n.start) for o in names
                                                     if o.end <= n.start and o is not n):
            continue  # 'Langer Heinrich in Namibia produced…': where the named mine or firm is, not who produces
        if kind == "place" and n.text in _LISTINGS and any(
                o.entity is not None and o.entity.kind == "company" and sentence_start(text, o.end) <= o.start
                and sentence_start(text, n.start) <= o.start for o in names if o.end <= n.start):
            continue  # '中芯国际A股收报128.60元，港股收报72.35港元': the company's Hong Kong listing
        if kind == "place" and (text[n.start - 1:n.start] == "-" or text[n.end:n.end + 1] == "-"):
            continue  # 'the Asia-North America trade': a route, not a place's figure
        if kind == "place" and not _place_is_subject(text, low, n):
            continue  # '美国存托凭证', 'the Taiwan stock market': a place as an adjective
        if kind == "place" and facts.han and _MEASURE_AFTER_ZH.match(text, n.end) and \
                _PERIOD_BEFORE_ZH.search(text, max(0, n.start - 4), n.start):
            continue  # '首三季香港营业额3.46亿港元': the company's sales there in the period, not the place's
        if kind == "place" and facts.han and (n.text.endswith("区") or text.startswith(("区", "地区"), n.end)) \
                and _REGION_MEASURE_AFTER_ZH.match(text, n.end):
            continue  # '其大中华区收入同比下降6%', '赛默飞中国区收入': a company's sales region, not whose figures
        if kind == "exchange" and facts.han and _LISTING_AFTER_ZH.match(text, n.end):
            continue  # '仍在推进深交所主板上市': where a company lists, not whose figures follow
        if kind == "place" and facts.han and text.startswith("方面", n.end):
            continue  # '香港方面，凉茶铺连锁黄振龙…': the topic the sentence turns to, not whose figures follow
        if kind == "place" and facts.han and _BY_MARKET_ZH.search(text, _full_stop_before(text, n.start), n.start):
            # '按市场划分，中国内地营业额…': a market the company's figures are parted by, not whose (to the
            # full stop: '以地区别来看，…；中东及非洲营收5.19亿元' goes on through its semicolons).
            continue
        if (n.entity is None or (kind == "company" and _NAMED_PROJECT_AFTER.match(text, n.end))) and \
                _PROJECT_AFTER.match(text, n.end) and _OWNED_BEFORE.search(text, max(0, n.start - 24), n.start):
            continue  # 'its Tuen Mun project', 'Huanghua port': a place of the company's, not a company
        if n.entity is None and any(o.entity is not None and o.entity.kind in _INSTITUTIONS and
                                    text[o.end:n.start] in ("'s ", "’s ") for o in names):
            continue  # "the Bank of Thailand's Monetary Policy Committee": the institution's own body
        if kind in ("place", None) and not facts.han and _THE_BEFORE.search(text, max(0, n.start - 4), n.start) \
                and _DESCRIBED_AFTER.match(text, n.end):
            continue  # 'the Port Klang operator said': where the company works, describing it, not a company
        if n.entity is None and _PORTFOLIO_AFTER.match(text, n.end):
            continue  # 'Energy Minister Bahlil': a minister's portfolio, not a company
        if kind != "place" and _VENUE_BEFORE.search(text, max(0, n.start - 2), n.start):
            continue  # '在国务院新闻办公室…发布会上': where it was said, not whose figure
        if facts.han and _GROUP_OF_ZH.search(text, max(0, n.start - 4), n.start) and text.startswith("的", n.end):
            continue  # '同属远东集团的太平洋SOGO…业绩为…': the group a company belongs to, not whose figure
        if facts.han and any(m.start("by") <= n.start < m.end("by") for m in _RUN_BY_ZH.finditer(text)):
            continue  # '由九龙仓营运的天星小轮': the operator of what the figures are of
        if facts.han and any(a <= n.start < b for a, b in _cause_spans_zh(text)):
            continue  # '受央行选择性信用管制影响，…去化率降至约35%': a cause, not whose figure
        if n.entity is None and " " not in n.text and (metric_word(n.text) or n.text.lower() in _LEAD_NOT):
            continue  # 'Deposits rose 10.1%', 'Cash rose to NOK 64.2 million': a measure opening a sentence, not a company
        if facts.han and _SEGMENT_AFTER.match(text, n.end):
            continue  # '新兴装备业务收入96.4亿元': a segment that shares a listed company's name
        if facts.han and _PARK_AFTER_ZH.match(text, n.end):
            continue  # '台中精密園區新廠': an industrial park, where the plant stands, not a company
        if n.entity is None and not facts.han and any(a <= n.start and n.end <= b for a, b in metric_spans):
            continue  # 'SIP inflows totalled…': a word of the metric's name
        if _COUNTED_BEFORE.search(text, max(0, n.start - 16), n.start) and _OUTLETS_AFTER.match(text, n.end):
            continue  # 'open 40 more Big Echo outlets': a brand of the things counted, not whose figures follow
        if n.entity is None and not facts.han and " " not in n.text and _DIVISION_PAIR_BEFORE.search(text, max(0, n.start - 30), n.start) \
                and _DIVISION_MEASURE_AFTER.match(text, n.end):
            continue  # 'Wagering and Media revenue rose 5.1%': a division's name, not a company
        if not facts.han and _STAKE_IN_BEFORE.search(text, max(0, n.start - 24), n.start):
            continue  # 'gains from selling part of its stake in Rebellions': the holder's figures, not the held's
        if n.entity is None and not facts.han and _PLACE_WORD_AFTER_EN.match(text, n.end):
            continue  # 'a plant in Thai Binh province': a place the gazetteer lacks, not whose figures follow
        if n.entity is None and not facts.han and _PRODUCT_AFTER_EN.match(text, n.end):
            continue  # 'a redesigned Oz Lotto game would launch': a product, not whose figures follow
        if n.entity is None and (_DEMONYM.fullmatch(n.text) or (
                n.text in _COMPASS and text[n.end:n.end + 1] == " " and _COMPASS_DEMONYM.match(text, n.end + 1))):
            continue  # 'Australian', 'Japanese', 'South Korean', 'North American': an adjective, not a company
        if n.entity is None and " " in n.text and _PROPERTY_END.search(n.text):
            continue  # "Champion's Three Garden Road offices": a building, whose figures are its owner's
        if n.text.isupper() and f"({n.text})" in text and \
                re.search(rf"(?<![\w-])[a-z][\w-]*\s\({re.escape(n.text)}\)", text):
            # 'hand-rolled kretek (SKT)': an acronym a common noun defines is a product, not a company
            # (nor the SK Telecom the gazetteer knows by it).
            continue
        if n.entity is None and _person_like(n, text, role_ends):
            continue  # people say figures; they are not what the figures are of
        if not facts.han and _ACADEMIC_BODY.search(n.text) and _SCHOLAR_AFTER.match(text, n.end):
            continue  # ('Hang Seng University of Hong Kong lecturer Che Wai-tin said…': where the speaker teaches)
        if n.entity is None and _analysts_call(text, n.text, n.end):
            continue  # "Lin's 2026 net profit forecast": an analyst's call, not Lin's figure
        if (_ANALYST_OF_FIRM_AFTER.match(text, n.end) or _FIRM_ANALYST_AFTER.match(text, n.end)) and \
                (n.entity is None or n.entity.kind == "company"):
            continue  # "Yuanda Information's Min Xingche cut Topchoice…": the analyst's firm, not whose figures follow
        if facts.han and _firm_of_analyst_zh(text, n.text, n.end):
            continue  # ('Maybank Securities分析员翟曦楠预期，白花油…': the analyst's firm, not whose figures follow)
        if CALL_OWNED.match(text, n.end) and is_broker(n.text, n.entity.id if n.entity else None):
            continue  # "Quam's 1.62-billion-yuan forecast": a broker's call, not its own figure
        if n.entity is None and (" " not in n.text or n.text.isupper()) and not _lone_name_owns(text, n) \
                and not (facts.han and _OPENS_CLAUSE.search(text, max(0, n.start - 4), n.start)
                         and not _in_item_list(text, n.start)) \
                and not (facts.han and _SUBSIDIARY_BEFORE.search(text, max(0, n.start - 5), n.start)) \
                and not (facts.han and _FIRM_WORD_BEFORE_ZH.search(text, max(0, n.start - 4), n.start)) \
                and not (facts.han and _COMPANY_WORD_AFTER_ZH.match(text, n.end)) \
                and not (facts.han and _LATIN_LISTED_BEFORE_ZH.search(text, max(0, n.start - 2), n.start)
                         and RESPECTIVELY.search(text, n.end, n.end + 16)):
            # A lone capitalised word or an acronym the gazetteer lacks may be anything; in Chinese
            # text a Latin word opening a sentence is a name ('Rapidus被定位为…').
            continue
        if kind == "index" and not facts.han and (sub := _SUB_INDEX_EN.match(text, n.end)) is not None:
            # ('The Topix marine transportation index gained 2.7%': a sector gauge, not the Topix.)
            out.append(Subject(text[n.start:sub.end()], None, n.start, sub.end()))
            continue
        out.append(Subject(n.text, n.entity.id if n.entity else None, n.start, n.end))
    # (A name read and set aside above, 'Hong Kong' as an adjective, is no head either: not 'Hong'.)
    taken = [(s.start, s.end) for s in out] + [(n.start, n.end) for n in names]
    # ('Park said E-Mart will…': an unknown lone word that speaks is the speaker, not whose figure.)
    # (Nor a word that opens a metric's name: 'Operating profit rose'.)
    heads = [(m.group(1), *m.span(1)) for m in _LEAD_NAME.finditer(text) if m.group(1).lower() not in _LEAD_NOT
             and not _plural_noun(m.group(1))
             and not metric_word(m.group(1)) and not SAYS_AFTER.match(text, m.end(1))
             and not any(a == m.start(1) for a, _ in metric_spans)
             and not _analysts_call(text, m.group(1), m.end(1))
             and not _FIRM_ANALYST_AFTER.match(text, m.end(1))]
    if not facts.han:
        # ('…, while the financial and insurance index gained 0.84%': a sector gauge named in common words.)
        # ('The communications equipment index rose…' opens a sentence too; not 'The consumer price index', a measure.)
        heads += [(m.group("gauge"), *m.span("gauge")) for m in _COMMON_GAUGE_EN.finditer(text)
                  if text[m.start()] == "t" or not metrics().find(m.group("gauge").lower())]
        heads += [(m.group("gauge"), *m.span("gauge")) for m in _SECTOR_MOVES_EN.finditer(text)]
    if facts.han:
        # ('社会消费品零售总额': a metric that ends in an organisation word is no organisation.)
        # ('分产品看，…磁性材料实现营业收入…': in a sentence that goes through products, a name ending in
        # 材料 is a product line.)
        heads += [(m.group("name"), *m.span("name")) for m in _ZH_ORG.finditer(text)
                  if not _ZH_NOT_NAME.search(m.group("name"))
                  and not any(a <= m.start("name") < b for a, b in metric_spans)
                  and not _in_item_list(text, m.start("name")) and not _OTHER_BUSINESSES.match(text, m.end("name"))] + \
            [(m.group("name"), *m.span("name")) for rx in (_ZH_SUBSIDIARY, _ZH_SUBSIDIARY_BEFORE_MEASURE) for m in rx.finditer(text)
             if not _ZH_NOT_NAME.search(m.group("name"))] + \
            _clause_heads(text, low) + _ticker_heads(text)
        heads += [(m.group("name"), *m.span("name")) for m in _TARGET_HEAD_ZH.finditer(text)
                  if not _ZH_NOT_NAME.search(m.group("name"))]
        # (A moving gauge is read whole before any shorter head inside it: '化学制药指数上涨', not '化学制药'.)
        heads = [(m.group(g), *m.span(g)) for m in _ZH_GAUGE.finditer(text) for g in ("name", "index") if m.group(g)] + heads
    # ('《小镇来信》票房6.35亿元': a film's or book's title is a product, never whose figure it is.)
    no_heads = [m.span() for m in _BOOK_TITLE.finditer(text)]
    if facts.han:  # ('受房地产投资下滑影响，…': a cause, not whose figure)
        no_heads += [(m.start(), m.end("cause") if m.group("cause") is not None else m.end()) for m in _CAUSE_ZH.finditer(text)]
    heads = [h for h in heads if not any(x <= h[1] < y for x, y in no_heads)
             and not (facts.han and _SEGMENT_AFTER.match(text, h[2]))  # ('交通科技业务收入': a segment)
             # ('油套管销量为28.6万吨' where the paragraph has written 油套管业务收入: the segment again)
             and not (facts.han and _named_as_segment(text, h[0]))
             and not (facts.han and _SEGMENT_NAME_ZH.search(h[0]))  # ('企業解決方案收入', '智能硬件': a line of business)
             and not (facts.han and _PARK_AFTER_ZH.match(text, h[2]))  # ('台中精密園區': an industrial park)
             and not (facts.han and text.startswith("方面", h[2]))  # ('保险公司方面，好事达…': the topic, not whose figures)
             # ('国家半导体照明工程研发及产业联盟（CSA）': the start of a longer name its gloss closes)
             and not (facts.han and _LONGER_GLOSSED_NAME_ZH.match(text, h[2]))
             # ('德盛安联基金经理阚卓麟把北森…预测上调至…': the fund manager's firm, not whose figures follow)
             and not (facts.han and _firm_of_analyst_zh(text, h[0], h[2]))
             and not (not facts.han and _STAKE_IN_BEFORE.search(text, max(0, h[1] - 24), h[1]))]  # ('its stake in Rebellions')
    # ('将国巨目标价…预估国巨今年每股纯益': a head written as a known name read elsewhere is that name.)
    known = {s.text: s.entity_id for s in out if s.entity_id is not None}
    # ('上海机电副总经理…': in Chinese a place may open a company's name; the head holds it whole.)
    # (Not a region word: '内地房地产贷款' is a segment's loans.)
    places = {(n.start, n.end) for n in names if facts.han and n.entity is not None and n.entity.kind in ("place", "country")
              and n.text not in _REGION_WORDS}
    for name, a, b in heads:
        whole_name = not re.search("[和与與及或、]", name)  # ('欧盟和非洲出口': two places, no name)
        if not any(x < b and a < y and not ((x, y) in places and a == x and y < b and whole_name) for x, y in taken):
            out = [s for s in out if not ((s.start, s.end) in places and a == s.start and s.end < b)]
            out.append(Subject(name, known.get(name), a, b))
            taken.append((a, b))
    if facts.han:
        # ('光电股份股价上涨4.7%…；…基金经理阚鲲旸给予光电股份2063年每股收益0.42元的预测': a name the gazetteer
        # lacks, read once as a head, is the same name where an analyst rates or forecasts it again.)
        for head in [s for s in out if s.entity_id is None and len(s.text) >= 3 and HAN_RUN.fullmatch(s.text)]:
            for again in re.finditer(re.escape(head.text), text):
                if _RATED_BEFORE_ZH.search(text, max(0, again.start() - 3), again.start()) and \
                        not any(x < again.end() and again.start() < y for x, y in taken):
                    out.append(Subject(head.text, None, again.start(), again.end()))
                    taken.append(again.span())
    out.sort(key=lambda s: s.start)
    # A name inside a segment, product or market ('中国区客户', '新能源及工业技术', '消费电子') is not a
    # subject, nor a place right after a company ('中芯国际港股': its Hong Kong listing).
    item_spans = [(t.start, t.end) for t in items().find(low)]
    # (An acronym opening a longer name is the name's: 'PCS Machine Group' is no PCs.)
    # (A sector's gauge that opens with its item is the gauge's: '煤炭板块上涨0.86%'.)
    out = [s for s in out if not (s.entity_id is None or is_place_subject(s)) or (facts.han and is_sector_gauge(s))
           or not any(a <= s.start < b and (s.end <= b or facts.han or not s.text.split()[0].isupper()) for a, b in item_spans)]
    # ('small-molecule CMC services': a known acronym ending an item's name is a word of it.)
    out = [s for s in out if not any(a < s.start and s.end <= b for a, b in item_spans)]
    # ('中国电子烟及类似个人电子雾化设备出口额': an unknown head that runs into a product's name is a word of it.)
    out = [s for s in out if not (facts.han and s.entity_id is None and any(a < s.end < b for a, b in item_spans))]
    # ('unit operating costs (FOB Port Hedland, excluding royalties)': a name in brackets that qualify
    # a common word is where or how the figure is measured, not whose it is.)
    out = [s for s in out if not _QUALIFYING_BRACKET.search(text, max(0, s.start - 24), s.start)]
    # ('The Korea Containerized Freight Index (KCCI) compiled by the Korea Ocean Business Corp. stood at 2,386':
    # who compiles or runs a thing is not whose figure it is.)
    out = [s for s in out if not _MADE_BY.search(text, max(0, s.start - 24), s.start)]
    # ('a weekly service between Busan and Nhava Sheva …, deploying four 4,300-TEU vessels': a route's ends.)
    out = [s for s in out if not _ROUTE_BETWEEN.search(text, max(0, s.start - 40), s.start)]
    # ('a new kiln line at Ripley, Mississippi': a town and its state, where, not whose.)
    if not facts.han:
        # (Not a list of names: 'Revenue at Hanyang, Daemyung and Seohae was …'.)
        out = [s for s in out if not (s.entity_id is None and _AT_BEFORE_EN.search(text, max(0, s.start - 6), s.start)
                                      and _STATE_AFTER_EN.match(text, s.end) and not _LIST_GOES_ON_EN.match(text, s.end))]
    # ('for discharge into the Pecos River': a river, basin or sea the gazetteer lacks is where, not whose.)
    # (With 'the' before it: 'Charles River raised prices' is a company.)
    out = [s for s in out if not (s.entity_id is None and _LANDFORM_ENDING.search(s.text)
                                  and text[max(0, s.start - 4):s.start].lower() == "the ")]
    # ('Uniqlo Japan', '7-Eleven Japan': a company's unit in a place is the company's.)
    out = [s for i, s in enumerate(out) if not (i and is_place_subject(s) and text[out[i - 1].end:s.start] in ("", " "))]
    # ('General Interface Solution (GIS) Holding Ltd': a company's legal ending after its gloss names no one.)
    kept = [s for s in out if not _is_speaker(text, s) and not (s.entity_id is None and _LEGAL_ENDING.fullmatch(s.text))]
    if any(s.entity_id is None for s in kept):
        from citebrief.facts.people import people

        # ('首席财务官颜丽珊（Gan Lay San）': the romanised name in brackets is the person's too.)
        persons = [(p.start, m.end() if (m := _PERSON_GLOSS.match(text, p.end)) else p.end) for p in people(facts)]
        kept = [s for s in kept if s.entity_id is not None or not any(a < s.end and s.start < b for a, b in persons)]
    # '与台积电竞争', 'competes with TSMC': a partner or rival after 与/with is not the subject,
    # unless it is the second of two subjects joined by 与 ('甲公司与乙公司的营收').
    # ('泸州老窖（000568.SZ）与山西汾酒': a ticker or gloss after a name is part of it.)
    ends = {_end_with_gloss(text, s) for s in kept}
    # ('with Samsung Electronics and SK Hynix gaining 2.1% and 3.8%': 'with' opening a clause of its own.)
    kept = [s for s in kept if _WITH_CLAUSE.match(text, s.end) or not (_WITH_BEFORE.search(text, max(0, s.start - 6), s.start)
                                    and not any(e in ends for e in range(s.start - 6, s.start)))]
    return _merge_glosses(text, _short_for_earlier(kept))


_PERSON_GLOSS = re.compile(r"\s?[（(][A-Z][A-Za-z .'’-]{1,40}[)）]")


def _short_for_earlier(subjects: list[Subject]) -> list[Subject]:
    """'SM Entertainment said… SM sold 4.86 million albums': a lone unknown word that opens a name
    read before it is that name again, not a subject of its own."""
    out: list[Subject] = []
    for s in subjects:
        lone = s.entity_id is None and " " not in s.text
        longer = next((o for o in out if o.text.startswith(s.text + " ")), None) if lone else None
        out.append(Subject(longer.text, longer.entity_id, s.start, s.end) if longer else s)
    return out


_COUNTED_BEFORE = re.compile(r"\b(?:\d[\d,]*|more|new|additional|further)\s$")
_OUTLETS_AFTER = re.compile(r"\s(?:outlets|stores|shops|restaurants|branches|rooms|gyms|clubs|hotels|cafes|units|sites)\b")
_DIVISION_PAIR_BEFORE = re.compile(r"(?:^|[.;]\s)[A-Z][a-z]+\s(?:and|&)\s$")
_DIVISION_MEASURE_AFTER = re.compile(r"\s(?:revenue|revenues|sales|ebitda|ebit|earnings|profit|turnover|income)\b", re.IGNORECASE)
PLURAL_ACRONYM = re.compile(r"(?:[A-Z]{2,5}|[A-Z][a-z][A-Z]{1,2})s")  # EVs, REITs, SoCs
_BRANDED_AFTER = re.compile(r"-(?:branded|brand)\b")
_MEASURE_NOUN_AFTER_EN = re.compile(r"(?:\s[a-z-]+)?\s(?:contracts?|signings|orders|sales|revenue|shipments|output|production|"
                                    r"capacity|demand|exports|imports|deliveries|volumes?)\b")
_NOUN_AND_BEFORE_EN = re.compile(r"\b(?!(?:the|its|their|his|her|and|or|of|for|with|from|to|in|on|at|by|said|says)\s)[a-z][a-z-]{2,}\s(?:and|or|&)\s$")
_MEASURE_AFTER_ZH = re.compile(r"(?:营业额|营收|营业收入|收入|销售额|销量)")
# (Texts are read in simplified characters: traditional forms need no patterns of their own.)
_REGION_MEASURE_AFTER_ZH = re.compile(r"(?:区|地区)?(?:" + _MEASURE_AFTER_ZH.pattern + r"|业务)")
_PERIOD_BEFORE_ZH = re.compile(r"(?:季度?|半年|年度?|个月|月)$")
_EARNED_IN_EN = re.compile(r"\b(?:came|come|comes|coming|generated|derived|earned|sourced)\s(?:from|in)\s(?:the\s)?$")
_MOSTLY_IN_EN = re.compile(r"\b(?:mostly|mainly|largely|chiefly|primarily|especially|particularly)\s(?:in|across|to)\s"
                           r"(?:[A-Z][\w-]*\s){0,3}(?:(?:and|or)\s(?:[A-Z][\w-]*\s){0,2})?$")
_MARKET_BEFORE_ZH = re.compile(r"(?:面向|销往|銷往)$")
_MARKET_AFTER_ZH = re.compile(r"(?:等)?(?:市场|市場)")
_STAKE_IN_BEFORE = re.compile(r"\b(?:stake|stakes|holding)\sin\s(?:the\s)?$")
_PRODUCT_AFTER_EN = re.compile(r"\s(?:game|games|app|apps|draws|brand|franchise)\b")
_CAUSE_ZH = re.compile(r"(?:受(?:到)?|受益于|得益于)(?P<cause>[^，,。；;]{1,24}?)(?:影响|影響|冲击|衝擊|拖累|带动|帶動|推动|推動)|"
                       # ('…减少1.42亿元，主要因回购股份及基地建设支出': what the change is due to, after it.)
                       r"主要(?:因|由于|系|是由于|是因为)(?P<due>[^，,。；;]{1,24})")


def _cause_spans_zh(text: str) -> list[tuple[int, int]]:
    """Where a Chinese text says what caused a figure (受…影响, 主要因…): its words, no one's name."""
    return [m.span("cause") if m.group("cause") is not None else m.span("due") for m in _CAUSE_ZH.finditer(text)]


_LISTINGS = frozenset({"港股", "H股", "h股"})
_REGION_WORDS = frozenset("内地 內地 境内 境內 国内 國內 海外 境外 本地 本港 全国 全國 大陆 大陸 中国 中國 全球 亚太 亞太 欧洲 歐洲 北美 美国 美國".split())
_GROUP_OF_ZH = re.compile(r"(?:同属|隶属于?|属于|同为|同样隶属)$")
_PROPERTY_END = re.compile(r"\s(?:Road|Street|Avenue|Centre|Center|Plaza|Tower|Towers|Building|Mall|Square|Place)$")
_LEGAL_ENDING = re.compile(r"(?:(?:Holdings?|Group|Co|Corp|Ltd|Inc|Limited|Corporation|Company|Bhd|Berhad|Plc|PLC|SA|AG)\.?\s?)+")
_INSTITUTIONS = frozenset({"central_bank", "regulator", "institution", "exchange"})
# ('9月末公司资产负债率为52.3%': a date may open the clause before 公司.)
# A part of the company named anew between two figures: 'its home-centre business', 'the leasing unit'.
# A rival ranked against the item just named, with its own figure: 'ahead of sandwich chains at 17.4%'.
_RIVAL_AT_EN = re.compile(r"\b(?:ahead\sof|behind|followed\sby|trailed\sby|trailing)\s(?:[a-z&'-]+\s){1,5}(?:at|with|on)\s$")
_OTHER_PART_EN = re.compile(r"\b(?:its|their|the)\s(?:[a-z-]+\s){1,3}(?:business|businesses|segment|division|unit|arm|operations)\b")


@lru_cache(maxsize=1024)
def _titled_bodies(text: str) -> tuple[Subject, ...]:
    """Gazetteer bodies of any kind a Chinese text names right before a person's title ('上海天文台研究员')."""
    role_starts = {term.start for term in roles().find(text.lower())}
    return tuple(Subject(n.text, n.entity.id, n.start, n.end) for n in source_names(text)
                 if n.entity is not None and n.entity.kind != "place" and n.end in role_starts)


_CLAUSE_TIME_ZH = "(?:今年|去年|本年|前三季度|上半年|目前)?"


def _called_by_its_end(low: str, body: Subject, end: int) -> bool:
    """Whether a clause after ``body`` and before ``end`` opens with the last two or three characters of its
    name (天文台 for 上海天文台), after a time word at most."""
    return any(len(body.text) - k >= 2 and re.search(r"[，,；;:：]\s?" + _CLAUSE_TIME_ZH + re.escape(body.text[-k:]),
                                                     low[body.end:end]) is not None for k in (3, 2))


_SELF_REF_ZH = re.compile(r"(?:^|[，,；;。])\s?(?:届时|屆時|目前|同时|此外|(?:投产|投產|建成|达产|達產|完成|完工)[后後])?(?:(?:截至|截止|截至到)?(?:\d{1,2}月|[上本今去]?年|[一二三四]?季度?|上半年|下半年|前三季度?|"
                          r"前[两三四五六七八九十]个?月|\d{1,2}\s?[-至]\s?\d{1,2}月)(?:末|底|初|内)?)?"
                          r"(?:该)?(?:公司|本公司|该行|本行|集团)")


def _last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    matches = list(pattern.finditer(text, start, end))
    return matches[-1] if matches else None


def org_named(name: str) -> bool:
    """Whether a Chinese name ends in an organisation's word ('红狮控股', '华东电池集团')."""
    return _ORG_NAME_END.search(name) is not None


def not_a_name_zh(head: str) -> bool:
    """Whether a Chinese clause's head is surely no name, nor a product's (a period, a measure, the
    company itself, a total: 前三季度, 占比, 公司, 累计)."""
    return _ZH_NOT_NAME.search(head) is not None


def affiliations(facts: TextFacts) -> list[Subject]:
    """Companies a text names right before a person's title ('中国人寿总裁利明光', 'LG H&H CEO Lee
    Sun-joo'): set aside as subjects, they are who 'the company' (公司) of the same text is."""
    names = source_names(facts.text) if facts.han else english_names(facts.text)
    role_starts = {term.start for term in roles().find(facts.text.lower())}
    # (Any title of the glossary in Chinese: '天孚通信董事会秘书喻文茜称'.)
    known = [Subject(n.text, n.entity.id, n.start, n.end) for n in names
             if n.entity is not None and n.entity.kind == "company"
             and (_AFFILIATION.match(facts.text, n.end) or (facts.han and n.end in role_starts))]
    if not facts.han:
        return known
    # A name the gazetteer lacks, read as a sentence's head before a title ('冰山冷热董事会秘书童佩仪').
    unknown = [s for s in subjects_of(facts) if s.entity_id is None and s.end in role_starts
               and s.start not in role_starts and not _ROLE_HEAD_NOT.search(s.text)]
    return sorted(known + unknown, key=lambda s: s.start)


def _metrics_listed_before(text: str, metric_terms: list, s_start: int, end: int) -> bool:
    """Whether the last 分别 before ``end`` shares out two or more metrics named before it in the sentence
    (since the 分别 before it)."""
    shares = list(RESPECTIVELY.finditer(text, s_start, end))
    if not shares:
        return False
    since = shares[-2].end() if len(shares) > 1 else s_start  # ('…分别为9.84%和9.91%，资本充足率分别为…': since the last list)
    # ('将目标价由72元上调至82元，…预计公司2026年、2027年归母净利润分别为…': a metric named in a clause
    # after the last figure starts the list afresh; the one before had its figure.)
    last_figure = _last_match(_FIGURE_ZH, text, since, shares[-1].start())
    if last_figure is not None:
        mark = _last_match(_CLAUSE_MARK_ZH, text, last_figure.end(), shares[-1].start())
        if mark is not None and any(mark.end() <= t.start < shares[-1].start() for t in metric_terms):
            since = mark.end()
    return len({t.ids for t in metric_terms if since <= t.start < shares[-1].start()}) >= 2


_FIGURE_ZH = re.compile(r"\d[\d,.]*(?!\d|[\d,.]*\s?[年月日季])")


def metric_word(word: str) -> bool:
    """Whether ``word`` is, whole, a metric's name ('EBIT', 'Deposits')."""
    low = word.lower()
    return any(term.start == 0 and term.end == len(low) for term in metrics().find(low))


_AT_BEFORE_EN = re.compile(r"\b(?:in|at|near)\s$")
_STATE_AFTER_EN = re.compile(r",\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=[,.;]|\s[a-z])")
_LIST_GOES_ON_EN = re.compile(r"(?:,\s[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?)+,?\s(?:and|or)\s[A-Z]")
_LANDFORM_ENDING = re.compile(r"\s(?:River|Lake|Sea|Bay|Gulf|Basin|Valley|Strait|Canal|Mountains|Delta|Plateau|Plains|Coast)$")


def is_place_subject(s: Subject) -> bool:
    from citebrief.facts.gazetteer import load

    return s.entity_id is not None and load().entities[s.entity_id].kind == "place"


# ('宇瞻表示，11月工控SSD出货量月增9.6%': a company that reports, not a broker or bank that comments.)
_REPORTS_ZH = re.compile(r"\s?(?:则|也|亦|还)?(?:表示|指出|称|透露)[，,:：]")
_COMMENTATOR = re.compile(r"证券|投顾|投资|银行|研究|资本|基金|信托|评级|咨询|顾问|协会|机构|分析师|人士|专家|法人|外资|券商")


def _reports_own(text: str, s: Subject) -> bool:
    """Whether a company that says what follows reports its own figures: a Chinese clause opened by
    a company name (no broker, bank, body or analyst) and 表示/指出/称/透露."""
    return bool(_REPORTS_ZH.match(text, s.end)) and not _COMMENTATOR.search(s.text) and not is_place_subject(s) \
        and (s.start == 0 or text[s.start - 1] in "，,。；;：:")


def _reporting_company(text: str, a: int, b: int, role_ends: set[int]) -> bool:
    """Whether an unknown name that opens a clause and reports (创见则指出，…) is a company: no broker,
    bank or body, not three characters (a person's name, 赵海军称), and never written after a title
    anywhere in the text (首席财务官徐宏表示 … 徐宏称)."""
    name = text[a:b]
    return b - a != 3 and not _COMMENTATOR.search(name) and not any(
        text.startswith(name, e) for e in role_ends)


def says(text: str, s: Subject) -> bool:
    """Whether the mention says or forecasts what follows ('Deloitte expects', '德勤预计'): the figures
    after it may be its own or another's, so it is never a sure subject."""
    # ('The British Beer and Pub Association (BBPA) said 38,940 pubs…': a body that counts, glossed, says;
    # a company glossed so, 'Nam Tan Uyen (NTC) said third-quarter profit fell', reports its own.)
    return bool(_SPEAKER_AFTER.match(text, s.end) or (_BODY_END_EN.search(s.text) and _says_past_gloss(text, s)))


def _says_past_gloss(text: str, s: Subject) -> bool:
    """Whether a verb of saying follows the mention, past any gloss after it ('Sheffield Resources (ASX: SFX) said')."""
    return bool(_SPEAKER_AFTER.match(text, _end_with_gloss(text, s)))


_BODY_END_EN = re.compile(r"\b(?:Association|Council|Federation|Institute|Agency|Bureau|Ministry|Commission|Authority|"
                          r"Society|Chamber|Office|Department|Administration|Board|Service)$")


# A name opening a sentence that owns what follows: "UniCrystal's", 'Meiwa shares', 'Hoshino and Meiwa',
# 'Meiwa cut its forecast'.
_LEAD_NAME = re.compile(
    r"(?:^|(?<=[.;!?]\s))([A-Z][a-z]+(?:[A-Z][a-z]+)*)(?=(?:'s|’s)\s|\s+(?:shares|stock|and [A-Z])\b|"
    r"\s+[A-Z][a-z]+(?:'s|’s|'|’)\s|\s+(?:said|says|reported|posted|expects|hit|handled|shipped|sold|booked)\s|\s+(?:"
    # ('Table drop rose 18.2%': a verb's word followed by a verb is a noun, its lead word no name.)
    + "|".join(sorted(_UP_SET | _DOWN_SET)) + r")\b(?!\s+(?:" + "|".join(sorted(_UP_SET | _DOWN_SET)) + r")\b))")
_LEAD_NOT = frozenset("the a an its their this that these those it he she they we exports imports revenue sales "
                      "profit shares prices output inflation growth cash".split())
_GLOSS_AFTER = re.compile(r"\s?[（(]\s?[^（()）]{1,40}[)）]")


def _plural_noun(word: str) -> bool:
    """Whether a sentence's capitalised first word is a common noun's plural ('Transactions grew 6.2%',
    'Deliveries fell'), no one's name."""
    low = word.lower()
    if not low.endswith("s") or not is_common_word(low):
        return False
    return any(is_common_word(one) for one in (low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else ""))


_ORG_WORD_GLOSS = re.compile(r"(?:公司|集团|控股)?" + _GLOSS_AFTER.pattern)
_OWNER_GLOSS_AFTER = re.compile(r"(?:'s|’s)?" + _GLOSS_AFTER.pattern)


def _end_with_gloss(text: str, s: Subject) -> int:
    m = _ORG_WORD_GLOSS.match(text, s.end)
    return m.end() if m else s.end


def _merge_glosses(text: str, subjects: list[Subject]) -> list[Subject]:
    """'联晶半导体（UniCrystal）': the English name in parentheses is the same subject as the Han name
    before it, so the pair counts once (and spans both)."""
    out: list[Subject] = []
    for s in subjects:
        if out:
            last = out[-1]
            m = _OWNER_GLOSS_AFTER.match(text, last.end)  # ("Fuller's (Fuller, Smith & Turner)": the owner's gloss too)
            if m and last.end <= s.start and s.end <= m.end():
                out[-1] = Subject(last.text, last.entity_id if last.entity_id is not None else s.entity_id,
                                  last.start, m.end())
                continue
        out.append(s)
    return out


# ('its Tuen Mun project', "the company's new Jones Act hopper dredger": a thing of the company's; one word may
# describe a vessel, but 'its Birla Opus paints business' owns its figures)
_PROJECT_AFTER = re.compile(r"\s(?:[a-z]+-[a-z]+\s)?(?:project|development|estate|site|plant|mine|mall|tower|port|terminal|field|district|"
                            r"complex|campus|factory|facility|refinery|smelter|operation|business|division|unit|hub)s?\b|"
                            r"\s(?:[a-z-]+\s)?(?:dredger|vessel|ship|tanker|rig|fleet|hotel|resort)s?\b")
# ('the Huize deep-resource project': a place a company's name is also the gazetteer's for another company.)
_NAMED_PROJECT_AFTER = re.compile(r"\s(?:[a-z]+-[a-z]+\s)?(?:project|mine|field|oilfield|deposit)\b")
_OWNED_BEFORE = re.compile(r"(?:\bits|\btheir|'s|’s|\bthe)\s(?:new\s)?$", re.IGNORECASE)  # ('Its Green Paradise project')
_THE_BEFORE = re.compile(r"\bthe\s$")
_DESCRIBED_AFTER = re.compile(r"(?:-based)?\s(?:[a-z-]+\s){0,2}?(?:operator|company|firm|group|lender|carrier|developer|miner|"
                              r"insurer|maker|producer|conglomerate|retailer|airline|utility|brewer|refiner|builder)\b")
_PORTFOLIO_AFTER = re.compile(r"\s(?:Minister|Ministry|Secretary|Commissioner|Minister's)\b")
_VENUE_BEFORE = re.compile(r"在\s?$")
# '由九龙仓营运的天星小轮10月日均载客…': the operator, owner or manager named before what it runs;
# the figures that follow are of what it runs (group 'run' starts where that is named).
_RUN_BY_ZH = re.compile(r"由(?P<by>[^，,。；;由]{2,12}?)(?:营运|營運|运营|運營|营办|經營|经营|管理|持有|拥有|擁有|控股|旗下)的(?P<run>)")
_COMPASS = frozenset({"South", "North", "East", "West"})
_COMPASS_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)\b")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|ean)|(?:South|North)(?:east|west)")
_PLACE_ACTS_AFTER = re.compile(r"\s(?:contributed|accounted for|made up|generated|took|bought|imported|exported|"
                               r"shipped|received|earned|posted|added|harvested|produced|"
                               r"(?:was|were|is|are) (?:expected|forecast|projected|set) to (?:harvest|produce|export|import|ship)|(?:was|were|remained|became) the (?:largest|biggest|"
                               r"top|main|second-largest|third-largest))\b")
# Where goods go or come from, written before a place ('exports to ASEAN', '对美国出口', '出口至印度');
# also read by verify.attribution (a trade partner the claim names too).
DESTINATION_BEFORE = re.compile(r"(?:对|向|自|出口至|出口到|销往|运往|to|from|followed by)\s?(?:the\s)?$", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"(?:'s|’s|的|对|,|，|出口|进口|经济|\s?(?:exports?|imports?|economy|gdp|cpi|inflation)\b)",
                          re.IGNORECASE)


_ZH_PLACE_FIGURE = re.compile(r"(?:市|县|省|区)\s?(?:\d{1,2}\s?月份?)?(?:移转|成交|销售|出口|进口|新增|录得)?\s?\d")
_LONE_AFTER = re.compile(
    r"(?:'s|’s)|\s+(?:shares?|stock|closed|ended|finished|hit|[A-Z][a-z]+|and [A-Z])|\s+(?:" + "|".join(sorted(_UP_SET | _DOWN_SET)) + r")\b"
    # ('Jupiter contributed about 34.6%', 'Titagarh posted…': a verb of its own results)
    r"|\s+(?:accounted for|accounting for|contributed|contributing|made up|making up|represented|posted|reported|booked|recorded|delivered|won|"
    r"handled|shipped|led|topped|ranked|trailed|sold|produced|earned|generated|wrote|completed|holds|held|controls|controlled)\b"  # ('Hendrix holds 7% of the market')
    r"|\s+(?:edged|inched|ticked|crept|nudged)\s(?:up|down|higher|lower)\b")  # ('AdTech edged up 0.5%')
_LONE_BEFORE = re.compile(r"(?:\bat|\bfor|\bof|,|\band)\s$")


def _analysts_call(text: str, name: str, end: int) -> bool:
    """Whether a lone surname owns an analyst's call: "Chu's 2026 EPS forecast", "Lin's target"."""
    return " " not in name and name.lower() in SURNAMES and bool(CALL_OWNED.match(text, end))


def is_broker(name: str, entity_id: int | None) -> bool:
    """Whether a name is a broker's or research house's by its English words ('Swastika Investmart',
    'Quam' as Quam Securities): its possessive owns a call, not a result."""
    return bool(_BROKER_WORD.search(name)) or (
        entity_id is not None and any(_BROKER_WORD.search(e) for e in gazetteer().entities[entity_id].english))


def _lone_name_owns(text: str, n: NameMention) -> bool:
    """Whether a lone unknown capitalised word is a company owning what follows: 'Daemyung added
    2.2%', "Meiwa's", 'Meiwa Holdings', 'Revenue at Hanyang, Daemyung and Seohae'."""
    if _APPOSITIVE_OF.match(text, n.end):
        return True  # 'Eternal, the parent of Zomato and Blinkit, reported…'
    if _STOCK_CODE_AFTER_EN.match(text, n.end):
        return True  # 'Smaller rival Paraca (4809) reported…', 'Smartgroup (ASX: SIQ)': a listed company
    if _FORECAST_FOR_BEFORE.search(text, max(0, n.start - 18), n.start) and _TO_EARN_AFTER.match(text, n.end):
        return True  # 'expects Tonly to earn 785 million yuan': the company a forecast is of
    if n.text.isupper() and len(n.text) < 3:
        return bool(_LONE_AFTER.match(text, n.end) and FIGURE_SOON.match(text, n.end))  # 'SM rose 2.1 percent'
    if (aside := _ASIDE_BEFORE_VERB_EN.match(text, n.end)) is not None:
        verb_at = aside.end() - 1 if text[aside.end() - 1:aside.end()] == " " else aside.end()
        if _LONE_AFTER.match(text, verb_at) or _SAYS_ITS_EN.match(text, verb_at):
            return True  # 'while Nordion, which supplies cobalt-60 sources, fell 4.5%': its verb after the aside
    if _SAYS_ITS_EN.match(text, n.end):
        return True  # ('Leasys said its fleet rose 9.4%': a company telling its own figures)
    if _COMPANY_ASIDE_REPORTS_EN.match(text, n.end):
        return True  # ('Kiloutou, the second-largest French rental company, reported… revenue up 5.6%')
    return bool(_LONE_AFTER.match(text, n.end) or OWNS_AFTER.match(text, n.end)) or (
        n.start > 0 and bool(_LONE_BEFORE.search(text, max(0, n.start - 5), n.start))) or (
        # ('BEL rose 2.8% and HAL 1.9%': a name with its figure after a verb left out)
        gapped(text, n.start, n.end)) or (n.text.isupper() and len(n.text) > 2 and metric_follows(text, n.end)) or (  # ('BWS comparable sales fell')
        # ("IONOS's cloud revenue was …, and its AdTech revenue …": a unit of the owner named before)
        _ITS_BEFORE.search(text, max(0, n.start - 6), n.start) is not None and metric_follows(text, n.end))


_ITS_BEFORE = re.compile(r"\b(?:its|their)\s$")
_COMPANY_ASIDE_REPORTS_EN = re.compile(r",\s(?:the|a|an|its)\s[^,;.]{0,50}?\b(?:company|group|operator|maker|firm|lender|bank|"
                                       r"insurer|retailer|producer|miner|developer|rival|peer|chain|carrier)(?:'s)?,\s"
                                       r"(?:reported|posted|said|announced|booked|recorded)\b")
_SAYS_ITS_EN = re.compile(r"\s(?:said|says|reported|reports)\s(?:that\s)?its\s")
_THE_COMPANY_EN = re.compile(r"\b(?:and|but|while|as|,)\s(?:the company|the group)\s(?!'s\b)")
_FORECAST_FOR_BEFORE = re.compile(r"\b(?:expects?|expected|sees|forecasts?|estimates?|projects?|implies|implied|implying|"
                                  r"suggests?|suggested|means)\s(?:that\s)?$")
# ('expects Tonly to earn…', "Mingda's forecast implies Sunlord would earn…")
_TO_EARN_AFTER = re.compile(r"\s(?:to|would|will|could|should|might|may)\s(?:earn|post|report|make|book|record|generate|deliver|log)\b")


_STOCK_CODE_AFTER_EN = re.compile(r"\s\((?:[A-Z]{2,6}:\s?)?(?:\d{4,6}|[A-Z]{2,5})(?:\.[A-Z]{1,2})?\)")


# A Chinese clause that opens with a name: '嘉禾锂能营收为97.3亿元', '远拓电池下跌4.1%'. The head runs
# from the clause start (after a connective) to the first metric, direction, time, figure or verb.
# '技嘉收386元，涨3.2%': a stock list's closing price; '赛轮轮胎收涨3.12%': how it closed.
_CLOSE_AT_ZH = r"收(?=[盘报市在]?\s?\d|[涨跌升平])"
# (A time adverb too: '目前公司电解铝产能中…' is the company's.)
# ('外资今日买超大量科技1,862张、卖超钛昇935张': a net purchase or sale before the stock's name, too.)
_ZH_CONNECTIVE = re.compile(r"\s*(?:其中|而|同时|此外|另外|另一方面|相比之下|相较之下|则|至于|以及|目前|当前|现时)?\s*"
                            rf"(?:(?:净)?(?:买超|卖超|买进|卖出|买入|调节)(?=[{HAN_CLASS}]{{2}}))?")
_ZH_HEAD_END = re.compile(
    r"的|[\d第上下前今去明全本该当同首]|[A-Za-z]股|股价|股票|为|达(?=[到至成]|\s?[\d约近逾超])|录得|实现|获得|公布|披露|表示|称|预计|共|合计|累计|占|"
    r"在|于|将|已|再|也|均|仍|则|对|向|较|比|调|平均|加价|分别|分別|亮灯|亮燈|" + _CLOSE_AT_ZH + "|" + _UP_ZH + "|" + _DOWN_ZH)
# A name written with its stock code is a listed company ('旗下天山股份(000877)', '华新水泥（600801.SH）'):
# the run of Han characters before the code, after a word that leads into it (data/zh_name_lead_words.txt).
# ('预估明(2027)年': a year in brackets is no code.)
_ZH_TICKER_AFTER = re.compile(rf"(?P<run>[{HAN_CLASS}]{{2,12}})\s?[（(]\s?(?:(?P<code6>\d{{6}})(?:\.(?:SH|SZ|BJ))?|"
                              r"(?P<code>\d{4,5})(?:\.HK)?)\s?[)）]", re.IGNORECASE)
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
# (Also an industry descriptor: '螺丝大厂春雨（2012）', '功率半導體廠台半（5425）': a maker of power chips,
# TSC; a name that ends in 厂 keeps it, '茅台酒厂'.)
_ZH_BEFORE_NAME = re.compile(r".*(?:[的在于与和及向对将为是从]|大厂|大廠|厂商|廠商|业者|業者|[厂廠](?=.{2}))")


@lru_cache(maxsize=1)
def _zh_name_lead() -> re.Pattern:
    words = sorted(word_list("zh_name_lead_words.txt"), key=len, reverse=True)
    return re.compile("^(?:" + "|".join(map(re.escape, words)) + ")+")


def _ticker_heads(text: str) -> list[tuple[str, int, int]]:
    """Listed companies the gazetteer lacks, read from the stock code written after them."""
    return [(name, start, end) for name, start, end, _ in ticker_names(text)]


def ticker_names(text: str) -> list[tuple[str, int, int, str]]:
    """Names written with a stock code after them ('老百姓（603883）'): the name, its span, the code."""
    out = []
    for m in _ZH_TICKER_AFTER.finditer(text):
        if m.group("code") and _YEARLIKE.fullmatch(m.group("code")) and not is_ticker_code(text, *m.span("code")):
            continue  # ('去年（2025）': a year)
        run, start = m.group("run"), m.start("run")
        cut = _ZH_BEFORE_NAME.match(run)
        skip = cut.end() if cut else 0
        lead = _zh_name_lead().match(run, skip)
        skip = lead.end() if lead else skip
        if len(run) - skip > 6:
            skip = len(run) - 4  # (A-share short names are four characters as a rule.)
        if len(run) - skip >= 2:
            out.append((run[skip:], start + skip, m.end("run"), m.group("code6") or m.group("code")))
    return out


_ZH_NOT_NAME = re.compile(r"方面|来看|而言|计算|来说|显示|数据|^公司|^(?:投产|建成|达产|完工|合并|重组|上市)后|^年内|^年?订阅|^主要因|^主要由于|^因为|^[年月日]均|两者|吨|每|^该|[单当本全明今去上下首前同]季|季度|[今明去全上下]年|年度|"
                          r"^[当本全明今去前首](?:[一二三四五六七八九十两\d]|[季年月天日期半次财个批轮周度晚早国球省市部面体行前地确显位])|^[第单]|^完成|^签约|^合同|^合约|^实现|同期|季度|调整|^上一|^上年|^去年|^本|^其|^此|市场|行业|整体|合计|累计|期内|"
                          r"项目|规划|人员|投资|按|率|额|量|价|成本|费用|资产|负债|存款|贷款|订单|规模|占比|比重|客户|户数|^管理|"
                          r"母公司|子公司|旗下|附属|合营|联营|[A-Za-z]股|港股|美股|晶圆|业务|^服务$|^但|^而|^非航|^航空性|货邮|^飞机起|起降|板块|分部|产品|区$|品牌$|^占|^在|[月季]$|"
                          # product lines and metrics: '奶粉及奶制品', '长期险', '意外健康险', '年化', '…系统收入'
                          # ('增压器销量', '溴系阻燃剂产量': a device or an agent; not 格力电器 or 天瑞仪器)
                          r"险$|胶$|(?<!薄)膜$|蛋白$|型电脑$|型電腦$|笔电$|筆電$|^扣非|^扣除|^递延|^预收|^应收|^应付|^商誉|^存货|(?<!食)品$|(?<![电仪])器$|剂$|^[A-Za-z]+电池$|(?:仿制|创新|原料|中成|化学|生物)药$|(?<!新)料$|及|年化|收入|营收|保费|"
                          # a function ('研发投入'), or a speaker's words ('他预计公司')
                          r"^(?:研发|销售|经营|营销|运营|生产)|采购$|(?:带|板|管|型|线|钢|棒|箔)材$|^[他她它你]|^我(?!国)|预计|预估|预期|预测|估计|表示|^并|认为|指出|透露|^\d|^约|"
                          # a time or a restriction, not a name ('旺季期间公司', '受限资金'); a facility (南部大型物流中心)
                          r"期间|旺季|淡季|^受限|限制|^届时|^目前|^当前|^现阶段|[大中小]型|^[东南西北中]部|^此时|^当时|^同时|半年|^同比|^环比|^[上下][周月旬]|^上市|^同行|"
                          r"^年[底末初终終]|^[月季期][底末初]|"  # ('年底净现金为29.84亿港元': when, not who)
                          r"^(?:剔除|扣除|不含|除去)|^归母|^歸母|^(?:搭载|搭載|采用|採用|配备|配備|基于|基於)|"  # ('剔除生物资产…的现金EBITDA', '归母净亏损'): what, not who
                          r"^[上下]调|^[上下]降|^[上下]滑|^[上下]行|^[上下]跌|"
                          # (Not any name that starts as a time word does: 明泰, 当升科技, 首钢, 全志科技.)
                          # the company itself and its board ('集团零售点共6,128个', '董事会宣派中期股息')
                          r"^集团|^董事会|龙头|总$|"
                          # what a cause acted on ('炼乳出口受海运价格上涨影响'): 受 / 受到 in the head
                          r"出口受|进口受|受(?:到)?[^，,。；;]{0,6}(?:影响|冲击|拖累)|.受海运|.受汇率|"
                          # a property segment ('零售续租租金调整率为+0.8%，写字楼则为…')
                          r"^(?:香港)?(?:零售|写字楼|办公楼|商场|住宅)|"
                          # ('…器材类商品零售额': the goods' retail sales, no organisation '品零售')
                          r"^品|"
                          # a verb that opens a clause ('…，可使集团成衣总产能提升约15%': can lift the group's)
                          r"^(?:可使|可令|使得|使|令|让|将使)|"
                          # common words that end in an organisation word: '叠加原材料价格回落'
                          r"原材料|^叠加|^加上|^受益|^受(?!让)|^新签|^新簽|^得益|^随着|^给予|^予以")
# The company an analyst's target or rating is for: '她将赛轮轮胎目标价由19.80元上调至21.50元',
# '同时给予玲珑轮胎19.00元的目标价', '维持希迪智驾「持有」评级'.
_TARGET_HEAD_ZH = re.compile(r"(?:将|把|给予|予以|维持|首次覆盖)(?P<name>[\u4e00-\u9fff]{2,6}?)"
                             r"(?=(?:[A-Za-z]股)?的?(?:[「“\"][^」”\"]{1,6}[」”\"])?(?:目标价|评级)|\d[^，,。；;]{0,12}目标价)")
# ('城巴平均加价4.2%': a fare rise, on average.)
_ZH_MOVE_WORDS = _UP_ZH + "|" + _DOWN_ZH
_ZH_FIGURE_NEXT = r"\s?[\d一二三四五六七八九十两]"
_ZH_MOVE = re.compile(r"(?:平均)?(?:" + _ZH_MOVE_WORDS + r"|加价|减价)" + _ZH_FIGURE_NEXT)


# A period between a name and its metric ('力创第三季营收'), and a lead-in clause with no figure after
# which a sentence really starts ('以季度计算，联晶…', '价格方面，').
_ZH_PERIOD_WORD = re.compile(r"(?:第?[一二三四1-4]季度?|[上下]半年|前三季度?|全年|今年|去年|\d{1,2}月份?|本季|当季|单季)(?:的)?")
_LEAD_IN = re.compile(r"(?:^|(?<=[。；;！？]))(?:[^，,。；;\d]{2,8}(?:计算|来看|看|而言|方面|来说|统计|中)|"
                      r"同一[晚天日]|同[日晚]|当[日晚]|此外|另外|与此同时|同时)[，,]")
# A company's own report between its name and the period ('冀东水泥披露前三季度归母净利润…').
_ZH_REPORTS = re.compile(r"(?:披露|公布|公告|发布|报告|实现)")


# A sentence that goes through the story's products, segments or regions ('分产品看，…；普通酒收入…'):
# its clause heads are those items, not companies.
_BY_ITEM_ZH = re.compile(r"[分按从](?:产品|业务|地区|区域|渠道|板块|品类|市场|行业|品牌|系列|项目|部门|分部)")
_BY_MARKET_ZH = re.compile(r"[分按](?:地区|区域|市场)|以(?:地区|区域)别?")  # ('以地區別來看，…中東及非洲營收')


def _in_item_list(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a sentence that goes through products or segments ('分业务看，…；AIoT
    及BPaaS解决方案服务收入…'): a name there is a product line, not a company."""
    start = max((f.end() for f in FULL_STOP.finditer(text, 0, pos)), default=0)
    return _BY_ITEM_ZH.search(text, start, pos) is not None


_ZH_CLOSE = re.compile(_CLOSE_AT_ZH)
# A name that ends in a word of moving, before its close ('中升收升4.63%'): the name's, not a move.
_NAME_ENDS_IN_MOVE = re.compile(r"[升涨跌降增减](?=" + _CLOSE_AT_ZH + ")")
_ZH_ADVERB = re.compile(r"[则也仍亦均]")
_ZH_METRIC_PREFIX = re.compile(r"(?:合并|累计|单月|自结|税后|线上|线下|海外|境外|境内|国内)?")
_LISTED_SUFFIX = re.compile(r"-(?:KY|ky|DR|dr)\s?")


# Before an officer's title, no company: a body of government ('财政部统计处处长'), a title chained to the
# next ('主席兼行政总裁'), a kind of firm ('两广地区企业负责人').
_ROLE_HEAD_NOT = re.compile(r"(?:部|处|處|局|署|厅|廳|委|会|會|院|办|辦|所|中心|企业|企業|地区|地區|行业|行業|兼|和|及|与|與|暨)$")


def _adverb_reports_metric(text: str, at: int, metric_starts: set[int]) -> bool:
    """'龙运则录得溢利0.78亿元': after 则/也, a verb of reporting and then a metric."""
    verb = _ZH_RECORDS.match(text, at)
    return verb is not None and verb.end() in metric_starts


_ZH_PERIOD_MOVE = re.compile(r"(?:[年季月]|同比|环比|按年|按季)?(?:" + _ZH_MOVE_WORDS + ")" + _ZH_FIGURE_NEXT)
_ZH_RECORDS = re.compile(r"录得|錄得|取得|实现|實現|获得|獲得")


def _clause_heads(text: str, low: str) -> list[tuple[str, int, int]]:
    out = []
    # Only where a sentence or a list item starts ('…；嘉禾锂能营收为…'): after a comma the head is as
    # often what the figure measures ('…表示，财富管理收入增长27.5%').
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [m.end() for m in re.finditer("、", text)] + [
        m.end() for m in _LEAD_IN.finditer(text)]
    run_starts = {m.end() for m in _RUN_BY_ZH.finditer(text)}  # (what an operator runs is named there)
    listed_starts = {m.end() for m in re.finditer("、", text)}  # ('弘塑、辛耘分别获得…': the last name listed)
    starts += run_starts
    # After a comma only a stock's close or limit move ('重电股走强，华城收696元'): elsewhere the head
    # after a comma is as often what the figure measures.
    comma_starts = {m.end() for m in re.finditer(r"[，,](?!\d)", text)} - set(starts)
    metric_terms = metrics().find(low)
    metric_starts = {term.start for term in metric_terms}
    # ('造船完工量、新接订单量和手持订单量': after a metric or a measure (…量, …额) and 、 the list is of
    # metrics; 新接 names no one.)
    metric_ends = {term.end for term in metric_terms}
    starts = [s for s in starts if not (s in listed_starts and (s - 1 in metric_ends or text[s - 2:s - 1] in ("量", "额", "額")))]
    # ('冰山冷热董事会秘书童佩仪则表示': a sentence opened by a company's officer names the company.)
    role_terms = roles().find(low)
    role_starts = {term.start for term in role_terms if HAN.match(low, term.start)}
    role_ends = {term.end for term in role_terms}
    for start in sorted(set(starts) | comma_starts):
        connective = _ZH_CONNECTIVE.match(text, start)  # matches everywhere (all of it is optional)
        a = connective.end() if connective else start
        b = a
        while b < len(text) and b - a <= 8 and HAN.match(text[b]) and b not in metric_starts \
                and not (text[b] in "年月日" and b + 1 in metric_starts) \
                and not (b > a and _ZH_HEAD_END.match(text, b) and not _NAME_ENDS_IN_MOVE.match(text, b)) \
                and not (b - a >= 2 and _ZH_PERIOD_WORD.match(text, b)) \
                and not (b - a >= 2 and (b in role_starts or (text[b] in "副总" and b + 1 in role_starts))):
            # ('上峰水泥前三季度归母净利润': the name ends where its period starts; a character that ends
            # a name may start one, 上峰, 同仁堂: _ZH_NOT_NAME keeps out 上半年, 同比 and the like.)
            b += 1
        # A name only when a metric follows it ('嘉禾锂能营收'), or a direction word and then a figure
        # ('远拓电池下跌4.1%'); not any run cut short by a verb ('重贴现率维持').
        suffix = _LISTED_SUFFIX.match(text, b)  # '臻鼎-KY 10月合并营收': a Taiwan-listed foreign company
        c = suffix.end() if suffix else b
        reports = _ZH_REPORTS.match(text, c)
        after = _ZH_PERIOD_WORD.match(text, reports.end() if reports else c)
        prefix = _ZH_METRIC_PREFIX.match(text, after.end()) if after else None  # '10月合并营收'
        after_end = prefix.end() if prefix else c
        adverb = _ZH_ADVERB.match(text, c)  # '玲珑轮胎则下跌0.74%'
        # How a stock closed or moved by its limit ('华城收696元', '上峰水泥涨停，收报12.10元', '威锋亮灯涨停').
        closes = c < len(text) and (_ZH_CLOSE.match(text, c) is not None or text.startswith(("涨停", "跌停", "亮灯涨停", "亮灯跌停"), c))
        # ('其中辛耘月增5.2%，万润则月减3.1%': after a comma, 则 and a move set a new company against the last.)
        # (Only a name the text names elsewhere too: not a product, '推杆则年增…', nor '较年初则…'.)
        contrasted = adverb is not None and adverb.group(0) == "则" and _ZH_PERIOD_MOVE.match(text, adverb.end()) is not None \
            and text.count(text[a:b]) >= 2 and not text.startswith(("较", "比", "同比", "环比"), a)
        ends_well = True if start in run_starts else (closes or contrasted) if start in comma_starts else \
            c < len(text) and (closes or c in metric_starts or _ZH_MOVE.match(text, c)
                               or (_REPORTS_ZH.match(text, c) and _reporting_company(text, a, b, role_ends))
                               or (start in listed_starts and text.startswith(("分别", "分別"), c))
                               or (c in role_starts and a not in role_starts and not _ROLE_HEAD_NOT.search(text, a, b))
                               or (adverb is not None and _ZH_MOVE.match(text, adverb.end()))
                               or (adverb is not None and _adverb_reports_metric(text, adverb.end(), metric_starts))
                               or (after is not None and (after_end in metric_starts or after.end() in metric_starts)))
        # (After 其中 the head is a part of the subject before it: '其中储能电池收入为…'.)
        sentence = max((m.end() for m in FULL_STOP.finditer(text, 0, a)), default=0)
        # ('分产品看，…。底盘系统中，空气悬架收入27.8亿元': after 'among X', a part of X in a paragraph
        # that goes through products.)
        part_of_lead = text[start - 2:start - 1] == "中" and _BY_ITEM_ZH.search(text, 0, a) is not None
        if 2 <= b - a <= 6 and ends_well and not _ZH_NOT_NAME.search(text[a:b]) and not _BY_ITEM_ZH.search(text, sentence, a) \
                and not part_of_lead \
                and not any(a <= s < b for s in metric_starts) and not text[start:a].strip().startswith("其中") \
                and not _OTHER_BUSINESSES.match(text, b) and not _parallel_segment(text, sentence, a, c, metric_terms):
            out.append((text[a:b], a, b))
    return out


# ('智慧科技、长照等其他业务营收…': businesses listed as the rest of a company's, not companies.)
_OTHER_BUSINESSES = re.compile(r"[、和及与][^，,。；;]{0,10}等(?:其他|其它)?(?:业务|板块|产品|服务)")


def _parallel_segment(text: str, sentence: int, a: int, c: int, metric_terms: list) -> bool:
    """Whether a clause head followed by a metric at ``c`` is a segment listed after a company's first one
    in the same sentence ('中保科系统保全营收75.9亿元；…；现金运送营收21.6亿元'): an earlier clause of the
    sentence names a company, then words that are no name, then the same metric."""
    metric = next((t for t in metric_terms if t.start == c), None)
    if metric is None or a <= sentence:
        return False
    for mention in source_names(text[sentence:a]):
        if mention.entity is None or mention.entity.kind != "company":
            continue
        after = sentence + mention.end
        later = next((t for t in metric_terms if after <= t.start < a and t.ids & metric.ids), None)
        if later is not None and 2 <= later.start - after <= 6 and HAN_RUN.fullmatch(text, after, later.start):
            return True
    return False


# An English possessive: "SMIC's third-quarter revenue", "iGaming's rose 12.4%", "September's 2.1%".
_POSSESSIVE_EN = re.compile(r"(?:'s|’s)\s")
_OWNER_BEFORE_EN = re.compile(r"[A-Za-z](?:'s|’s)\s$")


_OPENS_LIST_ITEM = re.compile(r"(?:其中[，,]?|[；;：:])\s*$")
_COMPANY_WORD = re.compile(r"集团|公司|银行|控股|股份|本行|该行")


_NAME_IN_PLACE_EN = re.compile(r"\s(?:in|at)\s(?:the\s)?")
_JOINED_BEFORE_EN = re.compile(r"\b(?:and|while|but|whereas)\s$")
_MARGIN = frozenset({"margin"})
# A change written right after a level is that level's ('…to 36.8p, up 6.4%'; '$14.9 million, up 31.9%').
CHANGE_AFTER_LEVEL = re.compile(r",\s(?:up|down)\s(?:by\s)?(?:about\s|some\s)?")
_TOTAL_DIVIDEND_GAP = re.compile(r",\s(?:taking|bringing|lifting|making|raising)\s(?:the|its)\s(?:full-year\s|annual\s)?total"
                                 r"(?:\sdividend)?(?:\sfor\sthe\s(?:full\s)?year)?\sto\s")
_CHANGE_OF_LEVEL_AFTER = re.compile(r"\s(?:more|less|fewer|higher|lower)\s(?:than|from)\b")
# A margin written right after the profit it is of: 'Ebitda was ₹171.3 crore, a margin of 21.1%'.
# ('Adjusted EBITDA increased 6.3% to €489 million, lifting the margin to 26.1%': the same.)
_MARGIN_OF_BEFORE = re.compile(r",\s(?:(?:a|an|giving\sa|for\sa|or\sa)\s(?:[a-z]+\s)?margin\sof|(?:lifting|taking|pushing|raising|lowering|"
                               r"cutting|bringing|leaving|putting|trimming|squeezing)\s(?:the|its)\s(?:[a-z]+\s)?margin\s(?:to|at))"
                               r"\s(?:about\s|around\s)?")
_MARGIN_OF_PROFIT = {"ebitda": "ebitda_margin", "operating_profit": "operating_margin", "ebit": "operating_margin",
                     "ebita": "operating_margin", "net_profit": "net_margin",
                     "net_profit_attributable": "net_margin", "gross_profit": "gross_margin", "pretax_profit": "pretax_margin"}
_SITE_IN_EN = re.compile(r"\b(?:project|mine|mines|plant|plants|factory|factories|site|operations?|field|port|smelter|"
                         r"studio|studios|centre|center|hub|office|offices|campus|warehouse|terminal|mall|resort|headquarters|"
                         r"refinery|complex|facility|facilities|venture)\s(?:(?:in|at)\s[\w-]+(?:\s[\w-]+)?,?\s)?(?:in|at)\s(?:the\s)?$")


_SITE_AFTER = re.compile(r"\s?(?:新|二|一|三)?(?:厂|工厂|厂区|基地|园区|项目|plants?\b|factory\b|factories\b|mills?\b|sites?\b)")


_IN_PLACE_OPENS = re.compile(r"(?:^|[.;]\s)in\s$")


_ELLIPTIC_OWNER_EN = re.compile(r"(?:'s|’s|(?<=s)'|(?<=s)’)\s(?:(?:was|were|is|are)\s(?:forecast|expected|projected|set)\sto\s"
                                r"(?:rise|fall|grow|drop|decline|increase|climb|reach)|averaged|rose|fell|reached|stood|climbed|"
                                r"dropped|gained|increased|declined|grew|slipped|jumped|edged)\b")
_PRICES_IN_BEFORE = re.compile(r"\bprices?\s(?:in|across)\s(?:the\s)?$")
_DESTINATION_LIST_BEFORE = re.compile(r"\b(?:to|from)\s(?:[A-Z][\w.'’-]*\s?){1,4}(?:,\s(?:[A-Z][\w.'’-]*\s?){1,4})*(?:,\s|,?\sand\s)$")


_OPERATED_TO_BEFORE = re.compile(r"\b(?:chartered|charters|operates?|operated|launch(?:ed|es)?|added|adds|flies|flew|runs?|ran|"
                                 r"opened|opens|booked|sold)\s(?:[\d,.]+\s)?(?:[a-z-]+\s){0,2}(?:flights?|charters?|"
                                 r"routes?|services?|trips?|cruises?|sailings?)\sto\s(?:the\s)?$")


def _place_is_subject(text: str, low: str, n: NameMention) -> bool:
    """A place owns a figure when it is possessed, a destination, or directly followed by a metric
    ('日本GDP', "China's exports", 'exports to ASEAN'); not as an adjective ('Taiwan stock market')."""
    if _OPERATED_TO_BEFORE.search(low, max(0, n.start - 60), n.start):
        return False  # 'Phoenix has chartered 42 flights to Hokkaido': the operator's flights, not the place's figure
    if DESTINATION_BEFORE.search(low, max(0, n.start - 14), n.start) or \
            _DESTINATION_LIST_BEFORE.search(text, max(0, n.start - 80), n.start):
        return True  # ('Exports to Japan and South Korea were …': each destination of the list)
    if _PRICES_IN_BEFORE.search(low, max(0, n.start - 16), n.start) and \
            not _OWNER_NAMED_EN.search(text, sentence_start(text, n.start), n.start):
        return True  # 'Average apartment prices in Hanoi rose 24.5%': the city's market, no company's
    if _IN_PLACE_OPENS.search(low, max(0, n.start - 6), n.start) and low.startswith(",", n.end):
        return True  # 'In Indonesia, the world's largest producer, September exports fell 12.4%'
    if _PLACE_ACTS_AFTER.match(low, n.end) and (_OPENS_CLAUSE.search(low, max(0, n.start - 2), n.start)
                                                or low.endswith(". ", 0, n.start)):
        return True  # 'Malaysia contributed S$231 million of the NBEV': a market that acts
    if gapped(text, n.start, n.end):
        return True  # '… S$489 million and Malaysia S$231 million': the verb left out
    if not text[n.start:n.end].isascii() and _OPENS_CLAUSE.search(low, max(0, n.start - 2), n.start) and \
            _ZH_PLACE_FIGURE.match(low, n.end):
        return True  # '六都中，台中市10月移转3912栋，…；高雄市2786栋': a city opening its clause with its figure
    if _SITE_AFTER.match(low, n.end):
        return False  # '泰国厂产能利用率', 'its Vietnam plant': the company's site there
    if low.startswith("市场", n.end) and not _OPENS_CLAUSE.search(low, max(0, n.start - 2), n.start):
        return False  # '华城第三季美国市场占营收比重': the company's market there, inside its clause
    if _SHARE_OWNER_EN.match(text, n.end):
        return True  # "India's share of Taiwan's exports": the share's
    if _ELLIPTIC_OWNER_EN.match(text, n.end):
        return True  # "…, while Hanoi's averaged 78.9 million dong": the place's, its metric left out
    m = _PLACE_AFTER.match(low, n.end)
    after = m.end() if m else n.end
    if m and m.group(0).strip(" 's’的,，"):
        return True  # 'China exports', '日本出口', '对美国'
    # "Japan's GDP", '日本的GDP' own the figure; "Japan's ruling party" does not.
    # "China's crude steel output" (a few words after the possessive); 'China exports' (right after).
    if not text[n.start:n.end].isascii() and any(t.start == 0 for t in items().find(low[n.end:n.end + 8])) \
            and not (_OPENS_LIST_ITEM.search(text, max(0, n.start - 6), n.start) and not _COMPANY_WORD.search(low, 0, n.start)):
        # ('其中，中国粗钢产量为…；印度产量…': a place that opens a list item owns its figure, unless a
        # company is the story's subject: '集团…其中香港租金收入' is the group's Hong Kong rent.)
        return False  # '集团…香港物业销售额': the company's Hong Kong property sales, not Hong Kong's figure
    if _OWNER_BEFORE_EN.search(text, max(0, n.start - 4), n.start):
        return False  # "AIA's Hong Kong value of new business": the company's market, not the place's figure
    possessed = m is not None and m.group(0).strip() in ("'s", "’s", "的")
    gap = (24 if possessed else 1) if text[n.start:n.end].isascii() else 4
    return any(term.start <= gap for term in metrics().find(low[after:after + 32]))


def _person_like(n: NameMention, text: str, role_ends: set[int]) -> bool:
    """An unknown name that is a person's: right after a title ('chief executive Peter Chan'), or a
    Chinese personal name in pinyin ('Ouyang Zhiyuan')."""
    from citebrief.facts.names import chinese_name_parts

    gap = text[:n.start].rstrip()
    if any(end in role_ends for end in range(len(gap) - 1, len(gap) + 1)):
        return True
    if " " in n.text.strip() and (titled := _TITLED_SAYS.match(text, n.end)) is not None and _TITLE_WORD_EN.search(titled.group(0)):
        return True  # ('Amias Chudleigh, executive vice-president for merchandising, said…': a title after)
    if " " not in n.text.strip() and "-" in n.text and OWNS_AFTER.match(text, n.end):
        return False  # ("Kuang-Chi's net profit": a hyphenated given name is never written alone with what it owns)
    return chinese_name_parts(n.text) is not None or looks_like_person(n.text)


# 'Kanokwan Srisuk of Kasikorn Securities … forecast 2026 net profit of 17.6 billion baht': the
# analyst's firm, not what the forecast is of.
_TITLE_WORD_EN = re.compile(r"\b(?:" + "|".join(sorted(word_list("title_words.txt"))) + r")\b", re.IGNORECASE)
_PERSON_OF_BEFORE = re.compile(r"((?:[A-Z][a-z'’-]+\s){1,3})(?:of|at|from)\s$")


_PERSON_AFTER_FIRM = re.compile(r"(?:'s|’s|'|’)\s((?:[A-Z][a-z'’-]+\s?){2,3})")


def _firm_of_person(text: str, s: Subject | NameMention) -> bool:
    """Whether a mention is the firm of the person named right before it ('X of Kasikorn Securities')."""
    after = _PERSON_AFTER_FIRM.match(text, s.end)
    if after is not None and _BROKER_WORD.search(s.text) and person_like_name(after.group(1).strip()):
        return True  # ("Jintong Securities' Ran Jixian raised his Chihong target price …")
    m = _PERSON_OF_BEFORE.search(text, max(0, s.start - 40), s.start)
    if m is None or m.group(1).split()[0].lower() in ("bank", "ministry", "department", "office", "board", "university"):
        return False
    # ('Ge Beiming of Juming Investment': a firm word right after the name the gazetteer lacks.)
    return looks_like_person(m.group(1).strip()) or bool(_BROKER_WORD.search(s.text)) or \
        bool(_BROKER_WORD.match(text, s.end + 1) and text[s.end:s.end + 1] == " ")


_BROKER_WORD = re.compile(r"\b(?:Securities|Capital|Research|Investments?|Investmart|Brokerage|Broking|Asset Management|Assets?\b|Advisors|"
                          r"Advisers|Advisory|Zhitou|Partners|Markets|Equities|Financial Services)\b")


def _is_speaker(text: str, s: Subject) -> bool:
    """A mention that says a figure, or one the subject follows ('跟随美联储下调25个基点') or compares
    with, rather than owns it; and generic ones ('三家公司', '该公司')."""
    return bool(_firm_of_person(text, s) or _SPEAKER_BEFORE.search(text, max(0, s.start - 48), s.start) or _AFFILIATION.match(text, s.end)
                or _SOURCE_AFTER.match(text, s.end) or _RECIPIENT_BEFORE.search(text, max(0, s.start - _RECIPIENT_REACH), s.start)
                or (_RECIPIENT_ZH_BEFORE.search(text, max(0, s.start - 2), s.start) and _RECIPIENT_ZH_AFTER.match(text, s.end))
                or _FOLLOWED_BEFORE.search(text, max(0, s.start - 12), s.start)
                or (_GENERIC.match(s.text) and s.entity_id is None)  # (not 本田 Honda, 那斯达克指数: names of their own)
                or (_MEASURED_BY_BEFORE_ZH.search(text, max(0, s.start - 3), s.start) and _MEASURED_BY_AFTER_ZH.match(text, s.end)))


# '按高工锂电口径测算，市场份额约为37.0%': whose measure the figure is taken by, not whose figure it is.
_MEASURED_BY_BEFORE_ZH = re.compile(r"(?:按|按照|依|依据)\s?$")
_MEASURED_BY_AFTER_ZH = re.compile(r"\s?的?(?:口径|统计|测算|计算)")


def bind(facts: TextFacts, carried: list[Subject] | None = None,
         story_names: tuple[str, ...] = ()) -> list[Binding]:
    """One binding per figure of ``facts`` (a claim or a paragraph, read by facts.atoms.read).

    ``carried``: the list of subjects an earlier paragraph named ('恒川新能源、远拓电池和嘉禾锂能'),
    for a 分别 list here that calls them '三家公司'. ``story_names``: the names the story writes
    with a stock code, and short forms of them ('预估日友今年EPS约5.70元' where the story writes 日友（8341）),
    read as subjects where no other name stands."""
    if not facts.figures:
        return []
    text = facts.text
    low = text.lower()
    sentence_ends = [m.end() for m in SENTENCE_END.finditer(text)]
    full_stops = [m.end() for m in FULL_STOP.finditer(text)]
    clause_ends = sorted(set(sentence_ends + [m.end() for m in _CLAUSE.finditer(text)] +
                             ([m.end() for m in _CLAUSE_WORD_EN.finditer(text)] if not facts.han else [])))
    subjects = subjects_of(facts)
    if story_names and facts.han:
        subjects = _with_story_names(subjects, low, story_names)
    # ('the trans-Pacific trade', 'the Asia-Europe trade': a shipping route, not foreign trade.)
    metric_terms = [t for t in metrics().find(low) if not (t.ids == {"trade"} and _ROUTE_BEFORE.search(low, max(0, t.start - 24), t.start))]
    if not facts.han:
        # ('sold 570,000 barrels a day of recycled water' beside 'produced water', 'produced gas': what comes
        # up with oil, an adjective, no output.)
        metric_terms = [t for t in metric_terms if not (t.text == "produced" and _PRODUCED_THING_EN.match(low, t.end))]
        # ('per delivered-fresh-daily door': a word of a hyphenated compound is no measure.)
        metric_terms = [t for t in metric_terms if not (low[t.end:t.end + 1] == "-" and low[t.end + 1:t.end + 2].isalpha())]
        # ('Eugene Investment & Securities set a target': a word of a company's name is no metric.)
        metric_terms = [t for t in metric_terms if not any(s.start <= t.start and t.end <= s.end and " " in s.text
                                                          for s in subjects)]
        # ('Portfolio services revenue, the recurring monthly fees paid by customers, climbed 12.8%': what
        # the measure is, described between it and its verb, is no measure of the figure.)
        described = [m.span() for m in _DESCRIBED_MEASURE_EN.finditer(low)]
        if described:
            metric_terms = [t for t in metric_terms if not any(a <= t.start and t.end <= b for a, b in described)]
            # (Nor do its commas end the measure's clause: the verb after it moves the measure before it.)
            clause_ends = [e for e in clause_ends if e in sentence_ends or not any(a < e <= b for a, b in described)]
    else:
        # ('单季归母净利润6,140万元，受研发投入加大影响同比下降8.6%': what caused the change is not its measure.)
        causes = [m.span() for m in _CAUSE_CLAUSE_ZH.finditer(low)]
        # ('期内收入（不计可报销开支）为3.486亿美元': what a measure leaves out, in brackets, is no measure of the figure.)
        causes += [m.span() for m in _LEFT_OUT_ASIDE_ZH.finditer(low)]
        if causes:
            metric_terms = [t for t in metric_terms if not any(a <= t.start and t.end <= b for a, b in causes)]
    speakers = _speakers(facts)
    # A period after 较/比/from/than is the comparison's, not the figure's ('较3月末增加410亿美元').
    # ('its fiscal fourth quarter, ended in September': when a period ends is no period of its own.)
    # ('dropped 28.4% over the first ten months': 'over' a span of months is when, not what it is compared with.)
    periods = [t for t in facts.temporals if t.kind in PERIOD_KINDS
               and not _YEAR_END_NOUN_AFTER.match(low, t.end)  # ('which has a December year-end': no period)
               and not t.text.endswith(("季报", "季報"))  # ('已披露三季报的42家券商': a report's name, no figure's period)
               and (not _compared_before(low, t.start) or (_OVER_THE.search(low, max(0, t.start - 9), t.start)
                                                           and t.text.lower().startswith("first"))
                    # ('from a second-quarter profit of NT$14.5 million': the compared figure's own period)
                    or _PERIOD_MEASURE_FIGURE.match(low, t.end) is not None)
               and not _ENDED_IN.search(low, max(0, t.start - 40), t.start)
               and not (t.kind == "month" and _REPORTED_IN_EN.search(low, max(0, t.start - 24), t.start))
               and not (_FRAME_BEFORE.search(low, max(0, t.start - 24), t.start) and len(months_of(t.key) or ()) == 12)]
    # '四季度…；预计全年净息差降幅…15个基点': the whole year is the figure's period, not the quarter before
    # it (a period of bindings only: 'full-year' is no date to find in a paragraph); so is 'about 2.9% for
    # fiscal 2028', not its first half, but not a budget's or a target's years ('a capital budget for 2026').
    whole_years = [Temporal("quarter", "12M", m.group(0), m.start(), m.end())
                   for m in FULL_YEAR.finditer(low) if not _compared_before(low, m.start())]
    if not facts.han:
        whole_years += [Temporal("quarter", "12M", m.group(1), m.start(), m.end()) for m in _FOR_A_YEAR_EN.finditer(low)
                        if not _compared_before(low, m.start())
                        and not _PLANNED_BEFORE_EN.search(low, max(0, m.start() - 48), m.start())]
        # ('net profit rose 14.7% on the year in fiscal 2028': the fiscal year's, where the sentence names no
        # half, quarter or month of it; a deadline of another verb, 'live by March 2029, and … A$64 million
        # of savings in fiscal 2028', is none.)
        whole_years += [Temporal("quarter", "12M", m.group(1), m.start(), m.end()) for m in _IN_FISCAL_YEAR_EN.finditer(low)
                        if not any(t.kind in PERIOD_KINDS and sentence_start(low, t.start) == sentence_start(low, m.start())
                                   and not _DEADLINE_BEFORE_EN.search(low, max(0, t.start - 16), t.start)
                                   and not (t.start > m.end() and (_compared_before(low, t.start)
                                                                   or _REASON_EN.search(low, m.end(), t.start)))
                                   for t in facts.temporals)]
    if not facts.han:
        # ('1.5 times adjusted EBITDA for the past twelve months': a trailing year, no quarter's.)
        whole_years += [Temporal("quarter", "12M", m.group(0), m.start(), m.end()) for m in _TRAILING_YEAR_EN.finditer(low)]
    if facts.han:
        # ('截至10月27日，公司累计回购股份1,260万股': the day a running total is counted to is its point
        # in time, that day's month; not an earlier clause's month.)
        whole_years += [Temporal("month", t.key.split("-")[0], t.text, t.start, t.end) for t in facts.temporals
                        if t.kind == "date" and re.fullmatch(r"M\d{1,2}-D\d{1,2}", t.key)
                        and _AS_OF_ZH.search(low, max(0, t.start - 3), t.start)]
    if whole_years:
        periods = sorted(periods + whole_years, key=lambda t: t.start)
    # '较第二季度的18.9%', '较上半年的每吨96元': the period compared with is the period of the figure
    # that follows it (and of no other).
    # ('也低于去年第四季的亏损1.58亿元': last year's quarter, compared; its period is the quarter.)
    compared = [t for t in facts.temporals if t.kind in PERIOD_KINDS and (_compared_before(low, t.start) or (
        (last := _LAST_YEAR_BEFORE_ZH.search(low, max(0, t.start - 2), t.start)) is not None
        and (_compared_before(low, last.start()) or _THAN_ZH.search(low, max(0, last.start() - 2), last.start()) is not None)))]
    en = not facts.han

    def sentence_of(pos: int) -> tuple[int, int]:
        return enclosing_span(sentence_ends, pos, len(text))

    def clause_of(pos: int) -> tuple[int, int]:
        return enclosing_span(clause_ends, pos, len(text))

    def lead_before(end: int) -> tuple[Binding | None, int]:
        """The first figure of the sentence that ends at ``end``, and that sentence's end; past
        sentences with no period, figure of one or name of their own ('…in January-September.
        Like-for-like rent growth was 3.9%. FFO I fell 2.6%': the paragraph's nine months)."""
        start_end = end
        while end > 0:
            lead = next((b for b in out if sentence_of(b.figure.q.start)[1] == end), None)
            if lead is None or lead.period or any(sentence_of(t.start)[1] == end for t in periods):
                if end != start_end and lead is not None and lead.period and re.fullmatch(r"M\d{1,2}", lead.period):
                    return None, end  # (past a sentence of none, only a span's period goes on: not a month, a point in time)
                return lead, end
            if any(sentence_of(sj.start)[1] == end for sj in subjects):
                return None, end
            end = sentence_of(lead.figure.q.start)[0]
        return None, end

    paired = _respectively(facts, subjects, metric_terms, sentence_of, carried or [])
    if en and "respectively" not in low:
        for i, subj in _listed_in_order(facts, subjects, sentence_of).items():
            paired.setdefault(i, {})["subject"] = subj
    elif not en:
        for i, year in _years_in_order(facts).items():
            paired.setdefault(i, {}).setdefault("year", year)
    years = _years(facts, low)
    item_terms = _item_terms(text, low, subjects, facts.figures)
    if en and item_terms and "respectively" in low:
        for i, term_ids in _respective_items(facts, low, item_terms, sentence_of).items():
            paired.setdefault(i, {})["item"] = term_ids
    elif not en and "分别" in low:
        for i, found in _respective_items_zh(facts, low, sentence_of).items():
            if "subject" in found and "subject" in paired.get(i, {}):
                del found["subject"]  # (the subjects' own pairing stands)
            paired.setdefault(i, {}).update(found)
    out: list[Binding] = []
    affiliation: list[Subject] | None = None  # companies named with a speaker's title, read on first use
    prev_end = 0
    prev_whole: tuple = (None, None, -1)  # the figure before's whole, its text and end
    prev_item: tuple[int, tuple | None] = (-1, None)  # (sentence start, (ids, text)) of the figure before
    for i, fig in enumerate(facts.figures):
        q = fig.q
        s_start, s_end = sentence_of(q.start)
        full_start = enclosing_span(full_stops, q.start, len(text))[0]  # (past ；: a full stop's sentence)
        c_start, c_end = clause_of(q.start)
        next_start = facts.figures[i + 1].q.start if i + 1 < len(facts.figures) else len(text)

        whole, whole_text = _whole(text, low, q, max(prev_end, c_start), c_end, en, c_start) if q.kind == "percent" \
            else (None, None)
        if whole is None and q.kind == "percent" and prev_whole[0] is not None and \
                _RESTATED_ZH.fullmatch(low, prev_whole[2], q.start):
            whole, whole_text = prev_whole[0], prev_whole[1]  # '占营业收入的比重首次超过四成，达到41.8%'
        prev_whole = (whole, whole_text, q.end)
        # ('占酒类收入的比重为14.5%', '占纬创10月合并营收的63.5%': the whole's item and company are not the share's.)
        whole_at = low.rfind(whole_text.lower(), max(prev_end, s_start), q.start) if whole_text and not en else -1
        whole_end = whole_at + len(whole_text or "") if whole_at >= 0 else -1

        subject, subject_sure = None, False
        pair = paired.get(i, {})
        owner = _owner_after(text, subjects, q, min(c_end, next_start)) if en else None
        if "subject" in pair:
            subject, subject_sure = pair["subject"], pair["subject"] is not None
        elif owner is not None:
            subject, subject_sure = owner, True  # 'NT$85.39 billion at Novatek'
        else:
            before = [s for s in subjects if s.end <= q.start and not whole_at <= s.start < whole_end]
            whole_owner = next((s for s in subjects if en and whole_text and q.end < s.start < min(c_end, next_start)
                                and text.startswith(s.text, s.start) and _POSSESSIVE_EN.match(text, s.end)
                                and s.start <= text.find(whole_text, q.end) + 1 and s.entity_id is not None
                                and not is_place_subject(s)), None)
            if whole_owner is not None and not [s for s in before if s.start >= s_start]:
                # '12-inch wafers made up 58.4% of SMIC's third-quarter revenue': the whole's owner.
                subject, subject_sure = whole_owner, True
            elif before:
                subject = _conjoined(text, before)
                # ("Nine's share … was 37.8% in the half and Seven's 39.2%": the name owning the figure itself.)
                share_owner = next((s for s in before if en and q.kind == "percent" and s.start >= c_start
                                    and _SHARE_OWNER_EN.match(text, s.end)
                                    and not any(o.start > s.end and _OWNS_FIGURE_EN.fullmatch(text, o.end, q.start) for o in before)), None)
                if share_owner is not None:
                    subject = share_owner  # "India's share of Taiwan's solar exports rose to 45.6%": India's
                # ('印尼国家水泥旗下子公司中，A…，同比下降6.7%': the parent that opens the list is no rival of A.)
                # ("Masan Group's retail arm WinCommerce posted…": the parent named with its unit, too.)
                # ("DNP's Smart Communication segment, which includes…, saw sales slip": the parent of the named unit.)
                in_sentence = [s for s in before if s.start >= s_start and not (
                    s is not subject and (_PARENT_OPENS_LIST_ZH.match(low, s.end) or _PARENT_OF_UNIT_EN.match(low, s.end)
                                          or (en and text[s.end:subject.start] in ("'s ", "’s ")
                                              and _UNIT_NAMED_EN.match(low, subject.end) is not None)))]
                # Subjects conjoined into this one ('中国大陆及香港') are one subject, not rivals.
                distinct = {subject_key(s) for s in in_sentence if not subject.start <= s.start < subject.end} | (
                    {subject_key(subject)} if in_sentence else set())
                # ("GMR's Delhi airport unit, Delhi International Airport Ltd (DIAL), posted…": the name set
                # off before the sentence's verb is its subject, for each of its clauses.)
                apposed = en and subject.start >= s_start and (_APPOSED_HEAD.match(text, subject.end) is not None or (
                    # ('while Brenntag Specialties, which serves food, pharmaceutical and personal-care makers,
                    # raised…': a relative aside between the name and its verb.)
                    _ASIDE_BEFORE_VERB_EN.fullmatch(text, subject.end, c_start) is not None))
                subject_sure = subject.start >= c_start or (
                    apposed or (bool(in_sentence) and len(distinct) == 1) or (not in_sentence and _carried_sure(before, s_start, low)
                                                                   and not (en and _opens_with_item(low, s_start, metric_terms)))
                ) and not (en and (_UNKNOWN_NAME.search(text, max(c_start, subject.end), q.start) or (
                    subject.start < c_start and _NEW_NOUN_SUBJECT.match(low, c_start)) or (
                    # ('prices in Uttar Pradesh averaged…, and cane arrears were…': a place's clause is over.)
                    subject.start < c_start and is_place_subject(subject) and _NEW_BARE_NOUN_EN.match(low, c_start)) or (
                    # ('…and India revenue rose 11.2%. Gross margin narrowed to 57.8%': a region's
                    # segment is not what the next sentence is of.)
                    not in_sentence and is_place_subject(subject) and _SEGMENT_AFTER_PLACE_EN.match(low, subject.end)) or (
                    # ('…while that from patients from Myanmar fell 7.5%. The group's EBITDA margin was 26.1%':
                    # where patients come from is no one whose figures the next sentence gives.)
                    not in_sentence and is_place_subject(subject) and _PLACE_OF_ORIGIN_EN.search(low, max(0, subject.start - 8), subject.start)) or (
                    not in_sentence and subject.entity_id is None and _SITE_BEFORE_EN.search(low, max(0, subject.start - 8), subject.start)) or (
                    # ('Within Asia, sales in Bangladesh rose 14.2%. Thread volumes rose 3.9%': a region a sentence
                    # looks inside is not whose the next sentence's figures are.)
                    not in_sentence and is_place_subject(subject) and _WITHIN_BEFORE_EN.search(low, max(0, subject.start - 12), subject.start)) or (
                    # ('The West Australian publishing business lifted revenue 1.2%. … the board cut the interim
                    # dividend': a unit named for its business is not whose the next sentence's figures are.)
                    not in_sentence and _UNIT_NAMED_EN.match(low, subject.end)) or (
                    # ('North America accounted for 52% of the total. The order backlog stood at…': a market's
                    # share of the company's total; the next sentence is the company's again.)
                    not in_sentence and is_place_subject(subject) and _PART_OF_TOTAL_EN.match(low, subject.end)) or (
                    # ('…, Zimplats 628,000 ounces and Impala Canada 241,000 ounces. The board declared a final
                    # dividend…': a part a list names beside its figure is not whose the next sentence's are.)
                    not in_sentence and gapped(text, subject.start, subject.end)) or (
                    # ('Grabowski said ProService generated 41% of revenue, …, while chief financial officer
                    # Szczepanski said net debt rose to £96.4 million': a name in one speaker's words is not
                    # whose the next speaker's figures are.)
                    s_start <= subject.start and any(s_start <= p.start and p.end <= subject.start for p in speakers)
                    and any(subject.end <= p.start and p.end <= q.start for p in speakers))) or (
                    # ('韩国子公司Jeisys的射频美容设备预计…获批；…凝胶类产品年产能将由500万支提升至…': a unit
                    # named for its product is not whose figures the next clauses give.)
                    not en and not in_sentence and _SUBSIDIARY_BEFORE.search(text, max(0, subject.start - 5), subject.start)
                    and text.startswith("的", subject.end)) or (
                    # ('科力普总经理…。董事会秘书琚映雪则表示，公司…回购股份1,480万股': an officer named by title
                    # alone in a sentence of its own is the story's company's, not the last company named; not
                    # after '；', '友通…；董事长车秉桦表示' being 友通's.)
                    not en and not in_sentence and low[s_start - 1:s_start] == "。" and (
                        _opens_with_role(low, s_start) or _OUTSIDE_VOICE_ZH.match(low, s_start) is not None)))
                if en and subject_sure and any(subject.end <= t.start < q.start and _POSSESSIVE_EN.match(low, t.end)
                                               and _JOINED_BEFORE_EN.search(low, max(0, t.start - 10), t.start) for t in item_terms):
                    # ("SciPlay's rose 4.2% … and iGaming's rose 12.4%": a segment heads the figure after it.)
                    subject_sure = False
                # ('海关数据显示，11月我国制冷剂出口量…；1-11月累计出口28.73万吨': what the data show runs to the full stop.)
                shown_from = s_start if en else min(s_start, full_start)
                if subject.start < shown_from and (_MARKET_WIDE.search(low, s_start, q.start) or _DATA_SHOW.search(low, shown_from, q.start)):
                    # '…Astra's sales fell 4.1%. National wholesales rose 3.2%': the market's; so with a
                    # sentence that opens on what some body's data show ('Ministry of Defence data showed').
                    subject_sure = False
                if not en and _BODY_DATA_SHOW_ZH.match(low, subject.end) and not any(subject.end < o.start < q.start for o in before):
                    # ('中国航空运输协会地面服务专业委员会的数据显示，…国产品牌…份额升至68.4%': whose data, not whose share.)
                    subject_sure = False
                # A subject that says or forecasts the figure may be quoting another's ('德勤预计，香港…').
                subject_sure = subject_sure and (not says(text, before[-1]) or _SELF.search(
                    low, before[-1].end, q.start) is not None and not any(s.start > before[-1].end for s in before)
                    or (not en and _reports_own(text, before[-1])))
                if not subject_sure and not en and c_start > 0 and text[c_start - 1] in "、，," and _CHANGE_LEAD_ZH.match(low, c_start):
                    # ('台星科年减3.8%、月增6.2%': the second change of one name's list of changes; '今国光则为
                    # 1.08亿元，年减7.3%': the change of the figure the clause before gives that name.)
                    prev_start = clause_of(c_start - 1)[0]
                    subject_sure = prev_start <= subject.start and not any(
                        prev_start <= s.start < q.start and subject_key(s) != subject_key(subject) for s in subjects) and (
                        text[c_start - 1] == "、" or any(prev_start <= f.q.start < c_start for f in facts.figures))

        if en and subject is not None and "subject" not in pair and owner is None and q.kind == "percent" and \
                is_place_subject(subject) and (share_at := _SHARE_OF_EN.match(text, q.end)) is not None:
            # ('Japan took 52.6% of St. Shine's November shipments': a market's share of the company's.)
            share_of = next((s for s in subjects if s.start == share_at.end() and _POSSESSIVE_EN.match(text, s.end)
                             and not is_place_subject(s)), None)
            if share_of is not None:
                subject, subject_sure = share_of, True
        target_of = _target_owner(text, subjects, q, c_start) if en and "subject" not in pair and owner is None else None
        if en and target_of is None and "subject" not in pair and q.kind == "percent" and \
                (share_from := _SHARE_FROM_EN.match(text, q.end)) is not None:
            # ('…700 million yuan…, about 70% of it from Zhejiang Rongtai': the share is of the name after 'from'.)
            target_of = next((s for s in subjects if s.start == share_from.end()), None)
        if target_of is not None:
            subject, subject_sure = target_of, True  # 'raised her Mount Gibson target to 46 cents'
        elif en and "subject" not in pair and owner is None and out and out[-1].subject is not None and \
                out[-1].figure.q.start >= s_start and (
                    _TO_THEN_FROM.fullmatch(low, out[-1].figure.q.end, q.start) or (
                        q.kind == "percent" and _THEN_ABOUT.fullmatch(low, out[-1].figure.q.end, q.start)
                        and _PREMIUM_AFTER.match(low, q.end))):
            # ('…target price to 14.80 yuan from 13.50 yuan, about 17% above the close': the upside too.)
            subject, subject_sure = out[-1].subject, out[-1].subject_sure  # 'her Wantai target to 85 yuan from 72 yuan'
        elif en and "subject" not in pair and owner is None and out and out[-1].subject is not None and out[-1].subject_sure \
                and q.kind == "percent" and out[-1].figure.q.start >= s_start and \
                _LEVEL_THEN_ITS_CHANGE_EN.fullmatch(low, out[-1].figure.q.end, q.start):
            subject, subject_sure = out[-1].subject, True  # ('and Spain 15.9 bcm, up 0.9%': the change of Spain's level)
        if not en and subject_sure and "subject" not in pair and subject is not None and \
                (ranked := _RANKED_BY_ZH.search(low, max(0, q.start - 10), q.start)) is not None and \
                not (ranked.start(1) <= subject.start and subject.end <= ranked.end(1)):
            subject_sure = False  # ('富信科技以14.6%位列第一，赛格瑞以12.1%居次': a name the gazetteer lacks ranks itself)
        if en and subject_sure and "subject" not in pair and subject is not None and owner is None and \
                _OTHER_OWNER_EN.search(low, max(subject.end, q.start - 60), q.start):
            subject_sure = False  # 'HDFC Bank's 12.8% growth outpaced the banking system's 10.2%'
        if en and subject_sure and "subject" not in pair and out and out[-1].figure.q.start >= s_start and \
                _PART_OF_FIGURE_EN.fullmatch(low, out[-1].figure.q.end, q.start):
            subject_sure = False  # ('won 2,250 of the 5,000 wagons': the whole the part is of, the tender's)
        if en and subject is not None and subject.start < s_start and "subject" not in pair and \
                (officer := _OFFICER_OPENS_EN.match(text, s_start)) is not None:
            # '…The Whoo's flagship line… Chief Financial Officer Yoo said net cash stood at…': a
            # sentence opened by an officer speaks of the company whose officers the paragraph names.
            if affiliation is None:
                affiliation = affiliations(facts)
            officer_of = next((a for a in reversed(affiliation) if a.end <= s_start), None)
            if officer_of is not None and officer_of.entity_id != subject.entity_id:
                subject, subject_sure = officer_of, True
            elif officer_of is None and (is_place_subject(subject) or (
                    _FINANCE_TITLE.match(officer.group("title")) and subject.entity_id is not None
                    and gazetteer().entities[subject.entity_id].kind in _PUBLIC_BODIES)):
                # ('…on routes to China… Chief financial officer X said equity…': the airline's, not China's;
                # '…the Reserve Bank of India's directions… Chief financial officer X said the company raised…')
                subject_sure = False
            elif officer_of is None and _OFFICER_OPENS_EN.match(text, sentence_of(subject.start)[0]) is not None:
                # ('Chairman X said Bach Hoa Xanh plans… Chief financial officer Y said cash stood at…': a
                # unit another officer spoke of is not what this officer's figures are of.)
                subject_sure = False
        if not en and subject is not None and subject.start < s_start and "subject" not in pair:
            # '台达电董事长海英俊表示，…占台达电前三季营收比重已升至约三成': a sentence opened by a company's
            # officer speaks of that company, not of the one an earlier sentence named.
            if affiliation is None:
                affiliation = affiliations(facts)
            opener = next((a for a in affiliation if s_start <= a.start < q.start), None)
            if opener is None and subject.start < full_start and _OFFICER_OPENS_ZH.match(low, full_start):
                # ('华航董事长…。…波音777-9…。财务长卓韵如则说，…负债比为71.3%': a sentence opened by a
                # bare title speaks of the company whose officers the paragraph names.)
                opener = next((a for a in reversed(affiliation) if a.end <= full_start), None)
            if opener is not None and opener.entity_id != subject.entity_id:
                subject, subject_sure = opener, True
        # ('…截至9月末公司货币资金为42.6亿元…；资产负债率为49.3%': 公司 is the last subject named in the
        # sentence, whatever a clause before it named.)
        # (From the full stop before the sentence, which the pattern opens on: '。目前公司铬盐年产能为30万吨'.)
        if not en and (subject is None or subject.start < full_start):
            # ('上海天文台研究员禚瑞坤介绍，天文台今年前三季度交付氢原子钟62台': the speaker's own body, called by the
            # last characters of its name, not the body a sentence before named.)
            own_body = next((a for a in reversed(_titled_bodies(text)) if full_start <= a.start and a.end <= q.start
                             and len(a.text) >= 4 and _called_by_its_end(low, a, q.start)), None)
            if own_body is not None:
                subject, subject_sure = own_body, True
        self_ref = None if en else _last_match(_SELF_REF_ZH, low, max(full_start - 1, q.start - 80, 0), q.start)
        if self_ref is not None and (subject is None or subject.end <= self_ref.start()):
            # '中国人寿总裁…表示…公司前三季度总投资收益率为6.1%': 'the company' is the speaker's, named
            # with the title (a name set aside as the speaker's affiliation).
            if affiliation is None:
                affiliation = affiliations(facts)
            owner = next((s for s in reversed(affiliation) if s.end <= q.start), None)
            if owner is not None and subject is not None and owner.start < subject.start:
                # ('罗平锌电总经理…表示…。兴业银锡前三季度…；公司前三季度锌金属产量…': a company named
                # after the officer's is the one 公司 stands for.)
                owner = None
            product_before = subject is not None and subject.entity_id is None and \
                subject.start < sentence_of(self_ref.end() - 1)[0] and not _ORG_NAME_END.search(subject.text)
            # ('中钨高新…；硬质合金销量…。…公司已于10月1日起将硬质合金刀片售价上调8%-12%': 公司 is no product an
            # earlier sentence named, but the company the paragraph named before it.)
            companies = [s for s in reversed(subjects) if s.end <= self_ref.start() and s.entity_id is not None
                         and not is_place_subject(s) and not _is_gauge(s)]
            company = companies[0] if product_before and companies else None
            if company is not None and _OFFICER_OPENS_ZH.match(low, full_start) and \
                    len({c.entity_id for c in companies}) > 1:
                # ('…沧州大化收涨6.84%…；梦百合则下跌2.15%…。董事会秘书龚蕤蓁透露，…公司已累计回购股份': a bare
                # officer's company, where the paragraph names two, is not told.)
                company, subject_sure = None, False
            if company is not None and any(company.start < a.start and a.end <= self_ref.start() for a in affiliation):
                company = None  # ('…红狮印尼总经理卫铭川介绍，公司第二条…': an officer's company named since)
            if owner is None and company is None and subject is not None and _is_gauge(subject):
                # ('…同日上证指数上涨0.62%。董事会秘书…透露，…公司已累计回购股份386万股': 公司 is no index but the
                # company the paragraph named before it.)
                named_companies = [s for s in reversed(subjects) if s.end <= self_ref.start() and s.entity_id is not None
                                   and gazetteer().entities[s.entity_id].kind == "company"]
                if len({s.entity_id for s in named_companies}) == 1:
                    company = named_companies[0]
                else:
                    subject_sure = False  # (none named, or two: which one 公司 is, is not told)
            if owner is not None:
                subject, subject_sure = owner, True
            elif company is not None:
                subject, subject_sure = company, True
            elif subject is not None and (is_place_subject(subject) or self_ref.group().endswith("集团") or product_before):
                # ('…电子布收入21.3亿元。前三季度公司综合毛利率为33.8%': no company named before it.)
                # ('新加坡本地业务营收…；澳大利亚子公司Optus营收…。单看第二财季，集团营收为35.18亿新元':
                # the group is neither the place a unit is named by nor the last unit.)
                subject_sure = False
        elif not en and subject is not None and subject_sure and 0 < full_start and subject.start < full_start \
                and _SELF_REF_ZH.match(low, full_start - 1) is not None \
                and any(s.start < subject.start and s.entity_id is not None and s.entity_id != subject.entity_id
                        for s in subjects):
            # ('…创新业务中，海康机器人收入42.35亿元…。公司前三季度毛利率为45.1%': a sentence opened by
            # 公司 may be of the company the paragraph opened on, not of the unit named last.)
            subject_sure = False
        elif en and subject is not None and subject_sure and (subject.entity_id is None or is_place_subject(subject)) \
                and _THE_COMPANY_EN.search(low, subject.end, q.start):
            # ('vessels ordered for the Dover Strait would enter service…, and the company raised its guidance
            # to DKK 5.6-5.9 billion': the company, not the unknown name or place before it.)
            subject_sure = False

        metric, metric_text, metric_sure = None, None, False
        if "metric" in pair:
            term = pair["metric"]
            metric, metric_text, metric_sure = term.ids, term.text, True
        else:
            # ('其中出口4.18万辆，…约占总销量的40.0%': a share is of what comes before its whole, not the whole.)
            term = next((t for t in reversed(metric_terms) if s_start <= t.start < q.start
                         and not whole_at <= t.start < whole_end), None)
            if en and term is not None:
                # 'Profit from property sales fell 18.6%': the head is profit, not the sales it comes from.
                head = next((t for t in reversed(metric_terms) if s_start <= t.start < term.start), None)
                # (Not 'operating profit on sales of ¥131.4 billion': the sales the figure right after is of.)
                if head is not None and _FROM_MODIFIER.fullmatch(low, head.end, term.start) \
                        and not _SUM_OF_BEFORE.fullmatch(low, term.end, q.start):
                    term = head
            if en and term is not None and _A_BEFORE_FIGURE.search(low, max(0, q.start - 6), q.start) and \
                    (right := next((t for t in metric_terms if t.start >= q.end and not low[q.end:t.start].strip()), None)):
                term = right  # ('a 36.8% loss ratio and a 31.7% cost ratio': the metric a figure qualifies is its own)
            elif en and (term is None or term.start < c_start or term.end <= prev_end):
                # ('revenue of 5 billion in its chip unit'; 'a 58-yuan target price': the metric right after it;
                # 'a 12.4% rise in net profit to 61.8 crore and a 15.1% rise in revenue': the one before is
                # the previous figure's.)
                # ('an 11.6% rise in nine-month net income': a period's adjective between.)
                after = next((t for t in metric_terms if q.end <= t.start < min(c_end, next_start)
                              and (_METRIC_RIGHT_AFTER.match(low[q.end:t.start]) or not low[q.end:t.start].strip()

                                   # ('spent 5,021 crore rupees on capital expenditure': what was spent, when it is capital spending)
                                   or ("capex" in t.ids and _SPENT_BEFORE.search(low, max(0, q.start - 16), q.start) is not None
                                       and _ON_GAP.fullmatch(low, q.end, t.start) is not None))), None)
                term = after or term
            elif en:
                # 'set aside S$140 million of pre-emptive general allowances': what the amount is of;
                # 'tables produced 76.5% of Macau's gaming revenue': a share is of its whole's metric.
                of = next((t for t in metric_terms if q.end <= t.start < min(c_end, next_start)
                           and (_AMOUNT_OF.fullmatch(low, q.end, t.start)
                                or q.kind == "percent" and _SHARE_OF.fullmatch(low, q.end, t.start))), None)
                # ('selling and distribution expenses rose to 28.7% of revenue': a cost's ratio to its whole
                # is the cost's; 'a margin of 34.0% of sales' is the margin's.)
                costed = term is not None and of is not None and q.kind == "percent" and (
                    metrics().within(term.ids, "expenditure") or metrics().within(term.ids, "costs")
                    or metrics().within(term.ids, "margin"))
                term = term if costed else (of or term)
            if term is not None:
                metric, metric_text = term.ids, term.text
                g0, g1 = (term.end, q.start) if term.start < q.start else (q.end, term.start)
                # A period between them does not part a metric from its figure ('revenue for the first
                # nine months was HK$21.46 billion').
                timed = sum(len(low[t.start:t.end].split()) for t in facts.temporals if g0 <= t.start and t.end <= g1)
                # (Nor does a name: 'throughput at the Sapangar Bay Container Port rose 11.2%'.)
                named = sum(len(low[sj.start:sj.end].split()) for sj in subjects if g0 <= sj.start and sj.end <= g1) if en else 0
                close = len(low[g0:g1].split()) - timed - named <= 6 if en else g1 - g0 <= 14
                # ('The net loss ratio rose 2.1 points from a year earlier to 36.8%': a change, its base,
                # then the level reached, all the metric's.)
                close = close or (en and term.end <= q.start and _CHANGE_BASE_TO_LEVEL.fullmatch(low, g0, g1) is not None)
                # ('Net income attributable to the Los Angeles-based firm rose 12.4%': whose, then the move.)
                close = close or (en and term.end <= q.start and _ATTRIBUTABLE_THEN_MOVE.fullmatch(low, g0, g1) is not None)
                metric_sure = (term.start >= c_start or term.start > q.end) and close or (
                    s_start <= term.start < c_start and bool(CHANGE_LEAD.match(low, c_start) or _COMPARED_CHANGE_ZH.match(low, c_start))) or (
                    en and s_start <= term.start < q.start and bool(_ASIDE_TO_VERB.fullmatch(low, term.end, q.start))) or (
                    # ('shipped 58,400 solar pump systems in the quarter, 27.1% more than a year earlier': a clause
                    # that opens on the change of the level before is that level's measure.)
                    en and s_start <= term.start < c_start and not low[c_start:q.start].strip(" ,")
                    and bool(_CHANGE_OF_LEVEL_AFTER.match(low, q.end))) or (
                    en and s_start <= term.start < q.start and bool(_OF_HEAD_TO_VERB.fullmatch(low, term.end, q.start))
                    and not any(term.end <= t.start < q.start for t in metric_terms)) or (
                    # ('今年EPS预估为13.80元，明年为16.20元': a clause of another period only goes on with the measure.)
                    not en and s_start <= term.start < c_start and bool(_PERIOD_THEN_IS_ZH.fullmatch(low, c_start, q.start)))
                if en and q.kind == "number" and term.start > q.end and not low[q.end:term.start].strip():
                    metric_sure = False  # ('from 80,000 to 150,000 orders': what a count counts, its unit)
        if en and metric_sure and term is not None and term.end <= q.start and _VOLUMES_WORD_EN.search(low, term.end, q.start):
            metric_sure = False  # ('granule revenue fell even though volumes rose 8.4%': the volumes', not revenue's)
        if en and metric is not None and term is not None and "metric" not in pair and \
                (measured := _MEASURED_BY.search(low, max(s_start, term.start - 48), term.start)) is not None:
            # ('The value of China's separator exports rose 58.1%': exports by value, not by volume.)
            narrower = frozenset(c for c, parent in metrics().parents.items()
                                 if parent in metric and c.endswith("_" + measured.group(1)))
            if narrower:
                metric, metric_text = narrower, metrics().name(narrower)
        if en and metric is not None and "net_profit" in metric and \
                _EXCLUDING_ONE_OFFS_EN.search(low, s_start, term.start if term is not None else q.start):
            # ('Excluding non-recurring items, Hailiang's net profit was …': 扣非净利润, the recurring profit.)
            metric, metric_text = frozenset({"recurring_profit"}), "net profit excluding non-recurring items"
        if en and q.kind == "amount" and _EARNED_BEFORE.search(low, max(0, q.start - 24), q.start) \
                and _A_SHARE_AFTER.match(low, q.end):
            # 'after earning 0.20 yuan a share': earnings per share, whatever metric the clause opened on.
            metric, metric_text, metric_sure = _EPS, "earnings per share", True
        elif en and q.kind in ("number", "figure") and (sold := _SOLD_BEFORE.search(low, max(0, q.start - 24), q.start)):
            # 'it sold 412,600 ounces': a count sold is a volume (a sum 'sold' for is revenue).
            metric, metric_text, metric_sure = _VOLUME, sold.group(1), True
        elif not en and metric is None and q.kind == "number" and low[q.end:q.end + 1] in _COUNTERS_ZH and \
                (sold := _SOLD_BEFORE_ZH.search(low, max(c_start, q.start - 20), q.start)) is not None:
            # ('在國內銷售TAVR瓣膜6,030套': so many things sold is a volume, not a sum of money.)
            metric, metric_text, metric_sure = _VOLUME, sold.group(1), True
        elif not en and metric is None and q.kind == "percent" and out and out[-1].metric == _VOLUME and out[-1].metric_sure \
                and _SOLD_BEFORE_ZH.fullmatch(out[-1].metric_text or "") and out[-1].figure.q.end <= c_start \
                and out[-1].figure.q.start >= s_start and CHANGE_LEAD.match(low, c_start):
            metric, metric_text, metric_sure = out[-1].metric, out[-1].metric_text, True  # ('…6,030套，按年增長23.0%': its change)
        if en and metric and (measure := _MEASURED_BY_AFTER.match(low, q.end)) is not None and \
                (measured_id := _BY_MEASURE.get((next((x for x in metric if x in _MEASURED_METRICS), ""), measure.group(1)))):
            # ('exports rose 7.9% by volume': the volume of exports, not their value)
            metric, metric_sure = frozenset({measured_id}), True
        if en and metric and (kind := _DIVIDEND_KIND_AFTER.match(low, q.end)) is not None and \
                metrics().within(metric, "dividend"):
            # ('an annual dividend of 180 yen including a 90-yen interim': the word after names its kind.)
            metric, metric_text, metric_sure = frozenset({f"{kind.group(1)}_dividend"}), kind.group(1), True
        if en and q.kind == "percent" and out and out[-1].metric and out[-1].figure.q.kind == "amount" and \
                _OR_SHARE_BEFORE_EN.fullmatch(low, out[-1].figure.q.end, q.start) and \
                (metrics().within(out[-1].metric, "expenditure") or metrics().within(out[-1].metric, "costs")):
            # ('selling expenses fell 15.6% to 312 million yuan, or 10.5% of revenue': the cost's ratio to its whole)
            metric, metric_text, metric_sure = out[-1].metric, out[-1].metric_text, out[-1].metric_sure
        if en and out and out[-1].metric and metrics().within(out[-1].metric, "dividend") and q.kind == "amount" and \
                _TOTAL_DIVIDEND_GAP.fullmatch(low, out[-1].figure.q.end, q.start):
            # ('a final dividend of 25.4p, taking the total for the year to 36.8p': the year's dividend.)
            metric, metric_text, metric_sure = frozenset({"annual_dividend"}), "total dividend", True
        if en and q.kind == "percent" and out and out[-1].metric and out[-1].metric_sure and out[-1].figure.q.kind == "amount" and \
                out[-1].figure.q.start >= s_start and CHANGE_AFTER_LEVEL.fullmatch(low, out[-1].figure.q.end, q.start):
            # ('taking the total for the year to 36.8p, up 6.4%': the change of the level just named.)
            metric, metric_text, metric_sure = out[-1].metric, out[-1].metric_text, True
        if en and q.kind == "amount" and out and out[-1].metric and out[-1].figure.q.kind == q.kind and \
                out[-1].figure.q.start >= s_start and RANGE_JOIN.fullmatch(low, out[-1].figure.q.end, q.start):
            # ('revenue of $1.06 billion to $1.08 billion and growth in new starts of…': a range's two ends
            # are of one metric, whatever the words after it name.)
            metric, metric_text, metric_sure = out[-1].metric, out[-1].metric_text, out[-1].metric_sure
        if en and q.kind == "percent" and metric == _MARGIN and out and out[-1].figure.q.start >= s_start and \
                _MARGIN_OF_BEFORE.fullmatch(low, out[-1].figure.q.end, q.start) and out[-1].metric:
            # ('Ebitda was ₹171.3 crore, a margin of 21.1%': the margin of the profit just named.)
            margin_of = frozenset(_MARGIN_OF_PROFIT[m] for m in out[-1].metric if m in _MARGIN_OF_PROFIT)
            if margin_of:
                metric, metric_sure = margin_of, True
        if metric is not None and term is not None and term.end <= q.start and _LOSS_BEFORE.search(low, term.end, q.start) \
                and metrics().within(metric, "profit"):
            metric = metric | {"net_loss"}  # '归母净利润为亏损18.36亿元': a profit that is a loss is a net loss
        if metric is not None and term is not None and not en and low.endswith("出口", 0, term.start) and \
                metric & _VOLUMES and "占" not in low[term.end:q.start]:
            metric = metric | {"exports"}  # ('出口销量9,200台，同比增长35.3%': an export figure, by volume)
        if metric_sure and "metric" not in pair and RESPECTIVELY.search(text, s_start, s_end) and \
                (en or _metrics_listed_before(text, metric_terms, s_start, q.start)) and \
                not (not en and term is not None and _SHARED_BY_LIST_ZH.match(low, term.end)):
            # A list the pairing could not read: which metric is whose is unclear. (Not in Chinese where
            # 分别 comes after the figure, or shares out one metric: '资本充足率分别为14.02%和13.37%'.)
            metric_sure = False
        base = _base(low, q, prev_end, c_start, c_end, next_start, en, s_start)
        if base is None and en and q.kind == "percent" and fig.direction is not None:
            base = _base_of_level_pair(low, q.end, s_end)
        if base is None and not en and i and fig.direction is not None and \
                _MOVE_ONLY_ZH.fullmatch(low, facts.figures[i - 1].q.end, q.start):
            # ('较今年第一批的54.30亿元增长26.0%': the base is written before the level compared with.)
            prev = facts.figures[i - 1].q
            base = _base(low, prev, max(c_start, prev.start - 16), c_start, c_end, q.start, en, s_start)
        denominator = _denominator(low, q, prev_end, c_start, c_end, next_start, en)
        if denominator is None and not en and metric is None and _PART_CLAUSE_ZH.match(low, c_start) and \
                (whole_sum := next((b for b in reversed(out) if b.figure.q.kind == q.kind), None)) is not None and \
                q.start - whole_sum.figure.q.end <= 40 and whole_sum.denominator in TIME_RATES:
            # ('年化金额约612.4亿元…；其中第三季度为198.6亿元': a part of an annualised sum is annualised too.)
            denominator = whole_sum.denominator
        period_from = full_start
        # ('公布第三季业绩。期内收入…': a sentence that opens on 期内 is of the period just named.)
        if not en and full_start and (_PART_SENTENCE_ZH.match(low, full_start) or _DURING_PERIOD_ZH.match(low, full_start)) and \
                not any(full_start <= t.start < q.start for t in periods) and \
                len({t.key for t in periods if t.start < full_start}) == 1:
            # ('2069年前三季度…产量为4.86亿平方米…。其中，免处理版产量1.37亿平方米': a sentence that opens on
            # 其中 gives parts of the one before, of its period; not where the paragraph has named two before,
            # '10月营收…，前10月累计…。其中…' is of either.)
            period_from = enclosing_span(full_stops, full_start - 1, len(text))[0]
        period, period_text, period_after = _period(periods, q, period_from, c_start, c_end, en, low)
        if en and (before_this := _PREVIOUS_SPAN_AFTER_EN.match(low, q.end)) is not None:
            # ('fell 4% in its first quarter, an improvement on a 9% fall in the previous quarter': the one before)
            span_kind = {"quarter": "Q", "half": "H", "month": "M"}[before_this.group(1)]
            period = previous_period(period) if period and period[:1] == span_kind else None
            period_text, period_after = before_this.group(0).strip(), True
        if en and out and _RESTATED_CLAUSE_EN.match(low, c_start) and out[-1].figure.q.end <= c_start and \
                q.kind == out[-1].figure.q.kind == "amount":
            # ('a dividend of NOK 6.00 a share, or about NOK 1.22 billion, in June': the same payment restated,
            # of the period of the figure it restates; 'narrowed to NT$186 million from NT$273 million in the second
            # quarter, or NT$1.53 a share': the current level's, not the one compared with.)
            restated = next((b for b in reversed(out) if b.figure.q.start >= full_start and not b.compared), None)
            period, period_text, period_after = (restated.period, restated.period_text, False) if restated is not None \
                else (None, None, False)
        if en and period and i:
            # 'rose to 38% in the third quarter from 31% in the second, and server products made up
            # 71%': the period of the level compared with is that level's, not the next figure's.
            prev_fig = facts.figures[i - 1].q
            earlier = next((t for t in periods if t.key == period and prev_fig.end <= t.start < q.start
                            and (cm := _COMPARED_LEVEL.search(low, max(0, t.start - 48), t.start)) is not None
                            and cm.start() <= prev_fig.start), None)
            if earlier is not None:
                rest = [t for t in periods if t is not earlier]
                period, period_text, period_after = _period(rest, q, full_start, c_start, c_end, en, low)
        if not en and period and fig.direction is not None and period_text and \
                (against := _AGAINST_PERIOD_ZH.search(low, max(c_start, q.start - 24), q.start)) is not None and \
                period_text in against.group(0):
            # ('渗透率为23.7%，较2027年全年提升6.2个百分点': the period a change is measured against is not
            # the change's; the level's before it is.)
            level = next((b for b in reversed(out) if b.figure.q.end <= c_start and q.start - b.figure.q.end <= 24), None)
            period, period_text = (level.period, level.period_text) if level is not None else (None, None)
        if not en and period_text and period_text not in low[c_start:q.start] and \
                _YEARS_LEVEL_ZH.search(low, max(c_start, q.start - 8), q.start):
            # ('…明年上半年…；她预计…，较今年的5.1万台增长约三分之一': a year's own level, not the half named before.)
            period, period_text = None, None
        if en and period and not period_after and len(months_of(period) or ()) != 3 and _FOR_THE_QUARTER.search(low, c_start, c_end):
            # 'Net profit for the April-September half rose…, and earnings per share for the quarter
            # were ₹4.28': the quarter named last, not the half. ('… and that its exports rose 12.6% to
            # 9.8 million barrels in the quarter': not the month of the clause before.)
            # (Not a quarter named as what another figure is compared with: '2.7 times the April-June level'.)
            # ('…would start production in January-March 2027. … revenue grew 31% on-year in the quarter':
            # the story's quarter, not one an earlier sentence schedules something in.)
            quarter = next((t for t in reversed(periods) if t.end <= q.start and len(months_of(t.key) or ()) == 3
                            and (t.start >= s_start or not _SCHEDULED_BEFORE.search(low, sentence_start(low, t.start), t.start))
                            and not _COMPARED_RIGHT_BEFORE.search(low, max(0, t.start - 40), t.start)), None)
            period, period_text = (quarter.key, quarter.text) if quarter is not None else (None, None)
        if en and period is None and _IN_THE_MONTH_EN.match(low, q.end, c_end + 1):
            # ('…at the end of September, up 0.21% from August. Airtel added 14.2 lakh wireless users in
            # the month': the month named last.)
            month = next((t for t in reversed(periods) if t.end <= q.start and re.fullmatch(r"M\d{1,2}", t.key)), None)
            if month is not None:
                period, period_text = month.key, month.text
        if en and period and not period_after and _THIS_YEAR_RIGHT_AFTER_EN.match(low, q.end):
            period, period_text = None, None  # ('…at the end of June, and that capex would be about €28 million this year')
        if period and not period_after and _later_year(facts.temporals, period, q, c_start, low, en):
            period, period_text = None, None  # '…提升至12万片，2028年再扩至20万片', 'and to 200,000 in 2028'
        if period and not period_after and not en and _NOW_BEFORE_ZH.search(low, max(0, q.start - 6), q.start):
            period, period_text = None, None  # ('届时年产能可较目前的72万台提高五成': today's level, not the quarter named before)
        if en and period is None and s_start > 0 and _OPENS_WITH_METRIC_EN.match(low, s_start) and \
                not any(s_start <= sj.start < q.start for sj in subjects) and \
                ((lead := lead_before(s_start))[0]) is not None and \
                lead[0].period and not lead[0].compared and \
                not any(sentence_of(t.start)[1] == lead[1] and _PERIOD_SET_AGAINST_EN.search(low, max(0, t.start - 64), t.start)
                        for t in periods) and \
                not (re.fullmatch(r"M\d{1,2}", lead[0].period) and any(
                    t.key == lead[0].period and (t.start < lead[0].figure.q.start or sentence_of(t.start)[1] == lead[1])
                    and _MONTH_ENDED_BEFORE_EN.search(low, max(0, t.start - 12), t.start)
                    for t in periods)):
            # (Not a month the sentence before ends at, 'WW ended September with 3.42 million subscribers.
            # Gross margin was 67.4%', '…reached 53.4 million at the end of June. Orders rose 5.1%': a
            # point in time, no period of the next sentence's figures.)
            # ('…said third-quarter net profit fell 27.4%…. Revenue was 7.12 billion baht, down 9.8% on
            # year.': a sentence that goes on with the company's next metric keeps the period the
            # sentence before opened with, not one a later figure of it was compared in; not where that
            # sentence set two periods against each other, 'Profit in the June half was …, less than …
            # in the December half. Earnings per share were 6.2 cents': the halves are its own.)
            period, period_text = lead[0].period, lead[0].period_text
        if base is None and en and q.kind == "percent" and period and (than := _THAN_LEVEL_IN_EN.match(low, q.end)) is not None:
            # ('A$61.9 million, 23.3% less than the A$80.7 million earned in the December half': measured
            # from the period just before.)
            then = next((t for t in facts.temporals if t.kind in PERIOD_KINDS and t.start == than.end()), None)
            if then is not None and then.key == previous_period(period):
                base = _SEQUENTIAL_BASE.get(then.key[:1])
        if base is None and not en:
            # '较今年3月的低点上涨0.27元': measured from a month named, not from a year earlier.
            then = next((t for t in reversed(periods) if max(prev_end, c_start) <= t.start < q.start and t.key[:1] in "MQH"
                         and _COMPARED_PERIOD_ZH.search(low, max(0, t.start - 6), t.start)), None)
            if then is not None and then.key == "M12" and _LAST_YEAR_END_ZH.match(low, max(0, then.start - 2)):
                base = "ytd"  # '较去年12月底下降1.3个百分点': since the end of last year
            elif then is not None and then.key != previous_period(period):
                base = f"since {then.text}"
            elif period and (step := next((t for t in reversed(compared) if max(prev_end, c_start) <= t.start < q.start
                                             and t.key == previous_period(period)), None)) is not None:
                base = _SEQUENTIAL_BASE.get(step.key[:1])  # '11月营收占比为34.2%，较10月提高1.5个百分点': month on month
            elif period is None and (step := next((t for t in reversed(compared) if max(prev_end, c_start) <= t.start < q.start),
                                                  None)) is not None and step.key[:1] in "MQ" and step.key[1:].isdigit() and \
                    _COMPARED_PERIOD_ZH.search(low, max(0, step.start - 6), step.start):
                # ('累计前11月营收…。其中…占比为57.2%，较10月提高1.8个百分点': the month before the story's, with no
                # period of its own written: one step on.)
                base = _SEQUENTIAL_BASE.get(step.key[:1])
        if base is None and en and period and period[:1] == "M" and (then := next(
                (t for t in facts.temporals if t.kind == "month" and t.key == period and q.end <= t.start < c_end + 1
                 and _FROM_PERIOD.search(low, q.end, t.start) and re.search(r"\b(?:19|20)\d\d\b", t.text)), None)) is not None:
            base = "yoy"  # "September passenger numbers fell 4.3% from September 2025": the month a year before
        owned = next((t for t in facts.temporals if en and t.kind in PERIOD_KINDS
                      and _POSSESSIVE_EN.fullmatch(low, t.end, q.start)), None)
        if owned is not None:
            period, period_text = owned.key, owned.text  # "faster than September's 2.1%"
        since = max(prev_end, c_start)
        # ('是去年同期的3.2倍': a multiple of the earlier level is the current period's, not the earlier one's.)
        multiple_zh = not en and low[q.start:q.end].endswith("倍")
        own = [c for c in compared if since <= c.start < q.start and "的" in low[c.end:q.start]
               and q.start - c.end <= 6] if not multiple_zh else []
        is_compared = bool(own)
        period_of_level = period  # (the sentence's, before a compared figure's is stepped back from it)
        if own:
            period, period_text = own[-1].key, own[-1].text
        elif (_YEAR_AGO_BEFORE.search(low, max(since, q.start - 12), q.start)
              and not (multiple_zh and "的" in low[max(since, q.start - 3):q.start])) \
                or _YEAR_AGO_LEAD.match(low, s_start) or (en and (
                (_compared_before(low, q.start) and _YEAR_AGO_AFTER.match(low, q.end))
                # ('about 2.7 times a year earlier': a multiple of the year-earlier figure, not that figure)
                or (_YEAR_AGO_RIGHT_AFTER.match(low, q.end) and not _MULTIPLE_TEXT.search(low, q.start, q.end)))):
            period, period_text, is_compared = "Y-1", "a year earlier", True
        elif _compared_before(low, q.start) or (not en and _PRIOR.search(low, max(since, q.start - 8), q.start)) \
                or (en and _PRIOR_OWNS_EN.search(low, max(since, q.start - 40), q.start)):
            # 'up from 64 yen', '较前一季的4元': the earlier period's figure, one step before the
            # sentence's period when that is a quarter, half or month.
            # ('上季为18.60元': when the temporal reader already read 上季 as Q2, it is not stepped back again.)
            # ('from 2.1% in September': the period named after the compared figure is its own.)
            already = period_text is not None and (period_after or period_text in low[max(since, q.start - 8):q.start])
            # ('from 1.12% at the end of 2025': a compared level whose own date is written keeps it.)
            # ('from 382 crore at the end of March': so is a level written with the month-end it stood at.)
            # ('compared with a loss of 142.3 crore rupees in April-June': and one written with its months.)
            told = already and ((period_text or "").startswith("the end of ") or (period_after and any(
                t.text == period_text and (_AT_MONTH_END_AFTER.fullmatch(low, q.end, t.start) or (
                    _IN_MONTHS_AFTER.fullmatch(low, q.end, t.start) and _MONTH_NAMED.search(t.text)))
                for t in facts.temporals if t.start >= q.end)))
            period, period_text, is_compared = (period if already else previous_period(period)), \
                (period_text if told else "the previous period"), True
            if en and period is None and _QUARTER_AGO_AFTER.match(low, q.end):
                # ('up from 49.6% in the previous quarter': a quarter back, whatever the story's quarter; it
                # differs from a year earlier, and from no named quarter.)
                period, period_text = "Q-1", "the previous quarter"
            elif en and period is None and _HALF_AGO_AFTER.match(low, q.end):
                period, period_text = "H-1", "the previous half"  # 'against 146.8 in the preceding six months'
            if en and not already and (back := _MONTHS_EARLIER_AFTER.match(low, q.end)) is not None and \
                    (stepped := _months_back(period_of_level, back.group(1))) is not None:
                period, period_text = stepped, back.group(0).strip()  # 'up from 79.6 percent three months earlier'
        if base is None and en and out and out[-1].base and out[-1].figure.q.start >= s_start and \
                _SAME_PERIOD_AFTER_EN.match(low, q.end):
            base = out[-1].base  # ('¥8.3 billion less than at the end of February, and the ratio rose 1.2 points over the same period')
        if denominator is None:
            denominator = _rate_denominator(low, q, term if metric else None, since, en)
        if denominator is None and metric_sure and metric == _EPS and q.kind == "amount":
            denominator = "share"  # ('EPS 0.85元': earnings per share are per share, written or not)
        if denominator is None and out and out[-1].denominator is not None and out[-1].figure.q.start >= s_start \
                and out[-1].figure.q.kind == q.kind and _MOVED_TO.fullmatch(low, out[-1].figure.q.end, q.start):
            denominator = out[-1].denominator  # '月产能由目前的120万米，扩增至明年底的350万米': both monthly
        if denominator is None and not en and out and out[-1].denominator in TIME_RATES and out[-1].metric == metric \
                and (_LISTED_AFTER_ZH.fullmatch(low, out[-1].figure.q.end, q.start)
                     or _PART_AFTER_ZH.fullmatch(low, out[-1].figure.q.end, q.start)):
            # '设计年产能为中性笔1.5亿支、本册8,000万本': both a year; '日产能为360吨，其中真姬菇120吨': its part too.
            denominator = out[-1].denominator
        if denominator is None and en and out and out[-1].denominator in TIME_RATES and out[-1].figure.q.start >= s_start \
                and out[-1].metric == metric and out[-1].metric_text and re.search(
                    r"\b(?:monthly|weekly|daily|annual)\s(?:[a-z-]+\s)?" + re.escape(out[-1].metric_text.lower()), low[s_start:q.start]):
            denominator = out[-1].denominator  # 'monthly capacity … has risen to 850,000 … and will reach 1.3 million in Q3'
        if denominator is None and en and q.kind in ("amount", "number", "figure") and \
                _PERIOD_TOTAL_EN.match(low, q.end, min(c_end, next_start)):
            denominator = "period"  # 'sold 180 billion yen of bonds in the half': a total, not a monthly rate
        # The items written since the figure before (else that figure's, in one sentence):
        # '铁矿石指数报每吨105.6美元，较9月末下跌2.3%' -> iron ore for both figures.
        # ('made up 28.4% of e-bike output, 6.1 percentage points more': the figure before's whole is not this one's item.)
        prev_whole_at = low.find(out[-1].whole_text.lower(), prev_end, q.start) if en and out and out[-1].whole_text else -1
        prev_whole_end = prev_whole_at + len(out[-1].whole_text or "") if prev_whole_at >= 0 else -1
        own_items = [t for t in item_terms if max(prev_end, s_start) <= t.start < q.start
                     and not whole_at <= t.start < whole_end and not prev_whole_at <= t.start < prev_whole_end]
        if not en and len(own_items) >= 2:
            # ('浙江世寶H股較A股折讓約64%': what the figure's item is set against is not its item.)
            own_items = [t for t in own_items if not _COMPARED_ITEM_BEFORE_ZH.search(low, max(0, t.start - 3), t.start)] or own_items
        if en and own_items and out and (prev_after := _ITEM_AFTER_EN.match(low, prev_end)) is not None:
            # ('grew 138.2% in the Americas, 86.5% in Asia-Pacific': the item right after the figure before is its own.)
            own_items = [t for t in own_items if t.start != prev_after.end()]
        if en and low.endswith("the ", 0, q.start) and (of_item := _OF_ITEM_AFTER_EN.match(low, q.end, c_end + 1)) \
                and (named_after := [t for t in item_terms if t.start == of_item.end()]):
            # ('a margin of 28.4%, above the 20.6% of its domestic business': the item after is the figure's own.)
            own_items, whole, whole_text = named_after, None, None
        elif en and not own_items and (item_after := _ITEM_AFTER_EN.match(low, q.end, c_end + 1)):
            # '…126.5%, against 18.2% for the agent channel': the item named right after the figure.
            own_items = [t for t in item_terms if t.start == item_after.end()]
        if en and (counted := [t for t in item_terms if t.start in (q.end, q.end + 1) and " " in t.text]):
            own_items = counted  # 'sold 1,364 large buses and 2,087 medium buses': what each count is of
        elif en and low.endswith(("a ", "an "), 0, q.start) and (moved_in := _MOVE_IN_AFTER_EN.match(low, q.end)) and \
                (moved_item := [t for t in item_terms if t.start == moved_in.end()]):
            own_items = moved_item  # ('as lower iron ore prices offset a 21.4% rise in gold sales': the move's own item)
        carried_item = prev_item[1] if prev_item[0] == s_start else None
        if carried_item and any(w in text[max(prev_end, s_start):q.start] for w in _LISTINGS):
            carried_item = None  # '中芯国际A股收报128.60元，港股收报72.35港元': another listing
        elif carried_item and not en and _OWN_HEAD_SHARE_ZH.search(low, max(prev_end, s_start), q.start):
            carried_item = None  # ('智慧型手机占41%、笔电占23%、穿戴装置占19%': each share's head is its own)
        elif carried_item and not en and _SELF_REF_ZH.search(low, max(s_start, c_start - 1), q.start):
            carried_item = None  # '…年处理废旧电池10万吨的能力，届时公司年处理能力将达到45万吨': the company's whole
        elif carried_item and en and (any(max(prev_end, c_start) <= sj.start < q.start for sj in subjects)
                                      or _OWNER_NAMED_EN.search(text, max(prev_end, c_start), q.start)
                                      or _NEW_SOURCE_EN.search(low, max(prev_end, c_start), q.start)):
            carried_item = None  # ("Japanese visitors' share was 20.3%, while South Korea's share rose…": another's)
        elif carried_item and en and _NAMED_PART_EN.search(text, max(prev_end, s_start), q.start):
            carried_item = None  # ('with North America up 19.6% and Brazil up 11.2%': a part named of its own)
        elif carried_item and en and _RIVAL_AT_EN.search(low, max(prev_end, s_start), q.start):
            carried_item = None  # ('supermarkets … with 22.9%, ahead of sandwich and coffee chains at 17.4%': the rival's)
        elif carried_item and en and _OTHER_PART_EN.search(low, max(prev_end, s_start), q.start):
            carried_item = None  # ('restaurants grew 11.3%, faster than its home-centre business, which rose 3.6%')
        elif carried_item and en and _WORLDWIDE_EN.search(low, max(prev_end, s_start), q.start):
            carried_item = None  # ('…Asia-Pacific fell 1.6%, and new searches opened worldwide slipped 0.8%': no region's)
        elif carried_item and en and _THOSE_FOR_EN.search(low, max(prev_end, s_start), q.start):
            carried_item = None  # ('capacitors for new-energy vehicles grew 18.7%, while those for solar inverters rose 6.1%')
        elif carried_item and en and metric_sure and out and out[-1].metric != metric and \
                _NEW_CLAUSE_EN.search(low, prev_end, q.start):
            carried_item = None  # ('prices for clean coal are 80 yuan higher, and the sales target of 41.5 million tonnes')
        elif carried_item and en and _MOVE_OF_NAMED_EN.match(low, q.end):
            carried_item = None  # ('…and domestic investments NT$214 billion, while a 2.3% rise in the Taiwan dollar': its own)
        elif carried_item and en and _NEW_BARE_CLAUSE_EN.search(low, max(prev_end, s_start), q.start):
            carried_item = None  # ('… and investment trusts 905, while dealers sold 169': a part of its own)
        elif carried_item and en and out and out[-1].figure.q.kind == "percent" and \
                _WHOLE_AFTER_SHARE_EN.fullmatch(low, out[-1].figure.q.end, q.start):
            carried_item = None  # ('Overseas contracts made up about 40% of the 21.46 billion yuan of new contracts': the whole)
        item = ((_narrowest(frozenset().union(*(t.ids for t in own_items))), "、".join(dict.fromkeys(t.text for t in own_items)))
                if own_items else carried_item)
        prev_item = (s_start, item)
        item_sure = item is not None and (not RESPECTIVELY.search(text, s_start, s_end) or (
            # ('机载设备收入4.25亿元，航空维修收入2.93亿元，…，同比分别增长9.6%、8.1%…': a level's own item in its
            # clause, the 分别 list coming after it.)
            not en and bool(own_items) and c_start <= own_items[0].start and RESPECTIVELY.search(text, s_start, q.start) is None))
        if "period" in pair and not is_compared:
            period, period_text = pair["period"]  # '预计11月和12月…分别回落至4%和3%左右'
        elif "year" in pair and period and (period[:1] in "QHM" or period[0].isdigit()) and period_text and \
                low.rfind(period_text.lower(), 0, q.start) < low.rfind(pair["year"][-4:], 0, q.start):
            period, period_text = None, None  # ('下半年将迎来…，预计公司2035年、2036年归母净利润分别为…': the years', not the half's)
        if "item" in pair:
            item, item_sure = pair["item"], True  # 'Corporate, commercial and SME, and consumer loans grew X, Y and Z, respectively'
        if whole is None and en and q.kind == "percent" and metric and term is not None and _OF_THE_TOTAL.match(low, q.end) \
                and (item is not None or _QUALIFIED.search(low, max(s_start, term.start - 24), term.start)
                     or _PARTS_TOGETHER.search(low, max(s_start, q.start - 30), q.start)):
            # 'micro loans, 43.1% of the total, grew…': a share of the total of the figure's own metric,
            # of which it is a part (not 'exports of 41,800, about 40% of the total': of all sales).
            whole, whole_text = (metric, None, False, None), f"the total {metric_text}"
        elif whole is None and en and q.kind == "percent" and out and out[-1].metric and out[-1].metric_sure and \
                out[-1].figure.q.kind != "percent" and OF_WHICH_EN.fullmatch(low, out[-1].figure.q.end, q.start):
            # 'combined ordinary profit came to 610.5 billion yen, of which TEPCO accounted for about 39.6%':
            # a share of the figure just named.
            whole, whole_text = (out[-1].metric, out[-1].item, False, out[-1].period), out[-1].metric_text
        elif whole is None and not en and q.kind == "percent" and metric and \
                (part := _PART_OF_TOTAL_ZH.search(low, max(s_start, q.start - 24), q.start)) is not None and \
                _TOTAL_BEFORE_ZH.search(low, s_start, part.start()):
            # '四家前三季度营业收入合计1,562.13亿元，其中新奥股份占比约65.4%', '三家合计140.94亿元，富邦媒占约77.9%':
            # a share of the total just named.
            whole, whole_text = (metric, None, True, period), metric_text
            if (part_name := _PART_NAME_ZH.match(low, part.start(), q.start)) is not None and \
                    not items().find(part_name.group("name")) and (subject is None or subject.start < part.start()):
                # ('…四家公司前三季度营收合计36.16亿元，其中奥飞占比约59.8%': the share is 奥飞's, a name the
                # gazetteer may lack.)
                name = text[part_name.start("name"):part_name.end("name")]
                subject, subject_sure = Subject(name, next((e.id for e in lookup(name)), None),
                                                part_name.start("name"), part_name.end("name")), True
        if en and subject_sure and subject is not None and subject.start < c_start and \
                _ITS_BEFORE_EN.search(low, c_start, q.start) and \
                (len({subject_key(s) for s in subjects if s_start <= s.start < q.start}) >= 2
                 or any(b.figure.q.start >= s_start and (b.subject is None or subject_key(b.subject) != subject_key(subject))
                        for b in out)):
            # ('The Shenwan expressway index rose 1.36% against 0.42% for the CSI 300, and its 18.7% gain':
            # 'its' may be any subject the sentence named, not the last one only.)
            subject_sure = False
        items_in_sentence = [t for t in item_terms if s_start <= t.start < q.start]
        items_before = (_narrowest(frozenset().union(*(t.ids for t in items_in_sentence))) if items_in_sentence
                        else frozenset())
        out.append(Binding(fig, subject, subject_sure, metric, metric_text, metric_sure, base, denominator,
                           period, period_text, is_compared,
                           # ('财务总监萨雅楠介绍，…；公司今年资本开支约42亿元': 介绍 speaks to the full stop.)
                           _speaker(speakers, q, s_start if en else full_start, s_end, en, text, full_start),
                           item[0] if item else None, item[1] if item else None, item_sure, items_before, whole,
                           whole_text, pair.get("year") or _figure_year(low, q, years, s_start, c_start,
                                                                          min(c_end, next_start), en, is_compared)))
        if len(out) > 1 and out[-2].figure.q.kind == q.kind and RANGE_JOIN.fullmatch(low, out[-2].figure.q.end, q.start) and \
                out[-1].subject_sure and not out[-2].subject_sure and \
                (out[-2].subject is None or out[-1].subject is None or subject_key(out[-2].subject) == subject_key(out[-1].subject)):
            # ('from 3% to 5% previously': a range's second end is no surer of its owner than its first.)
            out[-1] = replace(out[-1], subject=out[-2].subject, subject_sure=False)
        if len(out) > 1 and period is not None and period_text and out[-2].figure.q.kind == q.kind and \
                out[-2].period != period and RANGE_JOIN.fullmatch(low, out[-2].figure.q.end, q.start) and \
                low.find(period_text.lower(), q.end, s_end) >= 0:
            # ('could fall another 20% to 30% in the second half': a range's two ends are of the period after it.)
            out[-2] = replace(out[-2], period=period, period_text=period_text)
        prev_end = q.end
    return _restated(low, _moves_after_compared(low, _production_and_sales(low, _share_bases(low, _share_across_ranges(low, out)))))


# ('a 2027 cash dividend of 8% of par, or 800 dong a share': the same thing in another measure.)
_RESTATED_GAP = re.compile(r"(?:\s[a-z]+){0,3},?\s(?:or|i\.e\.,?|equal to|equivalent to)\s(?:about\s|around\s)?|[，,]\s?即\s?")


def _restated(low: str, out: list[Binding]) -> list[Binding]:
    """A figure that restates the one before it in another measure has its year and period."""
    for i in range(1, len(out)):
        b, before = out[i], out[i - 1]
        if b.year is None and before.year is not None and \
                _RESTATED_GAP.fullmatch(low, before.figure.q.end, b.figure.q.start):
            out[i] = replace(b, year=before.year, period=before.period, period_text=before.period_text)
    return out


# '较上年同期的约31.8%下降约3.5个百分点': the move right after a compared level is on that level's base.
_MOVE_RIGHT_AFTER_ZH = re.compile(rf"\s?(?:{_UP_ZH}|{_DOWN_ZH})(?:了)?\s?(?:约|近|逾)?\s?$")


def _moves_after_compared(low: str, out: list[Binding]) -> list[Binding]:
    """A Chinese move written right after a level compared with gets that level's base."""
    for i in range(1, len(out)):
        level, move = out[i - 1], out[i]
        if level.compared and level.base and move.base is None and not move.compared and \
                _MOVE_RIGHT_AFTER_ZH.fullmatch(low, level.figure.q.end, move.figure.q.start):
            out[i] = replace(move, base=level.base)
    return out


# '10月全国摩托车产销分别为172.6万辆和170.9万辆': output, then sales, one figure each.
_PRODUCTION_AND_SALES_ZH = re.compile(r"(?:产销量?|产量和销量|产量与销量)(?:分别|分別)(?:为|是|完成|达到|达)?\s?(?:约)?$")
_PAIR_JOIN_ZH = re.compile(r"[^\d，,。；;]{0,3}(?:和|及|与|、)\s?(?:约)?")


def _production_and_sales(low: str, out: list[Binding]) -> list[Binding]:
    for i in range(len(out) - 1):
        first, second = out[i].figure.q, out[i + 1].figure.q
        if _PRODUCTION_AND_SALES_ZH.search(low, max(0, first.start - 14), first.start) and \
                _PAIR_JOIN_ZH.fullmatch(low, first.end, second.start):
            out[i] = replace(out[i], metric=frozenset({"output"}), metric_text="产量", metric_sure=True)
            out[i + 1] = replace(out[i + 1], metric=frozenset({"volume"}), metric_text="销量", metric_sure=True)
    return out


OF_WHICH_EN = re.compile(r",?\s(?:of which|of that|of this)\s[^,;.]{1,40}?\s(?:accounted for|made up|contributed|took)"
                          r"\s(?:about\s|around\s|nearly\s|some\s|roughly\s)?")
# ('…of cathode copper, while its own mines yielded 158,000 tonnes': another source of the figure than the item before.)
_NEW_SOURCE_EN = re.compile(r"\b(?:while|whereas|and)\s(?:its|their)\s(?:own\s)?[a-z-]+s?\s(?:yielded|produced|supplied|contributed|made|brought|generated)\b")
_OWNER_NAMED_EN = re.compile(r"\b[A-Z][A-Za-z.&-]*(?:\s[A-Z][A-Za-z.&-]*)*(?:'s|’s)\s")
_ROUTE_BEFORE = re.compile(r"(?:\btrans-?[a-z]+|\bintra-[a-z]+|\b[a-z]+-[a-z]+(?:\s[a-z]+)?|\bpacific|\batlantic|\broute)\s$")
# A level moved to another: 'from 1.2 million to 3.5 million', '由120万米扩增至明年底的350万米'.
# ('…提升至12万片，2028年再扩至20万片': a year between them is no other figure.)
_MOVED_TO = re.compile(r"(?:[^;。；!?\d]|\d{4}年){0,16}(?:至|到|\bto)\s?[^,;。；!?\d]{0,8}")
_OFFICER_OPENS_ZH = re.compile(r"\s?(?:公司)?(?:董事长|副董事长|总经理|副总经理|总裁|副总裁|首席执行官|执行长|首席财务官|财务长|财务总监|"
                               r"董事会秘书|董秘|发言人|财务副总|营运长|首席运营官)")
_OFFICER_OPENS_EN = re.compile(r"\s*(?P<title>(?i:Chief (?:Financial|Finance|Executive|Operating) Officer|Managing Director|"
                               r"Finance Director|Vice President|General Director)|CFO|CEO|COO|President|Chairman|Chairwoman)\s[A-Z]")
_FINANCE_TITLE = re.compile(r"(?i:chief financ|finance director)|CFO")  # (of _OFFICER_OPENS_EN's title)
_PUBLIC_BODIES = frozenset({"central_bank", "regulator", "institution", "exchange"})
_AMOUNT_OF = re.compile(r"\s(?:worth\s)?of\s(?:[a-z-]+\s){0,2}")
_SHARE_OF = re.compile(r"\sof\s(?:[a-z.-]+(?:'s|’s|'|’)?\s){0,3}")  # ("of Sims' statutory profit")
_ITS_BEFORE_EN = re.compile(r"\b(?:its|their)\s(?:[a-z-]+\s){0,2}$")
_OR_SHARE_BEFORE_EN = re.compile(r"(?:\s(?:in|for|during)\s[^,;\d]{1,30})?,\s(?:or|about|equal to|equivalent to)\s(?:about\s|around\s|some\s)?")
# 'exports rose 7.9% by volume': the measure named after the figure narrows the metric.
_MEASURED_BY_AFTER = re.compile(r"\s(?:by|in)\s(volume|value)(?:\sterms)?\b")
_BY_MEASURE = {("exports", "volume"): "export_volume", ("exports", "value"): "export_value",
               ("imports", "volume"): "import_volume", ("imports", "value"): "import_value",
               ("retail_sales", "volume"): "retail_sales_volume", ("retail_sales", "value"): "retail_sales_value"}
_MEASURED_METRICS = frozenset(m for m, _ in _BY_MEASURE)
# 'up from 79.6 percent three months earlier': that many months back from the sentence's month.
_MONTHS_EARLIER_AFTER = re.compile(r"(?:\s[a-z]+)?\s(two|three|six|nine|2|3|6|9) months (?:earlier|before|ago)\b")
_MONTH_COUNTS = {"two": 2, "three": 3, "six": 6, "nine": 9}


def _months_back(period: str | None, count: str) -> str | None:
    """The month ``count`` months before a month key ('M9', 'three' -> 'M6'); None for other periods."""
    if not period or not re.fullmatch(r"M\d{1,2}", period):
        return None
    k = _MONTH_COUNTS.get(count) or int(count)
    return f"M{(int(period[1:]) - k - 1) % 12 + 1}"


# What stands between a compared level and the period written with it: 'a loss of 142.3 crore rupees in
# April-June' (a period named by its months), 'from 382 crore at the end of March'.
_IN_MONTHS_AFTER = re.compile(r"(?:\s(?:crore|lakh|million|billion|trillion))?(?:\s(?:rupees|yuan|yen|won|dollars|baht|ringgit|dong))?"
                              r"\s(?:in|for)\s(?:the\s)?")
_MONTH_NAMED = re.compile(rf"\b{MONTH_EN}", re.IGNORECASE)
_AT_MONTH_END_AFTER = re.compile(r"(?:\s(?:crore|lakh|million|billion|trillion|[a-z]{1,6}))?\s(?:at the end of|at end-|as of|as at)\s(?:the\s)?")
# 'won 2,250 of the 5,000 wagons': the whole a count is part of.
_PART_OF_FIGURE_EN = re.compile(r"\s(?:out\s)?of\s(?:the\s|its\s|their\s|all\s)?(?:total\s|combined\s)?")
# 'above the 20.6% of its domestic business': the item after 'the N% of'.
_OF_ITEM_AFTER_EN = re.compile(r"\s(?:of|at|for)\s(?:the\s|its\s|their\s)?")
# ('against 3.1% growth on domestic routes': a change's noun may stand between.)
# ('rose 18.3% month on month on the main board': a base may stand between.)
_ITEM_AFTER_EN = re.compile(r"\s(?:(?:year|month|quarter)[- ]on[- ](?:year|month|quarter)\s|on[- ](?:year|month|quarter)\s)?"
                            r"(?:(?:growth|rise|increase|gain|decline|fall|drop)\s)?(?:for|in|from|at|on)\s(?:the\s|its\s|their\s)?")
# Not "for": "the budget for the Dogger North projects". 'lots of Cathay', 'shares of TSMC': the
# company whose shares are counted.
# ('against a 0.5% rise in the broader Topix': a move and then whose.)
_AT_OWNER = re.compile(r"^\s(?:at|(?:lots|shares|units|contracts|worth)\sof|(?:rise|fall|gain|drop|decline|increase|decrease|"
                       r"jump|slide|advance|retreat)\s(?:in|for|by))\s(?:the\s)?(?:broader\s|wider\s|benchmark\s|main\s)?$")


_SHARE_OF_EN = re.compile(r"\s(?:of|in)\s(?:the\s)?")
# '2.6 million tonnes (of ore) to South Korea': where a figure goes, written right after it.
_TO_PLACE = re.compile(r"^\s(?:of\s(?:[a-z-]+\s){1,3})?(?:were\s|went\s|going\s)?to\s(?:the\s)?$")


def _owner_after(text: str, subjects: list[Subject], q, limit: int) -> Subject | None:
    """An English figure's subject written right after it ('NT$85.39 billion at Novatek, down 4.3%';
    'a 58-yuan target price for Tianqi Lithium'; 'held 15.6 million Sunlord shares')."""
    for s in subjects:
        if q.end <= s.start < limit:
            between = text[q.end:s.start]
            return s if _AT_OWNER.match(between) or _TARGET_FOR.match(between) or \
                (_FOR_OWNER.fullmatch(between) and (_TARGET_LEVEL.search(text, max(0, q.start - 40), q.start)
                                                    or _SET_AGAINST_BEFORE.search(text, max(0, q.start - 16), q.start))) or \
                (is_place_subject(s) and _TO_PLACE.match(between)) or \
                (between == " " and _SHARES_NAMED_AFTER.match(text, s.end) is not None) or \
                (_OF_BETWEEN.fullmatch(between) and (_SHARES_NAMED_AFTER.match(text, s.end)
                                                     or _NET_FLOW_BEFORE.search(text, max(0, q.start - 40), q.start))) else None
    return None


# ('HUB24 shares have risen 38.5%, against 12.7% for Netwealth': a figure set against another, then its owner.)
_SET_AGAINST_BEFORE = re.compile(r"\b(?:against|versus|compared with)\s(?:about\s|around\s)?$")
# 'bought a net 41.2 billion won of GS E&C shares', 'net sellers of 86 billion dong of Dat Xanh': the
# company whose stock the money went into or out of.
_OF_BETWEEN = re.compile(r"\s(?:(?:lots|shares|board lots|units)\s)?of\s(?:the\s)?")  # ("net sellers of 935 lots of E&R")
_SHARES_NAMED_AFTER = re.compile(r"(?:'s|’s)?\s(?:shares|stock|stocks)\b")
_NET_FLOW_BEFORE = re.compile(r"\bnet\s(?:buyers?|sellers?|bought|sold|purchases?|sales|inflows?|outflows?)(?:\sof)?\s"
                              r"(?:about\s|around\s|some\s)?[$¥€£₹]?$|\b(?:bought|sold)\sa\snet\s(?:about\s)?[$¥€£₹]?$")


def _target_owner(text: str, subjects: list[Subject], q, since: int) -> Subject | None:
    """The company whose price target an English figure is, written before it: 'raised her Mount
    Gibson target to 46 cents', 'raised his target on Reliance to ₹1,720'."""
    if "target" not in text[since:q.start].lower():
        return None
    for s in reversed([s for s in subjects if since <= s.start and s.end <= q.start]):
        between = text[s.end:q.start]
        if _TARGET_AFTER_NAME.match(between) or _TARGET_BEFORE_NAME.search(text, max(since, s.start - 24), s.start) \
                and _TO_LEVEL.match(between):
            return s
    # A lone name the subjects set aside ('her iFAST target', 'her target on Reliance').
    m = _NAMED_TARGET.search(text, since, q.start)
    if m and m.end() == q.start:
        name = m.group("a") or m.group("b")
        start = m.start("a") if m.group("a") else m.start("b")
        return Subject(name, None, start, start + len(name))
    return None


_NAMED_TARGET = re.compile(r"(?:\b(?P<a>[A-Za-z][\w&-]*[A-Z][\w&.-]*|[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)*)(?:'s|’s)?\s"
                           r"(?:share\s|stock\s)?(?:price\s)?target(?:\sprice)?|\btarget(?:\sprice)?\s(?:on|for)\s(?:the\s)?"
                           r"(?P<b>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)*)(?:'s|’s)?(?:\s(?:shares|stock))?)\s(?:to|at|of)\s(?:about\s)?")


_TARGET_AFTER_NAME = re.compile(r"^\.?(?:'s|’s)?\s(?:share\s|stock\s)?(?:price\s)?target(?:\sprice)?\s(?:to|at|of)\s(?:about\s)?$",
                                re.IGNORECASE)
_TARGET_BEFORE_NAME = re.compile(r"\b(?:target|target price|price target)\s(?:on|for)\s(?:the\s)?$", re.IGNORECASE)
_TO_LEVEL = re.compile(r"^(?:'s|’s)?(?:\s(?:shares|stock|a shares|h shares))?\s(?:to|at|of)\s(?:about\s)?$", re.IGNORECASE)


# 'raised her Wantai target price to 85 yuan from 72 yuan': the level moved from is the same one's.
# ('stood at 2,640 crore rupees at the end of September, up from 2,180 crore': when, then the level before.)
_TO_THEN_FROM = re.compile(r"(?:\s(?:at|in|as of|by|for)\s[^,;\d]{1,30}?(?:\s20\d\d)?)?,?\s(?:up\s|down\s)?from\s(?:about\s)?(?:[$¥€£₹₩]|hk\$|nt\$|us\$|s\$|a\$|rm|rs\.?\s?)?")
_THEN_ABOUT = re.compile(r",\s(?:about\s|roughly\s|some\s|nearly\s|around\s)?")
# How far a level is above or below another: 'about 17% above the close' (also read by verify.differences).
PREMIUM_WORDS = "above|below|upside|downside|premium|discount|higher than|lower than|short of"
_PREMIUM_AFTER = re.compile(rf"\s(?:{PREMIUM_WORDS})\b")
# A target's level written right after it: 'a target of 92,000 won', 'raised her target price to 85 yuan'.
_TARGET_LEVEL = re.compile(r"\b(?:target(?:\sprice)?|price\starget|fair\svalue)\s(?:[a-z]+\s){0,3}?(?:to|of|at)\s(?:about\s)?"
                           r"(?:[a-z]{1,3}\$|\$|¥|€|£|₹|₩|rm|rs\.?)?\s?$", re.IGNORECASE)
# 'set a target of 92,000 won for JYP': the company a target is for, named after the figure.
_FOR_OWNER = re.compile(r"\s(?:for|on)\s(?:the\s)?")
_TARGET_FOR = re.compile(r"^\s(?:[a-z-]+\s){0,2}?(?:target price|price target|target|fair value|value|valuation|forecast|estimate|"
                         r"projection)\s(?:for|on)\s(?:the\s)?$", re.IGNORECASE)


# The whole a share is of: '占总营收的比重升至30.2%', '占出口比重达33.1%'; '30.2% of its overseas revenue',
# 'took 33.1% of Taiwan's total trade'.
# ('占复合肥总销量的比重由上年同期的33.5%…': the share's earlier level, 由…的, is no part of its whole.)
# ('占据国内科研级市场约71%的份额': 占据 is 占, to occupy; the whole starts after it.)
# ('占漆包线总销量28.6万吨的约22.4%': the whole's own amount may stand before 的.)
_WHOLE_ZH = re.compile(r"(?<!市)占(?:据|據)?(?!有率)(?P<whole>(?:[^，,。；;\d占]|\d{1,2}月){1,16}?)"
                       r"(?:\d[\d.,]*\s?(?:万|亿|萬|億|千)?(?:吨|噸|台|辆|輛|件|套|户|戶|人|元|美元|港元)?(?=的))?(?:的)?(?:比重|比例|份额|比率|之比)?"
                       r"(?:已|则|进一步)?(?:由(?:上年同期|去年同期|上年|去年|年初|上季|上月|上半年)的?)?"
                       r"(?:升至|降至|升到|降到|提升至|下降至|达到?|为|约为?|近|接近|超过|逾|约)*\s?$")
# A share said again more exactly right after itself: '…超过四成，达到41.8%'.
# ('…的比重由上年同期的33.5%提升至38.2%': the share moved to is of the same whole.)
_RESTATED_ZH = re.compile(r"\s?(?:[,，]\s?(?:达到?|为|至|升至|提升至|增至|即)|(?:提升|提高|上升|升|增加|增|下降|降低|降|回落|减少|"
                          r"扩大|缩小|收窄)(?:至|到))\s?约?\s?")
# A word that narrows the metric after it ('(e&e) exports', 'overseas revenue'), not one that leads into it.
_QUALIFIED = re.compile(r"(?<![\w&'’])(?!(?:with|and|of|the|its|their|as|while|but|for|in|on|at|from|to|by|whose|which)\s)"
                        r"[a-z&()\-]+\s$")
# ('…7.88 trillion rupiah of net profit respectively, together 84.5 percent of the total': parts summed.)
_PARTS_TOGETHER = re.compile(rf"\b(?:{SUMMED_WORDS})\b[^.;\d]{{0,12}}$")
_OF_THE_TOTAL = re.compile(r"\s(?:of|in)\s(?:the\s)?(?:total|whole)\b(?!\s[a-z])")
_SHARE_RATIO_ZH = re.compile(r"(?:占比|比重)(?:可望|预计|将|有望|已|则|进一步)?(?:升至|降至|提升至|下降至|达到?|为|约为?|近|接近|超过|逾|约)*\s?$")
# '现金分红比例不低于当年归母净利润的75%': a ratio of a named metric.
_WHOLE_OF_ZH = re.compile(r"(?:比例|比率|比重|占比|分红率|派息率)(?:不低于|不少于|不高于|不超过|超过|达到?|约为?|为|是)?"
                          r"(?:当年|当期|全年|年度|同期)?(?P<whole>[^，,。；;\d的]{2,12}?)的\s?约?$")
# '覆盖公司居民气量的76%': what a share covers or equals.
_WHOLE_COVERED_ZH = re.compile(r"(?:覆盖|涵盖|相当于)(?P<whole>[^，,。；;\d的]{2,12}?)的\s?约?$")
# '在全球开放式耳机市场的份额约为31%': the market a market share is of.
_MARKET_SHARE_IN_ZH = re.compile(r"在(?P<whole>[^，,。；;\d在]{1,16}?(?:市场|市場))(?:中)?的?(?:合计|合計)?(?:市场|市場)?"
                                 r"(?:份额|份額|占有率|佔有率|市占率|市佔率)(?:已|则|則)?(?:约为?|約為?|为|為|达到?|達到?|升至|提升至|降至|近|超过|超過)*\s?$")
# "the group's revenue": the company's own whole, said as itself.
# A common noun's possessive right before a figure names another owner than the sentence's subject
# ('the banking system's 10.2%', 'the industry's average of 5%'); the subject's own body does not.
_OTHER_OWNER_EN = re.compile(r"\bthe\s(?:[a-z-]+\s){0,2}(?!(?:company|group|bank|firm|lender|insurer|carrier|airline|"
                             r"developer|brokerage|operator|maker|producer|miner|retailer|unit|subsidiary|business|"
                             r"chipmaker|automaker|conglomerate|utility)(?:'s|’s))[a-z-]+(?:'s|’s)\s"
                             r"(?:[a-z-]+\s){0,3}(?:of\s)?(?:about\s|some\s)?$")
_OWN_BODY = r"(?:the\s)?(?:group|company|bank|firm|lender|insurer)(?:'s|’s)\s"
# Whose a share is, named after it: '…700 million yuan…, about 70% of it from Zhejiang Rongtai'.
_SHARE_FROM_EN = re.compile(r"\sof\s(?:it|them|that|this|the\stotal)\s(?:came\s)?from\s")
# A level's change right after it: 'and Spain 15.9 bcm, up 0.9%'.
_LEVEL_THEN_ITS_CHANGE_EN = re.compile(r"(?:\s[a-z]{1,8}){0,2},\s(?:up|down)\s(?:by\s)?(?:about\s|some\s|nearly\s)?")
# A name that ranks itself by its figure: '，赛格瑞以12.1%居次'.
_RANKED_BY_ZH = re.compile(rf"[，,；;、]\s?([{HAN_CLASS}]{{2,6}})以(?:约)?\s?$")
_WHOLE_EN = re.compile(r"\s(?:of|in)\s(?P<whole>(?:(?:[A-Z][\w&.\-]*(?:\s(?:[A-Z][\w&.\-]*|&))*(?:\s[a-z]+)?|(?:the\s)?[a-z]+(?:\s[a-z]+){0,3})"
                       r"(?:'s|’s|(?<=s)'|(?<=s)’)\s)?"
                       r"(?:the\s|its\s|their\s|all\s)?(?:" + _OWN_BODY + r")?(?:(?:combined\s|total\s)?[A-Z][A-Z&]{1,5}\s|(?<=['’]s\s)[A-Z][a-z]{2,}\s(?=[a-z]))?(?:combined\s|total\s)?(?:20\d\d\s)?"
                       r"(?:(?<=['’]s\s)(?:" + "|".join(MONTH_NAMES) + r")\s)?[a-z][a-z\- ]{1,40}?(?:(?<=\s)[A-Z]{2,8}\b(?:\s[a-z][a-z\-]{1,20}){0,2})?"
                       r"(?:(?:" + "|".join(MONTH_NAMES) + r")\s[a-z][a-z\- ]{1,30}?)?)(?=[,.;]|\s(?:in|by|from|during|for|"
                       # ('of its automotive and electronics adhesives revenue': an 'and' inside the whole's name)
                       r"last|this|as|and(?!\s[a-z][a-z-]*\s(?:[a-z-]+\s){0,2}(?:revenue|sales|income|profit|shipments|output)\b)|"
                       r"according|at|on|over|since|through)\b|$)")
_WHOLE_BEFORE_EN = re.compile(r"\bshare of (?P<whole>(?:the\s)?[\w$'’\- ]{3,50}?)\s(?:(?:has|had|have|also|then|further|slightly|sharply|steadily)\s)?(?:rose|fell|climbed|dropped|"
                              r"slipped|edged\s(?:up|down)|increased|decreased|declined|grew|shrank|was|stood|reached|hit|"
                              r"came)(?:\s(?:in\s)?(?:at|to))?\s(?:about\s|around\s|some\s|roughly\s|nearly\s)?$", re.IGNORECASE)
_WHOLE_CAPITALISED_EN = re.compile(r"\s(?:of|in)\s(?P<whole>[A-Z][A-Za-z]+)\b(?!\s[A-Z])")
_TOTAL = re.compile(r"总|全部|全体|整体|\btotal\b|\boverall\b|\ball\b|\bentire\b|\bgroup\b")


def _whole(text: str, low: str, q, since: int, c_end: int, en: bool, clause_start: int | None = None) -> tuple[tuple | None, str | None]:
    """What a percentage is a share of, when the text says so right by the figure."""
    if en:
        m = _WHOLE_EN.match(text, q.end, c_end + 1 if c_end < len(text) else len(text))
        if not m:
            # ('9% to 10% of Ebitda next year': a metric written as a capitalised word.)
            m = _WHOLE_CAPITALISED_EN.match(text, q.end)
            if not m or not metrics().find(m.group("whole").lower()):
                # ("Tinder's share of US dating-app revenue edged down to 46%": the whole written before.)
                m = _WHOLE_BEFORE_EN.search(text, max(since, q.start - 90), q.start)
                if not m:
                    return None, None
        phrase = m.group("whole")
        if m.group(0).startswith(" in ") and any(t.kind in PERIOD_KINDS for t in find_temporals(phrase)[0]):
            return None, None  # ('rose to 63.5% in the first nine months': when, not what of)
    else:
        m = _WHOLE_ZH.search(low, max(since, q.start - 24), q.start) or \
            (_WHOLE_ZH.search(low, max(clause_start, q.start - 36), q.start) if clause_start is not None and clause_start < since else None) or \
            _WHOLE_OF_ZH.search(low, max(since, q.start - 32), q.start) or \
            _WHOLE_COVERED_ZH.search(low, max(since, q.start - 24), q.start) or \
            _MARKET_SHARE_IN_ZH.search(low, max(since, q.start - 32), q.start)
        term = None
        if m is None or not metrics().find(m.group("whole")):
            # '非显示器业务营收占比可望达到45%': a share of the metric named right before 占比 (of
            # the whole of it: the part's own words are not the whole's).
            ratio = _SHARE_RATIO_ZH.search(low, max(since, q.start - 20), q.start)
            head = max(since, ratio.start() - 8) if ratio else 0
            term = next((t for t in reversed(metrics().find(low[head:ratio.start()]))
                         if ratio.start() - head == t.end), None) if ratio and "占" not in low[since:ratio.start()] else None
        if term is not None:
            phrase = term.text
        elif m:
            phrase = m.group("whole")
        else:
            return None, None
    phrase = _OWN_WHOLE.sub("", phrase)
    folded = phrase.lower()
    metric_ids = frozenset().union(*(t.ids for t in metrics().find(folded))) or None
    if metric_ids is None:
        # ('of all October motorcycle registrations', '占订单总额的'): a whole the glossary cannot
        # name is kept as words, for the words of the claim's whole to be read against; not '40% of them'.
        # (Not its period's words: 'of first-half volumes' is of volumes.)
        phrase = _PERIOD_ADJECTIVE_EN.sub("", phrase) if en else phrase
        named = [w for w in _NAMED_WHOLE.findall(phrase) if w.lower() not in _UNNAMED_WHOLE_WORDS]
        return None, (phrase.strip() if named else None)
    # (Whose the whole is names no item of it: "the banking system's total loans".)
    owner = _WHOLE_OWNER_EN.match(folded) if en else None
    item_ids = _narrowest(frozenset().union(*(t.ids for t in items().find(folded[owner.end() if owner else 0:])))) or None
    # ('占全年营收比重约两成五' against 'of TSMC's fourth-quarter revenue': the whole's own period.)
    periods = [t.key for t in find_temporals(phrase)[0] if t.kind in PERIOD_KINDS] \
        if _PERIOD_HINT.search(folded) else []
    period = periods[-1] if periods else ("12M" if FULL_YEAR.search(folded) else None)
    # ("of Match Group's revenue": a name's 'Group' says nothing of the whole being the total.)
    return (metric_ids, item_ids, bool(_TOTAL.search(folded, owner.end() if owner else 0)), period), phrase.strip()


_PERIOD_ADJECTIVE_EN = re.compile(r"^(?:the\s|its\s|their\s)?(?:(?:first|second|third|fourth|full|nine|six|three)[- ](?:half|quarter|year|month)s?|quarterly|annual|monthly|half-year|half-yearly)\s",
                                  re.IGNORECASE)
_NAMED_WHOLE = re.compile(rf"[a-z]{{4,}}|[{HAN_CLASS}]{{2,}}", re.IGNORECASE)
# Words that name no whole of their own ('its total', 'them', 'its target').
_UNNAMED_WHOLE_WORDS = frozenset({"total", "them", "this", "that", "these", "those", "their", "whole", "target", "amount",
                                  "figure", "level", "overall", "entire", "combined"})
_PERIOD_HINT = re.compile(r"\d|[季月]|quarter|half|month|year")
_WHOLE_OWNER_EN = re.compile(r"(?:the\s)?[^'’]{1,40}?(?:'s|’s|(?<=s)'|(?<=s)’)\s")
_OWN_WHOLE = re.compile("^" + _OWN_BODY)


def wholes_conflict(claim: tuple, source: tuple) -> bool:
    """Whether two shares' wholes are surely different: other metrics ('of exports' against 占进出口),
    a part against the total ('of overseas revenue' against 占总营收), or a broader whole than the
    source's ('of total trade' against 占出口)."""
    g = metrics()
    (c_metric, c_items, c_total, c_period), (s_metric, s_items, s_total, s_period) = claim, source
    if not g.related(c_metric, s_metric):
        return True  # ('of the export tax' against 'of the reference price': wholes of any two kinds differ)
    if c_period and s_period and c_period != s_period:
        return True
    if any(y in g.ancestors(x) for x in s_metric for y in c_metric if x != y) and c_total:
        return True  # 'total trade' is broader than 出口
    if c_items and not s_items and s_total:
        return True  # 'of overseas revenue' against 占总营收
    if s_items and not c_items and c_total:
        return True
    return bool(c_items and s_items and items_conflict(c_items, frozenset(), s_items))


def items_conflict(claim_item: frozenset[str], claim_items_before: frozenset[str], source: frozenset[str]) -> bool:
    """Whether a claim figure's items surely differ from a source figure's: none of them (or of the
    items its sentence names before it: 'A's sales rose 5% and B's 3%') is the source's or broader or
    narrower, or its own item is one kind's other member ('local government' where the source's
    figure is 中央 central government's, whatever else both name)."""
    g = items()
    coded = [any(i.startswith("code:") for i in ids) for ids in (claim_item, source)]
    if coded[0] != coded[1]:
        # A product's code against a glossary item ('R32' against 制冷剂) says nothing; the glossary
        # items beside a code still do ('styrene-butadiene rubber' against 标准胶（TSR20）).
        claim_item, source = (frozenset(i for i in ids if not i.startswith("code:")) for ids in (claim_item, source))
        claim_items_before = frozenset(i for i in claim_items_before if not i.startswith("code:"))
        if not claim_item or not source:
            return False
    if item_dimension(claim_items_before | claim_item) != item_dimension(source):
        return False  # a market against a product: two ways of cutting a business, no contradiction
    if not g.related(claim_items_before | claim_item, source):
        return True
    return any(g.rivals(frozenset({x}), source) for x in claim_item)


def item_dimension(ids: frozenset[str]) -> str:
    """How items cut a business (data/items.tsv): by market, by holder (外资 investors, 民营 or 国有
    ownership), else by product or segment."""
    for dimension in ("market", "holders"):
        if ids and all(dimension in items().ancestors(i) or i == dimension for i in ids):
            return dimension
    return "product"


_PRODUCT_CODE = re.compile(r"(?<![a-z0-9.$-])[a-z]{1,3}-?\d{2,4}[a-z]{0,2}(?![a-z0-9.%-])")
_SPEED_CODE = re.compile(r"(?<![a-z0-9.$-])(?:\d{3,4}g|\d\.\dt)(?![a-z0-9%-])")
# Periods, fiscal years, sizes and the like written as a letter and digits: no product.
_NOT_A_CODE = re.compile(r"(?:fy|cy|h|q|m|y|v|p|t|mw|gw|kw|mm|cm|km|kg|gb|tb|nm|rs|us|hk|nt|rm|s|top|no)-?\d|covid|[a-z]+-?(?:19|20)\d\d$")


# ('the three stationery companies' combined net profit': what the companies make says who they are, not
# which part of their business a figure is of.)
_KIND_OF_COMPANY_AFTER = re.compile(r"\s(?:companies|firms|groups|stocks|players|peers|chains)\b")
# ('MDF makers' inventories rose by six days': makers of a product, uncounted, are its industry; 'the
# three MDF makers' are companies.)
_MAKERS_AFTER = re.compile(r"\s(?:makers|producers)\b")
_COUNTED_BEFORE_ITEM = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|both|all|other|listed|major|leading|big)\s(?:[a-z-]+\s)?$")


_PART_AFTER_ZH = re.compile(r"\s?[，,]\s?其中[^，。；,;\d]{0,8}")
_LISTED_AFTER_ZH = re.compile(r"[^，。；,;\d]{0,4}、[^，。；,;\d]{0,8}")
_SAME_PERIOD_AFTER_EN = re.compile(r"\s(?:points?\s|percentage points?\s|percent\s)?(?:over|in|during)\sthe\ssame\s(?:period|time)\b")


# ('…威海广泰…。中国民航大学经济与管理学院教授谯旻犀则提醒，明年地方机场投资增速可能放缓至5%左右': a scholar
# or a trade body's officer opening a sentence of their own speaks of the field, not of the company named before.)
_OUTSIDE_VOICE_ZH = re.compile(rf"\s?[{HAN_CLASS}]{{2,16}}?(?:大学|学院|研究院|研究所|研究中心|协会|学会|联合会|商会)"
                               rf"[{HAN_CLASS}]{{0,10}}?(?:教授|副教授|研究员|主任|会长|理事长|秘书长|所长|院长|专家|学者)")


def _opens_with_role(low: str, start: int) -> bool:
    """Whether a Chinese sentence opens with an officer's title ('董事会秘书琚映雪表示')."""
    head = low[start:start + 8].lstrip()
    return any(t.start == 0 for t in roles().find(head))


def _named_as_segment(text: str, name: str) -> bool:
    """Whether a Chinese text writes a head elsewhere as a line of business ('油套管业务收入')."""
    return re.search(re.escape(name) + _SEGMENT_AFTER.pattern, text) is not None


def _full_stop_before(text: str, pos: int) -> int:
    """Where the Chinese sentence around ``pos`` starts, counting only full stops (not semicolons)."""
    return max((m.end() for m in FULL_STOP.finditer(text, 0, pos)), default=0)


_BODY_NAME_ZH = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:协会|学会|联合会|商会)")  # (texts are read in simplified characters)


def _item_terms(text: str, low: str, subjects: list[Subject], figures: list[Figure]) -> list:
    """Item terms (data/items.tsv) outside the subjects' names ('China Overseas Land' names no item)
    and not a figure's unit ('225,000 vehicles'); an item that holds a name is one ('茅台酒', the
    company's liquor)."""
    units = {f.q.end for f in figures} | {f.q.end + 1 for f in figures if low[f.q.end:f.q.end + 1] == " "}
    # ('Housing minister Ni Hong said…': a portfolio before a title is no item of the figures.)
    found = roles().find(low)
    titles = {term.start for term in found}
    long_titles = {term.start for term in found if term.end - term.start >= 2}  # (not 相 of 相關)
    # ('225,000 vehicles': a unit, no item; but 'large buses' after a count is what it counts.)
    # ('国家电影局' holds no 家电: a two-character item across a word's end is none; '续租租金调整率' no 租金:
    # the words of a rate's name are no segment.)
    metric_terms = metrics().find(low)
    rates = [(m.start, m.end) for m in metric_terms if m.text.endswith("率")]
    # ('retail sales of goods': an economy's metric's own word is no segment of it; a company's 'retail
    # sales' are its retail arm's.)
    flags = metric_flags()
    rates += [(m.start, m.end + 1) for m in metric_terms if m.text.isascii() and " " in m.text
              and all("macro" in flags.get(i, ()) for i in m.ids)]
    # ('据中国美发美容协会…的数据': the words of a body's name are no item of the figures it gives.)
    bodies = [m.span() for m in _BODY_NAME_ZH.finditer(low)]
    # ('销量约为312万支（按8英寸当量计）': how a count is measured, in brackets, names no item of it.)
    bodies += [m.span() for m in _MEASURED_AS_ZH.finditer(low)]
    # ('Data-centre GPUs, including general-purpose accelerator cards, made up…', '数据中心GPU（含通用GPU加速卡）':
    # what an item takes in is no item of its own figures.)
    bodies += [m.span() for m in _INCLUDED_ASIDE.finditer(low)]
    # ('柯达中国区总裁': a unit's name in a title; '外资方面，柯达…': a heading over the firms that follow.)
    terms = [t for t in items().find(low) if (t.start not in units or " " in t.text) and t.end + 1 not in titles
             and not (not t.text.isascii() and t.end in long_titles)
             and not (t.text.isascii() and low.startswith("-old", t.end))  # ('a five-year-old carrier': its age, no tenor)
             and not (item_dimension(t.ids) == "holders" and low.startswith("方面", t.end))
             and not any(a <= t.start and t.end <= b for a, b in bodies)
             and not (len(t.text) == 2 and not t.text[0].isascii() and inside_word(low, t.start, 2))  # (not 'h股较a股')
             and not any(a <= t.start and t.end < b for a, b in rates)
             and not any(r.start <= t.start < r.end for r in found)
             and not any(s.start < t.end and t.start < s.end and (s.start, s.end) != (t.start, t.end)
                         and not (t.start <= s.start and s.end < t.end) for s in subjects)
             and not _names_a_chain(low, t, subjects)
             and not _word_of_a_name(text, t, subjects)
             and not _KIND_OF_COMPANY_AFTER.match(low, t.end)
             and not (t.text.endswith("sales") and _CONTRACTS_AFTER.match(low, t.end))  # ('new sales contracts')
             and not (t.text == "retail" and _PRICE_AFTER.match(low, t.end))  # ('the average retail price': a price's kind)
             and not (_MAKERS_AFTER.match(low, t.end) and _COUNTED_BEFORE_ITEM.search(low, max(0, t.start - 24), t.start))
             and not _modifies_a_head_zh(low, t)]
    # A product's code ('R32', 'R134a', 'TSR20') is an item of its own: a price of R32 is not R134a's.
    codes = [Term(frozenset({"code:" + m.group(0).replace("-", "")}), m.group(0), m.start(), m.end()) for m in _PRODUCT_CODE.finditer(low)
             if not _NOT_A_CODE.match(m.group(0)) and not any(t.start < m.end() and m.start() < t.end for t in terms)
             and not any(s.start < m.end() and m.start() < s.end for s in subjects)]
    # ('800G光模块', '1.6T modules': a module's speed names its product line.)
    codes += [Term(frozenset({"code:" + m.group(0)}), m.group(0), m.start(), m.end()) for m in _SPEED_CODE.finditer(low)
              if not any(t.start < m.end() and m.start() < t.end for t in terms)]
    return sorted(terms + codes, key=lambda t: t.start) if codes else terms


_LONGER_GLOSSED_NAME_ZH = re.compile(rf"[{HAN_CLASS}]{{2,14}}[（(][A-Za-z]")
_LEFT_OUT_ASIDE_ZH = re.compile(r"[（(](?:不计|不含|不包括|扣除|剔除|除去|未计)[^）)]{1,30}[）)]")
_INCLUDED_ASIDE = re.compile(r",\s(?:including|excluding|such as|among them)\s[^,;.\d]{2,60},|[（(](?:含|包括|包含|不含)[^）)]{1,30}[）)]")
# ('圆柱电池钢壳收入11.25亿元': 电池 says which steel cases, the product is the cases; not '电池业务收入',
# '电池产品收入', where the words after the item are its business's.)
_HEAD_AFTER_ITEM_ZH = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?=收入|营收|营业收入|销售收入|销量|出货量|毛利率|销售额)")
_LINE_WORD_END_ZH = re.compile(r"(?:业务|板块|产品)$")
_NOT_A_HEAD_ZH = re.compile(r"[年季月期的及和与占总业板地企品本同今明去前上下全累其该新老]")
_ITEMS_OWN_WORDS_ZH = frozenset("营业 主营 业务 产品 服务 工程 费用 客车 制造 生产 加工 平台 板块 事业部 事业 分部 类 系列 行业 市场 渠道 通路 车型 门店 客户 销售 零售 批发 终端 出口 进口 内销 外销 整体 相关 合计 总 全年 "
                                "实现 录得 取得 累计 共 获得 贡献 完成 达到 "
                                "上半年 下半年 前三季度 季度".split())


def _modifies_a_head_zh(low: str, term) -> bool:
    """Whether a Chinese item word only says what kind of product the words after it name (电池钢壳: battery
    steel cases), before the product's revenue or volume."""
    if term.text.isascii():
        return False
    head = _HEAD_AFTER_ITEM_ZH.match(low, term.end)
    # (A product noun of one or two characters only, before its line's word (电池片业务: solar cells); not a
    # market's, 海外短剧; nor words of time, owners, lists or making.)
    core = _LINE_WORD_END_ZH.sub("", head.group(1)) if head is not None else ""
    if not 1 <= len(core) <= 2 or _NOT_A_HEAD_ZH.search(core) or item_dimension(term.ids) != "product" \
            or core in _ITEMS_OWN_WORDS_ZH or items().find(core) or metrics().find(core):
        return False
    # ('天然气重卡销量…；新能源重卡销量…': where other items share the head, the item is what tells them apart.)
    return not any(t.start != term.start and low.startswith(core, t.end) for t in items().find(low))


_MEASURED_AS_ZH = re.compile(r"[（(](?:按|以)[^（()）]{1,20}(?:计|計|计算|計算)[)）]")
_CHAIN_AFTER = re.compile(r"\s(?:chains?|retailers?|store chains?)\b")
_CONTRACTS_AFTER = re.compile(r"\scontracts?\b")
_PRICE_AFTER = re.compile(r"\sprices?\b")
_PART_CLAUSE_ZH = re.compile(r"\s?其中")
_DURING_PERIOD_ZH = re.compile(r"(?:报告期内|期内|期间)")
_PART_SENTENCE_ZH = re.compile(r"\s?其中[，,]?")
_YEARS_LEVEL_ZH = re.compile(r"(?:今年|去年|明年|上年|\d{4}\s?年)(?:全年)?的?(?:约|约为|为)?$")
_AGAINST_PERIOD_ZH = re.compile(r"(?:较|比|相比)[^，,。；;\d%]{0,3}\d{4}年[^，,。；;\d%]{0,6}$")
_DESCRIBING_GAP = re.compile(r"(?:'s|’s)?(?:\s[a-z-]+)*\s")


_OF_NAME_AFTER = re.compile(r" of (?:the )?[A-Z]")


def _word_of_a_name(text: str, term, subjects: list[Subject]) -> bool:
    """Whether a capitalised item word is a word of a name, not a segment: it closes the name just before
    it ("Yankon Lighting's revenue") or opens a body's name ('the Office of Agricultural Economics')."""
    if not text[term.start:term.start + 1].isupper():
        return False
    closes = text[term.end:term.end + 2] in ("'s", "’s") and any(s.end + 1 == term.start for s in subjects)
    return closes or _OF_NAME_AFTER.match(text, term.end) is not None


def _names_a_chain(low: str, term, subjects: list[Subject]) -> bool:
    """Whether an item word only says what kind of chain a name is ('the Thegioididong and Dien May
    Xanh phone and electronics chains together generated …'): the subject's, not a segment of it."""
    return _CHAIN_AFTER.match(low, term.end) is not None and any(
        s.end <= term.start and term.start - s.end <= 30 and _DESCRIBING_GAP.fullmatch(low, s.end, term.start)
        for s in subjects)


def _narrowest(ids: frozenset[str]) -> frozenset[str]:
    """'储能电池': energy storage, not also batteries (a broader item of the same words)."""
    g = items()
    return frozenset(i for i in ids if not any(i in g.ancestors(j) for j in ids if j != i))


_RANGE = re.compile(r"\s?(?:至|到|~|-|–|to|and)\s?$")




def _share_bases(low: str, bindings: list[Binding]) -> list[Binding]:
    """A list of figures of one kind shares the base written once for it: '4%, 6% and 3%
    respectively from a year earlier', '分别年增16.3%和7.6%'."""
    i = 0
    while i < len(bindings):
        j = i
        while j + 1 < len(bindings) and bindings[j + 1].figure.q.kind == bindings[i].figure.q.kind and \
                _LIST_JOIN.fullmatch(low, bindings[j].figure.q.end, bindings[j + 1].figure.q.start):
            j += 1
        run = bindings[i:j + 1]
        bases = {b.base for b in run if b.base}
        if len(run) > 1 and len(bases) == 1:
            base = bases.pop()
            for k in range(i, j + 1):
                if bindings[k].base is None:
                    bindings[k] = replace(bindings[k], base=base)
        i = j + 1
    return bindings


_LAST_YEAR_END_ZH = re.compile(r"(?:去年|上年)12月(?:底|末)")
_FOR_PERIOD_AFTER = re.compile(r"\s(?:for|in|over)\s(?:the\s)?(?:full|whole|fiscal|financial|first|second|third|fourth|year|quarter|half)\b")


def _share_across_ranges(low: str, bindings: list[Binding]) -> list[Binding]:
    """'下滑2至3个百分点', 'fell 2 to 3 percentage points from a year earlier': both ends of a range
    have the base written once for the pair; a figure compared with the one before it has its
    denominator."""
    out = list(bindings)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.denominator not in (None, "period") and b.denominator in (None, "period") and \
                _COMPARED.search(low, a.figure.q.end, b.figure.q.start) and \
                a.figure.q.kind == b.figure.q.kind:
            # 'profit per tonne improved to 187 yuan ... from 96 yuan': the compared figure is per tonne too.
            out[i] = b = replace(b, denominator=a.denominator)
        if _RANGE.search(low, a.figure.q.end, b.figure.q.start) and b.figure.q.start - a.figure.q.end <= 5:
            base = a.base or b.base
            if base and (a.base is None or b.base is None):
                out[i - 1] = a = replace(a, base=base)
                out[i] = replace(b, base=base)
            if b.year is not None and a.year is not None and a.year != b.year and not a.compared \
                    and BARE_RANGE.fullmatch(low, a.figure.q.end, b.figure.q.start):
                # ('11% to 12% of revenue this year and 9% to 10% next year': the year after the range is both ends'.)
                out[i - 1] = a = replace(a, year=b.year)
            if b.period is not None and a.period != b.period and a.figure.q.kind == b.figure.q.kind == "amount" and \
                    BARE_RANGE.fullmatch(low, a.figure.q.end, b.figure.q.start) and \
                    _FOR_PERIOD_AFTER.match(low, b.figure.q.end):
                # ('$58 million to $62 million for the full year' after '… in the first nine months': the
                # period after the range is both ends'.)
                out[i - 1] = a = replace(a, period=b.period, period_text=b.period_text)
            if a.figure.q.kind == b.figure.q.kind == "percent" and BARE_RANGE.fullmatch(low, a.figure.q.end, b.figure.q.start) \
                    and (a.whole is None) != (b.whole is None):
                # ('占营收的11%-12%', '9% to 10% of Ebitda': a share's whole is both ends'.)
                w = a if a.whole is not None else b
                out[i - 1] = replace(a, whole=w.whole, whole_text=w.whole_text)
                out[i] = replace(b, whole=w.whole, whole_text=w.whole_text)
        elif a.whole is not None and b.whole is None and a.figure.q.kind == b.figure.q.kind == "percent" \
                and _SHARE_MOVES_TO_ZH.fullmatch(low, a.figure.q.end, b.figure.q.start):
            # ('预计占营收的11%-12%，明年将降至9%-10%': the share moves on, of the same whole.)
            out[i] = replace(b, whole=a.whole, whole_text=a.whole_text)
    return out


_PARENT_OF_UNIT_EN = re.compile(r"(?:'s|’s)\s(?:[a-z-]+\s){0,2}(?:arm|unit|subsidiary|division|affiliate)\s")
_PARENT_OPENS_LIST_ZH = re.compile(r"(?:旗下|下属|集团内)[^，,。；;\d]{0,6}?(?:公司|企业)?中?[，,：:]")
_SHARE_MOVES_TO_ZH = re.compile(r"[，,]\s?(?:[今明后]年|20\d\d年)?(?:将|则)?(?:降至|升至|提高至|提升至|降低至|下降至|上升至|增至|减至)")
_IN_THE_MONTH_EN = re.compile(r"\s(?:[a-z-]+\s){0,3}?(?:in|during|for|over)\sthe\smonth\b")
# Between the two ends of a range and nothing else: '9% to 10%', '11%-12%', '190至205'.
BARE_RANGE = re.compile(r"\s?(?:to|至|到|-|–|~)\s?")
_CONJUNCTION = re.compile(r"\s?(?:及|和|与|、|以及|and|&|or)\s?$", re.IGNORECASE)


def _conjoined(text: str, before: list[Subject]) -> Subject:
    """The last subject before a figure, joined with the ones conjoined to it ('中国大陆及香港', 'mainland
    China and Hong Kong'): the figure is theirs together."""
    last = before[-1]
    start, names = last.start, [last.text]
    for prev in reversed(before[:-1]):
        if prev.end <= start and start - prev.end <= 5 and _CONJUNCTION.search(text[prev.end:start]) \
                and not text[prev.end:start].strip(" 及和与、以andor&"):
            start, names = prev.start, [prev.text, *names]
        else:
            break
    if start == last.start:
        return last
    return Subject(text[start:last.end], None, start, last.end)


# (A short filler may stand between: '黄少媚在业绩会上表示', '何泰舜则坦言', 'Nirmala Sitharaman welcomed the
# decision and said'; not '邱志伟今日质询经济部长龚明鑫时指出', where the one who speaks is unclear.)
_SAYS = re.compile(r"\s?(?:[（(][^（()）]{1,40}[)）])?\s?(?:[,，]\s?)?"
                   # ('昨日在三季度业绩说明会上表示': when, then where.)
                   # ('冀颂棠10月27日表示': the day, then the verb.)
                   # ('缪宽舒则相对谨慎，认为…': a stance, then the verb.)
                   # ('鞠定澜则更看好天宜上佳，预计…': the one she favours, then the verb.)
                   r"(?:则|也|亦|还)?(?:(?:相对|较为|更为|比较|较)?(?:谨慎|乐观|悲观|审慎|保守)[，,]\s?|(?:更|较为|相对)?(?:看好|看淡)[^，,。；;\d]{1,12}[，,]\s?)?(?:今日|昨日|日前|近日|\d{1,2}\s?月\s?\d{1,2}\s?日|[上本]?周[一二三四五六日])?(?:在[^，,。；;时]{1,28}?[上中])?"
                   r"(?:\s[a-z]+(?:\s[a-z]+){0,4},?\sand\s)?(?:表示|称|提示|预测|判断|警告|提醒|指出|指(?![数标定])|认为|透露|强调|坦言|预计|预期|预估|估计|估算|推估|测算|补充|说|介绍|提到|"
                   r"said|says|told|expects|expected|noted|added|estimates|estimated|predicts|predicted|forecast|forecasts|projected|"
                   # 'values REA at A$295 a share': a valuation is the analyst's call
                   r"(?:values|valued)(?=\s(?:[\w&.'’-]+\s){1,4}at\s)|"
                   # 'put full-year capital spending at $165 million': a figure an officer gives
                   r"(?:put|puts|pegged|pegs)(?=\s(?:[\w&.'’-]+\s){1,5}at\s)|"
                   # an analyst's own call: 'raised her Mount Gibson target', '给予赣锋锂业A股目标价'
                   r"(?:raised|cut|lowered|lifted|set|trimmed|reiterated|kept|maintained|upgraded|downgraded)"
                   # ('raised Seiko's net profit forecast': an officer's own company's)
                   r"(?=\s(?:her|his|their|its|the|a|an|(?:[A-Z][\w&.-]*\s){0,3}[\w&.-]+(?:'s|’s))\s[^.;]{0,40}?\b(?:target|forecast|estimate|rating|fair value))|"
                   r"(?:给予|上调|下调|维持|将)(?=[^，,。；;]{0,20}?(?:目标价|评级|评等))|"
                   # a company's officer on its guidance: 'kept full-year gold guidance at 780,000 ounces'
                   # ("kept Paladin's FY2028 production guidance": a possessive among the words between)
                   r"(?:kept|maintained|reaffirmed|reiterated|affirmed|narrowed|raised|cut|lowered|lifted|trimmed)"
                   r"(?=\s(?:[\w'’-]+\s){0,5}(?:guidance|outlook)\b)|"
                   # ('guided to fiscal 2029 revenue of …': an officer's guidance)
                   r"guided(?=\s(?:to|for)\b))")


# What only a person does after an untitled name: says, or makes his or her own call ('Verdhana
# Sekuritas cut its target' is a firm's).
PERSON_SAYS = re.compile(r"\s(?:said|says|told|noted|added|expects|estimates|predicts|forecasts|forecast|projects|projected|believes|warns|warned|guided)\b|"
                          # ('Marius Holtzclaw raised full-year adjusted earnings guidance to …': the company's call, his to give)
                          # ('raised the lower end of the company's guidance')
                          r"\s(?:raised|cut|lowered|lifted|reaffirmed|reiterated|narrowed|trimmed)\s(?:its\s|the\s|the\scompany's\s)?(?:[\w'’-]+\s){0,6}?guidance\b|"
                          # ('Clotilde Sarrazin of AlphaValue was more cautious, saying…')
                          r"\s(?:was|is|were|remained|sounded)\s[^.;:,]{0,30}?,\s(?:saying|adding|warning|noting|arguing)\b|"
                          r"\s(?:values|valued)\s(?:[\w&.'’-]+\s){1,4}at\s|"
                          r"\s(?:raised|cut|lowered|lifted|set|trimmed|reiterated|kept|maintained)\s(?:her|his\b|"
                          r"(?:a|an|the)\s(?:[\w,.$€£¥₹₩\"“”'‘’-]+\s){0,3}?(?:target|price target|rating)\b)|"  # ('kept a €48 target', 'kept a "hold" rating')
                          r"\s(?:downgraded|upgraded|downgrades|upgrades)\s(?:the\sstock\b|[A-Z])|"  # ('… of Emperor Securities downgraded Zhongbing Hongjian')
                          # ('Frieda Ransome of Johnson Rice rated Kodiak "accumulate" …, expecting …')
                          r"\s(?:rated|rates|initiated\scoverage\sof)\s(?:the\sstock\b|[A-Z])|"
                          r"\s(?:cut|raised|lowered|lifted)\s(?:the\sstock|[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\sto\s[\"“']?"
                          r"(?:buy|sell|hold|neutral|overweight|underweight|outperform|underperform|accumulate|reduce|add|equal)")
_HIS_CALL = re.compile(r"\s(?:raised|cut|lowered|lifted|trimmed|reiterated|kept|maintained)\s(?:her|his)\s")
# 'Park Sang-woo of Eugene Investment & Securities set a target': the firm between the person and the call.
# ('Cecilie Vaillancourt of the Small Business Investor Alliance said': the body after a person's name is hers.)
_FIRM_OF_NAME_BEFORE = re.compile(r"[A-Z][a-z]+\s(?:of|at|from)\s(?:the\s)?$")
# ('Emmerich Dellacroce, president of Lhoist North America, said'; 'Ilkka Shuttleworth of H.C. Wainwright
# raised his target': the end of the firm's name after 'of', not a speaker of its own.)
# ('Jyotirmoy Talukdar of Infomerics Valuation and Rating said': a firm's name may join words with 'and'.)
_ORG_OF_BEFORE = re.compile(r"\b(?:of|at|for|from)\s(?:the\s)?(?:(?:[A-Z][\w&'’-]*|(?:[A-Z]\.){1,3})\s(?:and\s)?){1,3}$")
_SEGMENT_NAME_ZH = re.compile(r"(?:解决方案|解決方案|硬件|软件|軟件|产品|產品|业务|業務|分部|事业部|事業部)$")
# ('of mwb research': a firm may style itself in lower case.)
_OF_FIRM = re.compile(r"\s(?:of|at|from)\s(?:the\s)?(?:(?:[A-Z][\w&.'’-]*\s(?:(?:&|and)\s)?){1,5}|[a-z][\w&.'’-]*\s(?:[a-z][\w&.'’-]*\s)?)")


_TITLE_BETWEEN = re.compile(r",\s[^,;.]{2,90}?,(?=\s)")
_TITLED_SAYS = re.compile(r",\s[^,;.]{2,90}?,\s(?:said|says|told|noted|added|expects|estimates|predicts)\b")
# ('Yvette Cartwright, who runs the group's US galvanizing business, said…': a clause that says what she does.)
_WHO_SAYS = re.compile(r",\swho\s[^,;.]{2,90}?,\s(?:said|says|told|noted|added|expects|estimates|predicts)\b")


# ('Wrenfield said GrainCorp would…': a surname alone that says something plainly is a person.)
_LONE_SAYS = re.compile(r"\s(?:said|says|told)\b")
_FIRMS_POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3}['’]s\s$")


def _speakers(facts: TextFacts) -> list:
    """People of a text who say something (followed by a verb of saying); in English also a name
    written without a title that looks like a person's ('Sneha Kulkarni raised her target')."""
    from citebrief.facts.people import Person, is_person_name, people, person_like_name

    # ('Kumaresan Naidu, president of the Federation of Malaysian Freight Forwarders, said…': the
    # title between the name and its verb.)
    # ('Thitirat Wongsakunphan, an analyst at Krungthai Xspring Securities, raised her target price…': and
    # what only a person does after the title.)
    # ('酆承珏则相对谨慎，他预计…', 'Neville Hatherley was more cautious: he said…': a pronoun of the
    # same sentence that speaks for the person just named, maybe after the firm and what the person did:
    # 'Refilwe Maponya of Peresec was more cautious and cut Sibanye-Stillwater to hold; she expects…'.)
    found = [p for p in people(facts) if _SAYS.match(facts.text, p.end) or _PRONOUN_SPEAKS_AFTER.match(facts.text, p.end) or (p.roles and (
        _TITLED_SAYS.match(facts.text, p.end)
        or ((title := _TITLE_BETWEEN.match(facts.text, p.end)) is not None and PERSON_SAYS.match(facts.text, title.end()))))]
    if facts.han:
        return found
    found = [p for p in found if not _FIRM_OF_NAME_BEFORE.search(facts.text, max(0, p.start - 40), p.start)
             and not (p.entity_id is None and _ORG_OF_BEFORE.search(facts.text, max(0, p.start - 60), p.start))]
    taken = [(p.start, p.end) for p in found]
    for n in english_names(facts.text):
        # (A lone name too, when a pronoun says it is a person's call: 'Ogasawara cut his target'.)
        if (n.entity is None or n.entity.kind == "person") and \
                (" " in n.text.strip() or (n.entity is None and (_HIS_CALL.match(facts.text, n.end) or
                                                                 _LONE_SAYS.match(facts.text, n.end) or
                                                                 # ("Quilty Space's Oldershaw expects": a firm's person by surname)
                                                                 (_FIRMS_POSSESSIVE_BEFORE.search(facts.text, max(0, n.start - 40), n.start)
                                                                  and PERSON_SAYS.match(facts.text, n.end))))) and \
                (says_after(facts.text, n.end) or (" " in n.text.strip() and _PRONOUN_SPEAKS_AFTER.match(facts.text, n.end)) or
                 (" " in n.text.strip() and (titled := _TITLED_SAYS.match(facts.text, n.end)) is not None
                                                   and (_TITLE_WORD_EN.search(titled.group(0)) is not None
                                                        or _WHO_SAYS.match(facts.text, n.end) is not None))) and \
                not any(a < n.end and n.start < b for a, b in taken) and \
                not _firm_of_person(facts.text, n) and \
                not any(facts.text[p.end:n.start] in (" of ", " at ", " of the ", " at the ") for p in found) and \
                not _FIRM_OF_NAME_BEFORE.search(facts.text, max(0, n.start - 40), n.start) and \
                not _ORG_OF_BEFORE.search(facts.text, max(0, n.start - 60), n.start) and \
                not (_REPORTED_BEFORE.search(facts.text, max(0, n.start - 12), n.start) and not is_person_name(n.text)) and \
                (is_person_name(n.text) or person_like_name(n.text) or " " not in n.text.strip()):
            # ('Febriana Sitompul of Phintraco Sekuritas raised…': the firm after 'of' is hers, no speaker.)
            found.append(Person(n.text, n.start, n.end, frozenset(), None, n.entity.id if n.entity else None))
    return sorted(found, key=lambda p: p.start)


# ('Chief executive Talmadge Brimble said Blue Bird expects…': the company in what a person said is no speaker.)
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|added|noted)\s(?:that\s)?$")
_PRONOUN_SPEAKS_AFTER = re.compile(r"[^。；;！？!?，,：:]{0,12}[，,：:]\s?(?:但|不过)?(?:她|他)(?:还|也|则|并)?(?:预计|预期|表示|认为|指出|称|估计|判断|提醒|警告|强调)|"
                                  r"(?:\sof\s[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})?\s(?:was|is|were|remained|sounded)\s[^.;:,]{0,60}?[:;,]\s(?:he|she)\s(?:also\s)?"
                                  r"(?:said|says|expects|estimates|predicts|forecasts|sees|warned|added|noted)\b")


def speaker_at(facts: TextFacts, start: int, end: int):
    """Who says what stands at [start, end) of the text (a date, a time), read as a figure's speaker
    is: the last speaker before it in its sentence (in Chinese, to the full stop), or one after it."""
    text = facts.text
    span = Temporal("date", "", text[start:end], start, end)
    s_start, s_end = enclosing_span([m.end() for m in SENTENCE_END.finditer(text)], start, len(text))
    if facts.han:
        s_start = enclosing_span([m.end() for m in FULL_STOP.finditer(text)], start, len(text))[0]
    return _speaker(_speakers(facts), span, s_start, s_end, not facts.han, text)


def says_after(text: str, end: int) -> bool:
    """Whether an untitled name is followed by what only a person does, maybe after its firm."""
    firm = _OF_FIRM.match(text, end)
    return bool(PERSON_SAYS.match(text, end) or (firm and PERSON_SAYS.match(text, firm.end() - 1)))


# A sentence that a pronoun opens and that says or calls something: the person before it speaks on
# ('孙颖表示…。她维持…评级，并预计公司全年归母净利润为92.4亿元', 'She expects …').
_PRONOUN_SAYS = re.compile(r"\s?(?:她|他)(?:还|也|同时|并|则)?(?=[^。；;]{0,40}?(?:表示|预计|预期|认为|指出|维持|上调|下调|给予))|"
                           r"\s?(?:she|he)\s(?:also\s)?(?=(?:said|says|expects|estimates|estimated|predicts|forecasts|kept|guided|"
                           r"maintained|raised|cut|lowered|reiterated|put|puts|sees|added|noted|projected)\b)", re.IGNORECASE)


def _speaker(speakers: list, q, s_start: int, s_end: int, en: bool, text: str = "", full_start: int | None = None):
    """Who says the figure: the last speaker before it in its sentence, or in English one after it
    ('..., Nouchi said'); in a sentence a pronoun opens, the last speaker before it; in English, the
    speaker of the clause before a semicolon ('Yanagida said the company kept…; each one-yen move…')."""
    before = [p for p in speakers if s_start <= p.start and p.end <= q.start]
    if before:
        return before[-1]
    if en and full_start is not None and full_start < s_start and text[max(0, s_start - 3):s_start].rstrip().endswith(";"):
        said = [p for p in speakers if full_start <= p.start and p.end <= s_start]
        if said:
            return said[-1]
    if text and _PRONOUN_SAYS.match(text, s_start):
        earlier = [p for p in speakers if p.end <= s_start]
        if earlier:
            return earlier[-1]
    if en:
        # (Not one of a clause of its own: '…kept guidance at 780,000 ounces, while Brankovich said…'.)
        after = [p for p in speakers if q.end <= p.start < s_end and not _OTHER_CLAUSE_EN.search(text, q.end, p.start)]
        if not after and text and _PRONOUN_SAID_AFTER.search(text, q.end, s_end):
            # ('Capex is budgeted at 9,000 crore rupees for 2026-27, he said.': the speaker before.)
            earlier = [p for p in speakers if p.end <= s_start]
            return earlier[-1] if earlier else None
        return after[0] if after else None
    return None


_OTHER_CLAUSE_EN = re.compile(r"\b(?:while|whereas|but)\b")
_PRONOUN_SAID_AFTER = re.compile(r",\s(?:he|she)\s(?:said|added|says|noted)\b")


def enclosing_span(ends: list[int], pos: int, length: int) -> tuple[int, int]:
    """The (start, end) of the sentence or clause holding ``pos``, given the sorted ends of all of them."""
    start = 0
    for e in ends:
        if e > pos:
            return start, e
        start = e
    return start, length


def subject_key(s: Subject) -> object:
    return s.entity_id if s.entity_id is not None else s.text.lower()


# ('The four companies' combined third-quarter revenue totalled…': a group's total, not the last company's.)
_TURN = re.compile(r"\s*(?:separately|elsewhere|meanwhile|in other news|overall|nationwide|另外|此外|另据|另一方面|同时|与此同时|"
                   r"整体来看|全国|(?:the|their)\s(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|big|major)\s)+"
                   r"(?:[a-z-]+\s)?(?:companies|firms|groups|lenders|banks|carriers|airlines|makers|producers|miners|operators|"
                   r"insurers|brokers|developers|retailers|chains|players|peers)\b|(?:[两二三四五六七八九十]|\d+)家(?:[^，,。；;]{0,6})?合计)")


# A figure said of a whole market, not of the company an earlier sentence named.
_MARKET_WIDE = re.compile(r"\b(?:national|nationwide|industry[- ]wide|countrywide|the industry's|the market's|"
                          r"overall market|total market)\b|全国|全行业|全市场|行业整体|市场整体|整体市场")


_CHANGE_LEAD_ZH = re.compile(r"\s?(?:同比|环比|年|月|季|周)(?:增|减|升|降|涨|跌)")
_METRIC_RIGHT_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,3}(?:in|of)\s+(?:its\s+|the\s+)?(?:(?:nine|six|three|twelve)-month\s+|"
                                 r"(?:first|second)-half\s+|(?:first|second|third|fourth|march|june|september|december)-quarter\s+|full-year\s+|quarterly\s+|"
                                 r"half-yearly\s+|annual\s+|(?:january|april|july|october)-(?:march|june|september|december)\s+)?"
                                 r"(?:consolidated\s+|standalone\s+)?(?:underlying\s+|adjusted\s+|core\s+|statutory\s+|reported\s+|"
                                 r"comparable\s+|organic\s+)?$")  # ('a 9.6% increase in underlying operating profit')
_SPENT_BEFORE = re.compile(r"\b(?:spent|spend|spends|spending|invested|invest|invests)\s(?:about\s|some\s|nearly\s)?$")
_ON_GAP = re.compile(r"\s(?:on|in)\s(?:the\s|its\s|their\s)?")
# ('财政部统计，11月印刷电路板出口值…': a body's count opening the sentence.)
# ('USB开发者论坛（USB-IF）资料则显示，…共128款': Taiwanese 资料 for data, maybe with 则.)
_DATA_SHOW = re.compile(r"\b" + _DATA_SHOWED_EN + r"|(?:数据|资料|统计)(?:则|亦|也|还)?显示|(?:部|局|署|海关|协会|公会)(?:统计|数据)\s?[,，]")


# Words before a sentence's first metric that do not make it a segment's ('Quarterly revenue rose').
_GENERIC_BEFORE_METRIC = frozenset("""its their his her the a an this that total group quarterly annual monthly
third-quarter second-quarter first-quarter fourth-quarter first-half second-half full-year nine-month half-year
overall consolidated standalone reported adjusted underlying core same-store like-for-like""".split())


def _opens_with_item(low: str, sentence_start: int, metric_terms) -> bool:
    """An English sentence that opens on a segment's metric ('Food delivery GOV rose 17.2%'): its
    figures may be the parent's or the unit named before; the subject carried to it is unsure."""
    first = next((t for t in metric_terms if t.start >= sentence_start), None)
    if first is None:
        return False
    words = low[sentence_start:first.start].split()
    return 1 <= len(words) <= 3 and words[0] not in _GENERIC_BEFORE_METRIC and all(w.isalpha() or "-" in w for w in words)


_PART_OF_TOTAL_EN = re.compile(r"\s(?:accounted for|made up|contributed|represented)\b")


_WITHIN_BEFORE_EN = re.compile(r"\b(?:within|inside)\s(?:the\s)?$")


def _carried_sure(before: list[Subject], sentence_start: int, low: str = "") -> bool:
    """A subject carried from earlier sentences is sure when the previous sentence that names a
    subject names only that one, and this sentence does not turn to other news ('Separately, trade
    ministry data showed…', '另外，')."""
    if low and _TURN.match(low, sentence_start):
        return False
    last = before[-1]
    if len(before) == 1:
        return True
    if sentence_start and low[sentence_start - 1] in "；;":
        # '贵州茅台(600519)和五粮液(000858)…。贵州茅台前三季度…；归母净利润…': a list item after a
        # semicolon is of the one subject its full sentence names.
        full_start = max((m.end() for m in FULL_STOP.finditer(low, 0, sentence_start)), default=0)
        if all(subject_key(s) == subject_key(last) for s in before if s.start >= full_start):
            return True
    return all(subject_key(s) == subject_key(last) for s in before if s.start >= sentence_start - 400)


# A level a move reached, written right before it: 'rose 5% to about $1.2 billion', '增至' (the English form read by _base).
LEVEL_REACHED = re.compile(r"\bto (?:about |around |nearly |almost |a record )?(?:[a-z]{1,3}\$|\$|¥|€|£|₹)?$|[至到]$")


_YEAR_RANGE = re.compile(r"\s?年?度?\s?(?:-|–|—|至|到|~|to|through|and)\s?")
# A compared year owns the figure right after it ('与今年的约18亿美元持平', '较今年预计的34亿元'), not a change ('较去年同期增长5%').
_YEAR_OWNS_NEXT = re.compile(r"\s?(?:年|年度|度)?(?:底|末|初)?(?:预计|预期|預計|預期)?(?:的|同期的?|全年的?)?\s?(?:约|近|逾|超过)?\s?|"
                             r"(?:'s|’s)(?:\s[a-z]+){0,4}\s(?:[a-z]{1,3}\$|\$)?")  # "from this year's level of around 30 trillion"
_GAP_BREAK = re.compile(r"[,;]|\s(?:and|but|while|as|with|after|before)\s")
# ('8% in 2027', '30% of its fleet by the end of 2027': a year after the figure that says when it is.)
_YEAR_AFTER_EN = re.compile(r"\s(?:in|for|during)\s(?:the\s)?(?:fiscal\s|financial\s)?(?:year\s)?$"
                            # ('to about 5% in the first half of 2028', '1.2 million in March 2028': the period, then its year)
                            r"|\s(?:in|for|during|by)\s(?:the\s)?(?:(?:first|second|third|fourth)\s(?:half|quarter)\sof|"
                            + MONTH_EN + r")\s$"
                            # ('650,000 tonnes more is expected next year')
                            r"|\s(?:more\s|less\s)?(?:is\s|are\s|will be\s)?(?:expected|forecast|projected|planned|scheduled|due)"
                            r"(?:\sto\s[a-z]+)?\s$"
                            r"|\s(?:by|before|at)\s(?:the\s)?(?:(?:end|close)\sof\s(?:the\s)?(?:fiscal\s|financial\s)?(?:year\s)?|end-)$"
                            # ('opened seven centres in the second half of 2075 and plans 12 more this year')
                            r"|\s(?:more|fewer|less|others?|extra)(?:\s(?:in|for|during))?\s$")


def _years(facts: TextFacts, low: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, key, compared?) of every year a text names, relative ones as offsets; a year in a
    range ('2025年至2027年', '2025-2027') is none: a figure of every year of it has no one year."""
    # ('the April-September half of the fiscal year ending March 2027': the frame's year is no figure's.)
    framed = {t.start for t in facts.temporals if t.kind == "quarter" and len(months_of(t.key) or ()) == 12
              and _FRAME_BEFORE.search(low, max(0, t.start - 24), t.start)}
    found = [(t.start, t.end, t.key) for t in facts.temporals if t.kind == "year" and t.start not in framed]
    found += [(m.start(), m.end(), relative_year_key(m.group(0))) for m in RELATIVE_YEAR.finditer(low)]
    found.sort()
    ranged = {k for k in range(len(found) - 1) if _YEAR_RANGE.fullmatch(low, found[k][1], found[k + 1][0])}
    ranged |= {k + 1 for k in ranged}
    return [(a, b, key, bool(_COMPARED.search(low, max(0, a - 48), a))) for k, (a, b, key) in enumerate(found)
            if k not in ranged]


def _figure_year(low: str, q, years: list[tuple[int, int, str, bool]], s_start: int, c_start: int, end: int,
                 en: bool, compared: bool) -> str | None:
    """The year a figure is of: English 'A$116 billion in 2025-26' (after it, before the next
    figure), else the last year named before it in its clause (English) or sentence (Chinese); a
    figure compared with ('from A$116 billion') only by a year written after it."""
    if not years:
        return None
    before = [y for y in years if (c_start if en else s_start) <= y[0] < q.start
              and (not y[3] or _YEAR_OWNS_NEXT.fullmatch(low, y[1], q.start))]
    if en:
        # ('about 1.03 million this year and 1.08 million to 1.12 million in 2027': a year right
        # after another figure is that figure's.)
        before = [y for y in before if not _AFTER_FIGURE_EN.search(low, max(0, y[0] - 24), y[0])]
        after = next((y for y in years if q.end <= y[0] < min(end, q.end + 64)), None)
        gap = low[q.end:after[0]] if after is not None else ""
        # '8% next year', 'A$116 billion in 2025-26', '80% of Quanta's server revenue in 2026'; not
        # '2.1% and put inflation for 2027' (the next clause's year).
        # ('1.7 percentage points lower than at the end of 2025': the year compared with is not the change's.)
        when = _YEAR_AFTER_EN.search(gap)
        if after is not None and (not after[3] or compared) and (when or not gap.strip()) and (
                len(gap) <= 12 or not (before or _GAP_BREAK.search(gap))
                or (when is not None and not _GAP_BREAK.search(gap) and len(gap[:when.start()].split()) <= 2)):
            # ('aims for 80,000 users by the end of 2028': a unit word, then when, is the figure's year.)
            return after[2]
    if compared or not before:
        return None
    if en and _TARGET_LEVEL.search(low, max(0, q.start - 40), q.start):
        return None  # ('EPS of NT$20.45 this year … and raised her target to NT$768': a target has no year)
    return before[-1][2]


# 'a 24.3 percent rise in net profit to ₹712.6 crore … from ₹573.3 crore a year earlier': the change
# between the two levels is on the base the earlier one is from.
_NOT_A_BREAK = r"(?:[^.;%]|\.(?=\d))"
_EARLIER_LEVEL_WORDS = (r"a year (?:earlier|ago)|last year|the same (?:period|quarter) (?:of |a )?(?:last|the previous) year|"
                        r"the previous quarter|a quarter earlier|the previous month|a month earlier|"
                        r"the (?:previous|preceding|prior) (?:half|six months)")
# (Also read by verify.index: only a paragraph with one of these words has such a pair.)
EARLIER_LEVEL = re.compile(rf"\b(?:{_EARLIER_LEVEL_WORDS})\b")
_TO_LEVEL_FROM = re.compile(rf"{_NOT_A_BREAK}{{0,60}}?\bto\s{_NOT_A_BREAK}{{0,90}}?\bfrom\s{_NOT_A_BREAK}{{0,40}}?\b"
                            rf"({_EARLIER_LEVEL_WORDS})\b")
_LEVEL_PAIR_BASES = {"a year earlier": "yoy", "a year ago": "yoy", "last year": "yoy", "the previous quarter": "qoq",
                     "a quarter earlier": "qoq", "the previous month": "mom", "a month earlier": "mom",
                     **{f"the {w} {h}": "seq" for w in ("previous", "preceding", "prior") for h in ("half", "six months")}}


def _base_of_level_pair(low: str, end: int, s_end: int) -> str | None:
    m = _TO_LEVEL_FROM.match(low, end, s_end)
    if m is None or "percent" in m.group(0) or "per cent" in m.group(0):
        return None
    word = m.group(1)
    return _LEVEL_PAIR_BASES.get(word, "yoy" if "year" in word else None)


_PLACE_OF_ORIGIN_EN = re.compile(r"\b(?:from|in|to)\s(?:the\s)?$")
# Where a site stands: 'a 45,000 RT plant on Saadiyat Island' (a name the gazetteer lacks).
_SITE_BEFORE_EN = re.compile(r"\b(?:on|near)\s(?:the\s)?$")
# A period a level is set against: '…, 23.3% less than the A$80.7 million earned in the December half'.
_PERIOD_SET_AGAINST_EN = re.compile(r"\b(?:than|against|versus)\s(?:[^.;]|\.(?=\d)){0,50}\sin\s(?:the\s)?$")
_THAN_LEVEL_IN_EN = re.compile(r"\s(?:less|more|lower|higher|below|above)\s(?:than\s)?(?:the\s)?(?:[a-z]{1,3}\$|\$|¥|€|£|₹)?"
                               r"[\d.,]+(?:\s(?:billion|million|trillion|crore))?(?:\s[a-z]+){0,2}?"
                               r"(?:\s(?:earned|recorded|reported|posted|booked|made|seen))?\sin\s(?:the\s)?")
# The base of a change measured from the period just before the figure's (a month, quarter or half).
_SEQUENTIAL_BASE = {"M": "mom", "Q": "qoq", "H": "seq"}
_MOVE_PARTICIPLE_BEFORE = re.compile(r",\s(?:rising|climbing|jumping|surging|growing|falling|dropping|declining|sliding|"
                                     r"sinking|shrinking)\s(?:by\s)?$")
_ON_PERIOD_END = re.compile(r"\b(?:[a-z]+ed|rose|fell|grew|slid|sank|shrank) on (?:the |a )?(year|quarter|month)(?: earlier| ago)?$")


_FROM_QUARTER_LEVEL_EN = re.compile(r"\s(?:from|than|compared with) the (?:[a-z]{1,3}\$|\$|€|£|¥)?[\d.,]+(?:\s(?:million|billion|trillion))?"
                                    r"\s(?:of|in) the (?:previous|prior|preceding|first|second|third) (?:fiscal )?quarter\b")


def _base(low: str, q, prev_end: int, c_start: int, c_end: int, next_start: int, en: bool,
          s_start: int = 0) -> str | None:
    if en:
        # ('rose 1.1% in the July-September quarter from the previous quarter': the base after the period.)
        after = low[q.end:min(c_end, next_start)]
        for key, rx in _BASE_EN:
            if rx.search(after[:64]):
                return key
        if _FROM_QUARTER_LEVEL_EN.match(low, q.end, c_end):
            return "qoq"  # ('up 19.1% from the $183.3 million of the first quarter': the quarter before's level)
        if (day := _SINCE_DAY_EN.match(after)) is not None:
            return f"since {day.group(1)}"  # ('have fallen 2.1% since October 20': since that day, not the year's start)
        b_start = max(prev_end, c_start, q.start - 48)
        before = low[b_start:q.start]
        if q.kind != "percent" and LEVEL_REACHED.search(before):
            return None  # 'rose 41.8% on-year and 9.3% on-quarter to 31.74 trillion won': the bases are the changes'
        for key, rx in _BASE_EN:
            m = rx.search(before)
            if m and not (b_start == prev_end and _AFTER_PREVIOUS_EN.fullmatch(before, 0, m.start())):
                return key  # (not 'on year' right after the previous figure: 'rose 16.8% on year and 7.4% on quarter')
        if q.kind == "percent" and _ANNUAL_CHANGE_EN.search(before):
            return "yoy"  # 'annual inflation of 3.6%': the change over a year
        if (moved := _MOVE_PARTICIPLE_BEFORE.search(low, max(0, q.start - 16), q.start)) is not None and \
                (on := _ON_PERIOD_END.search(low, max(prev_end, s_start, moved.start() - 40), moved.start())) is not None:
            # ('more than doubled on the year, rising 102.7%': the clause before names the base of the move.)
            return "yoy" if on.group(1) == "year" else "qoq" if on.group(1) == "quarter" else "mom"
        lead = _BASE_LEAD_EN.match(low, s_start, q.start)
        if lead:  # 'From a year earlier, prices rose 3.4%': the sentence's opening names the base
            if _QUARTER_LEAD_EN.fullmatch(lead.group(1)):
                return "qoq"  # ('Compared with the second quarter, sales rose 4.8%': the quarter before)
            return next((key for key, rx in _BASE_EN if rx.fullmatch(lead.group(1))), None)  # not 'From January to September,'
        return None
    before = low[max(prev_end, c_start, q.start - 16):q.start]
    best, best_pos = None, -1
    for key, rx in _BASE_ZH:
        for m in rx.finditer(before):
            if m.start() > best_pos:
                best, best_pos = key, m.start()
    return best


def _container(m: re.Match) -> str:
    size = (m.group(1) or "").lower()
    box = next((g for g in m.groups()[1:] if g), "").lower()
    return "feu" if size in ("40", "四十", "forty") or box == "feu" else "teu"


# An English rate written with a slash: '$0.65/USG', '$412/t', '€31/MWh'.
_SLASH_UNITS = {"usg": "gallon", "gal": "gallon", "gallon": "gallon", "bbl": "bbl", "barrel": "bbl", "t": "t", "tonne": "t",
                "ton": "t", "mt": "t", "kg": "kg", "lb": "lb", "oz": "oz", "mwh": "MWh", "kwh": "kWh", "l": "litre", "litre": "litre",
                "liter": "litre", "share": "share"}
_DENOM_SLASH_EN = re.compile(r"\s?/\s?(" + "|".join(sorted(_SLASH_UNITS, key=len, reverse=True)) + r")\b")


_ANNUALIZED_EN = re.compile(r"\s(?:annualized|annualised|on\san\sannuali[sz]ed\sbasis)\b")


def _denominator(low: str, q, prev_end: int, c_start: int, c_end: int, next_start: int, en: bool) -> str | None:
    # Freight rates per container: '每40呎櫃（FEU）運價2,135美元', '$1,218 per TEU', 'per 40-foot container'.
    box = _BOX_EN.match(low, q.end) if en else _last_match(_BOX_ZH, low, max(c_start, q.start - 24), q.start)
    if box is not None:
        return _container(box)
    m = _DENOM_ZH_AFTER.match(low, q.end) if not en else None
    if m:
        return _DENOM_WORDS.get(m.group(1) or m.group(2))
    if en and (m := _DENOM_SLASH_EN.match(low, q.end)) is not None:
        return _SLASH_UNITS[m.group(1)]  # '$0.65/USG': per US gallon
    if en and low[q.start:q.end].endswith("tpa"):
        return "year"  # '5.4 mtpa': million tonnes per annum
    if en and q.kind == "amount" and _ANNUALIZED_EN.match(low, q.end):
        return "year"  # 'a quarterly 52.5 cents, or $2.10 annualized': a year's worth
    if en and (m := _HYPHENED_RATE_EN.match(low, q.end)) is not None:
        return m.group(1)  # 'a 10,000-tonne-a-day clinker line
    if en and q.kind == "number" and (m := _PER_CURRENCY_EN.match(low, q.end)) is not None:
        # An exchange rate is per one unit of the other currency: '148.6 to the dollar' is not 148.6 to the euro.
        return "one " + _CURRENCY_WORD_EN.get(m.group(1), m.group(1))
    if en:
        after = low[q.end:min(c_end, next_start)]
        ads = _ADS_EN.match(after) or _last_match(_ADS_EN_BEFORE, low, max(c_start, q.start - 60), q.start)
        if ads is not None:
            # 'per ADS' against 'per Class A ordinary share' (a plain 'per share' may be either);
            # 'per ordinary share and per ADS' is both.
            if ads.group("ordinary"):
                return None if re.search(r"\bads\b|\badr\b|depositary", after[:80]) else "ordinary share"
            return "ads"
        if _EACH_AFTER_EN.match(after):
            return "each"  # '¥21.8 billion for each of the eleven homes'
        # ('¥300 per 25-kilogram bag': the bag's size is a figure of its own, which cuts ``after``.)
        m = _DENOM_EN_AFTER.match(after) or (_DENOM_EN_AFTER.match(low[q.end:c_end]) if _SIZED_UNIT.match(low, next_start) else None)
        if m:
            unit = _DENOM_WORDS.get(m.group(2).lower(), m.group(2).lower())
            count = m.group(1)
            count = "10" if count == "ten" else count
            first = f"{count} {unit}" if count and count != "1" else unit
            then = _SECOND_PER_EN.match(after, m.end())
            # ('100,000 yuan per person per trip': per two things at once.)
            return f"{first}|{_DENOM_WORDS.get(then.group(1), then.group(1))}" if then else first
        if (m := _PER_ANY_EN.match(after)) is not None and m.group(1) not in _NOT_PER_WORDS:
            # ('460 yuan per cow', 'NT$180 per lot'): what the amount is per, in the claim's own word.
            word = m.group(1)
            return _PER_WORD_SAYS.get(word, word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
        if (m := _MULTIPLE_OF_EN.match(low, q.end)) is not None and re.search(r"(?:times|x)$", low[q.start:q.end]):
            base = "ebitda" if m.group(1).endswith(("amortization", "amortisation")) else m.group(1)
            return "times " + _MULTIPLE_BASES.get(base, base)  # 'leverage of 1.5 times EBITDA'
        if q.kind == "percent" and (m := _CHANGE_OF_PER_EN.match(after)) is not None:
            return _DENOM_WORDS.get(m.group(1), m.group(1))  # 'a 9.4% rise in the average yield per ad'
        m = None
        for m in _PER_BEFORE_EN.finditer(low, max(c_start, q.start - 60), q.start):  # noqa: B007 - the last match
            pass
        if m:  # 'profit per tonne ... improved to 187 yuan'
            return _DENOM_WORDS.get(m.group(1), m.group(1))
        if (m := _PER_ANY_BEFORE_EN.search(low, max(c_start, q.start - 40), q.start)) is not None and m.group(1) not in _NOT_PER_WORDS:
            word = m.group(1)  # ('productivity per consultant was $2.01 million': per the word written, right before)
            word = _PER_WORD_SAYS.get(word, word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
            # (Not after a rate of time, 'average daily sales per drugstore', 'annualised … per consultant':
            # the rate is read below, as it always was.)
            if not _RATE_EN.search(low, max(c_start, q.start - 90), q.start) and \
                    not _TIME_ADJECTIVE_EN.search(low, max(c_start, q.start - 60), q.start):
                return word
        m = _PRICE_OF_UNIT_EN.search(low, max(c_start, q.start - 80), q.start)
        if m:
            return _DENOM_WORDS.get(m.group(1), m.group(1))
        rate = (_CAPACITY_RATE_EN_AFTER.match(after) or _last_match(_CAPACITY_RATE_EN, low, max(c_start, q.start - 90), q.start)) \
            if q.kind != "amount" else None
        if rate:  # 'monthly capacity rose to 1.035 million wafers': so much a month (月产能; not its cost)
            return _CAPACITY_RATES[rate.group(1)]
        if q.kind != "amount" and (per := _CAPACITY_PER_AFTER_EN.match(after) or _COUNT_PER_TIME_EN.match(after)) is not None \
                and not low.startswith(" of", q.end + per.end()):
            return per.group(1)  # (not 'made up about a quarter of UK exports': a fraction)
        return None
    # Not cut at the previous figure: the 10 of '每10股' is read as a figure of its own.
    before = low[max(c_start, q.start - 20):q.start]
    if _ADS_ZH.search(before):
        return "ads"  # '每股美国存托股(ADS)摊薄收益7.02元': per ADS, not per ordinary share
    found = None
    for m in _DENOM_ZH_BEFORE.finditer(before):
        if found is not None and found.end() == m.start():
            # ('每月每户平均收入31.2新元': per month and per household at once; either is right.)
            return "|".join(_DENOM_WORDS.get(g, g) for g in (found.group(2), m.group(2)) if g)
        found = m
    if found:
        count = found.group(1)
        count = "10" if count == "十" else count
        word = found.group(2) or found.group(3)  # ('平均呎价约18,650元': per square foot)
        unit = _DENOM_WORDS.get(word, word)
        return f"{count} {unit}" if count and count != "1" else unit
    if _ANNUAL_RATE_ZH.search(low, max(c_start, q.start - 30), q.start):
        return "year"  # '年采浆量有望由今年的约2,900吨提升至…': an annual rate
    if (unit := _UNIT_PRICE_WORD_ZH.search(before)) is not None:
        return _DENOM_WORDS.get(unit.group(1), unit.group(1))  # '单公里平均售价（不含税）为14.1元': per kilometre
    if _PER_TONNE_WORD_ZH.search(before):
        return _DENOM_WORDS.get("吨", "吨")  # '吨均价为1.12万元': a price per tonne
    return None


# ('to make up 20-30% of full-year revenue': a share of the year's measure, the range's ends both.)
_FULL_YEAR_AFTER = re.compile(r"(?:[-–~]\d+(?:\.\d+)?\s?%?)?\s(?:(?:for|in|over)\sthe\s(?:full|whole|entire)\syear\b|"
                              r"of\s(?:its\s|the\s|their\s)?(?:full|whole)[- ]year\s(?!(?:target|goal|budget|forecast|guidance|plan|quota)\b)[a-z])")
_VOLUMES_WORD_EN = re.compile(r"\bvolumes?\b")
_SIZED_UNIT = re.compile(_SIZED)
_UNIT_PRICE_WORD_ZH = re.compile(r"单(公里|千米|米|平方米|瓦)[^，,。；;\d]{0,12}$")
_PER_TONNE_WORD_ZH = re.compile(r"(?:吨均价|吨价|单吨|吨售价|吨毛利|吨净利|吨成本|吨加工费|吨收入)[^，,。；;\d]{0,4}$")


# A measure per year named with 年 before it: 年采浆量, 年产能, 年产量, 年处理能力 (not 全年, 今年, 年初).
_ANNUAL_RATE_ZH = re.compile(r"(?<![全今去明上本当前后该同每半财當後該財\d〇一二三四五六七八九十])年(?:采浆|产|销|处理|发电|吞吐|运输|出货|供应|采购|加工|供汽|供热|供气|供水|售汽)(?:量|能力|能)?"
                             r"[^，,。；;\d]{0,16}$")


# A share in a list whose entry names its own part before 占: '、穿戴装置占19%'.
_OWN_HEAD_SHARE_ZH = re.compile(rf"[、，,；;]\s?[{HAN_CLASS}]{{2,8}}占(?:比)?(?:约为?|为|达)?\s?$")
# A loss written between a profit's name and its figure.
_LOSS_BEFORE = re.compile(r"(?:亏损|净亏|亏)[^，,。；;\d]{0,4}$|\b(?:a )?(?:net )?loss(?:es)? of (?:[a-z]+ ){0,2}$")
# ('…股东应占溢利约9.6亿港元，较2025年的10.79亿港元下降约11%': the change of the figure before, against its own earlier level.)
_COMPARED_CHANGE_ZH = re.compile(r"\s*(?:则)?较[^，,；;。a-z]{0,24}?(?:下降|上升|增长|成长|衰退|减少|增加|下跌|上涨|下滑|回落|提升|提高)")
# A clause that is only the change of the previous one's figure: '营收3674.7亿元，年增26.4%'.
# (Or against a level it names: '日处理规模合计3.86万吨，较上年末增加0.42万吨'.)
CHANGE_LEAD = re.compile(r"\s*(?:同比|环比|按年|按季|按月|较上年同期|较去年同期|(?:较|比)[^，,。；;\d]{1,8}?)?\s*(?:年|季|月)?(?:增长|增加|上升|上涨|下降|下滑|"
                          r"下跌|减少|提升|提高|回升|回落|收窄|扩大|增|减|成长|衰退)|\s*(?:up|down|rising|falling|a rise of|a drop of|an increase of|"
                          r"a decrease of)\b")
# 'Hanyang said its third-quarter profit rose': the company speaks of itself.
_SELF = re.compile(r"\b(?:its|their)\b|\b(?:cost|costs|save|saves|earn|earns|bring|brings) it\b|(?:the company|the bank|the group)\b|公司|集团|该行|其")
# A figure of the same period a year before: '去年同期为每股1.25港元', 'compared with 24 vessels ... a year earlier'.
# ('较去年同期上升3个百分点', '较去年同期进度慢0.5个百分点' are changes on a year earlier, not year-earlier figures.)
_YEAR_AGO_BEFORE = re.compile(r"(?:(?:去年|上年)同期|一年前|上年度|上一年度|去年)(?:(?!增|减|升|降|涨|跌|成长|衰退|提高|下滑|扩大|扩阔|收窄|缩短|延长|缩小|恶化|上调|下调|多|少|回落|改善|快|慢|高|低|落后|领先|放缓|缓|加快)"
                              r"[^，,。；;\d]){0,8}$")
# A sentence that opens on the year-ago period: '上年同期，公司单季归母净利润为194.6亿元', 'A year earlier, it earned…'.
_YEAR_AGO_LEAD = re.compile(r"\s*(?:(?:去年|上年)同期|一年前|a year (?:earlier|ago|before)|in the same (?:period|quarter) "
                            r"(?:a year earlier|last year))\s?[,，]")
# English: '2.1% a year earlier' (the figure then the phrase).
# ('a 24.1 billion won profit a year earlier': the figure's noun may stand between; 'the 75.1% of the same
# quarter of 2027'.)
_MULTIPLE_TEXT = re.compile(r"(?:times|fold|x)$")
_YEAR_AGO_RIGHT_AFTER = re.compile(r"\s(?:(?:net\s|operating\s)?(?:profit|loss|gain|surplus|deficit)\s|(?:months|weeks|days)\s)?"
                                   r"(?:(?:of\s)?a year (?:earlier|ago|before)|in the same (?:period|quarter|month) (?:a year "
                                   r"earlier|last year)|(?:of|in) the same (?:period|quarter|month|half) (?:of|in) "
                                   r"(?:the previous year|last year|(?:19|20)\d\d))\b")
# ('3.41% in the second quarter and 3.62% a year earlier': not across another figure.)
_QUARTER_AGO_AFTER = re.compile(r"\s(?:in\s)?(?:the\s)?(?:(?:previous|prior|preceding)\squarter|quarter\sbefore)\b|"
                                r"\sa\squarter\s(?:earlier|before)\b")
_WHOLE_AFTER_SHARE_EN = re.compile(r"\sof\s(?:the\s|its\s|their\s)?(?:[$¥€£]|[a-z]{1,3}\$)?")
_HALF_AGO_AFTER = re.compile(r"\s(?:in\s)?the\s(?:previous|prior|preceding)\s(?:half|six\smonths)\b")
_YEAR_AGO_AFTER = re.compile(r"[^,;.\d]{0,48}?\b(?:a year earlier|a year ago|a year before|the previous (?:fiscal |financial )?year|(?:the )?(?:last|prior) (?:fiscal |financial )?year)\b")
# ('较上一季度增长5%' is a change on the previous quarter, not the previous quarter's figure.)
# "the previous quarter's NT$5": the earlier period's figure.
_PRIOR_OWNS_EN = re.compile(r"\b(?:previous|prior|preceding|last) (?:quarter|month|half|period)(?:'s|’s) "
                            r"(?:[a-z-]+ ){0,2}(?:[$¥€£]|hk\$|nt\$|us\$|s\$)?$")
_PRIOR = re.compile(r"(?:较|比)?(?:前一|上一?)(?:季度?|个?月|期)(?:(?!增|减|升|降|涨|跌|成长|衰退|提高|下滑|扩大|收窄|多|少|回落|改善|快|慢|高|低)"
                    r"[^，,。；;\d]){0,10}$")
# 'monthly capacity', '月产能', '日均产量', 'hourly minimum wage': how often the figure is counted
# ('目前月产能': 目前 is 'now', not a month before).
_RATE_ZH = {"月": "month", "年": "year", "日": "day", "周": "week"}
# (Not '10月营收' or '全年营收': a month or year named is the period, not a rate.)
_RATE_ZH_BEFORE = re.compile(r"(?:每|(?:(?<=目前)|(?<![\d一二三四五六七八九十两今去明本上下当全前首次同该半财个]))(?=[月年日周]))([月年日周])均?$")
_RATE_ZH_AVERAGE = re.compile(r"(?:(?<=目前)|(?<![\d一二三四五六七八九十两今去明本上下当全前首次同该半财]))([月年日周])(?:均|化|耗)")
# '年产600万条半钢胎', '日产1.2万吨': so much made a year or a day, written just before the figure;
# '年处理废旧电池10万吨', '年处理能力将达到45万吨': so much handled a year (what is handled may come between);
# '年屠宰能力将由7.5亿羽增至8.7亿羽': both levels.
_RATE_ZH_OUTPUT = re.compile(r"(?:(?<=目前)|(?<![\d一二三四五六七八九十两今去明本上下当全前首次同该半]))([月年日周])(?:(?:测试|測試|封测|封測|封装|封裝|检测|檢測)?(?:产|產)[能量]?|"
                             r"(?:处理|處理|加工|回收|通过|通過|吞吐|周转|週轉|造船|熔化|熔|屠宰|出栏|出欄|总装|總裝|组装|組裝|装配|裝配|生产|生產|制造|製造)(?:能力|量)?(?:[^\d，,。；;：:]{0,6}?))"
                             # ('月產能（以2吋約當計）將由…': an aside on how it is counted)
                             r"(?:[（(][^（()）]{1,16}[)）])?"
                             r"(?:将|將|可)?(?:[由從从][^，,。；;：:]{1,14}?(?:增|提升|提高|扩大|擴大|升)至)?"
                             r"(?:[由從从](?:目前|現有|现有|现在|現在)?的?)?(?:达到|達到|约|約|达|達|为|為|超过|超過|逾)?$")  # ('由目前的2.4萬片')
# ('按305万吨的年产能计算': the capacity a rate, written after the figure.)
_RATE_ZH_AFTER = re.compile(r"\s?的?([月年日周])(?:产|產)能")
# ('年费599元', '月租3,800元', '年薪120万元': a fee, rent or salary counted by the year or month.)
# ('平均月薪已達3.52萬元': an adverb before the verb.)
_RATE_ZH_FEE = re.compile(r"(?<![\d一二三四五六七八九十两今去明本上下当全前首次同该半])([月年])(?:费|費|租|薪)(?:已|已经|仍|则|亦)?"
                          r"(?:为|為|约|約|仅|僅|达|達)?$")
# ('年訂閱收入超過100萬元的大客戶': a threshold on what a customer pays a year.)
_RATE_ZH_THRESHOLD = re.compile(r"(?<![\d一二三四五六七八九十两今去明本上下当全前首次同该半])([月年])(?:订阅|訂閱)?(?:收入|消费|消費|支出|营收|營收)"
                                r"(?:超过|超過|逾|达到|達到|达|達|高于|高於|不低于|不低於)$")
# 'annual inflation of 3.6%', 'yearly growth of 4%': a percentage change over a year (its base), not a rate.
# Only comparison words between the previous figure and a base: the base is that figure's ('0.21 yuan
# more than a year earlier and 0.27 yuan above March'; 'rose 16.8% on year and 7.4% on quarter').
_AFTER_PREVIOUS_EN = re.compile(r"[\s,]*(?:(?:more|less|higher|lower|up|down|than|from|above|below|compared|with|"
                                r"over|the|a|an)\s+)*\s*")
_ANNUAL_CHANGE_EN = re.compile(r"\b(?:annual|yearly)\s(?:[a-z-]+\s){0,2}?(?:inflation|growth|rise|increase|gain|decline|"
                               r"fall|drop|pace|rate)\b(?:(?!\d)[^,;.]){0,24}$")
# A sentence that opens on its base: 'From a year earlier, prices rose 3.4%'.
_QUARTER_LEAD_EN = re.compile(r"(?:compared with|compared to|from|versus|against) the (?:second|third|fourth|march|june|"
                              r"september|december) quarter")
_BASE_LEAD_EN = re.compile(r"\s*((?:from|compared with|compared to|on|versus|against) [a-z -]{4,36}?)\s?,")
# ('rose by the daily limit', 'the annual meeting': a word of a thing, not a rate.)
_RATE_EN = re.compile(r"(?<!-)\b(monthly|annual|annualised|annualized|yearly|daily|hourly|weekly|per hour|an hour|a day|"
                      r"per day)\b(?!-)(?!\s(?:limit|meeting|report|general|cap|ceiling|floor|band|trading limit|dividends?|payouts?|results|recurring))"
                      # ('a weekly Busan-Nhava Sheva service … four 4,300-TEU ships': how often it runs, not a rate)
                      r"(?!\s(?:[\w-]+\s){0,2}(?:services?|flights?|sailings?|routes?|loops?|schedules?)\b)")
# The rate written after the figure: 'NT$2.85 million in monthly revenue', '$40 of daily sales'.
_RATE_EN_AFTER = re.compile(r"\s(?:in|of)\s(?:average\s)?(monthly|annual|yearly|daily|weekly|hourly)\s"
                            r"(?!limit|meeting|report|general|cap|trading)[a-z]")
PERCENT_PER_TIME_EN = re.compile(r"\s(?:a|per|each)\s(year|quarter|month|week|day|annum)\b")
_RATE_EN_UNITS = {"monthly": "month", "annual": "year", "annualised": "year", "annualized": "year", "yearly": "year",
                  "daily": "day", "hourly": "hour", "weekly": "week", "per hour": "hour", "an hour": "hour",
                  "a day": "day", "per day": "day"}


_EPS = frozenset({"eps"})
_PART_OF_TOTAL_ZH = re.compile(r"(?:其中|[，,；;])[^，,。；;\d]{1,12}?(?:占比|所占比重|占比重|所占比例|占)(?:约为|约|为|达到|达)?$")
_TOTAL_BEFORE_ZH = re.compile(r"合计|总计|共计|合共|总和")
_PART_NAME_ZH = re.compile(rf"(?:[，,；;]\s?)?(?:其中)?[，,]?\s?(?P<name>[{HAN_CLASS}A-Za-z]{{2,8}}?)(?:所)?占")
_DIVIDEND_KIND_AFTER = re.compile(r"\s(interim|final|quarterly)\b(?!\s(?:cash\s)?dividend)")
_VOLUME = frozenset({"volume"})
_COUNTERS_ZH = frozenset("套台辆輛部件只支架艘颗顆枚瓶箱盒片张張")
_SOLD_BEFORE_ZH = re.compile(r"(销售|銷售|售出|卖出|賣出)[^，,。；;\d]{0,14}$")
_EXCLUDING_ONE_OFFS_EN = re.compile(r"\b(?:excluding|stripping out|before|leaving out|without)\s(?:non-recurring|one-off|one-time|extraordinary|exceptional)\s(?:items|gains|gains and losses|profit and loss)\b")
_SOLD_BEFORE = re.compile(r"\b(sold|sells|sell|selling)\s(?:about\s|some\s|nearly\s|almost\s|a record\s)?$")
# ('earned 0.20 yuan a share', 'earnings of NT$4.56 a share')
_EARNED_BEFORE = re.compile(r"\b(?:earn(?:ed|ing|s)?|earnings\s(?:of|were|was))\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$")
_A_SHARE_AFTER = re.compile(r"\s+(?:a|per|for each)\s+share\b")


def _rate_denominator(low: str, q, term, since: int, en: bool) -> str | None:
    if en:
        after = _RATE_EN_AFTER.match(low, q.end)
        if after:
            return _RATE_EN_UNITS[after.group(1)]  # 'averaged NT$2.85 million in monthly revenue'
        if q.kind == "percent" and (per := PERCENT_PER_TIME_EN.match(low, q.end)) is not None:
            return "year" if per.group(1) == "annum" else per.group(1)  # 'a fee of 0.10% a year' (not a month)
        m = None
        for m in _RATE_EN.finditer(low, max(since, q.start - 90), q.start):  # noqa: B007 - the last match
            pass
        if m and q.kind == "percent" and _ANNUAL_CHANGE_EN.search(low, m.start(), q.start):
            return None  # its base (year-on-year), not a rate
        return _RATE_EN_UNITS[m.group(1)] if m else None
    if term is not None and since <= term.start:
        m = _RATE_ZH_BEFORE.search(low, max(0, term.start - 3), term.start) or _RATE_ZH_AVERAGE.search(
            low, max(since, term.start - 8), term.start)
        if m:
            return _RATE_ZH[m.group(1)]
    # ('日均成交约2.56万平方米', '年化新保费25.36亿美元': an average or annualised figure with no metric word.)
    m = _RATE_ZH_AVERAGE.search(low, max(since, q.start - 12), q.start) or \
        _RATE_ZH_OUTPUT.search(low, max(since, q.start - 14), q.start) or _RATE_ZH_AFTER.match(low, q.end) or \
        _RATE_ZH_FEE.search(low, max(since, q.start - 7), q.start) or _RATE_ZH_THRESHOLD.search(low, max(since, q.start - 9), q.start)
    return _RATE_ZH[m.group(1)] if m else None


def previous_period(period: str | None) -> str | None:
    """The period before ``period`` when it is a quarter, half or month ('Q3' -> 'Q2'); else None."""
    if not period or len(period) < 2 or not period[1:].isdigit():
        return None
    kind, n = period[0], int(period[1:])
    if kind == "Q":
        return f"Q{n - 1}" if n > 1 else "Q4"
    if kind == "H":
        return "H1" if n == 2 else "H2"
    if kind == "M":
        return f"M{n - 1}" if n > 1 else "M12"
    return None


_FROM_MODIFIER = re.compile(r"\s(?:from|on)\s(?:[a-z-]+\s){0,2}")
_SUM_OF_BEFORE = re.compile(r"\sof\s(?:about\s|around\s|some\s)?")  # ('on sales of ¥131.4 billion')
# ('buy back up to 100 billion yen of shares, or 25 million shares, by March 2027, and pay…'.)
_AFTER_EARLIER_FIGURE = re.compile(r"\d(?:\s?(?:%|[a-z]+)){0,4},?\sby\s(?:the\send\sof\s)?$")
_PERIOD_RIGHT_AFTER = re.compile(r"(?:\s(?:per|a|an|each)\s[a-z-]+)?(?:\sof\s(?!the\b|a\b|an\b|its\b)[a-z-]+)?(?:\son\s(?:share\s)?[a-z-]+)?(?:\s(?:rise|fall|gain|drop|increase|decrease|decline|growth|jump|slide|contraction))?"
                                 # ('rose 2.6% year on year in July': the change's base, then its period.)
                                 r"(?:\s(?:year[- ]on[- ]year|on the year|on year|y/y|quarter[- ]on[- ]quarter|month[- ]on[- ]month))?"
                                 r"\s(?:in|for|during|over|at the end of|as of|at end-)\s?(?:the\s|its\s)?(?:fiscal\s|financial\s)?")
# ('to about 3.2 months at the end of September': a level's unit, then the point in time it is of.)
_COUNTED_IN_THE_YEAR = re.compile(r"(?:\s[a-z-]+){1,2}\sin\sthe\s")
_POINT_RIGHT_AFTER = re.compile(r"\s[a-z]{3,}s\s(?:at the end of|as of|at end-)\s?(?:the\s)?")
_FROM_PERIOD = re.compile(r"(?:from|than|since|compared with|versus|above|below|ahead of|behind)\s(?:in\s|at\s)?(?:the\s)?"
                          r"(?:end of\s)?(?:the\s)?$")
# ('down 6.9% on year and up 2.2% on November': a month after 'on' is what a change is on, no
# figure's period; 'on November 5' is a day.)
_ON_PERIOD = re.compile(r"\bon\s(?:the\s)?$")
# ('…1.03 million this year and 1.08 million…': a period right after a figure is that figure's.)
# ('2.1 million tonnes in September and should reach the 2.8 million-tonne target': a unit of two words too.)
_AFTER_FIGURE_EN = re.compile(r"\d(?:%|\s?(?:percent|per cent|points?|billion|million|trillion|yen|yuan|won)(?:\s[a-z]+)?)?"
                              r"\s(?:in|for|during)\s(?:the\s)?$"
                              r"|\d(?:%|\s?(?:percent|per cent|points?|billion|million|trillion|yen|yuan|won))\s$"
                              # ('had risen from 98 last year to 112': the compared figure's year)
                              r"|\bfrom\s(?:about\s|around\s)?[^\d\s.]{0,3}\d(?:[\d,.]*\d)?%?\s$")
_AFTER_COMPARED_FIGURE = re.compile(r"\bfrom\s(?:about\s|around\s)?(?:[^,;\s]|,(?=\d))*\d(?:[^,;.]|\.(?=\d)){0,16}\s(?:in|for|during|at)\s(?:the\s)?(?:end of\s|end-)?$")
_ENDS_IN_BEFORE = re.compile(r"\b(?:which|that)\s(?:ends|will\send|closes)\s(?:in\s|on\s)?next\s$")
_SINCE_BEFORE = re.compile(r"\bsince\s(?:the\s)?(?:end\sof\s|start\sof\s|beginning\sof\s)?$")
_LESS_EN = re.compile(r"\b(?:less|minus|excluding|after deducting|net of)\b")
_PERIOD_MEASURE_OF = re.compile(r"\s(?:net\s|operating\s|pre-tax\s)?(?:profit|loss|revenue|sales|income)\sof\s(?:about\s|some\s)?"
                                r"(?:[a-z]{0,3}\$|¥|€|£|₹)?")
_PERIOD_MEASURE_FIGURE = re.compile(_PERIOD_MEASURE_OF.pattern + r"\d")
_COMPARED_PERIOD = re.compile(r"(?:\btimes|\bthan|\bfrom|\babove|\bbelow|(?:flat|line|level|par|unchanged|steady) (?:with|on)|\b(?:similar|comparable|identical) to|\bcompared with|\bversus)\s(?:in\s|at\s)?(?:the\s)?(?:end of\s|end-)?(?:the\s)?$")
# ('2.7 times the April-June level': not '5.6 times at the end of June', June's own level.)
_AFTER_AN_EVENT = re.compile(r"\b(?:after|following)\s(?:a|an|the|its)\s$")
_COMPARED_RIGHT_BEFORE = re.compile(r"(?:\btimes|\bthan|\babove|\bbelow|\bversus|\bcompared with)\s(?:that of\s)?the\s$")
# ('about 10% below the second-quarter average of NOK 312,000': an average is a level too.)
_PERIOD_LEVEL_OF = re.compile(r"(?:'s|’s)?\s(?:level|figure|total|reading|result|average)\sof\s(?:about\s|some\s|nearly\s)?"
                              r"(?:[$¥€£₩₹]|[a-z]{0,2}\$|rs\.?\s?|rp\s?|[a-z]{3}\s)?")
_COMPARED_PERIOD_ZH = re.compile(r"(?:较|比|相比|相较|较之)(?:今年|去年|上年|本年|同年)?\s?$")
# A comparison between a figure and a period after it: the period is the compared figure's
# ('improved to 2.31% from 2.47% at the end of June').
# ('earning NT$0.42 a share after a loss of NT$0.15 a share in the second quarter': the loss's quarter.)
_COMPARED_BETWEEN = re.compile(r"\b(?:from|than|compared with|versus|above|below|ahead of|after (?:a|an) (?:net )?(?:loss|profit|deficit|surplus))\b")


# What a figure is, then when: '… a 49.5% stock dividend in the first quarter of 2027'.
_WHEN_AFTER_EN = re.compile(r"[^\d,;.]{0,40}\s(?:in|during|by)\s(?:the\s)?")
# 'Net profit in the third quarter, reported on Oct. 29, rose 31.5 percent': an aside between a
# metric and its verb parts nothing.
# ('its net profit for July-September, the second quarter of fiscal 2026 (FY26), rose 14.6%': a period restated.)
# A metric heading what it is of, then its verb: 'The gross margin of its gas-fired independent power
# plants widened to 24.6%'.
_OF_HEAD_TO_VERB = re.compile(r"\s(?:of|in|at|for)\s(?:[a-z'’-]+\s){1,8}(?:rose|fell|grew|widened|narrowed|improved|increased|decreased|"
                              r"declined|climbed|dropped|jumped|slipped|eased|edged up|edged down|was|were|stood at|reached|"
                              # ("exports of liposomal and nano-formulated drugs should reach about NT$12.8 billion")
                              r"(?:should|could|would|will|may|might|(?:is|are)\s(?:expected|forecast|projected)\sto)\s"
                              r"(?:reach|rise|fall|grow|increase|decrease|decline|total|hit|top|exceed|be))"
                              r"\s(?:to\s|at\s|by\s)?(?:about\s|some\s|around\s)?$")
# ('recurring net profit, excluding one-off items, was 412 million yuan': what the measure leaves out)
# ('Zespri reported in May that total fruit sales rose 8.9% … in the year to March 31': when it was told.)
# ('below the 3% to 6% range it gave in June': when a figure was given, not its period.)
_REPORTED_IN_EN = re.compile(r"\b(?:reported|announced|said|disclosed|published|released|gave|given)\sin\s$")
_ASIDE_TO_VERB = re.compile(r"[^,;.]{0,40},\s(?:(?:reported|announced|released|published|disclosed)\b[^,;]{0,30}|"
                            r"(?:excluding|stripping\sout|net\sof|before|after)\s[^,;]{2,40}|"
                            r"the\s(?:first|second|third|fourth)\s(?:quarter|half)\sof\s(?:its\s)?(?:fiscal|financial)?\s?"
                            r"(?:year\s)?[\w-]+(?:\s\([^()]{1,12}\))?|"
                            # ('revenue for its fiscal fourth quarter, the three months to September 30, fell 2.1%')
                            r"the\s(?:three|six|nine|twelve|12)\smonths\s(?:to|ended|ending|through)\s[a-z]+\s\d{1,2}(?:,?\s20\d\d)?),\s"
                            r"(?:rose|fell|grew|increased|decreased|declined|climbed|dropped|jumped|slipped|was|were|"
                            r"totalled|totaled|reached)\s(?:by\s)?(?:about\s|some\s)?(?:[a-z]{1,3}\$)?$")
_YEAR_END_AFTER = re.compile(r"\s(?:at\s)?(?:the\s)?(?:end\sof\s|end-)((?:fiscal\s)?20\d\d|last\syear|the\sprevious\syear)\b")
_BETWEEN = re.compile(r"\bbetween\s(?:the\s)?(?:end\sof\s)?(?:the\s)?$")


def _later_year(temporals, period: str, q, c_start: int, low: str, en: bool) -> bool:
    """Whether a year of its own stands between a figure and the quarter or month it would carry
    from earlier in the sentence ('2028年再扩至20万片'), or right after it ('and to 200,000 in 2028'):
    the figure is that year's, not the quarter's."""
    carried = [t for t in temporals if t.key == period and t.start < q.start]
    if not carried:
        return False
    # ('the third quarter of 2027', 'the first nine months of 2026': the year written with the period is its.)
    joined = {t.start for t in temporals if t.kind != "year"}
    return any(t.kind == "year" and t.start not in joined and not _YEAR_OF_PERIOD.fullmatch(low, carried[-1].end, t.start) and (
        max(carried[-1].start, c_start) < t.start < q.start or (en and _IN_YEAR_RIGHT_AFTER.fullmatch(low, q.end, t.start)))
        for t in temporals)


_PERIOD_AFTER_ASIDE = re.compile(r"(?:\s(?:a|per)\s(?:share|unit|tonne|ton))?,\sor\s(?:[^,;.]|\.(?=\d)){1,40},\s(?:in|for|during)\s(?:the\s)?"
                                 r"|\s(?:a|per)\s(?:share|unit|tonne|ton),\s(?:in|for|during)\s(?:the\s)?")
_YEAR_OF_PERIOD = re.compile(r"\s?(?:of\s|,\s|in\s)?(?:fiscal\s|fy\s?)?")
# ('and to 200,000 in 2028', 'the NT$10.92 it earned in all of 2037')
_IN_YEAR_RIGHT_AFTER = re.compile(r"\s(?:[a-z-]+\s){0,2}(?:in|by)\s(?:all\sof\s|the\swhole\sof\s)?")


_STORY_PERIOD_AFTER_EN = re.compile(r"\s(?:[a-z-]+\s){0,3}?(?:in|during|for|over)\sthe\s(?:quarter|half|period)\b")


def _period(periods, q, s_start: int, c_start: int, c_end: int, en: bool,
            text_low: str = "") -> tuple[str | None, str | None, bool]:
    """Chinese writes the period before the figure; English before it in the same clause or right
    after it ('rose 0.20% ... in the third week of November'), else earlier in the sentence. A
    period right after the figure is its own ('US$1.89 billion in Q3 and US$5.62 billion in the
    first three quarters')."""
    before = [t for t in periods if s_start <= t.start < q.start]
    if en and (year_end := _YEAR_END_AFTER.match(text_low, q.end)) is not None:
        # ('from 1.12% at the end of 2025': the level at a year's end, its December.)
        return "M12", f"the end of {year_end.group(1)}", True
    if en and (day := _AT_DAY_AFTER_EN.match(text_low, q.end)) is not None:
        # ('net debt fell to $18.2 million at September 30 from …': a level at a day, that day's month.)
        return f"M{month_number(day.group(1))}", text_low[day.start(1):day.end()].title(), True
    if en and (aside := _PERIOD_AFTER_ASIDE.match(text_low, q.end)) is not None and \
            (later := next((t for t in periods if t.start == aside.end()), None)) is not None:
        # ('NT$964 million, or NT$11.33 a share, in the first nine months': the period after a restatement
        # is both figures'.)
        return later.key, later.text, True
    if en and _FULL_YEAR_AFTER.match(text_low, q.end):
        # ('…in the fourth quarter and expects revenue of about 12 billion won for the full year'.)
        return "12M", "the full year", True
    if en:
        if before and _PERIOD_MEASURE_OF.fullmatch(text_low, before[-1].end, q.start):
            # ('…net loss of NT$32 million from a second-quarter profit of NT$14.5 million': the period
            # that names this figure's own measure right before it.)
            return before[-1].key, before[-1].text, False
        if before and _PERIOD_LEVEL_OF.fullmatch(text_low, before[-1].end, q.start):
            # ('2.7 times the April-June level of 65.4 billion yen': the compared level's own period.)
            return (*_joined_months(periods, before[-1], text_low), False)
        # ('2.2 times the second quarter's and 35.4% higher': the second quarter is what the first
        # figure is compared with, no later figure's own period.)
        before = [t for t in before if not _COMPARED_PERIOD.search(text_low, max(0, t.start - 40), t.start)]
        # ('would reach 140 mtpa by March 2028, with a 4 mtpa clinker line': a period written right
        # after an earlier figure is that figure's.)
        before = [t for t in before if not _AFTER_EARLIER_FIGURE.search(text_low, max(0, t.start - 48), t.start)]
        # ('up from 0.7% in the June quarter and above forecasts of 1.0%': June is 0.7%'s.)
        before = [t for t in before if t.start < c_start or not _AFTER_FIGURE_EN.search(text_low, max(0, t.start - 24), t.start)]
        # ('narrowed to NT$126 million from NT$208 million in the second quarter, an improvement of about
        # 39%': the period of the figure compared with, in a clause before, is not a later clause's.)
        # (Nor, in the same clause, a later figure's: 'up 7.4% from $231.5 billion at the end of December and
        # 3.2% higher than…' is not December's.)
        before = [t for t in before if not _AFTER_COMPARED_FIGURE.search(text_low, max(0, t.start - 48), t.start)]
        # ('for fiscal 2035, which ends next March, to $4.6 billion': when the year ends, no period of the figure.)
        before = [t for t in before if not _ENDS_IN_BEFORE.search(text_low, max(0, t.start - 28), t.start)]
        # ('timber prices had risen 5.2% since January, and that … accounted for 56% of merchant sales
        # last year': where an earlier clause's change starts is no later clause's period.)
        before = [t for t in before if t.start >= c_start or not _SINCE_BEFORE.search(text_low, max(0, t.start - 20), t.start)]
        # ('first-quarter (August-October) net sales of 12.84 billion yen for the year ending July 2029, up
        # 18.6%': the fiscal year a quarter is of is its frame, no period of the figures after it.)
        before = [t for t in before if not (len(months_of(t.key) or ()) == 12 and _FIGURE_FOR_THE.search(text_low, max(0, t.start - 40), t.start)
                                            and any(u.start < t.start and len(months_of(u.key) or ()) in (3, 6)
                                                    and not _JOINED_CLAUSE_EN.search(text_low, u.end, t.start) for u in before))]
        less = _last_match(_LESS_EN, text_low, max(s_start, c_start), q.start)
        if less is not None:
            # ('nine-month revenue less the 5.128 billion yuan booked in the third quarter': the period
            # before 'less' is the whole's, not the figure taken from it.)
            before = [t for t in before if t.start >= less.end()]
        own = [t for t in before if t.start >= c_start]
        # ('600 stores in 2027 and plans to enter a third state in the second quarter': a period after
        # another verb of the sentence is that verb's.)
        stop = _NEXT_VERB_EN.search(text_low, q.end, c_end)
        c_end = stop.start() if stop else c_end
        # ('up 2.13 billion yuan from the end of June': June is what it is compared with.)
        # ('up 9.6% on the year and 2.7 times the April-June level': April-June is compared with.)
        after = [t for t in periods if q.end <= t.start < c_end and not _FROM_PERIOD.search(text_low, q.end, t.start)
                 and not _COMPARED_RIGHT_BEFORE.search(text_low, max(0, t.start - 40), t.start)
                 # ('earning 10.6 million yuan after a second-quarter loss': the period of what came before)
                 and not _AFTER_AN_EVENT.search(text_low, max(0, t.start - 10), t.start)
                 and not (_ON_PERIOD.search(text_low, max(0, t.start - 8), t.start) and not any(ch.isdigit() for ch in t.text))
                 and (not _COMPARED_BETWEEN.search(text_low, q.end, t.start)
                      or _YEAR_EARLIER_THEN.fullmatch(text_low, q.end, t.start)
                      or _LEVEL_REACHED_THEN.fullmatch(text_low, q.end, t.start)
                      or _REACHED_FROM_BY.fullmatch(text_low, q.end, t.start))]
        if own and after and not (len(months_of(after[0].key) or ()) == 12 and len(months_of(own[-1].key) or ()) in (3, 6)
                                  and not _JOINED_CLAUSE_EN.search(text_low, own[-1].end, q.start)) \
                and (_PERIOD_RIGHT_AFTER.fullmatch(text_low, q.end, after[0].start)
                              # ('…in the first half and expects £80 million to £85 million for the year': a range's
                              # low end has the period after its high end.)
                              # ('£85 million for the year', 'about 1% lower for 2035': a period that opens with its own 'for')
                              or _BARE_GAP_EN.fullmatch(text_low, q.end, after[0].start)
                              or ((upto := _RANGE_END_AFTER.match(text_low, q.end)) is not None
                                  and (_PERIOD_RIGHT_AFTER.fullmatch(text_low, upto.end(), after[0].start)
                                       or not text_low[upto.end():after[0].start].strip()))
                              or _REACHED_FROM_BY.fullmatch(text_low, q.end, after[0].start)
                              or _POINT_RIGHT_AFTER.fullmatch(text_low, q.end, after[0].start)
                              # ('3.18 million patient visits in the year': what the count is of, then the year.)
                              or (after[0].text == "year" and _COUNTED_IN_THE_YEAR.fullmatch(text_low, q.end, after[0].start))
                              or (re.search(r"\d", text_low[own[-1].end:q.start])
                                  and _WHEN_AFTER_EN.fullmatch(text_low, q.end, after[0].start))):
            # ('full-year profit of about VND48 trillion and plans to pay a 49.5% stock dividend in the
            # first quarter of 2027': a period before another figure is that one's when this has its own.)
            own = []
        if not own and not after and _TARGET_LEVEL.search(text_low, max(0, q.start - 40), q.start):
            return None, None, False  # ('…in the first half of 2027, and raised her target to 20.50 yuan': a target has no period)
        if not own and not after and _EVENT_CLAUSE.match(text_low, c_start):
            return None, None, False  # ('fell to 92.4% at the end of September…, after a 1.65 trillion won rights offering')
        if not own and len(after) >= 2 and _BETWEEN.search(text_low, q.end, after[0].start):
            after = after[1:]  # 'fell to ₹1,940 crore between the end of March and the end of September'
        if not own and not after and before and _POINT_BEFORE_EN.search(text_low, max(0, before[-1].start - 24), before[-1].start) \
                and _OTHER_CLAUSE_EN.search(text_low, before[-1].end, q.start):
            # ('totalled 31.2 billion yuan at the end of the third quarter, …, while collections rose
            # 41.5%': a level's point in time is not a later clause's change's period.)
            return None, None, False
        if not own and not after and before and before[-1].start < c_start and \
                (year := _YEAR_RIGHT_AFTER.match(text_low, q.end)) is not None:
            # ('…fourth-quarter revenue would grow 7% and that it expected to spend about $2.4 billion on
            # buybacks in 2034': a year written right after the figure is its period, not an earlier clause's quarter.)
            return "12M", year.group(1), True
        if not own and not after and before and ";" in text_low[before[-1].end:q.start] and \
                any(q.end <= t.start < sentence_span(text_low, q.start, q.end)[1] for t in periods):
            # ('…reached 39.4% in the third quarter; with a cost ratio of 31.7%, the combined ratio for the
            # nine months was 68.5%': a part after a semicolon that names its own period later does not
            # take the earlier part's.)
            return None, None, False
        if not own and after and _STORY_PERIOD_AFTER_EN.match(text_low, q.end, after[0].start):
            # ('bought back $400 million of shares in the quarter and expected to repurchase a further $600
            # million by the end of June 2050': the story's quarter, told right after, not a later figure's date.)
            return None, None, False
        pick = own[-1] if own else (after[0] if after else (before[-1] if before else None))
        if pick is not None and pick.start < q.start and not after and \
                (year := _YEAR_OPENS_EN.search(text_low, pick.end, q.start)) is not None and year.start() > pick.end:
            # ('fourth-quarter revenue to rise 10% and 2027 revenue to grow 30%': the year's own; not
            # 'the six months to December 31, 2026 rose', where the year is the period's.)
            return "12M", year.group(1), False
        if pick is None and (year := _YEAR_ADJECTIVE_BEFORE.search(text_low, max(s_start, q.start - 48), q.start)) is not None:
            return "12M", year.group(1), False  # ('a 2027 net profit of A$38.6 million': the year's whole)
        return (*_joined_months(periods, pick, text_low), pick.start > q.start) if pick else (None, None, False)
    # '剩余1,200亿元将于11月发行完毕': when the figure is to happen is its own period.
    when = next((t for t in periods if q.end <= t.start < c_end and _WILL_BE_IN.search(text_low, q.end, t.start)), None)
    # ('月產能將由5萬片擴增至6.5萬片，預計明年第二季完成': the next clause says when the figure is reached.)
    when = when or next((t for t in periods if c_end <= t.start < c_end + 12 and _DONE_BY_FROM.fullmatch(text_low, c_end, t.start)
                         and _DONE_AFTER.match(text_low, t.end)), None)
    # ('拟以每10股派发现金红利1.20元实施前三季度利润分配': the period whose profit is distributed.)
    when = when or next((t for t in periods if q.end <= t.start < c_end and _DISTRIBUTION_OF_ZH.match(text_low, t.end)), None)
    if when is not None:
        return when.key, when.text, True
    # ('较今年3月的低点上涨0.27元': March is what the figure is compared with.)
    before = [t for t in before if not _COMPARED_PERIOD_ZH.search(text_low, max(0, t.start - 6), t.start)]
    if before and before[-1].start < c_start and "全年" in text_low[c_start:q.start]:
        return None, None, False  # ('四季度预计交付约260组，全年营业收入目标为2600亿元': not the quarter's)
    if before and before[-1].start < c_start and _YEAR_OWN_CLAUSE_ZH.search(text_low, c_start, q.start):
        return None, None, False  # ('…升至今年上半年的67%；他预计明年本港数码广告开支将增长8%至9%': next year's, not the half's)
    in_sentence = [t for t in before if t.start >= s_start]
    if before and before[-1].start < c_start and "每股" in text_low[c_start:q.start] and len(in_sentence) >= 2 and \
            previous_period(in_sentence[0].key) == in_sentence[-1].key:
        # ('第三季税后净损0.86亿元，第二季净损2.45亿元，每股亏损0.12元': which quarter's per-share loss
        # is not said; '…，前三季税后纯益…，每股纯益…' is the nine months'.)
        return None, None, False
    if before and before[-1].start < c_start and ";" in text_low[before[-1].end:q.start] and \
            _MONTH_END_AFTER_ZH.match(text_low, before[-1].end) and \
            (span := next((t for t in reversed(before[:-1]) if t.start >= s_start and len(months_of(t.key) or ()) in (3, 6, 9, 12)
                           and not _MONTH_END_AFTER_ZH.match(text_low, t.end)), None)) is not None:
        # ('招银金租上半年实现净利润24.16亿元，…，6月末总资产3,358亿元；工银金租净利润22.95亿元': a month's end in the
        # middle of a sentence is the point of a level before the semicolon; what comes after it is of the
        # half the sentence opened with. Not '截至9月末，…；各项贷款…', a point the whole sentence is at.)
        before = [span]
    if before:
        t = before[-1]
        if len(before) > 1 and "其中" in text_low[max(0, t.start - 4):t.start] and \
                _CLAUSE_END_ZH.search(text_low, t.end, q.start):
            t = before[-2]  # '前三季度…，其中第三季度销售11.2万吨；电池片出货68.5GW': back to the nine months
        elif len(before) > 1 and (seg := _last_match(_CLAUSE_END_ZH, text_low, s_start, q.start)) is not None and \
                t.start < seg.start() and _TOPIC_HEAD_ZH.match(text_low, before[0].end):
            # ('第三季获利方面，…；华固…，前三季EPS达9.87元；远雄税后纯益2.46亿元': a period of another
            # part of the sentence stays there; the one the sentence opens on is this part's.)
            t = before[0]
        return (*_joined_months(periods, t, text_low), False)
    return None, None, False


_PREVIOUS_SPAN_AFTER_EN = re.compile(r"(?:\s(?:rise|fall|gain|drop|increase|decrease|decline|growth|jump|slide))?\s(?:in|for|during)\s"
                                     r"(?:the|its)\s(?:previous|prior|preceding)\s(quarter|half|month)\b")
_BARE_GAP_EN = re.compile(r"\s?(?:(?:higher|lower|up|down|more|less|fewer)\s)?")
_RANGE_END_AFTER = re.compile(r"\s?(?:to|-|–)\s?(?:about\s)?(?:[a-z]{0,3}\$|[¥€£₹₩])?\d[\d.,]*(?:\s?(?:%|percent|million|billion|trillion|crore|"
                              r"lakh|yuan|yen|won|pence|cents))?")
_A_BEFORE_FIGURE = re.compile(r"\b(?:a|an)\s(?:[a-z]{0,3}\$|[¥€£₹₩])?$")
_CHANGE_BASE_TO_LEVEL = re.compile(r"\s(?:rose|fell|increased|decreased|climbed|dropped|declined|improved|worsened|widened|"
                                   r"narrowed|grew|jumped|slipped|edged up|edged down)\s(?:by\s)?[\d.,]+\s?(?:%|percent|points?|"
                                   r"percentage points?|basis points|bps)\s(?:from\s(?:a|the)\s(?:year|quarter|month)\s(?:earlier|before|ago)"
                                   r"|year[- ]on[- ]year|on\sthe\syear|from\sthe\sprevious\s(?:year|quarter|month))\sto\s(?:about\s)?")
_YEAR_RIGHT_AFTER = re.compile(_PERIOD_RIGHT_AFTER.pattern + r"((?:fy|fiscal\s)?20\d\d)\b(?![-–/])")
_AT_DAY_AFTER_EN = re.compile(rf"\s(?:at|as of|as at)\s({MONTH_EN})\s\d{{1,2}}\b(?!,?\s\d{{4}})")

_YEAR_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|its|their|the)\s((?:fy|fiscal\s)?20\d\d)\s(?:[a-z-]+\s){0,2}(?:profit|loss|revenue|"
                                    r"revenues|sales|earnings|ebitda|ebit|income|turnover)\s(?:of\s)?"
                                    r"(?:about\s|around\s|nearly\s|almost\s)?(?:[a-z]{0,3}\$|¥|€|£|₹)?$")
_DISTRIBUTION_OF_ZH = re.compile(r"\s?的?\s?(?:利润分配|权益分派|现金分红|分红|派息)")
_SINCE_DAY_EN = re.compile(r"\s(?:in\s[a-z]+\s)?since\s(?:(?:its|their|the)\s(?:[a-z-]+\s){0,3}?on\s)?(" + MONTH_EN + r"\s\d{1,2})\b(?!,?\s\d{4})")
_THOSE_FOR_EN = re.compile(r"\b(?:those|that)\s(?:for|of|in|from|to)\s")
_MONTH_END_AFTER_ZH = re.compile(r"(?:末|底)")
_MONTH_ENDED_BEFORE_EN = re.compile(r"\b(?:ended|end of|end-|as of|as at)\s(?:the\s)?$")
_POINT_BEFORE_EN = re.compile(r"\b(?:at the end of|at end-|as of|as at|at the close of)\s?(?:the\s)?$")
_OTHER_CLAUSE_EN = re.compile(r"\b(?:while|whereas|but)\b")
# 'The value of …', 'the volume of …' written before a metric: which measure of it (exports by value).
_MEASURED_BY = re.compile(r"\b(value|volume)s?\sof\s(?:[a-z0-9'’.-]+\s){0,4}$")
# A clause that tells what brought a figure about: its period is its own, not the sentence's.
_EVENT_CLAUSE = re.compile(r"\s*(?:after|following|thanks to|helped by|on the back of)\s(?:a|an|the|its|their)\s")
# A year opening a clause as what its metric is of: '…, and 2027 revenue to grow 30%'.
_YEAR_OPENS_EN = re.compile(r"(?:\band|(?<!\d),|;|\bwhile|\bbut|\bwhereas)\s+(?:its\s|their\s|the\s)?((?:fy|fiscal\s)?20\d\d)\s+(?!and\b|to\b)[a-z]")
_MONTHS_JOINED = re.compile(r"\s?(?:和|及|与|、|and|&)\s?(?:early\s|late\s|mid-)?")
_EACH_OF_LIST = re.compile(r"分别|respectively|\beach\b")


def _joined_months(periods, t, text_low: str) -> tuple[str, str]:
    """The period of a figure after two months joined ('11月和12月合计需达到约76.65亿元', 'in November
    and December'): both months, unless the sentence pairs figures with them one by one (分别)."""
    if t.kind != "month":
        return t.key, t.text
    first = next((u for u in periods if u.kind == "month" and u.end < t.start
                  and _MONTHS_JOINED.fullmatch(text_low, u.end, t.start)), t)
    last = next((u for u in periods if u.kind == "month" and u.start > t.end
                 and _MONTHS_JOINED.fullmatch(text_low, t.end, u.start)), t) if first is t else t
    a, b = months_of(first.key), months_of(last.key)
    if first is last or not (a and b and len(a) == len(b) == 1 and (min(a) % 12) + 1 == min(b)):
        return t.key, t.text
    if _EACH_OF_LIST.search(text_low, max(0, first.start - 60), last.end + 60):
        return t.key, t.text
    return span_key(min(a), min(b)) or t.key, text_low[first.start:last.end]


_CLAUSE_END_ZH = re.compile(r"[；;]")
_TOPIC_HEAD_ZH = re.compile(r"[^，,。；;]{0,6}?(?:方面|来看|而言)\s?[，,]")  # '第三季获利方面，
_SCHEDULED_BEFORE = re.compile(r"\b(?:will|would|shall|expected to|due to|plans? to|planned to|scheduled to|set to)\b[^.;]{0,60}$")
_OPENS_WITH_METRIC_EN = re.compile(r"\s*(?:its\s|the\scompany's\s|the\sgroup's\s)?(?:revenue|revenues|sales|net\sprofit|"
                                   r"net\sincome|operating\sprofit|operating\sincome|orders|ebitda|gross\smargin|"
                                   r"operating\smargin|earnings\sper\sshare|(?:adjusted\s)?ebit|ffo(?:\si{1,2})?|affo|funds\sfrom\soperations|(?:net\s)?rental\sincome)(?:\s(?:after|before)\s(?:tax|taxes|minorities)|"
                                   r"\sattributable\sto\s(?:shareholders|owners|equity\sholders))?\s(?:was|were|rose|fell|grew|came|totalled|totaled|"
                                   r"increased|decreased|declined|climbed|dropped|jumped|slipped|stood|reached)\b")
_FOR_THE_QUARTER = re.compile(r"\b(?:for|in) the quarter\b")
_ATTRIBUTABLE_THEN_MOVE = re.compile(r"\sattributable\sto\s(?:the\s|its\s)?[\w\s.'’&-]{1,40}?\s(?:rose|fell|grew|was|were|increased|"
                                     r"decreased|climbed|dropped|declined|jumped|slipped|came\sto|totalled|totaled)(?:\s(?:by|to))?\s(?:about\s)?")
_THIS_YEAR_RIGHT_AFTER_EN = re.compile(r"(?:\s(?:of|in)\s[a-z-]+(?:\s[a-z-]+)?)?\s(?:this|next)\syear\b")
_WORLDWIDE_EN = re.compile(r"\b(?:worldwide|globally|across the world|around the world|group-wide)\b")
# ('the April-September half of the fiscal year ending March 2027': the year frames the half, whose
# figure it is.)
_FRAME_BEFORE = re.compile(r"\b(?:half|quarter|months|period)\s+of\s+(?:the\s+|its\s+|this\s+)?$")
_ENDED_IN = re.compile(r"\b(?:quarter|half|year|period|months|fiscal\s(?:year\s)?(?:19|20)\d\d)\b,?\s(?:which\s|that\s)?(?:ended|ending|ends|to|through)\s(?:in\s|on\s)?"
                       r"(?:the\send\sof\s)?$")
# ('₹18 interim dividend equals about 70% of its second-quarter earnings': the period after a verb
# that sets the figure against another is that one's.)
_NEXT_VERB_EN = re.compile(r"\s(?:and|but)\s(?:(?:it|he|she|they|the company)\s)?(?:plans?|will|expects?|aims?|intends?|"
                           r"said|says|wants?|hopes?|targets?|is|was|has|had)\b"
                           r"|\s(?:equals?|equalled|equaled|represents?|represented|amounts? to|amounted to|compares with)\s")
# 'rose 8.9% from a year earlier in October': the period after the base is the figure's own.
# ('rose 12.6% from a year earlier to $218.4 million in its fiscal second quarter': and the level it reached.)
_YEAR_EARLIER_THEN = re.compile(r"\s(?:from|than|compared with) a year (?:earlier|ago)(?:\sto\s(?:about\s)?[^,;\s]{1,20}"
                                r"(?:\s(?:billion|million|trillion|crore|lakh|yuan|won|yen|baht|rupees|tonnes|units))?)?"
                                r" (?:in|for|during) (?:the\s|its\s)?(?:fiscal\s|financial\s)?")
# ('fell 2.3 percentage points from September to 74.6% in October': the level's month is the move's too.)
# ('expand its network to 18 bases from 12 by March 2030': a level reached from another by a date.)
_REACHED_FROM_BY = re.compile(r"\s(?:[a-z-]+\s){0,2}from\s(?:about\s)?[\d.,]+(?:\s[a-z-]+)?\sby\s(?:the\send\sof\s)?(?:the\s)?")
_LEVEL_REACHED_THEN = re.compile(r"\s(?:[a-z-]+\s){0,2}from\s[^,;]{1,30}?\sto\s(?:about\s)?[^,;\s]{1,20}"
                                 r"(?:\s(?:billion|million|trillion|crore|lakh|yuan|won|yen|baht|rupees|tonnes|units))?\s(?:in|for)\s(?:the\s)?")


# ('18兆瓦海上机组计划明年二季度…并网': when it is to happen, 于/在 may be left out.)
_WILL_BE_IN = re.compile(r"(?:将|预计|计划|拟|有望|集中)(?:于|在)?\s?(?:明年|今年|后年)?\s?$")
# (The same lead in the clause after the figure's; prepared text is simplified.)
_DONE_BY_FROM = re.compile(r"(?:[，,]\s?)?" + _WILL_BE_IN.pattern.removesuffix("$"))
_DONE_AFTER = re.compile(r"\s?(?:前|之前)?(?:完成|投产|达产|量产|完工|建成|落成|到位|上线|竣工|投用)")


def _without_owners(text: str, listed: list[Subject]) -> list[Subject]:
    """A list's names without those that own the next one ("Baiwang, Servyou's Yiqiying and
    Xforceplus": three names, Yiqiying being Servyou's)."""
    return [s for s, nxt in zip(listed, listed[1:] + [None])
            if nxt is None or text[s.end:nxt.start] not in ("'s ", "’s ")]


def _respectively(facts: TextFacts, subjects: list[Subject], metric_terms, sentence_of,
                  carried: list[Subject]) -> dict[int, dict]:
    """Figures of a 分别 / respectively list paired in order with the subjects (or metrics) listed
    before them: 'A、B、C营收分别为X、Y、Z', 'A, B and C rose 12%, 8% and 3%, respectively'. A list
    sentence that names none ('股价分别上涨18.5%、下跌9.2%和上涨27.4%') takes the previous one's.
    Every group of figures of one kind in the sentence is paired ('营收分别为X、Y，同比分别增长a、b')."""
    out: dict[int, dict] = {}
    previous: list[Subject] = []
    done: set[tuple[int, int]] = set()
    for m in RESPECTIVELY.finditer(facts.text):
        s_start, s_end = sentence_of(m.start())
        zh = m.group(0) == "分别"
        idx = [i for i, f in enumerate(facts.figures) if s_start <= f.q.start < s_end
               and (f.q.start > m.start() if zh else f.q.start < m.start())]
        if zh:  # only up to the next 分别 of the sentence, or a 其中 that singles one out ('…，其中先进光月减11.5%')
            nxt = min((p for p in (facts.text.find("分别", m.end(), s_end), facts.text.find("其中", m.end(), s_end)) if p >= 0),
                      default=-1)
            idx = [i for i in idx if nxt < 0 or facts.figures[i].q.start < nxt]
            # (Nor past a name that comes after the list's figures: '…分别为142天和167天，明显高于日月股份的96天'.)
            after_first = facts.figures[idx[0]].q.end if idx else s_end
            later_name = min((sj.start for sj in subjects if after_first <= sj.start < s_end), default=-1)
            idx = [i for i in idx if later_name < 0 or facts.figures[i].q.start < later_name]
        elif (s_start, s_end) not in done:
            idx = [i for i, f in enumerate(facts.figures) if s_start <= f.q.start < s_end]
        done.add((s_start, s_end))
        if len(idx) < 2:
            continue
        first = facts.figures[idx[0]].q.start
        head_end = m.start() if zh else first
        listed = _distinct([s for s in subjects if s_start <= s.start < head_end])
        if zh:
            # ('经济部…宣布，…首批12家业者中，弘塑、辛耘分别获得…': the names of 分别's own clause, when it lists some.)
            clause_start = max((c.end() for c in _CLAUSE_MARK_ZH.finditer(facts.text, s_start, m.start())), default=s_start)
            own_clause = _distinct([s for s in subjects if clause_start <= s.start < head_end])
            if len(own_clause) >= 2:
                listed = own_clause
            elif own_clause and len(named := _zh_list(facts.text, clause_start, m.start())) >= 2 and \
                    own_clause[0].text in {n.text for n in named} and not any(metric_word(n.text) for n in named):
                listed = named  # ('…居首，光库科技和未上市的HyperLight分别占…': the clause lists a name not read as a subject)
        groups: dict[str, list[int]] = {}
        for i in idx:
            groups.setdefault(facts.figures[i].q.kind, []).append(i)
        sizes = {len(g) for g in groups.values()}
        if zh:
            # '预计公司2026年、2027年净利润分别为27.1亿元、29.8亿元': the years listed, in order.
            listed_years = _last_match(_YEAR_LIST_ZH, facts.text, s_start, m.start())
            if listed_years is not None and _CLAUSE_MARK_ZH.search(facts.text, listed_years.end(), m.start()):
                listed_years = None  # ('将于2027年至2029年投入42亿元…，弘塑、辛耘分别获得': another clause's years)
            years = _listed_years(listed_years.group(0)) if listed_years else []
            # '预计11月和12月…增速将分别回落至4%和3%左右': the months listed, in order.
            listed_months = _last_match(_MONTH_LIST_ZH, facts.text, s_start, m.start())
            if listed_months is not None and _CLAUSE_MARK_ZH.search(facts.text, listed_months.end(), m.start()):
                listed_months = None
            months = re.findall(r"(\d{1,2})\s?月", listed_months.group(0)) if listed_months else []
            for group in groups.values() if len(months) >= 2 else ():
                head = group[:len(months)]
                if len(head) == len(months) and (len(group) == len(months) or _listed_figures(facts, head)):
                    for i, mo in zip(head, months):
                        out.setdefault(i, {})["period"] = (f"M{int(mo)}", f"{mo}月")
            years_paired = False
            for group in groups.values():
                head = group[:len(years)]
                if len(years) >= 2 and len(head) == len(years) and (len(group) == len(years) or _listed_figures(facts, head)):
                    for i, y in zip(head, years):
                        out.setdefault(i, {})["year"] = y
                    years_paired = True
            if years_paired:
                continue  # ('华泰证券将中国中免目标价…，预计公司2026年、2027年净利润分别为…': the list is of years, not of names)
        if zh and len(listed) not in sizes:
            # ('农业银行营业收入、归母净利润分别为…': a list of metrics is paired below, not as subjects.)
            named_list = _zh_list(facts.text, s_start, m.start())
            if not any(metric_word(s.text) for s in named_list):
                listed = named_list or listed
        if zh and len(listed) not in sizes:
            # '前四的品牌分别为石头、科沃斯、追觅和云鲸，份额分别为24.6%、…': names an earlier 分别 of the
            # sentence listed, with no figures of their own.
            named_by = _last_match(_NAMES_LISTED_ZH, facts.text, s_start, m.start())
            if named_by is not None:
                names_after = _zh_list(facts.text, *named_by.span("names"))
                if len(names_after) >= 2 and max(sizes) >= len(names_after):
                    listed = names_after
        if zh and len(listed) not in sizes:
            # '外资分别买超富邦金、国泰金1万2,364张和5,812张': the names between 分别 and the figures.
            after = _distinct([s for s in subjects if m.end() <= s.start < first])
            if len(after) in sizes:
                listed = after
        if len(listed) not in sizes and len(previous) in sizes:
            listed = previous
        group_ref = _GROUP_REFERENCE.search(facts.text, s_start, head_end)
        if len(listed) not in sizes and group_ref and _group_size(group_ref.group(0)) in sizes:
            # '两家银行前三季度净息差分别为…', '两者股价分别…': the last ones this text named before the sentence.
            earlier = _distinct([s for s in subjects if s.end <= s_start])
            n = _group_size(group_ref.group(0))
            if len(earlier) >= n:
                listed = earlier[-n:]
        if len(listed) not in sizes and len(carried) in sizes and group_ref:
            listed = carried  # '三家公司…分别': the companies an earlier paragraph listed
        if not zh:
            # ('Sheffield Resources said KMS produced 68,500 tonnes … and 23,200 tonnes …, up 27% and 15%
            # respectively': the speaker is none of the list.)
            listed = _without_owners(facts.text, [s for s in listed if not _says_past_gloss(facts.text, s)] or listed)
            run = _english_run(facts, idx, m.start())
            named = _without_owners(facts.text, _distinct([s for s in subjects if s_start <= s.start < facts.figures[run[0]].q.start
                                                           and not _says_past_gloss(facts.text, s)])) if run else []
            if len(run) >= 2 and len(listed) == len(run):
                # The run right before the word goes with the names listed (its unit may be written
                # once, and the sentence may go on to other figures of the same kind: '…, respectively,
                # while ACEN's contribution fell 18.2% to 2.94 billion pesos').
                for i, subj in zip(run, listed):
                    out.setdefault(i, {})["subject"] = subj
                for group in groups.values():  # ('…, respectively, up 21%, 14% and 3%': the changes too)
                    if len(group) == len(listed) and not set(group) & set(run):
                        for i, subj in zip(group, listed):
                            out.setdefault(i, {})["subject"] = subj
                previous = listed
                continue
            if len(run) >= 2 and len(named) >= len(run) and len(listed) != len(run):
                # 'The Kospi rose 1.4%, with Samsung Electronics and SK Hynix gaining 2.1% and 3.8%,
                # respectively': the figures just before the word go with the names just before them.
                for i, subj in zip(run, named[-len(run):]):
                    out.setdefault(i, {})["subject"] = subj
                continue
            metrics_listed = {t.text for t in metric_terms if s_start <= t.start < facts.figures[run[0]].q.start} if run else set()
            if len(run) >= 2 and len(named) < len(run) and len(metrics_listed) != len(run):
                # ('…said nine-month revenue and profit rose 14.8 per cent and 21.3 per cent, respectively':
                # a list of metrics, paired below, of the one name.)
                # 'Jin Air, Air Busan and Air Seoul earned X, Y and Z respectively' with a name not read:
                # whose each figure is, is not known (never the last name read).
                for i in run:
                    out.setdefault(i, {})["subject"] = None
                continue
        if zh and len(listed) >= 2 and len(listed) not in sizes:
            # '分别为5%和5.25%，新造按揭实际按息约为3.1厘': only the figures listed right after 分别.
            # '分别下调0.125厘至5.625厘及5.75厘': a move both made, then the levels listed after 至.
            for kind, group in groups.items():
                head, tail = group[:len(listed)], group[-len(listed):]
                if len(group) > len(listed) and _listed_figures(facts, head):
                    groups[kind] = head
                elif len(group) == len(listed) + 1 and _listed_figures(facts, tail) and _ZH_TO.fullmatch(
                        facts.text, facts.figures[group[0]].q.end, facts.figures[tail[0]].q.start):
                    groups[kind] = tail
            sizes = {len(g) for g in groups.values()}
        if len(listed) >= 2 and len(listed) in sizes:
            previous = listed
            for group in groups.values():
                if len(group) == len(listed):
                    for i, s in zip(group, listed):
                        out.setdefault(i, {})["subject"] = s
            continue
        for group in groups.values():
            # The metrics listed before this group's first figure ('revenue ... and profit ...
            # were X and Y, up 38% and 41% respectively'); in Chinese within 分别's clause ('营业收入、
            # 归母净利润分别为…', not '目标价由68元上调至78元，预计…净利润分别为…').
            terms = list({t.text: t for t in metric_terms
                          if s_start <= t.start < min(head_end, facts.figures[group[0]].q.start)
                          and not (zh and _owns_a_figure(facts, t, group))}.values())
            if len(terms) == len(group) >= 2:
                for i, t in zip(group, terms):
                    out.setdefault(i, {})["metric"] = t
    return out


_NAMES_LISTED_ZH = re.compile(r"分别(?:为|是)(?P<names>[^，,；;。\d%]{3,60})(?=[，,；;])")
_LIST_CLAUSE_BREAK = re.compile(r",(?!\d{3}|\d\d,\d)|[，；;：:]")  # (not 、, which joins a list's items)


def _owns_a_figure(facts: TextFacts, term, group: list[int]) -> bool:
    """Whether a metric written before a 分别 list has a figure of its own, of the list's kind
    ('目标价由68元上调至78元，预计…净利润分别为…'; not '签约金额2,048.7亿元，同比分别下降…', a level whose
    change the list gives): the first figure after it, in its clause, with no 分别 between."""
    nxt = next((f for i, f in enumerate(facts.figures) if f.q.start >= term.end and i not in group), None)
    if nxt is None or any(facts.figures[i].q.start < nxt.q.start for i in group) or \
            nxt.q.kind != facts.figures[group[0]].q.kind:
        return False
    between = facts.text[term.end:nxt.q.start]
    return "分别" not in between and not _LIST_CLAUSE_BREAK.search(between)
# ('今年、明年每股纯益分别为…': the words that name a year too; '2026/27财年及2027/28财年': fiscal years.)
_ZH_LISTED_YEAR = r"(?:20\d\d(?:/\d\d)?\s?(?:财年|年)|今年|明年|去年)"
_YEAR_LIST_ZH = re.compile(rf"{_ZH_LISTED_YEAR}(?:\s?(?:、|和|及|与|至|-)\s?{_ZH_LISTED_YEAR})+")
_CLAUSE_MARK_ZH = re.compile(r"[，,；;。]")
_MONTH_LIST_ZH = re.compile(r"(?<![\d年])\d{1,2}\s?月(?:\s?(?:、|和|及|与)\s?\d{1,2}\s?月)+")


def _listed_years(listed: str) -> list[str]:
    """The years of a list ('2026年、2027年', '2026/27财年及2027/28财年': 2027, 2028), a span's each
    ('2026年至2028年': 2026, 2027, 2028)."""
    if not listed[:1].isdigit():
        return [relative_year_key(w) for w in re.findall(r"今年|明年|去年", listed)]
    # (A fiscal year across two calendar years is keyed by the year it ends in: 2026/27 -> 2027.)
    years = [int(y) + 1 if split else int(y) for y, split in re.findall(r"(20\d\d)(/\d\d)?\s?(?:财)?年", listed)]
    if len(years) == 2 and re.search(r"年\s?(?:至|-)\s?20", listed) and 0 < years[1] - years[0] <= 5:
        years = list(range(years[0], years[1] + 1))
    return [str(y) for y in years]


def _respective_items(facts: TextFacts, low: str, item_terms, sentence_of) -> dict[int, tuple[frozenset[str], str]]:
    """The items of an English 'respectively' list paired in order with its figures: 'Corporate,
    commercial and SME, and consumer loans grew 13.8%, 9.6% and 8.9%, respectively' (three items,
    the first two written without the head noun the last one carries). Only when the list's parts
    and the figures of one kind are as many, and every part names an item."""
    out: dict[int, tuple[frozenset[str], str]] = {}
    g = items()
    for m in re.finditer(r"\brespectively\b", low):
        s_start, _ = sentence_of(m.start())
        # The list is the items right before the run of figures the word closes.
        last = next((t for t in reversed(item_terms) if s_start <= t.start < m.start()), None)
        if last is None:
            continue
        figures = [i for i, f in enumerate(facts.figures) if last.end <= f.q.start < m.start()]
        if len(figures) < 2:
            continue
        # The list runs back from the last item over short parts parted by commas and 'and'.
        pieces = [p.strip() for p in re.split(r",(?!\d)", low[s_start:last.end])]
        oxford = len(pieces) > 1 and pieces[-1].startswith("and ")
        if not oxford and " and " in pieces[-1]:
            pieces[-1:] = pieces[-1].split(" and ", 1)  # 'corporate, SME and consumer loans'
        parts: list[str] = []
        for piece in reversed(pieces):
            words = piece.removeprefix("and ").split()
            if not words or any(c.isdigit() for c in piece):
                break
            # (The first part may carry the sentence's opening words: keep its last three.)
            parts.insert(0, " ".join(words[-3:]))
            if len(words) > 4:
                break
        if len(parts) < 2:
            continue
        noun = parts[-1].split()[-1]
        found = []
        for part in parts:
            terms = g.find(part) or g.find(f"{part} {noun}")
            if not terms:
                break
            found.append((_narrowest(frozenset().union(*(t.ids for t in terms))), " ".join(t.text for t in terms)))
        else:
            kinds: dict[str, list[int]] = {}
            for i in figures:
                kinds.setdefault(facts.figures[i].q.kind, []).append(i)
            for group in kinds.values():
                if len(group) == len(found) and len({ids for ids, _ in found}) == len(found):
                    out.update(zip(group, found))
    return out


def _pair_clause_items(facts: TextFacts, low: str, g, s_start: int, head_start: int, kinds: dict[str, list[int]],
                       out: dict[int, dict]) -> None:
    """Pair the figures after a 分别 that lists nothing (``kinds``: their indexes by kind) with the items
    opening the clauses just before it, one item per clause, when there are as many clauses as figures
    of a kind."""
    bounds = [s_start, *(x.end() for x in _CLAUSE_PUNCT_ZH.finditer(low, s_start, head_start))]
    clause_items = []
    for a, b in zip(bounds, bounds[1:]):
        first = next((f.q.start for f in facts.figures if a <= f.q.start < b), b)
        terms = g.find(low[a:first])
        clause_items.append(terms[0] if len(terms) == 1 else None)
    # ('其中对北美出口4.32亿美元、对东南亚出口2.18亿美元，分别同比增长…': or the parts of the clause just before,
    # each with its item and its level.)
    parts: list = []
    if len(bounds) >= 2:
        a = bounds[-2]
        for piece in low[a:bounds[-1]].split("、"):
            terms = g.find(piece)
            parts.append(terms[0] if len(terms) == 1 else None)
    for group in kinds.values():
        for listed in (clause_items, parts):
            named = [t for t in listed[-len(group):] if t is not None] if len(group) >= 2 else []
            if len(named) == len(group) and len({t.text for t in named}) == len(named):
                for i, term in zip(group, named):
                    out.setdefault(i, {})["item"] = (_narrowest(term.ids), term.text)
                break


def _respective_items_zh(facts: TextFacts, low: str, sentence_of) -> dict[int, dict]:
    """The items (or places) of a Chinese 分别 list paired in order with the figures after it:
    '智能手机、电脑与平板、消费电子…的收入占比分别为24.1%、15.3%、40.6%…' (the list is parted by 、; an item
    may hold 与), '欧洲、美国及中国大陆营收占比分别为52%、19%及14%' (places own their figures). Figures
    whose part names neither are left unpaired."""
    out: dict[int, dict] = {}
    g = items()
    for m in re.finditer("分别", low):
        s_start, s_end = sentence_of(m.start())
        head_start = max([s_start, *(x.end() for x in _CLAUSE_PUNCT_ZH.finditer(low, s_start, m.start()))])
        lead = _LIST_LEAD_ZH.match(low, head_start)
        if lead:
            head_start = lead.end()  # '其中中国与台湾市场…': the list opens after 其中
        listed = low[head_start:m.start()]
        if "、" in listed:
            parts = listed.split("、")
            last = re.split(r"和|及|以及", parts[-1], maxsplit=1)
        else:
            parts, last = [listed], re.split(r"和|与|及|以及", listed, maxsplit=1)  # '中国与台湾市场…分别为38%和52%'
        if len(last) == 2 and (g.find(last[0]) and g.find(last[1]) or _place_at(last[0]) and _place_at(last[1])):
            parts[-1:] = last  # '…、消费电子和工业与汽车', '…、美国及中国大陆': the last two joined by 和/及
        nxt = low.find("分别", m.end(), s_end)
        kinds: dict[str, list[int]] = {}
        for i, f in enumerate(facts.figures):
            if m.end() <= f.q.start < (nxt if nxt >= 0 else s_end):
                kinds.setdefault(f.q.kind, []).append(i)
        if len(parts) < 2 and not listed.strip() and head_start > s_start and \
                _pair_listed_before(low, g, s_start, head_start, kinds, out):
            continue  # ('生产电解铅38.6万吨、黄金5,120千克，分别同比增长2.9%和下降3.4%': the items the clause before lists)
        if len(parts) < 2 and not g.find(listed):
            # ('线性滑轨营收占比为58.3%，滚珠螺杆占比为31.5%，较10月分别增加1.6个百分点及减少0.9个百分点': the items
            # of the clauses before, one each, in order.)
            _pair_clause_items(facts, low, g, s_start, head_start, kinds, out)
            continue
        if len(parts) < 2:
            continue
        for group in kinds.values():
            if len(group) != len(parts):
                continue
            at = head_start
            for i, part in zip(group, parts):
                start = low.find(part, at)
                at = start + len(part) if start >= 0 else at
                terms = g.find(part)
                place = _place_at(part)
                if terms:  # ('非车险中农险': the last item named is the part's own)
                    out.setdefault(i, {})["item"] = (_narrowest(terms[-1].ids), terms[-1].text)
                elif place is not None and start >= 0:
                    name, entity_id = place
                    out.setdefault(i, {})["subject"] = Subject(facts.text[start:start + len(name)], entity_id,
                                                              start, start + len(name))
    return out


def _pair_listed_before(low: str, g, s_start: int, head_start: int, kinds: dict[str, list[int]], out: dict[int, dict]) -> bool:
    """Pair the figures after a bare 分别 with the items the clause before lists by 、, each with a figure
    of its own, when there are as many of both; whether it did."""
    prev_start = max([s_start, *(x.end() for x in _CLAUSE_PUNCT_NOT_IN_NUMBER.finditer(low, s_start, head_start - 1))])
    parts = low[prev_start:head_start - 1].split("、")
    found = [g.find(part) for part in parts]
    if len(parts) < 2 or not all(found) or not any(len(group) == len(parts) for group in kinds.values()):
        return False
    for group in kinds.values():
        if len(group) == len(parts):
            for i, terms in zip(group, found):
                out.setdefault(i, {})["item"] = (_narrowest(terms[-1].ids), terms[-1].text)
    return True


def _place_at(part: str) -> tuple[str, int] | None:
    """The place a list's part opens with ('中国大陆营收占比' -> 中国大陆), by the gazetteer."""
    for n in range(min(6, len(part)), 1, -1):
        hits = [e for e in lookup(part[:n]) if e.kind in ("place", "country")]
        if hits:
            return part[:n], hits[0].id
    return None


_CLAUSE_PUNCT_ZH = re.compile(r"[，,；;：:。]")
_CLAUSE_PUNCT_NOT_IN_NUMBER = re.compile(r"[，；;：:。]|,(?!\d{3})")  # (not the comma of 5,120千克)
_LIST_LEAD_ZH = re.compile(r"其中|而|其")
_ZH_LIST_JOIN = re.compile(r"\s?(?:、|和|与|及|以及|或)\s?[\u4e00-\u9fff]{0,3}?\s?")
_ZH_TO = re.compile(r"\s?(?:至|到)\s?")


def _years_in_order(facts: TextFacts) -> dict[int, str]:
    """A Chinese list of years, then in its clause a list of as many figures, with no 分别: '维持对豫光金铅
    2056年、2057年净利润13.2亿元和15.6亿元的预测' gives 13.2亿元 to 2056 and 15.6亿元 to 2057."""
    out: dict[int, str] = {}
    for m in _YEAR_LIST_ZH.finditer(facts.text):
        years = _listed_years(m.group(0))
        end = next((c.start() for c in _CLAUSE_MARK_ZH.finditer(facts.text, m.end())), len(facts.text))
        if len(years) < 2 or "分别" in facts.text[m.end():end] or "至" in m.group(0) or "-" in m.group(0):
            continue
        group = [i for i, f in enumerate(facts.figures) if m.end() <= f.q.start < end]
        if len(group) == len(years) and _listed_figures(facts, group) and \
                len({facts.figures[i].q.kind for i in group}) == 1:
            out.update(zip(group, years))
    return out


def _listed_figures(facts: TextFacts, group: list[int]) -> bool:
    """Whether the figures follow one another as a list ('5.625厘及5.75厘')."""
    return all(_ZH_LIST_JOIN.fullmatch(facts.text, facts.figures[a].q.end, facts.figures[b].q.start)
               for a, b in zip(group, group[1:]))
_RUN_JOIN = re.compile(r"\s*(?:,|,?\s*and)\s*")


def _listed_in_order(facts: TextFacts, subjects: list[Subject], sentence_of) -> dict[int, Subject | None]:
    """An English list of names, then a list of as many figures, with no 'respectively': 'Huawang, Qifeng
    and Schattdecor held 27.6%, 22.3% and 9.8%' pairs them in order; a list of another length leaves
    whose each figure is unknown (never the last name read)."""
    out: dict[int, Subject | None] = {}
    i = 0
    while i < len(facts.figures):
        run = [i]
        while run[-1] + 1 < len(facts.figures):
            a, b = facts.figures[run[-1]].q, facts.figures[run[-1] + 1].q
            if a.kind != b.kind or not _RUN_JOIN.fullmatch(facts.text, a.end, b.start):
                break
            run.append(run[-1] + 1)
        i = run[-1] + 1
        if len(run) < 2:
            continue
        s_start, _ = sentence_of(facts.figures[run[0]].q.start)
        before = [sj for sj in subjects if s_start <= sj.start < facts.figures[run[0]].q.start]
        listed = _without_owners(facts.text, _distinct(before))
        # (Only names written as a list, each after the one before but for a join: 'A, B and C'.)
        joined = len(listed) >= 2 and all(_NAME_LIST_JOIN.fullmatch(facts.text, x.end, y.start)
                                          for x, y in zip(listed, listed[1:]))
        if not joined:
            continue
        for k, j in enumerate(run):
            out[j] = listed[k] if len(listed) == len(run) else None
    return out


# Between two names of a list: a comma or 'and', and a place's possessive before the next ("and Germany's").
_NAME_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*and)\s*(?:[A-Z][a-z]+(?:'s|’s)\s)?")


def _english_run(facts: TextFacts, idx: list[int], before: int) -> list[int]:
    """The figures of one kind written as a list right before 'respectively' ('2.1% and 3.8%')."""
    prior = [i for i in idx if facts.figures[i].q.end <= before]
    if not prior:
        return []
    run = [prior[-1]]
    for i in reversed(prior[:-1]):
        a, b = facts.figures[i].q, facts.figures[run[0]].q
        # ('14.36 billion, 7.68 billion and 5.21 billion pesos': the unit written once, at the end.)
        unit_at_end = a.kind == "number" and facts.figures[run[-1]].q.kind == "amount" and b.kind in ("number", "amount")
        if (a.kind != b.kind and not unit_at_end) or not _RUN_JOIN.fullmatch(facts.text, a.end, b.start):
            break
        run.insert(0, i)
    return run


_GROUP_WORDS = {"两": 2, "二": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "both": 2, "two": 2,
                "three": 3, "four": 4, "five": 5}


def _group_size(ref: str) -> int:
    digit = next((c for c in ref if c.isdigit()), None)
    if digit:
        return int(digit)
    return next((v for k, v in _GROUP_WORDS.items() if k in ref.lower()), 0)


_LIST_SEP = re.compile(r"[、和与及]")
_GROUP_REFERENCE = re.compile(r"[两三四五六七八九\d](?:家|只|大)(?:公司|企业|银行|集团|厂商|车企|股票|个股|券商|机构|险企|房企|股指|指数|行)"
                              r"|[两二三]者|双方|\b(?:the|all) (?:two|three|four|five|\d) "
                              r"(?:companies|banks|groups|carmakers|lenders|firms|yards|insurers|stocks|indexes|indices)\b"
                              r"|\bboth (?:companies|banks|insurers|lenders|groups|stocks|indexes)\b",
                              re.IGNORECASE)


def subject_list(facts: TextFacts) -> list[Subject]:
    """The last run of two or more subjects a text lists ('恒川新能源、远拓电池和嘉禾锂能', 'Hanyang, Daemyung
    and Seohae'), for later paragraphs that call them 'the three companies'; positions are dropped
    (-1): they are not this later paragraph's words."""
    subjects = subjects_of(facts)
    runs: list[list[Subject]] = []
    for s in subjects:
        if runs and runs[-1] and 0 <= s.start - runs[-1][-1].end <= 6 and _LIST_JOIN.fullmatch(
                facts.text[runs[-1][-1].end:s.start]):
            runs[-1].append(s)
        else:
            runs.append([s])
    lists = [r for r in runs if len(r) >= 2]
    return [Subject(s.text, s.entity_id, -1, -1) for s in lists[-1]] if lists else []


_LIST_JOIN = re.compile(r"\s?(?:、|,|，|和|与|及|以及|and|, and)\s?", re.IGNORECASE)


_LIST_LEAD_PERIOD = re.compile(r"^(?:\d{1,2}\s?[-—~至到]\s?\d{1,2}\s?月|前\d{1,2}\s?个?月|前[一二三四]季度?|\d{1,2}\s?月)(?:份|末|底)?")
_LIST_TAIL = re.compile(_ZH_PERIOD_WORD.pattern + r"|前|累计|\d|[则也均]$")


_LIST_NAME_END = re.compile(r"^(.{2,10}?(?:港|码头|公司|集团|银行|证券|保险|控股|电厂|煤矿|矿|厂|基地))[\u4e00-\u9fff]{1,4}$")


_GLOSS_AFTER = re.compile(r"[（(][A-Za-z][^（()）]{0,40}[)）]$")


_LATIN_NAME_AFTER_DE = re.compile(r"[A-Z][A-Za-z0-9&.\- ]{1,30}")


def _zh_list(text: str, start: int, end: int) -> list[Subject]:
    """The names of 'A、B和C的营收分别为' when the gazetteer does not know them all: the items
    before 分别 cut at 、/和/与/及, the last one up to its 的 (or its metric word)."""
    head = text[start:end]
    cut = max(head.rfind(","), head.rfind("，"), head.rfind(":"), head.rfind("："))
    head_start = start + cut + 1
    head = text[head_start:end]
    last_de = head.rfind("的")
    if last_de > max(head.rfind("、"), head.rfind("和"), head.rfind("与"), head.rfind("及")) and \
            not _LATIN_NAME_AFTER_DE.fullmatch(head, last_de + 1):  # not '美的' in a list
        head = head[:last_de]
    listed, pos = [], head_start
    for piece in _LIST_SEP.split(head):
        # ('1-9月宁德时代和亿纬锂能的…分别为': a period before the first name is not part of it.)
        name = _LIST_LEAD_PERIOD.sub("", piece.strip())
        name = _GLOSS_AFTER.sub("", name)  # '愛德華（Edwards）及美敦力（Medtronic）': the English name each is glossed with
        if (de := name.rfind("的")) > 0 and _LATIN_NAME_AFTER_DE.fullmatch(name, de + 1):
            name = name[de + 1:]  # ('光库科技和未上市的HyperLight分别占…': the name the modifier describes)
        tail = _LIST_TAIL.search(name, 2)
        if tail:  # '玉山金、兆丰金前10月税后纯益则分别为': the last name ends where its period or metric begins
            name = name[:tail.start()]
        named = _LIST_NAME_END.match(name)
        if named:  # '黄骅港和天津煤码头装船量分别为': the name ends with its kind of place or body
            name = named.group(1)
        if not 1 < len(name) <= 12 or _ZH_NOT_NAME.search(name):
            return []  # '上年同期和上一季度分别为…' lists periods, not companies
        i = text.find(name, pos)
        known = [e for e in lookup(name) if e.kind in _SUBJECT_KINDS]
        listed.append(Subject(name, known[0].id if len(known) == 1 else None, i, i + len(name)))
        pos = i + len(name)
    return listed if len(listed) > 1 else []


def _distinct(subjects: list[Subject]) -> list[Subject]:
    seen, out = set(), []
    for s in subjects:
        key = subject_key(s)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
