"""`citebrief serve`: a web reader and JSON API over the store, with watchlists.

    from citebrief.web import ServeSettings, create_app
    app = create_app(ServeSettings(db="briefs.sqlite"))

Modules: app (factory, settings, templates), api (JSON under /api), pages (HTML), actions (what
both do, over the library), briefview + highlight (the brief page's claims and marks), storyview
(figures across a story's sources), watch (feed polling, webhooks), security (token, CSRF, CSP),
problems (RFC 9457 errors, body and time limits).
"""
from citebrief.web.app import ServeSettings, create_app

__all__ = ["ServeSettings", "create_app"]
