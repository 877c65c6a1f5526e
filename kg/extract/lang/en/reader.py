"""English words of date lines, bylines and page chrome, for the reader."""
from __future__ import annotations

from ..reader import ReaderWords

__all__ = ["READER"]

READER = ReaderWords()
