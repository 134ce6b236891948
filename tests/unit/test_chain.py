"""Chains of acts: order of effect, versions and footnote numbers, same unit amended again,
repeal of what an earlier act inserted, pending / retroactive / fixed dates, conflicts, removed
targets (consolidate.chain, docs/time.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from chain_acts import a2, a3, after_repeal, chain, conflicting, embedded, royal_decree

import consolidate
from consolidate.chain import apply_chain, order_acts, read_order
from consolidate.document import article_lines
from consolidate.errors import ChainConflict, InputError, RemovedByEarlierAct
from consolidate.justel import write_justel
from consolidate.provenance import read_notes


def article(result: consolidate.Consolidation, label: str) -> str:
    found = result.after[0].article(label)
    assert found is not None
    return "\n".join(article_lines(found))


def justel_article(result: consolidate.Consolidation, label: str) -> str:
    text = write_justel(result.after[0])
    start = text.index(f"Art. {label}. ")
    return text[start:text.index("\n\n", start)]


def test_order_acts_is_the_order_of_effect_not_the_order_given() -> None:
    acts = chain()
    ordered = order_acts(list(reversed(acts)))
    # A3 (5 May 2025) takes effect first through its retroactive art. 3 (2025-01-01)
    assert [a.act.justel_id for a in ordered] == [
        "L 2024-03-25/42", "L 2025-05-05/12", "L 2025-02-03/7", "AR 2025-09-15/3"]


def test_same_unit_amended_again_gets_the_next_footnote_and_version() -> None:
    result = consolidate.consolidate(acts=[a2(), embedded()])
    assert [a.act.justel_id for a in result.acts] == ["L 2024-03-25/42", "L 2025-02-03/7"]
    assert result.after[0].identity.version == 3  # 001 → 002 (2024) → 003 (2025): once per act
    text = justel_article(result, "10")
    assert "[2 officiers de carrière pensionnés du niveau A]2" in text
    assert "(1)<L 2024-03-25/42, art. 2, 002; En vigueur : 01-01-2024>" in text
    assert "(2)<L 2025-02-03/7, art. 1er, 003; En vigueur : 01-03-2025>" in text
    # the 2024 law wrote "anciens officiers"; the 2025 act replaces those very words
    assert "les officiers de carrière pensionnés du niveau A qui ont été mis" in article(result,
                                                                                        "10")


def test_repealing_what_an_earlier_act_inserted() -> None:
    result = consolidate.consolidate(acts=[embedded(), a2()])
    text = justel_article(result, "10")
    assert "3° [3 ...]3" in text  # the item the 2024 law inserted, repealed
    assert "(3)<L 2025-02-03/7, art. 2, 003; En vigueur : 01-03-2025>" in text
    assert "3°" not in article(result, "10")


def test_pending_provision_is_shown_not_applied() -> None:
    result = consolidate.consolidate(acts=[embedded(), a2(), a3()])
    times = {(t.act, t.article): t for t in result.timeline}
    pending = times[("L 2025-05-05/12", "2")]
    assert pending.date is None and pending.state(None) == "pending"
    assert "date to be fixed by the King, at the latest 2026-12-31" in pending.describe()
    report = {r.act: r for r in result.reports}["L 2025-05-05/12"]
    assert report.counts == {"applied": 2, "no_effect": 0, "skipped": 1, "failed": 0}
    skipped = [o for o in report.outcomes if o.status == "skipped"]
    assert skipped[0].message == "pending: the date in force is to be fixed by the King"
    assert "soixante-deux ans" in article(result, "73")  # A2's words, not A3's


def test_a_later_royal_decree_fixes_the_pending_date() -> None:
    result = consolidate.consolidate(acts=chain())
    times = {(t.act, t.article): t for t in result.timeline}
    fixed = times[("L 2025-05-05/12", "2")]
    assert (fixed.date, fixed.fixed_by) == (dt.date(2025, 10, 1), "AR 2025-09-15/3")
    text = justel_article(result, "73")
    assert "fixée à [3 soixante-trois ans]3." in text
    assert "(3)<L 2025-05-05/12, art. 2, 005; En vigueur : 01-10-2025>" in text


def test_retroactive_provision_takes_effect_before_an_earlier_published_act() -> None:
    result = consolidate.consolidate(acts=chain())
    times = {(t.act, t.article): t for t in result.timeline}
    assert times[("L 2025-05-05/12", "3")].mode == "retroactive"
    assert [(s.act.act.justel_id, s.after[0].identity.version) for s in result.steps] == [
        ("L 2024-03-25/42", 2), ("L 2025-05-05/12", 3), ("L 2025-02-03/7", 4),
        ("L 2025-05-05/12", 5)]
    notes = read_notes(result.after[0], "art_12")
    assert [(n.reference, n.version, n.in_force) for n in notes] == [
        ("2024-03-25/42", "002", dt.date(2024, 1, 1)),
        ("2025-05-05/12", "003", dt.date(2025, 1, 1))]


def test_one_footnote_date_per_provision() -> None:
    result = consolidate.consolidate(acts=chain())
    dates = {(n.reference, n.article, n.in_force) for label in ("art_15", "art_73")
             for n in read_notes(result.after[0], label) if n.reference == "2025-05-05/12"}
    assert dates == {("2025-05-05/12", "1er", dt.date(2025, 7, 1)),
                     ("2025-05-05/12", "2", dt.date(2025, 10, 1))}


def test_conflict_on_the_same_unit_and_date_is_an_error_without_an_order() -> None:
    with pytest.raises(ChainConflict) as raised:
        consolidate.consolidate(acts=[embedded(), a2(), conflicting()])
    assert raised.value.code == "A007"
    assert "L 2025-02-03/7 and L 2025-02-05/9 both change loi du 2001-05-16, article 10, " \
           "1° on 2025-03-01 (not ordered)" in raised.value.message
    assert "--order FILE" in raised.value.message


@pytest.mark.parametrize("suffix, text", [
    (".toml", '# the later act goes last\norder = ["L 2025-02-05/9", "2025-02-03/7"]\n'),
    (".json", '{"order": ["loi 2025-02-05", "L 2025-02-03/7"]}'),
])
def test_an_order_file_settles_the_conflict(tmp_path: Path, suffix: str, text: str) -> None:
    file = tmp_path / f"order{suffix}"
    file.write_text(text, encoding="utf-8")
    order = read_order(file)
    result = apply_chain(consolidate.api.load_embedded(), [embedded(), a2(), conflicting()],
                         order=order)
    assert [c.settled_by for c in result.conflicts] == ["order file"]
    assert [a.act.justel_id for a in result.acts][1:] == ["L 2025-02-05/9", "L 2025-02-03/7"]
    assert "qui ont été admis à la pension" in article(result, "10")


def test_different_publication_dates_order_a_conflict() -> None:
    result = consolidate.consolidate(
        acts=[conflicting(publication=dt.date(2025, 2, 25)), a2(), embedded()])
    assert [c.settled_by for c in result.conflicts] == ["publication"]
    assert result.acts[-1].act.justel_id == "L 2025-02-05/9"


def test_bad_order_file(tmp_path: Path) -> None:
    file = tmp_path / "order.toml"
    file.write_text('order = "L 2025-02-05/9"\n', encoding="utf-8")
    with pytest.raises(InputError, match="needs order = "):
        read_order(file)


def test_target_removed_by_an_earlier_act_names_both_acts() -> None:
    with pytest.raises(RemovedByEarlierAct) as raised:
        consolidate.consolidate(acts=[after_repeal(), a2(), embedded()])
    assert raised.value.code == "A008"
    assert raised.value.message.startswith(
        "L 2025-05-02/11 (art. 1er) changes loi du 2001-05-16, article 10, 3°, which "
        "L 2025-02-03/7 (art. 2) repealed before")


def test_target_removed_by_an_earlier_act_with_keep_going() -> None:
    result = consolidate.consolidate(acts=[after_repeal(), a2(), embedded()], keep_going=True)
    report = {r.act: r for r in result.reports}["L 2025-05-02/11"]
    [failed] = report.outcomes
    assert (failed.status, failed.error_code) == ("failed", "A008")
    assert "L 2025-02-03/7 (art. 2) repealed before" in (failed.message or "")


def test_an_act_given_twice_is_refused() -> None:
    with pytest.raises(InputError, match="given twice"):
        consolidate.consolidate(acts=[a2(), a2()])


def test_inputs_are_not_modified() -> None:
    bases = consolidate.api.load_embedded()
    before = [write_justel(b) for b in bases]
    consolidate.consolidate(acts=chain(), documents=bases)
    assert [write_justel(b) for b in bases] == before


def test_single_act_through_the_chain_equals_the_applier() -> None:
    single = consolidate.consolidate()
    through = consolidate.consolidate(acts=[embedded()])
    assert [write_justel(d) for d in single.after] == [write_justel(d) for d in through.after]
    assert single.report == through.reports[0]


def test_royal_decree_alone_applies_nothing() -> None:
    result = consolidate.consolidate(acts=[royal_decree()])
    assert result.steps == ()
    assert [write_justel(d) for d in result.after] == [
        write_justel(d) for d in consolidate.api.load_embedded()]


DATA = Path(__file__).resolve().parents[1] / "data" / "chain"


A3_ENTRY = """
**Art. 4.** L'article 1er entre en vigueur le 1er juillet 2025.

L'article 2 entre en vigueur à la date fixée par le Roi, et au plus tard le 31 décembre 2026.

L'article 3 produit ses effets le 1er janvier 2025.
"""


def chain_files() -> dict[str, str]:
    """tests/data/chain/: the acts written for the tests as files (the docs' examples use
    them): single-date acts as seed Markdown, the others as their JSON."""
    from consolidate.drafter import draft_act

    return {
        "loi-2025-02-03.md": draft_act(a2()),
        "loi-2025-02-05-concurrente.md": draft_act(conflicting()),
        "loi-2025-05-05.json": a3().model_dump_json(indent=2) + "\n",
        "loi-2025-05-05.md": draft_act(a3().model_copy(update={"articles": a3().articles[:-1]}))
        + A3_ENTRY,
        "ar-2025-09-15.json": royal_decree().model_dump_json(indent=2) + "\n",
    }


def test_chain_files_are_the_test_acts() -> None:
    import os

    files = chain_files()
    if os.environ.get("CONSOLIDATE_REGEN"):
        for name, text in files.items():
            (DATA / name).write_text(text, encoding="utf-8")
    assert {name: (DATA / name).read_text(encoding="utf-8") for name in files} == files
    parsed = consolidate.parse(DATA / "loi-2025-02-03.md")
    assert [op.model_copy(update={"source": op.source.model_copy(update={"span": None})})
            for op in parsed.operations()] == a2().operations()
    assert parsed.in_force() == dt.date(2025, 3, 1)


def test_per_provision_dates_read_by_the_grammar_equal_the_model() -> None:
    from consolidate.timeline import provision_times

    parsed = consolidate.parse(DATA / "loi-2025-05-05.md")
    assert [(t.article, t.date, t.mode, t.deadline) for t in provision_times(parsed)] == [
        (t.article, t.date, t.mode, t.deadline) for t in provision_times(a3())]
    from_markdown = consolidate.consolidate(acts=[embedded(), a2(), parsed, royal_decree()])
    from_model = consolidate.consolidate(acts=chain())
    assert [write_justel(d) for d in from_markdown.after] == [
        write_justel(d) for d in from_model.after]


def test_one_act_with_a_pending_provision_through_consolidate() -> None:
    act = consolidate.parse(DATA / "loi-2025-05-05.md")
    result = consolidate.consolidate(act)  # one act: still each provision on its own date
    assert result.report.counts == {"applied": 2, "no_effect": 0, "skipped": 1, "failed": 0}
    [report] = result.reports
    assert report.counts == {"applied": 2, "no_effect": 0, "skipped": 1, "failed": 0}
    assert "d'une durée de quatre ans" in article(result, "15")
    assert "soixante ans" in article(result, "73")  # art. 2 pending: not applied


def test_a_label_the_text_model_cannot_read_is_compared_as_written() -> None:
    from chain_acts import info, words

    from consolidate.drafter import build_act

    odd = [build_act(info(dt.date(2025, 2, n), n, dt.date(2025, 2, 20), f"n° {n}"),
                     [[words("6_DROIT_FUTUR", (), "a", "b")]], in_force=dt.date(2025, 3, 1))
           for n in (1, 2)]
    with pytest.raises(ChainConflict, match="article 6_DROIT_FUTUR on 2025-03-01"):
        consolidate.consolidate(acts=odd)
