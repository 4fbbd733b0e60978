"""« doit offrir la possibilité », « doit recevoir une autorisation »: a duty about a thing named, not « doit pouvoir »
(issue 15: wide corpus of EU acts, 32018l1972, 32025r0327, 32009l0111, 32023l2225, 32023l2673).

An obligation that governs a possibility (« doit pouvoir », « doit être autorisé », « doit avoir la possibilité de »,
"must be able to") answers a "may" of the other language, and the check read any « possibilité » or « autorisation »
within a few words of « doit » as that possibility.  The noun does not say it when it is the object of another verb:
« le vendeur doit donner à l'acheteur la possibilité de » obliges the seller to give the buyer a possibility, and « le
demandeur doit recevoir une autorisation » obliges the applicant to hold a permit; what the subject itself may do is
the modal's to say, so "the seller may give the buyer the possibility" made « doit » passed silent.  The noun still
says it after a verb of having (« doit avoir la possibilité de », « doit disposer d'une autorisation »), as "shall
have the possibility to" does, like the noun « pouvoir » (test_divergence_force_pouvoir_noun).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import obligations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Where the buyer has ordered several goods, the seller can provide him with the possibility to return "
            "part of them rather than all of them.",
            "Lorsque l'acheteur a commandé plusieurs marchandises, le vendeur doit lui donner la possibilité d'en "
            "retourner une partie plutôt que leur totalité.",
        ),
        (
            "It is possible for Member States to offer tenants the possibility to bring a complaint before an "
            "independent body.",
            "Les États membres doivent offrir aux locataires la possibilité de saisir un organe indépendant.",
        ),
        (
            "Reserves should be built up in good years, which may include the possibility of setting aside part of "
            "the profits.",
            "Des réserves devraient être constituées les bonnes années, ce qui doit comprendre la possibilité de "
            "mettre de côté une partie des bénéfices.",
        ),
        (
            "The office will then decide whether the applicant can receive a fishing permit for the season.",
            "L'office décide ensuite si le demandeur doit recevoir une autorisation de pêche pour la saison.",
        ),
        (
            "Joint use of the frequencies can be based on general authorisations granted by the regulator.",
            "L'utilisation commune des fréquences doit se fonder sur des autorisations générales accordées par le "
            "régulateur.",
        ),
    ],
)
def test_duty_about_a_possibility_named_against_may_warns(en: str, fr: str) -> None:
    assert any(k.startswith("obligation_mismatch:force") for k in obligations(en, fr))


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The seller may give him the possibility to return part of the goods rather than all of them.",
            "Le vendeur peut lui donner la possibilité de retourner une partie des marchandises plutôt que leur "
            "totalité.",
        ),
        (
            "The seller shall give him the possibility to return part of the goods rather than all of them.",
            "Le vendeur doit lui donner la possibilité de retourner une partie des marchandises plutôt que leur "
            "totalité.",
        ),
        (
            "The applicant shall obtain a fishing permit before the season opens.",
            "Le demandeur doit obtenir une autorisation de pêche avant l'ouverture de la saison.",
        ),
    ],
)
def test_same_force_about_a_possibility_named_stays_silent(en: str, fr: str) -> None:
    assert not [k for k in obligations(en, fr) if k.startswith("obligation_mismatch:force")]


def test_duty_to_have_the_possibility_still_answers_may() -> None:
    # « doit avoir la possibilité de » is « doit pouvoir », "must be able to": a duty that governs the possibility
    assert not [
        k
        for k in obligations(
            "Each party may be heard before the decision is taken.",
            "Chaque partie doit avoir la possibilité d'être entendue avant que la décision ne soit prise.",
        )
        if k.startswith("obligation_mismatch:force")
    ]
