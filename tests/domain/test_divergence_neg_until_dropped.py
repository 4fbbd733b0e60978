"""An English "until" against a French « tant que » whose negation is dropped (issue 15, wide corpus).

English bounds a state in time by "until" and a positive clause ("until the fee has been paid"); French says it
« tant que » or « aussi longtemps que » and a negation (« tant que la taxe n'a pas été acquittée »): "as long as
… not".  That negation answers the English "until" and needs no answer of its own (test_divergence_neg_until.py).
Where French drops it (« tant que la taxe a été acquittée »), the French says "as long as the fee has been paid", the
opposite of the English: only the « tant que » and its positive clause show it.  Not where the English clause says
the end or the negation itself ("until the reasons are no longer present" / « tant que les motifs subsistent »,
"until the end of the procedure"), nor where the French says the state that lasts by a word of its own (« tant que
la procédure est en cours », « tant que le paiement fait défaut »).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_UNTIL = [
    # 32015R2424, Article 1(451)
    (
        "The request shall be deemed not to have been filed until the required fee has been paid.",
        "La demande est réputée ne pas avoir été déposée tant que la taxe prescrite n'a pas été acquittée.",
        "n'a pas été acquittée",
        "a été acquittée",
    ),
    # 32017R1001, Article 50(5) (its second sentence)
    (
        "The declaration shall be deemed not to have been made until the fee has been paid.",
        "La déclaration est réputée ne pas avoir été faite tant que la taxe n'a pas été acquittée.",
        "n'a pas été acquittée",
        "a été acquittée",
    ),
    # 32008L0001, Article 20 (its end)
    (
        "This Directive shall apply to existing installations in respect of activities listed in Annex I until the "
        "measures required pursuant to Article 5 of this Directive have been taken by the competent authorities.",
        "La présente directive s'applique aux installations existantes relevant des activités énumérées à l'annexe I, "
        "aussi longtemps que les mesures nécessaires visées à l'article 5 de la présente directive n'ont pas été "
        "prises par les autorités compétentes.",
        "n'ont pas été prises",
        "ont été prises",
    ),
    # 32007R0916, Article 1(175)
    (
        "However, until the communication link between the Community independent transaction log and UNFCCC "
        "independent transaction log is established, those registries shall be authenticated to the Community "
        "independent transaction log.",
        "Toutefois, tant que le lien de communication entre le journal des transactions communautaire indépendant et "
        "le relevé des transactions indépendant de la CCNUCC n'est pas établi, ces registres sont authentifiés "
        "auprès du journal des transactions communautaire indépendant.",
        "n'est pas établi",
        "est établi",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "negated", "bare"), _UNTIL, ids=["request fee", "declaration fee", "measures taken", "link"]
)
def test_as_long_as_without_its_negation_says_the_opposite_of_until(
    en: str, fr: str, negated: str, bare: str
) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(negated, bare)) != []


def test_until_the_end_is_as_long_as_said_positively() -> None:
    # (the English clause says the end itself: the French says how long the state lasts, positively)
    en = "All access to the account shall be suspended until the reasons for refusal are no longer present."
    fr = "Tous les accès au compte sont suspendus tant que les motifs de refus subsistent."
    assert negations(en, fr) == []
    en = "The proceedings shall be stayed until the end of the procedure before the national court."
    fr = "La procédure est suspendue tant que dure la procédure devant la juridiction nationale."
    assert negations(en, fr) == []


def test_unless_and_until_is_left_out() -> None:
    # 32014R0596, Article 19(4): a condition said with the time bound, which French says with conjunctions of its own
    en = (
        "A pledge of financial instruments does not need to be notified, unless and until such time that such pledge "
        "is designated to secure a specific credit facility."
    )
    fr = (
        "Un gage portant sur des instruments financiers ne doit pas être notifié, dès lors et tant que ce gage est "
        "destiné à garantir une ligne de crédit particulière."
    )
    assert negations(en, fr) == []


def test_as_long_as_said_with_a_word_of_the_state_that_lasts() -> None:
    en = "The delivery shall be suspended until the payment has been made."
    assert negations(en, "La livraison est suspendue tant que le paiement fait défaut.") == []
    en = "The payment shall be withheld until the proceedings are concluded."
    assert negations(en, "Le paiement est suspendu tant que la procédure est en cours.") == []
