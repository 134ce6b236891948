"""Hostile and malformed XML is a DocumentError (E101): never a traceback, never a leak."""

from __future__ import annotations

from pathlib import Path

import pytest

from consolidate import api
from consolidate.cli import main
from consolidate.document import load_file, load_xml, render_text
from consolidate.errors import ConsolidateError, DocumentError

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "loi-2016-04-10-travail-distance.fr.xml"
SEED_TEXT = SEED.read_text(encoding="utf-8")
BODY = SEED_TEXT.split("\n", 1)[1]  # without the XML declaration
ANCHOR = "La présente loi règle"
PASSWD_MARKERS = ("root:", "/bin/", "nologin")

XXE_DTD = '<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'

def _laugh(level: int) -> str:
    previous = f"&lol{level - 1};" if level > 1 else "&lol;"
    return f'<!ENTITY lol{level} "{previous * 10}">\n'


LAUGHS_DTD = (
    '<!DOCTYPE akomaNtoso [\n<!ENTITY lol "lol">\n'
    + "".join(_laugh(level) for level in range(1, 10))
    + "]>\n"
)


def with_entity(dtd: str, reference: str, encoding: str = "UTF-8") -> str:
    """The seed with a DTD and an entity reference in its first article."""
    head = f'<?xml version="1.0" encoding="{encoding}"?>\n'
    return head + dtd + BODY.replace(ANCHOR, f"{reference} {ANCHOR}", 1)


HOSTILE: dict[str, bytes] = {
    "external-entity": with_entity(XXE_DTD, "&xxe;").encode("utf-8"),
    "external-entity-utf16": with_entity(XXE_DTD, "&xxe;", "UTF-16").encode("utf-16"),
    "billion-laughs": with_entity(LAUGHS_DTD, "&lol9;").encode("utf-8"),
    "billion-laughs-utf16": with_entity(LAUGHS_DTD, "&lol9;", "UTF-16").encode("utf-16"),
    "doctype": with_entity("<!DOCTYPE akomaNtoso>\n", "").encode("utf-8"),
    "parameter-entity": with_entity(
        '<!DOCTYPE akomaNtoso [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>\n',
        "",
    ).encode("utf-8"),
    "undefined-entity": with_entity("", "&xxe;").encode("utf-8"),
    "malformed": SEED_TEXT.replace("</body>", "", 1).encode("utf-8"),
    "truncated": SEED_TEXT[: len(SEED_TEXT) // 2].encode("utf-8"),
    "empty": b"",
    "not-xml": b"<?xml version='1.0'?>\nhello",
    "non-akn-root": b"<?xml version='1.0'?>\n<html><body><p>Art. 1er.</p></body></html>",
    "non-akn-xml": b"<?xml version='1.0'?>\n<loi><article>Art. 1er.</article></loi>",
    "wrong-namespace": SEED_TEXT.replace(
        "http://docs.oasis-open.org/legaldocml/ns/akn/3.0", "urn:not-akn", 1
    ).encode("utf-8"),
    "no-body": SEED_TEXT.replace("<body>", "<mainBody>").replace(
        "</body>", "</mainBody>"
    ).encode("utf-8"),
    "missing-c-act": SEED_TEXT.replace("<c:act ", "<c:other ", 1).replace(
        "</c:act>", "</c:other>", 1
    ).encode("utf-8"),
    "bad-identity-date": SEED_TEXT.replace(
        'date="2016-04-10" language', 'date="10 avril" language', 1
    ).encode("utf-8"),
    "unreadable-article-number": SEED_TEXT.replace("<num>Art. 2.</num>", "<num>Art. deux.</num>")
    .encode("utf-8"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_a_document_error(name: str) -> None:
    with pytest.raises(DocumentError) as caught:
        load_xml(HOSTILE[name], f"{name}.xml")
    assert caught.value.code == "E101"
    message = caught.value.render()
    assert message.startswith(f"{name}.xml")
    assert not any(marker in message for marker in PASSWD_MARKERS)
    assert "Traceback" not in message


@pytest.mark.parametrize("name", ["external-entity", "external-entity-utf16", "doctype"])
def test_dtd_is_refused_with_a_clear_reason(name: str) -> None:
    with pytest.raises(DocumentError, match="DOCTYPE"):
        load_xml(HOSTILE[name], "x.xml")


def test_missing_identity_names_c_act() -> None:
    with pytest.raises(DocumentError, match="c:act"):
        load_xml(HOSTILE["missing-c-act"], "x.xml")


def test_non_akn_root_says_what_was_expected() -> None:
    with pytest.raises(DocumentError, match="Akoma Ntoso"):
        load_xml(HOSTILE["non-akn-root"], "x.xml")


def test_malformed_xml_has_a_line_number() -> None:
    with pytest.raises(DocumentError) as caught:
        load_xml(HOSTILE["malformed"], "x.xml")
    assert caught.value.location is not None
    assert caught.value.location.line > 0
    assert "malformed XML" in caught.value.message


def test_xinclude_is_never_processed() -> None:
    include = (
        '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" '
        'parse="text"/>'
    )
    data = SEED_TEXT.replace(ANCHOR, ANCHOR, 1).replace("<p>La présente loi règle",
                                                       f"<p>{include}La présente loi règle", 1)
    document = load_xml(data.encode("utf-8"), "x.xml")
    assert not any(marker in render_text(document) for marker in PASSWD_MARKERS)


def test_api_load_sniffs_and_refuses_the_same(tmp_path: Path) -> None:
    path = tmp_path / "xxe.xml"
    path.write_bytes(HOSTILE["external-entity"])
    with pytest.raises(ConsolidateError) as caught:
        api.load(path)
    assert caught.value.code == "E101"


def test_a_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(ConsolidateError) as caught:
        load_file(tmp_path)
    assert caught.value.code == "E100"


@pytest.mark.parametrize(
    "name", ["external-entity", "billion-laughs", "doctype", "malformed", "non-akn-xml",
             "wrong-namespace", "missing-c-act"],
)
def test_cli_render_reports_e101_and_exits_2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"{name}.xml"
    path.write_bytes(HOSTILE[name])
    assert main(["render", str(path)]) == 2
    captured = capsys.readouterr()
    assert "error[E101]" in captured.err
    assert str(path) in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""
    assert not any(marker in captured.err + captured.out for marker in PASSWD_MARKERS)


def test_cli_render_utf16_hostile_file_is_a_clean_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "xxe16.xml"
    path.write_bytes(HOSTILE["external-entity-utf16"])
    assert main(["render", str(path)]) == 2
    captured = capsys.readouterr()
    assert "error[E100]" in captured.err or "error[E101]" in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert not any(marker in captured.err for marker in PASSWD_MARKERS)


def test_cli_render_missing_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(tmp_path / "absent.xml")]) == 2
    assert "error[E100]" in capsys.readouterr().err
