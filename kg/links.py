"""Links across documents: statements that report one utterance, and statements of different
outlets that corroborate or contradict each other about a target.

The stage after the store. It reads every statement of the store's document graphs (one
query) and derives one named graph, :data:`LINKS_GRAPH`, from them whole; the graph is
replaced on every build that changed a document and holds nothing else.

Same utterance. Two statements of different documents with the same speaker, whose periods
are compatible (within :attr:`LinkSettings.period_days`, or either unknown), report one
utterance when they are each other's most similar statement across the two documents and
their similarity reaches :attr:`LinkSettings.same_utterance`. The similarity is the cosine
of their words (each cut to its first :data:`STEM` letters, stop words left out, weighted
by inverse document frequency over the statements), scaled down by up to
:data:`TARGET_SHARE` when their targets differ (the targets' cosine, weighted the same way,
so that the speaker's own country, a target of nearly everything the speaker says, counts
little): one target in common says little, the same words say more. Two documents with
:attr:`LinkSettings.occasion_links` such links or more report one occasion (the same
interview, the same speech), and their other mutual best matches need only
:attr:`LinkSettings.same_occasion`. The utterances are the connected components of these
links. A link between two documents that share no occasion also needs both periods known:
one similar sentence and no date is too little to say two outlets report one remark.

Summaries. Within an occasion, a statement whose most similar statement in the other
document is taken (that one's best match is another) often sums up several remarks that
the other document reports one by one ("he hoped for peace and praised the new
administration"). It also reports its best match's utterance when their similarity
reaches :attr:`LinkSettings.summary`, without merging that utterance with its own: a
statement may report several utterances.

Period. A statement's own date, else its document's, as the range of days it names (a
day, a month, a year); a statement without either takes the period of a dated statement
of its utterance. Before that, an undated document takes the period of the best-supported
occasion it reports with a dated one (the days of the dated statements linked to it): an
undated article about an interview is about that interview, and about one only. Document
pairs are linked strongest first (the summed similarity of their matches), so that what an
undated report joins does not depend on the order of the documents. Two periods overlap when some day of one is within ``period_days`` of
some day of the other.

Corroboration and contradiction. For two statements of different outlets (a document
without a publisher is its own outlet), one speaker, overlapping periods, and a target both
give a non-neutral stance: the same polarity corroborates, opposite ones contradict. Each
link is a node naming both statements and the target, so that a query shows the evidence
of both sides. A statement keeps at most :attr:`LinkSettings.stance_partners` such links
per target (reports of its own utterance first, then one per other outlet in turn, the
nearest in time first; a pair stays when either side keeps it): all pairs would grow with
the square of the reports, a thousand articles quoting one speaker on one target giving
half a million links.
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from . import vocab

if TYPE_CHECKING:
    from .store import Store

__all__ = [
    "LINKS_GRAPH",
    "STEM",
    "TARGET_SHARE",
    "LinkSettings",
    "Links",
    "Report",
    "StanceLink",
    "find_links",
    "link_store",
    "links_are_current",
    "links_version",
    "links_ntriples",
    "read_reports",
    "read_stances",
]

LINKS_GRAPH = vocab.GRAPH + "links"
TARGET_SHARE = 0.3  # how much the targets' cosine can lower the words' (none shared: 0.7 of it)
STEM = 6  # letters a word is cut to: "criticized", "criticism", "critics" meet at "critic"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

Polarity = Literal["Negative", "Neutral", "Positive"]
Kind = Literal["corroborates", "contradicts"]


@dataclass(frozen=True)
class LinkSettings:
    """The settings of the linking (see the module docstring)."""

    same_utterance: float = 0.2
    period_days: int = 31
    same_occasion: float = 0.12
    occasion_links: int = 3
    summary: float = 0.14
    stance_partners: int = 12


@dataclass(frozen=True)
class Report:
    """One statement as the linking sees it."""

    iri: str
    doc: str
    outlet: str
    speaker: str
    text: str
    period: tuple[dt.date, dt.date] | None
    stances: Mapping[str, Polarity] = field(default_factory=dict)


@dataclass(frozen=True)
class StanceLink:
    kind: Kind
    first: Report
    second: Report
    target: str


@dataclass
class Links:
    utterances: list[list[Report]]
    stance_links: list[StanceLink]

    def counts(self) -> dict[str, int]:
        kinds = Counter(link.kind for link in self.stance_links)
        return {"utterances": len(self.utterances), "corroborations": kinds["corroborates"],
                "contradictions": kinds["contradicts"]}


# ----------------------------------------------------------------------------- periods


def period_of(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The days an ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` lexical form covers."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date(year, month, int(parts[2][:2]))
        return day, day
    except ValueError:
        return None


def overlap(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None, days: int) -> bool | None:
    """Whether the periods overlap within ``days``; None when either is unknown."""
    if a is None or b is None:
        return None
    gap = max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)
    return gap <= days


# ----------------------------------------------------------------------------- similarity


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _stems(text: str, stop: frozenset[str]) -> Counter[str]:
    words = (w.lower().replace("’", "'") for w in _WORD.findall(text))
    return Counter(w[:STEM] for w in words if len(w) > 2 and w not in stop)


def _idf(bags: Sequence[Iterable[str]]) -> dict[str, float]:
    frequency: Counter[str] = Counter()
    for bag in bags:
        frequency.update(set(bag))
    return {item: math.log((1 + len(bags)) / (1 + n)) + 1 for item, n in frequency.items()}


def _vector(bag: Mapping[str, float], idf: Mapping[str, float]) -> dict[str, float]:
    weights = {item: count * idf[item] for item, count in bag.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {item: w / norm for item, w in weights.items()}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(w * large.get(item, 0.0) for item, w in small.items())


# ----------------------------------------------------------------------------- linking


Period = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class _DocumentPair:
    """What the statements of one speaker in two documents have in common."""

    strength: float  # the sum of the same-utterance pairs' similarities
    same: list[tuple[int, int]]
    summaries: list[tuple[int, int]]
    occasion: bool
    key: tuple[str, str, str]  # speaker, first document, second document: for a stable order


def find_links(reports: Sequence[Report], settings: LinkSettings = LinkSettings()) -> Links:
    """The utterances (reported by two documents or more) and the stance links of ``reports``."""
    score = _similarity(reports)
    periods = [r.period for r in reports]
    first_pass = _document_pairs(reports, periods, score, settings)
    dated = _occasion_periods(reports, first_pass, periods)
    periods = [p if p is not None else dated.get(r.doc) for r, p in zip(reports, periods)]
    parent = list(range(len(reports)))
    spans = list(periods)  # of each component, kept at its root

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        """Merge the utterances of i and j unless their dated reports lie too far apart
        (an undated report must not chain remarks of different months)."""
        a, b = root(i), root(j)
        if a == b or overlap(spans[a], spans[b], settings.period_days) is False:
            return
        merged = [p for p in (spans[a], spans[b]) if p is not None]
        parent[a] = b
        spans[b] = (min(p[0] for p in merged), max(p[1] for p in merged)) if merged else None

    pairs = _document_pairs(reports, periods, score, settings, dated, first_pass) if dated else first_pass
    for pair in pairs:  # the best-supported first: they decide what an undated report joins
        for i, j in pair.same:
            join(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(reports)):
        groups[root(i)].append(i)
    for summary, remark in (s for pair in pairs for s in pair.summaries):  # reports the remark's utterance too, unmerged
        if root(summary) != root(remark) and summary not in groups[root(remark)]:
            groups[root(remark)].append(summary)
    utterances = sorted((sorted((reports[i] for i in g), key=_order) for g in groups.values()
                         if len({reports[i].doc for i in g}) > 1), key=lambda g: _order(g[0]))
    return Links(utterances, _stance_links(reports, utterances, periods, settings))


def _similarity(reports: Sequence[Report]) -> Callable[[int, int], float]:
    """The similarity of two reports (by index): see the module docstring."""
    stop = _stop_words()
    words = [_stems(r.text, stop) for r in reports]
    targets = [Counter(r.stances.keys()) for r in reports]
    word_idf, target_idf = _idf(words), _idf(targets)
    word_vectors = [_vector(bag, word_idf) for bag in words]
    target_vectors = [_vector(bag, target_idf) for bag in targets]

    def score(i: int, j: int) -> float:
        return _cosine(word_vectors[i], word_vectors[j]) * (1 - TARGET_SHARE + TARGET_SHARE * _cosine(target_vectors[i], target_vectors[j]))

    return score


def _document_pairs(
    reports: Sequence[Report], periods: Sequence[Period | None], score: Callable[[int, int], float], settings: LinkSettings,
    changed: Collection[str] = (), earlier: Sequence[_DocumentPair] = (),
) -> list[_DocumentPair]:
    """Every two documents' matches for each speaker they share, the strongest first; with
    ``earlier`` (found before the documents ``changed`` were dated), only the pairs that
    involve one of those are matched again."""
    by_speaker: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, report in enumerate(reports):
        by_speaker[report.speaker][report.doc].append(i)
    changed, kept = set(changed), {pair.key: pair for pair in earlier}
    found = []
    for speaker, by_doc in by_speaker.items():
        docs = sorted(by_doc)
        for x, first in enumerate(docs):
            for second in docs[x + 1:]:
                if earlier and first not in changed and second not in changed:  # as before: reuse
                    found += [kept[key]] if (key := (speaker, first, second)) in kept else []
                    continue
                same, summaries, occasion, strength = _matches(by_doc[first], by_doc[second], score, periods, settings)
                if same or summaries:
                    found.append(_DocumentPair(strength, same, summaries, occasion, (speaker, first, second)))
    return sorted(found, key=lambda pair: (-pair.strength, pair.key))


def _occasion_periods(reports: Sequence[Report], pairs: Sequence[_DocumentPair],
                      periods: Sequence[Period | None]) -> dict[str, Period]:
    """Document -> the period of the best-supported occasion its undated reports share with
    dated ones: an undated article about an interview is about that interview, and only one."""
    found: dict[str, Period] = {}
    for pair in pairs:
        if not pair.occasion:
            continue
        for a, b in ((a, b) for i, j in pair.same for a, b in ((i, j), (j, i))):
            if periods[a] is None and periods[b] is not None and reports[a].doc not in found:
                found[reports[a].doc] = _occasion_of(pair, a, periods, reports)
    return found


def _occasion_of(pair: _DocumentPair, undated: int, periods: Sequence[Period | None], reports: Sequence[Report]) -> Period:
    """The days of the dated reports that ``pair`` links to the document of ``undated``."""
    doc = reports[undated].doc
    dated = [p for i, j in pair.same for a, b in ((i, j), (j, i))
             if reports[a].doc == doc and (p := periods[b]) is not None]
    return min(p[0] for p in dated), max(p[1] for p in dated)


def _matches(
    first: list[int], second: list[int], score: Callable[[int, int], float], periods: Sequence[Period | None],
    settings: LinkSettings,
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool, float]:
    """(same utterance, summaries, whether they report one occasion, the same-utterance pairs'
    summed similarity) between the statements of two documents.

    Same utterance: the pairs that are each other's most similar statement, at or above the
    threshold; one remark is linked to the one that reports it best, not chained to every
    remark that shares a word with it. Summaries (only when the documents report one
    occasion): where j is i's best match but i is not j's, and their similarity reaches
    ``settings.summary``, j sums up i's remark among others: returned as (j, i).
    """
    scores = {(i, j): score(i, j) for i in first for j in second
              if overlap(periods[i], periods[j], settings.period_days) is not False}
    best_of_first = {i: max((j for j in second if (i, j) in scores), key=lambda j: scores[i, j], default=None) for i in first}
    best_of_second = {j: max((i for i in first if (i, j) in scores), key=lambda i: scores[i, j], default=None) for j in second}
    mutual = [(i, j) for i, j in best_of_first.items() if j is not None and best_of_second[j] == i]
    strong = [pair for pair in mutual if scores[pair] >= settings.same_utterance]
    if len(strong) < settings.occasion_links:  # a lone remark in common: both dates must agree
        lone = [pair for pair in strong if overlap(periods[pair[0]], periods[pair[1]], settings.period_days)]
        return lone, [], False, sum(scores[pair] for pair in lone)
    # documents that report several remarks in common report one occasion: their other
    # mutual best matches need less evidence, and a statement may sum up several remarks
    same = [pair for pair in mutual if scores[pair] >= settings.same_occasion]
    taken = set(mutual)
    # i's best match j prefers another statement: j may sum up i's remark among others
    summaries = [(j, i) for i, j in best_of_first.items()
                 if j is not None and (i, j) not in taken and scores[i, j] >= settings.summary]
    summaries += [(i, j) for j, i in best_of_second.items()
                  if i is not None and (i, j) not in taken and scores[i, j] >= settings.summary]
    return same, summaries, True, sum(scores[pair] for pair in same)  # summaries: (the summing statement, the remark)


def _order(report: Report) -> tuple[str, str]:
    return report.doc, report.iri


def _stance_links(
    reports: Sequence[Report], utterances: Sequence[Sequence[Report]], dated: Sequence[Period | None], settings: LinkSettings,
) -> list[StanceLink]:
    """``dated``: each report's period, an undated document's from its occasion."""
    periods = {r.iri: period for r, period in zip(reports, dated)}
    together: dict[str, set[int]] = defaultdict(set)  # report -> the utterances it is in
    for n, group in enumerate(utterances):  # an undated report takes the period of a dated one of its utterance
        known = [p for r in group if (p := periods[r.iri]) is not None]
        for r in group:
            together[r.iri].add(n)
            if periods[r.iri] is None and known:
                periods[r.iri] = min(known)
    stances: dict[tuple[str, str], list[tuple[Report, Period]]] = defaultdict(list)  # (speaker, target) -> polar reports
    for report in sorted(reports, key=_order):
        period = periods[report.iri]
        for target, polarity in report.stances.items():
            if polarity != "Neutral" and period is not None:
                stances[(report.speaker, target)].append((report, period))
    found = []
    for (_, target), members in sorted(stances.items()):
        for a, b in sorted(_stance_pairs(members, together, settings), key=lambda pair: (_order(pair[0]), _order(pair[1]))):
            kind: Kind = "corroborates" if a.stances[target] == b.stances[target] else "contradicts"
            found.append(StanceLink(kind, a, b, target))
    return found


SCAN = 8  # a report looks at most this many times settings.stance_partners of the nearest reports


def _stance_pairs(members: Sequence[tuple[Report, Period]], together: Mapping[str, set[int]],
                  settings: LinkSettings) -> list[tuple[Report, Report]]:
    """The pairs of ``members`` (one speaker's polar reports about one target, with their
    periods) of different outlets whose periods overlap: each report keeps at most
    ``settings.stance_partners`` of them, reports of its own utterance first, then one per
    other outlet in turn, the nearest in time first; a pair is kept when either side keeps it.
    A report looks only at its nearest reports, so the work and the links grow with the
    reports, not with their pairs."""
    members = sorted(members, key=lambda m: (_middle(m[1]), _order(m[0])))
    by_iri = {report.iri: report for report, _ in members}
    kept: set[tuple[str, str]] = set()
    for n, (a, period) in enumerate(members):
        mine = together.get(a.iri, set())
        ranked = [(not mine & together.get(b.iri, set()), abs(_middle(other) - _middle(period)), _order(b), b)
                  for b, other in _nearest(members, n, SCAN * settings.stance_partners)
                  if b.outlet != a.outlet and overlap(period, other, settings.period_days)]
        ranked.sort(key=lambda r: r[:3])
        for b in _round_robin([r[3] for r in ranked], settings.stance_partners):
            kept.add((a.iri, b.iri) if _order(a) < _order(b) else (b.iri, a.iri))
    return [(by_iri[first], by_iri[second]) for first, second in sorted(kept)]


def _middle(period: Period) -> dt.date:
    return period[0] + (period[1] - period[0]) / 2


def _nearest(members: Sequence[tuple[Report, Period]], n: int, most: int) -> list[tuple[Report, Period]]:
    """Up to ``most`` of ``members`` (sorted by the middle of their periods) nearest to the ``n``th."""
    low, high = max(0, n - most // 2), min(len(members), n + most // 2 + 1)
    return [m for i, m in enumerate(members[low:high], low) if i != n]


def _round_robin(ranked: Sequence[Report], most: int) -> list[Report]:
    """Up to ``most`` of the ``ranked`` reports: the best of each outlet, then the second best
    of each, and so on; ties keep the ranking (reports of the same utterance come first)."""
    seen: Counter[str] = Counter()
    order = []
    for position, report in enumerate(ranked):
        order.append((seen[report.outlet], position, report))
        seen[report.outlet] += 1
    order.sort(key=lambda item: item[:2])
    return [report for _, _, report in order[:most]]


# ----------------------------------------------------------------------------- the store


def read_reports(store: Store) -> list[Report]:
    """Every statement of the store's document graphs, with its outlet, period and stances."""
    found: dict[str, dict[str, object]] = {}
    entity = vocab.entity_iri("")
    for s, doc, pub, speaker, text, date, docdate in store.values(_STATEMENTS):
        if s is None or doc is None or speaker is None or text is None:
            continue
        found.setdefault(s, {
            "doc": doc, "outlet": pub if pub is not None else f"document {doc}",
            "speaker": speaker.removeprefix(entity), "text": text, "period": period_of(date or docdate),
        })
    stances = read_stances(store)
    return sorted((Report(iri, stances=stances[iri], **values) for iri, values in found.items()), key=_order)  # type: ignore[arg-type]


def read_stances(store: Store) -> dict[str, dict[str, Polarity]]:
    """Statement IRI -> target (entity key) -> polarity, for every stance in the document graphs."""
    entity = vocab.entity_iri("")
    stances: dict[str, dict[str, Polarity]] = defaultdict(dict)
    for s, target, polarity in store.values(_STANCES):
        if s is not None and target is not None and polarity is not None:
            stances[s][target.removeprefix(entity)] = polarity.rsplit("#", 1)[-1]  # type: ignore[assignment]
    return stances


# Each { SELECT ... } reads one property across the store and Oxigraph joins the parts on
# (?g, subject) in memory: several times faster than looking each value up statement by statement.
_STATEMENTS = f"""SELECT ?s ?doc ?pub ?speaker ?text ?date ?docdate WHERE {{
  {{ SELECT ?g ?s WHERE {{ GRAPH ?g {{ ?s a <{vocab.KG}Statement> }} }} }}
  {{ SELECT ?g ?s ?speaker WHERE {{ GRAPH ?g {{ ?s <{vocab.KG}speaker> ?speaker }} }} }}
  {{ SELECT ?g ?s ?e WHERE {{ GRAPH ?g {{ ?s <{vocab.KG}evidence> ?e }} }} }}
  {{ SELECT ?g ?e ?text WHERE {{ GRAPH ?g {{ ?e <{vocab.KG}exact> ?text }} }} }}
  {{ SELECT ?g ?d ?doc WHERE {{ GRAPH ?g {{ ?d <{vocab.KG}fileName> ?doc }} }} }}
  OPTIONAL {{ SELECT ?g ?pub WHERE {{ GRAPH ?g {{ ?x <{vocab.KG}fileName> ?y ; <{vocab.DCTERMS}publisher> ?pub }} }} }}
  OPTIONAL {{ SELECT ?g ?docdate WHERE {{ GRAPH ?g {{ ?x <{vocab.KG}fileName> ?y ; <{vocab.DCTERMS}date> ?docdate }} }} }}
  OPTIONAL {{ SELECT ?g ?s ?date WHERE {{ GRAPH ?g {{ ?s <{vocab.DCTERMS}date> ?date }} }} }}
}}"""
_STANCES = f"""SELECT ?s ?target ?polarity WHERE {{
  {{ SELECT ?g ?s ?stance WHERE {{ GRAPH ?g {{ ?s <{vocab.KG}stance> ?stance }} }} }}
  {{ SELECT ?g ?stance ?target WHERE {{ GRAPH ?g {{ ?stance <{vocab.KG}target> ?target }} }} }}
  {{ SELECT ?g ?stance ?polarity WHERE {{ GRAPH ?g {{ ?stance <{vocab.KG}polarity> ?polarity }} }} }}
}}"""


def links_ntriples(links: Links, version: str = "") -> str:
    """The links graph as sorted N-Triples (with ``version``, see :func:`links_version`)."""
    kg = vocab.KG
    lines = [f'<{LINKS_GRAPH}> <{vocab.OWL}versionInfo> "{version}" .'] if version else []

    def add(s: str, p: str, o: str) -> None:
        lines.append(f"<{s}> <{p}> {o} .")

    for group in links.utterances:
        node = _minted("utterance", *(r.iri for r in group))
        add(node, vocab.RDF + "type", f"<{kg}Utterance>")
        add(node, kg + "utteredBy", f"<{vocab.entity_iri(group[0].speaker)}>")
        for report in group:
            add(report.iri, kg + "reports", f"<{node}>")
    for link in links.stance_links:
        node = _minted(link.kind, link.first.iri, link.second.iri, link.target)
        add(node, vocab.RDF + "type", f"<{kg}{'Corroboration' if link.kind == 'corroborates' else 'Contradiction'}>")
        add(node, kg + "regarding", f"<{vocab.entity_iri(link.target)}>")
        for report in (link.first, link.second):
            add(node, kg + "between", f"<{report.iri}>")
        add(link.first.iri, kg + link.kind, f"<{link.second.iri}>")
        add(link.second.iri, kg + link.kind, f"<{link.first.iri}>")
    return "".join(line + "\n" for line in sorted(set(lines)))


def links_version(store: Store, settings: LinkSettings = LinkSettings()) -> str:
    """What the links were derived from: this module's code, the settings and every document
    graph's build (checksum, software, metadata). Kept in the links graph as
    ``owl:versionInfo``, so that a build derives the links again after an upgrade, or after
    a build killed between writing documents and linking them."""
    code = Path(__file__).read_bytes()
    documents = repr(sorted(store.document_builds().items())).encode("utf-8")
    return "kg links " + hashlib.sha256(code + repr(settings).encode("utf-8") + documents).hexdigest()[:16]


def links_are_current(store: Store, settings: LinkSettings = LinkSettings(), version: str | None = None) -> bool:
    """Whether the store's links graph was derived from its documents by this code with these
    settings (``version``: their :func:`links_version`, when the caller has it)."""
    version = version or links_version(store, settings)  # letters, digits and spaces: safe inside the literal
    answer = store.query(f'ASK {{ GRAPH <{LINKS_GRAPH}> {{ <{LINKS_GRAPH}> <{vocab.OWL}versionInfo> "{version}" }} }}').rows[0][0]
    return answer is not None and answer.value == "true"


def _minted(kind: str, *parts: str) -> str:
    digest = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"{vocab.DATA}{kind}/{digest}"


def link_store(store: Store, settings: LinkSettings = LinkSettings(), version: str | None = None) -> tuple[Links, str]:
    """Derive the links graph from the store's statements, validate it with the speaker,
    document and targets of the statements it joins, and put it in place of the old one.
    Returns the links and, when they do not conform to the shapes, the violations (the old
    graph then stays)."""
    from .validate import validate_ntriples

    links = find_links(read_reports(store), settings)
    data = links_ntriples(links, version or links_version(store, settings))
    for part in _parts(links):  # each shape looks at one node and its statements: parts validate alone, in linear time
        result = validate_ntriples(links_ntriples(part) + _context(part))
        if not result.conforms:
            return links, result.text
    store.replace_graph(LINKS_GRAPH, data)
    return links, ""


#: what is validated at once: the shapes' SPARQL constraints cost grows with the square of a
#: part, and each part costs a few milliseconds on its own
VALIDATE_REPORTS = 100  # reports of the utterances of a part
VALIDATE_STANCE_LINKS = 2000


def _parts(links: Links) -> Iterator[Links]:
    """``links`` in parts of utterances with at most :data:`VALIDATE_REPORTS` reports (or one
    utterance), then of at most :data:`VALIDATE_STANCE_LINKS` stance links."""
    from .validate import in_parts

    for groups in in_parts(links.utterances, len, VALIDATE_REPORTS):
        yield Links(groups, [])
    for stance_links in in_parts(links.stance_links, lambda _: 1, VALIDATE_STANCE_LINKS):
        yield Links([], stance_links)


def _context(links: Links) -> str:
    """What the links shapes check of each linked statement, as N-Triples."""
    kg = vocab.KG
    reports = {r.iri: r for group in links.utterances for r in group}
    reports.update({r.iri: r for link in links.stance_links for r in (link.first, link.second)})
    lines = []
    for report in reports.values():
        lines.append(f"<{report.iri}> <{kg}speaker> <{vocab.entity_iri(report.speaker)}> .")
        lines.append(f"<{report.iri}> <{kg}inDocument> <{vocab.document_iri(report.doc)}> .")
        lines += [f"<{report.iri}> <{kg}about> <{vocab.entity_iri(target)}> ." for target in report.stances]
    return "".join(line + "\n" for line in lines)
