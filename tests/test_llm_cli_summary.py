"""`citebrief brief --engine llm` tells the user, on stderr, one line per brief: what passed
verification, what was dropped, and the tokens and money it took. A real subprocess against the
fake provider on 127.0.0.1."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.brief import Brief
from tests.support.llm import article, as_json, bullet, good
from tests.support.llm_server import FakeProvider, Reply

CITEBRIEF = Path(sys.executable).parent / "citebrief"


@pytest.fixture
def env(tmp_path):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("CITEBRIEF_", "OPENAI_"))}
    clean.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
                 XDG_CACHE_HOME=str(tmp_path / "cache"), CITEBRIEF_HOME=str(tmp_path / "home"),
                 CITEBRIEF_LLM_PRICE_IN="1.0", CITEBRIEF_LLM_PRICE_OUT="2.0")  # USD per million tokens
    return clean


def _source(tmp_path: Path, name: str, title_suffix: str = "") -> Path:
    path = tmp_path / name
    data = json.loads(article().model_dump_json(exclude={"origin"}))
    data["title"] += title_suffix
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def run(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run([str(CITEBRIEF), *map(str, args)], capture_output=True, text=True, env=env,
                          timeout=120)


def _wrong_number_answer() -> str:
    answer = good()
    bullet(answer, 1, 0)["text"] = "The Nikkei 225 closed up 2.1% that day."  # the article says 1.2%
    return as_json(answer)


def test_one_summary_line_with_counts_tokens_and_cost(tmp_path, env):
    source = _source(tmp_path, "japan-chips.json")
    with FakeProvider() as llm:
        llm.reply(Reply(content=_wrong_number_answer(), usage=(900, 300)),
                  Reply(content='{"bullets": [], "glossary": []}', usage=(200, 50)))  # the repair gives up
        proc = run(env, "brief", source, "--engine", "llm", "--base-url", llm.url, "--model", "fake-7b",
                   "--format", "json")
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("japan-chips:")]
    # 3 verified statements published, the wrong figure dropped; 1,450 tokens at $1/$2 per million
    assert lines == ["japan-chips: 3 claims: 3 supported, 0 unsupported; 1 dropped; 1,450 tokens, $0.0018"]
    brief = Brief.model_validate_json(proc.stdout)  # stdout keeps the brief, and only the brief
    assert not any("2.1%" in c.text for c in brief.claims())


def test_a_batch_prints_one_line_per_brief(tmp_path, env):
    sources = [_source(tmp_path, f"story-{i}.json", f" ({i})") for i in range(2)]
    with FakeProvider(responder=lambda body: Reply(content=as_json(good()), usage=(1000, 200))) as llm:
        proc = run(env, "brief", *sources, "--engine", "llm", "--base-url", llm.url, "--model", "fake-7b",
                   "--out-dir", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    lines = sorted(line for line in proc.stderr.splitlines() if line.startswith("story-"))
    assert lines == [f"story-{i}: 4 claims: 4 supported, 0 unsupported; 0 dropped; 1,200 tokens, $0.0014" for i in range(2)]


def test_a_cached_brief_says_it_cost_nothing_and_extractive_prints_no_line(tmp_path, env):
    source = _source(tmp_path, "again.json")
    with FakeProvider(responder=lambda body: Reply(content=as_json(good()))) as llm:
        first = run(env, "brief", source, "--engine", "llm", "--base-url", llm.url, "--model", "fake-7b")
        second = run(env, "brief", source, "--engine", "llm", "--base-url", llm.url, "--model", "fake-7b")
        sent = len(llm.requests)
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert sent == 1
    assert "again: 4 claims: 4 supported, 0 unsupported; 0 dropped; from the cache, no request sent" in second.stderr
    plain = run(env, "brief", source)
    assert plain.returncode == 0 and "again:" not in plain.stderr


def test_the_line_counts_statements_repaired_by_re_anchoring(tmp_path, env):
    source = _source(tmp_path, "anchored.json")
    answer = good()
    bullet(answer, 1, 0)["evidence"][0]["paragraph"] = 3  # the quote is paragraph 4's
    with FakeProvider(responder=lambda body: Reply(content=as_json(answer), usage=(1000, 200))) as llm:
        proc = run(env, "brief", source, "--engine", "llm", "--base-url", llm.url, "--model", "fake-7b",
                   "--format", "json")
        sent = len(llm.requests)
    assert proc.returncode == 0, proc.stderr
    assert "anchored: 4 claims: 4 supported, 0 unsupported; 1 repaired, 0 dropped; 1,200 tokens, $0.0014" in proc.stderr
    assert sent == 1
    brief = Brief.model_validate_json(proc.stdout)
    nikkei = next(c for c in brief.claims() if "Nikkei" in c.text)
    assert nikkei.citations == [4] and nikkei.evidence[0].paragraph == 4
