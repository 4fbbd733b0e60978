"""A bracket inside a bracket (issue 15, wide corpus of EU acts).

English nests round brackets: "(IFRS as adopted pursuant to Regulation (EC) No 1606/2002)". French typography
writes the outer bracket as square brackets: « [IFRS adoptées en vertu du règlement (CE) no 1606/2002] ». The
two are the same parenthesised passage.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    (
        "The accounts shall be drawn up under International Financial Reporting Standards (IFRS as adopted by "
        "the Union pursuant to Regulation (EC) No 1606/2002) by each reporting entity.",
        "Les comptes sont établis selon les normes internationales d’information financière [IFRS adoptées par "
        "l’Union en vertu du règlement (CE) no 1606/2002] par chaque entité déclarante.",
    ),
    (
        "The method shall rest on a carbon test (namely a measure by Accelerator Mass Spectrometry (AMS) of the "
        "samples taken) of the products.",
        "La méthode repose sur un essai au carbone [à savoir une mesure par spectrométrie de masse par "
        "accélérateur (SMA) des échantillons prélevés] des produits.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["act", "acronym"])
def test_square_brackets_answer_nested_round_brackets(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "structure_mismatch:brackets") == []


def test_a_passage_dropped_from_brackets_is_still_caught() -> None:
    en = (
        "The report shall be sent to the Authority before the end of the year (Article 3(1) of Regulation (EU) "
        "No 1093/2010)."
    )
    fr = "Le rapport est transmis à l’Autorité avant la fin de l’année."
    assert blocking_keys(en, fr, "structure_mismatch:brackets")
