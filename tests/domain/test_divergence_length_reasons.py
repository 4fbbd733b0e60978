"""A French side shorter than the English band allows where French gives reasons in one word (issue 15).

English gives reasons in a phrase ("shall state the reasons on which they are based", "reasons shall be given for",
"shall specify the grounds on which it is made") where French says it in one verb or adjective (« sont motivées »,
« motive », « motivée »): the French runs a third shorter in characters and says the same.  Such a clause stays an
information; a French side that also lost a passage is still a warning.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, Severity, check_pair

GIVEN_REASONS = [
    (
        "Decisions of the Board shall state the reasons on which they are based. They shall be notified to the "
        "parties concerned without delay.",
        "Les décisions du conseil sont motivées. Elles sont notifiées sans délai aux parties.",
    ),
    (
        "2.   Reasons shall be given for any refusal of a licence and the applicant shall be informed accordingly.",
        "2.   Tout refus de licence est motivé et communiqué au demandeur.",
    ),
    (
        "4.   An objection shall be lodged in writing, and shall specify the grounds on which it is made. It shall not "
        "be considered as duly lodged until the objection fee has been paid.",
        "4.   L'objection est formée par écrit et motivée. Elle n'est réputée formée qu'après paiement de la taxe "
        "d'objection.",
    ),
    (
        "The supervisor shall give reasons for any refusal of access to the register and shall inform those concerned "
        "accordingly.",
        "Le superviseur motive tout refus d'accès au registre et en informe les intéressés.",
    ),
]

FRENCH_CUT_SHORT = [
    (GIVEN_REASONS[0][0], "Les décisions du conseil sont motivées."),
    (GIVEN_REASONS[1][0], "2.   Tout refus est motivé."),
    (GIVEN_REASONS[2][0], "4.   L'objection est motivée."),
    (GIVEN_REASONS[3][0], "Le superviseur motive tout refus."),
]


def length(en: str, fr: str) -> list[Finding]:
    return [f for f in check_pair(ClausePair(en, fr)) if f.check == "length_ratio"]


@pytest.mark.parametrize(("en", "fr"), GIVEN_REASONS, ids=["state", "given", "grounds", "give"])
def test_reasons_given_in_one_french_word_are_no_warning(en: str, fr: str) -> None:
    assert [f.severity for f in length(en, fr) if f.severity is not Severity.INFO] == []


@pytest.mark.parametrize(("en", "fr"), FRENCH_CUT_SHORT, ids=["state", "given", "grounds", "give"])
def test_a_french_side_that_lost_a_passage_is_still_a_warning(en: str, fr: str) -> None:
    assert [f.severity for f in length(en, fr)] == [Severity.WARNING]


def test_the_english_phrase_alone_excuses_nothing() -> None:
    # No « motiv- » word in the French: the English phrase has no French counterpart said shorter.
    found = length(
        GIVEN_REASONS[1][0],
        "2.   Tout refus de licence est communiqué au demandeur.",
    )
    assert [f.severity for f in found] == [Severity.WARNING]
