"""The house text layout.

    <title>
    <source>·<YYYY-MM-DD HH:MM>        (optional; also `|`, ` - `, `・`, `•` and full-width forms)

    <paragraph 1>

    <paragraph 2>

Paragraphs are separated by blank lines; a paragraph wrapped over several lines is joined (without
a space between Chinese characters). If line 2 is not a dateline but a short line with no sentence
punctuation followed by a blank line, it is taken as the source name alone.

Text pasted from Chinese pages often has no blank lines: there, a line indented with an ideographic
space (U+3000) starts a paragraph, and a body without any blank line whose lines nearly all end a
sentence is read one paragraph per line (a hard-wrapped English body, whose lines end mid-sentence,
stays one paragraph).
"""
from __future__ import annotations

import re

from citebrief.article import Article
from citebrief.errors import InputError
from citebrief.loaders.assemble import build_article, label
from citebrief.loaders.meta import parse_dateline

_SENTENCE_PUNCT = re.compile(r"[。！？；，.!?;,]")
_SENTENCE_END = re.compile(r"[。！？.!?…:：][”’」』）)\"']*\s*$")


def blocks(lines: list[str]) -> list[str]:
    """Group lines into paragraphs: blank-line separated blocks, split again before a line indented
    with U+3000; or one paragraph per line when no line is blank and nearly all end a sentence."""
    content = [line for line in lines if line.strip()]
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    if len(content) > 1 and len(content) == last - first + 1 and \
            sum(bool(_SENTENCE_END.search(line)) for line in content) >= 0.8 * len(content):
        return content
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        if current and (not line.strip() or line.startswith("\u3000")):
            out.append("\n".join(current))
            current = []
        if line.strip():
            current.append(line)
    if current:
        out.append("\n".join(current))
    return out


def parse_house_text(text: str, *, origin: str = "<text>", url: str | None = None) -> Article:
    lines = text.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise InputError(label(origin), "empty file" if _is_path(origin) else "empty input")
    title, rest = lines[0].strip(), lines[1:]
    source = published_at = None
    if rest and rest[0].strip():
        dateline = parse_dateline(rest[0])
        if dateline:
            source, published_at = dateline
            rest = rest[1:]
        elif _looks_like_source(rest[0]) and (len(rest) == 1 or not rest[1].strip()):
            source, rest = rest[0].strip(), rest[1:]
    return build_article(origin=origin, title=title, paragraphs=blocks(rest), source=source,
                         published_at=published_at, url=url)


def _looks_like_source(line: str) -> bool:
    line = line.strip()
    return len(line) <= 40 and not _SENTENCE_PUNCT.search(line)


def _is_path(origin: str) -> bool:
    return origin not in ("-", "<text>") and "://" not in origin
