"""The names tables of kg.extract.lang: what the entity rules know of English names.

The tables are checked for consistency without a model; each narrow row is then shown at
work through :func:`kg.extract.entities.extract_entities` on an invented sentence that
passes and one that does not. The NER's spans are set by hand on a blank pipeline: these
rules read the text around a name, not its parse, so the tests pin them down whatever the
statistical model would tag.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc, Span  # noqa: E402

from kg.extract.entities import extract_entities  # noqa: E402
from kg.extract.lang import lexicon  # noqa: E402
from kg.extract.lang.en.names import NAMES  # noqa: E402
from kg.extract.lang.names import NameWords  # noqa: E402
from kg.records import Document  # noqa: E402

EXTRACT = Path(__file__).resolve().parents[1] / "kg" / "extract"
WORD = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")


# ---------------------------------------------------------------- the tables


def test_the_english_lexicon_holds_these_tables() -> None:
    assert lexicon("en").names is NAMES


def test_word_sets_are_casefolded_words() -> None:
    for item in dataclasses.fields(NAMES):
        value = getattr(NAMES, item.name)
        if isinstance(value, frozenset):
            assert value, item.name
            assert all(WORD.match(w) and w == w.casefold() for w in value), item.name
    for words in (NAMES.articles, NAMES.dangling, NAMES.document_links, NAMES.government_words):
        assert all(WORD.match(w) and w == w.lower() for w in words)
    assert all(WORD.match(w) and w[:1].isupper() for w in NAMES.region_words)  # as written after a place
    assert all(ending.isalpha() for ending in NAMES.unnamelike_endings)
    assert WORD.match(NAMES.institution_link) and NAMES.headline_ending.isalpha()


def test_patterns_compile_and_match_what_they_say() -> None:
    assert re.search(NAMES.possessive, "Aliyev's") and re.search(NAMES.possessive, "Aliyev’")
    assert not re.search(NAMES.possessive, "Aliyev")
    assert re.search(NAMES.document_before, "signed the Declaration on the ")
    assert not re.search(NAMES.document_before, "spoke at the Conference on the ")
    assert re.search(NAMES.place_before, "shelled the villages of Aghdam, ")
    assert not re.search(NAMES.place_before, "met the leaders of ")


def test_tables_do_not_contradict() -> None:
    """A word that makes a name a document, an event or chrome is not a word the rules keep
    as a body of the document ("the Commission")."""
    assert not NAMES.document_words & NAMES.body_words
    assert not NAMES.event_heads & NAMES.body_words
    assert not NAMES.document_words & NAMES.event_heads
    assert not set(NAMES.dangling) & NAMES.titles


def test_every_table_is_read_by_a_rule() -> None:
    modules = [*EXTRACT.glob("*.py"), EXTRACT.parent / "nlp.py"]  # the tokenizer reads the title abbreviations
    source = "".join(p.read_text(encoding="utf-8") for p in modules)
    for item in dataclasses.fields(NameWords):
        assert re.search(rf"\.{item.name}\b", source), f"NameWords.{item.name} is read by no rule"


# ---------------------------------------------------------------- narrow rows, NER spans set by hand


@pytest.fixture(scope="module")
def registry():  # type: ignore[no-untyped-def]
    from kg.registry import load_registry

    return load_registry()


def tagged(text: str, *names: tuple[str, str]) -> Doc:
    """A blank-pipeline Doc of ``text`` whose entities are ``names`` as (text, NER label), in
    text order."""
    sdoc = spacy.blank("en")(text)
    ents: list[Span] = []
    end = 0
    for name, label in names:
        start = text.index(name, end)
        end = start + len(name)
        span = sdoc.char_span(start, end, label=label)
        assert span is not None, name
        ents.append(span)
    sdoc.ents = ents
    return sdoc


def mentions(registry, text: str, *names: tuple[str, str]) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(mention text, entity key, entity type) of each mention the entity rules keep."""
    sdoc = tagged(text, *names)
    document = Document("t.txt", Path("t.txt"), text, text, list(range(len(text) + 1)),
                        "sha256:" + hashlib.sha256(text.encode()).hexdigest())
    entities, found, _ = extract_entities(sdoc, document, registry)
    return [(m.span.text, m.entity, entities[m.entity].type) for m in found]


def test_titles_are_stripped_from_a_persons_name_only(registry) -> None:  # type: ignore[no-untyped-def]
    """titles, articles, possessive: "President Jane Doe's" is Jane Doe; "General Staff" is a body."""
    assert mentions(registry, "President Jane Doe's plan failed.", ("President Jane Doe's", "PERSON")) == [
        ("Jane Doe", "jane_doe", "Person")]
    assert mentions(registry, "The General Staff met.", ("General Staff", "ORG")) == [
        ("General Staff", "general_staff", "Organization")]


def test_dangling_word_is_cut(registry) -> None:  # type: ignore[no-untyped-def]
    """dangling: a name the NER cut before its country ends with "of"."""
    cut = mentions(registry, "The Ruritanian Foreign Office of Strelsau met.",
                   ("Ruritanian Foreign Office of", "ORG"))
    whole = mentions(registry, "The Ruritanian Foreign Office met.", ("Ruritanian Foreign Office", "ORG"))
    assert cut == whole == [("Ruritanian Foreign Office", "ruritanian_foreign_office", "Organization")]


def test_generic_word_is_no_entity(registry) -> None:  # type: ignore[no-untyped-def]
    assert mentions(registry, "Leaders of the West met.", ("West", "LOC")) == []
    assert mentions(registry, "Leaders of Westeros met.", ("Westeros", "LOC")) == [("Westeros", "westeros", "Place")]


def test_unnamelike_ending_is_no_entity(registry) -> None:  # type: ignore[no-untyped-def]
    assert mentions(registry, "He condemned Zionism today.", ("Zionism", "ORG")) == []
    assert mentions(registry, "He condemned Zionov today.", ("Zionov", "PERSON")) == [("Zionov", "zionov", "Person")]


def test_document_is_no_entity(registry) -> None:  # type: ignore[no-untyped-def]
    """document_words, document_links: "Strelsau Convention on Fisheries" is a treaty."""
    assert mentions(registry, "They signed the Strelsau Convention on Fisheries.",
                    ("Strelsau Convention on Fisheries", "ORG")) == []
    assert mentions(registry, "They met the Strelsau Council on Fisheries.",
                    ("Strelsau Council on Fisheries", "ORG")) == [
        ("Strelsau Council on Fisheries", "strelsau_council_on_fisheries", "Organization")]


def test_name_after_a_document_head_is_its_topic(registry) -> None:  # type: ignore[no-untyped-def]
    """document_before: "Allied Relations" cut from "Declaration on Allied Relations"."""
    assert mentions(registry, "They signed the Declaration on Allied Relations.", ("Allied Relations", "ORG")) == []
    assert mentions(registry, "They praised the Allied Relations.", ("Allied Relations", "ORG")) == [
        ("Allied Relations", "allied_relations", "Organization")]


def test_event_name_is_no_entity(registry) -> None:  # type: ignore[no-untyped-def]
    assert mentions(registry, "They won the Strelsau Chess Olympiad.", ("Strelsau Chess Olympiad", "ORG")) == []
    assert mentions(registry, "They met the Strelsau Chess Federation.", ("Strelsau Chess Federation", "ORG")) == [
        ("Strelsau Chess Federation", "strelsau_chess_federation", "Organization")]


def test_place_before_and_place_preposition_make_a_place(registry) -> None:  # type: ignore[no-untyped-def]
    """place_before ("the villages of X and Y"), place_prepositions ("in X")."""
    assert mentions(registry, "Troops shelled the villages of Vurdask and Yeld.", ("Vurdask", "PERSON")) == [
        ("Vurdask", "vurdask", "Place"), ("Yeld", "yeld", "Place")]  # the list's other village too
    assert mentions(registry, "Troops shelled the friends of Vurdask and Yeld.", ("Vurdask", "PERSON")) == [
        ("Vurdask", "vurdask", "Person")]
    assert mentions(registry, "They live in Vurdask.", ("Vurdask", "PERSON")) == [("Vurdask", "vurdask", "Place")]
    assert mentions(registry, "They live with Vurdask.", ("Vurdask", "PERSON")) == [("Vurdask", "vurdask", "Person")]


def test_body_word_is_the_body_named_in_full(registry) -> None:  # type: ignore[no-untyped-def]
    """body_words: "the Commission" alone is nobody; after "Fisheries Commission" it is that body."""
    assert mentions(registry, "The Commission met.", ("Commission", "ORG")) == []
    text = "The Fisheries Commission met. The Commission agreed."
    assert mentions(registry, text, ("Fisheries Commission", "ORG"), ("Commission", "ORG")) == [
        ("Fisheries Commission", "fisheries_commission", "Organization"),
        ("Commission", "fisheries_commission", "Organization")]


def test_region_word_after_a_place_is_part_of_its_name(registry) -> None:  # type: ignore[no-untyped-def]
    assert mentions(registry, "Drones struck Odesa Oblast on Monday.", ("Odesa", "GPE")) == [
        ("Odesa Oblast", "odesa_oblast", "Place")]
    assert mentions(registry, "Drones struck Odesa Harbour on Monday.", ("Odesa", "GPE")) == [
        ("Odesa", "odesa", "Place")]


def test_institution_link_joins_a_body_and_its_country(registry) -> None:  # type: ignore[no-untyped-def]
    """institution_heads, institution_link: "Law Society" + "of" + "Kenya" is one institution."""
    joined = mentions(registry, "The Law Society of Kenya sued.", ("Law Society", "ORG"), ("Kenya", "GPE"))
    apart = mentions(registry, "The Law Society in Kenya sued.", ("Law Society", "ORG"), ("Kenya", "GPE"))
    assert joined == [("Law Society of Kenya", "law_society_of_kenya", "Organization")]
    assert [key for _, key, _ in apart] == ["law_society", "kenya"]


def test_government_word_makes_a_persons_name_a_government(registry) -> None:  # type: ignore[no-untyped-def]
    assert mentions(registry, "The Smith administration said no.", ("Smith", "PERSON")) == [
        ("Smith administration", "smith_administration", "Organization")]
    assert mentions(registry, "The Smith family said no.", ("Smith", "PERSON")) == [("Smith", "smith", "Person")]


def test_headline_verb_makes_a_run_of_capitals_no_name(registry) -> None:  # type: ignore[no-untyped-def]
    """headline_verbs, headline_ending: "Doe Rejects Alliance Talks" is a headline, not a name."""
    assert mentions(registry, "Doe Rejects Alliance Talks", ("Doe Rejects Alliance Talks", "ORG")) == []
    assert mentions(registry, "Doe Visits Alliance Headquarters", ("Doe Visits Alliance Headquarters", "ORG")) == [
        ("Doe Visits Alliance Headquarters", "doe_visits_alliance_headquarters", "Organization")]


def test_chrome_is_no_name(registry) -> None:  # type: ignore[no-untyped-def]
    assert mentions(registry, "Copy link", ("Copy link", "ORG")) == []
    assert mentions(registry, "Copy Editors met.", ("Copy Editors", "ORG")) == [
        ("Copy Editors", "copy_editors", "Organization")]


# ---------------------------------------------------------------- page chrome, bylines, platforms, abbreviations


def test_a_bylines_fields_are_no_part_of_the_name(registry) -> None:  # type: ignore[no-untyped-def]
    """byline_roles, and the spaced dash between a byline's fields: "Jane Doe - Reporter"."""
    assert mentions(registry, "By: Jane Doe - Reporter / @jdoe", ("Jane Doe - Reporter", "PERSON")) == [
        ("Jane Doe", "jane_doe", "Person")]
    assert mentions(registry, "Monday in World News by Strelsau Online Staff", ("Strelsau Online Staff", "PERSON")) == [
        ("Strelsau Online", "strelsau_online", "Organization")]
    assert mentions(registry, "The Joint Chiefs of Staff met.", ("Joint Chiefs of Staff", "ORG")) == [
        ("Joint Chiefs of Staff", "joint_chiefs_of_staff", "Organization")]


def test_a_photo_credit_names_no_entity(registry) -> None:  # type: ignore[no-untyped-def]
    """credit_labels: the names of a credit are the picture's licence; a caption before its
    slash is the story's."""
    assert mentions(registry, "Photo: Jane Doe/Strelsau Agency", ("Jane Doe", "PERSON")) == []
    caption = "Photo: Soldiers of the Ruritanian Army at a base / Strelsau Agency"
    assert [m[0] for m in mentions(registry, caption, ("Ruritanian Army", "ORG"), ("Strelsau Agency", "ORG"))] == [
        "Ruritanian Army"]


def test_a_menu_line_names_no_entity(registry) -> None:  # type: ignore[no-untyped-def]
    text = "Home | Westeros | Sport | Opinion\n\nWesteros voted on Monday."
    found = mentions(registry, text, ("Westeros", "GPE"), ("Westeros", "GPE"))
    assert [(text.index(name, 10) if name else 0, key) for name, key, _ in found] == [(text.index("Westeros", 10), "westeros")]
    ocr = "We met in Westeros | said then and | say again that we stand."  # an OCR's "|" for "I"
    assert mentions(registry, ocr, ("Westeros", "GPE")) == [("Westeros", "westeros", "Place")]


def test_a_platform_is_an_organisation_in_running_text_only(registry) -> None:  # type: ignore[no-untyped-def]
    """platforms, platform_before: "wrote on X" is the network; share buttons are chrome."""
    assert mentions(registry, "The minister wrote on X that the talks had failed.") == [("X", "x", "Organization")]
    assert mentions(registry, "She said in a post on her Telegram channel that it was over.") == [
        ("Telegram", "telegram", "Organization")]
    assert mentions(registry, "Share on Facebook | Share on X | Email | Print") == []
    assert mentions(registry, "Follow us on X") == []
    assert mentions(registry, "Share it on Telegram", ("Telegram", "ORG")) == []


def test_a_bracketed_abbreviation_names_its_body_throughout(registry) -> None:  # type: ignore[no-untyped-def]
    """name_links, organisation_heads: the words whose initials the abbreviation spells are one
    organisation, whatever the NER cut or missed, and the abbreviation is that body everywhere."""
    text = "Farmers met the Coastal Farmers' Union (CFU) on Monday. Later the CFU said no."
    expected = [("Coastal Farmers' Union", "coastal_farmers_union", "Organization"),
                ("CFU", "coastal_farmers_union", "Organization"), ("CFU", "coastal_farmers_union", "Organization")]
    assert mentions(registry, text, ("Coastal Farmers'", "ORG")) == expected
    assert mentions(registry, text) == expected
    linked = "He urged the Bureau of Fisheries and Aquatic Resources (BFAR) to act."
    assert mentions(registry, linked)[0] == (
        "Bureau of Fisheries and Aquatic Resources", "bureau_of_fisheries_and_aquatic_resources", "Organization")
    assert mentions(registry, "They opened the Special Processing Zones (SPZ) in May.") == []
    assert mentions(registry, "Mr Doe (ND) was there.") == []


def test_a_markdown_link_ends_the_name(registry, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The clean text runs a byline's link into its role: the name is the link's text."""
    from kg.read import read_document

    path = tmp_path / "t.md"
    path.write_text("[Jane Doe](https://example.org/author/jane-doe) Political Correspondent\n\nText.\n",
                    encoding="utf-8")
    document = read_document(path)
    name = "Jane Doe Political Correspondent"
    assert name in document.clean
    sdoc = tagged(document.clean, (name, "PERSON"))
    entities, found, _ = extract_entities(sdoc, document, registry)
    assert [(m.span.text, m.entity) for m in found] == [("Jane Doe", "jane_doe")]


def test_a_documents_abbreviation_names_no_body(registry) -> None:  # type: ignore[no-untyped-def]
    assert mentions(registry, "They ratified the Strelsau Framework Convention on Fisheries (SFCF) in May. "
                              "The SFCF says little.") == []


def test_a_head_word_types_an_unknown_name(registry) -> None:  # type: ignore[no-untyped-def]
    """place_heads, organisation_heads, outlet_heads: the head of the name says its type where
    the NER guessed another."""
    assert mentions(registry, "Ships met near Strelsau Shoal.", ("Strelsau Shoal", "ORG")) == [
        ("Strelsau Shoal", "strelsau_shoal", "Place")]
    assert mentions(registry, "Boats crossed the Gulf of Westeros.", ("Gulf of Westeros", "ORG")) == [
        ("Gulf of Westeros", "gulf_of_westeros", "Place")]
    assert mentions(registry, "Strelsau Online reported it.", ("Strelsau Online", "PERSON")) == [
        ("Strelsau Online", "strelsau_online", "Organization")]
    assert mentions(registry, "The Westeros Centre for Strategic Futures said so.",
                    ("Westeros Centre for Strategic Futures", "GPE")) == [
        ("Westeros Centre for Strategic Futures", "westeros_centre_for_strategic_futures", "Organization")]
    assert mentions(registry, "Jane Doe said so.", ("Jane Doe", "PERSON")) == [("Jane Doe", "jane_doe", "Person")]


def test_a_first_name_or_titled_surname_is_the_documents_person(registry) -> None:  # type: ignore[no-untyped-def]
    """The NER takes "Jane" and "Dr Doe" for bodies after it named Jane Doe in full."""
    text = "Jane Doe spoke first. Then Jane left, and Dr Doe came back."
    found = mentions(registry, text, ("Jane Doe", "PERSON"), ("Jane", "ORG"), ("Dr Doe", "ORG"))
    assert [(name, key, etype) for name, key, etype in found] == [
        ("Jane Doe", "jane_doe", "Person"), ("Jane", "jane_doe", "Person"), ("Dr Doe", "jane_doe", "Person")]


# ---------------------------------------------------------------- places: lists, the gazetteer, legislators' states


def test_state_tables_name_the_registrys_places(registry) -> None:  # type: ignore[no-untyped-def]
    """state_abbreviations, state_codes: every state is a place of the registry, by its label."""
    for table in (NAMES.state_abbreviations, NAMES.state_codes):
        for abbreviation, state in table.items():
            key = registry.lookup(state)
            assert key is not None and registry.entities[key].label == state, abbreviation
            assert registry.entities[key].type == "Place", state
    assert set(NAMES.state_codes.values()) == set(NAMES.state_abbreviations.values()) | {
        "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Utah"}
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in NAMES.state_codes)


def test_a_legislators_tag_names_their_state(registry) -> None:  # type: ignore[no-untyped-def]
    """party_tag, state_tag: "(R-Nev.)", "(D-OR)", "(Ore.)", ", R-Idaho," name a state; a
    bracketed code alone is any abbreviation."""
    assert mentions(registry, "Sen. Ann Holt (R-Nev.) said no.", ("Ann Holt", "PERSON")) == [
        ("Ann Holt", "ann_holt", "Person"), ("Nev.", "nevada", "Place")]
    assert mentions(registry, "Rep. Jo Fry (D-OR) and Sen. Al Roe (Ore.) agreed.",
                    ("Jo Fry", "PERSON"), ("Al Roe", "PERSON"))[1::2] == [("OR", "oregon", "Place"),
                                                                          ("Ore.", "oregon", "Place")]
    assert mentions(registry, "Sen. Ann Holt, R-Idaho, said no.", ("Ann Holt", "PERSON"))[1:] == [
        ("Idaho", "idaho", "Place")]
    assert mentions(registry, "Rep. Jo Fry (D-Ga.) said no.", ("Jo Fry", "PERSON"))[1:] == [
        ("Ga.", "georgia_u_s_state", "Place")]
    assert "california" not in {key for _, key, _ in mentions(registry, "The Strelsau Accountants (CA) met.")}


def test_a_list_with_places_lists_places(registry) -> None:  # type: ignore[no-untyped-def]
    """coordinators: in a list with two places, the gazetteer's states of a country the document
    names are places the NER missed or mistyped, and a name the NER ran over two of them is split."""
    text = "Nigeria chose Kano, Oyo, Ogun, Imo and Cross River for the zones."
    found = mentions(registry, text, ("Nigeria", "GPE"), ("Kano", "GPE"), ("Ogun", "PERSON"),
                     ("Imo and Cross River", "ORG"))
    assert found == [("Nigeria", "nigeria", "Country"), ("Kano", "kano", "Place"), ("Oyo", "oyo", "Place"),
                     ("Ogun", "ogun", "Place"), ("Imo", "imo", "Place"), ("Cross River", "cross_river", "Place")]
    elsewhere = "Westeros chose Kano, Oyo, Ogun, Imo and Cross River for the zones."  # no country of theirs
    assert [m[0] for m in mentions(registry, elsewhere, ("Kano", "GPE"), ("Ogun", "PERSON"))] == ["Kano", "Ogun"]
    assert mentions(registry, elsewhere, ("Kano", "GPE"), ("Ogun", "PERSON"))[1][2] == "Person"


def test_a_name_run_over_a_list_after_in_is_its_places(registry) -> None:  # type: ignore[no-untyped-def]
    """place_prepositions: "in X and Y" lists places; "with X and Y" does not say so."""
    assert mentions(registry, "Talks were held in Vurdask and Yeld.", ("Vurdask and Yeld", "ORG")) == [
        ("Vurdask", "vurdask", "Place"), ("Yeld", "yeld", "Place")]
    assert mentions(registry, "Talks were held with Vurdask and Yeld.", ("Vurdask and Yeld", "ORG")) == [
        ("Vurdask and Yeld", "vurdask_and_yeld", "Organization")]


def test_a_state_of_a_country_named_is_a_place_unless_a_person(registry) -> None:  # type: ignore[no-untyped-def]
    """The gazetteer types a name the NER took for a person, where the document names its country
    and nothing (a title, a fuller name) makes it someone's name."""
    assert mentions(registry, "Brazil said Rondonia would plant trees.", ("Brazil", "GPE"), ("Rondonia", "PERSON"))[1] == (
        "Rondonia", "rondonia", "Place")
    assert mentions(registry, "Westeros said Rondonia would plant trees.", ("Rondonia", "PERSON")) == [
        ("Rondonia", "rondonia", "Person")]
    assert mentions(registry, "In Australia, Ms Victoria said no.", ("Australia", "GPE"), ("Ms Victoria", "PERSON"))[1] == (
        "Victoria", "victoria", "Person")


def test_a_place_head_after_a_registry_place_is_part_of_its_name(registry) -> None:  # type: ignore[no-untyped-def]
    """place_heads: "Ohio" + "River" is the river, not the state."""
    assert mentions(registry, "Barges sailed down the Ohio River.", ("Ohio", "GPE")) == [
        ("Ohio River", "ohio_river", "Place")]
    assert mentions(registry, "Barges sailed down to Ohio on Monday.", ("Ohio", "GPE")) == [("Ohio", "ohio", "Place")]


def test_authors_translators_and_editors_are_people(registry) -> None:  # type: ignore[no-untyped-def]
    """author_before: the names after "By", "Translated by", "Reporting by" are people, found or
    retyped; after another verb they keep what the NER said."""
    text = "By Amara Okonjo and Tessa Vrell\n\nThe port reopened.\n\n*Translated by Lio Marren - Edited by Ana Pelt*"
    found = mentions(registry, text, ("Tessa Vrell", "GPE"), ("Lio Marren", "ORG"))
    assert [(name, etype) for name, _, etype in found] == [
        ("Amara Okonjo", "Person"), ("Tessa Vrell", "Person"), ("Lio Marren", "Person"), ("Ana Pelt", "Person")]
    assert mentions(registry, "It was funded by Strelsau Holdings.", ("Strelsau Holdings", "ORG")) == [
        ("Strelsau Holdings", "strelsau_holdings", "Organization")]


def test_a_name_opening_with_a_given_name_is_a_person(registry) -> None:  # type: ignore[no-untyped-def]
    """A given name of the registry's people first, no head word: a person the NER took for a body."""
    assert mentions(registry, "The agency's head, Rodrigo Vassel, said so.", ("Rodrigo Vassel", "ORG")) == [
        ("Rodrigo Vassel", "rodrigo_vassel", "Person")]
    assert mentions(registry, "The Rodrigo Vassel Foundation said so.", ("Rodrigo Vassel Foundation", "ORG")) == [
        ("Rodrigo Vassel Foundation", "rodrigo_vassel_foundation", "Organization")]
    assert mentions(registry, "Strelsau Marine Systems said so.", ("Strelsau Marine Systems", "ORG")) == [
        ("Strelsau Marine Systems", "strelsau_marine_systems", "Organization")]


def test_a_registry_surname_inside_a_longer_name_takes_its_neighbour(registry) -> None:  # type: ignore[no-untyped-def]
    """titles: "Justice Nixon Kiprotich": the registry's Nixon is a first name here, and the
    surname the NER tagged alone is part of the person's name (the ruler's span set by hand)."""
    text = "Justice Nixon Kiprotich of the High Court ruled on Monday. Kiprotich said more."
    sdoc = spacy.blank("en")(text)
    for tok in sdoc:
        tok.pos_ = "PROPN" if tok.text[:1].isupper() else "NOUN"
    nixon, surname, again = (text.index(w, i) for w, i in (("Nixon", 0), ("Kiprotich", 0), ("Kiprotich", 30)))
    sdoc.ents = [Span(sdoc, 1, 2, label="Person", span_id="richard_nixon"),
                 sdoc.char_span(surname, surname + 9, label="PERSON"), sdoc.char_span(again, again + 9, label="PERSON")]
    document = Document("t.txt", Path("t.txt"), text, text, list(range(len(text) + 1)), "sha256:0")
    entities, found, _ = extract_entities(sdoc, document, registry)
    assert [(m.span.text, m.entity) for m in found] == [("Nixon Kiprotich", "nixon_kiprotich"),
                                                        ("Kiprotich", "nixon_kiprotich")]
    assert entities["nixon_kiprotich"].type == "Person" and text[nixon:].startswith("Nixon Kiprotich")


def test_an_office_without_its_holder_is_no_entity(registry) -> None:  # type: ignore[no-untyped-def]
    """offices: "the Minister of Fisheries" and "the Official Spokesperson" name an office; with a
    holder whose given name the registry knows, the name stays for the rules that split it."""
    assert mentions(registry, "He met the Minister of Fisheries on Monday.", ("Minister of Fisheries", "ORG")) == []
    assert mentions(registry, "The Official Spokesperson said so.", ("Official Spokesperson", "ORG")) == []
    assert mentions(registry, "The Ministry of Fisheries said so.", ("Ministry of Fisheries", "ORG")) == [
        ("Ministry of Fisheries", "ministry_of_fisheries", "Organization")]
    assert [m[0] for m in mentions(registry, "Minister of Fisheries Rodrigo Vassel said so.",
                                   ("Minister of Fisheries Rodrigo Vassel", "ORG"))] == [
        "Minister of Fisheries Rodrigo Vassel"]


def test_a_body_a_country_has_one_of_is_that_countrys(registry) -> None:  # type: ignore[no-untyped-def]
    """national_bodies: "Kenya's parliament" is Kenya's (the registry's entry); "the Cabinet" in a
    story about Kenya is Kenya's Cabinet; in a story about no one country it is just the Cabinet;
    a lower-case word without a country names nobody, and a longer name is the NER's."""
    text = "Kenya's parliament passed the bill. Kenya and Kenyans expect the Cabinet to act."
    found = mentions(registry, text, ("Kenya", "GPE"), ("Kenya", "GPE"))
    assert ("parliament", "parliament_of_kenya", "Organization") in found
    assert ("Cabinet", "cabinet_kenya", "Organization") in found
    elsewhere = mentions(registry, "The Cabinet met. The parliament waited.")
    assert elsewhere == [("Cabinet", "cabinet", "Organization")]
    assert mentions(registry, "The Cabinet Office met.", ("Cabinet Office", "ORG")) == [
        ("Cabinet Office", "cabinet_office", "Organization")]


def test_a_kind_of_ministry_with_a_nationality_word_is_that_countrys(registry) -> None:  # type: ignore[no-untyped-def]
    """institution_heads, institution_link: "the Somali Ministry of Fisheries" is "Ministry of
    Fisheries (Somalia)"; "Somali National Guard" is a name of its own."""
    assert mentions(registry, "The Somali Ministry of Fisheries said so.", ("Somali Ministry of Fisheries", "ORG")) == [
        ("Somali Ministry of Fisheries", "ministry_of_fisheries_somalia", "Organization")]
    assert mentions(registry, "The Somali Coastal Guard said so.", ("Somali Coastal Guard", "ORG")) == [
        ("Somali Coastal Guard", "somali_coastal_guard", "Organization")]


def test_a_kind_of_body_after_a_countrys_possessive_is_that_countrys(registry) -> None:  # type: ignore[no-untyped-def]
    """body_kinds (regression: every country's "Foreign Ministry" was one entity): after a
    country's possessive a body named by its kind is that country's, the registry's where it
    has one; without a country, or with a name of its own, the name stays."""
    japan = mentions(registry, "Japan's Foreign Ministry protested.", ("Japan", "GPE"), ("Foreign Ministry", "ORG"))
    kenya = mentions(registry, "Kenya's Foreign Ministry protested.", ("Kenya", "GPE"), ("Foreign Ministry", "ORG"))
    assert japan[1:] == [("Foreign Ministry", "foreign_ministry_japan", "Organization")]
    assert kenya[1:] == [("Foreign Ministry", "foreign_ministry_kenya", "Organization")]
    assert mentions(registry, "Laos' Ministry of Energy said so.", ("Laos", "GPE"), ("Ministry of Energy", "ORG"))[1:] == [
        ("Ministry of Energy", "ministry_of_energy_laos", "Organization")]
    russia = mentions(registry, "Russia's Defence Ministry said so.", ("Russia", "GPE"), ("Defence Ministry", "ORG"))
    assert russia[1:] == [("Defence Ministry", "ministry_of_defence_of_russia", "Organization")]
    assert mentions(registry, "The Foreign Ministry protested.", ("Foreign Ministry", "ORG")) == [
        ("Foreign Ministry", "foreign_ministry", "Organization")]
    assert mentions(registry, "Japan's Strelsau Society met.", ("Japan", "GPE"), ("Strelsau Society", "ORG"))[1:] == [
        ("Strelsau Society", "strelsau_society", "Organization")]


def proper(text: str, *names: tuple[str, str]) -> Doc:
    """:func:`tagged`, with every capitalised word a proper noun (the rules that read the parse)."""
    sdoc = tagged(text, *names)
    for tok in sdoc:
        tok.pos_ = "PROPN" if tok.text[:1].isupper() else "NOUN"
    return sdoc


def found_in(registry, sdoc: Doc) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    text = sdoc.text
    document = Document("t.txt", Path("t.txt"), text, text, list(range(len(text) + 1)), "sha256:0")
    entities, found, _ = extract_entities(sdoc, document, registry)
    return [(m.span.text, m.entity, entities[m.entity].type) for m in found]


def test_a_name_cut_after_its_head_goes_on(registry) -> None:  # type: ignore[no-untyped-def]
    """name_continuations: "Strelsau Centre" + "for Maritime Futures" is one organisation; a date
    after the link is no part of it."""
    sdoc = proper("A fellow at the Strelsau Centre for Maritime Futures said so.", ("Strelsau Centre", "FAC"))
    assert found_in(registry, sdoc) == [
        ("Strelsau Centre for Maritime Futures", "strelsau_centre_for_maritime_futures", "Organization")]
    sdoc = proper("The Strelsau Council on Monday said so.", ("Strelsau Council", "ORG"), ("Monday", "DATE"))
    assert found_in(registry, sdoc) == [("Strelsau Council", "strelsau_council", "Organization")]


def test_a_name_bodies_of_several_countries_share_is_the_one_of_the_country_named(registry) -> None:  # type: ignore[no-untyped-def]
    """The registry's shared party nicknames and chamber names ("the Liberals", "Senate"), which
    the NER tags as nothing, are the body of the country the document names."""
    canada = mentions(registry, "Canada voted. The Liberals lost seats in the Senate.", ("Canada", "GPE"))
    assert canada[1:] == [("Liberals", "liberal_party_of_canada", "Organization"),
                          ("Senate", "senate_of_canada", "Organization")]
    australia = mentions(registry, "Australia voted. The Liberals lost.", ("Australia", "GPE"))
    assert australia[1:] == [("Liberals", "liberal_party_of_australia", "Organization")]
    assert mentions(registry, "The liberals lost.") == []


def test_a_town_of_a_country_named_is_a_place(registry) -> None:  # type: ignore[no-untyped-def]
    """place_prepositions: a town of a country the document names, after "in", is a place where
    the NER found nothing; taken for a person it is a place; a body named like its town
    ("Toyota") stays a body unless the text says it is a place."""
    text = "Canada's minister spoke in Winnipeg on Monday."
    assert mentions(registry, text, ("Canada", "GPE"))[1:] == [("Winnipeg", "winnipeg", "Place")]
    assert mentions(registry, "Somalia said troops reached Kismayo.", ("Somalia", "GPE"), ("Kismayo", "PERSON"))[1:] == [
        ("Kismayo", "kismayo", "Place")]
    assert mentions(registry, "Japan said Toyota would build cars.", ("Japan", "GPE"), ("Toyota", "ORG"))[1:] == [
        ("Toyota", "toyota", "Organization")]
    assert mentions(registry, "Westeros said troops reached Kismayo.", ("Kismayo", "PERSON")) == [
        ("Kismayo", "kismayo", "Person")]


def test_a_feature_word_in_lower_case_is_part_of_a_places_name(registry) -> None:  # type: ignore[no-untyped-def]
    """feature_heads: "the Westeros river" is the river; "the Westeros region" is Westeros."""
    assert mentions(registry, "Boats crossed the Westeros river.", ("Westeros", "GPE")) == [
        ("Westeros river", "westeros_river", "Place")]
    assert mentions(registry, "Troops entered the Westeros region.", ("Westeros", "GPE")) == [
        ("Westeros", "westeros", "Place")]


def test_a_breadcrumb_trail_names_no_entity(registry) -> None:  # type: ignore[no-untyped-def]
    text = "Home > Press and Media Services > Remarks\n\nThe Strelsau Fisheries Board met."
    found = mentions(registry, text, ("Media Services", "ORG"), ("Remarks", "ORG"), ("Strelsau Fisheries Board", "ORG"))
    assert [name for name, _, _ in found] == ["Strelsau Fisheries Board"]


def test_a_portfolio_is_no_body(registry) -> None:  # type: ignore[no-untyped-def]
    """offices, name_continuations: "Fisheries Minister Jane Doe", "Commissioner for Fisheries";
    a body before an office keeps its name."""
    assert mentions(registry, "Coastal Fisheries Minister Jane Doe spoke.", ("Coastal Fisheries", "ORG"),
                    ("Jane Doe", "PERSON")) == [("Jane Doe", "jane_doe", "Person")]
    assert mentions(registry, "The Commissioner for Coastal Fisheries spoke.", ("Coastal Fisheries", "ORG")) == []
    assert mentions(registry, "Strelsau Revenue Authority Commissioner Jane Doe spoke.",
                    ("Strelsau Revenue Authority", "ORG"), ("Jane Doe", "PERSON"))[0] == (
        "Strelsau Revenue Authority", "strelsau_revenue_authority", "Organization")


def test_a_lone_event_or_kingdom_word_is_no_entity(registry) -> None:  # type: ignore[no-untyped-def]
    """event_heads, generic_words: "the Summit", "the Kingdom" alone name nothing by name."""
    assert mentions(registry, "Leaders left the Summit early.", ("Summit", "ORG")) == []
    assert mentions(registry, "He praised the Kingdom's role.", ("Kingdom", "GPE")) == []


def test_a_list_the_text_calls_places_is_places(registry) -> None:  # type: ignore[no-untyped-def]
    """place_before: "settlements such as X, Y, Z and W" lists places, whatever the NER made of
    each name; "friends such as" does not."""
    text = "Shelling hit settlements such as Vurdask Ayla, Yeld, Morrin, Tavel and Osk."
    found = mentions(registry, text, ("Vurdask Ayla", "PERSON"), ("Morrin, Tavel", "ORG"))
    assert [(name, etype) for name, _, etype in found] == [
        ("Vurdask Ayla", "Place"), ("Yeld", "Place"), ("Morrin", "Place"), ("Tavel", "Place")]
    other = mentions(registry, text.replace("settlements", "friends"), ("Vurdask Ayla", "PERSON"))
    assert other == [("Vurdask Ayla", "vurdask_ayla", "Person")]


def test_a_town_joined_to_a_place_by_a_hyphen_is_a_place(registry) -> None:  # type: ignore[no-untyped-def]
    found = mentions(registry, "Somalia's army held the Luuq-Kismayo road.", ("Somalia", "GPE"), ("Luuq", "GPE"))
    assert found[1:] == [("Luuq", "luuq", "Place"), ("Kismayo", "kismayo", "Place")]
    assert mentions(registry, "Somalia's army held the Luuq-Westeros road.", ("Somalia", "GPE"), ("Luuq", "GPE"))[1:] == [
        ("Luuq", "luuq", "Place")]


def test_an_office_with_its_holder_in_apposition_is_the_holders_mention(registry) -> None:  # type: ignore[no-untyped-def]
    """titles: "the Minister of Fisheries, Mr Jon Hale" names Jon Hale twice; the entity keeps
    his name as its label."""
    text = "The interview of the Minister of Fisheries, Mr Jon Hale, aired."
    sdoc = tagged(text, ("Minister of Fisheries", "ORG"), ("Jon Hale", "PERSON"))
    document = Document("t.txt", Path("t.txt"), text, text, list(range(len(text) + 1)), "sha256:0")
    entities, found, _ = extract_entities(sdoc, document, registry)
    assert sorted((m.span.text, m.entity) for m in found) == [("Jon Hale", "jon_hale"), ("Minister of Fisheries", "jon_hale")]
    assert entities["jon_hale"].label == "Jon Hale" and entities["jon_hale"].type == "Person"
