"""The CLI keeps the text of a large amending act compressed (the line an error quotes)."""

from __future__ import annotations

from consolidate.cli.inputs import ActText


def test_the_cli_keeps_a_large_act_text_compressed() -> None:
    """The text an error line quotes comes back as it was (accents, line ends), compressed
    only past a megabyte."""
    small = "Art. 1er. À l'article 2, les mots « été » sont remplacés.\r\n"
    large = small * (ActText.LARGE // len(small) + 1)
    assert not ActText(small).compressed and ActText(small).text() == small
    kept = ActText(large)
    assert kept.compressed and isinstance(kept.data, bytes) and len(kept.data) < len(large) // 10
    assert kept.text() == large
