"""Tree helpers: what the spaCy parse says about an event noun.

Its lexicon key, its modifiers and determiner, the verb it is an argument of, and the mood of
that verb (negated, modal, conditional, wished for, past). Every function here takes tokens
only and reads the words of the token's language with :func:`words_of`.
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lang import lexicon_of
from ..lang.events import EventWords
from ..tree import possessor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["SERIES", "words_of", "rx", "series_key", "head_lemma", "prefixed_head", "ordinal_key", "has_particle", "subtree_no_conj",
           "name_numeral", "left_modifiers", "prep_phrase", "clause_cut", "possessor", "is_pronoun", "determiner", "governor",
           "negated_or_modal", "infinitive", "direct_governor", "time_reference", "irrealis", "modal_reason",
           "suspended_process", "predicative", "reported_past", "is_demonym", "container"]

#: the lexicon key of a conference-of-parties series mention ("COP29"), which no language spells as a noun
SERIES = "cop"


def words_of(parsed: Token | Doc) -> EventWords:
    """The event words of a token's or a Doc's language."""
    return lexicon_of(parsed).events


@cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A lexicon pattern, compiled once."""
    return re.compile(pattern, flags)


def series_key(tok: Token) -> str | None:
    """ "cop29" for "COP29", "COP 29", "COP-29" (conference-of-parties series)."""
    ew = words_of(tok)
    m = rx(ew.series_pattern).match(tok.text)
    if m:
        return f"{m.group('name').lower()}{int(m.group('number'))}"
    if tok.text in ew.series_names and tok.i + 1 < len(tok.doc) and tok.nbor(1).text.isdigit() \
            and len(tok.nbor(1).text) <= 2:
        return f"{tok.text.lower()}{int(tok.nbor(1).text)}"
    return None


def head_lemma(tok: Token) -> str | None:
    """The lexicon key of an event head, or None."""
    if series_key(tok):
        return SERIES
    ew = words_of(tok)
    low = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN") and not (low in ew.verbal_heads and has_particle(tok)):
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return None  # a verb the tagger took for a noun: "should Azerbaijan attack"
    lemma = tok.lemma_.lower()
    if lemma in ew.attempt_nouns:  # "the 2016 coup attempt", "an assassination attempt on X": the attempt is the event
        for child in tok.children:
            inner = head_lemma(child) if child.dep_ in ("compound", "nmod") else None
            row = ew.heads.get(inner) if inner is not None else None
            if row is not None and row.type == "Incident":
                return inner
        return None
    if low in ew.surface_heads:
        return low
    if lemma in ew.never_heads:
        return None
    joined = prefixed_head(tok)
    if joined is not None:
        return joined  # "counter - attack"
    for cand in (lemma, low):
        if cand in ew.heads:
            return cand
    return None


def prefixed_head(tok: Token) -> str | None:
    """The head a prefix split off by a hyphen makes with the noun ("counter - attack": "counterattack")."""
    if tok.i < 2 or tok.nbor(-1).text not in ("-", "–"):
        return None
    found = words_of(tok).prefixed_heads.get((tok.nbor(-2).lower_, tok.lemma_.lower()))
    return found if found is not None and found in words_of(tok).heads else None


def ordinal_key(tok: Token) -> str:
    ew = words_of(tok)
    low = tok.lower_
    return ew.ordinal_numbers.get(low, rx(ew.ordinal_suffix).sub("", low))


def has_particle(tok: Token) -> bool:
    """A particle of the act after the noun ("shooting down")."""
    particles = words_of(tok).particles
    return any(c.lower_ in particles for c in tok.children) or (
        tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in particles)


def subtree_no_conj(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ in ("conj", "cc", "appos", "relcl", "acl"):
            continue
        out.extend(subtree_no_conj(child))
    return out


def name_numeral(tok: Token) -> Token | None:
    """The numeral that ends a name the parser made the head of the event noun: "II" in "World War II"
    (where "World" and "War" modify "II")."""
    head = tok.head
    if tok.dep_ in ("compound", "nmod") and head.i == tok.i + 1 and tok.text[:1].isupper() and \
            rx(words_of(tok).name_numeral).fullmatch(head.text):
        return head
    return None


def left_modifiers(tok: Token) -> list[Token]:
    """Tokens of the pre-head modifiers: no determiners, possessors or coordinated nouns (and, before a name's
    numeral, the numeral's own modifiers: "World" in "World War II")."""
    months = lexicon_of(tok).dates.months
    out: list[Token] = []
    numeral = name_numeral(tok)
    lefts = list(tok.lefts) + ([c for c in numeral.lefts if c.i < tok.i] if numeral is not None else [])
    for child in lefts:
        if child.dep_ in ("det", "predet", "punct", "cc", "case", "poss", "conj", "preconj") and not (
                child.dep_ == "preconj" and child.lower_ in months):
            if child.dep_ == "punct" and child.text in ("-", "–"):
                out.append(child)
            continue
        sub = subtree_no_conj(child)
        if any(t.dep_ == "cc" for t in child.subtree):
            continue  # "the 44-day War and anti-terror operations": a coordination, not a modifier
        out.extend(sub)
    return sorted(set(out), key=lambda t: t.i)


def prep_phrase(prep: Token) -> list[Token]:
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


def clause_cut(doc: Doc, head: int, end: int) -> int:
    """Where a mention ends before a relative clause the parser hung inside it: ", which lasted",
    ", at which he said", ", who ..."."""
    ew = words_of(doc)
    for i in range(head + 1, end):
        if doc[i].text not in (",", ";", "—", "–"):
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is None:
            return i
        if nxt.lower_ in ew.relative_words or (nxt.lower_ in ew.relative_if_wdt and nxt.tag_ == "WDT"):
            return i
        if nxt.pos_ == "ADP" and i + 2 < len(doc) and doc[i + 2].lower_ in ew.relative_after_prep:
            return i
    return end


def is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.lower_ in words_of(tok).possessive_pronouns


def determiner(tok: Token) -> str | None:
    """The determiner in lower case, or "poss" / "poss-pron" for a possessor noun / pronoun."""
    for child in tok.children:
        if child.dep_ in ("det", "predet"):
            return child.lower_
    poss = possessor(tok)
    if poss is not None:
        return "poss-pron" if is_pronoun(poss) else "poss"
    return None


def governor(tok: Token) -> Token | None:
    """The verb (or root) that the event noun is an argument of."""
    containers = words_of(tok).containers
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return cur if cur.i != tok.i else None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if cur.dep_ in ("pobj", "prep", "conj", "appos", "pcomp") or head.lower_ in containers:
            cur = head
            continue
        if head.dep_ == "ROOT":
            return head
        return None
    return None


def negated_or_modal(verb: Token) -> bool:
    ew = words_of(verb)
    modals = lexicon_of(verb).cues.modals
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("aux", "auxpass") and child.lower_ in modals:
            return True
        if child.dep_ == "mark" and child.lower_ in ew.condition_marks:
            return True
    return False


def infinitive(verb: Token) -> bool:
    marks = words_of(verb).infinitive_marks
    return any(c.dep_ == "aux" and c.lower_ in marks for c in verb.children)


def direct_governor(tok: Token) -> Token | None:
    """The verb the noun is an argument of, unless another noun stands between
    ("recall the outcome of the conflict": the conflict itself is not recalled)."""
    containers = words_of(tok).containers
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if cur.dep_ == "pobj" or head.lower_ in containers or cur.dep_ == "conj":
            cur = head
            continue
        if cur.dep_ == "prep" and head.pos_ in ("VERB", "AUX"):
            return head
        if cur.dep_ == "prep" and head.dep_ == "conj":
            cur = head
            continue
        return None
    return None


def time_reference(tok: Token) -> bool:
    """The noun only places another event in time ("could be held before the 2026 elections",
    "would take place after the previous round"): the clause's mood is not the noun's."""
    if tok.dep_ != "pobj":
        return False
    ew = words_of(tok)
    prep = tok.head
    if prep.lower_ in ew.temporal_preps:
        return True
    return any(prep.lower_ == p and prep.head.lower_ == w for w, p in ew.temporal_phrases)


def irrealis(tok: Token, gov: Token | None, allow_future: bool = False) -> bool:
    """The noun sits in a hypothetical, negated, conditional or wished-for context.

    With ``allow_future`` a plain future ("he will attend the summit next month") is not
    hypothetical; negation, conditions and the other modals still are.
    """
    ew = words_of(tok)
    cur: Token | None = None if time_reference(tok) else direct_governor(tok)
    steps = 0
    while cur is not None and steps < 3:
        reason = modal_reason(cur)
        if reason is not None and not (allow_future and reason == "future"):
            if not (steps == 0 and tok.dep_ == "nsubj" and tok.head.i == cur.i
                    and cur.lemma_.lower() not in ew.existential_verbs):
                return True  # "the meeting did not achieve breakthroughs" still took place
        lemma = cur.lemma_.lower()
        adjunct = steps == 0 and tok.dep_ == "pobj" and tok.head.lower_ in ew.adjunct_preps and tok.head.head.i == cur.i
        if lemma in ew.irrealis_verbs and not (allow_future and lemma in ew.planning_verbs) and not adjunct:
            return True  # not "warned in a speech", "called it a return to the past at a rally": where it was said
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cur.children)
        if cur.dep_ in ("xcomp", "advcl", "acl", "conj", "pcomp") and cur.head.i != cur.i and (
                infinitive(cur) or cur.dep_ == "pcomp" or (cur.dep_ == "conj" and not own_subject)):
            # "plans to hold talks", "in order for a treaty to be signed", "wants to meet and sign";
            # not "X has never been ..., and his speech was": a clause with a subject of its own
            cur = cur.head
            steps += 1
            continue
        break
    if tok.dep_ == "pobj" and tok.head.lower_ in ew.purpose_preps and \
            tok.head.head.lemma_.lower() in ew.purpose_nouns:
        return True  # "a venue for peace talks", "the path to a peace treaty"
    if tok.dep_ == "pobj" and tok.head.lower_ in ew.purpose_subject_preps and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ew.purpose_nouns for c in tok.head.head.children):
        return True  # "preparations continued for the referendum", "calls grew for new elections"
    for anc in tok.ancestors:
        if any(c.dep_ == "mark" and c.lower_ in ew.clause_condition_marks for c in anc.children):
            return True
        if anc.dep_ == "ROOT":
            break
    return False


def modal_reason(verb: Token) -> str | None:
    """Why a verb does not report a fact: "neg", "cond", "future" or "modal" (None: it does)."""
    ew = words_of(verb)
    modals = lexicon_of(verb).cues.modals
    for child in verb.children:
        if child.dep_ == "neg":
            return "neg"
        if child.dep_ == "mark" and child.lower_ in ew.condition_marks:
            return "cond"
    for child in verb.children:
        modality = modals.get(child.lower_) if child.dep_ in ("aux", "auxpass") else None
        if modality is not None:
            if verb.lemma_.lower() in ew.copulas:
                return "modal"  # "a war would be disastrous"
            return "future" if modality in ("future", "conditional") else "modal"
    return None


def suspended_process(tok: Token) -> bool:
    """Talks spoken of as a process that is paused, frozen or resumed, not as one meeting."""
    ew = words_of(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in ew.process_preps and \
            tok.head.head.lemma_.lower() in ew.process_nouns:
        return True  # "a pause in EU talks", "the resumption of negotiations"
    gov = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass", "nsubj") or gov.pos_ not in ("VERB", "AUX"):
        return False
    lemma = gov.lemma_.lower()
    if lemma in ew.process_verbs and tok.dep_ != "nsubj":
        return True  # "suspended the talks", "the negotiations were frozen"
    if tok.dep_ == "nsubj" and lemma in ew.failing_verbs:
        return True  # "the talks stalled", "negotiations collapsed"
    on_hold = any(c.dep_ == "prep" and c.lower_ in ew.hold_preps and any(t.lower_ in ew.hold_nouns for t in c.children)
                  for c in list(tok.children) + list(gov.children))
    return on_hold and lemma in ew.hold_verbs  # "put the talks on hold"


def predicative(tok: Token) -> bool:
    """A predicate noun ("was a massacre", "as a historic event"); "is the recent strikes" refers."""
    ew = words_of(tok)
    if tok.dep_ in ("attr", "acomp", "oprd"):
        return determiner(tok) not in ew.anaphoric_dets | {"poss", "poss-pron"}
    return tok.dep_ == "pobj" and tok.head.lower_ in ew.predicative_preps and \
        tok.head.head.lower_ not in ew.example_heads


def reported_past(verb: Token) -> bool:
    """A finite past or perfect verb, or a past participle modifying a noun ("signed in 2020")."""
    if negated_or_modal(verb) or infinitive(verb):
        return False
    ew = words_of(verb)
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ew.unreal_participle_aux and c.dep_ == "aux"
               for c in verb.children):
            return False
        return True
    return any(c.dep_ == "aux" and c.lemma_ in ew.perfect_aux for c in verb.children)


def is_demonym(tok: Token) -> bool:
    """A nationality adjective ("Russian", "Azerbaijani", "Soviet")."""
    return tok.ent_type_ == "NORP" or (tok.pos_ == "ADJ" and tok.text[:1].isupper())


def container(tok: Token) -> Token | None:
    """The noun that holds this one ("the first round of talks": "round")."""
    ew = words_of(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in ew.genitive_preps and tok.head.head.lower_ in ew.containers:
        return tok.head.head
    return None
