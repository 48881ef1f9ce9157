"""expand_inputs: folders become their article files, sorted and recursive."""
from __future__ import annotations

import pytest

from citebrief.errors import InputError
from citebrief.loaders import expand_inputs


def test_folder_expands_sorted_recursive(tmp_path):
    for rel in ["b.txt", "a.md", "sub/c.json", "sub/deeper/d.HTML", "sub/e.htm", "notes.pdf", "img.png",
                ".hidden/x.txt", "sub/.y.md", "z.markdown"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = expand_inputs([str(tmp_path)])
    assert [p[len(str(tmp_path)) + 1:] for p in found] == [
        "a.md", "b.txt", "sub/c.json", "sub/deeper/d.HTML", "sub/e.htm", "z.markdown"]


def test_files_urls_and_stdin_pass_through_in_order(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "one.txt").write_text("x", encoding="utf-8")
    inputs = ["-", "https://example.com/a", str(tmp_path / "missing.txt"), str(folder), str(folder / "one.txt")]
    assert expand_inputs(inputs) == ["-", "https://example.com/a", str(tmp_path / "missing.txt"),
                                     str(folder / "one.txt")]  # duplicate dropped


def test_folder_without_articles(tmp_path):
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "chart.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError) as err:
        expand_inputs([str(folder)])
    assert str(folder) in str(err.value) and "no article files" in str(err.value)
