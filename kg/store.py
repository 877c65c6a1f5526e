"""The on-disk RDF store: one Oxigraph (RocksDB) directory, one named graph per document.

This module owns pyoxigraph; nothing else in kg imports it. Terms cross the module
boundary as :class:`Term` (a small neutral value class), so callers never need
pyoxigraph or rdflib to query the store.

Oxigraph 0.5 quirks handled here:

* ``Store`` has no ``close()``: the RocksDB lock is released when the Python object is
  garbage collected, so :meth:`Store.close` drops the only reference.
* there is no multi-operation transaction in the Python API; a single SPARQL UPDATE
  request is atomic, so :meth:`Store.replace_graph` does ``DROP GRAPH`` + ``INSERT DATA``
  in one request (the data is re-serialised by pyoxigraph itself, so it is correctly escaped).
* every write gives a blank node a fresh random label, so two builds of the same corpus
  would differ; :meth:`Store.replace_graph` stores Skolem IRIs (:func:`kg.vocab.skolem_iri`
  of canonical labels) instead, and the store holds no blank nodes.
* ``query(..., substitutions=)`` only accepts variables that appear in the top-level
  SELECT projection (and in GROUP BY when there is one), and it does not work for ASK /
  CONSTRUCT. :meth:`Store.query` adds the bound variables to the projection (and to
  GROUP BY), runs the query, then drops those columns again. Values are never pasted
  into the query text; only the variable names are.

:meth:`Store.serialize_query` writes a result in a standard format with pyoxigraph's own
serialisers (SPARQL JSON/XML/CSV/TSV, N-Triples, Turtle ...); :func:`query_form` and
:func:`service_offset` read a query's text without running it, for ``kg serve``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeAlias

from kg import vocab
from kg.errors import QueryError, StoreError
from kg.records import ENTITY_TYPES, EVENT_TYPES

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph
    from typing_extensions import Self

XSD_STRING = vocab.XSD + "string"
RDF_LANGSTRING = vocab.RDF + "langString"

_EVENT_CLASSES = ("Event", *EVENT_TYPES)
_ENTITY_CLASSES = ENTITY_TYPES

#: :meth:`Store.serialize_query` formats of SELECT/ASK results and of CONSTRUCT/DESCRIBE graphs
RESULTS_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("ntriples", "turtle", "nquads", "rdfxml")

#: the first keywords of SPARQL UPDATE requests (see :func:`query_form`)
UPDATE_OPERATIONS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


@dataclass(frozen=True)
class Term:
    """An RDF term without pyoxigraph or rdflib: kind is ``uri``, ``literal``, ``bnode`` or ``triple``."""

    kind: str
    value: str
    datatype: str | None = None
    language: str | None = None

    @classmethod
    def iri(cls, value: str) -> Term:
        return cls("uri", value)

    @classmethod
    def literal(cls, value: str, datatype: str | None = None, language: str | None = None) -> Term:
        if language:
            return cls("literal", value, RDF_LANGSTRING, language)
        return cls("literal", value, datatype or XSD_STRING)

    def __str__(self) -> str:
        return self.value


Binding: TypeAlias = "Term | pyoxigraph.NamedNode | pyoxigraph.Literal | pyoxigraph.BlankNode"
RdfData: TypeAlias = "str | bytes | Iterable[Any]"


@dataclass
class Table:
    """A SELECT result: column names (no ``?``) and rows of terms (``None`` = unbound)."""

    columns: list[str]
    rows: list[list[Term | None]] = field(default_factory=list)


@dataclass(frozen=True)
class QueryOutput:
    """A serialised query result: ``kind`` is ``solutions``, ``boolean`` or ``graph``."""

    kind: str
    media_type: str
    data: bytes


@dataclass
class StoreStats:
    """What `kg stats` counts. ``quads`` counts every graph's triples (the same triple in two
    graphs counts twice)."""

    quads: int
    named_graphs: int
    documents: int
    entities: dict[str, int]
    statements: int
    events: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "quads": self.quads,
            "named_graphs": self.named_graphs,
            "documents": self.documents,
            "entities": dict(self.entities),
            "statements": self.statements,
            "events": self.events,
        }


def _ox() -> Any:
    import pyoxigraph

    return pyoxigraph


def memory_dataset(ntriples: str) -> Any:
    """An in-memory pyoxigraph Store holding ``ntriples`` in its default graph (for engines,
    such as pyshacl-turbo, that read a pyoxigraph Store directly)."""
    ox = _ox()
    store = ox.Store()
    try:
        store.load(ntriples, ox.RdfFormat.N_TRIPLES)
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"invalid N-Triples: {exc}") from exc
    return store


def open_store(path: Path, read_only: bool = False) -> Store:
    """Open (or, for writing, create) the store directory at ``path``."""
    ox = _ox()
    path = Path(path)
    if read_only:
        if not (path / "CURRENT").is_file():
            raise StoreError(f"no kg store at {path}; run `kg build` first")
        opener = ox.Store.read_only
    else:
        if path.exists() and not path.is_dir():
            raise StoreError(f"store path {path} is a file, not a directory; choose another --store")
        opener = ox.Store
    try:
        inner = opener(str(path))
    except (OSError, RuntimeError) as exc:
        raise StoreError(_open_failure(path, str(exc))) from exc
    return Store(inner, path, read_only)


#: what RocksDB's message says, the cause it names and the fix, in the order they are tried
_OPEN_FAILURES = (
    (("permission denied", "operation not permitted"),
     "cannot open store {path}: permission denied; check the permissions of {path} and its files"),
    (("read-only file system",), "cannot write to store {path}: the file system is read-only; "
     "open it with a read-only command (kg query, kg export) or copy it elsewhere"),
    (("no space left",), "cannot write to store {path}: the disk is full; free some space and build again"),
    (("lock hold", "resource temporarily unavailable", "no locks available"),
     "store {path} is locked: another kg process or an Oxigraph server holds it; stop it or open the store read-only"),
    (("no such file or directory",), "cannot create store {path}: its parent folder {parent} does not exist; "
     "create it first or choose another --store"),
)


def _open_failure(path: Path, message: str) -> str:
    """The one-line error for a store RocksDB could not open: the cause its message names."""
    lowered = message.lower()
    for needles, text in _OPEN_FAILURES:
        if any(needle in lowered for needle in needles):
            return text.format(path=path, parent=path.parent)
    return (f"cannot open store {path} ({message}); it is not a kg store or it is damaged: "
            "build a new one with `kg build --store NEW_DIR`")


#: triples written between two flushes of the store's memory tables to disk
FLUSH_EVERY = 100_000


class Store:
    """A thin wrapper over ``pyoxigraph.Store`` speaking plain strings and :class:`Term`."""

    def __init__(self, inner: Any, path: Path, read_only: bool) -> None:
        self._inner: Any = inner
        self.path = path
        self.read_only = read_only
        self._unflushed = 0  # triples written since the last flush

    # -- lifecycle -----------------------------------------------------------------

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def inner(self) -> Any:
        if self._inner is None:
            raise StoreError(f"store {self.path} is closed")
        return self._inner

    def flush(self) -> None:
        if self._inner is not None and not self.read_only:
            try:
                self._inner.flush()
            except OSError as exc:
                raise StoreError(f"cannot flush store {self.path}: {exc}") from exc
            self._unflushed = 0

    def _written(self, triples: int) -> None:
        """Flush every :data:`FLUSH_EVERY` triples: RocksDB keeps writes in memory tables
        until they fill, which in Oxigraph's settings grew a 1,500-document build by 2 GB."""
        self._unflushed += triples
        if self._unflushed >= FLUSH_EVERY:
            self.flush()

    def close(self) -> None:
        """Flush and release the store (pyoxigraph frees the lock when its object is dropped)."""
        if self._inner is None:
            return
        self.flush()
        self._inner = None

    # -- writing -------------------------------------------------------------------

    def _writable(self) -> Any:
        if self.read_only:
            raise StoreError(f"store {self.path} is opened read-only; open it for writing")
        return self.inner

    def replace_graph(self, graph_iri: str, data: RdfData) -> int:
        """Replace the named graph ``graph_iri`` whole by ``data``, atomically; returns its triple count.

        ``data`` is an rdflib Graph, any iterable of rdflib triples, or an
        N-Triples/Turtle text. Old and new contents are swapped in one SPARQL
        UPDATE request, which Oxigraph applies as a single transaction.
        """
        inner = self._writable()
        graph = _named_node(graph_iri)
        triples = _skolemize(_parse_triples(data), graph_iri)
        if triples and not inner.contains_named_graph(graph):
            return self._add_graph(graph, triples)
        body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
        update = f"DROP SILENT GRAPH {graph}"
        if body:
            update += f" ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
        try:
            inner.update(update)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write graph <{graph_iri}> to {self.path}: {exc}") from exc
        self._written(len(triples))
        return len(triples)

    def load_nquads(self, source: Path | bytes | str) -> None:
        """Add N-Quads (a file path, or the text) fast, with Oxigraph's bulk loader.

        The named graphs are kept. Unlike :meth:`replace_graph` this is no transaction: a
        failure part-way leaves part of the data, so load into a fresh store (benchmarks,
        restoring an export).
        """
        ox = _ox()
        inner = self._writable()
        try:
            if isinstance(source, Path):
                inner.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
            else:
                inner.bulk_load(source, ox.RdfFormat.N_QUADS)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"invalid N-Quads for {self.path}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot load N-Quads into {self.path}: {exc}") from exc

    def _add_graph(self, graph: Any, triples: list[Any]) -> int:
        """A new named graph in one transaction (``extend`` is atomic): faster than an UPDATE."""
        ox = _ox()
        try:
            self.inner.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        except OSError as exc:
            raise StoreError(f"cannot write graph <{graph.value}> to {self.path}: {exc}") from exc
        self._written(len(triples))
        return len(triples)

    def remove_graph(self, graph_iri: str) -> None:
        inner = self._writable()
        try:
            inner.remove_graph(_named_node(graph_iri))
        except OSError as exc:
            raise StoreError(f"cannot remove graph <{graph_iri}> from {self.path}: {exc}") from exc

    def clear(self) -> None:
        inner = self._writable()
        try:
            inner.clear()
        except OSError as exc:
            raise StoreError(f"cannot clear store {self.path}: {exc}") from exc

    # -- reading -------------------------------------------------------------------

    def graphs(self) -> list[str]:
        """Names of the named graphs, sorted."""
        try:
            return sorted(_term_value(g) for g in self.inner.named_graphs())
        except OSError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from exc

    def count_triples(self, graph_iri: str | None = None) -> int:
        """Number of quads in the store, or of triples in one named graph."""
        try:
            if graph_iri is None:
                return len(self.inner)
            pattern = self.inner.quads_for_pattern(None, None, None, _named_node(graph_iri))
            return sum(1 for _ in pattern)
        except OSError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from exc

    def graph_checksum(self, graph_iri: str) -> str | None:
        """The ``kg:checksum`` a named graph records of itself (of the file it was made from)."""
        ox = _ox()
        graph = _named_node(graph_iri)
        try:
            quads = self.inner.quads_for_pattern(graph, ox.NamedNode(vocab.KG + "checksum"), None, graph)
            return next((quad.object.value for quad in quads), None)
        except OSError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from exc

    def document_builds(self) -> dict[str, tuple[str, str, tuple[str, ...]]]:
        """File name -> (checksum, software that extracted it, (title, publisher, author,
        date, url)) of every document graph: what an incremental build compares."""
        table = self.query(
            "PREFIX kg: <" + vocab.KG + ">\nPREFIX prov: <" + vocab.PROV + ">\n"
            "PREFIX dcterms: <" + vocab.DCTERMS + ">\nPREFIX schema: <" + vocab.SCHEMA + ">\n"
            "SELECT ?name ?sum ?software ?title ?publisher ?author ?date ?url WHERE { GRAPH ?g { "
            "?doc kg:fileName ?name ; kg:checksum ?sum . "
            "OPTIONAL { ?run prov:used ?doc ; kg:software ?software } "
            "OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:publisher ?publisher } "
            "OPTIONAL { ?doc dcterms:creator ?author } OPTIONAL { ?doc dcterms:date ?date } "
            "OPTIONAL { ?doc schema:url ?url } } }"
        )
        builds = {}
        for row in table.rows:
            if row[0] is None or row[1] is None:
                continue
            values = tuple("" if term is None else term.value for term in row)
            builds[values[0]] = (values[1], values[2], values[3:])
        return builds

    def query(
        self, sparql: str, bindings: Mapping[str, Binding] | None = None, *, union_default_graph: bool = False
    ) -> Table:
        """Run a SPARQL query; ``bindings`` (variable name -> term) go in as pyoxigraph substitutions.

        SELECT gives its columns; ASK gives one column ``ask``; CONSTRUCT/DESCRIBE give
        ``subject predicate object``. Bindings are only supported for SELECT.
        ``union_default_graph`` makes the default graph the union of all graphs.
        """
        ox = _ox()
        with self._sparql_errors():
            answer, extra = self._answer(sparql, bindings, union_default_graph)
            return _to_table(ox, answer, extra)

    def values(self, sparql: str) -> list[tuple[str | None, ...]]:
        """The rows of a SELECT as its terms' plain values (an IRI, a literal's text; None when
        unbound): for kg's own bulk reads, about twice as fast as :meth:`query` on large results."""
        with self._sparql_errors():
            answer = self.inner.query(sparql)
            width = range(len(answer.variables))
            return [tuple(None if (term := solution[i]) is None else term.value for i in width) for solution in answer]

    def serialize_query(
        self,
        sparql: str,
        bindings: Mapping[str, Binding] | None = None,
        *,
        results_format: str = "json",
        graph_format: str = "ntriples",
        union_default_graph: bool = False,
    ) -> QueryOutput:
        """Run a query like :meth:`query` and serialise its result with pyoxigraph.

        SELECT and ASK results are written as ``results_format`` (one of
        :data:`RESULTS_FORMATS`), CONSTRUCT and DESCRIBE graphs as ``graph_format``
        (one of :data:`GRAPH_FORMATS`).
        """
        ox = _ox()
        with self._sparql_errors():
            answer, extra = self._answer(sparql, bindings, union_default_graph)
            if isinstance(answer, ox.QueryTriples):
                kind, fmt = "graph", _graph_format(ox, graph_format)
            else:
                kind = "boolean" if isinstance(answer, ox.QueryBoolean) else "solutions"
                fmt = _results_format(ox, results_format)
                if extra:
                    answer = _without_columns(ox, answer, extra)
            return QueryOutput(kind, fmt.media_type, bytes(answer.serialize(format=fmt)))

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update request; Oxigraph applies it as one transaction."""
        with self._sparql_errors("update", "SPARQL Update failed"):
            # no local name for the pyoxigraph store: a traceback kept after a failed update
            # (an in-process caller's) would hold it open after close()
            self._writable().update(sparql)
        self._written(1)

    def _answer(
        self, sparql: str, bindings: Mapping[str, Binding] | None, union_default_graph: bool
    ) -> tuple[Any, list[str]]:
        """pyoxigraph's lazy result, and the columns added to the projection for the bindings."""
        ox = _ox()
        subs: dict[Any, Any] = {}
        extra: list[str] = []
        if bindings:
            try:
                subs = {ox.Variable(name): _to_ox(value) for name, value in bindings.items()}
            except ValueError as exc:
                raise QueryError(f"invalid parameter value: {exc}") from exc
            sparql, extra = _project_variables(sparql, list(bindings))
        answer = self.inner.query(
            sparql, substitutions=subs or None, use_default_graph_as_union=union_default_graph
        )
        return answer, extra

    @contextmanager
    def _sparql_errors(self, action: str = "read", failure: str = "SPARQL evaluation failed") -> Iterator[None]:
        """pyoxigraph's errors as kg's (results are lazy: evaluation errors come while reading them)."""
        try:
            yield
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot {action} store {self.path}: {exc}") from exc
        except RuntimeError as exc:
            raise QueryError(f"{failure}: {exc}") from exc

    def construct_ntriples(self, sparql: str) -> str:
        """The triples of a CONSTRUCT query as N-Triples text, serialised by pyoxigraph."""
        ox = _ox()
        try:
            answer = self.inner.query(sparql)
            data = answer.serialize(format=ox.RdfFormat.N_TRIPLES)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from exc
        except (AttributeError, RuntimeError) as exc:
            raise QueryError(f"not a CONSTRUCT query, or its evaluation failed: {exc}") from exc
        return bytes(data).decode("utf-8")

    def stats(self) -> StoreStats:
        """Counts for `kg stats`: quads, named graphs, documents, mentioned entities by type, statements, events."""
        kg = vocab.KG
        entity_values = " ".join(f"kg:{c}" for c in _ENTITY_CLASSES)
        event_values = " ".join(f"kg:{c}" for c in _EVENT_CLASSES)
        prefix = f"PREFIX kg: <{kg}>\n"
        counts = self.query(
            prefix + "SELECT "
            "(COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?st) AS ?statements) "
            "(COUNT(DISTINCT ?ev) AS ?events) WHERE { GRAPH ?g { "
            "{ ?doc a kg:Document } UNION { ?st a kg:Statement } UNION "
            f"{{ ?ev a ?ec VALUES ?ec {{ {event_values} }} }} }} }}"
        )
        by_type = self.query(
            prefix + "SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { "
            f"?m kg:refersTo ?e . ?e a ?class VALUES ?class {{ {entity_values} }} }} }} GROUP BY ?class"
        )
        row = counts.rows[0] if counts.rows else [None, None, None]
        entities = {c: 0 for c in _ENTITY_CLASSES}
        for cls, n in by_type.rows:
            if cls is not None and n is not None:
                entities[cls.value.rsplit("#", 1)[-1]] = int(n.value)
        return StoreStats(
            quads=self.count_triples(),
            named_graphs=len(self.graphs()),
            documents=_int(row[0]),
            entities=entities,
            statements=_int(row[1]),
            events=_int(row[2]),
        )

    # -- serialisation -------------------------------------------------------------

    def has_graph(self, graph_iri: str) -> bool:
        try:
            return bool(self.inner.contains_named_graph(_named_node(graph_iri)))
        except OSError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from exc

    def graph_ntriples(self, graph_iri: str) -> bytes:
        """The triples of one named graph as N-Triples (one triple a line; empty for an absent graph)."""
        ox = _ox()
        try:
            return bytes(self.inner.dump(None, ox.RdfFormat.N_TRIPLES, from_graph=_named_node(graph_iri)))
        except OSError as exc:
            raise StoreError(f"cannot read graph <{graph_iri}> from {self.path}: {exc}") from exc

    def union_triples(self) -> Iterator[Any]:
        """Each triple of the named graphs once (the union graph), as pyoxigraph Triples, subject by subject.

        Oxigraph returns a subject's quads in subject, predicate, object, graph order, so the
        copies of a triple in several graphs come one after the other: comparing with the
        previous triple drops them without a set of every triple (Oxigraph only keeps the
        set of distinct subjects, as encoded ids). The default graph is always empty.
        """
        subjects = self.inner.query("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }")
        for solution in subjects:
            previous = None
            for quad in self.inner.quads_for_pattern(solution[0], None, None, None):
                triple = quad.triple
                if triple != previous:
                    yield triple
                    previous = triple

    def export(self, fmt: str, out: Path | IO[bytes] | None = None, graph: str | None = None) -> bytes | None:
        """Serialise with pyoxigraph, streaming: ``turtle``/``ntriples`` = the union of all named
        graphs, ``trig``/``nquads`` = the dataset; with ``graph``, only that named graph (whose
        name trig/nquads keep).

        Writes to ``out`` (a path or binary file) and returns None, or returns the bytes.
        """
        ox = _ox()
        formats = {
            "turtle": ox.RdfFormat.TURTLE,
            "ntriples": ox.RdfFormat.N_TRIPLES,
            "trig": ox.RdfFormat.TRIG,
            "nquads": ox.RdfFormat.N_QUADS,
        }
        if fmt not in formats:
            raise StoreError(f"the store cannot dump {fmt!r}; use one of {', '.join(formats)}")
        target: Any = str(out) if isinstance(out, Path) else out
        try:
            result = self._serialise(formats[fmt], target, graph)
        except BrokenPipeError:
            raise  # the reader of the stream stopped: not the store's fault
        except OSError as exc:
            where = out if isinstance(out, Path) else "the output stream"
            raise StoreError(f"cannot export the store to {where}: {exc}") from exc
        return None if result is None else bytes(result)

    def _serialise(self, rdf_format: Any, target: Any, graph: str | None) -> Any:
        ox = _ox()
        prefixes = _prefixes() if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        if graph is None and rdf_format.supports_datasets:
            return self.inner.dump(target, rdf_format, prefixes=prefixes)
        if graph is None:
            return ox.serialize(self.union_triples(), target, rdf_format, prefixes=prefixes)
        node = _named_node(graph)
        if rdf_format.supports_datasets:  # dump(from_graph=) would drop the graph name
            quads = self.inner.quads_for_pattern(None, None, None, node)
            return ox.serialize(quads, target, rdf_format, prefixes=prefixes)
        return self.inner.dump(target, rdf_format, from_graph=node, prefixes=prefixes)


# -- helpers ---------------------------------------------------------------------------


def _prefixes() -> dict[str, str]:
    """Turtle/TriG prefixes: the kg ones, with ``entity:`` instead of ``kgid:`` (whose local
    names would need escaped slashes, e.g. ``kgid:entity\\/x``)."""
    prefixes = {k: v for k, v in vocab.PREFIXES.items() if v != vocab.DATA}
    prefixes["entity"] = vocab.DATA + "entity/"
    return prefixes


def _int(term: Term | None) -> int:
    return int(term.value) if term is not None else 0


def _named_node(iri: str) -> Any:
    try:
        return _ox().NamedNode(iri)
    except ValueError as exc:
        raise StoreError(f"invalid graph IRI {iri!r}: {exc}") from exc


def _term_value(term: Any) -> str:
    value = getattr(term, "value", None)
    return str(value) if value is not None else str(term)


def _parse_triples(data: RdfData) -> list[Any]:
    """Any accepted input -> validated pyoxigraph quads (parsed by pyoxigraph)."""
    ox = _ox()
    if isinstance(data, (str, bytes)):
        text: str | bytes = data
    else:
        text = _rdflib_ntriples(data)
    try:
        return list(ox.parse(text, ox.RdfFormat.TURTLE, without_named_graphs=True))
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"invalid RDF for the store: {exc}") from exc


def _skolemize(quads: list[Any], graph_iri: str) -> list[Any]:
    """Blank nodes -> Skolem IRIs named after their RDFC-1.0 canonical labels."""
    ox = _ox()
    if not any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads):
        return quads
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)

    def skolem(term: Any) -> Any:
        return ox.NamedNode(vocab.skolem_iri(graph_iri, term.value)) if isinstance(term, ox.BlankNode) else term

    return [ox.Quad(skolem(q.subject), q.predicate, skolem(q.object)) for q in dataset]


def _rdflib_ntriples(data: Iterable[Any]) -> str:
    import rdflib

    graph = data if isinstance(data, rdflib.Graph) and not isinstance(data, rdflib.Dataset) else None
    if graph is None:
        graph = rdflib.Graph()
        for triple in data:
            graph.add(tuple(triple[:3]))
    out = graph.serialize(format="nt", encoding="utf-8")
    return out.decode("utf-8") if isinstance(out, bytes) else str(out)


def _to_ox(value: Any) -> Any:
    ox = _ox()
    if not isinstance(value, Term):
        return value
    if value.kind == "uri":
        return ox.NamedNode(value.value)
    if value.kind == "bnode":
        return ox.BlankNode(value.value)
    if value.kind == "literal":
        if value.language:
            return ox.Literal(value.value, language=value.language)
        if value.datatype and value.datatype != XSD_STRING:
            return ox.Literal(value.value, datatype=ox.NamedNode(value.datatype))
        return ox.Literal(value.value)
    raise QueryError(f"cannot bind a {value.kind} term")


def _from_ox(ox: Any, term: Any) -> Term | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        return Term("literal", term.value, term.datatype.value, term.language)
    return Term("triple", str(term))


def _results_format(ox: Any, name: str) -> Any:
    formats = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
               "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
    if name not in formats:
        raise QueryError(f"unknown results format {name!r}; use one of {', '.join(RESULTS_FORMATS)}")
    return formats[name]


def _graph_format(ox: Any, name: str) -> Any:
    formats = {"ntriples": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE,
               "nquads": ox.RdfFormat.N_QUADS, "rdfxml": ox.RdfFormat.RDF_XML}
    if name not in formats:
        raise QueryError(f"unknown graph format {name!r}; use one of {', '.join(GRAPH_FORMATS)}")
    return formats[name]


def _without_columns(ox: Any, solutions: Any, extra: list[str]) -> Any:
    """The solutions without the ``extra`` columns, still as pyoxigraph QuerySolutions.

    pyoxigraph cannot drop a column, so the result goes through its own SPARQL JSON
    and back; every format is then still written by pyoxigraph.
    """
    data = json.loads(solutions.serialize(format=ox.QueryResultsFormat.JSON))
    data["head"]["vars"] = [v for v in data["head"]["vars"] if v not in extra]
    for binding in data["results"]["bindings"]:
        for name in extra:
            binding.pop(name, None)
    return ox.parse_query_results(json.dumps(data), ox.QueryResultsFormat.JSON)


def _to_table(ox: Any, answer: Any, extra: list[str]) -> Table:
    # Results repeat few distinct terms (the same documents, entities, labels) over many
    # rows: converting each distinct pyoxigraph term once is several times faster.
    memo: dict[Any, Term | None] = {None: None}

    def convert(term: Any) -> Term | None:
        found = memo.get(term)
        if found is None and term not in memo:
            found = memo[term] = _from_ox(ox, term)
        return found

    if isinstance(answer, ox.QuerySolutions):
        columns = [v.value for v in answer.variables]
        keep = [i for i, c in enumerate(columns) if c not in extra]
        rows = [[convert(solution[i]) for i in keep] for solution in answer]
        return Table([columns[i] for i in keep], rows)
    if isinstance(answer, ox.QueryBoolean):
        return Table(["ask"], [[Term.literal("true" if bool(answer) else "false", vocab.XSD + "boolean")]])
    rows = [[convert(t.subject), convert(t.predicate), convert(t.object)] for t in answer]
    return Table(["subject", "predicate", "object"], rows)


# -- making substitutions acceptable to Oxigraph 0.5 -----------------------------------

# Oxigraph also reads \u and \U escapes inside IRIs
_IRIREF = re.compile(r'<(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>')
_WORD = re.compile(r"[A-Za-z_]+")
_VARNAME = re.compile(r"[A-Za-z0-9_\u00B7\u00C0-\uFFFF]+")
_LINE_END = re.compile(r"[\r\n]")


def _tokens(sparql: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of words, braces and variables outside strings, IRIs and comments."""
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c == "#":
            i = _line_end(sparql, i)
        elif c == "\\":  # an escape in a prefixed name (ex:a\#b): the next character is not code
            i += 2
        elif c in "\"'":
            i = _skip_string(sparql, i)
        elif c == "<":
            m = _IRIREF.match(sparql, i)
            i = m.end() if m else i + 1
        elif c in "{}":
            yield i, i + 1, c
            i += 1
        elif c in "?$":
            m = _VARNAME.match(sparql, i + 1)
            end = m.end() if m else i + 1
            yield i, end, "var"
            i = end
        else:
            m = _WORD.match(sparql, i)
            if m and (i == 0 or not (sparql[i - 1].isalnum() or sparql[i - 1] in ":_-")):
                yield i, m.end(), "word"
                i = m.end()
            else:
                i += 1


def _line_end(text: str, i: int) -> int:
    """Where the comment starting at ``i`` ends: SPARQL ends a line at CR or LF."""
    m = _LINE_END.search(text, i)
    return len(text) if m is None else m.end()


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    long = text.startswith(quote * 3, i)
    delim = quote * 3 if long else quote
    j = i + len(delim)
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text.startswith(delim, j):
            return j + len(delim)
        if not long and text[j] in "\r\n":
            return j
        j += 1
    return j


def _project_variables(sparql: str, names: list[str]) -> tuple[str, list[str]]:
    """Add ``?name`` for each bound variable to the top-level projection (and GROUP BY).

    Returns the rewritten query and the names that were added (to be dropped from results).
    """
    toks = list(_tokens(sparql))
    words = [(s, sparql[s:e].upper()) for s, e, k in toks if k == "word"]
    select = next((s for s, w in words if w == "SELECT"), None)
    if select is None or any(w in ("ASK", "CONSTRUCT", "DESCRIBE") and s < select for s, w in words):
        raise QueryError("parameters can only be bound in SELECT queries")
    rest = [t for t in toks if t[0] > select]
    where = next((i for i, t in enumerate(rest) if t[2] == "{"), len(rest))
    head_end = rest[where][0] if where < len(rest) else len(sparql)
    insert_at = select + len("SELECT")
    if rest and rest[0][2] == "word" and sparql[rest[0][0]:rest[0][1]].upper() in ("DISTINCT", "REDUCED"):
        insert_at = rest[0][1]
    projected = _projected_names(sparql[insert_at:head_end])
    if projected is None:
        raise QueryError("a query with parameters must list its columns (SELECT * cannot be used)")
    added = [n for n in names if n not in projected]
    if not added:
        return sparql, []
    addition = "".join(f" ?{n}" for n in added)
    group_at = _group_by_end(sparql, rest[where:])
    if group_at is not None:
        sparql = sparql[:group_at] + addition + sparql[group_at:]
    return sparql[:insert_at] + addition + sparql[insert_at:], added


def _projected_names(head: str) -> set[str] | None:
    """Variables a projection outputs (``?x`` at depth 0 or ``AS ?x``); None for ``SELECT *``."""
    names: set[str] = set()
    depth = 0
    for m in re.finditer(r"[?$]([A-Za-z0-9_]+)|\(|\)|\*|\bAS\s+[?$]([A-Za-z0-9_]+)", head, re.IGNORECASE):
        token = m.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "*" and depth == 0:
            return None
        elif m.group(2):
            names.add(m.group(2))
        elif m.group(1) and depth == 0:
            names.add(m.group(1))
    return names


def _group_by_end(sparql: str, toks: list[tuple[int, int, str]]) -> int | None:
    """Offset just after the top-level ``GROUP BY`` (tokens start at the WHERE brace)."""
    depth = 0
    previous = ""
    for s, e, kind in toks:
        if kind == "{":
            depth += 1
        elif kind == "}":
            depth -= 1
        elif kind == "word" and depth == 0:
            word = sparql[s:e].upper()
            if word == "BY" and previous == "GROUP":
                return e
            previous = word
    return None


def query_variables(sparql: str) -> list[str]:
    """Names of the variables used in ``sparql`` (outside comments, strings and IRIs), first use first."""
    names: dict[str, None] = {}
    for s, e, kind in _tokens(sparql):
        if kind == "var" and e > s + 1:
            names.setdefault(sparql[s + 1:e], None)
    return list(names)


# -- reading a query's text before running it (kg serve) -------------------------------


def query_form(sparql: str) -> str | None:
    """The query's first keyword after its prologue, upper-cased (``SELECT``, ``ASK``, ... or an
    update operation such as ``INSERT``); None when there is none."""
    for s, e, kind in _tokens(sparql):
        if kind != "word":
            continue
        word = sparql[s:e].upper()
        if word in ("BASE", "PREFIX") or sparql.startswith(":", e):
            continue
        return word
    return None


_PN_CHARS = (
    "A-Za-z0-9_\\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D"
    "\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
)
#: a keyword, number, boolean, language tag, blank node label or prefixed name
_NAME_RUN = re.compile(rf"(?:[{_PN_CHARS}.:%]|\\.)+")
#: what Oxigraph lets a keyword follow without a space: a number or a boolean ("1SERVICE")
_GLUED = re.compile(r"[0-9.eE+-]*|true|false", re.IGNORECASE)
#: characters after which SERVICE cannot be a keyword (a path, an operator, a language tag ...)
_NOT_BEFORE_KEYWORD = frozenset("/=&%@^|!*+,<(?$\\")


def service_offset(sparql: str) -> int | None:
    """Where ``sparql`` uses the SERVICE keyword (a federated query), or None; see :func:`keyword_offset`."""
    return keyword_offset(sparql, "SERVICE")


def keyword_offset(sparql: str, keyword: str) -> int | None:
    """Where ``sparql`` uses ``keyword`` (``SERVICE``, ``LOAD``), or None.

    Strings, IRIs, comments, variables and the local part of prefixed names do not
    count. ``<`` is read both as an IRI's start and as less-than, since Oxigraph's
    parser chooses by context: ``FILTER(?a<?b)SERVICE:e#>`` hides a SERVICE from a
    reader that takes ``<?b)SERVICE:e#>`` for an IRI. Every way of reading is followed,
    so a SERVICE the parser sees is always found (at the price of rare false alarms,
    such as a prefix named ``service:``).
    """
    pattern = re.compile(re.escape(keyword), re.IGNORECASE)
    starts, seen = [0], set()
    while starts:
        i = starts.pop()
        while i < len(sparql) and i not in seen:
            seen.add(i)
            i, found = _keyword_step(sparql, i, starts, pattern)
            if found is not None:
                return found
    return None


def _keyword_step(sparql: str, i: int, starts: list[int], keyword: re.Pattern[str]) -> tuple[int, int | None]:
    """Read one token at ``i``: (where the next starts, the keyword's offset or None); an IRI
    adds the reading that continues after it to ``starts``."""
    c = sparql[i]
    if c == "#":
        return _line_end(sparql, i), None
    if c in "\"'":
        return _skip_string(sparql, i), None
    if c == "\\":
        return i + 2, None
    if c == "<":
        m = _IRIREF.match(sparql, i)
        if m:
            starts.append(m.end())
        return i + 1, None
    if c in "?$":
        m = _VARNAME.match(sparql, i + 1)
        return (m.end() if m else i + 1), None
    m = _NAME_RUN.match(sparql, i)
    if m is None:
        return i + 1, None
    return m.end(), _keyword_in_name(sparql, m.start(), m.group(), keyword)


def _keyword_in_name(sparql: str, start: int, name: str, keyword: re.Pattern[str]) -> int | None:
    if start > 0 and sparql[start - 1] in _NOT_BEFORE_KEYWORD:
        return None
    prefix, colon, local = name.partition(":")
    for m in keyword.finditer(prefix):
        if _GLUED.fullmatch(prefix[:m.start()]):
            return start + m.start()
    for m in keyword.finditer(local):
        if local[:m.start()].endswith("."):  # Oxigraph may end a name before its dots
            return start + len(prefix) + len(colon) + m.start()
    return None
