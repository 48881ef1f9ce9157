"""The response formats ("dialects") OpenAI-compatible servers speak, and what each request says
in each of them.

- json_schema: OpenAI's structured outputs (also vLLM, llama.cpp's llama-server, recent Ollama).
- json_object_schema: llama.cpp's JSON mode constrained by a schema ({"type": "json_object",
  "schema": ...}; llama-cpp-python's server).
- json_object: plain JSON mode (DeepSeek, DashScope); the schema goes in the prompt.
- prompt: no response_format at all; the schema goes in the prompt.

The first two make the server hold the answer to the schema, so they carry the small-model caps
and quote rules of schemas.bounded(); a keyword a server rejects is left out from then on
(endpoints.py remembers it). The other two cannot enforce anything: there, as everywhere, the
engine's checks after the answer (run.judge) decide what is published.
"""
from __future__ import annotations

import json
from typing import Any

from citebrief.config import choices_of

# The choices of the llm.response_format setting (config.py), auto first; after it, the order in which
# `auto` tries them: once the server rejects one, later calls start at the next.
RESPONSE_FORMATS = choices_of("llm.response_format")
AUTO = RESPONSE_FORMATS[0]
FALLBACK = RESPONSE_FORMATS[1:]
SCHEMA_FORMATS = frozenset({"json_schema", "json_object_schema"})  # the server enforces the schema


def response_format(fmt: str, schema: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The request's response_format for a format, with the schema it is to carry."""
    if fmt == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}
    if fmt == "json_object_schema":
        return {"type": "json_object", "schema": schema}
    if fmt == "json_object":
        return {"type": "json_object"}
    return None


def schema_prompt(schema: dict[str, Any]) -> dict[str, str]:
    """The message that tells a model without a schema-constrained decoder what to write."""
    return {"role": "system", "content": "Reply with one JSON object, no prose and no code fences, that "
                                         "validates against this JSON Schema:\n"
                                         + json.dumps(schema, ensure_ascii=False)}
