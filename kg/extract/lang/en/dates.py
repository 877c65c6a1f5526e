"""English dates tables."""
from __future__ import annotations

from ..dates import DateWords

__all__ = ["DATES"]

DATES = DateWords()
