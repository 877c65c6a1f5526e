"""Export the store as an RDF file.

Formats:
  turtle    Turtle of the UNION of all named graphs (Turtle has no graphs; which document a
            triple came from is lost - use trig or nquads to keep it)
  ntriples  N-Triples of the same union
  trig      TriG, one block per named graph (documents, registry, ontology)
  nquads    N-Quads, the named graphs kept
  jsonld    JSON-LD of the dataset (named graphs kept), compacted with ontology/context.jsonld

pyoxigraph writes the first four; rdflib is used only for compacted JSON-LD.
"""
from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    store: Store, fmt: str, out: Path | None = None, context: Path | None = None
) -> str | None:
    """Serialise the store in ``fmt``; write ``out`` and return None, or return the text."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if out is not None and out.parent and not out.parent.is_dir():
        raise ExportError(f"cannot write {out}: folder {out.parent} does not exist")
    if fmt == "jsonld":
        text = _jsonld(store, context)
        return _deliver(text.encode("utf-8"), out)
    try:
        data = store.export(fmt)
    except KgError as exc:
        raise ExportError(str(exc)) from exc
    return _deliver(data or b"", out)


def _deliver(data: bytes, out: Path | None) -> str | None:
    if out is None:
        return data.decode("utf-8")
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc}") from exc
    return None


def _jsonld(store: Store, context: Path | None) -> str:
    import rdflib

    nquads = store.export("nquads") or b""
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
