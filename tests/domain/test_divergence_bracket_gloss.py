"""A name glossed in brackets in the other language.

French gives the English name of a body, a code or a framework in brackets after its own rendering (« du
code de conduite européen pour l'efficacité énergétique des centres de données (European Code of Conduct for
Energy Efficiency in Data Centres) », « du Forum international de l'accréditation (International Accreditation
Forum ou IAF) »), where the English writes that name once, sometimes in another order or shortened.  A
capitalised bracket of three words or more whose words mostly stand on the other side is that gloss: a note,
not a warning.  A bracket that adds a name the other side lacks still warns.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import Severity
from tests.domain.divergence_keys import bracket_severities


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The applicant shall describe the practices set out in the latest version of the European Code of "
            "Conduct on Data Centre Energy Efficiency.",
            "Le demandeur décrit les pratiques énoncées dans la dernière version du code de conduite européen pour "
            "l'efficacité énergétique des centres de données (European Code of Conduct for Energy Efficiency in "
            "Data Centres).",
        ),
        (
            "Such guidance is found for instance in the UN Guiding Principles Reporting Framework.",
            "Ces orientations figurent par exemple dans le cadre de reporting conforme aux principes directeurs "
            "des Nations unies (United Nations Guiding Principles Reporting Framework).",
        ),
        (
            "The body shall be a member of the International Accreditation Forum.",
            "L'organisme est membre du Forum international de l'accréditation (International Accreditation Forum "
            "ou IAF).",
        ),
    ],
    ids=["code of conduct", "UN framework", "forum"],
)
def test_a_name_glossed_in_the_other_language_is_a_note(en: str, fr: str) -> None:
    assert bracket_severities(en, fr) == [Severity.INFO]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # A name the English lacks.
        (
            "The body shall be a member of the International Accreditation Forum.",
            "L'organisme est membre du Forum international de l'accréditation (International Laboratory "
            "Cooperation Network).",
        ),
        # The English bracket dropped: its words are not on the French side.
        (
            "The amounts shall be included in the calculation of general credit risk adjustments by the "
            "institution (General Credit Risk Adjustments).",
            "Les montants sont inclus par l'établissement dans le calcul des ajustements pour risque de crédit "
            "général.",
        ),
    ],
)
def test_a_bracket_naming_what_the_other_side_lacks_still_warns(en: str, fr: str) -> None:
    assert bracket_severities(en, fr) == [Severity.WARNING]
