"""The model-free parts of translation: sentence splitting, placeholders, typography."""

from __future__ import annotations

import pytest

from mou_review.domain.translation import protect, restore, split_sentences, typography
from mou_review.domain.types import Lang

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("See Art. 5 and No. 3 here. Next one!", ["See Art. 5 and No. 3 here.", "Next one!"]),
        ("Paragraph 3.2 applies. Item (a) too.", ["Paragraph 3.2 applies.", "Item (a) too."]),
        ("Signed by J. Smith. Then filed.", ["Signed by J. Smith.", "Then filed."]),
        (
            "Voir l’art. 4, etc. et la suite. « Citation. » Fin.",
            ["Voir l’art. 4, etc. et la suite.", "« Citation. »", "Fin."],
        ),
        ("lower. case stays", ["lower. case stays"]),
        ("", []),
    ],
)
def test_split_sentences_respects_legal_abbreviations(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "source", "protected", "renderings"),
    [
        ("under Article 12(3)", Lang.EN, "under ⟦0⟧", ["article 12, paragraphe 3"]),
        ("Article 4(a)(ii)", Lang.EN, "⟦0⟧", ["article 4, alinéa a), point ii)"]),
        ("de l'article 1er, paragraphe 2", Lang.FR, "de ⟦0⟧", ["Article 1(2)"]),
        ("(a) x; (iv) y", Lang.EN, "⟦0⟧ x; ⟦1⟧ y", ["a)", "iv)"]),
        ("a) x ; iv) y", Lang.FR, "⟦0⟧ x ; ⟦1⟧ y", ["(a)", "(iv)"]),
        ("USD 12,500.75 on 3 March 2022", Lang.EN, "USD ⟦0⟧ on ⟦1⟧", [f"12{NBSP}500,75", "3 mars 2022"]),
        ("March 1, 2022", Lang.EN, "⟦0⟧", ["1er mars 2022"]),
        (f"12{NBSP}500,75 le 1er août 2022", Lang.FR, "⟦0⟧ le ⟦1⟧", ["12,500.75", "1 August 2022"]),
        ("clause 3.2 of 2021", Lang.EN, "clause ⟦0⟧ of ⟦1⟧", ["3.2", "2021"]),
        ("Competent Authority ⟦7⟧", Lang.EN, "⟦0⟧ ⟦1⟧", ["Autorité compétente", "⟦7⟧"]),
    ],
)
def test_protect_replaces_structure_with_placeholders(
    text: str, source: Lang, protected: str, renderings: list[str]
) -> None:
    out, rendered, originals = protect(
        text, source, source.other, [("competent authority", "autorité compétente")]
    )
    assert (out, rendered) == (protected, renderings)
    assert len(originals) == len(rendered)


@pytest.mark.parametrize(
    ("model_output", "renderings", "expected"),
    [
        ("selon ⟦0⟧.", ["article 3"], "selon l'article 3."),
        ("du ⟦0⟧ et au ⟦1⟧", ["article 3", "article 4"], "de l'article 3 et à l'article 4"),
        ("⟦0⟧ s'applique.", ["article 3"], "L'article 3 s'applique."),
        ("le ⟦ 0 ⟧ prévoit", ["article 3"], "l'article 3 prévoit"),
        ("rien", ["article 3"], None),
        ("⟦0⟧ ⟦0⟧", ["a)"], None),
        ("⟦0⟧ ⟦1⟧", ["a)"], None),
    ],
)
def test_restore_maps_placeholders_and_detects_losses(
    model_output: str, renderings: list[str], expected: str | None
) -> None:
    assert restore(model_output, renderings, Lang.FR) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            'ce qui suit: le "Comité"; fin!',
            Lang.FR,
            f"ce qui suit{NBSP}: le «{NBSP}Comité{NBSP}»{NBSP}; fin{NBSP}!",
        ),
        ("à 10:30 voir http://x", Lang.FR, "à 10:30 voir http://x"),
        (f"as follows{NBSP}: the «{NBSP}Committee{NBSP}»", Lang.EN, "as follows: the “Committee”"),
    ],
)
def test_typography_follows_target_language(text: str, lang: Lang, expected: str) -> None:
    assert typography(text, lang) == expected
