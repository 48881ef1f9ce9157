"""Scale-out: the feed-to-store pipeline on Procrastinate workers over PostgreSQL.

* queue.py   - the Procrastinate app and its tasks (poll a feed, one article, regroup stories),
               the worker loop with stalled-job recovery, and enqueueing polls.
* limits.py  - limits that hold for the whole cluster, kept in PostgreSQL: LLM requests and
               tokens per minute per endpoint + model, and the per-host politeness delay.
* tables.py  - our few tables next to Procrastinate's (attempt log, limit counters).
* status.py  - queue depth, running, parked jobs with their errors, throughput; retry.

The per-article work is citebrief.runner.ArticleStep, the same code `citebrief run` runs.
"""
