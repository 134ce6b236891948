""""Dans le même article, …" / "In hetzelfde artikel …": the article the article before amended.

Acts that amend one article in several amending articles name it once and then write "Art. 3.
Dans le même article, le § 2 est abrogé.", "Au même article, il est ajouté …", "Le même
article est complété par …", "In hetzelfde artikel wordt …", "Hetzelfde artikel wordt
aangevuld met …" (the Guide's and the Handleiding's words). Each was refused (P007, "no rule
reads 'article'"). The article is the last one the amending article before designated, in
the same act; with none before, it is refused (P007); inside a lead-in that designates an
article, it is that article.
"""

from __future__ import annotations

import pytest

from consolidate.cli.parse_cmd import describe_operation
from consolidate.errors import ParseError
from consolidate.parser import parse_text

FR = ('---\ntitle: "Loi portant des dispositions diverses"\ndate: 2023-06-15\n---\n\n'
      "**Article 1er.** Dans l'article 5 de la loi du 8 août 1983 organisant un registre "
      "national des personnes physiques, les mots « A » sont remplacés par les mots « B ».\n\n")
NL = ('---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n'
      "**Artikel 1.** In artikel 5 van de wet van 8 augustus 1983 tot regeling van een "
      'Rijksregister worden de woorden "A" vervangen door de woorden "B".\n\n')


def second(head: str, text: str, language: str) -> list[str]:
    act = parse_text(f"{head}**Art. 2.** {text}\n", language=language)
    return [" ".join(describe_operation(op).split()) for op in act.operations()][1:]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dans le même article, le § 2 est abrogé.",
     "art. 2 repeal_unit loi du 1983-08-08, article 5, § 2: repeal the unit"),
    ("Au même article, il est ajouté un § 4 rédigé comme suit :\n\n« § 4. Quatre. ».",
     'art. 2 insert_unit loi du 1983-08-08, article 5: insert 1 paragraph: 4 "Quatre." at '
     "the end"),
    ("Le même article est complété par un alinéa rédigé comme suit :\n\n« Alinéa. ».",
     'art. 2 insert_unit loi du 1983-08-08, article 5: insert 1 alinéa: "Alinéa." at the end'),
])
def test_french_same_article(text: str, expected: str) -> None:
    assert second(FR, text, "fr") == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("In hetzelfde artikel wordt paragraaf 2 opgeheven.",
     "art. 2 repeal_unit loi du 1983-08-08, article 5, § 2 [nl]: repeal the unit"),
    ('Hetzelfde artikel wordt aangevuld met een paragraaf 4, luidende:\n\n"§ 4. Vier.".',
     'art. 2 insert_unit loi du 1983-08-08, article 5 [nl]: insert 1 paragraph: 4 "Vier." '
     "at the end"),
])
def test_dutch_same_article(text: str, expected: str) -> None:
    assert second(NL, text, "nl") == [expected]


def test_the_same_article_with_none_before_is_refused() -> None:
    with pytest.raises(ParseError) as caught:
        parse_text('---\ntitle: "Loi"\ndate: 2023-06-15\n---\n\n**Article 1er.** Dans le même '
                   "article, le § 2 est abrogé.\n", language="fr")
    assert caught.value.code == "P007"
    assert "le même article" in str(caught.value)


def test_in_a_lead_in_the_same_article_is_the_lead_ins() -> None:
    act = parse_text(FR + "**Art. 2.** À l'article 7 de la même loi, les modifications "
                     "suivantes sont apportées :\n\n1° au 3°, le mot « C » est abrogé;\n\n2° "
                     "dans le même article, le § 2 est abrogé.\n", language="fr")
    assert [(op.target.article, [(s.unit, s.label) for s in op.target.path])
            for op in act.operations()][1:] == [("7", [("point", "3°")]),
                                                ("7", [("paragraph", "2")])]
