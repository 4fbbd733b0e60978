"""« n'affecte en rien » is the saving « n'affecte pas », said more strongly (issue 15).

"shall not affect the requirement" / « n'affecte en rien l'obligation » (32008l0001-a16-07), "shall not affect" / « n'affecte
en rien » (32009l0072-a35-02, 32019l0944-a57-02): French says "in no way" (« en rien », « nullement ») where it says
« pas »; the saving is no negation of a verb of the sentence, as « n'affecte pas » is none.  Read as one, it answered
another English negation whose own French « ne … pas » was dropped.
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations

_EN = (
    "4.   The provisions of this Article shall not exclude the possibility of a preliminary review procedure before an "
    "administrative authority and shall not affect the requirement of exhaustion of administrative review procedures "
    "prior to recourse to judicial review procedures, where such a requirement exists under national law."
)
_FR = (
    "4.   Le présent article n'exclut pas la possibilité d'un recours préalable devant une autorité administrative et "
    "n'affecte en rien l'obligation d'épuiser toutes les voies de recours administratif avant d'engager des procédures "
    "de recours juridictionnel dès lors que la législation nationale prévoit une telle obligation."
)


def test_saving_en_rien_answers_no_other_negation() -> None:
    assert negations(_EN, _FR) == []
    assert negations(_EN, _FR.replace("n'exclut pas", "exclut")) != []


def test_saving_en_rien_against_a_saving() -> None:
    en = "This Directive shall not affect the rights of the Member States."
    assert negations(en, "La présente directive n'affecte en rien les droits des États membres.") == []
    assert negations(en, "La présente directive n'affecte nullement les droits des États membres.") == []
