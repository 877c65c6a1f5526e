"""The table of a run, for the terminal (rich) and as markdown (README), and its JSON."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from benchmarks.figures import Row, Sizes

COLUMNS = ("figure", "measured", "target", "met")


def met_text(row: Row) -> str:
    return "—" if row.met is None else "yes" if row.met else "no"


def cells(row: Row) -> tuple[str, str, str, str]:
    return row.label, row.measured, row.target, met_text(row)


def print_table(rows: list[Row], title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in COLUMNS:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*cells(row))
    Console().print(table)


def markdown(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in cells(row)) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def write_json(path: Path, rows: list[Row], sizes: Sizes, machine: dict[str, Any], seconds: float) -> None:
    data = {"sizes": asdict(sizes), "machine": machine, "seconds": seconds, "rows": [r.as_dict() for r in rows]}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
