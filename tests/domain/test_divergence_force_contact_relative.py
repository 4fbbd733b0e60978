"""obligation_mismatch, force: English may leave out the pronoun of a relative clause whose object is the noun before
it ("the data they may hold", "any objections he may raise"); French never does (« les données qu'elles sont
susceptibles de détenir », « les objections qu'il pourrait soulever »).  The modal right after the noun and the subject
pronoun is then the verb of a relative clause, as it is after "which": a "shall" there against a French mere
possibility (« pourrait », « susceptible de », « a pu ») at its place is a change of force."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The operator shall keep a record of any objections they shall raise against the decision.",
            "L'opérateur tient un registre de toutes les objections qu'ils pourraient soulever contre la décision.",
        ),
        (
            "Supervisors should be able to share the data they shall hold on the undertakings concerned, without "
            "delay.",
            "Les autorités de surveillance devraient pouvoir partager sans tarder les données qu'elles sont "
            "susceptibles de détenir sur les entreprises concernées.",
        ),
        (
            "The agent should follow the instructions he shall have received from the principal.",
            "L'agent devrait suivre les instructions qu'il a pu recevoir du mandant.",
        ),
    ],
)
def test_a_shall_of_a_relative_clause_without_pronoun_faces_a_possibility(en: str, fr: str) -> None:
    assert force(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The operator shall keep a record of any objections they may raise against the decision.",
            "L'opérateur tient un registre de toutes les objections qu'ils pourraient soulever contre la décision.",
        ),
        (
            "Supervisors should be able to share the data they may hold on the undertakings concerned, without "
            "delay.",
            "Les autorités de surveillance devraient pouvoir partager sans tarder les données qu'elles sont "
            "susceptibles de détenir sur les entreprises concernées.",
        ),
        (
            "The operator shall keep a record of any objections they shall raise against the decision.",
            "L'opérateur tient un registre de toutes les objections qu'ils doivent soulever contre la décision.",
        ),
        # (a main clause after a complement that no comma closes, "at a plant they shall notify": French says no
        # relative clause there, and its possibility is another clause's, « est raisonnablement susceptible »)
        (
            "If the authorities consider that a shortage has occurred, or is reasonably likely to occur, at a plant "
            "they shall notify the operator without delay.",
            "Si les autorités estiment qu'une pénurie est survenue ou est raisonnablement susceptible de survenir dans "
            "une installation, elles en informent sans tarder l'exploitant.",
        ),
    ],
)
def test_the_same_force_said_in_both_is_no_change(en: str, fr: str) -> None:
    assert not [f for f in force(en, fr) if f.severity.name != "INFO"]
