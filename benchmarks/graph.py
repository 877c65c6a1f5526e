"""A kg store of about N triples in news shape, two ways.

:func:`generate_graph` runs the model on a small generated corpus once and copies its document
graphs under new document names (new document, statement, mention, span and event IRIs; the
entity IRIs shared, as in a real corpus), bulk-loaded with the registry and ontology graphs
until the store holds about N triples: fast, but copies of one article are no corpus for the
links across documents, so that store has none.

:func:`build_graph` generates as many distinct articles as make about N triples and builds
them with ``kg build``, links across documents included: what the benchmark's saved queries
run on, since five of them read the links.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import generate_corpus
from benchmarks.process import kg_argv, run_measured
from kg import vocab

#: documents of the base corpus when none is given
BASE_DOCUMENTS = 12
_GRAPH = re.compile(r"<" + re.escape(vocab.GRAPH) + r"doc/([^>]+)> \.$")
_BLANK = re.compile(r"_:([A-Za-z0-9_]+)")


@dataclass(frozen=True)
class GraphReport:
    store: Path
    triples: int
    documents: int
    base_documents: int
    seconds: float


def generate_graph(
    store: Path, triples: int, work: Path, *, seed: int = 0, base: Path | None = None,
    base_documents: int = BASE_DOCUMENTS,
) -> GraphReport:
    """Make the store ``store`` (a new folder) of about ``triples`` triples.

    ``base`` is an existing kg store to copy the documents of; without it a corpus of
    ``base_documents`` articles is generated and built under ``work``.
    """
    from kg.store import open_store

    start = time.perf_counter()
    if base is None:
        base = build_base(work, base_documents, seed)
    with open_store(base, read_only=True) as db:
        shared, documents = split_documents((db.export("nquads") or b"").decode("utf-8"))
    if not documents:
        raise RuntimeError(f"the base store {base} holds no document graphs")
    work.mkdir(parents=True, exist_ok=True)
    nquads = work / "graph.nq"
    count, copies = write_copies(nquads, shared, documents, triples)
    if store.exists() and any(store.iterdir()):
        raise RuntimeError(f"{store} is not empty; pass a new folder")
    with open_store(store) as db:
        db.load_nquads(nquads)
        count = db.count_triples()
    nquads.unlink()
    return GraphReport(store, count, copies, len(documents), time.perf_counter() - start)


def build_graph(store: Path, triples: int, work: Path, *, per_document: float, seed: int = 0, jobs: int = 2) -> GraphReport:
    """Make the store ``store`` (a new folder) by building ``triples / per_document`` generated
    articles (``per_document``: the triples a generated article's graph holds, as measured
    on an earlier build, e.g. :func:`triples_per_document`)."""
    from kg.store import open_store

    start = time.perf_counter()
    if store.exists() and any(store.iterdir()):
        raise RuntimeError(f"{store} is not empty; pass a new folder")
    documents = max(1, round(triples / per_document))
    corpus = work / "built-corpus"
    generate_corpus(corpus, documents, seed)
    done = run_measured(kg_argv("build", corpus, "--store", store, "--jobs", str(jobs)), work / "logs", "built-graph")
    if done.returncode not in (0, 1):
        raise RuntimeError(f"kg build of {documents} generated articles failed: {done.reason()}")
    with open_store(store, read_only=True) as db:
        count = db.count_triples()
    return GraphReport(store, count, documents, 0, time.perf_counter() - start)


def triples_per_document(store: Path) -> float:
    """The store's triples (its links across documents included) per document graph."""
    from kg.store import open_store

    with open_store(store, read_only=True) as db:
        documents = db.stats().documents
        shared = db.count_triples(vocab.REGISTRY_GRAPH) + db.count_triples(vocab.ONTOLOGY_GRAPH)
        total = db.count_triples()
    if not documents:
        raise RuntimeError(f"the store {store} holds no document graphs")
    return (total - shared) / documents


def build_base(work: Path, documents: int, seed: int) -> Path:
    corpus, base = work / "graph-corpus", work / "graph-base"
    generate_corpus(corpus, documents, seed)
    done = run_measured(kg_argv("build", corpus, "--store", base), work / "logs", "graph-base-build")
    if done.returncode not in (0, 1):  # 1: a graph did not conform; the others are stored
        raise RuntimeError(f"kg build of the base corpus failed: {done.reason()}")
    return base


def split_documents(nquads: str) -> tuple[list[str], dict[str, list[str]]]:
    """The lines of the shared graphs (registry, ontology) and, per document name, its graph's lines."""
    shared: list[str] = []
    documents: dict[str, list[str]] = {}
    for line in nquads.splitlines():
        match = _GRAPH.search(line)
        if match:
            documents.setdefault(match.group(1), []).append(line)
        elif line.strip():
            shared.append(line)
    return shared, documents


def copy_name(name: str, copy: int) -> str:
    """``bench-00003.txt`` -> ``bench-00003-c0002.txt``; copy 0 keeps the name."""
    if copy == 0:
        return name
    stem, dot, ext = name.rpartition(".")
    return f"{stem}-c{copy:04d}.{ext}" if dot else f"{name}-c{copy:04d}"


def renamed(lines: list[str], name: str, new: str, copy: int) -> str:
    """A document graph's N-Quads under the document name ``new`` (its blank nodes made its own)."""
    text = "\n".join(lines) + "\n"
    if copy == 0:
        return text
    text = text.replace(f"/doc/{name}>", f"/doc/{new}>").replace(f"/doc/{name}/", f"/doc/{new}/")
    text = text.replace(f'"{name}"', f'"{new}"')
    return _BLANK.sub(lambda m: f"_:{m.group(1)}c{copy}", text) if "_:" in text else text


def write_copies(path: Path, shared: list[str], documents: dict[str, list[str]], triples: int) -> tuple[int, int]:
    """Write the shared graphs and copies of the documents, round-robin, until about ``triples``
    lines; returns (lines written, document graphs written)."""
    names = sorted(documents)
    count, copies = len(shared), 0
    with path.open("w", encoding="utf-8") as out:
        out.write("\n".join(shared) + "\n")
        while count < triples or copies == 0:
            name = names[copies % len(names)]
            copy = copies // len(names)
            out.write(renamed(documents[name], name, copy_name(name, copy), copy))
            count += len(documents[name])
            copies += 1
    return count, copies
