"""Queue workers start together on a machine with no LLM cache yet: each process opens (and so
creates) the same cache file at once; every one of them must come up."""
from __future__ import annotations

import multiprocessing as mp
import sqlite3


def _open(path: str, barrier) -> None:  # noqa: ANN001
    from pathlib import Path

    from citebrief.engines.llm.cache import MIGRATIONS, LLMStore

    barrier.wait()
    LLMStore(Path(path))
    assert MIGRATIONS


def test_processes_creating_the_cache_at_once_all_succeed(tmp_path):
    ctx = mp.get_context("fork")
    for trial in range(3):
        path = str(tmp_path / f"llm-{trial}.sqlite")
        barrier = ctx.Barrier(6)
        procs = [ctx.Process(target=_open, args=(path, barrier)) for _ in range(6)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(60)
        assert [proc.exitcode for proc in procs] == [0] * 6
        con = sqlite3.connect(path)
        tables = sorted(r[0] for r in con.execute("select name from sqlite_master where type = 'table'"))
        con.close()
        assert tables == ["briefs", "endpoints", "exchanges"]
