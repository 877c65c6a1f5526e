"""The actor registry: a dictionary of real-world actors and places.

``ontology/actors.ttl`` lists people, countries, organisations and places that
political news often names, in the manner of the actor dictionaries of event
coders. Each entry is ``kgid:entity/{key}`` with exactly one type among
``kg:Person``, ``kg:Country``, ``kg:Organization`` and ``kg:Place``, one
``rdfs:label`` (the canonical English name) and any number of:

``skos:altLabel``       another surface form (abbreviation, transliteration, surname)
``kg:exactAlias``       a label or altLabel that only counts with its capitalisation
                        ("Guardian", not "guardian"); short all-capital
                        abbreviations ("US", "UN", "WHO") are exact without it
``kg:ambiguousAlias``   a surface form that names this and another entry ("Aliyev"):
                        it resolves to no single key; :attr:`Registry.ambiguous`
                        lists the candidates so a resolver can use the context
``kg:demonym``          (countries) nationality adjective or noun ("Azerbaijani")
``kg:capital``          (countries) the capital, a ``kg:Place``
``kg:metonymFor``       (places) the actor the place stands for ("the Kremlin" -> Russia)
``owl:sameAs``          the Wikidata item (``http://www.wikidata.org/entity/Q…``)
``kg:role``             (actors) the office or function, free text

The key of an entry is :func:`label_key` of its label: the slug of the label
without a leading "The" (``washington_post`` for "The Washington Post"), with
letters such as "ł" and "ı" transliterated (``jaroslaw_kaczynski``).

:func:`load_registry` parses and checks the file (a malformed entry raises
:class:`~kg.errors.RegistryError` naming the entry) and caches the result per
file. rdflib is imported only when a registry is loaded.

Beside the actors, :meth:`Registry.subdivision` answers from a gazetteer of the world's
states, provinces, regions and districts (ISO 3166-2, as the ``pycountry`` package ships it,
imported the first time it is asked), and :meth:`Registry.city` from one of its towns and
cities of 15,000 people or more (GeoNames' ``cities15000`` table, CC BY, as the ``geotext``
package ships it, read the first time it is asked): places that news names by the thousand
and that no hand-written registry lists. A name counts only for the countries a document names, so that
"Victoria" is the Australian state in a story about Australia and nobody's place elsewhere.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import vocab
from .errors import RegistryError
from .records import ENTITY_TYPES, Entity
from .resources import data_dir

if TYPE_CHECKING:
    from rdflib import Graph



def default_registry_path() -> Path:
    """The project's registry: ``ontology/actors.ttl``."""
    return data_dir("ontology") / "actors.ttl"

ENTITY_NS = vocab.DATA + "entity/"
WIKIDATA_IRI = re.compile(r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$")

RDF_TYPE = vocab.RDF + "type"
RDFS_LABEL = vocab.RDFS + "label"
SKOS_ALT = vocab.SKOS + "altLabel"
OWL_SAME_AS = vocab.OWL + "sameAs"
KG_DEMONYM = vocab.term("demonym")
KG_CAPITAL = vocab.term("capital")
KG_METONYM_FOR = vocab.term("metonymFor")
KG_AMBIGUOUS = vocab.term("ambiguousAlias")
KG_EXACT = vocab.term("exactAlias")
KG_ROLE = vocab.term("role")
TYPE_IRIS: dict[str, str] = {vocab.term(name): name for name in ENTITY_TYPES}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_LETTERS = str.maketrans({"ə": "a", "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                          "æ": "ae", "œ": "oe", "ħ": "h", "Ə": "A", "Ø": "O", "Ł": "L", "Đ": "D",
                          "Æ": "AE", "Œ": "OE", "ß": "ss"})
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")
_ACRONYM_PUNCT = set(".&/-+")
_FOLD_MIN_LETTERS = 6
#: the country a label ends with in brackets: "Conservative Party (UK)"
_OWNER = re.compile(r"\(([^()]+)\)$")


# ----------------------------------------------------------------------------- normalisation

def surface(text: str) -> str:
    """NFKC, straight apostrophes, single spaces, no leading "the" (case kept)."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    return _LEADING_THE.sub("", _SPACE.sub(" ", text).strip())


def normalise(text: str) -> str:
    """The form under which :attr:`Registry.alias_index` files a name: ``"The  U.S."`` -> ``"u.s."``."""
    return surface(text).casefold()


def fold(text: str) -> str:
    """``text`` without diacritics ("Türkiye" -> "Turkiye", "Əliyev" -> "Aliyev"), case kept."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def variants(form: str) -> list[str]:
    """``form`` and the spellings it also stands for: without diacritics, hyphens as spaces.

    Diacritics are dropped only from multi-word or long names, so that a short
    name does not fold into an ordinary word ("Malé" must not become "male").
    """
    out = [form]
    if not form.isascii() and (" " in form or "-" in form or sum(c.isalpha() for c in form) >= _FOLD_MIN_LETTERS):
        folded = fold(form)
        if folded != form:
            out.append(folded)
    if "-" in form:
        out += [item.replace("-", " ") for item in out]
    return out


def label_key(label: str) -> str:
    """The key of a registry entry: :func:`kg.vocab.slug` of its label without a leading "The".

    Letters that Unicode does not decompose are transliterated first, so that
    "Jarosław Kaczyński" is ``jaroslaw_kaczynski`` and "Binali Yıldırım" ``binali_yildirim``.
    """
    return vocab.slug(fold(_LEADING_THE.sub("", label.strip())))


def is_acronym(form: str) -> bool:
    """A short all-capital abbreviation ("US", "U.S.", "WHO", "S&P"), matched only with its case."""
    form = surface(form)
    letters = [c for c in form if c.isalpha()]
    return (
        2 <= len(letters) <= 3
        and all(c.isupper() for c in letters)
        and all(c.isalpha() or c in _ACRONYM_PUNCT for c in form)
    )


# ----------------------------------------------------------------------------- the registry

@dataclass
class Registry:
    """The parsed actor registry; build it with :func:`load_registry`."""

    path: Path
    entities: dict[str, Entity]
    alias_index: dict[str, str]
    ambiguous: dict[str, list[str]]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    metonyms: dict[str, str]
    roles: dict[str, str] = field(default_factory=dict)
    exact_forms: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _names: dict[str, list[tuple[str, bool]]] = field(default_factory=dict, repr=False)
    _ambiguous_names: dict[str, list[tuple[str, bool]]] = field(default_factory=dict, repr=False)
    _graph: Graph | None = field(default=None, repr=False)
    _codes: dict[str, frozenset[str]] | None = field(default=None, repr=False)
    _given: frozenset[str] | None = field(default=None, repr=False)
    _surnames: dict[str, list[str]] | None = field(default=None, repr=False)
    _countries_of: dict[str, str] | None = field(default=None, repr=False)
    _near: dict[tuple[bool, int, int, str], list[str]] | None = field(default=None, repr=False)

    # -- look-ups

    def lookup(self, name: str) -> str | None:
        """The key of the entity ``name`` names, or None (unknown or ambiguous).

        Case, white space, curly apostrophes, diacritics, a leading "the" and a
        trailing "'s" do not matter, except for exact aliases: "US" is the United
        States, "us" is nothing.
        """
        for text in _with_and_without_possessive(name):
            exact = surface(text)
            for form in variants(normalise(text)):
                key = self.alias_index.get(form)
                if key is None:
                    continue
                allowed = self.exact_forms.get(form)
                if allowed is not None and not _case_fits(exact, allowed):
                    continue
                return key
        return None

    def candidates(self, name: str) -> list[str]:
        """The keys ``name`` may refer to: one, several (an ambiguous alias) or none."""
        key = self.lookup(name)
        if key is not None:
            return [key]
        for text in _with_and_without_possessive(name):
            for form in variants(normalise(text)):
                if form in self.ambiguous:
                    return list(self.ambiguous[form])
        return []

    def demonym(self, word: str) -> str | None:
        """The country key of a nationality adjective or noun ("Azerbaijanis" -> ``azerbaijan``).

        Nationality words are capitalised in English: "poles" and "swedes" are not Poland
        and Sweden, so a word starting with a lower-case letter is no demonym.
        """
        text = surface(word)
        if not text or text[0].islower():
            return None
        for form in variants(normalise(text)):
            key = self.demonyms.get(form)
            if key is not None:
                return key
        return None

    def metonym_country(self, key: str) -> str | None:
        """The actor a place stands for ("baku" -> ``azerbaijan``, "moscow_kremlin" -> ``russia``).

        Usually a country; a place may stand for an organisation ("brussels" -> the EU).
        """
        return self.metonyms.get(key)

    def subdivision(self, name: str, countries: Iterable[str]) -> bool:
        """Whether ``name`` names a state, province, region or district (ISO 3166-2) of one of
        ``countries`` (registry keys): "Haryana" with ``india``, "Mato Grosso" with ``brazil``.

        Case, diacritics and a leading "the" do not matter; a name the registry knows is the
        registry's to type, and is no subdivision here."""
        codes = {code for key in countries for code in self._country_codes().get(key, ())}
        if not codes or self.candidates(name):
            return False
        return any(code in codes for form in variants(normalise(name)) for code in subdivision_names().get(fold(form), ()))

    def demonyms_of(self, key: str) -> list[str]:
        """The nationality words of a country, capitalised as written ("Kenyan")."""
        return sorted(w[:1].upper() + w[1:] for w, k in self.demonyms.items() if k == key and " " not in w)

    def country_of(self, key: str) -> str | None:
        """The country an actor belongs to, where its label says so: "Liberal Party of Canada",
        "Conservative Party (UK)", "Australian Labor Party" (a nationality word first)."""
        if self._countries_of is None:
            found: dict[str, str] = {}
            for entity in self.entities.values():
                if entity.type == "Country":
                    continue
                label = entity.label
                match = _OWNER.search(label)
                tail = match.group(1) if match else label.rsplit(" of ", 1)[-1] if " of " in label else None
                owner = self.lookup(tail) if tail else None
                if owner is None or self.entities[owner].type != "Country":
                    owner = self.demonym(label.split()[0]) or next(
                        (k for n in (" ".join(label.split()[:i]) for i in (3, 2, 1)) if (k := self.lookup(n))
                         and self.entities[k].type == "Country" and len(n) < len(label)), None)
                if owner is not None and self.entities[owner].type == "Country":
                    found[entity.key] = owner
            self._countries_of = found
        return self._countries_of.get(key)

    def given_names(self) -> frozenset[str]:
        """The first words of the registry's people's names ("Ilham", "Rodrigo", "Mohamed"), as
        written: given names, to tell an unknown person's name from a body's."""
        if self._given is None:
            self._given = frozenset(e.label.split()[0] for e in self.entities.values()
                                    if e.type == "Person" and len(e.label.split()) >= 2)
        return self._given

    def person_by_surname(self, surname: str) -> str | None:
        """The one registry person whose name ends in ``surname`` ("Hayashi" after a title), or
        None when there are several or none."""
        if self._surnames is None:
            found: dict[str, list[str]] = defaultdict(list)
            for entity in self.entities.values():
                words = entity.label.split()
                if entity.type == "Person" and len(words) >= 2:
                    found[normalise(words[-1])].append(entity.key)
            self._surnames = dict(found)
        keys = self._surnames.get(normalise(surname), [])
        return keys[0] if len(keys) == 1 else None

    def near_aliases(self, words: list[str], ambiguous: bool = False) -> list[str]:
        """Aliases (of :attr:`alias_index`, or of :attr:`ambiguous` names) with as many words as
        ``words`` whose word at the position of the longest of ``words`` may be one edit from it: a
        superset of the aliases an OCR-damaged name may mean, found through an index of each
        word's one-deletion forms instead of a comparison with every alias."""
        if self._near is None:
            index: dict[tuple[bool, int, int, str], list[str]] = defaultdict(list)
            for is_ambiguous, aliases in ((False, self.alias_index), (True, self.ambiguous)):
                for alias in aliases:
                    parts = alias.split()
                    for position, part in enumerate(parts):
                        for form in _one_deletion_forms(part.casefold()):
                            index[(is_ambiguous, len(parts), position, form)].append(alias)
            self._near = dict(index)
        position = _longest(words)
        found: dict[str, None] = {}
        for form in _one_deletion_forms(words[position].casefold()):
            for alias in self._near.get((ambiguous, len(words), position, form), ()):
                found[alias] = None
        return list(found)

    def city(self, name: str, countries: Iterable[str]) -> bool:
        """Whether ``name`` names a town or city of 15,000 people or more of one of ``countries``
        (registry keys): "Kismayo" with ``somalia``, "Winnipeg" with ``canada``; as
        :meth:`subdivision`, the registry's names are the registry's."""
        codes = {code for key in countries for code in self._country_codes().get(key, ())}
        if not codes or self.candidates(name):
            return False
        return any(code in codes for form in variants(normalise(name)) for code in city_names().get(fold(form), ()))

    def _country_codes(self) -> dict[str, frozenset[str]]:
        """Registry key -> the ISO 3166-1 codes of the country or territory it is."""
        if self._codes is None:
            codes: dict[str, set[str]] = defaultdict(set)
            for code, forms in iso_countries().items():
                for form in forms:
                    key = self.lookup(form)
                    if key is not None:
                        codes[key].add(code)
                        break
            self._codes = {key: frozenset(found) for key, found in codes.items()}
        return self._codes

    def get(self, key: str) -> Entity | None:
        return self.entities.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self.entities

    def __len__(self) -> int:
        return len(self.entities)

    # -- exports

    def ruler_patterns(
        self,
        tokenizer: Callable[[str], Iterable[str]] | None = None,
        include_ambiguous: bool = False,
        phrases: bool = False,
    ) -> list[dict[str, Any]]:
        """spaCy EntityRuler token patterns for every label and alias.

        ``{"label": "Person", "pattern": [{"LOWER": "ilham"}, {"LOWER": "aliyev"}],
        "id": "ilham_aliyev"}``: the label is the entity type, the id its key.
        Exact aliases match with ``ORTH`` (as written, or in capitals), all others
        with ``LOWER``. Names are split into tokens by ``tokenizer`` (default:
        a blank English spaCy tokenizer, or a close approximation without spaCy).
        With ``include_ambiguous``, ambiguous aliases whose candidates share one
        type are added with the id ``"?" + the alias`` (see :attr:`ambiguous`).

        With ``phrases``, names matched regardless of case are given as strings
        instead (``{"pattern": "Ilham Aliyev", ...}``) for an EntityRuler whose
        ``phrase_matcher_attr`` is ``"LOWER"``: the PhraseMatcher is much faster
        than the token Matcher; exact aliases stay token patterns.
        """
        split = tokenizer or _default_tokenizer()
        if phrases:
            split = _PhraseSplit(split)
        patterns: list[dict[str, Any]] = []
        seen: set[tuple[str, str, str]] = set()
        for key, names in self._names.items():
            label = self.entities[key].type
            names_key = partial(self._names_key, key)
            for name, exact in names:
                for pattern in _token_patterns(name, exact, split, names_key):
                    _add_pattern(patterns, seen, label, key, pattern)
        if include_ambiguous:
            for form, names in self._ambiguous_names.items():
                types = {self.entities[k].type for k in self.ambiguous.get(form, [])}
                if len(types) != 1:
                    continue
                (label,) = types
                for name, exact in names:
                    for pattern in _token_patterns(name, exact, split, self._is_ambiguous):
                        _add_pattern(patterns, seen, label, "?" + form, pattern)
        return patterns

    def _names_key(self, key: str, text: str) -> bool:
        return self.lookup(text) == key

    def _is_ambiguous(self, text: str) -> bool:
        return len(self.candidates(text)) > 1

    def graph(self) -> Graph:
        """The registry as an rdflib Graph (a copy), for the registry named graph."""
        from rdflib import Graph

        if self._graph is None:
            self._graph = _parse(self.path)
        copy = Graph()
        for prefix, namespace in self._graph.namespaces():
            copy.bind(prefix, namespace)
        copy += self._graph
        return copy


# ----------------------------------------------------------------------------- loading

_CACHE: dict[tuple[str, int, int], Registry] = {}


def _longest(words: list[str]) -> int:
    """The position of the longest word (the first of equals): the most selective to index."""
    return max(range(len(words)), key=lambda i: (len(words[i]), -i))


def _one_deletion_forms(word: str) -> set[str]:
    """The word, its "rn" read as "m", and every form with one letter deleted: two words one
    edit apart (substitution, insertion, deletion, transposition) share one of these forms."""
    forms = {word, word.replace("rn", "m")}
    forms.update(word[:i] + word[i + 1:] for i in range(len(word)))
    return forms


def load_registry(path: Path | None = None) -> Registry:
    """Parse and check the actor registry (default ``ontology/actors.ttl``); cached per file."""
    path = Path(path) if path is not None else default_registry_path()
    try:
        resolved = path.resolve()
        stat = resolved.stat()
    except OSError as exc:
        raise RegistryError(
            f"Cannot read the actor registry {path}: {exc.strerror or exc}. "
            f"Pass the path of an actors.ttl file, or restore {default_registry_path()}."
        ) from exc
    cache_key = (str(resolved), stat.st_mtime_ns, stat.st_size)
    cached = _CACHE.get(cache_key)
    if cached is not None:
        return cached
    graph = _parse(resolved)
    registry = _build(resolved, graph)
    _CACHE[cache_key] = registry
    return registry


def _parse(path: Path) -> Graph:
    from rdflib import Graph

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        detail = " ".join(str(exc).split())
        raise RegistryError(f"{path.name} is not valid Turtle: {detail}. Fix the syntax.") from exc
    return graph


@dataclass
class _Raw:
    """What the Turtle says about one entity, before checking."""

    types: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    alts: list[str] = field(default_factory=list)
    exact: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    metonym_for: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


_LITERAL_FIELDS = {
    RDFS_LABEL: "labels", SKOS_ALT: "alts", KG_EXACT: "exact", KG_AMBIGUOUS: "ambiguous",
    KG_DEMONYM: "demonyms", KG_ROLE: "roles",
}
_IRI_FIELDS = {RDF_TYPE: "types", KG_CAPITAL: "capitals", KG_METONYM_FOR: "metonym_for", OWL_SAME_AS: "same_as"}


def _collect(path: Path, graph: Graph) -> dict[str, _Raw]:
    from rdflib import Literal, URIRef

    raws: dict[str, _Raw] = defaultdict(_Raw)
    for s, p, o in graph:
        if not isinstance(s, URIRef) or not str(s).startswith(ENTITY_NS) or len(str(s)) == len(ENTITY_NS):
            raise RegistryError(
                f"{path.name}: subject {s.n3()} is not an entity IRI; every subject must be "
                f"<{ENTITY_NS}{{key}}>."
            )
        key, pred = str(s)[len(ENTITY_NS):], str(p)
        raw = raws[key]
        if pred in _LITERAL_FIELDS:
            if not isinstance(o, Literal) or not str(o).strip():
                raise RegistryError(f"{path.name}: entity '{key}' has {p.n3()} {o.n3()}; use a non-empty string.")
            getattr(raw, _LITERAL_FIELDS[pred]).append(str(o).strip())
        elif pred in _IRI_FIELDS:
            if not isinstance(o, URIRef):
                raise RegistryError(f"{path.name}: entity '{key}' has {p.n3()} {o.n3()}; use an IRI.")
            getattr(raw, _IRI_FIELDS[pred]).append(str(o))
    return raws


def _check(path: Path, key: str, raw: _Raw) -> tuple[str, str, str | None]:
    """Type, label and Wikidata id of one entity, or a RegistryError saying what is wrong."""
    where = f"{path.name}: entity '{key}'"
    unknown = [t for t in raw.types if t.startswith(vocab.KG) and t not in TYPE_IRIS]
    if unknown:
        raise RegistryError(f"{where} has the unknown type <{unknown[0]}>; use one of {_type_names()}.")
    types = sorted({TYPE_IRIS[t] for t in raw.types if t in TYPE_IRIS})
    if len(types) != 1:
        found = "no type" if not types else f"{len(types)} types ({', '.join('kg:' + t for t in types)})"
        raise RegistryError(f"{where} has {found}; give it exactly one of {_type_names()}.")
    if len(raw.labels) != 1:
        found = "no rdfs:label" if not raw.labels else f"{len(raw.labels)} rdfs:labels ({', '.join(raw.labels)})"
        raise RegistryError(f"{where} has {found}; give it exactly one canonical English name.")
    label = raw.labels[0]
    expected = label_key(label)
    if key != expected:
        raise RegistryError(
            f"{where} has the label \"{label}\", whose key is '{expected}'; rename the entity or fix the label."
        )
    bad = [iri for iri in raw.same_as if not WIKIDATA_IRI.match(iri)]
    if bad:
        raise RegistryError(
            f"{where} has owl:sameAs <{bad[0]}>, which is not a Wikidata entity IRI "
            "(http://www.wikidata.org/entity/Q<digits>); fix it or leave it out."
        )
    if len(raw.same_as) > 1:
        raise RegistryError(f"{where} has {len(raw.same_as)} owl:sameAs; keep the one Wikidata item it is.")
    names = {label, *raw.alts}
    stray = [name for name in raw.exact if name not in names]
    if stray:
        raise RegistryError(f"{where} has kg:exactAlias \"{stray[0]}\", which is not its label or a skos:altLabel.")
    if len(raw.roles) > 1:
        raise RegistryError(f"{where} has {len(raw.roles)} kg:role values; keep one.")
    wikidata = raw.same_as[0].rsplit("/", 1)[1] if raw.same_as else None
    return types[0], label, wikidata


def _type_names() -> str:
    return ", ".join("kg:" + t for t in ENTITY_TYPES)


def _build(path: Path, graph: Graph) -> Registry:
    raws = _collect(path, graph)
    entities: dict[str, Entity] = {}
    by_wikidata: dict[str, str] = {}
    for key in sorted(raws):
        etype, label, wikidata = _check(path, key, raws[key])
        if wikidata is not None:
            other = by_wikidata.setdefault(wikidata, key)
            if other != key:
                raise RegistryError(
                    f"{path.name}: entities '{other}' and '{key}' are both owl:sameAs wd:{wikidata}; "
                    "one real-world entity is one entry."
                )
        aliases = sorted(set(raws[key].alts) - {label})
        entities[key] = Entity(key=key, label=label, type=etype, aliases=aliases, wikidata=wikidata, in_registry=True)
    capitals, metonyms = _places(path, raws, entities)
    registry = Registry(
        path=path,
        entities=entities,
        alias_index={},
        ambiguous={},
        demonyms=_demonyms(path, raws, entities),
        capitals=capitals,
        metonyms=metonyms,
        roles={k: r.roles[0] for k, r in raws.items() if r.roles},
        _graph=graph,
    )
    _index_names(registry, raws)
    return registry


def _places(path: Path, raws: dict[str, _Raw], entities: dict[str, Entity]) -> tuple[dict[str, str], dict[str, str]]:
    capitals: dict[str, str] = {}
    metonyms: dict[str, str] = {}
    for key, raw in raws.items():
        for iri in raw.capitals:
            place = _target(path, key, "kg:capital", iri, entities, ("Place",))
            if entities[key].type != "Country":
                raise RegistryError(f"{path.name}: entity '{key}' has kg:capital but is not a kg:Country.")
            if capitals.setdefault(place, key) != key:
                raise RegistryError(
                    f"{path.name}: '{place}' is the kg:capital of both '{capitals[place]}' and '{key}'."
                )
    metonyms.update(capitals)
    for key, raw in raws.items():
        if not raw.metonym_for:
            continue
        if entities[key].type != "Place" or len(raw.metonym_for) > 1:
            raise RegistryError(
                f"{path.name}: entity '{key}' has kg:metonymFor; only a kg:Place may have it, and only once."
            )
        metonyms[key] = _target(path, key, "kg:metonymFor", raw.metonym_for[0], entities, ("Country", "Organization"))
    return capitals, metonyms


def _target(path: Path, key: str, prop: str, iri: str, entities: dict[str, Entity], types: tuple[str, ...]) -> str:
    target = iri[len(ENTITY_NS):] if iri.startswith(ENTITY_NS) else ""
    known = entities.get(target)
    if known is None or known.type not in types:
        wanted = " or ".join("kg:" + t for t in types)
        raise RegistryError(f"{path.name}: entity '{key}' has {prop} <{iri}>, which is not a {wanted} of the registry.")
    return target


def _demonyms(path: Path, raws: dict[str, _Raw], entities: dict[str, Entity]) -> dict[str, str]:
    index: dict[str, str] = {}
    for key in sorted(raws):
        words = raws[key].demonyms
        if words and entities[key].type != "Country":
            raise RegistryError(f"{path.name}: entity '{key}' has kg:demonym but is not a kg:Country.")
        names = {normalise(n) for n in [entities[key].label, *entities[key].aliases]}
        for word in words:
            forms = [word] + [w for w in _demonym_forms(word)[1:] if normalise(w) not in names]
            for form in (f for w in forms for f in variants(normalise(w))):
                other = index.setdefault(form, key)
                if other != key:
                    raise RegistryError(
                        f"{path.name}: the demonym \"{word}\" belongs to both '{other}' and '{key}'; "
                        "keep it on one country or on neither."
                    )
    return index


def _demonym_forms(word: str) -> list[str]:
    """A nationality word and its plural ("Azerbaijani" -> "Azerbaijanis"; "Frenchman" -> "Frenchmen")."""
    lower = word.lower()
    if lower.endswith(("shman", "chman", "sman")):
        return [word, word[:-3] + "men"]
    if lower.endswith(("ese", "sh", "ch", "ss", "s", "z", "x", "men", "ic")):
        return [word]
    return [word, word + "s"]


def _index_names(registry: Registry, raws: dict[str, _Raw]) -> None:
    """Fill alias_index, ambiguous and exact_forms; one key per name, or the name is ambiguous."""
    primary: dict[str, set[str]] = defaultdict(set)
    secondary: dict[str, set[str]] = defaultdict(set)
    exact_by_form: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    loose_by_form: dict[str, set[str]] = defaultdict(set)
    names: dict[str, list[tuple[str, bool]]] = {}
    ambiguous_names: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    declared: dict[str, set[str]] = defaultdict(set)
    for key, raw in sorted(raws.items()):
        entity = registry.entities[key]
        exact_set = set(raw.exact)
        entity_names = []
        for name in dict.fromkeys([entity.label, *sorted(set(raw.alts))]):
            exact = name in exact_set or is_acronym(name)
            entity_names.append((name, exact))
            norm = normalise(name)
            primary[norm].add(key)
            for other in variants(norm)[1:]:
                secondary[other].add(key)
            for form in variants(norm):
                if exact:
                    exact_by_form[form][key].update(variants(surface(name)))
                else:
                    loose_by_form[form].add(key)
        names[key] = entity_names
        for name in raw.ambiguous:
            exact = name in exact_set or is_acronym(name)
            for form in variants(normalise(name)):
                declared[form].add(key)
            ambiguous_names[normalise(name)].append((name, exact))
    ambiguous: dict[str, set[str]] = defaultdict(set)
    for form, keys in declared.items():
        ambiguous[form] |= keys | primary.get(form, set()) | secondary.get(form, set())
    index: dict[str, str] = {}
    for form, keys in primary.items():
        if len(keys) > 1:
            ambiguous[form] |= keys
        elif form not in ambiguous:
            index[form] = next(iter(keys))
    for form, keys in secondary.items():
        if form in primary or form in ambiguous:
            continue
        if len(keys) > 1:
            ambiguous[form] |= keys
        else:
            index[form] = next(iter(keys))
    registry.alias_index = dict(sorted(index.items()))
    registry.ambiguous = {form: sorted(keys) for form, keys in sorted(ambiguous.items())}
    registry.exact_forms = {
        form: frozenset(exact_by_form[form][key])
        for form, key in index.items()
        if key in exact_by_form.get(form, {}) and key not in loose_by_form.get(form, set())
    }
    registry._names = {}
    for key, entity_names in names.items():
        registry._names[key] = [(n, e) for n, e in entity_names if normalise(n) not in registry.ambiguous]
        for n, e in entity_names:
            if normalise(n) in registry.ambiguous:
                ambiguous_names[normalise(n)].append((n, e))
    registry._ambiguous_names = {
        form: list(dict.fromkeys(entries)) for form, entries in ambiguous_names.items() if form in registry.ambiguous
    }


# ----------------------------------------------------------------------------- the gazetteer

_BRACKETED = re.compile(r"\s*\(([^()]*)\)")
_ALTERNATIVE = re.compile(r"\s*\[([^\[\]]*)\]")
_ISO_CODE = re.compile(r"\s+[A-Z]{2}-[A-Z0-9]{1,3}$")


def iso_names(name: str) -> list[str]:
    """The names an ISO 3166 entry stands for, as news writes them: "Bender [Tighina]" is
    Bender and Tighina, "Durham, County" Durham, "Congo, The Democratic Republic of the" the
    Democratic Republic of the Congo, "Haute-Sangha / Mambéré-Kadéï" either, "Sofia
    (stolitsa)" Sofia."""
    out: list[str] = []
    for part in name.split(" / "):
        alternatives = [_ISO_CODE.sub("", a) for a in _ALTERNATIVE.findall(part)]
        part = _BRACKETED.sub("", _ALTERNATIVE.sub("", part)).strip()
        head, comma, tail = part.partition(", ")
        if comma and tail[:1].isupper() and tail.split()[-1].islower():  # "Congo, The Democratic Republic of the"
            part = f"{tail} {head}"
        elif comma:
            part = head  # "Durham, County", "Madrid, Comunidad de"
        out += [n.strip() for n in [part, *alternatives] if n.strip()[:1].isupper()]
    return list(dict.fromkeys(out))


@cache
def subdivision_names() -> dict[str, frozenset[str]]:
    """Every name of an ISO 3166-2 subdivision, casefolded without diacritics ("haryana",
    "mato grosso") -> the ISO 3166-1 codes of the countries that have one of that name."""
    import pycountry

    found: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        for name in iso_names(sub.name):
            found[fold(normalise(name))].add(sub.country_code)
    return {name: frozenset(codes) for name, codes in found.items()}


#: the columns of GeoNames' cities table: name, ASCII name, alternate names, country code
_CITY_NAME, _CITY_ASCII, _CITY_ALTERNATES, _CITY_COUNTRY = 1, 2, 3, 8
#: an alternate name of a city that news may write: Latin letters, capitalised, four or more
_CITY_ALTERNATE = re.compile(r"^[A-Z][a-zà-ɏ'’ -]{3,}$")


@cache
def city_names() -> dict[str, frozenset[str]]:
    """Every name of a town or city of 15,000 people or more, casefolded without diacritics ("el
    fasher", "belem") -> the ISO 3166-1 codes of the countries that have one of that name: its
    name, its ASCII name and its alternate names in Latin letters ("El Fasher" for Al Fashir)."""
    from importlib.util import find_spec

    spec = find_spec("geotext")  # its data, without importing the package (which indexes it all)
    if spec is None or not spec.submodule_search_locations:
        return {}
    table = Path(next(iter(spec.submodule_search_locations))) / "data" / "cities15000.txt"
    found: dict[str, set[str]] = defaultdict(set)
    with table.open(encoding="utf-8") as lines:
        for line in lines:
            columns = line.rstrip("\n").split("\t")
            if len(columns) <= _CITY_COUNTRY:
                continue
            names = {columns[_CITY_NAME], columns[_CITY_ASCII]}
            names.update(a for a in columns[_CITY_ALTERNATES].split(",") if _CITY_ALTERNATE.match(a))
            for name in names:
                found[fold(normalise(name))].add(columns[_CITY_COUNTRY])
    return {name: frozenset(codes) for name, codes in found.items()}


@cache
def iso_countries() -> dict[str, tuple[str, ...]]:
    """ISO 3166-1 code -> the country's names in pycountry, the common one first."""
    import pycountry

    out: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        names = [getattr(country, attr, None) for attr in ("common_name", "name", "official_name")]
        out[country.alpha_2] = tuple(dict.fromkeys(n for name in names if name for n in iso_names(name)))
    return out


# ----------------------------------------------------------------------------- ruler patterns

def _with_and_without_possessive(name: str) -> list[str]:
    text = surface(name)
    stripped = _POSSESSIVE.sub("", text).strip()
    return [text] if stripped in ("", text) else [text, stripped]


class _PhraseSplit:
    """A tokenizer wrapper that marks the patterns to be emitted as phrases."""

    def __init__(self, split: Callable[[str], Iterable[str]]) -> None:
        self.split = split

    def __call__(self, text: str) -> Iterable[str]:
        return self.split(text)


def _add_pattern(
    patterns: list[dict[str, Any]],
    seen: set[tuple[str, str, str]],
    label: str,
    key: str,
    pattern: list[dict[str, str]] | str,
) -> None:
    signature = (label, key, repr(pattern))
    if pattern and signature not in seen:
        seen.add(signature)
        patterns.append({"label": label, "pattern": pattern, "id": key})


def _case_fits(text: str, allowed: frozenset[str]) -> bool:
    """Whether ``text`` is written as one of the exact forms, or as one of them in capitals."""
    if any(v in allowed for v in variants(text)):
        return True
    return text.isupper() and text in {a.upper() for a in allowed}


def _token_patterns(
    name: str, exact: bool, split: Callable[[str], Iterable[str]], check: Callable[[str], bool]
) -> list[list[dict[str, str]] | str]:
    """Token patterns for one name: as written, without diacritics, with curly apostrophes.

    ``check`` keeps only the spellings that look up to the name's own entity.
    """
    base = surface(name)
    if not base:
        return []
    texts = [t for t in variants(base) if check(t)]
    texts += [t.replace("'", "\u2019") for t in texts if "'" in t]
    out: list[list[dict[str, str]] | str] = []
    for text in dict.fromkeys(texts):
        if not exact and isinstance(split, _PhraseSplit):
            out.append(text)  # the ruler tokenizes it and compares LOWER
            continue
        tokens = [t for t in split(text) if t.strip()]
        if not tokens:
            continue
        if exact:
            out.append([{"ORTH": t} for t in tokens])
            if text.upper() != text:
                out.append([{"ORTH": t.upper()} for t in tokens])
        else:
            out.append([{"LOWER": t.lower()} for t in tokens])
    return out


def _default_tokenizer() -> Callable[[str], Iterable[str]]:
    """spaCy's English tokenizer rules when spaCy is installed, else :func:`simple_tokens`."""
    try:
        import spacy
    except ImportError:  # pragma: no cover - spaCy is a dependency of kg
        return simple_tokens
    tokenizer = spacy.blank("en").tokenizer
    return lambda text: [t.text for t in tokenizer(text)]


_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.){2,}$|^(?:St|Sr|Jr|No|Mr|Mrs|Dr|Gen|Lt|Col|Inc|Ltd|Co)\.$")
_INFIX = re.compile(r"(?<=[^\W\d_])([-/])(?=[^\W\d_])")


def simple_tokens(text: str) -> list[str]:
    """An approximation of spaCy's English tokenizer for names (no spaCy needed)."""
    tokens: list[str] = []
    for chunk in text.split():
        tail: list[str] = []
        while chunk and chunk[0] in "\"([{":
            tokens.append(chunk[0])
            chunk = chunk[1:]
        while chunk and (chunk[-1] in "\")]},;:!?+" or (chunk[-1] == "." and not _ABBREVIATION.match(chunk))):
            tail.insert(0, chunk[-1])
            chunk = chunk[:-1]
        possessive = re.search(r"['\u2019]s$", chunk)
        if possessive and len(chunk) > 2:
            tail.insert(0, chunk[-2:])
            chunk = chunk[:-2]
        tokens.extend(t for t in _INFIX.split(chunk) if t)
        tokens.extend(tail)
    return tokens
