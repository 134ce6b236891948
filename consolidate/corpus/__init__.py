"""The corpus report (``consolidate batch DIR``, ``benchmarks/corpus.py DIR``): per act of a
directory, its articles and amending instructions (counted independently of the parser), the
operations read, refusals by code, silent articles, ``verify`` against the bases present and
the time; then totals. See docs/corpus.md.
"""

from __future__ import annotations

from ..errors import CorpusError
from .counting import count_articles, count_instructions
from .discover import ActFile, Task, discover, tasks
from .report import ActRow, run_task
from .runner import run
from .table import summary, table, totals

__all__ = [
    "ActFile", "ActRow", "CorpusError", "Task", "count_articles", "count_instructions",
    "discover", "run", "run_task", "summary", "table", "tasks", "totals",
]
