"""The bilingual check (``consolidate.compare``, ``consolidate parse FR NL --compare``).

The French side is the real loi du 25 mars 2024 (the embedded seed, 28 articles, 40
operations, 2 of them "dans le texte néerlandais"); its Dutch side is built from it as a
Dutch parse gives it: articles numbered "1", "2" …, every quoted word different, the act cited
as a "wet", the two Dutch-text-only operations absent (the Dutch text makes them as ordinary
operations or, here, they are left out), ordinary operations on the Dutch text.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import consolidate
from consolidate import api
from consolidate.bilingual import Comparison, render_text
from consolidate.cli import main
from consolidate.model import (
    ActRef,
    AmendingAct,
    AmendingArticle,
    EntryIntoForce,
    NewUnit,
    Operation,
    RepealUnit,
    ReplaceWords,
    Source,
    SourceSpan,
    Step,
    Target,
)

SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=1)


@pytest.fixture(scope="module")
def french() -> AmendingAct:
    return api.parse()


def _dutch_words(value: Any) -> Any:
    if isinstance(value, str):
        return f"[nl] {value[::-1]}"
    if isinstance(value, NewUnit):
        return value.model_copy(update={
            "text": _dutch_words(value.text),
            "children": tuple(_dutch_words(child) for child in value.children),
        })
    if isinstance(value, tuple):
        return tuple(_dutch_words(item) for item in value)
    return value


def dutchify(op: Operation, language: str | None) -> Operation:
    """The operation as the Dutch text writes it: other words, the act cited as a wet."""
    update: dict[str, Any] = {"language": language, "history": ()}
    for name in ("old", "new", "after", "before"):
        if getattr(op, name, None) is not None:
            update[name] = _dutch_words(getattr(op, name))
    act = op.target.act
    dutch_act = act.model_copy(update={"type": "wet" if act.type == "loi" else act.type,
                                       "title": "houdende …" if act.title else None})
    path = tuple(
        step.model_copy(update={"label": "[nl] zin"}) if step.unit == "sentence"
        and not step.label.startswith("#") else step for step in op.target.path
    )
    update["target"] = op.target.model_copy(update={"act": dutch_act, "path": path})
    return op.model_copy(update=update)


def dutch_side(act: AmendingAct, language: str | None = "nl") -> AmendingAct:
    articles = []
    for article in act.articles:
        operations = tuple(dutchify(op, language) for op in article.operations
                           if op.language != "nl")
        number = article.number.removesuffix("er")
        articles.append(article.model_copy(update={
            "number": number, "text": "[nl]", "operations": operations}))
    return act.model_copy(update={"articles": tuple(articles)})


def with_operation(act: AmendingAct, article: str, index: int, op: Operation | None
                   ) -> AmendingAct:
    """``act`` with operation ``index`` of ``article`` replaced by ``op`` (None: removed)."""
    articles = []
    for item in act.articles:
        if item.number == article:
            ops = list(item.operations)
            if op is None:
                del ops[index]
            else:
                ops[index] = op
            item = item.model_copy(update={"operations": tuple(ops)})
        articles.append(item)
    return act.model_copy(update={"articles": tuple(articles)})


def op_of(act: AmendingAct, article: str, index: int) -> Operation:
    return next(a for a in act.articles if a.number == article).operations[index]


@pytest.mark.parametrize("language", ["nl", None])
def test_the_2024_law_against_its_dutch_side_is_clean(french: AmendingAct,
                                                      language: str | None) -> None:
    comparison = consolidate.compare(french, dutch_side(french, language))
    assert isinstance(comparison, Comparison)
    assert comparison.clean, comparison.divergences
    assert comparison.articles_paired == 28
    assert (comparison.operations_fr, comparison.operations_nl) == (40, 38)
    assert comparison.operations_paired == 38
    # the two "dans le texte néerlandais" operations are expected on the French side only
    assert [(item.article, item.point, item.side, item.language)
            for item in comparison.one_sided] == [("13", "1.", "fr", "nl"),
                                                  ("16", None, "fr", "nl")]


def test_a_dutch_text_only_operation_with_its_dutch_counterpart_is_paired(
        french: AmendingAct) -> None:
    dutch = dutch_side(french)
    counterpart = dutchify(op_of(french, "16", 0), "nl")
    articles = tuple(a.model_copy(update={"operations": (counterpart,)}) if a.number == "16"
                     else a for a in dutch.articles)
    comparison = consolidate.compare(french, dutch.model_copy(update={"articles": articles}))
    assert comparison.clean
    assert [item.article for item in comparison.one_sided] == ["13"]
    assert comparison.operations_paired == 39


def test_another_target_is_a_divergence(french: AmendingAct) -> None:
    dutch = dutch_side(french)
    op = op_of(dutch, "2", 0)  # art. 2, a): in the 1° of article 10
    moved = op.model_copy(update={"target": op.target.model_copy(
        update={"path": (Step(unit="point", label="2°"),)})})
    comparison = consolidate.compare(french, with_operation(dutch, "2", 0, moved))
    assert [(d.kind, d.article, d.point) for d in comparison.divergences] == [
        ("target", "2", "a)")]
    divergence = comparison.divergences[0]
    assert divergence.fr == "loi 2001-05-16, article 10, point 1°"
    assert divergence.nl == "loi 2001-05-16, article 10, point 2°"
    assert "target: FR loi 2001-05-16, article 10, point 1°" in divergence.describe()


def test_another_kind_and_another_count_are_divergences(french: AmendingAct) -> None:
    dutch = dutch_side(french)
    op = op_of(dutch, "2", 0)
    repeal = RepealUnit(source=op.source, target=op.target, language="nl")
    comparison = consolidate.compare(french, with_operation(dutch, "2", 0, repeal))
    assert [d.kind for d in comparison.divergences] == ["op_kind"]
    assert comparison.divergences[0].fr == "replace_words"
    assert comparison.divergences[0].nl == "repeal_unit"
    # art. 8, 5.: seven alinéas inserted in article 16; the Dutch side inserts six
    index = next(i for i, o in enumerate(op_of_all(dutch, "8")) if o.op == "insert_unit")
    insert = op_of(dutch, "8", index)
    six = insert.model_copy(update={"new": insert.new[:6]})  # type: ignore[union-attr]
    comparison = consolidate.compare(french, with_operation(dutch, "8", index, six))
    assert [d.kind for d in comparison.divergences] == ["unit_count"]
    assert comparison.divergences[0].fr is not None
    assert comparison.divergences[0].fr.startswith("7 units: alinea")
    assert comparison.divergences[0].nl is not None
    assert comparison.divergences[0].nl.startswith("6 units: alinea")


def op_of_all(act: AmendingAct, article: str) -> tuple[Operation, ...]:
    return next(a for a in act.articles if a.number == article).operations


def test_operations_and_articles_on_one_side_only(french: AmendingAct) -> None:
    dutch = with_operation(dutch_side(french), "2", 1, None)
    articles = tuple(a for a in dutch.articles if a.number != "27")
    comparison = consolidate.compare(french, dutch.model_copy(update={"articles": articles}))
    kinds = [(d.kind, d.article, d.point, d.side) for d in comparison.divergences]
    assert kinds == [("operation", "2", "b)", "fr"), ("article", "27", None, "fr")]
    assert comparison.divergences[1].fr == "transitional article, 0 operation(s)"
    text = render_text(comparison)
    assert "art. 2, b): operation: only in the French text (insert_unit on loi 2001-05-16, " \
        "article 10 (1 unit: point 3°)); no counterpart in the Dutch text" in text
    assert text.endswith("2 divergences\n")


def test_a_french_text_only_operation_of_the_dutch_act_is_expected() -> None:
    act = ActRef(type="loi", date=dt.date(2001, 5, 16))
    target = Target(act=act, article="5", path=(Step(unit="alinea", label="2"),))
    fr = _act([ReplaceWords(source=Source(article="2"), target=target, old="a", new="b")])
    only_fr_text = ReplaceWords(source=Source(article="2", point="2°"), target=target,
                                old="c", new="d", language="fr")
    nl = _act([ReplaceWords(source=Source(article="2"), target=target, old="x", new="y"),
               only_fr_text])
    comparison = consolidate.compare(fr, nl)
    assert comparison.clean
    assert [(i.side, i.language, i.point) for i in comparison.one_sided] == [("nl", "fr", "2°")]


def test_opposite_language_restrictions_diverge() -> None:
    target = Target(act=ActRef(type="loi", date=dt.date(2001, 5, 16)), article="5")
    fr = _act([RepealUnit(source=Source(article="2"), target=target, language="nl")])
    nl = _act([RepealUnit(source=Source(article="2"), target=target, language="fr")])
    comparison = consolidate.compare(fr, nl)
    assert [d.kind for d in comparison.divergences] == ["language"]


def test_codes_labels_and_act_types_are_compared_across_languages() -> None:
    fr_target = Target(act=ActRef(type="loi", code="Code pénal"), article="1er",
                       path=(Step(unit="paragraph", label="1er"), Step(unit="alinea", label="2"),
                             Step(unit="sentence", label="Le juge peut.")))
    nl_target = Target(act=ActRef(type="wet", code="Strafwetboek"), article="1",
                       path=(Step(unit="paragraph", label="1"), Step(unit="alinea", label="2"),
                             Step(unit="sentence", label="De rechter kan.")))
    fr = _act([RepealUnit(source=Source(article="2"), target=fr_target)])
    nl = _act([RepealUnit(source=Source(article="2"), target=nl_target, language="nl")])
    assert consolidate.compare(fr, nl).clean
    other = nl_target.model_copy(update={"act": ActRef(type="wet", code="Gerechtelijk Wetboek")})
    nl_other = _act([RepealUnit(source=Source(article="2"), target=other)])
    assert [d.kind for d in consolidate.compare(fr, nl_other).divergences] == ["target"]


def test_entry_into_force_and_article_kinds_are_compared() -> None:
    rule = EntryIntoForce(date=dt.date(2024, 1, 1))
    fr = AmendingAct(act=api.parse().act, articles=(
        AmendingArticle(number="1er", kind="entry_into_force", text="", span=SPAN,
                        entry_into_force=(rule,)),
        AmendingArticle(number="2", kind="execution", text="", span=SPAN)))
    nl = fr.model_copy(update={"articles": (
        fr.articles[0].model_copy(update={"entry_into_force": (
            rule.model_copy(update={"date": dt.date(2024, 2, 1)}),)}),
        fr.articles[1].model_copy(update={"kind": "transitional"}))})
    comparison = consolidate.compare(fr, nl)
    assert [(d.kind, d.fr, d.nl) for d in comparison.divergences] == [
        ("in_force", "date 2024-01-01", "date 2024-02-01"),
        ("article_kind", "execution", "transitional")]


def _act(operations: list[Operation]) -> AmendingAct:
    info = api.parse().act
    return AmendingAct(act=info, articles=(AmendingArticle(
        number="2", kind="amending", text="", span=SPAN, operations=tuple(operations)),))


def test_the_comparison_is_json(french: AmendingAct) -> None:
    comparison = consolidate.compare(french, dutch_side(french))
    data = json.loads(comparison.model_dump_json())
    assert data["articles_paired"] == 28 and data["divergences"] == []
    assert Comparison.model_validate(data) == comparison


# --- the command ----------------------------------------------------------------------------


def _write(path: Path, act: AmendingAct) -> str:
    path.write_text(act.model_dump_json(), encoding="utf-8")
    return str(path)


def test_parse_compare_text_and_json(french: AmendingAct, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    nl = _write(tmp_path / "act.nl.json", dutch_side(french))
    seed = str(Path(consolidate.__file__).parent / "data" / api.EMBEDDED_ACT)
    assert main(["parse", seed, nl, "--compare", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1] == "28 articles paired; 38 operations paired (FR 40, NL 38)"
    assert "expected: art. 13, 1.: only in the French text, on the Dutch text only" in out
    assert out.endswith("clean: the two texts agree\n")
    # the Dutch file first: the French text (detected) is put first
    assert main(["parse", nl, seed, "--compare"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["fr"] == "loi 2024-03-25" and data["operations_fr"] == 40


def test_parse_compare_exit_1_on_a_divergence(french: AmendingAct, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    fr = _write(tmp_path / "fr.json", french)
    nl = _write(tmp_path / "nl.json", with_operation(dutch_side(french), "2", 1, None))
    assert main(["parse", fr, nl, "--compare", "--format", "text"]) == 1
    assert capsys.readouterr().out.endswith("1 divergence\n")


def test_parse_compare_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = str(Path(consolidate.__file__).parent / "data" / api.EMBEDDED_ACT)
    assert main(["parse", seed, "--compare"]) == 2
    assert "give two files" in capsys.readouterr().err
    assert main(["parse", seed, seed]) == 2
    assert "two with --compare" in capsys.readouterr().err
    assert main(["parse", seed, seed, "--compare"]) == 2
    assert "are both French texts" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text('{"act": 1}', encoding="utf-8")
    assert main(["parse", seed, str(bad), "--compare"]) == 2
    assert "not the JSON of an amending act" in capsys.readouterr().err


def test_compare_refuses_what_is_not_an_act(french: AmendingAct) -> None:
    from consolidate.errors import ArgumentError

    with pytest.raises(ArgumentError, match=r"compare\(\): act must be an AmendingAct"):
        consolidate.compare(french, "act.nl.md")  # type: ignore[arg-type]


def test_the_json_output_validates_against_its_schema(french: AmendingAct) -> None:
    import jsonschema

    path = Path(__file__).resolve().parents[2] / "schemas" / "comparison.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    dutch = with_operation(dutch_side(french), "2", 1, None)
    data = consolidate.compare(french, dutch).model_dump(mode="json")
    jsonschema.validate(data, schema)
    data["divergences"][0]["kind"] = "words"  # words are never compared
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data))


def test_an_unreadable_article_is_named_not_called_missing(french: AmendingAct) -> None:
    from consolidate.model import Problem

    dutch = dutch_side(french)
    problem = Problem(code="P001", message="no amending formula matches this instruction",
                      article="2", line=12, column=5)
    unread = dutch.model_copy(update={
        "articles": tuple(a for a in dutch.articles if a.number != "2"),
        "problems": (problem,)})
    comparison = consolidate.compare(french, unread)
    assert [(d.kind, d.article, d.fr, d.nl) for d in comparison.divergences] == [
        ("unreadable", "2", "read",
         "error[P001]: no amending formula matches this instruction")]
    assert comparison.articles_paired == 27


def test_parse_compare_reads_every_article_it_can(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    seed = Path(consolidate.__file__).parent / "data" / api.EMBEDDED_ACT
    text = seed.read_text(encoding="utf-8")
    broken = tmp_path / "broken.md"  # art. 23's formula garbled in one text only
    broken.write_text(text.replace('est remplacé par le mot "nouvel"',
                                   'est changé en "nouvel"'), encoding="utf-8")
    assert broken.read_text(encoding="utf-8") != text
    nl = _write(tmp_path / "nl.json", dutch_side(api.parse()))
    assert main(["parse", str(broken), nl, "--compare", "--format", "text"]) == 1
    out = capsys.readouterr().out
    assert "divergence: art. 23: unreadable: FR error[P001]" in out
    assert out.endswith("1 divergence\n")


def test_the_acts_themselves_are_compared(french: AmendingAct) -> None:
    dutch = dutch_side(french)
    as_wet = dutch.model_copy(update={"act": dutch.act.model_copy(update={"type": "wet"})})
    assert consolidate.compare(french, as_wet).clean  # "wet" is a loi
    other = dutch.model_copy(update={"act": dutch.act.model_copy(update={
        "type": "koninklijk besluit", "date": dt.date(2024, 3, 26)})})
    assert [(d.kind, d.fr, d.nl) for d in consolidate.compare(french, other).divergences] == [
        ("act", "loi 2024-03-25", "arrêté royal 2024-03-26")]
