"""A kg store of about N triples in news shape, made without running the model per document.

A small generated corpus is built with ``kg build`` once; its document graphs are then copied
under new document names (new document, statement, mention, span and event IRIs; the entity
IRIs shared, as in a real corpus) and bulk-loaded with the registry and ontology graphs until
the store holds about the requested number of triples.
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
        base = _build_base(work, base_documents, seed)
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


def _build_base(work: Path, documents: int, seed: int) -> Path:
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
