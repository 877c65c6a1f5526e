"""The links across documents on the held-out link set (tests/links/heldout): invented
articles that several outlets write about five occasions, annotated blind to kg's linking.

Measured once before any change was tuned on it (see its README); the floors keep the
latest figures from falling.
"""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HELDOUT = Path(__file__).parent / "links" / "heldout"

#: (kind, metric, floor): the latest measurement, rounded down (the first, blind one: README)
FLOORS = [
    ("same_utterance", "f1", 0.56),
    ("same_utterance", "p", 0.68),
    ("corroborations", "f1", 0.53),
    ("corroborations", "p", 0.83),
    ("contradictions", "f1", 0.58),
    ("contradictions", "p", 0.91),
]


def test_the_gold_is_consistent_with_its_articles_and_the_guidelines() -> None:
    """Every evidence is in its article, every link joins two documents of one speaker within
    31 days, and the stance links are exactly those the annotated stances give."""
    done = subprocess.run([sys.executable, "check.py"], cwd=HELDOUT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "contradictions 53" in done.stdout


@pytest.fixture(scope="module")
def heldout_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from kg.pipeline import build

    store = tmp_path_factory.mktemp("heldout-links") / "store"
    build(HELDOUT / "corpus", store)
    yield store


@pytest.fixture(scope="module")
def heldout_scores(heldout_store: Path) -> dict[str, Any]:
    from kg.evaluate import evaluate_links

    return evaluate_links(HELDOUT / "links.json", HELDOUT / "corpus", heldout_store)


@pytest.mark.model
@pytest.mark.parametrize(("name", "kind"), [("contradictions", "Contradiction"), ("corroborations", "Corroboration")])
def test_the_saved_query_lists_every_stance_link_with_both_sides(heldout_store: Path, name: str, kind: str) -> None:
    """kg query contradictions / corroborations: one row per link of the links graph, two
    outlets, polar stances that differ (or agree), each side's words."""
    from kg import vocab
    from kg.query import default_query_folder, resolve_query, run_query
    from kg.store import open_store

    with open_store(heldout_store, read_only=True) as store:
        result = run_query(store, resolve_query(name, default_query_folder()), {})
        nodes = store.query(f"SELECT (COUNT(?l) AS ?n) WHERE {{ GRAPH <{vocab.GRAPH}links> {{ ?l a <{vocab.KG}{kind}> }} }}").rows
    count = nodes[0][0]
    assert count is not None and len(result.rows) == int(count.value) > 0
    for row in result.rows:
        cells = dict(zip(result.columns, row))
        assert cells["outlet_a"] != cells["outlet_b"] and cells["text_a"] and cells["text_b"]
        assert {cells["polarity_a"], cells["polarity_b"]} <= {"negative", "positive"}
        assert (cells["polarity_a"] == cells["polarity_b"]) == (kind == "Corroboration")


@pytest.mark.model
@pytest.mark.parametrize(("kind", "metric", "floor"), FLOORS, ids=[f"{k}.{m}" for k, m, _ in FLOORS])
def test_heldout_links_at_or_above_floor(heldout_scores: dict[str, Any], kind: str, metric: str, floor: float) -> None:
    assert heldout_scores[kind][metric] >= floor, f"{kind}.{metric} fell to {heldout_scores[kind][metric]} (floor {floor})"
