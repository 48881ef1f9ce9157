"""Fetching cannot be turned against this host: URLs on loopback, private, link-local and other
non-public addresses are refused (however they are spelled, after DNS, on every redirect) unless
the caller opts in. Real servers on 127.0.0.x; only name resolution is stood in for where a test
needs a name that DNS would answer with a public address."""
from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.errors import FetchError
from citebrief.feeds import fetch_article, poll_feed
from citebrief.loaders import load_article, netguard
from citebrief.loaders.http import fetch
from tests.support.loaders import redirect, respond, serve

PAGE = b"<html><head><title>Intranet note</title></head><body><article><p>" + b"Internal figures only. " * 10 + b"</p></article></body></html>"
CITEBRIEF = Path(sys.executable).parent / "citebrief"


@pytest.fixture
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty config: the default, whatever the developer's own config file says."""
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(tmp_path / "none.toml"))


pytestmark = pytest.mark.usefixtures("no_user_config")


def counting(body: bytes = PAGE):
    hits: list[str] = []

    def route(h):
        hits.append(h.path)
        respond(200, body)(h)
    return route, hits


@pytest.mark.parametrize("address,reason", [
    ("127.0.0.1", "loopback"), ("10.0.0.1", "private"), ("192.168.1.20", "private"),
    ("169.254.169.254", "link-local"), ("0.0.0.0", "unspecified"), ("224.0.0.1", "multicast"),
    ("::1", "loopback"), ("fd12:3456::1", "unique-local"), ("fe80::1", "link-local"),
    ("::ffff:127.0.0.1", "IPv4-mapped"), ("::ffff:10.1.2.3", "IPv4-mapped"), ("2002:7f00:1::", "6to4"),
    ("100.64.0.1", "not a globally routable"), ("::", "unspecified"), ("ff02::1", "multicast"),
])
def test_non_public_addresses_have_a_reason(address, reason):
    assert reason in netguard.address_problem(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address):
    assert netguard.address_problem(address) is None


def test_loopback_refused_by_default_and_fetched_when_allowed():
    route, hits = counting()
    with serve({"/note": route}) as base:
        with pytest.raises(FetchError) as err:
            load_article(base + "/note")
        message = str(err.value)
        assert message.startswith(base + "/note: refused: 127.0.0.1 is a loopback address")
        assert "\n" not in message and "--allow-private-urls" in message
        assert hits == []  # nothing was requested
        assert load_article(base + "/note", allow_private=True).title == "Intranet note"
        assert hits == ["/note"]


@pytest.mark.parametrize("spelling", ["2130706433", "0x7f000001", "127.1", "[::ffff:127.0.0.1]", "localhost",
                                      "0177.0.0.1"])
def test_other_spellings_of_loopback_are_refused(spelling):
    route, hits = counting()
    with serve({"/note": route}) as base:
        port = base.rsplit(":", 1)[1]
        url = f"http://{spelling}:{port}/note"
        with pytest.raises(FetchError) as err:
            fetch(url)
        assert str(err.value).startswith(url + ": ")
        assert hits == []


def test_config_key_opts_in(tmp_path, monkeypatch):
    from citebrief.config import set_value

    path = tmp_path / "config.toml"
    set_value("fetch.allow_private", "true", path)
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(path))
    route, hits = counting()
    with serve({"/note": route}) as base:
        assert fetch(base + "/note").status == 200
        with pytest.raises(FetchError):  # an explicit False still wins over the config
            fetch(base + "/note", allow_private=False)
    assert hits == ["/note"]


@pytest.fixture
def public_name(monkeypatch):
    """'news.example.test' resolves to 127.0.0.2 and only that address counts as public: the test's
    stand-in for a public web server (everything else keeps the real rules)."""
    real_resolve, real_problem = socket.getaddrinfo, netguard.address_problem

    def resolve(host, *args, **kwargs):
        return real_resolve("127.0.0.2" if host == "news.example.test" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    monkeypatch.setattr(netguard, "address_problem", lambda a: None if a == "127.0.0.2" else real_problem(a))


def test_redirect_from_a_public_name_to_loopback_is_refused(public_name):
    inner, hits = counting()
    with serve({"/admin": inner}) as private_base:
        with serve({"/story": redirect(private_base + "/admin")}, host="127.0.0.2") as public_base:
            url = public_base.replace("127.0.0.2", "news.example.test") + "/story"
            with pytest.raises(FetchError) as err:
                fetch(url)
    assert str(err.value) == (f"{url}: redirect to {private_base}/admin: refused: 127.0.0.1 is a loopback "
                              f"address ({netguard.OPT_IN_HINT})")
    assert hits == []


def test_a_name_is_resolved_once_and_the_checked_address_connected(monkeypatch, public_name):
    """DNS rebinding: the first answer is public, any later one 127.0.0.1. The connection goes to
    the address that was checked, so the server on 127.0.0.1 never hears from us."""
    real_resolve = socket.getaddrinfo
    answers = iter(["127.0.0.2"])

    def rebinding(host, *args, **kwargs):
        if host == "rebind.example.test":
            host = next(answers, "127.0.0.1")
        return real_resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    public_route, public_hits = counting(PAGE.replace(b"Intranet note", b"Public page"))
    with serve({"/p": public_route}, host="127.0.0.2") as public_base:
        port = int(public_base.rsplit(":", 1)[1])
        private_route, private_hits = counting()
        with serve({"/p": private_route}, port=port):
            result = fetch(f"http://rebind.example.test:{port}/p")
    assert b"Public page" in result.content
    assert public_hits == ["/p"] and private_hits == []


def test_feed_and_feed_item_on_loopback_are_refused():
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b"<item><title>a</title><link>http://127.0.0.1:9/secret</link></item></channel></rss>")
    route, hits = counting(feed)
    with serve({"/feed.xml": route}) as base:
        poll = poll_feed(base + "/feed.xml")
        assert poll.status == "error" and "127.0.0.1 is a loopback address" in poll.error
        assert hits == []
        allowed = poll_feed(base + "/feed.xml", allow_private=True)
        assert allowed.status == "ok" and allowed.entries[0].url == "http://127.0.0.1:9/secret"
    with pytest.raises(FetchError, match="refused: 127.0.0.1 is a loopback address"):
        fetch_article("http://127.0.0.1:9/secret")


def test_cli_refuses_then_fetches_with_the_option():
    route, hits = counting()
    with serve({"/note": route}) as base:
        refused = subprocess.run([str(CITEBRIEF), "brief", base + "/note"], capture_output=True, text=True, timeout=120)
        assert refused.returncode != 0 and hits == []
        assert refused.stderr.strip().count("\n") == 0
        assert "127.0.0.1 is a loopback address" in refused.stderr and "Traceback" not in refused.stderr
        allowed = subprocess.run([str(CITEBRIEF), "brief", base + "/note", "--allow-private-urls"],
                                 capture_output=True, text=True, timeout=120)
        assert allowed.returncode == 0, allowed.stderr
        assert "Intranet note" in allowed.stdout and hits == ["/note"]


def test_a_feed_body_naming_a_local_file_is_not_read(tmp_path):
    """feedparser opens a bytes argument that names an existing file; the feed parser must not."""
    from citebrief.feeds import parse_feed

    local = tmp_path / "secret.xml"
    local.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>local secret</title>'
                      b"<item><title>x</title><link>https://example.com/1</link></item></channel></rss>")
    poll = parse_feed(str(local).encode(), "https://example.com/feed.xml")
    assert poll.status == "error" and poll.title is None and poll.entries == []
    assert parse_feed(b"\xff\xfe/not-utf8\x00", "https://example.com/feed.xml").status == "error"
