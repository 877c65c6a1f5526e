"""Schema of the date tables (filled per language in ``kg/extract/lang/<xx>/dates.py``)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["DateWords"]


@dataclass(frozen=True)
class DateWords:
    """The words of dates. (The refactor adds the rest of the date tables here.)"""

    months: Mapping[str, int]
    """month names and abbreviations, lower case -> month number ("january", "jan" -> 1)"""
