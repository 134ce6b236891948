"""The HTML redline of a chain: the summary counts and the problem list cover every act, act by
act in the order of effect (not the last application only), and every link goes to the
provision of the act that made the change (``#prov-N-…``, act N of the chain).

The acts after the 2024 law are those written for the chain tests (chain_acts.py).
"""

from __future__ import annotations

import datetime as dt
import re

from chain_acts import a2, a3, alinea, chain, embedded, info, words

import consolidate
from consolidate.drafter import build_act
from consolidate.result import Consolidation

STATUS = re.compile(r'data-status="(\w+)"[^>]*>[^<]*<b>(\d+)</b>')


def page(result: Consolidation) -> str:
    rendered = consolidate.render(result, "html")
    return rendered.decode() if isinstance(rendered, bytes) else rendered


def summary_counts(text: str) -> tuple[dict[str, int], list[tuple[str, dict[str, int]]]]:
    """The page's total counts and, per act of the list, its Justel id and counts."""
    summary = text[text.index('<dl class="summary"'):text.index("</dl>")]
    total = summary[summary.index('<dd class="counts">'):]
    acts = re.findall(r'<li id="act-summary-\d+">(\S+ \S+) — .*?</li>', summary)
    items = re.findall(r'<li id="act-summary-\d+">.*?</li>', summary)
    return ({k: int(v) for k, v in STATUS.findall(total)},
            [(act, {k: int(v) for k, v in STATUS.findall(item)})
             for act, item in zip(acts, items, strict=True)])


def problems(text: str) -> list[tuple[str, list[str]]]:
    """Per act heading of the problem list: the act and the classes of its items."""
    section = text[text.index('id="problems"'):]
    section = section[:section.index("</section>")]
    found = []
    for block in re.split(r'<h3 id="problems-\d+">', section)[1:]:
        act = block.split(" — ", 1)[0]
        found.append((act, re.findall(r'<li class="outcome (\w+)">', block)))
    return found


def test_the_summary_counts_every_act() -> None:
    result = consolidate.consolidate(acts=chain())
    text = page(result)
    total, per_act = summary_counts(text)
    assert [act for act, _ in per_act] == [r.act for r in result.reports] == [
        "L 2024-03-25/42", "L 2025-05-05/12", "L 2025-02-03/7", "AR 2025-09-15/3"]
    assert [counts for _, counts in per_act] == [r.counts for r in result.reports]
    assert per_act[0][1] == {"applied": 39, "no_effect": 1, "skipped": 0, "failed": 0}
    # the last application (A3's art. 2, fixed by the arrêté royal) made 2 of the 45
    assert result.report.counts["applied"] == 2
    assert total == {"applied": 45, "no_effect": 1, "skipped": 0, "failed": 0}
    # each act's date in force, with its counts
    first = text[text.index('<li id="act-summary-1">'):text.index('<li id="act-summary-2">')]
    assert "En vigueur : 2024-01-01" in first


def test_the_problems_of_an_earlier_act_are_listed() -> None:
    # the 2024 law's art. 21 replaces "des sous-officiers de" by the same words: no effect;
    # the last application is A3's: the list used to be empty
    result = consolidate.consolidate(acts=chain())
    text = page(result)
    assert problems(text) == [("L 2024-03-25/42", ["no_effect"])]
    item = re.search(r'<li class="outcome no_effect">.*?</li>', text, re.S)
    assert item and 'href="#prov-1-art_21"' in item.group()
    provision = re.search(r'<div class="provision" id="prov-1-art_21"><b>art. 21</b><p>(.*?)</p>',
                          text)
    assert provision and "62bis" in provision.group(1)


def test_failed_and_skipped_operations_of_every_act_in_the_order_of_effect() -> None:
    # in force 2025-02-01, before A2: its words are not in art. 73 (A2 writes them): failed
    early = build_act(info(dt.date(2025, 1, 10), 3, dt.date(2025, 1, 20), "prématuré"),
                      [[words("73", (alinea("1er"),), "soixante-deux ans", "soixante-cinq ans")]],
                      in_force=dt.date(2025, 2, 1))
    result = consolidate.consolidate(acts=[a3(), a2(), early, embedded()], keep_going=True,
                                     at=dt.date(2025, 4, 1))
    text = page(result)
    # on 2025-04-01: A3's art. 1 is not yet in force and its art. 2 pending (skipped); its
    # art. 3 (retroactive, 2025-01-01) applied; the last application is A2's (2025-03-01)
    assert result.report.act == "L 2025-02-03/7"
    assert problems(text) == [("L 2024-03-25/42", ["no_effect"]),
                              ("L 2025-05-05/12", ["skipped", "skipped"]),
                              ("L 2025-01-10/3", ["failed"])]
    assert [act for act, _ in problems(text)] == [r.act for r in result.reports[:3]]
    total, per_act = summary_counts(text)
    assert total == {"applied": 39 + 1 + 3, "no_effect": 1, "skipped": 2, "failed": 1}
    assert dict(per_act)["L 2025-01-10/3"] == {"applied": 0, "no_effect": 0, "skipped": 0,
                                               "failed": 1}
    failed = re.search(r'<li class="outcome failed">.*?</li>', text, re.S)
    assert failed and 'href="#prov-3-art_1"' in failed.group()
    assert 'id="prov-3-art_1"' in text


def test_every_link_has_its_target_and_changes_link_to_their_own_act() -> None:
    text = page(consolidate.consolidate(acts=chain()))
    targets = set(re.findall(r'id="(prov-[^"]+)"', text))
    links = set(re.findall(r'href="#(prov-[^"]+)"', text))
    assert links <= targets
    # art. 73, alinéa 1er: "soixante" (2001) → "soixante-deux" (A2, its art. 3) →
    # "soixante-trois" (A3, its art. 2): the change links to A3's provision, act 2
    art_73 = re.search(r'<article class="amended" id="d1-art_73".*?</article>', text, re.S)
    assert art_73
    # (before, the link was "#prov-art_2": the 2024 law's art. 2)
    assert re.search(r'soixante<ins title="L 2025-05-05/12, art. 2">-trois</ins><a class="ref" '
                     r'href="#prov-2-art_2"', art_73.group())


def test_a_single_act_keeps_its_anchors() -> None:
    text = page(consolidate.consolidate())
    assert 'id="prov-art_21"' in text and "prov-1-" not in text
    assert "act-summary" not in text and "<h3 id=\"problems-" not in text
