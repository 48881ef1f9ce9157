"""Screenshots of `citebrief serve` for the README, through Debian's Chromium (Playwright).

    python scripts/screenshots.py            # writes docs/img/serve-timeline.png, serve-brief.png

Stores the examples (examples/articles) in a fresh SQLite file, serves it on 127.0.0.1 with a real
uvicorn, opens the timeline and a brief page, clicks a key figure's citation so the highlighted
sentence and figures show, and saves the screenshots. Rerun after changing the pages. Chinese
text needs a CJK font in the system (apt-get install fonts-wqy-microhei), else Chromium draws boxes.
"""
from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"))
    args = parser.parse_args()
    import uvicorn
    from playwright.sync_api import sync_playwright

    from citebrief.store import Store
    from citebrief.web import ServeSettings, create_app
    from citebrief.web.actions import load_into_store

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "demo.sqlite")
        with Store.open(db) as store:
            stored, failures = load_into_store(store, [str(ROOT / "examples" / "articles")])
            if failures:
                sys.exit("\n".join(failures))
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(ServeSettings(db=db)), log_level="warning"))
        threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 760})
            page.goto(base + "/")
            page.screenshot(path=str(out / "serve-timeline.png"))
            page.goto(base + "/?q=台积电")
            href = page.locator("li.row a.title").first.get_attribute("href")
            page.goto(base + href)
            page.locator("#kf-1 a.cite").first.click()
            page.wait_for_timeout(800)
            page.screenshot(path=str(out / "serve-brief.png"))
            browser.close()
        server.should_exit = True
    print(f"wrote {out / 'serve-timeline.png'} and {out / 'serve-brief.png'}")


if __name__ == "__main__":
    main()
