"""Themed sections: which English section title a source sentence belongs under.

The rules are a data table: per theme, keywords in simplified Chinese, traditional Chinese (Taiwan
and Hong Kong usage included, e.g. 晶片, 營收, 執行長) and English. English keywords match at a word
start, so "regulat" finds regulator and regulation (keywords of 3 letters or fewer must be whole
words), and inside a proper name ("Harbour Street Capital") only for the themes a name can carry
(policy, key players). Chinese keywords must end where a jieba word ends (政府 in 新政府, not 投资
in 投资者) and not stand just before an organisation suffix (华虹半导体公司). A sentence goes to the
themes whose keywords it holds, the sum of their weights deciding (see ``themes_of``), table order
on ties.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from citebrief.text.words import cut, fold_for_words
from citebrief.text.script import HAN

FALLBACK_TITLE = "Key Details"


@dataclass(frozen=True)
class Theme:
    title: str
    zh_hans: tuple[str, ...]
    zh_hant: tuple[str, ...]
    en: tuple[str, ...]


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _en(text: str) -> tuple[str, ...]:
    """English keywords, comma-separated: a keyword may be several words ("net profit")."""
    return tuple(k.strip() for k in text.split(","))


# Order matters on ties: the more specific themes come first.
THEMES: tuple[Theme, ...] = (
    Theme(
        "Earnings",
        _t("营收 营业收入 营业利润 税后 纯益 净利润 净利 利润 毛利率 财报 业绩 每股收益 同比增长 同比下降 同比 环比 亏损 盈利 销售额"),
        _t("營收 營業收入 營業利益 營業利潤 稅後 純益 淨利潤 淨利 利潤 毛利率 財報 業績 每股收益 每股盈餘 同比增長 同比下降 同比 環比 年增 年減 "
           "季增 虧損 盈利 銷售額"),
        _en("revenue, net profit, income, earnings, margin, eps, sales, loss, year-on-year, quarterly results"),
    ),
    Theme(
        "Funding and Financials",
        _t("资金 融资 预算 拨款 补贴 财政 债券 发债 贷款 募资 现金 负债 资本支出 筹集 经费"),
        _t("資金 融資 預算 撥款 補貼 財政 債券 發債 貸款 募資 現金 負債 資本支出 籌集 經費"),
        _en("fund, financing, budget, subsid, allocat, bond, loan, debt, capex, capital, cash, raise, fiscal, deficit"),
    ),
    Theme(
        "Deals and Investment",
        _t("收购 并购 投资 入股 股权 增持 减持 交易 上市 回购 出售 募股 注资 持股 认购 配售"),
        _t("收購 併購 並購 投資 入股 股權 增持 減持 交易 上市 回購 出售 募股 注資 持股 認購 配售"),
        _en("acqui, merger, deal, stake, invest, ipo, listing, buyback, repurchase, takeover, divest"),
    ),
    Theme(
        "Policy and Regulation",
        _t("政策 监管 央行 证监会 法规 批准 利率 关税 政府 国务院 降息 加息 制裁 出口管制 审批 条例 执政党 首相 部长"),
        _t("政策 監管 央行 證監會 金管會 法規 批准 利率 關稅 政府 國務院 降息 加息 升息 制裁 出口管制 審批 條例 執政黨 "
           "首相 部長"),
        _en("polic, regulat, tariff, approv, government, ministry, minister, sanction, legislat, authorit, "
           "lawmaker, central bank, interest rate, export control, federal reserve, fed, monetary"),
    ),
    Theme(
        "Market and Industry",
        _t("市场 行业 产业 份额 需求 股价 股市 指数 上涨 下跌 涨幅 跌幅 收盘 市值 供应链 产能 价格 出货"),
        _t("市場 行業 產業 份額 市佔率 需求 股價 股市 指數 上漲 下跌 漲幅 跌幅 收盤 市值 供應鏈 產能 價格 出貨"),
        _en("market, industry, sector, demand, shares, stock, index, rose, fell, gained, dropped, supply, capacity, price, "
            "shipment, yield"),
    ),
    Theme(
        "Companies and Key Players",
        _t("董事长 总裁 首席执行官 创始人 总经理 发言人 合作 伙伴 客户 供应商 对手 竞争"),
        _t("董事長 總裁 首席執行官 執行長 行政總裁 創始人 創辦人 總經理 發言人 合作 夥伴 客戶 供應商 對手 競爭"),
        _en("chief executive, ceo, chairman, founder, president, spokes, partner, customer, supplier, rival, competitor"),
    ),
    Theme(
        "Technology",
        _t("芯片 半导体 人工智能 技术 研发 制程 工艺 算力 数据中心 模型 电池 自动驾驶 软件"),
        _t("晶片 芯片 半導體 人工智慧 人工智能 技術 研發 製程 工藝 算力 數據中心 資料中心 模型 電池 自動駕駛 軟體 軟件"),
        _en("chip, semiconductor, ai, technolog, r&d, research, data center, model, battery, autonomous, software"),
    ),
    Theme(
        "Outlook and Risks",
        _t("预计 预期 展望 风险 目标 可能 挑战 不确定 担忧 警告 计划 有望 或将 前景"),
        _t("預計 預期 展望 風險 目標 可能 挑戰 不確定 擔憂 警告 計劃 計畫 有望 或將 前景"),
        _en("expect, forecast, outlook, risk, could, might, target, guidance, warn, uncertain, plan, aim, projected"),
    ),
    Theme(
        "Background",
        _t("此前 成立 历史 以来 过去 去年 早在 回顾 曾经"),
        _t("此前 成立 歷史 以來 過去 去年 早在 回顧 曾經"),
        _en("previous, founded, established, since, history, last year, in the past"),
    ),
)


# Themes whose keywords still count inside a proper name: "Ministry of Finance" and "Chief
# Executive Laura Chen" say what the sentence is about; "Harbour Street Capital" (funding) or
# "Harbor Semiconductor" (technology) only name a company.
_NAME_THEMES = frozenset({"Policy and Regulation", "Companies and Key Players"})
# Tokens that close an organisation's name in Chinese: the word before one, and keywords running
# back from it, are part of the name (华虹半导体公司, 新加坡政府投资公司), not what the sentence is about.
_ZH_ORG_SUFFIXES = frozenset("公司 集团 控股 股份 有限公司 银行 证券 基金 科技 国际 研究院 协会 交易所".split())


def _index(themes: tuple[Theme, ...]):
    """Keyword -> theme indexes, split by how each kind of keyword is looked up."""
    han: dict[str, set[int]] = {}
    whole: dict[str, set[int]] = {}  # short English keywords (ai, eps, ipo): whole words only
    prefix: dict[str, set[int]] = {}  # English word starts: "regulat" finds regulator, regulation
    phrase: dict[str, set[int]] = {}  # English multi-word keywords, found as substrings
    for i, theme in enumerate(themes):
        for k in theme.zh_hans + theme.zh_hant:
            han.setdefault(k, set()).add(i)
        for k in (k.lower() for k in theme.en):
            table = phrase if " " in k else whole if len(k) <= 3 else prefix
            table.setdefault(k, set()).add(i)
    return han, whole, prefix, phrase


_HAN_KEYS, _WHOLE_KEYS, _PREFIX_KEYS, _PHRASE_KEYS = _index(THEMES)
_TITLES = [t.title for t in THEMES]
_NAME_OK = frozenset(i for i, t in enumerate(_TITLES) if t in _NAME_THEMES)
_PREFIX_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _k in sorted(_PREFIX_KEYS):
    _PREFIX_BY_HEAD[_k[:4]] = _PREFIX_BY_HEAD.get(_k[:4], ()) + (_k,)
_ENGLISH_KEYS = {**_WHOLE_KEYS, **_PREFIX_KEYS, **_PHRASE_KEYS}
_HAN = HAN
# Characters that separate English words (a word keeps its - ' and &: year-on-year, r&d).
_SEPARATORS = str.maketrans({c: " " for c in '!"#$%()*+,./:;<=>?@[\\]^_`{|}~“”‘’—–…·'})
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&]*(?:[-'][A-Za-z0-9&]+)*")


def _split_words(text: str) -> list[str]:
    return text.translate(_SEPARATORS).split()


@lru_cache(maxsize=1)
def _han_tables() -> tuple[dict[str, frozenset[int]], tuple[str, ...]]:
    """Chinese keywords in folded form (simplified, lower case: what sentence tokens are cut from)
    -> theme indexes, and the keywords jieba cuts into several words (出口管制). Built on first
    use, as folding needs OpenCC."""
    keys: dict[str, set[int]] = {}
    for k, themes in _HAN_KEYS.items():
        keys.setdefault(k, set()).update(themes)
        keys.setdefault(fold_for_words(k), set()).update(themes)
    multi = tuple(sorted(k for k in keys if k == fold_for_words(k) and len(cut(k)) > 1))
    return {k: frozenset(v) for k, v in keys.items()}, multi


# English word -> the whole-word and prefix keywords it matches. Words recur across sentences and
# articles, so each is looked up once; the cache is cleared when full, so memory stays bounded.
_WORD_KEYS: dict[str, tuple[str, ...]] = {}
_WORD_KEYS_MAX = 50_000


def _word_keys(w: str) -> tuple[str, ...]:
    keys = _WORD_KEYS.get(w)
    if keys is None:
        found = [w] if w in _WHOLE_KEYS else []
        found += [k for k in _PREFIX_BY_HEAD.get(w[:4], ()) if w.startswith(k)]
        keys = tuple(found)
        if len(_WORD_KEYS) >= _WORD_KEYS_MAX:
            _WORD_KEYS.clear()
        _WORD_KEYS[w] = keys
    return keys


def _name_words(tokens: Sequence[str], table: Mapping[str, object]) -> set[str]:
    """Words that make up an organisation's name: the word before an organisation suffix and,
    while they hold keywords, the words before it (新加坡政府 投资 公司: 投资 and 新加坡政府)."""
    names: set[str] = set()
    for i, token in enumerate(tokens):
        if token in _ZH_ORG_SUFFIXES:
            j = i - 1
            while j >= 0:
                names.add(tokens[j])
                if _head_keyword(tokens[j], table) is None:
                    break
                j -= 1
    return names


def _head_keyword(word: str, table: Mapping[str, object]) -> str | None:
    """The longest keyword a word ends with (净利润 rather than 利润; 政府 in 新政府), if any."""
    for cut_at in range(len(word) - 1):
        if word[cut_at:] in table:
            return word[cut_at:]
    return None


def _only_in_names(w: str, lows: list[str], words: list[str]) -> bool:
    """Whether every occurrence of ``w`` is a capitalised word after the sentence's first (an
    acronym such as AI is not capitalised in this sense)."""
    i = lows.index(w)
    while i and words[i].istitle():
        try:
            i = lows.index(w, i + 1)
        except ValueError:
            return True
    return False


def _chinese_keys(tokens: Sequence[str]) -> set[str]:
    """Chinese keywords that end where a word ends: a whole word (营收), the head of a compound
    (政府 in 新政府, 市场 in 债券市场) or a run of words (出口管制); never the start of a longer
    word (投资 in 投资者 'investors') nor a word just before an organisation suffix (华虹半导体公司).
    Set operations in C do most of the work; Python loops only over the few longer words."""
    table, multi = _han_tables()
    words = set(tokens)
    if not words.isdisjoint(_ZH_ORG_SUFFIXES):
        words -= _name_words(tokens, table)
    found = words & table.keys()
    for w in words - found:
        if len(w) > 2:
            k = _head_keyword(w, table)
            if k is not None:
                found.add(k)
    if multi:
        folded = "".join(tokens)
        found.update(k for k in multi if k in folded)
    return found


def themes_of(text: str, tokens: Sequence[str] | None = None,
              weights: Mapping[str, float] | None = None) -> list[str]:
    """Titles of the themes a sentence belongs to, best first; [] when no keyword matches.

    ``tokens``: jieba tokens of the folded sentence, when the caller has them (else Chinese text
    is cut here). ``weights``: keyword -> weight (default 1); see ``ArticleWeights``, which
    weighs keywords down by how often the article uses them. A theme's score is the sum of its
    distinct keywords' weights; table order breaks ties.
    """
    found: set[str] = set()
    named: set[str] = set()  # English keywords seen only inside a proper name
    low = text.lower()
    if not text.isascii() and _HAN.search(text):
        found = _chinese_keys(tokens if tokens is not None else cut(fold_for_words(text)))
        split = _LATIN_WORD.findall  # Latin words (AI, Rapidus) touch Han characters: no spaces
    else:
        # Words by str.translate + split (C speed; a word regex costs ~4x more).
        split = _split_words
    lows = split(low)
    if lows:
        cache = _WORD_KEYS
        hits = [w for w in set(lows) if (cache[w] if w in cache else _word_keys(w))]
        if hits:
            # A capitalised word after the first, not an acronym (AI, IPO), is part of a name; a
            # keyword counts in full if its word also occurs outside a name.
            words = split(text)  # lower() adds no separator: the same words
            for w in hits:
                (named if _only_in_names(w, lows, words) else found).update(cache[w])
        found.update(k for k in _PHRASE_KEYS if k in low)
    if not found and not named:
        return []
    scores = [0.0] * len(THEMES)
    for k in found:
        w = weights[k] if weights is not None else 1.0
        for i in _ENGLISH_KEYS[k] if k in _ENGLISH_KEYS else _han_tables()[0][k]:
            scores[i] -= w  # negative: an ascending sort puts the best first
    for k in named - found:
        w = weights[k] if weights is not None else 1.0
        for i in _ENGLISH_KEYS[k]:
            if i in _NAME_OK:
                scores[i] -= w
    return [_TITLES[i] for _, i in sorted((s, i) for i, s in enumerate(scores) if s)]


class ArticleWeights(dict):
    """Keyword -> 1/sqrt(its occurrences in ``text``), the article folded (lower case, and for
    Chinese simplified), computed on first look-up. The story's subject (半导体 in a chip story)
    then does not pull every sentence to its theme; the word that sets a sentence apart decides."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def __missing__(self, k: str) -> float:
        text = self.text
        if k in _WHOLE_KEYS:  # whole words (ai, eps); not \b, as Han characters are \w too
            # The literal first and the letter before checked by hand: a pattern that opens with
            # a look-behind is tried at every offset (~15x slower).
            n = sum(1 for m in _whole_word(k).finditer(text)
                    if not (m.start() and "a" <= text[m.start() - 1] <= "z"))
        else:
            n = text.count(k)
        w = self[k] = 1.0 / math.sqrt(max(1, n))
        return w


@lru_cache(maxsize=None)  # one per short keyword
def _whole_word(k: str) -> re.Pattern[str]:
    return re.compile(re.escape(k) + "(?![a-z])")
