"""Chinese left untranslated in a statement of an English or Japanese brief.

A small model asked for English copies words of the Chinese article into its sentence ("Nomura
Holdings analyst预计 that ..."). The verifier reads only figures, dates and names, so such a
sentence can be "supported" and would be published half-translated. A schema pattern keeps
Chinese out only where the server compiles the schema into a grammar; this check runs on every
answer, whatever the server's dialect, and a statement that fails it is sent back once and then
dropped like any other failed statement.

Allowed: a name given in its own script inside quotation marks or brackets ("the fund known as
“国家队”", "Sanae Takaichi (高市早苗)"). In a Japanese brief kanji are Japanese too: what counts
as Chinese there is a character in a form Japanese does not write (预, 计, 认, 营 ...) or a
statement with Han characters and no kana at all (a Chinese sentence).
"""
from __future__ import annotations

import re
from functools import lru_cache

from citebrief.text.script import HAN, HAN_CLASS, to_traditional

# A name in its own script, enclosed: only Han (and the middle dots of transcribed names) between
# a pair of quotation marks or brackets, at most 12 characters. A clause is not a name.
_QUOTED_NAME = re.compile(
    rf"(?:“[{HAN_CLASS}·・]{{1,12}}”|\"[{HAN_CLASS}·・]{{1,12}}\"|‘[{HAN_CLASS}·・]{{1,12}}’"
    rf"|「[{HAN_CLASS}·・]{{1,12}}」|『[{HAN_CLASS}·・]{{1,12}}』|《[{HAN_CLASS}·・]{{1,12}}》"
    rf"|\([{HAN_CLASS}·・]{{1,12}}\)|（[{HAN_CLASS}·・]{{1,12}}）)")
_HAN_RUN = re.compile(rf"[{HAN_CLASS}]+")
_KANA = re.compile(r"[\u3040-\u30ff]")
_CHECKED = ("en", "ja")


def chinese_left(text: str, lang: str) -> list[str]:
    """The runs of untranslated Chinese in a statement of a brief in `lang` ([] for a Chinese
    brief, and for a statement with none)."""
    if lang not in _CHECKED or not HAN.search(text):
        return []
    outside = _QUOTED_NAME.sub(" ", text)
    runs = _HAN_RUN.findall(outside)
    if lang == "en":
        return runs
    # Japanese: kanji are at home; Chinese shows in character forms, or in a sentence without kana.
    if not _KANA.search(text) and sum(len(r) for r in runs) >= 4:
        return runs
    return [r for r in runs if any(not _japanese_form(ch) for ch in r)]


def untranslated(text: str, lang: str) -> list[str]:
    """The problem to report (and send back for repair) when a statement keeps Chinese."""
    runs = chinese_left(text, lang)
    if not runs:
        return []
    language = "English" if lang == "en" else "Japanese"
    shown = ", ".join(f"'{r}'" for r in list(dict.fromkeys(runs))[:3])
    return [f"not translated into {language}: {shown} left in Chinese "
            "(translate it; only a name may stay in its own script, in quotation marks)"]


@lru_cache(maxsize=4096)
def _japanese_form(ch: str) -> bool:
    """Whether Japanese writes this character as it is: its traditional form, in Japanese
    shinjitai, is the character itself (国 -> 國 -> 国 yes; 发 -> 發 -> 発 no; 營 -> 営 no)."""
    return _to_japanese(to_traditional(ch)) == ch


def _to_japanese(text: str) -> str:
    try:
        return _t2jp().convert(text)
    except Exception:  # noqa: BLE001 - no OpenCC Japanese table: take the character as Japanese
        return text


@lru_cache(maxsize=1)
def _t2jp():
    import opencc

    return opencc.OpenCC("t2jp")
