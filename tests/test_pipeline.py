"""The whole pipeline on the real corpus (one build per session: conftest's ``built_store``).

Provenance (the characters behind every row), actor typing, cross-document identity, the
scores of ``kg eval`` against the reference scorer, and incremental rebuilds. Tests that
change a store work on a copy of the built one, so only the changed documents are re-run.
"""
from __future__ import annotations

import csv
import hashlib
import io
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, SHARED, copy_store, corpus_files, require_same_extractor, write_small_corpus
from typer.testing import CliRunner

from kg import vocab
from kg.links import LINKS_GRAPH
from kg.pipeline import BuildReport, build
from kg.query import default_query_folder, resolve_query, run_query
from kg.store import open_store

pytestmark = pytest.mark.model

ACTOR_TYPES = {vocab.KG + t for t in ("Person", "Country", "Organization")}
ALIYEV = "https://w3id.org/kg-news/id/entity/ilham_aliyev"
EVAL = SHARED / "eval"


def document_text(name: str, corpus: Path = CORPUS) -> str:
    """The file's exact code points (no newline translation), as kg reads it."""
    return (corpus / name).read_bytes().decode("utf-8")


def rows(store: Path, query: str, **params: str) -> list[dict[str, str]]:
    with open_store(store, read_only=True) as db:
        result = run_query(db, resolve_query(query, default_query_folder()), params)
    return [dict(zip(result.columns, row)) for row in result.rows]


def sparql(store: Path, text: str) -> list[list[Any]]:
    with open_store(store, read_only=True) as db:
        return db.query("PREFIX kg: <" + vocab.KG + ">\n" + text).rows


def document_graphs(store: Path) -> dict[str, set[str]]:
    """Document graph -> its quads as N-Quads lines. (The registry and ontology graphs are
    rewritten from ontology/ by every build, with new blank node ids: left out.)"""
    graphs: dict[str, set[str]] = defaultdict(set)
    with open_store(store, read_only=True) as db:
        for quad in db.inner:
            graphs[quad.graph_name.value].add(str(quad))
        assert {vocab.REGISTRY_GRAPH, vocab.ONTOLOGY_GRAPH} <= set(db.graphs())
    return {g: q for g, q in graphs.items() if g.startswith(vocab.GRAPH + "doc/")}


def statuses(report: BuildReport) -> dict[str, str]:
    return {d.name: d.status for d in report.documents}


# -------------------------------------------------------------------------- the built corpus


def test_every_document_is_built_and_conforms(built_store: tuple[Path, BuildReport]) -> None:
    from kg.validate import validate_store

    store, report = built_store
    names = corpus_files()
    assert len(names) == 5
    assert [d.name for d in report.documents] == names
    assert statuses(report) == dict.fromkeys(names, "built")
    assert report.conforms and not report.warnings
    for d in report.documents:
        assert d.statements > 0 and d.entities > 0 and d.mentions > 0 and d.triples > 0, d
    assert report.model.startswith("en_core_web_sm")
    with open_store(store, read_only=True) as db:
        graphs = db.graphs()
        assert {name: build[0] for name, build in db.document_builds().items()} == {
            n: "sha256:" + hashlib.sha256((CORPUS / n).read_bytes()).hexdigest() for n in names
        }
        for d in report.documents:
            assert db.count_triples(vocab.document_graph(d.name)) == d.triples
    assert sorted(graphs) == sorted(
        [vocab.document_graph(n) for n in names] + [vocab.REGISTRY_GRAPH, vocab.ONTOLOGY_GRAPH, LINKS_GRAPH]
    )
    assert report.links is not None and report.links["utterances"] > 0
    result = validate_store(store)  # again, as read back from Oxigraph
    assert result.conforms, result.text


@pytest.mark.parametrize("query", ["statements", "entity-mentions", "events"])
def test_rows_point_at_their_characters(built_store: tuple[Path, BuildReport], query: str) -> None:
    store, report = built_store
    found = rows(store, query)
    assert {r["doc"] for r in found} == {d.name for d in report.documents}
    texts = {name: document_text(name) for name in corpus_files()}
    wrong = [
        (r["doc"], r["start"], r["end"], r["text"], texts[r["doc"]][int(r["start"]):int(r["end"])])
        for r in found
        if texts[r["doc"]][int(r["start"]):int(r["end"])] != r["text"]
    ]
    assert not wrong, wrong[:5]
    assert all(0 <= int(r["start"]) < int(r["end"]) <= len(texts[r["doc"]]) for r in found)


def test_report_counts_match_the_queries(built_store: tuple[Path, BuildReport]) -> None:
    store, report = built_store
    per_doc: dict[str, int] = defaultdict(int)
    for r in rows(store, "statements"):
        per_doc[r["doc"]] += 1
    assert dict(per_doc) == {d.name: d.statements for d in report.documents}


def test_every_statement_has_an_actor_speaker(built_store: tuple[Path, BuildReport]) -> None:
    store, _ = built_store
    untyped = sparql(store, """
        SELECT ?statement ?speaker WHERE { GRAPH ?g {
            ?statement a kg:Statement .
            OPTIONAL { ?statement kg:speaker ?speaker }
            FILTER NOT EXISTS { ?statement kg:speaker ?s . ?s a ?type
                                VALUES ?type { kg:Person kg:Country kg:Organization } }
        } }""")
    assert untyped == []
    speakers = rows(store, "statements")
    assert speakers and all(r["speaker_label"] for r in speakers)
    typed = sparql(store, """
        SELECT DISTINCT ?type WHERE { GRAPH ?g { ?st a kg:Statement ; kg:speaker ?s . ?s a ?type } }""")
    assert {t[0].value for t in typed} <= ACTOR_TYPES


def test_ilham_aliyev_has_one_iri_in_all_documents(built_store: tuple[Path, BuildReport]) -> None:
    store, report = built_store
    mentions = rows(store, "entity-mentions")
    named = [r for r in mentions if " ".join(r["text"].split()) == "Ilham Aliyev"]
    assert {r["entity"] for r in named} == {ALIYEV}
    assert {r["doc"] for r in named} == {d.name for d in report.documents}
    assert {r["label"] for r in mentions if r["entity"] == ALIYEV} == {"Ilham Aliyev"}
    assert {r["type"] for r in mentions if r["entity"] == ALIYEV} == {"Person"}
    labelled = {r["entity"] for r in mentions if r["label"] == "Ilham Aliyev"}
    assert labelled == {ALIYEV}
    speaking = {r["doc"] for r in rows(store, "statements") if r["speaker"] == ALIYEV}
    assert len(speaking) >= 4  # the gold has statements of his in 000-003, none in 004


def test_turkiye_spellings_resolve_to_one_iri(built_store: tuple[Path, BuildReport]) -> None:
    store, _ = built_store
    spellings = {"Türkiye", "Turkey", "Turkiye"}
    found = [r for r in rows(store, "entity-mentions") if r["text"] in spellings]
    assert {r["text"] for r in found} >= {"Türkiye", "Turkiye"}  # the corpus has no "Turkey"
    assert len({r["entity"] for r in found}) == 1, found
    assert {r["type"] for r in found} == {"Country"}


# -------------------------------------------------------------------------- kg eval


def query_csv(store: Path, query: str) -> str:
    from kg.cli import app

    result = CliRunner().invoke(app, ["query", query, "--format", "csv", "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason=f"the reference scorer {EVAL}/score.py is absent")
def test_kg_eval_prints_the_reference_scorer_figures(built_store: tuple[Path, BuildReport], tmp_path: Path) -> None:
    import json

    from kg.cli import app

    store, _ = built_store
    files = {}
    for query, option in (("entity-mentions", "--entities"), ("statements", "--statements"),
                          ("events", "--events"), ("statement-targets", "--targets")):
        path = tmp_path / f"{query}.csv"
        path.write_text(query_csv(store, query), encoding="utf-8", newline="")
        files[option] = str(path)
    reference = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "gold"), "--texts", str(CORPUS),
         *[x for pair in files.items() for x in pair]],
        capture_output=True, text=True, check=True,
    )
    ours = CliRunner().invoke(app, ["eval", str(EVAL / "gold"), "--corpus", str(CORPUS), "--store", str(store)])
    assert ours.exit_code == 0, ours.output
    assert ours.stdout == reference.stdout
    scores = json.loads(ours.stdout.splitlines()[-1])
    assert set(scores) >= {"entities", "statements", "events", "statement_targets", "stance", "identity"}
    assert scores["statements"]["n_sys"] == len(rows(store, "statements"))


# -------------------------------------------------------------------------- incremental builds


@pytest.fixture
def corpus_and_store(built_store: tuple[Path, BuildReport], tmp_path: Path) -> tuple[Path, Path]:
    """Copies of the corpus and of the built store, free to change."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    return corpus, copy_store(built_store[0], tmp_path / "store")


APPENDED = (
    "\n\nIlham Aliyev said on Tuesday that Azerbaijan would never accept foreign bases, "
    "and he criticized France for arming Armenia.\n"
)


def test_changed_document_alone_is_rebuilt_and_replaced_whole(
    built_store: tuple[Path, BuildReport], corpus_and_store: tuple[Path, Path]
) -> None:
    corpus, store = corpus_and_store
    require_same_extractor(store)
    _, first = built_store
    changed = "001_18e22d29d58abda1.txt"
    before = document_graphs(store)
    old = next(d for d in first.documents if d.name == changed)
    with (corpus / changed).open("ab") as fh:
        fh.write(APPENDED.encode("utf-8"))

    report = build(corpus, store)

    assert statuses(report) == {n: "built" if n == changed else "unchanged" for n in corpus_files(corpus)}
    assert report.conforms and not report.warnings
    new = next(d for d in report.documents if d.name == changed)
    assert new.statements > old.statements  # the appended sentence is a statement
    after = document_graphs(store)
    graph = vocab.document_graph(changed)
    assert set(after) == set(before)
    for name, quads in after.items():
        if name != graph:
            assert quads == before[name], f"{name} changed"
    # the graph was replaced whole: exactly what the new extraction mapped, no old triple left
    assert len(after[graph]) == new.triples
    assert len([r for r in rows(store, "statements") if r["doc"] == changed]) == new.statements
    text = document_text(changed, corpus)
    checksum = sparql(store, f"SELECT ?sum WHERE {{ GRAPH <{graph}> {{ ?d kg:checksum ?sum }} }}")
    assert [c[0].value for c in checksum] == [
        "sha256:" + hashlib.sha256((corpus / changed).read_bytes()).hexdigest()
    ]
    texts = sparql(store, f"SELECT ?text WHERE {{ GRAPH <{graph}> {{ ?d kg:text ?text }} }}")
    assert [t[0].value for t in texts] == [text]
    ended = sparql(store, f"SELECT ?t WHERE {{ GRAPH <{graph}> {{ ?x <{vocab.PROV}endedAtTime> ?t }} }}")
    assert len(ended) == 1
    appended_at = text.index("Ilham Aliyev said on Tuesday")
    assert any(int(r["start"]) >= appended_at for r in rows(store, "statements") if r["doc"] == changed)


def test_removed_document_loses_its_graph_only_with_prune(corpus_and_store: tuple[Path, Path]) -> None:
    corpus, store = corpus_and_store
    require_same_extractor(store)
    removed = "004_1e84000505e97152.txt"
    before = document_graphs(store)
    (corpus / removed).unlink()
    manifest = corpus / "manifest.csv"
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    manifest.write_text("".join(line for line in lines if not line.startswith(removed)), encoding="utf-8")

    kept = build(corpus, store)
    assert statuses(kept) == dict.fromkeys(corpus_files(corpus), "unchanged")
    assert kept.warnings == [f"kept the graphs of 1 document not in {corpus} (built from another folder or since "
                             f"removed): {removed}; `kg build --prune` removes them"]
    assert document_graphs(store) == before

    pruned = build(corpus, store, prune=True)
    assert removed not in statuses(pruned)
    assert pruned.warnings == [f"removed the graphs of 1 document not in {corpus} (--prune): {removed}"]
    after = document_graphs(store)
    assert vocab.document_graph(removed) not in after
    assert {g: q for g, q in before.items() if g != vocab.document_graph(removed)} == after
    assert removed not in {r["doc"] for r in rows(store, "entity-mentions")}


def test_second_corpus_folder_keeps_the_first_folders_graphs(corpus_and_store: tuple[Path, Path], tmp_path: Path) -> None:
    """Regression: building a second folder into the same store deleted the first folder's graphs."""
    from conftest import write_small_corpus

    corpus, store = corpus_and_store
    require_same_extractor(store)
    before = document_graphs(store)
    second = write_small_corpus(tmp_path / "second")
    report = build(second, store)
    after = document_graphs(store)
    assert {g: q for g, q in after.items() if g in before} == before
    assert {vocab.document_graph(name) for name in statuses(report)} <= set(after)
    assert len(report.warnings) == 1 and report.warnings[0].startswith(f"kept the graphs of {len(before)} documents")


def test_kept_documents_warning_is_printed(corpus_and_store: tuple[Path, Path]) -> None:
    from kg.cli import app

    corpus, store = corpus_and_store
    require_same_extractor(store)
    (corpus / "003_12ac15e3def968bd.txt").unlink()
    result = CliRunner().invoke(app, ["build", str(corpus), "--store", str(store)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "warning: kept the graphs of 1 document not in" in result.stdout
    assert "003_12ac15e3def968bd.txt; `kg build --prune` removes them" in result.stdout
    assert "warning: manifest.csv lists 003_12ac15e3def968bd.txt" in result.stdout


@pytest.fixture(scope="module")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, BuildReport]:
    """(corpus, store, report) of the small made-up corpus, built once; copy before changing."""
    base = tmp_path_factory.mktemp("small-build")
    corpus = write_small_corpus(base / "corpus")
    report = build(corpus, base / "store")
    assert set(statuses(report).values()) == {"built"}
    return corpus, base / "store", report


def test_new_extractor_version_rebuilds_unchanged_documents(
    small_build: tuple[Path, Path, BuildReport], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pipeline.py: "A document whose checksum and extractor are unchanged ... is skipped" -
    so a new extractor is run again on unchanged files, and the graphs name it."""
    from kg import map as kg_map

    corpus, built, _ = small_build
    store = copy_store(built, tmp_path / "store")
    require_same_extractor(store)
    monkeypatch.setattr(kg_map, "SOFTWARE", "kg 99.0.0")
    report = build(corpus, store)
    assert set(statuses(report).values()) == {"built"}
    software = sparql(store, "SELECT DISTINCT ?v WHERE { GRAPH ?g { ?x kg:software ?v } }")
    assert software and all(s[0].value.startswith("kg 99.0.0") for s in software), software


def test_force_rebuilds_every_document(small_build: tuple[Path, Path, BuildReport], tmp_path: Path) -> None:
    corpus, built, first = small_build
    store = copy_store(built, tmp_path / "store")
    again = build(corpus, store, force=True)
    assert set(statuses(again).values()) == {"built"}
    assert [(d.name, d.triples, d.statements) for d in again.documents] == [
        (d.name, d.triples, d.statements) for d in first.documents
    ]
    csv_rows = list(csv.DictReader(io.StringIO(query_csv(store, "statements"), newline="")))
    assert len(csv_rows) == sum(d.statements for d in again.documents)
