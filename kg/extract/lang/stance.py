"""Schema of the stance tables (filled per language in ``kg/extract/lang/<xx>/stance.py``).

The rules of :mod:`kg.extract.stance` walk the parse from a target to the words that
evaluate it; these tables say which words evaluate, in which direction, and which
function words (prepositions, negators, hedges) mark the relations the walk follows.
Words are lemmas in lower case unless a field says otherwise.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal, get_args

__all__ = ["Intent", "Polarity", "Relation", "RELATIONS", "StanceWords", "polar"]

Polarity = Literal["negative", "positive"]
"""the direction of an evaluative word (anything else is neutral)"""

Relation = Literal["agent", "source", "of", "attitude", "favour", "bond", "against", "member", "emotion", "trust"]
"""what a preposition marks between its governor and the target, one branch of the rules each:

- ``agent``: "by X" after a noun, X does it ("provocations by X");
- ``source``: "from X" after a bad deed or quality, X is its author ("accusations from X");
- ``of``: "of X" after a noun, X owns it ("the government of X") unless X is its victim;
- ``attitude``: "for X", "toward X" after a noun of attitude ("support for X");
- ``favour``: "to X" after a favour or a verb that hands one ("tribute to X");
- ``bond``: "with X", "between X and Y" after a bond ("alliance with X");
- ``against``: "against X" after opposition ("campaign against X");
- ``member``: X is named in a group and shares its role ("forces, including X");
- ``emotion``: "about X", "over X" after an emotion ("concern about X");
- ``trust``: "in X" after a noun of trust ("confidence in X")."""

#: the relations :mod:`kg.extract.stance` implements (a row naming another is an error)
RELATIONS: frozenset[str] = frozenset(get_args(Relation))


def polar(negative: Iterable[str], positive: Iterable[str]) -> Mapping[str, Polarity]:
    """One table word -> polarity from its negative and its positive words; a word in both is an error."""
    neg, pos = frozenset(negative), frozenset(positive)
    both = neg & pos
    if both:
        raise ValueError(f"words both negative and positive: {', '.join(sorted(both))}")
    table: dict[str, Polarity] = dict.fromkeys(sorted(neg), "negative")
    table.update(dict.fromkeys(sorted(pos), "positive"))
    return table


@dataclass(frozen=True)
class Intent:
    """A verb whose complement says what its subject does ("sought to meddle")."""

    deed_phrase: bool = False
    """without a complement, its prepositional object is the deed ("resorted to blackmail")"""
    hostile: bool = False
    """negative by itself when its complement says nothing ("X threatened to ...")"""


@dataclass(frozen=True)
class StanceWords:
    """The words of the stance rules."""

    # ------------------------------------------------------------ evaluative words
    adjectives: Mapping[str, Polarity]
    """adjectives (and participles) that evaluate what they describe ("failed", "brotherly")"""
    adverbs: Mapping[str, Polarity]
    """adverbs (lower case) that evaluate the doer of the act they qualify ("illegally",
    "successfully")"""
    container_adjectives: frozenset[str]
    """adjectives that take the polarity of what they are full of ("full of lies", "rife with corruption")"""
    answerable: frozenset[str]
    """adjectives that blame their subject for the deed in their "for" phrase ("responsible for")"""
    answerable_for: frozenset[str]
    """the prepositions of an answerable adjective that name the deed ("for", "of")"""
    qualities: Mapping[str, Polarity]
    """nouns of behaviour or merit: they evaluate their owner ("X's aggression", "X's success")"""
    classes: Mapping[str, Polarity]
    """nouns that put what they are said of in a class ("X is a dictator"); they say nothing of
    their owner ("X's enemies" does not make X an enemy)"""
    thing_classes: frozenset[str]
    """class nouns that name a thing or a post, not people: a nationality before them says where
    or whose it is ("Russian assets", "the Crimean bridge", "the Japanese leader"), not what X is"""
    act_verbs: Mapping[str, Polarity]
    """acts that reflect on whoever performs them; their patient is a victim (neutral)"""
    idle_objects: frozenset[str]
    """objects that make an act verb no act ("occupies a central place", "attacked the problem")"""
    role_nouns: frozenset[str]
    """nouns of a role whose "of" phrase names it ("played the role of a peacemaker")"""
    side_nouns: frozenset[str]
    """nouns that, after a nationality, name the country itself ("the Chinese side", "the Russian
    authorities"): what is said of them is said of it"""
    stand_in_nouns: frozenset[str]
    """nouns that stand for what a copula's subject is: their "of" phrase names its class ("X is
    one of our most reliable partners") and their clause says what it does ("X are the ones
    refusing to negotiate", "X is the one who started it")"""
    intent_nouns: frozenset[str]
    """nouns of an intent whose infinitive is its owner's deed ("X's plan to invade", "attempts by X to ...")"""
    negative_deeds: frozenset[str]
    """nouns of acts: their owner, demonym or "by" phrase names the agent ("Russia's invasion")"""
    victim_of_nouns: frozenset[str]
    """nouns of acts whose "of" phrase names the victim ("the occupation of X")"""
    attitude_verbs: Mapping[str, Polarity]
    """verbs whose direct object receives the subject's attitude ("criticized X", "thanked X")"""
    attitude_nouns: Mapping[str, Polarity]
    """nouns of attitude whose object ("of", "for", "toward") receives it"""
    bearing_nouns: frozenset[str]
    """nouns of a bearing toward someone, good or bad as their adjective is ("a conciliatory
    tone toward X", "a hostile attitude towards X")"""
    emotions: Mapping[str, Polarity]
    """emotions of the speaker: what they are about, or the clause they frame, takes their polarity
    ("concern about X", "regret that X ...")"""
    emotions_not_about: frozenset[str]
    """positive emotions whose "about" phrase is no favour ("hope about X", "confidence over X")"""

    # ------------------------------------------------------------ predicates
    describe_verbs: frozenset[str]
    """verbs that put their object in a class ("described X as Y", "called X Y", "likened X to Y")"""
    describe_prepositions: frozenset[str]
    """the prepositions that carry a describing verb's class ("as", "to", "into")"""
    loose_describe_prepositions: frozenset[str]
    """describing prepositions that the parser may hang deep inside the object ("regards the
    attempts by X to ... | as pressure"); they still carry the verb's class"""
    role_prepositions: frozenset[str]
    """prepositions that give the target a role in passing ("X, as a partner, ...")"""
    result_verbs: frozenset[str]
    """verbs whose object becomes their complement ("turned X into a failed state")"""
    result_prepositions: frozenset[str]
    """the preposition of the resulting state of a copula or result verb ("into")"""
    copulas: frozenset[str]
    """verbs whose complement says what their subject is ("is a failed state", "seems hostile")"""
    blame_complements: frozenset[str]
    """the verb of a copula's complement that blames its subject ("X is to blame"); it is no act"""
    intent_verbs: Mapping[str, Intent]
    """verbs whose complement says what their subject does ("sought to meddle")"""
    deed_verbs: frozenset[str]
    """verbs whose prepositional object is their subject's deed ("resorted to blackmail")"""
    deed_prepositions: frozenset[str]
    """the prepositions of a deed verb that name the deed ("to", "in", "into", "for", "on")"""
    response_verbs: frozenset[str]
    """verbs of answering whose "with" phrase is their subject's deed ("answered with new attacks");
    what they answer ("respond to aggression") is no deed of theirs; "to X" after them takes the
    attitude of how they answered ("responded positively to X's proposal", ``manner_adverbs``)"""
    response_prepositions: frozenset[str]
    """the prepositions of a response verb that name the deed ("with")"""
    decline_verbs: frozenset[str]
    """verbs whose complement is not done ("refused to comply")"""
    receive_verbs: frozenset[str]
    """verbs whose subject receives their object ("X deserves our support", "X drew criticism"):
    the subject takes the object's polarity"""
    means_prepositions: frozenset[str]
    """prepositions of the means of an act, whose deed reflects on its doer ("X showed its face
    by threatening ...", "X grew through innovation")"""
    support_phrases: Mapping[str, frozenset[str]]
    """verb -> the prepositions after which it supports their object ("stand by X", "rally behind X")"""
    do_verbs: frozenset[str]
    """verbs whose subject answers for their object ("commits crimes", "plays a constructive role")"""
    ability_modals: frozenset[str]
    """modals of ability (lower case): negated, they make any act that says something of its
    subject negative ("X cannot keep hurting us" demands a stop, "X could not help" is a failure)"""
    stop_verbs: frozenset[str]
    """verbs whose complement or object ends ("stopped attacking", "ended its aggression"): they
    flip what it says of the subject"""
    demand_verbs: frozenset[str]
    """verbs whose object (or "on" phrase) is asked to do their complement ("urged X to stop ...",
    "called on X to release ...", "demanded that X retract ...")"""
    demand_prepositions: frozenset[str]
    """the prepositions of a demand verb that name who is asked ("called on X", "appealed to X")"""
    deontic_modals: frozenset[str]
    """modals (lower case) that make their verb a demand on its subject ("X must pay")"""
    advice_phrases: Mapping[str, frozenset[str]]
    """a verb and the adverbs that make it, with a "to" infinitive, advice to its subject, a
    demand ("X would do well to dismantle ...")"""
    obligation_verbs: frozenset[str]
    """verbs whose "to" complement is a demand on their subject ("X needs to stop", "X has to pay")"""
    condition_marks: frozenset[str]
    """conjunctions (lower case) of a condition set on the subject of their clause, a demand
    ("sanctions stay until X withdraws")"""
    amend_objects: frozenset[str]
    """objects that make an act, demanded of someone, a correction ("take action", "put an end")"""
    amend_comparatives: frozenset[str]
    """comparatives (lower case) that make the object of a demanded act a correction: what X
    does is not enough ("urged X to take a clearer position", "to make greater efforts"); with
    "more" before an adjective too ("a more constructive approach")"""
    amend_phrases: frozenset[str]
    """a preposition and its object (lower case, one space) that make an act, demanded of
    someone, a correction: what they have ignored ("must take into account")"""
    blame_nouns: frozenset[str]
    """nouns of blame: where they lie or rest ("with X") is who is blamed"""
    rest_verbs: frozenset[str]
    """verbs that place their subject with someone ("the responsibility lies with X")"""
    obligation_nouns: frozenset[str]
    """nouns of what is owed: "X has obligations to return ..." is a demand on X"""
    amend_particles: frozenset[str]
    """particles that make a verb, demanded of someone, a retreat ("should stay away", "must back off")"""
    amend_verbs: frozenset[str]
    """acts that, demanded of someone, say they did wrong ("urged X to stop", "X must withdraw")"""
    duty_verbs: frozenset[str]
    """acts owed to others that, demanded of someone, say they fail them ("urged X to comply")"""
    deny_verbs: frozenset[str]
    """verbs whose that-clause the speaker holds to be false"""
    claim_nouns: frozenset[str]
    """nouns of what someone says ("claims", "rumours"): when the speaker rejects one ("rejected
    the claims", "baseless rumours"), its author is blamed and what it is about is defended"""
    claim_prepositions: frozenset[str]
    """the prepositions of a claim noun that name what it is about ("claims about X", "of X")"""
    origin_prepositions: frozenset[str]
    """the prepositions that name a doer or an origin in a denied clause ("denied that the drone
    came from X", "denied that it was fired by X"): that one is defended"""
    warn_verbs: frozenset[str]
    """verbs whose that-clause the speaker fears ("warned that X would ...")"""
    fact_nouns: frozenset[str]
    """nouns whose that-clause is what the verb taking them as object judges ("welcome the fact
    that X is ready": the verb's attitude goes to the clause)"""

    # ------------------------------------------------------------ prepositions
    relations: Mapping[str, Relation]
    """preposition (lower case) -> the relation it marks; prepositions not listed (places,
    grounds, times, topics, counterparts) leave the target neutral"""
    member_after: Mapping[str, str]
    """member prepositions that mark a member only after this word, which then stands for the
    group's head ("as" after "such": "forces such as X")"""
    bonds: frozenset[str]
    """"with X" (or "between", "among" X) after these marks a bond with X ("alliance with X")"""
    counterpart_bonds: Mapping[str, frozenset[str]]
    """bond words that make X a counterpart, not an ally, when they have a direct object or a
    prepositional phrase with one of these prepositions ("agreed (a deal) with X", "agreed on ... with X")"""
    joint_verbs: frozenset[str]
    """verbs that, done together, put their doers on one side: "we can work together", "X and
    I are working through this together", "we will work together with X"; done by the speaker's
    side (a first-person doer) with X, they say the speaker is with X"""
    together_words: frozenset[str]
    """adverbs (lower case) that make a joint verb's doers act as one ("together", "jointly")"""
    relation_nouns: frozenset[str]
    """"with X" (or "between" X) after these names a relation that is neither good nor bad by
    itself ("relations with X"): it takes the polarity of its modifiers ("close ties with X") or of
    the verb that acts on it ("strengthen relations with X", "relations with X broke down")"""
    relation_modifiers: Mapping[str, Polarity]
    """modifiers of a relation noun, besides the evaluative adjectives ("close", "tense")"""
    relation_verbs: Mapping[str, Polarity]
    """verbs that make a relation better or worse, as its governor or as its predicate
    ("deepen ties", "ties soured")"""
    wrong_phrases: Mapping[str, frozenset[str]]
    """a verb and the complements with which doing it to someone wrongs them: its doer is
    negative ("X has kept Türkiye waiting at its door"), the one wronged is not"""
    summon_verbs: frozenset[str]
    """verbs of diplomatic rebuke done to an envoy: the envoy's country is rebuked ("summoned the
    Russian ambassador", "X's chargé d'affaires was summoned")"""
    envoy_nouns: frozenset[str]
    """envoys (lower case), whose country a summon verb rebukes"""
    recall_verbs: frozenset[str]
    """verbs that call one's own envoy home: the country of the post ("to X", "from X") is
    rebuked ("recalled its ambassador to X")"""
    post_prepositions: frozenset[str]
    """the prepositions of an envoy's post ("ambassador to X", "withdrew its envoy from X")"""
    instrument_nouns: frozenset[str]
    """what a thing is misused as ("used energy as a weapon", "used the talks as a pretext"):
    the one who uses it does wrong"""
    fire_verbs: frozenset[str]
    """verbs that send a weapon ("launched drones at X", "fired water cannon at X")"""
    weapon_nouns: frozenset[str]
    """weapons (lower case): fired at or used against someone, their user does harm"""
    fire_prepositions: frozenset[str]
    """the prepositions of whom a weapon is aimed at ("at", "against")"""
    protest_nouns: frozenset[str]
    """diplomatic protests and rebukes: "with X" or "to X" after them, or after the verb that
    hands them over, is who is rebuked ("lodged a strong protest with X", "issued a warning to X")"""
    favours: frozenset[str]
    """"to X" after these marks a favour to X ("tribute to X", "gratitude to X")"""
    press_phrases: Mapping[str, frozenset[str]]
    """a verb and the prepositions after which its object is pressed on an issue, and so held
    short of what is asked ("pressed X on human rights", "challenged X over the deal")"""
    wish_verbs: frozenset[str]
    """verbs that ask for what they name; with ``amend_comparatives`` on it and "from X", X is
    asked for more than it does ("would wish for a clearer position from X")"""
    repeat_adverbs: frozenset[str]
    """adverbs that make a demand one made before and not met ("repeatedly asked X to ...")"""
    share_verbs: frozenset[str]
    """verbs of holding something in common ("India and America share the same values")"""
    shared_goods: frozenset[str]
    """what, shared with the speaker's side, bonds ("values", "vision", "commitment")"""
    asked_nouns: frozenset[str]
    """what is asked for by ``wish_verbs`` "from X" that, with a comparative, asks more of X"""
    aim_phrases: Mapping[str, frozenset[str]]
    """a verb and the particle or object that, with "at X", aim it at X: an attack in words
    ("hit out at X", "took aim at X", "took a swipe at X")"""
    aim_prepositions: frozenset[str]
    """the prepositions of ``aim_phrases`` that name who is aimed at ("at")"""
    bestow_verbs: frozenset[str]
    """verbs that bestow their object on the "on" phrase ("lavished praise on X", "heaped scorn
    on X"): X takes the object's attitude"""
    give_verbs: frozenset[str]
    """verbs that hand their object to the "to" phrase ("paid tribute to X", "wish peace to X")"""
    manner_adverbs: Mapping[str, Polarity]
    """adverbs (lower case) that say how one answered: well or badly disposed ("warmly", "coolly")"""
    oppose_against: frozenset[str]
    """"against X" after these marks opposition to X; after other words X is a victim"""
    trust_nouns: frozenset[str]
    """"in X" after these marks trust in X ("confidence in X")"""
    member_in_nouns: frozenset[str]
    """"in X" after these names friends one has there ("our friends in X", "partners in X")"""
    benefit_verbs: frozenset[str]
    """"from X" after these makes X the source of a good ("our farmers benefit from X")"""
    list_words: frozenset[str]
    """what may stand between a headline's verb and the actors it takes ("thanks the EU and
    Brazil"), and before its next verb ("condemns X, thanks Y"): articles and the words of a list"""
    spoken_attack_verbs: frozenset[str]
    """hostile acts that, done by a person, are words: "the president attacked the EU" criticises
    it, where "the army attacked the town" leaves the town a victim"""
    blow_verbs: frozenset[str]
    """acts of force that, done by the speaker's side, make their patient its adversary (besides
    the negative acts: "our navy sank their ships", "we shot down the drone")"""
    own_side: frozenset[str]
    """first-person words (lower case) of the speaker's own side: the patient of its blows is its
    adversary ("our navy sank their ships"), not a victim"""
    state_prepositions: frozenset[str]
    """prepositions of a state that a copula puts its subject in ("X is in disarray")"""

    def persons_attitude(self, lemma: str) -> Polarity | None:
        """What a person's verb says of its object: its attitude, and a spoken attack is
        criticism ("Ali condemns X", "the president attacked the EU")."""
        return self.attitude_verbs.get(lemma) or ("negative" if lemma in self.spoken_attack_verbs else None)

    # ------------------------------------------------------------ negation and hedges
    dismissive_hedges: frozenset[str]
    """hedges (lower case) that reject what they qualify: on a bad word about X they defend X
    ("the so-called X threat"), on X's own name they deny its standing ("the so-called court")"""
    hedges: frozenset[str]
    """modifiers (lower case) that report an evaluation without the speaker making it ("alleged aggression")"""
    negation_words: frozenset[str]
    """adverbs, determiners and conjunctions (lower case) that negate the word they modify"""
    contrast_conjunctions: frozenset[str]
    """conjunctions (lower case) that set an asserted attribute against a denied one ("X is not
    A but B": the negation is A's)"""
    adding_adverbs: frozenset[str]
    """adverbs (lower case) that make a negation add instead of negate ("not only X but also Y")"""
    negated_adverbs: frozenset[str]
    """adverbs (lower case) that, negated, negate their verb: the parser hangs the negation on
    them ("never again accept", "no longer supports"); "not only" negates nothing"""
    negating_determiners: frozenset[str]
    """determiners (lower case) that negate their noun ("no support", "no aggression against X")"""
    nobody: frozenset[str]
    """subjects (lower case) that negate their verb ("nobody trusts X")"""
