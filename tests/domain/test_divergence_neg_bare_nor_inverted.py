"""An English "nor shall …" with no negation before it in its sentence answers only the French negation of its own
clause (issue 15).

A "nor" followed by an inverted auxiliary ("…, nor shall they prevent …") negates its own clause and carries on a
negation said before it in its sentence ("shall not create …, nor shall they prevent" / « ne créent pas … et
n'empêchent pas », « ne peut pas être …, ni entretenir »).  With the first "not" dropped ("shall create …, nor shall
they prevent"), the "nor" was read as a negation of its own, took the French negation of the clause before it and hid
the drop.  It answers a « ni », a « … non plus », or a negation or negative word at its own place, never the French
negation of another clause.  A "Nor" that opens its sentence carries on the sentence before and is the only negation of
its own: it is left as it was.  (Example texts written for these tests.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

_CASES = [
    (
        "The cooperation agreements shall not grant any new powers to the Office, nor shall they restrict the right "
        "of each Party to conclude agreements of its own with other bodies.",
        "Les accords de coopération ne confèrent aucune nouvelle compétence à l'Office et n'empêchent pas chaque partie "
        "de conclure ses propres accords avec d'autres organismes.",
        ("en", "shall not grant", "shall grant"),
    ),
    (
        "The auditor shall not be a shareholder or a creditor of the fund nor shall the auditor hold any mandate "
        "that could weaken its independence.",
        "L'auditeur ne peut pas être actionnaire ou créancier du fonds, ni détenir un mandat susceptible d'affaiblir "
        "son indépendance.",
        ("en", "shall not be", "shall be"),
    ),
    (
        "The reduced rate shall not apply to deliveries made before 2030, nor shall it apply to islands with fewer "
        "than 500 inhabitants.",
        "Le taux réduit ne s'applique pas aux livraisons effectuées avant 2030, ni aux îles de moins de 500 habitants.",
        ("en", "shall not apply", "shall apply"),
    ),
]
_IDS = ["n'empêchent pas", "ni + infinitive", "ni + item"]


@pytest.mark.parametrize(("en", "fr", "change"), _CASES, ids=_IDS)
def test_a_negation_carried_on_by_nor_shall_is_faithful(
    en: str, fr: str, change: tuple[str, str, str]
) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "change"), _CASES, ids=_IDS)
def test_the_negation_dropped_before_nor_shall_is_caught(
    en: str, fr: str, change: tuple[str, str, str]
) -> None:
    assert negations(*changed(en, fr, change))


def test_a_nor_opening_its_sentence_carries_on_the_sentence_before() -> None:
    en = (
        "This Regulation does not cover the sale of vehicles. Nor does it cover or alter the rules on their repair, "
        "which remain a matter for national law."
    )
    fr = (
        "Le présent règlement ne couvre pas la vente de véhicules. Il ne couvre ni ne modifie les règles relatives à "
        "leur réparation, qui relèvent du droit national."
    )
    assert negations(en, fr) == []


def test_a_nor_with_nothing_at_its_place_answers_no_french_negation_far_off() -> None:
    # « s'abstient » says the refraining once, for both verbs: with "shall not sell" made "shall sell", the bare "nor"
    # took it and hid the drop.
    en = (
        "The accreditation body shall not sell any service offered by the auditors it accredits, nor shall it give "
        "paid advice to those auditors on the conduct of their audits."
    )
    fr = (
        "L'organisme d'accréditation s'abstient de vendre les services proposés par les auditeurs qu'il accrédite "
        "ainsi que de donner des conseils rémunérés à ces auditeurs sur la conduite de leurs audits."
    )
    assert negations(en, fr) == []
    assert negations(en.replace("shall not sell", "shall sell"), fr)
