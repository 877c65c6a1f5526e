"""The English stance tables (kg/extract/lang/en/stance.py): consistency, and the narrow rows at work.

The consistency checks need no parse. Each narrow row (a table of one or a few words that
gates one construction) is shown on an invented sentence it lets through and one it does
not; those sentences are parsed with the real model, except where a row waits for a tree
the small model does not build, which is then written out by hand on ``spacy.blank("en")``.
"""
from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Collection
from typing import TYPE_CHECKING, get_args

import pytest
from conftest import Judge

from kg.extract import stance as engine
from kg.extract.lang import Lexicon, lexicon
from kg.extract.lang.stance import RELATIONS, Intent, Polarity, Relation, StanceWords, polar
from kg.extract.stance import polarity_for

if TYPE_CHECKING:
    from spacy.tokens import Doc

WORDS = lexicon("en").stance
POLAR_TABLES = ("adjectives", "qualities", "classes", "act_verbs", "attitude_verbs", "attitude_nouns", "emotions")


def _tables(words: StanceWords) -> dict[str, Collection[str]]:
    return {f.name: getattr(words, f.name) for f in dataclasses.fields(words)}


def _negative(words: StanceWords) -> set[str]:
    found = {w for name in POLAR_TABLES for w, p in getattr(words, name).items() if p == "negative"}
    return found | words.negative_deeds


def _positive(words: StanceWords) -> set[str]:
    return {w for name in POLAR_TABLES for w, p in getattr(words, name).items() if p == "positive"}


# ------------------------------------------------------------------ consistency


def test_every_field_is_a_filled_table_of_lower_case_words() -> None:
    for name, table in _tables(WORDS).items():
        assert table, f"stance.{name} is empty"
        words = set(table)
        assert all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), name


def test_polar_tables_hold_only_polarities() -> None:
    allowed = set(get_args(Polarity))
    for name in POLAR_TABLES:
        assert set(getattr(WORDS, name).values()) <= allowed, name


def test_polar_refuses_a_word_of_both_polarities() -> None:
    assert polar({"bad"}, {"good"}) == {"bad": "negative", "good": "positive"}
    with pytest.raises(ValueError, match="both"):
        polar({"bad", "odd"}, {"good", "odd"})


def test_no_word_is_negative_in_one_table_and_positive_in_another() -> None:
    assert not _negative(WORDS) & _positive(WORDS)


def test_words_that_only_carry_a_relation_evaluate_nothing_against_it() -> None:
    negative = _negative(WORDS)
    assert not WORDS.favours & negative, "a favour is never negative"
    assert not WORDS.bonds & negative, "a bond is never negative"
    assert not WORDS.trust_nouns & negative
    assert not WORDS.oppose_against & _positive(WORDS), "opposition is never positive"
    assert not WORDS.hedges & (negative | _positive(WORDS)), "a hedge reports; it does not evaluate"
    assert not lexicon("en").cues.thinking_verbs & (negative | _positive(WORDS)), "thinking is neutral"


def test_every_relation_is_one_the_engine_implements() -> None:
    assert set(RELATIONS) == set(get_args(Relation))
    assert set(WORDS.relations.values()) <= RELATIONS
    source = inspect.getsource(engine._Judge._relation)
    for relation in RELATIONS:
        assert f'relation == "{relation}"' in source, f"the engine has no branch for {relation!r}"
    assert set(WORDS.relations.values()) == RELATIONS, "every relation is marked by some preposition"


def test_rows_that_name_other_tables_name_words_in_them() -> None:
    assert all(WORDS.relations.get(p) == "member" for p in WORDS.member_after), "member_after gates member prepositions"
    assert set(WORDS.counterpart_bonds) <= WORDS.bonds
    assert WORDS.emotions_not_about <= {w for w, p in WORDS.emotions.items() if p == "positive"}
    assert {w for w, i in WORDS.intent_verbs.items() if i.deed_phrase} <= WORDS.deed_verbs
    assert {w for w, i in WORDS.intent_verbs.items() if i.hostile} <= {
        w for w, p in WORDS.act_verbs.items() if p == "negative"}
    assert WORDS.negating_determiners <= WORDS.negation_words
    assert WORDS.result_verbs <= WORDS.describe_verbs
    assert WORDS.result_prepositions <= WORDS.describe_prepositions
    assert all(isinstance(i, Intent) for i in WORDS.intent_verbs.values())


def test_the_engine_holds_no_word_table() -> None:
    tables = [name for name, value in vars(engine).items()
              if isinstance(value, frozenset) and name not in ("NOMINAL", "MODIFIER_DEPS")]
    assert not tables, f"word tables left in kg/extract/stance.py: {tables}"


def test_the_tables_count() -> None:
    sizes = {name: len(table) for name, table in _tables(WORDS).items()}
    assert sizes["adjectives"] == 250 and sizes["attitude_verbs"] == 108 and sizes["relations"] == 22
    assert sizes["adverbs"] == 175
    assert sum(sizes.values()) >= 1700


# ------------------------------------------------------------------ narrow rows, real parse


NARROW = [
    # counterpart_bonds: "agree" with a direct object or "on"/"to"/"upon" makes X a counterpart
    ("counterpart_bonds", "Osterland agreed with Norland.", "positive"),
    ("counterpart_bonds", "Osterland agreed a deal with Norland.", "neutral"),
    ("counterpart_bonds", "Osterland agreed on a ceasefire with Norland.", "neutral"),
    # blame_complements: "is to blame" blames the subject; "is to visit" says nothing
    ("blame_complements", "Norland is to blame for the crisis.", "negative"),
    ("blame_complements", "Norland is to visit Osterland in May.", "neutral"),
    # intent_verbs hostile: "threatened to" is negative by itself; "planned to" is not
    ("intent_verbs.hostile", "Norland threatened to close the border.", "negative"),
    ("intent_verbs.hostile", "Norland planned to close the border.", "neutral"),
    # intent_verbs deed_phrase: "resorted to" / "prepared for" a deed
    ("intent_verbs.deed_phrase", "Norland resorted to threats.", "negative"),
    ("intent_verbs.deed_phrase", "Norland prepared for an invasion.", "negative"),
    ("intent_verbs.deed_phrase", "Norland prepared for the summit.", "neutral"),
    # emotions_not_about: "satisfaction about X" favours X, "hope about X" does not
    ("emotions_not_about", "He expressed satisfaction about Norland.", "positive"),
    ("emotions_not_about", "He expressed hope about Norland.", "neutral"),
    ("emotions_not_about", "He expressed optimism about Norland.", "neutral"),
    # trust_nouns: "in X" after "confidence" is trust; after "interest" it is a topic
    ("trust_nouns", "He has confidence in Norland.", "positive"),
    ("trust_nouns", "He has no confidence in Norland.", "negative"),
    ("trust_nouns", "He has interest in Norland.", "neutral"),
    # negating_determiners: "no support for X"
    ("negating_determiners", "There is support for Norland.", "positive"),
    ("negating_determiners", "There is no support for Norland.", "negative"),
    # answerable + answerable_for: answerable for a bad deed, not for a place
    ("answerable_for", "Norland is responsible for the attack.", "negative"),
    ("answerable_for", "Norland is responsible for the region.", "neutral"),
    # result_prepositions: "turned ... into" a bad state; "toward" is no result
    ("result_prepositions", "Norland turned the country into a failed state.", "negative"),
    ("result_prepositions", "Norland turned the country toward a failed state.", "neutral"),
    # ability_modals: "cannot keep" demands a stop; "will not keep" denies it
    ("ability_modals", "Norland cannot keep harassing the fishermen.", "negative"),
    ("ability_modals", "Norland will not keep harassing the fishermen.", "positive"),
    # stop_verbs flip what they end
    ("stop_verbs", "He said Norland stopped its provocations.", "positive"),
    ("stop_verbs", "He said Norland started its provocations.", "neutral"),
    # deontic_modals and obligation_verbs: a demand on the subject; "will", "want" are none
    ("deontic_modals", "Norland must withdraw its troops.", "negative"),
    ("deontic_modals", "Norland will withdraw its troops.", "neutral"),
    ("obligation_verbs", "Norland needs to withdraw its troops.", "negative"),
    ("obligation_verbs", "Norland wants to withdraw its troops.", "neutral"),
    # demand_verbs: who is urged to do something; who is allowed to is not asked
    ("demand_verbs", "We urged Norland to withdraw its troops.", "negative"),
    ("demand_verbs", "We allowed Norland to withdraw its troops.", "neutral"),
    ("demand_verbs", "The minister demanded that Norland retract the statement.", "negative"),
    ("demand_verbs", "The minister said that Norland retracted the statement.", "neutral"),
    # demand_prepositions: "called on X" asks X; "called for" asks for a deed
    ("demand_prepositions", "She called on Norland to release the prisoners.", "negative"),
    ("demand_prepositions", "She called for Norland to release the prisoners.", "neutral"),
    # amend_verbs and duty_verbs: what is demanded says X did wrong; joining talks does not
    ("amend_verbs", "We urged Norland to release the prisoners.", "negative"),
    ("amend_verbs", "We urged Norland to join the talks.", "neutral"),
    ("duty_verbs", "We urged Norland to comply with the ruling.", "negative"),
    # claim_nouns: a rejected claim defends its content; a rejected plan says nothing
    ("claim_nouns", "She rejected the accusations against Norland.", "positive"),
    ("claim_nouns", "She rejected the plans against Norland.", "neutral"),
    # claim_prepositions: the claim's content, when it says something of X ("about X's plans")
    ("claim_prepositions", "She rejected the claims about Norland's plans.", "positive"),
    ("claim_prepositions", "She rejected the claims despite Norland's plans.", "neutral"),
    # origin_prepositions: the doer or origin in a denied clause; a place in it is no doer
    ("origin_prepositions", "The committee denied that the drone was launched from Norland.", "positive"),
    ("origin_prepositions", "The committee denied that the drone was launched in Norland.", "neutral"),
    # dismissive_hedges: "so-called" rejects the bad word; "alleged" only reports it
    ("dismissive_hedges", "He criticized the so-called Norland threat.", "positive"),
    ("dismissive_hedges", "He criticized the alleged Norland threat.", "neutral"),
    # thing_classes: a nationality before a thing names its place; before people, their class
    ("thing_classes", "He mentioned the Norlandic partners.", "positive"),
    ("thing_classes", "He mentioned the Norlandic bridge.", "neutral"),
    # idle_objects: "occupies a place" is no occupation
    ("idle_objects", "He said Norland occupies the island.", "negative"),
    ("idle_objects", "He said Norland occupies a central place in our policy.", "neutral"),
    # receive_verbs: the subject takes the polarity of what it receives
    ("receive_verbs", "He said Norland deserves our support.", "positive"),
    ("receive_verbs", "He said Norland needs our support.", "neutral"),
    # means_prepositions: the means of an act reflect on its doer
    ("means_prepositions", "He said Norland showed its face by threatening its neighbours.", "negative"),
    ("means_prepositions", "He said Norland showed its face after threatening its neighbours.", "neutral"),
    # support_phrases: "stand by X" supports X; "stand near X" does not
    ("support_phrases", "We will stand by Norland.", "positive"),
    ("support_phrases", "We will stand near Norland.", "neutral"),
    # condition_marks: a condition set on X is a demand; a time clause is none
    ("condition_marks", "The treaty stays suspended until Norland abjures terrorism.", "negative"),
    ("condition_marks", "The treaty stays suspended while Norland abjures terrorism.", "neutral"),
    # amend_objects: demanded, "take action" is a correction; "take a photo" is none
    ("amend_objects", "We expect Norland to take firm action.", "negative"),
    ("amend_objects", "We expect Norland to take a photo.", "neutral"),
    # blame_nouns + rest_verbs: where the blame lies
    ("blame_nouns", "The responsibility lies with Norland.", "negative"),
    ("blame_nouns", "The future lies with Norland.", "neutral"),
    ("rest_verbs", "The responsibility rests with Norland.", "negative"),
    ("rest_verbs", "The responsibility was shared with Norland.", "neutral"),
    # role_prepositions: "X, as partners," describes X
    ("role_prepositions", "Norland, as our partner, will help.", "positive"),
    # loose_describe_prepositions: "as" hung deep in the object still describes it
    ("loose_describe_prepositions", "He regards attempts by Norland to stop the leaders from attending the talks as pressure.",
     "negative"),
    ("loose_describe_prepositions", "He regards attempts by Norland to stop the leaders from attending the talks with pressure.",
     "neutral"),
    # adverbs: of the evaluative adjectives, but not the intensifiers and discourse words
    ("adverbs", "Norland successfully joined the bloc.", "positive"),
    ("adverbs", "Norland effectively joined the bloc.", "neutral"),
    # obligation_nouns: "has obligations to" is a demand; "has plans to" is none
    ("obligation_nouns", "Norland has obligations to return the villages.", "negative"),
    ("obligation_nouns", "Norland has plans to return the villages.", "neutral"),
    # amend_particles: demanded, "stay away" is a retreat; "stay calm" says what X should be
    ("amend_particles", "Norland should stay away.", "negative"),
    ("amend_particles", "Norland should stay calm.", "neutral"),
    # container_adjectives: "full of" takes the polarity of what it holds
    ("container_adjectives", "He said Norland's speech was full of lies.", "negative"),
    ("container_adjectives", "He said Norland's speech was free of lies.", "neutral"),
    # role_nouns: "the role of" a class names it; "the size of" does not
    ("role_nouns", "He said Norland played the role of a peacemaker.", "positive"),
    ("role_nouns", "He said Norland doubled the size of a peacemaker.", "neutral"),
    # intent_nouns: the infinitive of a plan is its owner's deed
    ("intent_nouns", "He spoke of Norland's plan to annex the island.", "negative"),
    ("intent_nouns", "He spoke of Norland's map to annex the island.", "neutral"),
    # member_in_nouns: "our friends in X"; "our envoys in X" are only there
    ("member_in_nouns", "He thanked our friends in Norland.", "positive"),
    ("member_in_nouns", "He met our envoys in Norland.", "neutral"),
    ("member_in_nouns", "We thank our brothers in Norland for their understanding.", "positive"),
    # benefit_verbs: "benefit from X" makes X a source of good
    ("benefit_verbs", "Our farmers benefit from the Norland market.", "positive"),
    ("benefit_verbs", "Our farmers buy from the Norland market.", "neutral"),
    # blow_verbs + own_side: the patient of the speaker's side's blows is its adversary
    ("blow_verbs", "Our navy sank three Norland ships.", "negative"),
    ("blow_verbs", "Our navy visited three Norland ships.", "neutral"),
    ("own_side", "Their navy sank three Norland ships.", "neutral"),
    # state_prepositions: a copula's state ("in disarray"), not a place ("in port")
    ("state_prepositions", "He said the Norland fleet is in disarray.", "negative"),
    ("state_prepositions", "He said the Norland fleet is at disarray.", "neutral"),
    # response_verbs + response_prepositions: the "with" phrase is the deed, what is answered is not
    ("response_verbs", "He said Norland answered with new attacks.", "negative"),
    ("response_prepositions", "He said Norland will respond to any attack.", "neutral"),
    # relation_nouns: neither good nor bad by themselves, but by their modifiers and verbs
    ("relation_nouns", "They discussed ties with Norland.", "neutral"),
    ("relation_modifiers", "They discussed close ties with Norland.", "positive"),
    ("relation_modifiers", "They discussed tense relations with Norland.", "negative"),
    ("relation_verbs", "They deepened ties with Norland.", "positive"),
    ("relation_verbs", "They said ties with Norland had soured.", "negative"),
    # joint_verbs + together_words: working together with the speaker's side; meeting together is no bond
    ("joint_verbs", "We will work together with Norland on the floods.", "positive"),
    ("joint_verbs", "We will meet together with Norland on the floods.", "neutral"),
    ("together_words", "We will work jointly with Norland on the floods.", "positive"),
    # manner_adverbs: how one answered is the attitude to what one answered
    ("manner_adverbs", "Osterland responded warmly to Norland's proposal.", "positive"),
    ("manner_adverbs", "Osterland responded quickly to Norland's proposal.", "neutral"),
    # amend_phrases: demanded, "take into account" is a correction; "take into the hall" is none
    ("amend_phrases", "Norland must take into account the needs of the poor.", "negative"),
    ("amend_phrases", "Norland must take its delegates into the hall.", "neutral"),
    # amend_comparatives: demanded, "a clearer position" says the present one falls short; "a position" does not
    ("amend_comparatives", "We urged Norland to take a clearer position on the war.", "negative"),
    ("amend_comparatives", "We urged Norland to take a position on the war.", "neutral"),
    ("amend_comparatives", "We urged Norland to adopt a more constructive approach.", "negative"),
    # bearing_nouns: "a conciliatory tone toward X" is as good as its adjective; "a new tone" says nothing
    ("bearing_nouns", "She struck a conciliatory tone toward Norland.", "positive"),
    ("bearing_nouns", "She struck a new tone toward Norland.", "neutral"),
    ("bearing_nouns", "She took a hostile attitude towards Norland.", "negative"),
    # bestow_verbs: "lavished praise on X" praises X, "heaped scorn on X" scorns it; "spent money on X" says nothing
    ("bestow_verbs", "He lavished praise on Norland.", "positive"),
    ("bestow_verbs", "He heaped criticism on Norland.", "negative"),
    ("bestow_verbs", "He spent praise on Norland.", "neutral"),
    # wrong_phrases: "kept X waiting" wrongs X, its doer is negative; "kept X informed" does not
    ("wrong_phrases", "Norland has kept Osterland waiting at its door for years.", "negative"),
    ("wrong_phrases", "Norland has kept Osterland informed for years.", "neutral"),
    # negated_adverbs: "never again" negates the verb; adding_adverbs: "not only" does not
    ("negated_adverbs", "We will never again accept Norland's conditions.", "negative"),
    ("adding_adverbs", "We not only support Norland but admire it.", "positive"),
    # summon_verbs + envoy_nouns: summoning an envoy rebukes the envoy's country; meeting one does not
    ("summon_verbs", "The ministry summoned Norland's ambassador on Monday.", "negative"),
    ("summon_verbs", "The ministry received Norland's ambassador on Monday.", "neutral"),
    ("envoy_nouns", "Norland's chargé d'affaires was summoned to the ministry.", "negative"),
    ("envoy_nouns", "Norland's trade minister was summoned to the ministry.", "neutral"),
    # protest_nouns after a give verb: "issued a warning to X" rebukes X; "issued an invitation to X" does not
    ("protest_nouns", "The minister issued a stern warning to Norland.", "negative"),
    ("protest_nouns", "The minister issued a formal notice to Norland.", "neutral"),
    # protest_nouns: "a protest with X" is a rebuke of X; "talks with X" are not
    ("protest_nouns", "Osterland has lodged a strong protest with Norland.", "negative"),
    ("protest_nouns", "Osterland has held strong talks with Norland.", "neutral"),
    # advice_phrases: "would do well to" advises a correction; "did well to" praises nothing here
    ("advice_phrases", "Norland would do well to dismantle the camps.", "negative"),
    ("advice_phrases", "Norland would like to dismantle the camps.", "neutral"),
    # side_nouns: "the Norlandic side" is Norland; the Norlandic press is not
    ("side_nouns", "The Norlandic side's assertion is not acceptable to us.", "negative"),
    ("side_nouns", "The Norlandic press's assertion is not acceptable to us.", "neutral"),
    # contrast_conjunctions: "not A but B" denies A and asserts B
    ("contrast_conjunctions", "He said Norland is not hostile but friendly.", "positive"),
    ("contrast_conjunctions", "He said Norland is not friendly.", "negative"),
    # recall_verbs + post_prepositions: recalling one's envoy "to X" rebukes X; appointing one does not
    ("recall_verbs", "Osterland recalled its ambassador to Norland on Monday.", "negative"),
    ("recall_verbs", "Osterland appointed its ambassador to Norland on Monday.", "neutral"),
    # instrument_nouns: "used energy as a weapon" misuses it; "used energy as a resource" does not
    ("instrument_nouns", "She said Norland had used energy as a weapon.", "negative"),
    ("instrument_nouns", "She said Norland had used energy as a resource.", "neutral"),
    # fire_verbs + weapon_nouns + fire_prepositions: "launched drones at Y" harms Y; "launched a satellite" does not
    ("weapon_nouns", "He said Norland launched 450 drones and 38 missiles at Osterland.", "negative"),
    ("weapon_nouns", "He said Norland launched a satellite at dawn.", "neutral"),
    ("fire_prepositions", "He said Norland launched a new drone on Tuesday.", "neutral"),
    # together_words: working "closely" with X is acting as one with X; working "hard" with X is not
    ("together_words", "We will continue to work closely with Norland.", "positive"),
    ("together_words", "We will continue to work hard with Norland.", "neutral"),
    # support_phrases through the verb's object: 'stands "shoulder to shoulder" with X' stands with X
    ("support_phrases", 'She said Osterland stands "shoulder to shoulder" with Norland.', "positive"),
    ("support_phrases", 'She said Osterland takes "shoulder to shoulder" photos with Norland.', "neutral"),
    # repeat_adverbs: a demand made "repeatedly" was not met; made once, it says nothing
    ("repeat_adverbs", "We have repeatedly asked Norland to complete the verification.", "negative"),
    ("repeat_adverbs", "We have asked Norland to complete the verification.", "neutral"),
    ("repeat_adverbs", "We have repeatedly asked Norland to continue its support.", "neutral"),
    # duty_verbs: "has to answer to the people" holds X to account
    ("duty_verbs", "She said Norland has to answer to its people.", "negative"),
    # favours: "thanks to X", "thanks to our cooperation with X" credit X
    ("favours", "Thanks to Norland, the smelters have created jobs.", "positive"),
    ("favours", "Thanks to our cooperation with Norland, the smelters have created jobs.", "positive"),
    ("favours", "Next to our cooperation with Norland, the smelters have created jobs.", "neutral"),
    # share_verbs + shared_goods: sharing values with the speaker's side bonds; sharing a border says nothing
    ("shared_goods", "He said that we and Norland share the same values.", "positive"),
    ("shared_goods", "He said that we and Norland share the same border.", "neutral"),
    # aim_phrases: "hit out at X", "took aim at X" attack X; "took a look at X" does not
    ("aim_phrases", "The minister hit out at Norland on Monday.", "negative"),
    ("aim_phrases", "The minister took aim at the Norland carbon levy.", "negative"),
    ("aim_phrases", "The minister took a look at the Norland carbon levy.", "neutral"),
    # press_phrases: "pressed X on Y" holds X short of what is asked; "pressed X for a visit" does not
    ("press_phrases", "The minister pressed Norland on the repatriation of profits.", "negative"),
    ("press_phrases", "The minister pressed Norland for a date.", "neutral"),
    # wish_verbs: asking for "a clearer position from X" asks more of X; "received a clearer map from X" does not
    ("wish_verbs", "We would wish for a clearer position from Norland.", "negative"),
    ("wish_verbs", "We received a clearer map from Norland.", "neutral"),
    # asked_nouns: more of a position is asked of X; more tourists from X asks nothing of X
    ("asked_nouns", "We expect more tourists from Norland this year.", "neutral"),
    ("asked_nouns", "We expect greater efforts from Norland this year.", "negative"),
    # amend_comparatives as the object itself: "X must do more"; "X must do it" asks nothing more
    ("amend_comparatives", "He said Norland must do more.", "negative"),
    ("amend_comparatives", "He said Norland must do it.", "neutral"),
]


@pytest.mark.model
@pytest.mark.parametrize(("row", "text", "want"), NARROW, ids=[f"{r}:{t}" for r, t, _ in NARROW])
def test_narrow_rows_on_invented_sentences(judge: Judge, row: str, text: str, want: str) -> None:
    assert judge(text, "Norland") == want


# ------------------------------------------------------------------ narrow rows, written-out parse


def _doc(rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """A parsed Doc from (word, lemma, head index, dep, pos) rows."""
    import spacy
    from spacy.tokens import Doc

    words, lemmas, heads, deps, pos = zip(*rows)
    return Doc(spacy.blank("en").vocab, words=list(words), lemmas=list(lemmas), heads=list(heads),
               deps=list(deps), pos=list(pos))


def _such_as(head_of_as: int) -> Doc:
    """'He condemned hostile powers such as Norland.', with "as" hanging from ``head_of_as``."""
    return _doc([
        ("He", "he", 1, "nsubj", "PRON"), ("condemned", "condemn", 1, "ROOT", "VERB"),
        ("hostile", "hostile", 3, "amod", "ADJ"), ("powers", "power", 1, "dobj", "NOUN"),
        ("such", "such", 3, "amod", "ADJ"), ("as", "as", head_of_as, "prep", "ADP"),
        ("Norland", "Norland", 5, "pobj", "PROPN"), (".", ".", 1, "punct", "PUNCT"),
    ])


def _judge_doc(doc: Doc, words: StanceWords | None = None) -> str:
    start = doc.text.index("Norland")
    ids = {t.i for t in doc if start <= t.idx < start + len("Norland")}
    tokens = [doc[i] for i in sorted(ids)]
    return engine._Judge(ids, words or WORDS, lexicon("en").cues.reporting_verbs).target(engine._head(tokens, ids)) or engine.NEU


def test_member_after_such_as_shares_the_groups_role() -> None:
    """member_after {"as": "such"}: "as" after "such" names a member of the group ("hostile
    powers such as X" is negative for X); "as" after the noun itself does not. The small model
    hangs "such" under "as" (so the row does not fire on its parse of this phrase); the tree the
    row waits for is written out here."""
    assert _judge_doc(_such_as(head_of_as=4)) == "negative"
    assert _judge_doc(_such_as(head_of_as=3)) == "neutral"
    without = dataclasses.replace(WORDS, member_after={})
    assert _judge_doc(_such_as(head_of_as=3), without) == "negative", "without the row any 'as' names a member"
    assert _judge_doc(_such_as(head_of_as=4), without) == "neutral", "and 'such' no longer stands for the group"


def test_polarity_for_reads_the_lexicon_of_the_documents_language(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc([("Norland", "Norland", 1, "nsubj", "PROPN"), ("is", "be", 1, "ROOT", "AUX"),
                ("hostile", "hostile", 1, "acomp", "ADJ"), (".", ".", 1, "punct", "PUNCT")])
    start = doc.text.index("Norland")
    assert polarity_for(doc[:], start, start + 7, "x", None) == "negative"  # type: ignore[arg-type]
    en = lexicon("en")
    calm: Lexicon = dataclasses.replace(en, stance=dataclasses.replace(
        en.stance, adjectives={w: p for w, p in en.stance.adjectives.items() if w != "hostile"}))
    monkeypatch.setattr(engine, "lexicon_of", lambda parsed: calm)
    assert polarity_for(doc[:], start, start + 7, "x", None) == "neutral"  # type: ignore[arg-type]
