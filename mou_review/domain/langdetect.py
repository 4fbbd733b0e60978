"""Which language a text is written in, English or French, from its commonest words.

An import pairs the file uploaded as "English" with the one uploaded as "French";
swapped files would put French in the English column without anyone noticing.
The two languages share few short function words ("the", "of", "shall" against
« le », « des », « est »), so counting them over the first paragraphs of a file is
enough to tell them apart; a text with too few of them is left undecided.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .types import Lang

_WORD_RE = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœ]+(?:['’][a-zàâäçéèêëîïôöùûüÿœ]+)?")

#: Function words frequent in one language and rare or absent in the other.
_MARKERS: dict[Lang, frozenset[str]] = {
    Lang.EN: frozenset(
        "the of and to in shall be this that with for by on or any its their which from as is are "
        "between under such each other these those have has will may not within".split()
    ),
    Lang.FR: frozenset(
        "le la les des du de et à au aux en un une est sont par pour sur dans ou que qui ce cette "
        "ces leur leurs son sa ses entre présent présente sous autre autres être doit peut".split()
    ),
}
MIN_MARKERS = 8  # fewer marker words than this: too little text to say
MARGIN = 2.0  # one language must have at least twice the other's marker words


@dataclass(frozen=True)
class Detection:
    """The language found in a text (None when undecided) and the marker counts behind it."""

    lang: Lang | None
    counts: dict[Lang, int]


def detect(texts: Iterable[str], *, limit: int = 4000) -> Detection:
    """Return the language of ``texts`` (English or French), reading at most ``limit`` words."""
    counts = dict.fromkeys(Lang, 0)
    seen = 0
    for text in texts:
        for word in _WORD_RE.findall((text or "").lower()):
            seen += 1
            if seen > limit:
                break
            word = word.split("'")[-1].split("’")[-1] if ("'" in word or "’" in word) else word
            for lang, markers in _MARKERS.items():
                if word in markers:
                    counts[lang] += 1
        if seen > limit:
            break
    en, fr = counts[Lang.EN], counts[Lang.FR]
    if en + fr < MIN_MARKERS:
        return Detection(None, counts)
    if en >= MARGIN * fr:
        return Detection(Lang.EN, counts)
    if fr >= MARGIN * en:
        return Detection(Lang.FR, counts)
    return Detection(None, counts)


def mismatches(sides: dict[Lang, Iterable[str]]) -> list[dict]:
    """Return a ``language_mismatch`` warning for each side whose text is in the other language.

    ``sides`` maps the language a file was uploaded as to its paragraphs.  Each warning is
    ``{"code": "language_mismatch", "file": "en", "expected": "en", "detected": "fr"}``; when both
    files are in each other's language the warnings also say ``"swapped": true``.
    """
    found = {lang: detect(texts).lang for lang, texts in sides.items()}
    wrong = [lang for lang, detected in found.items() if detected is not None and detected is not lang]
    swapped = len(wrong) == 2
    return [
        {
            "code": "language_mismatch",
            "file": str(lang),
            "expected": str(lang),
            "detected": str(found[lang]),
            "swapped": swapped,
        }
        for lang in wrong
    ]
