"""obligation_mismatch, force: "may" followed by a phrase of discretion between commas ("may, as appropriate,", "may,
if it thinks fit,", "may, where relevant,") leaves the act to the judgment of its subject, which French says by the
same phrase and a plain present (« Le cas échéant, le conseil publie », « S'il le juge utile, le conseil invite »).
The engine already read "may, where appropriate" and "may, if necessary" so; this is the class.  A French duty
(« doit publier ») still changes the force, also after a phrase of need other than "if necessary" (whose "necessary"
would answer « doit » as a soft duty)."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

_FR_PLAIN = {
    "as appropriate": "Le cas échéant, le conseil publie des orientations sur le stockage des semences.",
    "if it thinks fit": "S'il le juge utile, le conseil publie des orientations sur le stockage des semences.",
    "where relevant": "Le cas échéant, le conseil publie des orientations sur le stockage des semences.",
    "if it considers it appropriate": (
        "S'il l'estime approprié, le conseil publie des orientations sur le stockage des semences."
    ),
}
_EN = "The Board may, {phrase}, publish guidance on the storage of seeds."


@pytest.mark.parametrize("phrase", sorted(_FR_PLAIN))
def test_may_with_discretion_phrase_answers_plain_present(phrase: str) -> None:
    assert blocking_keys(_EN.format(phrase=phrase), _FR_PLAIN[phrase], "obligation_mismatch:force") == []


@pytest.mark.parametrize("phrase", sorted(_FR_PLAIN))
def test_may_with_discretion_phrase_still_faces_doit(phrase: str) -> None:
    fr = _FR_PLAIN[phrase].replace("le conseil publie", "le conseil doit publier")
    assert blocking_keys(_EN.format(phrase=phrase), fr, "obligation_mismatch:force") != []


def test_shall_with_discretion_phrase_still_faces_peut() -> None:
    en = _EN.format(phrase="as appropriate").replace("may", "shall")
    fr = _FR_PLAIN["as appropriate"].replace("le conseil publie", "le conseil peut publier")
    assert blocking_keys(en, fr, "obligation_mismatch:force") != []


def test_may_where_necessary_still_faces_fronted_doit() -> None:
    en = _EN.format(phrase="where necessary")
    fr = "Si nécessaire, le conseil doit publier des orientations sur le stockage des semences."
    assert blocking_keys(en, fr, "obligation_mismatch:force") != []
