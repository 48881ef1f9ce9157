"""Quotes a model misplaced or copied with a slip are re-anchored to the article's own words
before any repair is asked for; a quote with a changed figure never is. Over real HTTP against
the fake provider, as the other engine tests."""
from __future__ import annotations

import pytest

from citebrief.engines.llm import LLMEngine
from citebrief.engines.llm.anchoring import near_copy
from tests.support.llm import article, as_json, bullet, good, isolate_llm_env, published_texts
from tests.support.llm_server import FakeProvider, Reply

TRADITIONAL = ["台積電10月營收3674.7億元新台幣，年增16.9%，創同期新高。",
               "公司預計第四季營收介於322億至334億美元之間，毛利率約為59%至61%。"]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    isolate_llm_env(monkeypatch, tmp_path)


def brief_with(answer: dict, tmp_path, *more: Reply, art=None):
    with FakeProvider() as fake:
        fake.reply(Reply(content=as_json(answer)), *more)
        engine = LLMEngine(base_url=fake.url, model="fake", cache=False, retry_backoff=0.01, timeout=3)
        brief = engine.brief(art or article())
        return brief, fake.requests


def test_a_quote_copied_from_another_paragraph_is_moved_there_and_cited(tmp_path):
    answer = good()
    rapidus = bullet(answer, 0, 0)
    rapidus["citations"] = [1]
    for ev in rapidus["evidence"]:
        ev["paragraph"] = 1  # the words are paragraph 2's
    brief, requests = brief_with(answer, tmp_path)
    claim = next(c for c in brief.claims() if c.text == rapidus["text"])
    assert claim.citations == [2]
    assert {e.paragraph for e in claim.evidence} == {2}
    assert brief.report.repaired == 1 and len(requests) == 1  # no repair round trip needed


def test_a_quote_with_a_slip_is_replaced_by_the_articles_words(tmp_path):
    answer = good()
    toyota = bullet(answer, 0, 1)
    toyota["evidence"] = [{"paragraph": 3, "quote": "丰田汽车和索尼集团都是Rapidus的股东，两家公司去年共追加出资约100亿日元"}]
    brief, requests = brief_with(answer, tmp_path)
    claim = next(c for c in brief.claims() if c.text == toyota["text"])
    assert claim.evidence[0].quote == "丰田汽车和索尼集团均为Rapidus的股东，两家公司去年共追加出资约100亿日元"
    assert claim.evidence[0].quote in article().paragraphs[2]
    assert claim.check.status == "supported" and len(requests) == 1


def test_a_quote_with_a_changed_figure_is_not_re_anchored(tmp_path):
    answer = good()
    rapidus = bullet(answer, 0, 0)
    rapidus["evidence"] = [{"paragraph": 2, "quote": "约1800亿日元将拨给芯片制造商Rapidus"}]
    # the repair round trip gives nothing back: the statement must be dropped, not published
    brief, requests = brief_with(answer, tmp_path, Reply(content='{"bullets": [], "glossary": []}'))
    assert rapidus["text"] not in published_texts(brief)
    dropped = next(d for d in brief.report.dropped if d.text == rapidus["text"])
    assert any("is not in paragraph 2" in r for r in dropped.reasons)
    assert len(requests) == 2


def test_a_simplified_quote_of_a_traditional_article_gets_the_traditional_words(tmp_path):
    art = article(title="台積電10月營收創同期新高", language="zh-Hant", paragraphs=TRADITIONAL)
    answer = {
        "core_viewpoint": {"text": "TSMC's October revenue was NT$367.47 billion, up 16.9% year on year.",
                           "citations": [1],
                           "evidence": [{"paragraph": 1, "quote": "台积电10月营收3674.7亿元新台币，年增16.9%"}]},
        "sections": [], "glossary": [{"name": "TSMC", "source": "台積電"}]}
    brief, requests = brief_with(answer, tmp_path, art=art)
    assert brief.core_viewpoint.evidence[0].quote == "台積電10月營收3674.7億元新台幣，年增16.9%"
    assert brief.core_viewpoint.check.status == "supported" and len(requests) == 1


def test_near_copy_accepts_slips_but_not_chance_or_changed_figures():
    para = ("The People's Bank of China said it will cut the reserve requirement ratio for banks by "
            "50 basis points from March 13, releasing about 1 trillion yuan of long-term liquidity.")
    slip = near_copy("The People's Bank of China will cut the reserve requirement ratio for banks by 50 basis points",
                     para)
    assert slip is not None and slip[1] in para and slip[1].endswith("50 basis points")
    assert near_copy("will cut the reserve requirement ratio for banks by 25 basis points", para) is None
    assert near_copy("Exports rose in October as factories in the south reopened", para) is None
    assert near_copy("releasing about 1 trillion yuan", "日本央行维持利率不变。") is None


def test_when_nothing_passes_there_is_no_brief_but_a_report_of_what_was_dropped(tmp_path):
    from citebrief.errors import NothingVerified

    answer = good()
    answer["core_viewpoint"]["text"] = "Prime Minister Shinzo Abe pledged 2 trillion yen for chips."
    answer["sections"] = []
    with FakeProvider() as fake:
        fake.reply(Reply(content=as_json(answer), usage=(500, 100)),
                   Reply(content='{"bullets": [], "glossary": []}', usage=(300, 20)))
        engine = LLMEngine(base_url=fake.url, model="fake", cache=False, retry_backoff=0.01, timeout=3)
        with pytest.raises(NothingVerified) as err:
            engine.brief(article())
    assert "no statement of model fake passed verification" in str(err.value)
    report = err.value.report
    assert [d.text for d in report.dropped] == [answer["core_viewpoint"]["text"]]
    assert any("2 trillion yen" in r for r in report.dropped[0].reasons)
    assert (report.tokens_in, report.tokens_out) == (800, 120)


def test_a_heading_in_place_of_a_bullet_and_a_repeated_bullet_are_not_published(tmp_path):
    # Qwen2.5-Coder-1.5B under a grammar filled bullets with its section title, and repeated its
    # core viewpoint as a bullet.
    answer = good()
    answer["sections"][1]["bullets"].append({"text": "Market", "citations": [4],
                                             "evidence": [{"paragraph": 4, "quote": "日经225指数当天收涨1.2%"}]})
    answer["sections"][1]["bullets"].append(dict(answer["core_viewpoint"]))
    brief, requests = brief_with(answer, tmp_path, Reply(content='{"bullets": [], "glossary": []}'))
    texts = published_texts(brief)
    assert "Market" not in texts
    assert texts.count(answer["core_viewpoint"]["text"]) == 1
    assert any("not a statement" in r for d in brief.report.dropped for r in d.reasons)


def test_a_looping_statement_is_not_published_even_with_nothing_checkable_in_it(tmp_path):
    answer = good()
    loop = "Linking together the key financial information from the article, we can summarize that "
    answer["sections"][1]["bullets"].append({"text": loop * 4, "citations": [4],
                                             "evidence": [{"paragraph": 4, "quote": "日经225指数当天收涨1.2%"}]})
    brief, _ = brief_with(answer, tmp_path, Reply(content='{"bullets": [], "glossary": []}'))
    assert not any(t.startswith("Linking together") for t in published_texts(brief))
    assert any("repeats itself" in r for d in brief.report.dropped for r in d.reasons)
    assert "The Nikkei 225 closed up 1.2% that day." in published_texts(brief)
