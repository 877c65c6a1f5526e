"""Saved queries on a model-free corpus of several documents: every row is computed again
here in Python from the corpus description, independently of SPARQL.

The saved queries are written for Oxigraph's evaluator (hash joins over whole properties,
computed sort keys, parameters matched once per speaker); this file pins down that they
still mean what their descriptions say, row for row and in order.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kg import vocab
from kg.query import resolve_query, run_query
from kg.store import Store, open_store

QUERIES = Path(__file__).resolve().parent.parent / "queries"
ACTORS = ("Person", "Country", "Organization")
ENTITIES = (*ACTORS, "Place")
EVENTS = ("Event", "Election", "Interview", "Speech", "Meeting", "Summit", "War", "MilitaryOperation",
          "Incident", "Agreement", "Ceremony")


@dataclass
class Statement:
    speaker: str
    start: int
    end: int
    cue: str
    kind: str
    about: tuple[str, ...] = ()
    stances: tuple[tuple[str, str | None], ...] = ()  # (target, polarity or none)
    date: str | None = None


@dataclass
class Doc:
    name: str
    text: str
    title: str | None
    publisher: str | None
    date: str | None
    # entity or event key -> (classes, label in this document's graph)
    things: dict[str, tuple[tuple[str, ...], str | None]]
    mentions: list[tuple[str, int, int]]  # (entity or event key, start, end)
    statements: list[Statement] = field(default_factory=list)
    dates: dict[str, str] = field(default_factory=dict)  # event key -> xsd:gYearMonth/xsd:date lexical form
    # spans that refer to an entity but are not typed kg:Mention: every query must ignore them
    strays: list[tuple[str, int, int]] = field(default_factory=list)


TEXT_A = (
    "Ilham Aliyev said that Armenia and the United Nations must act in Baku. "
    "Nikol Pashinyan told Azerbaijan that Armenia wants peace. "
    "In an interview in December 2024, Aliyev repeated it at the summit."
)
TEXT_B = (
    "Armenia and Azerbaijan met; Ilham Aliyev praised the United Nations. "
    "Kosovo was not mentioned by Nikol Pashinyan, who spoke of Armenia. "
    "Nobody else spoke."
)
TEXT_C = "Aliyev criticized Armenia again. The United Nations said nothing about Kosovo."


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return i, i + len(needle)


def sentence(text: str, n: int) -> tuple[int, int]:
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith(". ", i) or text.startswith("; ", i)]
    ends = [s - 2 for s in starts[1:]] + [len(text) - 1]
    return starts[n], ends[n] + 1


def build_docs() -> list[Doc]:
    people = {
        "ilham_aliyev": (("Person",), "Ilham Aliyev"),
        "nikol_pashinyan": (("Person",), "Nikol Pashinyan"),
        "armenia": (("Country",), "Armenia"),
        "azerbaijan": (("Country",), "Azerbaijan"),
        "united_nations": (("Organization",), "United Nations"),
        "baku": (("Place",), "Baku"),
        "kosovo": (("Country", "Place"), "Kosovo"),
    }
    a = Doc(
        "a.txt", TEXT_A, "Peace talk", "Outlet One", "2024-12-19",
        {**{k: people[k] for k in ("ilham_aliyev", "nikol_pashinyan", "armenia", "azerbaijan", "united_nations",
                                   "baku")},
         "interview": (("Interview",), "interview"), "summit": (("Summit",), None)},
        [("ilham_aliyev", *at(TEXT_A, "Ilham Aliyev")), ("armenia", *at(TEXT_A, "Armenia")),
         ("united_nations", *at(TEXT_A, "United Nations")), ("baku", *at(TEXT_A, "Baku")),
         ("nikol_pashinyan", *at(TEXT_A, "Nikol Pashinyan")), ("azerbaijan", *at(TEXT_A, "Azerbaijan")),
         ("armenia", *at(TEXT_A, "Armenia", 1)), ("ilham_aliyev", *at(TEXT_A, "Aliyev", 1)),
         ("interview", *at(TEXT_A, "interview")), ("summit", *at(TEXT_A, "summit"))],
        dates={"interview": "2024-12"},
    )
    a.statements = [
        Statement("ilham_aliyev", *sentence(TEXT_A, 0), "say", "Indirect", about=("armenia", "united_nations"),
                  stances=(("armenia", "Negative"),)),
        Statement("nikol_pashinyan", *sentence(TEXT_A, 1), "tell", "Direct", about=("azerbaijan",),
                  stances=(("azerbaijan", "Positive"), ("armenia", None))),
        Statement("ilham_aliyev", *sentence(TEXT_A, 2), "repeat", "Mixed", date="2024-12-20"),
    ]
    b = Doc(
        "b.txt", TEXT_B, None, None, None,
        {**{k: people[k] for k in ("ilham_aliyev", "nikol_pashinyan", "armenia", "azerbaijan", "united_nations",
                                   "kosovo")},
         "meeting": (("Meeting", "Event"), "meeting")},
        [("armenia", *at(TEXT_B, "Armenia")), ("azerbaijan", *at(TEXT_B, "Azerbaijan")),
         ("meeting", *at(TEXT_B, "met")), ("ilham_aliyev", *at(TEXT_B, "Ilham Aliyev")),
         ("united_nations", *at(TEXT_B, "United Nations")), ("kosovo", *at(TEXT_B, "Kosovo")),
         ("nikol_pashinyan", *at(TEXT_B, "Nikol Pashinyan")), ("armenia", *at(TEXT_B, "Armenia", 1))],
        dates={"meeting": "2024-11-02"},
    )
    b.statements = [
        Statement("ilham_aliyev", *sentence(TEXT_B, 0), "praise", "Indirect", about=("united_nations",),
                  stances=(("united_nations", "Positive"),)),
        Statement("ilham_aliyev", *sentence(TEXT_B, 1), "praise", "Indirect"),
        Statement("nikol_pashinyan", *sentence(TEXT_B, 2), "speak", "Indirect", about=("armenia", "kosovo"),
                  stances=(("kosovo", "Negative"),)),
    ]
    c = Doc(
        "c.txt", TEXT_C, "Again", "Outlet Two", "2025-01-05",
        {k: people[k] for k in ("ilham_aliyev", "armenia", "united_nations", "kosovo")},
        [("ilham_aliyev", *at(TEXT_C, "Aliyev")), ("armenia", *at(TEXT_C, "Armenia")),
         ("united_nations", *at(TEXT_C, "United Nations")), ("kosovo", *at(TEXT_C, "Kosovo"))],
    )
    c.things["armenia"] = (("Country",), None)  # no label for Armenia in this document's graph
    c.things["azerbaijan"] = people["azerbaijan"]
    c.strays = [("azerbaijan", *at(TEXT_C, "Armenia"))]
    c.statements = [
        Statement("ilham_aliyev", *sentence(TEXT_C, 0), "criticize", "Indirect", about=("armenia",),
                  stances=(("armenia", "Negative"),)),
        Statement("united_nations", *sentence(TEXT_C, 1), "say", "Direct", about=("kosovo", "armenia"),
                  stances=(("kosovo", "Neutral"), ("kosovo", "Negative"), ("kosovo", None))),
    ]
    return [a, b, c]


REGISTRY = {  # entity key -> (class, label, alternative labels, shared surnames)
    "ilham_aliyev": ("Person", "Ilham Aliyev", ("President Ilham Aliyev",), ("Aliyev",)),
    "armenia": ("Country", "Armenia", ("Republic of Armenia",), ()),
    "azerbaijan": ("Country", "Azerbaijan", (), ()),
}


def iri(doc: Doc, key: str) -> str:
    return vocab.event_iri(doc.name, key) if _is_event(doc, key) else vocab.entity_iri(key)


def _is_event(doc: Doc, key: str) -> bool:
    return any(c in EVENTS for c in doc.things.get(key, ((), None))[0])


def statement_iri(doc: Doc, st: Statement) -> str:
    return vocab.statement_iri(doc.name, st.start, st.end, st.speaker)


# -- the corpus as RDF -------------------------------------------------------------------


def doc_graph(doc: Doc) -> Any:
    from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

    kg = Namespace(vocab.KG)
    dcterms = Namespace(vocab.DCTERMS)
    g = Graph()
    d = URIRef(vocab.document_iri(doc.name))
    g.add((d, RDF.type, kg.Document))
    g.add((d, kg.fileName, Literal(doc.name)))
    g.add((d, kg.text, Literal(doc.text)))
    if doc.title:
        g.add((d, dcterms.title, Literal(doc.title)))
    if doc.publisher:
        g.add((d, dcterms.publisher, Literal(doc.publisher)))
    if doc.date:
        g.add((d, dcterms.date, Literal(doc.date, datatype=XSD.date)))
    for key, (classes, label) in doc.things.items():
        node = URIRef(iri(doc, key))
        for cls in classes:
            g.add((node, RDF.type, kg[cls]))
        if label:
            g.add((node, RDFS.label, Literal(label)))
    for key, value in doc.dates.items():
        datatype = XSD.gYearMonth if len(value) == 7 else XSD.date
        g.add((URIRef(iri(doc, key)), kg.date, Literal(value, datatype=datatype)))
    for key, s, e in doc.mentions:
        m = URIRef(f"{iri(doc, key)}/mention/{s}-{e}" if _is_event(doc, key) else vocab.mention_iri(doc.name, s, e))
        g.add((m, RDF.type, kg.Mention))
        g.add((m, kg.refersTo, URIRef(iri(doc, key))))
        g.add((m, kg.inDocument, d))
        g.add((m, kg.start, Literal(s)))
        g.add((m, kg.end, Literal(e)))
        g.add((m, kg.exact, Literal(doc.text[s:e])))
    for key, s, e in doc.strays:
        node = URIRef(f"{vocab.document_iri(doc.name)}/stray/{s}-{e}")
        g.add((node, RDF.type, kg.TextSpan))
        g.add((node, kg.refersTo, URIRef(iri(doc, key))))
        g.add((node, kg.inDocument, d))
        g.add((node, kg.start, Literal(s)))
        g.add((node, kg.end, Literal(e)))
        g.add((node, kg.exact, Literal(doc.text[s:e])))
    for st in doc.statements:
        node = URIRef(statement_iri(doc, st))
        span = URIRef(vocab.span_iri(doc.name, st.start, st.end))
        g.add((span, RDF.type, kg.TextSpan))
        g.add((span, kg.inDocument, d))
        g.add((span, kg.start, Literal(st.start)))
        g.add((span, kg.end, Literal(st.end)))
        g.add((span, kg.exact, Literal(doc.text[st.start:st.end])))
        g.add((node, RDF.type, kg.Statement))
        g.add((node, kg.speaker, URIRef(vocab.entity_iri(st.speaker))))
        g.add((node, kg.cue, Literal(st.cue)))
        g.add((node, kg.kind, kg[st.kind]))
        g.add((node, kg.evidence, span))
        g.add((node, kg.inDocument, d))
        if st.date:
            g.add((node, dcterms.date, Literal(st.date, datatype=XSD.date)))
        for target in st.about:
            g.add((node, kg.about, URIRef(vocab.entity_iri(target))))
        for i, (target, polarity) in enumerate(st.stances):
            stance = URIRef(f"{node}/stance/{target}/{i}")
            g.add((node, kg.stance, stance))
            g.add((stance, RDF.type, kg.Stance))
            g.add((stance, kg.target, URIRef(vocab.entity_iri(target))))
            if polarity:
                g.add((stance, kg.polarity, kg[polarity]))
    return g


def registry_graph() -> Any:
    from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

    kg = Namespace(vocab.KG)
    skos = Namespace(vocab.SKOS)
    g = Graph()
    for key, (cls, label, alt, surnames) in REGISTRY.items():
        node = URIRef(vocab.entity_iri(key))
        g.add((node, RDF.type, kg[cls]))
        g.add((node, RDFS.label, Literal(label)))
        for name in alt:
            g.add((node, skos.altLabel, Literal(name)))
        for name in surnames:
            g.add((node, kg.ambiguousAlias, Literal(name)))
    return g


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Any:
    docs = build_docs()
    store = open_store(tmp_path_factory.mktemp("corpus") / "store")
    for doc in docs:
        store.replace_graph(vocab.document_graph(doc.name), doc_graph(doc))
    store.replace_graph(vocab.REGISTRY_GRAPH, registry_graph())
    yield store, docs
    store.close()


# -- the same answers, computed from the corpus description ---------------------------------


def order(*values: Any) -> tuple[Any, ...]:
    """A sort key with SPARQL's order for these columns: unbound first, then the value."""
    return tuple((0, "") if v is None else (1, v) for v in values)


def text(value: Any) -> str:
    return "" if value is None else str(value)


def label(doc: Doc, key: str) -> str | None:
    return doc.things.get(key, ((), None))[1]


def classes(doc: Doc, key: str) -> tuple[str, ...]:
    return doc.things.get(key, ((), None))[0]


def targets(st: Statement) -> list[str]:
    return list(st.about) + [t for t, _ in st.stances]


def names_of(key: str, docs: Iterable[Doc], surnames: bool) -> set[str]:
    names = {label(d, key) for d in docs} - {None}
    if key in REGISTRY:
        _, main, alt, shared = REGISTRY[key]
        names |= {main, *alt, *(shared if surnames else ())}
    return {str(n).lower() for n in names}


def matches(value: str, key: str, docs: list[Doc], surnames: bool) -> bool:
    return value == vocab.entity_iri(key) or value.lower() in names_of(key, docs, surnames)


def expect_entity_mentions(docs: list[Doc]) -> list[list[str]]:
    rows = []
    for d in docs:
        for key, s, e in d.mentions:
            for cls in classes(d, key):
                if cls in ENTITIES and not _is_event(d, key):
                    rows.append((d.name, iri(d, key), label(d, key), cls, s, e, d.text[s:e]))
    rows.sort(key=lambda r: order(r[0], r[4], r[5], r[1], r[3], r[2], r[6]))
    return [[text(v) for v in r] for r in rows]


def expect_events(docs: list[Doc]) -> list[list[str]]:
    rows = []
    for d in docs:
        for key, s, e in d.mentions:
            for cls in classes(d, key):
                if cls in EVENTS:
                    rows.append((d.name, iri(d, key), label(d, key), cls, d.dates.get(key), s, e, d.text[s:e]))
    rows.sort(key=lambda r: order(r[0], r[5], r[6], r[1], r[3], r[2], r[4], r[7]))
    return [[text(v) for v in r] for r in rows]


def expect_timeline(docs: list[Doc]) -> list[list[str]]:
    rows = [(date, iri(d, key), label(d, key), cls, d.name)
            for d in docs for key, date in d.dates.items() for cls in classes(d, key) if cls in EVENTS]
    rows.sort(key=lambda r: order(r[0], r[2], r[1], r[3], r[4]))
    return [[text(v) for v in r] for r in rows]


def expect_statements(docs: list[Doc]) -> list[list[str]]:
    rows = [(d.name, statement_iri(d, st), vocab.entity_iri(st.speaker), label(d, st.speaker), st.cue,
             st.kind.lower(), st.start, st.end, d.text[st.start:st.end]) for d in docs for st in d.statements]
    rows.sort(key=lambda r: order(r[0], r[6], r[7], r[1], r[2], r[3], r[4], r[5], r[8]))
    return [[text(v) for v in r] for r in rows]


def expect_statement_targets(docs: list[Doc]) -> list[list[str]]:
    rows = []
    for d in docs:
        for st in d.statements:
            stance_targets = {t for t, _ in st.stances}
            for target, polarity in st.stances:
                rows.append((statement_iri(d, st), vocab.entity_iri(target), label(d, target),
                             polarity.lower() if polarity else None))
            for target in st.about:
                if target not in stance_targets:
                    rows.append((statement_iri(d, st), vocab.entity_iri(target), label(d, target), None))
    rows.sort(key=lambda r: order(r[0], r[1], r[3], r[2]))
    return [[text(v) for v in r] for r in rows]


def expect_statements_by_speaker(docs: list[Doc], speaker: str) -> list[list[str]]:
    rows = []
    for d in docs:
        for st in d.statements:
            if matches(speaker, st.speaker, docs, surnames=True):
                names = {label(d, t) or vocab.entity_iri(t) for t in targets(st)}
                rows.append((d.name, statement_iri(d, st), label(d, st.speaker), st.cue, st.kind.lower(),
                             d.text[st.start:st.end], "; ".join(sorted(names)), st.start))
    rows.sort(key=lambda r: order(r[0], r[7], r[1], r[2], r[3], r[4], r[5], r[6]))
    return [[text(v) for v in r[:7]] for r in rows]


def expect_what_outlets_report(docs: list[Doc], speaker: str, target: str) -> list[list[str]]:
    rows = set()
    for d in docs:
        for st in d.statements:
            if not matches(speaker, st.speaker, docs, surnames=False):
                continue
            for t in targets(st):
                if not matches(target, t, docs, surnames=False):
                    continue
                polarities = [p.lower() for tt, p in st.stances if tt == t and p] or [None]
                for polarity in polarities:
                    rows.add((d.publisher or d.name, d.name, st.date or d.date, polarity, d.text[st.start:st.end]))
    ordered = sorted(rows, key=lambda r: order(r[0], r[2], r[1], r[4], r[3]))
    return [[text(v) for v in r] for r in ordered]


def sample(values: Iterable[str | None]) -> str | None:
    """SAMPLE over the labels of the rows of a group (the corpus labels an entity alike everywhere)."""
    found = set(values) - {None}
    assert len(found) <= 1, found
    return found.pop() if found else None


def expect_who_talks_about_whom(docs: list[Doc]) -> list[list[str]]:
    pairs: dict[tuple[str, str], set[str]] = {}
    where: dict[tuple[str, str], list[Doc]] = {}
    for d in docs:
        for st in d.statements:
            for t in targets(st):
                pairs.setdefault((st.speaker, t), set()).add(statement_iri(d, st))
                where.setdefault((st.speaker, t), []).append(d)
    rows = [(vocab.entity_iri(s), sample(label(d, s) for d in where[s, t]), vocab.entity_iri(t),
             sample(label(d, t) for d in where[s, t]), len(n)) for (s, t), n in pairs.items()]
    rows.sort(key=lambda r: (-r[4], r[0], r[2]))
    return [[text(v) for v in r] for r in rows]


def expect_who_criticized_whom(docs: list[Doc]) -> list[list[str]]:
    pairs: dict[tuple[str, str], set[str]] = {}
    where: dict[tuple[str, str], list[Doc]] = {}
    for d in docs:
        for st in d.statements:
            for t, polarity in st.stances:
                if polarity == "Negative":
                    pairs.setdefault((st.speaker, t), set()).add(statement_iri(d, st))
                    where.setdefault((st.speaker, t), []).append(d)
    rows = [(sample(label(d, s) for d in where[s, t]), sample(label(d, t) for d in where[s, t]), len(n),
             vocab.entity_iri(s), vocab.entity_iri(t)) for (s, t), n in pairs.items()]
    rows.sort(key=lambda r: (-r[2], *order(r[0], r[1], r[3], r[4])))
    return [[text(v) for v in r[:3]] for r in rows]


def expect_co_mentions(docs: list[Doc]) -> list[list[str]]:
    spans: dict[tuple[str, str], set[str]] = {}
    where: dict[tuple[str, str], list[Doc]] = {}
    for d in docs:
        for st in d.statements:
            inside = sorted({k for k, s, e in d.mentions
                             if s >= st.start and e <= st.end and set(classes(d, k)) & set(ACTORS)},
                            key=lambda k: iri(d, k))
            for i, e1 in enumerate(inside):
                for e2 in inside[i + 1:]:
                    spans.setdefault((e1, e2), set()).add(vocab.span_iri(d.name, st.start, st.end))
                    where.setdefault((e1, e2), []).append(d)
    rows = [(vocab.entity_iri(e1), sample(label(d, e1) for d in where[e1, e2]), vocab.entity_iri(e2),
             sample(label(d, e2) for d in where[e1, e2]), len(n)) for (e1, e2), n in spans.items()]
    rows.sort(key=lambda r: (-r[4], r[0], r[2]))
    return [[text(v) for v in r] for r in rows]


def expect_sources(docs: list[Doc]) -> list[list[str]]:
    rows = []
    for d in docs:
        mentioned = {k for k, _, _ in d.mentions if set(classes(d, k)) & set(ENTITIES) and not _is_event(d, k)}
        events = {k for k in d.things if _is_event(d, k)}
        rows.append((d.name, d.title, d.publisher, d.date, len(mentioned), len(d.statements), len(events)))
    rows.sort(key=lambda r: order(*r))
    return [[text(v) for v in r] for r in rows]


CASES: dict[str, Any] = {
    "entity-mentions": expect_entity_mentions,
    "events": expect_events,
    "timeline": expect_timeline,
    "statements": expect_statements,
    "statement-targets": expect_statement_targets,
    "who-talks-about-whom": expect_who_talks_about_whom,
    "who-criticized-whom": expect_who_criticized_whom,
    "co-mentions": expect_co_mentions,
    "sources": expect_sources,
}


def test_the_corpus_exercises_the_queries(corpus: Any) -> None:
    """Guard against a fixture that proves nothing: every query has several rows to get right."""
    _, docs = corpus
    for name, expect in CASES.items():
        assert len(expect(docs)) >= 3, name
    assert len(expect_statements_by_speaker(docs, "Ilham Aliyev")) >= 3
    assert len(expect_what_outlets_report(docs, "Ilham Aliyev", "Armenia")) >= 2


@pytest.mark.parametrize("name", sorted(CASES))
def test_saved_query_rows_match_the_corpus(corpus: Any, name: str) -> None:
    store, docs = corpus
    result = run_query(store, resolve_query(name, QUERIES))
    assert result.rows == CASES[name](docs)


def sorted_targets(rows: list[list[str]]) -> list[list[str]]:
    """GROUP_CONCAT does not fix the order of the concatenated targets; compare them as sets."""
    return [r[:-1] + ["; ".join(sorted(filter(None, r[-1].split("; "))))] for r in rows]


@pytest.mark.parametrize("speaker", ["Ilham Aliyev", "ilham ALIYEV", "Aliyev", "President Ilham Aliyev",
                                     vocab.entity_iri("ilham_aliyev"), "Nikol Pashinyan", "United Nations",
                                     "Nobody"])
def test_statements_by_speaker_rows_match_the_corpus(corpus: Any, speaker: str) -> None:
    store, docs = corpus
    result = run_query(store, resolve_query("statements-by-speaker", QUERIES), {"speaker": speaker})
    assert sorted_targets(result.rows) == expect_statements_by_speaker(docs, speaker)


@pytest.mark.parametrize(("speaker", "target"), [
    ("Ilham Aliyev", "Armenia"), ("President Ilham Aliyev", "republic of armenia"),
    (vocab.entity_iri("ilham_aliyev"), vocab.entity_iri("armenia")), ("Aliyev", "Armenia"),
    ("United Nations", "Kosovo"), ("Nikol Pashinyan", "Armenia"), ("Ilham Aliyev", "Kosovo"),
])
def test_what_outlets_report_rows_match_the_corpus(corpus: Any, speaker: str, target: str) -> None:
    store, docs = corpus
    params = {"speaker": speaker, "target": target}
    result = run_query(store, resolve_query("what-outlets-report", QUERIES), params)
    assert result.rows == expect_what_outlets_report(docs, speaker, target)


def test_results_do_not_depend_on_the_order_documents_were_loaded(corpus: Any, tmp_path: Path) -> None:
    """Same store content loaded in another order: identical rows (ORDER BY is total)."""
    _, docs = corpus
    with open_store(tmp_path / "reversed") as other:
        other.replace_graph(vocab.REGISTRY_GRAPH, registry_graph())
        for doc in reversed(docs):
            other.replace_graph(vocab.document_graph(doc.name), doc_graph(doc))
        first: Store = corpus[0]
        for name in CASES:
            q = resolve_query(name, QUERIES)
            assert run_query(other, q).rows == run_query(first, q).rows, name
