"""kg: build an RDF knowledge graph of who said what about whom from news articles.

The public API, stage by stage (read -> nlp -> extract -> map -> validate ->
store -> query); names are imported lazily so that ``import kg`` stays cheap.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "build": "pipeline",
    "BuildReport": "pipeline",
    "DocumentReport": "pipeline",
    "read_corpus": "read",
    "read_document": "read",
    "load_model": "nlp",
    "extract": "extract",
    "load_registry": "registry",
    "Registry": "registry",
    "extraction_graph": "map",
    "validate_graph": "validate",
    "validate_store": "validate",
    "open_store": "store",
    "Store": "store",
    "list_queries": "query",
    "resolve_query": "query",
    "run_query": "query",
    "export_store": "export",
    "evaluate": "evaluate",
    "Document": "records",
    "Entity": "records",
    "Mention": "records",
    "Statement": "records",
    "Target": "records",
    "Event": "records",
    "Span": "records",
    "Extraction": "records",
    "KgError": "errors",
    "CorpusError": "errors",
    "ModelError": "errors",
    "RegistryError": "errors",
    "StoreError": "errors",
    "QueryError": "errors",
    "ExportError": "errors",
    "GoldError": "errors",
    "ServeError": "errors",
    "RequestError": "errors",
    "make_server": "serve",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)
