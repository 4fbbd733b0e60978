"""A provision that does not concern one language version has nothing in it to compare.

An act that amends or corrects some language versions only leaves in the others a note in their own language,
"(Does not concern the English language.)" or « (Ne concerne pas la version française.) », beside the full provision in
the version it amends.  The other text is no translation of the note: its figures, dates, citations and terms have
no counterpart to find.  A note copied untranslated into the other version, or a version left empty, is still told."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair

_FR_AMENDMENT = (
    "L'article 12, paragraphe 3, du règlement (UE) 2020/123 est remplacé par le texte suivant: «3. Les États membres "
    "peuvent, du 1er mars 2021 au 30 juin 2021, accorder une dérogation aux exploitants visés au paragraphe 2.»"
)
_EN_AMENDMENT = (
    "In Article 7(2) of Regulation (EU) 2019/456, the words ‘within 30 days’ are replaced by the words ‘within "
    "45 days’ and the Commission shall be informed by 1 April 2020."
)


def _blocking(en: str, fr: str) -> list[str]:
    return [f.key for f in check_pair(ClausePair(en, fr)) if f.severity in (Severity.ERROR, Severity.WARNING)]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("(does not concern the English language)", _FR_AMENDMENT),
        ("(Does not concern the English version.)", _FR_AMENDMENT),
        (_EN_AMENDMENT, "(Ne concerne pas la version française.)"),
        ("(Does not concern the English language.)", "(ne concerne pas la version française)"),
    ],
)
def test_a_version_the_provision_does_not_concern_is_silent(en: str, fr: str) -> None:
    assert _blocking(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr", "check"),
    [
        (
            "(Does not concern the English language.)",
            "(Does not concern the English language.)",
            "untranslated",
        ),
        ("(Does not concern the English language.)", "", "missing_translation"),
        # A note that says more than that is a provision like any other.
        (
            "(Does not concern the English language.) Article 3 shall apply from 1 May 2022.",
            "L'article 4 s'applique à partir du 1er mai 2022.",
            "cross_reference_mismatch",
        ),
    ],
)
def test_a_note_copied_left_empty_or_added_to_is_still_told(en: str, fr: str, check: str) -> None:
    assert any(k.startswith(check) for k in _blocking(en, fr))
