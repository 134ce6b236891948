"""New tirets announced by the formula: "le 3° est complété par un tiret rédigé comme suit :
"- …"", "il est inséré, après le premier tiret, un tiret rédigé comme suit : …", and the
Dutch "de bepaling onder 3° wordt aangevuld met een streepje, luidende: …".

No real sentence of these formulas is in ../shared/data: the cases use the words of the
Conseil d'État's guide and of the Handleiding (their formulas of completion and insertion,
with the unit "tiret" / "streepje"). Before, the quoted dash line was read as an alinéa "- …"
(the block reads a dash line as an alinéa), which the applier inserted as a new alinéa.
"""

from __future__ import annotations

from consolidate import api
from consolidate.justel import write_justel
from consolidate.model import AmendingAct, InsertUnit
from consolidate.parser import parse_text

BASE = """16 MAI 2001. - Loi portant statut des militaires

Art. 10. Sont visés :
1° les uns;
2° les autres;
3° les personnes suivantes :
- les officiers;
- les sous-officiers.
"""
HEAD_FR = ('---\ntitle: "Loi modifiant"\ndate: 2024-03-25\ncase: 2024-03-25/42\n---\n\n'
           "**Article 1er.** Dans l'article 10 de la loi du 16 mai 2001 portant statut des "
           "militaires, les modifications suivantes sont apportées :\n\n")
HEAD_NL = ('---\ntitle-nl: "Wet tot wijziging"\ndate: 2024-03-25\ncase: 2024-03-25/42\n---\n\n'
           "**Artikel 1.** In artikel 10 van de wet van 16 mei 2001 houdende statuut van de "
           "militairen, worden de volgende wijzigingen aangebracht:\n\n")


def read(points: str, language: str = "fr") -> AmendingAct:
    head = HEAD_NL if language == "nl" else HEAD_FR
    return parse_text(head + points + "\n", language=language)


def new_units(act: AmendingAct) -> list[tuple[str, str, str | None, list[tuple[str, str]]]]:
    out = []
    for op in act.operations():
        assert isinstance(op, InsertUnit)
        anchor = op.anchor.describe() if op.anchor else None
        out.append((op.target.describe(), op.position, anchor,
                    [(unit.kind, unit.text) for unit in op.new]))
    return out


FRENCH = ('a) le 3° est complété par un tiret rédigé comme suit :\n\n"- les candidats.";\n\n'
          "b) dans le 3°, il est inséré, après le premier tiret, un tiret rédigé comme suit :"
          '\n\n"- les adjudants;";\n\n'
          'c) le 3° est complété par deux tirets rédigés comme suit :\n\n"- les uns;\n\n'
          '- les autres.".')


def test_announced_tirets_are_tirets_in_french() -> None:
    assert new_units(read(FRENCH)) == [
        ("article 10, 3°", "end", None, [("tiret", "les candidats.")]),
        ("article 10, 3°", "after", "tiret #1", [("tiret", "les adjudants;")]),
        ("article 10, 3°", "end", None, [("tiret", "les uns;"), ("tiret", "les autres.")]),
    ]


def test_announced_tirets_are_tirets_in_dutch() -> None:
    act = read('a) de bepaling onder 3° wordt aangevuld met een streepje, luidende:\n\n'
               '"- de kandidaten.";\n\n'
               "b) in de bepaling onder 3° wordt na het eerste streepje een streepje "
               'ingevoegd, luidende:\n\n"- de adjudanten;".', "nl")
    assert new_units(act) == [
        ("article 10, 3°", "end", None, [("tiret", "de kandidaten.")]),
        ("article 10, 3°", "after", "tiret #1", [("tiret", "de adjudanten;")]),
    ]


def test_an_announced_alinea_stays_an_alinea() -> None:
    act = read('a) le 3° est complété par un alinéa rédigé comme suit :\n\n"- les candidats.".')
    assert new_units(act) == [("article 10, 3°", "end", None, [("alinea", "- les candidats.")])]


def test_the_new_tirets_go_into_the_items_own_tirets() -> None:
    base = api.load(BASE.encode(), name="base.txt")
    points = FRENCH.replace("- les autres.\".", "- les autres.\";") + (
        "\n\nd) dans le 3°, le point final du deuxième tiret est remplacé par un point-virgule.")
    act = read(points + "\n\n**Art. 2.** La présente loi entre en vigueur le 1er janvier 2025.")
    out, report = api.apply([base], act)
    assert report.ok, report
    lines = write_justel(out[0]).split("\n")
    start = lines.index("3° les personnes suivantes :")
    assert lines[start + 1 : start + 8] == [
        "- les officiers;",
        "[1 - les adjudants;]1",
        # one mark over the units of one amending article that follow each other
        "- les sous-officiers[1 ;",
        "- les candidats.",
        "- les uns;",
        "- les autres.]1",
        "----------",
    ]


def test_a_tiret_for_an_item_without_tirets_is_refused() -> None:
    base = api.load(BASE.encode(), name="base.txt")
    act = read('a) le 2° est complété par un tiret rédigé comme suit :\n\n"- les candidats.".'
               "\n\n**Art. 2.** La présente loi entre en vigueur le 1er janvier 2025.")
    _, report = api.apply([base], act, keep_going=True)
    assert [(outcome.status, outcome.error_code) for outcome in report.outcomes] == [
        ("failed", "A005")]


def test_a_tiret_after_a_missing_tiret_is_refused() -> None:
    base = api.load(BASE.encode(), name="base.txt")
    act = read("a) dans le 3°, il est inséré, après le troisième tiret, un tiret rédigé comme "
               'suit :\n\n"- les adjudants;".'
               "\n\n**Art. 2.** La présente loi entre en vigueur le 1er janvier 2025.")
    _, report = api.apply([base], act, keep_going=True)
    assert [(outcome.status, outcome.error_code) for outcome in report.outcomes] == [
        ("failed", "A003")]
