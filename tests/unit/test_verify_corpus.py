"""verify on the corpus pairs (an act and the Justel pages of the texts it amends, manifest
``amends_present``) as the parser reads the acts today: no exception, every verdict well formed,
and the agreement of the issue (≥ 95 % of the checkable operations)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import consolidate
from consolidate.verification import REASONS, verify

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "corpus"


def pairs() -> list[tuple[str, str, str]]:
    if not (CORPUS / "manifest.tsv").exists():
        return []
    with (CORPUS / "manifest.tsv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    return [(row["numac"], base, row["dossier_number"]) for row in rows if row["role"] == "act"
            for base in (row["amends_present"] or "").split(",") if base]


def test_the_corpus_pairs_verify() -> None:
    if not pairs():
        pytest.skip(f"the working corpus is not here ({CORPUS}): ../shared is absent")
    counts = {"agrees": 0, "disagrees": 0, "not_checkable": 0}
    pages: dict[str, consolidate.Document] = {}
    for act_name, base, reference in pairs():
        act = consolidate.parse(CORPUS / "be" / f"{act_name}.md", keep_going=True)
        page = pages.get(base) or consolidate.load(CORPUS / "be" / f"{base}.md", lenient=True)
        pages[base] = page
        report = verify(act, page, reference=act.act.justel_reference or reference)
        for check in report.checks:
            counts[check.status] += 1
            assert (check.reason is not None) == (check.status == "not_checkable")
            assert check.reason is None or check.reason in REASONS
            if check.status == "disagrees":
                assert check.message and (check.expected or check.found or check.unit)
    checkable = counts["agrees"] + counts["disagrees"]
    assert len(pairs()) == 26 and checkable >= 20
    assert counts["agrees"] / checkable >= 0.95, counts
