"""Text helpers shared by parser, document model and applier.

- *folding* (semantics §4): whitespace runs (including no-break spaces) count as one space,
  and the apostrophes/quotes ' ’ ‘ and " “ ” « » compare equal;
- *quoted-text normalisation* (semantics §2): trim and collapse spaces inside quotes;
- *labels* (semantics §1): "1er", "10bis", "71/1", "2/1°", "2°bis", "a)", "1)" parsed into
  comparable keys;
- *word search* on word boundaries, mapping matches back to the original (unfolded) text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

SPACES = " \t\n\r\u00a0\u202f\u2007\u2009"
_SPACE_RUN = re.compile(f"[{SPACES}]+")
_QUOTE_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"',
                            "»": '"'})


def normalize_quoted(text: str) -> str:
    """Quoted text as the act means it: trimmed, every run of spaces made one plain space."""
    return _SPACE_RUN.sub(" ", text).strip(SPACES)


def fold_char(char: str) -> str:
    """The folded form of one character (space-like → ' ', quote-like → ' or ")."""
    if char in SPACES:
        return " "
    return char.translate(_QUOTE_MAP)


@dataclass(frozen=True)
class Folded:
    """A folded text and, for each folded character, its offset in the original text."""

    text: str
    offsets: Sequence[int]
    """A ``range`` when folding only replaced characters one for one (the common case)."""
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded ``[start, end)`` span back to the original text."""
        orig_start = self.offsets[start] if start < len(self.offsets) else self.original_length
        if end <= 0:
            return orig_start, orig_start
        last = self.offsets[end - 1]
        # the folded char at end-1 may stand for a run of spaces: cover the whole run
        orig_end = self.offsets[end] if end < len(self.offsets) else self.original_length
        if self.text[end - 1] == " ":
            return orig_start, orig_end
        return orig_start, last + 1


_FOLD_MAP = str.maketrans({**{space: " " for space in SPACES}, "’": "'", "‘": "'", "“": '"',
                           "”": '"', "„": '"', "«": '"', "»": '"'})
_DOUBLE_SPACE = re.compile("  +")


def fold(text: str) -> Folded:
    """Fold ``text`` (whitespace runs → one space, quotes unified), keeping offsets.

    Characters are mapped one for one by ``str.translate``; only runs of spaces, where the
    folded text is shorter, need an offset table (built from ranges, not per character).
    """
    mapped = text.translate(_FOLD_MAP)
    if "  " not in mapped:
        return Folded(mapped, range(len(text)), len(text))
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for run in _DOUBLE_SPACE.finditer(mapped):
        start = run.start() + 1  # keep the first space of the run
        pieces.append(mapped[position:start])
        offsets.extend(range(position, start))
        position = run.end()
    pieces.append(mapped[position:])
    offsets.extend(range(position, len(mapped)))
    return Folded("".join(pieces), tuple(offsets), len(text))


def fold_text(text: str) -> str:
    """Only the folded string of :func:`fold`, trimmed."""
    return fold(text).text.strip()


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def find_words(haystack: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``haystack`` on word boundaries, after folding.

    Returns spans in the ORIGINAL ``haystack``. A boundary is required only where the needle
    itself starts/ends with a word character: "nouveau" never matches inside "renouveau",
    but ", selon" may follow any word.
    """
    folded_hay = fold(haystack)
    folded_needle = fold_text(needle)
    if not folded_needle:
        return []
    spans: list[tuple[int, int]] = []
    text = folded_hay.text
    start = text.find(folded_needle)
    while start != -1:
        end = start + len(folded_needle)
        left_ok = (
            not _is_word_char(folded_needle[0]) or start == 0 or not _is_word_char(text[start - 1])
        )
        right_ok = (
            not _is_word_char(folded_needle[-1])
            or end == len(text)
            or not _is_word_char(text[end])
        )
        if left_ok and right_ok:
            orig_start = folded_hay.offsets[start]
            orig_end = folded_hay.offsets[end - 1] + 1
            spans.append((orig_start, orig_end))
        start = text.find(folded_needle, start + 1)
    return spans


# --- labels ---------------------------------------------------------------------------------

_LATIN = (
    "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies",
    "undecies", "duodecies", "terdecies", "quaterdecies", "quindecies", "sexdecies",
    "septdecies", "octodecies", "novodecies", "vicies",
)
LATIN_SUFFIXES: dict[str, int] = {word: index + 2 for index, word in enumerate(_LATIN)}
# other spellings found in Belgian codes (Code pénal: 123nonies, 433quinquiesdecies)
for _alias, _word in (("nonies", "novies"), ("quinquiesdecies", "quindecies"),
                      ("sexiesdecies", "sexdecies"), ("septiesdecies", "septdecies"),
                      ("octiesdecies", "octodecies"), ("noviesdecies", "novodecies")):
    LATIN_SUFFIXES[_alias] = LATIN_SUFFIXES[_word]
_LATIN_ALT = "|".join(sorted(LATIN_SUFFIXES, key=len, reverse=True))

_NUMBER_LABEL = re.compile(
    rf"""^(?P<number>\d+)(?:er|ère|re|e)?        # 1, 1er, 1re, 1ère
        (?P<exponent>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?               # 269¹ (an old exponent number)
        (?P<degree1>°)?                            # 2°
        (?P<latin>{_LATIN_ALT})?                   # bis, ter ...
        (?:/(?P<sub>\d+))?                         # /1
        (?P<degree2>°)?                            # 2/1°
        (?:/(?P<sub2>\d+))?                        # 2°/1
        (?P<latin2>{_LATIN_ALT})?                  # 2°bis
        $""",
    re.VERBOSE,
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_LETTER_LABEL = re.compile(rf"^(?P<letter>[a-z])(?P<latin>{_LATIN_ALT})?(?:/(?P<sub>\d+))?\)?$")
#: a roman sub-item of a lettered item ("b), ii)"): two numerals at least, "i)", "v)", "x)"
#: being letters too (a letter item keeps them)
_ROMAN_ITEM = re.compile(r"^(?P<roman>ii|iii|iv|vi{1,3}|ix|xi{1,3})\)$")
_PAREN_NUMBER = re.compile(r"^(?P<number>\d+)\)$")
_DOT_NUMBER = re.compile(r"^(?P<number>\d+)\.$")


# Compound article labels of the Codes: 'I.1', 'XII.1', 'VI.83/1' (Code de droit économique),
# 'D.IV.1', 'R.IV.1-1' (Walloon codes), 'L1124-1' / 'L. 1124-1' (Code de la démocratie locale),
# '3.1', '5.74' (Code civil), '4.3.1', '1.3.1-1' (Flemish codes, Code de l'enseignement).
# A prefix letter (not a roman digit I/V/X), then components cut by '.' or '-'; the first
# component may be roman; a numeric component may carry a Latin suffix or '/n'.
_CODE_NUMBER = rf"\d+(?:{_LATIN_ALT})?(?:/\d+)?"
CODE_LABEL = (
    rf"(?:[A-HJ-UWYZ](?:\.[ \u00a0]?(?=[\dIVXLC])|(?=\d))(?:[IVXLC]+|{_CODE_NUMBER})"
    rf"|[IVXLC]+\.[ \u00a0]?{_CODE_NUMBER}|{_CODE_NUMBER}(?=\.\d))(?:[.-]{_CODE_NUMBER})*"
)
"""A regex (no groups) finding a compound Code article label in running text: 'XII.1',
'VI.83/1', 'L. 1124-1', 'D.IV.1', '3.1', the Moniteur's 'XII. 20'; a heading's final dot
('Art. I.1.') is left out."""
_CODE_PREFIX = re.compile(r"^(?P<prefix>[A-HJ-UWYZ])(?:\.(?=[\dIVXLC])|(?=\d))")
_CODE_PART = re.compile(rf"(?P<number>\d+)(?P<latin>{_LATIN_ALT})?(?:/(?P<sub>\d+))?")
_ROMAN_PART = re.compile(r"[IVXLC]+")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(text: str) -> int:
    """The value of a Roman numeral, either case ("XII" → 12, "iv" → 4)."""
    text = text.upper()
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


@dataclass(frozen=True, order=True)
class Label:
    """A comparable unit label. ``style`` is 'number' | 'degree' | 'letter' | 'roman' |
    'paren' | 'dot' | 'dash' | 'code'.

    Ordering follows the labels' sequence: 2 < 2bis < 2/1 < 3 (an inserted 2/1° or 2°bis sits
    between 2° and 3°). A compound 'code' label ('XII.1', 'VI.83/1', 'L1124-1') holds its first
    component in ``number``/``latin``/``sub``, the others in ``rest`` (three ints each) and its
    prefix letter in ``prefix``: XII.1 < XII.2 < XII.10 < XIII.1, VI.83 < VI.83/1 < VI.84,
    3 < 3.1 < 3bis < 4; labels differing only by their prefix (D.IV.1, R.IV.1) sort together.
    """

    number: int
    latin: int = 0
    sub: int = 0
    rest: tuple[int, ...] = field(default=(), kw_only=True)
    prefix: str = field(default="", kw_only=True)
    style: str = "number"
    text: str = ""
    sub2: int = field(default=0, kw_only=True)
    """A second '/n' of a number label: '1675/2/1' (after 1675/2, before 1675/3)."""

    def key(self) -> tuple[int, ...]:
        """The comparison key (style and spelling aside)."""
        if self.style == "code":
            # (0, prefix) ends the components: shorter sorts first, then the prefix decides
            return (self.number, self.latin, self.sub, *self.rest, 0, ord(self.prefix or "\0"))
        if self.rest:  # an exponent: 269 < 269¹ < 269² < 269/1
            return (self.number, self.latin, 0, *self.rest, self.sub)
        if self.sub2:
            return (self.number, self.latin, self.sub, self.sub2)
        return (self.number, self.latin, self.sub)

    def same(self, other: Label) -> bool:
        """Whether two labels designate the same unit ("1er" == "1", "L1124-1" == "L. 1124-1")."""
        return self.key() == other.key()

    def eid_part(self) -> str:
        """The label as an eId component: 1, 10bis, 71-1, 2-1, b; xii.1, vi.83-1, l.1124-1."""
        if self.style == "code":
            text = self.text.lower().replace("/", "-").replace(":", ".")
            if self.prefix and text[1:2] != ".":
                text = f"{text[0]}.{text[1:]}"
            return text
        if self.style == "roman":
            return self.text.rstrip(")")
        base = chr(ord("a") + self.number - 1) if self.style == "letter" else str(self.number)
        if self.rest:
            base += f"-exp{self.rest[0]}"
        if self.latin:
            base += _LATIN[self.latin - 2]
        if self.sub:
            base += f"-{self.sub}"
        if self.sub2:
            base += f"-{self.sub2}"
        return base


def _code_label(text: str) -> Label | None:
    """A compound Code article label, or None when ``text`` is not one."""
    prefix = ""
    position = 0
    if match := _CODE_PREFIX.match(text):
        prefix, position = match["prefix"], match.end()
    parts: list[tuple[int, int, int]] = []
    dotted = False
    if roman := _ROMAN_PART.match(text, position):
        parts.append((roman_value(roman.group()), 0, 0))
        position = roman.end()
    while position < len(text) or not parts:
        if parts:
            if text[position] not in ".-:":
                return None
            dotted = dotted or text[position] in ".:"
            position += 1
        part = _CODE_PART.match(text, position)
        if part is None:
            return None
        latin = part["latin"]
        parts.append((int(part["number"]), LATIN_SUFFIXES[latin] if latin else 0,
                      int(part["sub"]) if part["sub"] else 0))
        position = part.end()
    if not prefix and not dotted:  # '1124-1', '71/1' alone: not a Code label
        return None
    (number, latin, sub), *others = parts
    rest = tuple(value for other in others for value in other)
    return Label(number, latin, sub, rest=rest, prefix=prefix, style="code", text=text)


@lru_cache(maxsize=8192)
def parse_label(raw: str) -> Label:
    """Parse a unit label: '1er', '10bis', '71/1', '2/1°', '2°bis', '3°', 'b)', 'ii)', '1)',
    '1.', '-';
    a Code's compound article label: 'XII.1', 'VI.83/1', 'D.IV.1', 'L1124-1', '3.1', '4.3.1'.

    Raises ``ValueError`` on anything else. Results are cached (labels are few and repeat:
    every eId computation parses the labels of the units it numbers).
    """
    text = normalize_quoted(raw).replace(" ", "")
    if text in ("-", "–", "—"):  # a dash item (tiret): no number of its own
        return Label(0, style="dash", text=text)
    if match := _PAREN_NUMBER.match(text):
        return Label(int(match["number"]), style="paren", text=text)
    if match := _DOT_NUMBER.match(text):
        return Label(int(match["number"]), style="dot", text=text)
    if match := _ROMAN_ITEM.match(text):
        return Label(roman_value(match["roman"]), style="roman", text=text)
    if match := _NUMBER_LABEL.match(text):
        latin = match["latin"] or match["latin2"]
        sub = match["sub"] or match["sub2"]
        degree = bool(match["degree1"] or match["degree2"])
        exponent = match["exponent"]
        if match["sub"] and match["sub2"] and not degree:  # '1675/2/1', not '2°/1'
            return Label(int(match["number"]), LATIN_SUFFIXES[latin] if latin else 0,
                         int(match["sub"]), "number", text, sub2=int(match["sub2"]))
        return Label(
            int(match["number"]),
            LATIN_SUFFIXES[latin] if latin else 0,
            int(sub) if sub else 0,
            "degree" if degree else "number",
            text,
            # "269¹": the exponent numbering of older Codes (Code des droits d'enregistrement,
            # CIR 1992: "275³"), after 269 and before 269/1; never the same label as 269/1
            rest=(int(exponent.translate(_SUPERSCRIPTS)),) if exponent else (),
        )
    if code := _code_label(text):
        return code
    if match := _LETTER_LABEL.match(text):
        latin = match["latin"]
        return Label(
            ord(match["letter"]) - ord("a") + 1,
            LATIN_SUFFIXES[latin] if latin else 0,
            int(match["sub"]) if match["sub"] else 0,
            "letter",
            text,
        )
    raise ValueError(f"not a unit label: {raw!r}")


def ordinal_word(count: int) -> str:
    """French cardinal for small counts (un … dix), digits beyond."""
    words = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]
    return words[count] if 0 <= count < len(words) else str(count)


NUMBER_WORDS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10,
}
