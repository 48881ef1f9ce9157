"""Feeds: polite polling of RSS/Atom (feedparser) with conditional GET, and article page fetching.

Documented behaviour of a poll (``FeedPoll.status``):

* ``ok`` - the feed answered 200 and parsed; ``entries`` are its items (links made absolute).
* ``not_modified`` - the server answered 304 to our ETag / Last-Modified: nothing to do.
* ``error`` - timeout, connection error, HTTP error status, robots.txt disallows the feed, or the
  body is not RSS/Atom (broken XML with no recoverable entry). ``error`` says which, in one line.

Politeness is per host: at most ``per_host`` requests at a time, at least ``delay`` seconds
between the starts of two requests, and robots.txt (read once per host per day, through
``urllib.robotparser``) honoured for both feeds and article pages.

Every request goes through the loaders' one fetcher (loaders.http.fetch, over a client from
loaders.netguard): feeds are third-party content, so a feed, an entry's page or a redirect that
points at a private, loopback or link-local address is refused unless ``allow_private``.
"""
from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from citebrief.article import Article
from citebrief.errors import FetchError

USER_AGENT = "citebrief/0.1 (+https://github.com/citebrief)"
# A host's robots.txt is read again after this long (Google's crawlers keep it up to a day).
ROBOTS_TTL = 24 * 3600.0


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None = None
    updated: str | None = None  # the entry's updated (or published) stamp, as the feed wrote it


@dataclass
class FeedPoll:
    url: str
    status: str  # ok | not_modified | error
    entries: list[FeedEntry] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    title: str | None = None


class Politeness:
    """Per-host request pacing, concurrency cap and robots.txt, shared by every thread of a run."""

    def __init__(self, *, delay: float = 1.0, per_host: int = 2, timeout: float = 10.0,
                 user_agent: str = USER_AGENT, robots: bool = True, allow_private: bool | None = None) -> None:
        from citebrief.loaders.netguard import allow_private_setting

        self.allow_private = allow_private_setting(allow_private)  # None: fetch.allow_private in the config
        self.delay = delay
        self.per_host = max(1, per_host)
        self.timeout = timeout
        self.user_agent = user_agent
        self.robots = robots
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}
        self._robots: dict[str, tuple[RobotFileParser, float]] = {}  # host -> (rules, monotonic time read)
        self._robots_locks: dict[str, threading.Lock] = {}
        self._client: httpx.Client | None = None

    @property
    def client(self) -> httpx.Client:
        """One connection pool for every request of a run (thread-safe; building a client's TLS
        context costs more than fetching a page from a nearby server)."""
        with self._lock:
            if self._client is None:
                from citebrief.loaders.http import DEFAULT_HEADERS
                from citebrief.loaders.netguard import guarded_client

                self._client = guarded_client(allow_private=self.allow_private, timeout=self.timeout,
                                              headers={**DEFAULT_HEADERS, "User-Agent": self.user_agent})
            return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @staticmethod
    def host(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}".lower()

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """Hold one of the host's concurrent slots, started no sooner than ``delay`` after the last."""
        host = self.host(url)
        with self._lock:
            sem = self._slots.setdefault(host, threading.Semaphore(self.per_host))
        with sem:
            wait = self.reserve_start(host)
            if wait > 0:
                time.sleep(wait)
            yield

    def reserve_start(self, host: str) -> float:
        """Book the host's next start; the seconds to wait for it. (Across processes:
        citebrief.scale.limits.SharedPoliteness, a slot per host for the whole cluster.)"""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start.get(host, 0.0))
            self._next_start[host] = start + self.delay
        return start - now

    def allowed(self, url: str) -> bool:
        if not self.robots:
            return True
        host = self.host(url)
        with self._lock:
            lock = self._robots_locks.setdefault(host, threading.Lock())
        with lock:
            parser, read_at = self._robots.get(host, (None, 0.0))
            if parser is None or time.monotonic() - read_at > ROBOTS_TTL:
                parser = self._fetch_robots(host)
                self._robots[host] = (parser, time.monotonic())
        return parser.can_fetch(self.user_agent, url)

    def _fetch_robots(self, host: str) -> RobotFileParser:
        return robots_parser(host, *self.download_robots(host))

    def download_robots(self, host: str) -> tuple[str, bool]:
        """(the host's robots.txt, whether it forbids everything); '' when there is none to read."""
        from citebrief.loaders.http import fetch

        try:
            with self.slot(host):
                result = fetch(host + "/robots.txt", timeout=self.timeout, max_bytes=500_000, client=self.client)
        except FetchError as exc:
            # The same rules as RobotFileParser.read(): 401/403 forbid all; other failures (4xx,
            # unreachable, refused: the page's own fetch then says why) allow all.
            return "", exc.cause.startswith(("HTTP 401", "HTTP 403"))
        return result.content.decode("utf-8", "replace"), False


def robots_parser(host: str, text: str, forbid_all: bool) -> RobotFileParser:
    parser = RobotFileParser(host + "/robots.txt")
    parser.parse(["User-agent: *", "Disallow: /"] if forbid_all else text.splitlines())
    return parser


def _entry_url(entry, base: str) -> str | None:  # noqa: ANN001 - feedparser's dict
    link = entry.get("link")
    if not link:
        for candidate in entry.get("links", []):
            if candidate.get("href"):
                link = candidate["href"]
                break
    return urljoin(base, link) if link else None


def parse_feed(content: bytes, url: str, content_type: str | None = None) -> FeedPoll:
    """Parse RSS/Atom bytes; broken XML with no recoverable entry is an ``error`` poll."""
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    # A stream, never the bytes themselves: feedparser.parse opens a bytes argument as a file
    # path if one exists (a feed whose body is '/etc/passwd' would be read from this disk).
    try:
        parsed = feedparser.parse(io.BytesIO(content), response_headers=headers)
    except (ValueError, LookupError) as exc:  # its encoding sniffing on bytes that are not text
        cause = " ".join(str(exc).split()) or type(exc).__name__
        return FeedPoll(url=url, status="error", error=f"not a valid RSS/Atom feed ({cause})")
    entries = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = _entry_url(entry, url)
        if not link or link in seen:
            continue
        seen.add(link)
        # dict.get: feedparser's own get() maps a missing 'updated' to 'published' with a warning.
        entries.append(FeedEntry(url=link, title=entry.get("title"),
                                 updated=dict.get(entry, "updated") or dict.get(entry, "published")))
    if parsed.bozo and not entries:
        cause = str(parsed.get("bozo_exception") or "unparseable").splitlines()[0]
        return FeedPoll(url=url, status="error", error=f"not a valid RSS/Atom feed ({cause})")
    if not parsed.version and not entries:
        return FeedPoll(url=url, status="error", error="not an RSS/Atom feed")
    return FeedPoll(url=url, status="ok", entries=entries, title=parsed.feed.get("title"))


def poll_feed(url: str, *, etag: str | None = None, last_modified: str | None = None,
              politeness: Politeness | None = None, timeout: float = 10.0,
              allow_private: bool | None = None, max_bytes: int = 10_000_000) -> FeedPoll:
    """One conditional GET of a feed; never raises for network or parse problems (see module doc).
    ``allow_private`` is for a Politeness made here (a given one has its own)."""
    from citebrief.loaders.http import fetch

    polite = politeness or Politeness(delay=0.0, timeout=timeout, allow_private=allow_private)
    if not polite.allowed(url):
        return FeedPoll(url=url, status="error", error="disallowed by robots.txt")
    headers = {"User-Agent": polite.user_agent, "Accept": "application/rss+xml, application/atom+xml, "
               "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with polite.slot(url):
            resp = fetch(url, headers=headers, timeout=timeout, max_bytes=max_bytes, client=polite.client)
    except FetchError as exc:
        return FeedPoll(url=url, status="error", error=exc.cause)
    if resp.status == 304:
        return FeedPoll(url=url, status="not_modified", etag=etag, last_modified=last_modified)
    poll = parse_feed(resp.content, resp.url, resp.content_type)
    poll.url = url
    poll.etag = resp.headers.get("etag")
    poll.last_modified = resp.headers.get("last-modified")
    return poll


def fetch_article(url: str, *, politeness: Politeness | None = None, timeout: float = 15.0,
                  max_bytes: int = 5_000_000, max_redirects: int = 5, allow_private: bool | None = None) -> Article:
    """Fetch and extract an article page through the foundation's loaders, politely.

    Raises FetchError (robots.txt, timeout, status, redirect loop, private address...) or
    InputError (no text). ``allow_private`` is for a Politeness made here.
    """
    polite = politeness or Politeness(delay=0.0, timeout=timeout, allow_private=allow_private)
    if not polite.allowed(url):
        raise FetchError(url, "disallowed by robots.txt")
    from citebrief.loaders import load_article

    with polite.slot(url):
        return load_article(url, timeout=timeout, max_bytes=max_bytes, max_redirects=max_redirects,
                            client=polite.client)
