"""Words inserted at the start of a unit: "au début de l'article 6, alinéa 1er, le mot
« Désormais » est inséré", Dutch "aan het begin van artikel 6, eerste lid, wordt het woord
"Voortaan" toegevoegd" (or "ingevoegd").

It was P001 ("an insertion of words must say where: après / avant / entre les mots …"; "een
invoeging van woorden moet zeggen waar"): the formula says where — before the unit's first
word. Decided: an ``InsertWords`` with ``at_start`` (no ``after`` / ``before``; written to JSON
only when set, so the insertions read before serialise as they did); the applier puts the words
before the first word of the unit's first text, a space between them; the existing first word
keeps its case (the act says nothing of it). "à la fin de …, les mots … sont insérés" stays
an ``AppendWords``. The drafters write no such insertion (DraftError).
"""

from __future__ import annotations

import pytest
from apply_docs import alinea, amending, article, document, point, text

from consolidate import api
from consolidate.applier import apply
from consolidate.errors import ParseError
from consolidate.model import AmendingAct, InsertWords
from consolidate.parser import parse_text

HEAD_FR = ('---\ntitle: "Loi portant des dispositions diverses"\ndate: 2023-06-15\n---\n\n'
           "**Article 1er.** ")
HEAD_NL = ('---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n'
           "**Artikel 1.** ")
LOI = "de la loi du 16 mai 2001 portant statut des militaires du cadre de réserve"
WET = "van de wet van 16 mei 2001 houdende statuut van de militairen van het reservekader"


def read(text: str, language: str) -> AmendingAct:
    return parse_text((HEAD_FR if language == "fr" else HEAD_NL) + text + "\n",
                      language=language)


def the_insertion(act: AmendingAct) -> InsertWords:
    (op,) = act.operations()
    assert isinstance(op, InsertWords)
    return op


@pytest.mark.parametrize("dutch_verb", ["toegevoegd", "ingevoegd"])
def test_words_at_the_start_in_french_and_dutch(dutch_verb: str) -> None:
    french = read(f"Au début de l'article 6, alinéa 1er, {LOI}, le mot « Désormais » est "
                  "inséré.", "fr")
    dutch = read(f'Aan het begin van artikel 6, eerste lid, {WET}, wordt het woord "Voortaan" '
                 f"{dutch_verb}.", "nl")
    for act, word in ((french, "Désormais"), (dutch, "Voortaan")):
        op = the_insertion(act)
        assert (op.new, op.at_start, op.after, op.before) == (word, True, None, None)
        assert op.target.describe() == "article 6, alinéa 1er"
        assert op.model_dump(mode="json")["at_start"] is True
    assert api.compare(french, dutch).clean


def test_at_start_is_written_only_when_set() -> None:
    op = the_insertion(read(f"Dans l'article 6, alinéa 1er, {LOI}, le mot « Désormais » est "
                            "inséré après le mot « militaire ».", "fr"))
    assert not op.at_start and "at_start" not in op.model_dump(mode="json")


def test_an_insertion_that_says_no_place_is_still_refused() -> None:
    with pytest.raises(ParseError) as caught:
        read(f"Dans l'article 6, alinéa 1er, {LOI}, le mot « Désormais » est inséré.", "fr")
    assert caught.value.code == "P001"


def test_the_applier_puts_the_words_before_the_first_word() -> None:
    base = document(article("6", alinea("Le militaire est nommé."), alinea("Il prête serment.")))
    op = the_insertion(read(f"Au début de l'article 6, alinéa 1er, {LOI}, le mot « Désormais » "
                            "est inséré.", "fr"))
    out, report = apply([base], amending(("2", [op])))
    assert report.ok, report
    assert text(out[0], "article 6, alinéa 1er") == "Désormais Le militaire est nommé."
    assert text(out[0], "article 6, alinéa 2") == "Il prête serment."


def test_in_a_unit_with_items_the_words_go_before_its_intro() -> None:
    base = document(article("6", alinea(intro="Sont visés :", items=point("1°", "les uns;"))))
    op = the_insertion(read(f"Au début de l'article 6, alinéa 1er, {LOI}, le mot « Seuls » "
                            "est inséré.", "fr"))
    out, report = apply([base], amending(("2", [op])))
    assert report.ok, report
    assert text(out[0], "article 6, alinéa 1er, 1°") == "les uns;"
    assert text(out[0], "article 6, alinéa 1er").startswith("Seuls Sont visés :")
