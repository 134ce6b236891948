"""Act-level operations on the real Justel page of the Code pénal
(../shared/data/justel/code-penal-1867-fr.html) (books, titles, chapters,
sections, 774 articles): insert article 10/1, repeal a range and a chapter, replace an
intitulé, renumber, restore — and the Justel output marks them as Justel does."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from consolidate.address_acts import division_label, find_divisions
from consolidate.api import load
from consolidate.applier import apply
from consolidate.document import Document, akn, cns, is_removed, label_of, label_text
from consolidate.errors import (
    AmbiguousTarget,
    LabelConflict,
    TargetNotFound,
    TextNotFound,
    UnsupportedOperation,
)
from consolidate.justel import write_justel
from consolidate.model import (
    ActRef,
    AmendingAct,
    AmendingActInfo,
    AmendingArticle,
    AppendWords,
    InsertUnit,
    NewUnit,
    Operation,
    Renumber,
    RepealUnit,
    ReplaceUnit,
    ReplaceWords,
    RestoreUnit,
    Source,
    SourceSpan,
    Step,
    Target,
)

PAGE = "data/justel/code-penal-1867-fr.html"  # in ../shared (the tests skip without it)
CODE = ActRef(type="code", date=dt.date(1867, 6, 8))
INFO = AmendingActInfo(type="loi", date=dt.date(2025, 1, 10), title="modifiant le Code pénal",
                       justel_reference="2025-01-10/01", publication=dt.date(2025, 1, 20))
SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=2)
BOOK_1 = Step(unit="book", label="1")


_PAGES: dict[str, Document] = {}


@pytest.fixture(autouse=True)
def _page_loaded(shared: Callable[[str], Path]) -> None:
    """The page, read once (every test skips, saying why, without the shared data)."""
    if PAGE not in _PAGES:
        _PAGES[PAGE] = load(shared(PAGE))


def _page() -> Document:
    return _PAGES[PAGE]


def code() -> Document:
    return _page().copy()


def act(*ops: Operation) -> AmendingAct:
    """One amending article per operation (article 1, 2, ...)."""
    return AmendingAct(act=INFO, articles=tuple(
        AmendingArticle(number=str(n), kind="amending", text="…", span=SPAN, operations=(op,))
        for n, op in enumerate(ops, 1)))


def src(article: str = "1") -> Source:
    return Source(article=article)


def run(*ops: Operation) -> tuple[Document, str]:
    out, report = apply([code()], act(*ops))
    assert report.ok and report.counts["applied"] == len(ops), report
    return out[0], write_justel(out[0])


def block(justel: str, first_line: str) -> list[str]:
    """The lines of a Justel text from ``first_line`` to the next blank line."""
    lines = justel.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(first_line))
    end = lines.index("", start)
    return lines[start:end]


def test_the_code_penal_articles_are_in_label_order() -> None:
    """The order the label placement relies on is the real one: 442 < 442/1 < 442bis and
    433bis < 433bis/1 < 433ter (every article of the page, in document order)."""
    labels = [label_of(a) for a in _page().articles()]
    disorder = [(a.text, b.text) for a, b in itertools.pairwise(labels) if not a < b]
    assert disorder == []
    texts = [label.text for label in labels]
    assert texts[texts.index("442"):texts.index("442") + 3] == ["442", "442/1", "442bis"]
    assert texts[texts.index("433bis"):texts.index("433bis") + 3] == ["433bis", "433bis/1",
                                                                      "433ter"]


def test_insert_article_10_1_by_label() -> None:
    op = InsertUnit(source=src(), target=Target(act=CODE), position="label",
                    new=(NewUnit(kind="article", label="10/1",
                                 text="Le juge peut prononcer une peine de travail."),))
    out, justel = run(op)
    labels = [label_text(a) for a in out.articles()]
    assert labels[labels.index("10"):labels.index("10") + 3] == ["10", "10/1", "11"]
    new = out.article("10/1")
    assert new is not None and new.get("eId") == "art_10-1"
    assert new.getparent() is out.article("10").getparent()  # the chapter of article 10
    assert block(justel, "Art. 10/1.") == [
        "Art. 10/1. [1 Le juge peut prononcer une peine de travail.]1",
        "----------",
        "(1)<Inséré par L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>",
    ]


def test_insert_article_with_paragraphs_after_an_anchor() -> None:
    article = NewUnit(kind="article", label="442/2", text="", children=(
        NewUnit(kind="paragraph", label="1er", text="Est puni quiconque :", children=(
            NewUnit(kind="point", label="1°", text="a pénétré;"),
            NewUnit(kind="point", label="2°", text="a séjourné."))),
        NewUnit(kind="paragraph", label="2", text="La tentative est punie."),
    ))
    op = InsertUnit(source=src(), target=Target(act=CODE), position="after",
                    anchor=Step(unit="article", label="442/1"), new=(article,))
    out, justel = run(op)
    assert block(justel, "Art. 442/2.")[:5] == [
        "Art. 442/2. [1 § 1er. Est puni quiconque :", "1° a pénétré;", "2° a séjourné.",
        "§ 2. La tentative est punie.]1", "----------"]
    assert out.article("442/2").get("eId") == "art_442-2"
    item = out.root.find(f".//{akn('article')}[@eId='art_442-2']//{akn('point')}")
    assert item is not None and item.get("eId") == "art_442-2__para_1__alinea_1__point_1"


@pytest.mark.parametrize(("label", "message"), [
    ("10", "already exists"),
    ("13", "already exists"),  # a tombstone: "(Abrogé)" — reusing it needs "rétabli"
])
def test_insert_an_existing_or_repealed_number_is_refused(label: str, message: str) -> None:
    op = InsertUnit(source=src(), target=Target(act=CODE), position="label",
                    new=(NewUnit(kind="article", label=label, text="x"),))
    with pytest.raises(LabelConflict, match=message):
        apply([code()], act(op))


def test_insert_after_an_anchor_must_keep_the_order() -> None:
    op = InsertUnit(source=src(), target=Target(act=CODE), position="after",
                    anchor=Step(unit="article", label="10"),
                    new=(NewUnit(kind="article", label="12/1", text="x"),))
    with pytest.raises(LabelConflict, match="article 11 follows it"):
        apply([code()], act(op))


def test_repeal_a_range_of_articles() -> None:
    op = RepealUnit(source=src(), target=Target(act=CODE, article="44", article_until="46"))
    out, justel = run(op)
    for label in ("44", "45", "46"):
        assert is_removed(out.article(label))
    assert block(justel, "Art. 44.") == [
        "Art. 44. [1 ...]1", "----------",
        "(1)<L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>"]
    assert block(justel, "Art. 46.")[0] == "Art. 46. [2 ...]2"  # its note (1): rétabli par
    assert block(justel, "Art. 46.")[-1] == (
        "(2)<L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>")


def test_a_range_expands_over_bis_and_slash_labels() -> None:
    op = RepealUnit(source=src(), target=Target(act=CODE, article="442", article_until="443"))
    _, report = apply([code()], act(op))
    assert report.outcomes[0].touched == (
        "art_442", "art_442-1", "art_442bis", "art_442ter", "art_442quater", "art_443")


def test_a_range_with_a_missing_end_is_refused() -> None:
    op = RepealUnit(source=src(), target=Target(act=CODE, article="44", article_until="46bis"))
    with pytest.raises(TargetNotFound, match="article 46bis does not exist"):
        apply([code()], act(op))


def test_repeal_a_chapter() -> None:
    chapter = Target(act=CODE, divisions=(BOOK_1, Step(unit="chapter", label="IV")))
    out, justel = run(RepealUnit(source=src(), target=chapter))
    division = find_divisions(out, chapter.divisions, removed=True)
    assert is_removed(division)
    assert [label_text(a) for a in division.iter(akn("article"))] == ["51", "52", "53"]
    assert all(is_removed(a) for a in division.iter(akn("article")))
    assert block(justel, "CHAPITRE IV. [1") == [
        "CHAPITRE IV. [1 ...]1", "----------",
        "(1)<L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>"]
    assert block(justel, "Art. 51.")[0] == "Art. 51. [1 ...]1"
    with pytest.raises(TargetNotFound, match="has been repealed"):
        apply([out], act(RepealUnit(source=src(), target=chapter)))


def test_a_chapter_without_its_book_is_ambiguous() -> None:
    op = RepealUnit(source=src(), target=Target(
        act=CODE, divisions=(Step(unit="chapter", label="IV"),)))
    with pytest.raises(AmbiguousTarget, match=r"ambiguous: .* chapitres IV") as info:
        apply([code()], act(op))
    assert info.value.code == "A002"


def test_replace_the_heading_of_a_chapter() -> None:
    heading = Target(act=CODE, divisions=(BOOK_1, Step(unit="chapter", label="V")),
                     path=(Step(unit="heading"),))
    _out, justel = run(ReplaceUnit(source=src(), target=heading,
                                  new=(NewUnit(kind="heading", text="De la récidive légale"),)))
    assert block(justel, "CHAPITRE V.")[:3] == [
        "CHAPITRE V. [1 De la récidive légale]1", "----------",
        "(1)<L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>"]
    words = ReplaceWords(source=src(), target=heading, old="RECIDIVE", new="RÉCIDIVE")
    _, justel = run(words)
    assert block(justel, "CHAPITRE V.")[0] == "CHAPITRE V. - DE LA [1 RÉCIDIVE]1."


def test_replace_the_title_of_the_code() -> None:
    title = Target(act=CODE, path=(Step(unit="heading"),))
    out, justel = run(ReplaceWords(source=src(), target=title, old="PENAL", new="PÉNAL"))
    assert out.identity.title == "PÉNAL."
    assert justel.splitlines()[0] == (
        # the type as the page writes it ("CODE PENAL."; "Code PENAL." before 2026-12-03)
        "8 JUIN 1867. - [CODE PÉNAL.] <Intitulé modifié par L 2025-01-10/01, art. 1, 137; "
        "En vigueur : 30-01-2025>")
    assert out.root.find(f".//{akn('FRBRname')}").get("value") == "PÉNAL."


def test_renumber_an_article_keeps_its_notes() -> None:
    out, justel = run(Renumber(source=src(), target=Target(act=CODE, article="57bis"),
                               new_label="57ter"))
    assert out.article("57bis") is None and out.article("57ter").get("eId") == "art_57ter"
    assert block(justel, "Art. 57ter.") == [
        "Art. 57ter. ([2 ancien art. 57bis renuméroté en nouvel art. 57ter]2) [1 Les règles "
        "établies pour la récidive, prévues aux articles 54 à 56, sont appliquées en cas de "
        "condamnation antérieure prise en compte conformément à l'article 99bis.]1",
        "----------",
        "(1)<Inséré par L 2014-04-25/23, art. 60, 104; En vigueur : 24-05-2014>",
        "(2)<L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>"]


def test_renumber_out_of_order_is_refused() -> None:
    op = Renumber(source=src(), target=Target(act=CODE, article="57bis"), new_label="56bis")
    with pytest.raises(LabelConflict, match="out of order"):
        apply([code()], act(op))
    taken = op.model_copy(update={"new_label": "58"})
    with pytest.raises(LabelConflict, match="that number is taken"):
        apply([code()], act(taken))


def test_restore_a_repealed_article() -> None:
    op = RestoreUnit(source=src(), target=Target(act=CODE, article="13"),
                     new=(NewUnit(kind="article", label="13", text="La peine est rétablie."),))
    out, justel = run(op)
    assert not is_removed(out.article("13"))
    assert block(justel, "Art. 13.") == [
        "Art. 13. [1 La peine est rétablie.]1", "----------",
        "(1)<rétabli par L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>"]
    with pytest.raises(TargetNotFound, match="not repealed"):
        apply([code()], act(op.model_copy(update={"target": Target(act=CODE, article="12")})))


def test_insert_a_chapter_with_its_articles() -> None:
    chapter = NewUnit(kind="chapter", label="XI/1", text="Des peines nouvelles", children=(
        NewUnit(kind="article", label="100quater", text="Première règle."),
        NewUnit(kind="article", label="100quinquies", text="Seconde règle."),
    ))
    op = InsertUnit(source=src(), target=Target(act=CODE, divisions=(BOOK_1,)),
                    position="end", new=(chapter,))
    early = chapter.model_copy(update={"children": (chapter.children[0].model_copy(
        update={"label": "99ter"}),)})
    with pytest.raises(LabelConflict, match="does not follow article 100ter"):
        apply([code()], act(op.model_copy(update={"new": (early,)})))  # book 1 ends with 100ter
    out, justel = run(op)
    assert block(justel, "CHAPITRE XI/1.") == [
        "CHAPITRE XI/1. [1 - Des peines nouvelles]1", "----------",
        "(1)<Inséré par L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>"]
    assert block(justel, "Art. 100quater.")[0] == "Art. 100quater. [1 Première règle.]1"
    new = find_divisions(out, (BOOK_1, Step(unit="chapter", label="XI/1")))
    assert new.get("eId") == "book_1__chp_12" and new.get(cns("mark")) == "1"
    assert division_label("XI/1") > division_label("XI")


def test_a_failed_structural_operation_changes_nothing() -> None:
    base = code()
    before = write_justel(base)
    good = RepealUnit(source=src(), target=Target(act=CODE, article="44", article_until="46"))
    bad = InsertUnit(source=src("2"), target=Target(act=CODE), position="label",
                     new=(NewUnit(kind="article", label="10", text="x"),))
    out, report = apply([base], act(good, bad), keep_going=True)
    assert report.counts == {"applied": 1, "no_effect": 0, "skipped": 0, "failed": 1}
    assert report.outcomes[1].error_code == "A004"
    assert write_justel(base) == before  # the input is never changed
    assert is_removed(out[0].article("44")) and out[0].article("10").get(cns("mark")) is None


def test_a_chapter_that_does_not_exist_says_what_there_is() -> None:
    op = RepealUnit(source=src(), target=Target(
        act=CODE, divisions=(BOOK_1, Step(unit="chapter", label="XX"))))
    with pytest.raises(TargetNotFound, match="has chapitres I, II, III") as info:
        apply([code()], act(op))
    assert info.value.code == "A003"


def test_replace_a_whole_chapter() -> None:
    chapter = Target(act=CODE, divisions=(BOOK_1, Step(unit="chapter", label="IV")))
    quoted = NewUnit(kind="chapter", label="IV", text="De la tentative", children=(
        NewUnit(kind="article", label="51", text="La tentative est punissable."),
        NewUnit(kind="article", label="53", text="La tentative de contravention n'est pas "
                                                  "punie."),
        NewUnit(kind="article", label="53bis", text="Le Roi précise."),
    ))
    out, justel = run(ReplaceUnit(source=src(), target=chapter, new=(quoted,)))
    assert block(justel, "CHAPITRE IV. [1")[0] == "CHAPITRE IV. [1 De la tentative]1"
    assert block(justel, "Art. 51.")[0] == "Art. 51. [1 La tentative est punissable.]1"
    assert block(justel, "Art. 52.")[0] == "Art. 52. [2 ...]2"  # not quoted: repealed (its note 2)
    assert block(justel, "Art. 53bis.") == [
        "Art. 53bis. [1 Le Roi précise.]1", "----------",
        "(1)<Inséré par L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>"]
    labels = [label_text(a) for a in find_divisions(out, chapter.divisions).iter(akn("article"))]
    assert labels == ["51", "52", "53", "53bis"]
    other = quoted.model_copy(update={"label": "V"})
    with pytest.raises(LabelConflict, match="numbered V"):
        apply([code()], act(ReplaceUnit(source=src(), target=chapter, new=(other,))))
    clash = quoted.model_copy(update={"children": (
        NewUnit(kind="article", label="54", text="x"),)})
    with pytest.raises(LabelConflict, match="exists outside"):
        apply([code()], act(ReplaceUnit(source=src(), target=chapter, new=(clash,))))


def test_renumber_a_chapter_keeps_the_marks_of_its_line() -> None:
    chapter = Target(act=CODE, divisions=(BOOK_1, Step(unit="chapter", label="XI")))
    out, justel = run(Renumber(source=src(), target=chapter, new_label="XII"))
    assert block(justel, "CHAPITRE XII.")[0] == (
        "CHAPITRE XII. ([2 ancien chapitre XI renuméroté en nouveau chapitre XII]2) [1 - De la "
        "prise en compte des condamnations prononcées par les juridictions pénales d'autres "
        "Etats]1")
    assert block(justel, "CHAPITRE XII.")[-2:] == [
        "(1)<Inséré par L 2014-04-25/23, art. 61, 104; En vigueur : 24-05-2014>",
        "(2)<L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>"]
    assert find_divisions(out, (BOOK_1, Step(unit="chapter", label="12"))).get("eId") == \
        "book_1__chp_11"
    with pytest.raises(LabelConflict, match="out of order"):
        apply([code()], act(Renumber(source=src(), target=chapter, new_label="IXbis")))
    with pytest.raises(LabelConflict, match="taken"):
        apply([code()], act(Renumber(source=src(), target=chapter, new_label="IX")))


def test_words_in_a_heading_with_marks_are_refused() -> None:
    """'CHAPITRE XI. - Du mariage forcé [1 et de la cohabitation légale forcée]1. <L …>' (book
    2): its marks live only in the line the reader kept; changing words would lose them."""
    heading = Target(act=CODE, divisions=(
        Step(unit="book", label="2"), Step(unit="title", label="VII"),
        Step(unit="chapter", label="XI")), path=(Step(unit="heading"),))
    op = ReplaceWords(source=src(), target=heading, old="forcé", new="imposé")
    with pytest.raises(UnsupportedOperation, match="replace the whole heading"):
        apply([code()], act(op))
    whole = ReplaceUnit(source=src(), target=heading,
                        new=(NewUnit(kind="heading", text="Du mariage imposé."),))
    _, justel = run(whole)
    lines = justel.splitlines()
    at = lines.index("CHAPITRE XI. [2 Du mariage imposé.]2")  # its footnote 1 stays
    assert lines[at + 1:at + 4] == [
        "----------",
        "(1)<L 2013-06-02/08, art. 13, 098; En vigueur : 03-10-2013>",
        "(2)<L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>"]


def test_a_heading_is_inserted_into_a_division_without_one() -> None:
    """A chapter inserted without a heading is given one later ("il est inséré un
    intitulé"): the heading's mark sits inside the division's."""
    chapter = NewUnit(kind="chapter", label="XI/1", text="", children=(
        NewUnit(kind="article", label="100quater", text="Règle."),))
    book = Target(act=CODE, divisions=(BOOK_1,))
    out, _ = run(InsertUnit(source=src(), target=book, new=(chapter,)))
    named = Target(act=CODE, divisions=(BOOK_1, Step(unit="chapter", label="XI/1")))
    heading = InsertUnit(source=src(), target=named,
                         new=(NewUnit(kind="heading", text="Des règles nouvelles"),))
    again, report = apply([out], act(heading))
    assert report.ok
    assert "[1 CHAPITRE XI/1.]1" in write_justel(out).splitlines()
    lines = write_justel(again[0]).splitlines()
    at = lines.index("CHAPITRE XI/1. [1 - [2 Des règles nouvelles]2]1")
    assert lines[at + 2:at + 4] == [
        "(1)<Inséré par L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>",
        "(2)<L 2025-01-10/01, art. 1, 138; En vigueur : 30-01-2025>"]
    with pytest.raises(UnsupportedOperation, match="has a heading already"):
        apply([again[0]], act(heading))


def test_the_dutch_page_gets_the_dutch_forms(shared: Callable[[str], Path]) -> None:
    """The Strafwetboek: "Ingevoegd bij W …" footnotes, HOOFDSTUK numbers, Dutch renumbering."""
    dutch = load(shared("data/justel/code-penal-1867-nl.html"))
    assert dutch.identity.language == "nl"
    code = ActRef(type=dutch.identity.type, date=dt.date(1867, 6, 8))  # as the reader reads it
    insert = InsertUnit(source=src(), target=Target(act=code), position="label", language="nl",
                        new=(NewUnit(kind="article", label="10/1", text="De rechter kan."),))
    renumber = Renumber(source=src("2"), target=Target(act=code, article="57bis"),
                        new_label="57ter", language="nl")
    chapter = NewUnit(kind="chapter", label="XI/1", text="Nieuwe regels", children=(
        NewUnit(kind="article", label="100quater", text="Regel."),))
    division = InsertUnit(source=src("3"), target=Target(act=code, divisions=(BOOK_1,)),
                          language="nl", new=(chapter,))
    out, report = apply([dutch], act(insert, renumber, division))
    assert report.ok, report
    justel = write_justel(out[0])
    assert block(justel, "Art. 10/1.") == [
        "Art. 10/1. [1 De rechter kan.]1", "----------",
        "(1)<Ingevoegd bij W 2025-01-10/01, art. 1, 137; Inwerkingtreding : 30-01-2025>"]
    assert block(justel, "Art. 57ter.")[0].startswith(
        "Art. 57ter. ([2 oud art. 57bis hernummerd tot art. 57ter]2) [1 ")
    assert "HOOFDSTUK XI/1. [1 - Nieuwe regels]1" in justel.splitlines()


def test_words_replaced_every_time_in_a_chapter() -> None:
    """"Dans le chapitre IV du livre 1er, le mot "crime" est chaque fois remplacé …": every
    article of the chapter where it occurs, each with its own footnote."""
    chapter = Target(act=CODE, divisions=(BOOK_1, Step(unit="chapter", label="IV")))
    op = ReplaceWords(source=src(), target=chapter, old="crime", new="fait", every=True)
    out, report = apply([code()], act(op))
    assert report.outcomes[0].touched[:2] == ("art_51__alinea_1", "art_52__alinea_1")
    justel = write_justel(out[0])
    assert block(justel, "Art. 51.")[0].startswith(
        "Art. 51. Il y a tentative punissable lorsque la résolution de commettre un [1 fait]1 "
        "ou un délit")
    assert block(justel, "Art. 52.")[-1] == (
        "(2)<L 2025-01-10/01, art. 1, 137; En vigueur : 30-01-2025>")
    once = op.model_copy(update={"every": False})
    with pytest.raises(AmbiguousTarget, match=r"art\. 51, art\. 52"):
        apply([code()], act(once))
    absent = op.model_copy(update={"old": "cyberattaque"})
    with pytest.raises(TextNotFound, match="occur in no article"):
        apply([code()], act(absent))
    append = AppendWords(source=src(), target=chapter, new="x")
    with pytest.raises(UnsupportedOperation, match="name the article"):
        apply([code()], act(append))
