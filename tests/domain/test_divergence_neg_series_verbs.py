"""A French « ne … pas » does not reach past « et » / « ou » to the next finite verb (issue 15).

English says one negation for a series of verbs and carries it through "or" to each of them ("shall not hold shares …,
or receive payments"); French negates each finite verb by a « ne » of its own (« ne détiennent pas … et ne reçoivent
pas »), or by « ni ».  With the second « ne … pas » dropped (« … et reçoivent des paiements »), the French affirms the
verb the English denies: the first French negation answers the English one, and nothing else showed the drop.  In the
plural the ending shows a finite verb; in the singular it does not (« demande » may be a noun, « modifié » a participle,
« entre » a preposition), so the next word is read as a verb only in the text with its accents, followed by the
determiner of its object, after a verb that governs no participle or infinitive.  (The original texts below are written
for these tests; the wide corpus of EU acts holds the construction in many acts.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, faithful French, the French « ne … pas » of the next verb, the same verb said bare)
_SERIES = [
    (
        "Members of the panel shall not hold shares in the undertakings concerned, or receive payments from them.",
        "Les membres du groupe ne détiennent pas d’actions dans les entreprises concernées et ne reçoivent pas "
        "de paiements de leur part.",
        "et ne reçoivent pas de paiements",
        "et reçoivent des paiements",
    ),
    (
        "The suppliers shall not interrupt the service or increase the price during the contract period.",
        "Les fournisseurs n’interrompent pas le service et n’augmentent pas le prix pendant la durée du contrat.",
        "et n’augmentent pas le prix",
        "et augmentent le prix",
    ),
    (
        "Such arrangements cannot give rise to a conflict of interest, or contribute to the risk of fraud.",
        "Ces accords ne donnent pas lieu à un conflit d’intérêts et ne contribuent pas au risque de fraude.",
        "et ne contribuent pas au risque",
        "et contribuent au risque",
    ),
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
_IDS = [
    "shall not, comma before or",
    "shall not",
    "cannot",
    "singular -e",
    "singular -t",
    "singular after être",
]


@pytest.mark.parametrize(("en", "fr", "said", "bare"), _SERIES, ids=_IDS)
def test_a_negation_repeated_at_each_french_verb_is_silent(en: str, fr: str, said: str, bare: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "said", "bare"), _SERIES, ids=_IDS)
def test_a_next_french_verb_said_bare_is_a_negation_dropped(en: str, fr: str, said: str, bare: str) -> None:
    assert said in fr
    assert negations(en, fr.replace(said, bare)) != []


@pytest.mark.parametrize(
    ("index", "first", "bare"),
    [(1, "n’interrompent pas", "interrompent"), (3, "ne vend pas", "vend")],
    ids=["plural", "singular"],
)
def test_the_first_french_negation_dropped_is_still_caught(index: int, first: str, bare: str) -> None:
    en, fr, _said, _bare = _SERIES[index]
    assert first in fr
    assert negations(en, fr.replace(first, bare)) != []


# What follows « et » / « ou » after a French negation and shares it, or says what English says too: a participle
# after « être » / « avoir » (said with its accent in the singular), an infinitive after a modal, an attribute after a
# verb of seeming, a preposition that a determiner follows (« et comme le mandataire »), and a verb the English gives a
# modal of its own ("and shall inform": affirmed on both sides).
_SHARED = [
    (
        "The notice shall not be drafted in another language or signed by a third person.",
        "L’avis n’est pas rédigé dans une autre langue ou signé par un tiers.",
    ),
    (
        "The holder may not sell or pledge the shares before the end of the year.",
        "Le détenteur ne peut pas vendre ou nantir les actions avant la fin de l’année.",
    ),
    (
        "The report does not seem clear or complete to the committee.",
        "Le rapport ne paraît pas clair ou complet au comité.",
    ),
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
    ("en", "fr"),
    _SHARED,
    ids=[
        "participle",
        "infinitive",
        "attribute",
        "singular infinitive",
        "preposition",
        "accented participle",
        "own modal",
    ],
)
def test_what_shares_the_french_negation_or_is_affirmed_on_both_sides_is_silent(en: str, fr: str) -> None:
    assert negations(en, fr) == []
