"""consolidate.timeline: the date of each provision from an act's entry-into-force rules."""

from __future__ import annotations

import datetime as dt

import pytest
from chain_acts import SPAN, a3, info, words

from consolidate.drafter import build_act
from consolidate.model import ActRef, AmendingAct, AmendingArticle, EntryIntoForce
from consolidate.timeline import covers, effect_date, provision_time, provision_times, refers_to

PUBLISHED = dt.date(2025, 1, 30)


def act_with(*rules: EntryIntoForce, articles: int = 4, publication: dt.date | None = PUBLISHED,
             type_: str = "loi") -> AmendingAct:
    groups = [[words("15", (), f"mot{n}", f"autre{n}")] for n in range(articles)]
    act = build_act(info(dt.date(2025, 1, 10), 4, PUBLISHED, "règles", type_), groups)
    act = act.model_copy(update={"act": act.act.model_copy(update={"publication": publication})})
    entry = AmendingArticle(number=str(articles + 1), kind="entry_into_force", text="",
                            span=SPAN, entry_into_force=rules)
    return act.model_copy(update={"articles": (*act.articles, entry)})


def dates(act: AmendingAct, chain: tuple[AmendingAct, ...] = ()) -> dict[str, object]:
    return {t.article: (t.date, t.mode) for t in provision_times(act, chain)}


def test_no_rule_is_the_tenth_day_after_publication() -> None:
    assert dates(act_with(), )["1er"] == (dt.date(2025, 2, 9), "default")


def test_no_rule_and_no_publication_is_the_act_date() -> None:
    assert dates(act_with(publication=None))["2"] == (dt.date(2025, 1, 10), "unknown")


@pytest.mark.parametrize("rule, expected", [
    (EntryIntoForce(date=None, mode="publication"), dt.date(2025, 1, 30)),
    (EntryIntoForce(date=None, mode="days_after", days=10), dt.date(2025, 2, 9)),
    (EntryIntoForce(date=None, mode="month_after", days=1), dt.date(2025, 2, 1)),
    (EntryIntoForce(date=None, mode="month_after", days=12), dt.date(2026, 1, 1)),
    (EntryIntoForce(date=dt.date(2024, 12, 1), mode="retroactive"), dt.date(2024, 12, 1)),
])
def test_dates_computed_from_the_publication(rule: EntryIntoForce, expected: dt.date) -> None:
    assert dates(act_with(rule))["3"] == (expected, rule.mode)


def test_specific_rule_beats_the_whole_act_and_exceptions_and_ranges() -> None:
    act = act_with(
        EntryIntoForce(date=dt.date(2025, 3, 1), except_provisions=("2-3",)),
        EntryIntoForce(date=dt.date(2025, 6, 1), provisions=("3",)),
        EntryIntoForce(date=dt.date(2025, 9, 1), provisions=("1er",)),
    )
    assert dates(act) == {
        "1er": (dt.date(2025, 9, 1), "date"),   # named: beats the whole-act rule
        "2": (dt.date(2025, 2, 9), "default"),  # excepted, named by no rule
        "3": (dt.date(2025, 6, 1), "date"),
        "4": (dt.date(2025, 3, 1), "date"),
    }


def test_pending_and_a_decree_fixing_the_whole_act() -> None:
    act = act_with(EntryIntoForce(date=None, mode="fixed_by_king", deadline=dt.date(2027, 1, 1)))
    assert {t.state(None) for t in provision_times(act)} == {"pending"}
    decree = build_act(info(dt.date(2025, 5, 1), 8, dt.date(2025, 5, 10), "fixant", "arrêté royal"),
                       [])
    rule = EntryIntoForce(date=dt.date(2025, 6, 1), target_act=ActRef(type="loi spéciale",
                                                                    date=dt.date(2025, 1, 10)))
    decree = decree.model_copy(update={"articles": (AmendingArticle(
        number="1er", kind="entry_into_force", text="", span=SPAN, entry_into_force=(rule,)),)})
    fixed = provision_times(act, (act, decree))
    assert {(t.date, t.fixed_by) for t in fixed} == {(dt.date(2025, 6, 1), "AR 2025-05-01/8")}
    assert effect_date(act, (act, decree)) == dt.date(2025, 6, 1)
    assert effect_date(decree, (act, decree)) == dt.date(2025, 5, 20)  # its own default date


def test_a_decree_for_another_act_fixes_nothing() -> None:
    assert not refers_to(ActRef(type="décret", date=dt.date(2025, 1, 10)), a3().act)
    assert not refers_to(ActRef(type="loi", date=dt.date(2025, 5, 6)), a3().act)
    assert refers_to(ActRef(type="loi-programme", date=dt.date(2025, 5, 5)), a3().act)


def test_states_on_a_date() -> None:
    time = provision_time(a3(), "1er")
    assert [time.state(d) for d in (dt.date(2025, 6, 30), dt.date(2025, 7, 1))] == [
        "not_yet_in_force", "in_force"]
    assert time.describe(dt.date(2025, 6, 30)) == (
        "L 2025-05-05/12 art. 1er: not yet in force on 2025-06-30 (from 2025-07-01, date)")


def test_covers_ranges_in_the_order_of_the_act() -> None:
    numbers = ["1er", "2", "2bis", "3", "4"]
    assert covers(["2-3"], "2bis", numbers) and covers(["2 à 3"], "3", numbers)
    assert not covers(["2-3"], "4", numbers)
    assert covers(["1"], "1er", numbers)


def test_grouped_lines_for_runs_of_provisions() -> None:
    from consolidate.timeline import grouped

    at = dt.date(2025, 2, 1)
    times = provision_times(act_with(EntryIntoForce(date=dt.date(2025, 3, 1),
                                                    except_provisions=("4",))))
    assert grouped(times, at) == [
        "L 2025-01-10/4 art. 1er to 3 (3 provisions): not yet in force on 2025-02-01 "
        "(from 2025-03-01, date)",
        "L 2025-01-10/4 art. 4: not yet in force on 2025-02-01 (from 2025-02-09, default)",
    ]
    assert grouped(times[:2], at)[0].startswith("L 2025-01-10/4 art. 1er and 2: ")
