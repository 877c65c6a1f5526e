"""Paragraphs, speaker labels and quotations found in raw text (no parse)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.discourse import find_quotations, find_quotes, paragraphs, speaker_labels
from kg.extract.lang import lexicon

WORDS = lexicon("en").discourse


def _parts(text: str) -> list[tuple[list[str], bool]]:
    return [([text[a:b] for a, b in q.parts], q.closed) for q in find_quotations(text)]


def test_paragraphs_are_the_text_between_blank_lines() -> None:
    text = "  Title\n\nFirst line\nsecond line.\n \n\nLast.\n"
    assert [text[p.start : p.end] for p in paragraphs(text)] == ["Title", "First line\nsecond line.", "Last."]


def test_a_quotation_closed_in_its_paragraph_is_one_part() -> None:
    text = "She said: “We are ready. The venue is prepared.” Then she left."
    assert _parts(text) == [(["We are ready. The venue is prepared."], True)]


def test_a_quotation_runs_on_when_the_next_paragraph_opens_with_a_mark() -> None:
    text = "Marrow said:\n\n“We have agreed the quota. It takes effect in spring.\n\n“We will review steel. It ends in June.”"
    assert _parts(text) == [
        (["We have agreed the quota. It takes effect in spring.", "We will review steel. It ends in June."], True)
    ]


def test_a_quotation_left_open_ends_with_its_paragraph_when_the_next_does_not_go_on() -> None:
    text = "He said “the plan is sound and it will work\n\nThe minister disagreed."
    assert _parts(text) == [(["the plan is sound and it will work"], True)]


def test_regression_a_quotation_cut_off_by_the_end_of_the_text_runs_to_the_end() -> None:
    text = "The chairwoman would not yield.\n\n“Our answer is no. We will not sign under pressure. The next round is up to th"
    assert _parts(text) == [(["Our answer is no. We will not sign under pressure. The next round is up to th"], False)]


def test_a_short_open_mark_is_no_quotation() -> None:
    assert find_quotations("The so-called “reset\n\nended.") == []


def test_straight_quotes_open_after_a_space_and_close_before_one() -> None:
    text = 'He called it "a fair deal" and left.'
    assert [text[a:b] for a, b in find_quotes(text)] == ["a fair deal"]


def test_nested_quotations_are_both_found() -> None:
    text = "“They told us ‘wait’, and then “no” again,” she said."
    spans = [text[a:b] for a, b in find_quotes(text)]
    assert "no" in spans and any(s.startswith("They told us") for s in spans)


@given(st.text(alphabet="ab “”\"\n.,", max_size=80))
def test_every_quotation_part_lies_inside_the_text_and_one_paragraph(text: str) -> None:
    for quotation in find_quotations(text):
        for start, end in quotation.parts:
            assert 0 <= start <= end <= len(text)
            assert "\n\n" not in text[start:end]


TRANSCRIPT = (
    "Transcript of the interview\n\n"
    "KELSO: Good evening, Minister, and welcome. Your ministry raised fuel prices.\n\n"
    "MINISTER ORVAL BRANDT: He told us to wait.\n\n"
    "We will not reverse it.\n\n"
    "Q (AFP): What now?\n\n"
    "Photo: Jan Holm/PhotoBank\n\n"
    "Shri Randhir Jaiswal, Official Spokesperson: Good afternoon.\n\n"
    "Updated: 12 May 2025"
)


def _labels(text: str) -> list[tuple[str, str | None, str]]:
    return [(text[lab.name_start : lab.name_end], lab.role, text[lab.body : lab.body + 8]) for lab in speaker_labels(text, WORDS)]


def test_speaker_labels_of_a_transcript() -> None:
    assert _labels(TRANSCRIPT) == [
        ("KELSO", None, "Good eve"),
        ("MINISTER ORVAL BRANDT", None, "He told "),
        ("AFP", "interviewer", "What now"),
        ("Shri Randhir Jaiswal", None, "Good aft"),
    ]


@pytest.mark.parametrize("chrome", ["Photo: Jan Holm/PhotoBank", "Updated: 12 May 2025", "Next steps: the Council votes.",
                                    "Read more: the summit", "10:30: the session opens"])
def test_chrome_and_section_labels_are_not_speakers(chrome: str) -> None:
    text = f"{chrome}\n\nKELSO: Hello.\n\nBRANDT: Hi.\n\n{chrome}"
    assert [name for name, _, _ in _labels(text)] == ["KELSO", "BRANDT"]


def test_one_headline_with_a_colon_is_no_transcript() -> None:
    assert speaker_labels("Aliyev: We will not yield\n\nThe president spoke in Baku.", WORDS) == []


def test_a_label_alone_in_its_paragraph_opens_the_next_one() -> None:
    text = "LIN JIAN:\n\nChina opposes this.\n\nREUTERS:\n\nWill China respond?"
    assert _labels(text) == [("LIN JIAN", None, "China op"), ("REUTERS", None, "Will Chi")]


def test_a_bare_role_label_names_nobody() -> None:
    text = "Q: Will you resign?\n\nA: No. I will stay."
    assert _labels(text) == [("", "interviewer", "Will you"), ("", "interviewee", "No. I wi")]


@pytest.mark.parametrize(("label", "name"), [
    ("Shri Randhir Jaiswal, Official Spokesperson", "Shri Randhir Jaiswal"),
    ("Hon. (Ms.) Dorcas Atieno (Lakeside, ODM)", "Dorcas Atieno"),
    ("The Speaker (Hon. Moses Wekesa)", "Hon. Moses Wekesa"),
    ("The Cabinet Secretary for Foreign Affairs (Hon. Peter Odera)", "Hon. Peter Odera"),
    ("SEN. RAY DUNMORE (R-TX)", "SEN. RAY DUNMORE"),
    ("VALENTINA OSPINA (ANCHOR)", "VALENTINA OSPINA"),
    ("DONALD TRUMP, PRESIDENT OF THE UNITED STATES", "DONALD TRUMP"),
])
def test_the_name_part_of_a_label(label: str, name: str) -> None:
    text = f"{label}: We will see.\n\nKELSO: Thank you."
    labels = speaker_labels(text, WORDS, lexicon("en").names.titles)
    assert text[labels[0].name_start : labels[0].name_end] == name


def test_a_post_set_into_the_text_is_signed_on_the_line_after_it() -> None:
    from kg.extract.discourse import signed_posts

    text = ("The secretary general wrote on X.\n\n"
            "Spoke with the prime minister. We stand with our ally.\n"
            "— Ada Lenk (@AdaLenk) March 3, 2025\n\n"
            "The minister added nothing.")
    (post,) = signed_posts(text)
    assert text[post.start : post.end] == "Spoke with the prime minister. We stand with our ally."
    assert text[post.name_start : post.name_end] == "Ada Lenk"
