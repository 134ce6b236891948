"""The whole 2024 act, operations included, against tests/golden/parse-2024.json.

Regenerate after a deliberate change with ``CONSOLIDATE_REGEN=1 pytest tests/unit/
test_parser_golden.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from consolidate import api

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "parse-2024.json"


def current() -> str:
    return json.dumps(api.parse().model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def test_golden_parse_2024() -> None:
    text = current()
    if os.environ.get("CONSOLIDATE_REGEN") == "1":
        GOLDEN.write_text(text, encoding="utf-8")
    assert GOLDEN.read_text(encoding="utf-8") == text, (
        "the parse of the 2024 law changed; if intended, rerun with CONSOLIDATE_REGEN=1"
    )


def test_golden_has_the_issue_shape() -> None:
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert set(data) == {"act", "articles", "problems"}
    assert data["articles"][1]["number"] == "2" and data["articles"][1]["kind"] == "amending"
    assert data["articles"][1]["operations"][0]["op"] == "replace_words"
    assert sum(len(article["operations"]) for article in data["articles"]) == 40
