"""Schema of the events tables (filled per language in ``kg/extract/lang/<xx>/events.py``)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EventWords"]


@dataclass(frozen=True)
class EventWords:
    """PLACEHOLDER: the refactor fills this in."""
