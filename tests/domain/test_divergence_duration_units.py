"""number_mismatch: the same count of another unit of time is a changed term.

"within three months" / « dans un délai de trois semaines » says another deadline though both say three; and working
days are a unit of their own: "may oppose … within 10 working days of receipt" / « peut s'y opposer dans un délai de
dix jours » (Directive 2011/16/EU, Article 16) gives the French fewer days, as does "The suspension shall not exceed
20 working days" / « La suspension ne dépasse pas 20 jours » (Regulation (EU) 2023/1114, Article 20)."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair

_EN = "The requested Party shall reply within {}."
_FR = "La Partie requise répond dans un délai de {}."


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("three months", "trois semaines"),
        ("10 working days", "dix jours"),
        ("30 days", "30 jours ouvrables"),
        ("two years", "deux mois"),
    ],
)
def test_the_same_count_of_another_unit_is_an_error(en: str, fr: str) -> None:
    found = [
        f for f in check_pair(ClausePair(_EN.format(en), _FR.format(fr))) if f.check == "number_mismatch"
    ]
    assert [f.severity for f in found] == [Severity.ERROR]
    assert "Durations differ" in found[0].message_en and "durées" in found[0].message_fr


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("10 working days", "dix jours ouvrables"),
        ("10 business days", "10 jours ouvrés"),
        ("thirty (30) days", "trente (30) jours"),
        ("30 calendar days", "30 jours"),
        ("three months", "trois mois"),
    ],
)
def test_the_same_duration_is_silent(en: str, fr: str) -> None:
    assert [
        f for f in check_pair(ClausePair(_EN.format(en), _FR.format(fr))) if f.check == "number_mismatch"
    ] == []
