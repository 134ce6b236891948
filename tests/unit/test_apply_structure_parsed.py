"""End to end: act-level sentences read by the parser, applied to the 2001 seed, written in
Justel form (the parser is the lead's; these are the formulas of consolidate.drafter_structure).
The act borrows the front matter of the 2024 law (its reference and publication)."""

from __future__ import annotations

from pathlib import Path

from consolidate import api
from consolidate.justel import write_justel

ROOT = Path(__file__).resolve().parents[2]
HEAD = (ROOT / "seeds" / "loi-2024-03-25-statut-reserve.md").read_text(encoding="utf-8")
HEAD = HEAD.split("**Article 1er.**")[0]
BODY = """**Article 1er.** Dans la loi du 16 mai 2001 portant statut des militaires du cadre de \
réserve des Forces armées, il est inséré un article 10/1 rédigé comme suit :

"Art. 10/1. Le Roi fixe les modalités.".

**Art. 2.** Les articles 11 à 12 de la même loi sont abrogés.

**Art. 3.** L'article 76 de la même loi devient l'article 77.

**Art. 4.** L'article 39 de la même loi est abrogé.

**Art. 5.** L'article 39 de la même loi, abrogé par l'article 4, est rétabli dans la rédaction \
suivante :

"Art. 39. Le texte revient.".

**Art. 6.** Dans l'article 20 de la même loi, les 1° à 2° sont abrogés.

**Art. 7.** La présente loi entre en vigueur le 1er janvier 2025.
"""


def test_parsed_structural_sentences_apply_to_the_seed() -> None:
    act = api.parse(text=HEAD + BODY)
    ops = [op.op for op in act.operations()]
    assert ops == ["insert_unit", "repeal_unit", "renumber", "repeal_unit", "restore_unit",
                   "repeal_unit"]
    base = api.load(ROOT / "seeds" / "loi-2001-05-16-statut-reserve.fr.xml")
    (after,), report = api.apply([base], act)
    assert report.counts["applied"] == 6, report
    justel = write_justel(after)
    assert "Art. 10/1. [1 Le Roi fixe les modalités.]1" in justel
    assert "(1)<Inséré par L 2024-03-25/42, art. 1er, 002; En vigueur : 01-01-2025>" in justel
    assert "Art. 11bis. [1 ...]1" in justel
    assert "Art. 77. ([1 ancien art. 76 renuméroté en nouvel art. 77]1)" in justel
    assert "Art. 39. [2 Le texte revient.]2" in justel
    assert "(2)<rétabli par L 2024-03-25/42, art. 5, 002; En vigueur : 01-01-2025>" in justel
