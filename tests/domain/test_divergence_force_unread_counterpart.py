"""obligation_mismatch, force: a French word of authorisation or competence that renders its own English word at its
place ("a reduction was allowed" / « une réduction a été autorisée », "the examiner competent for it" / « l'examinateur
compétent pour celui-ci », "clauses expressly empowering" / « des clauses qui habilitent expressément ») is the
rendering of that word, even where English does not read it as a possibility: it is then no counterpart of a modal
said elsewhere ("may be recovered" against « est recouvrée », "who may decide" against « qui doit décider »)."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_ALLOWED_EN = "Any fee for which a reduction was allowed under Article 4 {} recovered in full where the grant is repaid."
_ALLOWED_FR = (
    "Toute redevance pour laquelle une réduction a été autorisée au titre de l'article 4 {} recouvrée intégralement "
    "lorsque la subvention est remboursée."
)
_COMPETENT_EN = (
    "Where the appeal concerns other goods, the file shall be sent to the examiner competent for it, who {} decide to "
    "reopen the examination."
)
_COMPETENT_FR = (
    "Lorsque le recours concerne d'autres produits, le dossier est transmis à l'examinateur compétent pour celui-ci, "
    "qui {} décider de rouvrir l'examen."
)
_EMPOWERING_EN = (
    "The contracts concluded by the Office {} clauses expressly empowering the auditors to carry out checks on the "
    "premises of the beneficiaries."
)
_EMPOWERING_FR = (
    "Les contrats conclus par l'Office {} des clauses qui habilitent expressément les auditeurs à effectuer des "
    "contrôles dans les locaux des bénéficiaires."
)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (_ALLOWED_EN.format("may be"), _ALLOWED_FR.format("est")),
        (_COMPETENT_EN.format("may"), _COMPETENT_FR.format("doit")),
        (_EMPOWERING_EN.format("may contain"), _EMPOWERING_FR.format("contiennent")),
    ],
)
def test_a_word_rendered_at_its_place_answers_no_modal(en: str, fr: str) -> None:
    assert force(en, fr) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (_ALLOWED_EN.format("may be"), _ALLOWED_FR.format("peut être")),
        (_ALLOWED_EN.format("shall be"), _ALLOWED_FR.format("est")),
        (_COMPETENT_EN.format("may"), _COMPETENT_FR.format("peut")),
        (_EMPOWERING_EN.format("may contain"), _EMPOWERING_FR.format("peuvent contenir")),
        (_EMPOWERING_EN.format("shall contain"), _EMPOWERING_FR.format("contiennent")),
    ],
)
def test_the_same_force_said_on_both_sides_is_no_divergence(en: str, fr: str) -> None:
    assert force(en, fr) == []
