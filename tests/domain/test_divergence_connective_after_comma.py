"""The connective of a long sentence's condition said after a comma on both sides (issue 15).

"… shall respond through the central contact point, where such a contact point has been appointed, or in accordance
with the procedural requirements …" / « … lorsqu'un tel point de contact a été désigné, et conformément aux exigences
de procédure … »: the comma hides the words each connective joins before it, so no word anchors it there; yet both
join what follows them to all that precedes, at the same level and the same place in the sentence, and answer each
other as two connectives that join alike words do.  Not a connective that opens a clause of the condition (the
condition word said again after it, « , et si ») against one that does not: the two join things of a different kind.
"""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys

_EN = (
    "The competent authorities of the home and host Member States shall cooperate, exchange information and coordinate "
    "their supervisory activities, and shall respond to requests for information on the fund or its manager through "
    "the central contact point, where such a contact point has been appointed, {conn} in accordance with the "
    "procedural requirements of the home Member State."
)
_FR = (
    "Les autorités compétentes des États membres d'origine et d'accueil coopèrent, échangent des informations et "
    "coordonnent leurs activités de surveillance, et répondent aux demandes d'informations sur le fonds ou son "
    "gestionnaire par l'intermédiaire du point de contact central, lorsqu'un tel point de contact a été désigné, "
    "{conn} conformément aux exigences de procédure de l'État membre d'origine."
)


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


def test_or_after_a_comma_against_et_after_a_comma_is_reported() -> None:
    assert connectives(_EN.format(conn="or"), _FR.format(conn="et")) == [
        "obligation_mismatch:connective:or|et"
    ]


def test_the_same_connective_after_a_comma_is_silent() -> None:
    assert connectives(_EN.format(conn="or"), _FR.format(conn="ou")) == []
    assert connectives(_EN.format(conn="and"), _FR.format(conn="et")) == []


def test_a_french_connective_that_opens_a_clause_of_the_condition_is_silent() -> None:
    # « , et lorsque cela est nécessaire »: a second clause of the condition, which the English ", or in accordance
    # with" does not say; the two connectives join things of a different kind.
    fr = _FR.replace("{conn} conformément aux", "{conn} lorsque cela est nécessaire, conformément aux")
    assert connectives(_EN.format(conn="or"), fr.format(conn="et")) == []
