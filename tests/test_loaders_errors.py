"""Bad input: one-line InputError naming the input and the cause."""
from __future__ import annotations

import io
import json
import sys
import zipfile

import pytest

from citebrief.errors import InputError
from citebrief.loaders import load_article
from tests.support.loaders import read_fixture

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6"


def zip_bytes(tmp_path) -> bytes:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("article.txt", "Title\n\nBody.\n")
    return path.read_bytes()


def assert_error(path, *causes: str) -> str:
    with pytest.raises(InputError) as err:
        load_article(path)
    message = str(err.value)
    assert "\n" not in message
    assert str(path) in message, message
    for cause in causes:
        assert cause in message, message
    return message


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert_error(path, "empty file")
    path.write_text(" \n\n\t\n", encoding="utf-8")
    assert_error(path, "empty file")


@pytest.mark.parametrize("name, what", [("chart.txt", "PNG"), ("story.html", "ZIP"), ("nul.md", "NUL")])
def test_binary_files(tmp_path, name, what):
    data = {"PNG": PNG, "NUL": b"Title\n\nBody\x00\x00\x01 text\x00", "ZIP": None}[what]
    path = tmp_path / name
    path.write_bytes(data if data is not None else zip_bytes(tmp_path))
    assert_error(path, "binary file", what)


def test_undecodable_text(tmp_path):
    path = tmp_path / "garbled.txt"
    # Bytes that are valid in no text encoding charset-normalizer trusts (no NULs, so not "binary").
    path.write_bytes(b"\x81\xfe\xff\x80\x90" * 200)
    assert_error(path, "undecodable text")


def test_html_without_article_text(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> "
                    "<a href='/m'>Markets</a></nav><footer>&copy; 2025</footer></body></html>", encoding="utf-8")
    assert_error(path, "no article text")


def test_only_boilerplate(tmp_path):
    path = tmp_path / "furniture.txt"
    path.write_text("标题\n\n记者 王明\n\n图片来源：视觉中国\n\n分享到：微信 微博\n\n（完）\n", encoding="utf-8")
    assert_error(path, "no article text", "boilerplate")


def test_title_only(tmp_path):
    path = tmp_path / "title.txt"
    path.write_text("Only a headline\nReuters·2025-11-06 04:16\n", encoding="utf-8")
    assert_error(path, "no paragraphs")


@pytest.mark.parametrize("doc, causes", [
    ({"source": "X", "paragraphs": ["p"]}, ("missing field 'title'",)),
    ({"title": "T"}, ("missing field 'paragraphs'",)),
    ({}, ("'title'", "'paragraphs'")),
    ({"title": "T", "paragraphs": []}, ("'paragraphs'", "empty list")),
    ({"title": "T", "paragraphs": "one string"}, ("'paragraphs'", "a string")),
    ({"title": "T", "paragraphs": ["ok", 3]}, ("'paragraphs' item 2", "a number")),
    ({"title": "", "paragraphs": ["p"]}, ("'title'", "empty string")),
    ({"title": "T", "paragraphs": ["p"], "published_at": "last Tuesday"}, ("'published_at'", "not a date")),
    ({"title": "T", "paragraphs": ["p"], "url": 5}, ("'url'", "a number")),
    (["T", "p"], ("must be an object", "a list")),
])
def test_json_missing_or_invalid_fields(tmp_path, doc, causes):
    path = tmp_path / "article.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert_error(path, *causes)


def test_json_syntax_error(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"title": "T", "paragraphs": ["a" "b"]}', encoding="utf-8")
    assert_error(path, "invalid JSON", "line 1")


def test_missing_file(tmp_path):
    assert_error(tmp_path / "nope.txt", "no such file")


def test_folder_is_not_a_file(tmp_path):
    assert_error(tmp_path, "is a folder")


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(read_fixture("en.txt"), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_article(path, max_bytes=100)
    assert str(path) in str(err.value) and "limit" in str(err.value)


def test_empty_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(InputError) as err:
        load_article("-")
    assert str(err.value) == "<stdin>: empty input"


def test_binary_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PNG)))
    with pytest.raises(InputError) as err:
        load_article("-")
    assert str(err.value).startswith("<stdin>: binary file (PNG")
