"""A French verb of preventing with its expletive « ne » says the "not" of its clause (issue 15).

"ensuring that changes in emission trends are not introduced" / « afin d'éviter que des modifications … ne se traduisent
par des modifications »: English says the "not", French says it by « éviter que … ne ».  Where the English "not" is
dropped, the expletive is the only mark left of it; and an English verb of preventing at the place of the French one
renders that one, not another negation of the French sentence ("shall not apply" made "shall apply" against « ne
s'applique pas … pour empêcher que … ne subisse »).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the English negation that is dropped)
_DROPS = [
    (
        "The underlying activity data and emission factors should be obtained and used in a consistent manner, "
        "ensuring that changes in emission trends are not introduced as a result of changes in estimation methods or "
        "assumptions.",
        "Les données d'activité et les facteurs d'émission sous-jacents devraient être obtenus et appliqués de manière "
        "cohérente, afin d'éviter que des modifications dans les méthodes d'estimation ou les hypothèses ne se "
        "traduisent par des modifications au niveau de l'évolution des émissions.",
        ("are not introduced", "are introduced"),
    ),
    (
        "It is therefore necessary to provide for rules to ensure that such conflicts do not adversely affect the "
        "interests of their clients.",
        "Il est donc nécessaire de prévoir des règles visant à éviter que ces conflits ne lèsent les intérêts de leurs "
        "clients.",
        ("do not adversely affect", "adversely affect"),
    ),
    (
        "The first subparagraph shall not apply if urgent action is needed in order to prevent significant and "
        "imminent damage to the financial system. In such a case ESMA may adopt an interim decision and shall give the "
        "persons concerned the opportunity to be heard as soon as possible after taking its decision.",
        "Le premier alinéa ne s’applique pas s’il est nécessaire d’agir d’urgence pour empêcher que le système "
        "financier ne subisse un dommage important et imminent. Dans un tel cas, l’AEMF peut adopter une décision "
        "provisoire, et elle accorde aux personnes concernées la possibilité d’être entendues le plus rapidement "
        "possible après qu’elle a arrêté sa décision.",
        ("shall not apply", "shall apply"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _DROPS, ids=["ensuring", "ensure", "prevent"])
def test_prevented_expletive_answers_a_negation(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(en.replace(*drop), fr) != []


_RENDERED = [
    (
        # one "not" for the two verbs that French says each with an expletive of one « éviter que »
        "Where a taxable person transfers from being taxed in the normal way to a special scheme or vice versa, Member "
        "States may take all measures necessary to ensure that the taxable person does not enjoy unjustified advantage "
        "or sustain unjustified harm.",
        "En cas de passage d'un régime normal d'imposition à un régime particulier ou inversement, les États membres "
        "peuvent prendre les dispositions nécessaires afin d'éviter que l'assujetti concerné ne bénéficie d'avantages "
        "injustifiés ou ne subisse un préjudice injustifié.",
    ),
    (
        # "so as to prevent … from undermining": the English verb of preventing renders « éviter que … ne »
        "Since the objective of this Directive requires the establishment of common regulatory requirements governing "
        "the functioning of regulated markets so as to prevent opacity or disruption on one market from undermining "
        "the efficient operation of the Union financial system as a whole, the Union may adopt measures.",
        "Étant donné que l’objectif de la présente directive requiert de fixer des règles communes régissant le "
        "fonctionnement des marchés réglementés, de façon à éviter que l’opacité d’un seul marché ne compromette le "
        "fonctionnement efficace du système financier de l’Union dans son ensemble, l’Union peut prendre des mesures.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _RENDERED, ids=["two verbs", "prevent from"])
def test_prevented_expletive_rendered(en: str, fr: str) -> None:
    assert negations(en, fr) == []
