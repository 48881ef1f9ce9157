"""Engine registry. Built-in engines are imported lazily by name; third-party engines register
under the ``citebrief.engines`` entry-point group (as simonw/llm does with model plugins). Every
engine is an :class:`Engine` (engines/base.py)."""
from __future__ import annotations

import inspect
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

from citebrief.engines.base import BatchEngine, Engine, EngineSettings
from citebrief.errors import ConfigError

BUILTIN_ENGINES: dict[str, str] = {
    "extractive": "citebrief.engines.extractive:ExtractiveEngine",
    "llm": "citebrief.engines.llm:LLMEngine",
}


def engine_names() -> list[str]:
    names = set(BUILTIN_ENGINES)
    names.update(ep.name for ep in entry_points(group="citebrief.engines"))
    return sorted(names)


def engine_class(name: str) -> type[Engine]:
    target = BUILTIN_ENGINES.get(name)
    if target is None:
        matches = [ep for ep in entry_points(group="citebrief.engines") if ep.name == name]
        if not matches:
            raise ConfigError(f"unknown engine {name!r}; choose one of: {', '.join(engine_names())}")
        cls = matches[0].load()
    else:
        module_name, attr = target.split(":")
        cls = getattr(import_module(module_name), attr)
    if not (isinstance(cls, type) and issubclass(cls, Engine)):
        raise ConfigError(f"engine {name!r}: {cls!r} is not a citebrief Engine (engines/base.py)")
    return cls


def engine_options(cls: type[Engine]) -> list[str] | None:
    """The keyword options an engine takes (None: it takes any)."""
    params = inspect.signature(cls.__init__).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return None
    return [p.name for p in params if p.name != "self" and p.kind is not inspect.Parameter.VAR_POSITIONAL]


def get_engine(name: str = "extractive", **options: Any) -> Engine:
    """Instantiate an engine by name with its options; an option it does not take is a one-line
    ConfigError (not silently ignored)."""
    cls = engine_class(name)
    known = engine_options(cls)
    unknown = [key for key in options if known is not None and key not in known]
    if unknown:
        raise ConfigError(f"engine {name!r}: unknown option {unknown[0]!r}; "
                          f"its options: {', '.join(known or []) or 'none'}")
    return cls(**options)


__all__ = ["Engine", "BatchEngine", "EngineSettings", "get_engine", "engine_class", "engine_names"]
