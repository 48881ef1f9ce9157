"""URLs: a real http.server on 127.0.0.1 answering 404, stalling, streaming forever, sending PNGs,
redirecting in circles."""
from __future__ import annotations

import time
import tracemalloc

import httpx
import pytest

from citebrief.errors import FetchError, InputError
from citebrief.loaders import load_article
from citebrief.loaders.http import fetch
from tests.support.loaders import DATA, read_fixture, redirect, respond, serve

# The servers these tests fetch from are on 127.0.0.1: opt in as a user would (fetch.allow_private).
pytestmark = pytest.mark.usefixtures("allow_private_urls")

MB = 1024 * 1024


def stall(seconds: float):
    def route(h):
        time.sleep(seconds)
        respond(200, b"<html><body><p>late</p></body></html>")(h)
    return route


def endless(h):
    """200 OK, no Content-Length, 1 MB chunks until the client hangs up."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Connection", "close")
    h.end_headers()
    chunk = b"<p>" + b"x" * (MB - 8) + b"</p>\n"
    for _ in range(200):  # 200 MB if nobody stops it
        h.wfile.write(chunk)


def test_url_article_loads():
    with serve({"/news/en": respond(200, read_fixture("en.html").encode())}) as base:
        article = load_article(f"{base}/news/en", timeout=5)
    assert article.paragraphs == load_article(DATA / "en.txt").paragraphs
    assert article.origin == f"{base}/news/en"
    assert article.source == "Harbor Wire"


def test_redirect_is_followed_and_final_url_kept():
    html = read_fixture("zh_hans.html").replace('<link rel="canonical" href="https://finance.example.cn/auto/2025/10/28/huatuo-q3.html">', "")
    routes = {"/short": redirect("/a"), "/a": redirect("/b", 301), "/b": respond(200, html.encode())}
    with serve(routes) as base:
        article = load_article(f"{base}/short", timeout=5)
    assert article.url == f"{base}/b"
    assert len(article.paragraphs) == 6


def test_404_names_url_and_status():
    with serve({}) as base:
        with pytest.raises(FetchError) as err:
            load_article(f"{base}/missing", timeout=5)
    message = str(err.value)
    assert f"{base}/missing" in message and "404" in message and "\n" not in message


def test_timeout_on_stalled_server():
    with serve({"/slow": stall(10)}) as base:
        started = time.monotonic()
        with pytest.raises(FetchError) as err:
            load_article(f"{base}/slow", timeout=0.5)
        elapsed = time.monotonic() - started
    assert "timed out" in str(err.value) and f"{base}/slow" in str(err.value)
    assert elapsed < 5  # gave up at the 0.5 s timeout, did not wait the 10 s for the server


def test_huge_body_stops_at_the_size_limit():
    with serve({"/huge": endless}) as base:
        with pytest.raises(FetchError) as err:
            load_article(f"{base}/huge", max_bytes=2 * MB, timeout=10)
    message = str(err.value)
    assert f"{base}/huge" in message and "limit" in message


def test_huge_body_is_not_kept_in_memory():
    # The server offers 200 MB; the client's peak allocation stays near the 2 MB limit.
    with serve({"/huge": endless}) as base:
        tracemalloc.start()
        try:
            with pytest.raises(FetchError):
                fetch(f"{base}/huge", max_bytes=2 * MB, timeout=10)
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 12 * MB


def test_declared_content_length_over_the_limit_fails_before_reading():
    body = b"<html><body>" + b"<p>word</p>" * 1000 + b"</body></html>"
    with serve({"/big": respond(200, body)}) as base:
        with pytest.raises(FetchError) as err:
            fetch(f"{base}/big", max_bytes=1000, timeout=5)
    assert f"{len(body):,} bytes" in str(err.value)


def test_wrong_content_type():
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
    with serve({"/chart.png": respond(200, png, "image/png")}) as base:
        with pytest.raises(FetchError) as err:
            load_article(f"{base}/chart.png", timeout=5)
    assert "image/png" in str(err.value) and f"{base}/chart.png" in str(err.value)


def test_binary_body_without_content_type_is_refused():
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
    with serve({"/blob": respond(200, png, None)}) as base:
        with pytest.raises(InputError) as err:
            load_article(f"{base}/blob", timeout=5)
    assert "PNG" in str(err.value) and f"{base}/blob" in str(err.value)


def test_redirect_loop():
    with serve({"/a": redirect("/b"), "/b": redirect("/a")}) as base:
        with pytest.raises(FetchError) as err:
            load_article(f"{base}/a", timeout=5)
    assert "redirect loop" in str(err.value) and f"{base}/a" in str(err.value)


def test_too_many_redirects():
    routes = {f"/r{i}": redirect(f"/r{i + 1}") for i in range(10)}
    with serve(routes) as base:
        with pytest.raises(FetchError) as err:
            load_article(f"{base}/r0", timeout=5, max_redirects=3)
    assert "more than 3 redirects" in str(err.value)


def test_connection_refused():
    with serve({}) as base:
        pass  # server closed: nothing listens on that port now
    with pytest.raises(FetchError) as err:
        load_article(f"{base}/gone", timeout=2)
    assert f"{base}/gone" in str(err.value) and "\n" not in str(err.value)


def test_empty_html_page_has_no_article_text():
    page = b"<html><head><title>Markets</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    with serve({"/empty": respond(200, page)}) as base:
        with pytest.raises(InputError) as err:
            load_article(f"{base}/empty", timeout=5)
    assert "no article text" in str(err.value) and f"{base}/empty" in str(err.value)


def test_caller_client_is_used_and_left_open():
    seen = []
    with serve({"/x": respond(200, read_fixture("en.html").encode())}) as base:
        with httpx.Client(event_hooks={"request": [lambda r: seen.append(str(r.url))]}) as client:
            result = fetch(f"{base}/x", client=client, headers={"X-Test": "1"}, timeout=5)
            assert not client.is_closed
    assert seen == [f"{base}/x"]
    assert result.status == 200 and result.content.startswith(b"<!DOCTYPE html>")
    assert result.mime_type == "text/html"
