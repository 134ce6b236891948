"""Structural operations below the article and on the seeds: § 3/1 placed by label, items
and alinéas inserted at the start, tirets, ranges "les 2° à 4°", renumbering §§ and items,
restoring a § or an item, whole articles replaced, article titles, the Dutch verbs."""

from __future__ import annotations

import apply_docs
import pytest
from apply_docs import alinea, amending, article, document, paragraph, point, source, target, text

from consolidate.address import resolve_address
from consolidate.api import load
from consolidate.applier import apply
from consolidate.document import Document, akn, cns, is_removed, label_text, render_text
from consolidate.errors import LabelConflict, TargetNotFound, UnsupportedOperation
from consolidate.justel import write_justel
from consolidate.model import (
    InsertUnit,
    NewUnit,
    Operation,
    Renumber,
    RepealUnit,
    ReplaceUnit,
    RestoreUnit,
    Step,
    Target,
)

A = NewUnit
TOMBSTONE_2 = '<paragraph status="removed"><num>§ 2.</num><content><p/></content></paragraph>'
BASE = document(
    article("10", alinea(intro="Sont admis :", items=point("1°", "les uns;") + point(
        "2°", "les autres;") + point("3°", "les tiers;") + point("4°", "les derniers."))),
    article("19", paragraph("1er", alinea("Un.")), paragraph("2", alinea("Deux.")),
            paragraph("3", alinea("Trois.")), paragraph("4", alinea("Quatre."))),
    article("20", alinea(intro="Sont visés :", items=point("-", "les premiers;") + point(
        "-", "les seconds."))),
    article("21", paragraph("1er", alinea("Un.")), TOMBSTONE_2,
            paragraph("3", alinea("Trois."))),
    article("22", alinea("Premier."), alinea("Second.")),
)


def run(doc: Document, *ops: Operation) -> Document:
    return apply_docs.run(doc, *ops, amending_article="5")


def labels(doc: Document, address: str, tag: str) -> list[str]:
    node = resolve_address(doc, address)
    return [label_text(u) for u in node.iter(akn(tag)) if not is_removed(u)]


def test_insert_paragraph_3_1_by_label() -> None:
    op = InsertUnit(source=source("5"), target=target("article 19"), position="label",
                    new=(A(kind="paragraph", label="3/1", text="Trois bis."),))
    out = run(BASE, op)
    assert labels(out, "article 19", "paragraph") == ["1er", "2", "3", "3/1", "4"]
    node = resolve_address(out, "article 19, § 3/1")
    assert node.get("eId") == "art_19__para_3-1" and node.get(cns("mark")) == "1"
    assert "\n[1 § 3/1. Trois bis.]1\n" in write_justel(out)  # the § with its label


def test_insert_by_label_refuses_a_taken_or_repealed_label() -> None:
    for label in ("3", "2"):  # § 2 of article 21 is a tombstone
        op = InsertUnit(source=source("5"), target=target("article 21"), position="label",
                        new=(A(kind="paragraph", label=label, text="x"),))
        with pytest.raises(LabelConflict, match="already exists"):
            run(BASE, op)


def test_insert_an_item_by_label_and_at_the_start() -> None:
    op = InsertUnit(source=source("5"), target=target("article 10"), position="label",
                    new=(A(kind="point", label="2/1°", text="les intermédiaires;"),))
    assert labels(run(BASE, op), "article 10", "point") == ["1°", "2°", "2/1°", "3°", "4°"]
    late = InsertUnit(source=source("5"), target=target("article 10"), position="start",
                      new=(A(kind="point", label="5°", text="x"),))
    with pytest.raises(LabelConflict, match="at the start"):
        run(BASE, late)
    other = InsertUnit(source=source("5"), target=target("article 10"), position="label",
                       new=(A(kind="point", label="b)", text="x"),))
    with pytest.raises(LabelConflict, match="another kind"):
        run(BASE, other)


def test_an_alinea_cannot_be_placed_by_label_but_can_start() -> None:
    op = InsertUnit(source=source("5"), target=target("article 22"), position="label",
                    new=(A(kind="alinea", text="Zéro."),))
    with pytest.raises(UnsupportedOperation, match="no label"):
        run(BASE, op)
    out = run(BASE, op.model_copy(update={"position": "start"}))
    assert text(out, "article 22, alinéa 1er") == "Zéro."
    assert text(out, "article 22, alinéa 3") == "Second."


def test_tirets_are_designated_by_rank_and_added() -> None:
    assert text(BASE, "article 20, alinéa 1er") .startswith("Sont visés")
    last = Target(act=apply_docs.LOI_2001, article="20", path=(Step(unit="tiret", label="#-1"),))
    out = run(BASE, ReplaceUnit(source=source("5"), target=last,
                                new=(A(kind="tiret", text="les autres."),)))
    assert "- les autres." in render_text(out).splitlines()
    add = InsertUnit(source=source("5"), target=target("article 20"),
                     new=(A(kind="tiret", text="les troisièmes."),))
    out = run(BASE, add)
    tirets = resolve_address(out, "article 20, alinéa 1er").iter(akn("point"))
    assert [t.get("eId") for t in tirets] == [f"art_20__alinea_1__dash_{n}" for n in (1, 2, 3)]
    assert "- les premiers;\n- les seconds.\n- les troisièmes." in render_text(out)
    after_first = InsertUnit(source=source("5"), target=Target(
        act=apply_docs.LOI_2001, article="20", path=(Step(unit="tiret", label="1"),)),
        position="after", new=(A(kind="tiret", text="les entre-deux;"),))
    out = run(BASE, after_first)
    assert "- les premiers;\n- les entre-deux;\n- les seconds." in render_text(out)
    with pytest.raises(LabelConflict, match="another kind"):
        run(BASE, add.model_copy(update={"target": target("article 10")}))
    missing = last  # the same designation, on an enumeration without tirets
    with pytest.raises(TargetNotFound, match="has 0 tirets"):
        run(BASE, RepealUnit(source=source("5"), target=missing.model_copy(
            update={"article": "10"})))


def test_repeal_a_range_of_items() -> None:
    rng = Target(act=apply_docs.LOI_2001, article="10",
                 path=(Step(unit="point", label="2°", until="3°"),))
    out = run(BASE, RepealUnit(source=source("5"), target=rng))
    assert labels(out, "article 10", "point") == ["1°", "4°"]
    assert "2° [1 ...]1\n3° [1 ...]1\n4° les derniers." in write_justel(out)
    backwards = rng.model_copy(update={"path": (Step(unit="point", label="3°", until="2°"),)})
    with pytest.raises(TargetNotFound, match="comes before the first"):
        run(BASE, RepealUnit(source=source("5"), target=backwards))


def test_replace_a_range_of_items_by_fewer() -> None:
    rng = Target(act=apply_docs.LOI_2001, article="10",
                 path=(Step(unit="point", label="2°", until="4°"),))
    out = run(BASE, ReplaceUnit(source=source("5"), target=rng,
                                new=(A(kind="point", label="2°", text="tous les autres."),)))
    assert labels(out, "article 10", "point") == ["1°", "2°"]
    assert text(out, "article 10, 2°") == "tous les autres."
    bad = ReplaceUnit(source=source("5"), target=rng, new=(
        A(kind="point", label="3°", text="x;"), A(kind="point", label="2°", text="y.")))
    with pytest.raises(LabelConflict, match="not in order"):
        run(BASE, bad)


def test_repeal_a_range_of_alineas() -> None:
    rng = Target(act=apply_docs.LOI_2001, article="22",
                 path=(Step(unit="alinea", label="1er", until="2"),))
    out = run(BASE, RepealUnit(source=source("5"), target=rng))
    assert render_text(out).splitlines()[-1] == "Art. 22."


def test_renumber_a_paragraph_and_an_item() -> None:
    op = Renumber(source=source("5"), target=target("article 21, § 3"), new_label="2/1")
    out = run(BASE, op)
    assert labels(out, "article 21", "paragraph") == ["1er", "2/1"]
    assert "[1 § 2/1.]1 Trois." in write_justel(out)
    with pytest.raises(LabelConflict, match="taken"):  # the tombstone § 2 keeps its number
        run(BASE, op.model_copy(update={"new_label": "2"}))
    item = Renumber(source=source("5"), target=target("article 10, 4°"), new_label="5°")
    assert labels(run(BASE, item), "article 10", "point")[-1] == "5°"
    alinea_op = Renumber(source=source("5"), target=target("article 22, alinéa 2"),
                         new_label="3")
    with pytest.raises(UnsupportedOperation, match="alinéa has no label"):
        run(BASE, alinea_op)


def test_restore_a_repealed_paragraph() -> None:
    op = RestoreUnit(source=source("5"), target=target("article 21, § 2"),
                     new=(A(kind="paragraph", label="2", text="Deux rétabli."),))
    out = run(BASE, op)
    assert text(out, "article 21, § 2") == "Deux rétabli."
    assert "\n[1 § 2. Deux rétabli.]1\n" in write_justel(out)
    assert "(1)<rétabli par L 2024-03-25/42, art. 5, 002; En vigueur : 01-01-2024>" in \
        write_justel(out)
    with pytest.raises(TargetNotFound, match="not repealed"):
        run(BASE, op.model_copy(update={"target": target("article 21, § 3")}))


def test_replace_a_whole_article_with_paragraphs_and_a_title() -> None:
    new = A(kind="article", label="22", heading="Définitions", text="", children=(
        A(kind="paragraph", label="1er", text="Premier."),
        A(kind="paragraph", label="2", text="Second.")))
    out = run(BASE, ReplaceUnit(source=source("5"), target=target("article 22"), new=(new,)))
    assert labels(out, "article 22", "paragraph") == ["1er", "2"]
    assert "Art. 22. [1 Définitions\n§ 1er. Premier.\n§ 2. Second.]1" in write_justel(out)
    assert render_text(out).splitlines()[-3:] == ["Art. 22. Définitions", "§ 1er. Premier.",
                                                  "§ 2. Second."]
    wrong = new.model_copy(update={"label": "23"})
    with pytest.raises(LabelConflict, match="labelled 23 but replaces article 22"):
        run(BASE, ReplaceUnit(source=source("5"), target=target("article 22"), new=(wrong,)))


def test_the_heading_of_an_article() -> None:
    title = Target(act=apply_docs.LOI_2001, article="22", path=(Step(unit="heading"),))
    add = InsertUnit(source=source("5"), target=title, new=(A(kind="heading", text="Objet"),))
    out = run(BASE, add)
    assert render_text(out).splitlines()[-3] == "Art. 22. Objet"
    assert "Art. 22. [1 Objet]1\nPremier.\nSecond." in write_justel(out)
    again = run(out, ReplaceUnit(source=source("6"), target=title,
                                 new=(A(kind="heading", text="But"),)))
    assert render_text(again).splitlines()[-3] == "Art. 22. But"
    with pytest.raises(UnsupportedOperation, match="no heading"):
        run(BASE, ReplaceUnit(source=source("5"), target=title,
                              new=(A(kind="heading", text="But"),)))


def test_insert_an_article_in_the_seed_and_the_dutch_verb() -> None:
    fr = load("seeds/loi-2001-05-16-statut-reserve.fr.xml")
    op = InsertUnit(source=source("5"), target=Target(act=apply_docs.LOI_2001),
                    position="label", new=(A(kind="article", label="10/1", text="Nouveau."),))
    out = run(fr, op)
    labels_fr = [label_text(a) for a in out.articles()]
    assert labels_fr[:3] == ["10", "10/1", "10bis"]
    assert "(1)<Inséré par L 2024-03-25/42, art. 5, 002; En vigueur : 01-01-2024>" in \
        write_justel(out)
    nl = load("seeds/loi-2001-05-16-statut-reserve.nl.xml")
    dutch = op.model_copy(update={"language": "nl"})
    out_nl, report = apply([nl], amending(("5", [dutch])))
    assert report.ok
    assert "(1)<Ingevoegd bij W 2024-03-25/42, art. 5, 002; Inwerkingtreding : 01-01-2024>" \
        in write_justel(out_nl[0])


def test_repeal_the_article_range_of_the_seed() -> None:
    fr = load("seeds/loi-2001-05-16-statut-reserve.fr.xml")
    op = RepealUnit(source=source("5"), target=Target(act=apply_docs.LOI_2001, article="10",
                                                     article_until="11bis"))
    out, report = apply([fr], amending(("5", [op])))
    assert report.outcomes[0].touched == ("art_10", "art_10bis", "art_11", "art_11bis")
    lines = [line for line in render_text(out[0]).splitlines() if line]  # blank: between articles
    assert lines[1:5] == ["Art. 10. (abrogé)", "Art. 10bis. (abrogé)", "Art. 11. (abrogé)",
                          "Art. 11bis. (abrogé)"]


def test_the_structural_conventions_stay_valid_akoma_ntoso() -> None:
    """Inserted articles with titles and §§, tirets, ranges repealed, renumbered §§ and the
    act's new title keep the seed valid against the official schema."""
    from test_akn_xsd import errors_of

    from consolidate.document import dump

    fr = load("seeds/loi-2001-05-16-statut-reserve.fr.xml")
    loi = apply_docs.LOI_2001
    new = A(kind="article", label="10/1", heading="Objet", text="", children=(
        A(kind="paragraph", label="1er", text="Sont visés :", children=(
            A(kind="tiret", text="les uns;"), A(kind="tiret", text="les autres."))),
        A(kind="paragraph", label="2", text="Le Roi fixe.")))
    ops: list[Operation] = [
        InsertUnit(source=source("5"), target=Target(act=loi), position="label", new=(new,)),
        RepealUnit(source=source("5"), target=Target(act=loi, article="11",
                                                     article_until="12")),
        Renumber(source=source("5"), target=target("article 19, § 2"), new_label="3"),
        ReplaceUnit(source=source("5"), target=Target(act=loi, path=(Step(unit="heading"),)),
                    new=(A(kind="heading", text="portant statut des réservistes"),)),
    ]
    out, report = apply([fr], amending(*((str(n), [op]) for n, op in enumerate(ops, 5))))
    assert report.ok
    assert errors_of(dump(out[0])) == []
    assert out[0].identity.title == "portant statut des réservistes"


def test_the_akn_rendering_of_structural_operations_is_valid() -> None:
    """restore_unit is a textualMod of type insertion, renumber of type renumbering."""
    from test_akn_xsd import errors_of

    from consolidate.renderers.akn import render_akn
    from consolidate.result import Consolidation

    fr = load("seeds/loi-2001-05-16-statut-reserve.fr.xml")
    loi = apply_docs.LOI_2001
    ops: list[Operation] = [
        RepealUnit(source=source("5"), target=target("article 39")),
        RestoreUnit(source=source("6"), target=target("article 39"),
                    new=(A(kind="article", label="39", text="Le texte revient."),)),
        Renumber(source=source("7"), target=Target(act=loi, article="76"), new_label="77"),
    ]
    act = amending(*((str(n), [op]) for n, op in enumerate(ops, 5)))
    out, report = apply([fr], act)
    assert report.ok
    data = render_akn(Consolidation(act=act, before=(fr,), after=tuple(out), report=report))
    assert errors_of(data if isinstance(data, bytes) else data.encode()) == []
    text = data.decode() if isinstance(data, bytes) else data
    assert 'type="renumbering"' in text and text.count('type="insertion"') == 1
