"""obligation_mismatch, force: an English adjective of passive possibility ("in a repeatable manner", "are objectively
measurable") says what French says by a modal and a passive (« suivant des méthodes qui peuvent être répétées », « qui
peut être objectivement mesuré »).  At the very place of a French « doit » with a passive, it is the possibility that
« doit » changed into a duty ("can be repeated" against « doivent être répétées »), whatever French possibility said
elsewhere in the sentence it was read with; a French « peut » there answers it.  Not an adjective that an English duty
governs ("shall be exercisable" / « doit être exercé »: both state the duty), nor an attributive one that names a class
("transferable securities")."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_EN_MANNER = (
    "(5) Member States should ensure that the noise levels of the machines are measured in a repeatable and "
    "transparent manner. The results should be made public."
)
_FR_MANNER = (
    "(5) Il convient que les États membres veillent à ce que les niveaux sonores des machines soient mesurés suivant "
    "des méthodes qui {modal} être répétées et vérifiées. Il convient que les résultats soient rendus publics."
)
_EN_MEASURABLE = (
    "The Authority shall draw up criteria to establish which hedging contracts are objectively measurable as "
    "lowering the risks of the undertaking, the conditions under which the collateral could be accepted and the "
    "methods by which the exposures can be netted."
)
_FR_MEASURABLE = (
    "L'Autorité élabore les critères permettant d'établir quels contrats de couverture ont un effet de réduction des "
    "risques de l'entreprise qui {modal} être objectivement mesuré, les conditions auxquelles les garanties pourraient "
    "être acceptées et les méthodes selon lesquelles les expositions peuvent être compensées."
)


@pytest.mark.parametrize(("en", "fr"), [(_EN_MANNER, _FR_MANNER), (_EN_MEASURABLE, _FR_MEASURABLE)])
def test_adjective_of_possibility_answers_peut(en: str, fr: str) -> None:
    assert force(en, fr.format(modal="peuvent" if "méthodes qui" in fr else "peut")) == []


def test_adjective_of_possibility_faces_doivent_at_its_place() -> None:
    keys = [f.key for f in force(_EN_MANNER, _FR_MANNER.format(modal="doivent"))]
    assert keys == ["obligation_mismatch:force:repeatable|doivent"]


def test_predicate_adjective_faces_doit_though_read_with_another_possibility() -> None:
    keys = [f.key for f in force(_EN_MEASURABLE, _FR_MEASURABLE.format(modal="doit"))]
    assert keys == ["obligation_mismatch:force:are objectively measurable|doit"]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "2.   The option shall be exercisable within one month of the notification of the decision.",
            "2.   L'option doit être exercée dans un délai d'un mois à compter de la notification de la décision.",
        ),
        (
            "3.   Transferable securities held by the fund shall be valued at their market price on each dealing day.",
            "3.   Les valeurs mobilières détenues par le fonds doivent être évaluées à leur prix de marché chaque jour "
            "de négociation.",
        ),
    ],
)
def test_duty_governed_or_attributive_adjective_stays_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_last_of_coordinated_predicate_adjectives_answers_peuvent() -> None:
    """The series "shall be machine readable, sortable and searchable" / « sont lisibles par machine, triées et peuvent
    faire l'objet d'une recherche »: the copula governs the whole series, whose last adjective « peuvent » renders."""
    assert (
        force(
            "The register shall be published online. The entries shall be machine readable, sortable and searchable, "
            "and shall follow open standards.",
            "Le registre est publié en ligne. Les inscriptions sont lisibles par machine, triées et peuvent faire "
            "l'objet d'une recherche, et elles respectent des normes ouvertes.",
        )
        == []
    )


def test_series_predicate_answers_peuvent_with_a_later_duty_in_the_sentence() -> None:
    assert (
        force(
            "Member States shall publish the data using easily reachable services. The data shall be machine readable, "
            "sortable and searchable, and shall respect open standards for use by third parties, which national "
            "authorities shall monitor.",
            "Les États membres publient les données au moyen de services facilement joignables. Les données sont "
            "lisibles par machine, triées et peuvent faire l'objet d'une recherche, et elles respectent des normes "
            "ouvertes en vue d'une utilisation par des tiers, que les autorités nationales contrôlent.",
        )
        == []
    )
