"""Per-document lookups of event extraction: entities and dates by token, sentences, the anchor date,
and the lexicon of the document's language."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ...records import Document
from ...vocab import slug
from .. import dates as datesmod
from ..lang import lexicon
from .parse import head_lemma, subtree_no_conj

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["EntitySpanTuple", "PLACE_TYPES", "Context", "sentences", "is_title_case"]

EntitySpanTuple = tuple[int, int, str, str]
#: entity types that are places an event happens at
PLACE_TYPES = {"Place", "Country"}


class Context:
    """Per-document lookups: entities by token, dates by token, the anchor date."""

    def __init__(self, sdoc: Doc, document: Document, entity_spans: list[EntitySpanTuple]) -> None:
        lex = lexicon(sdoc.lang_)
        self.words = lex.events
        self.months = lex.dates.months
        self.sdoc = sdoc
        self.document = document
        self.anchor = _parse_anchor(document.date) or (
            None if document.date else datesmod.guess_publication_date(document.clean))
        self.context_year = datesmod.context_year(document.clean) if self.anchor is None else None
        self.ent_of: dict[int, tuple[str, str]] = {}
        self.ent_bounds: dict[int, tuple[int, int]] = {}
        for start, end, key, etype in entity_spans:
            span = sdoc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.ent_of[tok.i] = (key, etype)
                self.ent_bounds[tok.i] = (span.start, span.end)
        self.countries = sorted({key for _, _, key, etype in entity_spans if etype == "Country"})
        self.sents: list[SpacySpan] = sentences(sdoc)
        self.sent_of: dict[int, int] = {}
        for k, s in enumerate(self.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = k
        self.date_tokens: dict[int, int] = {}  # token -> index into self.date_exprs
        self.date_exprs: list[tuple[int, int, str]] = []  # token start, end, text
        for s in self.sents:
            for cs, ce, text in datesmod.find_date_expressions(s.text):
                span = sdoc.char_span(s.start_char + cs, s.start_char + ce, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                k = len(self.date_exprs)
                self.date_exprs.append((span.start, span.end, text))
                for i in range(span.start, span.end):
                    self.date_tokens.setdefault(i, k)
        self.title_case = [is_title_case(s) for s in self.sents]
        self.prior_years: list[int | None] = []  # the year named last before each expression
        last: int | None = None
        for _, _, text in self.date_exprs:
            self.prior_years.append(last)
            parsed = datesmod.parse_expression(text)
            if parsed is not None and parsed.year is not None:
                last = parsed.year

    def resolve(self, k: int, future: bool) -> tuple[str, str] | None:
        return datesmod.resolve_date_range(self.date_exprs[k][2], self.anchor, future=future,
                                           context_year=self.context_year, prior_year=self.prior_years[k])

    def entity(self, tok: Token) -> tuple[str, str] | None:
        return self.ent_of.get(tok.i)

    def entities_in(self, tok: Token, whole: bool = False) -> list[tuple[str, str]]:
        """Entities inside an argument (not one whose name contains the event noun itself)."""
        out: list[tuple[str, str]] = []
        head = tok.head
        seen: set[str] = {e[0] for t in (head, head.head) if (e := self.entity(t)) is not None
                          and head_lemma(t) is not None}
        whole_phrase = whole or tok.lower_ in self.words.between_preps
        for t in (tok.subtree if whole_phrase else subtree_no_conj(tok)):
            ent = self.entity(t)
            if ent is not None and ent[0] not in seen:
                seen.add(ent[0])
                out.append(ent)
        if tok.dep_ == "prep" and not whole:
            # coordinated objects: "with Blinken and Zelensky"
            for pobj in tok.children:
                for conj in pobj.conjuncts:
                    for t in conj.subtree:
                        ent = self.entity(t)
                        if ent is not None and ent[0] not in seen:
                            seen.add(ent[0])
                            out.append(ent)
        return out

    def demonym(self, word: str) -> str:
        """The country a nationality adjective points to ("Russian" -> "russia"), else a slug."""
        low = slug(word)
        for key in self.countries:
            common = len(_common_prefix(low, key))
            if common >= 4 and common >= len(key) - 3:
                return key
        return low


def sentences(sdoc: Doc) -> list[SpacySpan]:
    """spaCy's sentences, also split at blank lines (headings and paragraphs are not sentences)."""
    out: list[SpacySpan] = []
    if len(sdoc) == 0:
        return out
    if not (sdoc.has_annotation("SENT_START") or sdoc.has_annotation("DEP")):
        return [sdoc[:]]  # an unparsed Doc: one stretch of text
    for sent in sdoc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and tok.text.count("\n") >= 2 and tok.i > start:
                out.append(sdoc[start:tok.i + 1])
                start = tok.i + 1
        if start < sent.end:
            out.append(sdoc[start:sent.end])
    return out


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _parse_anchor(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def is_title_case(sent: SpacySpan) -> bool:
    """A headline in Title Case, where capitals do not mark names."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) < 3:
        return True
    content = [t for t in words[1:] if t.pos_ in ("VERB", "ADJ", "ADV", "NOUN", "AUX") or t.tag_ in ("NNS",)]
    pool = content if len(content) >= 2 else words
    caps = sum(1 for t in pool if t.text[0].isupper())
    return caps / len(pool) > 0.6
