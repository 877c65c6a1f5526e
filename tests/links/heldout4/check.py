"""Sanity checks of the fourth held-out link gold (standard library only): `python3 check.py`.

The first set's checks (``../heldout/check.py``) on this directory, stricter: articles of at
most 600 words, and every evidence string found exactly once in its document.
"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE, "--max-words", "600", "--once"]
runpy.run_path(os.path.join(HERE, os.pardir, "heldout", "check.py"), run_name="__main__")
