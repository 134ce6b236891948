"""``python -m consolidate``."""

from .cli import run

run()
