"""Fetch a URL with httpx, safely: the one fetcher of article pages, feeds and robots.txt.

    result = fetch("https://example.com/news/1.html", timeout=15, max_bytes=10_000_000)

- only public internet addresses are connected to, checked after DNS resolution and on every
  redirect (loaders.netguard), unless ``allow_private=True`` (intranet feeds); a refused URL is a
  FetchError naming it and the address;
- ``timeout`` bounds connecting, each read, and the whole download (a server dribbling bytes
  cannot hold us past it);
- redirects are followed by hand, at most ``max_redirects``, and a loop is reported as one;
- the body is streamed and dropped as soon as it passes ``max_bytes`` (a ``Content-Length`` over
  the limit fails before any of the body is read), so a 200 MB answer never sits in memory;
- only HTML, text, JSON and XML content types are accepted (a missing type is allowed: the
  loaders sniff the bytes);
- any other failure is a :class:`~citebrief.errors.FetchError` naming the URL and the cause.
"""
from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from citebrief.errors import FetchError, RefusedURL
from citebrief.loaders.netguard import OPT_IN_HINT, BlockedAddress, guarded_client

USER_AGENT = "citebrief/0.1 (+https://github.com/citebrief/citebrief)"
DEFAULT_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5",
    "Accept-Language": "zh-CN,zh-TW;q=0.9,en;q=0.8",
}
_ACCEPTED = re.compile(
    r"^(text/(html|plain|markdown|x-markdown|xml)|application/(xhtml\+xml|json|ld\+json|xml|rss\+xml|atom\+xml)"
    r"|[\w.+-]+/[\w.-]+\+(json|xml))$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FetchResult:
    url: str  # final URL, after redirects
    status: int
    content: bytes
    content_type: str | None  # the header as sent, e.g. "text/html; charset=gbk"
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def mime_type(self) -> str | None:
        return self.content_type.split(";", 1)[0].strip().lower() if self.content_type else None


def is_url(source: str) -> bool:
    return bool(re.match(r"^https?://", source, re.IGNORECASE))


def fetch(url: str, *, timeout: float = 15.0, max_bytes: int = 10_000_000, max_redirects: int = 5,
          client: httpx.Client | None = None, headers: Mapping[str, str] | None = None,
          allow_private: bool | None = None) -> FetchResult:
    """GET ``url`` within the limits above; raise FetchError naming ``url`` and the cause.

    A ``client`` passed in is used as it is: make it with ``netguard.guarded_client`` so that
    its connections are checked (``allow_private`` only applies to the client made here; None:
    the config's ``fetch.allow_private``, else False). A 304
    answer to a conditional request (``If-None-Match`` in ``headers``) is a result, not an error."""
    own = client is None
    if client is None:
        client = guarded_client(allow_private=allow_private, headers=DEFAULT_HEADERS, timeout=timeout)
    try:
        return _fetch(client, url, timeout=timeout, max_bytes=max_bytes, max_redirects=max_redirects,
                      headers=dict(headers or {}))
    finally:
        if own:
            client.close()


def _fetch(client: httpx.Client, url: str, *, timeout: float, max_bytes: int, max_redirects: int,
           headers: dict[str, str]) -> FetchResult:
    deadline = time.monotonic() + timeout
    chain = [url]
    current = url
    try:
        while True:
            with client.stream("GET", current, headers=headers, timeout=timeout, follow_redirects=False) as resp:
                if resp.is_redirect and resp.status_code != 304:
                    if "location" not in resp.headers:
                        raise FetchError(url, f"HTTP {resp.status_code} redirect without a Location header")
                    nxt = str(resp.url.join(resp.headers["location"]))
                    if nxt in chain:
                        raise FetchError(url, "redirect loop: " + " -> ".join(chain + [nxt]))
                    if len(chain) > max_redirects:
                        raise FetchError(url, f"more than {max_redirects} redirects")
                    chain.append(nxt)
                    current = nxt
                    continue
                return _read(resp, url, timeout=timeout, deadline=deadline, max_bytes=max_bytes)
    except BlockedAddress as exc:
        hop = "" if current == url else f"redirect to {current}: "
        raise RefusedURL(url, f"{hop}refused: {exc} ({OPT_IN_HINT})") from None
    except httpx.TimeoutException:
        raise FetchError(url, f"timed out after {timeout:g} s") from None
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"invalid URL ({exc})") from None
    except httpx.HTTPError as exc:
        cause = " ".join(str(exc).split()) or type(exc).__name__
        raise FetchError(url, f"could not fetch: {cause}") from None


def _read(resp: httpx.Response, url: str, *, timeout: float, deadline: float, max_bytes: int) -> FetchResult:
    final = str(resp.url)
    at = f" (at {final})" if final != url else ""
    if resp.status_code == 304:
        return FetchResult(url=final, status=304, content=b"", content_type=None, headers=dict(resp.headers))
    if not resp.is_success:
        raise FetchError(url, f"HTTP {resp.status_code} {resp.reason_phrase}{at}".rstrip())
    content_type = resp.headers.get("content-type")
    mime = content_type.split(";", 1)[0].strip() if content_type else ""
    if mime and not _ACCEPTED.match(mime):
        raise FetchError(url, f"unsupported content type {mime}{at} (expected HTML, text, JSON or XML)")
    declared = resp.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(url, f"body of {int(declared):,} bytes is over the {max_bytes:,}-byte limit")
    body = bytearray()
    for chunk in resp.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise FetchError(url, f"body is over the {max_bytes:,}-byte limit (stopped reading)")
        if time.monotonic() > deadline:
            raise FetchError(url, f"timed out after {timeout:g} s (download too slow)")
    return FetchResult(url=final, status=resp.status_code, content=bytes(body), content_type=content_type,
                       headers=dict(resp.headers))
