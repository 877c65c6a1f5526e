"""``python -m benchmarks``: generate a corpus or a store, or run every figure beside its target."""
from __future__ import annotations

import dataclasses
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from benchmarks.figures import DEFAULT_SIZES, QUICK_SIZES, Sizes, machine

app = typer.Typer(help=__doc__, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
generate = typer.Typer(help="Generate a news corpus or a kg store of N triples.", no_args_is_help=True)
app.add_typer(generate, name="generate")


@generate.command("corpus")
def corpus(
    documents: int = typer.Option(..., "--documents", "-n", min=1, help="Number of articles."),
    out: Path = typer.Option(..., "--out", help="Folder to write the articles to."),
    seed: int = typer.Option(0, "--seed", help="The same seed gives the same files."),
) -> None:
    """Write news-shaped articles about the registry's actors (bench-00000.txt ...)."""
    from benchmarks.corpus import generate_corpus

    paths = generate_corpus(out, documents, seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    typer.echo(f"Wrote {len(paths)} articles ({words:,} words) to {out}")


@generate.command("graph")
def graph(
    triples: int = typer.Option(..., "--triples", min=1, help="About how many triples the store should hold."),
    store: Path = typer.Option(..., "--store", help="A new folder for the store."),
    seed: int = typer.Option(0, "--seed"),
    documents: int = typer.Option(12, "--documents", min=1, help="Articles of the base corpus built with kg build."),
    work: Path | None = typer.Option(None, "--work", help="Folder to work in (default: the temporary folder)."),
    built: bool = typer.Option(False, "--built", help="Build as many distinct articles as make N triples, links "
                               "across documents included (slower: the model runs on every article)."),
) -> None:
    """Build a small generated corpus once and copy its document graphs into a store of about N
    triples (no links across documents), or with --built build distinct articles up to N."""
    from benchmarks.graph import build_base, build_graph, generate_graph, triples_per_document

    with _work_folder(work, keep=False) as folder:
        if built:
            per_document = triples_per_document(build_base(folder / "sample", documents, seed))
            report = build_graph(store, triples, folder, per_document=per_document, seed=seed)
            typer.echo(f"Wrote {report.triples:,} triples ({report.documents:,} articles built) to {store} "
                       f"in {report.seconds:.1f} s")
            return
        report = generate_graph(store, triples, folder, seed=seed, base_documents=documents)
    typer.echo(f"Wrote {report.triples:,} triples ({report.documents:,} document graphs copied from "
               f"{report.base_documents}) to {store} in {report.seconds:.1f} s")


@app.command()
def run(
    quick: bool = typer.Option(False, "--quick", help="Tiny sizes, about a minute: a smoke test, not a measurement."),
    out: Path | None = typer.Option(None, "--out", help="Write the rows as JSON here."),
    markdown: Path | None = typer.Option(None, "--markdown", help="Write the table as markdown here."),
    work: Path | None = typer.Option(None, "--work", help="Folder to work in: a new folder inside it holds corpora and "
                                     "stores and is removed at the end (default: the temporary folder)."),
    keep: bool = typer.Option(False, "--keep", help="Keep the run's folder inside --work."),
    documents: int | None = typer.Option(None, "--documents", help="Documents of the build-ratio rows."),
    incremental: int | None = typer.Option(None, "--incremental", help="Documents of the incremental rows."),
    rss: tuple[int, int] | None = typer.Option(None, "--rss", help="Documents of the two peak-RSS builds."),
    triples: int | None = typer.Option(None, "--triples", help="Triples of the export/query/load store."),
    rdflib_timeout: float | None = typer.Option(None, "--rdflib-timeout", help="Seconds each rdflib query may take."),
) -> None:
    """Measure every figure in one run and print it beside its target."""
    from benchmarks import report
    from benchmarks.run import run as run_all

    sizes = _sizes(QUICK_SIZES if quick else DEFAULT_SIZES, documents, incremental, rss, triples, rdflib_timeout)
    start = time.perf_counter()
    with _work_folder(work, keep) as folder:
        rows = run_all(sizes, folder, progress=lambda text: typer.echo(f"… {text}", err=True))
    seconds = time.perf_counter() - start
    host = machine()
    title = (f"kg benchmarks{' (--quick: tiny sizes, not a measurement)' if quick else ''} — "
             f"{host['nproc']} CPUs, {host['ram_gib']} GiB, {host['cpu']}, {seconds:.0f} s")
    report.print_table(rows, title)
    if out is not None:
        report.write_json(out, rows, sizes, host, seconds)
    if markdown is not None:
        markdown.write_text(report.markdown(rows), encoding="utf-8")


def _sizes(base: Sizes, documents: int | None, incremental: int | None, rss: tuple[int, int] | None,
           triples: int | None, rdflib_timeout: float | None) -> Sizes:
    changes: dict[str, float | int] = {}
    if documents is not None:
        changes["build"] = documents
    if incremental is not None:
        changes["incremental"] = incremental
    if rss is not None:
        changes["rss_small"], changes["rss_large"] = rss
    if triples is not None:
        changes["triples"] = triples
    if rdflib_timeout is not None:
        changes["rdflib_timeout"] = rdflib_timeout
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@contextmanager
def _work_folder(work: Path | None, keep: bool) -> Iterator[Path]:
    """A new folder inside ``work`` (default: the system's temporary folder); removed at the end
    unless ``keep``. Only that new folder is ever removed."""
    if work is not None:
        work.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix="kg-bench-", dir=work))
    try:
        yield path
    finally:
        if keep:
            typer.echo(f"Kept the work folder {path}", err=True)
        else:
            shutil.rmtree(path, ignore_errors=True)
