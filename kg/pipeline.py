"""The one module that knows the order of the stages.

read -> nlp -> extract -> map -> validate -> store. Each document becomes one
named graph, validated in memory before it is written, and written in one step
that replaces the document's previous graph whole. A document whose checksum
and extractor are unchanged since the last build is skipped.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import vocab
from .records import Extraction

if TYPE_CHECKING:
    from rdflib import Graph

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

    documents, warnings = read_corpus(corpus)
    registry = load_registry()
    model_name = model or default_model_name()
    store = open_store(store_path)
    try:
        report = BuildReport(store_path, model_name, warnings=list(warnings))
        software = extractor_version(model_name)
        known = store.document_builds()
        todo = [d for d in documents if force or known.get(d.name) != (d.checksum, software)]
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
            for document, sdoc in parse(nlp, todo, jobs=jobs):
                from .extract import extract

                extraction = extract(sdoc, document, registry)
                _align_types(store, extraction, registry)
                _emit(report, _store_document(store, extraction, description, software), on_document)
        store.replace_graph(vocab.REGISTRY_GRAPH, registry.graph())
        store.replace_graph(vocab.ONTOLOGY_GRAPH, _ontology_graph())
        store.flush()
        report.cross_document = _validate_across_documents(store)
    finally:
        store.close()
    return report


def extractor_version(model_name: str) -> str:
    """``"kg 0.1.0 (3f2a…)"``: the version plus a hash of the extractor's code, the actor
    registry and the model name, so that a document is extracted again when any changes."""
    from .map import SOFTWARE

    digest = hashlib.sha256(model_name.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")) + [data_dir("ontology") / "actors.ttl"]:
        digest.update(path.read_bytes())
    return f"{SOFTWARE} ({digest.hexdigest()[:12]})"


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
        report.problems = result.text
    return report


ENTITY_TYPE_IRIS = " ".join(f"<{vocab.term(t)}>" for t in ("Person", "Country", "Organization", "Place"))


def _align_types(store: Store, extraction: Extraction, registry: Registry) -> None:
    """Give an entity the registry does not know the type other documents already gave
    it, so that one IRI keeps one type across the store."""
    unknown = [key for key in extraction.entities if key not in registry.entities]
    if not unknown:
        return
    values = " ".join(f"<{vocab.entity_iri(key)}>" for key in unknown)
    table = store.query(
        f"SELECT ?e ?type (COUNT(DISTINCT ?g) AS ?n) WHERE {{ VALUES ?e {{ {values} }} "
        f"GRAPH ?g {{ ?e a ?type }} VALUES ?type {{ {ENTITY_TYPE_IRIS} }} "
        f"FILTER(?g != <{vocab.document_graph(extraction.document.name)}>) }} "
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


def _validate_across_documents(store: Store) -> str:
    """Run the shapes over what documents say together: every entity's types and labels
    from all graphs (one IRI must keep one type). Returns the report, empty if it conforms."""
    from rdflib import Graph, Literal, URIRef

    from .validate import validate_graph

    table = store.query(
        "CONSTRUCT { ?e a ?type ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } "
        f"WHERE {{ GRAPH ?g {{ ?e a ?type }} VALUES ?type {{ {ENTITY_TYPE_IRIS} }} "
        "OPTIONAL { GRAPH ?h { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label } } }"
    )
    graph = Graph()
    for subject, predicate, obj in table.rows:
        if subject is None or predicate is None or obj is None:
            continue
        value = URIRef(obj.value) if obj.kind == "uri" else Literal(obj.value, lang=obj.language)
        graph.add((URIRef(subject.value), URIRef(predicate.value), value))
    result = validate_graph(graph)
    return "" if result.conforms else result.text


def _forget_missing(store: Store, present: set[str], known: dict[str, tuple[str, str]], report: BuildReport) -> None:
    """Drop the graphs of documents that are no longer in the corpus."""
    for name in sorted(set(known) - present):
        store.remove_graph(vocab.document_graph(name))
        report.warnings.append(f"{name}: no longer in the corpus; its graph was removed from the store")


def _emit(report: BuildReport, item: DocumentReport, callback: Callable[[DocumentReport], None] | None) -> None:
    report.documents.append(item)
    if callback is not None:
        callback(item)


def _ontology_graph() -> Graph:
    from rdflib import Graph

    graph = Graph()
    graph.parse(data_dir("ontology") / "kg.ttl", format="turtle")
    return graph
