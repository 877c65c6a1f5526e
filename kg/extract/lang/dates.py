"""Schema of the dates tables (filled per language in ``kg/extract/lang/<xx>/dates.py``)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DateWords"]


@dataclass(frozen=True)
class DateWords:
    """PLACEHOLDER: the refactor fills this in."""
