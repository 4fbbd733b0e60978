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

The programme never fills the whole n×m table (quadratic: a 5,000-paragraph
annex took minutes and gigabytes).  As sentence aligners do (hunalign,
bleualign), it first finds anchors, units surely paired (a clause number or
heading found once on each side, then a unique set of figures and dates), and
searches only a band around the diagonal drawn through them, widening the band
while the best path runs along its edge: linear time and memory, and the same
pairs as the full table (a test compares them).
"""

from __future__ import annotations

import math
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .docx_read import SourcePara, label_key
from .errors import ValidationError
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


#: Acronyms and capitalised terms that the two languages spell differently: French form -> English form.
#: The glossary's acronym pairs are added both ways (``_equivalent``); a document's own pairs are
#: learnt from its alignment (``_learn_equivalences``).
_ACRONYMS_FR = {
    "CEDEAO": "ECOWAS", "ONU": "UN", "UE": "EU", "UA": "AU", "OIM": "IOM", "ONUDC": "UNODC",
    "HCR": "UNHCR", "OIT": "ILO", "UNICEF": "UNICEF", "OMS": "WHO", "CPI": "ICC", "OTAN": "NATO",
    "TIC": "ICT", "REMARQUE": "NOTE", "NB": "NOTE", "PNUD": "UNDP", "HCDH": "OHCHR", "ONG": "NGO",
}  # fmt: skip


def _glossary_acronyms() -> dict[str, str]:
    """Return the glossary's acronym pairs as {French form: English form} (when they differ)."""
    from .glossary import DEFAULT_GLOSSARY

    pairs = {}
    for en, fr in DEFAULT_GLOSSARY:
        if (
            en.isupper()
            and fr.isupper()
            and " " not in en + fr
            and en != fr
            and en.isalpha()
            and fr.isalpha()
        ):
            pairs.setdefault(fr, en)
    return pairs


_EQUIVALENT = {**_glossary_acronyms(), **_ACRONYMS_FR}
# "TIP" is English for the French "TP" and both write "TIP": an English form is never renamed.
for _english in set(_EQUIVALENT.values()):
    _EQUIVALENT.pop(_english, None)


#: Month names that are also everyday words ("may", "mars"): a month only beside a day or a year.
_MONTH_WORDS = frozenset({"may", "march", "mars"})


def _dated(text: str, word: str) -> bool:
    return re.search(rf"\d[\s\u00a0]*{word}\b|\b{word}[\s\u00a0,]*\d", text) is not None


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
            found.add("@" + _EQUIVALENT.get(token, token))
    words = _WORD.findall(text)
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in _MONTHS and (lower not in _MONTH_WORDS or _dated(text, word)):
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


#: Logistic weights of the confidence: intercept, pair cost, and the share of word stems the two
#: sides have in common (cognates: 0 to 1, 0.5 when a side has no word to compare).  Chosen by
#: ``bench/bench_alignment.py --fit`` on the alignment set with wrong partners planted
#: (``corpus.perturbed``, seeds 1 and 2) so that wrong pairs score lowest; the bench reports the
#: result on seeds the choice never saw.
_WEIGHTS = (2.0, -1.0, 4.0)


def _confidence(cost: float, merged: bool, near_skip: bool = False, shared: float | None = None) -> float:
    # A perfect 1-1 (same number, same anchors, usual lengths) costs about -3.
    intercept, w_cost, w_shared = _WEIGHTS
    logit = intercept + w_cost * cost + w_shared * (0.5 if shared is None else shared)
    score = 1 / (1 + math.exp(-max(min(logit, 50.0), -50.0)))
    if merged:
        score = min(score, _MERGED_CEILING)
    if near_skip:
        score *= _NEAR_SKIP
    return round(min(1.0, max(0.0, score)), 3)


_Moves = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
#: The order in which a cell's predecessors are tried; on equal cost the first wins.  It is the order
#: in which a full table filled row by row would meet them, so the banded search breaks ties alike.
_PULL = ((2, 1), (1, 2), (1, 1), (1, 0), (0, 1))
#: A merge (2-1 or 1-2) never costs less than this (same number -3, shared names -1.2, merge +2.3):
#: a predecessor that cannot beat the cell's best even so is not costed.
_MERGE_FLOOR = -3.0 - 1.2 + _MERGE
#: Half-width of the first band around the anchored diagonal, in units; doubled while the best path
#: runs along the band's edge, up to the whole table.
BAND = 8
#: How often (in rows) the alignment reports progress and checks its deadline.
_TICK = 64


class AlignmentTimeout(ValidationError):
    """The alignment ran past the time it was given."""


Cost = Callable[[list[_Unit], list[_Unit]], float]
MovePath = list[tuple[list[_Unit], list[_Unit], float]]


def _anchor_points(en: list[_Unit], fr: list[_Unit]) -> list[tuple[int, int]]:
    """Return unit pairs that are surely translations of each other, in order on both sides.

    Structure first: a number or heading key found once on each side.  Then content: a set of
    figures, dates and acronyms found once on each side.  The longest chain that is in order on
    both sides is kept (a misplaced candidate drops out), so a wrong anchor can only bend the band,
    never force a pair: the band is searched in full.
    """

    def unique(units: list[_Unit], what: Callable[[_Unit], object]) -> dict[object, int]:
        seen: dict[object, int] = {}
        for index, unit in enumerate(units):
            value = what(unit)
            if value is not None:
                seen[value] = -1 if value in seen else index
        return {value: index for value, index in seen.items() if index >= 0}

    def strong(unit: _Unit) -> object:
        if unit.key is not None:
            return None
        found = frozenset(a for a in unit.anchors if a[0] in "#@m")
        return found if any(a[0] == "#" and len(a) > 3 for a in found) else None

    candidates: dict[int, int] = {}
    for what in (lambda u: u.key, strong):
        en_seen, fr_seen = unique(en, what), unique(fr, what)
        for value, i in en_seen.items():
            if value in fr_seen and i not in candidates:
                candidates[i] = fr_seen[value]
    # Longest chain increasing on both sides (patience sorting, O(k log k)).
    points = sorted(candidates.items())
    tails: list[int] = []  # index into points of the chain of each length's smallest end
    before: list[int] = [-1] * len(points)
    for index, (_, j) in enumerate(points):
        low, high = 0, len(tails)
        while low < high:
            mid = (low + high) // 2
            if points[tails[mid]][1] < j:
                low = mid + 1
            else:
                high = mid
        before[index] = tails[low - 1] if low else -1
        if low == len(tails):
            tails.append(index)
        else:
            tails[low] = index
    chain: list[tuple[int, int]] = []
    at = tails[-1] if tails else -1
    while at >= 0:
        chain.append(points[at])
        at = before[at]
    chain.reverse()
    return chain


def _corridor(n: int, m: int, anchors: list[tuple[int, int]], band: int) -> list[tuple[int, int]]:
    """Return, per row 0..n, the columns (low, high) searched: a band around the anchored diagonal."""
    points = [(0, 0)]
    for i, j in anchors:
        points += [(i, j), (i + 1, j + 1)]
    points.append((n, m))
    low = [m] * (n + 1)
    high = [0] * (n + 1)
    for (ai, aj), (bi, bj) in zip(points, points[1:], strict=False):
        if bi == ai:
            low[ai], high[ai] = min(low[ai], aj, bj), max(high[ai], aj, bj)
            continue
        slope = (bj - aj) / (bi - ai)
        for r in range(ai, bi + 1):
            c = aj + (r - ai) * slope
            low[r], high[r] = min(low[r], math.floor(c)), max(high[r], math.ceil(c))
    rows = []
    for r in range(n + 1):
        # A steep stretch moves many columns per row: each row also covers its neighbours' centres.
        lo = min(low[max(r - 1, 0)], low[r], low[min(r + 1, n)])
        hi = max(high[max(r - 1, 0)], high[r], high[min(r + 1, n)])
        rows.append((max(lo - band, 0), min(hi + band, m)))
    return rows


def _banded(
    en: list[_Unit],
    fr: list[_Unit],
    cost: Cost,
    rows: list[tuple[int, int]],
    tick: Callable[[int], None] | None,
) -> tuple[MovePath, bool]:
    """Return the cheapest path inside the corridor, and whether it runs along the corridor's edge.

    The table is filled row by row, each cell pulling from its five predecessors: only three rows
    of costs are alive at a time, and one byte per cell remembers the move (O(n·band) memory).
    """
    n, m = len(en), len(fr)
    inf = math.inf
    moves: list[bytearray] = []
    best_rows: list[list[float]] = []  # the last three rows of costs, indexed from their low column
    for i in range(n + 1):
        lo, hi = rows[i]
        here = [inf] * (hi - lo + 1)
        back = bytearray(hi - lo + 1)
        prev = best_rows[-1] if best_rows else None
        prev_lo = rows[i - 1][0] if i else 0
        prev2 = best_rows[-2] if len(best_rows) > 1 else None
        prev2_lo = rows[i - 2][0] if i > 1 else 0
        e1 = en[i - 1 : i] if i else []
        e2 = en[i - 2 : i] if i > 1 else []

        def at(row: list[float] | None, row_lo: int, j: int) -> float:
            if row is None or j < row_lo or j - row_lo >= len(row):
                return inf
            return row[j - row_lo]

        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                here[0] = 0.0
                continue
            d11 = at(prev, prev_lo, j - 1) if j else inf
            d10 = at(prev, prev_lo, j)
            d01 = here[j - 1 - lo] if j > lo else inf
            # Skips and the 1-1 move first: they bound what a merge would have to beat.
            v11 = d11 + cost(e1, fr[j - 1 : j]) if d11 != inf else inf
            v10 = d10 + _SKIP if d10 != inf else inf
            v01 = d01 + _SKIP if d01 != inf else inf
            floor = min(v11, v10, v01)
            d21 = at(prev2, prev2_lo, j - 1) if j else inf
            d12 = at(prev, prev_lo, j - 2) if j > 1 else inf
            v21 = d21 + cost(e2, fr[j - 1 : j]) if d21 != inf and d21 + _MERGE_FLOOR <= floor else inf
            v12 = d12 + cost(e1, fr[j - 2 : j]) if d12 != inf and d12 + _MERGE_FLOOR <= floor else inf
            best, move = inf, 0
            for code, value in enumerate((v21, v12, v11, v10, v01)):
                if value < best:
                    best, move = value, code
            here[j - lo] = best
            back[j - lo] = move
        best_rows.append(here)
        if len(best_rows) > 3:
            best_rows.pop(0)
        moves.append(back)
        if tick is not None and i % _TICK == 0:
            tick(i)
    path: MovePath = []
    edge = False
    i, j = n, m
    while i or j:
        lo, hi = rows[i]
        if (j == lo and lo > 0) or (j == hi and hi < m):
            edge = True
        di, dj = _PULL[moves[i][j - lo]]
        en_units, fr_units = en[i - di : i], fr[j - dj : j]
        step = cost(en_units, fr_units) if di and dj else _SKIP
        path.append((en_units, fr_units, step))
        i, j = i - di, j - dj
    path.reverse()
    return path, edge


def _dp(
    en: list[_Unit],
    fr: list[_Unit],
    cost: Cost,
    *,
    band: int = BAND,
    tick: Callable[[int], None] | None = None,
) -> MovePath:
    """Return the cheapest sequence of moves, each (en units, fr units, cost).

    The moves are Gale and Church's; the search is restricted to a band around the diagonal drawn
    through the anchor points, widened (doubled) while the best path touches the band's edge, so it
    finds what the full n×m table finds in O(n·band) time and memory.
    """
    n, m = len(en), len(fr)
    anchors = _anchor_points(en, fr) if n and m else []
    while True:
        rows = _corridor(n, m, anchors, band)
        path, edge = _banded(en, fr, cost, rows, tick)
        if not edge or band >= max(n, m):
            return path
        band *= 2


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


def align(
    en: Sequence[SourcePara],
    fr: Sequence[SourcePara],
    *,
    progress: Callable[[float], None] | None = None,
    deadline: float | None = None,
) -> Alignment:
    """Pair English and French paragraphs into clauses, structure first, then content.

    ``progress`` is called now and then with the share of the work done (0 to 1); past
    ``deadline`` (a ``time.monotonic()`` value) the alignment stops with ``AlignmentTimeout``.
    """
    pairs: list[AlignedPair] = []
    unpaired_en: list[str] = []
    unpaired_fr: list[str] = []
    en_parts, fr_parts = _parts(_keyed_units(en)), _parts(_keyed_units(fr))
    # The work is one row per English part, then one row per English paragraph.
    total = max(len(en_parts) + len(en), 1)
    done = 0

    def tick(row: int) -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise AlignmentTimeout(
                "The alignment took longer than the time allowed.", reason="too_slow", paragraphs=len(en)
            )
        if progress is not None:
            progress(min((done + row) / total, 1.0))

    found: list[tuple[list[_Unit], list[_Unit], float, bool]] = []
    part_path = _dp(en_parts, fr_parts, _part_cost, tick=tick)
    done = len(en_parts)
    for en_part, fr_part, _ in part_path:
        if not en_part or not fr_part:
            unpaired_en.extend(p.text for part in en_part for p in part.paras)
            unpaired_fr.extend(p.text for part in fr_part for p in part.paras)
            continue
        path = _dp(en_part[0].children, fr_part[0].children, _pair_cost, tick=tick)
        done += len(en_part[0].children)
        skipped = [not en_units or not fr_units for en_units, fr_units, _ in path]
        for index, (en_units, fr_units, cost) in enumerate(path):
            if skipped[index]:
                unpaired_en.extend(u.paras[0].text for u in en_units)
                unpaired_fr.extend(u.paras[0].text for u in fr_units)
                continue
            near_skip = (index > 0 and skipped[index - 1]) or (index + 1 < len(path) and skipped[index + 1])
            found.append((en_units, fr_units, cost, near_skip))
    # The pairs are settled; their confidence now uses what the whole document teaches: its own
    # acronym equivalences (ICT/TIC), then the words the two sides share (cognates).
    learnt = _learn_equivalences([(e, f) for e, f, _, _ in found])
    for en_units, fr_units, cost, near_skip in found:
        if learnt and any(a in learnt for u in fr_units for a in u.anchors):
            for unit in fr_units:
                unit.anchors = frozenset(learnt.get(a, a) for a in unit.anchors)
            cost = _pair_cost(en_units, fr_units)
        en_text = " ".join(u.paras[0].text for u in en_units)
        fr_text = " ".join(u.paras[0].text for u in fr_units)
        kind, level = _kind_level(en_units[0].paras[0])
        merged = len(en_units) + len(fr_units) > 2
        confidence = _confidence(cost, merged, near_skip, _shared_words(en_text, fr_text))
        pairs.append(AlignedPair(kind=kind, level=level, en=en_text, fr=fr_text, confidence=confidence))
    return Alignment(pairs, unpaired_en, unpaired_fr)


def _learn_equivalences(pairs: list[tuple[list[_Unit], list[_Unit]]]) -> dict[str, str]:
    """Return {French acronym anchor: English one} for acronyms that keep being paired with each other.

    "TIC" on the French side only and "ICT" on the English side only, in the same pairs again and
    again, are one name in two languages: once learnt they count as shared, not as one-sided.
    """
    together: Counter[tuple[str, str]] = Counter()
    seen_en: Counter[str] = Counter()
    seen_fr: Counter[str] = Counter()
    for en_units, fr_units in pairs:
        en = {a for u in en_units for a in u.anchors if a[0] == "@"}
        fr = {a for u in fr_units for a in u.anchors if a[0] == "@"}
        only_en, only_fr = en - fr, fr - en
        seen_en.update(only_en)
        seen_fr.update(only_fr)
        if len(only_en) <= 3 and len(only_fr) <= 3:
            together.update((e, f) for e in only_en for f in only_fr)
    learnt: dict[str, str] = {}
    for (en, fr), count in together.most_common():
        # Most of the times either appears alone, it appears with the other.
        if (
            count >= 2
            and count * 2 > max(seen_en[en], seen_fr[fr])
            and fr not in learnt
            and en not in learnt.values()
        ):
            learnt[fr] = en
    return learnt


_FOLD = str.maketrans("àâäçéèêëîïôöùûüÿœæ", "aaaceeeeiioouuuyoa")
#: Frequent words of four letters or more that say nothing about what a paragraph says.
_COMMON = frozenset(
    "shall with which that this from their such other each have been will under into upon where there "
    "dans pour avec leur leurs sont cette elle elles être entre toute tous toutes sous lorsque selon "
    "aux des les une qui que".split()
)


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]{4,}", text.lower().translate(_FOLD))
    return {word[:5] for word in words if word not in _COMMON}


def _shared_words(en: str, fr: str) -> float | None:
    """Return the share of the shorter side's word stems found on the other side (cognates), or None."""
    a, b = _stems(en), _stems(fr)
    if not a or not b:
        return None
    return len(a & b) / min(len(a), len(b))
