"""The map stage: one document's records -> its RDF graph (rdflib).

The graph is self-contained: it holds the document (with its full text, so the
evidence offsets can be checked), every entity it mentions or refers to (type
and label), the mentions, statements with their evidence spans and stances,
events, and the extraction activity (software and model versions).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from . import vocab
from .records import Entity, Event, Extraction, Span, Statement

if TYPE_CHECKING:
    from collections.abc import Callable

    from rdflib import Graph, Literal, URIRef

SOFTWARE = "kg 0.1.0"
KIND_TERMS = {"direct": "Direct", "indirect": "Indirect", "mixed": "Mixed"}
POLARITY_TERMS = {"negative": "Negative", "neutral": "Neutral", "positive": "Positive"}


def new_graph() -> Graph:
    from rdflib import Graph

    graph = Graph()
    for prefix, namespace in vocab.PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def extraction_graph(
    extraction: Extraction, model: str, ended: dt.datetime | None = None, software: str = SOFTWARE
) -> Graph:
    """The named graph of one document; ``software`` names the extractor that made it."""
    from rdflib import RDF, RDFS, Literal, URIRef
    from rdflib.namespace import XSD

    graph = new_graph()
    doc = extraction.document
    kg = vocab.KG
    doc_iri = URIRef(vocab.document_iri(doc.name))
    _document(graph, extraction)
    activity = URIRef(vocab.document_iri(doc.name) + "/extraction")
    graph.add((activity, RDF.type, URIRef(kg + "Extraction")))
    graph.add((activity, URIRef(vocab.PROV + "used"), doc_iri))
    graph.add((activity, URIRef(kg + "software"), Literal(software)))
    graph.add((activity, URIRef(kg + "model"), Literal(model)))
    ended = ended or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    graph.add((activity, URIRef(vocab.PROV + "endedAtTime"), Literal(ended.isoformat(), datatype=XSD.dateTime)))
    for entity in extraction.entities.values():
        _entity(graph, entity)
    for mention in extraction.mentions:
        node = _span(graph, doc.name, mention.span, "Mention", vocab.mention_iri)
        graph.add((node, URIRef(kg + "refersTo"), URIRef(vocab.entity_iri(mention.entity))))
        graph.add((node, URIRef(kg + "extractedBy"), Literal(mention.rule)))
    for statement in extraction.statements:
        _statement(graph, doc.name, statement, activity)
    for event in extraction.events:
        _event(graph, doc.name, event)
    graph.add((doc_iri, RDFS.label, Literal(doc.title or doc.name)))
    return graph


def _document(graph: Graph, extraction: Extraction) -> None:
    from rdflib import RDF, Literal, URIRef
    from rdflib.namespace import XSD

    doc = extraction.document
    node = URIRef(vocab.document_iri(doc.name))
    kg = vocab.KG
    graph.add((node, RDF.type, URIRef(kg + "Document")))
    graph.add((node, URIRef(kg + "fileName"), Literal(doc.name)))
    graph.add((node, URIRef(kg + "checksum"), Literal(doc.checksum)))
    graph.add((node, URIRef(kg + "text"), Literal(doc.text)))
    dc = vocab.DCTERMS
    for prop, value in (("title", doc.title), ("publisher", doc.publisher), ("creator", doc.author)):
        if value:
            graph.add((node, URIRef(dc + prop), Literal(value)))
    if doc.date:
        graph.add((node, URIRef(dc + "date"), date_literal(doc.date)))
    if doc.url:
        graph.add((node, URIRef(vocab.SCHEMA + "url"), Literal(doc.url, datatype=XSD.anyURI)))


def _entity(graph: Graph, entity: Entity) -> None:
    from rdflib import RDF, RDFS, Literal, URIRef

    node = URIRef(vocab.entity_iri(entity.key))
    graph.add((node, RDF.type, URIRef(vocab.term(entity.type))))
    graph.add((node, RDFS.label, Literal(entity.label)))
    if entity.wikidata:
        graph.add((node, URIRef(vocab.OWL + "sameAs"), URIRef(vocab.WIKIDATA + entity.wikidata)))


def _span(graph: Graph, doc_name: str, span: Span, cls: str, mint: Callable[[str, int, int], str]) -> URIRef:
    from rdflib import RDF, Literal, URIRef

    node = URIRef(mint(doc_name, span.start, span.end))
    kg = vocab.KG
    graph.add((node, RDF.type, URIRef(kg + cls)))
    graph.add((node, URIRef(kg + "inDocument"), URIRef(vocab.document_iri(doc_name))))
    graph.add((node, URIRef(kg + "start"), Literal(span.start)))
    graph.add((node, URIRef(kg + "end"), Literal(span.end)))
    graph.add((node, URIRef(kg + "exact"), Literal(span.text)))
    return node


def _statement(graph: Graph, doc_name: str, statement: Statement, activity: URIRef) -> None:
    from rdflib import RDF, Literal, URIRef

    kg = vocab.KG
    span = statement.evidence
    node = URIRef(vocab.statement_iri(doc_name, span.start, span.end, statement.speaker))
    doc_iri = URIRef(vocab.document_iri(doc_name))
    graph.add((node, RDF.type, URIRef(kg + "Statement")))
    graph.add((node, URIRef(kg + "speaker"), URIRef(vocab.entity_iri(statement.speaker))))
    graph.add((node, URIRef(kg + "cue"), Literal(statement.cue)))
    graph.add((node, URIRef(kg + "kind"), URIRef(kg + KIND_TERMS[statement.kind])))
    graph.add((node, URIRef(kg + "content"), Literal(statement.content)))
    graph.add((node, URIRef(kg + "evidence"), _span(graph, doc_name, span, "TextSpan", vocab.span_iri)))
    graph.add((node, URIRef(kg + "inDocument"), doc_iri))
    graph.add((node, URIRef(vocab.PROV + "wasDerivedFrom"), doc_iri))
    graph.add((node, URIRef(vocab.PROV + "wasGeneratedBy"), activity))
    graph.add((node, URIRef(kg + "extractedBy"), Literal(statement.rule)))
    if statement.date:
        graph.add((node, URIRef(vocab.DCTERMS + "date"), date_literal(statement.date)))
    for target in statement.targets:
        entity = URIRef(vocab.entity_iri(target.entity))
        stance = URIRef(f"{node}/stance/{target.entity}")
        graph.add((node, URIRef(kg + "about"), entity))
        graph.add((node, URIRef(kg + "stance"), stance))
        graph.add((stance, RDF.type, URIRef(kg + "Stance")))
        graph.add((stance, URIRef(kg + "target"), entity))
        graph.add((stance, URIRef(kg + "polarity"), URIRef(kg + POLARITY_TERMS[target.polarity])))


def _event(graph: Graph, doc_name: str, event: Event) -> None:
    from rdflib import RDF, RDFS, Literal, URIRef

    kg = vocab.KG
    node = URIRef(vocab.event_iri(doc_name, event.key))
    graph.add((node, RDF.type, URIRef(kg + event.type)))
    graph.add((node, RDFS.label, Literal(event.label)))
    graph.add((node, URIRef(kg + "extractedBy"), Literal(event.rule)))
    if event.date:
        graph.add((node, URIRef(kg + "date"), date_literal(event.date)))
    if event.place:
        graph.add((node, URIRef(kg + "place"), URIRef(vocab.entity_iri(event.place))))
    for participant in event.participants:
        graph.add((node, URIRef(kg + "participant"), URIRef(vocab.entity_iri(participant))))
    for span in event.mentions:
        mention = _span(graph, doc_name, span, "Mention", lambda _d, a, b: f"{node}/mention/{a}-{b}")
        graph.add((mention, URIRef(kg + "refersTo"), node))
        graph.add((mention, URIRef(kg + "extractedBy"), Literal(event.rule)))


def date_literal(value: str) -> Literal:
    """An xsd:date, xsd:gYearMonth or xsd:gYear literal for an ISO 8601 string."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    raise ValueError(f"Not an ISO 8601 date, year-month or year: {value!r}")
