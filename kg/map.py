"""The map stage: one document's records -> its RDF graph, as N-Triples.

The graph is self-contained: it holds the document (with its full text, so the
evidence offsets can be checked), every entity it mentions or refers to (type
and label), the mentions, statements with their evidence spans and stances,
events, and the extraction activity (software and model versions).

:func:`extraction_ntriples` writes the graph as canonical N-Triples text directly
(rdflib terms and graphs cost more than the rest of the build put together);
every consumer parses it with a real RDF parser (pyoxigraph in the store and in
validation), so a malformed term fails loudly. :func:`extraction_graph` gives the
same graph as an rdflib Graph.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from . import vocab
from .records import Entity, Event, Extraction, Span, Statement

if TYPE_CHECKING:
    from collections.abc import Callable

    from rdflib import Graph, Literal

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
    """The named graph of one document as an rdflib Graph (see :func:`extraction_ntriples`)."""
    graph = new_graph()
    graph.parse(data=extraction_ntriples(extraction, model, ended, software), format="nt")
    return graph


def extraction_ntriples(
    extraction: Extraction, model: str, ended: dt.datetime | None = None, software: str = SOFTWARE
) -> str:
    """The named graph of one document as N-Triples, one triple per line, each once;
    ``software`` names the extractor that made it."""
    out = _Triples()
    doc = extraction.document
    kg = vocab.KG
    doc_iri = iri(vocab.document_iri(doc.name))
    _document(out, extraction)
    activity = iri(vocab.document_iri(doc.name) + "/extraction")
    out.add(activity, RDF_TYPE, iri(kg + "Extraction"))
    out.add(activity, iri(vocab.PROV + "used"), doc_iri)
    out.add(activity, iri(kg + "software"), literal(software))
    out.add(activity, iri(kg + "model"), literal(model))
    ended = ended or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    out.add(activity, iri(vocab.PROV + "endedAtTime"), literal(ended.isoformat(), XSD + "dateTime"))
    for entity in extraction.entities.values():
        _entity(out, entity)
    for mention in extraction.mentions:
        node = _span(out, doc.name, mention.span, "Mention", vocab.mention_iri)
        out.add(node, iri(kg + "refersTo"), iri(vocab.entity_iri(mention.entity)))
        out.add(node, iri(kg + "extractedBy"), literal(mention.rule))
    for statement in extraction.statements:
        _statement(out, doc.name, statement, activity)
    for event in extraction.events:
        _event(out, doc.name, event)
    out.add(doc_iri, RDFS_LABEL, literal(doc.title or doc.name))
    return out.text()


XSD = vocab.XSD
RDF_TYPE = f"<{vocab.RDF}type>"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"

#: N-Triples' canonical escapes: ECHAR for these, UCHAR for the other control characters.
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_ESCAPE_TABLE = str.maketrans(
    {**{chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F)}, **_ESCAPES}
)


def iri(value: str) -> str:
    """An IRI term in N-Triples syntax."""
    return f"<{value}>"


def literal(value: str | int, datatype: str | None = None) -> str:
    """A literal in N-Triples syntax: a plain string, an integer, or ``datatype``."""
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    text = value.translate(_ESCAPE_TABLE)
    return f'"{text}"^^<{datatype}>' if datatype else f'"{text}"'


class _Triples:
    """N-Triples lines in the order first added, each once (a graph is a set)."""

    def __init__(self) -> None:
        self._lines: dict[str, None] = {}

    def add(self, subject: str, predicate: str, obj: str) -> None:
        self._lines[f"{subject} {predicate} {obj} .\n"] = None

    def text(self) -> str:
        return "".join(self._lines)


def _document(out: _Triples, extraction: Extraction) -> None:
    doc = extraction.document
    node = iri(vocab.document_iri(doc.name))
    kg = vocab.KG
    out.add(node, RDF_TYPE, iri(kg + "Document"))
    out.add(node, iri(kg + "fileName"), literal(doc.name))
    out.add(node, iri(kg + "checksum"), literal(doc.checksum))
    out.add(node, iri(kg + "text"), literal(doc.text))
    dc = vocab.DCTERMS
    for prop, value in (("title", doc.title), ("publisher", doc.publisher), ("creator", doc.author)):
        if value:
            out.add(node, iri(dc + prop), literal(value))
    if doc.date:
        out.add(node, iri(dc + "date"), _date(doc.date))
    if doc.url:
        out.add(node, iri(vocab.SCHEMA + "url"), literal(doc.url, XSD + "anyURI"))
    if doc.encoding:
        out.add(node, iri(kg + "encoding"), literal(doc.encoding))
    if doc.warning:
        out.add(node, iri(kg + "readingWarning"), literal(doc.warning))


def _entity(out: _Triples, entity: Entity) -> None:
    node = iri(vocab.entity_iri(entity.key))
    out.add(node, RDF_TYPE, iri(vocab.term(entity.type)))
    out.add(node, RDFS_LABEL, literal(entity.label))
    if entity.wikidata:
        out.add(node, iri(vocab.OWL + "sameAs"), iri(vocab.WIKIDATA + entity.wikidata))


def _span(out: _Triples, doc_name: str, span: Span, cls: str, mint: Callable[[str, int, int], str]) -> str:
    node = iri(mint(doc_name, span.start, span.end))
    kg = vocab.KG
    out.add(node, RDF_TYPE, iri(kg + cls))
    out.add(node, iri(kg + "inDocument"), iri(vocab.document_iri(doc_name)))
    out.add(node, iri(kg + "start"), literal(span.start))
    out.add(node, iri(kg + "end"), literal(span.end))
    out.add(node, iri(kg + "exact"), literal(span.text))
    return node


def _statement(out: _Triples, doc_name: str, statement: Statement, activity: str) -> None:
    kg = vocab.KG
    span = statement.evidence
    plain = vocab.statement_iri(doc_name, span.start, span.end, statement.speaker)
    node = iri(plain)
    doc_iri = iri(vocab.document_iri(doc_name))
    out.add(node, RDF_TYPE, iri(kg + "Statement"))
    out.add(node, iri(kg + "speaker"), iri(vocab.entity_iri(statement.speaker)))
    out.add(node, iri(kg + "cue"), literal(statement.cue))
    out.add(node, iri(kg + "kind"), iri(kg + KIND_TERMS[statement.kind]))
    out.add(node, iri(kg + "content"), literal(statement.content))
    out.add(node, iri(kg + "evidence"), _span(out, doc_name, span, "TextSpan", vocab.span_iri))
    out.add(node, iri(kg + "inDocument"), doc_iri)
    out.add(node, iri(vocab.PROV + "wasDerivedFrom"), doc_iri)
    out.add(node, iri(vocab.PROV + "wasGeneratedBy"), activity)
    out.add(node, iri(kg + "extractedBy"), literal(statement.rule))
    if statement.date:
        out.add(node, iri(vocab.DCTERMS + "date"), _date(statement.date))
    for target in statement.targets:
        entity = iri(vocab.entity_iri(target.entity))
        stance = iri(f"{plain}/stance/{target.entity}")
        out.add(node, iri(kg + "about"), entity)
        out.add(node, iri(kg + "stance"), stance)
        out.add(stance, RDF_TYPE, iri(kg + "Stance"))
        out.add(stance, iri(kg + "target"), entity)
        out.add(stance, iri(kg + "polarity"), iri(kg + POLARITY_TERMS[target.polarity]))


def _event(out: _Triples, doc_name: str, event: Event) -> None:
    kg = vocab.KG
    plain = vocab.event_iri(doc_name, event.key)
    node = iri(plain)
    out.add(node, RDF_TYPE, iri(kg + event.type))
    out.add(node, RDFS_LABEL, literal(event.label))
    out.add(node, iri(kg + "extractedBy"), literal(event.rule))
    if event.date:
        out.add(node, iri(kg + "date"), _date(event.date))
    if event.place:
        out.add(node, iri(kg + "place"), iri(vocab.entity_iri(event.place)))
    for participant in event.participants:
        out.add(node, iri(kg + "participant"), iri(vocab.entity_iri(participant)))
    for span in event.mentions:
        mention = _span(out, doc_name, span, "Mention", lambda _d, a, b: f"{plain}/mention/{a}-{b}")
        out.add(mention, iri(kg + "refersTo"), node)
        out.add(mention, iri(kg + "extractedBy"), literal(event.rule))


def _date(value: str) -> str:
    """:func:`date_literal` in N-Triples syntax."""
    return literal(value, XSD + _date_type(value))


def date_literal(value: str) -> Literal:
    """An xsd:date, xsd:gYearMonth or xsd:gYear literal for an ISO 8601 string."""
    from rdflib import Literal, URIRef

    return Literal(value, datatype=URIRef(XSD + _date_type(value)))


def _date_type(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "date"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "gYearMonth"
    if re.fullmatch(r"\d{4}", value):
        return "gYear"
    raise ValueError(f"Not an ISO 8601 date, year-month or year: {value!r}")
