"""The benchmarks package: a deterministic generator, a store of about N triples, and one run
that prints every figure beside its target. Nothing here asserts a speed."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from benchmarks.cli import app
from benchmarks.corpus import LONG_FACTOR, WORDS, article, generate_corpus
from benchmarks.figures import TARGETS
from benchmarks.graph import build_graph, copy_name, generate_graph, renamed, split_documents, triples_per_document

DATELINE = re.compile(r"^(?P<place>[^\n]+?), [A-Z][a-z]+ \d{1,2}, 20\d\d — ")  # "VICTORIA, SEYCHELLES, ..."
#: every figure of the run, by the key of its rows
ROW_KEYS = {"build", "jobs", "dask", "nochange", "changed", "rss", "stages", "export", "query", "query_median", "load", "load_put"}


def test_generator_is_deterministic_per_seed(tmp_path: Path) -> None:
    first = generate_corpus(tmp_path / "a", 4, seed=7)
    second = generate_corpus(tmp_path / "b", 4, seed=7)
    other = generate_corpus(tmp_path / "c", 4, seed=8)
    assert [p.name for p in first] == [p.name for p in second] == ["bench-00000.txt", "bench-00001.txt",
                                                                     "bench-00002.txt", "bench-00003.txt"]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]


def test_articles_are_news_shaped() -> None:
    texts = [article(i, seed=0) for i in range(30)]
    for text in texts:
        paragraphs = text.split("\n\n")
        body = next(p for p in paragraphs[1:3] if not p.startswith("By "))
        assert paragraphs[0] and "\n" not in paragraphs[0]  # a title line
        dateline = DATELINE.match(body)
        assert dateline and dateline.group("place").isupper(), body[:80]
        assert len(paragraphs) >= 4
        assert re.search(r'"[^"]+," .+ said|told reporters|According to', text)
    words = [len(t.split()) for t in texts]
    assert min(words) >= WORDS[0] - 20
    assert max(words) >= WORDS[0] * LONG_FACTOR  # some are five times longer
    assert any(t.split("\n\n")[1].startswith("By ") for t in texts)
    assert not all(t.split("\n\n")[1].startswith("By ") for t in texts)


def test_generate_corpus_command(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["generate", "corpus", "--documents", "2", "--out", str(tmp_path), "--seed", "3"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bench-00000.txt", "bench-00001.txt"]


def test_copies_get_their_own_document_iris() -> None:
    graph = "https://w3id.org/kg-news/id/graph/doc/bench-00001.txt"
    doc = "https://w3id.org/kg-news/id/doc/bench-00001.txt"
    lines = [
        f'<{doc}> <https://w3id.org/kg-news/ontology#fileName> "bench-00001.txt" <{graph}> .',
        f"<{doc}/mention/1-5> <https://w3id.org/kg-news/ontology#refersTo> "
        f"<https://w3id.org/kg-news/id/entity/armenia> <{graph}> .",
        f"_:b1 <http://ex.org/p> <{doc}> <{graph}> .",
        '<http://ex.org/x> <http://ex.org/p> "registry" <https://w3id.org/kg-news/id/graph/registry> .',
    ]
    shared, documents = split_documents("\n".join(lines))
    assert len(shared) == 1 and list(documents) == ["bench-00001.txt"]
    new = copy_name("bench-00001.txt", 3)
    text = renamed(documents["bench-00001.txt"], "bench-00001.txt", new, 3)
    assert new == "bench-00001-c0003.txt" and "bench-00001.txt" not in text
    assert f'"{new}"' in text and f"/doc/{new}/mention/1-5>" in text
    assert "/entity/armenia>" in text and "_:b1c3 " in text


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    """Two generated articles built with the real model: (store, BuildReport)."""
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("bench")
    generate_corpus(folder / "corpus", 2, seed=1)
    return folder / "store", build(folder / "corpus", folder / "store")


@pytest.mark.model
def test_generated_articles_give_statements(built: tuple[Path, object]) -> None:
    _, report = built
    assert report.conforms  # type: ignore[attr-defined]
    documents = report.documents  # type: ignore[attr-defined]
    assert [d.status for d in documents] == ["built", "built"]
    for d in documents:
        assert d.statements >= 10 and d.events >= 1 and d.entities >= 10, d


@pytest.mark.model
def test_build_graph_builds_distinct_articles_with_their_links(built: tuple[Path, object], tmp_path: Path) -> None:
    from kg.links import LINKS_GRAPH
    from kg.store import open_store

    store, _ = built
    per_document = triples_per_document(store)
    report = build_graph(tmp_path / "big", int(per_document * 4), tmp_path / "work", per_document=per_document, seed=2)
    with open_store(tmp_path / "big", read_only=True) as db:
        stats = db.stats()
        names = {row[0] for row in db.values("SELECT ?n WHERE { GRAPH ?g { ?d <https://w3id.org/kg-news/ontology#fileName> ?n } }")}
        assert db.has_graph(LINKS_GRAPH)
    assert report.documents == stats.documents == len(names) == 4
    assert report.triples == stats.quads


@pytest.mark.model
def test_generate_graph_reaches_about_the_triples(built: tuple[Path, object], tmp_path: Path) -> None:
    from kg.store import open_store

    store, _ = built
    report = generate_graph(tmp_path / "big", 40_000, tmp_path / "work", base=store)
    with open_store(tmp_path / "big", read_only=True) as db:
        stats = db.stats()
        base = open_store(store, read_only=True)
        largest = max(base.count_triples(g) for g in base.graphs() if "/graph/doc/" in g)
        base_entities = base.stats().entities
        base.close()
    assert 40_000 <= report.triples == stats.quads < 40_000 + largest
    assert stats.documents == report.documents > 2
    assert stats.entities == base_entities  # the copies share the entities' IRIs
    assert not (tmp_path / "work" / "graph.nq").exists()


@pytest.mark.model
@pytest.mark.server
def test_quick_run_prints_every_row(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "run", "--quick", "--out", str(out), "--work", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, env={**_env(), "COLUMNS": "300"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    assert {r["key"] for r in rows} == ROW_KEYS
    assert sum(r["key"] == "query" for r in rows) == len(list((ROOT / "queries").glob("*.rq")))
    for row in rows:
        assert row["measured"], row
        assert row["value"] is not None or row["measured"].startswith(("not run: ", "both capped")), row
        if row["key"] in TARGETS:
            assert row["target"] == TARGETS[row["key"]].text()
        assert row["label"].split(",")[0] in done.stdout
    assert not any((tmp_path / "work").iterdir())  # its own folder in --work was removed


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def test_rows_say_what_a_capped_query_means() -> None:
    from benchmarks.run import KgTime, query_row

    done = {"seconds": 2.0, "rows": 5, "timed_out": False, "error": ""}
    assert query_row("q", 10**6, KgTime(0.1, 5), done).met is True
    assert query_row("q", 10**6, KgTime(0.5, 5), done).measured.startswith("4.0×")
    capped = query_row("q", 10**6, KgTime(0.5, 5), {**done, "timed_out": True})
    assert capped.met is None and capped.measured.startswith("≥ 4.0×")  # a bound under the target
    assert query_row("q", 10**6, KgTime(0.01, 5), {**done, "timed_out": True}).met is True
    both = query_row("q", 10**6, KgTime(60.0, capped=True), {**done, "timed_out": True})
    assert both.met is None and both.measured.startswith("both capped")
    failed = query_row("q", 10**6, KgTime(0.1, 5), {**done, "error": "NotBoundError: x"})
    assert failed.measured.startswith("not run: rdflib fails") and failed.value is None
    assert "rows differ" in query_row("q", 10**6, KgTime(0.1, 4), done).measured
