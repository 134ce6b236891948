"""Golden consolidated text of every article the 2024 law amends (tests/golden/apply/).

Regenerate with ``CONSOLIDATE_REGEN=1 pytest tests/unit/test_apply_golden.py`` and review the
diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

from consolidate import api
from consolidate.differ import article_diffs

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "apply"


def amended_articles() -> dict[str, str]:
    """File name → consolidated text, for every amended article of every document."""
    result = api.consolidate()
    out: dict[str, str] = {}
    for before, after in result.pairs():
        identity = after.identity
        kind = identity.type.replace(" ", "-")
        prefix = f"{kind}-{identity.date.isoformat()}-{identity.language}"
        for diff in article_diffs(before, after):
            out[f"{prefix}-{diff.eid}.txt"] = diff.after + "\n"
    return out


def test_golden_consolidated_articles() -> None:
    actual = amended_articles()
    if os.environ.get("CONSOLIDATE_REGEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for stale in GOLDEN.glob("*.txt"):
            stale.unlink()
        for name, text in actual.items():
            (GOLDEN / name).write_text(text, encoding="utf-8")
    expected = {path.name: path.read_text(encoding="utf-8") for path in GOLDEN.glob("*.txt")}
    assert sorted(actual) == sorted(expected)
    for name, text in actual.items():
        assert text == expected[name], name
