"""Figures of citations that one text detaches from their keyword (issue 15, wide corpus of EU acts).

Both languages cite articles, paragraphs and points by a figure after a keyword.  A slip (« l'article°12 »,
« paragaphe 4 ») or a keyword left out ("referred to in 214(3), point (b)") leaves the figure bare in one text
while the other cites it: where the citations of the two texts agree, that figure is the same citation, not a
number one text adds.  A count or an amount beside a citation, or a figure the citations disagree on, is still
caught.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    (
        "The operator shall keep the records in accordance with Article 12, points (1) and (3), of this Regulation.",
        "L'exploitant conserve les relevés conformément à l'article°12, paragraphes 1 et 3, du présent règlement.",
    ),
    (
        "The data referred to in Article 8(4)(c) shall be sent to the competent authority every quarter.",
        "Les données visées à l'article 8, paragaphe 4, point c), sont transmises chaque trimestre à l'autorité "
        "compétente.",
    ),
    (
        "(ii) whether the exposure exceeds the limit referred to in 214ab(3), point (b), of Regulation (EU) No 575/2013;",
        "ii) si l'exposition dépasse la limite visée à l’article 214 quinquagies, paragraphe 3, point b), du "
        "règlement (UE) no 575/2013;",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["degree-sign", "misspelt-keyword", "keyword-left-out"])
def test_a_figure_the_other_text_cites_is_that_citation(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "number_mismatch") == []
    assert blocking_keys(en, fr, "cross_reference_mismatch") == []


def test_a_count_beside_a_citation_is_still_a_number() -> None:
    en = "The notice referred to in Article 9(2) shall be given 30 days after the request."
    fr = "L'avis visé à l'article 9, paragraphe 2, 40 jours après la demande."
    assert blocking_keys(en, fr, "number_mismatch")


def test_a_figure_the_citations_disagree_on_is_still_caught() -> None:
    en = "The operator shall keep the records in accordance with Article 13, points (1) and (3), of this Regulation."
    fr = "L'exploitant conserve les relevés conformément à l'article°12, paragraphes 1 et 3, du présent règlement."
    assert blocking_keys(en, fr, "number_mismatch") + blocking_keys(en, fr, "cross_reference_mismatch")
