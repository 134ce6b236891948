"""The 2024 case end to end: the embedded law applied to the embedded base models."""

from __future__ import annotations

import datetime as dt
from functools import cache

from consolidate import api
from consolidate.address import resolve_address
from consolidate.document import Document, alineas_of, article_lines, dump, render_text, text_of
from consolidate.result import Consolidation


@cache
def result() -> Consolidation:
    return api.consolidate()


def doc(date: str, language: str = "fr") -> Document:
    for after in result().after:
        identity = after.identity
        if identity.date.isoformat() == date and identity.language == language:
            return after
    raise AssertionError(f"no document {date} {language}")


def article(document: Document, label: str) -> str:
    node = document.article(label)
    assert node is not None
    return "\n".join(article_lines(node))


LAW_2001, LAW_2016 = "2001-05-16", "2016-04-10"


def test_report_counts() -> None:
    report = result().report
    assert report.act == "L 2024-03-25/42"
    assert report.in_force == dt.date(2024, 1, 1)
    assert len(report.outcomes) == 40
    assert report.counts == {"applied": 39, "no_effect": 1, "skipped": 0, "failed": 0}
    assert [o.source.article for o in report.outcomes if o.status == "no_effect"] == ["21"]


def test_art_10() -> None:
    text = article(doc(LAW_2001), "10")
    assert ("les anciens officiers de carrière du niveau A qui ont été mis à la pension pour "
            "une autre raison que l'inaptitude physique") in text
    assert "\n3° à leur demande" in text
    assert "visés au 2°, après que" in text  # quoted double space folded


def test_art_15_comma_splice() -> None:
    text = article(doc(LAW_2001), "15")
    assert (", selon le cas, son engagement comme candidat militaire de réserve ou son "
            "rengagement comme militaire de réserve ne soit pas suspendu") in text
    assert " , selon le cas" not in text


def test_art_16_has_12_alineas() -> None:
    node = doc(LAW_2001).article("16")
    assert node is not None
    assert len(alineas_of(node)) == 12
    assert text_of(resolve_address(doc(LAW_2001), "article 16, alinéa 12")).startswith(
        "Dans le cas où l'ancien candidat militaire de réserve")


def test_art_18_pre_article_numbering() -> None:
    text = article(doc(LAW_2001), "18")
    assert "l'article 16, alinéa 6" in text
    assert "l'article 16, alinéa 3" not in text


def test_art_39_repealed() -> None:
    assert "Art. 39. (abrogé)" in render_text(doc(LAW_2001))


def test_art_73_nouvel() -> None:
    text = article(doc(LAW_2001), "73")
    assert "nouvel" in text and " nouveau " not in text


def test_art_76() -> None:
    assert "10, 10bis, 11, 11bis, 12 et 58" in article(doc(LAW_2001), "76")


def test_2016_art_2() -> None:
    text = article(doc(LAW_2016), "2")
    assert "du cadre actif" not in text
    assert "les candidats militaires et les candidats militaires de réserve qui se trouvent" in text


def test_2016_art_3_ends_with_new_alinea() -> None:
    node = doc(LAW_2016).article("3")
    assert node is not None
    last = text_of(alineas_of(node)[-1])
    assert last.startswith('La notion de "candidat militaire de réserve" est utilisée')
    assert "2°, 2/1° et 3°," in last
    assert "  " not in last


def test_dutch_only_operations() -> None:
    nl = doc(LAW_2001, "nl")
    assert "reserveonderofficier in" in article(nl, "47")
    assert "wordt" in text_of(resolve_address(nl, "article 28, phrase liminaire"))


def test_art_9_12_22_and_21() -> None:
    law = doc(LAW_2001)
    assert "visée à l'article 16, alinéa 6." in article(law, "26")
    node = law.article("72")
    assert node is not None and len(alineas_of(node)) == 5
    assert "n'a pas un engagement ou rengagement suspendu." in article(law, "72")
    assert "des sous-officiers de" in article(law, "62bis")


def test_art_14_sentence_repealed_and_alineas_added() -> None:
    text = article(doc(LAW_2001), "38")
    assert "Le Roi fixe les conditions dans lesquelles ces prestations" not in text
    assert "les 36 mois" in text


def test_inputs_unchanged() -> None:
    bases = api.load_embedded()
    before = [dump(base) for base in bases]
    api.apply(bases, api.parse())
    assert [dump(base) for base in bases] == before


def test_before_entry_into_force_bases_unchanged() -> None:
    bases = api.load_embedded()
    after, report = api.apply(bases, api.parse(), at=dt.date(2023, 12, 31))
    assert [dump(a) for a in after] == [dump(b) for b in bases]
    assert report.counts["skipped"] == 40


def test_dutch_only_operations_leave_french_byte_identical() -> None:
    act = api.parse()
    dutch = [
        article.model_copy(update={"operations": tuple(o for o in article.operations
                                                       if o.language == "nl")})
        for article in act.articles
    ]
    only_dutch = act.model_copy(update={"articles": tuple(dutch)})
    assert len(only_dutch.operations()) == 2
    bases = api.load_embedded()
    after, report = api.apply(bases, only_dutch)
    assert report.counts["applied"] == 2
    assert dump(after[0]) == dump(bases[0])
    assert dump(after[2]) == dump(bases[2])
    assert dump(after[1]) != dump(bases[1])


def test_meme_loi_targets_the_2016_law() -> None:
    outcome = result().report.outcomes[39]
    assert outcome.source.article == "26"
    assert outcome.target.act.date == dt.date(2016, 4, 10)
    assert outcome.touched == ("art_3__alinea_2",)
