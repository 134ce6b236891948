"""Renumberings listed with commas: "le 2° devient le 3°, le 3° devient le 4° et le 4° devient
le 5°" (Dutch: "wordt de bepaling onder 2° de bepaling onder 3°, wordt de bepaling onder 3° …").

The French list was P001 ("two predicates in one clause ('devient' and 'devient') and no rule
cuts it"): between two renumberings a comma now cuts (``parsing/clauses.py``), as "et" did;
between other predicates it still does not. The operations come in an order that gives no
label another still holds (``parsing/renumber_order.py``): 4° → 5° first. The ranges ("les 2° à
4° deviennent les 3° à 5°", "worden de bepalingen onder 2° tot 4° de bepalingen onder 3° tot
5°") were read already; they give the same operations.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consolidate.applier import apply
from consolidate.bilingual import compare_acts
from consolidate.document import akn, assign_eids, is_removed, label_text, load_xml, text_of
from consolidate.errors import ParseError
from consolidate.model import AmendingAct, Renumber
from consolidate.parser import parse_text

HEAD_FR = ('---\ntitle: "Loi portant des dispositions diverses"\ndate: 2023-06-15\n'
           "publication: 2023-06-30\n---\n\n**Article 1er.** ")
HEAD_NL = ('---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n'
           "publication: 2023-06-30\n---\n\n**Artikel 1.** ")
LOI = "l'article 6 de la loi du 16 mai 2001 portant statut des militaires du cadre de réserve"
WET = "artikel 6 van de wet van 16 mei 2001 houdende statuut van de militairen van het reservekader"


def read(text: str, language: str) -> AmendingAct:
    return parse_text((HEAD_FR if language == "fr" else HEAD_NL) + text + "\n",
                      language=language)


def renumberings(act: AmendingAct) -> list[tuple[str, str]]:
    out = []
    for op in act.operations():
        assert isinstance(op, Renumber)
        out.append((op.target.path[-1].label, op.new_label))
    return out


EXPECTED = [("4°", "5°"), ("3°", "4°"), ("2°", "3°")]


@pytest.mark.parametrize(("french", "dutch"), [
    (f"Dans {LOI}, le 2° devient le 3°, le 3° devient le 4° et le 4° devient le 5°.",
     f"In {WET} wordt de bepaling onder 2° de bepaling onder 3°, wordt de bepaling onder 3° "
     "de bepaling onder 4° en wordt de bepaling onder 4° de bepaling onder 5°."),
    (f"Dans {LOI}, le 2° devient le 3°, le 3° devient le 4°, le 4° devient le 5°.",
     f"In {WET} wordt de bepaling onder 2° de bepaling onder 3°, wordt de bepaling onder 3° "
     "de bepaling onder 4°, wordt de bepaling onder 4° de bepaling onder 5°."),
    (f"Dans {LOI}, les 2° à 4° deviennent les 3° à 5°.",
     f"In {WET} worden de bepalingen onder 2° tot 4° de bepalingen onder 3° tot 5°."),
])
def test_renumberings_listed_with_commas(french: str, dutch: str) -> None:
    fr, nl = read(french, "fr"), read(dutch, "nl")
    assert renumberings(fr) == renumberings(nl) == EXPECTED
    assert compare_acts(fr, nl).divergences == ()


def test_a_comma_between_other_predicates_is_still_no_cut() -> None:
    with pytest.raises(ParseError) as caught:
        read(f"Dans {LOI}, les mots « un » sont remplacés par les mots « deux », les mots "
             "« trois » sont remplacés par les mots « quatre ».", "fr")
    assert caught.value.code == "P001"


def document(count: int) -> object:
    items = "".join(f"<point><num>{n}°</num><content><p>item {n}</p></content></point>"
                    for n in range(1, count + 1))
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/'
        'legaldocml/ns/akn/3.0" xmlns:c="urn:x-consolidate:1"><act name="loi"><meta>'
        '<proprietary source="#consolidate"><c:act type="loi" date="2001-05-16" language="fr" '
        'model="true" version="1"><c:title>portant statut des militaires du cadre de réserve'
        '</c:title></c:act></proprietary></meta><body><article><num>Art. 6.</num><alinea><list>'
        f'<intro><p>Sont visés :</p></intro>{items}</list></alinea></article></body></act>'
        '</akomaNtoso>')
    doc = load_xml(xml.encode("utf-8"), "test.xml")
    assign_eids(doc)
    return doc


def points(after: object) -> list[tuple[str, str]]:
    article = next(iter(after.articles()))  # type: ignore[attr-defined]
    return [(label_text(u), text_of(u.find(akn("content")))) for u in
            article.iter(akn("point")) if not is_removed(u)]


def test_the_listed_renumberings_apply_without_collision() -> None:
    act = read(f"Dans {LOI}, le 2° devient le 3°, le 3° devient le 4° et le 4° devient le "
               "5°.", "fr")
    (after,), report = apply([document(4)], act)  # type: ignore[list-item]
    assert report.ok, report
    assert points(after) == [("1°", "item 1"), ("3°", "item 2"), ("4°", "item 3"),
                             ("5°", "item 4")]


@given(st.integers(2, 6), st.integers(1, 3), st.data())
def test_commas_and_et_read_the_same(count: int, shift: int, data: st.DataObject) -> None:
    """A run of renumberings "le N° devient le N+k°" joined by any mix of ", " and " et "
    gives the operations of the run joined by " et " only: a comma between renumberings is
    a cut, nothing more."""
    clauses = [f"le {n}° devient le {n + shift}°" for n in range(1, count + 1)]
    glue = [data.draw(st.sampled_from([", ", " et "])) for _ in clauses[1:]]
    mixed = clauses[0] + "".join(g + c for g, c in zip(glue, clauses[1:], strict=True))
    joined = " et ".join(clauses)
    assert renumberings(read(f"Dans {LOI}, {mixed}.", "fr")) == renumberings(
        read(f"Dans {LOI}, {joined}.", "fr"))
    expected = sorted(((f"{n}°", f"{n + shift}°") for n in range(1, count + 1)),
                      key=lambda pair: -int(pair[0][:-1]))
    assert sorted(renumberings(read(f"Dans {LOI}, {mixed}.", "fr"))) == sorted(expected)

