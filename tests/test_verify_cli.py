"""`citebrief verify` as a user runs it: a real subprocess, real files, exit codes 0 / 1 / 2."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.support.verify import JAPAN_ARTICLE, reference_brief_path


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
    # The Core Viewpoint is one claim; every bullet is its own claim.
    assert len(report["claims"]) == report["summary"]["claims"] == 12
    first = report["claims"][0]
    assert set(first) == {"kind", "section", "text", "citations", "status", "atoms", "problems", "sentences"}
    assert first["kind"] == "core_viewpoint" and len(first["sentences"]) == 1
    assert {c["kind"] for c in report["claims"][1:]} == {"bullet"}
    assert first["citations"] == [1, 4]
    atom = next(a for a in first["atoms"] if a["text"] == "6.5 billion USD")
    assert set(atom) == {"kind", "text", "value", "found_in"} and atom["found_in"] == [1]


def test_core_viewpoint_is_one_claim_checked_sentence_by_sentence(tmp_path):
    brief = tmp_path / "b.txt"
    brief.write_text("Title\nSrc·2025-11-06 04:16\n\nCore Viewpoint - Japan plans about 1 trillion yen a year. "
                     "Rapidus got about 1.9 trillion yen. [1][2]\nFunding\n- Most funding moves to the regular "
                     "budget from April [1]\n", encoding="utf-8")
    r = run(brief, "--article", JAPAN_ARTICLE, "--format", "json")
    assert r.returncode == 1
    report = json.loads(r.stdout)
    claims = report["claims"]
    assert [c["status"] for c in claims] == ["unsupported", "supported"]
    assert report["summary"]["claims"] == 2 and report["summary"]["unsupported"] == 1
    core = claims[0]
    assert core["citations"] == [1, 2]
    assert [s["status"] for s in core["sentences"]] == ["supported", "unsupported"]
    assert core["sentences"][1]["problems"] == ["'1.9 trillion yen' not in [1][2]; not in the article"]
    text = run(brief, "--article", JAPAN_ARTICLE).stdout
    assert "- sentence 2: '1.9 trillion yen' not in [1][2]; not in the article" in text
    assert text.strip().splitlines()[-1] == "2 claims: 1 supported, 1 unsupported, 0 unverifiable"


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


def _house(tmp_path, *bullets: str):
    brief = tmp_path / "b.txt"
    brief.write_text("Retail\nWire·2026-07-15 10:00\n\nCore Viewpoint - Retail sales rose 0.6% in June. [7]\nSales\n"
                     + "".join(f"- {b}\n" for b in bullets), encoding="utf-8")
    art = tmp_path / "a.json"
    paragraphs = [f"Paragraph {n} has no figures." for n in range(1, 6)] + [
        "Online sales fell 0.9% in May.",
        "Retail sales rose 0.6% in June from May, the statistics bureau said, after falling 0.9% in May.",
        "The CSI 300 index rose 1.2% on Monday.",
    ]
    art.write_text(json.dumps({"title": "Retail", "language": "en", "paragraphs": paragraphs}), encoding="utf-8")
    return run(brief, "--article", art)


def test_explanations_say_what_is_wrong(tmp_path):
    r = _house(tmp_path,
               "Retail sales rose 0.8% in June. [7]",       # a figure not in [7]: the plain message only
               "Retail sales rose 0.9% in June. [7]",       # in [7], but there it is May's fall: says so, and how
               "Online sales rose 0.9% in May. [6]",
               "Retail sales rose 0.6% in June. [abc]",      # a malformed citation: one clear problem
               "Retail sales rose 0.6% in June. [7][-1]",    # '[-1]' is a malformed citation, not the figure 1
               "The CSI 300 rose 1.2% on Monday. [8]",       # an index name is not the figure 300
               "Retail sales rose 0.6% in June.")            # no citation at all
    assert r.returncode == 1, r.stderr
    claims = r.stdout.split("\nFAIL ")[1:]

    def problems(n: int) -> list[str]:
        return [ln.strip()[2:] for ln in claims[n].splitlines()[1:] if ln.startswith("       - ")]

    assert problems(0) == ["'0.8%' not in [7]; not in the article"]
    # Both wrongs are named: there 0.9% is May's, and it is a fall.
    assert "'rose 0.9%' not in [7]: there the figure goes the other way ('falling 0.9%' in [7])" in problems(1)
    assert "'0.9%' is of May in [7], not of June" in problems(1)
    assert problems(2) == ["'rose 0.9%' not in [6]: there the figure goes the other way ('fell 0.9%' in [6])"]
    malformed = "malformed citation '{}': a citation is a paragraph number, as in [3], [1][4] or [2-4]"
    assert problems(3) == [malformed.format("[abc]"), "the claim cites no paragraph ('0.6%' in [7]; 'June' in [7])"]
    assert problems(4) == [malformed.format("[-1]")]
    assert problems(5) == ["the claim cites no paragraph ('0.6%' in [7]; 'June' in [7])"]
    assert "CSI 300" not in r.stdout.split("FAIL")[-1] and "ok   supported    The CSI 300 rose 1.2%" in r.stdout
    assert "not in no paragraph" not in r.stdout
    assert r.stdout.strip().splitlines()[-1] == "8 claims: 2 supported, 6 unsupported, 0 unverifiable"
