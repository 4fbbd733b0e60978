"""Constructions of official EN/FR drafting that the non-obligation checks must read alike (issue 15).

Each case is written for this test in the style of a construction seen in several acts of the wide
corpus, never one act's wording.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair
from mou_review.domain.types import ClauseKind


def blocking(en: str, fr: str, kind: ClauseKind | None = None) -> set[str]:
    """Return the checks that fire at warning or error on a pair."""
    return {f.check for f in check_pair(ClausePair(en, fr, kind=kind)) if f.severity is not Severity.INFO}


# --- a point inserted by an amending act: "(ka)" in English, « k bis) » in French ----------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "\u2018(ca) to keep a register of the approved auditors and to publish it once a year;\u2019;",
            "\u00abc bis) tenir un registre des contr\u00f4leurs agr\u00e9\u00e9s et le publier une fois par an;\u00bb;",
        ),
        (
            "(gb) where relevant, a statement that the data have been checked against the register;",
            "g ter) le cas \u00e9ch\u00e9ant, une d\u00e9claration indiquant que les donn\u00e9es ont \u00e9t\u00e9 "
            "v\u00e9rifi\u00e9es par rapport au registre;",
        ),
        (
            "\u2018(xiva) Article 12b(2) and (4);",
            "\u00abxiv bis) article 12 ter, paragraphes 2 et 4;",
        ),
        (
            "\u2018(md) the date on which the plan was last reviewed by the board;\u2019;",
            "\u00abm quinquies) la date \u00e0 laquelle le plan a \u00e9t\u00e9 r\u00e9examin\u00e9 pour la "
            "derni\u00e8re fois par le conseil;\u00bb;",
        ),
    ],
)
def test_inserted_point_faces_its_latin_numbered_french_label(en: str, fr: str) -> None:
    assert "structure_mismatch" not in blocking(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # The French label names another point: the English bracket has no counterpart.
        (
            "\u2018(ca) to keep a register of the approved auditors and to publish it once a year;\u2019;",
            "\u00abc ter) tenir un registre des contr\u00f4leurs agr\u00e9\u00e9s et le publier une fois par an;\u00bb;",
        ),
        # The French cites the inserted point in running text; its own head has no label of that kind.
        (
            "\u2018(aa) the fees charged for the services referred to in point (a);\u2019;",
            "\u00ables redevances per\u00e7ues pour les services vis\u00e9s au point a bis);\u00bb;",
        ),
    ],
)
def test_inserted_point_needs_the_same_point_in_french(en: str, fr: str) -> None:
    assert "structure_mismatch" in blocking(en, fr)
