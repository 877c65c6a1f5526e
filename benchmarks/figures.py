"""The figures the project has targets for, as data, and the row each measurement becomes."""
from __future__ import annotations

import os
import platform
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Target:
    """``measured OP value``: ``>=`` for a ratio to reach, ``<=`` for one to stay under."""

    op: str
    value: float
    unit: str = ""

    def text(self) -> str:
        sign = "≥" if self.op == ">=" else "≤"
        return f"{sign} {self.value:,g}{self.unit}"

    def met(self, measured: float) -> bool:
        return measured >= self.value if self.op == ">=" else measured <= self.value


#: The project's targets, by figure.
TARGETS: dict[str, Target] = {
    "build": Target(">=", 0.85),
    "jobs": Target(">=", 1.6, "×"),
    "nochange": Target("<=", 0.05),
    "changed": Target("<=", 0.05),
    "rss": Target("<=", 1.5, "×"),
    "stages": Target("<=", 0.18),  # all kg adds to the model: the model plus at most 18%
    "dask": Target(">=", 0.8),
    "export": Target(">=", 20, "×"),
    "query": Target(">=", 10, "×"),
    "query_median": Target("<=", 200, " ms"),
    "load": Target(">=", 100_000, " triples/s"),
}

#: The figures without a target, shown for information.
NO_TARGET = "(information)"


@dataclass(frozen=True)
class Sizes:
    """How much each figure is measured on."""

    build: int = 150  # documents of the build-ratio rows (bare, --jobs 2, dask)
    incremental: int = 1000  # documents of the incremental rows
    rss_small: int = 150
    rss_large: int = 1500
    triples: int = 1_000_000  # the store of the export, query and load rows
    query_repeats: int = 3  # timed runs of each kg query after the warm-up run (the median counts)
    rdflib_timeout: float = 60.0  # seconds each rdflib query may take
    kg_timeout: float = 60.0  # seconds each step (first run, timed runs) of a kg query may take
    seed: int = 0
    warm_up: bool = True  # load the model once, untimed, before the first timed process


DEFAULT_SIZES = Sizes()
#: what CI runs as a smoke test: every row, tiny sizes, about a minute
QUICK_SIZES = Sizes(build=2, incremental=2, rss_small=2, rss_large=4, triples=15_000, query_repeats=1,
                    rdflib_timeout=5.0, kg_timeout=5.0, warm_up=False)


@dataclass
class Row:
    """One line of the table: a figure, what was measured, its target and whether it is met.

    ``measured`` is the text shown; ``value`` the number compared with the target (None when
    the figure was not run); ``met`` is None when it cannot be said (not run, a capped bound).
    """

    key: str
    label: str
    measured: str
    target: str
    met: bool | None = None
    value: float | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, key: str, label: str, value: float, shown: str, **details: Any) -> Row:
        target = TARGETS.get(key)
        if target is None:
            return cls(key, label, shown, NO_TARGET, None, value, details)
        return cls(key, label, shown, target.text(), target.met(value), value, details)

    @classmethod
    def not_run(cls, key: str, label: str, reason: str) -> Row:
        target = TARGETS[key].text() if key in TARGETS else NO_TARGET
        return cls(key, label, f"not run: {reason}", target)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def machine() -> dict[str, Any]:
    """The machine a run was made on: processors, memory, CPU model, Python."""
    return {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "ram_gib": round(_meminfo_kib() / 2**20, 1),
        "cpu": _cpu_model(),
        "python": platform.python_version(),
    }


def _meminfo_kib() -> int:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"
