"""A "nor" after a saving ("shall not affect X … nor Y") carries the saving on (issue 15, wide corpus of EU acts).

A saving said with a negated verb, "shall not affect", "does not prejudice", is a negative expression that needs no
answer of its own (« sont sans effet sur », « sans préjudice de » render it). A "nor" after it says the next item
of the same saving, as the « ni » after « ne porte pas atteinte » already did in French; it was read as a negation
of its own, which French, saying « … et sur les obligations », left without an answer. A "nor" with a verb of its
own that French negates (« … et ne limite pas ») still answers that negation; a saving dropped on either side is
still caught.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_CARRIED_ON = [
    # 32024R1689, Article 78(4)
    (
        "4.   Paragraphs 1, 2 and 3 shall not affect the rights or obligations of the Commission, Member States and "
        "their relevant authorities, as well as those of notified bodies, with regard to the exchange of information "
        "and the dissemination of warnings, including in the context of cross-border cooperation, nor shall they "
        "affect the obligations of the parties concerned to provide information under criminal law of the Member "
        "States.",
        "4.   Les paragraphes 1, 2 et 3 sont sans effet sur les droits ou obligations de la Commission, des États "
        "membres et de leurs autorités compétentes, ainsi que sur les droits ou obligations des organismes notifiés, "
        "en matière d’échange d’informations et de diffusion de mises en garde, y compris dans le contexte de la "
        "coopération transfrontière, et sur les obligations d’information incombant aux parties concernées en vertu "
        "du droit pénal des États membres.",
    ),
    # 32024R2847, Article 63(3)
    (
        "3.   Paragraphs 1 and 2 shall not affect the rights and obligations of the Commission, Member States and "
        "notified bodies with regard to the exchange of information and the dissemination of warnings, nor the "
        "obligations of the persons concerned to provide information under criminal law of the Member States.",
        "3.   Les paragraphes 1 et 2 sont sans effet sur les droits et obligations de la Commission, des États membres "
        "et des organismes notifiés en matière d’échange d’informations et de diffusion de mises en garde et sur les "
        "obligations d’information incombant aux personnes concernées en vertu du droit pénal des États membres.",
    ),
    # 32020L1828, recital 21 (its first sentence): « ni » after « ne devrait pas porter atteinte »
    (
        "(21) This Directive should not affect the application of rules of private international law regarding "
        "jurisdiction, the recognition and enforcement of judgments or applicable law, nor should it establish such "
        "rules.",
        "(21) La présente directive ne devrait pas porter atteinte à l’application de règles de droit international "
        "privé concernant la compétence, la reconnaissance et l’exécution des décisions ou la loi applicable, ni "
        "établir de telles règles.",
    ),
]

# 32019R2175, Article 4(5) (amending Regulation 1095/2010): a "nor" with a verb of its own, « et ne limite pas ».
_OWN_VERB = (
    "5.   A delegation of tasks shall not affect the responsibility of ESMA nor limit ESMA’s ability to conduct and "
    "oversee the delegated activity.",
    "5.   La délégation de tâches ne modifie pas la responsabilité de l’AEMF et ne limite pas la faculté qu’a l’AEMF "
    "de mener et de superviser l’activité déléguée.",
)


@pytest.mark.parametrize(("en", "fr"), _CARRIED_ON, ids=["nor shall they affect", "nor the", "nor should it"])
def test_a_nor_after_a_saving_carries_it_on(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_nor_with_a_verb_of_its_own_answers_its_negation() -> None:
    en, fr = _OWN_VERB
    assert negations(en, fr) == []
    assert negations(en.replace("shall not affect", "shall affect"), fr) != []


def test_a_saving_dropped_is_still_caught() -> None:
    en, fr = _CARRIED_ON[0]
    assert negations(en.replace("shall not affect", "shall affect"), fr) != []
    en, fr = _CARRIED_ON[2]
    assert negations(en, fr.replace("ne devrait pas porter atteinte", "devrait porter atteinte")) != []
