"""Amending acts written for the chain tests (not real acts: each title says so).

They amend the embedded model of the loi du 16 mai 2001 after the loi du 25 mars 2024
(in force 2024-01-01) and quote its text verbatim:

- ``A2`` loi du 3 février 2025 (in force 2025-03-01): amends art. 10, 1° again (the words the
  2024 law wrote), repeals art. 10, 3° (the item the 2024 law inserted), amends art. 73;
- ``A3`` loi du 5 mai 2025: art. 1 in force 2025-07-01 (art. 15), art. 2 at a date the King
  fixes (art. 73, after A2), art. 3 retroactive from 2025-01-01 (art. 12, 2°);
- ``AR`` arrêté royal du 15 septembre 2025 fixing art. 2 of A3 on 2025-10-01;
- ``conflicting(...)``: an act changing art. 10, 1° on A2's date; ``after_repeal``: an act
  amending the art. 10, 3° that A2 repealed.
"""

from __future__ import annotations

import datetime as dt

import consolidate
from consolidate.drafter import build_act
from consolidate.model import (
    ActRef,
    AmendingAct,
    AmendingActInfo,
    AmendingArticle,
    EntryIntoForce,
    Operation,
    RepealUnit,
    ReplaceWords,
    Source,
    SourceSpan,
    Step,
    Target,
)

LAW_2001 = ActRef(type="loi", date=dt.date(2001, 5, 16),
                  title="portant statut des militaires du cadre de réserve des Forces armées")
SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=1)
TEST_TITLE = "(acte écrit pour les tests de consolidate) "


def info(date: dt.date, number: int, publication: dt.date, title: str,
         type_: str = "loi") -> AmendingActInfo:
    return AmendingActInfo(type=type_, date=date, title=TEST_TITLE + title,
                           justel_reference=f"{date.isoformat()}/{number}",
                           publication=publication)


def words(article: str, path: tuple[Step, ...], old: str, new: str) -> ReplaceWords:
    return ReplaceWords(source=Source(article="0"), target=Target(
        act=LAW_2001, article=article, path=path), old=old, new=new)


def point(label: str) -> Step:
    return Step(unit="point", label=label)


def alinea(label: str) -> Step:
    return Step(unit="alinea", label=label)


def embedded() -> AmendingAct:
    """The loi du 25 mars 2024 (in force 2024-01-01)."""
    return consolidate.parse()


def a2() -> AmendingAct:
    return build_act(
        info(dt.date(2025, 2, 3), 7, dt.date(2025, 2, 20), "modifiant l'article 10"),
        [[words("10", (point("1°"),), "anciens officiers de carrière du niveau A",
                "officiers de carrière pensionnés du niveau A")],
         [RepealUnit(source=Source(article="0"),
                     target=Target(act=LAW_2001, article="10", path=(point("3°"),)))],
         [words("73", (alinea("1er"),), "soixante ans", "soixante-deux ans")]],
        in_force=dt.date(2025, 3, 1))


def _with_rules(act: AmendingAct, rules: tuple[EntryIntoForce, ...]) -> AmendingAct:
    number = str(len(act.articles) + 1)
    entry = AmendingArticle(number=number, kind="entry_into_force", text="", span=SPAN,
                            entry_into_force=rules)
    return act.model_copy(update={"articles": (*act.articles, entry)})


def a3() -> AmendingAct:
    act = build_act(
        info(dt.date(2025, 5, 5), 12, dt.date(2025, 5, 26), "modifiant les articles 12, 15 "
             "et 73"),
        [[words("15", (alinea("1er"),), "d'une durée de trois ans", "d'une durée de quatre ans")],
         [words("73", (alinea("1er"),), "soixante-deux ans", "soixante-trois ans")],
         [words("12", (point("2°"),), "pour une période de trois ans",
                "pour une période de cinq ans")]])
    return _with_rules(act, (
        EntryIntoForce(date=dt.date(2025, 7, 1), except_provisions=("2", "3")),
        EntryIntoForce(date=None, mode="fixed_by_king", authority="Roi", provisions=("2",),
                       deadline=dt.date(2026, 12, 31)),
        EntryIntoForce(date=dt.date(2025, 1, 1), mode="retroactive", provisions=("3",)),
    ))


def royal_decree() -> AmendingAct:
    """Arrêté royal fixant l'entrée en vigueur de l'article 2 de la loi du 5 mai 2025."""
    decree = AmendingActInfo(type="arrêté royal", date=dt.date(2025, 9, 15),
                             title=TEST_TITLE + "fixant l'entrée en vigueur de l'article 2 de "
                             "la loi du 5 mai 2025", justel_reference="2025-09-15/3",
                             publication=dt.date(2025, 9, 30))
    rule = EntryIntoForce(date=dt.date(2025, 10, 1), target_act=ActRef(
        type="loi", date=dt.date(2025, 5, 5)), provisions=("2",))
    article = AmendingArticle(number="1er", kind="entry_into_force", text="", span=SPAN,
                              entry_into_force=(rule,))
    return AmendingAct(act=decree, articles=(article,))


def conflicting(publication: dt.date = dt.date(2025, 2, 20)) -> AmendingAct:
    """An act changing art. 10, 1° on 2025-03-01, the date of A2."""
    return build_act(
        info(dt.date(2025, 2, 5), 9, publication, "concurrent"),
        [[words("10", (point("1°"),), "qui ont été mis à la pension",
                "qui ont été admis à la pension")]],
        in_force=dt.date(2025, 3, 1))


def after_repeal() -> AmendingAct:
    """An act amending art. 10, 3° (repealed by A2) on 2025-06-01."""
    op: Operation = words("10", (point("3°"),), "anciens officiers de réserve",
                          "officiers de réserve")
    return build_act(info(dt.date(2025, 5, 2), 11, dt.date(2025, 5, 20), "tardif"), [[op]],
                     in_force=dt.date(2025, 6, 1))


def chain() -> list[AmendingAct]:
    """The 2024 law, A2, A3 and the arrêté royal (in the order of their dates)."""
    return [embedded(), a2(), a3(), royal_decree()]
