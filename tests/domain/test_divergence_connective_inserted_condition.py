"""The connective before a condition inserted between commas, on both sides (issue 15).

"… by collecting the sums unduly received or, where necessary, by applying financial measures" / « … par la perception
des sommes indûment perçues et, s'il y a lieu, par l'application de mesures financières »: each connective joins what
the inserted condition governs to all that precedes, and the comma hides the words it joins on both sides.  Two
connectives each followed by an inserted condition, at the same place in the sentence and each the nearest of its
side to the other, answer each other, however many lists the sentence holds; an "or" there against « et » sets another
condition.  So do two connectives each the one connective of a condition inserted between commas ("where available or
appropriate" / « lorsqu'ils existent et en tant que de besoin »), which each joins two parts of.  Not where the French
connective so placed stands elsewhere in the sentence, nor where an English "and" may claim the « et »
(test_divergence_connective_claimed).
"""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys

_EN = (
    "The report of the independent experts shall describe each of the contributions and the valuation methods used "
    "and shall state whether the values obtained correspond at least to the number and face value of the shares or, "
    "where the shares have no face value, to their book value {conn}, where appropriate, to the share premium to be "
    "paid for them."
)
_FR = (
    "Le rapport des experts indépendants décrit chacun des apports et les modes d'évaluation retenus et indique si "
    "les valeurs obtenues correspondent au moins au nombre et à la valeur faciale des actions ou, à défaut de valeur "
    "faciale, à leur valeur comptable {conn}, le cas échéant, à la prime d'émission à verser en contrepartie."
)


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


def test_or_before_an_inserted_condition_against_et_is_reported() -> None:
    assert connectives(_EN.format(conn="or"), _FR.format(conn="et")) == [
        "obligation_mismatch:connective:or|et"
    ]


def test_the_same_connective_before_an_inserted_condition_is_silent() -> None:
    assert connectives(_EN.format(conn="or"), _FR.format(conn="ou")) == []
    assert connectives(_EN.format(conn="and"), _FR.format(conn="et")) == []


def test_an_et_before_an_inserted_condition_elsewhere_in_the_sentence_is_silent() -> None:
    # The French says its inserted condition at the start of the sentence, where English says none: the two
    # connectives stand at different places.
    fr = (
        "Le rapport des experts indépendants décrit chacun des apports et, le cas échéant, les modes d'évaluation "
        "retenus et indique si les valeurs obtenues correspondent au moins au nombre et à la valeur faciale des "
        "actions ou, à défaut de valeur faciale, à leur valeur comptable, à la prime d'émission à verser en "
        "contrepartie."
    )
    assert connectives(_EN.format(conn="or"), fr) == []


# A connective inside a condition inserted between commas: "where available or appropriate" / « lorsqu'ils existent et
# en tant que de besoin ».
_EN_INSIDE = (
    "When drawing up their national energy and climate plans, Member States should apply, where available {conn} "
    "appropriate, common indicators, in particular the reference values and the calculation methods laid down under "
    "Regulation (EU) 2020/852 and Directive 2012/27/EU, with a view to ensuring comparability and limiting, to the "
    "extent possible, duplicate reporting."
)
_FR_INSIDE = (
    "Lorsqu'ils établissent leurs plans nationaux en matière d'énergie et de climat, les États membres devraient "
    "appliquer, lorsqu'ils existent {conn} en tant que de besoin, des indicateurs communs, en particulier les valeurs "
    "de référence et les méthodes de calcul fixées en vertu du règlement (UE) 2020/852 et de la directive "
    "2012/27/UE, en vue de garantir la comparabilité et de limiter, dans la mesure du possible, les doubles "
    "déclarations."
)


def test_or_inside_an_inserted_condition_against_et_is_reported() -> None:
    assert connectives(_EN_INSIDE.format(conn="or"), _FR_INSIDE.format(conn="et")) == [
        "obligation_mismatch:connective:or|et"
    ]


def test_the_same_connective_inside_an_inserted_condition_is_silent() -> None:
    assert connectives(_EN_INSIDE.format(conn="or"), _FR_INSIDE.format(conn="ou")) == []
    assert connectives(_EN_INSIDE.format(conn="and"), _FR_INSIDE.format(conn="et")) == []
