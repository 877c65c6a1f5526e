"""Where the per-document work runs: in this process, in local worker processes, or on a
Dask cluster.

An executor takes the model name and the build's tasks and yields one
:class:`~kg.pipeline.Processed` per task, in the tasks' order; every worker loads the
model and the registry once (:class:`~kg.pipeline.Worker`) and runs
:func:`~kg.pipeline.process_document`. The process that called :func:`kg.pipeline.build`
only writes what comes back.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from .errors import EngineError, KgError

if TYPE_CHECKING:
    from .pipeline import Executor, Processed, Task, Worker

__all__ = ["ENGINES", "Engine", "dask_executor", "executor", "local_executor"]

Engine = Literal["local", "dask"]
ENGINES: tuple[Engine, ...] = ("local", "dask")

_worker: Worker | None = None
_worker_error: KgError | None = None


def executor(engine: Engine = "local", jobs: int = 1, address: str | None = None) -> Executor:
    """The executor of ``engine``: ``local`` (this machine's processes) or ``dask``."""
    if engine == "dask":
        return dask_executor(jobs, address)
    if address:
        raise EngineError("--engine-address needs --engine dask")
    return local_executor(jobs)


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


def dask_executor(jobs: int = 2, address: str | None = None) -> Executor:
    """Process the documents on a Dask cluster: the one at ``address`` (``tcp://host:8786``),
    or a local cluster of ``jobs`` worker processes started for the build and stopped after it.

    The driver reads each file and sends its bytes, so workers need kg and the model but not
    the corpus; at most a few documents per worker are in flight, and results come back in
    corpus order.
    """

    def run(model_name: str, tasks: list[Task]) -> Iterator[Processed]:
        client, cluster = _dask_client(jobs, address)
        try:
            in_flight = 8 * max(1, sum(client.nthreads().values()))
            yield from _ordered(client, model_name, tasks, in_flight)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run


def _dask_client(jobs: int, address: str | None) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineError(
            "--engine dask needs Dask's distributed scheduler. You can fix this by running "
            "`pip install 'kg[dask]'` (or `pip install 'dask[distributed]'`)."
        ) from exc
    if address:
        try:
            return Client(address, timeout=30), None
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {address} ({exc}); start it with `dask scheduler`") from exc
    import dask

    # the workers' sampling profiler (a stack sample every 10 ms) cost 10% of the build's CPU
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster = LocalCluster(
            n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    return Client(cluster), cluster


def _ordered(client: Any, model_name: str, tasks: list[Task], in_flight: int) -> Iterator[Processed]:
    """Submit a window of tasks at a time and yield their results in the tasks' order."""
    from collections import deque
    from dataclasses import replace

    waiting: deque[Any] = deque()
    queue = iter(tasks)
    for task in queue:
        waiting.append(client.submit(_dask_process, model_name, replace(task, data=task.path.read_bytes()), pure=False))
        if len(waiting) >= in_flight:
            yield waiting.popleft().result()
    while waiting:
        yield waiting.popleft().result()


def _dask_process(model_name: str, task: Task) -> Processed:
    """One document on a Dask worker; the worker process keeps its loaded model."""
    global _worker
    from .pipeline import Worker, process_document

    if _worker is None or _worker.model_name != model_name:
        _worker = Worker(model_name)
    return process_document(_worker, task)
