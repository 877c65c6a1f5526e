"""The layout of reported speech in a text, before any parse: paragraphs, the speaker labels
of a transcript's turns, and quotations, with those that run on over several paragraphs.

Works on the cleaned text the NLP sees (``Document.clean``); every offset is into it.

- A *paragraph* is a stretch of text between blank lines.
- A *speaker label* opens a paragraph: ``KELSO:``, ``Q:``, ``Lin Jian:``, ``Shri Randhir
  Jaiswal, Official Spokesperson:``, ``INTERVIEWER (Sam Reid):``. A text is a transcript when
  at least two paragraphs open with one; a single "X: ..." paragraph is a headline, which the
  statement rules read on their own. Chrome and section labels ("Photo:", "Updated:", "Next
  steps:") are never speaker labels.
- A *quotation* is the text between paired marks (curly, guillemets, straight). News prints a
  quotation over several paragraphs by leaving each paragraph open and opening the next with a
  mark; such parts form one :class:`Quotation`. A quotation left open at the end of the text (a
  cut-off article) runs to its end.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from .lang.discourse import DiscourseWords, Role

__all__ = [
    "Paragraph",
    "Quotation",
    "SignedPost",
    "SpeakerLabel",
    "find_quotations",
    "find_quotes",
    "paragraphs",
    "signed_posts",
    "speaker_labels",
]

OPENING = {"“", "«", "„", '"'}
CLOSING = {"”", "»"}
#: the longest stretch of one quotation part (longer ones are mispaired marks)
MAX_QUOTE_CHARS = 2000
#: a quotation part left open at a paragraph's end needs this many words to run on
MIN_OPEN_WORDS = 4
#: the longest speaker label, in words and characters
MAX_LABEL_WORDS = 16
MAX_LABEL_CHARS = 120

_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_LABEL = re.compile(r"[ \t]*(?P<label>[^\n:;!?\"“”«»]{1,120}?)[ \t]*:(?:[ \t]+|\n|$)")
_STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]\s*$")
_LABEL_WORD = re.compile(r"[\w’'.&-]+", re.UNICODE)
_PARENTHESIS = re.compile(r"^(?P<head>[^()]*?)\s*\((?P<inner>[^()]{1,60})\)$")


@dataclass(frozen=True)
class Paragraph:
    """A stretch of text between blank lines."""

    start: int
    end: int


@dataclass(frozen=True)
class SpeakerLabel:
    """The label that opens a transcript turn."""

    start: int
    """where the label's text starts"""
    end: int
    """where it ends, before the colon"""
    body: int
    """where the turn's words start: after the colon, or the next paragraph for a label alone"""
    role: Role | None
    """what a role label ("Q", "Answer") stands for; None when the label names the speaker"""
    name_start: int
    name_end: int
    """the part that names the speaker: "Sam Reid" in "INTERVIEWER (Sam Reid)" (empty for a bare role)"""


@dataclass(frozen=True)
class SignedPost:
    """A social-media post set into the text, signed on the line after it: "— Name (@handle) date"."""

    start: int
    end: int
    """the post's words"""
    name_start: int
    name_end: int
    """who signed it"""


@dataclass(frozen=True)
class Quotation:
    """One quotation: its parts (inside the marks), one per paragraph it runs over."""

    parts: tuple[tuple[int, int], ...]
    closed: bool
    """False when the text ends inside it"""

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def covers(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.parts)


_SIGNATURE = re.compile(r"^[ \t]*[—–-][ \t]*(?P<name>[^\n(@]{2,60}?)[ \t]*\(@\w{1,30}\)[^\n]*$", re.MULTILINE)


def signed_posts(text: str) -> list[SignedPost]:
    """Posts embedded as a page shows them: the lines right above a signature "— Name
    (@handle) Month D, YYYY", back to the blank line before them."""
    posts: list[SignedPost] = []
    for match in _SIGNATURE.finditer(text):
        end = match.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        blank = text.rfind("\n\n", 0, end)
        start = blank + 2 if blank >= 0 else 0
        if text[start:end].strip():
            posts.append(SignedPost(start, end, match.start("name"), match.end("name")))
    return posts


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of ``text``, without the blank lines between them."""
    out: list[Paragraph] = []
    start = 0
    for gap in _BLANK_LINE.finditer(text):
        if text[start : gap.start()].strip():
            out.append(Paragraph(start, gap.start()))
        start = gap.end()
    if text[start:].strip():
        out.append(Paragraph(start, len(text.rstrip())))
    return [_trimmed(text, p) for p in out]


def _trimmed(text: str, p: Paragraph) -> Paragraph:
    start, end = p.start, p.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Paragraph(start, end)


# --------------------------------------------------------------------------- speaker labels


def speaker_labels(text: str, words: DiscourseWords, titles: Collection[str] = frozenset()) -> list[SpeakerLabel]:
    """The labels of a transcript's turns, in text order; none unless paragraphs open with
    labels of at least two speakers (one "X: ..." headline, repeated or not, is no transcript).
    ``titles`` are the title and honorific words (lower case) a label's name may carry."""
    paras = paragraphs(text)
    found: list[SpeakerLabel] = []
    for index, para in enumerate(paras):
        label = _label(text, para, paras[index + 1] if index + 1 < len(paras) else None, words, titles)
        if label is not None:
            found.append(label)
    speakers = {text[label.start : label.end].casefold() for label in found}
    return found if len(speakers) >= 2 else []


def _label(
    text: str, para: Paragraph, following: Paragraph | None, words: DiscourseWords, titles: Collection[str]
) -> SpeakerLabel | None:
    match = _LABEL.match(text, para.start, para.end)
    if match is None:
        return _bare_label(text, para, words)
    raw = match.group("label")
    start = match.start("label")
    end = match.end("label")
    body = match.end()
    if body >= para.end:  # a label alone in its paragraph: the turn is the next one
        if following is None:
            return None
        body = following.start
    role, name = _label_parts(raw, words)
    if role is None and name is None or not _spoken(text[body : (following or para).end if body >= para.end else para.end]):
        return None
    if name is None:
        return SpeakerLabel(start, end, body, role, end, end)
    name_start = start + raw.index(name)
    name_start, name_end = _name_part(text, name_start, name_start + len(name), titles)
    return SpeakerLabel(start, end, body, role, name_start, name_end)


def _spoken(turn: str) -> bool:
    """A turn's words end as speech does: with a stop, a question, or a dash where the speaker
    was cut off; a headline "X: 'Peace first'" or a subhead in capitals does not."""
    words = turn.rstrip()
    while _STAGE_DIRECTION.search(words):  # "... and I think — (CROSSTALK)", "[applause]"
        words = _STAGE_DIRECTION.sub("", words)
    words = words.rstrip("\"'”’»)]")
    return bool(words) and words[-1] in ".?!…—–-:" and not words.isupper()


_BRACKETS = re.compile(r"\(([^()]{1,60})\)")


def _name_part(text: str, start: int, end: int, titles: Collection[str]) -> tuple[int, int]:
    """The part of a label that names the speaker: the words before a comma ("Name, Title",
    "Name, Outlet") and after an honorific in brackets ("Hon. (Ms.) Jane Doe"); or the name in
    brackets after a title ("The Speaker (Hon. Moses Wetang'ula)", "The Cabinet Secretary for
    X (Hon. Y)"). A constituency, a party code or a role in brackets names no one ("(Kisumu
    West, ODM)", "(R-SC)", "(ANCHOR)")."""
    label = text[start:end]
    brackets = [m for m in _BRACKETS.finditer(label) if m.end() == len(label.rstrip())]
    head_end = brackets[0].start() if brackets else len(label)
    head_start = max((m.end() for m in _BRACKETS.finditer(label, 0, head_end)), default=0)
    comma = label.find(",", head_start, head_end)
    head = label[head_start : comma if comma >= 0 else head_end]
    if brackets and _titled(head, titles) and _bracketed_name(brackets[0].group(1), titles):
        inner = brackets[0]
        return start + inner.start(1), start + inner.end(1)
    lead = len(head) - len(head.lstrip())
    return start + head_start + lead, start + head_start + len(head.rstrip())


def _titled(head: str, titles: Collection[str]) -> bool:
    return any(word.lower().strip(".") in titles for word in _LABEL_WORD.findall(head))


def _bracketed_name(inner: str, titles: Collection[str]) -> bool:
    """Two or more capitalised words beside any titles, no comma, no figures."""
    if "," in inner or any(ch.isdigit() for ch in inner):
        return False
    names = [w for w in _LABEL_WORD.findall(inner) if w.lower().strip(".") not in titles]
    return len(names) >= 2 and all(w[:1].isupper() for w in names)


def _bare_label(text: str, para: Paragraph, words: DiscourseWords) -> SpeakerLabel | None:
    """A role label printed without a colon: "Q Thank you, Karoline. …" (a transcript's
    questions as some press offices print them)."""
    first = text[para.start : para.end].split(maxsplit=1)
    if len(first) < 2 or first[0] not in words.bare_labels or not first[1][:1].isupper():
        return None
    role = words.role_labels.get(first[0].lower().rstrip("."))
    if role is None:
        return None
    end = para.start + len(first[0])
    body = text.index(first[1][:1], end)
    if not _spoken(text[body : para.end]):
        return None
    return SpeakerLabel(para.start, end, body, role, end, end)


def _label_parts(raw: str, words: DiscourseWords) -> tuple[Role | None, str | None]:
    """(role, name) of a label's text, or (None, None) when it is no speaker label."""
    label = raw.strip()
    tokens = _LABEL_WORD.findall(label)
    if not tokens or len(tokens) > MAX_LABEL_WORDS or len(label) > MAX_LABEL_CHARS:
        return None, None
    if label[:1].isdigit() or "'s" in label.replace("’", "'"):
        return None, None  # "10:30: the session opens", "Azerbaijan's Ally X: ..." (a headline)
    folded = " ".join(t.lower() for t in tokens)
    if folded in words.not_labels or tokens[0].lower() in words.not_labels and len(tokens) <= 2:
        return None, None
    inner = None
    head = label
    parenthesis = _PARENTHESIS.match(label)
    if parenthesis:
        head, inner = parenthesis.group("head").strip(), parenthesis.group("inner").strip()
    role = words.role_labels.get(head.lower().rstrip("."))
    if role is not None:
        return role, inner if inner and _name_like(inner, words) else None
    if not _name_like(head, words):
        return None, None
    return None, label if inner else head  # "The Speaker (Hon. X)": the name may be in the brackets


def _name_like(name: str, words: DiscourseWords) -> bool:
    """Words that can name a speaker: each capitalised or a particle of names ("de", "al",
    "bin", "of"), the first not a pronoun ("He continued:" opens a quotation, not a turn)."""
    tokens = _LABEL_WORD.findall(name)
    if not tokens or tokens[0].lower() in words.pronouns:
        return False
    return tokens[0][:1].isupper() and all(t[:1].isupper() or t.lower() in words.name_particles for t in tokens)


# --------------------------------------------------------------------------- quotations


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Every quotation part (inside the marks), nested ones included, sorted."""
    return sorted(part for quotation in find_quotations(text) for part in quotation.parts)


def find_quotations(text: str) -> list[Quotation]:
    """Quotations of ``text``: marks paired as a stack within each paragraph (so that an OCR'd
    text that opens with “ and closes with " still pairs; a straight quote opens after a space
    or a bracket); a part left open at a paragraph's end runs on when the next paragraph opens
    with a mark, and to the end of the text when the text ends inside it."""
    quotations: list[Quotation] = []
    carried: list[tuple[int, int]] = []  # the parts of a quotation running on
    for para in paragraphs(text):
        closed, still_open = _pair_marks(text, para)
        opener = para.start + 1 if text[para.start] in OPENING else None
        if carried and opener is not None:
            end = next((b for a, b in closed if a == opener), None)
            if end is not None:  # the quotation ends in this paragraph
                closed.remove((opener, end))
                quotations.append(Quotation(tuple(carried + [(opener, end)]), True))
                carried = []
            elif opener in still_open:  # it runs on again
                still_open.remove(opener)
                carried.append((opener, para.end))
                quotations.extend(Quotation((part,), True) for part in closed)
                continue
        if carried:  # the paragraph does not go on with it
            quotations.append(Quotation(tuple(carried), True))
            carried = []
        quotations.extend(Quotation((part,), True) for part in closed)
        if still_open and _long_enough(text, still_open[0], para.end):
            carried = [(still_open[0], para.end)]
    if carried:
        quotations.append(Quotation(tuple(carried), False))
    return sorted(quotations, key=lambda q: q.parts)


def _long_enough(text: str, start: int, end: int) -> bool:
    return len(text[start:end].split()) >= MIN_OPEN_WORDS and end - start <= MAX_QUOTE_CHARS


def _pair_marks(text: str, para: Paragraph) -> tuple[list[tuple[int, int]], list[int]]:
    """(closed parts, starts of parts left open) of one paragraph."""
    closed: list[tuple[int, int]] = []
    stack: list[int] = []
    for i in range(para.start, para.end):
        ch = text[i]
        if ch not in OPENING and ch not in CLOSING:
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (ch in OPENING and ch != '"') or (ch == '"' and (before.isspace() or before in "([—-–:,“") and not after.isspace())
        if opens:
            stack.append(i + 1)
        elif stack:
            start = stack.pop()
            if i - start <= MAX_QUOTE_CHARS:
                closed.append((start, i))
    return closed, stack
