"""The on-disk store: opening, atomic graph replacement, checksums, stats, queries with bindings."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg import vocab
from kg.errors import QueryError, StoreError
from kg.store import Store, Term, open_store

DOC = "000_test.txt"
TEXT = (
    'Ilham Aliyev said that Armenia must sign the peace deal. '
    'In an interview in December 2024, Aliyev repeated it.'
)
CHECKSUM = "sha256:" + "ab" * 32


def span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(needle, start)
    return i, i + len(needle)


def fixture_graph(text: str = TEXT, checksum: str = CHECKSUM, doc_name: str = DOC) -> Any:
    """One document graph in the designed shape (see /work/design/DESIGN.md)."""
    from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

    kg = Namespace(vocab.KG)
    dcterms = Namespace(vocab.DCTERMS)
    prov = Namespace(vocab.PROV)
    g = Graph()
    doc = URIRef(vocab.document_iri(doc_name))
    aliyev = URIRef(vocab.entity_iri("ilham_aliyev"))
    armenia = URIRef(vocab.entity_iri("armenia"))
    g.add((doc, RDF.type, kg.Document))
    g.add((doc, kg.fileName, Literal(doc_name)))
    g.add((doc, kg.checksum, Literal(checksum)))
    g.add((doc, kg.text, Literal(text)))
    g.add((doc, dcterms.title, Literal("Peace talk")))
    g.add((doc, dcterms.publisher, Literal("Global Research")))
    g.add((doc, dcterms.date, Literal("2024-12-19", datatype=XSD.date)))
    g.add((aliyev, RDF.type, kg.Person))
    g.add((aliyev, RDFS.label, Literal("Ilham Aliyev")))
    g.add((armenia, RDF.type, kg.Country))
    g.add((armenia, RDFS.label, Literal("Armenia")))
    for entity, needle in ((aliyev, "Ilham Aliyev"), (armenia, "Armenia")):
        s, e = span(text, needle)
        m = URIRef(vocab.mention_iri(doc_name, s, e))
        g.add((m, RDF.type, kg.Mention))
        g.add((m, kg.refersTo, entity))
        g.add((m, kg.inDocument, doc))
        g.add((m, kg.start, Literal(s)))
        g.add((m, kg.end, Literal(e)))
        g.add((m, kg.exact, Literal(needle)))
        g.add((m, kg.extractedBy, Literal("registry")))
    s, e = span(text, "Ilham Aliyev said that Armenia must sign the peace deal.")
    sp = URIRef(vocab.span_iri(doc_name, s, e))
    g.add((sp, RDF.type, kg.TextSpan))
    g.add((sp, kg.inDocument, doc))
    g.add((sp, kg.start, Literal(s)))
    g.add((sp, kg.end, Literal(e)))
    g.add((sp, kg.exact, Literal(text[s:e])))
    st = URIRef(vocab.statement_iri(doc_name, s, e, "ilham_aliyev"))
    g.add((st, RDF.type, kg.Statement))
    g.add((st, kg.speaker, aliyev))
    g.add((st, kg.cue, Literal("say")))
    g.add((st, kg.kind, kg.Indirect))
    g.add((st, kg.content, Literal("Armenia must sign the peace deal")))
    g.add((st, kg.evidence, sp))
    g.add((st, kg.inDocument, doc))
    g.add((st, prov.wasDerivedFrom, doc))
    g.add((st, kg.about, armenia))
    stance = URIRef(str(st) + "/stance/armenia")
    g.add((st, kg.stance, stance))
    g.add((stance, RDF.type, kg.Stance))
    g.add((stance, kg.target, armenia))
    g.add((stance, kg.polarity, kg.Negative))
    ev = URIRef(vocab.event_iri(doc_name, "interview_2024_12"))
    g.add((ev, RDF.type, kg.Interview))
    g.add((ev, RDFS.label, Literal("interview")))
    g.add((ev, kg.date, Literal("2024-12", datatype=XSD.gYearMonth)))
    g.add((ev, kg.participant, aliyev))
    s, e = span(text, "interview")
    m = URIRef(vocab.mention_iri(doc_name, s, e))
    g.add((m, RDF.type, kg.Mention))
    g.add((m, kg.refersTo, ev))
    g.add((m, kg.inDocument, doc))
    g.add((m, kg.start, Literal(s)))
    g.add((m, kg.end, Literal(e)))
    g.add((m, kg.exact, Literal("interview")))
    return g


REGISTRY_TTL = f"""
@prefix kg: <{vocab.KG}> .
@prefix rdfs: <{vocab.RDFS}> .
@prefix skos: <{vocab.SKOS}> .
<{vocab.entity_iri("ilham_aliyev")}> a kg:Person ; rdfs:label "Ilham Aliyev" ;
    skos:altLabel "Aliyev", "President Ilham Aliyev" .
<{vocab.entity_iri("armenia")}> a kg:Country ; rdfs:label "Armenia" ; kg:demonym "Armenian" .
"""


def load_fixture(store: Store) -> None:
    store.replace_graph(vocab.document_graph(DOC), fixture_graph())
    store.replace_graph(vocab.REGISTRY_GRAPH, REGISTRY_TTL)


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = open_store(tmp_path / "store")
    load_fixture(s)
    yield s
    s.close()


def test_replace_graph_loads_named_graph(store: Store) -> None:
    graph = vocab.document_graph(DOC)
    assert store.graphs() == sorted([graph, vocab.REGISTRY_GRAPH])
    assert store.count_triples(graph) == len(fixture_graph())
    # the default graph stays empty
    assert store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0] == Term.literal(
        "0", vocab.XSD + "integer"
    )


def test_replace_graph_replaces_whole_graph(store: Store) -> None:
    graph = vocab.document_graph(DOC)
    new_text = 'Ilham Aliyev said that Armenia must sign the peace deal. Nothing else "happened" {}.'
    new = fixture_graph(text=new_text, checksum="sha256:" + "cd" * 32)
    # drop the event from the new version
    from rdflib import URIRef

    event = URIRef(vocab.event_iri(DOC, "interview_2024_12"))
    for triple in list(new.triples((event, None, None))):
        new.remove(triple)
    n = store.replace_graph(graph, new)
    assert n == len(new) == store.count_triples(graph)
    assert {name: build[0] for name, build in store.document_builds().items()} == {DOC: "sha256:" + "cd" * 32}
    texts = store.query(f"SELECT ?t WHERE {{ GRAPH <{graph}> {{ ?d <{vocab.KG}text> ?t }} }}").rows
    assert [r[0].value for r in texts if r[0]] == [new_text]
    gone = store.query(f"ASK {{ GRAPH ?g {{ <{event}> ?p ?o }} }}").rows[0][0]
    assert gone is not None and gone.value == "false"
    # other graphs untouched
    assert store.count_triples(vocab.REGISTRY_GRAPH) > 0


def test_replace_graph_with_text_and_empty(store: Store) -> None:
    g = "https://w3id.org/kg-news/id/graph/test"
    store.replace_graph(g, '<http://ex.org/a> <http://ex.org/p> "x\\" } ; DROP ALL ; #\\n" .\n')
    rows = store.query(f"SELECT ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows
    assert rows[0][0] is not None and rows[0][0].value == 'x" } ; DROP ALL ; #\n'
    store.replace_graph(g, "")
    assert store.count_triples(g) == 0
    assert g not in store.graphs()


def test_replace_graph_keeps_awkward_literals(store: Store) -> None:
    from rdflib import Graph, Literal, URIRef

    value = 'quote " backslash \\ brace } tab \t newline \n ctrl \x01 emoji \U0001F600 é'
    g = Graph()
    g.add((URIRef("http://ex.org/a"), URIRef("http://ex.org/p"), Literal(value)))
    g.add((URIRef("http://ex.org/a"), URIRef("http://ex.org/q"), Literal("chat", lang="fr")))
    store.replace_graph("http://ex.org/g", g)
    rows = store.query("SELECT ?o WHERE { GRAPH <http://ex.org/g> { ?s <http://ex.org/p> ?o } }").rows
    assert rows[0][0] == Term.literal(value)
    rows = store.query("SELECT ?o WHERE { GRAPH <http://ex.org/g> { ?s <http://ex.org/q> ?o } }").rows
    assert rows[0][0] == Term.literal("chat", language="fr")


LISTS_TTL = """
@prefix owl: <http://www.w3.org/2002/07/owl#> .
[] a owl:AllDisjointClasses ; owl:members ( <http://ex.org/A> <http://ex.org/B> ) .
<http://ex.org/p> <http://www.w3.org/2000/01/rdf-schema#range> [ owl:unionOf ( <http://ex.org/A> <http://ex.org/B> ) ] .
"""


def test_blank_nodes_are_stored_as_skolem_iris(store: Store) -> None:
    def content(graph: str) -> list[tuple[str, str, str]]:
        rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} ORDER BY ?s ?p ?o").rows
        return [tuple(str(t) for t in row) for row in rows]  # type: ignore[misc]

    first, second = "http://ex.org/g1", "http://ex.org/g2"
    assert store.replace_graph(first, LISTS_TTL) == 12
    stored = content(first)
    assert not store.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isBlank(?s) || isBlank(?o)) }").rows
    skolems = {t for row in stored for t in row if t.startswith(vocab.DATA + "genid/")}
    assert len(skolems) == 6  # 2 class expressions, 4 list cells
    # a rewrite of the same content, whatever its blank node labels, gives the same IRIs
    store.replace_graph(first, LISTS_TTL.replace("[]", "_:other"))
    assert content(first) == stored
    # the same content in another graph does not share them
    store.replace_graph(second, LISTS_TTL)
    assert not skolems & {t for row in content(second) for t in row}


def test_bad_rdf_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError):
        store.replace_graph("http://ex.org/g", "<http://ex.org/a> <p> .")
    with pytest.raises(StoreError):
        store.replace_graph("not an iri", "")


def test_remove_graph(store: Store) -> None:
    before = store.count_triples()
    registry = store.count_triples(vocab.REGISTRY_GRAPH)
    store.remove_graph(vocab.REGISTRY_GRAPH)
    assert vocab.REGISTRY_GRAPH not in store.graphs()
    assert store.count_triples() == before - registry


def test_stats(store: Store) -> None:
    stats = store.stats()
    assert stats.quads == store.count_triples()
    assert stats.named_graphs == 2
    assert stats.documents == 1
    assert stats.entities == {"Person": 1, "Country": 1, "Organization": 0, "Place": 0}
    assert stats.statements == 1
    assert stats.events == 1
    assert stats.as_dict()["entities"]["Person"] == 1


def test_query_bindings_are_terms(store: Store) -> None:
    q = (
        f"PREFIX rdfs: <{vocab.RDFS}> "
        "SELECT ?e WHERE { GRAPH ?g { ?e rdfs:label ?_name } } ORDER BY ?e"
    )
    table = store.query(q, {"_name": Term.literal("Armenia")})
    assert table.columns == ["e"]
    assert [r[0].value for r in table.rows if r[0]] == [vocab.entity_iri("armenia")] * 2
    table = store.query(q, {"_name": Term.literal('x" } ; DROP ALL ; #')})
    assert table.rows == []
    assert store.count_triples() > 0


def test_values_are_the_query_rows_as_plain_strings(store: Store) -> None:
    """Store.values gives what Store.query gives, each term as its value, unbound as None."""
    q = (f"PREFIX rdfs: <{vocab.RDFS}> SELECT ?e ?label ?none WHERE {{ GRAPH ?g {{ ?e rdfs:label ?label }} "
         "OPTIONAL { ?e <urn:nothing> ?none } } ORDER BY ?e ?label")
    table = store.query(q)
    assert store.values(q) == [tuple(None if t is None else t.value for t in row) for row in table.rows]
    assert store.values(q) and all(row[2] is None and isinstance(row[1], str) for row in store.values(q))
    with pytest.raises(QueryError):
        store.values("SELECT ?x WHERE {")


def test_query_bindings_with_group_by(store: Store) -> None:
    q = (
        f"PREFIX rdfs: <{vocab.RDFS}> "
        "SELECT ?e (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?e rdfs:label ?l FILTER(LCASE(?l) = LCASE(?_name)) } } "
        "GROUP BY ?e"
    )
    table = store.query(q, {"_name": Term.literal("armenia")})
    assert table.columns == ["e", "n"]
    assert [(r[0].value, r[1].value) for r in table.rows if r[0] and r[1]] == [
        (vocab.entity_iri("armenia"), "2")
    ]


def test_query_errors(store: Store) -> None:
    with pytest.raises(QueryError):
        store.query("SELEC ?x")
    with pytest.raises(QueryError):
        store.query("ASK { ?s ?p ?_x }", {"_x": Term.literal("y")})
    with pytest.raises(QueryError):
        store.query("SELECT ?s WHERE { ?s ?p ?_x }", {"_x": Term.iri("not an iri")})


def test_read_only_and_missing(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="kg build"):
        open_store(tmp_path / "nothing", read_only=True)
    s = open_store(tmp_path / "st")
    load_fixture(s)
    s.close()
    ro = open_store(tmp_path / "st", read_only=True)
    try:
        assert {name: build[0] for name, build in ro.document_builds().items()} == {DOC: CHECKSUM}
        with pytest.raises(StoreError, match="read-only"):
            ro.replace_graph(vocab.REGISTRY_GRAPH, "")
    finally:
        ro.close()


def test_locked_store(tmp_path: Path) -> None:
    s = open_store(tmp_path / "st")
    try:
        with pytest.raises(StoreError, match="another kg process or an Oxigraph server"):
            open_store(tmp_path / "st")
    finally:
        s.close()
    # closing released the lock
    again = open_store(tmp_path / "st")
    again.close()


def test_closed_store(tmp_path: Path) -> None:
    s = open_store(tmp_path / "st")
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.graphs()


def test_load_nquads_keeps_named_graphs(tmp_path: Path) -> None:
    quads = (
        '<http://ex.org/a> <http://ex.org/p> "1" <http://ex.org/g1> .\n'
        '<http://ex.org/b> <http://ex.org/p> "2" <http://ex.org/g2> .\n'
    )
    path = tmp_path / "data.nq"
    path.write_text(quads.replace("/a>", "/c>"), encoding="utf-8")
    with open_store(tmp_path / "bulk") as db:
        db.load_nquads(quads)
        db.load_nquads(path)
        assert db.graphs() == ["http://ex.org/g1", "http://ex.org/g2"]
        assert db.count_triples() == 3 and db.count_triples("http://ex.org/g1") == 2
        with pytest.raises(StoreError):
            db.load_nquads("<http://ex.org/a> <p> .")


def test_store_whose_parent_folder_is_missing_says_so(tmp_path: Path) -> None:
    """Regression: a --store in a folder that does not exist was called damaged."""
    with pytest.raises(StoreError, match="its parent folder .*missing does not exist; create it first"):
        open_store(tmp_path / "missing" / "store")


@pytest.mark.parametrize(("message", "cause"), [
    ("IO error: While lock file: /s/LOCK: Permission denied", "permission denied"),
    ("IO error: While open a file for appending: /s/000009.log: Read-only file system", "the file system is read-only"),
    ("IO error: No space left on device: While appending to file: /s/000012.sst", "the disk is full"),
    ("IO error: lock hold by current process, acquire time 1 acquiring thread 2: /s/LOCK: No locks available", "is locked"),
    ("Corruption: bad magic number in /s/MANIFEST-000005", "not a kg store or it is damaged"),
])
def test_store_open_failures_name_their_cause(message: str, cause: str) -> None:
    """Regression: an unreadable store was called locked and a read-only one damaged (as root, these
    tests cannot make RocksDB fail so; the messages are RocksDB's own)."""
    from kg.store import _open_failure

    assert cause in _open_failure(Path("/s"), message)
