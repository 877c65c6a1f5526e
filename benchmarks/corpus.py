"""A generated corpus of news-shaped articles about the registry's real actors.

Each article: a title line, sometimes a byline, a wire dateline ("BAKU, March 3, 2024 — ")
opening the first paragraph, then paragraphs of reported speech, stances, events and
background sentences (the tables of :mod:`benchmarks.templates`), about 400 to 900 words; one
article in ten is five times longer. The same seed gives the same files, byte for byte.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from benchmarks import templates as t

#: Share of the articles that are five times longer than the others.
LONG_SHARE = 0.1
LONG_FACTOR = 5
WORDS = (400, 900)
SENTENCES_PER_PARAGRAPH = (3, 6)
BYLINE_SHARE = 2 / 3
FIRST_DAY = dt.date(2023, 1, 1)
DAYS = 3 * 365
#: First and last words of a name that takes "the" ("the United States", "the European Union").
THE_FIRST = frozenset({"United", "European", "World", "International", "National", "Federal", "Islamic", "Central"})
THE_LAST = frozenset({
    "Union", "Organization", "Organisation", "Council", "Commission", "Bank", "Fund", "Ministry", "Party", "Movement",
    "Forces", "Nations", "States", "Kingdom", "Republic", "Emirates", "Netherlands", "Philippines", "Agency", "Court",
    "Assembly", "Office", "Alliance", "Front", "Committee", "Service", "Department", "Parliament", "Government",
})
ADJECTIVE_ENDINGS = ("ian", "ish", "ese", "an", "i", "ic", "ch", "ine")
FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Actor:
    """An actor of the registry as an article names it."""

    key: str
    label: str
    kind: str  # Person | Country | Organization
    titled: str = ""  # "Armenian Prime Minister Nikol Pashinyan" (people with an office)

    @property
    def named(self) -> str:
        """The name as it stands in running text ("the European Union", "Maia Sandu")."""
        if self.kind == "Person":
            return self.label
        words = self.label.split()
        the = words[0] in THE_FIRST or words[-1] in THE_LAST or " of " in self.label
        return f"the {self.label}" if the and words[0] != "The" else self.label

    @property
    def surname(self) -> str:
        return self.label.split()[-1] if self.kind == "Person" else self.named


@dataclass(frozen=True)
class Cast:
    """The registry's actors and places the generator draws from, sorted by key."""

    speakers: tuple[Actor, ...]
    bodies: tuple[Actor, ...]
    countries: tuple[Actor, ...]
    places: tuple[str, ...]


@cache
def cast() -> Cast:
    """Read the actor registry (``ontology/actors.ttl``) through :func:`kg.registry.load_registry`."""
    from kg.registry import load_registry

    registry = load_registry()
    people, bodies, countries = [], [], []
    for key in sorted(registry.entities):
        entity = registry.entities[key]
        if entity.type == "Person" and key in registry.roles:
            people.append(Actor(key, entity.label, "Person", _titled(entity.label, registry.roles[key], registry)))
        elif entity.type == "Organization":
            bodies.append(Actor(key, entity.label, "Organization"))
        elif entity.type == "Country":
            countries.append(Actor(key, entity.label, "Country"))
    places = tuple(registry.entities[k].label for k in sorted(registry.capitals))
    return Cast(tuple(people), tuple(bodies), tuple(countries), places)


def _titled(label: str, role: str, registry: object) -> str:
    """ "President of Moldova" -> "Moldovan President Maia Sandu"; a role of no known office -> ""."""
    from kg.registry import Registry

    assert isinstance(registry, Registry)
    office, _, where = role.partition(" of ")
    if office not in t.TITLED_ROLES or "(" in role or "," in role:
        return ""
    country = registry.lookup(where) if where else None
    if country is None or registry.entities[country].type != "Country":
        return ""
    adjective = _adjective(registry.demonyms_of(country))
    if " of " in label or adjective is None:
        return f"{office} {label}"
    return f"{adjective} {office} {label}"


def _adjective(demonyms: list[str]) -> str | None:
    """The nationality adjective among a country's words ("Finnish", not "Finn", "Finns" or "Frenchmen")."""
    forms = set(demonyms)
    singular = [d for d in sorted(forms) if d[:-1] not in forms and not d.endswith(("man", "men"))]
    adjectives = [d for d in singular if d.endswith(ADJECTIVE_ENDINGS)]
    found = adjectives or singular
    return found[0] if found else None


@dataclass
class _Article:
    """The state of one article being written: its cast and who was already named."""

    rng: random.Random
    speakers: list[Actor]
    targets: list[Actor]
    named: set[str] = field(default_factory=set)

    def refer(self, actor: Actor) -> str:
        """The full (titled) name the first time, the surname after."""
        if actor.kind != "Person":
            return actor.named
        if actor.key in self.named:
            return actor.surname
        self.named.add(actor.key)
        return actor.titled or actor.label


def generate_corpus(out: Path, documents: int, seed: int = 0) -> list[Path]:
    """Write ``documents`` articles ``bench-00000.txt`` ... into ``out``; the same seed, the same files."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(documents):
        path = out / document_name(index)
        path.write_text(article(index, seed), encoding="utf-8")
        paths.append(path)
    return paths


def document_name(index: int) -> str:
    return f"bench-{index:05d}.txt"


def article(index: int, seed: int = 0) -> str:
    """The text of article ``index`` of the corpus of ``seed``."""
    rng = random.Random(f"kg-bench/{seed}/{index}")
    people = cast()
    main = rng.sample(people.speakers, 3) + rng.sample(people.bodies, 1) + rng.sample(people.countries, 1)
    targets = rng.sample(people.countries, 3) + rng.sample(people.bodies, 2)  # "for its role in ..."
    state = _Article(rng, main, targets)
    words = rng.randint(*WORDS) * (LONG_FACTOR if rng.random() < LONG_SHARE else 1)
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    paragraphs = _paragraphs(state, words)
    dateline = f"{rng.choice(people.places).upper()}, {_date(day)} — "
    head = [_fill(state, rng.choice(t.TITLES))]
    if rng.random() < BYLINE_SHARE:
        head.append(f"By {rng.choice(t.REPORTERS)}")
    return "\n\n".join([*head, dateline + paragraphs[0], *paragraphs[1:]]) + "\n"


def _paragraphs(state: _Article, words: int) -> list[str]:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = [_fill(state, _draw(state.rng, t.PARAGRAPH_OPENERS))]
        for _ in range(state.rng.randint(*SENTENCES_PER_PARAGRAPH) - 1):
            sentences.append(_fill(state, _draw(state.rng, t.PARAGRAPH_BODY)))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return paragraphs


def _draw(rng: random.Random, tables: tuple[tuple[tuple[str, ...], float], ...]) -> str:
    table = rng.choices([tab for tab, _ in tables], weights=[w for _, w in tables])[0]
    return rng.choice(table)


def _fill(state: _Article, template: str) -> str:
    """``template`` with its fields filled; the phrases' own fields filled first."""
    rng = state.rng
    people = cast()
    target = rng.choice(state.targets)
    base = {
        "target": target.named,
        "country": rng.choice(people.countries).named,
        "country2": rng.choice(people.countries).named,
        "place": rng.choice(people.places),
    }
    phrases = {
        "quote": t.QUOTES, "quote2": t.QUOTES, "claim": t.CLAIMS, "claim2": t.CLAIMS, "issue": t.ISSUES,
        "merit": t.MERITS, "accusation": t.ACCUSATIONS, "action": t.ACTIONS, "topic": t.TOPICS,
    }
    values = dict(base)
    for name in set(FIELD.findall(template)):
        if name in phrases:
            values[name] = rng.choice(phrases[name]).format(**base)
        elif name == "speaker":
            values[name] = state.refer(rng.choice(state.speakers))
        elif name in ("other", "name"):
            other = rng.choice([a for a in state.speakers if a.kind == "Person"] or list(people.speakers))
            values[name] = other.label if name == "name" else state.refer(other)
        elif name in ("date", "month_year", "weekday"):
            day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
            values[name] = {"date": _date(day), "month_year": f"{t.MONTHS[day.month - 1]} {day.year}",
                            "weekday": t.WEEKDAYS[day.weekday()]}[name]
    return _capitalise(template.format(**values))


def _date(day: dt.date) -> str:
    return f"{t.MONTHS[day.month - 1]} {day.day}, {day.year}"


def _capitalise(sentence: str) -> str:
    """Upper-case the first letter of the sentence and of each quotation it opens with."""
    return re.sub(r'^("?)([a-z])', lambda m: m.group(1) + m.group(2).upper(), sentence)


def change_document(path: Path) -> None:
    """Change one article (a paragraph added), as an edited file would be."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nThe foreign ministry said on Monday that the talks would continue.\n", encoding="utf-8")
