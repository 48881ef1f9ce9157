"""Loaders: every input kind into one Article, its paragraphs numbered 1..N once, here.

    from citebrief.loaders import load_article
    article = load_article("news/boj.html")          # or .txt .md .json, an http(s) URL, or "-"
    article.paragraph(3)

- :func:`load_article` reads a path, URL or stdin and dispatches on extension / content type /
  content; :func:`from_bytes` does the same for bytes you already have (fetched pages);
  :func:`from_text` parses the house text layout.
- Encodings (UTF-8, GBK/GB18030, Big5, ...) are detected, never assumed: see
  :mod:`citebrief.text.encoding`.
- Captions, bylines, editor lines, share bars, copyright lines and end marks are removed by the same
  filter for every format (:mod:`citebrief.loaders.boilerplate`), so numbering never depends on
  the format the story arrived in.
- Every failure is an :class:`~citebrief.errors.InputError` (or ``FetchError`` for URLs) whose
  message is one line naming the input and the cause.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import httpx

from citebrief.article import Article
from citebrief.errors import InputError
from citebrief.loaders.assemble import label
from citebrief.loaders.detect import binary_kind, hint_from_content_type, hint_from_name, sniff_kind
from citebrief.loaders.house import parse_house_text
from citebrief.loaders.http import FetchResult, fetch, is_url
from citebrief.loaders.inputs import ARTICLE_SUFFIXES, expand_inputs
from citebrief.text.encoding import DecodeError, charset_from_content_type, decode_bytes

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

__all__ = ["ARTICLE_SUFFIXES", "FetchResult", "expand_inputs", "fetch", "from_bytes", "from_text",
           "load_article", "parse"]


def load_article(source: str | os.PathLike[str], *, timeout: float = 15.0, max_bytes: int = 10_000_000,
                 max_redirects: int = 5, client: httpx.Client | None = None,
                 allow_private: bool | None = None) -> Article:
    """Load one article from a path, an http(s) URL, or "-" (stdin).

    ``timeout``, ``max_redirects``, ``client`` and ``allow_private`` apply to URLs (a URL on a
    private, loopback or link-local address is refused unless ``allow_private`` is True, or it is
    None and the config file's ``fetch.allow_private`` is true: see loaders.netguard);
    ``max_bytes`` limits a download, a file and stdin alike.
    """
    src = os.fspath(source)
    if src == "-":
        return from_bytes(_read_stdin(max_bytes), origin="-")
    if _SCHEME.match(src) and not is_url(src):
        raise InputError(src, "unsupported URL scheme (only http:// and https:// can be fetched)")
    if is_url(src):
        result = fetch(src, timeout=timeout, max_bytes=max_bytes, max_redirects=max_redirects, client=client,
                       allow_private=allow_private)
        return from_bytes(result.content, origin=src, url=result.url, content_type=result.content_type)
    return from_bytes(_read_file(Path(src), max_bytes), origin=src)


def from_bytes(data: bytes, *, origin: str = "<bytes>", url: str | None = None,
               content_type: str | None = None) -> Article:
    """Detect encoding and kind of ``data`` and parse it. ``origin`` names the input in errors and
    becomes ``Article.origin`` ("<bytes>" if not given); ``content_type`` (an HTTP header value)
    gives a kind and charset hint."""
    where = label(origin)
    if not data.strip():
        raise InputError(where, "empty file" if _is_path(origin) else "empty input")
    binary = binary_kind(data)
    if binary:
        raise InputError(where, f"binary file ({binary}), not an article")
    hint = hint_from_content_type(content_type) or hint_from_name(origin)
    try:
        text, _codec = decode_bytes(data, declared=charset_from_content_type(content_type),
                                    markup=hint in (None, "html"))
    except DecodeError as exc:
        raise InputError(where, str(exc)) from None
    return parse(text, kind=sniff_kind(text, hint), origin=origin, url=url)


def from_text(text: str, *, origin: str = "<text>") -> Article:
    """Parse text in the house layout (title, optional dateline, blank line, paragraphs)."""
    return parse_house_text(text, origin=origin)


def parse(text: str, *, kind: str, origin: str, url: str | None = None) -> Article:
    """Parse decoded text of a known kind: 'text', 'markdown', 'json' or 'html'."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(label(origin), "empty file" if _is_path(origin) else "empty input")
    if kind == "html":
        from citebrief.loaders.html import parse_html

        return parse_html(text, origin=origin, url=url)
    if kind == "json":
        from citebrief.loaders.jsondoc import parse_json

        return parse_json(text, origin=origin, url=url)
    if kind == "markdown":
        from citebrief.loaders.markdown import parse_markdown

        return parse_markdown(text, origin=origin, url=url)
    if kind == "text":
        return parse_house_text(text, origin=origin, url=url)
    raise ValueError(f"unknown kind {kind!r}")


def _read_file(path: Path, max_bytes: int) -> bytes:
    where = str(path)
    try:
        if path.is_dir():
            raise InputError(where, "is a folder, not a file (pass it to a batch command to load its articles)")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(where, f"file of {size:,} bytes is over the {max_bytes:,}-byte limit")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(where, "no such file") from None
    except PermissionError:
        raise InputError(where, "permission denied") from None
    except OSError as exc:
        raise InputError(where, exc.strerror or str(exc)) from None


def _read_stdin(max_bytes: int) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read(max_bytes + 1) if stream is not None else sys.stdin.read(max_bytes + 1).encode("utf-8")
    if len(data) > max_bytes:
        raise InputError("<stdin>", f"input is over the {max_bytes:,}-byte limit")
    return data


def _is_path(origin: str) -> bool:
    return origin not in ("-", "<text>", "<bytes>") and not is_url(origin)
