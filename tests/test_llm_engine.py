"""The LLM engine over real HTTP against a fake provider on 127.0.0.1: each failure real
providers produce must end in the documented behaviour."""
from __future__ import annotations

import json

import pytest

from citebrief.engines.llm import LLMEngine
from citebrief.errors import EngineError
from tests.support.llm import article, as_json, bullet, good, isolate_llm_env, published_texts
from tests.support.llm_server import FakeProvider, Reply


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    isolate_llm_env(monkeypatch, tmp_path)


@pytest.fixture
def provider():
    with FakeProvider() as fake:
        yield fake


def make(provider: FakeProvider, tmp_path, **options) -> LLMEngine:
    opts = dict(base_url=provider.url, model="fake-model", api_key="sk-test-0123456789",
                cache=tmp_path / "llm.sqlite", retry_backoff=0.01, timeout=3)
    opts.update(options)
    return LLMEngine(**opts)


def test_a_good_answer_becomes_a_grounded_english_brief(provider, tmp_path):
    provider.reply(Reply(content=as_json(good()), usage=(900, 300)))
    brief = make(provider, tmp_path, price_in=1.0, price_out=2.0).brief(article())

    assert brief.engine == "llm" and brief.model == "fake-model" and brief.strategy == "abstractive"
    assert brief.language == "en"
    assert brief.core_viewpoint.text.startswith("Japanese Prime Minister Sanae Takaichi")
    assert [s.title for s in brief.sections] == ["Rapidus", "Market"]
    rapidus = brief.sections[0].bullets[0]
    assert rapidus.citations == [2]
    assert [e.quote for e in rapidus.evidence] == ["约1700亿日元将拨给芯片制造商Rapidus", "计划于2027年量产2纳米芯片"]
    assert brief.report.dropped == [] and brief.report.repaired == 0
    assert (brief.report.tokens_in, brief.report.tokens_out) == (900, 300)
    assert brief.report.cost_usd == pytest.approx(900 * 1.0 / 1e6 + 300 * 2.0 / 1e6)

    (request,) = provider.requests
    assert request.body["model"] == "fake-model"
    assert request.headers["Authorization"] == "Bearer sk-test-0123456789"
    assert request.response_format == "json_schema"
    assert "[2] 其中约1700亿日元" in request.text  # the numbered paragraphs went to the model


def test_quotes_match_across_whitespace_and_full_width_forms(provider, tmp_path):
    answer = good()
    # full-width digits and percent sign, and spaces a model added: still the paragraph's words
    bullet(answer, 1, 0)["evidence"] = [{"paragraph": 4, "quote": "日经 225 指数当天收涨１．２％"}]
    provider.reply(Reply(content=as_json(answer)))
    brief = make(provider, tmp_path).brief(article())
    assert "The Nikkei 225 closed up 1.2% that day." in published_texts(brief)
    assert len(provider.requests) == 1  # nothing needed repair


def test_429_is_retried_after_the_time_retry_after_asks(provider, tmp_path):
    provider.reply(Reply(status=429, headers={"Retry-After": "1"},
                         body='{"error": {"message": "rate limit reached"}}'),
                   Reply(content=as_json(good())))
    brief = make(provider, tmp_path).brief(article())
    assert len(provider.requests) == 2
    assert provider.requests[1].at - provider.requests[0].at >= 0.95  # backoff alone would be ~0.01 s
    assert brief.core_viewpoint.citations == [1]


def test_500_is_retried_with_backoff_then_succeeds(provider, tmp_path):
    provider.reply(Reply(status=500, body="upstream exploded"), Reply(status=503, body="busy"),
                   Reply(content=as_json(good())))
    brief = make(provider, tmp_path).brief(article())
    assert len(provider.requests) == 3
    assert len(brief.sections) == 2


def test_persistent_500_ends_in_one_line_engine_error(provider, tmp_path):
    provider.reply(*[Reply(status=500, body='{"error": {"message": "internal error"}}')] * 3)
    with pytest.raises(EngineError) as err:
        make(provider, tmp_path, max_retries=2).brief(article())
    message = str(err.value)
    assert "\n" not in message
    assert "HTTP 500" in message and "internal error" in message and "3 attempts" in message
    assert len(provider.requests) == 3


def test_stalled_connection_times_out_and_is_retried(provider, tmp_path):
    provider.reply(Reply(content=as_json(good()), delay=3), Reply(content=as_json(good())))
    brief = make(provider, tmp_path, timeout=0.4).brief(article())
    assert len(provider.requests) == 2
    assert brief.core_viewpoint.text


def test_a_server_that_never_answers_is_a_one_line_error(provider, tmp_path):
    provider.reply(*[Reply(content="{}", delay=3)] * 2)
    with pytest.raises(EngineError) as err:
        make(provider, tmp_path, timeout=0.3, max_retries=1).brief(article())
    assert "no answer within 0.3 s" in str(err.value) and "\n" not in str(err.value)
    assert len(provider.requests) == 2


def test_truncated_http_body_is_retried(provider, tmp_path):
    provider.reply(Reply(content=as_json(good()), truncate=True), Reply(content=as_json(good())))
    brief = make(provider, tmp_path).brief(article())
    assert len(provider.requests) == 2 and len(brief.sections) == 2


def test_malformed_json_gets_one_repair_round_trip(provider, tmp_path):
    truncated = as_json(good())[:150]
    provider.reply(Reply(content=truncated), Reply(content="```json\n" + as_json(good()) + "\n```"))
    brief = make(provider, tmp_path).brief(article())
    assert len(provider.requests) == 2
    retry = provider.requests[1].body["messages"]
    assert retry[-2] == {"role": "assistant", "content": truncated}
    assert "cannot be used" in retry[-1]["content"] and "not valid JSON" in retry[-1]["content"]
    assert len(brief.sections) == 2


def test_malformed_json_twice_is_an_engine_error(provider, tmp_path):
    provider.reply(Reply(content="Sure! Here is your brief: Japan invests."),
                   Reply(content='{"core_viewpoint": {"text": "x"}}'))
    with pytest.raises(EngineError) as err:
        make(provider, tmp_path).brief(article())
    assert "no valid answer after one repair" in str(err.value)
    assert "does not match the schema" in str(err.value)
    assert len(provider.requests) == 2


def test_quote_not_in_paragraph_is_sent_back_then_dropped(provider, tmp_path):
    answer = good()
    wrong = bullet(answer, 0, 0)
    wrong["evidence"] = [{"paragraph": 2, "quote": "计划于2028年量产2纳米芯片"}]  # not what paragraph 2 says
    provider.reply(Reply(content=as_json(answer)),
                   Reply(content=as_json({"bullets": [dict(wrong, id=1)], "glossary": []})))
    brief = make(provider, tmp_path).brief(article())

    assert len(provider.requests) == 2
    repair = provider.requests[1].text
    assert "is not in paragraph 2" in repair and "计划于2028年量产2纳米芯片" in repair
    # the cited paragraph travels with the statement, to copy the quote from
    failure = json.loads(repair.split("Statements to correct:\n", 1)[1])[0]
    assert failure["cited_paragraphs"] == {"2": article().paragraphs[1]}
    assert wrong["text"] not in published_texts(brief)
    (dropped,) = brief.report.dropped
    assert dropped.text == wrong["text"] and dropped.citations == [2]
    assert any("after repair" in r and "not in paragraph 2" in r for r in dropped.reasons)
    assert brief.report.repaired == 0
    # the rest of the brief is still published
    assert "The Nikkei 225 closed up 1.2% that day." in published_texts(brief)


def test_a_repaired_bullet_is_published_and_counted(provider, tmp_path):
    answer = good()
    wrong = bullet(answer, 0, 0)
    wrong["evidence"] = [{"paragraph": 3, "quote": "约1700亿日元将拨给芯片制造商Rapidus"}]  # wrong paragraph
    fixed = dict(good()["sections"][0]["bullets"][0], id=1)
    provider.reply(Reply(content=as_json(answer)), Reply(content=as_json({"bullets": [fixed], "glossary": []})))
    brief = make(provider, tmp_path).brief(article())
    assert brief.report.repaired == 1 and brief.report.dropped == []
    assert brief.sections[0].bullets[0].citations == [2]


def test_a_bullet_the_model_leaves_out_on_repair_is_dropped(provider, tmp_path):
    answer = good()
    bullet(answer, 1, 0)["citations"] = [9]  # the article has 4 paragraphs
    provider.reply(Reply(content=as_json(answer)), Reply(content='{"bullets": [], "glossary": []}'))
    brief = make(provider, tmp_path).brief(article())
    (dropped,) = brief.report.dropped
    assert dropped.citations == [4]  # the impossible citation is not carried over
    assert any("paragraph 9" in r for r in dropped.reasons)
    assert any("left it out" in r for r in dropped.reasons)
    assert [s.title for s in brief.sections] == ["Rapidus"]  # the emptied section goes too


def test_wrong_number_is_dropped_and_listed(provider, tmp_path):
    answer = good()
    wrong = bullet(answer, 0, 0)
    wrong["text"] = "About 270 billion yen will go to chipmaker Rapidus, which plans to mass-produce 2nm chips in 2027."
    provider.reply(Reply(content=as_json(answer)),
                   Reply(content=as_json({"bullets": [dict(wrong, id=1)], "glossary": []})))
    brief = make(provider, tmp_path).brief(article())
    assert wrong["text"] not in published_texts(brief)
    (dropped,) = brief.report.dropped
    assert dropped.text == wrong["text"]
    assert any("270" in r for r in dropped.reasons)
    assert "270" in provider.requests[1].text  # the reason went back to the model


def test_wrong_name_is_dropped_and_listed(provider, tmp_path):
    answer = good()
    answer["core_viewpoint"]["text"] = answer["core_viewpoint"]["text"].replace("Sanae Takaichi", "Shinzo Abe")
    answer["glossary"][0] = {"name": "Shinzo Abe", "source": "高市早苗"}
    repair = {"bullets": [dict(answer["core_viewpoint"], id=0)], "glossary": answer["glossary"]}
    provider.reply(Reply(content=as_json(answer)), Reply(content=as_json(repair)))
    brief = make(provider, tmp_path).brief(article())
    assert all("Shinzo Abe" not in text for text in published_texts(brief))
    (dropped,) = brief.report.dropped
    assert "Shinzo Abe" in dropped.text and dropped.reasons
    # the first verified bullet stands in for the dropped core viewpoint
    assert brief.core_viewpoint.text.startswith("About 170 billion yen")


def test_cache_hit_sends_no_request(provider, tmp_path):
    provider.reply(Reply(content=as_json(good()), usage=(500, 100)))
    first = make(provider, tmp_path).brief(article())
    again = make(provider, tmp_path).brief(article(origin="elsewhere.txt"))
    assert len(provider.requests) == 1
    assert published_texts(again) == published_texts(first)
    assert again.article.origin == "elsewhere.txt"
    assert any("from the cache" in n for n in again.report.notes)
    # another language is another brief: a new request
    provider.reply(Reply(content=as_json(good())))
    make(provider, tmp_path, lang="ja").brief(article())
    assert len(provider.requests) == 2


def test_prompts_and_responses_are_logged_with_tokens(provider, tmp_path):
    from citebrief.engines.llm.cache import LLMStore

    provider.reply(Reply(status=429, headers={"Retry-After": "0"}, body="slow down"),
                   Reply(content=as_json(good()), usage=(700, 200)))
    make(provider, tmp_path).brief(article())
    rows = LLMStore(tmp_path / "llm.sqlite").exchanges(article().content_hash)
    assert [r["status"] for r in rows] == [429, 200]
    assert rows[1]["tokens_in"] == 700 and rows[1]["tokens_out"] == 200
    assert "高市早苗" in rows[1]["request_json"] and "Sanae Takaichi" in rows[1]["response_text"]


def test_response_format_falls_back_json_schema_then_json_object(tmp_path):
    with FakeProvider(reject_formats=("json_schema", "json_object_schema")) as fake:
        fake.reply(Reply(content=as_json(good())), Reply(content=as_json(good())))
        engine = make(fake, tmp_path, cache=False)
        engine.brief(article())
        assert [r.response_format for r in fake.requests] == ["json_schema", "json_object_schema", "json_object"]
        engine.brief(article(title="另一篇"))  # later calls start at what the server accepts
        assert [r.response_format for r in fake.requests][3:] == ["json_object"]


def test_llama_cpp_style_500_rejection_falls_back_to_json_mode_with_schema(tmp_path):
    # llama-cpp-python's server answers an unknown response_format type with a 500
    with FakeProvider(reject_formats=("json_schema",), reject_status=500) as fake:
        fake.reply(Reply(content=as_json(good())))
        brief = make(fake, tmp_path).brief(article())
        assert [r.response_format for r in fake.requests] == ["json_schema", "json_object_schema"]
        assert fake.requests[1].body["response_format"]["schema"]["properties"]["core_viewpoint"]
        assert len(brief.sections) == 2


def test_a_grammar_schema_caps_lengths_so_a_small_model_cannot_loop(tmp_path):
    # A server that holds the answer to the schema (llama.cpp's grammar, json_schema's decoders):
    # maxItems/maxLength stop a model that repeats one bullet forever. Both dialects carry them
    # (a server that rejects a keyword gets the schema without it: test_llm_dialects.py).
    with FakeProvider(reject_formats=("json_schema",), reject_status=500) as fake:
        fake.reply(Reply(content=as_json(good())))
        make(fake, tmp_path).brief(article())
        strict, grammar = (r.body["response_format"] for r in fake.requests)
    for schema in (strict["json_schema"]["schema"], grammar["schema"]):
        bullet_schema = schema["$defs"]["Bullet"]["properties"]
        # an English brief's text carries its cap in its pattern (llama.cpp ignores maxLength beside one)
        assert bullet_schema["text"]["pattern"].endswith("{0,400}$") and bullet_schema["evidence"]["maxItems"] > 0
        assert "pattern" in schema["$defs"]["Quote"]["properties"]["quote"]  # one of the article's sentences
        assert schema["properties"]["sections"]["maxItems"] > 0


def test_response_format_falls_back_to_schema_in_prompt(tmp_path):
    with FakeProvider(reject_formats=("json_schema", "json_object_schema", "json_object")) as fake:
        fake.reply(Reply(content=as_json(good())))
        brief = make(fake, tmp_path).brief(article())
        assert [r.response_format for r in fake.requests] == ["json_schema", "json_object_schema", "json_object", None]
        assert '"core_viewpoint"' in fake.requests[-1].body["messages"][-1]["content"]  # the schema
        assert "JSON Schema" in fake.requests[-1].body["messages"][-1]["content"]
        assert any("response format: prompt" in n for n in brief.report.notes)


def test_long_article_is_split_on_paragraphs_and_keeps_numbering(provider, tmp_path):
    first = good()
    first["sections"] = [first["sections"][0]]
    second = {"core_viewpoint": good()["sections"][1]["bullets"][0], "glossary": [],
              "sections": [{"title": "Market", "bullets": [good()["sections"][1]["bullets"][0]]}]}
    provider.reply(Reply(content=as_json(first)), Reply(content=as_json(second)))
    brief = make(provider, tmp_path, max_input_tokens=110).brief(article())

    assert len(provider.requests) == 2
    part1, part2 = provider.requests[0].text, provider.requests[1].text
    assert "[1] " in part1 and "[4] " not in part1
    assert "[4] 分析人士" in part2 and "[1] " not in part2 and "part 2 of 2" in part2
    assert brief.sections[-1].title == "Market" and brief.sections[-1].bullets[0].citations == [4]
    assert brief.core_viewpoint.citations == [1]  # the first part's core viewpoint


def test_batch_respects_the_concurrency_limit(tmp_path):
    with FakeProvider(latency=0.3, responder=lambda body: Reply(content=as_json(good()))) as fake:
        engine = make(fake, tmp_path, cache=False)
        articles = [article(title=f"第{i}篇") for i in range(8)]
        results = engine.brief_many(articles, concurrency=3)
        assert all(r.engine == "llm" for r in results)
        assert len(fake.requests) == 8
        assert fake.peak_in_flight == 3


def test_batch_keeps_going_when_one_article_fails(tmp_path):
    def respond(body):
        if "坏文章" in json.dumps(body, ensure_ascii=False):
            return Reply(status=400, body='{"error": {"message": "context length exceeded"}}')
        return Reply(content=as_json(good()))

    with FakeProvider(responder=respond) as fake:
        results = make(fake, tmp_path, cache=False).brief_many([article(), article(title="坏文章")])
        assert results[0].engine == "llm"
        assert isinstance(results[1], EngineError) and "context length exceeded" in str(results[1])


def test_a_person_the_article_never_names_is_dropped_even_if_an_alias_matches(provider, tmp_path):
    # 安倍 occurs inside 安倍经济学 ("Abenomics"); that is no evidence for "Shinzo Abe"
    paragraphs = list(article().paragraphs) + ["市场预计高市早苗将延续“安倍经济学”路线。"]
    answer = good()
    wrong = {"text": "Shinzo Abe is expected to continue Abenomics.", "citations": [5],
             "evidence": [{"paragraph": 5, "quote": "将延续“安倍经济学”路线"}]}
    answer["sections"][1]["bullets"].append(wrong)
    provider.reply(Reply(content=as_json(answer)),
                   Reply(content=as_json({"bullets": [dict(wrong, id=5)], "glossary": []})))
    brief = make(provider, tmp_path).brief(article(paragraphs=paragraphs))
    assert wrong["text"] not in published_texts(brief)
    (dropped,) = brief.report.dropped
    assert any("'Shinzo Abe'" in r and "not named anywhere in the article" in r for r in dropped.reasons)


def test_chinese_left_in_an_english_bullet_is_not_published(provider, tmp_path):
    answer = good()
    half = bullet(answer, 1, 0)
    half["text"] = "The Nikkei 225 指数当天收涨 1.2%."
    provider.reply(Reply(content=as_json(answer)), Reply(content=as_json({"bullets": [dict(half, id=4)], "glossary": []})))
    brief = make(provider, tmp_path).brief(article())
    assert half["text"] not in published_texts(brief)
    assert any("not translated into English" in r for r in brief.report.dropped[0].reasons)


def test_a_large_batch_checks_every_article_as_a_single_brief_would(tmp_path):
    # Batches of 8+ at concurrency 4+ run the checks in worker processes: the verdicts must be
    # the same as for a single brief (here: every fourth article's answer has a wrong figure).
    def respond(body):
        answer = good()
        if "第3篇" in json.dumps(body, ensure_ascii=False) or "第7篇" in json.dumps(body, ensure_ascii=False):
            bullet(answer, 1, 0)["text"] = "The Nikkei 225 closed up 2.1% that day."
        return Reply(content=as_json(answer))

    with FakeProvider(responder=respond) as fake:
        engine = make(fake, tmp_path, cache=False)
        results = engine.brief_many([article(title=f"第{i}篇") for i in range(8)], concurrency=4)
        engine.close()
    for i, brief in enumerate(results):
        texts = published_texts(brief)
        wrong = i in (3, 7)
        assert any("2.1%" in d.text for d in brief.report.dropped) == wrong
        assert ("The Nikkei 225 closed up 1.2% that day." in texts) == (not wrong)
        assert all(c.check.status == "supported" for c in brief.claims())


def test_the_schema_sent_keeps_every_required_property():
    # A section's "title" property was once stripped with the schema annotations called "title":
    # llama.cpp's grammar then never let the model write it, and every answer failed validation.
    from citebrief.engines.llm.schemas import AbstractiveAnswer, bounded, strict_schema

    for schema in (strict_schema(AbstractiveAnswer), bounded(strict_schema(AbstractiveAnswer)),
                   bounded(strict_schema(AbstractiveAnswer), latin=True)):
        for name, node in [("root", schema), *schema["$defs"].items()]:
            assert set(node["required"]) == set(node["properties"]), name
        assert "title" in schema["$defs"]["SectionOut"]["properties"]


def test_a_pipeline_batch_publishes_only_what_the_verifier_supports(tmp_path):
    # make_briefs (behind `citebrief brief DIR --engine llm`) hands the batch to the engine, which
    # does not check twice: what it publishes must be exactly what verify_brief would say.
    from citebrief.pipeline import make_briefs
    from citebrief.verify import verify_brief

    def respond(body):
        answer = good()
        if "第2篇" in json.dumps(body, ensure_ascii=False):
            bullet(answer, 0, 0)["text"] = "About 270 billion yen will go to chipmaker Rapidus."
        return Reply(content=as_json(answer))

    seen: list[int] = []
    with FakeProvider(latency=0.05, responder=respond) as fake:
        engine = make(fake, tmp_path, cache=False)
        results = make_briefs([article(title=f"第{i}篇") for i in range(8)], engine, concurrency=4,
                              on_result=lambda i, item, result: seen.append(i))
        engine.close()
    assert sorted(seen) == list(range(8)) and fake.peak_in_flight <= 4
    for i, brief in enumerate(results):
        again = verify_brief(brief)
        assert [c.check.status for c in brief.claims()] == [c.check.status for c in again.claims()]
        assert all(c.check.status == "supported" for c in brief.claims())
        assert any("270 billion yen" in d.text for d in brief.report.dropped) == (i == 2)


@pytest.mark.parametrize("lang, latin", [("en", True), ("zh", False)])
def test_a_grammar_server_is_told_an_english_brief_has_no_chinese_in_its_own_words(tmp_path, lang, latin):
    # A small model asked for English copies the Chinese article (seen with Qwen2.5-Coder-1.5B):
    # where the server compiles the schema into a grammar, the brief's own words may hold no
    # Chinese characters; quotes (copied from the article) may.
    import re

    with FakeProvider(reject_formats=("json_schema",), reject_status=500,
                      responder=lambda body: Reply(content=as_json(good()))) as fake:
        make(fake, tmp_path, cache=False, lang=lang).brief(article())
        sent = fake.requests[-1].body["response_format"]["schema"]["$defs"]
    text, quote = sent["Bullet"]["properties"]["text"], sent["Quote"]["properties"]["quote"]
    assert ("pattern" in text) == latin
    assert re.fullmatch(quote["pattern"], article().paragraphs[0])  # quotes stay Chinese
    if latin:
        allowed = re.compile(text["pattern"])
        assert allowed.fullmatch("Japan will put about 1 trillion yen into chips in fiscal 2026.")
        assert not allowed.fullmatch("日本将投入约1万亿日元")
        assert not allowed.fullmatch('a "quoted" word')  # a raw quote would end the JSON string


def test_grammar_floors_ask_for_a_whole_brief_but_let_a_repair_leave_statements_out():
    # Qwen2.5-Coder-1.5B wrote one bullet and copied the prompt's '"quote": "..."' literally.
    from citebrief.engines.llm.schemas import AbstractiveAnswer, RepairAnswer, bounded, strict_schema

    brief = bounded(strict_schema(AbstractiveAnswer), latin=True)
    assert brief["properties"]["sections"]["minItems"] == 2
    assert brief["$defs"]["SectionOut"]["properties"]["bullets"]["minItems"] == 2
    assert brief["$defs"]["Quote"]["properties"]["quote"]["minLength"] > len("...")
    repair = bounded(strict_schema(RepairAnswer))
    assert "minItems" not in repair["properties"]["bullets"]
    assert "minItems" not in strict_schema(AbstractiveAnswer)["properties"]["sections"]  # OpenAI strict mode


def test_a_grammar_server_may_only_quote_the_articles_own_sentences(tmp_path):
    # A 1.5B model made up English "quotes" for a Chinese article. Where the schema becomes a
    # grammar, a quote is one of the article's sentences, verbatim by construction.
    import re

    with FakeProvider(reject_formats=("json_schema",), reject_status=500,
                      responder=lambda body: Reply(content=as_json(good()))) as fake:
        make(fake, tmp_path, cache=False).brief(article())
        strict = fake.requests[0].body["response_format"]["json_schema"]["schema"]
        quote = fake.requests[-1].body["response_format"]["schema"]["$defs"]["Quote"]["properties"]["quote"]
    assert strict["$defs"]["Quote"]["properties"]["quote"] == quote  # json_schema carries the rule too
    allowed = re.compile(quote["pattern"])
    assert allowed.fullmatch("其中约1700亿日元将拨给芯片制造商Rapidus，该公司计划于2027年量产2纳米芯片。")
    assert allowed.fullmatch("分析人士认为，这一计划将提振东京股市的科技板块。")
    assert not allowed.fullmatch("其中约1800亿日元将拨给芯片制造商Rapidus，该公司计划于2027年量产2纳米芯片。")
    assert not allowed.fullmatch("About 170 billion yen will go to Rapidus.")


def test_quote_choices_leave_out_sentences_a_grammar_would_break_the_json_with():
    from citebrief.engines.llm.schemas import quote_choices

    choices = quote_choices(['Beijing met its target of "around 5%" last year. Exports rose 7% in May.'])
    assert choices == ("Exports rose 7% in May.",)
