"""The token text that search indexes, the same on SQLite (FTS5) and PostgreSQL.

Text is folded first (NFKC, simplified script, lower case: ``citebrief.text.script.fold``) so a
query in traditional characters finds simplified text and the other way round. Chinese has no
spaces, so each run of Han characters becomes overlapping character bigrams ("英伟达营收" ->
"英伟 伟达 达营 营收"), plus its last character alone so that a one-character query (run as a
prefix search) also finds it at the end of a run. Latin words and numbers stay whole. A query is
tokenised the same way, without the trailing unigram, and matched as a phrase: consecutive
tokens, which for Chinese means the exact substring.
"""
from __future__ import annotations

import re

from citebrief.text.script import HAN_CLASS, fold

_HAN = HAN_CLASS
_TOKEN = re.compile(rf"[{_HAN}]+|[^\W_{_HAN}]+(?:[.,][0-9]+)*", re.UNICODE)
_HAN_RUN = re.compile(rf"[{_HAN}]+")


def _han_tokens(run: str, *, trailing_unigram: bool) -> list[str]:
    if len(run) == 1:
        return [run]
    grams = [run[i : i + 2] for i in range(len(run) - 1)]
    if trailing_unigram:
        grams.append(run[-1])
    return grams


def _tokens(text: str, *, trailing_unigram: bool) -> list[str]:
    out: list[str] = []
    for match in _TOKEN.finditer(fold(text)):
        token = match.group(0)
        if _HAN_RUN.fullmatch(token):
            out.extend(_han_tokens(token, trailing_unigram=trailing_unigram))
        else:
            # FTS5's unicode61 tokenizer splits on '.' and ','; keep numbers as their digit parts.
            out.extend(t for t in re.split(r"[.,]", token) if t)
    return out


def index_text(text: str) -> str:
    """Space-separated tokens to store for a document."""
    return " ".join(_tokens(text, trailing_unigram=True))


def query_phrases(query: str) -> list[list[str]]:
    """One token list (a phrase) per whitespace-separated term of the query; empty terms dropped."""
    phrases = []
    for term in query.split():
        tokens = _tokens(term, trailing_unigram=False)
        if tokens:
            phrases.append(tokens)
    return phrases


def fts5_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every term must match (as a phrase); None if nothing to search."""
    parts = []
    for tokens in query_phrases(query):
        if len(tokens) == 1 and len(tokens[0]) == 1 and _HAN_RUN.fullmatch(tokens[0]):
            parts.append(f'"{tokens[0]}"*')  # one Han character: any bigram starting with it
        else:
            parts.append('"' + " ".join(tokens) + '"')
    return " AND ".join(parts) or None


def like_patterns(query: str) -> list[str]:
    """LIKE patterns over ' ' || text || ' ' (PostgreSQL): one per term, all must match."""
    patterns = []
    for tokens in query_phrases(query):
        escaped = " ".join(tokens).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        if len(tokens) == 1 and len(tokens[0]) == 1 and _HAN_RUN.fullmatch(tokens[0]):
            patterns.append(f"% {escaped}%")
        else:
            patterns.append(f"% {escaped} %")
    return patterns


def _alternative_tokens(text: str) -> list[str]:
    # An alternative (a gazetteer name, a watchlist term) is one phrase: 'Bank of Japan' in that order.
    return [token for phrase in query_phrases(text) for token in phrase]


def fts5_any_of(groups: list[list[str]]) -> str | None:
    """An FTS5 expression: every group must match, a group by any one of its alternatives (each
    alternative a phrase). None if nothing is searchable."""
    clauses = []
    for alternatives in groups:
        options = []
        for alternative in alternatives:
            tokens = _alternative_tokens(alternative)
            if len(tokens) == 1 and len(tokens[0]) == 1 and _HAN_RUN.fullmatch(tokens[0]):
                options.append(f'"{tokens[0]}"*')
            elif tokens:
                options.append('"' + " ".join(tokens) + '"')
        if options:
            clauses.append("(" + " OR ".join(dict.fromkeys(options)) + ")")
    return " AND ".join(clauses) or None


def like_any_of(groups: list[list[str]]) -> list[list[str]]:
    """LIKE patterns over ' ' || text || ' ' (see like_patterns) for each group: a group matches
    when one of its patterns (one per alternative) does."""
    out = []
    for alternatives in groups:
        options = []
        for alternative in alternatives:
            tokens = _alternative_tokens(alternative)
            if not tokens:
                continue
            escaped = " ".join(tokens).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            single_han = len(tokens) == 1 and len(tokens[0]) == 1 and _HAN_RUN.fullmatch(tokens[0])
            options.append(f"% {escaped}%" if single_han else f"% {escaped} %")
        if options:
            out.append(list(dict.fromkeys(options)))
    return out
