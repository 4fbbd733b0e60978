"""The title of an act in capitals left in English in the French box: « COUNCIL IMPLEMENTING DECISION (EU)
2031/77 » for « DÉCISION D'EXÉCUTION (UE) 2031/77 DU CONSEIL ».  The slash between the year and the number of an
act (or between two figures of a date) numbers something; it is no sign of a formula, whose terms read alike in
both languages."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair
from mou_review.domain.types import ClauseKind


def untranslated(en: str, fr: str, kind: ClauseKind | None = ClauseKind.HEADING) -> bool:
    return any(
        f.check == "untranslated" and f.severity is not Severity.INFO
        for f in check_pair(ClausePair(en, fr, kind=kind))
    )


@pytest.mark.parametrize(
    "title",
    [
        "COUNCIL IMPLEMENTING DECISION (EU) 2031/77",
        "COMMISSION DELEGATED DIRECTIVE (EU) 2029/1405",
        "REGULATION (EU) 2030/512 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL",
    ],
)
def test_the_title_of_an_act_left_in_english_is_untranslated(title: str) -> None:
    assert untranslated(title, title)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("COUNCIL IMPLEMENTING DECISION (EU) 2031/77", "DÉCISION D'EXÉCUTION (UE) 2031/77 DU CONSEIL"),
        ("CVA = 1/2 × EAD", "CVA = 1/2 × EAD"),
        ("RWA × 12/100", "RWA × 12/100"),
    ],
)
def test_a_translated_title_or_a_formula_with_a_fraction_is_not_untranslated(en: str, fr: str) -> None:
    assert not untranslated(en, fr, None)
