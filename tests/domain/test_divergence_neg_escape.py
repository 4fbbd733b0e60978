"""« échapper à » / "beyond", "cannot be controlled" (issue 15, wide corpus of EU acts: 32011l0083, 32007l0064,
32019r0856, 32022r0858, 32026r0849).

« des circonstances échappant au contrôle de la partie » is "circumstances beyond the control of the party"; English
also says it with a negation, "fluctuations which cannot be controlled by the trader".  What escapes a thing is
outside it: the French verb is a negative word of the group of "outside", "beyond", « hors ».  It is not the noun
« échappement » (the exhaust of an engine).
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations


def test_escaping_control_answers_cannot_be_controlled() -> None:
    en = "the supply of goods whose price depends on changes in the market which cannot be controlled by the seller;"
    fr = (
        "la fourniture de biens dont le prix dépend de variations du marché échappant au contrôle du vendeur;"
    )
    assert negations(en, fr) == []


def test_escaping_control_answers_beyond_control() -> None:
    en = "The carrier shall not be liable for delays caused by events beyond its control."
    fr = "Le transporteur n'est pas responsable des retards causés par des événements échappant à son contrôle."
    assert negations(en, fr) == []


def test_the_exhaust_is_no_negative_word() -> None:
    en = "vehicles which cannot be driven on a public road and whose tailpipe emissions are measured;"
    fr = "véhicules qui peuvent circuler sur la voie publique et dont les émissions au tuyau d'échappement sont mesurées;"
    assert negations(en, fr) != []


def test_a_negation_of_another_verb_is_still_caught() -> None:
    en = "The carrier shall not be liable for delays caused by events beyond its control."
    fr = "Le transporteur est responsable des retards causés par des événements échappant à son contrôle."
    assert negations(en, fr) != []
