"""Export formats parse back, with rdflib and with pyoxigraph, to what the store holds."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS
from test_store import DOC, REGISTRY_TTL, fixture_graph, load_fixture

from kg import vocab
from kg.errors import ExportError
from kg.export import EXPORT_FORMATS, EXTENSIONS, context_path, export_format, export_store, graph_iri, load_context
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


def pyoxigraph_quads(text: str, fmt: str) -> list[Any]:
    import pyoxigraph as ox

    formats = {
        "turtle": ox.RdfFormat.TURTLE,
        "ntriples": ox.RdfFormat.N_TRIPLES,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
        "jsonld": ox.RdfFormat.JSON_LD,
    }
    return list(ox.parse(text, formats[fmt]))


def pyoxigraph_count(text: str, fmt: str) -> int:
    return len(set(pyoxigraph_quads(text, fmt)))


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_export_parses_back(store: Store, fmt: str, context_file: Path) -> None:
    text = export_store(store, fmt, context=context_file)
    assert text
    expected = store.count_triples() if fmt in DATASET_FORMATS else union_count(store)
    assert rdflib_count(text, fmt) == expected
    assert pyoxigraph_count(text, fmt) == expected


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
@pytest.mark.parametrize("graph", [DOC, vocab.REGISTRY_GRAPH])
def test_export_of_one_graph_parses_back(store: Store, fmt: str, graph: str, context_file: Path) -> None:
    import pyoxigraph as ox

    text = export_store(store, fmt, context=context_file, graph=graph)
    assert text
    iri = graph_iri(store, graph)
    expected = store.count_triples(iri)
    assert 0 < expected < union_count(store)
    assert rdflib_count(text, fmt) == expected
    quads = pyoxigraph_quads(text, fmt)
    assert len(set(quads)) == expected
    names = {q.graph_name for q in quads}
    assert names == ({ox.NamedNode(iri)} if fmt in DATASET_FORMATS else {ox.DefaultGraph()})


def test_union_holds_each_triple_once(store: Store) -> None:
    for fmt in ("ntriples", "turtle"):
        text = export_store(store, fmt)
        assert text is not None
        assert len(pyoxigraph_quads(text, fmt)) == union_count(store)
    lines = (export_store(store, "ntriples") or "").splitlines()
    assert len(lines) == len(set(lines))


def test_export_streams_to_a_binary_file(store: Store) -> None:
    for fmt in ("nquads", "turtle", "jsonld"):
        out = io.BytesIO()
        assert export_store(store, fmt, out) is None
        assert out.getvalue().decode("utf-8") == export_store(store, fmt)


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
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.nq", "store"]  # no temporary file left


def test_failed_export_leaves_no_file(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.errors import StoreError

    def fail(fmt: str, out: Any = None, graph: str | None = None) -> None:
        Path(out).write_text("half a file")
        raise StoreError("disk full")

    monkeypatch.setattr(store, "export", fail)
    out = tmp_path / "kg.nq"
    with pytest.raises(ExportError, match="disk full"):
        export_store(store, "nquads", out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


# -------------------------------------------------------------------------- one graph, file extensions


def test_graph_names(store: Store) -> None:
    doc_graph = vocab.document_graph(DOC)
    assert graph_iri(store, DOC) == doc_graph
    assert graph_iri(store, f"corpus/{DOC}") == doc_graph
    assert graph_iri(store, doc_graph) == doc_graph
    assert graph_iri(store, vocab.REGISTRY_GRAPH) == vocab.REGISTRY_GRAPH
    for unknown in ("missing.txt", vocab.ONTOLOGY_GRAPH, "urn:x:nothing"):
        with pytest.raises(ExportError, match="kg query sources") as info:
            graph_iri(store, unknown)
        assert "\n" not in str(info.value)


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_extension_names_the_format(fmt: str) -> None:
    out = Path(f"kg{EXTENSIONS[fmt]}")
    assert export_format(None, out) == fmt
    assert export_format(fmt, out) == fmt
    assert export_format(None, Path(f"KG{EXTENSIONS[fmt].upper()}")) == fmt


def test_format_without_a_file() -> None:
    assert export_format(None, None) == "turtle"
    assert export_format("nquads", None) == "nquads"
    assert export_format("trig", Path("kg.txt")) == "trig"  # an extension no format claims


@pytest.mark.parametrize(
    ("fmt", "name", "fragments"),
    [
        (None, "kg.nquads", ["kg.nq", "Oxigraph"]),
        ("nquads", "kg.nquads", ["kg.nq", "Oxigraph"]),
        (None, "kg.turtle", ["kg.ttl"]),
        (None, "kg.ntriples", ["kg.nt"]),
        ("turtle", "kg.nq", ["nquads", "kg.ttl"]),
        ("jsonld", "kg.ttl", ["turtle", "kg.jsonld"]),
        (None, "kg.txt", [".ttl", "--format"]),
        (None, "kg", [".nq", "--format"]),
        ("rdfxml", None, ["turtle, trig, nquads, ntriples, jsonld"]),
    ],
)
def test_wrong_extensions_are_refused(fmt: str | None, name: str | None, fragments: list[str]) -> None:
    with pytest.raises(ExportError) as info:
        export_format(fmt, Path(name) if name else None)
    message = str(info.value)
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message


# -------------------------------------------------------------------------- reproducible exports

MASK = re.compile(r'(<' + re.escape(vocab.PROV) + r'endedAtTime> )"[^"]*"')


def masked_nquads(store: Store) -> str:
    return MASK.sub(r'\1"…"', export_store(store, "nquads") or "")


def test_same_graphs_in_another_order_export_the_same(tmp_path: Path) -> None:
    from kg.validate import load_ontology

    other = "001_other.txt"
    graphs = [
        (vocab.document_graph(DOC), fixture_graph()),
        (vocab.REGISTRY_GRAPH, REGISTRY_TTL),
        (vocab.ONTOLOGY_GRAPH, load_ontology()),  # blank nodes: class expressions and lists
        (vocab.document_graph(other), fixture_graph(doc_name=other)),
    ]
    exports = []
    for n, order in enumerate((graphs, graphs[::-1])):
        with open_store(tmp_path / f"store{n}") as db:
            if n:
                db.replace_graph(vocab.ONTOLOGY_GRAPH, REGISTRY_TTL)  # replaced below
            for iri, data in order:
                db.replace_graph(iri, data)
            exports.append({fmt: export_store(db, fmt) for fmt in ("nquads", "trig", "ntriples", "turtle")})
    assert exports[0] == exports[1]
    assert "_:" not in (exports[0]["nquads"] or "")


@pytest.mark.model
def test_two_builds_export_the_same(built_store: tuple[Path, object], tmp_path: Path) -> None:
    from kg.pipeline import build

    build(CORPUS, tmp_path / "again")
    with open_store(built_store[0], read_only=True) as first, open_store(tmp_path / "again", read_only=True) as again:
        before, after = masked_nquads(first), masked_nquads(again)
    assert before.count('endedAtTime> "…"') == len(list(CORPUS.glob("*.txt")))
    assert before == after


def test_export_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="turtle, trig, nquads, ntriples, jsonld"):
        export_store(store, "rdfxml")
    with pytest.raises(ExportError, match="does not exist"):
        export_store(store, "turtle", tmp_path / "missing" / "x.ttl")
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ExportError, match="context"):
        export_store(store, "jsonld", context=bad)
