"""make_briefs: the batch helper behind `citebrief brief` with several inputs."""
from __future__ import annotations

import threading
from pathlib import Path

from citebrief.brief import Brief
from citebrief.engines import Engine, EngineSettings, get_engine
from citebrief.errors import InputError
from citebrief.pipeline import load_article, make_briefs

ARTICLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def test_results_keep_input_order_and_a_failure_does_not_stop_the_batch(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    sources = sorted(str(p) for p in ARTICLES.glob("*.txt"))
    items = [sources[0], str(empty), load_article(sources[1]), sources[2]]
    seen: list[int] = []
    results = make_briefs(items, "extractive", concurrency=2,
                          on_result=lambda i, item, result: seen.append(i))
    assert sorted(seen) == [0, 1, 2, 3]
    assert isinstance(results[1], InputError) and str(empty) in str(results[1])
    briefs = [results[0], results[2], results[3]]
    assert all(isinstance(b, Brief) for b in briefs)
    assert [Path(b.article.origin).name for b in briefs] == [Path(s).name for s in sources]


class _GatedEngine(Engine):
    """Briefs only once `parties` articles are being briefed at the same time."""

    name = "gated"

    def settings(self) -> EngineSettings:
        return EngineSettings(engine=self.name)

    def __init__(self, parties: int) -> None:
        self.barrier = threading.Barrier(parties, timeout=10)
        self.inner = get_engine("extractive")

    def brief(self, article):
        self.barrier.wait()  # raises BrokenBarrierError if the pool is narrower than `parties`
        return self.inner.brief(article)


def test_concurrency_runs_articles_in_parallel():
    articles = [load_article(p) for p in sorted(ARTICLES.glob("*.txt"))]
    results = make_briefs(articles, _GatedEngine(len(articles)), concurrency=len(articles))
    assert all(isinstance(r, Brief) for r in results), results


def test_on_result_runs_in_the_calling_thread():
    caller = threading.get_ident()
    threads: set[int] = set()
    articles = [load_article(p) for p in sorted(ARTICLES.glob("*.txt"))]
    make_briefs(articles, "extractive", concurrency=3,
                on_result=lambda i, item, result: threads.add(threading.get_ident()))
    assert threads == {caller}
