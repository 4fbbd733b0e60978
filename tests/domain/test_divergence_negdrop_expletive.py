"""A dropped French negation answered by a restriction « ne … que » read into an expletive « ne » (issue 15).

After « à moins que », « avant que », « sans que », the bare « ne » is expletive; a « que » further on opens a clause
or a relative (« à moins qu'il ne ressorte … que le montant », « à moins que les actes n'excèdent les pouvoirs que
la loi attribue »): no restriction « ne … que », which would answer an English negation of the sentence.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_EXPLETIVE = [
    (
        "The application shall be deemed to be withdrawn if the fee is not paid within the prescribed period, unless "
        "it is clear which services the amount paid is intended to cover.",
        "La demande est réputée retirée si la taxe n'est pas acquittée dans le délai prescrit, à moins qu'il ne "
        "ressorte clairement quels sont les services que le montant payé est destiné à couvrir.",
        ("n'est pas acquittée", "est acquittée"),
    ),
    (
        "Acts done by the organs of the company shall be binding upon it even if those acts are not within the "
        "objects of the company, unless such acts exceed the powers that the law confers on those organs.",
        "La société est engagée par les actes accomplis par ses organes, même si ces actes ne relèvent pas de "
        "l'objet social, à moins que ces actes n'excèdent les pouvoirs que la loi attribue à ces organes.",
        ("ne relèvent pas", "relèvent"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "dropped"), _EXPLETIVE, ids=["ne ressorte … que", "n'excèdent … que"])
def test_expletive_ne_then_que_is_no_restriction(en: str, fr: str, dropped: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert dropped[0] in fr
    assert negations(en, fr.replace(*dropped)) != []
