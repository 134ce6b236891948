"""Word operations: matching, splicing rules, marks."""

from __future__ import annotations

import pytest
from apply_docs import alinea, amending, article, document, point, run, source, target, text

from consolidate.applier import apply
from consolidate.document import dump
from consolidate.errors import AmbiguousTarget, TextNotFound
from consolidate.model import AppendWords, InsertWords, RepealWords, ReplaceWords

BASE = document(
    article("15", alinea("Un."), alinea("Deux."),
            alinea("Il faut, pour autant que son rengagement comme sous-officier ne soit pas "
                   "suspendu, que tout aille bien.")),
    article("73", alinea("Le renouveau."), alinea("Un nouveau rengagement.")),
    article("28", alinea(intro="Le militaire est :",
                         items=point("1°", "radié;") + point("4°", "rengagé par engagement;"))),
    article("2", alinea("Les militaires du cadre actif et les candidats militaires qui se trouvent "
                        "dans la sous-position.")),
    article("5", alinea("Le mot bis et le mot bis.")),
)


def test_comma_splice_removes_space_before_comma() -> None:
    op = ReplaceWords(
        source=source("7"), target=target("article 15, alinéa 3"),
        old="son rengagement comme sous-officier ne soit pas suspendu",
        new=", selon le cas, son engagement ne soit pas suspendu",
    )
    out = run(BASE, op)
    assert "pour autant que, selon le cas, son engagement ne soit pas suspendu, que" in text(
        out, "article 15, alinéa 3")


def test_word_boundary_nouveau_not_in_renouveau() -> None:
    op = ReplaceWords(source=source("23"), target=target("article 73"), old="nouveau",
                      new="nouvel")
    out = run(BASE, op)
    assert text(out, "article 73, alinéa 1er") == "Le renouveau."
    assert text(out, "article 73, alinéa 2") == "Un nouvel rengagement."


def test_append_before_final_punctuation() -> None:
    op = AppendWords(source=source("13", "2."), target=target("article 28, 4°"),
                     new="ou rengagement")
    out = run(BASE, op)
    assert text(out, "article 28, 4°") == "rengagé par engagement ou rengagement;"


def test_repeal_words_leaves_single_spaces() -> None:
    op = RepealWords(source=source("25", "a)"), target=target("article 2"), old="du cadre actif")
    out = run(BASE, op)
    assert text(out, "article 2").startswith("Les militaires et les candidats")


def test_insert_between() -> None:
    op = InsertWords(source=source("25", "b)"), target=target("article 2"),
                     new="et les candidats militaires de réserve",
                     after="les candidats militaires", before="qui se trouvent")
    out = run(BASE, op)
    assert "les candidats militaires et les candidats militaires de réserve qui se trouvent" in \
        text(out, "article 2")


def test_insert_between_needs_adjacent_words() -> None:
    op = InsertWords(source=source("25", "b)"), target=target("article 2"), new="X",
                     after="Les militaires", before="qui se trouvent")
    with pytest.raises(TextNotFound, match="not one right after the other"):
        run(BASE, op)


def test_every_replaces_all_occurrences() -> None:
    op = ReplaceWords(source=source("3"), target=target("article 5"), old="bis", new="ter",
                      every=True)
    assert text(run(BASE, op), "article 5") == "Le mot ter et le mot ter."


def test_two_occurrences_without_every_is_ambiguous() -> None:
    op = ReplaceWords(source=source("3"), target=target("article 5"), old="bis", new="ter")
    with pytest.raises(AmbiguousTarget) as info:
        run(BASE, op)
    assert info.value.code == "A002"
    assert "occur 2 times" in info.value.message


def test_text_not_found_names_unit_and_nearest_candidate() -> None:
    op = ReplaceWords(source=source("7"), target=target("article 15, alinéa 3"),
                      old="son rengagement comme officier", new="x")
    with pytest.raises(TextNotFound) as info:
        run(BASE, op)
    error = info.value
    assert error.code == "A001"
    assert error.context.amending_article == "7"
    assert "article 15, alinéa 3" in error.context.target
    assert error.context.candidates == ("son rengagement comme sous-officier",)
    assert "did you mean" in str(error)


def test_marks_and_notes_written() -> None:
    op = ReplaceWords(source=source("23", "a)"), target=target("article 73, alinéa 2"),
                      old="nouveau", new="nouvel")
    out = run(BASE, op)
    xml = dump(out).decode()
    assert '<span c:mark="1" c:point="a)">nouvel</span>' in xml
    assert '<c:notes article="art_73">' in xml
    assert ('<c:note number="1" kind="L" reference="2024-03-25/42" article="2" version="002" '
            'inForce="2024-01-01" inForceText="01-01-2024"/>') in xml
    assert out.identity.version == 2


def test_repeal_leaves_empty_removal_span() -> None:
    op = RepealWords(source=source("25"), target=target("article 2"), old="du cadre actif")
    xml = dump(run(BASE, op)).decode()
    assert '<span c:mark="1" c:removed="true"/>' in xml


def test_existing_marks_survive_a_second_edit() -> None:
    first = ReplaceWords(source=source("2"), target=target("article 73, alinéa 2"),
                         old="nouveau", new="nouvel")
    once = run(BASE, first)
    second = ReplaceWords(source=source("3"), target=target("article 73, alinéa 2"),
                          old="rengagement", new="engagement")
    twice, _ = apply([once], amending(("3", [second])))
    xml = dump(twice[0]).decode()
    assert '<span c:mark="1">nouvel</span>' in xml
    assert '<span c:mark="2">engagement</span>' in xml
    assert text(twice[0], "article 73, alinéa 2") == "Un nouvel engagement."
