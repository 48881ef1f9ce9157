"""Endpoint, model and key: options, environment, config file; `citebrief config`; and
`citebrief brief --engine llm` end to end against the fake provider."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.engines.llm.settings import resolve_endpoint
from citebrief.errors import ConfigError
from tests.support.llm import PARAGRAPHS, TITLE, as_json, good
from tests.support.llm_server import FakeProvider, Reply

VARS = ("CITEBRIEF_LLM_BASE_URL", "CITEBRIEF_LLM_MODEL", "CITEBRIEF_LLM_API_KEY", "OPENAI_BASE_URL",
        "OPENAI_API_KEY", "CITEBRIEF_LLM_RESPONSE_FORMAT")


@pytest.fixture
def env(tmp_path, monkeypatch) -> dict[str, str]:
    for var in VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(tmp_path / "cfg" / "config.toml"))
    monkeypatch.setenv("CITEBRIEF_HOME", str(tmp_path / "home"))
    from citebrief.engines.llm.endpoints import forget_profiles

    forget_profiles()
    return {k: v for k, v in os.environ.items() if k not in VARS}


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "citebrief.cli", *args], env=env, capture_output=True,
                          text=True, timeout=60)


def test_config_set_show_unset_and_key_is_masked(env, tmp_path):
    key = "sk-live-abcdefghijklmnop1234"
    done = cli("config", "set", "llm.api_key", key, env=env)
    assert done.returncode == 0, done.stderr
    assert key not in done.stdout and "sk-l…1234" in done.stdout
    assert cli("config", "set", "llm.model", "gpt-4o-mini", env=env).returncode == 0
    assert cli("config", "set", "llm.timeout", "90", env=env).returncode == 0

    path = Path(cli("config", "path", env=env).stdout.strip())
    assert path == tmp_path / "cfg" / "config.toml"
    text = path.read_text()
    assert '[llm]' in text and 'model = "gpt-4o-mini"' in text and "timeout = 90" in text
    assert oct(path.stat().st_mode & 0o777) == "0o600"  # it holds a key

    show = cli("config", "show", env=env).stdout
    assert key not in show and "llm.api_key = sk-l…1234" in show
    assert "llm.model = gpt-4o-mini" in show and "llm.base_url = (unset)" in show
    # the environment wins over the file, and show says so
    show = cli("config", "show", env={**env, "CITEBRIEF_LLM_MODEL": "qwen-plus"}).stdout
    assert "llm.model = qwen-plus    [env CITEBRIEF_LLM_MODEL]" in show

    assert "removed" in cli("config", "unset", "llm.model", env=env).stdout
    assert "llm.model = (unset)" in cli("config", "show", env=env).stdout


def test_broken_config_file_is_one_line_error(env, tmp_path):
    path = tmp_path / "cfg" / "config.toml"
    path.parent.mkdir()
    path.write_text("[llm\nmodel = ")
    done = cli("config", "show", env=env)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "invalid TOML" in done.stderr and str(path) in done.stderr


def test_resolution_order_option_env_openai_config(env, tmp_path):
    from citebrief.config import set_value

    set_value("llm.base_url", "http://config.example/v1")
    set_value("llm.model", "config-model")
    set_value("llm.api_key", "config-key")
    assert resolve_endpoint() == resolve_endpoint(base_url=None)
    assert resolve_endpoint().model == "config-model"
    os.environ["OPENAI_BASE_URL"] = "http://openai-env.example/v1"
    os.environ["OPENAI_API_KEY"] = "openai-key"
    got = resolve_endpoint()
    assert (got.base_url, got.api_key) == ("http://openai-env.example/v1", "openai-key")
    os.environ["CITEBRIEF_LLM_BASE_URL"] = "http://ours.example/v1/"
    os.environ["CITEBRIEF_LLM_API_KEY"] = "our-key"
    got = resolve_endpoint()
    assert (got.base_url, got.api_key) == ("http://ours.example/v1", "our-key")
    got = resolve_endpoint(base_url="http://flag.example/v1", model="flag-model", api_key="flag-key")
    assert (got.base_url, got.model, got.api_key) == ("http://flag.example/v1", "flag-model", "flag-key")
    for var in VARS:
        os.environ.pop(var, None)


def test_missing_model_is_one_clear_config_error(env):
    with pytest.raises(ConfigError) as err:
        resolve_endpoint(base_url="http://127.0.0.1:9/v1")
    assert "no model" in str(err.value) and "--model" in str(err.value) and "\n" not in str(err.value)


def test_brief_command_with_llm_engine_end_to_end(env, tmp_path):
    src = tmp_path / "story.txt"
    src.write_text(TITLE + "\n测试通讯社·2025-11-20 09:00\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    with FakeProvider() as fake:
        fake.reply(Reply(content=as_json(good()), usage=(1000, 250)))
        run_env = {**env, "CITEBRIEF_LLM_API_KEY": "sk-from-env-000000"}
        done = cli("brief", str(src), "--engine", "llm", "--base-url", fake.url, "--model", "fake-model",
                   "--format", "json", env=run_env)
        assert done.returncode == 0, done.stderr
        assert fake.requests[0].headers["Authorization"] == "Bearer sk-from-env-000000"
    data = json.loads(done.stdout)
    assert data["engine"] == "llm" and data["model"] == "fake-model"
    assert data["report"]["tokens_in"] == 1000 and data["report"]["tokens_out"] == 250
    assert data["sections"][0]["bullets"][0]["evidence"][0]["paragraph"] == 2

    # no endpoint anywhere: one line, exit 2
    done = cli("brief", str(src), "--engine", "llm", "--model", "m", env=env)
    assert done.returncode == 2 and "no endpoint" in done.stderr and done.stderr.count("\n") == 1


def test_engine_settings_come_from_config_unless_given(env):
    from citebrief.config import set_value
    from citebrief.engines.llm import LLMEngine

    set_value("llm.base_url", "http://127.0.0.1:9/v1")
    set_value("llm.model", "config-model")
    set_value("llm.strategy", "extract-translate")
    set_value("llm.lang", "ja")
    engine = LLMEngine(cache=False)
    assert (engine.model, engine.strategy, engine.lang) == ("config-model", "extract-translate", "ja")
    engine = LLMEngine(strategy="abstractive", lang="zh", cache=False)
    assert (engine.strategy, engine.lang) == ("abstractive", "zh")
    with pytest.raises(ConfigError, match="--lang 'fr': not one of: en, zh, ja"):
        LLMEngine(lang="fr", cache=False)


def test_response_format_option_wins_over_env_which_wins_over_config(env, monkeypatch):
    from citebrief.config import set_value
    from citebrief.engines.llm import LLMEngine

    set_value("llm.base_url", "http://127.0.0.1:9/v1")
    set_value("llm.model", "config-model")
    assert LLMEngine(cache=False).response_format == "auto"  # nothing set anywhere
    set_value("llm.response_format", "json_object")
    assert LLMEngine(cache=False).response_format == "json_object"
    monkeypatch.setenv("CITEBRIEF_LLM_RESPONSE_FORMAT", "prompt")
    assert LLMEngine(cache=False).response_format == "prompt"
    engine = LLMEngine(response_format="json-schema", cache=False)  # hyphens are underscores
    assert engine.response_format == "json_schema" and engine.client.response_format == "json_schema"


@pytest.mark.parametrize("where", ["option", "env", "config"])
def test_an_unknown_response_format_is_one_line_naming_the_value_and_the_choices(env, monkeypatch, where):
    from citebrief.config import set_value
    from citebrief.engines.llm import LLMEngine

    options = dict(base_url="http://127.0.0.1:9/v1", model="m", cache=False)
    if where == "option":
        options["response_format"] = "jsonschema"
    elif where == "env":
        monkeypatch.setenv("CITEBRIEF_LLM_RESPONSE_FORMAT", "jsonschema")
    else:
        with pytest.raises(ConfigError, match="'jsonschema'"):
            set_value("llm.response_format", "jsonschema")  # `config set` refuses it ...
        path = Path(os.environ["CITEBRIEF_CONFIG"])  # ... so it is written by hand
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('[llm]\nresponse_format = "jsonschema"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        LLMEngine(**options)
    message = str(err.value)
    assert "'jsonschema'" in message and "\n" not in message
    assert "auto, json_schema, json_object_schema, json_object, prompt" in message
    if where == "env":
        assert "CITEBRIEF_LLM_RESPONSE_FORMAT" in message


def test_response_format_through_the_cli_config_and_brief(env, tmp_path):
    done = cli("config", "set", "llm.response_format", "bogus", env=env)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "'bogus'" in done.stderr and "auto, json_schema, json_object_schema, json_object, prompt" in done.stderr
    assert "llm.response_format = auto    [default]" in cli("config", "show", env=env).stdout
    assert cli("config", "set", "llm.response_format", "json_object", env=env).returncode == 0
    show = cli("config", "show", env=env).stdout
    assert "llm.response_format = json_object    [config " in show
    show = cli("config", "show", env={**env, "CITEBRIEF_LLM_RESPONSE_FORMAT": "prompt"}).stdout
    assert "llm.response_format = prompt    [env CITEBRIEF_LLM_RESPONSE_FORMAT]" in show

    src = tmp_path / "story.txt"
    src.write_text(TITLE + "\n测试通讯社·2025-11-20 09:00\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    with FakeProvider() as fake:
        fake.reply(Reply(content=as_json(good())), Reply(content=as_json(good())))
        common = ("brief", str(src), "--engine", "llm", "--base-url", fake.url, "--model", "fake-model",
                  "--format", "json")
        done = cli(*common, env=env)  # the config file's json_object
        assert done.returncode == 0, done.stderr
        done = cli(*common, "--response-format", "prompt", env=env)  # the option wins
        assert done.returncode == 0, done.stderr
        formats = [r.response_format for r in fake.requests]
        assert all(isinstance(r.body.get("max_tokens"), int) for r in fake.requests)
    assert formats == ["json_object", None]
    done = cli(*common, "--response-format", "xml", env=env)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "'xml'" in done.stderr
    done = cli("brief", str(src), "--response-format", "prompt", env=env)
    assert done.returncode == 2 and "--response-format: only for --engine llm" in done.stderr
