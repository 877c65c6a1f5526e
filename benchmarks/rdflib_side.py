"""rdflib on the same data, in a process of its own: Turtle serialisation and the saved queries.

``python -m benchmarks.rdflib_side JOB.json OUT.json``. The job names an N-Triples file (the
union graph, serialised to Turtle: only the serialisation is timed), an N-Quads file (loaded
into an ``rdflib.Dataset`` for the queries: the loading is not timed) and the queries with
their bindings. Each query is capped at ``timeout`` seconds with ``SIGALRM`` (rdflib's engine
is pure Python, so the alarm interrupts it); a capped query reports ``timed_out``.
"""
from __future__ import annotations

import json
import signal
import sys
import time
import warnings
from pathlib import Path
from typing import Any


class _Timeout(BaseException):  # not an Exception: rdflib's own handlers must not swallow it
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def turtle(ntriples: Path, out: Path) -> dict[str, float]:
    import rdflib

    start = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(ntriples, format="nt")
    parsed = time.perf_counter()
    graph.serialize(destination=out, format="turtle")
    return {"parse_seconds": parsed - start, "serialize_seconds": time.perf_counter() - parsed, "triples": len(graph)}


def queries(nquads: Path, jobs: list[dict[str, Any]], timeout: float) -> tuple[float, dict[str, Any]]:
    import rdflib

    start = time.perf_counter()
    dataset = rdflib.Dataset()
    dataset.parse(nquads, format="nquads")
    parsed = time.perf_counter() - start
    signal.signal(signal.SIGALRM, _alarm)
    results = {}
    for job in jobs:
        bindings = {var: _term(value) for var, value in job["bindings"].items()}
        start = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, timeout)
        rows, timed_out, error = -1, False, ""
        try:
            rows = len(list(dataset.query(job["sparql"], initBindings=bindings)))
        except _Timeout:
            timed_out = True
        except Exception as exc:  # rdflib's engine fails on some valid SPARQL
            error = f"{type(exc).__name__}: {exc}"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        seconds = time.perf_counter() - start
        results[job["name"]] = {"seconds": seconds, "rows": rows, "timed_out": timed_out, "error": error}
    return parsed, results


def _term(value: dict[str, str | None]) -> Any:
    import rdflib

    if value["kind"] == "uri":
        return rdflib.URIRef(str(value["value"]))
    if value["language"]:
        return rdflib.Literal(value["value"], lang=value["language"])
    return rdflib.Literal(value["value"], datatype=rdflib.URIRef(str(value["datatype"])) if value["datatype"] else None)


def main(argv: list[str]) -> None:
    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    warnings.simplefilter("ignore")
    out: dict[str, Any] = {}
    if job.get("ntriples"):
        out["turtle"] = turtle(Path(job["ntriples"]), Path(job["turtle_out"]))
    if job.get("nquads"):
        out["load_seconds"], out["queries"] = queries(Path(job["nquads"]), job["queries"], float(job["timeout"]))
    Path(argv[1]).write_text(json.dumps(out, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
