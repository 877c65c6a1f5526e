"""Where the per-document work runs: in this process, in local worker processes, or on a
Dask cluster.

An executor takes the model name and the build's tasks and yields one
:class:`~kg.pipeline.Processed` per task, in the tasks' order; every worker loads the
model and the registry once (:class:`~kg.pipeline.Worker`) and runs
:func:`~kg.pipeline.process_document`. The process that called :func:`kg.pipeline.build`
only writes what comes back.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .errors import KgError

if TYPE_CHECKING:
    from .pipeline import Executor, Processed, Task, Worker

__all__ = ["local_executor"]

_worker: Worker | None = None
_worker_error: KgError | None = None


def local_executor(jobs: int = 1) -> Executor:
    """Process the documents here (``jobs`` 1) or in ``jobs`` worker processes."""

    def run(model_name: str, tasks: list[Task]) -> Iterator[Processed]:
        if jobs <= 1 or len(tasks) <= 1:
            yield from _in_process(model_name, tasks)
        else:
            yield from _in_pool(model_name, tasks, jobs)

    return run


def _in_process(model_name: str, tasks: list[Task]) -> Iterator[Processed]:
    from .pipeline import Worker, process_document

    worker = Worker(model_name)
    for task in tasks:
        yield process_document(worker, task)


def _in_pool(model_name: str, tasks: list[Task], jobs: int) -> Iterator[Processed]:
    import multiprocessing

    # spawn, not fork: the writing process has the store open, with RocksDB's threads
    context = multiprocessing.get_context("spawn")
    with context.Pool(min(jobs, len(tasks)), initializer=_start_worker, initargs=(model_name,)) as pool:
        yield from pool.imap(_process, tasks, chunksize=1)


def _start_worker(model_name: str) -> None:
    """Load the model once per worker process; an error is kept for the first task to raise
    (an initializer that raises makes the pool start new workers for ever)."""
    global _worker, _worker_error
    from .pipeline import Worker

    try:
        _worker = Worker(model_name)
    except KgError as error:
        _worker_error = error


def _process(task: Task) -> Processed:
    from .pipeline import process_document

    if _worker is None:
        raise _worker_error or KgError("the worker process did not load the model")
    return process_document(_worker, task)
