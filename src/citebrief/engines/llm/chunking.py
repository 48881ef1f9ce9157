"""Long articles: split on paragraph boundaries, keep the original numbers, merge the answers."""
from __future__ import annotations

import re

from citebrief.article import Article
from citebrief.text.script import HAN_CLASS

_CJK = re.compile(rf"[\u3040-\u30ff{HAN_CLASS}\uac00-\ud7af]")  # Han, kana and Hangul: ~1 token each


def estimate_tokens(text: str) -> int:
    """Rough and on the safe side: a CJK character is about one token, other text about 4
    characters per token. Exact counts need the model's own tokenizer, which we do not have."""
    cjk = len(_CJK.findall(text))
    return cjk + (len(text) - cjk + 3) // 4


def split_paragraphs(article: Article, max_tokens: int) -> list[list[int]]:
    """Groups of consecutive paragraph numbers, each within max_tokens where a paragraph allows
    (a single paragraph longer than the budget is a group of its own, never cut)."""
    groups: list[list[int]] = [[]]
    used = estimate_tokens(article.title)
    for number, text in article.numbered:
        cost = estimate_tokens(text) + 4
        if groups[-1] and used + cost > max_tokens:
            groups.append([])
            used = estimate_tokens(article.title)
        groups[-1].append(number)
        used += cost
    return groups
