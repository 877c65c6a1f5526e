"""Entity mentions resolved to canonical entities.

Candidates come from the spaCy doc's entities (the registry's EntityRuler, then
the statistical NER). Each is trimmed of titles, articles and possessives and
resolved, in this order: registry alias, registry alias with OCR damage (one
edit per long word), the same document's fuller name ("Kiselyov" ->
"Dmitry Kiselyov"), else a new entity keyed by the slug of its name, so that
the same name in two documents gets one IRI.

What names look like in the document's language (titles, generic and document words,
site chrome) is the lexicon's, in ``lang/<xx>/names.py``.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..records import ENTITY_TYPES, Document, Entity, Mention
from ..registry import label_key as slug
from .context import doc_text, layout
from .discourse import SpeakerLabel
from .lang import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from ..registry import Registry
    from .lang.names import NameWords

#: spaCy's NER labels (the OntoNotes scheme of the English models) -> kg types. A mapping of
#: the model's label scheme, not of the language, so it stays with the rules.
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}

ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.-]{1,9})\)")
#: an abbreviation in brackets ("(BFAR)", "(AfDB)"), at least two capitals
ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z0-9&.-]{1,9})\)")
ACRONYM_CAPITALS = 2
#: the possessive ending of a word inside a name ("Governors'")
WORD_POSSESSIVE = re.compile(r"['’]s?$")
EDGE_JUNK = re.compile(r"^[\W_]+|[\W_]+$")
#: where a name cannot go on: the end of a markdown link's text, a spaced dash, bar, slash or
#: arrow between a byline's fields ("Jane Doe - Reporter", "Media > Spokesperson"), a bracket
#: the span does not close ("Jane Doe (BE")
NAME_BREAK = re.compile(r"\]\(|[ \t][-–—|/>•·][ \t]|[ \t]*\||[ \t]*\((?![^()]*\))")
#: a bracketed label before a caption's first name ("[Photo] Ruritanian soldiers")
LABEL_BEFORE = re.compile(r"^\[[^\[\]\n]{1,20}\](?!\()\s*")
#: a line of site navigation: three or more short items between bars ("Home | World | Sport"),
#: each of at most this many words (an OCR's "|" for "I" is inside a paragraph)
MENU_LINE = re.compile(r"^[^\n]*[ \t]\|[ \t][^\n]*[ \t]\|[ \t][^\n]*$", re.MULTILINE)
MENU_BAR = re.compile(r"[ \t]\|[ \t]")
#: a breadcrumb trail: short items between angle brackets ("Home > Press and Media Services > Remarks")
CRUMB_LINE = re.compile(r"^[^\n]*[ \t][>›»][ \t][^\n]*$", re.MULTILINE)
CRUMB = re.compile(r"[ \t][>›»][ \t]")
MENU_ITEM_WORDS = 4
#: the slash between the names of a credit ("Jane Doe/Agency/Picture alliance")
CREDIT_SPLIT = re.compile(r"\s*/\s*")
#: a caption in front of a credit has this many words at least ("Wreckage of the drone / Agency")
CAPTION_WORDS = 4
#: a line of running text has this many words at least ("Follow us on X" is a button)
SENTENCE_WORDS = 6
#: the capitalised word right after a name ("Colorado River")
NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
#: the lower-case word right after a name ("Juba river")
NEXT_LOWER = re.compile(r" ([a-z]+)\b")
#: the country a document names most is its country when it is named this many times more
#: than the next, and this many times as often
HOME_MARGIN = 2
HOME_SHARE = 1.5
#: a country's possessive or nationality word right before a body's name ("Somalia's ", "Kenyan ")
POSSESSOR = re.compile(r"\b([A-Z][\w-]+)(['’]s?)?\s+$")
#: the NER's labels of words that carry no organisation's name on ("the Commission on Tuesday")
NOT_NAMES = ("DATE", "TIME", "GPE", "CARDINAL", "ORDINAL")
#: a capitalised word joined by a hyphen after or before a name ("Luuq-Baidoa")
HYPHEN_AFTER = re.compile(r"-([A-Z][^\W\d_]+)\b")
HYPHEN_BEFORE = re.compile(r"\b([A-Z][^\W\d_]+)-$")
#: where a capitalised word starts
CAPITAL = re.compile(r"(?<![\w’'.-])[A-Z]")
#: rules that found a mention as a person's name: a place's name it may share is not meant
PERSON_RULES = ("+surname", "+first-name", "+titled-surname", "+document", "speaker-label", "speaker-name",
                "self-introduction", "metadata", "credit", "+given-name")
#: a word of a listed name: capitalised, with a full stop or an apostrophe only inside it
#: ("Kano", "Cross River", "Mato Grosso"; not the possessive of "Iran's")
LIST_WORD = r"[A-Z](?:[\w-]|['’](?=\w{2})|\.(?=\w))*"
#: white space inside a list, at most one line break
LIST_SPACE = r"[ \t]*\n?[ \t]*"
#: how many words a listed name has at most
LIST_NAME_WORDS = 4
#: how many places a list names before its other names are taken for places
LIST_PLACES = 2


@cache
def lexicon_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern of the lexicon, compiled once."""
    return re.compile(pattern, flags)


@cache
def _words_rx(template: str, words: tuple[str, ...], flags: int = 0) -> re.Pattern[str]:
    """``template`` with ``{}`` replaced by an alternation of the lexicon's ``words``, compiled once."""
    return re.compile(template.replace("{}", "|".join(re.escape(w) for w in words)), flags)


def _leading(names: NameWords) -> re.Pattern[str]:
    return _words_rx(r"^(?:{})\s+", names.articles, re.IGNORECASE)


def _dangling(names: NameWords) -> re.Pattern[str]:
    return _words_rx(r"\s+(?:{})$", names.dangling)


def _region_after(names: NameWords) -> re.Pattern[str]:
    return _words_rx(r"\s({})\b", names.region_words)


def _government_after_name(names: NameWords) -> re.Pattern[str]:
    return _words_rx(r"\s+({})\b", names.government_words, re.IGNORECASE)


def _document_link(names: NameWords) -> re.Pattern[str]:
    return _words_rx(r"\s+(?:{})\s+", names.document_links)


@cache
def _single_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in words if " " not in w)


def _dangling_words(names: NameWords) -> frozenset[str]:
    """The one-word ``dangling`` words: an unknown name that ends with one is not specific."""
    return _single_words(names.dangling)


@dataclass(frozen=True)
class EntitySpan:
    """A resolved mention in clean-text coordinates, for the other extractors."""

    start: int
    end: int
    key: str
    type: str


@dataclass
class _Candidate:
    start: int
    end: int
    name: str
    type: str
    key: str | None
    rule: str
    choices: list[str] = field(default_factory=list)  # registry keys an ambiguous name may mean
    titled: bool = False  # a person's title stood before it ("Ms Victoria")
    placed: bool = False  # a word that says a place follows stood before it ("in X")


def strip_name(text: str, names: NameWords, person: bool = True) -> tuple[str, int, int]:
    """Remove articles, possessives, edge punctuation and, from a person's name, titles
    ("General Staff" is a body, "General Smith" a person).

    Returns the bare name and how many characters were cut from each end.
    """
    original = text
    text = text.replace("\n", " ")
    text = EDGE_JUNK.sub("", text)
    text = _leading(names).sub("", text)
    words = text.split(" ")
    while person:
        while len(words) > 1 and _title(words[0], names):
            words = words[1:]
        office = _office_after_modifiers(words, names)  # "Home Secretary Yvette Cooper", "CHIEF CABINET SECRETARY X"
        if not office:
            break
        words = words[office:]
    text = " ".join(words)
    text = lexicon_pattern(names.possessive).sub("", text)
    text = EDGE_JUNK.sub("", text)
    if not text:
        return "", 0, 0
    head = original.replace("\n", " ").find(text)
    if head < 0:
        return text, 0, 0
    return text, head, len(original) - head - len(text)


#: how many words may say which office a title is before its office word ("Homeland Security Secretary")
OFFICE_MODIFIERS = 3


def _office_after_modifiers(words: list[str], names: NameWords) -> int:
    """Where an office word stands after the capitalised words that say which office it is
    ("Home" "Secretary", "Homeland Security" "Secretary"), with a name after it; else 0."""
    for i, word in enumerate(words[1 : OFFICE_MODIFIERS + 1], start=1):
        if not words[i - 1][:1].isupper():
            return 0
        if word.lower().strip(".") in names.offices:
            return i if i < len(words) - 1 and words[i + 1][:1].isupper() else 0
    return 0


def unbroken(text: str) -> tuple[int, int]:
    """The piece of an NER span that can be one name: without a bracketed label in front
    ("[Photo] Ruritanian Army") and up to a byline's or link's break ("Jane Doe - Reporter",
    "Jane Doe](https://...) Correspondent") or a bracket it does not close ("Jane Doe (BE"). Returns the characters cut from each end."""
    label = LABEL_BEFORE.match(text)
    head = label.end() if label else 0
    cut = NAME_BREAK.search(text, head)
    end = cut.start() if cut else len(text)
    return head, len(text) - end


def _without_byline_role(name: str, names: NameWords) -> str:
    """"Garowe Online Staff" is Garowe Online; a role alone keeps its word."""
    words = name.split(" ")
    while len(words) > 2 and words[-1].casefold() in names.byline_roles and words[-2][:1].isupper():
        words = words[:-1]
    return " ".join(words)


def _titled_parts(ent: SpacySpan, names: NameWords) -> list[SpacySpan]:
    """A person's name the NER ran a place and an office into: "Westeros Governor Jane Doe" is
    Jane Doe, and the place Westeros where the NER tags it a place elsewhere (or the registry
    knows it); "Westeros Premier" is no person."""
    if ent.label_ != "PERSON" or ent.ent_id_:
        return [ent]
    inner = next((i for i, t in enumerate(ent) if i > 0 and t.text[:1].isupper() and t.lower_.strip(".") in names.offices
                  and all(w.pos_ == "PROPN" for w in ent[:i])), None)
    if inner is None:
        return [ent]
    from spacy.tokens import Span

    prefix = ent[:inner].text
    place = any(e.text == prefix and e.label_ in ("GPE", "LOC") for e in ent.doc.ents)  # tagged a place elsewhere
    parts = [Span(ent.doc, ent.start, ent.start + inner, label="GPE")] if place else []
    if any(t.pos_ == "PROPN" and t.lower_.strip(".") not in names.titles for t in ent[inner:]):
        parts.append(Span(ent.doc, ent.start + inner, ent.end, label="PERSON"))
    return parts


def _headline_fragment(ent: SpacySpan, names: NameWords) -> bool:
    """A Title Case headline run taken for a name: "Aliyev Rejects Turkish Military Base Talk"."""
    ending = names.headline_ending
    return len(ent) > 2 and any(
        t.lower_.endswith(ending) and t.lower_[: -len(ending)] in names.headline_verbs for t in ent
    )


def _specific(name: str, ent: SpacySpan, names: NameWords) -> bool:
    """Whether an unknown name is specific enough to be an entity: not a common word
    ("West", "State", "Islam"), an adjective, or a short unknown abbreviation."""
    words = name.split()
    if len(words) == 1:
        if name.casefold() in names.generic_words or len(name) <= 3:
            return False
        tokens = [t for t in ent if t.text == name]
        if tokens and tokens[0].tag_ in ("JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBZ", "VBG", "NNS"):
            return False
        if name.lower().endswith(names.unnamelike_endings):
            return False
    if words[-1].casefold() in _dangling_words(names):
        return False
    return True


def _office_holders(
    text: str, candidates: list[_Candidate], names: NameWords
) -> tuple[list[tuple[_Candidate, int]], list[_Candidate]]:
    """An office named without its holder is no entity; with its holder in apposition ("the
    Minister of Finance, Mr Jane Doe") it is a mention of that person. Returns the offices with
    where their holder's name starts, and the candidates without the offices."""
    ordered = sorted(candidates, key=lambda c: c.start)
    offices: list[tuple[_Candidate, int]] = []
    for i, cand in enumerate(ordered):
        if cand.rule != "office":
            continue
        holder = next((c for c in ordered[i + 1 :] if c.rule != "office"), None)
        between = text[cand.end : holder.start] if holder is not None else ""
        words = between[1:].split()
        if (holder is not None and holder.type == "Person" and between.startswith(",") and len(between) < 30
                and all(_title(w, names) for w in words)):
            offices.append((cand, holder.start))
    return offices, [c for c in candidates if c.rule != "office"]


def _held_offices(offices: list[tuple[_Candidate, int]], candidates: list[_Candidate]) -> list[_Candidate]:
    """The offices of :func:`_office_holders` keyed as their holders, once they are resolved."""
    out = []
    for office, start in offices:
        holder = next((c for c in candidates if c.start <= start < c.end and c.type == "Person"), None)
        if holder is not None:
            office.key, office.type, office.rule = holder.key, "Person", "office-of:" + holder.rule
            out.append(office)
    return out


def _office_name(words: list[str], registry: Registry, names: NameWords) -> bool:
    """An office named without its holder is no entity: "Minister of Finance", "Official
    Spokesperson" (the head is an office); "Minister of Finance Jane Doe" has a holder, whose
    given name is the registry's."""
    links = [i for i, w in enumerate(words) if i > 0 and w in names.name_links]
    head = links[0] - 1 if links else len(words) - 1
    return words[head].casefold() in names.offices and not any(w in registry.given_names() for w in words[head + 1 :])


def _portfolio(ent: SpacySpan, name: str, names: NameWords) -> bool:
    """A minister's or commissioner's portfolio, which the NER tags as a body: the words before an
    office and its holder ("Federal Information Minister Jane Doe", "External Affairs Minister"),
    or after an office and "for" or "of" ("Commissioner for Enlargement"). A name with the head
    word of a body is one ("Revenue Authority Commissioner Jane Doe")."""
    if head_type(name, names) is not None or name.isupper():
        return False
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.lower_.strip(".") in names.offices:
        return True
    before = doc[max(0, ent.start - 2) : ent.start]
    return (len(before) == 2 and before[0].lower_ in names.offices and before[1].lower_ in names.name_continuations
            and before[0].text[:1].isupper())


def _document_name(name: str, names: NameWords) -> bool:
    """"Chicago Convention on International Civil Aviation": a document's head before its topic."""
    return _document_link(names).split(name)[0].split()[-1].casefold() in names.document_words


def _document_title(name: str, ent: SpacySpan, names: NameWords) -> bool:
    """Treaties, declarations and laws are documents, not actors: "Chicago Convention on
    International Civil Aviation", or "Allied Relations" cut from "Declaration on Allied Relations"."""
    before = doc_text(ent.doc)[max(0, ent.start_char - 30) : ent.start_char]
    return _document_name(name, names) or bool(lexicon_pattern(names.document_before).search(before))


def event_head(name: str, names: NameWords) -> bool:
    """Whether a name is an occurrence's: "Chess Olympiad", "First European Games"."""
    words = name.split()
    return bool(words) and words[-1].casefold() in names.event_heads


def _event_name(name: str, names: NameWords) -> bool:
    return len(name.split()) >= 2 and event_head(name, names)


def _place_context(ent: SpacySpan, names: NameWords) -> bool:
    """An unknown name the NER took for a person or body, where the text calls it a place:
    "the villages of X and Y", "in X"."""
    before = doc_text(ent.doc)[max(0, ent.start_char - 40) : ent.start_char]
    return bool(lexicon_pattern(names.place_before).search(before)) or (
        len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ in names.place_prepositions
    )


def plausible_name(name: str, names: NameWords) -> bool:
    """Reject NER output that cannot be a name: digits, lowercase, chrome, symbols. A platform
    is a name only where :func:`_platform_names` finds someone posting on it."""
    if len(name) < 2 or name.casefold() in names.chrome or name.casefold() in names.platforms:
        return False
    if any(ch.isdigit() for ch in name) or "@" in name or "http" in name.lower():
        return False
    if not any(word[:1].isupper() for word in name.split()):
        return False
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and len(name.split()) <= 8


def extract_entities(
    sdoc: Doc, document: Document, registry: Registry
) -> tuple[dict[str, Entity], list[Mention], list[EntitySpan]]:
    """Mentions of Person, Country, Organization and Place entities in one document."""
    names = lexicon(sdoc.lang_).names
    candidates = [c for ent in sdoc.ents for part in _titled_parts(ent, names)
                  if (c := _candidate(part, registry, names)) is not None]
    chrome = _chrome_ranges(doc_text(sdoc), names)
    candidates = [c for c in candidates if not _inside(c, chrome)]
    offices, candidates = _office_holders(doc_text(sdoc), candidates, names)
    candidates += _platform_names(sdoc, document, candidates, chrome, registry, names)
    candidates = _administrations(sdoc, candidates, names)
    candidates = _compound_names(sdoc, candidates, registry, names)
    candidates = _names_going_on(sdoc, candidates, registry, names)
    candidates = _cut_at_markup(sdoc, document, candidates, registry, names)
    candidates = _fuller_names(sdoc, candidates, registry, names)
    candidates = _bracketed_acronyms(sdoc, candidates, chrome, registry, names)
    candidates += _byline_names(sdoc, document, candidates, registry)
    candidates += _label_names(sdoc, candidates, registry, names)
    candidates = [c for c in candidates if c.start < c.end]  # pieces a speaker label joined
    candidates += _unnamed_speakers(sdoc, candidates, registry, names)
    _country_bodies(sdoc, candidates, registry, names)
    candidates = _generic_bodies(candidates, names)
    countries = _document_countries(sdoc, candidates, registry)
    candidates = _place_lists(sdoc, candidates, chrome, registry, names, countries)
    candidates = _national_bodies(sdoc, candidates, chrome, registry, names)
    candidates = _shared_names(sdoc, candidates, chrome, registry)
    candidates = _legislator_states(sdoc, candidates, registry, names)
    candidates = _towns_after_prepositions(sdoc, candidates, chrome, registry, names, countries)
    candidates = _credited_people(sdoc, candidates, chrome, registry, names)
    _people_by_given_name(candidates, registry, names)
    _resolve_in_document(doc_text(sdoc), candidates, registry, names, countries)
    _acronyms(sdoc, candidates)
    candidates += _held_offices(offices, candidates)
    candidates += _unmarked_repeats(sdoc, candidates, chrome, names)
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    spans: list[EntitySpan] = []
    types_seen: dict[str, Counter[str]] = defaultdict(Counter)
    names_seen: dict[str, Counter[str]] = defaultdict(Counter)
    for cand in candidates:
        assert cand.key is not None
        types_seen[cand.key][cand.type] += 1
        if "office-of:" not in cand.rule:  # "the Minister of Finance, Jane Doe" is labelled Jane Doe
            names_seen[cand.key][cand.name] += 1
    for key, counts in types_seen.items():
        entities[key] = _entity(key, counts, names_seen[key], registry)
    for cand in candidates:
        assert cand.key is not None
        span = document.span(cand.start, cand.end)
        mentions.append(Mention(cand.key, span, cand.rule))
        spans.append(EntitySpan(cand.start, cand.end, cand.key, entities[cand.key].type))
    return entities, mentions, spans


def _chrome_ranges(text: str, names: NameWords) -> list[tuple[int, int]]:
    """Where the names are the page's, not the story's: navigation lines ("Home | World |
    Sport"), breadcrumb trails ("Home > Media Services > Remarks") and photo credits ("Photo: Jane Doe/Agency"; after a caption of some words, only
    what follows its slash: "Photo: Wreckage of the drone / Agency")."""
    ranges = [m.span() for m in MENU_LINE.finditer(text)
              if all(len(item.split()) <= MENU_ITEM_WORDS for item in MENU_BAR.split(m.group()))]
    ranges += [m.span() for m in CRUMB_LINE.finditer(text)
               if all(len(item.split()) <= MENU_ITEM_WORDS for item in CRUMB.split(m.group()))]
    labels = _words_rx(r"(?<![\w-])(?:{})(?:\s*:|\s+by\b)[ \t]*", names.credit_labels)
    for label in labels.finditer(text):
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        credit = text[label.end() : line_end]
        first = CREDIT_SPLIT.search(credit)
        caption = credit[: first.start()] if first else credit
        start = label.end() + (first.end() if first and len(caption.split()) >= CAPTION_WORDS else 0)
        if first is None and len(caption.split()) >= CAPTION_WORDS:
            continue
        ranges.append((start, line_end))
    return ranges


def _inside(cand: _Candidate, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= cand.start and cand.end <= b for a, b in ranges)


def _platform_names(
    sdoc: Doc, document: Document, candidates: list[_Candidate], chrome: list[tuple[int, int]],
    registry: Registry, names: NameWords,
) -> list[_Candidate]:
    """Social networks the story says someone posts on ("wrote on X", "on its WeChat account"):
    organisations in running text; in menus, links and buttons ("Follow us on [X](#)") chrome."""
    text = doc_text(sdoc)
    pattern = _words_rx(r"(?<![\w\[-])({})(?![\w-]|\]\()", tuple(sorted(names.platforms)), re.IGNORECASE)
    before = lexicon_pattern(names.platform_before, re.IGNORECASE)
    extra: list[_Candidate] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if not text[start].isupper() or not before.search(text[max(0, start - 40) : start]):
            continue
        if any(c.start < end and start < c.end for c in candidates) or any(a <= start < b for a, b in chrome):
            continue
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        origin = document.offsets[start]
        if len(line.split()) < SENTENCE_WORDS or (origin > 0 and document.text[origin - 1] == "["):
            continue
        name = match.group(1)
        extra.append(_Candidate(start, end, name, "Organization", registry.lookup(name), "platform"))
    return extra


def _administrations(sdoc: Doc, candidates: list[_Candidate], names: NameWords) -> list[_Candidate]:
    """"the Biden administration" names a government, not the person."""
    out = []
    for cand in candidates:
        after = doc_text(sdoc)[cand.end : cand.end + 20]
        match = _government_after_name(names).match(after)
        if cand.type == "Person" and match:
            name = f"{cand.name.split()[-1]} {match.group(1).capitalize()}"
            end = cand.end + match.end()
            cand = _Candidate(cand.start, end, name, "Organization", None, cand.rule + "+administration")
        out.append(cand)
    return out


def _compound_names(sdoc: Doc, candidates: list[_Candidate], registry: Registry, names: NameWords) -> list[_Candidate]:
    """Names the registry ruler cut in two: "Odesa" + "Oblast" is a region, "Law Society"
    + "of" + "Kenya" and "Kenya" + "Revenue Authority" are one institution."""
    ordered = sorted(candidates, key=lambda c: c.start)
    out: list[_Candidate] = []
    i = 0
    while i < len(ordered):
        cand = ordered[i]
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        region = _region_after(names).match(doc_text(sdoc), cand.end)
        head = NEXT_WORD.match(doc_text(sdoc), cand.end)
        if cand.type == "Place" and head and head.group(1).casefold() in names.place_heads and not (
                nxt is not None and nxt.start < head.end()):
            region = head  # "Colorado" + "River", which the registry ruler cut after the state
        feature = NEXT_LOWER.match(doc_text(sdoc), cand.end)
        if cand.type == "Place" and feature and feature.group(1) in names.feature_heads and not (
                nxt is not None and nxt.start < feature.end()):
            region = feature  # "Juba" + "river"
        if cand.type in ("Place", "Country") and region:
            name = f"{cand.name} {region.group(1)}"
            cand = _Candidate(cand.start, region.end(), name, "Place", registry.lookup(name), cand.rule + "+region")
        elif cand.type == "Person" and cand.key is None and (word := _next_name_word(sdoc, cand, nxt, names)) is not None:
            name = f"{cand.name} {word.text}"  # "Omar García" + "Harfuch", which the NER left out
            cand = _Candidate(cand.start, word.idx + len(word), name, "Person", registry.lookup(name), cand.rule + "+surname")
        elif nxt is not None and _continues_person(doc_text(sdoc), cand, nxt) and not _title(nxt.name, names):
            name = f"{cand.name} {nxt.name}"  # "Omar García" + "Harfuch"
            cand = _Candidate(cand.start, nxt.end, name, "Person", registry.lookup(name), cand.rule + "+surname")
            i += 1
        elif nxt is not None and _joins_institution(doc_text(sdoc), cand, nxt, names):
            name = _institution_name(doc_text(sdoc), cand, nxt, registry)
            cand = _Candidate(cand.start, nxt.end, name, "Organization", registry.lookup(name), "institution")
            i += 1
        out.append(cand)
        i += 1
    return out


def _names_going_on(sdoc: Doc, candidates: list[_Candidate], registry: Registry, names: NameWords) -> list[_Candidate]:
    """An unknown organisation's name the NER cut after its head word goes on with a linking word
    and capitalised proper nouns: "Gulf Centre" + "for Strategic Futures" is one name (whatever
    the NER made of the rest); not "the Commission on Tuesday", nor a registry name after it."""
    heads = names.organisation_heads | names.institution_heads
    out: list[_Candidate] = []
    dropped: set[int] = set()
    ordered = sorted(candidates, key=lambda c: c.start)
    for cand in ordered:
        if id(cand) in dropped:
            continue
        words = cand.name.split()
        span = sdoc.char_span(cand.start, cand.end, alignment_mode="expand")
        if (cand.key is not None or cand.choices or cand.type == "Person" or span is None
                or words[-1].casefold() not in heads or span.end + 1 >= len(sdoc)
                or sdoc[span.end].lower_ not in names.name_continuations or sdoc[span.end].text != sdoc[span.end].lower_):
            out.append(cand)
            continue
        end = span.end + 1
        while (end < len(sdoc) and sdoc[end].pos_ == "PROPN" and sdoc[end].text[:1].isupper() and sdoc[end].is_alpha
               and sdoc[end].ent_type_ not in NOT_NAMES and "\n" not in sdoc[end - 1].whitespace_):
            end += 1
        inside = [c for c in ordered if c is not cand and cand.end <= c.start and c.end <= sdoc[end - 1].idx + len(sdoc[end - 1])]
        if end == span.end + 1 or any(c.key is not None for c in inside):
            out.append(cand)
            continue
        dropped.update(id(c) for c in inside)
        full = sdoc[span.start : end]
        name, cut_left, _ = strip_name(full.text, names, person=False)
        start = full.start_char + cut_left
        out.append(_Candidate(start, full.end_char, name, "Organization", registry.lookup(name), cand.rule + "+name-goes-on"))
    return [c for c in out if id(c) not in dropped]


def _cut_at_markup(
    sdoc: Doc, document: Document, candidates: list[_Candidate], registry: Registry, names: NameWords
) -> list[_Candidate]:
    """A name the clean text runs on past the markup of the original: a markdown link's end
    ("[Jane Doe](https://...) Political Correspondent") or a caption's label ("[Photo] Ruritanian
    Army"). The name is the piece before the break (after the label)."""
    text = doc_text(sdoc)
    out = []
    for cand in candidates:
        original = document.span(cand.start, cand.end)
        opened = int(original.start > 0 and document.text[original.start - 1] == "[")  # "[Photo] X", NER from "Photo"
        head, tail = unbroken(document.text[original.start - opened : original.end])
        head = max(0, head - opened)
        if (head, tail) == (0, 0):
            out.append(cand)
            continue
        first, last = original.start + head, original.end - tail
        start, end = cand.start, cand.end
        while start < end and document.offsets[start] < first:
            start += 1
        while end > start and document.offsets[end - 1] >= last:
            end -= 1
        name, cut_left, cut_right = strip_name(text[start:end], names, person=cand.type == "Person")
        if not plausible_name(name, names):
            continue
        cand.start, cand.end, cand.name = start + cut_left, end - cut_right, name
        if cand.key is None or "+" in cand.rule:
            cand.key = registry.lookup(name)
        out.append(cand)
    return out


def _fuller_names(sdoc: Doc, candidates: list[_Candidate], registry: Registry, names: NameWords) -> list[_Candidate]:
    """A one-word person name inside a longer name is that longer name: "Morales" in "Efraín
    Morales López" is not the registry's Morales, and "Wekesa" after "Moses" is Moses Wekesa; a
    neighbour the NER tagged alone as an unknown one-word person ("Kiprotich" after the
    registry's "Nixon" in "Justice Nixon Kiprotich") is part of it."""
    loose = [c for c in candidates if c.key is None and not c.choices and " " not in c.name
             and c.rule.startswith("ner:") and c.type == "Person"]
    covered = {i for c in candidates if c not in loose for i in range(c.start, c.end)}
    merged: list[_Candidate] = []
    for cand in candidates:
        if cand.type != "Person" or " " in cand.name or cand.name.lower() in names.titles:
            continue  # one word: a registry surname, or a name the NER cut ("Hon. Moses | Wekesa")
        if cand.key is not None and not cand.rule.startswith("registry"):
            continue
        span = sdoc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None:
            continue
        start, end = span.start, span.end
        while start > 0 and _name_word(sdoc[start - 1], covered, names):
            start -= 1
        while end < len(sdoc) and _name_word(sdoc[end], covered, names):
            end += 1
        if (start, end) == (span.start, span.end):
            continue
        full = sdoc[start:end]
        cand.start, cand.end, cand.name = full.start_char, full.end_char, full.text
        cand.key, cand.rule = registry.lookup(full.text), cand.rule + "+fuller-name"
        merged += [c for c in loose if c is not cand and cand.start <= c.start and c.end <= cand.end]
    return [c for c in candidates if c not in merged]


def _name_word(tok: Token, covered: set[int], names: NameWords) -> bool:
    """A capitalised proper noun outside every other name, not a title."""
    return (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and tok.idx not in covered
            and tok.lower_ not in names.titles)


def _titled(before: str, names: NameWords) -> bool:
    """Whether ``before`` ends in a title ("Prime Minister ", "CHIEF CABINET SECRETARY ")."""
    words = before.split()
    return bool(words) and _title(words[-1], names) and before[-1:].isspace()


def _title(word: str, names: NameWords) -> bool:
    return word.lower().strip(".") in names.titles


def _next_name_word(sdoc: Doc, cand: _Candidate, nxt: _Candidate | None, names: NameWords) -> Token | None:
    """The capitalised proper noun right after a person's name, outside any other name."""
    if doc_text(sdoc)[cand.end : cand.end + 1] != " " or (nxt is not None and nxt.start == cand.end + 1):
        return None
    span = sdoc.char_span(cand.end + 1, cand.end + 2, alignment_mode="expand")
    if span is None:
        return None
    word = span[0]
    if word.pos_ == "PROPN" and word.is_alpha and word.text[:1].isupper() and word.tag_ == "NNP" and not _title(word.text, names):
        return word
    return None


def _continues_person(text: str, first: _Candidate, second: _Candidate) -> bool:
    """A person's name the NER cut before its last word: one space, a single unknown word."""
    return (
        first.type == "Person"
        and first.key is None
        and second.key is None
        and text[first.end : second.start] == " "
        and len(second.name.split()) == 1
        and second.name[:1].isupper()
    )


def _institution_name(text: str, body: _Candidate, country: _Candidate, registry: Registry) -> str:
    """The name of a body joined to its country: as the text spells it, but with the registry's
    name of the country where the text uses a longer one, so that one body has one name ("Ministry
    of Foreign Affairs of the Republic of Azerbaijan" is the "Ministry of Foreign Affairs of Azerbaijan")."""
    known = registry.entities.get(country.key) if country.key is not None else None
    if known is not None and text[country.start : country.end] != known.label:
        return f"{body.name} of {known.label}"
    return text[body.start : country.end].replace("\n", " ")


def _joins_institution(text: str, first: _Candidate, second: _Candidate, names: NameWords) -> bool:
    between = text[first.end : second.start]
    link = names.institution_link
    linked = between == f" {link} " or between in {f" {link} {article} " for article in names.articles}
    if first.type == "Organization" and first.key is None and linked and second.type in ("Country", "Place"):
        # "Law Society" of "Kenya", "Ministry of Foreign Affairs" of "China"
        return any(word.casefold() in names.institution_heads for word in first.name.split())
    if first.type in ("Country", "Place") and between == " " and second.type == "Organization" and second.key is None:
        return second.name.split()[-1].casefold() in names.institution_heads  # "Kenya" "Revenue Authority"
    return False


def _byline_names(sdoc: Doc, document: Document, candidates: list[_Candidate], registry: Registry) -> list[_Candidate]:
    """The document's author and outlet, from its metadata, where the text names them."""
    covered = [(c.start, c.end) for c in candidates]
    extra: list[_Candidate] = []
    for name, etype in ((document.author, "Person"), (document.publisher, "Organization")):
        if not name:
            continue
        key = registry.lookup(name)
        etype = registry.entities[key].type if key else etype
        for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc_text(sdoc)):
            start, end = match.span()
            same = [c for c in candidates if (c.start, c.end) == (start, end) and c.key is None]
            for cand in same:  # the byline says what it is, whatever the NER guessed
                cand.type, cand.rule = etype, cand.rule + "+metadata"
            if not same and not any(a < end and start < b for a, b in covered):
                extra.append(_Candidate(start, end, name, etype, key, "metadata"))
                covered.append((start, end))
    return extra


def _label_names(sdoc: Doc, candidates: list[_Candidate], registry: Registry, names: NameWords) -> list[_Candidate]:
    """The speakers a transcript's labels name where the NER found no name ("LERATO MOKOENA:",
    "MINISTER LAMOLA:", "Shri Randhir Jaiswal, Official Spokesperson:"): a person, unless the
    name is the registry's or has an organisation's head word."""
    text = doc_text(sdoc)
    extra: list[_Candidate] = []
    for label in layout(sdoc).labels:
        if label.role is not None and label.name_start == label.name_end:
            extra += _self_introduced(text, label, candidates + extra, registry)
            continue
        start, end = label.name_start, label.name_end
        inside = [c for c in candidates + extra if c.start < end and start < c.end]
        if text[start:end].isupper() and inside and not any(c.key for c in inside):
            # the NER reads a name in capitals in pieces ("DANA" + "VOSS, HOST"): the label is one name
            first = inside[0]
            name, cut_left, cut_right = strip_name(text[start:end], names)
            titled = _titled(text[start : start + cut_left], names)  # "MINISTER LAMOLA" -> "Lamola"
            shown = name.title() if " " in name or titled else name  # "DANA VOSS" -> "Dana Voss"; "CCTV" stays
            first.start, first.end, first.name = start + cut_left, end - cut_right, shown
            first.type, first.rule = "Person", first.rule + "+speaker-label"
            for other in inside[1:]:
                other.start = other.end = first.start  # an empty span: dropped below
            continue
        for cand in inside:  # a speaker is no place, whatever the NER guessed
            if cand.key is None and cand.type == "Place":
                cand.type, cand.rule = "Person", cand.rule + "+speaker-label"
        if start >= end or inside:
            continue
        raw = text[start:end]
        name, cut_left, cut_right = strip_name(raw, names)
        if not name or not plausible_name(name, names) or all(w.lower().strip(".") in names.titles for w in name.split()):
            continue  # a bare title ("Hon. Speaker:") is the person the text gives it, no name
        shown = name.title() if name.isupper() else name  # "LERATO MOKOENA" -> "Lerato Mokoena"
        key = registry.lookup(shown)
        etype = registry.entities[key].type if key else _label_type(shown, names)
        extra.append(_Candidate(start + cut_left, end - cut_right, shown, etype, key, "speaker-label"))
    return extra


def _self_introduced(text: str, label: SpeakerLabel, known: list[_Candidate], registry: Registry) -> list[_Candidate]:
    """A questioner who names themselves and their outlet in their turn's first words
    ("Q Thank you. Renata Falcão with Folha de S.Paulo. ..."), where the NER found no name."""
    words = lexicon("en").discourse
    links = "|".join(sorted(re.escape(w) for w in words.introduction_links))
    pattern = re.compile(rf"(?:^|[.?!]\s+)(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{1,2}})(?:,| (?:{links})) [A-Z][^.?!\n]{{1,50}}\.")
    end = text.find("\n", label.body)
    match = pattern.search(text, label.body, end if end > 0 else len(text))
    if match is None:
        return []
    start, stop = match.span("name")
    if any(c.start < stop and start < c.end for c in known):
        return []
    return [_Candidate(start, stop, match.group("name"), "Person", registry.lookup(match.group("name")), "self-introduction")]


def _unnamed_speakers(sdoc: Doc, candidates: list[_Candidate], registry: Registry, names: NameWords) -> list[_Candidate]:
    """A person's name the NER missed where it is the subject of a verb of saying: two or three
    capitalised proper nouns, perhaps after a title ("Fisherman Rodel Bacalso, 46, said ...",
    "Mercy Chepkoech, an economist at X, said ...")."""
    covered = {i for c in candidates for i in range(c.start, c.end)}
    verbs = lexicon(sdoc.lang_).cues.verbs
    extra: list[_Candidate] = []
    for tok in sdoc:
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.head.lemma_.lower() not in verbs:
            continue
        words = [t for t in tok.subtree if t.i <= tok.i and (t.dep_ == "compound" or t.i == tok.i)]
        words = [t for t in words if t.lower_.strip(".") not in names.titles]
        if not 2 <= len(words) <= 3 or any(t.idx in covered or not _name_word(t, covered, names) for t in words):
            continue
        if [t.i for t in words] != list(range(words[0].i, tok.i + 1)):
            continue  # the name's words stand together
        end = tok.i + 1
        if tok.lower_ in names.institution_heads:  # "Chamber" + "of Commerce"
            while (end + 1 < len(sdoc) and sdoc[end].lower_ in names.name_links - names.place_prepositions
                   and sdoc[end + 1].text[:1].isupper()):
                end += 2
                while end < len(sdoc) and sdoc[end].pos_ == "PROPN" and sdoc[end].text[:1].isupper():
                    end += 1
        span = sdoc[words[0].i : end]
        key = registry.lookup(span.text)
        etype = registry.entities[key].type if key else _label_type(span.text, names)
        extra.append(_Candidate(span.start_char, span.end_char, span.text, etype, key, "speaker-name"))
        covered.update(range(span.start_char, span.end_char))
    return extra


def _label_type(name: str, names: NameWords) -> str:
    heads = names.institution_heads | names.body_words | names.outlet_heads
    return "Organization" if any(word.casefold() in heads for word in name.split()) else "Person"


def _acronym_letters(acronym: str) -> list[str]:
    return [c for c in acronym if c.isupper()]


def acronym_expansion(text: str, bracket: int, acronym: str, names: NameWords) -> tuple[int, int] | None:
    """Where the name that the abbreviation in brackets at ``bracket`` stands for begins and
    ends: the capitalised words just before it whose initials are its capitals, with the
    linking words it leaves out ("Bureau of Fisheries and Aquatic Resources (BFAR)",
    "African Development Bank (AfDB)")."""
    need = _acronym_letters(acronym)
    if len(need) < ACRONYM_CAPITALS:
        return None
    line_start = text.rfind("\n", 0, bracket) + 1
    words = list(re.finditer(r"\S+", text[line_start:bracket]))
    start: int | None = None
    end = line_start + words[-1].end() if words else bracket
    for word in reversed(words):
        if not need:
            break
        raw = word.group()
        if start is not None and raw[-1:] in ",;:.)(":
            return None
        if raw.casefold() in names.name_links and start is not None:
            continue
        core = WORD_POSSESSIVE.sub("", raw)
        initials = [part[0] for part in core.split("-") if part[:1].isupper()]
        if not initials or not core[:1].isupper():
            return None
        if need[-len(initials):] == initials:
            need = need[: -len(initials)]
        elif need[-1] == initials[0]:
            need = need[:-1]
        else:
            return None
        start = line_start + word.start()
    if need or start is None:
        return None
    return start, end


def _bracketed_acronyms(
    sdoc: Doc, candidates: list[_Candidate], chrome: list[tuple[int, int]], registry: Registry, names: NameWords
) -> list[_Candidate]:
    """"the Coastal Farmers Union (CFU)": the words before a bracketed abbreviation whose
    initials it spells are one name, an organisation where the registry knows it or its words
    have an organisation's head, even where the NER cut or missed it; and the abbreviation
    names the same body wherever the document uses it, tagged by the NER or not (keyed by
    :func:`_acronyms` once the name is resolved)."""
    text = doc_text(sdoc)
    heads = names.organisation_heads | names.institution_heads | names.body_words | names.outlet_heads
    out = list(candidates)
    for match in ACRONYM_IN_BRACKETS.finditer(text):
        acronym = match.group(1)
        span = acronym_expansion(text, match.start(), acronym, names)
        if span is None:
            continue
        start, end = span
        name, cut_left, cut_right = strip_name(text[start:end], names, person=False)
        start, end = start + cut_left, end - cut_right
        if any((c.start, c.end) == (start, end) for c in out):
            continue
        key = registry.lookup(name)
        if key is None and (not any(w.casefold() in heads for w in name.split()) or _document_name(name, names)
                            or _event_name(name, names)):
            continue
        etype = registry.entities[key].type if key else "Organization"
        out = [c for c in out if not (c.start < end and start < c.end)]
        out.append(_Candidate(start, end, name, etype, key, "acronym-expansion"))
    for cand in list(out):
        acronym = ACRONYM_AFTER.match(text, cand.end)
        if (not acronym or len(_acronym_letters(acronym.group(1))) < ACRONYM_CAPITALS or len(cand.name.split()) < 2
                or cand.key is not None):
            continue  # a registry body's abbreviations are its aliases
        letters = _acronym_letters(acronym.group(1))
        if len(letters) <= 2 and letters[0] != cand.name[0]:
            continue  # a country's or party's code after a name ("Jane Doe (BE)"), not its abbreviation
        pattern = r"(?<![\w&.-])" + re.escape(acronym.group(1)) + r"(?![\w&-])"
        for found in re.finditer(pattern, text):
            a, b = found.span()
            if any(c.start < b and a < c.end for c in out) or any(x <= a < y for x, y in chrome):
                continue
            out.append(_Candidate(a, b, acronym.group(1), cand.type, None, "acronym"))
    return sorted(out, key=lambda c: c.start)


def _acronyms(sdoc: Doc, candidates: list[_Candidate]) -> None:
    """"Bureau of Fisheries and Aquatic Resources (BFAR)": the abbreviation names the same body
    throughout the document."""
    expansions: dict[str, _Candidate] = {}
    for cand in candidates:
        match = ACRONYM_AFTER.match(doc_text(sdoc), cand.end)
        if match and len(cand.name.split()) >= 2 and len(_acronym_letters(match.group(1))) >= ACRONYM_CAPITALS:
            expansions[match.group(1)] = cand
    for cand in candidates:
        source = expansions.get(cand.name)
        if source is not None and cand is not source:
            cand.key, cand.type, cand.rule = source.key, source.type, cand.rule + "+acronym"


def _generic_bodies(candidates: list[_Candidate], names: NameWords) -> list[_Candidate]:
    """"the Commission", "the Ministry": the body of that kind the document named in full,
    else no entity at all."""
    out = []
    for cand in candidates:
        word = cand.name.casefold()
        if cand.key is None and " " not in word and word in names.body_words:
            bodies = [c for c in candidates if c.start < cand.start and word in c.name.casefold().split()[1:]]
            if not bodies:
                continue
            source = bodies[-1]  # takes its key now, or the same key from its name later
            cand.key, cand.name, cand.type, cand.rule = source.key, source.name, source.type, cand.rule + "+body"
        out.append(cand)
    return out


def _unmarked_repeats(
    sdoc: Doc, candidates: list[_Candidate], chrome: list[tuple[int, int]], names_words: NameWords
) -> list[_Candidate]:
    """Occurrences of a name the document already resolved that the NER left unmarked
    (the statistical NER tags "Aliyev" in one sentence and not in the next), outside the
    page's chrome; a surname after another first name is somebody else ("Marina Silva" after
    "Lula da Silva"). A person's given name alone is theirs too where the tagger reads it as a
    name and no other name follows ("Abiy thanked ..." after "Abiy Ahmed", as Ethiopian,
    Indonesian or Brazilian names are used), unless another person of the document has it."""
    names: dict[str, _Candidate] = {}
    given: dict[str, dict[str, _Candidate]] = defaultdict(dict)  # a given name -> the people who have it, by key
    for cand in candidates:
        if cand.key is not None and cand.name[:1].isupper() and len(cand.name) >= 3:
            names.setdefault(cand.name, cand)
            words = cand.name.split()
            if cand.type == "Person" and len(words) >= 2:
                names.setdefault(words[-1], cand)
                if len(words[0]) >= 3 and words[0].lower().strip(".") not in names_words.titles:
                    given[words[0]].setdefault(cand.key, cand)
    given_only = {name for name, people in given.items() if len(people) == 1 and name not in names}
    names.update({name: next(iter(given[name].values())) for name in given_only})
    covered = [(c.start, c.end) for c in candidates] + chrome
    if not names:
        return []
    text = doc_text(sdoc)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
    extra = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(a < end and start < b for a, b in covered):
            continue
        source = names[match.group(1)]
        if match.group(1) != source.name and _after_other_first_name(text, start, names_words):
            continue
        if match.group(1) in given_only and not _given_name_alone(sdoc, start, end):
            continue
        extra.append(_Candidate(start, end, match.group(1), source.type, source.key, "repeat-of:" + source.rule))
        covered.append((start, end))
    return extra


def _given_name_alone(sdoc: Doc, start: int, end: int) -> bool:
    """The tagger reads the word as a proper noun, and no capitalised word follows it."""
    span = sdoc.char_span(start, end)
    if span is None or span[0].pos_ != "PROPN":
        return False
    following = sdoc[span.end] if span.end < len(sdoc) else None
    return following is None or not following.text[:1].isupper()


def _after_other_first_name(text: str, start: int, names: NameWords) -> bool:
    before = re.search(r"([A-Z][\w’'-]*) +$", text[max(0, start - 40) : start])
    return before is not None and before.group(1).lower().strip(".") not in names.titles


def _candidate(ent: SpacySpan, registry: Registry, names: NameWords) -> _Candidate | None:
    if ent.label_ in ENTITY_TYPES and ent.ent_id_:
        key = ent.ent_id_
        known = registry.entities.get(key)
        if known is None:
            return None
        name, cut_left, cut_right = strip_name(ent.text, names)
        start = ent.start_char + cut_left
        return _Candidate(start, ent.end_char - cut_right, name, known.type, key, "registry")
    etype = NER_TYPES.get(ent.label_)
    if etype is None:
        return None
    head, tail = unbroken(ent.text)
    name, cut_left, cut_right = strip_name(ent.text[head : len(ent.text) - tail], names, person=etype == "Person")
    cut_left, cut_right = cut_left + head, cut_right + tail
    shorter = _without_byline_role(name, names)
    cut_right, name = cut_right + len(name) - len(shorter), shorter
    dangling = _dangling(names).search(name)  # "Ministry of Foreign Affairs of" cut before a country
    if dangling:
        cut_right += len(name) - dangling.start()
        name = name[: dangling.start()]
    if etype == "Person" and all(w.lower().strip(".") in names.titles for w in name.split()):
        return None  # "Hon. Speaker", "the Minister": a title, no name
    if not plausible_name(name, names) or _headline_fragment(ent, names):
        return None
    start, end = ent.start_char + cut_left, ent.end_char - cut_right
    titled = etype == "Person" and _title(ent.text[head:].split(" ")[0], names) and name != ent.text[head:].strip()
    choices = registry.candidates(name) or fuzzy_candidates(name, registry)
    if not choices and _specific(name, ent, names) and _office_name(name.split(), registry, names):
        return _Candidate(start, end, name, "Person", None, "office")  # its holder's, if the text names one
    if not choices and (not _specific(name, ent, names) or (ent.label_ == "ORG" and _portfolio(ent, name, names))
                        or _document_title(name, ent, names) or _event_name(name, names)
                        or (" " not in name and event_head(name, names))):
        return None
    if not choices and etype != "Place" and _place_context(ent, names):
        etype = "Place"
    if len(choices) == 1:
        key = choices[0]
        rule = "ner+registry" if registry.lookup(name) else "ner+registry-fuzzy"
        return _Candidate(start, end, name, registry.entities[key].type, key, rule)
    if choices:
        first = registry.entities[choices[0]]
        return _Candidate(start, end, name, first.type, None, "ner+registry-ambiguous", choices)
    if registry.demonym(name) is not None:
        return None  # a nationality adjective is not a mention
    placed = ent.start > 0 and ent.doc[ent.start - 1].lower_ in names.place_prepositions
    return _Candidate(start, end, name, etype, None, f"ner:{ent.label_}", titled=titled, placed=placed)


def _document_countries(sdoc: Doc, candidates: list[_Candidate], registry: Registry) -> frozenset[str]:
    """The countries a document names: by name, by a place the registry says stands for one (a
    capital), or by a nationality word ("Somali", "Brazilian")."""
    found: set[str] = set()
    for cand in candidates:
        known = registry.entities.get(cand.key) if cand.key else None
        if known is not None and known.type == "Country":
            found.add(known.key)
        elif known is not None and (country := registry.metonym_country(known.key)) is not None:
            found.add(country)
    found.update(_nationality_words(sdoc, registry))
    return frozenset(found)


def _nationality_words(sdoc: Doc, registry: Registry) -> list[str]:
    """The country of each nationality word of the text, of one or two words ("Somali", "South
    African")."""
    found: list[str] = []
    skip = -1
    for tok in sdoc:
        if tok.i <= skip or not tok.text[:1].isupper():
            continue
        pair = sdoc[tok.i : tok.i + 2]
        if len(pair) == 2 and pair[1].text[:1].isupper() and (country := registry.demonym(pair.text)) is not None:
            found.append(country)
            skip = tok.i + 1
        elif (country := registry.demonym(tok.text)) is not None:
            found.append(country)
    return found


def _list_pattern(names: NameWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A list of capitalised names ("Kano, Oyo, Imo and Cross River"), and one name of it. A
    name's words may be joined by a linking word ("Mato Grosso do Sul" keeps "do" out, "Gulf of
    Aden" not); the list's by commas and a coordinator."""
    links = (names.name_links - set(names.coordinators) - names.place_prepositions - set(names.document_links)
             | {names.institution_link})
    link = "|".join(sorted(re.escape(w) for w in links))
    coordinator = "|".join(re.escape(w) for w in names.coordinators)
    item = rf"{LIST_WORD}(?:[ ](?:(?:{link})[ ])?{LIST_WORD}){{0,{LIST_NAME_WORDS - 1}}}"
    sep = rf"{LIST_SPACE},{LIST_SPACE}(?:(?:{coordinator})[ \t\n]+)?|[ \t]*\n?[ \t]+(?:{coordinator})[ \t]*\n?[ \t]+"
    return (lexicon_pattern(rf"(?<![\w’'.-])(?:{item})(?:(?:{sep})(?:{item}))+(?![\w’'-])"),
            lexicon_pattern(rf"(?<![\w’'.-]){item}"))


def _place_lists(
    sdoc: Doc, candidates: list[_Candidate], chrome: list[tuple[int, int]], registry: Registry,
    names: NameWords, countries: frozenset[str],
) -> list[_Candidate]:
    """A list that names places names places: "the states of Kano, Oyo, Imo and Cross River",
    "settlements such as X, Y and Z" (the words before it say so, ``place_before``).

    In a list with at least two places (the registry's, the NER's, or states and provinces of
    the countries the document names, see :meth:`Registry.subdivision`), a gazetteer name is a
    place the NER missed or took for a person or body, and so is an unknown name the NER tagged;
    a name the NER ran over several of the list's names ("Imo and Cross River") is split into
    them where one of them is a place or the text before says it lists places ("in X and Y")."""
    text = doc_text(sdoc)
    whole, one = _list_pattern(names)
    out = list(candidates)
    placed = {c.name.casefold() for c in candidates if c.type in ("Place", "Country")}
    for match in whole.finditer(text):
        if any(a <= match.start() < b for a, b in chrome):
            continue
        items = [item for m in one.finditer(match.group())
                 if (item := _list_item(sdoc, m.start() + match.start(), m.end() + match.start())) is not None]
        if len(items) < 2:
            continue
        context = bool(lexicon_pattern(names.place_before).search(text[max(0, match.start() - 60) : match.start()]))
        out = _split_listed(text, out, items, registry, names, countries, placed, context)
        known = [_listed_place(text, out, item, registry, countries, placed) for item in items]
        if context:  # "settlements such as X, Y and Z": every name of it is a place
            known = [kind or "context" for kind in known]
        for (start, end), kind in zip(items, known):
            others = sum(1 for k in known if k) - (1 if kind else 0)
            if others + (1 if kind else 0) >= LIST_PLACES and (kind or others >= LIST_PLACES):
                out = _listed_as_place(sdoc, out, start, end, kind, registry, names)
    return sorted(out, key=lambda c: c.start)


def _list_item(sdoc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A listed name without the stop words it starts with ("In Kano" is Kano)."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    first = next((t for t in span if not t.is_stop), None)
    if first is None:
        return None
    return max(start, first.idx), end


def _listed_place(
    text: str, candidates: list[_Candidate], item: tuple[int, int], registry: Registry,
    countries: frozenset[str], placed: set[str],
) -> str | None:
    """Why a listed name is a place: "known" (a place or country the registry or the NER says
    it is, here or elsewhere in the document), "gazetteer", or None."""
    start, end = item
    name = text[start:end].replace("\n", " ")
    inside = [c for c in candidates if start <= c.start and c.end <= end]
    if any(c.type in ("Place", "Country") for c in inside) or name.casefold() in placed:
        return "known"
    if registry.subdivision(name, countries) or registry.city(name, countries):
        return "gazetteer"
    return None


def _split_listed(
    text: str, candidates: list[_Candidate], items: list[tuple[int, int]], registry: Registry, names: NameWords,
    countries: frozenset[str], placed: set[str], listed: bool = False,
) -> list[_Candidate]:
    """An unknown name that runs over several listed names ("Imo and Cross River") is those names,
    places, where one of them is a place or the words before it (or before the list, ``listed``)
    say it lists places."""
    out = []
    for cand in candidates:
        parts = [item for item in items if cand.start <= item[0] and item[1] <= cand.end]
        if cand.key is not None or len(parts) < 2 or cand.start != parts[0][0] or cand.end != parts[-1][1]:
            out.append(cand)
            continue
        before = text[max(0, cand.start - 40) : cand.start]
        context = listed or bool(lexicon_pattern(names.place_before).search(before)) or (
            bool(before.split()) and before.split()[-1].lower() in names.place_prepositions)
        if not context and not any(_listed_place(text, [], p, registry, countries, placed) for p in parts):
            out.append(cand)
            continue
        for start, end in parts:
            name = text[start:end].replace("\n", " ")
            key = registry.lookup(name)
            etype = registry.entities[key].type if key else "Place"
            out.append(_Candidate(start, end, name, etype, key, cand.rule + "+list"))
    return out


def _listed_as_place(
    sdoc: Doc, candidates: list[_Candidate], start: int, end: int, kind: str | None, registry: Registry,
    names: NameWords,
) -> list[_Candidate]:
    """A listed name made a place: the unknown candidate on it retyped, or a new one where the NER
    found nothing (a gazetteer name; another proper noun that does not open its sentence)."""
    text = doc_text(sdoc)
    over = [c for c in candidates if c.start < end and start < c.end]
    if over:
        for cand in over:
            if cand.key is None and (cand.start, cand.end) == (start, end) and not cand.choices and (
                    kind in ("gazetteer", "context") or cand.type != "Person" or " " not in cand.name):
                cand.type, cand.rule = "Place", cand.rule + "+list"
        return candidates
    name = text[start:end].replace("\n", " ")
    if kind == "context" and (not plausible_name(name, names) or len(name) <= 3 or registry.demonym(name) is not None
                              or name.casefold() in names.generic_words):
        return candidates
    if kind is None:
        span = sdoc.char_span(start, end, alignment_mode="expand")
        if (span is None or span[0].is_sent_start or any(t.pos_ != "PROPN" for t in span)
                or not plausible_name(name, names) or len(name) <= 3 or registry.demonym(name) is not None
                or name.casefold() in names.generic_words):
            return candidates
    key = registry.lookup(name)
    etype = registry.entities[key].type if key else "Place"
    return [*candidates, _Candidate(start, end, name, etype, key, "place-list")]


def _shared_names(
    sdoc: Doc, candidates: list[_Candidate], chrome: list[tuple[int, int]], registry: Registry
) -> list[_Candidate]:
    """A name the registry gives to bodies of several countries ("the Liberals", "Congress",
    "Conservative"), capitalised where the NER tagged nothing (it takes a party's nickname for a
    nationality): a mention with those choices, resolved by the document
    (:func:`_choose_among_ambiguous`)."""
    forms = {form: keys for form, keys in registry.ambiguous.items()
             if all(registry.entities[k].type == "Organization" for k in keys)}
    if not forms:
        return candidates
    text = doc_text(sdoc)
    out = list(candidates)
    pattern = _words_rx(r"(?<![\w-])({})(?![\w-])", tuple(sorted(forms, key=len, reverse=True)), re.IGNORECASE)
    for match in pattern.finditer(text):
        start, end = match.span()
        if not all(w[:1].isupper() for w in match.group().split()) or any(a <= start < b for a, b in chrome):
            continue
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(_Candidate(start, end, match.group(), "Organization", None, "registry-ambiguous",
                              list(forms[match.group().casefold()])))
    return sorted(out, key=lambda c: c.start)


def _home_country(sdoc: Doc, candidates: list[_Candidate], registry: Registry) -> str | None:
    """The country a document is about: the one it names most, by name or nationality word,
    clearly more than any other; None where two come close."""
    counts: Counter[str] = Counter()
    for cand in candidates:
        known = registry.entities.get(cand.key) if cand.key else None
        if known is not None and known.type == "Country":
            counts[known.key] += 1
    counts.update(_nationality_words(sdoc, registry))
    ranked = counts.most_common(2) + [("", 0), ("", 0)]
    (top, first), (_, second) = ranked[0], ranked[1]
    return top if first >= HOME_MARGIN + second and first >= HOME_SHARE * second else None


def _possessor(text: str, start: int, registry: Registry) -> str | None:
    """The country whose possessive or nationality word stands right before ``start``
    ("Somalia's parliament", "the Kenyan Senate")."""
    before = POSSESSOR.search(text[max(0, start - 40) : start])
    if before is None:
        return None
    word = before.group(1)
    key = registry.lookup(word)
    if key is not None and registry.entities[key].type == "Country" and before.group(2):
        return key
    return registry.demonym(word) if not before.group(2) else None


def _national_bodies(
    sdoc: Doc, candidates: list[_Candidate], chrome: list[tuple[int, int]], registry: Registry, names: NameWords
) -> list[_Candidate]:
    """A body a country has one of, named alone ("treating Parliament as a rubber stamp", "the
    Presidency", "Somalia's parliament"), is that country's: the one a country's possessive or
    nationality word before it says, else the country the document is about; the registry's
    entry where it has one ("Parliament of the United Kingdom"), else "Parliament (Somalia)". A
    lower-case word counts only after a country's possessive or nationality word; without a
    country the word names nobody."""
    text = doc_text(sdoc)
    home: list[str | None] = []
    out = list(candidates)
    for tok in sdoc:
        if tok.lower_ not in names.national_bodies or any(a <= tok.idx < b for a, b in chrome):
            continue
        start, end = tok.idx, tok.idx + len(tok)
        over = [c for c in out if c.start < end and start < c.end]
        if over and not (len(over) == 1 and over[0].key is None and (over[0].start, over[0].end) == (start, end)):
            continue
        prev = sdoc[tok.i - 1] if tok.i > 0 else None
        nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if (prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN" and registry.demonym(prev.text) is None
                and not prev.is_sent_start) or (nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ == names.institution_link)):
            continue  # part of a longer name ("European Parliament", "Cabinet of Ministers")
        country = _possessor(text, start, registry)
        if country is None and not tok.text[:1].isupper():
            continue
        named = _named_body_of_kind(tok.lower_, candidates) if country is None else None
        if named is not None:  # "Parliament" after "the European Parliament": that one
            out = [c for c in out if c not in over]
            out.append(_Candidate(start, end, named.name, "Organization", named.key, "national-body+body"))
            continue
        if country is None:
            if not home:
                home.append(_home_country(sdoc, candidates, registry))
            country = home[0]
        if country is None and tok.lower_ in registry.ambiguous:
            continue  # the registry's bodies of that name choose by the countries named (_shared_names)
        word = tok.text.capitalize() if tok.text.islower() or tok.text.isupper() else tok.text
        key, name = None, word  # no country the document is about: the body the word names
        if country is not None:
            key, name = _body_of(word, country, registry)
        out = [c for c in out if c not in over]
        out.append(_Candidate(start, end, name, "Organization", key, "national-body"))
    return sorted(out, key=lambda c: c.start)


def _named_body_of_kind(word: str, candidates: list[_Candidate]) -> _Candidate | None:
    """The one body of the kind ``word`` names ("parliament") that the document names in full
    ("the European Parliament"), or None."""
    bodies = {(c.key, c.name): c for c in candidates
              if c.type == "Organization" and " " in c.name and c.name.split()[-1].casefold() == word}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _country_bodies(sdoc: Doc, candidates: list[_Candidate], registry: Registry, names: NameWords) -> None:
    """An unknown body named by its kind is one country's, named as the registry names it, else
    in its manner ("Ministry of Defence (Somalia)"), so that two countries' bodies of one kind
    stay two entities:

    - with the country's nationality word in front ("the Somali Ministry of Defence"); a proper
      name that opens with one ("Somali National Army") keeps it;
    - after the country's possessive or nationality word ("Japan's Foreign Ministry", "the
      Kenyan Ministry of Health")."""
    text = doc_text(sdoc)
    heads = names.institution_heads | names.body_words
    for cand in candidates:
        words = cand.name.split()
        if cand.key is not None or cand.choices or cand.type != "Organization" or len(words) < 2:
            continue
        country = registry.demonym(words[0])
        if country is not None:
            kind = words[1:]
            if not (kind[0].casefold() in heads and kind[1:2] == [names.institution_link]):
                continue  # not "Somali National Army"
        else:
            country, kind = _possessor(text, cand.start, registry), words
            if not _kind_of_body(kind, heads, names):
                continue
        if country is not None and registry.entities.get(country) is not None:
            cand.key, cand.name = _body_of(" ".join(kind), country, registry)
            cand.rule += "+country"


def _kind_of_body(words: list[str], heads: frozenset[str], names: NameWords) -> bool:
    """"Ministry of Health", "Foreign Ministry", "Supreme Court": a name of a kind of body
    every country has, not of one body."""
    folded = [w.casefold() for w in words]
    if folded[0] in heads and folded[1:2] == [names.institution_link]:
        return True
    return folded[-1] in heads and all(w in names.body_kinds for w in folded[:-1])


def _body_of(kind: str, country: str, registry: Registry) -> tuple[str | None, str]:
    """The registry's body ``kind`` of ``country`` ("Parliament of Kenya", "Russian Foreign
    Ministry") with its name, else no key and the name "Parliament (Somalia)"."""
    label = registry.entities[country].label
    forms = [f"{kind} of {label}", f"{kind} of the {label}"]
    forms += [f"{demonym} {kind}" for demonym in registry.demonyms_of(country)]
    key = next((k for form in forms if (k := registry.lookup(form)) is not None), None)
    return key, registry.entities[key].label if key else f"{kind} ({label})"


def _towns_after_prepositions(
    sdoc: Doc, candidates: list[_Candidate], chrome: list[tuple[int, int]], registry: Registry,
    names: NameWords, countries: frozenset[str],
) -> list[_Candidate]:
    """A town or province of a country the document names, right after a word that says a place
    follows ("a stop in Winnipeg", "COP30 in Belém") or joined by a hyphen to a place ("the
    Luuq-Baidoa road"), is a place where the NER found none (or took it for a date)."""
    out = list(candidates)
    for tok in sdoc[1:]:
        if sdoc[tok.i - 1].lower_ not in names.place_prepositions or not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        if any(a <= tok.idx < b for a, b in chrome):
            continue
        for length in (3, 2, 1):
            span = sdoc[tok.i : tok.i + length]
            if len(span) < length or not all(t.text[:1].isupper() or t.text == "-" for t in span):
                continue
            if any(c.start < span.end_char and span.start_char < c.end for c in out):
                continue
            name = span.text
            if registry.city(name, countries) or registry.subdivision(name, countries):
                out.append(_Candidate(span.start_char, span.end_char, name, "Place", None, "gazetteer", placed=True))
                break
    text = doc_text(sdoc)
    for cand in [c for c in out if c.type in ("Place", "Country")]:
        for match in (HYPHEN_AFTER.match(text, cand.end), HYPHEN_BEFORE.search(text[max(0, cand.start - 40) : cand.start])):
            if match is None:
                continue
            offset = 0 if match.re is HYPHEN_AFTER else max(0, cand.start - 40)  # match() keeps its place
            start, end = match.start(1) + offset, match.end(1) + offset
            if any(c.start < end and start < c.end for c in out):
                continue
            if registry.city(match.group(1), countries) or registry.subdivision(match.group(1), countries):
                out.append(_Candidate(start, end, match.group(1), "Place", None, "gazetteer", placed=True))
    return sorted(out, key=lambda c: c.start)


def _legislator_states(sdoc: Doc, candidates: list[_Candidate], registry: Registry, names: NameWords) -> list[_Candidate]:
    """A legislator's tag names their state: "Sen. Ann Holt (R-Nev.)" and "Rep. Jo Fry (Ore.)"
    mention Nevada and Oregon, however the NER cut the tag; a two-letter code counts only after a
    party ("(D-OR)")."""
    text = doc_text(sdoc)
    abbreviations = dict(names.state_abbreviations)
    abbreviations.update({a.rstrip("."): s for a, s in names.state_abbreviations.items() if a.count(".") == 1})
    states = {*names.state_abbreviations.values(), *names.state_codes.values()}
    abbreviations.update({state.split(" (")[0]: state for state in states})  # spelled out: "(R-Idaho)"
    coded = {**abbreviations, **names.state_codes}
    tags = [_words_rx(names.party_tag, tuple(sorted(coded, key=len, reverse=True))),
            _words_rx(names.state_tag, tuple(sorted(abbreviations, key=len, reverse=True)))]
    found: list[_Candidate] = []
    for tag in tags:
        for match in tag.finditer(text):
            start, end = match.span(1)
            if any(c.start < end and start < c.end for c in found):
                continue
            state = coded[match.group(1)]
            key = registry.lookup(state)
            found.append(_Candidate(start, end, state, registry.entities[key].type if key else "Place", key, "state-tag"))
    if not found:
        return candidates
    kept = [c for c in candidates if not any(c.start < f.end and f.start < c.end for f in found)]
    return sorted(kept + found, key=lambda c: c.start)


def _credited_people(
    sdoc: Doc, candidates: list[_Candidate], chrome: list[tuple[int, int]], registry: Registry, names: NameWords
) -> list[_Candidate]:
    """The names after "By", "Reporting by", "Translated by" are the story's authors,
    translators and editors: people, whatever the NER took them for ("Translated by Helena
    Duarte Gomes", taken for a body), and found where it missed them."""
    text = doc_text(sdoc)
    before = lexicon_pattern(names.author_before)
    whole, one = _list_pattern(names)
    out = list(candidates)
    for capital in CAPITAL.finditer(text):
        if not before.search(text[max(0, capital.start() - 40) : capital.start()]):
            continue
        match = one.match(text, capital.start())
        if match is None:
            continue
        listed = whole.match(text, match.start())
        end = listed.end() if listed else match.end()
        for item in one.finditer(text, match.start(), end):
            start, stop = item.span()
            over = [c for c in out if c.start < stop and start < c.end]
            for cand in over:
                if cand.key is None and not cand.choices and (cand.start, cand.end) == (start, stop):
                    cand.type, cand.rule = "Person", cand.rule + "+credit"
            name = item.group().replace("\n", " ")
            if not over and 2 <= len(name.split()) <= 3 and plausible_name(name, names) and not any(
                    a <= start < b for a, b in chrome):
                key = registry.lookup(name)
                out.append(_Candidate(start, stop, name, registry.entities[key].type if key else "Person", key, "credit"))
    return sorted(out, key=lambda c: c.start)


def _people_by_given_name(candidates: list[_Candidate], registry: Registry, names: NameWords) -> None:
    """An unknown name of two to four proper nouns, none of them a head word, that starts with a
    given name is a person where the NER took it for a body ("Rodrigo Agostinho", "Ahmed Mohamed
    Islam"); a given name inside a name is no sign ("ThyssenKrupp Marine Systems"). The given names are those of the registry's people."""
    given = registry.given_names()
    for cand in candidates:
        words = cand.name.split()
        if (cand.key is not None or cand.choices or cand.type != "Organization" or not 2 <= len(words) <= 4
                or head_type(cand.name, names) is not None or any(w in names.name_links for w in words)
                or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
                or registry.demonym(words[0]) is not None):
            continue
        if words[0] in given and words[-1] not in given:
            cand.type, cand.rule = "Person", cand.rule + "+given-name"


def _resolve_in_document(
    text: str, candidates: list[_Candidate], registry: Registry, names: NameWords, countries: frozenset[str] = frozenset()
) -> None:
    """Key the candidates the registry did not know, using the document's fuller names."""
    _choose_among_ambiguous(candidates, registry, countries)
    full_people: dict[str, str] = {}  # a surname (folded) -> key of a multi-word person name
    first_names: dict[str, set[str]] = defaultdict(set)  # a first name (folded) -> keys
    family_first: dict[str, set[str]] = defaultdict(set)  # the first of two words (folded) -> keys ("Mao Ning")
    surnames: dict[str, set[str]] = defaultdict(set)  # the last two or more words of a longer name -> keys
    for cand in candidates:
        words = cand.name.split()
        if cand.type == "Person" and len(words) >= 2:
            key = cand.key or slug(cand.name)
            full_people.setdefault(words[-1].casefold(), key)
            first_names[words[0].casefold()].add(key)
            if len(words) == 2:
                family_first[words[0].casefold()].add(key)
            for n in range(2, len(words)):  # "Van Klaveren" after "Alberto van Klaveren"
                surnames[" ".join(words[-n:]).casefold()].add(key)
    for cand in candidates:  # "Morales" after "Efraín Morales López": not the registry's namesake
        words = cand.name.split()
        for word in words[1:-1] if cand.type == "Person" and len(words) >= 3 else []:
            if word[:1].isupper():
                full_people.setdefault(word.casefold(), cand.key or slug(cand.name))
    named = {c.key for c in candidates if c.key is not None and len(c.name.split()) >= 2}
    for cand in candidates:
        folded = cand.name.casefold()
        known = cand.key is not None and cand.type == "Person" and cand.key not in named
        if known and " " not in folded and full_people.get(folded, cand.key) != cand.key:
            cand.key, cand.rule = full_people[folded], cand.rule + "+document"
        elif known and " " not in folded and len(family_first.get(folded, ())) == 1 and cand.key not in family_first[folded]:
            # "Mao" after "spokeswoman Mao Ning": the family name first, not the registry's Mao
            (cand.key,) = family_first[folded]
            cand.rule += "+document"
    person_names = {c.name for c in candidates if c.type == "Person" and c.key is None and len(c.name.split()) >= 2}
    for cand in candidates:
        if cand.key is not None:
            continue
        words = cand.name.split()
        if len(words) == 1 and cand.name.casefold() in full_people:
            cand.key, cand.type, cand.rule = full_people[cand.name.casefold()], "Person", cand.rule + "+surname"
            continue
        if len(words) >= 2 and len(surnames.get(cand.name.casefold(), ())) == 1:
            (cand.key,) = surnames[cand.name.casefold()]
            cand.type, cand.rule = "Person", cand.rule + "+surname"
            continue
        if (len(words) == 1 and cand.type == "Person" and not cand.choices and _titled(text[max(0, cand.start - 60) : cand.start], names)
                and (namesake := registry.person_by_surname(cand.name)) is not None):
            cand.key, cand.rule = namesake, cand.rule + "+titled-surname"  # "Chief Cabinet Secretary Hayashi"
            continue
        if (len(words) == 1 and not cand.choices and cand.type != "Place"
                and len(first_names.get(cand.name.casefold(), ())) == 1):
            (key,) = first_names[cand.name.casefold()]  # "Sir Lindsay" after "Sir Lindsay Hoyle", whatever the NER
            cand.key, cand.type, cand.rule = key, "Person", cand.rule + "+first-name"  # took "Lerato" for
            continue
        bare = strip_name(cand.name, names)[0]  # "Dr Doe", which the NER took for a body
        if cand.type != "Person" and bare != cand.name and " " not in bare and bare.casefold() in full_people:
            cand.key, cand.type, cand.rule = full_people[bare.casefold()], "Person", cand.rule + "+titled-surname"
            continue
        if cand.type == "Person" and len(words) >= 2:
            near = _near_name(cand.name, person_names - {cand.name})
            if near is not None and len(near) > len(cand.name):
                cand.key = slug(near)
                continue
        cand.key = slug(cand.name)
    _settle_types(candidates, registry, names, countries)


def _choose_among_ambiguous(
    candidates: list[_Candidate], registry: Registry | None = None, countries: frozenset[str] = frozenset()
) -> None:
    """An ambiguous name ("Aliyev") means the candidate the document names most in full; failing
    that, the only one that belongs to a country the document names ("the Liberals" in a story
    that names Canada and not Australia)."""
    named = Counter(c.key for c in candidates if c.key is not None)
    for cand in candidates:
        if cand.key is None and cand.choices:
            best = max(cand.choices, key=lambda k: named[k])
            if named[best] > 0:
                cand.key, cand.rule = best, cand.rule + "+context"
                continue
            local = [k for k in cand.choices if registry is not None and registry.country_of(k) in countries]
            if len(local) == 1:
                cand.key, cand.type, cand.rule = local[0], registry.entities[local[0]].type, cand.rule + "+country"  # type: ignore[union-attr]


def head_type(name: str, names: NameWords) -> str | None:
    """The type an unknown name's head word gives it: "Scarborough Shoal" and "Gulf of
    Ruritania" are places, "Strelsau Online" and "Centre for Strategic Studies" organisations.
    The head is the last word, or the last before a linking word ("Gulf of ...")."""
    words = name.split()
    if len(words) < 2:
        return None
    links = [i for i, w in enumerate(words) if i > 0 and w in names.name_links]
    head = words[links[0] - 1] if links else words[-1]
    head = head.casefold()
    if head in names.place_heads:
        return "Place"
    if head in names.organisation_heads | names.institution_heads | names.outlet_heads | names.body_words:
        return "Organization"
    return None


def _settle_types(
    candidates: list[_Candidate], registry: Registry, names: NameWords, countries: frozenset[str] = frozenset()
) -> None:
    """One type per key: the registry's; else a place where a list of places names it, or where
    it is a state or province of a country the document names ("Haryana", whatever the NER said)
    or one of its towns that the NER took for a person or the text says is a place ("in X"; a
    company named after its town, "Toyota", stays a body), and nothing says it is a person; else the one its name's head word gives; else the type most
    mentions got."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    by_key: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in candidates:
        assert cand.key is not None
        votes[cand.key][cand.type] += 1
        by_key[cand.key].append(cand)
    longest: dict[str, str] = {}
    for cand in candidates:
        assert cand.key is not None
        if len(cand.name) > len(longest.get(cand.key, "")):
            longest[cand.key] = cand.name
    settled: dict[str, str] = {}
    for key, group in by_key.items():
        known = registry.entities.get(key)
        if known is not None:
            settled[key] = known.type
        elif any(c.rule.endswith("+list") or c.rule == "place-list" for c in group) or (
                not any(c.titled or any(m in c.rule for m in PERSON_RULES) for c in group)
                and (any(registry.subdivision(c.name, countries) for c in group)
                     or (any(c.type != "Organization" or c.placed for c in group)
                         and any(registry.city(c.name, countries) for c in group)))):
            settled[key] = "Place"
        else:
            settled[key] = head_type(longest[key], names) or votes[key].most_common(1)[0][0]
    for cand in candidates:
        assert cand.key is not None
        cand.type = settled[cand.key]


def _entity(key: str, types: Counter[str], names: Counter[str], registry: Registry) -> Entity:
    known = registry.entities.get(key)
    if known is not None:
        return known
    label = max(names, key=lambda n: (len(n.split()), names[n], len(n)))
    return Entity(key=key, label=label, type=types.most_common(1)[0][0], aliases=sorted(names))


def _near_name(name: str, others: set[str]) -> str | None:
    for other in others:
        if words_close(name.split(), other.split()):
            return other
    return None


def words_close(words: list[str], other: list[str]) -> bool:
    """Same number of words, each equal or one edit apart ("Illham", "llham", "[lham" for "Ilham")."""
    if len(words) != len(other):
        return False
    for a, b in zip(words, other):
        a, b = a.casefold(), b.casefold()
        if a == b or a.replace("rn", "m") == b or b.replace("rn", "m") == a:
            continue
        if min(len(a), len(b)) < 4 or max(len(a), len(b)) < 5 or edit_distance(a, b) > 1:
            return False
    return True


def fuzzy_candidates(name: str, registry: Registry) -> list[str]:
    """Registry keys a name with OCR damage may mean ("Illham Aliyev", "Tirkiye", "AliyeVv").

    A single word is compared with single-word names of countries and places
    only, and with ambiguous surnames, so that "Aliyev" never becomes "Aliyeva".
    """
    words = name.split()
    if len(words) == 1 and len(name) < 6:
        return []
    found: set[str] = set()
    for alias in registry.near_aliases(words):
        key = registry.alias_index[alias]
        if len(alias) < 6 or not words_close(words, alias.split()):
            continue
        if len(words) == 1 and registry.entities[key].type not in ("Country", "Place"):
            if not _ocr_variant(name.casefold(), alias):
                continue  # "Aliyeva" is another person than "Aliyev"; "Pezeshkjan" is OCR damage
        found.add(key)
    if not found and len(words) == 1:
        for alias in registry.near_aliases(words, ambiguous=True):
            if len(alias) >= 6 and words_close(words, [alias]):
                found.update(registry.ambiguous[alias])
    return sorted(found)


def _ocr_variant(word: str, alias: str) -> bool:
    """A misread letter, not a different ending: same length, or "rn" read for "m"."""
    return len(word) >= 6 and (len(word) == len(alias) or word.replace("rn", "m") == alias)


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count one)."""
    if abs(len(a) - len(b)) > 2:
        return 3
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]
