"""Two English sentences that French joins into one: the second English sentence picks up a noun of the first
("That report shall be accompanied …", "This shall include …", "Those clarifications are needed …") and French
ties its content to that noun by a participle, a relative clause or a purpose clause, leaving out the repeated
subject and its verb.  The French sentence then runs shorter than the two English ones, yet carries the words of
each; a French sentence that lost one of them carries none of its words.

Each case is written for this test, after a class of language seen in official EU texts, never one act's wording.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys


def sentences(en: str, fr: str) -> list[str]:
    """Return the keys of the sentence findings at warning or error on a pair."""
    return blocking_keys(en, fr, "structure_mismatch:sentences")


_REPORT_EN = (
    "Every two years, the Agency shall submit to the Commission a report on the application of the common "
    "procedures by the national authorities and on the results of the inspections carried out in the Member "
    "States. That report shall be accompanied, where necessary, by proposals for improving the procedures."
)
_REPORT_FR = (
    "Tous les deux ans, l'Agence présente à la Commission un rapport sur l'application des procédures communes "
    "par les autorités nationales et sur les résultats des inspections menées dans les États membres{}"
)
_REPORT_JOINED = ", accompagné, si nécessaire, de propositions d'amélioration des procédures."

_STORAGE_EN = (
    "(c) 'storage services' means services consisting of the reception, storage and dispatch of goods. This "
    "shall include both temporary and permanent storage in warehouses situated within the territory of the Union;"
)
_STORAGE_FR = (
    "c) «services d'entreposage», des services consistant en la réception, l'entreposage et l'expédition de "
    "marchandises{}"
)
_STORAGE_JOINED = ", temporaire ou permanent, en entrepôt sur le territoire de l'Union;"

_TERMS_EN = (
    "(7) It is necessary to clarify a small number of procedural terms. Those procedural clarifications are "
    "needed to ensure the coherent application of this Regulation across the Union and to reduce the "
    "administrative burden for applicants. Those clarifications should be strictly limited to the purposes of "
    "this Regulation."
)
_TERMS_FR = (
    "(7) {}il est nécessaire de clarifier certains termes de procédure. Ces clarifications devraient être "
    "strictement limitées aux fins du présent règlement."
)
_TERMS_JOINED = (
    "Afin d'assurer l'application cohérente du présent règlement dans toute l'Union et de réduire la charge "
    "administrative pour les demandeurs, "
)

_JOINED = [
    (_REPORT_EN, _REPORT_FR.format(_REPORT_JOINED)),
    (_STORAGE_EN, _STORAGE_FR.format(_STORAGE_JOINED)),
    (_TERMS_EN, _TERMS_FR.format(_TERMS_JOINED)),
]

_LOST = [
    (_REPORT_EN, _REPORT_FR.format(".")),
    (_STORAGE_EN, _STORAGE_FR.format(";")),
    (_TERMS_EN, "(7) Il" + _TERMS_FR.format("")[5:]),
]


@pytest.mark.parametrize(("en", "fr"), _JOINED)
def test_a_french_sentence_carrying_the_words_of_both_is_a_join(en: str, fr: str) -> None:
    assert sentences(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), _LOST)
def test_a_french_sentence_without_the_words_of_the_second_lost_it(en: str, fr: str) -> None:
    assert sentences(en, fr) != []
