"""The modelled base texts satisfy every constraint of the design page base-texts.md.

Each constraint the 2024 law implies about the texts it amends is asserted by its own test,
through the public addressing (``consolidate.address``): a quoted fragment must occur exactly
once (on word boundaries, after folding) in the unit the 2024 law targets, and for "insérés
entre les mots A et les mots B" A must be immediately followed by B exactly once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from consolidate import api
from consolidate.address import resolve, resolve_address, split_sentences
from consolidate.document import (
    Document,
    akn,
    alineas_of,
    cns,
    label_text,
    load_file,
    points_of,
    text_of,
    units,
)
from consolidate.text import find_words

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DATA = ROOT / "consolidate" / "data"
FR_2001 = "loi-2001-05-16-statut-reserve.fr.xml"
NL_2001 = "loi-2001-05-16-statut-reserve.nl.xml"
FR_2016 = "loi-2016-04-10-travail-distance.fr.xml"


@pytest.fixture(scope="module")
def fr() -> Document:
    """The French model of the loi du 16 mai 2001."""
    return load_file(SEEDS / FR_2001)


@pytest.fixture(scope="module")
def nl() -> Document:
    """The Dutch model of the loi du 16 mai 2001 (arts. 28 and 47)."""
    return load_file(SEEDS / NL_2001)


@pytest.fixture(scope="module")
def tw() -> Document:
    """The French model of the loi du 10 avril 2016."""
    return load_file(SEEDS / FR_2016)


def text(document: Document, address: str) -> str:
    """The plain text of the unit at ``address``."""
    return text_of(resolve_address(document, address))


def occurrences(document: Document, address: str, words: str) -> int:
    """How many times ``words`` occur (word boundaries, folded) in the unit at ``address``."""
    return len(find_words(text(document, address), words))


def item_labels(document: Document, address: str) -> list[str]:
    """Labels of the items of the enumeration of the alinéa/item at ``address``."""
    return [label_text(point) for point in points_of(resolve_address(document, address))]


def alinea_count(document: Document, address: str) -> int:
    """Number of (non-repealed) alinéas of the article or paragraph at ``address``."""
    return len(alineas_of(resolve_address(document, address)))


# --- the files ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [FR_2001, NL_2001, FR_2016])
def test_embedded_copy_is_identical_to_the_seed(name: str) -> None:
    assert (DATA / name).read_bytes() == (SEEDS / name).read_bytes()


def test_embedded_bases_are_the_three_seeds() -> None:
    assert set(api.EMBEDDED_BASES) == {FR_2001, NL_2001, FR_2016}
    assert [doc.identity.numac for doc in api.load_embedded()] == [
        "2001007141", "2001007141", "2016007106",
    ]


def test_2001_french_model_holds_the_articles_the_2024_law_touches(fr: Document) -> None:
    labels = [label_text(article) for article in fr.articles()]
    assert labels == [
        "10", "10bis", "11", "11bis", "12", "15", "16", "18", "19", "20", "26", "28", "38",
        "39", "47", "50", "52", "53bis", "58", "62bis", "72", "73", "76",
    ]


def test_2001_dutch_model_holds_articles_28_and_47_only(nl: Document) -> None:
    assert [label_text(article) for article in nl.articles()] == ["28", "47"]


def test_2016_model_holds_articles_1_to_3(tw: Document) -> None:
    assert [label_text(article) for article in tw.articles()] == ["1er", "2", "3"]


# --- identity -----------------------------------------------------------------------------


def test_2001_identity(fr: Document, nl: Document) -> None:
    for document, language in ((fr, "fr"), (nl, "nl")):
        identity = document.identity
        assert identity.type == "loi"
        assert identity.date.isoformat() == "2001-05-16"
        assert identity.numac == "2001007141"
        assert identity.eli == "eli/loi/2001/05/16/2001007141"
        assert identity.language == language
        assert identity.is_model
        assert identity.version == 1
    assert fr.identity.title == (
        "portant statut des militaires du cadre de réserve des Forces armées"
    )
    assert nl.identity.title == (
        "houdende het statuut van de militairen van het reservekader van de Krijgsmacht"
    )


def test_2016_identity(tw: Document) -> None:
    identity = tw.identity
    assert (identity.type, identity.date.isoformat(), identity.language) == (
        "loi", "2016-04-10", "fr",
    )
    assert identity.title == "relative au travail à distance au sein de la Défense"
    assert identity.numac == "2016007106"
    assert identity.eli == "eli/loi/2016/04/10/2016007106"
    assert identity.is_model


@pytest.mark.parametrize("name", [FR_2001, NL_2001, FR_2016])
def test_metadata_says_it_is_a_model_with_verbatim_fragments(name: str) -> None:
    document = load_file(SEEDS / name)
    statement = document.root.findtext(f".//{cns('act')}/{cns('statement')}") or ""
    assert document.identity.is_model
    words = statement.lower()
    assert ("modélisé" in words and "mot pour mot" in words) or (
        "gemodelleerd" in words and "letterlijk" in words
    )


@pytest.mark.parametrize("name", [FR_2001, NL_2001, FR_2016])
def test_frbr_says_the_same_as_c_act(name: str) -> None:
    document = load_file(SEEDS / name)
    identity = document.identity
    work = document.root.find(f".//{akn('FRBRWork')}")
    assert work is not None
    aliases = {alias.get("name"): alias.get("value") for alias in work.iter(akn("FRBRalias"))}
    assert aliases == {"ELI": identity.eli, "numac": identity.numac}
    date = work.find(akn("FRBRdate"))
    assert date is not None and date.get("date") == identity.date.isoformat()
    name_el = work.find(akn("FRBRname"))
    assert name_el is not None and name_el.get("value") == identity.title
    language = document.root.find(f".//{akn('FRBRExpression')}/{akn('FRBRlanguage')}")
    assert language is not None
    assert language.get("language") == {"fr": "fra", "nl": "nld"}[identity.language]


# --- arts. 10 to 12 (2024 arts. 2 to 6) -------------------------------------------------------

ADMISSIONS = [
    ("10", "les officiers de carrière du niveau A qui sont mis à la pension pour une autre "
           "raison que l'inaptitude physique"),
    ("10bis", "les officiers de carrière du niveau B qui sont mis à la pension pour une autre "
              "raison que l'inaptitude physique"),
    ("11", "les sous-officiers de carrière du niveau B qui sont mis à la pension pour une autre "
           "raison que l'inaptitude physique"),
    ("11bis", "les sous-officiers de carrière du niveau C qui sont mis à la pension pour une "
              "autre raison que l'inaptitude physique"),
    ("12", "à leur demande et pour autant que les besoins d'encadrement des forces armées le "
           "permettent : les volontaires de carrière qui sont mis à la pension pour une autre "
           "raison que l'inaptitude physique"),
]


@pytest.mark.parametrize(("article", "words"), ADMISSIONS)
def test_art_10_to_12_item_1_holds_the_replaced_words_once(
    fr: Document, article: str, words: str
) -> None:
    assert occurrences(fr, f"article {article}, 1°", words) == 1


@pytest.mark.parametrize("article", [article for article, _ in ADMISSIONS])
def test_art_10_to_12_one_enumeration_1_2_and_no_3(fr: Document, article: str) -> None:
    node = resolve_address(fr, f"article {article}")
    assert len(alineas_of(node)) == 1
    assert item_labels(fr, f"article {article}, alinéa 1er") == ["1°", "2°"]


@pytest.mark.parametrize("article", [article for article, _ in ADMISSIONS])
def test_art_10_to_12_item_2_admits_de_plein_droit(fr: Document, article: str) -> None:
    assert occurrences(fr, f"article {article}, 1°", "de plein droit") == 0
    assert occurrences(fr, f"article {article}, 2°", "de plein droit") == 1


def test_art_12_writes_forces_armees_in_lower_case(fr: Document) -> None:
    assert "forces armées" in text(fr, "article 12, 1°")
    assert "Forces armées" not in text(fr, "article 12, 1°")


# --- arts. 15 to 20 (2024 arts. 7 to 11) ----------------------------------------------------


def test_art_15_alinea_3(fr: Document) -> None:
    assert alinea_count(fr, "article 15") >= 3
    words = "son rengagement comme sous-officier ou volontaire de réserve ne soit pas suspendu"
    assert occurrences(fr, "article 15, alinéa 3", words) == 1


def test_art_16_has_exactly_five_alineas(fr: Document) -> None:
    assert alinea_count(fr, "article 16") == 5


@pytest.mark.parametrize(
    ("alinea", "before"),
    [
        ("2", "le sous-officier de réserve du niveau C"),
        ("3", "le sous-officier de réserve du niveau B ou du niveau C"),
    ],
)
def test_art_16_insertion_point_is_unique(fr: Document, alinea: str, before: str) -> None:
    address = f"article 16, alinéa {alinea}"
    assert occurrences(fr, address, "à l'article 7, " + before) == 1
    assert occurrences(fr, address, "à l'article 7,") == 1


def test_art_18_alinea_3_cites_art_16_alinea_3(fr: Document) -> None:
    assert alinea_count(fr, "article 18") >= 3
    assert occurrences(fr, "article 18, alinéa 3", "l'article 16, alinéa 3") == 1


def test_art_19_paragraph_1_alinea_2_enumerates_1_to_3(fr: Document) -> None:
    article = resolve_address(fr, "article 19")
    assert [label_text(p) for p in units(article, "paragraph")] == ["1er", "2"]
    assert alinea_count(fr, "article 19, § 1er") == 2
    assert item_labels(fr, "article 19, § 1er, alinéa 2") == ["1°", "2°", "3°"]


def test_art_20_alinea_1_item_1_has_a_and_b(fr: Document) -> None:
    assert item_labels(fr, "article 20, alinéa 1er, 1°") == ["a)", "b)"]
    assert "formation professionnelle" in text(fr, "article 20, alinéa 1er, 1°, b)")


# --- arts. 26 to 47 (2024 arts. 12 to 16) ---------------------------------------------------


def test_art_26_alinea_1(fr: Document) -> None:
    assert alinea_count(fr, "article 26") >= 2
    words = "s'il est candidat officier de réserve ou sous-officier de réserve du niveau B"
    assert occurrences(fr, "article 26, alinéa 1er", words) == 1


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_art_28_phrase_liminaire_and_items_up_to_4(
    fr: Document, nl: Document, language: str
) -> None:
    document = fr if language == "fr" else nl
    assert text(document, "article 28, phrase liminaire")
    labels = item_labels(document, "article 28, alinéa 1er")
    assert labels[:4] == ["1°", "2°", "3°", "4°"]
    assert text(document, "article 28, 4°").rstrip()[-1] in ";."


def test_art_28_dutch_phrase_liminaire_has_is_once(nl: Document) -> None:
    assert occurrences(nl, "article 28, phrase liminaire", "is") == 1


def test_art_28_french_item_4_ends_with_engagement(fr: Document) -> None:
    assert text(fr, "article 28, 4°").rstrip(" ;.").endswith("engagement")


def test_art_38_sentence_sits_next_to_another_sentence(fr: Document) -> None:
    sentence = "Le Roi fixe les conditions dans lesquelles ces prestations peuvent être effectuées."
    article = resolve_address(fr, "article 38")
    holders = [a for a in alineas_of(article) if find_words(text_of(a), sentence)]
    assert len(holders) == 1
    assert len(find_words(text_of(holders[0]), sentence)) == 1
    assert len(split_sentences(text_of(holders[0]))) >= 2
    assert resolve(fr, "38", ()) is article


def test_art_39_exists(fr: Document) -> None:
    article = resolve_address(fr, "article 39")
    assert article.get("status") != "removed"
    assert text_of(article)


def test_art_47_dutch_text_has_reserveonderofficierin(nl: Document) -> None:
    assert occurrences(nl, "article 47", "reserveonderofficierin") == 1


# --- arts. 50 to 62bis (2024 arts. 17 to 21) ------------------------------------------------


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("article 50, alinéa 4", "Le commissionnement"),
        ("article 52, alinéa 3", "Le commissionnement"),
        ("article 53bis", "L'appréciation de poste"),
        ("article 58, alinéa 1er, phrase liminaire", "au commissionnement"),
        ("article 62bis, alinéa 2", "des sous-officiers de"),
        ("article 76", "10, 11 et 12, 58 et 65"),
    ],
)
def test_replaced_words_occur_once(fr: Document, address: str, words: str) -> None:
    assert occurrences(fr, address, words) == 1


# --- arts. 72 to 76 (2024 arts. 22 to 24) ---------------------------------------------------


def test_art_72_has_exactly_three_alineas(fr: Document) -> None:
    assert alinea_count(fr, "article 72") == 3


def test_art_72_alinea_1_enumerates_1_to_6(fr: Document) -> None:
    labels = item_labels(fr, "article 72, alinéa 1er")
    assert {"1°", "3°", "6°"} <= set(labels)
    assert labels == ["1°", "2°", "3°", "4°", "5°", "6°"]


def test_art_72_item_6_insertion_point_is_unique(fr: Document) -> None:
    address = "article 72, alinéa 1er, 6°"
    assert occurrences(fr, address, "n'a pas un rengagement suspendu.") == 1
    assert occurrences(fr, address, "n'a pas un") == 1


def test_art_73_alinea_4_has_nouveau_once(fr: Document) -> None:
    assert alinea_count(fr, "article 73") >= 4
    assert occurrences(fr, "article 73, alinéa 4", "nouveau") == 1


# --- the loi du 10 avril 2016 (2024 arts. 25 and 26) ----------------------------------------


def test_2016_art_2_alinea_1_phrase_liminaire(tw: Document) -> None:
    assert occurrences(tw, "article 2, alinéa 1er, phrase liminaire", "du cadre actif") == 1


def test_2016_art_2_alinea_2_insertion_point(tw: Document) -> None:
    words = "les candidats militaires qui se trouvent dans la sous-position"
    assert occurrences(tw, "article 2, alinéa 2", words) == 1
    assert occurrences(tw, "article 2, alinéa 2", "les candidats militaires") == 1


def test_2016_art_3_exists_with_an_alinea(tw: Document) -> None:
    assert alinea_count(tw, "article 3") >= 1


# --- cross-check with the parsed 2024 law ----------------------------------------------------


def test_every_quoted_fragment_of_the_2024_law_occurs_once_in_its_target(
    fr: Document, nl: Document, tw: Document
) -> None:
    """Whatever the parser reads from the 2024 law, its quoted old words are in the models."""
    act = api.parse()
    checked = 0
    for article in act.articles:
        for op in article.operations:
            in_2016 = op.target.act.date.year == 2016
            document = tw if in_2016 else (nl if op.language == "nl" else fr)
            node = resolve(document, op.target.article, op.target.path)
            plain = text_of(node) if isinstance(node.tag, str) else ""
            if op.op in ("replace_words", "repeal_words"):
                assert len(find_words(plain, op.old)) == 1, (article.number, op.old)
                checked += 1
            elif op.op == "insert_words":
                anchor = " ".join(part for part in (op.after, op.before) if part)
                assert len(find_words(plain, anchor)) == 1, (article.number, anchor)
                checked += 1
    assert checked >= 15


def test_units_carry_no_label_in_their_text(fr: Document) -> None:
    for p in fr.body.iter(akn("p")):
        content = "".join(str(part) for part in p.itertext())
        assert not content.startswith(("Art.", "§", "1°", "2°")), content
        assert isinstance(p, etree._Element)
