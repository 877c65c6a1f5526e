"""kg's saved queries timed in one process through :mod:`kg.query`, warm, one line per step.

``python -m benchmarks.kg_side STORE JOB.json OUT.jsonl``: the job lists query names with their
parameters and how many timed runs follow the warm-up run. The worker appends a JSON line as
it starts a query, after the warm-up run and after the timed runs, so that the parent
(:func:`benchmarks.run.kg_queries`) can stop it when a query takes longer than its cap,
record what it had, and start it again on the remaining queries. A slow query gets fewer timed
runs (one at least), so that they fit in half the cap.
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import IO, Any


def _say(out: IO[str], **fields: Any) -> None:
    out.write(json.dumps(fields) + "\n")
    out.flush()


def _repeats(first: float, repeats: int, cap: float) -> int:
    """As many timed runs as asked, or fewer (one at least) so that they take half the cap at most."""
    return max(1, min(repeats, int(cap / 2 / max(first, 1e-6))))


def main(argv: list[str]) -> None:
    from kg.query import default_query_folder, resolve_query, run_query
    from kg.store import open_store

    store, job = Path(argv[0]), json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    folder = default_query_folder()
    with open_store(store, read_only=True) as db, Path(argv[2]).open("a", encoding="utf-8") as out:
        for name, params in job["queries"]:
            query = resolve_query(name, folder)
            _say(out, name=name, step="start")
            start = time.perf_counter()
            rows = len(run_query(db, query, params).rows)
            first = time.perf_counter() - start
            _say(out, name=name, step="warm", seconds=first, rows=rows)
            runs = []
            for _ in range(_repeats(first, job["repeats"], job["cap"])):
                start = time.perf_counter()
                run_query(db, query, params)
                runs.append(time.perf_counter() - start)
            _say(out, name=name, step="done", seconds=statistics.median(runs), rows=rows)


if __name__ == "__main__":
    main(sys.argv[1:])
