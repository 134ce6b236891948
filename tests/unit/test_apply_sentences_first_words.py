"""Sentences designated by their first words and sentences inserted into an alinéa's text
(consolidate/handlers/sentences.py), from the operations the grammar reads on real sentences
of ../shared/data (corpus/be/2019041200.md, art. 152 and art. 75, 1°)."""

from __future__ import annotations

import apply_docs
import pytest
from apply_docs import alinea, article, document, paragraph, source, target, text
from parser_cases import only_operation, parse

from consolidate.document import Document
from consolidate.errors import TextNotFound
from consolidate.model import InsertUnit, NewUnit, Operation, RepealUnit, ReplaceUnit, Step

BASE = document(article("464/1", paragraph("5", alinea("Premier alinéa."), alinea(
    "Le secrétariat transmet la requête au ministère public. Le requérant en est averti."))))


def run(doc: Document, *ops: Operation) -> Document:
    return apply_docs.run(doc, *ops, amending_article="152")


def retarget(op: Operation) -> Operation:
    """The parsed operation, on the test's base act (the loi du 16 mai 2001 of apply_docs)."""
    return op.model_copy(update={"target": op.target.model_copy(
        update={"act": target("article 464/1").act})})


def test_a_sentence_inserted_between_two_sentences_designated_by_their_first_words() -> None:
    # corpus/be/2019041200.md, art. 152 (the Code cited by name: the file says "du même Code")
    op = only_operation(
        "Dans l'article 464/1, § 5, alinéa 2, du Code judiciaire, inséré par la loi du 11 "
        "février 2014, la phrase suivante est insérée entre la phrase commençant par les mots "
        "\" Le secrétariat\" et la phrase commençant par les mots \"Le requérant\" :\n\n"
        "\"Ils peuvent eux-mêmes en prendre une copie gratuitement, sur place.\"."
    )
    assert isinstance(op, InsertUnit) and op.position == "after"
    assert op.anchor == Step(unit="sentence", label="Le secrétariat…")
    assert op.target.path == (Step(unit="paragraph", label="5"),
                              Step(unit="alinea", label="2"))
    assert [unit.kind for unit in op.new] == ["sentence"]
    out = run(BASE, retarget(op))
    assert text(out, "article 464/1, § 5, alinéa 2") == (
        "Le secrétariat transmet la requête au ministère public. Ils peuvent eux-mêmes en "
        "prendre une copie gratuitement, sur place. Le requérant en est averti.")


def test_a_quoted_sentence_inserted_between_sentences() -> None:
    # corpus/be/2019041200.md, art. 75, 1° (the Code cited by name, the words shortened)
    op = only_operation(
        "Dans l'article 32quater/2, § 1er, alinéa 1er, du Code judiciaire, la phrase "
        "\"Egalement, le registre contient tout autre acte authentique.\" est insérée entre la "
        "phrase commençant par les mots \"Dans cette base de données sont collectés\" et la "
        "phrase commençant par les mots \"Ce registre constitue une source authentique\"."
    )
    assert isinstance(op, InsertUnit)
    assert op.new == (NewUnit(kind="sentence",
                              text="Egalement, le registre contient tout autre acte authentique."),)
    assert op.anchor == Step(unit="sentence",
                             label="Dans cette base de données sont collectés…")
    assert op.target.article == "32quater/2"


def test_a_sentence_designated_by_its_first_words_is_the_whole_sentence() -> None:
    repeal = RepealUnit(source=source("152"), target=target(
        "article 464/1, § 5, alinéa 2").model_copy(update={"path": (
            Step(unit="paragraph", label="5"), Step(unit="alinea", label="2"),
            Step(unit="sentence", label="Le requérant…"))}))
    out = run(BASE, repeal)
    assert text(out, "article 464/1, § 5, alinéa 2") == (
        "Le secrétariat transmet la requête au ministère public.")
    replace = ReplaceUnit(source=source("152"), target=repeal.target,
                          new=(NewUnit(kind="sentence", text="Le requérant est entendu."),))
    out = run(BASE, replace)
    assert text(out, "article 464/1, § 5, alinéa 2").endswith(
        "public. Le requérant est entendu.")


def test_a_sentence_whose_first_words_are_not_its_start_is_not_found() -> None:
    op = RepealUnit(source=source("152"), target=target(
        "article 464/1, § 5, alinéa 2").model_copy(update={"path": (
            Step(unit="paragraph", label="5"), Step(unit="alinea", label="2"),
            Step(unit="sentence", label="en est averti…"))}))
    with pytest.raises(TextNotFound):
        run(BASE, op)


def test_the_two_last_sentences_are_repealed() -> None:
    # corpus/be/2006009998.md, art. 22 ("§ 1er er" as the page writes it; the Code cited by
    # name: the file says "du même Code"): was read as the repeal of the whole § 1er
    ops = parse(
        "A l'article 337, § 1er er, du Code civil, remplacé par la loi du 31 mars 1987, les deux "
        "dernières phrases sont supprimées."
    ).operations()
    assert [op.target.path for op in ops] == [
        (Step(unit="paragraph", label="1er"), Step(unit="sentence", label="#-2")),
        (Step(unit="paragraph", label="1er"), Step(unit="sentence", label="#-1"))]
    base = document(article("337", paragraph("1er", alinea("Un. Deux. Trois.")),
                            paragraph("2", alinea("Autre."))))
    out = run(base, *(retarget(op) for op in ops))
    assert text(out, "article 337, § 1er") == "Un."
    assert text(out, "article 337, § 2") == "Autre."
