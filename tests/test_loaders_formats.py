"""Each loader on our simplified, traditional and English stories: same paragraphs, same numbers."""
from __future__ import annotations

import io
import json
import shutil
import sys
from datetime import datetime

import pytest

from citebrief.loaders import from_bytes, from_text, load_article
from tests.support.loaders import DATA, read_fixture

STORIES = {
    "zh_hans": ("zh-Hans", "东方财经网", datetime(2025, 10, 28, 19, 45), 6),
    "zh_hant": ("zh-Hant", "臺灣經濟日報", datetime(2025, 11, 7, 17, 30), 5),
    "en": ("en", "Harbor Wire", datetime(2025, 10, 16, 7, 5), 6),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_house_text_metadata_and_paragraphs(name):
    language, source, when, count = STORIES[name]
    article = load_article(DATA / f"{name}.txt")
    lines = read_fixture(f"{name}.txt").splitlines()
    assert article.title == lines[0]
    # The time as printed; a page that gives its UTC offset keeps it (the house text has none).
    printed = article.published_at.replace(tzinfo=None) if article.published_at else None
    assert (article.source, printed, article.language) == (source, when, language)
    assert len(article.paragraphs) == count
    # Paragraph n is the n-th blank-line separated block after the dateline, verbatim.
    assert article.paragraphs == [line for line in lines[3:] if line.strip()]
    assert article.origin == str(DATA / f"{name}.txt")


@pytest.mark.parametrize("fixture", ["zh_hans.html", "zh_hant.html", "en.html", "en.md", "zh_hant.md",
                                     "zh_hans.json", "zh_hans_cluttered.txt"])
def test_every_format_numbers_paragraphs_like_the_clean_text(fixture):
    """Captions, bylines, editor lines, share bars, copyright lines and end marks interleaved in
    the page neither appear as paragraphs nor shift the numbering."""
    name = fixture.split(".")[0].replace("_cluttered", "")
    clean = load_article(DATA / f"{name}.txt")
    article = load_article(DATA / fixture)
    assert article.numbered == clean.numbered
    assert article.title == clean.title
    language, source, when, _count = STORIES[name]
    # The time as printed; a page that gives its UTC offset keeps it (the house text has none).
    printed = article.published_at.replace(tzinfo=None) if article.published_at else None
    assert (article.source, printed, article.language) == (source, when, language)


def test_html_metadata_url_from_canonical_link():
    article = load_article(DATA / "zh_hans.html")
    assert article.url == "https://finance.example.cn/auto/2025/10/28/huatuo-q3.html"
    assert all("责任编辑" not in p and "分享" not in p and "版权" not in p for p in article.paragraphs)
    assert article.paragraphs[-1].endswith("目标价上调至68元。")  # "（完）" cut off the last paragraph


def test_html_br_separated_story_becomes_separate_paragraphs():
    # zh_hant.html puts the whole story in one <div> with <br><br> between paragraphs.
    article = load_article(DATA / "zh_hant.html")
    assert len(article.paragraphs) == 5
    assert article.paragraph(4).startswith("為因應客戶需求")


def test_markdown_markup_is_stripped_and_headings_are_not_paragraphs():
    article = load_article(DATA / "en.md")
    text = "\n".join(article.paragraphs)
    for markup in ("**", "](", "![", "##", "Lending and credit", "https://"):
        assert markup not in text
    assert "Analysts polled by Harbor Wire had expected" in article.paragraph(2)
    # A paragraph wrapped over two lines is joined with one space.
    assert "in the second quarter, citing weaker" in article.paragraph(4)


def test_markdown_wrapped_chinese_lines_join_without_space():
    article = load_article(DATA / "zh_hant.md")
    assert "追加3奈米製程產能，預計2026年" in article.paragraph(4)
    assert article.paragraph(3).startswith("聯晟科技總經理")  # block quote kept as a paragraph


def test_markdown_without_heading_takes_first_line_as_title(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("Copper hits two-month high\n\nCopper rose 2.1% to $9,870 a tonne on the LME.\n",
                    encoding="utf-8")
    article = load_article(path)
    assert article.title == "Copper hits two-month high"
    assert article.paragraphs == ["Copper rose 2.1% to $9,870 a tonne on the LME."]


def test_json_language_field_wins(tmp_path):
    doc = json.loads(read_fixture("zh_hans.json"))
    doc["language"] = "zh-Hant"  # deliberately not what detection would say
    path = tmp_path / "a.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert load_article(path).language == "zh-Hant"
    del doc["language"]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert load_article(path).language == "zh-Hans"


def test_json_brief_wrapper_reads_its_article(tmp_path):
    doc = json.loads(read_fixture("zh_hans.json"))
    path = tmp_path / "brief.json"
    path.write_text(json.dumps({"article": doc, "sections": []}, ensure_ascii=False), encoding="utf-8")
    assert load_article(path).paragraphs == load_article(DATA / "zh_hans.txt").paragraphs


@pytest.mark.parametrize("line2, source, when", [
    ("路透社|2025-11-06 04:16", "路透社", datetime(2025, 11, 6, 4, 16)),
    ("Reuters - 2025-11-06 04:16", "Reuters", datetime(2025, 11, 6, 4, 16)),
    ("Caixin - Global · 2025-11-06 04:16", "Caixin - Global", datetime(2025, 11, 6, 4, 16)),
    ("日経新聞・2025-11-06 04:16", "日経新聞", datetime(2025, 11, 6, 4, 16)),
    ("財訊•2025/11/06 04:16", "財訊", datetime(2025, 11, 6, 4, 16)),
    ("鉅亨網｜２０２５－１１－０６　０４：１６", "鉅亨網", datetime(2025, 11, 6, 4, 16)),
    ("新浪财经·2025年11月6日 04:16", "新浪财经", datetime(2025, 11, 6, 4, 16)),
    ("2025-11-06 04:16", None, datetime(2025, 11, 6, 4, 16)),
    ("Bloomberg", "Bloomberg", None),
])
def test_dateline_variants(line2, source, when):
    article = from_text(f"Yen slides past 155 per dollar\n{line2}\n\nThe yen weakened 0.8% to 155.2.\n")
    assert (article.source, article.published_at) == (source, when)
    assert article.paragraphs == ["The yen weakened 0.8% to 155.2."]


def test_house_text_without_dateline_and_with_crlf():
    article = from_text("Title line\r\n\r\nFirst paragraph.\r\n\r\n\r\nSecond   paragraph\twith  gaps.\r\n")
    assert article.source is None and article.published_at is None
    assert article.paragraphs == ["First paragraph.", "Second paragraph with gaps."]


def test_whitespace_normalised_full_width_punctuation_kept():
    article = from_text("标题\n\n　　央行宣布下调存款准备金率0.5个百分点，\n释放长期资金约1万亿元。　\n")
    assert article.paragraphs == ["央行宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元。"]


def test_stdin(monkeypatch):
    data = read_fixture("zh_hant.txt").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    article = load_article("-")
    assert article.origin == "-"
    assert article.paragraphs == load_article(DATA / "zh_hant.txt").paragraphs


def test_stdin_html_is_sniffed(monkeypatch):
    data = read_fixture("en.html").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert load_article("-").paragraphs == load_article(DATA / "en.txt").paragraphs


@pytest.mark.parametrize("fixture", ["en.html", "zh_hans.json", "en.md", "zh_hant.txt"])
def test_kind_is_sniffed_without_extension(tmp_path, fixture):
    plain = tmp_path / "article"  # no extension at all
    shutil.copy(DATA / fixture, plain)
    assert load_article(plain).paragraphs == load_article(DATA / fixture).paragraphs


def test_txt_that_is_really_html(tmp_path):
    path = tmp_path / "saved-page.txt"
    shutil.copy(DATA / "en.html", path)
    assert load_article(path).paragraphs == load_article(DATA / "en.txt").paragraphs


def test_from_bytes_with_content_type():
    data = read_fixture("zh_hans.json").encode("utf-8")
    article = from_bytes(data, origin="https://example.cn/api/1", content_type="application/json")
    assert article.origin == "https://example.cn/api/1"
    assert article.paragraphs == load_article(DATA / "zh_hans.txt").paragraphs


def test_other_languages_are_named():
    article = from_text("Le CAC 40 termine en hausse\n\nLe CAC 40 a gagné 1,2 % à 8 150 points vendredi, "
                        "porté par les valeurs bancaires et le secteur du luxe, selon les courtiers parisiens.\n")
    assert article.language == "fr"
    ja = from_text("日銀、追加利上げを決定\n\n日本銀行は金融政策決定会合で、政策金利を0.75％に引き上げることを決めた。"
                   "植田和男総裁は記者会見で、物価の上振れリスクに注意が必要だと述べた。\n")
    assert ja.language == "ja"


@pytest.mark.parametrize("text", [
    "标题\n\n第一段内容，增长5%。\n第二段内容。\n第三段内容！\n\n",  # pasted: one paragraph per line
    "标题\n第一段内容，增长5%。\n第二段内容。\n第三段内容！",
    "标题\n\n　　第一段内容，\n增长5%。\n　　第二段内容。\n　　第三段内容！",  # U+3000 indents start paragraphs
])
def test_pasted_chinese_without_blank_lines(text):
    assert from_text(text).paragraphs == ["第一段内容，增长5%。", "第二段内容。", "第三段内容！"]


def test_hard_wrapped_english_stays_one_paragraph():
    article = from_text("Yen slides\n\nThe yen fell 0.8% to 155.2 per\ndollar on Friday, traders said.\n")
    assert article.paragraphs == ["The yen fell 0.8% to 155.2 per dollar on Friday, traders said."]


def test_html_block_quote_paragraphs_stay_separate():
    html = ("<html><body><article><h1>Fed holds rates</h1><p>The Federal Reserve held its benchmark rate at "
            "4.25%-4.50% on Wednesday, as expected by markets.</p><blockquote><p>Inflation remains somewhat "
            "elevated, the statement said.</p><p>Officials projected two cuts in 2026.</p></blockquote><p>Treasury "
            "yields fell 5 basis points after the decision was announced.</p></article></body></html>")
    article = from_bytes(html.encode(), origin="fed.html")
    assert article.paragraph(2) == "Inflation remains somewhat elevated, the statement said."
    assert article.paragraph(3) == "Officials projected two cuts in 2026."
    assert len(article.paragraphs) == 4
