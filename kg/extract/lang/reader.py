"""Schema of the reader's tables: date lines, bylines and page chrome (filled per language in ``kg/extract/lang/<xx>/reader.py``)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ReaderWords"]


@dataclass(frozen=True)
class ReaderWords:
    """PLACEHOLDER: the refactor fills this in."""
