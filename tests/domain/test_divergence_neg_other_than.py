"""An English "other than" answers no French negation of another verb (issue 15).

"carried on a vessel other than the one on which they were loaded" / « transportées par un autre navire que celui sur
lequel elles ont été chargées », "branches in countries other than that of its supervisor" / « des succursales en dehors
du pays de son autorité »: "other than" compares two things and names one by the other; French says it by its own
comparison (« un autre navire que ») or by a word of being outside a thing (« en dehors de »), at its place.  The two
render each other and deny no clause: with a « ne … pas » added to another French verb, or the French or English
negation of another verb dropped, the "other than" must not answer the negation left on one side.  An "other than" with
no French comparison or word of being outside at its place still renders a French negation ("registers other than those
kept by the authority" / « les registres qui ne sont pas tenus par l'autorité »).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French, a change of one side that puts a negation on one side only: (side, old, new))
_CHANGED = [
    (
        "The goods shall be carried on a vessel other than the one on which they were loaded.",
        "Les marchandises sont transportées par un autre navire que celui sur lequel elles ont été chargées.",
        ("fr", "elles ont été chargées", "elles n'ont pas été chargées"),
    ),
    (
        "The provider may offer its services in a Member State other than its home Member State from the date of the "
        "notice.",
        "Le prestataire peut offrir ses services dans un autre État membre que son État membre d'origine à compter de "
        "la date de l'avis.",
        ("fr", "Le prestataire peut offrir", "Le prestataire ne peut pas offrir"),
    ),
    (
        "Yearly reporting shall be permitted where the firm does not belong to a group with branches in countries "
        "other than that of its supervisor.",
        "La déclaration annuelle est autorisée lorsque l'entreprise n'appartient pas à un groupe ayant des succursales "
        "en dehors du pays de son autorité de surveillance.",
        ("fr", "n'appartient pas", "appartient"),
    ),
    (
        "Yearly reporting shall be permitted where the firm does not belong to a group with branches in countries "
        "other than that of its supervisor.",
        "La déclaration annuelle est autorisée lorsque l'entreprise n'appartient pas à un groupe ayant des succursales "
        "en dehors du pays de son autorité de surveillance.",
        ("en", "does not belong", "belongs"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "change"),
    _CHANGED,
    ids=["added after other", "added before other", "dropped fr", "dropped en"],
)
def test_other_than_answers_no_negation_of_another_verb(
    en: str, fr: str, change: tuple[str, str, str]
) -> None:
    assert negations(en, fr) == []
    assert negations(*changed(en, fr, change)) != []


def test_other_than_still_renders_a_french_negation() -> None:
    en = "The authority shall publish the list of the registers other than those kept by the Commission."
    fr = "L'autorité publie la liste des registres qui ne sont pas tenus par la Commission."
    assert negations(en, fr) == []


# "beyond" before what it compares: "any information beyond what is necessary" / « des informations autres que celles
# qui sont nécessaires », "any fees or charges going beyond the administrative charges" / « aucune redevance ou taxe
# autre que les taxes administratives ».
_BEYOND_EN = (
    "5.   Data holders and data recipients shall not be required to provide any information beyond what is necessary "
    "to verify compliance with the contractual terms agreed for making data available or with their obligations under "
    "this Regulation or other applicable Union law or national legislation adopted in accordance with Union law."
)
_BEYOND_FR = (
    "5.   Les détenteurs de données et les destinataires de données ne sont pas tenus de fournir des informations "
    "autres que celles qui sont nécessaires pour vérifier le respect des clauses contractuelles convenues pour la mise "
    "à disposition des données ou des obligations qui leur incombent au titre du présent règlement ou d'autres "
    "dispositions applicables du droit de l'Union ou de la législation nationale adoptée conformément au droit de "
    "l'Union."
)
_GOING_BEYOND_EN = (
    "5.   Without prejudice to any commercial agreements, the deployment of small-area wireless access points shall not "
    "be subject to any fees or charges going beyond the administrative charges in accordance with Article 16."
)
_GOING_BEYOND_FR = (
    "5.   Sans préjudice de tout accord commercial, le déploiement des points d’accès sans fil à portée limitée n’est "
    "soumis à aucune redevance ou taxe autre que les taxes administratives conformément à l’article 16."
)


@pytest.mark.parametrize(
    ("en", "fr", "change"),
    [
        (_BEYOND_EN, _BEYOND_FR, ("en", "shall not be required", "shall be required")),
        (_BEYOND_EN, _BEYOND_FR, ("fr", "ne sont pas tenus", "sont tenus")),
        (_GOING_BEYOND_EN, _GOING_BEYOND_FR, ("en", "shall not be subject", "shall be subject")),
    ],
    ids=["beyond what, dropped en", "beyond what, dropped fr", "going beyond, dropped en"],
)
def test_beyond_compared_answers_no_negation(en: str, fr: str, change: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(*changed(en, fr, change)) != []


def test_beyond_its_control_still_renders_a_french_negation() -> None:
    en = (
        "7.   In circumstances where the transmission system operator, other than for overriding reasons beyond its "
        "control, does not execute an investment, which, under the ten-year network development plan, was to be "
        "executed in the following three years, Member States shall ensure that the regulatory authority is required "
        "to take at least one of the following measures."
    )
    fr = (
        "7.   Dans les cas où le gestionnaire de réseau de transport, pour des motifs autres que des raisons impérieuses "
        "qu’il ne contrôle pas, ne réalise pas un investissement qui, en vertu du plan décennal de développement du "
        "réseau, aurait dû être réalisé dans un délai de trois ans, les États membres font en sorte que l’autorité de "
        "régulation soit tenue de prendre au moins une des mesures ci-après."
    )
    assert negations(en, fr) == []
