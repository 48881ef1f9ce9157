"""`citebrief verify` as a user runs it: a real subprocess, real files, exit codes 0 / 1 / 2."""
from __future__ import annotations

import json
import subprocess
import sys

from _verify_helpers import JAPAN_ARTICLE, reference_brief_path


def run(*args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "citebrief.cli", "verify", *map(str, args)],
                          capture_output=True, text=True, input=stdin, timeout=120)


def test_reference_brief_fails_with_the_kishida_bullet_named():
    r = run(reference_brief_path(), "--article", JAPAN_ARTICLE)
    assert r.returncode == 1, r.stderr
    assert "'Fumio Kishida' (岸田文雄/岸田) not in [4][5]; not in the article" in r.stdout
    assert r.stdout.strip().splitlines()[-1].endswith("1 unsupported, 2 unverifiable")


def test_json_report_shape_and_corrected_brief_exits_zero(tmp_path):
    fixed = tmp_path / "brief.txt"
    fixed.write_text(reference_brief_path().read_text(encoding="utf-8").replace("Fumio Kishida", "Sanae Takaichi"),
                     encoding="utf-8")
    r = run(fixed, "--article", JAPAN_ARTICLE, "--format", "json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert set(report) == {"claims", "summary"}
    assert report["summary"]["unsupported"] == 0
    # The Core Viewpoint is one sentence here; every bullet is its own claim.
    assert len(report["claims"]) == 12
    first = report["claims"][0]
    assert set(first) == {"text", "citations", "status", "atoms", "problems"}
    assert first["citations"] == [1, 4]
    atom = next(a for a in first["atoms"] if a["text"] == "6.5 billion USD")
    assert set(atom) == {"kind", "text", "value", "found_in"} and atom["found_in"] == [1]


def test_core_viewpoint_sentences_are_separate_claims(tmp_path):
    brief = tmp_path / "b.txt"
    brief.write_text("Title\nSrc·2025-11-06 04:16\n\nCore Viewpoint - Japan plans about 1 trillion yen a year. "
                     "Rapidus got about 1.9 trillion yen. [1][2]\nFunding\n- Most funding moves to the regular "
                     "budget from April [1]\n", encoding="utf-8")
    r = run(brief, "--article", JAPAN_ARTICLE, "--format", "json")
    assert r.returncode == 1
    claims = json.loads(r.stdout)["claims"]
    assert [c["status"] for c in claims] == ["supported", "unsupported", "supported"]
    assert claims[1]["citations"] == [1, 2]
    assert claims[1]["problems"] == ["'1.9 trillion yen' not in [1][2]; not in the article"]


def test_brief_from_stdin_and_json_article(tmp_path):
    art = tmp_path / "a.json"
    art.write_text(json.dumps({"title": "Fed", "language": "en", "paragraphs": [
        "The Federal Reserve cut rates by 25 basis points.", "Jerome Powell said inflation was 2.9%."]}),
        encoding="utf-8")
    brief = json.dumps({"core_viewpoint": {"text": "The Fed cut rates by 25 basis points.", "citations": [1]},
                        "sections": [{"title": "Inflation", "bullets": [
                            {"text": "Powell said inflation was 2.9%.", "citations": [1]}]}]})
    r = run("-", "--article", art, stdin=brief)
    assert r.returncode == 1
    assert "'2.9%' not in [1]; found in [2]" in r.stdout


def test_bad_inputs_exit_2_with_one_line():
    for args, stdin, needle in [
        (["missing-brief.txt", "--article", JAPAN_ARTICLE], None, "missing-brief.txt"),
        ([reference_brief_path(), "--article", "missing-article.txt"], None, "missing-article.txt"),
        (["-", "--article", JAPAN_ARTICLE], "just some words", "Core Viewpoint"),
        (["-", "--article", JAPAN_ARTICLE], "{not json", "invalid JSON"),
        ([reference_brief_path(), "--article", JAPAN_ARTICLE, "--format", "xml"], None, "unknown format"),
    ]:
        r = run(*args, stdin=stdin)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and needle in lines[0] and "Traceback" not in r.stderr
