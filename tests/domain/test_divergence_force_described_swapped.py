"""obligation_mismatch, force: a French possibility described in a clause (« la manière dont il est possible de »)
answers an English possibility said elsewhere, before a duty that stands nearer to it, when that possibility is in the
clause the duty's verb governs ("shall explain how … can be requested") or ends its own clause before the duty
("concludes that licences can be granted, it shall publish").  Not when a clause opens between the possibility and the
duty: the duty then says the French modal's clause, "where there are demonstrable grounds that a conflict shall arise"
against « des raisons démontrables de croire qu'un conflit peut survenir », and a "may" turned into "shall" there is
reported.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force, obligations

_GROUNDS_EN = (
    "(c) appropriate arrangements to separate the two functions, where there are demonstrable grounds that a "
    "conflict of interest {modal} arise between those activities;"
)
_GROUNDS_FR = (
    "c) des dispositifs appropriés pour séparer les deux fonctions, lorsqu'il existe des raisons démontrables de "
    "croire qu'un conflit d'intérêts peut survenir entre ces activités;"
)
_WAIVER_EN = (
    "The report referred to in paragraph 1 need not be drawn up if all the shareholders of the merging companies "
    "agree that it {modal} be dispensed with."
)
_WAIVER_FR = (
    "Le rapport visé au paragraphe 1 n'est pas requis si tous les actionnaires des sociétés qui fusionnent "
    "conviennent que l'on peut s'en dispenser."
)
_LICENCES_EN = (
    "5.   Where the authority concludes that additional licences {modal} be granted, it shall publish that conclusion "
    "and open the procedure for granting them."
)
_LICENCES_FR = (
    "5.   Lorsque l'autorité conclut que des licences supplémentaires peuvent être octroyées, elle publie cette "
    "conclusion et ouvre la procédure d'octroi de ces licences."
)
_NOTICE_EN = "Each notice shall explain how a copy of the register {modal} be requested."
_NOTICE_FR = "Chaque avis explique la manière dont il est possible de demander une copie du registre."


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (_GROUNDS_EN, _GROUNDS_FR),
        (_WAIVER_EN, _WAIVER_FR),
        (_NOTICE_EN, _NOTICE_FR),
        (_LICENCES_EN, _LICENCES_FR),
    ],
)
def test_described_possibility_answers_may(en: str, fr: str) -> None:
    assert obligations(en.format(modal="may"), fr) == []
    assert obligations(en.format(modal="can"), fr) == []


@pytest.mark.parametrize(
    ("en", "fr", "key"),
    [
        (_GROUNDS_EN, _GROUNDS_FR, "obligation_mismatch:force:shall|peut"),
        (_WAIVER_EN, _WAIVER_FR, "obligation_mismatch:force:shall|peut"),
    ],
)
def test_shall_in_the_described_clause_faces_the_french_possibility(en: str, fr: str, key: str) -> None:
    assert [f.key for f in force(en.format(modal="shall"), fr)] == [key]


def test_possibility_ending_its_own_clause_before_the_duty_answers_it() -> None:
    # "concludes that licences can be granted, it shall publish": no clause opened between "can" and "shall"
    assert force(_LICENCES_EN.format(modal="can"), _LICENCES_FR) == []


def test_possibility_the_duty_governs_still_answers_it() -> None:
    # "shall explain how … can be requested": the possibility after the duty, in the clause it governs
    assert force(_NOTICE_EN.format(modal="can"), _NOTICE_FR) == []
