"""A negation that English says with "until" (issue 15, wide corpus).

English bounds a state in time by "until" and a negation; French says the duration positively. "No conversions …
shall be possible until the process … is completed" is « la conversion … n'est possible qu'une fois achevé le
processus »: the negation and "until" say the restriction « ne … que », and "until" stands where French puts its
« que », however far the negation at the head of the English sentence is. "until the reasons … are no longer present"
is « tant que les motifs … subsistent »: the "no longer" after "until" answers a negation but needs none, as « tant que
… ne … pas » does in French. A "no longer" outside an "until" clause still needs an answer.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_UNTIL = [
    # 32008R0994, Article 77(2)
    (
        "2.   No conversions of Chapter VI allowances into standard allowances shall be possible until the process "
        "referred to in paragraph 1 is completed.",
        "2.   La conversion de quotas du chapitre VI en quotas standard n’est possible qu’une fois achevé le processus "
        "visé au paragraphe 1.",
    ),
    # 32019R1122, Article 19(3) (its second sentence)
    (
        "All access to the account shall be suspended in accordance with Article 30(4) until the reasons for refusal "
        "listed in paragraph 2 are no longer present.",
        "Tous les accès au compte sont suspendus conformément à l'article 30, paragraphe 4, tant que les motifs de "
        "refus énumérés au paragraphe 2 subsistent.",
    ),
    # 32019R1122, Article 28(2)
    (
        "In the case of operator holding accounts or aircraft operator holding accounts the competent authority or the "
        "relevant law enforcement authority may instruct the national administrator to set to blocked status those "
        "accounts for which access is suspended until the competent authority determines that the situation giving "
        "rise to the suspension no longer subsists.",
        "Dans le cas des comptes de dépôt d'exploitant ou des comptes de dépôt d'exploitant d'aéronef, l'autorité "
        "compétente ou l'autorité chargée de faire appliquer la loi peut donner instruction à l'administrateur "
        "national de bloquer les comptes auxquels l'accès a été suspendu, jusqu'à ce que l'autorité compétente "
        "constate que la situation ayant donné lieu à la suspension de l'accès a été réglée.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _UNTIL, ids=["no until", "until no longer", "until determines no longer"]
)
def test_negation_said_with_until_is_answered(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_no_longer_outside_an_until_clause_needs_an_answer() -> None:
    en = "All access to the account shall be suspended where the reasons for refusal are no longer present."
    fr = "Tous les accès au compte sont suspendus lorsque les motifs de refus subsistent."
    assert negations(en, fr) != []


# « tant que l'enquête est en cours, l'infraction … ne cause pas », « aussi longtemps que l'émetteur est en mesure
# de …, il n'est pas tenu », « Tant qu'un produit est sous leur responsabilité, les importateurs s'assurent que … ne
# compromettent pas »: a « tant que » clause that says its own verb and closes at a comma; the negation after that
# comma is the main clause's, which English says too ("does not seriously … harm", "shall not be required", "do not
# jeopardise"), and it needs an answer.
_MAIN_AFTER_UNTIL = [
    # 32019L0001, recital 38 (its first sentence)
    (
        "(38) Interim measures can be an important tool to ensure that, while an investigation is ongoing, the "
        "infringement being investigated does not seriously and irreparably harm competition.",
        "(38) Des mesures provisoires peuvent constituer un outil important pour garantir que, tant que l'enquête "
        "est en cours, l'infraction qui fait l'objet de l'enquête ne cause pas de préjudice grave et irréparable à "
        "la concurrence.",
        "does not seriously and irreparably harm",
        "does seriously and irreparably harm",
    ),
    # 32019R2115, Article 1 (its second sentence)
    (
        "As long as the issuer is able to justify its decision to delay, the issuer shall not be required to keep a "
        "record of that explanation.’;",
        "Aussi longtemps que l’émetteur est en mesure de justifier sa décision de différer la publication, il n’est "
        "pas tenu de conserver un enregistrement de ces explications.»",
        "shall not be required",
        "shall be required",
    ),
    # 32024R1781, Article 29(5)
    (
        "5.   Importers shall ensure that, while a product is under their responsibility, storage or transport "
        "conditions do not jeopardise its compliance with the requirements set out in the applicable delegated act "
        "adopted pursuant to Article 4.",
        "5.   Tant qu’un produit est sous leur responsabilité, les importateurs s’assurent que les conditions de "
        "stockage ou de transport ne compromettent pas sa conformité avec les exigences visées dans l’acte délégué "
        "applicable adopté en vertu de l’article 4.",
        "do not jeopardise",
        "do jeopardise",
    ),
    # 32025R0327, Article 32(4): the « tant que » clause set inside the main one, between commas
    (
        "4.   Importers shall ensure that, while an EHR system is under their responsibility, the EHR system is not "
        "altered in such a way that its conformity with the essential requirements laid down in Annex II and with "
        "any requirements adopted pursuant to Article 42 is jeopardised.",
        "4.   Les importateurs veillent à ce que le système de DME, tant qu’il est sous leur responsabilité, ne soit "
        "pas modifié de telle sorte que sa conformité aux exigences essentielles fixées à l’annexe II et aux "
        "exigences éventuelles adoptées en vertu de l’article 42 soit compromise.",
        "is not altered",
        "is altered",
    ),
]
_MAIN_IDS = ["while ongoing", "as long as able", "while under responsibility", "inside the main clause"]


@pytest.mark.parametrize(("en", "fr", "old", "new"), _MAIN_AFTER_UNTIL, ids=_MAIN_IDS)
def test_negation_of_main_clause_after_until_clause_is_answered(en: str, fr: str, old: str, new: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "old", "new"), _MAIN_AFTER_UNTIL, ids=_MAIN_IDS)
def test_negation_of_main_clause_after_until_clause_needs_an_answer(
    en: str, fr: str, old: str, new: str
) -> None:
    assert negations(en.replace(old, new), fr) != []
