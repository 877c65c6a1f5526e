"""Saved queries: grlc header parsing, parameter binding, required columns, formats, HTTP parity."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import StartServer, post_query
from test_store import DOC, load_fixture

from kg import vocab
from kg.errors import QueryError
from kg.query import (
    SavedQuery,
    list_queries,
    load_query,
    parse_decorators,
    query_from_text,
    refuse_unsafe,
    resolve_query,
    run_query,
    serialize_result,
)
from kg.store import Store, Term, open_store

QUERIES = Path(__file__).resolve().parent.parent / "queries"

STATEMENT = vocab.statement_iri(DOC, 0, 56, "ilham_aliyev")
ALIYEV = vocab.entity_iri("ilham_aliyev")
ARMENIA = vocab.entity_iri("armenia")
EVENT = vocab.event_iri(DOC, "interview_2024_12")
SENTENCE = "Ilham Aliyev said that Armenia must sign the peace deal."

EXPECTED: dict[str, tuple[list[str], list[list[str]]]] = {
    "entity-mentions": (
        ["doc", "entity", "label", "type", "start", "end", "text"],
        [
            [DOC, ALIYEV, "Ilham Aliyev", "Person", "0", "12", "Ilham Aliyev"],
            [DOC, ARMENIA, "Armenia", "Country", "23", "30", "Armenia"],
        ],
    ),
    "statements": (
        ["doc", "statement", "speaker", "speaker_label", "cue", "kind", "start", "end", "text"],
        [[DOC, STATEMENT, ALIYEV, "Ilham Aliyev", "say", "indirect", "0", "56", SENTENCE]],
    ),
    "statement-targets": (
        ["statement", "target", "target_label", "polarity"],
        [[STATEMENT, ARMENIA, "Armenia", "negative"]],
    ),
    "events": (
        ["doc", "event", "label", "type", "date", "start", "end", "text"],
        [[DOC, EVENT, "interview", "Interview", "2024-12", "63", "72", "interview"]],
    ),
    "statements-by-speaker": (
        ["doc", "statement", "speaker_label", "cue", "kind", "text", "targets"],
        [[DOC, STATEMENT, "Ilham Aliyev", "say", "indirect", SENTENCE, "Armenia"]],
    ),
    "who-talks-about-whom": (
        ["speaker", "speaker_label", "target", "target_label", "count"],
        [[ALIYEV, "Ilham Aliyev", ARMENIA, "Armenia", "1"]],
    ),
    "who-criticized-whom": (
        ["speaker_label", "target_label", "count"],
        [["Ilham Aliyev", "Armenia", "1"]],
    ),
    "what-outlets-report": (
        ["outlet", "doc", "date", "polarity", "text"],
        [["Global Research", DOC, "2024-12-19", "negative", SENTENCE]],
    ),
    "co-mentions": (
        ["entity1", "label1", "entity2", "label2", "count"],
        [[ARMENIA, "Armenia", ALIYEV, "Ilham Aliyev", "1"]],
    ),
    "timeline": (
        ["date", "event", "label", "type", "doc"],
        [["2024-12", EVENT, "interview", "Interview", DOC]],
    ),
    "sources": (
        ["doc", "title", "outlet", "date", "entities", "statements", "events"],
        [[DOC, "Peace talk", "Global Research", "2024-12-19", "2", "1", "1"]],
    ),
    # the default target, Russia, is not one of the fixture's
    "perspectives": (["outlet", "polarity", "statements", "documents", "evidence"], []),
    "outlet-profile": (
        ["outlet", "speaker_label", "target_label", "negative", "positive"],
        [["Global Research", "Ilham Aliyev", "Armenia", "1", "0"]],
    ),
    # one document: nothing to link across documents
    "contradictions": (["speaker_label", "target_label", "outlet_a", "doc_a", "polarity_a", "text_a", "outlet_b", "doc_b",
                        "polarity_b", "text_b"], []),
    "corroborations": (["speaker_label", "target_label", "outlet_a", "doc_a", "polarity_a", "text_a", "outlet_b", "doc_b",
                        "polarity_b", "text_b"], []),
    "utterance-reports": (["utterance", "speaker_label", "outlet", "doc", "date", "text"], []),
}


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = open_store(tmp_path / "store")
    load_fixture(s)
    yield s
    s.close()


def query(name: str) -> SavedQuery:
    return resolve_query(name, QUERIES)


# -- the saved query files --------------------------------------------------------------


def test_every_saved_query_has_a_grlc_header() -> None:
    queries = list_queries(QUERIES)
    assert {q.name for q in queries} == set(EXPECTED)
    for q in queries:
        assert q.summary, q.name
        assert q.tags and all(isinstance(t, str) and t for t in q.tags), q.name
        assert "GRAPH ?g" in q.sparql, q.name
        for p in q.parameters:
            assert p.name in q.defaults, f"{q.name}: no #+ defaults for {p.name}"
        assert all(line.startswith("#+") for line in q.sparql.splitlines()[:2])


def test_parameters_and_defaults_of_saved_queries() -> None:
    q = query("statements-by-speaker")
    assert [(p.name, p.kind, p.required, p.var) for p in q.parameters] == [
        ("speaker", "literal", True, "_speaker")
    ]
    assert q.defaults == {"speaker": "Ilham Aliyev"}
    assert q.tags == ["statements", "speakers"]
    q = query("what-outlets-report")
    assert q.parameter_names() == ["speaker", "target"]
    assert q.defaults == {"speaker": "Ilham Aliyev", "target": "Armenia"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_query_columns_and_rows(store: Store, name: str) -> None:
    columns, rows = EXPECTED[name]
    result = run_query(store, query(name))
    assert result.columns == columns
    assert result.rows == rows


def test_perspectives_count_each_outlets_statements_per_polarity(store: Store) -> None:
    result = run_query(store, query("perspectives"), {"speaker": "ilham aliyev", "target": "Armenia"})
    assert result.rows == [["Global Research", "negative", "1", "1", SENTENCE]]


def test_saved_queries_work_when_grlc_pastes_values(store: Store) -> None:
    """grlc replaces ?_name by "value" in the text; the queries must stay valid that way too."""
    for name in ("statements-by-speaker", "what-outlets-report"):
        q = query(name)
        text = q.sparql
        for p in q.parameters:
            text = text.replace("?" + p.var, '"' + q.defaults[p.name] + '"')
        pasted = SavedQuery(name=name, path=q.path, sparql=text)
        assert run_query(store, pasted).rows == EXPECTED[name][1]


# -- parameter binding ------------------------------------------------------------------


@pytest.mark.parametrize("speaker", ["Ilham Aliyev", "ilham aliyev", "ALIYEV", "President Ilham Aliyev", ALIYEV])
def test_speaker_by_label_alias_or_iri(store: Store, speaker: str) -> None:
    result = run_query(store, query("statements-by-speaker"), {"speaker": speaker})
    assert [r[1] for r in result.rows] == [STATEMENT]


def test_injection_is_just_a_value(store: Store) -> None:
    before = store.count_triples()
    graphs = store.graphs()
    for value in ['x" } ; DROP ALL ; #', 'Ilham Aliyev" . #', "Ilham Aliyev\" || true || \"", "} } #"]:
        result = run_query(store, query("statements-by-speaker"), {"speaker": value})
        assert result.rows == []
        result = run_query(store, query("what-outlets-report"), {"speaker": value, "target": value})
        assert result.rows == []
    assert store.count_triples() == before
    assert store.graphs() == graphs


def test_defaults_apply_and_params_override(store: Store) -> None:
    q = query("what-outlets-report")
    assert run_query(store, q).rows == EXPECTED["what-outlets-report"][1]
    assert run_query(store, q, {"target": "Azerbaijan"}).rows == []


def write_query(folder: Path, name: str, text: str) -> SavedQuery:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.rq"
    path.write_text(text, encoding="utf-8")
    return load_query(path)


TYPED = """#+ summary: typed parameters
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?label ?start WHERE {
  GRAPH ?g {
    ?m kg:refersTo ?_entity_iri ; kg:start ?start .
    OPTIONAL { ?_entity_iri rdfs:label ?label }
    FILTER(?start >= ?_min_integer)
    OPTIONAL { ?m kg:exact ?__exact }
  }
}
"""


def test_iri_and_integer_parameters(store: Store, tmp_path: Path) -> None:
    q = write_query(tmp_path / "q", "typed", TYPED)
    kinds = {p.name: (p.kind, p.required, p.datatype) for p in q.parameters}
    assert kinds == {
        "entity": ("iri", True, None),
        "min": ("typed", True, vocab.XSD + "integer"),
        "exact": ("literal", False, None),
    }
    result = run_query(store, q, {"entity": ARMENIA, "min": "0"})
    assert result.columns == ["label", "start"]
    assert result.rows == [["Armenia", "23"]]
    assert run_query(store, q, {"entity": ARMENIA, "min": "24"}).rows == []
    assert run_query(store, q, {"entity": ARMENIA, "min": "0", "exact": "Armenia"}).rows == [["Armenia", "23"]]
    for bad in ["armenia", "http://ex.org/a b", "<http://ex.org/a>", 'http://x.org/"} #']:
        with pytest.raises(QueryError, match="absolute IRI"):
            run_query(store, q, {"entity": bad, "min": "0"})
    with pytest.raises(QueryError, match="xsd:integer"):
        run_query(store, q, {"entity": ARMENIA, "min": "1 } #"})


def test_missing_and_unknown_parameters(store: Store, tmp_path: Path) -> None:
    q = write_query(tmp_path / "q", "typed", TYPED)
    with pytest.raises(QueryError, match=r"needs parameter 'entity'.*--param entity=VALUE"):
        run_query(store, q, {"min": "0"})
    with pytest.raises(QueryError, match=r"no parameter colour; valid parameters: entity, min, exact"):
        run_query(store, q, {"entity": ARMENIA, "min": "0", "colour": "red"})
    with pytest.raises(QueryError, match="takes no parameters"):
        run_query(store, query("statements"), {"speaker": "x"})


def test_a_bare_name_is_a_saved_query_never_a_file_of_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a file named like a saved query in the working folder was run instead."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "timeline").write_text("SELECT ?other WHERE { ?other ?p ?o }", encoding="utf-8")
    assert resolve_query("timeline", QUERIES).path == QUERIES / "timeline.rq"
    assert resolve_query("./timeline", QUERIES).path == Path("./timeline")  # given as a path


def test_resolve_query(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="available queries: co-mentions, contradictions, corroborations, entity-mentions"):
        resolve_query("nope", QUERIES)
    assert resolve_query(str(QUERIES / "timeline.rq"), tmp_path).name == "timeline"
    assert resolve_query("timeline.rq", QUERIES).name == "timeline"
    with pytest.raises(QueryError, match="does not exist"):
        list_queries(tmp_path / "missing")


# -- decorator parsing --------------------------------------------------------------------


def test_parse_decorators_subset() -> None:
    text = """#+ summary: Talks: of a speaker   # trailing comment
#+ description: |
#+   Line one
#+   line two
#+ endpoint: http://127.0.0.1:7878/query
#+ method: GET
#+ pagination: 50
#+ tags:
#+   - speakers
#+   - "quoted tag"
#+ defaults:
#+   - label: Alice
#+   - other: "x: y"
#+ enumerate:
#+   - speaker: [a, b]
SELECT ?x WHERE { GRAPH ?g { ?x ?p ?_label } }
"""
    assert parse_decorators(text) == {
        "summary": "Talks: of a speaker",
        "description": "Line one\nline two",
        "endpoint": "http://127.0.0.1:7878/query",
        "method": "GET",
        "pagination": "50",
        "tags": ["speakers", "quoted tag"],
        "defaults": [{"label": "Alice"}, {"other": "x: y"}],
        "enumerate": [{"speaker": ["a", "b"]}],
    }
    assert parse_decorators("#+ tags: [a, 'b c']\nSELECT * {}") == {"tags": ["a", "b c"]}
    assert parse_decorators("SELECT * {}") == {}


def test_load_query_fields(tmp_path: Path) -> None:
    q = write_query(
        tmp_path,
        "talks",
        "#+ summary: s\n#+ endpoint: http://e/query\n#+ method: POST\n#+ pagination: 10\n"
        "#+ defaults:\n#+   - label: Alice\nSELECT ?x WHERE { GRAPH ?g { ?x ?p ?_label } }\n",
    )
    assert (q.name, q.summary, q.endpoint, q.method, q.pagination) == ("talks", "s", "http://e/query", "POST", 10)
    assert q.defaults == {"label": "Alice"}


# -- formats --------------------------------------------------------------------------------


def test_results_in_the_sparql_formats(store: Store) -> None:
    result = run_query(store, query("statements"))
    as_csv = serialize_result(store, query("statements"), {}, "csv").decode()
    assert list(csv.reader(io.StringIO(as_csv))) == [result.columns] + result.rows
    tsv = serialize_result(store, query("statements"), {}, "tsv").decode().splitlines()
    assert tsv[0].split("\t") == [f"?{column}" for column in result.columns]  # SPARQL 1.1 TSV: terms as in Turtle
    assert f"<{STATEMENT}>" in tsv[1].split("\t")
    data = json.loads(serialize_result(store, query("statements"), {}, "json"))
    assert data["head"]["vars"] == result.columns
    binding = data["results"]["bindings"][0]
    assert binding["statement"] == {"type": "uri", "value": STATEMENT}
    assert binding["text"] == {"type": "literal", "value": SENTENCE}
    assert binding["start"] == {"type": "literal", "value": "0", "datatype": vocab.XSD + "integer"}
    assert serialize_result(store, query("statements"), {}, "xml").startswith(b"<?xml")


def test_ask_gives_the_standard_boolean(store: Store) -> None:
    ask = query_from_text("ASK { GRAPH ?g { ?s ?p ?o } }", Path("-e"))
    assert json.loads(serialize_result(store, ask, {}, "json")) == {"head": {}, "boolean": True}


def test_construct_gives_rdf(store: Store) -> None:
    import rdflib

    construct = query_from_text("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", Path("-e"))
    graph = rdflib.Graph().parse(data=serialize_result(store, construct, {}, "turtle"), format="turtle")
    assert len(graph) == len(set(store.union_triples()))
    with pytest.raises(QueryError, match="gives a graph.*turtle"):
        serialize_result(store, construct, {}, "csv")
    with pytest.raises(QueryError, match="gives solutions.*unknown format"):
        serialize_result(store, query("statements"), {}, "yaml")


def test_unbound_values_and_escapes_in_tsv(store: Store) -> None:
    text = query_from_text('SELECT ?a ?b WHERE { BIND("x\\ty\\nz" AS ?a) }', Path("-e"))
    assert serialize_result(store, text, {}, "tsv").decode() == '?a\t?b\n"x\\ty\\nz"\t\n'


@pytest.mark.parametrize("sparql", [
    "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
    "PREFIX x: <urn:x>\nDROP ALL",
    "LOAD <http://example.org/data.ttl>",
])
def test_updates_are_refused_by_name(store: Store, sparql: str) -> None:
    """Regression: UPDATE and LOAD were refused only as a cryptic syntax error."""
    with pytest.raises(QueryError, match="is SPARQL Update and kg query only reads the store unless given --allow-update"):
        run_query(store, query_from_text(sparql, Path("-e")))


def test_service_is_refused(store: Store) -> None:
    federated = query_from_text("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", Path("-e"))
    with pytest.raises(QueryError, match="SERVICE .* is refused"):
        serialize_result(store, federated, {}, "json")


def test_an_allowed_update_changes_the_store_in_one_transaction(tmp_path: Path) -> None:
    from test_cli import assert_user_error, kg

    location = tmp_path / "store"
    with open_store(location) as writer:
        load_fixture(writer)
        before = writer.count_triples()
    insert = 'INSERT DATA { GRAPH <urn:kg:notes> { <urn:kg:a> <urn:kg:note> "checked by hand" } }'
    assert_user_error(kg("query", "-e", insert, "--store", location), "is SPARQL Update", "--allow-update")
    done = kg("query", "-e", insert, "--store", location, "--allow-update")
    assert done.exit_code == 0, done.output
    assert f"{before:,} quads before, {before + 1:,} after" in done.stdout
    bad = kg("query", "-e", insert.replace("GRAPH", "GRAPH GRAPH"), "--store", location, "--allow-update")
    assert_user_error(bad, "SPARQL syntax error", "fix the SPARQL Update")
    with open_store(location, read_only=True) as db:
        assert db.count_triples() == before + 1  # the bad update changed nothing
        assert db.query('ASK { GRAPH <urn:kg:notes> { <urn:kg:a> <urn:kg:note> "checked by hand" } }').rows == [
            [Term.literal("true", "http://www.w3.org/2001/XMLSchema#boolean")]]
    assert_user_error(kg("query", "-e", insert, "--store", location, "--allow-update", "-p", "x=1"), "takes no --param")


@pytest.mark.parametrize(("sparql", "keyword"), [
    ("LOAD <http://127.0.0.1:9/data.ttl>", "LOAD"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> } ;\nLOAD <file:///etc/hostname> INTO GRAPH <urn:g>", "LOAD"),
    ("INSERT { <urn:a> <urn:b> ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE"),
])
def test_an_allowed_update_still_reaches_no_network_or_file(store: Store, sparql: str, keyword: str) -> None:
    update = query_from_text(sparql, Path("-e"))
    with pytest.raises(QueryError, match=f"{keyword} .* is refused.*--allow-network"):
        refuse_unsafe(update, allow_update=True)
    refuse_unsafe(update, allow_update=True, allow_network=True)  # both allowed: nothing refused


@pytest.mark.server
def test_allow_network_lets_service_query_another_endpoint(tmp_path: Path, oxigraph_server: StartServer) -> None:
    from test_cli import kg

    remote = tmp_path / "remote"
    with open_store(remote) as writer:
        writer.replace_graph("urn:kg:remote", '<urn:kg:x> <urn:kg:says> "hello from the other endpoint" .\n')
    url = oxigraph_server(remote, read_only=True).url + "/query"
    local = tmp_path / "local"
    with open_store(local) as writer:
        load_fixture(writer)
    federated = f"SELECT ?o WHERE {{ SERVICE <{url}> {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
    refused = kg("query", "-e", federated, "--store", local, "--format", "csv")
    assert refused.exit_code == 2 and "--allow-network" in refused.stderr
    done = kg("query", "-e", federated, "--store", local, "--format", "csv", "--allow-network")
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines() == ["o", "hello from the other endpoint"]


# -- the same query over Oxigraph's HTTP endpoint ---------------------------------------------


@pytest.mark.server
def test_statements_over_oxigraph_server(tmp_path: Path, oxigraph_server: StartServer) -> None:
    location = tmp_path / "store"
    with open_store(location) as writer:
        load_fixture(writer)
    url = oxigraph_server(location, read_only=True).url + "/query"
    q = query("statements")
    over_http = list(csv.reader(io.StringIO(post_query(url, q.sparql))))
    with open_store(location, read_only=True) as reader:
        local = run_query(reader, q)
    assert over_http == [local.columns] + local.rows
    assert local.rows == EXPECTED["statements"][1]
