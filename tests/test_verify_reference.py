"""The reference brief (flattened one-line house format, from the system we are measured against)
verified against an article we wrote with its story's facts: only the Kishida bullet fails."""
from __future__ import annotations

import json

import pytest

from citebrief.loaders import load_article
from citebrief.verify import parse_brief, verify_brief
from tests.support.verify import DATA, JAPAN_ARTICLE, reference_brief_path


@pytest.fixture(scope="module")
def reference():
    text = reference_brief_path().read_text(encoding="utf-8")
    return parse_brief(text, load_article(JAPAN_ARTICLE))


def test_our_copy_matches_the_shared_reference():
    shared = reference_brief_path()
    if shared.parent != DATA:
        assert shared.read_text(encoding="utf-8").strip() == (DATA / "seed-brief.txt").read_text(encoding="utf-8").strip()


def test_flattened_brief_parses_into_viewpoint_and_sections(reference):
    assert reference.core_viewpoint.citations == [1, 4]
    assert reference.core_viewpoint.text.startswith("Japan's ruling party plans")
    titles = [s.title for s in reference.sections]
    assert titles == ["Funding Strategy", "Government Investment", "Key Players", "Industry Dynamics",
                      "Economic Policy Context", "Historical Perspective"]
    assert [len(s.bullets) for s in reference.sections] == [2, 2, 2, 2, 2, 1]
    assert reference.sections[2].bullets[0].citations == [2, 3]
    assert "[" not in reference.sections[2].bullets[0].text


def test_only_the_kishida_bullet_is_unsupported(reference):
    verified = verify_brief(reference)
    unsupported = [c for c in verified.claims() if c.check.status == "unsupported"]
    assert len(unsupported) == 1
    assert "Fumio Kishida" in unsupported[0].text
    assert unsupported[0].check.problems == ["'Fumio Kishida' (岸田文雄/岸田) not in [4][5]; not in the article; "
                                             "there the person named is 高市早苗"]
    # The figures the brief does state are all found where it cites them.
    supported = [c for c in verified.claims() if c.check.status == "supported"]
    assert len(supported) >= 8
    amounts = {a.text: a for c in verified.claims() for a in c.check.atoms if a.kind == "amount"}
    assert amounts["1.7 trillion yen"].found_in == [2] and amounts["1.7 trillion yen"].cited
    assert amounts["6.5 billion USD"].found_in == [1]


def test_the_corrected_brief_passes(reference):
    fixed = reference_brief_path().read_text(encoding="utf-8").replace("Fumio Kishida", "Sanae Takaichi")
    verified = verify_brief(parse_brief(fixed, load_article(JAPAN_ARTICLE)))
    assert [c.check.status for c in verified.claims()].count("unsupported") == 0


def test_multi_line_and_json_forms_parse_to_the_same_claims(reference):
    lines = [reference.article.title, "环球财讯·2025-11-06 04:16", "",
             f"Core Viewpoint - {reference.core_viewpoint.text} " + "".join(f"[{n}]" for n in reference.core_viewpoint.citations)]
    for s in reference.sections:
        lines.append(s.title)
        lines += [f"- {b.text} " + "".join(f"[{n}]" for n in b.citations) for b in s.bullets]
    multi = parse_brief("\n".join(lines), reference.article)
    as_json = parse_brief(json.dumps({
        "core_viewpoint": reference.core_viewpoint.model_dump(include={"text", "citations"}),
        "sections": [{"title": s.title, "bullets": [b.model_dump(include={"text", "citations"}) for b in s.bullets]}
                     for s in reference.sections]}), reference.article)

    def shape(b):
        return [(c.text.rstrip("."), c.citations) for c in b.claims()], [s.title for s in b.sections]

    assert shape(multi) == shape(reference) == shape(as_json)
