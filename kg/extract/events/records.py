"""The working records of event extraction: candidate mentions, the occurrences they are grouped
into, whether two dates can be the same time, and the :class:`~kg.records.Event` records made of them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...records import Document, Event, Span
from ...vocab import slug
from .parse import rx

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .context import Context

__all__ = ["Mention", "Occurrence", "dates_compatible", "pad", "within", "to_events", "FALLBACK_KEY"]

#: the key of an event whose label gives no key (an identifier, not a word of the text)
FALLBACK_KEY = "event"


@dataclass
class Mention:
    """One candidate event mention, in token coordinates of the spaCy Doc."""

    head: int
    lemma: str
    type: str
    start: int
    end: int
    sent: int
    rule: str = "event:np-pattern"
    named: bool = False
    proper: bool = False  # named by a proper name (not only by participants: "Russia-Ukraine war")
    specific: bool = False
    anaphoric: bool = False
    indefinite: bool = False
    date: str | None = None
    date_end: str | None = None
    names: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    counterparts: set[str] = field(default_factory=set)   # with/between/to/against ... arguments
    agents: set[str] = field(default_factory=set)         # possessor ("Putin's visit")
    classes: set[str] = field(default_factory=set)
    relations: set[str] = field(default_factory=set)
    ordinals: set[str] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)
    place: str | None = None
    extra_spans: list[tuple[int, int]] = field(default_factory=list)  # token spans ("(MSC)")
    strength: int = 0
    fallback: bool = False  # anaphoric, but a new event when nothing earlier fits
    demonstrative: bool = False  # "this assault", "that tragic event"
    act_of: int | None = None  # the treaty noun a ratification vote is the act of ("approved X in a vote")

    def features(self) -> bool:
        return bool(self.date or self.names or self.places or self.counterparts or self.agents
                    or self.classes or self.relations)


@dataclass
class Occurrence:
    """One event: the mentions coreference put together, and what they tell of it."""

    type: str
    mentions: list[Mention] = field(default_factory=list)
    date: str | None = None
    date_end: str | None = None
    names: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    counterparts: set[str] = field(default_factory=set)
    agents: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    relations: set[str] = field(default_factory=set)
    ordinals: set[str] = field(default_factory=set)
    lemmas: set[str] = field(default_factory=set)
    last_sent: int = 0
    introduced_indefinite: bool = False

    def add(self, m: Mention) -> None:
        if not self.mentions:
            self.introduced_indefinite = m.indefinite and not m.names
        self.mentions.append(m)
        self.ordinals |= m.ordinals
        if m.date is not None and (self.date is None or (len(m.date) > len(self.date) and within(m, self))):
            self.date, self.date_end = m.date, m.date_end
        self.names |= m.names
        self.places |= m.places
        self.counterparts |= m.counterparts
        self.agents |= m.agents
        self.classes |= m.classes
        self.relations |= m.relations
        if m.specific:
            self.lemmas.add(m.lemma)
        self.last_sent = max(self.last_sent, m.sent)

    def features(self) -> bool:
        return bool(self.date or self.names or self.places or self.counterparts or self.agents
                    or self.classes or self.relations)


def dates_compatible(a: str | None, b: str | None, a_end: str | None = None, b_end: str | None = None) -> bool:
    """Whether two (possibly partial, possibly range) ISO dates can denote the same time."""
    if a is None or b is None:
        return True
    lo_a, hi_a = pad(a, "0"), pad(a_end or a, "9")
    lo_b, hi_b = pad(b, "0"), pad(b_end or b, "9")
    return lo_a <= hi_b and lo_b <= hi_a


def pad(iso: str, fill: str) -> str:
    return iso + ("-" + fill * 2) * ((10 - len(iso)) // 3)


def within(m: Mention, ev: Occurrence) -> bool:
    return dates_compatible(m.date, ev.date, m.date_end, ev.date_end)


# ---------------------------------------------------------------- the records kg keeps
def to_events(ctx: Context, events: list[Occurrence]) -> list[Event]:
    """One :class:`~kg.records.Event` per occurrence, with every mention span in original-text coordinates."""
    sdoc, document = ctx.sdoc, ctx.document
    out: list[Event] = []
    used: set[str] = set()
    for ev in events:
        best = max(ev.mentions, key=lambda m: (m.specific, m.named, m.strength, m.end - m.start <= 12,
                                                 m.end - m.start, -m.head))
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for m in ev.mentions:
            for ts, te in [(m.start, m.end)] + m.extra_spans:
                span = _span(sdoc, document, ts, te)
                if span is not None and (span.start, span.end) not in seen:
                    seen.add((span.start, span.end))
                    spans.append(span)
        if not spans:
            continue
        label = _label(ctx, best)
        key = slug(label)[:60].strip("_") or FALLBACK_KEY
        base, n = key, 2
        while key in used:
            key = f"{base}_{n}"
            n += 1
        used.add(key)
        participants: list[str] = []
        for m in ev.mentions:
            for p in sorted(m.participants):
                if p not in participants:
                    participants.append(p)
        place = next((m.place for m in ev.mentions if m.place), None)
        rule = next((m.rule for m in ev.mentions if m.specific), ev.mentions[0].rule)
        out.append(Event(key=key, type=ev.type, label=label, mentions=sorted(spans, key=lambda s: s.start),
                         date=ev.date, place=place, participants=participants, rule=rule))
    return out


def _span(sdoc: Doc, document: Document, ts: int, te: int) -> Span | None:
    if te <= ts:
        return None
    cs, ce = sdoc[ts].idx, sdoc[te - 1].idx + len(sdoc[te - 1].text)
    if ce > len(document.offsets) - 1:
        return None
    return document.span(cs, ce)


def _label(ctx: Context, m: Mention) -> str:
    sdoc = ctx.sdoc
    text = " ".join(sdoc[m.start:m.end].text.split())
    text = rx(ctx.words.leading_determiner, re.I).sub("", text)
    return text[:120] if text else sdoc[m.head].text
