"""The cue and role tables of kg.extract.lang: what the statement rules know of English.

The first tests check that the tables are consistent with each other and with the rules
that read them, without a model. The narrow rows (a phrase the rules single out) are then
shown at work: each on an invented sentence that passes and one that does not, on a Doc
built by hand where the parse must be exact, else with the real spaCy model.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path
from typing import get_args

import pytest

spacy = pytest.importorskip("spacy")
from spacy.glossary import GLOSSARY  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from kg.extract.entities import EntitySpan  # noqa: E402
from kg.extract.lang import lexicon, lexicon_of  # noqa: E402
from kg.extract.lang.cues import Cue, CueWords, SpeechNoun  # noqa: E402
from kg.extract.lang.en.cues import CUES  # noqa: E402
from kg.extract.lang.en.roles import ROLES  # noqa: E402
from kg.extract.lang.roles import Gender, Person, Pronoun, Role, RoleWords  # noqa: E402
from kg.extract.statements import extract_statements  # noqa: E402
from kg.records import Document, Entity, Extraction  # noqa: E402

EXTRACT = Path(__file__).resolve().parents[1] / "kg" / "extract"
WORD = re.compile(r"^[a-z]+(?:[ -][a-z]+)*$")


# ---------------------------------------------------------------- the tables


def test_the_english_lexicon_holds_these_tables() -> None:
    lex = lexicon("en")
    assert lex.cues is CUES and lex.roles is ROLES
    assert lexicon_of(spacy.blank("en")("He said so.")) is lex
    assert "say" in lex.cues.verbs  # as the lexicon's docstring shows


def test_every_verb_row_can_be_a_cue() -> None:
    for verb, row in CUES.verbs.items():
        assert WORD.match(verb), verb
        assert row.alone or row.particles or row.complement_deps, f"{verb} is never a cue"
        if row.infinitive_clause:
            assert row.needs_clause, f"{verb}: an infinitive can only stand for a clause it needs"
        if row.needs_clause:
            assert row.alone, f"{verb}: only the bare verb is asked for a clause"


def test_phrasal_particles_are_words_and_complements_are_dependency_labels() -> None:
    for verb, row in CUES.verbs.items():
        assert all(WORD.match(p) for p in row.particles), verb
        assert all(dep in GLOSSARY for dep in row.complement_deps), verb
        assert not row.particles & row.complement_deps, verb
    assert CUES.verbs["call"].complement_deps == {"oprd"}


def test_noun_rows_name_a_cue_of_the_tables() -> None:
    for noun, row in CUES.nouns.items():
        assert WORD.match(noun), noun
        if row.cue is not None:
            assert row.cue in CUES.verbs or row.cue in CUES.nouns, f"{noun} -> {row.cue}"
        if row.framed_cue is not None:
            assert row.framed_cue.startswith(CUES.frame_preposition + " "), noun
    framed = {noun for noun, row in CUES.nouns.items() if row.framed_cue}
    assert framed == {"words", "view", "opinion"}


def test_word_sets_are_lower_case_words() -> None:
    for table in (CUES, ROLES):
        for item in dataclasses.fields(table):
            value = getattr(table, item.name)
            if isinstance(value, frozenset):
                assert value and all(WORD.match(w) for w in value), item.name
    assert CUES.owned_nouns <= set(CUES.nouns) | CUES.interview_nouns
    assert all(WORD.match(w) for w in (*CUES.according_to, CUES.frame_preposition, CUES.quotation_cue))
    assert all(suffix and WORD.match(suffix) for suffix, _ in CUES.deinflections)


def test_role_rows_agree_with_each_other() -> None:
    for word, row in ROLES.words.items():
        assert WORD.match(word), word
        if row.anaphoric or row.leader:
            assert row.refers, f"{word}: only a head that refers is read for this"
        assert row.gender is None or row.gender in get_args(Gender), word
        assert row != Role(), f"{word} does nothing"
    for word, pronoun in ROLES.pronouns.items():
        assert pronoun.person in get_args(Person) and (pronoun.gender is None or pronoun.gender in get_args(Gender))
        assert not pronoun.subject or pronoun.person == 3, word
    assert not set(ROLES.words) & set(ROLES.pronouns)
    assert all(role[:1].isupper() for role in ROLES.leader_roles)


def test_role_of_country_pattern() -> None:
    pattern = re.compile(ROLES.role_of_country)
    assert pattern.match(", the President of Azerbaijan")
    assert pattern.match(", Foreign Minister of Azerbaijan")
    assert not pattern.match(", a friend of Azerbaijan")


@pytest.mark.parametrize("schema", [CueWords, Cue, SpeechNoun, RoleWords, Role, Pronoun])
def test_every_table_and_property_is_read_by_a_rule(schema: type) -> None:
    """No table is dead weight: each field is read by the extractors (or by a table derived from it)."""
    modules = [*EXTRACT.glob("*.py"), *EXTRACT.glob("events/*.py"), *(EXTRACT / "lang").glob("*.py")]
    source = "".join(p.read_text(encoding="utf-8") for p in modules)
    for item in dataclasses.fields(schema):
        assert re.search(rf"\.{item.name}\b", source), f"{schema.__name__}.{item.name} is read by no rule"


# ---------------------------------------------------------------- narrow rows on a Doc built by hand


def parsed(spec: str) -> Doc:
    """A parsed Doc from lines "text POS TAG dep head lemma" (head: absolute token index)."""
    rows = [line.split() for line in spec.strip().splitlines()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=[r[1] for r in rows],
               tags=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[int(r[4]) for r in rows],
               lemmas=[r[5] for r in rows])


def document(text: str) -> Document:
    return Document("test.txt", Path("test.txt"), text, text, list(range(len(text) + 1)),
                    "sha256:" + hashlib.sha256(text.encode()).hexdigest(), date="2024-05-02")


@pytest.fixture(scope="module")
def registry():  # type: ignore[no-untyped-def]
    from kg.registry import load_registry

    return load_registry()


def _speakers_after_doe(head: str, lemma: str, registry) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """ "Doe arrived. <head> said talks failed.", with a bare head noun (no determiner)."""
    sdoc = parsed(f"""
Doe PROPN NNP nsubj 1 Doe
arrived VERB VBD ROOT 1 arrive
. PUNCT . punct 1 .
{head} NOUN NN nsubj 4 {lemma}
said VERB VBD ROOT 4 say
talks NOUN NNS nsubj 6 talk
failed VERB VBD ccomp 4 fail
. PUNCT . punct 4 .
""")
    doe = Entity("jane_doe", "Jane Doe", "Person")
    statements = extract_statements(sdoc, document(sdoc.text), {"jane_doe": doe},
                                    [EntitySpan(0, 3, "jane_doe", "Person")], registry)
    return [(s.speaker, s.cue) for s in statements]


def test_latter_refers_back_without_a_determiner(registry) -> None:  # type: ignore[no-untyped-def]
    """roles: "latter" is anaphoric, "President" needs "the" to refer to anybody."""
    assert ROLES.words["latter"].anaphoric and not ROLES.words["president"].anaphoric
    assert _speakers_after_doe("Latter", "latter", registry) == [("jane_doe", "say")]
    assert _speakers_after_doe("President", "president", registry) == []


# ---------------------------------------------------------------- narrow rows with the model


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, registry):  # type: ignore[no-untyped-def]
    from kg.extract import extract
    from kg.nlp import load_model
    from kg.read import read_document

    nlp = load_model(None, registry)
    folder = tmp_path_factory.mktemp("texts")

    def _run(text: str) -> Extraction:
        path = folder / "t.txt"
        path.write_text(text, encoding="utf-8")
        doc = read_document(path)
        return extract(nlp(doc.clean), doc, registry)

    return _run


def said(extraction: Extraction) -> set[tuple[str, str]]:
    return {(s.speaker, s.cue) for s in extraction.statements}


# (row, sentence where it makes a statement, sentence where it does not, the statement)
CUE_ROWS = [
    ("verbs['press'].infinitive_clause",
     "Foreign Minister Jane Doe pressed Ruritania to accept the plan.",
     "Foreign Minister Jane Doe pressed ahead with the reform.", ("jane_doe", "press")),
    ("verbs['call'].complement_deps",
     "Foreign Minister Jane Doe called the decision unconstitutional.",
     "Jane Doe called a taxi.", ("jane_doe", "call")),
    ("nouns['words'].framed_cue",
     "Jane Doe arrived in Strelsau. In her words, the deal is dead.",
     "Jane Doe arrived in Strelsau. Her words were kind.", ("jane_doe", "in his words")),
    ("nouns['opinion'].framed_cue",
     "Jane Doe arrived in Strelsau. In her opinion, the talks have failed.",
     "Jane Doe arrived in Strelsau. Her opinion was kind.", ("jane_doe", "in his view")),
    ("according_to + owner_prepositions",
     "According to a statement by Jane Doe, the talks have failed.",
     "According to the schedule, Jane Doe and the talks begin on Monday.", ("jane_doe", "according to")),
    ("means_preposition",
     "Jane Doe began by praising the mediators.",
     "By praising the mediators, Jane Doe gained time.", ("jane_doe", "praise")),
    ("part_preposition + copulas",
     "Jane Doe spoke in Strelsau. A key pillar of her address was the protection of farmers.",
     "Jane Doe spoke in Strelsau. A key pillar of her address remained unclear.", ("jane_doe", "address")),
    ("quotation_cue + roles.words['president'].headline",
     "President Ilham Aliyev: We will never join the alliance of the north.",
     "Dear Ilham Aliyev: We will never join the alliance of the north.", ("ilham_aliyev", "quote")),
    ("names.headline_ending (Title Case headline)",
     "Ilham Aliyev Rejects Turkish Military Base Talk, Condemns Plan",
     "Ilham Aliyev Visits Turkish Military Base Near Ganja", ("ilham_aliyev", "reject")),
]

ROLE_ROWS = [
    ("words['mediator'].collective",
     "Qatari and Egyptian mediators said the talks would resume.",
     "Qatari and Egyptian farmers said the talks would resume.", ("qatar", "say")),
    ("words['leader'].leader + leader_roles",
     "Ilham Aliyev met Zakir Hasanov in Baku on Monday. The Azerbaijani leader said the talks had failed.",
     "Ilham Aliyev met Zakir Hasanov in Baku on Monday. The Azerbaijani official said the talks had failed.",
     ("ilham_aliyev", "say")),
    ("words['mrs'].gender",
     "Mrs Jane Doe met John Smith in Strelsau. He said the talks had failed.",
     "Jane Doe met John Smith in Strelsau. He said the talks had failed.", ("john_smith", "say")),
    ("words['ministry'].body + definite_determiners",
     "The Ruritanian Ministry of Defence issued new rules. The ministry said the rules would apply in May.",
     "The Ruritanian Ministry of Defence issued new rules. A ministry said the rules would apply in May.",
     ("ruritanian_ministry_of_defence", "say")),
    ("role_of_country",
     "Jane Doe, the Ambassador of Azerbaijan, met John Smith. The Azerbaijani ambassador said the talks had failed.",
     "Jane Doe, a friend of Azerbaijan, met John Smith. The Azerbaijani ambassador said the talks had failed.",
     ("jane_doe", "say")),
]


@pytest.mark.model
@pytest.mark.parametrize(("row", "passes", "fails", "statement"), CUE_ROWS + ROLE_ROWS,
                         ids=[r[0] for r in CUE_ROWS + ROLE_ROWS])
def test_narrow_row_at_work(run, row: str, passes: str, fails: str,  # type: ignore[no-untyped-def]
                            statement: tuple[str, str]) -> None:
    assert statement in said(run(passes)), row
    assert statement not in said(run(fails)), row


@pytest.mark.model
def test_interview_partner_is_no_target(run) -> None:  # type: ignore[no-untyped-def]
    """cues.interview_nouns + interview_prepositions: the one interviewing is not spoken about."""
    interview = run("In an interview with John Smith, Jane Doe said that Ruritania would not join the alliance.")
    meeting = run("In a meeting with John Smith, Jane Doe said that Ruritania would not join the alliance.")
    assert [t.entity for t in interview.statements[0].targets] == ["ruritania"]
    assert "john_smith" in [t.entity for t in meeting.statements[0].targets]


@pytest.mark.model
def test_audience_is_no_target(run) -> None:  # type: ignore[no-untyped-def]
    """cues.audiences: "warned lawmakers" (an object that is spoken to) and what it names are no target."""
    lawmakers = run("Jane Doe warned lawmakers of John Smith's party that the plan would fail.")
    farmers = run("Jane Doe warned farmers of John Smith's party that the plan would fail.")
    assert lawmakers.statements[0].targets == []
    assert [t.entity for t in farmers.statements[0].targets] == ["john_smith"]
