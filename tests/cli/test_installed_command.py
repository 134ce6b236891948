"""The installed ``consolidate`` executable (the console script), run as a user would run it.

The other CLI tests call ``consolidate.cli.main`` in-process; these run the real executable
that ``pip install`` put next to the interpreter, so they catch a broken entry point, a
missing data file in the package or a start-up import error. Skipped, with the reason, when
no executable is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import consolidate


def find_executable() -> str | None:
    """The ``consolidate`` script next to this interpreter (a venv), else the one on PATH."""
    names = ("consolidate.exe", "consolidate") if os.name == "nt" else ("consolidate",)
    bin_dir = Path(sys.executable).parent
    for name in names:
        candidate = bin_dir / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("consolidate")


EXECUTABLE = find_executable()

pytestmark = pytest.mark.skipif(
    EXECUTABLE is None,
    reason="the consolidate executable is not installed (no console script next to "
    f"{sys.executable} nor on PATH): run `pip install .`",
)


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    """Run the executable with ``arguments``, from a neutral directory, capturing output."""
    assert EXECUTABLE is not None
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [EXECUTABLE, *arguments], capture_output=True, text=True, encoding="utf-8",
        timeout=120, cwd=Path(__file__).resolve().parent, env=environment, check=False,
    )


def test_version() -> None:
    completed = run("--version")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == f"consolidate {consolidate.__version__}"
    assert completed.stderr == ""


def test_help_lists_every_subcommand() -> None:
    completed = run("--help")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("usage: consolidate")
    for subcommand in ("parse", "explain", "apply", "render", "diff"):
        assert f"    {subcommand} " in completed.stdout, subcommand


def test_no_argument_consolidates_the_embedded_case() -> None:
    completed = run()
    assert completed.returncode == 0, completed.stderr
    assert "16 MAI 2001" in completed.stdout
    assert "10 AVRIL 2016" in completed.stdout
    # one of the 2024 law's changes is there (art. 2, a): "sont mis" → "ont été mis")
    assert "qui ont été mis à la pension pour une autre raison" in completed.stdout
    notice = completed.stderr.splitlines()
    assert len(notice) == 2, completed.stderr  # the models, and art. 21 which changes nothing
    assert "models" in notice[0]
    assert "not official texts" in notice[0]
    assert notice[1].startswith("consolidate: warning: art. 21 (replace_words")


def test_bad_usage_exits_2_without_traceback() -> None:
    completed = run("apply", "--format", "pdf")
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert "invalid choice" in completed.stderr
    assert "Traceback" not in completed.stderr
