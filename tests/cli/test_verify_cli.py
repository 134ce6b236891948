"""`consolidate verify ACT --justel PAGE`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consolidate.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "be"
OLD_2016 = ROOT / "tests" / "data" / "justel" / "loi-2016-04-10-art-2-3.fr.txt"


def test_text_output_and_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    if not CORPUS.exists():
        pytest.skip(f"the working corpus is not here ({CORPUS}): ../shared is absent")
    act = ROOT / "consolidate" / "data" / "loi-2024-03-25-statut-reserve.md"
    code = main(["verify", str(act), "--justel", str(CORPUS / "2016007106.md")])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("verify L 2024-03-25/42 against the loi du 2016-04-10")
    assert "art. 25, b)  insert_words  article 2, alinéa 2  agrees: the marked words are the " \
        "new words" in out
    assert out.rstrip().split("\n")[-1] == (
        "3 operations on this act (37 on other acts or languages): 3 agree, 0 disagree, "
        "0 not checkable; agreement 100%")


def test_embedded_act_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--justel", str(OLD_2016), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["counts"] == {"agrees": 0, "disagrees": 0, "not_checkable": 3}
    assert {c["reason"] for c in data[0]["checks"]} == {"act_not_cited"}


def test_the_page_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify"]) == 2
    assert "--justel" in capsys.readouterr().err


def test_a_missing_page_is_an_input_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--justel", "no-such-page.md"]) == 2
    assert "no-such-page.md" in capsys.readouterr().err
