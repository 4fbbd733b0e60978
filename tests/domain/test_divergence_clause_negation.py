"""A negation in a clause that both languages open at the same place answers its like first (issue 15).

"the Secretariat shall not require … that the Parties that have no delegation … be represented" / « le secrétariat ne
peut imposer … aux Parties dont aucune délégation n'est établie … d'être représentées »: French reads the « aucune
… n' » of the relative clause as carrying on the « ne peut » before it in its sentence, so that it needs no answer; the
English "no" of that clause stands at its place, and must answer it rather than the « ne peut » of the main clause.
Else, with "shall not require" made "shall require", the "no" answers « ne peut » and the drop goes unreported.  The
same holds for a clause opened by a conjunction ("where none of", « lorsqu'aucune ») and for a coordinated clause
that both languages open again ("and if it were not financed" / « et si elle n'était pas financée »).  A negation that English
says once for two clauses that French negates each ("that could not be prevented or mitigated" / « qu'il n'a pas été
possible de prévenir ou qui n'a pas pu être atténuée ») is left to the first French negation, as before.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the English negation of the main clause, dropped)
_OWN_CLAUSE = [
    (
        "Where the Committee exercises that option, the Secretariat shall not require, for the purposes of Article 4, "
        "that the Parties that have no delegation in the host country be represented at the meeting of the Council "
        "convened to adopt the annual work programme and the budget of the Network.",
        "Lorsque le Comité exerce cette option, le secrétariat ne peut imposer, aux fins de l'article 4, aux "
        "Parties dont aucune délégation n'est établie dans le pays hôte d'être représentées à la réunion du Conseil "
        "convoquée pour adopter le programme de travail annuel et le budget du réseau.",
        ("shall not require", "shall require"),
    ),
    (
        "When it chairs the Joint Committee, a Party shall not table a proposal where none of the other Parties has "
        "been consulted on it.",
        "Lorsqu'elle préside le comité mixte, une Partie s'abstient de présenter une proposition lorsqu'aucune des "
        "autres Parties n'a été consultée à son sujet.",
        ("shall not table", "shall table"),
    ),
    (
        "An entity shall be treated as a member of the Network for the purposes of this Article if it had not been "
        "created under a national programme and if it were not financed by a single Party, whatever its legal form "
        "and the law under which it operates.",
        "Une entité est traitée comme membre du réseau aux fins du présent article si elle n'avait pas été créée dans "
        "le cadre d'un programme national et si elle n'était pas financée par une seule Partie, quels que soient sa "
        "forme juridique et le droit qui la régit.",
        ("had not been created", "had been created"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "drop"), _OWN_CLAUSE, ids=["dont aucune", "lorsqu'aucune", "et si elle"]
)
def test_clause_negation_answers_its_like_before_the_main_one(
    en: str, fr: str, drop: tuple[str, str]
) -> None:
    assert negations(en, fr) == []
    assert negations(en.replace(*drop), fr) != []


def test_clause_negation_said_once_for_two_french_clauses_answers_the_first() -> None:
    # English opens one clause ("that could not be …") where French opens two and negates each, the second coordinated.
    en = (
        "Before ending the cooperation, the Party shall assess whether the harm that could not be prevented or "
        "adequately mitigated would be more severe."
    )
    fr = (
        "Avant de mettre fin à la coopération, la Partie évalue si le préjudice qu'il n'a pas été possible de "
        "prévenir ou qui n'a pas pu être atténué de manière adéquate serait plus grave."
    )
    assert negations(en, fr) == []
