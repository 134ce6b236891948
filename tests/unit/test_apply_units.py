"""Unit operations: insert (counts, labels), replace, repeal (tombstones, renumbering)."""

from __future__ import annotations

import apply_docs
import pytest
from apply_docs import alinea, amending, article, document, paragraph, point, source, target, text

from consolidate.address import resolve_address
from consolidate.applier import apply
from consolidate.document import Document, akn, alineas_of, dump, render_text
from consolidate.errors import AddressError, LabelConflict, TargetNotFound
from consolidate.model import InsertUnit, NewUnit, Operation, RepealUnit, ReplaceUnit, Step


def run(doc: Document, *ops: Operation) -> Document:
    return apply_docs.run(doc, *ops, amending_article="8")


BASE = document(
    article("10", alinea(intro="Peuvent être admis :",
                         items=point("1°", "les uns;") + point("2°", "les autres."))),
    article("16", *(alinea(f"Alinéa {n}.") for n in range(1, 6))),
    article("19", paragraph("1er", alinea("A."), alinea(
        intro="Il est mis fin :",
        items=point("1°", "a;") + point("2°", "b;") + point("3°", "c."))),
        paragraph("2", alinea("B."))),
    article("20", alinea(intro="Formation :", items=point(
        "1°", "des périodes :", items=point("a)", "une;") + point("b)", "deux;")))),
    article("38", alinea("Les prestations. Le Roi fixe les conditions. Fin.")),
    article("39", alinea("Vieux.")),
    article("40", alinea("Seul.")),
)

A = NewUnit


def test_complete_with_3_degree() -> None:
    op = InsertUnit(source=source("2", "b)"), target=target("article 10"),
                    new=(A(kind="point", label="3°", text="les derniers."),))
    out = run(BASE, op)
    assert text(out, "article 10, 3°") == "les derniers."
    assert text(out, "article 10, 2°") == "les autres."  # previous punctuation unchanged
    node = resolve_address(out, "article 10, 3°")
    assert node.get("{urn:x-consolidate:1}mark") == "1"
    assert node.get("eId") == "art_10__alinea_1__point_3"


def test_complete_needs_previous_labels() -> None:
    op = InsertUnit(source=source("2"), target=target("article 10"),
                    new=(A(kind="point", label="4°", text="x"),))
    with pytest.raises(LabelConflict, match="lacks number"):
        run(BASE, op)
    op = InsertUnit(source=source("2"), target=target("article 10"),
                    new=(A(kind="point", label="2°", text="x"),))
    with pytest.raises(LabelConflict, match="already exists") as info:
        run(BASE, op)
    assert info.value.code == "A004"


def test_seven_alineas_continue_the_count() -> None:
    new = tuple(A(kind="alinea", text=f"Nouveau {n}.") for n in range(6, 13))
    op = InsertUnit(source=source("8", "5."), target=target("article 16"), new=new,
                    announced_count=7)
    out = run(BASE, op)
    article16 = out.article("16")
    assert article16 is not None
    assert len(alineas_of(article16)) == 12
    assert text(out, "article 16, alinéa 6") == "Nouveau 6."
    assert text(out, "article 16, alinéa 12") == "Nouveau 12."
    assert resolve_address(out, "article 16, alinéa 12").get("eId") == "art_16__alinea_12"


def test_complete_alinea_of_paragraph_with_point() -> None:
    op = InsertUnit(source=source("10"), target=target("article 19, § 1er, alinéa 2"),
                    new=(A(kind="point", label="4°", text="d."),))
    out = run(BASE, op)
    assert text(out, "article 19, § 1er, alinéa 2, 4°") == "d."


def test_resolution_before_the_article_art_9() -> None:
    repeal = RepealUnit(source=source("9", "1."), target=target("article 16, alinéa 2"))
    replace = ReplaceUnit(source=source("9", "2."), target=target("article 16, alinéa 3"),
                          new=(A(kind="alinea", text="Ancien trois remplacé."),))
    out, report = apply([BASE], amending(("9", [repeal, replace])))
    assert report.ok
    # old alinéa 3 (now 2nd) was replaced, not old alinéa 4
    assert text(out[0], "article 16, alinéa 2") == "Ancien trois remplacé."
    assert text(out[0], "article 16, alinéa 3") == "Alinéa 4."
    assert len(alineas_of(out[0].article("16"))) == 4  # type: ignore[arg-type]
    removed = out[0].article("16").find(akn("alinea"))  # type: ignore[union-attr]
    assert removed is not None


def test_repealed_alinea_is_not_counted_and_has_tombstone_eid() -> None:
    out = run(BASE, RepealUnit(source=source("9"), target=target("article 16, alinéa 2")))
    assert text(out, "article 16, alinéa 2") == "Alinéa 3."
    assert 'eId="art_16__alinea_removed_1"' in dump(out).decode()


def test_repeal_article_gives_tombstone() -> None:
    out = run(BASE, RepealUnit(source=source("15"), target=target("article 39")))
    assert "Art. 39. (abrogé)" in render_text(out)
    with pytest.raises(AddressError):
        resolve_address(out, "article 39")
    assert 'status="removed"' in dump(out).decode()


def test_repeal_item_leaves_a_gap() -> None:
    out = run(BASE, RepealUnit(source=source("2"), target=target("article 10, 1°")))
    assert text(out, "article 10, 2°") == "les autres."
    op = InsertUnit(source=source("2"), target=target("article 10"),
                    new=(A(kind="point", label="1°", text="x"),))
    with pytest.raises(LabelConflict):
        apply([out], amending(("2", [op])))


def test_replace_sub_item_with_sub_list() -> None:
    new = A(kind="point", label="b)", text="une période qui comprend :", children=(
        A(kind="point", label="1)", text="une phase;"),
        A(kind="point", label="2)", text="une autre;"),
    ))
    op = ReplaceUnit(source=source("11"), target=target("article 20, alinéa 1er, 1°, b)"),
                     new=(new,))
    out = run(BASE, op)
    assert text(out, "article 20, 1°, b), 2)") == "une autre;"
    assert text(out, "article 20, 1°, a)") == "une;"


def test_repeal_sentence() -> None:
    op = RepealUnit(source=source("14", "1."),
                    target=target('article 38, phrase "Le Roi fixe les conditions."'))
    out = run(BASE, op)
    assert text(out, "article 38") == "Les prestations. Fin."


def test_repeal_only_sentence_repeals_the_alinea() -> None:
    op = RepealUnit(source=source("14"), target=target('article 40, phrase "Seul."'))
    out = run(BASE, op)
    assert "Art. 40." in render_text(out)
    assert 'eId="art_40__alinea_removed_1"' in dump(out).decode()


def test_missing_target_is_target_not_found() -> None:
    op = RepealUnit(source=source("9"), target=target("article 16, alinéa 9"))
    with pytest.raises(TargetNotFound, match="article 16 has 5 alinéas") as info:
        run(BASE, op)
    assert info.value.code == "A003"


def test_insert_item_after_anchor_between_neighbours() -> None:
    op = InsertUnit(source=source("2"), target=target("article 10"), position="after",
                    anchor=Step(unit="point", label="1°"),
                    new=(A(kind="point", label="1/1°", text="les intercalés;"),))
    out = run(BASE, op)
    assert "1° les uns;\n1/1° les intercalés;\n2° les autres." in render_text(out)
    bad = op.model_copy(update={"new": (A(kind="point", label="3/1°", text="x"),)})
    with pytest.raises(LabelConflict, match="between its neighbours"):
        run(BASE, bad)


def test_insert_alinea_before_anchor_renumbers_following() -> None:
    op = InsertUnit(source=source("2"), target=target("article 16"), position="before",
                    anchor=Step(unit="alinea", label="2"),
                    new=(A(kind="alinea", text="Intercalé."),))
    out = run(BASE, op)
    assert text(out, "article 16, alinéa 2") == "Intercalé."
    assert text(out, "article 16, alinéa 3") == "Alinéa 2."


def test_replace_phrase_liminaire() -> None:
    op = ReplaceUnit(source=source("2"), target=target("article 10, phrase liminaire"),
                     new=(A(kind="alinea", text="Sont admis d'office :"),))
    out = run(BASE, op)
    assert text(out, "article 10, phrase liminaire") == "Sont admis d'office :"
    assert text(out, "article 10, 1°") == "les uns;"


def test_a_unit_an_earlier_operation_of_the_article_replaced_is_not_found() -> None:
    """Found by the property test P02: § 1er replaced, then its old alinéa 1er named by the
    same amending article. The operations of an article are resolved before any of them is
    applied, so the second one holds the alinéa the first took out: a coded A003 naming the
    amending article, never an internal error and never an edit of a detached element."""
    replace = ReplaceUnit(source=source("2"), target=target("article 19, § 1er"),
                          new=(A(kind="alinea", text="Nouveau."),))
    for second in (
        ReplaceUnit(source=source("2"), target=target("article 19, § 1er, alinéa 1er"),
                    new=(A(kind="alinea", text="Autre."),)),
        InsertUnit(source=source("2"), target=target("article 19, § 1er, alinéa 1er"),
                   new=(A(kind="alinea", text="Autre."),), position="end"),
    ):
        with pytest.raises(TargetNotFound, match="earlier operation of the same amending "
                                                 r"article \(art. 8\)") as info:
            run(BASE, replace, second)
        assert info.value.code == "A003"
