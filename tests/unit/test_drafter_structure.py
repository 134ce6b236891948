"""The drafter's French sentences of the act-level operations (consolidate.drafter_structure).

The sentences are the forms of Belgian amending acts (corpus: "Dans la même loi, il est
inséré un article 6/3 rédigé comme suit", "L'article 92 …, abrogé par la loi du 20 juillet
1990 et rétabli par …", "les articles 5 à 8 sont abrogés"); reading them back is the parser's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consolidate.drafter_structure import draft_structure
from consolidate.drafter_words import DraftError
from consolidate.model import (
    ActRef,
    InsertUnit,
    NewUnit,
    Operation,
    Renumber,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    RestoreUnit,
    Source,
    Step,
    Target,
)

LOI = ActRef(type="loi", date=dt.date(2001, 5, 16), title="portant statut des militaires")
S = Source(article="1")
ART_10_1 = NewUnit(kind="article", label="10/1", text="Le Roi fixe les modalités.")
CHAPTER_II = (Step(unit="chapter", label="II"),)

CASES: list[tuple[Operation, str]] = [
    (InsertUnit(source=S, target=Target(act=LOI), position="label", new=(ART_10_1,)),
     'Dans la même loi, il est inséré un article 10/1 rédigé comme suit : '
     '"Art. 10/1. Le Roi fixe les modalités.".'),
    (InsertUnit(source=S, target=Target(act=LOI), position="after",
                anchor=Step(unit="article", label="10"), new=(ART_10_1,)),
     "Dans la même loi, il est inséré, après l'article 10, un article 10/1 rédigé comme "
     'suit : "Art. 10/1. Le Roi fixe les modalités.".'),
    (InsertUnit(source=S, target=Target(act=LOI, divisions=CHAPTER_II), new=(
        NewUnit(kind="section", label="3", text="Des attestations", children=(
            NewUnit(kind="article", label="5/1", text="Un."),
            NewUnit(kind="article", label="5/2", text="Deux."))),)),
     "Dans le chapitre II de la même loi, il est inséré une section 3, comportant les "
     'articles 5/1 et 5/2, rédigée comme suit : "SECTION 3. - Des attestations\n\n'
     'Art. 5/1. Un.\n\nArt. 5/2. Deux.".'),
    (RepealUnit(source=S, target=Target(act=LOI, article="5")),
     "L'article 5 de la même loi est abrogé."),
    (RepealUnit(source=S, target=Target(act=LOI, article="5", article_until="8")),
     "Les articles 5 à 8 de la même loi sont abrogés."),
    (RepealUnit(source=S, target=Target(act=LOI, divisions=(
        Step(unit="book", label="1er"), Step(unit="chapter", label="IV")))),
     "Le chapitre IV du livre 1er de la même loi est abrogé."),
    (RepealUnit(source=S, target=Target(act=LOI, divisions=(Step(unit="section", label="2"),))),
     "La section 2 de la même loi est abrogée."),
    (RepealUnit(source=S, target=Target(act=LOI, article="10", path=(
        Step(unit="point", label="2°", until="4°"),))),
     "Dans l'article 10 de la même loi, les 2° à 4° sont abrogés."),
    (ReplaceUnit(source=S, target=Target(act=LOI, divisions=CHAPTER_II,
                                         path=(Step(unit="heading"),)),
                 new=(NewUnit(kind="heading", text="Des peines"),)),
     'L\'intitulé du chapitre II de la même loi est remplacé par ce qui suit : "Des peines".'),
    (RestoreUnit(source=S, target=Target(act=LOI, article="39"),
                 history=("abrogé par la loi du 20 juillet 2005",),
                 new=(NewUnit(kind="article", label="39", text="Le texte revient."),)),
     "L'article 39 de la même loi, abrogé par la loi du 20 juillet 2005, est rétabli dans la "
     'rédaction suivante : "Art. 39. Le texte revient.".'),
    (Renumber(source=S, target=Target(act=LOI, article="5"), new_label="6"),
     "L'article 5 de la même loi devient l'article 6."),
    (Renumber(source=S, target=Target(act=LOI, article="19", path=(
        Step(unit="paragraph", label="1er"),)), new_label="2"),
     "Dans l'article 19 de la même loi, le § 1er devient le § 2."),
]


@pytest.mark.parametrize(("op", "sentence"), CASES)
def test_the_sentence_of_each_operation(op: Operation, sentence: str) -> None:
    assert draft_structure(op, previous=LOI) == sentence


def test_the_act_is_cited_in_full_the_first_time() -> None:
    op = RepealUnit(source=S, target=Target(act=LOI, article="5", article_until="8"))
    assert draft_structure(op) == (
        "Les articles 5 à 8 de la loi du 16 mai 2001 portant statut des militaires sont "
        "abrogés.")
    title = ReplaceUnit(source=S, target=Target(act=LOI, path=(Step(unit="heading"),)),
                        new=(NewUnit(kind="heading", text="portant statut des réservistes"),))
    assert draft_structure(title) == (
        "L'intitulé de la loi du 16 mai 2001 portant statut des militaires est remplacé par "
        'ce qui suit : "portant statut des réservistes".')


def test_what_is_not_act_level_is_refused() -> None:
    words = RepealWords(source=S, target=Target(act=LOI, article="5"), old="x")
    with pytest.raises(DraftError, match="not an act-level operation"):
        draft_structure(words)
    alinea = Renumber(source=S, target=Target(act=LOI, article="5", path=(
        Step(unit="alinea", label="2"),)), new_label="3")
    with pytest.raises(DraftError, match="renumbered"):
        draft_structure(alinea)
