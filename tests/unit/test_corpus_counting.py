"""The corpus report's own count of amending instructions (by their verbs, outside quotes),
on real sentences of ../shared/data (and on the embedded 2024 law where none is needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consolidate import api
from consolidate.corpus.counting import count_articles, count_instructions, unquoted

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is not here: ../shared is absent")
    return path


def test_future_tense_and_quotes() -> None:
    # 2019012121, art. 2: "sera remplacée par ce qui suit", the quoted phrases hold no verb
    sentence = ('Dans l\'article 25, § 1er, dernier alinéa, de la loi du 27 avril 2018 sur la '
                'police des chemins de fer, la dernière phrase "L\'agent constatateur doit en '
                'permanence et de manière visible être identifiable par son nom" sera remplacée '
                'par ce qui suit "L\'agent constatateur doit en permanence et de manière visible '
                'être identifiable par un numéro unique de cinq chiffres au maximum.".')
    assert count_instructions(sentence) == 1


def test_history_recitals_are_not_instructions() -> None:
    # 2022015455, art. 3: a recital, a lead-in, then the points
    assert count_instructions("Dans l'article 11 de la même loi, modifié en dernier lieu par la "
                              "loi du 30 mars 2017, les modifications suivantes sont "
                              "apportées:") == 0
    assert count_instructions("l'article 10/1, inséré par la loi du 6 juillet 2017, est "
                              "abrogé;") == 1
    assert count_instructions('b) au paragraphe 1er, 2°, dans le texte néerlandais, le mot '
                              '"beheerst" est remplacé par le mot "beheert" et les mots "des '
                              'conflits armés" sont remplacés par le mot "international";') == 2


def test_words_inside_quotes_do_not_count() -> None:
    quoted = '"Art. 5. Le § 2 est abrogé." est inséré'
    assert "abrogé" not in unquoted(quoted)
    assert count_instructions(quoted) == 1
    # a quote left open runs to the end of the article: fewer verbs, never more
    assert count_instructions('il est inséré un 2°/1 rédigé comme suit: "2°/1 le texte est '
                              'remplacé') == 1


def test_dutch_participles() -> None:
    # excerpts/nl/2013031159, art. 2 to 4
    assert count_instructions("Aan artikel 11, § 2, van het Brussels Wetboek van Ruimtelijke "
                              "Ordening wordt een punt 5 toegevoegd dat luidt als volgt :") == 1
    assert count_instructions("Artikel 98, § 2/2, van hetzelfde Wetboek wordt geschrapt.") == 1
    assert count_instructions("Artikel 4, ingevoegd bij de wet van 3 mei 2005, wordt "
                              "opgeheven.") == 1
    # excerpts/nl/kb-2022-09-18-werkloosheid-art51, art. 1: a recital with "vervangen door"
    assert count_instructions(
        "In artikel 51, § 1, tweede lid, 4°, van het koninklijk besluit van 25 november 1991 "
        "houdende de werkloosheidsreglementering, vervangen door het koninklijk besluit van 29 "
        'juni 2000, wordt tussen de woorden "de" en "werkloze" het woord "volledig" '
        "ingevoegd.") == 1
    assert count_instructions('worden de woorden "X" vervangen door de woorden "Y"') == 1


def test_the_2024_law_has_40_instructions_in_24_amending_articles() -> None:
    articles = count_articles(api.embedded(api.EMBEDDED_ACT).decode("utf-8"))
    assert sum(a.instructions for a in articles) == 40  # the 40 operations of the law
    assert [a.number for a in articles][:3] == ["1er", "2", "3"]


def test_legalize_be_headings_footnotes_and_marks() -> None:
    text = shared("corpus/be/2024003720.md").read_text(encoding="utf-8")
    articles = count_articles(text)
    assert sum(a.instructions for a in articles) == 40
    assert all(a.line > 19 for a in articles)


def test_excerpts_count_near_the_readme() -> None:
    # the excerpts' README: "about 40 amending instructions" in fr/
    total = sum(a.instructions for path in shared("excerpts/fr").glob("*/act.fr.md")
                for a in count_articles(path.read_text(encoding="utf-8")))
    assert 35 <= total <= 45


def test_rules_of_the_act_that_use_amending_verbs_are_not_instructions() -> None:
    # 2018011241 (a new institution, Sciensano), art. 7, 14 and 28; 2003009298, art. 6
    assert count_instructions("Le Roi règle la manière dans les membres sont remplacés en cas "
                              "d'absence ou d'empêchement.") == 0
    assert count_instructions("Le Roi fixe la durée de la désignation du directeur général et "
                              "règle la manière dont le directeur général est remplacé en cas "
                              "d'absence ou d'empêchement.") == 0
    assert count_instructions("Si, dans un délai de huit jours calendrier …, le ministre "
                              "compétent n'a pas prononcé l'annulation, la décision devient "
                              "définitive, sans préjudice des dispositions de la loi du 22 mai "
                              "2003.") == 0
    assert count_instructions("Le cautionnement est attribué à l'Etat ou l'engagement du tiers "
                              "devient exigible dès que le saisi …") == 0
    # a renumbering names the unit it makes, and a replacement says by what
    assert count_instructions("2° entre les alinéas 1er et 2, qui devient le 6°, quatre "
                              "alinéas sont insérés rédigés comme suit:") == 2
    assert count_instructions("L'article 73bis de la même loi devient l'article 73ter.") == 1
    assert count_instructions("le § 3 devient § 4;") == 1  # the label without its article
    assert count_instructions("le mot \"X\" est remplacé par le mot \"Y\" en cas de doute") == 1
