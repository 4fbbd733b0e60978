"""obligation_mismatch, force: « qu' » elided onto the impersonal « il » of « il est possible de » opens a relative or
completive clause as « que » does before any other subject (« les mesures qu'il est possible de prendre », "the steps
that can be taken"; « indique qu'il est possible de récupérer », "states that … can be recovered"). The possibility is
then the one the clause describes, like « que l'on peut prendre »: it grants nothing, and it changes no force against a
duty of the English main clause. In a French main clause, or against an English modal of a subordinate clause, the
impersonal permission still faces an English "shall"."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # a relative clause: the steps that can be taken
            "The operator shall send the authority a list of the possible steps to reduce the delays.",
            "L'opérateur envoie à l'autorité la liste des mesures qu'il est possible de prendre pour réduire les "
            "retards.",
        ),
        (
            # a completive clause after a verb of saying
            "The inspection report shall state that the lost records can be recovered from a backup copy.",
            "Le rapport d'inspection indique qu'il est possible de récupérer les registres perdus à partir d'une copie "
            "de sauvegarde.",
        ),
    ],
)
def test_an_impersonal_possibility_after_qu_describes(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # the impersonal permission of the French main clause
            "The operator shall send the list to the authority.",
            "Il est possible d'envoyer la liste à l'autorité.",
        ),
        (
            # an English duty of a relative clause against the French relative possibility
            "The operator shall send the authority a list of the measures which the operator shall take to reduce "
            "the delays.",
            "L'opérateur envoie à l'autorité la liste des mesures qu'il est possible de prendre pour réduire les "
            "retards.",
        ),
    ],
)
def test_an_impersonal_possibility_still_faces_a_duty(en: str, fr: str) -> None:
    assert [f.key for f in force(en, fr)] == ["obligation_mismatch:force:shall|il est possible"]
