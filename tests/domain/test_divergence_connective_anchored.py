"""The connective of a condition in a long sentence, anchored by the words it joins (issue 15).

A sentence of more than four "and"/"or" is not compared by counting its connectives: translators word its lists
freely.  Yet where English says one "or" more and one "and" fewer than French, and its condition joins by that "or"
the very words a French « et » joins ("where they find that the interests of investors or the integrity of the market
so require" / « lorsqu'elles constatent que les intérêts des investisseurs et l'intégrité du marché l'exigent »), the
condition is alternative on one side and cumulative on the other, however long the sentence.
"""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys

_EN = (
    "The competent authorities of the home and host Member States shall cooperate, exchange information and coordinate "
    "their supervisory activities, and shall assume direct supervision of the fund or its manager where they find "
    "that the interests of investors {conn} the integrity of the market so require."
)
_FR = (
    "Les autorités compétentes des États membres d'origine {home} d'accueil coopèrent, échangent des informations et "
    "coordonnent leurs activités de surveillance, et assument la surveillance directe du fonds ou de son gestionnaire "
    "lorsqu'elles constatent que {what} l'exigent."
)
_ANCHORED_FR = "les intérêts des investisseurs {conn} l'intégrité du marché"


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


def test_or_of_a_condition_against_et_joining_the_same_words_is_reported() -> None:
    en = _EN.format(conn="or")
    fr = _FR.format(home="et", what=_ANCHORED_FR.format(conn="et"))
    assert connectives(en, fr) == ["obligation_mismatch:connective:or|et"]


def test_and_of_a_condition_against_ou_joining_the_same_words_is_reported() -> None:
    en = _EN.format(conn="and")
    fr = _FR.format(home="ou", what=_ANCHORED_FR.format(conn="ou"))
    assert connectives(en, fr) == ["obligation_mismatch:connective:and|ou"]


def test_the_same_connective_is_silent() -> None:
    en = _EN.format(conn="or")
    fr = _FR.format(home="et", what=_ANCHORED_FR.format(conn="ou"))
    assert connectives(en, fr) == []


def test_a_list_worded_freely_outside_the_condition_is_silent() -> None:
    # "the home and host Member States" / « d'origine ou d'accueil »: a list before the condition, which the count of
    # the sentence's connectives shows; no connective of the condition answers it.
    en = _EN.format(conn="or")
    fr = _FR.format(home="ou", what=_ANCHORED_FR.format(conn="ou"))
    assert connectives(en, fr) == []


def test_a_french_connective_joining_other_words_is_silent() -> None:
    en = _EN.format(conn="or")
    fr = _FR.format(home="et", what="la protection des épargnants et la stabilité du système")
    assert connectives(en, fr) == []


_NEG_EN = (
    "The competent authorities of the home and host Member States shall cooperate, exchange information and coordinate "
    "their supervisory activities, and may leave the supervision of the fund or its manager to the home Member State "
    "where {risk} to the interests of investors or the integrity of the market."
)
_NEG_FR = (
    "Les autorités compétentes des États membres d'origine et d'accueil coopèrent, échangent des informations et "
    "coordonnent leurs activités de surveillance, et peuvent laisser la surveillance du fonds ou de son gestionnaire à "
    "l'État membre d'origine lorsqu'il {risk} pour les intérêts des investisseurs et l'intégrité du marché."
)


def test_a_connective_under_a_negation_is_silent() -> None:
    # "where there is no risk to A or B" / « lorsqu'il n'existe aucun risque pour A et B »: under a negation "or" and
    # « et » say the same; without it the condition differs.
    assert (
        connectives(_NEG_EN.format(risk="there is no risk"), _NEG_FR.format(risk="n'existe aucun risque"))
        == []
    )
    assert connectives(_NEG_EN.format(risk="there is a risk"), _NEG_FR.format(risk="existe un risque")) == [
        "obligation_mismatch:connective:or|et"
    ]
