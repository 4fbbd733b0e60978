""" "shall be permitted not to deduct" / « sont autorisés à ne pas déduire » (issue 15, wide corpus of EU acts,
32016r0445-a16-01 and -a19-17): what is permitted may be an abstention; the English permits as the French does.
"""

from __future__ import annotations

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def obligations(en: str, fr: str) -> list[str]:
    """Return the keys of the obligation findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.check == "obligation_mismatch"
    ]


_EN = (
    "1.   Until 31 December 2028, the competent authorities shall be permitted not to apply the requirements laid "
    "down in Article 4 to the cooperation agreements concluded before the entry into force of this Protocol."
)
_FR = (
    "1.   Jusqu’au 31 décembre 2028, les autorités compétentes sont autorisées à ne pas appliquer les exigences "
    "prévues à l’article 4 aux accords de coopération conclus avant l’entrée en vigueur du présent protocole."
)


def test_a_permitted_abstention_is_a_permission() -> None:
    assert obligations(_EN, _FR) == []


def test_an_abstention_made_a_duty_is_caught() -> None:
    duty = _EN.replace("shall be permitted not to apply", "shall not apply")
    assert duty != _EN
    assert obligations(duty, _FR) != []
