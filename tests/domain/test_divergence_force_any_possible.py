"""obligation_mismatch, force: a French word of possibility that grants nothing is no counterpart of an English "may"
that grants.  « éventuel(lement) » says "any", "possible" of a thing (« en prévision d'éventuelles situations
d'urgence »): it answers a "may" that describes ("the positions that it may hold" / « les positions qu'il détient
éventuellement »), not a power granted to the subject.  A possibility that « veiller à ce que » governs (« veillent à
ce que le personnel puisse contacter ») is what the duty ensures: it answers a possibility that "ensure that" governs
("shall ensure that authorities may waive"), not a "may" of the main clause ("may ensure that")."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (  # 32025r0791-a19-01, "shall" made "may"
            "1.   The consolidating supervisor and the members of the college of supervisors may establish a college "
            "framework in anticipation of possible emergency situations in accordance with Article 112(1).",
            "1.   L'autorité de surveillance sur base consolidée et les membres du collège d'autorités de surveillance "
            "établissent un cadre collégial en prévision d'éventuelles situations d'urgence conformément à l'article "
            "112, paragraphe 1.",
        ),
        (  # 32017r0584-a4-06, "shall" made "may"
            "Trading venues may also ensure that compliance staff have, at all times, direct contact with persons who "
            "have access to the kill functionality.",
            "Les plates-formes de négociation veillent également à ce que le personnel chargé de la vérification de la "
            "conformité puisse à tout moment contacter directement des personnes qui ont accès au mécanisme de "
            "coupe-circuit.",
        ),
        (  # 32019r1020-a8-01, "shall" made "may"
            "1.   The Commission, in accordance with Regulation (EU) 2018/1724, may ensure that the Your Europe portal "
            "provides users with easy online access to information.",
            "1.   La Commission veille, conformément au règlement (UE) 2018/1724, à ce que le portail «L'Europe est à "
            "vous» permette aux utilisateurs d'accéder facilement en ligne à des informations.",
        ),
    ],
)
def test_a_granted_may_against_a_possibility_that_grants_nothing_fires(en: str, fr: str) -> None:
    assert force(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (  # 32017r2401-a1-201
            "2.   Where the originator institution has decided to apply paragraph 1, it shall calculate the "
            "risk-weighted exposure amounts as set out in this Chapter for the positions that it may hold in the "
            "securitisation.",
            "2.   Lorsque l'établissement initiateur a décidé d'appliquer le paragraphe 1, il calcule les montants "
            "d'exposition pondérés prévus au présent chapitre pour les positions qu'il détient éventuellement dans "
            "la titrisation.",
        ),
        (  # 32006l0048-a95-05
            "Where the originator credit institution fails to transfer significant credit risk in accordance with "
            "paragraph 1, it need not calculate risk-weighted exposure amounts for any positions it may have in the "
            "securitisation in question.",
            "Lorsque l'établissement de crédit initiateur ne transfère pas de risque de crédit important conformément "
            "au paragraphe 1, il n'a pas à calculer les montants des expositions pondérés pour les positions qu'il "
            "détient éventuellement dans la titrisation concernée.",
        ),
        (  # 32014l0059-a4-14
            "8.   Subject to paragraphs 9 and 10, Member States shall ensure that competent authorities and, where "
            "relevant, resolution authorities may waive the application of:",
            "8.   Sous réserve des paragraphes 9 et 10, les États membres veillent à ce que les autorités compétentes "
            "et, le cas échéant, les autorités de résolution puissent dispenser de l'application:",
        ),
        (  # 32014l0065-a70-148
            "6.   In the cases of infringements referred to in paragraphs 3, 4 and 5, Member States shall, in "
            "conformity with national law, provide that competent authorities have the power to take and impose at "
            "least the following administrative sanctions and measures:",
            "6.   Dans les cas de violations visés aux paragraphes 3, 4 et 5, les États membres, en conformité avec le "
            "droit national, veillent à ce que les autorités compétentes aient le pouvoir de prendre et d'infliger au "
            "moins les sanctions et mesures administratives suivantes:",
        ),
    ],
)
def test_a_described_or_ensured_may_is_still_answered(en: str, fr: str) -> None:
    assert force(en, fr) == []
