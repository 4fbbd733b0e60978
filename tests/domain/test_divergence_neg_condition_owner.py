"""Two negations that make a condition ("shall not be released without", « ne … qu'avec ») and a negation that is no
part of it (issue 15, wide corpus).

A negation and a later "without" or "unless" of its side may say together a condition that the other language says
positively (« doit, pour exercer, être agréé »), or a restriction that it says by « ne … que »; they then answer each
other.  The pairing took a negation that is no part of the condition, and with that negation's French « ne … pas »
dropped nothing was left unanswered (readable pairs 32009R0207 Article 88(1), 32006L0048 Annex, 32008R0593 recital
35):

- a negation before another one, which is the one that the "without" or "unless" conditions ("which have not yet been
  published shall not be made available … without the consent", "if … is not fixed, … unless the loans are no longer
  considered");
- a negation whose own verb is the word of absence ("should not be deprived of the protection": a litotes, « ne
  devraient pas être privés »).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_EN_RELEASED = (
    "Documents which have not yet been registered shall not be released without the consent of the owner."
)
_FR_RELEASED = (
    "Les documents qui n'ont pas encore été enregistrés ne peuvent être communiqués qu'avec l'accord du "
    "propriétaire."
)
_EN_LOAN = (
    "For the purposes of paragraph 2, if the term of the loan is not fixed, the loan shall be repayable only after one "
    "year's notice, unless the lender is no longer regarded as a creditor or unless the authority requires early "
    "repayment."
)
_FR_LOAN = (
    "Aux fins du paragraphe 2, si la durée du prêt n'est pas fixée, le prêt n'est remboursable que moyennant un préavis "
    "d'un an, sauf si le prêteur a cessé d'être considéré comme créancier ou si l'autorité exige un remboursement "
    "anticipé."
)
_EN_DEPRIVED = (
    "(12) Victims should not be deprived of the assistance granted to them by rules which cannot be set aside by "
    "agreement or which can only be set aside in their favour."
)
_FR_DEPRIVED = (
    "(12) Les victimes ne devraient pas être privées de l'assistance que leur accordent des règles auxquelles il ne "
    "peut être dérogé par accord ou auxquelles il ne peut être dérogé qu'en leur faveur."
)

_FAITHFUL = [(_EN_RELEASED, _FR_RELEASED), (_EN_LOAN, _FR_LOAN), (_EN_DEPRIVED, _FR_DEPRIVED)]
_DROPPED = [
    (_EN_RELEASED, _FR_RELEASED.replace("qui n'ont pas encore", "qui ont encore")),
    (_EN_LOAN, _FR_LOAN.replace("n'est pas fixée", "est fixée")),
    (_EN_DEPRIVED, _FR_DEPRIVED.replace("ne devraient pas être", "devraient être")),
]


@pytest.mark.parametrize(("en", "fr"), _FAITHFUL)
def test_a_condition_and_another_negation_rendered_is_silent(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), _DROPPED)
def test_a_negation_dropped_beside_a_condition_is_flagged(en: str, fr: str) -> None:
    assert negations(en, fr)


def test_a_condition_said_positively_still_answers_its_two_negations() -> None:
    en = "No fund shall operate in the Union unless it is authorised by the competent authority."
    fr = "Pour exercer ses activités dans l'Union, un fonds doit être agréé par l'autorité compétente."
    assert negations(en, fr) == []
