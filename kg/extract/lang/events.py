"""Schema of the events tables (filled per language in ``kg/extract/lang/<xx>/events.py``).

The rules of :mod:`kg.extract.events` read three kinds of rows from here:

* :class:`EventHead`, one per event noun: its type, the gate that admits it as a candidate
  and the properties the later rules ask about ("the elections" name one occurrence,
  "the incident" may stand for any incident, "a round" takes its type from what it holds);
* :class:`EventKind`, one per event type: the classes of that type ("presidential",
  "bilateral") with what each does for specificity and coreference;
* :class:`Gate`, a test by name (one function per kind in
  :mod:`kg.extract.events.gates`) with the words and patterns it reads.

Everything else is a named word list or a pattern (a regular expression as a string, which
the engine compiles once).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, get_args

__all__ = ["EventType", "EVENT_TYPES", "GateKind", "GATE_KINDS", "Feature", "FEATURES", "Gate", "Evidence",
           "EventHead", "EventClass", "EventKind", "EventWords"]

EventType = Literal["Election", "Interview", "Speech", "Meeting", "Summit", "War", "MilitaryOperation",
                    "Incident", "Agreement", "Ceremony"]
#: the event types of kg's ontology, in the order of :data:`EventType`
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)

GateKind = Literal["any", "all", "noun", "no_noun_modifier", "modifier", "lowercase", "possessed", "particle", "governed_by",
                   "not_complement_of", "named_argument", "of_object", "modified", "modified_head",
                   "member_argument", "capitalised_modifier", "described_by", "addressed", "against_actor",
                   "actor_arguments", "ballot", "names_actor", "of_place", "plural"]
#: the gate kinds the engine implements (one function each in :mod:`kg.extract.events.gates`)
GATE_KINDS: tuple[GateKind, ...] = get_args(GateKind)

Feature = Literal["date", "places", "counterparts", "relations", "classes"]
#: what a mention may have found that tells its occurrence apart
FEATURES: tuple[Feature, ...] = get_args(Feature)


@dataclass(frozen=True)
class Gate:
    """A test an event noun must pass to be a candidate at all ("event" only after "tragic")."""

    kind: GateKind
    """the engine's test, by name"""
    pattern: str = ""
    """a regular expression searched in the head's pre-head modifiers, lower case and joined by spaces
    (kinds ``modifier``)"""
    words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """the word lists the test reads, by the role they play in it ("preps", "verbs", ...)"""
    any_of: tuple[Gate, ...] = ()
    """kind ``any``: the gates of which one must pass"""
    all_of: tuple[Gate, ...] = ()
    """kind ``all``: the gates that must all pass"""


@dataclass(frozen=True)
class Evidence:
    """What a weak head needs before anything else about it counts as specific: "remarks" need a date,
    a place or someone they were made to; "operation" a kind, a date or a place."""

    features: frozenset[Feature]
    """any of these found on the mention is enough"""
    preps: frozenset[str] = frozenset()
    """or a prepositional argument of the head with one of these prepositions ("remarks to reporters")"""


@dataclass(frozen=True)
class EventHead:
    """One event noun (by lemma, or by the surface form for the heads in ``surface_heads``)."""

    type: EventType
    """the event type it names"""
    gate: Gate | None = None
    """the test it must pass to be a candidate (None: every occurrence of the noun is a candidate)"""
    not_with: frozenset[str] = frozenset()
    """modifiers that make the noun something else than an event ("trade war", "heart attack")"""
    retyped_by: Mapping[str, EventType] = field(default_factory=dict)
    """modifiers that make it an event of another type ("press conference" is a Speech)"""
    plural_as_one: bool = False
    """its plural names one occurrence ("the elections", "peace talks")"""
    generic: bool = False
    """when anaphoric it may stand for any event of its type ("the incident", "the meeting")"""
    mass: bool = False
    """bare and singular it names no occurrence ("the legacy of conflict")"""
    weak: bool = False
    """anaphoric, it refers only to a recent event of the same kind ("the dialogue", "their discussions")"""
    ballot: bool = False
    """a ballot: "vote" may stand for it ("the vote on October 26" is the parliamentary election of that day)"""
    vote: bool = False
    """a vote: it may stand for a ballot, may decide a bill (no event) or ratify a treaty (the treaty's event)"""
    counted: bool = False
    """an ordinal, "first" too, sets occurrences apart ("the first round" and "the second round" are two)"""
    container: bool = False
    """it counts occurrences of what it holds: its type comes from what it holds or from the election or talks
    around it ("the first round of voting", "the previous round"), and the noun it holds keeps its own mention
    ("a round of talks"; any other head takes over the noun it holds: "the 19th session of the Meeting")"""
    types_round: bool = False
    """a round near it takes its type ("the first round" after "the presidential election")"""
    of_argument: bool = False
    """an "of" phrase after it belongs to the mention whatever it holds ("anniversary of the genocide")"""
    to_place: bool = False
    """a place after "to" is where it happened ("a visit to Baku")"""
    series_host: bool = False
    """it carries the mention of a series name before it ("COP29 conference")"""
    lasting: bool = False
    """the day it ended is its date ("the war ended on May 9"); for other heads that day is only the last of
    theirs, and the mention keeps the month ("the summit ended on Wednesday")"""
    agent_identifies: bool = True
    """a possessor or a demonym tells its occurrence apart ("Putin's visit"; not "his speech", "Russian attacks")"""
    possessed_plural_one: bool = True
    """a possessed plural of it is specific ("Putin's visits"; not "Russia's attacks")"""
    evidence: Evidence | None = None
    """what it needs before anything else counts as specific (None: nothing)"""
    verbs: frozenset[str] = frozenset()
    """verbs that report the same occurrence ("met" for "the meeting"), lemmas"""
    kin: str = ""
    """heads with the same kin name the same kind of occurrence ("the trip" after "his state visit")"""


@dataclass(frozen=True)
class EventClass:
    """A class of an event type, found by a pattern in the modifiers ("snap presidential elections")."""

    name: str
    """the class, as kept on the mention"""
    pattern: str
    """a regular expression searched in the lower-case modifiers"""
    self_specific: bool = False
    """it makes a bare mention specific enough by itself ("a state visit", "counter-terrorist operation")"""
    distinguishing: bool = False
    """two mentions of different distinguishing classes are different events ("bilateral" vs "trilateral")"""


@dataclass(frozen=True)
class EventKind:
    """What the rules know of one event type."""

    classes: tuple[EventClass, ...] = ()
    """the classes of the type"""
    same_head: bool = False
    """specific mentions of this type merge only with events of the same head noun"""
    recorded: bool = False
    """a document whose title names such an event without a verb ("Press Briefing by the Press Secretary",
    "Transcript of the interview of the Minister") is its record: undated, it takes the day of the date line
    (not a visit or a summit, which a verbless headline may announce: "Putin's visit to China: what to expect")"""
    brief: bool = False
    """its occasions last a day or so: what was done right after one ("Following the meeting, they signed a
    protocol") took place on its day"""


@dataclass(frozen=True)
class EventWords:
    """The words of the event rules."""

    # ------------------------------------------------------------ heads and kinds
    heads: Mapping[str, EventHead]
    """event nouns, lemma -> its row"""
    kinds: Mapping[str, EventKind]
    """event types (:data:`EVENT_TYPES`) -> their classes and coreference rule"""
    surface_heads: frozenset[str]
    """plurals that are heads as written ("talks", "hostilities", "remarks"), lower case"""
    never_heads: frozenset[str]
    """lemmas that are no head even where the surface form is one ("talk")"""
    verbal_heads: frozenset[str]
    """forms that are heads also when tagged as verbs, if a particle follows ("the shooting down of")"""
    particles: frozenset[str]
    """particles that belong to the head ("shooting down")"""
    attempt_nouns: frozenset[str]
    """nouns whose compound event is the event ("the 2016 coup attempt", "an assassination attempt")"""
    series_pattern: str
    """a conference-of-parties series name in one token ("COP29", "CMA-5"), with the groups ``name`` and
    ``number``; the series key is the name in lower case and the number ("cop29")"""
    series_names: frozenset[str]
    """series names that take their number from the next token ("COP 29"), case-sensitive"""
    document_names: frozenset[str]
    """agreements whose names may hold an event noun ("the Convention on the Prevention ... of Genocide")"""
    containers: frozenset[str]
    """nouns that hold an occurrence or a series of them ("the first round of talks", "a wave of attacks")"""
    election_rounds: frozenset[str]
    """what a round of is an election ("the first round of voting"); a round of talks carries the event on the
    inner noun; "a round of sanctions", "the first round of the cup" are no events"""
    not_event_after: str
    """what after an event noun makes it no event ("war of words", "conflict of interest")"""
    split_prefixes: frozenset[str]
    """prefixes before a hyphen token that make the noun no event ("post - war", "pre - election")"""
    prefixed_heads: Mapping[tuple[str, str], str]
    """(prefix, lemma) -> the head they make together where the tokenizer split them at a hyphen
    ("counter - attack" is a counterattack)"""
    joined_prefixes: frozenset[str]
    """prefixes joined to the token by a hyphen that do the same ("post-war"; "re-election" is fine)"""

    # ------------------------------------------------------------ words that admit or type a candidate
    legislation: frozenset[str]
    """what a vote passes as a domestic law, no event ("passed the bill in a 184-29 vote")"""
    ratifying_verbs: frozenset[str]
    """ratification by vote: "approved the protocol in a 287-55 vote" """
    vote_preps: frozenset[str]
    """prepositions of a vote that approved something ("in a 287-55 vote", "by a vote")"""

    # ------------------------------------------------------------ specificity
    ordinal_pattern: str
    """ordinals and ordinal-like modifiers ("first", "32nd", "44-day", "next"), a whole token"""
    ordinal_numbers: Mapping[str, str]
    """ordinal words -> their number ("second" -> "2")"""
    ordinal_suffix: str
    """the suffix of a numeric ordinal ("32nd"), at the end of the token"""
    unnumbered_ordinals: frozenset[str]
    """ordinal-like words that count no occurrence ("the new round", "the last meeting")"""
    counted_ordinals: frozenset[str]
    """ordinals that set occurrences apart only for counted heads ("the first round"; "his first foreign trip"
    may be the trip met before)"""
    number_words: frozenset[str]
    """number words, which are no part of an event's name ("Two Sessions")"""
    past_words: frozenset[str]
    """modifiers that put an occurrence in the past ("the previous round")"""
    future_words: frozenset[str]
    """modifiers that put it ahead ("the upcoming summit")"""
    recent_words: frozenset[str]
    """modifiers that date it to the year of a document dated from April on ("the recent strikes")"""
    hypothetical_dets: frozenset[str]
    """determiners of no particular occurrence ("any provocation", "another attack")"""
    hypothetical_adjs: frozenset[str]
    """adjectives of no particular occurrence ("a potential conflict", "new elections")"""
    indefinite_dets: frozenset[str]
    """the indefinite articles"""
    demonstrative_dets: frozenset[str]
    """demonstratives ("this assault", "that tragic event")"""
    anaphoric_dets: frozenset[str]
    """determiners of a definite mention (the article and the demonstratives)"""
    possessive_pronouns: frozenset[str]
    """possessive pronouns ("his speech")"""
    company_preps: frozenset[str]
    """prepositions of who took part with whom ("talks with X", "talks between X and Y")"""
    interviewer_preps: frozenset[str]
    """prepositions that make an interview specific ("an interview with X", "an interview to X")"""
    plural_target_preps: frozenset[str]
    """prepositions that make a definite plural specific ("the attacks on X", "the strikes by Y")"""
    agent_preps: frozenset[str]
    """the preposition of a passive agent ("organised by X")"""
    mention_verbs: frozenset[str]
    """verbs of a clause that speaks of a noun without placing it ("the war mentioned above")"""

    # ------------------------------------------------------------ mood
    perfect_aux: frozenset[str]
    """the auxiliary of the perfect ("has signed")"""
    infinitive_marks: frozenset[str]
    """the mark of an infinitive ("to hold")"""
    unreal_participle_aux: frozenset[str]
    """auxiliaries before a past participle that do not report it done ("will be signed", "to be held")"""
    copulas: frozenset[str]
    """copulas: a modal copula describes ("a war would be disastrous")"""
    condition_marks: frozenset[str]
    """marks of a condition on the verb ("if", "unless", "lest")"""
    clause_condition_marks: frozenset[str]
    """marks of a conditional clause above the noun ("if there is another attack")"""
    irrealis_verbs: frozenset[str]
    """verbs whose object need not have happened: "prepare for an attack", "called for elections" """
    adjunct_preps: frozenset[str]
    """prepositions of a phrase that says where or when a verb's act took place ("warned in a speech", "urged at a
    rally"): the verb's meaning does not make the noun unreal, only its mood does"""
    planning_verbs: frozenset[str]
    """of the irrealis verbs, those that leave a dated or named occurrence real ("plans to hold talks on May 5")"""
    existential_verbs: frozenset[str]
    """verbs whose negated or modal form makes their subject unreal ("a war would break out"), where others do
    not ("the meeting did not achieve breakthroughs" still took place)"""
    purpose_nouns: frozenset[str]
    """nouns of a purpose or a possibility ("a venue for peace talks", "the path to a peace treaty")"""
    purpose_preps: frozenset[str]
    """prepositions after a purpose noun ("a venue for", "the path to")"""
    purpose_subject_preps: frozenset[str]
    """prepositions after a verb whose subject is a purpose noun ("calls grew for new elections")"""
    temporal_preps: frozenset[str]
    """prepositions after which the noun only places something in time ("before the 2026 elections")"""
    temporal_phrases: tuple[tuple[str, str], ...]
    """(word, preposition) pairs that do the same ("ahead of", "prior to")"""
    predicative_preps: frozenset[str]
    """the preposition of a predicate noun ("as a historic event")"""
    example_heads: frozenset[str]
    """words before that preposition that list examples, not predicates ("such as")"""

    # ------------------------------------------------------------ processes
    process_verbs: frozenset[str]
    """a negotiating process, not an occurrence: "put the talks on hold", "a pause in EU talks" """
    process_nouns: frozenset[str]
    """nouns of a process paused or resumed ("a pause in EU talks", "the resumption of negotiations")"""
    process_preps: frozenset[str]
    """prepositions after a process noun ("a pause in", "the resumption of")"""
    failing_verbs: frozenset[str]
    """verbs of talks that fail as a process ("the talks stalled", "negotiations collapsed")"""
    hold_preps: frozenset[str]
    """the preposition of "on hold" """
    hold_nouns: frozenset[str]
    """what talks are put on ("on hold", "on ice")"""
    hold_verbs: frozenset[str]
    """verbs that put or keep talks on hold"""

    # ------------------------------------------------------------ reporting an occurrence
    eventive_subject_verbs: frozenset[str]
    """a noun reported as happening: "an incident occurred", "the talks ended" """
    eventive_object_verbs: frozenset[str]
    """a noun reported as done: "gave an interview", "hosted a conference" """
    signing_verbs: frozenset[str]
    """verbs that report an agreement signed, adopted or concluded"""
    open_signing_verbs: frozenset[str]
    """of the signing verbs, those that do not say whether it was signed ("negotiated the deal")"""
    signing_prep_verbs: frozenset[str]
    """verbs that sign with a preposition ("agreed to the deal", "entered into the treaty")"""
    signing_nouns: frozenset[str]
    """nouns of a signing ("the signing of the treaty")"""
    part_verbs: frozenset[str]
    """verbs of an event's parts ("the visit, featuring talks with X", "the summit included talks")"""

    # ------------------------------------------------------------ prepositions and the mention's span
    genitive_preps: frozenset[str]
    """the preposition of belonging ("a round of talks", "the anniversary of the genocide")"""
    arg_preps: frozenset[str]
    """prepositions of arguments: participants, counterparts, topics ("talks with X", "war against Y")"""
    place_preps: frozenset[str]
    """prepositions of a place ("the summit in Astana")"""
    phrase_preps: frozenset[str]
    """prepositional phrases that belong to the mention's span"""
    relation_preps: frozenset[str]
    """prepositions that relate it to another event ("the talks after the war")"""
    place_arg_preps: frozenset[str]
    """of the argument prepositions, those after which a place is the event's ("the liberation of Shusha")"""
    destination_preps: frozenset[str]
    """the preposition of a destination ("a visit to Baku")"""
    between_preps: frozenset[str]
    """prepositions whose whole object, conjuncts too, names the participants ("between X and Y")"""
    relative_words: frozenset[str]
    """words that open a relative clause after a comma (", which lasted", ", who ...")"""
    relative_if_wdt: frozenset[str]
    """words that open one only where tagged as a relative determiner (", that ...")"""
    relative_after_prep: frozenset[str]
    """relative words after a preposition (", at which he said")"""
    clause_relatives: frozenset[str]
    """relative words that open a clause after the mention ("the deal that he agreed to")"""
    name_numeral: str
    """a numeral that ends an event's name ("World War II", "Gulf War 2"), a whole token"""
    name_links: frozenset[str]
    """words that join the parts of an event's name ("War on Terror", "Conference of the Parties")"""
    name_articles: frozenset[str]
    """articles left out of an event's name key"""
    leading_determiner: str
    """a determiner at the start of a label, which the label leaves out (case-insensitive)"""

    # ------------------------------------------------------------ dating
    participle_date: str
    """a reduced relative clause that dates the noun before it: "the previous round, held there on February 27",
    "the Sixth Meeting of the Heads of State held in Astana on Aug. 9" (matched against the text between the
    mention and the date; case-insensitive; without a comma the participle must have no subject of its own)"""
    connect_date: str
    """what may stand between a mention and its date: "the election on February 7", "the summit (COP29) in
    2024" (matched against the text between them; case-insensitive)"""
    dated_elsewhere_preps: frozenset[str]
    """prepositions of a noun a date near it does not date: "joined NATO in April after the invasion" """
    opening_date_preps: frozenset[str]
    """prepositions of a date that opens a sentence ("On May 5, the talks ...")"""
    day_preps: frozenset[str]
    """the preposition of a day ("unfolded on May 5")"""
    at_event_preps: frozenset[str]
    """prepositions of an event held at another one ("speech at the ceremony on February 26")"""
    setting_preps: frozenset[str]
    """prepositions that place one event at, during, amid or alongside another (which then share a date)"""
    sequel_preps: frozenset[str]
    """prepositions of an occasion something was done right after ("Following the meeting, they signed a
    protocol"), which then dates it"""
    sideline_preps: frozenset[str]
    """the preposition of "on the sidelines of" """
    sideline_nouns: frozenset[str]
    """the noun of "on the sidelines of" """
    end_verbs: frozenset[str]
    """verbs of an ending: "the summit ended on Wednesday" dates its last day"""
    future_verbs: frozenset[str]
    """verbs of a scheduled occurrence ("scheduled for May 5", "the vote is due on")"""
    forward_verbs: frozenset[str]
    """past verbs that may speak of what is still to come ("called elections for June 5")"""
    scheduled_present: frozenset[str]
    """verbs whose simple present with a date announces a scheduled occurrence"""

    # ------------------------------------------------------------ derived views
    @cached_property
    def ballot_heads(self) -> frozenset[str]:
        """the heads a vote may stand for"""
        return frozenset(lemma for lemma, head in self.heads.items() if head.ballot)

    @cached_property
    def vote_heads(self) -> frozenset[str]:
        """the heads that may stand for a ballot"""
        return frozenset(lemma for lemma, head in self.heads.items() if head.vote)

    @cached_property
    def _kin_groups(self) -> Mapping[str, frozenset[str]]:
        groups: dict[str, set[str]] = {}
        for lemma, head in self.heads.items():
            if head.kin:
                groups.setdefault(head.kin, set()).add(lemma)
        return {kin: frozenset(lemmas) for kin, lemmas in groups.items()}

    def kin_of(self, lemma: str) -> frozenset[str]:
        """Head nouns that name the same kind of occurrence as ``lemma`` (itself included)."""
        head = self.heads.get(lemma)
        if head is None or not head.kin:
            return frozenset({lemma})
        return self._kin_groups[head.kin]

    @cached_property
    def self_specific_classes(self) -> Mapping[str, frozenset[str]]:
        """event type -> its classes that make a bare mention specific"""
        out: dict[str, frozenset[str]] = {}
        for etype, kind in self.kinds.items():
            out[etype] = frozenset(c.name for c in kind.classes if c.self_specific)
        return out

    @cached_property
    def distinguishing_classes(self) -> Mapping[str, frozenset[str]]:
        """event type -> its classes that tell two events apart"""
        out: dict[str, frozenset[str]] = {}
        for etype, kind in self.kinds.items():
            out[etype] = frozenset(c.name for c in kind.classes if c.distinguishing)
        return out
