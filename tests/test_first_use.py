"""What a new user tripped on (issue 13, item 8): each checked the way the user met it."""
from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from citebrief.loaders import from_bytes, load_article

ROOT = Path(__file__).resolve().parents[1]
CITEBRIEF = Path(sys.executable).parent / "citebrief"
EN = ROOT / "examples" / "articles" / "pboc-rate-cut.en.txt"
BODY = ("Meridian Bank said on Tuesday its quarterly profit rose 5% to $2.1 billion, beating forecasts.\n\n"
        "The bank expects lending to grow 3% next year as demand recovers across its home markets.\n")


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(CITEBRIEF), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_readme_verify_example_runs_in_a_clone_and_prints_what_the_readme_shows():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```console\n\$ (citebrief verify [^\n]+)\n(.*?)\n\$ echo \$\?\n(\d)\n```", readme, re.S)
    command, shown, code = block.group(1), block.group(2), int(block.group(3))
    proc = run(*shlex.split(command)[1:])
    assert proc.returncode == code, proc.stderr
    assert proc.stdout.rstrip("\n") == shown


def test_output_with_an_extension_we_do_not_write_is_an_error(tmp_path):
    proc = run("brief", str(EN), "-o", str(tmp_path / "brief.pdf"))
    assert proc.returncode == 2 and not (tmp_path / "brief.pdf").exists()
    assert proc.stderr.count("\n") == 1 and "brief.pdf" in proc.stderr and ".pdf" in proc.stderr
    # An extension we know still picks the format; --format makes any name fine.
    assert run("brief", str(EN), "-o", str(tmp_path / "b.json")).returncode == 0
    assert json.loads((tmp_path / "b.json").read_text())["engine"] == "extractive"
    assert run("brief", str(EN), "-o", str(tmp_path / "b.pdf"), "--format", "md").returncode == 0


def test_out_dir_that_is_a_file_names_the_out_dir(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    proc = run("brief", str(EN), "--out-dir", str(blocker))
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"citebrief: error: --out-dir {blocker}: is a file, not a folder"


def test_brief_without_input_is_one_usage_line():
    proc = run("brief")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("citebrief: error: no input")


def test_from_bytes_needs_no_origin():
    article = from_bytes(("Bank profit rises\n\n" + BODY).encode())
    assert article.title == "Bank profit rises" and len(article.paragraphs) == 2
    with pytest.raises(Exception) as err:
        from_bytes(b"   ")
    assert str(err.value) == "<bytes>: empty input"


def test_article_without_a_date_has_no_publication_date(tmp_path):
    html = tmp_path / "page.html"
    html.write_text(f"<html><head><title>Bank profit rises</title></head><body><article>"
                    f"{''.join(f'<p>{p}</p>' for p in BODY.split(chr(10)) if p)}</article></body></html>")
    for path in (html, tmp_path / "a.txt"):
        if path.suffix == ".txt":
            path.write_text("Bank profit rises\n\n" + BODY)
        assert load_article(path).published_at is None
        proc = run("brief", str(path), "--format", "json")
        assert json.loads(proc.stdout)["article"]["published_at"] is None


def test_time_zone_offset_is_kept_through_the_loader_and_the_store(tmp_path):
    doc = {"title": "Bank profit rises", "published_at": "2024-07-31T15:10:00+08:00",
           "paragraphs": BODY.strip().split("\n\n")}
    path = tmp_path / "a.json"
    path.write_text(json.dumps(doc))
    article = load_article(path)
    assert article.published_at == datetime(2024, 7, 31, 15, 10, tzinfo=timezone(timedelta(hours=8)))
    assert article.dateline == "2024-07-31 15:10"  # as the source printed it
    brief = json.loads(run("brief", str(path), "--format", "json").stdout)
    assert brief["article"]["published_at"] == "2024-07-31T15:10:00+08:00"

    from citebrief.store import Store

    with Store.open(str(tmp_path / "s.sqlite")) as store:
        saved = store.save(article, None, url="https://example.com/a")
        back = store.load_article(saved.article_id)
    assert back.published_at == article.published_at  # the same instant (07:10 UTC)
