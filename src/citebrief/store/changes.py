"""Whether anything was committed to a store since a moment: a token for caches of reads.

    token = change_token(store)      # before reading
    ... read ...                     # keep the result under ``token``
    change_token(store) == token     # later: nothing was committed since, the result still holds

    rows = cached_read(store, ("timeline", filt), lambda: read_rows(...))   # the same, kept for you

On SQLite the token is ``PRAGMA data_version`` of a connection kept for this alone: it changes
whenever any other connection, of this process or another, commits to the file (SQLite's own
change counter; reading it costs microseconds, where a select through SQLAlchemy costs a fraction
of a millisecond). Reading the token before the data makes a commit in between show as a change,
so a cache never keeps a result older than its token. Other databases (PostgreSQL) and in-memory
SQLite have no token (None): read every time.
"""
from __future__ import annotations

import sqlite3
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from citebrief.store.store import Store


class _Watch:
    def __init__(self, path: str) -> None:
        # Never writes and never in a transaction: every commit is another connection's.
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()

    def token(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])


_WATCHES: weakref.WeakKeyDictionary[Store, _Watch | None] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _watch(store: Store) -> _Watch | None:
    with _LOCK:
        if store in _WATCHES:
            return _WATCHES[store]
        url = store.engine.url
        path = url.database if store.dialect == "sqlite" else None
        in_memory = not path or path == ":memory:" or url.query.get("mode") == "memory"
        try:
            watch = None if in_memory else _Watch(str(path))
        except sqlite3.Error:
            watch = None
        _WATCHES[store] = watch
        return watch


def change_token(store: Store) -> int | None:
    """A value that differs from an earlier one if anything was committed in between; None when
    the store cannot tell (then nothing read from it may be cached)."""
    watch = _watch(store)
    return watch.token() if watch is not None else None


T = TypeVar("T")


class _Reads:
    """Results read from one store under the token they were read at; all dropped when it changes."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self.token: int | None = None
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, token: int) -> tuple[bool, Any]:
        with self._lock:
            if token != self.token or key not in self._values:
                return False, None
            self._values.move_to_end(key)
            return True, self._values[key]

    def put(self, key: Hashable, token: int, value: Any) -> None:
        with self._lock:
            if token != self.token:
                self.token = token
                self._values.clear()
            self._values[key] = value
            while len(self._values) > self.size:
                self._values.popitem(last=False)


_READS: weakref.WeakKeyDictionary[Store, _Reads] = weakref.WeakKeyDictionary()


def cached_read(store: Store, key: Hashable, read: Callable[[], T]) -> T:
    """``read()``, or what it returned before under ``key`` if nothing was committed to the store
    since (always read when the store has no change token). The value is shared: do not change it."""
    token = change_token(store)  # before reading: a commit while reading shows as a change
    if token is None:
        return read()
    with _LOCK:
        reads = _READS.get(store) or _READS.setdefault(store, _Reads())
    found, value = reads.get(key, token)
    if found:
        return value
    value = read()
    reads.put(key, token, value)
    return value
