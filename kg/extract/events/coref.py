"""Coreference, conservatively: which mentions are the same occurrence.

A definite mention without anything specific refers back to a recent event with the same head
noun (or, for generic heads, of the same type); a specific one joins an earlier event of the
same type when nothing conflicts and something is shared; an indefinite one starts a new event;
a definite noun after a past verb of the same event ("met ... Following the meeting") becomes an
event of its own.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import ACTOR_TYPES
from .context import PLACE_TYPES
from .dating import verb_date
from .parse import SERIES, reported_past
from .records import Mention, Occurrence, within

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..lang.events import EventWords
    from .context import Context

__all__ = ["corefer", "conflicts", "affinity", "antecedent", "reporting_verb", "verbal_antecedent"]


def _overlap(a: set[str], b: set[str]) -> bool:
    """Shared keys, allowing for one key inside another ("al_arabiya", "saudi_arabia_s_al_arabiya")."""
    return _shared(a, b) > 0


def _shared(a: set[str], b: set[str]) -> int:
    return len(a & b) or sum(1 for x in a for y in b if len(x) > 3 and len(y) > 3 and (x in y or y in x))


def conflicts(ew: EventWords, ev: Occurrence, m: Mention) -> bool:
    """Whether ``m`` cannot be ``ev``: another type or time, other names, places, participants,
    relations or ordinals, or another distinguishing class ("bilateral" vs "trilateral")."""
    if ev.type != m.type or not within(m, ev):
        return True
    for a, b in ((ev.names, m.names), (ev.places, m.places), (ev.counterparts, m.counterparts),
                 (ev.agents, m.agents), (ev.relations, m.relations), (ev.ordinals, m.ordinals)):
        if a and b and not _overlap(a, b):
            return True
    distinguishing = ew.distinguishing_classes.get(ev.type, frozenset())
    dist_a = ev.classes & distinguishing
    dist_b = m.classes & distinguishing
    return bool(dist_a and dist_b and not (dist_a & dist_b))


def affinity(ew: EventWords, ev: Occurrence, m: Mention) -> int | None:
    """How well a specific mention fits an earlier event (None: it cannot be the same one)."""
    if conflicts(ew, ev, m):
        return None
    ballots, votes = ew.ballot_heads, ew.vote_heads
    same_head = m.lemma in ev.lemmas or (m.lemma == SERIES or SERIES in ev.lemmas) and bool(ev.names & m.names) or (
        m.lemma in votes and bool(ev.lemmas & ballots)) or (bool(ev.lemmas & votes) and m.lemma in ballots)
    strong = 3 * _shared(ev.names, m.names) + 2 * _shared(ev.counterparts, m.counterparts)
    weak = _shared(ev.places, m.places) + _shared(ev.agents, m.agents) + len(ev.classes & m.classes) + \
        len(ev.relations & m.relations) + (1 if ev.date and m.date else 0)
    if not same_head:
        kind = ew.kinds.get(ev.type)
        if (kind is not None and kind.same_head) or not strong:
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


def antecedent(ew: EventWords, events: list[Occurrence], m: Mention) -> Occurrence | None:
    """The event a definite mention without identifying detail refers back to."""
    row = ew.heads.get(m.lemma)
    same_type = [e for e in events if (e.type == m.type or m.lemma in ew.vote_heads and m.lemma in e.lemmas)
                 and within(m, e)]  # "the vote" also after a ratification vote
    if m.agents:
        same_type = [e for e in same_type if not e.agents or _overlap(e.agents, m.agents)]
    if not same_type:
        return None
    only_one = len([e for e in events if e.type == m.type]) == 1
    far = 6 if m.type in ("War", "Incident") else 12
    if row is not None and row.weak:  # "the dialogue", "their discussions": only a recent one of the same kind
        same_type = [e for e in same_type if m.lemma in e.lemmas or m.sent - e.last_sent <= 2]
        only_one, far = False, 3
        if not same_type:
            return None
    kin = ew.kin_of(m.lemma)
    same_lemma = [e for e in same_type if kin & e.lemmas]
    if same_lemma:
        best = max(same_lemma, key=lambda e: e.last_sent)
        if only_one or m.sent - best.last_sent <= far:
            return best
    best = max(same_type, key=lambda e: e.last_sent)
    if row is not None and row.generic and m.type != "War":  # "the incident", "the meeting"
        return best if only_one or m.sent - best.last_sent <= far else None
    if m.demonstrative and m.sent - best.last_sent <= 3:  # "Khojaly was stormed ... This assault"
        return best
    return None  # "the referendum" is not "the election"


def reporting_verb(ctx: Context, m: Mention, back: int = 2) -> Token | None:
    """A past verb of the same event just before the noun ("Russia shot down a plane in
    December. The shooting down of the plane ...")."""
    row = ctx.words.heads.get(m.lemma)
    verbs = row.verbs if row is not None else frozenset()
    if not verbs:
        return None
    for k in range(m.sent, max(0, m.sent - back) - 1, -1):
        for t in ctx.sents[k]:
            if k == m.sent and t.i >= m.head:
                break
            if t.pos_ == "VERB" and t.lemma_.lower() in verbs and reported_past(t):
                return t
    return None


def verbal_antecedent(ctx: Context, m: Mention) -> Mention | None:
    """ "The commission met in Astrakhan last week. Following the meeting, ..." """
    verb = reporting_verb(ctx, m)
    if verb is None:
        return None
    ew = ctx.words
    out = Mention(m.head, m.lemma, m.type, m.start, m.end, m.sent, rule="event:verb-antecedent")
    out.specific = True
    found = verb_date(ctx, verb)
    if found is not None:
        out.date, out.date_end = found
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj", "nsubjpass") or (
                child.dep_ == "prep" and child.lower_ in ew.company_preps):
            for tt in child.subtree:
                ent = ctx.entity(tt)
                if ent and ent[1] in ACTOR_TYPES:
                    out.participants.add(ent[0])
        if child.dep_ == "prep" and child.lower_ in ew.place_preps:
            for tt in child.subtree:
                ent = ctx.entity(tt)
                if ent and ent[1] in PLACE_TYPES:
                    out.places.add(ent[0])
                    out.place = out.place or ent[0]
    return out


def corefer(ctx: Context, mentions: list[Mention]) -> list[Occurrence]:
    """The occurrences the mentions are of, in the order they are first met."""
    ew = ctx.words
    events: list[Occurrence] = []
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
            scored = [(a, e.last_sent, n) for n, e in enumerate(events) if (a := affinity(ew, e, m)) is not None]
            if scored:
                events[max(scored)[2]].add(m)
                continue
            if m.date is None:  # "shot down a plane in December ... the shooting down of the plane"
                verb = reporting_verb(ctx, m)
                found = verb_date(ctx, verb) if verb is not None else None
                if found is not None:
                    m.date, m.date_end = found
            ev = Occurrence(m.type)
            ev.add(m)
            events.append(ev)
        elif m.rule == "event:compound":
            # "the COP29 agenda", "Second Karabakh War veterans": only a name already met;
            # "conflict resolution", "election campaign" say nothing about an occurrence
            named = [e for e in events if e.type == m.type and e.names & m.names] if m.names else []
            if named:
                max(named, key=lambda e: e.last_sent).add(m)
        elif m.anaphoric:
            ante = antecedent(ew, events, m)
            if ante is not None:
                ante.add(m)
                continue
            if m.rule in ("event:compound", "event:compound-event"):
                continue
            if m.fallback:
                ev = Occurrence(m.type)
                ev.add(m)
                events.append(ev)
                continue
            verbal = verbal_antecedent(ctx, m)
            if verbal is not None:
                ev = Occurrence(m.type)
                ev.add(verbal)
                events.append(ev)
        elif m.indefinite and m.type in ("Interview", "Speech"):
            # "said in an interview": the document's interview (not another speaker's: "Kicillof, in a speech")
            same = [e for e in events if e.type == m.type and m.lemma in e.lemmas and not conflicts(ew, e, m)]
            if len(same) == 1:
                same[0].add(m)
    return events


def _host_event(ctx: Context, events: list[Occurrence], m: Mention) -> Occurrence | None:
    """An event of the same type whose mention contains this one or stands in apposition to it."""
    tok = ctx.sdoc[m.head]
    for ev in reversed(events):
        if ev.type != m.type or conflicts(ctx.words, ev, m):
            continue
        for other in ev.mentions:
            if other.sent != m.sent:
                continue
            if other.start <= m.head < other.end or m.start <= other.head < m.end:
                return ev
            if tok.dep_ == "appos" and other.start <= tok.head.i < other.end + 3:
                return ev
    return None


def _whole_event(ctx: Context, events: list[Occurrence], m: Mention) -> Occurrence | None:
    """The event this one is part of: "the visit, featuring one-on-one and expanded meetings with
    Erdogan", "the summit included talks with X" (the parts are not occurrences of their own)."""
    tok = ctx.sdoc[m.head]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in ctx.words.part_verbs:
        return None
    if verb.dep_ in ("acl", "relcl"):
        wholes = [verb.head]
    else:
        wholes = [c for c in verb.children if c.dep_ == "nsubj"]
    heads = {t.i for w in wholes for t in [w] + [c for c in w.children if c.dep_ == "appos"]}
    for ev in reversed(events):
        if ev.type == m.type and within(m, ev) and any(x.head in heads for x in ev.mentions):
            return ev
    return None
