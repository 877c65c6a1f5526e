"""Events: specific occurrences that a news text refers to.

Rules over the spaCy parse, no statistics of their own:

1. Candidates are nouns from a lexicon of event heads (``election``,
   ``interview``, ``speech``, ``visit``, ``summit``, ``war``, ``operation``,
   ``attack``, ``treaty``, ``parade``, ...) plus named conference series
   ("COP29"). A few heads need a qualifier to count at all ("operation" needs
   "military", "counter-terrorist", a date ...; "statement" needs "joint" or
   "trilateral"; "session" an ordinal or a name).
2. A candidate is kept as a *specific* occurrence when something ties it to
   one point on a timeline: a name (a capitalised head or modifier: "Second
   Karabakh War", "Munich Security Conference", "EU Parliamentary elections"),
   an attached date ("the election on February 7, 2024", "the 2020
   conflict"), a place ("the summit in Astana"), named participants ("Putin's
   state visit", "an interview with Dmitry Kiselev", "talks between X and Y"),
   an ordinal ("first foreign trip", "32nd anniversary"), a qualifier of its
   kind ("snap elections", "counter-terrorist operation", "state visit"), or a
   predicate that reports it happening ("a serious incident occurred", "gave
   an interview", "hosted a conference"). Agreements count only where the
   text reports their signing, adoption or conclusion, or dates them to the day;
   a parliament's vote that approved or ratified a treaty is that agreement
   ("approved the accession protocol in a 287-55 vote"). Briefings, press
   conferences and rallies someone speaks to are speeches; "vote" is an election
   unless it decides a bill, a plan or a motion; "round" takes the type of the
   election or talks around it ("the first round", "the previous round").
3. Generic, hypothetical and descriptive uses are dropped: bare plurals
   ("elections are important"), "an arms race", "any provocation", "a war
   would be apocalyptic", "if there is another attack", predicate nouns
   ("as a historic event"), talks spoken of as a process that is paused or
   frozen ("put the accession talks on hold"). A noun that only places
   something else in time keeps its own mood ("could be held before the 2026
   parliamentary elections").
4. Coreference, conservatively: definite or possessive mentions without
   anything specific ("the interview", "his speech", "the snap elections
   resulted in ...") refer back to a recent event with the same head noun (or,
   for generic heads such as "the incident", "the meeting", of the same type);
   a specific mention joins an earlier event of the same type when nothing
   conflicts (date, name, place, participants, ordinal, kind: "bilateral" vs
   "trilateral") and something is shared; an indefinite one ("an international
   conference in Baku") starts a new event. A definite noun with no antecedent
   but a past verb of the same event just before ("the commission met in
   Astrakhan last week. Following the meeting ...") becomes an event of its own.
   One :class:`~kg.records.Event` per occurrence, with every mention span.

Dates come from the date expression attached to the mention in the parse
(inside its phrase, right after it, or near it in the dependency tree), are
resolved with :mod:`kg.extract.dates` against the document's date (for a
document without a date line, days and months take the year of its latest full
date; "February of that year" the year named last), and otherwise from a dated
event it took place at ("during the visit"); a summit with no date of its own
takes the date of a meeting held on its sidelines (or alongside it); what was done right after a dated
meeting, summit or speech ("Following the meeting, they signed a protocol") takes its date; a heading
without a verb that ends with a date dates its event, and a speech or interview that a verbless title
names is the occasion the document records, dated by its date line. The tense of the clause
decides which way a date without a year points: a past verb never yields a date
after the date line, a future or scheduling one looks ahead, a present tense
takes the nearer reading. Mention spans stop before relative clauses and
appositions (", which lasted", ", at which he said").
``Event.rule`` says which rule created the event: ``event:named``,
``event:np-pattern``, ``event:agreement-signed``, ``event:agreement-dated``,
``event:compound-event`` ("inauguration" in "inauguration speech") or
``event:verb-antecedent``.

The words of these rules (event nouns with their types and gates, modifiers, verbs,
prepositions, patterns) are the language's :class:`~kg.extract.lang.events.EventWords`;
this package is the engine, one concern a module:

* :mod:`.context`: per-document lookups (entities and dates by token, sentences, anchor date);
* :mod:`.parse`: what the parse says of a noun (lemma, modifiers, governor, mood);
* :mod:`.gates`: the tests some nouns must pass to be candidates (one function per gate kind);
* :mod:`.analyzer`: candidates, their spans and features, and specificity;
* :mod:`.dating`: which date belongs to which mention, and dates from the setting;
* :mod:`.coref`: which mentions are one occurrence;
* :mod:`.records`: the working records and the :class:`~kg.records.Event` records made of them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import Document, Event
from .analyzer import Analyzer
from .context import Context, EntitySpanTuple
from .coref import corefer
from .dating import (
    assign_dates,
    date_from_sequel,
    date_from_setting,
    date_from_title,
    inherit_dates,
    mention_setting_dates,
)
from .parse import head_lemma
from .records import Mention, to_events

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_events", "EntitySpanTuple"]


def extract_events(sdoc: Doc, document: Document, entity_spans: list[EntitySpanTuple]) -> list[Event]:
    """Events that ``document`` refers to as specific occurrences.

    ``sdoc`` is the spaCy parse of ``document.clean``; ``entity_spans`` are
    resolved entity mentions as (clean start, clean end, entity key, type). The
    events' mention spans are in original-text coordinates.
    """
    ctx = Context(sdoc, document, entity_spans)
    analyzer = Analyzer(ctx)
    mentions: list[Mention] = []
    for tok in sdoc:  # 1. candidates
        lemma = head_lemma(tok)
        if lemma is None:
            continue
        m = analyzer.analyze(tok, lemma)
        if m is not None:
            mentions.append(m)
    assign_dates(ctx, mentions)  # 2. dates attached in the parse
    mentions = [f for m in mentions if (f := analyzer.finish(m)) is not None]  # 3. specific, anaphoric or neither
    inherit_dates(ctx, mentions)  # 4. dates from the event a mention is held at
    mention_setting_dates(ctx, mentions)
    events = corefer(ctx, mentions)  # 5. one occurrence per event
    date_from_setting(ctx, events)
    date_from_sequel(ctx, events)  # "Following the meeting, they signed a protocol"
    date_from_title(ctx, events)  # 6. the occasion a verbless title names is the date line's
    return to_events(ctx, events)
