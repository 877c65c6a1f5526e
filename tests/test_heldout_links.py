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
    ("same_utterance", "f1", 0.41),
    ("same_utterance", "p", 0.65),
    ("corroborations", "f1", 0.31),
    ("corroborations", "p", 0.8),
    ("contradictions", "f1", 0.27),
    ("contradictions", "p", 0.7),
]


def test_the_gold_is_consistent_with_its_articles_and_the_guidelines() -> None:
    """Every evidence is in its article, every link joins two documents of one speaker within
    31 days, and the stance links are exactly those the annotated stances give."""
    done = subprocess.run([sys.executable, "check.py"], cwd=HELDOUT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "contradictions 53" in done.stdout


@pytest.fixture(scope="module")
def heldout_scores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from kg.evaluate import evaluate_links
    from kg.pipeline import build

    store = tmp_path_factory.mktemp("heldout-links") / "store"
    build(HELDOUT / "corpus", store)
    yield evaluate_links(HELDOUT / "links.json", HELDOUT / "corpus", store)


@pytest.mark.model
@pytest.mark.parametrize(("kind", "metric", "floor"), FLOORS, ids=[f"{k}.{m}" for k, m, _ in FLOORS])
def test_heldout_links_at_or_above_floor(heldout_scores: dict[str, Any], kind: str, metric: str, floor: float) -> None:
    assert heldout_scores[kind][metric] >= floor, f"{kind}.{metric} fell to {heldout_scores[kind][metric]} (floor {floor})"
