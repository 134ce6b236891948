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
