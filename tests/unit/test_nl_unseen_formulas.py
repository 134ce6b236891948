"""Dutch formulas of real Belgian drafting that the excerpts in shared/ do not hold (the sweep
of 3 December 2026, morning), each read to its operations. Sentences in the style of the
besluiten van de Vlaamse Regering and the federal acts as the Belgisch Staatsblad prints them
(docs/dutch.md, "Formulas not in shared/")."""

from __future__ import annotations

from consolidate.model import AppendWords, InsertUnit, RepealUnit, ReplaceUnit, ReplaceWords
from consolidate.parser import parse_text

_HEAD = ("12 JUNI 2025. - Besluit van de Vlaamse Regering tot wijziging van het besluit van de "
         "Vlaamse Regering van 18 mei 2012 betreffende de gezondheidszorg\n\nArtikel 1. Artikel "
         "4 van het besluit van de Vlaamse Regering van 18 mei 2012 betreffende de "
         "gezondheidszorg wordt opgeheven.\n\nArt. 2. {sentence}\n")


def _operations(sentence: str) -> tuple[object, ...]:
    act = parse_text(_HEAD.format(sentence=sentence), "besluit.txt", language="nl")
    return act.articles[1].operations


def _places(operations: tuple[object, ...]) -> list[tuple[str | None, tuple[tuple[str, str,
                                                                              str | None], ...]]]:
    return [(op.target.article, tuple((s.unit, s.label, s.until)  # type: ignore[attr-defined]
                                      for s in op.target.path))  # type: ignore[attr-defined]
            for op in operations]


def test_a_singular_point_before_a_list_takes_every_label() -> None:
    # "punt 2° en 3°" (the Flemish drafting): 3° was dropped silently (2° alone repealed)
    operations = _operations("In artikel 5, eerste lid, van hetzelfde besluit worden punt 2° "
                             "en 3° opgeheven.")
    assert all(isinstance(op, RepealUnit) for op in operations)
    assert _places(operations) == [("5", (("alinea", "1er", None), ("point", "2°", None))),
                                   ("5", (("alinea", "1er", None), ("point", "3°", None)))]
    operations = _operations("In artikel 5 van hetzelfde besluit worden punt 2°, 3° en 5° "
                             "opgeheven.")
    assert [path[-1][1] for _, path in _places(operations)] == ["2°", "3°", "5°"]


def test_a_singular_point_before_a_range() -> None:
    # P007 before ("geen regel leest 'tot'")
    (repeal,) = _operations("In artikel 5 van hetzelfde besluit worden punt 2° tot en met 4° "
                            "opgeheven.")
    assert isinstance(repeal, RepealUnit)
    assert _places((repeal,)) == [("5", (("point", "2°", "4°"),))]


def test_a_singular_point_list_as_the_place_and_replaced() -> None:
    operations = _operations("In artikel 5 van hetzelfde besluit wordt in punt 2° en 3° het "
                             "woord \"dertig\" vervangen door het woord \"zestig\".")
    assert all(isinstance(op, ReplaceWords) for op in operations)
    assert [path for _, path in _places(operations)] == [(("point", "2°", None),),
                                                        (("point", "3°", None),)]
    replace, repeal = _operations("In artikel 5 van hetzelfde besluit worden punt 2° en 3° "
                                  "vervangen door wat volgt:\n\"2° twee;\n3° drie;\".")
    assert isinstance(replace, ReplaceUnit) and isinstance(repeal, RepealUnit)
    assert [unit.label for unit in replace.new] == ["2°", "3°"]
    assert repeal.target.path[-1].label == "3°"


def test_a_singular_paragraph_or_article_before_a_list() -> None:
    # P007 before ("geen regel leest '3'", "'6'")
    operations = _operations("In artikel 5 van hetzelfde besluit worden paragraaf 2 en 3 "
                             "opgeheven.")
    assert _places(operations) == [("5", (("paragraph", "2", None),)),
                                   ("5", (("paragraph", "3", None),))]
    (repeal,) = _operations("In artikel 5 van hetzelfde besluit worden paragraaf 2 tot en met "
                            "4 opgeheven.")
    assert _places((repeal,)) == [("5", (("paragraph", "2", "4"),))]
    operations = _operations("Artikel 5, 6 en 8 van hetzelfde besluit worden opgeheven.")
    assert [article for article, _ in _places(operations)] == ["5", "6", "8"]


def test_a_singular_point_with_its_sub_item_stays_a_path() -> None:
    (replace,) = _operations("In artikel 5 van hetzelfde besluit wordt in punt 2°, a), het "
                             "woord \"dertig\" vervangen door het woord \"zestig\".")
    assert _places((replace,)) == [("5", (("point", "2°", None), ("point", "a)", None)))]


def test_a_range_of_ordinals_without_the_second_article() -> None:
    # "het tweede tot en met vierde lid" (P007 before: "geen regel leest 'tweede tot'")
    (repeal,) = _operations("In artikel 5 van hetzelfde besluit worden het tweede tot en met "
                            "vierde lid opgeheven.")
    assert isinstance(repeal, RepealUnit)
    assert _places((repeal,)) == [("5", (("alinea", "2", "4"),))]


def test_a_history_of_several_orders_of_the_flemish_government() -> None:
    # "gewijzigd bij de besluiten van de Vlaamse Regering van …" (P007 before: "geen regel
    # leest 'besluiten Vlaamse Regering'")
    (replace,) = _operations("In artikel 7 van hetzelfde besluit, gewijzigd bij de besluiten "
                             "van de Vlaamse Regering van 3 mei 2013 en 4 juni 2015, wordt het "
                             "woord \"dertig\" vervangen door het woord \"zestig\".")
    assert isinstance(replace, ReplaceWords)
    assert replace.target.article == "7"
    assert replace.target.act.type == "arrêté du Gouvernement flamand"
    assert replace.target.act.date is not None and replace.target.act.date.year == 2012
    assert len(replace.history) == 1 and "2015" in replace.history[0]


def test_the_article_itself_after_a_clause_that_narrowed_the_place() -> None:
    # "… wordt in de bepaling onder 4° … vervangen … en wordt het artikel aangevuld met een
    # lid": the lid was added to the 4° (applied into its text, silently); the French "et
    # l'article est complété par" (2009009046, art. 3, b); 2019041200, art. 29, 2°) likewise
    import consolidate

    text = ("---\ntitle-nl: \"Wet tot wijziging van de wet van 16 mei 2001\"\ndate: 2025-03-25\n"
            "publication: 2025-04-01\n---\n\n**Artikel 1.** Deze wet regelt een aangelegenheid "
            "als bedoeld in artikel 74 van de Grondwet.\n\n**Art. 2.** In artikel 28 van de wet "
            "van 16 mei 2001 houdende statuut van de militairen van het reservekader van de "
            "Krijgsmacht wordt in de bepaling onder 4° het woord \"een\" vervangen door het "
            "woord \"het\" en wordt het artikel aangevuld met een lid, luidende:\n\"Dit is "
            "nieuw.\"\n")
    act = consolidate.parse(text=text)
    replace, insert = act.articles[1].operations
    assert [step.label for step in replace.target.path] == ["4°"]
    assert insert.target.article == "28" and insert.target.path == ()
    result = consolidate.consolidate(act)
    assert result.report.counts["applied"] == 2
    rendered = str(consolidate.render(result, "text"))
    assert "4° wanneer het einde werd gesteld aan zijn dienstneming;\n" in rendered
    assert "eed af te leggen.\nDit is nieuw." in rendered


def test_the_paragraph_itself_after_a_clause_that_narrowed_the_place() -> None:
    # "… wordt het eerste lid aangevuld met de woorden … en wordt de paragraaf aangevuld met
    # een lid": P007 before ('paragraaf'); the French "et le paragraphe est complété par un
    # alinéa" put the alinéa into the alinéa 1er, silently
    append, insert = _operations("In artikel 5, § 1, van hetzelfde besluit wordt het eerste "
                                 "lid aangevuld met de woorden \", behalve overmacht\" en wordt "
                                 "de paragraaf aangevuld met een lid, dat luidt als volgt:\n"
                                 "\"Nieuw lid.\"")
    assert _places((append,)) == [("5", (("paragraph", "1", None), ("alinea", "1er", None)))]
    assert isinstance(insert, InsertUnit)
    assert _places((insert,)) == [("5", (("paragraph", "1", None),))]


def test_the_same_point_in_a_second_clause() -> None:
    # "dezelfde bepaling" (P007 before: "geen regel leest 'dezelfde'")
    replace, append = _operations("In artikel 6 van hetzelfde besluit wordt in de bepaling "
                                  "onder 2° het woord \"dertig\" vervangen door het woord "
                                  "\"zestig\" en wordt dezelfde bepaling aangevuld met de "
                                  "woorden \", behalve overmacht\".")
    assert isinstance(replace, ReplaceWords) and isinstance(append, AppendWords)
    assert _places((append,)) == [("6", (("point", "2°", None),))]


def test_execution_clauses_of_the_regions() -> None:
    # read as rules of the act ("autonomous") before
    for sentence in (
            "De Vlaamse minister, bevoegd voor de omgeving, en de Vlaamse minister, bevoegd "
            "voor landbouw, zijn, ieder wat hem of haar betreft, belast met de uitvoering van "
            "dit besluit.",
            "De Brusselse Hoofdstedelijke Regering is belast met de uitvoering van dit besluit.",
            "De leden van de Brusselse Hoofdstedelijke Regering zijn, ieder wat hem betreft, "
            "belast met de uitvoering van dit besluit."):
        act = parse_text(_HEAD.format(sentence=sentence), "besluit.txt", language="nl")
        assert act.articles[1].kind == "execution", sentence


_CODEX = ("12 JUNI 2025. - Decreet tot wijziging van de Vlaamse Codex Ruimtelijke Ordening\n\n"
          "Artikel 1. Artikel 4.7.26 van de Vlaamse Codex Ruimtelijke Ordening wordt "
          "opgeheven.\n\nArt. 2. {sentence}\n")


def _codex_operations(sentence: str) -> tuple[object, ...]:
    act = parse_text(_CODEX.format(sentence=sentence), "decreet.txt", language="nl")
    return act.articles[1].operations


def test_an_inserted_article_of_a_dotted_label() -> None:
    # "artikel 4.7.26/1" (P007 before, in both languages: "geen regel leest 'artikel
    # 4.7.26/1'")
    (replace,) = _codex_operations("In artikel 4.7.26/1 van de Vlaamse Codex Ruimtelijke "
                                   "Ordening wordt het woord \"dertig\" vervangen door het "
                                   "woord \"zestig\".")
    assert replace.target.article == "4.7.26/1"  # type: ignore[attr-defined]
    (insert,) = _codex_operations("In dezelfde codex wordt na artikel 4.7.25 een artikel "
                                  "4.7.26/1 ingevoegd, dat luidt als volgt:\n\"Art. 4.7.26/1. "
                                  "De Vlaamse Regering bepaalt de nadere regels.\"")
    assert isinstance(insert, InsertUnit)
    assert insert.target.act.code == "Code flamand de l'aménagement du territoire"
    assert [unit.label for unit in insert.new] == ["4.7.26/1"]
    assert insert.new[0].text == "De Vlaamse Regering bepaalt de nadere regels."


_DECREE = ("12 JUNI 2025. - Decreet tot wijziging van diverse decreten\n\nArtikel 1. Artikel 4 "
           "van het decreet van 18 mei 1999 betreffende de gezondheidszorg wordt opgeheven."
           "\n\nArt. 2. {sentence}\n")


def test_a_flemish_decree_named_by_a_compound() -> None:
    # "het Energiedecreet van 8 mei 2009" (P007 before: "geen regel leest 'Energiedecreet'")
    act = parse_text(_DECREE.format(sentence=(
        "In artikel 1.1.3 van het Energiedecreet van 8 mei 2009, het laatst gewijzigd bij het "
        "decreet van 2 april 2021, wordt punt 5° opgeheven.")), "decreet.txt", language="nl")
    (repeal,) = act.articles[1].operations
    assert isinstance(repeal, RepealUnit)
    assert (repeal.target.act.type, str(repeal.target.act.date)) == ("décret", "2009-05-08")
    assert repeal.target.article == "1.1.3" and len(repeal.history) == 1


def test_a_history_renumbered() -> None:
    # "hernummerd bij" (Justel's word; P007 before)
    (replace,) = _operations("In artikel 6 van hetzelfde besluit, hernummerd bij het besluit "
                             "van de Vlaamse Regering van 3 mei 2013, wordt het woord \"dertig\" "
                             "vervangen door het woord \"zestig\".")
    assert isinstance(replace, ReplaceWords) and replace.target.article == "6"
    assert len(replace.history) == 1


def test_a_second_pair_with_its_own_place_is_refused() -> None:
    # both pairs were read in "alinéa 1er, alinéa 2" (and, in French, both pairs in both
    # alinéas: four operations)
    import pytest

    from consolidate.errors import ParseError

    with pytest.raises(ParseError) as refused:
        _operations("In artikel 6 van hetzelfde besluit worden in het eerste lid de woorden "
                    "\"dertig\" vervangen door de woorden \"zestig\" en in het tweede lid de "
                    "woorden \"tien\" door de woorden \"twintig\".")
    assert refused.value.code == "P001"
    assert "een tweede paar woorden met een eigen plaats" in str(refused.value)
    french = ("12 JUIN 2025. - Loi modifiant la loi du 16 mai 2001\n\nArticle 1er. Dans "
              "l'article 6 de la loi du 16 mai 2001 portant statut des militaires, à l'alinéa "
              "1er, les mots \"trente\" sont remplacés par les mots \"soixante\" et, à l'alinéa "
              "2, les mots \"dix\" par les mots \"vingt\".\n")
    with pytest.raises(ParseError) as refused:
        parse_text(french, "loi.txt", language="fr")
    assert refused.value.code == "P001"
    # without a place between the pairs, both pairs are read
    two = _operations("In artikel 6 van hetzelfde besluit worden de woorden \"dertig\" "
                      "vervangen door de woorden \"zestig\" en de woorden \"tien\" door de "
                      "woorden \"twintig\".")
    assert [(op.old, op.new) for op in two] == [  # type: ignore[attr-defined]
        ("dertig", "zestig"), ("tien", "twintig")]


def test_flemish_word_groups() -> None:
    # "de zinsneden", "de woordgroep", "de verwijzing" (P007 before)
    operations = _operations("In artikel 6 van hetzelfde besluit worden de zinsneden \", met "
                             "name\" en \", in voorkomend geval\" opgeheven.")
    assert [op.old for op in operations] == [", met name", ", in voorkomend geval"]  # type: ignore[attr-defined]
    (replace,) = _operations("In artikel 6 van hetzelfde besluit wordt de verwijzing \"artikel "
                             "5\" vervangen door de verwijzing \"artikel 6\".")
    assert (replace.old, replace.new) == ("artikel 5", "artikel 6")  # type: ignore[attr-defined]
    (replace,) = _operations("In artikel 6 van hetzelfde besluit wordt de woordgroep \"de "
                             "minister\" vervangen door de woordgroep \"de Vlaamse Regering\".")
    assert isinstance(replace, ReplaceWords) and replace.new == "de Vlaamse Regering"


def test_a_numbered_royal_decree() -> None:
    # "het koninklijk besluit nr. 78 van 10 november 1967" (P007 before; the French "l'arrêté
    # royal n° 78 du …" was read)
    act = parse_text(_DECREE.format(sentence=(
        "In artikel 5 van het koninklijk besluit nr. 78 van 10 november 1967 betreffende de "
        "geneeskunst wordt het woord \"dertig\" vervangen door het woord \"zestig\".")),
        "decreet.txt", language="nl")
    (replace,) = act.articles[1].operations
    assert isinstance(replace, ReplaceWords)
    assert (replace.target.act.type, str(replace.target.act.date)) == ("arrêté royal",
                                                                       "1967-11-10")
    assert replace.target.act.title == "betreffende de geneeskunst"


def test_several_units_restored_each_with_its_text() -> None:
    # each restored unit got both quoted units (the 2° and the 3° restored twice)
    from consolidate.model import RestoreUnit

    operations = _operations("In artikel 5 van hetzelfde besluit worden de bepalingen onder 2° "
                             "en 3°, opgeheven bij het besluit van de Vlaamse Regering van 3 "
                             "mei 2013, hersteld als volgt:\n\"2° twee;\n3° drie;\".")
    assert all(isinstance(op, RestoreUnit) for op in operations)
    assert [(op.target.path[-1].label, [unit.label for unit in op.new])  # type: ignore[attr-defined]
            for op in operations] == [("2°", ["2°"]), ("3°", ["3°"])]


def test_a_lead_in_on_the_french_text() -> None:
    # "worden in de Franse tekst de volgende wijzigingen aangebracht:" (P001 before: "two
    # predicates in one clause"); the points amend the French text
    operations = _operations("In artikel 5 van hetzelfde besluit worden in de Franse tekst de "
                             "volgende wijzigingen aangebracht:\n1° het woord \"trente\" wordt "
                             "vervangen door het woord \"soixante\";\n2° het woord \"dix\" wordt "
                             "geschrapt.")
    assert [(op.op, op.language) for op in operations] == [  # type: ignore[attr-defined]
        ("replace_words", "fr"), ("repeal_words", "fr")]


def test_a_unit_renumbered_and_replaced_in_one_clause_is_refused() -> None:
    # "de bepaling onder 2°, die de bepaling onder 3° wordt, vervangen als volgt:" was read as
    # the renumbering alone ("die" as a label of a list): the replacement was lost, silently.
    # The French "le 2°, qui devient le 3°, est remplacé" is refused (P001) too
    import pytest

    from consolidate.errors import ParseError

    with pytest.raises(ParseError) as refused:
        _operations("In artikel 5 van hetzelfde besluit wordt de bepaling onder 2°, die de "
                    "bepaling onder 3° wordt, vervangen als volgt:\n\"3° nieuw;\".")
    assert refused.value.code == "P001"


def test_a_point_renumbered_in_the_flemish_words() -> None:
    # "punt 3° wordt punt 4°" (P001 before: no rule read the verb)
    from consolidate.model import Renumber

    (renumber,) = _operations("In artikel 5 van hetzelfde besluit wordt punt 3° punt 4°.")
    assert isinstance(renumber, Renumber)
    assert (renumber.target.path[-1].label, renumber.new_label) == ("3°", "4°")
    operations = _operations("In artikel 5 van hetzelfde besluit worden punt 3° en 4° "
                             "respectievelijk punt 4° en 5°.")
    assert sorted((op.target.path[-1].label, op.new_label)  # type: ignore[attr-defined]
                  for op in operations) == [("3°", "4°"), ("4°", "5°")]


def test_in_force_until_a_date() -> None:
    # "… en houdt op van kracht te zijn op …" (P001 before; "treedt buiten werking op" was
    # read): the date in force; the end date is not in the model (as in French)
    act = parse_text(_HEAD.format(sentence="Dit besluit treedt in werking op 1 januari 2026 en "
                                  "houdt op van kracht te zijn op 31 december 2026."),
                     "besluit.txt", language="nl")
    (rule,) = act.articles[1].entry_into_force
    assert act.articles[1].kind == "entry_into_force" and str(rule.date) == "2026-01-01"


def test_a_place_in_the_same_act_of_another_kind_is_no_rule_of_the_act() -> None:
    # "In artikel 5 van dezelfde wet wordt … geschorst" after a besluit: an autonomous article
    # before, silently (the act not known, the place was not seen)
    import pytest

    from consolidate.errors import ParseError

    with pytest.raises(ParseError) as refused:
        _operations("In artikel 5 van dezelfde wet wordt de bepaling onder 2° geschorst.")
    assert refused.value.code == "P001"


def test_a_place_in_the_same_act_with_a_verb_no_rule_reads() -> None:
    # "In hetzelfde besluit wordt artikel 27 geschorst." (an autonomous article before,
    # silently: the place word "In" was inside the act's mask)
    import pytest

    from consolidate.errors import ParseError

    with pytest.raises(ParseError) as refused:
        _operations("In hetzelfde besluit wordt artikel 27 geschorst.")
    assert refused.value.code == "P001"
    # a rule of the act that names an act stays one
    act = parse_text(_HEAD.format(sentence="Het besluit van de Vlaamse Regering van 3 mei 2013 "
                                  "betreffende de subsidies wordt bekrachtigd."),
                     "besluit.txt", language="nl")
    assert act.articles[1].kind == "autonomous"


def test_lead_ins_of_the_flemish_and_brussels_drafting() -> None:
    # "worden volgende wijzigingen aangebracht:", "wordt als volgt gewijzigd:" (P001 before:
    # "two predicates in one clause")
    for head in ("In artikel 5 van hetzelfde besluit worden volgende wijzigingen aangebracht:",
                 "Aan artikel 5 van hetzelfde besluit worden volgende wijzigingen aangebracht:",
                 "Artikel 5 van hetzelfde besluit wordt als volgt gewijzigd:"):
        operations = _operations(head + "\n1° het woord \"dertig\" wordt vervangen door het "
                                 "woord \"zestig\";\n2° het tweede lid wordt opgeheven.")
        assert [(op.op, op.target.article) for op in operations] == [  # type: ignore[attr-defined]
            ("replace_words", "5"), ("repeal_unit", "5")], head


def test_a_following_unit_without_its_article() -> None:
    # "wordt aangevuld met volgend lid:", "wordt volgend lid toegevoegd:" (P001 / P007 before)
    for sentence in ("Artikel 5 van hetzelfde besluit wordt aangevuld met volgend lid:\n"
                     "\"De minister beslist.\"",
                     "In artikel 5 van hetzelfde besluit wordt volgend lid toegevoegd:\n"
                     "\"De minister beslist.\""):
        (insert,) = _operations(sentence)
        assert isinstance(insert, InsertUnit) and insert.position == "end"
        assert [(unit.kind, unit.text) for unit in insert.new] == [("alinea",
                                                                    "De minister beslist.")]
