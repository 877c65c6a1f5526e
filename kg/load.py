"""Push the store into a running triplestore over the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of the store goes in one ``PUT URL?graph=<IRI>`` as N-Triples, which
replaces that graph on the server whole: a load can be repeated or resumed safely.

With ``bulk`` (Oxigraph servers only) the changed graphs go instead in N-Quads batches of
about :data:`BULK_TRIPLES` triples: each batch's graphs are dropped (one SPARQL Update on
``…/update``) and the batch POSTed to ``…/store?no_transaction``, Oxigraph's bulk loader:
about three times faster, but a graph is not replaced atomically, so a reader of the server
may see it half loaded until the batch ends.

A state file (default ``<store>.load-state.json``, beside the store folder and never in
it, which belongs to RocksDB) remembers per server URL, for every graph sent, the sha256 of
its sorted N-Triples lines and its triple count. The next run skips a graph when its hash
is unchanged *and* the server still reports that count, so a server that was emptied or
restarted without its data gets everything again; ``send_all`` sends every graph anyway.

After sending, the server's per-graph triple counts (a SPARQL ``COUNT`` on its query
endpoint) must equal the store's; a graph enters the state file only once they do.

Graphs that the state file says this loader put on the server and that the store no longer
holds are left there and reported as ``stale``; ``delete_missing`` DELETEs them. Graphs
the loader never put there are never touched.

Credentials come from the environment only (:func:`credentials_from_env`):
``KG_LOAD_USER`` and ``KG_LOAD_PASSWORD`` (HTTP Basic, or Digest when the server asks for
it, as Virtuoso does) or ``KG_LOAD_TOKEN`` (Bearer). They never appear in messages, in
reprs or in the state file.

Standard library only: one keep-alive ``http.client`` connection per host and run.
"""
from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import re
import secrets
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Generator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import LoadError
from kg.store import open_store

__all__ = [
    "ENV_PASSWORD",
    "ENV_TOKEN",
    "ENV_USER",
    "Credentials",
    "GraphLoad",
    "HttpClient",
    "LoadReport",
    "Response",
    "bulk_graphs",
    "bulk_urls",
    "credentials_from_env",
    "default_sparql_url",
    "default_state_path",
    "delete_graph",
    "digest_authorization",
    "graph_digest",
    "graph_url",
    "load_store",
    "put_graph",
    "require_oxigraph",
    "server_counts",
]

ENV_USER = "KG_LOAD_USER"
ENV_PASSWORD = "KG_LOAD_PASSWORD"
ENV_TOKEN = "KG_LOAD_TOKEN"

STATE_VERSION = 1
NTRIPLES = "application/n-triples"
SPARQL_JSON = "application/sparql-results+json"
NQUADS = "application/n-quads"
BULK_TRIPLES = 100_000  # triples per --bulk request: the measured sweet spot of Oxigraph's bulk loader
BULK_AHEAD = 128  # graphs read ahead while a --bulk batch is on its way: reading the store costs as much as loading
COUNT_BATCH = 200  # graphs per COUNT query, so that no server meets an outsized VALUES block
MAX_RETRY_AFTER = 120.0  # seconds; a longer Retry-After is more likely a misconfiguration than a plan

#: Graph Store endpoint path ending -> the query endpoint's, for :func:`default_sparql_url`.
SPARQL_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("/store", "/query"),  # Oxigraph
    ("/data", "/sparql"),  # Apache Jena Fuseki
    ("/rdf-graphs/service", ""),  # GraphDB, RDF4J
    ("/sparql-graph-crud-auth", "/sparql"),  # Virtuoso
    ("/sparql-graph-crud", "/sparql"),  # Virtuoso without authentication
)

_PARAM = re.compile(r'([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))')
_DIGEST_HASHES = {"MD5": "md5", "SHA-256": "sha256", "SHA-512-256": "sha512_256"}


# -- values ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Credentials:
    """HTTP credentials: ``token`` (Bearer) or ``user`` and ``password`` (Basic, Digest on demand)."""

    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)

    def secrets(self) -> list[str]:
        """Every form in which a secret could leak into a message."""
        values = [v for v in (self.password, self.token) if v]
        if self.user is not None and self.password:
            values.append(_basic(self.user, self.password))
        return values


@dataclass(frozen=True)
class GraphLoad:
    """What happened to one graph: ``status`` is ``sent``, ``skipped`` or ``deleted``."""

    graph: str
    status: str
    triples: int


@dataclass
class LoadReport:
    """The outcome of :func:`load_store`; ``triples`` is what the server holds of the store's graphs."""

    url: str
    sparql: str
    state: Path
    graphs: int = 0
    triples: int = 0
    sent: int = 0
    skipped: int = 0
    deleted: int = 0
    stale: int = 0  # graphs this loader put there earlier, gone from the store, left on the server
    triples_sent: int = 0
    seconds: float = 0.0

    @property
    def triples_per_second(self) -> float:
        return self.triples_sent / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class Response:
    status: int
    reason: str
    headers: http.client.HTTPMessage
    body: bytes


def credentials_from_env(env: Mapping[str, str] | None = None) -> Credentials | None:
    """Credentials from ``KG_LOAD_TOKEN`` or ``KG_LOAD_USER`` + ``KG_LOAD_PASSWORD``; None when unset."""
    env = os.environ if env is None else env
    user, password, token = env.get(ENV_USER), env.get(ENV_PASSWORD), env.get(ENV_TOKEN)
    if token and (user or password):
        raise LoadError(f"set either {ENV_TOKEN} (Bearer) or {ENV_USER} and {ENV_PASSWORD} (Basic), not both")
    if token:
        return Credentials(token=token)
    if bool(user) != bool(password):
        raise LoadError(f"set both {ENV_USER} and {ENV_PASSWORD}, or neither")
    return Credentials(user=user, password=password) if user else None


# -- URLs and state ----------------------------------------------------------------------


def _check_url(url: str, what: str) -> str:
    """``url`` if it is a usable http(s) URL without credentials in it, else a LoadError naming ``what``."""
    url = url.strip()
    try:
        parts = urllib.parse.urlsplit(url)
        has_userinfo = parts.username is not None or parts.password is not None
        parts.port  # noqa: B018 -- raises ValueError for a malformed port
    except ValueError as exc:
        raise LoadError(f"{what} is not a valid URL ({exc}); write it like http://localhost:7878/store") from exc
    if has_userinfo:  # the URL is not repeated: it holds a secret
        raise LoadError(f"{what} holds a user name or password; put them into {ENV_USER} and {ENV_PASSWORD} instead")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LoadError(f"{what} {url!r} is not an http:// or https:// URL; write it like http://localhost:7878/store")
    return url


def default_sparql_url(url: str) -> str:
    """The query endpoint beside a Graph Store endpoint, from :data:`SPARQL_SUFFIXES`."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")
    for suffix, replacement in SPARQL_SUFFIXES:
        if path.endswith(suffix):
            return urllib.parse.urlunsplit(parts._replace(path=path[: -len(suffix)] + replacement, query="", fragment=""))
    raise LoadError(f"cannot tell the SPARQL query endpoint that goes with {url}; give it with --sparql URL")


def bulk_urls(url: str) -> tuple[str, str]:
    """(bulk-load URL, update URL) of an Oxigraph Graph Store endpoint ``…/store``."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")
    if not path.endswith("/store") or parts.query:
        raise LoadError(f"--bulk needs an Oxigraph endpoint ending in /store, not {url}; drop --bulk for other servers")
    base = path[: -len("/store")]
    return (urllib.parse.urlunsplit(parts._replace(path=path, query="no_transaction", fragment="")),
            urllib.parse.urlunsplit(parts._replace(path=base + "/update", query="", fragment="")))


def default_state_path(store: Path) -> Path:
    """``<store>.load-state.json`` beside the store folder."""
    store = Path(store)
    if not store.name:
        store = store.resolve()
    return store.with_name(store.name + ".load-state.json")


def graph_url(endpoint: str, graph: str) -> str:
    """``endpoint?graph=<IRI>`` (indirect graph identification), keeping a query the endpoint has."""
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return endpoint + separator + urllib.parse.urlencode({"graph": graph})


def graph_digest(ntriples: bytes) -> tuple[str, int]:
    """(sha256 of the sorted N-Triples lines, number of triples): the same for the same triples in any order."""
    lines = ntriples.splitlines()
    lines.sort()
    return hashlib.sha256(b"\n".join(lines)).hexdigest(), len(lines)


_Servers = dict[str, dict[str, dict[str, Any]]]  # server URL -> graph IRI -> {"sha256", "triples"}


def _read_state(path: Path) -> _Servers:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LoadError(f"cannot read the load state {path} ({exc}); delete it (the next load sends every graph)") from exc
    servers = data.get("servers") if isinstance(data, dict) and data.get("version") == STATE_VERSION else None
    if not isinstance(servers, dict) or not all(isinstance(v, dict) for v in servers.values()):
        raise LoadError(f"{path} is not a kg load state file; give another --state FILE or delete it")
    return servers


def _write_state(path: Path, servers: _Servers) -> None:
    """Write atomically, so that an interrupted run leaves the previous state whole."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(json.dumps({"version": STATE_VERSION, "servers": servers}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise LoadError(f"cannot write the load state {path}: {exc}; give a writable --state FILE") from exc


def _entry(known: Mapping[str, Any], graph: str) -> tuple[str, int] | None:
    entry = known.get(graph)
    if isinstance(entry, dict) and isinstance(entry.get("sha256"), str) and isinstance(entry.get("triples"), int):
        return entry["sha256"], entry["triples"]
    return None


# -- HTTP --------------------------------------------------------------------------------


def _basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def _endpoint(url: str) -> str:
    """The URL without its query: what messages show (a query may be long, or hold a token)."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(query="", fragment=""))


def _retryable(status: int) -> bool:
    # 501 and 505 say the server cannot do this at all: asking again cannot help
    return status == 429 or (status >= 500 and status not in (501, 505))


def _retry_after(response: Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return min(float(value), MAX_RETRY_AFTER) if value.strip().isdigit() else None


def _digest_challenge(response: Response) -> dict[str, str] | None:
    for header in response.headers.get_all("WWW-Authenticate") or []:
        scheme, _, params = header.strip().partition(" ")
        if scheme.lower() == "digest":
            found = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3) for m in _PARAM.finditer(params)}
            if "realm" in found and "nonce" in found:
                return found
    return None


def digest_authorization(
    challenge: Mapping[str, str], user: str, password: str, method: str, uri: str, nc: int, cnonce: str
) -> str | None:
    """The ``Authorization`` value answering an HTTP Digest challenge (RFC 7616); None for an unknown algorithm."""
    algorithm = challenge.get("algorithm", "MD5")
    base = algorithm.upper().removesuffix("-SESS")
    if _DIGEST_HASHES.get(base) not in hashlib.algorithms_available:
        return None

    def h(text: str) -> str:
        return hashlib.new(_DIGEST_HASHES[base], text.encode("utf-8")).hexdigest()

    realm, nonce = challenge["realm"], challenge["nonce"]
    ha1 = h(f"{user}:{realm}:{password}")
    if algorithm.upper().endswith("-SESS"):
        ha1 = h(f"{ha1}:{nonce}:{cnonce}")
    ha2 = h(f"{method}:{uri}")
    qop = "auth" if "auth" in (q.strip() for q in challenge.get("qop", "").split(",")) else None
    count = f"{nc:08x}"
    response = h(f"{ha1}:{nonce}:{count}:{cnonce}:auth:{ha2}") if qop else h(f"{ha1}:{nonce}:{ha2}")
    fields = [f'username="{user}"', f'realm="{realm}"', f'nonce="{nonce}"', f'uri="{uri}"', f"algorithm={algorithm}"]
    fields.append(f'response="{response}"')
    if "opaque" in challenge:
        fields.append(f'opaque="{challenge["opaque"]}"')
    if qop:
        fields += ["qop=auth", f"nc={count}", f'cnonce="{cnonce}"']
    return "Digest " + ", ".join(fields)


class HttpClient:
    """Keep-alive HTTP(S) connections (one per host), retries with exponential back-off, authentication.

    Connection errors (timeouts included), 5xx and 429 are retried ``retries`` times,
    waiting ``backoff`` seconds, then twice as long each time (or what ``Retry-After`` says).
    ``sleep`` is replaceable so that tests need not wait.
    """

    def __init__(
        self,
        credentials: Credentials | None = None,
        timeout: float = 60.0,
        retries: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.credentials = credentials
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self._connections: dict[tuple[str, str, int | None], http.client.HTTPConnection] = {}
        self._digest: dict[str, str] | None = None
        self._nc = 0

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for connection in self._connections.values():
            connection.close()
        self._connections.clear()

    def request(self, method: str, url: str, body: bytes | None = None, headers: Mapping[str, str] | None = None) -> Response:
        """Send one request, retrying what may pass; raises LoadError when every attempt failed."""
        failure = ""
        for attempt in range(self.retries + 1):
            try:
                response = self._authenticated(method, url, body, dict(headers or {}))
            except (OSError, http.client.HTTPException) as exc:
                failure = f"cannot reach {_endpoint(url)} ({exc.__class__.__name__}: {exc or 'no answer'})"
                wait = self.backoff * 2**attempt
            else:
                if not _retryable(response.status):
                    return response
                text = _snippet(response.body)
                failure = f"{_endpoint(url)} answered {response.status} {response.reason}{': ' + text if text else ''}"
                wait = _retry_after(response) or self.backoff * 2**attempt
            if attempt < self.retries:
                self._sleep(wait)
        tries = f"{self.retries + 1} attempts" if self.retries else "1 attempt"
        raise self._redacted(f"{failure} ({method}, {tries}); check that the server runs, or raise --retries or --timeout")

    def error(self, response: Response, url: str, what: str) -> LoadError:
        """A one-line LoadError for an unexpected answer to ``what`` (a PUT, the COUNT query...)."""
        where = f"{_endpoint(url)} answered {response.status} {response.reason} to {what}"
        if response.status in (401, 403):
            fix = (
                f"the server refused the credentials from {ENV_USER}/{ENV_PASSWORD} or {ENV_TOKEN}; check them"
                if self.credentials
                else f"set {ENV_USER} and {ENV_PASSWORD}, or {ENV_TOKEN}"
            )
            return self._redacted(f"{where}: {fix}")  # the body is left out: it may echo what was sent
        if 300 <= response.status < 400:
            location = _endpoint(response.headers.get("Location", "") or "elsewhere")
            return self._redacted(f"{where}: it moved to {location}; give that URL")
        text = _snippet(response.body)
        hint = "; is it the right endpoint (Oxigraph: http://host:7878/store and /query)?" if response.status in (404, 405) else ""
        return self._redacted(f"{where}{': ' + text if text else ''}{hint}")

    def _redacted(self, message: str) -> LoadError:
        for secret in self.credentials.secrets() if self.credentials else []:
            message = message.replace(secret, "***")
        return LoadError(message)

    def _authenticated(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> Response:
        response = self._send(method, url, body, headers)
        if response.status == 401 and self._take_digest_challenge(response):
            response = self._send(method, url, body, headers)
        return response

    def _take_digest_challenge(self, response: Response) -> bool:
        """Switch to Digest when the server asks for it, or renews its nonce; False when that cannot help."""
        c = self.credentials
        challenge = _digest_challenge(response)
        if c is None or c.user is None or c.password is None or challenge is None:
            return False
        if self._digest is not None and self._digest["nonce"] == challenge["nonce"]:
            return False  # the same nonce refused: the credentials are wrong
        self._digest, self._nc = challenge, 0
        return True

    def _authorization(self, method: str, target: str) -> dict[str, str]:
        c = self.credentials
        if c is None:
            return {}
        if c.token:
            return {"Authorization": f"Bearer {c.token}"}
        assert c.user is not None and c.password is not None
        if self._digest is not None:
            self._nc += 1
            value = digest_authorization(self._digest, c.user, c.password, method, target, self._nc, secrets.token_hex(8))
            if value is not None:
                return {"Authorization": value}
        return {"Authorization": "Basic " + _basic(c.user, c.password)}

    def _send(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> Response:
        parts = urllib.parse.urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        key = (parts.scheme, parts.hostname or "", parts.port)
        connection = self._connections.get(key)
        reused = connection is not None
        if connection is None:
            connection = self._connect(parts)
            self._connections[key] = connection
        try:
            connection.request(method, target, body=body, headers={**headers, **self._authorization(method, target)})
            raw = connection.getresponse()
            data = raw.read()
        except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
            self._drop(key)
            if not reused:
                raise
            # the server had closed the idle keep-alive connection: once more on a new one, at no retry's cost
            return self._send(method, url, body, headers)
        except BaseException:
            self._drop(key)
            raise
        if raw.will_close:
            self._drop(key)
        return Response(raw.status, raw.reason, raw.headers, data)

    def _connect(self, parts: urllib.parse.SplitResult) -> http.client.HTTPConnection:
        host = parts.hostname or ""
        if parts.scheme == "https":
            return http.client.HTTPSConnection(host, parts.port, timeout=self.timeout)
        return http.client.HTTPConnection(host, parts.port, timeout=self.timeout)

    def _drop(self, key: tuple[str, str, int | None]) -> None:
        connection = self._connections.pop(key, None)
        if connection is not None:
            connection.close()


def _snippet(body: bytes, limit: int = 200) -> str:
    """The server's message, on one short line."""
    text = " ".join(body.decode("utf-8", errors="replace").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- Graph Store and SPARQL operations ---------------------------------------------------


def put_graph(client: HttpClient, endpoint: str, graph: str, ntriples: bytes) -> None:
    """Replace ``graph`` on the server by ``ntriples`` (GSP PUT)."""
    url = graph_url(endpoint, graph)
    response = client.request("PUT", url, ntriples, {"Content-Type": NTRIPLES})
    if response.status not in (200, 201, 204):
        raise client.error(response, url, f"PUT <{graph}>")


def delete_graph(client: HttpClient, endpoint: str, graph: str) -> None:
    """Remove ``graph`` from the server (GSP DELETE); a graph already gone is fine."""
    url = graph_url(endpoint, graph)
    response = client.request("DELETE", url)
    if response.status not in (200, 202, 204, 404):
        raise client.error(response, url, f"DELETE <{graph}>")


def bulk_graphs(client: HttpClient, url: str, graphs: Mapping[str, bytes]) -> None:
    """Replace ``graphs`` (IRI -> N-Triples) on the Oxigraph server of the Graph Store
    endpoint ``url`` in one batch: drop them, then bulk-load them as N-Quads."""
    load_url, update_url = bulk_urls(url)
    drops = " ; ".join(f"DROP SILENT GRAPH <{graph}>" for graph in graphs).encode("utf-8")
    response = client.request("POST", update_url, drops, {"Content-Type": "application/sparql-update"})
    if response.status not in (200, 204):
        raise client.error(response, update_url, "DROP GRAPH")
    body = b"".join(_as_nquads(data, graph) for graph, data in graphs.items())
    response = client.request("POST", load_url, body, {"Content-Type": NQUADS})
    if response.status not in (200, 201, 204):
        raise client.error(response, load_url, f"the bulk POST of {len(graphs)} graphs")


def require_oxigraph(client: HttpClient, sparql_url: str) -> None:
    """Raise unless the server of ``sparql_url`` says it is Oxigraph (what ``--bulk`` needs)."""
    form = urllib.parse.urlencode({"query": "ASK {}"}).encode("ascii")
    response = client.request("POST", sparql_url, form, {"Content-Type": "application/x-www-form-urlencoded"})
    server = response.headers.get("Server", "")
    if response.status != 200 or not server.startswith("Oxigraph"):
        raise LoadError(
            f"--bulk needs an Oxigraph server, and {_endpoint(sparql_url)} answered {response.status} "
            f"{response.reason} from {server or 'an unnamed server'}; drop --bulk"
        )


def _as_nquads(ntriples: bytes, graph: str) -> bytes:
    """N-Triples lines (each ending in `` .``) as N-Quads lines in ``graph``.

    A line break inside a literal is written ``\\n``, so `` .`` and a line break meet only
    at the end of a line: one ``replace`` turns every triple into a quad.
    """
    return ntriples.replace(b" .\n", f" <{graph}> .\n".encode())


def _count_query(graphs: list[str]) -> str:
    values = " ".join(f"<{g}>" for g in graphs)
    return f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"


def server_counts(client: HttpClient, sparql_url: str, graphs: list[str]) -> dict[str, int]:
    """Triples the server holds in each of ``graphs`` (absent graphs are left out: they hold 0)."""
    counts: dict[str, int] = {}
    for start in range(0, len(graphs), COUNT_BATCH):
        form = urllib.parse.urlencode({"query": _count_query(graphs[start:start + COUNT_BATCH])}).encode("ascii")
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": SPARQL_JSON}
        response = client.request("POST", sparql_url, form, headers)
        if response.status != 200:
            raise client.error(response, sparql_url, "the COUNT query")
        counts.update(_parse_counts(response.body, sparql_url))
    return counts


def _parse_counts(body: bytes, sparql_url: str) -> dict[str, int]:
    try:
        bindings = json.loads(body)["results"]["bindings"]
        return {b["g"]["value"]: int(b["n"]["value"]) for b in bindings}
    except (ValueError, KeyError, TypeError) as exc:
        raise LoadError(
            f"{_endpoint(sparql_url)} did not answer the COUNT query with SPARQL JSON results; "
            "give the server's query endpoint with --sparql URL"
        ) from exc


# -- the load ----------------------------------------------------------------------------


def load_store(
    store: Path,
    url: str,
    *,
    sparql: str | None = None,
    state: Path | None = None,
    send_all: bool = False,
    delete_missing: bool = False,
    bulk: bool = False,
    credentials: Credentials | None = None,
    timeout: float = 60.0,
    retries: int = 3,
    backoff: float = 0.5,
    on_start: Callable[[int], None] | None = None,
    on_graph: Callable[[GraphLoad], None] | None = None,
) -> LoadReport:
    """Send the store's named graphs to the Graph Store endpoint ``url``; see the module docstring.

    ``on_start(number of graphs)`` is called once the store is open, ``on_graph`` after
    each graph is sent, skipped or deleted.
    """
    started = time.monotonic()
    url = _check_url(url, "the Graph Store URL")
    sparql_url = _check_url(sparql, "--sparql") if sparql else default_sparql_url(url)
    if timeout <= 0 or retries < 0:
        raise LoadError("--timeout must be above 0 seconds and --retries at least 0")
    if bulk:
        bulk_urls(url)
    state_path = Path(state) if state is not None else default_state_path(store)
    servers = _read_state(state_path)
    before = json.dumps(servers, sort_keys=True)
    client = HttpClient(credentials, timeout=timeout, retries=retries, backoff=backoff)
    run = _Run(client, url, sparql_url, servers.setdefault(url, {}), LoadReport(url, sparql_url, state_path), on_graph, bulk)
    try:
        with open_store(store, read_only=True) as db:
            graphs = db.graphs()
            run.report.graphs = len(graphs)
            if on_start is not None:
                on_start(len(graphs))
            if bulk:
                require_oxigraph(client, sparql_url)
            sent = run.send(db, graphs, send_all)
        run.handle_stale(set(graphs), delete_missing)
        run.check_counts(sent)
    finally:
        client.close()
        if not servers[url]:
            del servers[url]
        if json.dumps(servers, sort_keys=True) != before:
            _write_state(state_path, servers)
    run.report.seconds = time.monotonic() - started
    return run.report


def _prepared(db: Any, graph: str) -> tuple[bytes, str, int]:
    data = db.graph_ntriples(graph)
    return (data, *graph_digest(data))


def _prefetched(db: Any, graphs: list[str], ahead: int) -> Generator[tuple[bytes, str, int], None, None]:
    """(N-Triples, hash, triples) of each graph, up to ``ahead`` graphs read while the server takes the current one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending: deque[Future[tuple[bytes, str, int]]] = deque()
        for graph in graphs:
            pending.append(pool.submit(_prepared, db, graph))
            if len(pending) > ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


@dataclass
class _Run:
    """One load: the server, what the state file knows of it, and the report being filled in."""

    client: HttpClient
    url: str
    sparql_url: str
    known: dict[str, Any]  # graph IRI -> {"sha256", "triples"}, this server's part of the state
    report: LoadReport
    on_graph: Callable[[GraphLoad], None] | None
    bulk: bool = False

    def send(self, db: Any, graphs: list[str], send_all: bool) -> dict[str, tuple[str, int]]:
        """Send every changed graph; returns graph -> (hash, triples) of those sent."""
        remote = {} if send_all else server_counts(self.client, self.sparql_url, [g for g in graphs if _entry(self.known, g)])
        sent: dict[str, tuple[str, int]] = {}
        batch: dict[str, bytes] = {}
        with closing(_prefetched(db, graphs, BULK_AHEAD if self.bulk else 1)) as prepared:  # so that no read outlives the store
            for graph, (data, digest, count) in zip(graphs, prepared):
                self.report.triples += count
                if not send_all and _entry(self.known, graph) == (digest, count) and remote.get(graph, 0) == count:
                    self.report.skipped += 1
                    self._tell(graph, "skipped", count)
                    continue
                self.known.pop(graph, None)  # it returns once the server's count is checked
                sent[graph] = (digest, count)
                if not self.bulk:
                    put_graph(self.client, self.url, graph, data)
                    self._sent(graph, count)
                    continue
                batch[graph] = data
                if sum(sent[g][1] for g in batch) >= BULK_TRIPLES:
                    self._send_batch(batch, sent)
            if batch:
                self._send_batch(batch, sent)
        return sent

    def _send_batch(self, batch: dict[str, bytes], sent: Mapping[str, tuple[str, int]]) -> None:
        bulk_graphs(self.client, self.url, batch)
        for graph in batch:
            self._sent(graph, sent[graph][1])
        batch.clear()

    def _sent(self, graph: str, count: int) -> None:
        self.report.sent += 1
        self.report.triples_sent += count
        self._tell(graph, "sent", count)

    def handle_stale(self, graphs: set[str], delete_missing: bool) -> None:
        """Graphs this loader put on the server that the store no longer has: counted, or deleted."""
        stale = sorted(set(self.known) - graphs)
        if not delete_missing:
            self.report.stale = len(stale)
            return
        for graph in stale:
            delete_graph(self.client, self.url, graph)
            del self.known[graph]
            self.report.deleted += 1
            self._tell(graph, "deleted", 0)

    def check_counts(self, sent: dict[str, tuple[str, int]]) -> None:
        """Record the sent graphs whose count the server confirms; raise for the others."""
        counts = server_counts(self.client, self.sparql_url, list(sent))
        wrong = []
        for graph, (digest, count) in sent.items():
            if counts.get(graph, 0) == count:
                self.known[graph] = {"sha256": digest, "triples": count}
            else:
                wrong.append((graph, counts.get(graph, 0), count))
        if wrong:
            graph, held, count = wrong[0]
            more = f" (and {len(wrong) - 1} more graphs differ)" if len(wrong) > 1 else ""
            raise LoadError(
                f"count check failed: {_endpoint(self.sparql_url)} reports {held} triples in <{graph}> where the "
                f"store has {count}{more}; check that --sparql queries the same dataset, then run kg load again"
            )

    def _tell(self, graph: str, status: str, triples: int) -> None:
        if self.on_graph is not None:
            self.on_graph(GraphLoad(graph, status, triples))
