"""French names with noun and adjective (« autorités compétentes ») what English names by the bare noun
("those authorities", "the courts or authorities"): the English refers to the same bodies, not to others."""

from __future__ import annotations

from tests.domain.divergence_keys import terms


def test_french_adjective_on_a_bare_english_noun_is_silent() -> None:
    en = "Information received shall be passed on only with the consent of the authorities that supplied it."
    fr = (
        "Les informations reçues ne sont transmises qu'avec l'accord des autorités compétentes "
        "qui les ont fournies."
    )
    assert terms(en, fr) == []


def test_french_adjective_after_a_coordinated_bare_noun_is_silent() -> None:
    en = "The agency and the tribunals or authorities of each Member State shall assist one another."
    fr = "L'agence et les tribunaux ou autres autorités compétentes de chaque État membre se prêtent assistance."
    assert terms(en, fr) == []


def test_french_term_with_no_english_noun_still_fires() -> None:
    en = "Information received shall be passed on only with the consent of the ministry that supplied it."
    fr = (
        "Les informations reçues ne sont transmises qu'avec l'accord des autorités compétentes "
        "qui les ont fournies."
    )
    assert terms(en, fr) == ["term_mismatch:fr:competent authorities"]


def test_english_term_against_a_bare_french_noun_still_fires() -> None:
    # Only the French adds the adjective of a set phrase: a French side that drops it is not excused.
    en = "Information received shall be passed on only with the consent of the competent authorities."
    fr = "Les informations reçues ne sont transmises qu'avec l'accord des autorités qui les ont fournies."
    assert terms(en, fr) == ["term_mismatch:en:competent authorities"]


def test_a_bare_english_noun_with_nothing_to_make_it_particular_still_fires() -> None:
    en = "The authorities shall publish the list every year."
    fr = "Les autorités compétentes publient la liste chaque année."
    assert terms(en, fr) == ["term_mismatch:fr:competent authorities"]


def test_a_demonstrative_or_a_participle_makes_the_english_noun_particular() -> None:
    fr = "Le règlement ne concerne que les autorités compétentes désignées à l'article 4."
    assert terms("The regulation concerns only those authorities.", fr) == []
    assert terms("The regulation concerns only the authorities designated in Article 4.", fr) == []
