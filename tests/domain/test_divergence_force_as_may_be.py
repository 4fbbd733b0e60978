"""obligation_mismatch, force: « comme ce peut être le cas », « comme cela peut ressortir des normes » are the French of
"as may be the case", "as may be reflected in the standards": a comparative clause with an impersonal subject (« ce »,
« cela ») that says what may be so, a possibility described, granting nothing; the English "as may be" is set aside
already, and the French modal after « comme ce / cela » is no permission either."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Providers shall ensure that their technical solutions are reliable, taking into account the costs of "
            "implementation and the state of the art, as may be reflected in the relevant harmonised standards.",
            "Les fournisseurs veillent à ce que leurs solutions techniques soient fiables, compte tenu des coûts de mise "
            "en œuvre et de l'état de la technique, comme cela peut ressortir des normes harmonisées pertinentes.",
        ),
        (
            "Services for which a fee is charged only to recover the costs of operating them, such as may be the case "
            "with services provided by public bodies, shall not on that ground alone be regarded as an economic "
            "activity.",
            "Les services pour lesquels une rétribution est perçue à la seule fin de récupérer les coûts de leur "
            "fonctionnement, comme ce peut être le cas des services fournis par des organismes publics, ne sont pas "
            "considérés pour cette seule raison comme une activité économique.",
        ),
        (
            "The authority shall take into account any links between the markets concerned, as may be the case between "
            "certain fixed and mobile markets.",
            "L'autorité tient compte des liens entre les marchés concernés, comme cela peut notamment être le cas entre "
            "certains marchés fixes et mobiles.",
        ),
    ],
)
def test_a_modal_after_comme_ce_or_cela_describes(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_modal_after_comme_and_a_noun_subject_still_fires() -> None:
    # « comme » and a subject of its own that is no impersonal « ce » / « cela »: not the clause of "as may be"
    assert force(
        "The authority shall inform the applicant of its decision.",
        "L'autorité peut informer le demandeur de sa décision, comme le demandeur peut le demander.",
    )


def test_a_main_permission_beside_comme_cela_still_fires() -> None:
    # the main clause's « peut » against "shall", whatever the « comme cela » clause says
    assert force(
        "The authority shall publish its decision, as may be the case for other decisions.",
        "L'autorité peut publier sa décision, comme cela peut être le cas pour d'autres décisions.",
    )
