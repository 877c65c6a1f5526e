"""Where documents are processed: in the build's process, in worker processes (--jobs), or on
a Dask cluster (--engine dask). Each must give the same document graphs."""
from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import free_port, stop_process, write_small_corpus
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg import vocab
from kg.cli import app
from kg.engines import executor
from kg.errors import EngineError
from kg.pipeline import build
from kg.store import open_store

ENDED = URIRef(vocab.PROV + "endedAtTime")


def document_graphs(store: Path) -> dict[str, Graph]:
    """Each document's graph, without its build time."""
    with open_store(store, read_only=True) as reader:
        data = reader.export("nquads") or b""
    dataset = Dataset()
    with warnings.catch_warnings():  # rdflib's N-Quads parser calls its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(data=data.decode("utf-8"), format="nquads")
    graphs = {}
    for graph in dataset.graphs():
        if str(graph.identifier).startswith(vocab.GRAPH + "doc/"):
            graph.remove((None, ENDED, None))
            graphs[str(graph.identifier)] = graph
    return graphs


@pytest.fixture(scope="module")
def corpus_and_local_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Graph]]:
    folder = tmp_path_factory.mktemp("engines")
    corpus = write_small_corpus(folder / "corpus")
    report = build(corpus, folder / "local")
    assert report.conforms
    return corpus, document_graphs(folder / "local")


def assert_same_graphs(expected: dict[str, Graph], got: dict[str, Graph]) -> None:
    assert sorted(got) == sorted(expected)
    for name, graph in expected.items():
        assert isomorphic(graph, got[name]), name


@pytest.mark.model
def test_worker_processes_build_the_same_graphs(corpus_and_local_build: tuple[Path, dict[str, Graph]], tmp_path: Path) -> None:
    corpus, expected = corpus_and_local_build
    report = build(corpus, tmp_path / "pool", jobs=2)
    assert report.conforms
    assert [d.status for d in report.documents] == ["built"] * len(expected)
    assert report.seconds["nlp"] > 0 and report.seconds["extract"] > 0  # measured in the workers
    assert_same_graphs(expected, document_graphs(tmp_path / "pool"))


@pytest.fixture
def dask_cluster() -> Iterator[str]:
    """A real Dask scheduler and two single-threaded worker processes on 127.0.0.1, stopped by PID."""
    dask = shutil.which("dask") or str(Path(sys.executable).parent / "dask")
    if not Path(dask).exists():
        pytest.skip("Dask's distributed scheduler is not installed (pip install 'kg[dask]')")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    workers = subprocess.Popen(
        [dask, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        yield address
    finally:
        stop_process(workers)
        stop_process(scheduler)


@pytest.mark.model
@pytest.mark.engine
def test_a_dask_cluster_builds_the_same_graphs(
    corpus_and_local_build: tuple[Path, dict[str, Graph]], dask_cluster: str, tmp_path: Path
) -> None:
    corpus, expected = corpus_and_local_build
    result = CliRunner().invoke(
        app, ["build", str(corpus), "--store", str(tmp_path / "dask"), "--engine", "dask", "--engine-address", dask_cluster]
    )
    assert result.exit_code == 0, result.output
    assert_same_graphs(expected, document_graphs(tmp_path / "dask"))


def test_an_unknown_engine_is_a_user_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", str(tmp_path), "--store", str(tmp_path / "s"), "--engine", "spark"])
    assert result.exit_code == 2
    assert "unknown engine 'spark'; use one of local, dask" in result.output


def test_a_scheduler_address_needs_the_dask_engine() -> None:
    with pytest.raises(EngineError, match="--engine-address needs --engine dask"):
        executor("local", 2, "tcp://127.0.0.1:8786")
