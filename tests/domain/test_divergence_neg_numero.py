"""The abbreviation "No" of a number, facing the French « no » (issue 15, wide corpus of EU acts: 32010r0920,
32020r0855): "Company registration No or ID No" / « no d'immatriculation ou code d'identification », "street No" /
« no de la rue », "‘No High-risk third country" / « «No Pays tiers ».

French has no word « no »: a French « no » that cites no act is the abbreviation of « numéro », and an English "no"
facing it is the same abbreviation, not a negation, wherever word order puts the two.  A real negation is still one.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_NUMBERS = [
    (
        "7 Holder address Trade register No or tax No",
        "7 Adresse du titulaire — no au registre du commerce ou numéro fiscal",
    ),
    (
        "‘No Category of the vessel",
        "«No Catégorie du navire",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _NUMBERS, ids=["register No or", "No heading"])
def test_the_abbreviation_of_a_number_is_no_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_real_negation_beside_a_cited_act_is_caught() -> None:
    en = "There is no rule on the timing of the notification in Regulation (EU) No 575/2013."
    fr = "Le règlement (UE) no 575/2013 prévoit une règle sur le moment de la notification."
    assert negations(en, fr) != []
    assert negations(en, fr.replace("prévoit une règle", "ne prévoit aucune règle")) == []


def test_a_real_negation_beside_a_numero_is_caught_once_answered() -> None:
    en = "The register No shall be given where there is no tax number."
    fr = "Le no au registre est indiqué lorsqu'il existe un numéro fiscal."
    # one « no »: it answers the abbreviation, and the negation of the English is left unanswered
    assert negations(en, fr) != []


def test_english_words_quoted_in_the_french_are_no_numero() -> None:
    # the French translates the name and quotes it: its « no » is the English word, and the translation
    # (« ne figurent plus ») answers the English "No Longer"
    en = "the number in the No Longer Listed Substances (NLS) register, where available;"
    fr = (
        "le numéro dans le registre des substances qui ne figurent plus sur la liste (no longer listed substances - "
        "NLS), s'il est disponible;"
    )
    assert negations(en, fr) == []
