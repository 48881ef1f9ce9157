"""HTML pages through trafilatura: main text, title and date; the source is the outlet's name
(:mod:`citebrief.loaders.outlet`: never a copyright line such as "网易版权所有").

Paragraphs follow trafilatura's document structure: each ``<p>``, ``<quote>`` and list ``<item>`` is a
paragraph; a table row is one paragraph (cells joined by `` | ``); headings are section titles and
are dropped (as in the Markdown loader); code blocks and images are dropped. A line break
(``<br>``) inside a paragraph starts a new paragraph: Chinese CMS pages commonly put a whole story
in one block with ``<br>`` between paragraphs (trafilatura folds ``<br><br>`` into one break, so a
single break is the only signal left). A bare caption right under a picture ("小花家。") is not a
paragraph (:func:`picture_captions`); all other furniture is the boilerplate filter's.
"""
from __future__ import annotations

import logging
import re
from datetime import datetime
from functools import lru_cache

from citebrief.article import Article
from citebrief.errors import InputError
from citebrief.loaders.assemble import build_article, label
from citebrief.loaders.boilerplate import normalize_paragraph
from citebrief.loaders.meta import parse_datetime
from citebrief.loaders.outlet import outlet_name, title_of

_SKIP = {"head", "code", "graphic", "fw", "note"}
# Top-level blocks of trafilatura's body that carry article text (not "nav" and the like, which its
# recall mode can let through on a page with no article).
_TEXT_BLOCKS = {"p", "quote", "div", "section"}
# Full timestamps trafilatura/htmldate reduce to a date: look for them in the usual meta tags.
_META_TIME = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:article:published_time"""
    r"""|datePublished|pubdate|publishdate|publish-date|PubDate|sailthru\.date|parsely-pub-date)["'][^>]*>""",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


_BLOCKS = {"p", "quote", "div", "section", "list", "item", "table", "row"}


def _segments(element) -> list[str]:
    """Text of an element, split at <lb/> and around nested blocks (<quote><p>a</p><p>b</p></quote>
    is two paragraphs); nested skipped elements contribute nothing."""
    parts = [""]

    def walk(node) -> None:
        if node.text:
            parts[-1] += node.text
        for child in node:
            if child.tag == "lb":
                parts.append("")
            elif child.tag in _BLOCKS:
                parts.append("")
                walk(child)
                parts.append("")
            elif child.tag not in _SKIP:
                walk(child)
            if child.tail:
                parts[-1] += child.tail

    walk(element)
    return parts


def body_paragraphs(body) -> list[str]:
    """Raw paragraphs of trafilatura's internal XML body, in document order."""
    out: list[str] = []
    for el in body:
        if el.tag == "list":
            for item in el.iter("item"):
                out.extend(_segments(item) if not any(c.tag == "list" for c in item) else [_own_text(item)])
        elif el.tag == "table":
            for row in el.iter("row"):
                cells = [normalize_paragraph(" ".join(_segments(c))) for c in row.iter("cell")]
                out.append(" | ".join(c for c in cells if c))
        elif el.tag in _TEXT_BLOCKS:
            out.extend(_segments(el))
        if el.tail and el.tail.strip():
            out.append(el.tail)
    return out


def _own_text(item) -> str:
    """An item's text without its nested lists (their items are visited on their own)."""
    parts = [item.text or ""]
    for child in item:
        if child.tag != "list":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def _meta_timestamp(html: str, day: datetime | None) -> datetime | None:
    """A full timestamp from meta tags, if it agrees with the date trafilatura chose."""
    for tag in _META_TIME.findall(html[:200_000]):
        m = _CONTENT.search(tag)
        when = parse_datetime(m.group(1)) if m else None
        if when and (day is None or when.date() == day.date()):
            return when
    return None


# trafilatura replaces an extraction shorter than MIN_EXTRACTED_SIZE characters (default 250) with
# its "baseline" dump of the whole <article>, header, share bar and all, as one paragraph. 250
# Chinese characters is a complete short news item, so CJK pages get a lower threshold.
_CJK_MIN_EXTRACTED_SIZE = 80
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=2)
def _trafilatura_config(cjk: bool):
    from trafilatura.settings import use_config

    config = use_config()
    if cjk:
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_CJK_MIN_EXTRACTED_SIZE))
    return config


def _justext_stoplist_hashed_once() -> None:
    """trafilatura's justext fallback passes its stoplist (all languages: ~150,000 words) as a
    tuple to justext's lru_cached define_stoplist, which hashes the whole tuple on every page (a
    tuple does not keep its hash): 5-100 ms of CPU per page, most of a queue worker's CPU per
    article. A frozenset of the same words keeps its hash, and define_stoplist returns the same
    set. trafilatura builds the tuple on its first fallback; it is swapped before the next page."""
    import trafilatura.external as external

    if isinstance(external.JT_STOPLIST, tuple):
        external.JT_STOPLIST = frozenset(external.JT_STOPLIST)


def _is_cjk_page(html: str) -> bool:
    return len(_CJK.findall(html[:300_000])) >= 200


# A picture's caption with no credit in it ("小花家。", "大涧学校。") reads like a two-word sentence; only
# the markup tells: a short line ending in a full stop right under a block that holds only a picture.
_CAPTION_MAX = 30
_PICTURE_BLOCKS = {"p", "div", "figure", "center", "section", "span"}


def picture_captions(html: str) -> set[str]:
    """Normalised texts of the short lines that sit right under a picture (see _CAPTION_MAX)."""
    from lxml import etree, html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, etree.ParserError):
        return set()
    captions = set()
    for img in tree.iter("img"):
        block = img
        while (parent := block.getparent()) is not None and block.tag not in _PICTURE_BLOCKS:
            block = parent
        if block is img or block.text_content().strip():
            continue  # a picture inside text, not a picture block
        following = block.getnext()
        if following is None or not isinstance(following.tag, str):
            continue
        text = normalize_paragraph(following.text_content())
        if 0 < len(text) <= _CAPTION_MAX and text.endswith("。"):
            captions.add(text)
    return captions


def parse_html(html: str, *, origin: str, url: str | None = None) -> Article:
    import trafilatura
    from trafilatura.settings import Document

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its "discarding data" warnings are ours to report
    where = label(origin)
    config = _trafilatura_config(_is_cjk_page(html))
    _justext_stoplist_hashed_once()
    # Balanced mode first; a short news flash in a bare <div> only comes out in recall mode.
    for recall in (False, True):
        doc = trafilatura.bare_extraction(
            html, url=url, config=config, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_formatting=False, include_links=False, favor_recall=recall,
            date_extraction_params={"outputformat": "%Y-%m-%d %H:%M", "extensive_search": False,
                                    "original_date": True},
        )
        body = getattr(doc, "body", None)
        raw = body_paragraphs(body) if body is not None else []
        if any(p.strip() for p in raw):
            break
    else:
        raise InputError(where, "HTML has no article text")
    assert isinstance(doc, Document) and body is not None  # the loop stopped at a document with text
    title = normalize_paragraph(doc.title or "")
    if not title:
        heads = [normalize_paragraph("".join(h.itertext())) for h in body.iter("head")]
        title = next((h for h in heads if h), "") or origin
    captions = picture_captions(html)
    raw = [p for p in raw if normalize_paragraph(p) not in captions]
    # Some pages repeat the title as the first paragraph.
    while raw and normalize_paragraph(raw[0]) in ("", title):
        raw.pop(0)
    day = parse_datetime(doc.date) if doc.date else None
    published_at = _meta_timestamp(html, day) or day
    source = outlet_name(site_name=doc.sitename or doc.hostname, title=title_of(html) or title, url=url or doc.url,
                         html=html)
    return build_article(origin=origin, title=title, paragraphs=raw, source=source,
                         published_at=published_at, url=url or doc.url)
