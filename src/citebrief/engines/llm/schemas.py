"""What the model must answer, as pydantic models; every answer is validated against them."""
from __future__ import annotations

import copy
import json
import re
from functools import cache, lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from citebrief.text.script import HAN_CLASS


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Quote(_Strict):
    paragraph: int = Field(..., description="number of the paragraph the quote is copied from")
    quote: str = Field(..., description="words copied verbatim from that paragraph, in its language")


class Bullet(_Strict):
    text: str
    citations: list[int] = Field(..., description="numbers of the paragraphs the statement rests on")
    evidence: list[Quote] = Field(..., description="verbatim quotes that hold every figure and name")


class SectionOut(_Strict):
    title: str
    bullets: list[Bullet]


class GlossaryEntry(_Strict):
    name: str = Field(..., description="a name as written in the brief")
    source: str = Field(..., description="the same name exactly as written in the article")


class AbstractiveAnswer(_Strict):
    core_viewpoint: Bullet
    sections: list[SectionOut]
    glossary: list[GlossaryEntry]


class RepairedBullet(Bullet):
    id: int = Field(..., description="the id of the bullet being corrected")


class RepairAnswer(_Strict):
    bullets: list[RepairedBullet] = Field(..., description="corrected bullets; leave out any you cannot support")
    glossary: list[GlossaryEntry]


class TranslatedItem(_Strict):
    id: int
    text: str


class TranslateAnswer(_Strict):
    items: list[TranslatedItem]
    glossary: list[GlossaryEntry]


def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema in the form OpenAI's strict mode wants: every property required,
    no additional properties, no titles or defaults. Cached and shared: treat it as read-only."""
    return _strict_schema(model)


@cache
def _strict_schema(model: type[BaseModel]) -> dict[str, Any]:  # pydantic takes ~40 ms per schema
    schema = copy.deepcopy(model.model_json_schema())

    def strictify(node: dict[str, Any]) -> None:
        # Schema annotations only: a *property* called "title" (a section's) is a dict and stays.
        if isinstance(node.get("title"), str):
            node.pop("title")
        node.pop("default", None)
        if node.get("type") == "object" and "properties" in node:
            node["additionalProperties"] = False
            node["required"] = list(node["properties"])

    _each_dict(schema, strictify)
    return schema


def _each_dict(node: Any, visit: Any) -> None:
    """Call visit(d) on every dict of a JSON Schema, parents before children."""
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            _each_dict(value, visit)
    elif isinstance(node, list):
        for value in node:
            _each_dict(value, visit)


# Caps for servers that hold the answer to the schema (json_schema, llama.cpp's JSON mode with a
# schema): a small model otherwise repeats one sentence or one bullet until max_tokens cuts it, and
# the cut answer is not JSON. A server that rejects one of these keywords (OpenAI's strict mode
# rejects some) gets the schema without it from then on (client.py, endpoints.py).
# A brief of 3 sections of 3 bullets with one Chinese sentence quoted each fits in ~1,200 tokens.
SCHEMA_KEYWORDS = ("maxItems", "minItems", "maxLength", "minLength", "pattern")
_MAX_ITEMS = {"sections": 3, "bullets": 3, "evidence": 2, "citations": 3, "glossary": 8, "items": 60}
_MAX_LENGTH = {"text": 400, "quote": 200, "title": 80, "name": 80, "source": 80}
# Floors, for the same servers: a small model otherwise writes one bullet, or copies the prompt's
# '"quote": "..."' literally. Keyed by the property and its object's properties, so that a repair
# answer (which may leave every statement out) gets none.
_MIN_ITEMS = {("sections", frozenset({"core_viewpoint", "sections", "glossary"})): 2,
              ("bullets", frozenset({"title", "bullets"})): 2,
              ("evidence", frozenset({"text", "citations", "evidence"})): 1,
              ("evidence", frozenset({"text", "citations", "evidence", "id"})): 1}
_MIN_QUOTE = 6


# An English brief's own words (statements, titles, glossary names) may hold no Chinese
# characters: a small model asked for English otherwise copies the Chinese article. Quotes and
# source forms are free. Written as a pattern llama.cpp turns into its grammar: JSON string
# characters (no quote, backslash or control character) other than CJK ideographs.
_LATIN_KEYS = {"text", "title", "name"}
_NO_HAN = '[^"\\\\\\x7F\\x00-\\x1F' + HAN_CLASS + ']'


def bounded(schema: dict[str, Any], latin: bool = False, quotes: tuple[str, ...] = (),
            drop: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A copy of a strict schema with maxItems / maxLength on its arrays and strings; with
    `latin`, no Chinese characters in the brief's own words; with `quotes` (the article's
    sentences), every evidence quote one of them, verbatim; without the SCHEMA_KEYWORDS in `drop`
    (those the server rejected: without "pattern", lengths are capped by maxLength instead).
    Shared and read-only: the article-free part is cached per schema, and an article's quotes
    only copy the path to its quote property (a whole copy cost ~1 ms a request on the loop)."""
    patterns = "pattern" not in drop
    base = _bounded_base(schema, latin and patterns, drop)
    if not quotes or not patterns:
        return base
    return _with_quote_choice(base, _choice(quotes))


def _bounded_base(schema: dict[str, Any], latin: bool, drop: frozenset[str]) -> dict[str, Any]:
    cache_key = (id(schema), latin, drop)
    hit = _BOUNDED.get(cache_key)
    if hit is not None and hit[0] is schema:
        return hit[1]
    out = copy.deepcopy(schema)

    def cap(node: dict[str, Any]) -> None:
        props = node.get("properties") or {}
        for key, prop in props.items():
            if not isinstance(prop, dict):
                continue
            if prop.get("type") == "array" and key in _MAX_ITEMS:
                prop["maxItems"] = _MAX_ITEMS[key]
                least = _MIN_ITEMS.get((key, frozenset(props)))
                if least:
                    prop["minItems"] = least
            elif prop.get("type") == "string" and latin and key in _LATIN_KEYS:
                # llama.cpp ignores maxLength next to a pattern: the length goes into the pattern.
                prop["pattern"] = f"^{_NO_HAN}{{0,{_MAX_LENGTH[key]}}}$"
            elif prop.get("type") == "string" and key in _MAX_LENGTH:
                prop["maxLength"] = _MAX_LENGTH[key]
                if key == "quote":
                    prop["minLength"] = _MIN_QUOTE

    def strip(node: dict[str, Any]) -> None:
        for key in drop & node.keys():
            if not isinstance(node[key], dict):  # a keyword, not a property of that name
                del node[key]

    _each_dict(out, cap)
    if drop:
        _each_dict(out, strip)
    _BOUNDED[cache_key] = (schema, out)
    return out


def _with_quote_choice(node: Any, choice: str) -> Any:
    """`node` with every "quote" string property held to `choice` (its lengths go: llama.cpp
    ignores them beside a pattern), copying only the dicts on the way to one."""
    if isinstance(node, list):
        items = [_with_quote_choice(v, choice) for v in node]
        return items if any(a is not b for a, b in zip(items, node)) else node
    if not isinstance(node, dict):
        return node
    changed: dict[str, Any] = {}
    for key, value in node.items():
        if key == "quote" and isinstance(value, dict) and value.get("type") == "string":
            kept = {k: v for k, v in value.items() if k not in ("maxLength", "minLength")}
            changed[key] = {**kept, "pattern": choice}
        else:
            new = _with_quote_choice(value, choice)
            if new is not value:
                changed[key] = new
    return {**node, **changed} if changed else node


@lru_cache(maxsize=64)
def _choice(quotes: tuple[str, ...]) -> str:
    return f"^({'|'.join(_literal(q) for q in quotes)})$"


def quote_choices(paragraphs: list[str], limit: int = 120) -> tuple[str, ...]:
    """The article's sentences, for a grammar that lets a quote be only one of them (verbatim by
    construction); () when there are too many to list or none can be written as a pattern."""
    from citebrief.text.sentences import split_sentences

    seen: dict[str, None] = {}
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph):
            # Not with '"' or '\\': llama.cpp's grammar would let the model write them raw inside
            # the JSON string, which breaks the answer (seen: 'target of "around 5%"').
            if len(sentence) >= _MIN_QUOTE and not {'"', "\\"} & set(sentence) and sentence.isprintable():
                seen.setdefault(sentence)
    return tuple(seen) if 0 < len(seen) <= limit else ()


def _literal(text: str) -> str:
    """A sentence as a literal in the regex subset llama.cpp compiles into its grammar."""
    # Only these are escaped: llama.cpp passes other escapes ('\\$') into its grammar, which rejects them.
    return "".join("[.]" if ch == "." else "\\" + ch if ch in "[]()|{}*+?" else ch for ch in text)


_BOUNDED: dict[tuple[int, bool, frozenset[str]], tuple[dict[str, Any], dict[str, Any]]] = {}


_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.S)


def parse_answer(content: str, model: type[BaseModel]) -> BaseModel:
    """Validate the model's text; tolerate code fences and prose around one JSON object.
    Raises ValueError with a short, model-readable reason."""
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1)
    try:
        data = json.loads(text)
    except ValueError as first:
        # Prose around the object ("Here is the brief: {...}") is common with small models.
        start, end = text.find("{"), text.rfind("}")
        try:
            if start < 0 or end <= start:
                raise first
            data = json.loads(text[start:end + 1])
        except ValueError:
            raise ValueError(f"the answer is not valid JSON ({first})") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        raise ValueError(f"the JSON does not match the schema: {where}: {error['msg']} "
                         f"({exc.error_count()} error(s))") from None
