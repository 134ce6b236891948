"""Numbered acts in act identities: "l'arrêté royal n° 78 du 10 novembre 1967" and "n° 79"
of the same day are two acts (the art de guérir and the Ordre des médecins); the number is read
(``ActRef.number``), carried by "du même arrêté", written to JSON only when set, and used where
an operation is matched to its base: a base whose title gives another number is not the act, a
base without a number still matches by type and date, and two bases the number cannot tell
apart are refused (A012). The two shapes of coordinated laws cite one act (``same_act``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consolidate import parse
from consolidate.drafter_nl_words import cited_act as dutch_cited_act
from consolidate.drafter_words import cited_act as french_cited_act
from consolidate.model import ActIdentity, ActRef, AmendingAct, Operation, Outcome

FR = '---\ntitle-fr: "Loi portant des dispositions diverses"\ndate: 2023-06-01\n---\n\n'
NL = '---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n'
BASIS_FR = "La présente loi règle une matière visée à l'article 74 de la Constitution."
BASIS_NL = "Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet."
DAY = dt.date(1967, 11, 10)
GUERIR = ("de l'arrêté royal n° 78 du 10 novembre 1967 relatif à l'exercice des professions des "
          "soins de santé")


def _act(head: str, *articles: str) -> AmendingAct:
    basis = BASIS_FR if head == FR else BASIS_NL
    text = head + "\n\n".join(f"**Art. {index}.** {body}"
                              for index, body in enumerate((basis, *articles), 1)) + "\n"
    return parse(text=text, keep_going=True)


def _ops(act: AmendingAct) -> list[Operation]:
    assert not act.problems, act.problems
    return list(act.operations())


# --- the grammar ------------------------------------------------------------------------------


def test_french_number_is_read_with_the_title() -> None:
    # 2006023386, art. 30 (as published)
    (op,) = _ops(_act(FR, f"Dans l'article 49ter {GUERIR}, inséré par la loi du 22 février "
                          "1998, les mots « A » sont remplacés par les mots « B »."))
    assert op.target.act == ActRef(
        type="arrêté royal", date=DAY, number="78",
        title="relatif à l'exercice des professions des soins de santé")
    assert op.target.article == "49ter"


@pytest.mark.parametrize("sign", ["n° 79", "n°79", "no 79", "numéro 79"])
def test_french_signs_of_the_number(sign: str) -> None:
    (op,) = _ops(_act(FR, f"À l'article 5 de l'arrêté royal {sign} du 10 novembre 1967 relatif "
                          "à l'Ordre des médecins, les mots « A » sont remplacés par les mots "
                          "« B »."))
    assert op.target.act.number == "79"
    assert op.target.act.title == "relatif à l'Ordre des médecins"


def test_dutch_number_is_read() -> None:
    (op,) = _ops(_act(NL, "In artikel 5 van het koninklijk besluit nr. 78 van 10 november 1967 "
                          "betreffende de uitoefening van de gezondheidszorgberoepen worden de "
                          "woorden „A” vervangen door de woorden „B”."))
    assert (op.target.act.type, op.target.act.date, op.target.act.number) == \
        ("arrêté royal", DAY, "78")


def test_the_same_act_carries_the_number() -> None:
    first, second = _ops(_act(
        FR, f"À l'article 5 {GUERIR}, les mots « A » sont remplacés par les mots « B ».",
        "L'article 6 du même arrêté est abrogé."))
    assert second.target.act == first.target.act
    assert second.target.act.number == "78"
    first, second = _ops(_act(
        NL, "In artikel 5 van het koninklijk besluit nr. 79 van 10 november 1967 betreffende de "
            "Orde der geneesheren worden de woorden „A” vervangen door de woorden „B”.",
        "Artikel 6 van hetzelfde besluit wordt opgeheven."))
    assert second.target.act.number == first.target.act.number == "79"


def test_an_act_without_number_has_none() -> None:
    (op,) = _ops(_act(FR, "L'article 3 de la loi du 16 mai 2001 portant statut des militaires "
                          "est abrogé."))
    assert op.target.act.number is None


# --- JSON ---------------------------------------------------------------------------------------


def test_number_is_written_only_when_set() -> None:
    numbered = ActRef(type="arrêté royal", date=DAY, number="78")
    assert numbered.model_dump(mode="json")["number"] == "78"
    assert "number" not in ActRef(type="arrêté royal", date=DAY).model_dump(mode="json")
    assert ActRef.model_validate_json(numbered.model_dump_json()) == numbered


# --- matching a base ------------------------------------------------------------------------


def _identity(title: str, language: str = "fr") -> ActIdentity:
    return ActIdentity(type="arrêté royal", date=DAY, title=title,
                       language=language)  # type: ignore[arg-type]


def test_identity_number_from_its_title() -> None:
    assert _identity("n° 78 relatif à l'art de guérir").number == "78"
    assert _identity("nr. 79 betreffende de Orde der geneesheren", "nl").number == "79"
    assert _identity("relatif à l'art de guérir").number is None
    assert _identity("nouvelle réglementation des 2 professions").number is None


@given(st.integers(1, 999), st.integers(1, 999))
def test_a_numbered_reference_matches_only_its_number(cited: int, base: int) -> None:
    ref = ActRef(type="arrêté royal", date=DAY, number=str(cited))
    assert _identity(f"n° {base} relatif à …").matches(ref) is (cited == base)
    # a base whose identity gives no number still matches by type and date
    assert _identity("relatif à …").matches(ref)
    # a reference without a number matches any number of that day
    assert _identity(f"n° {base} relatif à …").matches(ActRef(type="arrêté royal", date=DAY))


def test_type_and_date_still_required() -> None:
    ref = ActRef(type="arrêté royal", date=DAY, number="78")
    assert not _identity("n° 78 relatif à …").matches(ref.model_copy(
        update={"date": dt.date(1967, 11, 11)}))
    assert not _identity("n° 78 relatif à …").matches(ref.model_copy(update={"type": "loi"}))


# --- drafting ---------------------------------------------------------------------------------


def test_drafters_write_the_number() -> None:
    ref = ActRef(type="arrêté royal", date=DAY, number="78", title="relatif à l'art de guérir")
    assert french_cited_act(ref, None) == \
        "de l'arrêté royal n° 78 du 10 novembre 1967 relatif à l'art de guérir"
    assert dutch_cited_act(ref.model_copy(update={"title": None}), None) == \
        "van het koninklijk besluit nr. 78 van 10 november 1967"


# --- coordinated laws -------------------------------------------------------------------------


def test_two_shapes_of_coordinated_laws_are_one_act() -> None:
    (dated,) = _ops(_act(FR, "À l'article 5 des lois coordonnées du 12 janvier 1973 sur le "
                             "Conseil d'État, les mots « A » sont remplacés par les mots « B »."))
    (titled,) = _ops(_act(FR, "À l'article 5 des lois sur le Conseil d'État, coordonnées le 12 "
                              "janvier 1973, les mots « A » sont remplacés par les mots « B »."))
    assert dated.target.act.date == titled.target.act.coordinated == dt.date(1973, 1, 12)
    assert dated.target.act.same_act(titled.target.act)
    assert titled.target.act.same_act(dated.target.act)
    base = ActIdentity(type="lois coordonnées", date=dt.date(1973, 1, 12),
                       title="sur le Conseil d'Etat")
    assert base.matches(dated.target.act) and base.matches(titled.target.act)


def test_same_act_tells_apart_what_differs() -> None:
    ref = ActRef(type="arrêté royal", date=DAY, number="78", title="relatif à l'art de guérir")
    assert ref.same_act(ref.model_copy(update={"title": None}))
    assert not ref.same_act(ref.model_copy(update={"number": "79"}))
    assert not ref.same_act(ref.model_copy(update={"number": None}))
    coordinated = ActRef(type="lois coordonnées", date=None, coordinated=dt.date(1973, 1, 12))
    assert not coordinated.same_act(coordinated.model_copy(
        update={"coordinated": dt.date(1973, 1, 13)}))
    # for another type, the date of the act and of a coordination stay apart
    loi = ActRef(type="loi", date=dt.date(1994, 7, 14))
    assert not loi.same_act(ActRef(type="loi", coordinated=dt.date(1994, 7, 14)))


# --- applying: the base an operation goes to ------------------------------------------------

BASE_78 = ("10 NOVEMBRE 1967. - Arrêté royal n° 78 relatif à l'art de guérir\n\n"
           "Article 1er. Le médecin exerce l'art de guérir.\n")
BASE_79 = ("10 NOVEMBRE 1967. - Arrêté royal n° 79 relatif à l'Ordre des médecins\n\n"
           "Article 1er. Le médecin est inscrit au tableau.\n")
AMENDING = ("12 JUIN 2025. - Loi modifiant des arrêtés royaux de 1967\n\n"
            "Article 1er. La présente loi règle une matière visée à l'article 74 de la "
            "Constitution.\n\n"
            "Art. 2. Dans l'article 1er de l'arrêté royal {number}du 10 novembre 1967 {title}, "
            "le mot « médecin » est remplacé par le mot « praticien ».\n")


def _apply(number: str, title: str, *bases: str) -> tuple[list[str], list[Outcome]]:
    from consolidate import api
    from consolidate.justel import read_text, write_justel

    act = api.parse(text=AMENDING.format(number=number, title=title), source="act.txt")
    after, report = api.apply([read_text(base) for base in bases], act, keep_going=True)
    return [write_justel(document) for document in after], list(report.outcomes)


def test_the_number_chooses_the_base_among_two_of_one_day() -> None:
    for number, changed in (("n° 78 ", 0), ("n° 79 ", 1)):
        texts, (outcome,) = _apply(number, "relatif à …", BASE_78, BASE_79)
        assert outcome.status == "applied", outcome.message
        assert "praticien" in texts[changed] and "praticien" not in texts[1 - changed]


def test_another_number_is_not_the_base() -> None:
    texts, (outcome,) = _apply("n° 80 ", "relatif à …", BASE_78)
    assert outcome.status == "skipped"
    assert "act not supplied (arrêté royal n° 80 du 1967-11-10)" in (outcome.message or "")
    assert "praticien" not in texts[0]


def test_a_base_without_number_matches_by_type_and_date() -> None:
    unnumbered = BASE_78.replace("Arrêté royal n° 78 relatif", "Arrêté royal relatif")
    texts, (outcome,) = _apply("n° 78 ", "relatif à l'art de guérir", unnumbered)
    assert outcome.status == "applied"
    assert "praticien" in texts[0]


def test_two_bases_the_citation_cannot_tell_apart_are_refused() -> None:
    texts, (outcome,) = _apply("", "relatif à l'art de guérir", BASE_78, BASE_79)
    assert outcome.status == "failed"
    assert outcome.error_code == "A012"
    message = outcome.message or ""
    assert "2 bases match arrêté royal du 1967-11-10" in message
    assert "n° 78 relatif à l'art de guérir" in message and "n° 79" in message
    assert all("praticien" not in text for text in texts)
