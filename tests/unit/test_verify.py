"""consolidate.verify: an amending act against a Justel page made after it."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import jsonschema
import pytest

import consolidate
from consolidate.schema import schemas
from consolidate.verification import verify

ROOT = Path(__file__).resolve().parents[2]
PAGE_2016 = ROOT.parent / "shared" / "data" / "corpus" / "be" / "2016007106.md"
OLD_2016 = ROOT / "tests" / "data" / "justel" / "loi-2016-04-10-art-2-3.fr.txt"


@pytest.fixture(scope="module")
def act() -> consolidate.AmendingAct:
    return consolidate.parse()


@pytest.fixture(scope="module")
def page_2016() -> consolidate.Document:
    if not PAGE_2016.exists():
        pytest.skip(f"the working corpus is not here ({PAGE_2016}): ../shared is absent")
    return consolidate.load(PAGE_2016)


def test_the_real_2016_page_agrees_with_the_2024_act(
    act: consolidate.AmendingAct, page_2016: consolidate.Document
) -> None:
    report = verify(act, page_2016)
    assert report.act == "L 2024-03-25/42" and report.page_updated == "2024-04-18"
    assert [(c.source.describe(), c.op, c.status) for c in report.checks] == [
        ("art. 25, a)", "repeal_words", "agrees"),
        ("art. 25, b)", "insert_words", "agrees"),
        ("art. 26", "insert_unit", "agrees"),
    ]
    assert report.other_operations == 37 and report.agreement == 1.0
    assert report.checks[1].found == "et les candidats militaires de réserve"
    assert report.checks[2].unit == "art_3"
    assert report.checks[0].notes == ("L 2024-03-25/42, art. 25, 002; En vigueur : 01-01-2024",)


def test_a_page_that_does_not_cite_the_act_cannot_tell(act: consolidate.AmendingAct) -> None:
    report = verify(act, consolidate.load(OLD_2016))
    assert report.counts == {"agrees": 0, "disagrees": 0, "not_checkable": 3}
    assert report.reasons == {"act_not_cited": 3} and report.agreement is None


def test_without_a_reference_nothing_is_checkable(
    act: consolidate.AmendingAct, page_2016: consolidate.Document
) -> None:
    info = act.act.model_copy(update={"justel_reference": None})
    report = verify(act.model_copy(update={"act": info}), page_2016)
    assert report.reasons == {"no_reference": 3}
    assert verify(act.model_copy(update={"act": info}), page_2016,
                  reference="2024-03-25/42").counts["agrees"] == 3


def test_a_wrong_new_text_disagrees_with_both_texts(
    act: consolidate.AmendingAct, page_2016: consolidate.Document
) -> None:
    articles = list(act.articles)
    index = next(i for i, a in enumerate(articles) if a.number == "25")
    ops = list(articles[index].operations)
    ops[1] = ops[1].model_copy(update={"new": "et les candidats militaires du cadre actif"})
    articles[index] = articles[index].model_copy(update={"operations": tuple(ops)})
    report = verify(act.model_copy(update={"articles": tuple(articles)}), page_2016)
    check = report.checks[1]
    assert check.status == "disagrees"
    assert check.expected == "et les candidats militaires du cadre actif"
    assert check.found == "et les candidats militaires de réserve"


def test_a_wrong_target_article_disagrees(
    act: consolidate.AmendingAct, page_2016: consolidate.Document
) -> None:
    articles = list(act.articles)
    index = next(i for i, a in enumerate(articles) if a.number == "26")
    op = articles[index].operations[0]
    moved = op.model_copy(update={"target": op.target.model_copy(update={"article": "4"})})
    articles[index] = articles[index].model_copy(update={"operations": (moved,)})
    report = verify(act.model_copy(update={"articles": tuple(articles)}), page_2016)
    assert report.checks[2].status == "disagrees"
    assert "not in article 4" in report.checks[2].message


def test_a_page_updated_before_the_act_is_older(act: consolidate.AmendingAct) -> None:
    text = PAGE_2016.read_text(encoding="utf-8") if PAGE_2016.exists() else None
    if text is None:
        pytest.skip("../shared is absent")
    older = text.replace("2024-03-25/42", "2023-01-01/01").replace(
        "mise à jour au 18-04-2024", "mise à jour au 18-04-2023")
    page = consolidate.load(older.encode("utf-8"), name="older.md")
    assert verify(act, page).reasons == {"base_older": 3}


def test_our_own_consolidation_verifies_completely() -> None:
    result = consolidate.consolidate()
    totals = {"agrees": 0, "disagrees": 0, "not_checkable": 0}
    for document in result.after:
        for status, count in verify(result.act, document).counts.items():
            totals[status] += count
    # 40 operations; art. 21 replaces words by the same words: no mark, nothing to check
    assert totals == {"agrees": 39, "disagrees": 0, "not_checkable": 1}
    reasons = [c.reason for d in result.after for c in verify(result.act, d).checks if c.reason]
    assert reasons == ["no_change"]


def test_the_json_follows_its_schema(
    act: consolidate.AmendingAct, page_2016: consolidate.Document
) -> None:
    data = json.loads(json.dumps([verify(act, page_2016).model_dump(mode="json")]))
    jsonschema.validate(data, schemas()["verify-report.schema.json"])


def _law_of_2006(*ops: object) -> consolidate.AmendingAct:
    """The loi du 13 décembre 2006 (2006-12-13/35) with the given operations."""
    from consolidate.model import AmendingActInfo, AmendingArticle, SourceSpan

    span = SourceSpan(line=1, column=1, end_line=1, end_column=1)
    info = AmendingActInfo(type="loi", date=dt.date(2006, 12, 13), title="portant dispositions "
                           "diverses en matière de santé", justel_reference="2006-12-13/35")
    by_article: dict[str, list[object]] = {}
    for op in ops:
        by_article.setdefault(op.source.article, []).append(op)  # type: ignore[attr-defined]
    return consolidate.AmendingAct(act=info, articles=tuple(
        AmendingArticle(number=n, kind="amending", text="", span=span, operations=tuple(o))
        for n, o in by_article.items()))


def test_old_style_references_on_the_1994_page() -> None:
    from consolidate.model import ActRef, RepealWords, ReplaceWords, Source, Step, Target

    path = ROOT.parent / "shared" / "data" / "corpus" / "be" / "1994025254.md"
    if not path.exists():
        pytest.skip("../shared is absent")
    page = consolidate.load(path, lenient=True)
    law = ActRef(type="loi", date=dt.date(1994, 7, 5))
    # art. 16, § 1, 2°: "2° (...) <L 2006-12-13/35, art. 32, 005; ...>"
    repeal = RepealWords(source=Source(article="32"), old="…", target=Target(
        act=law, article="16", path=(Step(unit="paragraph", label="1"),)))
    # art. 21, § 2: "Les (membres du personnel de l'Agence ... désignés par le Roi) peuvent"
    new = ("membres du personnel de l'Agence fédérale des médicaments et des produits de santé "
           "ou du SPF Santé publique, Sécurité de la Chaîne alimentaire et Environnement "
           "désignés par le Roi")
    replace = ReplaceWords(source=Source(article="33"), old="…", new=new, target=Target(
        act=law, article="21", path=(Step(unit="paragraph", label="2"),)))
    wrong = replace.model_copy(update={"new": "agents désignés par le ministre"})
    report = verify(_law_of_2006(repeal, replace, wrong), page)
    assert [c.status for c in report.checks] == ["agrees", "agrees", "not_checkable"]
    assert report.checks[2].reason == "old_style"


def test_a_repeal_justel_marks_in_words_agrees() -> None:
    from consolidate.model import (
        ActRef,
        AmendingActInfo,
        AmendingArticle,
        RepealUnit,
        Source,
        SourceSpan,
        Step,
        Target,
    )

    path = ROOT.parent / "shared" / "data" / "corpus" / "be" / "2011012007.md"
    if not path.exists():
        pytest.skip("../shared is absent")
    page = consolidate.load(path, lenient=True)
    # art. 12: "... le [1 31 décembre 2011]1." then "[1 Alinéa 2 abrogé.]1" (2011-04-12/05,
    # art. 4)
    target = Target(act=ActRef(type="loi", date=dt.date(2011, 2, 1)), article="12",
                    path=(Step(unit="alinea", label="2"),))
    span = SourceSpan(line=1, column=1, end_line=1, end_column=1)
    info = AmendingActInfo(type="loi", date=dt.date(2011, 4, 12), title="modifiant la loi du "
                           "1er février 2011", justel_reference="2011-04-12/05")
    article = AmendingArticle(number="4", kind="amending", text="", span=span, operations=(
        RepealUnit(source=Source(article="4", point="2°"), target=target),))
    check = verify(consolidate.AmendingAct(act=info, articles=(article,)), page).checks[0]
    # the line is read as the tombstone it is (its mark on the repealed alinéa) since
    # 2026-12-03: the repeal shows as one; it was matched by its words before
    assert (check.status, check.found) == ("agrees", "[...]")


def test_unit_labels_aside() -> None:
    from consolidate.verification.checks import _loose

    # 2014009092 art. 11 quotes the new article 15 with its "§ 1er."; the page's § is a num
    assert _loose("§ 1er. Sans préjudice des compétences du fonctionnaire") == \
        _loose("Sans préjudice des compétences du fonctionnaire")
    assert _loose("1° le militaire; 2° le candidat") == _loose("le militaire; le candidat")
    assert _loose("§ 1er. Sans préjudice") != _loose("Sans préjudices")


def test_a_repealed_act_shows_its_repeal() -> None:
    from consolidate.model import (
        ActRef,
        AmendingActInfo,
        AmendingArticle,
        RepealUnit,
        Source,
        SourceSpan,
        Target,
    )

    path = ROOT.parent / "shared" / "data" / "corpus" / "be" / "2003011375.md"
    if not path.exists():
        pytest.skip("../shared is absent")
    page = consolidate.load(path)  # "[Abrogé par] <L 2013-12-15/51, art. 5, 002; ...>"
    span = SourceSpan(line=1, column=1, end_line=1, end_column=1)
    target = Target(act=ActRef(type="loi", date=dt.date(2003, 6, 26)))
    info = AmendingActInfo(type="loi", date=dt.date(2013, 12, 15), title="portant insertion du "
                           "Livre XII", justel_reference="2013-12-15/51")

    def act(number: str) -> consolidate.AmendingAct:
        op = RepealUnit(source=Source(article=number), target=target)
        article = AmendingArticle(number=number, kind="amending", text="", span=span,
                                  operations=(op,))
        return consolidate.AmendingAct(act=info, articles=(article,))

    assert verify(act("5"), page).checks[0].status == "agrees"
    assert verify(act("6"), page).checks[0].reason == "article_not_cited"


def test_a_page_without_update_date_whose_footnotes_are_older(act: consolidate.AmendingAct) -> None:
    if not PAGE_2016.exists():
        pytest.skip("../shared is absent")
    text = PAGE_2016.read_text(encoding="utf-8").replace("2024-03-25/42", "2019-01-01/01")
    text = re.sub(r" et mise à jour au \d{2}-\d{2}-\d{4}", "", text)
    report = verify(act, consolidate.load(text.encode("utf-8"), name="undated.md"))
    assert report.page_updated is None and report.reasons == {"base_older": 3}
    assert "newest footnote cites 2019-01-01/01" in report.checks[0].message
