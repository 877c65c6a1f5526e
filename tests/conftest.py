"""Shared fixtures: the real corpus built once per session, and a small made-up corpus.

``built_store`` runs the whole pipeline (the statistical spaCy model) on ``corpus/`` once
(~20 s) and every test that needs a realistic store reuses it; tests that use it are
marked ``@pytest.mark.model``. Tests must treat that store as read-only: a test that
writes (a rebuild, a removed document) works on a copy (:func:`copy_store`).

``small_corpus`` writes two short made-up articles (not the seed texts) into a fresh
folder, for fast CLI tests; building it still loads the model (~2 s).

``oxigraph_server`` starts Oxigraph servers (the ``oxigraph`` binary of the test extra) on
127.0.0.1 for the tests marked ``server``, and stops them afterwards.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
CORPUS = ROOT / "corpus"
README = ROOT / "README.md"
QUERIES = ROOT / "queries"
SHAPES = ROOT / "shapes"
SHARED = TESTS.parents[1] / "shared"

#: ``judge(text, target)``: the stance the speaker of ``text`` takes toward ``target``
Judge = Callable[[str, str], str]

#: A wide terminal for rich output, so that table cells are neither wrapped nor cut: a
#: terminal (tables with borders) that is dumb (no colours, no live progress bars).
WIDE = {"COLUMNS": "250", "LINES": "50", "TTY_COMPATIBLE": "1", "TERM": "dumb"}
#: Output into a pipe, 80 columns wide: plain tables.
PIPE = {"COLUMNS": "80", "TTY_COMPATIBLE": "0"}

SMALL_ARTICLES: dict[str, str] = {
    "ruritania.txt": (
        "Ruritania stays out of the alliance\n"
        "\n"
        "By John Smith\n"
        "\n"
        "Foreign Minister Jane Doe said on Monday that Ruritania would not join the alliance. "
        '"We have been clear about this for years. Our neutrality is not for sale," '
        "Doe told reporters in Strelsau.\n"
    ),
    "summit.md": (
        "# Leaders meet in Vienna\n"
        "\n"
        "Chancellor Karl Weber said the summit in Vienna in March 2024 was a success. "
        '"Austria will keep talking to everyone," he said.\n'
    ),
}


def corpus_files(folder: Path = CORPUS) -> list[str]:
    """The document file names of a corpus folder, as kg reads them."""
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".txt", ".md") and p.is_file())


def write_small_corpus(folder: Path) -> Path:
    """Write the two made-up articles of :data:`SMALL_ARTICLES` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in SMALL_ARTICLES.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return folder


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (for a server a test starts)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_server(process: subprocess.Popen[bytes], url: str, limit: float = 60) -> None:
    """Wait until ``url`` answers (any HTTP status); fail with the server's stderr if it exits first."""
    deadline = time.monotonic() + limit
    while True:
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return
        except urllib.error.HTTPError:
            return
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                stop_process(process)
                err = process.stderr.read().decode() if process.stderr else ""
                pytest.fail(f"the server at {url} did not start: {err}")
            time.sleep(0.1)


def stop_process(process: subprocess.Popen[bytes], grace: float = 10) -> int:
    """Stop a server by its PID: SIGTERM, then SIGKILL if it is still running after ``grace`` seconds."""
    if process.poll() is None:
        os.kill(process.pid, signal.SIGTERM)
        try:
            return process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
    return process.wait()


def copy_store(store: Path, target: Path) -> Path:
    """A copy of a (closed) store directory, to be changed without touching the original."""
    shutil.copytree(store, target)
    return target


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, object]]:
    """(store path, BuildReport) of the real corpus, built once with the real spaCy model."""
    from kg.pipeline import build

    store = tmp_path_factory.mktemp("corpus-build") / "store"
    report = build(CORPUS, store)
    yield store, report


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """A fresh folder holding the two small made-up articles."""
    return write_small_corpus(tmp_path / "small-corpus")


def require_same_extractor(store: Path) -> None:
    """Skip unless every document of ``store`` was extracted by the extractor as it is now.

    kg.pipeline.extractor_version hashes the extractor's code and ontology/actors.ttl, so when either
    is edited while the tests run, an incremental build rightly redoes every document and
    a test expecting "unchanged" documents cannot tell anything.
    """
    from kg.nlp import default_model_name
    from kg.pipeline import extractor_version
    from kg.store import open_store

    with open_store(store, read_only=True) as db:
        built = {software for _, software, _ in db.document_builds().values()}
    if built != {extractor_version(default_model_name())}:
        pytest.skip("kg's code or ontology/actors.ttl changed while the tests ran; run them again")


@pytest.fixture(scope="session")
def extract_text(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Extract one made-up text with the real model and registry: ``extract_text(text, name)``."""
    from kg.extract import extract
    from kg.nlp import load_model
    from kg.read import read_document
    from kg.registry import load_registry

    registry = load_registry()
    nlp = load_model(None, registry)
    folder = tmp_path_factory.mktemp("texts")

    def _run(text: str, name: str = "t.txt"):  # type: ignore[no-untyped-def]
        path = folder / name
        path.write_text(text, encoding="utf-8")
        document = read_document(path)
        return extract(nlp(document.clean), document, registry)

    return _run


@pytest.fixture(scope="session")
def judge() -> Judge:
    """The stance rules on one made-up sentence parsed with the real model: the polarity
    toward the first occurrence of ``target``."""
    from kg.extract.stance import polarity_for
    from kg.nlp import load_model

    nlp = load_model(None, None)

    def polarity(text: str, target: str) -> str:
        start = text.index(target)
        doc = nlp(text)
        sent = doc.char_span(start, start + len(target), alignment_mode="expand")
        assert sent is not None
        return polarity_for(sent.sent, start, start + len(target), "x", None)  # type: ignore[arg-type]

    return polarity


# -- Oxigraph servers ----------------------------------------------------------------------------


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server binary: on PATH, else beside this Python (the virtualenv's bin/)."""
    found = shutil.which("oxigraph")
    if found:
        return found
    candidate = Path(sys.executable).parent / "oxigraph"
    return str(candidate) if candidate.is_file() and os.access(candidate, os.X_OK) else None


def post_query(url: str, sparql: str, accept: str = "text/csv") -> str:
    """Run a SPARQL query over HTTP (SPARQL 1.1 Protocol, POST); returns the answer's text."""
    request = urllib.request.Request(
        url,
        data=sparql.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": accept},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return str(response.read().decode("utf-8"))


class OxigraphServer:
    """One ``oxigraph serve`` process on 127.0.0.1; its log goes to a file, so that it never blocks on a pipe."""

    def __init__(self, binary: str, location: Path | None, port: int, log: Path, read_only: bool = False) -> None:
        command = [binary, "serve-read-only" if read_only else "serve"]
        if location is not None:
            command += ["--location", str(location)]
        self.port = port
        self.log = log
        with log.open("ab") as err:
            self.process = subprocess.Popen(
                [*command, "--bind", f"127.0.0.1:{port}"],
                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True,
            )
        self._wait_until_up()

    @property
    def url(self) -> str:
        """The base URL: the query endpoint is ``url + "/query"``, the Graph Store one ``url + "/store"``."""
        return f"http://127.0.0.1:{self.port}"

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                post_query(self.url + "/query", "ASK { }")
                return
            except (urllib.error.URLError, ConnectionError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    pytest.fail(f"oxigraph server did not start: {self.log.read_text(errors='replace')}")
                time.sleep(0.1)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 10 s; only this server's own process."""
        stop_process(self.process)


#: ``start(location=None, *, read_only=False, port=None)``: a running server (in memory without a location)
StartServer = Callable[..., OxigraphServer]


@pytest.fixture
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StartServer]:
    """Start Oxigraph servers with ``oxigraph_server(location)``; all are stopped after the test.

    Passing the ``port`` of a stopped server starts a new one at the same URL. Skips
    when the binary is missing.
    """
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph, in the test extra)")
    logs = tmp_path_factory.mktemp("oxigraph-logs")
    started: list[OxigraphServer] = []

    def start(location: Path | None = None, *, read_only: bool = False, port: int | None = None) -> OxigraphServer:
        server = OxigraphServer(binary, location, port or free_port(), logs / f"server-{len(started)}.log", read_only)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
