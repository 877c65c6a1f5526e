"""English roles tables."""
from __future__ import annotations

from ..roles import RoleWords

__all__ = ["ROLES"]

ROLES = RoleWords()
