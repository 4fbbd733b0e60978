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


# A length of time said in another unit of the same length: "12 months" / « un an », "two weeks" / « 14 jours ».


def _blocking(en: str, fr: str) -> set[str]:
    return {f.key for f in check_pair(ClausePair(en, fr)) if f.severity in (Severity.ERROR, Severity.WARNING)}


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # a year of twelve months, written either way
        ("The report shall be submitted within 12 months.", "Le rapport est présenté dans un délai d'un an."),
        ("within twelve (12) months of signature", "dans un délai d'un (1) an à compter de la signature"),
        ("for a period of 36 months", "pour une période de trois ans"),
        ("within 24 months", "dans un délai de deux ans"),
        ("every two years", "tous les 24 mois"),
        # a week of seven days
        ("within 2 weeks", "dans un délai de 14 jours"),
        ("within two years and 14 days", "dans un délai de 24 mois et deux semaines"),
        # French units of three and six months
        ("by giving three (3) months' written notice", "moyennant un préavis écrit d'un trimestre"),
        ("within 6 months", "dans un délai d'un semestre"),
    ],
)
def test_the_same_length_in_another_unit_is_no_difference(en: str, fr: str) -> None:
    assert not any(k.startswith("number_mismatch") for k in _blocking(en, fr))


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # a month is no fixed number of days, and a working day no calendar day
        ("within 30 days", "dans un délai d'un mois"),
        ("within 10 working days", "dans un délai de deux semaines"),
        # other lengths
        ("within 12 months", "dans un délai de deux ans"),
        ("within 2 weeks", "dans un délai de 15 jours"),
        ("within 48 hours", "dans un délai de deux jours"),
        ("within 4 months", "dans un délai d'un trimestre"),
        ("within 3 months", "dans un délai de deux trimestres"),
        # the same length said, and another number besides
        ("within 12 months, and 5 copies", "dans un délai d'un an, et 6 exemplaires"),
    ],
)
def test_another_length_or_unit_stays_an_error(en: str, fr: str) -> None:
    assert any(k.startswith("number_mismatch") for k in _blocking(en, fr))
