"""A series "neither X nor Y" / « ni X ni Y » answers its like item by item (issue 15).

Both languages say a two-sided series in the same order, "neither … nor" and « ni … ni » (« ne … ni X ni Y »),
but not always after the same negation: English may say a negation before the series and its "neither" as well
("should not be, neither de jure, nor de facto, subject" / « ne devraient pas être soumis, ni de jure ni de facto »),
and French may leave out the « ne » (« s'il est rédigé ni dans une langue … ni dans la langue officielle »). The
« ni » that opened the series was read as carrying on the negation before it, and the English "neither" was left
without an answer. The words of the two series now answer each other first; a negation dropped elsewhere in the
sentence is still caught.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_SERIES = [
    (
        "(30) Providers of intermediary services should not be, neither de jure, nor de facto, subject to a "
        "monitoring obligation with respect to obligations of a general nature.",
        "(30) Les fournisseurs de services intermédiaires ne devraient pas être soumis, ni de jure ni de facto, à une "
        "obligation de surveillance en ce qui concerne les obligations de nature générale.",
    ),
    (
        "The addressee can refuse to accept the document if it is not translated, or if it is neither in a language "
        "which the addressee understands nor in the official language of the Member State addressed.",
        "Le destinataire peut refuser de recevoir l'acte s'il n'est pas traduit, ou s'il est rédigé ni dans une "
        "langue que le destinataire comprend ni dans la langue officielle de l'État membre requis.",
    ),
    (
        "In cases where the user makes a claim for the refund of a payment transaction refund rights should affect "
        "neither the liability of the payer vis-à-vis the payee from the underlying relationship, e.g. for goods or "
        "services ordered, nor the users rights with regard to revocation of a payment order.",
        "Lorsque l'utilisateur demande le remboursement d'une opération de paiement, le droit au remboursement ne "
        "devrait ni affecter la responsabilité du payeur vis-à-vis du bénéficiaire qui découle de la relation "
        "sous-jacente, c'est-à-dire pour les biens ou les services commandés, ni le droit de l'utilisateur de "
        "révoquer un ordre de paiement.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _SERIES, ids=["not, neither, nor", "ni without ne", "neither e.g. nor"]
)
def test_a_series_answers_its_like(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_negation_dropped_before_the_series_is_still_caught() -> None:
    en, fr = _SERIES[0]
    assert negations(en, fr.replace("ne devraient pas être soumis", "devraient être soumis")) != []
    en, fr = _SERIES[1]
    assert negations(en, fr.replace("s'il n'est pas traduit", "s'il est traduit")) != []
