"""Expand the inputs of a batch: folders become their article files."""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from citebrief.errors import InputError
from citebrief.loaders.http import is_url

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".json", ".html", ".htm")


def expand_inputs(inputs: Sequence[str | os.PathLike[str]]) -> list[str]:
    """Files, URLs and '-' pass through (a missing file too: loading it reports the error, so one bad
    input does not stop a batch); a folder becomes its article files (sorted, recursive, hidden
    files and folders skipped). A folder without article files raises InputError naming it.
    Duplicates are dropped, first occurrence kept."""
    out: list[str] = []
    for item in inputs:
        item = os.fspath(item)
        if item != "-" and not is_url(item) and Path(item).is_dir():
            found = _article_files(Path(item))
            if not found:
                raise InputError(item, "folder has no article files (" + " ".join(ARTICLE_SUFFIXES) + ")")
            out.extend(found)
        else:
            out.append(item)
    return list(dict.fromkeys(out))


def _article_files(folder: Path) -> list[str]:
    files = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
            files.append(path)
    return [str(p) for p in sorted(files, key=lambda p: p.relative_to(folder).parts)]

