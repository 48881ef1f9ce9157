"""A real HTTP server on 127.0.0.1 serving feeds and article pages for the store/feed/crash tests.

Pages are built from the articles we wrote in eval/data/stories (house text format). Routes:

  /robots.txt         disallows /private/
  /feed.xml           RSS 2.0 of the configured articles; honours If-None-Match (ETag) -> 304
  /atom.xml           the same entries as Atom; honours If-Modified-Since -> 304
  /slow.xml           answers after ``slow_seconds`` (longer than the client timeout)
  /broken.xml         not XML at all
  /mixed.xml          RSS whose items are the GBK page, the Big5 page, the redirect loop, a page
                      robots.txt disallows, a 404, and one good article
  /a/<name>.html      an article page (UTF-8)
  /gbk.html, /big5.html   article pages encoded in GBK / Big5 (declared in a meta tag only)
  /loop/a, /loop/b    redirect to each other forever
"""
from __future__ import annotations

import email.utils
import hashlib
import html
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

STORIES = Path(__file__).resolve().parents[2] / "eval" / "data" / "stories"
LAST_MODIFIED = email.utils.formatdate(1764000000, usegmt=True)


@dataclass
class Page:
    title: str
    paragraphs: list[str]
    source: str = "华讯财经"
    published: str = "2025-11-05T18:20:00+08:00"
    updated: str = "Wed, 05 Nov 2025 10:20:00 GMT"


def story_page(name: str) -> Page:
    """An article page from eval/data/stories/<name>.txt."""
    lines = (STORIES / name).read_text(encoding="utf-8").splitlines()
    source, _, when = lines[1].partition("·")
    paragraphs = [p.strip() for p in "\n".join(lines[3:]).split("\n\n") if p.strip()]
    return Page(title=lines[0], paragraphs=paragraphs, source=source,
                published=when.replace(" ", "T") + ":00+08:00")


def page_html(page: Page, charset: str = "utf-8") -> bytes:
    # Site chrome in the page's script, so Big5 can encode it.
    home, markets, rights = ("首頁", "市場", "版權所有 示例財經網") if charset == "big5" else ("首页", "市场", "版权所有 示例财经网")
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in page.paragraphs)
    doc = f"""<!doctype html>
<html><head><meta charset="{charset}"><title>{html.escape(page.title)}</title>
<meta property="og:site_name" content="{html.escape(page.source)}">
<meta property="article:published_time" content="{page.published}">
</head><body>
<nav><a href="/">{home}</a> <a href="/markets">{markets}</a></nav>
<article><h1>{html.escape(page.title)}</h1>
{paras}
</article>
<footer>{rights}</footer>
</body></html>"""
    return doc.encode(charset)


@dataclass
class FeedSite:
    """What the server serves; tests change it between runs."""

    pages: dict[str, Page] = field(default_factory=dict)  # path -> page, in feed order
    slow_seconds: float = 3.0
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)  # (time, path, headers)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def rss(self, base: str, paths: list[str] | None = None) -> bytes:
        items = []
        for path in paths if paths is not None else list(self.pages):
            page = self.pages.get(path)
            title = page.title if page else path
            updated = page.updated if page else LAST_MODIFIED
            items.append(f"<item><title>{html.escape(title)}</title><link>{base}{path}</link>"
                         f"<guid>{base}{path}</guid><pubDate>{updated}</pubDate></item>")
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test wire</title>'
                f"<link>{base}/</link><description>invented</description>{''.join(items)}</channel></rss>").encode()

    def atom(self, base: str) -> bytes:
        entries = []
        for path, page in self.pages.items():
            entries.append(f"<entry><title>{html.escape(page.title)}</title><link href=\"{base}{path}\"/>"
                           f"<id>{base}{path}</id><updated>2025-11-05T10:20:00Z</updated></entry>")
        return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>Test atom</title><id>{base}/atom.xml</id><updated>2025-11-05T10:20:00Z</updated>"
                f"{''.join(entries)}</feed>").encode()

    def etag(self, body: bytes) -> str:
        return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


def _handler(site: FeedSite):  # noqa: ANN202
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # noqa: ANN002 - keep test output clean
            pass

        def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
                  headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            if status != 304:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if body and self.command != "HEAD":
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (the timeout test)

        def do_GET(self) -> None:  # noqa: N802
            with site.lock:
                site.requests.append((f"{time.monotonic():.3f}", self.path, dict(self.headers)))
            base = f"http://{self.headers['Host']}"
            path = self.path.split("?")[0]
            if path == "/robots.txt":
                return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            if path == "/feed.xml":
                body = site.rss(base)
                tag = site.etag(body)
                if self.headers.get("If-None-Match") == tag:
                    return self._send(304, headers={"ETag": tag})
                return self._send(200, body, "application/rss+xml", {"ETag": tag})
            if path == "/atom.xml":
                if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                    return self._send(304)
                return self._send(200, site.atom(base), "application/atom+xml", {"Last-Modified": LAST_MODIFIED})
            if path == "/slow.xml":
                time.sleep(site.slow_seconds)
                return self._send(200, site.rss(base), "application/rss+xml")
            if path == "/broken.xml":
                return self._send(200, b"<<<this is not a feed &&& <rss><chan", "application/rss+xml")
            if path == "/mixed.xml":
                paths = ["/gbk.html", "/big5.html", "/loop/a", "/private/secret.html", "/missing.html",
                         "/a/good.html"]
                return self._send(200, site.rss(base, paths), "application/rss+xml")
            if path == "/gbk.html":
                page = Page("宏远新能源拟投资7.6亿欧元在匈牙利建设电池工厂", [
                    "宏远新能源10月14日公告，公司拟在匈牙利投资7.6亿欧元建设年产20GWh动力电池工厂。",
                    "该工厂预计2027年投产，主要为欧洲整车厂供应磷酸铁锂电池，可新增约1500个就业岗位。",
                    "公司称，项目资金来源为自有资金及银行贷款，建设周期约24个月。"], source="金融快报")
                return self._send(200, page_html(page, "gbk"), "text/html")
            if path == "/big5.html":
                page = Page("晶合電子10月營收456億元新台幣 年增31.2%", [
                    "晶圓代工廠晶合電子11月10日公布10月營收新台幣456億元，月增10.7%，年增31.2%。",
                    "累計前10月營收達新台幣3987億元，年增26.4%，創歷年同期新高。",
                    "公司表示，人工智慧相關晶片需求強勁，先進製程產能持續滿載。"], source="台財週報")
                return self._send(200, page_html(page, "big5"), "text/html")
            if path in ("/loop/a", "/loop/b"):
                target = "/loop/b" if path == "/loop/a" else "/loop/a"
                return self._send(302, b"", headers={"Location": target})
            if path in site.pages:
                return self._send(200, page_html(site.pages[path]))
            if path == "/a/good.html":
                return self._send(200, page_html(story_page("001.txt")))
            return self._send(404, b"not found")

    return Handler


class FeedServer:
    """``with FeedServer(site) as server: server.url("/feed.xml")``"""

    def __init__(self, site: FeedSite | None = None) -> None:
        self.site = site or FeedSite()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.site))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def site_with_stories(names: list[str]) -> FeedSite:
    """A site whose /feed.xml lists the given eval/data/stories files as /a/<stem>.html."""
    site = FeedSite()
    for name in names:
        site.pages[f"/a/{Path(name).stem}.html"] = story_page(name)
    return site


def serve_forever_main() -> None:
    """``python -m tests.support.feeds_server N``: serve N story pages until killed; prints the base URL."""
    import sys

    names = sorted(p.name for p in STORIES.glob("*.txt"))[: int(sys.argv[1]) if len(sys.argv) > 1 else 10]
    server = FeedServer(site_with_stories(names))
    server.__enter__()
    print(server.base, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    serve_forever_main()
