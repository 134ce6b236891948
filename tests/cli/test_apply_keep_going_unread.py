"""``apply --keep-going`` on an act with an article the parser cannot read: the article's
error is printed (as ``parse --keep-going`` prints it), counted in a last line, and the exit
code is 1; the other articles are applied. Before, the article vanished with exit 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from consolidate.cli import main

BASE = "seeds/loi-2001-05-16-statut-reserve.fr.xml"
ACT = ("12 JUIN 2025. - Loi modifiant la loi du 16 mai 2001\n\nArticle 1er. La présente loi "
       "règle une matière visée à l'article 74 de la Constitution.\n\nArt. 2. Dans l'article "
       "73 de la loi du 16 mai 2001 relative au statut des militaires, le dernier alinéa est "
       "abrogé.\n\nArt. 3. Dans l'article 72 de la même loi, les mots « a » sont bidulés.\n")


@pytest.fixture
def act(tmp_path: Path) -> str:
    path = tmp_path / "act.txt"
    path.write_text(ACT, encoding="utf-8")
    return str(path)


def test_with_keep_going_the_unread_article_is_said_and_the_exit_is_1(
        act: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["apply", act, "--base", BASE, "--keep-going"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "error[P001]: article 3: unknown formula 'bidulés'" in err
    assert "1 instruction not read (the parse errors above): not applied" in err
    assert "Le militaire de réserve dont le rengagement prend fin" not in out  # art. 2 applied


def test_without_keep_going_the_parse_error_stops_the_run(
        act: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["apply", act, "--base", BASE])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert "error[P001]: article 3" in err


def test_the_warnings_of_applied_operations_are_said_once_with_their_count(
        capsys: pytest.CaptureFixture[str]) -> None:
    act = "tests/data/chain/loi-2025-06-12-sans-publication.txt"
    code = main(["apply", act])
    _, err = capsys.readouterr()
    assert code == 0
    assert ("consolidate: warning: 1 applied operation: the date in force of L 2025-06-12 "
            "art. 1er is not known") in err
