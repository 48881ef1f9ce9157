"""What kind of input is this: binary (refused), or text/markdown/json/html."""
from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urlparse

from citebrief.text.encoding import bom_encoding

KINDS = ("text", "markdown", "json", "html")
SUFFIX_KINDS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                ".json": "json", ".html": "html", ".htm": "html", ".xhtml": "html"}
MIME_KINDS = {"text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown",
              "application/json": "json", "application/ld+json": "json", "text/html": "html",
              "application/xhtml+xml": "html", "text/xml": "html", "application/xml": "html"}

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"), (b"PK\x05\x06", "ZIP archive"), (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"), (b"Rar!", "RAR archive"), (b"\x7fELF", "executable"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"SQLite format 3\x00", "SQLite database"), (b"\xd0\xcf\x11\xe0", "Office document"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HTML_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = re.compile(r"<(p|div|article|section|span|h[1-6]|br|table|title|meta)\b[^>]*>", re.I)
_MD_HEADING = re.compile(r"^(#{1,6}\s+\S|.+\n(=+|-+)\s*$)", re.M)


def binary_kind(data: bytes) -> str | None:
    """A description like 'PNG image' if the bytes are not text, else None."""
    if bom_encoding(data):  # UTF-16/32 text has NUL bytes by design
        return None
    for magic, name in _SIGNATURES:
        if data.startswith(magic):
            return name
    head = data[:8192]
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    if head and len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        return "binary data (control bytes)"
    return None


def hint_from_name(origin: str) -> str | None:
    path = urlparse(origin).path if "://" in origin else origin
    return SUFFIX_KINDS.get(PurePosixPath(path.replace("\\", "/")).suffix.lower())


def hint_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime.endswith("+xml"):
        return "html"
    if mime.endswith("+json"):
        return "json"
    return MIME_KINDS.get(mime)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:4096]))


def sniff_kind(text: str, hint: str | None = None) -> str:
    """The loader for ``text``: the hint (from extension or content type) unless the content clearly
    says otherwise (a .txt that is really an HTML page); without a hint, from the content."""
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if hint in ("json", "html"):
        return hint
    if looks_like_html(head):
        return "html"
    if hint:
        return hint
    if head.startswith(("{", "[")):
        return "json"
    if len(_HTML_TAG.findall(head)) >= 3:
        return "html"
    first_block = head.split("\n\n", 1)[0]
    if _MD_HEADING.match(first_block) or head.startswith("---\n"):
        return "markdown"
    return "text"
