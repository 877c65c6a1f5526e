"""English cues: verbs and nouns of saying, their frames, modality and prepositions."""
from __future__ import annotations

from ..cues import Cue, CueWords, SpeechNoun

__all__ = ["CUES"]

# The kinds of verb row. A verb of saying reports speech whatever its complement is,
# unless its row says it needs a clause.
SAYS = Cue()
STRONG = Cue(strong=True)
"""strong enough to be a statement even inside what another cue reports"""
NEEDS_CLAUSE = Cue(needs_clause=True)
"""a cue only with a clause or a quotation: "continued: ...", "maintained that ..." """
TELLS = Cue(addressee=True)


def on_topic(*topics: str) -> Cue:
    """A verb that needs a clause, or one of these complements: "discussed the review"."""
    return Cue(needs_clause=True, topics=frozenset(topics))


STRONG_TELLS = Cue(strong=True, addressee=True)


def phrasal(*particles: str, complement_deps: frozenset[str] = frozenset()) -> Cue:
    """A verb that is a cue only with one of these particles, prepositions or objects."""
    return Cue(alone=False, particles=frozenset(particles), complement_deps=complement_deps)

RAISES = Cue(needs_clause=True, particles=frozenset({
    "concern", "concerns", "issue", "issues", "question", "questions", "importance", "matter", "problem",
    "problems", "objection", "objections", "complaint", "complaints", "row", "alarm", "doubts",
}))
"""'raised concerns about ...', 'raised the importance of ...' report speech; 'raised taxes' does not"""


CUES = CueWords(
    verbs={
        "say": STRONG, "state": STRONG, "tell": STRONG_TELLS, "declare": STRONG, "announce": STRONG,
        "assert": STRONG, "claim": STRONG, "argue": STRONG, "contend": SAYS, "insist": STRONG,
        "maintain": NEEDS_CLAUSE, "stress": SAYS, "emphasize": SAYS, "emphasise": SAYS, "underscore": SAYS,
        "underline": SAYS, "highlight": SAYS, "reaffirm": SAYS,
        "reiterate": SAYS, "repeat": NEEDS_CLAUSE, "affirm": SAYS, "confirm": SAYS, "deny": STRONG, "reject": STRONG,
        "dismiss": SAYS, "warn": STRONG, "caution": SAYS, "threaten": STRONG,
        "criticize": STRONG, "criticise": STRONG, "lecture": SAYS, "condemn": STRONG, "denounce": SAYS, "slam": SAYS,
        "blast": SAYS, "accuse": STRONG, "blame": STRONG, "praise": STRONG,
        "commend": SAYS, "hail": SAYS, "welcome": STRONG, "thank": STRONG, "applaud": SAYS,
        "congratulate": SAYS, "laud": SAYS, "salute": SAYS, "acknowledge": STRONG,
        "admit": STRONG, "concede": SAYS, "mention": SAYS, "remark": SAYS, "comment": SAYS,
        "note": NEEDS_CLAUSE, "observe": NEEDS_CLAUSE, "explain": SAYS, "elaborate": SAYS,
        "clarify": SAYS, "describe": SAYS, "characterize": SAYS, "characterise": SAYS, "brand": SAYS,
        "label": SAYS, "liken": SAYS,
        "suggest": SAYS, "propose": SAYS, "urge": STRONG, "appeal": SAYS, "demand": SAYS,
        "ask": STRONG_TELLS, "question": NEEDS_CLAUSE, "reply": on_topic("to"), "respond": on_topic("to"),
        "answer": Cue(needs_clause=True, addressee=True),
        "add": NEEDS_CLAUSE, "recall": SAYS, "remind": TELLS, "articulate": SAYS, "outline": SAYS,
        "detail": SAYS, "voice": SAYS, "express": SAYS, "convey": SAYS,
        "promise": STRONG, "pledge": STRONG, "vow": STRONG, "assure": TELLS, "reassure": TELLS,
        "predict": SAYS, "forecast": SAYS, "speculate": SAYS, "hope": SAYS,
        "lament": SAYS, "complain": SAYS, "regret": SAYS, "apologize": SAYS, "apologise": SAYS,
        "tout": SAYS, "boast": SAYS, "mock": SAYS, "ridicule": SAYS,
        "endorse": SAYS, "advocate": SAYS, "herald": SAYS, "identify": SAYS, "attribute": SAYS,
        "proclaim": SAYS, "write": NEEDS_CLAUSE, "tweet": SAYS,
        "post": NEEDS_CLAUSE, "report": on_topic("dobj"), "quote": SAYS, "cite": on_topic("dobj"), "recount": SAYS,
        "disclose": SAYS, "reveal": SAYS, "signal": on_topic("dobj"), "indicate": NEEDS_CLAUSE,
        "stipulate": SAYS, "instruct": SAYS, "order": NEEDS_CLAUSE, "mandate": SAYS, "inform": TELLS,
        "notify": TELLS, "testify": SAYS, "allege": STRONG, "charge": NEEDS_CLAUSE,
        "appreciate": SAYS, "share": NEEDS_CLAUSE, "present": NEEDS_CLAUSE, "address": SAYS,
        "accentuate": SAYS, "envision": NEEDS_CLAUSE, "speak": on_topic("about", "of"),
        "talk": on_topic("about", "of"), "discuss": on_topic("dobj"), "raise": RAISES, "summarize": SAYS,
        "summarise": SAYS, "conclude": NEEDS_CLAUSE, "continue": NEEDS_CLAUSE, "smear": SAYS,
        "champion": SAYS, "defend": SAYS, "justify": SAYS, "support": NEEDS_CLAUSE, "oppose": SAYS,
        "refute": SAYS, "rebuke": STRONG, "rebuff": SAYS, "retort": SAYS, "counter": NEEDS_CLAUSE,
        "press": Cue(needs_clause=True, infinitive_clause=True, topics=frozenset({"on"})), "protest": SAYS,
        "beg": Cue(needs_clause=True, infinitive_clause=True, topics=frozenset({"on"})),
        "acclaim": SAYS, "decry": SAYS, "deplore": SAYS, "reassert": SAYS, "restate": SAYS, "posit": SAYS,
        "opine": SAYS, "insinuate": SAYS,
        # Phrasal cues: verb lemma -> particles / prepositions / objects that make it a cue.
        "point": phrasal("out", "to"),
        "touch": phrasal("upon", "on"),
        "call": phrasal("for", "on", "upon", complement_deps=frozenset({"oprd"})),
        "draw": phrasal("attention"),
        "put": phrasal("forward"),
        "pay": phrasal("tribute"),
        "bring": phrasal("up"),
        "reflect": phrasal("on", "upon"),
        "set": phrasal("out", "forth"),
        "push": phrasal("for", "back"),
        "issue": phrasal("warning", "statement", "ultimatum", "rebuke", "appeal", "denial"),
        "lay": phrasal("out"),
        "spell": phrasal("out"),
        "weigh": phrasal("in"),
        "hit": phrasal("out"),
        "lash": phrasal("out"),
        "take": phrasal("aim", "swipe", "dig"),
        "sound": phrasal("alarm"),
        "lodge": phrasal("protest", "complaint", "objection"),
        "lavish": phrasal("praise", "criticism", "scorn"),
        "heap": phrasal("praise", "criticism", "scorn"),
        "make": phrasal("statement", "remark", "remarks", "comment", "comments", "claim", "point", "case", "appeal", "clear"),
    },
    nouns={
        "statement": SpeechNoun(), "remark": SpeechNoun(), "remarks": SpeechNoun(cue="remark"),
        "comment": SpeechNoun(), "speech": SpeechNoun(), "address": SpeechNoun(), "message": SpeechNoun(),
        "claim": SpeechNoun(), "assertion": SpeechNoun(cue="assert"), "declaration": SpeechNoun(cue="declare"),
        "word": SpeechNoun(), "words": SpeechNoun(cue="word", framed_cue="in his words"),
        "view": SpeechNoun(cue="view", framed_cue="in his view"), "question": SpeechNoun(),
        "appeal": SpeechNoun(), "warning": SpeechNoun(), "accusation": SpeechNoun(cue="accuse"),
        "criticism": SpeechNoun(cue="criticize"), "advocacy": SpeechNoun(cue="advocate"), "push": SpeechNoun(),
        "assurance": SpeechNoun(cue="assure"), "proposal": SpeechNoun(),
        "announcement": SpeechNoun(cue="announce"), "pledge": SpeechNoun(), "promise": SpeechNoun(),
        "vow": SpeechNoun(), "insistence": SpeechNoun(cue="insist"), "rhetoric": SpeechNoun(),
        "reference": SpeechNoun(), "testimony": SpeechNoun(cue="testify"), "letter": SpeechNoun(),
        "tweet": SpeechNoun(), "post": SpeechNoun(), "call": SpeechNoun(), "plea": SpeechNoun(),
        "demand": SpeechNoun(), "denial": SpeechNoun(cue="deny"), "praise": SpeechNoun(),
        "opinion": SpeechNoun(cue="view", framed_cue="in his view"), "argument": SpeechNoun(cue="argue"),
        "response": SpeechNoun(cue="respond"), "reply": SpeechNoun(), "answer": SpeechNoun(),
        "explanation": SpeechNoun(cue="explain"), "admission": SpeechNoun(cue="admit"),
        "suggestion": SpeechNoun(cue="suggest"), "threat": SpeechNoun(),
        "condemnation": SpeechNoun(cue="condemn"), "complaint": SpeechNoun(cue="complain"),
        "allegation": SpeechNoun(cue="allege"), "insinuation": SpeechNoun(), "rejection": SpeechNoun(),
        "denouncement": SpeechNoun(),
    },
    frame_preposition="in",
    according_to=("according", "to"),
    quotation_cue="quote",
    question_cue="ask",
    headline_addressee_links=frozenset({"to", "tells"}),
    attribution_dashes=("—", "–", "-"),
    continuing=frozenset({"continue", "add", "go on", "conclude"}),
    deinflections=(("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
                   ("ing", ""), ("ing", "e")),
    modals={
        "can": "possibility", "ca": "possibility", "could": "possibility", "may": "possibility",
        "might": "possibility", "must": "possibility", "should": "possibility", "ought": "possibility",
        "would": "conditional", "'d": "conditional",
        "will": "future", "'ll": "future", "shall": "future", "wo": "future",
    },
    thinking_verbs=frozenset({"believe", "think"}),
    occasion_verbs=frozenset({"use", "take", "seize"}),
    voicing_verbs=frozenset({"renew", "reiterate", "repeat", "voice", "echo", "restate", "relay", "convey", "deliver"}),
    means_preposition="by",
    owner_prepositions=frozenset({"by", "from"}),
    complementizers=frozenset({"that"}),
    topic_prepositions=frozenset({"about", "on", "regarding", "concerning", "of", "for", "to", "against"}),
    part_preposition="of",
    copulas=frozenset({"be"}),
    owned_nouns=frozenset({"speech", "address", "remark", "statement", "message", "word", "interview"}),
    occasion_prepositions=frozenset({"in", "during", "at", "through"}),
    setting_prepositions=frozenset({"in", "at", "from", "during"}),
    audiences=frozenset({"reporters", "journalists", "lawmakers"}),
    interview_nouns=frozenset({"interview"}),
    interview_prepositions=frozenset({"with", "to"}),
)
