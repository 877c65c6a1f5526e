"""The extract stage: a parsed document in, plain records out (no rdflib here)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Extraction, Document
from .entities import EntitySpan, extract_entities
from .events import extract_events
from .statements import extract_statements

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..registry import Registry

__all__ = ["extract", "EntitySpan"]


def extract(sdoc: Doc, document: Document, registry: Registry) -> Extraction:
    """Entities, mentions, statements and events of one document."""
    entities, mentions, spans = extract_entities(sdoc, document, registry)
    statements = extract_statements(sdoc, document, entities, spans, registry)
    events = extract_events(sdoc, document, [(s.start, s.end, s.key, s.type) for s in spans])
    referenced = {s.speaker for s in statements} | {t.entity for s in statements for t in s.targets}
    referenced |= {p for e in events for p in e.participants} | {e.place for e in events if e.place}
    for key in referenced - set(entities):
        known = registry.entities.get(key)
        if known is not None:
            entities[key] = known
    return Extraction(document, entities, mentions, statements, events)
