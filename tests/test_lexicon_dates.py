"""The English date and reader tables (kg/extract/lang/en/dates.py, en/reader.py).

Consistency of the tables with the engines that read them (kg.extract.dates, kg.read),
and each narrow row (a word list that gates one construction) on an invented phrase it
lets through and one it does not. Dates are text only: no parse is needed.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import get_args

import pytest

from kg.extract import dates as engine
from kg.extract.dates import (
    find_date_expressions,
    guess_publication_date,
    looks_future,
    parse_expression,
    pick_event_date,
    resolve_date,
)
from kg.extract.lang import lexicon
from kg.extract.lang.dates import (
    DATE_KINDS,
    DateKind,
    Relative,
    SeasonRelative,
    Unit,
    WeekdayRelative,
    alternation,
    phrases,
)
from kg.read import infer_metadata

EN = lexicon("en")
DATES = EN.dates
READER = EN.reader
THU = dt.date(2024, 12, 19)  # a Thursday


def found(text: str) -> list[str]:
    return [expr for _, _, expr in find_date_expressions(text)]


# ------------------------------------------------------------------ dates: consistency


def test_every_pattern_has_a_kind_the_engine_parses() -> None:
    assert set(DATE_KINDS) == set(get_args(DateKind))
    kinds = [p.kind for p in DATES.patterns]
    assert set(kinds) <= DATE_KINDS
    assert set(kinds) == set(engine._PARSERS), "every parser has a pattern and every pattern a parser"
    assert len(kinds) == len(set(kinds)), "one pattern per kind"
    for p in DATES.patterns:
        re.compile(p.pattern)


def test_each_lexicon_is_compiled_once() -> None:
    assert engine._grammar(None) is engine._grammar(EN)
    other = dataclasses.replace(EN, dates=dataclasses.replace(DATES, names_before_year=()))
    assert engine._grammar(other) is not engine._grammar(EN)
    assert engine._grammar(other) is engine._grammar(other)


def test_word_tables_hold_valid_numbers() -> None:
    assert set(DATES.months.values()) == set(range(1, 13))
    assert sorted(DATES.weekdays.values()) == list(range(7))
    assert set(DATES.ordinal_words.values()) == set(range(1, 32))
    assert all(n > 0 for n in DATES.number_words.values())
    assert all(1 <= a <= b <= 12 for a, b in DATES.seasons.values())
    for table in (DATES.months, DATES.weekdays, DATES.ordinal_words, DATES.number_words, DATES.seasons):
        assert all(w == w.lower() for w in table)


def test_every_month_is_found_as_the_patterns_write_it() -> None:
    month = re.compile(DATES.month)
    caps = re.compile(DATES.caps_month)
    full = {number: max((w for w, n in DATES.months.items() if n == number), key=len) for number in range(1, 13)}
    for word, number in DATES.months.items():
        written = word.title() + ("" if word == full[number] else ".")  # "June", "Sept."
        match = month.fullmatch(written)
        assert match is not None, written
        assert DATES.months[match.group(0).lower().rstrip(".")] == number
        assert caps.search(word.upper()) is not None, word
        assert resolve_date(f"{written} 2020", None) == f"2020-{number:02d}", written


def test_relative_words_map_to_codes_the_engine_resolves() -> None:
    assert set(DATES.relative_phrases.values()) <= set(get_args(Relative))
    assert set(DATES.units.values()) <= set(get_args(Unit))
    assert set(DATES.weekday_relatives.values()) <= set(get_args(WeekdayRelative))
    assert set(DATES.season_relatives.values()) <= set(get_args(SeasonRelative))
    for phrase, code in DATES.relative_phrases.items():
        for unit in ("week", "month", "year"):
            parsed = parse_expression(f"{phrase} {unit}")
            assert parsed is not None and (parsed.kind, parsed.rel, parsed.unit) == ("rel", code, unit), phrase
    for word, offset in DATES.year_offsets.items():
        match = re.fullmatch(DATES.relative_year, f"{word} year")
        assert match is not None and match.group(1) == word
        said = f"the {word}" if word in ("previous", "following") else word  # "March the previous year"
        assert resolve_date(f"March {said} year", THU) == f"{2024 + offset}-03"


def test_every_word_of_the_grammar_tables_is_matched_by_its_pattern() -> None:
    for word in DATES.weekdays:
        assert found(f"on {word.title()}") == [f"on {word.title()}"]
    for season in DATES.seasons:
        assert found(f"last {season}") == [f"last {season}"]
    for count in DATES.number_words:
        assert found(f"{count} weeks ago") == [f"{count} weeks ago"]


def test_helpers_build_literal_alternations() -> None:
    assert alternation(["first", "twenty-first"]) == r"twenty\-first|first"
    assert re.fullmatch(phrases(["set to", "No."]), "set \t to")
    assert not re.fullmatch(phrases(["No."]), "No!")
    assert not re.search(phrases([]), "anything") and not re.search(alternation([]), "")


# ------------------------------------------------------------------ dates: narrow rows


def test_ambiguous_seasons_need_a_word_that_makes_them_dates() -> None:
    assert "fall" in DATES.ambiguous_seasons
    assert found("Prices may fall sharply.") == []
    assert found("the fall of the wall") == []
    assert found("Talks resumed last fall.") == ["last fall"]


def test_names_before_year_make_it_part_of_a_name() -> None:
    assert found("tickets for Euro 2020 sold out") == []
    assert found("the plan, Vision 2030, was") == []
    assert found("Resolution No. 2020 passed") == []
    assert found("the vote in 2020 passed") == ["2020"]
    other = dataclasses.replace(EN, dates=dataclasses.replace(DATES, names_before_year=()))
    assert find_date_expressions("tickets for Euro 2020", lex=other) == [(17, 21, "2020")]


def test_counted_after_year_makes_it_a_count() -> None:
    assert found("about 2000 people fled") == []
    assert found("some 1500 km away") == []
    assert found("in 2000 the people fled") == ["2000"]


def test_year_prefixes_are_not_years() -> None:
    assert found("the post-2020 order") == []
    assert found("by mid-2020") == []
    assert found("the 2020 order") == ["2020"]


def test_month_after_words_make_a_lone_month_a_date() -> None:
    assert found("talks in May ended") == ["May"]
    assert found("talks since March ended") == ["March"]
    assert found("May I ask a question?") == []
    assert found("They march on the capital.") == []


def test_past_days_date_the_evening_before() -> None:
    assert resolve_date("overnight", THU) == "2024-12-18"
    assert resolve_date("last night", THU) == "2024-12-18"
    assert resolve_date("tonight", THU) == "2024-12-19"


def test_expression_openers_are_dropped_before_parsing() -> None:
    assert resolve_date("since 11 November 2018", None) == "2018-11-11"
    assert resolve_date("until 11 November 2018", None) == "2018-11-11"


def test_future_cues() -> None:
    assert looks_future("The vote is set to take place in May.")
    assert looks_future("Norland plans to vote.")
    assert not looks_future("The vote took place in May.")
    assert not looks_future("The settlement took place in May.")


def test_connectors_attach_a_date_to_the_mention_beside_it() -> None:
    s = "the election held on June 8, 2017 was close"
    i = s.index("election")
    assert pick_event_date(s, i, i + len("election"), None) == "2017-06-08"
    s = "the election after June 8, 2017"
    assert pick_event_date(s, i, i + len("election"), None) is None
    s = "September 2023's operation"
    i = s.index("operation")
    assert pick_event_date(s, i, i + len("operation"), None) == "2023-09"
    s = "September 2023 and the operation"
    i = s.index("operation")
    assert pick_event_date(s, i, i + len("operation"), None) is None


def test_date_line_parts() -> None:
    assert guess_publication_date("Global Research, December 19, 2024") == dt.date(2024, 12, 19)
    assert guess_publication_date("Published 3 APR 2025, 14:25 GMT") == dt.date(2025, 4, 3)  # caps month, time, label
    assert guess_publication_date("Updated Thu, 27 August 2025 17:33") == dt.date(2025, 8, 27)  # weekday
    assert guess_publication_date("Reuters Staff, 27 August 2025") == dt.date(2025, 8, 27)  # header_rest
    assert guess_publication_date("The talks began on December 19, 2024 in Vienna") is None


# ------------------------------------------------------------------ reader


def test_reader_patterns_have_the_groups_the_reader_reads() -> None:
    for form in READER.date_forms:
        groups = set(re.compile(form).groupindex) - {"sep"}  # "sep": one separator throughout ("2024.09.18")
        assert groups in ({"month", "day", "year"}, {"year", "mon", "dd"}, {"first", "second", "year"}), form
    for line in READER.wire_datelines:
        assert set(re.compile(line).groupindex) == {"month", "day", "year"}
    for line in READER.yearless_wire_datelines + READER.yearless_dates:
        assert set(re.compile(line).groupindex) == {"month", "day"}, line
    assert set(re.compile(READER.iso_stamp).groupindex) == {"year", "mon", "dd"}
    for pattern in (READER.month_first_marks, READER.weekday, READER.title_date_link):
        re.compile(pattern)
    assert all(re.fullmatch(READER.weekday, day, re.IGNORECASE) for day in DATES.weekdays)
    assert set(re.compile(READER.byline).groupindex) == {"name", "name2"}
    re.compile(READER.clock_time)


def test_reader_word_lists_are_lower_case() -> None:
    for table in (READER.not_publishers, READER.byline_prefixes, READER.author_labels, READER.articles,
                  READER.name_particles, READER.chrome_phrases, READER.chrome_words, READER.date_labels,
                  READER.stamp_labels):
        assert table and all(w == w.lower() for w in table)
    assert set(DATES.weekdays) <= READER.not_publishers, "a weekday before a date is never its publisher"


ARTICLE = "\n\n".join([
    "Norland and Osterland sign a border treaty",
    "{line}",
    "The two governments signed the treaty on Monday in the capital of Valdonia.",
])


def meta(line: str) -> tuple[str | None, str | None, str | None]:
    found = infer_metadata(ARTICLE.format(line=line))
    return found.date, found.publisher, found.author


def test_not_publishers_and_byline_prefixes() -> None:
    assert meta("Valdonia Times, December 19, 2024") == ("2024-12-19", "Valdonia Times", None)
    assert meta("Posted on December 19, 2024") == ("2024-12-19", None, None)
    assert meta("Updated: December 19, 2024") == ("2024-12-19", None, None)
    assert meta("By Jane Doe, December 19, 2024")[1] is None


def test_wire_datelines() -> None:
    assert meta("NAIROBI, Friday June 20, 2025 — The talks resumed after a long pause in the region.")[0] == "2025-06-20"
    assert meta("BRUSSELS, 27 June 2025 – The talks resumed after a long pause in the region.")[0] == "2025-06-27"
    assert meta("Nairobi, Friday June 20, 2025 — The talks resumed after a long pause in the region.")[0] is None


def test_date_forms_in_figures() -> None:
    assert meta("2024.09.18 16:42")[0] == "2024-09-18"  # year first, dotted
    assert meta("07-12-2025 09:41")[0] == "2025-12-07"  # day first where nothing says otherwise
    assert meta("25/06/2025")[0] == "2025-06-25"  # a day above 12 settles the order
    assert meta("06/25/2025")[0] == "2025-06-25"
    assert meta("2/3/2024 10:15 PM")[0] == "2024-02-03"  # a 12-hour clock: month first (month_first_marks)
    assert meta("Updated 2/3/2024 10:15 ET")[0] == "2024-02-03"  # a North American time zone
    assert meta("Updated 3/2/2024 10:15 2024-03-02T15:15:00")[0] == "2024-03-02"  # the stamp on the line


def test_clock_times_with_a_dot_reading_times_and_iso_stamps() -> None:
    assert meta("Tuesday 4 March 2025 12.30 GMT")[0] == "2025-03-04"  # clock_time with a dot
    assert meta("04 Mar 2025 · 5 min read")[0] == "2025-03-04"  # reading_time
    assert meta("2025-03-04T10:15:00Z")[0] == "2025-03-04"  # an ISO stamp runs on into its time
    assert meta("Version 2.1.2025")[0] is None


def test_a_written_date_settles_a_date_in_figures() -> None:
    article = "Norland and Osterland sign a treaty\n\n{line}\n\nThe ministers signed it on Monday ({written})."
    assert infer_metadata(article.format(line="05/06/2025 - 19:12", written="Jun. 5")).date == "2025-06-05"
    assert infer_metadata(article.format(line="05/06/2025 - 19:12", written="May 6")).date == "2025-05-06"


def test_a_weekday_between_publisher_and_date() -> None:
    assert meta("Valdonia Times , Wednesday 29 Oct 2025") == ("2025-10-29", "Valdonia Times", None)
    assert meta("Valdonia Times, Wed. 29 Oct 2025")[0] == "2025-10-29"


def test_labelled_date_lines_may_run_on() -> None:  # date_labels
    assert meta("Published on 05/06/2025 - 19:12 By Ana Costa - Reporter - Valdonia News")[0] == "2025-06-05"
    assert meta("Date 2024-05-03 The two governments met again on Friday in the capital of Valdonia.")[0] == \
        "2024-05-03"
    assert meta("Politics | date 2024-05-03 The two governments met again on Friday in Valdonia.")[0] == "2024-05-03"
    assert meta("Updated 2/3/2024 10:15 AM ET 2024-02-03T15:15:00")[0] == "2024-02-03"
    assert meta("The date 2024-05-03 was chosen by the two governments for the signing.")[0] is None


def test_a_bare_chrome_date_gives_way_to_the_pages_stamp() -> None:
    text = "Menu\n\nFriday, 7 June 2024\n\nNews\n\nPort deal signed in Valdor\n\n12 October 2021, 09:30\n\nText."
    assert infer_metadata(text).date == "2021-10-12"
    later = "Port deal signed in Valdor\n\n12 October 2021\n\nText.\n\nPublished 14 October 2021, 09:30\n\nMore."
    assert infer_metadata(later).date == "2021-10-12"  # the stamp is later: the bare line was the page's own


def test_yearless_wire_datelines_and_stamps_take_the_texts_year() -> None:
    lead = "Headline of the day\n\nTOKYO, Feb. 8 Kyodo - Norland and Osterland agreed {day} to hold drills, after " \
           "their talks in September 2024."
    assert infer_metadata(lead.format(day="Saturday")).date == "2025-02-08"  # the weekday that fits
    assert infer_metadata(lead.format(day="on Thursday")).date == "2024-02-08"
    assert infer_metadata("Headline\n\nNAIROBI, March 4 (Reuters) - MPs met in May 2024.").date == "2024-03-04"
    assert infer_metadata("Headline\n\nMOSCOW, May 3. /TASS/. The talks of April 2025 ended.").date == "2025-05-03"
    assert infer_metadata("Headline\n\nNAIROBI, March 4 (Reuters) - MPs met.").date is None  # no year shown
    assert infer_metadata("Headline\n\nNAIROBI, March 4 (Reuters) - MPs want power for all by 2030.").date is None
    future = ("Headline of the day\n\nTOKYO, Feb. 8 Kyodo - Norland and Osterland agreed Saturday to hold drills in "
              "November 2026, after their talks in September 2024.")
    assert infer_metadata(future).date == "2025-02-08"  # every year shown, and the one after it, is a candidate
    stamp = "Budget 2024: the minister cuts taxes\n\nSeen at 14:05, 3 June\n\nThe minister said so."
    assert infer_metadata(stamp).date == "2024-06-03"


def test_a_title_that_ends_with_its_date() -> None:
    assert infer_metadata("Transcript of the interview of the Minister, 14 October 2025\n\nQ: Hello.").date == \
        "2025-10-14"
    assert infer_metadata("Weekly Media Briefing by the Spokesperson (November 20, 2025)\n\nGood day.").date == \
        "2025-11-20"
    assert infer_metadata("The ministers met on 14 October 2025.\n\nThey agreed.").date is None


def test_a_footer_date_line_after_the_text() -> None:
    body = "\n\n".join(["Port deal signed in Valdor"] + [f"Paragraph {n} of the story." for n in range(45)])
    assert infer_metadata(body + "\n\nWorld 2024-03-05 10:22:33").date == "2024-03-05"
    assert infer_metadata(body + "\n\nNew Delhi\n\nNovember 20, 2025").date == "2025-11-20"
    assert infer_metadata(body).date is None


def test_bylines_author_labels_and_name_particles() -> None:
    assert meta("By Jane Doe")[2] == "Jane Doe"
    assert meta("Written by Ana de la Cruz, Reuters")[2] == "Ana de la Cruz"
    assert meta("Authors: Karl van Weber | AP")[2] == "Karl van Weber"
    assert meta("About the author\n\nJane Doe")[2] == "Jane Doe"
    assert meta("The author:\n\nJane Doe")[2] == "Jane Doe"
    assert meta("About the treaty\n\nJane Doe")[2] is None


@pytest.mark.parametrize(("title", "chrome"), [
    ("Subscribe to our border newsletter", True),
    ("All rights reserved by the publisher", True),
    ("Search the border archive now", True),
    ("Main menu of the site", True),
    ("Research shows the border moved", False),  # "search" only as a whole word
    ("Menus of the border region", False),
])
def test_chrome_is_no_title(title: str, chrome: bool) -> None:
    found = infer_metadata(f"{title}\n\nThe two governments signed the treaty on Monday in the capital.")
    assert (found.title is None) is chrome
