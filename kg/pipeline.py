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
from dataclasses import dataclass, field
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
STAGES: tuple[str, ...] = ("read", "nlp", "extract", "map", "validate", "store", "link")


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
    links: dict[str, int] | None = None  # utterances, corroborations, contradictions found across documents
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
    return Processed(report, ntriples if result.conforms else "", extraction, model=worker.model, software=worker.software,
                     seconds=clock.seconds, warning=document.warning or "")


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
    from .links import link_store, links_are_current, links_version
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
        pruned = _others(store, corpus, {s.name for s in sources}, known, report, prune)
        rebuilt = {s.name for s in todo}
        todo_count = len(todo)
        for source in sources:
            if source.name not in rebuilt:
                _emit(report, DocumentReport(source.name, "unchanged"), on_document)
        if on_start is not None:
            on_start(len(todo))
        if todo:
            tasks = [Task(s.path, s.manifest) for s in todo]
            del sources, todo, rebuilt  # the workers read each document again: nothing here holds the corpus
            run = executor or local_executor(jobs)
            for processed in run(model_name, tasks):
                _add_seconds(report, processed.seconds)
                clock.reset()
                _emit(report, _store_document(store, processed), on_document)
                clock.lap("store")
                if processed.warning:
                    report.warnings.append(processed.warning)
                report.model = processed.model or report.model
        link_problems = ""
        if todo_count or pruned:
            clock.reset()
            settle_types(store, load_registry())
            clock.lap("store")
        version = links_version(store)
        if not links_are_current(store, version=version):  # documents changed, or the linking did
            clock.reset()
            links, link_problems = link_store(store, version=version)
            clock.lap("link")
            report.links = links.counts()
        _store_reference_graphs(store, default_registry_path())
        store.flush()
        clock.reset()
        across = validate_across_documents(store)
        clock.lap("validate")
        report.cross_document = "\n".join(t for t in ("" if across.conforms else across.text, link_problems) if t)
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


def _store_document(store: Store, processed: Processed) -> DocumentReport:
    """Write one processed document's graph in place of its previous one (an invalid
    document loses its graph: it no longer describes the file)."""
    report = processed.report
    graph_iri = vocab.document_graph(report.name)
    if report.status == "skipped":
        return report
    if report.status == "invalid" or processed.extraction is None:
        store.remove_graph(graph_iri)
        return report
    store.replace_graph(graph_iri, _with_settled_types(store, graph_iri, processed.ntriples))
    return report


def _with_settled_types(store: Store, graph_iri: str, ntriples: str) -> str:
    """``ntriples`` with each entity taking the one type the store's other graphs give it,
    where the graph stays valid (its own type kept as ``kg:extractedType``): so that a build
    killed before :func:`settle_types` leaves graphs that agree. The settlement at the end
    of the build still decides, from every graph's own type."""
    from .validate import ENTITY_TYPE_IRIS, validate_ntriples

    prefix = f"<{vocab.entity_iri('')}"
    own = {}
    for line in ntriples.splitlines():
        subject, _, rest = line.partition(" ")
        if subject.startswith(prefix) and rest.startswith(f"<{_RDF_TYPE}> <{vocab.KG}"):
            own[subject[1:-1]] = _local(rest.split(" ", 2)[1][1:-1])
    if not own:
        return ntriples
    rows = store.query(  # EXISTS stops at the first other graph: a join over all of them grew with the store
        f"SELECT ?e ?type WHERE {{ VALUES ?e {{ {' '.join(f'<{e}>' for e in own)} }} VALUES ?type {{ {ENTITY_TYPE_IRIS} }} "
        f"FILTER EXISTS {{ GRAPH ?g {{ ?e a ?type }} FILTER(?g != <{graph_iri}>) }} }}"
    ).rows
    elsewhere: dict[str, set[str]] = {}
    for entity, type_iri in rows:
        if entity is not None and type_iri is not None:
            elsewhere.setdefault(entity.value, set()).add(_local(type_iri.value))
    wanted = {iri[len(vocab.entity_iri("")):]: (etype, next(iter(elsewhere[iri])))
              for iri, etype in own.items() if len(elsewhere.get(iri, ())) == 1 and etype not in elsewhere[iri]}
    if not wanted:
        return ntriples
    retyped = _with_types(_sorted_lines(ntriples), wanted)
    return retyped if validate_ntriples(retyped).conforms else ntriples


#: The modules whose code decides what a document's graph holds.
EXTRACTOR_MODULES = ("read.py", "nlp.py", "map.py", "registry.py", "records.py", "vocab.py")

_EXTRACTED_TYPE = vocab.KG + "extractedType"
_RDF_TYPE = vocab.RDF + "type"


def settle_types(store: Store, registry: Registry) -> list[str]:
    """Give each entity the registry does not know one type across the store's document
    graphs, whatever their names or the order they were built in; returns the graph IRIs
    rewritten.

    Each graph votes with the type its own text gave the entity (``kg:extractedType`` where
    a settlement changed it, else its ``rdf:type``). The settled type is the first, in vote
    order (ties by name), that no graph rejects: a graph rejects a type when it no longer
    conforms with it (a place cannot speak). A graph takes the settled types, keeping its
    own as ``kg:extractedType``; where every candidate is rejected somewhere the vote's
    winner is settled, the graphs that reject it keep their own and the cross-document
    check reports the clash.
    """
    own, current = _entity_types(store, registry)
    ranked = {key: _ranked(graphs) for key, graphs in own.items() if len(set(graphs.values())) > 1}
    settlement = _Settlement(store, own, ranked)
    rewritten = []
    for graph in sorted({g for graphs in own.values() for g in graphs}):
        wanted = settlement.wanted(graph)
        # a graph whose rdf:type already is the wanted one also has the kg:extractedType it needs
        if any(current[key][graph] != etype for key, etype in wanted.items()) and settlement.rewrite(graph, wanted):
            rewritten.append(graph)
    return rewritten


class _Settlement:
    """The settled type of each contested entity key, found by rejecting, graph by graph,
    the candidates a graph does not conform with."""

    def __init__(self, store: Store, own: Mapping[str, Mapping[str, str]], ranked: Mapping[str, list[str]]) -> None:
        self.store, self.own, self.ranked = store, own, ranked
        self.rejected: set[tuple[str, str]] = set()
        self.conforming: dict[tuple[str, frozenset[tuple[str, str]]], bool] = {}
        contested: dict[str, list[str]] = {}
        for key in ranked:
            for graph in own[key]:
                contested.setdefault(graph, []).append(key)
        while self._reject_in(sorted(contested), contested):
            pass

    def settled(self, key: str) -> str:
        candidates = self.ranked[key]
        return next((etype for etype in candidates if (key, etype) not in self.rejected), candidates[0])

    def wanted(self, graph: str) -> dict[str, str]:
        return {key: self.settled(key) if key in self.ranked else graphs[graph]
                for key, graphs in self.own.items() if graph in graphs}

    def _reject_in(self, graphs: list[str], contested: Mapping[str, list[str]]) -> bool:
        """Reject the settled candidates each graph does not conform with (True when any was)."""
        found = False
        for graph in graphs:
            if self._conforms(graph, self.wanted(graph)):
                continue
            mine = self._mine(graph)
            for key in contested[graph]:
                etype = self.settled(key)
                if etype != mine[key] and (key, etype) not in self.rejected and not self._conforms(graph, {**mine, key: etype}):
                    self.rejected.add((key, etype))
                    found = True
        return found

    def _conforms(self, graph: str, wanted: Mapping[str, str]) -> bool:
        from .validate import validate_ntriples

        memo = (graph, frozenset(wanted.items()))
        if memo not in self.conforming:
            self.conforming[memo] = validate_ntriples(self._typed(graph, wanted)).conforms
        return self.conforming[memo]

    def _typed(self, graph: str, wanted: Mapping[str, str], triples: str | None = None) -> str:
        """``graph``'s triples (read from the store unless given, sorted) with the wanted types."""
        triples = triples or _sorted_lines(self.store.graph_ntriples(graph).decode("utf-8"))
        return _with_types(triples, {key: (self.own[key][graph], etype) for key, etype in wanted.items()})

    def _mine(self, graph: str) -> dict[str, str]:
        """The types ``graph``'s own text gave its entities."""
        return {key: graphs[graph] for key, graphs in self.own.items() if graph in graphs}

    def rewrite(self, graph: str, wanted: Mapping[str, str]) -> bool:
        """Store ``graph`` with the wanted types, or its own where it does not conform with
        them; True when the graph changed."""
        current = _sorted_lines(self.store.graph_ntriples(graph).decode("utf-8"))
        for types in (wanted, self._mine(graph)):
            retyped = self._typed(graph, types, current)
            if retyped == current:
                return False
            if self._conforms(graph, types):
                self.store.replace_graph(graph, retyped)
                return True
        return False


def _entity_types(store: Store, registry: Registry) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """(key -> graph IRI -> its own type, key -> graph IRI -> its rdf:type) of the entities the
    registry does not know, types as local names (``Person``)."""
    from .validate import ENTITY_TYPE_IRIS

    table = store.query(
        f"SELECT ?g ?e ?type ?own WHERE {{ GRAPH ?g {{ ?e a ?type VALUES ?type {{ {ENTITY_TYPE_IRIS} }} "
        f"OPTIONAL {{ ?e <{_EXTRACTED_TYPE}> ?own }} }} }}"
    )
    prefix = vocab.entity_iri("")
    own: dict[str, dict[str, str]] = {}
    current: dict[str, dict[str, str]] = {}
    for graph, entity, type_iri, own_iri in table.rows:
        if graph is None or entity is None or type_iri is None or not entity.value.startswith(prefix):
            continue
        key = entity.value[len(prefix):]
        if key in registry.entities:
            continue
        etype = _local(type_iri.value)
        current.setdefault(key, {})[graph.value] = etype
        own.setdefault(key, {})[graph.value] = _local(own_iri.value) if own_iri is not None else etype
    return own, current


def _ranked(graphs: Mapping[str, str]) -> list[str]:
    """The types the graphs give, most votes first, ties by name."""
    votes: dict[str, int] = {}
    for etype in graphs.values():
        votes[etype] = votes.get(etype, 0) + 1
    return sorted(votes, key=lambda t: (-votes[t], vocab.term(t)))


def _with_types(ntriples: str, types: Mapping[str, tuple[str, str]]) -> str:
    """N-Triples with the entities' type lines replaced: ``rdf:type`` wanted, and
    ``kg:extractedType`` own where it differs."""
    subjects = {f"<{vocab.entity_iri(key)}>": pair for key, pair in types.items()}
    typed = (f"<{_RDF_TYPE}>", f"<{_EXTRACTED_TYPE}>")
    kept = []
    for line in ntriples.splitlines():
        subject, _, rest = line.partition(" ")
        if subject in subjects and rest.split(" ", 1)[0] in typed and rest.split(" ", 2)[1].startswith(f"<{vocab.KG}"):
            continue
        kept.append(line)
    for subject, (mine, wanted) in subjects.items():
        kept.append(f"{subject} <{_RDF_TYPE}> <{vocab.term(wanted)}> .")
        if mine != wanted:
            kept.append(f"{subject} <{_EXTRACTED_TYPE}> <{vocab.term(mine)}> .")
    return "\n".join(sorted(kept)) + "\n"


def _sorted_lines(ntriples: str) -> str:
    return "\n".join(sorted(ntriples.splitlines())) + "\n"


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def _others(
    store: Store, corpus: Path, present: set[str], known: Mapping[str, object], report: BuildReport, prune: bool
) -> bool:
    """Keep, or with ``prune`` drop, the graphs of documents that ``corpus`` does not hold
    (True when graphs were dropped)."""
    from .read import shown_name

    others = sorted(set(known) - present)
    if not others:
        return False
    listed = ", ".join(shown_name(name) for name in others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
    if prune:
        for name in others:
            store.remove_graph(vocab.document_graph(name))
        report.warnings.append(f"removed the graphs of {_count(others, 'document')} not in {corpus} (--prune): {listed}")
        return True
    else:
        report.warnings.append(
            f"kept the graphs of {_count(others, 'document')} not in {corpus} (built from another folder or "
            f"since removed): {listed}; `kg build --prune` removes them"
        )
    return False


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
