"""`citebrief config show|set|unset|path`: the config file the LLM engine reads."""
from __future__ import annotations

import typer

from citebrief.cli.common import guarded

config_app = typer.Typer(help="Show and edit the config file (endpoint, model, key of the LLM engine).",
                         no_args_is_help=True)


@config_app.command("path")
def path_cmd() -> None:
    """Print where the config file is (set CITEBRIEF_CONFIG to move it)."""
    from citebrief.config import config_path

    typer.echo(str(config_path()))


@config_app.command("show")
def show_cmd() -> None:
    """Every setting with its effective value and where it comes from; keys are masked."""
    from citebrief.config import DEFAULTS, KNOWN_KEYS, config_path, display, flatten, load_config
    from citebrief.engines.llm.settings import resolve

    def run() -> None:
        config = load_config()
        flat = flatten(config)
        typer.echo(f"# {config_path()}")
        for key in list(KNOWN_KEYS) + sorted(set(flat) - set(KNOWN_KEYS)):
            table, _, name = key.partition(".")
            res = resolve(name, None, config) if table == "llm" else None
            value, origin = (res.value, res.origin) if res else (flat.get(key), "config")
            if value is None and key in DEFAULTS:
                value, origin = DEFAULTS[key], "default"
            if value is None:
                typer.echo(f"{key} = (unset)")
            else:
                typer.echo(f"{key} = {display(key, value)}    [{origin}]")

    guarded(run)


@config_app.command("set")
def set_cmd(key: str = typer.Argument(..., help="e.g. llm.model"),
            value: str = typer.Argument(..., help="numbers and true/false are stored as such")) -> None:
    """Set KEY to VALUE in the config file."""
    from citebrief.config import display, parse_value, set_value
    from citebrief.engines.llm.settings import check_value

    parsed = guarded(lambda: check_value(key, parse_value(value)))
    path = guarded(lambda: set_value(key, parsed))
    typer.echo(f"{key} = {display(key, parsed)}    [{path}]")


@config_app.command("unset")
def unset_cmd(key: str = typer.Argument(...)) -> None:
    """Remove KEY from the config file."""
    from citebrief.config import unset_value

    removed = guarded(lambda: unset_value(key))
    typer.echo(f"{key} removed" if removed else f"{key} was not set")


def register(app: typer.Typer) -> None:
    app.add_typer(config_app, name="config")
