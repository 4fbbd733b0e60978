"""obligation_mismatch, force: a French permission said by a participle or a noun rather than by « pouvoir » (« sont
autorisées à », « sont habilitées à ») in a relative clause describes the thing the clause is about (« une plate-forme
d'enchères sur laquelle elles sont autorisées à soumettre une offre », « tout accord dont les parties sont habilitées à
procéder à une compensation »), as a modal there does: it grants nothing, and English may say it with no modal ("where
they are admitted to bid") or in a clause far from the main clause's "shall". In a main clause it still grants, and
faces an English duty."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force, obligations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32019r1868, Article 1 (an amended point (a))
            "‘(a) they shall provide any information requested by any auction platform where they are admitted to "
            "bid to fulfil its functions under this Regulation;’;",
            "«a) elles fournissent toutes les informations requises par une plate-forme d’enchères sur laquelle "
            "elles sont autorisées à soumettre une offre afin qu’elle puisse exercer ses fonctions au titre du "
            "présent règlement;»;",
        ),
        (
            # Regulation (EU) 2021/23 (CCP recovery and resolution), Article 66(2)
            "The arrangements referred to in the first subparagraph shall include any arrangement to which the "
            "parties are entitled to set-off or net those rights and liabilities.",
            "Les accords visés au premier alinéa comprennent tout accord dont les parties sont habilitées à procéder "
            "à une compensation, ou à une compensation réciproque, desdits droits et engagements.",
        ),
    ],
    ids=["sur laquelle", "dont"],
)
def test_a_permission_described_in_a_relative_clause_needs_no_modal(en: str, fr: str) -> None:
    assert obligations(en, fr) == []


def test_a_permission_of_a_main_clause_against_a_duty_still_fires() -> None:
    assert force(
        "The auction platform shall provide any information requested by the auctioneer to fulfil its functions.",
        "La plate-forme d’enchères est autorisée à fournir toutes les informations requises par l’adjudicateur "
        "afin qu’il puisse exercer ses fonctions.",
    )


def test_a_described_permission_answers_no_may_granted_in_the_main_clause() -> None:
    # the English main clause grants where the French one says a duty by its present: the described « sont autorisées
    # à » of the relative clause is no counterpart of that "may"
    assert force(
        "‘(a) they may provide any information requested by any auction platform where they are admitted to bid to "
        "fulfil its functions under this Regulation;’;",
        "«a) elles fournissent toutes les informations requises par une plate-forme d’enchères sur laquelle elles "
        "sont autorisées à soumettre une offre afin qu’elle puisse exercer ses fonctions au titre du présent "
        "règlement;»;",
    )


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # Regulation (EU) 2022/2554 (DORA), Article 28(4), point (e)
            "(e) identify and assess conflicts of interest that the contractual arrangement may cause.",
            "e) identifient et évaluent les conflits d’intérêts susceptibles de découler de l’accord contractuel.",
        ),
        (
            # Regulation (EU) 2020/1503 (crowdfunding), Annex, a risk warning
            "You may not be able to sell the investment instruments when you wish. If you are able to sell them, you "
            "may nonetheless incur losses.",
            "Vous pourriez ne pas être en mesure de vendre les instruments d’investissement au moment où vous le "
            "souhaitez. Si vous êtes en mesure de les vendre, vous risquez néanmoins de subir des pertes.",
        ),
    ],
    ids=["susceptibles de", "risquez de"],
)
def test_a_may_of_what_comes_about_faces_a_mere_possibility(en: str, fr: str) -> None:
    assert obligations(en, fr) == []


def test_a_may_of_what_comes_about_against_a_plain_present_still_fires() -> None:
    assert force(
        "(e) identify and assess conflicts of interest that the contractual arrangement may cause.",
        "e) identifient et évaluent les conflits d’intérêts qui découlent de l’accord contractuel.",
    )
