"""The `citebrief` command: a thin layer over the library API.

Each command group lives in its own module with a ``register(app)`` function; heavy libraries
are imported inside the commands so that `citebrief --help` stays fast.
"""
from __future__ import annotations

from importlib import import_module

import typer

COMMAND_MODULES = [
    "citebrief.cli.brief",
    "citebrief.cli.config",
    "citebrief.cli.store",
    "citebrief.cli.scale",
    "citebrief.cli.verify",
    "citebrief.cli.serve",
]

app = typer.Typer(
    name="citebrief",
    help="Cited, verified English briefs of Chinese and English financial news.\n\n"
    "Examples:\n\n"
    "  citebrief brief examples/articles/ --out-dir out/\n\n"
    "  citebrief brief article.html --format json\n\n"
    "  citebrief verify brief.txt --article article.txt",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

for _name in COMMAND_MODULES:
    import_module(_name).register(app)


def main() -> None:
    app()
