"""Patterns that are run only where a string every match holds occurs (for speed, same results).

The divergence checks run a hundred patterns over each clause, and most find nothing: ``re`` tries
a pattern at every position of the text, where ``in`` looks for a plain string many times faster.
A :class:`Guarded` pattern carries *needles*, strings one of which every match holds in the text it
consumes (never only in a lookaround); where none of them occurs in the text searched, it answers
that nothing matches without running the pattern.  The needles are chosen by reading the pattern:
``tests/domain/test_rx.py`` checks on the labelled pairs that every match holds one.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator

_END = sys.maxsize


class Guarded:
    """A compiled pattern that is searched for only in text holding one of its needles."""

    __slots__ = ("rx", "needles", "pattern")

    def __init__(self, rx: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self.rx = rx
        self.needles = needles
        self.pattern = rx.pattern

    def may_match(self, text: str, pos: int = 0, endpos: int = _END) -> bool:
        """Say whether one of the needles occurs in ``text[pos:endpos]`` (if none does, nothing matches)."""
        if pos == 0 and endpos >= len(text):
            for needle in self.needles:
                if needle in text:
                    return True
            return False
        for needle in self.needles:
            if text.find(needle, pos, endpos) >= 0:
                return True
        return False

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        """Return the matches of the pattern, as :meth:`re.Pattern.finditer` does."""
        if pos == 0 and endpos == _END:  # the usual call, tested here without another call (speed)
            for needle in self.needles:
                if needle in text:
                    return self.rx.finditer(text)
            return iter(())
        return self.rx.finditer(text, pos, endpos) if self.may_match(text, pos, endpos) else iter(())

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """Return the first match of the pattern, as :meth:`re.Pattern.search` does."""
        return self.rx.search(text, pos, endpos) if self.may_match(text, pos, endpos) else None

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[object]:
        """Return what :meth:`re.Pattern.findall` returns."""
        return self.rx.findall(text, pos, endpos) if self.may_match(text, pos, endpos) else []

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """Return the match at ``pos`` (not guarded: one position is quickly tried)."""
        return self.rx.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """Return the match of the whole of ``text[pos:endpos]`` (not guarded)."""
        return self.rx.fullmatch(text, pos, endpos)


def match_spans(
    rx: re.Pattern[str] | Guarded, text: str, pos: int = 0, endpos: int = _END
) -> list[tuple[int, int]]:
    """Return the spans of the matches of ``rx`` in ``text[pos:endpos]``."""
    return [m.span() for m in rx.finditer(text, pos, endpos)]


def guard(rx: re.Pattern[str], *needles: str) -> Guarded:
    """Return ``rx`` guarded by ``needles``: strings one of which every match of ``rx`` holds."""
    return Guarded(rx, needles)


def covering(words: Iterable[str]) -> tuple[str, ...]:
    """Return needles for a pattern whose every match holds one of ``words``: the words, less those
    that hold a shorter one ("first" stands for "firstly")."""
    unique = sorted(set(words), key=lambda w: (len(w), w))
    out: list[str] = []
    for word in unique:
        if not any(n in word for n in out):
            out.append(word)
    return tuple(out)


def by_first_char(branches: Iterable[tuple[str, str]], head: Callable[[str], str] = re.escape) -> str:
    """Return the alternation of ``branches``, each a first character and the pattern of the rest, written
    ``a(?:…|…)|b(?:…)``: ``re`` skips a group at once where the text has another character, instead of trying
    each branch in turn.  The branches keep their order within their character, and two groups never match
    at the same position, so the same branch wins as in the plain alternation.  ``head`` writes the first
    character (escaped, by default)."""
    groups: dict[str, list[str]] = {}
    for first, rest in branches:
        groups.setdefault(first, []).append(rest)
    return "|".join(f"{head(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


def literal_alternation(words: Iterable[str]) -> str:
    """Return the alternation of ``words`` (plain strings, tried in the order given), grouped under their
    first character (:func:`by_first_char`): the same word matches as in ``a|b|c``."""
    return by_first_char((word[:1], re.escape(word[1:])) for word in words)


def _letter_at_word_start(letter: str) -> str:
    return f"{letter}(?<!\\w{letter})"


def at_word_start(*alternatives: str) -> str:
    r"""Return ``\b(?:a|b|…)`` written so that ``re`` looks for the first letters at once: each alternative, a
    pattern that starts with a plain letter (and holds no ``|`` outside a group), goes under its first letter
    (:func:`by_first_char`), which tests the word boundary after it (``x(?<!\wx)`` for ``\bx``), where ``\b``
    first would have ``re`` try the pattern at every position.  The same matches and groups."""
    for alt in alternatives:
        if not alt[:1].isalpha() or alt[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"not a plain first letter: {alt!r}")
    return "(?:" + by_first_char(((alt[:1], alt[1:]) for alt in alternatives), _letter_at_word_start) + ")"


#: Every match of a pattern that reads a figure holds one of these.
DIGITS = tuple("0123456789")
