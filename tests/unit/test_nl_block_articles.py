"""Articles of quoted new text headed the Dutch way ("Artikel 2.4.7.", "Art. 5."): the block
builder reads its labels with the lexicon's ``block_label`` (consolidate/lang/shapes.py), the
article word of each language composed with the shared paragraph and item shapes.

The insertion formula is that of ../shared/data/excerpts/nl/2014031207/act.nl.md, art. 3
("In dezelfde wet, wordt een artikel 12ter ingevoegd dat luidt als volgt : « Art. 12ter. …»")
and of ../shared/design/dutch.md ("wordt een artikel … ingevoegd, luidende:").
"""

from __future__ import annotations

from consolidate.lang import fr, nl
from consolidate.model import NewUnit
from consolidate.parser import parse_text
from consolidate.parsing.blocks import block_chunks, build_units

HEAD = ('---\ntitle-nl: "Wet tot wijziging"\ndate: 2024-03-25\n---\n\n**Artikel 1.** Deze wet '
        "regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.\n\n")
LAW = ("de wet van 16 mei 2001 houdende statuut van de militairen van het reservekader van de "
       "Krijgsmacht")
ACT = (
    HEAD
    + f"**Art. 2.** In hoofdstuk II van {LAW}, wordt een artikel 5 ingevoegd, luidende:\n"
    '"Art. 5. § 1. De reservist meldt zich aan:\n1° bij zijn eenheid;\n2° bij het korps.\n'
    '§ 2. De Koning bepaalt de nadere regels.".\n\n'
    "**Art. 3.** In dezelfde wet, wordt een artikel 2.4.7 ingevoegd dat luidt als volgt :\n"
    "« Artikel 2.4.7. De reservist die de opleiding heeft beëindigd, wordt benoemd.\n"
    "Het tweede lid is van toepassing. ».\n"
)


def test_a_dutch_act_inserts_articles_headed_art_and_artikel() -> None:
    act = parse_text(ACT, language="nl")
    assert not act.problems
    first, second = act.operations()
    assert first.op == "insert_unit" and second.op == "insert_unit"
    assert first.new == (NewUnit(kind="article", label="5", text="", children=(
        NewUnit(kind="paragraph", label="1", text="De reservist meldt zich aan:", children=(
            NewUnit(kind="point", label="1°", text="bij zijn eenheid;"),
            NewUnit(kind="point", label="2°", text="bij het korps."),
        )),
        NewUnit(kind="paragraph", label="2", text="De Koning bepaalt de nadere regels."),
    )),)
    assert second.new == (NewUnit(kind="article", label="2.4.7", text=(
        "De reservist die de opleiding heeft beëindigd, wordt benoemd."), children=(
        NewUnit(kind="alinea", label=None, text="Het tweede lid is van toepassing."),
    )),)


def test_artikel_headings_start_units_of_a_dutch_block() -> None:
    content = ("Artikel 4.3.1. De vergunning wordt geweigerd.\n\n"
               "Artikel 4.3.2. De aanvraag wordt onderzocht.")
    chunks = [text for text, _ in block_chunks(content, nl.LEXICON)]
    units = build_units(chunks, nl.LEXICON)
    assert [(unit.kind, unit.label, unit.text) for unit in units] == [
        ("article", "4.3.1", "De vergunning wordt geweigerd."),
        ("article", "4.3.2", "De aanvraag wordt onderzocht."),
    ]


def test_artikel_is_no_article_word_in_french() -> None:
    units = build_units(["Artikel 4.3.1. De vergunning wordt geweigerd."], fr.LEXICON)
    assert [(unit.kind, unit.label) for unit in units] == [("alinea", None)]
    assert fr.LEXICON.block_label.pattern == fr.BLOCK_LABEL.pattern
