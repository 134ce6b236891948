"""Label shapes shared by the languages: the Latin suffixes (bis, ter …) and the shapes of
article, paragraph and item labels, and the labelled units of quoted new text.

Belgian acts write labels the same way in French and Dutch ("10bis", "§ 2", "3°", "b)"); the
French ordinal suffixes of "1er" / "1re" are read in both (a Dutch text never has them, so
they never match there). Only the article word before a label differs by language: it is a
field of the :class:`~consolidate.lang.lexicon.Lexicon` (``block_article_word``), and
:func:`block_label` composes it with the shapes below.
"""

from __future__ import annotations

from ..text import CODE_LABEL

LATIN = (
    # bis … novies, and their compounds with decies ("octiesdecies", "noviesdecies"), semel
    r"(?:(?:un|duo|ter|quater|quin|sex|septen|octo|novem)?decies|(?:bis|ter|quater|quinquies"
    r"|sexies|septies|octies|novies|nonies)(?:decies)?|vicies(?:\s*semel)?|tricies)"
)
#: an article label: 1er, 10, 10bis, 71/1; the Code des sociétés et des associations' 2:143/1
ARTICLE_LABEL = rf"\d+(?:er)?{LATIN}?(?:/\d+{LATIN}?)*(?::\d+{LATIN}?(?:/\d+{LATIN}?)*)?"
#: a paragraph / alinéa number: 1er, 2, 2/1
NUMBER_LABEL = rf"\d+(?:er|re|e)?{LATIN}?(?:/\d+)?"
#: an item label: 4°, 2/1°, 2°bis, 2°/1, b), bbis), 1)
ITEM_LABEL = (
    # "1° ter." (Justel's spacing, 2016003166 art. 27, 4°) is the label 1°ter
    rf"(?:\d+(?:/\d+)?°(?:[ ]?{LATIN})?(?:[ ]?/\d+)?|\d+{LATIN}°|[a-z]{LATIN}?\)|\d+\))"
)


def block_label(article_word: str) -> str:
    """A labelled unit inside quoted new text (verbose, case-sensitive): an article headed
    by ``article_word`` (a fragment: "(?:Art\\.|Article)"; a Code's or a compound label:
    "Art. XII.1. § 1er.", "Art. L1124-1.", "Artikel 4.3.1."; group ``article``, its label
    ``article_label``), a paragraph "§ 2." (``paragraph``, ``paragraph_label``) or an item
    "3°", "b)", "1)", "1." (``item``)."""
    return rf"""^(?:(?P<article>{article_word}\s*(?P<article_label>{CODE_LABEL}|{ARTICLE_LABEL})
                       (?:\s?\.(?:\s*[-–—])?|\s+[-–—](?=\s)))
          |(?P<paragraph>§\s*(?P<paragraph_label>{NUMBER_LABEL})\.)
          |(?P<item>{ITEM_LABEL}|\d+\.(?=\s)))(?:(?<=°|[a-z])\.(?=\s))?\s*"""  # "16°. Sur …"
