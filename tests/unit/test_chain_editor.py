"""Chains read as a Justel editor reads them (docs/time.md): acts amending what an earlier
act of the chain inserted, replaced or renumbered; dates counted from a publication the act
does not give; an act that changed the words on the same date as another."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import consolidate
from consolidate.errors import TextNotFound
from consolidate.history import article_history, render_history
from consolidate.justel import write_justel

DATA = Path(__file__).parent.parent / "data" / "chain"


def _acts(*names: str) -> list[consolidate.AmendingAct]:
    return [consolidate.parse(DATA / name) for name in names]


def test_history_of_an_inserted_article_gives_its_act_date_and_operation() -> None:
    first, second = _acts("loi-2025-06-12.md", "loi-2025-10-03.md")
    bases = consolidate.api.load_embedded()
    chain = consolidate.consolidate(acts=[second, first], documents=bases)
    [history] = article_history(bases, chain, "10/1")
    inserted = history.versions[1]
    assert (inserted.version, inserted.act) == (2, "L 2025-06-12/3")
    assert inserted.in_force == (dt.date(2025, 7, 1),)
    assert [(o.source.article, o.op) for o in inserted.operations] == [("1er", "insert_unit")]
    text = render_history([history])
    assert ("version 002: L 2025-06-12/3, in force 2025-07-01\n"
            "  art. 1er: insert_unit on the act\n") in text
    assert "in force \n" not in text


def test_history_of_a_renumbered_article_follows_its_old_number() -> None:
    first, second = _acts("loi-2025-06-12.md", "loi-2025-10-03.md")
    bases = consolidate.api.load_embedded()
    chain = consolidate.consolidate(acts=[first, second], documents=bases)
    [old] = article_history(bases, chain, "10/1")
    assert old.versions[-1].renumbered_as == "10/2"
    assert "(renumbered: now article 10/2)" in render_history([old])
    [new] = article_history(bases, chain, "10/2")
    assert [(v.version, v.act, v.in_force) for v in new.versions] == [
        (1, None, ()), (2, "L 2025-06-12/3", (dt.date(2025, 7, 1),)),
        (3, "L 2025-10-03/5", (dt.date(2025, 10, 25),))]
    assert new.versions[1].text.startswith("Art. 10/1. Les officiers")
    assert new.versions[2].text.startswith("Art. 10/2. Les officiers de réserve du niveau A "
                                           "visés à l'article 10 peuvent être rappelés d'office")
    assert [o.source.article for o in new.versions[2].operations] == ["1er", "5"]


def test_a_date_counted_from_an_unknown_publication_is_not_printed_as_a_date() -> None:
    [act] = _acts("loi-2025-06-12-sans-publication.txt")
    chain = consolidate.consolidate(acts=[act])
    [time] = chain.timeline
    assert time.mode == "unknown"
    text = write_justel(chain.after[0])
    assert "En vigueur : 12-06-2025" not in text  # the act's date is not its date in force
    assert "(1)<L 2025-06-12, art. 1er, 002; En vigueur : indéterminée>" in text
    [outcome] = [o for r in chain.reports for o in r.outcomes]
    assert any("publication" in w and "not known" in w for w in outcome.warnings)


def test_a_date_counted_from_an_unknown_publication_is_unknown_on_a_later_date() -> None:
    [act] = _acts("loi-2025-06-12-sans-publication.txt")
    before = consolidate.consolidate(acts=[act], at=dt.date(2025, 6, 11))
    [skipped] = before.reports[0].outcomes
    assert skipped.status == "skipped" and "not yet in force" in (skipped.message or "")
    later = consolidate.consolidate(acts=[act], at=dt.date(2025, 7, 1))
    [outcome] = later.reports[0].outcomes
    assert any("not known" in w for w in outcome.warnings)


def test_words_another_act_changed_the_same_day_name_that_act() -> None:
    a1, a2, rival = (consolidate.parse(), *_acts("loi-2025-02-03.md",
                                                  "loi-2025-02-05-meme-mots.md"))
    with pytest.raises(TextNotFound) as caught:
        consolidate.consolidate(acts=[a1, rival, a2])
    message = caught.value.message
    assert "L 2025-02-03/7 (art. 3, in force 2025-03-01) changed this unit before" in message
    assert "same date" in message


def test_an_unknown_date_says_it_is_the_acts_date() -> None:
    [act] = _acts("loi-2025-06-12-sans-publication.txt")
    [time] = consolidate.consolidate(acts=[act]).timeline
    assert time.describe(dt.date(2025, 6, 1)) == (
        "L 2025-06-12 art. 1er: not yet in force on 2025-06-01 (from 2025-06-12, unknown: "
        "the act's date, its publication is not given)")


def test_three_acts_out_of_order_number_their_marks_in_the_order_of_effect() -> None:
    first, second, third = _acts("loi-2025-06-12.md", "loi-2025-10-03.md",
                                 "loi-2025-11-20.md")
    chain = consolidate.consolidate(acts=[third, second, first])
    text = write_justel(chain.after[0])
    # art. 3 of the third act takes effect (2025-09-01) before the second act (2025-10-25)
    assert "(1)<L 2025-11-20/8, art. 3, 003; En vigueur : 01-09-2025>" in text
    assert "(2)<L 2025-10-03/5, art. 2, 004; En vigueur : 25-10-2025>" in text
    assert "(1)<L 2025-11-20/8, art. 1er, 005; En vigueur : 01-01-2026>" in text
    assert "[1 fixé par arrêté délibéré en Conseil des ministres]1" in text
    pending = [o for r in chain.reports for o in r.outcomes if o.status == "skipped"]
    assert [(o.source.article, o.message) for o in pending] == [
        ("2", "pending: the date in force is to be fixed by the King")]


@pytest.mark.parametrize(("at", "words"), [
    (dt.date(2025, 6, 30), "avec son accord, effectuer"),
    (dt.date(2025, 7, 1), "[1 avec son accord écrit et préalable]1"),
    (dt.date(2025, 10, 25), "[1 avec son accord [2 écrit]2]1"),
])
def test_words_an_earlier_act_inserted_on_each_date(at: dt.date, words: str) -> None:
    first, second = _acts("loi-2025-06-12.md", "loi-2025-10-03.md")
    text = write_justel(consolidate.consolidate(acts=[second, first], at=at).after[0])
    assert words in text


def test_words_of_a_unit_inserted_then_repealed_name_both_acts() -> None:
    first, second, late = _acts("loi-2025-06-12.md", "loi-2025-10-03.md",
                                "loi-2025-07-15.md")
    with pytest.raises(consolidate.errors.RemovedByEarlierAct) as caught:
        consolidate.consolidate(acts=[late, first, second])
    assert ("L 2025-07-15/2 (art. 1er) changes loi du 2001-05-16, article 19, § 1er, "
            "alinéa 2, 4°, which L 2025-10-03/5 (art. 3) repealed before") in caught.value.message


def test_an_alinea_after_one_an_earlier_act_repealed_says_they_moved_up() -> None:
    first, second = _acts("loi-2025-06-12-abrogations.md",
                          "loi-2025-10-03-apres-abrogations.md")
    chain = consolidate.consolidate(acts=[second, first], keep_going=True)
    failed = {o.source.article: (o.error_code, o.message or "")
              for o in chain.reports[1].outcomes if o.status == "failed"}
    assert failed["1er"][0] == failed["2"][0] == "A008"  # a repealed article, alinéa
    code, message = failed["3"]
    assert code == "A003" and message.endswith(
        "article 50, alinéa 3 was repealed by L 2025-06-12/4 (art. 2): the alinéas after it "
        "are counted without it (the following ones moved up, docs/time.md)")


def test_a_retroactive_provision_citing_a_later_act_of_the_chain_is_refused() -> None:
    first, second, retro = _acts("loi-2025-06-12.md", "loi-2025-10-03.md",
                                 "loi-2025-11-20-retroactive-sur-texte-futur.md")
    with pytest.raises(consolidate.errors.ApplyError) as caught:
        consolidate.consolidate(acts=[first, second, retro])
    assert caught.value.message.startswith("L 2025-11-20/8 (art. 3)")
    assert caught.value.code == "A009"
    assert "L 2025-10-03/5 (art. 4) changes that article only from 2025-10-25" \
        in caught.value.message


def test_a_retroactive_provision_citing_a_later_act_fails_alone_with_keep_going() -> None:
    first, second, retro = _acts("loi-2025-06-12.md", "loi-2025-10-03.md",
                                 "loi-2025-11-20-retroactive-sur-texte-futur.md")
    chain = consolidate.consolidate(acts=[first, second, retro], keep_going=True)
    failed = [(r.act, o.source.article, o.error_code) for r in chain.reports
              for o in r.outcomes if o.status == "failed"]
    assert failed == [("L 2025-11-20/8", "3", "A009")]  # the later act applies, unblamed


def test_a_provision_citing_an_act_that_took_effect_before_it_applies() -> None:
    first, retro = _acts("loi-2025-06-12.md",
                         "loi-2025-11-20-retroactive-sur-texte-futur.md")
    chain = consolidate.consolidate(acts=[first, retro], keep_going=True)
    codes = {o.error_code for r in chain.reports for o in r.outcomes}
    assert "A009" not in codes  # the 12 June 2025 act (in force 2025-07-01) came first


def test_recited_dates_read_both_languages_and_a_shared_year() -> None:
    from consolidate.chain_retro import recited_dates

    assert recited_dates(["modifié par les lois des 12 juin 2025 et 3 octobre 2025"]) == {
        dt.date(2025, 6, 12), dt.date(2025, 10, 3)}
    assert recited_dates(["modifié par les lois des 12 juin et 3 octobre 2025"]) == {
        dt.date(2025, 6, 12), dt.date(2025, 10, 3)}
    assert recited_dates(["gewijzigd bij de wet van 3 oktober 2025"]) == {
        dt.date(2025, 10, 3)}
    assert recited_dates(["remplacé par la loi du 31 février 2025"]) == set()


def test_a_saved_footnote_of_undetermined_date_is_said_so_on_a_later_run() -> None:
    from consolidate.akn_reader import load_all

    first, second = _acts("loi-2025-06-12-sans-publication.txt", "loi-2025-10-03.md")
    run = consolidate.consolidate(acts=[first])
    [saved] = load_all(consolidate.render(run.only(0), "akn"))
    later = consolidate.consolidate(acts=[second], documents=[saved], at=dt.date(2025, 11, 1),
                                    keep_going=True)
    text = write_justel(later.after[0])
    assert "[text not known before ?]" not in text
    assert "[text not known: the text the page shows is in force from an undetermined date]" \
        in text
