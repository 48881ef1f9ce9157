"""How far a figure reaches: the world's or one country's. 'The top three makers account for 52% of global
tyre mould output' where the paragraph says 合计占全国产量的52% (the nation's output), and 'insolvencies in
France would rise 5%' where it says 'business insolvencies worldwide would rise 5%'.

A claim's reach is read right with its figure: 'of global …', 'of the world's …' or 'of national …' after a
share, or a place its clause names. The paragraph's is read in the part of the sentence before the figure
(全国, 国内 / 全球, worldwide). A claim is contradicted only when every figure of its value in the cited
paragraphs is written with the other reach and none with its own.
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts, english_names, place_names_other, source_names
from citebrief.facts.binding import sentence_span
from citebrief.facts.quantities import matches

# A share of the world's whole, right after the claim's figure: '52% of global output', 'of the world's supply'.
_WORLD_SHARE_EN = re.compile(r"\s(?:of|in)\s(?:the\s)?(?:global|world's|world’s|worldwide|world)\b", re.IGNORECASE)
_NATION_SHARE_EN = re.compile(r"\s(?:of|in)\s(?:the\s)?(?:national|nationwide|domestic|country's|country’s)\b", re.IGNORECASE)
# (Not 'the rest of the world', 'rest-of-world sales': all but one market.)
_WORLD_EN = re.compile(r"(?<!rest of )(?<!rest-of-)\b(?:global|globally|worldwide|world's|world’s|the world)\b", re.IGNORECASE)
_REST_OF_WORLD = re.compile(r"\brest[ -]of[ -](?:the[ -])?world\b", re.IGNORECASE)
_WORLD_ZH = re.compile(r"全球|世界|全世界")
# Words for the whole nation in a Chinese story (one home: verify.attribution reads them too).
NATIONWIDE_ZH = ("全国", "全國", "国内", "國內", "我国", "我國", "境内", "境內")
_NATION_ZH = re.compile("|".join(NATIONWIDE_ZH))
_PLACE_KINDS = ("place", "country")


def _before_in_sentence(paragraph, start: int, end: int, reach: int = 60) -> str:
    """The part of the paragraph's sentence holding a figure that comes before it (at most ``reach``)."""
    s0, _ = sentence_span(paragraph.text, start, end)
    return paragraph.text[max(s0, start - reach):start]


def scope_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim whose figure the cited paragraphs give the world where it says one country,
    or one country where it says the world (``idx``: ArticleIndex)."""
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    text = facts.text
    places = [n for n in english_names(text) if n.entity is not None and n.entity.kind in _PLACE_KINDS
              and not place_names_other(text, n)]
    problems: list[str] = []
    for f in facts.figures:
        if f.q.kind not in ("percent", "number", "amount"):
            continue
        found = [(n, g) for n in cited for g in idx.paragraphs[n - 1].facts.figures if matches(f.q, g.q)]
        if not found:
            continue
        before = [_before_in_sentence(idx.paragraphs[n - 1], g.q.start, g.q.end) for n, g in found]
        if f.q.kind != "percent":
            # ('more than 46,000 member companies in Taiwan' where [8] counts them 全球: a count or sum of
            # the world's told as one place's.)
            if _worlds_not_the_places(before, text, places, percent=False):
                problems.append(f"'{f.q.text}' is the world's in [{found[0][0]}], not {places[0].text}'s")
            continue
        if _WORLD_SHARE_EN.match(text, f.q.end):
            if all(_NATION_ZH.search(b) and not _WORLD_ZH.search(b) and not _WORLD_EN.search(b) for b in before):
                problems.append(f"'{f.q.text}' is of the nation's whole in [{found[0][0]}], not the world's")
        elif _NATION_SHARE_EN.match(text, f.q.end):
            if all(_WORLD_ZH.search(b) and not _NATION_ZH.search(b) for b in before):
                problems.append(f"'{f.q.text}' is of the world's whole in [{found[0][0]}], not the nation's")
        elif _worlds_not_the_places(before, text, places, percent=True):
            # ('insolvencies in France would rise 5%' where the paragraph's 5% is worldwide.)
            problems.append(f"'{f.q.text}' is the world's in [{found[0][0]}], not {places[0].text}'s")
    return problems


def _worlds_not_the_places(before: list[str], text: str, places: list, percent: bool) -> bool:
    """Whether the claim gives its figure the places it names (``text``, ``places``) where every cited
    sentence (``before`` each figure) gives it the world: 全球, and for a percentage 'worldwide' too;
    a count or sum must not name the place in the paragraph's own script either."""
    if not places or _WORLD_EN.search(text) or _REST_OF_WORLD.search(text):
        return False

    def worlds(b: str) -> bool:
        return bool((percent and _WORLD_EN.search(b[-40:])) or (_WORLD_ZH.search(b[-24:]) and not _NATION_ZH.search(b[-24:])))

    def names_a_place(b: str) -> bool:
        return any(p.text.lower() in b.lower() for p in places) or (not percent and any(
            m.entity is not None and p.entity is not None and m.entity.id == p.entity.id for m in source_names(b) for p in places))

    return all(worlds(b) and not names_a_place(b) for b in before)
