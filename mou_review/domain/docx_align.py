"""Pair the paragraphs of an English and a French document into bilingual clauses.

Structure comes first: both texts are cut into parts (the preamble, then one
part per article) and the parts are paired, mostly by article number.  Inside
each pair of parts the paragraphs are aligned by a small dynamic programme in
the manner of Gale and Church: a move is 1-1, 1-0, 0-1, 2-1 or 1-2 (one side
split a paragraph in two: the two are joined into one pair), and its cost
adds up the evidence that the two sides say the same thing: the same clause
number, the same kind, lengths in the usual French/English ratio, and shared
anchors (figures, acronyms, proper names, dates).  Every pair gets a
confidence in [0, 1]; whatever cannot be paired is returned, never dropped.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from .docx_read import SourcePara, label_key
from .types import DEFAULT_LEVEL, ClauseKind


@dataclass(frozen=True)
class AlignedPair:
    """One clause in both languages, with how sure the aligner is of the pairing."""

    kind: ClauseKind
    level: int
    en: str
    fr: str
    confidence: float


@dataclass(frozen=True)
class Alignment:
    """The pairs in document order, and the paragraphs left without a partner."""

    pairs: list[AlignedPair]
    unpaired_en: list[str]
    unpaired_fr: list[str]


# --------------------------------------------------------------------------- units


@dataclass
class _Unit:
    """A paragraph (or a whole article part) with what the cost function compares."""

    paras: list[SourcePara]
    key: str | None
    kind: ClauseKind
    length: int
    anchors: frozenset[str]
    children: list[_Unit] = field(default_factory=list)


_MONTHS = {
    "january": 1, "janvier": 1, "february": 2, "février": 2, "fevrier": 2, "march": 3, "mars": 3,
    "april": 4, "avril": 4, "may": 5, "mai": 5, "june": 6, "juin": 6, "july": 7, "juillet": 7,
    "august": 8, "août": 8, "aout": 8, "september": 9, "septembre": 9, "october": 10, "octobre": 10,
    "november": 11, "novembre": 11, "december": 12, "décembre": 12, "decembre": 12,
}  # fmt: skip
# Figures with any thousands/decimal separators ("1,000.50", "1 000,50"): compare the digits only.
_NUMBER = re.compile(r"\d(?:[\d\u00a0\u202f ,.]*\d)?")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,}(?:-[A-Z0-9]+)*\b")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SMALL_NUMBERS = {
    "three": "3", "trois": "3", "four": "4",
    "quatre": "4", "five": "5", "cinq": "5", "six": "6", "seven": "7", "sept": "7", "eight": "8",
    "huit": "8", "nine": "9", "neuf": "9", "ten": "10", "dix": "10", "thirty": "30", "trente": "30",
    "sixty": "60", "soixante": "60", "ninety": "90", "quatre-vingt-dix": "90",
}  # fmt: skip


#: Acronyms that the two languages spell differently: French form -> English form.
_ACRONYMS_FR = {
    "CEDEAO": "ECOWAS", "ONU": "UN", "UE": "EU", "UA": "AU", "OIM": "IOM", "ONUDC": "UNODC",
    "HCR": "UNHCR", "OIT": "ILO", "UNICEF": "UNICEF", "OMS": "WHO", "CPI": "ICC", "OTAN": "NATO",
}  # fmt: skip


def _anchors(text: str) -> frozenset[str]:
    found: set[str] = set()
    # A heading in capitals spells ordinary words in capitals: they are not acronyms.
    all_caps = not any(ch.islower() for ch in text)
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        # Years and amounts are strong anchors; "1" and "2" are everywhere.
        if len(digits) >= 2 or digits not in ("1", "2"):
            found.add("#" + digits)
    for match in _ACRONYM.finditer(text):
        # All-caps headings spell ordinary words in capitals: keep short tokens and known-looking acronyms.
        token = match.group(0)
        if len(token) <= 8 and not all_caps:
            found.add("@" + _ACRONYMS_FR.get(token, token))
    words = _WORD.findall(text)
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in _MONTHS:
            found.add(f"m{_MONTHS[lower]}")
        elif lower in _SMALL_NUMBERS:
            found.add("#" + _SMALL_NUMBERS[lower])
        elif index > 0 and word[0].isupper() and not word.isupper() and len(word) > 3:
            # Capitalised words inside a sentence: names of places, bodies and instruments,
            # which both languages mostly spell alike ("Abuja", "Niamey", "Nigeria").
            plain = "".join(
                ch for ch in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(ch)
            )
            found.add("~" + plain[:5])
    return frozenset(found)


def _unit(paras: list[SourcePara], key: str | None, children: list[_Unit] | None = None) -> _Unit:
    first = paras[0]
    text = " ".join(p.text for p in paras)
    if children:
        length = sum(c.length for c in children) + len(first.text)
        anchors = frozenset().union(*(c.anchors for c in children), _anchors(first.text))
    else:
        length, anchors = len(text), _anchors(text)
    return _Unit(paras, key, first.kind_hint or ClauseKind.PARAGRAPH, length, anchors, children or [])


_HEADING = re.compile(
    r"^(?P<word>part|partie|title|titre|chapter|chapitre|section|annex|annexe|appendix|appendice|schedule)"
    r"(?:[ \u00a0]+(?P<num>premier|première|1er|1re|unique|one|two|three|four|five|[ivxlc]+|\d+|[a-z])\b)?"
    r"(?![\w])",
    re.I,
)
_HEADING_CLASS = {
    "part": "part", "partie": "part", "title": "part", "titre": "part", "chapter": "chapter",
    "chapitre": "chapter", "section": "section", "annex": "annex", "annexe": "annex", "appendix": "annex",
    "appendice": "annex", "schedule": "annex",
}  # fmt: skip
_ORDINAL_WORDS = {"premier": 1, "première": 1, "1er": 1, "1re": 1, "unique": 1, "one": 1, "two": 2, "three": 3,
                  "four": 4, "five": 5}  # fmt: skip
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman(text: str) -> int | None:
    """Return the value of a lower-case roman numeral, or None if it is not one."""
    if not text or any(ch not in _ROMAN for ch in text):
        return None
    values = [_ROMAN[ch] for ch in text]
    return sum(-v if i + 1 < len(values) and values[i + 1] > v else v for i, v in enumerate(values))


def _heading_key(text: str) -> str | None:
    """Return "Hchapter.1" for "CHAPTER I" and "CHAPITRE PREMIER" alike, or None."""
    match = _HEADING.match(text.strip())
    if not match or len(text) > 120:
        return None
    num = (match.group("num") or "").lower()
    value: int | str | None = _ORDINAL_WORDS.get(num) or (int(num) if num.isdigit() else _roman(num))
    if value is None and num:
        value = ord(num) - 96  # "Annex A"
    return f"H{_HEADING_CLASS[match.group('word').lower()]}.{value or ''}"


def _item_ordinal(key: str, expected: int) -> int | None:
    """Return the position a list label stands for: "b" -> 2, "ii" -> 2, "3" -> 3.

    Each language may number the same list with its own format (lower roman in
    one, letters in the other), so items compare by position; "i" is read as a
    roman one or a ninth letter, whichever the list expects next.
    """
    if key.isdigit():
        return int(key)
    roman = _roman(key)
    letter = None
    if key.isalpha() and len(set(key)) == 1 and key.isascii():
        letter = (ord(key[0]) - 96) + 26 * (len(key) - 1)
    if expected in (roman, letter):
        return expected
    return letter if letter is not None else roman


def _keyed_units(paras: Sequence[SourcePara]) -> list[_Unit]:
    """Give every numbered paragraph a full path key ("A3", "P3.2", "I3.2.2", "I3.2.2.2", "Hchapter.1")."""
    units: list[_Unit] = []
    article: str | None = None
    paragraph: str | None = None
    item: int | None = None
    sub: int | None = None
    for para in paras:
        number = label_key(para.numbering)
        key: str | None = None
        kind = para.kind_hint
        if kind is ClauseKind.ARTICLE:
            article, paragraph, item, sub = number, None, None, None
            key = f"A{number}" if number else None
        elif kind is ClauseKind.PARAGRAPH and number:
            # "1." inside Article 3 and "3.1" both mean paragraph 3.1.
            if "." not in number and article and not article.startswith("?"):
                number = f"{article}.{number}"
            paragraph, item, sub = number, None, None
            key = f"P{number}"
        elif kind is ClauseKind.ITEM and number and number != "\u2022":
            level = para.level_hint or 3
            if level <= 3 or item is None:
                item, sub = _item_ordinal(number, (item or 0) + 1), None
                key = f"I{paragraph or article}.{item}"
            else:
                sub = _item_ordinal(number, (sub or 0) + 1)
                key = f"I{paragraph or article}.{item}.{sub}"
        elif kind is not ClauseKind.ARTICLE and (heading := _heading_key(para.text)):
            key = heading
            if kind is ClauseKind.HEADING:
                paragraph = item = sub = None
        elif kind is ClauseKind.HEADING:
            paragraph = item = sub = None
        units.append(_unit([para], key))
    return units


def _parts(units: list[_Unit]) -> list[_Unit]:
    """Group units into the preamble and one part per article."""
    groups: list[list[_Unit]] = [[]]
    for unit in units:
        if unit.kind is ClauseKind.ARTICLE:
            groups.append([])
        groups[-1].append(unit)
    parts = []
    for group in groups:
        if not group:
            continue
        head = group[0]
        key = head.key if head.kind is ClauseKind.ARTICLE else "preamble"
        parts.append(_unit([u.paras[0] for u in group], key, group))
    return parts


# --------------------------------------------------------------------------- costs

# French runs longer than English; Gale and Church's model of the char-length ratio.
_RATIO = 1.12
_VARIANCE = 6.8
_SKIP = 5.5  # cost of leaving a unit unpaired: -log(P(1-0) / P(1-1)) with a margin
_MERGE = 2.3  # -log(P(2-1) / P(1-1)) in Gale and Church's priors


def _length_cost(en: int, fr: int) -> float:
    mean = (en + fr / _RATIO) / 2
    if mean == 0:
        return 0.0
    delta = (fr - en * _RATIO) / math.sqrt(mean * _VARIANCE)
    p = max(math.erfc(abs(delta) / math.sqrt(2)), 1e-12)
    return min(-math.log(p), 12.0)


def _anchor_cost(a: frozenset[str], b: frozenset[str]) -> float:
    """Penalise figures, acronyms and dates found on one side only; reward shared names."""
    strong_a = {x for x in a if x[0] != "~"}
    strong_b = {x for x in b if x[0] != "~"}
    cost = 0.0
    if strong_a or strong_b:
        cost += 3.5 * (1 - 2 * len(strong_a & strong_b) / (len(strong_a) + len(strong_b)))
    # Names are a weaker signal: French does not capitalise what English does ("the Committee").
    shared_names = len((a - strong_a) & (b - strong_b))
    return cost - 0.4 * min(shared_names, 3)


def _pair_cost(en: list[_Unit], fr: list[_Unit]) -> float:
    """Return -log-likelihood-like cost that these units are translations of each other."""
    en_len = sum(u.length for u in en)
    fr_len = sum(u.length for u in fr)
    merged = len(en) + len(fr) > 2
    # Halves of a split paragraph add up to the length of the whole: a merge must fit the length model
    # fully, or any short neighbour would be swallowed by a merge instead of being left unpaired.
    cost = (1.0 if merged else 0.6) * _length_cost(en_len, fr_len)
    cost += _anchor_cost(
        frozenset().union(*(u.anchors for u in en)), frozenset().union(*(u.anchors for u in fr))
    )
    e, f = en[0], fr[0]
    if e.key and f.key:
        cost += -3.0 if e.key == f.key else 5.0
    elif e.key or f.key:
        cost += 1.0
    if e.kind is not f.kind:
        cost += 3.0
    if merged:
        cost += _MERGE
        # The second half of a split paragraph carries no number of its own.
        tail = en[1:] + fr[1:]
        if any(u.key for u in tail):
            cost += 6.0
    return cost


#: A merged pair is a guess about where one side split its text: never more certain than this.
_MERGED_CEILING = 0.7
#: A pair next to a paragraph left unpaired may be the one that should have taken it.
_NEAR_SKIP = 0.85


def _confidence(cost: float, merged: bool, near_skip: bool = False) -> float:
    # A perfect 1-1 (same number, same anchors, usual lengths) costs about -3.
    score = 1 / (1 + math.exp(cost - 1.5))
    if merged:
        score = min(score, _MERGED_CEILING)
    if near_skip:
        score *= _NEAR_SKIP
    return round(min(1.0, max(0.0, score)), 3)


T = TypeVar("T")
_Moves = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))


def _dp(
    en: list[_Unit], fr: list[_Unit], cost: Callable[[list[_Unit], list[_Unit]], float]
) -> list[tuple[list[_Unit], list[_Unit], float]]:
    """Return the cheapest sequence of moves, each (en units, fr units, cost)."""
    n, m = len(en), len(fr)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == inf:
                continue
            for di, dj in _Moves:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                step = cost(en[i:ni], fr[j:nj]) if di and dj else _SKIP
                if here + step < best[ni][nj]:
                    best[ni][nj] = here + step
                    back[ni][nj] = (di, dj, step)
    path = []
    i, j = n, m
    while i or j:
        di, dj, step = back[i][j]  # type: ignore[misc]
        path.append((en[i - di : i], fr[j - dj : j], step))
        i, j = i - di, j - dj
    path.reverse()
    return path


# --------------------------------------------------------------------------- alignment


def _part_cost(en: list[_Unit], fr: list[_Unit]) -> float:
    if len(en) + len(fr) > 2:
        return _SKIP * 2  # articles are not split across parts
    e, f = en[0], fr[0]
    if e.key == "preamble" or f.key == "preamble":
        return -5.0 if e.key == f.key else _SKIP * 2
    cost = _pair_cost(en, fr)
    # The number of paragraphs is a strong hint when article numbers disagree or are missing.
    cost += 0.5 * abs(len(e.children) - len(f.children))
    return cost


def _kind_level(para: SourcePara) -> tuple[ClauseKind, int]:
    kind = para.kind_hint or ClauseKind.PARAGRAPH
    return kind, para.level_hint or DEFAULT_LEVEL[kind]


def align(en: Sequence[SourcePara], fr: Sequence[SourcePara]) -> Alignment:
    """Pair English and French paragraphs into clauses, structure first, then content."""
    pairs: list[AlignedPair] = []
    unpaired_en: list[str] = []
    unpaired_fr: list[str] = []
    en_parts, fr_parts = _parts(_keyed_units(en)), _parts(_keyed_units(fr))
    for en_part, fr_part, _ in _dp(en_parts, fr_parts, _part_cost):
        if not en_part or not fr_part:
            unpaired_en.extend(p.text for part in en_part for p in part.paras)
            unpaired_fr.extend(p.text for part in fr_part for p in part.paras)
            continue
        path = _dp(en_part[0].children, fr_part[0].children, _pair_cost)
        skipped = [not en_units or not fr_units for en_units, fr_units, _ in path]
        for index, (en_units, fr_units, cost) in enumerate(path):
            if skipped[index]:
                unpaired_en.extend(u.paras[0].text for u in en_units)
                unpaired_fr.extend(u.paras[0].text for u in fr_units)
                continue
            near_skip = (index > 0 and skipped[index - 1]) or (index + 1 < len(path) and skipped[index + 1])
            kind, level = _kind_level(en_units[0].paras[0])
            pairs.append(
                AlignedPair(
                    kind=kind,
                    level=level,
                    en=" ".join(u.paras[0].text for u in en_units),
                    fr=" ".join(u.paras[0].text for u in fr_units),
                    confidence=_confidence(cost, len(en_units) + len(fr_units) > 2, near_skip),
                )
            )
    return Alignment(pairs, unpaired_en, unpaired_fr)
