"""Engine registry. Built-in engines are imported lazily by name; third-party engines register
under the ``citebrief.engines`` entry-point group (as simonw/llm does with model plugins)."""
from __future__ import annotations

from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

from citebrief.engines.base import Engine
from citebrief.errors import ConfigError

BUILTIN_ENGINES: dict[str, str] = {
    "extractive": "citebrief.engines.extractive:ExtractiveEngine",
    "llm": "citebrief.engines.llm:LLMEngine",
}


def engine_names() -> list[str]:
    names = set(BUILTIN_ENGINES)
    names.update(ep.name for ep in entry_points(group="citebrief.engines"))
    return sorted(names)


def get_engine(name: str = "extractive", **options: Any) -> Engine:
    """Instantiate an engine by name with its options."""
    target = BUILTIN_ENGINES.get(name)
    if target is None:
        matches = [ep for ep in entry_points(group="citebrief.engines") if ep.name == name]
        if not matches:
            raise ConfigError(f"unknown engine {name!r}; choose one of: {', '.join(engine_names())}")
        cls = matches[0].load()
    else:
        module_name, attr = target.split(":")
        cls = getattr(import_module(module_name), attr)
    return cls(**options)


__all__ = ["Engine", "get_engine", "engine_names"]
