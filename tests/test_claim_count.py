"""One count of a brief's claims: Brief.summary, `citebrief list`, the HTML header and `citebrief
verify` (on the brief as Markdown and as JSON) give the same number, for a Core Viewpoint of
several sentences and a brief with dropped claims alike."""
from __future__ import annotations

import json
import re
import subprocess

from citebrief.article import Article
from citebrief.brief import Brief, BriefReport, Claim, DroppedClaim, Section, claims_line, count_claims
from citebrief.renderers import render
from citebrief.verify import verify_brief
from tests.support.store import CLI, cli_env

ARTICLE = Article(
    title="Harbor Lights quarterly results",
    source="Example Wire",
    language="en",
    url="https://wire.example/harbor-lights",
    paragraphs=[
        "Harbor Lights said on Tuesday its third-quarter revenue rose 8.4% to 12.6 billion yuan.",
        "Net profit fell 3.1% to 1.9 billion yuan, hurt by higher shipping costs.",
        "The company expects fourth-quarter revenue of about 13 billion yuan.",
        "Its shares closed 2.2% higher at 41.50 yuan.",
    ],
)


def _brief() -> Brief:
    core = Claim(text="Harbor Lights' third-quarter revenue rose 8.4% to 12.6 billion yuan. "
                      "Net profit fell 3.1% to 1.9 billion yuan.", citations=[1, 2])
    sections = [
        Section(title="Outlook", bullets=[
            Claim(text="The company expects fourth-quarter revenue of about 13 billion yuan.", citations=[3])]),
        Section(title="Empty", bullets=[]),  # a title without bullets is no claim, and not shown
        Section(title="Market", bullets=[
            Claim(text="Its shares closed 2.2% higher at 41.50 yuan.", citations=[4]),
            Claim(text="Its shares closed 3.2% higher.", citations=[4]),  # wrong: unsupported
        ]),
    ]
    report = BriefReport(dropped=[DroppedClaim(text="Revenue doubled.", citations=[1], reasons=["no figure"])])
    brief = Brief(article=ARTICLE, core_viewpoint=core, sections=sections, engine="llm", language="en",
                  report=report)
    return verify_brief(brief)


def _verify(tmp_path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article = tmp_path / "article.json"
    article.write_text(ARTICLE.model_dump_json(), encoding="utf-8")
    r = subprocess.run(CLI + ["verify", str(path), "--article", str(article), "--format", "json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr  # one claim is unsupported
    plain = subprocess.run(CLI + ["verify", str(path), "--article", str(article)], capture_output=True, text=True,
                           timeout=120)
    report = json.loads(r.stdout)
    report["last_line"] = plain.stdout.strip().splitlines()[-1]
    return report


def test_every_surface_counts_the_same_claims(tmp_path):
    brief = _brief()
    summary = brief.summary
    # The Core Viewpoint (two sentences) is one claim, and so is each of the 3 bullets; the dropped
    # claim and the empty section are not claims.
    assert summary == {"claims": 4, "supported": 3, "unsupported": 1, "unverifiable": 0, "unchecked": 0}
    expected = claims_line(summary)
    assert expected == "4 claims: 3 supported, 1 unsupported, 0 unverifiable"

    # `citebrief verify` on the brief as Markdown (dropped claims listed last, marks and notes) and as JSON.
    for name, fmt in (("brief.md", "md"), ("brief.json", "json")):
        report = _verify(tmp_path, name, render(brief, fmt))
        assert len(report["claims"]) == report["summary"]["claims"] == 4, name
        assert {k: report["summary"][k] for k in summary} == summary, name
        assert report["last_line"] == expected, name

    # The HTML header.
    html = render(brief, "html")
    header = re.search(r'<p class="meta summary">(.*?)</p>', html, re.S).group(1)
    assert "4 claims (the Core Viewpoint and 3 bullets); 1 dropped, not counted:" in header
    assert "✓ 3 supported" in header and "⚠ 1 unsupported" in header

    # `citebrief list`, from the counts stored with the brief.
    from citebrief.store.store import Store, settings_key_for

    db = str(tmp_path / "store.sqlite")
    with Store.open(db) as store:
        store.save(ARTICLE, brief, settings_key=settings_key_for("llm"))
    r = subprocess.run(CLI + ["list"], capture_output=True, text=True, env=cli_env(db), timeout=120)
    assert r.returncode == 0, r.stderr
    assert "4 claims: 3 ok, 1 bad, 0 n/a" in r.stdout


def test_the_one_count_and_its_line():
    assert count_claims(["supported", "unverifiable", "supported"]) == {
        "claims": 3, "supported": 2, "unsupported": 0, "unverifiable": 1, "unchecked": 0}
    assert claims_line(count_claims(["supported"])) == "1 claim: 1 supported, 0 unsupported, 0 unverifiable"
    assert claims_line(count_claims(["unchecked", "unsupported"])) == \
        "2 claims: 0 supported, 1 unsupported, 0 unverifiable, 1 not checked"
    # The per-status counts a stored brief keeps give the same line.
    stored = {"supported": 3, "unsupported": 1, "unverifiable": 0, "unchecked": 0}
    assert claims_line(stored, short=True) == "4 claims: 3 ok, 1 bad, 0 n/a"
