"""The document-level attribution layer: who holds the floor, whose each quotation is, and
where a speaker's verbatim words run on without quotation marks.

The sentence rules (:mod:`kg.extract.statements`) find the cues of saying in each sentence on
its own. This layer walks the whole document in order and keeps state across sentences and
paragraphs:

- **Turns.** In a transcript a speaker label opens a turn that lasts to the next label; every
  sentence of the turn is its speaker's words (cue ``ask`` for a question, else ``quote``).
  Greetings, thanks and bare names ("Good morning, Minister.", "Dev Malhotra, Bloomberg.") say
  nothing and are left out. Speech the turn reports of somebody else stays that person's
  statement as well.
- **Quotations.** A quotation's speaker is the one its tag names, outside the quotation and next
  to it: a cue outside the marks in the quotation's own sentences ("“…,” she said"), the sentence
  that introduces it ("X said:", "…, X said, “…"), a tag opening the next sentence of the same
  paragraph, or the speaker of the sentence before it in its paragraph ("“…,” X continued.
  “…”"). A person named inside the quotation never takes it over. A quotation over several
  paragraphs keeps one speaker; an untagged quotation inside a turn is the turn speaker's.
- **Block quotations.** After "X said:" at a paragraph's end, the next paragraph is X's words
  without marks, and so is each following one that goes on in the first person.
- **Speech pages.** An official page titled as one speaker's words ("Remarks by X at ...",
  "Statement by X on ...", "X's address to ...") is that speaker's turn from the title to the
  first speaker label, when the title is a name, not a headline ("Remarks by X draw
  criticism"), and its paragraphs speak in the first person: every sentence of its speech
  paragraphs is the speaker's, headings and chrome left out.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .discourse import Paragraph, Quotation, SpeakerLabel

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .lang.cues import CueWords
    from .lang.discourse import DiscourseWords

__all__ = [
    "Said",
    "Turn",
    "attribute_blocks",
    "attribute_posts",
    "attribute_quotations",
    "attribute_turns",
    "join_introductions",
    "says_nothing",
    "SpeechTitle",
    "speech_title",
    "title_turns",
    "turns_of",
]

#: a quotation shorter than this (in words) is a term or a title, not speech
MIN_QUOTE_WORDS = 4
#: a quotation whose words are mostly capitalised is a title
TITLE_SHARE = 0.7
#: the longest courtesy ("Good morning, Minister, and thank you for joining us on the show.")
MAX_COURTESY_WORDS = 16
#: the first paragraphs of a page, among which its title is looked for (site chrome comes first)
TITLE_PARAGRAPHS = 8
#: the longest title, in words
MAX_TITLE_WORDS = 30
#: the least share of a speech page's paragraphs that say "I", "we", "our" ... outside quotations
MIN_FIRST_PERSON_SHARE = 1 / 3
#: the longest heading or salutation inside a speech, in words
MAX_HEADING_WORDS = 8
#: the most short lines in a row inside a speech ("Excellencies, / Ladies and gentlemen,")
MAX_SHORT_LINES = 3
#: verb tags that make a title a headline ("Remarks by X draw criticism"); headlines drop the -s
_VERB_TAGS = frozenset({"VB", "VBZ", "VBP", "VBD", "MD"})
#: dependencies of a clause inside a noun phrase ("Statement by X on the attack that killed 12")
_EMBEDDED = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj"})


@dataclass
class Said:
    """One speaker's statement in one sentence, as the rules found it."""

    speaker: str
    cue: str
    cue_start: int
    rule: str
    evidence_start: int | None = None
    """where the statement's evidence starts when not at its sentence's start (after a speaker label)"""
    evidence_end: int | None = None
    """where it ends when not at its sentence's end (the first of two coordinated clauses)"""


@dataclass(frozen=True)
class Turn:
    """A transcript turn: its speaker (None when the label names nobody kg knows) and its words."""

    speaker: str | None
    start: int
    end: int


def turns_of(
    text: str,
    labels: Sequence[SpeakerLabel],
    paragraphs: Sequence[Paragraph],
    speakers: Sequence[str | None],
) -> list[Turn]:
    """The turns the labels open, each to the next label or to the first paragraph after it
    that is no speech (a heading, a caption, a footer line: "(Concludes)", "Author")."""
    turns: list[Turn] = []
    for i, label in enumerate(labels):
        end = labels[i + 1].start if i + 1 < len(labels) else len(text)
        for para in paragraphs:
            if label.body < para.start < end and not _speech_like(text[para.start : para.end]):
                end = para.start
                break
        turns.append(Turn(speakers[i], label.body, end))
    return turns


@dataclass(frozen=True)
class SpeechTitle:
    """A title that calls the page one speaker's words: its paragraph, the name's characters,
    and where the words after the noun and the name start."""

    start: int
    end: int
    name_start: int
    name_end: int
    rest: int
    joint: bool = False
    """the title says its speakers speak together ("Joint statement by A and B")"""


def speech_title(text: str, paragraphs: Sequence[Paragraph], words: DiscourseWords) -> SpeechTitle | None:
    """The first of the opening paragraphs that reads like a speech page's title ("EU-China
    Dialogue: Remarks by High Representative Kaja Kallas at the press conference")."""
    for para in paragraphs[:TITLE_PARAGRAPHS]:
        line = text[para.start : para.end]
        if "\n" in line or len(line.split()) > MAX_TITLE_WORDS or line.endswith("."):
            continue
        match = _speech_title_pattern(words).search(line)
        if match is None:
            continue
        if match.group("name") is not None:
            name_start, name_end = match.span("name")
            cut = _title_name_end(words).search(line, name_start)
            if cut is not None and cut.start() > name_start:
                name_end = cut.start()
            rest = name_end
        else:
            name_start, name_end = match.span("owner")
            rest = match.end()
        noun = match.start("noun") if match.group("noun") is not None else match.start("noun2")
        joint = any(word in words.joint_words for word in re.findall(r"[\w-]+", line[:noun].lower()))
        return SpeechTitle(para.start, para.end, para.start + name_start, para.start + name_end, para.start + rest, joint)
    return None


def title_turns(
    text: str,
    sentences: Sequence[SpacySpan],
    paragraphs: Sequence[Paragraph],
    label_starts: Sequence[int],
    words: DiscourseWords,
    speakers_in: Callable[[int, int], list[str]],
    quoted: Callable[[int], bool],
) -> list[Turn]:
    """The turns of a speech page's speaker (of each speaker of a joint one), one per speech
    paragraph up to the first speaker label; none for a page whose title is no speech title, a
    headline, or names no speaker, or several but not as joint speakers (``speakers_in``: the
    actors a stretch names), or whose paragraphs are not in the first person."""
    title = speech_title(text, paragraphs, words)
    if title is None or _headline(title, sentences, words):
        return []
    speakers = speakers_in(title.name_start, title.name_end)
    if not speakers or (len(speakers) > 1 and not title.joint):
        return []
    end = min((start for start in label_starts if start > title.end), default=len(text))
    body = _speech_paragraphs(text, [p for p in paragraphs if p.start >= title.end and p.end <= end])
    spoken = sum(_first_person(_unquoted(text, p, quoted), words) for p in body)
    if not body or spoken < MIN_FIRST_PERSON_SHARE * len(body):
        return []
    return [Turn(speaker, p.start, p.end) for speaker in speakers for p in body]


def _headline(title: SpeechTitle, sentences: Sequence[SpacySpan], words: DiscourseWords) -> bool:
    """The title says something about the words ("Remarks by X on Y draw criticism"), so the
    page reports them: the noun is a subject, or a verb after the name heads no clause of its own."""
    for sent in sentences:
        if sent.start_char >= title.end:
            break  # the sentences come in text order: the title is behind
        if sent.end_char <= title.start:
            continue
        for tok in sent:
            if not title.start <= tok.idx < title.end:
                continue
            if tok.lower_ in words.speech_titles and tok.dep_ in ("nsubj", "nsubjpass"):
                return True
            if tok.idx >= title.rest and tok.tag_ in _VERB_TAGS and tok.pos_ in ("VERB", "AUX"):
                if not any(t.dep_ in _EMBEDDED for t in (tok, *tok.ancestors) if t.idx >= title.start):
                    return True
    return False


def _speech_paragraphs(text: str, paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """The paragraphs of sentences from the first on, past a few short lines between them
    (headings, salutations), up to any other paragraph (a signature, a footer, the chrome)."""
    spoken = [_speech_like(text[p.start : p.end]) for p in paragraphs]
    short = [len(text[p.start : p.end].split()) <= MAX_HEADING_WORDS for p in paragraphs]
    speech: list[Paragraph] = []
    for i, para in enumerate(paragraphs):
        if spoken[i]:
            speech.append(para)
            continue
        if not speech:
            continue  # the dateline and the greeting before the speech
        following = next((j for j in range(i, len(paragraphs)) if spoken[j] or not short[j]), len(paragraphs))
        if following - i > MAX_SHORT_LINES or following == len(paragraphs) or not spoken[following]:
            break
    return speech


def _unquoted(text: str, para: Paragraph, quoted: Callable[[int], bool]) -> str:
    return "".join(" " if quoted(i) else text[i] for i in range(para.start, para.end))


def _speech_title_pattern(words: DiscourseWords) -> re.Pattern[str]:
    nouns = "|".join(sorted(words.speech_titles, key=len, reverse=True))
    links = "|".join(sorted(words.speech_title_links))
    return _compiled(  # "Address to the Nation by X": a few words may come between the noun and "by"
        rf"\b(?P<noun>{nouns})(?:\s+[\w'’.-]+){{0,5}}?\s+(?:{links})\s+(?P<name>\S.*)$"
        rf"|(?:^|[:|–—]\s*)(?P<owner>[^:|–—]+?)['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?P<noun2>{nouns})\b"
    )


def _title_name_end(words: DiscourseWords) -> re.Pattern[str]:
    ends = "|".join(sorted(words.speech_title_ends))
    return _compiled(rf"\s+(?:{ends})\b|\s*[,(|–—:]|\s+-\s+")


def says_nothing(sent: SpacySpan, words: DiscourseWords, is_name: Callable[[Token], bool], start: int = 0) -> bool:
    """A courtesy, turn management or a bare name: "Good morning, Minister, and welcome to the
    show.", "Minister X, thank you for your time.", "Go ahead, Renata.", "Dev Malhotra,
    Bloomberg."; only the words from ``start`` on count (a turn's label is no word of it)."""
    tokens = [t for t in sent if t.idx >= start]
    content = [t for t in tokens if (t.is_alpha or "'" in t.text) and t.tag_ != "POS"]
    if not content:
        return True
    if _procedural(words).fullmatch(sent.text[max(0, start - sent.start_char) :].strip()):
        return True
    addressed = 0  # "Minister Ronald Lamola, thank you": the name spoken to comes first
    while addressed < len(content) and is_name(content[addressed]) and addressed < len(content) - 1:
        addressed += 1
    opening = [t.lower_ for t in content[addressed : addressed + 3]]
    if any(word in words.courtesy_heads for word in opening) and len(content) <= MAX_COURTESY_WORDS:
        return not any(t.dep_ in ("ccomp", "conj", "parataxis", "advcl") and t.pos_ in ("VERB", "AUX")
                       and t.lemma_.lower() not in words.courtesy_verbs for t in content)
    verbs = [t for t in content if t.pos_ in ("VERB", "AUX")]
    return not verbs and all(is_name(t) or t.pos_ == "PROPN" or t.lower_ in words.introduction_links for t in content)


def _procedural(words: DiscourseWords) -> re.Pattern[str]:
    return _compiled("|".join(f"(?:{p})" for p in words.procedural))


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def attribute_turns(
    sentences: Sequence[SpacySpan],
    found: list[list[Said]],
    turns: Sequence[Turn],
    empty: Callable[[SpacySpan, int], bool],
    cues: CueWords,
) -> None:
    """Give each sentence of a turn a statement of the turn's speaker."""
    for turn in turns:
        if turn.speaker is None:
            continue
        for i, sent in enumerate(sentences):
            start = max(sent.start_char, turn.start)
            if not (turn.start <= _last_char(sent) and sent.start_char < turn.end) or start >= sent.end_char:
                continue
            if empty(sent, start):
                found[i].clear()  # a courtesy says nothing, whoever the rules took for its speaker
                continue
            same = [f for f in found[i] if f.speaker == turn.speaker]
            for said in same:  # "LAMOLA: We will ..." read as a headline: the label is no part of it
                if start > sent.start_char and (said.evidence_start or sent.start_char) < start:
                    said.evidence_start = start
            if same:
                continue
            cue = cues.question_cue if sent.text.rstrip().rstrip("”\"’)").endswith("?") else cues.quotation_cue
            evidence = start if start > sent.start_char else None
            found[i].append(Said(turn.speaker, cue, start, "turn", evidence))


def _last_char(sent: SpacySpan) -> int:
    return sent.end_char - 1


def turn_at(turns: Sequence[Turn], char: int) -> Turn | None:
    """The turn whose words hold ``char``."""
    return next((t for t in turns if t.start <= char < t.end), None)


def attribute_quotations(
    text: str,
    sentences: Sequence[SpacySpan],
    found: list[list[Said]],
    quotations: Sequence[Quotation],
    paragraphs: Sequence[Paragraph],
    turns: Sequence[Turn],
    opens_with_cue: Callable[[SpacySpan], bool],
    cues: CueWords,
    signed_by: Callable[[int], str | None] = lambda end: None,
) -> None:
    """Give every sentence inside an attributed quotation a statement of its speaker;
    ``signed_by`` gives the actor who signs a quotation ending at a character, if any
    ('"…" — Name')."""
    para_of = _paragraph_index(sentences, paragraphs)
    for quotation in quotations:
        words = " ".join(text[a:b] for a, b in quotation.parts).split()
        if len(words) < MIN_QUOTE_WORDS or sum(w[:1].isupper() for w in words) > TITLE_SHARE * len(words):
            continue  # too short to be speech, or a title
        inside = [i for i, s in enumerate(sentences) if any(s.start_char < b and s.end_char > a for a, b in quotation.parts)]
        if not inside:
            continue
        speaker = signed_by(quotation.end) or _quotation_speaker(
            quotation, inside, sentences, found, para_of, turns, opens_with_cue, cues)
        if speaker is None:
            continue
        for i in inside:
            if not any(f.speaker == speaker for f in found[i]):
                found[i].append(Said(speaker, cues.quotation_cue, max(quotation.start, sentences[i].start_char), "quotation"))


def _quotation_speaker(
    quotation: Quotation,
    inside: list[int],
    sentences: Sequence[SpacySpan],
    found: list[list[Said]],
    para_of: list[int],
    turns: Sequence[Turn],
    opens_with_cue: Callable[[SpacySpan], bool],
    cues: CueWords,
) -> str | None:
    first, last = inside[0], inside[-1]
    for i in (last, first) + tuple(inside[1:-1]):
        tags = [f for f in found[i] if not quotation.covers(f.cue_start) and f.rule != "turn"]
        if tags:
            return tags[0].speaker  # "“…,” she said", "He said: “…”"
    before = first - 1
    if before >= 0 and found[before] and sentences[before].text.rstrip().endswith((":", ",")):
        return _outside(found[before], quotation)
    after = last + 1
    if after < len(sentences) and found[after] and opens_with_cue(sentences[after]):
        # "“…,” she said" in the same paragraph; across a paragraph only a speaker who goes
        # on ("He continued: …"), not somebody new the next paragraph reports
        if para_of[after] == para_of[last] or found[after][0].cue in cues.continuing:
            return _outside(found[after], quotation)
    opens_paragraph = para_of[before] != para_of[first] if before >= 0 else False
    if before >= 0 and found[before] and (not opens_paragraph or _starts_paragraph(quotation, sentences[first])):
        return _outside(found[before], quotation)  # "“…,” X continued. “…”", "X said.¶“…”"
    turn = turn_at(turns, quotation.start)
    return turn.speaker if turn is not None else None


def _starts_paragraph(quotation: Quotation, sent: SpacySpan) -> bool:
    """The quotation opens its sentence, and the sentence its paragraph."""
    return quotation.start - sent.start_char <= 1


def _outside(items: list[Said], quotation: Quotation) -> str | None:
    """The speaker of the first statement whose cue lies outside the quotation."""
    tags = [f for f in items if not quotation.covers(f.cue_start)]
    return (tags or items)[0].speaker if items else None


def _paragraph_index(sentences: Sequence[SpacySpan], paragraphs: Sequence[Paragraph]) -> list[int]:
    """For each sentence, the index of the paragraph it starts in."""
    out: list[int] = []
    k = 0
    for sent in sentences:
        while k + 1 < len(paragraphs) and paragraphs[k + 1].start <= sent.start_char:
            k += 1
        out.append(k)
    return out


def attribute_blocks(
    text: str,
    sentences: Sequence[SpacySpan],
    found: list[list[Said]],
    quotations: Sequence[Quotation],
    paragraphs: Sequence[Paragraph],
    words: DiscourseWords,
    cues: CueWords,
) -> None:
    """A paragraph introduced by "X said:" without quotation marks is X's verbatim speech,
    one statement per sentence; so is each next paragraph that goes on in the first person."""
    para_of = _paragraph_index(sentences, paragraphs)
    quoted = [part for q in quotations for part in q.parts]
    i = 0
    while i < len(sentences) - 1:
        sent = sentences[i]
        ends_paragraph = para_of[i + 1] != para_of[i]
        if not (found[i] and ends_paragraph and sent.text.rstrip().endswith(":")):
            i += 1
            continue
        speaker = found[i][0].speaker
        j = i + 1
        first = True
        while j < len(sentences):
            para = para_of[j]
            members = [k for k in range(j, len(sentences)) if para_of[k] == para]
            block = paragraphs[para]
            if any(a < block.end and b > block.start for a, b in quoted) or not _speech_like(text[block.start : block.end]):
                break  # a quoted paragraph (the quotation rules attribute it), a heading or a caption
            if not first and (any(found[k] for k in members) or not _first_person(text[block.start : block.end], words)):
                break
            for k in members:
                if not found[k]:
                    found[k].append(Said(speaker, cues.quotation_cue, sentences[k].start_char, "block-quotation"))
            first = False
            j = members[-1] + 1
        i = j


def _speech_like(paragraph: str) -> bool:
    """Sentences, not a heading or a caption: several words and a closing stop."""
    return len(paragraph.split()) >= MIN_QUOTE_WORDS and paragraph.rstrip().endswith((".", "!", "?", "…", "”", '"'))


def _first_person(paragraph: str, words: DiscourseWords) -> bool:
    return any(word.strip(".,;:!?()’'\"").lower() in words.first_person for word in paragraph.split())


def join_introductions(
    sentences: Sequence[SpacySpan], found: list[list[Said]], quotations: Sequence[Quotation], paragraphs: Sequence[Paragraph]
) -> None:
    """"X said:" closing its paragraph introduces the words set out below it: the introduction
    and the first sentence it introduces are one statement, as a reader counts them."""
    para_of = _paragraph_index(sentences, paragraphs)
    for i in range(len(sentences) - 1):
        intro = sentences[i]
        if para_of[i + 1] == para_of[i] or not intro.text.rstrip().endswith(":"):
            continue
        if any(q.covers(t.idx) for q in quotations for t in intro if not t.is_punct):
            continue  # the sentence quotes words of its own
        speakers = {f.speaker for f in found[i]}
        following = [f for f in found[i + 1] if f.speaker in speakers and f.rule in ("quotation", "block-quotation")]
        if len(speakers) == 1 and following:
            following[0].evidence_start = intro.start_char
            following[0].cue = found[i][0].cue  # the introduction's verb is the statement's cue
            found[i].clear()


def attribute_posts(
    sentences: Sequence[SpacySpan], found: list[list[Said]], posts: Sequence[tuple[str, int, int]], cues: CueWords
) -> None:
    """Every sentence of an embedded post is the words of the one who signed it: ``posts``
    holds (speaker, start, end) of each post."""
    for speaker, start, end in posts:
        for i, sent in enumerate(sentences):
            if start <= sent.start_char < end and not any(f.speaker == speaker for f in found[i]):
                found[i].append(Said(speaker, cues.quotation_cue, sent.start_char, "signed-post"))
