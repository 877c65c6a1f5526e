"""Schema of the reader's tables: date lines, bylines and page chrome (filled per language in ``kg/extract/lang/<xx>/reader.py``).

:mod:`kg.read` infers a document's title, author, publisher and date from what its first
paragraphs show. It reads month names from the lexicon's date tables (``dates.months``)
and everything else from these; patterns are compiled once per language.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ReaderWords"]


@dataclass(frozen=True)
class ReaderWords:
    """The words of date lines, bylines and page chrome."""

    date_forms: tuple[str, ...]
    """the ways a date line writes a date, each with the groups ``month`` (a key of
    ``dates.months``, maybe with a dot), ``day`` and ``year``; ``year``, ``mon`` and ``dd`` in
    figures, year first ("2024-12-19", "2024.09.18"); or ``first``, ``second`` and ``year`` in figures,
    day and month in an order the line or the text decides ("05/06/2025", "07-12-2025"); matched in any
    case, after up to 60 characters of publisher and a weekday, and before a time"""
    day_first: bool
    """whether a date in figures whose day and month could be swapped reads day first when nothing says
    otherwise (the line's stamp, its clock, a written date in the text)"""
    month_first_marks: str
    """what on a date line makes such a date month first: a 12-hour clock, a North American time zone
    ("2/3/2024 10:15 AM ET")"""
    iso_stamp: str
    """a machine date stamp, groups ``year``, ``mon``, ``dd`` ("2024-02-03T15:15:00"), which settles the order
    of a date in figures on its line"""
    weekday: str
    """a weekday name, maybe abbreviated, between a publisher or label and the date ("Ahram Online, Wednesday
    29 Oct 2025")"""
    date_labels: tuple[str, ...]
    """labels (lower case) that open a date line which may run on after the date, into a byline or the first
    sentence ("Published on 05/06/2025 - 19:12 By ...", "date 2024-05-03 The minister ...")"""
    stamp_labels: tuple[str, ...]
    """labels (lower case) of a page stamp, a time of day and a day without a year ("seen at 14:05, 3 June"),
    whose year is the one the header names"""
    yearless_dates: tuple[str, ...]
    """a day and a month without a year, groups ``month`` and ``day`` ("3 June", "Feb. 8")"""
    title_date_link: str
    """what stands between a title and the date it ends with (", 14 October 2025", " on December 3, 2025",
    " (November 20, 2025)"), matched in any case"""
    clock_time: str
    """an optional time of day after a date on a date line (", 10:05 am", " at 9:00 GMT", " 12.30 GMT")"""
    reading_time: str
    """an optional reading time after the date and time of a date line (" · 5 min read")"""
    wire_datelines: tuple[str, ...]
    """the opening of a wire-service paragraph: a city in capitals, then a date with the groups
    ``month``, ``day`` and ``year`` ("NAIROBI, Friday June 20, 2025 — ...")"""
    yearless_wire_datelines: tuple[str, ...]
    """the same without a year, groups ``month`` and ``day``, then the agency or a dash ("TOKYO, Feb. 8
    Kyodo - ...", "NAIROBI, March 4 (Reuters) - ..."); the year is the one the text names, or the one in
    which the weekday of the first sentence falls on that day"""
    not_publishers: frozenset[str]
    """words (lower case) before a date on a date line that are a label or a weekday, not a publisher ("updated")"""
    byline_prefixes: tuple[str, ...]
    """how (lower case) the text before a date starts when it is a byline, not a publisher ("by ")"""
    byline: str
    """a byline paragraph, matched whole in any case, the author in the group ``name`` or ``name2`` ("By Jane Doe")"""
    author_labels: tuple[str, ...]
    """a paragraph that labels the next one as the author's name ("About the author"), matched whole in any case"""
    articles: tuple[str, ...]
    """articles that may open an author label ("The author:")"""
    name_particles: tuple[str, ...]
    """lower-case words inside a person's name ("de", "van", "bin")"""
    chrome_phrases: tuple[str, ...]
    """phrases (any case, inside any word) that mark a paragraph as page chrome, not a title ("all rights reserved")"""
    chrome_words: tuple[str, ...]
    """whole words (any case) that mark a paragraph as page chrome ("menu", "search")"""
