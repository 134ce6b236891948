"""The kinds of act a Justel reference names: ``<L 2024-03-25/42, …>``, ``<DCFL …>``, ``<BVR …>``.

Justel writes, before the amending act's reference, an abbreviation of its kind (and for the
entities' acts, of its author). The reader knows the kinds below; a footnote or an older
reference ``<… >`` of any other kind is an error (``E102``; lenient: a warning, the note kept as
read), never a silent guess of what the act is (docs/justel.md, "Kinds of the acts").

``SEEN``: on a page in ``../shared`` (the Code pénal fr/nl, the corpus bases). ``LISTED``: the
kinds Justel is known to write for the other entities and those the writer composes
(:data:`consolidate.model.JUSTEL_KINDS`, :data:`consolidate.lang.nl_words.JUSTEL_KINDS`), not
seen on a page here: read, and said so in the docs.
"""

from __future__ import annotations

SEEN: dict[str, str] = {
    "L": "loi",
    "LW": "loi (the Code pénal's page writes it once, art. 9: L)",
    "W": "wet",
    "AR": "arrêté royal",
    "KB": "koninklijk besluit",
    "AL": "arrêté-loi",
    "B": "besluitwet",
    "DEC": "décret (author not told)",
    "DCFL": "décret de la Communauté flamande",
    "DCG": "décret de la Communauté germanophone",
    "ORD": "ordonnance (Région de Bruxelles-Capitale)",
    "AGF": "arrêté du Gouvernement flamand",
    "ARR": "arrêté du Gouvernement de la Région de Bruxelles-Capitale, du Collège réuni",
}

LISTED: dict[str, str] = {
    "AM": "arrêté ministériel",
    "MB": "ministerieel besluit",
    "DECRET": "décret",
    "DECR.": "decreet (the writer's Dutch form of DEC)",
    "DRW": "décret de la Région wallonne",
    "DCFR": "décret de la Communauté française",
    "DECF": "décret de la Communauté française",
    "DVR": "decreet van de Vlaamse Raad (the writer's Dutch form of DCFL)",
    "AGW": "arrêté du Gouvernement wallon",
    "AGCF": "arrêté du Gouvernement de la Communauté française",
    "BVR": "besluit van de Vlaamse Regering",
}

KINDS: dict[str, str] = {**SEEN, **LISTED}


def unknown_kind(kind: str) -> str | None:
    """The message for a kind the reader does not know (None: a known kind, or none read)."""
    if not kind or kind in KINDS:
        return None
    known = ", ".join(sorted(KINDS))
    return (f"unknown kind of act {kind!r} in a Justel reference (known: {known}): the act it "
            "cites is not guessed; check the page (lenient: a warning, the reference kept as "
            "read)")
