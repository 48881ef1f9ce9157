"""The user's config file: ``$CITEBRIEF_CONFIG`` or ``~/.config/citebrief/config.toml``.

Keys are dotted (``llm.model``) and stored as TOML tables (``[llm]`` / ``model = "..."``).
Read with tomllib; written by the small writer below, which only needs the flat tables
of strings, numbers and booleans that ``citebrief config set`` produces.
"""
from __future__ import annotations

import json
import os
import re
import tomllib
from pathlib import Path
from typing import Any

from citebrief.errors import ConfigError

# Known keys, with what each is for (shown by `citebrief config show`).
KNOWN_KEYS: dict[str, str] = {
    "brief.length": "extractive brief length: short | standard (default) | full",
    "fetch.allow_private": "fetch URLs on private, loopback and link-local addresses (intranet feeds): "
                           "true | false (default)",
    "llm.base_url": "OpenAI-compatible endpoint, e.g. https://api.openai.com/v1",
    "llm.model": "model name sent to the endpoint",
    "llm.api_key": "API key (stored in clear in this file: keep it private)",
    "llm.strategy": "abstractive | extract-translate",
    "llm.lang": "language of the brief: en | zh | ja",
    "llm.response_format": "auto | json_schema | json_object_schema | json_object | prompt",
    "llm.timeout": "read timeout in seconds (unset: from max_tokens and the endpoint's measured speed)",
    "llm.concurrency": "requests in flight at once in a batch",
    "llm.max_input_tokens": "split articles longer than this (estimated tokens)",
    "llm.price_in": "USD per million input tokens (overrides the price table)",
    "llm.price_out": "USD per million output tokens (overrides the price table)",
    "llm.requests_per_minute": "cluster-wide request limit per endpoint and model (citebrief worker)",
    "llm.tokens_per_minute": "cluster-wide token limit per endpoint and model (citebrief worker)",
}
SECRET_KEYS = {"llm.api_key"}
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def config_path() -> Path:
    env = os.environ.get("CITEBRIEF_CONFIG")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "citebrief" / "config.toml"


def load_config(path: Path | None = None) -> dict[str, Any]:
    """The config file as nested tables; {} when there is no file."""
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, full + "."))
        else:
            flat[full] = value
    return flat


def get_value(key: str, path: Path | None = None) -> Any:
    return flatten(load_config(path)).get(key)


def parse_value(text: str) -> Any:
    """'4' -> 4, '0.5' -> 0.5, 'true' -> True, anything else stays a string."""
    low = text.strip().lower()
    if low in ("true", "false"):
        return low == "true"
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text


# Defaults of keys the config file may leave out (shown by `citebrief config show`).
DEFAULTS: dict[str, str] = {"brief.length": "standard", "fetch.allow_private": "false"}
# Keys with a fixed set of values, checked when set (a typo is caught then, not at the next brief).
CHOICES: dict[str, tuple[str, ...]] = {"brief.length": ("short", "standard", "full"),
                                       "fetch.allow_private": ("true", "false")}


def set_value(key: str, value: Any, path: Path | None = None) -> Path:
    _check_key(key)
    if key in CHOICES and str(value).strip().lower() not in CHOICES[key]:
        raise ConfigError(f"{key}: {value!r} is not one of: {', '.join(CHOICES[key])}")
    if key in CHOICES:
        value = str(value).strip().lower()
    path = path or config_path()
    flat = flatten(load_config(path))
    flat[key] = value
    _write(path, flat)
    return path


def unset_value(key: str, path: Path | None = None) -> bool:
    """Remove a key; False when it was not set."""
    path = path or config_path()
    flat = flatten(load_config(path))
    if key not in flat:
        return False
    del flat[key]
    _write(path, flat)
    return True


def mask(value: str) -> str:
    """Enough of a secret to recognise it, never the whole: 'sk-a…wxyz'."""
    if len(value) <= 8:
        return "*" * len(value)
    return f"{value[:4]}…{value[-4:]}"


def display(key: str, value: Any) -> str:
    if key in SECRET_KEYS and isinstance(value, str):
        return mask(value)
    return str(value)


def _check_key(key: str) -> None:
    parts = key.split(".")
    if len(parts) < 2 or not all(_BARE_KEY.match(p) for p in parts):
        raise ConfigError(f"{key!r}: config keys look like 'llm.model' (table.name)")


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    # A JSON string is a valid TOML basic string for everything we write (escapes included).
    return json.dumps(str(value), ensure_ascii=False)


def _write(path: Path, flat: dict[str, Any]) -> None:
    tables: dict[str, dict[str, Any]] = {}
    for key, value in sorted(flat.items()):
        table, _, name = key.rpartition(".")
        tables.setdefault(table, {})[name] = value
    lines: list[str] = []
    for table, items in tables.items():
        lines.append(f"[{table}]")
        lines.extend(f"{name} = {_toml_value(value)}" for name, value in items.items())
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    if flat.keys() & SECRET_KEYS:
        tmp.chmod(0o600)  # the file holds a key: keep it to its owner
    tmp.replace(path)
