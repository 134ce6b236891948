"""Quoted new text holding a Code's articles: "Art. XII.1. § 1er. …" (corpus 2013011667).

Loi du 15 décembre 2013, art. 3: "Dans le même Code, il est inséré un Livre XII, rédigé comme
suit : "Livre XII. - … Titre 1er. - … Chapitre 1er. - … Art. XII.1. § 1er. …" — a book holding
a title, chapters, sections and articles XII.1 … XII.23 (was: a book and ~48 loose alinéas).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consolidate.api import parse
from consolidate.model import InsertUnit, NewUnit
from consolidate.parsing.blocks import block_chunks, build_units

ACT = Path(__file__).resolve().parents[2].parent / "shared/data/corpus/be/2013011667.md"


def _outline(unit: NewUnit) -> list[str]:
    """'kind label' of the unit and of its divisions and articles, depth-first."""
    lines = [f"{unit.kind} {unit.label}"]
    for child in unit.children:
        if child.kind not in ("alinea", "point"):
            lines.extend("  " + line for line in _outline(child))
    return lines


@pytest.fixture(scope="module")
def inserted() -> dict[str, NewUnit]:
    if not ACT.exists():
        pytest.skip(f"the working corpus is not here ({ACT})")
    act = parse(ACT)
    found: dict[str, NewUnit] = {}
    for article in act.articles:
        for op in article.operations:
            if isinstance(op, InsertUnit):
                found[article.number] = op.new[0]
    return found


def test_book_xii_holds_its_articles(inserted: dict[str, NewUnit]) -> None:
    book = inserted["3"]
    outline = _outline(book)
    assert outline[:6] == [
        "book XII", "  title 1er", "    chapter 1er", "      article XII.1",
        "        paragraph 1er", "        paragraph 2"]
    articles = [line.strip().split()[1] for line in outline if line.strip().startswith("article")]
    # XII.5 is not in the page's text; "Art. XII. 16.", "Art. XII. 20.": the Moniteur's spacing
    assert articles == [f"XII.{n}" for n in range(1, 24) if n != 5]
    title = book.children[0]
    assert [c.kind for c in title.children] == ["chapter"] * 8  # nothing loose
    first = title.children[0].children[0]
    assert first.text == "" and first.children[0].text.startswith("Les chapitres 1er à 6")
    assert [c.kind for c in first.children[0].children] == ["alinea", "alinea"]


def test_sections_1re_and_other_books(inserted: dict[str, NewUnit]) -> None:
    chapter_2 = inserted["3"].children[0].children[1]
    assert [(s.kind, s.label) for s in chapter_2.children] == [
        ("section", "1re"), ("section", "2"), ("section", "3")]
    assert chapter_2.children[0].text == "Principe de liberté d'établissement"
    assert _outline(inserted["2"]) == ["chapter 10", "  article I.18"]
    assert _outline(inserted["4"])[1:] == [f"  article XV.{n}" for n in range(118, 123)]


def test_articles_of_other_codes_in_new_text() -> None:
    chunks = [text for text, _ in block_chunks(
        "Art. L1124-1. § 1er. Le directeur général …\n\n§ 2. Il assiste …\n\n"
        "Art. D.IV.1. Le permis …\n\nArt. 4.3.1. De vergunning …")]
    units = build_units(chunks)
    assert [(u.kind, u.label) for u in units] == [
        ("article", "L1124-1"), ("article", "D.IV.1"), ("article", "4.3.1")]
    assert [(c.kind, c.label) for c in units[0].children] == [
        ("paragraph", "1er"), ("paragraph", "2")]


def test_plain_article_with_its_first_paragraph() -> None:
    units = build_units(["Art. 87. § 1er. Il y a des juges suppléants.", "Ils n'ont pas …",
                         "§ 2. Les juges …"])
    assert units[0].text == ""
    assert [(c.kind, c.label, [g.kind for g in c.children]) for c in units[0].children] == [
        ("paragraph", "1er", ["alinea"]), ("paragraph", "2", [])]


def test_book_xvi_of_2014011245() -> None:
    """Loi du 4 avril 2014, art. 3: "un livre XVI est inséré, rédigé comme suit :" — titles,
    chapters, sections and sous-sections holding articles XVI.1 … XVI.28."""
    path = ACT.with_name("2014011245.md")
    if not path.exists():
        pytest.skip(f"the working corpus is not here ({path})")
    act = parse(path, keep_going=True)
    (op,) = next(a for a in act.articles if a.number == "3").operations
    assert isinstance(op, InsertUnit) and (op.new[0].kind, op.new[0].label) == ("book", "XVI")
    outline = _outline(op.new[0])
    assert [line.split()[1] for line in outline if line.strip().startswith("article")] == [
        f"XVI.{n}" for n in range(1, 29)]
    assert [line.strip() for line in outline[:3]] == ["book XVI", "title 1er", "article XVI.1"]
    assert "        subsection 1re" in outline  # book › title 3 › chapter 3 › section 2
