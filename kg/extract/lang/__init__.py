"""The words of the extractors' rules, one :class:`Lexicon` per language.

spaCy keeps each language's data in ``spacy/lang/<xx>/`` apart from the components
that use it; kg does the same: the rules in :mod:`kg.extract` hold no word lists of
their own and read them from the lexicon of the document's language, whose tables
live in ``kg/extract/lang/<xx>/``. Every table can be listed, counted and tested::

    >>> from kg.extract.lang import lexicon
    >>> "say" in lexicon("en").cues.verbs

The schema of each group of tables lives next to this module (``cues.py``,
``roles.py``, ``names.py``, ``stance.py``, ``events.py``, ``dates.py``,
``reader.py``); a language
fills them in ``<xx>/`` and assembles them as ``LEXICON``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from ...errors import ModelError
from .cues import CueWords
from .dates import DateWords
from .events import EventWords
from .names import NameWords
from .reader import ReaderWords
from .roles import RoleWords
from .stance import StanceWords

__all__ = ["Lexicon", "LANGUAGES", "lexicon", "lexicon_of"]

#: languages with a lexicon under ``kg/extract/lang/``
LANGUAGES: tuple[str, ...] = ("en",)


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractors know of one language."""

    lang: str
    cues: CueWords
    """reporting verbs, phrasal cues and nouns of saying, with what each needs; modality and negation"""
    roles: RoleWords
    """titles, roles, bodies and pronouns that name or stand for a speaker"""
    names: NameWords
    """what entity names look like: titles to strip, generic and document words, site chrome"""
    stance: StanceWords
    """evaluative words and the constructions that carry a speaker's stance"""
    events: EventWords
    """event heads with their types and gates, and the words that make a mention specific"""
    dates: DateWords
    """month, weekday, ordinal and season words, and the tense cues of dating"""
    reader: ReaderWords
    """date lines, bylines and page chrome that the reader recognises in a file"""


class _HasLanguage(Protocol):
    @property
    def lang_(self) -> str: ...


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (an ISO 639-1 code, as spaCy's ``nlp.lang``)."""
    if lang not in LANGUAGES:
        raise ModelError(
            f"kg has no lexicon for the language {lang!r} of this spaCy model. You can fix this by "
            f"using a model of one of: {', '.join(LANGUAGES)}, or by adding kg/extract/lang/{lang}/."
        )
    module = importlib.import_module(f"{__name__}.{lang}")
    found: Lexicon = module.LEXICON
    return found


def lexicon_of(parsed: _HasLanguage) -> Lexicon:
    """The lexicon of a spaCy Doc's or Token's language (a Span: pass ``span.doc``)."""
    return lexicon(parsed.lang_)
