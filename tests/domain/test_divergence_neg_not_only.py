"""A negation of "only" answers the other side's "not only" at its place (issue 15, wide corpus of EU acts).

"not only X but (also) Y" / « non seulement X mais (aussi) Y » says "X and Y", no negation: the engine reads the
construction as no negation when its words stand next to each other ("not only", "not merely", « pas seulement »,
« pas uniquement » before a "but" / « mais »).  The other language may say the same "more than X" with its negation
further from the word of "only" ("is not applicable only or principally to", « ne soit pas un simple engagement
mais »), or with no "but" / « mais » at all ("of more than mere local significance" / « dont la portée n'est pas
seulement locale »); its negation was then left without an answer.  A negation that bears on a word of "only"
("only", "merely", "mere", "solely", « seulement », « uniquement », « simple ») is now answered by the other side's
word of "only" at its place, where that word too is negated or surpassed ("not only", "more than mere", « pas
uniquement », « non seulement »); never by a bare "only" / « uniquement », which says the opposite.  And "more than
mere", a "not only" said with no negation, against a bare « seulement » at its place with no negation there, is now
reported: it says the opposite (with « n'est pas seulement locale » made « est seulement locale »).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_PAIRS = [
    # 32008R0800, Article 38(2)
    (
        "2. ‘general training’ means training involving tuition which is not applicable only or principally to the "
        "employee’s present or future position in the undertaking, but which provides qualifications that are "
        "largely transferable to other undertakings or fields of work. Training shall be considered ‘general’ if, "
        "for example:",
        "2) «formation générale»: une formation comprenant un enseignement qui n'est pas uniquement ou principalement "
        "applicable au poste actuel ou prochain du salarié dans l'entreprise, mais qui procure des qualifications "
        "largement transférables à d'autres entreprises ou d'autres domaines de travail. La formation est considérée "
        "comme «générale» si, par exemple:",
    ),
    # 32025R0772, recital 9 (its last sentence)
    (
        "To establish a counterbalance to the allocation of additional allowances in advance and to ensure that the "
        "investment effort is not merely a commitment but materialises into concrete actions, the additional 30 % "
        "allowances should be returned if the conditions are not fulfilled for their granting and any further free "
        "allocation of allowances should cease until the return of the allowances.",
        "Pour contrebalancer l’allocation de quotas supplémentaires à l’avance et veiller à ce que l’effort "
        "d’investissement ne soit pas un simple engagement mais se traduise par des actions concrètes, il convient que "
        "les 30 % de quotas supplémentaires soient restitués si les conditions d’octroi ne sont pas remplies, et que "
        "toute nouvelle allocation de quotas à titre gratuit cesse jusqu’à la restitution des quotas.",
    ),
    # 32018R0625, Article 7(2)(d)
    (
        "(d) where the opposition is based on an earlier right within the meaning of Article 8(4) of Regulation (EU) "
        "2017/1001, evidence showing use of that right in the course of trade of more than mere local significance, "
        "as well as evidence of its acquisition, continued existence and scope of protection including, where the "
        "earlier right is invoked pursuant to the law of a Member State, a clear identification of the content of the "
        "national law relied upon by adducing publications of the relevant provisions or jurisprudence;",
        "d) lorsque l'opposition se fonde sur un droit antérieur au sens de l'article 8, paragraphe 4, du règlement "
        "(UE) 2017/1001, la preuve de l'usage dudit droit dans la vie des affaires dont la portée n'est pas seulement "
        "locale, ainsi que la preuve de son acquisition, de sa permanence et de l'étendue de la protection conférée "
        "par ce droit, y compris, lorsque le droit antérieur est invoqué en vertu du droit d'un État membre, une "
        "indication claire du contenu de la législation nationale invoquée en fournissant les publications des "
        "dispositions ou de la jurisprudence correspondantes;",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _PAIRS, ids=["not applicable only", "pas un simple", "more than mere local"]
)
def test_a_negation_of_only_answers_the_other_sides_not_only(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_bare_only_answers_no_negation_of_only() -> None:
    # the French negation dropped: « uniquement » alone says "only", the opposite of "not … only"
    en, fr = _PAIRS[0]
    assert negations(en, fr.replace("qui n'est pas uniquement", "qui est uniquement")) != []
    # the English "more than" dropped: "mere local significance" says "only local", the opposite of « pas seulement »
    en, fr = _PAIRS[2]
    assert negations(en.replace("more than mere", "mere"), fr) != []
    # the French negation dropped: « est seulement locale » says the opposite of "more than mere local"
    assert negations(en, fr.replace("n'est pas seulement", "est seulement")) != []
    # the English "not" dropped: "is merely a commitment but" says "only"
    en, fr = _PAIRS[1]
    assert negations(en.replace("is not merely", "is merely"), fr) != []


def test_other_negations_still_need_their_own_answer() -> None:
    en, fr = _PAIRS[1]
    assert negations(en, fr.replace("ne sont pas remplies", "sont remplies")) != []
    assert negations(en.replace("are not fulfilled", "are fulfilled"), fr) != []


def test_a_negation_of_a_verb_before_mere_takes_no_not_only() -> None:
    # 32019L0790, recital 57: the negation bears on "extend", and "mere facts" are facts; « ne … pas non plus » answers it
    en = (
        "The rights granted to publishers of press publications should not extend to acts of hyperlinking. They should "
        "also not extend to mere facts reported in press publications."
    )
    fr = (
        "Les droits octroyés aux éditeurs de publications de presse ne devraient pas s'étendre aux actes d'hyperliens. "
        "Ils ne devraient pas non plus s'étendre aux simples faits rapportés dans les publications de presse."
    )
    assert negations(en, fr) == []
    assert (
        negations(en, fr.replace("Ils ne devraient pas non plus s'étendre", "Ils devraient aussi s'étendre"))
        != []
    )
