"""Run the corpus report: in this process, or as a Dask graph (one task per base and its
chain of acts, see :mod:`.discover`), locally or on a distributed cluster.

Dask is an optional extra (``pip install 'consolidate[corpus]'``): it is imported only when
workers or a scheduler are asked for.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import CorpusError
from .discover import Task, discover, tasks
from .report import ActRow, run_task

DASK_MISSING = (
    "the corpus runner needs Dask for --workers and --scheduler: pip install "
    "'consolidate[corpus]' (or run without them, in this process)"
)


CONNECT_TIMEOUT = 20
"""Seconds to wait for a Dask scheduler before giving up."""


def plan(directory: Path) -> list[Task]:
    """The tasks of a corpus directory, or :class:`CorpusError` when it holds no act."""
    if not directory.is_dir():
        raise CorpusError(f"{directory} is not a directory of acts")
    acts, bases = discover(directory)
    if not acts:
        raise CorpusError(f"{directory} holds no act (no manifest.tsv, no *.md)")
    return tasks(acts, bases)


def run(
    directory: Path, *, workers: int | None = None, scheduler: str | None = None,
    progress: bool = False,
) -> list[ActRow]:
    """The rows of every act of ``directory``, in task order then date order.

    Without ``workers`` and ``scheduler`` the tasks run here, one after the other; with
    ``workers`` on Dask's local scheduler (processes); with ``scheduler`` (an address such as
    ``tcp://127.0.0.1:8786``) on that Dask cluster. The rows are the same either way.
    """
    work = plan(directory)
    if workers is None and scheduler is None:
        return [row for task in work for row in run_task(task)]
    return run_dask(work, workers=workers, scheduler=scheduler, progress=progress)


def _module(name: str) -> Any:
    """A Dask module, or :class:`CorpusError` naming the extra to install."""
    try:
        return importlib.import_module(name)
    except ImportError:
        raise CorpusError(DASK_MISSING) from None


def run_dask(
    work: Sequence[Task], *, workers: int | None = None, scheduler: str | None = None,
    progress: bool = False,
) -> list[ActRow]:
    """Run the tasks as one Dask graph (see :func:`run`)."""
    dask = _module("dask")
    parts = [dask.delayed(run_task, pure=True)(task, dask_key_name=f"corpus-{index}-{task.key}")
             for index, task in enumerate(work)]
    if scheduler is not None:
        results = _distributed(parts, scheduler, progress)
    else:
        bar: contextlib.AbstractContextManager[Any] = contextlib.nullcontext()
        if progress:
            bar = _module("dask.diagnostics").ProgressBar(out=sys.stderr)  # stdout: results
        with bar:
            results = dask.compute(*parts, scheduler="processes", num_workers=workers or 1)
    return [row for rows in results for row in rows]


def _distributed(parts: list[Any], address: str, progress: bool) -> list[list[ActRow]]:
    distributed = _module("distributed")
    try:
        client = distributed.Client(address, timeout=CONNECT_TIMEOUT)
    except OSError as error:
        raise CorpusError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    with client:
        futures = client.compute(parts)
        if progress:
            with contextlib.redirect_stdout(sys.stderr):  # its bar prints; stdout: results
                distributed.progress(futures)
        results: list[list[ActRow]] = client.gather(futures)
    return results
