"""The outlet a page comes from, for ``Article.source``: a name, never a copyright line.

Pages name their outlet in several places, none reliable alone: ``og:site_name`` (often missing),
the ``copyright`` meta tag ("网易版权所有", "Copyright © 1996-2025 SINA Corporation, All Rights
Reserved", which trafilatura takes as the site name), the ``<title>`` suffix ("…_新浪财经_新浪网",
"…-新华网", "…--能源--人民网") and the URL's domain. :func:`outlet_name` tries them in the order
documented in ``citebrief/data/outlets.tsv``, which also lists the known outlets.
"""
from __future__ import annotations

import html as htmllib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

_COPYRIGHT = re.compile(r"版权所有|版權所有|©|\(c\)|copyright|all rights reserved", re.IGNORECASE)
_HOLDER_NOISE = re.compile(
    r"版权所有|版權所有|©|\(c\)|copyright|all rights reserved|复制必究|\bby\b|(?:https?://)?www\.\S+"
    r"|\d{4}(?:\s*[-–—~至]\s*\d{4})?|[.,，。;；|]", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.IGNORECASE)
# Title parts: "headline_channel_site", "headline-site", "headline--channel--site", "headline | site".
_TITLE_SPLIT = re.compile(r"\s*(?:_|｜|\||--|—|–|\s-\s|-(?=[^\d\s]))\s*")
_OUTLET_LIKE = re.compile(r"(网|網|新闻|新聞|财经|財經|日报|日報|时报|時報|晚报|早报|周刊|週刊|报|報"
                          r"|news|times|post|daily|journal|review)$", re.IGNORECASE)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_ACCOUNT = [re.compile(p, re.IGNORECASE | re.DOTALL) for p in (
    r"""var\s+nickname\s*=\s*(?:htmlDecode\()?["']([^"'<>]{1,40})["']""",
    r"""id=["']js_name["'][^>]*>\s*([^<]{1,40}?)\s*<""",
    r"""class=["'][^"']*profile_nickname[^"']*["'][^>]*>\s*([^<]{1,40}?)\s*<""",
)]


def fold(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).casefold()


@dataclass(frozen=True)
class _Outlets:
    by_domain: dict[str, str]     # "finance.sina.com.cn" -> "新浪财经"
    canonical: dict[str, str]     # folded name or other name -> the outlet's name
    platforms: frozenset[str]     # folded platform names ("微信公众平台")


@lru_cache(maxsize=1)
def _outlets() -> _Outlets:
    text = (resources.files("citebrief") / "data" / "outlets.tsv").read_text(encoding="utf-8")
    by_domain: dict[str, str] = {}
    canonical: dict[str, str] = {}
    platforms: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        domain, name, *rest = (line.split("\t") + [""])[:3]
        others = [n.strip() for n in rest[0].split(",") if n.strip()] if rest else []
        if domain == "platform":
            platforms.update(fold(n) for n in [name, *others])
            continue
        by_domain[domain.lower()] = name
        for n in [name, *others]:
            canonical.setdefault(fold(n), name)
    return _Outlets(by_domain, canonical, frozenset(platforms))


def is_copyright_line(text: str) -> bool:
    return bool(_COPYRIGHT.search(text))


def title_of(html: str) -> str:
    """The page's own <title> (trafilatura's title is often the headline without the site)."""
    m = _TITLE_TAG.search(html[:300_000])
    return re.sub(r"\s+", " ", htmllib.unescape(m.group(1))).strip() if m else ""


def outlet_name(*, site_name: str | None, title: str = "", url: str | None = None, html: str = "") -> str | None:
    """The outlet's name for a page; ``None`` when nothing on the page names one."""
    outlets = _outlets()
    site = (site_name or "").strip()
    site_is_name = bool(site) and not is_copyright_line(site) and not _DOMAIN.match(site)
    if site_is_name and fold(site) not in outlets.platforms:
        return site
    if site_is_name:  # a platform: the account is the outlet
        account = _account_name(html)
        if account:
            return account
    parts = [p for p in _TITLE_SPLIT.split(title) if p][1:]
    for part in parts:
        if fold(part) in outlets.canonical:
            return part
    by_host = _by_domain(url)
    if by_host:
        return by_host
    if site and is_copyright_line(site):
        holder = _HOLDER_NOISE.sub(" ", site).strip()
        holder = re.sub(r"\s+", " ", holder)
        if holder:
            return outlets.canonical.get(fold(holder), holder)
    if parts and len(parts[-1]) <= (40 if parts[-1].isascii() else 12) and _OUTLET_LIKE.search(parts[-1]):
        return parts[-1]
    return site if site_is_name or (site and _DOMAIN.match(site)) else None


def _by_domain(url: str | None) -> str | None:
    host = (urlsplit(url).hostname or "").lower() if url else ""
    by_domain = _outlets().by_domain
    while host:
        if host in by_domain:
            return by_domain[host]
        host = host.partition(".")[2]
    return None


def _account_name(html: str) -> str | None:
    for pattern in _ACCOUNT:
        m = pattern.search(html)
        if m and m.group(1).strip():
            return htmllib.unescape(m.group(1).strip())
    return None
