"""English cues tables."""
from __future__ import annotations

from ..cues import CueWords

__all__ = ["CUES"]

CUES = CueWords()
