"""Where a story comes from, and so which currency a bare 元 in it is.

A mainland paper's 4862亿元 is renminbi; a Taiwanese paper's 4862億元 is New Taiwan dollars; a Hong
Kong paper's 142.6元 is Hong Kong dollars. The place is read from the article's source (portal,
paper or agency) and URL, with the table in data/story_places.tsv, then from its script and the
currencies it names:

    place          a bare 元 is            also, when the story names it
    mainland (CN)  renminbi                the New Taiwan dollar (mainland papers on Taiwanese firms)
    Taiwan (TW)    New Taiwan dollars      renminbi
    Hong Kong (HK) Hong Kong dollars       renminbi
    not known      simplified script: as mainland; traditional script: as Taiwan if it names
                   新臺幣, as Hong Kong if it names 港元, else by how it writes (年增 / 月增 in
                   Taipei, 按年 / 按季 in Hong Kong: the 'text' rows), any of the three if that
                   does not settle it either; other languages: renminbi plus whichever of NT$ and HK$ it names

A mainland story that quotes a Hong Kong share price in 港元 still means renminbi by a bare 元, so
'HK$268.50' against its '报268.50元' is unsupported; where the place cannot be told, every reading
stays open (an unsure reading is never a false alarm).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from urllib.parse import urlsplit

from citebrief.article import Article
from citebrief.facts.glossary import word_forms, word_list

CURRENCY = {"CN": "CNY", "TW": "TWD", "HK": "HKD"}
# What a bare '$' means in an English story of these places' own press (The Straits Times' '$1.47').
DOLLAR = {"SG": "SGD", "AU": "AUD", "NZ": "NZD", "CA": "CAD"}
# The gazetteer place each country code is (a story's own country need not be named in it; a
# regulator's or central bank's code says whose economy it speaks of).
COUNTRY_NAMES = {"CN": "China", "JP": "Japan", "TW": "Taiwan", "HK": "Hong Kong", "US": "United States",
                 "KR": "South Korea", "GB": "United Kingdom", "UK": "United Kingdom", "EU": "European Union",
                 "DE": "Germany", "FR": "France", "IN": "India", "SG": "Singapore", "AU": "Australia",
                 "ID": "Indonesia", "TH": "Thailand", "MY": "Malaysia", "PH": "Philippines", "VN": "Vietnam",
                 "MO": "Macau", "CA": "Canada"}
# Forms (folded: simplified script, lower case) that name each currency in a text.
NAMED = {
    "TWD": ("新台币", "台币", "nt$", "new taiwan dollar", "taiwan dollar"),
    "HKD": ("港元", "港币", "hk$", "hong kong dollar"),
    "CNY": ("人民币", "rmb", "renminbi"),
}


@lru_cache(maxsize=1)
def _rows() -> dict[str, list[tuple[str, str]]]:
    """data/story_places.tsv by kind of row: (what as written, place)."""
    rows: dict[str, list[tuple[str, str]]] = {"source": [], "word": [], "host": [], "text": []}
    text = resources.files("citebrief").joinpath("data/story_places.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        how, what, place = (part.strip() for part in line.split("\t")[:3])
        if how in rows and (place in CURRENCY or place in DOLLAR):
            rows[how].append((what, place))
    return rows


@lru_cache(maxsize=1)
def _table() -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """(source names, words, URL host ends), each as (folded form, place), longest first."""
    def longest_first(how: str) -> list[tuple[str, str]]:
        return sorted(((_fold(what), place) for what, place in _rows()[how]), key=lambda it: -len(it[0]))

    return longest_first("source"), longest_first("word"), longest_first("host")


@lru_cache(maxsize=1)
def _usage() -> tuple[tuple[str, str], ...]:
    """(folded phrase, place) of the 'text' rows: how Taiwanese and Hong Kong papers write (年增 / 按年);
    folded to simplified script, as the story text they are looked for in is."""
    from citebrief.text.script import fold

    return tuple((fold(what), place) for what, place in _rows()["text"])


def place_by_usage(folded_text: str) -> str | None:
    """'TW' or 'HK' when only one place's wording is in a traditional-script text (folded)."""
    places = {place for phrase, place in _usage() if phrase in folded_text}
    return places.pop() if len(places) == 1 else None


def _fold(text: str) -> str:
    """Width and case folded, script kept: 經濟日報 (Taipei) and 经济日报 (Beijing) stay apart."""
    return unicodedata.normalize("NFKC", text).strip().lower()


def place_of_source(source: str | None, url: str | None = None) -> str | None:
    """'CN', 'TW', 'HK' from the source's name or the URL's host; None when the table does not say."""
    names, words, hosts = _table()
    if source:
        s = _fold(source)
        for form, place in names:
            if s.startswith(form):
                return place
    if url and "://" in url:
        host = (urlsplit(url).hostname or "").lower()
        for form, place in hosts:
            # '.tw' is a country's domain; 'udn.com' a site with its subdomains (money.udn.com).
            if host.endswith(form) if form.startswith(".") else (host == form or host.endswith("." + form)):
                return place
    if source:
        s = _fold(source)
        for form, place in words:
            if form in s:
                return place
    return None


def dollar_currency(article: Article) -> str:
    """What a bare '$' in ``article`` is: the local dollar of a Singapore, Australian, New Zealand or
    Canadian paper (data/story_places.tsv), else the US dollar."""
    return DOLLAR.get(place_of_source(article.source, article.url) or "", "USD")


def yuan_currencies(article: Article, folded_text: str | None = None) -> str:
    """What a bare 元 in ``article`` may be: ISO codes joined by '|', the most likely first
    ('TWD|CNY' for a Taiwanese story that also names renminbi). ``folded_text`` is the title and
    paragraphs already folded (simplified, lower case), if the caller has them."""
    if folded_text is None:
        from citebrief.text.script import fold

        folded_text = fold(" ".join([article.title, *article.paragraphs]))
    named = {code for code, forms in NAMED.items() if any(f in folded_text for f in forms)}
    place = place_of_source(article.source, article.url)
    if place is None:
        script = _script(article)
        if script == "zh-Hans":
            place = "CN"
        elif script == "zh-Hant":
            if "TWD" in named and "HKD" not in named:
                place = "TW"
            elif "HKD" in named and "TWD" not in named:
                place = "HK"
            else:
                # Neither dollar settles it: how the story writes a change (年增 in Taipei, 按年 in
                # Hong Kong), else any of the three.
                place = place_by_usage(folded_text)
                if place is None:
                    return "CNY|TWD|HKD"
    if place == "TW":
        codes = ["TWD"] + (["CNY"] if "CNY" in named else [])
    elif place == "HK":
        codes = ["HKD"] + (["CNY"] if "CNY" in named else [])
    elif place == "CN":
        codes = ["CNY"] + (["TWD"] if "TWD" in named else [])
    else:  # not known and not traditional script: renminbi, and whichever other dollar the story names
        codes = ["CNY"] + [c for c in ("TWD", "HKD") if c in named]
    return "|".join(codes)


def _script(article: Article) -> str | None:
    """'zh-Hans' or 'zh-Hant' for a Chinese story (by its language tag, else its text), else None."""
    lang = article.language or "und"
    if lang in ("zh-Hant", "zh-TW", "zh-HK", "zh-MO"):
        return "zh-Hant"
    if lang in ("zh-Hans", "zh-CN", "zh-SG"):
        return "zh-Hans"
    if lang not in ("und", "zh"):
        return None
    from citebrief.text.script import HAN, detect_chinese_script

    text = " ".join([article.title, *article.paragraphs[:3]])
    return detect_chinese_script(text) if HAN.search(text) else None


__all__ = ["CURRENCY", "NAMED", "place_of_source", "yuan_currencies"]


# Prepositions of trade or travel before a market ('对美出口', '自日进口', '赴港上市', '对美国出口').
TOWARDS = "对向自从赴往"


def abbreviated_place(word: str) -> str | None:
    """The full Chinese name of the place a word like 对美 names ('美国'), else None: a preposition of trade
    or travel and a one-character abbreviation (data/place_abbreviations.tsv)."""
    if len(word) != 2 or word[0] not in TOWARDS:
        return None
    forms = word_forms("place_abbreviations.tsv").get(word[1])
    return forms[0] if forms else None


def places_abbreviated_in(folded_text: str) -> set[str]:
    """The full names of the places a folded text names by abbreviation before a word of trade
    ('对美出口' -> 美国; data/trade_words.txt)."""
    return {name for m in _abbreviated_pattern().finditer(folded_text)
            if (name := abbreviated_place(m.group(0)[:2])) is not None}


@cache
def _abbreviated_pattern() -> re.Pattern[str]:
    trade = "|".join(sorted(word_list("trade_words.txt"), key=len, reverse=True))
    return re.compile(rf"[{TOWARDS}](?:{'|'.join(word_forms('place_abbreviations.tsv'))})(?:{trade})")
