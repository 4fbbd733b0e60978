"""obligation_mismatch, force: "X shall be responsible for taking decisions on …" assigns a competence to a body, which
French says « X est compétent pour prendre … » or « X est habilité à prendre … »: the same allocation of a power, no
change of force, though « est habilité à » is read as a permission against the English "shall".  A bare « peut »
against the English duty still differs."""

from __future__ import annotations

from tests.domain.divergence_keys import obligations

# Written for this test.
_EN = "2.   The Registry Unit shall be responsible for taking decisions on requests to correct entries in the list."
_FR = (
    "2.   L'unité du registre est habilitée à prendre les décisions relatives aux demandes de rectification des "
    "inscriptions sur la liste."
)


def test_responsible_for_deciding_is_the_competence_habilite_a_says() -> None:
    assert obligations(_EN, _FR) == []


def test_competent_pour_says_it_too() -> None:
    assert obligations(_EN, _FR.replace("est habilitée à prendre", "est compétente pour prendre")) == []


def test_a_bare_peut_against_the_duty_still_differs() -> None:
    assert "obligation_mismatch:force:shall|peut" in obligations(_EN, _FR.replace("est habilitée à", "peut"))
