"""A negation said once in English for a series of three verbs, again at each verb in French after a comma (issue 15:
wide corpus of EU acts, 32023r1115, 32025r2650, 32023r2854).

"shall not place the goods on the market, make them available or export them" / « ne met pas les marchandises sur
le marché, ne les met pas à disposition ou ne les exporte pas »: English carries its one negation through the commas
and the "or" of its series to each verb; French says « ne » again at each verb, after a comma as after « ou » or
« et ».  The English negation counted for the French negation opened by « ou » or « et » only, so that with the first
French negation dropped (« met les marchandises sur le marché, ne les met pas … ou ne les exporte pas ») the English
"not" took the second and hid the drop.  A French negation opened by the comma of a series that ends on its last verb
negated after « et » or « ou » now answers a next verb of the English series too, where that series has three verbs
or more and its negation is the only one of its clause.

What the rule cannot see: a middle verb said bare (« n'utilise pas …, les divulgue … et ne les transfère pas »): the
English negation answers the first French one, the last answers the next English verb, and nothing is left over; nor
a series of two whose French comma may close an aside (« contre le vendeur, après la livraison, ne constitue pas …
et ne fait pas obstacle »), nor a series whose English repeats its negation at each verb.  (Example texts written for
these tests.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French, the first French negation dropped)
SERIES = [
    (
        "The processor shall not use the data, or disclose it to third parties, or transfer it outside the Union.",
        "Le sous-traitant n'utilise pas les données, ne les divulgue pas à des tiers et ne les transfère pas hors de "
        "l'Union.",
        ("fr", "n'utilise pas", "utilise"),
    ),
    (
        "The importer shall not place the goods on the market, make them available or export them without a "
        "declaration.",
        "L'importateur ne met pas les marchandises sur le marché, ne les met pas à disposition ou ne les exporte pas "
        "sans déclaration.",
        ("fr", "ne met pas les marchandises", "met les marchandises"),
    ),
    (
        "The contract shall not exclude the application of this Annex, depart from it, or alter its effects.",
        "Le contrat n'exclut pas l'application de la présente annexe, n'y déroge pas ou n'en modifie pas les effets.",
        ("fr", "n'exclut pas", "exclut"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), SERIES)
def test_a_negation_repeated_after_each_comma_is_silent(en: str, fr: str, drop: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "drop"), SERIES)
def test_the_first_french_negation_of_a_comma_series_dropped_is_caught(
    en: str, fr: str, drop: tuple[str, str, str]
) -> None:
    assert negations(*changed(en, fr, drop)) != []


def test_the_last_french_negation_of_a_comma_series_dropped_is_still_caught() -> None:
    en, fr, _ = SERIES[0]
    assert negations(*changed(en, fr, ("fr", "ne les transfère pas", "les transfère"))) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # A series of two, after an aside between commas: the comma before « ne » closes the aside.
        (
            "The opening of proceedings against the seller, after delivery of the goods, shall not constitute grounds "
            "for rescinding or terminating the sale and shall not prevent the buyer from acquiring title.",
            "L'ouverture d'une procédure contre le vendeur, après la livraison des marchandises, ne constitue pas une "
            "cause de résolution ou de résiliation de la vente et ne fait pas obstacle à l'acquisition de la propriété "
            "par l'acheteur.",
        ),
        # English negates each verb too: its "or" joins two nouns, no verb of a series.
        (
            "Such firms are exempt provided that they are not market makers, do not deal on own account, are not "
            "members or participants of a trading venue and do not use a high-frequency technique.",
            "Ces entreprises sont exemptées pour autant qu'elles ne sont pas des teneurs de marché, ne négocient pas "
            "pour compte propre, ne sont pas membres ou participants d'une plate-forme de négociation et n'utilisent "
            "pas de technique à haute fréquence.",
        ),
    ],
)
def test_what_is_no_comma_series_of_one_negation_is_silent(en: str, fr: str) -> None:
    assert negations(en, fr) == []
