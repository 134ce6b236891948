"""Every format a chain is written in reads back (docs/time.md): the Akoma Ntoso output (an
``<act>`` or a collection) and the Justel text of several acts load as bases and re-render
identically; a chain run act by act through those files equals one run; the JSON of an act
reads back; the footnotes of a real Justel page are its history, and a new act continues them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from chain_acts import a2, chain, conflicting, embedded, words

import consolidate
from consolidate import api
from consolidate.akn_reader import load_all, read_act_json, split_justel
from consolidate.document import render_text
from consolidate.drafter import build_act
from consolidate.errors import DocumentError, InputError
from consolidate.history import article_history
from consolidate.justel import write_justel
from consolidate.model import ActRef, AmendingActInfo, ReplaceWords, Source, Target
from consolidate.provenance import read_notes

CODE_PENAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "justel" / \
    "code-penal-1867-fr.html"
SEQUENCE = [embedded(), a2(), conflicting(publication=dt.date(2025, 2, 25))]


def test_akn_collection_of_a_chain_loads_and_re_renders_identically() -> None:
    result = consolidate.consolidate(acts=chain())
    xml = consolidate.render(result, "akn")
    assert isinstance(xml, bytes)
    documents = load_all(xml, "chain.akn.xml")
    assert len(documents) == len(result.after) == 3
    for loaded, after in zip(documents, result.after, strict=True):
        assert render_text(loaded) == render_text(after)
        assert write_justel(loaded) == write_justel(after)
    with pytest.raises(DocumentError, match="holds 3 acts; load them with"):
        api.load(xml)


def test_akn_output_keeps_every_act_as_history() -> None:
    result = consolidate.consolidate(acts=chain())
    [loaded] = load_all(consolidate.render(result.only(0), "akn"), "one.akn.xml")
    meta = loaded.act.find("{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}meta")
    assert meta is not None
    events = [e.get("date") for e in meta.iter("{*}eventRef")]
    assert events == ["2001-05-16", "2024-01-01", "2025-01-01", "2025-03-01", "2025-10-01"]
    refs = [r.get("showAs", "").split(" (")[0] for r in meta.iter("{*}passiveRef")]
    assert [r.split(" Loi")[0] for r in refs] == [
        "L 2024-03-25/42", "L 2025-05-05/12", "L 2025-02-03/7", "L 2025-05-05/12"]
    mods = list(meta.iter("{*}textualMod"))
    enacted = [o for report in result.reports for o in report.outcomes
               if o.status in ("applied", "no_effect") and o.language is None
               and o.target.act.date == dt.date(2001, 5, 16)]
    assert len(mods) == len(enacted) == 35 + 6  # the 2024 law's, then the chain's 6


def test_justel_text_of_several_acts_is_split_per_act() -> None:
    result = consolidate.consolidate(acts=chain())
    text = consolidate.render(result, "justel")
    assert isinstance(text, str)
    assert [piece.splitlines()[0][:15] for piece in split_justel(text)] == [
        "16 MAI 2001. - ", "16 MEI 2001. - ", "10 AVRIL 2016. "]
    documents = load_all(text.encode(), "chain.txt")
    assert "\n".join(write_justel(d) for d in documents) == text
    assert documents[0].identity.version == 5


@pytest.mark.parametrize("format", ["akn", "justel"])
def test_three_invocations_equal_one(format: str) -> None:
    one = consolidate.consolidate(acts=SEQUENCE)
    bases = api.load_embedded()
    files: list[bytes | None] = [None] * len(bases)
    for act in SEQUENCE:  # apply -o DIR, then the files of that run as bases of the next
        run = consolidate.consolidate(acts=[act], documents=bases)
        for index, (before, after) in enumerate(run.pairs()):
            if render_text(before) != render_text(after):
                rendered = consolidate.render(run.only(index), format)
                files[index] = rendered if isinstance(rendered, bytes) else rendered.encode()
                [bases[index]] = load_all(files[index] or b"", f"doc{index}")
    expected = [consolidate.render(one.only(i), format) for i in range(len(bases))]
    assert [f.decode() if format == "justel" and f else f for f in files] == expected


def test_act_json_reads_back(tmp_path: Path) -> None:
    act = chain()[2]
    data = act.model_dump_json().encode()
    assert read_act_json(data, "a3.json") == act
    with pytest.raises(InputError, match="not the JSON of an amending act"):
        read_act_json(b'{"act": 3}', "bad.json")


@pytest.mark.skipif(not CODE_PENAL.exists(), reason="needs ../shared/data/justel (absent)")
def test_real_justel_footnotes_are_history_and_a_new_act_continues_them() -> None:
    base = api.load(CODE_PENAL)
    [history] = article_history([base], None, "7")
    # the old-style notes in the text come first (older), then the numbered ones
    assert [(n.style, n.note.number, n.note.reference, n.note.version)
            for n in history.notes] == [
        ("inline", 0, "1996-07-10/42", "018"), ("inline", 0, "1999-05-04/60", "024"),
        ("numbered", 1, "2007-04-26/89", "069"), ("numbered", 2, "2014-04-10/80", "111")]
    assert base.identity.version == 136
    code = ActRef(type="code", date=dt.date(1867, 6, 8))
    op = ReplaceWords(source=Source(article="0"), target=Target(act=code, article="7"),
                      old="la peine de probation autonome",
                      new="la peine de probation autonome ou de confiscation")
    info = AmendingActInfo(type="loi", date=dt.date(2025, 4, 1), justel_reference="2025-04-01/5",
                           title="(acte écrit pour les tests de consolidate) Code pénal",
                           publication=dt.date(2025, 4, 10))
    act = build_act(info, [[op]], in_force=dt.date(2025, 5, 1))
    result = consolidate.consolidate(acts=[act], documents=[base])
    notes = read_notes(result.after[0], "art_7")
    assert [(n.number, n.reference, n.version) for n in notes][-1] == (3, "2025-04-01/5", "137")
    [after] = article_history([base], result, "7")
    assert [v.version for v in after.versions] == [136, 137]
    assert "[3 la peine de probation autonome ou de confiscation]3" in write_justel(
        result.after[0])
    assert words  # the helper module's builders are shared with the other chain tests


def test_an_act_the_base_already_has_is_not_applied_again() -> None:
    first = consolidate.consolidate(acts=[embedded(), a2()])
    text = consolidate.render(first, "justel")
    assert isinstance(text, str)
    bases = load_all(text.encode(), "after-a2.txt")
    again = consolidate.consolidate(acts=[a2(), embedded()], documents=bases, keep_going=True)
    assert [write_justel(d) for d in again.after] == [write_justel(d) for d in bases]
    reasons = {o.message for r in again.reports for o in r.outcomes if o.status == "skipped"}
    assert reasons == {
        "already in the base text (its footnotes cite L 2024-03-25/42 for the provision)",
        "already in the base text (its footnotes cite L 2025-02-03/7 for the provision)"}
    assert {o.status for r in again.reports for o in r.outcomes} == {"skipped", "no_effect"}


def test_json_of_a_chain_is_the_interchange_format() -> None:
    import json

    import jsonschema

    from consolidate.renderers.json_model import consolidation_schema

    result = consolidate.consolidate(acts=chain())
    rendered = consolidate.render(result, "json")
    assert isinstance(rendered, str)
    data = json.loads(rendered)
    jsonschema.validate(data, consolidation_schema(), cls=jsonschema.Draft202012Validator)
    assert [a["act"]["justel_id"] for a in data["chain"]["acts"]] == [
        "L 2024-03-25/42", "L 2025-05-05/12", "L 2025-02-03/7", "AR 2025-09-15/3"]
    provisions = {(p["act"], p["article"]): p for p in data["chain"]["provisions"]}
    assert provisions[("L 2025-05-05/12", "2")]["fixed_by"] == "AR 2025-09-15/3"
    assert [r["counts"]["applied"] for r in data["chain"]["reports"]] == [39, 3, 3, 0]
    single = json.loads(str(consolidate.render(consolidate.consolidate(), "json")))
    assert [a["act"]["justel_id"] for a in single["chain"]["acts"]] == ["L 2024-03-25/42"]


@pytest.mark.parametrize("format", ["text", "diff", "html"])
def test_every_format_renders_a_chain(format: str) -> None:
    result = consolidate.consolidate(acts=chain())
    rendered = consolidate.render(result, format)
    text = rendered.decode() if isinstance(rendered, bytes) else rendered
    if format == "html":  # the redline: base → end of the chain, per amended act
        assert text.count("<h2>16 MAI 2001. - Loi portant statut") == 1
        assert 'id="prov-2-art_2"' in text  # act 2 of the chain: L 2025-05-05/12, art. 2
        # titled with every act of the chain, in the order of effect (not the last only)
        title = text[text.index("<title>") + 7:text.index("</title>")]
        assert [part.split(" — ")[0] for part in title.split(" ; ")] == [
            "L 2024-03-25/42", "L 2025-05-05/12", "L 2025-02-03/7", "AR 2025-09-15/3"]
        heading = text[text.index("<h1>") + 4:text.index("</h1>")].split("<br>\n")
        assert [line[:14] for line in heading] == [
            "25 MARS 2024. ", "5 MAI 2025. - ", "3 FEVRIER 2025", "15 SEPTEMBRE 2"]
        acts = text[text.index('<ol class="acts">'):text.index("</ol>")]
        assert acts.count("<li id=\"act-summary-") == 4 and "AR 2025-09-15/3 — " in acts
    else:
        assert "pensionnés du niveau A" in text and "soixante-trois ans" in text


def test_history_of_an_unreadable_label_is_an_address_error() -> None:
    from consolidate.errors import AddressError

    with pytest.raises(AddressError, match="is not an article number"):
        article_history(api.load_embedded(), None, "§§")
