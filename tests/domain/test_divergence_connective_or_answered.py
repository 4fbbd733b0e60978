"""A French « ou » that another English "or" answers leaves the "or" of a condition compared (issue 15).

In a sentence of many connectives, an English "or" of a condition is compared with a French « et » only where no French
« ou » joins any of the words it joins: translators word long lists freely, and a « ou » that joins the same words would
answer it.  Yet each French connective answers one English connective.  "The fine, which, where the company is
established in a third country, shall be at least EUR 50 000 or shall not exceed EUR 500 000 or 1 % of its turnover"
against « l'amende, qui, lorsque la société est établie dans un pays tiers, s'élève au moins à 50 000 EUR et ne dépasse
pas 500 000 EUR ou 1 % de son chiffre d'affaires »: the « ou » after « 500 000 EUR » joins the very words the second
"or" joins ("EUR 500 000 or 1 %"), on both sides, and stands nearer to it; it is no answer to the first "or", though
« EUR » before it is alike "EUR" before the first.  The first "or" is left to the « et » at the same place, and the
floor and the ceiling of the fine become alternatives in the English.
"""

from __future__ import annotations

from tests.domain.divergence_keys import connectives

_EN = (
    "The authority or the court shall set the fine, which, where the company is established in a third country or in a "
    "territory, shall be at least EUR 50 000 {conn} shall not exceed EUR 500 000 or 1 % of its turnover or of the "
    "turnover of its group."
)
_FR = (
    "L'autorité ou la juridiction fixe l'amende, qui, lorsque la société est établie dans un pays tiers ou dans un "
    "territoire, s'élève au moins à 50 000 EUR {conn} ne dépasse pas 500 000 EUR ou 1 % de son chiffre d'affaires ou "
    "du chiffre d'affaires de son groupe."
)


def test_or_against_et_beside_a_ou_answered_elsewhere_is_reported() -> None:
    assert connectives(_EN.format(conn="or"), _FR.format(conn="et")) == [
        "obligation_mismatch:connective:or|et"
    ]


def test_the_same_connective_is_silent() -> None:
    assert connectives(_EN.format(conn="and"), _FR.format(conn="et")) == []
    assert connectives(_EN.format(conn="or"), _FR.format(conn="ou")) == []
