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


# « éventuellement » on a verb or a participle: French for the "may" of an English relative clause.  It grants nothing,
# and answers that "may"; a "shall" there says what must or will happen, a change of force.  Official pairs (EUR-Lex).
_POSSIBLY = [
    (  # 32006l0112, art. 79
        "The taxable person must furnish proof of the actual amount of the expenditure referred to in point (c) of the "
        "first paragraph and may not deduct any VAT which may have been charged.",
        "L'assujetti doit justifier le montant effectif des frais visés au premier alinéa, point c), et ne peut pas "
        "procéder à la déduction de la TVA qui les a éventuellement grevés.",
    ),
    (  # 32006l0114, art. 4(c)
        "(c) it objectively compares one or more material, relevant, verifiable and representative features of those "
        "goods and services, which may include price;",
        "c) elle compare objectivement une ou plusieurs caractéristiques essentielles, pertinentes, vérifiables et "
        "représentatives de ces biens et services, y compris éventuellement le prix;",
    ),
    (  # 32016r0957, art. 7(e)
        "(e) any other information and supporting documents which may be deemed relevant for the competent authority "
        "for the purposes of detecting, investigating and enforcing insider dealing, market manipulation and attempted "
        "insider dealing and market manipulation.",
        "e) toute autre information et tout autre document justificatif éventuellement jugé(e) utile à l'autorité "
        "compétente aux fins de ses activités de détection, d'enquête et d'application concernant les opérations "
        "d'initiés, les manipulations de marché et les tentatives d'opération d'initié et de manipulation de marché.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _POSSIBLY)
def test_a_may_of_a_relative_clause_against_eventuellement_is_faithful(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), _POSSIBLY)
def test_a_shall_of_a_relative_clause_against_eventuellement_fires(en: str, fr: str) -> None:
    head, may, tail = en.rpartition(" may ")  # the last "may", the relative clause's
    assert may
    changed = f"{head} shall {tail}"
    keys = [f.key for f in force(changed, fr)]
    assert keys == ["obligation_mismatch:force:shall|eventuellement"], keys


def test_an_any_after_the_shall_is_what_eventuellement_renders() -> None:
    # 32017l1132, art. 68(2): « le montant maximal éventuellement prévu par la loi » renders "any maximum amount provided
    # for by law"; the "shall" is the verb of « qu'ils fixent »
    en = (
        "2.   Nevertheless, the statutes or instrument of incorporation or the general meeting, the decision of which is "
        "to be published in accordance with the rules referred to in paragraph 1, may authorise an increase in the "
        "subscribed capital up to a maximum amount which they shall fix with due regard for any maximum amount "
        "provided for by law."
    )
    fr = (
        "2.   Toutefois, les statuts, l'acte constitutif ou l'assemblée générale dont la décision doit faire l'objet "
        "d'une publicité conformément aux règles visées au paragraphe 1 peuvent autoriser une augmentation du capital "
        "souscrit jusqu'à concurrence d'un montant maximal qu'ils fixent en respectant le montant maximal éventuellement "
        "prévu par la loi."
    )
    assert force(en, fr) == []
