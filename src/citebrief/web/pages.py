"""The HTML pages: timeline, brief, story, watchlists (+ Atom), brief it, feeds, sign in.

Server-rendered with Jinja2 (autoescaped); the only script is /static/app.js. Every form carries
the CSRF value (citebrief.web.security) and, when the server has a token, needs a signed-in cookie.
"""
from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from citebrief.errors import CitebriefError, InputError
from citebrief.store import Store, timeline as tl, watchlists as wls
from citebrief.web import actions
from citebrief.web.app import templates
from citebrief.web.offload import read, write
from citebrief.web.rows import rows_html
from citebrief.web.security import TOKEN_COOKIE, check_form, csrf_value, set_csrf, signed_in, token_matches

router = APIRouter(include_in_schema=False)
FILTER_KEYS = ("q", "entity", "source", "language", "since", "until", "story", "unsupported")
PAGE_SIZE = 25


def _store(request: Request) -> Store:
    return request.app.state.store


def render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    """The page, with an ETag of its bytes: a browser asking again with If-None-Match gets 304
    and no body when nothing on the page changed (Cache-Control: no-cache, so it always asks)."""
    settings = request.app.state.settings
    context.update(csrf=csrf_value(request), needs_token=bool(settings.token), signed_in=signed_in(request))
    body = templates().get_template(name).render(request=request, **context)
    response: Response = HTMLResponse(body, status_code=status)
    if status == 200 and request.method == "GET":
        etag = '"' + hashlib.blake2b(response.body, digest_size=16).hexdigest() + '"'
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if etag in request.headers.get("if-none-match", ""):
            response = Response(status_code=304, headers=headers)
        else:
            response.headers.update(headers)
    set_csrf(request, response)
    return response


def _filters(request: Request) -> tuple[dict[str, str], tl.BriefFilter]:
    params = {k: v for k, v in request.query_params.items() if k in FILTER_KEYS and v.strip()}
    return params, actions.parse_filter(params)


@router.get("/", response_class=HTMLResponse)
async def timeline(request: Request) -> Response:
    return await read(request, _timeline, request)


def _timeline(request: Request) -> Response:
    store = _store(request)
    params, filt = _filters(request)
    before = actions.parse_cursor(request.query_params.get("before"))
    rows = tl.briefs_page(store, filt, before=before, limit=PAGE_SIZE)
    sources, languages = tl.sources_and_languages(store)
    older = urlencode({**params, "before": rows[-1]["id"]}) if len(rows) == PAGE_SIZE else None
    return render(request, "timeline.html.j2", rows=rows, rows_html=rows_html(store, rows), params=params,
                  sources=sources, languages=languages,
                  older=older, live=before is None, newest=rows[0]["id"] if rows else tl.max_brief_id(store),
                  query=urlencode(params), live_seconds=request.app.state.settings.live_seconds)


@router.get("/fragments/timeline", response_class=HTMLResponse)
async def timeline_rows(request: Request, after: int) -> HTMLResponse:
    """Rows newer than ``after`` (every open timeline asks for these every few seconds)."""
    return await read(request, _timeline_rows, request, after)


def _timeline_rows(request: Request, after: int) -> HTMLResponse:
    _, filt = _filters(request)
    store = _store(request)
    rows = tl.briefs_page(store, filt, after=after, limit=50)
    return HTMLResponse(rows_html(store, rows), headers={"X-Newest": str(rows[0]["id"] if rows else after)})


@router.get("/briefs/{brief_id}.{fmt}")
def download(request: Request, brief_id: int, fmt: str) -> Response:
    from citebrief.pipeline import render as render_brief

    media = {"md": "text/markdown; charset=utf-8", "json": "application/json", "html": "text/html; charset=utf-8"}
    if fmt not in media:
        raise HTTPException(404, f"no download as .{fmt}; choose md, json or html")
    _, brief = _store(request).get_brief(brief_id)
    disposition = f'attachment; filename="brief-{brief_id}.{fmt}"'
    return Response(render_brief(brief, fmt), media_type=media[fmt], headers={"Content-Disposition": disposition})


@router.get("/briefs/{brief_id}", response_class=HTMLResponse)
async def brief_page(request: Request, brief_id: int) -> Response:
    return await read(request, _brief_page, request, brief_id)


def _brief_page(request: Request, brief_id: int) -> Response:
    from citebrief.web.briefpage import brief_page as unchanging

    store = _store(request)
    page = unchanging(store, brief_id)
    versions, story = tl.article_surroundings(store, page.row["article_id"])
    return render(request, "brief.html.j2", page=page, row=page.row, versions=versions, story=story)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: int) -> Response:
    story = actions.story_detail(_store(request), story_id)
    return render(request, "story.html.j2", story=story)


# ---- watchlists -------------------------------------------------------------------------------
@router.get("/watchlists", response_class=HTMLResponse)
def watchlists_page(request: Request) -> Response:
    return render(request, "watchlists.html.j2", watchlists=wls.list_watchlists(_store(request)), form={},
                  error=None)


def _terms(text: str) -> list[str]:
    return [t.strip() for t in text.replace("\n", ",").split(",") if t.strip()]


@router.post("/watchlists")
async def watchlist_add(request: Request) -> Response:
    from citebrief.web.watch import check_webhook_url

    form = await request.form()
    check_form(request, form)
    values = {k: str(form.get(k) or "").strip() for k in ("name", "terms", "webhook_url", "webhook_secret")}
    store, allow_private = _store(request), request.app.state.settings.allow_private

    def work() -> dict[str, Any]:  # resolving the webhook's host may take a while: not on the loop
        url = check_webhook_url(values["webhook_url"], allow_private=allow_private)
        return wls.add_watchlist(store, values["name"], _terms(values["terms"]), url,
                                 values["webhook_secret"] or None)

    try:
        wl = await write(work)
    except CitebriefError as exc:  # shown on the form, with what was typed
        return render(request, "watchlists.html.j2", status=422, watchlists=await read(request, wls.list_watchlists,
                                                                                       store),
                      form=values, error=str(exc))
    return RedirectResponse(f"/watchlists/{wl['id']}", status_code=303)


@router.get("/watchlists/{watchlist_id}.atom")
def watchlist_atom(request: Request, watchlist_id: int) -> Response:
    store = _store(request)
    wl = wls.get_watchlist(store, watchlist_id)
    rows = tl.briefs_page(store, tl.BriefFilter(any_terms=tuple(wl["terms"])), limit=50)
    base = str(request.base_url).rstrip("/")
    body = templates().get_template("atom.xml.j2").render(wl=wl, rows=rows, base=base)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/watchlists/{watchlist_id}", response_class=HTMLResponse)
def watchlist_page(request: Request, watchlist_id: int) -> Response:
    store = _store(request)
    wl = wls.get_watchlist(store, watchlist_id)
    before = actions.parse_cursor(request.query_params.get("before"))
    rows = tl.briefs_page(store, tl.BriefFilter(any_terms=tuple(wl["terms"])), before=before, limit=PAGE_SIZE)
    older = urlencode({"before": rows[-1]["id"]}) if len(rows) == PAGE_SIZE else None
    return render(request, "watchlist.html.j2", wl=wl, rows=rows, rows_html=rows_html(store, rows), older=older,
                  deliveries=wls.deliveries(store, watchlist_id))


@router.post("/watchlists/{watchlist_id}/delete")
async def watchlist_delete(request: Request, watchlist_id: int) -> Response:
    check_form(request, await request.form())
    await write(wls.delete_watchlist, _store(request), watchlist_id)
    return RedirectResponse("/watchlists", status_code=303)


# ---- brief it ---------------------------------------------------------------------------------
@router.get("/brief-it", response_class=HTMLResponse)
def brief_it_page(request: Request) -> Response:
    return render(request, "brief_it.html.j2", form={}, error=None, result=None)


@router.post("/brief-it", response_class=HTMLResponse)
async def brief_it(request: Request) -> Response:
    form = await request.form()
    check_form(request, form)
    values = {k: str(form.get(k) or "") for k in ("text", "url", "engine", "length", "store")}
    settings = request.app.state.settings
    store = _store(request)

    def work() -> tuple[Any, int | None]:
        article = actions.load_input(text=values["text"].strip() or None, url=values["url"].strip() or None,
                                     fetch_timeout=settings.fetch_timeout, allow_private=settings.allow_private)
        return actions.brief_input(store, article, engine=values["engine"] or "extractive",
                                   length=values["length"] or None, save=bool(values["store"]))

    try:
        brief, brief_id = await write(work)
    except CitebriefError as exc:
        return render(request, "brief_it.html.j2", status=422, form=values, error=str(exc), result=None)
    if brief_id is not None:
        return RedirectResponse(f"/briefs/{brief_id}", status_code=303)
    from citebrief.pipeline import render as render_brief

    return render(request, "brief_it.html.j2", form=values, error=None, result=render_brief(brief, "md"))


# ---- feeds ------------------------------------------------------------------------------------
@router.get("/feeds", response_class=HTMLResponse)
def feeds_page(request: Request) -> Response:
    background = request.app.state.background
    return render(request, "feeds.html.j2", feeds=_store(request).list_feeds(), last_poll=background.last_poll,
                  polling=request.app.state.settings.poll_seconds)


@router.post("/feeds")
async def feed_add(request: Request) -> Response:
    form = await request.form()
    check_form(request, form)
    url = str(form.get("url") or "").strip()
    if not url.startswith(("http://", "https://")):
        raise InputError(url or "feed", "a feed URL must start with http:// or https://")
    await write(_store(request).add_feed, url, str(form.get("name") or "").strip() or None)
    return RedirectResponse("/feeds", status_code=303)


@router.post("/feeds/{feed_id}/remove")
async def feed_remove(request: Request, feed_id: int) -> Response:
    check_form(request, await request.form())
    await write(_store(request).remove_feed, str(feed_id))
    return RedirectResponse("/feeds", status_code=303)


# ---- sign in ----------------------------------------------------------------------------------
@router.get("/signin", response_class=HTMLResponse)
def signin_page(request: Request) -> Response:
    return render(request, "signin.html.j2", error=None)


@router.post("/signin")
async def signin(request: Request) -> Response:
    form = await request.form()
    check_form(request, form, needs_token=False)
    if not token_matches(request, str(form.get("token") or "")):
        return render(request, "signin.html.j2", status=401, error="That token is not this server's.")
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(TOKEN_COOKIE, str(form.get("token")), httponly=True, samesite="strict", path="/")
    return response


ROBOTS = "User-agent: *\nDisallow: /\n"


@router.get("/robots.txt", response_class=PlainTextResponse)
async def robots() -> PlainTextResponse:
    # async and a Response: a plain `def` returning a str cost two thread-pool hops (the
    # function, then FastAPI's serialisation of its result), more than the rest of the request.
    return PlainTextResponse(ROBOTS)
