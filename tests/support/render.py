"""A brief built by hand (no engine, no verifier) so the renderer tests stand alone."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from citebrief.article import Article
from citebrief.brief import Brief, BriefReport, Check, Claim, DroppedClaim, Section

PARAGRAPHS = [
    "日本执政党正计划每年筹集约1万亿日元（约合65亿美元），支持先进半导体和人工智能。",
    "从4月开始的新财年起，大部分资金将通过常规预算筹措。",
    "约1.7万亿日元流向了Rapidus，目标是在2027年量产2纳米芯片。",
    "新首相高市早苗预计将延续“安倍经济学”，<b>市场</b> & 股价上涨。",
    "日本曾在IT和互联网浪潮中错失良机。",
]


def sample_article(**changes: Any) -> Article:
    fields: dict[str, Any] = dict(
        title="日本拟每年投入1万亿日元 <script>alert(1)</script>",
        source="智通财经网",
        published_at=datetime(2025, 11, 6, 4, 16),
        language="zh-Hans",
        paragraphs=PARAGRAPHS,
    )
    fields.update(changes)
    return Article(**fields)


def sample_brief(article: Article | None = None) -> Brief:
    article = article or sample_article()
    return Brief(
        article=article,
        engine="test",
        language="en",
        core_viewpoint=Claim(text="Japan plans about 1 trillion yen a year for chips and AI.",
                             citations=[1, 4], check=Check(status="supported")),
        sections=[
            Section(title="Funding Strategy", bullets=[
                Claim(text="Most funds move into the regular budget from April.", citations=[2],
                      check=Check(status="supported")),
            ]),
            Section(title="Key Players", bullets=[
                Claim(text="Rapidus received about 1.9 trillion yen.", citations=[3],
                      check=Check(status="unsupported",
                                  problems=["1.9 trillion yen not found in [3] (1.7 trillion yen is)"])),
                Claim(text="The new Prime Minister, Fumio Kishida, will revive Abenomics.", citations=[4],
                      check=Check(status="unsupported", problems=["Fumio Kishida not found in [4]"])),
                Claim(text="Japan missed earlier technology waves.", citations=[5],
                      check=Check(status="unverifiable")),
            ]),
        ],
        report=BriefReport(dropped=[
            DroppedClaim(text="Rapidus was founded in 2019.", citations=[3],
                         reasons=["2019 not found in [3]"]),
        ]),
    )
