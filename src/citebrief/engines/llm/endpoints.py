"""What the engine has learnt about one endpoint (base URL + model): which response formats and
which schema keywords it rejected, and how fast it answers.

Learnt once and shared by every engine of the process (a batch, the next brief), and kept in the
LLM store (`LLMStore.save_endpoint`) so that the next run neither probes the server again nor
starts with a timeout that cuts a slow local model off. Rejections expire after a while: a server
may be upgraded.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

# Tokens a second assumed before the first answer: a small model on a busy CPU. Being cut off costs
# a whole retry, and more on a one-slot local server, which finishes the abandoned answer before it
# starts the retry; waiting longer for a stalled server costs only time, so the guess is the slowest
# we measured: 2.5 answer-equivalent tokens/s (Qwen2.5 1.5B, llama-cpp-python, 1 thread at load 12,
# 2026-11-30: 487 tokens to a 910-token prompt in 282 s). 8 cut that first answer off at 263 s.
PRIOR_RATE = 2.5
# Weight of a prompt token against an answer token in the time a server takes: on CPUs prompt
# processing ran ~4x faster than generation (45-80 against 15-17 tokens/s with Qwen2.5 1.5B).
PROMPT_WEIGHT = 0.25
# How much one answer moves the running measure (an exponential moving average).
_ALPHA = 0.3
REMEMBER_REJECTIONS_S = 7 * 24 * 3600


@dataclass
class EndpointProfile:
    base_url: str
    model: str
    rejected_formats: set[str] = field(default_factory=set)
    rejected_keywords: dict[str, set[str]] = field(default_factory=dict)  # response format -> keywords
    rate: float | None = None       # answer-equivalent tokens a second, running measure
    samples: int = 0
    learnt_at: float = 0.0          # when the last rejection was learnt (time.time())
    changed: bool = False           # since it was last saved

    @property
    def key(self) -> tuple[str, str]:
        return self.base_url, self.model

    def keywords_rejected(self, fmt: str) -> frozenset[str]:
        return frozenset(self.rejected_keywords.get(fmt, ()))

    def reject_format(self, fmt: str) -> None:
        self.rejected_formats.add(fmt)
        self._learnt()

    def accept_format(self, fmt: str) -> None:
        """An answer came in this format: a rejection remembered from before no longer holds."""
        if fmt in self.rejected_formats:
            self.rejected_formats.discard(fmt)
            self.changed = True

    def reject_keywords(self, fmt: str, keywords: set[str]) -> None:
        self.rejected_keywords.setdefault(fmt, set()).update(keywords)
        self._learnt()

    def record_answer(self, tokens_in: int, tokens_out: int, seconds: float) -> None:
        """Fold one answer's speed into the running measure (answers without usage are skipped)."""
        if tokens_out <= 0 or seconds <= 0:
            return
        sample = (tokens_out + PROMPT_WEIGHT * tokens_in) / seconds
        self.rate = sample if self.rate is None else (1 - _ALPHA) * self.rate + _ALPHA * sample
        self.samples += 1
        self.changed = True

    def record_timeout(self) -> None:
        """No answer in time: assume the server is half as fast as measured, so that the retry
        waits twice as long (a slow server gets its answer out; a stalled one still hits the
        ceiling of budget.read_timeout)."""
        self.rate = (self.rate or PRIOR_RATE) / 2
        self.changed = True

    @property
    def expected_rate(self) -> float:
        return self.rate or PRIOR_RATE

    def _learnt(self) -> None:
        self.learnt_at = time.time()
        self.changed = True

    # -- persistence ------------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps({"rejected_formats": sorted(self.rejected_formats),
                           "rejected_keywords": {k: sorted(v) for k, v in self.rejected_keywords.items()},
                           "rate": self.rate, "samples": self.samples, "learnt_at": self.learnt_at})

    def merge_saved(self, text: str) -> None:
        """Take what a previous run learnt, where this process has not learnt it itself."""
        try:
            data: dict[str, Any] = json.loads(text)
        except ValueError:
            return
        if time.time() - float(data.get("learnt_at") or 0) < REMEMBER_REJECTIONS_S:
            self.rejected_formats |= set(data.get("rejected_formats") or ())
            for fmt, words in (data.get("rejected_keywords") or {}).items():
                self.rejected_keywords.setdefault(fmt, set()).update(words)
            self.learnt_at = max(self.learnt_at, float(data.get("learnt_at") or 0))
        if self.rate is None and data.get("rate"):
            self.rate, self.samples = float(data["rate"]), int(data.get("samples") or 0)


_PROFILES: dict[tuple[str, str], EndpointProfile] = {}
_LOCK = threading.Lock()


def profile_for(base_url: str, model: str) -> EndpointProfile:
    """The process's one profile of this endpoint."""
    with _LOCK:
        profile = _PROFILES.get((base_url, model))
        if profile is None:
            profile = _PROFILES[(base_url, model)] = EndpointProfile(base_url, model)
        return profile


def forget_profiles() -> None:
    """Forget every endpoint (tests: two fake servers may get the same port one after the other)."""
    with _LOCK:
        _PROFILES.clear()
