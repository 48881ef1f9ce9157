"""`citebrief brief` and `citebrief schema`, run as real subprocesses on real files and a real
HTTP server on 127.0.0.1."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from citebrief.brief import Brief

# The servers these tests fetch from are on 127.0.0.1: opt in as a user would (fetch.allow_private).
pytestmark = pytest.mark.usefixtures("allow_private_urls")

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles"
ZH_HANS = ARTICLES / "japan-chips.zh-Hans.txt"
ZH_HANT = ARTICLES / "tsmc-revenue.zh-Hant.txt"
EN = ARTICLES / "pboc-rate-cut.en.txt"
CITEBRIEF = Path(sys.executable).parent / "citebrief"


def run(*args: str, cwd: Path | None = None, stdin: bytes | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(CITEBRIEF), *map(str, args)], cwd=cwd, input=stdin, capture_output=True,
                          timeout=120, env=env)
    proc.out = proc.stdout.decode("utf-8")  # type: ignore[attr-defined]
    proc.err = proc.stderr.decode("utf-8")  # type: ignore[attr-defined]
    return proc


def paragraph_count(path: Path) -> int:
    body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
    return len([p for p in body.split("\n\n") if p.strip()])


def assert_house_format(text: str, title: str, paragraphs: int) -> None:
    lines = text.splitlines()
    assert lines[0] == title
    assert lines[2] == ""
    assert re.fullmatch(r"Core Viewpoint - .+ (\[\d+\])+", lines[3])
    bullets = [line for line in lines if line.startswith("- ")]
    assert len(bullets) >= 3
    for line in [lines[3]] + bullets:
        cites = re.search(r"((?:\[\d+\])+)$", line)
        assert cites, line
        assert all(1 <= int(n) <= paragraphs for n in re.findall(r"\d+", cites.group(1)))
    titles = [line for line in lines[4:] if line and not line.startswith(("- ", " "))]
    assert len(titles) >= 3


# --- one input ---------------------------------------------------------------------------------

def test_one_input_prints_the_house_format_brief():
    proc = run("brief", ZH_HANS)
    assert proc.returncode == 0, proc.err
    title = ZH_HANS.read_text(encoding="utf-8").splitlines()[0]
    assert_house_format(proc.out, title, paragraph_count(ZH_HANS))
    assert proc.out.splitlines()[1] == "智通财经网·2025-11-06 04:16"
    assert "Traceback" not in proc.err


def test_stdin_input():
    proc = run("brief", "-", stdin=EN.read_bytes())
    assert proc.returncode == 0, proc.err
    assert_house_format(proc.out, EN.read_text(encoding="utf-8").splitlines()[0], paragraph_count(EN))


def test_output_file_json_is_a_valid_brief(tmp_path):
    target = tmp_path / "out" / "brief.json"
    proc = run("brief", ZH_HANT, "--format", "json", "-o", target)
    assert proc.returncode == 0, proc.err
    assert proc.out == ""
    brief = Brief.model_validate_json(target.read_text(encoding="utf-8"))
    assert brief.article.language == "zh-Hant"
    assert len(brief.article.paragraphs) == paragraph_count(ZH_HANT)
    assert brief.sections and all(b.citations for s in brief.sections for b in s.bullets)
    assert "台積電" in target.read_text(encoding="utf-8")  # not \u-escaped


def test_output_suffix_chooses_the_format_and_several_formats_share_a_stem(tmp_path):
    proc = run("brief", EN, "-o", tmp_path / "page.html")
    assert proc.returncode == 0, proc.err
    assert (tmp_path / "page.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    proc = run("brief", EN, "--format", "md,json", "-f", "html", "-o", tmp_path / "all" / "pboc")
    assert proc.returncode == 0, proc.err
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == ["pboc.html", "pboc.json", "pboc.md"]


def test_out_dir_never_overwrites_an_html_input(tmp_path):
    article = tmp_path / "story.html"
    original = ("<html><head><title>PBOC cuts RRR</title></head><body><article><h1>PBOC cuts RRR</h1>"
                + "".join(f"<p>{p}</p>" for p in EN.read_text(encoding="utf-8").split("\n\n")[1:])
                + "</article></body></html>")
    article.write_text(original, encoding="utf-8")
    proc = run("brief", article, "--format", "md,html", "--out-dir", tmp_path)
    assert proc.returncode == 2 and "overwrite the input" in proc.err
    assert article.read_text(encoding="utf-8") == original
    assert not (tmp_path / "story.md").exists()  # nothing half-written
    proc = run("brief", article, "-o", article)
    assert proc.returncode == 2 and "overwrite the input" in proc.err
    assert article.read_text(encoding="utf-8") == original
    proc = run("brief", article, "--out-dir", tmp_path)
    assert proc.returncode == 0, proc.err
    assert (tmp_path / "story.md").read_text(encoding="utf-8").startswith("PBOC cuts RRR\n")


# --- several inputs ----------------------------------------------------------------------------

def test_out_dir_batch_goes_on_past_a_bad_input_and_lists_it(tmp_path):
    empty = tmp_path / "in" / "empty.txt"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    out = tmp_path / "out"
    proc = run("brief", ZH_HANS, empty, EN, "--format", "md,json,html", "--out-dir", out)
    assert proc.returncode == 1
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(f"{stem}.{ext}" for stem in ("japan-chips.zh-Hans", "pboc-rate-cut.en")
                             for ext in ("md", "json", "html"))
    errors = [line for line in proc.err.splitlines() if "error" in line]
    assert len(errors) == 1 and str(empty) in errors[0] and "empty" in errors[0]
    assert "Traceback" not in proc.err
    Brief.model_validate_json((out / "pboc-rate-cut.en.json").read_text(encoding="utf-8"))


def test_folder_to_stdout_as_json_lines_in_input_order(tmp_path):
    proc = run("brief", ARTICLES, "--format", "json", "--concurrency", "3")
    assert proc.returncode == 0, proc.err
    briefs = [Brief.model_validate_json(line) for line in proc.out.splitlines()]
    expected = sorted(p.name for p in ARTICLES.iterdir() if p.suffix == ".txt")
    assert [Path(b.article.origin).name for b in briefs] == expected


def test_several_inputs_to_stdout_as_markdown(tmp_path):
    proc = run("brief", ZH_HANS, EN)
    assert proc.returncode == 0, proc.err
    assert proc.out.count("Core Viewpoint - ") == 2
    first, second = proc.out.split("\n\n" + EN.read_text(encoding="utf-8").splitlines()[0] + "\n")
    assert first.startswith(ZH_HANS.read_text(encoding="utf-8").splitlines()[0])


def test_batch_where_every_input_failed_exits_2(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(b"")
    b.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    proc = run("brief", a, b, "--out-dir", tmp_path / "out", "--concurrency", "2")
    assert proc.returncode == 2
    lines = proc.err.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in proc.err
    assert str(a) in lines[0] and str(b) in lines[1]  # listed in the order given


# --- bad input ---------------------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        if self.path == "/slow":
            time.sleep(3)
            self._send(200, b"<html><body><p>late</p></body></html>", "text/html")
        elif self.path == "/huge":
            # 200 MB announced by nothing: streamed until the client hangs up
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + "数据".encode() * 10_000 + b"</p>\n"
            try:
                for _ in range(200_000_000 // len(chunk)):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _bad_file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BAD_FILES = {
    "empty": ("empty.txt", b"", "empty"),
    "binary": ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    "undecodable": ("broken.txt", b"\xef\xbb\xbf" + "标题\n\n正文".encode() + b"\xff\xfe\xc0\xc1", "utf-8"),
    "html-without-text": ("blank.html", b"<html><head><title>x</title></head><body><div></div></body></html>",
                          "no article text"),
    "json-missing-fields": ("article.json", json.dumps({"title": "只有标题"}).encode(), "paragraphs"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_one_line_and_exit_2(tmp_path, case):
    name, data, cause = BAD_FILES[case]
    path = _bad_file(tmp_path, name, data)
    proc = run("brief", path)
    assert proc.returncode == 2
    lines = proc.err.strip().splitlines()
    assert len(lines) == 1, proc.err
    assert str(path) in lines[0] and cause in lines[0].lower()
    assert proc.out == "" and "Traceback" not in proc.err


def test_folder_with_no_articles(tmp_path):
    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "notes.csv").write_text("a,b\n")
    proc = run("brief", folder, "--out-dir", tmp_path / "out")
    assert proc.returncode == 2
    lines = proc.err.strip().splitlines()
    assert len(lines) == 1 and str(folder) in lines[0] and "no article" in lines[0]


@pytest.mark.parametrize("path,cause", [("/missing", "404"), ("/slow", "timed out"), ("/huge", "limit")])
def test_bad_url_is_one_line_and_exit_2(server, path, cause):
    url = server + path
    proc = run("brief", url, "--timeout", "1", "--max-bytes", "2000000")
    assert proc.returncode == 2
    lines = proc.err.strip().splitlines()
    assert len(lines) == 1, proc.err
    assert url in lines[0] and cause in lines[0]
    assert "Traceback" not in proc.err


def test_bad_options_are_one_line_errors(tmp_path):
    for args, cause in [(["--format", "pdf"], "unknown format"),
                        (["--model", "gpt-4o-mini"], "--engine llm"),
                        (["-o", tmp_path / "a.md", "--out-dir", tmp_path], "not both"),
                        (["--engine", "nope"], "unknown engine")]:
        proc = run("brief", EN, *args)
        assert proc.returncode == 2, args
        assert len(proc.err.strip().splitlines()) == 1 and cause in proc.err, proc.err
        assert "Traceback" not in proc.err


# --- schema and help ---------------------------------------------------------------------------

def test_schema_is_the_brief_json_schema():
    proc = run("schema")
    assert proc.returncode == 0, proc.err
    schema = json.loads(proc.out)
    assert schema["type"] == "object"
    assert {"core_viewpoint", "sections"} <= set(schema["properties"])
    assert {"core_viewpoint", "sections"} <= set(schema["required"])
    assert "Claim" in schema["$defs"] and "citations" in schema["$defs"]["Claim"]["properties"]


def test_help_lists_commands_and_examples():
    top = run("--help")
    assert top.returncode == 0 and "brief" in top.out and "schema" in top.out
    sub = run("brief", "--help")
    assert sub.returncode == 0
    assert "citebrief brief examples/articles/ --format md,json,html --out-dir out/" in sub.out
    for option in ("--engine", "--format", "--out-dir", "--concurrency", "--strategy"):
        assert option in sub.out


# --- length ------------------------------------------------------------------------------------

def test_length_option_and_config_choose_the_budget(tmp_path):
    import os

    env = {**os.environ, "CITEBRIEF_CONFIG": str(tmp_path / "config.toml")}
    outs = {}
    for length in ("short", "standard", "full"):
        proc = run("brief", ZH_HANS, "--length", length, env=env)
        assert proc.returncode == 0, proc.err
        outs[length] = proc.out
    assert len(outs["short"]) < len(outs["standard"]) < len(outs["full"])
    assert run("brief", ZH_HANS, env=env).out == outs["standard"]  # the default
    assert "brief.length = standard    [default]" in run("config", "show", env=env).out
    assert run("config", "set", "brief.length", "full", env=env).returncode == 0
    assert "brief.length = full" in run("config", "show", env=env).out
    assert run("brief", ZH_HANS, env=env).out == outs["full"]
    assert run("brief", ZH_HANS, "-l", "short", env=env).out == outs["short"]  # the option wins


def test_bad_lengths_are_one_line_errors(tmp_path):
    import os

    env = {**os.environ, "CITEBRIEF_CONFIG": str(tmp_path / "config.toml")}
    for args, words in ((("brief", EN, "--length", "medium"), "short, standard, full"),
                        (("brief", EN, "--engine", "llm", "--length", "short"), "only for --engine extractive"),
                        (("config", "set", "brief.length", "tiny"), "short, standard, full")):
        proc = run(*args, env=env)
        assert proc.returncode == 2, proc.out
        assert words in proc.err and len(proc.err.strip().splitlines()) == 1, proc.err
