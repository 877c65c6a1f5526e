"""Schema of the roles tables (filled per language in ``kg/extract/lang/<xx>/roles.py``)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RoleWords"]


@dataclass(frozen=True)
class RoleWords:
    """PLACEHOLDER: the refactor fills this in."""
