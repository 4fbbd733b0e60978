"""The words of abstaining: "abstentions", "desist" / « l'abstention » (issue 15: wide corpus of EU acts, 32018r0625,
32023r1114; practice set, DORA).

« s'abstenir de » is a French prohibition ("shall refrain from"), and "refraining" an English one; the other language
says the same abstention as a noun or by another verb: "Abstentions shall not be permitted" / « Nul ne peut
s'abstenir », "to desist from a repetition of that conduct" / « de s'abstenir de le réitérer », "refraining from
entering into a further arrangement" / « l'abstention de conclure ».  Those words are negative words of the group of
"abstain", "refuse": the plural "abstentions", the verb "desist", the French noun « abstention ».
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "4. If voting is necessary, votes shall be taken in the same sequence, save that the chairperson shall "
            "always vote last. Abstentions shall not be permitted.",
            "4. Si un vote est nécessaire, les votes se font dans le même ordre, à la réserve que le président vote "
            "toujours en dernier. Nul ne peut s'abstenir.",
        ),
        (
            "(b) an order requiring the person responsible to cease the conduct constituting the infringement and to "
            "desist from a repetition of that conduct;",
            "b) une injonction ordonnant à la personne responsable de mettre fin au comportement constitutif de "
            "l'infraction et de s'abstenir de le réitérer;",
        ),
        (
            "(iv) refraining from entering into a further subcontracting arrangement, where the following cumulative "
            "conditions are met:",
            "iv) l'abstention de conclure un nouvel accord de sous-traitance, lorsque les conditions cumulatives "
            "suivantes sont remplies:",
        ),
    ],
)
def test_a_word_of_abstaining_answers_an_abstention(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_negation_of_another_verb_is_still_caught() -> None:
    en = "The court may issue an order requiring the person responsible to desist from a repetition of that conduct."
    fr = (
        "Le tribunal ne peut pas rendre une injonction ordonnant à la personne responsable de s'abstenir de réitérer "
        "ce comportement."
    )
    assert negations(en, fr) != []
