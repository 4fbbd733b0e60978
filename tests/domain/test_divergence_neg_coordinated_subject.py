"""A French negation said again for the second subject or object of a coordination (issue 15, wide corpus).

French repeats « ne … pas » at each predicate of a coordination whose second member has a subject or an object of
its own (« les mêmes quantités … n'ont pas été comptabilisées et leur utilisation n'a pas été revendiquée », « vers
des produits qu'il ne fabriquait pas ou des services qu'il ne fournissait pas »), where English gives the two one
negation ("have not been accounted for and claimed", "products or services not previously produced"). The second
French negation carries on the first when nothing but the first predicate stands between them; after a comma or a
clause opened between (« n'est pas obligatoire si la société et ses filiales n'ont pas »), it is a negation of its own.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_REPEATED = [
    # 32025R1192, Article 1, point (f) of an amended article
    (
        "(f) the same amounts of alternative aviation fuel or eligible aviation fuel have not been accounted for and "
        "claimed to be used in an earlier report, or by another aircraft operator, or in another carbon pricing "
        "system.’",
        "f) les mêmes quantités de carburant d’aviation de substitution ou de carburant d’aviation admissible n’ont pas "
        "été comptabilisées et leur utilisation n’a pas été revendiquée dans une déclaration antérieure, ou par un "
        "autre exploitant d’aéronef, ou dans un autre système de tarification de carbone.»",
    ),
    # 32023R1315, Article 1 (a definition of initial investment, its third indent)
    (
        "— the diversification of the output of an establishment into products or services not previously produced in "
        "the establishment; or",
        "— la diversification de la production d’un établissement vers des produits qu’il ne fabriquait pas ou des "
        "services qu’il ne fournissait pas auparavant, ou",
    ),
    # 32023R1315, Article 1 (the same definition in another article)
    (
        "(a) an investment in tangible and intangible assets related to the setting-up of a new establishment; the "
        "extension of an existing establishment; the diversification of the output of an establishment into products "
        "or services not previously produced in or provided from the establishment; or",
        "a) en un investissement dans des actifs corporels et incorporels liés à la création d’un nouvel "
        "établissement; en un investissement dans l’extension d’un établissement existant, en la diversification de "
        "la production d’un établissement vers des produits qu’il ne produisait pas ou des services qu’il ne "
        "fournissait pas auparavant, ou",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _REPEATED, ids=["et leur", "ou des services", "definition"])
def test_negation_repeated_for_a_coordinated_member_carries_on(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_negation_in_a_clause_opened_after_the_first_is_its_own() -> None:
    # 32019L2121, Article 1 (an amended paragraph), with the English main clause's "not" dropped: the French « n'ont
    # pas » after « si la société et ses éventuelles filiales » is the negation of the condition, which the English
    # "no employees" answers; the main clause's « n'est pas obligatoire » is left unanswered.
    en = (
        "8.   The section of the report for employees shall be required where a merging company and its "
        "subsidiaries, if any, have no employees other than those who form part of the administrative or management "
        "body."
    )
    fr = (
        "8.   La section du rapport à l’intention des travailleurs n’est pas obligatoire si la société et ses "
        "éventuelles filiales n’ont pas d’autres travailleurs que ceux qui appartiennent à l’organe d’administration "
        "ou de direction."
    )
    assert negations(en, fr) != []
