"""A « ne pas » joined to the phrase of « éviter » says its "avoid" again (issue 15: wide corpus of EU acts,
32007l0064, 32024l1760; practice set, PSD2).

« pour éviter la fragmentation et ne pas compromettre la mise en place de systèmes » is "in order to avoid fragmentation
and jeopardising the setting-up of systems"; « de manière à éviter le transfert des obligations … et à ne pas entraîner
la nullité du contrat » is "in a way that avoids the transfer of the obligations … and automatically rendering the
contract void".  English says "avoid" once for both objects, French says the "not" of the second again: that « ne pas »
is a negative word of the group of "avoid", as a « ni » after « sans » is one of the group of "without" (it answers a
negation, it needs no answer).  Not after a comma (another clause), nor a negation that has its own verb.
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations


def test_a_second_object_of_avoid() -> None:
    en = (
        "in order to avoid fragmentation and jeopardising the setting-up of integrated payment systems in the "
        "Community, Member States should not be allowed to require a particular identifier."
    )
    fr = (
        "pour éviter la fragmentation et ne pas compromettre la mise en place de systèmes de paiement intégrés dans la "
        "Communauté, les États membres ne devraient pas être autorisés à exiger un identifiant particulier."
    )
    assert negations(en, fr) == []


def test_a_second_object_of_avoid_after_a_to() -> None:
    en = (
        "The guidance should aim to facilitate ongoing cooperation, in a way that avoids the transfer of the "
        "obligations to a business partner and automatically rendering the contract void in case of a breach."
    )
    fr = (
        "Les lignes directrices devraient viser à faciliter une coopération continue, de manière à éviter le transfert "
        "des obligations à un partenaire commercial et à ne pas entraîner la nullité automatique du contrat en cas de "
        "violation."
    )
    assert negations(en, fr) == []


def test_a_negation_of_its_own_verb_is_still_caught() -> None:
    en = (
        "in order to avoid fragmentation, Member States should be allowed to require a particular identifier and "
        "jeopardise the setting-up of integrated payment systems."
    )
    fr = (
        "pour éviter la fragmentation, les États membres devraient être autorisés à exiger un identifiant particulier "
        "et ne pas compromettre la mise en place de systèmes de paiement intégrés."
    )
    assert negations(en, fr) != []
