"""Members each denied by a negative determiner, joined by "and" in English and by « ou » in French (issue 15).

"where no valid ground and no right to end the contract is stated" / « lorsqu'aucun motif valable ou aucun droit de
mettre fin au contrat n'est prévu »: "no" said again before the second member denies it on its own, as « aucun » does;
none of them is stated, in both texts ("neither … nor"), and French joins negated members by « ou » as it does by « ni ».
Still compared: "no A or no B" against « aucun A et aucun B » (what "and" made "or" looks like), and an "and" that
opens a clause of its own, with no negative determiner after it.  (The pairs below are written for these tests.)
"""

from __future__ import annotations

from tests.domain.divergence_keys import connectives

_EN = (
    "The clause shall be void where no valid ground and no right of the other party to end the contract is stated in "
    "the contract."
)
_FR = (
    "La clause est nulle lorsqu'aucun motif valable ou aucun droit pour l'autre partie de mettre fin au contrat n'est "
    "prévu dans le contrat."
)


def test_members_each_denied_by_a_negative_determiner_are_no_condition() -> None:
    assert connectives(_EN, _FR) == []


def test_an_or_between_negated_members_against_et_is_still_compared() -> None:
    en = _EN.replace("ground and no", "ground or no")
    fr = _FR.replace("valable ou aucun", "valable et aucun")
    assert connectives(en, fr) == ["obligation_mismatch:connective:or|et"]


def test_an_and_that_opens_a_clause_of_its_own_is_still_compared() -> None:
    en = (
        "The clause shall be void where no valid ground is stated and the other party has a right to end the "
        "contract."
    )
    fr = (
        "La clause est nulle lorsqu'aucun motif valable n'est prévu ou que l'autre partie a le droit de mettre fin "
        "au contrat."
    )
    assert connectives(en, fr) == ["obligation_mismatch:connective:and|ou"]
