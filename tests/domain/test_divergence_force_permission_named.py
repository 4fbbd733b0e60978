"""obligation_mismatch, force: a noun of permission named as a thing (« sollicite l'autorisation préalable », « les
conditions d'autorisation », « font usage de la faculté », « son droit à demander », « le droit a pris naissance »), an
adjective « compétent pour » that qualifies a noun (« l'autorité compétente pour contrôler »), and « s'il y a lieu de »
with an infinitive (an indirect question, "whether to") grant the subject of the main clause nothing: none answers an
English "may" that grants.  A verb of having or of granting (« a la faculté de », « dispose d'une autorisation »), the
predicate « sont compétentes pour » and the qualifier « s'il y a lieu, » still answer it."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "4.   Where the vessel changes its flag, the owner may request the prior consent of the port authority for "
            "the transfer of the certificate.",
            "4.   Lorsque le navire change de pavillon, le propriétaire sollicite l'autorisation préalable de "
            "l'autorité portuaire pour le transfert du certificat.",
        ),
        (
            "Each authority may publish the licensing conditions on its website.",
            "Chaque autorité publie les conditions d'autorisation sur son site internet.",
        ),
        (
            "The importer may use the derogation in Article 12 to keep the records for five years.",
            "L'importateur fait usage de la faculté prévue à l'article 12 pour conserver les registres pendant cinq "
            "ans.",
        ),
        (
            "Depositors may be informed in writing of how to obtain a copy of the contract.",
            "Les déposants sont informés par écrit de leur droit à obtenir une copie du contrat.",
        ),
        (
            "2.   The sampling may be carried out by the body responsible for monitoring water quality in that region.",
            "2.   L'échantillonnage est effectué par l'organisme compétent pour contrôler la qualité de l'eau dans "
            "cette région.",
        ),
        (
            "Within three months, the Board may examine whether to revise the list of approved laboratories.",
            "Dans un délai de trois mois, le conseil examine s'il y a lieu de réviser la liste des laboratoires "
            "agréés.",
        ),
    ],
)
def test_a_granted_may_against_a_permission_named_as_a_thing_fires(en: str, fr: str) -> None:
    assert force(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Where the importer uses the option referred to in Article 12, it may keep the records for five years.",
            "Lorsque l'importateur fait usage de l'option prévue à l'article 12, il a la faculté de conserver les "
            "registres pendant cinq ans.",
        ),
        (
            "2.   The regional bodies may monitor water quality in that region.",
            "2.   Les organismes régionaux sont compétents pour contrôler la qualité de l'eau dans cette région.",
        ),
        (
            "Within three months, the Board may, where appropriate, revise the list of approved laboratories.",
            "Dans un délai de trois mois, le conseil révise, s'il y a lieu, la liste des laboratoires agréés.",
        ),
        (
            "Within three months, the Board shall examine whether to revise the list of approved laboratories.",
            "Dans un délai de trois mois, le conseil examine s'il y a lieu de réviser la liste des laboratoires "
            "agréés.",
        ),
    ],
)
def test_a_permission_had_or_predicated_still_answers_may(en: str, fr: str) -> None:
    assert force(en, fr) == []
