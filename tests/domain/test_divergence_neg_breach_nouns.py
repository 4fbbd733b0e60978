"""An English noun of breach whose French is a noun of its own, not « violation » (issue 15, wide corpus).

English says the breach of a limit and the infringement of an intellectual property right by "breach" and
"infringement"; French says the first by « dépassement » (« le dépassement des seuils », « ces dépassements ») and the
second by « contrefaçon » (« une action en contrefaçon », « la procédure en contrefaçon »), words of their own that
are no « violation ».  Read as no negative word, they left the English "breach" or "infringement" free to answer a
French « ne … pas » of another verb of the sentence, so that a negation dropped in English, or added in French, went
unreported.  They are words of breach as « violation » is, and the English noun they render is theirs.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_PAIRS = [
    (
        "The court hearing an action for infringement shall not stay the proceedings where the earlier mark has "
        "been registered.",
        "La juridiction saisie d'une action en contrefaçon ne suspend pas la procédure lorsque la marque antérieure a "
        "été enregistrée.",
        "shall not stay",
        "shall stay",
    ),
    (
        "The proprietor of the later mark shall not be entitled to oppose the use of the earlier mark in "
        "infringement proceedings.",
        "Le titulaire de la marque postérieure ne peut pas s'opposer à l'usage de la marque antérieure dans une "
        "procédure en contrefaçon.",
        "shall not be entitled",
        "shall be entitled",
    ),
    (
        "The institution shall report the breaches of its trading limits and shall not increase its positions "
        "during the review.",
        "L'établissement déclare les dépassements de ses limites de négociation et n'augmente pas ses positions "
        "pendant l'examen.",
        "shall not increase",
        "shall increase",
    ),
    (
        "Events leading to a breach of the thresholds shall be recorded, and the model shall not be used until "
        "they are reviewed.",
        "Les événements entraînant un dépassement des seuils sont consignés, et le modèle n'est pas utilisé avant "
        "leur examen.",
        "shall not be used",
        "shall be used",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "negated", "bare"), _PAIRS, ids=["action", "proceedings", "limits", "thresholds"]
)
def test_a_noun_of_breach_answers_its_french_noun_not_a_negation(
    en: str, fr: str, negated: str, bare: str
) -> None:
    assert negations(en, fr) == []
    assert negations(en.replace(negated, bare), fr) != []


def test_a_breach_said_by_a_french_negation_is_still_answered() -> None:
    en = "Where the operator is in breach of its obligations, the authority shall impose a fine."
    fr = "Lorsque l'exploitant ne respecte pas ses obligations, l'autorité inflige une amende."
    assert negations(en, fr) == []


def test_an_infringement_said_on_both_sides_needs_no_negation() -> None:
    en = "The court shall declare that the goods are infringing and order the infringement to cease."
    fr = "La juridiction déclare que les produits sont contrefaisants et ordonne la cessation de la contrefaçon."
    assert negations(en, fr) == []
    en = "Where the thresholds are exceeded, the institution shall notify the breach without delay."
    fr = "En cas de dépassement des seuils, l'établissement notifie sans délai ce dépassement."
    assert negations(en, fr) == []
