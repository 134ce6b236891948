"""Dutch formulas of real Belgian drafting that shared/ does not hold (the third sweep of 3
December 2026): the besluiten van de Vlaamse Regering, the decreten, the koninklijke and
ministeriële besluiten whose titles cite the act they carry out ("tot uitvoering van artikel 3,
§ 3, van het decreet van …"), the Brussels ordonnanties and the older federal wetten, each read
to its operations or refused with a coded error (docs/dutch.md, "Formulas not in shared/, the
third sweep"); with the French mirror where the rule is shared."""

from __future__ import annotations

import pytest
from apply_docs import LOI_2001, alinea, amending, article, document, paragraph, point

from consolidate.applier import apply
from consolidate.document import render_text
from consolidate.errors import ParseError
from consolidate.model import InsertUnit, RepealUnit, ReplaceWords
from consolidate.parser import parse_text

_ORDER = ("12 JUNI 2025. - Besluit van de Vlaamse Regering tot wijziging van het besluit van de "
          "Vlaamse Regering van 18 mei 2012 betreffende de gezondheidszorg\n\nArtikel 1. Artikel "
          "4 van het besluit van de Vlaamse Regering van 18 mei 2012 betreffende de "
          "gezondheidszorg wordt opgeheven.\n\nArt. 2. {sentence}\n")
_LAW_NL = ("12 JUNI 2025. - Wet houdende diverse bepalingen\n\nArtikel 1. Deze wet regelt een "
           "aangelegenheid als bedoeld in artikel 74 van de Grondwet.\n\nArt. 2. {sentence}\n")
_LAW = ("12 JUIN 2025. - Loi portant des dispositions diverses\n\nArticle 1er. La présente loi "
        "règle une matière visée à l'article 74 de la Constitution.\n\nArt. 2. {sentence}\n")


def _order(sentence: str) -> tuple[object, ...]:
    act = parse_text(_ORDER.format(sentence=sentence), "besluit.txt", language="nl")
    return act.articles[-1].operations


def _law(sentence: str) -> tuple[object, ...]:
    act = parse_text(_LAW_NL.format(sentence=sentence), "wet.txt", language="nl")
    return act.articles[-1].operations


def _french(sentence: str) -> tuple[object, ...]:
    act = parse_text(_LAW.format(sentence=sentence), "loi.txt", language="fr")
    return act.articles[-1].operations


def _read(operations: tuple[object, ...]) -> list[tuple[object, ...]]:
    """(kind, article, path, old, new) of each operation."""
    return [(type(op).__name__, op.target.article,  # type: ignore[attr-defined]
             tuple((s.unit, s.label) for s in op.target.path),  # type: ignore[attr-defined]
             getattr(op, "old", None), getattr(op, "new", None) if isinstance(
                 getattr(op, "new", None), str) else None)
            for op in operations]


def _acts(operations: tuple[object, ...]) -> list[tuple[object, ...]]:
    """(type, date, title, article, path) of each operation's target."""
    return [(op.target.act.type, str(op.target.act.date),  # type: ignore[attr-defined]
             op.target.act.title, op.target.article,  # type: ignore[attr-defined]
             tuple((s.unit, s.label) for s in op.target.path))  # type: ignore[attr-defined]
            for op in operations]


def _on_law_2001(operations: tuple[object, ...]) -> list[object]:
    return [op.model_copy(update={"target": op.target.model_copy(  # type: ignore[attr-defined]
        update={"act": LOI_2001})}) for op in operations]


def test_the_place_of_the_points_after_the_auxiliary() -> None:
    # "worden in paragraaf 1 de volgende wijzigingen aangebracht:" (P001 before: "two
    # predicates in one clause"): the points are read in § 1
    sentence = ("In artikel 12 van hetzelfde besluit worden in paragraaf {place} de volgende "
                "wijzigingen aangebracht:\na) in het eerste lid wordt het woord \"A\" vervangen "
                "door het woord \"B\";\nb) het tweede lid wordt opgeheven.")
    assert _read(_order(sentence.format(place="1"))) == [
        ("ReplaceWords", "12", (("paragraph", "1"), ("alinea", "1er")), "A", "B"),
        ("RepealUnit", "12", (("paragraph", "1"), ("alinea", "2")), None, None)]
    # a deeper place, and the language restriction as before
    assert _read(_order("In artikel 12 van hetzelfde besluit worden in paragraaf 1, tweede lid, "
                        "de volgende wijzigingen aangebracht:\na) in de bepaling onder 1° wordt "
                        "het woord \"A\" vervangen door het woord \"B\";\nb) de bepaling onder "
                        "2° wordt opgeheven.")) == [
        ("ReplaceWords", "12", (("paragraph", "1"), ("alinea", "2"), ("point", "1°")), "A", "B"),
        ("RepealUnit", "12", (("paragraph", "1"), ("alinea", "2"), ("point", "2°")), None, None)]
    french, _ = _order("In artikel 12 van hetzelfde besluit worden in de Franse tekst de volgende "
                       "wijzigingen aangebracht:\na) het woord \"A\" wordt vervangen door het "
                       "woord \"B\";\nb) het tweede lid wordt opgeheven.")
    assert french.language == "fr"  # type: ignore[attr-defined]
    # a word of the place no rule reads is refused, never dropped
    with pytest.raises(ParseError) as refused:
        _order("In artikel 12 van hetzelfde besluit worden in het machin de volgende "
               "wijzigingen aangebracht:\na) het woord \"A\" wordt vervangen door het woord "
               "\"B\";\nb) het tweede lid wordt opgeheven.")
    assert refused.value.code == "P007" and "machin" in str(refused.value)


def test_the_place_of_the_points_after_the_auxiliary_applied() -> None:
    operations = _order("In artikel 12 van hetzelfde besluit worden in paragraaf 1 de volgende "
                        "wijzigingen aangebracht:\na) in het eerste lid wordt het woord "
                        "\"dertig\" vervangen door het woord \"zestig\";\nb) het tweede lid "
                        "wordt opgeheven.")
    doc = document(article("12", paragraph("1", alinea("Binnen dertig dagen."),
                                           alinea("Tweede lid.")),
                           paragraph("2", alinea("Binnen dertig dagen ook."))), language="nl")
    (out,), report = apply([doc], amending(("2", _on_law_2001(operations))))
    assert report.counts["applied"] == 2, report
    rendered = render_text(out)
    assert "§ 1. Binnen zestig dagen." in rendered and "Tweede lid." not in rendered
    assert "§ 2. Binnen dertig dagen ook." in rendered  # the § 2 is not the place


def test_littera() -> None:
    # "littera b)" (P007 before: "geen regel leest 'littera'"), as the French "littera b)"
    assert _read(_order("In artikel 8, 2°, van hetzelfde besluit wordt littera b) vervangen door "
                        "wat volgt:\n\"b) de ouders;\".")) == [
        ("ReplaceUnit", "8", (("point", "2°"), ("point", "b)")), None, None)]
    assert _read(_order("In artikel 9 van hetzelfde besluit wordt in punt 2°, littera a), het "
                        "woord \"drie\" vervangen door het woord \"vier\".")) == [
        ("ReplaceWords", "9", (("point", "2°"), ("point", "a)")), "drie", "vier")]
    assert _read(_order("In artikel 9, 2°, van hetzelfde besluit worden de litterae a) en b) "
                        "opgeheven.")) == [
        ("RepealUnit", "9", (("point", "2°"), ("point", "a)")), None, None),
        ("RepealUnit", "9", (("point", "2°"), ("point", "b)")), None, None)]
    added, = _order("In artikel 9, 2°, van hetzelfde besluit wordt een littera c) toegevoegd, "
                    "luidende:\n\"c) de grootouders.\".")
    assert isinstance(added, InsertUnit) and added.position == "end"
    assert [unit.label for unit in added.new] == ["c)"]


def test_a_cited_acts_units_in_a_title() -> None:
    # "tot uitvoering van artikel 3, § 3, van het decreet van …": the title ended at the "§";
    # article 5 of the besluit lost its § 3 to it (its § 3 repealed, not the article), and "en
    # artikel 7 van het decreet" was read as a second place (article 7 of the besluit repealed),
    # silently
    title = "tot uitvoering van artikel 3, § 3, {more}van het decreet van 8 mei 2009"
    for more in ("", "en artikel 7 ", "tweede lid, "):
        operations = _order(f"Artikel 5 van het besluit van de Vlaamse Regering van 19 juli 2013 "
                            f"{title.format(more=more)} betreffende het energiebeleid wordt "
                            "opgeheven.")
        assert _acts(operations) == [
            ("arrêté du Gouvernement flamand", "2013-07-19",
             f"{title.format(more=more)} betreffende het energiebeleid", "5", ())], more
    # a royal decree carrying out a law; an amendment of words; a recital after the title
    replace, = _order("In artikel 5 van het koninklijk besluit van 19 juli 2013 tot uitvoering "
                      "van artikel 3, § 3, van de wet van 8 mei 2009, gewijzigd bij het "
                      "koninklijk besluit van 3 mei 2015, wordt het woord \"A\" vervangen door "
                      "het woord \"B\".")
    assert _read((replace,)) == [("ReplaceWords", "5", (), "A", "B")]
    assert replace.history == ("gewijzigd bij het koninklijk besluit van 3 mei 2015",)  # type: ignore[attr-defined]
    # two articles with their units (P007 before: "geen regel leest '7'")
    assert _acts(_order("Artikel 5 van het koninklijk besluit van 19 juli 2013 tot uitvoering van "
                        "de artikelen 3, § 2, en 7, § 1, van de wet van 8 mei 2009 wordt "
                        "opgeheven."))[0][2:] == (
        "tot uitvoering van de artikelen 3, § 2, en 7, § 1, van de wet van 8 mei 2009", "5", ())
    # the place after a title stays the designation's
    assert _read(_order("In artikel 5 van de ordonnantie van 19 juli 2013 tot wijziging van de "
                        "ordonnantie van 5 juni 1997 betreffende de milieuvergunningen, § 2, "
                        "wordt het tweede lid opgeheven.")) == [
        ("RepealUnit", "5", (("paragraph", "2"), ("alinea", "2")), None, None)]


def test_a_cited_acts_units_in_a_title_in_french() -> None:
    # "portant exécution de l'article 3, § 3, et de l'article 7 du décret du …": § 3 and article
    # 7 were read as places (article 5's § 3 and article 7 of the arrêté repealed), silently
    for title in ("portant exécution de l'article 3, § 3, et de l'article 7 du décret du 8 mai "
                  "2009 relatif à la politique de l'énergie",
                  "portant exécution des articles 3, § 2, et 7, § 1er, de la loi du 8 mai 2009"):
        operations = _french(f"L'article 5 de l'arrêté du Gouvernement flamand du 19 juillet "
                             f"2013 {title} est abrogé.")
        assert _acts(operations) == [
            ("arrêté du Gouvernement flamand", "2013-07-19", title, "5", ())], title


def test_two_places_each_in_its_own_act_are_refused() -> None:
    # "Artikel 5 van het koninklijk besluit van … en artikel 7 van het koninklijk besluit van
    # … worden opgeheven": article 7 was repealed in the first act (without titles), or lost in
    # the first act's title (with them), silently; refused now as in French (P007)
    for sentence in (
            "Artikel 5 van het koninklijk besluit van 19 juli 2013 en artikel 7 van het "
            "koninklijk besluit van 3 mei 2015 worden opgeheven.",
            "Artikel 5 van de wet van 19 juli 2013 en artikel 7 van het koninklijk besluit van 3 "
            "mei 2015 worden opgeheven.",
            "Artikel 5 van het koninklijk besluit van 19 juli 2013 tot uitvoering van de wet van "
            "8 mei 2009 en artikel 7 van het koninklijk besluit van 3 mei 2015 tot uitvoering "
            "van de wet van 8 mei 2009 worden opgeheven.",
            "In artikel 5 van het koninklijk besluit van 19 juli 2013 en in artikel 7 van het "
            "koninklijk besluit van 3 mei 2015 wordt het woord \"A\" vervangen door het woord "
            "\"B\"."):
        with pytest.raises(ParseError) as refused:
            _law(sentence)
        assert refused.value.code == "P007", sentence
        assert "de aanduiding noemt 2 verschillende akten" in str(refused.value), sentence
    with pytest.raises(ParseError) as french:
        _french("L'article 5 de l'arrêté royal du 19 juillet 2013 et l'article 7 de l'arrêté "
                "royal du 3 mai 2015 sont abrogés.")
    assert french.value.code == "P007"
    # one act, two articles: read
    assert [op.target.article for op in _law(  # type: ignore[attr-defined]
        "Artikel 5 en artikel 7 van het koninklijk besluit van 19 juli 2013 worden "
        "opgeheven.")] == ["5", "7"]


def test_a_shared_auxiliary_with_a_bare_unit() -> None:
    # "… vervangen door het woord "B" en paragraaf 2 opgeheven": the repeal of § 2 was read as
    # a second replacement of "A" by "B", in § 2, silently
    assert _read(_order("In artikel 5 van hetzelfde besluit wordt in paragraaf 1 het woord \"A\" "
                        "vervangen door het woord \"B\" en paragraaf 2 opgeheven.")) == [
        ("ReplaceWords", "5", (("paragraph", "1"),), "A", "B"),
        ("RepealUnit", "5", (("paragraph", "2"),), None, None)]
    for unit, step in (("§ 2", ("paragraph", "2")), ("punt 3°", ("point", "3°"))):
        assert _read(_order(f"In artikel 5 van hetzelfde besluit wordt het woord \"A\" vervangen "
                            f"door het woord \"B\" en {unit} opgeheven.")) == [
            ("ReplaceWords", "5", (), "A", "B"), ("RepealUnit", "5", (step,), None, None)]
    repeal, replace = _order("In hetzelfde besluit wordt artikel 5 opgeheven en artikel 6 "
                             "vervangen door wat volgt:\n\"Art. 6. Nieuw.\".")
    assert isinstance(repeal, RepealUnit) and repeal.target.article == "5"
    assert replace.target.article == "6"  # type: ignore[attr-defined]


def test_a_second_pair_with_its_own_place_and_no_new_words_is_refused() -> None:
    # "… vervangen door het woord "B" en in paragraaf 2 het woord "C"": four replacements ("A"
    # and "C" by "B" in both paragraphs), silently
    with pytest.raises(ParseError) as refused:
        _order("In artikel 5 van hetzelfde besluit wordt in paragraaf 1 het woord \"A\" vervangen "
               "door het woord \"B\" en in paragraaf 2 het woord \"C\".")
    assert refused.value.code == "P001"
    assert "een tweede paar woorden met een eigen plaats" in str(refused.value)
    # two subjects before the new words, one place after them: read (both in alinéa 1)
    assert _read(_order("In artikel 5 van hetzelfde besluit worden de woorden \"A\" en \"B\" "
                        "vervangen door de woorden \"C\" in het eerste lid.")) == [
        ("ReplaceWords", "5", (("alinea", "1er"),), "A", "C"),
        ("ReplaceWords", "5", (("alinea", "1er"),), "B", "C")]


_THREE_CLAUSES = ("In artikel 5 van hetzelfde besluit wordt in de bepaling onder 2° het woord "
                  "\"en\" opgeheven, wordt in de bepaling onder 3° het punt vervangen door de "
                  "woorden \"; en\" en wordt een bepaling onder 4° toegevoegd, luidende:\n\"4° de "
                  "scholen.\".")


def test_a_later_clause_adding_a_sibling_of_the_place_before() -> None:
    # the 4° went into the 2° (the first clause's place), silently: a 2° holds no 4°
    repeal, mark, added = _order(_THREE_CLAUSES)
    assert _read((repeal,)) == [("RepealWords", "5", (("point", "2°"),), "en", None)]
    assert mark.target.path[-1].label == "3°"  # type: ignore[attr-defined]
    assert isinstance(added, InsertUnit) and added.target.path == ()
    assert added.position == "end" and [unit.label for unit in added.new] == ["4°"]
    # an alinéa holds no alinéa: "in het eerste lid … en wordt een lid toegevoegd"
    replace, lid = _order("In artikel 5 van hetzelfde besluit wordt in het eerste lid het woord "
                          "\"A\" vervangen door het woord \"B\" en wordt een lid toegevoegd, "
                          "luidende:\n\"Nieuw.\".")
    assert isinstance(replace, ReplaceWords) and replace.target.path[-1].label == "1er"
    assert isinstance(lid, InsertUnit) and lid.target.path == ()
    # a unit of another numbering stays inside: a point c) in the 2°
    _, letter = _order("In artikel 5 van hetzelfde besluit wordt in de bepaling onder 2° het "
                       "woord \"A\" vervangen door het woord \"B\" en wordt een punt c) "
                       "toegevoegd, luidende:\n\"c) nieuw;\".")
    assert [(s.unit, s.label) for s in letter.target.path] == [("point", "2°")]  # type: ignore[attr-defined]
    # the French mirror: "au 2°, le mot "et" est abrogé et il est ajouté un 4°"
    _, french = _french("A l'article 5 de la loi du 16 mai 2001 portant statut des militaires de "
                        "réserve, au 2°, le mot \"et\" est abrogé et il est ajouté un 4° rédigé "
                        "comme suit :\n\"4° les écoles.\".")
    assert isinstance(french, InsertUnit) and french.target.path == ()


def test_a_later_clause_adding_a_sibling_applied() -> None:
    items = (point("1°", "de gemeenten;") + point("2°", "de provincies en")
             + point("3°", "de gewesten."))
    doc = document(article("5", alinea(intro="Worden bedoeld:", items=items)), language="nl")
    (out,), report = apply([doc], amending(("2", _on_law_2001(_order(_THREE_CLAUSES)))))
    assert report.counts["applied"] == 3, report
    rendered = render_text(out)
    assert "2° de provincies\n" in rendered or "2° de provincies" in rendered
    assert "3° de gewesten; en" in rendered
    assert rendered.index("3° de gewesten; en") < rendered.index("4° de scholen.")


def test_renumbered_to_bare_labels() -> None:
    # "vernummerd tot 6°" (the new label without its noun; P001 before, also after a repeal
    # with its own auxiliary: "geen regel leest 'vernummerd tot' na het predicaat 'repeal'")
    for unit in ("punt 5°", "de bepaling onder 5°"):
        renumber, = _order(f"In artikel 5 van hetzelfde besluit wordt {unit} vernummerd tot 6°.")
        assert (renumber.target.path[-1].label, renumber.new_label) == ("5°", "6°")  # type: ignore[attr-defined]
    operations = _order("In artikel 5 van hetzelfde besluit wordt de bepaling onder 4° opgeheven "
                        "en worden de bepalingen onder 5° en 6° vernummerd tot 4° en 5°.")
    assert [(type(op).__name__, op.target.path[-1].label,  # type: ignore[attr-defined]
             getattr(op, "new_label", None)) for op in operations] == [
        ("RepealUnit", "4°", None), ("Renumber", "5°", "4°"), ("Renumber", "6°", "5°")]
    # as many new labels as units, else refused
    with pytest.raises(ParseError) as refused:
        _order("In artikel 5 van hetzelfde besluit worden de bepalingen onder 4° en 5° "
               "vernummerd tot 5°.")
    assert refused.value.code == "P001"
    items = point("1°", "een;") + point("2°", "twee;") + point("3°", "drie.")
    doc = document(article("5", alinea(intro="Worden bedoeld:", items=items)), language="nl")
    # (a repealed unit's number stays taken: the applier refuses "3° vernummerd tot 2°" after
    # the 2° is repealed, A004, by design)
    applied = _order("In artikel 5 van hetzelfde besluit wordt in de bepaling onder 2° het woord "
                     "\"twee\" vervangen door het woord \"zes\" en wordt de bepaling onder 3° "
                     "vernummerd tot 4°.")
    (out,), report = apply([doc], amending(("2", _on_law_2001(applied))))
    assert report.counts["applied"] == 2, report
    rendered = render_text(out)
    assert "2° zes;" in rendered and "4° drie." in rendered and "3° drie" not in rendered


def test_a_point_opening_with_its_place() -> None:
    # "2° in paragraaf 2 wordt tussen het eerste en het tweede lid een lid ingevoegd": § 2 was
    # read as the unit inserted (P009, "de formule kondigt '2' aan"): the container word "in"
    # right at the start of a point's text was not seen
    for place in ("tussen het eerste en het tweede lid", "na het eerste lid"):
        replace, insert = _order(
            "In artikel 12 van hetzelfde besluit worden de volgende wijzigingen aangebracht:\n"
            "1° het woord \"A\" wordt vervangen door het woord \"B\";\n"
            f"2° in paragraaf 2 wordt {place} een lid ingevoegd, dat luidt als volgt:\n"
            "\"Nieuw lid.\".")
        assert isinstance(replace, ReplaceWords) and replace.target.path == ()
        assert isinstance(insert, InsertUnit), place
        assert [(s.unit, s.label) for s in insert.target.path] == [("paragraph", "2")]
        assert insert.anchor is not None and insert.anchor.label == "1er"
        assert insert.position == "after" and [u.kind for u in insert.new] == ["alinea"]


def test_sentences_announced_are_counted_in_the_block() -> None:
    # "door de volgende twee zinnen: "Een. Twee."" (P003 before in both languages: the block
    # reads its one line as one alinéa, "1 unit"): the sentences of the line are counted
    replace, = _law("In artikel 5 van de wet van 16 mei 2001 houdende statuut van de militairen "
                    "wordt in het eerste lid de eerste zin vervangen door de volgende twee "
                    "zinnen:\n\"Zij wordt gemotiveerd. Zij wordt betekend.\".")
    added, = _law("In artikel 5 van de wet van 16 mei 2001 houdende statuut van de militairen "
                  "wordt het tweede lid aangevuld met twee zinnen, luidende:\n\"Die termijn is "
                  "een vervaltermijn. Hij wordt niet verlengd.\".")
    assert isinstance(added, InsertUnit) and added.announced_count == 2
    doc = document(article("5", alinea("De beslissing wordt genomen. Ze is definitief."),
                           alinea("De termijn bedraagt dertig dagen.")), language="nl")
    (out,), report = apply([doc], amending(("2", [replace, added])))  # type: ignore[list-item]
    assert report.counts["applied"] == 2, report
    rendered = render_text(out)
    assert "Zij wordt gemotiveerd. Zij wordt betekend. Ze is definitief." in rendered
    assert ("De termijn bedraagt dertig dagen. Die termijn is een vervaltermijn. Hij wordt niet "
            "verlengd.") in rendered
    # a count that does not fit stays refused; alinéas are counted as alinéas
    for sentence in ("In artikel 5 van de wet van 16 mei 2001 wordt de eerste zin vervangen door "
                     "de volgende drie zinnen:\n\"Een. Twee.\".",
                     "In artikel 5 van de wet van 16 mei 2001 wordt het eerste lid vervangen "
                     "door twee leden, luidende:\n\"Een. Twee.\"."):
        with pytest.raises(ParseError) as refused:
            _law(sentence)
        assert refused.value.code == "P003", sentence
    french, = _french("L'article 5, alinéa 1er, de la loi du 16 mai 2001 portant statut des "
                      "militaires de réserve est complété par deux phrases rédigées comme suit :"
                      "\n\"Un. Deux.\".")
    assert isinstance(french, InsertUnit) and french.announced_count == 2
