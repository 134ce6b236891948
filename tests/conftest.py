"""Test configuration: Hypothesis profiles and the ``slow`` marker.

Profiles (``HYPOTHESIS_PROFILE`` picks one; ``CI=true`` alone picks ``ci``):

- ``dev`` (default): 50 examples per property, random, quick feedback;
- ``ci``: derandomized (the same examples on every run), 60 examples, no deadline — what
  ``.ci/run`` uses;
- ``fuzz``: 20,000 examples per property (``FUZZ_EXAMPLES`` overrides), random, no deadline;
  run every property with it:
  ``HYPOTHESIS_PROFILE=fuzz pytest -m "slow or not slow" tests/property``. The fuzz-only
  tests are marked ``slow``: the default run (``-m 'not slow'``, pyproject) leaves them out.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

_DEPENDENCIES = ("lxml", "pydantic", "diff_match_patch", "jsonschema", "consolidate")


def _require_dependencies() -> None:
    """The suite needs the project installed with its test extra: say so in one line rather
    than letting every test module fail on an ImportError."""
    missing = [name for name in _DEPENDENCIES if importlib.util.find_spec(name) is None]
    if missing:
        pytest.exit(
            f"the test dependencies are not installed in this Python ({', '.join(missing)}): "
            "run the README's test command: python3 -m venv .venv && "
            ".venv/bin/pip install '.[test]' && .venv/bin/pytest",
            returncode=4,
        )

_SLOW_CHECKS = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile("dev", max_examples=50, deadline=None,
                          suppress_health_check=_SLOW_CHECKS)
settings.register_profile("ci", max_examples=60, derandomize=True, deadline=None,
                          print_blob=True, suppress_health_check=_SLOW_CHECKS)
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "20000")),
                          deadline=None, print_blob=True, suppress_health_check=_SLOW_CHECKS)


def _profile() -> str:
    chosen = os.environ.get("HYPOTHESIS_PROFILE")
    if chosen:
        return chosen
    return "ci" if os.environ.get("CI", "").lower() in ("1", "true", "yes") else "dev"


PROFILE = _profile()
settings.load_profile(PROFILE)


def pytest_configure(config: pytest.Config) -> None:
    """Check the test dependencies are installed, and declare the markers (pyproject declares
    them too; this keeps --strict-markers happy when the tests run from another rootdir)."""
    _require_dependencies()
    config.addinivalue_line("markers", "slow: long-running (fuzz profile, browser); not in CI")
    config.addinivalue_line("markers", "browser: needs headless Chromium")


ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CONSOLIDATE_SHARED", ROOT.parent / "shared"))  # tests may move it


def shared_path(relative: str) -> Path:
    """A file of the shared data (``../shared/`` next to the repository), or skip the test
    saying that the shared data is absent (a user's clone has no ``../shared``; CI has it).
    Shared files are never copied into the repository."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(
            f"needs the shared data {path} (../shared/{relative} next to the repository), "
            "which is absent: tests on real Justel pages and the corpus run where ../shared "
            "exists, as in CI"
        )
    return path


@pytest.fixture(scope="session")
def shared() -> Callable[[str], Path]:
    """``shared("data/justel/x.html")``: the path of a shared file, or skip (see
    :func:`shared_path`)."""
    return shared_path


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say in the normal summary (not only with ``-rs``) why tests were skipped for want of
    something outside the repository: Chromium for the browser tests, ``../shared`` for the
    tests on real data. The README says how to get them."""
    reasons: dict[str, int] = {}
    for report in terminalreporter.stats.get("skipped", []):
        if not isinstance(report.longrepr, tuple):
            continue
        reason = str(report.longrepr[2]).removeprefix("Skipped: ")
        if "Chromium" in reason or "shared data" in reason:
            reasons[reason] = reasons.get(reason, 0) + 1
    if not reasons:
        return
    terminalreporter.section("skipped for want of something outside the repository")
    for reason, count in reasons.items():
        plural = "test" if count == 1 else "tests"
        terminalreporter.write_line(f"{count} {plural} skipped: {reason}")
