"""A French « ne … pas » does not reach past « et » / « ou » to the next finite verb (issue 15).

English says one negation for a series of verbs and carries it through "or" to each of them ("shall not hold shares …,
or receive payments"); French negates each finite verb by a « ne » of its own (« ne détiennent pas … et ne reçoivent
pas »), or by « ni ».  With the second « ne … pas » dropped (« … et reçoivent des paiements »), the French affirms the
verb the English denies: the first French negation answers the English one, and nothing else showed the drop.  (The
original texts below are written for these tests; the wide corpus of EU acts holds the construction in many acts.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, faithful French, the French « ne … pas » of the next verb, the same verb said bare)
_SERIES = [
    (
        "Members of the panel shall not hold shares in the undertakings concerned, or receive payments from them.",
        "Les membres du groupe ne détiennent pas d’actions dans les entreprises concernées et ne reçoivent pas "
        "de paiements de leur part.",
        "et ne reçoivent pas de paiements",
        "et reçoivent des paiements",
    ),
    (
        "The suppliers shall not interrupt the service or increase the price during the contract period.",
        "Les fournisseurs n’interrompent pas le service et n’augmentent pas le prix pendant la durée du contrat.",
        "et n’augmentent pas le prix",
        "et augmentent le prix",
    ),
    (
        "Such arrangements cannot give rise to a conflict of interest, or contribute to the risk of fraud.",
        "Ces accords ne donnent pas lieu à un conflit d’intérêts et ne contribuent pas au risque de fraude.",
        "et ne contribuent pas au risque",
        "et contribuent au risque",
    ),
]
_IDS = ["shall not, comma before or", "shall not", "cannot"]


@pytest.mark.parametrize(("en", "fr", "said", "bare"), _SERIES, ids=_IDS)
def test_a_negation_repeated_at_each_french_verb_is_silent(en: str, fr: str, said: str, bare: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "said", "bare"), _SERIES, ids=_IDS)
def test_a_next_french_verb_said_bare_is_a_negation_dropped(en: str, fr: str, said: str, bare: str) -> None:
    assert said in fr
    assert negations(en, fr.replace(said, bare)) != []


def test_the_first_french_negation_dropped_is_still_caught() -> None:
    en, fr, _said, _bare = _SERIES[1]
    assert negations(en, fr.replace("n’interrompent pas", "interrompent")) != []


# What follows « et » / « ou » after a French negation and shares it, or says what English says too: a participle
# after « être » / « avoir », an infinitive after a modal, an attribute after a verb of seeming, and a verb the English
# gives a modal of its own ("and shall inform": affirmed on both sides).
_SHARED = [
    (
        "The notice shall not be drafted in another language or signed by a third person.",
        "L’avis n’est pas rédigé dans une autre langue ou signé par un tiers.",
    ),
    (
        "The holder may not sell or pledge the shares before the end of the year.",
        "Le détenteur ne peut pas vendre ou nantir les actions avant la fin de l’année.",
    ),
    (
        "The report does not seem clear or complete to the committee.",
        "Le rapport ne paraît pas clair ou complet au comité.",
    ),
    (
        "The authority shall not publish the report, and shall inform the applicant of its reasons.",
        "L’autorité ne publie pas le rapport et informe le demandeur de ses motifs.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _SHARED, ids=["participle", "infinitive", "attribute", "own modal"])
def test_what_shares_the_french_negation_or_is_affirmed_on_both_sides_is_silent(en: str, fr: str) -> None:
    assert negations(en, fr) == []
