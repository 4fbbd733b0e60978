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
