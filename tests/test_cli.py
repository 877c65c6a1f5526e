"""The ``kg`` command line, run in-process with typer's CliRunner.

Exit codes (README): 0 ok, 1 the graph does not conform to the shapes, 2 a user error,
reported as one line "Error: ..." on standard error, never as a traceback.

The tests marked ``model`` share one build of the small made-up corpus (conftest's
``SMALL_ARTICLES``) made through ``kg build`` itself (:func:`cli_build`).
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import PIPE, QUERIES, SHAPES, SMALL_ARTICLES, WIDE, require_same_extractor, write_small_corpus
from typer.testing import CliRunner, Result

from kg import vocab
from kg.cli import app
from kg.export import EXTENSIONS

STATEMENT_COLUMNS = "doc,statement,speaker,speaker_label,cue,kind,start,end,text"
COMMANDS = ("build", "validate", "queries", "query", "export", "report", "stats", "serve", "eval", "load")


def kg(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    """Run ``kg ARGS`` in-process in a wide terminal; stdout and stderr are kept apart."""
    return CliRunner().invoke(app, [str(a) for a in args], prog_name="kg", env={**WIDE, **(env or {})})


def assert_user_error(result: Result, *fragments: str) -> str:
    """Exit 2 with exactly one "Error: ..." line on stderr, no traceback; returns that line."""
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: "), lines[0]
    assert not result.stdout.strip(), result.stdout
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


def table_row(output: str, first_cell: str) -> list[str]:
    """The cells of the rich table row whose first cell is ``first_cell``."""
    for line in output.splitlines():
        cells = [c.strip() for c in re.split(r"[│┃]", line)[1:-1]]
        if cells and cells[0] == first_cell:
            return cells
    raise AssertionError(f"no table row {first_cell!r} in:\n{output}")


# -------------------------------------------------------------------------- help


def test_help_lists_every_command() -> None:
    result = kg("--help")
    assert result.exit_code == 0, result.output
    import typer.main

    group = typer.main.get_command(app)
    assert set(group.commands) == set(COMMANDS)  # type: ignore[attr-defined]
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        summary = command.get_short_help_str(limit=200)
        assert summary, f"command {name} has no help text"
        assert re.search(rf"│ {name} +{re.escape(summary[:40])}", result.output), (name, result.output)


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(command: str) -> None:
    import typer.main

    click_command = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    assert (click_command.help or "").strip(), f"kg {command} has no docstring"
    for param in click_command.params:
        if param.name != "help":
            assert (getattr(param, "help", None) or "").strip(), f"kg {command}: {param.name} has no help"
    result = kg(command, "--help")
    assert result.exit_code == 0, result.output
    assert click_command.help.split(".")[0].split()[0] in result.output


def test_no_arguments_shows_help() -> None:
    result = kg()
    assert "build" in result.output and "Usage" in result.output
    assert "Traceback" not in result.output


# -------------------------------------------------------------------------- build


@pytest.fixture(scope="module")
def cli_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path, Path]:
    """(result, corpus, store) of ``kg build`` on the small corpus into a new store."""
    base = tmp_path_factory.mktemp("cli")
    corpus = write_small_corpus(base / "corpus")
    store = base / "store"
    return kg("build", corpus, "--store", store), corpus, store


@pytest.fixture
def store(cli_build: tuple[Result, Path, Path]) -> Path:
    result, _, store = cli_build
    assert result.exit_code == 0, result.output
    return store


@pytest.mark.model
def test_build_prints_summary_table(cli_build: tuple[Result, Path, Path]) -> None:
    result, _, store = cli_build
    assert result.exit_code == 0, result.output
    assert table_row(result.output, "document") == [
        "document", "status", "entities", "mentions", "statements", "events", "triples",
    ]
    for name in SMALL_ARTICLES:
        row = table_row(result.output, name)
        assert row[1] == "built", row
        assert all(cell.isdigit() for cell in row[2:]), row
        assert int(row[-1]) > 0 and int(row[4]) > 0, row  # triples, statements
    assert f"kg build → {store}" in result.output
    assert "model: en_core_web_sm" in result.output
    assert (store / "CURRENT").is_file()


@pytest.mark.model
def test_second_build_reports_documents_unchanged(store: Path, cli_build: tuple[Result, Path, Path]) -> None:
    _, corpus, _ = cli_build
    require_same_extractor(store)
    result = kg("build", corpus, "--store", store)
    assert result.exit_code == 0, result.output
    for name in SMALL_ARTICLES:
        assert table_row(result.output, name)[1] == "unchanged"
    assert "built" not in result.output


@pytest.mark.model
def test_build_table_shows_full_document_names_in_80_columns(
    store: Path, cli_build: tuple[Result, Path, Path]
) -> None:
    _, corpus, _ = cli_build
    require_same_extractor(store)
    result = kg("build", corpus, "--store", store, env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    for name in SMALL_ARTICLES:
        assert name in result.output, result.output


@pytest.mark.parametrize("kind", ["missing", "file", "empty"])
def test_build_bad_corpus_folder_is_a_user_error(tmp_path: Path, kind: str) -> None:
    corpus = tmp_path / "no-such-corpus"
    if kind == "file":
        corpus.write_text("not a folder", encoding="utf-8")
    elif kind == "empty":
        corpus.mkdir()
        (corpus / "notes.csv").write_text("a,b\n", encoding="utf-8")
    store = tmp_path / "store"
    result = kg("build", corpus, "--store", store)
    assert_user_error(result, str(corpus))
    assert not store.exists(), "a failed build must not leave a store behind"


@pytest.mark.model
def test_non_conforming_build_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a stricter shapes folder (every document needs a dcterms:creator), summit.md (no
    byline) does not conform: it is reported and not stored, ruritania.txt is, exit 1."""
    from kg import validate as kg_validate

    shapes = tmp_path / "shapes"
    shapes.mkdir()
    shutil.copy(SHAPES / "kg.ttl", shapes / "kg.ttl")
    (shapes / "strict.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix kg: <https://w3id.org/kg-news/ontology#> .\n"
        "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
        "<urn:test:DocumentCreator> a sh:NodeShape ; sh:targetClass kg:Document ;\n"
        "  sh:property [ sh:path dcterms:creator ; sh:minCount 1 ;\n"
        '    sh:message "A document needs a dcterms:creator." ] .\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(kg_validate, "SHAPES_DIR", shapes)
    corpus = write_small_corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    result = kg("build", corpus, "--store", store)
    assert result.exit_code == 1, result.output
    assert table_row(result.output, "summit.md")[1] == "invalid"
    assert table_row(result.output, "ruritania.txt")[1] == "built"
    assert "summit.md does not conform to the shapes; it was not stored" in result.output
    assert "A document needs a dcterms:creator." in result.output
    assert "Traceback" not in result.output

    from kg.store import open_store

    with open_store(store, read_only=True) as db:
        graphs = db.graphs()
    assert vocab.document_graph("ruritania.txt") in graphs
    assert vocab.document_graph("summit.md") not in graphs


# -------------------------------------------------------------------------- query


def test_query_unknown_name_lists_available_queries(tmp_path: Path) -> None:
    result = kg("query", "no-such-query", "--store", tmp_path / "store")
    line = assert_user_error(result, "no-such-query")
    names = sorted(p.stem for p in QUERIES.glob("*.rq"))
    assert names
    for name in names:
        assert name in line


def test_query_missing_rq_file(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.rq"
    assert_user_error(kg("query", missing, "--store", tmp_path / "store"), "nothing.rq")


@pytest.mark.model
def test_query_invalid_format(store: Path) -> None:
    line = assert_user_error(kg("query", "statements", "--format", "yaml", "--store", store), "unknown format")
    for fmt in ("table", "csv", "tsv", "json", "xml"):
        assert fmt in line


@pytest.mark.model
@pytest.mark.parametrize("param", ["speaker", "=Jane Doe", ""])
def test_query_malformed_param(store: Path, param: str) -> None:
    result = kg("query", "statements-by-speaker", "--param", param, "--store", store)
    assert_user_error(result, "name=value")


@pytest.mark.model
def test_query_unknown_and_missing_params(store: Path, tmp_path: Path) -> None:
    result = kg("query", "statements-by-speaker", "--param", "nobody=x", "--store", store)
    assert_user_error(result, "nobody", "speaker")
    rq = tmp_path / "by-label.rq"  # a required parameter without a #+ defaults value
    rq.write_text(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?e WHERE { GRAPH ?g { ?e rdfs:label ?_label } }\n",
        encoding="utf-8",
    )
    assert_user_error(kg("query", rq, "--store", store), "'label'", "--param label=")
    found = kg("query", rq, "--param", "label=Jane Doe", "--format", "csv", "--store", store)
    assert found.stdout.splitlines() == ["e", vocab.entity_iri("jane_doe")]


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.model
def test_query_statements_csv(store: Path) -> None:
    result = kg("query", "statements", "--format", "csv", "--store", store)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == STATEMENT_COLUMNS
    rows = read_csv(result.stdout)
    assert {r["doc"] for r in rows} == set(SMALL_ARTICLES)
    for row in rows:
        text = SMALL_ARTICLES[row["doc"]]
        assert text[int(row["start"]):int(row["end"])] == row["text"]
        assert row["kind"] in ("direct", "indirect", "mixed")
        assert row["speaker"].startswith(vocab.DATA + "entity/")
    # a quotation over two sentences: one direct statement of Jane Doe per sentence
    quote = SMALL_ARTICLES["ruritania.txt"]
    for sentence in ("We have been clear about this for years.", "Our neutrality is not for sale"):
        at = quote.index(sentence)
        covering = [r for r in rows if r["doc"] == "ruritania.txt" and int(r["start"]) <= at < int(r["end"])]
        assert [(r["speaker_label"], r["kind"]) for r in covering] == [("Jane Doe", "direct")], covering


@pytest.mark.model
def test_query_formats_agree(store: Path) -> None:
    as_csv = read_csv(kg("query", "statements", "--format", "csv", "--store", store).stdout)
    tsv = kg("query", "statements", "--format", "tsv", "--store", store)
    assert tsv.exit_code == 0
    assert tsv.stdout.splitlines()[0].split("\t") == [f"?{c}" for c in STATEMENT_COLUMNS.split(",")]
    assert len(tsv.stdout.splitlines()) == len(as_csv) + 1
    as_json = json.loads(kg("query", "statements", "--format", "json", "--store", store).stdout)
    assert as_json["head"]["vars"] == STATEMENT_COLUMNS.split(",")
    bindings = as_json["results"]["bindings"]
    assert [b["text"]["value"] for b in bindings] == [r["text"] for r in as_csv]
    assert {b["start"].get("datatype") for b in bindings} == {vocab.XSD + "integer"}
    table = kg("query", "statements", "--store", store)
    assert table.exit_code == 0
    assert f"statements ({len(as_csv)} rows)" in table.stdout


@pytest.mark.model
def test_query_binds_parameters_as_terms(store: Path) -> None:
    args = ("query", "statements-by-speaker", "--format", "csv", "--store", store)
    jane = read_csv(kg(*args, "--param", "speaker=jane doe").stdout)
    assert jane and {r["speaker_label"] for r in jane} == {"Jane Doe"}
    by_iri = read_csv(kg(*args, "--param", f"speaker={vocab.entity_iri('jane_doe')}").stdout)
    assert by_iri == jane
    injected = kg(*args, "--param", 'speaker=x") || true || STR("')
    assert injected.exit_code == 0, injected.output
    assert read_csv(injected.stdout) == []


@pytest.mark.model
def test_query_rq_file(store: Path, tmp_path: Path) -> None:
    rq = tmp_path / "labels.rq"
    rq.write_text(
        "#+ summary: Labels of the persons\n"
        "PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT DISTINCT ?label WHERE { GRAPH ?g { ?p a kg:Person ; rdfs:label ?label } } ORDER BY ?label\n",
        encoding="utf-8",
    )
    result = kg("query", rq, "--format", "csv", "--store", store)
    assert result.exit_code == 0, result.output
    labels = [r["label"] for r in read_csv(result.stdout)]
    assert "Jane Doe" in labels and "Karl Weber" in labels


def test_queries_lists_every_saved_query() -> None:
    from kg.query import load_query

    result = kg("queries")
    assert result.exit_code == 0, result.output
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 10
    for path in files:
        summary = load_query(path).summary
        assert summary, f"{path.name} has no #+ summary"
        row = table_row(result.output, path.stem)
        assert row[1] == summary


# -------------------------------------------------------------------------- export

#: export format -> (pyoxigraph format name, rdflib format, holds named graphs)
EXPORTS: dict[str, tuple[str, str, bool]] = {
    "turtle": ("TURTLE", "turtle", False),
    "ntriples": ("N_TRIPLES", "nt", False),
    "trig": ("TRIG", "trig", True),
    "nquads": ("N_QUADS", "nquads", True),
    "jsonld": ("JSON_LD", "json-ld", True),  # kg/export.py: "named graphs kept"
}


def store_content(store: Path) -> tuple[set[Any], set[Any]]:
    """(quads, union triples) of a store, as pyoxigraph terms."""
    from kg.store import open_store

    with open_store(store, read_only=True) as db:
        return set(db.inner), set(db.union_triples())


def parse_with_oxigraph(path: Path, fmt: str) -> set[Any]:
    import pyoxigraph as ox

    ox_format, _, datasets = EXPORTS[fmt]
    quads = list(ox.parse(path=str(path), format=getattr(ox.RdfFormat, ox_format)))
    if datasets:
        return set(quads)
    assert all(q.graph_name == ox.DefaultGraph() for q in quads)
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}


def parse_with_rdflib(path: Path, fmt: str) -> int:
    import warnings

    import rdflib

    _, rdflib_format, datasets = EXPORTS[fmt]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        if not datasets:
            return len(rdflib.Graph().parse(path, format=rdflib_format))
        dataset = rdflib.Dataset()
        dataset.parse(path, format=rdflib_format)
        assert len(dataset.default_graph) == 0
        return sum(1 for _ in dataset.quads((None, None, None, None)))


@pytest.mark.model
@pytest.mark.parametrize("fmt", list(EXPORTS))
def test_export_file_parses_back_to_the_store_size(store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"export{EXTENSIONS[fmt]}"
    result = kg("export", "--format", fmt, "-o", out, "--store", store)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"Wrote {out}" in result.stderr
    quads, union = store_content(store)
    expected = len(quads) if EXPORTS[fmt][2] else len(union)
    assert len(quads) > len(union) > 0  # registry entities repeat in document graphs
    assert len(parse_with_oxigraph(out, fmt)) == expected
    assert parse_with_rdflib(out, fmt) == expected


def without_blank_nodes(items: set[Any]) -> set[Any]:
    import pyoxigraph as ox

    return {q for q in items if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}


@pytest.mark.model
@pytest.mark.parametrize(
    "fmt",
    [
        "turtle",
        "trig",
        "nquads",
        "jsonld",
    ],
)
def test_export_holds_exactly_the_store_terms(store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"export{EXTENSIONS[fmt]}"
    assert kg("export", "--format", fmt, "-o", out, "--store", store).exit_code == 0
    quads, union = store_content(store)
    expected = quads if EXPORTS[fmt][2] else union
    assert without_blank_nodes(parse_with_oxigraph(out, fmt)) == without_blank_nodes(expected)


@pytest.mark.model
def test_export_to_stdout(store: Path) -> None:
    result = kg("export", "--format", "nquads", "--store", store)
    assert result.exit_code == 0, result.output
    quads, _ = store_content(store)
    assert len([line for line in result.stdout.splitlines() if line.strip()]) == len(quads)


@pytest.mark.model
def test_export_user_errors(store: Path, tmp_path: Path) -> None:
    assert_user_error(kg("export", "--format", "rdfxml", "--store", store), "rdfxml", "turtle")
    out = tmp_path / "missing-folder" / "x.ttl"
    assert_user_error(kg("export", "-o", out, "--store", store), str(out.parent))


@pytest.fixture
def fixture_store(tmp_path: Path) -> Path:
    """A store holding test_store's document and registry graphs (no model needed)."""
    from test_store import load_fixture

    from kg.store import open_store

    path = tmp_path / "fixture-store"
    with open_store(path) as db:
        load_fixture(db)
    return path


@pytest.mark.parametrize("fmt", list(EXPORTS))
def test_export_format_from_the_extension(fixture_store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"kg{EXTENSIONS[fmt]}"
    result = kg("export", "-o", out, "--store", fixture_store)
    assert result.exit_code == 0, result.output
    quads, union = store_content(fixture_store)
    assert len(parse_with_oxigraph(out, fmt)) == len(quads if EXPORTS[fmt][2] else union)


def test_export_refuses_misleading_extensions(fixture_store: Path, tmp_path: Path) -> None:
    assert_user_error(kg("export", "-o", tmp_path / "kg.nquads", "--store", fixture_store), "kg.nq", "Oxigraph")
    assert_user_error(kg("export", "-f", "turtle", "-o", tmp_path / "kg.nq", "--store", fixture_store), "kg.ttl")
    assert not list(tmp_path.glob("kg.*"))


def test_export_one_graph(fixture_store: Path) -> None:
    from test_store import DOC

    graph = vocab.document_graph(DOC)
    for name in (DOC, f"corpus/{DOC}", graph):
        result = kg("export", "--graph", name, "--format", "nquads", "--store", fixture_store)
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert lines and all(line.endswith(f" <{graph}> .") for line in lines)
    triples = kg("export", "-g", DOC, "-f", "ntriples", "--store", fixture_store).stdout.splitlines()
    assert len(triples) == len(lines) and not any(graph in line for line in triples)


def test_export_unknown_graph(fixture_store: Path) -> None:
    assert_user_error(kg("export", "--graph", "nope.txt", "--store", fixture_store), "nope.txt", "kg query sources")


# -------------------------------------------------------------------------- stats, validate


@pytest.mark.model
def test_stats_prints_counts(store: Path) -> None:
    result = kg("stats", "--store", store)
    assert result.exit_code == 0, result.output
    quads, _ = store_content(store)
    assert table_row(result.output, "quads (triples in all graphs)")[1] == f"{len(quads):,}"
    assert table_row(result.output, "documents")[1] == str(len(SMALL_ARTICLES))
    assert table_row(result.output, "named graphs")[1] == str(len(SMALL_ARTICLES) + 3)  # registry, ontology, links
    statements = read_csv(kg("query", "statements", "--format", "csv", "--store", store).stdout)
    assert table_row(result.output, "statements")[1] == str(len(statements))
    assert int(table_row(result.output, "events")[1]) >= 1
    counts = {cls: int(table_row(result.output, f"entities: {cls}")[1]) for cls in ("Person", "Country", "Organization", "Place")}
    assert counts["Person"] >= 2 and counts["Place"] >= 1  # Jane Doe, Karl Weber; Strelsau, Vienna


@pytest.mark.model
def test_stats_json_gives_the_same_counts(store: Path) -> None:
    figures = json.loads(kg("stats", "--json", "--store", store).stdout)
    quads, _ = store_content(store)
    assert figures["quads"] == len(quads)
    assert figures["documents"] == len(SMALL_ARTICLES)
    assert set(figures["entities"]) >= {"Person", "Country", "Organization", "Place"}


@pytest.mark.model
def test_validate_built_store(store: Path) -> None:
    result = kg("validate", "--store", store)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Conforms")


@pytest.mark.parametrize(
    "args",
    [["validate"], ["query", "statements"], ["stats"], ["export", "--format", "turtle"]],
    ids=lambda a: a[0],
)
def test_command_on_missing_store_says_build_first(tmp_path: Path, args: list[str]) -> None:
    store = tmp_path / "never-built"
    line = assert_user_error(kg(*args, "--store", store), str(store))
    assert "kg build" in line
    assert not store.exists(), "a read-only command must not create a store"


def test_store_option_from_environment(tmp_path: Path) -> None:
    store = tmp_path / "from-env"
    assert_user_error(kg("stats", env={"KG_STORE": str(store)}), str(store))


BAD_DOCUMENT = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix doc: <https://w3id.org/kg-news/id/doc/bad.txt/> .
<https://w3id.org/kg-news/id/doc/bad.txt> a kg:Document ;
    kg:fileName "bad.txt" ;
    kg:checksum "sha256:0000000000000000000000000000000000000000000000000000000000000000" ;
    kg:text "Jane Doe said no." .
doc:span\\/0-17 a kg:TextSpan ; kg:inDocument <https://w3id.org/kg-news/id/doc/bad.txt> ;
    kg:start 0 ; kg:end 17 ; kg:exact "Jane Doe said no." .
doc:statement\\/0-17-jane_doe a kg:Statement ;
    kg:cue "say" ; kg:kind kg:Indirect ; kg:content "no" ;
    kg:evidence doc:span\\/0-17 ;
    kg:inDocument <https://w3id.org/kg-news/id/doc/bad.txt> .
"""


def test_validate_store_with_statement_without_speaker_exits_1(tmp_path: Path) -> None:
    from kg.store import open_store

    store = tmp_path / "store"
    with open_store(store) as db:
        assert db.replace_graph(vocab.document_graph("bad.txt"), BAD_DOCUMENT) == 15
    result = kg("validate", "--store", store)
    assert result.exit_code == 1, result.output
    assert "Does not conform: 1 violation(s)." in result.stdout
    assert "kg:speaker" in result.stdout
    assert "statement/0-17-jane_doe" in result.stdout
    # the store stays readable
    rows = read_csv(kg("query", "statements", "--format", "csv", "--store", store).stdout)
    assert rows == []  # the statements query needs a speaker


def test_build_into_a_locked_store_is_a_user_error(small_corpus: Path, tmp_path: Path) -> None:
    from kg.store import open_store

    store = tmp_path / "store"
    with open_store(store):  # another writer holds the RocksDB lock
        assert_user_error(kg("build", small_corpus, "--store", store), str(store), "locked")


def test_eval_missing_gold_folder_is_a_user_error(tmp_path: Path) -> None:
    gold = tmp_path / "no-gold"
    assert_user_error(kg("eval", gold, "--store", tmp_path / "store"), str(gold))


def test_version_prints_the_package_version() -> None:
    from kg import __version__

    result = kg("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"kg {__version__}"


def test_file_names_are_printed_as_they_are(tmp_path: Path) -> None:
    """Regression: rich read ``[bold]`` in a file name as markup and printed ``b.txt``, and
    an escape sequence in a name reached the terminal raw."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    names = ["[bold]b.txt", "kg:speaker: said.txt", "a\x1b[31mred.txt"]
    for name in names:
        (corpus / name).write_text("")  # empty: skipped with a warning naming the file
    result = kg("build", corpus, "--store", tmp_path / "store")
    assert "[bold]b.txt is empty" in result.stdout
    assert "kg:speaker: said.txt is empty" in result.stdout
    assert "a\\x1b[31mred.txt is empty" in result.stdout
    assert "\x1b" not in result.stdout


def test_build_with_a_model_that_is_not_installed_leaves_no_store(tmp_path: Path) -> None:
    """Regression: the build failed on the model but left an empty store that `kg validate`
    called conforming."""
    corpus = write_small_corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    assert_user_error(kg("build", corpus, "--store", store, "--model", "no_such_model_xx"),
                      "no_such_model_xx", "--model")
    assert not store.exists()
    assert_user_error(kg("validate", "--store", store))


def test_build_that_fails_keeps_an_existing_store(tmp_path: Path) -> None:
    corpus = write_small_corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text(" \n", encoding="utf-8")
    assert kg("build", empty, "--store", store).exit_code == 0  # a store with no document graph
    before = store_content(store)
    assert_user_error(kg("build", corpus, "--store", store, "--model", "no_such_model_xx"), "no_such_model_xx")
    assert store_content(store) == before


def test_query_from_expression_and_standard_input(fixture_store: Path) -> None:
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    inline = kg("query", "-e", sparql, "-f", "csv", "--store", fixture_store)
    assert inline.exit_code == 0, inline.output
    quads, _ = store_content(fixture_store)
    assert inline.stdout.splitlines() == ["n", str(len(quads))]
    piped = CliRunner().invoke(app, ["query", "-", "-f", "csv", "--store", str(fixture_store)], input=sparql, env=WIDE)
    assert piped.exit_code == 0 and piped.stdout == inline.stdout


def test_tables_into_a_pipe_are_plain_text(fixture_store: Path) -> None:
    sparql = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    boxed = kg("query", "-e", sparql, "--store", fixture_store)
    plain = CliRunner().invoke(app, ["query", "-e", sparql, "--store", str(fixture_store)], env=PIPE)
    stats = CliRunner().invoke(app, ["stats", "--store", str(fixture_store)], env=PIPE)
    assert boxed.exit_code == plain.exit_code == stats.exit_code == 0, plain.output
    assert "│" in boxed.stdout
    for output in (plain.stdout, stats.stdout):
        assert not re.search("[\u2500-\u257f\x1b]", output), output
        assert max(len(line) for line in output.splitlines()) <= 80
    rows = [line.split() for line in plain.stdout.splitlines()[2:]]
    assert [row[0] for row in rows] == sorted(row[0] for row in rows) and all(row[1].isdigit() for row in rows)
    assert next(line for line in stats.stdout.splitlines() if line.startswith("named graphs")).split()[-1] == str(len(rows))


def test_query_ask_and_construct_in_standard_formats(fixture_store: Path) -> None:
    ask = kg("query", "-e", "ASK { GRAPH ?g { ?s ?p ?o } }", "-f", "json", "--store", fixture_store)
    assert json.loads(ask.stdout) == {"head": {}, "boolean": True}
    construct = kg("query", "-e", "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", "-f", "ntriples",
                   "--store", fixture_store)
    _, triples = store_content(fixture_store)
    assert len(construct.stdout.splitlines()) == len(triples)


def test_query_needs_exactly_one_query(fixture_store: Path) -> None:
    assert_user_error(kg("query", "--store", fixture_store), "Give a query", "-e")
    assert_user_error(kg("query", "statements", "-e", "ASK {}", "--store", fixture_store), "Give a query")


def test_query_refuses_updates(fixture_store: Path) -> None:
    assert_user_error(kg("query", "-e", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", fixture_store),
                      "DELETE is SPARQL Update", "kg build")


def test_query_that_runs_past_its_timeout_is_stopped(fixture_store: Path) -> None:
    """Regression: there was no query timeout (a cartesian product ran on past 20 s)."""
    import subprocess
    import sys

    product = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } "
               "GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }")
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "query", "-e", product, "--timeout", "0.5", "--store", str(fixture_store)],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("Error: the query ran for more than 0.5 s and was stopped")
    assert "--timeout" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
def test_build_table_keeps_every_column_at_80_columns(terminal: bool) -> None:
    """Regression: at 80 columns (any pipe) the build table lost columns; into a pipe it is
    plain text (no borders, no escape sequences) that cut and awk can read."""
    from rich.console import Console

    from kg.cli import _print_build
    from kg.pipeline import BuildReport, DocumentReport

    report = BuildReport(Path("/some/where/kg-store"), "model", documents=[
        DocumentReport("003_12ac15e3def968bd-a-rather-long-file-name.txt", "built", 12, 345, 67, 8, 123456),
    ])
    out = io.StringIO()
    _print_build(Console(file=out, width=80, force_terminal=terminal, color_system=None), report)
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    header = ["status", "entities", "mentions", "statements", "events", "triples"]
    first = next(line for line in lines if "built" in line)
    if terminal:
        assert table_row(out.getvalue(), "document")[1:] == header
        assert [cell.strip() for cell in first.split("│")[2:-1]] == ["built", "12", "345", "67", "8", "123456"]
    else:
        assert not re.search("[\u2500-\u257f\x1b]", out.getvalue())
        assert next(line for line in lines if line.startswith("document")).split()[1:] == header
        assert first.split()[1:] == ["built", "12", "345", "67", "8", "123456"]


def test_debug_adds_the_traceback_to_the_one_line_error(tmp_path: Path) -> None:
    plain = kg("stats", "--store", tmp_path / "none")
    assert_user_error(plain, "no kg store")
    debug = kg("--debug", "stats", "--store", tmp_path / "none")
    assert debug.exit_code == 2
    assert debug.stderr.startswith("Traceback") and "StoreError" in debug.stderr
    assert debug.stderr.splitlines()[-1] == plain.stderr.strip()
