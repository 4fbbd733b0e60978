"""Classes of official EN/FR drafting that the divergence rules must read as faithful (or not).

Each case is written for this test, after a class of language seen in official texts (EU acts, UN
resolutions): the rule is fixed for the class, never for one instrument's wording.
"""

from __future__ import annotations

import unicodedata

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair, length_warn_band
from mou_review.domain.glossary import Glossary, default_glossary
from mou_review.domain.types import Lang


def blocking(en: str, fr: str) -> set[str]:
    """Return the checks that fire at warning or error on a pair."""
    return {f.check for f in check_pair(ClausePair(en, fr)) if f.severity is not Severity.INFO}


# --- decomposed accents ------------------------------------------------------------------------


def test_decomposed_accents_read_as_composed_and_evidence_points_into_the_original() -> None:
    fr = unicodedata.normalize("NFD", "La Partie notifie le deuxième rapport le 3 février 2021.")
    en = "The Party shall notify the third report on 3 February 2021."
    findings = check_pair(ClausePair(en, fr))
    (numbers,) = [f for f in findings if f.check == "number_mismatch"]
    (span,) = numbers.fr
    assert fr[span.start : span.end] == span.text
    assert unicodedata.normalize("NFC", span.text) == "deuxième"
    assert "date_mismatch" not in {f.check for f in findings}


def test_decomposed_accents_do_not_hide_a_glossary_term() -> None:
    en = "Number of victims of human trafficking per 100,000 inhabitants"
    fr = unicodedata.normalize(
        "NFD", "Nombre de victimes de la traite d'êtres humains pour 100 000 habitants"
    )
    assert "term_mismatch" not in blocking(en, fr)


# --- glossary terms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # The short name of the Union, against its initials or its full name.
        (
            "Access to EU financial markets shall be facilitated.",
            "L'accès aux marchés financiers de l'Union est facilité.",
        ),
        ("The Union shall adopt measures.", "L'UE adopte des mesures."),
        ("the Council of the European Union", "le Conseil de l'Union"),
        ("with the African Union", "avec l'Union africaine"),
        # A verb where the other text has a noun.
        (
            "This Regulation enters into force on the day of its publication.",
            "Date d'entrée en vigueur : le jour de la publication.",
        ),
        ("before the amendments enter into force", "avant l'entrée en vigueur des modifications"),
        (
            "Amendments shall enter into force in accordance with Article 12.",
            "les modifications entrant en vigueur conformément à l'article 12.",
        ),
        # A term said inside a longer term of the glossary.
        ("victims of human trafficking", "les victimes de la traite d'êtres humains"),
        # An organisation by its initials on one side, by its name on the other.
        ("in cooperation with the United Nations", "en coopération avec l'ONU"),
        ("as reported to WHO", "tel que communiqué à l'Organisation mondiale de la santé"),
        # The same word in its ordinary sense on both sides.
        (
            "The agriculture orientation index for government expenditures",
            "Indice d'orientation agricole des dépenses publiques",
        ),
        # A rendering the glossary accepts without looking for it.
        (
            "the voting modalities for referrals to the Authority",
            "les modalités de vote pour la saisine de l'Autorité",
        ),
        (
            "resources to strengthen statistical capacity",
            "ressources allouées au renforcement des capacités statistiques",
        ),
    ],
)
def test_official_renderings_of_a_glossary_term_are_not_warnings(en: str, fr: str) -> None:
    assert not blocking(en, fr) & {"term_mismatch", "entity_mismatch"}


def test_a_term_missing_from_one_side_is_still_a_warning() -> None:
    assert "term_mismatch" in blocking(
        "Each Party shall designate a focal point.", "Chaque Partie désigne un correspondant."
    )
    assert "term_mismatch" in blocking(
        "This Memorandum shall enter into force on signature.",
        "Le présent Mémorandum prend effet à sa signature.",
    )
    assert "term_mismatch" in blocking(
        "The referral of victims is free.", "L'accueil des victimes est gratuit."
    )


def test_checker_wordings_join_only_concepts_the_glossary_has() -> None:
    own = Glossary.from_entries([("focal point", "point focal")])
    assert len(own) == 1 and own.concept_of("Union", Lang.EN) is None
    full = default_glossary()
    assert full.concept_of("Union", Lang.FR) == full.concept_of("EU", Lang.EN)
    assert full.concept_of("enters into force", Lang.EN) == full.concept_of("entrée en vigueur", Lang.FR)


def test_glossary_occurs_finds_a_form_inside_a_longer_term() -> None:
    g = default_glossary()
    concept = g.concept_of("human trafficking", Lang.EN)
    assert concept is not None
    text = "les victimes de la traite d'êtres humains"
    assert [m.text for m in g.find(text, Lang.FR)] == ["victimes de la traite"]
    assert g.occurs(concept, text, Lang.FR)
    assert not g.occurs(concept, "les victimes", Lang.FR)


# --- length ------------------------------------------------------------------------------------


def test_the_length_band_narrows_as_the_clause_grows() -> None:
    low_short, high_short = length_warn_band(100)
    low_long, high_long = length_warn_band(1000)
    assert low_short < low_long < 0.85 and 1.40 < high_long < high_short


def test_a_short_title_said_in_more_words_is_not_a_warning() -> None:
    assert "length_ratio" not in blocking(
        "Mortality rate attributed to household and ambient air pollution",
        "Taux de mortalité attribuable à la pollution de l'air dans les habitations et à la pollution de l'air ambiant",
    )


def test_a_truncated_clause_is_a_warning() -> None:
    en = (
        "A CCP shall maintain sufficient pre-funded available financial resources to cover potential losses "
        "that exceed the losses to be covered by margin requirements laid down in Article 41 and the default "
        "fund as referred to in Article 42. Such pre-funded financial resources shall include dedicated "
        "resources of the CCP, shall be freely available to the CCP and shall not be used to meet the capital."
    )
    fr = (
        "Les contreparties centrales conservent des ressources financières préfinancées disponibles "
        "suffisantes pour couvrir les pertes potentielles dépassant les pertes à couvrir par les exigences "
        "de marge prévues à l'article 41 et le fonds de défaillance visé à l'article 42."
    )
    assert "length_ratio" in blocking(en, fr)
