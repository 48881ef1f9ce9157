"""Every user setting in one typed model, and the config file that holds them.

A setting is a field of a section below (``[brief]``, ``[llm]``): its key in the config file
(``llm.model``), its environment variables (``CITEBRIEF_LLM_MODEL``; a few also read OpenAI's),
its type, default, check and description are declared there and nowhere else. `citebrief config`,
the engines and the CLI all read them through :func:`load_section`, which resolves each setting by
the documented order (pydantic-settings sources):

    option (CLI flag / keyword argument) -> environment -> config file -> default

and turns any bad value, from any of those places, into one line naming where it came from.

The file is ``$CITEBRIEF_CONFIG`` or ``~/.config/citebrief/config.toml``: TOML tables (``[llm]`` /
``model = "..."``), read with tomllib and written by the small writer below (flat tables of
strings, numbers and booleans, which is all ``citebrief config set`` produces).
"""
from __future__ import annotations

import json
import os
import re
import tomllib
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal, TypeVar, cast

from pydantic import AliasChoices, BeforeValidator, ConfigDict, Field, TypeAdapter, ValidationError
from pydantic.config import JsonDict
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from citebrief.errors import ConfigError


def _choice(*, dashes: str | None = None) -> BeforeValidator:
    """Choices are case-insensitive; ``dashes`` is what '-' and '_' both mean ('-' or '_')."""
    def normalise(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        text = value.strip().lower()
        return re.sub(r"[-_]", dashes, text) if dashes else text

    return BeforeValidator(normalise)


def _http_url(value: Any) -> Any:
    if isinstance(value, str) and not re.match(r"^https?://[^/\s]+", value.strip(), re.I):
        raise ValueError("not an http(s):// URL")
    return value.strip().rstrip("/") if isinstance(value, str) else value


Length = Annotated[Literal["short", "standard", "full"], _choice()]
Strategy = Annotated[Literal["abstractive", "extract-translate"], _choice(dashes="-")]
Language = Annotated[Literal["en", "zh", "ja"], _choice()]
# The order after auto is the order auto tries them in (engines/llm/dialects.py).
ResponseFormat = Annotated[Literal["auto", "json_schema", "json_object_schema", "json_object", "prompt"],
                           _choice(dashes="_")]
HttpUrl = Annotated[str, BeforeValidator(_http_url)]
SECRET: JsonDict = {"secret": True}  # json_schema_extra of a field whose value is never shown whole


class ConfigFileSource(PydanticBaseSettingsSource):
    """A section's table of the config file (its values by field name; '' counts as unset)."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # unused: __call__ reads the whole table

    def __call__(self) -> dict[str, Any]:
        table = _table(cast("type[Section]", self.settings_cls).table)
        # Keyed as the init and environment sources key them (a field's first alias), so that they
        # override the file's value instead of standing beside it.
        fields = self.settings_cls.model_fields

        def key(name: str) -> str:
            alias = fields[name].validation_alias if name in fields else None
            return str(alias.choices[0]) if isinstance(alias, AliasChoices) else name

        return {key(name): value for name, value in table.items() if value not in (None, "")}


class Section(BaseSettings):
    """One table of the config file. Environment variables are CITEBRIEF_<TABLE>_<NAME> unless a field
    lists its own (validation_alias)."""

    table: ClassVar[str]
    model_config = SettingsConfigDict(extra="forbid", env_ignore_empty=True, populate_by_name=True,
                                      validate_default=True, coerce_numbers_to_str=True, frozen=True)

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource,
                                   dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource,
                                   ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, env_settings, ConfigFileSource(settings_cls)

    @classmethod
    def env_names(cls, name: str) -> tuple[str, ...]:
        alias = cls.model_fields[name].validation_alias
        if isinstance(alias, AliasChoices):
            return tuple(str(choice) for choice in alias.choices)
        return (f"{cls.model_config.get('env_prefix', '')}{name}".upper(),)


class BriefSettings(Section):
    table: ClassVar[str] = "brief"
    model_config = SettingsConfigDict(env_prefix="CITEBRIEF_BRIEF_")

    length: Length = Field("standard", description="extractive brief length: short | standard | full")


class LLMSettings(Section):
    table: ClassVar[str] = "llm"
    model_config = SettingsConfigDict(env_prefix="CITEBRIEF_LLM_")

    base_url: HttpUrl | None = Field(None, validation_alias=AliasChoices("CITEBRIEF_LLM_BASE_URL", "OPENAI_BASE_URL"),
                                     description="OpenAI-compatible endpoint, e.g. https://api.openai.com/v1")
    model: str | None = Field(None, description="model name sent to the endpoint")
    api_key: str | None = Field(None, validation_alias=AliasChoices("CITEBRIEF_LLM_API_KEY", "OPENAI_API_KEY"),
                                json_schema_extra=SECRET,
                                description="API key (stored in clear in the file: keep it private)")
    strategy: Strategy = Field("abstractive", description="how the model writes the brief: abstractive | extract-translate")
    lang: Language = Field("en", description="language of the brief: en | zh | ja")
    response_format: ResponseFormat = Field(
        "auto", description="how the server is asked for JSON: auto | json_schema | json_object_schema | json_object | prompt")
    timeout: float | None = Field(None, gt=0, description="read timeout in seconds (unset: from max_tokens and the "
                                                          "endpoint's measured speed)")
    concurrency: int = Field(4, ge=1, description="requests in flight at once in a batch")
    max_input_tokens: int = Field(6000, ge=1, description="split articles longer than this (estimated tokens)")
    price_in: float | None = Field(None, ge=0, description="USD per million input tokens (overrides the price table)")
    price_out: float | None = Field(None, ge=0, description="USD per million output tokens (overrides the price table)")
    requests_per_minute: int | None = Field(None, ge=1, description="cluster-wide request limit per endpoint and "
                                                                    "model (citebrief worker)")
    tokens_per_minute: int | None = Field(None, ge=1, description="cluster-wide token limit per endpoint and model "
                                                                  "(citebrief worker)")


class FetchSettings(Section):
    table: ClassVar[str] = "fetch"
    model_config = SettingsConfigDict(env_prefix="CITEBRIEF_FETCH_")

    allow_private: bool = Field(False, description="fetch URLs on private, loopback and link-local addresses "
                                                   "(intranet feeds); refused by default")


SECTIONS: dict[str, type[Section]] = {cls.table: cls for cls in (BriefSettings, LLMSettings, FetchSettings)}


@dataclass(frozen=True)
class Setting:
    """What `citebrief config` says about one key."""

    key: str
    value: Any
    origin: str  # "option", "env CITEBRIEF_LLM_MODEL", "config <path>" or "default"


S = TypeVar("S", bound=Section)


def load_section(cls: type[S], options: dict[str, Any] | None = None) -> tuple[S, dict[str, str]]:
    """The section resolved (options -> environment -> file -> default) and where each value came from.
    Options left as None (or '') are not given. Any bad value is a one-line ConfigError."""
    given = {name: value for name, value in (options or {}).items() if value not in (None, "")}
    for name in given:
        if name not in cls.model_fields:
            raise ConfigError(f"{cls.table} settings: unknown option {name!r}; "
                              f"choose from: {', '.join(cls.model_fields)}")
    table = _table(cls.table)
    environ = {var.upper(): value for var, value in os.environ.items()}
    origins = {name: _origin(cls, name, given, table, environ) for name in cls.model_fields}
    try:
        return cls(**given), origins
    except ValidationError as exc:
        raise ConfigError(_one_line(cls, exc, origins)) from None


def settings() -> list[Setting]:
    """Every known setting with its effective value and origin (for `citebrief config show`)."""
    unknown = sorted(set(load_config()) - set(SECTIONS))
    if unknown:
        raise ConfigError(f"{config_path()}: unknown table [{unknown[0]}]; known: {', '.join(SECTIONS)}")
    out: list[Setting] = []
    for table, cls in SECTIONS.items():
        section, origins = load_section(cls)
        out.extend(Setting(f"{table}.{name}", getattr(section, name), origins[name]) for name in cls.model_fields)
    return out


def check_value(key: str, text: Any) -> Any:
    """A value `citebrief config set` is about to write, checked against its setting's type and
    choices (so that a typo is caught when it is made, not at the next brief); returned as it is
    to be stored. An unknown key or a bad value is a one-line ConfigError."""
    cls, name = _field_of(key)
    field = cls.model_fields[name]
    kind: Any = Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation
    adapter: TypeAdapter[Any] = TypeAdapter(kind, config=ConfigDict(coerce_numbers_to_str=True))
    value = text.strip() if isinstance(text, str) else text
    try:
        return adapter.validate_python(value)
    except ValidationError as exc:
        raise ConfigError(f"{key} {text!r}: {_reason(exc.errors()[0], field)}") from None


def _field_of(key: str) -> tuple[type[Section], str]:
    table, _, name = key.partition(".")
    cls = SECTIONS.get(table)
    if cls is None or name not in cls.model_fields:
        known = ", ".join(f"{t}.{n}" for t, c in SECTIONS.items() for n in c.model_fields)
        raise ConfigError(f"{key!r}: unknown setting; known: {known}")
    return cls, name


def _origin(cls: type[Section], name: str, given: dict[str, Any], table: dict[str, Any],
            environ: dict[str, str]) -> str:
    """Where a setting's value comes from, by the order the sources are read in."""
    if name in given:
        return "option"
    for var in cls.env_names(name):
        if environ.get(var.upper()):
            return f"env {var}"
    if table.get(name) not in (None, ""):
        return f"config {config_path()}"
    return "default"


def _table(name: str) -> dict[str, Any]:
    table = load_config().get(name, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{config_path()}: {name} must be a table ([{name}])")
    return table


def _one_line(cls: type[Section], exc: ValidationError, origins: dict[str, str]) -> str:
    error = exc.errors()[0]
    loc = str(error["loc"][0]) if error["loc"] else ""
    name = next((n for n in cls.model_fields if loc == n or loc in cls.env_names(n)), loc)
    key = f"{cls.table}.{name}"
    if error["type"] == "extra_forbidden":
        return (f"{config_path()}: {key}: unknown setting (remove it with `citebrief config unset {key}`); "
                f"known {cls.table} settings: {', '.join(cls.model_fields)}")
    origin, value = origins.get(name, "default"), error.get("input")
    kind, _, place = origin.partition(" ")  # "option", "default", "env VAR" or "config PATH"
    where = {"option": f"--{name.replace('_', '-')} {value!r}", "env": f"{place}={value!r} ({key})",
             "config": f"{place}: {key} = {value!r}"}.get(kind, f"{key} default {value!r}")
    return f"{where}: {_reason(error, cls.model_fields.get(name))}"


def _reason(error: Any, field: FieldInfo | None) -> str:
    """Why a value was refused, in the words of the choices when the setting has any."""
    choices = _choices(field.annotation) if field is not None else ()
    if error["type"] == "literal_error" and choices:
        return f"not one of: {', '.join(choices)}"
    message = str(error.get("msg", "not valid")).removeprefix("Value error, ")
    return message[:1].lower() + message[1:]


def _choices(annotation: Any) -> tuple[str, ...]:
    for arg in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(arg) is Literal:
            return tuple(typing.get_args(arg))
        if typing.get_origin(arg) is Annotated:
            found = _choices(typing.get_args(arg)[0])
            if found:
                return found
    return ()


def choices_of(key: str) -> tuple[str, ...]:
    """The values a setting with a fixed set of choices accepts ('llm.lang' -> ('en', 'zh', 'ja'))."""
    cls, name = _field_of(key)
    return _choices(cls.model_fields[name].annotation)


# -- the file -------------------------------------------------------------------------------------

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
    """The value the file holds for a key (None when unset)."""
    return flatten(load_config(path)).get(key)


def set_value(key: str, value: Any, path: Path | None = None) -> Path:
    """Check a value against its setting and write it (the checked form: 'Full' is stored as 'full')."""
    value = check_value(key, value)
    path = path or config_path()
    flat = flatten(load_config(path))
    flat[key] = value
    _write(path, flat)
    return path


def unset_value(key: str, path: Path | None = None) -> bool:
    """Remove a key (known or not, so that a hand-written mistake can be taken out); False when it
    was not set."""
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


def is_secret(key: str) -> bool:
    try:
        cls, name = _field_of(key)
    except ConfigError:
        return False
    extra = cls.model_fields[name].json_schema_extra
    return isinstance(extra, dict) and bool(extra.get("secret"))


def display(key: str, value: Any) -> str:
    if is_secret(key) and isinstance(value, str):
        return mask(value)
    return str(value)


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
        if not table or not all(_BARE_KEY.match(part) for part in key.split(".")):
            raise ConfigError(f"{key!r}: config keys look like 'llm.model' (table.name)")
        tables.setdefault(table, {})[name] = value
    lines: list[str] = []
    for table, items in tables.items():
        lines.append(f"[{table}]")
        lines.extend(f"{name} = {_toml_value(value)}" for name, value in items.items())
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    if any(is_secret(key) for key in flat):
        tmp.chmod(0o600)  # the file holds a key: keep it to its owner
    tmp.replace(path)
