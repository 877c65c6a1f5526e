"""Stance rules (kg.extract.stance) on small made-up sentences parsed with the real model.

Each case is a sentence, the exact text of one target in it (its first occurrence) and the
polarity the speaker expresses toward it (GUIDELINES.md, "Stance"). The countries are
invented (Norland, Osterland, Valdonia), so no case can lean on a seed sentence.
"""
from __future__ import annotations

import pytest
from conftest import Judge

from kg.extract.stance import combine


def check(judge: Judge, cases: list[tuple[str, str, str]]) -> None:
    wrong = [(text, target, want, judge(text, target)) for text, target, want in cases]
    wrong = [w for w in wrong if w[2] != w[3]]
    assert not wrong, "\n".join(f"{t!r} -> {g!r}: want {w}, got {h}" for t, g, w, h in wrong)


@pytest.mark.model
def test_attitude_verbs_give_their_object_the_speakers_attitude(judge: Judge) -> None:
    check(judge, [
        ("The minister condemned Norland in a speech on Monday.", "Norland", "negative"),
        ("We regret the decision of Norland to close the border.", "Norland", "negative"),
        ("Smith accused Norland of hiding the reports.", "Norland", "negative"),
        ("The president thanked Osterland and Valdonia for their help.", "Valdonia", "positive"),
        ("Jones praised the Baltic Council in his remarks.", "Baltic Council", "positive"),
        ("He welcomed Osterland's decision to reopen the border.", "Osterland", "positive"),
    ])


@pytest.mark.model
def test_a_persons_attack_is_criticism_an_armys_is_an_act(judge: Judge) -> None:
    check(judge, [
        ("Maria Jones attacked the Baltic Council, accusing it of protectionism.", "Baltic Council", "negative"),
        ("Osterland's president spoke on Monday. The president attacked Norland over its tariffs.", "Norland", "negative"),
        ("The army attacked Norland at dawn.", "Norland", "neutral"),
        ("The minister said Smith attacked Valdonia in 2022.", "Valdonia", "neutral"),
    ])


@pytest.mark.model
def test_the_one_warned_is_warned_against(judge: Judge) -> None:
    """GUIDELINES.md: "warns against" is negative; the one a speaker warns is its object."""
    check(judge, [
        ("Norland warns Osterland against 'unilateral' moves on the shelf", "Osterland", "negative"),
        ("The spokesman warned Valdonia that Norland would respond.", "Valdonia", "negative"),
        ("The minister warned that the floods in Valdonia would spread.", "Valdonia", "neutral"),
    ])


@pytest.mark.model
def test_the_ground_of_an_evaluation_stays_neutral(judge: Judge) -> None:
    check(judge, [
        ("The minister criticized Norland for selling rifles to Osterland.", "Norland", "negative"),
        ("The minister criticized Norland for selling rifles to Osterland.", "Osterland", "neutral"),
        ("She thanked the mayor for the aid sent to Valdonia.", "Valdonia", "neutral"),
        ("He condemned arms deliveries to Osterland.", "Osterland", "neutral"),
    ])


@pytest.mark.model
def test_negation_flips(judge: Judge) -> None:
    check(judge, [
        ("The senator did not criticize Norland.", "Norland", "positive"),
        ("He said his country will never allow its territory to be used for attacks against Osterland.",
         "Osterland", "positive"),
        ("He said that Norland has not complied with the agreement.", "Norland", "negative"),
        ("The envoy said Valdonia is not a reliable partner.", "Valdonia", "negative"),
    ])


@pytest.mark.model
def test_a_negation_the_parser_hangs_on_an_adverb(judge: Judge) -> None:
    """"never again", "no longer" negate the verb; "not only" negates nothing."""
    check(judge, [
        ("We will never again accept Norland's conditions that raise taxes on the poor.", "Norland", "negative"),
        ("We no longer support Osterland.", "Osterland", "negative"),
        ("We not only support Valdonia but admire it.", "Valdonia", "positive"),
        ("Norland not only helped us but also sent doctors.", "Norland", "positive"),
    ])


@pytest.mark.model
def test_describing_the_speakers_side_badly_is_its_describers_fault(judge: Judge) -> None:
    check(judge, [
        ("Norland treats our young people as suspects when they apply for visas.", "Norland", "negative"),
        ("Norland calls us a threat.", "Norland", "negative"),
        ("Norland treats them as suspects.", "Norland", "neutral"),
    ])


@pytest.mark.model
def test_not_a_but_b_denies_a_and_asserts_b(judge: Judge) -> None:
    check(judge, [
        ('He said that Norland was "no longer a periphery of world politics, but a bridge between East and West."',
         "Norland", "positive"),
        ("He said Osterland was not a rogue state but a partner.", "Osterland", "positive"),
        ("He said Valdonia is not hostile but friendly.", "Valdonia", "positive"),
        ("He said Valdonia is not friendly.", "Valdonia", "negative"),
    ])


@pytest.mark.model
def test_what_is_said_of_a_subject(judge: Judge) -> None:
    check(judge, [
        ("He said that Norland is a failed state.", "Norland", "negative"),
        ("She said Osterland is a true friend of our people.", "Osterland", "positive"),
        ("The minister claimed that Norland has sought to meddle in the elections.", "Norland", "negative"),
        ("He said that Norland threatens the whole region.", "Norland", "negative"),
        ("The spokesman said Norland refuses to honour its commitments.", "Norland", "negative"),
        ("She noted that Osterland has achieved remarkable progress.", "Osterland", "positive"),
        ("He said Norland plays a constructive role in the talks.", "Norland", "positive"),
        ("He said that Norland is responsible for the attack on the convoy.", "Norland", "negative"),
        ("He said that Norland committed terrible crimes.", "Norland", "negative"),
    ])


@pytest.mark.model
def test_the_victim_of_a_hostile_act_is_neutral(judge: Judge) -> None:
    check(judge, [
        ("He said that Norland threatens Osterland.", "Osterland", "neutral"),
        ("The report says Norland occupied the territories of Osterland.", "Osterland", "neutral"),
        ("He called the blockade a direct threat to Osterland.", "Osterland", "neutral"),
        ("We deplore the deaths of Norland's citizens.", "Norland", "neutral"),
    ])


@pytest.mark.model
def test_owner_or_agent_of_a_quality(judge: Judge) -> None:
    check(judge, [
        ("He said that Norland's aggression must end.", "Norland", "negative"),
        ("The minister spoke about Osterland's strong economy.", "Osterland", "positive"),
        ("The government rejected accusations from Norland.", "Norland", "negative"),
        ("He criticized Norland's policy in the north.", "Norland", "negative"),
        ("He rejected the rumours spread by Norland.", "Norland", "negative"),
        ("The minister spoke of the alleged aggression of Norland.", "Norland", "neutral"),
    ])


@pytest.mark.model
def test_owner_of_a_class_noun_is_not_evaluated(judge: Judge) -> None:
    check(judge, [
        ("He said the group is Norland's ally.", "Norland", "neutral"),
        ("He named the enemies of Osterland.", "Osterland", "neutral"),
    ])


@pytest.mark.model
def test_descriptions_of_the_target(judge: Judge) -> None:
    check(judge, [
        ("He thanked our brotherly Osterland.", "Osterland", "positive"),
        ("The minister described Norland as a dictatorship.", "Norland", "negative"),
        ("He called Osterland a reliable partner.", "Osterland", "positive"),
        ("He warned about Norland, a corrupt regime.", "Norland", "negative"),
    ])


@pytest.mark.model
def test_only_describing_another_is_neutral(judge: Judge) -> None:
    check(judge, [
        ("He described the envoy as a puppet of Norland.", "Norland", "neutral"),
        ("He described the envoy as a puppet of Norland.", "envoy", "negative"),
    ])


@pytest.mark.model
def test_prepositional_relations(judge: Judge) -> None:
    check(judge, [
        ("The president expressed support for Valdonia.", "Valdonia", "positive"),
        ("He paid tribute to Valdonia.", "Valdonia", "positive"),
        ("She said the criticism of Norland was justified.", "Norland", "negative"),
        ("She said that Norland is waging a campaign against Osterland.", "Osterland", "neutral"),
        ("He said talks with Norland will resume in March.", "Norland", "neutral"),
        ("He spoke at a forum in Valdonia.", "Valdonia", "neutral"),
        ("He hopes there will be no war between Norland and Osterland.", "Norland", "neutral"),
        ("He said external forces, including Norland, interfere in the vote.", "Norland", "negative"),
    ])


@pytest.mark.model
def test_a_preposition_hung_on_the_verb_still_reaches_its_noun(judge: Judge) -> None:
    check(judge, [
        ("She denounced the provocations by Norland.", "Norland", "negative"),
        ("He reaffirmed the alliance with Osterland.", "Osterland", "positive"),
        ("He joined the campaign against Norland.", "Norland", "negative"),
    ])


@pytest.mark.model
def test_a_counterpart_is_not_a_friend(judge: Judge) -> None:
    check(judge, [
        ("He said he fully agreed with Osterland.", "Osterland", "positive"),
        ("He praised the deal that he agreed to with Osterland last year.", "Osterland", "neutral"),
    ])


@pytest.mark.model
def test_denial_flips_the_denied_clause(judge: Judge) -> None:
    check(judge, [
        ("The spokesman denied that Osterland had attacked the convoy.", "Osterland", "positive"),
        ("The spokesman said that Norland had attacked the convoy.", "Norland", "negative"),
    ])


@pytest.mark.model
def test_a_deplored_support_is_not_positive(judge: Judge) -> None:
    check(judge, [
        ("He is deeply concerned about Norland's support for the rebels.", "Norland", "negative"),
        ("He thanked Valdonia for its support.", "Valdonia", "positive"),
    ])


@pytest.mark.model
def test_feelings_about_a_clause(judge: Judge) -> None:
    check(judge, [
        ("He expressed regret that Norland isn't interested in talks.", "Norland", "negative"),
        ("She expressed concern over Norland's military build-up.", "Norland", "negative"),
    ])


@pytest.mark.model
def test_mentions_without_evaluation_are_neutral(judge: Judge) -> None:
    check(judge, [
        ("He said that Norland will hold elections in May.", "Norland", "neutral"),
        ("The minister met his Osterland counterpart in Valdonia.", "Valdonia", "neutral"),
        ("He said Norland signed a trade deal with Osterland.", "Osterland", "neutral"),
        ("He said that Norland lies on the river.", "Norland", "neutral"),
        ("He said Valdonia became independent in 1991.", "Valdonia", "neutral"),
        ("He said Norland will respond to any aggression against its territory.", "Norland", "neutral"),
        ("He said that the flood caused severe damage in Valdonia.", "Valdonia", "neutral"),
    ])


def test_combine_keeps_a_single_polarity() -> None:
    assert combine(["neutral", "negative", "neutral"]) == "negative"
    assert combine(["positive", "negative"]) == "neutral"
    assert combine([]) == "neutral"


@pytest.mark.model
def test_evaluative_words_of_news_language(judge: Judge) -> None:
    check(judge, [
        ("The minister said Norland's decision was a violation of international law.", "Norland", "negative"),
        ("Senator Holm condemned what she called Norland's bullying.", "Norland", "negative"),
        ("She said Norland has blocked the budget for months.", "Norland", "negative"),
        ("Norland has never recognised the tribunal.", "tribunal", "negative"),
        ("He said Osterland's concerns are legitimate.", "Osterland", "positive"),
        ("The bank believes in Valdonia.", "Valdonia", "positive"),
        ("He said Norland's arms deliveries are less transparent.", "Norland", "negative"),
    ])


@pytest.mark.model
def test_coordinated_complements_are_all_read(judge: Judge) -> None:
    check(judge, [
        ("The spokesman said Norland's patrols were professional, restrained and lawful.", "Norland", "positive"),
    ])


@pytest.mark.model
def test_an_agent_hung_on_a_higher_word_goes_with_the_nearest_deed(judge: Judge) -> None:
    check(judge, [
        ("He voiced concern over reckless manoeuvres by Norland's warships near the coast.", "Norland", "negative"),
        ("He recalled how, during the war, a patrol boat was hit by the Osterland side.", "Osterland", "neutral"),
    ])


@pytest.mark.model
def test_a_relation_is_as_good_as_its_modifiers_and_verbs(judge: Judge) -> None:
    check(judge, [
        ("She praised the close ties with Osterland.", "Osterland", "positive"),
        ("He said relations with Norland had soured.", "Norland", "negative"),
        ("He said relations with Norland were established in 1992.", "Norland", "neutral"),
        ("He condemned Norland's military cooperation with Osterland.", "Osterland", "neutral"),
    ])


@pytest.mark.model
def test_an_attitude_adjective_favours_its_to_phrase(judge: Judge) -> None:
    check(judge, [
        ("We are deeply grateful to Valdonia for the aid.", "Valdonia", "positive"),
        ("He said the new dam is harmful to Valdonia.", "Valdonia", "neutral"),
    ])


@pytest.mark.model
def test_cannot_keep_demands_a_stop(judge: Judge) -> None:
    check(judge, [
        ("Norland cannot keep harassing our fishermen.", "Norland", "negative"),
        ("Norland did not keep harassing our fishermen.", "Norland", "positive"),
    ])


@pytest.mark.model
def test_only_a_denied_clause_is_flipped(judge: Judge) -> None:
    check(judge, [
        ("Norland had attacked the convoy, the spokesman denied.", "Norland", "positive"),
        ("Norland and others have blocked the budget, the observers are denied access to the region.",
         "Norland", "negative"),
    ])


@pytest.mark.model
def test_a_demand_says_the_one_asked_did_wrong(judge: Judge) -> None:
    check(judge, [
        ("We urge the Norland side to correct its wrongdoing immediately.", "Norland", "negative"),
        ("Norland should stop politicising the trial.", "Norland", "negative"),
        ("We urge Norland not to seek to deceive the world.", "Norland", "negative"),
        ("Norland must not interfere in our affairs.", "Norland", "negative"),
        ("Norland must pay for the damage it has caused.", "Norland", "negative"),
        ("Norland must help Osterland.", "Norland", "neutral"),
        ("We urged Norland to join the talks.", "Norland", "neutral"),
        ('He said Norland\'s advice "must take into account the lives of ordinary people."', "Norland", "negative"),
        ("Osterland must heed the warnings of its neighbours.", "Osterland", "negative"),
    ])


@pytest.mark.model
def test_rejecting_a_claim_defends_what_it_is_about_and_blames_its_author(judge: Judge) -> None:
    check(judge, [
        ("She rejected the claims that Norland had fixed matches.", "Norland", "positive"),
        ("She repeated the claims that Norland had fixed matches.", "Norland", "neutral"),
        ("President Holm criticized the unfounded assertions about Norland's supposed aggressive intentions.",
         "Norland", "positive"),
        ("Dismissing the rumors circulated by Osterland regarding alleged plans by Norland to invade, "
         "Holm said Norland has no such intentions.", "Norland", "positive"),
        ("Dismissing the rumors circulated by Osterland regarding alleged plans by Norland to invade, "
         "Holm said Norland has no such intentions.", "Osterland", "negative"),
        ("She rejected the suggestions from Norland.", "Norland", "negative"),
        ("She heard the suggestions from Norland.", "Norland", "neutral"),
        ("The committee denied that the drone was launched from Norland.", "Norland", "positive"),
        ("The spokesman denied that Norland had attacked Osterland.", "Osterland", "neutral"),
    ])


@pytest.mark.model
def test_a_dismissive_hedge_rejects_what_it_qualifies(judge: Judge) -> None:
    check(judge, [
        ("He said countries should stop hyping up the so-called Norland threat.", "Norland", "positive"),
        ("He criticized the alleged Norland threat.", "Norland", "neutral"),
        ("Norland has always respected the so-called Court of Arbitration.", "Court of Arbitration", "negative"),
    ])


@pytest.mark.model
def test_what_is_said_of_a_subject_in_more_constructions(judge: Judge) -> None:
    check(judge, [
        ("The President considers President Holm a great friend.", "Holm", "positive"),
        ('"Norland and Osterland, as special strategic partners, must take our cooperation further," he said.',
         "Osterland", "positive"),
        ("The Norland ship sounded its siren, performed dangerous blocking maneuvers and then hit the boat.",
         "Norland", "negative"),
        ("The minister said Norland has once again shown its true face by threatening its neighbours.",
         "Norland", "negative"),
        ("Norland's industry has grown through competition and innovation.", "Norland", "positive"),
        ("He said that Norland was no longer a periphery of world politics, but a bridge between East and West.",
         "Norland", "positive"),
        ("President Holm will not allow farmers to be shortchanged.", "Holm", "positive"),
        ("He said Norland deserves our support.", "Norland", "positive"),
        ("He said Osterland faces criticism for the decision.", "Osterland", "negative"),
        ("Every time Osterland offered talks, Norland has answered with new missile attacks on our cities.",
         "Norland", "negative"),
        ("He said Valdonia occupies a central place in our policy.", "Valdonia", "neutral"),
    ])


@pytest.mark.model
def test_a_nationality_shares_the_class_of_its_people(judge: Judge) -> None:
    check(judge, [
        ("We have been in very close contact with our Norlandic partners over the past weeks.", "Norlandic", "positive"),
        ("He said the Holm regime cannot pretend it has nothing to do with this.", "Holm", "negative"),
        ("He defended the plan to use frozen Norlandic assets for the rebuilding.", "Norlandic", "neutral"),
    ])


@pytest.mark.model
def test_more_relations_of_support_blame_and_description(judge: Judge) -> None:
    check(judge, [
        ("The United States will stand by Osterland as long as it stays on the path of reform.", "Osterland", "positive"),
        ("The responsibility for the current situation lies entirely with the Norland side.", "Norland", "negative"),
        ("He said the program meets the rules of Norland's forest law, which he described as protectionist.",
         "Norland", "negative"),
        ("The Kremlin regards attempts by Norland to dissuade foreign leaders from attending the celebrations "
         "as unacceptable pressure.", "Norland", "negative"),
        ("Norland's economy is growing, and that is a testament to President Holm's leadership.", "Holm", "positive"),
    ])


@pytest.mark.model
def test_a_condition_or_an_expected_correction_is_a_demand(judge: Judge) -> None:
    check(judge, [
        ("The treaty will remain suspended until Norland abjures its support for terrorism.", "Norland", "negative"),
        ("We expect Norland to take firm action against the smugglers.", "Norland", "negative"),
    ])


@pytest.mark.model
def test_an_adverb_of_manner_evaluates_the_doer(judge: Judge) -> None:
    check(judge, [
        ("He said Norland illegally seized the ships.", "Norland", "negative"),
        ("He said Norland quickly seized the ships.", "Norland", "neutral"),
        ("Norland successfully joined the bloc.", "Norland", "positive"),
    ])


@pytest.mark.model
def test_restraint_retreat_and_obligations(judge: Judge) -> None:
    check(judge, [
        ("Norland's army refrained from taking any retaliatory measures.", "Norland", "positive"),
        ("Norland should stay away.", "Norland", "negative"),
        ("Norland should stay calm.", "Norland", "neutral"),
        ("Norland has obligations to return the villages.", "Norland", "negative"),
        ("Norland has plans to return the villages.", "Norland", "neutral"),
    ])


@pytest.mark.model
def test_grounds_relations_and_lists(judge: Judge) -> None:
    check(judge, [
        ("He mentioned Norland for its steadfast support.", "Norland", "positive"),
        ("He mentioned Norland for its size.", "Norland", "neutral"),
        ("He spoke about the Norlandic war against Osterland.", "Norlandic", "negative"),
        ("He spoke about the Norlandic war against fascism.", "Norlandic", "neutral"),
        ("He described the strategic relationship shared by Norland and Osterland.", "Norland", "positive"),
        ("He spoke of the corrupt trio: Norland, Osterland and Valdonia.", "Valdonia", "negative"),
    ])


@pytest.mark.model
def test_constructions_of_benefit_contents_roles_and_intents(judge: Judge) -> None:
    check(judge, [
        ("Our farmers benefit greatly from the Norland market.", "Norland", "positive"),
        ("Our farmers buy greatly from the Norland market.", "Norland", "neutral"),
        ("He said Norland's statement is full of lies.", "Norland", "negative"),
        ("He said Norland's statement is full of details.", "Norland", "neutral"),
        ("He thanked our friends in Norland.", "Norland", "positive"),
        ("He met our envoys in Norland.", "Norland", "neutral"),
        ("He said Norland played the role of a peacemaker.", "Norland", "positive"),
        ("He said Norland played the role of a host.", "Norland", "neutral"),
        ("He spoke of Norland's plan to annex the island.", "Norland", "negative"),
        ("He spoke of Norland's plan to build the bridge.", "Norland", "neutral"),
        ("He said General Holm's fleet is in disarray.", "Holm", "negative"),
        ("He said General Holm's fleet is in port.", "Holm", "neutral"),
    ])


@pytest.mark.model
def test_the_patient_of_our_own_blows_is_the_adversary(judge: Judge) -> None:
    check(judge, [
        ("Our navy sank three Norland ships this week.", "Norland", "negative"),
        ("Their navy sank three Norland ships this week.", "Norland", "neutral"),
    ])


@pytest.mark.model
def test_a_feeling_frames_the_clause_it_reports(judge: Judge) -> None:
    check(judge, [
        ("We are glad to report that Norland has joined the treaty.", "Norland", "positive"),
        ("We regret to say that Norland has left the talks.", "Norland", "negative"),
        ("We are ready to report that Norland has joined the treaty.", "Norland", "neutral"),
    ])


@pytest.mark.model
def test_what_one_calls_something_is_that_thing(judge: Judge) -> None:
    check(judge, [
        ('He criticized what he called "the policy of devastation" of his predecessor, Jan Holm.', "Holm", "negative"),
        ("He spoke of the campaign of lies of Norland.", "Norland", "negative"),
        ("He spoke of the Ministry of Defence of Norland.", "Norland", "neutral"),
        ("He described the envoy as a puppet of Norland.", "Norland", "neutral"),
    ])


@pytest.mark.model
def test_an_unowned_claim_is_relayed_not_asserted(judge: Judge) -> None:
    check(judge, [
        ("Where did Holm obtain this information suggesting that Norland is planning to attack Osterland?",
         "Norland", "neutral"),
        ("He commented on media reports that Norland might refuse to open its airspace.", "Norland", "neutral"),
        ("Holm's assertions that Norland is preparing for an attack on Osterland are designed to mislead.",
         "Norland", "negative"),
        ("He said that Norland had attacked the convoy.", "Norland", "negative"),
    ])


@pytest.mark.model
def test_invitations_investments_and_contacts_are_no_evaluation(judge: Judge) -> None:
    check(judge, [
        ("The president invited Osterland to send a delegation to the fair.", "Osterland", "neutral"),
        ("He said the fund would discuss investment in the Valdonian ports next month.", "Valdonian", "neutral"),
        ("The alliance is in close contact with the Norland authorities.", "Norland", "neutral"),
        ("The alliance has close ties with Norland.", "Norland", "positive"),
    ])


@pytest.mark.model
def test_a_third_partys_attitude_in_an_embedded_clause_is_not_the_speakers(judge: Judge) -> None:
    check(judge, [
        ("He wrote that the governor had invited Osterland to the fair and praised Norland.", "Norland", "positive"),
        ("He argued that the new treaty would protect Valdonia for decades.", "Valdonia", "neutral"),
        ('"A country that calls itself a friend does not boycott Osterland," he said.', "Osterland", "neutral"),
        ('"They stand with those who want to isolate Norland," he said.', "Norland", "neutral"),
        ("Nobody is fooled when you sanction Norland.", "Norland", "neutral"),
        ("The minister thanked Osterland for its help.", "Osterland", "positive"),
        ('"I want to thank Valdonia for its help," she said.', "Valdonia", "positive"),
        ("She said she condemned Norland for the raid.", "Norland", "negative"),
        ("Smith said that Norland had been stealing water and thanked Osterland for standing up to it.",
         "Osterland", "positive"),
    ])


@pytest.mark.model
def test_cooperation_is_a_relation_good_or_bad_only_by_how_it_is_qualified(judge: Judge) -> None:
    check(judge, [
        ("He said the security partnership among Norland, Osterland and Valdonia remained in place.", "Osterland", "neutral"),
        ("He cited Norland's long military cooperation with Osterland.", "Osterland", "neutral"),
        ("He called for enhanced cooperation with Valdonia.", "Valdonia", "positive"),
        ("We will deepen our cooperation with Osterland.", "Osterland", "positive"),
        ("He praised the alliance with Norland.", "Norland", "positive"),
    ])


@pytest.mark.model
def test_acting_together_with_the_speakers_side_is_solidarity(judge: Judge) -> None:
    """Working together is a bond when the speaker's side is one of the doers; two others
    working together say nothing of the speaker's attitude."""
    check(judge, [
        ('"Norland and the Council have shown that we can work together on climate," she said.', "Norland", "positive"),
        ('"Osterland and I speak every day, and we are working through this together," she said.', "Osterland", "positive"),
        ('"We will work together with Valdonia on the floods," the minister said.', "Valdonia", "positive"),
        ('"Osterland and I cannot work together," the minister said.', "Osterland", "negative"),
        ('"Norland and Osterland work together on drones," the minister said.', "Osterland", "neutral"),
        ('"Norland and I met on Monday," the minister said.', "Norland", "neutral"),
    ])


@pytest.mark.model
def test_how_one_answers_is_the_attitude_to_what_one_answers(judge: Judge) -> None:
    check(judge, [
        ("Osterland has responded positively to Norland's proposal to host talks, the spokesman said.", "Norland", "positive"),
        ("The minister reacted angrily to Valdonia's remarks on the border.", "Valdonia", "negative"),
        ("The minister responded to Valdonia's letter on Monday.", "Valdonia", "neutral"),
    ])


@pytest.mark.model
def test_a_lone_adjective_after_as_describes_the_object(judge: Judge) -> None:
    """The parser hangs 'as "illegal and doomed"' on "as" as a modifier, not its object."""
    check(judge, [
        ('He described Norland\'s sanctions policy as "illegal and doomed," saying it had failed.', "Norland", "negative"),
        ('He described Osterland\'s position as "impartial".', "Osterland", "positive"),
    ])


@pytest.mark.model
def test_one_of_a_class_and_the_ones_doing_something(judge: Judge) -> None:
    check(judge, [
        ('"Osterland is one of our most reliable partners in the region," he said.', "Osterland", "positive"),
        ("He said Norland was one of the worst violators of the accord.", "Norland", "negative"),
        ("He said the Norland delegates are the ones refusing to negotiate.", "Norland", "negative"),
        ("He said Norland was one of the countries of the region.", "Norland", "neutral"),
    ])


@pytest.mark.model
def test_a_friend_of_x_and_what_x_is_described_as_in_the_passive(judge: Judge) -> None:
    check(judge, [
        ('He says Osterland remains "a friend of the Norlandic people."', "Norlandic", "positive"),
        ("He said Valdonia was a true ally of Norland.", "Norland", "positive"),
        ("He said the Norland militias should be treated as terrorist organisations.", "Norland", "negative"),
        ("He said Norland was designated a terrorist organisation.", "Norland", "negative"),
        ("Norland was branded a rogue state by the envoy.", "Norland", "neutral"),
        ("He said Osterland was described as a reliable partner.", "Osterland", "positive"),
    ])


@pytest.mark.model
def test_a_warning_to_x_asks_x_to_do_something(judge: Judge) -> None:
    check(judge, [
        ("He warned Norland to stop shelling the border villages.", "Norland", "negative"),
        ("She cautioned Osterland to respect the ceasefire.", "Osterland", "negative"),
        ("He warned that prices in Valdonia would rise.", "Valdonia", "neutral"),
    ])


@pytest.mark.model
def test_what_x_has_played_or_sent_is_xs(judge: Judge) -> None:
    check(judge, [
        ("He praised the constructive role Osterland has played in the talks.", "Osterland", "positive"),
        ("He criticised the role Norland played in the war.", "Norland", "negative"),
        ("He said the aid Norland sent was welcome.", "Norland", "positive"),
    ])


@pytest.mark.model
def test_standing_with_or_by_others_is_a_good_deed(judge: Judge) -> None:
    check(judge, [
        ('"Osterland has stood with us from the first day," he said.', "Osterland", "positive"),
        ("He said Valdonia stood by its neighbours.", "Valdonia", "positive"),
    ])


@pytest.mark.model
def test_where_a_person_is_from_is_not_what_the_place_owns(judge: Judge) -> None:
    check(judge, [
        ("He praised President Ali of Norland.", "Norland", "neutral"),
    ])



@pytest.mark.model
def test_a_fact_takes_the_attitude_of_the_verb_it_is_the_object_of(judge: Judge) -> None:
    check(judge, [
        ("We value the fact that the Norland side is ready to continue the dialogue.", "Norland", "positive"),
        ("We welcome the news that Osterland will reopen the border.", "Osterland", "positive"),
        ("We deplore the fact that Valdonia refused to meet the envoys.", "Valdonia", "negative"),
        ("We do not welcome the fact that Norland is ready to talk.", "Norland", "negative"),
        ("He mentioned the fact that Norland is ready to talk.", "Norland", "neutral"),
    ])


@pytest.mark.model
def test_regression_a_description_set_against_another_by_not_keeps_its_own_polarity(judge: Judge) -> None:
    check(judge, [
        ('Wang Yi described Norland and Osterland as "partners, not rivals," on Monday.', "Osterland", "positive"),
        ('She called Valdonia a rival, not a partner.', "Valdonia", "negative"),
    ])


@pytest.mark.model
def test_regression_a_common_noun_between_owner_and_thing_passes_the_ownership_on(judge: Judge) -> None:
    # "US steel tariffs are unjust" had left the United States neutral
    check(judge, [
        ("She said Norland steel tariffs are unjust.", "Norland", "negative"),
        ("She said Osterland visa fees were unfair.", "Osterland", "negative"),
        ("She praised Norland-member Valdonia.", "Norland", "neutral"),
    ])


@pytest.mark.model
def test_a_mistake_is_a_bad_description(judge: Judge) -> None:
    check(judge, [
        ("She said the Norland tariffs were a mistake.", "Norland", "negative"),
        ("He said Osterland made a grave error.", "Osterland", "negative"),
    ])


@pytest.mark.model
def test_regression_a_quoted_description_hung_on_the_object_describes_it(judge: Judge) -> None:
    check(judge, [
        ('She called the Norland tariffs "a mistake that hurts both economies."', "Norland", "negative"),
        ('He called Osterland "a reliable partner for the long term."', "Osterland", "positive"),
    ])


@pytest.mark.model
def test_overreacting_and_choosing_the_wrong_side_are_bad_acts(judge: Judge) -> None:
    check(judge, [
        ("He said Norland was overreacting.", "Norland", "negative"),
        ("She said Norland chose the wrong side of history.", "Norland", "negative"),
    ])
