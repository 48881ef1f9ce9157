"""Strategy extract-translate over real HTTP: the extractive engine picks the sentences, the
fake model translates them; citations and source sentences are kept, bad translations dropped."""
from __future__ import annotations

import pytest

from citebrief.engines.llm import LLMEngine
from tests.support.llm import TRANSLATIONS, article, isolate_llm_env, items_of, published_texts, translator
from tests.support.llm_server import FakeProvider


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    isolate_llm_env(monkeypatch, tmp_path)


def engine(fake: FakeProvider, tmp_path) -> LLMEngine:
    return LLMEngine(base_url=fake.url, model="fake-small", strategy="extract-translate",
                     cache=tmp_path / "llm.sqlite", retry_backoff=0.01, timeout=3)


def test_sentences_are_translated_keeping_citations_and_source(tmp_path):
    with FakeProvider(responder=translator(TRANSLATIONS)) as fake:
        brief = engine(fake, tmp_path).brief(article())
    assert brief.strategy == "extract-translate" and brief.language == "en"
    nikkei = next(c for c in brief.claims() if c.text == "The Nikkei 225 closed up 1.2% that day.")
    assert nikkei.citations == [4]
    assert nikkei.source_text == "日经225指数当天收涨1.2%。"
    assert [(e.paragraph, e.quote) for e in nikkei.evidence] == [(4, "日经225指数当天收涨1.2%。")]
    assert brief.core_viewpoint.text.startswith("Japanese Prime Minister Sanae Takaichi")
    assert brief.report.dropped == []
    assert len(fake.requests) == 1
    # the model saw only the chosen sentences, not the task of choosing them
    assert "[1]" not in fake.requests[0].text


def test_a_mistranslated_figure_is_sent_back_then_dropped(tmp_path):
    wrong = dict(TRANSLATIONS)
    wrong["日经225指数当天收涨1.2%。"] = "The Nikkei 225 closed up 2.1% that day."
    with FakeProvider(responder=translator(wrong)) as fake:
        brief = engine(fake, tmp_path).brief(article())
        assert len(fake.requests) == 2
        redo = items_of(fake.requests[1].body)
        assert [i["your_translation"] for i in redo] == ["The Nikkei 225 closed up 2.1% that day."]
    assert "The Nikkei 225 closed up 2.1% that day." not in published_texts(brief)
    (dropped,) = brief.report.dropped
    assert dropped.citations == [4] and any("2.1" in r for r in dropped.reasons)
    # the other statements are published all the same
    assert TRANSLATIONS["其中约1700亿日元将拨给芯片制造商Rapidus，该公司计划于2027年量产2纳米芯片。"] in published_texts(brief)


def test_misnumbered_translations_are_caught(tmp_path):
    # a model that swaps two items' translations: the figure-bearing sentence gets a text without
    # any figure (caught); the other gets the figure of a sentence from the same paragraph (true).
    swapped = dict(TRANSLATIONS)
    a, b = "分析人士认为，这一计划将提振东京股市的科技板块。", "日经225指数当天收涨1.2%。"
    swapped[a], swapped[b] = TRANSLATIONS[b], TRANSLATIONS[a]
    with FakeProvider(responder=translator(swapped)) as fake:
        brief = engine(fake, tmp_path).brief(article())
    dropped = {d.text: d.reasons for d in brief.report.dropped}
    assert any("keeps none of the sentence's figures or dates" in r for r in dropped[TRANSLATIONS[a]])
    assert all(c.source_text != b for c in brief.claims())


def test_the_selection_is_the_default_shorter_brief(tmp_path):
    # extract-translate translates what the extractive engine's default length keeps, no more
    from citebrief.engines import get_engine

    base = get_engine("extractive").brief(article())
    with FakeProvider(responder=translator(TRANSLATIONS)) as fake:
        brief = engine(fake, tmp_path).brief(article())
    assert [c.source_text for c in brief.claims()] == [c.text for c in base.claims()]


def test_no_statement_is_published_twice(tmp_path, monkeypatch):
    # a model that renders two source sentences alike (the Japan article's Rapidus sentence came
    # out word for word under two sections): the second is left out, and said so
    from citebrief.brief import Brief, Claim, Section
    from citebrief.engines.llm import extract_translate

    def base(run):
        a = run.article
        return Brief(article=a, core_viewpoint=Claim(text=a.paragraphs[0], citations=[1]), engine="extractive",
                     language=a.language, sections=[
                         Section(title="Markets", bullets=[Claim(text="日经225指数当天收涨1.2%。", citations=[4])]),
                         Section(title="Outlook", bullets=[
                             Claim(text="分析人士认为，这一计划将提振东京股市的科技板块。", citations=[4])])])

    monkeypatch.setattr(extract_translate, "extractive_brief", base)
    alike = dict(TRANSLATIONS)
    alike["分析人士认为，这一计划将提振东京股市的科技板块。"] = TRANSLATIONS["日经225指数当天收涨1.2%。"]
    with FakeProvider(responder=translator(alike)) as fake:
        brief = engine(fake, tmp_path).brief(article())
    texts = published_texts(brief)
    assert texts.count("The Nikkei 225 closed up 1.2% that day.") == 1
    (dropped,) = brief.report.dropped
    assert dropped.reasons == ["the same statement is already in the brief"]
