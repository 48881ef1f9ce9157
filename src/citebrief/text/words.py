"""Content words of a sentence, for ranking and near-duplicate checks.

Chinese: jieba words of the folded text (half-width, simplified, lower case), minus function words and
punctuation. The segmenter is rjieba (the Rust port of jieba, same dictionary and algorithm, about
20x faster and with no start-up cost); the Python jieba is the fallback when rjieba is missing.
English and other space-separated text: lower-cased words minus stopwords.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import cast

from citebrief.text.script import HAN, HAN_CLASS, is_chinese, to_simplified

_HAN = HAN
# A token is a word when it holds a Han character, a letter or a digit.
_WORDLIKE = re.compile(rf"[\w{HAN_CLASS}]")
_EN_WORD = re.compile(r"[a-z0-9](?:[a-z0-9'&.-]*[a-z0-9])?")

EN_STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it it's its itself just me more most
my myself no nor not of off on once only or other our ours ourselves out over own same she should so some
such than that the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours
yourself yourselves said says say according per via s t mr ms mrs its' would've one two also however
""".split())

# Function words and fillers that jieba keeps as words but that carry no topic.
ZH_STOPWORDS = frozenset("""
的 了 在 是 和 与 及 等 对 将 为 也 而 其 中 并 已 于 由 被 这 该 此 其中 以及 我们 他们 她们 它们 你们
一个 一些 这些 那些 之 以 或 但 就 都 又 还 很 着 把 从 向 到 至 后 前 上 下 里 内 外 更 最 所 让 给 同时
表示 指出 认为 称 说 据 据悉 获悉 报道 消息 目前 今年 方面 进行 相关 有关 通过 作为 可以 已经 没有 不 有
""".split())


@lru_cache(maxsize=1)
def _segmenter() -> Callable[[str], list[str]]:
    import rjieba

    return rjieba.cut


# Full-width letters and digits (Ａ１) to half-width; full-width punctuation is left alone, as jieba
# and the word filter treat both forms alike.
_FULL_WIDTH_ALNUM = re.compile(r"[０-９Ａ-Ｚａ-ｚ％．]")
_HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def fold_for_words(text: str) -> str:
    """What words are read from: half-width letters and digits, simplified, lower case.

    Like ``citebrief.text.script.fold`` without full NFKC, which costs ~10x more on Chinese text
    (every full-width comma is a compatibility character) and can change the text's length.
    """
    if _FULL_WIDTH_ALNUM.search(text):
        text = text.translate(_HALF_WIDTH)
    return to_simplified(text).lower()


def cut(text: str) -> list[str]:
    """jieba words of a text, punctuation and spaces included, as jieba returns them."""
    return _segmenter()(text)


def has_han(text: str) -> bool:
    return not text.isascii() and _HAN.search(text) is not None


def words(text: str, language: str = "und") -> list[str]:
    """Content words of a text in reading order (repeats kept), in folded form.

    Chinese text (by language tag, or any Han character when the tag is not Chinese) goes through
    jieba; other text is split into lower-cased words. Stopwords and punctuation are dropped.
    """
    if is_chinese(language) or has_han(text):
        return chinese_words(fold_for_words(text))
    return english_words(text)


def english_words(text: str) -> list[str]:
    """Lower-cased words of a text without Han characters, minus stopwords."""
    return [w for w in _EN_WORD.findall(text.lower()) if w not in EN_STOPWORDS]


_ZH_DROP = ZH_STOPWORDS | EN_STOPWORDS  # Chinese text quotes English words too


def is_content_word(w: str) -> bool:
    """Whether a jieba token of folded Chinese text is a content word (not punctuation, space or
    a function word)."""
    return w not in _ZH_DROP and (w.isalnum() or _WORDLIKE.search(w) is not None)


# Token -> is_content_word: the same tokens recur in every article; cleared when full, so memory
# stays bounded however many articles a process reads.
_CONTENT: dict[str, bool] = {}
_CONTENT_MAX = 100_000


def content_mask(tokens: Iterable[str]) -> list[bool]:
    """``is_content_word`` of each token, mostly from a cache looked up in C (``map``)."""
    tokens = tokens if isinstance(tokens, (list, tuple, dict)) else list(tokens)
    cache = _CONTENT
    got = list(map(cache.get, tokens))
    if None in got:
        if len(cache) >= _CONTENT_MAX:
            cache.clear()
        drop, wordlike = _ZH_DROP, _WORDLIKE.search
        for i, w in enumerate(tokens):
            if got[i] is None:
                got[i] = cache[w] = w not in drop and (w.isalnum() or wordlike(w) is not None)
    return cast(list[bool], got)  # every None was filled in above


def chinese_words(folded: str) -> list[str]:
    """Content words of text already folded (see ``fold_for_words``)."""
    return [w for w in cut(folded) if is_content_word(w)]


def sentence_words(paragraph: str, spans: list[tuple[int, int]], language: str = "und",
                   folded: str | None = None, *, raw: bool = False) -> list[list[str]]:
    """``words`` of each (start, end) span of a paragraph.

    Chinese paragraphs are folded once (or ``folded`` is given: OpenCC's per-call cost dominates
    on short texts) and each span of the folded text is cut; when folding changed the paragraph's
    length (OpenCC phrase conversions can), spans are folded one by one. With ``raw``, Chinese
    spans keep every jieba token, for callers that filter once per distinct word with
    ``is_content_word`` rather than once per occurrence.
    """
    if not (is_chinese(language) or has_han(paragraph)):
        low = paragraph.lower()
        if len(low) != len(paragraph):  # a few letters lower-case to two characters (İ)
            return [english_words(paragraph[a:b]) for a, b in spans]
        # One lower-casing per paragraph; each span is read in place (findall's pos and endpos).
        find, stop = _EN_WORD.findall, EN_STOPWORDS
        return [[w for w in find(low, a, b) if w not in stop] for a, b in spans]
    if folded is None or len(folded) != len(paragraph):
        texts = [fold_for_words(paragraph[a:b]) for a, b in spans]
    else:
        texts = [folded[a:b] for a, b in spans]
    return [cut(t) for t in texts] if raw else [chinese_words(t) for t in texts]
