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
takes the date of a meeting held on its sidelines. The tense of the clause
decides which way a date without a year points: a past verb never yields a date
after the date line, a future or scheduling one looks ahead, a present tense
takes the nearer reading. Mention spans stop before relative clauses and
appositions (", which lasted", ", at which he said").
``Event.rule`` says which rule created the event: ``event:named``,
``event:np-pattern``, ``event:agreement-signed``, ``event:agreement-dated``,
``event:compound-event`` ("inauguration" in "inauguration speech") or
``event:verb-antecedent``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import ACTOR_TYPES, Document, Event, Span
from ..vocab import slug
from . import dates as datesmod
from .context import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

EntitySpanTuple = tuple[int, int, str, str]

# ---------------------------------------------------------------- lexicon
EVENT_NOUNS: dict[str, str] = {
    # Election
    "election": "Election", "reelection": "Election", "referendum": "Election",
    "plebiscite": "Election", "runoff": "Election", "by-election": "Election", "vote": "Election",
    "round": "Election",  # "the first round": typed from the text around it (see _round_type)
    # Interview
    "interview": "Interview",
    # Speech
    "speech": "Speech", "address": "Speech", "remark": "Speech", "remarks": "Speech",
    "lecture": "Speech", "keynote": "Speech", "sermon": "Speech", "briefing": "Speech",
    "rally": "Speech",  # a politician's rally (only where someone speaks to it, see _restricted_ok)
    # Meeting
    "meeting": "Meeting", "talks": "Meeting", "visit": "Meeting", "trip": "Meeting",
    "tour": "Meeting", "dialogue": "Meeting", "discussion": "Meeting",
    "negotiation": "Meeting", "consultation": "Meeting", "encounter": "Meeting",
    "call": "Meeting", "conversation": "Meeting", "videoconference": "Meeting",
    "teleconference": "Meeting",
    # Summit
    "summit": "Summit", "conference": "Summit", "forum": "Summit", "congress": "Summit",
    "symposium": "Summit", "session": "Summit", "gathering": "Summit",
    # War
    "war": "War", "conflict": "War", "hostility": "War", "hostilities": "War",
    "battle": "War", "intifada": "War", "struggle": "War",
    # MilitaryOperation
    "operation": "MilitaryOperation", "offensive": "MilitaryOperation",
    "counteroffensive": "MilitaryOperation", "incursion": "MilitaryOperation",
    "invasion": "War", "campaign": "MilitaryOperation", "annexation": "MilitaryOperation",
    "siege": "MilitaryOperation",
    # Incident
    "attack": "Incident", "strike": "Incident", "airstrike": "Incident",
    "shootdown": "Incident", "shooting": "Incident", "downing": "Incident",
    "provocation": "Incident", "massacre": "Incident", "genocide": "Incident",
    "bombing": "Incident", "explosion": "Incident", "blast": "Incident", "crash": "Incident",
    "incident": "Incident", "assassination": "Incident", "killing": "Incident",
    "clash": "Incident", "shelling": "Incident", "ambush": "Incident", "tragedy": "Incident",
    "coup": "Incident", "raid": "Incident", "hijacking": "Incident", "assault": "Incident",
    "skirmish": "Incident", "shootout": "Incident", "stabbing": "Incident", "pogrom": "Incident",
    "event": "Incident", "accident": "Incident", "burning": "Incident", "storming": "Incident",
    "kidnapping": "Incident", "abduction": "Incident", "bombardment": "Incident",
    # Agreement
    "agreement": "Agreement", "treaty": "Agreement", "declaration": "Agreement",
    "deal": "Agreement", "accord": "Agreement", "protocol": "Agreement",
    "memorandum": "Agreement", "pact": "Agreement", "statement": "Agreement",
    "communique": "Agreement", "communiqué": "Agreement", "charter": "Agreement",
    "convention": "Agreement", "ceasefire": "Agreement", "truce": "Agreement",
    "armistice": "Agreement", "initiative": "Agreement",
    # Ceremony
    "parade": "Ceremony", "inauguration": "Ceremony", "ceremony": "Ceremony",
    "commemoration": "Ceremony", "anniversary": "Ceremony", "funeral": "Ceremony",
    "celebration": "Ceremony", "coronation": "Ceremony", "vigil": "Ceremony",
    "jubilee": "Ceremony", "swearing-in": "Ceremony",
}
# heads whose plural names one occurrence ("the elections", "peace talks")
PLURAL_AS_ONE = {"election", "talks", "hostility", "hostilities", "negotiation", "discussion",
                 "consultation", "remark", "remarks", "celebration"}
# heads that "vote" may stand for ("the vote on October 26" is the parliamentary election of that day)
BALLOT_HEADS = {"election", "runoff", "referendum", "plebiscite", "by-election", "reelection"}
# heads that may stand for any event of their type when anaphoric ("the incident")
GENERIC_HEADS = {"meeting", "talks", "discussion", "dialogue", "negotiation", "encounter", "vote",
                 "consultation", "incident", "tragedy", "event", "ceremony", "summit",
                 "conference", "forum", "operation", "attack", "war", "conflict"}
# specific mentions of these types merge only with events of the same head noun
SAME_HEAD_TYPES = {"War", "Ceremony", "Agreement", "Speech"}
MASS_HEADS = {"conflict", "war", "struggle", "dialogue", "discussion", "negotiation", "violence",
              "provocation", "aggression", "genocide", "terrorism"}
WEAK_HEADS = {"dialogue", "discussion", "negotiation", "consultation"}
CONTAINERS = {"round", "session", "edition", "part", "phase", "stage", "series", "wave", "spate", "string",
              "spree"}
# modifiers that make a noun something else than an event ("trade war", "heart attack")
NOT_EVENT_MODIFIERS: dict[str, set[str]] = {
    "war": {"trade", "price", "culture", "information", "propaganda", "word", "words", "hybrid",
            "cyber", "media", "currency", "tariff", "sanctions", "proxy"},
    "attack": {"heart", "panic", "asthma", "verbal", "personal", "media", "smear", "cyber"},
    "strike": {"hunger", "general", "labor", "labour", "teacher", "teachers", "worker", "workers"},
    "crash": {"market", "stock", "financial", "economic"},
    "conference": {"press", "news"},
    "address": {"email", "e", "mail", "ip", "web", "home", "postal", "mailing"},
    "campaign": {"smear", "election", "electoral", "advertising", "vaccination", "media",
                 "disinformation", "fundraising", "awareness", "presidential"},
    "operation": {"business", "commercial", "mining", "port", "airport"},
    "speech": {"free", "hate"},
    "talks": {"accession", "membership"},  # a negotiating process, not one occurrence
    "negotiation": {"accession", "membership"},
    "vote": {"popular", "confidence", "impeachment", "censure", "swing", "protest", "postal", "youth"},
    "rally": {"stock", "market", "relief", "price", "oil"},
    "gathering": {"intelligence", "information", "data", "evidence", "fact", "family", "social"},
    "burning": {"heart", "fuel", "coal", "gas", "crop", "stubble"},
}
# what a "round" is a round of: "the first round of voting" (Election), "a round of talks" carries the
# event on the inner noun; "a round of sanctions", "the first round of the cup" are no events
ROUND_OF_ELECTION = {"voting", "vote", "balloting", "election", "elections", "presidential", "polls"}
# verbs after which a speaker addresses a rally: "told a rally", "speaking at a rally"
SPEAKING_VERBS = {"tell", "address", "speak", "say", "announce", "declare", "vow", "pledge", "promise",
                  "warn", "urge", "thank", "claim", "insist", "accuse", "attack", "praise"}
ASSEMBLIES = {"senate", "house", "congress", "parliament", "assembly", "council", "committee", "board", "cabinet",
              "chamber", "legislature", "court", "un", "lawmaker", "mp", "senator", "deputy"}
LEGISLATION = {"bill", "law", "legislation", "budget", "motion", "amendment", "resolution", "measure", "package",
               "reform", "plan", "act", "proposal", "decree", "code", "nominee", "nomination", "appointment"}
REFERENDUM_ISSUES = {"independence", "secession", "sovereignty", "membership", "brexit", "constitution",
                     "unification", "reunification", "autonomy"}  # "the 2014 vote on independence"
GATHERED = {"minister", "leader", "head", "official", "diplomat", "delegate", "representative", "envoy",
            "president", "chief"}  # "a gathering of finance ministers"
HOLDING_VERBS = {"hold", "stage", "headline", "lead"}  # a rally held by a named person, not by protesters
# ratification by vote: "approved the protocol in a 287-55 vote"
RATIFYING_VERBS = {"approve", "ratify", "adopt", "endorse", "pass", "back", "reject"}
# a negotiating process, not an occurrence: "put the talks on hold", "a pause in EU talks"
PROCESS_VERBS = {"suspend", "freeze", "pause", "halt", "stall", "shelve", "unfreeze", "abandon", "derail",
                 "block", "jeopardize", "jeopardise"}
PROCESS_NOUNS = {"pause", "suspension", "freeze", "halt", "resumption", "collapse", "breakdown",
                 "stalemate", "deadlock", "impasse"}
NOT_EVENT_AFTER = re.compile(r"^(?:of\s+(?:words|interest|interests|laws))\b", re.I)

CLASS_PATTERNS: dict[str, list[tuple[str, str]]] = {
    "Election": [("presidential", r"\bpresidential\b"),
                 ("parliamentary", r"\b(?:parliamentary|legislative|general|congressional|assembly)\b"),
                 ("local", r"\b(?:municipal|local|mayoral|regional|gubernatorial|provincial|city)\b"),
                 ("primary", r"\bprimary\b"), ("european", r"\b(?:european|eu)\b")],
    "Meeting": [("bilateral", r"\b(?:bilateral|one[- ]on[- ]one|two-way|tete|tête)"),
                ("trilateral", r"\b(?:trilateral|tripartite|three-way)\b"),
                ("multilateral", r"\b(?:quadrilateral|multilateral|four-way)\b"),
                ("state", r"\bstate\b"), ("official", r"\bofficial\b"), ("working", r"\bworking\b"),
                ("phone", r"\b(?:phone|telephone|video)\b")],
    "MilitaryOperation": [("counterterror", r"(?:counter|anti)[\s-]*terror"),
                          ("special", r"\bspecial\b"), ("military", r"\b(?:military|army|combat)\b"),
                          ("ground", r"\bground\b"), ("air", r"\b(?:air|aerial|bombing)\b"),
                          ("naval", r"\b(?:naval|amphibious)\b"), ("peacekeeping", r"peace[\s-]*keeping"),
                          ("retaliatory", r"\b(?:retaliatory|punitive|reprisal)\b"),
                          ("security", r"\b(?:security|police|counterinsurgency|anti-insurgency)\b"),
                          ("rescue", r"\b(?:rescue|evacuation|humanitarian)\b")],
    "Speech": [("inauguration", r"\binaugura"), ("keynote", r"\bkeynote\b"),
               ("victory", r"\bvictory\b"), ("nation", r"\b(?:televised|nation|national)\b"),
               ("annual", r"\b(?:annual|new year|state of the)\b"), ("farewell", r"\bfarewell\b"),
               ("acceptance", r"\bacceptance\b")],
    "Ceremony": [("inauguration", r"\b(?:inaugura|swearing)"), ("groundbreaking", r"ground[\s-]*breaking|foundation"),
                 ("opening", r"\bopening\b"), ("closing", r"\bclosing\b"), ("award", r"\baward"),
                 ("memorial", r"\b(?:memorial|commemorat|mourning|funeral|wreath)"),
                 ("victory", r"\bvictory\b")],
    "Incident": [("sniper", r"\bsniper"), ("terror", r"\bterror"),
                 ("missile", r"\b(?:missile|rocket|drone|artillery|air|mortar)"),
                 ("suicide", r"\bsuicide\b"), ("chemical", r"\bchemical\b")],
    "Summit": [("climate", r"\bclimate\b")],
    "War": [("civil", r"\bcivil\b"), ("cold", r"\bcold\b"), ("world", r"\bworld\b")],
}
# kinds that make a bare mention specific enough by themselves
SELF_SPECIFIC_CLASSES = {
    "Election": {"presidential", "parliamentary", "local", "european", "primary"},
    "Meeting": {"bilateral", "trilateral", "multilateral", "state", "official", "working", "phone"},
    "MilitaryOperation": {"counterterror", "special", "military", "ground", "air", "naval",
                          "peacekeeping", "retaliatory", "security", "rescue"},
    "Speech": {"inauguration", "keynote", "victory", "farewell", "acceptance"},
    "Ceremony": {"inauguration", "groundbreaking", "opening", "closing", "memorial", "victory"},
}
ORDINAL_RX = re.compile(
    r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|previous|"
    r"\d+(?:st|nd|rd|th)|\d+-(?:day|year|hour|week|month)|new|next)$", re.I)
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "forty", "thirty", "twenty", "fifty", "hundred"}
PAST_WORDS = {"previous", "past", "former", "earlier", "preceding", "recent", "last"}
FUTURE_WORDS = {"upcoming", "forthcoming", "next", "future", "planned", "scheduled", "proposed",
                "potential", "possible", "expected", "prospective"}
HYPOTHETICAL_DETS = {"any", "no", "another", "such", "every", "each", "either", "neither",
                     "whatever", "some", "many", "several", "other", "more", "few", "all", "most"}
MODALS = {"would", "could", "should", "might", "may", "must", "can", "will", "shall", "wo",
          "'ll", "ca", "'d"}
# verbs whose object need not have happened: "prepare for an attack", "called for elections"
IRREALIS_VERBS = {"prepare", "plan", "threaten", "avoid", "prevent", "deter", "fear", "risk",
                  "want", "hope", "seek", "propose", "demand", "urge", "need", "aim", "intend",
                  "wish", "call", "warn", "rule", "consider", "envision", "envisage", "push",
                  "pursue", "advocate", "refuse", "imagine", "predict", "expect", "anticipate",
                  "allow", "permit", "forbid", "ban", "pave", "require"}
# a noun reported as happening: "an incident occurred", "the talks ended"
EVENTIVE_SUBJECT_VERBS = {"occur", "happen", "take", "unfold", "begin", "start", "end", "break",
                          "erupt", "conclude", "open", "close", "bring", "result", "culminate",
                          "kick", "last", "resume", "continue", "injure", "kill", "claim", "leave",
                          "destroy", "damage", "hit", "wound", "feature", "see", "mark", "produce",
                          "yield", "reveal", "highlight", "focus", "cover", "involve", "touch",
                          "precede", "follow", "coincide"}
EVENTIVE_OBJECT_VERBS = {"hold", "host", "attend", "give", "grant", "deliver", "conduct",
                         "organize", "organise", "boycott", "stage", "launch", "carry", "win",
                         "skip", "convene", "chair", "co-chair", "cochair", "make", "pay", "survive",
                         "witness", "commemorate", "mark", "celebrate", "observe", "complete",
                         "start", "begin", "end", "wage", "fight", "join", "lead", "co-organize",
                         "undertake", "perform", "mount", "execute", "repel", "suffer", "order",
                         "orchestrate", "facilitate", "broker", "initiate", "accompany", "address"}
SIGNING_VERBS = {"sign", "ink", "conclude", "agree", "adopt", "reach", "ratify", "seal", "initial",
                 "strike", "broker", "finalize", "finalise", "clinch", "approve", "endorse", "enter",
                 "negotiate", "announce", "end", "halt", "stop"}
SIGNING_NOUNS = {"signing", "adoption", "conclusion", "ratification", "signature"}
ANAPHORIC_DETS = {"the", "this", "that", "these", "those"}
EXISTENTIAL_VERBS = {"be", "occur", "happen", "take", "break", "erupt", "start", "begin", "exist", "come",
                     "arise", "emerge", "follow", "ensue", "resume", "escalate", "spread"}
PURPOSE_NOUNS = {"venue", "platform", "preparation", "basis", "framework", "proposal", "plan", "call",
                 "demand", "need", "bid", "push", "hope", "prospect", "chance", "opportunity", "way", "path",
                 "groundwork", "precondition", "condition", "readiness", "roadmap", "threat", "risk",
                 "possibility", "danger", "fear", "prevention", "avoidance", "pretext", "plot", "attempt",
                 "invitation", "request", "offer", "idea", "option", "intention", "goal", "aim",
                 "resumption", "process"}
POSS_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}
ARG_PREPS = {"with", "between", "to", "against", "on", "by", "among", "involving", "of", "for", "from"}
HYPOTHETICAL_ADJS = {"potential", "possible", "hypothetical", "prospective", "eventual", "likely",
                     "imaginary", "would-be", "any", "future", "new"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
PHRASE_PREPS = ARG_PREPS | PLACE_PREPS | {"from", "during", "following", "after", "over"}
RELATION_PREPS = {"following", "after", "before", "ahead", "since", "prior"}
PLACE_TYPES = {"Place", "Country"}
COP_RX = re.compile(r"^(?:COP|CMP|CMA)-?(\d{1,2})$")
MONTH_WORDS = set(datesmod.MONTHS)


# ---------------------------------------------------------------- records
@dataclass
class _Mention:
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
class _Event:
    type: str
    mentions: list[_Mention] = field(default_factory=list)
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

    def add(self, m: _Mention) -> None:
        if not self.mentions:
            self.introduced_indefinite = m.indefinite and not m.names
        self.mentions.append(m)
        self.ordinals |= m.ordinals
        if m.date is not None and (self.date is None or (len(m.date) > len(self.date) and _within(m, self))):
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


def _dates_compatible(a: str | None, b: str | None, a_end: str | None = None, b_end: str | None = None) -> bool:
    """Whether two (possibly partial, possibly range) ISO dates can denote the same time."""
    if a is None or b is None:
        return True
    lo_a, hi_a = _pad(a, "0"), _pad(a_end or a, "9")
    lo_b, hi_b = _pad(b, "0"), _pad(b_end or b, "9")
    return lo_a <= hi_b and lo_b <= hi_a


def _pad(iso: str, fill: str) -> str:
    return iso + ("-" + fill * 2) * ((10 - len(iso)) // 3)


def _within(m: _Mention, ev: _Event) -> bool:
    return _dates_compatible(m.date, ev.date, m.date_end, ev.date_end)


# ---------------------------------------------------------------- context
class _Context:
    """Per-document lookups: entities by token, dates by token, the anchor date."""

    def __init__(self, sdoc: Doc, document: Document, entity_spans: list[EntitySpanTuple]) -> None:
        self.sdoc = sdoc
        self.document = document
        self.anchor = _parse_anchor(document.date) or (
            None if document.date else datesmod.guess_publication_date(document.clean))
        self.context_year = datesmod.context_year(document.clean) if self.anchor is None else None
        self.ent_of: dict[int, tuple[str, str]] = {}
        self.ent_bounds: dict[int, tuple[int, int]] = {}
        for start, end, key, etype in entity_spans:
            span = sdoc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.ent_of[tok.i] = (key, etype)
                self.ent_bounds[tok.i] = (span.start, span.end)
        self.countries = sorted({key for _, _, key, etype in entity_spans if etype == "Country"})
        self.sents: list[SpacySpan] = _sentences(sdoc)
        self.sent_of: dict[int, int] = {}
        for k, s in enumerate(self.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = k
        self.date_tokens: dict[int, int] = {}  # token -> index into self.date_exprs
        self.date_exprs: list[tuple[int, int, str]] = []  # token start, end, text
        for s in self.sents:
            for cs, ce, text in datesmod.find_date_expressions(s.text):
                span = sdoc.char_span(s.start_char + cs, s.start_char + ce, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                k = len(self.date_exprs)
                self.date_exprs.append((span.start, span.end, text))
                for i in range(span.start, span.end):
                    self.date_tokens.setdefault(i, k)
        self.title_case = [_is_title_case(s) for s in self.sents]
        self.prior_years: list[int | None] = []  # the year named last before each expression
        last: int | None = None
        for _, _, text in self.date_exprs:
            self.prior_years.append(last)
            parsed = datesmod.parse_expression(text)
            if parsed is not None and parsed.year is not None:
                last = parsed.year

    def resolve(self, k: int, future: bool) -> tuple[str, str] | None:
        return datesmod.resolve_date_range(self.date_exprs[k][2], self.anchor, future=future,
                                           context_year=self.context_year, prior_year=self.prior_years[k])

    def entity(self, tok: Token) -> tuple[str, str] | None:
        return self.ent_of.get(tok.i)

    def demonym(self, word: str) -> str:
        """The country a nationality adjective points to ("Russian" -> "russia"), else a slug."""
        low = slug(word)
        for key in self.countries:
            common = len(_common_prefix(low, key))
            if common >= 4 and common >= len(key) - 3:
                return key
        return low


def _sentences(sdoc: Doc) -> list[SpacySpan]:
    """spaCy's sentences, also split at blank lines (headings and paragraphs are not sentences)."""
    out: list[SpacySpan] = []
    if len(sdoc) == 0:
        return out
    if not (sdoc.has_annotation("SENT_START") or sdoc.has_annotation("DEP")):
        return [sdoc[:]]  # an unparsed Doc: one stretch of text
    for sent in sdoc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and tok.text.count("\n") >= 2 and tok.i > start:
                out.append(sdoc[start:tok.i + 1])
                start = tok.i + 1
        if start < sent.end:
            out.append(sdoc[start:sent.end])
    return out


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _is_demonym(tok: Token) -> bool:
    """A nationality adjective ("Russian", "Azerbaijani", "Soviet")."""
    return tok.ent_type_ == "NORP" or (tok.pos_ == "ADJ" and tok.text[:1].isupper())


def _parse_anchor(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _is_title_case(sent: SpacySpan) -> bool:
    """A headline in Title Case, where capitals do not mark names."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) < 3:
        return True
    content = [t for t in words[1:] if t.pos_ in ("VERB", "ADJ", "ADV", "NOUN", "AUX") or t.tag_ in ("NNS",)]
    pool = content if len(content) >= 2 else words
    caps = sum(1 for t in pool if t.text[0].isupper())
    return caps / len(pool) > 0.6


# ---------------------------------------------------------------- token helpers
def _cop_key(tok: Token) -> str | None:
    """ "cop29" for "COP29", "COP 29", "COP-29" (conference-of-parties series)."""
    m = COP_RX.match(tok.text)
    if m:
        return f"{tok.text[:3].lower()}{int(m.group(1))}"
    if tok.text in ("COP", "CMP", "CMA") and tok.i + 1 < len(tok.doc) and tok.nbor(1).text.isdigit() \
            and len(tok.nbor(1).text) <= 2:
        return f"{tok.text.lower()}{int(tok.nbor(1).text)}"
    return None


def _head_lemma(tok: Token) -> str | None:
    """The lexicon key of an event head, or None."""
    if _cop_key(tok):
        return "cop"
    low = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN") and not (low == "shooting" and _has_down(tok)):
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return None  # a verb the tagger took for a noun: "should Azerbaijan attack"
    lemma = tok.lemma_.lower()
    if lemma == "attempt":  # "the 2016 coup attempt", "an assassination attempt on X": the attempt is the event
        for child in tok.children:
            inner = _head_lemma(child) if child.dep_ in ("compound", "nmod") else None
            if inner is not None and EVENT_NOUNS.get(inner) == "Incident":
                return inner
        return None
    if low == "talks":
        return "talks"
    if low in ("hostilities", "remarks"):
        return low
    if lemma == "talk":
        return None
    for cand in (lemma, low):
        if cand in EVENT_NOUNS:
            return cand
    return None


def _ordinal_key(tok: Token) -> str:
    low = tok.lower_
    words = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
             "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10"}
    return words.get(low, re.sub(r"(?:st|nd|rd|th)$", "", low))


def _has_down(tok: Token) -> bool:
    return any(c.lower_ == "down" for c in tok.children) or (
        tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "down")


def _subtree_no_conj(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ in ("conj", "cc", "appos", "relcl", "acl"):
            continue
        out.extend(_subtree_no_conj(child))
    return out


def _left_modifiers(tok: Token) -> list[Token]:
    """Tokens of the pre-head modifiers: no determiners, possessors or coordinated nouns."""
    out: list[Token] = []
    for child in tok.lefts:
        if child.dep_ in ("det", "predet", "punct", "cc", "case", "poss", "conj", "preconj") and not (
                child.dep_ == "preconj" and child.lower_ in MONTH_WORDS):
            if child.dep_ == "punct" and child.text in ("-", "–"):
                out.append(child)
            continue
        sub = _subtree_no_conj(child)
        if any(t.dep_ == "cc" for t in child.subtree):
            continue  # "the 44-day War and anti-terror operations": a coordination, not a modifier
        out.extend(sub)
    return sorted(set(out), key=lambda t: t.i)


def _prep_phrase(prep: Token) -> list[Token]:
    """A prepositional phrase, coordinated objects included, without clauses hanging off it."""
    out = [prep]
    for child in prep.children:
        if child.dep_ in ("relcl", "acl", "advcl", "appos", "punct"):
            continue
        out.extend(t for t in child.subtree)
    doc = prep.doc
    clause = [t.left_edge.i for t in out if t.dep_ in ("relcl", "acl", "advcl") and t.i != prep.i]
    # ", both aimed at ...", ", the host of ...": an apposition set off by a comma ends the phrase
    clause += [t.left_edge.i - 1 for t in out if t.dep_ == "appos" and t.left_edge.i > prep.i + 1
               and doc[t.left_edge.i - 1].text == ","]
    if clause:
        cut = min(clause)  # "members of the Council, at which he said": the clause from "at which" on
        out = [t for t in out if t.i < cut]
    return sorted(out, key=lambda t: t.i)


REL_WORDS = {"which", "who", "whom", "whose", "where", "when", "that"}


def _clause_cut(doc: Doc, head: int, end: int) -> int:
    """Where a mention ends before a relative clause the parser hung inside it: ", which lasted",
    ", at which he said", ", who ..."."""
    for i in range(head + 1, end):
        if doc[i].text not in (",", ";", "—", "–"):
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is None:
            return i
        if nxt.lower_ in REL_WORDS - {"that"} or (nxt.lower_ == "that" and nxt.tag_ == "WDT"):
            return i
        if nxt.pos_ == "ADP" and i + 2 < len(doc) and doc[i + 2].lower_ in ("which", "whom", "whose"):
            return i
    return end


def _possessor(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "poss":
            return child
    return None


def _is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.lower_ in POSS_PRONOUNS


def _determiner(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ in ("det", "predet"):
            return child.lower_
    poss = _possessor(tok)
    if poss is not None:
        return "poss-pron" if _is_pronoun(poss) else "poss"
    return None


def _governor(tok: Token) -> Token | None:
    """The verb (or root) that the event noun is an argument of."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return cur if cur.i != tok.i else None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if cur.dep_ in ("pobj", "prep", "conj", "appos", "pcomp") or head.lower_ in CONTAINERS:
            cur = head
            continue
        if head.dep_ == "ROOT":
            return head
        return None
    return None


def _negated_or_modal(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether", "lest"):
            return True
    return False


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _direct_governor(tok: Token) -> Token | None:
    """The verb the noun is an argument of, unless another noun stands between
    ("recall the outcome of the conflict": the conflict itself is not recalled)."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if cur.dep_ == "pobj" or head.lower_ in CONTAINERS or cur.dep_ == "conj":
            cur = head
            continue
        if cur.dep_ == "prep" and head.pos_ in ("VERB", "AUX"):
            return head
        if cur.dep_ == "prep" and head.dep_ == "conj":
            cur = head
            continue
        return None
    return None


TEMPORAL_PREPS = {"after", "before", "since", "until", "till", "following", "preceding"}


def _time_reference(tok: Token) -> bool:
    """The noun only places another event in time ("could be held before the 2026 elections",
    "would take place after the previous round"): the clause's mood is not the noun's."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in TEMPORAL_PREPS:
        return True
    return (prep.lower_ == "of" and prep.head.lower_ == "ahead") or (prep.lower_ == "to" and prep.head.lower_ == "prior")


def _irrealis(tok: Token, gov: Token | None, allow_future: bool = False) -> bool:
    """The noun sits in a hypothetical, negated, conditional or wished-for context.

    With ``allow_future`` a plain future ("he will attend the summit next month") is not
    hypothetical; negation, conditions and the other modals still are.
    """
    cur: Token | None = None if _time_reference(tok) else _direct_governor(tok)
    steps = 0
    while cur is not None and steps < 3:
        reason = _modal_reason(cur)
        if reason is not None and not (allow_future and reason == "future"):
            if not (steps == 0 and tok.dep_ == "nsubj" and tok.head.i == cur.i
                    and cur.lemma_.lower() not in EXISTENTIAL_VERBS):
                return True  # "the meeting did not achieve breakthroughs" still took place
        lemma = cur.lemma_.lower()
        if lemma in IRREALIS_VERBS and not (
                allow_future and lemma in ("expect", "plan", "prepare", "intend")):
            return True
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cur.children)
        if cur.dep_ in ("xcomp", "advcl", "acl", "conj", "pcomp") and cur.head.i != cur.i and (
                _infinitive(cur) or cur.dep_ == "pcomp" or (cur.dep_ == "conj" and not own_subject)):
            # "plans to hold talks", "in order for a treaty to be signed", "wants to meet and sign";
            # not "X has never been ..., and his speech was": a clause with a subject of its own
            cur = cur.head
            steps += 1
            continue
        break
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of", "to", "toward", "towards") and \
            tok.head.head.lemma_.lower() in PURPOSE_NOUNS:
        return True  # "a venue for peace talks", "the path to a peace treaty"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "toward", "towards") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in PURPOSE_NOUNS for c in tok.head.head.children):
        return True  # "preparations continued for the referendum", "calls grew for new elections"
    for anc in tok.ancestors:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in anc.children):
            return True
        if anc.dep_ == "ROOT":
            break
    return False


def _modal_reason(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "neg":
            return "neg"
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether", "lest"):
            return "cond"
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
            if verb.lemma_.lower() == "be":
                return "modal"  # "a war would be disastrous"
            return "future" if child.lower_ in ("will", "'ll", "shall", "would", "'d") else "modal"
    return None


def _suspended_process(tok: Token) -> bool:
    """Talks spoken of as a process that is paused, frozen or resumed, not as one meeting."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of", "on") and \
            tok.head.head.lemma_.lower() in PROCESS_NOUNS:
        return True  # "a pause in EU talks", "the resumption of negotiations"
    gov = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass", "nsubj") or gov.pos_ not in ("VERB", "AUX"):
        return False
    lemma = gov.lemma_.lower()
    if lemma in PROCESS_VERBS and tok.dep_ != "nsubj":
        return True  # "suspended the talks", "the negotiations were frozen"
    if tok.dep_ == "nsubj" and lemma in ("stall", "collapse", "break"):
        return True  # "the talks stalled", "negotiations collapsed"
    on_hold = any(c.dep_ == "prep" and c.lower_ == "on" and any(t.lower_ in ("hold", "ice") for t in c.children)
                  for c in list(tok.children) + list(gov.children))
    return on_hold and lemma in ("put", "place", "keep", "be", "remain")  # "put the talks on hold"


def _predicative(tok: Token) -> bool:
    """A predicate noun ("was a massacre", "as a historic event"); "is the recent strikes" refers."""
    if tok.dep_ in ("attr", "acomp", "oprd"):
        return _determiner(tok) not in ANAPHORIC_DETS | {"poss", "poss-pron"}
    return tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lower_ != "such"


def _reported_past(verb: Token) -> bool:
    """A finite past or perfect verb, or a past participle modifying a noun ("signed in 2020")."""
    if _negated_or_modal(verb) or _infinitive(verb):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "to", "be") and c.dep_ == "aux"
               for c in verb.children):
            return False
        return True
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


# ---------------------------------------------------------------- analysis
class _Analyzer:
    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.sdoc = ctx.sdoc

    # -- spans
    def _of_argument(self, tok: Token, sub: list[Token]) -> bool:
        """ "anniversary of the genocide", "visit of the delegation": an "of" phrase that belongs
        to the event (not "operation of the state's plans")."""
        lemma = _head_lemma(tok) or ""
        if lemma in ("anniversary", "visit", "session", "shooting", "downing", "massacre", "round", "election",
                     "assassination", "killing", "bombing", "shelling", "invasion", "signing", "inauguration"):
            return True
        return any(self.ctx.entity(t) is not None or (t.text[:1].isupper() and t.is_alpha) for t in sub)

    def container(self, tok: Token) -> Token | None:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in CONTAINERS:
            return tok.head.head
        return None

    def phrase(self, tok: Token) -> tuple[int, int]:
        """Token span of the mention: modifiers, head and its key prepositional arguments."""
        doc = self.sdoc
        lefts = _left_modifiers(tok)
        start = min([tok.i] + [t.i for t in lefts])
        poss = _possessor(tok)
        if poss is not None and not _is_pronoun(poss):
            start = min([start] + [t.i for t in _subtree_no_conj(poss)])
        cont = self.container(tok)
        if cont is not None:
            cl = [t for c in cont.lefts if c.dep_ not in ("det", "poss", "punct", "cc", "conj")
                  for t in _subtree_no_conj(c)]
            start = min([start, cont.i] + [t.i for t in cl])
        end = tok.i + 1
        budget = 12
        sent = self.ctx.sents[self.ctx.sent_of[tok.i]]
        for child in tok.rights:
            if child.right_edge.i >= sent.end:
                break
            if child.dep_ == "punct" and child.text in ("(", ")"):
                continue
            if child.dep_ == "prt" or (child.lower_ == "down" and child.i == tok.i + 1):
                end = max(end, child.i + 1)
                for g in child.children:  # "shooting down of the plane by X"
                    if g.dep_ == "prep" and g.right_edge.i < sent.end and g.right_edge.i - tok.i <= 12:
                        end = max(end, g.right_edge.i + 1)
                continue
            if child.dep_ == "appos" and child.i <= end + 2 and doc[child.left_edge.i - 1].text == "(":
                # "(NAM PN)", "(UNFCCC COP 29)": part of the name
                close = child.right_edge.i + 1
                if close < len(doc) and doc[close].text == ")" and close - end <= 6:
                    end = close + 1
                    continue
                break
            if child.dep_ == "prep" and child.lower_ in PHRASE_PREPS:
                sub = _prep_phrase(child)
                if child.lower_ == "of" and not self._of_argument(tok, sub):
                    break
                if len(sub) > budget or any(t.text in (";", "—", "–", ":") for t in sub):
                    break
                if any(doc[i].is_sent_start for i in range(end, max(t.i for t in sub) + 1) if i > tok.i):
                    break
                end = max(end, max(t.i for t in sub) + 1)
                budget -= len(sub)
                continue
            if child.dep_ in ("punct", "cc", "conj", "relcl", "acl", "appos", "advcl", "prep"):
                break
        if end < len(doc) and doc[end].text == "(":
            closing = [k for k in range(end + 1, min(end + 9, len(doc))) if doc[k].text == ")"]
            if closing and not any(doc[k].pos_ == "VERB" for k in range(end + 1, closing[0])):
                end = closing[0] + 1
        end = _clause_cut(doc, tok.i, end)
        while end - 1 > start and doc[end - 1].is_punct and doc[end - 1].text != ")":
            end -= 1
        if doc[end - 1].text == ")" and "(" not in doc[start:end].text:
            end -= 1
        for i in range(max(tok.left_edge.i, sent.start), start):
            if i in self.ctx.date_tokens:  # "the February 7 snap elections" (a date the parser hung elsewhere)
                start = i
                break
        start = max(start, sent.start)
        while start < tok.i and (doc[start].is_punct or doc[start].is_space):
            start += 1
        return start, end

    # -- candidates
    def analyze(self, tok: Token, lemma: str) -> _Mention | None:
        if lemma == "cop":
            return self.cop_mention(tok)
        sdoc = self.sdoc
        etype = EVENT_NOUNS[lemma]
        lefts = _left_modifiers(tok)
        mods_low = [t.lower_ for t in lefts]
        modtext = " ".join(mods_low)
        if set(mods_low) & NOT_EVENT_MODIFIERS.get(lemma, set()):
            if lemma != "conference":
                return None
            etype = "Speech"  # a press conference
        if NOT_EVENT_AFTER.match(sdoc[tok.i + 1:tok.i + 4].text) or self._prefixed(tok):
            return None
        if tok.i in self.ctx.date_tokens or not self._restricted_ok(tok, lemma, lefts, modtext):
            return None
        if self._inside_other_name(tok):
            return None
        cont = self.container(tok)
        if cont is not None and _head_lemma(cont) not in (None, "round"):
            return None  # "19th session of the Meeting of the Parties": the session is the event
        if lemma == "round":
            found = self._round_type(tok)
            if found is None:
                return None
            etype = found
        act, ratified = self._vote_act(tok) if lemma == "vote" else ("", None)
        if act == "law":
            return None  # "passed the bill in a 184-29 vote": a domestic law, no event
        if ratified is not None:
            etype = "Agreement"
        start, end = self.phrase(tok)
        m = _Mention(tok.i, lemma, etype, start, end, self.ctx.sent_of[tok.i])
        if etype == "Agreement":
            m.rule = "event:agreement"
        if ratified is not None:
            m.act_of, m.rule = ratified.i, "event:agreement-vote"
        if lemma == "session":
            m.type = "Summit"
        self.features(tok, m, lefts, modtext)
        head = tok.head
        if tok.dep_ in ("compound", "nmod") and head.lemma_.lower() == "attempt" and _head_lemma(head) == lemma:
            return None  # "coup attempt": the mention is headed by "attempt"
        if tok.dep_ in ("compound", "amod", "nmod") and head.i != tok.i and head.pos_ in ("NOUN", "PROPN"):
            # a modifier inside a larger noun phrase ("election campaign", "inauguration speech"):
            # kept for coreference only, or as its own event when the head is another event
            m.start, m.end = (lefts[0].i if lefts else tok.i), tok.i + 1
            hl = _head_lemma(head)
            m.rule = "event:compound"
            if hl is not None and EVENT_NOUNS.get(hl) not in (None, m.type) and m.type in (
                    "Ceremony", "Election", "Summit"):
                m.rule = "event:compound-event"  # "inauguration speech"
            m.anaphoric = True
        return m

    def _round_type(self, tok: Token) -> str | None:
        """The type of a round ("the first round", "the previous round, held there on February 27"):
        Election or Meeting after the closest election or talks the text speaks of; None for a
        round of something else ("a new round of sanctions")."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [t for t in child.children if t.dep_ == "pobj"]
                if any(t.lower_ in ROUND_OF_ELECTION for t in objs):
                    return "Election"
                return None  # "round of talks": the talks carry it; "round of sanctions": nothing
        if not any(c.dep_ in ("det", "poss", "amod") for c in tok.children):
            return None
        doc = self.sdoc
        lo = max(0, tok.i - 600)
        for i in list(range(tok.i - 1, lo - 1, -1)) + list(range(tok.i + 1, min(len(doc), tok.i + 40))):
            t = doc[i]
            lemma = _head_lemma(t) if t.pos_ in ("NOUN", "PROPN") else None
            if lemma in (None, "round", "vote"):
                continue
            etype = EVENT_NOUNS.get(lemma or "")
            if etype == "Election" or (etype == "Meeting" and lemma in (
                    "talks", "negotiation", "consultation", "discussion", "dialogue", "meeting")):
                return etype
        return None

    def _vote_act(self, tok: Token) -> tuple[str, Token | None]:
        """What a vote decided: ("agreement", treaty noun) for "approved the accession protocol in a
        287-55 vote", ("law", None) for "passed the bill in a vote", ("", None) otherwise."""
        gov = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by", "with", "through") else None
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in RATIFYING_VERBS:
            gov = tok.head  # "the vote approved the treaty"
        if gov is None or gov.lemma_.lower() not in RATIFYING_VERBS:
            return "", None
        objects = [c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")]
        for obj in objects:
            lemma = _head_lemma(obj)
            if lemma is not None and EVENT_NOUNS.get(lemma) == "Agreement":
                return "agreement", obj
        if any(o.lemma_.lower() in LEGISLATION for o in objects):
            return "law", None
        return "", None

    def _prefixed(self, tok: Token) -> bool:
        # "post-war", "pre-election", "anti-war", "post-conflict", "re-election" is fine
        doc = self.sdoc
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in (
                "post", "pre", "anti", "non", "inter", "mid", "counter"):
            return True
        return bool(re.match(r"^(?:post|pre|anti|non)-", tok.lower_))

    def _inside_other_name(self, tok: Token) -> bool:
        """ "the Convention on the Prevention ... of the Crime of Genocide", "Khojaly Genocide
        Memorial": a capitalised event noun inside the name of something else."""
        if not tok.text[:1].isupper():
            return False
        cur = tok
        for _ in range(4):
            if cur.dep_ in ("pobj",) and cur.head.dep_ == "prep" and cur.head.head.text[:1].isupper():
                owner = cur.head.head
                if _head_lemma(owner) is None or EVENT_NOUNS.get(_head_lemma(owner) or "") == "Agreement":
                    return _head_lemma(owner) is None or owner.lower_ in ("convention", "charter")
                return False
            if cur.dep_ == "compound" and cur.head.text[:1].isupper() and _head_lemma(cur.head) is None:
                return True
            if cur.dep_ not in ("pobj", "compound"):
                return False
            cur = cur.head.head if cur.dep_ == "pobj" else cur.head
        return False

    def _restricted_ok(self, tok: Token, lemma: str, lefts: list[Token], modtext: str) -> bool:
        if lemma == "address":
            return tok.pos_ == "NOUN"
        if lemma in ("call", "conversation"):
            return bool(re.search(r"\b(?:phone|telephone|video)\b", modtext))
        if lemma == "shooting":
            return _has_down(tok) or bool(re.search(r"\b(?:mass|school)\b", modtext))
        if lemma == "battle":
            return any(c.dep_ == "prep" and c.lower_ == "of" and any(
                self.ctx.entity(t) is not None or t.text[:1].isupper() for t in c.subtree) for c in tok.children)
        if lemma == "session":
            return bool(re.search(r"\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|plenary|special|"
                                  r"extraordinary|annual|emergency)\b", modtext))
        if lemma == "congress":
            return bool(re.search(r"\b\d+(?:st|nd|rd|th)\b|\bparty\b", modtext)) or not tok.text[:1].isupper()
        if lemma == "campaign":
            return bool(re.search(r"\b(?:military|bombing|air|ground|naval|counter|anti|terror)", modtext))
        if lemma == "event":
            return bool(re.search(r"\btragic\b", modtext))
        if lemma == "anniversary":
            return bool(re.search(r"\d|first|second|third|fourth|fifth|tenth|twentieth|thirtieth|fiftieth|"
                                  r"hundredth", modtext)) or tok.head.lemma_.lower() in (
                "commemorate", "mark", "celebrate", "observe")
        if lemma == "statement":
            return bool(re.search(r"\b(?:trilateral|joint|bilateral|tripartite|quadrilateral)\b", modtext))
        if lemma == "speech":  # "freedom of speech", "a figure of speech"
            return not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in (
                "freedom", "figure", "part", "liberty", "right"))
        if lemma == "rally":
            return self._addressed(tok) or bool(re.search(r"\b(?:campaign|election|electoral|victory)\b", modtext))
        if lemma == "gathering":
            return bool(re.search(r"\b(?:ministerial|leaders|high-level|annual|international|regional|diplomatic|"
                                  r"summit|heads|informal|extraordinary|emergency|global)\b", modtext)) or any(
                c.dep_ == "prep" and c.lower_ == "of" and any(t.lemma_.lower() in GATHERED for t in c.children)
                for c in tok.children) or any(
                t.text[:1].isupper() and t.is_alpha and t.i != self.ctx.sents[self.ctx.sent_of[tok.i]].start
                for t in lefts) or any(
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("host", "organize", "organise", "convene",
                                                                     "chair", "attend") for c in tok.children)
        if lemma in ("storming", "annexation", "siege", "kidnapping", "abduction"):
            return self._of_object(tok) or (lemma in ("kidnapping", "abduction") and bool(lefts))
        if lemma == "burning":  # "Quran burnings", "the burning of the Quran", not "fuel burning"
            return bool(lefts) and tok.dep_ not in ("compound", "amod") or self._of_object(tok)
        if lemma == "vote":
            if tok.tag_ in ("NNS", "NNPS"):
                return False  # "by 184 votes to 29", "votes of confidence"
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                    tok.head.head.like_num or tok.head.head.lemma_.lower() in (
                        "%", "percent", "share", "majority", "half", "third", "quarter", "count", "tally",
                        "result", "results", "outcome", "right", "lot", "bulk")):
                return False  # "55.6% of the vote", "the right to vote"
            poss = _possessor(tok)
            if poss is not None and (_is_pronoun(poss) or (self.ctx.entity(poss) or ("", ""))[1] == "Person"):
                return False  # "cast his vote", "Aliyev's vote": one voter's ballot
            if any(t.lemma_.lower() in ASSEMBLIES or (self.ctx.entity(t) or ("", ""))[1] == "Organization"
                   for t in lefts) or any(
                    c.dep_ == "prep" and c.lower_ in ("at", "in", "by") and any(
                        t.lemma_.lower() in ASSEMBLIES or (self.ctx.entity(t) or ("", ""))[1] == "Organization"
                        for t in c.subtree) for c in tok.children):
                return False  # "a Senate vote", "a vote at the Security Council": a body's decision
            # "a vote on the rearmament plan", "a vote of no confidence": a decision, not an election
            return not any(c.dep_ == "prep" and c.lower_ in ("of", "on", "over") and not any(
                t.i in self.ctx.date_tokens or t.lemma_.lower() in REFERENDUM_ISSUES for t in c.subtree)
                for c in tok.children)
        if lemma == "tour":
            return _possessor(tok) is not None
        if lemma == "struggle":  # "Russia's struggle against Ukraine", not "the struggle against poverty"
            return any(c.dep_ == "prep" and c.lower_ == "against" and any(
                e[1] in ("Country", "Organization") for e in self._entities_in(c)) for c in tok.children)
        if lemma == "strike":
            return tok.pos_ == "NOUN"
        if lemma == "operation" and not re.search(
                r"terror|military|special|army|combat|ground|air|naval|peace|retaliat|punitive|security|police|"
                r"rescue|evacuation|humanitarian|\d", modtext):
            # "the operation of eight airports" is no military operation
            return not any(c.dep_ == "prep" and c.lower_ == "of" and not any(
                e[1] in ACTOR_TYPES for e in self._entities_in(c)) for c in tok.children)
        return True

    def _of_object(self, tok: Token) -> bool:
        """An "of" object naming what the act befell: "storming of Parliament", "annexation of Crimea"."""
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            self.ctx.entity(t) is not None or (t.text[:1].isupper() and t.is_alpha) or t.pos_ == "NOUN"
            for t in c.subtree) for c in tok.children)

    def _addressed(self, tok: Token) -> bool:
        """Someone spoke to it: "told a rally in Nakuru", "speaking at a rally", "Ruto's rally"."""
        head = tok.head
        if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() in SPEAKING_VERBS:
            return True
        if tok.dep_ == "dobj" and head.lemma_.lower() in HOLDING_VERBS and any(
                c.dep_ == "nsubj" and (self.ctx.entity(c) or ("", ""))[1] == "Person" for c in head.children):
            return True  # "Ruto held a rally in Nakuru"
        if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "to", "during", "before") and \
                tok.head.head.lemma_.lower() in SPEAKING_VERBS:
            return True
        poss = _possessor(tok)
        ent = self.ctx.entity(poss) if poss is not None else None
        return ent is not None and ent[1] == "Person"

    def cop_mention(self, tok: Token) -> _Mention | None:
        key = _cop_key(tok)
        assert key is not None
        hl = _head_lemma(tok.head) if tok.head.i != tok.i else None
        if tok.dep_ in ("compound", "nmod", "amod") and hl in ("conference", "summit", "session", "forum"):
            return None  # "COP29 conference": the head noun carries the mention
        if tok.i > 0 and _cop_key(tok.nbor(-1)) is not None:
            return None
        start, end = self.phrase(tok)
        if tok.text in ("COP", "CMP", "CMA"):
            end = max(end, tok.i + 2)
        m = _Mention(tok.i, "cop", "Summit", start, end, self.ctx.sent_of[tok.i], rule="event:named")
        self.features(tok, m, _left_modifiers(tok), "")
        m.names.add(key)
        m.named = m.specific = True
        m.strength = 3
        if tok.dep_ in ("compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and hl is None:
            m.start, m.end = tok.i, end if tok.text in ("COP", "CMP", "CMA") else tok.i + 1
        return m

    # -- features
    def features(self, tok: Token, m: _Mention, lefts: list[Token], modtext: str) -> None:
        ctx = self.ctx
        sent = ctx.sents[m.sent]
        for cls, rx in CLASS_PATTERNS.get(m.type, []):
            if re.search(rx, modtext):
                m.classes.add(cls)
        title = ctx.title_case[m.sent]
        if tok.text[:1].isupper() and tok.i != sent.start and not title and tok.is_alpha:
            m.named = m.proper = True
        counted = m.lemma in ("round", "vote")  # "the first round" and "the second round" are two events
        m.ordinals = {_ordinal_key(t) for t in lefts if ORDINAL_RX.match(t.text) and t.lower_ not in (
            "new", "next", "last", "latest", "previous") and (counted or t.lower_ != "first")}
        cont = self.container(tok)
        if cont is not None:
            m.ordinals |= {_ordinal_key(t) for t in cont.lefts if ORDINAL_RX.match(t.text)}
        for t in self.sdoc[m.start:m.end]:
            key = _cop_key(t)
            if key is not None:
                m.names.add(key)
                m.named = m.proper = True
        for t in lefts:
            key = _cop_key(t)
            if key is not None:
                m.names.add(key)
                m.named = m.proper = True
                continue
            if t.i in ctx.date_tokens or t.lower_ in MONTH_WORDS or not t.is_alpha:
                continue
            if not t.text[:1].isupper() or ORDINAL_RX.match(t.text) or t.lower_ in NUMBER_WORDS:
                continue
            ent = ctx.entity(t)
            covers = self._ent_covers(t, tok)
            pair = self._hyphen_pair(t)
            if ent is not None and not covers and ent[1] == "Place":
                m.places.add(ent[0])
                if m.place is None:
                    m.place = ent[0]
                continue
            if ent is not None and not covers and ent[1] in ACTOR_TYPES:
                m.counterparts.add(ent[0])
                m.participants.add(ent[0])
                if pair or ent[1] == "Organization":
                    m.named = True
                continue
            if _is_demonym(t) and not pair and not covers and t.i != sent.start and not title:
                m.agents.add(ctx.demonym(t.text))  # "the Russian invasion", "Soviet war"
                continue
            if t.i == sent.start and t.pos_ != "PROPN":
                continue  # "Free elections are ...": a capital that only starts the sentence
            m.names.add(t.lower_)
            if pair and t.pos_ == "PROPN":
                m.counterparts.add(slug(t.text))  # "Armenia-Azerbaijan conflict" where NER saw no entity
            if title or t.i == sent.start:
                continue
            if pair or (t.pos_ == "PROPN" and t.ent_type_ != "NORP") or covers:
                m.named = True
                m.proper = m.proper or not pair
        if m.named:
            key = self._name_key(tok, lefts)
            if key:
                m.names.add(key)
        # "(MSC)" right after a named event
        doc = self.sdoc
        if m.named and m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            abbr = doc[m.end + 1]
            if abbr.text.isupper() and 2 <= len(abbr.text) <= 8 and _cop_key(abbr) is None:
                m.extra_spans.append((abbr.i, abbr.i + 1))
                m.names.add(abbr.lower_)
        # the possessor
        poss = _possessor(tok)
        if poss is not None and not _is_pronoun(poss) and poss.i not in ctx.date_tokens:
            ent = ctx.entity(poss)
            if ent is not None and ent[1] in ACTOR_TYPES:
                m.agents.add(ent[0])
                m.participants.add(ent[0])
            elif ent is not None and ent[1] == "Place":
                m.places.add(ent[0])
            elif poss.text[:1].isupper() and poss.lower_ not in MONTH_WORDS:
                m.agents.add(slug(poss.text))
        # prepositional arguments of the head (and of its container)
        heads = [tok] + [c for c in tok.children if c.dep_ == "prt" or c.lower_ == "down"]
        cont = self.container(tok)
        if cont is not None:
            heads.append(cont)
        for h in heads:
            for child in h.children:
                if child.dep_ != "prep":
                    continue
                p = child.lower_
                ents = self._entities_in(child)
                if p in ARG_PREPS:
                    for key, etype in ents:
                        if etype in ACTOR_TYPES:
                            m.counterparts.add(key)
                            m.participants.add(key)
                        elif etype == "Place" and p in ("to", "of", "for"):
                            m.places.add(key)
                if p in PLACE_PREPS or (p == "to" and m.lemma in ("visit", "trip", "tour")):
                    for key, etype in ents:
                        if etype in PLACE_TYPES:
                            m.places.add(key)
                            if m.place is None:
                                m.place = key
                if p in RELATION_PREPS:
                    for t in child.subtree:
                        hl = _head_lemma(t)
                        if hl is not None and t.i != tok.i:
                            m.relations.add(f"{p}:{hl}")
        # a place inside the phrase: "meeting with a German delegation in Baku"
        for t in self.sdoc[m.start:m.end]:
            ent = ctx.entity(t)
            if ent is not None and ent[1] == "Place" and t.head.lower_ in PLACE_PREPS and not self._ent_covers(t, tok):
                m.places.add(ent[0])
                m.place = m.place or ent[0]
        # participants: subject of the verb that reports it, agents of participles
        gov = _governor(tok)
        if gov is not None and tok.dep_ in ("dobj", "pobj", "nsubjpass"):
            for child in gov.children:
                if child.dep_ in ("nsubj", "agent"):
                    for key, etype in self._entities_in(child, whole=True):
                        if etype in ACTOR_TYPES:
                            m.participants.add(key)
                            if m.type in ("Speech", "Interview") and not m.agents:
                                m.agents.add(key)
                            break
                if child.dep_ == "prep" and child.lower_ in PLACE_PREPS and m.place is None:
                    for key, etype in self._entities_in(child):
                        if etype in PLACE_TYPES:
                            m.place = key
                            break
        for child in tok.children:
            if child.dep_ in ("acl", "relcl"):
                for g in child.children:
                    if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by"):
                        for key, etype in self._entities_in(g):
                            if etype in ACTOR_TYPES:
                                m.participants.add(key)
                                m.counterparts.add(key)

    def _name_key(self, tok: Token, lefts: list[Token]) -> str:
        """ "second karabakh war", "war on terror", "victory parade": the name a named event goes by."""
        words = [t.lower_ for t in lefts if (t.text[:1].isupper() or t.like_num or t.text in ("-", "–"))
                 and t.i not in self.ctx.date_tokens and t.lower_ not in MONTH_WORDS]
        words.append(tok.lower_)
        if tok.text[:1].isupper():
            # capitalised complement: "War on Terror", "Conference of the Non-Aligned Movement ..."
            k = tok.i + 1
            doc = self.sdoc
            while k < len(doc) and k < tok.i + 10 and (doc[k].lower_ in ("of", "on", "for", "the", "and", "-")
                                                        or (doc[k].text[:1].isupper() and doc[k].is_alpha)):
                if doc[k].is_sent_start:
                    break
                words.append(doc[k].lower_)
                k += 1
            while words and words[-1] in ("of", "on", "for", "the", "and", "-"):
                words.pop()
        return " ".join(w for w in words if w != "the").replace(" - ", "-")

    def _ent_covers(self, t: Token, head: Token) -> bool:
        bounds = self.ctx.ent_bounds.get(t.i)
        return bounds is not None and bounds[0] <= head.i < bounds[1]

    def _hyphen_pair(self, t: Token) -> bool:
        doc = self.sdoc
        return (t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "–") and doc[t.i + 2].text[:1].isupper()) or (
            t.i >= 2 and doc[t.i - 1].text in ("-", "–") and doc[t.i - 2].text[:1].isupper())

    def _entities_in(self, tok: Token, whole: bool = False) -> list[tuple[str, str]]:
        """Entities inside an argument (not one whose name contains the event noun itself)."""
        out: list[tuple[str, str]] = []
        head = tok.head
        seen: set[str] = {e[0] for t in (head, head.head) if (e := self.ctx.entity(t)) is not None
                          and _head_lemma(t) is not None}
        for t in (tok.subtree if whole else _subtree_no_conj(tok) if tok.lower_ != "between" else tok.subtree):
            ent = self.ctx.entity(t)
            if ent is not None and ent[0] not in seen:
                seen.add(ent[0])
                out.append(ent)
        if tok.dep_ == "prep" and not whole:
            # coordinated objects: "with Blinken and Zelensky"
            for pobj in tok.children:
                for conj in pobj.conjuncts:
                    for t in conj.subtree:
                        ent = self.ctx.entity(t)
                        if ent is not None and ent[0] not in seen:
                            seen.add(ent[0])
                            out.append(ent)
        return out

    # -- specificity
    def finish(self, m: _Mention) -> _Mention | None:
        """Decide, once dates are attached, whether a candidate is a specific occurrence."""
        if m.rule in ("event:compound", "event:compound-event") or m.lemma == "cop":
            return m
        tok = self.sdoc[m.head]
        if m.type == "Agreement":
            return self.agreement(tok, m)
        lefts = _left_modifiers(tok)
        anchor = self.ctx.anchor
        if m.date is None and anchor is not None and anchor.month >= 4 and any(
                t.lower_ in ("recent", "latest") for t in lefts):
            m.date = m.date_end = str(anchor.year)  # "the recent strikes" in a piece dated August
        self.decide(tok, m, lefts)
        return m

    def decide(self, tok: Token, m: _Mention, lefts: list[Token]) -> None:
        det = _determiner(tok)
        m.indefinite = det in ("a", "an")
        m.demonstrative = det in ("this", "that", "these", "those")
        definite = det in ANAPHORIC_DETS or det in ("poss", "poss-pron")
        plural = tok.tag_ in ("NNS", "NNPS") and m.lemma not in PLURAL_AS_ONE
        gov = _governor(tok)
        if det in HYPOTHETICAL_DETS or any(t.lower_ in HYPOTHETICAL_ADJS for t in lefts if t.head.i == tok.i):
            return
        if det is None and not m.named and m.date is None and m.lemma in MASS_HEADS and not plural:
            return  # "the legacy of conflict", "without inciting conflict with Russia"
        if m.type == "Meeting" and m.date is None and _suspended_process(tok):
            return  # "put the accession talks on hold", "a pause in EU talks": a process, not an occurrence
        if m.named and (m.proper or not _irrealis(tok, gov, allow_future=True)):
            m.rule = "event:named"
            m.strength = 3
            if not (_predicative(tok) and not tok.text[:1].isupper()):
                m.specific = True
                return
        if _predicative(tok):
            m.anaphoric = definite
            return
        if _irrealis(tok, gov, allow_future=m.date is not None):
            return
        identifying = 0  # what tells this occurrence apart: date, place, participants, ordinal ...
        if m.date is not None:
            identifying += 2
        if m.places:
            identifying += 1
        if m.counterparts:
            identifying += 1
        if m.agents and m.lemma not in ("dialogue", "discussion", "negotiation", "consultation", "remark",
                                        "remarks", "speech", "address", "attack", "strike", "provocation"):
            identifying += 1
        if m.relations:
            identifying += 1
        if any(ORDINAL_RX.match(t.text) for t in lefts) or self.container(tok) is not None:
            identifying += 1
        reported = self._eventive(tok, gov) or self._described(tok, det)  # "an incident occurred"
        weak = bool(m.classes & SELF_SPECIFIC_CLASSES.get(m.type, set())) or (
            m.type == "Interview" and any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in tok.children))
        if m.lemma in ("remark", "remarks") and not (m.date or m.places or any(
                c.dep_ == "prep" and c.lower_ in ("to", "at") for c in tok.children)):
            identifying, weak, reported = 0, False, False
        if m.lemma == "operation" and not (m.classes or m.date or m.places):
            identifying, weak, reported = 0, False, False
        if m.lemma in ("dialogue", "discussion", "negotiation", "consultation") and not (
                m.date or m.places or m.counterparts or m.relations):
            identifying, weak, reported = 0, False, False
        m.strength = identifying + int(weak) + int(reported)
        if plural:
            with_person = any(e[1] == "Person" for c in tok.children
                              if c.dep_ == "prep" and c.lower_ in ("with", "between") for e in self._entities_in(c))
            if m.date is not None or (det == "poss" and m.agents and m.lemma not in ("attack", "strike")) \
                    or with_person:
                m.specific = True
            elif det in ANAPHORIC_DETS and (m.counterparts or m.names or any(
                    c.dep_ == "prep" and c.lower_ in ("on", "against", "by") for c in tok.children)):
                m.specific = True
            elif det in ANAPHORIC_DETS:
                m.anaphoric = True
                m.fallback = reported
            return
        if identifying:
            m.specific = True
        elif definite and (reported or weak):
            m.anaphoric = m.fallback = True  # "the snap elections resulted in", "this encounter occurred"
        elif reported or weak:
            m.specific = True
        elif definite:
            m.anaphoric = True
        else:
            m.indefinite = True
        if m.specific or m.anaphoric:
            m.indefinite = m.indefinite and not m.anaphoric

    def _eventive(self, tok: Token, gov: Token | None) -> bool:
        """The clause reports the occurrence: "an incident occurred", "gave an interview"."""
        if gov is None or tok.head.i != gov.i or _negated_or_modal(gov) or _infinitive(gov):
            return False
        lemma = gov.lemma_.lower()
        past = _reported_past(gov)
        if tok.dep_ == "nsubjpass":
            return past and lemma in EVENTIVE_OBJECT_VERBS
        if tok.dep_ == "nsubj":
            return past and lemma in EVENTIVE_SUBJECT_VERBS
        if tok.dep_ == "dobj":
            return lemma in EVENTIVE_OBJECT_VERBS and (past or (gov.tag_ == "VBZ" and gov.dep_ == "ROOT"))
        return False

    def _described(self, tok: Token, det: str | None) -> bool:
        """A noun with a clause that places it: "the attack that injured ...", "co-organized by X"."""
        for child in tok.children:
            if child.dep_ not in ("relcl", "acl"):
                continue
            by_agent = any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in child.children)
            if by_agent and (det in ANAPHORIC_DETS or any(self.ctx.entity(t) for t in child.subtree)):
                return True
            if det in ANAPHORIC_DETS and child.tag_ in ("VBD", "VBN") and _reported_past(child) and \
                    child.lemma_.lower() not in ("say", "mention", "describe", "call", "know", "make"):
                return True
            if child.tag_ in ("VBD", "VBN") and any(t.i in self.ctx.date_tokens for t in child.subtree):
                return True
        return False

    # -- agreements
    def agreement(self, tok: Token, m: _Mention) -> _Mention | None:
        det = _determiner(tok)
        m.indefinite = det in ("a", "an")
        if m.act_of is not None:  # "approved the protocol in a 287-55 vote": the vote is the ratification
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if _irrealis(tok, verb) or not _reported_past(verb):
                return None
            m.specific, m.strength = True, 3
            return m
        if det in HYPOTHETICAL_DETS or _predicative(tok) or tok.tag_ in ("NNS", "NNPS"):
            return None
        signed = self._signed(tok)
        if signed is False:
            return None
        if signed:
            m.specific = True
            m.rule = "event:agreement-signed"
            m.strength = 3
            return m
        if m.date is not None and len(m.date) == 10:
            m.specific = True  # "the trilateral statement of November 10, 2020"
            m.rule = "event:agreement-dated"
            m.strength = 2
            return m
        if det in ANAPHORIC_DETS and not tok.text[:1].isupper() and not (m.names or m.counterparts or m.places) \
                and not any(t.text[:1].isupper() for t in _left_modifiers(tok)):
            m.anaphoric = True  # "the agreement" after its signing was reported
            return m
        return None

    def _signed(self, tok: Token) -> bool | None:
        """True: reported signed/adopted; False: hypothetical or negated; None: not said."""
        gov = tok.head
        glemma = gov.lemma_.lower()
        if tok.dep_ in ("dobj", "nsubjpass") and glemma in SIGNING_VERBS:
            if glemma in ("negotiate", "announce", "end", "halt", "stop"):
                return None
            if _irrealis(tok, gov):
                return False
            return _reported_past(gov) or (gov.tag_ == "VBZ" and self.ctx.title_case[self.ctx.sent_of[tok.i]])
        if tok.dep_ == "pobj" and gov.dep_ == "prep" and gov.head.lemma_.lower() in ("agree", "enter", "sign"):
            verb = gov.head
            if _irrealis(tok, verb):
                return False
            return _reported_past(verb)
        if tok.dep_ == "pobj" and gov.lower_ == "of" and gov.head.lower_ in SIGNING_NOUNS:
            noun = gov.head
            g2 = _governor(noun)
            if g2 is not None and _irrealis(noun, g2):
                return False
            return None
        for child in tok.children:
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in SIGNING_VERBS:
                return _reported_past(child)
        # a relative clause the parser attached elsewhere: "... that he agreed to"
        doc = tok.doc
        _, end = self.phrase(tok)
        if end < len(doc) and doc[end].lower_ in ("that", "which"):
            for k in range(end + 1, min(end + 5, len(doc))):
                t = doc[k]
                if t.pos_ == "VERB":
                    if t.lemma_.lower() in SIGNING_VERBS and t.tag_ in ("VBD", "VBN"):
                        return not _negated_or_modal(t)
                    break
        return None


# ---------------------------------------------------------------- dates
# a reduced relative clause that dates the noun before it: "the previous round, held there on February 27"
_PARTICIPLE_DATE = re.compile(r"^\s*,\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:held|hosted|convened|staged|"
                              r"conducted|organi[sz]ed|signed|launched|carried\s+out|concluded)\b[^,;:()]{0,40}?"
                              r"\b(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)
_CONNECT = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:on|in|of|from|during|between|dated|held\s+on|since)\s+)?"
                      r"(?:the\s+)?$", re.IGNORECASE)


def _assign_dates(ctx: _Context, analyzer: _Analyzer, mentions: list[_Mention]) -> None:
    """Give each mention the date expression attached to it in the parse.

    A date inside the mention's own phrase ("the 2020 war", "the summit in Astana in
    2023") wins; otherwise each remaining date goes to the closest mention: right after
    its phrase ("the election on February 7, 2024") or near it in the dependency tree
    ("On February 12, a serious incident occurred").
    """
    by_sent: dict[int, list[_Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    sdoc = ctx.sdoc
    used: set[int] = set()
    for k, (ds, de, _) in enumerate(ctx.date_exprs):  # pass 1: inside a phrase
        sent = ctx.sent_of.get(ds)
        for m in by_sent.get(sent, []) if sent is not None else []:
            inside = (m.start <= ds and de <= m.head + 1) or (m.head < ds and de <= m.end)
            if inside and m.date is None and _set_date(ctx, m, k, sdoc[ds]):
                used.add(k)
                break
    pairs: list[tuple[float, int, int, _Mention]] = []
    for k, (ds, de, _) in enumerate(ctx.date_exprs):  # pass 2: attached to a phrase
        sent = ctx.sent_of.get(ds)
        if k in used or sent is None or sent not in by_sent:
            continue
        s_start, s_end = ctx.sents[sent].start, ctx.sents[sent].end
        toks = [sdoc[i] for i in range(ds, de)]
        root = next((t for t in toks if not (ds <= t.head.i < de) or t.head.i == t.i), toks[-1])
        host = root.head
        while host.dep_ == "prep" and host.head.i != host.i:
            host = host.head  # "the last day of the war, on the ninth of November": the day's date
        for m in by_sent[sent]:
            if m.date is not None or m.start <= ds < m.end:
                continue
            h = sdoc[m.head]
            gap = abs(m.head - ds)
            between = doc_text(sdoc)[sdoc[m.end - 1].idx + len(sdoc[m.end - 1]):sdoc[ds].idx] if ds >= m.end else ""
            if ds >= m.end and (_CONNECT.match(between) or _PARTICIPLE_DATE.match(between)):
                pairs.append((-0.5, gap, k, m))  # right after the phrase: "the election on February 7, 2024"
                continue
            if host.pos_ in ("NOUN", "PROPN") and host.i != m.head and _head_lemma(host) is None \
                    and host.lower_ not in CONTAINERS and host in h.ancestors:
                continue
            if h.dep_ == "pobj" and h.head.lower_ in ("after", "before", "since", "until", "following", "amid",
                                                       "despite", "than"):
                continue  # "joined NATO in April after the invasion": April dates the joining
            cont = analyzer.container(h)
            if cont is not None:
                h = cont
            h = _name_root(ctx, m) or h
            lca = _lca(root, h)
            if lca is None or not (s_start <= lca.i < s_end):
                continue  # the parse ran across a sentence or paragraph boundary
            if any(a.dep_ in ("ccomp", "parataxis") for a in [h] + list(h.ancestors) if a.i != lca.i
                   and lca in a.ancestors):
                continue  # "A war would be disastrous, Erdogan warned last year": the warning's date
            dist = _tree_distance(root, h)
            if dist is not None and dist <= 4:
                pairs.append((dist - (0.5 if h in root.ancestors else 0.0), gap, k, m))
    taken: set[int] = set()
    for _, _, k, m in sorted(pairs, key=lambda x: (x[0], x[1])):
        if k in used or id(m) in taken:
            continue
        ds = ctx.date_exprs[k][0]
        if _set_date(ctx, m, k, sdoc[ds]):
            used.add(k)
            taken.add(id(m))
    for k, (ds, de, _) in enumerate(ctx.date_exprs):  # pass 3: a misparsed sentence
        sent = ctx.sent_of.get(ds)
        if k in used or sent is None or sent not in by_sent:
            continue
        s_start = ctx.sents[sent].start
        free = [m for m in by_sent[sent] if m.date is None and not any(
            o is not m and o.start <= m.head < o.end for o in by_sent[sent])]
        opener = ds - s_start <= 1 and (ds == s_start or sdoc[s_start].lower_ in ("on", "in"))
        if opener:  # "February 26 marks the anniversary ...", "On May 5, the talks ..."
            after = [m for m in free if m.head > de]
            if after and _set_date(ctx, min(after, key=lambda m: m.head), k, sdoc[ds]):
                used.add(k)
        elif len(by_sent[sent]) == 1 and free and ds > free[0].end and sdoc[ds - 1].lower_ == "on" and not any(
                t.pos_ == "ADP" for t in sdoc[s_start:free[0].start]) and not any(
                a.dep_ in ("relcl", "acl") for a in sdoc[ds].ancestors):
            if _set_date(ctx, free[0], k, sdoc[ds]):  # "the elections, slated ..., unfolded on May 5"
                used.add(k)


def _name_root(ctx: _Context, m: _Mention) -> Token | None:
    """The syntactic root of a name the parser broke around the event noun: "Organization"
    in "at the Organization of Turkic States summit in Bishkek in November"."""
    sdoc = ctx.sdoc
    for i in range(m.start, m.head):
        bounds = ctx.ent_bounds.get(i)
        if bounds is None or bounds[0] >= m.start:
            continue
        for t in sdoc[bounds[0]:bounds[1]]:
            if not (bounds[0] <= t.head.i < bounds[1]) and t.head.i != t.i and sdoc[m.head] in t.subtree:
                return t
    return None


def _lca(a: Token, b: Token) -> Token | None:
    anc_a = {t.i for t in [a] + list(a.ancestors)}
    for t in [b] + list(b.ancestors):
        if t.i in anc_a:
            return t
    return None


END_VERBS = {"end", "conclude", "close", "finish", "wrap", "culminate", "adjourn"}


def _set_date(ctx: _Context, m: _Mention, k: int, root: Token) -> bool:
    future = _future_context(ctx.sdoc[m.head], root)
    if future is not False and _past_governed(ctx.sdoc[m.head]):
        future = False  # "the rebels launched an offensive in May": never after the date line
    if future is None:  # a present tense: the nearer of the past and the future reading
        found = _nearest(ctx, ctx.resolve(k, False), ctx.resolve(k, True))
    else:
        found = ctx.resolve(k, future)
    if found is None:
        return False
    m.date, m.date_end = found
    verb = root.head.head if root.head.dep_ == "prep" else root.head  # what the date phrase hangs on
    head = ctx.sdoc[m.head]
    if verb is not None and verb.lemma_.lower() in END_VERBS and head.head.i == verb.i and \
            head.dep_ == "nsubj" and len(m.date) == 10 and m.lemma not in ("war", "conflict", "hostilities"):
        m.date = m.date_end = m.date[:7]  # "the summit ended on Wednesday": its last day, not its first
    return True


def _tree_distance(a: Token, b: Token) -> int | None:
    anc_a = [a] + list(a.ancestors)
    pos = {t.i: n for n, t in enumerate(anc_a)}
    for n, t in enumerate([b] + list(b.ancestors)):
        if t.i in pos:
            return pos[t.i] + n
    return None


FUTURE_VERBS = {"schedule", "plan", "set", "expect", "slate", "due", "intend"}
# past verbs that may speak of what is still to come ("called elections for June 5")
FORWARD_VERBS = {"announce", "confirm", "schedule", "set", "postpone", "delay", "call", "agree", "plan", "propose",
                 "reschedule", "move", "fix", "approve", "order", "invite", "expect", "back", "endorse", "accept",
                 "prepare", "arrange", "organize", "organise", "book", "slate", "bring", "push"}
# verbs whose simple present with a date announces a scheduled occurrence
SCHEDULED_PRESENT = {"go", "meet", "vote", "open", "begin", "start", "convene", "gather", "travel", "visit",
                     "head", "host", "return", "resume", "kick", "hold", "arrive", "fly"}


def _past_governed(head: Token) -> bool:
    """The noun is an argument of a verb in the simple past ("the rebels launched an offensive",
    "the attack killed ..."), not of a future, modal or present one."""
    gov = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return gov is not None and gov.tag_ == "VBD" and not _negated_or_modal(gov) and head.head.i == gov.i and \
        gov.lemma_.lower() not in FORWARD_VERBS  # "announced the summit on June 5" may look ahead


def _nearest(ctx: _Context, past: tuple[str, str] | None, future: tuple[str, str] | None) -> tuple[str, str] | None:
    """Of two readings of a date without a year, the one nearer the date line."""
    anchor = ctx.anchor
    if past is None or future is None or anchor is None or past == future:
        return past or future

    def gap(found: tuple[str, str]) -> int:
        first = dt.date.fromisoformat(_pad(found[0], "0").replace("-00", "-01"))
        return abs((first - anchor).days)
    return future if gap(future) < gap(past) else past


def _future_context(head: Token, date_root: Token) -> bool | None:
    """Whether a date without a year points forward: "the summit next month", "is expected to win
    the December 14 vote", "said he would attend". The clause's own finite verb decides: a past one
    ("after Russia launched its invasion in February") keeps the date in the past; None for a present
    tense of scheduling ("voters go to the polls on May 18"), which may point either way."""
    for t in [head] + list(head.lefts):
        if t.lower_ in PAST_WORDS:
            return False  # "the previous round, held there on February 27"
        if t.lower_ in FUTURE_WORDS:
            return True
    for tok in (date_root, head):
        for anc in list(tok.ancestors)[:8]:
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            auxes = [c for c in anc.children if c.dep_ in ("aux", "auxpass")]
            if any(c.lower_ in ("will", "'ll", "shall") for c in auxes):
                return True
            if any(c.lower_ in ("would", "'d") for c in auxes) and not any(
                    c.dep_ == "aux" and c.lower_ == "have" for c in auxes):
                return True  # reported future: "said he would attend the summit next month"
            if anc.lemma_.lower() in FUTURE_VERBS:
                return True
            if anc.tag_ in ("VBZ", "VBP") and not auxes and anc.lemma_.lower() in SCHEDULED_PRESENT:
                return None  # "voters go to the polls on May 18" (ahead), "Putin meets Xi on Tuesday" (a headline)
            if anc.lemma_.lower() in FORWARD_VERBS:
                return None  # "announced the summit on June 5": either way, the nearer reading
            if anc.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxes):
                return False  # a past clause: "after Russia launched its invasion in February"
            if anc.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("MD", "VBZ", "VBP") for c in auxes):
                break  # a present clause anchors it: no tense to go by
            if anc.tag_ == "VBN" and not auxes and anc.i > head.i:
                return False  # a reduced relative after the noun: "the round, held there on February 27"
    return None


# ---------------------------------------------------------------- coreference
_DISTINGUISHING: dict[str, set[str]] = {
    "Election": {"presidential", "parliamentary", "local", "primary", "european"},
    "Meeting": {"bilateral", "trilateral", "multilateral", "phone"},
    "Speech": {"inauguration", "keynote", "victory", "farewell", "acceptance"},
    "Ceremony": {"inauguration", "groundbreaking", "opening", "closing", "memorial", "victory", "award"},
    "Incident": {"sniper", "terror", "missile", "suicide", "chemical"},
    "War": {"civil", "cold", "world"},
}


def _overlap(a: set[str], b: set[str]) -> bool:
    """Shared keys, allowing for one key inside another ("al_arabiya", "saudi_arabia_s_al_arabiya")."""
    return _shared(a, b) > 0


def _shared(a: set[str], b: set[str]) -> int:
    return len(a & b) or sum(1 for x in a for y in b if len(x) > 3 and len(y) > 3 and (x in y or y in x))


def _conflicts(ev: _Event, m: _Mention) -> bool:
    if ev.type != m.type or not _within(m, ev):
        return True
    for a, b in ((ev.names, m.names), (ev.places, m.places), (ev.counterparts, m.counterparts),
                 (ev.agents, m.agents), (ev.relations, m.relations), (ev.ordinals, m.ordinals)):
        if a and b and not _overlap(a, b):
            return True
    dist_a = ev.classes & _DISTINGUISHING.get(ev.type, set())
    dist_b = m.classes & _DISTINGUISHING.get(ev.type, set())
    return bool(dist_a and dist_b and not (dist_a & dist_b))


def _affinity(ev: _Event, m: _Mention) -> int | None:
    """How well a specific mention fits an earlier event (None: it cannot be the same one)."""
    if _conflicts(ev, m):
        return None
    same_head = m.lemma in ev.lemmas or (m.lemma == "cop" or "cop" in ev.lemmas) and bool(ev.names & m.names) or (
        m.lemma == "vote" and bool(ev.lemmas & BALLOT_HEADS)) or ("vote" in ev.lemmas and m.lemma in BALLOT_HEADS)
    strong = 3 * _shared(ev.names, m.names) + 2 * _shared(ev.counterparts, m.counterparts)
    weak = _shared(ev.places, m.places) + _shared(ev.agents, m.agents) + len(ev.classes & m.classes) + \
        len(ev.relations & m.relations) + (1 if ev.date and m.date else 0)
    if not same_head:
        if ev.type in SAME_HEAD_TYPES or not strong:
            return None
        return strong
    if m.names and not ev.names and ev.introduced_indefinite:
        return None  # "an international conference in Baku" is not the COP29 conference
    if m.indefinite and not m.names:
        return strong + weak if strong else None  # "a trilateral meeting" introduces a new one
    own = bool(m.names or m.counterparts or m.places or m.date or m.ordinals)
    if own and ev.features() and strong + weak == 0:
        return None  # "the commission's last meeting in January" vs "meetings with Blinken"
    return strong + weak


KIN_HEADS = [{"visit", "trip", "tour"}, {"speech", "address", "remarks", "remark"},
             {"attack", "strike", "airstrike", "raid", "bombing", "shelling"}, {"vote"} | BALLOT_HEADS]


def _kin_heads(lemma: str) -> set[str]:
    """Head nouns that name the same kind of occurrence ("the trip" after "his state visit")."""
    for group in KIN_HEADS:
        if lemma in group:
            return group
    return {lemma}


def _antecedent(events: list[_Event], m: _Mention) -> _Event | None:
    """The event a definite mention without identifying detail refers back to."""
    same_type = [e for e in events if (e.type == m.type or m.lemma == "vote" and "vote" in e.lemmas)
                 and _within(m, e)]  # "the vote" also after a ratification vote
    if m.agents:
        same_type = [e for e in same_type if not e.agents or _overlap(e.agents, m.agents)]
    if not same_type:
        return None
    only_one = len([e for e in events if e.type == m.type]) == 1
    far = 6 if m.type in ("War", "Incident") else 12
    if m.lemma in WEAK_HEADS:  # "the dialogue", "their discussions": only a recent one of the same kind
        same_type = [e for e in same_type if m.lemma in e.lemmas or m.sent - e.last_sent <= 2]
        only_one, far = False, 3
        if not same_type:
            return None
    same_lemma = [e for e in same_type if _kin_heads(m.lemma) & e.lemmas]
    if same_lemma:
        best = max(same_lemma, key=lambda e: e.last_sent)
        if only_one or m.sent - best.last_sent <= far:
            return best
    best = max(same_type, key=lambda e: e.last_sent)
    if m.lemma in GENERIC_HEADS and m.type != "War":  # "the incident", "the meeting"
        return best if only_one or m.sent - best.last_sent <= far else None
    if m.demonstrative and m.sent - best.last_sent <= 3:  # "Khojaly was stormed ... This assault"
        return best
    return None  # "the referendum" is not "the election"


VERBS_OF: dict[str, set[str]] = {
    "meeting": {"meet"}, "talks": {"talk", "negotiate"}, "visit": {"visit"}, "interview": {"interview"},
    "attack": {"attack"}, "strike": {"strike"}, "summit": {"convene", "gather"},
    "conference": {"convene", "gather"}, "election": {"elect", "vote"}, "shooting": {"shoot"},
    "shootdown": {"shoot"}, "downing": {"shoot", "down"}, "bombing": {"bomb"}, "killing": {"kill"},
    "assassination": {"assassinate"}, "invasion": {"invade"}, "shelling": {"shell"}, "raid": {"raid"},
    "crash": {"crash"}, "explosion": {"explode"}, "ambush": {"ambush"},
}


def _reporting_verb(ctx: _Context, m: _Mention, back: int = 2) -> Token | None:
    """A past verb of the same event just before the noun ("Russia shot down a plane in
    December. The shooting down of the plane ...")."""
    verbs = VERBS_OF.get(m.lemma)
    if not verbs:
        return None
    for k in range(m.sent, max(0, m.sent - back) - 1, -1):
        for t in ctx.sents[k]:
            if k == m.sent and t.i >= m.head:
                break
            if t.pos_ == "VERB" and t.lemma_.lower() in verbs and _reported_past(t):
                return t
    return None


def _verb_date(ctx: _Context, verb: Token) -> tuple[str, str] | None:
    for child in verb.children:
        if child.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis"):
            continue
        for i in range(child.left_edge.i, child.right_edge.i + 1):
            j = ctx.date_tokens.get(i)
            if j is not None:
                found = ctx.resolve(j, False)
                if found is not None:
                    return found
    return None


def _verbal_antecedent(ctx: _Context, m: _Mention) -> _Mention | None:
    """ "The commission met in Astrakhan last week. Following the meeting, ..." """
    verb = _reporting_verb(ctx, m)
    if verb is None:
        return None
    out = _Mention(m.head, m.lemma, m.type, m.start, m.end, m.sent, rule="event:verb-antecedent")
    out.specific = True
    found = _verb_date(ctx, verb)
    if found is not None:
        out.date, out.date_end = found
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj", "nsubjpass") or (
                child.dep_ == "prep" and child.lower_ in ("with", "between")):
            for tt in child.subtree:
                ent = ctx.entity(tt)
                if ent and ent[1] in ACTOR_TYPES:
                    out.participants.add(ent[0])
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            for tt in child.subtree:
                ent = ctx.entity(tt)
                if ent and ent[1] in PLACE_TYPES:
                    out.places.add(ent[0])
                    out.place = out.place or ent[0]
    return out


# ---------------------------------------------------------------- main
def extract_events(sdoc: Doc, document: Document, entity_spans: list[EntitySpanTuple]) -> list[Event]:
    """Events that ``document`` refers to as specific occurrences.

    ``sdoc`` is the spaCy parse of ``document.clean``; ``entity_spans`` are
    resolved entity mentions as (clean start, clean end, entity key, type). The
    events' mention spans are in original-text coordinates.
    """
    ctx = _Context(sdoc, document, entity_spans)
    analyzer = _Analyzer(ctx)
    mentions: list[_Mention] = []
    for tok in sdoc:
        lemma = _head_lemma(tok)
        if lemma is None:
            continue
        m = analyzer.analyze(tok, lemma)
        if m is not None:
            mentions.append(m)
    _assign_dates(ctx, analyzer, mentions)
    mentions = [f for m in mentions if (f := analyzer.finish(m)) is not None]
    _inherit_dates(sdoc, mentions)
    _mention_setting_dates(ctx, mentions)
    events = _corefer(ctx, mentions)
    _date_from_setting(ctx, events)
    return _records(ctx, events)


def _inherit_dates(sdoc: Doc, mentions: list[_Mention]) -> None:
    """ "speech at the ceremony on February 26": the speech shares the ceremony's date;
    "inauguration speech on February 14": so does the inauguration."""
    by_head = {m.head: m for m in mentions}
    for m in mentions:
        tok = sdoc[m.head]
        if m.date is None:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("at", "during"):
                    for t in child.children:
                        other = by_head.get(t.i)
                        if other is not None and other.date:
                            m.date, m.date_end = other.date, other.date_end
        if m.rule == "event:compound-event":
            other = by_head.get(tok.head.i)
            if other is not None and other.specific:
                if m.date is None:
                    m.date, m.date_end = other.date, other.date_end
                m.specific, m.anaphoric = True, False
                m.participants |= other.participants
                m.agents |= other.agents


def _mention_setting_dates(ctx: _Context, mentions: list[_Mention]) -> None:
    """Before coreference: "held talks with X on the sidelines of the forum on Friday": the talks
    take the forum's date, so that they are not mistaken for talks of another year."""
    by_head = {m.head: m for m in mentions}
    for m in mentions:
        if m.date is not None or not (m.specific or m.anaphoric):
            continue
        for group in _setting_heads(ctx, m.head):
            other = next((by_head[i] for i in group if i in by_head and by_head[i].date is not None), None)
            if other is not None and other is not m and other.date is not None:
                ranged = other.date_end is not None and other.date_end != other.date
                m.date = m.date_end = other.date[:7] if ranged else other.date
                break


def _setting_heads(ctx: _Context, head: int) -> list[list[int]]:
    """Token indices inside the phrases that place the noun at ``head`` at, during, amid or on the
    sidelines of something: one list per phrase."""
    tok = ctx.sdoc[head]
    gov = _direct_governor(tok)
    clauses = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"]  # "deal brokered at"
    out: list[list[int]] = []
    for holder in [tok] + clauses + ([gov] if gov is not None else []):
        for child in holder.children:
            if child.dep_ != "prep" or not (child.lower_ in ("during", "at", "amid") or (
                    child.lower_ == "on" and any(t.lower_ == "sidelines" for t in child.subtree))):
                continue
            out.append([t.i for t in child.subtree])
    return out


def _date_from_setting(ctx: _Context, events: list[_Event]) -> None:
    """ "signed the agreement during the visit", "met on the sidelines of the summit": an
    undated event takes the date of the dated event it took place at; and a summit, meeting or
    ceremony with no date of its own takes the date of a dated event held at it ("a meeting ...
    on May 20, on the sidelines of a ministerial gathering")."""
    event_of = {m.head: ev for ev in events for m in ev.mentions}
    for ev in events:
        if ev.date is not None:
            continue
        for other in (o for group in _settings(ctx, ev, event_of) for o in group):
            if other.date is not None:
                ranged = other.date_end is not None and other.date_end != other.date
                ev.date = other.date[:7] if ranged else other.date
                break
    for ev in events:
        if ev.date is None:
            continue
        for group in _settings(ctx, ev, event_of):
            other = group[0]  # the setting itself, not what it marks ("at the ceremony marking ...")
            if other.date is None and other.type in ("Summit", "Meeting", "Ceremony"):
                other.date, other.date_end = ev.date, ev.date_end


def _settings(ctx: _Context, ev: _Event, event_of: dict[int, _Event]) -> list[list[_Event]]:
    """The events that ``ev`` is said to take place at, during, amid or on the sidelines of: one
    list per such phrase, in text order."""
    out: list[list[_Event]] = []
    for m in ev.mentions:
        for heads in _setting_heads(ctx, m.head):
            group: list[_Event] = []
            for i in heads:
                other = event_of.get(i)
                if other is not None and other is not ev and other not in group:
                    group.append(other)
            if group:
                out.append(group)
    return out


def _corefer(ctx: _Context, mentions: list[_Mention]) -> list[_Event]:
    events: list[_Event] = []
    for m in sorted(mentions, key=lambda x: x.head if x.act_of is None else max(x.head, x.act_of)):
        if m.act_of is not None:  # a ratification vote joins the treaty it ratified
            treaty = next((e for e in events if any(x.head == m.act_of for x in e.mentions)), None)
            if treaty is not None:
                treaty.add(m)
                continue
        host = _host_event(ctx, events, m) or _whole_event(ctx, events, m)
        if host is not None and (m.specific or m.anaphoric):
            host.add(m)  # "the Conference on ... in Asia summit", "talks, their first meeting"
            continue
        if m.specific:
            scored = [(a, e.last_sent, n) for n, e in enumerate(events) if (a := _affinity(e, m)) is not None]
            if scored:
                events[max(scored)[2]].add(m)
                continue
            if m.date is None:  # "shot down a plane in December ... the shooting down of the plane"
                verb = _reporting_verb(ctx, m)
                found = _verb_date(ctx, verb) if verb is not None else None
                if found is not None:
                    m.date, m.date_end = found
            ev = _Event(m.type)
            ev.add(m)
            events.append(ev)
        elif m.rule == "event:compound":
            # "the COP29 agenda", "Second Karabakh War veterans": only a name already met;
            # "conflict resolution", "election campaign" say nothing about an occurrence
            named = [e for e in events if e.type == m.type and e.names & m.names] if m.names else []
            if named:
                max(named, key=lambda e: e.last_sent).add(m)
        elif m.anaphoric:
            ante = _antecedent(events, m)
            if ante is not None:
                ante.add(m)
                continue
            if m.rule in ("event:compound", "event:compound-event"):
                continue
            if m.fallback:
                ev = _Event(m.type)
                ev.add(m)
                events.append(ev)
                continue
            verbal = _verbal_antecedent(ctx, m)
            if verbal is not None:
                ev = _Event(m.type)
                ev.add(verbal)
                events.append(ev)
        elif m.indefinite and m.type in ("Interview", "Speech"):
            # "said in an interview": the document's interview
            same = [e for e in events if e.type == m.type and m.lemma in e.lemmas]
            if len(same) == 1:
                same[0].add(m)
    return events


def _host_event(ctx: _Context, events: list[_Event], m: _Mention) -> _Event | None:
    """An event of the same type whose mention contains this one or stands in apposition to it."""
    tok = ctx.sdoc[m.head]
    for ev in reversed(events):
        if ev.type != m.type or _conflicts(ev, m):
            continue
        for other in ev.mentions:
            if other.sent != m.sent:
                continue
            if other.start <= m.head < other.end or m.start <= other.head < m.end:
                return ev
            if tok.dep_ == "appos" and other.start <= tok.head.i < other.end + 3:
                return ev
    return None


PART_VERBS = {"feature", "include", "comprise", "involve"}


def _whole_event(ctx: _Context, events: list[_Event], m: _Mention) -> _Event | None:
    """The event this one is part of: "the visit, featuring one-on-one and expanded meetings with
    Erdogan", "the summit included talks with X" (the parts are not occurrences of their own)."""
    tok = ctx.sdoc[m.head]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in PART_VERBS:
        return None
    if verb.dep_ in ("acl", "relcl"):
        wholes = [verb.head]
    else:
        wholes = [c for c in verb.children if c.dep_ == "nsubj"]
    heads = {t.i for w in wholes for t in [w] + [c for c in w.children if c.dep_ == "appos"]}
    for ev in reversed(events):
        if ev.type == m.type and _within(m, ev) and any(x.head in heads for x in ev.mentions):
            return ev
    return None


def _records(ctx: _Context, events: list[_Event]) -> list[Event]:
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
        label = _label(sdoc, best)
        key = slug(label)[:60].strip("_") or "event"
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


def _label(sdoc: Doc, m: _Mention) -> str:
    text = " ".join(sdoc[m.start:m.end].text.split())
    text = re.sub(r"^(?:the|a|an|this|that|these|those)\s+", "", text, flags=re.I)
    return text[:120] if text else sdoc[m.head].text
