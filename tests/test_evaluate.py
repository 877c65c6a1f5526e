"""Extraction scores: hand-computed figures, parity with ../shared/eval/score.py, the store path."""
from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kg.errors import CorpusError, GoldError
from kg.evaluate import evaluate, format_scores, load_gold, norm, result_rows, score

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
needs_score_py = pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"reference scorer {SCORE_PY} not found")

KG = "https://w3id.org/kg-news/ontology#"
ID = "https://w3id.org/kg-news/id/"
COLUMNS = {
    "entity-mentions": ["doc", "entity", "label", "type", "start", "end", "text"],
    "statements": ["doc", "statement", "speaker", "speaker_label", "cue", "kind", "start", "end", "text"],
    "events": ["doc", "event", "label", "type", "date", "start", "end", "text"],
    "statement-targets": ["statement", "target", "target_label", "polarity"],
}
Rows = dict[str, list[dict[str, str]]]

# -- the hand-made example -------------------------------------------------------------

TEXTS = {
    "a.txt": (
        "President Ilham Aliyev held a meeting with Vladimir Putin in Moscow on 16 December 2024. "
        "Aliyev said that France is arming Armenia. "
        '"We welcome Russia," Putin said. '
        "According to Aliyev, Armenia rejected the deal. "
        "The interview with Rossiya aired on 17 December 2024.\n"
        "Relations improved after the 44-day War. Officials in this country agree."
    ),
    "b.txt": "Putin spoke with Aliyev by phone. Russia will never allow an attack, Putin warned.",
}


def _entity(gid: str, type_: str, label: str, *aliases: str, named: bool = True) -> dict[str, Any]:
    e: dict[str, Any] = {"id": gid, "type": type_, "label": label, "aliases": list(aliases)}
    if not named:
        e["named"] = False
    return e


def _statement(speaker: str, kind: str, evidence: str, stance: dict[str, str]) -> dict[str, Any]:
    return {"speaker": speaker, "cue": "say", "kind": kind, "evidence": evidence,
            "about": list(stance), "stance": stance}


GOLD = {
    "a.txt": {
        "doc": "a.txt",
        "entities": [
            _entity("ilham_aliyev", "Person", "Ilham Aliyev", "President Ilham Aliyev", "Aliyev"),
            _entity("vladimir_putin", "Person", "Vladimir Putin", "Vladimir Putin", "Putin"),
            _entity("moscow", "Place", "Moscow", "Moscow"),
            _entity("france", "Country", "France", "France"),
            _entity("armenia", "Country", "Armenia", "Armenia"),
            _entity("russia", "Country", "Russia", "Russia"),
            _entity("rossiya", "Organization", "Rossiya", "Rossiya"),  # missed by the system
            _entity("azerbaijan", "Country", "Azerbaijan", "this country", named=False),
        ],
        "events": [
            {"id": "rossiya_interview", "type": "Interview", "label": "Interview with Rossiya",
             "date": "2024-12-17", "aliases": ["the interview with Rossiya"], "participants": ["ilham_aliyev"]},
            {"id": "aliyev_putin_meeting", "type": "Meeting", "label": "Aliyev–Putin meeting",
             "date": "2024-12-16", "aliases": ["a meeting with Vladimir Putin"], "participants": []},
            {"id": "second_karabakh_war", "type": "War", "label": "Second Karabakh War", "date": "2020",
             "aliases": ["the 44-day War"], "participants": []},
        ],
        "statements": [
            _statement("ilham_aliyev", "indirect", "Aliyev said that France is arming Armenia",
                       {"france": "negative", "armenia": "neutral"}),
            _statement("vladimir_putin", "direct", '"We welcome Russia," Putin said', {"russia": "positive"}),
            _statement("ilham_aliyev", "indirect", "According to Aliyev, Armenia rejected the deal",
                       {"armenia": "negative"}),
        ],
    },
    "b.txt": {
        "doc": "b.txt",
        "entities": [
            _entity("vladimir_putin", "Person", "Vladimir Putin", "Putin"),
            _entity("ilham_aliyev", "Person", "Ilham Aliyev", "Aliyev"),
            _entity("russia", "Country", "Russia", "Russia"),
        ],
        "events": [],
        "statements": [
            _statement("vladimir_putin", "indirect", "Russia will never allow an attack, Putin warned",
                       {"russia": "positive"}),
        ],
    },
}

# system entities: key -> (type, label)
SYS_ENTITIES = {
    "ilham_aliyev": ("Person", "Ilham Aliyev"),
    "aliyev": ("Person", "Aliyev"),  # a second IRI for Aliyev in a.txt: a split entity
    "vladimir_putin": ("Person", "Vladimir Putin"),
    "moscow": ("Country", "Moscow"),  # wrong type (gold: Place)
    "france": ("Country", "France"),
    "french_republic": ("Country", "France"),  # only used as a target: resolves by label
    "armenia": ("Country", "Armenia"),
    "russia": ("Country", "Russia"),
    "russian_federation": ("Country", "Russian Federation"),  # b.txt's Russia: another IRI across documents
    "azerbaijan": ("Country", "Azerbaijan"),  # matches only an unnamed gold entity
    "relations": ("Organization", "Relations"),  # a false positive
}
# mentions: (doc, entity key, surface, occurrence)
SYS_MENTIONS = [
    ("a.txt", "ilham_aliyev", "President Ilham Aliyev", 0),
    ("a.txt", "aliyev", "Aliyev", 1),
    ("a.txt", "vladimir_putin", "Vladimir Putin", 0),
    ("a.txt", "moscow", "Moscow", 0),
    ("a.txt", "france", "France", 0),
    ("a.txt", "armenia", "Armenia", 0),
    ("a.txt", "russia", "Russia", 0),
    ("a.txt", "azerbaijan", "this country", 0),
    ("a.txt", "relations", "Relations", 0),
    ("b.txt", "vladimir_putin", "Putin", 0),
    ("b.txt", "ilham_aliyev", "Aliyev", 0),
    ("b.txt", "russian_federation", "Russia", 0),
]


@dataclass(frozen=True)
class SysStatement:
    doc: str
    key: str
    speaker: str
    kind: str
    evidence: str
    targets: tuple[tuple[str, str], ...]  # (entity key, polarity)


SYS_STATEMENTS = [
    SysStatement("a.txt", "t1", "aliyev", "indirect", "Aliyev said that France is arming Armenia",
                 (("french_republic", "negative"), ("armenia", "positive"), ("relations", "neutral"))),
    SysStatement("a.txt", "t2", "vladimir_putin", "indirect", 'We welcome Russia," Putin said',  # kind: gold direct
                 (("russia", "positive"),)),
    SysStatement("a.txt", "t3", "armenia", "indirect", "According to Aliyev, Armenia rejected the deal",  # speaker
                 (("armenia", "negative"),)),
    SysStatement("a.txt", "t4", "vladimir_putin", "indirect", "The interview with Rossiya aired", ()),  # spurious
    SysStatement("b.txt", "t5", "vladimir_putin", "indirect", "Russia will never allow an attack, Putin warned",
                 (("russian_federation", "positive"), ("russian_federation", "negative"))),  # mixed stance
]
# system events: key -> (type, label, date)
SYS_EVENTS = {
    "interview": ("Interview", "Rossiya broadcast", "2024-12-17"),  # matched by span overlap only
    "meeting": ("Summit", "a meeting with Vladimir Putin", "2024-12"),  # matched by name; wrong type and date
    "deal": ("Agreement", "the deal", ""),  # a false positive
}
SYS_EVENT_MENTIONS = [
    ("a.txt", "interview", "interview", 0),
    ("a.txt", "interview", "17 December 2024", 0),
    ("a.txt", "meeting", "Moscow", 0),
    ("a.txt", "deal", "the deal", 0),
]

EXPECTED: dict[str, Any] = {
    # a.txt: 7 scored gold (Rossiya missed), 9 system IRIs of which 'azerbaijan' is unscored -> 8,
    # 7 hit (both Aliyev IRIs); b.txt: 3 / 3 / 3.  Typed: Moscow is a Place, not a Country.
    "entities": {"p": 0.909, "r": 0.9, "f1": 0.905, "n_sys": 11, "n_gold": 10},
    "entities_typed": {"p": 0.818, "r": 0.8, "f1": 0.809, "n_sys": 11, "n_gold": 10},
    # Aliyev has two IRIs in a.txt; Aliyev, Putin and Russia are in both documents, Russia with another IRI
    "identity": {"split_in_doc": 1, "cross_doc_entities": 3, "cross_doc_same_iri": 0.667},
    # t1, t2, t5 match; t3 has the span but the wrong speaker; t4 matches nothing. t2 has the wrong kind.
    "statements": {"p": 0.6, "r": 0.75, "f1": 0.667, "n_sys": 5, "n_gold": 4,
                   "speaker_acc_on_span_match": 0.75, "kind_acc_on_match": 0.667},
    # t1: France (by label) and Armenia right, Relations wrong; t2: 1/1; t5: two rows for Russia (by IRI)
    "statement_targets": {"p": 0.833, "r": 1.0, "f1": 0.909, "n_sys": 6, "n_gold": 4},
    # France neg=neg, Armenia pos!=neutral, Russia pos=pos, Russia mixed!=pos
    "stance": {"acc_on_match": 0.5, "n": 4, "polar_f1": 0.667},
    # interview (span) and meeting (name) match, the war is missed, the deal is spurious
    "events": {"p": 0.667, "r": 0.667, "f1": 0.667, "n_sys": 3, "n_gold": 3, "date_acc_on_match": 0.5},
    "events_typed": {"p": 0.333, "r": 0.333, "f1": 0.333, "n_sys": 3, "n_gold": 3},
}


def _span(doc: str, surface: str, occurrence: int = 0) -> tuple[int, int]:
    text, start = TEXTS[doc], -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def _entity_iri(key: str) -> str:
    return f"{ID}entity/{key}"


def _event_iri(doc: str, key: str) -> str:
    return f"{ID}doc/{doc}/event/{key}"


def _statement_iri(s: SysStatement) -> str:
    return f"{ID}doc/{s.doc}/statement/{s.key}"


def hand_rows() -> Rows:
    """The system output, as the saved queries return it."""
    mentions = []
    for doc, key, surface, nth in SYS_MENTIONS:
        (start, end), (type_, label) = _span(doc, surface, nth), SYS_ENTITIES[key]
        mentions.append({"doc": doc, "entity": _entity_iri(key), "label": label, "type": type_,
                         "start": str(start), "end": str(end), "text": surface})
    statements, targets = [], []
    for s in SYS_STATEMENTS:
        start, end = _span(s.doc, s.evidence)
        statements.append({"doc": s.doc, "statement": _statement_iri(s), "speaker": _entity_iri(s.speaker),
                           "speaker_label": SYS_ENTITIES[s.speaker][1], "cue": "say", "kind": s.kind,
                           "start": str(start), "end": str(end), "text": s.evidence})
        targets += [{"statement": _statement_iri(s), "target": _entity_iri(key),
                     "target_label": SYS_ENTITIES[key][1], "polarity": pol} for key, pol in s.targets]
    events = []
    for doc, key, surface, nth in SYS_EVENT_MENTIONS:
        (start, end), (type_, label, date) = _span(doc, surface, nth), SYS_EVENTS[key]
        events.append({"doc": doc, "event": _event_iri(doc, key), "label": label, "type": type_, "date": date,
                       "start": str(start), "end": str(end), "text": surface})
    return {"entity-mentions": mentions, "statements": statements, "events": events, "statement-targets": targets}


def write_gold(root: Path, gold: dict[str, Any] | None = None) -> tuple[Path, Path]:
    gold_dir, corpus_dir = root / "gold", root / "corpus"
    gold_dir.mkdir()
    corpus_dir.mkdir()
    for doc, g in (gold or GOLD).items():
        (gold_dir / f"{doc}.gold.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    for doc, text in TEXTS.items():
        (corpus_dir / doc).write_text(text, encoding="utf-8")
    return gold_dir, corpus_dir


@pytest.fixture()
def folders(tmp_path: Path) -> tuple[Path, Path]:
    return write_gold(tmp_path)


# -- hand-computed figures ---------------------------------------------------------------


def test_hand_computed_scores(folders: tuple[Path, Path]) -> None:
    scores = score(*folders, hand_rows())
    assert scores == EXPECTED
    assert list(scores) == list(EXPECTED)  # score.py's order


@pytest.mark.parametrize("task", list(EXPECTED))
def test_each_figure(folders: tuple[Path, Path], task: str) -> None:
    assert score(*folders, hand_rows())[task] == EXPECTED[task]


def test_perfect_entity_output_and_unnamed_entities(folders: tuple[Path, Path]) -> None:
    rows = hand_rows()
    rows["entity-mentions"] = [r for r in rows["entity-mentions"] if r["entity"] != _entity_iri("relations")]
    rows["entity-mentions"].append({"doc": "a.txt", "entity": _entity_iri("rossiya"), "label": "Rossiya",
                                    "type": "Organization", "start": "0", "end": "1", "text": "Rossiya"})
    for row in rows["entity-mentions"]:
        if row["entity"] == _entity_iri("moscow"):
            row["type"] = KG + "Place"  # an IRI type counts by its local name
    scores = score(*folders, rows)
    # 11 IRIs counted, all hit (both Aliyev IRIs): 'azerbaijan' only matches the unnamed gold entity
    assert scores["entities"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "n_sys": 11, "n_gold": 10}
    assert scores["entities_typed"] == scores["entities"]


def test_no_targets_and_no_polarity(folders: tuple[Path, Path]) -> None:
    rows = hand_rows()
    without_polarity = dict(rows, **{"statement-targets": [
        {k: v for k, v in r.items() if k != "polarity"} for r in rows["statement-targets"]]})
    scores = score(*folders, without_polarity)
    assert "stance" not in scores
    assert scores["statement_targets"]["n_sys"] == 5  # the two rows of t5 are now one target
    del rows["statement-targets"]
    scores = score(*folders, rows)
    assert "statement_targets" not in scores and "stance" not in scores
    assert scores["statements"] == EXPECTED["statements"]


def test_empty_output(folders: tuple[Path, Path]) -> None:
    scores = score(*folders, {})
    assert scores["entities"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "n_sys": 0, "n_gold": 10}
    assert scores["identity"] == {"split_in_doc": 0, "cross_doc_entities": 0, "cross_doc_same_iri": 0.0}
    assert scores["statements"]["kind_acc_on_match"] == 0.0
    assert scores["events"]["n_gold"] == 3


def test_norm() -> None:
    assert norm("The **Kremlin**’s") == "kremlin"
    assert norm("  Nagorno-\n  Karabakh ") == "nagorno-karabakh"
    assert norm("[Ilham]  ALIYEV") == "ilham aliyev"


def test_result_rows_read_like_csv() -> None:
    rows = result_rows(["?doc", " label ", ""], [["a.txt", "A", "x"], ["b.txt"], [None, "B", ""]])
    assert rows == [{"doc": "a.txt", "label": "A"}, {"doc": "b.txt", "label": ""}, {"doc": "", "label": "B"}]


def test_format_scores() -> None:
    text = format_scores(EXPECTED)
    lines = text.splitlines()
    assert len(lines) == len(EXPECTED)
    assert lines[0] == "entities         {'p': 0.909, 'r': 0.9, 'f1': 0.905, 'n_sys': 11, 'n_gold': 10}"
    assert lines[2].startswith("identity         {'split_in_doc': 1")


def test_format_scores_says_when_there_was_nothing_to_find() -> None:
    empty = {"p": 0.0, "r": 0.0, "f1": 0.0, "n_sys": 0, "n_gold": 0}
    missed = {"p": 0.0, "r": 0.0, "f1": 0.0, "n_sys": 0, "n_gold": 3}
    lines = format_scores({"contradictions": empty, "corroborations": missed}).splitlines()
    assert lines[0].endswith("(none in the gold, none found: F1 undefined)")
    assert "undefined" not in lines[1]


# -- gold folder problems ------------------------------------------------------------------


def test_missing_gold_folder(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="does not exist"):
        score(tmp_path / "nope", tmp_path, {})


def test_gold_folder_without_gold_files(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match=r"no \*\.gold\.json"):
        score(tmp_path, tmp_path, {})


def test_malformed_gold_json(tmp_path: Path) -> None:
    gold_dir, corpus_dir = write_gold(tmp_path)
    (gold_dir / "b.txt.gold.json").write_text('{"doc": "b.txt", "entities": [', encoding="utf-8")
    with pytest.raises(GoldError, match=r"b\.txt\.gold\.json.*not valid JSON") as info:
        score(gold_dir, corpus_dir, {})
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("broken, message", [
    ([], "not a JSON object"),
    ({"entities": [], "statements": []}, "no 'doc'"),
    ({"doc": "a.txt", "statements": []}, "no 'entities'"),
    ({"doc": "a.txt", "entities": [{"id": "x", "type": "Person"}], "statements": []}, r"entities\[0\] has no 'label'"),
    ({"doc": "a.txt", "entities": [], "statements": [{"speaker": "x", "evidence": 3}]}, "bad 'evidence'"),
])
def test_invalid_gold_structure(tmp_path: Path, broken: Any, message: str) -> None:
    gold_dir, corpus_dir = write_gold(tmp_path, {"b.txt": GOLD["b.txt"]})
    (gold_dir / "a.txt.gold.json").write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        score(gold_dir, corpus_dir, {})


def test_missing_corpus_and_unmatched_corpus(tmp_path: Path) -> None:
    gold_dir, corpus_dir = write_gold(tmp_path)
    with pytest.raises(CorpusError, match="does not exist"):
        score(gold_dir, tmp_path / "nope", {})
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(GoldError, match="none of the 2 documents"):
        score(gold_dir, empty, {})


def test_gold_documents_without_text_are_left_out(tmp_path: Path) -> None:
    gold_dir, corpus_dir = write_gold(tmp_path)
    (corpus_dir / "b.txt").unlink()
    assert set(load_gold(gold_dir, corpus_dir).docs) == {"a.txt"}


# -- parity with the reference scorer ------------------------------------------------------


def _write_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def reference_scores(gold_dir: Path, corpus_dir: Path, rows: Rows, out: Path) -> dict[str, Any]:
    """Run score.py on CSV files written from ``rows``; its last line is the JSON result."""
    args = [sys.executable, str(SCORE_PY), "--gold", str(gold_dir), "--texts", str(corpus_dir)]
    flags = {"entity-mentions": "--entities", "statements": "--statements", "events": "--events",
             "statement-targets": "--targets"}
    out.mkdir(exist_ok=True)
    for name, flag in flags.items():
        if name in rows:
            columns = [c for c in COLUMNS[name] if any(c in r for r in rows[name]) or not rows[name]]
            args += [flag, str(_write_csv(out / f"{name}.csv", columns, rows[name]))]
    done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=120)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _iri_variant(rows: Rows) -> Rows:
    """Document and class IRIs instead of names, plus rows score.py must skip or tolerate."""
    out: Rows = {name: [dict(r) for r in rs] for name, rs in rows.items()}
    for name in ("entity-mentions", "statements", "events"):
        for r in out[name]:
            r["doc"] = f"{ID}doc/{r['doc']}"
    for r in out["entity-mentions"]:
        r["type"] = KG + r["type"]
    for r in out["statements"]:
        r["kind"] = KG + r["kind"].capitalize()
        r["start"] += ".0"
    for r in out["statement-targets"]:
        r["polarity"] = KG + r["polarity"].capitalize() if r["polarity"] else ""
    for r in out["events"]:
        r["date"] = r["date"] + "T00:00:00" if len(r["date"]) == 10 else r["date"]
    out["entity-mentions"].append({"doc": "c.txt", "entity": "x", "label": "Russia", "type": "Country",
                                   "start": "0", "end": "1", "text": "Russia"})
    out["statements"] += [
        {"doc": "a.txt", "statement": "s9", "speaker": "x", "speaker_label": "Putin", "cue": "", "kind": "",
         "start": "", "end": "", "text": ""},
        {"doc": "b.txt", "statement": "s8", "speaker": "", "speaker_label": "Vladimir  PUTIN", "cue": "",
         "kind": "Indirect", "start": "30", "end": "60", "text": ""},
    ]
    out["events"].append({"doc": "a.txt", "event": "e9", "label": "", "type": "", "date": "", "start": "x",
                          "end": "", "text": "the 44-day war"})
    return out


def _variants() -> dict[str, Rows]:
    rows = hand_rows()
    no_polarity = dict(rows, **{"statement-targets": [
        {k: v for k, v in r.items() if k != "polarity"} for r in rows["statement-targets"]]})
    no_targets = {k: v for k, v in rows.items() if k != "statement-targets"}
    return {"hand": rows, "iris_and_junk": _iri_variant(rows), "no_polarity": no_polarity,
            "no_targets": no_targets, "empty": {}}


@needs_score_py
@pytest.mark.parametrize("variant", list(_variants()))
def test_same_as_score_py_on_hand_rows(folders: tuple[Path, Path], tmp_path: Path, variant: str) -> None:
    rows = _variants()[variant]
    assert score(*folders, rows) == reference_scores(*folders, rows, tmp_path / "csv")


def _real_gold_rows(gold_dir: Path, texts_dir: Path, seed: int) -> Rows:
    """A noisy system output made from the real gold: some items dropped, retyped, shifted, re-identified."""
    rnd = random.Random(seed)
    rows: Rows = {name: [] for name in COLUMNS}
    for f in sorted(gold_dir.glob("*.gold.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        doc = g["doc"]
        if not (texts_dir / doc).exists():
            continue
        text = (texts_dir / doc).read_text(encoding="utf-8")
        iri = {e["id"]: _entity_iri(e["id"] if rnd.random() < 0.8 else f"{e['id']}_{doc[:3]}") for e in g["entities"]}
        types = ("Person", "Country", "Organization", "Place")
        for e in g["entities"]:
            if rnd.random() < 0.15:
                continue
            names = [a for a in e.get("aliases", []) if a.strip()] or [e["label"]]
            for alias in rnd.sample(names, min(len(names), 2)):
                start = max(text.find(alias), 0)
                rows["entity-mentions"].append({
                    "doc": doc, "entity": iri[e["id"]] if rnd.random() < 0.9 else iri[e["id"]] + "_2",
                    "label": e["label"] if rnd.random() < 0.7 else "", "start": str(start),
                    "type": e["type"] if rnd.random() < 0.8 else rnd.choice(types),
                    "end": str(start + len(alias)), "text": alias})
        for k, s in enumerate(g["statements"]):
            start = text.find(s["evidence"])
            if start < 0 or rnd.random() < 0.2:
                continue
            start, end = start + rnd.randint(-5, 10), start + len(s["evidence"]) + rnd.randint(-10, 5)
            speaker = s["speaker"] if rnd.random() < 0.8 else rnd.choice(list(iri))
            sid = f"{ID}doc/{doc}/statement/{k}"
            rows["statements"].append({
                "doc": doc, "statement": sid, "speaker": iri.get(speaker, _entity_iri(speaker)),
                "speaker_label": speaker.replace("_", " ") if rnd.random() < 0.5 else "",
                "cue": s.get("cue", ""), "kind": s.get("kind", "") if rnd.random() < 0.8 else "indirect",
                "start": str(start), "end": str(end), "text": ""})
            for gid in list(s.get("about", [])) + ([rnd.choice(list(iri))] if rnd.random() < 0.3 else []):
                polarity = s.get("stance", {}).get(gid, "neutral")
                rows["statement-targets"].append({
                    "statement": sid, "target": iri.get(gid, _entity_iri(gid)),
                    "target_label": gid.replace("_", " ") if rnd.random() < 0.5 else "",
                    "polarity": polarity if rnd.random() < 0.7 else rnd.choice(["negative", "neutral", "positive"])})
        for e in g.get("events", []):
            if rnd.random() < 0.2:
                continue
            alias = rnd.choice(e["aliases"])
            start = max(text.lower().find(alias.lower()), 0) + rnd.randint(0, 3)
            rows["events"].append({
                "doc": doc, "event": f"{ID}doc/{doc}/event/{e['id']}",
                "label": e["label"] if rnd.random() < 0.3 else "", "type": e["type"] if rnd.random() < 0.7 else "War",
                "date": (e.get("date") or "") if rnd.random() < 0.7 else "2024", "start": str(start),
                "end": str(start + len(alias)), "text": "" if rnd.random() < 0.5 else alias})
    return rows


@needs_score_py
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_same_as_score_py_on_real_gold(tmp_path: Path, seed: int) -> None:
    gold_dir, texts_dir = SHARED / "eval" / "gold", SHARED / "seeds"
    if not gold_dir.is_dir() or not texts_dir.is_dir():
        pytest.skip(f"no gold ({gold_dir}) or texts ({texts_dir})")
    rows = _real_gold_rows(gold_dir, texts_dir, seed)
    ours = score(gold_dir, texts_dir, rows)
    assert ours == reference_scores(gold_dir, texts_dir, rows, tmp_path / "csv")
    assert 0 < ours["statements"]["f1"] < 1 and 0 < ours["events"]["f1"] < 1


# -- through the store ------------------------------------------------------------------------


def _lit(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _turtle(doc: str) -> str:
    """The hand-made system output of one document in the graph model of DESIGN.md."""
    d = f"<{ID}doc/{doc}>"
    lines = [f'{d} a <{KG}Document> ; <{KG}fileName> {_lit(doc)} .']
    used: set[str] = set()

    def node(subject: str, start: int, end: int, surface: str, cls: str) -> None:
        lines.append(f"{subject} a <{KG}{cls}> ; <{KG}inDocument> {d} ; <{KG}start> {start} ; "
                     f"<{KG}end> {end} ; <{KG}exact> {_lit(surface)} .")

    for m_doc, key, surface, nth in SYS_MENTIONS:
        if m_doc == doc:
            start, end = _span(doc, surface, nth)
            node(f"<{ID}doc/{doc}/mention/{start}-{end}>", start, end, surface, "Mention")
            lines.append(f"<{ID}doc/{doc}/mention/{start}-{end}> <{KG}refersTo> <{_entity_iri(key)}> .")
            used.add(key)
    for s in (s for s in SYS_STATEMENTS if s.doc == doc):
        st, (start, end) = f"<{_statement_iri(s)}>", _span(doc, s.evidence)
        span = f"<{ID}doc/{doc}/span/{start}-{end}>"
        node(span, start, end, s.evidence, "TextSpan")
        lines.append(f"{st} a <{KG}Statement> ; <{KG}speaker> <{_entity_iri(s.speaker)}> ; <{KG}inDocument> {d} ; "
                     f"<{KG}evidence> {span} ; <{KG}cue> \"say\" ; <{KG}kind> <{KG}{s.kind.capitalize()}> .")
        used.add(s.speaker)
        for i, (key, polarity) in enumerate(s.targets):
            stance = f"<{_statement_iri(s)}/stance/{i}>"
            lines.append(f"{st} <{KG}about> <{_entity_iri(key)}> ; <{KG}stance> {stance} .")
            lines.append(f"{stance} a <{KG}Stance> ; <{KG}target> <{_entity_iri(key)}> ; "
                         f"<{KG}polarity> <{KG}{polarity.capitalize()}> .")
            used.add(key)
    for key in sorted(used):
        type_, label = SYS_ENTITIES[key]
        lines.append(f"<{_entity_iri(key)}> a <{KG}{type_}> ; <http://www.w3.org/2000/01/rdf-schema#label> {_lit(label)} .")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    for m_doc, key, surface, nth in SYS_EVENT_MENTIONS:
        if m_doc == doc:
            start, end = _span(doc, surface, nth)
            node(f"<{ID}doc/{doc}/mention/{start}-{end}>", start, end, surface, "Mention")
            lines.append(f"<{ID}doc/{doc}/mention/{start}-{end}> <{KG}refersTo> <{_event_iri(doc, key)}> .")
    for key, (type_, label, date) in SYS_EVENTS.items():
        if any(m[0] == doc and m[1] == key for m in SYS_EVENT_MENTIONS):
            date_type = {4: "gYear", 7: "gYearMonth", 10: "date"}.get(len(date))
            dated = f' ; <{KG}date> "{date}"^^<{xsd}{date_type}>' if date_type else ""
            lines.append(f"<{_event_iri(doc, key)}> a <{KG}{type_}> ; "
                         f"<http://www.w3.org/2000/01/rdf-schema#label> {_lit(label)}{dated} .")
    return "\n".join(lines) + "\n"


def test_evaluate_from_store(folders: tuple[Path, Path], tmp_path: Path) -> None:
    store_mod = pytest.importorskip("kg.store")
    query_mod = pytest.importorskip("kg.query")
    queries = Path(__file__).resolve().parents[1] / "queries"
    if not all((queries / f"{name}.rq").is_file() for name in COLUMNS):
        pytest.skip(f"saved queries missing in {queries}")
    store_path = tmp_path / "store"
    store = store_mod.open_store(store_path)
    try:
        for doc in TEXTS:
            store.replace_graph(f"{ID}graph/doc/{doc}", _turtle(doc))
    finally:
        store.close()
    assert evaluate(*folders, store_path, queries) == EXPECTED
    assert evaluate(*folders, store_path) == EXPECTED  # the packaged queries folder
    if SCORE_PY.is_file():  # the `measure` path: `kg query --format csv` files scored by score.py
        csv_dir = tmp_path / "csv"
        csv_dir.mkdir()
        args = [sys.executable, str(SCORE_PY), "--gold", str(folders[0]), "--texts", str(folders[1])]
        flags = {"entity-mentions": "--entities", "statements": "--statements", "events": "--events",
                 "statement-targets": "--targets"}
        db = store_mod.open_store(store_path, read_only=True)
        try:
            for name, flag in flags.items():
                saved = query_mod.resolve_query(name, queries)
                (csv_dir / f"{name}.csv").write_bytes(query_mod.serialize_result(db, saved, {}, "csv"))
                args += [flag, str(csv_dir / f"{name}.csv")]
        finally:
            db.close()
        done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=120)
        assert json.loads(done.stdout.strip().splitlines()[-1]) == EXPECTED
