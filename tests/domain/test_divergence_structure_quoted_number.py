"""The number of a paragraph quoted by an amending act is no sentence (issue 15, wide corpus).

An amending act quotes the paragraph it inserts with its number: "‘4.   By way of derogation from paragraph 3:" /
« «4   Par dérogation au paragraphe 3: ».  The number after the opening quote, or written with its Latin suffix
glued to it (« 3quater. »), is the paragraph's number, as it is without the quote: it does not count as a sentence
of its own.  A sentence one text has and the other lacks is still a difference.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, Severity, check_pair

NUMBERED = [
    (
        "‘4.   By way of derogation from paragraph 3 of this Article:",
        "«4   Par dérogation au paragraphe 3 du présent article:",
    ),
    (
        "‘12. Council Decision on the protection of migratory species.",
        "«12) Décision du Conseil relative à la protection des espèces migratrices.",
    ),
    (
        "3c. The supervisory board shall meet at least twice a year.",
        "3quater. Le conseil de surveillance se réunit au moins deux fois par an.",
    ),
]

DROPPED = [
    (  # the French lacks the second sentence: the quoted number changes nothing
        "‘4.   The supervisory board shall meet at least twice a year. Its chair may convene further meetings.",
        "«4.   Le conseil de surveillance se réunit au moins deux fois par an.",
    ),
]


def structure(en: str, fr: str) -> list[Finding]:
    return [
        f
        for f in check_pair(ClausePair(en, fr))
        if f.check == "structure_mismatch" and f.severity is not Severity.INFO
    ]


@pytest.mark.parametrize(("en", "fr"), NUMBERED, ids=["quote", "quote-bracket", "glued-suffix"])
def test_a_quoted_or_suffixed_number_is_no_sentence(en: str, fr: str) -> None:
    assert structure(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), DROPPED, ids=["dropped"])
def test_a_dropped_sentence_is_still_a_warning(en: str, fr: str) -> None:
    assert [f.key.split(":")[1] for f in structure(en, fr)] == ["sentences"]
