"""A French « ne … pas » does not reach past « et » / « ou » to the next finite verb in the singular (issue 15).

English carries one modal negation through "or" to each verb of a series ("shall not sell the data …, or disclose the
identity"); French negates each finite verb by a « ne » of its own (« ne vend pas … et ne divulgue pas »).  With the
second « ne … pas » dropped (« … et divulgue l'identité »), the French affirms what the English denies.  In the singular
the ending alone does not show a verb (« demande » may be a noun, « modifié » a participle, « entre » a preposition), so
the next word is read as a verb only in the text with its accents, followed by the determiner of its object, after a
verb that governs no participle or infinitive.  (The original texts below are written for these tests.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, faithful French, the French « ne … pas » of the next verb, the same verb said bare)
_SERIES = [
    (
        "The operator shall not sell the data to third parties, or disclose the identity of the users.",
        "L’exploitant ne vend pas les données à des tiers et ne divulgue pas l’identité des utilisateurs.",
        "et ne divulgue pas l’identité",
        "et divulgue l’identité",
    ),
    (
        "The agency shall not take part in the tender or permit the participation of its staff.",
        "L’agence ne prend pas part à l’appel d’offres et ne permet pas la participation de son personnel.",
        "et ne permet pas la participation",
        "et permet la participation",
    ),
    (
        "The notified body shall not be a shareholder of the manufacturer, or prevent the manufacturer from appealing.",
        "L’organisme notifié n’est pas actionnaire du fabricant et n’empêche pas le fabricant de former un recours.",
        "et n’empêche pas le fabricant",
        "et empêche le fabricant",
    ),
]
_IDS = ["-e", "-t", "after être"]


@pytest.mark.parametrize(("en", "fr", "said", "bare"), _SERIES, ids=_IDS)
def test_a_negation_repeated_at_each_singular_verb_is_silent(en: str, fr: str, said: str, bare: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "said", "bare"), _SERIES, ids=_IDS)
def test_a_next_singular_verb_said_bare_is_a_negation_dropped(en: str, fr: str, said: str, bare: str) -> None:
    assert said in fr
    assert negations(en, fr.replace(said, bare)) != []


def test_the_first_singular_french_negation_dropped_is_still_caught() -> None:
    en, fr, _said, _bare = _SERIES[0]
    assert negations(en, fr.replace("ne vend pas", "vend")) != []


# What follows « et » / « ou » after a singular French negation and shares it: an infinitive after a modal (« ne peut pas
# céder … ou suivre les »), a preposition that a determiner follows (« et comme le mandataire »), a participle said with its
# accent, and a verb the English gives a modal of its own ("and shall inform": affirmed on both sides).
_SHARED = [
    (
        "The holder may not transfer the shares or follow the instructions of a third party.",
        "Le détenteur ne peut pas céder les actions ou suivre les instructions d’un tiers.",
    ),
    (
        "The tenderer shall not submit a tender in its own name or act as the agent of a group.",
        "Le soumissionnaire ne présente pas d’offre en son nom propre ou comme le mandataire d’un groupement.",
    ),
    (
        "The plan shall not be approved by the board, or amended the same day.",
        "Le plan n’est pas approuvé par le conseil, ou modifié le même jour.",
    ),
    (
        "The authority shall not publish the report, and shall inform the applicant of its reasons.",
        "L’autorité ne publie pas le rapport et informe le demandeur de ses motifs.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _SHARED, ids=["infinitive after a modal", "preposition", "accented participle", "own modal"]
)
def test_what_shares_a_singular_french_negation_is_silent(en: str, fr: str) -> None:
    assert negations(en, fr) == []
