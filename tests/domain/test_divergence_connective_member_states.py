""" "Member States" and « États membres » read alike (issue 15).

English and French words of one stem are read alike by their first four consonants once the vowels after the first
letter are dropped and doubled letters read as one.  Dropping the vowel first made "member" and « membres » read "mbr",
too short to compare: the « et » of « l'Union et des États membres » was then free to answer an "or" said elsewhere in
the sentence ("local legal or regulatory objectives" / « des objectifs juridiques et réglementaires locaux »), which hid
that "or" against « et ».
"""

from __future__ import annotations

from tests.domain.divergence_keys import connectives

_STATES_EN = (
    "Banks should set out plans to address the risks arising, in the short, medium and long term, from climate factors, "
    "including from the objectives of the Union and Member States, such as those of the Paris Agreement and the European "
    "Climate Law, and, where relevant for banks active in third countries, local legal {conn} regulatory objectives."
)
_STATES_FR = (
    "Les banques devraient établir des plans pour faire face aux risques découlant, à court, moyen et long termes, de "
    "facteurs climatiques, y compris des objectifs de l'Union et des États membres, tels que ceux de l'accord de Paris et "
    "de la loi européenne sur le climat, et, le cas échéant pour les banques actives dans des pays tiers, des objectifs "
    "juridiques {conn} réglementaires locaux."
)


def test_or_against_et_left_by_the_and_of_member_states_is_reported() -> None:
    assert connectives(_STATES_EN.format(conn="or"), _STATES_FR.format(conn="et")) == [
        "obligation_mismatch:connective:or|et"
    ]


def test_the_same_connective_beside_member_states_is_silent() -> None:
    assert connectives(_STATES_EN.format(conn="and"), _STATES_FR.format(conn="et")) == []
    assert connectives(_STATES_EN.format(conn="or"), _STATES_FR.format(conn="ou")) == []
