"""An English attribute said with "non" and a space is a negative word, as one said with "non-" (issue 15, wide corpus
of EU acts).

English drafting writes the prefix "non" with a hyphen ("non-equity exposures") and, in some acts, with a space ("non
equity exposures", "non industrial waste", "non cross-border issues"), as French writes « non » with a space or a
hyphen (« déchets non industriels », « non-respect »).  French may say the attribute by a negated verb, « les
expositions ne portant pas sur des actions »; the spaced "non equity" was read as no negative word at all, and the
French negation was left without an answer.  A French negation added beside it is still caught; Latin phrases ("non
liquet", "sine qua non", "non bis in idem") are no prefix.  (A French negation added where French renders "non
equity" otherwise, « autres que des actions », is answered by the negative word, as it is for "non-equity".)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_SPACED = [
    (
        "For that purpose, non equity holdings shall be assigned to the class of other holdings.",
        "À cette fin, les participations ne portant pas sur des actions sont classées dans la catégorie des autres "
        "participations.",
    ),
    (
        "The fund shall report its non trading positions to the competent authority each quarter.",
        "Le fonds déclare chaque trimestre à l'autorité compétente les positions qui ne relèvent pas du portefeuille "
        "de négociation.",
    ),
    (
        "Member States shall apply the reduced rate to non commercial flights operated within their territory.",
        "Les États membres appliquent le taux réduit aux vols qui ne sont pas effectués à des fins commerciales sur "
        "leur territoire.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _SPACED, ids=["non equity", "non trading", "non commercial"])
def test_a_spaced_non_word_is_a_negative_word(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_french_negation_added_beside_it_is_still_caught() -> None:
    en = "For that purpose, non equity holdings shall be assigned to the class of other holdings."
    fr = (
        "À cette fin, les participations ne portant pas sur des actions ne sont pas classées dans la catégorie des "
        "autres participations."
    )
    assert negations(en, fr) != []


def test_a_latin_phrase_is_no_prefix() -> None:
    en = "Where the outcome remains open (non liquet), the burden of proof shall lie with the provider."
    fr = "Lorsque l'issue ne reste pas ouverte («non liquet»), la charge de la preuve incombe au prestataire."
    assert negations(en, fr) != []
