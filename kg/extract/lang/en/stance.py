"""English stance tables: general evaluative vocabulary and the function words of the stance rules."""
from __future__ import annotations

from ..stance import Intent, Relation, StanceWords, polar

__all__ = ["STANCE"]

# General English evaluative vocabulary (lemmas, lower case). No entry names a country,
# a person or an event: the words must mean the same in any news article.

#: adjectives (and participles) that evaluate what they describe
NEGATIVE_ADJECTIVES = frozenset({
    "failed", "aggressive", "confrontational", "hostile", "dangerous", "hypocritical", "lying", "dishonest", "corrupt",
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
    "unilateral", "protectionist", "erroneous", "wrong", "unsafe", "unelected", "coercive",
    "infringing", "hegemonic", "bellicose", "unjustified", "unwarranted", "groundless",
    "inflammatory", "misleading", "illicit", "clandestine", "malign", "nefarious", "sinister",
    "predatory", "exploitative", "abusive", "violent", "inhuman", "irrational", "unreasonable",
    "unprofessional", "undemocratic", "anti-democratic", "unfriendly", "ineffective", "incapable",
    "dysfunctional", "chaotic", "negligent", "deplorable", "regrettable", "outrageous",
    "unconstructive", "bullying", "hysterical", "divisive", "retaliatory", "punitive",
})
#: adjectives whose adverb is an intensifier or a discourse word, not an evaluation ("greatly", "effectively")
ADVERB_SHIFTS = frozenset({
    "great", "strong", "fair", "positive", "terrible", "horrible", "important", "necessary",
    "essential", "crucial", "vital", "remarkable", "honest", "effective", "ridiculous", "unique",
    "dangerous", "absurd", "good", "solid", "mighty", "bloody", "false", "stable", "historic",
    "dynamic", "balanced", "welcome", "committed", "allied", "failed", "admired", "respected",
    "valued", "trusted", "esteemed", "determined", "lying", "meddling", "threatening", "mistaken",
    "misguided", "insulting", "damaging", "infringing", "bullying", "encouraging", "thriving",
    "sham", "fake", "rogue", "terrorist", "separatist", "criminal", "fascist", "racist",
    "chauvinist", "imperialist", "expansionist", "extremist", "revanchist", "unelected", "reasonable",
    "sincere",
})
#: explicit evaluating adverbs besides the adverbs of the evaluative adjectives
NEGATIVE_ADVERBS = frozenset({"deliberately", "clandestinely", "secretly", "wrongly", "unilaterally", "arbitrarily"})
POSITIVE_ADVERBS = frozenset({"successfully", "tirelessly", "bravely", "wisely", "responsibly", "constructively"})


def _adverbs(adjectives: frozenset[str]) -> set[str]:
    """The adverbs of the adjectives that have one by the regular rule (not "friendly", "failed")."""
    return {_adverb(a) for a in adjectives - ADVERB_SHIFTS if "-" not in a and not a.endswith(("ly", "ed"))}


def _adverb(adjective: str) -> str:
    """The adverb of an English adjective: responsible -> responsibly, heroic -> heroically."""
    if adjective.endswith("le") and not adjective.endswith("ile"):
        return adjective[:-1] + "y"
    if adjective.endswith("y"):
        return adjective[:-1] + "ily"
    if adjective.endswith("ic"):
        return adjective + "ally"
    return adjective + "ly"


#: adjectives that take the polarity of what they are full of ("full of lies", "rife with corruption")
CONTAINER_ADJECTIVES = frozenset({"full", "rife", "replete", "riddled", "laden", "fraught", "filled"})
#: nouns of a role whose "of" phrase names it ("played the role of a peacemaker")
ROLE_NOUNS = frozenset({"role", "part", "function", "mission"})
#: nouns that stand for what a copula's subject is ("X is one of our partners", "the ones refusing to talk")
STAND_IN_NOUNS = frozenset({"one", "member", "part"})
SIDE_NOUNS = frozenset({"side", "authorities", "leadership"})
#: nouns of an intent whose infinitive is its owner's deed ("X's plan to invade", "attempts by X to ...")
INTENT_NOUNS = frozenset({
    "plan", "attempt", "bid", "effort", "intention", "ambition", "desire", "aim", "scheme", "plot",
    "drive", "push", "readiness", "willingness", "determination", "decision", "resolve", "threat",
})
#: "in X" after these names friends one has there ("our friends in X")
MEMBER_IN_NOUNS = frozenset({"friend", "ally", "brother", "sister"})
#: "from X" after these makes X a source of good ("our farmers benefit from X")
BENEFIT_VERBS = frozenset({"benefit", "profit", "learn", "draw"})
#: what may stand between a headline's verb and the actors it takes ("thanks the EU and Brazil")
LIST_WORDS = frozenset({"the", "and", ",", ";", "&"})
#: hostile acts that, done by a person, are criticism ("the president attacked the EU")
SPOKEN_ATTACK_VERBS = frozenset({"attack", "assail"})
#: acts of force that, done by the speaker's side, make their patient its adversary
BLOW_VERBS = frozenset({"sink", "shoot", "defeat", "repel", "hit", "strike", "down", "neutralize", "neutralise", "eliminate", "rout", "capture"})
#: first-person words of the speaker's own side: the patient of its blows is an adversary
OWN_SIDE = frozenset({"we", "us", "our", "ours", "i", "my"})
#: prepositions of a state a copula puts its subject in ("X is in disarray")
STATE_PREPOSITIONS = frozenset({"in"})
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
    "legitimate", "lawful", "professional", "committed", "welcome", "productive", "cordial",
    "respectful", "fruitful", "transparent", "fair", "peaceful", "great", "good", "historic",
    "important", "vital", "crucial", "essential", "indispensable", "necessary",
    "unbreakable", "unique", "innovative", "dynamic", "vibrant", "thriving",
    "pragmatic", "reasonable", "sincere", "balanced", "acceptable", "conciliatory", "impartial", "unbiased", "even-handed", "mutually-beneficial", "win-win",
    "encouraging", "stable", "dependable", "responsive", "praiseworthy", "commendable",
    "sacrosanct", "crowning", "inspiring", "stellar",
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
    "bullying", "overcapacity", "wrongdoing", "infringement", "violation", "coercion",
    "instability", "weakness", "inability", "unwillingness", "abandonment", "refusal", "shame",
    "hegemony", "revisionism", "adventurism", "brinkmanship", "militarization", "militarisation",
    "weaponization", "weaponisation", "incitement", "illegality", "impunity", "negligence",
    "mismanagement", "misconduct", "abuse", "fraud", "overreach", "hysteria", "recklessness",
    "devastation", "destruction", "disarray", "turmoil", "chaos", "shambles", "ruin", "crisis",
    "decline", "paralysis", "stagnation", "bankruptcy", "mistake", "blunder", "error", "misstep",
})
POSITIVE_QUALITIES = frozenset({
    "friendship", "partnership", "success", "achievement", "strength", "resilience",
    "determination", "resolve", "wisdom", "courage", "bravery", "heroism", "generosity",
    "prowess", "advantage", "progress", "efficiency", "solidarity", "contribution", "loyalty",
    "hospitality", "integrity", "dignity", "credibility", "goodwill", "commitment", "readiness",
    "keenness", "willingness", "innovation", "growth", "recovery", "self-sufficiency",
    "stability", "prosperity", "victory", "triumph", "excellence",
    "professionalism", "pragmatism", "restraint", "initiative",
    "openness", "transparency", "breakthrough", "accomplishment", "importance", "dedication",
})
#: nouns that put what they are said of in a class ("X is a dictator"); they say nothing of
#: their owner ("X's enemies" does not make X an enemy)
NEGATIVE_CLASSES = frozenset({
    "aggressor", "enemy", "foe", "threat", "hypocrite", "liar", "criminal", "terrorist", "suspect",
    "separatist", "revanchist", "occupier", "invader", "dictator", "dictatorship", "tyrant",
    "puppet", "traitor", "warmonger", "bully", "thug", "menace", "pariah", "rogue", "propagandist",
    "provocateur", "extremist", "fanatic", "nazi", "fascist", "racist", "chauvinist", "imperialist",
    "colonizer", "coloniser", "failure", "disgrace", "scandal", "sham", "farce", "danger", "liability",
    "regime", "violator", "oppressor", "perpetrator", "culprit", "troublemaker", "spoiler",
    "saboteur", "mercenary", "junta", "obstacle", "impediment", "violation", "shame", "mistake",
    "blunder", "error", "misstep",
})
POSITIVE_CLASSES = frozenset({
    "ally", "friend", "partner", "brother", "sister", "family", "hero", "champion", "model",
    "example", "asset", "pillar", "cornerstone", "guarantor", "success", "leader", "peacemaker",
    "backbone", "bridge", "anchor", "beacon", "engine", "testament", "reformer", "mediator",
    "friendship", "blessing", "bulwark", "pinnacle", "crowning", "jewel", "lifeline",
})
#: class nouns of things and posts: a nationality before them names a place or an owner ("Russian assets")
THING_CLASSES = frozenset({
    "asset", "bridge", "model", "example", "pillar", "cornerstone", "backbone", "anchor", "beacon",
    "engine", "testament", "blessing", "bulwark", "success", "failure", "scandal", "farce", "sham",
    "disgrace", "leader", "danger", "liability", "obstacle", "impediment", "violation", "shame",
    "friendship", "family", "mistake", "blunder", "error", "misstep",
})
#: objects that make an act verb no act ("occupies a central place", "attacked the problem")
IDLE_OBJECTS = frozenset({
    "place", "position", "seat", "post", "role", "spot", "office", "niche", "rank", "problem",
    "issue", "question", "challenge", "centre", "center", "stage",
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
    "flout", "renege", "cheat", "aggravate", "escalate", "damage", "devastate",
    "block", "contradict", "ignore", "hurt", "harm", "shortchange", "punish", "abuse",
    "overstretch", "hype", "politicise", "politicize", "infringe", "weaponize", "weaponise",
    "withhold", "stonewall", "hijack", "kidnap", "censor", "suppress", "crush", "pressure",
    "pressurize", "pressurise", "abandon", "exaggerate", "misrepresent", "backtrack", "spy",
    "overreact", "overstep",
})
POSITIVE_ACT_VERBS = frozenset({
    "help", "assist", "contribute", "cooperate", "comply", "respect", "honor", "honour", "fulfil",
    "fulfill", "uphold", "achieve", "succeed", "overcome", "excel", "donate", "rescue", "resolve",
    "innovate", "thrive", "flourish", "prosper", "liberate", "rebuild", "mediate", "facilitate",
    "grow",
})
#: nouns of acts: their owner, demonym or "by" phrase names the agent ("Russia's invasion")
NEGATIVE_DEEDS = frozenset({
    "attack", "invasion", "annexation", "occupation", "shelling", "bombing", "strike",
    "incursion", "intervention", "blockade", "deportation", "shooting", "killing", "persecution",
    "threat", "accusation", "allegation", "insinuation", "pressure", "crackdown", "aggression",
    "provocation", "meddling", "interference", "violation", "sabotage", "smear", "slander",
    "insult", "lie", "blackmail", "propaganda", "disinformation", "crime", "atrocity",
    "terrorism", "massacre", "genocide", "repression", "harassment", "intimidation",
    "infringement", "bullying", "coercion", "intrusion", "encroachment", "war", "wrongdoing",
})
#: nouns of acts whose "of" phrase names the victim ("the occupation of X")
VICTIM_OF_NOUNS = frozenset({
    "occupation", "invasion", "annexation", "attack", "bombing", "shelling", "destruction",
    "blockade", "deportation", "isolation", "genocide", "massacre", "killing", "shooting",
    "persecution", "repression", "oppression", "violation", "bombardment", "siege", "seizure",
    "partition", "dismemberment", "humiliation", "harassment", "intimidation",
    "death", "suffering", "plight",
})
#: verbs whose direct object receives the subject's attitude ("criticized X", "thanked X")
NEGATIVE_ATTITUDE_VERBS = frozenset({
    "criticize", "criticise", "condemn", "accuse", "blame", "denounce", "slam", "blast",
    "reject", "dismiss", "mock", "ridicule", "decry", "deplore", "smear", "oppose", "refute",
    "rebuff", "lambast", "castigate", "chastise", "rebuke", "censure", "scold", "deride", "vilify",
    "demonize", "demonise", "slander", "disparage", "discredit", "insult", "isolate", "boycott",
    "sanction", "distrust", "despise", "hate", "reproach", "denigrate", "belittle", "expose",
    "challenge", "contest", "question", "doubt", "fault", "chide", "expel", "repel", "resist",
    "fight", "combat", "confront", "counter", "ban", "sue", "warn", "caution", "regret", "lament", "lecture",
})
POSITIVE_ATTITUDE_VERBS = frozenset({
    "praise", "welcome", "thank", "commend", "hail", "applaud", "congratulate", "laud", "salute",
    "support", "endorse", "appreciate", "defend", "champion", "acclaim", "back", "honor", "honour",
    "admire", "respect", "trust", "value", "cherish", "embrace", "help", "assist", "aid", "reward",
    "celebrate", "love", "favor", "favour", "befriend", "protect",
    "recognize", "recognise", "like", "accept", "choose", "prefer", "empower",
    "save", "liberate", "reassure", "court", "woo",
})
#: nouns of a bearing toward someone, as good or bad as their adjective ("a conciliatory tone toward X")
BEARING_NOUNS = frozenset({"tone", "attitude", "stance", "approach", "posture"})
#: nouns of attitude whose object ("of", "for", "toward") receives it
NEGATIVE_ATTITUDE_NOUNS = frozenset({
    "criticism", "condemnation", "denunciation", "denouncement", "rejection", "contempt", "hatred", "scorn",
    "disdain", "distrust", "mistrust", "hostility", "animosity", "antipathy", "grievance",
    "opposition", "objection", "resistance", "accusation", "allegation", "complaint",
})
POSITIVE_ATTITUDE_NOUNS = frozenset({
    "praise", "support", "backing", "solidarity", "respect", "admiration", "sympathy", "love",
    "gratitude", "thanks", "tribute", "appreciation", "trust", "confidence", "faith", "loyalty",
    "friendship", "alliance", "partnership", "brotherhood", "assistance", "help", "aid",
    "goodwill", "funding", "invitation", "recognition", "commitment", "dedication", "devotion",
    "affection", "warmth", "prioritization", "prioritisation", "victory",
})
#: describing prepositions the parser may hang deep in the object ("regards attempts by X to ... as pressure")
LOOSE_DESCRIBE_PREPOSITIONS = frozenset({"as"})
#: prepositions that give the target a role in passing ("X, as a partner, ...")
ROLE_PREPOSITIONS = frozenset({"as"})
#: verbs whose subject receives their object, and takes its polarity ("X deserves our support")
RECEIVE_VERBS = frozenset({"deserve", "merit", "earn", "receive", "enjoy", "win", "gain", "draw", "attract", "face", "incur"})
#: the means of an act ("by threatening ...", "through innovation"): their deed reflects on the doer
MEANS_PREPOSITIONS = frozenset({"by", "through", "via"})
#: verb -> the prepositions after which it supports their object ("stand by X", "rally behind X")
SUPPORT_PHRASES = {
    "stand": frozenset({"by", "behind", "with"}), "rally": frozenset({"behind", "around", "to"}),
    "stick": frozenset({"by", "with"}), "side": frozenset({"with"}),
}
#: verbs that put their object in a class ("described X as Y", "called X Y", "likened X to Y")
DESCRIBE_VERBS = frozenset({
    "describe", "call", "label", "brand", "term", "dub", "characterize", "characterise",
    "portray", "depict", "paint", "consider", "regard", "view", "see", "deem", "declare", "name",
    "liken", "compare", "equate", "turn", "make", "render", "proclaim", "treat", "classify",
    "designate", "list",
})
#: verbs whose object becomes their complement ("turned X into a failed state", "made X a pariah")
RESULT_VERBS = frozenset({"turn", "make", "render"})
#: verbs whose complement says what their subject is ("X is a failed state", "X seems hostile")
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "look", "sound", "prove", "stay", "grow", "turn"})
#: verbs whose complement says what their subject does ("sought to meddle")
INTENT_VERBS = frozenset({
    "seek", "try", "attempt", "plan", "want", "intend", "continue", "aim", "prepare", "begin",
    "start", "keep", "dare", "resort", "wish", "strive", "persist", "threaten", "allow", "permit",
    "let",
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
    "extend", "exert", "apply", "intensify", "escalate", "continue", "perform", "undertake", "signal",
    "take", "choose",
})
#: modals of ability: negated, they make a telling act negative ("cannot keep hurting us", "could not help")
ABILITY_MODALS = frozenset({"can", "could", "ca"})
#: verbs whose complement or object ends ("stopped attacking", "ended its aggression")
STOP_VERBS = frozenset({"stop", "cease", "quit", "halt", "end", "discontinue", "refrain", "abstain", "desist"})
#: conjunctions of a condition set on the subject of their clause ("until X withdraws")
CONDITION_MARKS = frozenset({"until", "unless", "till"})
#: objects that make a demanded act a correction ("take action", "put an end", "make amends")
AMEND_OBJECTS = frozenset({"action", "actions", "step", "steps", "measure", "measures", "end", "amends", "responsibility"})
AMEND_COMPARATIVES = frozenset({"clearer", "firmer", "stronger", "tougher", "greater", "better", "fuller", "more"})
#: what a demanded act must now heed ("X must take into account the lives of ...")
AMEND_PHRASES = frozenset({"into account", "into consideration"})
#: nouns of what is owed: "X has obligations to return ..." is a demand on X
OBLIGATION_NOUNS = frozenset({"obligation", "duty", "commitment"})
#: particles of retreat: demanded, "stay away", "back off", "pull out" say X intrudes
AMEND_PARTICLES = frozenset({"away", "off", "out", "down", "back"})
#: nouns of blame: where they lie ("with X") is who is blamed
BLAME_NOUNS = frozenset({"responsibility", "blame", "fault", "onus", "guilt"})
#: verbs that place their subject with someone ("the responsibility lies with X")
REST_VERBS = frozenset({"lie", "rest"})
#: verbs whose object or "on" phrase is asked to do their complement ("urged X to stop ...")
DEMAND_VERBS = frozenset({
    "urge", "ask", "demand", "press", "expect", "request", "implore", "exhort", "tell", "call",
    "appeal", "insist", "push", "order", "instruct", "beg", "warn", "caution",
})
#: who is asked, after a demand verb ("called on X to ...", "appealed to X to ...")
DEMAND_PREPOSITIONS = frozenset({"on", "upon", "to"})
#: modals that make their verb a demand on its subject ("X must pay", "X should stop")
DEONTIC_MODALS = frozenset({"must", "should", "ought"})
#: verbs whose "to" complement is a demand on their subject ("X needs to stop", "X has to pay")
OBLIGATION_VERBS = frozenset({"need", "have"})
#: "X would do well to ...", "X would do better to ...": advice to the subject, a demand
ADVICE_PHRASES = {"do": frozenset({"well", "better"})}
#: acts that, demanded of someone, say they did wrong ("urged X to stop", "X must withdraw")
AMEND_VERBS = frozenset({
    "stop", "cease", "end", "halt", "refrain", "desist", "withdraw", "retract", "correct",
    "relinquish", "abandon", "apologise", "apologize", "release", "dismantle", "abjure", "reverse",
    "rescind", "revoke", "drop", "pay", "compensate", "return", "face", "rectify", "redress",
    "repent", "renounce", "repeal", "quit", "understand", "realise", "realize", "learn",
    "discontinue", "lift", "remove", "free", "heed", "listen", "reconsider", "rethink", "fix", "remedy",
})
#: acts owed to others that, demanded of someone, say they fail them ("urged X to comply")
DUTY_VERBS = frozenset({
    "comply", "respect", "honor", "honour", "fulfil", "fulfill", "uphold", "abide", "adhere",
    "observe", "implement", "investigate", "punish", "acknowledge", "admit", "answer", "account",
})
#: a demand made again and again was not met ("we have repeatedly asked X to complete ...")
REPEAT_ADVERBS = frozenset({"repeatedly", "again", "persistently", "constantly"})
#: verbs whose that-clause the speaker holds to be false
DENY_VERBS = frozenset({"deny", "refute", "dismiss", "reject", "dispute", "disprove"})
#: nouns of what someone says: rejected, they blame their author and defend what they are about
CLAIM_NOUNS = frozenset({
    "claim", "suggestion", "assertion", "allegation", "accusation", "rumour", "rumor", "report",
    "insinuation", "charge", "narrative", "speculation", "statement", "remark", "assumption",
    "notion", "story", "theory", "information", "assessment", "portrayal", "depiction",
})
#: what a claim is about ("claims about X", "accusations of X", "rumours regarding X")
CLAIM_PREPOSITIONS = frozenset({"about", "of", "regarding", "concerning", "against", "over", "on"})
#: the doer or origin in a denied clause ("denied that it came from X", "fired by X")
ORIGIN_PREPOSITIONS = frozenset({"by", "from"})
#: verbs whose that-clause the speaker fears ("warned that X would ...")
WARN_VERBS = frozenset({"warn", "caution", "alert"})
#: nouns whose that-clause the verb they are the object of judges ("value the fact that X ...")
FACT_NOUNS = frozenset({"fact", "news"})
#: emotions: what they are about ("concern about X") or the clause they frame ("regret that X ...")
#: takes their polarity
NEGATIVE_EMOTIONS = frozenset({
    "regret", "concern", "concerned", "worry", "worried", "fear", "alarm", "alarmed", "outrage",
    "outraged", "anger", "angry", "frustration", "frustrated", "disappointment", "disappointed",
    "dissatisfaction", "dissatisfied", "displeasure", "indignation", "dismay", "dismayed",
    "shame", "disgust", "disgusted", "shock", "shocked", "sad", "saddened", "upset", "troubled",
    "disturbed", "appalled", "horrified", "unhappy", "regrettable", "unfortunate", "deplorable",
})
POSITIVE_EMOTIONS = frozenset({
    "hope", "hopeful", "optimism", "optimistic", "confidence", "confident", "satisfaction",
    "satisfied", "pleased", "glad", "happy", "delighted", "proud", "pride", "gratitude", "grateful",
    "thankful", "appreciation", "admiration", "trust",
    "welcome", "encouraged", "heartened", "impressed", "honored", "honoured", "privileged",
})
#: "with X" (or "between", "among" X) after these marks a bond with X ("alliance with X"):
#: words of affinity, which say the two are on one side
BONDS = frozenset({
    "alliance", "ally", "allied", "friendship", "solidarity",
    "brotherhood", "unity", "stand", "side", "agree", "sympathize", "sympathise", "cooperate",
    "align", "friend", "partner", "fraternity", "unite", "solidarize",
    "collaborate",
})
#: verbs that, with "together", make their doers one side ("we can work together", "we will
#: stand together with X"); agreeing or meeting together does not ("agree", "meet" are not here)
JOINT_VERBS = frozenset({
    "work", "act", "stand", "walk", "move", "pull", "fight", "cooperate", "collaborate", "partner", "unite",
})
TOGETHER_WORDS = frozenset({"together", "jointly", "closely"})
#: "X and we share the same values": a bond with the speaker's side
SHARE_VERBS = frozenset({"share"})
SHARED_GOODS = frozenset({
    "value", "values", "vision", "goal", "goals", "interest", "interests", "ambition", "ambitions",
    "commitment", "principle", "principles", "aspiration", "aspirations", "ideal", "ideals", "outlook",
})
#: "with X" after these names a relation, good or bad only by its modifiers or verbs ("close ties with
#: X"): ties and working arrangements, which two sides have whatever they think of each other
#: ("X's military cooperation with Y", "the partnership among X, Y and Z" report a fact)
RELATION_NOUNS = frozenset({
    "relation", "relations", "relationship", "tie", "ties", "cooperation", "collaboration", "partnership",
})
#: modifiers of a relation noun that say how it is, besides the evaluative adjectives
NEGATIVE_RELATION_MODIFIERS = frozenset({"tense", "strained", "cold", "frosty", "troubled", "fraught", "uneasy", "rocky"})
POSITIVE_RELATION_MODIFIERS = frozenset({"close", "closer", "warm", "warmer", "deep", "deeper", "special", "strategic", "stronger", "friendlier", "cordial",
                                         "enhanced", "fruitful", "excellent", "mutually-beneficial"})
#: verbs that make a relation better or worse ("deepen ties with X", "ties with X soured")
NEGATIVE_RELATION_VERBS = frozenset({
    "sour", "strain", "sever", "cut", "break", "freeze", "downgrade", "suspend", "damage", "harm",
    "poison", "undermine", "jeopardize", "jeopardise", "deteriorate", "worsen", "collapse",
})
POSITIVE_RELATION_VERBS = frozenset({
    "strengthen", "deepen", "develop", "foster", "expand", "enhance", "boost", "improve", "promote",
    "advance", "build", "restore", "normalize", "normalise", "cement", "consolidate", "intensify",
    "nurture", "upgrade", "elevate", "value", "cherish", "bolster", "reinforce", "broaden",
})
#: "to X" after these marks a favour to X ("tribute to X", "gratitude to X")
FAVOURS = frozenset({
    "gratitude", "thanks", "tribute", "support", "loyalty", "assistance", "help", "aid", "ally",
    "friend", "partner", "solidarity", "condolence", "condolences", "respect", "homage", "praise",
    "peace", "success",
    "invitation", "testament", "loyal", "grateful", "thankful", "friendly", "committed",
    "devoted", "dedicated", "indebted", "faithful",
})
#: verbs that hand their object to the "to" phrase ("paid tribute to X", "wish peace to X")
BESTOW_VERBS = frozenset({"lavish", "heap", "shower", "pour"})
#: "pressed X on human rights", "challenged X over the deal": X is held short of what is asked
PRESS_PHRASES = {"press": frozenset({"on", "over"}), "challenge": frozenset({"on", "over"})}
#: verbs that ask for their object ("would wish for a clearer position from X")
WISH_VERBS = frozenset({"wish", "want", "hope", "expect", "need", "seek", "like", "ask", "call", "demand", "urge"})
#: what more of is asked from X ("a clearer position from X", "greater efforts from X"); "more tourists from X" asks nothing of X
ASKED_NOUNS = frozenset({
    "position", "line", "stance", "commitment", "effort", "efforts", "action", "actions", "clarity",
    "transparency", "engagement", "cooperation", "responsibility", "restraint", "leadership",
})
#: "hit out at X", "took aim at X", "took a swipe at X": words aimed at X
AIM_PHRASES = {
    "hit": frozenset({"out"}), "lash": frozenset({"out"}), "take": frozenset({"aim", "swipe", "dig", "jab"}),
}
AIM_PREPOSITIONS = frozenset({"at"})
GIVE_VERBS = frozenset({"pay", "express", "offer", "give", "provide", "extend", "send", "lend", "wish", "convey", "render", "show",
                        "issue", "deliver"})
#: "kept X waiting": done to someone, these wrong them
WRONG_PHRASES = {"keep": frozenset({"waiting", "guessing", "hanging"}), "leave": frozenset({"waiting", "hanging"})}
#: diplomatic rebukes: summoning or expelling an envoy, lodging a protest with a government or
#: issuing a warning to it
SUMMON_VERBS = frozenset({"summon", "expel"})
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "chargé", "charge", "d'affaires", "diplomat", "attaché", "consul"})
RECALL_VERBS = frozenset({"recall", "withdraw"})
POST_PREPOSITIONS = frozenset({"to", "from", "in"})
#: "used energy as a weapon", "used the talks as a pretext": the user does wrong
INSTRUMENT_NOUNS = frozenset({"weapon", "pretext", "excuse", "cudgel", "smokescreen"})
#: "launched drones at X", "fired water cannon at X", "used water cannon against X": the doer harms
FIRE_VERBS = frozenset({"launch", "fire", "hurl", "use", "drop", "aim"})
WEAPON_NOUNS = frozenset({
    "missile", "missiles", "drone", "drones", "rocket", "rockets", "shell", "shells", "bomb", "bombs",
    "cannon", "cannons", "projectile", "projectiles", "munition", "munitions", "laser", "lasers", "flare", "flares",
})
FIRE_PREPOSITIONS = frozenset({"at", "against"})
PROTEST_NOUNS = frozenset({"protest", "démarche", "demarche", "warning", "ultimatum", "rebuke", "reprimand"})
#: how one answers (``RESPONSE_VERBS``): "responded positively to X's proposal", "reacted angrily to X"
POSITIVE_MANNER_ADVERBS = frozenset({"positively", "favourably", "favorably", "warmly", "enthusiastically", "constructively", "graciously"})
NEGATIVE_MANNER_ADVERBS = frozenset({"negatively", "angrily", "furiously", "coolly", "harshly", "sharply", "scathingly", "dismissively", "indignantly"})
#: "against X" after these marks opposition to X; after other words X is a victim
OPPOSE_AGAINST = frozenset({
    "push",
    "fight", "struggle", "campaign", "warn", "warning", "stance", "position", "protest", "sanction",
    "measure", "resistance", "crusade", "speak", "rally", "coalition", "vote", "testify", "case",
    "lawsuit", "complaint", "rhetoric", "stand",
})
#: hedges that reject what they qualify ("the so-called X threat", "the so-called court")
DISMISSIVE_HEDGES = frozenset({"so-called", "self-styled", "self-proclaimed", "pseudo"})
#: modifiers that report an evaluation without the speaker making it ("alleged aggression")
HEDGES = frozenset({
    "alleged", "allegedly", "supposed", "supposedly", "so-called", "purported", "purportedly",
    "claimed", "presumed", "reported", "reportedly", "potential", "possible", "self-styled",
    "self-proclaimed", "pseudo",
})
#: words that negate the word they modify ("not", "never")
#: ("less" and "least" count: "less transparent" says it is not transparent enough)
NEGATION_WORDS = frozenset({"not", "never", "no", "n't", "nor", "neither", "without", "less", "least"})
NEGATED_ADVERBS = frozenset({"again", "longer", "more", "anymore", "ever"})
ADDING_ADVERBS = frozenset({"only", "just", "merely", "simply", "solely"})
CONTRAST_CONJUNCTIONS = frozenset({"but"})
#: subjects that negate their verb ("nobody trusts X")
NOBODY = frozenset({"nobody", "none", "nothing", "noone"})

# --------------------------------------------------------------------------- function words
#: the prepositions of an answerable adjective that name the deed ("responsible for", "guilty of")
ANSWERABLE_FOR = frozenset({"for", "of"})
#: the prepositions that carry a describing verb's class ("described X as", "likened X to", "turned X into")
DESCRIBE_PREPOSITIONS = frozenset({"as", "to", "into"})
#: the preposition of a resulting state ("turned X into a failed state")
RESULT_PREPOSITIONS = frozenset({"into"})
#: "X is to blame": the complement blames the subject and is not an act of it
BLAME_COMPLEMENTS = frozenset({"blame"})
#: the prepositions of a deed verb that name the deed ("resorted to", "engaged in", "prepared for")
DEED_PREPOSITIONS = frozenset({"to", "in", "into", "for", "on"})
#: verbs of answering whose "with" phrase is their subject's deed ("answered with new attacks")
RESPONSE_VERBS = frozenset({"answer", "respond", "react", "retaliate", "reply", "meet", "greet"})
#: the prepositions of a response verb that name the deed
RESPONSE_PREPOSITIONS = frozenset({"with"})
#: intent verbs whose deed may stand in a prepositional phrase instead of a complement
#: ("resorted to blackmail", "prepared for an attack")
INTENT_WITH_DEED_PHRASE = frozenset({"resort", "prepare"})
#: intent verbs that are negative by themselves when their complement says nothing ("threatened to ...")
HOSTILE_INTENTS = frozenset({"threaten"})
#: positive emotions whose "about" phrase is no favour ("hope about X", "optimism over X")
EMOTIONS_NOT_ABOUT = frozenset({"hope", "optimism", "confidence"})
#: "in X" after these marks trust in X ("confidence in X", "faith in X")
TRUST_NOUNS = frozenset({"confidence", "trust", "faith", "belief", "believe", "goodwill"})
#: "agreed (a deal) with X", "agreed on ... with X": X is a counterpart, not an ally
COUNTERPART_BONDS = {"agree": frozenset({"to", "on", "upon"})}
#: determiners that negate their noun ("no support for X")
NEGATING_DETERMINERS = frozenset({"no"})

#: preposition -> the relation it marks between its governor and the target
RELATIONS: dict[str, Relation] = {
    "by": "agent",                      # "provocations by X"
    "from": "source",                   # "accusations from X"
    "of": "of",                         # "the government of X", "criticism of X"
    "for": "attitude", "toward": "attitude", "towards": "attitude",  # "support for X"
    "to": "favour",                     # "tribute to X"
    "with": "bond", "between": "bond", "among": "bond", "amongst": "bond", "within": "bond",
    "against": "against",               # "campaign against X"
    "including": "member", "like": "member", "as": "member",  # "forces, including X"
    "about": "emotion", "over": "emotion", "at": "emotion", "regarding": "emotion", "concerning": "emotion",
    "in": "trust",                      # "confidence in X"
}
#: "as" marks a member only after "such" ("external forces such as X"); the group is the head of "such"
MEMBER_AFTER = {"as": "such"}

#: verbs whose complement says what their subject does, with what each takes
INTENTS = {
    verb: Intent(deed_phrase=verb in INTENT_WITH_DEED_PHRASE, hostile=verb in HOSTILE_INTENTS)
    for verb in sorted(INTENT_VERBS)
}

STANCE = StanceWords(
    adjectives=polar(NEGATIVE_ADJECTIVES, POSITIVE_ADJECTIVES),
    adverbs=polar(
        NEGATIVE_ADVERBS | _adverbs(NEGATIVE_ADJECTIVES),
        POSITIVE_ADVERBS | _adverbs(POSITIVE_ADJECTIVES),
    ),
    container_adjectives=CONTAINER_ADJECTIVES,
    answerable=ANSWERABLE,
    answerable_for=ANSWERABLE_FOR,
    qualities=polar(NEGATIVE_QUALITIES, POSITIVE_QUALITIES),
    classes=polar(NEGATIVE_CLASSES, POSITIVE_CLASSES),
    thing_classes=THING_CLASSES,
    act_verbs=polar(NEGATIVE_ACT_VERBS, POSITIVE_ACT_VERBS),
    idle_objects=IDLE_OBJECTS,
    role_nouns=ROLE_NOUNS,
    stand_in_nouns=STAND_IN_NOUNS,
    side_nouns=SIDE_NOUNS,
    intent_nouns=INTENT_NOUNS,
    negative_deeds=NEGATIVE_DEEDS,
    victim_of_nouns=VICTIM_OF_NOUNS,
    attitude_verbs=polar(NEGATIVE_ATTITUDE_VERBS, POSITIVE_ATTITUDE_VERBS),
    bearing_nouns=BEARING_NOUNS,
    attitude_nouns=polar(NEGATIVE_ATTITUDE_NOUNS, POSITIVE_ATTITUDE_NOUNS),
    emotions=polar(NEGATIVE_EMOTIONS, POSITIVE_EMOTIONS),
    emotions_not_about=EMOTIONS_NOT_ABOUT,
    describe_verbs=DESCRIBE_VERBS,
    describe_prepositions=DESCRIBE_PREPOSITIONS,
    loose_describe_prepositions=LOOSE_DESCRIBE_PREPOSITIONS,
    role_prepositions=ROLE_PREPOSITIONS,
    result_verbs=RESULT_VERBS,
    result_prepositions=RESULT_PREPOSITIONS,
    copulas=COPULAS,
    blame_complements=BLAME_COMPLEMENTS,
    intent_verbs=INTENTS,
    deed_verbs=DEED_VERBS,
    deed_prepositions=DEED_PREPOSITIONS,
    response_verbs=RESPONSE_VERBS,
    response_prepositions=RESPONSE_PREPOSITIONS,
    decline_verbs=DECLINE_VERBS,
    receive_verbs=RECEIVE_VERBS,
    means_prepositions=MEANS_PREPOSITIONS,
    support_phrases=SUPPORT_PHRASES,
    do_verbs=DO_VERBS,
    ability_modals=ABILITY_MODALS,
    stop_verbs=STOP_VERBS,
    demand_verbs=DEMAND_VERBS,
    demand_prepositions=DEMAND_PREPOSITIONS,
    deontic_modals=DEONTIC_MODALS,
    obligation_verbs=OBLIGATION_VERBS,
    advice_phrases=ADVICE_PHRASES,
    condition_marks=CONDITION_MARKS,
    amend_objects=AMEND_OBJECTS,
    amend_phrases=AMEND_PHRASES,
    amend_comparatives=AMEND_COMPARATIVES,
    blame_nouns=BLAME_NOUNS,
    rest_verbs=REST_VERBS,
    obligation_nouns=OBLIGATION_NOUNS,
    amend_particles=AMEND_PARTICLES,
    amend_verbs=AMEND_VERBS,
    duty_verbs=DUTY_VERBS,
    deny_verbs=DENY_VERBS,
    warn_verbs=WARN_VERBS,
    fact_nouns=FACT_NOUNS,
    claim_nouns=CLAIM_NOUNS,
    claim_prepositions=CLAIM_PREPOSITIONS,
    origin_prepositions=ORIGIN_PREPOSITIONS,
    relations=RELATIONS,
    member_after=MEMBER_AFTER,
    bonds=BONDS,
    counterpart_bonds=COUNTERPART_BONDS,
    joint_verbs=JOINT_VERBS,
    together_words=TOGETHER_WORDS,
    relation_nouns=RELATION_NOUNS,
    relation_modifiers=polar(NEGATIVE_RELATION_MODIFIERS, POSITIVE_RELATION_MODIFIERS),
    relation_verbs=polar(NEGATIVE_RELATION_VERBS, POSITIVE_RELATION_VERBS),
    wrong_phrases=WRONG_PHRASES,
    summon_verbs=SUMMON_VERBS,
    envoy_nouns=ENVOY_NOUNS,
    recall_verbs=RECALL_VERBS,
    post_prepositions=POST_PREPOSITIONS,
    instrument_nouns=INSTRUMENT_NOUNS,
    fire_verbs=FIRE_VERBS,
    weapon_nouns=WEAPON_NOUNS,
    fire_prepositions=FIRE_PREPOSITIONS,
    protest_nouns=PROTEST_NOUNS,
    favours=FAVOURS,
    give_verbs=GIVE_VERBS,
    bestow_verbs=BESTOW_VERBS,
    press_phrases=PRESS_PHRASES,
    wish_verbs=WISH_VERBS,
    asked_nouns=ASKED_NOUNS,
    repeat_adverbs=REPEAT_ADVERBS,
    share_verbs=SHARE_VERBS,
    shared_goods=SHARED_GOODS,
    aim_phrases=AIM_PHRASES,
    aim_prepositions=AIM_PREPOSITIONS,
    manner_adverbs=polar(NEGATIVE_MANNER_ADVERBS, POSITIVE_MANNER_ADVERBS),
    oppose_against=OPPOSE_AGAINST,
    trust_nouns=TRUST_NOUNS,
    member_in_nouns=MEMBER_IN_NOUNS,
    benefit_verbs=BENEFIT_VERBS,
    list_words=LIST_WORDS,
    spoken_attack_verbs=SPOKEN_ATTACK_VERBS,
    blow_verbs=BLOW_VERBS,
    own_side=OWN_SIDE,
    state_prepositions=STATE_PREPOSITIONS,
    dismissive_hedges=DISMISSIVE_HEDGES,
    hedges=HEDGES,
    negation_words=NEGATION_WORDS,
    negated_adverbs=NEGATED_ADVERBS,
    adding_adverbs=ADDING_ADVERBS,
    contrast_conjunctions=CONTRAST_CONJUNCTIONS,
    negating_determiners=NEGATING_DETERMINERS,
    nobody=NOBODY,
)
