"""A build killed with SIGKILL leaves the previous store intact and queryable, and the next
build completes it (the store writes each document's graph in one transaction)."""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SMALL_ARTICLES
from test_adversarial import write_hostile_documents

from kg import vocab
from kg.store import open_store

#: seconds after the start of the rebuild at which it is killed: while the corpus is scanned,
#: while the model loads, and while documents are written
KILL_AFTER = (0.2, 1.5, 4.0, 7.0)
COPIES = 12


def _write(corpus: Path, extra: str) -> dict[str, str]:
    """Twelve distinct articles and the adversarial test's hostile documents (odd encodings,
    control characters, names with quotes and newlines); returns file name -> checksum as
    the graph records it."""
    sums = write_hostile_documents(corpus, extra)
    for copy in range(COPIES):
        for name, text in SMALL_ARTICLES.items():
            path = corpus / f"{copy:02d}-{name}"
            data = (text + f"\nThe talks resumed on day {copy + 1}.{extra}\n").encode("utf-8")
            path.write_bytes(data)
            sums[path.name] = "sha256:" + hashlib.sha256(data).hexdigest()
    return sums


def _kg(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, args)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _stored_checksums(store: Path) -> dict[str, str]:
    with open_store(store, read_only=True) as db:
        rows = db.query(f"SELECT ?name ?sum WHERE {{ GRAPH ?g {{ ?d <{vocab.KG}fileName> ?name ; "
                        f"<{vocab.KG}checksum> ?sum }} }}").rows
    return {name.value: checksum.value for name, checksum in rows if name is not None and checksum is not None}


@pytest.mark.model
def test_killed_rebuilds_leave_each_document_old_or_new_and_the_next_build_completes(tmp_path: Path) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    old = _write(corpus, "")
    assert _kg("build", corpus, "--store", store).wait(timeout=600) == 0
    new = _write(corpus, " Both sides spoke of progress.")
    for seconds in KILL_AFTER:
        process = _kg("build", corpus, "--store", store)
        time.sleep(seconds)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        stored = _stored_checksums(store)  # the store opens and answers queries
        assert set(stored) == set(old)
        assert all(stored[name] in (old[name], new[name]) for name in stored)
        assert _kg("validate", "--store", store).wait(timeout=300) == 0
        new = _write(corpus, f" Both sides spoke of progress ({seconds}).")  # the next kill interrupts a rebuild again
    assert _kg("build", corpus, "--store", store).wait(timeout=600) == 0
    assert _stored_checksums(store) == new
    assert _kg("validate", "--store", store).wait(timeout=300) == 0
