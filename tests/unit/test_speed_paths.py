"""The fast paths of issue 14 give the same results as the plain definitions they replace.

- ``text.fold`` (``str.translate``, offsets a ``range`` when nothing collapses) equals the
  per-character definition of semantics §4;
- cached label parsing and Clark names return what the uncached ones return;
- amending provisions found through the index are those the linear search finds;
- ``apply(..., in_place=True)`` and ``consolidate(..., keep_before=False)`` give the same
  consolidated texts as the copying path, and the text output decides "changed" from the
  report.
"""

from __future__ import annotations

from apply_docs import alinea, article, document
from hypothesis import given
from hypothesis import strategies as st

from consolidate import api
from consolidate.document import akn, local, render_text
from consolidate.renderers.common import Provisions, find_article, provision_text
from consolidate.text import SPACES, fold, fold_char, parse_label


def fold_by_character(text: str) -> tuple[str, list[int]]:
    """Semantics §4 written out character by character (the former implementation)."""
    out: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        folded = fold_char(char)
        if folded == " ":
            if previous_space:
                continue
            previous_space = True
        else:
            previous_space = False
        out.append(folded)
        offsets.append(index)
    return "".join(out), offsets


FOLDABLE = st.text(alphabet=st.sampled_from(list(SPACES + "’‘“”«»\"'ab é,.")), max_size=40)


@given(FOLDABLE)
def test_fold_equals_the_per_character_definition(text: str) -> None:
    folded = fold(text)
    expected_text, expected_offsets = fold_by_character(text)
    assert folded.text == expected_text
    assert list(folded.offsets) == expected_offsets
    assert folded.original_length == len(text)


def test_fold_of_a_real_sentence_with_no_break_spaces() -> None:
    sentence = "les mots « pour une autre raison  que l’inaptitude physique »"
    folded = fold(sentence)
    assert folded.text == "les mots \" pour une autre raison que l'inaptitude physique \""
    start = folded.text.index("que")
    assert sentence[slice(*folded.span(start, start + 3))] == "que"
    assert isinstance(fold("sans espace double").offsets, range)  # the common path


def test_cached_labels_and_names_are_the_plain_ones() -> None:
    for raw in ("1er", "10bis", "71/1", "2/1°", "2°bis", "b)", "1)", "1.", "-"):
        first, second = parse_label(raw), parse_label(raw)
        assert first == second and first is second
    assert akn("article") == "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}article"
    unit = next(document(article("3", alinea("Texte."))).articles())
    assert local(unit) == "article" and local(unit) == "article"
    assert [local(child) for child in unit] == ["num", "alinea"]


def test_provisions_found_through_the_index_are_those_of_the_linear_search() -> None:
    act = api.parse()
    provisions = Provisions(act)
    for op in act.operations():
        assert provisions.article(op.source.article) is find_article(act, op.source.article)
        assert provisions.text(op.source) == provision_text(act, op.source)
    assert provisions.article("1") is find_article(act, "1er")


def test_applying_in_place_gives_the_same_text_without_a_copy() -> None:
    act = api.parse()
    copied = api.consolidate(act)
    bases = api.load_embedded()
    in_place = api.consolidate(act, bases, keep_before=False)
    assert [render_text(d) for d in in_place.after] == [render_text(d) for d in copied.after]
    assert all(after is base for after, base in zip(in_place.after, bases, strict=True))
    assert api.render(in_place, "text") == api.render(copied, "text")
    assert api.render(in_place, "justel") == api.render(copied, "justel")


def test_the_caller_s_documents_are_untouched_by_default() -> None:
    base = document(article("1", alinea("Le militaire de réserve exerce sa mission.")))
    before = render_text(base)
    act = api.parse(text=(
        "---\ntitle-fr: \"Loi modifiant la loi du 16 mai 2001\"\ndate: 2024-03-25\n---\n\n"
        "**Article 1er.** Dans l'article 1er de la loi du 16 mai 2001 portant statut des "
        "militaires du cadre de réserve des Forces armées, les mots \"de réserve\" sont "
        "remplacés par les mots \"du cadre de réserve\".\n"))
    result = api.consolidate(act, [base])
    assert render_text(base) == before
    assert "du cadre de réserve exerce" in render_text(result.after[0])
    assert api.render(result, "text") == render_text(result.after[0])
