"""``kg serve``: the store, read-only, over the SPARQL 1.1 Protocol (a WSGI app and its HTTP server).

Routes::

    GET  /                        the query page (self-contained HTML: no CDN, nothing from the network)
    GET, POST /query              the SPARQL 1.1 Protocol query operation
    any  /update                  403: the server is read-only
    GET  /api, /api/              the saved queries as JSON (name, summary, parameters)
    GET  /api/openapi.json        the same as a minimal OpenAPI 3 document
    GET  /api/<name>?<param>=...  one saved query in grlc's URL shape; values are bound as RDF terms
    GET  /report/<page>           the pages ``kg report`` writes, made from the store on the first request

The store's default graph is empty (one named graph per document), so queries match inside
``GRAPH ?g { ... }``, unless the server makes the default graph the union of all graphs.
Results follow the ``Accept`` header: SPARQL JSON (the default), XML, CSV or TSV for SELECT
and ASK; N-Triples (the default), Turtle, N-Quads or RDF/XML for CONSTRUCT and DESCRIBE.
Updates, ``SERVICE`` (the server never reaches the network) and the protocol's
``default-graph-uri`` / ``named-graph-uri`` (name graphs in the query instead) are refused.

pyoxigraph cannot cancel a query, so with a timeout the queries run in worker processes,
each holding the store open read-only: a query that outlives the timeout is stopped by
killing its worker, and a fresh worker takes its place. Without a timeout they run in
the server's own process.
"""
from __future__ import annotations

import errno
import json
import logging
import multiprocessing
import signal
import socket
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from importlib.resources import files
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qs, quote
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from kg import __version__
from kg.errors import KgError, QueryError, RequestError, ServeError
from kg.query import Parameter, SavedQuery, bind_parameters
from kg.store import UPDATE_OPERATIONS, QueryOutput, Store, Term, open_store, query_form, service_offset

if TYPE_CHECKING:  # pragma: no cover
    from multiprocessing.connection import Connection

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WORKERS",
    "GRAPH_MEDIA_TYPES",
    "RESULTS_MEDIA_TYPES",
    "App",
    "InlineRunner",
    "KgServer",
    "QueryJob",
    "QueryRunner",
    "Response",
    "WorkerPool",
    "make_server",
    "negotiate",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878  # Oxigraph's own server's port: SPARQL clients and grlc set-ups expect it
DEFAULT_TIMEOUT = 30.0
DEFAULT_WORKERS = 2
MAX_BODY = 1 << 20

#: media type -> :meth:`kg.store.Store.serialize_query` format; the first is the default
RESULTS_MEDIA_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA_TYPES = {
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "text/turtle": "turtle",
    "application/n-quads": "nquads",
    "application/rdf+xml": "rdfxml",
}

READ_ONLY = "kg serve is read-only and refuses SPARQL UPDATE; change the store with `kg build` instead"
#: the report's pages run only their own files: no inline script, nothing from elsewhere
REPORT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"
PAGE_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'"
)
EXAMPLE_QUERY = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Who said what: every document is a named graph, so match inside GRAPH ?g
SELECT ?speaker ?text ?g WHERE {
  GRAPH ?g {
    ?statement a kg:Statement ;
        kg:speaker ?who ;
        kg:evidence/kg:exact ?text .
    OPTIONAL { ?who rdfs:label ?speaker }
  }
}
LIMIT 20
"""

log = logging.getLogger(__name__)

Environ = Mapping[str, Any]
StartResponse = Callable[[str, list[tuple[str, str]]], Any]


# -- running queries ---------------------------------------------------------------------


@dataclass(frozen=True)
class QueryJob:
    """One query to run and how to write its result (formats of :mod:`kg.store`)."""

    sparql: str
    bindings: dict[str, Term] | None = None
    results_format: str = "json"
    graph_format: str = "ntriples"


class QueryRunner(Protocol):
    def run(self, job: QueryJob) -> QueryOutput: ...

    def close(self) -> None: ...


def _answer(store: Store, job: QueryJob, union_default_graph: bool) -> QueryOutput | KgError:
    try:
        return store.serialize_query(
            job.sparql,
            job.bindings,
            results_format=job.results_format,
            graph_format=job.graph_format,
            union_default_graph=union_default_graph,
        )
    except KgError as exc:
        return exc


class InlineRunner:
    """Runs each query in the calling thread, with no time limit."""

    def __init__(self, store: Path, *, union_default_graph: bool = False) -> None:
        self._store = open_store(store, read_only=True)
        self._union = union_default_graph

    def run(self, job: QueryJob) -> QueryOutput:
        reply = _answer(self._store, job, self._union)
        if isinstance(reply, KgError):
            raise reply
        return reply

    def close(self) -> None:
        self._store.close()


def _work(conn: Connection, store: str, union_default_graph: bool) -> None:
    """A worker process: open the store read-only, then answer jobs until the pipe closes."""
    # Ctrl-C reaches the whole process group; the server stops its workers itself
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        db = open_store(Path(store), read_only=True)
    except KgError as exc:
        conn.send(exc)
        return
    with db:
        try:
            conn.send(None)
            while True:
                conn.send(_answer(db, conn.recv(), union_default_graph))
        except (EOFError, OSError):  # the server closed the pipe or is gone
            return


class _Worker:
    def __init__(self, context: Any, store: str, union_default_graph: bool) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_work, args=(child, store, union_default_graph), name="kg-serve-query", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self) -> None:
        """Wait until the worker has opened the store (the timeout is for queries, not start-up)."""
        if self.ready:
            return
        reply = self._receive()
        if isinstance(reply, KgError):
            raise reply
        self.ready = True

    def ask(self, job: QueryJob, timeout: float) -> QueryOutput | KgError:
        try:
            self.conn.send(job)
        except OSError as exc:
            raise ServeError(f"a query worker is gone ({exc}); run the query again") from exc
        if not self.conn.poll(timeout):
            raise RequestError(
                503,
                f"the query ran longer than {timeout:g} s and was stopped; narrow it "
                "(a LIMIT, more specific patterns) or start kg serve with a larger --timeout",
            )
        reply: QueryOutput | KgError = self._receive()
        return reply

    def _receive(self) -> Any:
        try:
            return self.conn.recv()
        except (EOFError, OSError) as exc:
            raise ServeError("a query worker died; run the query again, or see the server's log") from exc

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


class WorkerPool:
    """Worker processes that run queries with a time limit; a worker is killed when its query
    outlives ``timeout`` seconds (the only way to stop a pyoxigraph query) and replaced."""

    def __init__(
        self, store: Path, *, timeout: float, workers: int = DEFAULT_WORKERS, union_default_graph: bool = False
    ) -> None:
        if workers < 1:
            raise ServeError(f"a worker pool needs at least one worker, not {workers}; use --workers 1 or more")
        self.timeout = timeout
        self._store = str(store)
        self._union = union_default_graph
        # spawn, not fork: the server's threads and a forked RocksDB do not mix
        self._context = multiprocessing.get_context("spawn")
        self._slots = threading.BoundedSemaphore(workers)
        self._lock = threading.Lock()
        self._idle = [self._start() for _ in range(workers)]
        self._busy: set[_Worker] = set()
        self._closed = False

    def run(self, job: QueryJob) -> QueryOutput:
        with self._slots:
            worker = self._take()
            try:
                worker.wait_ready()
                reply = worker.ask(job, self.timeout)
            except BaseException:
                self._drop(worker)
                raise
            self._give_back(worker)
        if isinstance(reply, KgError):
            raise reply
        return reply

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._idle = [*self._idle, *self._busy], []
            self._busy.clear()
        for worker in workers:
            worker.kill()

    def _start(self) -> _Worker:
        return _Worker(self._context, self._store, self._union)

    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise ServeError("kg serve is stopping; no more queries are run")
            worker = self._idle.pop() if self._idle else self._start()
            self._busy.add(worker)
            return worker

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            self._busy.discard(worker)
            if not self._closed:
                self._idle.append(worker)
                return
        worker.kill()

    def _drop(self, worker: _Worker) -> None:
        with self._lock:
            self._busy.discard(worker)
        worker.kill()


# -- HTTP --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()


def negotiate(accept: str, offers: Mapping[str, str]) -> str | None:
    """The format of ``offers`` (media type -> format) that an ``Accept`` header prefers.

    The most specific matching media range gives an offer its quality; ties go to the
    range written first, then to the order of ``offers``. No header means the first offer;
    None means nothing offered is acceptable.
    """
    if not accept.strip():
        return next(iter(offers.values()))
    ranges = [r for r in (_media_range(item) for item in accept.split(",")) if r is not None]
    best: tuple[float, int, int] | None = None
    chosen = None
    for offered, fmt in offers.items():
        matches = [(_specificity(media, offered), q, -position) for position, (media, q) in enumerate(ranges)]
        matches = [m for m in matches if m[0] > 0]
        if not matches:
            continue
        specificity, q, position = max(matches)
        if q > 0 and (best is None or (q, specificity, position) > best):
            best, chosen = (q, specificity, position), fmt
    return chosen


def _media_range(item: str) -> tuple[str, float] | None:
    media, *params = (part.strip() for part in item.split(";"))
    if "/" not in media:
        return None
    q = 1.0
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "q":
            try:
                q = float(value)
            except ValueError:
                return None
    return media.lower(), q


def _specificity(media_range: str, offered: str) -> int:
    """3 for an exact match, 2 for ``type/*``, 1 for ``*/*``, 0 for none."""
    if media_range == offered:
        return 3
    kind, _, subtype = media_range.partition("/")
    if subtype == "*" and (kind == "*" or offered.startswith(kind + "/")):
        return 1 if kind == "*" else 2
    return 0


class App:
    """The WSGI application: the SPARQL endpoint, the query page and the saved queries' API."""

    def __init__(
        self,
        runner: QueryRunner,
        queries: Sequence[SavedQuery] = (),
        *,
        union_default_graph: bool = False,
        report: Callable[[], Mapping[str, bytes]] | None = None,
    ) -> None:
        self.runner = runner
        self._make_report = report
        self._report: Mapping[str, bytes] | None = None
        self._report_lock = threading.Lock()
        self.queries = {q.name: q for q in queries}
        self._page = _page(list(self.queries.values()), union_default_graph).encode("utf-8")
        self._listing = _json_bytes(_listing(list(self.queries.values())))
        self._openapi = _json_bytes(_openapi(list(self.queries.values())))

    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        response = self.respond(environ)
        headers = [
            ("Content-Type", response.content_type),
            ("Content-Length", str(len(response.body))),
            ("X-Content-Type-Options", "nosniff"),
            *response.headers,
        ]
        if response.status == HTTPStatus.METHOD_NOT_ALLOWED:
            headers.append(("Allow", "GET, HEAD, POST" if _path(environ) == "/query" else "GET, HEAD"))
        start_response(f"{response.status} {HTTPStatus(response.status).phrase}", headers)
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else response.body]

    def respond(self, environ: Environ) -> Response:
        try:
            return self._route(environ)
        except RequestError as exc:
            return Response(exc.status, _line(exc))
        except QueryError as exc:
            return Response(400, _line(exc))
        except KgError as exc:
            return Response(500, _line(exc))
        except Exception:  # a server answers every request; the traceback goes to the log
            log.exception("kg serve failed on %s", _path(environ))
            return Response(500, b"internal error in kg serve; see the server's log\n")

    def _route(self, environ: Environ) -> Response:
        path, method = _path(environ), environ.get("REQUEST_METHOD", "GET")
        if path == "/update":
            raise RequestError(403, READ_ONLY)
        if path == "/query":
            return self._query(environ, method)
        if path == "/":
            _allow(method, "GET", "HEAD")
            return Response(200, self._page, "text/html; charset=utf-8", (("Content-Security-Policy", PAGE_POLICY),))
        if path == "/api" or path.startswith("/api/"):
            return self._api(environ, method, path[len("/api/"):])
        if path == "/report":  # the pages link relatively: they must be read from inside /report/
            return Response(301, b"the report is at /report/\n", "text/plain; charset=utf-8", (("Location", "/report/"),))
        if path.startswith("/report/"):
            return self._report_page(method, path[len("/report/"):])
        raise RequestError(404, f"nothing at {path}; the SPARQL endpoint is /query, the query page is / and the report /report/")

    def _report_page(self, method: str, page: str) -> Response:
        if self._make_report is None:
            raise RequestError(404, "this server serves no report")
        _allow(method, "GET", "HEAD")
        with self._report_lock:  # made once, on the first request: starting the server stays quick
            if self._report is None:
                self._report = self._make_report()
        body = self._report.get(page or "index.html")
        if body is None:
            raise RequestError(404, f"the report has no page {page!r}; start at /report/")
        from kg.report import MEDIA_TYPES

        media_type = MEDIA_TYPES.get(Path(page or "index.html").suffix, "application/octet-stream")
        return Response(200, body, media_type, (("Content-Security-Policy", REPORT_POLICY),))

    def _query(self, environ: Environ, method: str) -> Response:
        sparql = _protocol_query(environ, method)
        _check(sparql)
        accept = environ.get("HTTP_ACCEPT", "")
        results, graph = negotiate(accept, RESULTS_MEDIA_TYPES), negotiate(accept, GRAPH_MEDIA_TYPES)
        form = query_form(sparql)
        wanted = results if form in ("SELECT", "ASK") else graph if form in ("CONSTRUCT", "DESCRIBE") else results or graph
        if wanted is None:
            _not_acceptable(accept, {**RESULTS_MEDIA_TYPES, **GRAPH_MEDIA_TYPES})
        return self._run(QueryJob(sparql, None, results or "json", graph or "ntriples"))

    def _api(self, environ: Environ, method: str, name: str) -> Response:
        if not self.queries:
            raise RequestError(404, "no saved queries are served; start kg serve with --queries")
        _allow(method, "GET", "HEAD")
        if name == "":
            return Response(200, self._listing, "application/json")
        if name == "openapi.json":
            return Response(200, self._openapi, "application/json")
        saved = self.queries.get(name)
        if saved is None:
            raise RequestError(404, f"no saved query {name!r}; /api lists them")
        params = _single_values(parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True))
        bindings = bind_parameters(saved, params, usage="?{}=VALUE")
        _check(saved.sparql)
        accept = environ.get("HTTP_ACCEPT", "")
        results = negotiate(accept, RESULTS_MEDIA_TYPES)
        if results is None:
            _not_acceptable(accept, RESULTS_MEDIA_TYPES)
        return self._run(QueryJob(saved.sparql, bindings, results or "json"))

    def _run(self, job: QueryJob) -> Response:
        output = self.runner.run(job)
        return Response(200, output.data, output.media_type)


def _path(environ: Environ) -> str:
    # PEP 3333 hands the path over as latin-1; URLs are UTF-8
    raw = str(environ.get("PATH_INFO") or "/")
    try:
        return raw.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return raw


def _line(exc: Exception) -> bytes:
    return (str(exc).rstrip() + "\n").encode("utf-8")


def _allow(method: str, *allowed: str) -> None:
    if method not in allowed:
        raise RequestError(405, f"{method} is not allowed here; use {' or '.join(allowed)}")


def _not_acceptable(accept: str, offers: Mapping[str, str]) -> None:
    raise RequestError(406, f"cannot answer as {accept!r}; accept one of {', '.join(offers)}")


def _check(sparql: str) -> None:
    """Refuse updates (403) and federated queries (400) before anything runs."""
    if query_form(sparql) in UPDATE_OPERATIONS:
        raise RequestError(403, READ_ONLY)
    offset = service_offset(sparql)
    if offset is not None:
        raise RequestError(
            400,
            f"SERVICE (a federated query, at character {offset}) is refused: kg serve does not reach "
            "the network; query the store's own graphs instead",
        )


def _protocol_query(environ: Environ, method: str) -> str:
    """The query of a SPARQL 1.1 Protocol request (GET ?query=, POST form or POST sparql-query)."""
    params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    if method == "POST":
        media = str(environ.get("CONTENT_TYPE", "")).split(";")[0].strip().lower()
        if media == "application/sparql-update":
            raise RequestError(403, READ_ONLY)
        body = _body(environ)
        if media == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif media == "application/sparql-query":
            params.setdefault("query", []).append(body)
        else:
            raise RequestError(
                415, "POST the query as application/sparql-query, or as application/x-www-form-urlencoded query=..."
            )
    elif method not in ("GET", "HEAD"):
        _allow(method, "GET", "HEAD", "POST")
    if "update" in params:
        raise RequestError(403, READ_ONLY)
    for name in ("default-graph-uri", "named-graph-uri"):
        if name in params:
            raise RequestError(
                400, f"{name} is not supported; name the graphs in the query (FROM <...>, or GRAPH <...> {{ ... }})"
            )
    queries = params.get("query", [])
    if len(queries) != 1:
        raise RequestError(
            400, "send exactly one query: GET /query?query=..., or POST it as application/sparql-query"
        )
    return queries[0]


def _body(environ: Environ) -> str:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError as exc:
        raise RequestError(400, "the Content-Length header is not a number") from exc
    if length > MAX_BODY:
        raise RequestError(413, f"the request body is over {MAX_BODY} bytes; send a shorter query")
    try:
        return str(environ["wsgi.input"].read(length).decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RequestError(400, f"the request body is not UTF-8 ({exc}); send the query as UTF-8") from exc


def _single_values(params: Mapping[str, list[str]]) -> dict[str, str]:
    repeated = sorted(name for name, values in params.items() if len(values) > 1)
    if repeated:
        raise RequestError(400, f"parameter {', '.join(repeated)} is given more than once; give it once")
    return {name: values[0] for name, values in params.items()}


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# -- the saved queries' API and the query page -------------------------------------------


def _parameters(query: SavedQuery) -> list[Parameter]:
    """One parameter per name (a query may use ?_x and ?__x alike)."""
    first: dict[str, Parameter] = {}
    for param in query.parameters:
        first.setdefault(param.name, param)
    return list(first.values())


def _parameter_type(param: Parameter) -> str:
    if param.kind == "typed" and param.datatype:
        return "xsd:" + param.datatype.rsplit("#", 1)[-1]
    if param.kind == "lang":
        return f"literal@{param.language}"
    return param.kind


def _listing(queries: list[SavedQuery]) -> list[dict[str, Any]]:
    return [
        {
            "name": q.name,
            "path": f"/api/{q.name}",
            "summary": q.summary,
            "description": q.description,
            "tags": q.tags,
            "parameters": [
                {
                    "name": p.name,
                    "type": _parameter_type(p),
                    "required": p.required and p.name not in q.defaults,
                    "default": q.defaults.get(p.name),
                }
                for p in _parameters(q)
            ],
        }
        for q in queries
    ]


def _schema(param: Parameter, default: str | None) -> dict[str, Any]:
    local = _parameter_type(param).removeprefix("xsd:")
    if param.kind == "iri":
        schema: dict[str, Any] = {"type": "string", "format": "uri"}
    elif param.kind == "number" or local in ("decimal", "double", "float"):
        schema = {"type": "number"}
    elif local.endswith(("integer", "Integer", "int", "Int", "long", "Long", "short", "Short", "byte", "Byte")):
        schema = {"type": "integer"}
    elif local == "boolean":
        schema = {"type": "boolean"}
    else:
        schema = {"type": "string"}
    if default is not None:
        schema["default"] = default
    return schema


def _openapi(queries: list[SavedQuery]) -> dict[str, Any]:
    results: dict[str, dict[str, Any]] = {media: {} for media in ("application/sparql-results+json", "application/sparql-results+xml",
                                      "text/csv", "text/tab-separated-values")}
    paths = {}
    for q in queries:
        parameters = [
            {
                "name": p.name,
                "in": "query",
                "required": p.required and p.name not in q.defaults,
                "description": f"bound as {_parameter_type(p)} (never pasted into the query)",
                "schema": _schema(p, q.defaults.get(p.name)),
            }
            for p in _parameters(q)
        ]
        paths[f"/api/{q.name}"] = {"get": {
            "operationId": q.name,
            "summary": q.summary,
            "description": q.description,
            "tags": q.tags,
            "parameters": parameters,
            "responses": {
                "200": {"description": "the query's results", "content": results},
                "400": {"description": "a missing or malformed parameter", "content": {"text/plain": {}}},
            },
        }}
    return {
        "openapi": "3.0.3",
        "info": {"title": "kg saved queries", "version": __version__,
                 "description": "The saved SPARQL queries of kg (grlc decorators), served by kg serve."},
        "paths": paths,
    }


def _page(queries: list[SavedQuery], union_default_graph: bool) -> str:
    from html import escape

    template = files("kg").joinpath("serve.html").read_text(encoding="utf-8")
    note = " (this server also reads it as the union of all graphs)" if union_default_graph else ""
    return (
        template.replace("{{example}}", escape(EXAMPLE_QUERY))
        .replace("{{union_note}}", note)
        .replace("{{endpoints}}", _endpoint_list(queries))
    )


def _endpoint_list(queries: list[SavedQuery]) -> str:
    from html import escape

    if not queries:
        return "<p class=\"note\">None: start <code>kg serve --queries</code> to serve them under /api/.</p>"
    items = []
    for q in queries:
        example = "&".join(f"{quote(p.name)}={quote(q.defaults.get(p.name, ''))}" for p in _parameters(q))
        href = f"api/{quote(q.name)}" + (f"?{example}" if example else "")
        params = ", ".join(p.name for p in _parameters(q))
        items.append(
            f'<li><a href="{escape(href)}">{escape(q.name)}</a> — {escape(q.summary)}'
            + (f" <span class=\"tag\">({escape(params)})</span>" if params else "")
            + "</li>"
        )
    return (
        '<p class="note">JSON by default; send <code>Accept: text/csv</code> for CSV. '
        '<a href="api/">List</a> · <a href="api/openapi.json">OpenAPI</a></p>\n<ul>\n' + "\n".join(items) + "\n</ul>"
    )


# -- the server ---------------------------------------------------------------------------


class _Handler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s " + format, self.address_string(), *args)


class KgServer(ThreadingMixIn, WSGIServer):
    """The HTTP server: one thread per request; :meth:`close` also stops the query runner."""

    daemon_threads = True
    runner: QueryRunner | None = None

    @property
    def url(self) -> str:
        host, port = self.socket.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/"

    def close(self) -> None:
        self.server_close()
        if self.runner is not None:
            self.runner.close()


class _KgServer6(KgServer):
    address_family = socket.AF_INET6


def make_server(
    store: Path,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    queries: Sequence[SavedQuery] = (),
    timeout: float | None = DEFAULT_TIMEOUT,
    workers: int = DEFAULT_WORKERS,
    union_default_graph: bool = False,
) -> KgServer:
    """A server for ``store`` listening on ``host:port`` (port 0: any free port), not yet serving.

    ``timeout`` (seconds; None or 0 for no limit) stops longer queries, which then run in
    ``workers`` processes. Call ``serve_forever()`` to serve and ``close()`` when done.
    """
    open_store(store, read_only=True).close()  # fail here, with kg's message, when there is no store
    server = _listen(host, port)
    try:
        runner: QueryRunner = (
            WorkerPool(store, timeout=timeout, workers=workers, union_default_graph=union_default_graph)
            if timeout
            else InlineRunner(store, union_default_graph=union_default_graph)
        )
    except BaseException:
        server.server_close()
        raise
    server.runner = runner
    server.set_app(App(runner, queries, union_default_graph=union_default_graph, report=lambda: _report(store)))
    return server


def _report(store: Path) -> dict[str, bytes]:
    from kg.report import build_site

    with open_store(store, read_only=True) as db:
        return build_site(db)


def _listen(host: str, port: int) -> KgServer:
    server_class = _KgServer6 if ":" in host else KgServer
    try:
        return server_class((host, port), _Handler)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is in use (another kg serve or Oxigraph?); choose another with --port") from exc
        raise ServeError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); check --host and --port") from exc
