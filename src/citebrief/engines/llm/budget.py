"""How many tokens an answer may take (max_tokens, on every request) and how long to wait for it.

max_tokens stops a model that loops (a small one repeats a sentence until something cuts it) and
is what the read timeout is derived from: the answer's largest size over the endpoint's measured
speed (endpoints.py), doubled, within a floor and a ceiling. So a slow local model gets the time
its answer needs, and a stalled server is still given up on.

Sizes are from what the answers hold, measured with Qwen2.5-Coder-1.5B (2026-11-29, `max_tokens`
1536): an abstractive brief of 3 sections of 3 bullets with one quoted sentence each took up to
~1,450 tokens; a translation about as many tokens as its source sentences, plus JSON.
"""
from __future__ import annotations

from citebrief.engines.llm.chunking import estimate_tokens
from citebrief.engines.llm.endpoints import PROMPT_WEIGHT

CEILING_TOKENS = 4096    # what every provider we know accepts as max_tokens
DEFAULT_TOKENS = 2048    # a request nobody sized (not one of the engine's own)

TIMEOUT_FLOOR = 30.0     # seconds: a network hiccup on a fast endpoint is not worth less
TIMEOUT_CEILING = 900.0  # seconds: the longest a stalled server is waited for
TIMEOUT_SAFETY = 2.0     # the measured speed varies with the machine's load (3-20 tokens/s seen)
TIMEOUT_SLACK = 10.0     # seconds: connection set-up, queueing, the first token


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, value)))


def brief_tokens(source_tokens: int) -> int:
    """An abstractive answer for an article (or one part of a long one) of `source_tokens`:
    a core viewpoint, up to 16 statements with quotes, a glossary; more for longer articles,
    whose quotes and statements run longer."""
    return _clamp(768 + source_tokens / 2, 1536, CEILING_TOKENS)


def translation_tokens(source_tokens: int, items: int) -> int:
    """extract-translate: each item's translation (English runs ~1.5 tokens per token of a
    Chinese sentence) with its JSON, and a glossary."""
    return _clamp(256 + 1.5 * source_tokens + 16 * items, 768, CEILING_TOKENS)


def repair_tokens(source_tokens: int, statements: int) -> int:
    """A repair answer: each failed statement again, with its quotes, and a glossary."""
    return _clamp(256 + 1.5 * source_tokens + 64 * statements, 512, CEILING_TOKENS)


def retry_tokens(max_tokens: int) -> int:
    """An answer cut at max_tokens is not JSON; the one retry it gets has room for half again."""
    return min(int(max_tokens * 1.5), CEILING_TOKENS)


def prompt_tokens(messages: list[dict[str, str]]) -> int:
    return sum(estimate_tokens(str(m.get("content", ""))) + 4 for m in messages)


def read_timeout(max_tokens: int, prompt: int, rate: float) -> float:
    """Seconds to wait for an answer of at most `max_tokens` to a prompt of `prompt` tokens from
    an endpoint that answers `rate` answer-equivalent tokens a second (endpoints.py)."""
    expected = (max_tokens + PROMPT_WEIGHT * prompt) / max(rate, 1e-3)
    return max(TIMEOUT_FLOOR, min(TIMEOUT_CEILING, TIMEOUT_SLACK + TIMEOUT_SAFETY * expected))
