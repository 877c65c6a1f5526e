"""Schema of the names tables (filled per language in ``kg/extract/lang/<xx>/names.py``)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NameWords"]


@dataclass(frozen=True)
class NameWords:
    """PLACEHOLDER: the refactor fills this in."""
