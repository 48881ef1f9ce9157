"""The JSON API under /api (documented by OpenAPI at /docs). Every write and every fetch on
someone's behalf depends on require_api_token; errors are problem details (citebrief.web.problems)."""
from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from citebrief.errors import InputError
from citebrief.store import Store, timeline as tl, watchlists as wls
from citebrief.web import actions
from citebrief.web.offload import read
from citebrief.web.rows import rows_json
from citebrief.web.security import require_api_token
from citebrief.web.watch import check_webhook_url

router = APIRouter(prefix="/api", tags=["api"])
write = [Depends(require_api_token)]


def _store(request: Request) -> Store:
    return request.app.state.store


class Page(BaseModel):
    items: list[dict[str, Any]]
    next_cursor: str | None = Field(None, description="Pass as ?cursor= for the next (older) page")


class BriefRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="The article as text (house layout), HTML, Markdown or JSON")
    url: str | None = Field(None, description="An http(s) URL to fetch")
    article: dict[str, Any] | None = Field(None, description="Article JSON (title, paragraphs, ...)")
    engine: str = "extractive"
    length: str | None = Field(None, description="short, standard or full (extractive engine)")
    store: bool = Field(False, description="Store the article and brief")


class VerifyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    brief: str | dict[str, Any] = Field(..., description="A brief in the house format (text) or brief JSON")
    article: str | dict[str, Any] | None = Field(
        None, description="The article: text, article JSON, or an http(s) URL (omit if the brief JSON carries it)")


class FeedRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str
    name: str | None = None


class WatchlistRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    terms: list[str] = Field(..., description="Entities, tickers or keywords; a brief matching any of them is listed")
    webhook_url: str | None = None
    webhook_secret: str | None = None


class WatchlistPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str | None = None
    terms: list[str] | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None


def _json(page: Page) -> Response:
    # Serialised by pydantic in one pass: FastAPI's generic encoder took 15 ms for a page of 25.
    return Response(page.model_dump_json(), media_type="application/json")


def _page(store: Store, rows: list[dict[str, Any]], limit: int) -> Response:
    """A Page of ``rows`` as JSON: each row's text made once (web.rows), joined here."""
    cursor = str(rows[-1]["id"]) if len(rows) == limit else None
    body = '{"items":[' + ",".join(rows_json(store, rows)) + '],"next_cursor":' + json.dumps(cursor) + "}"
    return Response(body, media_type="application/json")


@router.get("/briefs", response_model=Page, summary="Briefs, newest first, filtered, with a cursor")
async def list_briefs(request: Request,
                      q: str | None = Query(None, description="Search: every term must match; 台积电 finds 台積電 and TSMC"),
                      entity: str | None = Query(None, description="Entity or ticker (gazetteer), e.g. TSMC or 2330.TW"),
                      source: str | None = None, language: str | None = None,
                      since: str | None = Query(None, description="YYYY-MM-DD"),
                      until: str | None = Query(None, description="YYYY-MM-DD"),
                      story: str | None = None, unsupported: bool = False, engine: str | None = None,
                      cursor: str | None = None, limit: int = Query(25, ge=1, le=tl.MAX_LIMIT)) -> Response:
    return await read(request, _list_briefs, request, cursor, limit)


def _list_briefs(request: Request, cursor: str | None, limit: int) -> Response:
    filt = actions.parse_filter(dict(request.query_params))
    store = _store(request)
    rows = tl.briefs_page(store, filt, before=actions.parse_cursor(cursor), limit=limit)
    return _page(store, rows, limit)


@router.get("/briefs/{brief_id}", summary="One brief (brief JSON) with its store metadata")
async def get_brief(request: Request, brief_id: int) -> Response:
    return await read(request, _get_brief, request, brief_id)


def _get_brief(request: Request, brief_id: int) -> Response:
    import json

    row, brief = _store(request).get_brief(brief_id)
    head = json.dumps({"id": row["id"], "article_id": row["article_id"], "version": row["version"], "url": row["url"]},
                      ensure_ascii=False)
    return Response(head[:-1] + ', "brief": ' + brief.model_dump_json() + "}", media_type="application/json")


@router.get("/briefs/{brief_id}/marks", summary="Where each claim rests in its cited paragraphs")
def brief_marks(request: Request, brief_id: int) -> dict[str, list[list]]:
    """{anchor: [[paragraph, start, end, kind], ...]}: anchors 'c-0' (Core Viewpoint), 'c-1'... (bullets),
    'kf-1'... (key figures); start/end are UTF-16 offsets into the paragraph; kind is 'span' (the
    sentence or quote), 'figure' or 'name'."""
    from citebrief.web.briefview import brief_marks as marks

    _, brief = _store(request).get_brief(brief_id)
    return marks(brief)


@router.get("/articles", response_model=Page, summary="Stored articles, newest first")
def list_articles(request: Request, cursor: str | None = None,
                  limit: int = Query(25, ge=1, le=tl.MAX_LIMIT)) -> Response:
    rows = tl.list_articles(_store(request), before=actions.parse_cursor(cursor), limit=limit)
    return _json(Page(items=rows, next_cursor=str(rows[-1]["id"]) if len(rows) == limit else None))


@router.get("/articles/{article_id}", summary="One article with its versions and briefs")
def get_article(request: Request, article_id: int) -> dict[str, Any]:
    store = _store(request)
    article = store.load_article(article_id)
    return {"id": article_id, "article": article.model_dump(mode="json"),
            "versions": tl.article_versions(store, article_id), "briefs": tl.briefs_of_article(store, article_id)}


@router.get("/articles/{article_id}/briefs", summary="The briefs of one article")
def article_briefs(request: Request, article_id: int) -> list[dict[str, Any]]:
    store = _store(request)
    store.load_article(article_id)  # 404 for an unknown article
    return tl.briefs_of_article(store, article_id)


@router.get("/stories", summary="Stories, largest and newest first")
def list_stories(request: Request, min_size: int = Query(2, ge=1), limit: int = Query(50, ge=1, le=500)
                 ) -> list[dict[str, Any]]:
    return _store(request).list_stories(min_size=min_size, limit=limit)


@router.get("/stories/{story_id}", summary="One story: its articles and the figures that agree or differ")
def get_story(request: Request, story_id: int) -> dict[str, Any]:
    story = actions.story_detail(_store(request), story_id)
    for article in story["articles"]:
        article.pop("brief", None)
    return story


@router.get("/search", response_model=Page, summary="Search titles, paragraphs and briefs (across scripts)")
async def search(request: Request, q: str = Query(..., min_length=1), cursor: str | None = None,
           limit: int = Query(25, ge=1, le=tl.MAX_LIMIT)) -> Response:
    def search_page() -> Response:
        store = _store(request)
        rows = tl.briefs_page(store, tl.BriefFilter(q=q), before=actions.parse_cursor(cursor), limit=limit)
        return _page(store, rows, limit)

    return await read(request, search_page)


@router.post("/brief", dependencies=write, summary="Brief an article (text, URL or article JSON)")
def post_brief(request: Request, body: BriefRequest, response: Response) -> dict[str, Any]:
    settings = request.app.state.settings
    article = actions.load_input(text=body.text, url=body.url, article=body.article,
                                 fetch_timeout=settings.fetch_timeout, allow_private=settings.allow_private)
    brief, brief_id = actions.brief_input(_store(request), article, engine=body.engine, length=body.length,
                                          save=body.store)
    if brief_id is not None:
        response.status_code = 201
        response.headers["Location"] = f"/api/briefs/{brief_id}"
    return {"id": brief_id, "brief": brief.model_dump(mode="json")}


@router.post("/verify", dependencies=write, summary="Verify a brief against its article "
             "(the report of `citebrief verify --format json`)")
def post_verify(request: Request, body: VerifyRequest) -> dict[str, Any]:
    settings = request.app.state.settings
    article = None
    if isinstance(body.article, dict):
        article = actions.load_input(article=body.article)
    elif isinstance(body.article, str) and body.article.strip():
        from citebrief.loaders.http import is_url

        source = body.article.strip()
        article = actions.load_input(url=source, fetch_timeout=settings.fetch_timeout,
                                     allow_private=settings.allow_private) \
            if is_url(source) else actions.load_input(text=body.article)
    return actions.verify_input(body.brief, article)


@router.get("/queue", summary="The worker queue (PostgreSQL store): waiting per queue, running, "
            "parked jobs with their errors, throughput per worker")
def queue(request: Request, minutes: float = Query(5.0, gt=0, le=1440)) -> dict[str, Any]:
    import dataclasses

    from citebrief.scale.status import has_queue, queue_status

    store = _store(request)
    if store.dialect != "postgresql" or not has_queue(store.engine):
        raise InputError(store.url, "no such queue: `citebrief worker` runs on a PostgreSQL store "
                         "(see docs/scale.md)")
    return dataclasses.asdict(queue_status(store.engine, minutes))


@router.get("/feeds", summary="Followed feeds with their last poll")
def list_feeds(request: Request) -> list[dict[str, Any]]:
    return _store(request).list_feeds()


@router.post("/feeds", dependencies=write, status_code=201, summary="Follow a feed")
def add_feed(request: Request, body: FeedRequest) -> dict[str, Any]:
    if not body.url.startswith(("http://", "https://")):
        raise InputError(body.url, "a feed URL must start with http:// or https://")
    return _store(request).add_feed(body.url, body.name)


@router.delete("/feeds/{feed_id}", dependencies=write, status_code=204, summary="Stop following a feed")
def remove_feed(request: Request, feed_id: int) -> Response:
    if not _store(request).remove_feed(str(feed_id)):
        raise InputError(f"feed {feed_id}", "no such feed")
    return Response(status_code=204)


def _public(wl: dict[str, Any]) -> dict[str, Any]:
    return {**wl, "webhook_secret": "set" if wl.get("webhook_secret") else None}


@router.get("/watchlists", summary="Watchlists")
def list_watchlists(request: Request) -> list[dict[str, Any]]:
    return [_public(w) for w in wls.list_watchlists(_store(request))]


@router.post("/watchlists", dependencies=write, status_code=201, summary="Make a watchlist")
def add_watchlist(request: Request, body: WatchlistRequest, response: Response) -> dict[str, Any]:
    url = check_webhook_url(body.webhook_url, allow_private=request.app.state.settings.allow_private)
    wl = wls.add_watchlist(_store(request), body.name, body.terms, url, body.webhook_secret)
    response.headers["Location"] = f"/api/watchlists/{wl['id']}"
    # The secret is shown once, to the one who made it; later reads only say it is set.
    return wl


@router.get("/watchlists/{watchlist_id}", summary="One watchlist with its recent webhook deliveries")
def get_watchlist(request: Request, watchlist_id: int) -> dict[str, Any]:
    store = _store(request)
    return {**_public(wls.get_watchlist(store, watchlist_id)), "deliveries": wls.deliveries(store, watchlist_id)}


@router.patch("/watchlists/{watchlist_id}", dependencies=write, summary="Change a watchlist")
def patch_watchlist(request: Request, watchlist_id: int, body: WatchlistPatch) -> dict[str, Any]:
    changes = body.model_dump()
    if body.webhook_url:  # "" removes the webhook, None leaves it as it is
        changes["webhook_url"] = check_webhook_url(body.webhook_url,
                                                   allow_private=request.app.state.settings.allow_private)
    return _public(wls.update_watchlist(_store(request), watchlist_id, **changes))


@router.delete("/watchlists/{watchlist_id}", dependencies=write, status_code=204, summary="Delete a watchlist")
def delete_watchlist(request: Request, watchlist_id: int) -> Response:
    if not wls.delete_watchlist(_store(request), watchlist_id):
        raise InputError(f"watchlist {watchlist_id}", "no such watchlist")
    return Response(status_code=204)


@router.get("/watchlists/{watchlist_id}/briefs", response_model=Page, summary="A watchlist's briefs")
def watchlist_briefs(request: Request, watchlist_id: int, cursor: str | None = None,
                     limit: int = Query(25, ge=1, le=tl.MAX_LIMIT)) -> Response:
    store = _store(request)
    wl = wls.get_watchlist(store, watchlist_id)
    rows = tl.briefs_page(store, tl.BriefFilter(any_terms=tuple(wl["terms"])),
                          before=actions.parse_cursor(cursor), limit=limit)
    return _page(store, rows, limit)
