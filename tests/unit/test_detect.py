"""Language detection (``consolidate.lang.detect``), ``--lang``, and the refusal of a Dutch
act while the parser has no Dutch lexicon (never "transitional" with 0 operations)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_path

from consolidate import api
from consolidate.cli import main
from consolidate.cli.explain_cmd import WORDS, explain_article
from consolidate.errors import ParseError
from consolidate.lang.detect import (
    LanguageError,
    detect,
    front_matter_language,
    has_lexicon,
    language_name,
    require_readable,
    resolve,
    scores,
)
from consolidate.parser import read_text

SEED = Path(api.__file__).parent / "data" / api.EMBEDDED_ACT


def excerpts(name: str) -> list[Path]:
    return sorted(shared_path("data/excerpts/nl").glob(f"*/{name}"))


def _body(path: Path) -> str:
    """The text without its front matter (detection by the words alone)."""
    text = path.read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1] if text.startswith("---") else text


def test_every_real_dutch_and_french_text_is_detected_by_its_words() -> None:
    dutch, french = excerpts("act.nl.md"), excerpts("act.fr.md")
    assert len(dutch) == 18 and len(french) == 3
    assert [detect(_body(path)) for path in dutch] == ["nl"] * 18
    assert [detect(_body(path)) for path in french] == ["fr"] * 3
    assert detect(SEED.read_text(encoding="utf-8")) == "fr"


def test_the_front_matter_wins() -> None:
    dutch_words = "Art. 2. In artikel 10 van de wet worden de woorden vervangen."
    assert detect(dutch_words) == "nl"
    assert detect("---\nlanguage: fr\n---\n" + dutch_words) == "fr"
    assert detect("---\ntitle-fr: \"Loi\"\n---\n" + dutch_words) == "fr"
    assert front_matter_language("---\nlanguage: Nederlands\n---\nArt. 1.") == "nl"
    assert front_matter_language("Art. 1.") is None
    with pytest.raises(LanguageError, match="unknown language 'klingon'"):
        detect("---\nlanguage: klingon\n---\n")


def test_quoted_words_are_not_counted() -> None:
    # art. 16 of the 2024 law quotes Dutch words inside a French sentence
    sentence = ('Dans le texte néerlandais de l\'article 47 de la même loi, le mot '
                '"reserveonderofficierin van het en de worden wordt" est remplacé par le mot '
                '"reserveonderofficier".')
    assert scores(sentence)["nl"] == 0
    assert detect(sentence) == "fr"
    assert detect("") == "fr"  # no evidence: the package's default


def test_given_language_wins_and_names() -> None:
    assert resolve("In artikel 10 van de wet", "fr") == "fr"
    assert resolve("In artikel 10 van de wet") == "nl"
    assert [language_name(n) for n in ("NL", "dutch", "français", "fr")] == [
        "nl", "nl", "fr", "fr"]


def test_a_dutch_act_is_read_with_the_dutch_lexicon() -> None:
    path = next(p for p in excerpts("act.nl.md") if p.parent.name == "2002031409")
    act = api.parse(path)
    assert [op.op for op in act.operations()] == [
        "replace_words", "repeal_words", "repeal_unit", "replace_unit"]
    assert all(op.language == "nl" for op in act.operations())
    # a French heading style does not make it French: the words decide
    text = path.read_text(encoding="utf-8").replace("**Artikel 1.**", "**Article 1er.**")
    assert len(api.parse(text=text).operations()) == 4
    # read as French it is refused, never "transitional" with no operation
    with pytest.raises(ParseError):
        api.parse(path, language="fr")


def test_the_commands_read_it_and_take_lang(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(next(p for p in excerpts("act.nl.md") if p.parent.name == "2002031409"))
    assert main(["parse", path, "--format", "text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and all("[nl]" in line for line in lines)
    assert main(["explain", path, "--article", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Artikel 3 — wijzigingsbepaling (volgens: ")
    assert "    bewerking: repeal_words" in out
    assert main(["explain", path, "--article", "99"]) == 2
    assert "artikel 99 staat niet in de akte" in capsys.readouterr().err
    assert main(["parse", "--lang", "fr", "--format", "text"]) == 0
    assert capsys.readouterr().out.count("\n") == 40
    assert main(["parse", "--lang", "xx"]) == 2
    assert "not a language (fr or nl): 'xx'" in capsys.readouterr().err


def test_explain_words_have_a_dutch_table() -> None:
    assert set(WORDS["nl"]) == set(WORDS["fr"])
    reading = read_text(SEED.read_text(encoding="utf-8"), "seed")
    article = reading.article("16")
    assert article is not None
    french = explain_article(article)
    assert "— Dutch text only" in french
    dutch = explain_article(article, "nl")
    assert dutch.startswith("Artikel 16 — wijzigingsbepaling (volgens: ")
    assert "    regels: " in dutch and "    bewerking: replace_words" in dutch
    # in a Dutch act, an operation on the Dutch text is not restricted: no remark
    assert "alleen de Nederlandse tekst" not in dutch
    basis = reading.article("1er")
    assert basis is not None
    assert explain_article(basis, "nl").startswith("Artikel 1er — bevoegdheidsgrondslag")


def test_parse_language_must_be_a_language() -> None:
    from consolidate.errors import ArgumentError

    with pytest.raises(ArgumentError, match=r"parse\(\): language must be 'fr' or 'nl'"):
        api.parse(language="de")
    assert len(api.parse(language="fr").operations()) == 40


def test_a_language_without_a_lexicon_is_refused_in_its_words() -> None:
    assert has_lexicon("fr") and has_lexicon("nl") and not has_lexicon("de")
    with pytest.raises(LanguageError) as caught:
        require_readable("de", "act.md")
    assert caught.value.code == "P020"
