"""Turn bytes from Chinese and English news sites into text, detecting the encoding.

Order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. a charset declared by the caller (HTTP ``Content-Type``) if the bytes decode cleanly with it;
3. a ``<meta charset>`` / ``http-equiv`` / XML declaration in the first bytes, if it decodes cleanly;
4. strict UTF-8 (multi-byte UTF-8 almost never decodes by accident);
5. UTF-8 with a few bad bytes (a stray byte, a character cut at the end: common on CMS pages),
   when the broken spots are few next to the well-formed characters; they become U+FFFD;
6. charset-normalizer, preferring the Chinese encodings (GB18030, Big5) among equally good
   guesses, because short GBK text is otherwise often taken for Korean (cp949).

Declared GB2312/GBK are read as GB18030 and Big5 as Big5-HKSCS, then cp950: each is a superset, and
sites routinely use characters outside the charset they declare.
"""
from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Labels sites use -> the codecs to try, superset first.
_SUPERSETS: dict[str, tuple[str, ...]] = {
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "gb18030": ("gb18030",),
    "cp936": ("gb18030",),
    "big5": ("big5hkscs", "cp950"),  # HKSCS keeps Big5's own mapping (／ not ∕); cp950 adds € and friends
    "cp950": ("cp950", "big5hkscs"),
    "big5hkscs": ("big5hkscs",),
}

_CHINESE_CODECS = ("gb18030", "big5", "cp950", "big5hkscs")

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we could detect."""


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """'text/html; charset=GBK' -> 'gbk'."""
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
    return m.group(1).lower() if m else None


def declared_charset_in_markup(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first 4 KB, if any."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii", "replace").lower()


def _codecs_for(label: str) -> tuple[str, ...]:
    label = label.lower().replace("_", "-")
    if label in ("x-gbk", "gb-2312", "csgb2312", "gb2312-80"):
        label = "gbk"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return ()
    return _SUPERSETS.get(label) or _SUPERSETS.get(name) or (name,)


def _try(data: bytes, label: str | None) -> tuple[str, str] | None:
    if not label:
        return None
    for codec in _codecs_for(label):
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _guess(data: bytes) -> tuple[str, str] | None:
    import charset_normalizer

    matches = [m for m in charset_normalizer.from_bytes(data)
               # UTF-16/32 without a BOM are never what a news file is, but score well on CJK bytes.
               if not m.encoding.startswith(("utf_16", "utf_32"))]
    if not matches:
        return None
    best_chaos = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= best_chaos + 1e-9]
    chosen = next((m for m in tied if m.encoding in _CHINESE_CODECS), tied[0])
    return str(chosen), chosen.encoding


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    # Real UTF-8 with a stray byte: many well-formed multi-byte characters, a handful broken.
    # GBK or Big5 decoded as UTF-8 breaks on nearly every character instead.
    if multibyte >= 20 and broken * 20 <= multibyte and broken <= max(8, len(text) // 100):
        return text, "utf-8 (with replaced bytes)"
    return None


def decode_bytes(data: bytes, *, declared: str | None = None, markup: bool = True) -> tuple[str, str]:
    """Decode ``data``; return ``(text, codec)``. Raise :class:`DecodeError` if nothing fits.

    ``declared`` is a charset label from outside the document (HTTP header); ``markup`` allows a
    charset declared inside the document (``<meta charset>``, XML declaration) to be used.
    """
    bom = bom_encoding(data)
    if bom:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError as exc:
            raise DecodeError(f"has a {bom} byte-order mark but is not valid {bom}") from exc
    for label in (declared, declared_charset_in_markup(data) if markup else None):
        found = _try(data, label)
        if found:
            return found
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    found = _mostly_utf8(data) or _guess(data)
    if found is None:
        raise DecodeError("undecodable text: not UTF-8, GB18030 or Big5, and no other encoding fits")
    return found
