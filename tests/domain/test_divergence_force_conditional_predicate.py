"""obligation_mismatch, force: the conditional of « pouvoir » as the predicate of a main clause (« elle pourrait le
devenir », « des modifications … pourraient avoir une incidence ») says what might happen, as « est susceptible de »
does; an English "shall" at its place says what must or will happen, a change of force.  The main clause may follow a
clause of its own closed by a comma (« Même si …, elle pourrait », « Dans l'éventualité où …, des modifications
pourraient »): the opener of that clause does not make the possibility after the comma subordinate.  An English "may"
or "could" there is its faithful rendering."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_AFTER_CONCESSIVE = (
    "Although congestion of interconnectors is, at present, rarely a problem in the Union, it {} become one in the "
    "coming years.",
    "Même si, à l'heure actuelle, la congestion des interconnexions est rarement un problème dans l'Union, elle "
    "pourrait le devenir dans les années à venir.",
)
_AFTER_CONDITION = (
    "Were those counterparties to face financial distress, changes to their margins or haircuts {} affect the bond "
    "markets of several Member States.",
    "Dans l'éventualité où ces contreparties seraient confrontées à des difficultés financières, des modifications de "
    "leurs marges ou décotes pourraient avoir une incidence sur les marchés obligataires de plusieurs États membres.",
)
_PLAIN = (
    "Revisions of the calculation methods and the resulting recalculations of the time series {} change the reported "
    "level of emissions.",
    "Les révisions des méthodes de calcul et les nouveaux calculs des séries chronologiques consécutifs à ces "
    "révisions pourraient modifier le niveau déclaré des émissions.",
)


@pytest.mark.parametrize("pair", [_AFTER_CONCESSIVE, _AFTER_CONDITION, _PLAIN])
@pytest.mark.parametrize("modal", ["may", "could"])
def test_a_possibility_against_the_conditional_is_faithful(pair: tuple[str, str], modal: str) -> None:
    en, fr = pair
    assert force(en.format(modal), fr) == []


@pytest.mark.parametrize("pair", [_AFTER_CONCESSIVE, _AFTER_CONDITION, _PLAIN])
def test_a_shall_against_the_conditional_fires(pair: tuple[str, str]) -> None:
    en, fr = pair
    keys = [f.key for f in force(en.format("shall"), fr)]
    assert len(keys) == 1
    assert keys[0].startswith("obligation_mismatch:force:shall|pourrai")


def test_a_conditional_in_a_relative_clause_is_still_read_as_described() -> None:
    # « qui, selon lui, pourrait »: the comma closes an insert, not the relative clause; the relative's possibility
    # faces no English main verb ("shall inform")
    assert (
        force(
            "The supplier shall inform the customer of any change which, in its view, is liable to affect the price.",
            "Le fournisseur informe le client de toute modification qui, selon lui, pourrait avoir une incidence sur "
            "le prix.",
        )
        == []
    )
