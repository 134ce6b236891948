"""One test per formula, on small synthetic sentences (the parser is not tuned to 2024)."""

from __future__ import annotations

import datetime as dt

from parser_cases import LAW, act_text, only_operation, parse

from consolidate.model import (
    AppendWords,
    EntryIntoForce,
    InsertUnit,
    InsertWords,
    NewUnit,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    ReplaceWords,
    Step,
)
from consolidate.parser import parse_text, read_text


def test_replace_words() -> None:
    op = only_operation(
        f'Dans l\'article 5 {LAW}, les mots "a  b " sont remplacés par les mots "c d".'
    )
    assert isinstance(op, ReplaceWords)
    assert (op.old, op.new, op.every) == ("a b", "c d", False)
    assert op.target.article == "5" and op.target.path == ()
    assert op.target.act.date == dt.date(2010, 6, 3)
    assert op.target.act.title == "relative aux essais"
    assert op.source.article == "2" and op.source.point is None


def test_replace_words_single_word_and_every_time() -> None:
    op = only_operation(
        f'Dans l\'article 5 {LAW}, le mot "X" est chaque fois remplacé par le mot "Y".'
    )
    assert isinstance(op, ReplaceWords) and op.every and (op.old, op.new) == ("X", "Y")
    op = only_operation(
        f'Dans l\'article 5 {LAW}, les mots "X" sont remplacés par les mots "Y", '
        "à chaque occurrence."
    )
    assert isinstance(op, ReplaceWords) and op.every


def test_replace_words_with_guillemets() -> None:
    op = only_operation(
        f"Dans l'article 5 {LAW}, les mots « X Y » sont remplacés par les mots « Z »."
    )
    assert isinstance(op, ReplaceWords) and (op.old, op.new) == ("X Y", "Z")


def test_insert_words_between() -> None:
    op = only_operation(
        f'Dans l\'article 5 {LAW}, les mots "b" sont insérés entre les mots "a" et les mots "c".'
    )
    assert isinstance(op, InsertWords) and (op.new, op.after, op.before) == ("b", "a", "c")


def test_insert_words_after_and_before() -> None:
    op = only_operation(f'Dans l\'article 5 {LAW}, les mots "b" sont insérés après les mots "a".')
    assert isinstance(op, InsertWords) and (op.after, op.before) == ("a", None)
    op = only_operation(f'Dans l\'article 5 {LAW}, le mot "b" est inséré avant le mot "c".')
    assert isinstance(op, InsertWords) and (op.after, op.before) == (None, "c")


def test_repeal_words() -> None:
    op = only_operation(f'Dans l\'article 5 {LAW}, les mots "du cadre actif" sont abrogés.')
    assert isinstance(op, RepealWords) and op.old == "du cadre actif"
    op = only_operation(f'Dans l\'article 5 {LAW}, le mot "actif" est supprimé.')
    assert isinstance(op, RepealWords) and op.old == "actif"


def test_append_words() -> None:
    op = only_operation(f'Dans l\'article 5 {LAW}, le 2° est complété par les mots "ou Z".')
    assert isinstance(op, AppendWords) and op.new == "ou Z"
    assert op.target.path == (Step(unit="point", label="2°"),)


def test_replace_unit_alinea() -> None:
    op = only_operation(
        f"Dans l'article 5 {LAW}, l'alinéa 2 est remplacé par ce qui suit :\n\n\"Nouveau texte.\"."
    )
    assert isinstance(op, ReplaceUnit)
    assert op.target.path == (Step(unit="alinea", label="2"),)
    assert op.new == (NewUnit(kind="alinea", text="Nouveau texte."),)


def test_replace_unit_item_with_sub_items() -> None:
    op = only_operation(
        f"Dans l'article 5, 1°, {LAW}, le c) est remplacé par ce qui suit :\n\n"
        '"c) trois choses :\n\n   1) une ;\n\n   2) deux ;".'
    )
    assert isinstance(op, ReplaceUnit)
    assert op.target.path == (Step(unit="point", label="1°"), Step(unit="point", label="c)"))
    (unit,) = op.new
    assert (unit.kind, unit.label, unit.text) == ("point", "c)", "trois choses :")
    assert [(c.label, c.text) for c in unit.children] == [("1)", "une ;"), ("2)", "deux ;")]


def test_repeal_unit_forms() -> None:
    op = only_operation(f"Dans l'article 5 {LAW}, l'alinéa 2 est abrogé.")
    assert isinstance(op, RepealUnit) and op.target.path == (Step(unit="alinea", label="2"),)
    op = only_operation(f"L'article 39 {LAW}, modifié par la loi du 1er mai 2015, est abrogé.")
    assert isinstance(op, RepealUnit) and op.target.article == "39" and op.target.path == ()
    assert op.history == ("modifié par la loi du 1er mai 2015",)
    op = only_operation(f'Dans l\'article 5 {LAW}, la phrase "Le Roi  fixe." est abrogée.')
    assert op.target.path == (Step(unit="sentence", label="Le Roi fixe."),)
    op = only_operation(f"Dans l'article 5, alinéa 3, {LAW}, la deuxième phrase est abrogée.")
    assert op.target.path == (Step(unit="alinea", label="3"), Step(unit="sentence", label="#2"))


def test_insert_unit_labelled_item() -> None:
    op = only_operation(
        f"L'article 19, § 2, alinéa 2, {LAW} est complété par le 4°, rédigé comme suit :\n\n"
        '"4° quatrième cas.".'
    )
    assert isinstance(op, InsertUnit) and op.announced_count is None
    assert op.target.path == (Step(unit="paragraph", label="2"), Step(unit="alinea", label="2"))
    assert op.new == (NewUnit(kind="point", label="4°", text="quatrième cas."),)


def test_insert_unit_counted_alineas_with_items() -> None:
    op = only_operation(
        f"Dans l'article 5 {LAW}, l'article est complété par deux alinéas, rédigés comme suit :"
        '\n\n"Dans ces cas :\n\n1. le premier ;\n\n2. le second.\n\nSinon, rien."'
    )
    assert isinstance(op, InsertUnit) and op.announced_count == 2
    first, second = op.new
    assert first.text == "Dans ces cas :" and [c.label for c in first.children] == ["1.", "2."]
    assert second == NewUnit(kind="alinea", text="Sinon, rien.")


def test_insert_unit_label_list() -> None:
    op = only_operation(
        f"Dans l'article 5 {LAW}, l'alinéa 1er est complété par les 5° et 6°, rédigés comme "
        'suit :\n\n"5° cinq ;\n\n6° six.".'
    )
    assert isinstance(op, InsertUnit) and [u.label for u in op.new] == ["5°", "6°"]


def test_insert_unit_at_a_place() -> None:
    op = only_operation(
        f"Dans l'article 5 {LAW}, il est inséré, après l'alinéa 2, un alinéa rédigé comme suit :"
        '\n\n"Nouvel alinéa."'
    )
    assert isinstance(op, InsertUnit)
    assert (op.position, op.anchor) == ("after", Step(unit="alinea", label="2"))
    op = only_operation(
        f"Dans l'article 5 {LAW}, il est inséré, entre le 2° et le 3°, un 2/1° rédigé comme "
        'suit :\n\n"2/1° entre deux ;".'
    )
    assert isinstance(op, InsertUnit) and op.anchor == Step(unit="point", label="2°")
    assert op.new[0].label == "2/1°"


def test_narrowing_intro_of_an_alinea_and_dutch_text() -> None:
    op = only_operation(
        f'Dans l\'article 5 {LAW}, dans la phrase liminaire de l\'alinéa 1er, les mots "x" sont '
        "abrogés."
    )
    assert op.target.path == (Step(unit="alinea", label="1er"), Step(unit="intro"))
    op = only_operation(
        f'Dans l\'article 5 {LAW}, dans le texte néerlandais du 4°, le mot "is" est remplacé '
        'par le mot "wordt".'
    )
    assert op.language == "nl" and op.target.path == (Step(unit="point", label="4°"),)
    op = only_operation(
        f'Dans le texte néerlandais de l\'article 47 {LAW}, le mot "a" est remplacé par le mot "b".'
    )
    assert op.language == "nl"


def test_lead_in_with_each_point_style() -> None:
    for first, second in (("a)", "b)"), ("1.", "2."), ("1°", "2°")):
        act = parse(
            f"À l'article 5 {LAW}, les modifications suivantes sont apportées :\n\n"
            f'{first} dans l\'alinéa 2, les mots "a" sont abrogés ;\n\n'
            f"{second} l'alinéa 3 est abrogé."
        )
        ops = act.operations()
        assert [op.source.point for op in ops] == [first, second]
        assert [op.target.path[0].label for op in ops] == ["2", "3"]


def test_meme_loi_is_the_act_cited_last() -> None:
    act = parse(
        f'Dans l\'article 5 {LAW}, le mot "a" est abrogé.',
        'Dans l\'article 2 de la loi du 7 mai 1999 sur les jeux, le mot "b" est abrogé.',
        'Dans l\'article 3 de la même loi, le mot "c" est abrogé.',
    )
    acts = [op.target.act for op in act.operations()]
    assert acts[2] == acts[1] and acts[2].date == dt.date(1999, 5, 7)
    assert acts[2].title == "sur les jeux"


def test_history_recitals() -> None:
    op = only_operation(
        f"Dans l'article 5 {LAW}, remplacé par la loi du 2 mars 2012 et modifié par les lois des "
        '4 mai 2013, 5 juin 2014 et 6 juillet 2015, le mot "a" est abrogé.'
    )
    assert op.history == (
        "remplacé par la loi du 2 mars 2012",
        "modifié par les lois des 4 mai 2013, 5 juin 2014 et 6 juillet 2015",
    )


def test_article_kinds() -> None:
    act = parse(
        f'Dans l\'article 5 {LAW}, le mot "a" est abrogé.',
        "Les demandes introduites avant l'entrée en vigueur de la présente loi restent régies par "
        "l'article 5 de la loi du 3 juin 2010.",
        "La présente loi entre en vigueur le jour de sa publication au Moniteur belge.",
    )
    kinds = [article.kind for article in act.articles]
    assert kinds == ["constitutional_basis", "amending", "transitional", "entry_into_force"]
    entry = act.articles[3].entry_into_force[0]
    assert entry == EntryIntoForce(date=dt.date(2023, 6, 15), mode="publication")


def test_entry_into_force_left_to_the_king() -> None:
    act = parse("La présente loi entre en vigueur à la date fixée par le Roi.")
    assert act.articles[1].entry_into_force[0] == EntryIntoForce(
        date=None, mode="fixed_by_king", authority="Roi")


def test_subject_form_with_another_verb_is_transitional() -> None:
    act = parse(f"L'article 5 {LAW} reste applicable aux demandes en cours.")
    assert act.articles[1].kind == "transitional"


def test_plain_text_with_a_title_line_and_plain_headings() -> None:
    text = (
        "3 JUIN 2022. - Loi modifiant la loi du 3 juin 2010 relative aux essais\n\n"
        "Article 1er. La présente loi règle une matière visée à l'article 74 de la Constitution."
        f'\n\nArt. 2. Dans l\'article 5 {LAW}, le mot "a" est abrogé.\n'
    )
    act = parse_text(text, "plain.txt")
    assert act.act.type == "loi" and act.act.date == dt.date(2022, 6, 3)
    assert act.act.title.startswith("Loi modifiant")
    assert len(act.operations()) == 1


def test_inner_quotes_in_a_block() -> None:
    op = only_operation(
        f"L'article 3 {LAW} est complété par un alinéa, rédigé comme suit :\n\n"
        '"La notion de "candidat" est utilisée.".'
    )
    assert isinstance(op, InsertUnit) and op.new[0].text == 'La notion de "candidat" est utilisée.'
    assert op.announced_count == 1


def test_new_article_inside_a_block_is_not_a_heading() -> None:
    op = only_operation(
        f"Dans l'article 5 {LAW}, l'alinéa 1er est remplacé par ce qui suit :\n\n"
        '"Art. 10bis. Un texte."'
    )
    assert isinstance(op, ReplaceUnit)
    assert op.new == (NewUnit(kind="article", label="10bis", text="Un texte."),)


def test_the_trace_names_the_formulas() -> None:
    reading = read_text(
        act_text(
            f"À l'article 5 {LAW}, les modifications suivantes sont apportées :\n\n"
            'a) dans l\'alinéa 2, les mots "a" sont remplacés par les mots "b" ;\n\n'
            "b) l'alinéa 3 est abrogé."
        )
    )
    article = reading.article("2")
    assert article is not None
    assert article.designation == ("lead_in",)
    assert article.lead_in is not None and article.lead_in.startswith("À l'article 5")
    first, second = article.operations
    assert first.point == "a)" and second.point == "b)"
    # each rule that read the instruction is named, with the words it read
    assert first.formula.split("; ") == [
        "predicate:replace 'sont remplacés'", "designation: alinea 2", "roles: subject, by"]
    assert second.formula.split("; ") == [
        "predicate:repeal 'est abrogé'", "designation: alinea 3"]
    assert first.quotes == ("a", "b")
