"""What a negation or a breach governs before a condition's connective (issue 15, wide corpus of EU acts).

A breach said just before the connective ("remedies proportionate to the infringement and necessary to end it" /
« proportionnées à l'infraction et nécessaires ») is one of the two things the connective joins: it governs neither,
so "and" made "or" there is a changed condition, as anywhere else.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:connective")
    ]


_BREACH_CONJUNCT = [
    (
        "(c) where appropriate, to impose measures proportionate to the infringement and necessary to bring it "
        "effectively to an end;",
        "c) le cas échéant, d’imposer des mesures proportionnées à l’infraction et nécessaires pour y mettre "
        "effectivement un terme;",
    ),
    (
        "(b) to inform the supervisory authority without undue delay where the rules on the protection of personal "
        "data appear to have been infringed and about any incident which appears to constitute a personal data "
        "breach;",
        "b) à informer l’autorité de contrôle dans les meilleurs délais lorsqu’il apparaît que les règles relatives à "
        "la protection des données à caractère personnel ont été enfreintes et en cas d’incident dont il apparaît "
        "qu’il constitue une violation de données à caractère personnel;",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _BREACH_CONJUNCT, ids=["proportionate to the infringement", "been infringed"]
)
def test_a_breach_just_before_the_connective_governs_neither_conjunct(en: str, fr: str) -> None:
    assert connectives(en, fr) == []
    assert " and " in en
    assert connectives(en.replace(" and ", " or ", 1), fr) != []


def test_a_breach_before_its_object_still_governs_the_object_list() -> None:
    en = (
        "Where the provider infringes the obligations on transparency and reporting, the competent authority may "
        "impose a fine."
    )
    fr = (
        "Lorsque le fournisseur enfreint les obligations en matière de transparence ou de communication "
        "d’informations, l’autorité compétente peut infliger une amende."
    )
    assert connectives(en, fr) == []
