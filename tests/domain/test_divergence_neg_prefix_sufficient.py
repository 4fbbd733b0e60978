"""A French negative word in « in- » whose base English spells with another consonant: « insuffisant » against
"sufficient" (issue 15: wide corpus of EU acts, 32009r0715, 32012r0648, 32014l0059, 32019r1020).

French writes the participle of « suffire » with an s (« suffisant »), English keeps the Latin c ("sufficient"), so
the two words share only « suffi- »: too short a stem for the engine to read « sont insuffisantes » as the opposite of
a bare "are sufficient", where English dropped the "not" of "are not sufficient".  The French « -isant » is read as the
English "-icient" it renders.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

FUNDS_EN = "Where the reserve funds held by the operator are not sufficient to pay the claims, the agency shall step in."
FUNDS_FR = (
    "Lorsque les fonds de réserve détenus par l'exploitant sont insuffisants pour payer les créances, l'agence "
    "intervient."
)
STAFF_EN = "The authority found that the staff of the laboratory was not sufficient for the planned checks."
STAFF_FR = (
    "L'autorité a constaté que le personnel du laboratoire était insuffisant pour les contrôles prévus."
)


@pytest.mark.parametrize(("en", "fr"), [(FUNDS_EN, FUNDS_FR), (STAFF_EN, STAFF_FR)])
def test_faithful_pair_with_insuffisant_is_not_flagged(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), [(FUNDS_EN, FUNDS_FR), (STAFF_EN, STAFF_FR)])
def test_dropped_not_before_sufficient_is_flagged(en: str, fr: str) -> None:
    assert negations(*changed(en, fr, ("en", "not sufficient", "sufficient"))) != []
