"""The document model on the shipped seeds: round trip, plain-text layout, eIds, identity."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from consolidate.address import resolve_address
from consolidate.document import (
    Document,
    akn,
    assign_eids,
    dump,
    load_file,
    load_xml,
    render_text,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.xml"))
FR_2001 = ROOT / "seeds" / "loi-2001-05-16-statut-reserve.fr.xml"
TITLE = "16 MAI 2001. - Loi portant statut des militaires du cadre de réserve des Forces armées"
EID = re.compile(
    r"^(chp_\w+__)*art_\d+[a-z]*(-\d+)?"
    r"(__para_\d+[a-z]*(-\d+)?)?"
    r"(__alinea_(\d+|removed_\d+))?"
    r"(__list_1|(__(point_[0-9a-z-]+|dash_\d+))*(__list_1)?)$"
)


@pytest.fixture(scope="module")
def fr() -> Document:
    """The French model of the loi du 16 mai 2001."""
    return load_file(FR_2001)


@pytest.fixture(scope="module")
def lines(fr: Document) -> list[str]:
    """Its plain text, line by line."""
    return render_text(fr).splitlines()


def canonical(document: Document) -> bytes:
    """The document's canonical XML (C14N 2.0)."""
    return etree.tostring(document.root, method="c14n2")


def article_block(lines: list[str], heading: str) -> list[str]:
    """The lines of one article: from its 'Art. N.' line to the blank line before the next
    article (Justel's layout)."""
    start = next(i for i, line in enumerate(lines) if line.startswith(heading + " "))
    end = next(
        (i for i in range(start + 1, len(lines)) if re.match(r"^(Art\.|Article) ", lines[i])),
        len(lines),
    )
    assert end == len(lines) or lines[end - 1] == ""
    return [line for line in lines[start:end] if line]


# --- round trip -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name)
def test_load_dump_load_is_the_identity(path: Path) -> None:
    first = load_file(path)
    second = load_xml(dump(first), "dumped")
    assert canonical(second) == canonical(first)
    assert render_text(second) == render_text(first)
    assert second.identity == first.identity


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name)
def test_seed_files_are_already_in_dumped_form(path: Path) -> None:
    assert dump(load_file(path)) == path.read_bytes()


def test_dump_never_adds_whitespace_inside_text(fr: Document) -> None:
    document = fr.copy()
    p = resolve_address(document, "article 76").find(f".//{akn('p')}")
    assert p is not None
    words = p.text or ""
    p.text = None
    span = etree.SubElement(p, akn("span"))
    span.text = words
    again = load_xml(dump(document))
    p2 = resolve_address(again, "article 76").find(f".//{akn('p')}")
    assert p2 is not None
    assert p2.text is None
    assert "".join(str(part) for part in p2.itertext()) == words


def test_copy_is_independent(fr: Document) -> None:
    before = canonical(fr)
    document = fr.copy()
    resolve_address(document, "article 10").getparent().remove(  # type: ignore[union-attr]
        resolve_address(document, "article 10")
    )
    assert canonical(fr) == before
    assert canonical(document) != before


# --- plain text layout ------------------------------------------------------------------------


def test_title_line(lines: list[str]) -> None:
    assert lines[0] == TITLE
    assert lines[1] == ""


def test_first_alinea_is_on_the_article_line(lines: list[str]) -> None:
    assert lines[2] == (
        "Art. 10. Sont admis dans la catégorie des officiers de réserve du niveau A :"
    )
    assert article_block(lines, "Art. 15.")[0].startswith("Art. 15. Le militaire de réserve")


def test_article_1er_heading() -> None:
    document = load_file(ROOT / "seeds" / "loi-2016-04-10-travail-distance.fr.xml")
    text = render_text(document).splitlines()
    assert text[0] == "10 AVRIL 2016. - Loi relative au travail à distance au sein de la Défense"
    assert text[2].startswith("Article 1er. La présente loi règle une matière visée")


def test_dutch_title_line() -> None:
    document = load_file(ROOT / "seeds" / "loi-2001-05-16-statut-reserve.nl.xml")
    assert render_text(document).splitlines()[0] == (
        "16 MEI 2001. - Wet houdende het statuut van de militairen van het reservekader van de "
        "Krijgsmacht"
    )


def test_modelled_articles_10_to_76_are_all_shown(lines: list[str]) -> None:
    headings = [line.split(" ", 2)[1] for line in lines if line.startswith("Art. ")]
    assert headings[0] == "10." and headings[-1] == "76."
    assert len(headings) == 23


def test_art_16_shows_five_alineas(lines: list[str]) -> None:
    block = article_block(lines, "Art. 16.")
    assert len(block) == 5
    assert all("à l'article 7," in line for line in block)


def test_art_72_shows_three_alineas_with_items_on_their_own_lines(lines: list[str]) -> None:
    block = article_block(lines, "Art. 72.")
    assert block[0] == "Art. 72. Le militaire de réserve perd la qualité de militaire de réserve :"
    assert [line[:2] for line in block[1:7]] == ["1°", "2°", "3°", "4°", "5°", "6°"]
    assert len(block) == 1 + 6 + 2  # alinéa 1 (phrase liminaire + 6 items), alinéas 2 and 3
    assert not any(line.startswith(("1°", "2°")) for line in block[7:])


def test_art_19_paragraph_1_alinea_2_shows_items_1_to_3(lines: list[str]) -> None:
    block = article_block(lines, "Art. 19.")
    assert block[0].startswith("Art. 19. § 1er. Le rengagement prend fin")
    assert block[1] == "Il peut en outre être résilié :"
    assert [line[:2] for line in block[2:5]] == ["1°", "2°", "3°"]
    assert block[5].startswith("§ 2. ")
    assert len(block) == 6


def test_art_20_sub_items_have_their_own_lines(lines: list[str]) -> None:
    block = article_block(lines, "Art. 20.")
    assert block[1] == "1° une formation de base, qui comprend :"
    assert block[2].startswith("a) ") and block[3].startswith("b) ")
    assert block[4].startswith("2° ")


def test_repealed_article_shows_abroge(fr: Document) -> None:
    document = fr.copy()
    article = resolve_address(document, "article 39")
    article.set("status", "removed")
    for child in list(article)[1:]:
        article.remove(child)
    assert "Art. 39. (abrogé)" in render_text(document).splitlines()


# --- eIds --------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name)
def test_eids_are_unique_and_well_formed(path: Path) -> None:
    document = load_file(path)
    eids = [element.get("eId") for element in document.body.iter() if element.get("eId")]
    assert len(eids) == len(set(eids))
    for eid in eids:
        assert EID.match(eid or ""), eid


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name)
def test_every_unit_has_an_eid(path: Path) -> None:
    document = load_file(path)
    for tag in ("article", "paragraph", "alinea", "point", "list"):
        for element in document.body.iter(akn(tag)):
            assert element.get("eId"), f"<{tag}> without eId"


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name)
def test_eids_are_what_assign_eids_computes(path: Path) -> None:
    document = load_file(path)
    recomputed = document.copy()
    assign_eids(recomputed)
    assert canonical(recomputed) == canonical(document)


@pytest.mark.parametrize(
    ("address", "eid"),
    [
        ("article 10bis", "art_10bis"),
        ("article 10bis, alinéa 1er, 2°", "art_10bis__alinea_1__point_2"),
        ("article 16, alinéa 3", "art_16__alinea_3"),
        ("article 19, § 1er", "art_19__para_1"),
        ("article 19, § 1er, alinéa 2, 3°", "art_19__para_1__alinea_2__point_3"),
        ("article 20, alinéa 1er, 1°, b)", "art_20__alinea_1__point_1__point_b"),
        ("article 72, alinéa 1er, 6°", "art_72__alinea_1__point_6"),
    ],
)
def test_eid_of_an_address(fr: Document, address: str, eid: str) -> None:
    assert resolve_address(fr, address).get("eId") == eid


def test_alinea_eids_follow_the_count_after_a_repeal(fr: Document) -> None:
    document = fr.copy()
    alinea = resolve_address(document, "article 18, alinéa 2")
    alinea.set("status", "removed")
    assign_eids(document)
    assert resolve_address(document, "article 18, alinéa 2").get("eId") == "art_18__alinea_2"
    assert alinea.get("eId") == "art_18__alinea_removed_1"
    assert "Il suspend l'engagement" not in render_text(document)


# --- identity ---------------------------------------------------------------------------------


def test_identity_is_read_from_c_act(fr: Document) -> None:
    identity = fr.identity
    assert identity.type == "loi"
    assert identity.date.isoformat() == "2001-05-16"
    assert identity.title == "portant statut des militaires du cadre de réserve des Forces armées"
    assert identity.numac == "2001007141"
    assert identity.eli == "eli/loi/2001/05/16/2001007141"
    assert identity.language == "fr"
    assert identity.is_model is True
    assert identity.version == 1


def test_article_lookup_compares_labels(fr: Document) -> None:
    assert fr.article("10bis") is not None
    assert fr.article("10bis") is not fr.article("10")
    assert fr.article("9") is None


def test_articles_and_headings_are_separated_by_a_blank_line_as_in_justel() -> None:
    """Justel's pages put an empty line (<BR><BR>) between articles and headings; so does the
    plain text (issue 13)."""
    page = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "justel" / \
        "code-penal-1867-fr.html"
    if not page.exists():
        pytest.skip("../shared/data is absent (a user's clone): the Justel page is not here")
    from consolidate import api

    text = render_text(api.load(page)).splitlines()
    art_2 = text.index(next(line for line in text if line.startswith("Art. 2. Nulle")))
    assert text[art_2 - 1] == "" and text[art_2 - 2].startswith("L'infraction que les lois")
    chapter = text.index("CHAPITRE II. - DES PEINES.")
    assert text[chapter - 1] == "" and text[chapter + 1] == ""
    assert "" not in text[art_2:art_2 + 2]  # the article's own alinéas are not separated
