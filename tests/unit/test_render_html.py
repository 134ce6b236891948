"""The HTML redline: self-contained, escaped, one synoptic table per amended article, every
change linked to the amending provision that made it, a summary, failures shown."""

from __future__ import annotations

import re
from html import unescape

import pytest
from apply_docs import alinea, article, document
from render_cases import consolidation

from consolidate import api
from consolidate.differ import Change
from consolidate.document import dump
from consolidate.model import Report
from consolidate.renderers.html import render_html
from consolidate.renderers.words import whole_words
from consolidate.result import Consolidation


@pytest.fixture(scope="module")
def result() -> Consolidation:
    return consolidation()


@pytest.fixture(scope="module")
def page(result: Consolidation) -> str:
    return render_html(result)


def articles(page: str) -> dict[str, str]:
    """Amended article sections by id."""
    found = re.findall(r'<article class="amended" id="([^"]+)".*?</article>', page, re.S)
    bodies = re.findall(r'<article class="amended" id="[^"]+".*?</article>', page, re.S)
    return dict(zip(found, bodies, strict=True))


def test_the_page_is_self_contained(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page
    for forbidden in ("<script", "<link", "<img", "<iframe", "@import", "url(", "http://",
                      "https://", "@font-face"):
        assert forbidden not in page.lower(), forbidden
    assert 'name="viewport"' in page
    assert "@media print" in page
    assert re.search(r"@media \(max-width: [^)]+\) \{[^@]*display: block", page)


def test_the_summary_counts_acts_articles_and_outcomes(page: str) -> None:
    summary = page[page.index('<dl class="summary"'): page.index("</dl>")]
    assert "L 2024-03-25/42" in summary and "2024-01-01" in summary
    assert "16 MAI 2001. - Loi portant statut" in summary
    assert "16 MEI 2001. - Wet portant statut" in summary
    assert "10 AVRIL 2016. - Loi relative au travail à distance" in summary
    assert '<dd id="articles-touched">4</dd>' in summary
    counts = dict(re.findall(r'data-status="(\w+)"[^>]*>[^<]*<b>(\d+)</b>', summary))
    assert counts == {"applied": "6", "no_effect": "1", "skipped": "1", "failed": "1"}


def test_failures_and_skipped_operations_are_shown(page: str) -> None:
    problems = page[page.index('id="problems"'): page.index("</section>")]
    failed = re.search(r'<li class="outcome failed">.*?</li>', problems, re.S)
    assert failed and "en échec" in visible(failed.group())
    assert "les mots cités ne figurent pas" in visible(failed.group())
    assert 'title="failed A001: ' in failed.group()  # the code and message: a tooltip
    assert "introuvables" in failed.group()
    assert 'href="#prov-art_3__point_c"' in failed.group()
    skipped = re.search(r'<li class="outcome skipped">.*?</li>', problems, re.S)
    assert skipped and "le texte visé n'est pas fourni" in visible(skipped.group())
    assert "act not supplied" in skipped.group()
    no_effect = re.search(r'<li class="outcome no_effect">.*?</li>', problems, re.S)
    assert no_effect and "sans effet" in visible(no_effect.group())
    assert "nothing changed" in no_effect.group()


def visible(html_text: str) -> str:
    """The text a reader sees (tags and their attributes removed, entities decoded)."""
    return unescape(re.sub(r"<[^>]+>", "", html_text))


def test_codes_and_english_messages_are_only_in_tooltips(page: str) -> None:
    """Issue 13: a French page with raw codes and English messages. Visible words are French;
    the status, the error code and the applier's message stay in title= tooltips."""
    body = visible(page[page.index("<body>"):])
    for code in ("no_effect", "failed", "skipped", "applied", "A001", "nothing changed",
                 "not supplied", "Dutch text"):
        assert code not in body, code
    for words in ("appliquées : ", "sans effet : ", "ignorées : ", "en échec : "):
        assert words in body


def test_the_dutch_section_speaks_dutch(page: str) -> None:
    dutch = page[page.index('<section class="act" id="act-2" lang="nl">'):]
    dutch = dutch[: dutch.index("</section>")]
    assert "<h3>Artikel 10</h3>" in dutch
    assert '<th scope="col">Basistekst</th><th scope="col">Geconsolideerde tekst</th>' in dutch
    assert "Gewijzigd bij:" in dutch and "Texte de base" not in dutch
    french = page[page.index('id="act-1"'): page.index('id="act-2"')]
    assert "<h3>Article 10</h3>" in french and "Texte consolidé" in french


def test_a_page_of_dutch_texts_only_is_a_dutch_page() -> None:
    base = consolidation()
    outcomes = tuple(o for o in base.report.outcomes if o.language == "nl")
    report = Report(act=base.report.act, in_force=base.report.in_force, outcomes=outcomes)
    page = render_html(Consolidation(base.act, base.before[1:2], base.after[1:2], report))
    assert '<html lang="nl">' in page
    body = visible(page[page.index("<body>"):])
    for words in ("Wijzigende akte", "Inwerkingtreding", "Gewijzigde artikelen",
                  "toegepast: ", "Wijzigingsbepalingen", "Basistekst"):
        assert words in body, words
    for french in ("Acte modificatif", "En vigueur", "appliquées", "Texte de base",
                   "Dispositions modificatives", "Modifié par"):
        assert french not in body, french


def test_a_link_never_sticks_to_the_next_word() -> None:
    """Issue 13: "anciens [art. 2, a)]officiers": the inserted word's space came after the
    link. On the 2024 case no link is directly followed by a letter."""
    page = render_html(api.consolidate(keep_going=True))
    glued = re.findall(r'<a class="ref"[^>]*>[^<]*</a>\w{0,12}', page)
    assert glued and not [g for g in glued if re.search(r"</a>[^\W\d_]", g)]
    assert re.search(r'<ins [^>]*>anciens</ins><a class="ref"[^>]*>\[art\. 2, a\)\]</a> '
                     r"officiers", page)


def test_lines_on_one_side_only_span_both_columns() -> None:
    """Issue 13: a long consolidated column beside a short base one left large empty cells.
    Rows follow the lines both versions share; an added item or alinéa is a row across both
    columns, and no two-cell row has an empty cell."""
    page = render_html(api.consolidate(keep_going=True))
    art_10 = articles(page)["d1-art_10"]
    assert re.search(r'<tr class="inserted"><td class="after whole" colspan="2"[^>]*>'
                     r'<span class="tag">Ajouté</span> <ins [^>]*>3° à leur demande', art_10)
    for left, right in re.findall(r'<tr><td class="before"[^>]*>(.*?)</td>'
                                  r'<td class="after"[^>]*>(.*?)</td></tr>', page, re.S):
        assert visible(left).strip() and visible(right).strip()


def test_one_synoptic_table_per_amended_article_and_only_those(page: str) -> None:
    found = articles(page)
    assert set(found) == {"d1-art_10", "d1-art_11", "d2-art_10", "d3-art_3"}
    for body in found.values():
        assert body.count('<table class="synoptic"') == 1
        assert body.count('<td class="before"') == body.count('<td class="after"') >= 1
    assert "Rien ne change ici." not in page  # article 12 is untouched


def cells(article_html: str, side: str) -> str:
    """The HTML of every cell of one side (rows across both columns included)."""
    return "\n".join(re.findall(rf'<td class="{side}[^"]*"[^>]*>(.*?)</td>', article_html,
                               re.S))


def test_words_are_struck_and_inserted_whole_and_linked_to_their_provision(page: str) -> None:
    art_10 = articles(page)["d1-art_10"]
    before, after = cells(art_10, "before"), cells(art_10, "after")
    assert re.search(r'<del [^>]*>sont</del><a class="ref" href="#prov-art_2__point_a"', before)
    assert re.search(r'<ins [^>]*>ont été</ins><a class="ref" href="#prov-art_2__point_a"',
                     after)
    inserted = re.search(r'<ins [^>]*>3° les anciens officiers[^<]*</ins>(<a [^>]*>)', after)
    assert inserted and 'href="#prov-art_2__point_b"' in inserted.group(1)
    assert "<ins" not in before and "<del" not in after


def test_repealed_words_and_alineas_point_to_both_provisions(page: str) -> None:
    """Two repeals in one article: each struck passage links to its own provision, and the
    word between them ("reste"), which stays, is not struck (issue 13)."""
    art_11 = articles(page)["d1-art_11"]
    before = cells(art_11, "before")
    deleted = re.findall(r"<del [^>]*>([^<]*)</del>((?:<a [^>]*>[^<]*</a>)+)", before)
    assert [text.strip() for text, _ in deleted] == ["&amp; ancien", ".\nUn alinéa à abroger"]
    links = [re.findall(r'href="#prov-([^"]+)"', found) for _, found in deleted]
    assert links == [["art_3__point_a"], ["art_3__point_b"]]
    assert "<ins" not in art_11


def test_the_dutch_text_is_its_own_section(page: str) -> None:
    section = re.search(r'<section class="act" id="act-2" lang="nl">.*?</section>', page, re.S)
    assert section
    assert re.search(r'<del [^>]*>oud</del><a class="ref" href="#prov-art_5"', section.group())
    assert re.search(r'<ins [^>]*>nieuw</ins>', section.group())


def test_everything_is_escaped(page: str) -> None:
    assert "<quatre>" not in page
    assert re.search(r"<del [^>]*>&lt;quatre&gt;</del>", page)
    assert "&amp; ancien" in page
    for title in re.findall(r'title="([^"]*)"', page):
        assert "<" not in title and '"' not in title


def test_every_link_has_a_target_holding_the_provision_text(page: str) -> None:
    targets = set(re.findall(r'id="(prov-[^"]+)"', page))
    links = set(re.findall(r'href="#(prov-[^"]+)"', page))
    assert links and links <= targets
    provision = re.search(r'<div class="provision" id="prov-art_2__point_a">.*?</div>', page,
                          re.S)
    assert provision and "les mots &quot;qui sont mis&quot; sont remplacés" in provision.group()
    assert "l&#x27;article est complété" not in provision.group()  # only point a)
    hover = re.search(r'<a class="ref" href="#prov-art_2__point_b" title="([^"]+)"', page)
    assert hover and "complété par le 3°" in hover.group(1)


def test_rendering_is_deterministic_and_leaves_documents_alone(result: Consolidation) -> None:
    dumps = [dump(document) for document in (*result.before, *result.after)]
    assert render_html(result) == render_html(result)
    assert [dump(document) for document in (*result.before, *result.after)] == dumps
    assert api.render(result, "html") == render_html(result)


def test_nothing_changed_says_so() -> None:
    base = consolidation()
    same = Consolidation(base.act, base.before, base.before, base.report)
    page = render_html(same)
    assert "Aucun article n&#x27;est modifié." in page
    assert '<dd id="articles-touched">0</dd>' in page


def test_whole_words_widens_cut_words_and_keeps_both_texts() -> None:
    changes = [Change("equal", "qui "), Change("delete", "s"), Change("equal", "ont"),
               Change("insert", " été"), Change("equal", " mis")]
    widened = whole_words(changes)
    assert widened == [Change("equal", "qui "), Change("delete", "sont"),
                       Change("insert", "ont été"), Change("equal", " mis")]
    old = "".join(c.text for c in widened if c.op != "insert")
    new = "".join(c.text for c in widened if c.op != "delete")
    assert (old, new) == ("qui sont mis", "qui ont été mis")


def test_an_unmarked_change_falls_back_on_the_articles_provisions() -> None:
    """A base text edited without marks still links its changes to the outcomes."""
    base = consolidation()
    plain = document(article("3", alinea("Il y a cinq jours.")), date="2016-04-10",
                     title="relative au travail à distance")
    after = (base.after[0], base.after[1], plain)
    page = render_html(Consolidation(base.act, base.before, after, base.report))
    art_3 = articles(page)["d3-art_3"]
    assert re.search(r'<ins [^>]*>cinq</ins><a class="ref" href="#prov-art_4"', art_3)


def test_the_2024_case_page() -> None:
    """The embedded case: every change of every amended article links to one provision."""
    result = api.consolidate(keep_going=True)
    page = render_html(result)
    assert "<h1>25 MARS 2024. - Loi modifiant diverses dispositions" in page
    found = articles(page)
    touched = re.search(r'<dd id="articles-touched">(\d+)</dd>', page)
    assert touched and int(touched.group(1)) == len(found) >= 20
    links = r'((?:<a class="ref"[^>]*>[^<]*</a>)*)'
    changes = re.findall(r"<(ins|del) [^>]*>.*?</(?:ins|del)>" + links, page, re.S)
    assert len(changes) >= 40
    assert all(links.count('class="ref"') >= 1 for _, links in changes)
    precise = sum(links.count('class="ref"') == 1 for _, links in changes)
    assert precise / len(changes) > 0.9  # marks name the exact provision
