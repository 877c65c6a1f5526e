"""Extraction quality on the dev gold (the seed articles' hand annotations).

`kg eval` over a build of corpus/ must keep the figures at or above the targets
the project set for the dev set, so that a regression fails the suite. The gold
lives outside the repository, in ../shared/eval/gold; without it the test is
skipped with the reason.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, SHARED

GOLD = SHARED / "eval" / "gold"

#: (metric path, lowest acceptable value) on the dev set
FLOORS = [
    (("entities_typed", "f1"), 0.90),
    (("statements", "f1"), 0.91),
    (("statements", "speaker_acc_on_span_match"), 0.95),
    (("stance", "polar_f1"), 0.70),
    (("stance", "acc_on_match"), 0.80),
    (("events", "f1"), 0.95),
    (("events", "date_acc_on_match"), 0.80),
    (("identity", "cross_doc_same_iri"), 0.95),
]
#: (metric path, highest acceptable value)
CEILINGS = [(("identity", "split_in_doc"), 3)]


@pytest.fixture(scope="module")
def dev_scores(built_store: tuple[Path, object]) -> dict:
    if not GOLD.is_dir():
        pytest.skip(f"no dev gold at {GOLD}")
    from kg.evaluate import evaluate

    store, _ = built_store
    return evaluate(GOLD, CORPUS, store)


@pytest.mark.model
@pytest.mark.parametrize(("path", "floor"), FLOORS, ids=[".".join(p) for p, _ in FLOORS])
def test_dev_figure_at_or_above_target(dev_scores: dict, path: tuple[str, str], floor: float) -> None:
    value = dev_scores[path[0]][path[1]]
    assert value >= floor, f"{'.'.join(path)} fell to {value} (target {floor})"


@pytest.mark.model
@pytest.mark.parametrize(("path", "ceiling"), CEILINGS, ids=[".".join(p) for p, _ in CEILINGS])
def test_dev_figure_at_or_below_target(dev_scores: dict, path: tuple[str, str], ceiling: float) -> None:
    value = dev_scores[path[0]][path[1]]
    assert value <= ceiling, f"{'.'.join(path)} rose to {value} (target at most {ceiling})"


@pytest.mark.model
def test_every_statement_target_has_a_polarity(dev_scores: dict) -> None:
    assert dev_scores["stance"]["n"] > 0


#: (kind, metric, lowest acceptable value) of the links across documents on the seeds'
#: v1.4 gold (tests/links/seeds.json): what the linking reaches now, below the targets of
#: 0.80 (same utterance) and 0.70 (contradictions, of which the seed gold holds none).
#: Measured: same utterance P 0.80 R 0.53 F1 0.64; corroborations P 0.82 R 0.39 F1 0.53
LINK_FLOORS = [
    ("same_utterance", "f1", 0.8),  # the target
    ("same_utterance", "p", 0.85),
    ("corroborations", "f1", 0.54),
    ("corroborations", "r", 0.47),
]


@pytest.mark.model
@pytest.mark.parametrize(("kind", "metric", "floor"), LINK_FLOORS, ids=[f"{k}.{m}" for k, m, _ in LINK_FLOORS])
def test_dev_links_at_or_above_floor(built_store: tuple[Path, object], kind: str, metric: str, floor: float) -> None:
    from kg.evaluate import evaluate_links

    scores = evaluate_links(Path(__file__).parent / "links" / "seeds.json", CORPUS, built_store[0])
    assert scores[kind][metric] >= floor, f"{kind}.{metric} fell to {scores[kind][metric]} (floor {floor})"
    assert scores["contradictions"]["n_gold"] == 0 and scores["contradictions"]["n_sys"] == 0
