"""Shared by the web tests: a store seeded with our own articles, and a real uvicorn on 127.0.0.1."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"

# Hostile third-party text: every field a page shows carries a payload.
HOSTILE_TITLE = 'Evil <script>alert("title")</script><img src=x onerror=alert("img")> chip news'
HOSTILE_PARAGRAPHS = [
    'Revenue rose 12% to $3 billion <img src=x onerror=alert("para")> in the third quarter.',
    'See <a href="javascript:alert(\'link\')">javascript:alert("text")</a> and <script>alert("p2")</script> for 5%.',
]


def english_article(n: int, company: str = "Acme Robotics") -> str:
    return (f"{company} reports quarter {n} results\nWire {n % 3}·2025-11-{(n % 27) + 1:02d} 09:00\n\n"
            f"{company} said revenue rose {n + 3}% to ${n + 10}.5 billion in the quarter, beating forecasts.\n\n"
            f"The company expects margins of {20 + n % 9}% next year, its chief executive said on Monday.\n")


TSMC_ENGLISH = ("TSMC October sales jump on AI demand\nChip Wire·2025-11-10 16:00\n\n"
                "Taiwan Semiconductor Manufacturing Co (TSMC) said October revenue rose 26.4% from a year "
                "earlier to NT$367.47 billion.\n\n"
                "TSMC shares closed at NT$1,465 in Taipei on Monday.\n")


def seed(db: str, *, synthetic: int = 30) -> dict[str, int]:
    """Store the three examples, an English TSMC story, ``synthetic`` English articles and a
    hostile one; regroup stories. Returns brief ids by name."""
    from citebrief.article import Article
    from citebrief.loaders import from_text, load_article
    from citebrief.pipeline import make_brief
    from citebrief.store import Store
    from citebrief.stories import rebuild_stories

    ids: dict[str, int] = {}
    with Store.open(db) as store:

        def save(article: Article, url: str) -> int:
            brief_id = store.save(article, make_brief(article), url=url, settings_key="k").brief_id
            assert brief_id is not None
            return brief_id

        for n in range(synthetic):
            article = from_text(english_article(n), origin=f"synthetic-{n}")
            ids[f"synthetic-{n}"] = save(article, f"https://wire.example/{n}")
        for path in sorted(EXAMPLES.iterdir()):
            article = load_article(str(path))
            ids[path.stem] = save(article, f"https://news.example/{path.stem}")
        article = from_text(TSMC_ENGLISH, origin="tsmc-en")
        ids["tsmc-en"] = save(article, "https://chips.example/tsmc")
        hostile = Article(title=HOSTILE_TITLE, source='<b onmouseover=alert("src")>Src</b>', language="en",
                          url='javascript:alert("url")', paragraphs=HOSTILE_PARAGRAPHS)
        ids["hostile"] = save(hostile, 'javascript:alert("url")')
        rebuild_stories(store)
    return ids


@contextmanager
def running(app) -> Iterator[str]:  # noqa: ANN001 - a FastAPI app
    """Serve ``app`` with uvicorn on a free 127.0.0.1 port in a thread; yields the base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
