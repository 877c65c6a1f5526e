"""``kg report``: the store as a self-contained site of pictures and pages.

The site opens from ``file://`` with no network: every page is static HTML, the only
scripts and styles are kg's own (``assets/report.js``, ``assets/report.css``) and the
data they draw is a script of its own (``assets/data.js``), since a browser refuses to
``fetch`` a JSON file from ``file://``.

    index.html            the stance network: speakers -> targets, one arrow per polarity,
                          its width the number of statements; filters by outlet, date,
                          polarity and least statements (mirrored in the URL's query)
    timeline.html         statements (dots) and events (bars over their period) per outlet
    actors.html           every speaker and target with their counts
    actors/<slug>.html    what an actor said, about whom, which outlets report it, what
                          others said about them; each statement links to its characters
    sources.html          the documents per outlet
    documents/<slug>.html a document's text with its statements marked; ``#char=S,E``
                          (RFC 5147) marks and scrolls to the characters S to E
    kg-report.json        what the site was made of (counts); marks a folder as a kg report

Counts are the store's: a statement is one ``kg:Statement``; an arrow is a (speaker,
target, polarity) with at least one statement in view. The network's positions are
computed here (a force layout, the same for the same store), so filtering never moves
a node.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import math
import os
import re
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from kg import __version__, vocab
from kg.errors import ReportError
from kg.links import LINKS_GRAPH, Kind, Polarity, period_of, read_stances
from kg.records import EVENT_TYPES
from kg.store import Store

__all__ = [
    "MARKER",
    "Actor",
    "Document",
    "Event",
    "Link",
    "SiteData",
    "Statement",
    "build_site",
    "layout",
    "read_site_data",
    "render_site",
    "write_site",
]

MARKER = "kg-report.json"
POLARITY_WORDS: dict[str, str] = {"Negative": "critical", "Positive": "supportive", "Neutral": "neutral"}
MEDIA_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
}


@dataclass(frozen=True)
class Document:
    name: str
    title: str
    outlet: str
    date: str | None
    text: str

    @property
    def page(self) -> str:
        return f"documents/{_file_slug(self.name)}.html"


@dataclass(frozen=True)
class Actor:
    key: str
    label: str
    type: str

    @property
    def page(self) -> str:
        return f"actors/{_file_slug(self.key)}.html"


@dataclass(frozen=True)
class Statement:
    iri: str
    doc: str
    speaker: str
    text: str
    start: int
    end: int
    date: str | None  # the statement's own date, else its document's
    stances: tuple[tuple[str, Polarity], ...] = ()
    utterances: tuple[str, ...] = ()  # the kg:Utterance nodes it reports (one, or several for a summary)


@dataclass(frozen=True)
class Event:
    iri: str
    doc: str
    label: str
    type: str
    date: str


@dataclass(frozen=True)
class Link:
    kind: Kind
    first: str
    second: str
    target: str


@dataclass
class SiteData:
    documents: dict[str, Document]
    actors: dict[str, Actor]
    statements: list[Statement]
    events: list[Event]
    links: list[Link] = field(default_factory=list)

    def outlet(self, doc: str) -> str:
        return self.documents[doc].outlet if doc in self.documents else doc


# ----------------------------------------------------------------------------- reading

_KG, _DC, _RDFS, _RDF = vocab.KG, vocab.DCTERMS, vocab.RDFS, vocab.RDF
_DOCUMENTS = f"""SELECT ?name ?title ?outlet ?date ?text WHERE {{ GRAPH ?g {{
  ?d a <{_KG}Document> ; <{_KG}fileName> ?name .
  OPTIONAL {{ ?d <{_DC}title> ?title }} OPTIONAL {{ ?d <{_DC}publisher> ?outlet }}
  OPTIONAL {{ ?d <{_DC}date> ?date }} OPTIONAL {{ ?d <{_KG}text> ?text }}
}} }}"""
# Each { SELECT ... } reads one property across the store and Oxigraph joins the parts on
# (?g, subject) in memory: several times faster than looking each value up statement by statement.
_STATEMENTS = f"""SELECT ?s ?name ?speaker ?start ?end ?text ?date WHERE {{
  {{ SELECT ?g ?s WHERE {{ GRAPH ?g {{ ?s a <{_KG}Statement> }} }} }}
  {{ SELECT ?g ?s ?speaker WHERE {{ GRAPH ?g {{ ?s <{_KG}speaker> ?speaker }} }} }}
  {{ SELECT ?g ?s ?e WHERE {{ GRAPH ?g {{ ?s <{_KG}evidence> ?e }} }} }}
  {{ SELECT ?g ?e ?start WHERE {{ GRAPH ?g {{ ?e <{_KG}start> ?start }} }} }}
  {{ SELECT ?g ?e ?end WHERE {{ GRAPH ?g {{ ?e <{_KG}end> ?end }} }} }}
  {{ SELECT ?g ?e ?text WHERE {{ GRAPH ?g {{ ?e <{_KG}exact> ?text }} }} }}
  {{ SELECT ?g ?name WHERE {{ GRAPH ?g {{ ?d a <{_KG}Document> ; <{_KG}fileName> ?name }} }} }}
  OPTIONAL {{ SELECT ?g ?s ?date WHERE {{ GRAPH ?g {{ ?s <{_DC}date> ?date }} }} }}
}}"""
_NAMES = f"""SELECT ?e ?label ?type WHERE {{ GRAPH ?g {{
  {{ ?e <{_RDFS}label> ?label }} UNION {{ ?e a ?type }}
  FILTER(STRSTARTS(STR(?e), "{vocab.entity_iri('')}"))
}} }}"""
_EVENT_CLASSES = " ".join(f"<{_KG}{name}>" for name in ("Event", *EVENT_TYPES))
_EVENTS = f"""SELECT ?event ?name ?label ?class ?date WHERE {{ GRAPH ?g {{
  VALUES ?class {{ {_EVENT_CLASSES} }}
  ?event a ?class ; <{_KG}date> ?date .
  ?d a <{_KG}Document> ; <{_KG}fileName> ?name .
  OPTIONAL {{ ?event <{_RDFS}label> ?label }}
}} }}"""
_UTTERANCES = f"SELECT ?s ?u WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?s <{_KG}reports> ?u }} }}"


def read_site_data(store: Store) -> SiteData:
    """Everything the site shows, read from ``store`` with SPARQL."""
    documents = _read_documents(store)
    statements = _read_statements(store, documents)
    used = {s.speaker for s in statements} | {t for s in statements for t, _ in s.stances}
    return SiteData(documents, _read_actors(store, used), statements, _read_events(store), _read_links(store))


def _read_documents(store: Store) -> dict[str, Document]:
    documents: dict[str, Document] = {}
    for name, title, outlet, date, text in store.query(_DOCUMENTS).rows:
        if name is None or name.value in documents:
            continue
        documents[name.value] = Document(
            name.value, title.value if title is not None else name.value,
            outlet.value if outlet is not None else f"document {name.value}",
            date.value if date is not None else None, text.value if text is not None else "",
        )
    return dict(sorted(documents.items()))


def _read_statements(store: Store, documents: Mapping[str, Document]) -> list[Statement]:
    entity = vocab.entity_iri("")
    stances = read_stances(store)
    utterances: dict[str, set[str]] = defaultdict(set)
    for s, u in store.query(_UTTERANCES).rows:
        if s is not None and u is not None:
            utterances[s.value].add(u.value)
    found: dict[str, Statement] = {}
    for s, name, speaker, start, end, text, date in store.query(_STATEMENTS).rows:
        if None in (s, name, speaker, start, end, text) or s.value in found:  # type: ignore[union-attr]
            continue
        assert s and name and speaker and start and end and text
        doc = documents.get(name.value)
        found[s.value] = Statement(
            s.value, name.value, speaker.value.removeprefix(entity), text.value, int(start.value), int(end.value),
            date.value if date is not None else doc.date if doc is not None else None,
            tuple(sorted(stances[s.value].items())), tuple(sorted(utterances.get(s.value, ()))),
        )
    return sorted(found.values(), key=lambda st: (st.doc, st.start, st.end, st.iri))


def _read_actors(store: Store, keys: set[str]) -> dict[str, Actor]:
    entity = vocab.entity_iri("")
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for e, label, kind in store.query(_NAMES).rows:
        key = e.value.removeprefix(entity) if e is not None else ""
        if key not in keys:
            continue
        if label is not None:
            labels[key][label.value] += 1
        if kind is not None and kind.value.startswith(_KG):
            types[key][kind.value.removeprefix(_KG)] += 1
    return {key: Actor(key, _most_common(labels[key]) or key.replace("_", " "), _most_common(types[key]) or "Entity")
            for key in sorted(keys)}


def _most_common(counts: Counter[str]) -> str | None:
    return min(counts, key=lambda value: (-counts[value], value)) if counts else None


def _read_events(store: Store) -> list[Event]:
    found: dict[str, Event] = {}
    for event, name, label, kind, date in store.query(_EVENTS).rows:
        if event is None or name is None or kind is None or date is None or event.value in found:
            continue
        found[event.value] = Event(event.value, name.value, label.value if label is not None else "",
                                   kind.value.removeprefix(_KG), date.value)
    return sorted(found.values(), key=lambda e: (e.date, e.doc, e.label, e.iri))


def _read_links(store: Store) -> list[Link]:
    entity = vocab.entity_iri("")
    found = []
    for row in store.query(_LINK_PAIRS).rows:
        kind, first, second, target = (term.value if term is not None else "" for term in row)
        found.append(Link("corroborates" if kind.endswith("Corroboration") else "contradicts",
                          first, second, target.removeprefix(entity)))
    return sorted(set(found), key=lambda link: (link.kind, link.first, link.second, link.target))


# a Corroboration or Contradiction holds two kg:between: one row per node, its sides in order
_LINK_PAIRS = f"""SELECT ?class ?first ?second ?target WHERE {{ GRAPH <{LINKS_GRAPH}> {{
  VALUES ?class {{ <{_KG}Corroboration> <{_KG}Contradiction> }}
  ?link a ?class ; <{_KG}between> ?first, ?second ; <{_KG}regarding> ?target .
  FILTER(STR(?first) < STR(?second))
}} }}"""


# ----------------------------------------------------------------------------- layout


def layout(nodes: Sequence[str], edges: Iterable[tuple[str, str, float]], iterations: int = 300) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1]² for ``nodes`` by a Fruchterman-Reingold force layout.

    Deterministic: the nodes start on a circle in the order given and the forces are
    the same on every run, so the same store gives the same picture.
    """
    import numpy as np

    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[a], index[b], w) for a, b, w in edges if a in index and b in index and a != b]
    angles = np.arange(n) * (2 * math.pi / n)
    pos = np.column_stack([np.cos(angles), np.sin(angles)]) * 0.5
    k = 1.0 / math.sqrt(n)
    step = 0.1
    sources = np.array([p[0] for p in pairs], dtype=int)
    targets = np.array([p[1] for p in pairs], dtype=int)
    weights = np.array([1.0 + math.log(p[2]) if p[2] > 1 else 1.0 for p in pairs])
    for _ in range(iterations if n <= 400 else max(50, iterations * 400 // n)):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.sqrt((delta ** 2).sum(axis=-1)), 1e-3)
        move = (delta * (k * k / distance ** 2)[:, :, None]).sum(axis=1)
        if len(pairs):
            d = pos[sources] - pos[targets]
            length = np.maximum(np.sqrt((d ** 2).sum(axis=1)), 1e-3)
            pull = d * (length * weights / k)[:, None]
            np.add.at(move, sources, -pull)
            np.add.at(move, targets, pull)
        move -= pos * (0.6 / k)  # gravity: keeps the parts that share no arrow near the middle
        size = np.maximum(np.sqrt((move ** 2).sum(axis=1)), 1e-9)
        pos += move / size[:, None] * np.minimum(size, step)[:, None]
        step *= 0.985
    low, high = pos.min(axis=0), pos.max(axis=0)
    span = np.maximum(high - low, 1e-9)
    scaled = (pos - low) / span
    return {node: (round(float(scaled[i, 0]), 4), round(float(scaled[i, 1]), 4)) for node, i in index.items()}


# ----------------------------------------------------------------------------- rendering


def build_site(store: Store) -> dict[str, bytes]:
    """The site of ``store``: relative path -> file content."""
    return render_site(read_site_data(store))


def render_site(data: SiteData) -> dict[str, bytes]:
    """The site's files (relative path -> bytes) for ``data``."""
    lookup = _lookup(data)
    site: dict[str, str] = {
        "assets/report.js": _asset("report.js"),
        "assets/report.css": _asset("report.css"),
        "assets/data.js": "window.KG_REPORT = " + json.dumps(_client_data(data), ensure_ascii=False, sort_keys=True) + ";\n",
        "index.html": _network_page(data),
        "timeline.html": _timeline_page(data),
        "actors.html": _actors_page(data, lookup),
        "sources.html": _sources_page(data, lookup),
    }
    for actor in data.actors.values():
        site[actor.page] = _actor_page(data, lookup, actor)
    for document in data.documents.values():
        site[document.page] = _document_page(data, lookup, document)
    site[MARKER] = json.dumps({"kg": __version__, **_counts(data)}, indent=2, sort_keys=True) + "\n"
    return {path: text.encode("utf-8") for path, text in sorted(site.items())}


def _counts(data: SiteData) -> dict[str, int]:
    return {"documents": len(data.documents), "actors": len(data.actors), "statements": len(data.statements),
            "events": len(data.events), "links": len(data.links)}


def _asset(name: str) -> str:
    return (files("kg") / name).read_text(encoding="utf-8")


def _client_data(data: SiteData) -> dict[str, object]:
    degree: Counter[str] = Counter()
    weights: Counter[tuple[str, str]] = Counter()
    for st in data.statements:
        for target, _ in st.stances:
            weights[(st.speaker, target)] += 1
            degree[st.speaker] += 1
            degree[target] += 1
    nodes = sorted(degree, key=lambda key: (-degree[key], key))
    positions = layout(nodes, ((a, b, w) for (a, b), w in sorted(weights.items())))
    return {
        "actors": {a.key: {"label": a.label, "type": a.type, "page": a.page,
                           "x": positions.get(a.key, (0.5, 0.5))[0], "y": positions.get(a.key, (0.5, 0.5))[1]}
                   for a in data.actors.values()},
        "documents": {d.name: {"title": d.title, "outlet": d.outlet, "date": d.date, "page": d.page}
                      for d in data.documents.values()},
        "statements": [_client_statement(data, st) for st in data.statements],
        "events": [_client_event(data, ev) for ev in data.events],
        "outlets": sorted({d.outlet for d in data.documents.values()}),
    }


def _period(value: str | None) -> tuple[str, str] | tuple[None, None]:
    found = period_of(value)
    return (found[0].isoformat(), found[1].isoformat()) if found else (None, None)


def _client_statement(data: SiteData, st: Statement) -> dict[str, object]:
    start, end = _period(st.date)
    return {"id": st.iri, "doc": st.doc, "outlet": data.outlet(st.doc), "speaker": st.speaker,
            "stances": [list(pair) for pair in st.stances], "text": st.text, "date": st.date,
            "from": start, "to": end, "href": _char_link(data, st)}


def _client_event(data: SiteData, ev: Event) -> dict[str, object]:
    start, end = _period(ev.date)
    return {"id": ev.iri, "doc": ev.doc, "outlet": data.outlet(ev.doc), "label": ev.label, "type": ev.type,
            "date": ev.date, "from": start, "to": end}


def _char_link(data: SiteData, st: Statement, prefix: str = "") -> str:
    doc = data.documents.get(st.doc)
    return f"{prefix}{doc.page}#char={st.start},{st.end}" if doc is not None else ""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


_NAV = (("index.html", "Network"), ("timeline.html", "Timeline"), ("actors.html", "Actors"), ("sources.html", "Sources"))


def _page(title: str, body: str, depth: int = 0, scripts: bool = False, kind: str = "page") -> str:
    up = "../" * depth
    nav = "".join(f'<a href="{up}{href}">{_e(name)}</a>' for href, name in _NAV)
    tail = (f'<script src="{up}assets/data.js"></script><script src="{up}assets/report.js"></script>'
            if scripts else f'<script src="{up}assets/report.js"></script>')
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="kg {_e(__version__)}">'
            f"<title>{_e(title)} · kg report</title>"
            f'<link rel="stylesheet" href="{up}assets/report.css"></head>'
            f'<body data-page="{_e(kind)}"><header><span class="brand">kg report</span><nav>{nav}</nav></header>'
            f"<main>{body}</main>{tail}</body></html>\n")


_FILTERS = """<form id="filters" class="filters" autocomplete="off">
<label>Outlet <select name="outlet"><option value="">all outlets</option></select></label>
<label>From <input type="date" name="from"></label>
<label>To <input type="date" name="to"></label>
<fieldset><legend>Stance</legend>
<label><input type="checkbox" name="polarity" value="Negative" checked> critical</label>
<label><input type="checkbox" name="polarity" value="Positive" checked> supportive</label>
<label><input type="checkbox" name="polarity" value="Neutral" checked> neutral</label></fieldset>
{extra}<button type="reset">Show all</button></form>"""

_LEGEND = """<p class="legend"><span class="swatch negative"></span>criticizes
<span class="swatch positive"></span>supports <span class="swatch neutral"></span>mentions without a stance
· an arrow points from the speaker to the one they speak about; the wider, the more statements
· circles: <span class="dot person"></span>person <span class="dot organization"></span>organisation
<span class="dot country"></span>country <span class="dot place"></span>place <span class="dot other"></span>other
· click a name for its page</p>"""


def _network_page(data: SiteData) -> str:
    extra = '<label>At least <input type="number" name="min" min="1" value="1"> statements per arrow</label>'
    body = (
        "<h1>Who speaks about whom</h1>"
        f"<p class=\"lead\">{len(data.statements)} statements from {len(data.documents)} documents. "
        "Each arrow: a speaker's stance toward an actor, as the outlets report it.</p>"
        + _FILTERS.format(extra=extra)
        + '<p class="counts">Shown: <strong id="count-actors">0</strong> actors, '
        '<strong id="count-edges">0</strong> arrows, <strong id="count-statements">0</strong> statements '
        '<span id="count-hidden" class="muted"></span></p>'
        + _LEGEND
        + '<div id="network" class="figure" role="img" aria-label="stance network"></div>'
        '<p id="empty" class="empty" hidden>No statement with a stance matches these filters.</p>'
    )
    return _page("Network", body, scripts=True, kind="network")


def _timeline_page(data: SiteData) -> str:
    body = (
        "<h1>Timeline per outlet</h1>"
        "<p class=\"lead\">Each square is a statement, placed on the day it was made (else the day its document "
        "was published); each bar an event over the days its date covers. One row per outlet.</p>"
        + _FILTERS.format(extra="")
        + '<p class="counts">Shown: <strong id="count-timeline-statements">0</strong> statements, '
        '<strong id="count-timeline-events">0</strong> events <span id="count-undated" class="muted"></span></p>'
        '<p class="legend"><span class="swatch negative"></span>critical <span class="swatch positive"></span>supportive '
        '<span class="swatch mixed"></span>both <span class="swatch neutral"></span>no stance '
        '<span class="swatch event"></span>event · click a square to read it in its source</p>'
        '<div id="timeline" class="figure" role="img" aria-label="timeline"></div>'
        '<p id="empty" class="empty" hidden>Nothing dated matches these filters.</p>'
    )
    return _page("Timeline", body, scripts=True, kind="timeline")


@dataclass(frozen=True)
class _Lookup:
    """The statements grouped the ways the pages read them, made once per site."""

    said: Mapping[str, list[Statement]]  # speaker -> statements
    about: Mapping[str, list[tuple[Statement, Polarity]]]  # target -> statements with their stance
    reports: Mapping[str, list[Statement]]  # utterance -> statements that report it
    links: Mapping[str, list[Link]]  # statement -> its corroborations and contradictions
    in_document: Mapping[str, list[Statement]]
    by_iri: Mapping[str, Statement]


def _lookup(data: SiteData) -> _Lookup:
    said: dict[str, list[Statement]] = defaultdict(list)
    about: dict[str, list[tuple[Statement, Polarity]]] = defaultdict(list)
    reports: dict[str, list[Statement]] = defaultdict(list)
    in_document: dict[str, list[Statement]] = defaultdict(list)
    links: dict[str, list[Link]] = defaultdict(list)
    for st in data.statements:
        said[st.speaker].append(st)
        in_document[st.doc].append(st)
        for target, polarity in st.stances:
            about[target].append((st, polarity))
        for utterance in st.utterances:
            reports[utterance].append(st)
    for link in data.links:
        links[link.first].append(link)
        links[link.second].append(link)
    return _Lookup(said, about, reports, links, in_document, {st.iri: st for st in data.statements})


def _actors_page(data: SiteData, lookup: _Lookup) -> str:
    said, about = lookup.said, lookup.about
    rows = "".join(
        f'<tr class="actor" data-actor="{_e(a.key)}"><td><a href="{_e(a.page)}">{_e(a.label)}</a></td>'
        f"<td>{_e(_type_name(a.type))}</td><td class=\"num\">{len(said.get(a.key, []))}</td>"
        f"<td class=\"num\">{len(about.get(a.key, []))}</td>"
        f"<td class=\"num\">{len({data.outlet(st.doc) for st in said.get(a.key, [])})}</td></tr>"
        for a in sorted(data.actors.values(),
                        key=lambda a: (-len(said.get(a.key, [])) - len(about.get(a.key, [])), a.label.casefold(), a.key))
    )
    body = (f"<h1>Actors</h1><p class=\"lead\">{len(data.actors)} speakers and targets of statements.</p>"
            '<table class="list" id="actors"><thead><tr><th>Actor</th><th>Type</th><th>Statements by</th>'
            f"<th>Stances toward</th><th>Outlets reporting</th></tr></thead><tbody>{rows}</tbody></table>")
    return _page("Actors", body)


def _type_name(kind: str) -> str:
    return "organisation" if kind == "Organization" else kind.lower()


def _sources_page(data: SiteData, lookup: _Lookup) -> str:
    outlets: dict[str, list[Document]] = defaultdict(list)
    for doc in data.documents.values():
        outlets[doc.outlet].append(doc)
    sections = "".join(
        f"<h2>{_e(outlet)}</h2><ul class=\"documents\">"
        + "".join(f'<li><a href="{_e(d.page)}">{_e(d.title)}</a> <span class="muted">{_e(d.date or "undated")} · '
                  f"{len(lookup.in_document.get(d.name, []))} statements · {_e(d.name)}</span></li>" for d in docs)
        + "</ul>"
        for outlet, docs in sorted(outlets.items(), key=lambda item: item[0].casefold())
    )
    body = f"<h1>Sources</h1><p class=\"lead\">{len(data.documents)} documents from {len(outlets)} outlets.</p>{sections}"
    return _page("Sources", body)


def _polarity_badge(polarity: str) -> str:
    return f'<span class="badge {polarity.lower()}">{_e(POLARITY_WORDS.get(polarity, polarity))}</span>'


def _actor_link(data: SiteData, key: str, prefix: str = "../") -> str:
    actor = data.actors.get(key)
    if actor is None:
        return _e(key)
    return f'<a href="{prefix}{_e(actor.page)}">{_e(actor.label)}</a>'


def _actor_page(data: SiteData, lookup: _Lookup, actor: Actor) -> str:
    said = lookup.said.get(actor.key, [])
    about = lookup.about.get(actor.key, [])
    outlets = sorted({data.outlet(st.doc) for st in said})
    said_rows = "".join(_said_row(data, lookup, st) for st in sorted(said, key=_when))
    about_rows = "".join(
        f'<tr class="about-statement"><td>{_e(st.date or "")}</td><td>{_actor_link(data, st.speaker)}</td>'
        f"<td>{_polarity_badge(polarity)}</td><td>{_quote(data, st)}</td><td>{_e(data.outlet(st.doc))}</td></tr>"
        for st, polarity in sorted(about, key=lambda pair: _when(pair[0]))
    )
    body = (
        f'<h1 data-actor="{_e(actor.key)}">{_e(actor.label)}</h1>'
        f'<p class="lead">{_e(_type_name(actor.type))} · '
        f'<strong id="count-said">{len(said)}</strong> statements by {_e(actor.label)} in '
        f"{len({st.doc for st in said})} documents from {len(outlets)} outlets · "
        f'<strong id="count-about">{len(about)}</strong> stances of others toward {_e(actor.label)}</p>'
        + _perspectives_table(data, said)
        + f"<h2>What {_e(actor.label)} said</h2>"
        + (f'<table class="list" id="said" data-count="{len(said)}"><thead><tr><th>Date</th><th>About</th><th>Statement</th>'
           f"<th>Outlet</th><th>Also reported</th></tr></thead><tbody>{said_rows}</tbody></table>" if said
           else '<p class="muted">No statement of theirs is reported.</p>')
        + f"<h2>What others said about {_e(actor.label)}</h2>"
        + (f'<table class="list" id="about" data-count="{len(about)}"><thead><tr><th>Date</th><th>Speaker</th><th>Stance</th>'
           f"<th>Statement</th><th>Outlet</th></tr></thead><tbody>{about_rows}</tbody></table>" if about
           else '<p class="muted">No stance of others toward them is reported.</p>')
    )
    return _page(actor.label, body, depth=1, kind="actor")


def _when(st: Statement) -> tuple[str, str, int]:
    return (st.date or "9999", st.doc, st.start)


def _quote(data: SiteData, st: Statement) -> str:
    href = _char_link(data, st, "../")
    return f'<a class="quote" href="{_e(href)}">“{_e(st.text)}”</a>' if href else f"“{_e(st.text)}”"


def _said_row(data: SiteData, lookup: _Lookup, st: Statement) -> str:
    stances = " ".join(f"{_actor_link(data, target)} {_polarity_badge(polarity)}" for target, polarity in st.stances)
    others = sorted({o.iri: o for u in st.utterances for o in lookup.reports[u] if o.iri != st.iri}.values(),
                    key=lambda o: (o.doc, o.start, o.iri))
    also = [_other_report(data, o) for o in others]
    for link in lookup.links.get(st.iri, []):
        other = lookup.by_iri.get(link.second if link.first == st.iri else link.first)
        if other is not None:
            word = "corroborated by" if link.kind == "corroborates" else "contradicted by"
            also.append(f'<span class="badge {link.kind}">{word}</span> {_other_report(data, other)} '
                        f'about {_actor_link(data, link.target)}')
    return (f'<tr class="statement" data-statement="{_e(st.iri)}"><td>{_e(st.date or "")}</td><td>{stances}</td>'
            f"<td>{_quote(data, st)}</td><td>{_e(data.outlet(st.doc))}</td><td>{'<br>'.join(also)}</td></tr>")


def _other_report(data: SiteData, other: Statement) -> str:
    """A link to another document's statement, named by its outlet, its words on hover."""
    return (f'<a href="{_e(_char_link(data, other, "../"))}" title="“{_e(other.text)}”">'
            f"{_e(data.outlet(other.doc))}</a>")


def _perspectives_table(data: SiteData, said: Sequence[Statement]) -> str:
    counts: Counter[tuple[str, str, str]] = Counter()
    for st in said:
        for target, polarity in st.stances:
            counts[(target, data.outlet(st.doc), polarity)] += 1
    if not counts:
        return ""
    targets = sorted({t for t, _, _ in counts}, key=lambda t: (-sum(n for (x, _, _), n in counts.items() if x == t), t))
    rows = []
    for target in targets:
        cells = []
        for outlet in sorted({o for t, o, _ in counts if t == target}):
            badges = " ".join(f"{_polarity_badge(p)}×{counts[(target, outlet, p)]}"
                              for p in ("Negative", "Positive", "Neutral") if counts[(target, outlet, p)])
            cells.append(f"{_e(outlet)}: {badges}")
        rows.append(f"<tr><td>{_actor_link(data, target)}</td><td>{'<br>'.join(cells)}</td></tr>")
    return ('<h2>Stances as each outlet reports them</h2><table class="list" id="perspectives"><thead><tr>'
            f"<th>Toward</th><th>Outlet: stances (statements)</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _document_page(data: SiteData, lookup: _Lookup, document: Document) -> str:
    statements = lookup.in_document.get(document.name, [])
    body = (
        f"<h1>{_e(document.title)}</h1>"
        f'<p class="lead">{_e(document.outlet)} · {_e(document.date or "undated")} · {_e(document.name)} · '
        f"{len(statements)} statements (underlined; hover for the speaker)</p>"
        f'<div class="text" id="text">{_marked_text(data, document.text, statements)}</div>'
    )
    return _page(document.title, body, depth=1, kind="document")


def _marked_text(data: SiteData, text: str, statements: Sequence[Statement]) -> str:
    """``text`` escaped, cut at every statement's start and end: each piece a statement
    covers is a ``<span data-a data-b>`` with its offsets, for ``#char=S,E`` to mark.
    One sweep over the cuts, so a long text with many statements costs in proportion."""
    starts: dict[int, list[Statement]] = defaultdict(list)
    ends: dict[int, list[Statement]] = defaultdict(list)
    for st in statements:
        if 0 <= st.start < st.end <= len(text):
            starts[st.start].append(st)
            ends[st.end].append(st)
    cuts = sorted({0, len(text), *starts, *ends})
    speaking: Counter[str] = Counter()  # the speakers of the statements covering the current piece
    out = []
    for a, b in zip(cuts, cuts[1:]):
        for st in ends.get(a, []):
            speaking[_speaker_label(data, st)] -= 1
        for st in starts.get(a, []):
            speaking[_speaker_label(data, st)] += 1
        out.extend(sorted({f'<a class="anchor" id="char={a},{st.end}"></a>' for st in starts.get(a, [])}))
        piece = _e(text[a:b])
        who = sorted(name for name, n in speaking.items() if n > 0)
        out.append(f'<span class="said" data-a="{a}" data-b="{b}" title="{_e("; ".join(who))}">{piece}</span>'
                   if who else piece)
    return "".join(out)


def _speaker_label(data: SiteData, st: Statement) -> str:
    return data.actors[st.speaker].label if st.speaker in data.actors else st.speaker


# ----------------------------------------------------------------------------- writing


def write_site(site: Mapping[str, bytes], out: Path) -> None:
    """Write ``site`` into the folder ``out`` whole: a failure leaves ``out`` as it was.

    ``out`` may be missing, empty or an earlier kg report (replaced); any other folder is refused.
    """
    if out.exists() and not out.is_dir():
        raise ReportError(f"{out} is a file, not a folder; choose a folder for the report with -o")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise ReportError(f"{out} is not empty and holds no kg report ({MARKER}); empty it or choose another folder with -o")
    parent = out.absolute().parent
    if not parent.is_dir():
        raise ReportError(f"cannot write the report into {out}: its parent folder {parent} does not exist; create it first")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=parent))
    except OSError as exc:
        raise ReportError(f"cannot write the report into {parent} ({exc.strerror or exc}); choose another folder with -o") from exc
    try:
        for relative, content in site.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        os.chmod(staging, 0o755)  # mkdtemp's folder is private; the report is not
        _swap(staging, out)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ReportError(f"cannot write the report into {out} ({exc.strerror or exc}); check the folder and the free space") from exc


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        staging.rename(out)
        return
    old = out.with_name(f".{out.name}.old-{os.getpid()}-{_short_hash(str(dt.datetime.now()))}")
    out.rename(old)
    try:
        staging.rename(out)
    except OSError:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def _file_slug(name: str) -> str:
    """A file name for ``name`` that is safe in every file system and URL, and unique:
    its ASCII letters, digits and ``._-`` (at most 60), then a hash of the whole name."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._")[:60] or "x"
    return f"{safe}-{_short_hash(name)}"
