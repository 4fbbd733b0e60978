"""obligation_mismatch, force: « comment » opens an indirect question (« des orientations précisant comment elles
peuvent satisfaire aux conditions », « une analyse indiquant comment l'établissement peut demander »), as "how" does in
English: the modal in it describes what is asked about, it grants nothing; English often says it by "how to" with no
modal ("guidance on how to meet the conditions")."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "7.   By 1 June 2026, the Commission shall issue guidance on how the technologies concerned can be "
            "regarded as strategic as well as on how to meet the conditions set out in paragraph 2.",
            "7.   Au plus tard le 1er juin 2026, la Commission publie des orientations précisant comment les "
            "technologies concernées peuvent être considérées comme stratégiques et comment elles peuvent satisfaire aux "
            "conditions énoncées au paragraphe 2.",
        ),
        (
            "4.   The plan shall include an analysis of how and when the institution would apply for the use of central "
            "bank facilities.",
            "4.   Le plan comporte une analyse indiquant comment et à quel moment l'établissement peut demander à "
            "recourir aux facilités de la banque centrale.",
        ),
        (
            "(a) make available to the public instructions explaining how to obtain and use the data easily.",
            "a) mettent à la disposition du public des instructions expliquant comment l'utilisateur peut obtenir et "
            "utiliser facilement les données.",
        ),
    ],
)
def test_a_modal_in_an_indirect_question_grants_nothing(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_main_permission_after_a_closed_comment_clause_still_fires() -> None:
    # the sentence's own « peuvent », after the indirect question, against "shall"
    assert force(
        "The guidance shall explain how the conditions are met. Member States shall apply it.",
        "Les orientations expliquent comment les conditions sont remplies. Les États membres peuvent les appliquer.",
    )
