"""Surname-only aliases of people ('安倍' for 安倍晋三 Shinzo Abe, '高市' for 高市早苗).

Such a short form also occurs inside longer words that do not name the person: 安倍经济学 is
"Abenomics", not Abe. A hit of a short alias names the person only when the word after it is
not a continuation of it: no Han character follows, or the next jieba word is a title, an
honorific, a verb of saying or a function word ('安倍首相', '安倍表示', '安倍在', '安倍氏は').
"""
from __future__ import annotations

from functools import cache

from citebrief.facts.gazetteer import Entity, load
from citebrief.text.script import HAN
from citebrief.text.words import _segmenter

# Words that may follow a surname used alone (folded: simplified, lower case).
_AFTER_SURNAME = frozenset("""
首相 前首相 总理 前总理 总统 前总统 副总统 主席 行长 副行长 总裁 部长 大臣 长官 议员 党首 干事长 外相 财相
经济相 防卫相 官房长官 知事 市长 委员 理事 董事长 社长 会长 先生 女士 本人 政府 内阁 政权 阵营 派系 执政 任内
时期 时代 上台 上任 就任 当选 卸任 辞职 下台 访华 访美 会见 会晤 发表 讲话 表示 指出 认为 强调 透露 宣布 承诺
呼吁 坦言 警告 回应 否认 重申 补充 提到 提出 此前 曾经 已经 随后 同时 也 还 则 曾 将 在 于 对 向 与 和 及 是
的 称 说 等 氏 君 与其 当时 今天 昨天 周一 周二 周三 周四 周五 周六 周日 本周 上周
""".split())
_HAN = HAN


def short_forms(entity: Entity) -> frozenset[str]:
    """The person's folded Han forms of at most two characters that begin a longer form of
    the same person: surname-only aliases."""
    return _short_forms(entity.id) if entity.kind == "person" else frozenset()


@cache
def _short_forms(entity_id: int) -> frozenset[str]:
    forms = load().entities[entity_id].folded_forms
    return frozenset(f for f in forms if len(f) <= 2 and _HAN.match(f)
                     and any(len(g) > len(f) and g.startswith(f) for g in forms))


def names_person(text: str, start: int, alias: str, full_forms: tuple[str, ...]) -> bool:
    """Whether the short ``alias`` at ``text[start:]`` names the person (folded text)."""
    if any(text.startswith(form, start) for form in full_forms):
        return True
    rest = text[start + len(alias):start + len(alias) + 8]
    if not rest or not _HAN.match(rest[0]):
        return True  # '安倍，', '安倍は', '安倍 (Abe)': nothing continues the word
    words = _segmenter()(alias + rest)
    # jieba may keep the alias and what follows as one word (a compound the dictionary knows).
    if not words or words[0] != alias:
        return False
    return len(words) > 1 and words[1] in _AFTER_SURNAME


def paragraph_names(entity: Entity, text: str) -> bool:
    """Whether folded ``text`` names ``entity``: a full form anywhere, or a short alias that
    is not part of a longer word."""
    short = short_forms(entity)
    full = tuple(f for f in entity.folded_forms if f not in short)
    if any(f in text for f in full):
        return True
    for alias in short:
        start = text.find(alias)
        while start != -1:
            if names_person(text, start, alias, full):
                return True
            start = text.find(alias, start + 1)
    return False
