"""Unit mentions: "l'article 10", "§ 2", "l'alinéa 1er", "le premier alinéa", "les 2°, 3° et
9°", "les articles 5 à 8", "la phrase liminaire", "l'intitulé du chapitre II", "le a)".

Each rule reads one kind of mention in the skeleton (quotes and acts masked) and returns a
:class:`Mention`: its unit, labels (a list) or a range, where it is, and the determiner
before it ("un", "deux": new units announced; otherwise a designation). The path of a
designation is built by :func:`path_of`: mentions joined by "de / du" ("l'alinéa 2 de
l'article 5") are read innermost first, so they are reversed.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..lang import scan
from ..lang.lexicon import Lexicon
from ..lang.shapes import LATIN
from ..model import DIVISION_KINDS, Step
from ..records import replace
from .annexes import mentions as annex_mentions
from .annexes import named_units
from .skeleton import ACT_MARK, QUOTE_MARK

#: "l'article 269¹" (2019041200, art. 130): the exponent numbering of older Codes
EXPONENT = "[⁰¹²³⁴⁵⁶⁷⁸⁹]+"
ARTICLE_LABEL = (
    # a Code's label: "I.1", "XII.20", "L. 1124-1", "L1124-1", "D.IV.1"
    rf"(?:(?-i:[A-Z]{{1,3}})(?:\.\s?|(?=\d))(?-i:[\dIVX])+(?:[.:/-]\d+)*(?:{LATIN})?"
    # "1.7.1-1" (Code de l'enseignement): dots and dashes in any order
    rf"|\d+(?:er)?(?:{EXPONENT})?(?::\d+)?(?:\s?{LATIN})?(?:/\d+)*(?:{LATIN})?"
    # "4.7.26/1" (Vlaamse Codex Ruimtelijke Ordening): an inserted article of a dotted label
    rf"(?:[.-]\d+(?:/\d+)?(?!\s*°))*)"
    # never a label cut short: "1.7.1-1" is not "1.7.1", "1.D" (Code wallon du Tourisme: a
    # label the model cannot read yet) is not "1" (then no rule reads it: P007)
    r"(?![\w/°]|[.-]\d(?!\d*\s*°)|\.(?-i:[A-Z])(?![\w]))"
)
#: the label of a preliminary division ("le titre préliminaire", "de voorafgaande titel")
PRELIMINARY = "préliminaire"
NUMBER_LABEL = rf"(?:\d+(?:er|re|e)?(?:{LATIN})?(?:/\d+)*(?:{LATIN})?)(?![\w°)])"
DIVISION_LABEL = (
    rf"(?:(?-i:[IVXLC]+)(?:er|ère|re|e)?|\d+(?:er|ère|re|e)?|premier|première|unique"
    rf"|(?-i:[A-Z])(?![\w]))"
    rf"(?:\s?{LATIN})?"
    rf"(?:/\d+)*(?![\w])"
)
ITEM_LABEL = (
    rf"(?:\d+(?:/\d+)?°(?:[ ]?{LATIN}(?![\w]))?(?:[ ]?/\d+)?|\d+(?:{LATIN})°"
    # "b), ii)": a roman sub-item (two numerals at least: "i)" is read as a letter)
    rf"|(?:ii|iii|iv|vi{{1,3}}|ix|xi{{1,3}})\)"
    rf"|[a-z](?:{LATIN})?\)|\d+\)|[a-z]{{1,2}}/\d+\))"
)
ORDINAL_NUMBER = r"(?:\d+(?:e|ème|er|re))"

#: before "phrase "…"": then the quote is words (the new words, or a "membre de phrase");
#: "wordt aangevuld met de zin "…"" (the French "complété par la phrase "…"")
_WORDS_BEFORE = scan.regex(
    r"(?:\b(?:par|door|met|membre\s+de|membres\s+de)\s+(?:la\s+|les\s+|de\s+)?)\Z", re.I)

#: the separator left at the end of a list cut before a "§"
_LIST_TAIL = scan.regex(r"(?:\s*,\s*|\s+(?:et|en)\s+|\s*;\s*)\s*$")
#: a definite plural article just before "deux dernières phrases"
_DEFINITE_BEFORE = scan.compile(r"\b(?:les|des|aux|de)\s+\Z", re.I)
#: the ordinal suffix written twice after a label ("§ 1er er")
_DOUBLED_SUFFIX = scan.compile(r"\s+er\b(?!\s*[''’])")
_SEP = r"(?:\s*,\s*(?:et\s+|en\s+)?|\s+(?:et|en)\s+|\s*;\s*)"
_TO = r"\s+(?:à|tot\s+en\s+met|tot)\s+"
#: "le premier et le deuxième alinéa", "het eerste en het tweede lid": a list of ordinals
_AND_THE = r"\s+(?:et\s+l[ea]|en\s+het|en\s+de)\s+"
#: "het eerste tot en met (het) derde lid": a range of ordinals (the Dutch "les alinéas 1er à 3")
_TO_THE = r"\s+(?:tot\s+en\s+met|tot)\s+(?:(?:het|de)\s+)?"


@dataclass(frozen=True)
class Mention:
    """One unit mention."""

    unit: str
    labels: tuple[str, ...]
    start: int
    end: int
    until: str | None = None
    determiner: str | None = None
    """The word before it when it announces new units ("un", "deux", "les nouveaux")."""
    count: int | None = None
    """The number announced ("deux alinéas" → 2)."""
    quote: tuple[int, int] | None = None
    """For a sentence designated by its words ("la phrase "…""): the quote's span."""
    starting: bool = False
    """For a sentence designated by its first words ("commençant par les mots "…"")."""
    ranges: tuple[tuple[str, str], ...] = ()
    """Ranges inside a list ("les articles 5, 6 et 8 à 10": 8 until 10), by first label."""
    named: tuple[int, int] | None = None
    """The quote that names the unit after its label ("Au point 2 "Tarif bihoraire" de
    l'annexe 1re", excerpt 2004011532): part of the designation, not quoted words."""
    inner: bool = False
    """A division named after an article with a comma ("l'article 1er, Section 11, alinéa
    18 de l'annexe au Code judiciaire", 2005009998 art. 2): a part of that article, a step of
    its path (not the division holding it)."""
    occurrence: int | None = None
    """Which of the units holding one label ("9°, (deuxième numéro 9°)": the second)."""
    place: bool = False
    """An article opening the next place of a list of places ("; 33, § 4"): always a new
    place, even when the article is the one before ("; 32, § 2" after "32, § 1er")."""

    def items(self) -> list[tuple[str, str | None]]:
        """(label, until) per item of the list: a range is one item with its last label."""
        if self.until is not None:
            return [(self.labels[0], self.until)]
        ends = dict(self.ranges)
        return [(label, ends.get(label)) for label in self.labels]

    def steps(self) -> list[Step]:
        """One step per item (a range is one step with ``until``)."""
        return [Step(unit=self.unit, label=label, until=until, occurrence=self.occurrence)
                for label, until in self.items()]


def _typography(label: str) -> str:
    """"1° /1", "1° bis" (Justel's spacing) → the labels 1°/1, 1°bis."""
    return re.sub(r"° (?=/|[a-z])", "°", label)


#: "; 32, § 2": after a semicolon, an article label followed by its own path starts the next
#: place of a list of places ("Aux articles 32, § 1er, alinéas 1er et 2 ; 32, § 2, …")
_PATH_NEXT = rf"\s*,\s*(?:§|alinéas?\b|{ITEM_LABEL})"
_PLACE_AFTER_SEMICOLON = rf"\s*;\s*{ARTICLE_LABEL}{_PATH_NEXT}"
#: the articles of such a list after the first: "; 33, § 4", "; 34, § 2, et 131, § 1er"
_LISTED_PLACE = scan.compile(
    rf"(?:(?P<semi>\s*;\s*)|,?\s+et\s+)(?P<label>{ARTICLE_LABEL})(?=(?P<path>{_PATH_NEXT})?)")
#: a plural unit before "et 10, § 1er" ("alinéas 2 et 3, § 2"): the label goes on its list
_PLURAL_BEFORE = scan.regex(r"(?:§§|\b(?:alinéas|paragraphes|points|phrases|tirets|leden|"
                            r"punten|zinnen)\b)", re.I)
_PLURAL_ARTICLES = scan.regex(r"(?:(?:aux|les|des|dans\s+les)\s+)?articles\s", re.I)

#: a label whose kind the page lost: after a unit and a comma, or after "au" / "dans le";
#: followed by a comma, an item, a word of the clause ("les mots") or the end
_LOST_KIND = scan.compile(
    r"(?:(?P<comma>\s*,\s*)|(?<![\w-])(?:au|dans\s+le)\s+)"
    r"(?P<label>\d+(?:er)?|(?-i:[a-z]))(?![\w°)/.-])"
    r"(?=\s*,|\s+(?:les?|la|l['’]|[a-z]\))(?:\s|$)|\s*$)", re.I)

#: a Latin suffix alone in a list of labels ("les §§ 2quater et quinquies")
_SUFFIX_ALONE = rf"(?-i:{LATIN})(?![\w°])"
_STEM = scan.regex(rf"(?P<stem>\d+)(?P<suffix>{LATIN})\Z")


def _suffixed(labels: tuple[str, ...]) -> tuple[str, ...]:
    """A Latin suffix alone after a suffixed label takes that label's number: "2quater et
    quinquies" (2006023386, art. 87) is 2quater and 2quinquies, as "5bis, ter et quater" is
    5bis, 5ter and 5quater (drafters list the suffixes of one number so). A suffix with no
    suffixed label before it is left as it is (no rule reads it: P007)."""
    out: list[str] = []
    stem: str | None = None
    for label in labels:
        match = _STEM.match(label)
        if match is not None:
            stem = match["stem"]
        elif stem is not None and re.fullmatch(LATIN, label):
            label = stem + label
        else:
            stem = None
        out.append(label)
    return tuple(out)


def _without_bare_suffix(mention: Mention, masked: str) -> Mention:
    """A list cut before a Latin suffix that no suffixed label precedes ("les §§ 2 et
    quinquies"): the suffix is left to no rule (P007), never read as a label."""
    bare = next((index for index, label in enumerate(mention.labels)
                 if scan.regex(LATIN).fullmatch(label)), None)
    if bare is None:
        return mention
    spot = re.search(rf"(?<![\w]){re.escape(mention.labels[bare])}(?![\w])",
                     masked[mention.start : mention.end])
    end = mention.start + (spot.start() if spot else 0)
    end = mention.start + len(_LIST_TAIL.sub("", masked[mention.start : end]))
    labels = mention.labels[:bare]
    return replace(mention, labels=labels, end=end, until=None,
                   ranges=tuple(r for r in mention.ranges if r[0] in labels))


def _cut_before_other(labels: tuple[str, ...], item: str, masked: str, start: int,
                      end: int) -> tuple[tuple[str, ...], int] | None:
    """The labels of a list before the first one of another kind ("9" of "articles 9, 3°,
    et 10") and the end of the list there; None when that label cannot be found after a
    separator (the caller keeps the labels of the kind)."""
    bad = next(index for index, label in enumerate(labels) if not re.fullmatch(item, label))
    if bad == 0:
        return None
    spot = re.search(rf"{_SEP}{re.escape(labels[bad])}", masked[start:end])
    if spot is None:
        return None
    return labels[:bad], start + spot.start()


def _labels(raw: str, item: str) -> tuple[tuple[str, ...], str | None]:
    """Split "2, 3 et 9" / "5 à 8" into labels, or a range (first, until)."""
    text = " ".join(raw.split())
    parts = scan.regex(_TO).split(text)
    if len(parts) == 2 and re.fullmatch(item, parts[0]) and re.fullmatch(item, parts[1]):
        return (_typography(parts[0]),), _typography(parts[1])
    # "1° /1" (Justel's typography) is the label 1°/1
    labels = tuple(_typography(part) for part in scan.regex(_SEP).split(text) if part)
    return _suffixed(labels), None


def _list_ranges(labels: tuple[str, ...], item: str) -> tuple[tuple[str, ...],
                                                               tuple[tuple[str, str], ...]]:
    """Items "8 à 10" of a list become a label and a range."""
    firsts: list[str] = []
    ranges: list[tuple[str, str]] = []
    for label in labels:
        ends = re.split(_TO, label)
        if len(ends) == 2 and re.fullmatch(item, ends[0]) and re.fullmatch(item, ends[1]):
            firsts.append(ends[0])
            ranges.append((ends[0], ends[1]))
        else:
            firsts.append(label)
    return tuple(firsts), tuple(ranges)


class UnitRules:
    """The unit rules of one lexicon, compiled once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # "il est inséré un nouvel alinéa 2": the new unit announced with its label
        det = (r"(?:(?P<det>" + lexicon.indefinite
               + r")\s+(?:(?:nouveaux|nouveau|nouvelles?|nouvel)\s+)?)?")
        ordinals = "|".join(sorted(map(re.escape, lexicon.ordinals), key=len, reverse=True))
        self.ordinal = rf"(?:{ordinals}|{ORDINAL_NUMBER})"
        words = rf"(?:{ordinals})"
        nouns = lexicon.unit_nouns
        label_any = (
            rf"(?:{ITEM_LABEL}|{ARTICLE_LABEL}|{DIVISION_LABEL}|§\s*{NUMBER_LABEL}"
            # "la disposition b." (2019030478, art. 19): an item labelled "b." in an annex
            rf"|(?<=disposition\s)[a-z]\.(?=\s))"
            # nor a label cut short ("1.D" read as a division's "1"): see ARTICLE_LABEL
            r"(?![.-]\d(?!\d*\s*°)|\.(?-i:[A-Z])(?![\w]))")
        ordinal_noun = lexicon.unit_ordinal_nouns.replace("(?P<noun>", "(?:")
        # a list goes on with labels, not with "premier alinéa" (a unit of its own)
        # ... and stops before "; 32, § 2": an article of a list of places, with its path
        listed = (rf"{label_any}(?:(?!{_PLACE_AFTER_SEMICOLON})(?:{_SEP}|{_TO})(?:§\s*)?"
                  rf"(?:{label_any}|{_SUFFIX_ALONE})(?!\s+{ordinal_noun}))*")
        self.noun_label = scan.compile(
            rf"(?<![\w-]){det}(?:(?:l['’]|les?|la|het|au|aux|à\s+l['’]|dans\s+l['’])\s*)?"
            rf"{nouns}\s*(?P<labels>{listed})",
            re.I | re.X,
        )
        # "de laatste twee zinnen", "de eerste drie leden": the Dutch count after the ordinal
        # (the French "les deux dernières phrases" puts it before: ``det``)
        cardinals = "|".join(sorted(map(re.escape, lexicon.cardinals), key=len, reverse=True))
        self.noun_ordinal = scan.compile(
            rf"(?<![\w-]){det}(?:(?:l['’]|les?|la|het|au|aux)\s*)?"
            rf"(?:(?P<ord>{words}(?:(?:{_SEP}|{_AND_THE}|{_TO_THE}){words})*"
            rf"|{ORDINAL_NUMBER})\s+(?:(?P<count2>{cardinals})\s+)?"
            rf"{lexicon.unit_ordinal_nouns}"
            rf"|{lexicon.unit_ordinal_nouns.replace('noun', 'noun2')}\s+"
            rf"(?P<ord2>premier|unique|eerste|enig))(?![\w])",
            re.I | re.X,
        )
        # "la deuxième partie" (the Code judiciaire's parts are numbered by their rank)
        division_nouns = "|".join(sorted((noun for noun, unit in lexicon.units.items()
                                          if unit in DIVISION_KINDS), key=len, reverse=True))
        self.division_ordinal = scan.compile(
            rf"(?<![\w-])(?:(?:l['’]|la|le|dans\s+la|dans\s+le|de\s+la|du|à\s+la|au)\s+)?"
            rf"(?P<ord>{words})\s+(?P<noun>{division_nouns})(?![\w-])(?!\s*(?:\d|[IVXLC]+\b))",
            re.I | re.X,
        ) if division_nouns else None
        cardinal_words = "|".join(w for w in lexicon.cardinals if w not in ("un", "une", "een"))
        self.noun_cardinal = scan.compile(
            rf"(?<![\w-]){det}(?:(?:l['’]|les?|het|de)\s*)?(?:alinéas?|lid|leden)\s+"
            rf"(?P<word>(?:{cardinal_words})(?:(?:\s*,\s*|\s+(?:et|en)\s+)(?:{cardinal_words}))*)\b"
            # "na het tweede lid twee leden": "twee" counts the next unit, it is no label
            rf"(?!\s+{nouns.replace('(?P<noun>', '(?:')})",
            re.I | re.X)
        self.count_noun = scan.compile(
            rf"(?<![\w-])(?P<det>{lexicon.indefinite})\s+(?:(?:nouveaux|nouvelles?|nouvel|"
            rf"nieuwe?)\s+)?{lexicon.unit_ordinal_nouns.replace('noun', 'cnoun')}"
            rf"(?!\s*(?:\d|[IVX]+\b|§))",
            re.I | re.X,
        )
        self.count_division = scan.compile(
            rf"(?<![\w-])(?P<det>{lexicon.indefinite})\s+{nouns}(?!\s*(?:\d|[IVXLC]+\b|§))",
            re.I | re.X,
        )
        self.items = scan.compile(
            rf"(?<![\w°/])(?:(?P<det>{lexicon.indefinite})\s+)?(?:{lexicon.labelled_alone}\s*)?"
            rf"(?:point\s+|punt\s+|de\s+bepaling\s+onder\s+|bepaling\s+onder\s+|onder\s+)?"
            rf"(?P<labels>{ITEM_LABEL}(?:(?:{_SEP}|{_TO}|\s+et\s+le\s+|\s+et\s+la\s+){ITEM_LABEL})*)",
            re.I | re.X,
        )
        self.paragraph_sign = scan.compile(
            rf"(?<![\w])(?:(?P<det>{lexicon.indefinite})\s+)?(?:(?:le|les|au|aux|het|in)\s+)?"
            rf"(?P<sign>§§?)\s*(?P<labels>{NUMBER_LABEL}(?:(?:{_SEP}|{_TO})(?:§\s*)?"
            rf"(?:{NUMBER_LABEL}|{_SUFFIX_ALONE}))*)",
            re.I | re.X,
        )
        self.sentence_quoted = scan.compile(
            r"(?<![\w])(?<!membre\sde\s)(?:(?:la|les|de\s+la|dans\s+la|à\s+la|de|het|in\s+de"
            r"|de\s+zin)\s+)?"
            r"(?P<noun>phrases?|zinn?e?n?)\s+(?P<quote>Ꝗ+)", re.I)
        self.itself = scan.compile(
            r"(?<![\w-])(?:l['’]|le\s+|la\s+|cet\s+|ce\s+|cette\s+|dit\s+|het\s+|de\s+|deze\s+)"
            r"(?P<noun>article|paragraphe|artikel|alinéa|lid|paragraaf)"
            r"(?!\s*(?:\d|[IVX]+\b|§|premier|unique))"
            r"(?!\s+(?:suivant|précédent|volgend))", re.I)
        self.same_unit = scan.compile(
            r"(?<![\w-])(?:(?:le|la|les|du|de\s+la|au|à\s+la|dans\s+le|dans\s+la|het)\s+"
            r"mêmes?\s+|(?:in\s+)?(?:hetzelfde|dezelfde)\s+)"
            r"(?P<noun>alinéas?|paragraphes?|points?|phrases?|articles?|§|lid|zin|punt|artikel"
            r"|bepaling|paragraaf)"
            r"(?=\s*(?:,|$|\s(?:les|le|la|il|est|sont|de|du|worden|wordt|het|een)\b"
            r"|\s(?:aangevuld|vervangen|opgeheven|geschrapt)\b))", re.I)
        self.label_rank = (lexicon.pattern("label_rank") if lexicon.label_rank != "(?!)"
                           else None)
        self.headed = lexicon.pattern("headed") if lexicon.headed != "(?!)" else None
        self.preliminary = (lexicon.pattern("preliminary") if lexicon.preliminary != "(?!)"
                            else None)
        self.sentence_starting = lexicon.pattern("sentence_starting")
        self.intro = lexicon.pattern("intro")
        self.heading = lexicon.pattern("heading")

    def _singular_range(self, unit: str, raw: str) -> bool:
        """Whether a singular noun's labels are a range it takes ("artikel 10 tot en met 15",
        the lexicon's ``singular_range``): two article labels, nothing else."""
        if unit != "article":
            return False
        first = scan.regex(ARTICLE_LABEL).match(raw.strip())
        return first is not None and self.lexicon.pattern("singular_range").fullmatch(
            raw.strip()[first.end():]) is not None

    def _singular_list(self, raw: str, item: str) -> bool:
        """Whether a singular noun's labels are a list or a range of its own kind ("punt 2°
        en 3°", "paragraaf 2 tot en met 4", the lexicon's ``singular_list``): labels of one
        style, the last one after the list's joiner."""
        text = " ".join(raw.split())
        if self.lexicon.pattern("singular_list").fullmatch(text) is None:
            return False
        labels = re.split(rf"{_SEP}|{_TO}", text)
        return all(re.fullmatch(item, label) for label in labels) and len(
            {_item_style(label) for label in labels}) == 1

    def find(self, masked: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every unit mention in ``masked[start:end]``, in text order, without overlaps."""
        stop = len(masked) if end is None else end
        unit: str | None
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def add(mention: Mention | None) -> None:
            if mention is None:
                return
            if mention.labels and not (mention := _without_bare_suffix(mention, masked)).labels:
                return
            if any(mention.start < e and s < mention.end for s, e in taken):
                return
            taken.append((mention.start, mention.end))
            found.append(mention)

        for mention in annex_mentions(self.lexicon, masked, start, stop, Mention):
            add(mention)  # annexes and tables first: "au III.6" is a row, not a unit label
        for match in self.sentence_starting.finditer(masked, start, stop):
            # "la phrase commençant par les mots "…"": the label is the words and "…"
            add(Mention("sentence", ("@quote",), match.start(), match.end(),
                        quote=(match.start("quote"), match.end("quote")), starting=True))
        for match in self.sentence_quoted.finditer(masked, start, stop):
            if _WORDS_BEFORE.search(masked, max(0, match.start() - 24), match.start("noun")):
                continue  # "par la phrase "…"", "le membre de phrase "…"": words, not a unit
            add(Mention("sentence", ("@quote",), match.start(), match.end(),
                        quote=(match.start("quote"), match.end("quote"))))
        if self.headed is not None:
            for match in self.headed.finditer(masked, start, stop):
                # a unit by its heading or defined term: the base decides which (address.py)
                groups = match.groupdict()
                if groups.get("quote"):
                    # "de definitie van "werknemer"", "la définition de « travailleur »": the
                    # quoted term (read as the label with the quote, ``clauses``)
                    add(Mention("headed", ("@quote",), match.start(), match.end(),
                                quote=(match.start("quote"), match.end("quote"))))
                    continue
                words = " ".join((groups.get("words") or groups["heading"]).split())
                add(Mention("headed", (words,), match.start(), match.end()))
        for match in self.intro.finditer(masked, start, stop):
            add(Mention("intro", ("",), match.start(), match.end()))
        for match in self.heading.finditer(masked, start, stop):
            add(Mention("heading", ("",), match.start(), match.end()))
        at = start
        while (hit := self.paragraph_sign.search(masked, at, stop)) is not None:
            at = hit.end()
            raw = hit["labels"].replace("§", "")
            if hit["sign"] == "§" and not scan.regex(rf"\s*{NUMBER_LABEL}{_TO}").match(raw):
                # "§ 1er, 1, alinéas 1er et 4": a single § takes one label ("§§ 2 et 3" a list)
                first = scan.regex(r"\s*" + NUMBER_LABEL).match(raw)
                if first is not None:
                    end = hit.start("labels") + first.end()
                    doubled = _DOUBLED_SUFFIX.match(masked, end)
                    if doubled and first.group(0).strip().endswith("er"):
                        end = doubled.end()  # "§ 1er er" of a page that doubled the suffix
                    add(Mention("paragraph", (first.group(0).strip(),), hit.start(),
                                end, None, hit["det"] or None, self._count(hit["det"])))
                    # the search goes on after the label: "§ 2, et 131, § 1er" holds a § more
                    at = end
                continue
            labels, until = _labels(raw, NUMBER_LABEL)
            add(self._mention("paragraph", labels, until, hit))
        for match in self.noun_label.finditer(masked, start, stop):
            unit = self.lexicon.units.get(match["noun"].casefold())
            if unit is None:
                continue
            item = {"article": ARTICLE_LABEL,
                    "point": rf"(?:{ITEM_LABEL}|\d+(?:/\d+)?(?!\w)|[a-z]\.(?=\s|$))"}.get(
                unit, NUMBER_LABEL)
            if unit in DIVISION_KINDS:
                item = DIVISION_LABEL
            raw = match["labels"].replace("§", "")
            noun = match["noun"].casefold()
            if not noun.endswith(("s", "§§")) and noun not in self.lexicon.plural_nouns \
                    and not self._singular_range(unit, raw) \
                    and not self._singular_list(raw, item):
                # a singular noun takes one label: "l'article 19, § 1er" is article 19
                first = scan.regex(item).match(raw.strip())
                degree = scan.regex(rf"\d+(?:/\d+)?°(?:[ ]?{LATIN}(?![\w]))?(?:[ ]?/\d+)?").match(
                                  raw.strip()) if unit == "article" else None
                if degree is not None:
                    # "il est inséré un article 4°bis, libellé comme suit : " 4°bis. …""
                    # (2006023386, art. 52, 2°): an article never carries a degree sign; the
                    # label names a point (the block's label is checked against it, P009)
                    unit, first = "point", degree
                if first is None:
                    continue
                add(Mention(unit, (first.group(0),), match.start(),
                            match.start("labels") + first.end() + (len(raw) - len(raw.lstrip())),
                            None, match.groupdict().get("det") or None,
                            self._count(match.groupdict().get("det"))))
                continue
            end = match.end()
            sign = match["labels"].find("§")
            if unit != "paragraph" and sign > 0:
                # "alinéas 2 et 4, § 3, alinéas 4, 7, 9": the list ends before the "§"
                kept = _LIST_TAIL.sub("", match["labels"][:sign])
                raw, end = kept, match.start("labels") + len(kept)
            labels, until = _labels(raw, item)
            labels, ranges = _list_ranges(labels, item)
            if not all(re.fullmatch(item, label) for label in (*labels, until or labels[0])):
                cut = _cut_before_other(labels, item, masked, match.start("labels"), end)
                if cut is not None:
                    # "les articles 9, 3°, et 10, § 1er": the list of articles ends before
                    # "3°" (an item of article 9), never drops it
                    labels, end = cut
                    ranges = tuple(r for r in ranges if r[0] in labels)
                else:
                    labels = tuple(label for label in labels if re.fullmatch(item, label))
                if not labels:
                    continue
                until = None
            mention = replace(self._mention(unit, labels, until, match), end=end)
            add(replace(mention, ranges=ranges) if ranges else mention)
        for match in self.noun_cardinal.finditer(masked, start, stop):
            values = [self.lexicon.cardinals.get(word.casefold())
                      for word in re.split(r"\s*,\s*|\s+(?:et|en)\s+", match["word"])]
            if values and all(value is not None for value in values):
                labels = tuple("1er" if value == 1 else str(value) for value in values)
                add(Mention("alinea", labels, match.start(), match.end(),
                            determiner=match["det"] or None, count=self._count(match["det"])))
        for match in self.noun_ordinal.finditer(masked, start, stop):
            noun = match["noun"] or match["noun2"]
            unit = self.lexicon.units.get(noun.casefold())
            if unit is None:
                continue
            words = match["ord"] or match["ord2"]
            ranged = re.split(_TO_THE, words, flags=re.I)
            if len(ranged) == 2 and unit == "alinea" and None not in (
                    low := self._rank(ranged[0]), high := self._rank(ranged[1])) and \
                    0 < (low or 0) < (high or 0):
                # "het eerste tot en met het derde lid": alinéas 1er to 3
                add(self._mention(unit, ("1er" if low == 1 else str(low),), str(high), match))
                continue
            if len(ranged) > 1:
                continue  # a range of other units, or of ranks counted from the end: unread
            ranks = [self._rank(word) for word in re.split(_AND_THE + "|" + _SEP, words)
                     if word]
            many = self._count(match["det"] or match["count2"])
            if many and many > 1 and len(ranks) == 1 and ranks[0] in (1, -1) and \
                    _DEFINITE_BEFORE.search(masked, max(0, match.start() - 6), match.start()):
                # "les deux dernières phrases", "les trois premiers alinéas": N units designated
                # (not N new ones)
                seq = range(1, many + 1) if ranks[0] == 1 else range(-many, 0)
                add(Mention(unit, tuple(("1er" if r == 1 else str(r)) if unit == "alinea" and
                                        r > 0 else f"#{r}" for r in seq),
                            match.start(), match.end()))
                continue
            # alinéas are counted: "le premier alinéa" is alinéa 1er; other units by rank
            labels = tuple(("1er" if rank == 1 else str(rank)) if unit == "alinea" and rank
                           and rank > 0 else f"#{rank}" for rank in ranks if rank is not None)
            if not labels:
                continue
            add(self._mention(unit, labels, None, match))
        for match in (self.division_ordinal.finditer(masked, start, stop)
                      if self.division_ordinal is not None else ()):
            unit = self.lexicon.units.get(match["noun"].casefold())
            rank = self._rank(match["ord"])
            if unit in DIVISION_KINDS and rank is not None and rank > 0:
                add(Mention(unit, (str(rank),), match.start(), match.end()))
        for match in (self.preliminary.finditer(masked, start, stop)
                      if self.preliminary is not None else ()):
            # "de voorafgaande titel", "le titre préliminaire": the division before the first
            unit = self.lexicon.units.get(match["noun"].casefold())
            if unit in DIVISION_KINDS:
                add(Mention(unit, (PRELIMINARY,), match.start(), match.end()))
        for match in self.count_noun.finditer(masked, start, stop):
            unit = self.lexicon.units.get(match["cnoun"].casefold())
            if unit is not None:
                add(self._mention(unit, (), None, match))
        for match in self.count_division.finditer(masked, start, stop):
            unit = self.lexicon.units.get(match["noun"].casefold())
            if unit is not None:
                add(self._mention(unit, (), None, match))
        for match in self.items.finditer(masked, start, stop):
            labels, until = _labels(re.sub(r"(?:le|la)\s+", "", match["labels"]), ITEM_LABEL)
            styles = {_item_style(label) for label in labels}
            if len(styles) > 1:
                # "1°, a)": a path (the a) of the 1°), not a list; "1°, a) et b)": the 1°,
                # then the list of its a) and b) (a run of one style), never b) inside a)
                runs = [tuple(run) for _, run in itertools.groupby(labels, key=_item_style)]
                outer = _item_style(runs[0][0])
                if any(len(run) > 1 and _item_style(after[0]) != outer
                       for run, after in itertools.pairwise(runs)):
                    # "1°, 2° et 3°, a)": the a) of the 3° or of each? (not read as either:
                    # the labels one by one, as before)
                    runs = [(label,) for label in labels]
                at = match.start()
                for run_labels in runs:
                    begin = masked.find(run_labels[0], at, match.end())
                    last = masked.find(run_labels[-1], begin, match.end())
                    at = last + len(run_labels[-1])
                    add(Mention("point", run_labels, begin, at))
                continue
            add(self._mention("point", labels, until, match))
        for match in self.itself.finditer(masked, start, stop):
            unit = self.lexicon.units.get(match["noun"].casefold(), "article")
            add(Mention(unit, ("@self",), match.start(), match.end()))
        for match in self.same_unit.finditer(masked, start, stop):
            unit = self.lexicon.units.get(match["noun"].casefold())
            if unit is not None:
                add(Mention(unit, ("@same",), match.start(), match.end()))
        if self.label_rank is not None:
            found[:] = [self._ranked(masked, mention, stop) for mention in found]
            # the label counted inside the rank ("(deuxième numéro 9°)") is the rank's
            found[:] = [mention for mention in found if not any(
                other.occurrence and other.start < mention.start and mention.end <= other.end
                for other in found)]
        plural = False
        for mention in list(found):
            if mention.unit == "article" and _PLURAL_ARTICLES.match(masked, mention.start):
                plural = True
                if len(mention.labels) == 1:
                    for place in self._listed_places(masked, mention.end, stop):
                        add(place)
        if not plural:  # in "les articles 52, alinéa 1er, 57, …" a number is an article
            for lost in self._lost_kinds(masked, found, start, stop):
                add(lost)
        found.sort(key=lambda mention: mention.start)
        return named_units(found, masked)

    def _ranked(self, masked: str, mention: Mention, stop: int) -> Mention:
        """A point mention followed by its rank among the units of its label: "l'article 585,
        9°, (deuxième numéro 9°)" (2007002100 art. 8: the Code judiciaire's article 585 has two
        9°): the second 9°; the rank names the label it counts (another label: not read)."""
        assert self.label_rank is not None
        if mention.unit != "point" or len(mention.labels) != 1:
            return mention
        match = self.label_rank.match(masked, mention.end, stop)
        if match is None or match["label"] != mention.labels[0]:
            return mention
        rank = self._rank(match["ord"])
        if rank is None or rank < 1:
            return mention
        return replace(mention, end=match.end(), occurrence=rank)

    @staticmethod
    def _lost_kinds(masked: str, found: list[Mention], start: int,
                    stop: int) -> list[Mention]:
        """Labels whose kind the page lost, inside a designation: a number right after a
        unit and a comma ("§ 1er, 2, b)", 2006023386 art. 19; "l'article 2, n,", art. 89), or
        after "au" / "dans le" before a comma or an item ("au 2, b)", 2006009444 art. 8;
        "dans le 1er,", 2012021058 art. 5). A `number` step: the applier resolves it against
        the base (a § 2, an alinéa 2 or a 2°; the item n)) and refuses if the base does not
        decide it. A number elsewhere (a date, a list of articles) is left to no rule (P007)."""
        ends = {mention.end for mention in found}
        lost: list[Mention] = []
        for match in _LOST_KIND.finditer(masked, start, stop):
            label = match["label"]
            if match["comma"] is not None:
                before = match.start()
                if before not in ends and before not in {m.end for m in lost}:
                    continue
            elif label.isalpha():
                continue  # "au n," is no designation
            lost.append(Mention("number", (label,), match.start("label"), match.end("label")))
        return lost

    @staticmethod
    def _listed_places(masked: str, start: int, stop: int) -> list[Mention]:
        """The articles of a list of places after "aux articles 32, § 1er, …": each place
        after a semicolon opens with its article ("; 32, § 2, alinéa 2 ; 33, § 4"), and the
        last place may be joined by "et" ("; 34, § 2, et 131, § 1er du même décret", corpus
        2018031957 art. 7). Read only once a semicolon opened a place: "alinéas 2 et 3, § 2"
        elsewhere is an alinéa of a list, never an article."""
        end = min((i for i in (masked.find(ACT_MARK, start), masked.find(QUOTE_MARK, start))
                   if i != -1), default=stop)
        places: list[Mention] = []
        for match in _LISTED_PLACE.finditer(masked, start, min(end, stop)):
            if match["semi"] is None and not places and match["path"] is not None and \
                    not _PLURAL_BEFORE.search(masked, start, match.start()):
                # "Dans les articles 9, alinéa 2, et 10, § 1er, du même arrêté": after
                # singular units only, "et 10, § 1er" cannot go on a list of them
                places.append(Mention("article", (match["label"],), match.start("label"),
                                      match.end("label"), place=True))
                continue
            if match["semi"] is None and (not places or match["path"] is None):
                continue
            if match["semi"] is not None and match["path"] is None and not places:
                continue
            places.append(Mention("article", (match["label"],), match.start("label"),
                                  match.end("label"), place=True))
        return places

    def _rank(self, word: str) -> int | None:
        word = word.casefold()
        if word in self.lexicon.ordinals:
            return self.lexicon.ordinals[word]
        digits = re.match(r"\d+", word)
        return int(digits.group(0)) if digits else None

    def _count(self, determiner: str | None) -> int | None:
        if not determiner:
            return None
        word = determiner.casefold()
        count = self.lexicon.cardinals.get(word)
        if count is None and word.isdigit():
            count = int(word)
        return count

    def _mention(
        self, unit: str, labels: tuple[str, ...], until: str | None, match: re.Match[str]
    ) -> Mention:
        determiner = match.groupdict().get("det")
        return Mention(unit, labels, match.start(), match.end(), until,
                       determiner or None, self._count(determiner))


#: the nesting of units, outermost first (a designation's path follows it)
UNIT_RANK: dict[str, int] = {
    "annex": -1,  # the units after "l'annexe II" are the annex's
    "part": 0, "book": 1, "title": 2, "subtitle": 3, "chapter": 4, "section": 5,
    "subsection": 6,
    "article": 10, "paragraph": 20, "number": 25, "alinea": 30, "headed": 35, "point": 40,
    "tiret": 45, "table": 46, "row": 47, "column": 48, "intro": 50,
    "sentence": 60, "heading": 70,
}


def _item_style(label: str) -> str:
    if "°" in label:
        return "degree"
    if len(label) > 2 and re.fullmatch(r"[ivx]+\)", label, re.I):
        return "roman"
    return "digit" if label[0].isdigit() else "letter"


def _outer_item(current: list[Mention], mention: Mention) -> Mention | None:
    """The outer item of a place when ``mention`` is an item of its style ("3°" after "2°,
    b)", "2°" after "1°": siblings, never nested), else None."""
    if mention.unit != "point" or mention.labels[0].startswith("@"):
        return None
    points = [m for m in current if m.unit == "point" and not m.labels[0].startswith("@")]
    if not points or _item_style(points[0].labels[0]) != _item_style(mention.labels[0]):
        return None
    return points[0]


def alternatives(mentions: list[Mention], masked: str) -> list[list[Mention]]:
    """Split a designation naming several places ("au § 1er, alinéa 4, et au § 2") into one
    list per place; a later place inherits the outer units of the one before ("§ 2" keeps
    the article). A new place starts at "et" before a unit no deeper than the first unit of
    the current place, and at a unit of a kind the current place already has (an item may
    hold items: "1°, a)")."""
    places: list[list[Mention]] = [[]]
    for mention in mentions:
        current = places[-1]
        if mention.place:
            places.append([m for m in current if UNIT_RANK.get(m.unit, 99)
                           < UNIT_RANK["article"]] + [mention])
            continue
        again = mention.unit not in ("point", "tiret") and \
            not mention.labels[0].startswith("@") and \
            any(m.unit == mention.unit for m in current) and not re.match(
                r"\s*(?:de|du|des|van)\b", masked[current[-1].end : mention.start], re.I)
        if again and any(m.unit == mention.unit and m.labels == mention.labels
                         for m in current):
            continue  # "Dans l'article 67, § 3, …, le paragraphe 3 est remplacé": the same unit
        outer = _outer_item(current, mention)
        if outer is not None and re.search(r"(?:^|[\s,])(?:et|en)\s+(?:\S+\s+)?$",
                                           masked[current[-1].end : mention.start]):
            # "au 2°, b), et au 3°, c)": an item of the style of the place's outer item,
            # after "et", is the next place (its items are its own)
            places.append([*current[: current.index(outer)], mention])
            continue
        if current and (again or (re.search(r"(?:^|[\s,])(?:et|en)\s+(?:\S+\s+)?$",
                                           masked[current[-1].end : mention.start]) and
                        UNIT_RANK.get(mention.unit, 99) <= UNIT_RANK.get(current[0].unit, 99)
                        and mention.unit != "point")):
            # a unit of a kind the place already has ("§ 2, alinéas 2 et 4, § 3, alinéa 4";
            # "à l'article 4, …, à l'article 5, …") starts a new place too
            rank = UNIT_RANK.get(mention.unit, 99)
            inherited = [m for m in current if UNIT_RANK.get(m.unit, 99) < rank]
            places.append([*inherited, mention])
            continue
        current.append(mention)
    return [place for place in places if place]


def path_of(mentions: list[Mention], masked: str, lexicon: Lexicon) -> list[list[Mention]]:
    """Group designation mentions into nesting order (outermost first).

    A chain of mentions joined by "de / du / van" is read innermost first, so it is reversed
    ("le 2° de l'alinéa 1er de l'article 5" → article 5, alinéa 1er, 2°); chains separated
    by commas keep their order ("article 5, dans la phrase liminaire de l'alinéa 1er" →
    article 5, alinéa 1er, phrase liminaire)."""
    if not mentions:
        return []
    connector = lexicon.pattern("connector_of")
    chains: list[list[Mention]] = [[mentions[0]]]
    for previous, mention in itertools.pairwise(mentions):
        between = masked[previous.end : mention.start]
        if connector.match(between):
            chains[-1].append(mention)
        else:
            chains.append([mention])
    ordered = [mention for chain in chains for mention in reversed(chain)]
    # then the hierarchy decides: "dans le point 1° de l'article 8, alinéa premier" is
    # article 8, alinéa 1er, 1° (a stable sort: items keep their nesting order); but an
    # alinéa listed right after an item is the item's: "le 9°, 1er alinéa, 1er tiret" /
    # "de bepaling onder 9°, eerste lid, eerste streepje" (1998031287)
    inner = {id(mention) for chain, following in itertools.pairwise(chains)
             if len(chain) == 1 and chain[0].unit == "point"
             for mention in following[:1] if mention.unit == "alinea"}
    # a division right after an article and a comma is inside that article ("l'article 1er,
    # Section 11, alinéa 18": 2005009998, art. 2)
    inside = {id(mention) for previous, mention in itertools.pairwise(mentions)
              if previous.unit == "article" and mention.unit in DIVISION_KINDS
              and re.fullmatch(r"\s*,\s*", masked[previous.end : mention.start])}
    ordered = [replace(mention, inner=True) if id(mention) in inside else mention
               for mention in ordered]
    keys = _sort_keys(ordered, inner)
    ordered.sort(key=lambda mention: keys[id(mention)])
    return [ordered]


def _sort_keys(ordered: list[Mention], inner: set[int]) -> dict[int, float]:
    """The hierarchy rank of each mention (by ``id``); a label whose kind the page lost
    ("§ 1er, 2, b)") stays right below the unit before it: its kind is the base's."""
    keys: dict[int, float] = {}
    previous = 0.0
    for mention in ordered:
        if mention.unit in ("number", "headed"):
            key = previous + 0.5
        elif id(mention) in inner:
            key = UNIT_RANK["point"] + 1
        elif mention.inner:
            key = UNIT_RANK["article"] + 1
        else:
            key = UNIT_RANK.get(mention.unit, 99)
        keys[id(mention)] = previous = key
    return keys


def with_labels(mention: Mention, labels: tuple[str, ...]) -> Mention:
    """A copy of ``mention`` with other labels."""
    return replace(mention, labels=labels)
