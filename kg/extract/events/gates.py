"""Gates: the tests some event nouns must pass to be candidates at all.

Which noun has which gate, and the words and patterns each gate reads, are rows of the
lexicon (:class:`~kg.extract.lang.events.Gate` in :attr:`EventHead.gate
<kg.extract.lang.events.EventHead.gate>`); this module holds one function per gate kind,
looked up by the kind's name in :data:`GATES`. :data:`PARAMS` says which word lists each
kind reads, so that a table can be checked against the engine.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...records import ACTOR_TYPES
from ..lang.events import Gate, GateKind
from .context import PLACE_TYPES
from .parse import is_pronoun, possessor, rx

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context

__all__ = ["Candidate", "GATES", "PARAMS", "PATTERNED", "admits"]


@dataclass(frozen=True)
class Candidate:
    """An event noun and what the gates look at: its pre-head modifiers, also as lower-case text."""

    ctx: Context
    tok: Token
    lefts: list[Token]
    modtext: str


GateTest = Callable[[Candidate, Gate], bool]
#: gate kind -> the function that runs it
GATES: dict[str, GateTest] = {}
#: gate kind -> the names of the word lists it reads from :attr:`Gate.words`
PARAMS: dict[str, frozenset[str]] = {}
#: the gate kinds that search :attr:`Gate.pattern`
PATTERNED: set[str] = set()


def _gate(kind: GateKind, *params: str, pattern: bool = False) -> Callable[[GateTest], GateTest]:
    def register(test: GateTest) -> GateTest:
        GATES[kind] = test
        PARAMS[kind] = frozenset(params)
        if pattern:
            PATTERNED.add(kind)
        return test
    return register


def admits(c: Candidate, gate: Gate | None) -> bool:
    """Whether the noun passes its gate (a noun without one always does)."""
    return gate is None or GATES[gate.kind](c, gate)


@_gate("any")
def _any(c: Candidate, gate: Gate) -> bool:
    """One of the gates passes."""
    return any(admits(c, g) for g in gate.any_of)


@_gate("all")
def _all(c: Candidate, gate: Gate) -> bool:
    """Every one of the gates passes."""
    return all(admits(c, g) for g in gate.all_of)


@_gate("no_noun_modifier")
def _no_noun_modifier(c: Candidate, gate: Gate) -> bool:
    """No common noun among its modifiers, dates aside ("the Gaza operation", "the 2023 operation"; not
    "the repair operation")."""
    return not any(t.pos_ == "NOUN" and t.dep_ in ("compound", "nmod") and t.i not in c.ctx.date_tokens
                   for t in c.lefts)


@_gate("noun")
def _noun(c: Candidate, gate: Gate) -> bool:
    """Tagged as a common noun, not a proper noun or a verb ("an address", "the strike")."""
    return c.tok.pos_ == "NOUN"


@_gate("modifier", pattern=True)
def _modifier(c: Candidate, gate: Gate) -> bool:
    """The pattern is found in the modifiers ("a phone call", "that tragic event")."""
    return bool(rx(gate.pattern).search(c.modtext))


@_gate("lowercase")
def _lowercase(c: Candidate, gate: Gate) -> bool:
    """Written in lower case, not as a name ("a congress", not "Congress")."""
    return not c.tok.text[:1].isupper()


@_gate("possessed")
def _possessed(c: Candidate, gate: Gate) -> bool:
    """It has a possessor ("Putin's tour")."""
    return possessor(c.tok) is not None


@_gate("particle", "particles")
def _particle(c: Candidate, gate: Gate) -> bool:
    """A particle follows it, as its child or as the next token ("the shooting down of")."""
    tok, particles = c.tok, gate.words["particles"]
    return any(ch.lower_ in particles for ch in tok.children) or (
        tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in particles)


@_gate("governed_by", "verbs")
def _governed_by(c: Candidate, gate: Gate) -> bool:
    """Its head is one of the verbs ("marked the anniversary")."""
    return c.tok.head.lemma_.lower() in gate.words["verbs"]


@_gate("not_complement_of", "preps", "heads")
def _not_complement_of(c: Candidate, gate: Gate) -> bool:
    """It is not the object of the preposition after one of the heads ("freedom of speech")."""
    tok = c.tok
    return not (tok.dep_ == "pobj" and tok.head.lower_ in gate.words["preps"]
                and tok.head.head.lemma_.lower() in gate.words["heads"])


@_gate("named_argument", "preps")
def _named_argument(c: Candidate, gate: Gate) -> bool:
    """A prepositional phrase names an entity or something capitalised ("the Battle of Shusha")."""
    preps = gate.words["preps"]
    return any(ch.dep_ == "prep" and ch.lower_ in preps and any(
        c.ctx.entity(t) is not None or t.text[:1].isupper() for t in ch.subtree) for ch in c.tok.children)


@_gate("of_object", "preps")
def _of_object(c: Candidate, gate: Gate) -> bool:
    """An object naming what the act befell: "storming of Parliament", "annexation of Crimea"."""
    preps = gate.words["preps"]
    return any(ch.dep_ == "prep" and ch.lower_ in preps and any(
        c.ctx.entity(t) is not None or (t.text[:1].isupper() and t.is_alpha) or t.pos_ == "NOUN"
        for t in ch.subtree) for ch in c.tok.children)


@_gate("modified")
def _modified(c: Candidate, gate: Gate) -> bool:
    """It has a pre-head modifier ("the Chibok kidnapping")."""
    return bool(c.lefts)


@_gate("modified_head")
def _modified_head(c: Candidate, gate: Gate) -> bool:
    """It has a pre-head modifier and is not itself one ("Quran burnings", not "burning incidents")."""
    return bool(c.lefts) and c.tok.dep_ not in ("compound", "amod")


@_gate("member_argument", "preps", "members")
def _member_argument(c: Candidate, gate: Gate) -> bool:
    """A prepositional phrase names who meet at it ("a gathering of finance ministers")."""
    preps, members = gate.words["preps"], gate.words["members"]
    return any(ch.dep_ == "prep" and ch.lower_ in preps and any(t.lemma_.lower() in members for t in ch.children)
               for ch in c.tok.children)


@_gate("capitalised_modifier")
def _capitalised_modifier(c: Candidate, gate: Gate) -> bool:
    """A capitalised word among its modifiers, not at the start of the sentence ("the Davos gathering")."""
    ctx = c.ctx
    start = ctx.sents[ctx.sent_of[c.tok.i]].start
    return any(t.text[:1].isupper() and t.is_alpha and t.i != start for t in c.lefts)


@_gate("described_by", "verbs")
def _described_by(c: Candidate, gate: Gate) -> bool:
    """A clause on it with one of the verbs ("a gathering hosted by ...")."""
    verbs = gate.words["verbs"]
    return any(ch.dep_ in ("acl", "relcl") and ch.lemma_.lower() in verbs for ch in c.tok.children)


@_gate("addressed", "verbs", "holders", "preps")
def _addressed(c: Candidate, gate: Gate) -> bool:
    """Someone spoke to it: "told a rally in Nakuru", "speaking at a rally", "Ruto's rally"."""
    tok, ctx = c.tok, c.ctx
    verbs, holders, preps = gate.words["verbs"], gate.words["holders"], gate.words["preps"]
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() in verbs:
        return True
    if tok.dep_ == "dobj" and head.lemma_.lower() in holders and any(
            ch.dep_ == "nsubj" and (ctx.entity(ch) or ("", ""))[1] == "Person" for ch in head.children):
        return True  # "Ruto held a rally in Nakuru"
    if tok.dep_ == "pobj" and tok.head.lower_ in preps and tok.head.head.lemma_.lower() in verbs:
        return True
    poss = possessor(tok)
    ent = ctx.entity(poss) if poss is not None else None
    return ent is not None and ent[1] == "Person"


@_gate("against_actor", "preps")
def _against_actor(c: Candidate, gate: Gate) -> bool:
    """A prepositional phrase names a country or an organisation ("Russia's struggle against Ukraine")."""
    preps = gate.words["preps"]
    return any(ch.dep_ == "prep" and ch.lower_ in preps and any(
        e[1] in ("Country", "Organization") for e in c.ctx.entities_in(ch)) for ch in c.tok.children)


@_gate("actor_arguments", "preps")
def _actor_arguments(c: Candidate, gate: Gate) -> bool:
    """Every such prepositional phrase names an actor ("the operation of eight airports" is none)."""
    preps = gate.words["preps"]
    return not any(ch.dep_ == "prep" and ch.lower_ in preps and not any(
        e[1] in ACTOR_TYPES for e in c.ctx.entities_in(ch)) for ch in c.tok.children)


@_gate("names_actor", "preps")
def _names_actor(c: Candidate, gate: Gate) -> bool:
    """A prepositional phrase names a person, a country or an organisation ("a call with President X")."""
    preps = gate.words["preps"]
    return any(ch.dep_ == "prep" and ch.lower_ in preps and any(
        e[1] in ACTOR_TYPES for e in c.ctx.entities_in(ch)) for ch in c.tok.children)


@_gate("of_place", "preps", "places")
def _of_place(c: Candidate, gate: Gate) -> bool:
    """A prepositional phrase names a place, by name or by one of the nouns ("the takeover of the city",
    "the capture of Bakhmut"; not "the capture of the suspect")."""
    preps, places = gate.words["preps"], gate.words["places"]
    for ch in c.tok.children:
        if ch.dep_ != "prep" or ch.lower_ not in preps:
            continue
        for t in ch.children:
            ent = c.ctx.entity(t) if t.dep_ == "pobj" else None
            if ent is not None and ent[1] in PLACE_TYPES or t.dep_ == "pobj" and t.lemma_.lower() in places:
                return True
        if any(e[1] in PLACE_TYPES for e in c.ctx.entities_in(ch)):
            return True
    return False


@_gate("plural")
def _plural(c: Candidate, gate: Gate) -> bool:
    """Written in the plural ("the protests"; not "lodged a protest")."""
    return c.tok.tag_ in ("NNS", "NNPS")


@_gate("ballot", "share_preps", "shares", "body_preps", "bodies", "issue_preps", "issues")
def _ballot(c: Candidate, gate: Gate) -> bool:
    """A vote that is an election, not one voter's ballot, a share of the votes, or a body's decision."""
    tok, ctx, w = c.tok, c.ctx, gate.words
    if tok.tag_ in ("NNS", "NNPS"):
        return False  # "by 184 votes to 29", "votes of confidence"
    if tok.dep_ == "pobj" and tok.head.lower_ in w["share_preps"] and (
            tok.head.head.like_num or tok.head.head.lemma_.lower() in w["shares"]):
        return False  # "55.6% of the vote", "the right to vote"
    poss = possessor(tok)
    if poss is not None and (is_pronoun(poss) or (ctx.entity(poss) or ("", ""))[1] == "Person"):
        return False  # "cast his vote", "Aliyev's vote": one voter's ballot
    bodies = w["bodies"]
    if any(t.lemma_.lower() in bodies or (ctx.entity(t) or ("", ""))[1] == "Organization"
           for t in c.lefts) or any(
            ch.dep_ == "prep" and ch.lower_ in w["body_preps"] and any(
                t.lemma_.lower() in bodies or (ctx.entity(t) or ("", ""))[1] == "Organization"
                for t in ch.subtree) for ch in tok.children):
        return False  # "a Senate vote", "a vote at the Security Council": a body's decision
    # "a vote on the rearmament plan", "a vote of no confidence": a decision, not an election
    return not any(ch.dep_ == "prep" and ch.lower_ in w["issue_preps"] and not any(
        t.i in ctx.date_tokens or t.lemma_.lower() in w["issues"] for t in ch.subtree)
        for ch in tok.children)
