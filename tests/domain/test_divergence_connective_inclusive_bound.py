"""A bound that takes in its limit, said by "or" / « ou », joins no conditions (issue 15).

"is equal to or exceeds 5 000 tonnes" / « est égal ou supérieur à 5 000 tonnes »: a number and the bound it opens,
which both languages say with a connective; the connective was already left uncounted in that order.  French says
the same bound the other way round as often (« supérieur ou égal à », « inférieure ou égale à »), and English sets the
second half of it off by commas ("is equal to, or exceeds, 5 000 tonnes"): the same one bound, whose "or" / « ou »
joins no conditions either.  Counted, such a connective stood against a real one of the other side ("spot contracts
and forward contracts" / « les contrats au comptant et les contrats à terme » read as "or" against « et »), and hid a
real "and" against « ou ».
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

_EN = "Monthly reports shall be published where the volume held in near-term contracts {} other contracts is {} 5 000 tonnes."
_FR = (
    "Des rapports mensuels sont publiés lorsque le volume détenu sur les contrats de l'échéance la plus proche {} les "
    "contrats des échéances ultérieures est {} 5 000 tonnes."
)

# (English bound, French bound): the same inclusive bound, with the same connective "and" / « et » in the condition.
_BOUNDS = [
    ("equal to, or exceeds,", "supérieur ou égal à"),
    ("equal to, or exceeds,", "égal ou supérieur à"),
    ("equal to, or lower than,", "inférieur ou égal à"),
    ("equal to or exceeds", "supérieur ou égal à"),
]


@pytest.mark.parametrize(("en_bound", "fr_bound"), _BOUNDS)
def test_divergence_connective_inclusive_bound_not_counted(en_bound: str, fr_bound: str) -> None:
    assert connectives(_EN.format("and", en_bound), _FR.format("et", fr_bound)) == []


_SPOT_EN = (
    "Monthly reports shall be published where the volume held in spot contracts {} forward contracts is equal to, "
    "or exceeds, 5 000 tonnes."
)
_SPOT_FR = (
    "Des rapports mensuels sont publiés lorsque le volume détenu sur les contrats au comptant {} les contrats à terme "
    "est supérieur ou égal à 5 000 tonnes."
)


@pytest.mark.parametrize(
    ("en_word", "fr_word", "key"),
    [
        ("or", "et", "obligation_mismatch:connective:or|et"),
        ("and", "ou", "obligation_mismatch:connective:and|ou"),
    ],
)
def test_divergence_connective_inclusive_bound_real_connective_still_reported(
    en_word: str, fr_word: str, key: str
) -> None:
    assert connectives(_SPOT_EN.format(en_word), _SPOT_FR.format(fr_word)) == [key]


def test_divergence_connective_other_with_possessive_is_a_member() -> None:
    # "other months' contracts": "other" says whose contracts, the possessive after it; a definite member, not the class
    en = _EN.format("or", "equal to, or exceeds,").replace("other contracts", "other months' contracts")
    assert connectives(en, _FR.format("et", "supérieur ou égal à")) == [
        "obligation_mismatch:connective:or|et"
    ]
