"""The negation of a list's lead-in that French says in each item, before a bare "be" or a closing quote (issue 15).

"the service provider and its subcontractors shall not be:" / « le prestataire de services et ses sous-traitants: »,
"or where the national law applicable to the company … does not:’;" / « ou si le droit national applicable à la
société …:»; »: English says the negation once, in the lead-in, French in each item (« a) établis dans … », « a) ne
prévoit pas … »); the French lead-in leaves its verb to the items.  The copula English puts after the negation
("shall not be:") and the closing quote of an amending act ("does not:’;") leave the lead-in what it is.  Where the
French lead-in says the copula itself (« ne sont pas: », « sont: »), its negation is compared as any other.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_LEAD_INS = [
    (
        "(b) the service provider and its subcontractors shall not be:",
        "b) le prestataire de services et ses sous-traitants:",
    ),
    (
        "3.   The members of the administrative board shall not be:",
        "3.   Les membres du conseil d'administration:",
    ),
    (
        "‘2.   The rules shall not apply where the national law applicable to the company resulting from the merger "
        "does not:’;",
        "«2.   Les règles ne s'appliquent pas si le droit national applicable à la société issue de la fusion:»;",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _LEAD_INS, ids=["shall not be", "board", "closing quote"])
def test_a_lead_in_negation_french_says_in_each_item_needs_no_answer(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_french_lead_in_that_says_the_copula_still_answers_for_its_negation() -> None:
    en = "(b) the service provider and its subcontractors shall not be:"
    fr = "b) le prestataire de services et ses sous-traitants sont:"
    assert negations(en, fr) != []


def test_a_negation_before_a_verb_of_its_own_is_no_lead_in() -> None:
    en = "(b) the service provider and its subcontractors shall not be established in a third country:"
    fr = "b) le prestataire de services et ses sous-traitants sont établis dans un pays tiers:"
    assert negations(en, fr) != []
