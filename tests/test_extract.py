"""Entities and statements on small made-up texts, parsed with the real model.

Each test names the behaviour a reader expects: one IRI per person, speakers
found behind pronouns, titles and quotations, and no statement where the writer
only evaluates speech.
"""
from __future__ import annotations

import pytest

from kg.records import Extraction

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(extract_text):  # type: ignore[no-untyped-def]
    return extract_text


def speakers(extraction: Extraction) -> list[tuple[str, str]]:
    return [(s.speaker, s.evidence.text) for s in extraction.statements]


def mention_keys(extraction: Extraction, text: str) -> set[str]:
    return {m.entity for m in extraction.mentions if m.span.text == text}


def test_shared_surname_is_the_person_named_in_full(run) -> None:  # type: ignore[no-untyped-def]
    heydar = run("Heydar Aliyev founded the party in 1992. Aliyev said the country would survive.")
    ilham = run("Ilham Aliyev spoke in Baku on Monday. Aliyev said the talks had failed.")
    assert mention_keys(heydar, "Aliyev") == {"heydar_aliyev"}
    assert mention_keys(ilham, "Aliyev") == {"ilham_aliyev"}


def test_a_surname_of_several_words_is_the_person_named_in_full(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("Chilean Foreign Minister Alberto van Klaveren spoke on Thursday. Van Klaveren said Chile was ready.")
    assert [s.speaker for s in extraction.statements] == ["alberto_van_klaveren"]


def test_a_family_name_first_is_the_person_named_in_full_not_the_registrys_namesake(run) -> None:  # type: ignore[no-untyped-def]
    spokeswoman = run("Foreign Ministry spokeswoman Mao Ning spoke on Monday. Mao said cooperation was not targeted at anyone.")
    assert [s.speaker for s in spokeswoman.statements] == ["mao_ning"]
    alone = run("Historians recall that Mao said power grows out of the barrel of a gun.")
    assert [s.speaker for s in alone.statements] == ["mao_zedong"]


def test_a_subject_the_parse_split_is_the_part_next_to_the_verb(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run('On Tuesday, Cook Islands Prime Minister Mark Brown said his government had "nothing to hide."')
    assert [s.speaker for s in extraction.statements] == ["mark_brown"]


def test_a_given_name_alone_is_the_person_named_in_full(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("Ethiopian Prime Minister Abiy Ahmed spoke to parliament. Abiy thanked Djibouti for its help, "
                     "but said the country could not depend on a single port.")
    assert [s.speaker for s in extraction.statements] == ["abiy_ahmed"]
    other = run("Mark Brown spoke on Monday. Mark Rutte said NATO was ready.")
    assert [s.speaker for s in other.statements] == ["mark_rutte"]


def test_surname_never_merges_with_a_relative(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("Mehriban Aliyeva visited Ganja. Ilham Aliyev said the plant would open in May.")
    assert mention_keys(extraction, "Mehriban Aliyeva") == {"mehriban_aliyeva"}
    assert mention_keys(extraction, "Ilham Aliyev") == {"ilham_aliyev"}


def test_ocr_damaged_names_resolve(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("President Illham Aliyev said that Tirkiye is a close ally of his country.")
    assert ("ilham_aliyev", extraction.statements[0].evidence.text) in speakers(extraction)
    assert {t.entity for t in extraction.statements[0].targets} >= {"turkiye"}


def test_nationality_adjective_is_no_mention(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("Russian officials met French diplomats in Geneva on Tuesday.")
    assert not mention_keys(extraction, "Russian") and not mention_keys(extraction, "French")


def test_pronoun_speaker_is_the_person_spoken_of(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("Emmanuel Macron arrived in Berlin on Monday. He said that Europe must rearm.")
    assert [k for k, _ in speakers(extraction)] == ["emmanuel_macron"]


def test_every_sentence_of_an_attributed_quotation_is_a_statement(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run('"We will not join the bloc. Our neutrality is not for sale," Jane Doe told reporters.')
    found = [(s.speaker, s.kind) for s in extraction.statements]
    assert found == [("jane_doe", "direct"), ("jane_doe", "direct")]


def test_according_to_names_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("According to Sergey Lavrov, the sanctions have failed.")
    assert [(s.speaker, s.cue) for s in extraction.statements] == [("sergey_lavrov", "according to")]


def test_metonym_speaks_for_its_country(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("The Kremlin said on Monday that the talks with Kyiv would resume.")
    assert [k for k, _ in speakers(extraction)] == ["russia"]


def test_writer_evaluating_speech_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("Olaf Scholz gave a speech in Bonn. His statements reflect a deep frustration with Brussels.")
    assert speakers(extraction) == []


def test_description_with_another_title_is_not_the_last_person(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run(
        "Foreign Minister Jane Doe said that Ruritania would not join the alliance. "
        "The Prime Minister of Ruritania criticized NATO for its expansion."
    )
    assert [k for k, _ in speakers(extraction)] == ["jane_doe"]


def test_evidence_is_the_original_text_at_its_offsets(run) -> None:  # type: ignore[no-untyped-def]
    text = "**Josep Borrell** said that the bloc\nwould keep its mission in Armenia.\n"
    extraction = run(text, "borrell.md")
    (statement,) = extraction.statements
    span = statement.evidence
    assert statement.speaker == "josep_borrell"
    assert text[span.start : span.end] == span.text and "\n" in span.text


def test_leader_description_is_the_head_of_state_not_his_spokesman(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run(
        "Russian President Vladimir Putin is ready for talks, Kremlin spokesman Dmitry Peskov told reporters. "
        "On Tuesday, the Russian leader held a meeting with his security council, at which he said that "
        "the offensive would continue."
    )
    assert [k for k, _ in speakers(extraction)] == ["dmitry_peskov", "vladimir_putin"]


def test_speech_on_a_weekday_is_no_content(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("Radosław Sikorski arrived in Kyiv. His speech on Tuesday was no exception.")
    assert speakers(extraction) == []


def test_names_the_registry_cut_in_two_are_one(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run(
        "Drones struck Odesa Oblast overnight. The Law Society of Kenya said the tax had overstepped the law."
    )
    names = {m.span.text: extraction.entities[m.entity].type for m in extraction.mentions}
    assert names.get("Odesa Oblast") == "Place"
    assert names.get("Law Society of Kenya") == "Organization"


def test_paragraph_after_said_colon_is_verbatim_speech(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run(
        "Speaking after the summit, António Costa said:\n\n"
        "Europe needs results. The leaders gave a clear mandate today.\n\n"
        "The markets rose on Friday.\n"
    )
    found = [(s.speaker, s.cue, s.evidence.text) for s in extraction.statements]
    assert found == [  # the introduction and the first sentence it introduces are one statement
        ("antonio_costa", "say", "Speaking after the summit, António Costa said:\n\nEurope needs results."),
        ("antonio_costa", "quote", "The leaders gave a clear mandate today."),
    ]


def test_the_ministry_is_the_ministry_last_named(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run(
        "The Ministry of Foreign Affairs of China summoned the envoy on Monday. "
        "The ministry said the vessel had entered Chinese waters."
    )
    assert {s.speaker for s in extraction.statements} == {"ministry_of_foreign_affairs_of_china"}


def test_mediators_named_by_nationality_speak_for_their_countries(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("Qatari and Egyptian mediators pressed both sides on Wednesday to accept the proposal.")
    assert {s.speaker for s in extraction.statements} == {"qatar", "egypt"}


def test_wire_dateline_is_not_the_subject(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("MEXICO CITY, May 12, 2025 — President Claudia Sheinbaum on Monday rejected any deployment.")
    assert [s.speaker for s in extraction.statements] == ["claudia_sheinbaum"]


@pytest.mark.parametrize("dateline", ["NAIROBI, June 12 (Reuters) - ", "MOMBASA, Thursday — ", "KYIV — "])
def test_wire_dateline_without_a_year_is_not_the_subject(run, dateline: str) -> None:  # type: ignore[no-untyped-def]
    extraction = run(dateline + "President William Ruto has thanked China for financing the railway.")
    assert [(s.speaker, s.evidence.text) for s in extraction.statements] == [
        ("william_ruto", "President William Ruto has thanked China for financing the railway.")]


def test_a_name_after_a_live_blog_timestamp_keeps_its_verb(run) -> None:  # type: ignore[no-untyped-def]
    # the parser had cut "Tinubu | gets the first question", so "He says" went to Starmer
    extraction = run('Starmer says British businesses face "real difficulties" in Nigeria.\n\n12.58 GMT\n\n'
                     'Tinubu gets the first question, on visas. He says the UK visa fees are "unfair".')
    assert [s.speaker for s in extraction.statements] == ["keir_starmer", "bola_tinubu"]


def test_a_titled_name_before_a_dash_is_a_subject_not_a_dateline(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("NATO Secretary General Mark Rutte — speaking in Brussels — said Russia was a threat.")
    assert [s.speaker for s in extraction.statements] == ["mark_rutte"]


def test_sentence_case_headline_with_a_verb_of_saying_is_the_actors(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run('Wang Yi hails Pakistan as "ironclad friend," warns against bloc confrontation\n\n'
                     "The ministers met in Islamabad on Saturday.\n")
    [statement] = extraction.statements
    assert (statement.speaker, statement.cue) == ("wang_yi", "hail")
    assert [(t.entity, t.polarity) for t in statement.targets] == [("pakistan", "positive")]


def test_headline_verbs_read_as_nouns_are_the_actors_and_give_their_attitude(run) -> None:  # type: ignore[no-untyped-def]
    """The tagger reads "attacks IMF conditions, signals" as a noun phrase and gave the IMF the
    headline; each verb of attitude now gives the actors right after it its polarity."""
    extraction = run("Ruto attacks IMF conditions, signals cooling on loans\n\n"
                     "President William Ruto spoke in Mombasa on Thursday.\n")
    [statement] = extraction.statements
    assert statement.speaker == "william_ruto"
    assert [(t.entity, t.polarity) for t in statement.targets] == [("international_monetary_fund", "negative")]
    listed = run("Lula condemns Venezuela's vote, thanks the European Union and Chile for their help\n\n"
                 "President Luiz Inácio Lula da Silva spoke on Sunday.\n")
    polarities = {t.entity: t.polarity for s in listed.statements for t in s.targets}
    assert polarities == {"venezuela": "negative", "european_union": "positive", "chile": "positive"}


def test_a_headline_praising_a_bond_praises_its_other_side(run) -> None:  # type: ignore[no-untyped-def]
    """The parser hung "partnership" on the preposition before "praises"; read in order, praising
    the partnership with X praises X, and condemning an alliance with X leaves X its ground."""
    extraction = run("President Lula welcomes progress on trade deal and praises partnership with Chile\n\n"
                     "President Luiz Inácio Lula da Silva spoke in Brasília on Tuesday.\n")
    polarities = {t.entity: t.polarity for s in extraction.statements for t in s.targets}
    assert polarities.get("chile") == "positive"
    condemned = run("Lula condemns alliance with Venezuela, warns of sanctions\n\n"
                    "President Luiz Inácio Lula da Silva spoke in Brasília on Tuesday.\n")
    polarities = {t.entity: t.polarity for s in condemned.statements for t in s.targets}
    assert polarities.get("venezuela") != "positive"


def test_a_headline_call_with_quoted_words_or_its_particle_is_the_actors(run) -> None:  # type: ignore[no-untyped-def]
    """"X calls Y 'Z'" gives Y what Z says; "X calls for ..." is a cue with its particle; a later
    verb after a comma may be the cue ("X courts Y, calls Z 'unfair'"); "X calls Y" alone is no statement."""
    body = "\n\nGerman Chancellor Friedrich Merz met Mark Carney in Berlin on Tuesday.\n"
    called = run("Merz calls Canada 'reliable partner'" + body)
    assert [(s.speaker, s.cue) for s in called.statements][:1] == [("friedrich_merz", "call")]
    assert ("canada", "positive") in [(t.entity, t.polarity) for t in called.statements[0].targets]
    later = run("Merz courts Canada on gas, calls Norway 'unreliable'" + body)
    assert ("norway", "negative") in [(t.entity, t.polarity) for s in later.statements for t in s.targets]
    assert [s.cue for s in run("Merz calls for a gas deal with Canada" + body).statements][:1] == ["call for"]
    assert [s.rule for s in run("Merz calls Canada" + body).statements if s.rule == "statement:title-headline"] == []


def test_a_countrys_attack_in_a_headline_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Russia attacks Kyiv with drones overnight\n\nSirens sounded.\n").statements == []


def test_a_sentence_case_headline_without_a_verb_of_saying_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Kenya floods leave thousands homeless in the west\n\nThe rains went on.\n").statements == []


def test_a_quotation_signed_with_a_dash_is_the_signers(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run('What they said\n\n"Osterland is not alone. We will never accept this." — '
                     "CARICOM Secretary-General Carla Barnett, in a statement\n\n"
                     '"Nobody will be fooled by this vote." — a diplomat in the region\n')
    assert [(s.speaker, s.evidence.text) for s in extraction.statements] == [
        ("carla_barnett", '"Osterland is not alone.'), ("carla_barnett", 'We will never accept this."')]


def test_two_speakers_coordinated_in_one_sentence_each_get_their_own_clause(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("Wang Yi described China and the EU as partners, and Kaja Kallas, the EU's top diplomat, "
                     "welcomed cooperation with China on climate change.")
    by_speaker = {s.speaker: s for s in extraction.statements}
    assert by_speaker["wang_yi"].evidence.text == "Wang Yi described China and the EU as partners"
    kallas = by_speaker["kaja_kallas"]
    assert kallas.evidence.text == "Kaja Kallas, the EU's top diplomat, welcomed cooperation with China on climate change."
    assert [(t.entity, t.polarity) for t in kallas.targets] == [("china", "positive")]


def test_a_second_speaker_joined_to_the_reported_clause_gets_its_own_clause(run) -> None:  # type: ignore[no-untyped-def]
    """The parser joins "and Wang accused" to the clause Kallas's "told" reports; with a subject
    of its own it is Wang's clause, and Kallas's words about China are not his."""
    extraction = run("Kaja Kallas met Wang Yi in Brussels. Kallas told Wang that China's backing for Russia's war was "
                     '"the single biggest obstacle" in the relationship, and Wang accused the EU of preparing '
                     'tariffs that would "hurt both sides."')
    by_speaker = {s.speaker: s for s in extraction.statements}
    assert by_speaker["wang_yi"].evidence.text.startswith("Wang accused the EU")
    assert "china" not in {t.entity for t in by_speaker["wang_yi"].targets}
    assert not by_speaker["kaja_kallas"].evidence.text.endswith('both sides."')


def test_two_speakers_on_either_side_of_a_semicolon_each_get_their_own_clause(run) -> None:  # type: ignore[no-untyped-def]
    """The parser makes the first clause the object of the second speaker's "say"."""
    extraction = run("Kaja Kallas met Wang Yi in Brussels. Kallas did say that China and the EU can work on climate "
                     'change; Wang did say that China supports the EU\'s "strategic autonomy."')
    by_speaker = {s.speaker: s for s in extraction.statements}
    assert by_speaker["kaja_kallas"].evidence.text == "Kallas did say that China and the EU can work on climate change"
    assert by_speaker["wang_yi"].evidence.text == 'Wang did say that China supports the EU\'s "strategic autonomy."'


def test_a_trailing_participle_describing_something_as_something_is_the_subjects_statement(run) -> None:  # type: ignore[no-untyped-def]
    """"X struck a tone ..., describing Y as Z": the participle is what X said; a trailing
    participle of a weak cue without a description stays the writer's ("..., highlighting ...")."""
    described = run('Claudia Sheinbaum struck a conciliatory tone toward the United States, describing the '
                    'relationship with the Trump administration as "one of respect."')
    [statement] = described.statements
    assert (statement.speaker, statement.cue) == ("claudia_sheinbaum", "describe")
    assert ("united_states", "positive") in [(t.entity, t.polarity) for t in statement.targets]
    assert run("Claudia Sheinbaum visited the port, highlighting the new cranes.").statements == []


def test_who_uses_an_occasion_to_warn_is_the_one_who_warns(run) -> None:  # type: ignore[no-untyped-def]
    """"X used his visit to warn Y": X warns (occasion_verbs); "X urged Y to warn Z" stays no statement of Y's."""
    extraction = run("Prime Minister Mark Carney used his visit to Berlin on Tuesday to warn the United States "
                     "that Canada would not drop its counter-tariffs.")
    assert [(s.speaker, s.cue) for s in extraction.statements] == [("mark_carney", "warn")]
    praised = run('German Chancellor Friedrich Merz lavished praise on Canada as "a reliable partner in uncertain times."')
    assert [(t.entity, t.polarity) for s in praised.statements for t in s.targets] == [("canada", "positive")]


def test_issuing_a_warning_pushing_back_and_lecturing_are_statements_against_their_object(run) -> None:  # type: ignore[no-untyped-def]
    warned = run("Prabowo Subianto has issued his sharpest warning yet to China over its patrols.")
    assert [(s.speaker, s.cue, [(t.entity, t.polarity) for t in s.targets]) for s in warned.statements] == [
        ("prabowo_subianto", "issue warning", [("china", "negative")])]
    pushed = run("Prabowo Subianto used a maritime forum to push back against China.")
    assert [(s.speaker, s.cue) for s in pushed.statements] == [("prabowo_subianto", "push back")]
    lectured = run("Keir Starmer lectured Nigeria on its business climate.")
    assert [(t.entity, t.polarity) for s in lectured.statements for t in s.targets] == [("nigeria", "negative")]
    assert run("Prabowo Subianto had an opportunity to highlight the ties.").statements == []


def test_a_description_between_commas_leaves_the_name_before_it_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    """The parser hangs the name on the date and gives "said" no subject: the name before the
    description ", popularly known as ...," said it."""
    text = ("Robert Kyagulanyi has accused the commission.\n\nSpeaking to journalists in Kavule on Monday, "
            "Kyagulanyi, popularly known as Bobi Wine, said the requirement that aspirants collect "
            "signatures was designed to hand the ruling party a veto.")
    assert ("robert_kyagulanyi", "say") in {(s.speaker, s.cue) for s in run(text).statements}


def test_one_speaker_with_two_coordinated_cues_keeps_the_whole_sentence(run) -> None:  # type: ignore[no-untyped-def]
    text = "Macron said France would stay and warned that Russia was a threat."
    assert [s.evidence.text for s in run(text).statements] == [text]


def test_abbreviation_and_generic_head_name_the_body_named_in_full(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run(
        "The Bureau of Fisheries and Aquatic Resources (BFAR) counted 40 vessels. BFAR said the boats left. "
        "The European Commission proposed new rules on Monday, and the Commission said they would pass."
    )
    keys = {m.span.text: m.entity for m in extraction.mentions}
    assert keys["BFAR"] == keys["Bureau of Fisheries and Aquatic Resources"]
    assert keys["Commission"] == keys["European Commission"] == "european_commission"


def test_byline_author_is_a_person_whatever_the_ner_says(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("Senators back the bill\n\nBy Marcus Ellery\n\nThe Senate voted on Monday.\n")
    assert extraction.entities["marcus_ellery"].type == "Person"


def test_she_is_not_the_man_spoken_of_last(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run('Mr Jonas Dahl met Anna Berg in Oslo on Monday. "We agreed on the next steps," she said.')
    assert [s.speaker for s in extraction.statements] == ["anna_berg"]


def test_a_place_before_a_title_is_no_part_of_a_persons_name(run) -> None:  # type: ignore[no-untyped-def]
    """The NER runs "Manitoba Premier" together as a person: the place is a place, the title
    no surname."""
    extraction = run("Manitoba Premier said the tax was unfair, and Manitoba Premier Wab Kinew agreed.")
    found = {(m.span.text, m.entity, extraction.entities[m.entity].type) for m in extraction.mentions}
    assert found == {("Manitoba", "manitoba", "Place"), ("Wab Kinew", "wab_kinew", "Person")}
    assert not mention_keys(run("Sonora Governor said the dam would stay closed."), "Sonora Governor")
    named = run("Hassan Sheikh Mohamud said on Monday that the talks had failed.")
    assert {m.span.text for m in named.mentions} == {"Hassan Sheikh Mohamud"}


def test_a_titled_surname_in_a_speaker_label_is_the_registry_person(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run("Press conference\n\nPRESIDENT KARIS: We will respond calmly to the incursion.\n\n"
                     "Q: Will you call the alliance?\n\nPRESIDENT KARIS: We already have.\n")
    assert [k for k, _ in speakers(extraction)] == ["alar_karis", "alar_karis"]


@pytest.mark.parametrize("name, bare", [
    ("Home Secretary Jane Doe", "Jane Doe"),
    ("Homeland Security Secretary Jane Doe", "Jane Doe"),
    ("CHIEF CABINET SECRETARY DOE", "DOE"),
    ("Finance Minister", "Finance Minister"),
    ("Jane Doe", "Jane Doe"),
])
def test_an_office_and_the_words_that_say_which_are_no_part_of_a_name(name: str, bare: str) -> None:
    from kg.extract.entities import strip_name
    from kg.extract.lang import lexicon

    assert strip_name(name, lexicon("en").names)[0] == bare


def test_he_and_she_after_a_representative_are_the_country_represented(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run(
        "Council debates the drought\n\n"
        "Jane Doe, the relief chief, said the harvest had failed in the north.\n\n"
        "The representative of Denmark said the resolution remained unimplemented. "
        "\u201cThis Council cannot keep adopting texts that the parties ignore,\u201d she said.\n\n"
        "The representative of Norway said the aid must reach the camps, and she condemned the looting. "
        "She recalled that the donors had met in April.\n"
    )
    found = speakers(extraction)
    assert ("denmark", "\u201cThis Council cannot keep adopting texts that the parties ignore,\u201d she said.") in found
    assert ("norway", "She recalled that the donors had met in April.") in found
    assert not [e for k, e in found if k == "jane_doe" and "Denmark" not in e and e.startswith(("\u201cThis", "She"))]


def test_regression_a_quoted_description_hung_on_the_object_makes_call_a_cue(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run('Claudia Sheinbaum spoke on Thursday. Last week she called the US tariffs "a mistake that hurts both economies."')
    assert [(s.speaker, s.cue) for s in extraction.statements] == [("claudia_sheinbaum", "call")]
    assert [(t.entity, t.polarity) for t in extraction.statements[0].targets] == [("united_states", "negative")]


def test_a_person_who_renews_a_countrys_demand_voices_it(run) -> None:  # type: ignore[no-untyped-def]
    extraction = run('"Britain treats our students as suspects," Mr Tinubu said. '
                     "He also renewed Nigeria's demand for the return of looted funds held in British banks.")
    assert [s.speaker for s in extraction.statements] == ["bola_tinubu", "bola_tinubu"]


def test_regression_a_cue_in_the_speakers_relative_clause_keeps_its_targets(run) -> None:  # type: ignore[no-untyped-def]
    # the speaker's phrase had taken in the whole relative clause, Britain with it
    extraction = run('Mr Tinubu, who described Britain as "a trusted friend" in his opening remarks, left early.')
    [statement] = extraction.statements
    assert [(t.entity, t.polarity) for t in statement.targets] == [("united_kingdom", "positive")]


@pytest.mark.parametrize(("text", "cue"), [
    ("Modi hit out at the European Union on Tuesday.", "hit out"),
    ("Narendra Modi took aim at the EU carbon levy on Tuesday.", "take aim"),
])
def test_regression_at_after_an_aimed_cue_names_the_target_not_the_setting(run, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    [statement] = run(text).statements
    assert statement.cue == cue
    assert [(t.entity, t.polarity) for t in statement.targets] == [("european_union", "negative")]


def test_pressing_someone_on_an_issue_is_a_statement(run) -> None:  # type: ignore[no-untyped-def]
    [statement] = run("Keir Starmer pressed Nigeria on the repatriation of profits.").statements
    assert (statement.speaker, statement.cue) == ("keir_starmer", "press")


def test_regression_pm_before_a_name_is_a_title(run) -> None:  # type: ignore[no-untyped-def]
    # "PM Modi" had become a person of its own, apart from Narendra Modi
    [statement] = run('"India and America share the same values," PM Modi said.').statements
    assert statement.speaker == "narendra_modi"


def test_a_gerund_after_with_is_done_by_the_noun_before_it(run) -> None:  # type: ignore[no-untyped-def]
    [statement] = run("The talks ended with Mr Starmer telling Nigeria to fix its business climate.").statements
    assert statement.speaker == "keir_starmer"
    # the one told to act is spoken of too
    assert [(t.entity, t.polarity) for t in statement.targets] == [("nigeria", "negative")]


def test_a_quoted_description_closing_the_object_makes_call_a_cue(run) -> None:  # type: ignore[no-untyped-def]
    # the parser hung "dangerous" on "vessels"; the vessels' owner is not what is described
    [statement] = run('Ferdinand Marcos called China\'s use of water cannon against Philippine vessels "dangerous and illegal".').statements
    assert statement.cue == "call"
    assert dict((t.entity, t.polarity) for t in statement.targets) == {"china": "negative", "philippines": "neutral"}


def test_an_infinitive_hung_on_the_occasion_is_said_by_who_used_it(run) -> None:  # type: ignore[no-untyped-def]
    [statement] = run("Narendra Modi used the joint press statements to praise Japan.").statements
    assert (statement.speaker, statement.cue) == ("narendra_modi", "praise")


@pytest.mark.parametrize(("text", "want"), [
    ('"India and America share the same values," Prime Minister Narendra Modi said.',
     {"india": "neutral", "united_states": "positive"}),
    ('"Norway and Sweden share the same values," Prime Minister Narendra Modi said.',
     {"norway": "neutral", "sweden": "neutral"}),
])
def test_the_speakers_country_acting_with_another_is_the_speakers_side(run, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    [statement] = run(text).statements
    assert {t.entity: t.polarity for t in statement.targets} == want


def test_regression_a_demonym_in_the_headline_before_a_name_is_not_the_speakers_side(run) -> None:  # type: ignore[no-untyped-def]
    # "EU-China Strategic Dialogue: Remarks by ... Kaja Kallas" had made China her side
    extraction = run("EU-China Strategic Dialogue: Remarks by High Representative Kaja Kallas\n\n"
                     "Kaja Kallas said that China and the European Union have shown that we can work together.")
    statement = next(s for s in extraction.statements if s.speaker == "kaja_kallas" and "work together" in s.evidence.text)
    assert {t.entity: t.polarity for t in statement.targets}["china"] == "positive"


def test_regression_a_capital_standing_for_its_country_counts_toward_the_country(run) -> None:  # type: ignore[no-untyped-def]
    # praise of the United States and blame of "the tariffs Washington has imposed" is mixed toward the US
    [statement] = run('Prime Minister Narendra Modi described the United States as a "natural partner", but said '
                      'that the tariffs Washington has imposed on Indian goods were "unfair and unjustified."').statements
    assert {t.entity: t.polarity for t in statement.targets}["united_states"] == "neutral"


def test_the_speakers_own_attitude_in_a_headline_is_the_speakers(run) -> None:  # type: ignore[no-untyped-def]
    # "Modi courts US ..., calls American tariffs 'unfair'": Modi's courting is his own, so the US is mixed
    extraction = run("Modi courts US and Japan on chips, calls American tariffs 'unfair'\n\nNarendra Modi spoke in Delhi.")
    headline = extraction.statements[0]
    assert {t.entity: t.polarity for t in headline.targets} == {"united_states": "neutral", "japan": "positive"}


def test_a_bad_description_of_the_speakers_people_blames_the_describer_only(run) -> None:  # type: ignore[no-untyped-def]
    [statement] = run('"Britain treats Nigerian students as suspects," President Bola Tinubu said.').statements
    assert {t.entity: t.polarity for t in statement.targets} == {"united_kingdom": "negative", "nigeria": "neutral"}


@pytest.mark.parametrize(("text", "cue"), [
    ("The Prime Minister Keir Starmer also raised the importance of a level playing field for British businesses.", "raise importance"),
    ("President Bola Tinubu raised the concerns of Nigerian students about the cost of visas.", "raise concerns"),
])
def test_raising_a_concern_or_an_issue_is_a_statement(run, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    assert [s.cue for s in run(text).statements] == [cue]


def test_raising_taxes_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    assert run("President Bola Tinubu raised taxes last year.").statements == []


def test_regression_a_second_speakers_clause_after_as_is_its_own(run) -> None:  # type: ignore[no-untyped-def]
    # "Starmer lectures Nigeria" had been part of Tinubu's statement, Nigeria's blame with it
    extraction = run("Tinubu begs Britain on visas as Starmer lectures Nigeria on business climate\n\n"
                     "Bola Tinubu and Keir Starmer met in Abuja.")
    assert [(s.speaker, s.evidence.text) for s in extraction.statements] == [
        ("bola_tinubu", "Tinubu begs Britain on visas"), ("keir_starmer", "Starmer lectures Nigeria on business climate")]


def test_regression_acting_on_another_countrys_call_does_not_voice_it(run) -> None:  # type: ignore[no-untyped-def]
    # only a verb of voicing ("renewed", "reiterated") makes the person the speaker of the noun
    [statement] = run("Emmanuel Macron ignored Russia's call for talks with Ukraine.").statements
    assert statement.speaker == "russia"


def test_regression_taking_the_jab_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Prime Minister Boris Johnson took the jab at St Thomas' Hospital in London on Friday.").statements == []
