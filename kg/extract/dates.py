"""Find and resolve date expressions in news text (standard library and kg's lexicon only).

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

The words and the grammar of dates (month names, patterns, tense cues) are the ``dates``
tables of a lexicon (kg/extract/lang/<xx>/dates.py); every public function takes one as
``lex`` and reads English without it. Each lexicon's patterns are compiled once.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .lang import Lexicon, lexicon
from .lang.dates import DateWords, alternation, phrases


class _Grammar:
    """The compiled patterns of one lexicon's date tables."""

    def __init__(self, words: DateWords) -> None:
        self.words = words
        self.patterns = [(p.kind, re.compile(p.pattern, re.IGNORECASE if p.any_case else 0)) for p in words.patterns]
        self.bare_month = re.compile(words.bare_month)
        self.month = re.compile(words.month)
        self.day = re.compile(words.day_number)
        self.ordinal = re.compile(alternation(words.ordinal_words))
        self.openers = re.compile(rf"^(?:{phrases(words.expression_openers)})\s+", re.IGNORECASE)
        self.year_range_end = re.compile(words.year_range_end)
        self.relative_year = re.compile(words.relative_year)
        self.season_relatives = [(re.compile(rf"\b{re.escape(w)}\b"), rel) for w, rel in words.season_relatives.items()]
        self.name_before_year = re.compile(rf"\b(?:{phrases(words.names_before_year)})\s*$")
        self.count_after_year = re.compile(rf"\s*(?:{phrases(words.counted_after_year)})\b")
        self.caps_month = re.compile(words.caps_month)
        self.clock_time = re.compile(words.clock_time)
        self.date_line_labels = re.compile(words.date_line_labels, re.IGNORECASE)
        self.weekday_abbreviations = re.compile(words.weekday_abbreviations)
        self.header_rest = re.compile(words.header_rest)
        self.future = re.compile(rf"\b(?:{phrases(words.future_cues)})\b", re.IGNORECASE)
        articles = rf"(?:(?:{phrases(words.articles)})\s+)?"
        self.connect_after = re.compile(
            rf"^\s*(?:\([^()]{{1,40}}\)\s*)?(?:(?:{phrases(words.connect_after)})\s+)?{articles}$", re.IGNORECASE)
        self.connect_before = re.compile(rf"^(?:{phrases(words.connect_before)})?[\s,]*{articles}$", re.IGNORECASE)


_GRAMMARS: dict[int, _Grammar] = {}


def _grammar(lex: Lexicon | None) -> _Grammar:
    """The compiled grammar of ``lex`` (English by default), built on first use."""
    words = (lex if lex is not None else lexicon("en")).dates
    grammar = _GRAMMARS.get(id(words))
    if grammar is None:  # the grammar holds ``words``, so its id is not reused while cached
        grammar = _GRAMMARS[id(words)] = _Grammar(words)
    return grammar


#: English month names -> numbers, for modules that read them without a document
#: (the table is ``lexicon("en").dates.months``)
MONTHS: Mapping[str, int] = lexicon("en").dates.months


@dataclass(frozen=True)
class Parsed:
    """A date expression broken into what it states."""

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel: str = ""           # where it lies: a Relative, WeekdayRelative or SeasonRelative of kg.extract.lang.dates
    unit: str = ""          # a Unit of kg.extract.lang.dates (day / week / month / year) or a season of the lexicon
    count: int = 0          # "three weeks ago"
    end_day: int | None = None    # last day of a range ("February 16-18")
    end_month: int | None = None  # last month of a range ("June-July 2022")
    end_year: int | None = None   # last year of a range ("1993-2020")


# ---------------------------------------------------------------- finding
def find_date_expressions(text: str, *, lex: Lexicon | None = None) -> list[tuple[int, int, str]]:
    """Non-overlapping date expressions in ``text`` as (start, end, text), in order."""
    return list(_date_expressions(text, _grammar(lex)))


@lru_cache(maxsize=2048)
def _date_expressions(text: str, g: _Grammar) -> tuple[tuple[int, int, str], ...]:
    """Statements, events and dating all look for the dates of the same sentences: found once."""
    found: list[tuple[int, int, int, str]] = []
    for rank, (name, rx) in enumerate(g.patterns):
        for m in rx.finditer(text):
            if name == "season" and not _season_ok(g, m.group(0)):
                continue
            if name == "year" and not _year_ok(g, text, m):
                continue
            found.append((m.start(), m.end(), rank, m.group(0)))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0]), x[2]))
    out: list[tuple[int, int, str]] = []
    for s, e, _, t in found:
        if out and s < out[-1][1]:
            continue
        out.append((s, e, t))
    return tuple(out)


def _season_ok(g: _Grammar, expr: str) -> bool:
    """Not a season word that is too often a verb or a noun of another sense ("fall")."""
    return expr.lower() not in g.words.ambiguous_seasons


def _year_ok(g: _Grammar, text: str, m: re.Match[str]) -> bool:
    """Not a year-like number in a name or a count ("Euro 2020", "2020 people")."""
    before = text[max(0, m.start() - 12):m.start()]
    after = text[m.end():m.end() + 12]
    if g.name_before_year.search(before):
        return False
    if g.count_after_year.match(after):
        return False
    return True


# ---------------------------------------------------------------- parsing
def _num(g: _Grammar, word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else g.words.number_words.get(word, 0)


def parse_expression(expression: str, *, lex: Lexicon | None = None) -> Parsed | None:
    """What one date expression states, or None when it holds none."""
    g = _grammar(lex)
    expr = " ".join(expression.split()).strip(" ,.;:()")
    expr = g.openers.sub("", expr)
    for name, rx in g.patterns:
        m = rx.fullmatch(expr)
        if m is not None:
            return _parse(g, name, m.group(0))
    if g.bare_month.fullmatch(expr):
        return _parse(g, "m", expr)
    found = find_date_expressions(expr, lex=lex)
    if not found:
        return None
    text = max(found, key=lambda x: x[1] - x[0])[2]
    if text == expr:
        return None
    return parse_expression(text, lex=lex)


_YEAR_RX = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def _parse(g: _Grammar, name: str, text: str) -> Parsed | None:
    """Parse the text of one match of the pattern called ``name``."""
    parser = _PARSERS.get(name)
    return parser(g, text, text.lower()) if parser is not None else None


def _year_of(text: str) -> int | None:
    years = _YEAR_RX.findall(text)
    return int(years[0]) if years else None


def _months_of(g: _Grammar, text: str) -> list[int]:
    return [g.words.months[m.lower().rstrip(".")] for m in g.month.findall(text)]


def _days_of(g: _Grammar, text: str) -> list[int]:
    return [int(d) for d in g.day.findall(text)]


def _parse_day(g: _Grammar, text: str, low: str) -> Parsed | None:
    months = _months_of(g, text)
    days = _days_of(g, _YEAR_RX.sub(" ", text))
    if not days or not months:
        return None
    end = days[1] if len(days) > 1 and days[1] > days[0] else None
    return Parsed("date", _year_of(text), months[0], days[0], end_day=end)


def _parse_ordinal_day(g: _Grammar, text: str, low: str) -> Parsed | None:
    months = _months_of(g, text)
    word = g.ordinal.search(low)
    if word is None or not months:
        return None
    return Parsed("date", _year_of(text), months[0], g.words.ordinal_words[word.group(0)])


def _parse_month_rel(g: _Grammar, text: str, low: str) -> Parsed | None:
    months = _months_of(g, text)
    rel = g.relative_year.search(low)
    delta = g.words.year_offsets[rel.group(1)] if rel else 0
    return Parsed("month_rel", None, months[0], rel="year", count=delta) if months else None


def _parse_day_rel(g: _Grammar, text: str, low: str) -> Parsed | None:
    """ "June 25 last year", "3 March of next year"."""
    rel = _parse_month_rel(g, text, low)
    days = _days_of(g, text)
    if rel is None or not days:
        return None
    return Parsed("month_rel", None, rel.month, days[0], rel="year", count=rel.count)


def _parse_that_year(g: _Grammar, text: str, low: str) -> Parsed | None:
    """ "February of that year", "later that year": month and day of the year named before."""
    months = _months_of(g, text)
    days = _days_of(g, text) if months else []
    return Parsed("that_year", None, months[0] if months else None, days[0] if days else None, rel="that")


def _parse_month(g: _Grammar, text: str, low: str) -> Parsed | None:
    months = _months_of(g, text)
    if not months:
        return None
    end = months[1] if len(months) > 1 and months[1] > months[0] else None
    return Parsed("month", _year_of(text), months[0], end_month=end)


def _parse_year(g: _Grammar, text: str, low: str) -> Parsed | None:
    year = _year_of(text)
    if year is None:
        return None
    end_year = None
    tail = g.year_range_end.search(text)
    if tail:
        y2 = int(tail.group(1) or tail.group(2))
        y2 = y2 + (year // 100) * 100 if y2 < 100 else y2
        end_year = y2 if y2 > year else None
    return Parsed("year", year, end_year=end_year)


def _parse_relday(g: _Grammar, text: str, low: str) -> Parsed | None:
    past = any(phrase in low for phrase in g.words.past_days)
    return Parsed("rel", rel="last" if past else "this", unit="day")


def _parse_rel(g: _Grammar, text: str, low: str) -> Parsed | None:
    """The words before the unit say where it lies ("the previous week", "earlier this year")."""
    words = low.split()
    return Parsed("rel", rel=g.words.relative_phrases[" ".join(words[:-1])], unit=g.words.units[words[-1]])


def _parse_ago(g: _Grammar, text: str, low: str) -> Parsed | None:
    """A count, then its unit ("three weeks ago")."""
    parts = low.split()
    return Parsed("ago", unit=g.words.units[parts[1]], count=_num(g, parts[0]))


def _parse_weekday(g: _Grammar, text: str, low: str) -> Parsed | None:
    day = next((v for k, v in g.words.weekdays.items() if k in low), None)
    first = low.split()[0]
    return Parsed("weekday", weekday=day, rel=g.words.weekday_relatives.get(first, "on"))


def _parse_season(g: _Grammar, text: str, low: str) -> Parsed | None:
    season = next((k for k in g.words.seasons if k in low), None)
    if season is None:
        return None
    rel = next((rel for rx, rel in g.season_relatives if rx.search(low)), "the")
    return Parsed("season", rel=rel, unit=season)


_PARSERS: dict[str, Callable[[_Grammar, str, str], Parsed | None]] = {
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
                 context_year: int | None = None, prior_year: int | None = None,
                 lex: Lexicon | None = None) -> str | None:
    """ISO 8601 for one date expression, as precise as the text allows.

    ``anchor`` is the publication date that relative expressions and dates
    without a year are resolved against (past by default, the nearest future
    one with ``future=True``). Without an anchor, ``context_year`` (the year a
    document without a date line is about) completes days and months without
    a year; otherwise those give None. ``prior_year`` is the year the text named last before the
    expression, for "February of that year"; without it such expressions give None.
    """
    p = parse_expression(expression, lex=lex)
    if p is None:
        return None
    return resolve_parsed(p, anchor, future=future, context_year=context_year, prior_year=prior_year, lex=lex)


def resolve_date_range(expression: str, anchor: dt.date | None, *, future: bool = False,
                       context_year: int | None = None, prior_year: int | None = None,
                       lex: Lexicon | None = None) -> tuple[str, str] | None:
    """(first, last) ISO dates of an expression; both the same unless it is a range.

    "February 16-18" in 2024 -> ("2024-02-16", "2024-02-18"); "June-July 2022" ->
    ("2022-06", "2022-07"); "1993-2020" -> ("1993", "2020").
    """
    p = parse_expression(expression, lex=lex)
    if p is None:
        return None
    first = resolve_parsed(p, anchor, future=future, context_year=context_year, prior_year=prior_year, lex=lex)
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
                   context_year: int | None = None, prior_year: int | None = None,
                   lex: Lexicon | None = None) -> str | None:
    """ISO 8601 for a parsed expression (see :func:`resolve_date`); ``lex`` is the lexicon it was parsed with."""
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
        return _season(_grammar(lex).words.seasons, p, anchor, future)
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


def _season(seasons: Mapping[str, tuple[int, int]], p: Parsed, anchor: dt.date, future: bool) -> str | None:
    first, last = seasons[p.unit]
    if p.rel == "this":
        return _iso(anchor.year)
    if p.rel == "next" or (future and p.rel == "the"):
        return _iso(anchor.year if anchor.month < first else anchor.year + 1)
    # past: the latest such season that has begun by the anchor
    return _iso(anchor.year if anchor.month >= first else anchor.year - 1)


# ---------------------------------------------------------------- documents
def guess_publication_date(text: str, head_chars: int = 2500, *, lex: Lexicon | None = None) -> dt.date | None:
    """The date line of an article: a full date standing (nearly) alone on a line.

    Looks at the top of the text for lines such as "Global Research, December
    19, 2024" or "27 August 2025 17:33"; a date inside running prose is not a
    date line.
    """
    g = _grammar(lex)
    for line in text[:head_chars].splitlines():
        line = line.strip()
        if not line or len(line) > 80:
            continue
        line = g.caps_month.sub(lambda m: m.group(0).title(), line)  # "3 APR 2025, 14:25"
        for s, e, expr in find_date_expressions(line, lex=lex):
            p = parse_expression(expr, lex=lex)
            if p is None or p.kind != "date" or p.year is None or p.day is None or p.month is None:
                continue
            rest = (line[:s] + " " + line[e:]).strip()
            rest = g.clock_time.sub(" ", rest)
            rest = g.date_line_labels.sub(" ", rest)
            rest = g.weekday_abbreviations.sub(" ", rest)
            if g.header_rest.match(rest) and _valid(p.year, p.month, p.day):
                return dt.date(p.year, p.month, p.day)
    return None


def context_year(text: str, *, lex: Lexicon | None = None) -> int | None:
    """For a document without a date line: the year of its latest full date.

    Used only to complete days and months stated without a year ("on January
    8") in a text that shows which year it is about.
    """
    best: int | None = None
    for _, _, expr in find_date_expressions(text, lex=lex):
        p = parse_expression(expr, lex=lex)
        if p is not None and p.kind == "date" and p.year is not None and p.day is not None:
            best = p.year if best is None else max(best, p.year)
    return best


def looks_future(text: str, *, lex: Lexicon | None = None) -> bool:
    """Whether a phrase or clause speaks of something still to come."""
    return bool(_grammar(lex).future.search(text))


def pick_event_date(sentence: str, start: int, end: int, anchor: dt.date | None, *,
                    future: bool | None = None, context_year: int | None = None,
                    fallback: bool = False, lex: Lexicon | None = None) -> str | None:
    """The date of an event mention at ``sentence[start:end]``.

    Prefers a date expression inside the mention ("the September 2023
    operation", "2020 conflict"), then one attached right before or after it
    ("September 2023's operation", "the election on February 7, 2024", "the
    statement of November 10, 2020"); with ``fallback`` the closest one in the
    sentence. ``future`` defaults to whether the sentence speaks of what is to come.
    """
    g = _grammar(lex)
    exprs = find_date_expressions(sentence, lex=lex)
    if not exprs:
        return None
    fut = looks_future(sentence, lex=lex) if future is None else future

    def res(expr: str) -> str | None:
        return resolve_date(expr, anchor, future=fut, context_year=context_year, lex=lex)

    inside = [x for x in exprs if x[0] >= start and x[1] <= end]
    for _, _, expr in inside:
        r = res(expr)
        if r:
            return r
    for s, e, expr in exprs:
        if s >= end and g.connect_after.match(sentence[end:s]):
            r = res(expr)
            if r:
                return r
        if e <= start and g.connect_before.match(sentence[e:start]):
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
