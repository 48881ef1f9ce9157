"""Fixtures every test module can take by name; they live in tests/support with their helpers."""
from tests.support.browser import browser
from tests.support.net import allow_private_urls
from tests.support.store import db_url

__all__ = ["allow_private_urls", "browser", "db_url"]
