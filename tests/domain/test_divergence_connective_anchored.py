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


_ONE_SIDE_EN = (
    "Investment firms shall identify, prevent and manage conflicts of interest, and shall disclose them to the client "
    "or its representative in writing and free of charge where the risks of such conflicts are particularly significant {conn} cannot be managed by "
    "the policies of the firm."
)
_ONE_SIDE_FR = (
    "Les entreprises d'investissement détectent, évitent et gèrent les conflits d'intérêts, et les communiquent au "
    "client ou à son représentant par écrit et gratuitement lorsque les risques de tels conflits sont particulièrement importants {conn} ne "
    "peuvent être gérés par les politiques de l'entreprise."
)


def test_a_connective_alike_on_one_side_at_the_same_place_is_reported() -> None:
    # "particularly significant or" / « particulièrement importants et »: the words before it alike, those after it
    # not ("cannot be managed" / « ne peuvent être gérés »), at the same place in the sentence.
    en, fr = _ONE_SIDE_EN.format(conn="or"), _ONE_SIDE_FR.format(conn="et")
    assert connectives(en, fr) == ["obligation_mismatch:connective:or|et"]
    assert connectives(en, _ONE_SIDE_FR.format(conn="ou")) == []


def test_a_connective_alike_on_one_side_elsewhere_in_the_sentence_is_silent() -> None:
    # The French says its condition first: the « et » that joins the words alike stands far from the English "or".
    en = _ONE_SIDE_EN.format(conn="or")
    fr = (
        "Lorsque les risques de tels conflits sont particulièrement importants et ne peuvent être gérés par les "
        "politiques de l'entreprise, les entreprises d'investissement détectent, évitent et gèrent les conflits "
        "d'intérêts, et les communiquent au client ou à son représentant par écrit et gratuitement."
    )
    assert connectives(en, fr) == []


def test_a_relative_when_after_a_noun_of_time_opens_no_condition() -> None:
    # "at the time when the contact is established, … repetition or duration" / « au moment où …, répétitif et
    # durable »: "when" names the time, the connective after it joins no condition.
    en = (
        "The firm shall record, in writing and in a durable medium, the name and address of the client and the "
        "relationship set up between the firm and the client, which is expected to have, at the time when the contact is established, an element of repetition "
        "or duration."
    )
    fr = (
        "L'entreprise consigne, par écrit et sur un support durable, le nom et l'adresse du client et la relation mise "
        "en place entre l'entreprise et le client, qui est censée revêtir, au moment où le contact est établi, un élément de répétition et de durée."
    )
    assert connectives(en, fr) == []
    assert connectives(en.replace("at the time when", "where"), fr.replace("au moment où", "lorsque")) == [
        "obligation_mismatch:connective:or|et"
    ]
