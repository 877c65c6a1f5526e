"""Export formats parse back, with rdflib and with pyoxigraph, to what the store holds."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_store import load_fixture

from kg import vocab
from kg.errors import ExportError
from kg.export import EXPORT_FORMATS, context_path, export_store, load_context
from kg.store import Store, open_store

# rdflib 7.6's own TriG / N-Quads / JSON-LD parsers still call its deprecated ConjunctiveGraph API
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
DATASET_FORMATS = {"trig", "nquads", "jsonld"}

SMALL_CONTEXT = {
    "@context": {
        "kg": vocab.KG,
        "rdfs": vocab.RDFS,
        "skos": vocab.SKOS,
        "xsd": vocab.XSD,
        "label": {"@id": "rdfs:label"},
        "altLabel": {"@id": "skos:altLabel"},
        "Person": "kg:Person",
        "Country": "kg:Country",
        "fileName": {"@id": "kg:fileName"},
    }
}


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = open_store(tmp_path / "store")
    load_fixture(s)
    yield s
    s.close()


@pytest.fixture
def context_file(tmp_path: Path) -> Path:
    path = tmp_path / "context.jsonld"
    path.write_text(json.dumps(SMALL_CONTEXT), encoding="utf-8")
    return path


def union_count(store: Store) -> int:
    table = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    term = table.rows[0][0]
    assert term is not None
    return int(term.value)


def rdflib_count(text: str, fmt: str) -> int:
    import rdflib

    if fmt in DATASET_FORMATS:
        ds = rdflib.Dataset()
        ds.parse(data=text, format=RDFLIB_FORMATS[fmt])
        return sum(1 for _ in ds.quads((None, None, None, None)))
    g = rdflib.Graph()
    g.parse(data=text, format=RDFLIB_FORMATS[fmt])
    return len(g)


def pyoxigraph_count(text: str, fmt: str) -> int:
    import pyoxigraph as ox

    formats = {
        "turtle": ox.RdfFormat.TURTLE,
        "ntriples": ox.RdfFormat.N_TRIPLES,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
        "jsonld": ox.RdfFormat.JSON_LD,
    }
    return len(set(ox.parse(text, formats[fmt])))


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_export_parses_back(store: Store, fmt: str, context_file: Path) -> None:
    text = export_store(store, fmt, context=context_file)
    assert text
    expected = store.count_triples() if fmt in DATASET_FORMATS else union_count(store)
    assert rdflib_count(text, fmt) == expected
    assert pyoxigraph_count(text, fmt) == expected


def test_union_is_smaller_than_the_dataset(store: Store) -> None:
    # entity types and labels are in both the document graph and the registry graph
    assert union_count(store) < store.count_triples()


def test_named_graphs_kept_in_trig(store: Store) -> None:
    import rdflib

    ds = rdflib.Dataset()
    ds.parse(data=export_store(store, "trig"), format="trig")
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert names == set(store.graphs())


def test_turtle_is_readable(store: Store) -> None:
    text = export_store(store, "turtle")
    assert text is not None
    assert "@prefix kg: <https://w3id.org/kg-news/ontology#>" in text
    assert "entity:ilham_aliyev a kg:Person" in text


def test_jsonld_is_compacted(store: Store, context_file: Path) -> None:
    text = export_store(store, "jsonld", context=context_file)
    assert text is not None
    data = json.loads(text)
    assert data["@context"]["label"] == {"@id": "rdfs:label"}
    flat = json.dumps(data)
    assert '"label": "Ilham Aliyev"' in flat
    assert '"@type": "Person"' in flat
    assert '"fileName": "000_test.txt"' in flat
    assert vocab.RDFS + "label" not in flat
    graphs = {node.get("@id") for node in data["@graph"]}
    assert set(store.graphs()) <= graphs


def test_jsonld_default_context(store: Store) -> None:
    real = context_path()
    assert real.name == "context.jsonld" and real.parent.name == "ontology"
    context = load_context()
    text = export_store(store, "jsonld")
    assert text is not None
    data = json.loads(text)
    assert data["@context"] == json.loads(json.dumps(context))
    assert vocab.KG + "Person" not in text  # compacted to a prefixed or short name


def test_export_to_file(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "kg.nq"
    assert export_store(store, "nquads", out) is None
    assert pyoxigraph_count(out.read_text(encoding="utf-8"), "nquads") == store.count_triples()


def test_export_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="turtle, trig, nquads, ntriples, jsonld"):
        export_store(store, "rdfxml")
    with pytest.raises(ExportError, match="does not exist"):
        export_store(store, "turtle", tmp_path / "missing" / "x.ttl")
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ExportError, match="context"):
        export_store(store, "jsonld", context=bad)
