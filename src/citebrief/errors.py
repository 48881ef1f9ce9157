"""Error hierarchy. Every user-facing failure is a CitebriefError whose str() is one line
naming the input and the cause, so the CLI can print it without a traceback."""
from __future__ import annotations


class CitebriefError(Exception):
    """Base of all errors citebrief raises on purpose."""


class InputError(CitebriefError):
    """An input (file, URL, stdin, brief) could not be turned into what was asked for."""

    def __init__(self, source: str, cause: str) -> None:
        self.source = str(source)
        self.cause = cause
        super().__init__(f"{self.source}: {cause}")


class FetchError(InputError):
    """A URL could not be fetched (timeout, HTTP status, too large, wrong content type)."""


class RefusedURL(FetchError):
    """A URL not fetched because of where it points (a private, loopback or link-local address
    without the opt-in: loaders.netguard)."""


class EngineError(CitebriefError):
    """An engine failed to produce a brief (model endpoint down, invalid answers...)."""


class NothingVerified(EngineError):
    """The model answered, but none of its statements passed verification: there is no brief to
    publish. ``report`` (a BriefReport) lists what was dropped and why, and the tokens spent."""

    def __init__(self, message: str, report: object) -> None:
        super().__init__(message)
        self.report = report


class ConfigError(CitebriefError):
    """Missing or invalid configuration (endpoint, model, key, config file)."""
