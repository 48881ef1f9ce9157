"""The boilerplate filter: page furniture out, look-alike news sentences kept."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citebrief.loaders import from_bytes, from_text
from citebrief.loaders.boilerplate import clean_paragraphs

FURNITURE = [
    # captions and image credits
    "图片来源：视觉中国", "（图片来源：网络）", "圖片來源：路透社", "图为2025年11月5日拍摄的上海陆家嘴金融区（资料图）",
    "圖／聯晟科技提供", "新华社记者 李贺 摄", "Photo: Reuters/Kim Kyung-Hoon", "Image: Getty Images",
    "(Photo by Lena Park/Getty Images)", "Kim Kyung-Hoon/Reuters", "AFP via Getty Images",
    # bylines
    "记者 王明", "本报记者 张三 李四", "記者林佳蓉／台北報導", "作者：刘洋", "文｜陈晨", "By John Smith",
    "By Jane Doe and Tom Lee, Reuters", "By Priya Raman in Mumbai",
    "Reporting by Daniel Okafor in San Francisco; Editing by Tom Whitfield",
    # editor lines
    "责任编辑：周敏", "編輯：黃志豪", "（编辑：王五）", "校对：李雷 审核：韩梅梅", "Editor: Sam Park", "Edited by Anna Ruiz",
    # share buttons
    "分享到：微信 微博 QQ空间", "点赞 收藏 转发", "Share on Twitter | Facebook | LinkedIn | Email", "分享 Facebook LINE 列印",
    "字号：大 中 小",
    # copyright, disclaimers, sources
    "免责声明：本文仅代表作者个人观点，不构成投资建议。", "免责声明", "版权所有 © 2025 东方财经网 未经授权不得转载",
    "本文来源：证券时报", "来源：新华社", "Copyright © 2025 Harbor Wire. All rights reserved.",
    "Disclaimer: This article is for information only.",
    # end marks, dates, punctuation and empties
    "（完）", "(完)", "【完】", "-END-", "2025-11-05 09:30", "东方财经网·2025-11-05 09:30",
    "2025-11-05 09:30 来源：东方财经网", "。。。", "* * *", "——", "", "　　",
]

NEWS = [
    "记者从国家统计局获悉，10月全国居民消费价格同比上涨0.2%，环比下降0.1%。",
    "By 2027, Rapidus aims to mass-produce 2nm chips at its plant in Chitose, Hokkaido.",
    "By Tuesday, the yen had weakened past 155 per dollar for the first time since February.",
    "Related-party transactions rose 12% to $1.3 billion in 2024, the filing showed.",
    "版权交易市场规模在2024年达到1,200亿元，同比增长15%。",
    "图书出版业务营收下降3.2%。",
    "Photos of the new factory were released on Monday, showing four production lines.",
    "Editors at the newspaper voted to strike on Friday over pay.",
    "Share buybacks totalled $2 billion in the quarter.",
    "来源于海外市场的收入占比提升至29%。",
    "The source of the leak has not been identified, the regulator said.",
    "完成交易后，公司持股比例将升至51%。",
    "Shares rose 3.8% to $64.10.",
    "扫码支付交易额增长30%。",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_is_dropped(line):
    assert clean_paragraphs([line]) == []


@pytest.mark.parametrize("line", NEWS)
def test_news_sentences_are_kept(line):
    assert clean_paragraphs([line]) == [line]


def test_trailing_end_mark_and_editor_note_are_cut():
    assert clean_paragraphs(["维持“买入”评级，目标价上调至68元。（完）"]) == ["维持“买入”评级，目标价上调至68元。"]
    assert clean_paragraphs(["股价上涨2.4%。（编辑：王五）（完）"]) == ["股价上涨2.4%。"]
    assert clean_paragraphs(["Shares rose 3.8%. (Reporting by Jane Doe; Editing by Tom Lee)"]) == ["Shares rose 3.8%."]


def test_interleaved_furniture_does_not_shift_numbering():
    body = ["华拓汽车三季度营收412.6亿元，同比增长23.4%。", "海外交付8.7万辆，同比增长96%。",
            "Pacific Orchard raised guidance to $18.4 billion.", "毛利率为19.8%。"]
    clean = from_text("标题\n\n" + "\n\n".join(body))
    noisy_blocks = []
    for n, p in enumerate(body):
        noisy_blocks += [FURNITURE[(7 * n) % len(FURNITURE)] or "。", p, FURNITURE[(7 * n + 3) % len(FURNITURE)] or "——"]
    noisy = from_text("标题\n\n" + "\n\n".join(noisy_blocks))
    assert noisy.numbered == clean.numbered == list(enumerate(body, start=1))


def test_quick_flash_page_date_line_is_not_a_paragraph():
    html = ("<html><head><title>快讯</title></head><body><article><h1>快讯</h1><div class='time'>2025-11-05 09:30</div>"
            "<p>央行今日开展2000亿元7天期逆回购操作，操作利率为1.40%。</p></article></body></html>")
    article = from_bytes(html.encode(), origin="flash.html")
    assert article.paragraphs == ["央行今日开展2000亿元7天期逆回购操作，操作利率为1.40%。"]
    assert article.published_at is not None and article.published_at.year == 2025  # not "2000亿元"


@given(st.lists(st.sampled_from(FURNITURE + NEWS), max_size=20))
def test_cleaning_is_idempotent(paragraphs):
    once = clean_paragraphs(paragraphs)
    assert clean_paragraphs(once) == once
    assert once == [p for p in paragraphs if p in NEWS]


TOKENS = ["（完）", "（编辑：王五）", "编辑：", "记者", "By", "John", "Smith", "©", "。", "，", " ", "\n", "　", "图为",
          "分享", "微信", "2025-11-05", "09:30", "·", "营收", "增长", "5%", "Shares", "rose", "(", ")", "END", "来源："]


@given(st.lists(st.lists(st.sampled_from(TOKENS), max_size=12).map("".join), max_size=8))
def test_cleaning_random_mixtures_is_idempotent(paragraphs):
    once = clean_paragraphs(paragraphs)
    assert clean_paragraphs(once) == once
    assert all(p and p == p.strip() and "\n" not in p for p in once)
