"""The store: articles, briefs, feeds, stories and runs in SQLite (default) or PostgreSQL.

    from citebrief.store import Store
    with Store.open("briefs.sqlite") as store:          # or "postgresql://user:pw@host/db"
        store.save(article, brief, settings_key=key)
        for row in store.search("英伟达 营收"):
            ...
"""
from citebrief.store.db import default_db_url, normalise_url
from citebrief.store.store import SaveResult, Store, settings_key_for

__all__ = ["Store", "SaveResult", "default_db_url", "normalise_url", "settings_key_for"]
