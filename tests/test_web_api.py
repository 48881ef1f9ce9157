"""The HTTP API over a real uvicorn on 127.0.0.1: status codes, filters, cursor, problem details,
limits, token, verify, watchlists with their Atom feed and webhooks."""
from __future__ import annotations

import hashlib
import hmac
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from citebrief.web import ServeSettings, create_app
from tests.support.web import EXAMPLES, ROOT, running, seed

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("web") / "store.sqlite")
    return db, seed(db)


@pytest.fixture(scope="module")
def base(seeded):
    db, _ = seeded
    # allow_private: the webhook tests' receivers listen on 127.0.0.1 (refused otherwise: see
    # tests/test_web_private_urls.py).
    settings = ServeSettings(db=db, notify_seconds=0.2, webhook_backoff=0.05, webhook_attempts=3, max_body=200_000,
                             allow_private=True)
    with running(create_app(settings)) as url:
        yield url


def _all_ids(base: str, **params) -> list[int]:
    ids, cursor = [], None
    while True:
        got = httpx.get(f"{base}/api/briefs", params={**params, "limit": 7, **({"cursor": cursor} if cursor else {})})
        assert got.status_code == 200
        body = got.json()
        ids += [b["id"] for b in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return ids


def test_cursor_walks_every_brief_once_newest_first(base, seeded):
    _, ids = seeded
    walked = _all_ids(base)
    assert walked == sorted(ids.values(), reverse=True)


def test_filters_language_source_ticker_and_unsupported(base, seeded):
    _, ids = seeded
    zh = _all_ids(base, language="zh")
    assert set(zh) == {ids["japan-chips.zh-Hans"], ids["tsmc-revenue.zh-Hant"]}
    assert _all_ids(base, source="鉅亨網") == [ids["tsmc-revenue.zh-Hant"]]
    # a ticker (gazetteer) finds the Chinese stories naming 台積電/台积电 and the English one that
    # never writes the ticker
    tsmc = {ids["tsmc-revenue.zh-Hant"], ids["tsmc-en"], ids["japan-chips.zh-Hans"]}
    assert set(_all_ids(base, entity="2330.TW")) == tsmc
    unsupported = httpx.get(f"{base}/api/briefs", params={"unsupported": "true", "limit": 200}).json()["items"]
    assert all(b["checks"]["unsupported"] > 0 for b in unsupported)
    dated = _all_ids(base, since="2025-11-10", until="2025-11-10")
    assert ids["tsmc-revenue.zh-Hant"] in dated and ids["japan-chips.zh-Hans"] not in dated


def test_search_crosses_scripts_and_languages(base, seeded):
    _, ids = seeded
    # the traditional-script TSMC story, the simplified Japan story that names 台积电, the English one
    expected = {ids["tsmc-revenue.zh-Hant"], ids["tsmc-en"], ids["japan-chips.zh-Hans"]}
    for query in ("台积电", "台積電", "TSMC"):
        found = {b["id"] for b in httpx.get(f"{base}/api/search", params={"q": query}).json()["items"]}
        assert found == expected, query


def test_marks_locate_each_claim_in_its_paragraphs(base, seeded):
    _, ids = seeded
    brief = httpx.get(f"{base}/api/briefs/{ids['tsmc-revenue.zh-Hant']}").json()["brief"]
    marks = httpx.get(f"{base}/api/briefs/{ids['tsmc-revenue.zh-Hant']}/marks").json()
    paragraphs = brief["article"]["paragraphs"]
    n, start, end, kind = next(m for m in marks["c-0"] if m[3] == "span")
    assert kind == "span" and brief["core_viewpoint"]["text"] in paragraphs[n - 1][start:end]
    figures = [paragraphs[m[0] - 1][m[1]:m[2]] for m in marks["kf-1"] if m[3] == "figure"]
    assert any("3674.7" in f for f in figures)  # NT$367.47 billion, found by value in the Chinese text
    assert httpx.get(f"{base}/api/briefs/999999/marks").status_code == 404


def test_problem_details(base):
    cases = [("/api/briefs/999999", 404), ("/api/briefs?cursor=abc", 422), ("/api/briefs?since=yesterday", 422),
             ("/api/briefs?limit=0", 422), ("/api/stories/424242", 404), ("/api/nothing", 404)]
    for path, status in cases:
        got = httpx.get(base + path)
        assert got.status_code == status, path
        assert got.headers["content-type"].startswith(PROBLEM), path
        body = got.json()
        assert body["status"] == status and body["title"] and body["detail"], body


def test_body_size_limit_and_json_only_writes(base):
    big = json.dumps({"text": "x" * 300_000})
    got = httpx.post(f"{base}/api/brief", content=big, headers={"content-type": "application/json"})
    assert got.status_code == 413 and got.headers["content-type"].startswith(PROBLEM)
    # a cross-site form can send text/plain without a preflight: it is not accepted as a request
    got = httpx.post(f"{base}/api/brief", content='{"text": "T\\n\\nP one."}', headers={"content-type": "text/plain"})
    assert got.status_code == 422


def test_post_brief_text_and_store(base):
    text = (EXAMPLES / "pboc-rate-cut.en.txt").read_text(encoding="utf-8")
    got = httpx.post(f"{base}/api/brief", json={"text": text, "length": "short"}, timeout=60)
    assert got.status_code == 200 and got.json()["id"] is None
    assert got.json()["brief"]["core_viewpoint"]["citations"]
    stored = httpx.post(f"{base}/api/brief", json={"text": text.replace("PBOC", "The PBOC", 1), "store": True},
                        timeout=60)
    assert stored.status_code == 201
    again = httpx.get(base + stored.headers["location"])
    assert again.status_code == 200 and again.json()["brief"]["article"]["title"].startswith("The PBOC")
    bad = httpx.post(f"{base}/api/brief", json={"text": text, "engine": "nosuch"})
    assert bad.status_code == 422 and "nosuch" in bad.json()["detail"]
    none = httpx.post(f"{base}/api/brief", json={})
    assert none.status_code == 422 and "exactly one" in none.json()["detail"]


def test_verify_answers_what_the_cli_prints():
    brief = (ROOT / "examples" / "briefs" / "tsmc-revenue.zh-Hant.md").read_text(encoding="utf-8")
    article = EXAMPLES / "tsmc-revenue.zh-Hant.txt"
    cli = subprocess.run([sys.executable, "-m", "citebrief.cli", "verify", "-", "--article", str(article),
                          "--format", "json"], input=brief, capture_output=True, text=True, check=False)
    expected = json.loads(cli.stdout)
    app = create_app(ServeSettings(db=":memory:"))
    with running(app) as url:
        got = httpx.post(f"{url}/api/verify", json={"brief": brief, "article": article.read_text(encoding="utf-8")},
                         timeout=60)
    assert got.status_code == 200
    assert got.json() == expected


def test_token_guards_writes_not_reads(seeded):
    db, _ = seeded
    with running(create_app(ServeSettings(db=db, token="s3cret-token"))) as url:
        assert httpx.get(f"{url}/api/briefs").status_code == 200
        for method, path, body in (("POST", "/api/brief", {"text": "T\n\nOne paragraph."}),
                                   ("POST", "/api/watchlists", {"name": "w", "terms": ["TSMC"]}),
                                   ("POST", "/api/feeds", {"url": "https://feeds.example/rss"}),
                                   ("DELETE", "/api/feeds/1", None),
                                   ("POST", "/api/verify", {"brief": "x"})):
            got = httpx.request(method, url + path, json=body)
            assert got.status_code == 401, path
            assert got.headers["content-type"].startswith(PROBLEM) and got.headers["www-authenticate"] == "Bearer"
            wrong = httpx.request(method, url + path, json=body, headers={"Authorization": "Bearer nope"})
            assert wrong.status_code == 401
        ok = httpx.post(f"{url}/api/watchlists", json={"name": "w", "terms": ["TSMC"]},
                        headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 201
        # with a token, other Host names are allowed (the server may face a network)
        assert httpx.get(f"{url}/api/briefs", headers={"Host": "briefs.example"}).status_code == 200


def test_without_token_only_loopback_host_names(base):
    got = httpx.get(f"{base}/api/briefs", headers={"Host": "attacker.example"})
    assert got.status_code == 421
    assert httpx.get(f"{base}/api/briefs", headers={"Host": "localhost:1234"}).status_code == 200


def test_request_timeout_is_a_problem(seeded):
    db, _ = seeded
    text = (EXAMPLES / "japan-chips.zh-Hans.txt").read_text(encoding="utf-8")
    with running(create_app(ServeSettings(db=db, request_timeout=0.01))) as url:
        got = httpx.post(f"{url}/api/brief", json={"text": text}, timeout=60)
    assert got.status_code == 504 and got.headers["content-type"].startswith(PROBLEM)


def test_pages_send_csp_and_no_inline_script(base, seeded):
    _, ids = seeded
    for path in ("/", f"/briefs/{ids['tsmc-revenue.zh-Hant']}", "/watchlists", "/brief-it", "/feeds"):
        got = httpx.get(base + path)
        assert got.status_code == 200
        csp = got.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "<script>" not in got.text and 'src="/static/app.js"' in got.text


def test_forms_need_the_csrf_value(base):
    got = httpx.post(f"{base}/feeds", data={"url": "https://feeds.example/rss"})
    assert got.status_code == 403
    page = httpx.get(f"{base}/feeds")
    csrf = page.cookies["cb_csrf"]
    assert f'name="csrf" value="{csrf}"' in page.text  # the page's forms carry the cookie's value
    forged = httpx.post(f"{base}/feeds", data={"url": "https://feeds.example/rss", "csrf": "guess"},
                        cookies={"cb_csrf": csrf})
    assert forged.status_code == 403
    ok = httpx.post(f"{base}/feeds", data={"url": "https://feeds.example/rss", "csrf": csrf},
                    cookies={"cb_csrf": csrf})
    assert ok.status_code == 303
    assert any(f["url"] == "https://feeds.example/rss" for f in httpx.get(f"{base}/api/feeds").json())


def test_watchlist_crud_and_atom_feed_parses(base, seeded):
    import feedparser

    _, ids = seeded
    made = httpx.post(f"{base}/api/watchlists", json={"name": "Chips <&>", "terms": ["台积电", "Acme Robotics"]})
    assert made.status_code == 201
    wl = made.json()
    listed = httpx.get(f"{base}/api/watchlists/{wl['id']}/briefs", params={"limit": 200}).json()["items"]
    assert {ids["tsmc-revenue.zh-Hant"], ids["tsmc-en"], ids["synthetic-0"]} <= {b["id"] for b in listed}
    assert ids["pboc-rate-cut.en"] not in {b["id"] for b in listed}
    atom = httpx.get(f"{base}/watchlists/{wl['id']}.atom")
    assert atom.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(atom.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "citebrief watchlist: Chips <&>"
    assert {e.link.rsplit("/", 1)[1] for e in feed.entries} >= {str(ids["tsmc-en"])}
    patched = httpx.patch(f"{base}/api/watchlists/{wl['id']}", json={"terms": ["PBOC"]}).json()
    assert patched["terms"] == ["PBOC"]
    assert httpx.delete(f"{base}/api/watchlists/{wl['id']}").status_code == 204
    assert httpx.get(f"{base}/api/watchlists/{wl['id']}").status_code == 404
    assert httpx.post(f"{base}/api/watchlists", json={"name": "x", "terms": [" "]}).status_code == 422


class _Receiver(BaseHTTPRequestHandler):
    fail_first = 0
    calls: list[tuple[bytes, str]] = []

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["content-length"]))
        type(self).calls.append((body, self.headers.get("X-Citebrief-Signature", "")))
        status = 500 if len(type(self).calls) <= type(self).fail_first else 200
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args):  # noqa: ANN002
        pass


def _wait(predicate, seconds: float = 15.0):  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out waiting")


def test_webhook_is_signed_retried_and_failures_are_visible(base, seeded):
    from citebrief.loaders import from_text
    from citebrief.pipeline import make_brief
    from citebrief.store import Store

    db, _ = seeded
    handler = type("Flaky", (_Receiver,), {"fail_first": 2, "calls": []})
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
    good = httpx.post(f"{base}/api/watchlists", json={"name": "hooked", "terms": ["Zephyr Grid"],
                                                      "webhook_url": hook, "webhook_secret": "k3y"}).json()
    dead = httpx.post(f"{base}/api/watchlists", json={"name": "dead", "terms": ["Zephyr Grid"],
                                                      "webhook_url": "http://127.0.0.1:9/nothing"}).json()
    with Store.open(db) as store:
        article = from_text("Zephyr Grid wins a grid contract\n\nZephyr Grid said it won a $2 billion contract.",
                            origin="zephyr")
        brief_id = store.save(article, make_brief(article), url="https://grid.example/1", settings_key="k").brief_id

    _wait(lambda: len(handler.calls) >= 3)
    body, signature = handler.calls[-1]
    assert signature == "sha256=" + hmac.new(b"k3y", body, hashlib.sha256).hexdigest()
    assert [b["id"] for b in json.loads(body)["briefs"]] == [brief_id]
    delivered = _wait(lambda: httpx.get(f"{base}/api/watchlists/{good['id']}").json()["deliveries"])
    assert delivered[0]["ok"] == 1 and delivered[0]["attempts"] == 3 and delivered[0]["brief_ids"] == [brief_id]
    failed = _wait(lambda: httpx.get(f"{base}/api/watchlists/{dead['id']}").json()["deliveries"])
    assert failed[0]["ok"] == 0 and failed[0]["attempts"] == 3
    page = httpx.get(f"{base}/watchlists/{dead['id']}").text
    assert "FAILED" in page
    receiver.shutdown()
    for wl in (good, dead):
        httpx.delete(f"{base}/api/watchlists/{wl['id']}")


def test_with_a_token_forms_need_signing_in(seeded):
    db, _ = seeded
    with running(create_app(ServeSettings(db=db, token="s3cret-token"))) as url:
        with httpx.Client(base_url=url) as browser:
            csrf = browser.get("/feeds").cookies["cb_csrf"]
            form = {"url": "https://signed.example/rss", "csrf": csrf}
            assert browser.post("/feeds", data=form).status_code == 401
            bad = browser.post("/signin", data={"token": "wrong", "csrf": csrf})
            assert bad.status_code == 401
            assert browser.post("/signin", data={"token": "s3cret-token", "csrf": csrf}).status_code == 303
            assert browser.post("/feeds", data=form).status_code == 303
            assert any(f["url"] == "https://signed.example/rss" for f in browser.get("/api/feeds").json())


def test_a_url_that_cannot_be_fetched_is_a_problem_naming_it(base):
    # The loader's fetch does the work (limits, and address checks where it has them).
    target = "http://127.0.0.1:9/nothing-listens-here"
    got = httpx.post(f"{base}/api/brief", json={"url": target}, timeout=60)
    assert got.status_code in (400, 422, 502) and got.headers["content-type"].startswith(PROBLEM)
    assert target in got.json()["detail"]
    bad = httpx.post(f"{base}/api/brief", json={"url": "file:///etc/passwd"})
    assert bad.status_code == 422 and "not an http(s) URL" in bad.json()["detail"]
