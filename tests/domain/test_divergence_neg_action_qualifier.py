"""A French adjective of a thing answers no English negation of an action (issue 15).

"shall not keep separate records" / « tient des registres distincts »: the adjective after its noun qualifies that thing,
which English qualifies by a word at its place, often no negative one ("separate", "overly burdensome"); it says
nothing of whether the action is done.  An English "not" between a modal and a verb of action denies the action, which
French denies by a negation or a verb of its own: an added "not" is seen, though a negative adjective stands close by.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the English words to which "not" is added)
_ACTIONS = [
    (
        "2.   The custodian shall keep separate records of the assets of each client and shall transmit them to the "
        "competent authority once a year.",
        "2.   Le dépositaire tient des registres distincts des actifs de chaque client et les transmet une fois par an à "
        "l'autorité compétente.",
        ("shall keep", "shall not keep"),
    ),
    (
        "In the course of the review, the competent authority shall assess whether the reporting requirement is "
        "overly burdensome for small undertakings.",
        "Dans le cadre du réexamen, l'autorité compétente évalue si l'obligation de déclaration représente une charge "
        "disproportionnée pour les petites entreprises.",
        ("shall assess", "shall not assess"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "add"), _ACTIONS, ids=["distincts", "disproportionnée"])
def test_adjective_of_a_thing_answers_no_negation_of_an_action(
    en: str, fr: str, add: tuple[str, str]
) -> None:
    assert negations(en, fr) == []
    assert negations(en.replace(*add), fr) != []


_ANSWERED = [
    (
        # a predicate after a copula negates its clause: "does not comply" / « est non conforme »
        "3.   Where the market surveillance authority finds that the equipment does not comply with the requirements "
        "of this Regulation, it shall inform the manufacturer without delay.",
        "3.   Lorsque l'autorité de surveillance du marché constate que l'équipement est non conforme aux exigences du "
        "présent règlement, elle en informe sans tarder le fabricant.",
    ),
    (
        # a noun after its article renders the negated verb: "does not comply" / « la non-conformité »
        "4.   Where the manufacturer does not comply with the request, the authority shall withdraw the certificate.",
        "4.   En cas de non-conformité du fabricant à la demande, l'autorité retire le certificat.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _ANSWERED, ids=["predicate", "noun"])
def test_negative_predicate_or_noun_still_answers_a_negation_of_an_action(en: str, fr: str) -> None:
    assert negations(en, fr) == []
