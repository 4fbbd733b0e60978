"""A negation reaches the connective of a list through the commas of that list (issue 15).

"where the applicant does not meet the eligibility criteria for a trading, clearing or settlement platform" /
« lorsque le demandeur ne remplit pas les critères pour une plateforme de négociation, de compensation et de
règlement »: the commas between the members of a list ("12, 14 or 17", "trading, clearing or settlement") end no
clause, and a negation that reaches the first member of the list reaches its connective, as it reaches "and" or "or"
in a list of two.  Under a negation "or" and « et » say the same (none of them), so the connective is not compared.
A comma that opens a clause of its own, with its verb, still ends the negation's reach: the connective after it is
compared.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

_NEGATED_LISTS = [
    (
        "Where the applicant does not fulfil the admission criteria of a recognised trading, clearing or settlement "
        "platform, the competent authority shall refuse the application.",
        "Lorsque le demandeur ne remplit pas les critères d’admission à une plateforme reconnue de négociation, de "
        "compensation et de règlement, l’autorité compétente rejette la demande.",
    ),
    (
        "Where an undertaking does not comply with the obligations laid down in Articles 12, 14 or 17 of this "
        "Regulation, the Authority may impose a periodic penalty payment.",
        "Lorsqu’une entreprise ne respecte pas les obligations prévues aux articles 12, 14 et 17 du présent "
        "règlement, l’Autorité peut infliger une astreinte.",
    ),
    (
        "Support may be granted only in areas where there are no fixed, mobile or satellite networks operating or "
        "firmly planned within the next three years.",
        "L’aide ne peut être octroyée que dans les zones où il n’existe pas de réseau fixe, mobile ni satellitaire "
        "et où le déploiement d’un tel réseau n’est pas prévu de manière ferme au cours des trois années suivantes.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _NEGATED_LISTS, ids=["members", "articles", "networks"])
def test_connective_of_a_negated_list_is_not_compared(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


# The comma before "and the premises" opens a clause of its own: the negation before it does not reach the "or" of
# that clause, which stays compared against the French « et ».
_OWN_CLAUSE = (
    "Where the operator does not hold a valid licence, and the premises are inspected or audited by the authority, "
    "the fee shall be doubled.",
    "Lorsque l’exploitant ne détient pas de licence valable, et que les locaux sont inspectés et contrôlés par "
    "l’autorité, la redevance est doublée.",
)


def test_connective_after_a_clause_of_its_own_is_still_compared() -> None:
    en, fr = _OWN_CLAUSE
    assert connectives(en, fr) != []
    assert connectives(en.replace("inspected or audited", "inspected and audited"), fr) == []


# A list said right after the negation is what the negation denies: "not comprehensive, consistent and verifiable" is
# not "not comprehensive, consistent or verifiable", and its connective stays compared, past the commas of the list.
_DENIED_LIST = (
    "Where the registers kept by the operator are not sufficiently comprehensive, consistent and verifiable, the "
    "competent authority shall require their correction.",
    "Lorsque les registres tenus par l’exploitant ne sont pas suffisamment complets, cohérents et vérifiables, "
    "l’autorité compétente en exige la rectification.",
)


def test_connective_of_a_list_the_negation_denies_is_still_compared() -> None:
    en, fr = _DENIED_LIST
    assert connectives(en, fr) == []
    assert connectives(en.replace("consistent and", "consistent or"), fr) != []
