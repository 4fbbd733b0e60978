"""A negated verb of harming ("does not impair", « ne compromet pas ») is not answered by that word said bare (issue 15).

To impair a thing is to harm it, as to compromise it is: "impair" is a word of harming, as "compromise", "jeopardise"
and « compromettre » are, not one of hindering ("prevent", « empêcher »).  A negated verb of harming and the same
meaning said bare on the other side say opposite things: with the French « ne … pas » of « ne compromet pas » dropped,
« compromet » answered the English "does not impair" and hid the drop; with the English "not" dropped, "impairs"
answered the French negation.  ("so that the progress made is not compromised" / « pour éviter de compromettre les
progrès accomplis »: under a verb of avoiding or preventing, the bare word of harming renders the negation.)
(Example texts written for these tests.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

_EN = (
    "The provider may entrust the storage of the records to a third party only where doing so does not impair the "
    "security of the data."
)
_FR = (
    "Le fournisseur ne peut confier la conservation des registres à un tiers que si cela ne compromet pas la sécurité "
    "des données."
)


def test_a_negated_verb_of_harming_faces_its_like() -> None:
    assert negations(_EN, _FR) == []


@pytest.mark.parametrize(
    "change",
    [("fr", "cela ne compromet pas", "cela compromet"), ("en", "does not impair", "impairs")],
    ids=["« ne compromet pas » made « compromet »", '"does not impair" made "impairs"'],
)
def test_a_dropped_negation_of_harming_is_caught(change: tuple[str, str, str]) -> None:
    assert negations(*changed(_EN, _FR, change))


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Further measures are needed to ensure that the progress made in reducing waiting times is not "
            "compromised.",
            "Des mesures supplémentaires sont nécessaires pour éviter de compromettre les progrès accomplis dans la "
            "réduction des délais d'attente.",
        ),
        (
            "Rules should be laid down to ensure that the rights of passengers are not compromised by the practices "
            "of carriers.",
            "Il convient d'établir des règles visant à empêcher que les pratiques des transporteurs compromettent les "
            "droits des passagers.",
        ),
    ],
    ids=["éviter de compromettre", "empêcher que … compromettent"],
)
def test_not_compromised_against_a_verb_of_avoiding_is_faithful(en: str, fr: str) -> None:
    assert negations(en, fr) == []
