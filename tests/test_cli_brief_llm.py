"""`citebrief brief --engine llm`: options reach the engine, against a fake OpenAI-compatible
server on 127.0.0.1 (tests/support/llm_server.py); the CLI runs as a real subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.brief import Brief
from tests.support.llm import article, as_json, good
from tests.support.llm_server import FakeProvider, Reply

CITEBRIEF = Path(sys.executable).parent / "citebrief"


@pytest.fixture
def env(tmp_path):
    """No user config, cache or endpoint leaks in; every request really goes to the fake server."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("CITEBRIEF_", "OPENAI_"))}
    clean.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
                 XDG_CACHE_HOME=str(tmp_path / "cache"), CITEBRIEF_HOME=str(tmp_path / "home"))
    return clean


def _article_file(tmp_path: Path, name: str = "story.json") -> Path:
    path = tmp_path / name
    path.write_text(article().model_dump_json(exclude={"origin"}), encoding="utf-8")
    return path


def _article_files(tmp_path: Path, count: int) -> list[Path]:
    """story-0.json ... with distinct titles, so that no answer is served from a cache."""
    paths = []
    for i in range(count):
        path = _article_file(tmp_path, f"story-{i}.json")
        data = json.loads(path.read_text(encoding="utf-8"))
        data["title"] += f" ({i})"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def run(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run([str(CITEBRIEF), *map(str, args)], capture_output=True, text=True, env=env,
                          timeout=120)


def test_llm_options_are_passed_to_the_endpoint(tmp_path, env):
    source = _article_file(tmp_path)
    with FakeProvider(responder=lambda body: Reply(content=as_json(good()))) as llm:
        proc = run(env, "brief", source, "--engine", "llm", "--base-url", llm.url, "--model", "fake-7b",
                   "--api-key", "sk-test-123", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    brief = Brief.model_validate_json(proc.stdout)
    assert brief.engine == "llm" and brief.model == "fake-7b"
    assert "Sanae Takaichi" in brief.core_viewpoint.text
    assert llm.requests and all(r.body["model"] == "fake-7b" for r in llm.requests)
    assert all(r.headers.get("Authorization") == "Bearer sk-test-123" for r in llm.requests)


def test_llm_batch_runs_articles_concurrently(tmp_path, env):
    sources = _article_files(tmp_path, 3)
    out = tmp_path / "out"
    with FakeProvider(latency=0.5, responder=lambda body: Reply(content=as_json(good()))) as llm:
        proc = run(env, "brief", *sources, "--engine", "llm", "--base-url", llm.url, "--model", "fake",
                   "--concurrency", "3", "--out-dir", out)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["story-0.md", "story-1.md", "story-2.md"]
    assert llm.peak_in_flight >= 2


def test_llm_batch_keeps_to_the_concurrency_on_one_connection_pool(tmp_path, env):
    """--concurrency is what the provider sees: never more requests at once, connections kept
    alive and reused across articles; a missing input is one error line and the rest are done."""
    sources = _article_files(tmp_path, 6)
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    with FakeProvider(latency=0.3, responder=lambda body: Reply(content=as_json(good()))) as llm:
        proc = run(env, "brief", *sources[:3], missing, *sources[3:], "--engine", "llm", "--base-url", llm.url,
                   "--model", "fake", "--concurrency", "2", "--out-dir", out)
    assert proc.returncode == 1, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"story-{i}.md" for i in range(6)]
    errors = [line for line in proc.stderr.splitlines() if line.startswith("citebrief: error:")]
    assert len(errors) == 1 and "missing.txt" in errors[0] and "Traceback" not in proc.stderr
    assert len(llm.requests) == 6
    assert llm.peak_in_flight == 2
    assert len(llm.connections) == 2


def test_endpoint_refusal_is_one_line_naming_the_input(tmp_path, env):
    source = _article_file(tmp_path)
    refusal = Reply(status=401, body='{"error": {"message": "invalid api key"}}')
    with FakeProvider(responder=lambda body: refusal) as llm:
        proc = run(env, "brief", source, "--engine", "llm", "--base-url", llm.url, "--model", "fake")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(source) in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_llm_without_endpoint_is_a_config_error(tmp_path, env):
    proc = run(env, "brief", _article_file(tmp_path), "--engine", "llm")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "endpoint" in proc.stderr


def test_a_large_llm_batch_exits_cleanly(tmp_path, env):
    # 8+ articles at concurrency 4+ use the engine's check processes: they must be shut down
    # without Python printing anything at exit.
    sources = _article_files(tmp_path, 8)
    with FakeProvider(latency=0.05, responder=lambda body: Reply(content=as_json(good()))) as llm:
        proc = run(env, "brief", *sources, "--engine", "llm", "--base-url", llm.url, "--model", "fake",
                   "--concurrency", "4", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.strip().splitlines()) == 8  # JSON Lines, one brief each
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
