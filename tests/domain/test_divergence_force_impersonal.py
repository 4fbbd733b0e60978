"""obligation_mismatch, force: « pouvoir » governing a verb that French uses only impersonally (« il peut s'agir de »,
« il peut arriver que », « il peut se faire que ») has the empty « il » for subject: no one is granted anything, the
sentence says what may be the case, as English does with "such as", "it is possible that" or no modal at all.  Such a
« peut » is a possibility, which answers an English "may" at its place but raises nothing when English has none; a
« peut » with a real subject ("il" standing for the authority, a « le comité peut arriver à ») still grants."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "2.   Each entity shall designate an impartial person to receive the reports, for instance a compliance "
            "officer or an internal auditor.",
            "2.   Chaque entité désigne une personne impartiale chargée de recevoir les signalements. Il peut s'agir "
            "d'un responsable de la conformité ou d'un auditeur interne.",
        ),
        (
            "(12) An operator should inform its customers of any change in the tariff. It is nevertheless possible "
            "that a customer does not reply within the time limit set.",
            "(12) Un opérateur devrait informer ses clients de toute modification du tarif. Il peut néanmoins arriver "
            "qu'un client ne réponde pas dans le délai fixé.",
        ),
        (
            "4.   The undertaking shall hold liquid assets to cover its outflows over thirty days, including deposits "
            "with central banks and government bonds.",
            "4.   L'entreprise détient des actifs liquides pour couvrir ses sorties sur trente jours. Il peut notamment "
            "se faire que ces actifs soient des dépôts auprès des banques centrales ou des obligations d'État.",
        ),
    ],
)
def test_impersonal_peut_grants_nothing(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_impersonal_peut_answers_may() -> None:
    assert not force(
        "(9) Such measures may include the suspension of the licence.",
        "(9) Il peut s'agir notamment de la suspension de l'agrément.",
    )


@pytest.mark.parametrize(
    "fr",
    [
        "Le comité peut arriver à une décision sans consulter les parties.",
        "Lorsque l'autorité est saisie, elle statue. Il peut demander l'avis du comité.",
    ],
)
def test_personal_peut_still_grants(fr: str) -> None:
    en = (
        "The committee shall reach a decision without consulting the parties."
        if fr.startswith("Le comité")
        else "Where the authority receives a request, it shall decide. It shall request the opinion of the committee."
    )
    assert force(en, fr)


# « il se peut que », « il est possible que »: an impersonal possibility before the clause it governs, the French of an
# English "may" on that clause's verb.  It grants nothing, but it is that clause's force: "shall" there says what must or
# will happen.  Official pairs (EUR-Lex recitals), English "may" and French « il se peut (…) que ».
_IMPERSONAL_POSSIBILITY = [
    (  # 32020r0972, recital 7
        "(7) As a consequence of the extension of the period of application of Regulation (EU) No 651/2014, some "
        "Member States may wish to extend the validity of aid measures exempted under that Regulation and about which "
        "summary information has been provided in accordance with point (a) of Article 11 of that Regulation. In order "
        "to provide transparency, Member States should communicate to the Commission the updated summary information "
        "regarding the extension of those measures.",
        "(7) À la suite de la prolongation de la période d’application du règlement (UE) no 651/2014, il se peut que "
        "certains États membres souhaitent prolonger la durée de validité des mesures d’aide exemptées au titre dudit "
        "règlement et pour lesquelles des informations succinctes ont été transmises conformément à l’article 11, point "
        "a), dudit règlement. Pour garantir la transparence, il convient que les États membres communiquent à la "
        "Commission une version actualisée des informations succinctes concernant la prolongation de ces mesures.",
    ),
    (  # 32017r0582, recital 11 (its first sentence)
        "(11) As the processing of cleared derivative transactions other than cleared derivative transactions "
        "concluded electronically on a trading venue usually takes a longer time, this period of time may be "
        "sufficiently long for the market to have moved, and for the value and the risk of the cleared derivative "
        "transaction to have changed significantly, in the meantime.",
        "(11) Comme le traitement d'une transaction sur dérivés faisant l'objet d'une compensation qui n'a pas été "
        "conclue par voie électronique sur une plate-forme de négociation nécessite habituellement un temps plus long, "
        "il se peut que ce temps soit suffisamment long pour que le marché ait évolué et pour que la valeur et le "
        "risque de la transaction aient changé de façon significative entretemps.",
    ),
    (  # 32022l2041, recital 31 (its first two sentences): an adverb after « il se peut », a long subject in English
        "(31) The effective implementation of minimum wage protection set out by legal provisions or provided for in "
        "collective agreements is essential in the awarding and the performance of public procurement and concession "
        "contracts. Non-respect for collective agreements providing for minimum wage protection may indeed occur in "
        "the execution of such contracts or in the sub-contracting chain thereafter, resulting in workers being paid "
        "less than the wage level agreed in the sectoral collective agreements.",
        "(31) La mise en œuvre effective de la protection offerte par des salaires minimaux, telle que prévue par des "
        "dispositions juridiques ou des conventions collectives, est essentielle à l’attribution et à l’exécution des "
        "marchés publics et des contrats de concession. Il se peut effectivement que les conventions collectives "
        "prévoyant une protection grâce à des salaires minimaux ne soient pas respectées lors de l’exécution de tels "
        "contrats ou dans la chaîne de sous-traitance par la suite, ce qui se traduit par une rémunération des "
        "travailleurs inférieure au niveau de salaire convenu dans les conventions collectives sectorielles.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _IMPERSONAL_POSSIBILITY)
def test_may_against_an_impersonal_possibility_is_faithful(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), _IMPERSONAL_POSSIBILITY)
def test_shall_against_an_impersonal_possibility_fires(en: str, fr: str) -> None:
    changed = en.replace(" may ", " shall ", 1)
    assert changed != en
    keys = [f.key for f in force(changed, fr)]
    assert keys == ["obligation_mismatch:force:shall|peut"], keys
