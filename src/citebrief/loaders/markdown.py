"""Markdown articles, parsed with markdown-it-py (CommonMark + tables + strikethrough).

- Title: YAML front matter ``title:``, else the first heading, else the first line.
- Metadata: front matter keys ``source``/``sitename``, ``date``/``published_at``, ``url``,
  ``language``; or a dateline paragraph (``Source·YYYY-MM-DD HH:MM``, emphasis allowed) right after
  the title.
- Body: each paragraph, block-quote paragraph and list item is one paragraph; each table row is one
  paragraph with its cells joined by `` | ``. Markup is stripped: emphasis, code spans and links
  keep their text; images, raw HTML and code blocks are removed.
- Headings inside the body are section titles, not paragraphs: they are dropped and not numbered,
  as the HTML loader drops ``<h2>``..``<h6>``.
"""
from __future__ import annotations

import re

from citebrief.article import Article
from citebrief.errors import InputError
from citebrief.loaders.assemble import build_article, label
from citebrief.loaders.meta import parse_dateline, parse_datetime

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_LEFTOVER_STRONG = re.compile(r"\*\*|__")  # CommonMark leaves `**“引号”**后` unparsed next to CJK punctuation


def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def _inline_text(token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(_LEFTOVER_STRONG.sub("", child.content) if child.type == "text" else child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        # image (with its alt text), html_inline and the *_open/*_close markers add nothing
    return "".join(parts)


def _blocks(text: str) -> list[tuple[str, str]]:
    """(kind, text) for each block: kind is 'heading', 'para' or 'row'."""
    out: list[tuple[str, str]] = []
    in_heading = in_row = False
    cells: list[str] = []
    for tok in _parser().parse(text):
        if tok.type == "heading_open":
            in_heading = True
        elif tok.type == "heading_close":
            in_heading = False
        elif tok.type == "tr_open":
            in_row, cells = True, []
        elif tok.type == "tr_close":
            in_row = False
            out.append(("row", " | ".join(c for c in cells if c)))
        elif tok.type == "inline":
            value = _inline_text(tok).strip()
            if in_row:
                cells.append(value)
            elif value:
                out.append(("heading" if in_heading else "para", value))
    return out


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[m.end():]


def parse_markdown(text: str, *, origin: str, url: str | None = None) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = _front_matter(text)
    blocks = _blocks(body)
    if not blocks and not meta.get("title"):
        raise InputError(label(origin), "empty file" if "://" not in origin and origin != "-" else "empty input")
    title = meta.get("title")
    if not title:
        kind, first = blocks.pop(0)
        if kind == "heading":
            title = first
        else:  # no heading: the first line is the title, the rest of that block stays
            title, _, remainder = first.partition("\n")
            if remainder.strip():
                blocks.insert(0, ("para", remainder))
    source = meta.get("source") or meta.get("sitename") or meta.get("site_name")
    published_at = parse_datetime(meta.get("published_at") or meta.get("date") or "")
    if blocks and blocks[0][0] == "para":
        dateline = parse_dateline(blocks[0][1])
        if dateline:
            blocks.pop(0)
            source, published_at = dateline[0] or source, dateline[1]
    paragraphs = [value for kind, value in blocks if kind != "heading"]
    return build_article(origin=origin, title=title, paragraphs=paragraphs, source=source,
                         published_at=published_at, language=meta.get("language") or meta.get("lang"),
                         url=url or meta.get("url"))
