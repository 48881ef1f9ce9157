"""The LLM engine's endpoint, model and key, from its settings (config.LLMSettings: option ->
environment (CITEBRIEF_LLM_*, then OPENAI_*) -> config file). A missing endpoint or model is a
one-line ConfigError."""
from __future__ import annotations

from dataclasses import dataclass

from citebrief.config import LLMSettings, load_section
from citebrief.errors import ConfigError


@dataclass(frozen=True)
class Endpoint:
    base_url: str
    model: str
    api_key: str | None


def endpoint_of(settings: LLMSettings) -> Endpoint:
    if not settings.base_url:
        raise ConfigError("llm engine: no endpoint: pass --base-url, set CITEBRIEF_LLM_BASE_URL "
                          "or run `citebrief config set llm.base_url URL`")
    if not settings.model:
        raise ConfigError("llm engine: no model: pass --model, set CITEBRIEF_LLM_MODEL "
                          "or run `citebrief config set llm.model NAME`")
    return Endpoint(settings.base_url, settings.model, settings.api_key or None)


def resolve_endpoint(*, base_url: str | None = None, model: str | None = None,
                     api_key: str | None = None) -> Endpoint:
    settings, _ = load_section(LLMSettings, {"base_url": base_url, "model": model, "api_key": api_key})
    return endpoint_of(settings)
