"""Schema of the cues tables (filled per language in ``kg/extract/lang/<xx>/cues.py``)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CueWords"]


@dataclass(frozen=True)
class CueWords:
    """PLACEHOLDER: the refactor fills this in."""
