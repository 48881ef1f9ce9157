"""An article we wrote for the LLM tests, the answers a well-behaved model would give for it,
and helpers to bend those answers into the mistakes real models make."""
from __future__ import annotations

import copy
import json
from typing import Any

from citebrief.article import Article
from citebrief.text.sentences import split_sentences
from tests.support.llm_server import Reply

PARAGRAPHS = [
    "日本首相高市早苗11月20日表示，政府将在2026财年向半导体和人工智能领域投入约1万亿日元。",
    "其中约1700亿日元将拨给芯片制造商Rapidus，该公司计划于2027年量产2纳米芯片。",
    "丰田汽车和索尼集团均为Rapidus的股东，两家公司去年共追加出资约100亿日元。",
    "分析人士认为，这一计划将提振东京股市的科技板块。日经225指数当天收涨1.2%。",
]
TITLE = "日本拟每年投入1万亿日元扶持半导体和人工智能"


def article(**overrides: Any) -> Article:
    data: dict[str, Any] = dict(title=TITLE, source="测试通讯社", language="zh-Hans", paragraphs=PARAGRAPHS,
                origin="tests/japan-chips-llm.txt")
    data.update(overrides)
    return Article(**data)


GOOD: dict[str, Any] = {
    "core_viewpoint": {
        "text": "Japanese Prime Minister Sanae Takaichi said the government will put about 1 trillion yen "
                "into semiconductors and AI in fiscal 2026.",
        "citations": [1],
        "evidence": [{"paragraph": 1, "quote": "日本首相高市早苗11月20日表示"},
                     {"paragraph": 1, "quote": "政府将在2026财年向半导体和人工智能领域投入约1万亿日元"}],
    },
    "sections": [
        {"title": "Rapidus", "bullets": [
            {"text": "About 170 billion yen will go to chipmaker Rapidus, which plans to mass-produce 2nm chips in 2027.",
             "citations": [2],
             "evidence": [{"paragraph": 2, "quote": "约1700亿日元将拨给芯片制造商Rapidus"},
                          {"paragraph": 2, "quote": "计划于2027年量产2纳米芯片"}]},
            {"text": "Toyota and Sony, both Rapidus shareholders, added about 10 billion yen last year.",
             "citations": [3],
             "evidence": [{"paragraph": 3, "quote": "丰田汽车和索尼集团均为Rapidus的股东，两家公司去年共追加出资约100亿日元"}]},
        ]},
        {"title": "Market", "bullets": [
            {"text": "The Nikkei 225 closed up 1.2% that day.",
             "citations": [4],
             "evidence": [{"paragraph": 4, "quote": "日经225指数当天收涨1.2%"}]},
        ]},
    ],
    "glossary": [{"name": "Sanae Takaichi", "source": "高市早苗"}, {"name": "Rapidus", "source": "Rapidus"},
                 {"name": "Toyota", "source": "丰田汽车"}, {"name": "Sony", "source": "索尼集团"}],
}


def good() -> dict[str, Any]:
    return copy.deepcopy(GOOD)


def as_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


def bullet(data: dict[str, Any], section: int, index: int) -> dict[str, Any]:
    return data["sections"][section]["bullets"][index]


def published_texts(brief) -> list[str]:
    return [c.text for c in brief.claims()]


LLM_ENV = ("CITEBRIEF_LLM_BASE_URL", "CITEBRIEF_LLM_MODEL", "CITEBRIEF_LLM_API_KEY", "OPENAI_BASE_URL",
           "OPENAI_API_KEY", "CITEBRIEF_LLM_PRICE_IN", "CITEBRIEF_LLM_PRICE_OUT", "CITEBRIEF_LLM_RESPONSE_FORMAT",
           "CITEBRIEF_LLM_MAX_INPUT_TOKENS")


def isolate_llm_env(monkeypatch, tmp_path) -> None:
    """No endpoint, key, price, config file or cache of the user's reaches an engine under test,
    and no endpoint's profile learnt by an earlier test (a new fake server may get an old port)."""
    import os

    from citebrief.engines.llm.endpoints import forget_profiles

    for var in LLM_ENV + tuple(v for v in os.environ if v.startswith(("CITEBRIEF_LLM_", "CITEBRIEF_BRIEF_"))):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("CITEBRIEF_HOME", str(tmp_path / "home"))
    forget_profiles()


# Sentence-by-sentence translations of PARAGRAPHS, for strategy extract-translate.
TRANSLATIONS = {
    "日本首相高市早苗11月20日表示，政府将在2026财年向半导体和人工智能领域投入约1万亿日元。":
        "Japanese Prime Minister Sanae Takaichi said on November 20 that the government will put about "
        "1 trillion yen into semiconductors and AI in fiscal 2026.",
    "其中约1700亿日元将拨给芯片制造商Rapidus，该公司计划于2027年量产2纳米芯片。":
        "About 170 billion yen of it will go to chipmaker Rapidus, which plans to mass-produce 2nm chips in 2027.",
    "丰田汽车和索尼集团均为Rapidus的股东，两家公司去年共追加出资约100亿日元。":
        "Toyota and Sony, both Rapidus shareholders, added about 10 billion yen last year.",
    "分析人士认为，这一计划将提振东京股市的科技板块。": "Analysts expect the plan to lift Tokyo technology stocks.",
    "日经225指数当天收涨1.2%。": "The Nikkei 225 closed up 1.2% that day.",
}


def items_of(body: dict) -> list[dict]:
    user = body["messages"][1]["content"]
    return json.loads(user.split("Items:\n", 1)[1])


def translator(table: dict[str, str]):
    """A fake model that translates sentence by sentence from a table (titles pass through)."""
    def respond(body: dict) -> Reply:
        out = []
        for item in items_of(body):
            if item.get("kind") == "title":
                out.append({"id": item["id"], "text": item["text"]})
            else:
                out.append({"id": item["id"], "text": " ".join(table[s] for s in split_sentences(item["text"]))})
        glossary = [{"name": "Sanae Takaichi", "source": "高市早苗"}]
        return Reply(content=json.dumps({"items": out, "glossary": glossary}, ensure_ascii=False))
    return respond
