"""`consolidate apply` and `consolidate diff` end to end (main(argv), no subprocess)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consolidate import api
from consolidate.cli import main
from consolidate.document import render_text

NOTICE = "consolidate: base texts are models of the loi du 16 mai 2001 and the loi du 10 avril 2016"


NO_EFFECT = (
    "consolidate: warning: art. 21 (replace_words, article 62bis, alinéa 2) had no effect: the "
    'new words are the same as the old ones ("des sous-officiers de"): nothing changed'
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def garbled(tmp_path: Path) -> Path:
    """The 2024 law with quoted words that are not in the base (art. 23: "nouveaux")."""
    text = api.embedded(api.EMBEDDED_ACT).decode("utf-8")
    changed = text.replace('le mot "nouveau" est remplacé', 'le mot "nouveaux" est remplacé')
    assert changed != text
    path = tmp_path / "garbled.md"
    path.write_text(changed, encoding="utf-8")
    return path


def test_no_argument_prints_both_consolidated_laws(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 0
    assert NOTICE in err and len(err.strip().splitlines()) == 2
    assert err.splitlines()[1] == NO_EFFECT
    assert "16 MAI 2001. - Loi portant statut des militaires" in out
    assert "10 AVRIL 2016. - Loi relative au travail à distance" in out
    assert "10, 10bis, 11, 11bis, 12 et 58" in out
    assert "Art. 39. (abrogé)" in out


def test_apply_same_as_no_argument(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys)[1] == run(capsys, "apply")[1]


def test_article_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "apply", "--article", "76")
    assert code == 0
    assert out.startswith("Art. 76.")
    assert "Art. 10." not in out


def test_diff_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "apply", "--format", "diff")
    assert code == 0
    assert "+3° à leur demande" in out
    assert "-" in out and "@@" in out
    assert run(capsys, "diff")[1] == out


def test_word_diff(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", "--format", "words")
    assert code == 0
    assert "[-nouveau-]{+nouvel+}" in out


def test_at_before_entry_into_force(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "apply", "--at", "2023-12-31")
    assert code == 0
    bases = api.load_embedded()
    assert out == "\n".join(render_text(b) for b in bases)
    assert run(capsys, "diff", "--at", "2023-12-31")[1] == ""


def test_failed_operation_exits_1_with_empty_stdout(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "apply", str(garbled(tmp_path)))
    assert code == 1
    assert out == ""
    assert "error[A001]" in err
    assert '"nouveaux"' in err and "art. 23" in err and "article 73, alinéa 4" in err
    assert 'did you mean "nouveau"' in err
    assert f"{tmp_path / 'garbled.md'}:" in err  # FILE:LINE:COL of the operation
    assert 'le mot "nouveaux" est remplacé' in err  # the line, with a caret below


def test_keep_going_lists_failures(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "apply", str(garbled(tmp_path)), "--keep-going")
    assert code == 1
    assert "1 of 40 operations failed" in err
    assert "10, 10bis, 11, 11bis, 12 et 58" in out


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    code, out, _ = run(capsys, "apply", "-o", str(target))
    assert code == 0 and out == ""
    assert "12 et 58" in target.read_text(encoding="utf-8")


def test_failure_writes_no_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    code, _, _ = run(capsys, "apply", str(garbled(tmp_path)), "-o", str(target))
    assert code == 1 and not target.exists()


def test_explicit_base(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    base = tmp_path / "base.xml"
    base.write_bytes(api.embedded(api.EMBEDDED_BASES[2]))
    code, out, err = run(capsys, "apply", "--base", str(base))
    assert code == 0
    assert NOTICE not in err
    assert "10 AVRIL 2016" in out and "16 MAI 2001" not in out


@pytest.mark.parametrize(
    "argv",
    [("apply", "--at", "31-12-2023"), ("apply", "missing.md"), ("apply", "--base", "nope.xml"),
     ("apply", "--format", "pdf"), ("apply", "--format", "html", "--article", "3"),
     ("apply", "--article", "99")],
)
def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err
