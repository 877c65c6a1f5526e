"""Schema of the names tables: what entity names look like, and the words that show a
span the NER took for a name is none (filled per language in
``kg/extract/lang/<xx>/names.py``).

Word lists that the entity rules need as regular expressions are kept as words and
compiled once by the rules; where the words' order matters, the table is a pattern.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NameWords"]


@dataclass(frozen=True)
class NameWords:
    """Titles to strip, generic, document, body and event words, and site chrome."""

    titles: frozenset[str]
    """titles stripped from the front of a person's name, lower case without a full stop
    ("General Smith" is Smith; "General Staff" is no person's name and keeps it)"""
    abbreviated_titles: frozenset[str]
    """titles written with a full stop before a name ("Hon.", "Sen.", "Gov."), lower case
    without the stop: the tokenizer keeps each one token, so its stop ends no sentence"""
    offices: frozenset[str]
    """titles of an office that a place or body goes before ("Westeros Governor Jane Doe"):
    inside a person's name they end what is no part of it (honorifics such as "Sheikh" are part
    of some names and are not here), lower case"""
    articles: tuple[str, ...]
    """articles stripped from the front of any name ("the Kremlin"), in any case"""
    possessive: str
    """pattern of a possessive ending stripped from a name ("Aliyev's", "Aliyev s")"""
    dangling: tuple[str, ...]
    """words a name the NER cut too early ends with, cut off ("Ministry of Foreign Affairs
    of"); the single words make an unknown name unspecific"""
    generic_words: frozenset[str]
    """common words an unknown one-word name cannot be ("West", "State", "Islam"), casefolded"""
    unnamelike_endings: tuple[str, ...]
    """endings of a one-word unknown name that is a common word ("Zionism", "Islamic")"""
    document_words: frozenset[str]
    """heads of treaties, declarations and laws: documents, not actors ("Chicago Convention")"""
    document_links: tuple[str, ...]
    """words after a document's head that begin what it is about ("Convention on ...")"""
    document_before: str
    """pattern of the text just before a name that makes the name a document's topic
    ("Declaration on Allied Relations")"""
    place_before: str
    """pattern of the text just before a name that makes it a place ("the villages of X and Y")"""
    place_prepositions: frozenset[str]
    """a one-word name right after one of these is a place ("in X"), and so is each name of a
    list the NER ran into one ("in X and Y")"""
    coordinators: tuple[str, ...]
    """the words that join the last two names of a list ("X, Y and Z"), lower case: a list with
    places in it is a list of places ("the states of X, Y and Z")"""
    body_words: frozenset[str]
    """one-word names of a kind of body ("the Commission"): the body of that kind the document
    named in full, else no entity"""
    national_bodies: frozenset[str]
    """bodies a country has one of ("Parliament", "the Cabinet", "the Presidency", "Somalia's
    parliament"): alone, capitalised or after a country's possessive, the body of the country
    the text says or the one the document is about, lower case"""
    region_words: tuple[str, ...]
    """words after a place that make it a region with that word in its name ("Odesa Oblast"),
    as written"""
    body_kinds: frozenset[str]
    """words that say which of its bodies of one kind a country's body is, before the head
    ("Foreign Ministry", "Supreme Court", "Electoral Commission"): such a name after a
    country's possessive ("Japan's Foreign Ministry") names that country's body, lower case"""
    institution_heads: frozenset[str]
    """heads of an institution's name, which a country before or after belongs to ("Kenya
    Revenue Authority", "Law Society of Kenya")"""
    outlet_heads: frozenset[str]
    """head words of a news outlet's or broadcaster's name ("Kyodo News", "Global Times"), lower case"""
    institution_link: str
    """the word between an institution and its country ("Law Society of Kenya")"""
    name_continuations: tuple[str, ...]
    """words after an organisation's head word that carry its name on, where the NER cut it
    ("Gulf Centre" + "for Strategic Futures", "Council" + "on Foreign Relations"), lower case"""
    government_words: tuple[str, ...]
    """words after a person's name that make it their government ("the Biden administration"),
    in any case"""
    event_heads: frozenset[str]
    """last words of an occurrence's name ("Chess Olympiad", "First European Games"): an
    event, not an entity"""
    headline_verbs: frozenset[str]
    """verbs of a Title Case headline that the NER runs into a name ("Aliyev Rejects Turkish
    Military Base Talk")"""
    headline_ending: str
    """the ending of a headline verb in the present ("Rejects"); the statement rule for Title
    Case headlines reads it too"""
    chrome: frozenset[str]
    """site chrome that the NER takes for a name ("Twitter", "Share", "Copy link"), casefolded"""
    byline_roles: frozenset[str]
    """words after a byline's name that say the author's job ("Garowe Online Staff", "Jane Doe
    Reporter"): cut from the name, casefolded"""
    author_before: str
    """pattern of the words before the names of a story's authors, translators and editors
    ("By Jane Doe and John Roe", "Reporting by Jane Doe; Editing by John Roe", "Translated by
    Jane Doe"): each name of the list it opens is a person, whatever the NER said"""
    credit_labels: tuple[str, ...]
    """labels of a photo credit ("Photo: Jane Doe/Agency"): the names after one, up to the end
    of the line, are the picture's licence, not the story's; as written"""
    platforms: frozenset[str]
    """social networks and messaging services, casefolded: chrome in a menu, an organisation where
    the text says someone posts on one ("wrote on X", "on its WeChat account")"""
    state_abbreviations: dict[str, str]
    """abbreviations of a federation's states in a legislator's tag ("Sen. Ann Holt (R-Nev.)",
    "Rep. Jo Fry (Ore.)"), as written, with the state's name as the registry labels it; a tag
    may also spell the state out ("(R-Idaho)")"""
    state_codes: dict[str, str]
    """two-letter codes of the same states, which a tag uses only after a party ("(D-OR)"):
    alone in brackets they are any abbreviation ("(CA)"), with the state's name"""
    party_tag: str
    """pattern of a legislator's party-and-state tag, ``{}`` standing for the state ("(R-Nev.)",
    ", D-Ore.,"): the state is its first group"""
    state_tag: str
    """pattern of a legislator's state alone in brackets, ``{}`` standing for the state ("(Ore.)")"""
    platform_before: str
    """pattern of the text just before a platform's name in running text ("posted on her ")"""
    name_links: frozenset[str]
    """lower-case words inside a body's name that its abbreviation leaves out ("Bureau of
    Fisheries and Aquatic Resources (BFAR)")"""
    place_heads: frozenset[str]
    """head words of a place's name ("Scarborough Shoal", "Gulf of Ruritania", "Cross River
    State"): an unknown name with one is a place, whatever the NER said, lower case"""
    feature_heads: frozenset[str]
    """head words that a place's name carries even in lower case ("the Juba river", "the
    Zangezur corridor", "La Boquilla dam"); an administrative word in lower case is no part of
    the name ("the Gedo region" is Gedo), and nor is a word that describes an area of the place
("the Bari mountains", "the Rio Grande basin")"""
    organisation_heads: frozenset[str]
    """head words that make a capitalised name before a bracketed abbreviation an organisation
    even where the NER missed it ("Coastal Farmers Union (CFU)"), with the institution, body
    and outlet heads; an unknown name with one of them as its head is an organisation, whatever
    the NER said ("Strelsau Online", taken for a person)"""
