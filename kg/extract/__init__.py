"""The extract stage: a parsed document in, plain records out (no rdflib here)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Document, Entity, Event, Extraction, Mention
from .entities import EntitySpan, event_head, extract_entities
from .events import extract_events
from .lang import lexicon
from .statements import extract_statements

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..registry import Registry
    from .lang.names import NameWords

__all__ = ["extract", "EntitySpan"]


def extract(sdoc: Doc, document: Document, registry: Registry) -> Extraction:
    """Entities, mentions, statements and events of one document."""
    names = lexicon(sdoc.lang_).names
    entities, mentions, spans = extract_entities(sdoc, document, registry)
    statements = extract_statements(sdoc, document, entities, spans, registry)
    events = extract_events(sdoc, document, [(s.start, s.end, s.key, s.type) for s in spans])
    mentions = _outside_event_names(mentions, events, names)
    referenced = {m.entity for m in mentions} | {s.speaker for s in statements}
    referenced |= {t.entity for s in statements for t in s.targets}
    referenced |= {p for e in events for p in e.participants} | {e.place for e in events if e.place}
    kept: dict[str, Entity] = {}
    for key in sorted(referenced):
        known = entities.get(key) or registry.entities.get(key)
        if known is not None:
            kept[key] = known
    return Extraction(document, kept, mentions, statements, events)


def _outside_event_names(mentions: list[Mention], events: list[Event], names: NameWords) -> list[Mention]:
    """Drop entity mentions that are part of an event's name ("Karabakh" in "Second
    Karabakh War", "Munich Security Conference"): the name is the event's mention."""
    spans = [
        (span.start, span.end)
        for event in events
        for span in event.mentions
        if sum(w[:1].isupper() for w in span.text.split()) >= max(2, len(span.text.split()) - 1)
    ]
    return [m for m in mentions if not any(_inside_name(m, a, b, names) for a, b in spans)]


def _inside_name(mention: Mention, name_start: int, name_end: int, names: NameWords) -> bool:
    """The whole name, a word inside it, or a name that is itself the occurrence's
    ("Munich Security Conference" in "the Munich Security Conference on February 17");
    a leading place ("Baku Victory Parade") stays."""
    start, end = mention.span.start, mention.span.end
    if not (name_start <= start and end <= name_end):
        return False
    return (start, end) == (name_start, name_end) or name_start < start or event_head(mention.span.text, names)
