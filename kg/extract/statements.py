"""Statements: speech acts the text attributes to a speaker.

One statement per (sentence, speaker), as annotators count them. A sentence
yields a statement when it has a cue of saying whose speaker resolves to an
actor:

- a reporting verb ("said", "warned", "pointed out", "touched upon") with its
  subject, its passive agent ("was stated by X") or, for a participle or a
  conjoined verb, the subject of the verb it hangs on;
- a noun of saying with a possessive ("Aliyev's remarks", "his speech"),
  "in his words", "in X's view", "according to X";
- a headline "X: ...";
- every sentence of a quotation whose speaker is attributed next to it.

Pronouns ("he"), titles and descriptions ("the President", "the Azerbaijani
leader", "the head of state") resolve to the person the text last spoke of as
an actor; metonyms (Baku, the Kremlin) speak for their country.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import Document, Entity, Statement, Target
from .entities import EntitySpan
from .stance import polarity_for

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

    from ..registry import Registry

ACTOR_TYPES = ("Person", "Country", "Organization")

# Verbs that report speech whatever their complement is.
SPEECH_VERBS = {
    "say", "state", "tell", "declare", "announce", "assert", "claim", "argue", "contend", "insist",
    "maintain", "stress", "emphasize", "emphasise", "underscore", "underline", "highlight", "reaffirm",
    "reiterate", "affirm", "confirm", "deny", "reject", "dismiss", "warn", "caution", "threaten",
    "criticize", "criticise", "condemn", "denounce", "slam", "blast", "accuse", "blame", "praise",
    "commend", "hail", "welcome", "thank", "applaud", "congratulate", "laud", "salute", "acknowledge",
    "admit", "concede", "mention", "remark", "comment", "note", "observe", "explain", "elaborate",
    "clarify", "describe", "characterize", "characterise", "brand", "label", "liken", "compare",
    "suggest", "propose", "urge", "appeal", "demand", "ask", "question", "reply", "respond", "answer",
    "add", "recall", "remind", "articulate", "outline", "detail", "voice", "express", "convey",
    "promise", "pledge", "vow", "assure", "reassure", "predict", "forecast", "speculate", "hope",
    "lament", "complain", "regret", "apologize", "apologise", "tout", "boast", "mock", "ridicule",
    "endorse", "advocate", "herald", "identify", "attribute", "announce", "proclaim", "write", "tweet",
    "post", "report", "quote", "cite", "recount", "disclose", "reveal", "signal", "indicate",
    "stipulate", "instruct", "order", "mandate", "inform", "notify", "testify", "allege", "charge",
    "appreciate", "share", "present", "address", "accentuate", "underscore", "envision", "speak",
    "talk", "discuss", "raise", "summarize", "summarise", "conclude", "continue", "stipulate", "smear",
    "champion", "defend", "justify", "support", "oppose", "refute", "rebuff", "retort", "counter",
    "acclaim", "decry", "deplore", "doubt", "reassert", "restate", "emphasise", "posit", "opine",
}
# Phrasal cues: verb lemma -> particles / prepositions / objects that make it a cue.
PHRASAL = {
    "point": {"out", "to"},
    "touch": {"upon", "on"},
    "call": {"for", "on", "upon"},
    "draw": {"attention"},
    "put": {"forward"},
    "pay": {"tribute"},
    "bring": {"up"},
    "reflect": {"on", "upon"},
    "set": {"out", "forth"},
    "push": {"for"},
    "lay": {"out"},
    "spell": {"out"},
    "weigh": {"in"},
    "hit": {"out"},
    "lash": {"out"},
    "sound": {"alarm"},
    "make": {"statement", "remark", "remarks", "comment", "comments", "claim", "point", "case", "appeal"},
    "give": {"speech", "address", "interview", "statement"},
}
SPEECH_NOUNS = {
    "statement", "remark", "remarks", "comment", "speech", "address", "message", "claim", "assertion",
    "declaration", "word", "words", "view", "question", "appeal", "warning", "accusation", "criticism",
    "advocacy", "push", "assurance", "proposal", "announcement", "pledge", "promise", "vow",
    "insistence", "rhetoric", "reference", "testimony", "letter", "tweet", "post", "call", "plea",
    "demand", "denial", "praise", "opinion", "argument", "response", "reply", "answer", "explanation",
    "admission", "suggestion", "threat", "condemnation", "complaint", "allegation",
}
NOUN_CUE_LEMMA = {
    "remarks": "remark", "words": "in his words", "view": "in his view", "assertion": "assert",
    "declaration": "declare", "advocacy": "advocate", "assurance": "assure", "announcement": "announce",
    "accusation": "accuse", "criticism": "criticize", "insistence": "insist", "testimony": "testify",
    "denial": "deny", "admission": "admit", "suggestion": "suggest", "explanation": "explain",
    "argument": "argue", "response": "respond", "condemnation": "condemn", "complaint": "complain",
    "allegation": "allege", "opinion": "in his view",
}
TITLE_HEADS = {
    "president", "leader", "head", "minister", "premier", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "secretary", "chief", "king", "queen", "emir", "ambassador", "envoy", "official",
    "diplomat", "chairman", "latter", "former", "prime",
}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“"}
MIN_QUOTE_WORDS = 4


@dataclass
class _Found:
    speaker: str
    cue: str
    cue_start: int
    rule: str


@dataclass
class _Context:
    """What the resolver knows while reading one document in order."""

    document: Document
    registry: Registry
    entities: dict[str, Entity]
    spans: list[EntitySpan]
    by_char: dict[int, EntitySpan] = field(default_factory=dict)
    last_person: str | None = None
    person_counts: Counter[str] = field(default_factory=Counter)

    def entity_at(self, char: int) -> EntitySpan | None:
        return self.by_char.get(char)

    def actor_of(self, span: EntitySpan) -> str | None:
        if span.type in ACTOR_TYPES:
            return span.key
        return self.registry.metonym_country(span.key)


def extract_statements(
    sdoc: Doc,
    document: Document,
    entities: dict[str, Entity],
    spans: list[EntitySpan],
    registry: Registry,
) -> list[Statement]:
    """All statements of one parsed document, in text order."""
    ctx = _Context(document, registry, entities, spans)
    for span in spans:
        for char in range(span.start, span.end):
            ctx.by_char[char] = span
    ctx.person_counts.update(s.key for s in spans if s.type == "Person")
    quotes = find_quotes(sdoc.text)
    sentences = list(sdoc.sents)
    found: list[list[_Found]] = []
    for sent in sentences:
        found.append(_sentence_statements(sent, ctx, quotes))
        _update_salience(sent, ctx, found[-1])
    _attribute_quotes(sentences, found, quotes)
    statements: list[Statement] = []
    for sent, items in zip(sentences, found):
        for item in items:
            statements.append(_statement(sent, item, ctx, quotes))
    return statements


# --------------------------------------------------------------------------- sentences


def _sentence_statements(sent: SpacySpan, ctx: _Context, quotes: list[tuple[int, int]]) -> list[_Found]:
    found: dict[str, _Found] = {}

    def add(item: _Found | None) -> None:
        if item is not None and item.speaker not in found:
            found[item.speaker] = item

    add(_headline(sent, ctx))
    for tok in sent:
        if _inside(tok.idx, quotes):
            continue
        cue = verb_cue(tok)
        if cue is not None:
            speaker = _speaker_of_verb(tok, ctx)
            if speaker is not None:
                add(_Found(speaker, cue, tok.idx, "verb"))
            continue
        add(_noun_cue(tok, ctx))
        add(_according_to(tok, ctx))
    return sorted(found.values(), key=lambda f: f.cue_start)


def verb_cue(tok: Token) -> str | None:
    """The cue lemma when ``tok`` is a verb of saying, else None."""
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_ in ("VBZ", "VBD")):
        return None
    lemma = tok.lemma_.lower()
    parts = PHRASAL.get(lemma)
    if parts:
        for child in tok.children:
            word = child.lower_
            if child.dep_ in ("prt", "prep", "dobj") and word in parts:
                return f"{lemma} {word}"
        if lemma not in SPEECH_VERBS:
            return None
    if lemma in SPEECH_VERBS:
        if lemma in ("continue", "add", "share", "present", "raise", "support", "defend", "order"):
            if not any(c.dep_ in ("ccomp", "dobj", "punct") and c.text in (":", ",") or c.dep_ == "ccomp" for c in tok.children):
                return None
        return lemma
    return None


def _speaker_of_verb(verb: Token, ctx: _Context) -> str | None:
    tok: Token | None = verb
    for _ in range(4):
        assert tok is not None
        subject = _subject(tok)
        if subject is not None:
            return _resolve(subject, ctx)
        if tok.dep_ in ("conj", "xcomp", "advcl", "ccomp") and tok.head.i != tok.i:
            if tok.dep_ == "ccomp" and tok.tag_ != "VBG":
                return None
            tok = tok.head
            continue
        return None
    return None


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def _noun_cue(tok: Token, ctx: _Context) -> _Found | None:
    word = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN") or (word not in SPEECH_NOUNS and tok.lemma_.lower() not in SPEECH_NOUNS):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        owner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if owner is None:
        return None
    speaker = _resolve(owner, ctx)
    if speaker is None:
        return None
    cue = NOUN_CUE_LEMMA.get(word, tok.lemma_.lower())
    if cue in ("in his words", "in his view") and not (tok.head.lower_ == "in"):
        cue = "word" if cue == "in his words" else "view"
    return _Found(speaker, cue, tok.idx, "noun")


def _according_to(tok: Token, ctx: _Context) -> _Found | None:
    if tok.lower_ != "according":
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if obj is None and nxt.i + 1 < len(tok.doc):
        obj = tok.doc[nxt.i + 1]
    if obj is None:
        return None
    speaker = _resolve(obj, ctx)
    return _Found(speaker, "according to", tok.idx, "according-to") if speaker else None


def _headline(sent: SpacySpan, ctx: _Context) -> _Found | None:
    """A sentence of the form ``X: ...`` whose X is an actor."""
    text = sent.text
    colon = text.find(":")
    if colon <= 0 or colon > 60 or len(text) - colon < 15:
        return None
    head = sent.doc.char_span(sent.start_char, sent.start_char + colon, alignment_mode="contract")
    if head is None or len(head) > 6:
        return None
    actors = {ctx.actor_of(s) for t in head if (s := ctx.entity_at(t.idx)) is not None}
    actors.discard(None)
    if len(actors) != 1:
        return None
    covered = sum(len(t) for t in head if ctx.entity_at(t.idx) is not None or t.is_punct or t.lower_ in TITLE_HEADS)
    if covered < sum(len(t) for t in head if not t.is_space) * 0.6:
        return None
    return _Found(actors.pop(), "quote", sent.start_char, "headline")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- speakers


def _resolve(tok: Token, ctx: _Context) -> str | None:
    """The actor a subject or possessor token stands for, or None."""
    span = ctx.entity_at(tok.idx)
    if span is not None:
        return ctx.actor_of(span)
    word = tok.lower_
    if word in PERSON_PRONOUNS:
        return ctx.last_person
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN", "ADJ") and lemma in TITLE_HEADS:
        return _resolve_description(tok, ctx)
    if lemma in ("speech", "address", "remark", "statement", "message", "word", "interview"):
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None:
            return _resolve(owner, ctx)
    for child in tok.children:  # "Azerbaijani President Ilham Aliyev" parsed with another head
        if child.dep_ in ("compound", "appos") and (span := ctx.entity_at(child.idx)) is not None:
            if span.type == "Person":
                return span.key
    return None


def _resolve_description(tok: Token, ctx: _Context) -> str | None:
    """'the President', 'the head of state', 'the Azerbaijani leader', 'the latter'."""
    for child in tok.children:
        if child.dep_ in ("compound", "appos", "poss") and (span := ctx.entity_at(child.idx)) is not None:
            if span.type == "Person":
                return span.key
    if ctx.last_person is not None:
        return ctx.last_person
    common = ctx.person_counts.most_common(1)
    return common[0][0] if common else None


def _update_salience(sent: SpacySpan, ctx: _Context, found: list[_Found]) -> None:
    for item in found:
        if ctx.entities.get(item.speaker) is not None and ctx.entities[item.speaker].type == "Person":
            ctx.last_person = item.speaker
            return
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and (span := ctx.entity_at(tok.idx)) is not None:
            if span.type == "Person":
                ctx.last_person = span.key
                return


# --------------------------------------------------------------------------- quotations


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages (inside the marks), curly or straight double quotes."""
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"“([^“”]*)”|«([^«»]*)»|\"([^\"]*)\"", text):
        inner = next(i for i in (1, 2, 3) if match.group(i) is not None)
        if "\n\n" in match.group(inner) and len(match.group(inner)) > 3000:
            continue
        spans.append((match.start(inner), match.end(inner)))
    return spans


def _inside(char: int, quotes: list[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in quotes)


def _attribute_quotes(sentences: list[SpacySpan], found: list[list[_Found]], quotes: list[tuple[int, int]]) -> None:
    """Give every sentence inside an attributed quotation a statement of its speaker."""
    for q_start, q_end in quotes:
        if len(sentences[0].doc.text[q_start:q_end].split()) < MIN_QUOTE_WORDS:
            continue
        inside = [i for i, s in enumerate(sentences) if s.start_char < q_end and s.end_char > q_start]
        if not inside:
            continue
        speaker = _quote_speaker(inside, sentences, found)
        if speaker is None:
            continue
        for i in inside:
            if not any(f.speaker == speaker for f in found[i]):
                found[i].append(_Found(speaker, "quote", max(q_start, sentences[i].start_char), "quotation"))


def _quote_speaker(inside: list[int], sentences: list[SpacySpan], found: list[list[_Found]]) -> str | None:
    first, last = inside[0], inside[-1]
    for i in (last, first):
        if found[i]:
            return found[i][0].speaker
    if first > 0 and found[first - 1] and sentences[first - 1].text.rstrip().endswith((":", ",")):
        return found[first - 1][0].speaker
    if last + 1 < len(sentences) and found[last + 1] and _starts_with_attribution(sentences[last + 1]):
        return found[last + 1][0].speaker
    if first > 0 and found[first - 1]:
        return found[first - 1][0].speaker
    return None


def _starts_with_attribution(sent: SpacySpan) -> bool:
    return any(verb_cue(t) for t in list(sent)[:6])


# --------------------------------------------------------------------------- records


def _statement(sent: SpacySpan, item: _Found, ctx: _Context, quotes: list[tuple[int, int]]) -> Statement:
    start, end = _trim(sent)
    evidence = ctx.document.span(start, end)
    kind = statement_kind(sent.doc.text, start, end, quotes)
    if item.rule == "quotation":
        kind = "direct"
    targets = _targets(sent, item.speaker, ctx)
    return Statement(
        speaker=item.speaker,
        cue=item.cue,
        kind=kind,
        content=sent.text.strip(),
        evidence=evidence,
        targets=targets,
        rule=f"statement:{item.rule}",
    )


def _trim(sent: SpacySpan) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return start, max(end, start + 1)


def statement_kind(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    """direct when the sentence is a quotation or frames one, mixed when it quotes some words."""
    inner = [(max(a, start), min(b, end)) for a, b in quotes if a < end and b > start]
    if not inner:
        return "indirect"
    quoted_words = sum(len(text[a:b].split()) for a, b in inner)
    total_words = max(1, len(text[start:end].split()))
    if quoted_words / total_words >= 0.6:
        return "direct"
    for a, b in inner:
        before = text[start : a - 1].rstrip()
        if len(text[a:b].split()) >= MIN_QUOTE_WORDS + 1 and (not before or before.endswith((",", ":"))):
            return "direct"
    return "mixed"


def _targets(sent: SpacySpan, speaker: str, ctx: _Context) -> list[Target]:
    seen: dict[str, Target] = {}
    for span in ctx.spans:
        if span.start >= sent.start_char and span.end <= sent.end_char:
            key = span.key
            if key == speaker or key in seen:
                continue
            seen[key] = Target(key, polarity_for(sent, span.start, span.end, key, ctx.registry))
    for tok in sent:
        country = ctx.registry.demonym(tok.text) if tok.pos_ in ("ADJ", "PROPN", "NOUN") else None
        if country and country != speaker and country not in seen and ctx.entity_at(tok.idx) is None:
            seen[country] = Target(country, polarity_for(sent, tok.idx, tok.idx + len(tok), country, ctx.registry))
    return list(seen.values())
