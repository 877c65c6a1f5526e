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

The words of these rules are the lexicon's of the document's language: verbs and nouns
of saying with what each needs in ``lang/<xx>/cues.py``, titles, bodies and pronouns in
``lang/<xx>/roles.py``.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import ACTOR_TYPES, Document, Entity, Statement, Target
from .attribution import (
    Said,
    Turn,
    attribute_blocks,
    attribute_posts,
    attribute_quotations,
    attribute_turns,
    join_introductions,
    says_nothing,
    title_turns,
    turn_at,
    turns_of,
)
from .context import doc_text, layout
from .dates import context_year, find_date_expressions, guess_publication_date, resolve_date
from .discourse import SpeakerLabel
from .entities import EntitySpan, lexicon_pattern
from .lang import lexicon
from .lang.roles import Role
from .stance import aimed_at, combine, described_as, polarity_for
from .tree import depth, phrase_chars, possessor, quoted_apposition, subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from ..registry import Registry
    from .lang import Lexicon
    from .lang.stance import Polarity


MIN_QUOTE_WORDS = 4
CLIMB_DEPS = {"conj", "xcomp", "advcl", "ccomp", "pcomp", "prep"}
PARTICLE_DEPS = ("prt", "prep", "dobj", "advmod", "oprd", "acomp", "ccomp", "xcomp")  # where a phrasal cue's particle hangs


@dataclass
class _Context:
    """What the resolver knows while reading one document in order."""

    document: Document
    registry: Registry
    entities: dict[str, Entity]
    spans: list[EntitySpan]
    lex: Lexicon
    by_char: dict[int, EntitySpan] = field(default_factory=dict)
    last_person: str | None = None
    last_speaker: str | None = None
    """the speaker of the last statement found by a cue: "it added", "the statement said" in the
    sentence right after go on with it"""
    last_speaker_end: int = -1
    anchor: dt.date | None = None
    context_year: int | None = None
    person_counts: Counter[str] = field(default_factory=Counter)

    nationality: dict[str, str] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)
    interlocutors: set[str] = field(default_factory=set)
    """the speakers of a transcript's turns: "he" in a turn is somebody else"""

    def people_before(self, char: int) -> list[str]:
        """Persons mentioned before ``char``, the latest first."""
        seen: list[str] = []
        for span in sorted(self.spans, key=lambda s: -s.start):
            if span.start < char and span.type == "Person" and span.key not in seen:
                seen.append(span.key)
        return seen

    def entity_at(self, char: int) -> EntitySpan | None:
        return self.by_char.get(char)

    def text(self) -> str:
        return self.document.clean

    def names_at(self, tok: Token) -> bool:
        """The token is part of a name or a title ("Minister", "Sir" in a greeting)."""
        return self.entity_at(tok.idx) is not None or tok.lower_.strip(".") in self.lex.names.titles

    def actor_of(self, span: EntitySpan) -> str | None:
        if span.type in ACTOR_TYPES:
            return span.key
        return self.registry.metonym_country(span.key)


def _anchor(document: Document) -> dt.date | None:
    if document.date:
        try:
            return dt.date.fromisoformat(document.date)
        except ValueError:
            return None
    return guess_publication_date(document.clean)


def extract_statements(
    sdoc: Doc,
    document: Document,
    entities: dict[str, Entity],
    spans: list[EntitySpan],
    registry: Registry,
) -> list[Statement]:
    """All statements of one parsed document, in text order."""
    lex = lexicon(sdoc.lang_)
    ctx = _Context(document, registry, entities, spans, lex)
    ctx.anchor = _anchor(document)
    ctx.context_year = context_year(document.clean) if ctx.anchor is None else None
    for span in spans:
        for char in range(span.start, span.end):
            ctx.by_char[char] = span
    ctx.person_counts.update(s.key for s in spans if s.type == "Person")
    ctx.nationality = _nationalities(sdoc, spans, registry, lex)
    ctx.titles = _titles(sdoc, spans, lex)
    ctx.genders = _genders(sdoc, spans, lex)
    text = doc_text(sdoc)
    laid_out = layout(sdoc)
    quotations, paras, labels = laid_out.quotations, laid_out.paragraphs, laid_out.labels
    quotes = Stretches(laid_out.quotes)
    sentences = list(sdoc.sents)
    label_starts = {label.start for label in labels}
    ctx.turns = title_turns(text, sentences, paras, sorted(label_starts), lex.discourse,
                            lambda start, end: next(iter(_actors_in(start, end, ctx)), []), quotes.cover)
    ctx.turns += turns_of(text, labels, paras, _turn_speakers(text, labels, ctx))
    ctx.interlocutors = {turn.speaker for turn in ctx.turns if turn.speaker is not None}
    found: list[list[Said]] = []
    for sent in sentences:
        found.append(_sentence_statements(sent, ctx, quotes, label_starts))
        _update_salience(sent, ctx, found[-1], quotes)
    attribute_turns(sentences, found, ctx.turns, lambda sent, start: says_nothing(sent, lex.discourse, ctx.names_at, start), lex.cues)
    attribute_quotations(text, sentences, found, quotations, paras, ctx.turns, lambda sent: _starts_with_attribution(sent, lex), lex.cues,
                         lambda end: _signed_by(end, ctx))
    attribute_blocks(text, sentences, found, quotations, paras, lex.discourse, lex.cues)
    join_introductions(sentences, found, quotations, paras)
    posts = [(speaker, post.start, post.end) for post in laid_out.posts
             if (speaker := _actor_in(post.name_start, post.name_end, ctx)) is not None]
    attribute_posts(sentences, found, posts, lex.cues)
    statements: list[Statement] = []
    for sent, items in zip(sentences, found):
        _split_coordinated(sent, items)
        for item in items:
            together = frozenset(f.speaker for f in items if f.cue_start == item.cue_start) - {item.speaker}
            statements.append(_statement(sent, item, ctx, quotes, together))
    return statements


# --------------------------------------------------------------------------- sentences


def _sentence_statements(
    sent: SpacySpan, ctx: _Context, quotes: list[tuple[int, int]], label_starts: set[int]
) -> list[Said]:
    found: dict[str, Said] = {}

    def add(item: Said | None) -> None:
        if item is not None and item.speaker not in found:
            found[item.speaker] = item

    nouns: list[Said] = []
    if not any(sent.start_char <= start < sent.end_char for start in label_starts):
        add(_headline(sent, ctx))  # a transcript's label opens a turn instead
        add(_dash_headline(sent, ctx))
    title = _title_case_headline(sent, ctx)
    add(title)
    for tok in sent:
        quoted = _inside(tok.idx, quotes)
        cue = verb_cue(tok, ctx.lex)
        if cue is not None and title is not None and _shares_headline_subject(tok, title.cue_start, ctx.lex):
            continue  # "Ruto attacks IMF conditions, signals ...": Ruto signals, whatever the parse says
        if quoted and not (cue and _strong(cue, ctx.lex) and _named_subject(tok, ctx)):
            continue  # inside a quotation only speech reported of a named actor counts
        if cue is not None:
            if _reports_speech(tok, cue, ctx.lex):
                for speaker in _speakers_of_verb(tok, ctx):
                    add(Said(speaker, cue, tok.idx, "verb"))
            continue
        nouns.extend(_noun_cue(tok, ctx, quotes))
        add(_according_to(tok, ctx))
    verbs_found = bool(found)
    for item in nouns:
        # "In his address, Zelenskyy said ...", "said in a statement from State House":
        # the noun is the verb's occasion, not another speaker
        if not (verbs_found and (item.rule == "noun-pronoun" or _under_verb_cue(sent, item, ctx.lex))):
            add(item)
    return sorted(found.values(), key=lambda f: f.cue_start)


def _split_coordinated(sent: SpacySpan, items: list[Said]) -> None:
    """Two speakers' cue verbs joined by a conjunction ("X described ..., and Y welcomed ...")
    make two clauses: each statement's evidence is its own clause, the later one's from its
    subject on. The parser may join the later cue to the clause the first one reports ("X told
    Y that ... was ..., and Z accused ..."); with a subject of its own it is still a new clause.
    Two speakers' clauses on either side of a semicolon are two statements too, however parsed
    ("X did say ...; Y did say ...")."""
    by_cue = {item.cue_start: item for item in items if item.rule == "verb"}
    for item in list(by_cue.values()):
        cue = _cue_token(sent, item.cue_start)
        if cue is None or not (cue.dep_ == "conj" or _own_adverbial_clause(cue)):
            continue
        head = cue.head
        if (head.idx not in by_cue and head.dep_ == "ccomp" and head.i > head.head.i
                and any(c.dep_ == "nsubj" for c in cue.children)):
            head = head.head  # (a clause before its cue, "A, and Y welcomes B, X said", is all X's)
        if head.idx not in by_cue:
            continue
        first = by_cue[head.idx]
        if first.speaker == item.speaker:
            continue
        left = cue.left_edge
        cut = left.i
        while cut > sent.start and (sent.doc[cut - 1].is_punct or sent.doc[cut - 1].dep_ == "cc"):
            cut -= 1
        if cut <= sent.start:
            continue
        while left.i < cue.i and left.dep_ in ("mark", "cc", "punct"):
            left = sent.doc[left.i + 1]  # "as Starmer lectures ...": the clause from its subject on
        item.evidence_start = max(item.evidence_start or sent.start_char, left.idx)
        end = cue.right_edge
        item.evidence_end = end.idx + len(end)
        first.evidence_end = sent.doc[cut - 1].idx + len(sent.doc[cut - 1])
    _split_at_semicolons(sent, [item for item in items if item.rule == "verb"])


def _own_adverbial_clause(cue: Token) -> bool:
    """'X begs Y on visas as Z lectures W': a later clause with a subject of its own, opened
    by a conjunction ("as", "while")."""
    return (cue.dep_ == "advcl" and cue.i > cue.head.i and any(c.dep_ == "nsubj" for c in cue.children)
            and any(c.dep_ == "mark" for c in cue.children))


def _split_at_semicolons(sent: SpacySpan, items: list[Said]) -> None:
    for semicolon in (t for t in sent if t.text == ";" and t.i + 1 < sent.end):
        before = [item for item in items if item.cue_start < semicolon.idx]
        after = [item for item in items if item.cue_start > semicolon.idx]
        if not before or not after or {item.speaker for item in before} & {item.speaker for item in after}:
            continue
        for item in before:
            item.evidence_end = min(item.evidence_end or sent.end_char, semicolon.idx)
        for item in after:
            item.evidence_start = max(item.evidence_start or sent.start_char, sent.doc[semicolon.i + 1].idx)
            item.evidence_end = item.evidence_end or sent.end_char


def _under_verb_cue(sent: SpacySpan, item: Said, lex: Lexicon) -> bool:
    """The noun is the occasion of a verb of saying: "said in a statement from X"."""
    tok = _cue_token(sent, item.cue_start)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in lex.cues.occasion_prepositions:
        return False
    return verb_cue(tok.head.head, lex) is not None


def _strong(cue: str, lex: Lexicon) -> bool:
    """The cue's verb is strong enough to report speech inside what another cue reports."""
    row = lex.cues.verbs.get(cue.split()[0])
    return row is not None and row.strong


def lemma_forms(tok: Token, lex: Lexicon) -> list[str]:
    """The lemma and simple de-inflections of a word (the lemmatizer says "hopes" -> "hop")."""
    word = tok.lower_
    forms = [tok.lemma_.lower(), word]
    for suffix, repl in lex.cues.deinflections:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)] + repl)
    return forms


def _verb_like(tok: Token) -> bool:
    if tok.pos_ in ("VERB", "AUX"):
        return True
    # the tagger sometimes takes "hopes", "claims", "states" for plural nouns
    return tok.tag_.startswith("VB") or (tok.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "ccomp") for c in tok.children))


def verb_cue(tok: Token, lex: Lexicon) -> str | None:
    """The cue lemma when ``tok`` is a verb of saying, else None."""
    if not _verb_like(tok):
        return None
    for lemma in lemma_forms(tok, lex):
        row = lex.cues.verbs.get(lemma)
        if row is None:
            continue
        if row.particles or row.complement_deps:
            for child in tok.children:
                if child.dep_ in PARTICLE_DEPS and child.lower_ in row.particles:
                    return f"{lemma} {child.lower_}"
                if child.dep_ in row.complement_deps:  # "called the clause unconstitutional": call X Y
                    return lemma
            if "oprd" in row.complement_deps and quoted_apposition(tok) is not None:
                return lemma
        if row.alone:
            if row.needs_clause and not (_has_clause_or_quote(tok, infinitive=row.infinitive_clause) or _has_topic(tok, row.topics)):
                return None
            return lemma
    return None


def _has_topic(tok: Token, topics: frozenset[str]) -> bool:
    """A complement that says what was spoken of: "discussed the review", "talked about it"."""
    for child in tok.children:
        if child.dep_ in topics or (child.dep_ == "prep" and child.lower_ in topics):
            objects = [child] if child.dep_ in topics else [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if any(o.ent_type_ not in ("DATE", "TIME") and not o.like_num for o in objects):
                return True
    return False


def _has_clause_or_quote(tok: Token, infinitive: bool = False) -> bool:
    """A reported clause, a quotation, an infinitive where it reports an appeal ("pressed
    X to accept", not "continues to develop"), or the verb is itself a parenthetical
    ("Israel, he added, was ready")."""
    if tok.dep_ == "parataxis":
        return True
    for child in tok.children:
        if child.dep_ == "ccomp" or child.text in (":", "“", '"'):
            return True
        if infinitive and child.dep_ in ("xcomp", "advcl") and any(g.tag_ == "TO" for g in child.children):
            return True
    return False


def _reports_speech(verb: Token, cue: str, lex: Lexicon) -> bool:
    """False for a cue verb that reports nothing said: "can advocate", "an opportunity
    to highlight", "What X said ... is", or a weak verb inside what another cue reports."""
    strong = _strong(cue, lex)
    if verb.dep_ == "csubj" or any(c.dep_ == "aux" and lex.cues.modals.get(c.lower_, "future") != "future" for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "did not concede" reports no speech
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and not (
            (verb.dep_ == "xcomp" and strong) or _occasion_of(verb, lex) is not None):
        return False  # "used his visit to push back against ..." is said, "an opportunity to highlight" is not
    if strong:
        return True
    head = verb
    for _ in range(6):
        if head.dep_ == "ccomp" and verb_cue(head.head, lex) is not None:
            return False
        if head.head.i == head.i:
            break
        head = head.head
    return True


def _occasion_of(verb: Token, lex: Lexicon) -> Token | None:
    """The verb of the occasion an infinitive cue was used for: "used his visit to warn",
    "used the joint press statements to call ..." (the parser hangs the infinitive on the
    occasion, the object, as often as on the verb)."""
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.dep_ == "dobj" and any(c.tag_ == "TO" for c in verb.children):
        head = head.head
    elif verb.dep_ != "xcomp":
        return None
    return head if head.lemma_.lower() in lex.cues.occasion_verbs else None


def _speakers_of_verb(verb: Token, ctx: _Context) -> list[str]:
    """The actors a cue verb's subject stands for, climbing from participles and
    coordinated verbs to the verb whose subject they share."""
    lex = ctx.lex
    tok = verb
    occasion = _occasion_of(verb, lex)
    if occasion is not None and verb.dep_ in ("acl", "relcl"):
        tok = occasion  # "X used the talks to call ...": X speaks
    for _ in range(5):
        subject = _subject(tok, lex) or (_preceding_nominal(tok) if tok.dep_ == "ROOT" else None)
        if subject is not None and subject.dep_ == "nsubjpass" and tok.i == verb.i:
            return []  # "X was told", "X are denied access": the passive's subject is not who spoke
        if subject is not None:
            return _resolve_all(subject, ctx)
        head = tok.head
        if head.i == tok.i or tok.dep_ not in CLIMB_DEPS:
            return []
        if tok.dep_ == "xcomp" and head.lemma_.lower() not in lex.cues.occasion_verbs:
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return _resolve_all(obj, ctx)  # "prompting Azerbaijan to retaliate": the object acts
        if tok.dep_ in ("advcl", "ccomp") and (tok.tag_ == "VBG" and verb_cue(head, lex) is None):
            trailing_speech = tok.i > head.i and (_strong(verb_cue(verb, lex) or "", lex) or _describes_as(verb, lex))
            if not trailing_speech:
                return []  # "Highlighting X, he chose to vote": the participle is not what he did
        if tok.dep_ == "conj" and head.dep_ == "ccomp" and verb_cue(head.head, lex) is not None:
            tok = head.head  # "X said Sweden was closer and thanked ...": the conjunct hangs on the wrong verb
            continue
        if tok.dep_ == "pcomp" and (head.lower_ != lex.cues.means_preposition or head.head.i > head.i):
            return []  # "began by praising" yes; "By advocating ..., Azerbaijan seeks" no
        if tok.dep_ == "ccomp" and tok.tag_ != "VBG":
            return []
        tok = head
    return []


def _describes_as(verb: Token, lex: Lexicon) -> bool:
    """'describing X as Y', 'calling X Y': what the participle's subject said of X."""
    return verb.lemma_.lower() in lex.stance.describe_verbs and any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in lex.stance.describe_prepositions) for c in verb.children)


def _preceding_nominal(verb: Token) -> Token | None:
    """The subject of a verb the parser left without one ("In his interview with X, the
    head of our state also addressed ..."): the noun phrase just before it, or before the
    description set off by commas that follows it ("Jane Doe, popularly known as X, said")."""
    doc, start = verb.doc, verb.sent.start
    comma, i, stop = False, verb.i - 1, max(start, verb.i - 8)
    while i >= stop:
        tok = doc[i]
        i -= 1
        if tok.pos_ in ("ADV", "PUNCT", "SPACE", "AUX", "PART"):
            comma = comma or tok.text == ","
            continue
        if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        while tok.dep_ in ("pobj", "prep", "compound", "poss") and tok.head.i != tok.i and tok.head.i < verb.i:
            tok = tok.head
        left = tok.left_edge.i
        if comma and tok.dep_ == "acl" and left > start + 1 and doc[left - 1].text == ",":
            comma, i, stop = False, left - 2, max(start, left - 6)  # the name the description is about
            continue
        if comma and left == start:
            return None  # "Minister Brandt, thank you": the name is spoken to
        return tok
    return None


def _named_subject(verb: Token, ctx: _Context) -> bool:
    subject = _subject(verb, ctx.lex)
    return subject is not None and ctx.entity_at(subject.idx) is not None


def _subject(verb: Token, lex: Lexicon) -> Token | None:
    return subject(verb, lex.roles.relative_pronouns)


def _noun_cue(tok: Token, ctx: _Context, quotes: list[tuple[int, int]]) -> list[Said]:
    """'Pashinyan's claim that ...', 'in his words', 'accusations from X and Y about ...'."""
    lex = ctx.lex
    nouns = lex.cues.nouns
    word = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN") or (word not in nouns and tok.lemma_.lower() not in nouns):
        return []
    owner = _noun_owner(tok, lex)
    if owner is None:
        return []
    row = nouns.get(word)
    framed_cue = row.framed_cue if row is not None and tok.head.lower_ == lex.cues.frame_preposition else None
    if framed_cue is None and not _noun_has_content(tok, quotes, lex):
        return []  # "His statements reflect ..." evaluates speech, it reports none
    cue = framed_cue or (row.cue if row is not None and row.cue else tok.lemma_.lower())
    speakers = _resolve_all(owner, ctx)
    voice = _voiced_by(tok, ctx)
    if voice is not None and not any(_a_person(key, ctx) for key in speakers):
        owner, speakers = voice  # "He renewed Nigeria's demand for ...": he voices his country's demand
    rule = "noun-pronoun" if _third_person(owner, lex) or owner.lower_ in lex.roles.body_pronouns else "noun"
    return [Said(speaker, cue, tok.idx, rule) for speaker in speakers]


def _voiced_by(noun: Token, ctx: _Context) -> tuple[Token, list[str]] | None:
    """The person subject of the verb of voicing whose object the noun of saying is, where that
    verb is no cue of its own ("renewed", "reiterated" without a clause): the one who voiced
    it, with whom it resolves to."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ctx.lex.cues.voicing_verbs or verb_cue(verb, ctx.lex) is not None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    keys = _resolve_all(subject, ctx)
    return (subject, keys) if keys and all(_a_person(key, ctx) for key in keys) else None


def _noun_owner(tok: Token, lex: Lexicon) -> Token | None:
    """Whose speech a noun of saying is: its possessive, or 'by'/'from' X, or 'issued by' X."""
    owner = possessor(tok)
    if owner is not None:
        return owner
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in lex.cues.owner_prepositions:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "acl":  # "a statement issued by the State Department"
            agent = next((g for g in child.children if g.dep_ == "agent"), None)
            if agent is not None:
                return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def _noun_has_content(tok: Token, quotes: list[tuple[int, int]], lex: Lexicon) -> bool:
    """The noun of saying carries what was said: a that-clause, a topic, a quotation."""
    cues = lex.cues
    for child in tok.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and any(
            g.lower_ in cues.complementizers and g.dep_ == "mark" for g in child.children
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in cues.topic_prepositions:
            if any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME") for g in child.children):
                return True  # "his remarks on Georgia", not "his speech on Tuesday"
        if child.dep_ == "appos" or (child.i + 1 < len(tok.doc) and _inside(tok.doc[child.i].idx, quotes)):
            return True
    nxt = tok.i + 1
    if nxt < len(tok.doc) and tok.doc[nxt].text in (":", "“", '"') :
        return True
    head = tok.head
    # "A key pillar of his address was the social protection of ...": what the speech held
    if (tok.dep_ == "pobj" and head.lower_ == cues.part_preposition and head.head.dep_ == "nsubj"
            and head.head.head.lemma_ in cues.copulas):
        return any(c.dep_ == "attr" for c in head.head.head.children)
    return verb_cue(head, lex) is not None and tok.dep_ in ("nsubj", "nsubjpass")


def _according_to(tok: Token, ctx: _Context) -> Said | None:
    cues = ctx.lex.cues
    first, second = cues.according_to
    if tok.lower_ != first:
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != second:
        return None
    obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if obj is None and nxt.i + 1 < len(tok.doc):
        obj = tok.doc[nxt.i + 1]
    if obj is None:
        return None
    speaker = _resolve(obj, ctx)
    if speaker is None and obj.lemma_.lower() in cues.nouns and (owner := _noun_owner(obj, ctx.lex)) is not None:
        speaker = _resolve(owner, ctx)  # "according to a statement issued by X"
    return Said(speaker, " ".join(cues.according_to), tok.idx, "according-to") if speaker else None


def _headline(sent: SpacySpan, ctx: _Context) -> Said | None:
    """A sentence of the form ``X: ...`` whose X is an actor, perhaps titled, and whose
    rest has at least three words."""
    text = sent.text
    colon = text.find(":")
    if colon <= 0 or colon > 60 or len(text) - colon < 15:
        return None
    head = sent.doc.char_span(sent.start_char, sent.start_char + colon, alignment_mode="contract")
    if head is None or len(head) > 6:
        return None
    links = [t for t in head if t.lower_ in ctx.lex.cues.headline_addressee_links]
    if links:  # "X to Y: ...": X speaks, to Y
        head = sent.doc[head.start : links[0].i]
    actors = {key for t in head if (s := ctx.entity_at(t.idx)) is not None and (key := ctx.actor_of(s))}
    if len(actors) != 1:
        return None
    if any(ctx.entity_at(t.idx) is None and not t.is_punct and not t.is_space and not _title_word(t, ctx) for t in head):
        return None  # only the speaker, perhaps with a title, stands before the colon
    rest = [t for t in sent if t.idx > sent.start_char + colon and t.is_alpha]
    if len(rest) < 3:
        return None
    return Said(actors.pop(), ctx.lex.cues.quotation_cue, sent.start_char, "headline")


def _title_word(tok: Token, ctx: _Context) -> bool:
    """A word of a speaker's title in a headline: "President", "Foreign Minister", "German"."""
    return _role(tok.lower_, ctx.lex.roles.words).headline or ctx.registry.demonym(tok.text) is not None


def _dash_headline(sent: SpacySpan, ctx: _Context) -> Said | None:
    """A headline "... — X": the words before the dash are X's (perhaps titled)."""
    if not _headline_line(sent, ctx):
        return None
    text = sent.text.rstrip()
    dashes = [f" {dash} " for dash in ctx.lex.cues.attribution_dashes]
    if sum(text.count(dash) for dash in dashes) != 1:
        return None  # a byline or a menu strings several parts with dashes
    cut = max(text.rfind(dash) for dash in dashes)
    if cut <= 0 or len(text[:cut].split()) < 3:
        return None
    tail = sent.doc.char_span(sent.start_char + cut + 3, sent.start_char + len(text), alignment_mode="expand")
    if tail is None or len(tail) > 5:
        return None
    actors = {key for t in tail if (s := ctx.entity_at(t.idx)) is not None and (key := ctx.actor_of(s))}
    if len(actors) != 1 or any(ctx.entity_at(t.idx) is None and t.is_alpha and not _title_word(t, ctx) for t in tail):
        return None
    return Said(actors.pop(), ctx.lex.cues.quotation_cue, sent.start_char, "headline")


def _headline_line(sent: SpacySpan, ctx: _Context) -> bool:
    """The sentence is a paragraph of its own without a closing stop: a headline or a subhead."""
    text = doc_text(sent.doc)
    start, end = sent.start_char, sent.end_char
    alone = (start == 0 or text[:start].endswith("\n")) and (end >= len(text.rstrip()) or text[end:].startswith("\n") or text[end - 1] == "\n")
    words = sent.text.rstrip().rstrip("\"'”’»)]")
    return alone and bool(words) and words[-1] not in ".?!…:"


def _title_case_headline(sent: SpacySpan, ctx: _Context) -> Said | None:
    """A headline 'Aliyev Rejects ..., Condemns ...' or 'Wang Yi hails X as ..., warns ...': the
    tagger is unreliable in headlines (it takes "hails" for a plural noun), so look for an
    actor followed by a verb of saying in the third person, capitalised in a Title Case one."""
    words = [t for t in sent if t.is_alpha]
    title_case = len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)
    if not (title_case or (len(words) >= 4 and _headline_line(sent, ctx))):
        return None
    for tok in sent[:-1]:
        span = ctx.entity_at(tok.idx)
        if span is None or tok.idx + len(tok) != span.end:
            continue
        nxt = tok.doc[tok.i + 1]
        if (nxt.text[:1].isupper() or not title_case) and nxt.lower_.endswith(ctx.lex.names.headline_ending):
            spoken_attack = ctx.lex.stance.spoken_attack_verbs if span.type == "Person" else frozenset()
            speaker = ctx.actor_of(span)
            for verb in _headline_verbs_after(sent, nxt, ctx.lex):
                forms = lemma_forms(verb, ctx.lex)
                lemma = next((f for f in forms if _headline_cue(f, ctx.lex) or f in spoken_attack), None) or next(
                    (cue for f in forms if (cue := _headline_phrasal(f, verb, sent, ctx.lex)) and not _parsed_cue(verb, ctx)), None)
                if lemma and speaker:
                    return Said(speaker, lemma, verb.idx, "title-headline")
        if not title_case:
            return None  # in sentence case the actor opens the headline
    return None


def _parsed_cue(verb: Token, ctx: _Context) -> bool:
    """The parse reads the verb as a cue with a speaker: the verb rule takes it, clauses and all."""
    return verb_cue(verb, ctx.lex) is not None and bool(_speakers_of_verb(verb, ctx))


def _headline_verbs_after(sent: SpacySpan, first: Token, lex: Lexicon) -> list[Token]:
    """The actor's verbs in a headline: the word after the actor, and each third-person word
    after a comma or "and" ("Modi courts US and Japan on chips, calls ...")."""
    later = [t for t in sent if t.i > first.i and t.lower_.endswith(lex.names.headline_ending) and t.is_alpha
             and (sent.doc[t.i - 1].text in (",", ";") or sent.doc[t.i - 1].pos_ == "CCONJ") and t.pos_ not in ("PROPN", "PRON")]
    return [first, *later]


def _headline_phrasal(lemma: str, verb: Token, sent: SpacySpan, lex: Lexicon) -> str | None:
    """A cue that needs a particle or a complement, in a headline the parser did not read as
    one: its particle right after it ("calls for ..."), or the quoted words of a "call X 'Y'"."""
    row = lex.cues.verbs.get(lemma)
    if row is None or row.alone:
        return None
    following = sent.doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if following is not None and following.lower_ in row.particles:
        return f"{lemma} {following.lower_}"
    if "oprd" in row.complement_deps and _quoted_after(sent, verb) is not None:
        return lemma
    return None


def _quoted_after(sent: SpacySpan, verb: Token) -> SpacySpan | None:
    """The first quoted words after ``verb`` in the sentence ("calls Canada 'reliable partner'")."""
    marks = [t.i for t in sent if t.i > verb.i and t.is_quote]
    if len(marks) < 2 or marks[1] == marks[0] + 1:
        return None
    return sent.doc[marks[0] + 1 : marks[1]]


def _shares_headline_subject(verb: Token, headline_cue: int, lex: Lexicon) -> bool:
    """A verb after a headline's cue with no subject of its own after that cue: the headline's
    actor is its subject too ("X hails Y, warns Z"), however the tagger read the words between."""
    if verb.idx <= headline_cue:
        return False
    own = _subject(verb, lex)
    return own is None or own.left_edge.idx <= headline_cue


def _headline_verbs(sent: SpacySpan, item: Said, lex: Lexicon) -> list[tuple[Token, Polarity]]:
    """The verbs of attitude of a headline statement, in the third person: the cue and those
    after a comma or "and" ("Ali condemns X, thanks Y and Z for ..."), with their attitude."""
    found: list[tuple[Token, Polarity]] = []
    for tok in sent:
        if tok.idx < item.cue_start or not tok.lower_.endswith(lex.names.headline_ending):
            continue
        if tok.idx > item.cue_start and tok.doc[tok.i - 1].lower_ not in lex.stance.list_words:
            continue
        for form in lemma_forms(tok, lex):
            polarity = lex.stance.persons_attitude(form)
            quoted = _quoted_after(sent, tok) if form in lex.stance.describe_verbs else None
            if polarity is None and quoted is not None:
                polarity = described_as(quoted)  # "calls Canada 'reliable partner'"
            if polarity is not None:
                found.append((tok, polarity))
                break
    return found


def _headline_attitudes(sent: SpacySpan, item: Said, ctx: _Context) -> dict[str, Polarity]:
    """What a headline's verbs of attitude say of the actors named right after them, perhaps
    after "the" or a list of them ("thanks CARICOM and Brazil for ..."); the tagger cannot be
    trusted with a headline's verbs, so this reads the words in order. A nationality word
    after the verb is left to the parse: "rejects Turkish base talk" does not reject Türkiye."""
    attitudes: dict[str, Polarity] = {}
    for verb, polarity in _headline_verbs(sent, item, ctx.lex):
        tok = verb.i + 1
        if polarity == "positive" and _bond_before(sent, tok, ctx.lex):
            tok += 2  # "praises partnership with X": praising the bond is praising X
        while tok < sent.end:
            word = sent.doc[tok]
            span = ctx.entity_at(word.idx)
            if span is not None:
                attitudes.setdefault(span.key, polarity)
                while tok + 1 < sent.end and sent.doc[tok + 1].idx < span.end:
                    tok += 1
            elif word.lower_ not in ctx.lex.stance.list_words:
                break
            tok += 1
    return attitudes


def _bond_before(sent: SpacySpan, tok: int, lex: Lexicon) -> bool:
    """A bond or relation noun at ``tok`` followed by its preposition ("partnership with",
    "ties between"). Deploring a bond leaves its other side only a ground, so only a verb of
    praise passes through it."""
    if tok + 2 >= sent.end:
        return False
    noun, prep = sent.doc[tok], sent.doc[tok + 1]
    words = lex.stance.bonds | lex.stance.relation_nouns
    return (noun.lower_ in words or noun.lemma_.lower() in words) and lex.stance.relations.get(prep.lower_) == "bond"


def _headline_cue(lemma: str, lex: Lexicon) -> bool:
    """A verb that is a cue by itself and needs no clause, which a headline does not parse."""
    row = lex.cues.verbs.get(lemma)
    return row is not None and row.alone and not row.needs_clause


# --------------------------------------------------------------------------- speakers


_NO_ROLE = Role()


def _role(word: str, words: Mapping[str, Role]) -> Role:
    """The role row of a word; a word that is none has every property False."""
    return words.get(word, _NO_ROLE)


def _third_person(tok: Token, lex: Lexicon) -> bool:
    """He, she, him, her, his: a pronoun that stands for a person the text spoke of."""
    pronoun = lex.roles.pronouns.get(tok.lower_)
    return pronoun is not None and pronoun.person == 3


def _resolve_all(tok: Token, ctx: _Context) -> list[str]:
    """The actors a subject names, coordinated ones included ("X and Y have both said")."""
    pair = _pair(tok, ctx)
    if pair:
        return pair
    heads = [tok] + [c for c in tok.subtree if c.dep_ == "conj" and c.head.i in (tok.i,) or (c.dep_ == "conj" and c.head.dep_ == "conj" and c.head.head.i == tok.i)]
    roles = ctx.lex.roles
    out: list[str] = []
    for head in heads:
        key = _resolve(head, ctx)
        if key is None and _role(head.lemma_.lower(), roles.words).collective:
            # "Qatari and Egyptian mediators": the countries
            demonyms = [c for c in head.subtree if c.dep_ in ("amod", "conj") and c.i < head.i]
            countries = [k for c in demonyms if (k := ctx.registry.demonym(c.text)) is not None]
            if countries and head.tag_ == "NNS":
                out += [k for k in countries if k not in out]
                continue
            # "the governments of X and Y", "observers from X", "leaders, including X"
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in roles.member_prepositions:
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        out += [k for k in _resolve_all(pobj, ctx) if k not in out]
            continue
        if key is not None and key not in out:
            out.append(key)
    return out


def _speaker_going_on(tok: Token, ctx: _Context) -> str | None:
    """The speaker of the sentence right before ``tok``'s, if that sentence was a statement."""
    between = doc_text(tok.doc)[ctx.last_speaker_end : tok.sent.start_char] if ctx.last_speaker_end >= 0 else "x"
    return ctx.last_speaker if not between.strip() else None


def _pair(tok: Token, ctx: _Context) -> list[str]:
    """"They", "both", "the two leaders", "both sides": the two actors the text just named
    together ("X and Y met; the two leaders discussed ..."); for "the two ministers" and
    "both", else the last two people it named."""
    roles = ctx.lex.roles
    counted = any(c.lower_ in roles.pair_words for c in tok.children if c.dep_ in ("nummod", "det", "predet", "quantmod"))
    plural_noun = tok.tag_ in ("NNS", "NNPS") and counted
    if not (tok.lower_ in roles.plural_pronouns or tok.lower_ in roles.pair_words or plural_noun):
        return []
    countries = tok.lemma_.lower() in roles.country_collectives
    if plural_noun and not countries and not _role(tok.lemma_.lower(), roles.words).refers:
        return []  # "the two companies": nothing the rules know of
    wanted = ("Country",) if countries else ("Person",)
    coordinated = _coordinated_pair(tok, ctx, wanted)
    if coordinated or tok.lower_ in roles.plural_pronouns or countries:
        return coordinated
    people = ctx.people_before(tok.idx)
    return people[:2] if len(people) >= 2 else []


def _coordinated_pair(tok: Token, ctx: _Context, wanted: tuple[str, ...]) -> list[str]:
    """The last "X and Y" of two actors of the wanted type before ``tok``, in its sentence
    or the two before it, within its paragraph."""
    sent = tok.sent
    start = sent.start
    for _ in range(2):
        if start > 0:
            start = tok.doc[start - 1].sent.start
    text = doc_text(tok.doc)
    paragraph_start = text.rfind("\n\n", 0, tok.idx)
    for cand in reversed(list(tok.doc[start : tok.i])):
        if cand.idx < paragraph_start:
            break
        first = ctx.entity_at(cand.idx)
        if first is None or first.type not in wanted:
            continue
        for conj in cand.children:
            second = ctx.entity_at(conj.idx) if conj.dep_ == "conj" else None
            if second is not None and second.type in wanted and second.key != first.key:
                keys = [ctx.actor_of(first), ctx.actor_of(second)]
                return [k for k in keys if k is not None]
    return []


def _resolve(tok: Token, ctx: _Context) -> str | None:
    """The actor a subject or possessor token stands for, or None."""
    span = ctx.entity_at(tok.idx)
    if span is not None:
        return ctx.actor_of(span)
    if _third_person(tok, ctx.lex):
        return _pronoun_antecedent(tok, ctx)
    lemma = tok.lemma_.lower()
    role = _role(lemma, ctx.lex.roles.words)
    if tok.pos_ in ("NOUN", "PROPN", "ADJ") and role.refers:
        # "Chairman of the Council Edvard Sand", "the mayor's spokesman, Tom Reyes": the name
        # the title goes with; "a Foreign Office spokesperson": the body it speaks for
        named = _named_in_phrase(tok, ctx) or _resolve_description(tok, ctx)
        if named is None and role.speaks_for:
            return _body_spoken_for(tok, ctx)  # an unnamed spokesperson
        return named
    if lemma in ctx.lex.cues.owned_nouns:
        owner = possessor(tok)
        if owner is not None:
            return _resolve(owner, ctx)
        if any(c.dep_ == "det" and c.lower_ in ctx.lex.roles.definite_determiners for c in tok.children):
            return _speaker_going_on(tok, ctx)  # "The statement also urged ...": whoever issued it
    if tok.lower_ in ctx.lex.roles.body_pronouns and (body := _speaker_going_on(tok, ctx)) is not None:
        speaker = ctx.entities.get(body) or ctx.registry.entities.get(body)
        if speaker is not None and speaker.type in ("Organization", "Country"):
            return body  # "The ministry said ... It added that ..."
    for child in tok.children:  # "Azerbaijani President Ilham Aliyev" parsed with another head
        if child.dep_ in ("compound", "appos") and (span := ctx.entity_at(child.idx)) is not None:
            if span.type in ("Person", "Organization") or child.dep_ == "appos":
                return ctx.actor_of(span)
    definite = ctx.lex.roles.definite_determiners
    if role.governs and tok.tag_ in ("NN", "NNP") and (country := _governed_country(tok, ctx)) is not None:
        return country  # "the Japanese government", "Carney's government", "the government of Kenya"
    named_before = any(c.dep_ == "det" and c.lower_ in definite for c in tok.children) or (
        not any(c.dep_ == "det" for c in tok.children) and _headline_line(tok.sent, ctx))
    if role.body and tok.tag_ in ("NN", "NNP") and named_before:
        return _resolve_body(tok, ctx)  # "the ministry said", "the agency reported", "Commission announces"
    return None


#: dependencies by which a name goes with a title, the closest first
NAME_DEPS = ("appos", "compound", "flat", "nmod", "npadvmod")


def _named_in_phrase(title: Token, ctx: _Context) -> str | None:
    """The person a title's own noun phrase names: its apposition or compound first, then a
    name further down the title's "of" phrases; never its possessor ("the mayor's spokesman")
    nor a name inside a clause that describes it."""
    queue = [title]
    seen = {title.i}
    while queue:
        tok = queue.pop(0)
        children = sorted(tok.children, key=lambda c: (NAME_DEPS.index(c.dep_) if c.dep_ in NAME_DEPS else len(NAME_DEPS), c.i))
        for child in children:
            if child.i in seen or child.dep_ in ("poss", "relcl", "acl", "advcl", "conj", "cc", "punct"):
                continue
            seen.add(child.i)
            span = ctx.entity_at(child.idx)
            if span is not None and _person_named(span, child, ctx) and child.dep_ in NAME_DEPS + ("pobj",):
                return span.key
            if child.dep_ in NAME_DEPS + ("prep", "pobj"):
                queue.append(child)
    return None


def _person_named(span: EntitySpan, tok: Token, ctx: _Context) -> bool:
    """A person's name: typed so, or a name in apposition to a title that the registry does not
    know and that has no head word of a body ("the president of X, Rodrigo Agostinho", which the
    NER took for an organisation)."""
    if span.type == "Person":
        return True
    if span.type != "Organization" or tok.dep_ != "appos" or span.key in ctx.registry.entities:
        return False
    entity = ctx.entities.get(span.key)
    names = ctx.lex.names
    heads = names.institution_heads | names.body_words | names.outlet_heads
    return entity is not None and not any(word.casefold() in heads for word in entity.label.split())


def _body_spoken_for(title: Token, ctx: _Context) -> str | None:
    """The organisation or country a spokesperson speaks for: "a State Department spokesman",
    "the Kremlin's spokesman", "a spokeswoman for the ministry"."""
    for child in title.children:
        target = child
        if child.dep_ == "prep" and child.lower_ in ctx.lex.roles.speaks_for_prepositions:
            target = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ not in ("compound", "poss", "nmod", "amod"):
            continue
        span = ctx.entity_at(target.idx)
        if span is not None and span.type != "Person" and (key := ctx.actor_of(span)) is not None:
            return key
        if child.dep_ in ("amod", "compound") and (country := ctx.registry.demonym(child.text)) is not None:
            return country  # "a Chinese spokesman"
    return None


def _resolve_body(tok: Token, ctx: _Context) -> str | None:
    """The organisation the text last named whose name has this head ("the ministry"); for a
    headline, which comes before the text that names it, the first one named after."""
    head = tok.lemma_.lower()
    before = sorted((s for s in ctx.spans if s.start < tok.idx), key=lambda s: -s.start)
    after = sorted((s for s in ctx.spans if s.start > tok.idx), key=lambda s: s.start) if _headline_line(tok.sent, ctx) else []
    for span in before + after:
        if span.type == "Organization":
            entity = ctx.entities.get(span.key) or ctx.registry.entities.get(span.key)
            if entity is not None and head in entity.label.lower().split():
                return span.key
    return None


def _pronoun_antecedent(pronoun: Token, ctx: _Context) -> str | None:
    """He, she: the main clause's person, else the person last spoken of, skipping
    people the text showed to be of the other gender."""
    row = ctx.lex.roles.pronouns.get(pronoun.lower_)
    gender = row.gender if row is not None else None

    in_turn = turn_at(ctx.turns, pronoun.idx) is not None  # "he" in a turn is neither interlocutor

    def fits(key: str | None) -> bool:
        return key is not None and ctx.genders.get(key, gender) == gender and not (in_turn and key in ctx.interlocutors)

    same = _same_sentence_antecedent(pronoun, ctx)
    if fits(same):
        return same
    if ctx.last_person is None or fits(ctx.last_person):
        return ctx.last_person
    earlier = [k for k in ctx.people_before(pronoun.idx) if fits(k)]
    return earlier[0] if earlier else (None if in_turn else ctx.last_person)


def _genders(sdoc: Doc, spans: list[EntitySpan], lex: Lexicon) -> dict[str, str]:
    """Person -> "m" or "f", where the text shows it: a title ("Mrs", "Queen") or the
    pronoun that opens the next sentence when the person was the only one named
    ("X arrived in Oslo. She said ...")."""
    out: dict[str, str] = {}
    people = [s for s in spans if s.type == "Person"]
    for span in people:
        words = re.findall(r"[A-Za-z]+", doc_text(sdoc)[max(0, span.start - 12) : span.start].lower())
        title_gender = _role(words[-1], lex.roles.words).gender if words else None
        if title_gender is not None:
            out.setdefault(span.key, title_gender)
    sentences = list(sdoc.sents)
    for index, sent in enumerate(sentences):
        subjects = [s for s in people if sent.start_char <= s.start < sent.end_char]
        if len({s.key for s in subjects}) != 1:
            continue
        if index + 1 < len(sentences):
            opening = sentences[index + 1][0]
            pronoun = lex.roles.pronouns.get(opening.lower_)
            if pronoun is not None and pronoun.subject and pronoun.gender and opening.dep_ in ("nsubj", "nsubjpass"):
                out.setdefault(subjects[0].key, pronoun.gender)
    return out


def _same_sentence_antecedent(pronoun: Token, ctx: _Context) -> str | None:
    """'The Russian leader held a meeting, at which he said ...': a person who is the
    subject of the sentence's main clause, before the pronoun, or the body or country a
    representative there speaks as."""
    root = pronoun.sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i and not _third_person(child, ctx.lex):
            if _stand_in(child, ctx):
                stood_for = _resolve_all(child, ctx)  # "the representative of X said ..., and she condemned ...": X
                if len(stood_for) == 1:
                    return stood_for[0]
            key = _resolve(child, ctx)
            entity = ctx.entities.get(key or "") or ctx.registry.entities.get(key or "")
            if entity is not None and entity.type == "Person":
                return key
    return None


def _resolve_description(tok: Token, ctx: _Context) -> str | None:
    """'the President', 'the head of state', 'the Azerbaijani leader', 'the latter'.

    Only a definite, singular description refers back to one person.
    """
    roles = ctx.lex.roles
    indefinite = roles.indefinite_determiners
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in indefinite for c in tok.children)
    bare_in_headline = not any(c.dep_ == "det" for c in tok.children) and _headline_line(tok.sent, ctx)
    if tok.tag_ in ("NNS", "NNPS") or not (definite or bare_in_headline):  # "Senator slams ..."
        if not _role(tok.lower_, roles.words).anaphoric:
            return None
    for dep in ("appos", "compound", "poss"):  # "the mayor's spokesman, Tom Reyes": the spokesman
        for child in tok.children:
            if child.dep_ == dep and (span := ctx.entity_at(child.idx)) is not None and span.type == "Person":
                return span.key
    titles = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    specific = {t for t in titles if _role(t, roles.words).specific}
    country = _description_country(tok, ctx)
    if country is not None:
        # "the Azerbaijani leader", "Ukraine's foreign minister": a person the text (or the
        # registry) ties to that country, or nobody
        def tied(key: str) -> bool:
            fits_title = not specific or specific <= ctx.titles.get(key, specific)
            return fits_title and (ctx.nationality.get(key) == country or _role_of(key, country, ctx))

        candidates = [k for k in ctx.people_before(tok.idx) if tied(k)]
        candidates = candidates or [k for k, _ in ctx.person_counts.most_common() if tied(k)]
        if _role(tok.lemma_.lower(), roles.words).leader:
            heads = [k for k in candidates if ctx.registry.roles.get(k, "").startswith(roles.leader_roles)]
            candidates = heads or candidates
        return candidates[0] if candidates else None
    if specific:
        # "the Prime Minister" is not the foreign minister the text spoke of last; a person the
        # text gave that title to comes before one it gave no title; nor is it a transcript's
        # interlocutor
        others = ctx.interlocutors if turn_at(ctx.turns, tok.idx) is not None else set()
        before = ctx.people_before(tok.idx) or [k for k, _ in ctx.person_counts.most_common()]
        before = [k for k in before if k not in others]
        fitting = [k for k in before if specific <= ctx.titles.get(k, set())] or [k for k in before if k not in ctx.titles]
        if not fitting:
            return None
        if ctx.last_person not in fitting:
            return fitting[0]
    if ctx.last_person is not None:
        return ctx.last_person
    common = ctx.person_counts.most_common(1)
    return common[0][0] if common else None


def _description_country(tok: Token, ctx: _Context) -> str | None:
    """The country a description names: 'the Azerbaijani leader', 'the President of France'."""
    for child in tok.children:
        if child.dep_ in ("amod", "compound") and (country := ctx.registry.demonym(child.text)):
            return country
        if child.dep_ == "poss" and (span := ctx.entity_at(child.idx)) is not None and span.type == "Country":
            return span.key  # "Ukraine's foreign minister"
        if child.dep_ == "prep" and child.lower_ in ctx.lex.roles.country_prepositions:
            for pobj in child.children:
                span = ctx.entity_at(pobj.idx)
                if pobj.dep_ == "pobj" and span is not None and span.type == "Country":
                    return span.key
    return None


def _governed_country(tok: Token, ctx: _Context) -> str | None:
    """The country a government is named by: a demonym, the country's or its leader's possessive,
    "of" the country."""
    country = _description_country(tok, ctx)
    if country is not None:
        return country
    owner = possessor(tok)
    span = ctx.entity_at(owner.idx) if owner is not None else None
    if span is not None and span.type == "Person":
        role = ctx.registry.roles.get(span.key, "")
        return next((key for key, entity in ctx.registry.entities.items()
                     if entity.type == "Country" and role.endswith(f" of {entity.label}")), None)
    return None


def _role_of(person: str, country: str, ctx: _Context) -> bool:
    """The registry's office of the person names the country or body ("Prime Minister of
    India"); a former office, dated in brackets, does not."""
    role = ctx.registry.roles.get(person, "")
    entity = ctx.registry.entities.get(country)
    return entity is not None and "(" not in role and re.search(rf"\b{re.escape(entity.label)}\b", role) is not None


def _nationalities(sdoc: Doc, spans: list[EntitySpan], registry: Registry, lex: Lexicon) -> dict[str, str]:
    """Person -> country the text ties them to: "Armenian Prime Minister Nikol Pashinyan",
    "Ilham Aliyev, the President of Azerbaijan"."""
    out: dict[str, str] = {}
    role_of_country = lexicon_pattern(lex.roles.role_of_country)
    by_start = {s.start: s for s in spans}
    for span in spans:
        if span.type != "Person" or span.key in out:
            continue
        window = doc_text(sdoc)[max(0, span.start - 40) : span.start]
        words = re.findall(r"[A-Z][\w’'-]+", window)
        for word in reversed(words[-3:]):
            if (country := registry.demonym(word)) is not None:
                out[span.key] = country
                break
        after = doc_text(sdoc)[span.end : span.end + 60]
        match = role_of_country.match(after)
        if span.key not in out and match:
            nxt = by_start.get(span.end + match.end())
            if nxt is not None and nxt.type == "Country":
                out[span.key] = nxt.key
    return out


def _titles(sdoc: Doc, spans: list[EntitySpan], lex: Lexicon) -> dict[str, set[str]]:
    """Person -> the title words the text gives them ("Foreign Minister Jane Doe")."""
    out: dict[str, set[str]] = {}
    for span in spans:
        if span.type == "Person":
            window = doc_text(sdoc)[max(0, span.start - 40) : span.start]
            window = re.split(r"[\n:;!?]|[a-z]\.\s", window)[-1]  # the title stands in the name's own sentence
            words = re.findall(r"[A-Za-z]+", window.lower())
            given = set()
            for word in reversed(words[-5:]):
                if _role(word, lex.roles.words).specific:
                    given.add(word)
                elif word not in lex.names.titles:  # "President Dr X": the honorific is no title of office
                    break
            if given:
                out.setdefault(span.key, set()).update(given)
    return out


def _update_salience(sent: SpacySpan, ctx: _Context, found: list[Said], quotes: list[tuple[int, int]]) -> None:
    """The person the text last spoke of as an actor: the sentence's speaker, else a person
    subject; never a person named inside a quotation (the quotation's tag speaks)."""
    tagged = [item for item in found if not _inside(item.cue_start, quotes)] or found
    if tagged:
        ctx.last_speaker, ctx.last_speaker_end = tagged[-1].speaker, sent.end_char
    people = [item for item in tagged if _a_person(item.speaker, ctx)]
    if people:  # the main clause's speaker, not one its clauses report ("the truce declared by X")
        ctx.last_person = min(people, key=lambda item: _cue_depth(sent, item)).speaker
        return
    stood_for = [item for item in tagged if _said_by_stand_in(sent, item, ctx)]
    if stood_for:  # "The representative of X said ... . '...,' she said": X
        ctx.last_person = min(stood_for, key=lambda item: _cue_depth(sent, item)).speaker
        return
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and not _inside(tok.idx, quotes):
            span = ctx.entity_at(tok.idx)
            key = span.key if span is not None and span.type == "Person" else _named_in_phrase(tok, ctx)
            if key is not None:  # "His counterpart, Abbas Araghchi, was more guarded."
                ctx.last_person = key
                return


def _said_by_stand_in(sent: SpacySpan, item: Said, ctx: _Context) -> bool:
    """Whether the cue's subject is a person who speaks as the body or country that is the
    speaker ("the representative of X said", "X's delegate added")."""
    cue = _cue_token(sent, item.cue_start)
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None) if cue is not None else None
    return subject is not None and _stand_in(subject, ctx) and not _a_person(item.speaker, ctx)


def _stand_in(tok: Token, ctx: _Context) -> bool:
    """A noun of a person who speaks as a body or country ("representative", "delegate")."""
    return tok.pos_ == "NOUN" and _role(tok.lemma_.lower(), ctx.lex.roles.words).stands_in


def _a_person(key: str, ctx: _Context) -> bool:
    """An entity the text shows to be a person: typed so, or a name that the NER typed as a
    body but that the registry does not know and that has no body's head word."""
    entity = ctx.entities.get(key)
    if entity is None:
        return False
    if entity.type == "Person":
        return True
    names = ctx.lex.names
    heads = names.institution_heads | names.body_words | names.outlet_heads
    return (entity.type == "Organization" and key not in ctx.registry.entities and len(entity.label.split()) >= 2
            and not any(word.casefold() in heads for word in entity.label.split()))


def _cue_token(sent: SpacySpan, cue_start: int) -> Token | None:
    """The token of a statement's cue, by where it starts."""
    return next((t for t in sent if t.idx == cue_start), None)


def _cue_depth(sent: SpacySpan, item: Said) -> int:
    """How deep a statement's cue lies in its sentence's tree (the root's is 0)."""
    tok = _cue_token(sent, item.cue_start)
    return depth(tok) if tok is not None else 0


# --------------------------------------------------------------------------- quotations and turns


def _turn_speakers(text: str, labels: list[SpeakerLabel], ctx: _Context) -> list[str | None]:
    """The speaker of each turn. A label names its speaker ("Lin Jian:", "Kunal Sharma,
    CNN-News18:"); an outlet's label in the outlet's own interview is its journalist, the
    author ("DW:" in a DW interview). A role label ("Q", "A") is the questioner who introduces
    themselves in the turn ("Dev Malhotra, Bloomberg."), else the one of that role before (for
    answers, the one a label named before, as the speaker of a briefing's opening statement),
    else the author for questions and the person the document is about for answers."""
    speakers: list[str | None] = []
    last: dict[str, str] = {}
    for label in labels:
        speaker = _label_speaker(label, ctx)
        if speaker is not None and speaker == _publisher(ctx):
            speaker = _author(ctx) or speaker
        if speaker is None and label.role is not None:
            speaker = _introduced(text, label, ctx) or last.get(label.role) or _role_default(label.role, ctx)
        if speaker is not None and label.role is not None:
            last[label.role] = speaker
        elif speaker is not None and speaker != last.get("interviewer"):
            last["interviewee"] = speaker  # "CHIEF CABINET SECRETARY HAYASHI: ..." then "Q ...", "A: ..."
        speakers.append(speaker)
    return speakers


def _label_speaker(label: SpeakerLabel, ctx: _Context) -> str | None:
    """The actor a label names: a person before an organisation ("Kunal Sharma, CNN-News18"),
    an outlet alone ("AFP"); a bare title is the one the text gives that title ("Hon. Speaker:"
    after "[The Speaker (Hon. X) in the Chair]"); a bare role names nobody."""
    found = _actor_in(label.name_start, label.name_end, ctx)
    if found is not None or label.name_start == label.name_end:
        return found
    words = [w.strip(".").lower() for w in ctx.text()[label.name_start : label.name_end].split()]
    wanted = {w for w in words if _role(w, ctx.lex.roles.words).specific}
    if not wanted or any(w not in ctx.lex.names.titles and not _role(w, ctx.lex.roles.words).specific for w in words):
        return None
    titled = [key for key, _ in ctx.person_counts.most_common() if wanted <= ctx.titles.get(key, set())]
    return titled[0] if titled else None


def _actor_in(start: int, end: int, ctx: _Context) -> str | None:
    """The first person the stretch names, else the first organisation, else the first country."""
    found = _actors_in(start, end, ctx)
    return found[0][0] if found else None


def _actors_in(start: int, end: int, ctx: _Context) -> list[list[str]]:
    """The actors the stretch names, grouped by type, persons first, then organisations,
    then countries; empty groups left out."""
    found: dict[str, str] = {}
    for char in range(start, end):
        span = ctx.entity_at(char)
        if span is not None and (key := ctx.actor_of(span)) is not None:
            found.setdefault(key, span.type)
    groups = ([k for k, t in found.items() if t == wanted] for wanted in ("Person", "Organization", "Country"))
    return [group for group in groups if group]


#: how far past a quotation's closing mark its signature may end ('"…" — Carla Barnett, …')
SIGNATURE_CHARS = 80


def _signed_by(end: int, ctx: _Context) -> str | None:
    """The actor who signs a quotation ending at ``end``: a dash right after the closing
    mark, then the name, perhaps titled, up to a comma, a bracket or the line's end
    ('"…" — CARICOM Secretary-General Carla Barnett', as quote boxes and pull quotes do);
    a person named there before an organisation."""
    text = ctx.text()
    after = text[end : end + SIGNATURE_CHARS]
    stripped = after.lstrip("\"”’'»").lstrip(" \t")
    dash = next((d for d in ctx.lex.cues.attribution_dashes if stripped.startswith(d)), None)
    if dash is None:
        return None
    start = end + len(after) - len(stripped) + len(dash)
    stop = start + len(re.split(r"[,(\n]", text[start : start + SIGNATURE_CHARS], maxsplit=1)[0])
    groups = _actors_in(start, stop, ctx)
    return groups[0][0] if groups and len(groups[0]) == 1 else None


def _introduced(text: str, label: SpeakerLabel, ctx: _Context) -> str | None:
    """A questioner who names themselves and their outlet in the turn's first words."""
    words = ctx.lex.discourse
    window_end = min(len(text), label.body + 240, text.find("\n", label.body) if "\n" in text[label.body :] else len(text))
    for span in sorted(ctx.spans, key=lambda s: s.start):
        if not (label.body <= span.start < window_end) or span.type != "Person":
            continue
        after = text[span.end : span.end + 40].lstrip()
        link, _, rest = after.partition(" ")
        if after.startswith(","):
            link, rest = ",", after[1:].lstrip()
        if (link == "," or link.lower() in words.introduction_links) and rest[:1].isupper():
            outlet_end = min((i for i in (rest.find("."), rest.find("?")) if i > 0), default=-1)
            if 0 < outlet_end and all(w[:1].isupper() or w.lower() in words.name_particles for w in rest[:outlet_end].split()):
                return span.key  # "Renata Falcão with Folha de S.Paulo."
    return None


def _publisher(ctx: _Context) -> str | None:
    return ctx.registry.lookup(ctx.document.publisher) if ctx.document.publisher else None


def _author(ctx: _Context) -> str | None:
    """The document's author, where the text names them."""
    author = ctx.document.author
    if not author:
        return None
    return next((s.key for s in ctx.spans if s.type == "Person" and ctx.entities.get(s.key) is not None
                 and ctx.entities[s.key].label == author), None)


def _role_default(role: str, ctx: _Context) -> str | None:
    """Who holds a role the labels do not name: the author asks; the person the document names
    most answers."""
    if role == "interviewer":
        return _author(ctx)
    if role == "interviewee":
        author = _author(ctx)
        ranked = [key for key, _ in ctx.person_counts.most_common() if key != author]
        return ranked[0] if ranked else None
    return None


def _inside(char: int, quotes: list[tuple[int, int]]) -> bool:
    if isinstance(quotes, Stretches):
        return quotes.cover(char)
    return any(start <= char < end for start, end in quotes)


class Stretches(list[tuple[int, int]]):
    """(start, end) character stretches that say in logarithmic time whether one covers a
    character: asked for every token of a document, a scan of every quotation was quadratic."""

    def __init__(self, stretches: list[tuple[int, int]]) -> None:
        super().__init__(stretches)
        ordered = sorted(stretches)
        self._starts = [start for start, _ in ordered]
        self._reach: list[int] = []  # the furthest end of the stretches up to each one
        for _, end in ordered:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def cover(self, char: int) -> bool:
        """Whether ``start <= char < end`` for one of the stretches."""
        last = bisect_right(self._starts, char) - 1
        return last >= 0 and self._reach[last] > char


def _starts_with_attribution(sent: SpacySpan, lex: Lexicon) -> bool:
    return any(verb_cue(t, lex) for t in list(sent)[:6])


# --------------------------------------------------------------------------- records


#: rules whose statements are the speaker's own words, set off by quotation marks or by the layout
VERBATIM_RULES = frozenset({"quotation", "turn", "block-quotation", "signed-post"})


def _statement(
    sent: SpacySpan, item: Said, ctx: _Context, quotes: list[tuple[int, int]], together: frozenset[str] = frozenset()
) -> Statement:
    start, end = _trim(sent)
    if item.evidence_start is not None and item.evidence_start < end:
        start = item.evidence_start  # after a turn's label; or at "X said:" that introduces the sentence
    if item.evidence_end is not None and start < item.evidence_end < end:
        end = item.evidence_end
    evidence = ctx.document.span(start, end)
    kind = "direct" if item.rule in VERBATIM_RULES else statement_kind(doc_text(sent.doc), start, end, quotes)
    clause = (start, end) if item.evidence_end is not None else (sent.start_char, sent.end_char)
    targets = _targets(sent, item, ctx, together, clause)
    date = _statement_date(sent, item.cue_start, ctx)
    return Statement(
        speaker=item.speaker,
        cue=item.cue,
        kind=kind,
        content=doc_text(sent.doc)[start:end].strip(),
        evidence=evidence,
        targets=targets,
        date=date,
        rule=f"statement:{item.rule}",
    )


def _statement_date(sent: SpacySpan, cue_start: int, ctx: _Context) -> str | None:
    """The date the cue is dated by ("On December 17, X said ...", "X said on Tuesday"),
    not a date inside what was said."""
    cue = _cue_token(sent, cue_start)
    if cue is None:
        return None
    for start, end, expression in find_date_expressions(sent.text):
        token = sent.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if token is None or not _attached_to(token.root, cue):
            continue
        date = resolve_date(expression, ctx.anchor, context_year=ctx.context_year)
        if date:
            return date
    return None


def _attached_to(tok: Token, cue: Token) -> bool:
    """``tok`` hangs on ``cue`` through prepositions and adverbials only."""
    for _ in range(6):
        if tok.i == cue.i:
            return True
        if tok.dep_ not in ("pobj", "prep", "npadvmod", "nummod", "compound", "tmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


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


def _targets(sent: SpacySpan, item: Said, ctx: _Context, together: frozenset[str], bounds: tuple[int, int]) -> list[Target]:
    """The entities a statement's sentence names, and the countries its nationality
    adjectives stand for, each with the speaker's stance over all its mentions.

    The speaker's own title ("Azerbaijani President X"), those who speak with the speaker
    ("X and Y discussed ...") and the one spoken to ("told X", "reminded X", "in an interview
    with X") are not what is spoken about.
    """
    speaker = item.speaker
    skip = _speaker_phrase_and_addressees(sent, item, ctx)
    settings = _settings_before(sent, item, ctx)  # "in Abuja, X said": the place, not the partner
    places: dict[str, list[tuple[int, int]]] = {}
    first, last = bounds
    for span in ctx.spans:
        if span.start >= first and span.end <= last and span.key != speaker and span.key not in together:
            if ctx.registry.metonym_country(span.key) == speaker:
                continue  # "Ankara held up the bid": the speaker itself
            if any(a <= span.start < b for a, b in skip):
                continue
            if span.type == "Place" and any(a <= span.start < b for a, b in settings):
                continue
            places.setdefault(span.key, []).append((span.start, span.end))
    for tok in sent:
        if not first <= tok.idx < last:
            continue
        country = ctx.registry.demonym(tok.text) if tok.pos_ in ("ADJ", "PROPN", "NOUN") else None
        if country and country != speaker and ctx.entity_at(tok.idx) is None:
            if not any(a <= tok.idx < b for a, b in skip):
                places.setdefault(country, []).append((tok.idx, tok.idx + len(tok)))
    headline = _headline_attitudes(sent, item, ctx) if item.rule == "title-headline" else {}
    sides = _own_side(speaker, places, ctx)
    own = [mention for key in sides for mention in places.get(key, ())] + [
        (span.start, span.end) for span in ctx.spans if span.key == speaker and first <= span.start < last]
    polarities = {key: [polarity_for(sent, start, end, key, ctx.registry, own) for start, end in spans] for key, spans in places.items()}
    for key in places:  # "... the US a natural partner, but the tariffs Washington imposed unfair": mixed toward the US
        country = ctx.registry.metonym_country(key)
        if country in polarities and country != key:
            polarities[country] = polarities[country] + polarities[key]
    return [Target(key, headline.get(key) or combine(found)) for key, found in polarities.items()]


def _own_side(speaker: str, keys: Collection[str], ctx: _Context) -> set[str]:
    """Of the sentence's entities, those that are the speaker's side: the country the text
    ties the speaker to, or a body or country the registry gives the speaker a role in."""
    role = ctx.registry.roles.get(speaker, "")
    if role and "(" not in role:  # the registry's present office outranks a demonym near the name
        return {key for key in keys if _role_of(speaker, key, ctx)}
    return {key for key in keys if key == ctx.nationality.get(speaker)}


def _settings_before(sent: SpacySpan, item: Said, ctx: _Context) -> list[tuple[int, int]]:
    """The setting phrases before the cue ("On Tuesday in Abuja, X said")."""
    cue = _cue_token(sent, item.cue_start)
    if cue is None:
        return []
    return [phrase_chars(child, whole=False) for child in cue.children
            if child.dep_ == "prep" and child.lower_ in ctx.lex.cues.setting_prepositions and child.i < cue.i]


def _speaker_phrase_and_addressees(sent: SpacySpan, item: Said, ctx: _Context) -> list[tuple[int, int]]:
    cue = _cue_token(sent, item.cue_start)
    if cue is None:
        return []
    cues = ctx.lex.cues
    spans: list[tuple[int, int]] = []
    subject_tok = _subject(cue, ctx.lex)
    if subject_tok is not None and subject_tok.i < cue.i:
        # the speaker's own phrase: "Britain's Foreign Office", "leaders, including X of Y";
        # it ends where a clause of its own holds the cue ("X, who praised Y, ...")
        start, end = phrase_chars(subject_tok)
        spans.append((start, min(end, cue.left_edge.idx) if subject_tok.right_edge.i >= cue.i else end))
    row = cues.verbs.get(item.cue.split()[0])
    # "told X to fix ...": the one asked to act is spoken of too
    addressee = row is not None and row.addressee and not any(c.dep_ == "xcomp" for c in cue.children)
    for child in cue.children:
        if addressee and child.dep_ in ("dobj", "dative"):
            spans.append(phrase_chars(child))
        if (child.dep_ == "prep" and child.lower_ in cues.setting_prepositions and child.i > cue.i
                and not aimed_at(child)):
            spans.append(phrase_chars(child, whole=False))  # where it was said
        if child.dep_ == "dobj" and child.lower_ in cues.audiences:
            spans.append(phrase_chars(child, whole=False))
    for tok in sent:
        if tok.lemma_.lower() in cues.interview_nouns:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in cues.interview_prepositions:
                    spans.append(phrase_chars(prep, whole=False))
    return spans
