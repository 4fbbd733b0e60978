"""Word-level differences between two versions of a clause, and their redline.

This is the one module that calls diff-match-patch.  A character diff of legal
text is unreadable ("Part<del>y</del><ins>ies</ins>"), so the texts are first
cut into tokens — words, runs of whitespace and single punctuation marks — and
each distinct token is mapped to one private-use character (the
``linesToChars`` trick of diff-match-patch, applied to words instead of lines).
The diff and its semantic cleanup then work on whole tokens, and the result is
mapped back to text.

Both texts are NFC-normalised first: a clause pasted from Word and the same
clause typed in the browser may spell « é » differently (one code point or
``e`` plus a combining accent), and that must not show as a change.  The
segments returned therefore carry NFC text.

Whitespace is compared exactly: a non-breaking space before « : » that becomes
an ordinary space is a real (typographic) change in French legal text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from diff_match_patch import diff_match_patch

from .errors import ValidationError


class Op(StrEnum):
    """What a diff segment does to the old text."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text that is kept, inserted or deleted."""

    op: Op
    text: str


# Order matters: numbers first so "1 000,50" (with a non-breaking space),
# "3.2" and "1er" stay one token; then words, with inner hyphens ("c'est-à-dire" gives
# "c", "'", "est-à-dire"); then whitespace runs; then any other single mark,
# so « » ' ’ : ; each stand alone and "l'article" -> "l", "'", "article".
_TOKEN = re.compile(
    r"\d+(?:[.,\u00a0\u202f]\d+)*[^\W\d_]*"
    r"|[^\W\d_]\w*(?:[-\u2010\u2011]\w+)*"
    r"|\w+"
    r"|\s+"
    r"|.",
    re.DOTALL,
)
_WORD = re.compile(r"\w")

# Private-use code points carry no meaning of their own, so the cleanup's
# boundary scoring treats every token alike and never prefers a spurious one.
_PRIVATE_USE = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))
_MAX_TOKENS = sum(hi - lo + 1 for lo, hi in _PRIVATE_USE)

#: Upper bound on the time one diff may take before settling for a coarser result.
DIFF_TIMEOUT_SECONDS = 2.0

_DMP_OP = {
    diff_match_patch.DIFF_EQUAL: Op.EQUAL,
    diff_match_patch.DIFF_INSERT: Op.INSERT,
    diff_match_patch.DIFF_DELETE: Op.DELETE,
}


def tokenize(text: str) -> list[str]:
    """Cut text into words, whitespace runs and single punctuation marks."""
    return _TOKEN.findall(text)


def _code_points() -> Iterator[str]:
    for lo, hi in _PRIVATE_USE:
        for cp in range(lo, hi + 1):
            yield chr(cp)


def _encode(old_tokens: list[str], new_tokens: list[str]) -> tuple[str, str, dict[str, str]]:
    """Map each distinct token to one character; return both strings and the reverse table."""
    table: dict[str, str] = {}
    reverse: dict[str, str] = {}
    chars = _code_points()

    def munge(seq: list[str]) -> str:
        out = []
        for tok in seq:
            ch = table.get(tok)
            if ch is None:
                if len(table) >= _MAX_TOKENS:
                    raise ValidationError(
                        "The text has too many distinct words to compare.", reason="text_too_large"
                    )
                ch = table[tok] = next(chars)
                reverse[ch] = tok
            out.append(ch)
        return "".join(out)

    return munge(old_tokens), munge(new_tokens), reverse


def _tidy(segments: Iterable[Segment]) -> list[Segment]:
    """Drop empty segments, put a deletion before its insertion, merge neighbours."""
    result: list[Segment] = []
    for seg in segments:
        if not seg.text:
            continue
        # Readers expect "<del>old</del><ins>new</ins>"; the overlap step of the
        # cleanup may emit the insertion first.
        if result and seg.op is Op.DELETE and result[-1].op is Op.INSERT:
            ins = result.pop()
            if result and result[-1].op is Op.DELETE:
                result[-1] = Segment(Op.DELETE, result[-1].text + seg.text)
            else:
                result.append(seg)
            result.append(ins)
            continue
        if result and result[-1].op is seg.op:
            result[-1] = Segment(seg.op, result[-1].text + seg.text)
        else:
            result.append(seg)
    return result


def word_diff(old: str, new: str) -> list[Segment]:
    """Return the word-level segments that turn ``old`` into ``new``."""
    old = unicodedata.normalize("NFC", old or "")
    new = unicodedata.normalize("NFC", new or "")
    if old == new:
        return [Segment(Op.EQUAL, old)] if old else []
    if not old:
        return [Segment(Op.INSERT, new)]
    if not new:
        return [Segment(Op.DELETE, old)]
    chars_old, chars_new, reverse = _encode(tokenize(old), tokenize(new))
    dmp = diff_match_patch()
    # A clause diffs in milliseconds; the deadline only bounds pathological
    # inputs (whole documents rewritten), where the diff stays correct but
    # may be less minimal.
    dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS
    diffs = dmp.diff_main(chars_old, chars_new, checklines=False)
    dmp.diff_cleanupSemantic(diffs)
    return _tidy(Segment(_DMP_OP[op], "".join(map(reverse.__getitem__, chars))) for op, chars in diffs)


def old_text(segments: Iterable[Segment]) -> str:
    """Rebuild the old text from segments (equal + deleted)."""
    return "".join(s.text for s in segments if s.op is not Op.INSERT)


def new_text(segments: Iterable[Segment]) -> str:
    """Rebuild the new text from segments (equal + inserted)."""
    return "".join(s.text for s in segments if s.op is not Op.DELETE)


def _render(seg: Segment) -> str:
    text = html.escape(seg.text, quote=True)
    if seg.op is Op.EQUAL:
        return text
    tag = "ins" if seg.op is Op.INSERT else "del"
    # A change of whitespace only (e.g. a non-breaking space before « : ») is
    # invisible once struck or underlined; the class lets the CSS show it.
    cls = ' class="ws"' if seg.text.isspace() else ""
    return f"<{tag}{cls}>{text}</{tag}>"


def redline_html(old: str, new: str) -> str:
    """Return an HTML-escaped redline with ``<del>`` and ``<ins>`` around changes.

    Line breaks are left as ``\\n``; the template shows them (``white-space:
    pre-line``) and adds the screen-reader prefixes.
    """
    return "".join(_render(seg) for seg in word_diff(old, new))


def diff_stats(segments: Iterable[Segment]) -> tuple[int, int]:
    """Return (words inserted, words deleted); punctuation and spaces do not count."""
    inserted = deleted = 0
    for seg in segments:
        if seg.op is Op.EQUAL:
            continue
        words = sum(1 for tok in tokenize(seg.text) if _WORD.match(tok))
        if seg.op is Op.INSERT:
            inserted += words
        else:
            deleted += words
    return inserted, deleted
