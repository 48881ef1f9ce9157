"""The checks a model's statement must pass before it is published.

1. each evidence quote occurs in the paragraph it names (after whitespace and full/half-width
   normalisation; an ellipsis may join pieces that occur in order);
2. the verifier finds every atom of the statement in the cited paragraphs;
3. glossary entries agree with the article and with the gazetteer.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from citebrief.article import Article
from citebrief.brief import Check
from citebrief.text.script import fold, han_count

_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\.{3,}|…+|⋯+")
QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"', "『": '"', "』": '"'})


def normalise(text: str) -> str:
    """The form quotes are compared in: NFKC (full-width -> half-width), straight quotes,
    no whitespace at all (Chinese has none, and models add or drop it around figures)."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text).translate(QUOTE_MARKS))


def quote_in(quote: str, paragraph: str) -> bool:
    """Whether the quote is copied from the paragraph (pieces around an ellipsis, in order)."""
    q = quote.strip().strip('"\'“”「」')
    hay = normalise(paragraph)
    pos = 0
    pieces = [normalise(p) for p in _ELLIPSIS.split(q)]
    pieces = [p for p in pieces if p]
    if not pieces or sum(len(p) for p in pieces) < 2:
        return False
    for piece in pieces:
        found = hay.find(piece, pos)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def evidence_problems(citations: list[int], evidence: Iterable[Any], article: Article) -> list[str]:
    """Reasons the citations and quotes of a statement do not hold (empty when they do)."""
    count = len(article.paragraphs)
    problems: list[str] = []
    if not citations:
        problems.append("no citation")
    bad = [n for n in citations if not 1 <= n <= count]
    if bad:
        problems.append(f"cites paragraph {bad[0]}, but the article has paragraphs 1..{count}")
    quotes = list(evidence)
    if not quotes:
        problems.append("no evidence quote")
    for ev in quotes:
        if not 1 <= ev.paragraph <= count:
            problems.append(f"quote names paragraph {ev.paragraph}, which does not exist")
        elif not quote_in(ev.quote, article.paragraph(ev.paragraph)):
            problems.append(f"quote {_short(ev.quote)} is not in paragraph {ev.paragraph}")
    return problems


def check_statement(text: str, citations: list[int], article: Article) -> Check:
    """The verifier's verdict."""
    from citebrief.verify import check_claim

    valid = [n for n in citations if 1 <= n <= len(article.paragraphs)]
    return check_claim(text, valid, article)


def glossary_problems(entries: Iterable[Any], article: Article) -> dict[str, str]:
    """English (or target-language) name -> why its glossary entry is wrong."""
    from citebrief.facts.gazetteer import lookup

    haystack = fold("".join(article.paragraphs) + article.title).replace(" ", "")
    problems: dict[str, str] = {}
    for entry in entries:
        name, source = entry.name.strip(), entry.source.strip()
        if not name or not source:
            continue
        if not han_count(source):
            continue  # no source-script form given ("Abenomics" -> "Abenomics"): nothing to compare
        if fold(source).replace(" ", "") not in haystack:
            problems[name] = f"glossary: {name!r} is given as {source!r}, which the article does not contain"
            continue
        reason = _gazetteer_disagrees(name, source, lookup)
        if reason:
            problems[name] = reason
    return problems


def person_problems(text: str, article: Article) -> list[str]:
    """A person the statement names must be named in full somewhere in the article.

    The verifier accepts a short alias found in a cited paragraph; but 安倍 inside 安倍经济学
    ("Abenomics") is not Shinzo Abe, and a small model that renames 高市早苗 as "Shinzo Abe"
    would get through. A person's longest source form (安倍晋三) or full English name must occur."""
    from citebrief.facts.atoms import english_names, source_names

    haystack = fold(article.title + "".join(article.paragraphs)).replace(" ", "")
    mentions = list(english_names(text)) + (list(source_names(text)) if han_count(text) else [])
    problems: list[str] = []
    for mention in mentions:
        entity = getattr(mention, "entity", None)
        if entity is None or getattr(entity, "kind", "") != "person":
            continue
        zh = sorted(getattr(entity, "zh", []) or [], key=len, reverse=True)[:1]
        full = zh + [n for n in getattr(entity, "english", []) or [] if " " in n]
        if full and not any(fold(f).replace(" ", "") in haystack for f in full):
            problems.append(f"'{mention.text}' ({'/'.join(full)}) is not named anywhere in the article")
    return list(dict.fromkeys(problems))


def not_a_statement(text: str, lang: str) -> list[str]:
    """A heading or a fragment in place of a statement ('Government Initiatives'): a small model
    repeats section titles as bullets. Nothing in it is false, but it is not a brief's bullet."""
    words = re.findall(r"[A-Za-z0-9][\w%$.,'-]*", text)
    if lang == "en" and len(words) < 4:
        return ["not a statement (fewer than four words)"]
    # A model caught in a loop repeats a phrase until the length cap cuts it ("Linking together
    # the key financial information ... we can summarize that" four times): nothing checkable,
    # but not a statement either.
    grams = [" ".join(words[i:i + 8]).casefold() for i in range(len(words) - 7)]
    if len(grams) != len(set(grams)):
        return ["not a statement (it repeats itself)"]
    return []


def claims_naming(name: str, text: str) -> bool:
    """Whether a statement uses the name (case-insensitive, whole words for Latin names)."""
    if re.search(r"[A-Za-z]", name):
        return re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text, re.I) is not None
    return fold(name) in fold(text)


def _forms(entity: Any, attr: str) -> set[str]:
    values = getattr(entity, attr, None) or []
    if isinstance(values, str):
        values = [values]
    return {fold(v).replace(" ", "") for v in values}


def _gazetteer_disagrees(name: str, source: str, lookup) -> str | None:
    src = fold(source).replace(" ", "")
    by_name = [e for e in lookup(name) or []]
    if by_name:
        known = set().union(*(_forms(e, "zh") for e in by_name))
        if known and not any(src == k or k in src or src in k for k in known):
            shown = "/".join(sorted(getattr(by_name[0], "zh", []) or [])[:2])
            return f"glossary: the gazetteer gives {name!r} as {shown}, not {source!r}"
    by_source = [e for e in lookup(source) or []]
    if by_source:
        english = set().union(*(_forms(e, "english") for e in by_source))
        if english and fold(name).replace(" ", "") not in english:
            shown = (getattr(by_source[0], "english", []) or ["?"])[0]
            return f"glossary: the article's {source!r} is {shown!r} in the gazetteer, not {name!r}"
    return None


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[:limit] + "…")
