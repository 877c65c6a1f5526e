"""English events tables."""
from __future__ import annotations

from ..events import EventWords

__all__ = ["EVENTS"]

EVENTS = EventWords()
