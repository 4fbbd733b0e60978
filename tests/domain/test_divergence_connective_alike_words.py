"""An English "or" that stands where the French « et » joins the same words (issue 15, wide corpus of EU acts).

"where relevant, consumer and investor protection, in particular in cross-border situations and having regard to the
risks" / « le cas échéant, la protection des consommateurs et des investisseurs, notamment dans les situations
transfrontalières, eu égard aux risques »: French says one of the two English "and"s without a connective (a
participle, « eu égard », « aussi bien … que »), so the two sentences count as many "and"s once the first is made "or",
and the count says nothing.  The French « et » that joins the same words as the English "or" (« consommateurs » and
« investisseurs », "consumer" and "investor"), while the English "and" joins none of its words, answers the "or": the
condition has changed.  Only in a sentence of one "and" and one "or": in a longer one French words its lists freely
("even if the documents or data on which …" / « même si les documents et les données sur lesquels … »).
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:connective")
    ]


# (read off 32019r2175, 32017r0461, 32019r0630, 32022r0193: the English "and" of the official text made "or")
_ALIKE = [
    (
        "(d) to strengthen, where necessary, consumer and investor protection, in particular in cross-border "
        "situations and having regard to the risks involved;",
        "d) renforcer, si nécessaire, la protection des consommateurs et des investisseurs, notamment dans les "
        "situations transfrontalières, eu égard aux risques encourus;",
        "consumer and",
    ),
    (
        "(7) The supervisory authorities should cooperate and should, where appropriate, give feedback on the "
        "quality and relevance of the notifications submitted to them.",
        "(7) Les autorités de surveillance devraient, le cas échéant, faire part de leurs observations sur la qualité "
        "et la pertinence des notifications qui leur sont soumises, afin de coopérer entre elles.",
        "quality and",
    ),
    (
        "Where the terms and conditions of the contract are amended by the parties after the reference date, the "
        "amended contract shall be "
        "treated as concluded on the date when the modification applies and shall cease to benefit from the "
        "transitional arrangement.",
        "Lorsque les conditions du contrat sont modifiées par les parties après la date de référence, le contrat "
        "modifié est réputé conclu à la date à laquelle la modification s’applique et cesse de bénéficier du régime "
        "transitoire.",
        "applies and",
    ),
]


@pytest.mark.parametrize(("en", "fr", "said"), _ALIKE, ids=["investor", "relevance", "applies"])
def test_an_english_or_where_the_french_et_joins_the_same_words_is_a_changed_condition(
    en: str, fr: str, said: str
) -> None:
    assert connectives(en, fr) == []
    assert connectives(en.replace(said, said.replace("and", "or")), fr) != []


def test_in_a_sentence_of_more_connectives_the_french_list_is_worded_freely() -> None:
    en = (
        "Member States shall allow them to recognise and accept the outcome of the checks carried out by a person "
        "established in another Member State and meeting the requirements of Articles 16 and 18, even if the "
        "documents or data on which those checks were based differ from those required at national level."
    )
    fr = (
        "Les États membres leur permettent de reconnaître et d’accepter les résultats des vérifications effectuées "
        "par une personne établie dans un autre État membre qui satisfait aux exigences des articles 16 et 18, même si "
        "les documents et les données sur lesquels ces vérifications ont été fondées diffèrent de ceux exigés au "
        "niveau national."
    )
    assert connectives(en, fr) == []


def test_an_english_and_that_joins_the_words_of_the_french_et_keeps_it() -> None:
    # "the same and, if necessary, more precisely formulated terms, and, where appropriate, other terms": the English
    # "and" before ", where appropriate" opens an inserted phrase as the French « et, le cas échéant » does.
    en = (
        "where the parties are again in competition on the basis of the same or, if necessary, more precisely "
        "formulated terms, and, where appropriate, other terms set out in the tender documents;"
    )
    fr = (
        "lorsque les parties sont remises en concurrence sur la base des mêmes conditions, si nécessaire en les "
        "précisant, et, le cas échéant, d’autres termes indiqués dans les documents de marché;"
    )
    assert connectives(en, fr) == []


# (read off 32006l0112, 32024r1321: the English "and" of the official text made "or")
_ALONE = [
    (
        "This exemption shall not apply to brokers where they act solely as agents and to whom Article 5(2) applies "
        "for the purposes of determining the fee payable by their clients.",
        "La présente exemption n’est pas applicable aux courtiers qui agissent exclusivement en qualité de simples "
        "mandataires et auxquels s’applique, pour déterminer la commission due par leurs clients, l’article 5, "
        "paragraphe 2.",
        "agents and",
    ),
    (
        "(f) a statement that the auditor has reviewed the measures referred to in Article 12 and that those measures "
        "have been implemented, including, where relevant, a summary of any deficiencies and recommendations;",
        "f) une déclaration selon laquelle l’auditeur a examiné les mesures visées à l’article 12 et que ces mesures "
        "ont été mises en œuvre, y compris un résumé des lacunes et recommandations relevées, s’il y a lieu;",
        "deficiencies and",
    ),
]


@pytest.mark.parametrize(("en", "fr", "said"), _ALONE, ids=["to whom", "recommendations"])
def test_the_one_connective_left_on_each_side_answers_the_other_a_little_apart(
    en: str, fr: str, said: str
) -> None:
    # French says the condition after its connective (« s'il y a lieu ») or by a relative clause (« qui agissent »),
    # so its connective stands a little apart from the English one: up to 12 % of the sentence.
    assert connectives(en, fr) == []
    assert connectives(en.replace(said, said.replace("and", "or")), fr) != []


def test_a_french_connective_before_a_an_other_member_names_the_class() -> None:
    # "or other contractual arrangements" / « ou à d'autres dispositions contractuelles »: the member after « ou à
    # d'autres » names the class, as « ou d'autres » does; its connective is not compared, nor left to answer an
    # English "and" elsewhere in the sentence.
    en = (
        "(12) Creditors should not bear losses greater than those they would have borne if the authority had not "
        "intervened in relation to the undertaking and they had instead been subject to its default rules or other "
        "contractual arrangements, and the undertaking had been wound up under normal insolvency proceedings."
    )
    fr = (
        "(12) Les créanciers ne devraient pas subir de pertes supérieures à celles qu’ils auraient subies si, en "
        "l’absence d’intervention de l’autorité à l’égard de l’entreprise, ils avaient été soumis à ses règles en cas "
        "de défaillance ou à d’autres dispositions contractuelles, et si l’entreprise avait été liquidée dans le "
        "cadre d’une procédure normale d’insolvabilité."
    )
    assert connectives(en, fr) == []
