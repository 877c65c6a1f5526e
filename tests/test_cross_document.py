"""One IRI keeps one type across documents: aligned while building, checked at the end."""
from __future__ import annotations

from pathlib import Path

from kg import vocab
from kg.map import extraction_graph
from kg.pipeline import _KnownTypes
from kg.read import read_document
from kg.records import Entity, Extraction, Mention
from kg.registry import load_registry
from kg.store import open_store
from kg.validate import validate_across_documents


def extraction_naming(tmp_path: Path, name: str, entity: Entity) -> Extraction:
    path = tmp_path / name
    path.write_text(f"{entity.label} was mentioned.\n", encoding="utf-8")
    document = read_document(path)
    mention = Mention(entity.key, document.span(0, len(entity.label)), "test")
    return Extraction(document, {entity.key: entity}, [mention])


def test_unknown_entity_takes_the_type_other_documents_gave_it(tmp_path: Path) -> None:
    registry = load_registry()
    first = extraction_naming(tmp_path, "a.txt", Entity("zorbania_press", "Zorbania Press", "Organization"))
    second = extraction_naming(tmp_path, "b.txt", Entity("zorbania_press", "Zorbania Press", "Person"))
    with open_store(tmp_path / "store") as store:
        store.replace_graph(vocab.document_graph("a.txt"), extraction_graph(first, "test"))
        aligned = _KnownTypes(store, registry).align(second, set())
    assert aligned is not None and aligned.entities["zorbania_press"].type == "Organization"
    assert second.entities["zorbania_press"].type == "Person"  # the worker's records are not changed


def test_a_graph_this_build_replaces_does_not_settle_a_type(tmp_path: Path) -> None:
    registry = load_registry()
    first = extraction_naming(tmp_path, "a.txt", Entity("zorbania_press", "Zorbania Press", "Organization"))
    second = extraction_naming(tmp_path, "b.txt", Entity("zorbania_press", "Zorbania Press", "Person"))
    with open_store(tmp_path / "store") as store:
        store.replace_graph(vocab.document_graph("a.txt"), extraction_graph(first, "test"))
        known = _KnownTypes(store, registry)
    assert known.align(second, {vocab.document_graph("a.txt")}) is None
    known.record("a.txt", None)  # a.txt lost its graph
    assert known.align(second, set()) is None


def test_one_iri_with_two_types_across_documents_does_not_conform(tmp_path: Path) -> None:
    first = extraction_naming(tmp_path, "a.txt", Entity("zorbania_press", "Zorbania Press", "Organization"))
    second = extraction_naming(tmp_path, "b.txt", Entity("zorbania_press", "Zorbania Press", "Person"))
    with open_store(tmp_path / "store") as store:
        store.replace_graph(vocab.document_graph("a.txt"), extraction_graph(first, "test"))
        assert validate_across_documents(store).conforms
        store.replace_graph(vocab.document_graph("b.txt"), extraction_graph(second, "test"))
        result = validate_across_documents(store)
    assert not result.conforms and "zorbania_press" in result.text


def test_a_type_that_would_silence_a_speaker_is_not_copied(tmp_path: Path) -> None:
    """Regression: a 1,000-document build lost a document whose speaker other documents had
    typed a place; the document now keeps its own valid graph and the clash is reported."""
    from kg.map import extraction_ntriples
    from kg.pipeline import DocumentReport, Processed, _store_document
    from kg.records import Statement

    registry = load_registry()
    place = extraction_naming(tmp_path, "a.txt", Entity("zorbania_hill", "Zorbania Hill", "Place"))
    speaking = extraction_naming(tmp_path, "b.txt", Entity("zorbania_hill", "Zorbania Hill", "Person"))
    evidence = speaking.mentions[0].span
    speaking.statements.append(Statement("zorbania_hill", "say", "indirect", evidence.text, evidence, rule="test"))
    ntriples = extraction_ntriples(speaking, "test")
    processed = Processed(DocumentReport("b.txt", "built"), ntriples, speaking, model="test")
    with open_store(tmp_path / "store") as store:
        store.replace_graph(vocab.document_graph("a.txt"), extraction_graph(place, "test"))
        report = _store_document(store, processed, _KnownTypes(store, registry), set())
        assert report.status == "built"
        assert store.count_triples(vocab.document_graph("b.txt")) == ntriples.count("\n")
        result = validate_across_documents(store)
    assert not result.conforms and "zorbania_hill" in result.text
