"""An English "and" that lists the cases in which a rule applies answers a French « ou » (issue 15).

"The rule applies both when the goods are imported and when they are exported" / « que les marchandises soient
importées ou qu'elles soient exportées », "in cases where A, in cases where B, as well as in cases where C" /
« lorsque A, lorsque B, ou lorsque C »: each clause, said in full with its own condition word, is one case of the rule,
which holds in each of them; English lists them by "and", French by « ou ».  Only where the clauses are marked as cases:
"both" before the first, or a run of three set off by commas.  Two clauses joined by "and where" ("where none of the
loans is in default, and where the seller keeps the first loss") may be both required, and stay compared; so does an
"or" made of that "and" against « et », the other way round.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


_CASES = [
    (
        "The customs office should check the declaration both when the goods are brought into the territory and when "
        "they are taken out of it by the same operator.",
        "Le bureau de douane devrait contrôler la déclaration, que les marchandises soient introduites sur le "
        "territoire ou pour celles qui en sont sorties par le même opérateur.",
    ),
    (
        "The supervisor should use those powers in cases where the undertaking breaches its duties, in cases where "
        "such a breach is likely to occur, as well as in cases where its internal controls are not sufficient to "
        "prevent it.",
        "L'autorité de surveillance devrait faire usage de ces pouvoirs lorsque l'entreprise manque à ses obligations, "
        "lorsqu'elle risque d'y manquer, ou lorsque ses contrôles internes ne suffisent pas à l'empêcher.",
    ),
    (
        "The authority is to examine the file when an operator applies for a licence for the first time, where an "
        "operator applies to renew the licence it holds, and where an operator applies to extend it to another site.",
        "L'autorité examine le dossier lorsqu'un opérateur demande une licence pour la première fois, lorsqu'il en "
        "demande le renouvellement ou qu'il demande à l'étendre à un autre site.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _CASES, ids=["both-when", "in-cases-where", "run-of-three"])
def test_an_and_that_lists_the_cases_of_a_rule_answers_ou(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


def test_two_clauses_of_a_condition_joined_by_and_where_stay_compared() -> None:
    en = (
        "The loan may be counted where none of the assets is in default, and where the seller keeps the first loss of "
        "the pool."
    )
    fr = (
        "Le prêt peut être pris en compte lorsqu'aucun des actifs n'est en défaut, ou lorsque le vendeur conserve la "
        "première perte du panier."
    )
    assert connectives(en, fr) == ["obligation_mismatch:connective:and|ou"]


def test_an_or_made_of_the_and_against_et_is_still_reported() -> None:
    en = (
        "The authority is to examine the file when an operator applies for a licence for the first time, where an "
        "operator applies to renew the licence it holds, or where an operator applies to extend it to another site."
    )
    fr = (
        "L'autorité examine le dossier lorsqu'un opérateur demande une licence pour la première fois, lorsqu'il en "
        "demande le renouvellement et lorsqu'il demande à l'étendre à un autre site."
    )
    assert connectives(en, fr) == ["obligation_mismatch:connective:or|et"]
