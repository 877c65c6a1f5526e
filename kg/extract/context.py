"""What every extractor reads from one parsed document, built once per document."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .discourse import (
    Paragraph,
    Quotation,
    SignedPost,
    SpeakerLabel,
    find_quotations,
    paragraphs,
    signed_posts,
    speaker_labels,
)
from .lang import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Layout", "doc_text", "layout"]

_TEXT_KEY = "kg.text"
_LAYOUT_KEY = "kg.layout"


def doc_text(sdoc: Doc) -> str:
    """The parsed text, built once: spaCy's ``Doc.text`` joins every token again on each read,
    which made rules that read it inside a loop quadratic in the document's length."""
    text = sdoc.user_data.get(_TEXT_KEY)
    if text is None:
        text = sdoc.user_data[_TEXT_KEY] = sdoc.text
    return text


@dataclass(frozen=True)
class Layout:
    """How the document sets out reported speech: paragraphs, quotations, transcript labels."""

    paragraphs: list[Paragraph]
    quotations: list[Quotation]
    labels: list[SpeakerLabel]
    posts: list[SignedPost]

    @property
    def quotes(self) -> list[tuple[int, int]]:
        """Every quotation part, sorted."""
        return sorted(part for quotation in self.quotations for part in quotation.parts)


def layout(sdoc: Doc) -> Layout:
    """The document's :class:`Layout`, found once."""
    found = sdoc.user_data.get(_LAYOUT_KEY)
    if found is None:
        text = doc_text(sdoc)
        lex = lexicon(sdoc.lang_)
        labels = speaker_labels(text, lex.discourse, lex.names.titles)
        found = sdoc.user_data[_LAYOUT_KEY] = Layout(paragraphs(text), find_quotations(text), labels, signed_posts(text))
    return found
