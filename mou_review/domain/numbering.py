"""Clause numbers, computed from position in the tree, never stored.

A document is an ordered list of clauses, each with a kind and a level.  The
parent of a clause is the nearest earlier clause with a lower level.  Numbers
follow the conventions of bilingual instruments:

* headings and recitals carry no number;
* articles are counted through the document ("1", "2", ...);
* paragraphs are numbered within their article ("3.2");
* items take a letter within their parent ("3.2(b)"), and an item under an
  item a lower-case roman numeral ("3.2(b)(ii)").

``label`` turns a number into what a reader sees in each language: French
instruments write « Article premier » and « b) » where English writes
"Article 1" and "(b)".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .types import ClauseKind, DocumentKind, Lang


@dataclass(frozen=True)
class Positioned:
    """The shape of a clause that numbering needs: its kind and level."""

    kind: ClauseKind
    level: int


def letters(n: int) -> str:
    """Return the n-th (1-based) item letter: a..z, then aa, bb, ... as drafters do."""
    if n < 1:
        raise ValueError("item numbers start at 1")
    base = "abcdefghijklmnopqrstuvwxyz"
    return base[(n - 1) % 26] * ((n - 1) // 26 + 1)


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def roman(n: int) -> str:
    """Return n as a lower-case roman numeral."""
    if n < 1:
        raise ValueError("roman numerals start at 1")
    out = []
    for value, glyph in _ROMAN:
        while n >= value:
            out.append(glyph)
            n -= value
    return "".join(out)


_ROMAN_VALUES = {glyph: value for value, glyph in _ROMAN if len(glyph) == 1}


def roman_value(text: str) -> int | None:
    """Return the value of a roman numeral in canonical form ("iv", "XII"), else None ("iiii", "did")."""
    text = (text or "").lower()
    if not text or any(c not in _ROMAN_VALUES for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        value = _ROMAN_VALUES[c]
        total += -value if i + 1 < len(text) and _ROMAN_VALUES[text[i + 1]] > value else value
    return total if total > 0 and roman(total) == text else None


def parents(clauses: Sequence[Positioned]) -> list[int | None]:
    """Return, for each clause, the index of its parent (nearest earlier lower level)."""
    result: list[int | None] = []
    stack: list[int] = []
    for i, clause in enumerate(clauses):
        while stack and clauses[stack[-1]].level >= clause.level:
            stack.pop()
        result.append(stack[-1] if stack else None)
        stack.append(i)
    return result


def compute_numbers(clauses: Sequence[Positioned]) -> list[str | None]:
    """Return the number of every clause, in the order given (document order)."""
    parent_of = parents(clauses)
    numbers: list[str | None] = [None] * len(clauses)
    article_count = 0
    # Children counters per (parent index, kind): paragraphs and items are
    # counted among their own siblings only.
    counters: dict[tuple[int | None, ClauseKind], int] = {}
    for i, clause in enumerate(clauses):
        parent = parent_of[i]
        if clause.kind is ClauseKind.ARTICLE:
            article_count += 1
            numbers[i] = str(article_count)
            continue
        if clause.kind not in (ClauseKind.PARAGRAPH, ClauseKind.ITEM):
            continue
        key = (parent, clause.kind)
        counters[key] = counters.get(key, 0) + 1
        n = counters[key]
        parent_number = numbers[parent] if parent is not None else None
        if clause.kind is ClauseKind.PARAGRAPH:
            numbers[i] = f"{parent_number}.{n}" if parent_number else str(n)
            continue
        parent_is_item = parent is not None and clauses[parent].kind is ClauseKind.ITEM
        mark = f"({roman(n)})" if parent_is_item else f"({letters(n)})"
        numbers[i] = f"{parent_number}{mark}" if parent_number else mark
    return numbers


def last_mark(number: str) -> str:
    """Return the last component of an item number: "3.2(b)(ii)" -> "ii"."""
    if number.endswith(")"):
        return number[number.rindex("(") + 1 : -1]
    return number


def label(kind: ClauseKind, number: str | None, lang: Lang, doc_kind: DocumentKind) -> str | None:
    """Return the label a reader sees before a clause, in the given language."""
    if number is None:
        return None
    if kind is ClauseKind.ARTICLE:
        if doc_kind is DocumentKind.TOR:
            return f"{number}."
        if lang is Lang.FR and number == "1":
            return "Article premier"
        return f"Article {number}"
    if kind is ClauseKind.ITEM:
        mark = last_mark(number)
        return f"{mark})" if lang is Lang.FR else f"({mark})"
    return number


def reference(kind: ClauseKind, number: str | None, lang: Lang, doc_kind: DocumentKind) -> str | None:
    """Return a full citation of a clause ("Article 3(2)(b)" / "article 3, paragraphe 2, alinéa b)")."""
    if number is None:
        return None
    head, _, rest = number.partition("(")
    marks = [m.rstrip(")") for m in rest.split("(")] if rest else []
    article, _, para = head.partition(".")
    if doc_kind is DocumentKind.TOR:
        word = "Section" if lang is Lang.EN else "section"
    else:
        word = "Article" if lang is Lang.EN else "article"
    if lang is Lang.EN:
        text = f"{word} {article}" + (f"({para})" if para else "")
        return text + "".join(f"({m})" for m in marks)
    parts = [f"{word} {'premier' if article == '1' and doc_kind is DocumentKind.MOU else article}"]
    if para:
        parts.append(f"paragraphe {para}")
    parts.extend(f"alinéa {m})" for m in marks)
    return ", ".join(parts)


def number_all(kinds_levels: Iterable[tuple[ClauseKind, int]]) -> list[str | None]:
    """Convenience wrapper: number (kind, level) pairs."""
    return compute_numbers([Positioned(k, lvl) for k, lvl in kinds_levels])
