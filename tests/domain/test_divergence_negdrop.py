"""Dropped negations that another negative word of the sentence hid (issue 15, injected "negation dropped").

« ne … pas d'autres X que Y », « à aucune autre fin que »: French says "no … other than" with the « que » a few
words after « autres »; it is the rendering of the English "other than", which it answers, so that neither answers
the negation of the other side.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_OTHER_THAN = [
    (
        "Member States shall not impose on the undertakings concerned any requirements other than those laid down in "
        "this Regulation.",
        "Les États membres n'imposent pas aux entreprises concernées d'autres exigences que celles prévues par le "
        "présent règlement.",
        ("shall not impose", "shall impose"),
        ("n'imposent pas", "imposent"),
    ),
    (
        "The registration of the mark in the register shall not have any legal effects other than those provided for "
        "in national law.",
        "L'inscription de la marque au registre n'a pas d'autres effets juridiques que ceux prévus par le droit "
        "national.",
        ("shall not have", "shall have"),
        ("n'a pas", "a"),
    ),
    (
        "Competent authorities shall not request the applicant to provide any documents other than those listed in "
        "Annex II.",
        "Les autorités compétentes ne demandent pas au demandeur de fournir d'autres documents que ceux énumérés à "
        "l'annexe II.",
        ("shall not request", "shall request"),
        ("ne demandent pas", "demandent"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "en_drop", "fr_drop"), _OTHER_THAN, ids=["requirements", "legal effects", "documents"]
)
def test_other_than_answers_autres_que_not_the_negation(
    en: str, fr: str, en_drop: tuple[str, str], fr_drop: tuple[str, str]
) -> None:
    assert negations(en, fr) == []
    assert en_drop[0] in en and fr_drop[0] in fr
    assert negations(en.replace(*en_drop), fr) != []
    assert negations(en, fr.replace(*fr_drop)) != []


def test_autres_activites_que_is_no_condition_of_the_negation() -> None:
    # « n'est pas tenu … pour d'autres activités que »: an exception of a thing, not the "unless" of a condition that
    # a duty of the other side would say as one ("shall be required"): the French negation still needs its answer.
    en = (
        "The applicant shall not be required to provide the information listed in points (c) to (f) of Annex I where "
        "it is already supervised by the same competent authority for other activities than the provision of "
        "benchmarks."
    )
    fr = (
        "Le demandeur n'est pas tenu de fournir les informations énumérées aux points c) à f) de l'annexe I s'il est "
        "déjà soumis à la surveillance de la même autorité compétente pour d'autres activités que la fourniture "
        "d'indices de référence."
    )
    assert negations(en, fr) == []
    assert negations(en.replace("shall not be required", "shall be required"), fr) != []
