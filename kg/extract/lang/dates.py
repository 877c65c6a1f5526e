"""Schema of the date tables (filled per language in ``kg/extract/lang/<xx>/dates.py``).

:mod:`kg.extract.dates` finds date expressions with the patterns of :attr:`DateWords.patterns`
(regular expressions written with the language's words and word order), parses each match
by its kind and resolves it with the word tables below. The engine compiles every pattern
once per lexicon. Word tables are lower case unless a field says otherwise.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal, get_args

__all__ = [
    "DATE_KINDS", "DateKind", "DatePattern", "DateWords", "Relative", "Unit", "WeekdayRelative",
    "SeasonRelative", "NOTHING", "alternation", "phrases",
]

DateKind = Literal[
    "mdy", "dmy", "ord_my", "day_rel", "month_rel", "that_year", "my", "md", "dm", "m", "year_range",
    "year", "relday", "relweek", "relmonth", "relyear", "ago", "weekday", "season",
]
"""what a date pattern finds, which says how its match is parsed:

- ``mdy``, ``dmy``, ``md``, ``dm``: a day and a month, with or without a year ("February 7, 2024");
- ``ord_my``: a day in words and a month ("the ninth of November");
- ``day_rel``, ``month_rel``: a day or month of a year named relative to the anchor ("June 25 last year");
- ``that_year``: a month or day of the year the text named last ("February of that year");
- ``my``, ``m``: a month, with or without a year ("December 2024", "in May");
- ``year``, ``year_range``: a year or a range of years ("2020", "1993-2020");
- ``relday``, ``relweek``, ``relmonth``, ``relyear``: a day, week, month or year relative to the anchor;
- ``ago``: a count of units before the anchor ("three weeks ago");
- ``weekday``: a day of the week near the anchor ("on Thursday");
- ``season``: a season near the anchor ("over the summer")."""

#: the kinds :mod:`kg.extract.dates` can parse
DATE_KINDS: frozenset[str] = frozenset(get_args(DateKind))

Relative = Literal["last", "this", "next", "earlier this", "later this"]
"""where a relative week, month or year lies from the anchor's"""
Unit = Literal["day", "week", "month", "year"]
"""the unit of a relative expression"""
WeekdayRelative = Literal["on", "last", "this", "next", "past"]
"""which such weekday is meant: ``on`` the nearest (past by default), ``last``/``past`` the one
before the anchor's day, ``this`` the nearest, ``next`` the one after"""
SeasonRelative = Literal["the", "this", "last", "next"]
"""which such season is meant: ``the`` the nearest (past by default), ``this`` the anchor's year's"""


@dataclass(frozen=True)
class DatePattern:
    """One pattern of the date grammar; earlier patterns win over later ones at the same start."""

    kind: DateKind
    """how a match is parsed"""
    pattern: str
    """the regular expression"""
    any_case: bool = False
    """matched without regard to case (relative expressions may open a sentence: "Last year ...")"""


#: what an empty table compiles to: a pattern that matches nowhere
NOTHING = "(?!)"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` taken literally, longest first (so that "twenty-first"
    is tried before "first"); an empty table matches nowhere."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) or NOTHING


def phrases(words: Iterable[str]) -> str:
    """A regex alternation of phrases taken literally, in order; a space between two words
    matches any run of white space; an empty table matches nowhere."""
    return "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in words) or NOTHING


@dataclass(frozen=True)
class DateWords:
    """The words and the grammar of dates."""

    months: Mapping[str, int]
    """month names and abbreviations, lower case -> month number ("january", "jan" -> 1)"""
    weekdays: Mapping[str, int]
    """weekday names -> their number, Monday 0 (as ``datetime.date.weekday``)"""
    ordinal_words: Mapping[str, int]
    """days of the month in words ("ninth", "twenty-first" -> 21)"""
    number_words: Mapping[str, int]
    """counts in words ("three weeks ago")"""
    seasons: Mapping[str, tuple[int, int]]
    """seasons -> their first and last month"""

    # ------------------------------------------------------------ finding
    patterns: tuple[DatePattern, ...]
    """the date grammar, in order of precedence"""
    ambiguous_seasons: frozenset[str]
    """season expressions (lower case) that are too often a verb or a noun of another sense to be dates ("fall")"""
    names_before_year: tuple[str, ...]
    """words (case as written) that make the year after them part of a name or a number ("Euro 2020", "No. 2020")"""
    counted_after_year: tuple[str, ...]
    """words (case as written) that make a year-like number before them a count ("2020 people")"""

    # ------------------------------------------------------------ parsing
    expression_openers: tuple[str, ...]
    """prepositions dropped before an expression is parsed ("on 11 November 2018")"""
    month: str
    """a month name, as the patterns write it; a match is looked up in ``months`` without its dot"""
    bare_month: str
    """a month (or a range of months) standing alone, which the parser accepts as a month"""
    day_number: str
    """a day of the month in figures, group 1 the number ("3rd" -> 3)"""
    year_range_end: str
    """the end of a range of years, group 1 or 2 its last year ("1993-2020", "1993 to 2020")"""
    relative_year: str
    """a year named relative to the anchor's, group 1 a key of ``year_offsets`` ("last year")"""
    year_offsets: Mapping[str, int]
    """the words of ``relative_year`` -> years from the anchor's ("last" -> -1)"""
    past_days: tuple[str, ...]
    """phrases of a relative day that mean the day before the anchor ("yesterday"); others mean the anchor's day"""
    relative_phrases: Mapping[str, Relative]
    """the words before the unit of a relative expression -> where it lies ("the previous" -> ``last``)"""
    units: Mapping[str, Unit]
    """unit words of relative and "ago" expressions -> their unit ("weekend" -> ``week``)"""
    weekday_relatives: Mapping[str, WeekdayRelative]
    """the first word of a weekday expression -> which such day is meant; other words mean ``on``"""
    season_relatives: Mapping[str, SeasonRelative]
    """words of a season expression -> which such season is meant, the first found wins; without one, ``the``"""

    # ------------------------------------------------------------ documents
    caps_month: str
    """a month written in capitals ("3 APR 2025"), title-cased before the date line is read"""
    clock_time: str
    """a time of day beside a date on a date line ("14:25", "9:00 am")"""
    date_line_labels: str
    """labels and time zones beside a date on a date line ("Updated", "GMT"), matched in any case"""
    weekday_abbreviations: str
    """weekday names and abbreviations beside a date on a date line ("Thu", "Thursday")"""
    header_rest: str
    """what else a date line may hold once the date, time and labels are gone (a publisher's name)"""
    future_cues: tuple[str, ...]
    """phrases that make a clause speak of what is still to come ("upcoming", "will", "set to")"""
    connect_after: tuple[str, ...]
    """words between an event mention and the date after it that attach the date ("the election on ...")"""
    connect_before: tuple[str, ...]
    """possessive endings between a date and the mention after it ("September 2023's operation")"""
    articles: tuple[str, ...]
    """articles that may stand between a mention and its date ("the statement of the ...")"""
