"""Schema of the roles tables: titles, roles, bodies and pronouns that name or stand for a
speaker (filled per language in ``kg/extract/lang/<xx>/roles.py``).

Each word is one :class:`Role` row, whatever rules read it ("president" heads a
description, stands before a headline's colon, names one office and stands for a
collective), and each pronoun one :class:`Pronoun` row.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

__all__ = ["Gender", "Person", "Pronoun", "Role", "RoleWords"]

Gender = Literal["m", "f"]
"""what a title or a pronoun shows of a person: male or female"""
Person = Literal[1, 3]
"""grammatical person of a pronoun"""


@dataclass(frozen=True)
class Role:
    """A word of a title, role or body (lower case; heads are matched by lemma)."""

    refers: bool = False
    """a definite, singular description with this head refers back to a person ("the President
    said", "the Azerbaijani leader", "the head of state")"""
    anaphoric: bool = False
    """with ``refers``: refers back even without a determiner ("the latter", "former")"""
    leader: bool = False
    """with ``refers``: a description with this head tied to a country prefers the person whose
    registry role is one of the ``leader_roles`` ("the Azerbaijani leader")"""
    specific: bool = False
    """names one office: "the Prime Minister" is not the foreign minister the text spoke of
    last; the words before a person's name that the text gives them as title"""
    headline: bool = False
    """may stand with the speaker before a headline's colon ("President X: ...")"""
    body: bool = False
    """"the ministry said": a head of the organisation the text last named with this word"""
    collective: bool = False
    """stands for the countries or bodies it names ("Qatari and Egyptian mediators", "the
    governments of X and Y", "leaders, including X")"""
    governs: bool = False
    """a country's government, which speaks as the country when the description names it ("the
    Japanese government", "Carney's government")"""
    speaks_for: bool = False
    """with ``refers``: one who speaks for a body; with the body named and no person, the body is
    the speaker ("a Foreign Office spokesperson said", "a spokesman for the ministry")"""
    stands_in: bool = False
    """a person who speaks as the country or body they represent: "he" and "she" after "the
    representative of X said" are X until the text names another person"""
    gender: Gender | None = None
    """the gender a title just before a name shows ("Mrs", "King")"""


@dataclass(frozen=True)
class Pronoun:
    """A personal pronoun (lower case)."""

    person: Person
    """1: the speaker's own ("we"), which no rule resolves; 3: resolves to the person the text
    last spoke of as an actor"""
    gender: Gender | None = None
    """the gender the pronoun refers to"""
    subject: bool = False
    """a subject form: opening the next sentence, it shows the gender of the only person named
    before ("X arrived in Oslo. She said ...")"""


@dataclass(frozen=True)
class RoleWords:
    """Titles, roles, bodies and pronouns, and the little words of descriptions."""

    words: Mapping[str, Role]
    """title, role and body words -> what each does for the speaker rules"""
    pronouns: Mapping[str, Pronoun]
    """personal pronouns -> person and gender"""
    leader_roles: tuple[str, ...]
    """beginnings of a registry role that make a person their country's leader ("President of")"""
    indefinite_determiners: frozenset[str]
    """determiners that leave a description indefinite ("a minister said" names nobody)"""
    definite_determiners: frozenset[str]
    """determiners of a body the text named before ("the ministry")"""
    country_prepositions: frozenset[str]
    """prepositions of a description's country ("the President of France")"""
    speaks_for_prepositions: frozenset[str]
    """prepositions that name the body a spokesperson speaks for ("a spokeswoman for the ministry")"""
    body_pronouns: frozenset[str]
    """pronouns of a body that just spoke ("The ministry said ... It added that ...")"""
    pair_words: frozenset[str]
    """words that count two ("the two leaders", "both ministers", "Both have denied")"""
    plural_pronouns: frozenset[str]
    """plural subject pronouns, which stand for two actors the text just named together"""
    country_collectives: frozenset[str]
    """plural nouns that stand for countries ("the two sides", "both countries")"""
    member_prepositions: frozenset[str]
    """prepositions after a collective head that name its members ("the governments of X and
    Y", "observers from X", "leaders, including X", "mediators at X")"""
    relative_pronouns: frozenset[str]
    """a relative clause's subject that stands for the noun it hangs on ("the Prime Minister,
    who stated ...")"""
    role_of_country: str
    """pattern, matched right after a person's name: an apposition of a role of a country, which
    the country's name follows ("Ilham Aliyev, the President of Azerbaijan")"""
