"""A negation said by a noun at the head of its phrase answers the other side's negation of the verb (issue 15).

French turns a negated clause into a noun of negation at the head of its phrase (« en cas de non-paiement de la
taxe », « les causes de non-validité des engagements », « l'inobservation des formalités ») where English negates
the verb at the end of the clause ("where the fee … has not been paid", "the grounds on which obligations … are not
valid", "that the formalities were not complied with"): the two stand far apart, however faithful. The noun answers
a negation left unanswered anywhere in its sentence, and one only.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_NOUN = [
    (
        "Where the fee referred to in the first paragraph of Article 12 of the basic Regulation has not been paid, "
        "the Office shall invite the applicant to pay it.",
        "En cas de non-paiement de la taxe visée à l'article 12, premier alinéa, du règlement de base, l'Office "
        "invite le demandeur à l'acquitter.",
    ),
    (
        "Those provisions should restrict the grounds on which obligations entered into in the name of the "
        "company are not valid.",
        "Ces dispositions devraient limiter les causes de non-validité des engagements pris au nom de la société.",
    ),
    (
        "(b) that the rules of preventive control or the requisite legal formalities of the Member State were "
        "not complied with;",
        "b) l'inobservation, soit des formalités de contrôle préventif, soit des formalités requises par l'État "
        "membre;",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _NOUN, ids=["non-paiement", "non-validité", "inobservation"])
def test_a_noun_of_negation_answers_the_negated_verb(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_noun_of_negation_answers_one_negation_only() -> None:
    en = (
        "Where the fee referred to in the first paragraph of Article 12 of the basic Regulation has not been paid, "
        "the Office shall not examine the application."
    )
    fr = (
        "En cas de non-paiement de la taxe visée à l'article 12, premier alinéa, du règlement de base, l'Office "
        "n'examine pas la demande."
    )
    assert negations(en, fr) == []
    assert negations(en, fr.replace("n'examine pas", "examine")) != []


def test_a_noun_of_negation_rendering_one_of_the_other_side_answers_no_negation() -> None:
    # « non-respect » renders "non-compliance": a "not" added to the English verb has no answer
    en = (
        "Where, within 30 days in the case of non-compliance with the prohibition referred to in Article 5, "
        "objections are raised by the authority of a Member State against a measure taken by another authority, "
        "or where the Commission considers the measure to be contrary to Union law, the Commission shall without "
        "delay enter into consultation with the authority concerned and shall evaluate the measure."
    )
    fr = (
        "Lorsque, dans un délai de 30 jours en cas de non-respect de l'interdiction visée à l'article 5, "
        "l'autorité d'un État membre soulève des objections à l'encontre d'une mesure prise par une autre "
        "autorité, ou que la Commission estime que cette mesure est contraire au droit de l'Union, la Commission "
        "entame sans retard des consultations avec l'autorité concernée et procède à l'évaluation de la mesure."
    )
    assert negations(en, fr) == []
    assert negations(en.replace("shall without delay", "shall not without delay"), fr) != []
