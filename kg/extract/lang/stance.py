"""Schema of the stance tables (filled per language in ``kg/extract/lang/<xx>/stance.py``)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["StanceWords"]


@dataclass(frozen=True)
class StanceWords:
    """PLACEHOLDER: the refactor fills this in."""
