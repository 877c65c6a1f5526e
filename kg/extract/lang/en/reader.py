"""English words of date lines, bylines and page chrome, for the reader."""
from __future__ import annotations

from ..reader import ReaderWords
from .dates import MONTHS

__all__ = ["READER"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
#: "February 7, 2024", "7 February 2024", "2024-02-07"
DATE_FORMS = (
    _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,
    _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR,
    _YEAR + r"-(?P<mon>\d{2})-(?P<dd>\d{2})",
)
#: optional time after a date: ", 10:05 am", " 17:33", "T10:05:00Z", " at 9:00 GMT"
CLOCK_TIME = (
    r"(?:(?:,|\s+at|\s*[|·•-])?\s*(?:T|\s)?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"
    r"\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4}\b)?)?"
)
_WIRE_PLACE = r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .]{1,30}?)?\s*[,—–-]+\s*"
_WEEKDAY = r"(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+)?"
#: the city in capitals, as wire services write it
WIRE_DATELINES = (
    _WIRE_PLACE + _WEEKDAY + r"(?i:" + _MONTH + r")\s+" + _DAY + r",?\s+" + _YEAR + r"\b",
    _WIRE_PLACE + _WEEKDAY + _DAY + r"\s+(?i:" + _MONTH + r"),?\s+" + _YEAR + r"\b",
)

READER = ReaderWords(
    date_forms=DATE_FORMS,
    clock_time=CLOCK_TIME,
    wire_datelines=WIRE_DATELINES,
    not_publishers=frozenset({
        "published", "updated", "last updated", "posted", "posted on", "date", "on", "dated",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }),
    byline_prefixes=("by ",),
    byline=r"(?:written\s+)?by[:\s]\s*(?P<name>.+)|authors?:\s*(?P<name2>.+)",
    author_labels=("author", "authors", "about the author", "written by"),
    articles=("the",),
    name_particles=("de", "van", "von", "der", "al", "bin", "ibn", "da", "di", "la", "le", "and"),
    chrome_phrases=("copyright", "all rights reserved", "cookie", "subscribe", "sign in", "log in", "hyperlink",
                    "javascript"),
    chrome_words=("menu", "search"),
)
