"""A French open list, facing an English "limited to", shows a dropped "not" (issue 15, wide corpus).

"The review shall include, but shall not be limited to, the following" / « L'examen porte notamment, sans que cette
liste soit exhaustive, sur », "the measures include but are not limited to" / « les mesures comprennent, sans s'y
limiter », "covers the territory, not being limited to the zones" / « couvre le territoire, sans se limiter aux
zones »: French says that a list or a scope is open by « sans », which answers the English "not".  Where that "not"
is dropped ("but shall be limited to"), neither side says a negation, and only the French phrase, left facing an
English "limited to" at its place, shows that English closes what French leaves open.  A faithful pair is left alone:
English saying "without being limited to" (its "without" answers the « sans »), or a « sans » of another phrase.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French, the English negation and the words it leaves when dropped)
_OPEN = [
    (
        "4.   The annual review shall include an evaluation of, but shall not be limited to, the following matters:",
        "4.   L'examen annuel comporte une évaluation portant notamment, sans que cette liste soit exhaustive, sur les "
        "points suivants:",
        ("en", "shall not be limited", "shall be limited"),
    ),
    (
        "Those corrective measures may include, but are not limited to, the suspension of the licence.",
        "Ces mesures correctives peuvent comprendre, sans s'y limiter, la suspension de la licence.",
        ("en", "are not limited", "are limited"),
    ),
    (
        "The network shall cover the whole region, taking into account the density of the population, not being "
        "limited to the towns where the service is profitable.",
        "Le réseau couvre l'ensemble de la région, compte tenu de la densité de la population, sans se limiter aux "
        "villes où le service est rentable.",
        ("en", "not being limited", "being limited"),
    ),
]
_IDS = ["liste-exhaustive", "sans-s-y-limiter", "sans-se-limiter"]


@pytest.mark.parametrize(("en", "fr", "drop"), _OPEN, ids=_IDS)
def test_open_list_answers_the_negation(en: str, fr: str, drop: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "drop"), _OPEN, ids=_IDS)
def test_negation_dropped_against_an_open_list(en: str, fr: str, drop: tuple[str, str, str]) -> None:
    assert negations(*changed(en, fr, drop)) != []


def test_open_list_said_on_both_sides() -> None:
    en = "Those corrective measures may include, without being limited to, the suspension of the licence."
    fr = "Ces mesures correctives peuvent comprendre, sans s'y limiter, la suspension de la licence."
    assert negations(en, fr) == []


def test_other_absence_beside_a_limit() -> None:
    en = "The aid shall be limited to the costs of the study, which the operator shall submit promptly."
    fr = "L'aide est limitée aux coûts de l'étude, que l'exploitant présente sans délai."
    assert negations(en, fr) == []
