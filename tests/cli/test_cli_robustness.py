"""The command never shows a traceback, writes files whole with ordinary permissions, reads
files with a byte-order mark, and says what it skipped."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from consolidate.cli import EXIT_INTERNAL, apply_cmd, main

ROOT = Path(__file__).resolve().parents[2]
SEED_2016 = ROOT / "seeds" / "loi-2016-04-10-travail-distance.fr.xml"


def test_a_bug_in_the_library_is_an_internal_error_without_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(args: object) -> int:
        raise IndexError("list index out of range")

    monkeypatch.setattr(apply_cmd, "execute", broken)
    assert main([]) == EXIT_INTERNAL
    captured = capsys.readouterr()
    assert "internal error (IndexError: list index out of range)" in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""


def test_output_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    assert main(["apply", "-o", str(target)]) == 0
    mode = stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_replacing_an_output_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert main(["apply", "-o", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8").startswith("16 MAI 2001.")


def test_a_base_with_a_byte_order_mark_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "bom.xml"
    base.write_bytes(b"\xef\xbb\xbf" + SEED_2016.read_bytes())
    assert main(["apply", "--base", str(base)]) == 0
    assert "10 AVRIL 2016" in capsys.readouterr().out


def test_an_xml_base_starting_with_a_comment_is_read_as_xml(tmp_path: Path) -> None:
    data = SEED_2016.read_bytes()
    declaration_end = data.index(b"?>") + 2
    base = tmp_path / "comment.xml"
    base.write_bytes(b"<!-- a comment -->\n" + data[declaration_end:].lstrip())
    assert main(["render", str(base)]) == 0


def test_skipped_operations_are_reported_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["apply", "--base", str(SEED_2016)]) == 0
    err = capsys.readouterr().err
    assert "37 operations skipped: act not supplied (loi du 2001-05-16)" in err
    assert "models of the loi du 10 avril 2016" in err


def test_diff_renders_the_html_redline(tmp_path: Path) -> None:
    target = tmp_path / "redline.html"
    assert main(["diff", "--format", "html", "-o", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<ins" in page and "<del" in page
