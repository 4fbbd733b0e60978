"""A single English word in small letters in brackets.

English drafting puts one word in brackets inside a phrase: a word that may or may not apply ("the committees of
the (supervisory) board"), the term of art beside its plain rendering ("ready to use (off-the-shelf) ICT assets",
"the thresholds (value) of the transfer"), or another form of the word before it ("the month(s) which has (have)
elapsed").  French renders that word in the phrase or leaves it out, without brackets: no passage was dropped, and
the bracket is a note, not a warning.  A bracket with a name, a figure or initials in it, the label of a point, or a
French bracket glossing a borrowed English term the English lacks (« versions publiées (releases) »), is judged as
before.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import Severity
from tests.domain.divergence_keys import bracket_severities


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (  # 32009r1060 recital 29
            "In order to ensure the independence of the credit rating process, credit rating agencies should "
            "ensure that at least one third of the members of the administrative or supervisory board are "
            "independent in a manner consistent with point 13 in Section III of Commission Recommendation "
            "2005/162/EC of 15 February 2005 on the role of non-executive or supervisory directors of listed "
            "companies and on the committees of the (supervisory) board.",
            "Afin de garantir l’indépendance du processus de notation, il convient que les agences de notation de "
            "crédit veillent à ce qu’un tiers au moins des membres de leur conseil d’administration ou de "
            "surveillance soient indépendants au sens de la section III, point 13, de la recommandation "
            "2005/162/CE de la Commission du 15 février 2005 concernant le rôle des administrateurs non exécutifs "
            "et des membres du conseil de surveillance des sociétés cotées et les comités du conseil "
            "d’administration ou de surveillance.",
        ),
        (  # 32024r1774 Article 10
            "In case of ready to use (off-the-shelf) ICT assets or components of ICT assets acquired and used in "
            "the operation of ICT services not supporting critical or important functions, financial entities "
            "shall track the usage to the extent possible of third-party libraries, including open-source "
            "libraries.",
            "Dans le cas d’actifs de TIC prêts à l’emploi ou de composants d’actifs de TIC acquis et utilisés dans "
            "le cadre de l’exploitation de services TIC qui ne soutiennent pas des fonctions critiques ou "
            "importantes, les entités financières tracent, dans la mesure du possible, l’utilisation de "
            "bibliothèques tierces, y compris des bibliothèques à code source ouvert.",
        ),
        (  # 32023r1642 recital 4
            "(4) Currently, users of the Union Registry can initiate transfers without any limitations depending "
            "on the thresholds (value) of the transfer. To improve the security of high value transactions, the "
            "use of trusted account lists for transactions above a particular threshold should be mandatory.",
            "(4) Actuellement, les utilisateurs du registre de l’Union peuvent engager des transferts sans "
            "restrictions qui seraient liées aux valeurs seuils du transfert. En vue d’améliorer la sécurité des "
            "transactions de valeur élevée, il convient de rendre obligatoire le recours à des listes de comptes "
            "de confiance pour les transactions dépassant un seuil donné.",
        ),
        (  # 32008l0117 Article 1
            "In this case, a recapitulative statement shall be drawn up for the month(s) which has (have) elapsed "
            "since the beginning of the quarter, within a time limit not exceeding one month.",
            "Dans ce cas, un état récapitulatif est établi pour le ou les mois écoulé(s) depuis le début du "
            "trimestre, dans un délai n’excédant pas un mois.",
        ),
    ],
    ids=["optional word", "term of art", "gloss", "other form"],
)
def test_one_word_in_brackets_is_a_note(en: str, fr: str) -> None:
    assert bracket_severities(en, fr) in ([], [Severity.INFO])


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # A remark of several words that names what the French lacks.
        (
            "The amounts shall be included in the calculation of general credit risk adjustments by the "
            "institution (General Credit Risk Adjustments).",
            "Les montants sont inclus par l'établissement dans le calcul des ajustements pour risque de crédit "
            "général.",
        ),
        # A single word that is a name.
        (
            "The Agency shall have its seat in Cologne (Germany).",
            "L'Agence a son siège à Cologne.",
        ),
    ],
)
def test_a_bracket_that_names_something_still_warns(en: str, fr: str) -> None:
    assert bracket_severities(en, fr) == [Severity.WARNING]


def test_the_label_of_an_inserted_point_is_no_word() -> None:
    # 32024l0790: "(xxviia)" is the label of a point (xxvii a), which the French numbers « xvii bis) ».
    assert bracket_severities("‘(xxviia) Article 39a;’;", "«xvii bis) article 39 bis;».") == [
        Severity.WARNING
    ]


def test_a_word_in_brackets_after_a_name_labels_that_name() -> None:
    # "ICMPD (observer)": the bracket labels the name before it, not a word of a phrase.
    assert bracket_severities("ICMPD (observer)", "ICMPD, observateur") == [Severity.WARNING]
