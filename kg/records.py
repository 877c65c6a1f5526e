"""Plain records passed between the pipeline stages.

read -> :class:`Document`; nlp + extract -> :class:`Extraction` (entities,
mentions, statements, events); map turns an Extraction into RDF. No stage
after ``read`` touches the file again, and no record holds an rdflib object.

All offsets are code-point offsets into ``Document.text`` (the original file
text, decoded as UTF-8), end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ENTITY_TYPES: tuple[str, ...] = ("Person", "Country", "Organization", "Place")
ACTOR_TYPES: tuple[str, ...] = ("Person", "Country", "Organization")

STATEMENT_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")

POLARITIES: tuple[str, ...] = ("negative", "neutral", "positive")

EVENT_TYPES: tuple[str, ...] = (
    "Election",
    "Interview",
    "Speech",
    "Meeting",
    "Summit",
    "War",
    "MilitaryOperation",
    "Incident",
    "Agreement",
    "Ceremony",
)


@dataclass(frozen=True)
class Span:
    """A stretch of the original document text."""

    start: int
    end: int
    text: str


@dataclass
class Document:
    """One input file with its metadata.

    ``text`` is the original file text (decoded from ``encoding``, None for UTF-8);
    ``clean`` is the same text with markup
    removed, hard-wrapped lines joined and hyphenated line breaks mended, for
    the NLP. ``offsets[i]`` is the index in ``text`` of ``clean[i]``, with one
    extra entry at the end equal to ``len(text)``.
    """

    name: str
    path: Path
    text: str
    clean: str
    offsets: list[int]
    checksum: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    encoding: str | None = None  # what the file was decoded from, when not UTF-8
    warning: str | None = None  # why the text may not be what the file's author wrote

    def span(self, clean_start: int, clean_end: int) -> Span:
        """The original-text span behind ``clean[clean_start:clean_end]``."""
        start = self.offsets[clean_start]
        end = self.offsets[clean_end - 1] + 1 if clean_end > clean_start else start
        return Span(start, end, self.text[start:end])


@dataclass
class Entity:
    """A canonical entity: one per real-world referent, shared across documents."""

    key: str
    label: str
    type: str
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    in_registry: bool = False


@dataclass(frozen=True)
class Mention:
    """A span of a document that names an entity; ``rule`` says what found it."""

    entity: str
    span: Span
    rule: str


@dataclass(frozen=True)
class Target:
    """An entity a statement is about, with the speaker's stance toward it."""

    entity: str
    polarity: str = "neutral"


@dataclass
class Statement:
    """A speech act attributed to a speaker (an entity key)."""

    speaker: str
    cue: str
    kind: str
    content: str
    evidence: Span
    targets: list[Target] = field(default_factory=list)
    date: str | None = None
    rule: str = ""


@dataclass
class Event:
    """A specific occurrence the text refers to."""

    key: str
    type: str
    label: str
    mentions: list[Span]
    date: str | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    rule: str = ""


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
