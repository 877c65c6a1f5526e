"""Candidates and specificity: which event nouns are mentions, what each says about its occurrence
(span, kind, names, places, participants, ordinals), and whether it is a specific occurrence, an
anaphor of one, or neither."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...records import ACTOR_TYPES
from ...vocab import slug
from ..lang.events import Feature
from .context import PLACE_TYPES
from .gates import Candidate, admits
from .parse import (
    SERIES,
    clause_cut,
    container,
    determiner,
    governor,
    head_lemma,
    infinitive,
    irrealis,
    is_demonym,
    is_pronoun,
    left_modifiers,
    name_numeral,
    negated_or_modal,
    ordinal_key,
    possessor,
    predicative,
    prefixed_head,
    prep_phrase,
    reported_past,
    rx,
    series_key,
    subtree_no_conj,
    suspended_process,
)
from .records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context

__all__ = ["Analyzer", "FEATURE_OF"]

#: what each :data:`~kg.extract.lang.events.Feature` reads on a mention
FEATURE_OF: dict[Feature, Callable[[Mention], object]] = {
    "date": lambda m: m.date,
    "places": lambda m: m.places,
    "counterparts": lambda m: m.counterparts,
    "relations": lambda m: m.relations,
    "classes": lambda m: m.classes,
}


class Analyzer:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.sdoc = ctx.sdoc
        self.words = ctx.words

    def _ordinal(self, tok: Token) -> bool:
        return bool(rx(self.words.ordinal_pattern, re.I).match(tok.text))

    # -- spans
    def _of_argument(self, tok: Token, sub: list[Token]) -> bool:
        """ "anniversary of the genocide", "visit of the delegation": an "of" phrase that belongs
        to the event (not "operation of the state's plans")."""
        row = self.words.heads.get(head_lemma(tok) or "")
        if row is not None and row.of_argument:
            return True
        return any(self.ctx.entity(t) is not None or (t.text[:1].isupper() and t.is_alpha) for t in sub)

    def phrase(self, tok: Token) -> tuple[int, int]:
        """Token span of the mention: modifiers, head and its key prepositional arguments."""
        doc = self.sdoc
        ew = self.words
        lefts = left_modifiers(tok)
        start = min([tok.i] + [t.i for t in lefts] + ([tok.i - 2] if prefixed_head(tok) is not None else []))
        poss = possessor(tok)
        if poss is not None and not is_pronoun(poss):
            start = min([start] + [t.i for t in subtree_no_conj(poss)])
        cont = container(tok)
        if cont is not None:
            cl = [t for c in cont.lefts if c.dep_ not in ("det", "poss", "punct", "cc", "conj")
                  for t in subtree_no_conj(c)]
            start = min([start, cont.i] + [t.i for t in cl])
        end = tok.i + 1
        budget = 12
        sent = self.ctx.sents[self.ctx.sent_of[tok.i]]
        for child in tok.rights:
            if child.right_edge.i >= sent.end:
                break
            if child.dep_ == "punct" and child.text in ("(", ")"):
                continue
            if child.dep_ == "prt" or (child.lower_ in ew.particles and child.i == tok.i + 1):
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
            if child.dep_ == "prep" and child.lower_ in ew.phrase_preps:
                sub = prep_phrase(child)
                if child.lower_ in ew.genitive_preps and not self._of_argument(tok, sub):
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
        end = clause_cut(doc, tok.i, end)
        while end - 1 > start and (doc[end - 1].is_punct and doc[end - 1].text != ")" or doc[end - 1].is_space):
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
    def analyze(self, tok: Token, lemma: str) -> Mention | None:
        if lemma == SERIES:
            return self.cop_mention(tok)
        sdoc = self.sdoc
        ew = self.words
        row = ew.heads[lemma]
        etype: str = row.type
        lefts = left_modifiers(tok)
        mods_low = [t.lower_ for t in lefts]
        modtext = " ".join(mods_low)
        if set(mods_low) & row.not_with:
            return None
        retyped = [row.retyped_by[w] for w in mods_low if w in row.retyped_by]
        if retyped:
            etype = retyped[0]  # a press conference
        if rx(ew.not_event_after, re.I).match(sdoc[tok.i + 1:tok.i + 4].text) or self._prefixed(tok):
            return None
        if tok.i in self.ctx.date_tokens or not admits(Candidate(self.ctx, tok, lefts, modtext), row.gate):
            return None
        if self._inside_other_name(tok):
            return None
        cont = container(tok)
        if cont is not None:
            held = head_lemma(cont)
            if held is not None and not (held in ew.heads and ew.heads[held].container):
                return None  # "19th session of the Meeting of the Parties": the session is the event
        if row.container:
            found = self._round_type(tok)
            if found is None:
                return None
            etype = found
        act, ratified = self._vote_act(tok) if row.vote else ("", None)
        if act == "law":
            return None  # "passed the bill in a 184-29 vote": a domestic law, no event
        if ratified is not None:
            etype = "Agreement"
        start, end = self.phrase(tok)
        m = Mention(tok.i, lemma, etype, start, end, self.ctx.sent_of[tok.i])
        if etype == "Agreement":
            m.rule = "event:agreement"
        if ratified is not None:
            m.act_of, m.rule = ratified.i, "event:agreement-vote"
        self.features(tok, m, lefts, modtext)
        head = tok.head
        if tok.dep_ in ("compound", "nmod") and head.lemma_.lower() in ew.attempt_nouns and head_lemma(head) == lemma:
            return None  # "coup attempt": the mention is headed by "attempt"
        numeral = name_numeral(tok)
        outer_tok = tok if numeral is None else numeral  # "World War II": the name's numeral stands for the noun
        if numeral is not None:
            m.end = max(m.end, numeral.i + 1)
        head = outer_tok.head
        if outer_tok.dep_ in ("compound", "amod", "nmod") and head.i != outer_tok.i and head.pos_ in ("NOUN", "PROPN"):
            # a modifier inside a larger noun phrase ("election campaign", "inauguration speech"):
            # kept for coreference only, or as its own event when the head is another event
            m.start, m.end = (lefts[0].i if lefts else tok.i), outer_tok.i + 1
            outer = ew.heads.get(head_lemma(head) or "")
            m.rule = "event:compound"
            if outer is not None and outer.type != m.type and m.type in ("Ceremony", "Election", "Summit"):
                m.rule = "event:compound-event"  # "inauguration speech"
            m.anaphoric = True
        return m

    def _round_type(self, tok: Token) -> str | None:
        """The type of a round ("the first round", "the previous round, held there on February 27"):
        Election or Meeting after the closest election or talks the text speaks of; None for a
        round of something else ("a new round of sanctions")."""
        ew = self.words
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ew.genitive_preps:
                objs = [t for t in child.children if t.dep_ == "pobj"]
                if any(t.lower_ in ew.election_rounds for t in objs):
                    return "Election"
                return None  # "round of talks": the talks carry it; "round of sanctions": nothing
        if not any(c.dep_ in ("det", "poss", "amod") for c in tok.children):
            return None
        doc = self.sdoc
        lo = max(0, tok.i - 600)
        for i in list(range(tok.i - 1, lo - 1, -1)) + list(range(tok.i + 1, min(len(doc), tok.i + 40))):
            t = doc[i]
            lemma = head_lemma(t) if t.pos_ in ("NOUN", "PROPN") else None
            row = ew.heads.get(lemma) if lemma is not None else None
            if row is not None and row.types_round:
                return row.type
        return None

    def _vote_act(self, tok: Token) -> tuple[str, Token | None]:
        """What a vote decided: ("agreement", treaty noun) for "approved the accession protocol in a
        287-55 vote", ("law", None) for "passed the bill in a vote", ("", None) otherwise."""
        ew = self.words
        gov = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ew.vote_preps else None
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ew.ratifying_verbs:
            gov = tok.head  # "the vote approved the treaty"
        if gov is None or gov.lemma_.lower() not in ew.ratifying_verbs:
            return "", None
        objects = [c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")]
        for obj in objects:
            row = ew.heads.get(head_lemma(obj) or "")
            if row is not None and row.type == "Agreement":
                return "agreement", obj
        if any(o.lemma_.lower() in ew.legislation for o in objects):
            return "law", None
        return "", None

    def _prefixed(self, tok: Token) -> bool:
        """ "post-war", "pre-election", "anti-war", "post-conflict" (as one token or three)."""
        doc = self.sdoc
        ew = self.words
        if prefixed_head(tok) is not None:
            return False  # "counter - attack"
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ew.split_prefixes:
            return True
        return any(tok.lower_.startswith(prefix + "-") for prefix in ew.joined_prefixes)

    def _inside_other_name(self, tok: Token) -> bool:
        """ "the Convention on the Prevention ... of the Crime of Genocide", "Khojaly Genocide
        Memorial": a capitalised event noun inside the name of something else."""
        if not tok.text[:1].isupper():
            return False
        ew = self.words
        cur = name_numeral(tok) or tok  # "World War II": the name goes on from its numeral
        for _ in range(4):
            # "Convention on the Prevention of ...", not "Victory in the War", nor "Veterans of the War" opening a sentence
            if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.lower_ in ew.name_links and \
                    cur.head.head.text[:1].isupper() and not cur.head.head.is_sent_start:
                owner = cur.head.head
                owner_lemma = head_lemma(owner)
                row = ew.heads.get(owner_lemma or "")
                if owner_lemma is None or (row is not None and row.type == "Agreement"):
                    return owner_lemma is None or owner.lower_ in ew.document_names
                return False
            if cur.dep_ == "compound" and cur.head.text[:1].isupper() and head_lemma(cur.head) is None:
                return True
            if cur.dep_ not in ("pobj", "compound"):
                return False
            cur = cur.head.head if cur.dep_ == "pobj" else cur.head
        return False

    def cop_mention(self, tok: Token) -> Mention | None:
        ew = self.words
        key = series_key(tok)
        assert key is not None
        hl = head_lemma(tok.head) if tok.head.i != tok.i else None
        host = ew.heads.get(hl) if hl is not None else None
        if tok.dep_ in ("compound", "nmod", "amod") and host is not None and host.series_host:
            return None  # "COP29 conference": the head noun carries the mention
        if tok.i > 0 and series_key(tok.nbor(-1)) is not None:
            return None
        start, end = self.phrase(tok)
        if tok.text in ew.series_names:
            end = max(end, tok.i + 2)
        m = Mention(tok.i, SERIES, "Summit", start, end, self.ctx.sent_of[tok.i], rule="event:named")
        self.features(tok, m, left_modifiers(tok), "")
        m.names.add(key)
        m.named = m.specific = True
        m.strength = 3
        if tok.dep_ in ("compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and hl is None:
            m.start, m.end = tok.i, end if tok.text in ew.series_names else tok.i + 1
        return m

    # -- features
    def features(self, tok: Token, m: Mention, lefts: list[Token], modtext: str) -> None:
        ctx = self.ctx
        ew = self.words
        row = ew.heads.get(m.lemma)
        sent = ctx.sents[m.sent]
        kind = ew.kinds.get(m.type)
        for cls in kind.classes if kind is not None else ():
            if rx(cls.pattern).search(modtext):
                m.classes.add(cls.name)
        title = ctx.title_case[m.sent]
        if tok.text[:1].isupper() and tok.i != sent.start and not title and tok.is_alpha:
            m.named = m.proper = True
        counted = row is not None and row.counted  # "the first round" and "the second round" are two events
        m.ordinals = {ordinal_key(t) for t in lefts if self._ordinal(t) and t.lower_ not in ew.unnumbered_ordinals
                      and (counted or t.lower_ not in ew.counted_ordinals)}
        cont = container(tok)
        if cont is not None:
            m.ordinals |= {ordinal_key(t) for t in cont.lefts if self._ordinal(t)}
        for t in self.sdoc[m.start:m.end]:
            key = series_key(t)
            if key is not None:
                m.names.add(key)
                m.named = m.proper = True
        for t in lefts:
            key = series_key(t)
            if key is not None:
                m.names.add(key)
                m.named = m.proper = True
                continue
            if t.i in ctx.date_tokens or t.lower_ in ctx.months or not t.is_alpha:
                continue
            if not t.text[:1].isupper() or self._ordinal(t) or t.lower_ in ew.number_words:
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
            if is_demonym(t) and not pair and not covers and t.i != sent.start and not title:
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
            if abbr.text.isupper() and 2 <= len(abbr.text) <= 8 and series_key(abbr) is None:
                m.extra_spans.append((abbr.i, abbr.i + 1))
                m.names.add(abbr.lower_)
        # the possessor
        poss = possessor(tok)
        if poss is not None and not is_pronoun(poss) and poss.i not in ctx.date_tokens:
            ent = ctx.entity(poss)
            if ent is not None and ent[1] in ACTOR_TYPES:
                m.agents.add(ent[0])
                m.participants.add(ent[0])
            elif ent is not None and ent[1] == "Place":
                m.places.add(ent[0])
            elif poss.text[:1].isupper() and poss.lower_ not in ctx.months:
                m.agents.add(slug(poss.text))
        # prepositional arguments of the head (and of its container)
        heads = [tok] + [c for c in tok.children if c.dep_ == "prt" or c.lower_ in ew.particles]
        cont = container(tok)
        if cont is not None:
            heads.append(cont)
        to_place = row is not None and row.to_place
        for h in heads:
            for child in h.children:
                if child.dep_ != "prep":
                    continue
                p = child.lower_
                ents = ctx.entities_in(child)
                if p in ew.arg_preps:
                    for key, etype in ents:
                        if etype in ACTOR_TYPES:
                            m.counterparts.add(key)
                            m.participants.add(key)
                        elif etype == "Place" and p in ew.place_arg_preps:
                            m.places.add(key)
                if p in ew.place_preps or (p in ew.destination_preps and to_place):
                    for key, etype in ents:
                        if etype in PLACE_TYPES:
                            m.places.add(key)
                            if m.place is None:
                                m.place = key
                if p in ew.relation_preps:
                    for t in child.subtree:
                        hl = head_lemma(t)
                        if hl is not None and t.i != tok.i:
                            m.relations.add(f"{p}:{hl}")
        # a place inside the phrase: "meeting with a German delegation in Baku"
        for t in self.sdoc[m.start:m.end]:
            ent = ctx.entity(t)
            if ent is not None and ent[1] == "Place" and t.head.lower_ in ew.place_preps and \
                    not self._ent_covers(t, tok):
                m.places.add(ent[0])
                m.place = m.place or ent[0]
        # participants: subject of the verb that reports it, agents of participles
        gov = governor(tok)
        if gov is not None and tok.dep_ in ("dobj", "pobj", "nsubjpass"):
            for child in gov.children:
                if child.dep_ in ("nsubj", "agent"):
                    for key, etype in ctx.entities_in(child, whole=True):
                        if etype in ACTOR_TYPES:
                            m.participants.add(key)
                            if m.type in ("Speech", "Interview") and not m.agents:
                                m.agents.add(key)
                            break
                if child.dep_ == "prep" and child.lower_ in ew.place_preps and m.place is None:
                    for key, etype in ctx.entities_in(child):
                        if etype in PLACE_TYPES:
                            m.place = key
                            break
        for child in tok.children:
            if child.dep_ in ("acl", "relcl"):
                for g in child.children:
                    if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ in ew.agent_preps):
                        for key, etype in ctx.entities_in(g):
                            if etype in ACTOR_TYPES:
                                m.participants.add(key)
                                m.counterparts.add(key)

    def _name_key(self, tok: Token, lefts: list[Token]) -> str:
        """ "second karabakh war", "war on terror", "victory parade": the name a named event goes by."""
        ew = self.words
        words = [t.lower_ for t in lefts if (t.text[:1].isupper() or t.like_num or t.text in ("-", "–"))
                 and t.i not in self.ctx.date_tokens and t.lower_ not in self.ctx.months]
        words.append(tok.lower_)
        if tok.text[:1].isupper():
            # capitalised complement: "War on Terror", "Conference of the Non-Aligned Movement ..."
            k = tok.i + 1
            doc = self.sdoc
            while k < len(doc) and k < tok.i + 10 and (doc[k].lower_ in ew.name_links
                                                        or (doc[k].text[:1].isupper() and doc[k].is_alpha)):
                if doc[k].is_sent_start:
                    break
                words.append(doc[k].lower_)
                k += 1
            while words and words[-1] in ew.name_links:
                words.pop()
        return " ".join(w for w in words if w not in ew.name_articles).replace(" - ", "-")

    def _ent_covers(self, t: Token, head: Token) -> bool:
        bounds = self.ctx.ent_bounds.get(t.i)
        return bounds is not None and bounds[0] <= head.i < bounds[1]

    def _hyphen_pair(self, t: Token) -> bool:
        doc = self.sdoc
        return (t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "–") and doc[t.i + 2].text[:1].isupper()) or (
            t.i >= 2 and doc[t.i - 1].text in ("-", "–") and doc[t.i - 2].text[:1].isupper())

    # -- specificity
    def finish(self, m: Mention) -> Mention | None:
        """Decide, once dates are attached, whether a candidate is a specific occurrence."""
        if m.rule in ("event:compound", "event:compound-event") or m.lemma == SERIES:
            return m
        tok = self.sdoc[m.head]
        if m.type == "Agreement":
            return self.agreement(tok, m)
        lefts = left_modifiers(tok)
        anchor = self.ctx.anchor
        if m.date is None and anchor is not None and anchor.month >= 4 and any(
                t.lower_ in self.words.recent_words for t in lefts):
            m.date = m.date_end = str(anchor.year)  # "the recent strikes" in a piece dated August
        self.decide(tok, m, lefts)
        return m

    def decide(self, tok: Token, m: Mention, lefts: list[Token]) -> None:
        ew = self.words
        row = ew.heads[m.lemma]
        cont = container(tok)
        det = determiner(tok) or (determiner(cont) if cont is not None else None)  # "a wave of unrest"
        m.indefinite = det in ew.indefinite_dets
        m.demonstrative = det in ew.demonstrative_dets
        definite = det in ew.anaphoric_dets or det in ("poss", "poss-pron")
        plural = tok.tag_ in ("NNS", "NNPS") and not row.plural_as_one
        gov = governor(tok)
        if det in ew.hypothetical_dets or any(t.lower_ in ew.hypothetical_adjs for t in lefts if t.head.i == tok.i):
            return
        if det is None and not m.named and m.date is None and row.mass and not plural:
            return  # "the legacy of conflict", "without inciting conflict with Russia"
        own_date = m.date is not None and any(i in self.ctx.date_tokens for i in range(m.start, m.end))
        if m.type == "Meeting" and (m.date is None or not own_date) and suspended_process(tok):
            return  # "put the accession talks on hold", "agreed Saturday to accelerate talks": a process
        if m.named and (m.proper or not irrealis(tok, gov, allow_future=True)):
            m.rule = "event:named"
            m.strength = 3
            if not (predicative(tok) and not tok.text[:1].isupper()):
                m.specific = True
                return
        if predicative(tok):
            m.anaphoric = definite
            return
        if irrealis(tok, gov, allow_future=m.date is not None):
            return
        identifying = 0  # what tells this occurrence apart: date, place, participants, ordinal ...
        if m.date is not None:
            identifying += 2
        if m.places:
            identifying += 1
        if m.counterparts:
            identifying += 1
        if m.agents and row.agent_identifies:
            identifying += 1
        if m.relations:
            identifying += 1
        if any(self._ordinal(t) for t in lefts) or container(tok) is not None:
            identifying += 1
        if self._at_occasion(tok):
            identifying += 1  # "a speech at a business dinner", "talks during the summit"
        reported = self._eventive(tok, gov) or self._described(tok, det)  # "an incident occurred"
        weak = bool(m.classes & ew.self_specific_classes.get(m.type, frozenset())) or (
            m.type == "Interview" and any(c.dep_ == "prep" and c.lower_ in ew.interviewer_preps for c in tok.children))
        evidence = row.evidence
        if evidence is not None and not (any(FEATURE_OF[f](m) for f in evidence.features) or any(
                c.dep_ == "prep" and c.lower_ in evidence.preps for c in tok.children)):
            identifying, weak, reported = 0, False, False  # "his remarks", "the operation", "the dialogue"
        m.strength = identifying + int(weak) + int(reported)
        if plural:
            with_person = any(e[1] == "Person" for c in tok.children if c.dep_ == "prep" and c.lower_ in
                              ew.company_preps for e in self.ctx.entities_in(c))
            if m.date is not None or (det == "poss" and m.agents and row.possessed_plural_one) \
                    or with_person:
                m.specific = True
            elif det in ew.anaphoric_dets and (m.counterparts or m.names or any(
                    c.dep_ == "prep" and c.lower_ in ew.plural_target_preps for c in tok.children)):
                m.specific = True
            elif det in ew.anaphoric_dets:
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

    def _at_occasion(self, tok: Token) -> bool:
        """The noun is placed at or during another occasion the text names ("a speech at a rally")."""
        ew = self.words
        return any(c.dep_ == "prep" and c.lower_ in ew.at_event_preps and any(
            t.dep_ == "pobj" and t.pos_ == "NOUN" and head_lemma(t) is not None for t in c.children)
            for c in tok.children)

    def _eventive(self, tok: Token, gov: Token | None) -> bool:
        """The clause reports the occurrence: "an incident occurred", "gave an interview"."""
        if gov is None or tok.head.i != gov.i or negated_or_modal(gov) or infinitive(gov):
            return False
        ew = self.words
        lemma = gov.lemma_.lower()
        past = reported_past(gov)
        if tok.dep_ == "nsubjpass":
            return past and lemma in ew.eventive_object_verbs
        if tok.dep_ == "nsubj":
            return past and lemma in ew.eventive_subject_verbs
        if tok.dep_ == "dobj":
            return lemma in ew.eventive_object_verbs and (past or (gov.tag_ == "VBZ" and gov.dep_ == "ROOT"))
        return False

    def _described(self, tok: Token, det: str | None) -> bool:
        """A noun with a clause that places it: "the attack that injured ...", "co-organized by X"."""
        ew = self.words
        for child in tok.children:
            if child.dep_ not in ("relcl", "acl"):
                continue
            by_agent = any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ew.agent_preps)
                           for c in child.children)
            if by_agent and (det in ew.anaphoric_dets or any(self.ctx.entity(t) for t in child.subtree)):
                return True
            if det in ew.anaphoric_dets and child.tag_ in ("VBD", "VBN") and reported_past(child) and \
                    child.lemma_.lower() not in ew.mention_verbs:
                return True
            if child.tag_ in ("VBD", "VBN") and any(t.i in self.ctx.date_tokens for t in child.subtree):
                return True
        return False

    # -- agreements
    def agreement(self, tok: Token, m: Mention) -> Mention | None:
        ew = self.words
        det = determiner(tok)
        m.indefinite = det in ew.indefinite_dets
        if m.act_of is not None:  # "approved the protocol in a 287-55 vote": the vote is the ratification
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if irrealis(tok, verb) or not reported_past(verb):
                return None
            m.specific, m.strength = True, 3
            return m
        if det in ew.hypothetical_dets or predicative(tok) or tok.tag_ in ("NNS", "NNPS"):
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
        if det in ew.anaphoric_dets and not tok.text[:1].isupper() and not (m.names or m.counterparts or m.places) \
                and not any(t.text[:1].isupper() for t in left_modifiers(tok)):
            m.anaphoric = True  # "the agreement" after its signing was reported
            return m
        return None

    def _signed(self, tok: Token) -> bool | None:
        """True: reported signed/adopted; False: hypothetical or negated; None: not said."""
        ew = self.words
        gov = tok.head
        glemma = gov.lemma_.lower()
        if tok.dep_ in ("dobj", "nsubjpass") and glemma in ew.signing_verbs:
            if glemma in ew.open_signing_verbs:
                return None
            if irrealis(tok, gov):
                return False
            return reported_past(gov) or (gov.tag_ == "VBZ" and self.ctx.title_case[self.ctx.sent_of[tok.i]])
        if tok.dep_ == "pobj" and gov.dep_ == "prep" and gov.head.lemma_.lower() in ew.signing_prep_verbs:
            verb = gov.head
            if irrealis(tok, verb):
                return False
            return reported_past(verb)
        if tok.dep_ == "pobj" and gov.lower_ in ew.genitive_preps and gov.head.lower_ in ew.signing_nouns:
            noun = gov.head
            g2 = governor(noun)
            if g2 is not None and irrealis(noun, g2):
                return False
            return None
        for child in tok.children:
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in ew.signing_verbs:
                return reported_past(child)
        # a relative clause the parser attached elsewhere: "... that he agreed to"
        doc = tok.doc
        _, end = self.phrase(tok)
        if end < len(doc) and doc[end].lower_ in ew.clause_relatives:
            for k in range(end + 1, min(end + 5, len(doc))):
                t = doc[k]
                if t.pos_ == "VERB":
                    if t.lemma_.lower() in ew.signing_verbs and t.tag_ in ("VBD", "VBN"):
                        return not negated_or_modal(t)
                    break
        return None
