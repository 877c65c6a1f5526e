"""Export the store, or one of its named graphs, as an RDF file.

Formats (and the file extension that names each):
  turtle    .ttl     Turtle of the UNION of all named graphs, each triple once (Turtle has no
                     graphs; which document a triple came from is lost - use trig or nquads)
  ntriples  .nt      N-Triples of the same union
  trig      .trig    TriG, one block per named graph (documents, registry, ontology)
  nquads    .nq      N-Quads, the named graphs kept
  jsonld    .jsonld  JSON-LD of the dataset (named graphs kept), compacted with ontology/context.jsonld

pyoxigraph writes the first four, streaming: the store is never held in memory. rdflib is
used only for compacted JSON-LD, and it holds the whole export (store and text) in memory.
Two builds of the same corpus give the same N-Quads, byte for byte, but for the
``prov:endedAtTime`` of each extraction: Oxigraph writes quads in the order of its indexes,
which depends only on the content, and the store holds no blank nodes.
"""
from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Any

from kg import vocab
from kg.errors import ExportError, KgError
from kg.resources import data_dir

if TYPE_CHECKING:  # pragma: no cover
    from kg.store import Store

EXPORT_FORMATS: dict[str, str] = {
    "turtle": "Turtle, union of all named graphs (graph names are dropped)",
    "trig": "TriG, named graphs kept",
    "nquads": "N-Quads, named graphs kept",
    "ntriples": "N-Triples, union of all named graphs (graph names are dropped)",
    "jsonld": "JSON-LD, named graphs kept, compacted with ontology/context.jsonld",
}

#: format -> the file extension tools (the Oxigraph CLI, rdflib, Protégé) recognise it by
EXTENSIONS: dict[str, str] = {
    "turtle": ".ttl",
    "trig": ".trig",
    "nquads": ".nq",
    "ntriples": ".nt",
    "jsonld": ".jsonld",
}

#: extensions spelt after the format's name, which those tools do not know
MISNAMED: dict[str, str] = {".turtle": "turtle", ".nquads": "nquads", ".ntriples": "ntriples"}

_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")  # two letters at least: C:\x.txt is a path


def export_format(fmt: str | None, out: Path | None) -> str:
    """The format to write: ``fmt`` if given, else the one ``out``'s extension names, else turtle.

    Refuses an extension that names another format, and the misnamed ones (``.nquads`` ...).
    """
    if fmt is not None and fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if out is None:
        return fmt or "turtle"
    ext = out.suffix.lower()
    if ext in MISNAMED:
        usual = EXTENSIONS[MISNAMED[ext]]
        raise ExportError(
            f"{out.name}: {MISNAMED[ext]} files end in {usual}, not {ext}; tools that choose the format "
            f"by extension (the Oxigraph CLI among them) do not know {ext}: write {out.with_suffix(usual).name}"
        )
    named = next((f for f, e in EXTENSIONS.items() if e == ext), None)
    if fmt is None and named is None:
        raise ExportError(
            f"cannot tell the export format from {out.name!r}: end it in {', '.join(EXTENSIONS.values())}, "
            "or pass --format"
        )
    if fmt is not None and named is not None and named != fmt:
        raise ExportError(
            f"{out.name}: {ext} is the {named} extension but the format is {fmt}; "
            f"write {out.with_suffix(EXTENSIONS[fmt]).name}, or drop --format to write {named}"
        )
    return fmt or str(named)


def graph_iri(store: Store, name: str) -> str:
    """The named graph ``name`` stands for: an absolute graph IRI, or a corpus document's
    file name or path (``corpus/000_x.txt`` -> the graph of ``000_x.txt``)."""
    iri = name if _ABSOLUTE_IRI.match(name) else vocab.document_graph(PurePath(name).name)
    if not store.has_graph(iri):
        raise ExportError(
            f"store {store.path} has no graph <{iri}>: pass a document's file name (`kg query sources` "
            f"lists them) or a graph IRI, e.g. {vocab.REGISTRY_GRAPH} or {vocab.ONTOLOGY_GRAPH}"
        )
    return iri


def context_path() -> Path:
    """The JSON-LD context shipped with the ontology: ``ontology/context.jsonld``."""
    return data_dir("ontology") / "context.jsonld"


def load_context(path: Path | None = None) -> dict[str, Any]:
    """The ``@context`` object of a context file; the kg prefixes when no file exists."""
    path = path or context_path()
    if not path.is_file():
        return dict(vocab.PREFIXES)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExportError(f"cannot read JSON-LD context {path}: {exc}") from exc
    context = data.get("@context", data) if isinstance(data, dict) else data
    if not isinstance(context, dict):
        raise ExportError(f"JSON-LD context {path} must hold a JSON object under @context")
    return context


def export_store(
    store: Store,
    fmt: str,
    out: Path | IO[bytes] | None = None,
    context: Path | None = None,
    graph: str | None = None,
) -> str | None:
    """Serialise the store (or only the named graph ``graph``, see :func:`graph_iri`) in ``fmt``.

    Writes the file ``out`` (through a temporary file, so that a failed export leaves no
    partial file) or the binary stream ``out`` and returns None; returns the text when
    ``out`` is None.
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if isinstance(out, Path) and not out.parent.is_dir():
        raise ExportError(f"cannot write {out}: folder {out.parent} does not exist")
    iri = graph_iri(store, graph) if graph is not None else None

    def write(target: Path | IO[bytes] | None) -> bytes | None:
        if fmt == "jsonld":
            data = _jsonld(store, context, iri).encode("utf-8")
            if target is None:
                return data
            _write_bytes(target, data)
            return None
        try:
            return store.export(fmt, target, iri)
        except KgError as exc:
            raise ExportError(str(exc)) from exc

    if out is None:
        return (write(None) or b"").decode("utf-8")
    if isinstance(out, Path):
        _via_temporary(out, write)
    else:
        write(out)
    return None


def _via_temporary(out: Path, write: Callable[[Path], Any]) -> None:
    partial = out.with_name(f".{out.name}.part")
    try:
        write(partial)
        partial.replace(out)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)


def _write_bytes(target: Path | IO[bytes], data: bytes) -> None:
    if isinstance(target, Path):
        target.write_bytes(data)
    else:
        target.write(data)


def _jsonld(store: Store, context: Path | None, graph: str | None) -> str:
    import rdflib

    nquads = store.export("nquads", graph=graph) or b""
    ctx = load_context(context)
    normalize = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False  # keep the store's lexical forms ("...Z" stays "...Z")
    try:
        with warnings.catch_warnings():
            # rdflib 7.6's own JSON-LD code still calls its deprecated ConjunctiveGraph API
            warnings.simplefilter("ignore", DeprecationWarning)
            dataset = rdflib.Dataset()
            dataset.parse(data=nquads.decode("utf-8"), format="nquads")
            text = dataset.serialize(format="json-ld", context=ctx, auto_compact=True, indent=2)
    finally:
        rdflib.NORMALIZE_LITERALS = normalize
    return text if isinstance(text, str) else text.decode("utf-8")
