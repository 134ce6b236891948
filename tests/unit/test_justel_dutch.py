"""Dutch Justel output: Dutch operations applied to the real Dutch Justel page of the
Strafwetboek (../shared/data/justel/code-penal-1867-nl.html, loaded with
``consolidate.load``) are marked ``[n …]n`` and footnoted as that page footnotes:
``(1)<W 2018-07-11/10, art. 2, 132; Inwerkingtreding : 30-07-2018>``.

The page's own words are the reference: the shape of its 1113 modern footnotes, the kind
letters it prints where the French page prints others (W for L, KB for AR, B for AL).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

from conftest import shared_path

import consolidate
from consolidate.document import Document
from consolidate.justel import read_text, write_justel
from consolidate.justel.footnotes import DUTCH_KINDS, format_note, parse_note
from consolidate.justel.html import read_page
from consolidate.model import (
    ActRef,
    AmendingAct,
    AmendingActInfo,
    AmendingArticle,
    EntryIntoForce,
    InsertUnit,
    NewUnit,
    Note,
    Operation,
    RepealUnit,
    ReplaceWords,
    Source,
    SourceSpan,
    Step,
    Target,
)

PAGE_NL = "data/justel/code-penal-1867-nl.html"  # in ../shared
PAGE_FR = "data/justel/code-penal-1867-fr.html"
SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=1)
INFO = AmendingActInfo(type="loi", date=dt.date(2024, 3, 25),
                       title="Wet tot wijziging van het Strafwetboek",
                       justel_reference="2024-03-25/42", publication=dt.date(2024, 4, 18))
#: a modern footnote of the Dutch page, word for word
MODERN_NOTE = re.compile(
    r"^\(\d+\)<W \d{4}-\d{2}-\d{2}/\d+, art\. \d+, \d{3}; Inwerkingtreding : "
    r"\d{2}-\d{2}-\d{4}>$")


@cache
def _page() -> Document:
    return consolidate.load(shared_path(PAGE_NL))


@cache
def page_lines() -> tuple[str, ...]:
    return tuple(read_page(shared_path(PAGE_NL).read_bytes()).lines())


def code() -> ActRef:
    """The Strafwetboek as the Justel reader identifies the page (its type and date)."""
    identity = _page().identity
    return ActRef(type=identity.type, date=identity.date)


def amend(*groups: tuple[Operation, ...], in_force: dt.date | None = dt.date(2024, 1, 1),
          info: AmendingActInfo = INFO) -> tuple[Document, str]:
    articles = [AmendingArticle(number=group[0].source.article, kind="amending", text="",
                                span=SPAN, operations=group) for group in groups]
    if in_force is not None:
        articles.append(AmendingArticle(number="9", kind="entry_into_force", text="", span=SPAN,
                                        entry_into_force=(EntryIntoForce(date=in_force),)))
    after, report = consolidate.apply([_page()], AmendingAct(act=info, articles=tuple(articles)))
    assert report.counts["applied"] == sum(len(group) for group in groups), report.outcomes
    return after[0], write_justel(after[0])


#: articles 9 and 8 of the Dutch page after the three operations (built by hand, or parsed
#: from a Dutch act: the same output), in Justel's Dutch layout
AMENDED_9 = (
    "Art. 9. <W 1996-07-10/42, art. 6, 018;  Inwerkingtreding :  11-08-1996> Tijdelijke "
    "opsluiting wordt uitgesproken voor [2 een periode]2 van :\n"
    "1° vijf tot tien jaar;\n2° tien tot vijftien jaar;\n3° vijftien tot twintig jaar;\n"
    "4° [3 ...]3\n[1 5° dertig tot veertig jaar.]1\n----------\n"
    "(1)<W 2016-02-05/11, art. 2, 114; Inwerkingtreding : 29-02-2016>\n"
    "(2)<W 2024-03-25/42, art. 2, 137; Inwerkingtreding : 01-01-2024>\n"
    "(3)<W 2024-03-25/42, art. 3, 137; Inwerkingtreding : 01-01-2024>")
AMENDED_8 = (
    "Art. 8. <W 1996-07-10/42, art. 5, 018;  Inwerkingtreding :  11-08-1996> Opsluiting "
    "is levenslang of tijdelijk.\n[1 Levenslange opsluiting wordt niet uitgesproken.]1\n"
    "----------\n(1)<W 2024-03-25/42, art. 4, 137; Inwerkingtreding : 01-01-2024>")


def block(justel: str, label: str) -> str:
    """An article of the Justel output, up to the blank line after its footnotes."""
    start = justel.index(f"\nArt. {label}. ") + 1
    return justel[start:].split("\n\n", 1)[0]


def test_the_page_is_dutch_and_its_footnotes_have_one_shape() -> None:
    document = _page()
    assert document.identity.language == "nl"
    assert document.identity.version == 136
    notes = [line for line in page_lines() if re.match(r"^\(\d+\)<", line)]
    modern = [line for line in notes if MODERN_NOTE.match(line)]
    assert len(modern) >= 200  # most footnotes are of this shape; the rest add remarks
    assert "(1)<W 2018-07-11/10, art. 2, 132; Inwerkingtreding : 30-07-2018>" in modern


def test_dutch_operations_on_the_strafwetboek_are_marked_and_footnoted() -> None:
    wording = ReplaceWords(source=Source(article="2"), language="nl", old="een termijn",
                           new="een periode", target=Target(act=code(), article="9",
                                                            path=(Step(unit="intro"),)))
    repeal = RepealUnit(source=Source(article="3"), language="nl", target=Target(
        act=code(), article="9", path=(Step(unit="point", label="4°"),)))
    added = InsertUnit(source=Source(article="4"), language="nl", announced_count=1,
                       target=Target(act=code(), article="8"),
                       new=(NewUnit(kind="alinea", text="Levenslange opsluiting wordt niet "
                                    "uitgesproken."),))
    document, justel = amend((wording,), (repeal,), (added,))
    assert document.identity.version == 137
    assert block(justel, "9") == AMENDED_9
    assert block(justel, "8") == AMENDED_8
    for line in block(justel, "9").splitlines()[-2:]:
        assert MODERN_NOTE.match(line), line  # the page's own shape, word for word
    # the output reads back: the new notes are structured W notes
    again = read_text(justel).article("9")
    assert again is not None
    reread = read_text(justel)
    assert write_justel(reread) == justel


def test_a_pending_date_and_a_royal_decree_in_dutch_words() -> None:
    decree = INFO.model_copy(update={"type": "arrêté royal", "justel_reference": "2024-05-02/07",
                                     "publication": None})
    wording = ReplaceWords(source=Source(article="1"), language="nl",
                           old="levenslang of tijdelijk", new="levenslang of voor een termijn",
                           target=Target(act=code(), article="8"))
    _, justel = amend((wording,), in_force=None, info=decree)
    assert block(justel, "8").endswith(
        "(1)<KB 2024-05-02/07, art. 1, 137; Inwerkingtreding : onbepaald>")


def test_the_dutch_kind_letters_are_the_pages() -> None:
    """Where the French page prints AL and AR, the Dutch page prints B and KB (same refs)."""
    french = read_page(shared_path(PAGE_FR).read_bytes()).lines()
    kinds: Counter[tuple[str, str]] = Counter()
    pattern = re.compile(r"<([A-Z]+) (\d{2}-\d{2}-\d{4}|\d{4}-\d{2}-\d{2}/\d+)")
    dutch_refs = {m[2]: m[1] for line in page_lines() for m in pattern.finditer(line)}
    for line in french:
        for match in pattern.finditer(line):
            if match[2] in dutch_refs:
                kinds[(match[1], dutch_refs[match[2]])] += 1
    for french_kind in ("L", "AL"):
        counts = {dutch: n for (fr, dutch), n in kinds.items() if fr == french_kind}
        most = max(counts, key=lambda kind: counts[kind])
        assert DUTCH_KINDS[french_kind] == most, counts
    assert kinds[("L", "W")] > 1000 and kinds[("AL", "B")] >= 5
    assert DUTCH_KINDS["AR"] == "KB"  # the page prints KB once, AR once (dutch.md: KB)


def test_composed_dutch_notes() -> None:
    note = Note(number=2, kind="AL", reference="11-10-1916", article="1")
    assert format_note(note, "nl") == "(2)<B 11-10-1916, art. 1>"
    pending = Note(number=1, kind="L", reference="2024-03-25/42", article="2", version="002",
                   in_force_text="indéterminée")
    assert format_note(pending, "nl") == (
        "(1)<W 2024-03-25/42, art. 2, 002; Inwerkingtreding : onbepaald>")
    assert format_note(pending) == "(1)<L 2024-03-25/42, art. 2, 002; En vigueur : indéterminée>"
    decree = parse_note(1, "DECR. 2020-01-30/12, art. 3, 004; Inwerkingtreding : 01-02-2020")
    assert (decree.kind, decree.reference, decree.version) == ("DECR.", "2020-01-30/12", "004")


#: a Dutch amending act in the formulas of ../shared/design/dutch.md, citing the Code by its
#: Dutch name ("van het Strafwetboek", "van hetzelfde Wetboek")
DUTCH_ACT = """---
title-nl: "Wet tot wijziging van het Strafwetboek"
date: 2024-03-25
case: 2024-03-25/42
publication: 2024-04-18
---

**Artikel 1.** Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.

**Art. 2.** In artikel 9 van het Strafwetboek worden de woorden "een termijn" vervangen
door de woorden "een periode".

**Art. 3.** In artikel 9 van hetzelfde Wetboek wordt de bepaling onder 4° opgeheven.

**Art. 4.** Artikel 8 van het Strafwetboek wordt aangevuld met een lid, luidende:

"Levenslange opsluiting wordt niet uitgesproken.".

**Art. 5.** Deze wet treedt in werking op 1 januari 2024.
"""


def test_the_page_is_the_strafwetboek_its_citations_name() -> None:
    # the title line "8 JUNI 1867. - STRAFWETBOEK." names the Code pénal, as "van het
    # Strafwetboek" does (ActRef.code is the Code's French name); so does the French page
    page = _page()
    assert page.identity.aliases == ("Code pénal",)
    assert page.identity.matches(ActRef(type="code", code="Code pénal"))
    french = consolidate.load(shared_path(PAGE_FR)).identity
    assert french.aliases == ("Code pénal",)
    assert not page.identity.matches(ActRef(type="code", code="Code judiciaire"))


def test_a_dutch_act_applied_to_the_dutch_strafwetboek() -> None:
    act = consolidate.parse(text=DUTCH_ACT)
    assert [op.target.act.code for op in act.operations()] == ["Code pénal"] * 3
    assert {op.language for op in act.operations()} == {"nl"}
    after, report = consolidate.apply([_page()], act)
    assert report.counts["applied"] == 3, report.outcomes
    justel = write_justel(after[0])
    assert block(justel, "9") == AMENDED_9
    assert block(justel, "8") == AMENDED_8
