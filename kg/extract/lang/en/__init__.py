"""English: the words kg's rules read, assembled from this package's tables."""
from __future__ import annotations

from .. import Lexicon
from .cues import CUES
from .dates import DATES
from .events import EVENTS
from .names import NAMES
from .reader import READER
from .roles import ROLES
from .stance import STANCE

__all__ = ["LEXICON"]

LEXICON = Lexicon(lang="en", cues=CUES, roles=ROLES, names=NAMES, stance=STANCE, events=EVENTS, dates=DATES,
                  reader=READER)
