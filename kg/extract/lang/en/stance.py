"""English stance tables."""
from __future__ import annotations

from ..stance import StanceWords

__all__ = ["STANCE"]

STANCE = StanceWords()
