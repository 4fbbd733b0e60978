"""A negative adjective that is the predicate of its clause needs an answer, as a negation does (issue 15).

"Where the fees paid are insufficient to cover" / « Si les taxes acquittées ne suffisent pas à couvrir », "where a
market price … is unavailable" / « lorsqu'un prix du marché … n'est pas disponible », "The transmission of less information would be insufficient to allow" / « La transmission de moins d'informations ne
permettrait pas »: English says with a negative adjective after a copula the "not" that French gives to its verb.  Such
an adjective negates its clause as a negation does (test_divergence_neg_predicate): where French drops its « ne …
pas », only the English adjective is left to show it, and it needs an answer as a negation does.  Only the adjectives
that deny that a thing is enough, possible, at hand or clear: "unfair" / « abusive », "invalid" / « nulle », "unrelated" /
« dissociés » name a quality of their own, which French says by a word of its own.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation that is dropped)
_DROPS = [
    (
        "Where the fees paid are insufficient to cover all the classes of goods and services for which renewal is "
        "requested, registration shall be renewed if it is clear which class or classes are to be covered.",
        "Si les taxes acquittées ne suffisent pas à couvrir la totalité des classes de produits et de services pour "
        "lesquelles le renouvellement est demandé, l'enregistrement est renouvelé s'il apparaît clairement quelle est "
        "ou quelles sont les classes visées.",
        ("ne suffisent pas", "suffisent"),
    ),
    (
        "(b) for each identified concentrated valuation position, where a market price applicable for the size of the "
        "valuation position is unavailable, they shall estimate a prudent exit period;",
        "b) pour chaque position d'évaluation concentrée identifiée, lorsqu'un prix du marché applicable pour la taille "
        "de la position d'évaluation n'est pas disponible, ils estiment une période de sortie prudente;",
        ("n'est pas disponible", "est disponible"),
    ),
    (
        "The transmission of less information would be insufficient to allow the company to identify its "
        "shareholders in order to communicate with them.",
        "La transmission de moins d’informations ne permettrait pas à la société d’identifier ses actionnaires afin "
        "de communiquer avec eux.",
        ("ne permettrait pas", "permettrait"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _DROPS, ids=["fees", "price", "transmission"])
def test_negative_predicate_needs_a_french_negation(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(*drop)) != []


_FAITHFUL = [
    # the French says the adjective too
    (
        "Where the information provided is incomplete, the competent authority shall request additional information.",
        "Lorsque les informations fournies sont incomplètes, l'autorité compétente demande des informations "
        "supplémentaires.",
    ),
    # a litotes: the English adjective is negated itself
    (
        "Such a use is not unlawful where the holder has given consent.",
        "Un tel usage est licite lorsque le titulaire y a consenti.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _FAITHFUL, ids=["incomplete", "not-unlawful"])
def test_negative_predicate_answered(en: str, fr: str) -> None:
    assert negations(en, fr) == []
