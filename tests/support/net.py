"""The explicit opt-in for tests that fetch from their own servers on 127.0.0.1.

Fetching refuses loopback addresses by default (citebrief.loaders.netguard). A test module that
serves pages on 127.0.0.1 opts in the way a user with an intranet feed would: a config file with
``fetch.allow_private = true`` (CITEBRIEF_CONFIG), which the library, the CLI subprocesses and the
feed runner all read. tests/conftest.py registers the fixture; a module opts in with::

    pytestmark = pytest.mark.usefixtures("allow_private_urls")
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


@pytest.fixture
def allow_private_urls(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config file allowing private addresses (a copy of the current one, if any), in CITEBRIEF_CONFIG."""
    from citebrief.config import set_value

    path = tmp_path_factory.mktemp("net-config") / "config.toml"
    current = os.environ.get("CITEBRIEF_CONFIG")
    if current and Path(current).exists():
        shutil.copy(current, path)
    set_value("fetch.allow_private", "true", path)
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(path))
    return path
