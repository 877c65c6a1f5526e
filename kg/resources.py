"""Where the project's data folders are: ontology/, shapes/ and queries/.

In a source checkout (or an editable install) they sit next to the package; a
regular install puts them under ``<prefix>/share/kg/``.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .errors import KgError

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """The folder ``name`` (``"ontology"``, ``"shapes"`` or ``"queries"``)."""
    for root in (_SOURCE_ROOT, Path(sys.prefix) / "share" / "kg"):
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise KgError(
        f"The {name}/ folder of kg was not found next to the package nor under {sys.prefix}/share/kg. "
        "You can fix this by reinstalling kg from its source folder (pip install -e .)."
    )
