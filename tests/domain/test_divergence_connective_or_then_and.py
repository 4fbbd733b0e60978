"""An English "or" that an "and" of the same words follows, where French says « et » both times (issue 15).

French says the one pair the same way twice, « l'adresse postale et le numéro de téléphone de l'importateur et, le cas
échéant, l'adresse postale et le numéro de téléphone du mandant », where English joins it by "or" first and by "and"
after: the English changes its connective, in a condition or not.  An "or" said after the "and" names each member of
the set the "and" named ("the authority and the services …, even where that authority or those services"), and stays
silent.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

# (English with {conn} where the French says « et », the French)
_TWICE = [
    (
        "The declaration shall state the postal address {conn} the telephone number of the importer and, where the "
        "goods are imported on behalf of another person, the postal address and the telephone number of that person.",
        "La déclaration indique l’adresse postale et le numéro de téléphone de l’importateur et, lorsque les "
        "marchandises sont importées pour le compte d’une autre personne, l’adresse postale et le numéro de "
        "téléphone de cette personne.",
    ),
    (
        "Operators shall cooperate with the competent authority {conn} the customs authorities of the Member States, "
        "in particular by making available to the competent authority and the customs authorities all the documents "
        "needed for their checks.",
        "Les opérateurs coopèrent avec l’autorité compétente et les autorités douanières des États membres, "
        "notamment en mettant à la disposition de l’autorité compétente et des autorités douanières tous les "
        "documents nécessaires à leurs contrôles.",
    ),
]


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


@pytest.mark.parametrize(("en", "fr"), _TWICE, ids=["address", "authorities"])
def test_an_or_before_an_and_of_the_same_words_against_et_twice_is_reported(en: str, fr: str) -> None:
    assert connectives(en.format(conn="or"), fr) == ["obligation_mismatch:connective:or|et"]


@pytest.mark.parametrize(("en", "fr"), _TWICE, ids=["address", "authorities"])
def test_the_official_and_is_silent(en: str, fr: str) -> None:
    assert connectives(en.format(conn="and"), fr) == []


def test_an_or_after_an_and_of_the_same_words_is_silent() -> None:
    en = (
        "Operators shall cooperate with the competent authority and the customs authorities of the Member States, "
        "in particular by making available to the competent authority or the customs authorities all the documents "
        "needed for their checks."
    )
    fr = (
        "Les opérateurs coopèrent avec l’autorité compétente et les autorités douanières des États membres, "
        "notamment en mettant à la disposition de l’autorité compétente et des autorités douanières tous les "
        "documents nécessaires à leurs contrôles."
    )
    assert connectives(en, fr) == []


def test_a_french_ou_that_joins_the_words_of_the_or_answers_it() -> None:
    en = (
        "Operators shall cooperate with the competent authority or the customs authorities of the Member States, "
        "in particular by making available to the competent authority and the customs authorities all the documents "
        "needed for their checks."
    )
    fr = (
        "Les opérateurs coopèrent avec l’autorité compétente ou les autorités douanières des États membres, "
        "notamment en mettant à la disposition de l’autorité compétente et des autorités douanières tous les "
        "documents nécessaires à leurs contrôles."
    )
    assert connectives(en, fr) == []


def test_an_and_that_joins_the_second_member_of_the_or_to_a_third_is_silent() -> None:
    en = (
        "To ensure effective supervision, the reporting obligations in urgent situations or exchange and "
        "coordination arrangements should be harmonised across the Union."
    )
    fr = (
        "Afin de garantir une surveillance efficace, les obligations de déclaration dans les situations urgentes et "
        "les accords d’échange et de coordination devraient être harmonisés dans l’ensemble de l’Union."
    )
    assert connectives(en, fr) == []
