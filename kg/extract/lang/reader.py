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
    ``dates.months``, maybe with a dot), ``day`` and ``year``, or ``year``, ``mon`` and ``dd`` in
    figures; matched in any case, after up to 60 characters of publisher and before a time"""
    clock_time: str
    """an optional time of day after a date on a date line (", 10:05 am", " at 9:00 GMT")"""
    wire_datelines: tuple[str, ...]
    """the opening of a wire-service paragraph: a city in capitals, then a date with the groups
    ``month``, ``day`` and ``year`` ("NAIROBI, Friday June 20, 2025 — ...")"""
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
