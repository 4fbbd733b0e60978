"""obligation_mismatch, force: a noun of possibility that a permission of its own side governs (« peuvent exercer le
droit de faire acquérir leurs actions », "shall also have the power to withdraw the authorisation") is part of that
permission: it answers a noun of the other side, not a verb or an adjective ("are entitled to have their shares
acquired", « sont également habilitées à le retirer »), which is the counterpart of the permission itself.  With no
permission governing it, a noun still answers a verb or an adjective of its concept ("is authorised to commence
business" / « l'obtention de l'autorisation de commencer ses activités »), which is then no counterpart of a « doivent »
of the main clause."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # Directive 2011/35/EU (mergers of public limited liability companies), Article 28
            "(a) the minority shareholders of the company being acquired must be entitled to have their shares "
            "acquired by the acquiring company;",
            "a) les actionnaires minoritaires de la société absorbée peuvent exercer le droit de faire acquérir leurs "
            "actions par la société absorbante;",
        ),
        (
            # Directive (EU) 2017/1132 (company law), Article 114
            "(a) the minority shareholders of the company being acquired are entitled to have their shares acquired "
            "by the acquiring company;",
            "a) les actionnaires minoritaires de la société absorbée peuvent exercer le droit de faire acquérir leurs "
            "actions par la société absorbante;",
        ),
        (
            # Regulation (EU) 2020/1503 (crowdfunding), Article 17
            "The competent authorities that granted authorisation shall also have the power to withdraw the "
            "authorisation in any of the following situations:",
            "Les autorités compétentes qui ont octroyé un agrément sont également habilitées à le retirer dans les "
            "situations suivantes:",
        ),
    ],
)
def test_a_verbal_possibility_answers_the_modal_not_the_noun(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_verbal_possibility_with_no_modal_at_its_place_answers_the_noun() -> None:
    # Directive (EU) 2017/1132 (company law), Article 48
    en = (
        "However, where shares are issued for consideration other than in cash at the time the company is "
        "incorporated or is authorised to commence business, the consideration shall be transferred in full within "
        "five years of that time."
    )
    fr = (
        "Toutefois, les actions émises en contrepartie d'apports autres qu'en numéraire au moment de la constitution "
        "de la société ou au moment de l'obtention de l'autorisation de commencer ses activités doivent être "
        "entièrement libérées dans un délai de cinq ans à partir du moment de la constitution ou du moment de "
        "l'obtention de ladite autorisation."
    )
    assert force(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # "may" against « doivent », the noun « droit » said on the French side alone
            "(a) the minority shareholders of the company being acquired may exercise the right to have their shares "
            "acquired by the acquiring company;",
            "a) les actionnaires minoritaires de la société absorbée doivent exercer le droit de faire acquérir leurs "
            "actions par la société absorbante;",
        ),
        (
            # "shall" against « peuvent », with "entitled" elsewhere in the sentence
            "The competent authorities shall withdraw the authorisation where the provider is no longer entitled to "
            "provide the services.",
            "Les autorités compétentes peuvent retirer l'agrément lorsque le prestataire n'a plus le droit de fournir "
            "les services.",
        ),
    ],
)
def test_a_change_of_force_beside_the_concept_still_fires(en: str, fr: str) -> None:
    assert force(en, fr)
