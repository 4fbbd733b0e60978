"""A French negation that words an English indirect question by the answer it checks for needs no answer (issue 15).

"a possible check as to whether the cross-border operation constitutes a circumvention of Union or national law" /
« une possible vérification que l'opération transfrontalière ne constitue pas un contournement du droit de l'Union ou
du droit national », "concerns about whether LIBOR, in certain of its settings, adequately represents an underlying
market" / « la crainte que le LIBOR, pour certaines de ses maturités, ne représente plus adéquatement le marché »,
"notify the applicant issuer whether the application … is missing required information" / « Si la demande … ne
comporte pas certaines informations requises, les autorités compétentes en informent immédiatement »: an English
"whether" asks a yes/no question, the same question as its negative, and French may word the clause by the answer it
checks for or fears.  The French negation of a clause opened by « que » or « si » at the place of an English "whether"
clause that says no negation renders that "whether" and needs no answer.  Not a negation after the verb of the French
clause (« si des travailleurs se trouvent dans une situation comparable ne se limite pas »: the negation is that of
the main clause), nor one of a relative clause inside it; a « si » only as a condition put first in its sentence,
and a « que » only for the question of a noun ("as to whether", "about whether"): after a verb, « vérifie que le plan
n'est pas adapté » for "checks whether the plan reflects" is as likely an added negation as a rendering.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# Official texts (EUR-Lex): Directive (EU) 2019/2121, recital 45; Commission Delegated Regulation (EU) 2021/1847,
# recital 2; Regulation (EU) 2023/1114 (MiCA), Article 20(1).
_WHETHER = [
    (
        "(45) Once a pre-operation certificate has been received, and after verifying that the legal "
        "requirements of the Member State in which the company is to be registered after the cross‐border "
        "operation are fulfilled, including a possible check as to whether the cross‐border operation "
        "constitutes a circumvention of Union or national law, the competent authorities should register the "
        "company in the register of that Member State. Only after this registration should the competent "
        "authority of the former Member State of the company or companies carrying out the cross-border "
        "operation strike the company off its own register. It should not be possible for the competent "
        "authorities of the Member State in which the company is to be registered after the cross-border "
        "operation to dispute the information provided by the pre-operation certificate.",
        "(45) Après avoir reçu un certificat préalable à l’opération, et après avoir vérifié que les "
        "conditions légales prévues par l’État membre dans lequel la société doit être immatriculée après "
        "l’opération transfrontalière sont remplies, y compris une possible vérification que l’opération "
        "transfrontalière ne constitue pas un contournement du droit de l’Union ou du droit national, les "
        "autorités compétentes devraient immatriculer la société au registre de cet État membre. Ce n’est "
        "qu’après cette immatriculation que l’autorité compétente de l’État membre dont relevaient "
        "précédemment la ou les sociétés qui procèdent à l’opération transfrontalière supprime la société de "
        "son propre registre. Il ne devrait pas être possible pour les autorités compétentes de l’État membre "
        "dans lequel la société doit être immatriculée après l’opération transfrontalière de contester les "
        "informations fournies par le certificat préalable à l’opération.",
    ),
    (
        "(2) The Financial Conduct Authority of the United Kingdom (UK FCA) has announced the cessation of "
        "certain LIBOR benchmarks, including CHF LIBOR, by the end of 2021. That cessation is due to concerns "
        "about whether LIBOR, in certain of its settings, adequately represents an underlying market or an "
        "economic reality that is reflective of a wholesale, unsecured funding market. Those concerns find "
        "their origin in the unwillingness of the majority of LIBOR panel banks to continue contributing to "
        "the LIBOR settings concerned, as announced by IBA on 5 March 2021 in its ICE LIBOR Feedback "
        "Statement on Consultation on Potential Cessation.",
        "(2) L’autorité de réglementation financière du Royaume-Uni, la Financial Conduct Authority (FCA), a "
        "annoncé la cessation de certains indices de référence LIBOR, dont le LIBOR CHF, pour la fin de 2021 "
        "au plus tard. Cette cessation s’explique par la crainte que le LIBOR, pour certaines de ses "
        "maturités, ne représente plus adéquatement le marché ou la réalité économique sous-jacents au marché "
        "du financement de gros non garanti. Cette crainte trouve son origine dans la réticence de la "
        "majorité des banques du panel LIBOR à continuer de contribuer aux taux LIBOR concernés, comme l’IBA "
        "l’a annoncé le 5 mars 2021 dans sa synthèse des réponses reçues à sa consultation sur la possible "
        "cessation du LIBOR (ICE LIBOR Feedback Statement on Consultation on Potential Cessation).",
    ),
    (
        "1.   Competent authorities receiving an application for authorisation as referred to in Article 18 "
        "shall, within 25 working days of receipt of such application, assess whether that application, "
        "including the crypto-asset white paper referred to in Article 19, comprises all of the required "
        "information. They shall immediately notify the applicant issuer whether the application, including "
        "the crypto-asset white paper, is missing required information. Where the application, including the "
        "crypto-asset white paper, is not complete, competent authorities shall set a deadline by which the "
        "applicant issuer is to provide any missing information.",
        "1.   Les autorités compétentes qui reçoivent une demande d’agrément prévue à l’article 18 évaluent, "
        "dans un délai de 25 jours ouvrables à compter de la réception de cette demande, si cette dernière, y "
        "compris le livre blanc sur les crypto-actifs visé à l’article 19, comprend toutes les informations "
        "requises. Si la demande, y compris le livre blanc sur les crypto-actifs, ne comporte pas certaines "
        "informations requises, les autorités compétentes en informent immédiatement le candidat émetteur. Si "
        "la demande, y compris le livre blanc sur les crypto-actifs, n’est pas complète, les autorités "
        "compétentes fixent un délai dans lequel le candidat émetteur doit fournir toute information "
        "manquante.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _WHETHER, ids=["check as to whether", "concerns about whether", "notify whether"]
)
def test_french_negation_at_an_english_whether_needs_no_answer(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_french_negation_dropped_elsewhere_is_still_reported() -> None:
    # The second French negation of Article 20(1), outside the question, still needs its English "not".
    en, fr = _WHETHER[2]
    assert negations(*changed(en, fr, ("fr", "n’est pas complète", "est complète"))) != []


def test_a_negation_added_to_the_english_main_clause_is_still_reported() -> None:
    # The French negation of the question needs no answer, and answers no "not" added in another sentence.
    en, fr = _WHETHER[2]
    assert negations(*changed(en, fr, ("en", "shall set a deadline", "shall not set a deadline"))) != []
    assert negations(*changed(en, fr, ("en", "comprises all of the", "does not comprise all of the"))) != []


def test_a_main_clause_negation_after_the_question_still_needs_its_answer() -> None:
    # "The assessment of whether workers are in a comparable situation shall not be limited" / « L'évaluation visant à
    # déterminer si des travailleurs se trouvent dans une situation comparable ne se limite pas » (Directive (EU)
    # 2023/970, Article 19(2)): the French clause of « si » has its verb; the negation is the main clause's, and with the
    # English "not" dropped it is left unanswered.
    en = (
        "2.   The assessment of whether workers are in a comparable situation shall not be limited to workers who are "
        "employed at the same time as the worker concerned."
    )
    fr = (
        "2.   L’évaluation visant à déterminer si des travailleurs se trouvent dans une situation comparable ne se limite "
        "pas aux travailleurs employés en même temps que le travailleur concerné."
    )
    assert negations(en, fr) == []
    assert negations(*changed(en, fr, ("en", "shall not be limited", "shall be limited"))) != []


def test_a_relative_clause_negation_inside_the_question_still_needs_its_answer() -> None:
    # Regulation (EU) 2025/293, Article 5(2)(a): the « qui … ne restreignent pas » of a relative clause inside the
    # question « si sa réclamation satisfait aux conditions »; with the English "not" dropped it is left unanswered.
    en = (
        "(a) upon receipt of a complaint, without undue delay, assess whether the complaint is clear and complete and, "
        "in particular, assess whether the complaint contains all relevant information and evidence and inform the "
        "complainant about whether the complaint fulfils the conditions of admissibility, which shall be fair, "
        "reasonable and shall not unduly restrict the rights of natural or legal persons to file a complaint;"
    )
    fr = (
        "a) évaluent, dès réception d’une réclamation et dans les meilleurs délais, si la réclamation est claire et "
        "complète et, notamment, si elle contient l’ensemble des informations et éléments de preuve pertinents. Ils "
        "indiquent au réclamant si sa réclamation satisfait aux conditions de recevabilité, qui sont équitables et "
        "raisonnables et ne restreignent pas indûment le droit des personnes physiques ou morales d’introduire une "
        "réclamation;"
    )
    assert negations(*changed(en, fr, ("en", "shall not unduly", "shall unduly"))) != []
