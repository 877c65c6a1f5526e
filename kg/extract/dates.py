"""Find and resolve date expressions in news text (standard library only).

:func:`find_date_expressions` finds absolute ("February 7, 2024", "7 February
2024", "the ninth of November", "December 2024", "2020") and relative ("last
week", "earlier this week", "on Thursday", "over the summer", "December last
year") expressions in a piece of text. :func:`resolve_date` turns one
expression into ISO 8601 as precise as the text allows ("2024-02-07",
"2024-12", "2020") against an anchor, the document's publication date.

Expressions without a year are dated only when the anchor (or, for documents
without a date line, a context year) supplies it; nothing is ever returned in
the ``--12-17`` form. A range ("February 16-18", "June-July 2022") is dated by
its first day or month, "overnight" by the evening before the anchor. "February
of that year", "later that year" take the year the text named last
(``prior_year``) and are otherwise left undated. Days and months without a year are taken to lie in the
past of the anchor unless ``future=True`` (an upcoming event).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

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
_ORDW = "|".join(sorted((re.escape(w) for w in ORDINAL_WORDS), key=len, reverse=True))
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMW = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PART = r"(?:(?:early|mid|late|the\s+(?:beginning|middle|end)\s+of)[\s-]+)"
_REL_YEAR = r"(?:last|this|next|the\s+previous|the\s+following)\s+year\b"
_THAT_YEAR = r"(?i:that|the\s+same|that\s+same)\s+year\b"

# (name, pattern); earlier patterns win over later ones at the same start
_PATTERNS: list[tuple[str, str]] = [
    ("mdy", rf"{_MONTH}\s+{_DAY}(?:{_DASH}{_DAY})?,?\s+(?:of\s+)?{_YEAR}"),
    ("dmy", rf"{_DAY}(?:{_DASH}{_DAY})?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
    ("ord_my", rf"(?:the\s+)?(?:{_ORDW})\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?"),
    ("day_rel", rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH}),?\s+(?:of\s+)?{_REL_YEAR}"),
    ("month_rel", rf"{_MONTH}\s+(?:of\s+)?{_REL_YEAR}"),
    # "in February of that year", "on 5 May that same year", "later that year": the year last named
    ("that_year", rf"(?:(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH}|{_PART}?{_MONTH}),?\s+(?:of\s+)?"
                  rf"|\b(?:(?i:earlier|later)\s+(?:in\s+)?)?){_THAT_YEAR}"),
    ("my", rf"{_PART}?{_MONTH}(?:{_DASH}{_MONTH})?,?\s+(?:of\s+)?{_YEAR}"),
    ("md", rf"{_MONTH}\s+{_DAY}(?:{_DASH}{_DAY})?(?![\d,]*\s*\d{{4}})"),
    ("dm", rf"(?<![\d.,])\b{_DAY}(?:{_DASH}{_DAY})?\s+(?:of\s+)?{_MONTH}"),
    # a month alone only after a word that makes it a date ("in May", not "May I")
    ("m", "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("in", "since", "during", "until", "by", "of", "early",
                                                       "late", "this", "last", "next")) + r"|(?<=\bmid-))"
          rf"(?:{_PART})?{_MONTH}(?:{_DASH}{_MONTH})?"),
    ("year_range", rf"(?<![\w$.,/-]){_YEAR}\s*(?:-|–|to)\s*(?:{_YEAR}|\d\d)(?![\w%])"),
    ("year", rf"(?<![\w$.,/])(?<!post-)(?<!pre-)(?<!mid-){_YEAR}(?!s\b|-\d|\s*%)(?:'s)?"),
    ("relday", r"\b(?:yesterday|today|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening))\b"),
    ("relweek", r"\b(?:(?:earlier|later)\s+this|this|last|next|the\s+previous|the\s+past)\s+(?:week|weekend)\b"),
    ("relmonth", r"\b(?:(?:earlier|later)\s+this|this|last|next|the\s+previous|the\s+past)\s+month\b"),
    ("relyear", r"\b(?:(?:earlier|later)\s+this|this|last|next|the\s+previous|the\s+past)\s+year(?:'s)?\b"),
    ("ago", rf"\b{_NUMW}\s+(?:day|week|month|year)s?\s+ago\b"),
    ("weekday", rf"\b(?:(?i:on|last|this|next|past)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b"),
    ("season", r"\b(?:(?:this|last|next|the|over\s+the|during\s+the|in\s+the|earlier\s+this)\s+)?"
               r"(?:spring|summer|autumn|fall)(?:'s)?\b"),
]
# relative expressions may open a sentence ("Last year the two leaders met ..."); month names may not
# be lower case ("may", "march" are verbs)
_ANY_CASE = {"relday", "relweek", "relmonth", "relyear", "ago", "season"}
_COMPILED = [(name, re.compile(p, re.IGNORECASE if name in _ANY_CASE else 0)) for name, p in _PATTERNS]
_BARE_MONTH = re.compile(rf"{_PART}?{_MONTH}(?:{_DASH}{_MONTH})?")
_FUTURE_RE = re.compile(
    r"\b(?:upcoming|forthcoming|next|will|shall|set\s+to|scheduled|planned|to\s+be\s+held|"
    r"expected\s+to|going\s+to|ahead\s+of|future|plans?\s+to)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Parsed:
    """A date expression broken into what it states."""

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel: str = ""           # the relative word: last / this / next / earlier this ...
    unit: str = ""          # week / month / year / day / season name
    count: int = 0          # "three weeks ago"
    end_day: int | None = None    # last day of a range ("February 16-18")
    end_month: int | None = None  # last month of a range ("June-July 2022")
    end_year: int | None = None   # last year of a range ("1993-2020")


# ---------------------------------------------------------------- finding
def find_date_expressions(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping date expressions in ``text`` as (start, end, text), in order."""
    found: list[tuple[int, int, int, str]] = []
    for rank, (name, rx) in enumerate(_COMPILED):
        for m in rx.finditer(text):
            if name == "season" and not _season_ok(m.group(0)):
                continue
            if name == "year" and not _year_ok(text, m):
                continue
            found.append((m.start(), m.end(), rank, m.group(0)))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0]), x[2]))
    out: list[tuple[int, int, str]] = []
    for s, e, _, t in found:
        if out and s < out[-1][1]:
            continue
        out.append((s, e, t))
    return out


def _season_ok(expr: str) -> bool:
    # a bare "fall" / "spring" is too often a verb or a noun of another sense
    low = expr.lower()
    return low not in ("fall", "spring", "the fall", "the spring")


def _year_ok(text: str, m: re.Match[str]) -> bool:
    # "2020" in "Euro 2020", "Agenda 2030", "Vision 2030" or a number list is not a date
    before = text[max(0, m.start() - 12):m.start()]
    after = text[m.end():m.end() + 12]
    if re.search(r"\b(?:Euro|Agenda|Vision|Strategy|Expo|No\.?|number|Station|Constituency|Amendment)\s*$", before):
        return False
    if re.match(r"\s*(?:people|persons|individuals|troops|soldiers|km|kilometers|kilometres|miles|tons|tonnes|"
                r"votes|voters|hectares|dollars|USD|euros|residents|civilians|refugees|families|children|"
                r"women|men|members|delegates|participants|deaths|cases|households|units|metres|meters)\b", after):
        return False
    return True


# ---------------------------------------------------------------- parsing
def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _num(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)


def parse_expression(expression: str) -> Parsed | None:
    """What one date expression states, or None when it holds none."""
    expr = " ".join(expression.split()).strip(" ,.;:()")
    expr = re.sub(r"^(?:on|in|since|during|from|by|until|at|of)\s+", "", expr, flags=re.IGNORECASE)
    for name, rx in _COMPILED:
        m = rx.fullmatch(expr)
        if m is not None:
            return _parse(name, m.group(0))
    if _BARE_MONTH.fullmatch(expr):
        return _parse("m", expr)
    found = find_date_expressions(expr)
    if not found:
        return None
    text = max(found, key=lambda x: x[1] - x[0])[2]
    if text == expr:
        return None
    return parse_expression(text)


_MONTH_RX = re.compile(_MONTH)
_YEAR_RX = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_DAY_RX = re.compile(r"(?<![\d])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)")


def _parse(name: str, text: str) -> Parsed | None:
    """Parse the text of one match of the pattern called ``name``."""
    parser = _PARSERS.get(name)
    return parser(text, text.lower()) if parser is not None else None


def _year_of(text: str) -> int | None:
    years = _YEAR_RX.findall(text)
    return int(years[0]) if years else None


def _months_of(text: str) -> list[int]:
    return [_month(m) for m in _MONTH_RX.findall(text)]


def _parse_day(text: str, low: str) -> Parsed | None:
    months = _months_of(text)
    days = [int(d) for d in _DAY_RX.findall(_YEAR_RX.sub(" ", text))]
    if not days or not months:
        return None
    end = days[1] if len(days) > 1 and days[1] > days[0] else None
    return Parsed("date", _year_of(text), months[0], days[0], end_day=end)


def _parse_ordinal_day(text: str, low: str) -> Parsed | None:
    months = _months_of(text)
    word = re.search(_ORDW, low)
    if word is None or not months:
        return None
    return Parsed("date", _year_of(text), months[0], ORDINAL_WORDS[word.group(0)])


def _parse_month_rel(text: str, low: str) -> Parsed | None:
    months = _months_of(text)
    rel = re.search(r"(last|this|next|previous|following)\s+year", low)
    delta = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1}[rel.group(1)] if rel else 0
    return Parsed("month_rel", None, months[0], rel="year", count=delta) if months else None


def _parse_day_rel(text: str, low: str) -> Parsed | None:
    """ "June 25 last year", "3 March of next year"."""
    rel = _parse_month_rel(text, low)
    days = [int(d) for d in _DAY_RX.findall(text)]
    if rel is None or not days:
        return None
    return Parsed("month_rel", None, rel.month, days[0], rel="year", count=rel.count)


def _parse_that_year(text: str, low: str) -> Parsed | None:
    """ "February of that year", "later that year": month and day of the year named before."""
    months = _months_of(text)
    days = [int(d) for d in _DAY_RX.findall(text)] if months else []
    return Parsed("that_year", None, months[0] if months else None, days[0] if days else None, rel="that")


def _parse_month(text: str, low: str) -> Parsed | None:
    months = _months_of(text)
    if not months:
        return None
    end = months[1] if len(months) > 1 and months[1] > months[0] else None
    return Parsed("month", _year_of(text), months[0], end_month=end)


def _parse_year(text: str, low: str) -> Parsed | None:
    year = _year_of(text)
    if year is None:
        return None
    end_year = None
    tail = re.search(r"[-–]\s*(\d{2,4})\s*$|\bto\s+(\d{2,4})\s*$", text)
    if tail:
        y2 = int(tail.group(1) or tail.group(2))
        y2 = y2 + (year // 100) * 100 if y2 < 100 else y2
        end_year = y2 if y2 > year else None
    return Parsed("year", year, end_year=end_year)


def _parse_relday(text: str, low: str) -> Parsed | None:
    # "overnight" in a piece dated the 12th is the night of the 11th to the 12th: dated by its first day
    past = "yesterday" in low or "last night" in low or "overnight" in low
    return Parsed("rel", rel="last" if past else "this", unit="day")


def _parse_rel(text: str, low: str) -> Parsed | None:
    words = low.split()
    unit = re.sub(r"(?:'s|end)$", "", words[-1])
    if low.startswith(("earlier", "later")):
        rel = f"{words[0]} this"
    else:
        rel = words[1] if words[0] == "the" else words[0]
    rel = {"previous": "last", "past": "last"}.get(rel, rel)
    return Parsed("rel", rel=rel, unit=unit)


def _parse_ago(text: str, low: str) -> Parsed | None:
    parts = low.split()
    return Parsed("ago", unit=parts[1].rstrip("s"), count=_num(parts[0]))


def _parse_weekday(text: str, low: str) -> Parsed | None:
    day = next((v for k, v in WEEKDAYS.items() if k in low), None)
    first = low.split()[0]
    return Parsed("weekday", weekday=day, rel=first if first in ("last", "this", "next", "past") else "on")


def _parse_season(text: str, low: str) -> Parsed | None:
    season = next((k for k in SEASONS if k in low), None)
    if season is None:
        return None
    rel = next((r for r in ("this", "last", "next") if re.search(rf"\b{r}\b", low)), "the")
    return Parsed("season", rel=rel, unit=season)


_PARSERS: dict[str, Callable[[str, str], Parsed | None]] = {
    "mdy": _parse_day, "dmy": _parse_day, "md": _parse_day, "dm": _parse_day,
    "ord_my": _parse_ordinal_day, "month_rel": _parse_month_rel, "day_rel": _parse_day_rel,
    "that_year": _parse_that_year, "my": _parse_month, "m": _parse_month,
    "year": _parse_year, "year_range": _parse_year, "relday": _parse_relday, "relweek": _parse_rel,
    "relmonth": _parse_rel, "relyear": _parse_rel, "ago": _parse_ago, "weekday": _parse_weekday,
    "season": _parse_season,
}


# ---------------------------------------------------------------- resolving
def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def resolve_date(expression: str, anchor: dt.date | None, *, future: bool = False,
                 context_year: int | None = None, prior_year: int | None = None) -> str | None:
    """ISO 8601 for one date expression, as precise as the text allows.

    ``anchor`` is the publication date that relative expressions and dates
    without a year are resolved against (past by default, the nearest future
    one with ``future=True``). Without an anchor, ``context_year`` (the year a
    document without a date line is about) completes days and months without
    a year; otherwise those give None. ``prior_year`` is the year the text named last before the
    expression, for "February of that year"; without it such expressions give None.
    """
    p = parse_expression(expression)
    if p is None:
        return None
    return resolve_parsed(p, anchor, future=future, context_year=context_year, prior_year=prior_year)


def resolve_date_range(expression: str, anchor: dt.date | None, *, future: bool = False,
                       context_year: int | None = None, prior_year: int | None = None
                       ) -> tuple[str, str] | None:
    """(first, last) ISO dates of an expression; both the same unless it is a range.

    "February 16-18" in 2024 -> ("2024-02-16", "2024-02-18"); "June-July 2022" ->
    ("2022-06", "2022-07"); "1993-2020" -> ("1993", "2020").
    """
    p = parse_expression(expression)
    if p is None:
        return None
    first = resolve_parsed(p, anchor, future=future, context_year=context_year, prior_year=prior_year)
    if first is None:
        return None
    last = first
    if p.end_day is not None and len(first) == 10:
        last = first[:8] + f"{p.end_day:02d}"
    elif p.end_month is not None and len(first) == 7:
        last = first[:5] + f"{p.end_month:02d}"
    elif p.end_year is not None and len(first) == 4:
        last = f"{p.end_year:04d}"
    return first, last


def resolve_parsed(p: Parsed, anchor: dt.date | None, *, future: bool = False,
                   context_year: int | None = None, prior_year: int | None = None) -> str | None:
    if p.kind == "that_year":
        if prior_year is None:
            return None
        if p.month is not None and p.day is not None and _valid(prior_year, p.month, p.day):
            return _iso(prior_year, p.month, p.day)
        return _iso(prior_year, p.month)
    if p.kind == "year":
        return _iso(p.year) if p.year else None
    if p.kind in ("date", "month"):
        if p.month is None:
            return None
        if p.year is not None:
            if p.kind == "date" and p.day is not None:
                return _iso(p.year, p.month, p.day) if _valid(p.year, p.month, p.day) else _iso(p.year, p.month)
            return _iso(p.year, p.month)
        if anchor is None:
            if context_year is None:
                return None
            if p.kind == "date" and p.day is not None and _valid(context_year, p.month, p.day):
                return _iso(context_year, p.month, p.day)
            return _iso(context_year, p.month)
        return _infer_year(p, anchor, future)
    if anchor is None:
        return None
    if p.kind == "month_rel":
        if p.month is None:
            return None
        y = anchor.year + p.count
        if p.day is not None and _valid(y, p.month, p.day):
            return _iso(y, p.month, p.day)
        return _iso(y, p.month)
    if p.kind == "rel":
        return _relative(p, anchor)
    if p.kind == "ago":
        return _ago(p, anchor)
    if p.kind == "weekday":
        return _weekday(p, anchor, future)
    if p.kind == "season":
        return _season(p, anchor, future)
    return None


def _infer_year(p: Parsed, anchor: dt.date, future: bool) -> str | None:
    assert p.month is not None
    if p.kind == "date" and p.day is not None:
        for y in ((anchor.year, anchor.year + 1) if future else (anchor.year, anchor.year - 1)):
            if not _valid(y, p.month, p.day):
                continue
            d = dt.date(y, p.month, p.day)
            if (future and d >= anchor) or (not future and d <= anchor):
                return d.isoformat()
        return None
    y = anchor.year
    if future:
        if p.month < anchor.month:
            y += 1
    elif p.month > anchor.month:
        y -= 1
    return _iso(y, p.month)


def _month_of(d: dt.date) -> str:
    return _iso(d.year, d.month)


def _relative(p: Parsed, anchor: dt.date) -> str | None:
    step = {"last": -1, "next": 1}.get(p.rel, 0)
    if p.unit == "day":
        return (anchor + dt.timedelta(days=step)).isoformat()
    if p.unit == "week":
        if p.rel == "earlier this":
            return _month_of(anchor - dt.timedelta(days=1))
        return _month_of(anchor + dt.timedelta(days=7 * step))
    if p.unit == "month":
        y, m = _shift_month(anchor.year, anchor.month, step)
        return _iso(y, m)
    if p.unit == "year":
        return _iso(anchor.year + step)
    return None


def _ago(p: Parsed, anchor: dt.date) -> str | None:
    n = p.count
    if n <= 0:
        return None
    if p.unit == "day":
        return (anchor - dt.timedelta(days=n)).isoformat()
    if p.unit == "week":
        return _month_of(anchor - dt.timedelta(days=7 * n))
    if p.unit == "month":
        y, m = _shift_month(anchor.year, anchor.month, -n)
        return _iso(y, m)
    if p.unit == "year":
        return _iso(anchor.year - n)
    return None


def _weekday(p: Parsed, anchor: dt.date, future: bool) -> str | None:
    assert p.weekday is not None
    back = (anchor.weekday() - p.weekday) % 7
    if p.rel == "next" or (future and p.rel in ("on", "this")):
        ahead = (p.weekday - anchor.weekday()) % 7 or 7
        return (anchor + dt.timedelta(days=ahead)).isoformat()
    if p.rel in ("last", "past") and back == 0:
        back = 7
    return (anchor - dt.timedelta(days=back)).isoformat()


def _season(p: Parsed, anchor: dt.date, future: bool) -> str | None:
    first, last = SEASONS[p.unit]
    if p.rel == "this":
        return _iso(anchor.year)
    if p.rel == "next" or (future and p.rel == "the"):
        return _iso(anchor.year if anchor.month < first else anchor.year + 1)
    # past: the latest such season that has begun by the anchor
    return _iso(anchor.year if anchor.month >= first else anchor.year - 1)


# ---------------------------------------------------------------- documents
_HEADER_LINE = re.compile(r"^[\W_]*(?:[A-Z][\w.&'-]*[\s,]*){0,4}[,|·—–-]?\s*$")
_CAPS_MONTH = re.compile(r"\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b")


def guess_publication_date(text: str, head_chars: int = 2500) -> dt.date | None:
    """The date line of an article: a full date standing (nearly) alone on a line.

    Looks at the top of the text for lines such as "Global Research, December
    19, 2024" or "27 August 2025 17:33"; a date inside running prose is not a
    date line.
    """
    for line in text[:head_chars].splitlines():
        line = line.strip()
        if not line or len(line) > 80:
            continue
        line = _CAPS_MONTH.sub(lambda m: m.group(0).title(), line)  # "3 APR 2025, 14:25"
        for s, e, expr in find_date_expressions(line):
            p = parse_expression(expr)
            if p is None or p.kind != "date" or p.year is None or p.day is None or p.month is None:
                continue
            rest = (line[:s] + " " + line[e:]).strip()
            rest = re.sub(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\b", " ", rest)
            rest = re.sub(r"\b(?:updated|published|posted|on|at|GMT|UTC|[A-Z]{2,4}T)\b", " ", rest, flags=re.I)
            rest = re.sub(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b\.?", " ", rest)
            if _HEADER_LINE.match(rest) and _valid(p.year, p.month, p.day):
                return dt.date(p.year, p.month, p.day)
    return None


def context_year(text: str) -> int | None:
    """For a document without a date line: the year of its latest full date.

    Used only to complete days and months stated without a year ("on January
    8") in a text that shows which year it is about.
    """
    best: int | None = None
    for _, _, expr in find_date_expressions(text):
        p = parse_expression(expr)
        if p is not None and p.kind == "date" and p.year is not None and p.day is not None:
            best = p.year if best is None else max(best, p.year)
    return best


def looks_future(text: str) -> bool:
    """Whether a phrase or clause speaks of something still to come."""
    return bool(_FUTURE_RE.search(text))


_CONNECT_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:on|in|of|from|during|between|since|at|dated|held\s+on|in\s+early|"
    r"in\s+late)\s+)?(?:the\s+)?$",
    re.IGNORECASE)
_CONNECT_BEFORE = re.compile(r"^(?:'s|’s)?[\s,]*(?:the\s+)?$", re.IGNORECASE)


def pick_event_date(sentence: str, start: int, end: int, anchor: dt.date | None, *,
                    future: bool | None = None, context_year: int | None = None,
                    fallback: bool = False) -> str | None:
    """The date of an event mention at ``sentence[start:end]``.

    Prefers a date expression inside the mention ("the September 2023
    operation", "2020 conflict"), then one attached right before or after it
    ("September 2023's operation", "the election on February 7, 2024", "the
    statement of November 10, 2020"); with ``fallback`` the closest one in the
    sentence. ``future`` defaults to whether the sentence speaks of what is to come.
    """
    exprs = find_date_expressions(sentence)
    if not exprs:
        return None
    fut = looks_future(sentence) if future is None else future

    def res(expr: str) -> str | None:
        return resolve_date(expr, anchor, future=fut, context_year=context_year)

    inside = [x for x in exprs if x[0] >= start and x[1] <= end]
    for _, _, expr in inside:
        r = res(expr)
        if r:
            return r
    for s, e, expr in exprs:
        if s >= end and _CONNECT_AFTER.match(sentence[end:s]):
            r = res(expr)
            if r:
                return r
        if e <= start and _CONNECT_BEFORE.match(sentence[e:start]):
            r = res(expr)
            if r:
                return r
    if fallback:
        mid = (start + end) / 2
        for _, _, expr in sorted(exprs, key=lambda x: abs((x[0] + x[1]) / 2 - mid)):
            r = res(expr)
            if r:
                return r
    return None
