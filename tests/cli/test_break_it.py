"""Break it: what a new user (or a hostile file) does to the command and the library.

Every case ends in a clear sentence, a stable code and the documented exit code
(docs/cli.md), with nothing half-written and the inputs untouched. This module breaks:

- **encodings**: an act and a Justel text in Latin-1 (E100 with the byte, its offset, line
  and column, and the encodings that are read), UTF-16, a byte-order mark (read), a Latin-1
  Justel HTML page declaring its charset (read), a page neither UTF-8 nor Windows-1252;
- **hostile XML** given as ``--base``: external entities, billion laughs (E101, exit 2,
  nothing on stdout, nothing leaked);
- **huge inputs**: an act of several megabytes of one line, a base of 50,000 articles'
  worth of nesting, the text of an act given as a file name (16 kB);
- **-o on every kind of path**: new file, regular file, read-only file, directory, FIFO,
  device (``/dev/full``, ``/dev/null``), symlink to a file, dangling symlink, symlink to a
  directory, missing directory, an input of the command (or a link to it), ``-`` and the
  empty string;
- **Ctrl-C** before and while writing: exit 130, no output file, no temporary file;
- **API misuse**: each public verb given what the issue tried (a path for an act, one
  document for a list, a date as a string, ...): ``ArgumentError`` (E120, a ``TypeError``)
  naming the verb, the argument and what it accepts.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
from pathlib import Path

import pytest

import consolidate
from consolidate import api
from consolidate.cli import EXIT_USAGE, main
from consolidate.errors import ArgumentError, ConsolidateError, InputError

ROOT = Path(__file__).resolve().parents[2]
SEED_2016 = ROOT / "seeds" / "loi-2016-04-10-travail-distance.fr.xml"
JUSTEL_TEXT = ROOT / "tests" / "data" / "justel" / "loi-2016-04-10-art-2-3.fr.txt"
ACT_TEXT = api.embedded(api.EMBEDDED_ACT).decode("utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- encodings ------------------------------------------------------------------------------


def test_a_latin1_act_names_the_byte_its_line_and_the_encodings_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    act = tmp_path / "latin1.md"
    data = ACT_TEXT.encode("latin-1", errors="replace")
    act.write_bytes(data)
    code, out, err = run(capsys, "parse", str(act))
    assert (code, out) == (EXIT_USAGE, "")
    offset = data.index(b"\xe9")  # the first "é" of the act
    line = data[:offset].count(b"\n") + 1
    assert f"{act}:{line}:" in err and "error[E100]" in err
    assert f"byte 0xe9 at offset {offset} (line {line}, column" in err
    assert "read as UTF-8" in err and "Windows-1252" in err and "iconv" in err
    assert "^" in err  # the line and a caret


def test_a_latin1_justel_text_base_is_e100_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "latin1.txt"
    base.write_bytes(JUSTEL_TEXT.read_text(encoding="utf-8").encode("latin-1"))
    code, out, err = run(capsys, "render", str(base))
    assert (code, out) == (EXIT_USAGE, "")
    assert "error[E100]" in err and "not UTF-8: byte 0x" in err and "(line 1, column" in err


def test_a_utf16_act_is_e100_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    act = tmp_path / "utf16.md"
    act.write_bytes(ACT_TEXT.encode("utf-16"))
    code, _, err = run(capsys, "parse", str(act))
    assert code == EXIT_USAGE and "error[E100]" in err and "byte 0xff at offset 0" in err


def test_an_act_with_a_byte_order_mark_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    act = tmp_path / "bom.md"
    act.write_bytes(b"\xef\xbb\xbf" + ACT_TEXT.encode("utf-8"))
    code, out, _ = run(capsys, "parse", str(act), "--format", "text")
    assert code == 0 and len(out.splitlines()) == 40


def test_a_latin1_justel_page_declaring_its_charset_is_read(tmp_path: Path) -> None:
    lines = JUSTEL_TEXT.read_text(encoding="utf-8").splitlines()
    page = ("<html><head><meta charset='iso-8859-1'></head><body>"
            + "<br>".join(lines) + "</body></html>").encode("latin-1")
    document = api.load(page, name="latin1.html")
    assert "Défense" in api.render(document, "text")


# --- hostile XML ----------------------------------------------------------------------------

XXE = SEED_2016.read_text(encoding="utf-8").replace(
    "<akomaNtoso", '<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<akomaNtoso',
    1,
).replace("La présente loi règle", "&x; La présente loi règle", 1)
LAUGHS = SEED_2016.read_text(encoding="utf-8").replace(
    "<akomaNtoso",
    '<!DOCTYPE akomaNtoso [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>\n'
    "<akomaNtoso",
    1,
).replace("La présente loi règle", "&d; La présente loi règle", 1)


@pytest.mark.parametrize("name", ["external-entity", "laughs"])
def test_hostile_xml_as_base_is_refused(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / f"{name}.xml"
    base.write_text(XXE if name == "external-entity" else LAUGHS, encoding="utf-8")
    code, out, err = run(capsys, "apply", "--base", str(base))
    assert (code, out) == (EXIT_USAGE, "")
    assert "error[E101]" in err and "root:" not in err and "aaaaaaaaaa" not in err


# --- huge inputs ----------------------------------------------------------------------------


def test_a_huge_one_line_act_is_a_parse_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    act = tmp_path / "huge.md"
    act.write_text(ACT_TEXT + "\n**Art. 29.** Dans l'article 3 de la même loi, les mots \""
                   + "mot " * 1_000_000 + "\n", encoding="utf-8")  # 4 MB, unterminated quote
    code, out, err = run(capsys, "parse", str(act))
    assert (code, out) == (EXIT_USAGE, "")
    assert "error[P" in err and len(err) < 2000  # the line is shortened, not printed whole


def test_deeply_nested_xml_is_refused_not_a_recursion_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "deep.xml"
    base.write_text(SEED_2016.read_text(encoding="utf-8").replace(
        "<body>", "<body>" + "<chapter>" * 50_000 + "</chapter>" * 50_000, 1), encoding="utf-8")
    code, out, err = run(capsys, "render", str(base))
    assert (code, out) == (EXIT_USAGE, "")
    assert "error[E101]" in err and "internal error" not in err


def test_the_text_of_an_act_given_as_a_file_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse", ACT_TEXT)
    assert (code, out) == (EXIT_USAGE, "")
    assert "looks like the text of a file, not a file name" in err
    assert "File name too long" not in err and len(err) < 400
    code, _, err = run(capsys, "x" * 20_000)
    assert code == EXIT_USAGE and "unknown command or file" in err and len(err) < 400


# --- -o on every kind of path ---------------------------------------------------------------


def refused(capsys: pytest.CaptureFixture[str], path: Path | str, words: str) -> None:
    code, out, err = run(capsys, "parse", "-o", str(path))
    assert (code, out) == (EXIT_USAGE, ""), err
    assert words in err, err


def test_o_creates_a_new_file_and_replaces_a_regular_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new.json"
    assert run(capsys, "parse", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("{")
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    assert run(capsys, "parse", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("{")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.json"]  # no temporary left


def test_o_refuses_a_read_only_file_even_for_root(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ro.json"
    target.write_text("keep", encoding="utf-8")
    target.chmod(0o444)
    refused(capsys, target, "the file is read-only")
    assert target.read_text(encoding="utf-8") == "keep"


def test_o_refuses_a_directory_a_fifo_and_devices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused(capsys, tmp_path, "it is a directory")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    refused(capsys, fifo, "it is a FIFO (named pipe)")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    for device in ("/dev/full", "/dev/null"):
        if Path(device).exists():
            refused(capsys, device, "it is a device")
            assert stat.S_ISCHR(Path(device).stat().st_mode)  # still a device


def test_o_follows_a_symlink_and_never_replaces_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run(capsys, "parse", "-o", str(link))[0] == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("{")
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "later.json")
    assert run(capsys, "parse", "-o", str(dangling))[0] == 0
    assert dangling.is_symlink() and (tmp_path / "later.json").is_file()
    to_directory = tmp_path / "dir-link"
    to_directory.symlink_to(tmp_path)
    refused(capsys, to_directory, f"it is a directory (the symlink {to_directory} points to it)")
    nowhere = tmp_path / "nowhere"
    nowhere.symlink_to(tmp_path / "missing" / "x.json")
    refused(capsys, nowhere, "does not exist")
    assert nowhere.is_symlink()


def test_o_into_a_missing_directory_and_the_empty_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused(capsys, tmp_path / "missing" / "x.json", f"the directory {tmp_path / 'missing'} "
            "does not exist")
    code, out, err = run(capsys, "parse", "-o", "")
    assert (code, out) == (EXIT_USAGE, "")
    assert err.strip() == ("consolidate parse: argument -o/--output: empty file name (give a "
                           "path, or - for standard output)")


def test_o_refuses_an_input_of_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "base.xml"
    base.write_bytes(SEED_2016.read_bytes())
    link = tmp_path / "link.xml"
    link.symlink_to(base)
    for argv in (["render", str(base), "-o", str(base)],
                 ["apply", "--base", str(base), "-o", str(link)]):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (EXIT_USAGE, "")
        assert f"it is an input of this command ({base}); inputs are never modified" in err
    assert base.read_bytes() == SEED_2016.read_bytes()


def test_an_undecodable_justel_page_is_located(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "bad.html"
    page.write_bytes(b"<html><body>" + JUSTEL_TEXT.read_bytes().replace(b"\n", b"\n<br>")
                     .replace("Défense".encode(), b"D\x81fense", 1) + b"</body></html>")
    code, _, err = run(capsys, "render", str(page))
    assert code == EXIT_USAGE
    assert err.startswith(f"{page}:1:") and "error[E100]" in err and "byte 0x81" in err


def test_o_dash_is_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "-o", "-")
    assert code == 0 and out.startswith("{")


def test_an_unwritable_o_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*args: object, **kwargs: object) -> object:
        raise AssertionError("consolidated although -o could not be written")

    monkeypatch.setattr(api, "consolidate", never)
    code, _, err = run(capsys, "apply", "-o", str(tmp_path))
    assert code == EXIT_USAGE and "it is a directory" in err


# --- Ctrl-C ---------------------------------------------------------------------------------


def test_ctrl_c_while_consolidating_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "consolidate", interrupted)
    code, out, _ = run(capsys, "apply", "-o", str(tmp_path / "out.txt"))
    assert (code, out) == (130, "")
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_while_writing_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def interrupted(source: object, destination: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    code, _, _ = run(capsys, "apply", "-o", str(target))
    assert code == 130
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


# --- API misuse: one test per verb ----------------------------------------------------------


def misuse(call: object, *words: str) -> ArgumentError:
    assert callable(call)
    with pytest.raises(ArgumentError) as caught:
        call()
    error = caught.value
    assert isinstance(error, TypeError) and isinstance(error, ConsolidateError)
    assert error.code == "E120"
    for word in words:
        assert word in error.message, error.message
    return error


@pytest.fixture(scope="module")
def base() -> consolidate.Document:
    return api.load(SEED_2016)


def test_parse_misuse() -> None:
    misuse(lambda: api.parse(123), "parse(): source must be a path", "got the int 123")
    misuse(lambda: api.parse(ACT_TEXT), "parse(): source looks like the text of a file",
           "182 line breaks", "parse(text=...)")
    misuse(lambda: api.parse(text=ACT_TEXT.encode()), "parse(): text must be a str",
           "text=data.decode('utf-8')")
    misuse(lambda: api.parse(keep_going="yes"), "parse(): keep_going must be True or False")


def test_load_misuse() -> None:
    misuse(lambda: api.load(None), "load(): source must be a path (str or pathlib.Path) or "
           "bytes; got None")
    misuse(lambda: api.load(SEED_2016.read_text(encoding="utf-8")),
           "load(): source looks like the text of a file", "load(text.encode('utf-8')")
    misuse(lambda: api.load(SEED_2016, lenient="yes"), "load(): lenient must be True or False")


def test_apply_misuse(base: consolidate.Document) -> None:
    act = api.parse()
    misuse(lambda: api.apply(base, act), "apply(): documents must be a list of Documents",
           "got a Document", "[document]")
    misuse(lambda: api.apply([base], act, at="2024-05-01"),
           "apply(): at must be None or a datetime.date; got the str '2024-05-01'",
           "datetime.date.fromisoformat('2024-05-01')")
    misuse(lambda: api.apply(act, [base]), "The documents come first: apply(documents, act)")
    misuse(lambda: api.apply([base], "act.md"), "apply(): act must be an AmendingAct")
    misuse(lambda: api.apply([base], act, at=dt.datetime(2024, 5, 1)), "at=value.date()")


def test_consolidate_misuse(base: consolidate.Document) -> None:
    misuse(lambda: consolidate.consolidate("act.md"),
           "consolidate(): act must be an AmendingAct (from parse()) or None; got the str "
           "'act.md'", "consolidate(parse('act.md'), ...)")
    misuse(lambda: api.consolidate(api.parse(), base), "consolidate(): documents must be")
    misuse(lambda: api.consolidate(api.parse(), [base], keep_going=1), "keep_going must be")


def test_render_misuse(base: consolidate.Document) -> None:
    misuse(lambda: api.render(api.parse()), "render(): subject must be a Document",
           "got an AmendingAct", "render(consolidate(act, documents)")
    misuse(lambda: api.render(base, None), "render(): format must be a format name")


def test_diff_misuse(base: consolidate.Document) -> None:
    misuse(lambda: api.diff("a", "b"), "diff(): before must be a Document (from load()); got "
           "the str 'a'", "diff(load(a), load(b))")
    misuse(lambda: api.diff(base, None), "diff(): after must be a Document")


def test_draft_misuse() -> None:
    misuse(lambda: api.draft(None), "draft(): operation must be an Operation")
    misuse(lambda: api.draft(api.parse()), "got an AmendingAct")


def test_the_command_misusing_the_api_is_an_internal_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from consolidate.cli import EXIT_INTERNAL, inputs

    monkeypatch.setattr(inputs, "read_amending", lambda args: ("act.md", ""))
    code, out, err = run(capsys, "apply")
    assert (code, out) == (EXIT_INTERNAL, "")
    assert err.splitlines()[-1].startswith("consolidate: internal error (ArgumentError: "
                                           "consolidate(): act must be an AmendingAct")


def test_a_path_that_does_not_exist_is_still_input_error() -> None:
    with pytest.raises(InputError, match="no such file"):
        api.parse("no-such-act.md")


def test_stdin_is_read_for_the_act(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ACT_TEXT.encode("utf-8"))))
    code, out, _ = run(capsys, "parse", "-", "--format", "text")
    assert code == 0 and len(out.splitlines()) == 40
