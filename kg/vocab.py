"""IRIs of the kg ontology and of the things a build mints, as plain strings.

Kept free of rdflib and pyoxigraph so every stage can use it.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

ONTOLOGY = "https://w3id.org/kg-news/ontology"
KG = ONTOLOGY + "#"
DATA = "https://w3id.org/kg-news/id/"
GRAPH = DATA + "graph/"

REGISTRY_GRAPH = GRAPH + "registry"
ONTOLOGY_GRAPH = GRAPH + "ontology"

PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
DCTERMS = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
OWL = "http://www.w3.org/2002/07/owl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
WIKIDATA = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "kg": KG,
    "kgid": DATA,
    "prov": PROV,
    "schema": SCHEMA,
    "dcterms": DCTERMS,
    "oa": OA,
    "sem": SEM,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "wd": WIKIDATA,
}


def slug(text: str) -> str:
    """ASCII snake_case of a name: ``"Türkiye"`` -> ``"turkiye"``.

    Letters that have no ASCII form (Cyrillic, Greek, Arabic ...) cannot be
    dropped without merging different names, so such a name keeps a short
    hash of itself: ``"Сергей Иванов"`` -> ``"x_3f2a9c1d0b"``.
    """
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    base = re.sub(r"[^a-z0-9]+", "_", decomposed.encode("ascii", "ignore").decode().lower()).strip("_") or "x"
    if any(not c.isascii() and unicodedata.category(c) in ("Lu", "Ll", "Lt", "Lo") for c in decomposed):
        digest = hashlib.sha1(text.casefold().encode("utf-8")).hexdigest()[:10]
        return f"{base}_{digest}"
    return base


def entity_iri(key: str) -> str:
    return f"{DATA}entity/{key}"


def document_iri(name: str) -> str:
    return f"{DATA}doc/{quote(name)}"


def document_graph(name: str) -> str:
    return f"{GRAPH}doc/{quote(name)}"


def statement_iri(doc_name: str, start: int, end: int, speaker: str) -> str:
    return f"{document_iri(doc_name)}/statement/{start}-{end}-{speaker}"


def span_iri(doc_name: str, start: int, end: int) -> str:
    return f"{document_iri(doc_name)}/span/{start}-{end}"


def mention_iri(doc_name: str, start: int, end: int) -> str:
    return f"{document_iri(doc_name)}/mention/{start}-{end}"


def event_iri(doc_name: str, key: str) -> str:
    return f"{document_iri(doc_name)}/event/{key}"


def skolem_iri(graph_iri: str, label: str) -> str:
    """The IRI standing for blank node ``label`` (its canonical RDFC-1.0 label) of graph ``graph_iri``.

    The same graph content gives the same IRIs; the graph is hashed in so that two graphs'
    blank nodes never merge.
    """
    digest = hashlib.sha256(f"{graph_iri} {label}".encode()).hexdigest()[:16]
    return f"{DATA}genid/{digest}"


def term(local_name: str) -> str:
    """An IRI of the ontology: ``term("Person")`` -> ``kg:Person``."""
    return KG + local_name
