"""Schema of the discourse tables: how a text marks turns, quotations and empty courtesies
(filled per language in ``kg/extract/lang/<xx>/discourse.py``)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

__all__ = ["DiscourseWords", "Role"]

#: what a transcript's role label stands for
Role = Literal["interviewer", "interviewee", "audience"]


@dataclass(frozen=True)
class DiscourseWords:
    """Words of the document-level attribution: speaker labels, chrome labels, courtesies."""

    role_labels: Mapping[str, Role]
    """transcript labels that name a role, not a person ("Q", "Answer", "Presenter"), lower case"""
    bare_labels: frozenset[str]
    """role labels that open a turn without a colon ("Q Thank you. …"), as printed"""
    introduction_links: frozenset[str]
    """words between a questioner's name and outlet when they introduce themselves in a turn
    ("Dev Malhotra, Bloomberg.", "Renata Falcão with Folha"), lower case; "," always links"""
    not_labels: frozenset[str]
    """words before a colon that open page chrome or a section, never a speaker's turn ("Photo",
    "Updated", "Next steps"), lower case"""
    name_particles: frozenset[str]
    """lower-case words inside a name or a title of a speaker label ("de", "bin", "of")"""
    pronouns: frozenset[str]
    """pronouns, which never open a speaker label ("He said: ...")"""
    courtesy_words: frozenset[str]
    """the words of greetings, thanks and welcomes; a turn's sentence made only of these (and of
    names and titles) says nothing and is no statement"""
    courtesy_verbs: frozenset[str]
    """the verbs of a courtesy ("thank you for joining us")"""
    procedural: tuple[str, ...]
    """patterns of whole sentences that only manage a briefing's turns ("Go ahead, Renata.",
    "With that, the floor is open.", "A follow-up, sir."), matched ignoring case"""
    courtesy_heads: frozenset[str]
    """words one of which a content-free courtesy must hold ("morning", "thank", "welcome")"""
    first_person: frozenset[str]
    """first-person words: a paragraph after "X said:" that holds one goes on with X's words"""
    speech_titles: frozenset[str]
    """nouns by which an official page's title calls its text one speaker's own words ("Remarks
    by X at ...", "X's statement on ..."), lower case"""
    joint_words: frozenset[str]
    """words before such a noun that make every actor its title names speak the page together
    ("Joint statement by A and B"), lower case"""
    speech_title_links: frozenset[str]
    """words between such a noun and its speaker's name ("by", "of"), lower case"""
    speech_title_ends: frozenset[str]
    """words after the speaker's name in such a title, where the name ends ("at", "on"), lower case"""
