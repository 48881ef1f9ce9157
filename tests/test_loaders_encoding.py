"""GBK/GB18030 and Big5 files and pages: detected from BOM, header, <meta> or content, never assumed."""
from __future__ import annotations

import codecs

import pytest

from citebrief.loaders import from_bytes, load_article
from citebrief.text.encoding import decode_bytes
from tests.support.loaders import DATA, read_fixture, respond, serve


def clean(name: str):
    return load_article(DATA / f"{name}.txt")


@pytest.mark.parametrize("name, encoding", [("zh_hans", "gbk"), ("zh_hans", "gb18030"), ("zh_hant", "big5"),
                                            ("zh_hans", "utf-16"), ("zh_hant", "utf-8-sig")])
def test_text_files_in_chinese_encodings(tmp_path, name, encoding):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(read_fixture(f"{name}.txt").encode(encoding))
    article = load_article(path)
    reference = clean(name)
    assert (article.title, article.source, article.paragraphs) == (reference.title, reference.source,
                                                                   reference.paragraphs)


def test_short_gbk_text_is_not_taken_for_korean(tmp_path):
    # Few bytes: charset-normalizer alone ranks cp949 first for this one.
    path = tmp_path / "short.txt"
    path.write_bytes("日本执政党计划\n\n每年筹集约1万亿日元。\n".encode("gbk"))
    article = load_article(path)
    assert article.title == "日本执政党计划"
    assert article.paragraphs == ["每年筹集约1万亿日元。"]


def test_gb18030_only_characters(tmp_path):
    # 𠮷 (U+20BB7) is not in GBK: only GB18030 encodes it.
    path = tmp_path / "rare.txt"
    path.write_bytes("𠮷野家控股发布财报\n\n𠮷野家控股三季度营业利润为42亿日元，同比增长18%。\n".encode("gb18030"))
    assert load_article(path).title == "𠮷野家控股发布财报"


@pytest.mark.parametrize("name, encoding", [("zh_hans", "gbk"), ("zh_hant", "big5")])
def test_html_file_with_meta_charset(tmp_path, name, encoding):
    html = read_fixture(f"{name}.html").replace('charset="utf-8"', f'charset="{encoding}"') \
        .replace("charset=utf-8", f"charset={encoding}")
    path = tmp_path / f"{name}.html"
    path.write_bytes(html.encode(encoding))
    article = load_article(path)
    assert article.title == clean(name).title
    assert article.paragraphs == clean(name).paragraphs


@pytest.mark.parametrize("name, encoding", [("zh_hans", "gbk"), ("zh_hant", "big5")])
def test_html_file_with_wrong_meta_charset_is_detected(tmp_path, name, encoding):
    # The page claims UTF-8 but is GBK/Big5: the claim does not decode, so the content decides.
    path = tmp_path / f"{name}.html"
    path.write_bytes(read_fixture(f"{name}.html").encode(encoding))
    assert load_article(path).paragraphs == clean(name).paragraphs


@pytest.mark.usefixtures("allow_private_urls")  # the server is on 127.0.0.1: opt in as a user would
@pytest.mark.parametrize("name, encoding, header", [
    ("zh_hans", "gbk", "text/html; charset=GBK"),
    ("zh_hans", "gbk", "text/html; charset=gb2312"),  # the usual under-declaration
    ("zh_hans", "gbk", "text/html"),  # no charset in the header, none in the page
    ("zh_hant", "big5", "text/html; charset=big5"),
    ("zh_hant", "big5", "text/html"),
    ("zh_hant", "big5", "text/plain"),
])
def test_http_pages_in_chinese_encodings(name, encoding, header):
    # Strip the page's own <meta> charset so only the header (or detection) can tell.
    html = read_fixture(f"{name}.html").replace('<meta charset="utf-8">', "") \
        .replace('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', "")
    assert "charset" not in html
    with serve({"/story": respond(200, html.encode(encoding), header)}) as base:
        article = load_article(f"{base}/story", timeout=5)
    assert article.title == clean(name).title
    assert article.paragraphs == clean(name).paragraphs
    assert article.url == f"{base}/story"


def test_header_charset_wins_over_a_wrong_meta_charset():
    html = read_fixture("zh_hant.html").replace("charset=utf-8", "charset=gbk")  # page lies
    data = html.encode("big5")
    article = from_bytes(data, origin="http://example.tw/a", content_type="text/html; charset=big5")
    assert article.paragraphs == clean("zh_hant").paragraphs


def test_bom_wins():
    text = "標題\n\n內文段落。\n"
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"), declared="big5") == (text, "utf-8-sig")
    assert decode_bytes(text.encode("utf-16"))[0] == text  # Python writes a BOM for utf-16


def test_utf8_with_a_stray_byte_and_a_cut_character_stays_utf8(tmp_path):
    data = read_fixture("zh_hans.txt").encode("utf-8")
    broken = data[:300] + b"\xff" + data[300:-10] + "增".encode()[:2] + b"\n"
    path = tmp_path / "cms.txt"
    path.write_bytes(broken)
    article = load_article(path)
    reference = clean("zh_hans")
    assert article.title == reference.title
    assert len(article.paragraphs) == len(reference.paragraphs)
    intact = [p for p in article.paragraphs if "\ufffd" not in p]
    assert len(intact) >= len(reference.paragraphs) - 2 and set(intact) <= set(reference.paragraphs)
