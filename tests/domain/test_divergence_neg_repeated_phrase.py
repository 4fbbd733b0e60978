"""A negated phrase that English repeats word for word and French says once (issue 15, wide corpus).

English legal drafting repeats a negated phrase in full wherever it recurs in a sentence ("Member States with no
central registry … the Member State with no central registry", "that are not subject to the obligations of Directive X
and that are not subject to the obligations of Regulation Y"); French drafting avoids the repetition: it refers back to
the phrase (« l'État membre concerné ») or carries its negation on (« non soumises aux obligations … ni aux
obligations »).  The repeated English negation is answered by the French negation of the first; a French negation
dropped where French repeats the phrase too is still reported, and so is an English negation of another phrase.
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations

_REGISTRY_EN = (
    "For Member States with no central registry, the fee shall be paid by the coordinator into the transit account "
    "opened for the Member State with no central registry."
)
_REGISTRY_FR = (
    "Pour les États membres sans registre central, la redevance est versée par le coordinateur sur le compte de "
    "transit ouvert pour l'État membre concerné."
)
_SUBJECT_EN = (
    "2.   Firms may publish the figures for clients that are not subject to the reporting obligations laid down in "
    "Directive 2011/61/EU and that are not subject to the reporting obligations laid down in Regulation (EU) "
    "No 600/2014."
)
_SUBJECT_FR = (
    "2.   Les entreprises peuvent publier les chiffres relatifs aux clients non soumis aux obligations de "
    "déclaration prévues par la directive 2011/61/UE ni aux obligations de déclaration prévues par le règlement "
    "(UE) no 600/2014."
)


def test_a_repeated_phrase_said_once_by_reference_is_silent() -> None:
    assert negations(_REGISTRY_EN, _REGISTRY_FR) == []


def test_a_repeated_relative_carried_on_by_ni_is_silent() -> None:
    assert negations(_SUBJECT_EN, _SUBJECT_FR) == []


def test_a_french_negation_dropped_where_french_repeats_the_phrase_is_flagged() -> None:
    fr = (
        "Pour les États membres sans registre central, la redevance est versée par le coordinateur sur le compte de "
        "transit ouvert pour l'État membre avec registre central."
    )
    assert negations(_REGISTRY_EN, fr)


def test_a_negation_of_another_phrase_is_flagged() -> None:
    en = (
        "For Member States with no central registry, the fee shall be paid by the coordinator into the transit "
        "account opened for the Member State with no transit account."
    )
    assert negations(en, _REGISTRY_FR)
