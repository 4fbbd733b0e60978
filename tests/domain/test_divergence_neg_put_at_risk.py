"""A word of putting at risk answers a denied ability or acceptability on the other side (issue 15).

"unless giving such information would compromise security" / « à moins que … ne soit pas acceptable pour des raisons
de sécurité », "would not be able to meet its liabilities" / « de nature à compromettre la capacité … à honorer »: what
one language says as putting a thing at risk, the other says as denying that it can be done or accepted.  The word
("compromise", "jeopardise", "undermine" / « compromettre », « mettre en péril ») answers only such a negation ("not
able", "not in a position", « pas en mesure », « pas acceptable »), and only where the side of that negation says no
word of putting at risk of its own; a plain negation of a verb ("does not endanger" / « ne compromet pas ») still needs
its own answer, so that a dropped negation is reported.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French): faithful pairs, quiet.
_FAITHFUL = [
    (
        "The carrier shall inform the sender of the delay before the goods are dispatched, unless doing so would "
        "compromise the safety of the consignment.",
        "Le transporteur informe l'expéditeur du retard avant l'expédition des marchandises, à moins que cette "
        "information ne soit pas acceptable pour des raisons tenant à la sécurité de l'envoi.",
    ),
    (
        "The auditor shall report without delay any event by reason of which the fund would not be able to meet its "
        "redemption obligations.",
        "Le contrôleur signale sans tarder tout événement de nature à compromettre la capacité du fonds à honorer "
        "ses obligations de rachat.",
    ),
    (
        "Members of the panel should not be able to examine a complaint if their involvement could jeopardise "
        "their independence.",
        "Les membres du groupe ne devraient pas pouvoir examiner une plainte si leur participation risque de mettre "
        "en péril leur indépendance.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _FAITHFUL, ids=["compromise", "compromettre", "both"])
def test_putting_at_risk_answers_a_denied_ability(en: str, fr: str) -> None:
    assert negations(en, fr) == []


# (English, French, the French negation dropped): the word of putting at risk answers no other negation.
_DROPPED = [
    (
        "The operator shall ensure that the storage conditions do not endanger the integrity of the samples.",
        "L'opérateur veille à ce que les conditions de stockage ne compromettent pas l'intégrité des échantillons.",
        ("ne compromettent pas", "compromettent"),
    ),
    (
        "The operator shall ensure that the storage conditions do not compromise the integrity of the samples.",
        "L'opérateur veille à ce que les conditions de stockage ne compromettent pas l'intégrité des échantillons.",
        ("ne compromettent pas", "compromettent"),
    ),
    (
        "Members of the panel should not be able to examine a complaint if their involvement could jeopardise "
        "their independence.",
        "Les membres du groupe ne devraient pas pouvoir examiner une plainte si leur participation risque de mettre "
        "en péril leur indépendance.",
        ("ne devraient pas pouvoir", "devraient pouvoir"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _DROPPED, ids=["endanger", "compromise", "own word"])
def test_putting_at_risk_answers_no_other_negation(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(*drop)) != []


def test_putting_at_risk_stays_at_its_clause_in_as_long_as() -> None:
    # « tant que … n'a pas été établie » with its negation dropped: « compromettre » later in the clause is no
    # negative word of the clause that says a lasting state.
    en = (
        "Until the list has been adopted, Member States may keep national rules on equipment which may impair the "
        "safe operation of the installation."
    )
    fr = (
        "Tant que la liste n'a pas été adoptée, les États membres peuvent maintenir des règles nationales sur les "
        "équipements susceptibles de compromettre la sécurité de fonctionnement de l'installation."
    )
    assert negations(en, fr) == []
    assert negations(en, fr.replace("n'a pas été adoptée", "a été adoptée")) != []
