"""A relative clause that says what a thing includes: "which may include" against a French plain statement (issue 15).

"the budget, which shall include the Office's list of posts" / « le budget qui comprend … le tableau des effectifs »:
the relative clause says what the thing is made of, a duty French says by its present (« qui comprend »,
« comprenant », « incluant », « parmi lesquelles figurent »).  "which may include" leaves the content open, which
French says with a modal (« qui peut comprendre ») or a word of illustration (« notamment », « tels que »); against a
French plain statement it says less than the French.  The sentences are those of the wide corpus (Regulation (EC) No 207/2009,
Regulation (EU) No 920/2010, Regulation (EU) No 525/2013, Delegated Regulation (EU) 2017/1018) and of Directive
2009/65/EC (UCITS), with "shall" made "may" where a test says so.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

# (English with {modal} where the official text says "shall", the official French)
_PAIRS = [
    (
        # Regulation (EC) No 207/2009, Article 140(3)
        "3.   The Budget Committee shall adopt the budget, which {modal} include the Office's list of posts. Should the "
        "budget estimates contain a subsidy from the general budget of the Communities, the Office's budget shall, if "
        "necessary, be adjusted.",
        "3.   Le comité budgétaire arrête le budget qui comprend également le tableau des effectifs de l'Office. Pour "
        "autant que les prévisions budgétaires comportent une subvention à la charge du budget général des "
        "Communautés, le budget de l'Office est, le cas échéant, ajusté.",
    ),
    (
        # Regulation (EU) No 920/2010, Article 13(1)
        "1.   A request for the opening of a person holding account in the Union registry shall be submitted to the "
        "national administrator of a Member State. The person requesting the account opening shall provide the "
        "information required by the national administrator, which {modal} include at least the information set out "
        "in Annex IV.",
        "1.   La demande d'ouverture d'un compte de dépôt de personne dans le registre de l'Union est présentée à "
        "l'administrateur national d'un État membre. La personne qui sollicite l'ouverture du compte fournit les "
        "informations demandées par l'administrateur national, parmi lesquelles figurent au moins les informations "
        "prévues à l'annexe IV.",
    ),
    (
        # Regulation (EU) No 525/2013, Article 6(2), point (a)
        "(a) a quality assurance and quality control programme, which {modal} include setting quality objectives and "
        "drafting an inventory quality assurance and quality control plan. The Commission shall assist Member States in "
        "implementing their quality assurance and quality control programmes;",
        "a) un programme d'assurance et de contrôle de la qualité, comprenant l'établissement d'objectifs de qualité "
        "et l'élaboration d'un plan d'assurance et de contrôle de la qualité de l'inventaire. La Commission aide les "
        "États membres à mettre en œuvre leurs programmes d'assurance et de contrôle de la qualité;",
    ),
    (
        # Delegated Regulation (EU) 2017/1018, Article 6, point (iii)
        "(iii) internal arrangements for controls on staff, which {modal} include controls over personal account "
        "dealing;",
        "iii) les modalités internes de contrôle du personnel, incluant un contrôle des opérations effectuées pour "
        "compte propre;",
    ),
    (
        # Directive 2009/65/EC, Article 17(2), point (b)
        "(b) a programme of operations setting out the activities and services according to Article 6(2) and (3) "
        "envisaged and the organisational structure of the branch, which {modal} include a description of the risk "
        "management process put in place by the management company. It shall also include a description of the "
        "procedures and arrangements taken in accordance with Article 15;",
        "b) un programme précisant les activités et les services au sens de l’article 6, paragraphes 2 et 3, envisagés "
        "ainsi que la structure de l’organisation de la succursale et comportant une description du processus de "
        "gestion des risques mis en place par la société de gestion. Il comporte également une description des "
        "procédures et des modalités arrêtées conformément à l’article 15;",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _PAIRS)
def test_official_shall_include_is_quiet(en: str, fr: str) -> None:
    assert [f for f in force(en.format(modal="shall"), fr) if f.severity.name != "INFO"] == []


@pytest.mark.parametrize(("en", "fr"), _PAIRS)
def test_may_include_against_plain_french_is_flagged(en: str, fr: str) -> None:
    keys = [f.key for f in force(en.format(modal="may"), fr) if f.severity.name != "INFO"]
    assert any(k.startswith("obligation_mismatch:force:may") for k in keys), keys


def test_may_include_with_french_modal_is_quiet() -> None:
    # the relative "may include" rendered by « qui peut comprendre »: the same open content
    en = "(iii) internal arrangements for controls on staff, which may include controls over personal account dealing;"
    fr = "iii) les modalités internes de contrôle du personnel, qui peuvent comprendre un contrôle des opérations;"
    assert [f for f in force(en, fr) if f.severity.name != "INFO"] == []


def test_may_include_with_french_examples_is_quiet() -> None:
    # Directive 2009/29/EC, Article 1, point 18 (« telles que »: the examples of an open list)
    en = "This shall be accompanied by any appropriate proposals, which may include:"
    fr = "Ce rapport est accompagné de propositions appropriées, telles que:"
    assert [f for f in force(en, fr) if f.severity.name != "INFO"] == []
