"""A French « ou » alike the "or" of a condition on one side only leaves it to an « et » alike on both (issue 15).

The one "or" of a condition that joins the very words a French « et » joins is reported, unless a French « ou » joins
words it joins (the « ou » may answer it).  A French « ou » alike on one side only answers it less well than an « et »
alike on both: "the contractual or financial links between the operator and the credit or financial institutions
concerned" / « des liens contractuels et financiers entre l'opérateur et les établissements de crédit ou
établissements financiers concernés »: the « ou » shares "financial" with the words after the first "or", but it joins
the institutions, which the second "or" names.  An « ou » alike on both sides still answers the "or".
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

# (English with {conn} where the French says « et », the French)
_BETTER = [
    (
        "Competent authorities may require the full consolidation of the institutions or financial institutions "
        "referred to in paragraph 1 where, by reason of the contractual {conn} financial links between the parent "
        "undertaking and the institutions or financial institutions concerned, the parent undertaking bears most of "
        "the risks or benefits of the activities of those institutions or financial institutions.",
        "Les autorités compétentes peuvent exiger la consolidation intégrale des établissements ou établissements "
        "financiers visés au paragraphe 1 lorsque, du fait des liens contractuels et financiers entre l’entreprise "
        "mère et les établissements ou établissements financiers concernés, l’entreprise mère supporte l’essentiel "
        "des risques ou des avantages des activités de ces établissements ou établissements financiers.",
    ),
    (
        "The notification shall state whether the applicant intends to appoint agents and, if so, the name, address "
        "and contact details of those agents {conn} the investment services or activities, ancillary services and "
        "financial instruments which they are to provide.",
        "La notification précise si le demandeur entend ou n’entend pas désigner des agents et, dans "
        "l’affirmative, le nom, l’adresse et les coordonnées de ces agents ainsi que les services ou activités "
        "d’investissement, les services auxiliaires et les instruments financiers qu’ils fourniront.",
    ),
]


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


@pytest.mark.parametrize(("en", "fr"), _BETTER, ids=["links", "agents"])
def test_an_ou_alike_on_one_side_leaves_the_or_to_an_et_alike_on_both(en: str, fr: str) -> None:
    assert connectives(en.format(conn="or"), fr) != []


@pytest.mark.parametrize(("en", "fr"), _BETTER, ids=["links", "agents"])
def test_the_official_and_is_silent(en: str, fr: str) -> None:
    assert connectives(en.format(conn="and"), fr) == []


def test_an_ou_alike_on_both_sides_still_answers_the_or() -> None:
    en = (
        "The authority may require the full consolidation of an undertaking where, by reason of the contractual or "
        "financial links between the operator and the undertakings concerned, the operator bears most of the risks."
    )
    fr = (
        "L’autorité peut exiger la consolidation intégrale d’une entreprise lorsque, du fait des liens contractuels "
        "et financiers ou des liens contractuels ou financiers entre l’opérateur et les entreprises concernées, "
        "l’opérateur supporte l’essentiel des risques."
    )
    assert connectives(en, fr) == []
