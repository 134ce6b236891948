"""Properties of wrapping ("dont le texte actuel formera le § 1er", docs/properties.md,
"Structure"):

- the drafted sentence of a wrap and the § 2 that completes the article reads back as the
  same two operations (drafter → parser);
- applied to an article made of alinéas, the article's alinéas are its § 1er, unchanged and
  in order, the new § 2 follows, every other article reads as before, and the Justel output
  marks the § 1er's label and strips back to the plain text;
- an article divided into §§ already is refused and nothing changes.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from property_support import act_of, live_texts, run, without_spans, xml
from strategies import ACTS, HISTORY, LOI_2001, SOURCE, documents, new_alineas, quoted, text

from consolidate.document import akn, article_lines, is_removed, label_text, render_text
from consolidate.drafter import draft_act
from consolidate.justel import strip_marks, write_justel
from consolidate.model import InsertUnit, NewUnit, Operation, Target, WrapUnit
from consolidate.parser import parse_text


def _pair(target: Target, first: str, rest: tuple[NewUnit, ...],
          history: tuple[str, ...] = ()) -> list[Operation]:
    new = NewUnit(kind="paragraph", label="2", text=first, children=rest)
    return [WrapUnit(source=SOURCE, target=target, unit="paragraph", label="1er",
                     history=history),
            InsertUnit(source=SOURCE, target=target, new=(new,), history=history)]


@given(st.sampled_from(ACTS), st.sampled_from(("5", "10bis", "71/1", "1er")),
       text(), st.one_of(st.just(()), new_alineas()),
       st.one_of(st.just(()), st.sampled_from(HISTORY).map(lambda h: (h,))))
def test_a_drafted_wrap_reads_back_as_the_same_operations(
        act: object, label: str, first: str, rest: tuple[NewUnit, ...],
        history: tuple[str, ...]) -> None:
    target = Target(act=act, article=label)  # type: ignore[arg-type]
    amending = act_of(_pair(target, quoted(first), rest, history))
    parsed = parse_text(draft_act(amending))
    assert without_spans(parsed.operations()) == without_spans(amending.operations())


@given(st.data())
def test_wrapping_keeps_the_alineas_as_paragraph_1(data: st.DataObject) -> None:
    document = data.draw(documents())
    plain = [a for a in document.articles()
             if not is_removed(a) and a.find(akn("paragraph")) is None]
    others = [a for a in document.articles() if a.find(akn("paragraph")) is not None]
    if plain:
        article = data.draw(st.sampled_from(plain))
        label = label_text(article)
        ops = _pair(Target(act=LOI_2001, article=label), quoted(data.draw(text())), ())
        (out,), report = run([document], act_of(ops))
        assert report.ok, report
        wrapped = out.article(label)
        assert wrapped is not None
        paragraphs = wrapped.findall(akn("paragraph"))
        assert [label_text(p) for p in paragraphs] == ["1er", "2"]
        assert wrapped.find(akn("alinea")) is None  # every alinéa is in a §
        assert live_texts(paragraphs[0]) == live_texts(article)  # the same, in order
        assert len(paragraphs[0].findall(akn("alinea"))) == len(article.findall(akn("alinea")))
        before = {label_text(a): article_lines(a) for a in document.articles()}
        after = {label_text(a): article_lines(a) for a in out.articles()}
        assert {k: v for k, v in after.items() if k != label} == \
            {k: v for k, v in before.items() if k != label}
        justel = write_justel(out)
        assert "[1 § 1er.]1" in justel
        assert strip_marks(justel) == render_text(out)
    if others:
        article = data.draw(st.sampled_from(others))
        wrap = _pair(Target(act=LOI_2001, article=label_text(article)), "Le Roi fixe.", ())[0]
        (out,), report = run([document], act_of([wrap]), keep_going=True)
        assert report.outcomes[0].status == "failed"
        assert report.outcomes[0].error_code == "A004"
        assert xml(out) == xml(document)  # a failure changes nothing
