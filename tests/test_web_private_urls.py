"""URLs on this machine or the intranet: `citebrief serve` refuses to fetch them for "Brief it" and
the API unless it was started to allow them (--allow-private-urls, fetch.allow_private)."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from citebrief.web import ServeSettings, create_app
from tests.support.web import english_article, running

PROBLEM = "application/problem+json"
ARTICLE = english_article(7, company="Intranet Widgets")


@contextmanager
def intranet_page() -> Iterator[str]:
    """An article served on 127.0.0.1, as an intranet page would be; yields its URL."""
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            body = ARTICLE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/intranet/widgets"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture()
def no_config_opt_in(monkeypatch, tmp_path):
    # Neither the environment nor a config file of this machine may allow private URLs.
    monkeypatch.delenv("CITEBRIEF_FETCH_ALLOW_PRIVATE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.delenv("CITEBRIEF_CONFIG", raising=False)


def test_private_url_is_refused_by_default_with_a_problem_naming_it(tmp_path, no_config_opt_in):
    with intranet_page() as page, running(create_app(ServeSettings(db=str(tmp_path / "s.sqlite")))) as url:
        got = httpx.post(f"{url}/api/brief", json={"url": page}, timeout=60)
        assert got.status_code == 422 and got.headers["content-type"].startswith(PROBLEM)
        detail = got.json()["detail"]
        assert page in detail and "private" in detail
        verify = httpx.post(f"{url}/api/verify", json={"brief": "x", "article": page}, timeout=60)
        assert verify.status_code == 422 and page in verify.json()["detail"]


def test_allowed_private_url_is_briefed_through_the_api_and_the_page(tmp_path, no_config_opt_in):
    settings = ServeSettings(db=str(tmp_path / "s.sqlite"), allow_private=True)
    with intranet_page() as page, running(create_app(settings)) as url:
        got = httpx.post(f"{url}/api/brief", json={"url": page, "store": True}, timeout=60)
        assert got.status_code == 201, got.text
        assert got.json()["brief"]["article"]["title"] == "Intranet Widgets reports quarter 7 results"
        with httpx.Client(base_url=url, timeout=60) as browser:
            csrf = browser.get("/brief-it").cookies["cb_csrf"]
            form = {"url": page, "text": "", "engine": "extractive", "length": "", "csrf": csrf}
            shown = browser.post("/brief-it", data=form)
            assert shown.status_code == 200 and "Intranet Widgets" in shown.text


def test_serve_option_allows_private_urls_in_worker_processes(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CITEBRIEF_")}
    env["HOME"] = str(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "citebrief.cli", "serve", "--db", str(tmp_path / "s.sqlite"), "--port", str(port),
           "--allow-private-urls", "--workers", "2"]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, proc.stderr.read()
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/briefs", timeout=5)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)
        with intranet_page() as page:
            got = httpx.post(f"http://127.0.0.1:{port}/api/brief", json={"url": page, "store": True}, timeout=60)
        assert got.status_code == 201, got.text
        listed = httpx.get(f"http://127.0.0.1:{port}/api/briefs", timeout=10).json()["items"]
        assert [b["title"] for b in listed] == ["Intranet Widgets reports quarter 7 results"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    err = proc.stderr.read()
    assert "with 2 worker processes" in err and "private, loopback and link-local URLs is allowed" in err


@contextmanager
def webhook_receiver() -> Iterator[tuple[str, list[bytes]]]:
    """A webhook receiver on 127.0.0.1; yields its URL and the bodies it was sent."""
    received: list[bytes] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            received.append(self.rfile.read(int(self.headers["content-length"])))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *_args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()


def test_private_webhook_is_refused_when_made_changed_and_delivered(tmp_path, no_config_opt_in):
    from citebrief.loaders import from_text
    from citebrief.pipeline import make_brief
    from citebrief.store import Store
    from citebrief.store.watchlists import add_watchlist

    db = str(tmp_path / "s.sqlite")
    settings = ServeSettings(db=db, notify_seconds=0.2, webhook_backoff=0.05, webhook_attempts=3)
    with webhook_receiver() as (hook, received), running(create_app(settings)) as url:
        # Made through the API: a 422 problem naming the URL and why.
        made = httpx.post(f"{url}/api/watchlists", json={"name": "w", "terms": ["Zephyr"], "webhook_url": hook})
        assert made.status_code == 422 and made.headers["content-type"].startswith(PROBLEM)
        assert hook in made.json()["detail"] and "loopback" in made.json()["detail"]
        # A name is judged by what it resolves to.
        named = httpx.post(f"{url}/api/watchlists",
                           json={"name": "w", "terms": ["Zephyr"], "webhook_url": "http://localhost:9/hook"})
        assert named.status_code == 422 and "localhost resolves to" in named.json()["detail"]
        assert httpx.get(f"{url}/api/watchlists").json() == []
        # Changed through the API: the same.
        plain = httpx.post(f"{url}/api/watchlists", json={"name": "w", "terms": ["Zephyr"]}).json()
        patched = httpx.patch(f"{url}/api/watchlists/{plain['id']}", json={"webhook_url": "http://10.1.2.3/hook"})
        assert patched.status_code == 422 and "a private address" in patched.json()["detail"]
        assert httpx.get(f"{url}/api/watchlists/{plain['id']}").json()["webhook_url"] is None
        # Made on the page: the form again, with the reason and what was typed.
        with httpx.Client(base_url=url) as browser:
            csrf = browser.get("/watchlists").cookies["cb_csrf"]
            form = {"name": "Grid", "terms": "Zephyr Grid", "webhook_url": hook, "webhook_secret": "", "csrf": csrf}
            shown = browser.post("/watchlists", data=form)
            assert shown.status_code == 422
            assert "a loopback address" in shown.text and 'value="Zephyr Grid"' in shown.text
            assert 'role="alert"' in shown.text

        # A watchlist whose webhook was accepted before (a server that allowed private targets,
        # or a name that resolved elsewhere then) is refused at delivery, and the page says why.
        with Store.open(db) as store:
            kept = add_watchlist(store, "kept", ["Zephyr Grid"], hook, "k3y")
            article = from_text("Zephyr Grid wins a grid contract\n\nZephyr Grid said it won a $2 billion contract.",
                                origin="zephyr")
            store.save(article, make_brief(article), url="https://grid.example/1", settings_key="k")
        deadline = time.monotonic() + 15
        while not (failed := httpx.get(f"{url}/api/watchlists/{kept['id']}").json()["deliveries"]):
            assert time.monotonic() < deadline, "no delivery was logged"
            time.sleep(0.1)
        assert failed[0]["ok"] == 0 and failed[0]["attempts"] == 1  # refused, not retried
        assert "127.0.0.1 is a loopback address" in failed[0]["status"]
        assert received == []
        page = httpx.get(f"{url}/watchlists/{kept['id']}").text
        assert "FAILED" in page and "loopback address" in page and "--allow-private-urls" in page


def test_allowed_private_webhook_is_made_and_delivered(tmp_path, no_config_opt_in):
    from citebrief.loaders import from_text
    from citebrief.pipeline import make_brief
    from citebrief.store import Store

    db = str(tmp_path / "s.sqlite")
    settings = ServeSettings(db=db, notify_seconds=0.2, allow_private=True)
    with webhook_receiver() as (hook, received), running(create_app(settings)) as url:
        made = httpx.post(f"{url}/api/watchlists", json={"name": "w", "terms": ["Zephyr Grid"], "webhook_url": hook})
        assert made.status_code == 201, made.text
        with Store.open(db) as store:
            article = from_text("Zephyr Grid wins a grid contract\n\nZephyr Grid said it won a $2 billion contract.",
                                origin="zephyr")
            store.save(article, make_brief(article), url="https://grid.example/1", settings_key="k")
        deadline = time.monotonic() + 15
        while not received:
            assert time.monotonic() < deadline, "nothing was delivered"
            time.sleep(0.1)
        assert [b["title"] for b in json.loads(received[0])["briefs"]] == ["Zephyr Grid wins a grid contract"]
