"""Where the LLM engine's endpoint, model and key come from.

Order: options (CLI flags / keyword arguments) -> environment (CITEBRIEF_LLM_*, then OPENAI_*)
-> config file (``citebrief config``). A missing endpoint or model is a one-line ConfigError.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from citebrief.config import config_path, flatten, load_config
from citebrief.errors import ConfigError

# setting -> environment variables, first set wins
ENV_VARS: dict[str, tuple[str, ...]] = {
    "base_url": ("CITEBRIEF_LLM_BASE_URL", "OPENAI_BASE_URL"),
    "model": ("CITEBRIEF_LLM_MODEL",),
    "api_key": ("CITEBRIEF_LLM_API_KEY", "OPENAI_API_KEY"),
    "price_in": ("CITEBRIEF_LLM_PRICE_IN",),
    "price_out": ("CITEBRIEF_LLM_PRICE_OUT",),
    "max_input_tokens": ("CITEBRIEF_LLM_MAX_INPUT_TOKENS",),
    "response_format": ("CITEBRIEF_LLM_RESPONSE_FORMAT",),
    "requests_per_minute": ("CITEBRIEF_LLM_REQUESTS_PER_MINUTE",),
    "tokens_per_minute": ("CITEBRIEF_LLM_TOKENS_PER_MINUTE",),
}


@dataclass(frozen=True)
class Resolved:
    value: Any
    origin: str  # "option", "env CITEBRIEF_LLM_MODEL", "config <path>", or "unset"


def resolve(name: str, option: Any = None, config: dict[str, Any] | None = None) -> Resolved:
    """One setting by the documented order."""
    if option not in (None, ""):
        return Resolved(option, "option")
    for var in ENV_VARS.get(name, ()):
        if os.environ.get(var):
            return Resolved(os.environ[var], f"env {var}")
    flat = flatten(config if config is not None else load_config())
    value = flat.get(f"llm.{name}")
    if value not in (None, ""):
        return Resolved(value, f"config {config_path()}")
    return Resolved(None, "unset")


def check_value(key: str, value: Any) -> Any:
    """A value `citebrief config set` is about to write, checked where it has a fixed set of
    choices (so that a typo is caught when it is made, not at the next brief); returned as
    it is to be stored."""
    if key == "llm.response_format":
        from citebrief.engines.llm.dialects import parse_response_format

        return parse_response_format(value)
    return value


@dataclass(frozen=True)
class Endpoint:
    base_url: str
    model: str
    api_key: str | None


def resolve_endpoint(*, base_url: str | None = None, model: str | None = None,
                     api_key: str | None = None) -> Endpoint:
    config = load_config()
    url = resolve("base_url", base_url, config).value
    name = resolve("model", model, config).value
    key = resolve("api_key", api_key, config).value
    if not url:
        raise ConfigError("llm engine: no endpoint: pass --base-url, set CITEBRIEF_LLM_BASE_URL "
                          "or run `citebrief config set llm.base_url URL`")
    if not name:
        raise ConfigError("llm engine: no model: pass --model, set CITEBRIEF_LLM_MODEL "
                          "or run `citebrief config set llm.model NAME`")
    return Endpoint(str(url).rstrip("/"), str(name), str(key) if key else None)
