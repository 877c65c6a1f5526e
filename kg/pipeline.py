"""The one module that knows the order of the stages.

read -> nlp -> extract -> map -> validate -> store. Each document becomes one
named graph, validated in memory before it is written, and written in one step
that replaces the document's previous graph whole. A document whose checksum
and extractor are unchanged since the last build is skipped.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import vocab
from .records import Document, Extraction

if TYPE_CHECKING:

    from .registry import Registry
    from .store import Store

from .resources import data_dir


@dataclass
class DocumentReport:
    """What happened to one input file."""

    name: str
    status: str  # built | unchanged | invalid | skipped
    entities: int = 0
    mentions: int = 0
    statements: int = 0
    events: int = 0
    triples: int = 0
    problems: str = ""


@dataclass
class BuildReport:
    """The outcome of :func:`build`."""

    store: Path
    model: str
    documents: list[DocumentReport] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cross_document: str = ""  # violations of the shapes by the documents' graphs taken together

    @property
    def conforms(self) -> bool:
        return not self.cross_document and not any(d.status == "invalid" for d in self.documents)


def build(
    corpus: Path,
    store_path: Path,
    *,
    jobs: int = 1,
    model: str | None = None,
    force: bool = False,
    on_document: Callable[[DocumentReport], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BuildReport:
    """Build (or bring up to date) the store at ``store_path`` from ``corpus``."""
    from .nlp import default_model_name, load_model, model_description, parse
    from .read import read_corpus
    from .registry import load_registry
    from .store import open_store
    from .validate import load_ontology, validate_across_documents

    documents, warnings = read_corpus(corpus)
    registry = load_registry()
    model_name = model or default_model_name()
    store = open_store(store_path)
    try:
        report = BuildReport(store_path, model_name, warnings=list(warnings))
        software = extractor_version(model_name)
        known = store.document_builds()
        todo = [d for d in documents if force or known.get(d.name) != build_key(d, software)]
        _forget_missing(store, {d.name for d in documents}, known, report)
        for document in documents:
            if document not in todo:
                _emit(report, DocumentReport(document.name, "unchanged"), on_document)
        if on_start is not None:
            on_start(len(todo))
        if todo:
            nlp = load_model(model_name, registry)
            description = model_description(nlp)
            report.model = description
            todo = _within_model_limit(todo, nlp.max_length, report, on_document)
            pending = {d.name for d in todo}  # graphs this run replaces: their types do not count
            for document, sdoc in parse(nlp, todo, jobs=jobs):
                from .extract import extract

                extraction = extract(sdoc, document, registry)
                pending.discard(document.name)
                _align_types(store, extraction, registry, pending)
                _emit(report, _store_document(store, extraction, description, software), on_document)
        store.replace_graph(vocab.REGISTRY_GRAPH, registry.graph())
        store.replace_graph(vocab.ONTOLOGY_GRAPH, load_ontology())
        store.flush()
        across = validate_across_documents(store)
        report.cross_document = "" if across.conforms else across.text
    finally:
        store.close()
    return report


def extractor_version(model_name: str) -> str:
    """``"kg 0.1.0 (3f2a…)"``: the version plus a hash of the extractor's code, the actor
    registry and the model name, so that a document is extracted again when any changes."""
    from .map import SOFTWARE

    digest = hashlib.sha256(model_name.encode())
    package = Path(__file__).resolve().parent
    sources = [package / name for name in EXTRACTOR_MODULES] + sorted((package / "extract").rglob("*.py"))
    for path in sources + [data_dir("ontology") / "actors.ttl"]:
        digest.update(path.read_bytes())
    return f"{SOFTWARE} ({digest.hexdigest()[:12]})"


def build_key(document: Document, software: str) -> tuple[str, str, tuple[str, ...]]:
    """What must match the store for a document to be left as it is: its text, the
    extractor, and its metadata (a changed manifest row changes the graph too)."""
    metadata = (document.title, document.publisher, document.author, document.date, document.url)
    return document.checksum, software, tuple(value or "" for value in metadata)


def _within_model_limit(
    todo: list[Document], limit: int, report: BuildReport, on_document: Callable[[DocumentReport], None] | None
) -> list[Document]:
    """Skip, with a recorded warning, a document longer than the model can parse at once."""
    kept = []
    for document in todo:
        if len(document.clean) > limit:
            report.warnings.append(
                f"skipped {document.name}: {len(document.clean):,} characters, more than the model's "
                f"limit of {limit:,}; split the file into parts"
            )
            _emit(report, DocumentReport(document.name, "skipped"), on_document)
        else:
            kept.append(document)
    return kept


def _store_document(store: Store, extraction: Extraction, model: str, software: str) -> DocumentReport:
    from .map import extraction_graph
    from .validate import validate_graph

    ended = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    graph = extraction_graph(extraction, model, ended, software)
    result = validate_graph(graph)
    document = extraction.document
    report = DocumentReport(
        document.name,
        "built" if result.conforms else "invalid",
        entities=len(extraction.entities),
        mentions=len(extraction.mentions),
        statements=len(extraction.statements),
        events=len(extraction.events),
        triples=len(graph),
    )
    if result.conforms:
        store.replace_graph(vocab.document_graph(document.name), graph)
    else:
        # never keep a graph that no longer describes the file
        store.remove_graph(vocab.document_graph(document.name))
        report.problems = result.text
    return report


#: The modules whose code decides what a document's graph holds.
EXTRACTOR_MODULES = ("read.py", "nlp.py", "map.py", "registry.py", "records.py", "vocab.py")


def _align_types(store: Store, extraction: Extraction, registry: Registry, pending: set[str]) -> None:
    """Give an entity the registry does not know the type other documents already gave
    it, so that one IRI keeps one type across the store. Graphs that this run is about
    to replace (``pending`` document names) do not count."""
    from .validate import ENTITY_TYPE_IRIS

    unknown = [key for key in extraction.entities if key not in registry.entities]
    if not unknown:
        return
    values = " ".join(f"<{vocab.entity_iri(key)}>" for key in unknown)
    skip = {extraction.document.name} | pending
    excluded = ", ".join(f"<{vocab.document_graph(name)}>" for name in sorted(skip))
    table = store.query(
        f"SELECT ?e ?type (COUNT(DISTINCT ?g) AS ?n) WHERE {{ VALUES ?e {{ {values} }} "
        f"GRAPH ?g {{ ?e a ?type }} VALUES ?type {{ {ENTITY_TYPE_IRIS} }} "
        f"FILTER(?g NOT IN ({excluded})) }} "
        "GROUP BY ?e ?type ORDER BY ?e DESC(?n) ?type"
    )
    settled: dict[str, str] = {}
    for iri, type_iri, _ in table.rows:
        if iri is not None and type_iri is not None:
            settled.setdefault(iri.value.rsplit("/", 1)[-1], type_iri.value.rsplit("#", 1)[-1])
    for key, etype in settled.items():
        known = extraction.entities[key]
        if known.type != etype:
            extraction.entities[key] = replace(known, type=etype)


def _forget_missing(store: Store, present: set[str], known: Mapping[str, object], report: BuildReport) -> None:
    """Drop the graphs of documents that are no longer in the corpus."""
    for name in sorted(set(known) - present):
        store.remove_graph(vocab.document_graph(name))
        report.warnings.append(f"{name}: no longer in the corpus; its graph was removed from the store")


def _emit(report: BuildReport, item: DocumentReport, callback: Callable[[DocumentReport], None] | None) -> None:
    report.documents.append(item)
    if callback is not None:
        callback(item)


