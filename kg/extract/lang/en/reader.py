"""English words of date lines, bylines and page chrome, for the reader."""
from __future__ import annotations

from ..reader import ReaderWords
from .dates import MONTHS

__all__ = ["READER"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
#: "February 7, 2024", "7 February 2024", "2024-02-07", "2024.09.18", "05/06/2025", "07-12-2025"
DATE_FORMS = (
    _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,
    _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR,
    _YEAR + r"(?P<sep>[-./])(?P<mon>\d{1,2})(?P=sep)(?P<dd>\d{1,2})",
    r"(?P<first>\d{1,2})(?P<sep>[-./])(?P<second>\d{1,2})(?P=sep)" + _YEAR,
)
#: a day and a month without a year: "3 June", "June 3", "Feb. 8"
YEARLESS_DATES = (
    _MONTH + r"\s+" + _DAY + r"\b(?![,.]?\s*\d{4})",
    _DAY + r"\s+" + _MONTH + r"(?![,.]?\s*\d{4})",
)
#: optional time after a date: ", 10:05 am", " 17:33", "T10:05:00Z", " at 9:00 GMT"
CLOCK_TIME = (
    r"(?:(?:,|\s+at|\s*[|·•-])?\s*(?:T|\s)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?"
    r"\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4}\b)?)?"
)
_WIRE_PLACE = r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .]{1,30}?)?\s*[,—–-]+\s*"
_WEEKDAY = r"(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+)?"
#: the city in capitals, as wire services write it
WIRE_DATELINES = (
    _WIRE_PLACE + _WEEKDAY + r"(?i:" + _MONTH + r")\s+" + _DAY + r",?\s+" + _YEAR + r"\b",
    _WIRE_PLACE + _WEEKDAY + _DAY + r"\s+(?i:" + _MONTH + r"),?\s+" + _YEAR + r"\b",
)
#: the agency after a wire dateline without a year: "(Reuters)", "/TASS/", "Kyodo"
_AGENCY = r"(?:\(\s*[A-Z][\w .]{1,20}\)|/[A-Z][\w .]{1,20}/|[A-Z][A-Za-z]{1,20})"
_WIRE_END = r"(?![,.]?\s*\d{4})\.?\s*(?:" + _AGENCY + r"\.?\s*[-—–]?|[-—–])"
_YEARLESS_PLACE = r"[A-Z][A-Z .'’-]{2,40},\s*"
YEARLESS_WIRE_DATELINES = (
    _YEARLESS_PLACE + _WEEKDAY + r"(?i:" + _MONTH + r")\s+" + _DAY + _WIRE_END,
    _YEARLESS_PLACE + _WEEKDAY + _DAY + r"\s+(?i:" + _MONTH + r")" + _WIRE_END,
)
#: a weekday, maybe abbreviated, before the date of a date line
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"

READER = ReaderWords(
    date_forms=DATE_FORMS,
    # most of the world writes the day first; a US page shows a 12-hour clock or its time zone
    day_first=True,
    month_first_marks=r"\d\s*[AaPp]\.?[Mm]\b\.?|\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b",
    iso_stamp=r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<dd>\d{2})(?:T\d{2}:\d{2}|\b)",
    weekday=WEEKDAY,
    date_labels=("published", "first published", "updated", "last updated", "posted", "modified", "last modified",
                 "released", "issued", "dated", "date"),
    stamp_labels=("seen", "last seen", "viewed", "as of", "at", "updated", "published", "posted"),
    yearless_dates=YEARLESS_DATES,
    title_date_link=r"\s*(?:,|\(|\bon\b|[—–|:-])\s*",
    clock_time=CLOCK_TIME,
    reading_time=r"(?:\s*[|·•—–-]?\s*\d{1,3}\s*min(?:ute)?s?\.?\s+read)?",
    wire_datelines=WIRE_DATELINES,
    yearless_wire_datelines=YEARLESS_WIRE_DATELINES,
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
