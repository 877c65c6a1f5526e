"""Schema of the cues tables: the words that make a sentence report speech (filled per
language in ``kg/extract/lang/<xx>/cues.py``).

A verb of saying is one :class:`Cue` row that says what the verb needs ("continued"
needs a clause, "pointed" needs "out") and what it does ("told X": X is spoken to);
a noun of saying is one :class:`SpeechNoun` row. The statement rules derive every
set they test from these rows.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

__all__ = ["Cue", "CueWords", "Modality", "SpeechNoun"]

Modality = Literal["possibility", "conditional", "future"]
"""what a modal auxiliary does to the verb it governs"""


@dataclass(frozen=True)
class Cue:
    """A verb of saying (by its lemma) and what it needs to report speech."""

    alone: bool = True
    """the verb reports speech whatever its complement is ("said"); False: only with one of
    its ``particles`` or ``complement_deps`` ("pointed out", "called for")"""
    particles: frozenset[str] = frozenset()
    """phrasal cue: particles, prepositions or objects that make the verb a cue, recorded
    as the cue "<lemma> <particle>" ("point out", "make statement")"""
    complement_deps: frozenset[str] = frozenset()
    """phrasal cue: dependency labels of a complement that makes the bare verb a cue, recorded
    as the lemma ("called the clause unconstitutional": call X Y, an ``oprd``)"""
    needs_clause: bool = False
    """a cue only with a clause or a quotation: "continued: ...", "maintained that ...";
    not in a Title Case headline, where no clause is parsed"""
    topics: frozenset[str] = frozenset()
    """with ``needs_clause``: complements that make the verb a cue without a clause, as
    dependency labels ("dobj": "discussed the review", "cites an audit") or prepositions ("about":
    "talked about the deal"); a date or a time is no topic ("spoke on Tuesday")"""
    infinitive_clause: bool = False
    """with ``needs_clause``: an infinitive counts as the clause where it reports an appeal
    ("pressed X to accept", not "continues to develop")"""
    strong: bool = False
    """strong enough to be a statement even inside what another cue reports, inside a
    quotation when its subject is named, and as an infinitive that is an xcomp"""
    addressee: bool = False
    """its direct or dative object is the one spoken to, not what is spoken about ("told X",
    "reminded X"); read from the cue's first word, so a noun cue with that lemma has it too"""


@dataclass(frozen=True)
class SpeechNoun:
    """A noun of saying, by the form it is written in ("remarks") or its lemma."""

    cue: str | None = None
    """the cue recorded when the noun is written in this form ("remarks" -> "remark",
    "accusation" -> "accuse"); None: the token's lemma ("accusations" -> "accusation")"""
    framed_cue: str | None = None
    """the cue when the noun follows the ``frame_preposition`` ("in his words", "in X's
    view"): the frame attributes what follows and needs no content of its own"""


@dataclass(frozen=True)
class CueWords:
    """Reporting verbs, phrasal cues and nouns of saying with what each needs; the frames,
    modality and prepositions the statement rules read."""

    verbs: Mapping[str, Cue]
    """verb lemma -> its cue row: every verb that can report speech, alone or phrasal"""
    nouns: Mapping[str, SpeechNoun]
    """nouns of saying that report speech with an owner ("Aliyev's remarks", "a statement
    by X") and a content; a word counts when its form or its lemma is a key"""
    frame_preposition: str
    """the preposition of the noun frames ("in his words", "in his view")"""
    according_to: tuple[str, str]
    """the two words of the frame "according to X", recorded as their cue"""
    quotation_cue: str
    """the cue recorded for a headline "X: ..." and for the sentences of an attributed
    quotation (a cue word of the language, as the lemmas are)"""
    headline_addressee_links: frozenset[str]
    """words between the speaker and the one spoken to in a headline "X to Y: ..." """
    attribution_dashes: tuple[str, ...]
    """dashes before the speaker of a headline "... — X" """
    question_cue: str
    """the cue recorded for a question in a transcript turn"""
    continuing: frozenset[str]
    """cues of a speaker who goes on ("He continued: …", "she added"): a quotation before
    such a tag, even in the paragraph before, is that speaker's"""
    deinflections: tuple[tuple[str, str], ...]
    """(suffix, replacement): simple de-inflections of a word, tried after its lemma because
    the lemmatizer says "hopes" -> "hop"; a suffix applies to words longer than it by 3"""
    modals: Mapping[str, Modality]
    """modal auxiliaries -> what they do: a verb of saying under one of possibility or condition
    reports nothing said ("can advocate", "would say"); an event under any of them may not
    have happened, except that a future one is only scheduled"""
    thinking_verbs: frozenset[str]
    """verbs of thinking that frame a clause as verbs of saying do ("believes that X ..."); no
    cue of their own"""
    voicing_verbs: frozenset[str]
    """verbs by which a person voices a noun of saying that their country or body owns ("renewed
    Nigeria's demand"): the person speaks; any other verb ("ignored Russia's call") leaves the
    owner speaking"""
    occasion_verbs: frozenset[str]
    """verbs whose object is the occasion their subject speaks on, in the infinitive after it
    ("used his visit to warn", "took the opportunity to thank"): the subject speaks, not the object"""
    means_preposition: str
    """a gerund under this preposition is what the subject did ("began by praising"),
    when the preposition follows its verb ("By advocating ..., X seeks" is not)"""
    owner_prepositions: frozenset[str]
    """prepositions that name whose a noun of saying is ("a statement by X", "accusations from X")"""
    complementizers: frozenset[str]
    """the marker of a clause that carries what a noun of saying says ("his claim that ...")"""
    topic_prepositions: frozenset[str]
    """prepositions whose object is what a noun of saying is about ("his remarks on Georgia")"""
    part_preposition: str
    """"A key pillar of his address was ...": a noun of saying under this preposition, whose
    head is the subject of a ``copulas`` verb with an attribute, has content"""
    copulas: frozenset[str]
    """lemmas of the copula of the "pillar of his address was" rule"""
    owned_nouns: frozenset[str]
    """lemmas of nouns that, as a subject, stand for their possessor ("his speech stressed")"""
    occasion_prepositions: frozenset[str]
    """a noun of saying under one of these, hanging on a verb cue, is the verb's occasion, not
    another speaker ("said in a statement", "during his address")"""
    setting_prepositions: frozenset[str]
    """prepositions after a cue that say where or when it was said; their phrase is no target"""
    audiences: frozenset[str]
    """objects of a cue that are the ones spoken to ("told reporters"); no target"""
    interview_nouns: frozenset[str]
    """lemmas of an interview, whose partner ("an interview with X") is no target"""
    interview_prepositions: frozenset[str]
    """prepositions that name an interview's partner"""

    @cached_property
    def reporting_verbs(self) -> frozenset[str]:
        """Verbs that report what someone said or thinks: every verb of saying or thinking."""
        return frozenset(self.verbs) | self.thinking_verbs
