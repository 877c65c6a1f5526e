"""English names tables."""
from __future__ import annotations

from ..names import NameWords

__all__ = ["NAMES"]

NAMES = NameWords()
