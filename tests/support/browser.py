"""Debian's Chromium driven by Playwright, for the page tests (the HTML renderer's, the web reader's).

Skipped (with the reason) only when Chromium is absent outside CI; under CI (CI=true) a missing
browser is a failure. tests/conftest.py registers the fixture: a test takes a ``browser`` argument.
"""
from __future__ import annotations

import os

import pytest

CHROMIUM = "/usr/bin/chromium"
# Flags that keep a headless Chromium off the network it cannot reach here (and quiet).
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; CI must install chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium); not under CI")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()
