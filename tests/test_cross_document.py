"""One IRI keeps one type across documents: settled by a vote of the graphs, whatever their
names or build order, and checked at the end."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from kg import vocab
from kg.map import extraction_graph, extraction_ntriples
from kg.pipeline import settle_types
from kg.read import read_document
from kg.records import Entity, Event, Extraction, Mention, Statement
from kg.registry import load_registry
from kg.store import Store, open_store
from kg.validate import validate_across_documents

EXTRACTED = vocab.KG + "extractedType"
KEY = "zorbania_press"


def extraction_naming(tmp_path: Path, name: str, etype: str, speaks: bool = False) -> Extraction:
    path = tmp_path / name
    label = "Zorbania Press"
    path.write_text(f"{label} was mentioned.\n", encoding="utf-8")
    document = read_document(path)
    mention = Mention(KEY, document.span(0, len(label)), "test")
    extraction = Extraction(document, {KEY: Entity(KEY, label, etype)}, [mention])
    if speaks:
        extraction.statements.append(Statement(KEY, "say", "indirect", mention.span.text, mention.span, rule="test"))
    return extraction


def types_of(store: Store) -> dict[str, tuple[str, str | None]]:
    """Document file name -> (rdf:type, kg:extractedType) of the entity in its graph."""
    rows = store.query(
        f"SELECT ?g ?type ?own WHERE {{ GRAPH ?g {{ <{vocab.entity_iri(KEY)}> a ?type "
        f"OPTIONAL {{ <{vocab.entity_iri(KEY)}> <{EXTRACTED}> ?own }} }} }}"
    ).rows
    return {g.value.rsplit("/", 1)[-1]: (t.value.rsplit("#", 1)[-1], o.value.rsplit("#", 1)[-1] if o else None)
            for g, t, o in rows if g is not None and t is not None}


def store_all(store: Store, extractions: list[Extraction]) -> None:
    for extraction in extractions:
        store.replace_graph(vocab.document_graph(extraction.document.name), extraction_graph(extraction, "test"))


def test_the_type_most_graphs_give_is_settled_and_each_keeps_its_own(tmp_path: Path) -> None:
    docs = [extraction_naming(tmp_path, name, etype) for name, etype in
            [("a.txt", "Organization"), ("b.txt", "Person"), ("c.txt", "Organization")]]
    with open_store(tmp_path / "store") as store:
        store_all(store, docs)
        assert settle_types(store, load_registry()) == [vocab.document_graph("b.txt")]
        assert types_of(store) == {"a.txt": ("Organization", None), "b.txt": ("Organization", "Person"),
                                   "c.txt": ("Organization", None)}
        assert validate_across_documents(store).conforms
        assert settle_types(store, load_registry()) == []  # settled stays settled


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_settled_types_do_not_depend_on_names_or_build_order(tmp_path: Path, order: tuple[int, ...]) -> None:
    """Regression: the same text was stored as a.txt and rejected as z.txt next to another
    document, because the first document built settled the type for the later ones."""
    kinds = ["Place", "Person", "Person"]
    names = ["z.txt", "a.txt", "m.txt"]
    docs = [extraction_naming(tmp_path, names[i], kinds[i]) for i in order]
    with open_store(tmp_path / "store") as store:
        for extraction in docs:  # one build per document, in this order
            store_all(store, [extraction])
            settle_types(store, load_registry())
        assert types_of(store) == {"z.txt": ("Person", "Place"), "a.txt": ("Person", None), "m.txt": ("Person", None)}


def test_the_vote_counts_each_graphs_own_type_not_an_earlier_settlement(tmp_path: Path) -> None:
    with open_store(tmp_path / "store") as store:
        store_all(store, [extraction_naming(tmp_path, "a.txt", "Place"), extraction_naming(tmp_path, "b.txt", "Person"),
                          extraction_naming(tmp_path, "c.txt", "Person")])
        settle_types(store, load_registry())
        store_all(store, [extraction_naming(tmp_path, "d.txt", "Place"), extraction_naming(tmp_path, "e.txt", "Place")])
        settle_types(store, load_registry())
        # three graphs' own text says Place (a.txt kept its own as kg:extractedType), two say Person
        assert types_of(store) == {"a.txt": ("Place", None), "b.txt": ("Place", "Person"), "c.txt": ("Place", "Person"),
                                   "d.txt": ("Place", None), "e.txt": ("Place", None)}


def test_one_iri_with_two_types_across_documents_does_not_conform(tmp_path: Path) -> None:
    with open_store(tmp_path / "store") as store:
        store_all(store, [extraction_naming(tmp_path, "a.txt", "Organization")])
        assert validate_across_documents(store).conforms
        store_all(store, [extraction_naming(tmp_path, "b.txt", "Person")])
        result = validate_across_documents(store)
    assert not result.conforms and KEY in result.text


def test_a_type_that_would_silence_a_speaker_gives_way_to_the_next_every_graph_accepts(tmp_path: Path) -> None:
    """Regression: a 1,000-document build ended not conforming because two documents typed
    an entity a place while a third, where it speaks, typed it a person: the majority type
    could not apply to the third, which kept its own and clashed with the others."""
    speaking = extraction_naming(tmp_path, "b.txt", "Person", speaks=True)
    with open_store(tmp_path / "store") as store:
        store_all(store, [extraction_naming(tmp_path, "a.txt", "Place"), extraction_naming(tmp_path, "c.txt", "Place")])
        store.replace_graph(vocab.document_graph("b.txt"), extraction_ntriples(speaking, "test"))
        before = store.count_triples(vocab.document_graph("b.txt"))
        assert settle_types(store, load_registry()) == [vocab.document_graph("a.txt"), vocab.document_graph("c.txt")]
        assert types_of(store) == {"a.txt": ("Person", "Place"), "b.txt": ("Person", None), "c.txt": ("Person", "Place")}
        assert store.count_triples(vocab.document_graph("b.txt")) == before
        assert validate_across_documents(store).conforms


def test_when_every_type_is_rejected_somewhere_the_graphs_keep_their_own_and_the_clash_is_reported(
    tmp_path: Path,
) -> None:
    speaking = extraction_naming(tmp_path, "b.txt", "Person", speaks=True)
    located = extraction_naming(tmp_path, "a.txt", "Place")
    located.events.append(Event("meeting_1", "Meeting", "meeting", [located.mentions[0].span], place=KEY, rule="test"))
    with open_store(tmp_path / "store") as store:
        store_all(store, [located, speaking])
        before = {name: store.count_triples(vocab.document_graph(name)) for name in ("a.txt", "b.txt")}
        assert settle_types(store, load_registry()) == []
        assert types_of(store) == {"a.txt": ("Place", None), "b.txt": ("Person", None)}
        assert {name: store.count_triples(vocab.document_graph(name)) for name in ("a.txt", "b.txt")} == before
        result = validate_across_documents(store)
    assert not result.conforms and KEY in result.text


def test_a_graph_is_written_with_the_type_the_other_graphs_agree_on(tmp_path: Path) -> None:
    """Regression: a build killed after writing some documents and before the settlement
    left graphs that gave one entity two types (the store did not conform)."""
    from kg.pipeline import _with_settled_types

    with open_store(tmp_path / "store") as store:
        store_all(store, [extraction_naming(tmp_path, "a.txt", "Place"), extraction_naming(tmp_path, "b.txt", "Place")])
        graph = vocab.document_graph("c.txt")
        written = _with_settled_types(store, graph, extraction_ntriples(extraction_naming(tmp_path, "c.txt", "Organization"), "test"))
        store.replace_graph(graph, written)
        assert types_of(store)["c.txt"] == ("Place", "Organization")
        assert validate_across_documents(store).conforms
        speaking = extraction_ntriples(extraction_naming(tmp_path, "d.txt", "Person", speaks=True), "test")
        assert _with_settled_types(store, vocab.document_graph("d.txt"), speaking) == speaking  # a place cannot speak
        settle_types(store, load_registry())  # the vote still decides: three graphs say Place
        assert types_of(store)["c.txt"] == ("Place", "Organization")
