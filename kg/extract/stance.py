"""Stance: the attitude a statement's speaker expresses toward one of its targets.

The polarity of a target follows from its syntactic role in the sentence (spaCy's
dependency parse), never from the mood of the sentence as a whole:

1. how the target itself is described: an evaluative modifier ("our brotherly X"),
   an apposition ("X, a failed state"), a relative clause ("X, which refuses to ...");
2. what it owns or does as a modifier: "X's aggression", "Russian attacks", "X's strong
   economy", "accusations from X", "provocations by X" take the noun's quality;
3. its role:
   - subject: what is predicated of it ("X is a failed state", "X meddles in ...",
     "X has not complied with ...", "X sought to interfere", "regret that X ...");
   - direct object: the attitude of the verb ("criticized X", "thanked X",
     "described X as a dictatorship"); the patient of a hostile act is a victim and
     stays neutral ("attacked X");
   - object of a preposition: the relation it marks ("support for X", "alliance with
     X", "tribute to X", "criticism of X", "campaign against X"); grounds ("for ...",
     "due to ..."), places ("in X"), counterparts ("talks with X", "between X and Y"),
     victims ("threat to X", "occupation of X") and what only describes another
     ("likened Y to a minister under X") stay neutral;
   - a modifier of a neutral noun passes the noun's role on ("criticized X's policy").
4. negation of the predicate ("has not complied", "will never allow ... against X")
   flips the polarity; hedges ("alleged", "supposed") cancel it.

Everything else, and mixed evidence, is neutral: a wrong polar label costs more than a
missed one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..registry import Registry

NEG = "negative"
NEU = "neutral"
POS = "positive"

# --------------------------------------------------------------------------- lexicons
# General English evaluative vocabulary (lemmas, lower case). No entry names a country,
# a person or an event: the words must mean the same in any news article.

#: adjectives (and participles) that evaluate what they describe
NEGATIVE_ADJECTIVES = frozenset({
    "failed", "aggressive", "hostile", "dangerous", "hypocritical", "lying", "dishonest", "corrupt",
    "criminal", "terrorist", "separatist", "revanchist", "dictatorial", "provocative",
    "irresponsible", "reckless", "destructive", "destabilizing", "destabilising", "biased",
    "unfounded", "baseless", "false", "absurd", "ridiculous", "unacceptable", "shameful",
    "disgraceful", "unreliable", "untrustworthy", "treacherous", "deceitful", "cynical", "arrogant",
    "incompetent", "authoritarian", "totalitarian", "repressive", "oppressive", "brutal",
    "barbaric", "terrible", "horrible", "horrific", "heinous", "sordid", "vile", "cruel", "racist",
    "fascist", "chauvinist", "chauvinistic", "neocolonial", "imperialist", "expansionist",
    "militaristic", "belligerent", "subversive", "malicious", "illegal", "illegitimate", "unlawful",
    "controversial", "mistaken", "misguided", "meddling", "obtrusive", "insulting", "offensive",
    "scandalous", "unmotivated", "unprovoked", "sham", "fake", "rogue", "threatening", "harmful",
    "detrimental", "damaging", "counterproductive", "incompatible", "intransigent", "extremist",
    "genocidal", "lawless", "shameless", "duplicitous", "perfidious", "bloody", "ruthless",
    "inhumane", "unjust", "unfair", "discriminatory", "hateful", "deceptive", "manipulative",
    "guilty", "culpable",
})
#: adjectives that blame their subject for the deed in their "for" phrase ("responsible for")
ANSWERABLE = frozenset({"responsible", "accountable", "liable", "guilty", "culpable"})
POSITIVE_ADJECTIVES = frozenset({
    "allied", "friendly", "brotherly", "fraternal", "familial", "reliable", "trusted",
    "trustworthy", "loyal", "respected", "successful", "strong", "mighty", "robust", "resilient",
    "determined", "resolute", "steadfast", "unshakable", "unshakeable", "unwavering", "dignified",
    "honest", "wise", "courageous", "brave", "heroic", "generous", "excellent", "outstanding",
    "remarkable", "positive", "constructive", "prosperous", "valuable", "beneficial",
    "instrumental", "capable", "competent", "effective", "efficient", "supportive", "helpful",
    "cooperative", "visionary", "admirable", "admired", "exemplary", "credible", "principled",
    "ambitious", "honorable", "honourable", "peace-loving", "hospitable", "esteemed", "valued",
})
#: nouns of behaviour or merit: they evaluate their owner ("X's aggression", "X's success")
NEGATIVE_QUALITIES = frozenset({
    "failure", "aggression", "aggressiveness", "hostility", "hypocrisy", "lie", "dishonesty",
    "corruption", "crime", "terror", "terrorism", "separatism", "revanchism", "dictatorship",
    "tyranny", "propaganda", "provocation", "irresponsibility", "bias", "deceit", "deception",
    "betrayal", "treachery", "arrogance", "incompetence", "repression", "oppression", "brutality",
    "cruelty", "racism", "fascism", "chauvinism", "neocolonialism", "colonialism", "imperialism",
    "expansionism", "militarism", "interference", "meddling", "obtrusiveness", "insult", "smear",
    "slander", "disinformation", "misinformation", "manipulation", "insinuation", "blackmail",
    "atrocity", "intransigence", "obstruction", "sabotage", "extremism", "lawlessness",
    "duplicity", "perfidy", "hatred", "double-standard", "injustice", "discrimination",
})
POSITIVE_QUALITIES = frozenset({
    "friendship", "partnership", "success", "achievement", "strength", "resilience",
    "determination", "resolve", "wisdom", "courage", "bravery", "heroism", "generosity",
    "prowess", "advantage", "progress", "efficiency", "solidarity", "contribution", "loyalty",
    "hospitality", "leadership", "integrity", "dignity", "credibility", "goodwill",
})
#: nouns that put what they are said of in a class ("X is a dictator"); they say nothing of
#: their owner ("X's enemies" does not make X an enemy)
NEGATIVE_CLASSES = frozenset({
    "aggressor", "enemy", "foe", "threat", "hypocrite", "liar", "criminal", "terrorist",
    "separatist", "revanchist", "occupier", "invader", "dictator", "dictatorship", "tyrant",
    "puppet", "traitor", "warmonger", "bully", "thug", "menace", "pariah", "rogue", "propagandist",
    "provocateur", "extremist", "fanatic", "nazi", "fascist", "racist", "chauvinist", "imperialist",
    "colonizer", "coloniser", "failure", "disgrace", "scandal", "sham", "farce", "danger", "liability",
})
POSITIVE_CLASSES = frozenset({
    "ally", "friend", "partner", "brother", "sister", "family", "hero", "champion", "model",
    "example", "asset", "pillar", "cornerstone", "guarantor", "success", "leader", "peacemaker",
})
#: acts that reflect on whoever performs them; their patient is a victim (neutral)
NEGATIVE_ACT_VERBS = frozenset({
    "threaten", "attack", "invade", "occupy", "annex", "bomb", "shell", "kill", "murder",
    "massacre", "slaughter", "torture", "deport", "persecute", "repress", "oppress", "terrorize",
    "terrorise", "intimidate", "bully", "coerce", "blackmail", "harass", "destroy", "loot",
    "plunder", "steal", "violate", "breach", "betray", "deceive", "mislead", "distort",
    "manipulate", "provoke", "meddle", "interfere", "destabilize", "destabilise", "undermine",
    "sabotage", "obstruct", "exploit", "smear", "slander", "insult", "humiliate", "discriminate",
    "colonize", "colonise", "enslave", "falsify", "fabricate", "incite", "disregard", "evade",
    "flout", "renege", "cheat", "aggravate", "escalate", "damage",
})
POSITIVE_ACT_VERBS = frozenset({
    "help", "assist", "contribute", "cooperate", "comply", "respect", "honor", "honour", "fulfil",
    "fulfill", "uphold", "achieve", "succeed", "overcome", "excel", "donate", "rescue", "resolve",
})
#: nouns of acts: their owner, demonym or "by" phrase names the agent ("Russia's invasion")
NEGATIVE_DEEDS = frozenset({
    "attack", "invasion", "annexation", "occupation", "shelling", "bombing", "strike",
    "incursion", "intervention", "blockade", "deportation", "shooting", "killing", "persecution",
    "threat", "accusation", "allegation", "insinuation", "pressure", "crackdown", "aggression",
    "provocation", "meddling", "interference", "violation", "sabotage", "smear", "slander",
    "insult", "lie", "blackmail", "propaganda", "disinformation", "crime", "atrocity",
    "terrorism", "massacre", "genocide", "repression", "harassment", "intimidation",
})
#: nouns of acts whose "of" phrase names the victim ("the occupation of X")
VICTIM_OF_NOUNS = frozenset({
    "occupation", "invasion", "annexation", "attack", "bombing", "shelling", "destruction",
    "blockade", "deportation", "isolation", "genocide", "massacre", "killing", "shooting",
    "persecution", "repression", "oppression", "violation", "bombardment", "siege", "seizure",
    "partition", "dismemberment", "humiliation", "harassment", "intimidation",
})
#: verbs whose direct object receives the subject's attitude ("criticized X", "thanked X")
NEGATIVE_ATTITUDE_VERBS = frozenset({
    "criticize", "criticise", "condemn", "accuse", "blame", "denounce", "slam", "blast", "warn",
    "reject", "dismiss", "mock", "ridicule", "decry", "deplore", "smear", "oppose", "refute",
    "rebuff", "lambast", "castigate", "chastise", "rebuke", "censure", "scold", "deride", "vilify",
    "demonize", "demonise", "slander", "disparage", "discredit", "insult", "isolate", "boycott",
    "sanction", "distrust", "despise", "hate", "reproach", "denigrate", "belittle", "expose",
})
POSITIVE_ATTITUDE_VERBS = frozenset({
    "praise", "welcome", "thank", "commend", "hail", "applaud", "congratulate", "laud", "salute",
    "support", "endorse", "appreciate", "defend", "champion", "acclaim", "back", "honor", "honour",
    "admire", "respect", "trust", "value", "cherish", "embrace", "help", "assist", "aid", "reward",
    "celebrate", "love", "favor", "favour", "befriend", "protect",
})
#: nouns of attitude whose object ("of", "for", "toward") receives it
NEGATIVE_ATTITUDE_NOUNS = frozenset({
    "criticism", "condemnation", "denunciation", "denouncement", "rejection", "contempt", "hatred",
    "disdain", "distrust", "mistrust", "hostility", "animosity", "antipathy", "grievance",
})
POSITIVE_ATTITUDE_NOUNS = frozenset({
    "praise", "support", "backing", "solidarity", "respect", "admiration", "sympathy", "love",
    "gratitude", "thanks", "tribute", "appreciation", "trust", "confidence", "faith", "loyalty",
    "friendship", "alliance", "partnership", "brotherhood", "assistance", "help", "aid",
    "goodwill",
})
#: verbs that put their object in a class ("described X as Y", "called X Y", "likened X to Y")
DESCRIBE_VERBS = frozenset({
    "describe", "call", "label", "brand", "term", "dub", "characterize", "characterise",
    "portray", "depict", "paint", "consider", "regard", "view", "see", "deem", "declare", "name",
    "liken", "compare", "equate", "turn", "make", "render", "proclaim",
})
RESULT_VERBS = frozenset({"turn", "make", "render"})
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "look", "sound", "prove", "stay", "grow", "turn"})
#: verbs whose complement says what their subject does ("sought to meddle")
INTENT_VERBS = frozenset({
    "seek", "try", "attempt", "plan", "want", "intend", "continue", "aim", "prepare", "begin",
    "start", "keep", "dare", "resort", "wish", "strive", "persist", "threaten",
})
#: verbs whose prepositional object is their subject's deed ("resorted to blackmail")
DEED_VERBS = frozenset({
    "resort", "engage", "participate", "indulge", "persist", "involve", "prepare", "plan",
    "return", "revert", "stoop", "descend", "embark",
})
#: verbs whose complement is not done ("refused to comply")
DECLINE_VERBS = frozenset({"refuse", "fail", "decline", "neglect"})
#: verbs whose subject answers for their object ("commits crimes", "plays a constructive role")
DO_VERBS = frozenset({
    "commit", "perpetrate", "spread", "wage", "conduct", "carry", "make", "pursue", "use", "employ",
    "launch", "stage", "orchestrate", "organize", "organise", "fund", "finance", "sponsor", "sow",
    "stir", "fuel", "pose", "create", "cause", "bring", "adopt", "issue", "level", "voice", "play",
    "show", "display", "demonstrate", "exhibit", "practise", "practice", "unleash", "harbor",
    "harbour", "tolerate", "encourage", "promote", "incite", "disseminate", "circulate", "peddle",
    "export", "impose", "inflict", "have", "possess", "achieve", "provide", "offer", "give",
    "extend", "exert", "apply", "intensify", "escalate", "continue",
})
#: verbs that report what someone said or thinks ("said that ...")
REPORT_VERBS = frozenset({
    "say", "state", "claim", "tell", "report", "add", "note", "insist", "argue", "assert",
    "allege", "announce", "declare", "write", "believe", "think", "suggest", "stress",
    "emphasize", "emphasise", "explain", "remark", "mention", "recall", "reply", "respond",
})
#: verbs whose that-clause the speaker holds to be false
DENY_VERBS = frozenset({"deny", "refute", "dismiss", "reject", "dispute", "disprove"})
WARN_VERBS = frozenset({"warn", "caution", "alert"})
NEGATIVE_EMOTIONS = frozenset({
    "regret", "concern", "concerned", "worry", "worried", "fear", "alarm", "alarmed", "outrage",
    "outraged", "anger", "angry", "frustration", "frustrated", "disappointment", "disappointed",
    "dissatisfaction", "dissatisfied", "displeasure", "indignation", "dismay", "dismayed",
})
POSITIVE_EMOTIONS = frozenset({
    "hope", "hopeful", "optimism", "optimistic", "confidence", "confident", "satisfaction",
    "satisfied", "pleased", "glad", "happy", "delighted", "proud", "pride", "gratitude", "grateful",
    "thankful", "appreciation", "admiration", "trust",
})
#: "with X" (or "between", "among" X) after these marks a bond with X ("alliance with X")
BONDS = frozenset({
    "alliance", "ally", "allied", "friendship", "partnership", "solidarity", "cooperation",
    "brotherhood", "unity", "stand", "side", "agree", "sympathize", "sympathise", "cooperate",
    "align", "friend", "partner", "fraternity", "unite", "solidarize", "collaboration",
    "collaborate",
})
#: "to X" after these marks a favour to X ("tribute to X", "gratitude to X")
FAVOURS = frozenset({
    "gratitude", "thanks", "tribute", "support", "loyalty", "assistance", "help", "aid", "ally",
    "friend", "partner", "solidarity", "condolence", "condolences", "respect", "homage", "praise",
    "peace", "success",
})
#: verbs that hand their object to the "to" phrase ("paid tribute to X", "wish peace to X")
GIVE_VERBS = frozenset({"pay", "express", "offer", "give", "provide", "extend", "send", "lend", "wish", "convey", "render", "show"})
#: "against X" after these marks opposition to X; after other words X is a victim
OPPOSE_AGAINST = frozenset({
    "fight", "struggle", "campaign", "warn", "warning", "stance", "position", "protest", "sanction",
    "measure", "resistance", "crusade", "speak", "rally", "coalition", "vote", "testify", "case",
    "lawsuit", "complaint", "rhetoric", "stand",
})
#: modifiers that report an evaluation without the speaker making it ("alleged aggression")
HEDGES = frozenset({
    "alleged", "allegedly", "supposed", "supposedly", "so-called", "purported", "purportedly",
    "claimed", "presumed", "reported", "reportedly", "potential", "possible",
})
NEGATION_WORDS = frozenset({"not", "never", "no", "n't", "nor", "neither", "without"})
NOBODY = frozenset({"nobody", "none", "nothing", "noone"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
#: how many nouns a target may pass its role through ("the basis of X's warnings")
MAX_HOPS = 4


def polarity_for(sent: SpacySpan, start: int, end: int, key: str, registry: Registry) -> str:
    """negative, neutral or positive for the target at clean offsets ``start:end``.

    ``key`` and ``registry`` are not used yet (the polarity follows from the parse alone).
    """
    tokens = [t for t in sent if start <= t.idx < end]
    if not tokens:
        return NEU
    ids = {t.i for t in tokens}
    return _Judge(ids).target(_head(tokens, ids)) or NEU


def combine(polarities: list[str]) -> str:
    """One polarity for several mentions of a target in a statement: the polar one, if only one."""
    polar = {p for p in polarities if p != NEU}
    return polar.pop() if len(polar) == 1 else NEU


# --------------------------------------------------------------------------- words


def _head(tokens: list[Token], ids: set[int]) -> Token:
    """The token of the target whose syntactic head lies outside it (the shallowest one)."""
    outer = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return min(outer or tokens, key=_depth)


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


def _forms(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _lookup(tok: Token, negative: frozenset[str], positive: frozenset[str]) -> str | None:
    forms = _forms(tok)
    if forms & negative:
        return NEG
    if forms & positive:
        return POS
    return None


def _adjective_word(tok: Token) -> str | None:
    return _lookup(tok, NEGATIVE_ADJECTIVES, POSITIVE_ADJECTIVES)


def _quality_word(tok: Token) -> str | None:
    """A noun that evaluates its owner, or an adjective."""
    return _lookup(tok, NEGATIVE_QUALITIES, POSITIVE_QUALITIES) or _adjective_word(tok)


def _describing_word(tok: Token) -> str | None:
    """A noun or adjective that evaluates what it is said of ("a dictator", "a failure")."""
    return _lookup(tok, NEGATIVE_CLASSES, POSITIVE_CLASSES) or _quality_word(tok)


def _participle(tok: Token) -> str | None:
    """A participle that is itself evaluative ("mistaken", "trusted"), by its form only."""
    if tok.lower_ in NEGATIVE_ADJECTIVES:
        return NEG
    if tok.lower_ in POSITIVE_ADJECTIVES:
        return POS
    return None


def _flip(polarity: str | None) -> str | None:
    return {NEG: POS, POS: NEG}.get(polarity or "", polarity)


def _negated(tok: Token) -> bool:
    """The word (a verb, an adjective or a noun) is negated: 'not', 'never', 'no', 'nobody'."""
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det", "preconj") and child.lower_ in NEGATION_WORDS):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in NOBODY or _has_det_no(child)):
            return True
    return False


def _negated_verb(verb: Token) -> bool:
    """The verb, or the verb it completes ("did not try to meddle"), is negated."""
    return _negated(verb) or (verb.dep_ == "xcomp" and _negated(verb.head))


def _has_det_no(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _negated_above(tok: Token) -> bool:
    """The word ("no aggression against X") or a verb governing it ("will never allow ...
    against X") is negated, up to the verb that reports the statement."""
    if _has_det_no(tok):
        return True
    hops = 0
    while hops < 12 and tok.lemma_.lower() not in REPORT_VERBS:
        if (tok.pos_ in ("VERB", "AUX") or hops == 0) and _negated(tok):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        hops += 1
    return False


def _reported_of_another(tok: Token) -> bool:
    """The word sits in a reported clause about someone named ("said that X is waging a
    campaign against Y"): the attitude is X's, not the speaker's."""
    clause = tok
    hops = 0
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i and hops < 8:
        clause = clause.head
        hops += 1
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORT_VERBS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in clause.children)


def _hedged(tok: Token) -> bool:
    return any(c.lower_ in HEDGES for c in tok.children if c.dep_ in ("amod", "advmod", "compound"))


def _has_child(tok: Token, deps: tuple[str, ...], ids: set[int]) -> bool:
    return any(c.dep_ in deps and c.i not in ids for c in tok.children)


def _one(found: set[str | None]) -> str | None:
    """The single polarity among the evidence; none, or both, give None."""
    polar = {p for p in found if p in (NEG, POS)}
    return polar.pop() if len(polar) == 1 else None


# --------------------------------------------------------------------------- the walk


class _Judge:
    """Walks the parse from a target to the words that evaluate it."""

    def __init__(self, ids: set[int]) -> None:
        self.ids = ids

    def target(self, head: Token) -> str | None:
        anchor = self._anchor(head)
        described = self._described(head)
        if described is not None:
            return described
        owned = self._owned_quality(anchor)
        if owned is not None:
            return owned
        if self._describes_another(anchor):
            return NEU
        return self._role(anchor, MAX_HOPS)

    def _anchor(self, tok: Token) -> Token:
        """Climb coordinations ("France, the US and India") to the first conjunct."""
        hops = 0
        while tok.dep_ == "conj" and tok.head.pos_ in NOMINAL | {"ADJ"} and hops < 10:
            tok = tok.head
            hops += 1
        return tok

    # ------------------------------------------------------------------ description

    def _described(self, tok: Token) -> str | None:
        """How the target is described by its own modifiers, appositions or relative clauses."""
        found: set[str | None] = set()
        for child in tok.children:
            if child.i in self.ids:
                continue
            if child.dep_ == "amod":
                found.add(_adjective_word(child))
            elif child.dep_ == "appos":
                found.add(self._description(child))
            elif child.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in child.children):
                found.add(self._predicate(child, MAX_HOPS - 2))
        if tok.dep_ == "appos" and tok.head.i not in self.ids and tok.head.pos_ in NOMINAL:
            found.add(self._description(tok.head))  # "the lying four: X, Y and Z"
        return _one(found)

    def _description(self, noun: Token) -> str | None:
        """Polarity of a describing noun or adjective with its modifiers ("a failed state")."""
        if _hedged(noun):
            return None
        polarity = _describing_word(noun) or self._modifiers(noun)
        return _flip(polarity) if _negated(noun) else polarity

    def _modifiers(self, noun: Token) -> str | None:
        """The polarity of a noun's adjectives ("terrible treatment"), or None."""
        return _one({_adjective_word(c) for c in noun.children if c.dep_ in ("amod", "nmod") and c.i not in self.ids})

    def _describes_another(self, tok: Token) -> bool:
        """The target only serves to describe another ("likened Y to a minister under X")."""
        hops = 0
        while tok.head.i != tok.i and hops < 8:
            parent = tok.head
            if parent.lemma_.lower() in DESCRIBE_VERBS and (
                tok.dep_ == "oprd"
                or (tok.dep_ == "prep" and tok.lower_ in ("as", "to", "into")
                    and _has_child(parent, ("dobj", "nsubjpass"), self.ids))
            ):
                return True
            tok = parent
            hops += 1
        return False

    # ------------------------------------------------------------------ ownership

    def _owned_quality(self, np: Token) -> str | None:
        """The target owns or does what its head noun names ("X's aggression", "Russian attacks")."""
        noun = np.head
        if np.dep_ not in MODIFIER_DEPS or noun.pos_ not in NOMINAL or noun.i in self.ids or _hedged(noun):
            return None
        polarity = self._quality_of(np, noun)
        if polarity is None:
            return None
        return _flip(polarity) if _negated(noun) or _has_det_no(noun) else polarity

    def _quality_of(self, owner: Token, noun: Token) -> str | None:
        lemma = noun.lemma_.lower()
        if owner.dep_ == "compound" and owner.pos_ == "PROPN":
            # "Kremlin propaganda" names an agent; "the Khojaly massacre" names a victim or a place
            return NEG if lemma in NEGATIVE_DEEDS and lemma not in VICTIM_OF_NOUNS else None
        if lemma in NEGATIVE_DEEDS:
            return NEG
        return _quality_word(noun) or self._modifiers(noun)

    # ------------------------------------------------------------------ roles

    def _role(self, np: Token, hops: int) -> str | None:
        if hops <= 0:
            return None
        dep = np.dep_
        if dep in MODIFIER_DEPS:
            return self._through(np, np.head, hops - 1)
        if dep in ("nsubj", "csubj"):
            return self._subject(np.head, hops - 1)
        if dep == "nsubjpass":
            return self._patient(np.head)
        if dep == "dobj":
            return self._object(np.head)
        if dep == "pobj":
            return self._pobj(np.head, np, hops - 1)
        if dep == "dative":
            return self._to_phrase(np.head)
        if dep == "appos" and np.head.pos_ in NOMINAL and np.head.i not in self.ids:
            return self._role(self._anchor(np.head), hops - 1)
        return None

    def _through(self, np: Token, noun: Token, hops: int) -> str | None:
        """The target owns ``noun``: the noun's quality, or else the noun's own role."""
        if noun.pos_ not in NOMINAL or noun.i in self.ids:
            return None
        if _hedged(noun):
            return NEU
        polarity = self._quality_of(np, noun)
        if polarity is not None:
            return _flip(polarity) if _negated(noun) or _has_det_no(noun) else polarity
        if np.dep_ in ("compound", "amod", "nmod") and noun.dep_ in MODIFIER_DEPS:
            return None  # a modifier of a modifier ("Armenian Prime Minister X's claim") owns nothing
        if np.dep_ == "compound" and noun.lemma_.lower() in VICTIM_OF_NOUNS:
            return None
        return self._role(self._anchor(noun), hops)

    # subjects

    def _subject(self, verb: Token, hops: int) -> str | None:
        if verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
            verb = verb.head  # "X is determined to ...": the participle is the predicate
        if verb.pos_ == "ADJ":
            polarity = self._adjective(verb)
        else:
            polarity = self._predicate(verb, hops)
        if polarity is None and verb.dep_ == "csubj":
            polarity = self._predicate(verb.head, hops)  # "X's claim having ... is a threat"
        if polarity is not None:
            denied = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENY_VERBS
            return _flip(polarity) if denied else polarity  # "denied that X had attacked"
        return self._framed(verb)

    def _predicate(self, verb: Token, hops: int) -> str | None:
        """What the clause of ``verb`` says of its subject."""
        lemma = verb.lemma_.lower()
        inner = self._xcomp(verb)
        polarity: str | None
        if lemma in COPULAS and not _has_child(verb, ("dobj",), self.ids):
            polarity = self._complement(verb)
            if polarity is None and inner is not None and inner.lemma_.lower() != "blame":
                polarity = self._act(inner)  # "if X were to attack"
        elif lemma in DECLINE_VERBS:
            done = self._act(inner) if inner is not None else None
            polarity = _flip(done) if done is not None else NEG  # "refused to comply"
        elif lemma in INTENT_VERBS and (inner is not None or lemma in ("resort", "prepare")):
            polarity = self._act(inner) if inner is not None else self._deeds_in(verb)
            if polarity is None and lemma == "threaten":
                polarity = NEG
        else:
            polarity = self._act(verb)
        if polarity is None:
            return None
        return _flip(polarity) if _negated_verb(verb) else polarity

    def _act(self, verb: Token) -> str | None:
        """What doing ``verb`` (with its object) says of the one who does it."""
        lemma = verb.lemma_.lower()
        if lemma in NEGATIVE_ACT_VERBS:
            return NEG
        if lemma in POSITIVE_ACT_VERBS:
            return POS
        if lemma in COPULAS or lemma in RESULT_VERBS:
            result = self._complement(verb)  # "turned X into a failed state"
            if result is not None:
                return result
        if lemma not in DO_VERBS:
            return self._deeds_in(verb)
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.i not in self.ids:
                quality = self._object_quality(obj)
                if quality is not None:
                    return quality
        return None

    def _deeds_in(self, verb: Token) -> str | None:
        """'resorted to blackmail', 'engaged in provocations', 'prepared for an attack'."""
        if verb.lemma_.lower() not in DEED_VERBS:
            return None
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "in", "into", "for", "on"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i not in self.ids and obj.lemma_.lower() in NEGATIVE_DEEDS and not _hedged(obj):
                        return NEG
        return None

    def _object_quality(self, obj: Token) -> str | None:
        if _hedged(obj) or _has_det_no(obj):
            return None
        lemma = obj.lemma_.lower()
        if lemma in NEGATIVE_EMOTIONS or lemma in NEGATIVE_DEEDS:
            return NEG
        return _quality_word(obj) or self._modifiers(obj)

    def _complement(self, verb: Token) -> str | None:
        """The attribute of a copula or resultative ("is a failed state", "turned X into ...")."""
        found: set[str | None] = set()
        for child in verb.children:
            if child.i in self.ids:
                continue
            if child.dep_ in ("attr", "acomp", "oprd"):
                found.add(self._description(child) if child.pos_ in NOMINAL else self._adjective(child))
                found.add(self._answerable(child))
            elif child.dep_ == "xcomp" and child.lemma_.lower() == "blame":
                found.add(NEG)  # "X is to blame"
            elif child.dep_ == "prep" and child.lower_ == "into":
                found.update(self._description(o) for o in child.children if o.dep_ == "pobj")
        return _one(found)

    def _answerable(self, adj: Token) -> str | None:
        """'X is responsible for the attack': answerable for a bad deed."""
        if adj.lemma_.lower() not in ANSWERABLE:
            return None
        for prep in adj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and not _hedged(obj) and (
                        obj.lemma_.lower() in NEGATIVE_DEEDS or _quality_word(obj) == NEG
                    ):
                        return _flip(NEG) if _negated(adj) else NEG
        return None

    def _adjective(self, adj: Token) -> str | None:
        if _hedged(adj):
            return None
        polarity = _adjective_word(adj) or self._modifiers(adj)
        return _flip(polarity) if _negated(adj) else polarity

    def _xcomp(self, verb: Token) -> Token | None:
        return next((c for c in verb.children if c.dep_ == "xcomp"), None)

    def _framed(self, verb: Token) -> str | None:
        """The clause is what someone regrets, hopes for or warns of ("regret that X ...")."""
        if verb.dep_ not in ("ccomp", "acl"):
            return None
        lemma = verb.head.lemma_.lower()
        if lemma in NEGATIVE_EMOTIONS or lemma in WARN_VERBS:
            return NEG
        if lemma in POSITIVE_EMOTIONS:
            return POS
        return None

    # objects

    def _patient(self, verb: Token) -> str | None:
        """The target undergoes ``verb``: favoured by a kind act, a victim of a hostile one."""
        polarity = POS if verb.lemma_.lower() in POSITIVE_ATTITUDE_VERBS else _participle(verb)
        return _flip(polarity) if _negated(verb) else polarity

    def _object(self, verb: Token) -> str | None:
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        lemma = verb.lemma_.lower()
        polarity = self._description_of_object(verb) if lemma in DESCRIBE_VERBS else None
        if polarity is None and lemma in NEGATIVE_ATTITUDE_VERBS:
            polarity = NEG
        elif polarity is None and lemma in POSITIVE_ATTITUDE_VERBS:
            polarity = POS
        return _flip(polarity) if _negated_verb(verb) else polarity

    def _description_of_object(self, verb: Token) -> str | None:
        """'described X as a dictatorship', 'called X a true friend', 'likened X to a tyrant'."""
        found: set[str | None] = set()
        for child in verb.children:
            if child.i in self.ids:
                continue
            if child.dep_ in ("oprd", "xcomp", "ccomp", "attr"):
                if child.lemma_.lower() in COPULAS:
                    found.add(self._complement(child))  # "declared X to be a threat"
                else:
                    found.add(self._description(child) if child.pos_ in NOMINAL else self._adjective(child))
            elif child.dep_ == "prep" and child.lower_ in ("as", "into", "to"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found.add(self._description(obj) or self._qualified(obj))
        return _one(found)

    def _qualified(self, noun: Token) -> str | None:
        """'a minister under a dictatorship': one prepositional step below the describing noun."""
        for prep in noun.children:
            if prep.dep_ == "prep":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i not in self.ids and not _hedged(obj):
                        polarity = _describing_word(obj)
                        if polarity is not None:
                            return polarity
        return None

    # prepositions

    def _pobj(self, prep: Token, np: Token, hops: int) -> str | None:
        """The relation a preposition marks. The small parser often hangs a noun's
        preposition on the verb ("denounced the provocations | by X"), so the verb's
        object before the preposition is tried first."""
        gov = prep.head
        if gov.pos_ in ("VERB", "AUX") and prep.dep_ == "prep":
            for obj in gov.children:
                if obj.dep_ == "dobj" and obj.i < prep.i and obj.i not in self.ids and obj.pos_ in NOMINAL:
                    polarity = self._relation(prep, obj, np, hops)
                    if polarity is not None:
                        return polarity
        return self._relation(prep, gov, np, hops)

    def _relation(self, prep: Token, gov: Token, np: Token, hops: int) -> str | None:
        word = prep.lower_
        glemma = gov.lemma_.lower()
        if prep.dep_ == "agent" or (word == "by" and gov.pos_ in NOMINAL):
            return self._agent(gov, np, hops)
        if word == "from" and gov.pos_ in NOMINAL and (glemma in NEGATIVE_DEEDS or _quality_word(gov) == NEG):
            return NEG  # "accusations from X"
        if word == "of" and gov.pos_ in NOMINAL:
            return self._of_phrase(gov, np, hops)
        if word in ("for", "toward", "towards"):
            return self._attitude_noun(gov)
        if word == "to":
            return self._to_phrase(gov)
        if word in ("with", "between", "among", "amongst", "within"):
            return self._bond(gov)
        if word == "against":
            return self._against(gov)
        if word in ("including", "like") or (word == "as" and gov.lower_ == "such"):
            return self._member_of(gov, hops)
        if word in ("about", "over", "at", "regarding", "concerning"):
            return self._emotion_about(gov)
        if word == "in" and glemma in ("confidence", "trust", "faith", "belief"):
            return NEG if _negated(gov) else POS
        return None  # places, grounds, times, topics, counterparts

    def _agent(self, gov: Token, np: Token, hops: int) -> str | None:
        """'by X': X does ``gov`` ("provocations by X", "was attacked by X")."""
        if gov.pos_ in NOMINAL:
            return self._through(np, gov, hops)
        lemma = gov.lemma_.lower()
        if lemma in NEGATIVE_ACT_VERBS:
            return NEG
        if lemma in POSITIVE_ACT_VERBS:
            return POS
        if gov.dep_ == "acl" and gov.head.pos_ in NOMINAL:
            return self._through(np, gov.head, hops)  # "rumours circulated by X" = X's rumours
        return None

    def _of_phrase(self, noun: Token, np: Token, hops: int) -> str | None:
        if noun.lemma_.lower() in VICTIM_OF_NOUNS:
            return None
        attitude = self._attitude_noun(noun)
        if attitude is not None:
            return attitude
        return self._through(np, noun, hops)  # "the government of X" = X's government

    def _attitude_noun(self, noun: Token) -> str | None:
        if noun.pos_ not in NOMINAL:
            return None
        polarity = _lookup(noun, NEGATIVE_ATTITUDE_NOUNS, POSITIVE_ATTITUDE_NOUNS)
        if polarity == POS and self._role(noun, 2) == NEG:
            polarity = NEG  # "concerned about the support for X": the support itself is deplored
        return _flip(polarity) if _negated(noun) or _has_det_no(noun) else polarity

    def _to_phrase(self, gov: Token) -> str | None:
        lemma = gov.lemma_.lower()
        polarity: str | None = None
        if lemma in FAVOURS and gov.pos_ in NOMINAL:
            polarity = POS
        elif lemma in GIVE_VERBS:
            objs = [c for c in gov.children if c.dep_ == "dobj" and c.i not in self.ids]
            if any(o.lemma_.lower() in FAVOURS or self._description(o) == POS for o in objs):
                polarity = POS
        return _flip(polarity) if _negated(gov) or _has_det_no(gov) else polarity

    def _bond(self, gov: Token) -> str | None:
        """'alliance with X', 'cooperation between X and Y'; 'talks with X' is neutral."""
        if not _forms(gov) & BONDS:
            return None
        if gov.lemma_.lower() == "agree" and any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")) for c in gov.children
        ):
            return None  # "agreed (a deal) with X": X is a counterpart
        return NEG if _negated(gov) else POS

    def _against(self, gov: Token) -> str | None:
        """Opposition to X is negative; a hostile act against X that is ruled out is positive."""
        if _negated_above(gov):
            return POS
        if gov.lemma_.lower() in OPPOSE_AGAINST and not _reported_of_another(gov):
            return NEG
        return None

    def _member_of(self, gov: Token, hops: int) -> str | None:
        """'external forces, including X': X shares the role of the group it is named in."""
        group = gov.head if gov.lower_ == "such" else gov
        if group.pos_ not in NOMINAL or group.i in self.ids:
            return None
        return self._described(group) or self._role(self._anchor(group), hops)

    def _emotion_about(self, gov: Token) -> str | None:
        lemma = gov.lemma_.lower()
        if lemma in NEGATIVE_EMOTIONS:
            return NEG
        if lemma in POSITIVE_EMOTIONS and lemma not in ("hope", "optimism", "confidence"):
            return POS
        return None
