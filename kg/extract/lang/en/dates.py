"""English date words and the English date grammar."""
from __future__ import annotations

from ..dates import DatePattern, DateWords, alternation

__all__ = ["DATES"]

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORDINAL_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS) if w}
ORDINAL_WORDS.update({
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
})
for _i, _w in enumerate(_UNITS):
    if _w:
        ORDINAL_WORDS[f"twenty-{_w}"] = 20 + _i
        ORDINAL_WORDS[f"twenty {_w}"] = 20 + _i
ORDINAL_WORDS["thirty-first"] = ORDINAL_WORDS["thirty first"] = 31
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
SEASONS: dict[str, tuple[int, int]] = {  # northern-hemisphere months
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
}

# ---------------------------------------------------------------- patterns
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![A-Za-z])")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%])"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
_DASH = r"\s*(?:-|–|—|to|and|through|until)\s*"
_ORDW = alternation(ORDINAL_WORDS)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMW = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PART = r"(?:(?:early|mid|late|the\s+(?:beginning|middle|end)\s+of)[\s-]+)"
_REL_YEAR = r"(?:last|this|next|the\s+previous|the\s+following)\s+year\b"
_THAT_YEAR = r"(?i:that|the\s+same|that\s+same)\s+year\b"
#: the words after which a month alone is a date ("in May", not "May I")
MONTH_AFTER = ("in", "since", "during", "until", "by", "of", "early", "late", "this", "last", "next")

# earlier patterns win over later ones at the same start; relative expressions may open a
# sentence ("Last year the two leaders met ..."); month names may not be lower case ("may",
# "march" are verbs)
PATTERNS: tuple[DatePattern, ...] = (
    DatePattern("mdy", rf"{_MONTH}\s+{_DAY}(?:{_DASH}{_DAY})?,?\s+(?:of\s+)?{_YEAR}"),
    DatePattern("dmy", rf"{_DAY}(?:{_DASH}{_DAY})?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
    DatePattern("ord_my", rf"(?:the\s+)?(?:{_ORDW})\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?"),
    DatePattern("day_rel", rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH}),?\s+(?:of\s+)?{_REL_YEAR}"),
    DatePattern("month_rel", rf"{_MONTH}\s+(?:of\s+)?{_REL_YEAR}"),
    # "in February of that year", "on 5 May that same year", "later that year": the year last named
    DatePattern("that_year", rf"(?:(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH}|{_PART}?{_MONTH}),?\s+(?:of\s+)?"
                             rf"|\b(?:(?i:earlier|later)\s+(?:in\s+)?)?){_THAT_YEAR}"),
    DatePattern("my", rf"{_PART}?{_MONTH}(?:{_DASH}{_MONTH})?,?\s+(?:of\s+)?{_YEAR}"),
    DatePattern("md", rf"{_MONTH}\s+{_DAY}(?:{_DASH}{_DAY})?(?![\d,]*\s*\d{{4}})"),
    DatePattern("dm", rf"(?<![\d.,])\b{_DAY}(?:{_DASH}{_DAY})?\s+(?:of\s+)?{_MONTH}"),
    # a month alone only after a word that makes it a date ("in May", not "May I")
    DatePattern("m", "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in MONTH_AFTER) + r"|(?<=\bmid-))"
                     rf"(?:{_PART})?{_MONTH}(?:{_DASH}{_MONTH})?"),
    DatePattern("year_range", rf"(?<![\w$.,/-]){_YEAR}\s*(?:-|–|to)\s*(?:{_YEAR}|\d\d)(?![\w%])"),
    DatePattern("year", rf"(?<![\w$.,/])(?<!post-)(?<!pre-)(?<!mid-){_YEAR}(?!s\b|-\d|\s*%)(?:'s)?"),
    DatePattern("relday", r"\b(?:yesterday|today|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
                any_case=True),
    DatePattern("relweek", r"\b(?:(?:earlier|later)\s+this|this|last|next|the\s+previous|the\s+past)\s+(?:week|weekend)\b",
                any_case=True),
    DatePattern("relmonth", r"\b(?:(?:earlier|later)\s+this|this|last|next|the\s+previous|the\s+past)\s+month\b",
                any_case=True),
    DatePattern("relyear", r"\b(?:(?:earlier|later)\s+this|this|last|next|the\s+previous|the\s+past)\s+year(?:'s)?\b",
                any_case=True),
    DatePattern("ago", rf"\b{_NUMW}\s+(?:day|week|month|year)s?\s+ago\b", any_case=True),
    DatePattern("weekday", rf"\b(?:(?i:on|last|this|next|past)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b"),
    DatePattern("season", r"\b(?:(?:this|last|next|the|over\s+the|during\s+the|in\s+the|earlier\s+this)\s+)?"
                          r"(?:spring|summer|autumn|fall)(?:'s)?\b", any_case=True),
)

DATES = DateWords(
    months=MONTHS,
    weekdays=WEEKDAYS,
    ordinal_words=ORDINAL_WORDS,
    number_words=NUMBER_WORDS,
    seasons=SEASONS,
    patterns=PATTERNS,
    # a bare "fall" / "spring" is too often a verb or a noun of another sense
    ambiguous_seasons=frozenset({"fall", "spring", "the fall", "the spring"}),
    # "2020" in "Euro 2020", "Agenda 2030", "Vision 2030" or a number list is not a date
    names_before_year=("Euro", "Agenda", "Vision", "Strategy", "Expo", "No.", "No", "number", "Station",
                       "Constituency", "Amendment"),
    counted_after_year=(
        "people", "persons", "individuals", "troops", "soldiers", "km", "kilometers", "kilometres", "miles",
        "tons", "tonnes", "votes", "voters", "hectares", "dollars", "USD", "euros", "residents", "civilians",
        "refugees", "families", "children", "women", "men", "members", "delegates", "participants", "deaths",
        "cases", "households", "units", "metres", "meters",
    ),
    expression_openers=("on", "in", "since", "during", "from", "by", "until", "at", "of"),
    month=_MONTH,
    bare_month=rf"{_PART}?{_MONTH}(?:{_DASH}{_MONTH})?",
    day_number=r"(?<![\d])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
    year_range_end=r"[-–]\s*(\d{2,4})\s*$|\bto\s+(\d{2,4})\s*$",
    relative_year=r"(last|this|next|previous|following)\s+year",
    year_offsets={"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1},
    # "overnight" in a piece dated the 12th is the night of the 11th to the 12th: dated by its first day
    past_days=("yesterday", "last night", "overnight"),
    relative_phrases={
        "earlier this": "earlier this", "later this": "later this", "this": "this", "last": "last",
        "next": "next", "the previous": "last", "the past": "last",
    },
    units={
        "day": "day", "days": "day", "week": "week", "weeks": "week", "weekend": "week", "month": "month",
        "months": "month", "year": "year", "years": "year", "year's": "year",
    },
    weekday_relatives={"last": "last", "this": "this", "next": "next", "past": "past"},
    season_relatives={"this": "this", "last": "last", "next": "next"},
    caps_month=r"\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b",
    clock_time=r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\b",
    date_line_labels=r"\b(?:updated|published|posted|on|at|GMT|UTC|[A-Z]{2,4}T)\b",
    weekday_abbreviations=r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b\.?",
    header_rest=r"^[\W_]*(?:[A-Z][\w.&'-]*[\s,]*){0,4}[,|·—–-]?\s*$",
    future_cues=("upcoming", "forthcoming", "next", "will", "shall", "set to", "scheduled", "planned", "to be held",
                 "expected to", "going to", "ahead of", "future", "plan to", "plans to"),
    connect_after=("on", "in", "of", "from", "during", "between", "since", "at", "dated", "held on", "in early",
                   "in late"),
    connect_before=("'s", "’s"),
    articles=("the",),
)
