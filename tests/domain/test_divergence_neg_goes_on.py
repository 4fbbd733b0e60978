"""What goes on said positively against the negation of its end (issue 15).

One language says that a thing goes on ("the protection remains", « le débiteur reste en possession », « un maintien du
taux »), the other denies its end ("the protection is not lost", « n'est pas dessaisi », "no change of the rate").  The
words of what goes on (the group "remain") answer only a negation of an end (_NEG_ENDING), never a negation of another
verb; "lose", « dessaisi » and the "no" of "no change" are such ends.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_GOES_ON = [
    (
        "The guarantee is not lost where the holder relied in good faith on a wrong statement of the seller.",
        "La garantie reste acquise au titulaire lorsqu'il s'est fié de bonne foi à une déclaration inexacte du "
        "vendeur.",
    ),
    (
        "During the rescue plan, the trader remains in possession of the goods listed in the inventory.",
        "Pendant le plan de sauvetage, le commerçant n'est pas dessaisi des biens énumérés dans l'inventaire.",
    ),
    (
        "Where the yearly review results in a rise or no change in the fee, the board shall publish the new scale.",
        "Lorsque le réexamen annuel donne lieu à une hausse ou à un maintien de la redevance, le conseil publie le "
        "nouveau barème.",
    ),
]
_IDS = ["not lost / reste", "remains / n'est pas dessaisi", "no change / maintien"]


@pytest.mark.parametrize(("en", "fr"), _GOES_ON, ids=_IDS)
def test_what_goes_on_answers_the_negation_of_its_end(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_loss_said_for_not_lost_is_caught() -> None:
    en, fr = _GOES_ON[0]
    assert negations(en, fr.replace("reste acquise au", "est perdue pour le")) != []


def test_no_change_against_a_fall_is_caught() -> None:
    en, fr = _GOES_ON[2]
    assert negations(en, fr.replace("à un maintien", "à une baisse")) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "During the rescue plan, the trader remains in possession of the goods and is not liable for the old debts.",
            "Pendant le plan de sauvetage, le commerçant reste en possession des biens et répond des anciennes dettes.",
        ),
        (
            "Where the yearly review results in a rise or a fall in the fee, the board shall not publish the new scale.",
            "Lorsque le réexamen annuel donne lieu à une hausse ou à un maintien de la redevance, le conseil publie le "
            "nouveau barème.",
        ),
    ],
    ids=["remains / not liable", "maintien / shall not publish"],
)
def test_a_word_of_what_goes_on_answers_no_other_negation(en: str, fr: str) -> None:
    assert negations(en, fr) != []
