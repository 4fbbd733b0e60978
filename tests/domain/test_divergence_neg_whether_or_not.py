"""« ou non »: "whether or not", no negation of its clause (issue 15: wide corpus of EU acts, 32009l0029, 32023l2225,
32014l0025; kept answers from 32009l0125, 32017r0567, 32024r1085).

« X ou non » (« séparables ou non », « que l'établissement reçoit ou non ») says "whether or not X", and « frauduleuse
ou non autorisée », « stocké ou non émis » say "unauthorised", "avoided": the « ou non » negates no verb of the
clause.  It answered an English negation of another verb anywhere near it, so that a French « ne … pas » dropped
from that verb left nothing unanswered.  It still answers an English negation in a "whether" clause or an
alternative ("whether to publish, not to publish" / « de publier ou non », "or to a risk factor that did not" / « se
rapportent ou non »), and a "not" before a participle that « ou non » says before one ("is not allowed" / « est ou
non autorisé »).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # « il ne sera pas nécessaire de restituer » made « il sera nécessaire »
        (
            "(20) The main long-term incentive for the capture and storage of CO2 and new renewable energy "
            "technologies is that allowances will not need to be surrendered for CO2 emissions which are permanently "
            "stored or avoided.",
            "(20) Pour le captage et le stockage du CO2, ainsi que pour les technologies innovantes dans le domaine "
            "des énergies renouvelables, la principale incitation à long terme est qu'il sera nécessaire de "
            "restituer des quotas pour du CO2 stocké de manière permanente ou non émis.",
        ),
        # « que le consommateur ne puisse pas remplir » made « puisse remplir »
        (
            "Such reasons may include, for instance, suspicion of an unauthorised or fraudulent use of the credit or "
            "a significantly increased risk of the consumer being unable to fulfil his or her obligation to repay "
            "the credit.",
            "Celles-ci peuvent inclure, par exemple, la suspicion d'une utilisation frauduleuse ou non autorisée du "
            "crédit ou un risque sensiblement accru que le consommateur puisse remplir son obligation de "
            "remboursement du crédit.",
        ),
        # « ne devant pas suffire » made « devant suffire »
        (
            "(13) In the case of mixed contracts, the applicable rules should be determined with respect to the main "
            "subject of the contract where the different parts which constitute the contract are objectively not "
            "separable. It should therefore be clarified how contracting entities should determine whether the "
            "different parts are separable or not. The determination should be carried out on a case-by-case basis, "
            "in which the expressed or presumed intentions of the contracting entity to regard the various aspects "
            "making up a mixed contract as indivisible should not be sufficient, but should be supported by "
            "objective evidence capable of justifying them and of establishing the need to conclude a single contract.",
            "(13) Dans le cas de marchés mixtes, les règles applicables devraient être établies eu égard à l’objet "
            "principal du marché lorsque les différentes parties qui le composent ne sont objectivement pas "
            "séparables. Il convient dès lors de préciser la manière dont les entités adjudicatrices devraient "
            "déterminer si les différentes parties sont séparables ou non. L'appréciation du caractère séparable ou "
            "non des différentes parties devrait être faite au cas par cas, les intentions exprimées ou présumées de "
            "l’entité adjudicatrice de considérer les différents aspects d’un marché mixte comme indivisibles "
            "devant suffire, mais devant être corroborées par des éléments de preuve objectifs de nature à les justifier "
            "et à établir la nécessité de conclure un marché unique.",
        ),
    ],
)
def test_ou_non_answers_no_negation_of_another_verb(en: str, fr: str) -> None:
    assert negations(en, fr) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "3. In the light of that Committee's opinion, the Commission shall decide whether to publish, not to "
            "publish, to publish with restriction, to maintain or to withdraw the references to the harmonised "
            "standards concerned in the Official Journal of the European Union.",
            "3. Au vu de cet avis du comité, la Commission décide de publier ou non, de publier avec restriction, de "
            "maintenir ou de retirer du Journal officiel de l'Union européenne les références aux normes "
            "harmonisées en question.",
        ),
        (
            "— whether the instrument or service is being sold to clients outside the intended target market or "
            "whether the target market has not been adequately identified;",
            "— du fait que l'instrument ou le service est vendu ou non à des clients extérieurs au marché cible "
            "envisagé, ou que le marché cible a été ou non précisément défini;",
        ),
        (
            "— the fact that early withdrawal is not allowed; or",
            "— du fait qu'un retrait anticipé est ou non autorisé, ou",
        ),
        (
            "Where relevant, the rules laid down in that assessment methodology should differ depending on whether "
            "the time series for which a proxy has been used relates to a risk factor that passed the modellability "
            "assessment, or to a risk factor that did not.",
            "Le cas échéant, les règles énoncées dans cette méthode d'évaluation devraient varier selon que les "
            "séries temporelles pour lesquelles une approximation a été utilisée se rapportent ou non à un facteur "
            "de risque dont le caractère modélisable a fait l'objet d'une évaluation positive.",
        ),
    ],
)
def test_ou_non_still_answers_a_whether_or_an_alternative(en: str, fr: str) -> None:
    assert negations(en, fr) == []
