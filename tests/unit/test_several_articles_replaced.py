"""Several articles replaced by one block: each by the new article of its number.

"Les articles 5 et 6 de la loi … sont remplacés par ce qui suit : "Art. 5. … Art. 6. …""
(the Guide de légistique's formula for replacing consecutive articles; the sentence is written
in its words) was read as two replacements each by *both* new articles (the applier then
refused it, A005). Each article is now replaced by its own; a block whose articles are not the
replaced ones, one each in order, is refused (P001) rather than shared out by guess.
"""

from __future__ import annotations

import pytest

from consolidate import api
from consolidate.errors import ParseError
from consolidate.model import ReplaceUnit
from consolidate.parser import parse_text

HEAD_FR = ('---\ntitle: "Loi portant des dispositions diverses"\ndate: 2023-06-15\n---\n\n'
           "**Article 1er.** ")
HEAD_NL = ('---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n'
           "**Artikel 1.** ")
L = "de la loi du 8 août 1983 organisant un registre national des personnes physiques"
W = "van de wet van 8 augustus 1983 tot regeling van een Rijksregister"
BASE = ("8 AOUT 1983. - Loi organisant un registre national des personnes physiques\n\n"
        "  Art. 5. Ancien cinq.\n\n  Art. 6. Ancien six.\n\n  Art. 7. Ancien sept.\n")


def french(block: str) -> str:
    return (f"{HEAD_FR}Les articles 5 et 6 {L} sont remplacés par ce qui suit :\n\n"
            f"\"{block}\".\n")


def test_each_article_is_replaced_by_its_own() -> None:
    act = parse_text(french("Art. 5. Texte cinq.\n\nArt. 6. Texte six."), language="fr")
    operations = act.operations()
    assert [type(op) for op in operations] == [ReplaceUnit, ReplaceUnit]
    assert [(op.target.article, [(u.label, u.text) for u in op.new])
            for op in operations if isinstance(op, ReplaceUnit)] == [
        ("5", [("5", "Texte cinq.")]), ("6", [("6", "Texte six.")])]


def test_the_dutch_formula_reads_the_same() -> None:
    act = parse_text(f"{HEAD_NL}De artikelen 5 en 6 {W} worden vervangen als volgt:\n\n"
                     "\"Art. 5. Tekst vijf.\n\nArt. 6. Tekst zes.\".\n", language="nl")
    assert [(op.target.article, [u.label for u in op.new]) for op in act.operations()
            if isinstance(op, ReplaceUnit)] == [("5", ["5"]), ("6", ["6"])]


def test_applied_each_article_has_its_new_text_and_the_next_is_untouched() -> None:
    act = parse_text(french("Art. 5. Texte cinq.\n\nArt. 6. Texte six."), language="fr")
    documents, report = api.apply([api.load(BASE.encode())], act)
    text = api.render(documents[0], "text")
    assert isinstance(text, str)
    assert "Art. 5. Texte cinq." in text and "Art. 6. Texte six." in text
    assert "Art. 7. Ancien sept." in text and "Ancien cinq" not in text
    assert len(report.outcomes) == 2


@pytest.mark.parametrize("block", [
    "Art. 5. Texte cinq.",                                  # one article for two
    "Art. 5. Texte cinq.\n\nArt. 7. Texte sept.",           # not the replaced numbers
    "Art. 6. Texte six.\n\nArt. 5. Texte cinq.",            # not in order
])
def test_a_block_that_cannot_be_shared_out_is_refused(block: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_text(french(block), language="fr")
    assert caught.value.code == "P001"
    assert "expected one new article per article replaced" in str(caught.value)
