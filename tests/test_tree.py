"""The shared walks of the dependency tree, on Docs built by hand (no model)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract.tree import depth, phrase_chars, possessor, subject


def parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


# "The minister's spokesman , who was named by Putin , said it"
SENTENCE = parsed(
    ["The", "minister", "'s", "spokesman", "said", "it"],
    [1, 3, 1, 4, 4, 4],
    ["det", "poss", "case", "nsubj", "ROOT", "dobj"],
)


def test_possessor_is_the_possessive_modifier() -> None:
    assert possessor(SENTENCE[3]).text == "minister"
    assert possessor(SENTENCE[4]) is None


def test_depth_counts_the_heads_above() -> None:
    assert [depth(t) for t in SENTENCE] == [3, 2, 3, 1, 0, 1]


def test_phrase_chars_span_the_phrase_a_token_heads() -> None:
    start, end = phrase_chars(SENTENCE[3])
    assert SENTENCE.text[start:end] == "The minister 's spokesman"
    start, end = phrase_chars(SENTENCE[3], whole=False)
    assert SENTENCE.text[start:end] == "spokesman"


def test_subject_is_the_agent_of_a_passive_then_the_subject() -> None:
    passive = parsed(["It", "was", "stated", "by", "Putin"], [2, 2, 2, 2, 3], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"])
    assert subject(passive[2], {"who"}).text == "Putin"
    assert subject(SENTENCE[4], {"who"}).text == "spokesman"


def test_subject_of_a_relative_clause_is_the_noun_it_describes() -> None:
    doc = parsed(["Doe", ",", "who", "said", "it"], [0, 0, 3, 0, 3], ["ROOT", "punct", "nsubj", "relcl", "dobj"])
    assert subject(doc[3], {"who"}).text == "Doe"
