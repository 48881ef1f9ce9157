"""The one settings model (config.py): bad keys and bad values are refused when set, with one line; a
hand-edited bad config file is one line wherever it is read; every setting is shown with its source."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "articles"


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("CITEBRIEF_", "OPENAI_"))}
    return {**clean, "CITEBRIEF_CONFIG": str(tmp_path / "config.toml"), "CITEBRIEF_HOME": str(tmp_path / "home")}


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "citebrief.cli", *args], env=env, capture_output=True,
                          text=True, timeout=120)


def one_line_error(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 2, done.stdout
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


@pytest.mark.parametrize(("key", "value", "words"), [
    ("llm.timeout", "abc", ("llm.timeout", "'abc'", "number")),
    ("llm.timeout", "0", ("llm.timeout", "greater than 0")),
    ("llm.concurrency", "many", ("llm.concurrency", "'many'", "integer")),
    ("llm.bogus", "1", ("'llm.bogus'", "unknown setting", "llm.timeout")),
    ("nosuch.key", "1", ("'nosuch.key'", "unknown setting")),
    ("llm.lang", "fr", ("'fr'", "en, zh, ja")),
    ("llm.strategy", "summarise", ("'summarise'", "abstractive, extract-translate")),
    ("llm.base_url", "localhost:8080", ("'localhost:8080'", "http")),
    ("llm.price_in", "-1", ("llm.price_in", "greater than or equal to 0")),
])
def test_bad_keys_and_values_are_refused_when_set(env, tmp_path, key, value, words):
    one_line_error(cli("config", "set", "--", key, value, env=env), *words)
    assert not (tmp_path / "config.toml").exists()  # nothing written


def test_good_values_are_stored_typed_and_normalised(env, tmp_path):
    for key, value in (("llm.timeout", "90"), ("llm.concurrency", "8"), ("llm.strategy", "Extract_Translate"),
                       ("llm.model", "123"), ("llm.base_url", "http://127.0.0.1:9/v1/")):
        done = cli("config", "set", key, value, env=env)
        assert done.returncode == 0, done.stderr
    text = (tmp_path / "config.toml").read_text()
    assert "timeout = 90.0" in text and "concurrency = 8" in text and 'strategy = "extract-translate"' in text
    assert 'model = "123"' in text and 'base_url = "http://127.0.0.1:9/v1"' in text


@pytest.mark.parametrize(("content", "words"), [
    ('[llm]\ntimeout = "abc"\n', ("config.toml: llm.timeout = 'abc'", "number")),
    ("[llm]\nbogus = 1\n", ("llm.bogus: unknown setting", "citebrief config unset llm.bogus")),
    ('[llm]\nlang = "fr"\n', ("llm.lang = 'fr'", "en, zh, ja")),
    ('[brief]\nlength = "tiny"\n', ("brief.length = 'tiny'", "short, standard, full")),
    ('[nosuch]\nx = 1\n', ("unknown table [nosuch]",)),
    ("llm = 3\n", ("llm must be a table",)),
])
def test_a_hand_edited_bad_file_is_one_line_where_it_is_read(env, tmp_path, content, words):
    (tmp_path / "config.toml").write_text(content, encoding="utf-8")
    one_line_error(cli("config", "show", env=env), *words)
    engine = "extractive" if content.startswith("[brief]") else "llm"
    if engine == "llm" and "nosuch" not in content:
        done = cli("brief", str(EXAMPLE / "japan-chips.zh-Hans.txt"), "--engine", "llm",
                   "--base-url", "http://127.0.0.1:9/v1", "--model", "m", env=env)
        one_line_error(done, *words)
    elif engine == "extractive":
        one_line_error(cli("brief", str(EXAMPLE / "japan-chips.zh-Hans.txt"), env=env), *words)
    # and the way out works
    if "bogus" in content:
        assert cli("config", "unset", "llm.bogus", env=env).returncode == 0
        assert cli("config", "show", env=env).returncode == 0


def test_a_bad_value_in_the_environment_names_the_variable(env):
    done = cli("config", "show", env={**env, "CITEBRIEF_LLM_TIMEOUT": "soon"})
    one_line_error(done, "CITEBRIEF_LLM_TIMEOUT='soon'", "llm.timeout")


def test_show_lists_every_setting_with_its_source_and_keys_describes_them(env):
    from citebrief.config import SECTIONS

    done = cli("config", "set", "llm.model", "m1", env=env)
    assert done.returncode == 0
    show = cli("config", "show", env={**env, "CITEBRIEF_LLM_LANG": "zh", "OPENAI_BASE_URL": "http://o.example/v1"})
    assert show.returncode == 0, show.stderr
    lines = show.stdout.splitlines()[1:]
    keys = [f"{t}.{n}" for t, cls in SECTIONS.items() for n in cls.model_fields]
    assert [line.split(" = ")[0] for line in lines] == keys
    assert "llm.model = m1    [config " in show.stdout
    assert "llm.lang = zh    [env CITEBRIEF_LLM_LANG]" in show.stdout
    assert "llm.base_url = http://o.example/v1    [env OPENAI_BASE_URL]" in show.stdout
    assert "llm.concurrency = 4    [default]" in show.stdout and "llm.timeout = (unset)" in show.stdout
    described = cli("config", "keys", env=env).stdout
    assert "llm.api_key  [CITEBRIEF_LLM_API_KEY, OPENAI_API_KEY]" in described
    assert "brief.length  [CITEBRIEF_BRIEF_LENGTH]  default standard" in described


def test_the_engines_read_their_choices_from_the_settings():
    from citebrief.config import choices_of
    from citebrief.engines.extractive import LENGTHS
    from citebrief.engines.llm import STRATEGIES
    from citebrief.engines.llm.dialects import AUTO, FALLBACK
    from citebrief.engines.llm.prompts import LANGUAGES

    assert LENGTHS == choices_of("brief.length") and STRATEGIES == choices_of("llm.strategy")
    assert (AUTO, *FALLBACK) == choices_of("llm.response_format")
    assert tuple(LANGUAGES) == choices_of("llm.lang")  # every language the setting accepts has a prompt name
