"""obligation_mismatch, force: French elides « de » before a vowel or a mute h.  « est tenu d'acquérir », « sont
obligés d'activer » are the same obligation as « est tenu de verser »: read as such, the duty answers the English "is
bound to" at its place instead of leaving the English duty to face a French « peuvent » elsewhere in the sentence, and
an English "may" against it is a change of force."""

from __future__ import annotations

from tests.domain.divergence_keys import force

# The definition of a public auction (Directive 2011/83/EU, Article 2(13)).
_AUCTION_EN = (
    "(13) ‘public auction’ means a method of sale where goods or services are offered by the trader to consumers, who "
    "attend or are given the possibility to attend the auction in person, through a transparent, competitive bidding "
    "procedure run by an auctioneer and where the successful bidder is bound to purchase the goods or services;"
)
_AUCTION_FR = (
    "13) «enchère publique», une méthode de vente selon laquelle le professionnel propose aux consommateurs des biens "
    "ou services au moyen d’une procédure de mise en concurrence transparente dirigée par un commissaire-priseur, à "
    "laquelle les consommateurs assistent ou peuvent assister en personne, et au terme de laquelle l’adjudicataire "
    "{} les biens ou services;"
)
# Regulation (EU) 2024/1789, Article 84: the Member States required to provide solidarity "shall be obliged to".
_SOLIDARITY = (
    "Where the available market-based offers prove not to be sufficient to cover the deficit in gas supply, the Member "
    "States required to provide solidarity {} non-market-based measures.",
    "Lorsque les offres disponibles fondées sur le marché se révèlent insuffisantes pour couvrir le déficit "
    "d’approvisionnement en gaz, les États membres tenus de répondre à la demande de solidarité {} des mesures non "
    "fondées sur le marché.",
)


def test_the_elided_duty_answers_the_english_duty() -> None:
    # « est tenu d'acquérir » is "is bound to purchase": the « peuvent » of "are given the possibility to" is no
    # counterpart of that duty
    assert force(_AUCTION_EN, _AUCTION_FR.format("est tenu d’acquérir")) == []
    # unelided, the same
    assert force(_AUCTION_EN, _AUCTION_FR.format("est tenu de payer")) == []
    # the duty turned into a permission is still reported
    assert "obligation_mismatch:force:is bound to|peut" in [
        f.key for f in force(_AUCTION_EN, _AUCTION_FR.format("peut acquérir"))
    ]


def test_an_english_may_against_the_elided_duty_is_reported() -> None:
    en, fr = _SOLIDARITY
    # "shall be obliged to" / « sont obligés d'activer »: the same duty
    assert force(en.format("shall be obliged to activate"), fr.format("sont obligés d’activer")) == []
    # "may activate" against « sont obligés d'activer »: the force changed
    assert [f.key for f in force(en.format("may activate"), fr.format("sont obligés d’activer"))] == [
        "obligation_mismatch:force:may|sont obliges d'"
    ]
    # « peuvent activer » answers the "may"
    assert force(en.format("may activate"), fr.format("peuvent activer")) == []
