"""Rules added after the first grammar tests: an act fixing another act's entry into force,
an instruction that concerns only the other language's text (P013), Justel's apparatus inside
an amending act, and acts named inside another act's title or history."""

from __future__ import annotations

import datetime as dt

from parser_cases import LAW, act_text

from consolidate import parse


def test_an_arrete_fixing_the_entry_into_force_of_another_act() -> None:
    # the form of the arrêtés royaux "fixant l'entrée en vigueur de …" (issue 12)
    act = parse(text=act_text(
        "Les articles 2 à 5 de la loi du 25 mars 2024 modifiant diverses dispositions "
        "relatives au statut des militaires entrent en vigueur le 1er juin 2024."))
    (rule,) = act.articles[1].entry_into_force
    assert act.articles[1].kind == "entry_into_force"
    assert rule.date == dt.date(2024, 6, 1) and rule.provisions == ("2-5",)
    assert rule.target_act is not None and rule.target_act.date == dt.date(2024, 3, 25)
    own = parse(text=act_text("L'article 7 entre en vigueur le 1er juin 2024."))
    assert own.articles[1].entry_into_force[0].target_act is None


def test_a_point_concerning_only_the_dutch_text_is_a_warning_not_an_operation() -> None:
    act = parse(text=act_text(
        f"À l'article 5 {LAW}, les modifications suivantes sont apportées :\n\n"
        "1° l'alinéa 2 est abrogé ;\n\n2° (concerne uniquement le texte néerlandais) ;\n\n"
        "3° l'alinéa 4 est abrogé."), keep_going=True)
    assert [op.source.point for op in act.operations()] == ["1°", "3°"]
    (warning,) = act.problems
    assert (warning.code, warning.severity, warning.article) == ("P013", "warning", "2")
    assert "point 2°" in warning.message and "'nl'" in warning.message


def test_justel_marks_and_references_in_an_amending_act_are_not_its_text() -> None:
    # corpus 2006009444 art. 2 shape: a reference after the colon, marks around words
    act = parse(text=act_text(
        f"Dans l'article 5 {LAW}, les mots \"a\" sont remplacés par les mots "
        "\"[¹ b ]¹\". <L 2006-12-27/32, art. 376, 1°, 002; **En vigueur :** 28-12-2006>"))
    (op,) = act.operations()
    assert op.new == "b"  # type: ignore[union-attr]


def test_acts_named_in_a_title_or_a_history_list_are_not_the_target() -> None:
    # corpus 2006023386 art. 36 and art. 55 (shortened)
    act = parse(text=act_text(
        "L'article 1er de l'arrêté royal du 18 octobre 2001 portant exécution de l'article "
        "156, § 3, de la loi du 29 avril 1996 portant des dispositions sociales, est abrogé.",
        "Dans l'article 37 de la loi du 14 juillet 1994, modifié par la loi du 20 décembre 1995, "
        "l'arrêté royal du 12 décembre 1996 et la loi du 24 décembre 2002, le mot \"a\" est "
        "abrogé."))
    first, second = act.operations()
    assert first.target.act.type == "arrêté royal" and first.target.article == "1er"
    assert first.target.path == ()
    assert second.target.act.date == dt.date(1994, 7, 14)
    assert second.history == ("modifié par la loi du 20 décembre 1995, l'arrêté royal du 12 "
                              "décembre 1996 et la loi du 24 décembre 2002",)


def test_points_labelled_a_capital_and_words_completing_a_paragraph() -> None:
    # corpus/be/2006009998.md, art. 4 (points "A)", "B)"; the § is completed by words)
    act = parse(text=act_text(
        "A l'article 313 du Code civil, remplacé par la loi du 31 mars 1987, sont apportées les "
        "modifications suivantes :\n\nA) le § 1er est complété comme suit :\n\n"
        "\" aux conditions fixées par l'article 329bis. \";\n\nB) le § 2 est complété comme "
        "suit :\n\n\" à moins que le mariage qui a fait naître cet empêchement ait été "
        "annulé. \"."))
    first, second = act.operations()
    assert (first.op, first.source.point, first.target.path[0].label) == ("append_words", "A)",
                                                                         "1er")
    assert first.new == "aux conditions fixées par l'article 329bis."  # type: ignore[union-attr]
    assert (second.op, second.source.point) == ("append_words", "B)")


def test_new_article_labels_with_several_slashes_and_a_latin_suffix() -> None:
    # corpus/be/2019041200.md, art. 39; corpus/be/2022015455.md, art. 7
    for label in ("1675/8bis", "13/1/1"):
        act = parse(text=act_text(
            f"Dans le Code judiciaire, il est inséré un article {label}, rédigé comme suit :\n\n"
            f"\"Art. {label}. Le texte.\""))
        (op,) = act.operations()
        assert op.op == "insert_unit" and op.new[0].kind == "article"  # type: ignore[union-attr]
        assert op.new[0].label == label  # type: ignore[union-attr]
