"""English names a party again where French refers back to it with a pronoun: "… that Member State shall name the
supervisory authority …" / « … il désigne celle … ».  A name of two content words ("Member State", "supervisory
authority"), or of three behind small words ("of the payment account service"), said again is no passage the French
lacks: the French side, shorter than usual by those names only, is no warning."""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys


def lengths(en: str, fr: str) -> list[str]:
    return blocking_keys(en, fr, "length_ratio")


def test_two_word_names_said_again_are_pronouns_in_french() -> None:
    en = (
        "2.   Where more than one customs office is designated in a Member State, that Member State shall name "
        "the customs office which is to act as the contact point for the customs offices of other countries."
    )
    fr = (
        "2.   Lorsqu’un État membre désigne plusieurs bureaux de douane, il indique celui qui sert de point de "
        "contact pour ceux des autres pays."
    )
    assert lengths(en, fr) == []


def test_a_three_word_name_said_again_behind_small_words() -> None:
    en = (
        "(b) the provider of the payment account service and the security of the payment account service have "
        "received a positive assessment in accordance with the procedure laid down in Articles 12 to 15;"
    )
    fr = (
        "b) leur prestataire et leur sécurité ont fait l’objet d’une évaluation positive conformément à la "
        "procédure prévue aux articles 12 à 15;"
    )
    assert lengths(en, fr) == []


def test_a_french_side_without_the_passage_is_still_a_warning() -> None:
    en = (
        "2.   Where more than one customs office is designated in a Member State, that Member State shall name "
        "the customs office which is to act as the contact point for the customs offices of other countries and "
        "shall inform the Commission of any change to that designation within one month."
    )
    fr = (
        "2.   Lorsqu’un État membre désigne plusieurs bureaux de douane, il indique celui qui sert de point de "
        "contact pour ceux des autres pays."
    )
    assert lengths(en, fr) != []
