"""`citebrief config show|keys|set|unset|path`: the settings (config.py) and the file that holds them."""
from __future__ import annotations

import typer

from citebrief.cli.common import guarded

config_app = typer.Typer(help="Show and edit the settings (config file, environment): brief length, LLM endpoint, "
                              "model, key ...", no_args_is_help=True)


@config_app.command("path")
def path_cmd() -> None:
    """Print where the config file is (set CITEBRIEF_CONFIG to move it)."""
    from citebrief.config import config_path

    typer.echo(str(config_path()))


@config_app.command("show")
def show_cmd() -> None:
    """Every setting with its effective value and where it comes from; keys are masked."""
    from citebrief.config import config_path, display, settings

    def run() -> None:
        rows = settings()
        typer.echo(f"# {config_path()}")
        for row in rows:
            if row.value is None:
                typer.echo(f"{row.key} = (unset)")
            else:
                typer.echo(f"{row.key} = {display(row.key, row.value)}    [{row.origin}]")

    guarded(run)


@config_app.command("keys")
def keys_cmd() -> None:
    """Every setting: its key, environment variables, default and what it is for."""
    from citebrief.config import SECTIONS

    for table, cls in SECTIONS.items():
        for name, field in cls.model_fields.items():
            default = "(unset)" if field.default is None else field.default
            typer.echo(f"{table}.{name}  [{', '.join(cls.env_names(name))}]  default {default}")
            typer.echo(f"    {field.description}")


@config_app.command("set")
def set_cmd(key: str = typer.Argument(..., help="e.g. llm.model (see `citebrief config keys`)"),
            value: str = typer.Argument(..., help="checked against the setting's type and choices")) -> None:
    """Set KEY to VALUE in the config file."""
    from citebrief.config import display, set_value

    def run() -> tuple[object, object]:
        from citebrief.config import get_value

        path = set_value(key, value)
        return path, get_value(key, path)

    path, stored = guarded(run)
    typer.echo(f"{key} = {display(key, stored)}    [{path}]")


@config_app.command("unset")
def unset_cmd(key: str = typer.Argument(...)) -> None:
    """Remove KEY from the config file."""
    from citebrief.config import unset_value

    removed = guarded(lambda: unset_value(key))
    typer.echo(f"{key} removed" if removed else f"{key} was not set")


def register(app: typer.Typer) -> None:
    app.add_typer(config_app, name="config")
