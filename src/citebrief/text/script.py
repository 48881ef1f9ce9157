"""Chinese script folding (simplified/traditional, via OpenCC) and language detection."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The Han ideograph class, declared once: CJK Unified Ideographs, Extension A, the Compatibility
# Ideographs and the supplementary planes (OpenCC simplifies 煇 to 𪸩, outside the BMP). Everything that asks "is this Chinese?" uses it.
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
HAN = re.compile(f"[{HAN_CLASS}]")
HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
_HAN = HAN
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@lru_cache(maxsize=4)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional (Taiwan/HK) forms to simplified; other text passes unchanged."""
    return _converter("t2s").convert(text) if _HAN.search(text) else text


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text) if _HAN.search(text) else text


def normalize_width(text: str) -> str:
    """Full-width letters, digits and punctuation to half-width (NFKC), e.g. '１．７％' -> '1.7%'."""
    return unicodedata.normalize("NFKC", text)


def fold(text: str) -> str:
    """The form used for matching: NFKC, simplified script, lower case."""
    return to_simplified(normalize_width(text)).lower()


def han_count(text: str) -> int:
    return len(_HAN.findall(text))


def detect_chinese_script(text: str) -> str:
    """'zh-Hans' or 'zh-Hant': whichever script the text changes less under conversion to."""
    chars = "".join(_HAN.findall(text))
    if not chars:
        return "zh-Hans"
    to_s = sum(a != b for a, b in zip(chars, to_simplified(chars)))
    to_t = sum(a != b for a, b in zip(chars, to_traditional(chars)))
    # Traditional text changes when simplified; simplified text changes when made traditional.
    return "zh-Hant" if to_s > to_t else "zh-Hans"


def detect_language(text: str) -> str:
    """BCP-47 tag of a text: zh-Hans, zh-Hant, ja, ko, en, or what py3langid says for others."""
    sample = text[:4000]
    han, kana, hangul = han_count(sample), len(_KANA.findall(sample)), len(_HANGUL.findall(sample))
    latin = len(_LATIN_WORD.findall(sample))
    if kana > 10 and kana * 5 > han:
        return "ja"
    if hangul > max(han, latin):
        return "ko"
    if han >= max(latin, 1):
        return detect_chinese_script(sample)
    if not sample.strip():
        return "und"
    import py3langid

    lang, _score = py3langid.classify(sample)
    return lang or "und"


def is_chinese(language: str) -> bool:
    return language.startswith("zh")
