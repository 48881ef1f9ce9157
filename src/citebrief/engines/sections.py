"""Themed sections: which English section title a source sentence belongs under.

The rules are a data table: per theme, keywords in simplified Chinese, traditional Chinese (Taiwan
and Hong Kong usage included, e.g. 晶片, 營收, 執行長) and English. English keywords match at a word
start, so "regulat" finds regulator and regulation (keywords of 3 letters or fewer must be whole
words); Chinese keywords match anywhere. A sentence goes to the themes whose keywords it holds,
most distinct keywords first, table order on ties.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

FALLBACK_TITLE = "Key Details"


@dataclass(frozen=True)
class Theme:
    title: str
    zh_hans: tuple[str, ...]
    zh_hant: tuple[str, ...]
    en: tuple[str, ...]


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Order matters on ties: the more specific themes come first.
THEMES: tuple[Theme, ...] = (
    Theme(
        "Earnings",
        _t("营收 营业收入 营业利润 税后 纯益 净利润 净利 利润 毛利率 财报 业绩 每股收益 同比增长 同比下降 同比 环比 亏损 盈利 销售额"),
        _t("營收 營業收入 營業利益 營業利潤 稅後 純益 淨利潤 淨利 利潤 毛利率 財報 業績 每股收益 每股盈餘 同比增長 同比下降 同比 環比 年增 年減 "
           "季增 虧損 盈利 銷售額"),
        _t("revenue net profit income earnings margin eps sales loss year-on-year quarterly results"),
    ),
    Theme(
        "Funding and Financials",
        _t("资金 融资 预算 拨款 补贴 财政 债券 发债 贷款 募资 现金 负债 资本支出 筹集 经费"),
        _t("資金 融資 預算 撥款 補貼 財政 債券 發債 貸款 募資 現金 負債 資本支出 籌集 經費"),
        _t("fund financing budget subsid allocat bond loan debt capex capital cash raise"),
    ),
    Theme(
        "Deals and Investment",
        _t("收购 并购 投资 入股 股权 增持 减持 交易 上市 回购 出售 募股 注资 持股"),
        _t("收購 併購 並購 投資 入股 股權 增持 減持 交易 上市 回購 出售 募股 注資 持股"),
        _t("acqui merger deal stake invest ipo listing buyback repurchase takeover divest"),
    ),
    Theme(
        "Policy and Regulation",
        _t("政策 监管 央行 证监会 法规 批准 利率 关税 政府 国务院 降息 加息 制裁 出口管制 审批 条例 执政党 首相 部长"),
        _t("政策 監管 央行 證監會 金管會 法規 批准 利率 關稅 政府 國務院 降息 加息 升息 制裁 出口管制 審批 條例 執政黨 "
           "首相 部長"),
        _t("polic regulat tariff approv government ministry minister sanction legislat authorit lawmaker "
           "central bank interest rate export control"),
    ),
    Theme(
        "Market and Industry",
        _t("市场 行业 产业 份额 需求 股价 股市 指数 上涨 下跌 涨幅 跌幅 收盘 市值 供应链 产能 价格 出货"),
        _t("市場 行業 產業 份額 市佔率 需求 股價 股市 指數 上漲 下跌 漲幅 跌幅 收盤 市值 供應鏈 產能 價格 出貨"),
        _t("market industry sector demand shares stock index rose fell gained dropped supply capacity price shipment"),
    ),
    Theme(
        "Companies and Key Players",
        _t("董事长 总裁 首席执行官 创始人 总经理 发言人 合作 伙伴 客户 供应商 对手 竞争"),
        _t("董事長 總裁 首席執行官 執行長 行政總裁 創始人 創辦人 總經理 發言人 合作 夥伴 客戶 供應商 對手 競爭"),
        _t("chief executive ceo chairman founder president spokes partner customer supplier rival competitor"),
    ),
    Theme(
        "Technology",
        _t("芯片 半导体 人工智能 技术 研发 制程 工艺 算力 数据中心 模型 电池 自动驾驶 软件"),
        _t("晶片 芯片 半導體 人工智慧 人工智能 技術 研發 製程 工藝 算力 數據中心 資料中心 模型 電池 自動駕駛 軟體 軟件"),
        _t("chip semiconductor ai technolog r&d research data center model battery autonomous software"),
    ),
    Theme(
        "Outlook and Risks",
        _t("预计 预期 展望 风险 目标 可能 挑战 不确定 担忧 警告 计划 有望 或将 前景"),
        _t("預計 預期 展望 風險 目標 可能 挑戰 不確定 擔憂 警告 計劃 計畫 有望 或將 前景"),
        _t("expect forecast outlook risk could might target guidance warn uncertain plan aim project"),
    ),
    Theme(
        "Background",
        _t("此前 成立 历史 以来 过去 去年 早在 回顾 曾经"),
        _t("此前 成立 歷史 以來 過去 去年 早在 回顧 曾經"),
        _t("previous founded established since history earlier last year past"),
    ),
)


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


# Keywords are found through dicts keyed by their first two characters (Chinese) or first four
# letters (English prefixes): one regex alternation of ~400 keywords is ~20x slower, as Python's re has no
# trie and tries every alternative at every offset.
_HAN_KEYS, _WHOLE_KEYS, _PREFIX_KEYS, _PHRASE_KEYS = _index(THEMES)
_ALL_KEYS = {**_HAN_KEYS, **_WHOLE_KEYS, **_PREFIX_KEYS, **_PHRASE_KEYS}
_TITLES = [t.title for t in THEMES]
_HAN_BY_BIGRAM: dict[str, tuple[str, ...]] = {}  # every Chinese keyword has two characters or more
for _k in sorted(_HAN_KEYS):
    _HAN_BY_BIGRAM[_k[:2]] = _HAN_BY_BIGRAM.get(_k[:2], ()) + (_k,)
_PREFIX_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _k in sorted(_PREFIX_KEYS):
    _PREFIX_BY_HEAD[_k[:4]] = _PREFIX_BY_HEAD.get(_k[:4], ()) + (_k,)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_BIGRAMS = frozenset(_HAN_BY_BIGRAM)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9&]*(?:[-'][a-z0-9&]+)*")


def themes_of(text: str) -> list[str]:
    """Titles of the themes a sentence belongs to, most distinct keywords first, table order on
    ties; [] when no keyword matches."""
    found: set[str] = set()
    if not text.isascii() and _HAN.search(text):
        # The text's character bigrams that open a keyword; then the keywords themselves.
        for bigram in {text[i:i + 2] for i in range(len(text) - 1)} & _BIGRAMS:
            for k in _HAN_BY_BIGRAM[bigram]:
                if len(k) == 2 or k in text:
                    found.add(k)
    low = text.lower() if _ASCII_LETTER.search(text) else ""  # none in most Chinese sentences
    latin = _LATIN_WORD.findall(low) if low else None
    if latin:
        for w in latin:
            if w in _WHOLE_KEYS:
                found.add(w)
            keys = _PREFIX_BY_HEAD.get(w[:4])
            if keys:
                for k in keys:
                    if w.startswith(k):
                        found.add(k)
        found.update(k for k in _PHRASE_KEYS if k in low)
    if not found:
        return []
    hits = [0] * len(THEMES)
    for k in found:
        for i in _ALL_KEYS[k]:
            hits[i] -= 1  # negative counts: an ascending sort puts the most hits first
    return [_TITLES[i] for _, i in sorted((h, i) for i, h in enumerate(hits) if h)]
