"""A French side longer than the English band allows (issue 15, wide corpus of EU acts).

English stacks nouns ("retail minimum lease payments") where French spells the same nouns out with articles and
prepositions (« paiements minimaux au titre de contrats de location avec la clientèle de détail »): in characters
the French runs to twice the English, in content words it does not. Such a clause stays an information; an
English side that lost part of its content (fewer content words than the French by far) is still a warning.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, Severity, check_pair

SPELLED_OUT = [
    (
        "(d) cross-border payment service provider data retention and record-keeping obligations and supervisory "
        "reporting templates;",
        "d) les obligations de conservation des données et de tenue des registres qui incombent aux prestataires de "
        "services de paiement transfrontaliers, ainsi que les modèles de déclaration à l’intention des autorités de "
        "surveillance;",
    ),
    (
        "(f) low-carbon hydrogen facility grid connection cost estimates;",
        "f) les estimations du coût du raccordement au réseau des installations de production d’hydrogène à faible "
        "teneur en carbone;",
    ),
]

CUT_SHORT = [
    (
        "(d) cross-border payment service provider data retention obligations;",
        SPELLED_OUT[0][1],
    ),
    (
        "(f) low-carbon hydrogen grid cost estimates;",
        "f) les estimations du coût du raccordement au réseau des installations de production d’hydrogène à faible "
        "teneur en carbone, ventilées par État membre et par catégorie d’installation, ainsi que le calendrier de "
        "leur mise en service;",
    ),
]


def length(en: str, fr: str) -> list[Finding]:
    return [f for f in check_pair(ClausePair(en, fr)) if f.check == "length_ratio"]


@pytest.mark.parametrize(("en", "fr"), SPELLED_OUT, ids=["payment", "hydrogen"])
def test_a_noun_stack_spelled_out_in_french_is_an_information(en: str, fr: str) -> None:
    found = length(en, fr)
    assert [f.severity for f in found] == [Severity.INFO]


@pytest.mark.parametrize(("en", "fr"), CUT_SHORT, ids=["payment", "hydrogen"])
def test_an_english_side_short_of_content_is_still_a_warning(en: str, fr: str) -> None:
    assert [f.severity for f in length(en, fr)] == [Severity.WARNING]


# The low side (wide corpus, even half): French says in a verb or a noun what English says in a phrase, and is far
# shorter in characters, not in content words; a French side cut short loses both.
SAID_SHORTER = [
    (  # 32025r0327, Article 31
        "(a) the date of termination of the mandate of the outgoing authorised representative and the date of the "
        "beginning of the mandate of the incoming authorised representative;",
        "a) la date de fin du mandat du mandataire sortant et la date de début du mandat du nouveau mandataire;",
    ),
    (  # 32012r1215, Article 24
        "(5) in proceedings concerned with the enforcement of judgments, the courts of the Member State in which the "
        "judgment has been or is to be enforced.",
        "5) en matière d’exécution des décisions, les juridictions de l’État membre du lieu de l’exécution.",
    ),
    (  # 32015r2424, Article 1
        "1.   The Management Board shall elect a chairperson and a deputy chairperson from among its members. The "
        "deputy chairperson shall ex officio replace the chairperson in the event of his being prevented from "
        "attending to his duties.",
        "1.   Le conseil d'administration élit un président et un vice-président parmi ses membres. Le vice-président "
        "remplace de droit le président en cas d'empêchement.",
    ),
]

FRENCH_CUT_SHORT = [
    (SAID_SHORTER[0][0], "a) la date de fin du mandat du mandataire sortant;"),
    (SAID_SHORTER[1][0], "5) en matière d’exécution des décisions, les juridictions compétentes."),
    (
        SAID_SHORTER[2][0],
        "1.   Le conseil d'administration élit un président parmi ses membres. Le vice-président le remplace.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), SAID_SHORTER, ids=["mandate", "enforcement", "board"])
def test_a_phrase_said_in_a_word_in_french_is_an_information(en: str, fr: str) -> None:
    assert [f.severity for f in length(en, fr)] == [Severity.INFO]


@pytest.mark.parametrize(("en", "fr"), FRENCH_CUT_SHORT, ids=["mandate", "enforcement", "board"])
def test_a_french_side_short_of_content_is_still_a_warning(en: str, fr: str) -> None:
    assert [f.severity for f in length(en, fr)] == [Severity.WARNING]


def test_a_french_side_stopping_short_after_a_citation_is_still_a_warning() -> None:
    # 32018R1139, Article 31, its French cut after the words of a citation (the truncation injection): French
    # cites in words what English cites in figures, so the words kept are many; the text does not end.
    found = length(
        "(c) the rules and procedures for the declaration by aircraft operators referred to in point (a) of "
        "Article 30(1), and for the situations in which such declarations are to be required;",
        "c) les règles et procédures relatives à la déclaration des exploitants d'aéronefs visée à l'article 30, "
        "paragraphe",
    )
    assert [f.severity for f in found] == [Severity.WARNING]
