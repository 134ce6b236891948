"""Amending acts written as the Moniteur belge prints them, applied to the real Justel page
of the Code pénal (../shared/data/justel/code-penal-1867-fr.html; the tests skip without it),
read as a Justel editor would: the right unit, the right words, marks and footnotes numbered
after the page's own, and fail-closed errors that name what the base text holds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from consolidate import api
from consolidate.document import Document, akn
from consolidate.errors import ApplyError
from consolidate.justel import justel_key, read_text, strip_marks, write_justel

PAGE = "data/justel/code-penal-1867-fr.html"
TITLE = "12 JUIN 2025. - Loi modifiant le Code pénal (acte écrit pour les tests de consolidate)"
FIRST = "Article 1er. La présente loi règle une matière visée à l'article 74 de la Constitution."
_PAGES: dict[str, Document] = {}


@pytest.fixture
def page(shared: Callable[[str], Path]) -> Document:
    if PAGE not in _PAGES:
        _PAGES[PAGE] = api.load(shared(PAGE))
    return _PAGES[PAGE].copy()


def apply(page: Document, *articles: str) -> Document:
    text = "\n\n".join([TITLE, FIRST, *articles]) + "\n"
    (after,), report = api.apply([page], api.parse(text=text, source="act.txt"))
    assert [o.status for o in report.outcomes] == ["applied"] * len(articles)
    return after


def article(document: Document, label: str, following: str) -> str:
    justel = write_justel(document)
    return justel[justel.index(f"\nArt. {label}. ") + 1:justel.index(f"\nArt. {following}. ")]


def test_the_last_alinea_is_repealed(page: Document) -> None:
    after = apply(page, "Art. 2. Dans l'article 391sexies du Code pénal, inséré par la loi "
                        "du 25 avril 2007, le dernier alinéa est abrogé.")
    text = article(after, "391sexies", "391septies")
    assert "\n[2 ...]2\n----------\n" in text
    assert "La tentative est punie" not in text


def test_the_page_notes_come_first_and_marks_nest(page: Document) -> None:
    after = apply(
        page,
        "Art. 2. À l'article 391sexies du Code pénal, inséré par la loi du 25 avril 2007 et "
        "modifié par la loi du 2 juin 2013, les mots « de trois mois à cinq ans » sont "
        "remplacés par les mots « de six mois à sept ans ».",
        "Art. 3. Dans l'article 391octies, § 2, alinéa 3, du même Code, inséré par la loi du "
        "2 juin 2013, la deuxième phrase est abrogée.",
        "Art. 4. L'article 391octies, § 4, du même Code, remplacé par la loi du 18 juin 2018, "
        "est complété par un alinéa rédigé comme suit :\n« Le greffier en informe également "
        "le ministère public. »",
    )
    sexies = article(after, "391sexies", "391septies")
    assert "emprisonnement [1 [2 de six mois à sept ans]2 et d'une amende" in sexies
    assert sexies.endswith("(1)<L 2013-06-02/08, art. 14, 098; En vigueur : 03-10-2013>\n"
                           "(2)<L 2025-06-12, art. 2, 137; En vigueur : indéterminée>\n")
    octies = article(after, "391octies", "392")
    assert "\nL'intervention leur confère la qualité de partie à la cause. [3 ...]3\n" in octies
    assert ("\nLe greffier en informe immédiatement les parties.]2\n"
            "[4 Le greffier en informe également le ministère public.]4\n§ 5. ") in octies
    assert "(3)<L 2025-06-12, art. 3, 137;" in octies and "(4)<L 2025-06-12, art. 4, 137;" in octies


@pytest.mark.parametrize(("instruction", "expected"), [
    ("Art. 2. Dans le Code pénal, il est inséré un article 391bis rédigé comme suit :\n"
     "« Art. 391bis. Texte. »", "A004"),
    ("Art. 2. Dans l'article 391octies, § 2, du Code pénal, l'alinéa 7 est abrogé.",
     "alinéa 7 does not exist: article 391octies, § 2 has 4 alinéas"),
    ("Art. 2. L'article 390 du Code pénal est abrogé.", "it has been repealed"),
    ("Art. 2. L'article 391octies du Code pénal est rétabli dans la rédaction suivante :\n"
     "« Art. 391octies. Texte. »", "is not repealed"),
])
def test_instructions_that_do_not_match_the_page_fail_closed(
        page: Document, instruction: str, expected: str) -> None:
    with pytest.raises(ApplyError) as caught:
        apply(page, instruction)
    assert expected in str(caught.value) and "amending art. 2" in str(caught.value)


def test_the_last_unit_of_an_article_marked_whole_repealed_reads_back(page: Document) -> None:
    """391octies (inserted by L 2013-06-02/08, marked [1 … ]1 whole) loses its § 5 and
    391septies its alinéa 2: Justel closes the article's mark after the tombstone,
    "§ 5. [2 ...]2]1" — which must read back as the repealed § (before 2026-12-02, night,
    it read as a § 5 whose alinéa held a removal span: the round trip changed the document)."""
    after = apply(
        page,
        "Art. 2. Dans l'article 391octies du Code pénal, inséré par la loi du 2 juin 2013, "
        "le § 5 est abrogé.",
        "Art. 3. Dans l'article 391septies du même Code, inséré par la loi du 2 juin 2013, "
        "l'alinéa 2 est abrogé.",
    )
    octies = article(after, "391octies", "392")
    septies = article(after, "391septies", "391octies")
    assert "\n§ 5. [3 ...]3]1\n----------\n" in octies
    assert "cinq mille euros.\n[2 ...]2]1\n----------\n" in septies
    justel = write_justel(after)
    again = read_text(justel)
    assert justel_key(again) == justel_key(after)
    assert write_justel(again) == justel
    assert strip_marks(justel) == strip_marks(write_justel(again))
    for label, path in (("391octies", "paragraph[5]"), ("391septies", "alinea[2]")):
        found = again.article(label)
        assert found is not None
        unit = found.find(path.replace(path.split("[")[0], akn(path.split("[")[0])))
        assert unit is not None and unit.get("status") == "removed"


def test_words_appended_before_the_final_point_inside_an_older_bracket(page: Document) -> None:
    """Art. 7's "(1° la réclusion;\\n2° la détention.) <L 1996-07-10/42 …>": the 2° ends
    with its point inside the older style's bracket; "complété par les mots" puts the words
    before that point (before 2026-12-02, night: after the ")" — "la détention.) à temps")."""
    after = apply(page, "Art. 2. Dans l'article 7, alinéa 2, du Code pénal, remplacé par la "
                        "loi du 10 juillet 1996, le 2° est complété par les mots « à temps ».")
    seven = article(after, "7", "7bis")
    assert "\n2° la détention [3 à temps]3.) <L 1996-07-10/42, art. 4, 018;" in seven


def test_the_article_reference_after_its_number_survives_its_first_alinea_replaced(
        page: Document) -> None:
    """"Art. 7bis. <Inséré par L 1999-05-04/60, art. 4; …>[1 Les peines …]1": the reference
    right after the number is the article's (its insertion), not its first alinéa's; the
    alinéa replaced keeps it in front (before 2026-12-02, night, it went with the old text:
    the article lost the record of its insertion)."""
    after = apply(page, "Art. 2. Dans l'article 7bis du Code pénal, inséré par la loi du 4 mai "
                        "1999, l'alinéa 1er est remplacé par ce qui suit :\n« Les peines "
                        "applicables aux infractions commises par des personnes morales "
                        "sont : ».")
    text = article(after, "7bis", "8")
    assert text.startswith("Art. 7bis. [2 <Inséré par L 1999-05-04/60, art. 4;  En vigueur :  "
                           "02-07-1999> Les peines applicables aux infractions commises par "
                           "des personnes morales sont :]2\n")
    again = read_text(write_justel(after))
    assert justel_key(again) == justel_key(after)


def test_words_replaced_across_the_start_of_a_mark_leave_the_space_outside_it(
        page: Document) -> None:
    """391sexies "d'un emprisonnement [1 de trois mois à cinq ans …]1": the words replaced
    run into the mark; what is left of it starts after the space, which stays between the two
    marks, as Justel writes them (before 2026-12-02, night: "]2[1  à cinq ans", the space
    inside the old mark)."""
    after = apply(
        page,
        "Art. 2. Dans l'article 391sexies du Code pénal, les mots « d'un emprisonnement de "
        "trois mois » sont remplacés par les mots « d'une peine de prison de quatre mois ».",
        "Art. 3. Dans l'article 400 du même Code, les mots « une incapacité de travail "
        "personnel » sont abrogés.")
    assert "punie [2 d'une peine de prison de quatre mois]2 [1 à cinq ans et" in \
        article(after, "391sexies", "391septies")
    assert "une maladie paraissant incurable, soit [2 ...]2 [1 de plus de quatre mois]1, soit" \
        in article(after, "400", "401")
    again = read_text(write_justel(after))
    assert justel_key(again) == justel_key(after)
