"""Exceptions raised by kg.

Every error the library raises on purpose derives from :class:`KgError`; its
message is one line that names the bad value and says how to fix it. The CLI
prints that line and exits with status 2.

    KgError
    ├── CorpusError        a corpus folder, document or manifest cannot be read
    ├── ModelError         the spaCy model cannot be loaded
    ├── RegistryError      the actor registry is malformed
    ├── StoreError         the store cannot be opened, read or written
    ├── QueryError         a saved query is unknown, malformed or badly parameterised
    ├── ExportError        an export format or target is invalid
    ├── GoldError          a gold annotation folder cannot be read
    ├── EngineError        the engine a build runs on cannot be started or reached
    ├── ServeError         kg serve cannot listen, or lost a query worker
    │   └── RequestError   an HTTP request kg serve refuses (its ``status``: 400, 403, 404 ...)
    ├── LoadError          a triplestore cannot be reached, refuses the data, or holds other counts
    └── ReportError        the report's folder cannot be written, or holds something else
"""
from __future__ import annotations


class KgError(Exception):
    """Base class of all errors raised by kg on purpose."""


class CorpusError(KgError):
    """A corpus folder, a document or the manifest cannot be read."""


class ModelError(KgError):
    """The spaCy model cannot be loaded."""


class RegistryError(KgError):
    """The actor registry is malformed."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class QueryError(KgError):
    """A saved query is unknown, malformed or badly parameterised."""


class ExportError(KgError):
    """An export format or target is invalid."""


class GoldError(KgError):
    """A gold annotation folder cannot be read."""


class EngineError(KgError):
    """The engine a build runs on (a Dask cluster) cannot be started or reached."""


class ServeError(KgError):
    """``kg serve`` cannot listen on its address, or a query worker died."""


class RequestError(ServeError):
    """An HTTP request ``kg serve`` refuses; ``status`` is the HTTP status code to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status

    def __reduce__(self) -> tuple[type[RequestError], tuple[int, str]]:
        return type(self), (self.status, str(self))


class LoadError(KgError):
    """A triplestore cannot be reached, refuses the data, or holds other triple counts than the store."""


class ReportError(KgError):
    """The folder ``kg report`` writes into cannot be written, or holds files that are not a kg report."""
