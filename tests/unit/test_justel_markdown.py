"""legalize-be's markdown of Justel pages (../shared/data/corpus/be/*.md) loads as a base text."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consolidate import load
from consolidate.document import render_text
from consolidate.errors import JustelReadError
from consolidate.justel import normalise, write_justel
from consolidate.justel.markdown import code_alias, convert, inline, is_markdown_page

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "corpus"


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not (CORPUS / "manifest.tsv").exists():
        pytest.skip(f"the working corpus is not here ({CORPUS}): ../shared is absent")
    return CORPUS


def bases(corpus: Path) -> list[Path]:
    rows = [line.split("\t") for line in (corpus / "manifest.tsv").read_text().splitlines()[1:]]
    return [corpus / "be" / f"{row[0]}.md" for row in rows if row[1] == "base"]


def test_inline_marks_links_and_bold() -> None:
    line = ("(1)<L [2024-03-25/42](https://www.ejustice.just.fgov.be/cgi_loi/article.pl?"
            "cn_search=2024032542), art. 25, 002; En vigueur : 01-01-2024>")
    assert inline(line) == "(1)<L 2024-03-25/42, art. 25, 002; En vigueur : 01-01-2024>"
    assert inline("militaires [¹ ...]¹ qui [¹² et [¹³ x]¹³]¹²") == \
        "militaires [1 ...]1 qui [12 et [13 x]13]12"
    assert inline("<L 2003-03-27/49, art. 152, 002; **En vigueur :** 01-11-2003>") == \
        "<L 2003-03-27/49, art. 152, 002; En vigueur : 01-11-2003>"
    assert inline("une surface de 20 m²") == "une surface de 20 m²"


def test_code_alias_from_the_title() -> None:
    assert code_alias("8 JUIN 1867. - CODE PENAL") == "Code penal"
    assert code_alias("10 OCTOBRE 1967. - Code judiciaire") == "Code judiciaire"
    assert code_alias("10 AVRIL 2016. - Loi relative au travail à distance") is None


def test_the_2016_page_reads_with_its_marks_and_footnotes(corpus: Path) -> None:
    document = load(corpus / "be" / "2016007106.md")
    identity = document.identity
    assert (identity.type, identity.date.isoformat(), identity.numac) == \
        ("loi", "2016-04-10", "2016007106")
    assert identity.eli == "eli/loi/2016/04/10/2016007106"
    assert identity.title == "relative au travail à distance au sein de la Défense"
    assert len(list(document.articles())) == 17 and document.warnings == []
    justel = write_justel(document)
    assert "Art. 2. La présente loi s'applique aux militaires [1 ...]1 qui, en période" in justel
    assert "(1)<L 2024-03-25/42, art. 26, 002; En vigueur : 01-01-2024>" in justel
    assert "[1 La notion de \"candidat militaire de réserve\"" in justel


def test_quoted_article_headings_stay_text(corpus: Path) -> None:
    # 2001009986 art. 7 quotes "Art. 352bis." and a "CHAPITRE VIter": not articles of the page
    document = load(corpus / "be" / "2001009986.md")
    assert [a.get("eId") for a in document.articles()] == [f"art_{n}" for n in range(1, 8)]
    assert "Art. 352bis. Le Roi détermine" in render_text(document)
    assert "Promulguons" not in render_text(document)  # the formule exécutoire is no article


def test_repeated_article_with_the_same_text_is_left_out_and_said(corpus: Path) -> None:
    document = load(corpus / "be" / "2002022737.md")
    labels = [a.get("eId") for a in document.articles()]
    assert labels.count("art_8-1") == 1 and labels.count("art_8-2") == 1
    assert any("repeats article 8/1 of line 253" in w for w in document.warnings)


def test_an_annex_is_an_error_strictly_and_a_warning_leniently(corpus: Path) -> None:
    page = corpus / "be" / "1994025254.md"
    with pytest.raises(JustelReadError) as error:
        load(page)
    assert error.value.location is not None and error.value.location.line == 227
    assert "annex" in error.value.message
    document = load(page, lenient=True)
    assert any(w.startswith(f"{page}:227: an annex") for w in document.warnings)


def test_a_repealed_act_reads_without_articles(corpus: Path) -> None:
    document = load(corpus / "be" / "2003011375.md")
    assert list(document.articles()) == []
    assert "Abrogé par" in (document.root.findtext(".//{urn:x-consolidate:1}remark[2]") or "")


def test_errors_name_the_markdown_line(corpus: Path) -> None:
    text = (corpus / "be" / "1921022450.md").read_text(encoding="utf-8")
    page = convert(text, source="p.md", lenient=True)
    assert all(0 < origin <= text.count("\n") + 1 for origin in page.origin)
    with pytest.raises(JustelReadError) as error:
        load(corpus / "be" / "1921022450.md")
    assert error.value.location is not None
    line = text.split("\n")[error.value.location.line - 1]
    assert line.startswith("§ 2.")  # art. 7bis lost its "§ 1er.": the line of the file


def test_every_base_loads_leniently_and_articles_match_headings(corpus: Path) -> None:
    strict = 0
    for path in bases(corpus):
        text = path.read_text(encoding="utf-8")
        assert is_markdown_page(text), path
        document = load(path, lenient=True)
        headings = len(re.findall(r"^##### ", text, re.M))
        left_out = sum("left out" in w for w in document.warnings)
        assert len(list(document.articles())) == headings - left_out, path
        try:
            load(path)
            strict += 1
        except JustelReadError:
            pass
    assert len(bases(corpus)) == 21 and strict >= 18


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@given(st.integers(min_value=1, max_value=999), st.text(
    alphabet=st.characters(blacklist_characters="[]⁰¹²³⁴⁵⁶⁷⁸⁹*()<>", blacklist_categories=("Cs",)),
    max_size=30))
def test_superscript_marks_become_digits(number: int, words: str) -> None:
    sup = str(number).translate(SUPERSCRIPT)
    assert inline(f"[{sup} {words}]{sup}") == f"[{number} {words}]{number}"


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_cut_of_a_real_page_loads_leniently_or_fails_with_a_library_error(
    corpus: Path, data: st.DataObject
) -> None:
    text = (corpus / "be" / "2011012007.md").read_text(encoding="utf-8")
    lines = text.split("\n")
    end = lines.index("---", 1) + 1
    kept = data.draw(st.lists(st.booleans(), min_size=len(lines) - end,
                              max_size=len(lines) - end))
    page = "\n".join(lines[:end] + [line for line, keep in zip(lines[end:], kept, strict=True)
                                    if keep])
    try:
        document = load(page.encode("utf-8"), name="cut.md", lenient=True)
    except JustelReadError:
        return
    count = page.count("\n") + 1
    for warning in document.warnings:
        number = int(warning.split(":")[1])
        assert 0 < number <= count, warning


def test_pages_are_written_back_as_read(corpus: Path) -> None:
    """What the reader keeps is what the page says: the Justel writer gives back every line
    of the converted text (marks, footnotes, headings, NOTE lines) for nearly every page that
    loads strictly. Three pages differ in layout only: a repealed act's line is written among
    the remarks (2), a bare "Art. 3." is joined to its "§ 1er." line (1)."""
    same, loaded = 0, 0
    for path in sorted((corpus / "be").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        try:
            document = load(path)
        except JustelReadError:
            continue
        loaded += 1
        written = Counter(normalise(line) for line in write_justel(document).split("\n")
                          if line.strip())
        read = Counter(normalise(line) for line in convert(text).lines if line.strip())
        same += written == read
    assert loaded >= 50 and same >= loaded - 3


def test_quoted_new_text_in_a_base_stays_alineas(corpus: Path) -> None:
    # 1998003685 (itself an amending law): art. 20 quotes a new "Art. 113. § 1er. …" whose
    # "§ 2." is no paragraph of art. 20
    text = (corpus / "be" / "1998003685.md").read_text(encoding="utf-8")
    page = convert(text, source="p.md")
    number = next(i for i, line in enumerate(text.split("\n"), 1) if line.startswith("§ 2. Sans"))
    assert page.kinds[number] == "quoted"
    document = load(corpus / "be" / "1998003685.md")  # strictly: no "§ after alinéas"
    assert document.warnings == []
    # a quoted term opening a definition is no quoted text
    assert convert("---\ntitle: \"1 JANVIER 2000. - Loi x\"\n---\n# t\n\n##### Article 2. On "
                   "entend par :\n\n\"X\" : le texte;\n").kinds[8] == "text"


def test_a_code_page_is_the_loi_and_the_code() -> None:
    from consolidate.model import ActRef

    page = ("---\ntitle: \"8 JUIN 1867. - CODE PENAL (NOTE : Consultation des versions "
            "antérieures à partir du 01-01-1990 et mise à jour au 01-07-2024)\"\n"
            "identifier: \"1867060850\"\nrank: \"loi\"\ndossier_number: \"1867-06-08/01\"\n"
            "source: \"https://www.ejustice.just.fgov.be/eli/loi/1867/06/08/1867060850/justel\"\n"
            "---\n# 8 JUIN 1867. - CODE PENAL\n\n### LIVRE PREMIER. - DES INFRACTIONS ET DE LA "
            "REPRESSION EN GENERAL.\n\n##### Article 1er. L'infraction que les lois punissent "
            "d'une peine criminelle est un crime.\n")
    identity = load(page.encode("utf-8"), name="code-penal.md").identity
    assert (identity.type, identity.date.isoformat(), identity.numac) == \
        ("loi", "1867-06-08", "1867060850")
    assert identity.aliases == ("Code pénal",)  # the reader names the Code (its canonical name)
    assert identity.eli == "eli/loi/1867/06/08/1867060850"
    assert identity.matches(ActRef(type="loi", code="Code pénal"))
    assert identity.matches(ActRef(type="loi", date=identity.date))
