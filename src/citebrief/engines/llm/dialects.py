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

from citebrief.errors import ConfigError

AUTO = "auto"
# Tried in this order by `auto`; once the server rejects one, later calls start at the next.
FALLBACK = ("json_schema", "json_object_schema", "json_object", "prompt")
RESPONSE_FORMATS = (AUTO, *FALLBACK)
SCHEMA_FORMATS = frozenset({"json_schema", "json_object_schema"})  # the server enforces the schema


def parse_response_format(value: Any, origin: str | None = None) -> str:
    """A user's choice (option, environment, config file) as one of RESPONSE_FORMATS (None or ''
    is auto; json-schema is json_schema); anything else is a one-line ConfigError naming the
    value, where it came from and the choices."""
    text = str(value or AUTO).strip().lower().replace("-", "_")
    if text not in RESPONSE_FORMATS:
        where = f" ({origin})" if origin and origin != "option" else ""
        raise ConfigError(f"llm engine: unknown response format {value!r}{where}; "
                          f"choose one of {', '.join(RESPONSE_FORMATS)}")
    return text


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
