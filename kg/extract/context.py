"""What every extractor reads from one parsed document."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["doc_text"]

_TEXT_KEY = "kg.text"


def doc_text(sdoc: Doc) -> str:
    """The parsed text, built once: spaCy's ``Doc.text`` joins every token again on each read,
    which made rules that read it inside a loop quadratic in the document's length."""
    text = sdoc.user_data.get(_TEXT_KEY)
    if text is None:
        text = sdoc.user_data[_TEXT_KEY] = sdoc.text
    return text
