"""A renumbering joined to an insertion ("il est inséré un § k rédigé comme suit : « … », les
§§ k à n actuels devenant les §§ k+1 à n+1", parsing/became.py): the consolidated text is
the one of the same change written as points of their own (the renumberings, the last first,
then the insertion), whatever the number of §§ and the place of the new one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from consolidate import api
from consolidate.justel import read_text, write_justel

LAW = "la loi du 10 avril 2016 relative au travail à distance au sein de la Défense"
HEAD = f"""---
title-fr: "Loi modifiant la loi du 10 avril 2016 relative au travail à distance"
date: 2024-06-01
---

**Article 1er.** La présente loi règle une matière visée à l'article 74 de la Constitution.

**Art. 2.** Dans l'article 5 de {LAW}, """


def _label(number: int) -> str:
    return "1er" if number == 1 else str(number)


def _base(count: int) -> str:
    paragraphs = "\n".join(f"§ {_label(number)}. Le texte numéro {number} s'applique."
                           for number in range(1, count + 1))
    return ("10 AVRIL 2016. - Loi relative au travail à distance au sein de la Défense\n\n"
            "Article 1er. La présente loi règle une matière visée à l'article 74 de la "
            f"Constitution.\n\nArt. 5. {paragraphs}\n")


def _listed(numbers: list[int]) -> str:
    labels = [_label(number) for number in numbers]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " et " + labels[-1]


def _consolidated(act: str, count: int) -> str:
    (after,), report = api.apply([read_text(_base(count), source="base.txt")],
                                 api.parse(text=act, language="fr"), keep_going=True)
    assert report.counts["failed"] == 0, report
    return write_justel(after)


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 6), st.data())
def test_the_joined_renumbering_is_the_points_that_say_it(count: int,
                                                          data: st.DataObject) -> None:
    place = data.draw(st.integers(2, count))
    moved = list(range(place, count + 1))
    new = f"« § {place}. Le commandant donne son avis. »"
    noun = "le §" if len(moved) == 1 else "les §§"
    actual = "actuel" if len(moved) == 1 else "actuels"
    joined = (HEAD + f"il est inséré un § {place} rédigé comme suit : {new}, {noun} "
              f"{_listed(moved)} {actual} devenant {noun} {_listed([n + 1 for n in moved])}.\n")
    points = [f"le § {number} devient le § {number + 1}" for number in reversed(moved)]
    points.append(f"il est inséré un § {place} rédigé comme suit : {new}")
    written = (HEAD + "les modifications suivantes sont apportées :\n" + ";\n".join(
        f"{index}° {point}" for index, point in enumerate(points, start=1)) + ".\n")
    text = _consolidated(joined, count)
    assert text == _consolidated(written, count)
    assert f"§ {place}. Le commandant donne son avis." in text
    assert f"§ {count + 1}.]1 Le texte numéro {count} s'applique." in text
