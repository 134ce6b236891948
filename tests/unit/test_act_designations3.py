"""The designation of the amended act, third pass: every kind of act and the anaphora, in the
style of the Moniteur belge / Belgisch Staatsblad. Each test asserts the act every operation
goes to (type, date, title, Code) and its target; a designation the rules cannot read is a
coded refusal naming the words, never an act swallowing a unit in its title or an anaphora
resolved to an act of another kind."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consolidate import parse
from consolidate.lang.fr import MONTH_SPELLINGS
from consolidate.model import ActRef, AmendingAct, Operation

FR = '---\ntitle-fr: "Loi portant des dispositions diverses"\ndate: 2023-06-01\n---\n\n'
NL = '---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n'
BASIS_FR = "La présente loi règle une matière visée à l'article 74 de la Constitution."
BASIS_NL = "Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet."
CONTRACTS = "de la loi du 3 juillet 1978 relative aux contrats de travail"
CHOMAGE = "de l'arrêté royal du 25 novembre 1991 portant réglementation du chômage"
ARBEID = "van de wet van 3 juli 1978 betreffende de arbeidsovereenkomsten"
WERKLOOSHEID = ("van het koninklijk besluit van 25 november 1991 houdende de "
                "werkloosheidsreglementering")


def _act(head: str, *articles: str) -> AmendingAct:
    """An act of a basis (article 1) and ``articles`` (numbered from 2)."""
    basis = BASIS_FR if head == FR else BASIS_NL
    text = head + "\n\n".join(f"**Art. {index}.** {body}"
                              for index, body in enumerate((basis, *articles), 1)) + "\n"
    return parse(text=text, keep_going=True)


def _fr(*articles: str) -> AmendingAct:
    return _act(FR, *articles)


def _nl(*articles: str) -> AmendingAct:
    return _act(NL, *articles)


def _acts(act: AmendingAct) -> list[tuple[str, str | None, dt.date | None, str | None]]:
    """(amending article, the target's article, act's date, Code) of every operation."""
    return [(op.source.article, op.target.article, op.target.act.date, op.target.act.code)
            for op in act.operations()]


def _only(act: AmendingAct) -> Operation:
    assert not act.problems, act.problems
    (op,) = act.operations()
    return op


# --- the anaphora: "ladite loi", "la loi précitée", "dudit Code", "voormelde wet" -----------


def test_french_anaphora_designate_the_act_cited_last() -> None:
    act = _fr(f"Dans l'article 2 {CONTRACTS}, le mot « a » est abrogé.",
              "Dans l'article 3 de ladite loi, le mot « b » est abrogé.",
              "Dans l'article 4 de la loi précitée, le mot « c » est abrogé.",
              "Dans l'article 5 de ladite loi du 3 juillet 1978, le mot « d » est abrogé.",
              f"Dans l'article 6 {CHOMAGE}, le mot « e » est abrogé.",
              "Dans l'article 7 dudit arrêté, le mot « f » est abrogé.",
              "Dans l'article 8 de l'arrêté royal précité, le mot « g » est abrogé.",
              "Dans l'article 9 du Code judiciaire, le mot « h » est abrogé.",
              "Dans l'article 10 dudit Code, le mot « i » est abrogé.",
              "Dans l'article 11 du Code précité, le mot « j » est abrogé.")
    assert not act.problems, act.problems
    law, decree = dt.date(1978, 7, 3), dt.date(1991, 11, 25)
    assert _acts(act) == [
        ("2", "2", law, None), ("3", "3", law, None), ("4", "4", law, None),
        ("5", "5", law, None), ("6", "6", decree, None), ("7", "7", decree, None),
        ("8", "8", decree, None), ("9", "9", None, "Code judiciaire"),
        ("10", "10", None, "Code judiciaire"), ("11", "11", None, "Code judiciaire")]
    words = [op.old for op in act.operations()]  # type: ignore[union-attr]
    assert words == list("abcdefghij")
    # the title is the act's, carried by the anaphora
    assert act.operations()[2].target.act.title == "relative aux contrats de travail"


def test_dutch_anaphora_designate_the_act_cited_last() -> None:
    act = _nl(f'In artikel 2 {ARBEID} wordt het woord "a" opgeheven.',
              'In artikel 3 van voormelde wet wordt het woord "b" opgeheven.',
              'In artikel 4 van de voormelde wet wordt het woord "c" opgeheven.',
              'In artikel 5 van de genoemde wet wordt het woord "d" opgeheven.',
              f'In artikel 6 {WERKLOOSHEID} wordt het woord "e" opgeheven.',
              'In artikel 7 van het voornoemde besluit wordt het woord "f" opgeheven.',
              'In artikel 8 van het voormelde koninklijk besluit wordt het woord "g" '
              "opgeheven.")
    assert not act.problems, act.problems
    law, decree = dt.date(1978, 7, 3), dt.date(1991, 11, 25)
    assert [(a, date) for a, _, date, _ in _acts(act)] == [
        ("2", law), ("3", law), ("4", law), ("5", law), ("6", decree), ("7", decree),
        ("8", decree)]
    assert [op.target.article for op in act.operations()] == [str(n) for n in range(2, 9)]


@pytest.mark.parametrize(("head", "first", "anaphora"), [
    (FR, f"Dans l'article 2 {CHOMAGE}, le mot « a » est abrogé.",
     "Dans l'article 3 de la loi précitée, le mot « b » est abrogé."),
    (FR, f"Dans l'article 2 {CONTRACTS}, le mot « a » est abrogé.",
     "Dans l'article 3 dudit arrêté, le mot « b » est abrogé."),
    # "du même Code" / "du Code précité" after a loi cited by its date: not that loi
    (FR, f"Dans l'article 2 {CONTRACTS}, le mot « a » est abrogé.",
     "Dans l'article 3 du Code précité, le mot « b » est abrogé."),
    (FR, f"Dans l'article 2 {CONTRACTS}, le mot « a » est abrogé.",
     "Dans l'article 3 du même Code, le mot « b » est abrogé."),
    # "la loi précitée" after "le Code judiciaire": a loi cited before it is meant
    (FR, "Dans l'article 2 du Code judiciaire, le mot « a » est abrogé.",
     "Dans l'article 3 de la loi précitée, le mot « b » est abrogé."),
    (NL, f'In artikel 2 {WERKLOOSHEID} wordt het woord "a" opgeheven.',
     'In artikel 3 van de voormelde wet wordt het woord "b" opgeheven.'),
    (NL, f'In artikel 2 {ARBEID} wordt het woord "a" opgeheven.',
     'In artikel 3 van hetzelfde Wetboek wordt het woord "b" opgeheven.'),
])
def test_an_anaphora_of_another_kind_than_the_act_cited_last_is_refused(
        head: str, first: str, anaphora: str) -> None:
    act = _act(head, first, anaphora)
    assert [op.source.article for op in act.operations()] == ["2"]
    (problem,) = act.problems
    assert (problem.code, problem.article) == ("P004", "3")
    assert ("the act meant is not known" if head == FR else "de bedoelde akte is onbekend") \
        in problem.message


def test_the_refusal_of_a_dutch_anaphora_is_said_in_dutch() -> None:
    act = _nl(f'In artikel 2 {WERKLOOSHEID} wordt het woord "a" opgeheven.',
              'In artikel 3 van voormelde wet wordt het woord "b" opgeheven.')
    (problem,) = act.problems
    assert problem.code == "P004" and problem.message.startswith("artikel 3: ")
    assert "noemt een andere soort akte dan de laatst aangehaalde (arrêté royal du " \
        "1991-11-25)" in problem.message


def test_an_anaphora_inside_a_title_is_the_title_s() -> None:
    act = _fr(f"Dans l'article 2 {CONTRACTS}, le mot « a » est abrogé.",
              "Dans l'article 3 de l'arrêté royal du 3 mai 1999 pris en exécution de ladite loi, "
              "modifié par l'arrêté royal du 5 mai 2000, le mot « b » est abrogé.",
              "Dans l'article 4 du même arrêté, le mot « c » est abrogé.")
    assert not act.problems
    decree = ActRef(type="arrêté royal", date=dt.date(1999, 5, 3),
                    title="pris en exécution de ladite loi")
    assert [op.target.act for op in act.operations()][1:] == [decree, decree]
    act = _nl(f'In artikel 2 {ARBEID} wordt het woord "a" opgeheven.',
              "In artikel 3 van het koninklijk besluit van 3 mei 1999 tot uitvoering van "
              'voormelde wet wordt het woord "b" opgeheven.')
    assert act.operations()[1].target.act == ActRef(
        type="arrêté royal", date=dt.date(1999, 5, 3), title="tot uitvoering van voormelde wet")


def test_a_named_code_is_a_loi_when_its_name_says_so() -> None:
    act = _fr("L'article 2 de la Nouvelle loi communale est abrogé.",
              "L'article 3 de la même loi est abrogé.")
    assert not act.problems
    assert [op.target.act.code for op in act.operations()] == ["Nouvelle loi communale"] * 2
    act = _nl("Artikel 2 van de Nieuwe Gemeentewet wordt opgeheven.",
              "Artikel 3 van dezelfde wet wordt opgeheven.")
    assert not act.problems
    assert [op.target.act.code for op in act.operations()] == ["Nouvelle loi communale"] * 2


def test_cette_loi_is_not_read_as_the_act_cited_last() -> None:
    # "cette loi" may be the amending act itself ("la présente loi"): refused, by its words
    act = _fr(f"Dans l'article 2 {CONTRACTS}, le mot « a » est abrogé.",
              "Dans l'article 3 de cette loi, le mot « b » est abrogé.")
    (problem,) = act.problems
    assert (problem.code, problem.article) == ("P007", "3") and "'loi'" in problem.message


# --- an act amending three acts, one chapter each -------------------------------------------


def test_three_chapters_each_amending_the_act_of_its_heading() -> None:
    text = FR + (
        "### CHAPITRE 1er. - Disposition générale\n\n"
        "**Article 1er.** La présente loi règle une matière visée à l'article 74 de la "
        "Constitution.\n\n"
        "### CHAPITRE 2. - Modification de la loi du 3 juillet 1978 relative aux contrats de "
        "travail\n\n"
        "**Art. 2.** Dans l'article 5 de la même loi, le mot « a » est abrogé.\n\n"
        "**Art. 3.** L'article 6 de la loi précitée est abrogé.\n\n"
        "### CHAPITRE 3. - Modification de l'arrêté royal du 25 novembre 1991 portant "
        "réglementation du chômage\n\n"
        "**Art. 4.** Dans l'article 7 du même arrêté, le mot « b » est abrogé.\n\n"
        "**Art. 5.** Dans l'article 8 de l'arrêté précité, le mot « c » est abrogé.\n\n"
        "### CHAPITRE 4. - Modification du Code judiciaire\n\n"
        "**Art. 6.** Dans l'article 9 du même Code, le mot « d » est abrogé.\n\n"
        "**Art. 7.** Dans l'article 10 de la loi précitée, le mot « e » est abrogé.\n")
    act = parse(text=text, keep_going=True)
    law, decree = dt.date(1978, 7, 3), dt.date(1991, 11, 25)
    assert _acts(act) == [("2", "5", law, None), ("3", "6", law, None),
                          ("4", "7", decree, None), ("5", "8", decree, None),
                          ("6", "9", None, "Code judiciaire")]
    assert act.operations()[0].target.act.title == "relative aux contrats de travail"
    # "la loi précitée" in the chapter of the Code judiciaire: which loi is not known
    (problem,) = act.problems
    assert (problem.code, problem.article) == ("P004", "7")


def test_dutch_chapters_wijziging_van_de_wet_van() -> None:
    text = NL + (
        "### HOOFDSTUK 1. - Algemene bepaling\n\n"
        "**Artikel 1.** Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de "
        "Grondwet.\n\n"
        "### HOOFDSTUK 2. - Wijziging van de wet van 3 juli 1978 betreffende de "
        "arbeidsovereenkomsten\n\n"
        '**Art. 2.** In artikel 5 van dezelfde wet wordt het woord "a" opgeheven.\n\n'
        "**Art. 3.** Artikel 6 van voormelde wet wordt opgeheven.\n\n"
        "### HOOFDSTUK 3. - Wijziging van het koninklijk besluit van 25 november 1991 houdende "
        "de werkloosheidsreglementering\n\n"
        '**Art. 4.** In artikel 7 van het voornoemde besluit wordt het woord "b" opgeheven.\n')
    act = parse(text=text, keep_going=True)
    assert not act.problems, act.problems
    law, decree = dt.date(1978, 7, 3), dt.date(1991, 11, 25)
    assert _acts(act) == [("2", "5", law, None), ("3", "6", law, None),
                          ("4", "7", decree, None)]


# --- kinds of act ---------------------------------------------------------------------------


@pytest.mark.parametrize(("cited", "type_", "date", "title"), [
    ("de l'arrêté du Collège réuni de la Commission communautaire commune du 3 mai 2018",
     "arrêté du Collège réuni", dt.date(2018, 5, 3), None),
    ("de l'arrêté de l'Exécutif de la Communauté française du 3 mai 1990",
     "arrêté de l'Exécutif de la Communauté française", dt.date(1990, 5, 3), None),
    ("de l’arrêté de l’Exécutif flamand du 3 mai 1990", "arrêté de l'Exécutif flamand",
     dt.date(1990, 5, 3), None),
    ("de l'arrêté de l'Exécutif régional wallon du 3 mai 1990 relatif aux primes",
     "arrêté de l'Exécutif régional wallon", dt.date(1990, 5, 3), "relatif aux primes"),
    ("de l'arrêté du Gouvernement de la Communauté française du 2 juin 2004 fixant le régime",
     "arrêté du Gouvernement de la Communauté française", dt.date(2004, 6, 2),
     "fixant le régime"),
    ("de l'arrêté-loi du 28 décembre 1944 concernant la sécurité sociale des travailleurs",
     "arrêté-loi", dt.date(1944, 12, 28), "concernant la sécurité sociale des travailleurs"),
    ("de la loi spéciale du 8 août 1980 de réformes institutionnelles", "loi spéciale",
     dt.date(1980, 8, 8), "de réformes institutionnelles"),
    ("de l'ordonnance du 19 juillet 2001 relative à l'organisation du marché de "
     "l'électricité en Région de Bruxelles-Capitale", "ordonnance", dt.date(2001, 7, 19),
     "relative à l'organisation du marché de l'électricité en Région de Bruxelles-Capitale"),
])
def test_french_kinds_of_act_keep_their_canonical_type(
        cited: str, type_: str, date: dt.date, title: str | None) -> None:
    op = _only(_fr(f"L'article 12 {cited} est abrogé."))
    assert op.target.act == ActRef(type=type_, date=date, title=title)
    assert op.target.article == "12" and op.target.path == ()


# --- where a title ends ---------------------------------------------------------------------


@pytest.mark.parametrize("recital", [
    "ratifié par la loi du 12 décembre 1999", "interprété par la loi du 12 décembre 1999",
    "confirmé par la loi du 12 décembre 1999", "prorogé par la loi du 12 décembre 1999",
    "tel qu'il a été modifié par la loi du 12 décembre 1999",
])
def test_a_french_recital_after_a_title_is_history_not_title(recital: str) -> None:
    op = _only(_fr(f"Dans l'article 2 de l'arrêté royal du 3 mai 1999 portant diverses "
                   f"mesures, {recital}, le mot « a » est abrogé."))
    assert op.target.act == ActRef(type="arrêté royal", date=dt.date(1999, 5, 3),
                                   title="portant diverses mesures")
    assert op.history == (recital,)  # type: ignore[union-attr]
    assert op.old == "a"  # type: ignore[union-attr]


@pytest.mark.parametrize("recital", [
    "bekrachtigd bij de wet van 12 december 2004", "bevestigd bij de wet van 12 december 2004",
])
def test_a_dutch_recital_after_a_title_is_history_not_title(recital: str) -> None:
    op = _only(_nl(f"In artikel 2 van het decreet van 7 mei 2004 betreffende het onderwijs, "
                   f'{recital}, wordt het woord "a" opgeheven.'))
    assert op.target.act == ActRef(type="décret", date=dt.date(2004, 5, 7),
                                   title="betreffende het onderwijs")
    assert op.history == (recital,)  # type: ignore[union-attr]


@pytest.mark.parametrize("notably", [
    ", notamment son paragraphe 2,", ", et notamment son paragraphe 2,",
    " et notamment son paragraphe 2,", ", notamment en son paragraphe 2,",
])
def test_notamment_after_a_title_is_refused_not_lost_in_the_title(notably: str) -> None:
    # the title used to swallow "et notamment son paragraphe 2": the word "a" was then
    # removed from the whole article 2, silently
    act = _fr(f"Dans l'article 2 {CONTRACTS}{notably} le mot « a » est abrogé.")
    assert act.operations() == []
    (problem,) = act.problems
    assert (problem.code, problem.article) == ("P007", "2")
    assert "'notamment'" in problem.message


@pytest.mark.parametrize(("notably", "word"), [
    (", inzonderheid § 2,", "inzonderheid"), (", met name in § 2,", "name"),
])
def test_dutch_inzonderheid_after_a_title_is_refused_not_lost_in_the_title(
        notably: str, word: str) -> None:
    act = _nl(f"In artikel 2 {ARBEID}{notably} wordt het woord \"a\" opgeheven.")
    assert act.operations() == []
    (problem,) = act.problems
    assert (problem.code, problem.article) == ("P007", "2") and f"'{word}'" in problem.message


# --- an arrêté whose type is not said again -------------------------------------------------


def test_an_arrete_of_the_date_of_the_government_arrete_cited_last_is_that_arrete() -> None:
    wallon = "de l'arrêté du Gouvernement wallon du 4 décembre 2014 portant exécution du décret"
    act = _fr(f"Dans l'article 2 {wallon}, le mot « a » est abrogé.",
              "Dans l'article 3 dudit arrêté du 4 décembre 2014, le mot « b » est abrogé.",
              "Dans l'article 4 de l'arrêté du 5 décembre 2014, le mot « c » est abrogé.")
    assert not act.problems
    types = [(op.target.act.type, op.target.act.date) for op in act.operations()]
    assert types == [("arrêté du Gouvernement wallon", dt.date(2014, 12, 4))] * 2 + [
        ("arrêté", dt.date(2014, 12, 5))]  # another date: another arrêté, its type unknown
    assert act.operations()[1].target.act.title == "portant exécution du décret"
    act = _nl("In artikel 2 van het besluit van de Vlaamse Regering van 19 juli 2013 betreffende "
              'het onderwijs wordt het woord "a" opgeheven.',
              'In artikel 3 van het besluit van 19 juli 2013 wordt het woord "b" opgeheven.')
    assert [op.target.act.type for op in act.operations()] == [
        "arrêté du Gouvernement flamand"] * 2


# --- one Code, one name ---------------------------------------------------------------------


@pytest.mark.parametrize(("head", "sentence"), [
    (FR, "Dans l'article 2 du Code de la TVA, le mot « a » est abrogé."),
    (FR, "Dans l'article 2 du Code de la taxe sur la valeur ajoutée, le mot « a » est abrogé."),
    (NL, 'In artikel 2 van het BTW-Wetboek wordt het woord "a" opgeheven.'),
    (NL, "In artikel 2 van het Wetboek van de belasting over de toegevoegde waarde wordt het "
         'woord "a" opgeheven.'),
])
def test_the_code_de_la_tva_has_one_name_however_cited(head: str, sentence: str) -> None:
    # its Justel page is titled by the long name: "Code de la TVA" did not match it
    op = _only(_act(head, sentence))
    assert op.target.act == ActRef(type="code", code="Code de la taxe sur la valeur ajoutée")
    assert op.target.article == "2"


# --- the law of the anaphora: the act cited last, or a refusal ------------------------------

#: (the citation, without its date, the family "la même …" names) of acts of each kind
_KINDS_FR = [
    ("de la loi", "loi"), ("de la loi spéciale", "loi"), ("de la loi-programme", "loi"),
    ("de l'arrêté royal", "arrêté"), ("de l'arrêté ministériel", "arrêté"),
    ("de l'arrêté du Gouvernement wallon", "arrêté"), ("du décret", "décret"),
    ("de l'ordonnance", "ordonnance"),
]
_ANAPHORA_FR = [
    ("de la même loi", "loi"), ("de ladite loi", "loi"), ("de la loi précitée", "loi"),
    ("du même arrêté", "arrêté"), ("dudit arrêté", "arrêté"), ("de l'arrêté précité", "arrêté"),
    ("du décret précité", "décret"), ("dudit décret", "décret"),
    ("de l'ordonnance précitée", "ordonnance"), ("de ladite ordonnance", "ordonnance"),
]
_MONTHS = {number: name for name, number in MONTH_SPELLINGS.items()}


@given(st.sampled_from(_KINDS_FR), st.sampled_from(_ANAPHORA_FR),
       st.dates(dt.date(1831, 1, 1), dt.date(2030, 12, 31)))
def test_an_anaphora_is_the_act_cited_last_of_its_family_or_refused(
        kind: tuple[str, str], anaphora: tuple[str, str], date: dt.date) -> None:
    day = "1er" if date.day == 1 else str(date.day)
    cited = f"{kind[0]} du {day} {_MONTHS[date.month]} {date.year}"
    act = _fr(f"Dans l'article 2 {cited}, le mot « a » est abrogé.",
              f"Dans l'article 3 {anaphora[0]}, le mot « b » est abrogé.")
    operations = act.operations()
    assert operations[0].target.act.date == date
    if kind[1] == anaphora[1]:
        assert not act.problems
        assert operations[1].target.act == operations[0].target.act
        assert operations[1].target.article == "3"
    else:  # never the act of another kind, silently
        assert len(operations) == 1
        assert [(problem.code, problem.article) for problem in act.problems] == [("P004", "3")]


# --- kinds read right before this pass (kept: their act and target) ------------------------


@pytest.mark.parametrize(("head", "sentence", "expected"), [
    (FR, "Dans l'article 12 des lois sur l'emploi des langues en matière administrative, "
         "coordonnées le 18 juillet 1966, les mots « a » sont abrogés.",
     ActRef(type="lois coordonnées", title="sur l'emploi des langues en matière administrative",
            coordinated=dt.date(1966, 7, 18))),
    (FR, "Dans l'article 12 des lois relatives à la police de la circulation routière, "
         "coordonnées par l'arrêté royal du 16 mars 1968, les mots « a » sont abrogés.",
     ActRef(type="lois coordonnées", title="relatives à la police de la circulation routière",
            coordinated=dt.date(1968, 3, 16))),
    (NL, "In artikel 12 van de wetten op het gebruik van de talen in bestuurszaken, "
         'gecoördineerd op 18 juli 1966, wordt het woord "a" opgeheven.',
     ActRef(type="lois coordonnées", title="op het gebruik van de talen in bestuurszaken",
            coordinated=dt.date(1966, 7, 18))),
    (FR, "Dans l'article 12 de la loi-programme (I) du 27 décembre 2006, les mots « a » sont "
         "abrogés.", ActRef(type="loi-programme", date=dt.date(2006, 12, 27), title="(I)")),
    (NL, 'In artikel 12 van de besluitwet van 28 december 1944 betreffende de maatschappelijke '
         'zekerheid der arbeiders wordt het woord "a" opgeheven.',
     ActRef(type="arrêté-loi", date=dt.date(1944, 12, 28),
            title="betreffende de maatschappelijke zekerheid der arbeiders")),
    (NL, "In artikel 12 van de bijzondere wet van 8 augustus 1980 tot hervorming der "
         'instellingen wordt het woord "a" opgeheven.',
     ActRef(type="loi spéciale", date=dt.date(1980, 8, 8),
            title="tot hervorming der instellingen")),
    (FR, "Dans l'article 12 de la loi du 8 août 1980 de réformes institutionnelles, modifié en "
         "dernier lieu par la loi spéciale du 6 janvier 2014, les mots « a » sont abrogés.",
     ActRef(type="loi", date=dt.date(1980, 8, 8), title="de réformes institutionnelles")),
    (NL, "In artikel 12 van de wet van 3 juli 1978 betreffende de arbeidsovereenkomsten, zoals "
         'laatst gewijzigd bij de wet van 26 december 2013, wordt het woord "a" opgeheven.',
     ActRef(type="loi", date=dt.date(1978, 7, 3), title="betreffende de arbeidsovereenkomsten")),
    (FR, "Dans l'article 12 du Code des impôts sur les revenus 1992, les mots « a » sont abrogés.",
     ActRef(type="code", code="Code des impôts sur les revenus 1992")),
    (NL, 'In artikel 12 van het Wetboek van de inkomstenbelastingen 1992 wordt het woord "a" '
         "opgeheven.", ActRef(type="code", code="Code des impôts sur les revenus 1992")),
    (NL, 'In artikel 12 van het Gerechtelijk Wetboek wordt het woord "a" opgeheven.',
     ActRef(type="code", code="Code judiciaire")),
    (FR, "Dans l'article 12 de la nouvelle loi communale, les mots « a » sont abrogés.",
     ActRef(type="code", code="Nouvelle loi communale")),
])
def test_kinds_read_right_keep_their_act(head: str, sentence: str, expected: ActRef) -> None:
    op = _only(_act(head, sentence))
    assert op.target.act == expected
    assert op.target.article == "12" and op.target.path == ()
