"""Stance: the attitude a statement's speaker expresses toward one of its targets.

The polarity of a target follows from its syntactic role in the sentence (spaCy's
dependency parse), never from the mood of the sentence as a whole:

1. how the target itself is described: an evaluative modifier ("our brotherly X"),
   an apposition ("X, a failed state"), a relative clause ("X, which refuses to ...");
2. what it owns or does as a modifier: "X's aggression", "Russian attacks", "X's strong
   economy", "accusations from X", "provocations by X" take the noun's quality;
3. its role:
   - subject: what is predicated of it ("X is a failed state", "X meddles in ...",
     "X has not complied with ...", "X sought to interfere", "regret that X ...") by the
     verb, its adverb ("illegally seized"), its object ("performed dangerous manoeuvres"),
     its means ("by threatening"), what it receives ("deserves our support") and the verbs
     that share its subject;
   - direct object: the attitude of the verb ("criticized X", "thanked X",
     "described X as a dictatorship"); the patient of a hostile act is a victim and
     stays neutral ("the army attacked X"), unless a person's attack is words ("the
     president attacked X");
   - object of a preposition: the relation it marks ("support for X", "alliance with
     X", "tribute to X", "criticism of X", "campaign against X"); grounds ("for ...",
     "due to ..."), places ("in X"), counterparts ("talks with X", "between X and Y"),
     victims ("threat to X", "occupation of X") and what only describes another
     ("likened Y to a minister under X") stay neutral;
   - a modifier of a neutral noun passes the noun's role on ("criticized X's policy").
4. negation of the predicate ("has not complied", "will never allow ... against X")
   flips the polarity; hedges ("alleged", "supposed") cancel it, while a dismissive one
   rejects it ("the so-called X threat" defends X); a negated modal of ability is a
   failure or a demand ("could not help", "cannot keep hurting us");
5. a demand says the one asked did wrong: "urged X to stop", "called on X to release",
   "X must withdraw", "demanded that X retract", "until X abjures ..." (amend and duty
   verbs; asking not to do harm); a demand asserts no act, so "X must help" is neutral;
6. denial and defence: the target that a rejected claim says something of, or the doer in
   a denied clause, is defended ("rejected claims that X had ...", "denied that the drone
   came from X"); the author of a rejected claim is blamed ("suggestions from X");
7. the speaker's own side: the patient of its blows is its adversary ("our navy sank X's
   ships"); a feeling frames the clause it reports ("glad to report that X ..."), and so does
   a verb of attitude the fact it takes ("we value the fact that X is ready ...").

A description set against another by "not" keeps its own polarity ("partners, not rivals").

Everything else, and mixed evidence, is neutral.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from .lang import lexicon_of
from .tree import quoted_apposition

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..registry import Registry
    from .lang.stance import Polarity, StanceWords

NEG = "negative"
NEU = "neutral"
POS = "positive"

# The words the rules read (evaluative words, prepositions, negators, hedges) are the
# ``stance`` tables of the document's lexicon (kg/extract/lang/<xx>/stance.py).

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
#: how many nouns a target may pass its role through ("the basis of X's warnings")
MAX_HOPS = 4


def polarity_for(
    sent: SpacySpan, start: int, end: int, key: str, registry: Registry, own: Collection[tuple[int, int]] = ()
) -> str:
    """negative, neutral or positive for the target at clean offsets ``start:end``.

    ``own``: the clean offsets of the mentions of the speaker's own side in the sentence (the
    speaker, their country), which stand where the speaker says "we" ("India and America
    share the same values", said by India's prime minister). ``key`` and ``registry`` are not
    used yet.
    """
    tokens = [t for t in sent if start <= t.idx < end]
    if not tokens:
        return NEU
    ids = {t.i for t in tokens}
    lex = lexicon_of(sent.doc)
    ours = {t.i for t in sent for a, b in own if a <= t.idx < b}
    return _Judge(ids, lex.stance, lex.cues.reporting_verbs, ours).target(_head(tokens, ids)) or NEU


def described_as(words: SpacySpan) -> Polarity | None:
    """What calling something these words says of it ("reliable partner": positive,
    "unfair": negative; "a partner, not a rival": positive): the one polarity of their
    describing nouns and adjectives, if any."""
    lex = lexicon_of(words.doc)
    judge = _Judge(set(), lex.stance, lex.cues.reporting_verbs)
    found = {judge._description(t) if t.pos_ in NOMINAL else judge._adjective(t)
             for t in words if t.pos_ in NOMINAL | {"ADJ"} and (t.head.i == t.i or t.head.i not in range(words.start, words.end))}
    polarity = _one(found)
    return "negative" if polarity == NEG else "positive" if polarity == POS else None


def aimed_at(prep: Token) -> bool:
    """'hit out at X', 'took aim at X': the preposition names whom words are aimed at, not
    where they were said (elsewhere "at" is a setting: "said at the summit")."""
    words = lexicon_of(prep.doc).stance
    return prep.lower_ in words.aim_prepositions and _aimed(prep.head, words) is not None


def _aimed(gov: Token, words: StanceWords) -> Token | None:
    """The verb of an ``aim_phrases`` phrase that ``gov`` (what "at" hangs on) belongs to: the
    verb itself ("hit out at"), or the verb whose object it is ("took aim | at")."""
    phrases = words.aim_phrases
    if gov.pos_ == "VERB" and any(c.dep_ in ("prt", "dobj", "advmod") and c.lemma_.lower() in phrases.get(gov.lemma_.lower(), ())
                                  for c in gov.children):
        return gov
    verb = gov.head
    if gov.dep_ == "dobj" and verb.pos_ == "VERB" and gov.lemma_.lower() in phrases.get(verb.lemma_.lower(), ()):
        return verb
    return None


def combine(polarities: list[str]) -> str:
    """One polarity for several mentions of a target in a statement: the polar one, if only one."""
    polar = {p for p in polarities if p != NEU}
    return polar.pop() if len(polar) == 1 else NEU


# --------------------------------------------------------------------------- words


def _head(tokens: list[Token], ids: set[int]) -> Token:
    """The token of the target whose syntactic head lies outside it (the shallowest one)."""
    outer = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return min(outer or tokens, key=_depth)


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


def _forms(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _word_of(modifier: Token) -> str:
    """A modifier as one word with the words it holds ("so-called", which the tokenizer splits)."""
    words = list(modifier.subtree)
    if len(words) == 1 or len(words) > 4:
        return modifier.lower_
    return "".join(t.text for t in words).lower()


def _lookup(tok: Token, table: Mapping[str, Polarity]) -> str | None:
    """The polarity of the word (its lemma or its form) in ``table``; negative wins."""
    found = {table.get(form) for form in _forms(tok)}
    if NEG in found:
        return NEG
    if POS in found:
        return POS
    return None


def _flip(polarity: str | None) -> str | None:
    return {NEG: POS, POS: NEG}.get(polarity or "", polarity)


def _has_child(tok: Token, deps: tuple[str, ...], ids: set[int]) -> bool:
    return any(c.dep_ in deps and c.i not in ids for c in tok.children)


def _conjuncts(tok: Token) -> list[Token]:
    """The word and the words coordinated with it ("professional, standardized and legitimate")."""
    found = [tok]
    for part in found:
        if len(found) > 10:
            break
        found.extend(c for c in part.children if c.dep_ == "conj" and c.pos_ == tok.pos_)
    return found


def _has_wh_object(verb: Token) -> bool:
    """'what he called X': the object is a wh-word, and X is what is spoken of, not a description."""
    return any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in verb.children)


def _has_child_in(tok: Token, dep: str, lemmas: frozenset[str]) -> bool:
    return any(c.dep_ == dep and c.lemma_.lower() in lemmas for c in tok.children)


def _common_compound(noun: Token) -> bool:
    """A common noun that only modifies the thing after it ("steel" in "US steel tariffs"), not
    a hyphened class ("NATO-member Türkiye") nor a title's field ("EU foreign policy chief X")."""
    head = noun.head
    return (noun.dep_ == "compound" and noun.pos_ == "NOUN" and head.pos_ == "NOUN" and head.i > noun.i
            and not any(t.text == "-" for t in noun.doc[noun.left_edge.i : head.i])
            and not any(c.pos_ == "PROPN" and c.dep_ in ("appos", "compound") for c in head.children))


def _one(found: set[str | None]) -> str | None:
    """The single polarity among the evidence; none, or both, give None."""
    polar = {p for p in found if p in (NEG, POS)}
    return polar.pop() if len(polar) == 1 else None


# --------------------------------------------------------------------------- the walk


class _Judge:
    """Walks the parse from a target to the words that evaluate it."""

    def __init__(self, ids: set[int], words: StanceWords, reporting_verbs: frozenset[str], ours: Collection[int] = ()) -> None:
        self.ids = ids
        self.ours = frozenset(ours)
        """the tokens that name the speaker's own side"""
        self.words = words
        self.reporting_verbs = reporting_verbs
        """verbs that report what someone said or thinks: the walk up to a negation stops at
        them, and a clause they report about someone named is that one's attitude"""

    # ------------------------------------------------------------------ words

    def _adjective_word(self, tok: Token) -> str | None:
        return _lookup(tok, self.words.adjectives)

    def _quality_word(self, tok: Token) -> str | None:
        """A noun that evaluates its owner, or an adjective."""
        return _lookup(tok, self.words.qualities) or self._adjective_word(tok)

    def _describing_word(self, tok: Token) -> str | None:
        """A noun or adjective that evaluates what it is said of ("a dictator", "a failure")."""
        return _lookup(tok, self.words.classes) or self._quality_word(tok)

    def _participle(self, tok: Token) -> str | None:
        """A participle that is itself evaluative ("mistaken", "trusted"), by its form only."""
        polarity = self.words.adjectives.get(tok.lower_)
        return NEG if polarity == NEG else POS if polarity == POS else None

    def _negated(self, tok: Token) -> bool:
        """The word (a verb, an adjective or a noun) is negated: 'not', 'never', 'no', 'nobody'."""
        for child in tok.children:
            if (child.dep_ == "neg" or (
                child.dep_ in ("advmod", "det", "preconj") and child.lower_ in self.words.negation_words
            )) and not _has_child_in(child, "advmod", self.words.adding_adverbs):
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in self.words.nobody or self._has_det_no(child)):
                return True
            if child.dep_ == "advmod" and child.lower_ in self.words.negated_adverbs and self._negated(child):
                return True  # "never again accept", "no longer supports"
        return False

    def _negated_verb(self, verb: Token) -> bool:
        """The verb, or the verb it completes ("did not try to meddle"), is negated."""
        return self._negated(verb) or (verb.dep_ == "xcomp" and self._negated(verb.head))

    def _has_det_no(self, tok: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in self.words.negating_determiners for c in tok.children)

    def _negated_above(self, tok: Token) -> bool:
        """The word ("no aggression against X") or a verb governing it ("will never allow ...
        against X") is negated, up to the verb that reports the statement."""
        if self._has_det_no(tok):
            return True
        hops = 0
        while hops < 12 and tok.lemma_.lower() not in self.reporting_verbs:
            if (tok.pos_ in ("VERB", "AUX") or hops == 0) and self._negated(tok):
                return True
            if tok.head.i == tok.i:
                return False
            tok = tok.head
            hops += 1
        return False

    def _reported_of_another(self, tok: Token) -> bool:
        """The word sits in a reported clause about someone named ("said that X is waging a
        campaign against Y"): the attitude is X's, not the speaker's."""
        clause = tok
        hops = 0
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i and hops < 8:
            clause = clause.head
            hops += 1
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.reporting_verbs:
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in clause.children)

    def _hedged(self, tok: Token) -> bool:
        return any(_word_of(c) in self.words.hedges for c in tok.children if c.dep_ in ("amod", "advmod", "compound"))

    def target(self, head: Token) -> str | None:
        anchor = self._anchor(head)
        if self._defended(anchor):
            return POS
        described = self._described(head)
        if described is None and anchor.i != head.i:
            described = self._described(anchor)  # "the lying four: X, Y and Z" for Y and Z too
        if described is not None:
            return described
        owned = self._owned_quality(anchor)
        if owned is not None:
            return owned
        if self._describes_another(anchor):
            return NEU
        return self._co_doer(anchor) or self._role(anchor, MAX_HOPS)

    def _anchor(self, tok: Token) -> Token:
        """Climb coordinations ("France, the US and India") to the first conjunct."""
        hops = 0
        while tok.dep_ == "conj" and tok.head.pos_ in NOMINAL | {"ADJ"} and hops < 10:
            tok = tok.head
            hops += 1
        return tok

    # ------------------------------------------------------------------ denial and defence

    def _defended(self, tok: Token) -> bool:
        """The target is what a rejected claim is about ("rejected claims about X's plans",
        "dismissed the rumours of an attack by X"), or the doer in a denied clause ("denied
        that the drone was launched from X"). The walk climbs only through the words that
        say who does or owns something, never through an object (a victim stays neutral)."""
        hops = 0
        while hops < 10 and tok.head.i != tok.i:
            head, dep = tok.head, tok.dep_
            if (dep in ("acl", "ccomp", "relcl") and head.pos_ in NOMINAL and head.lemma_.lower() in self.words.claim_nouns
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in tok.children)):
                return self._rejected(head)  # "the claims that X attacked" ("rumours spread by X" is no content)
            if dep == "ccomp" and tok.pos_ in ("VERB", "AUX"):
                return self._denies_a_clause(head)
            if dep == "pobj":
                word = head.lower_
                claim = head.head
                if claim.dep_ == "acl" and claim.pos_ == "VERB":
                    claim = claim.head  # "the rumours circulated by Y | regarding X's plans"
                if (word in self.words.claim_prepositions and claim.pos_ in NOMINAL and claim.lemma_.lower() in self.words.claim_nouns
                        and (hops > 0 or self.words.relations.get(word) == "against")):
                    # "claims about X's plans", "accusations against X"; "remarks on X" only name a topic
                    return self._rejected(claim)
                if word not in self.words.origin_prepositions and word not in self.words.claim_prepositions:
                    return False
            elif dep not in ("poss", "compound", "amod", "nmod", "appos", "conj", "nsubj", "agent", "prep",
                             "pcomp", "aux", "xcomp", "acl"):
                return False
            tok = head
            hops += 1
        return False

    def _rejected(self, claim: Token) -> bool:
        """The speaker rejects the claim: denies or criticizes it, or calls it baseless."""
        claim = self._anchor(claim)
        if claim.dep_ in ("dobj", "nsubjpass"):
            lemma = claim.head.lemma_.lower()
            if (lemma in self.words.deny_verbs or self.words.attitude_verbs.get(lemma) == NEG) and not self._negated(claim.head):
                return True
        if any(c.dep_ == "amod" and (self._adjective_word(c) == NEG or _word_of(c) in self.words.dismissive_hedges)
               for c in claim.children):
            return True  # "unfounded assertions", "the so-called evidence"
        return claim.dep_ == "nsubj" and claim.head.lemma_.lower() in self.words.copulas and self._complement(claim.head) == NEG

    def _dismissed(self, noun: Token) -> bool:
        return any(_word_of(c) in self.words.dismissive_hedges for c in noun.children if c.dep_ in ("amod", "advmod", "compound"))

    # ------------------------------------------------------------------ description

    def _described(self, tok: Token) -> str | None:
        """How the target is described by its own modifiers, appositions or relative clauses."""
        found: set[str | None] = set()
        for child in tok.children:
            if child.i in self.ids:
                continue
            if child.dep_ == "amod" and _word_of(child) in self.words.dismissive_hedges:
                found.add(NEG)  # "the so-called court": its standing is denied
            elif child.dep_ == "amod":
                found.add(self._adjective_word(child))
            elif child.dep_ == "appos":
                found.add(self._description(child))
            elif child.dep_ == "relcl":
                found.add(self._relative(child))
            elif child.dep_ == "prep" and child.lower_ in self.words.role_prepositions:
                found.update(self._description(o) for o in child.children if o.dep_ == "pobj")  # "X, as partners, ..."
        found.add(self._named_in_apposition(tok))
        return _one(found)

    def _named_in_apposition(self, tok: Token) -> str | None:
        """'the lying four: X, Y and Z': the description that an apposition (or a list of
        them) gives its members."""
        hops = 0
        while hops < 6 and tok.head.i != tok.i and tok.head.i not in self.ids and tok.head.pos_ in NOMINAL:
            if tok.dep_ == "appos":
                polarity = self._description(tok.head)
                if polarity is not None:
                    return polarity
            elif tok.dep_ != "conj":
                return None
            tok = tok.head
            hops += 1
        return None

    def _relative(self, clause: Token) -> str | None:
        """What a relative clause says of its noun: "which refuses to ...", "which he described as ..."."""
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children):
            return self._predicate(clause, MAX_HOPS - 2)
        if clause.lemma_.lower() in self.words.describe_verbs and any(
                c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in clause.children):
            return self._description_of_object(clause)
        return None

    def _description(self, noun: Token) -> str | None:
        """Polarity of a describing noun or adjective with its modifiers ("a failed state")."""
        if self._hedged(noun):
            return None
        polarity = self._describing_word(noun) or self._modifiers(noun)
        if polarity is None and noun.lemma_.lower() in self.words.negative_deeds:
            polarity = NEG  # "regards the attempts as pressure", "called it an attack"
        if polarity is None and noun.lemma_.lower() in self.words.stand_in_nouns:
            polarity = self._stood_for(noun)
        contrast = self._contrasted(noun)
        if contrast is not None:  # "partners, not rivals": the parser hangs the "not" on "partners"
            return _one({polarity, _flip(self._description(contrast))})
        return _flip(polarity) if self._negated(noun) else polarity

    def _contrasted(self, noun: Token) -> Token | None:
        """The noun set against this one by a "not" between them ("partners, not rivals")."""
        negs = [c.i for c in noun.children if c.dep_ == "neg" and c.i > noun.i]
        return next((c for c in noun.children if c.dep_ in ("appos", "conj") and c.i not in self.ids
                     and any(noun.i < n < c.i for n in negs)), None)

    def _stood_for(self, noun: Token) -> str | None:
        """'one of our most reliable partners', 'the ones refusing to negotiate': the class in
        the noun's "of" phrase, or what its clause says of it."""
        found: set[str | None] = set()
        for child in noun.children:
            if child.i in self.ids:
                continue
            if child.dep_ == "prep" and self.words.relations.get(child.lower_) == "of":
                found.update(self._description(o) for o in child.children if o.dep_ == "pobj" and o.i not in self.ids)
            elif child.dep_ == "acl" and child.pos_ in ("VERB", "AUX") and not _has_child(child, ("nsubj", "nsubjpass"), set()):
                found.add(self._predicate(child, 2))
            elif child.dep_ == "relcl":
                found.add(self._relative(child))
        return _one(found)

    def _modifiers(self, noun: Token) -> str | None:
        """The polarity of a noun's adjectives ("terrible treatment"), or None; an adjective the
        parser hung after the noun is no attribute of it ('called X's use of ... vessels "dangerous"')."""
        return _one({self._adjective_word(c) for c in noun.children
                     if c.dep_ in ("amod", "nmod") and c.i not in self.ids and (c.i < noun.i or c.dep_ == "nmod")})

    def _describes_another(self, tok: Token) -> bool:
        """The target only serves to describe another ("likened Y to a minister under X")."""
        hops = 0
        while tok.head.i != tok.i and hops < 8:
            parent = tok.head
            if parent.lemma_.lower() in self.words.describe_verbs and not _has_wh_object(parent) and (
                tok.dep_ == "oprd"
                or (tok.dep_ == "prep" and tok.lower_ in self.words.describe_prepositions
                    and _has_child(parent, ("dobj", "nsubjpass"), self.ids))
            ):
                return True
            tok = parent
            hops += 1
        return False

    # ------------------------------------------------------------------ ownership

    def _owned_quality(self, np: Token) -> str | None:
        """The target owns or does what its head noun names ("X's aggression", "Russian attacks")."""
        noun = np.head
        if np.dep_ not in MODIFIER_DEPS or noun.pos_ not in NOMINAL or noun.i in self.ids:
            return None
        if self._hedged(noun):
            # "the so-called X threat" rejects the bad word; "X's alleged aggression" only reports it
            return POS if self._dismissed(noun) and self._quality_of(np, noun) == NEG else None
        polarity = self._quality_of(np, noun)
        if polarity is None:
            return None
        return _flip(polarity) if self._negated(noun) or self._has_det_no(noun) else polarity

    def _quality_of(self, owner: Token, noun: Token) -> str | None:
        lemma = noun.lemma_.lower()
        if lemma in self.words.claim_nouns and self._rejected(noun):
            return NEG  # "X's baseless claims", "the rumours spread by X"
        if owner.dep_ == "compound" and owner.pos_ == "PROPN":
            # "Kremlin propaganda" names an agent; "the Khojaly massacre" names a victim or a place;
            # "the X regime" is X's; "a X ally" may be an ally of X, so only a bad class counts
            if lemma in self.words.negative_deeds and lemma not in self.words.victim_of_nouns:
                return NEG
            return NEG if _lookup(noun, self.words.classes) == NEG else None
        if lemma in self.words.intent_nouns:
            deed = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                         and any(a.tag_ == "TO" for a in c.children)), None)
            if deed is not None:
                polarity = self._said_of_subject(deed, 2)  # "X's plan to invade", "attempts by X to meddle"
                if polarity is not None:
                    return _flip(polarity) if self._negated(deed) else polarity
        if lemma in self.words.negative_deeds:
            return None if self._against_evil(noun) else NEG  # "the war against Nazism" is no crime
        if _forms(noun) & self.words.relation_nouns:
            return self._relation_state(noun)  # "the strategic relationship shared by X and Y"
        if owner.dep_ == "amod" and lemma not in self.words.thing_classes:
            polarity = _lookup(noun, self.words.classes)  # "our American partners", "Russian occupiers"
            if polarity is not None:
                return polarity
        return self._quality_word(noun) or self._modifiers(noun) or self._of_quality(noun) or _one(
            {self._relative(c) for c in noun.children if c.dep_ == "relcl"})

    def _of_quality(self, noun: Token) -> str | None:
        """'a policy of devastation', 'a campaign of lies': the quality a noun's "of" phrase gives it."""
        return _one({_lookup(o, self.words.qualities) for p in noun.children
                     if p.dep_ == "prep" and self.words.relations.get(p.lower_) == "of"
                     for o in p.children if o.dep_ == "pobj" and o.i not in self.ids and not self._hedged(o)})

    # ------------------------------------------------------------------ acting together

    def _together(self, verb: Token) -> bool:
        """'work together', 'act jointly', 'stand together with X': a joint verb done as one."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.joint_verbs:
            return False
        near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
        return any(t.dep_ == "advmod" and t.lower_ in self.words.together_words for t in near)

    def _shares_goods(self, verb: Token) -> bool:
        """'share the same values', 'share a deep commitment to ...': what two hold in common."""
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.words.share_verbs and any(
            o.dep_ == "dobj" and _forms(o) & self.words.shared_goods for o in verb.children)

    def _co_doer(self, anchor: Token) -> str | None:
        """The target and the speaker's side act as one: "X and I are working through this
        together", "X and the EU have shown that we can work together". Two others acting
        together ("X and Y work together") say nothing of the speaker's attitude."""
        if anchor.dep_ != "nsubj" or not any(c.dep_ == "conj" for c in anchor.children) or self.ids & self.ours:
            return None  # the speaker's own side is no partner of itself
        ours = any(self._ours(t) for t in anchor.subtree if t.dep_ in ("nsubj", "conj"))
        verb = anchor.head
        for joint in (verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "conj"))):
            if not (self._together(joint) or self._shares_goods(joint)):
                continue
            doer = next((c for c in joint.children if c.dep_ == "nsubj"), None)
            if doer is not None and joint is not verb and not self._ours(doer):
                continue  # "X and I met, and they work together"
            if ours or (doer is not None and self._ours(doer)):
                return NEG if self._negated_verb(joint) else POS
        return None

    # ------------------------------------------------------------------ roles

    def _role(self, np: Token, hops: int) -> str | None:
        if hops <= 0:
            return None
        dep = np.dep_
        if dep in MODIFIER_DEPS:
            return self._through(np, np.head, hops - 1)
        if dep in ("nsubj", "csubj"):
            said = self._subject(np.head, hops - 1)
            if said is None and dep == "nsubj" and self._gap_object(np.head):
                return self._through(np, np.head.head, hops - 1)  # "the role X has played" = X's role
            return said
        if dep == "nsubjpass":
            if np.head.lemma_.lower() in self.words.describe_verbs and not self._by_another(np.head):
                described = self._description_of_object(np.head) or _one(
                    {self._description(o) for o in np.head.children if o.dep_ == "dobj" and o.i not in self.ids})
                if described is not None:
                    return described  # "X was described as a threat", "X was branded a rogue state"
            return self._patient(np.head)
        if dep == "dobj":
            return self._object(np.head)
        if dep == "pobj":
            return self._pobj(np.head, np, hops - 1)
        if dep == "dative":
            return self._to_phrase(np.head)
        if dep == "appos" and np.head.pos_ in NOMINAL and np.head.i not in self.ids:
            return self._role(self._anchor(np.head), hops - 1)
        return None

    def _gap_object(self, clause: Token) -> bool:
        """``clause`` is a relative clause whose noun is its missing object ("the role [that] X
        has played", "the aid X sent"): its subject owns what the noun names."""
        return (clause.dep_ == "relcl" and clause.pos_ == "VERB" and clause.head.pos_ in ("NOUN", "PROPN")
                and not _has_child(clause, ("dobj", "attr", "oprd", "ccomp", "xcomp", "nsubjpass"), set())
                and not any(c.dep_ in ("nsubj", "advmod") and c.tag_ in ("WDT", "WP", "WRB") for c in clause.children))

    def _through(self, np: Token, noun: Token, hops: int) -> str | None:
        """The target owns ``noun``: the noun's quality, or else the noun's own role."""
        if noun.pos_ not in NOMINAL or noun.i in self.ids:
            return None
        if np.dep_ in ("compound", "amod", "nmod") and _common_compound(noun):
            return self._through(np, noun.head, hops)  # "US steel tariffs": the US's tariffs
        if self._hedged(noun):
            return NEU
        polarity = self._quality_of(np, noun)
        if polarity is not None:
            return _flip(polarity) if self._negated(noun) or self._has_det_no(noun) else polarity
        if np.dep_ in ("compound", "amod") and noun.lemma_.lower() in self.words.side_nouns:
            return self._role(self._anchor(noun), hops)  # "the Chinese side's assertion": China's
        if np.dep_ in ("compound", "amod", "nmod") and noun.dep_ in MODIFIER_DEPS:
            return None  # a modifier of a modifier ("Armenian Prime Minister X's claim") owns nothing
        if np.dep_ == "compound" and noun.lemma_.lower() in self.words.victim_of_nouns:
            return None
        return self._role(self._anchor(noun), hops)

    # subjects

    def _subject(self, verb: Token, hops: int) -> str | None:
        if verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
            verb = verb.head  # "X is determined to ...": the participle is the predicate
        if verb.pos_ == "ADJ":
            polarity = self._adjective(verb)
        elif verb.pos_ in NOMINAL:  # "considers X a great friend"
            polarity = _one({self._description(part) for part in _conjuncts(verb)})
        else:
            polarity = _one({self._predicate(part, hops) for part in self._shared_subject(verb)}
                            | {self._description(o) for p in verb.children if p.dep_ == "prep" and p.i < verb.i
                               and p.lower_ in self.words.role_prepositions for o in p.children if o.dep_ == "pobj"})
        if polarity is None and verb.dep_ == "csubj":
            polarity = self._predicate(verb.head, hops)  # "X's claim having ... is a threat"
        if polarity is not None:
            if self._content_of_claim(verb):
                return None  # "information suggesting that X plans to attack": someone else's claim
            denied = verb.dep_ == "ccomp" and self._denies_a_clause(verb.head)
            return _flip(polarity) if denied else polarity  # "denied that X had attacked"
        return self._framed(verb)

    def _content_of_claim(self, verb: Token) -> bool:
        """The clause is what an unowned claim says ("media reports that X ...", "information
        suggesting that X ..."): the speaker relays it and does not assert it. An owned claim
        ("X's assertions that ...") is its owner's statement, and says what its owner holds."""
        head = verb.head
        if verb.dep_ == "ccomp" and head.dep_ == "acl" and head.lemma_.lower() in self.reporting_verbs:
            head = head.head  # "information suggesting that ..."
        elif verb.dep_ not in ("acl", "relcl", "ccomp"):
            return False
        if head.pos_ not in NOMINAL or head.lemma_.lower() not in self.words.claim_nouns or _has_child(head, ("poss",), set()):
            return False
        return head is not verb.head or any(c.dep_ == "mark" for c in verb.children)

    def _shared_subject(self, verb: Token) -> list[Token]:
        """The verb and the verbs coordinated with it that have no subject of their own
        ("the ship sounded its siren, performed dangerous manoeuvres and ...")."""
        found = [verb]
        lemma = verb.lemma_.lower()
        # after a verb of attitude, an unattached participle is mostly a misparsed object
        # ("opposes the US overstretching ..., abusing ...")
        deps = ("conj",) if lemma in self.words.attitude_verbs else ("conj", "advcl")
        for part in found:
            if len(found) > 6:
                break
            found.extend(c for c in part.children if c.dep_ in deps and c.pos_ in ("VERB", "AUX")
                         and not _has_child(c, ("nsubj", "nsubjpass", "expl", "mark"), set()))
        return found

    def _denies_a_clause(self, verb: Token) -> bool:
        """'denied that X had attacked': an active deny verb with no object but the clause
        ("observers are denied access" denies nothing that is said)."""
        return verb.lemma_.lower() in self.words.deny_verbs and not _has_child(
            verb, ("dobj", "nsubjpass", "auxpass"), self.ids)

    def _predicate(self, verb: Token, hops: int) -> str | None:
        """What the clause of ``verb`` says of its subject."""
        asked = self._demand_on_subject(verb)
        if asked is not None:
            return self._demanded(asked, hops)  # "X must withdraw", "X needs to stop"
        polarity = self._said_of_subject(verb, hops)
        if polarity is None:
            return None
        if self._negated_ability(verb):
            return NEG  # "X cannot keep hurting us", "X could not help"
        if self._denies_then_asserts(verb):
            return polarity  # the complement has read the negation
        return _flip(polarity) if self._negated_verb(verb) else polarity

    def _said_of_subject(self, verb: Token, hops: int) -> str | None:
        """What doing ``verb`` says of its subject, before any negation."""
        lemma = verb.lemma_.lower()
        if self._wrongs(verb):
            return NEG  # "X has kept Türkiye waiting", before "keep" as "keep doing"
        inner = self._xcomp(verb)
        polarity: str | None
        intent = self.words.intent_verbs.get(lemma)
        if lemma in self.words.copulas and not _has_child(verb, ("dobj",), self.ids):
            polarity = self._complement(verb)
            if polarity is None and inner is not None and inner.lemma_.lower() not in self.words.blame_complements:
                polarity = self._act(inner)  # "if X were to attack"
            elif polarity is None and not _has_child(verb, ("attr", "acomp", "oprd", "xcomp"), set()):
                polarity = self._act(verb)  # "X's industry has grown through innovation"
        elif lemma in self.words.decline_verbs:
            done = self._act(inner) if inner is not None else None
            polarity = _flip(done) if done is not None else NEG  # "refused to comply"
        elif lemma in self.words.stop_verbs:
            inner = inner or next((p for c in verb.children if c.dep_ == "prep" for p in c.children
                                   if p.dep_ == "pcomp" and p.pos_ == "VERB"), None)  # "refrained from taking"
            done = self._act(inner) if inner is not None else self._objects_quality(verb)
            polarity = _flip(done)  # "stopped its provocations"
        elif intent is not None and (inner is not None or intent.deed_phrase):
            polarity = self._act(inner) if inner is not None else self._deeds_in(verb)
            if polarity is None and intent.hostile:
                polarity = NEG
        else:
            polarity = self._act(verb)
        return polarity

    def _negated_ability(self, verb: Token) -> bool:
        """'cannot keep hurting', 'could not help': a negated modal of ability."""
        return self._negated(verb) and any(
            c.dep_ == "aux" and c.lower_ in self.words.ability_modals for c in verb.children)

    # demands

    def _demand_on_subject(self, verb: Token) -> Token | None:
        """The act demanded of the subject of ``verb``: "X must pay", "X needs to stop", "demanded
        that X retract" (a bare verb in the clause of a demand verb)."""
        lemma = verb.lemma_.lower()
        deontic = any(c.dep_ == "aux" and c.lower_ in self.words.deontic_modals for c in verb.children)
        if deontic and _has_child_in(verb, "advmod", self.words.amend_particles) | _has_child_in(verb, "prt", self.words.amend_particles):
            return verb  # "X should stay away"
        if lemma in self.words.copulas:
            return None  # "X should be ashamed" says what X is
        if deontic:
            return verb
        for obj in verb.children:  # "X has obligations to return ..."
            if obj.dep_ == "dobj" and obj.lemma_.lower() in self.words.obligation_nouns:
                owed = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
                if owed is not None:
                    return owed
        inner = self._xcomp(verb)
        if lemma in self.words.obligation_verbs and inner is not None and any(c.dep_ == "aux" and c.tag_ == "TO" for c in inner.children):
            return inner
        if _has_child_in(verb, "advmod", self.words.advice_phrases.get(lemma, frozenset())):
            advised = inner or next((c for c in verb.children if c.dep_ == "advcl"), None)
            if advised is not None and any(c.dep_ == "aux" and c.tag_ == "TO" for c in advised.children):
                return advised  # "X would do well to dismantle ..."
        if (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.words.demand_verbs and verb.tag_ == "VB"
                and not any(c.dep_ == "aux" and c.tag_ != "TO" for c in verb.children)):
            return verb  # "demanded that X retract", "expect X to take action"
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.words.condition_marks for c in verb.children):
            return verb  # "the treaty stays suspended until X abjures ..."
        return None

    def _demanded(self, verb: Token, hops: int) -> str | None:
        """What a demand to do ``verb`` says of the one asked: to stop, retract or comply, that
        they did wrong; not to do harm, that they would ("urged X not to interfere")."""
        lemma = verb.lemma_.lower()
        if lemma in self.words.amend_verbs or lemma in self.words.duty_verbs or self._heeds(verb) or self._more_of(verb) or any(
                (c.dep_ == "dobj" and c.lemma_.lower() in self.words.amend_objects)
                or (c.dep_ in ("prt", "advmod") and c.lower_ in self.words.amend_particles) for c in verb.children):
            return None if self._negated(verb) else NEG  # "urged X to stop", "to take action"
        if self._negated(verb) and self._said_of_subject(verb, hops) == NEG:
            return NEG
        return None

    def _more_of(self, verb: Token) -> bool:
        """'take a clearer position', 'make greater efforts', 'a more constructive approach':
        the object asks for more than is done."""
        comparatives = self.words.amend_comparatives
        objects = [obj for obj in verb.children if obj.dep_ == "dobj"]
        return any(obj.lower_ in comparatives for obj in objects) or any(  # "X must do more"
            self._asks_more(mod) for obj in objects for mod in obj.children)

    def _asks_more(self, mod: Token) -> bool:
        """A comparative modifier of what is asked for ("clearer", "more constructive")."""
        comparatives = self.words.amend_comparatives
        return mod.dep_ == "amod" and (mod.lower_ in comparatives or _has_child_in(mod, "advmod", comparatives))

    def _more_asked_of(self, noun: Token) -> bool:
        """'would wish for a clearer position from X', 'expects greater efforts from X': what is
        asked of X is more than X does."""
        if noun.lemma_.lower() not in self.words.asked_nouns or not any(self._asks_more(mod) for mod in noun.children):
            return False
        asker = noun.head.head if noun.dep_ == "pobj" else noun.head
        return noun.dep_ in ("dobj", "pobj") and asker.pos_ == "VERB" and asker.lemma_.lower() in self.words.wish_verbs

    def _heeds(self, verb: Token) -> bool:
        """'take into account', 'take into consideration': to heed what one has ignored."""
        return any(f"{prep.lower_} {obj.lower_}" in self.words.amend_phrases
                   for prep in verb.children if prep.dep_ == "prep" for obj in prep.children if obj.dep_ == "pobj")

    def _objects_quality(self, verb: Token) -> str | None:
        return _one({self._object_quality(o) for o in verb.children if o.dep_ == "dobj" and o.i not in self.ids})

    def _act(self, verb: Token) -> str | None:
        """What doing ``verb`` (with its object) says of the one who does it."""
        lemma = verb.lemma_.lower()
        act = self.words.act_verbs.get(lemma)
        if act is not None and _has_child_in(verb, "dobj", self.words.idle_objects):
            act = None  # "occupies a central place"
        manner = _one({self.words.adverbs.get(c.lower_) for c in verb.children if c.dep_ == "advmod"})
        if manner is not None:
            return manner if act is None or act == manner else None  # "illegally seized", "successfully defended"
        if act == NEG or self._demeans_us(verb) or self._misuses(verb) or self._fires(verb):
            return NEG
        if act == POS:
            return POS
        if any(c.dep_ == "prep" and c.lower_ in self.words.support_phrases.get(lemma, frozenset())
               and _has_child(c, ("pobj",), self.ids) for c in verb.children):
            return POS  # "X has stood with us", "X stood by its allies": the one who stands by others
        if lemma in self.words.copulas or lemma in self.words.result_verbs:
            result = self._complement(verb)  # "turned X into a failed state"
            if result is not None:
                return result
        if lemma in self.words.receive_verbs:
            received = self._received(verb)
            if received is not None:
                return received
        if lemma in self.words.do_verbs:
            for obj in verb.children:
                if obj.dep_ == "dobj" and obj.i not in self.ids:
                    quality = self._object_quality(obj)
                    if quality is not None:
                        return quality
        else:
            deed = self._deeds_in(verb)
            if deed is not None:
                return deed
        return self._means(verb)

    def _wrongs(self, verb: Token) -> bool:
        """'kept Türkiye waiting': done to someone, the verb with this complement wrongs them."""
        wrong = self.words.wrong_phrases.get(verb.lemma_.lower(), frozenset())
        return any(c.dep_ in ("xcomp", "oprd", "ccomp", "acomp") and c.lower_ in wrong for c in verb.children)

    def _demeans_us(self, verb: Token) -> bool:
        """'X treats our young people as suspects', 'X calls us a threat': a bad description of
        the speaker's side is its describer's fault."""
        if verb.lemma_.lower() not in self.words.describe_verbs:
            return False
        ours = any(o.dep_ == "dobj" and self._ours(o) for o in verb.children)
        return ours and self._description_of_object(verb) == NEG

    def _against_evil(self, deed: Token) -> bool:
        """'the war against Nazi Germany': a deed whose target is itself named evil."""
        return any(p.dep_ == "prep" and self.words.relations.get(p.lower_) == "against"
                   and any(self._describing_word(t) == NEG for o in p.children for t in o.subtree)
                   for p in deed.children)

    def _received(self, verb: Token) -> str | None:
        """'X deserves our support', 'X drew criticism': what the subject receives."""
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.i not in self.ids and not self._hedged(obj):
                polarity = _lookup(obj, self.words.attitude_nouns)
                if polarity is not None:
                    return _flip(polarity) if self._has_det_no(obj) else polarity
        return None

    def _means(self, verb: Token) -> str | None:
        """'X has shown its true face by threatening ...', 'X grew through innovation'."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in self.words.means_prepositions:
                for obj in prep.children:
                    if obj.i in self.ids:
                        continue
                    if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                        polarity = self._act(obj)
                    elif obj.dep_ == "pobj":
                        polarity = _one({self._object_quality(o) for o in _conjuncts(obj)})
                    else:
                        continue
                    if polarity is not None:
                        return polarity
        return None

    def _deeds_in(self, verb: Token) -> str | None:
        """'resorted to blackmail', 'engaged in provocations', 'prepared for an attack'."""
        lemma = verb.lemma_.lower()
        if lemma in self.words.deed_verbs:
            prepositions = self.words.deed_prepositions
        elif lemma in self.words.response_verbs:
            prepositions = self.words.response_prepositions  # "answered with new attacks"
        else:
            return None
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in prepositions:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i not in self.ids and obj.lemma_.lower() in self.words.negative_deeds and not self._hedged(obj):
                        return NEG
        return None

    def _object_quality(self, obj: Token) -> str | None:
        if self._hedged(obj) or self._has_det_no(obj):
            return None
        lemma = obj.lemma_.lower()
        if self.words.emotions.get(lemma) == NEG or lemma in self.words.negative_deeds:
            return NEG
        polarity = self._quality_word(obj) or self._modifiers(obj)
        if polarity is None and lemma in self.words.role_nouns:  # "played the role of a peacemaker"
            polarity = _one({self._description(o) for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj" and o.i not in self.ids})
        return polarity

    def _denies_then_asserts(self, verb: Token) -> bool:
        """'X is not A but B', 'was no longer a periphery, but a bridge': a negated copula whose
        attribute is set against another by "but". The negation denies A only."""
        if verb.lemma_.lower() not in self.words.copulas or not self._negated(verb):
            return False
        holders = [verb, *(c for c in verb.children if c.dep_ in ("attr", "acomp"))]
        return any(_has_child_in(h, "cc", self.words.contrast_conjunctions) and _has_child(h, ("conj",), set()) for h in holders)

    def _complement(self, verb: Token) -> str | None:
        """The attribute of a copula or resultative ("is a failed state", "turned X into ...")."""
        found: set[str | None] = set()
        denied = self._denies_then_asserts(verb)
        for child in verb.children:
            if child.i in self.ids:
                continue
            if child.dep_ in ("attr", "acomp", "oprd"):
                for part in _conjuncts(child):  # "professional, standardized and legitimate"
                    polarity = self._description(part) if part.pos_ in NOMINAL else self._adjective(part)
                    found.add(_flip(polarity) if denied and part is child else polarity)
                    found.add(self._answerable(part))
            elif child.dep_ == "conj" and child.pos_ in NOMINAL | {"ADJ"} and not _has_child(child, ("nsubj",), set()):
                # "was no longer a periphery, but a bridge": the parser hangs the second attribute on the verb
                found.add(self._description(child) if child.pos_ in NOMINAL else self._adjective(child))
            elif child.dep_ == "xcomp" and child.lemma_.lower() in self.words.blame_complements:
                found.add(NEG)  # "X is to blame"
            elif child.dep_ == "prep" and child.lower_ in self.words.result_prepositions:
                found.update(self._description(o) for o in child.children if o.dep_ == "pobj")
            elif (child.dep_ == "prep" and child.lower_ in self.words.state_prepositions
                  and verb.lemma_.lower() in self.words.copulas and not _has_child(verb, ("attr", "acomp"), set())):
                # "X is in disarray", not "X is in Europe"
                found.update(_lookup(o, self.words.qualities) for o in child.children if o.dep_ == "pobj" and not self._hedged(o))
        return _one(found)

    def _answerable(self, adj: Token) -> str | None:
        """'X is responsible for the attack': answerable for a bad deed."""
        if adj.lemma_.lower() not in self.words.answerable:
            return None
        for prep in adj.children:
            if prep.dep_ == "prep" and prep.lower_ in self.words.answerable_for:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and not self._hedged(obj) and (
                        obj.lemma_.lower() in self.words.negative_deeds or self._quality_word(obj) == NEG
                    ):
                        return _flip(NEG) if self._negated(adj) else NEG
        return None

    def _adjective(self, adj: Token) -> str | None:
        if self._hedged(adj):
            return None
        polarity = self._adjective_word(adj) or self._modifiers(adj) or self._contents(adj)
        return _flip(polarity) if self._negated(adj) else polarity

    def _contents(self, adj: Token) -> str | None:
        """'full of lies', 'rife with corruption': what the container holds."""
        if adj.lemma_.lower() not in self.words.container_adjectives:
            return None
        return _one({self._object_quality(o) for p in adj.children if p.dep_ == "prep"
                     for o in p.children if o.dep_ == "pobj" and o.i not in self.ids})

    def _xcomp(self, verb: Token) -> Token | None:
        """The verb's open complement; an infinitive the parser takes for a clause counts
        ("will not allow farmers to be shortchanged")."""
        found = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if found is None:
            found = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                          and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)), None)
        return found

    def _framed(self, verb: Token) -> str | None:
        """The clause is what someone regrets, hopes for or warns of ("regret that X ...",
        "glad to report that X ...": the feeling may frame the verb of saying above the clause)."""
        if verb.dep_ not in ("ccomp", "acl"):
            return None
        frame = verb.head
        if frame.lemma_.lower() in self.reporting_verbs and frame.dep_ == "xcomp":
            frame = frame.head  # "we are glad to report that ...", "we regret to say that ..."
        if verb.dep_ == "acl" and frame.lemma_.lower() in self.words.fact_nouns and frame.dep_ == "dobj":
            judge = frame.head  # "we value the fact that X is ready ..."
            attitude = self.words.attitude_verbs.get(judge.lemma_.lower()) or self.words.emotions.get(judge.lemma_.lower())
            if attitude in (NEG, POS):
                return _flip(attitude) if self._negated(judge) else attitude
        lemma = frame.lemma_.lower()
        emotion = self.words.emotions.get(lemma)
        if emotion == NEG or lemma in self.words.warn_verbs:
            return NEG
        if emotion == POS:
            return POS
        return None

    # objects

    def _patient(self, verb: Token) -> str | None:
        """The target undergoes ``verb``: favoured by a kind act, a victim of a hostile one."""
        if self._rebukes_an_envoy(verb, "nsubjpass"):
            polarity: str | None = NEG  # "X's ambassador was summoned"
        else:
            polarity = POS if self.words.attitude_verbs.get(verb.lemma_.lower()) == POS else self._participle(verb)
        return _flip(polarity) if self._negated(verb) else polarity

    def _misuses(self, verb: Token) -> bool:
        """'used energy as a weapon', 'used the talks as a pretext'."""
        return verb.lemma_.lower() in self.words.do_verbs and any(
            p.dep_ == "prep" and p.lower_ in self.words.role_prepositions and _has_child_in(p, "pobj", self.words.instrument_nouns)
            for p in verb.children)

    def _fires(self, verb: Token) -> bool:
        """'launched 450 drones at Ukraine', 'fired water cannon at our vessels', 'uses water
        cannon against our boats': a weapon sent at someone."""
        if verb.lemma_.lower() not in self.words.fire_verbs:
            return False
        objects = [part for o in verb.children if o.dep_ == "dobj" for part in (o, *o.conjuncts)]
        armed = any(_forms(o) & self.words.weapon_nouns for o in objects)
        aimed = any(p.dep_ == "prep" and p.lower_ in self.words.fire_prepositions for t in (verb, *objects) for p in t.children)
        return armed and aimed

    def _recalled_from(self, gov: Token) -> bool:
        """'recalled its ambassador to X', 'withdrew its envoy from X': X is rebuked."""
        return (bool(_forms(gov) & self.words.envoy_nouns) and gov.dep_ in ("dobj", "nsubjpass")
                and gov.head.lemma_.lower() in self.words.recall_verbs)

    def _rebukes_an_envoy(self, verb: Token, dep: str) -> bool:
        """'summoned the Russian chargé d'affaires', 'X's ambassador was summoned': a rebuke of
        the envoy's country."""
        return verb.lemma_.lower() in self.words.summon_verbs and any(
            c.dep_ == dep and _forms(c) & self.words.envoy_nouns for c in verb.children)

    def _object(self, verb: Token) -> str | None:
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        lemma = verb.lemma_.lower()
        inner = self._xcomp(verb)
        if lemma in self.words.demand_verbs and inner is not None:
            demanded = self._demanded(inner, MAX_HOPS)  # "urged X to stop ..."
            repeated = _has_child_in(verb, "advmod", self.words.repeat_adverbs) and not self._negated_verb(verb)
            favour = any(o.dep_ == "dobj" and _forms(o) & self.words.favours for o in inner.children)
            if demanded is None and repeated and not favour and self._said_of_subject(inner, MAX_HOPS) != POS:
                return NEG  # "we have repeatedly asked X to complete ...": X has not
            return demanded
        polarity = self._description_of_object(verb) if lemma in self.words.describe_verbs else None
        if polarity is not None and self.ids & self.ours and not self._by_own_side(verb):
            polarity = None  # "X treats Nigerian students as suspects", said by Nigeria's president: X's view
        attitude = self.words.attitude_verbs.get(lemma)
        if (polarity is None and (self.words.act_verbs.get(lemma) == NEG or lemma in self.words.blow_verbs) and self._by_own_side(verb)
                and not _has_child_in(verb, "dobj", self.words.bearing_nouns | self.words.idle_objects)):
            polarity = NEG  # "our navy sank their ships": the adversary, not a victim; "struck a tone" strikes nobody
        if polarity is None and self._rebukes_an_envoy(verb, "dobj"):
            polarity = NEG
        if polarity is None and any(c.dep_ == "prep" and c.lower_ in self.words.press_phrases.get(lemma, frozenset())
                                    for c in verb.children):
            polarity = NEG  # "pressed X on human rights"
        if polarity is None and lemma in self.words.spoken_attack_verbs and self._by_a_person(verb):
            attitude = "negative"  # "the president attacked the EU": words, not a blow
        if polarity is None and attitude in (NEG, POS) and not self._someone_elses(verb):
            polarity = attitude
        if polarity is None:
            polarity = self._ground_of_object(verb)  # "mentioned X for their steadfast support"
        return _flip(polarity) if self._negated_verb(verb) else polarity

    @staticmethod
    def _by_a_person(verb: Token) -> bool:
        """The verb's subject (or, for a conjunct, its head's) is a person: a name, "he" or
        "she", or a title ("the president")."""
        holder = verb
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        while subject is None and holder.dep_ in ("conj", "xcomp", "advcl") and holder.head.i != holder.i:
            holder = holder.head
            subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        if subject.ent_type_.upper() == "PERSON":  # the model's PERSON or the registry's Person
            return True
        roles = lexicon_of(subject.doc).roles
        pronoun = roles.pronouns.get(subject.lower_)
        if pronoun is not None:
            return pronoun.person == 3 and pronoun.gender is not None
        role = roles.words.get(subject.lemma_.lower())
        return role is not None and role.refers

    def _someone_elses(self, verb: Token) -> bool:
        """The attitude of ``verb`` is a third party's, not the speaker's: a named or described
        subject does it in an embedded clause that is no speech act of its own ("said the host
        had invited X", "the treaty protects X", "those who want to isolate X", "Y rushes to
        blame X"). The verb of the sentence itself, a verb of saying ("Kenya congratulates X",
        "said he praised X") and the speaker's own side ("we", "I want to thank X") are the
        speaker's."""
        if verb.lemma_.lower() in self.reporting_verbs and verb.tag_ in ("VBD", "VBZ", "VBP"):
            return False  # "said that Y had ... and thanked X": a speech act, however it is hung
        holder, hops = verb, 0
        while hops < 6 and not _has_child(holder, ("nsubj", "nsubjpass", "csubj"), set()) \
                and holder.dep_ in ("conj", "advcl", "xcomp") and holder.head.i != holder.i:
            holder = holder.head  # "she said ... and accused X": the subject of "said"
            hops += 1
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or holder.dep_ == "ROOT" or holder.lemma_.lower() in self.reporting_verbs:
            return False
        return not self._ours(subject)

    def _by_another(self, verb: Token) -> bool:
        """A passive verb whose "by" phrase names someone besides the speaker's side ("was
        branded a rogue state by Y"): the view is Y's."""
        return any(c.dep_ == "agent" and any(o.dep_ == "pobj" and not self._ours(o) for o in c.children)
                   for c in verb.children)

    def _by_own_side(self, verb: Token) -> bool:
        """The subject of ``verb`` is the speaker's side ("we", "our forces")."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and self._ours(subject)

    def _ours(self, tok: Token) -> bool:
        """``tok`` names the speaker's side: "we", "our forces", the speaker, their country."""
        own = self.words.own_side
        return tok.lower_ in own or tok.i in self.ours or any(
            (c.dep_ == "poss" and c.lower_ in own) or (c.dep_ in ("poss", "amod", "compound") and c.i in self.ours)
            for c in tok.children)

    def _ground_of_object(self, verb: Token) -> str | None:
        """'for their steadfast support' after the object: the object's own merit or fault."""
        for prep in verb.children:
            if prep.dep_ == "prep" and self.words.relations.get(prep.lower_) == "attitude":
                for ground in prep.children:
                    if ground.dep_ == "pobj" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in ground.children):
                        polarity = _lookup(ground, self.words.attitude_nouns) or self._quality_word(ground)
                        if polarity is not None and not self._hedged(ground):
                            return polarity
        return None

    def _description_of_object(self, verb: Token) -> str | None:
        """'described X as a dictatorship', 'called X a true friend', 'likened X to a tyrant'."""
        found: set[str | None] = set()
        for child in verb.children:
            if child.i in self.ids:
                continue
            if child.dep_ in ("oprd", "xcomp", "ccomp", "attr"):
                if child.lemma_.lower() in self.words.copulas:
                    found.add(self._complement(child))  # "declared X to be a threat"
                else:
                    found.add(self._description(child) if child.pos_ in NOMINAL else self._adjective(child))
            elif child.dep_ == "prep" and child.lower_ in self.words.describe_prepositions:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found.add(self._description(obj) or self._qualified(obj))
                    elif obj.dep_ == "amod" and obj.pos_ == "ADJ":
                        found.add(self._adjective(obj))  # 'as "illegal"': the parser hangs a lone adjective on "as"
        described = quoted_apposition(verb)
        if described is not None:
            found.add(self._description(described) if described.pos_ in NOMINAL else self._adjective(described))
        if not found - {None}:
            # "regards the attempts by X to dissuade ... | as pressure": "as" hung deep in the object
            for obj in verb.children:
                if obj.dep_ == "dobj":
                    deep = [t for t in verb.subtree if t.i > obj.i and t.dep_ == "prep" and t.head.i not in (obj.i, verb.i)
                            and t.lower_ in self.words.loose_describe_prepositions and t.i not in self.ids]
                    found.update(self._description(o) for t in deep[-1:] for o in t.children if o.dep_ == "pobj")
        return _one(found)

    def _qualified(self, noun: Token) -> str | None:
        """'a minister under a dictatorship': one prepositional step below the describing noun."""
        for prep in noun.children:
            if prep.dep_ == "prep":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i not in self.ids and not self._hedged(obj):
                        polarity = self._describing_word(obj)
                        if polarity is not None:
                            return polarity
        return None

    # prepositions

    def _pobj(self, prep: Token, np: Token, hops: int) -> str | None:
        """The relation a preposition marks. The small parser often hangs a noun's
        preposition on the verb ("denounced the provocations | by X"), so the verb's
        object before the preposition is tried first."""
        gov = prep.head
        if prep.lower_ in self.words.demand_prepositions and gov.lemma_.lower() in self.words.demand_verbs:
            inner = self._xcomp(gov)
            if inner is not None:
                return self._demanded(inner, hops)  # "called on X to release ..."
        if gov.pos_ in ("VERB", "AUX") and prep.dep_ == "prep":
            for obj in gov.children:
                if obj.dep_ == "dobj" and obj.i < prep.i and obj.i not in self.ids and obj.pos_ in NOMINAL:
                    polarity = self._relation(prep, obj, np, hops)
                    if polarity is not None:
                        return polarity
        if prep.dep_ == "prep" and self.words.relations.get(prep.lower_) in ("agent", "source"):
            # "concern over the manoeuvres | by X": the agent of the nearest noun before it
            for nearest in self._objects_before(gov, prep):
                polarity = self._relation(prep, nearest, np, hops)
                if polarity in (NEG, POS):
                    return polarity
        return self._relation(prep, gov, np, hops)

    def _objects_before(self, gov: Token, prep: Token) -> list[Token]:
        """The objects inside ``gov``'s phrase that ``prep`` may belong to ("concern over the
        manoeuvres | by X"): the nearest one before it, and the object of ``gov``'s last
        preposition before it."""
        found: list[Token] = []
        for tok in reversed(prep.doc[gov.i + 1:prep.i]):
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("pobj", "dobj") and tok.i not in self.ids:
                if gov in tok.ancestors:
                    found.append(tok)
                break
        earlier = [c for c in gov.children if c.dep_ == "prep" and gov.i < c.i < prep.i]
        if earlier:
            found.extend(o for o in earlier[-1].children if o.dep_ == "pobj" and o.i not in self.ids and o.pos_ in NOMINAL)
        return found

    def _relation(self, prep: Token, gov: Token, np: Token, hops: int) -> str | None:
        word = prep.lower_
        glemma = gov.lemma_.lower()
        relation = self.words.relations.get(word)
        if gov.pos_ in ("VERB", "AUX") and word in self.words.support_phrases.get(glemma, frozenset()):
            return NEG if self._negated_verb(gov) else POS  # "stood by X", "rallied behind X"
        stood = gov.head
        if (gov.dep_ in ("dobj", "npadvmod") and stood.pos_ == "VERB"
                and word in self.words.support_phrases.get(stood.lemma_.lower(), frozenset())):
            return NEG if self._negated_verb(stood) else POS  # 'stands "shoulder to shoulder" with X'
        if word in self.words.post_prepositions and gov.pos_ in NOMINAL and self._recalled_from(gov):
            return None if self._negated_verb(gov.head) else NEG  # "recalled its ambassador to X"
        if word in self.words.aim_prepositions and (aimed := _aimed(gov, self.words)) is not None:
            return None if self._negated_verb(aimed) else NEG  # "hit out at X", "took aim at X"
        if gov.pos_ == "VERB" and glemma in self.words.bestow_verbs and word in self.words.demand_prepositions:
            return _one({_lookup(o, self.words.attitude_nouns) for o in gov.children if o.dep_ == "dobj"})  # "lavished praise on X"
        if (gov.pos_ == "VERB" and glemma in self.words.rest_verbs and relation == "bond"
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in self.words.blame_nouns for c in gov.children)):
            return NEG  # "the responsibility lies with X"
        if prep.dep_ == "agent" or (relation == "agent" and gov.pos_ in NOMINAL):
            return self._agent(gov, np, hops)
        if relation == "source" and gov.pos_ in NOMINAL and self._more_asked_of(gov):
            return NEG  # "would wish for a clearer position from X"
        if relation == "source" and gov.pos_ == "VERB" and glemma in self.words.benefit_verbs:
            return NEG if self._negated_verb(gov) else POS  # "our farmers benefit from X"
        if relation == "source" and gov.pos_ in NOMINAL and (
            glemma in self.words.negative_deeds or self._quality_word(gov) == NEG
            or (glemma in self.words.claim_nouns and self._rejected(gov))
        ):
            return NEG  # "accusations from X"
        if relation == "of" and gov.pos_ in NOMINAL:
            return self._of_phrase(gov, np, hops)
        if relation == "attitude":
            return self._attitude_noun(gov)
        if relation == "favour":
            return self._to_phrase(gov)
        if relation == "bond":
            return self._bond(gov)
        if relation == "against":
            return self._against(gov)
        if relation == "member" and (word not in self.words.member_after or gov.lower_ == self.words.member_after[word]):
            return self._member_of(gov, hops)
        if relation == "emotion":
            return self._emotion_about(gov)
        if relation == "trust" and (glemma in self.words.trust_nouns or (glemma in self.words.member_in_nouns and gov.pos_ in NOMINAL)):
            return NEG if self._negated(gov) else POS  # "confidence in X", "our friends in X"
        return None  # places, grounds, times, topics, counterparts

    def _agent(self, gov: Token, np: Token, hops: int) -> str | None:
        """'by X': X does ``gov`` ("provocations by X", "was attacked by X")."""
        if gov.pos_ in NOMINAL:
            return self._through(np, gov, hops)
        act = self.words.act_verbs.get(gov.lemma_.lower())
        if act == NEG:
            return NEG
        if act == POS:
            return POS
        if gov.dep_ == "acl" and gov.head.pos_ in NOMINAL:
            return self._through(np, gov.head, hops)  # "rumours circulated by X" = X's rumours
        return None

    def _of_phrase(self, noun: Token, np: Token, hops: int) -> str | None:
        if noun.lemma_.lower() in self.words.victim_of_nouns:
            return None
        if noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON":
            return None  # "X of Djibouti": where a person is from, not what the place owns
        attitude = self._attitude_noun(noun)
        if attitude is not None:
            return attitude
        if _forms(noun) & self.words.bonds and _lookup(noun, self.words.classes) == POS:
            return self._bond(noun)  # "a friend of X", "a true ally of X": a bond with X
        return self._through(np, noun, hops)  # "the government of X" = X's government

    def _attitude_noun(self, noun: Token) -> str | None:
        if noun.pos_ not in NOMINAL:
            return None
        polarity = _lookup(noun, self.words.attitude_nouns)
        if polarity is None and _forms(noun) & self.words.bearing_nouns:
            polarity = _one({self._adjective_word(c) for c in noun.children if c.dep_ == "amod"})  # "a conciliatory tone toward X"
        if polarity == POS and self._role(noun, 2) == NEG:
            polarity = NEG  # "concerned about the support for X": the support itself is deplored
        return _flip(polarity) if self._negated(noun) or self._has_det_no(noun) else polarity

    def _to_phrase(self, gov: Token) -> str | None:
        lemma = gov.lemma_.lower()
        polarity: str | None = None
        if _forms(gov) & self.words.favours and (gov.pos_ in NOMINAL or gov.pos_ == "ADJ"):
            polarity = POS  # "tribute to X", "grateful to X", "thanks to X"
        elif gov.pos_ in NOMINAL and _forms(gov) & self.words.protest_nouns:
            polarity = NEG  # "a protest to X"
        elif lemma in self.words.response_verbs and gov.pos_ == "VERB":
            polarity = _one({_lookup(c, self.words.manner_adverbs) for c in gov.children if c.dep_ == "advmod"})
        elif lemma in self.words.give_verbs:
            objs = [c for c in gov.children if c.dep_ == "dobj" and c.i not in self.ids]
            if any(o.lemma_.lower() in self.words.favours or self._description(o) == POS for o in objs):
                polarity = POS
            elif any(_forms(o) & self.words.protest_nouns for o in objs):
                polarity = NEG  # "issued a warning to X"
        return _flip(polarity) if self._negated(gov) or self._has_det_no(gov) else polarity

    def _bond(self, gov: Token) -> str | None:
        """'alliance with X', 'cooperation between X and Y', 'work together with X'; 'talks with
        X' is neutral."""
        if gov.pos_ in NOMINAL and _forms(gov) & self.words.protest_nouns:
            return NEG  # "lodged a strong protest with X"
        if self._together(gov):
            return NEG if self._negated_verb(gov) else POS
        if _forms(gov) & self.words.relation_nouns:
            return self._relation_state(gov)
        if not _forms(gov) & self.words.bonds:
            return None
        counterpart = self.words.counterpart_bonds.get(gov.lemma_.lower())
        if counterpart is not None and any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in counterpart) for c in gov.children
        ):
            return None  # "agreed (a deal) with X": X is a counterpart
        if gov.pos_ in NOMINAL and self._role(gov, 2) == NEG:
            return None  # "condemned X's cooperation with Y": the bond is deplored, Y is its ground
        return NEG if self._negated(gov) else POS

    def _relation_state(self, noun: Token) -> str | None:
        """'close ties with X', 'deepen relations with X', 'relations with X broke down'."""
        found: set[str | None] = set()
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i not in self.ids:
                found.add(_lookup(child, self.words.relation_modifiers) or self._adjective_word(child))
        verb = noun.head
        if noun.dep_ == "pobj" and self.words.relations.get(verb.lower_) == "favour" and _forms(verb.head) & self.words.favours:
            found.add(POS)  # "thanks to our cooperation with X", "tribute to the partnership with X"
        if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and verb.pos_ in ("VERB", "AUX"):
            polarity = _lookup(verb, self.words.relation_verbs)
            if polarity is None and noun.dep_ == "dobj" and _lookup(verb, self.words.attitude_verbs) == POS:
                polarity = POS  # "praised the ties with X"; deploring them makes X only their ground
            found.add(_flip(polarity) if self._negated_verb(verb) else polarity)
        polarity = _one(found)
        return _flip(polarity) if self._has_det_no(noun) else polarity

    def _against(self, gov: Token) -> str | None:
        """Opposition to X is negative; a hostile act against X that is ruled out is positive."""
        if self._negated_above(gov):
            return POS
        if gov.lemma_.lower() in self.words.oppose_against and not self._reported_of_another(gov):
            return NEG
        return None

    def _member_of(self, gov: Token, hops: int) -> str | None:
        """'external forces, including X': X shares the role of the group it is named in."""
        group = gov.head if gov.lower_ in self.words.member_after.values() else gov
        if group.pos_ not in NOMINAL or group.i in self.ids:
            return None
        return self._described(group) or self._role(self._anchor(group), hops)

    def _emotion_about(self, gov: Token) -> str | None:
        lemma = gov.lemma_.lower()
        emotion = self.words.emotions.get(lemma)
        if emotion == NEG:
            return NEG
        if emotion == POS and lemma not in self.words.emotions_not_about:
            return POS
        return None
