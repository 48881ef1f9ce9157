"""The engine's guarantees whatever response format the server speaks (issue 11), over real HTTP
against the fake provider: untranslated Chinese repaired once or dropped in every dialect, schema
caps sent with json_schema and dropped keyword by keyword where a server rejects them (and
remembered per endpoint), max_tokens on every request, a read timeout derived from it."""
from __future__ import annotations

import json

import pytest

from citebrief.engines.llm import LLMEngine, budget
from citebrief.engines.llm.dialects import FALLBACK
from citebrief.engines.llm.endpoints import PRIOR_RATE, EndpointProfile, forget_profiles, profile_for
from citebrief.engines.llm.leaks import chinese_left, untranslated
from citebrief.errors import EngineError
from tests.support.llm import article, as_json, bullet, good, isolate_llm_env, published_texts
from tests.support.llm_server import FakeProvider, Reply, format_of

NIKKEI = "The Nikkei 225 closed up 1.2% that day."
# Two Chinese characters: the old rule (more than three) published it. The bullet read
# "Nomura Holdings analyst预计 that fiscal stimulus will contribute ...".
LEAKED = "The Nikkei 225 指数 closed up 1.2% that day."


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    isolate_llm_env(monkeypatch, tmp_path)


def make(fake: FakeProvider, tmp_path, **options) -> LLMEngine:
    opts = dict(base_url=fake.url, model="fake-model", cache=tmp_path / "llm.sqlite", retry_backoff=0.01)
    opts.update(options)
    return LLMEngine(**opts)


def leaky() -> dict:
    answer = good()
    bullet(answer, 1, 0)["text"] = LEAKED
    return answer


def repair_of(text: str) -> str:
    fixed = dict(good()["sections"][1]["bullets"][0], id=3, text=text)  # 0 is the core viewpoint
    return as_json({"bullets": [fixed], "glossary": []})


# -- untranslated Chinese, whatever the dialect ------------------------------------------------------

@pytest.mark.parametrize("fmt", FALLBACK)
def test_chinese_left_in_an_english_statement_is_repaired_in_every_dialect(tmp_path, fmt):
    with FakeProvider() as fake:
        fake.reply(Reply(content=as_json(leaky())), Reply(content=repair_of(NIKKEI)))
        brief = make(fake, tmp_path, response_format=fmt).brief(article())
    expected = None if fmt == "prompt" else fmt
    assert [r.response_format for r in fake.requests] == [expected, expected]
    repair = fake.requests[1].text
    assert "not translated into English: '指数'" in repair and LEAKED in repair
    assert NIKKEI in published_texts(brief) and LEAKED not in published_texts(brief)
    assert brief.report.repaired == 1 and brief.report.dropped == []


@pytest.mark.parametrize("fmt", FALLBACK)
def test_chinese_left_again_after_repair_is_dropped_in_every_dialect(tmp_path, fmt):
    with FakeProvider() as fake:
        fake.reply(Reply(content=as_json(leaky())),
                   Reply(content=repair_of("The Nikkei 225 closed up 1.2%, analysts预计.")))
        brief = make(fake, tmp_path, response_format=fmt).brief(article())
    assert all("指数" not in t and "预计" not in t for t in published_texts(brief))
    (dropped,) = brief.report.dropped
    assert any(r.startswith("after repair: not translated into English: '预计'") for r in dropped.reasons)
    assert brief.report.repaired == 0
    assert len(brief.sections) == 1  # the rest of the brief is published


def test_extract_translate_repairs_a_half_translated_sentence(tmp_path):
    from tests.support.llm import TRANSLATIONS, translator

    half = dict(TRANSLATIONS)
    half["日经225指数当天收涨1.2%。"] = "The 日经225 closed up 1.2% that day."
    answers = [translator(half), translator(TRANSLATIONS)]
    with FakeProvider(responder=lambda body: answers.pop(0)(body) if len(answers) > 1 else answers[0](body)) as fake:
        brief = make(fake, tmp_path, strategy="extract-translate", response_format="json_schema").brief(article())
    assert any("not translated into English: '日经'" in r.text for r in fake.requests[1:])
    assert NIKKEI in published_texts(brief) and brief.report.repaired >= 1
    assert all(not chinese_left(t, "en") for t in published_texts(brief))


def test_what_counts_as_chinese_left_in_an_english_or_japanese_statement():
    assert chinese_left("Nomura Holdings analyst预计 that fiscal stimulus will add 0.3 points", "en") == ["预计"]
    assert chinese_left("Analysis人士 believe the plan will help", "en") == ["人士"]
    # a name in its own script, quoted or in brackets, is not a leak; a clause is
    assert chinese_left("The fund known as “国家队” bought shares.", "en") == []
    assert chinese_left("Sanae Takaichi (高市早苗) said so.", "en") == []
    assert chinese_left("He said “我们将继续支持实体经济的发展和创新”.", "en")
    # Japanese: kanji are Japanese; Chinese character forms, or no kana at all, are not
    assert chinese_left("日本銀行は利上げを決めた", "ja") == []
    assert chinese_left("台積電の10月売上高は3674億台湾ドル", "ja") == []
    assert chinese_left("野村の分析师は景気が回復すると述べた", "ja") == ["分析师"]
    assert chinese_left("日本央行总裁表示", "ja") == ["日本央行总裁表示"]
    assert chinese_left("中国人民银行降息", "zh") == []  # a Chinese brief is Chinese
    (problem,) = untranslated("analyst预计 that", "en")
    assert problem.startswith("not translated into English: '预计'")


# -- schema keywords in json_schema, rejected one by one, remembered ---------------------------------

REFUSED = ("maxLength", "minLength", "pattern")


def test_json_schema_carries_the_caps_and_drops_each_keyword_the_server_rejects(tmp_path):
    with FakeProvider(reject_keywords=REFUSED, responder=lambda body: Reply(content=as_json(good()))) as fake:
        brief = make(fake, tmp_path).brief(article())
        first = fake.requests[0].body["response_format"]["json_schema"]["schema"]
        last = fake.requests[-1].body["response_format"]["json_schema"]["schema"]
        formats = [r.response_format for r in fake.requests]
    assert formats == ["json_schema"] * 4  # three keywords refused, one at a time; never another format
    assert "pattern" in first["$defs"]["Bullet"]["properties"]["text"]  # an English brief: no Han
    sent = json.dumps(last)
    assert all(k not in sent for k in REFUSED)
    assert last["properties"]["sections"]["maxItems"] == 3 and last["properties"]["sections"]["minItems"] == 2
    assert any("rejected schema keyword(s) maxLength, minLength, pattern in json_schema" in n
               for n in brief.report.notes)
    assert len(brief.sections) == 2


def test_what_an_endpoint_rejected_is_remembered_in_process_and_in_the_cache_dir(tmp_path):
    with FakeProvider(reject_keywords=REFUSED, responder=lambda body: Reply(content=as_json(good()))) as fake:
        make(fake, tmp_path, cache=tmp_path / "one.sqlite").brief(article())
        probes = len(fake.requests)
        # another engine of the same process: straight to what the endpoint accepts
        make(fake, tmp_path, cache=tmp_path / "one.sqlite").brief(article(title="第二篇"))
        assert len(fake.requests) == probes + 1
        # a new process (nothing in memory) with the same cache dir: the store remembers
        forget_profiles()
        make(fake, tmp_path, cache=tmp_path / "one.sqlite").brief(article(title="第三篇"))
        assert len(fake.requests) == probes + 2
        assert all(k not in json.dumps(fake.requests[-1].body) for k in REFUSED)
        # without that store, it has to learn again
        forget_profiles()
        make(fake, tmp_path, cache=tmp_path / "two.sqlite").brief(article(title="第四篇"))
        assert len(fake.requests) == 2 * probes + 2


def test_keywords_are_remembered_per_format(tmp_path):
    # The same server may take "pattern" in llama.cpp's JSON mode and refuse it in json_schema.
    with FakeProvider(reject_keywords=("pattern",), responder=lambda body: Reply(content=as_json(good()))) as fake:
        make(fake, tmp_path, cache=False).brief(article())
        make(fake, tmp_path, cache=False, response_format="json_object_schema").brief(article(title="第二篇"))
        grammar = fake.requests[-1].body["response_format"]["schema"]
    assert format_of(fake.requests[-1].body) == "json_object_schema"
    assert "pattern" in grammar["$defs"]["Quote"]["properties"]["quote"]


def test_a_chosen_format_the_server_rejects_is_a_one_line_error(tmp_path):
    with FakeProvider(reject_formats=("json_schema",)) as fake:
        with pytest.raises(EngineError) as err:
            make(fake, tmp_path, response_format="json_schema").brief(article())
    message = str(err.value)
    assert "rejects response format json_schema" in message and "--response-format" in message
    assert "\n" not in message and len(fake.requests) == 1  # no silent fall back to another dialect


def test_a_remembered_rejection_is_forgotten_when_the_format_works_again(tmp_path):
    with FakeProvider(responder=lambda body: Reply(content=as_json(good()))) as fake:
        profile_for(fake.url, "fake-model").reject_format("json_schema")
        make(fake, tmp_path, cache=False).brief(article())
        assert fake.requests[-1].response_format == "json_object_schema"
        make(fake, tmp_path, cache=False, response_format="json_schema").brief(article(title="第二篇"))
        make(fake, tmp_path, cache=False).brief(article(title="第三篇"))
        assert fake.requests[-1].response_format == "json_schema"


# -- max_tokens on every request ---------------------------------------------------------------------

def test_every_request_carries_max_tokens_sized_from_the_article(tmp_path):
    wrong = good()
    bullet(wrong, 1, 0)["text"] = "The Nikkei 225 closed up 2.1% that day."
    with FakeProvider(reject_formats=("json_schema", "json_object_schema")) as fake:
        fake.reply(Reply(content="not JSON"), Reply(content=as_json(wrong)), Reply(content=repair_of(NIKKEI)))
        make(fake, tmp_path).brief(article())
        long = article(title="长文", paragraphs=list(article().paragraphs) * 30)
        fake.reply(Reply(content=as_json(good())))
        make(fake, tmp_path, max_input_tokens=100_000).brief(long)
    sizes = [r.body.get("max_tokens") for r in fake.requests]
    # rejected json_schema, rejected json_object_schema, invalid JSON, its retry, the repair, the long one
    assert len(sizes) == 6 and all(isinstance(n, int) and n > 0 for n in sizes), sizes
    assert sizes[0] == sizes[1] == sizes[2] == sizes[3] == budget.brief_tokens(sum(
        len(p) for p in article().paragraphs))
    assert sizes[4] < sizes[3]  # one statement to repair
    assert sizes[5] > sizes[3]  # a longer article


def test_extract_translate_requests_carry_max_tokens_too(tmp_path):
    from tests.support.llm import TRANSLATIONS, translator

    with FakeProvider(responder=translator(TRANSLATIONS)) as fake:
        make(fake, tmp_path, strategy="extract-translate", response_format="prompt").brief(article())
    assert fake.requests and all(budget.translation_tokens(0, 0) <= r.body["max_tokens"] <= budget.CEILING_TOKENS
                                 for r in fake.requests)


def test_a_fixed_max_tokens_wins_and_a_cut_answer_gets_room_on_its_retry(tmp_path):
    with FakeProvider() as fake:
        fake.reply(Reply(content=as_json(good())))
        make(fake, tmp_path, max_tokens=777).brief(article())
        cut = as_json(good())[:200]
        fake.reply(Reply(content=cut, finish_reason="length"), Reply(content=as_json(good())))
        make(fake, tmp_path, cache=False).brief(article(title="第二篇"))
    first, cut_request, retry = (r.body["max_tokens"] for r in fake.requests)
    assert first == 777
    assert retry == int(cut_request * 1.5)


# -- the read timeout, from max_tokens and the measured speed ---------------------------------------

def test_read_timeout_grows_with_the_answer_and_shrinks_with_the_speed_within_floor_and_ceiling():
    slow, fast = budget.read_timeout(1536, 2000, 5.0), budget.read_timeout(1536, 2000, 50.0)
    assert slow > fast >= budget.TIMEOUT_FLOOR
    assert budget.read_timeout(3000, 2000, 15.0) > budget.read_timeout(1500, 2000, 15.0)
    assert budget.read_timeout(100, 100, 10_000.0) == budget.TIMEOUT_FLOOR
    assert budget.read_timeout(4096, 6000, 0.5) == budget.TIMEOUT_CEILING
    # the healthy answer: 750 tokens in ~70 s on 2 cores must fit with room to spare
    profile = EndpointProfile("http://127.0.0.1:8765/v1", "qwen")
    profile.record_answer(2400, 750, 70.0)
    assert budget.read_timeout(1536, 2400, profile.expected_rate) > 2 * 70


def test_a_fresh_endpoint_waits_for_a_slow_model_on_a_busy_machine():
    # Measured on 2026-11-30 (eval/llm_local.sh, llama-cpp-python, 1 thread at load 12): the first
    # extract-translate request (max_tokens 804, a 833-token prompt) was answered after 282 s, and
    # the timeout before any measure (263 s) had cut it off; the retry queued behind the abandoned
    # answer. The first request to an endpoint must wait that long; once measured, less.
    fresh = EndpointProfile("http://127.0.0.1:8765/v1", "qwen")
    assert budget.read_timeout(804, 833, fresh.expected_rate) > 282
    fresh.record_answer(910, 487, 282.0)
    assert 282 < budget.read_timeout(804, 833, fresh.expected_rate) <= budget.TIMEOUT_CEILING


def test_the_measure_is_a_running_one_and_a_timeout_halves_it():
    profile = EndpointProfile("u", "m")
    assert profile.expected_rate == pytest.approx(PRIOR_RATE)  # before any answer: a slow guess
    profile.record_answer(0, 100, 10.0)
    assert profile.rate == pytest.approx(10.0)
    profile.record_answer(0, 200, 10.0)
    assert 10.0 < profile.rate < 20.0
    before = profile.rate
    profile.record_timeout()
    assert profile.rate == pytest.approx(before / 2)
    profile.record_answer(0, 0, 5.0)  # no usage reported: not a measure
    assert profile.rate == pytest.approx(before / 2)


@pytest.fixture
def quick_timeouts(monkeypatch):
    """Timeouts of a fraction of a second: max_tokens 100 at 200 tokens/s is 0.5 s."""
    monkeypatch.setattr(budget, "TIMEOUT_FLOOR", 0.05)
    monkeypatch.setattr(budget, "TIMEOUT_SLACK", 0.0)
    monkeypatch.setattr(budget, "TIMEOUT_SAFETY", 1.0)
    monkeypatch.setattr(budget, "PROMPT_WEIGHT", 0.0)


def test_a_slow_server_gets_its_answer_out_and_a_stalled_one_is_given_up_on(tmp_path, quick_timeouts):
    with FakeProvider() as fake:
        fake.reply(Reply(content=as_json(good()), delay=0.8), Reply(content=as_json(good()), delay=0.7))
        engine = make(fake, tmp_path, max_tokens=100)
        engine.client.profile.rate = 200.0  # 0.5 s for 100 tokens
        brief = engine.brief(article())
        # cut at 0.5 s; the retry waits twice as long (1 s) and gets the slow answer
        assert len(fake.requests) == 2 and len(brief.sections) == 2
        assert engine.client.profile.samples == 1
        fake.reply(*[Reply(content="{}", delay=3)] * 2)
        stalled = make(fake, tmp_path, max_tokens=100, max_retries=1)
        stalled.client.profile.rate = 200.0
        with pytest.raises(EngineError) as err:
            stalled.brief(article(title="第二篇"))
    assert "no answer within 1 s" in str(err.value)


def test_the_measured_speed_is_kept_for_the_next_run(tmp_path):
    with FakeProvider(latency=0.05, responder=lambda body: Reply(content=as_json(good()), usage=(1000, 300))) as fake:
        make(fake, tmp_path).brief(article())
        measured = profile_for(fake.url, "fake-model").rate
        forget_profiles()
        again = make(fake, tmp_path)
    assert measured and again.client.profile.rate == pytest.approx(measured)
    assert again.client.timeout is None  # derived, unless llm.timeout / --timeout fixes it
