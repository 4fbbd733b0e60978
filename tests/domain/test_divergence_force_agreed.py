"""An English "shall be agreed" is a duty: only the French « être agréé » (licensed) says a possibility.

``_GOVERNS_POSSIBILITY`` reads a modal that governs a word of possibility ("shall be able to", « doit être
agréé ») as no change of force.  Its stem ``agree`` stood for the French participle « agréé » but also matched the
English "agreed", so that "shall be agreed" against « sont susceptibles d'être conclues » said nothing.
"""

from mou_review.domain.divergence import ClausePair, check_pair


def _force(en: str, fr: str) -> list[str]:
    return [f.key for f in check_pair(ClausePair(en, fr)) if f.key.startswith("obligation_mismatch:force")]


def test_shall_be_agreed_against_a_french_likelihood_is_reported() -> None:
    en = "Transfers between the two liaison offices shall be agreed by telephone, which takes time."
    fr = (
        "Les transferts entre les deux bureaux de liaison sont susceptibles d'être convenus par téléphone, "
        "ce qui prend du temps."
    )
    assert _force(en, fr)


def test_may_be_agreed_against_the_same_french_is_silent() -> None:
    en = "Transfers between the two liaison offices may be agreed by telephone, which takes time."
    fr = (
        "Les transferts entre les deux bureaux de liaison sont susceptibles d'être convenus par téléphone, "
        "ce qui prend du temps."
    )
    assert _force(en, fr) == []


def test_a_french_duty_to_be_licensed_still_says_a_possibility() -> None:
    en = "The liaison office may receive such requests at any time."
    assert (
        _force(en, "Le bureau de liaison doit être agréé pour recevoir de telles demandes à tout moment.")
        == []
    )
    assert _force(en, "Le bureau de liaison doit recevoir de telles demandes à tout moment.")
