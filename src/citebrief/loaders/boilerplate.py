"""Lines that are page furniture, not article text (Chinese and English patterns).

Every loader passes its raw paragraphs through :func:`clean_paragraphs`, so a caption, byline,
editor line, image credit, share bar, copyright or disclaimer line, end mark such as "（完）",
date or "source·date" line, empty paragraph or punctuation-only line never becomes a numbered paragraph, whatever the input
format. Numbering is then 1..N over what is left, identical for the clean and the cluttered
version of the same story.

The furniture of Chinese news pages is data: ``data/furniture_words.txt`` (nav tabs, share and
reaction buttons, counter labels: a paragraph made only of them, separators and numbers goes) and
``data/furniture_patterns.tsv`` ("（原标题：…）", breadcrumbs, app badges, follow prompts, licence
lines, captions closed by a picture credit, "返回…首页>>" link text). Bare counters and times
("243,470", "09:38") and breadcrumbs ("首页 > 快讯 > 公司") are recognised here.

Whole-paragraph patterns only fire on short paragraphs (a real news paragraph that merely starts
like a caption is much longer), and end marks / trailing "（编辑：某某）" notes are cut off the end of
a paragraph rather than dropping it. :func:`clean_paragraphs` is idempotent.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from citebrief.loaders.meta import parse_dateline

_I = re.IGNORECASE
_NO_SENTENCE_PUNCT = r"(?!.*[，。！？；])"

# A copyright, no-reprint or source-credit line (also used on "人 民 网 版 权 所 有" with its spaces removed).
_COPYRIGHT = re.compile(r"版权所有|版權所有|©|copyright\s*(©|\(c\)|\d{4})|^copyright\b|all rights reserved"
                        r"|未经授权|未經授權|不得转载|不得轉載|禁止转载|禁止轉載|转载请注明|轉載請註明|本文来源|本文來源"
                        r"|文章来源|文章來源", _I)

# (pattern, longest paragraph it may match). Matched against the normalised paragraph.
_PATTERNS: list[tuple[re.Pattern[str], int]] = [
    # Captions and image credits.
    (re.compile(r"^[（(【\[]?\s*(图片来源|圖片來源|图片|圖片|图源|圖源|图|圖|配图|配圖|摄影|攝影|视频|視頻|視訊"
                r"|photo(graph)?s?|images?|pictures?|photo credit|image credit|image source|credit|illustration|video)"
                r"\s*[:：/／∕|｜]", _I), 160),
    (re.compile(r"^[（(【\[]?\s*(图为|圖為|上图|上圖|下图|下圖|资料图|資料圖|资料照|資料照|示意图|示意圖)"), 160),
    (re.compile(r"^[（(]?.{0,40}(记者|記者|摄影|攝影|通讯员|通訊員).{0,30}\s*[摄攝]\s*[）)]?$"), 80),
    (re.compile(r"^[（(\[]\s*(photo|image|picture)s?\s+(by|courtesy|credit|source)\b.*[)）\]]$", _I), 200),
    (re.compile(r"^[（(\[]?\s*([\w.'’ -]{1,40}\s*/\s*)?(afp via getty images|getty images|ap photo|afp|reuters|bloomberg"
                r"|xinhua|shutterstock|visual china|视觉中国|視覺中國|新华社|新華社|东方IC|東方IC|IC photo)"
                r"(\s*/\s*[\w.'’ -]{1,40})?\s*[)）\]]?$", _I), 90),
    # Bylines.
    (re.compile(r"^[（(【]?\s*(本报|本報|本刊|本台|本网|本網|新华社|新華社|中新社|中新网|中新網)?"
                r"(特约|特約|实习|實習|首席|驻\S{1,6}|駐\S{1,6})?(记者|記者)" + _NO_SENTENCE_PUNCT), 40),
    (re.compile(r"^(作者|撰文|撰稿|文|图文|圖文|来源作者)\s*[:：|｜/／∕]\s*\S"), 40),
    (re.compile(r"^[Bb][Yy]\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}"
                r"(\s*(,|and|&)\s*[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3})*"
                r"(\s*(,|\||/|–|—|-|in)\s*[A-Z][\w&.' ]{0,40})?\.?$"), 100),
    (re.compile(r"^(additional\s+)?(reporting|writing|editing|reporting and writing)\s+by\b", _I), 250),
    # Editor and production lines.
    (re.compile(r"^[（(【\[]?\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編|校对|校對|审核|審核|审校|審校"
                r"|编审|編審|监制|監製|值班编辑|值班編輯|实习编辑|實習編輯|编译|編譯)\s*[:：|｜/／]"), 80),
    (re.compile(r"^(editor|editors|copy editor|sub-editor|editor-in-charge)\s*[:：]|^(edited|editing) by\b", _I), 100),
    # Copyright, disclaimers, source credits, promotion.
    (re.compile(r"^[【\[（(]?\s*(免责声明|免責聲明|风险提示|風險提示|版权声明|版權聲明|特别声明|特別聲明|版权归|版權歸"
                r"|版权说明|版權說明|disclaimer|risk warning)", _I), 400),
    (_COPYRIGHT, 160),
    (re.compile(r"^[（(【\[]?\s*(来源|來源|出处|出處|source)\s*[:：]", _I), 60),
    (re.compile(r"^[【\[]?\s*(相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞|相关报道|相關報導"
                r"|related( articles| stories| news)?|read more|read also|see also|more from [\w ]+)\s*([:：】\]].*)?$", _I), 80),
    (re.compile(r"扫码关注|掃碼關注|扫码下载|掃碼下載|扫描二维码|掃描二維碼|长按识别|長按識別|关注公众号|關注公眾號|下载app|下載app"
                r"|^sign up for (our|the)\b.*newsletter|^subscribe to (our|the)\b", _I), 80),
    # Time-and-source lines under a headline: "2025-11-05 09:30 来源：东方财经网".
    (re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(\d{1,2}[:：]\d{2}([:：]\d{2})?)?\s*"
                r"(来源|來源|source|作者|编辑|編輯|记者|記者)\s*[:：]", _I), 80),
    # End marks on a line of their own.
    (re.compile(r"^[（(【\[]?\s*(完|全文完|end|-+\s*end\s*-+)\s*[)）】\]]?$", _I), 20),
]

_SEPARATORS = r"\s|｜/／·・•,，、:：()（）\[\]【】<>«»›+\-"


@lru_cache(maxsize=1)
def _widget_only() -> re.Pattern[str]:
    """A paragraph made only of widget words (data/furniture_words.txt), separators and numbers."""
    text = (resources.files("citebrief") / "data" / "furniture_words.txt").read_text(encoding="utf-8")
    words = sorted({w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    # At least one word, with separators and numbers around it (digits alone are _COUNTER's).
    filler = rf"[{_SEPARATORS}\d.万千亿]*"
    return re.compile(rf"{filler}(?:{alternatives})(?:{filler}(?:{alternatives}))*{filler}", _I)


@lru_cache(maxsize=1)
def _data_rules() -> dict[str, list[tuple[re.Pattern[str], int]]]:
    """{"drop": [(pattern, longest paragraph it may match)], "cut": [(suffix pattern, 0)]} from
    data/furniture_patterns.tsv."""
    text = (resources.files("citebrief") / "data" / "furniture_patterns.tsv").read_text(encoding="utf-8")
    rules: dict[str, list[tuple[re.Pattern[str], int]]] = {"drop": [], "cut": []}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, longest, pattern = line.split("\t")[:3]
            rules[kind].append((re.compile(pattern, _I), int(longest)))
    return rules


# A view counter or a bare time on its own: "243,470", "09:38", "10万+", "1.2万".
_COUNTER = re.compile(r"[\d\s,.:：+万千亿wWkK]*\d[\d\s,.:：+万千亿wWkK]*")
# A breadcrumb: "网易首页 > 新闻中心 > 新闻 > 正文" (every step short, no sentence punctuation).
_CRUMB_STEP = re.compile(r"[^，。！？；,.!?;>»›]{1,12}")
_CRUMB_SEP = re.compile(r"\s*(?:>>?|»|›|&gt;)\s*")
_FONT_SIZE = re.compile(r"^(字号|字號|字体|字體)\s*[:：]?\s*[大中小\s|｜/]*$")

# Trailing notes cut off the end of a paragraph: "（完）", "（编辑：张三）", "（原标题：…）", "(Reporting by ...)".
_TRAILING = re.compile(
    r"\s*[（(【\[]\s*(完|全文完|end"
    r"|(责任编辑|責任編輯|责编|責編|编辑|編輯|记者|記者|作者|校对|校對|审核|審核|编译|編譯|撰稿)\s*[:：]?[^（）()\[\]【】]{1,40}"
    r"|原标题\s*[:：][^（）()]{1,120}"
    r"|(additional\s+)?(reporting|editing|writing)\s+by[^()]{1,120})\s*[)）】\]]\s*$",
    _I,
)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_WS = re.compile(r"\s+")


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
            or 0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x3134F)


def normalize_paragraph(text: str) -> str:
    """Collapse whitespace runs to one space and strip; join wrapped lines without a space between
    two CJK characters (a line break in Chinese text is not a word boundary). Full-width
    punctuation is kept as is."""
    text = _ZERO_WIDTH.sub("", text)
    out = ""
    for line in text.splitlines():
        line = _WS.sub(" ", line).strip()
        if not line:
            continue
        if out and not (_is_cjk(out[-1]) or _is_cjk(line[0])):
            out += " "
        out += line
    return out


def strip_trailing_notes(paragraph: str) -> str:
    """Cut end marks, editor/reporter notes and glued-on link text ("返回…首页>>", data/furniture_patterns.tsv)
    off the end of a paragraph (repeatedly)."""
    while True:
        cut = _TRAILING.sub("", paragraph)
        for pattern, _ in _data_rules()["cut"]:
            cut = pattern.sub("", cut)
        if cut == paragraph:
            return paragraph
        paragraph = cut.rstrip()


def _punctuation_only(text: str) -> bool:
    return all(unicodedata.category(ch)[0] in "PSZC" for ch in text)


def is_boilerplate(paragraph: str) -> bool:
    """True if a (normalised) paragraph is furniture rather than article text."""
    p = paragraph.strip()
    if not p or _punctuation_only(p):
        return True
    if len(p) <= 20 and _COUNTER.fullmatch(p):
        return True
    if len(p) <= 120 and _widget_only().fullmatch(p):
        return True  # widget words, perhaps with their counts: "赞2,316 评论418 收藏 分享", "推荐 娱乐 体育"
    if len(p) <= 120 and _is_breadcrumb(p):
        return True
    if _FONT_SIZE.match(p):
        return True
    if len(p) <= 60 and parse_dateline(p):  # a date, or "source·date", on its own is page furniture
        return True
    if any(len(p) <= limit and pattern.search(p) for pattern, limit in _PATTERNS):
        return True
    compact = _WS.sub("", p)  # "人 民 网 版 权 所 有" is a copyright line too
    return any(len(p) <= limit and (pattern.search(p) or pattern.search(compact))
               for pattern, limit in [(_COPYRIGHT, 160), *_data_rules()["drop"]])


def _is_breadcrumb(p: str) -> bool:
    steps = _CRUMB_SEP.split(p)
    return len(steps) >= 3 and all(_CRUMB_STEP.fullmatch(step.strip()) for step in steps)


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Normalise, trim trailing notes, and drop boilerplate and empty paragraphs."""
    cleaned = []
    for raw in paragraphs:
        p = strip_trailing_notes(normalize_paragraph(raw))
        if p and not is_boilerplate(p):
            cleaned.append(p)
    return cleaned
