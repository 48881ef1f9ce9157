"""What a figure, date or name of a paragraph is worth to a brief: the chance that an analyst
keeps it as a key fact, from a logistic model over the atom's features.

The features (``atom_features``) say what the extractive engine reads of an atom anyway: its kind
and role (a level, a change beside the level it reached, the level a change started from, a
figure in an aside, a scheduled date, a person who makes the news or an analyst who comments on
it, another name), its rank among the paragraph's figures, whether its Chinese clause names its
metric, where the paragraph and the sentence hold it, and a few words around it (a target price,
a forecast, a closing level). The weights are data (``data/value_model.json``), fitted by
``eval/fit_value.py`` on the key facts of the coverage sets (eval/data/coverage*): an atom is a
positive when a key fact's text covers it. The engine's greedy (``extractive._select``) then adds
up, per character, the expected key facts a span carries.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

# The features, in the model's order ('bias' first). Kinds and roles are one-hot; 'rank1',
# 'rank2', 'rank3' a level's rank among its paragraph's levels (the first is none of them).
FEATURES = (
    "bias", "zh",
    "level", "change", "base", "aside", "headline", "date", "person", "analyst", "name",
    "rank1", "rank2", "rank3", "named_metric", "in_sentence1", "in_sentence2",
    "place", "lead_paragraph", "first_sentence",
    "percent", "money", "scale", "target", "forecast", "close", "quote", "title_overlap", "said",
)

# Words before an atom, in its clause, that tell what the figure is (both scripts, lower case).
# (One pass: each alternative is a named group, the feature it sets; a target price is a forecast too.)
_CLAUSE_WORDS = re.compile(
    r"(?P<target>目标价|目標價|目标股价|目標股價|target price|price target|fair value)"
    r"|(?P<forecast>预计|預計|预期|預期|预测|預測|预估|預估|展望|指引|目标|目標|expects?|forecasts?|"
    r"projects?|guidance|outlook|estimates?|targets?|sees|aims?)"
    r"|(?P<close>收[报報盘盤]|收[于於在]|报收|報收|closed|ended|finished|settled)")


@lru_cache(maxsize=1)
def _unit_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Currency and scale words as citebrief.facts reads them (its CURRENCIES, prefixes and SCALES,
    Han ones in both scripts), for whether a figure's text is an amount of money and has a scale."""
    from citebrief.engines.ranking import _both_scripts
    from citebrief.facts import quantities as q

    def alternation(words: set[str]) -> str:  # (a figure's own text: '$3.1billionyuan' runs its words together)
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    money = _both_scripts({*q.CURRENCIES, *q._PRE})
    # (Single letters scale only right after a digit: '$5m', '12bn'.)
    scales = _both_scripts(w for w in q.SCALES if len(w) > 1 or not w.isascii())
    return (re.compile(alternation(money)),
            re.compile(alternation(scales) + r"|(?<=\d)[bmk](?![a-z])"))
_UP_TO_LAST_MARK = re.compile(r".*[，,；;。：:！？!?]", re.DOTALL)  # (greedy: to the last clause mark)


_EN_WORD = re.compile(r"[a-z][a-z'-]*")


def _cues(text: str, chinese: bool, after: bool = False) -> list[str]:
    """The words of a figure's clause next to it: Chinese character pairs of the last 8
    characters before it (the first 2 after it), English the last 3 words before it (the first 2
    after it)."""
    if chinese:
        han = "".join(ch for ch in (text[:2] if after else text[-8:]) if "\u4e00" <= ch <= "\u9fff")
        return [han[i:i + 2] for i in range(len(han) - 1)] if not after else ([han] if han else [])
    words = _EN_WORD.findall(text)
    return words[:2] if after else words[-3:]


def atom_features(paragraph: str, chinese: bool, kind: str, role: str, key: str, start: int, end: int,
                  rank: int, named_metric: bool, in_sentence: int, sentence: int, place: float,
                  title_overlap: float = 0.0, said: bool = False) -> dict[str, float]:
    """The features of one atom of ``paragraph`` (see the module docs): ``kind`` as the engine
    reads it ('figure', 'headline', 'date', 'person', 'name'), ``role`` ('figure' for a level,
    'change', 'base', 'aside', 'analyst', or the kind), ``rank`` a level's rank in the paragraph,
    ``in_sentence`` the figures before it in its sentence, ``sentence`` its sentence's index in
    the paragraph, ``place`` the paragraph's position (0 lead .. 1 last), ``title_overlap`` the
    share of the title's shingles its sentence holds, ``said`` whether its sentence quotes someone."""
    f: dict[str, float] = {"bias": 1.0, "place": place, "title_overlap": title_overlap}
    if chinese:
        f["zh"] = 1.0
    if place == 0.0:
        f["lead_paragraph"] = 1.0
    if sentence == 0:
        f["first_sentence"] = 1.0
    if said:
        f["said"] = 1.0
    if kind == "headline":
        f["headline"] = 1.0
    if role == "figure":
        f["level"] = 1.0
        if rank >= 1:
            f[f"rank{min(rank, 3)}"] = 1.0
        if named_metric:
            f["named_metric"] = 1.0
    elif role in ("change", "base", "aside", "date", "person", "analyst", "name"):
        f[role] = 1.0
    if kind in ("figure", "headline"):
        if in_sentence:
            f[f"in_sentence{min(in_sentence, 2)}"] = 1.0
        low = key.lower()
        if "%" in low or "％" in low or "percent" in low or "百分" in low:
            f["percent"] = 1.0
        money, scale = _unit_words()
        if money.search(low):
            f["money"] = 1.0
        if scale.search(low):
            f["scale"] = 1.0
        # The clause before the figure (back to the last clause mark, at most 24 characters).
        before = paragraph[max(0, start - 24):start]
        mark = _UP_TO_LAST_MARK.match(before)
        clause = (before[mark.end():] if mark else before).lower()
        for m in _CLAUSE_WORDS.finditer(clause):
            f[m.lastgroup or ""] = 1.0
            if m.lastgroup == "target":
                f["forecast"] = 1.0
        for cue in _cues(clause, chinese):
            f["w:" + cue] = 1.0
        after = paragraph[end:end + (2 if chinese else 24)].lower()
        for cue in _cues(after, chinese, after=True):
            f["a:" + cue] = 1.0
    if paragraph.count("“", 0, start) > paragraph.count("”", 0, start) or paragraph.count('"', 0, start) % 2:
        f["quote"] = 1.0  # inside a quotation
    return f


_override: list[dict[str, float]] = []


@lru_cache(maxsize=1)
def _fitted() -> dict[str, float]:
    raw = json.loads(resources.files("citebrief.data").joinpath("value_model.json").read_text(encoding="utf-8"))
    return {name: float(w) for name, w in raw["weights"].items()}


def use_weights(weights: dict[str, float] | None) -> None:
    """Score with ``weights`` (feature name -> weight) instead of the data file's, or go back to
    the data file's (None): for eval/fit_value.py's cross-validation."""
    _override.clear()
    if weights is not None:
        _override.append(weights)


def key_fact_chance(features: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """The model's chance that the atom with ``features`` is a key fact."""
    w = weights if weights is not None else _override[-1] if _override else _fitted()
    get = w.get
    z = sum([get(name, 0.0) * v for name, v in features.items()])
    return 1.0 / (1.0 + math.exp(-z))
