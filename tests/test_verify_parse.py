"""parse_brief: the house format, multi-line or flattened onto one line, reads back the same claims."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from citebrief.errors import InputError
from citebrief.verify import parse_brief
from tests.support.verify import article

ART = article(*[f"Paragraph {n} says 1.{n} trillion yen." for n in range(1, 7)], title="T", language="en")

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)
sentence = st.lists(words, min_size=2, max_size=10).map(lambda ws: " ".join(ws).capitalize())
title = st.lists(words, min_size=1, max_size=3).map(lambda ws: " ".join(w.capitalize() for w in ws))
cites = st.lists(st.integers(min_value=1, max_value=6), min_size=1, max_size=3, unique=True)
claim = st.tuples(sentence, cites)
sections = st.lists(st.tuples(title, st.lists(claim, min_size=1, max_size=3)), min_size=1, max_size=4)


def marks(numbers):
    return "".join(f"[{n}]" for n in numbers)


@settings(max_examples=100, deadline=None)
@given(core=claim, body=sections)
def test_flattened_and_multi_line_forms_agree(core, body):
    multi = ["Title", "Src·2025-11-06 04:16", "", f"Core Viewpoint - {core[0]} {marks(core[1])}"]
    flat = f"Title Src·2025-11-06 04:16 Core Viewpoint - {core[0]} {marks(core[1])}."
    for t, bullets in body:
        multi.append(t)
        for i, (text, c) in enumerate(bullets):
            multi.append(f"- {text} {marks(c)}")
            flat += (f" {t} - " if i == 0 else " - ") + f"{text} {marks(c)}."
    a, b = parse_brief("\n".join(multi), ART), parse_brief(flat, ART)
    expected = [(core[0], core[1])] + [(text, c) for _, bs in body for text, c in bs]
    for parsed in (a, b):
        got = [(c.text.rstrip("."), c.citations) for c in parsed.claims()]
        assert got == expected
        assert [s.title for s in parsed.sections] == [t for t, _ in body]


def test_header_gives_title_and_citation_forms_are_read():
    b = parse_brief("Workflow\nJapan story\nWire·2025-11-06 04:16\n\nCore Viewpoint: A [1, 3]\nS\n• B [2-4]\n* C 【5】\n",
                    ART)
    assert b.core_viewpoint.citations == [1, 3]
    assert [(c.text, c.citations) for c in b.sections[0].bullets] == [("B", [2, 3, 4]), ("C", [5])]


def test_without_an_article_a_stand_in_carries_the_citations():
    b = parse_brief("Core Viewpoint - A [1][7]\nS\n- B [2]\n", None)
    assert len(b.article.paragraphs) == 7


@pytest.mark.parametrize("text, cause", [
    ("", "empty brief"),
    ("no viewpoint here [1]", "Core Viewpoint"),
    ("{\"sections\": []}", "not a brief"),
    ("{\"core_viewpoint\": {\"text\": \"A\", \"citations\": \"x\"}, \"sections\": []}", "invalid brief JSON"),
])
def test_bad_briefs_raise_one_line_input_errors(text, cause):
    with pytest.raises(InputError) as err:
        parse_brief(text, ART, source="b.txt")
    assert cause in str(err.value) and str(err.value).startswith("b.txt: ") and "\n" not in str(err.value)


# ---------------------------------------------------------------- malformed citations

def test_malformed_citations_stay_in_the_claim_as_marks_and_end_a_flattened_claim():
    multi = parse_brief("T\nW·2025-11-06 04:16\n\nCore Viewpoint - A says 1.1 trillion yen [abc]\nS\n"
                        "- B says 1.2 trillion yen [2]\n- C says 1.3 trillion yen [-1]\n- D says 1.4 trillion yen [4][x]\n",
                        ART)
    flat = parse_brief("T W·2025-11-06 04:16 Core Viewpoint - A says 1.1 trillion yen [abc]. S - B says 1.2 "
                       "trillion yen [2]. - C says 1.3 trillion yen [-1]. - D says 1.4 trillion yen [4][x].", ART)
    for b in (multi, flat):
        got = [(c.text.rstrip("."), c.citations) for c in b.claims()]
        assert got == [("A says 1.1 trillion yen [abc]", []), ("B says 1.2 trillion yen", [2]),
                       ("C says 1.3 trillion yen [-1]", []), ("D says 1.4 trillion yen [x]", [4])]
    # '[sic]' is an editor's mark, not a citation, and does not end a flattened claim.
    b = parse_brief("T W·2025-11-06 04:16 Core Viewpoint - A [sic] says 1.1 trillion yen [1]. S - B [2].", ART)
    assert [(c.text, c.citations) for c in b.claims()] == [("A [sic] says 1.1 trillion yen.", [1]), ("B.", [2])]


def test_malformed_citations_in_brief_json_are_kept_as_marks():
    import json

    b = parse_brief(json.dumps({"core_viewpoint": {"text": "A says 1.1 trillion yen", "citations": ["abc", 1, "2"]},
                                "sections": [{"title": "S", "bullets": [{"text": "B", "citations": [1.5]}]}]}), ART)
    assert (b.core_viewpoint.text, b.core_viewpoint.citations) == ("A says 1.1 trillion yen [abc]", [1, 2])
    assert (b.sections[0].bullets[0].text, b.sections[0].bullets[0].citations) == ("B [1.5]", [])
