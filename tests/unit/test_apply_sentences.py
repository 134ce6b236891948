"""New sentences (``insert_unit`` of units of kind ``sentence``, which have no label): "… est
complété par la phrase suivante : "…"" puts them after the unit's last sentence
(consolidate/handlers/words.py, prepare_sentences)."""

from __future__ import annotations

from apply_docs import alinea, amending, article, document, point, run, source, target, text

from consolidate.applier import apply
from consolidate.model import InsertUnit, NewUnit

BASE = document(
    article("163", alinea("Le tribunal de police statue sur la prévention."),
            alinea("Le jugement est motivé.")),
    article("28", alinea(intro="Le militaire est :",
                         items=point("1°", "radié;") + point("4°", "rengagé."))),
)


def sentence(address: str, words: str, position: str = "end") -> InsertUnit:
    return InsertUnit(source=source("2"), target=target(address),
                      new=(NewUnit(kind="sentence", text=words),),
                      position=position)  # type: ignore[arg-type]


def test_a_sentence_completes_the_alinea_after_its_last_sentence() -> None:
    # corpus/be/2022033790.md, art. 2: "L'article 163, alinéa 1er, du Code d'instruction
    # criminelle, … est complété par la phrase suivante: "L'article 190, alinéas 3 à 7,
    # s'applique par analogie au tribunal de police."."
    out = run(BASE, sentence("article 163, alinéa 1er",
                             "L'article 190, alinéas 3 à 7, s'applique par analogie au tribunal "
                             "de police."))
    assert text(out, "article 163, alinéa 1er") == (
        "Le tribunal de police statue sur la prévention. L'article 190, alinéas 3 à 7, "
        "s'applique par analogie au tribunal de police.")
    assert text(out, "article 163, alinéa 2") == "Le jugement est motivé."


def test_a_sentence_at_the_start_of_the_unit() -> None:
    out = run(BASE, sentence("article 163, alinéa 2", "Il est écrit.", "start"))
    assert text(out, "article 163, alinéa 2") == "Il est écrit. Le jugement est motivé."


def test_a_sentence_after_an_enumeration_is_refused() -> None:
    # the alinéa ends with its items: the formula does not say where the sentence goes
    _, report = apply([BASE], amending(("2", [sentence("article 28, alinéa 1er", "Un.")])),
                      keep_going=True)
    (outcome,) = report.outcomes
    assert outcome.status == "failed" and "enumeration" in (outcome.message or "")


def test_a_sentence_placed_by_label_is_refused() -> None:
    _, report = apply([BASE], amending(("2", [sentence("article 163, alinéa 1er", "Un.",
                                                       "label")])), keep_going=True)
    (outcome,) = report.outcomes
    assert outcome.status == "failed" and "no" in (outcome.message or "")
