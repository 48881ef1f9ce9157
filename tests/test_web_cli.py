"""`citebrief serve` as users start it: one command on the examples; refusing to listen beyond
loopback without a token."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx

from tests.support.web import EXAMPLES

CLI = [sys.executable, "-m", "citebrief.cli", "serve"]


def _env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CITEBRIEF_")}
    env["HOME"] = str(tmp_path)
    return env


def test_no_token_refuses_a_public_address(tmp_path):
    proc = subprocess.run(CLI + ["--db", str(tmp_path / "s.sqlite"), "--host", "0.0.0.0"], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "--host 0.0.0.0" in proc.stderr and "token" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_one_command_serves_the_examples(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(CLI + ["--db", str(tmp_path / "demo.sqlite"), "--load", str(EXAMPLES), "--port", str(port)],
                            env=_env(tmp_path), stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, proc.stderr.read()
            try:
                got = httpx.get(f"http://127.0.0.1:{port}/api/briefs", timeout=5)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)
        titles = {b["title"] for b in got.json()["items"]}
        assert len(titles) == 3 and any("台積電" in t for t in titles)
        assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    err = proc.stderr.read()
    assert "loaded 3 article(s)" in err and "no token: listening on loopback only" in err
