"""What every command shares: one-line errors on stderr, exit codes."""
from __future__ import annotations

import sys
from collections.abc import Callable
from typing import NoReturn, TypeVar

import typer

from citebrief.errors import CitebriefError

T = TypeVar("T")

EXIT_FAILED = 1  # some inputs of a batch failed, or a check found a problem
EXIT_BAD_INPUT = 2  # the (only) input was unusable


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    """Print one line to stderr and exit; never a traceback."""
    typer.echo(f"citebrief: error: {message}", err=True)
    raise typer.Exit(code)


def guarded(func: Callable[[], T]) -> T:
    """Run library code; turn our errors (and OS errors) into one line and exit code 2."""
    try:
        return func()
    except CitebriefError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{getattr(exc, 'filename', None) or ''}: {exc.strerror or exc}".lstrip(": "))


def write_output(text: str, path: str | None) -> None:
    if path in (None, "-"):
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        from pathlib import Path

        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
