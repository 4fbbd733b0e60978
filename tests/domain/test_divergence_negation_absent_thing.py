"""A negation of having, using or being subject to a thing, said on the other side by a word of absence or exemption
before that same thing: "they shall not use decimals" / « ils expriment … sans décimale », "shall not be subject to the
condition" / « sont dispensées de cette condition » (issue 15: wide corpus of EU acts, readable pairs
32024r3117-a23-06, 32026r1757-a6-06, 32009r0207-a93-08).

Word order puts the negation and the word of absence apart (French puts « sans décimale » after the object of its own
verb, « sont dispensées » before its subject), beyond the window in which a negative word answers a negation; the
thing both bear on (« décimale », « condition ») says they render each other.
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations

EN_USE = (
    "(iii) they shall not use decimals when reporting data points with the data type ‘Integer’ and shall use a "
    "precision equivalent to units;"
)
FR_USE = (
    "iii) ils expriment les points de données ayant comme type de données «Nombre entier» sans décimale, avec une "
    "précision fixée à l’unité;"
)
EN_SUBJECT = (
    "However, persons whose professional qualification to represent natural or legal persons in trade mark matters "
    "before the central industrial property office of one of the Member States is officially recognised in accordance "
    "with the regulations laid down by such State shall not be subject to the condition of having exercised the "
    "profession."
)
FR_SUBJECT = (
    "Toutefois, sont dispensées de cette condition relative à l'exercice de la profession, les personnes dont la "
    "qualification professionnelle pour assurer, en matière de marques, la représentation des personnes physiques ou "
    "morales devant le service central de la propriété industrielle de l'un des États membres, est reconnue "
    "officiellement conformément à la réglementation établie par cet État."
)


def test_a_negated_use_said_by_sans_before_the_same_thing_is_silent() -> None:
    assert negations(EN_USE, FR_USE) == []


def test_a_negation_of_being_subject_said_by_an_exemption_from_the_same_thing_is_silent() -> None:
    assert negations(EN_SUBJECT, FR_SUBJECT) == []


def test_a_sans_before_another_thing_answers_no_negation_far_from_it() -> None:
    fr = FR_USE.replace("sans décimale", "sans arrondi")
    assert negations(EN_USE, fr) == ["obligation_mismatch:negation:shall not"]


def test_an_exemption_from_another_thing_answers_no_negation_far_from_it() -> None:
    fr = FR_SUBJECT.replace(
        "sont dispensées de cette condition relative", "sont dispensées de l'obligation relative"
    )
    assert negations(EN_SUBJECT, fr) == ["obligation_mismatch:negation:shall not"]


def test_a_french_negation_dropped_beside_a_word_of_absence_of_the_same_thing_is_flagged() -> None:
    en = "Member States shall not require the use of decimals when data points are reported without rounding."
    fr = (
        "Les États membres n'exigent pas l'utilisation de décimales lorsque les points de données sont déclarés sans "
        "arrondi."
    )
    assert negations(en, fr) == []
    assert negations(en, fr.replace("n'exigent pas", "exigent")) == ["obligation_mismatch:negation:shall not"]
