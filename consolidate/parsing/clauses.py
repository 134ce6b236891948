"""Clauses: one predicate each, with its designation, its words and its new units.

An instruction is *designation* + *predicate* + *new text* (the Conseil d'État's order). In
the skeleton of an instruction (quotes, acts and history masked) the rules here find:

- ``predicate``: the auxiliary and the participle ("sont remplacés", "il est inséré",
  "worden … vervangen"), or a renumbering verb ("devient"); its lemma from the lexicon;
- ``roles``: each quote's role from the word before it (par / door → by, après / na →
  after, avant / voor → before, entre … et / tussen … en → between; none: the subject);
- ``units``: each unit mention (:mod:`.units`) is a *new unit* (announced with "un",
  "deux", or the subject of an insertion), an *anchor* (after a position word), a
  *renumbering* target (after "devient") or part of the *designation*.

Several predicates in one instruction ("… sont remplacés par … et les mots … sont abrogés")
are several clauses, split at the last "et", ";" or "." before the second predicate ("et"
may open an incidental phrase: "… et, in fine, les mots … sont ajoutés", "… et dans le
texte néerlandais, les mots …"). Two predicates that no cut separates are not one clause:
:class:`Unsplit` (the parser's P001), never one predicate read and the other dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import scan
from ..lang.lexicon import Lexicon
from ..model import SENTENCE_START
from ..text import normalize_quoted
from .skeleton import QUOTE_MARK, Skeleton
from .units import Mention, UnitRules, with_labels


@dataclass
class Quote:
    """A quote of a clause and its role."""

    span: tuple[int, int]
    role: str
    """subject, by, after, before."""


@dataclass
class Clause:
    """One predicate and what belongs to it (offsets in the instruction's text)."""

    lemma: str
    start: int
    end: int
    verb_start: int
    verb_end: int
    quotes: list[Quote] = field(default_factory=list)
    designation: list[Mention] = field(default_factory=list)
    new_units: list[Mention] = field(default_factory=list)
    anchors: list[tuple[str, Mention]] = field(default_factory=list)
    renumbered: list[Mention] = field(default_factory=list)
    comprised: list[Mention] = field(default_factory=list)
    """The articles a new division is said to hold ("… est complétée par un chapitre 8,
    comprenant l'article 50, rédigé comme suit"): no place of the designation."""
    every: bool = False
    times: int | None = None
    """"à deux reprises", "tweemaal": how many occurrences the words have (lexicon ``times``)."""
    respectively: bool = False
    edge: str | None = None
    """"start" / "end" for "au début de" / "à la fin de" (words inserted at an edge)."""
    rules: list[str] = field(default_factory=list)
    """The rules that read this clause, with the words they read (for ``explain``)."""


@dataclass(frozen=True)
class Predicate:
    """A predicate found in a skeleton."""

    lemma: str
    aux_start: int
    aux_end: int
    verb_start: int
    verb_end: int
    joint: tuple[int, int] | None = None
    """Where a predicate that shares the auxiliary before it is joined to it (its "en" or
    comma): the cut between the two clauses."""


def find_predicates(lexicon: Lexicon, masked: str, start: int, end: int) -> list[Predicate]:
    """The predicates of ``masked[start:end]`` in order (memoised for the texts of an
    article: an article and its instruction, a point's header and its head, are the same
    skeleton read twice; :func:`forget_predicates` empties the memo)."""
    return list(_predicates(lexicon, masked, start, end))


def forget_predicates() -> None:
    """Empty the memo of :func:`find_predicates`."""
    _predicates.cache_clear()


@lru_cache(maxsize=64)
def _predicates(lexicon: Lexicon, masked: str, start: int, end: int) -> tuple[Predicate, ...]:
    found: list[Predicate] = []
    for match in lexicon.pattern("predicate").finditer(masked, start, end):
        verb = match["verb"]
        lemma = _lemma(lexicon, verb)
        if lemma is None:
            continue
        verb_end = match.end("verb")
        second = _SECOND_VERB.match(masked, verb_end)
        if lemma == "repeal" and second and re.fullmatch(
                lexicon.verb, second["verb"], re.I | re.X) and \
                _lemma(lexicon, second["verb"]) == "replace":
            # "les alinéas 3 à 6 sont abrogés et remplacés par les paragraphes …": a
            # replacement (the second participle says what takes the place)
            lemma, verb_end = "replace", second.end()
        found.append(Predicate(lemma, match.start("aux"), match.end("aux"),
                               match.start("verb"), verb_end))
    found.extend(_shared_auxiliary(lexicon, masked, found, end))
    if lexicon.lapse != "(?!)":
        for match in lexicon.pattern("lapse").finditer(masked, start, end):
            if not any(p.aux_start <= match.start("verb") < p.verb_end for p in found):
                # "Artikel 6 van de wet van … vervalt." (no auxiliary: the verb is its own)
                verb = match.start("verb")
                found.append(Predicate("repeal", verb, verb, verb, match.end("verb")))
    for match in lexicon.pattern("become").finditer(masked, start, end):
        if not any(p.aux_start <= match.start() < p.verb_end for p in found):
            # "wordt de bepaling onder 2° de bepaling onder 3°" (group ``aux``: the inverted
            # order, the unit renumbered between the auxiliary and the new unit)
            aux = next((name for name in ("aux", "aux2", "aux3")
                        if match.groupdict().get(name)), None)
            aux_end = match.end(aux) if aux is not None else match.start()
            found.append(Predicate("renumber", match.start(), aux_end, match.start(),
                                   match.end()))
    found.sort(key=lambda predicate: predicate.aux_start)
    return tuple(found)


def _shared_auxiliary(lexicon: Lexicon, masked: str, found: list[Predicate],
                      end: int) -> list[Predicate]:
    """"worden de woorden "A" vervangen door de woorden "B" en de woorden "C" opgeheven":
    after a predicate, "en" (or a comma: "…, het woord "C" geschrapt en …"), a subject and a
    participle with no auxiliary of their own are a second predicate (its auxiliary the first
    one's, said once): empty, right before the participle, and the clauses split at that "en"
    (an operation of each participle, never the second one's words read as the first
    one's)."""
    if lexicon.shared_auxiliary == "(?!)":
        return []
    extra: list[Predicate] = []
    for index, predicate in enumerate(found):
        stop = found[index + 1].aux_start if index + 1 < len(found) else end
        for match in lexicon.pattern("shared_auxiliary").finditer(masked, predicate.verb_end,
                                                                   stop):
            lemma = _lemma(lexicon, match["verb"])
            if lemma is None or lemma in ("apply_changes", "modify"):
                continue
            extra.append(Predicate(lemma, match.start("verb"), match.start("verb"),
                                   match.start("verb"), match.end("verb"),
                                   (match.start(), match.start("subject"))))
    return extra


#: a second participle joined by a conjunction ("abrogés et remplacés")
_SECOND_VERB = scan.regex(r"\s+(?:et|en)\s+(?P<verb>[^\W\d_]+)")


def _lemma(lexicon: Lexicon, verb: str) -> str | None:
    word = verb.casefold()
    for stem, lemma in lexicon.verbs.items():
        if word.startswith(stem):
            return lemma
    return None


_SPLIT = scan.compile(
    # "… vervangen door de woorden "Y" en worden de woorden "Z" geschrapt": Dutch repeats
    # the auxiliary first; "et, in fine, les mots …": "et" then an incidental phrase (a
    # language mention is masked before: "et [dans le texte néerlandais], les mots")
    r"(?:\.\s+|;\s*|,?\s+(?:et|en)\s+(?=(?:les?|la|l['’]|de|het|il|in|dans|au|à|wordt"
    r"|worden)\b)|,?\s+(?:et|en)\s*(?=,)|,\s*(?=(?:wordt|worden)\b)"
    # "… est remplacée par les mots "…" et "141, § 5" est remplacé par "142, § 1er""
    # (2006023386, art. 102, 5°): "et" then a quote, the subject of the next predicate
    r"|\s+(?:et|en)\s+(?=Ꝗ))", re.I
)


def _renumbering_comma(masked: str, predicate: Predicate,
                       following: Predicate) -> list[re.Match[str]]:
    """"le 2° devient le 3°, le 3° devient le 4° et le 4° devient le 5°": between two
    renumberings, a comma cuts (the last one before the second's subject); between other
    predicates a comma is no cut ("…, dans l'alinéa 2, les mots … sont …" holds the place of
    the second)."""
    if predicate.lemma != "renumber" or following.lemma != "renumber":
        return []
    return list(_COMMA.finditer(masked, predicate.verb_end, following.aux_start))


_COMMA = scan.regex(r",\s*")


class Unsplit(Exception):
    """Two predicates of one instruction that no cut separates (a lost operation if one
    clause were read with both)."""

    def __init__(self, first: Predicate, second: Predicate) -> None:
        super().__init__(first, second)
        self.first = first
        self.second = second


def split_clauses(
    lexicon: Lexicon, masked: str, start: int, end: int
) -> list[tuple[int, int, Predicate]]:
    """Split ``[start, end)`` into one span per predicate."""
    predicates = find_predicates(lexicon, masked, start, end)
    spans: list[tuple[int, int, Predicate]] = []
    begin = start
    for index, predicate in enumerate(predicates):
        stop = end
        if index + 1 < len(predicates):
            following = predicates[index + 1]
            if following.joint is not None:
                # "… vervangen door de woorden "B" en de woorden "C" opgeheven": at its "en"
                spans.append((begin, following.joint[0], predicate))
                begin = following.joint[1]
                continue
            cuts = [cut for cut in _SPLIT.finditer(masked, predicate.verb_end,
                                                   following.aux_end)
                    if cut.start() < following.aux_start]
            sentence_cuts = [m for m in cuts if m.group(0).strip() in (".", ";")]
            candidates = sentence_cuts or cuts or _renumbering_comma(
                masked, predicate, following)
            chosen = candidates[-1] if candidates else None
            if chosen is None:
                # "… est abrogé et remplacé par …" is one predicate (find_predicates)
                raise Unsplit(predicate, following)
            stop = chosen.start()
            spans.append((begin, stop, predicate))
            begin = chosen.end()
            continue
        spans.append((begin, stop, predicate))
    return spans


@lru_cache(maxsize=8)
def unit_rules(lexicon: Lexicon) -> UnitRules:
    """The unit rules of ``lexicon``, built once (they hold no state of an act: every parse
    of a process shares their compiled patterns, and the gates they derive once warm)."""
    return UnitRules(lexicon)


class ClauseReader:
    """Reads clauses with one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.units = unit_rules(lexicon)
        self.roles = lexicon.pattern("role")
        self.nouns = scan.regex(r"(?:" + lexicon.word_nouns + r")\s*$", re.I | re.X)
        self.position = scan.regex(lexicon.position + r"\s*$", re.I | re.X)
        self.introducer = scan.regex(
            r"(?:ce\s+qui\s+suit|comme\s+suit|(?:les|le|la)\s+(?:mots|mot|phrase|termes)\s+"
            r"suivante?s?|het\s+volgende|als\s+volgt|luidende)\s*$", re.I)

    def read(self, skeleton: Skeleton, start: int, end: int, predicate: Predicate) -> Clause:
        """The clause of ``predicate`` in ``[start, end)`` of ``skeleton``."""
        masked = skeleton.masked
        clause = Clause(predicate.lemma, start, end, predicate.verb_start, predicate.verb_end)
        clause.rules.append(f"predicate:{predicate.lemma} "
                            f"{skeleton.text[predicate.aux_start:predicate.verb_end]!r}")
        zone = masked[start:end]
        if self.lexicon.pattern("every").search(zone):
            clause.every = True
            clause.rules.append("every")
        counted = self.lexicon.pattern("times").search(zone)
        if counted is not None:
            count = counted["count"].casefold()
            clause.times = int(count) if count.isdigit() else self.lexicon.cardinals[count]
            clause.rules.append(f"times: {clause.times}")
        if self.lexicon.pattern("respectively").search(zone):
            clause.respectively = True
            clause.rules.append("respectively")
        self._units(masked, clause, predicate)
        self._quoted_sentences(skeleton, clause)
        self._quotes(skeleton, clause)
        return clause

    def _quoted_sentences(self, skeleton: Skeleton, clause: Clause) -> None:
        """"la phrase "…"": the quote is the sentence's label (in the designation, an anchor
        or the new units), not words of the predicate; "la phrase commençant par les mots
        "…"": its first words, then "…" (:data:`~consolidate.model.SENTENCE_START`)."""

        def labelled(mention: Mention) -> Mention:
            if mention.quote is None:
                return mention
            words = normalize_quoted(skeleton.quote_text(mention.quote)[1:-1])
            return with_labels(mention, (words + SENTENCE_START if mention.starting else words,))

        clause.designation = [labelled(mention) for mention in clause.designation]
        clause.anchors = [(kind, labelled(mention)) for kind, mention in clause.anchors]
        clause.new_units = [labelled(mention) for mention in clause.new_units]

    def _quotes(self, skeleton: Skeleton, clause: Clause) -> None:
        masked = skeleton.masked
        previous_end = clause.start
        previous_role: str | None = None
        joined: int | None = None  # the quote after "et" read as "by", if the last one
        taken = [span for m in (*clause.designation, *clause.new_units,
                                 *(mention for _, mention in clause.anchors))
                 for span in (m.quote, m.named) if span is not None]
        for m in clause.designation:
            if m.named is not None:  # "au point 2 "Tarif bihoraire"": the point's name
                clause.rules.append(f"name: {m.unit} {m.labels[0]} "
                                    f"{skeleton.quote_text(m.named)}")
        for span in skeleton.quotes_in(clause.start, clause.end):
            if span in taken:
                previous_end = span[1]
                continue
            before = masked[previous_end : span[0]]
            # "les mots "A", "B" et "C"": a comma goes on with the list of the quote before
            role = previous_role if previous_role is not None and before.strip() == "," \
                else self._role(before, previous_role)
            if role == "between":
                role = "after"
            elif role == "and":
                role = "before" if previous_role in ("after", "between") else (
                    previous_role or "subject")
                joined = len(clause.quotes) if role == "by" else None
            elif role == "by" and joined is not None and joined == len(clause.quotes) - 1:
                # "les mots "A" sont remplacés par les mots "B" et les mots "C" par les mots
                # "D"", "… door de woorden "B" en de woorden "C" door de woorden "D"": the
                # quote after "et" is replaced in its turn, by the one after "par"
                clause.quotes[joined].role = "subject"
                clause.rules.append("and … by: a second pair")
                joined = None
            clause.quotes.append(Quote(span, role))
            previous_role = role
            previous_end = span[1]
        if clause.quotes:
            roles = ", ".join(quote.role for quote in clause.quotes)
            clause.rules.append(f"roles: {roles}")

    def _role(self, before: str, previous: str | None) -> str:
        # "intitulée "…"", "intitulée : "…"" (2006023386, art. 56)
        if self.lexicon.pattern("titled").search(before.rstrip().removesuffix(":") + " "):
            return "heading"
        # "sont remplacés par les mots : " … "": a colon before an inline quote
        before = before.rstrip().removesuffix(":")
        # "par ce qui suit "…"", "par les mots suivants : "…"": the introducer is not a role
        before = self.introducer.sub("", before.rstrip(" :")) if self.introducer.search(
            before.rstrip(" :")) else before
        words = self.nouns.sub("", before.rstrip())
        words = re.sub(r"[\s,]+$", " ", words)
        match = self.roles.search(words.rstrip() + " ")
        if match:
            role = self.lexicon.roles.get(match["role"].casefold(), "subject")
            if role == "and" and previous is None:
                return "subject"
            return role
        edge = self.position.search(words.rstrip() + " ")
        if edge and edge["position"].split()[0].casefold() in ("après", "na"):
            return "after"
        return "subject"

    def _units(self, masked: str, clause: Clause, predicate: Predicate) -> None:
        mentions = self.units.find(masked, clause.start, clause.end)
        position_pattern = scan.regex(self.lexicon.position, re.I | re.X)
        positions = list(position_pattern.finditer(masked, clause.start, clause.end))
        after_verb = [m for m in mentions if m.start >= predicate.verb_end]
        for mention in mentions:
            anchor = self._anchor_of(masked, mention, positions)
            if anchor is None and clause.anchors and clause.anchors[-1][0] == "between" and \
                    mention.determiner is None and len(clause.anchors[-1][1].labels) == 1 and \
                    re.fullmatch(r"\s+(?:et|en)\s+", masked[clause.anchors[-1][1].end :
                                                        mention.start]):
                # "entre la phrase commençant par … et la phrase commençant par …": the
                # second place of "entre" is a mention of its own
                clause.anchors.append(("before", mention))
                continue
            if anchor is not None:
                kind, _ = anchor
                if kind in ("start", "end"):
                    clause.edge = kind
                    clause.designation.append(mention)
                    continue
                if not clause.anchors or kind != "between" or len(clause.anchors) < 2:
                    clause.anchors.append((kind, mention))
                    continue
            if mention.determiner is not None:
                clause.new_units.append(mention)
                continue
            if predicate.lemma == "renumber" and mention.start >= predicate.verb_end:
                clause.renumbered.append(mention)
                continue
            if predicate.lemma in ("complete", "replace") and mention in after_verb and \
                    self._after_par(masked, predicate.verb_end, mention):
                clause.new_units.append(mention)
                continue
            if predicate.lemma == "insert" and not self._goes_on_place(
                    masked, predicate, mention, mentions) and self._insert_subject(
                    masked, predicate, mention, _before(mentions, mention)):
                clause.new_units.append(mention)
                continue
            clause.designation.append(mention)
        for position in positions:
            kind = self._position_kind(position["position"])
            if kind in ("start", "end"):
                clause.edge = clause.edge or kind
        self._anchor_and_designation(masked, clause)
        if clause.designation:
            clause.rules.append("designation: " + "; ".join(
                f"{m.unit} " + _shown(m.labels) + (f" à {m.until}" if m.until else "")
                for m in clause.designation))
        if clause.new_units:
            clause.rules.append("new units: " + "; ".join(
                f"{m.unit} {'/'.join(m.labels) or m.determiner}" for m in clause.new_units))
        if clause.anchors:
            clause.rules.append("anchors: " + "; ".join(
                f"{kind} {m.unit} {'/'.join(m.labels)}" for kind, m in clause.anchors))

    def _position_kind(self, words: str) -> str:
        text = " ".join(words.casefold().split())
        return next((kind for word, kind in self.lexicon.positions.items()
                     if text.startswith(word)), "after")

    def _anchor_of(
        self, masked: str, mention: Mention, positions: list[re.Match[str]]
    ) -> tuple[str, int] | None:
        for position in positions:
            between = masked[position.end() : mention.start]
            if position.end() <= mention.start and re.fullmatch(
                r"\s*(?:(?:le|la|les|l['’]|de|het|du|des)\s*)?", between, re.I
            ):
                return self._position_kind(position["position"]), position.end()
        return None

    def _anchor_and_designation(self, masked: str, clause: Clause) -> None:
        """"entre les alinéas 2 et 3": one mention, two anchors; mentions after an anchor
        joined by "de" are the anchor's container (designation)."""
        if len(clause.anchors) == 1 and clause.anchors[0][0] == "between":
            mention = clause.anchors[0][1]
            if len(mention.labels) == 2:
                first = Mention(mention.unit, (mention.labels[0],), mention.start, mention.end)
                clause.anchors = [("after", first)]
            else:
                clause.anchors = [("after", mention)]
        elif len(clause.anchors) >= 2 and clause.anchors[0][0] == "between":
            # the second place is kept (read) as "before"; the insertion goes after the first
            clause.anchors = [("after", clause.anchors[0][1]),
                              *(anchor for anchor in clause.anchors[1:2]
                                if anchor[0] == "before")]

    def _contained(self, masked: str, mention: Mention) -> bool:
        """Whether a mention is introduced by a container word ("à l'", "dans", "in")."""
        # the six characters before the mention (a mention near the start of a point's text,
        # "2° in paragraaf 2 wordt … een lid ingevoegd", had its own first letters there: "in
        # par" was no container, and § 2 was read as the unit inserted, P009)
        before = masked[max(0, mention.start - 6) : mention.start]
        container = self.lexicon.pattern("container")
        return (container.search(masked[mention.start : mention.start + 8]) is not None and \
            container.match(masked, mention.start) is not None) or bool(
                re.search(r"\b(?:dans|in)\s+$", before, re.I))

    def _after_par(self, masked: str, verb_end: int, mention: Mention) -> bool:
        between = masked[verb_end : mention.start]
        return re.fullmatch(
            r"\s*(?:par|met|door)\s+(?:(?:le|la|les|l['’]|de|het)\s*)?", between, re.I
        ) is not None

    def _goes_on_place(self, masked: str, predicate: Predicate, mention: Mention,
                       mentions: list[Mention]) -> bool:
        """"dans le paragraphe 1er, alinéa 1er, est inséré un 1° ter" (2016003166, art. 27,
        4°): a unit before the auxiliary that goes on, after a comma, with the place a
        container word opened, while the unit inserted is announced after the verb, is part
        of the place, not what is inserted."""
        previous = _before(mentions, mention)
        if previous is None or mention.end > predicate.aux_start or \
                not re.fullmatch(r"\s*,\s*", masked[previous.end : mention.start]):
            return False
        opened = any(_OPENED.search(masked, 0, m.start + 4) for m in mentions
                     if m.end <= mention.start)
        announced = any(m.determiner is not None and m.start >= predicate.verb_end
                        for m in mentions)
        return opened and announced

    def _insert_subject(self, masked: str, predicate: Predicate, mention: Mention,
                        previous: Mention | None = None) -> bool:
        """Whether ``mention`` is what an insertion inserts: right after the verb ("il est
        inséré un …", "sont insérés les 3° et 4°"), or right before the auxiliary ("Les 3° et
        4°, rédigés comme suit, sont insérés") — unless it is the container of the unit
        before it ("in het eerste lid van § 1, worden … ingevoegd": where, not what)."""
        if predicate.aux_end <= mention.start and mention.end <= predicate.verb_start and \
                not masked[mention.end : predicate.verb_start].strip():
            return True  # "wordt na het tweede lid de bepaling onder 1° ingevoegd"
        if self._contained(masked, mention):
            return False  # "à l'article 25", "dans la section 2": where, not what
        if previous is not None and self.lexicon.pattern("connector_of").match(
                masked[previous.end : mention.start]):
            return False
        if mention.start >= predicate.verb_end:
            between = masked[predicate.verb_end : mention.start]
            # "il est inséré, après l'alinéa 2, un alinéa": the place may come first
            between = re.sub(self.lexicon.position + r"[^,]*,", " ", between, flags=re.I | re.X)
            return re.fullmatch(r"\s*,?\s*(?:(?:le|la|les|l['’]|de|het)\s*)?", between,
                                re.I) is not None
        if re.match(r"il\b|er\b", masked[predicate.aux_start:], re.I):
            return False  # "il est inséré …": what is inserted follows the verb
        between = masked[mention.end : predicate.aux_start]
        introducer = self.lexicon.pattern("introducer")
        rest = introducer.sub("", between.strip(" ,")) if between.strip(" ,") else ""
        return rest.strip(" ,") == ""


#: a container word opening a place ("dans le paragraphe 1er", "à l'article 8", "in § 2")
_OPENED = scan.regex(
    r"(?:^|[\s,])(?:dans|à|au|aux|in)\s+(?:(?:le|la|les|l['’]|het|de)\s*)?\S{0,4}$", re.I)


def _before(mentions: list[Mention], mention: Mention) -> Mention | None:
    """The mention just before ``mention``, or None."""
    earlier = [m for m in mentions if m.end <= mention.start]
    return earlier[-1] if earlier else None


_LOOSE_NUMBER = scan.regex(r"(?<![\w/.,-])\d+(?![\w/°)-]|\.\w)")
_LOOSE_SIGN = scan.regex(r"§+(?:\s*[^\W\d_]+(?![\w°]))?")
#: the rest of a label no unit rule read whole: ".2" after "le chapitre 1" (a division's
#: label is no "1.2"), "1.D" (a label the model has no shape for); never dropped silently
#: a capital letter alone between commas ("l'article 5, A, 1°": a unit labelled "A" the model
#: has not), never the glue "a" / "A" (the preposition "à" written without its accent)
_LOOSE_CAPITAL = scan.regex(r"(?<=,)\s*(?-i:[A-Z])(?=\s*,)")
_LOOSE_LABEL = scan.regex(r"(?<![\w/.,-])(?:\d+(?:er)?)?[.-](?=\d|(?-i:[A-Z])(?![\w]))[\w./-]*")
_WORD = scan.regex(r"[^\W\dꝖꜲꜨ_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
#: what a word, a loose number or a loose "§" starts with
_READABLE = scan.regex(r"[^\WꝖꜲꜨ_]|§")


def unread_words(
    lexicon: Lexicon, masked: str, clause: Clause, stop: int, start: int | None = None
) -> list[tuple[str, int]]:
    """Words of a zone of the clause (its designation: from its start up to ``stop``, the
    first quote or the predicate; or what follows the predicate) that no rule read: not a
    unit, an act, a history recital, a language mention or a glue word of the lexicon."""
    begin = clause.start if start is None else start
    if _READABLE.search(masked, begin, stop) is None:
        return []  # no letter, digit or "§": no word to read (the rules below only blank)
    text = masked[begin:stop]  # each mention blanked (slices of a string: no list of chars)
    for mention in (*clause.designation, *clause.new_units,
                    *(mention for _, mention in clause.anchors), *clause.renumbered):
        low, high = max(mention.start, begin) - begin, min(mention.end, stop) - begin
        if low < high:
            text = text[:low] + " " * (high - low) + text[high:]
    if _READABLE.search(text) is None:
        return []
    # a date after the predicate that no rule read ("est abrogé le 1er janvier 2026": the
    # dated-instruction rules did not take it) is never glue: its words are unread
    dates = (lexicon.pattern("date"),) if start is None else ()
    for pattern in (lexicon.pattern("introducer_any"), *dates,
                    lexicon.pattern("word_nouns"), lexicon.pattern("position"),
                    lexicon.pattern("every"), lexicon.pattern("times"),
                    lexicon.pattern("lead_in")):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    words: list[tuple[str, int]] = []
    for match in _WORD.finditer(text):
        if _read_word(lexicon, match.group(0)):
            continue
        words.append((match.group(0), begin + match.start()))
    # a number no unit rule read ("au 2, b)" of a page that lost the degree sign): never
    # dropped silently
    for match in _LOOSE_NUMBER.finditer(text):
        words.append((match.group(0), begin + match.start()))
    # a § whose label no rule reads ("745quater, § le,, alinéa 2", 2006009998 art. 24)
    for match in _LOOSE_SIGN.finditer(text):
        words.append((" ".join(match.group(0).split()), begin + match.start()))
    for match in _LOOSE_LABEL.finditer(text):
        words.append((match.group(0), begin + match.start()))
    for match in _LOOSE_CAPITAL.finditer(text):
        words.append((match.group(0).strip(), begin + match.end() - 1))
    words.sort(key=lambda word: word[1])
    return words


@lru_cache(maxsize=4096)
def _read_word(lexicon: Lexicon, found: str) -> bool:
    """Whether a word of a zone needs no rule: a glue word, an introducer or a verb of the
    lexicon (memoised: the same words come back in every instruction)."""
    word = found.casefold().strip("'’")
    parts = re.split(r"['’]", word)
    if all(part in lexicon.glue or not part for part in parts):
        return True
    return bool(lexicon.pattern("introducer").search(word + " ") or re.fullmatch(
        lexicon.verb.replace("(?P<verb>", "(?:"), word, re.I | re.X))


def _shown(labels: tuple[str, ...]) -> str:
    """Labels as the trace shows them ("@self" → "(itself)", "#2" → "2nd")."""
    words = {"@self": "(itself)", "@same": "(the same)", "@quote": "(quoted)"}
    return "/".join(words.get(label, label) for label in labels)


def has_quotes(masked: str, start: int, end: int) -> bool:
    """Whether a quote starts in ``[start, end)``."""
    return QUOTE_MARK in masked[start:end]
