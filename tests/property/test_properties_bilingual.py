"""Bilingual properties: the Dutch drafter and the bilingual check, for generated acts.

For every act the French drafter writes (the groups of property 1):

- B1: the Dutch drafter writes it too, article for article, and the two drafts are detected
  French and Dutch by their words;
- B2: the French draft parsed back and the act's Dutch text (the same operations as the
  Dutch text holds them: articles "1", "2" …, other words in every quote, Dutch titles,
  operations on the Dutch text; the French act's "dans le texte néerlandais" operations kept
  as ordinary Dutch ones or left out) compare clean;
- B3: one change of structure on the Dutch side (an operation dropped — unless the French
  text restricts it, or a twin of it, to the Dutch text: then it may stand alone —, another
  kind, another article, one new unit more) is always reported, at its article.

- B4: the French draft and the Dutch draft (of the act's Dutch text) each parse back to their
  operations — the same operations, but for what the two languages write differently ("1er"
  is "1", the history recitals in Dutch words, a count that says no more than the block) —
  and the two parsed drafts compare clean, every operation paired.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st
from strategies import ACT_INFO, ACTS, any_operation

from consolidate.bilingual import compare_acts
from consolidate.bilingual_align import FIELDS, operation_fields
from consolidate.drafter import build_act, draft_act
from consolidate.drafter_nl import draft_act_nl
from consolidate.drafter_nl_words import history as dutch_history
from consolidate.drafter_words import DraftError
from consolidate.lang.detect import detect
from consolidate.model import (
    ActRef,
    AmendingAct,
    InsertUnit,
    NewUnit,
    Operation,
    RepealUnit,
    ReplaceUnit,
    RestoreUnit,
    Step,
    Target,
)
from consolidate.parser import parse_text

#: the Dutch titles of the acts the strategies cite
DUTCH_TITLES = {
    "portant statut des militaires du cadre de réserve":
        "houdende statuut van de militairen van het reservekader",
    "relative au travail à distance au sein de la Défense":
        "betreffende het telewerk bij Defensie",
}


def dutch_act_ref(ref: ActRef) -> ActRef:
    return ref.model_copy(update={"title": DUTCH_TITLES.get(ref.title or "", ref.title)})


@st.composite
def groups(draw: st.DrawFn) -> list[list[Operation]]:
    """Articles of operations (as property 1 draws them)."""
    out: list[list[Operation]] = []
    for _ in range(draw(st.integers(1, 4))):
        act = draw(st.sampled_from(ACTS))
        first = draw(any_operation(act))
        group = [first]
        for _ in range(draw(st.integers(0, 3))):
            op = draw(any_operation(act))
            target = Target(act=act, article=first.target.article, path=op.target.path)
            group.append(op.model_copy(update={"target": target, "history": first.history}))
        out.append(group)
    return out


def french_act(draw_groups: list[list[Operation]], style: str, basis: bool) -> AmendingAct:
    act = build_act(ACT_INFO, draw_groups, in_force=ACT_INFO.date, constitutional_basis=basis,
                    point_style=style)
    try:
        draft_act(act)
    except DraftError:
        assume(False)  # not writable in French either (a quote holding every quote mark)
    return act


def _other_words(value: Any) -> Any:
    if isinstance(value, str):
        # other words, the same final punctuation (an item ending with ":" holds items)
        body = value.rstrip(" .;:,")
        return "nl " + body[::-1] + value[len(body):]
    if isinstance(value, NewUnit):
        return value.model_copy(update={"text": _other_words(value.text), "children": tuple(
            _other_words(child) for child in value.children)})
    if isinstance(value, tuple):
        return tuple(_other_words(item) for item in value)
    return value


def as_dutch_text(op: Operation) -> Operation:
    """The operation as the Dutch text of the act holds it: other words, Dutch title."""
    update: dict[str, Any] = {"language": "nl"}
    # a punctuation mark is the same in both texts ("le point final" / "het punt aan het
    # einde"); only quoted words differ
    names = () if op.op == "replace_punctuation" else ("old", "new", "after", "before")
    for name in names:
        if getattr(op, name, None) is not None:
            update[name] = _other_words(getattr(op, name))
    update["target"] = op.target.model_copy(update={"act": dutch_act_ref(op.target.act)})
    return op.model_copy(update=update)


def dutch_side(act: AmendingAct, keep_dutch_only: bool) -> AmendingAct:
    articles = []
    for article in act.articles:
        operations = tuple(as_dutch_text(op) for op in article.operations
                           if keep_dutch_only or op.language != "nl")
        articles.append(article.model_copy(update={
            "number": article.number.removesuffix("er"), "operations": operations}))
    return act.model_copy(update={"articles": tuple(articles)})


@given(groups(), st.sampled_from(("a)", "1.", "1°")), st.booleans())
def test_b1_every_french_draft_has_a_dutch_draft(
    drawn: list[list[Operation]], style: str, basis: bool
) -> None:
    act = french_act(drawn, style, basis)
    dutch = dutch_side(act, keep_dutch_only=True)
    text = draft_act_nl(dutch, title="Wet tot wijziging van het statuut van de militairen")
    articles = len(act.articles)
    assert text.count("**Artikel 1.**") == 1
    assert text.count("\n**Art. ") == articles - 1
    assert detect(text.split("\n---\n", 1)[1]) == "nl"
    assert detect(draft_act(act).split("\n---\n", 1)[1]) == "fr"


@given(groups(), st.sampled_from(("a)", "1.", "1°")), st.booleans(), st.booleans())
def test_b2_the_french_draft_and_the_dutch_text_compare_clean(
    drawn: list[list[Operation]], style: str, basis: bool, keep_dutch_only: bool
) -> None:
    act = french_act(drawn, style, basis)
    parsed = parse_text(draft_act(act))
    comparison = compare_acts(parsed, dutch_side(act, keep_dutch_only))
    assert comparison.clean, comparison.divergences
    dutch_only = sum(1 for op in act.operations() if op.language == "nl")
    assert len(comparison.one_sided) == (0 if keep_dutch_only else dutch_only)
    assert comparison.operations_paired == len(act.operations()) - len(comparison.one_sided)
    assert comparison.articles_paired == len(act.articles)


def _keys(op: Operation) -> tuple[str, ...]:
    fields = operation_fields(op)
    return tuple(fields[name] for name in FIELDS)


def _changed(op: Operation, change: str) -> Operation | None:
    if change == "kind":
        if isinstance(op, RepealUnit):
            return ReplaceUnit(source=op.source, target=op.target, language=op.language,
                               history=op.history, new=(NewUnit(kind="alinea", text="x"),))
        return RepealUnit(source=op.source, target=op.target, language=op.language,
                          history=op.history)
    if change == "article":
        target = op.target.model_copy(update={"article": "999"})
        return op.model_copy(update={"target": target})
    if change == "unit" and isinstance(op, InsertUnit | ReplaceUnit):
        more = (*op.new, op.new[-1])
        count = op.announced_count + 1 if isinstance(op, InsertUnit) and \
            op.announced_count is not None else None
        update: dict[str, Any] = {"new": more}
        if isinstance(op, InsertUnit):
            update["announced_count"] = count
        return op.model_copy(update=update)
    return None  # "drop"


@given(groups(), st.sampled_from(("drop", "kind", "article", "unit")), st.data())
def test_b3_one_change_of_structure_is_always_found(
    drawn: list[list[Operation]], change: str, data: st.DataObject
) -> None:
    act = french_act(drawn, "a)", False)
    dutch = dutch_side(act, keep_dutch_only=True)
    amending = [i for i, article in enumerate(dutch.articles) if article.operations]
    index = data.draw(st.sampled_from(amending))
    article = dutch.articles[index]
    position = data.draw(st.integers(0, len(article.operations) - 1))
    op = article.operations[position]
    if change == "unit":
        assume(isinstance(op, InsertUnit | ReplaceUnit))
    if change == "drop":  # a "dans le texte néerlandais" operation may stand alone
        french = act.articles[index].operations
        assume(french[position].language != "nl")
        # …and so a Dutch-only twin of the dropped one may be the one left alone
        key = _keys(french[position])
        assume(not any(other.language == "nl" and _keys(other) == key for other in french))
    replacement = _changed(op, change)
    operations = list(article.operations)
    if replacement is None:
        del operations[position]
    else:
        operations[position] = replacement
    articles = list(dutch.articles)
    articles[index] = article.model_copy(update={"operations": tuple(operations)})
    changed = dutch.model_copy(update={"articles": tuple(articles)})
    comparison = compare_acts(act, changed)
    assert not comparison.clean
    assert {d.article for d in comparison.divergences} == {act.articles[index].number}




def _canonical_label(label: str) -> str:
    """"1er" is "1": the Dutch text numbers without "er" (artikel 1, § 1)."""
    return re.sub(r"^(\d+)er$", r"\1", label)


def _canonical_step(step: Step) -> Step:
    return step.model_copy(update={"label": _canonical_label(step.label)})


def _canonical_unit(unit: NewUnit) -> NewUnit:
    label = _canonical_label(unit.label) if unit.label is not None else None
    return unit.model_copy(update={"label": label, "children": tuple(
        _canonical_unit(child) for child in unit.children)})


def canonical(op: Operation, language: str | None) -> Operation:
    """The operation as both texts mean it: no source span, "1er" as "1", the history in the
    Dutch drafter's words, the text it amends ``language``, no count announced that is the
    block's."""
    target = op.target.model_copy(update={
        "article": _canonical_label(op.target.article) if op.target.article else None,
        "path": tuple(_canonical_step(step) for step in op.target.path)})
    update: dict[str, Any] = {
        "source": op.source.model_copy(update={"span": None, "article": _canonical_label(
            op.source.article)}),
        "target": target, "language": language,
        "history": tuple(dutch_history(recital) for recital in op.history)}
    if isinstance(op, InsertUnit) and op.anchor is not None:
        update["anchor"] = _canonical_step(op.anchor)
    if isinstance(op, InsertUnit) and op.announced_count == len(op.new):
        # "met een paragraaf, luidende: "§ 4. …"" / "par le § 4": a count that says no more
        # than the block (as the bilingual check reads it)
        update["announced_count"] = None
    if isinstance(op, InsertUnit | ReplaceUnit | RestoreUnit):
        update["new"] = tuple(_canonical_unit(unit) for unit in op.new)
    return op.model_copy(update=update)


@given(groups(), st.sampled_from(("a)", "1.", "1°")), st.booleans())
def test_b4_the_french_and_the_dutch_drafts_parse_back_to_the_same_operations(
    drawn: list[list[Operation]], style: str, basis: bool
) -> None:
    act = french_act(drawn, style, basis)
    dutch = dutch_side(act, keep_dutch_only=True)
    french_parsed = parse_text(draft_act(act))
    dutch_parsed = parse_text(draft_act_nl(dutch, title="Wet tot wijziging van het statuut"),
                              language="nl")
    assert [canonical(op, op.language) for op in french_parsed.operations()] == [
        canonical(op, op.language) for op in act.operations()]
    assert [canonical(op, "nl") for op in dutch_parsed.operations()] == [
        canonical(op, "nl") for op in dutch.operations()]
    assert [(a.number.removesuffix("er"), a.kind) for a in dutch_parsed.articles] == [
        (a.number.removesuffix("er"), a.kind) for a in act.articles]
    comparison = compare_acts(french_parsed, dutch_parsed)
    assert comparison.clean, comparison.divergences
    assert comparison.operations_paired == len(act.operations())
