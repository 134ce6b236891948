"""Applied: coordinated renumberings ("le 2° devient le 3° et le 3° devient le 4°", "les 2° et
3° deviennent les 3° et 4°", "worden de bepalingen onder 2° en 3° respectievelijk de
bepalingen onder 3° en 4°") and a sentence replaced by a quoted block, parsed from sentences in
the words of the Guide de légistique / Handleiding wetgevingstechniek (not from a published
act) and applied to small hand-built texts (tests/unit/apply_docs.py)."""

from __future__ import annotations

import apply_docs
import pytest
from apply_docs import alinea, article, document, point

from consolidate.document import (
    Document,
    akn,
    is_removed,
    label_text,
    render_text,
    text_of,
)
from consolidate.errors import LabelConflict, UnsupportedOperation
from consolidate.model import Operation
from consolidate.parser import parse_text

FR_HEAD = '---\ntitle-fr: "Loi portant des dispositions diverses"\ndate: 2023-06-15\n---\n\n' \
    "**Article 1er.** "
NL_HEAD = '---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n' \
    "**Artikel 1.** "
ITEMS = point("1°", "le nom;") + point("2°", "le prénom;") + point("3°", "l'adresse.")


def base(language: str = "fr") -> Document:
    return document(
        article("13", alinea(intro="Sont enregistrés :", items=ITEMS)),
        article("32", alinea("Le Roi décide. Le ministre exécute."), alinea("Le reste.")),
        language=language)


def operations(text: str, language: str = "fr") -> list[Operation]:
    head = NL_HEAD if language == "nl" else FR_HEAD
    return list(parse_text(head + text + "\n", "test.md", language=language).operations())


def points(doc: Document) -> list[tuple[str, str]]:
    node = next(a for a in doc.articles() if label_text(a) == "13")
    return [(label_text(u), text_of(u.find(akn("content")))) for u in node.iter(akn("point"))
            if not is_removed(u)]


AFTER = [("1°", "le nom;"), ("3°", "le prénom;"), ("4°", "l'adresse.")]


@pytest.mark.parametrize(("text", "language"), [
    ("Dans l'article 13 de la loi du 16 mai 2001 portant statut, le 2° devient le 3° et le 3° "
     "devient le 4°.", "fr"),
    ("Dans l'article 13 de la loi du 16 mai 2001 portant statut, les 2° et 3° deviennent les 3° "
     "et 4°.", "fr"),
    ("Dans l'article 13 de la loi du 16 mai 2001 portant statut, les 2° et 3° sont renumérotés "
     "respectivement en 3° et 4°.", "fr"),
    ("In artikel 13 van de wet van 16 mei 2001 houdende statuut worden de bepalingen onder 2° "
     "en 3° respectievelijk de bepalingen onder 3° en 4°.", "nl"),
    ("In artikel 13 van de wet van 16 mei 2001 houdende statuut wordt de bepaling onder 2° de "
     "bepaling onder 3° en wordt de bepaling onder 3° de bepaling onder 4°.", "nl"),
])
def test_coordinated_renumberings_apply_without_collision(text: str, language: str) -> None:
    ops = operations(text, language)
    assert len(ops) == 2
    out = apply_docs.run(base(language), *ops)
    assert points(out) == AFTER
    # in the text's order the 2° takes the 3° while the 3° still holds it
    with pytest.raises(LabelConflict, match="taken"):
        apply_docs.run(base(language), *reversed(ops))


def test_a_sentence_replaced_by_a_block_stays_in_its_alinea() -> None:
    ops = operations("Dans l'article 32 de la loi du 16 mai 2001 portant statut, la première "
                     "phrase est remplacée par ce qui suit :\n\n\"Le ministre décide.\".")
    out = apply_docs.run(base(), *ops)
    text = render_text(out)
    assert "Art. 32. Le ministre décide. Le ministre exécute.\nLe reste." in text, text


def test_a_sentence_replaced_by_an_enumeration_is_refused() -> None:
    # the items would be lost in the sentence's place (they were, silently)
    ops = operations("Dans l'article 32 de la loi du 16 mai 2001 portant statut, la première "
                     "phrase est remplacée par ce qui suit :\n\n\"Le ministre décide :\n\n"
                     "1° des demandes;\n\n2° des recours.\".")
    with pytest.raises(UnsupportedOperation, match="replaced by an enumeration"):
        apply_docs.run(base(), *ops)
    ops = operations("Dans l'article 32 de la loi du 16 mai 2001 portant statut, la première "
                     "phrase est remplacée par ce qui suit :\n\n\"Le ministre décide.\n\n"
                     "Le Roi exécute.\".")
    with pytest.raises(UnsupportedOperation, match="replaced by 2 alinéas"):
        apply_docs.run(base(), *ops)
