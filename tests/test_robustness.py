"""Regression tests for bad or unusual input found in review."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import StoreError
from kg.read import read_manifest
from kg.store import open_store
from kg.vocab import slug


def test_names_without_latin_letters_get_distinct_keys() -> None:
    keys = {slug("Сергей Иванов"), slug("Владимир Петров"), slug("Ιωάννης Παπαδόπουλος")}
    assert len(keys) == 3
    assert slug("Türkiye") == "turkiye" and slug("Nukuʻalofa") == "nukualofa"


def test_damaged_store_is_a_one_line_store_error(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / "CURRENT").write_text("x")
    with pytest.raises(StoreError, match="damaged"):
        open_store(store, read_only=True)


def test_manifest_title_over_two_lines_keeps_its_line_break(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text('file,title\na.txt,"Two\nlines, here"\n', encoding="utf-8")
    assert read_manifest(tmp_path)["a.txt"].title == "Two\nlines, here"


@pytest.mark.model
def test_changed_manifest_row_rebuilds_the_document(tmp_path: Path) -> None:
    from kg.pipeline import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Jane Doe said on Monday that the talks had failed.\n", encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,publisher\na.txt,Old Times\n", encoding="utf-8")
    store = tmp_path / "store"
    build(corpus, store)
    (corpus / "manifest.csv").write_text("file,publisher\na.txt,New Times\n", encoding="utf-8")
    report = build(corpus, store)
    assert [d.status for d in report.documents] == ["built"]
    with open_store(store, read_only=True) as db:
        assert [builds[2][1] for builds in db.document_builds().values()] == ["New Times"]


@pytest.mark.model
def test_document_longer_than_the_model_limit_is_skipped_with_a_warning(tmp_path: Path) -> None:
    from kg.pipeline import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "long.txt").write_text("Jane Doe said it. " * 60_000, encoding="utf-8")
    (corpus / "short.txt").write_text("Jane Doe said that the talks had failed.\n", encoding="utf-8")
    report = build(corpus, tmp_path / "store")
    assert {d.name: d.status for d in report.documents} == {"long.txt": "skipped", "short.txt": "built"}
    assert any("long.txt" in w and "limit" in w for w in report.warnings)


_FILE_NAMES = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="/\x00"), min_size=1, max_size=40)


@given(st.lists(_FILE_NAMES, min_size=2, max_size=6, unique=True))
def test_distinct_file_names_mint_distinct_valid_iris(names: list[str]) -> None:
    """Document, graph and statement IRIs are valid IRIs, one per file name, and give the name back."""
    from urllib.parse import unquote

    import pyoxigraph

    from kg import vocab

    for mint in (vocab.document_iri, vocab.document_graph, lambda name: vocab.statement_iri(name, 0, 5, "x")):
        iris = [mint(name) for name in names]
        assert len(set(iris)) == len(names)
        for iri in iris:
            pyoxigraph.NamedNode(iri)  # raises on an invalid IRI
    assert [unquote(vocab.document_graph(name).rsplit("/", 1)[1]) for name in names] == names
