"""A keeping denied ("shall not maintain", "does not remain", « ne maintiennent pas ») against a word of removing on
the other side (« lèvent », « est effacée », "shall remove") (issue 15).

To deny that a thing is kept is to say that it goes: EU acts write "Member States shall not maintain any restrictions"
where the French says « Les États membres lèvent toute restriction », and "an order which does not remain in the order
book" where it says « est effacée du carnet ».  « Lever » (a restriction, a suspension, an immunity, an obstacle) and
« effacer » are verbs of doing away with a thing, as « supprimer » is; the denied keeping reads as that meaning, and a
word of removing of the other side answers it.  Not a negation of another verb ("shall not introduce"), and not where
the side of the negation says a word of removing of its own, which the other side's word renders.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French)
_KEPT = [
    (
        "Member States shall not maintain any national restrictions which prevent operators established in another "
        "Member State from offering their services.",
        "Les États membres lèvent toute restriction nationale empêchant les opérateurs établis dans un autre État "
        "membre de proposer leurs services.",
    ),
    (
        "A bid which is not matched at the close of the session does not remain in the register and shall not be "
        "carried over to the next session.",
        "Une offre qui n'a pas trouvé de contrepartie à la clôture de la séance est effacée du registre et n'est pas "
        "reportée à la séance suivante.",
    ),
    (
        "The competent authority shall remove the conditions attached to the licence once the holder has demonstrated "
        "compliance.",
        "L'autorité compétente ne maintient pas les conditions dont la licence est assortie dès que le titulaire a "
        "démontré leur respect.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _KEPT, ids=["lever", "effacer", "remove"])
def test_keeping_denied_is_answered_by_a_word_of_removing(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_word_of_removing_answers_no_other_negation() -> None:
    # The guard: « lèvent » answers only a denied keeping; "shall not introduce" is still unanswered.
    en, fr = _KEPT[0]
    assert negations(*changed(en, fr, ("en", "shall not maintain", "shall not introduce"))) != []


def test_keeping_denied_beside_a_word_of_removing_of_its_own_side() -> None:
    # The guard: the English says "removes" itself, which « retire » renders; with the French « ne … pas » dropped,
    # the English "does not maintain" is still unanswered.
    en = (
        "This Article shall also apply where a user alters or removes the protection measures applied by the holder "
        "or does not maintain the organisational measures agreed with the holder."
    )
    fr = (
        "Le présent article s'applique également lorsqu'un utilisateur modifie ou retire les mesures de protection "
        "appliquées par le détenteur ou ne maintient pas les mesures organisationnelles convenues avec le détenteur."
    )
    assert negations(en, fr) == []
    assert negations(*changed(en, fr, ("fr", "ne maintient pas", "maintient"))) != []
