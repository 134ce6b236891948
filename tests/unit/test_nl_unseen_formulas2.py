"""Dutch formulas of real Belgian drafting that shared/ does not hold (the second sweep of 3
December 2026, morning): each read to its operations, or refused with a coded error, in the
words of the besluiten van de Vlaamse Regering, the decreten, the Brusselse ordonnanties and
the federal wetten and koninklijke besluiten as the Belgisch Staatsblad prints them
(docs/dutch.md, "Formulas not in shared/, the second sweep"); with the French mirror where
the rule is shared."""

from __future__ import annotations

import pytest
from apply_docs import LOI_2001, alinea, amending, article, document, point

from consolidate.applier import apply
from consolidate.document import render_text
from consolidate.errors import ParseError
from consolidate.model import InsertWords, RepealUnit, RepealWords, ReplaceUnit, ReplaceWords
from consolidate.parser import parse_text

_DECREE = ("12 JUNI 2025. - Decreet houdende diverse bepalingen\n\nArtikel 1. Dit decreet "
           "regelt een gemeenschaps- en gewestaangelegenheid.\n\nArt. 2. Artikel 4 van het "
           "decreet van 18 mei 1999 betreffende de ruimtelijke ordening wordt opgeheven.\n\n"
           "Art. 3. {sentence}\n")
_LAW = ("12 JUIN 2025. - Loi modifiant la loi du 16 mai 2001\n\nArticle 1er. La présente loi "
        "règle une matière visée à l'article 74 de la Constitution.\n\nArt. 2. L'article 4 de "
        "la loi du 16 mai 2001 portant statut des militaires de réserve est abrogé.\n\nArt. 3. "
        "{sentence}\n")


def _operations(sentence: str) -> tuple[object, ...]:
    act = parse_text(_DECREE.format(sentence=sentence), "decreet.txt", language="nl")
    return act.articles[-1].operations


def _french(sentence: str) -> tuple[object, ...]:
    act = parse_text(_LAW.format(sentence=sentence), "loi.txt", language="fr")
    return act.articles[-1].operations


def _read(operations: tuple[object, ...]) -> list[tuple[object, ...]]:
    """(kind, article, path, old, new, language) of each operation."""
    return [(type(op).__name__, op.target.article,  # type: ignore[attr-defined]
             tuple((s.unit, s.label) for s in op.target.path),  # type: ignore[attr-defined]
             getattr(op, "old", None), getattr(op, "new", None) if isinstance(
                 getattr(op, "new", None), str) else None,
             op.language)  # type: ignore[attr-defined]
            for op in operations]


def test_one_auxiliary_for_two_participles() -> None:
    # "worden de woorden "A" vervangen door de woorden "B" en de woorden "C" opgeheven" (P001
    # before: "1 aanhalingen worden vervangen door 2 aanhalingen")
    assert _read(_operations("In artikel 5 van hetzelfde decreet worden de woorden \"A\" "
                             "vervangen door de woorden \"B\" en de woorden \"C\" opgeheven.")) \
        == [("ReplaceWords", "5", (), "A", "B", "nl"), ("RepealWords", "5", (), "C", None, "nl")]
    # the repeal first (P001 before: the replacement's new words read as the repeal's)
    assert _read(_operations("In artikel 5 van hetzelfde decreet worden de woorden \"A\" "
                             "geschrapt en de woorden \"B\" vervangen door de woorden \"C\".")) \
        == [("RepealWords", "5", (), "A", None, "nl"), ("ReplaceWords", "5", (), "B", "C", "nl")]
    # with the place of the first clause, which the second keeps
    assert _read(_operations("In artikel 5 van hetzelfde decreet wordt in het eerste lid het "
                             "woord \"A\" vervangen door het woord \"B\" en het woord \"C\" "
                             "geschrapt.")) == [
        ("ReplaceWords", "5", (("alinea", "1er"),), "A", "B", "nl"),
        ("RepealWords", "5", (("alinea", "1er"),), "C", None, "nl")]
    # an insertion as the second participle; units as the subjects
    operations = _operations("In artikel 5 van hetzelfde decreet worden de woorden \"A\" "
                             "vervangen door de woorden \"B\" en de woorden \"C\" ingevoegd na "
                             "de woorden \"D\".")
    assert isinstance(operations[1], InsertWords) and operations[1].after == "D"
    repeal, replace = _operations("In artikel 5 van hetzelfde decreet wordt het tweede lid "
                                  "opgeheven en het derde lid vervangen als volgt:\n\"Nieuw.\"")
    assert isinstance(repeal, RepealUnit) and isinstance(replace, ReplaceUnit)
    assert replace.target.path[-1].label == "3"
    # a comma joins them too: "C" was read as replaced by "B", silently
    assert _read(_operations("In artikel 5 van hetzelfde decreet wordt het woord \"A\" "
                             "vervangen door het woord \"B\", het woord \"C\" geschrapt en het "
                             "tweede lid opgeheven.")) == [
        ("ReplaceWords", "5", (), "A", "B", "nl"), ("RepealWords", "5", (), "C", None, "nl"),
        ("RepealUnit", "5", (("alinea", "2"),), None, None, "nl")]
    # the two auxiliaries stay two clauses, as before
    assert _read(_operations("In artikel 5 van hetzelfde decreet worden de woorden \"A\" "
                             "vervangen door de woorden \"B\" en worden de woorden \"C\" "
                             "opgeheven.")) == [("ReplaceWords", "5", (), "A", "B", "nl"),
                                                ("RepealWords", "5", (), "C", None, "nl")]


def test_a_second_participle_with_its_own_place() -> None:
    # "… en in het tweede lid de woorden "C" opgeheven": read before as two replacements of
    # "A" and "C" by "B" in "alinéa 1er, alinéa 2", silently; now the repeal in the alinéa 2
    assert _read(_operations("In artikel 5 van hetzelfde decreet worden in het eerste lid de "
                             "woorden \"A\" vervangen door de woorden \"B\" en in het tweede lid "
                             "de woorden \"C\" opgeheven.")) == [
        ("ReplaceWords", "5", (("alinea", "1er"),), "A", "B", "nl"),
        ("RepealWords", "5", (("alinea", "2"),), "C", None, "nl")]
    # without a participle the second pair with its own place stays refused
    with pytest.raises(ParseError) as refused:
        _operations("In artikel 5 van hetzelfde decreet worden in het eerste lid de woorden "
                    "\"A\" vervangen door de woorden \"B\" en in het tweede lid de woorden \"C\" "
                    "door de woorden \"D\".")
    assert refused.value.code == "P001"


def test_one_auxiliary_for_two_participles_applied() -> None:
    import consolidate

    text = ("---\ntitle-nl: \"Wet tot wijziging van de wet van 16 mei 2001\"\ndate: 2025-03-25"
            "\npublication: 2025-04-01\n---\n\n**Artikel 1.** Deze wet regelt een "
            "aangelegenheid als bedoeld in artikel 74 van de Grondwet.\n\n**Art. 2.** In "
            "artikel 28 van de wet van 16 mei 2001 houdende statuut van de militairen van het "
            "reservekader van de Krijgsmacht worden de woorden \"de nationaliteitsvoorwaarden\" "
            "vervangen door de woorden \"de voorwaarden\" en de woorden \"bij de wet\" "
            "opgeheven.\n")
    result = consolidate.consolidate(consolidate.parse(text=text))
    assert result.report.counts["applied"] == 2
    rendered = str(consolidate.render(result, "text"))
    assert "voldoet aan de voorwaarden bepaald in artikel 7;" in rendered
    assert "weigert de voorgeschreven eed af te leggen." in rendered


def test_two_language_restrictions_in_one_sentence() -> None:
    # "in de Nederlandse tekst … en wordt in de Franse tekst …" (P007 before: "geen regel leest
    # 'Franse'": the language after the second auxiliary was not read)
    for sentence in (
            "In artikel 5 van hetzelfde decreet wordt in de Nederlandse tekst het woord \"A\" "
            "vervangen door het woord \"B\" en wordt in de Franse tekst het woord \"C\" "
            "vervangen door het woord \"D\".",
            "In de Nederlandse tekst van artikel 5 van hetzelfde decreet wordt het woord \"A\" "
            "vervangen door het woord \"B\" en wordt in de Franse tekst het woord \"C\" "
            "vervangen door het woord \"D\".",
            # one auxiliary (P001 before)
            "In artikel 5 van hetzelfde decreet worden in de Nederlandse tekst de woorden \"A\" "
            "vervangen door de woorden \"B\" en in de Franse tekst de woorden \"C\" vervangen "
            "door de woorden \"D\"."):
        assert _read(_operations(sentence)) == [("ReplaceWords", "5", (), "A", "B", "nl"),
                                                ("ReplaceWords", "5", (), "C", "D", "fr")], \
            sentence
    # the French mirror, read before (None: the act's own language)
    assert [op.language for op in _french(  # type: ignore[attr-defined]
        "Dans l'article 5 de la même loi, dans le texte néerlandais, le mot \"A\" est remplacé "
        "par le mot \"B\" et, dans le texte français, le mot \"C\" est remplacé par le mot "
        "\"D\".")] == ["nl", None]


def test_a_definition_designated_by_its_term() -> None:
    # "de definitie van "werknemer"" (P007 before: "geen regel leest 'definitie'"): the item of
    # the definitions article that defines the term (a ``headed`` step, as the French "la
    # définition de la classe 3")
    replace, = _operations("In artikel 2 van hetzelfde decreet wordt de definitie van "
                           "\"werknemer\" vervangen als volgt:\n\"2° werknemer: de persoon die "
                           "arbeid verricht onder gezag;\".")
    assert _read((replace,))[0][:3] == ("ReplaceUnit", "2", (("headed", "werknemer"),))
    words, = _operations("In artikel 2 van hetzelfde decreet wordt in de definitie van "
                         "\"zorgaanbieder\" het woord \"erkend\" vervangen door het woord "
                         "\"vergund\".")
    assert _read((words,)) == [("ReplaceWords", "2", (("headed", "zorgaanbieder"),), "erkend",
                                "vergund", "nl")]
    repeal, = _operations("In artikel 2, eerste lid, van hetzelfde decreet wordt de definitie "
                          "van het begrip \"aanvrager\" opgeheven.")
    assert _read((repeal,))[0][:3] == ("RepealUnit", "2", (("alinea", "1er"),
                                                           ("headed", "aanvrager")))
    # applied to a hand-built definitions article (a quoted or a bare term)
    items = (point("1°", "\"aanvrager\": de persoon die een aanvraag indient;")
             + point("2°", "werknemer: de persoon die arbeid verricht;")
             + point("3°", "zorgaanbieder: een erkend ziekenhuis."))
    doc = document(article("2", alinea(intro="Voor de toepassing van dit decreet wordt "
                                       "verstaan onder:", items=items)), language="nl")
    ops = [op.model_copy(update={"target": op.target.model_copy(  # type: ignore[attr-defined]
        update={"act": LOI_2001, "path": op.target.path[-1:]})})  # type: ignore[attr-defined]
        for op in (replace, words, repeal)]
    (out,), report = apply([doc], amending(("3", ops)))
    assert report.counts["applied"] == 3, report
    rendered = render_text(out)
    assert "2° werknemer: de persoon die arbeid verricht onder gezag;" in rendered
    assert "zorgaanbieder: een vergund ziekenhuis." in rendered
    assert "aanvrager" not in rendered and "zorgaanbieder" in rendered


def test_a_definition_designated_by_its_term_in_french() -> None:
    # the mirror: "la définition de « travailleur »" (P007 before; "la définition de la classe
    # 3", unquoted, was read)
    replace, = _french("Dans l'article 2 de la même loi, la définition de « travailleur » est "
                       "remplacée par ce qui suit :\n« 5° travailleur : la personne qui "
                       "travaille; ».")
    assert isinstance(replace, ReplaceUnit)
    assert _read((replace,))[0][:3] == ("ReplaceUnit", "2", (("headed", "travailleur"),))
    # "du terme « employeur »": read before as the unit "terme ꝖꝖꝖ" (its masked quote) and
    # the term as words replaced too, silently ("employeur" → "B" and "A" → "B"); "de
    # « employeur »" replaced both words in the whole article, silently
    for term in ("du terme « employeur »", "de « employeur »"):
        words, = _french(f"Dans l'article 2 de la même loi, dans la définition {term}, le mot "
                         "« A » est remplacé par le mot « B ».")
        assert _read((words,)) == [("ReplaceWords", "2", (("headed", "employeur"),), "A", "B",
                                    None)]
    # the words "de definitie van" quoted are words, no unit
    replace_words, = _operations("In artikel 2 van hetzelfde decreet worden de woorden \"de "
                                 "definitie van\" vervangen door het woord \"B\".")
    assert isinstance(replace_words, ReplaceWords) and replace_words.target.path == ()
    assert not isinstance(replace_words, RepealWords)


_LAW_NL = ("12 JUNI 2025. - Programmawet\n\nArtikel 1. Deze wet regelt een aangelegenheid als "
           "bedoeld in artikel 74 van de Grondwet.\n\nArt. 2. {sentence}\n")


def _acts(sentence: str, language: str = "nl") -> list[tuple[object, ...]]:
    """(type, date, code, title, history) of the act of each operation."""
    text = (_LAW_NL if language == "nl" else _LAW).format(sentence=sentence)
    act = parse_text(text, "wet.txt", language=language)
    return [(op.target.act.type, str(op.target.act.date), op.target.act.code,
             op.target.act.title, op.history) for op in act.articles[-1].operations]


def test_a_federal_act_as_it_applies_in_a_region() -> None:
    # "zoals van toepassing in het Vlaamse Gewest" (a regionalised federal act): the Region's
    # version of the act, said at the end of the target act's title; P007 before without a
    # title ("geen regel leest 'toepassing Vlaamse Gewest'")
    replace = ("wordt het woord \"A\" vervangen door het woord \"B\".")
    region = "zoals van toepassing in het Vlaamse Gewest"
    title = "op de begraafplaatsen en de lijkbezorging"
    assert _acts(f"In artikel 5 van de wet van 20 juli 1971, {region}, {replace}") == [
        ("loi", "1971-07-20", None, region, ())]
    assert _acts(f"In artikel 5 van de wet van 20 juli 1971 {title}, {region}, {replace}") == [
        ("loi", "1971-07-20", None, f"{title}, {region}", ())]
    # after a history recital: the recital was read into the title, its Region too
    assert _acts(f"In artikel 5 van de wet van 20 juli 1971 {title}, zoals gewijzigd bij het "
                 f"decreet van 3 mei 2020, {region}, {replace}") == [
        ("loi", "1971-07-20", None, f"{title}, {region}",
         ("zoals gewijzigd bij het decreet van 3 mei 2020",))]
    assert _acts(f"In artikel 5 van de wet van 20 juli 1971 {title}, {region}, gewijzigd bij "
                 f"het decreet van 3 mei 2020, {replace}")[0][3:] == (
        f"{title}, {region}", ("gewijzigd bij het decreet van 3 mei 2020",))
    # a Code, and the Brussels Region
    brussels = "zoals van toepassing in het Brussels Hoofdstedelijk Gewest"
    assert _acts(f"In artikel 5 van het Wetboek der registratie-, hypotheek- en griffierechten, "
                 f"{brussels}, {replace}") == [
        ("code", "None", "Code des droits d'enregistrement, d'hypothèque et de greffe",
         brussels, ())]
    # another place than a Region is no rule's
    with pytest.raises(ParseError) as refused:
        _acts(f"In artikel 5 van de wet van 20 juli 1971, zoals van toepassing in de gemeenten, "
              f"{replace}")
    assert refused.value.code == "P007"


def test_a_federal_act_as_it_applies_in_a_region_in_french() -> None:
    # the mirror: "telle qu'applicable en Région wallonne" (P007 without a title before; after
    # "telle que modifiée par …" it was read into the recital)
    replace = "le mot \"A\" est remplacé par le mot \"B\"."
    region = "telle qu'applicable en Région wallonne"
    assert _acts(f"Dans l'article 5 de la loi du 20 juillet 1971, {region}, {replace}",
                 "fr") == [("loi", "1971-07-20", None, region, ())]
    assert _acts(f"Dans l'article 5 de la loi du 20 juillet 1971 sur les funérailles et "
                 f"sépultures, telle que modifiée par le décret du 3 mai 2020, {region}, "
                 f"{replace}", "fr") == [
        ("loi", "1971-07-20", None, f"sur les funérailles et sépultures, {region}",
         ("modifiée par le décret du 3 mai 2020",))]


def test_a_history_recital_after_a_dutch_title() -> None:
    # ", zoals gewijzigd bij …" after a title was read as words of the title (the recital
    # lost); "… en door het besluit van …" as a second act of the recital (excerpt
    # bbhr-2019-01-31-gedeelde-motorvoertuigen, art. 1)
    assert _acts("In artikel 5 van de wet van 20 juli 1971 op de begraafplaatsen, zoals laatst "
                 "gewijzigd bij het decreet van 3 mei 2020, wordt het woord \"A\" vervangen "
                 "door het woord \"B\".") == [
        ("loi", "1971-07-20", None, "op de begraafplaatsen",
         ("zoals laatst gewijzigd bij het decreet van 3 mei 2020",))]
    assert _acts("Artikel 1 van het besluit van de Brusselse Hoofdstedelijke Regering van 21 "
                 "maart 2013 houdende de voorwaarden, zoals gewijzigd door het besluit van de "
                 "Brusselse Hoofdstedelijke Regering van 28 april 2016 en door het besluit van de "
                 "Brusselse Hoofdstedelijke Regering van 13 juli 2017, wordt opgeheven.")[0][3:] \
        == ("houdende de voorwaarden", (
            "zoals gewijzigd door het besluit van de Brusselse Hoofdstedelijke Regering van 28 "
            "april 2016 en door het besluit van de Brusselse Hoofdstedelijke Regering van 13 "
            "juli 2017",))


_ORDER = ("12 JUNI 2025. - Koninklijk besluit tot wijziging van het koninklijk besluit van 25 "
          "november 1991 houdende de werkloosheidsreglementering\n\nArtikel 1. Artikel 4 van "
          "het koninklijk besluit van 25 november 1991 houdende de werkloosheidsreglementering "
          "wordt opgeheven.\n\nArt. 2. {sentence}\n")


def _order(sentence: str) -> tuple[object, ...]:
    act = parse_text(_ORDER.format(sentence=sentence), "besluit.txt", language="nl")
    return act.articles[-1].operations


def test_the_preliminary_title_as_a_division() -> None:
    # "de voorafgaande titel" of an act (P007 before: "geen regel leest 'voorafgaande titel'"):
    # the title labelled "préliminaire", as its Justel heading "VOORAFGAANDE TITEL." (and the
    # French "TITRE PRELIMINAIRE.") is read; "de Voorafgaande Titel van het Wetboek van
    # strafvordering" stays the loi du 17 avril 1878
    heading, = _order("Het opschrift van de voorafgaande titel van hetzelfde besluit wordt "
                      "vervangen als volgt:\n\"Algemene bepalingen\".")
    insert, = _order("In hetzelfde besluit wordt in de voorafgaande titel een artikel 2/1 "
                     "ingevoegd, luidende:\n\"Art. 2/1. Nieuw.\"")
    repeal, = _order("De voorafgaande titel van hetzelfde besluit wordt opgeheven.")
    for op in (heading, insert, repeal):
        assert [(s.unit, s.label) for s in op.target.divisions] == [  # type: ignore[attr-defined]
            ("title", "préliminaire")]
    code, = _order("In artikel 1 van de Voorafgaande Titel van het Wetboek van strafvordering "
                   "wordt het woord \"A\" vervangen door het woord \"B\".")
    assert code.target.act.code == "Titre préliminaire du Code de procédure pénale"  # type: ignore[attr-defined]
    french, = _french("L'intitulé du titre préliminaire de la même loi est remplacé par ce qui "
                      "suit :\n\"Dispositions générales\".")
    assert french.target.divisions[0].label == "préliminaire"  # type: ignore[attr-defined]
    body = ("<title><num>VOORAFGAANDE TITEL.</num><heading>Inleidende bepalingen</heading>"
            + article("1", alinea("Een.")) + article("2", alinea("Twee.")) + "</title>"
            "<title><num>TITEL I.</num><heading>Bestuur</heading>"
            + article("3", alinea("Drie.")) + "</title>")
    doc = document(body, language="nl")
    ops = [op.model_copy(update={"target": op.target.model_copy(  # type: ignore[attr-defined]
        update={"act": LOI_2001})}) for op in (heading, insert)]
    (out,), report = apply([doc], amending(("2", ops)))
    assert report.counts["applied"] == 2, report
    rendered = render_text(out)
    assert "VOORAFGAANDE TITEL. - Algemene bepalingen" in rendered
    assert "Art. 2. Twee.\n\nArt. 2/1. Nieuw.\n\nTITEL I. - Bestuur" in rendered


def test_a_division_inside_an_article_is_refused() -> None:
    # "In artikel 5 … wordt hoofdstuk II opgeheven" repealed article 5, silently (the division
    # dropped); in French "Dans l'article 5 de la même loi, le chapitre II est abrogé" too
    for sentence in ("In artikel 5 van hetzelfde besluit wordt hoofdstuk II opgeheven.",
                     "In artikel 5 van hetzelfde besluit wordt de voorafgaande titel "
                     "opgeheven."):
        with pytest.raises(ParseError) as refused:
            _order(sentence)
        assert refused.value.code == "P007", sentence
        assert "een indeling staat niet in een artikel" in str(refused.value)
    with pytest.raises(ParseError) as refused:
        _french("Dans l'article 5 de la même loi, le chapitre II est abrogé.")
    assert refused.value.code == "P007"
    # the division as the container stays read
    repeal, = _order("In hoofdstuk II van hetzelfde besluit wordt artikel 3 opgeheven.")
    assert isinstance(repeal, RepealUnit) and repeal.target.article == "3"


def test_the_number_of_one_of_two_acts_of_a_date() -> None:
    # "de programmawet van 27 december 2006 (I)": the "(I)" was read as an item "I)" of article
    # 5 (the words replaced there, the item repealed), silently, in both languages; "de
    # programmawet (I) van …" was P007 ("geen regel leest 'programmawet'"), the French "la
    # loi-programme (I) du …" read without its number
    for sentence in ("In artikel 5 van de programmawet van 27 december 2006 (I) wordt het woord "
                     "\"A\" vervangen door het woord \"B\".",
                     "In artikel 5 van de programmawet (I) van 27 december 2006 wordt het woord "
                     "\"A\" vervangen door het woord \"B\"."):
        assert _acts(sentence) == [("loi-programme", "2006-12-27", None, "(I)", ())], sentence
        assert _read(_operations(sentence))[0][2] == ()
    repeal, = _french("L'article 5 de la loi-programme du 27 décembre 2006 (I) est abrogé.")
    assert isinstance(repeal, RepealUnit) and repeal.target.path == ()
    assert repeal.target.act.title == "(I)"
    assert _acts("Dans l'article 5 de la loi-programme (I) du 27 décembre 2006, le mot \"A\" est "
                 "remplacé par le mot \"B\".", "fr")[0][3] == "(I)"
    # a number the title holds stays the title's
    assert _acts("In artikel 5 van de wet van 27 december 2006 houdende diverse bepalingen (II) "
                 "wordt het woord \"A\" vervangen door het woord \"B\".")[0][3] == (
        "houdende diverse bepalingen (II)")


def test_in_fine() -> None:
    # "in fine" (the older federal drafting; P007 before: "geen regel leest 'fine'"): the end of
    # the unit designated, as the French "in fine"
    expected = [("AppendWords", "5", (("alinea", "1er"),), None, ", behalve overmacht", "nl")]
    for sentence in ("Artikel 5, eerste lid, van hetzelfde decreet wordt in fine aangevuld met "
                     "de woorden \", behalve overmacht\".",
                     "In artikel 5, eerste lid, van hetzelfde decreet worden de woorden \", "
                     "behalve overmacht\" in fine toegevoegd.",
                     "In artikel 5, eerste lid, van hetzelfde decreet worden de woorden \", "
                     "behalve overmacht\" ingevoegd in fine.",
                     "In artikel 5 van hetzelfde decreet worden in fine van het eerste lid de "
                     "woorden \", behalve overmacht\" ingevoegd."):
        assert _read(_operations(sentence)) == expected, sentence
    assert _read(_operations("In artikel 5, eerste lid, in fine, van hetzelfde decreet worden "
                             "de woorden \"A\" vervangen door de woorden \"B\".")) == [
        ("ReplaceWords", "5", (("alinea", "1er"),), "A", "B", "nl")]


def test_renumbered_respectively() -> None:
    # "worden respectievelijk vernummerd tot" (P001 before)
    operations = _order("De artikelen 5 en 6 van hetzelfde besluit worden respectievelijk "
                        "vernummerd tot de artikelen 6 en 7.")
    assert sorted((op.target.article, op.new_label)  # type: ignore[attr-defined]
                  for op in operations) == [("5", "6"), ("6", "7")]


def test_a_replacement_announcing_more_units_than_its_block_is_refused() -> None:
    # "wordt het tweede lid vervangen door drie leden, luidende:" with two leden quoted was read
    # as a replacement by two, silently (an insertion's count was checked, P003); the French
    # "est remplacé par trois alinéas rédigés comme suit" likewise
    for sentence in ("In artikel 5 van hetzelfde decreet wordt het tweede lid vervangen door "
                     "drie leden, luidende:\n\"Een.\nTwee.\"",
                     "In artikel 5 van hetzelfde decreet wordt punt 2° vervangen door drie "
                     "punten, luidende:\n\"2° twee;\n3° drie;\""):
        with pytest.raises(ParseError) as refused:
            _operations(sentence)
        assert refused.value.code == "P003", sentence
    with pytest.raises(ParseError) as refused:
        _french("Dans l'article 5 de la même loi, l'alinéa 2 est remplacé par trois alinéas "
                "rédigés comme suit :\n\"Un.\nDeux.\"")
    assert refused.value.code == "P003"
    # the count that fits is read
    replace, = _operations("In artikel 5 van hetzelfde decreet wordt het tweede lid vervangen "
                           "door twee leden, luidende:\n\"Een.\nTwee.\"")
    assert isinstance(replace, ReplaceUnit) and len(replace.new) == 2


def test_several_tirets_replaced_by_dash_items() -> None:
    # "worden het eerste en het tweede streepje vervangen als volgt: "- …; - …;"": the new
    # items were two alinéas "- een;" and "- twee;" (one tiret replaced gave a tiret); the
    # French "les premier et deuxième tirets sont remplacés" likewise
    replace, repeal = _operations("In artikel 5, § 1, 2°, van hetzelfde decreet worden het "
                                  "eerste en het tweede streepje vervangen als volgt:\n\"- een;\n"
                                  "- twee;\"")
    assert isinstance(replace, ReplaceUnit) and isinstance(repeal, RepealUnit)
    assert [(unit.kind, unit.text) for unit in replace.new] == [("tiret", "een;"),
                                                                ("tiret", "twee;")]
    french, _ = _french("Dans l'article 5, § 1er, 2°, de la même loi, les premier et deuxième "
                        "tirets sont remplacés par ce qui suit :\n\"- un;\n- deux;\"")
    assert [unit.kind for unit in french.new] == ["tiret", "tiret"]  # type: ignore[attr-defined]


def test_a_shared_auxiliary_with_a_list_of_words() -> None:
    # "… en de woorden "C" en "D" opgeheven" (P001 before: "1 aanhalingen worden vervangen door 3
    # aanhalingen")
    assert _read(_operations("In artikel 5 van hetzelfde decreet worden de woorden \"A\" "
                             "vervangen door de woorden \"B\" en de woorden \"C\" en \"D\" "
                             "opgeheven.")) == [
        ("ReplaceWords", "5", (), "A", "B", "nl"), ("RepealWords", "5", (), "C", None, "nl"),
        ("RepealWords", "5", (), "D", None, "nl")]


def test_a_division_after_a_clause_on_an_article_is_the_acts() -> None:
    # "1° artikel 1397 wordt opgeheven; Hoofdstuk 2 van hetzelfde Wetboek wordt opgeheven." and
    # "l'article 1398 est abrogé et le chapitre 2 du même Code est abrogé": the second clause
    # took the first one's article (article 1397 / 1398 repealed twice, the chapter dropped,
    # silently); now the chapter of the act
    operations = _order("In hetzelfde besluit worden de volgende wijzigingen aangebracht:\n"
                        "1° artikel 3 wordt opgeheven;\nHoofdstuk 2 van hetzelfde besluit wordt "
                        "opgeheven.")
    assert [(op.target.article, [(s.unit, s.label) for s in op.target.divisions])  # type: ignore[attr-defined]
            for op in operations] == [("3", []), (None, [("chapter", "2")])]
    operations = _french("Dans le Code judiciaire, les modifications suivantes sont apportées "
                         ":\n1° l'article 1397 est abrogé;\n2° l'article 1398 est abrogé et le "
                         "chapitre 2 du même Code est abrogé.")
    assert [(op.target.article, len(op.target.divisions))  # type: ignore[attr-defined]
            for op in operations] == [("1397", 0), ("1398", 0), (None, 1)]
