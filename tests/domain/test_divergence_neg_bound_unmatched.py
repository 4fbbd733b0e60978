"""A French negation read as the wording of a bound that English does not say (issue 15: wide corpus of EU acts,
32016r1052 art. 7(1) and 7(2), 32024r3005 art. 17(8)).

« ne s'effectue en aucun cas à un prix supérieur au prix de marché », « n'acceptent aucune position d'encadrement
supérieur »: a negation before a comparative is read as the bound's own wording (« supérieur » turned round), which
needs no answer because the bound is compared with the other side's.  Where the other side says no bound at all
("above the market price" is no bound of a number; "senior management" is none), nothing compares it: the negation
needs an answer as any other, else a dropped English "not" ("shall … be carried out above", "shall take up") hides
behind it.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_A7_1 = (
    "1.   In the case of an offer of shares or other securities equivalent to shares, stabilisation of the securities "
    "shall not in any circumstances be carried out above the offering price.",
    "1.   Dans le cas d'une offre d'actions ou d'autres titres équivalent à des actions, la stabilisation ne s'effectue "
    "en aucun cas à un prix supérieur à celui de l'offre.",
)
_A7_2 = (
    "2.   In the case of an offer of securitised debt convertible or exchangeable into shares or into other securities "
    "equivalent to shares, stabilisation of these debt instruments shall not in any circumstances be carried out "
    "above the market price of those instruments at the time of the public disclosure of the final terms of the new "
    "offer.",
    "2.   Dans le cas d'une offre de titres de créance convertibles ou échangeables en actions ou en autres titres "
    "équivalents, la stabilisation ne s'effectue en aucun cas à un prix supérieur au prix de marché de ces titres au "
    "moment où les conditions définitives de la nouvelle offre ont été publiées.",
)
_A17_8 = (
    "8.   The persons referred to in paragraph 1, and persons occupying a senior management position in the ESG rating "
    "provider, shall not take up a senior management position within a rated item or an issuer of a rated item the "
    "determination of an individual rating of which they have been involved in for a period of nine months after the "
    "date of such rating.",
    "8.   Les personnes visées au paragraphe 1, de même que les personnes occupant un poste d’encadrement supérieur au "
    "sein du fournisseur de notations ESG, n’acceptent aucune position d’encadrement supérieur au sein d’un élément "
    "noté ou de l’émetteur d’un élément noté pour lequel elles ont participé à la détermination d’une notation en "
    "particulier dans les neuf mois suivant la date de ladite notation.",
)


@pytest.mark.parametrize(("en", "fr"), [_A7_1, _A7_2, _A17_8])
def test_the_official_pairs_are_faithful(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), [_A7_1, _A7_2, _A17_8])
def test_a_dropped_english_not_is_caught(en: str, fr: str) -> None:
    assert negations(en.replace("shall not", "shall", 1), fr) != []


def test_a_bound_the_english_says_still_answers_the_negation() -> None:
    en = "The annual fee shall be at least 10 % of the turnover."
    fr = "La redevance annuelle ne peut être inférieure à 10 % du chiffre d'affaires."
    assert negations(en, fr) == []


def test_a_ne_pas_before_a_bound_english_says_by_a_noun_needs_no_answer() -> None:
    # 32010r0920 art. 19(5): "the minimum number" is a bound the profile does not read as one; « ne doit pas être
    # inférieur à » is the wording of the French bound, not a negation of its own.
    en = (
        "A national administrator may set a lower maximum for its account, but the minimum number of authorised "
        "representatives must be three."
    )
    fr = (
        "Un administrateur national peut réduire le nombre maximal de représentants autorisés pour son compte, mais "
        "ce nombre ne doit pas être inférieur à trois."
    )
    assert negations(en, fr) == []


def test_an_english_negation_of_a_bound_french_says_by_a_noun_needs_no_answer() -> None:
    # 32009l0111: "which do not last longer than" / « qui ont pour échéance maximale »
    en = "other exposures arising from client activity which do not last longer than the following business day; or"
    fr = (
        "les autres expositions associées aux activités des clients, qui ont pour échéance maximale le jour ouvrable "
        "suivant; ou"
    )
    assert negations(en, fr) == []
