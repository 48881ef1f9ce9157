"""URLs on this machine or the intranet: `citebrief serve` refuses to fetch them for "Brief it" and
the API unless it was started to allow them (--allow-private-urls, fetch.allow_private)."""
from __future__ import annotations

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
