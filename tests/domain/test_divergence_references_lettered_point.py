"""A point named by its letter and number glued together ("Recommendation B1") is « B, point 1 » in French.

The European Systemic Risk Board numbers the points of its recommendations "Recommendation A1", "B1", "C2"; French
cites the same point « la recommandation B, point 1) » (2014/59, 2021/23, 2025/1).  The French reference reader
sees a « point 1) » the English does not have, and the English "B1" is no citation to it.  Where the other text
cites point 1 of the same letter, "B1" is read as that point.  A point the two texts number differently still
differs.
"""

from __future__ import annotations

from tests.domain.divergence_keys import references

EN = "The authorities shall follow Recommendation C2 of the Board's recommendation of 4 April 2016 on funding risks."
FR = (
    "Les autorités suivent la recommandation C, point 2), de la recommandation du Comité du 4 avril 2016 "
    "relative aux risques de financement."
)


def test_letter_and_number_glued_cite_the_french_point() -> None:
    assert references(EN, FR) == []


def test_another_point_number_still_differs() -> None:
    fr = FR.replace("point 2)", "point 3)")
    assert references(EN, fr) != []
