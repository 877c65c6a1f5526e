"""kg.map: records -> one document's RDF graph.

A golden graph (an Extraction made by hand, compared with hand-written Turtle up to blank
nodes), its validation against the shapes, and a hypothesis round trip: any span of any
text comes back with the same characters, through kg:exact and through the document text,
in rdflib, after Turtle serialisation and from the Oxigraph store.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import vocab
from kg.errors import CorpusError
from kg.map import date_literal, extraction_graph
from kg.read import DocumentMetadata, read_document
from kg.records import Document, Entity, Event, Extraction, Mention, Span, Statement, Target
from kg.validate import validate_graph

KG = Namespace(vocab.KG)
TEXT = "Jane Doe said in March 2024 that Ruritania would leave the summit in Zürich.\n"
ENDED = dt.datetime(2024, 3, 6, 12, 30, 0, tzinfo=dt.timezone.utc)
MODEL = "en_core_web_sm 3.8.0"

EXPECTED = r"""
@base <https://w3id.org/kg-news/id/doc/golden.txt/> .
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix entity: <https://w3id.org/kg-news/id/entity/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .

<https://w3id.org/kg-news/id/doc/golden.txt> a kg:Document ;
    kg:fileName "golden.txt" ;
    kg:checksum "sha256:e72eb6f2d1617c69c56771240c57f52068ed705bb6b530adaf577e072601a5f4" ;
    kg:text "Jane Doe said in March 2024 that Ruritania would leave the summit in Zürich.\n" ;
    dcterms:title "Ruritania leaves" ;
    dcterms:publisher "The Test Times" ;
    dcterms:creator "John Smith" ;
    dcterms:date "2024-03-05"^^xsd:date ;
    schema:url "https://example.org/ruritania"^^xsd:anyURI ;
    rdfs:label "Ruritania leaves" .

<extraction> a kg:Extraction ;
    prov:used <https://w3id.org/kg-news/id/doc/golden.txt> ;
    kg:software "kg 0.1.0" ;
    kg:model "en_core_web_sm 3.8.0" ;
    prov:endedAtTime "2024-03-06T12:30:00+00:00"^^xsd:dateTime .

entity:jane_doe a kg:Person ; rdfs:label "Jane Doe" ; owl:sameAs wd:Q4115189 .
entity:ruritania a kg:Country ; rdfs:label "Ruritania" .
entity:zurich a kg:Place ; rdfs:label "Zürich" .

<mention/0-8> a kg:Mention ;
    kg:refersTo entity:jane_doe ;
    kg:inDocument <https://w3id.org/kg-news/id/doc/golden.txt> ;
    kg:start 0 ; kg:end 8 ; kg:exact "Jane Doe" ;
    kg:extractedBy "registry" .

<mention/33-42> a kg:Mention ;
    kg:refersTo entity:ruritania ;
    kg:inDocument <https://w3id.org/kg-news/id/doc/golden.txt> ;
    kg:start 33 ; kg:end 42 ; kg:exact "Ruritania" ;
    kg:extractedBy "ner" .

<mention/69-75> a kg:Mention ;
    kg:refersTo entity:zurich ;
    kg:inDocument <https://w3id.org/kg-news/id/doc/golden.txt> ;
    kg:start 69 ; kg:end 75 ; kg:exact "Zürich" ;
    kg:extractedBy "ner" .

<span/0-76> a kg:TextSpan ;
    kg:inDocument <https://w3id.org/kg-news/id/doc/golden.txt> ;
    kg:start 0 ; kg:end 76 ;
    kg:exact "Jane Doe said in March 2024 that Ruritania would leave the summit in Zürich." .

<statement/0-76-jane_doe> a kg:Statement ;
    kg:speaker entity:jane_doe ;
    kg:cue "say" ;
    kg:kind kg:Indirect ;
    kg:content "Ruritania would leave the summit in Zürich" ;
    kg:evidence <span/0-76> ;
    kg:inDocument <https://w3id.org/kg-news/id/doc/golden.txt> ;
    prov:wasDerivedFrom <https://w3id.org/kg-news/id/doc/golden.txt> ;
    prov:wasGeneratedBy <extraction> ;
    kg:extractedBy "reporting-verb" ;
    dcterms:date "2024-03"^^xsd:gYearMonth ;
    kg:about entity:ruritania ;
    kg:stance <statement/0-76-jane_doe/stance/ruritania> .

<statement/0-76-jane_doe/stance/ruritania> a kg:Stance ;
    kg:target entity:ruritania ;
    kg:polarity kg:Negative .

<event/summit_2024_03> a kg:Summit ;
    rdfs:label "the summit in Zürich" ;
    kg:extractedBy "event-noun" ;
    kg:date "2024-03"^^xsd:gYearMonth ;
    kg:place entity:zurich ;
    kg:participant entity:jane_doe , entity:ruritania .

<event/summit_2024_03/mention/55-65> a kg:Mention ;
    kg:refersTo <event/summit_2024_03> ;
    kg:inDocument <https://w3id.org/kg-news/id/doc/golden.txt> ;
    kg:start 55 ; kg:end 65 ; kg:exact "the summit" ;
    kg:extractedBy "event-noun" .
"""


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), needle)


@pytest.fixture
def document(tmp_path: Path) -> Document:
    path = tmp_path / "golden.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    metadata = DocumentMetadata(
        title="Ruritania leaves", publisher="The Test Times", author="John Smith",
        date="2024-03-05", url="https://example.org/ruritania",
    )
    return read_document(path, metadata)


@pytest.fixture
def extraction(document: Document) -> Extraction:
    text = document.text
    return Extraction(
        document=document,
        entities={
            "jane_doe": Entity("jane_doe", "Jane Doe", "Person", wikidata="Q4115189", in_registry=True),
            "ruritania": Entity("ruritania", "Ruritania", "Country"),
            "zurich": Entity("zurich", "Zürich", "Place"),
        },
        mentions=[
            Mention("jane_doe", span(text, "Jane Doe"), "registry"),
            Mention("ruritania", span(text, "Ruritania"), "ner"),
            Mention("zurich", span(text, "Zürich"), "ner"),
        ],
        statements=[
            Statement(
                speaker="jane_doe", cue="say", kind="indirect",
                content="Ruritania would leave the summit in Zürich",
                evidence=span(text, text.rstrip("\n")),
                targets=[Target("ruritania", "negative")],
                date="2024-03", rule="reporting-verb",
            )
        ],
        events=[
            Event(
                key="summit_2024_03", type="Summit", label="the summit in Zürich",
                mentions=[span(text, "the summit")], date="2024-03", place="zurich",
                participants=["jane_doe", "ruritania"], rule="event-noun",
            )
        ],
    )


def assert_isomorphic(actual: Graph, expected: Graph) -> None:
    if isomorphic(actual, expected):
        return
    _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
    pytest.fail(
        "graphs differ\nonly in the mapped graph:\n"
        + "\n".join(sorted(only_actual.serialize(format="nt").splitlines()))
        + "\nonly in the expected graph:\n"
        + "\n".join(sorted(only_expected.serialize(format="nt").splitlines()))
    )


def test_document_read_for_the_golden_graph(document: Document) -> None:
    assert document.text == TEXT
    assert document.checksum == "sha256:e72eb6f2d1617c69c56771240c57f52068ed705bb6b530adaf577e072601a5f4"


def test_golden_graph(extraction: Extraction) -> None:
    actual = extraction_graph(extraction, MODEL, ENDED)
    expected = Graph().parse(data=EXPECTED, format="turtle")
    assert len(expected) == 78
    assert_isomorphic(actual, expected)


def test_golden_graph_conforms(extraction: Extraction) -> None:
    result = validate_graph(extraction_graph(extraction, MODEL, ENDED))
    assert result.conforms, result.text


def test_golden_graph_without_metadata(tmp_path: Path) -> None:
    path = tmp_path / "golden.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    document = read_document(path)
    graph = extraction_graph(Extraction(document=document), MODEL, ENDED)
    doc = URIRef(vocab.document_iri("golden.txt"))
    assert graph.value(doc, URIRef(vocab.RDFS + "label")) == Literal("golden.txt")
    for prop in ("title", "publisher", "creator", "date"):
        assert graph.value(doc, URIRef(vocab.DCTERMS + prop)) is None
    assert validate_graph(graph).conforms


def test_wrong_offsets_do_not_conform(extraction: Extraction) -> None:
    good = extraction.mentions[0]
    extraction.mentions[0] = Mention(good.entity, Span(good.span.start + 1, good.span.end + 1, good.span.text), good.rule)
    result = validate_graph(extraction_graph(extraction, MODEL, ENDED))
    assert not result.conforms
    assert any(v.constraint and v.constraint.endswith("TextSpan-matchesText") for v in result.violations), result.text


def test_unstated_end_time_is_now_in_utc(extraction: Extraction) -> None:
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    graph = extraction_graph(extraction, MODEL)
    ended = graph.value(URIRef(vocab.document_iri("golden.txt") + "/extraction"), URIRef(vocab.PROV + "endedAtTime"))
    assert isinstance(ended, Literal) and ended.datatype == URIRef(vocab.XSD + "dateTime")
    assert before <= ended.toPython() <= dt.datetime.now(dt.timezone.utc)


@pytest.mark.parametrize(
    ("value", "datatype"),
    [("2024-03-05", "date"), ("2024-03", "gYearMonth"), ("2024", "gYear")],
)
def test_date_literal(value: str, datatype: str) -> None:
    literal = date_literal(value)
    assert literal == Literal(value, datatype=URIRef(vocab.XSD + datatype))
    assert str(literal) == value


@pytest.mark.parametrize("value", ["5 March 2024", "2024-3", "24", "", "2024-03-05T10:00"])
def test_date_literal_rejects_other_forms(value: str) -> None:
    with pytest.raises(ValueError):
        date_literal(value)


# -------------------------------------------------------------------------- hypothesis round trip

texts = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=120)


@st.composite
def text_and_span(draw: Any) -> tuple[str, int, int]:
    text = draw(texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("map-roundtrip")


def mapped(workdir: Path, text: str, start: int, end: int) -> tuple[Graph, URIRef, URIRef]:
    """The graph of a document holding ``text`` with one mention at [start, end)."""
    path = workdir / "doc.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        document = read_document(path)
    except CorpusError:  # only white space or markup: not a document
        assume(False)
        raise
    assert document.text == text
    extraction = Extraction(
        document=document,
        entities={"x": Entity("x", "X", "Person")},
        mentions=[Mention("x", Span(start, end, document.text[start:end]), "test")],
    )
    graph = extraction_graph(extraction, MODEL, ENDED)
    return graph, URIRef(vocab.mention_iri("doc.txt", start, end)), URIRef(vocab.document_iri("doc.txt"))


def assert_span_comes_back(graph: Graph, mention: URIRef, doc: URIRef, text: str, start: int, end: int) -> None:
    exact = graph.value(mention, KG.exact)
    stored_text = graph.value(doc, KG.text)
    assert isinstance(exact, Literal) and isinstance(stored_text, Literal)
    assert str(exact) == text[start:end]
    assert str(stored_text) == text
    s, e = graph.value(mention, KG.start), graph.value(mention, KG.end)
    assert isinstance(s, Literal) and isinstance(e, Literal)
    assert (s.toPython(), e.toPython()) == (start, end)
    s, e = s.toPython(), e.toPython()
    assert str(stored_text)[s:e] == str(exact)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_span())
def test_span_round_trip_in_the_graph(workdir: Path, case: tuple[str, int, int]) -> None:
    text, start, end = case
    graph, mention, doc = mapped(workdir, text, start, end)
    assert_span_comes_back(graph, mention, doc, text, start, end)
    for fmt in ("turtle", "nt"):
        reparsed = Graph().parse(data=graph.serialize(format=fmt), format=fmt)
        assert_span_comes_back(reparsed, mention, doc, text, start, end)


@pytest.fixture(scope="module")
def roundtrip_store(workdir: Path) -> Any:
    from kg.store import open_store

    store = open_store(workdir / "store")
    yield store
    store.close()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_span())
def test_span_round_trip_through_the_store(workdir: Path, roundtrip_store: Any, case: tuple[str, int, int]) -> None:
    from kg.store import Term

    text, start, end = case
    graph, mention, _ = mapped(workdir, text, start, end)
    roundtrip_store.replace_graph(vocab.document_graph("doc.txt"), graph)
    table = roundtrip_store.query(
        "PREFIX kg: <" + vocab.KG + ">\n"
        "SELECT ?exact ?found ?text WHERE { GRAPH ?g {\n"
        "  ?m kg:exact ?exact ; kg:start ?s ; kg:end ?e ; kg:inDocument ?d . ?d kg:text ?text }\n"
        "  BIND (SUBSTR(?text, ?s + 1, ?e - ?s) AS ?found) }",
        {"m": Term.iri(str(mention))},
    )
    assert len(table.rows) == 1
    exact, found, stored = (t.value for t in table.rows[0] if t is not None)
    assert stored == text
    assert exact == text[start:end]
    assert found == exact


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_span())
def test_random_spans_conform(workdir: Path, case: tuple[str, int, int]) -> None:
    """The shapes' SPARQL check (rdflib's SUBSTR) counts code points as kg does."""
    text, start, end = case
    graph, _, _ = mapped(workdir, text, start, end)
    result = validate_graph(graph)
    assert result.conforms, result.text
