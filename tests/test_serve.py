"""``kg serve``: the store read-only over the SPARQL 1.1 Protocol, the query page and the saved queries' API.

The text checks (query form, SERVICE) and the serialisers run without a server. The
tests marked ``server`` talk HTTP to a real server on 127.0.0.1: the library's server in
a background thread, and once the ``kg serve`` command as its own process.
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from xml.etree import ElementTree

import pyoxigraph
import pytest
from conftest import QUERIES, ROOT, free_port, stop_process, wait_for_server
from test_store import load_fixture
from typer.testing import CliRunner, Result

from kg import vocab
from kg.cli import app
from kg.errors import QueryError
from kg.query import list_queries, resolve_query, run_query
from kg.serve import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    DEFAULT_TIMEOUT,
    DEFAULT_WORKERS,
    GRAPH_MEDIA_TYPES,
    RESULTS_MEDIA_TYPES,
    App,
    InlineRunner,
    KgServer,
    WorkerPool,
    make_server,
    negotiate,
)
from kg.store import Store, open_store, query_form, service_offset

E = "<http://127.0.0.1:9/>"  # Oxigraph refuses port 9 itself: evaluating a SERVICE to it sends nothing

#: SERVICE clauses Oxigraph runs, some written to slip past a naive tokenizer
SERVICES = [
    f"SELECT * WHERE {{ SERVICE {E} {{ ?s ?p ?o }} }}",
    f"select * where {{ service {E} {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ BIND('a' AS ?a) FILTER(?a<'x>') SERVICE {E} {{ ?s ?p ?o }} FILTER('y'>?a) }}",
    f"PREFIX : {E}\nSELECT * WHERE {{ BIND(1 AS ?a) BIND(2 AS ?b) FILTER(?a<?b)SERVICE:e#>\n{{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ # a comment ended by CR\rSERVICE {E} {{ ?s ?p ?o }}\n}}",
    f"SELECT * WHERE {{ ?x ?y 1SERVICE {E} {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ ?x ?y trueSERVICE {E} {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ ?x ?y 'o'SERVICE{E}{{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ ?x ?y ?o.SERVICE{E}{{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ ?x ?y []SERVICE{E}{{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ ?x ?y ?z ;SERVICE{E}{{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ VALUES ?z {{ UNDEF }}SERVICE{E}{{ ?s ?p ?o }} }}",
    f"PREFIX ex: {E}SELECT * WHERE {{ SERVICEex:e {{ ?s ?p ?o }} }}",
]

NOT_SERVICES = [
    'SELECT ?s WHERE { GRAPH ?g { ?s a <https://schema.org/Service> ; <http://x/service?id=1> ?service ; '
    '<http://api.service.example/> "SERVICE <x> { }" } } # SERVICE <x> { }',
    "PREFIX schema: <https://schema.org/> SELECT * { ?s a schema:Service ; schema:serviceType ?t ; "
    "<urn:service:x> ?y . FILTER(CONTAINS(?t, '''a SERVICE\n<x> { }''')) }",
]


@pytest.fixture
def memory_store() -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    subject, predicate = pyoxigraph.NamedNode("http://x/s"), pyoxigraph.NamedNode("http://x/p")
    for value in ("o", 1, True):  # the objects the queries' triple patterns need to reach their SERVICE
        store.add(pyoxigraph.Quad(subject, predicate, pyoxigraph.Literal(value)))
    return store


@pytest.mark.parametrize("sparql", SERVICES)
def test_service_is_found_where_oxigraph_runs_it(sparql: str, memory_store: pyoxigraph.Store) -> None:
    assert service_offset(sparql) is not None
    with pytest.raises(OSError, match="port 9"):  # Oxigraph did read a SERVICE clause
        list(memory_store.query(sparql))


def test_service_silent_is_a_service() -> None:
    assert service_offset(f"SELECT * {{ SERVICESILENT{E}{{}} }}") == 11


@pytest.mark.parametrize("sparql", NOT_SERVICES)
def test_service_in_strings_iris_comments_and_names_is_not_a_service(sparql: str) -> None:
    assert service_offset(sparql) is None


def test_a_prefix_named_service_is_the_price_of_never_missing_one() -> None:
    assert service_offset("PREFIX service: <https://example.org/> SELECT * { ?s service:p ?o }") == 7


def test_no_saved_query_uses_service() -> None:
    for path in sorted(QUERIES.glob("*.rq")):
        assert service_offset(path.read_text(encoding="utf-8")) is None, path.name


@pytest.mark.parametrize(
    ("sparql", "form"),
    [
        ("PREFIX kg: <x>\nPREFIX insert: <y>\nselect ?x {}", "SELECT"),
        ("# INSERT\nBASE <http://x/> ASK {}", "ASK"),
        ("PREFIX : <x> CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("INSERT DATA { <a:b> <a:c> <a:d> }", "INSERT"),
        ("with <a:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
        ("DROP ALL", "DROP"),
        ("", None),
    ],
)
def test_query_form(sparql: str, form: str | None) -> None:
    assert query_form(sparql) == form


# -- serialising with pyoxigraph -------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "store")
    load_fixture(s)
    yield s
    s.close()


def test_serialize_select_drops_the_bound_columns(store: Store) -> None:
    sparql = "SELECT ?label WHERE { GRAPH ?g { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label . " \
             "FILTER(?label = ?_name) } }"
    out = store.serialize_query(sparql, {"_name": store_term("Armenia")})
    assert out.kind == "solutions" and out.media_type == "application/sparql-results+json"
    data = json.loads(out.data)
    assert data["head"]["vars"] == ["label"]
    assert [b["label"]["value"] for b in data["results"]["bindings"]] == ["Armenia", "Armenia"]
    tsv = store.serialize_query(sparql, {"_name": store_term("Armenia")}, results_format="tsv").data
    assert tsv.decode().splitlines() == ["?label", '"Armenia"', '"Armenia"']


def store_term(value: str) -> Any:
    from kg.store import Term

    return Term.literal(value)


def test_serialize_ask_construct_and_union(store: Store) -> None:
    ask = store.serialize_query("ASK { GRAPH ?g { ?s ?p ?o } }")
    assert (ask.kind, json.loads(ask.data)) == ("boolean", {"head": {}, "boolean": True})
    graph = store.serialize_query("CONSTRUCT { ?s a ?t } WHERE { GRAPH ?g { ?s a ?t } }", graph_format="turtle")
    assert graph.kind == "graph" and graph.media_type == "text/turtle"
    assert len(list(pyoxigraph.parse(graph.data, pyoxigraph.RdfFormat.TURTLE))) > 0
    default = store.serialize_query("ASK { ?s ?p ?o }")
    union = store.serialize_query("ASK { ?s ?p ?o }", union_default_graph=True)
    assert json.loads(default.data)["boolean"] is False and json.loads(union.data)["boolean"] is True
    with pytest.raises(QueryError, match="use one of json, xml, csv, tsv"):
        store.serialize_query("ASK {}", results_format="html")
    with pytest.raises(QueryError, match="SPARQL syntax error"):
        store.serialize_query("SELECT WHERE")
    assert vocab.KG in store.serialize_query("SELECT ?t WHERE { GRAPH ?g { ?s a ?t } }", results_format="xml").data.decode()


# -- content negotiation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "results", "graph"),
    [
        ("", "json", "ntriples"),
        ("*/*", "json", "ntriples"),
        ("text/csv", "csv", None),
        ("text/csv, application/sparql-results+json", "csv", None),
        ("application/sparql-results+json;q=0.5, text/tab-separated-values", "tsv", None),
        ("application/sparql-results+xml, application/n-triples;q=0.9", "xml", "ntriples"),
        ("text/*", "csv", "ntriples"),
        ("text/turtle, */*;q=0.1", "json", "turtle"),
        ("application/json", "json", None),
        ("image/png", None, None),
        ("text/csv;q=0", None, None),
    ],
)
def test_negotiate(accept: str, results: str | None, graph: str | None) -> None:
    assert negotiate(accept, RESULTS_MEDIA_TYPES) == results
    assert negotiate(accept, GRAPH_MEDIA_TYPES) == graph


# -- the WSGI app without a server ------------------------------------------------------------


def wsgi_get(app: App, path: str, query: str = "", accept: str = "") -> tuple[str, dict[str, str], bytes]:
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query, "HTTP_ACCEPT": accept,
               "wsgi.input": io.BytesIO()}
    started: list[Any] = []
    body = b"".join(app(environ, lambda status, headers: started.extend([status, dict(headers)])))
    return started[0], started[1], body


@pytest.mark.parametrize("union", [False, True])
def test_union_default_graph(store: Store, union: bool) -> None:
    path = store.path
    store.close()
    runner = InlineRunner(path, union_default_graph=union)
    try:
        status, headers, body = wsgi_get(App(runner), "/query", urlencode({"query": "ASK { ?s ?p ?o }"}))
    finally:
        runner.close()
    assert status == "200 OK" and headers["Content-Type"] == "application/sparql-results+json"
    assert json.loads(body) == {"head": {}, "boolean": union}


def test_without_saved_queries_there_is_no_api(store: Store) -> None:
    path = store.path
    store.close()
    runner = InlineRunner(path)
    try:
        status, _, body = wsgi_get(App(runner), "/api/statements")
        page = wsgi_get(App(runner), "/")[2].decode()
    finally:
        runner.close()
    assert status == "404 Not Found" and b"--queries" in body
    assert "kg serve --queries" in page


# -- over HTTP ----------------------------------------------------------------------------------


@dataclass
class Served:
    url: str
    store: Path
    queries: Path
    triples: int
    graphs: list[str]


TYPED = """#+ summary: mentions of an entity from a character offset on
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?text ?start WHERE {
  GRAPH ?g { ?m kg:refersTo ?_entity_iri ; kg:start ?start ; kg:exact ?text . FILTER(?start >= ?_min_integer) }
}
"""


def serve_in_thread(server: KgServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, name="kg-serve-test", daemon=True)
    thread.start()
    return thread


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The library's server, with worker processes and a timeout, on a free port in a thread."""
    root = tmp_path_factory.mktemp("serve")
    store = root / "store"
    with open_store(store) as writer:
        load_fixture(writer)
        triples, graphs = writer.count_triples(), writer.graphs()
    folder = root / "queries"
    shutil.copytree(QUERIES, folder)
    (folder / "typed.rq").write_text(TYPED, encoding="utf-8")
    server = make_server(store, port=0, queries=list_queries(folder), workers=1)
    thread = serve_in_thread(server)
    yield Served(server.url, store, folder, triples, graphs)
    server.shutdown()
    server.close()
    thread.join()


def http(
    url: str, data: bytes | None = None, content_type: str | None = None, accept: str | None = None,
    method: str | None = None,
) -> tuple[int, str, bytes]:
    """(status, Content-Type, body) of one request; error statuses are returned, not raised."""
    headers = {k: v for k, v in (("Content-Type", content_type), ("Accept", accept)) if v}
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers.get("Content-Type", ""), error.read()


def get_query(served: Served, sparql: str, accept: str | None = None) -> tuple[int, str, bytes]:
    return http(served.url + "query?" + urlencode({"query": sparql}), accept=accept)


def kg_query(served: Served, *args: str) -> str:
    result = CliRunner().invoke(
        app, ["query", *args, "--store", str(served.store), "--queries", str(served.queries)], prog_name="kg"
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def csv_rows(data: bytes | str) -> list[list[str]]:
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    return list(csv.reader(io.StringIO(text)))


def assert_store_unchanged(served: Served) -> None:
    with open_store(served.store, read_only=True) as reader:
        assert (reader.count_triples(), reader.graphs()) == (served.triples, served.graphs)


STATEMENTS = (QUERIES / "statements.rq").read_text(encoding="utf-8")


@pytest.mark.server
def test_select_over_http_equals_kg_query(served: Served) -> None:
    local = csv_rows(kg_query(served, "statements", "--format", "csv"))
    assert len(local) == 2
    status, media, body = http(served.url + "query", STATEMENTS.encode(), "application/sparql-query", "text/csv")
    assert (status, media) == (200, "text/csv; charset=utf-8")
    assert csv_rows(body) == local
    form = urlencode({"query": STATEMENTS}).encode()
    assert csv_rows(http(served.url + "query", form, "application/x-www-form-urlencoded", "text/csv")[2]) == local
    assert csv_rows(get_query(served, STATEMENTS, "text/csv")[2]) == local


SPARQL_RESULTS = "{http://www.w3.org/2005/sparql-results#}"


def parse_results(media: str, body: bytes) -> tuple[list[str], list[list[str]]]:
    """(columns, rows of plain values) of a SPARQL results document in any of the four formats."""
    text = body.decode("utf-8")
    if media == "application/sparql-results+json":
        data = json.loads(text)
        columns = data["head"]["vars"]
        return columns, [[b[c]["value"] if c in b else "" for c in columns] for b in data["results"]["bindings"]]
    if media == "application/sparql-results+xml":
        root = ElementTree.fromstring(text)
        columns = [v.get("name", "") for v in root.iter(SPARQL_RESULTS + "variable")]
        rows = []
        for result in root.iter(SPARQL_RESULTS + "result"):
            values = {b.get("name"): "".join(b.itertext()) for b in result.iter(SPARQL_RESULTS + "binding")}
            rows.append([values.get(c, "") for c in columns])
        return columns, rows
    if media == "text/csv; charset=utf-8":
        header, *rows = csv_rows(text)
        return header, rows
    assert media == "text/tab-separated-values; charset=utf-8", media
    assert f"\t<{vocab.DATA}" in text  # terms in Turtle syntax, not plain values
    columns = [name.removeprefix("?") for name in text.splitlines()[0].split("\t")]
    parsed = pyoxigraph.parse_query_results(text, pyoxigraph.QueryResultsFormat.TSV)
    rows = [[plain(solution[c]) for c in columns] for solution in parsed]
    return columns, rows


def plain(term: Any) -> str:
    return "" if term is None else str(term.value)


@pytest.mark.server
@pytest.mark.parametrize(
    ("accept", "media"),
    [
        (None, "application/sparql-results+json"),
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv; charset=utf-8"),
        ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
    ],
)
def test_each_accept_type_gives_its_standard_format(served: Served, accept: str | None, media: str) -> None:
    with open_store(served.store, read_only=True) as reader:
        local = run_query(reader, resolve_query("statements", served.queries))
    status, content_type, body = get_query(served, STATEMENTS, accept)
    assert (status, content_type) == (200, media)
    assert parse_results(media, body) == (local.columns, local.rows)


@pytest.mark.server
def test_ask(served: Served) -> None:
    status, media, body = get_query(served, "ASK { GRAPH ?g { ?s a <https://w3id.org/kg-news/ontology#Statement> } }")
    assert (status, media) == (200, "application/sparql-results+json")
    assert json.loads(body) == {"head": {}, "boolean": True}
    assert json.loads(get_query(served, "ASK { ?s ?p ?o }")[2]) == {"head": {}, "boolean": False}  # the empty default graph
    xml = get_query(served, "ASK {}", "application/sparql-results+xml")[2]
    assert ElementTree.fromstring(xml).find(SPARQL_RESULTS + "boolean").text == "true"  # type: ignore[union-attr]


CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.mark.server
@pytest.mark.parametrize(
    ("accept", "media", "fmt"),
    [
        (None, "application/n-triples", pyoxigraph.RdfFormat.N_TRIPLES),
        ("application/n-triples", "application/n-triples", pyoxigraph.RdfFormat.N_TRIPLES),
        ("text/turtle", "text/turtle", pyoxigraph.RdfFormat.TURTLE),
        ("application/n-quads", "application/n-quads", pyoxigraph.RdfFormat.N_QUADS),
        ("application/rdf+xml", "application/rdf+xml", pyoxigraph.RdfFormat.RDF_XML),
    ],
)
def test_construct_gives_parseable_rdf(served: Served, accept: str | None, media: str, fmt: Any) -> None:
    status, content_type, body = get_query(served, CONSTRUCT, accept)
    assert (status, content_type) == (200, media)
    triples = {(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(body, fmt)}
    with open_store(served.store, read_only=True) as reader:
        assert triples == {(t.subject, t.predicate, t.object) for t in reader.union_triples()}


UPDATE = 'INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> "o" } }'


@pytest.mark.server
@pytest.mark.parametrize(
    ("path", "data", "content_type"),
    [
        ("query", UPDATE.encode(), "application/sparql-update"),
        ("query", urlencode({"update": UPDATE}).encode(), "application/x-www-form-urlencoded"),
        ("query", UPDATE.encode(), "application/sparql-query"),
        ("query?" + urlencode({"query": "DROP ALL"}), None, None),
        ("query?" + urlencode({"query": "PREFIX ex: <https://example.org/>\nDELETE WHERE { ?s ?p ?o }"}), None, None),
        ("update", UPDATE.encode(), "application/sparql-update"),
        ("update", urlencode({"update": "CLEAR ALL"}).encode(), "application/x-www-form-urlencoded"),
    ],
)
def test_updates_are_refused(served: Served, path: str, data: bytes | None, content_type: str | None) -> None:
    status, media, body = http(served.url + path, data, content_type)
    assert status == 403, body
    assert media == "text/plain; charset=utf-8" and b"read-only" in body
    assert_store_unchanged(served)


@pytest.mark.server
def test_service_is_refused(served: Served) -> None:
    status, _, body = get_query(served, f"SELECT * WHERE {{ SERVICE <{served.url}query> {{ ?s ?p ?o }} }}")
    assert status == 400
    assert b"SERVICE" in body and b"network" in body


@pytest.mark.server
def test_malformed_query_gives_the_parsers_message(served: Served) -> None:
    status, media, body = get_query(served, "SELECT ?s WHERE { ?s ?p }")
    assert (status, media) == (400, "text/plain; charset=utf-8")
    assert body.startswith(b"SPARQL syntax error: error at 1:")


@pytest.mark.server
@pytest.mark.parametrize(
    ("path", "data", "content_type", "accept", "method", "status", "fragment"),
    [
        ("nowhere", None, None, None, None, 404, b"/query"),
        ("query", None, None, None, None, 400, b"exactly one query"),
        ("query?query=ASK{}&query=ASK{}", None, None, None, None, 400, b"exactly one query"),
        ("query?" + urlencode({"query": "ASK {}", "default-graph-uri": "https://x/g"}), None, None, None, None, 400,
         b"default-graph-uri is not supported"),
        ("query", b"ASK {}", "text/plain", None, None, 415, b"application/sparql-query"),
        ("query", b"ASK {}", "application/sparql-query", "image/png", None, 406, b"text/csv"),
        ("query?query=ASK{}", None, None, None, "PUT", 405, b"GET"),
        ("query", b"\xff", "application/sparql-query", None, None, 400, b"UTF-8"),
    ],
)
def test_protocol_errors(
    served: Served, path: str, data: bytes | None, content_type: str | None, accept: str | None,
    method: str | None, status: int, fragment: bytes,
) -> None:
    got, _, body = http(served.url + path, data, content_type, accept, method)
    assert got == status, body
    assert fragment in body


# -- the saved queries' API ---------------------------------------------------------------------


@pytest.mark.server
def test_api_lists_the_saved_queries(served: Served) -> None:
    status, media, body = http(served.url + "api")
    assert (status, media) == (200, "application/json")
    listing = json.loads(body)
    assert json.loads(http(served.url + "api/")[2]) == listing
    assert [q["name"] for q in listing] == [q.name for q in list_queries(served.queries)]
    by_name = {q["name"]: q for q in listing}
    speaker = by_name["statements-by-speaker"]
    assert speaker["path"] == "/api/statements-by-speaker" and speaker["summary"]
    assert speaker["parameters"] == [{"name": "speaker", "type": "literal", "required": False, "default": "Ilham Aliyev"}]
    assert by_name["typed"]["parameters"] == [
        {"name": "entity", "type": "iri", "required": True, "default": None},
        {"name": "min", "type": "xsd:integer", "required": True, "default": None},
    ]


@pytest.mark.server
def test_api_openapi(served: Served) -> None:
    status, media, body = http(served.url + "api/openapi.json")
    assert (status, media) == (200, "application/json")
    spec = json.loads(body)
    assert spec["openapi"].startswith("3.")
    assert set(spec["paths"]) == {f"/api/{q.name}" for q in list_queries(served.queries)}
    typed = spec["paths"]["/api/typed"]["get"]
    assert [(p["name"], p["in"], p["required"], p["schema"]["type"]) for p in typed["parameters"]] == [
        ("entity", "query", True, "string"), ("min", "query", True, "integer")
    ]


@pytest.mark.server
@pytest.mark.parametrize("speaker", ["Ilham Aliyev", "aliyev", vocab.entity_iri("ilham_aliyev")])
def test_api_equals_kg_query(served: Served, speaker: str) -> None:
    local = kg_query(served, "statements-by-speaker", "--param", f"speaker={speaker}", "--format", "csv")
    url = served.url + "api/statements-by-speaker?" + urlencode({"speaker": speaker})
    status, media, body = http(url, accept="text/csv")
    assert (status, media) == (200, "text/csv; charset=utf-8")
    assert csv_rows(body) == csv_rows(local) and len(csv_rows(body)) == 2
    status, media, body = http(url)
    assert (status, media) == (200, "application/sparql-results+json")
    local_json = json.loads(kg_query(served, "statements-by-speaker", "--param", f"speaker={speaker}", "--format", "json"))
    assert json.loads(body) == local_json


@pytest.mark.server
@pytest.mark.parametrize("value", ['x" } UNION { ?s ?p ?o } #', 'Ilham Aliyev" . #', "x' } ; DROP ALL ; #", "} } #"])
def test_api_injection_is_just_a_value(served: Served, value: str) -> None:
    url = served.url + "api/statements-by-speaker?" + urlencode({"speaker": value})
    status, _, body = http(url)
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"] == []
    assert_store_unchanged(served)


@pytest.mark.server
@pytest.mark.parametrize(
    ("query", "status", "fragment"),
    [
        ("typed?min=0", 400, b"needs parameter 'entity'; add ?entity=VALUE"),
        ("typed?entity=armenia&min=0", 400, b"absolute IRI"),
        (f"typed?entity={vocab.entity_iri('armenia')}&min=one", 400, b"xsd:integer"),
        ("typed?entity=https://x/e&min=0&colour=red", 400, b"no parameter colour"),
        ("typed?entity=https://x/e&entity=https://x/f&min=0", 400, b"more than once"),
        ("no-such-query", 404, b"/api lists them"),
    ],
)
def test_api_bad_parameters(served: Served, query: str, status: int, fragment: bytes) -> None:
    got, _, body = http(served.url + "api/" + query)
    assert got == status, body
    assert fragment in body


@pytest.mark.server
def test_api_typed_parameters(served: Served) -> None:
    url = served.url + "api/typed?" + urlencode({"entity": vocab.entity_iri("armenia"), "min": "0"})
    assert parse_results("text/csv; charset=utf-8", http(url, accept="text/csv")[2]) == (
        ["text", "start"], [["Armenia", "23"]]
    )


# -- the query page -----------------------------------------------------------------------------


@pytest.mark.server
def test_page_is_self_contained_html(served: Served) -> None:
    request = urllib.request.Request(served.url)
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"
        assert "connect-src 'self'" in response.headers["Content-Security-Policy"]
        page = response.read().decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"<(link|iframe|img)\b|<script[^>]*\bsrc", page, re.IGNORECASE)
    assert "<textarea" in page and "GRAPH ?g" in page and 'fetch("query"' in page
    for q in list_queries(served.queries):
        assert f'href="api/{q.name}' in page
    example = html.unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", page, re.S).group(1))  # type: ignore[union-attr]
    status, _, body = http(served.url + "query", urlencode({"query": example}).encode(), "application/x-www-form-urlencoded",
                           "application/sparql-results+json, application/n-triples;q=0.9")
    assert status == 200 and json.loads(body)["results"]["bindings"], body


# -- the timeout ------------------------------------------------------------------------------------


#: a count over 40**7 combinations: hours of work, so it always outlives the test server's timeout
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(
    f"VALUES ?v{k} {{ {' '.join(str(i) for i in range(40))} }}" for k in range(7)
) + " }"


@pytest.mark.server
def test_a_query_past_the_timeout_is_stopped(served: Served) -> None:
    server = make_server(served.store, port=0, timeout=1, workers=1)
    thread = serve_in_thread(server)
    try:
        status, _, body = http(server.url + "query?" + urlencode({"query": ENDLESS}))
        assert status == 503 and b"--timeout" in body
        pool = server.runner
        assert isinstance(pool, WorkerPool) and not pool._idle and not pool._busy  # the worker was killed
        status, _, body = http(server.url + "query?" + urlencode({"query": "ASK {}"}))
        assert (status, json.loads(body)) == (200, {"head": {}, "boolean": True})  # by a fresh worker
    finally:
        server.shutdown()
        server.close()
        thread.join()


# -- the command ----------------------------------------------------------------------------------


@pytest.mark.server
def test_kg_serve_command_serves_until_sigterm(served: Served) -> None:
    port = free_port()
    command = [sys.executable, "-m", "kg.cli", "serve", "--store", str(served.store), "--port", str(port),
               "--queries", str(served.queries)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for_server(process, url)
        assert csv_rows(http(url + "query?" + urlencode({"query": STATEMENTS}), accept="text/csv")[2]) == csv_rows(
            kg_query(served, "statements", "--format", "csv")
        )
        assert json.loads(http(url + "api/statements-by-speaker")[2])["results"]["bindings"]
    finally:
        code = stop_process(process)
    out = process.stdout.read().decode() if process.stdout else ""
    err = process.stderr.read().decode() if process.stderr else ""
    assert code == 0, err
    assert f"at {url} " in out and f"{url}query" in out and out.rstrip().endswith("Stopped."), out
    assert "Traceback" not in err, err


def kg_serve(*args: str) -> Result:
    return CliRunner().invoke(app, ["serve", *args], prog_name="kg")


def test_kg_serve_without_a_store_is_a_user_error(tmp_path: Path) -> None:
    result = kg_serve("--store", str(tmp_path / "missing"))
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: no kg store at") and "kg build" in result.stderr


def test_kg_serve_on_a_busy_port_is_a_user_error(served: Served) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = kg_serve("--store", str(served.store), "--port", str(port))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Error: port {port} on 127.0.0.1 is in use (another kg serve or Oxigraph?); choose another with --port"
    ]


def test_kg_serve_bad_queries_folder_is_a_user_error(served: Served, tmp_path: Path) -> None:
    result = kg_serve("--store", str(served.store), "--queries", str(tmp_path / "none"))
    assert result.exit_code == 2 and "pass an existing --queries folder" in result.stderr


def test_kg_serve_defaults_are_the_librarys() -> None:
    import typer.main

    defaults = {p.name: p.default for p in typer.main.get_command(app).commands["serve"].params}  # type: ignore[attr-defined]
    assert (defaults["host"], defaults["port"], defaults["timeout"], defaults["workers"]) == (
        DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_WORKERS
    )
