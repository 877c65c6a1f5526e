"""Walks of spaCy's dependency tree that every extractor uses: no words, only the parse."""
from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SUBJECT_DEPS", "depth", "phrase_chars", "possessor", "quoted_apposition", "subject"]

#: dependency labels of a clause's subject
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: how far a walk up the tree goes before it gives up (a parse is never this deep)
MAX_DEPTH = 50


def possessor(tok: Token) -> Token | None:
    """The possessive modifier of a noun ("Putin's visit": "Putin")."""
    return next((child for child in tok.children if child.dep_ == "poss"), None)


def depth(tok: Token) -> int:
    """How many heads lie above ``tok`` (the root's depth is 0)."""
    steps = 0
    while tok.head.i != tok.i and steps < MAX_DEPTH:
        tok, steps = tok.head, steps + 1
    return steps


def phrase_chars(tok: Token, whole: bool = True) -> tuple[int, int]:
    """The characters of the phrase ``tok`` heads (from ``tok`` on when not ``whole``)."""
    start = tok.left_edge.idx if whole else tok.idx
    return start, tok.right_edge.idx + len(tok.right_edge)


def subject(verb: Token, relative_pronouns: Collection[str]) -> Token | None:
    """Who does the verb: its passive agent ("was stated by X"), else its subject, else for a
    relative clause the noun it describes ("the Prime Minister, who stated ...")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
    if not subjects:
        return _absolute_subject(verb)
    # of a name split by the parse ("Cook Islands | Prime Minister Mark Brown said"), the part next to the verb
    child = max((s for s in subjects if s.i < verb.i), key=lambda s: s.i, default=subjects[0])
    if child.lower_ in relative_pronouns and verb.dep_ == "relcl":
        return verb.head
    return child


def _absolute_subject(verb: Token) -> Token | None:
    """'ended with X telling Y to ...': the gerund after a preposition, whose object the
    parser made the noun before it, is done by that noun."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.pos_ != "ADP":
        return None
    return next((c for c in prep.children if c.dep_ == "pobj" and c.i < verb.i), None)


def quoted_apposition(verb: Token) -> Token | None:
    """'called the measures "a mistake that hurts both economies"', 'called X's use of water
    cannon against our vessels "dangerous and illegal"': the quoted description after the
    verb's object, which the parser hung on the object (its apposition) or deeper in it."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        for part in obj.children:
            start = part.left_edge.i
            if part.dep_ == "appos" and part.pos_ in ("NOUN", "ADJ") and start > 0 and verb.doc[start - 1].is_quote:
                return part
        return _quoted_words_closing(obj)
    return None


def _quoted_words_closing(obj: Token) -> Token | None:
    """The head of quoted words without a verb that end the object's phrase."""
    doc = obj.doc
    end = obj.right_edge.i + 1
    if end >= len(doc) or not doc[end].is_quote:
        return None
    opening = next((t.i for t in reversed(doc[obj.i + 1 : end]) if t.is_quote), None)
    if opening is None or opening + 1 >= end:
        return None
    words = doc[opening + 1 : end]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    heads = [t for t in words if not opening < t.head.i < end]
    return heads[0] if len(heads) == 1 and heads[0].pos_ in ("NOUN", "ADJ") else None
