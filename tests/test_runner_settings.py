"""`citebrief run` keeps a stored brief only while the settings that made it hold: a change to the engine,
model, strategy, language, length or prompt version (by option, environment or config file) makes
the brief due again, and it is redone from the stored text; briefs.prompt_version is stored."""
from __future__ import annotations

import json
import sqlite3

import pytest

from citebrief.config import set_value
from citebrief.engines.llm.prompts import PROMPT_VERSION
from citebrief.runner import Runner, RunOptions, engine_settings
from citebrief.store import Store
from tests.support.feeds_server import FeedServer, FeedSite, Page
from tests.support.llm import PARAGRAPHS, TITLE, TRANSLATIONS, as_json, good, isolate_llm_env, translator
from tests.support.llm_server import FakeProvider, Reply

PAGE = "/a/japan-chips.html"


def chinese_answer() -> str:
    """A zh brief that copies its sentences from the article (what a model asked for zh may do)."""
    data = good()
    data["core_viewpoint"] = {"text": PARAGRAPHS[0], "citations": [1],
                              "evidence": [{"paragraph": 1, "quote": PARAGRAPHS[0]}]}
    data["sections"] = [{"title": "芯片", "bullets": [
        {"text": PARAGRAPHS[1], "citations": [2], "evidence": [{"paragraph": 2, "quote": PARAGRAPHS[1]}]}]}]
    data["glossary"] = []
    return as_json(data)


def respond(body: dict) -> Reply:
    system, user = body["messages"][0]["content"], body["messages"][-1]["content"]
    if "Items:\n" in user:
        return translator(TRANSLATIONS)(body)
    if "Simplified Chinese" in system:
        return Reply(content=chinese_answer())
    return Reply(content=as_json(good()))


@pytest.fixture
def world(monkeypatch, tmp_path):
    isolate_llm_env(monkeypatch, tmp_path)
    site = FeedSite(pages={PAGE: Page(title=TITLE, paragraphs=list(PARAGRAPHS))})
    with FeedServer(site) as server, FakeProvider(responder=respond) as fake, \
            Store.open(str(tmp_path / "run.sqlite")) as store:
        store.add_feed(server.url("/feed.xml"))
        yield server, fake, store, tmp_path / "run.sqlite"


def run(store: Store, engine: str = "extractive", **options) -> tuple[int, int, int]:
    # (The feed server is on 127.0.0.1: private addresses are allowed explicitly.)
    summary = Runner(store, RunOptions(engine=engine, engine_options=options, delay=0, stories=False,
                                       progress=False, allow_private=True)).run_once()
    assert summary.failures == [], summary.failures
    return summary.new, summary.skipped, summary.failed


def briefs(db) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("select engine, model, strategy, language, prompt_version, brief_json from briefs "
                           "order by id").fetchall()
    finally:
        con.close()


def test_each_setting_that_changes_a_brief_makes_the_stored_brief_due_again(world, monkeypatch):
    server, fake, store, db = world
    assert run(store) == (1, 0, 0)
    assert run(store) == (0, 0, 0)  # same settings: the feed is not modified, nothing to do

    set_value("brief.length", "short")  # length, from the config file
    assert run(store) == (1, 0, 0)
    assert run(store) == (0, 0, 0)
    assert len(json.loads(briefs(db)[-1][5])["sections"]) <= len(json.loads(briefs(db)[0][5])["sections"])

    llm = {"base_url": fake.url, "model": "model-a", "cache": False}
    assert run(store, "llm", **llm) == (1, 0, 0)  # engine
    assert run(store, "llm", **llm) == (0, 0, 0)
    assert briefs(db)[-1][:5] == ("llm", "model-a", "abstractive", "en", PROMPT_VERSION)  # prompt_version stored

    assert run(store, "llm", **{**llm, "model": "model-b"}) == (1, 0, 0)  # model, by option
    assert run(store, "llm", **{**llm, "model": "model-b"}) == (0, 0, 0)

    set_value("llm.strategy", "extract-translate")  # strategy, from the config file
    assert run(store, "llm", **llm) == (1, 0, 0)
    assert briefs(db)[-1][2] == "extract-translate"
    set_value("llm.strategy", "abstractive")

    monkeypatch.setenv("CITEBRIEF_LLM_LANG", "zh")  # language, from the environment
    assert run(store, "llm", **llm) == (1, 0, 0)
    assert briefs(db)[-1][3] == "zh"
    assert run(store, "llm", **llm) == (0, 0, 0)
    monkeypatch.delenv("CITEBRIEF_LLM_LANG")

    # back to settings already briefed: the feed is read in full, and the stored brief kept
    assert run(store, "llm", **llm) == (0, 1, 0)
    monkeypatch.setattr("citebrief.engines.llm.engine.PROMPT_VERSION", "next-prompt")  # a prompt change
    assert run(store, "llm", **llm) == (1, 0, 0)
    assert briefs(db)[-1][4] == "next-prompt"

    # Every redo briefed the stored text: the page was fetched once.
    assert sum(1 for _, path, _ in server.site.requests if path == PAGE) == 1
    assert len(briefs(db)) == 7


def test_the_settings_key_follows_options_environment_and_config(monkeypatch, tmp_path):
    isolate_llm_env(monkeypatch, tmp_path)
    base = {"base_url": "http://127.0.0.1:9/v1", "model": "m", "cache": False}
    keys = {engine_settings("llm", base)[0]}
    for options in ({"model": "m2"}, {"strategy": "extract-translate"}, {"lang": "ja"},
                    {"response_format": "json_object"}):
        keys.add(engine_settings("llm", {**base, **options})[0])
    assert len(keys) == 5
    assert engine_settings("llm", base)[0] in keys  # stable
    monkeypatch.setenv("CITEBRIEF_LLM_LANG", "ja")
    assert engine_settings("llm", base)[0] == engine_settings("llm", {**base, "lang": "ja"})[0]
    extractive = {engine_settings("extractive", {"length": n})[0] for n in ("short", "standard", "full")}
    assert len(extractive) == 3 and not extractive & keys
    set_value("brief.length", "full")
    assert engine_settings("extractive", {})[0] == engine_settings("extractive", {"length": "full"})[0]
    assert engine_settings("extractive", {})[1] is None and engine_settings("llm", base)[1] == PROMPT_VERSION
    # extract-translate translates the extractive brief: its length (brief.length) is one of its settings
    translate = {**base, "strategy": "extract-translate"}
    full = engine_settings("llm", translate)[0]
    set_value("brief.length", "short")
    assert engine_settings("llm", translate)[0] != full
    assert engine_settings("llm", base)[0] == engine_settings("llm", base)[0]


def test_unknown_engine_options_are_one_line_errors(monkeypatch, tmp_path):
    from citebrief.engines import get_engine
    from citebrief.errors import ConfigError

    isolate_llm_env(monkeypatch, tmp_path)
    with pytest.raises(ConfigError) as err:
        get_engine("llm", base_url="http://127.0.0.1:9/v1", model="m", temprature=0.2)
    assert "engine 'llm': unknown option 'temprature'" in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(ConfigError, match="unknown option 'model'"):
        engine_settings("extractive", {"model": "gpt-4o-mini"})
    # the pipeline takes an engine name or an Engine, nothing duck-typed, and no options it would drop
    from citebrief.pipeline import make_brief
    from tests.support.llm import article

    class Lookalike:
        name = "lookalike"

        def brief(self, article):  # noqa: ANN001, ANN202
            raise AssertionError("not called")

    with pytest.raises(ConfigError, match="is not an engine"):
        make_brief(article(), Lookalike())
    with pytest.raises(ConfigError, match="length need an engine name"):
        make_brief(article(), get_engine("extractive"), length="short")


def test_a_store_made_before_validators_key_gets_it(tmp_path):
    db = tmp_path / "old.sqlite"
    Store.open(str(db)).close()
    con = sqlite3.connect(db)
    con.execute("alter table feeds drop column validators_key")  # as schema version 3 made it
    con.execute("delete from schema_version where version = 4")
    con.commit()
    con.close()
    with Store.open(str(db)) as store:
        store.add_feed("https://example.com/feed.xml")
        assert store.list_feeds()[0]["validators_key"] is None
