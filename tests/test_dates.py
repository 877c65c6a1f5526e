"""kg.extract.dates: finding and resolving date expressions (standard library only)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import (
    context_year,
    find_date_expressions,
    guess_publication_date,
    pick_event_date,
    resolve_date,
    resolve_date_range,
)

THU = dt.date(2024, 12, 19)  # a Thursday


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("March 3, 2019", "2019-03-03"),
        ("3 March 2019", "2019-03-03"),
        ("3rd of March, 2019", "2019-03-03"),
        ("Sept. 14, 2021", "2021-09-14"),
        ("on 11 November 2018", "2018-11-11"),
        ("October 2016", "2016-10"),
        ("in 2011", "2011"),
        ("2011's", "2011"),
        ("June-July 2022", "2022-06"),
        ("May 30-31, 2019", "2019-05-30"),
    ],
)
def test_absolute_dates_need_no_anchor(expression: str, expected: str) -> None:
    assert resolve_date(expression, None) == expected


@pytest.mark.parametrize(
    ("expression", "anchor", "expected"),
    [
        ("on March 3", dt.date(2023, 5, 1), "2023-03-03"),
        ("March 3", dt.date(2023, 2, 1), "2022-03-03"),          # the latest March 3 not after it
        ("September 27", dt.date(2021, 3, 5), "2020-09-27"),
        ("on the fourth of July", dt.date(2022, 8, 1), "2022-07-04"),
        ("in January", dt.date(2023, 5, 1), "2023-01"),
        ("in October", dt.date(2023, 5, 1), "2022-10"),
        ("November last year", dt.date(2023, 5, 1), "2022-11"),
    ],
)
def test_days_and_months_without_a_year_take_it_from_the_anchor(
        expression: str, anchor: dt.date, expected: str) -> None:
    assert resolve_date(expression, anchor) == expected


def test_future_events_look_forward() -> None:
    assert resolve_date("March 3", dt.date(2023, 2, 1), future=True) == "2023-03-03"
    assert resolve_date("in January", dt.date(2023, 5, 1), future=True) == "2024-01"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("yesterday", "2024-12-18"),
        ("today", "2024-12-19"),
        ("last week", "2024-12"),
        ("earlier this week", "2024-12"),
        ("last month", "2024-11"),
        ("this month", "2024-12"),
        ("this year", "2024"),
        ("last year", "2023"),
        ("this year's", "2024"),
        ("two years ago", "2022"),
        ("three days ago", "2024-12-16"),
        ("on Monday", "2024-12-16"),
        ("last Thursday", "2024-12-12"),
        ("over the summer", "2024"),
        ("summer's", "2024"),
    ],
)
def test_relative_dates_against_the_anchor(expression: str, expected: str) -> None:
    assert resolve_date(expression, THU) == expected


def test_relative_dates_cross_month_and_year_boundaries() -> None:
    assert resolve_date("last month", dt.date(2024, 1, 15)) == "2023-12"
    assert resolve_date("last week", dt.date(2024, 3, 3)) == "2024-02"
    assert resolve_date("over the summer", dt.date(2024, 3, 1)) == "2023"


@pytest.mark.parametrize("expression", ["March 3", "the ninth of November", "last week", "yesterday",
                                        "on Friday", "this year", "over the summer"])
def test_without_anchor_or_year_there_is_no_date(expression: str) -> None:
    assert resolve_date(expression, None) is None


def test_a_context_year_completes_days_of_an_undated_document() -> None:
    assert resolve_date("on March 3", None, context_year=2019) == "2019-03-03"
    assert resolve_date("in early March", None, context_year=2019) == "2019-03"
    assert resolve_date("last week", None, context_year=2019) is None


def test_never_a_yearless_iso_date() -> None:
    for expression in ("December 17", "17 December", "on the 17th of December"):
        assert resolve_date(expression, None) is None


def test_ranges_give_first_and_last() -> None:
    assert resolve_date_range("March 16-18", None, context_year=2019) == ("2019-03-16", "2019-03-18")
    assert resolve_date_range("June-July 2022", None) == ("2022-06", "2022-07")
    assert resolve_date_range("1994-2020", None) == ("1994", "2020")
    assert resolve_date_range("May 5, 2019", None) == ("2019-05-05", "2019-05-05")


def test_not_dates() -> None:
    assert resolve_date("the 1990s", None) is None
    assert resolve_date("hello", None) is None
    assert resolve_date("February 30, 2023", None) == "2023-02"  # no such day: keep the month


def test_find_date_expressions_in_a_sentence() -> None:
    text = ("The vote, first planned for 2026, took place on May 5, 2019 after talks in early March "
            "and a summit last week.")
    found = [t for _, _, t in find_date_expressions(text)]
    assert found == ["2026", "May 5, 2019", "early March", "last week"]
    for start, end, t in find_date_expressions(text):
        assert text[start:end] == t


@pytest.mark.parametrize(
    "text",
    ["In the 1990s it grew.", "A post-2024 order.", "There were 6,537 polling stations and 2015 voters.",
     "He may go.", "They will march on.", "Euro 2020 was fun.", "Turnout was 12.5%."],
)
def test_find_date_expressions_ignores_numbers_and_words_that_are_not_dates(text: str) -> None:
    assert find_date_expressions(text) == []


def test_pick_event_date_prefers_the_date_attached_to_the_mention() -> None:
    s = "The 2016 referendum was followed by the election on June 8, 2017 in Kenya."
    start = s.index("election")
    assert pick_event_date(s, start, start + len("election"), None) == "2017-06-08"
    start = s.index("2016 referendum")
    assert pick_event_date(s, start, start + len("2016 referendum"), None) == "2016"
    s = "Analysts recalled October 2015's brief border clash."
    start = s.index("brief")
    assert pick_event_date(s, start, len(s) - 1, None) == "2015-10"


def test_pick_event_date_falls_back_only_when_asked() -> None:
    s = "In 2019, leaders gathered in Oslo for a long summit."
    start = s.index("summit")
    assert pick_event_date(s, start, start + 6, None) is None
    assert pick_event_date(s, start, start + 6, None, fallback=True) == "2019"


def test_guess_publication_date_reads_a_date_line() -> None:
    text = "Title of the piece\n\nBy Jane Roe\n\nThe Daily Ledger, March 3, 2023\n\nOn May 5, 2019 it rained."
    assert guess_publication_date(text) == dt.date(2023, 3, 3)
    assert guess_publication_date("Headline\n\n4 June 2021 10:15\n\nText.") == dt.date(2021, 6, 4)
    assert guess_publication_date("The vote took place on May 5, 2019, officials said.") is None


def test_context_year_is_the_year_of_the_latest_full_date() -> None:
    assert context_year("It began on 3 May 2018 and ended on May 5, 2019; more in 2030.") == 2019
    assert context_year("Nothing dated to the day here, only 2020.") is None


# ---------------------------------------------------------------- v1.3 additions
def test_that_year_takes_the_year_named_before() -> None:
    text = "The siege ended in 1995, and in October of that year the accords were signed."
    found = find_date_expressions(text)
    assert [t for _, _, t in found] == ["1995", "October of that year"]
    assert resolve_date("October of that year", THU, prior_year=1995) == "1995-10"
    assert resolve_date("12 October that same year", THU, prior_year=1995) == "1995-10-12"
    assert resolve_date("later that year", THU, prior_year=1995) == "1995"


def test_that_year_without_a_prior_year_gives_no_date() -> None:
    # never the anchor's year: "February of that year" is not "February" of the date line
    assert resolve_date("February of that year", THU) is None
    assert resolve_date("February of that year", THU, future=True) is None


def test_day_and_month_with_a_relative_year() -> None:
    assert resolve_date("June 25 last year", THU) == "2023-06-25"
    assert resolve_date("3 March of next year", THU) == "2025-03-03"
    assert [t for _, _, t in find_date_expressions("a year after the unrest of July 7 last year")] == [
        "July 7 last year"]


def test_overnight_is_the_night_before_the_date_line() -> None:
    assert resolve_date("overnight", THU) == "2024-12-18"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Last year the leaders met in Oslo.", "2023"), ("Earlier this month, rebels advanced.", "2024-12"),
     ("Three weeks ago the talks stalled.", "2024-11"), ("Last Monday it snowed.", "2024-12-16")],
)
def test_relative_expressions_may_open_a_sentence(text: str, expected: str) -> None:
    found = find_date_expressions(text)
    assert len(found) == 1 and found[0][0] == 0
    assert resolve_date(found[0][2], THU) == expected


def test_month_names_stay_case_sensitive() -> None:
    assert find_date_expressions("Officials may march to the square.") == []


def test_guess_publication_date_reads_more_date_lines() -> None:
    assert guess_publication_date("9 SEP 2023, 08:10\n\nHeadline\n\nText.") == dt.date(2023, 9, 9)
    assert guess_publication_date("LIMA, Peru — August 3, 2022\n\nText.") == dt.date(2022, 8, 3)
    assert guess_publication_date("QUITO, Wednesday May 4, 2022\n\nText.") == dt.date(2022, 5, 4)
