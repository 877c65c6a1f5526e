"""Links across documents (kg.links): same utterance, corroboration, contradiction."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg import vocab
from kg.links import (
    LINKS_GRAPH,
    LinkSettings,
    Report,
    _context,
    find_links,
    link_store,
    links_are_current,
    links_ntriples,
    overlap,
    period_of,
)
from kg.store import open_store
from kg.validate import validate_ntriples

DEC = period_of("2024-12-19")
AUG = period_of("2025-08-26")


def report(doc: str, text: str, stances: dict[str, str], *, outlet: str | None = None, period: object = DEC,
           speaker: str = "ilham_aliyev", n: int = 0) -> Report:
    return Report(f"{vocab.document_iri(doc)}/statement/{n}-{n + 10}-{speaker}", doc, outlet or f"outlet of {doc}",
                  speaker, text, period, stances)  # type: ignore[arg-type]


FAILED_STATE_A = report("a.txt", "Aliyev said Macron is turning France into a failed state after its failures in Africa.",
                        {"france": "Negative", "emmanuel_macron": "Negative"})
FAILED_STATE_B = report("b.txt", "Aliyev accused France of becoming a failed state under Macron, pointing to Africa.",
                        {"france": "Negative", "emmanuel_macron": "Neutral"})
ALLIANCE_A = report("a.txt", "Aliyev praised the declaration on allied interaction with Russia.", {"russia": "Positive"}, n=20)
GRIEVANCE_C = report("c.txt", "Aliyev said the shooting down of the plane by Russia created a crisis.", {"russia": "Negative"},
                     period=AUG)


def test_periods_are_the_days_a_date_names() -> None:
    assert period_of("2024-12") == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    assert period_of("2024") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert period_of("2024-02-30") is None and period_of(None) is None
    assert overlap(period_of("2024-12"), period_of("2025-01-10"), 31) is True
    assert overlap(DEC, AUG, 31) is False
    assert overlap(DEC, None, 31) is None


def test_two_outlets_reporting_one_remark_in_other_words_are_one_utterance() -> None:
    links = find_links([FAILED_STATE_A, ALLIANCE_A, FAILED_STATE_B])
    assert [[r.doc for r in group] for group in links.utterances] == [["a.txt", "b.txt"]]
    assert links.utterances[0] == [FAILED_STATE_A, FAILED_STATE_B]


def test_remarks_months_apart_are_not_one_utterance_even_through_an_undated_report() -> None:
    """An undated report similar to both must not chain remarks eight months apart."""
    undated = report("b.txt", "Aliyev said Russia shot down the plane and praised the allied interaction with Russia.",
                     {"russia": "Positive"}, period=None)
    december = report("a.txt", "Aliyev said Russia shot down nothing and praised the allied interaction with Russia.",
                      {"russia": "Positive"})
    august = report("c.txt", "Aliyev said Russia shot down the plane and praised the allied interaction with Russia.",
                    {"russia": "Positive"}, period=AUG)
    for group in find_links([december, undated, august], LinkSettings(same_utterance=0.2)).utterances:
        assert not {"a.txt", "c.txt"} <= {r.doc for r in group}


def test_stances_of_two_outlets_corroborate_or_contradict_within_the_period() -> None:
    positive_b = report("b.txt", "Aliyev reaffirmed the alliance with Russia.", {"russia": "Positive"}, n=30)
    links = find_links([FAILED_STATE_A, ALLIANCE_A, FAILED_STATE_B, positive_b, GRIEVANCE_C])
    found = {(link.kind, link.first.doc, link.second.doc, link.target) for link in links.stance_links}
    assert found == {("corroborates", "a.txt", "b.txt", "france"), ("corroborates", "a.txt", "b.txt", "russia")}
    # one outlet never corroborates itself; opposite stances in the period contradict
    same_outlet = report("b.txt", "Aliyev condemned Russia.", {"russia": "Negative"}, outlet="outlet of a.txt", n=40)
    other = report("d.txt", "Aliyev condemned Russia.", {"russia": "Negative"}, n=50)
    kinds = {(link.kind, link.first.doc, link.second.doc) for link in find_links([ALLIANCE_A, same_outlet, other]).stance_links}
    assert kinds == {("contradicts", "a.txt", "d.txt"), ("corroborates", "b.txt", "d.txt")}


ARMS_RACE_A = report("a.txt", "Aliyev warned that Armenia cannot possibly win the arms race it provokes.", {"armenia": "Negative"}, n=60)
ARMS_RACE_B = report("b.txt", "Aliyev warned that Armenia would lose an arms race with Azerbaijan.", {"armenia": "Negative"}, n=60)
ALLIANCE_B = report("b.txt", "Aliyev praised the allied interaction declaration signed with Russia.", {"russia": "Positive"}, n=20)


def test_a_lone_similar_remark_needs_both_dates() -> None:
    """One similar sentence and no date is too little to say two outlets report one remark."""
    undated = report("b.txt", FAILED_STATE_B.text, dict(FAILED_STATE_B.stances), period=None)
    assert find_links([FAILED_STATE_A, undated]).utterances == []
    assert len(find_links([FAILED_STATE_A, FAILED_STATE_B]).utterances) == 1


def test_an_undated_report_takes_the_period_of_its_utterance() -> None:
    """Three remarks in common make one occasion: an undated document's reports join it and take its period."""
    undated = [Report(r.iri, r.doc, r.outlet, r.speaker, r.text, None, r.stances) for r in (FAILED_STATE_B, ALLIANCE_B, ARMS_RACE_B)]
    links = find_links([FAILED_STATE_A, ALLIANCE_A, ARMS_RACE_A, *undated])
    assert sorted(len(group) for group in links.utterances) == [2, 2, 2]
    assert {(link.kind, link.target) for link in links.stance_links} == {
        ("corroborates", "france"), ("corroborates", "russia"), ("corroborates", "armenia")}
    assert find_links([undated[0], GRIEVANCE_C]).stance_links == []  # no period: no stance link


def test_an_undated_document_takes_the_period_of_the_occasion_it_reports() -> None:
    """A statement of an undated article about an interview, reported by no other document,
    is dated by the interview: its stances corroborate the dated report's."""
    undated = [Report(r.iri, r.doc, r.outlet, r.speaker, r.text, None, r.stances) for r in (FAILED_STATE_B, ALLIANCE_B, ARMS_RACE_B)]
    meddling = report("b.txt", "He claimed that external forces sought to meddle in Georgian affairs.", {"france": "Negative"},
                      period=None, n=90)
    links = find_links([FAILED_STATE_A, ALLIANCE_A, ARMS_RACE_A, *undated, meddling])
    assert all(meddling not in group for group in links.utterances)
    found = {(k.kind, k.first.iri, k.second.iri, k.target) for k in links.stance_links}
    assert ("corroborates", FAILED_STATE_A.iri, meddling.iri, "france") in found
    alone = find_links([FAILED_STATE_A, meddling])  # without the occasion it has no period
    assert alone.stance_links == []


def test_a_statement_that_sums_up_two_remarks_reports_both_utterances() -> None:
    war = report("a.txt", "Aliyev hopes there will be no hot war between NATO and Russia, which would be apocalyptic.",
                 {"nato": "Neutral", "russia": "Neutral"}, n=70)
    policy = report("a.txt", "Aliyev expressed optimism that Trump will change American foreign policy.",
                    {"donald_trump": "Positive"}, n=80)
    both = report("b.txt", "Aliyev hopes a war between NATO and Russia is avoided and expressed optimism that Trump "
                  "will change American foreign policy.", {"nato": "Neutral", "russia": "Neutral", "donald_trump": "Positive"}, n=70)
    links = find_links([FAILED_STATE_A, ALLIANCE_A, ARMS_RACE_A, war, policy, FAILED_STATE_B, ALLIANCE_B, ARMS_RACE_B, both])
    with_both = sorted(sorted(r.text[:20] for r in group if r.doc == "a.txt") for group in links.utterances if both in group)
    assert with_both == [[policy.text[:20]], [war.text[:20]]]
    graph = links_ntriples(links)
    assert graph.count(f"<{both.iri}> <{vocab.KG}reports>") == 2
    assert validate_ntriples(graph + _context(links)).conforms
    # without an occasion in common, a statement is linked to its one mutual best match at most
    alone = find_links([war, policy, both])
    assert sum(both in group for group in alone.utterances) <= 1


def test_the_links_graph_is_deterministic_and_conforms(tmp_path: Path) -> None:
    reports = [FAILED_STATE_A, ALLIANCE_A, FAILED_STATE_B, GRIEVANCE_C]
    first, again = links_ntriples(find_links(reports)), links_ntriples(find_links(list(reversed(reports))))
    assert first == again and "Utterance" in first and "Corroboration" in first
    assert validate_ntriples(first + _context(find_links(reports))).conforms


def test_link_store_replaces_the_links_graph(tmp_path: Path) -> None:
    from test_store import fixture_graph

    with open_store(tmp_path / "store") as db:
        db.replace_graph(vocab.document_graph("000_test.txt"), fixture_graph())
        assert not links_are_current(db)
        links, problems = link_store(db)
        assert problems == "" and links.utterances == []
        assert db.count_triples(LINKS_GRAPH) == 1  # only the version of the linking
        assert links_are_current(db) and not links_are_current(db, LinkSettings(period_days=7))
        db.replace_graph(vocab.document_graph("001_test.txt"), fixture_graph(doc_name="001_test.txt"))
        assert not links_are_current(db)  # a document changed since


@pytest.mark.model
def test_kg_validate_checks_the_links_graph(built_store: tuple[Path, object], tmp_path: Path) -> None:
    """A links graph edited by hand (here: a corroboration left with one side) fails kg validate."""
    from conftest import copy_store

    from kg.validate import validate_store

    path = copy_store(built_store[0], tmp_path / "store")
    kg = vocab.KG
    with open_store(path) as store:
        store.update(f"""DELETE {{ GRAPH <{LINKS_GRAPH}> {{ ?link <{kg}between> ?side }} }} WHERE {{
            {{ SELECT ?link (MIN(STR(?s)) AS ?first) WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?link a <{kg}Corroboration> ; <{kg}between> ?s }} }}
               GROUP BY ?link ORDER BY ?link LIMIT 1 }}
            GRAPH <{LINKS_GRAPH}> {{ ?link <{kg}between> ?side }} FILTER(STR(?side) = ?first) }}""")
    result = validate_store(path)
    assert not result.conforms
    assert {v.graph for v in result.violations} == {LINKS_GRAPH}
    assert any("exactly two statements" in v.message for v in result.violations), result.text


def test_regression_an_undated_article_belongs_to_its_best_supported_occasion() -> None:
    """An undated article close to a May briefing and, less so, to a March one on the same
    themes is about May: the March remarks are not joined to it, whatever the document order."""
    may, march = period_of("2025-05-21"), period_of("2025-03-12")
    themes = [("thanked Turkey for hosting the Black Sea shipping talks in Istanbul", "turkiye"),
              ("called the new American sanctions on Russian shipping companies illegal", "united_states"),
              ("said contacts with Washington would continue at every level", "united_states")]
    undated = [report("c.txt", f"Peskov {text}.", {target: "Neutral"}, period=None, speaker="dmitry_peskov", n=10 * k)
               for k, (text, target) in enumerate(themes)]
    briefing = [report("b.txt", f"Peskov {text} last week.", {target: "Neutral"}, period=may, speaker="dmitry_peskov", n=10 * k)
                for k, (text, target) in enumerate(themes)]
    earlier = [report("a.txt", f"Peskov also {' '.join(text.split()[:5])} in March.", {target: "Neutral"}, period=march,
                      speaker="dmitry_peskov", n=10 * k) for k, (text, target) in enumerate(themes)]
    for order in (earlier + briefing + undated, undated + briefing + earlier):
        links = find_links(order)
        assert sorted(sorted(r.doc for r in group) for group in links.utterances) == [["b.txt", "c.txt"]] * 3


def test_stance_links_grow_with_the_statements_not_with_their_pairs() -> None:
    """300 reports of one critical remark by three outlets on one day: every report is linked to
    each other outlet, and to at most LinkSettings.stance_partners reports in all (all pairs
    would be 30,000 links)."""
    settings = LinkSettings()
    many = [report(f"{n:03d}.txt", f"Aliyev condemned Russia, statement {n}.", {"russia": "Negative"},
                   outlet=f"outlet {n % 3}", n=n) for n in range(300)]
    links = find_links(many, settings).stance_links
    partners: dict[str, set[str]] = {r.iri: set() for r in many}
    for link in links:
        assert link.kind == "corroborates" and link.first.outlet != link.second.outlet
        partners[link.first.iri].add(link.second.iri)
        partners[link.second.iri].add(link.first.iri)
    outlet = {r.iri: r.outlet for r in many}
    assert len(links) <= settings.stance_partners * len(many)
    for r in many:
        assert {outlet[p] for p in partners[r.iri]} == {f"outlet {n}" for n in range(3)} - {r.outlet}
