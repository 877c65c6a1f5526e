"""The one module that knows the order of the stages.

read -> nlp -> extract -> map -> validate -> store. Each document becomes one
named graph, validated in memory before it is written, and written in one step
that replaces the document's previous graph whole. A document whose checksum
and extractor are unchanged since the last build is skipped.

The work on one document (read, nlp, extract, map, validate) is
:func:`process_document`: it needs nothing but the document and a loaded
:class:`Worker`, so it runs in this process (``jobs=1``), in ``jobs`` worker
processes, or on a cluster (:mod:`kg.engines`). This process only writes: it
takes the finished graphs in corpus order, so the store is the same whichever
way the documents were processed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from . import vocab
from .errors import CorpusError
from .records import Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

    from .read import DocumentMetadata, Source
    from .registry import Registry
    from .store import Store

from .resources import data_dir

Status = Literal["built", "unchanged", "invalid", "skipped"]
STAGES: tuple[str, ...] = ("read", "nlp", "extract", "map", "validate", "store")


@dataclass
class DocumentReport:
    """What happened to one input file."""

    name: str
    status: Status
    entities: int = 0
    mentions: int = 0
    statements: int = 0
    events: int = 0
    triples: int = 0
    problems: str = ""


@dataclass
class BuildReport:
    """The outcome of :func:`build`. ``seconds`` is the CPU time each stage took, summed over
    the processes that ran it (:data:`STAGES`)."""

    store: Path
    model: str
    documents: list[DocumentReport] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cross_document: str = ""  # violations of the shapes by the documents' graphs taken together
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))

    @property
    def conforms(self) -> bool:
        return not self.cross_document and not any(d.status == "invalid" for d in self.documents)


@dataclass(frozen=True)
class Task:
    """One document to build: where it is and the manifest's metadata for it; ``data`` is
    its content when the worker cannot read the file itself (on another machine)."""

    path: Path
    metadata: DocumentMetadata | None
    data: bytes | None = None


@dataclass
class Processed:
    """A document through read, nlp, extract, map and validate: its graph as N-Triples
    (empty unless it conforms), its report, and the records it was mapped from."""

    report: DocumentReport
    ntriples: str = ""
    extraction: Extraction | None = None
    warning: str = ""
    model: str = ""  # name and version of the pipeline that parsed it
    software: str = ""  # the extractor_version that made the graph
    seconds: dict[str, float] = field(default_factory=dict)


class Worker:
    """What :func:`process_document` needs, loaded once per process: the model with the
    registry's EntityRuler, the registry, and the names the graph records."""

    def __init__(self, model_name: str) -> None:
        from .nlp import load_model, model_description
        from .registry import load_registry

        self.model_name = model_name
        self.registry: Registry = load_registry()
        self.nlp: Language = load_model(model_name, self.registry)
        self.model = model_description(self.nlp)
        self.software = extractor_version(model_name)


def process_document(worker: Worker, task: Task) -> Processed:
    """Read, parse, extract, map and validate one document (no store involved)."""
    from .extract import extract
    from .map import extraction_ntriples
    from .read import read_document
    from .validate import validate_ntriples

    clock = _Clock()
    try:
        document = read_document(task.path, task.metadata, data=task.data)
    except CorpusError as error:  # changed or removed since the corpus was scanned
        return Processed(DocumentReport(task.path.name, "skipped"), warning=f"skipped {task.path.name}: {error}")
    clock.lap("read")
    limit = worker.nlp.max_length
    if len(document.clean) > limit:
        return Processed(
            DocumentReport(document.name, "skipped"),
            warning=f"skipped {document.name}: {len(document.clean):,} characters, more than the model's "
            f"limit of {limit:,}; split the file into parts",
            seconds=clock.seconds,
        )
    sdoc = worker.nlp(document.clean)
    clock.lap("nlp")
    extraction = extract(sdoc, document, worker.registry)
    clock.lap("extract")
    ended = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    ntriples = extraction_ntriples(extraction, worker.model, ended, worker.software)
    clock.lap("map")
    result = validate_ntriples(ntriples)
    clock.lap("validate")
    report = DocumentReport(
        document.name,
        "built" if result.conforms else "invalid",
        entities=len(extraction.entities),
        mentions=len(extraction.mentions),
        statements=len(extraction.statements),
        events=len(extraction.events),
        triples=ntriples.count("\n"),
        problems="" if result.conforms else result.text,
    )
    return Processed(report, ntriples if result.conforms else "", extraction, model=worker.model, software=worker.software, seconds=clock.seconds)


#: Runs :func:`process_document` over tasks and yields the results in the tasks' order:
#: ``(model_name, tasks) -> results``. See :mod:`kg.engines`.
Executor = Callable[[str, list[Task]], Iterator[Processed]]


def build(
    corpus: Path,
    store_path: Path,
    *,
    jobs: int = 1,
    model: str | None = None,
    force: bool = False,
    prune: bool = False,
    executor: Executor | None = None,
    on_document: Callable[[DocumentReport], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BuildReport:
    """Build (or bring up to date) the store at ``store_path`` from ``corpus``.

    ``jobs`` > 1 processes documents in that many worker processes; ``executor`` (from
    :mod:`kg.engines`) runs them elsewhere, e.g. on a Dask cluster. The graphs of documents
    the store holds but ``corpus`` does not (built from another folder, or since removed)
    are kept, with a warning, unless ``prune``. A build that fails leaves a store it
    created no trace.
    """
    from .engines import local_executor
    from .nlp import default_model_name
    from .read import scan_corpus
    from .registry import default_registry_path, load_registry
    from .store import open_store
    from .validate import validate_across_documents

    clock = _Clock()
    sources, warnings = scan_corpus(corpus)
    clock.lap("read")
    model_name = model or default_model_name()
    software = extractor_version(model_name)
    created = not store_path.exists()
    store = open_store(store_path)
    try:
        report = BuildReport(store_path, model_name, warnings=list(warnings))
        known = store.document_builds()
        todo = [s for s in sources if force or known.get(s.name) != build_key(s, software)]
        _others(store, corpus, {s.name for s in sources}, known, report, prune)
        rebuilt = {s.name for s in todo}
        for source in sources:
            if source.name not in rebuilt:
                _emit(report, DocumentReport(source.name, "unchanged"), on_document)
        if on_start is not None:
            on_start(len(todo))
        if todo:
            tasks = [Task(s.path, s.manifest) for s in todo]
            del sources, todo, rebuilt  # the workers read each document again: nothing here holds the corpus
            run = executor or local_executor(jobs)
            # the graphs this run replaces: their types do not count
            pending = {vocab.document_graph(task.path.name) for task in tasks}
            registry = load_registry()
            known_types = _KnownTypes(store, registry)
            for processed in run(model_name, tasks):
                _add_seconds(report, processed.seconds)
                clock.reset()
                pending.discard(vocab.document_graph(processed.report.name))
                _emit(report, _store_document(store, processed, known_types, pending), on_document)
                clock.lap("store")
                if processed.warning:
                    report.warnings.append(processed.warning)
                report.model = processed.model or report.model
        _store_reference_graphs(store, default_registry_path())
        store.flush()
        clock.reset()
        across = validate_across_documents(store)
        clock.lap("validate")
        report.cross_document = "" if across.conforms else across.text
    except BaseException:
        store.close()
        if created:  # a build that fails leaves no store behind (not an empty one that looks built)
            shutil.rmtree(store_path, ignore_errors=True)
        raise
    finally:
        store.close()
    _add_seconds(report, clock.seconds)
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


def _store_reference_graphs(store: Store, registry_path: Path) -> None:
    """Write the registry and ontology graphs when their files changed since the last build:
    each graph records the checksum of its file (``<graph> kg:checksum``)."""
    from rdflib import Graph, Literal, URIRef

    from .registry import load_registry
    from .validate import load_ontology, ontology_file

    for graph_iri, source, contents in (
        (vocab.REGISTRY_GRAPH, registry_path, lambda: load_registry(registry_path).graph()),
        (vocab.ONTOLOGY_GRAPH, ontology_file(), load_ontology),
    ):
        checksum = "sha256:" + hashlib.sha256(source.read_bytes()).hexdigest()
        if store.graph_checksum(graph_iri) == checksum:
            continue
        graph = Graph()
        graph += contents()
        graph.add((URIRef(graph_iri), URIRef(vocab.KG + "checksum"), Literal(checksum)))
        store.replace_graph(graph_iri, graph)


def build_key(document: Document | Source, software: str) -> tuple[str, str, tuple[str, ...]]:
    """What must match the store for a document to be left as it is: its text, the
    extractor, and its metadata (a changed manifest row changes the graph too)."""
    metadata = (document.title, document.publisher, document.author, document.date, document.url)
    return document.checksum, software, tuple(value or "" for value in metadata)


def _store_document(store: Store, processed: Processed, known: _KnownTypes, pending: set[str]) -> DocumentReport:
    """Write one processed document's graph in place of its previous one (an invalid
    document loses its graph: it no longer describes the file)."""
    report = processed.report
    graph_iri = vocab.document_graph(report.name)
    if report.status == "skipped":
        return report
    if report.status == "invalid" or processed.extraction is None:
        store.remove_graph(graph_iri)
        known.record(report.name, None)
        return report
    extraction = known.align(processed.extraction, pending)
    remapped = None if extraction is None else _remapped(processed, extraction)
    if remapped is not None:
        ntriples, extraction = remapped
        report = replace(report, triples=ntriples.count("\n"))
    else:
        ntriples, extraction = processed.ntriples, processed.extraction
    store.replace_graph(graph_iri, ntriples)
    known.record(report.name, extraction)
    return report


def _remapped(processed: Processed, extraction: Extraction) -> tuple[str, Extraction] | None:
    """The graph of a document whose entity types other documents settled, mapped and
    validated again; None when the settled types make it invalid (a place cannot speak):
    the document then keeps its own types, and the cross-document check reports the clash."""
    from .map import extraction_ntriples
    from .validate import validate_ntriples

    ended = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    ntriples = extraction_ntriples(extraction, processed.model, ended, processed.software)
    return (ntriples, extraction) if validate_ntriples(ntriples).conforms else None


#: The modules whose code decides what a document's graph holds.
EXTRACTOR_MODULES = ("read.py", "nlp.py", "map.py", "registry.py", "records.py", "vocab.py")


class _KnownTypes:
    """The types the stored document graphs give the entities the registry does not know:
    entity key -> {graph IRI: type}, read from the store once and kept up to date as the
    build writes, so that one IRI keeps one type across the store."""

    def __init__(self, store: Store, registry: Registry) -> None:
        from .validate import ENTITY_TYPE_IRIS

        self._registry = registry
        self._types: dict[str, dict[str, str]] = {}
        self._keys_of: dict[str, set[str]] = {}  # graph IRI -> the keys it types
        table = store.query(
            f"SELECT ?g ?e ?type WHERE {{ GRAPH ?g {{ ?e a ?type }} VALUES ?type {{ {ENTITY_TYPE_IRIS} }} }}"
        )
        prefix = vocab.entity_iri("")
        for graph, entity, type_iri in table.rows:
            if graph is None or entity is None or type_iri is None or not entity.value.startswith(prefix):
                continue
            key = entity.value[len(prefix):]
            if key not in registry.entities:
                self._add(graph.value, key, type_iri.value.rsplit("#", 1)[-1])

    def align(self, extraction: Extraction, pending: set[str]) -> Extraction | None:
        """The extraction with the types other documents already gave its unknown entities
        (the type most of their graphs give, ties to the first type by name), or None when
        nothing changes. Graphs that this run is about to replace (``pending`` graph IRIs)
        and the document's own do not count."""
        own = vocab.document_graph(extraction.document.name)
        entities = dict(extraction.entities)
        for key, entity in extraction.entities.items():
            votes: dict[str, int] = {}
            for graph, etype in self._types.get(key, {}).items():
                if graph != own and graph not in pending:
                    votes[etype] = votes.get(etype, 0) + 1
            if votes:
                settled = min(votes, key=lambda t: (-votes[t], vocab.term(t)))
                if settled != entity.type:
                    entities[key] = replace(entity, type=settled)
        return None if entities == extraction.entities else replace(extraction, entities=entities)

    def record(self, name: str, extraction: Extraction | None) -> None:
        """Document ``name`` now has the graph of ``extraction`` (None: no graph)."""
        graph = vocab.document_graph(name)
        for key in self._keys_of.pop(graph, ()):
            self._types[key].pop(graph, None)
        if extraction is not None:
            for key, entity in extraction.entities.items():
                if key not in self._registry.entities:
                    self._add(graph, key, entity.type)

    def _add(self, graph: str, key: str, etype: str) -> None:
        self._types.setdefault(key, {})[graph] = etype
        self._keys_of.setdefault(graph, set()).add(key)


def _others(
    store: Store, corpus: Path, present: set[str], known: Mapping[str, object], report: BuildReport, prune: bool
) -> None:
    """Keep, or with ``prune`` drop, the graphs of documents that ``corpus`` does not hold."""
    from .read import shown_name

    others = sorted(set(known) - present)
    if not others:
        return
    listed = ", ".join(shown_name(name) for name in others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
    if prune:
        for name in others:
            store.remove_graph(vocab.document_graph(name))
        report.warnings.append(f"removed the graphs of {_count(others, 'document')} not in {corpus} (--prune): {listed}")
    else:
        report.warnings.append(
            f"kept the graphs of {_count(others, 'document')} not in {corpus} (built from another folder or "
            f"since removed): {listed}; `kg build --prune` removes them"
        )


def _count(items: list[str], noun: str) -> str:
    return f"{len(items):,} {noun}{'' if len(items) == 1 else 's'}"


def _emit(report: BuildReport, item: DocumentReport, callback: Callable[[DocumentReport], None] | None) -> None:
    report.documents.append(item)
    if callback is not None:
        callback(item)


def _add_seconds(report: BuildReport, seconds: Mapping[str, float]) -> None:
    for stage, value in seconds.items():
        report.seconds[stage] = report.seconds.get(stage, 0.0) + value


class _Clock:
    """CPU seconds of this process per stage, lap by lap."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.reset()

    def reset(self) -> None:
        self._last = time.process_time()

    def lap(self, stage: str) -> None:
        now = time.process_time()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._last
        self._last = now
