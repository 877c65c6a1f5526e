"""Validate built graphs against the SHACL shapes in ``shapes/`` (owns pySHACL).

The shapes are written for the graph of ONE document as map.py builds it:
leaf classes only (kg:Person, kg:Mention, ...), so validation runs without
inference and without mixing the ontology in. pySHACL and rdflib are imported
inside the functions so that importing this module stays cheap.

    result = validate_graph(graph)
    if not result.conforms:
        raise SomeError(result.text)   # or report result.violations one by one
"""
from __future__ import annotations

import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from kg import vocab
from kg.errors import KgError
from kg.records import ENTITY_TYPES
from kg.resources import data_dir

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.plugins.sparql.sparql import Query
    from rdflib.term import Node

    from kg.store import Store

T = TypeVar("T")

#: The shapes folder used when none is passed; None means the project's shapes/.
SHAPES_DIR: Path | None = None
SHAPES = "https://w3id.org/kg-news/shapes#"
SH = "http://www.w3.org/ns/shacl#"

#: The four entity classes as SPARQL VALUES terms.
ENTITY_TYPE_IRIS = " ".join(f"<{vocab.term(t)}>" for t in ENTITY_TYPES)

_PREFIXES: dict[str, str] = {**vocab.PREFIXES, "kgsh": SHAPES, "sh": SH}


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result.

    ``focus``, ``shape`` and ``path`` are full IRIs (``path`` is ``^<iri>`` for
    an inverse path, None for node-level constraints); ``severity`` and
    ``component`` are local names (``"Violation"``,
    ``"MinCountConstraintComponent"``); ``constraint`` is the sh:sparql
    constraint that fired, if any; ``value`` the offending value, if any;
    ``graph`` the named graph the focus node was validated in (set by
    :func:`validate_store`).
    """

    focus: str
    path: str | None
    message: str
    severity: str
    shape: str
    component: str = ""
    constraint: str | None = None
    value: str | None = None
    graph: str | None = None

    def __str__(self) -> str:
        where = compact(self.focus)
        if self.graph:
            where = f"{compact(self.graph)} {where}"
        if self.path:
            where += " " + compact_path(self.path)
        source = compact(self.constraint or self.shape)
        shown = self.value is not None and self.value != self.focus
        value = f" (value: {self.value})" if shown else ""
        return f"{self.severity}: {where}: {self.message}{value} [{source}, {self.component}]"


@dataclass
class ValidationResult:
    """The outcome of validating a graph: ``conforms`` and the violations."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    @property
    def text(self) -> str:
        """A readable report: a summary line, then one line per violation."""
        if self.conforms:
            return "Conforms: no violations."
        lines = [f"Does not conform: {len(self.violations)} violation(s)."]
        lines += [f"  {v}" for v in self.violations]
        return "\n".join(lines)


def compact(iri: str) -> str:
    """``kg:Person`` for a full IRI in a known namespace, else ``<iri>``."""
    for prefix, ns in _PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            rest = iri[len(ns):]
            if "/" not in rest and "#" not in rest:
                return f"{prefix}:{rest}"
    return f"<{iri}>" if ":" in iri else iri


def compact_path(path: str) -> str:
    """Like :func:`compact`, keeping the ``^`` of an inverse path."""
    return "^" + compact(path[1:]) if path.startswith("^") else compact(path)


@lru_cache(maxsize=4)
def _load_turtle_dir(folder: Path) -> Graph:
    from rdflib import Graph

    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise KgError(f"no Turtle files in {folder}; pass the folder that holds the shapes (*.ttl)")
    graph = Graph()
    for file in files:
        try:
            graph.parse(file, format="turtle")
        except Exception as exc:  # rdflib raises several unrelated types
            raise KgError(f"cannot parse {file}: {exc}; fix its Turtle syntax") from exc
    return graph


def load_shapes(shapes_dir: Path | None = None) -> Graph:
    """The shapes graph: every ``*.ttl`` of ``shapes_dir`` (default: the repo's ``shapes/``).

    Parsed once per folder and cached; do not modify the returned graph.
    """
    return _load_turtle_dir(_shapes_folder(shapes_dir))


def _shapes_folder(shapes_dir: Path | None) -> Path:
    return Path(shapes_dir or SHAPES_DIR or data_dir("shapes")).resolve()


def load_ontology(ontology_dir: Path | None = None) -> Graph:
    """The ontology graph (``ontology/kg.ttl``), parsed once and cached; do not modify it."""
    return _load_ontology_file(ontology_file(ontology_dir))


def ontology_file(ontology_dir: Path | None = None) -> Path:
    """``kg.ttl`` of ``ontology_dir`` (default: the project's ``ontology/``)."""
    return Path(ontology_dir or data_dir("ontology")).resolve() / "kg.ttl"


@lru_cache(maxsize=4)
def _load_ontology_file(file: Path) -> Graph:
    from rdflib import Graph

    if not file.is_file():
        raise KgError(f"ontology file {file} not found; pass the folder that holds kg.ttl")
    return Graph().parse(file, format="turtle")


#: The SHACL engines :func:`validate_graph` can run; both give the same reports on every
#: shape fixture (tests/test_shapes.py compares them).
Engine = Literal["turbo", "pyshacl"]
ENGINES: tuple[Engine, ...] = ("turbo", "pyshacl")


def validate_graph(data: Graph, shapes_dir: Path | None = None, engine: Engine = "turbo") -> ValidationResult:
    """Validate one graph (typically one document's named graph) against the shapes.

    ``data`` is a plain rdflib Graph (for a named graph of a Dataset, pass
    ``dataset.graph(iri)``); it is not modified. Runs without inference: the
    shapes name the leaf classes the data carries. ``engine`` ``"turbo"`` is
    pyshacl-turbo (pySHACL's API and reports, validated in Rust: a document graph
    takes a few milliseconds); ``"pyshacl"`` is pySHACL itself (about 0.2 s).
    """
    if engine == "turbo":
        conforms, report, _ = _compiled_shapes(_shapes_folder(shapes_dir)).validate(
            data, inference="none", allow_warnings=False
        )
    else:
        from pyshacl import validate

        conforms, report, _ = validate(
            _query_caching_view(data),
            shacl_graph=load_shapes(shapes_dir),
            inference="none",
            advanced=False,
            allow_warnings=False,
        )
    violations = _violations(report)
    return ValidationResult(conforms=bool(conforms), violations=violations)


def validate_ntriples(ntriples: str, shapes_dir: Path | None = None, engine: Engine = "turbo") -> ValidationResult:
    """:func:`validate_graph` for a graph given as N-Triples text (what the map stage
    writes); with pyshacl-turbo it never becomes an rdflib Graph."""
    if engine == "turbo":
        from kg.store import memory_dataset

        conforms, report, _ = _compiled_shapes(_shapes_folder(shapes_dir)).validate(
            memory_dataset(ntriples), inference="none", allow_warnings=False
        )
        return ValidationResult(conforms=bool(conforms), violations=_violations(report))
    from rdflib import Graph

    return validate_graph(Graph().parse(data=ntriples, format="nt"), shapes_dir, engine)


@lru_cache(maxsize=4)
def _compiled_shapes(folder: Path) -> Any:
    """The shapes of ``folder`` compiled once by pyshacl-turbo."""
    from pyshacl_turbo import compile_shapes

    return compile_shapes(_load_turtle_dir(folder))


def _query_caching_view(data: Graph) -> Graph:
    """The same triples as ``data`` (shared store, no copy), parsing each SPARQL text once.

    pySHACL runs every sh:sparql constraint once per focus node and hands
    rdflib the query text each time; parsing it dominates (~25 ms per run,
    seconds per document). The view caches the parsed query by its text.
    """
    view = _caching_graph_type()(store=data.store, identifier=data.identifier)
    view.namespace_manager = data.namespace_manager
    return view


@lru_cache(maxsize=1)
def _caching_graph_type() -> type[Graph]:
    from rdflib import Graph

    class _CachingGraph(Graph):
        def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(query_object, str):
                query_object = _prepared(query_object)
            return super().query(query_object, *args, **kwargs)

    return _CachingGraph


@lru_cache(maxsize=64)
def _prepared(text: str) -> Query:
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text)


def validate_graphs(graphs: Iterable[Graph], shapes_dir: Path | None = None) -> ValidationResult:
    """Validate the union of several graphs, e.g. every document graph of a store at once.

    Useful for checks across documents; the graphs are copied into one, not modified.
    """
    from rdflib import Graph

    union = Graph()
    for graph in graphs:
        for triple in graph:
            union.add(triple)
    return validate_graph(union, shapes_dir)


def validate_store(store_path: Path, shapes_dir: Path | None = None) -> ValidationResult:
    """Validate every document graph of the store at ``store_path``, one graph at a time,
    then what the documents say together and the links graph.

    Reads the store through kg.store (read-only), so it works while nothing
    else holds the store's lock. Each violation carries the graph it was found in.
    """
    from dataclasses import replace

    from rdflib import Dataset

    from kg.store import open_store

    with open_store(Path(store_path), read_only=True) as store:
        dump = store.export("nquads")
        across = validate_across_documents(store, shapes_dir)
        links = validate_links(store, shapes_dir)
    dataset = Dataset()
    with warnings.catch_warnings():  # rdflib's N-Quads parser uses its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(data=dump or b"", format="nquads")
    prefix = vocab.GRAPH + "doc/"
    conforms, violations = True, []
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        name = str(graph.identifier)
        if not name.startswith(prefix):
            continue
        result = validate_graph(graph, shapes_dir)
        conforms = conforms and result.conforms
        violations += [replace(v, graph=name) for v in result.violations]
    return ValidationResult(conforms=conforms and across.conforms and links.conforms,
                            violations=violations + across.violations + links.violations)


#: statements joined by the link nodes validated at once: the links shapes' SPARQL
#: constraints cost grows with the square of a part, and each part costs a few milliseconds
LINKS_PART = 400


def validate_links(store: Store, shapes_dir: Path | None = None) -> ValidationResult:
    """Run the shapes over the links graph, its utterances and stance links a few at a time,
    each with what the shapes check of the statements it joins (speaker, document, targets,
    from the statement's document graph). Two queries read it all; the parts are cut here."""
    from dataclasses import replace

    links, kg = f"<{vocab.GRAPH}links>", vocab.KG
    own: dict[str, list[str]] = defaultdict(list)  # node -> its triples, and those that point to it
    joins: dict[str, set[str]] = defaultdict(set)  # node -> the statements it joins
    kinds = {f"<{kg}{name}>" for name in ("Utterance", "Corroboration", "Contradiction")}
    nodes = []
    for line in store.construct_ntriples(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {links} {{ ?s ?p ?o }} }}").splitlines():
        subject, predicate, rest = line.split(" ", 2)
        obj = rest.removesuffix(" .")
        if predicate == f"<{kg}reports>":
            own[obj].append(line)
            joins[obj].add(subject)
        else:
            own[subject].append(line)
            if predicate == f"<{kg}between>":
                joins[subject].add(obj)
            elif predicate == f"<{vocab.RDF}type>" and obj in kinds:
                nodes.append(subject)
    context: dict[str, list[str]] = defaultdict(list)
    for line in store.construct_ntriples(
        f"CONSTRUCT {{ ?st <{kg}speaker> ?speaker ; <{kg}inDocument> ?doc ; <{kg}about> ?target }} WHERE {{ "
        f"{{ SELECT DISTINCT ?st WHERE {{ GRAPH {links} {{ {{ ?st <{kg}reports> ?u }} UNION {{ ?l <{kg}between> ?st }} }} }} }} "
        f"GRAPH ?g {{ ?st <{kg}speaker> ?speaker ; <{kg}inDocument> ?doc . OPTIONAL {{ ?st <{kg}about> ?target }} }} }}"
    ).splitlines():
        context[line.split(" ", 1)[0]].append(line)
    conforms, violations = True, []
    for part in in_parts(sorted(nodes), lambda node: len(joins[node]), LINKS_PART):
        statements = sorted({s for node in part for s in joins[node]})
        data = "".join(line + "\n" for node in part for line in own[node]) + \
            "".join(line + "\n" for s in statements for line in context[s])
        result = validate_ntriples(data, shapes_dir)
        conforms = conforms and result.conforms
        violations += [replace(v, graph=f"{vocab.GRAPH}links") for v in result.violations]
    return ValidationResult(conforms, violations)


def in_parts(items: Iterable[T], weight: Callable[[T], int], budget: int) -> Iterator[list[T]]:
    """``items`` in runs whose weights add up to at most ``budget`` (or one item): what the
    links shapes validate at once, since their SPARQL constraints cost the square of a part."""
    part: list[T] = []
    size = 0
    for item in items:
        if part and size + weight(item) > budget:
            yield part
            part, size = [], 0
        part.append(item)
        size += weight(item)
    if part:
        yield part


def validate_across_documents(store: Store, shapes_dir: Path | None = None) -> ValidationResult:
    """Run the shapes over what documents say together: every entity's types and labels
    from all graphs (one IRI must keep one type)."""
    # each side made distinct before the join: an actor named in every document would
    # otherwise join each graph's type with each graph's label (documents squared)
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    return validate_ntriples(
        store.construct_ntriples(
            f"CONSTRUCT {{ ?e a ?type ; {label} ?label }} WHERE {{ "
            f"{{ SELECT DISTINCT ?e ?type WHERE {{ GRAPH ?g {{ ?e a ?type }} VALUES ?type {{ {ENTITY_TYPE_IRIS} }} }} }} "
            f"OPTIONAL {{ SELECT DISTINCT ?e ?label WHERE {{ GRAPH ?h {{ ?e {label} ?label }} }} }} }}"
        ),
        shapes_dir,
    )


def _violations(report: Graph) -> list[Violation]:
    from rdflib import Namespace

    sh = Namespace(SH)
    found: list[Violation] = []
    # only top-level results; the sh:detail results nested in them explain the same failure
    for result in report.objects(None, sh.result):
        values = {name: report.value(result, sh[name]) for name in _RESULT_FIELDS}
        value = values["value"]
        found.append(
            Violation(
                focus=str(values["focusNode"]),
                path=_path_text(report, values["resultPath"]),
                message=str(values["resultMessage"] or ""),
                severity=_local(values["resultSeverity"]),
                shape=str(values["sourceShape"]),
                component=_local(values["sourceConstraintComponent"]),
                constraint=_iri_or_none(values["sourceConstraint"]),
                value=None if value is None else str(value),
            )
        )
    found.sort(key=lambda v: (v.focus, v.path or "", v.shape, v.component, v.message, v.value or ""))
    return found


_RESULT_FIELDS = (
    "focusNode", "resultPath", "resultMessage", "resultSeverity", "sourceShape",
    "sourceConstraintComponent", "sourceConstraint", "value",
)


def _path_text(report: Graph, path: Node | None) -> str | None:
    from rdflib import BNode, Namespace, URIRef

    if path is None:
        return None
    if isinstance(path, URIRef):
        return str(path)
    inverse = report.value(path, Namespace(SH).inversePath) if isinstance(path, BNode) else None
    return f"^{inverse}" if inverse is not None else str(path)


def _iri_or_none(node: Node | None) -> str | None:
    from rdflib import URIRef

    return str(node) if isinstance(node, URIRef) else None


def _local(node: Node | None) -> str:
    if node is None:
        return ""
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
