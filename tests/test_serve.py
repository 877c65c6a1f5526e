"""``kg serve``: the store read-only over the SPARQL 1.1 Protocol, the query page and the saved queries' API.

The text checks (query form, SERVICE) and the serialisers run without a server. The
tests marked ``server`` talk HTTP to a real server on 127.0.0.1: the library's server in
a background thread, and once the ``kg serve`` command as its own process.
"""
from __future__ import annotations

import json
from typing import Any

import pyoxigraph
import pytest
from conftest import QUERIES
from test_store import load_fixture

from kg import vocab
from kg.errors import QueryError
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
def store(tmp_path: Any) -> Any:
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
