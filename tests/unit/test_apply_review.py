"""Fixes from the review (A1, A2, A6, nearest candidates, missing articles)."""

from __future__ import annotations

import pytest
from apply_docs import alinea, amending, article, document, point, source, target

from consolidate.address import resolve_address
from consolidate.address_hints import shown_labels
from consolidate.applier import apply
from consolidate.document import Document, alineas_of, points_of, text_of
from consolidate.errors import LabelConflict, TargetNotFound, TextNotFound
from consolidate.handlers.nearest import nearest
from consolidate.model import (
    InsertUnit,
    NewUnit,
    Operation,
    RepealUnit,
    ReplaceUnit,
    ReplaceWords,
)


def run(doc: Document, *ops: Operation) -> Document:
    out, report = apply([doc], amending(("8", list(ops))))
    assert report.ok, report
    return out[0]


def labels(doc: Document, address: str) -> list[str]:
    return [p.findtext("{*}num") or "" for p in points_of(resolve_address(doc, address))]


# --- A1: appending an item of another family goes to the item's own sub-list -----------------

NESTED = document(
    article("2", alinea(intro="Texte:", items=point(
        "1°", "un:", items=point("a)", "deux:", items=point("1)", "trois ;")
                                 + point("2)", "quatre."))
        + point("b)", "cinq.")))),
    article("10", alinea(intro="Peuvent :", items=point("1°", "les uns;")
                         + point("2°", "les autres."))),
)


def _append(address: str, label: str) -> InsertUnit:
    return InsertUnit(source=source("2"), target=target(address),
                      new=(NewUnit(kind="point", label=label, text="six."),))


def test_append_sub_item_goes_to_the_items_own_list() -> None:
    out = run(NESTED, _append("article 2, 1°, a)", "3)"))
    assert labels(out, "article 2, 1°, a)") == ["1)", "2)", "3)"]
    assert labels(out, "article 2, 1°") == ["a)", "b)"]
    assert text_of(resolve_address(out, "article 2, 1°, a), 3)")) == "six."
    assert resolve_address(out, "article 2, 1°, a), 3)").get("eId") == \
        "art_2__alinea_1__point_1__point_a__point_3"


def test_append_sub_item_needs_the_sequence_of_the_sub_list() -> None:
    with pytest.raises(LabelConflict, match="lacks number"):
        run(NESTED, _append("article 2, 1°, a)", "4)"))


def test_label_of_another_family_is_rejected_in_a_list() -> None:
    with pytest.raises(LabelConflict, match=r"numbered 1°, 2°.*another kind"):
        run(NESTED, _append("article 10", "c)"))
    # b) has no sub-list: 1) cannot join the list of a) and b)
    with pytest.raises(LabelConflict, match=r"numbered a\), b\).*another kind"):
        run(NESTED, _append("article 2, 1°, b)", "1)"))


# --- A2: numbered sentences over several p --------------------------------------------------

TWO = document(article("2", alinea("Un."), alinea("Deux. Trois.")))


def _sentence(rank: str) -> str:
    return f"article 2, la {rank} phrase"


def _alineas(doc: Document) -> list[str]:
    return [text_of(a) for a in alineas_of(resolve_address(doc, "article 2"))]


def test_second_sentence_is_counted_over_the_whole_unit() -> None:
    out = run(TWO, RepealUnit(source=source("2"), target=target(_sentence("deuxième"))))
    assert _alineas(out) == ["Un.", "Trois."]
    out = run(TWO, RepealUnit(source=source("2"), target=target(_sentence("troisième"))))
    assert _alineas(out) == ["Un.", "Deux."]
    out = run(TWO, RepealUnit(source=source("2"), target=target(_sentence("dernière"))))
    assert _alineas(out) == ["Un.", "Deux."]


def test_replace_second_sentence() -> None:
    op = ReplaceUnit(source=source("2"), target=target(_sentence("deuxième")),
                     new=(NewUnit(kind="alinea", text="Autre."),))
    assert _alineas(run(TWO, op)) == ["Un.", "Autre. Trois."]


def test_sentence_rank_too_high_names_the_unit_and_the_count() -> None:
    op = RepealUnit(source=source("2"), target=target(_sentence("quatrième")))
    with pytest.raises(TargetNotFound, match=r"article 2 has 3 sentences"):
        run(TWO, op)


# --- A6: only the touched articles are renumbered; the article index follows insertions ------


def test_untouched_articles_keep_their_eids() -> None:
    doc = document(article("1er", alinea("Un.")), article("2", alinea("Deux.")))
    first = resolve_address(doc, "article 1er, alinéa 1")
    first.set("eId", "kept")  # not what assign_eids would give: proves it is not recomputed
    op = InsertUnit(source=source("2"), target=target("article 2"),
                    new=(NewUnit(kind="alinea", text="Trois."),))
    out = run(doc, op)
    assert resolve_address(out, "article 1er, alinéa 1").get("eId") == "kept"
    assert resolve_address(out, "article 2, alinéa 2").get("eId") == "art_2__alinea_2"


def test_an_article_inserted_earlier_can_be_amended_later() -> None:
    doc = document(article("1er", alinea("Un.")), article("2", alinea("Deux.")))
    insert = InsertUnit(source=source("2"), target=target("article 1er"), position="after",
                        new=(NewUnit(kind="article", label="1bis", text="Nouveau."),))
    words = ReplaceWords(source=source("3"), target=target("article 1bis"), old="Nouveau",
                         new="Neuf")
    out, report = apply([doc], amending(("2", [insert]), ("3", [words])))
    assert report.ok, report
    node = resolve_address(out[0], "article 1bis")
    assert text_of(node) == "Neuf."
    assert node.get("eId") == "art_1bis"
    assert resolve_address(out[0], "article 1bis, alinéa 1").get("eId") == "art_1bis__alinea_1"


# --- nearest candidate when one word became several -----------------------------------------

LONG = ("Le militaire peut demander que son rengagement comme sous-officier ou volontaire de "
        "réserve ne soit pas suspendu pendant la durée de son mandat.")


def test_nearest_anchors_on_common_first_and_last_words() -> None:
    wanted = "son rengagement comme sous-officier ou volontaire de réserve ne soit pas suspendu"
    assert nearest(LONG, "son rengagement comme caporal ne soit pas suspendu") == (wanted,)
    assert nearest(LONG, "son engagement comme caporal ne soit pas suspendus") == (wanted,)
    assert nearest(LONG, "son mandat et autre chose") == ()


def test_words_not_found_propose_the_anchored_window() -> None:
    doc = document(article("5", alinea(LONG)))
    op = ReplaceWords(source=source("2"), target=target("article 5"),
                      old="son rengagement comme caporal ne soit pas suspendu", new="x")
    with pytest.raises(TextNotFound) as caught:
        run(doc, op)
    assert caught.value.context.candidates[0].startswith("son rengagement comme sous-officier")


# --- a missing article lists what exists --------------------------------------------------------


def test_missing_article_lists_existing_articles() -> None:
    doc = document(*(article(label, alinea("x.")) for label in ("1er", "2", "2bis", "3")))
    op = RepealUnit(source=source("2"), target=target("article 999"))
    with pytest.raises(TargetNotFound,
                       match=r"the loi du 16 mai 2001 has 4 articles: 1er, 2, 2bis, 3"):
        run(doc, op)


def test_long_lists_of_articles_are_shortened_around_the_label() -> None:
    many = ["1er", *(str(n) for n in range(2, 29))]
    assert shown_labels("999", many) == "1er, …, " + ", ".join(map(str, range(18, 29)))
    assert shown_labels("14", many) == "1er, …, " + ", ".join(map(str, range(9, 19))) + ", …, 28"
    assert shown_labels("1", many).startswith("1er, 2, 3") and shown_labels("1", many).endswith(
        "11, …, 28")
    assert len(shown_labels("14", many).split(", ")) <= 14


def test_sentence_ranks_refer_to_the_text_before_the_amending_article() -> None:
    repeal = RepealUnit(source=source("2", "1°"), target=target(_sentence("deuxième")))
    third = ReplaceUnit(source=source("2", "2°"), target=target(_sentence("troisième")),
                        new=(NewUnit(kind="alinea", text="Autre."),))
    assert _alineas(run(TWO, repeal, third)) == ["Un.", "Autre."]
