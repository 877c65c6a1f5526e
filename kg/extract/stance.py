"""Stance: the attitude a statement's speaker expresses toward one of its targets.

Two sources of evidence, in order:

1. the cue's own polarity when the target is what the cue is about: the object
   of "criticize", "praise", "accuse", "welcome" (a target reached through
   "for ..." is only the ground of the evaluation and stays neutral);
2. evaluative words in the target's own clause ("a direct threat", "a true
   ally", "failed state").

Negation in the clause ("will never allow ... against Russia") flips either.
Everything else is neutral.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

    from ..registry import Registry

NEGATIVE_CUES = {
    "criticize", "criticise", "condemn", "accuse", "blame", "denounce", "slam", "blast", "warn",
    "threaten", "reject", "dismiss", "mock", "ridicule", "decry", "deplore", "smear", "attack",
    "oppose", "refute", "rebuff", "lambast", "castigate", "chastise", "rebuke", "censure", "liken",
    "brand", "scold", "deride", "vilify",
}
POSITIVE_CUES = {
    "praise", "welcome", "thank", "commend", "hail", "applaud", "congratulate", "laud", "salute",
    "support", "endorse", "appreciate", "defend", "champion", "acclaim", "back", "honor", "honour",
}
NEGATIVE_WORDS = {
    "threat", "threaten", "failed", "failure", "aggression", "aggressor", "aggressive", "occupier",
    "occupation", "occupy", "dictatorship", "dictator", "regime", "hypocritical", "hypocrisy", "smear",
    "lying", "liar", "lie", "revanchist", "revanchism", "provocation", "provoke", "provocative",
    "separatist", "terrorist", "terror", "meddle", "meddling", "interference", "interfere", "hostile",
    "hostility", "enemy", "colonial", "neocolonial", "neocolonialism", "exploitation", "exploit",
    "crime", "criminal", "propaganda", "blackmail", "insult", "disrespect", "patron", "sponsor",
    "destabilize", "destabilizing", "unacceptable", "illegal", "illegitimate", "violation", "violate",
    "genocide", "atrocity", "massacre", "war", "invasion", "invade", "annexation", "shameful",
    "disgraceful", "irresponsible", "dangerous", "biased", "bias", "unfounded", "baseless", "false",
    "absurd", "ridiculous", "hypocrite", "puppet", "betrayal", "betray", "arm", "weapon", "sanction",
    "debauchery", "subversive", "blame", "defeat", "attack", "accuse", "condemn", "criticize",
    "obtrusiveness", "interfering", "smear", "fail", "lethal", "unprovoked", "merciless", "jungle",
}
POSITIVE_WORDS = {
    "ally", "allied", "alliance", "friend", "friendly", "friendship", "partner", "partnership",
    "brotherly", "brother", "family", "trust", "trusted", "solidarity", "cooperation", "cooperate",
    "support", "praise", "respect", "respected", "historic", "success", "successful", "strong",
    "reliable", "valuable", "important", "strategic", "positive", "optimism", "optimistic", "grateful",
    "gratitude", "thank", "appreciate", "appreciation", "welcome", "peace", "peaceful", "independent",
    "unity", "united", "commitment", "contribution", "achievement", "excellent", "true", "mighty",
    "courage", "visionary", "admiration", "tribute", "honor", "honour", "legitimate", "constructive",
}
NEGATIONS = {"not", "never", "no", "n't", "nor", "without", "neither"}


def polarity_for(sent: SpacySpan, start: int, end: int, key: str, registry: Registry) -> str:
    """negative, neutral or positive for the target at clean offsets ``start:end``."""
    tokens = [t for t in sent if start <= t.idx < end]
    if not tokens:
        return "neutral"
    head = min(tokens, key=lambda t: _depth(t))
    cue_polarity = _cue_polarity(head)
    if cue_polarity is not None:
        return cue_polarity
    return _clause_polarity(head, set(t.i for t in tokens))


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


def _cue_polarity(head: Token) -> str | None:
    """Polarity of a cue verb whose object (not its 'for' ground) contains the target."""
    tok = head
    path: list[Token] = []
    while tok.head.i != tok.i:
        path.append(tok)
        parent = tok.head
        lemma = parent.lemma_.lower()
        if parent.pos_ in ("VERB", "AUX") and (lemma in NEGATIVE_CUES or lemma in POSITIVE_CUES):
            if tok.dep_ in ("nsubj", "nsubjpass"):
                return None
            if any(p.dep_ == "prep" and p.lower_ in ("for", "over", "of") for p in path) or tok.dep_ == "prep" and tok.lower_ in ("for", "over"):
                return "neutral"
            polarity = "negative" if lemma in NEGATIVE_CUES else "positive"
            return _flip(polarity) if _negated(parent) else polarity
        if parent.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "ccomp", "nsubj", "nsubjpass"):
            return None
        tok = parent
    return None


def _clause_polarity(head: Token, target_ids: set[int]) -> str:
    clause = head
    while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    window = [t for t in clause.subtree if t.i not in target_ids and abs(t.i - head.i) <= 8]
    score = 0
    for tok in window:
        lemma = tok.lemma_.lower()
        if lemma in NEGATIVE_WORDS or tok.lower_ in NEGATIVE_WORDS:
            score -= 1
        elif lemma in POSITIVE_WORDS or tok.lower_ in POSITIVE_WORDS:
            score += 1
    if score == 0:
        return "neutral"
    polarity = "negative" if score < 0 else "positive"
    return _flip(polarity) if _negated(clause) else polarity


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children)


def _flip(polarity: str) -> str:
    return {"negative": "positive", "positive": "negative"}.get(polarity, polarity)
