"""Splicing on plain text and on p elements with marks."""

from __future__ import annotations

from lxml import etree

from consolidate.document import akn, make_p
from consolidate.handlers.nearest import nearest
from consolidate.handlers.richtext import (
    Edit,
    append_position,
    apply_edit,
    insert_edit,
    plain,
    read_runs,
    remove_edit,
    replace_edit,
)


def edited(text: str, edit: Edit) -> str:
    marked = "" if edit.removal else edit.marked
    return text[: edit.start] + edit.before + marked + edit.after + text[edit.end :]


def test_remove_middle_start_end_and_before_punctuation() -> None:
    text = "les militaires du cadre actif et les autres"
    assert edited(text, remove_edit(text, 15, 29)) == "les militaires et les autres"
    assert edited(text, remove_edit(text, 0, 4)) == "militaires du cadre actif et les autres"
    assert edited(text, remove_edit(text, 33, 43)) == "les militaires du cadre actif et"
    text = "visés à l'article 7 bis, et"
    assert edited(text, remove_edit(text, 20, 23)) == "visés à l'article 7, et"


def test_spacing_elsewhere_untouched() -> None:
    text = "a  b c  d"
    assert edited(text, replace_edit(text, 5, 6, "x")) == "a  b x  d"


def test_insert_spacing_and_punctuation() -> None:
    text = "A B"
    assert edited(text, insert_edit(text, 2, "Y")) == "A Y B"
    assert edited(text, insert_edit(text, 1, "Y")) == "A Y B"
    assert edited(text, insert_edit(text, 1, ", Y")) == "A, Y B"
    assert edited(text, insert_edit(text, 3, "Y")) == "A B Y"


def test_append_position() -> None:
    assert append_position("par engagement;") == len("par engagement")
    assert append_position("par engagement ;") == len("par engagement")
    assert append_position("fin") == 3
    assert append_position("premier ; et") == len("premier")


def test_apply_edit_keeps_existing_marks_cut_by_the_edit() -> None:
    p = make_p("Le ")
    span = etree.SubElement(p, akn("span"), {"{urn:x-consolidate:1}mark": "1"})
    span.text = "nouvel engagement"
    span.tail = " suspendu."
    apply_edit(p, Edit(10, 20, marked="rengagement"), 2, None)
    runs = read_runs(p)
    assert plain(runs) == "Le nouvel rengagement suspendu."
    assert [(r.text, r.attrib.get("{urn:x-consolidate:1}mark")) for r in runs] == [
        ("Le ", None), ("nouvel ", "1"), ("rengagement", "2"), (" suspendu.", None),
    ]


def test_nearest_candidate() -> None:
    text = "le candidat sous-officier de réserve du niveau B ou du niveau C"
    assert nearest(text, "sous-officier de reserve") == ("sous-officier de réserve",)
    assert nearest(text, "tout autre chose ici") == ()
    assert nearest("Un nouveau rengagement.", "nouveaux") == ("nouveau",)
