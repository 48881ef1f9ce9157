"""Cost per article: a small price table (USD per million tokens, input/output), overridable
with CITEBRIEF_LLM_PRICE_IN / _OUT, `citebrief config set llm.price_in 0.5`, or options.
Prices change: the table is a convenience, dated, not a promise."""
from __future__ import annotations

from urllib.parse import urlparse

PRICES_AS_OF = "2025-11"
# model name prefix -> (input, output) USD per 1M tokens; longest matching prefix wins.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
    "gpt-5": (1.25, 10.00),
    "deepseek-chat": (0.28, 0.42),
    "deepseek-reasoner": (0.28, 0.42),
    "qwen-turbo": (0.05, 0.20),
    "qwen-plus": (0.40, 1.20),
    "qwen-max": (1.60, 6.40),
}
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}


def price_for(model: str, base_url: str | None = None, price_in: float | None = None,
              price_out: float | None = None) -> tuple[float, float] | None:
    """(input, output) USD per 1M tokens; None when unknown (cost is then shown as unknown)."""
    if price_in is not None and price_out is not None:
        return float(price_in), float(price_out)
    name = model.lower().rsplit("/", 1)[-1]
    matches = [p for p in PRICES if name.startswith(p)]
    if matches:
        base = PRICES[max(matches, key=len)]
    elif base_url and urlparse(base_url).hostname in _LOCAL_HOSTS:
        base = (0.0, 0.0)  # a model served on this machine is paid for in time, not tokens
    else:
        return None
    return (float(price_in) if price_in is not None else base[0],
            float(price_out) if price_out is not None else base[1])


def cost_usd(tokens_in: int, tokens_out: int, price: tuple[float, float] | None) -> float | None:
    if price is None:
        return None
    return round(tokens_in * price[0] / 1e6 + tokens_out * price[1] / 1e6, 6)
