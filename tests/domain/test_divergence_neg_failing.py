"""An English "failing to" against a French verb said bare (issue 15).

"by failing to notify the buyer" / « en ne notifiant pas l'acheteur », "in particular by failing to check the accounts"
/ « notamment en ne vérifiant pas les comptes »: "failing to" says a "not" of its verb as "fails to" does ("does
not"), and French says it as often by a negation of the verb as by a verb of failure of its own (« en omettant de »,
« en manquant à »).  Where the French « ne … pas » is dropped (« en notifiant l'acheteur »), the French says the
opposite, and the English word is left without an answer.  Not where French says a word of failure at its place, nor
for the noun "failure to", which French says by a noun of its own as often (« en cas de défaut d'enregistrement »), nor
for "failing to act", the failure to act of the Treaties (« il y a carence de l'autorité »).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation that is dropped)
_DROPS = [
    (
        "The seller shall bear the loss caused by failing to notify the buyer of the damage.",
        "Le vendeur supporte la perte causée en ne notifiant pas le dommage à l'acheteur.",
        ("en ne notifiant pas", "en notifiant"),
    ),
    (
        "The auditor breaches its duties, in particular by failing to check the accounts of the subsidiaries.",
        "Le contrôleur manque à ses devoirs, notamment en ne vérifiant pas les comptes des filiales.",
        ("en ne vérifiant pas", "en vérifiant"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _DROPS, ids=["notify", "check"])
def test_french_verb_said_bare_against_english_failing(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(*drop)) != []


# French says the failure by a word of its own, or English says the noun.
_FAITHFUL = [
    (
        "The seller shall bear the loss caused by failing to notify the buyer of the damage.",
        "Le vendeur supporte la perte causée en omettant de notifier le dommage à l'acheteur.",
    ),
    (
        "The board shall be considered as failing to act where it has the powers to act but takes no measure.",
        "Il y a carence du conseil lorsque, bien que disposant des pouvoirs d'agir, il ne prend aucune mesure.",
    ),
    (
        "Member States shall lay down penalties for failure to register the vessel within the period set.",
        "Les États membres fixent des sanctions applicables en cas de défaut d'enregistrement du navire dans le délai "
        "fixé.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _FAITHFUL, ids=["omettant", "carence", "noun"])
def test_french_word_of_failure_answers_english_failing(en: str, fr: str) -> None:
    assert negations(en, fr) == []
