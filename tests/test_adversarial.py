"""A hostile corpus, generated here, built end to end with the real model.

Odd encodings, control and bidi characters, mixed line endings, file names full of
quotes, brackets and percent signs sit beside files kg must skip (empty, binary, too
large, links out of the folder, loops, FIFOs, subfolders) and a manifest with a broken
row. What a user relies on afterwards: every file skipped is named with a reason, every
stored span is the original file's text at its offsets, every export parses back to the
same graphs, and a second build gives the same graphs.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import SMALL_ARTICLES
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg import vocab
from kg.export import EXPORT_FORMATS, export_store
from kg.pipeline import BuildReport, build
from kg.read import MAX_DOCUMENT_BYTES
from kg.store import Store, open_store

pytestmark = pytest.mark.model

ARTICLE = SMALL_ARTICLES["ruritania.txt"]
RDFLIB_FORMATS = {"nquads": "nquads", "trig": "trig", "turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}
DATASET_FORMATS = {"nquads", "trig", "jsonld"}
TIMESTAMP = re.compile(r'(<http://www.w3.org/ns/prov#endedAtTime> )"[^"]*"')

#: file name -> (text, codec) of the documents that must be built
HOSTILE: dict[str, tuple[str, str]] = {
    "plain.txt": (ARTICLE, "utf-8"),
    "mixed line endings.txt": (ARTICLE.replace("\n\n", "\r\n\r\n", 1).replace(". ", ".\r", 1), "utf-8"),
    "nul and controls.txt": (ARTICLE.replace("Monday", "Mon\x00day\x07\x1b[31m"), "utf-8"),
    "bidi, emoji, marks.md": (
        "# Doe \u202eyrtsinim\u202c speaks 🇷🇺🤝\n\n"
        + ARTICLE.replace("Strelsau", "Strelsau (شتريلزاو), e\u0301te\u0301 \u05e9\u05dc\u05d5\u05dd 👍🏽"),
        "utf-8",
    ),
    "bom.txt": ("\ufeff" + ARTICLE, "utf-8"),
    "utf16.txt": ("\ufeff" + ARTICLE.replace("\n", "\r\n"), "utf-16-le"),
    "windows-1252.txt": (ARTICLE.replace("said", "said “firmly”").replace("Strelsau", "Strelsau café"), "cp1252"),
    'Q "quoted" #1 %20 ünï.txt': (SMALL_ARTICLES["summit.md"], "utf-8"),
    "a<b>{c}\\d|e.md": (SMALL_ARTICLES["summit.md"].replace("Vienna", "Graz"), "utf-8"),
    "new\nline.txt": (SMALL_ARTICLES["summit.md"].replace("Vienna", "Linz"), "utf-8"),
}
BUILT: dict[str, bytes] = {name: text.encode(codec) for name, (text, codec) in HOSTILE.items()}


def write_hostile_documents(corpus: Path, extra: str = "") -> dict[str, str]:
    """The documents of :data:`HOSTILE`, each with ``extra`` appended to its text, into
    ``corpus``; returns file name -> checksum as the graph records it."""
    corpus.mkdir(exist_ok=True)
    sums = {}
    for name, (text, codec) in HOSTILE.items():
        data = (text + extra).encode(codec)
        (corpus / name).write_bytes(data)
        sums[name] = "sha256:" + hashlib.sha256(data).hexdigest()
    return sums


def write_hostile_corpus(corpus: Path, outside: Path) -> None:
    """The documents, and every kind of file kg must skip."""
    write_hostile_documents(corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_bytes(b" \n\t\r\n ")
    (corpus / "report.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    (corpus / "dump.txt").write_bytes(b"word " * (MAX_DOCUMENT_BYTES // 5 + 1))
    (corpus / "sub").mkdir()
    (corpus / "sub" / "inner.txt").write_bytes(ARTICLE.encode("utf-8"))
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (corpus / "passwd.txt").symlink_to(outside)
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "manifest.csv").write_text(
        "file,title,publisher,author,date,url\n"
        "plain.txt,Ruritania stays out,Example Wire,John Smith,2024-03-04,https://example.org/a\n"
        'broken.txt,"an unclosed quote,Example Wire\n',
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, BuildReport]:
    root = tmp_path_factory.mktemp("hostile")
    corpus, store = root / "corpus", root / "store"
    write_hostile_corpus(corpus, root / "passwd")
    return corpus, store, build(corpus, store)


def test_every_document_is_built_and_every_other_file_named_with_a_reason(hostile: tuple[Path, Path, BuildReport]) -> None:
    _, _, report = hostile
    assert report.conforms, report.cross_document or [d.problems for d in report.documents if d.problems]
    assert sorted(d.name for d in report.documents if d.status == "built") == sorted(BUILT)
    warnings = "\n".join(report.warnings)
    for name, reason in [("empty.txt", "empty"), ("blank.txt", "no text"), ("report.txt", "a PDF file"),
                         ("dump.txt", "split the file into parts"), ("sub", "folder"), ("passwd.txt", "out of"),
                         ("loop.txt", ""), ("pipe.txt", ""), ("manifest.csv", "skipped"),
                         ("windows-1252.txt", "read as windows-1252")]:
        line = next((w for w in report.warnings if name in w), None)
        assert line is not None and reason in line, (name, warnings)
    assert "root:x:0:0" not in _all_text(hostile[1])


def test_every_span_is_the_original_files_text_at_its_offsets(hostile: tuple[Path, Path, BuildReport]) -> None:
    corpus, store, _ = hostile
    with open_store(store, read_only=True) as db:
        documents = _documents(db)
        spans = db.query(
            f"SELECT ?name ?start ?end ?exact WHERE {{ GRAPH ?g {{ ?span <{vocab.KG}inDocument> ?d ; "
            f"<{vocab.KG}start> ?start ; <{vocab.KG}end> ?end ; <{vocab.KG}exact> ?exact . "
            f"?d <{vocab.KG}fileName> ?name }} }}"
        ).rows
    assert set(documents) == set(BUILT)
    for name, (text, encoding) in documents.items():
        assert text == _decoded(BUILT[name], encoding), name
    assert encoding_of(documents, "windows-1252.txt") == "windows-1252"
    assert encoding_of(documents, "utf16.txt") == "UTF-16LE" and encoding_of(documents, "plain.txt") is None
    checked: dict[str, int] = dict.fromkeys(BUILT, 0)
    for name, start, end, exact in spans:
        assert name is not None and start is not None and end is not None and exact is not None
        original = _decoded(BUILT[name.value], documents[name.value][1])
        assert original[int(start.value):int(end.value)] == exact.value, (name.value, start.value, exact.value)
        checked[name.value] += 1
    assert min(checked.values()) >= 4, checked  # mentions and statements of each document


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_every_export_parses_back_to_the_same_graphs(hostile: tuple[Path, Path, BuildReport], fmt: str) -> None:
    import pyoxigraph as ox

    _, store, _ = hostile
    with open_store(store, read_only=True) as db:
        text, nquads = export_store(db, fmt) or "", export_store(db, "nquads") or ""
    expected = Dataset()
    expected.parse(data=nquads, format="nquads")
    if fmt in DATASET_FORMATS:
        got = Dataset()
        got.parse(data=text, format=RDFLIB_FORMATS[fmt])
        names = {g.identifier for g in expected.graphs() if len(g)}
        assert names == {g.identifier for g in got.graphs() if len(g)}
        for name in names:
            assert isinstance(name, URIRef)
            assert isomorphic(got.graph(name), expected.graph(name)), name
    else:
        union = Graph()
        for s, p, o, _ in expected.quads((None, None, None, None)):
            union.add((s, p, o))
        assert isomorphic(Graph().parse(data=text, format=RDFLIB_FORMATS[fmt]), union)
    oxigraph_formats = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE,
                        "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
    stored = set(ox.parse(nquads, ox.RdfFormat.N_QUADS))
    parsed = set(ox.parse(text, oxigraph_formats[fmt]))
    if fmt in DATASET_FORMATS:
        assert _canonical(parsed) == _canonical(stored)
    else:
        assert _canonical(parsed) == _canonical({ox.Quad(q.subject, q.predicate, q.object) for q in stored})


def test_a_second_build_gives_the_same_graphs(hostile: tuple[Path, Path, BuildReport], tmp_path: Path) -> None:
    corpus, store, _ = hostile
    again = build(corpus, tmp_path / "again")
    assert sorted(again.warnings) == sorted(hostile[2].warnings)
    with open_store(store, read_only=True) as first, open_store(tmp_path / "again", read_only=True) as second:
        assert _masked(first) == _masked(second)


def test_a_rebuild_changes_nothing(hostile: tuple[Path, Path, BuildReport]) -> None:
    corpus, store, _ = hostile
    with open_store(store, read_only=True) as db:
        before = _masked(db)
    report = build(corpus, store)
    assert {d.status for d in report.documents} <= {"unchanged"}
    with open_store(store, read_only=True) as db:
        assert _masked(db) == before


# ---------------------------------------------------------------------------- helpers


def _documents(db: Store) -> dict[str, tuple[str, str | None]]:
    """File name -> (kg:text, kg:encoding or None) of every document graph."""
    rows = db.query(
        f"SELECT ?name ?text ?encoding WHERE {{ GRAPH ?g {{ ?d <{vocab.KG}fileName> ?name ; <{vocab.KG}text> ?text "
        f"OPTIONAL {{ ?d <{vocab.KG}encoding> ?encoding }} }} }}"
    ).rows
    return {name.value: (text.value, encoding.value if encoding else None) for name, text, encoding in rows
            if name is not None and text is not None}


def encoding_of(documents: dict[str, tuple[str, str | None]], name: str) -> str | None:
    return documents[name][1]


def _decoded(data: bytes, encoding: str | None) -> str:
    codec = {"UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be", "windows-1252": "cp1252", None: "utf-8"}[encoding]
    return data.decode(codec)


def _canonical(quads: set[Any]) -> set[tuple[str, ...]]:
    """Quads as strings, every blank node (the ontology's class expressions) written ``_:b``:
    pyoxigraph must read back every quad without blank nodes exactly; rdflib's isomorphism
    check above compares the blank nodes too."""
    return {tuple("_:b" if str(term).startswith("_:") else str(term) for term in (q.subject, q.predicate, q.object, q.graph_name))
            for q in quads}


def _all_text(store: Path) -> str:
    with open_store(store, read_only=True) as db:
        return export_store(db, "nquads") or ""


def _masked(db: Store) -> str:
    return TIMESTAMP.sub(r'\1"…"', export_store(db, "nquads") or "")
