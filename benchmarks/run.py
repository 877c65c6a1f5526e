"""``python -m benchmarks run``: every figure in one run, each beside its target.

Builds are whole ``kg`` processes, measured with ``os.wait4`` (:mod:`benchmarks.process`);
queries run in this process through :mod:`kg.query`, warm; rdflib works in a process of its
own (:mod:`benchmarks.rdflib_side`). Everything is written under one work folder.
"""
from __future__ import annotations

import json
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.corpus import change_document, document_name, generate_corpus
from benchmarks.figures import TARGETS, Row, Sizes
from benchmarks.graph import build_graph, triples_per_document
from benchmarks.process import MODEL, ROOT, Measured, child_env, kg_argv, python_argv, run_checked, run_measured

#: the stages ``kg build --timings`` reports, in its table's order
STAGES = ("read", "nlp", "extract", "map", "validate", "store", "link")
_STAGE_LINE = re.compile(r"^\W*(" + "|".join(STAGES) + r")\W+([0-9.]+)\W")


@dataclass
class Bench:
    """One run: its sizes, its work folder and the builds made so far (reused across rows)."""

    sizes: Sizes
    work: Path
    progress: Callable[[str], None] = print
    builds: dict[tuple[int, int], tuple[Measured, Path]] = field(default_factory=dict)

    @property
    def logs(self) -> Path:
        return self.work / "logs"

    def corpus(self, documents: int) -> Path:
        folder = self.work / f"corpus-{documents}"
        if not folder.is_dir():
            generate_corpus(folder, documents, self.sizes.seed)
        return folder

    def build(self, documents: int, jobs: int = 1) -> tuple[Measured, Path]:
        """A full ``kg build --jobs N`` of the corpus of ``documents``, made once per run."""
        if (documents, jobs) not in self.builds:
            self.progress(f"kg build --jobs {jobs}: {documents} documents")
            store = self.work / f"store-{documents}-j{jobs}"
            argv = kg_argv("build", self.corpus(documents), "--store", store, "--jobs", jobs, "--model", MODEL,
                           "--timings")
            self.builds[documents, jobs] = (self.run_build(argv, f"build-{documents}-j{jobs}"), store)
        return self.builds[documents, jobs]


    def run_build(self, argv: list[str], name: str) -> Measured:
        """One ``kg build`` process; a build that finishes with a graph that does not conform
        (exit 1) is still a build, and is measured."""
        done = run_measured(argv, self.logs, name)
        if done.returncode == 1:
            self.progress(f"note: {name}: the graph does not conform (kg build exit 1)")
        elif not done.ok:
            raise RuntimeError(f"{' '.join(argv[2:])} failed: {done.reason()}")
        return done


def run(sizes: Sizes, work: Path, progress: Callable[[str], None] = print) -> list[Row]:
    """Measure every figure; a figure that cannot be measured is a ``not run:`` row."""
    bench = Bench(sizes, work, progress)
    if sizes.warm_up:  # the model's files in the page cache before the first timed process
        run_checked(python_argv("benchmarks.bare", bench.corpus(1)), bench.logs, "warm-up")
    rows: list[Row] = []
    for step in (build_rows, incremental_rows, rss_rows, stage_rows, store_rows):
        rows += step(bench)
    return rows


# ----------------------------------------------------------------------------- builds


def _docs(n: int) -> str:
    return f"{n:,} document{'s' if n != 1 else ''}"


def build_rows(bench: Bench) -> list[Row]:
    n = bench.sizes.build
    corpus = bench.corpus(n)
    bench.progress(f"bare nlp.pipe: {n} documents")
    bare = run_checked(python_argv("benchmarks.bare", corpus, "--model", MODEL), bench.logs, "bare")
    one, _ = bench.build(n, 1)
    two, _ = bench.build(n, 2)
    rows = [
        Row.of("build", f"kg build --jobs 1 vs bare nlp.pipe, {_docs(n)}: bare time / kg time",
               bare.wall / one.wall, f"{bare.wall / one.wall:.2f} (CPU {bare.cpu / one.cpu:.2f}; "
               f"kg {one.wall:.1f} s, bare {bare.wall:.1f} s)",
               bare_wall=bare.wall, bare_cpu=bare.cpu, kg_wall=one.wall, kg_cpu=one.cpu),
        Row.of("jobs", f"kg build --jobs 2 vs --jobs 1, {_docs(n)}: wall-time speed-up",
               one.wall / two.wall, f"{one.wall / two.wall:.2f}× ({two.wall:.1f} s vs {one.wall:.1f} s)",
               jobs1_wall=one.wall, jobs2_wall=two.wall, jobs2_cpu=two.cpu),
    ]
    return rows + [dask_row(bench, n, two)]


def dask_row(bench: Bench, n: int, two: Measured) -> Row:
    label = f"kg build --engine dask --jobs 2 vs --jobs 2, {_docs(n)}: throughput ratio"
    bench.progress(f"kg build --engine dask --jobs 2: {n} documents")
    argv = kg_argv("build", bench.corpus(n), "--store", bench.work / f"store-{n}-dask", "--engine", "dask",
                   "--jobs", 2, "--model", MODEL)
    dask = run_measured(argv, bench.logs, "build-dask")
    if not dask.ok:
        return Row.not_run("dask", label, dask.reason())
    ratio = two.wall / dask.wall
    return Row.of("dask", label, ratio, f"{ratio:.2f} ({dask.wall:.1f} s vs {two.wall:.1f} s)",
                  dask_wall=dask.wall, jobs2_wall=two.wall)


def incremental_rows(bench: Bench) -> list[Row]:
    """A no-change rebuild and a one-document change, each against the full build."""
    n = bench.sizes.incremental
    full, built = bench.build(n, 1)
    corpus, store = bench.work / "incremental-corpus", bench.work / "incremental-store"
    shutil.copytree(bench.corpus(n), corpus)
    shutil.copytree(built, store)
    argv = kg_argv("build", corpus, "--store", store, "--model", MODEL)
    bench.progress(f"no-change rebuild of {n} documents")
    same = bench.run_build(argv, "rebuild-unchanged")
    change_document(corpus / document_name(n // 2))
    bench.progress(f"rebuild of {n} documents, one changed")
    changed = bench.run_build(argv, "rebuild-one-changed")
    return [
        Row.of("nochange", f"no-change rebuild / full build, {_docs(n)}", same.wall / full.wall,
               f"{same.wall / full.wall:.3f} ({same.wall:.1f} s vs {full.wall:.1f} s)",
               rebuild_wall=same.wall, full_wall=full.wall),
        Row.of("changed", f"one changed document of {n:,} / full build", changed.wall / full.wall,
               f"{changed.wall / full.wall:.3f} ({changed.wall:.1f} s vs {full.wall:.1f} s)",
               rebuild_wall=changed.wall, full_wall=full.wall),
    ]


def rss_rows(bench: Bench) -> list[Row]:
    small_n, large_n = bench.sizes.rss_small, bench.sizes.rss_large
    small, _ = bench.build(small_n, 1)
    large, _ = bench.build(large_n, 1)
    ratio = large.maxrss_kib / small.maxrss_kib
    return [Row.of("rss", f"peak RSS of kg build --jobs 1, {_docs(large_n)} / {_docs(small_n)}", ratio,
                   f"{ratio:.2f}× ({large.maxrss_kib / 1024:.0f} MiB vs {small.maxrss_kib / 1024:.0f} MiB)",
                   large_kib=large.maxrss_kib, small_kib=small.maxrss_kib)]


def stage_rows(bench: Bench) -> list[Row]:
    """The CPU time of each stage of the ``--jobs 1`` build, as a share of the model's (nlp)."""
    n = bench.sizes.build
    one, _ = bench.build(n, 1)
    label = f"kg build --jobs 1 CPU by stage, {_docs(n)}, as shares of the model's (nlp) time"
    seconds = {}
    for line in one.stdout.read_text(encoding="utf-8", errors="replace").splitlines():
        found = _STAGE_LINE.match(line)
        if found:
            seconds[found.group(1)] = float(found.group(2))
    if not seconds.get("nlp"):
        return [Row.not_run("stages", label, "kg build --timings printed no stage times")]
    others = {stage: value / seconds["nlp"] for stage, value in seconds.items() if stage != "nlp"}
    shown = ", ".join(f"{stage} {share:.2f}" for stage, share in others.items())
    return [Row.of("stages", label, sum(others.values()), f"all but nlp {sum(others.values()):.2f} ({shown})",
                   **{f"{stage}_seconds": value for stage, value in seconds.items()})]


# ----------------------------------------------------------------------------- the big store


def store_rows(bench: Bench) -> list[Row]:
    """Export, queries and load on a store of ``sizes.triples`` triples built from distinct articles."""
    _, base = bench.build(bench.sizes.build, 1)
    bench.progress(f"building a store of about {bench.sizes.triples:,} triples")
    graph = build_graph(bench.work / "big-store", bench.sizes.triples, bench.work / "big-work",
                        per_document=triples_per_document(base))
    bench.progress("kg export --format turtle")
    export = run_measured(kg_argv("export", "--format", "turtle", "-o", bench.work / "kg.ttl", "--store", graph.store),
                          bench.logs, "export")
    kg_times = kg_queries(bench, graph.store)
    rdflib = rdflib_side(bench, graph.store, query_jobs(graph.store))
    rows = [export_row(graph.triples, export, rdflib.get("turtle"))]
    rows += query_rows(graph.triples, kg_times, rdflib.get("queries", {}))
    return rows + load_rows(bench, graph.store, graph.triples)


def _size(triples: int) -> str:
    return f"{triples / 1e6:.2g}M triples" if triples >= 1e6 else f"{triples / 1e3:.0f}k triples"


def export_row(triples: int, kg: Measured, turtle: dict[str, Any] | None) -> Row:
    label = f"Turtle export of {_size(triples)}: rdflib serialize time / kg export time"
    if not kg.ok:
        return Row.not_run("export", label, f"kg export failed: {kg.reason()}")
    if turtle is None:
        return Row.not_run("export", label, "rdflib did not finish")
    ratio = turtle["serialize_seconds"] / kg.wall
    return Row.of("export", label, ratio,
                  f"{ratio:.1f}× (kg {kg.wall:.1f} s, rdflib {turtle['serialize_seconds']:.1f} s)",
                  kg_wall=kg.wall, rdflib_serialize=turtle["serialize_seconds"], rdflib_parse=turtle["parse_seconds"])


def query_parameters(store: Path) -> dict[str, str]:
    """A realistic speaker and target: the pair with the most stance statements in the store."""
    from kg.store import open_store

    sparql = (
        "PREFIX kg: <https://w3id.org/kg-news/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?speaker ?target (COUNT(DISTINCT ?st) AS ?n) WHERE { GRAPH ?g { ?st kg:speaker ?s ; "
        "kg:stance/kg:target ?t } GRAPH <https://w3id.org/kg-news/id/graph/registry> "
        "{ ?s rdfs:label ?speaker . ?t rdfs:label ?target } } GROUP BY ?speaker ?target ORDER BY DESC(?n) LIMIT 1"
    )
    with open_store(store, read_only=True) as db:
        rows = db.query(sparql).rows
    if not rows or rows[0][0] is None or rows[0][1] is None:
        return {}
    return {"speaker": rows[0][0].value, "target": rows[0][1].value}


def saved_queries(store: Path) -> Iterator[tuple[Any, dict[str, str]]]:
    """Every saved query with its parameters: the defaults, a realistic speaker and target."""
    from kg.query import default_query_folder, list_queries

    realistic = query_parameters(store)
    for query in list_queries(default_query_folder()):
        names = query.parameter_names()
        yield query, {name: realistic[name] for name in names if name in realistic}


@dataclass
class KgTime:
    """A saved query's time in kg: the median warm run, or only the first run (``warm`` False), or
    a lower bound (``capped``: it ran past the cap); ``error`` when kg failed on it."""

    seconds: float
    rows: int = -1
    warm: bool = True
    capped: bool = False
    error: str = ""


def kg_queries(bench: Bench, store: Path) -> dict[str, KgTime]:
    """Each saved query timed by :mod:`benchmarks.kg_side`, restarted past a query that hits the cap."""
    names = [(query.name, params) for query, params in saved_queries(store)]
    results: dict[str, KgTime] = {}
    for attempt in range(len(names)):
        remaining = [(name, params) for name, params in names if name not in results]
        if not remaining:
            break
        job, out = bench.work / f"kg-job-{attempt}.json", bench.work / f"kg-out-{attempt}.jsonl"
        cap = bench.sizes.kg_timeout
        job.write_text(json.dumps({"queries": remaining, "repeats": bench.sizes.query_repeats, "cap": cap}))
        out.touch()
        with (bench.logs / f"kg-queries-{attempt}.err").open("wb") as err:
            proc = subprocess.Popen(python_argv("benchmarks.kg_side", store, job, out), stdout=err, stderr=err,
                                    env=child_env(), cwd=ROOT)
        before = len(results)
        _watch(proc, out, cap, results, bench.progress)
        if len(results) == before:  # it failed before its first query: give up on the rest
            reason = f"the query worker failed (see {bench.logs}/kg-queries-{attempt}.err)"
            results.update({name: KgTime(0.0, error=reason) for name, _ in remaining})
    return {name: results[name] for name, _ in names}


def _watch(proc: subprocess.Popen[bytes], out: Path, cap: float, results: dict[str, KgTime],
           progress: Callable[[str], None]) -> None:
    """Follow the worker's lines into ``results``; stop it when one step takes more than ``cap``."""
    seen, current, warm, last = 0, "", None, time.monotonic()
    while True:
        lines = out.read_text(encoding="utf-8").split("\n")[:-1]  # whole lines only
        for record in map(json.loads, lines[seen:]):
            seen, last = seen + 1, time.monotonic()
            if record["step"] == "start":
                current, warm = record["name"], None
                progress(f"kg query {current}")
            elif record["step"] == "warm":
                warm = record
            else:
                results[record["name"]] = KgTime(record["seconds"], record["rows"])
                current = ""
        if proc.poll() is not None:
            if current:
                results[current] = KgTime(0.0, error=f"kg failed on it (exit code {proc.returncode})")
            return
        if current and time.monotonic() - last > cap:
            proc.kill()
            proc.wait()
            results[current] = (KgTime(warm["seconds"], warm["rows"], warm=False) if warm is not None
                                else KgTime(time.monotonic() - last, capped=True))
            return
        time.sleep(0.1)


def query_jobs(store: Path) -> list[dict[str, Any]]:
    """The saved queries as the rdflib side runs them: text and bindings as plain values."""
    from kg.query import bind_parameters

    jobs = []
    for query, params in saved_queries(store):
        bindings = {var: {"kind": t.kind, "value": t.value, "datatype": t.datatype, "language": t.language}
                    for var, t in bind_parameters(query, params).items()}
        jobs.append({"name": query.name, "sparql": query.sparql, "bindings": bindings})
    return jobs


def rdflib_side(bench: Bench, store: Path, jobs: list[dict[str, Any]]) -> dict[str, Any]:
    """Run :mod:`benchmarks.rdflib_side` on N-Triples and N-Quads exports of the store."""
    from kg.store import open_store

    ntriples, nquads = bench.work / "big.nt", bench.work / "big.nq"
    with open_store(store, read_only=True) as db:
        db.export("ntriples", ntriples)
        db.export("nquads", nquads)
    job = {"ntriples": str(ntriples), "turtle_out": str(bench.work / "rdflib.ttl"), "nquads": str(nquads),
           "queries": jobs, "timeout": bench.sizes.rdflib_timeout}
    job_file, out_file = bench.work / "rdflib-job.json", bench.work / "rdflib-out.json"
    job_file.write_text(json.dumps(job), encoding="utf-8")
    bench.progress(f"rdflib: Turtle and {len(jobs)} queries (each capped at {bench.sizes.rdflib_timeout:g} s)")
    cap = 3600 + len(jobs) * bench.sizes.rdflib_timeout * 1.5
    done = run_measured(python_argv("benchmarks.rdflib_side", job_file, out_file), bench.logs, "rdflib", cap)
    if not done.ok or not out_file.is_file():
        bench.progress(f"rdflib side failed: {done.reason()}")
        return {}
    result: dict[str, Any] = json.loads(out_file.read_text(encoding="utf-8"))
    return result


def query_rows(triples: int, kg: dict[str, KgTime], rdflib: dict[str, Any]) -> list[Row]:
    rows = [query_row(name, triples, time, rdflib.get(name)) for name, time in kg.items()]
    timed = {name: t for name, t in kg.items() if not t.error}
    label = f"median kg time of the {len(timed)} saved queries, {_size(triples)}"
    if not timed:
        return rows + [Row.not_run("query_median", label, "kg ran none of the queries")]
    median = statistics.median(t.seconds for t in timed.values()) * 1000
    capped = sum(t.capped for t in timed.values())
    note = f" ({capped} capped: counted at the cap)" if capped else ""
    rows.append(Row.of("query_median", label, median, f"{median:,.0f} ms{note}",
                       per_query_ms={k: t.seconds * 1000 for k, t in timed.items()}))
    return rows


def query_row(name: str, triples: int, kg: KgTime, rdflib: dict[str, Any] | None) -> Row:
    label = f"query {name}, {_size(triples)}: rdflib time / kg time"
    if kg.error:
        return Row.not_run("query", label, kg.error)
    if rdflib is None:
        return Row.not_run("query", label, "rdflib did not finish")
    if rdflib.get("error"):
        return Row.not_run("query", label, f"rdflib fails on this query ({rdflib['error'][:80]})")
    ratio = rdflib["seconds"] / kg.seconds
    kg_text = f"≥ {kg.seconds:.0f} s (capped)" if kg.capped else f"{kg.seconds * 1000:,.0f} ms"
    shown = f"kg {kg_text}{'' if kg.warm else ' (first run only)'}, rdflib {rdflib['seconds']:.2f} s"
    shown += " (capped)" if rdflib["timed_out"] else ""
    details = {"kg_seconds": kg.seconds, "kg_capped": kg.capped, "kg_warm": kg.warm, "kg_rows": kg.rows,
               "rdflib_seconds": rdflib["seconds"], "rdflib_rows": rdflib["rows"],
               "rdflib_capped": rdflib["timed_out"]}
    if kg.capped and rdflib["timed_out"]:
        return Row("query", label, f"both capped: {shown}", TARGETS["query"].text(), None, None, details)
    row = Row.of("query", label, ratio, f"{_bound(kg, rdflib)}{_times(ratio)} ({shown})", **details)
    if rdflib["timed_out"] and not row.met:
        row.met = None  # a lower bound under the target says nothing
    if not kg.capped and not rdflib["timed_out"] and rdflib["rows"] != kg.rows:
        row.measured += f"; rows differ: kg {kg.rows}, rdflib {rdflib['rows']}"
    return row


def _times(ratio: float) -> str:
    """``9.9×``, ``186×``: a decimal where it can decide a target of 10×."""
    return f"{ratio:,.0f}×" if ratio >= 100 else f"{ratio:.1f}×"


def _bound(kg: KgTime, rdflib: dict[str, Any]) -> str:
    """``≥`` when rdflib was capped (the ratio is a lower bound), ``≤`` when kg was."""
    return "≥ " if rdflib["timed_out"] else "≤ " if kg.capped else ""


# ----------------------------------------------------------------------------- kg load


def load_rows(bench: Bench, store: Path, triples: int) -> list[Row]:
    """``kg load --bulk URL`` of the store into a fresh Oxigraph server, in triples per second
    (the target), and the same with one PUT per graph (information)."""
    return [load_row(bench, store, triples, bulk=True), load_row(bench, store, triples, bulk=False)]


def load_row(bench: Bench, store: Path, triples: int, bulk: bool) -> Row:
    """``kg load [--bulk] URL`` of the store into a fresh Oxigraph server, in triples per second."""
    figure, how = ("load", "kg load --bulk") if bulk else ("load_put", "kg load (one PUT per graph)")
    label = f"{how} into an Oxigraph server, {_size(triples)}: triples/s"
    probe = run_measured(kg_argv("load", "--help"), bench.logs, "load-help")
    if not probe.ok:
        return Row.not_run(figure, label, f"kg load: {probe.reason()}")
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        return Row.not_run(figure, label, "no oxigraph server binary (pip install oxigraph)")
    with oxigraph_server(binary, bench.work / f"server-{figure}", bench.logs) as url:
        bench.progress(f"{how} {url}")
        state = bench.work / f"{figure}-state.json"
        argv = kg_argv("load", f"{url}/store", "--store", store, "--state", state, *(["--bulk"] if bulk else []))
        done = run_measured(argv, bench.logs, figure)
        if not done.ok:
            return Row.not_run(figure, label, f"kg load failed: {done.reason()}")
        loaded = server_count(url)
    rate = loaded / done.wall
    return Row.of(figure, label, rate, f"{rate:,.0f} triples/s ({loaded:,} in {done.wall:.1f} s)",
                  seconds=done.wall, server_triples=loaded, store_triples=triples)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def oxigraph_server(binary: str, location: Path, logs: Path) -> Iterator[str]:
    """An ``oxigraph serve`` on a free local port; stopped (by its PID) on the way out."""
    port = free_port()
    logs.mkdir(parents=True, exist_ok=True)
    with (logs / "server.log").open("wb") as log:
        proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                                stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_for(url: str, proc: Any, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the Oxigraph server exited with {proc.returncode}")
        try:
            server_count(url)
            return
        except (OSError, urllib.error.URLError):
            time.sleep(0.2)
    raise RuntimeError(f"the Oxigraph server at {url} did not answer in {seconds:g} s")


def server_count(url: str) -> int:
    """The number of quads in the server's named graphs and default graph."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }"
    request = urllib.request.Request(
        f"{url}/query", data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"},
    )
    with urllib.request.urlopen(request, timeout=600) as answer:
        bindings = json.load(answer)["results"]["bindings"]
    return int(bindings[0]["n"]["value"])
