"""``--at`` on a real corpus chain: the loi du 24 février 1921 (corpus/be/1921022450.md, a
Justel page of version 023, *after* its acts) with the two acts of the folder that amend it,
L 2006-12-13/35 (corpus/be/2006023386.md, art. 88, in force 01-01-2007 by the page's
footnote) and L 2018-02-25/02 (corpus/be/2018011241.md, art. 63, 01-04-2018).

On a date before a footnote's date, what the page shows under that footnote's mark was not in
force: the act's operation tells what stood there (art. 63 replaced "de l'Institut
scientifique de Santé publique"), or the footnote says "inséré par" (nothing stood there), or
the text is not known: a placeholder and a warning T001, never a guess (docs/time.md).
Golden files in tests/golden/chain-corpus/ (``CONSOLIDATE_REGEN=1`` rewrites them: review).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

import consolidate
from consolidate import api
from consolidate.document import render_text
from consolidate.justel import write_justel
from consolidate.model import AmendingAct
from consolidate.result import Consolidation

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "corpus" / "be"
GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "chain-corpus"
ARTICLES = ("1", "2quater")
DATES = {
    "2003-01-01": "before art. 2quater was inserted (02-06-2003)",
    "2006-06-01": "before both acts",
    "2017-01-01": "between the acts: after L 2006-12-13/35, before L 2018-02-25/02",
    "2023-06-01": "after both acts (the page's own date)",
}


def need(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} is not here: ../shared is absent")
    return path


@pytest.fixture(scope="module")
def chain() -> tuple[consolidate.Document, list[AmendingAct]]:
    base = api.load(need("1921022450.md"), lenient=True)  # art. 7bis lost its "§ 1er."
    acts = [api.parse(need(f"{n}.md"), keep_going=True) for n in ("2018011241", "2006023386")]
    return base, acts


def at(chain: tuple[consolidate.Document, list[AmendingAct]], date: str) -> Consolidation:
    base, acts = chain
    return consolidate.consolidate(acts=acts, documents=[base], keep_going=True,
                                   at=dt.date.fromisoformat(date))


def snapshot(result: Consolidation) -> str:
    text = write_justel(result.after[0])
    chunks = [f"version {result.after[0].identity.version:03d}"]
    for label in ARTICLES:
        head = "Article 1." if label == "1" else f"Art. {label}."
        start = text.find(f"\n{head}")
        if start < 0:
            chunks.append(f"({head} not in force)")
            continue
        end = text.find("\nArt", start + 1)
        chunks.append(text[start + 1:end].rstrip())
    base_acts = ("L 2006-12-13/35", "L 2018-02-25/02")
    chunks.append("\n".join(t.describe(_date(result)) for t in result.timeline
                            if t.act in base_acts and t.mode == "base"))
    chunks.append("\n".join(u.describe() for u in result.unknown))
    return "\n\n".join(chunks) + "\n"


def _date(result: Consolidation) -> dt.date:
    return result.unknown[0].at if result.unknown else dt.date(2023, 6, 1)


@pytest.mark.parametrize("date", list(DATES))
def test_text_in_force_on(chain: tuple[consolidate.Document, list[AmendingAct]],
                          date: str) -> None:
    actual = snapshot(at(chain, date))
    golden = GOLDEN / f"at-{date}.txt"
    if os.environ.get("CONSOLIDATE_REGEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


def test_after_the_acts_the_page_is_the_text(
        chain: tuple[consolidate.Document, list[AmendingAct]]) -> None:
    result = at(chain, "2023-06-01")
    assert result.unknown == ()
    assert render_text(result.after[0]) == render_text(chain[0])
    assert write_justel(result.after[0]) == write_justel(chain[0])


def test_between_the_acts_the_replaced_words_come_back(
        chain: tuple[consolidate.Document, list[AmendingAct]]) -> None:
    # 2018011241, art. 63: les mots "de l'Institut scientifique de Santé publique" sont
    # remplacés par les mots "de Sciensano" (footnote (5) of art. 1, in force 01-04-2018)
    result = at(chain, "2017-01-01")
    article = result.after[0].article("1")
    assert article is not None
    text = " ".join(article.itertext())
    assert "l'avis de l'Institut scientifique de Santé publique, soumettre" in text
    assert "Sciensano" not in text
    assert all("2018-02-25/02" not in u.note for u in result.unknown)
    # (art. 88 of L 2006-12-13/35 is read too: it is in the page already, before later acts)
    [skip] = [o for r in result.reports for o in r.outcomes
              if o.target.act.date == dt.date(1921, 2, 24) and o.source.article == "63"]
    assert skip.status == "skipped" and "not yet in force on 2017-01-01" in (skip.message or "")
    assert result.after[0].identity.version == 18  # the footnotes left: up to 018


def test_before_both_acts_what_is_not_known_is_said(
        chain: tuple[consolidate.Document, list[AmendingAct]]) -> None:
    result = at(chain, "2006-06-01")
    # art. 2quater, 4°, second dash was replaced by L 2006-12-13/35, art. 88, 2°) ("est
    # remplacé comme suit"): what stood there before is not on the page, nor in the act
    [dash] = [u for u in result.unknown if u.note.startswith("L 2006-12-13/35")
              and u.unit.startswith("art_2quater__alinea_1__point_4__dash_2")]
    assert dash.in_force == dt.date(2007, 1, 1)
    assert "- [text not known before 01-01-2007]" in render_text(result.after[0])
    assert all(u.in_force is None or u.in_force > dt.date(2006, 6, 1) for u in result.unknown)


def test_an_old_style_note_ending_the_unit_gives_back_the_replaced_words(
        chain: tuple[consolidate.Document, list[AmendingAct]]) -> None:
    # the page: "Les infractions aux dispositions du (Règlement (CE) n° 273/2004 … pays
    # tiers) et des règlements … sont punies : <L 2006-12-13/35, art. 88, 012; …>"; art. 88,
    # 1°): "dans la phrase introductive, les mots "Règlement (CEE) n° 3677/90 …" sont
    # remplacés par les mots "Règlement (CE) n° 273/2004 …"": one group holds the new words
    article = at(chain, "2006-06-01").after[0].article("2quater")
    assert article is not None
    intro = " ".join(article.itertext())
    assert "Les infractions aux dispositions du Règlement (CEE) n° 3677/90 du Conseil du 13 " \
        "décembre 1990 relatif aux mesures à prendre afin d'empêcher le détournement de " \
        "certaines substances pour la fabrication illicite de stupéfiants et de substances " \
        "psychotropes et des règlements en portant application" in " ".join(intro.split())
    assert "273/2004" not in intro
    # after art. 88 (2017), the page's words
    later = at(chain, "2017-01-01").after[0].article("2quater")
    assert later is not None and "(Règlement (CE) n° 273/2004" in " ".join(later.itertext())


def test_an_inserted_article_is_absent_before_its_date(
        chain: tuple[consolidate.Document, list[AmendingAct]]) -> None:
    # "Article 2quater. <inséré par L 2003-05-03/46, art. 8; En vigueur : 02-06-2003>"
    assert at(chain, "2003-06-01").after[0].article("2quater") is None
    assert at(chain, "2003-06-02").after[0].article("2quater") is not None


def test_the_json_output_lists_what_is_not_known(
        chain: tuple[consolidate.Document, list[AmendingAct]]) -> None:
    import json

    result = at(chain, "2017-01-01")
    data = json.loads(str(consolidate.render(result, "json")))
    unknown = data["chain"]["unknown"]
    assert len(unknown) == len(result.unknown) > 0
    assert unknown[0] == {"document": "loi 1921-02-24", "unit": "art_1__para_1__alinea_1",
                          "what": "words", "note": "L 2018-10-30/06, art. 37",
                          "in_force": "2018-11-26", "at": "2017-01-01"}


def test_an_old_style_note_says_the_base_has_the_act(
        chain: tuple[consolidate.Document, list[AmendingAct]]) -> None:
    # "sont punies : <L 2006-12-13/35, art. 88, 012; En vigueur : 01-01-2007>" (art.
    # 2quater, no numbered footnote): the page has art. 88; it is not applied again, nor
    # refused as taking effect under the later L 2014-02-07/21 (A009)
    for date in ("2017-01-01", "2023-06-01"):
        result = at(chain, date)
        outcomes = [o for r in result.reports for o in r.outcomes if o.source.article == "88"]
        assert len(outcomes) == 2
        assert all(o.status == "skipped" and "already in the base text" in (o.message or "")
                   for o in outcomes)
