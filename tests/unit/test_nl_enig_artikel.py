"""Dutch "het enig artikel" (the French "l'article unique"): the only article of an act,
numbered 1 on its Justel page ("Enig artikel."). It was P007 ("geen regel leest 'enig
artikel'"); it designates the article 1 now, and applies to a page that has "Enig artikel."."""

from __future__ import annotations

from consolidate import api
from consolidate.justel import read_text, write_justel

BASE = ("3 MEI 1999. - Koninklijk besluit betreffende de taxi's\n\n"
        "Enig artikel. De vergunning geldt tien jaar.\n")

ACT = "\n".join([
    "---",
    'title: "15 APRIL 2020. - Koninklijk besluit tot wijziging van het koninklijk besluit van '
    '3 mei 1999 betreffende de taxi\'s"',
    "identifier: 2020999003",
    "language: nl",
    "---",
    "",
    "##### Artikel 1. In het enig artikel van het koninklijk besluit van 3 mei 1999 "
    "betreffende de taxi's worden de woorden \"tien\" vervangen door de woorden \"twaalf\".",
    "",
    "##### Art. 2. Het enig artikel van hetzelfde besluit wordt aangevuld met een lid, "
    "luidende:",
    '"Dit geldt ook voor de taxi\'s."',
    "",
])


def test_het_enig_artikel_designates_the_article_1() -> None:
    act = api.parse(text=ACT, keep_going=True)
    assert act.problems == ()
    assert [(op.op, op.target.article) for op in act.operations()] == [
        ("replace_words", "1"), ("insert_unit", "1")]


def test_het_enig_artikel_applies_to_a_page_with_enig_artikel() -> None:
    act = api.parse(text=ACT)
    base = read_text(BASE, source="base.txt")  # its language: read off the page
    (after,), report = api.apply([base], act)
    assert report.ok, report.outcomes
    text = write_justel(after)
    assert "Enig artikel. De vergunning geldt [1 twaalf]1 jaar." in text
    assert "[2 Dit geldt ook voor de taxi's.]2" in text
