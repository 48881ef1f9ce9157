"""The engine tells the model how the article's figures and names read in English, as the
verifier reads them, so that a small model does not turn 35亿元 into "35 billion" or 高市早苗
into "Shinzo Abe". Checked on what the fake provider on 127.0.0.1 actually receives."""
from __future__ import annotations

import json

import pytest

from citebrief.article import Article
from citebrief.engines.llm import LLMEngine
from citebrief.engines.llm.hints import english_hints
from citebrief.errors import EngineError
from tests.support.llm import article, as_json, good, isolate_llm_env
from tests.support.llm_server import FakeProvider, Reply


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    isolate_llm_env(monkeypatch, tmp_path)


def test_figures_and_names_in_english_as_the_verifier_reads_them():
    hints = english_hints("远航物流拟以87亿元收购，现金35亿元；日本首相高市早苗表示利率上调0.25个百分点，下调50个基点。")
    assert hints["87亿元"] == "8.7 billion yuan" and hints["35亿元"] == "3.5 billion yuan"
    assert hints["高市早苗"] == "Sanae Takaichi"
    assert hints["0.25个百分点"] == "0.25 percentage points" and hints["50个基点"] == "50 basis points"
    # traditional script keeps its own forms; 元 named as 新台幣 is the New Taiwan dollar
    assert english_hints("台積電10月營收3674.7億元新台幣")["3674.7億元新台幣"] == "367.47 billion New Taiwan dollars"
    assert english_hints("The PBOC cut the RRR by 50 basis points.") == {}


def _first_request(tmp_path, **options):
    """What the model is sent first (its answer does not matter here)."""
    with FakeProvider(responder=lambda body: Reply(content=as_json(good()))) as fake:
        try:
            LLMEngine(base_url=fake.url, model="fake", cache=False, timeout=3, retry_backoff=0.01,
                      **options).brief(article())
        except EngineError:
            pass  # extract-translate expects another answer shape
        return fake.requests[0]


def test_an_english_brief_of_a_chinese_article_gets_the_hints(tmp_path):
    sent = _first_request(tmp_path).text
    assert "In English:" in sent
    assert "1万亿日元 = 1 trillion yen" in sent and "高市早苗 = Sanae Takaichi" in sent
    assert "1700亿日元 = 170 billion yen" in sent


def test_a_chinese_brief_gets_no_english_hints(tmp_path):
    assert "In English:" not in _first_request(tmp_path, lang="zh").text


def test_extract_translate_items_carry_their_own_hints(tmp_path):
    sent = _first_request(tmp_path, strategy="extract-translate")
    items = json.loads(sent.body["messages"][1]["content"].split("Items:\n", 1)[1])
    rapidus = next(i for i in items if "1700亿日元" in i["text"])
    assert rapidus["in_english"]["1700亿日元"] == "170 billion yen"
    assert all("in_english" not in i for i in items if i["kind"] == "title")


def test_a_bare_yuan_in_a_taiwanese_story_is_the_new_taiwan_dollar():
    from citebrief.engines.llm.hints import story_yuan

    story = "台積電10月營收新台幣3674.7億元。稅後純益4862億元，股價收在1465元。"
    yuan = story_yuan(Article(title="台積電", paragraphs=[story]))
    assert yuan == "TWD"
    hints = english_hints(story, yuan)
    assert hints["4862億元"] == "486.2 billion New Taiwan dollars" and hints["1465元"] == "1465 New Taiwan dollars"
    mainland = Article(title="宁德时代", paragraphs=["宁德时代净利润186.4亿元。"])
    assert english_hints(mainland.paragraphs[0], story_yuan(mainland))["186.4亿元"] == "18.64 billion yuan"
