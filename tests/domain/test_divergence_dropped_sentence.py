"""A sentence dropped from one side of a clause, and sentences joined or split in translation."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def structure(en: str, fr: str) -> bool:
    """Say whether the sentence check fires at warning or error."""
    return any(
        f.key.startswith("structure_mismatch:sentences") and f.severity is not Severity.INFO
        for f in check_pair(ClausePair(en, fr))
    )


# 32014l0059 Art. 52(2): the French joins two sentences with a semicolon and has a third of its own.
BAILIN_EN = (
    "2. When the bail-in tool in point (a) of Article 43(2) is applied to two or more group entities, the "
    "business reorganisation plan shall be prepared by the Union parent institution and cover all of the "
    "institutions in the group in accordance with the procedure specified in Articles 7 and 8 and shall be "
    "submitted to the group-level resolution authority. The group-level resolution authority shall "
    "communicate the plan to other resolution authorities concerned and to EBA."
)
BAILIN_FR = (
    "2. Lorsque l’instrument de renflouement interne visé à l’article 43, paragraphe 2, point a), est appliqué "
    "à deux entités ou plus, le plan de réorganisation des activités est élaboré par l’entreprise mère dans "
    "l’Union et porte sur tous les établissements du groupe conformément à la procédure prévue aux articles 7 "
    "et 8; ce plan est soumis à l’autorité de résolution au niveau du groupe."
)
BAILIN_FR_LAST = (
    " L’autorité de résolution au niveau du groupe communique ledit plan aux autres autorités de résolution "
    "concernées et à l’ABE."
)
# 32018l1972 Art. 61(5): the English joins with a comma what the French joins with a semicolon.
OBLIG_EN = (
    "5. Obligations and conditions imposed in accordance with paragraphs 1 to 4 of this Article shall be "
    "objective, transparent, proportionate and non-discriminatory, they shall be implemented in accordance "
    "with the procedures referred to in Articles 23, 32 and 33. The national regulatory and other competent "
    "authorities which have imposed such obligations and conditions shall assess the results thereof by five "
    "years after the adoption of the previous measure adopted in relation to the same undertakings and assess "
    "whether it would be appropriate to withdraw or amend them in light of evolving conditions. Those "
    "authorities shall notify the outcome of their assessment in accordance with the procedures referred to in "
    "Articles 23, 32 and 33."
)
OBLIG_FR = (
    "5. Les obligations et conditions imposées conformément aux paragraphes 1 à 4 du présent article sont "
    "objectives, transparentes, proportionnées et non discriminatoires; elles sont mises en œuvre conformément "
    "aux procédures visées aux articles 23, 32 et 33. Les autorités de régulation nationales et les autres "
    "autorités compétentes qui ont imposé ces obligations et conditions en évaluent les résultats dans les cinq "
    "ans qui suivent l’adoption de la mesure précédente adoptée en ce qui concerne les mêmes entreprises et "
    "évaluent l’opportunité de les supprimer ou de les modifier en fonction de l’évolution des circonstances."
)
OBLIG_FR_LAST = (
    " Ces autorités notifient le résultat de leur évaluation conformément aux procédures visées aux articles 23, "
    "32 et 33."
)


@pytest.mark.parametrize(
    ("en", "fr", "fires"),
    [
        (BAILIN_EN, BAILIN_FR + BAILIN_FR_LAST, False),
        (BAILIN_EN, BAILIN_FR, True),
        (OBLIG_EN, OBLIG_FR + OBLIG_FR_LAST, False),
        (OBLIG_EN, OBLIG_FR, True),
    ],
)
def test_semicolon_clauses_in_a_side_much_shorter_lost_a_sentence(en: str, fr: str, fires: bool) -> None:
    assert structure(en, fr) is fires


# 32009r0207 Art. 119(8): the French, shorter than usual, joins the first two sentences with a semicolon.
LANGUAGE_EN = (
    "If the language chosen, in accordance with paragraph 5, for the notice of opposition or the application for "
    "revocation or invalidity is neither the language of the application for a trade mark nor the second language "
    "indicated when the application was filed, the opposing party or the party seeking revocation or invalidity "
    "shall be required to produce, at his own expense, a translation of his application either into the language "
    "of the application for a trade mark, provided that it is a language of the Office, or into the second "
    "language indicated when the application was filed. The translation shall be produced within the period "
    "prescribed in the Implementing Regulation. The language into which the application has been translated "
    "shall then become the language of the proceedings."
)
LANGUAGE_FR = (
    "Si la langue choisie, conformément au paragraphe 5, pour l'acte d'opposition ou la demande en déchéance ou "
    "en nullité n'est ni la langue de la demande de marque ni la deuxième langue indiquée lors du dépôt de cette "
    "demande, l'opposant ou le requérant en déchéance ou en nullité est tenu de produire à ses frais une "
    "traduction de son acte soit dans la langue de la demande de marque, à condition qu'elle soit une langue de "
    "l'Office, soit dans la deuxième langue indiquée lors du dépôt de la demande de marque; la traduction est "
    "produite dans le délai prévu par le règlement d'exécution. La langue vers laquelle l'acte a été traduit "
    "devient alors la langue de procédure."
)


def test_semicolon_join_in_a_short_side_whose_clauses_pair_is_no_drop() -> None:
    assert structure(LANGUAGE_EN, LANGUAGE_FR) is False


# 32014l0059 Art. 36(5): three sentences on both sides; the French loses its last.
VALUATION_EN = (
    "5. Without prejudice to the Union State aid framework, where applicable, the valuation shall be based on "
    "prudent assumptions, including as to rates of default and severity of losses. The valuation shall not assume "
    "any potential future provision of extraordinary public financial support or central bank emergency liquidity "
    "assistance or any central bank liquidity assistance provided under non-standard collateralisation, tenor and "
    "interest rate terms to the institution or entity referred to in point (b), (c) or (d) of Article 1(1) from "
    "the point at which resolution action is taken or the power to write down or convert relevant capital "
    "instruments is exercised. Furthermore, the valuation shall take account of the fact that, if any resolution "
    "tool is applied:"
)
VALUATION_FR = (
    "5. Sans préjudice du cadre des aides d’État de l’Union, lorsqu’il y a lieu, la valorisation se fonde sur des "
    "hypothèses prudentes, y compris concernant les taux de défaut et la sévérité des pertes. La valorisation ne "
    "table pas sur un apport futur potentiel de soutien financier public exceptionnel ou l’hypothèse de l’apport "
    "urgent de liquidités par une banque centrale ou de l’apport de liquidités par une banque centrale à des "
    "conditions non conventionnelles, en termes de constitution de garantie, d’échéance et de taux d’intérêt visés "
    "à l’article 1er, paragraphe 1, point b), c) ou d), à compter du moment où la mesure de résolution est prise ou "
    "du moment où le pouvoir de dépréciation ou de conversion des instruments de fonds propres pertinents est "
    "exercé."
)
VALUATION_FR_LAST = " Par ailleurs, la valorisation tient compte du fait que, si l’un des instruments de résolution est appliqué:"
# 32024r1879 recital 7: four sentences on both sides; the French loses its last.
CORSIA_EN = (
    "(7) According to the CORSIA SARPs, new entrant aircraft operators, and aircraft operators that have small "
    "amount of emissions to offset, should have no offsetting requirement under CORSIA, with an optional offsetting "
    "for the latter. The thresholds for these exemptions are set so that they will concern a minimal amount of "
    "emissions. Article 12(8) of Directive 2003/87/EC requires that rules defining the methodology to calculate the "
    "CORSIA offsetting requirement should follow the CORSIA SARPs to the extent possible in light of the relevant "
    "provisions of this Directive. To put the European aviation industry on a level playing field, the same "
    "exemptions should be included in the implementation of CORSIA in the Union."
)
CORSIA_FR = (
    "(7) Selon les SARP pour le CORSIA, les exploitants d’aéronefs qui sont de nouveaux entrants et les exploitants "
    "d’aéronefs qui n’ont qu’une faible quantité d’émissions à compenser ne devraient pas se voir imposer "
    "d’exigence de compensation au titre du CORSIA, une compensation facultative étant définie pour les derniers "
    "cités. Les seuils applicables à ces exemptions sont fixés de manière qu’elles concernent une quantité minimale "
    "d’émissions. L’article 12, paragraphe 8, de la directive 2003/87/CE exige que les règles définissant la "
    "méthode de calcul de l’exigence de compensation aux fins du CORSIA suivent, dans la mesure du possible, les "
    "SARP pour le CORSIA en tenant compte des dispositions pertinentes de ladite directive."
)
CORSIA_FR_LAST = (
    " Afin de placer le secteur européen de l’aviation sur un pied d’égalité, il convient de prévoir les mêmes "
    "exemptions pour la mise en œuvre du CORSIA au sein de l’Union."
)


@pytest.mark.parametrize(
    ("en", "fr", "fires"),
    [
        (VALUATION_EN, VALUATION_FR + VALUATION_FR_LAST, False),
        (VALUATION_EN, VALUATION_FR, True),
        (CORSIA_EN, CORSIA_FR + CORSIA_FR_LAST, False),
        (CORSIA_EN, CORSIA_FR, True),
    ],
)
def test_english_sentence_left_alone_by_a_small_margin_was_dropped(en: str, fr: str, fires: bool) -> None:
    assert structure(en, fr) is fires
