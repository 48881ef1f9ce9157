"""The LLM engine: briefs written by a model behind any OpenAI-compatible endpoint, every bullet
grounded in verbatim quotes and checked; see docs/llm.md."""
from citebrief.engines.llm.engine import STRATEGIES, LLMEngine
from citebrief.engines.llm.prompts import PROMPT_VERSION

__all__ = ["LLMEngine", "STRATEGIES", "PROMPT_VERSION"]
