"""Property: any paragraph list written in the house layout (or as JSON or Markdown) loads back as
the same paragraphs in the same order."""
from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from citebrief.loaders import from_bytes, from_text
from citebrief.loaders.meta import parse_dateline

# Words of real wire copy: none is markup, boilerplate or a dateline on its own.
WORDS = ["央行", "宣布", "下调", "存款准备金率", "0.5个百分点", "释放", "长期资金", "约1万亿元", "營收", "年增",
         "31.2%", "台積電", "3奈米", "股價", "上漲", "Shares", "rose", "3.8%", "to", "$64.10", "the", "bank",
         "net", "income", "Nikkei", "fell", "1,250", "points", "2025年11月6日", "Rapidus", "計劃", "量产",
         "，", "。", "（约合65亿美元）", "“买入”", "Q3", "yen", "guidance"]

paragraph = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join)
paragraphs = st.lists(paragraph, min_size=1, max_size=12)
title = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)


_BARE_NUMBER = re.compile(r"[\d\s,.:：+万千亿]+")


def has_content(p: str) -> bool:
    """Not punctuation only, not a bare date and not a bare number of up to 20 characters (a view
    counter or time such as "243,470" or "09:38"): all are page furniture, dropped on purpose."""
    bare_number = len(p) <= 20 and _BARE_NUMBER.fullmatch(p)
    return any(ch.isalnum() for ch in p) and not parse_dateline(p) and not bare_number


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=title, paras=paragraphs, dateline=st.booleans())
def test_house_layout_round_trip(title, paras, dateline):
    paras = [p for p in paras if has_content(p)] or ["Shares rose 3.8%"]
    head = title + ("\n智通财经网·2025-11-06 04:16" if dateline else "")
    article = from_text(head + "\n\n" + "\n\n".join(paras) + "\n")
    assert article.paragraphs == paras
    assert article.title == title


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=title, paras=paragraphs)
def test_json_and_markdown_agree_with_house_layout(title, paras):
    paras = [p for p in paras if has_content(p)] or ["Shares rose 3.8%"]
    doc = json.dumps({"title": title, "paragraphs": paras}, ensure_ascii=False).encode()
    assert from_bytes(doc, origin="a.json").paragraphs == paras
    md = ("# " + title + "\n\n" + "\n\n".join(paras) + "\n").encode()
    assert from_bytes(md, origin="a.md").paragraphs == paras


@settings(max_examples=40, deadline=None)
@given(paras=paragraphs, encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_encodings_round_trip(paras, encoding):
    paras = [p for p in paras if has_content(p)] or ["Shares rose"]  # GB18030 covers traditional too
    text = "央行 宣布 下调 存款准备金率\n\n" + "\n\n".join(paras) + "\n"
    assert from_bytes(text.encode(encoding), origin="a.txt").paragraphs == paras
