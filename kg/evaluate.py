"""Extraction quality: score the store's saved-query results against gold annotations.

The figures are those of the project's reference scorer (``../shared/eval/score.py``):
same keys, same rounding, same matching rules. :func:`evaluate` reads the store through
the saved queries ``entity-mentions``, ``statements``, ``events`` and ``statement-targets``;
:func:`score` scores rows given directly (one list of column -> value dicts per query, as
``csv.DictReader`` reads the queries' CSV output), so it can be tested without a store.

Matching, in short (see ``../shared/eval/README.md``):

* entities: a system entity matches a gold entity when one of its mention texts or its
  label equals a gold alias or label after :func:`norm`; gold entities with
  ``"named": false`` are not scored, and system entities matching only them count
  neither way. ``entities_typed`` also needs the type.
* statements: greedy one-to-one matching of overlapping spans, largest overlap first;
  a match also needs the speaker (by label or by the IRI matched to the gold speaker).
* targets and stance are scored over the strictly matched statements.
* events: a name equals a gold name, or a mention span overlaps an occurrence of a gold
  alias in the text.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg import vocab
from kg.errors import CorpusError, GoldError

#: The saved queries read from the store, in the order they are run.
ENTITY_QUERY = "entity-mentions"
STATEMENT_QUERY = "statements"
EVENT_QUERY = "events"
TARGET_QUERY = "statement-targets"
QUERIES = (ENTITY_QUERY, STATEMENT_QUERY, EVENT_QUERY, TARGET_QUERY)

_POLAR = ("negative", "positive")
_FIX = "fix it following ../shared/eval/GUIDELINES.md"

Row = Mapping[str, str]
Rows = Mapping[str, Sequence[Row]]
Span = tuple[int, int]
Target = tuple[str, str, str]  # (target IRI, normalised target label, polarity)
IriMap = dict[str, dict[str, set[str]]]  # doc -> gold id -> system IRIs that match it


# -- text helpers --------------------------------------------------------------------


def norm(s: str) -> str:
    """Fold markdown, apostrophes, hyphenated line breaks, white space, case, "the" and "'s"."""
    s = s.replace("*", "").replace("[", "").replace("]", "").replace("’", "'")
    s = re.sub(r"-\s*\n\s*", "-", s)
    s = re.sub(r"\s+", " ", s).strip().casefold()
    s = re.sub(r"^the ", "", s)
    return re.sub(r"'s$", "", s)


def doc_key(doc: str) -> str:
    """The file name of a document given as a name, a path or an IRI."""
    return Path(doc.split("#")[0].rstrip("/")).name


def local_name(value: str) -> str:
    """The last segment of an IRI (after ``#``, ``/`` or ``:``); a plain word is returned as is."""
    return re.split(r"[#/:]", value.rstrip("/>"))[-1]


def alias_spans(text: str, alias: str) -> list[Span]:
    """Occurrences of ``alias`` in ``text``, ignoring case, markdown and how words are spaced."""
    words = [re.escape(w) for w in alias.replace("’", "'").split()]
    if not words:
        return []
    pattern = r"[\s*\[\]]+".join(words).replace("'", "['’]")
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def ratio(num: int, den: int) -> float:
    return round(num / den, 3) if den else 0.0


# -- counting ------------------------------------------------------------------------


@dataclass
class Tally:
    """Matched system items out of all system items, matched gold items out of all gold items."""

    tp_sys: int = 0
    n_sys: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def prf(self) -> dict[str, Any]:
        p = self.tp_sys / self.n_sys if self.n_sys else 0.0
        r = self.tp_gold / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "n_sys": self.n_sys, "n_gold": self.n_gold}


@dataclass
class StanceTally:
    n: int = 0
    correct: int = 0
    sys_polar: int = 0
    gold_polar: int = 0
    polar_correct: int = 0

    def add(self, system: str, gold: str) -> None:
        self.n += 1
        self.correct += system == gold
        self.sys_polar += system in _POLAR
        self.gold_polar += gold in _POLAR
        self.polar_correct += system == gold and gold in _POLAR

    def result(self) -> dict[str, Any]:
        polar = Tally(self.polar_correct, self.sys_polar, self.polar_correct, self.gold_polar)
        return {"acc_on_match": ratio(self.correct, self.n), "n": self.n, "polar_f1": polar.prf()["f1"]}


# -- gold ----------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEntity:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...]  # non-blank aliases only
    scored: bool = True  # False for entities marked "named": false
    date: str | None = None  # events only

    def names(self) -> set[str]:
        return {norm(self.label)} | {norm(a) for a in self.aliases}


@dataclass(frozen=True)
class GoldStatement:
    speaker: str
    kind: str
    evidence: str
    about: frozenset[str]
    stance: Mapping[str, str]


@dataclass(frozen=True)
class GoldDoc:
    doc: str
    text: str
    entities: tuple[GoldEntity, ...]
    events: tuple[GoldEntity, ...]
    statements: tuple[GoldStatement, ...]


@dataclass(frozen=True)
class Gold:
    docs: dict[str, GoldDoc]
    names: dict[str, frozenset[str]]  # gold id -> every normalised name, over all documents

    def names_of(self, gid: str) -> frozenset[str]:
        return self.names.get(gid, frozenset())


class _GoldReader:
    """Validates one gold file; every problem becomes a one-line :class:`GoldError`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, problem: str) -> GoldError:
        return GoldError(f"gold file {self.path}: {problem}; {_FIX}")

    def get(self, obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str,
            default: Any = ...) -> Any:
        if key not in obj:
            if default is ...:
                raise self.fail(f"{where} has no {key!r}")
            return default
        value = obj[key]
        if not isinstance(value, kind):
            raise self.fail(f"{where} has a bad {key!r}: {value!r}")
        return value

    def items(self, obj: Mapping[str, Any], key: str, where: str, required: bool) -> list[Mapping[str, Any]]:
        values = self.get(obj, key, list, where, ... if required else [])
        for i, value in enumerate(values):
            if not isinstance(value, dict):
                raise self.fail(f"{key}[{i}] is not a JSON object")
        return values

    def strings(self, obj: Mapping[str, Any], key: str, where: str) -> list[str]:
        values = self.get(obj, key, list, where, [])
        if not all(isinstance(v, str) for v in values):
            raise self.fail(f"{where} has a non-string in {key!r}")
        return values

    def entity(self, e: Mapping[str, Any], where: str, event: bool) -> GoldEntity:
        return GoldEntity(
            id=self.get(e, "id", str, where),
            type=self.get(e, "type", str, where),
            label=self.get(e, "label", str, where),
            aliases=tuple(a for a in self.strings(e, "aliases", where) if a.strip()),
            scored=e.get("named", True) is not False,
            date=self.get(e, "date", (str, type(None)), where, None) if event else None,
        )

    def statement(self, s: Mapping[str, Any], where: str) -> GoldStatement:
        stance = self.get(s, "stance", dict, where, {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in stance.items()):
            raise self.fail(f"{where} has a non-string in 'stance'")
        return GoldStatement(
            speaker=self.get(s, "speaker", str, where),
            kind=self.get(s, "kind", str, where, ""),
            evidence=self.get(s, "evidence", str, where),
            about=frozenset(self.strings(s, "about", where)),
            stance=dict(stance),
        )

    def read(self) -> GoldDoc:
        """The annotations of the file, with an empty text (see :func:`load_gold`)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise self.fail(f"cannot be read ({exc})") from exc
        except json.JSONDecodeError as exc:
            raise self.fail(f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
        if not isinstance(raw, dict):
            raise self.fail("is not a JSON object")
        doc = self.get(raw, "doc", str, "the file")
        entities = tuple(self.entity(e, f"entities[{i}]", False)
                         for i, e in enumerate(self.items(raw, "entities", "the file", True)))
        events = tuple(self.entity(e, f"events[{i}]", True)
                       for i, e in enumerate(self.items(raw, "events", "the file", False)))
        statements = tuple(self.statement(s, f"statements[{i}]")
                           for i, s in enumerate(self.items(raw, "statements", "the file", True)))
        return GoldDoc(doc, "", entities, events, statements)


def load_gold(gold_dir: Path, corpus_dir: Path) -> Gold:
    """Read ``gold_dir/*.gold.json`` and the texts they annotate from ``corpus_dir``.

    Gold documents whose text is not in ``corpus_dir`` are left out (as score.py does).
    """
    gold_dir, corpus_dir = Path(gold_dir), Path(corpus_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"gold folder {gold_dir} does not exist; pass the folder of *.gold.json files "
                        "(e.g. ../shared/eval/gold)")
    files = sorted(gold_dir.glob("*.gold.json"))
    if not files:
        raise GoldError(f"gold folder {gold_dir} has no *.gold.json file; pass the folder of gold annotations")
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist; pass the folder of the annotated texts")
    annotated = {g.doc: g for g in (_GoldReader(f).read() for f in files)}  # a later file for a doc wins
    docs = {doc: replace(g, text=text) for doc, g in annotated.items()
            if (text := _read_text(corpus_dir, doc)) is not None}
    if not docs:
        raise GoldError(f"none of the {len(annotated)} documents annotated in {gold_dir} is in {corpus_dir}; "
                        "pass the corpus folder the gold was written for")
    return Gold(docs, _gold_names(docs.values()))


def _read_text(corpus_dir: Path, doc: str) -> str | None:
    path = corpus_dir / doc
    if not path.exists():
        return None
    try:
        return path.read_text(encoding="utf-8")  # universal newlines, as score.py reads it
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"cannot read {path} as UTF-8 text ({exc}); fix or remove the file") from exc


def _gold_names(docs: Iterable[GoldDoc]) -> dict[str, frozenset[str]]:
    names: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        for e in d.entities + d.events:
            names[e.id] |= e.names()
    return {gid: frozenset(n) for gid, n in names.items()}


# -- system rows ---------------------------------------------------------------------


@dataclass
class SysNode:
    """What the rows say about one system entity or event in one document."""

    names: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    spans: list[Span] = field(default_factory=list)
    dates: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class SysStatement:
    id: str
    span: Span
    speaker: str  # normalised speaker label
    speaker_iri: str
    kind: str


def _row_span(row: Row) -> Span | None:
    try:
        return int(float(row["start"])), int(float(row["end"]))
    except (KeyError, ValueError, OverflowError):
        return None


def _collect_nodes(rows: Sequence[Row], id_column: str, docs: Mapping[str, GoldDoc]) -> dict[str, dict[str, SysNode]]:
    nodes: dict[str, dict[str, SysNode]] = defaultdict(dict)
    for row in rows:
        d = doc_key(row.get("doc", ""))
        if d not in docs:
            continue
        node = nodes[d].setdefault(row.get(id_column, ""), SysNode())
        node.names.update(n for n in (norm(row.get("text", "")), norm(row.get("label", ""))) if n)
        if row.get("type"):
            node.types.add(local_name(row["type"]))
        if row.get("date"):
            node.dates.add(row["date"].strip()[:10])
        span = _row_span(row)
        if span is not None:
            node.spans.append(span)
    return nodes


def _collect_statements(rows: Sequence[Row]) -> dict[str, list[SysStatement]]:
    statements: dict[str, list[SysStatement]] = defaultdict(list)
    for row in rows:
        span = _row_span(row)
        if span is None:
            continue
        statements[doc_key(row.get("doc", ""))].append(SysStatement(
            id=row.get("statement", ""),
            span=span,
            speaker=norm(row.get("speaker_label", "")),
            speaker_iri=row.get("speaker", ""),
            kind=local_name(row.get("kind", "")).lower(),
        ))
    return statements


def _collect_targets(rows: Sequence[Row]) -> dict[str, set[Target]]:
    targets: dict[str, set[Target]] = defaultdict(set)
    for row in rows:
        targets[row.get("statement", "")].add(
            (row.get("target", ""), norm(row.get("target_label", "")), local_name(row.get("polarity", "")).lower()))
    return targets


# -- entities and identity -----------------------------------------------------------


def _score_entities(gold: Gold, rows: Sequence[Row]) -> tuple[dict[str, Any], IriMap]:
    nodes = _collect_nodes(rows, "entity", gold.docs)
    plain, typed = Tally(), Tally()
    iri_of: IriMap = {}
    for d, gdoc in gold.docs.items():
        sysd = nodes.get(d, {})
        hit: set[str] = set()
        hit_typed: set[str] = set()
        unscored: set[str] = set()
        for e in gdoc.entities:
            gnames = e.names()
            found = [iri for iri, node in sysd.items() if node.names & gnames]
            if found:
                iri_of.setdefault(d, {})[e.id] = set(found)
            if not e.scored:
                unscored.update(found)
                continue
            with_type = [iri for iri in found if e.type in sysd[iri].types]
            plain.n_gold += 1
            typed.n_gold += 1
            plain.tp_gold += bool(found)
            typed.tp_gold += bool(with_type)
            hit.update(found)
            hit_typed.update(with_type)
        n_sys = len(set(sysd) - (unscored - hit))
        plain.n_sys += n_sys
        typed.n_sys += n_sys
        plain.tp_sys += len(hit)
        typed.tp_sys += len(hit_typed)
    return {"entities": plain.prf(), "entities_typed": typed.prf()}, iri_of


def _identity(iri_of: IriMap) -> dict[str, Any]:
    split = sum(1 for per_doc in iri_of.values() for iris in per_doc.values() if len(iris) > 1)
    seen: dict[str, list[set[str]]] = defaultdict(list)
    for per_doc in iri_of.values():
        for gid, iris in per_doc.items():
            seen[gid].append(iris)
    cross = [gid for gid, found in seen.items() if len(found) > 1]
    same = [gid for gid in cross if set.intersection(*seen[gid])]
    return {"split_in_doc": split, "cross_doc_entities": len(cross), "cross_doc_same_iri": ratio(len(same), len(cross))}


# -- statements, targets and stance ---------------------------------------------------


@dataclass(frozen=True)
class _Resolver:
    """Does a system term (IRI, normalised label) denote a gold id in one document?"""

    gold: Gold
    iris: Mapping[str, set[str]]

    def __call__(self, iri: str, label: str, gid: str) -> bool:
        return label in self.gold.names_of(gid) or iri in self.iris.get(gid, set())


@dataclass
class _StatementTally:
    strict: Tally = field(default_factory=Tally)
    span_matches: int = 0
    speaker_ok: int = 0
    kind_ok: int = 0
    targets: Tally = field(default_factory=Tally)
    stance: StanceTally = field(default_factory=StanceTally)

    def result(self) -> dict[str, Any]:
        out = self.strict.prf()
        out["speaker_acc_on_span_match"] = ratio(self.speaker_ok, self.span_matches)
        out["kind_acc_on_match"] = ratio(self.kind_ok, self.strict.tp_sys)
        return out


def _greedy(pairs: Sequence[tuple[int, int, int]], accept: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """One-to-one matching over (overlap, system index, gold index) pairs, in the given order."""
    used_sys: set[int] = set()
    used_gold: set[int] = set()
    matches = []
    for _, i, j in pairs:
        if i in used_sys or j in used_gold or not accept(i, j):
            continue
        used_sys.add(i)
        used_gold.add(j)
        matches.append((i, j))
    return matches


def _score_targets(tally: _StatementTally, sys_targets: set[Target], gold_st: GoldStatement,
                   resolves: _Resolver) -> None:
    about = gold_st.about
    tally.targets.tp_sys += sum(1 for iri, lab, _ in sys_targets if any(resolves(iri, lab, g) for g in about))
    tally.targets.tp_gold += sum(1 for g in about if any(resolves(iri, lab, g) for iri, lab, _ in sys_targets))
    tally.targets.n_sys += len(sys_targets)
    tally.targets.n_gold += len(about)
    for gid, gold_polarity in gold_st.stance.items():
        polarities = {pol for iri, lab, pol in sys_targets if resolves(iri, lab, gid)}
        if polarities:
            tally.stance.add(polarities.pop() if len(polarities) == 1 else "mixed", gold_polarity)


def _score_doc_statements(tally: _StatementTally, gdoc: GoldDoc, system: Sequence[SysStatement],
                          targets: Mapping[str, set[Target]], resolves: _Resolver) -> None:
    gold: list[tuple[Span, GoldStatement]] = []
    for s in gdoc.statements:
        start = gdoc.text.find(s.evidence)
        if start >= 0:
            gold.append(((start, start + len(s.evidence)), s))
    tally.strict.n_sys += len(system)
    tally.strict.n_gold += len(gold)
    pairs = sorted(((overlap(x.span, g[0]), i, j) for i, x in enumerate(system) for j, g in enumerate(gold)
                    if overlap(x.span, g[0]) > 0), reverse=True)

    def same_speaker(i: int, j: int) -> bool:
        return resolves(system[i].speaker_iri, system[i].speaker, gold[j][1].speaker)

    for i, j in _greedy(pairs, lambda i, j: True):  # span only, for attribution accuracy
        tally.span_matches += 1
        tally.speaker_ok += same_speaker(i, j)
    for i, j in _greedy(pairs, same_speaker):  # strict: span and speaker
        tally.strict.tp_sys += 1
        tally.strict.tp_gold += 1
        tally.kind_ok += system[i].kind == gold[j][1].kind
        _score_targets(tally, targets.get(system[i].id, set()), gold[j][1], resolves)


def _score_statements(gold: Gold, rows: Rows, iri_of: IriMap) -> dict[str, Any]:
    system = _collect_statements(rows.get(STATEMENT_QUERY, []))
    target_rows = rows.get(TARGET_QUERY, [])
    targets = _collect_targets(target_rows)
    tally = _StatementTally()
    for d, gdoc in gold.docs.items():
        _score_doc_statements(tally, gdoc, system.get(d, []), targets, _Resolver(gold, iri_of.get(d, {})))
    result = {"statements": tally.result()}
    if TARGET_QUERY in rows:
        result["statement_targets"] = tally.targets.prf()
    if any("polarity" in row for row in target_rows):
        result["stance"] = tally.stance.result()
    return result


# -- events --------------------------------------------------------------------------


def _event_matches(node: SysNode, gnames: set[str], gspans: Sequence[Span]) -> bool:
    return bool(node.names & gnames) or any(overlap(a, b) for a in node.spans for b in gspans)


def _score_events(gold: Gold, rows: Sequence[Row]) -> dict[str, Any]:
    nodes = _collect_nodes(rows, "event", gold.docs)
    plain, typed = Tally(), Tally()
    dated = date_ok = 0
    for d, gdoc in gold.docs.items():
        sysd = nodes.get(d, {})
        plain.n_sys += len(sysd)
        typed.n_sys += len(sysd)
        plain.n_gold += len(gdoc.events)
        typed.n_gold += len(gdoc.events)
        hit: set[str] = set()
        hit_typed: set[str] = set()
        for e in gdoc.events:
            gnames = e.names()
            gspans = [sp for alias in e.aliases for sp in alias_spans(gdoc.text, alias)]
            found = [iri for iri, node in sysd.items() if _event_matches(node, gnames, gspans)]
            with_type = [iri for iri in found if e.type in sysd[iri].types]
            plain.tp_gold += bool(found)
            typed.tp_gold += bool(with_type)
            hit.update(found)
            hit_typed.update(with_type)
            if found and e.date:
                dated += 1
                date_ok += any(e.date in sysd[iri].dates for iri in found)
        plain.tp_sys += len(hit)
        typed.tp_sys += len(hit_typed)
    events = plain.prf()
    events["date_acc_on_match"] = ratio(date_ok, dated)
    return {"events": events, "events_typed": typed.prf()}


# -- entry points --------------------------------------------------------------------


def score_gold(gold: Gold, rows: Rows) -> dict[str, Any]:
    """Score query rows against loaded gold; ``rows`` is keyed by query name (see :data:`QUERIES`).

    ``statement_targets`` is reported when ``rows`` has the ``statement-targets`` key, and
    ``stance`` when one of its rows has a ``polarity`` column.
    """
    result, iri_of = _score_entities(gold, rows.get(ENTITY_QUERY, []))
    result["identity"] = _identity(iri_of)
    result.update(_score_statements(gold, rows, iri_of))
    result.update(_score_events(gold, rows.get(EVENT_QUERY, [])))
    return result


def score(gold_dir: Path, corpus_dir: Path, rows: Rows) -> dict[str, Any]:
    """The scores of query rows (keyed by query name, as ``csv.DictReader`` rows) against the gold."""
    return score_gold(load_gold(gold_dir, corpus_dir), rows)


def result_rows(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[dict[str, str]]:
    """Query result rows as the dicts score.py reads from the query's CSV output."""
    keys = [(i, c.strip().lstrip("?")) for i, c in enumerate(columns) if c]
    return [{k: _cell(row[i]) if i < len(row) else "" for i, k in keys} for row in rows]


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def query_rows(store_path: Path, queries_dir: Path | None = None) -> dict[str, list[dict[str, str]]]:
    """Run the saved queries of :data:`QUERIES` on the store, as rows for :func:`score`."""
    from kg.query import default_query_folder, resolve_query, run_query
    from kg.store import open_store

    folder = queries_dir if queries_dir is not None else default_query_folder()
    saved = {name: resolve_query(name, folder) for name in QUERIES}
    store = open_store(Path(store_path), read_only=True)
    try:
        results = {name: run_query(store, query, {}) for name, query in saved.items()}
    finally:
        store.close()
    return {name: result_rows(r.columns, r.rows) for name, r in results.items()}


def evaluate(gold_dir: Path, corpus_dir: Path, store_path: Path, queries_dir: Path | None = None) -> dict[str, Any]:
    """Score what the store at ``store_path`` holds against the gold annotations of ``corpus_dir``."""
    gold = load_gold(gold_dir, corpus_dir)  # fail on a bad gold folder before touching the store
    return score_gold(gold, query_rows(store_path, queries_dir))


def format_scores(scores: Mapping[str, Any]) -> str:
    """One line per task, as score.py prints them; a task with nothing in the gold and
    nothing found says so, since its F1 of 0.0 is a convention, not a failure."""
    return "\n".join(f"{k:16s} {v}{_undefined_note(v)}" for k, v in scores.items())


def _undefined_note(result: Any) -> str:
    empty = isinstance(result, Mapping) and result.get("n_sys") == 0 and result.get("n_gold") == 0
    return "  (none in the gold, none found: F1 undefined)" if empty else ""


# -- links across documents (guidelines v1.4) ------------------------------------------


_Report = tuple[str, int, int]  # document, start, end of a statement's evidence


def evaluate_links(links_gold: Path, corpus_dir: Path, store_path: Path) -> dict[str, Any]:
    """Precision, recall and F1 of the store's links (kg:graph/links) against a v1.4 links
    gold file: same-utterance pairs, corroborations and contradictions."""
    from .store import open_store

    gold = _read_links_gold(Path(links_gold), Path(corpus_dir))
    with open_store(store_path, read_only=True) as db:
        spans = _statement_spans(db)
        system = _system_links(db, {iri: span[0] for iri, span in spans.items()})
    match = _match_reports(spans, {r for pairs in gold.values() for pair in pairs for r in _reports_of(pair)})
    scores: dict[str, Any] = {}
    for kind in ("same_utterance", "corroborations", "contradictions"):
        mapped = [_mapped(pair, match) for pair in system[kind]]
        tp_sys = sum(1 for pair in mapped if pair in gold[kind])
        tp_gold = len(gold[kind] & set(mapped))
        scores[kind] = Tally(tp_sys, len(system[kind]), tp_gold, len(gold[kind])).prf()
    return scores


def _reports_of(pair: frozenset[Any]) -> list[_Report]:
    return [item for item in pair if isinstance(item, tuple)]


def _mapped(pair: frozenset[str], match: Mapping[str, _Report]) -> frozenset[Any]:
    """A system pair with its statements replaced by the gold reports they match (targets stay)."""
    return frozenset(match.get(item, ("unmatched", item, 0)) if item.startswith(vocab.DATA) else item for item in pair)


def _read_links_gold(path: Path, corpus_dir: Path) -> dict[str, set[frozenset[Any]]]:
    """Gold links as sets of pairs: {report, report} for same utterance, {report, report,
    target} for the stance links; a report is (document, start, end) of its evidence."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"cannot read the links gold {path}: {exc}; give a JSON file in the v1.4 format") from exc
    texts: dict[str, str] = {}

    def report(item: Mapping[str, Any]) -> _Report:
        doc, evidence = str(item["doc"]), str(item["evidence"])
        if doc not in texts:
            text = _read_text(corpus_dir, doc)
            if text is None:
                raise GoldError(f"{path}: document {doc} is not in {corpus_dir}")
            texts[doc] = text
        start = texts[doc].find(evidence)
        if start < 0:
            raise GoldError(f"{path}: evidence {evidence[:60]!r} is not in {doc}")
        return doc, start, start + len(evidence)

    try:
        gold: dict[str, set[frozenset[Any]]] = {"same_utterance": set(), "corroborations": set(), "contradictions": set()}
        for utterance in data["utterances"]:
            reports = [report(r) for r in utterance["reports"]]
            gold["same_utterance"] |= {frozenset((a, b)) for a in reports for b in reports if a[0] < b[0]}
        for kind in ("corroborations", "contradictions"):
            gold[kind] = {frozenset((report(link["a"]), report(link["b"]), str(link["target"]))) for link in data[kind]}
    except (KeyError, TypeError) as exc:
        raise GoldError(f"{path} is not a v1.4 links gold file (missing {exc}); see docs/annotation-v1.4.md") from exc
    return gold


def _system_links(db: Any, documents: Mapping[str, str]) -> dict[str, list[frozenset[str]]]:
    """The store's links as pairs of statement IRIs (and the target, for stance links);
    ``documents`` gives each statement's document."""
    from .links import LINKS_GRAPH

    kg = vocab.KG
    members: dict[str, list[str]] = defaultdict(list)
    for statement, utterance in db.query(f"SELECT ?s ?u WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?s <{kg}reports> ?u }} }}").rows:
        members[utterance.value].append(statement.value)
    found: dict[str, list[frozenset[str]]] = {"same_utterance": [], "corroborations": [], "contradictions": []}
    pairs = {frozenset((a, b)) for group in members.values() for a in group for b in group
             if documents.get(a, "") < documents.get(b, "")}  # a pair that shares two utterances is one link
    found["same_utterance"] = sorted(pairs, key=sorted)
    rows = db.query(
        f"SELECT ?kind ?a ?b ?t WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?l a ?kind ; <{kg}between> ?a , ?b ; <{kg}regarding> ?t "
        f"FILTER(STR(?a) < STR(?b)) }} }}"
    ).rows
    for kind, a, b, target in rows:
        name = "corroborations" if kind.value.endswith("Corroboration") else "contradictions"
        found[name].append(frozenset((a.value, b.value, local_name(target.value))))
    return found


def _statement_spans(db: Any) -> dict[str, _Report]:
    kg = vocab.KG
    rows = db.query(
        f"SELECT ?s ?doc ?start ?end WHERE {{ GRAPH ?g {{ ?s a <{kg}Statement> ; <{kg}inDocument>/<{kg}fileName> ?doc ; "
        f"<{kg}evidence> ?e . ?e <{kg}start> ?start ; <{kg}end> ?end }} }}"
    ).rows
    return {s.value: (doc.value, int(start.value), int(end.value)) for s, doc, start, end in rows}


def _match_reports(spans: Mapping[str, _Report], gold: set[_Report]) -> dict[str, _Report]:
    """System statement IRI -> the gold report its evidence overlaps most, one to one per
    document, largest overlap first (as the statements are matched)."""
    candidates = sorted(
        ((overlap(s[1:], g[1:]), iri, g) for iri, s in spans.items() for g in gold if g[0] == s[0] and overlap(s[1:], g[1:]) > 0),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    taken_sys: set[str] = set()
    taken_gold: set[_Report] = set()
    match: dict[str, _Report] = {}
    for _, iri, g in candidates:
        if iri in taken_sys or g in taken_gold:
            continue
        match[iri] = g
        taken_sys.add(iri)
        taken_gold.add(g)
    return match
