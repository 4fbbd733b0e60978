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
