"""An English negation said again in each clause of a coordination that French says once (issue 15, wide corpus).

English gives each member of a coordination its own subject and its own negation ("that investigations are not
compromised and that the reputation … is not prejudiced", "a product … is not in conformity, or its manufacturer is
not complying", "shall not be entitled to deduct … and may not show"), where French says the negation once: for the
coordinated subject of one verb, which it puts in the plural (« que les enquêtes et la réputation … ne soient pas
compromises », « que ce produit, ou son fabricant, ne respectent pas »), or with a « ni » that carries it on to the next
item (« n'ont pas le droit de déduire … ni de la faire apparaître »). The English negation of the second clause is
answered by that French one; a French negation dropped, or said of one subject only, is still reported.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_INVESTIGATIONS_EN = (
    "(46) The exchange of information between market surveillance authorities, and the use of evidence and "
    "investigation findings should respect the principle of confidentiality. Information should be handled in "
    "accordance with applicable national law, in order to ensure that investigations are not compromised and that the "
    "reputation of the economic operator is not prejudiced."
)
_INVESTIGATIONS_FR = (
    "(46) L'échange d'informations entre les autorités de surveillance du marché et l'utilisation des preuves et des "
    "conclusions des enquêtes devraient respecter le principe de confidentialité. Les informations devraient être "
    "traitées conformément au droit national applicable, afin de faire en sorte que les enquêtes et la réputation de "
    "l'opérateur économique ne soient pas compromises."
)
_DISTRIBUTORS_EN = (
    "3.   Where distributors consider or have reason to believe that a product, before making it available on the "
    "market, is not in conformity, or its manufacturer is not complying, with the requirements set out in the "
    "applicable delegated acts adopted pursuant to Article 4, they shall not make the product available on the market "
    "until the product has been brought into conformity or the manufacturer complies."
)
_DISTRIBUTORS_FR = (
    "3.   Lorsque les distributeurs considèrent ou ont des raisons de croire, avant de mettre un produit à disposition "
    "sur le marché, que ce produit, ou son fabricant, ne respectent pas les exigences énoncées dans les actes délégués "
    "applicables adoptés en vertu de l’article 4, ils ne mettent le produit à disposition sur le marché qu’après la "
    "mise en conformité de celui-ci et le respect des exigences de conformité par le fabricant."
)
_EXEMPT_EN = (
    "Taxable persons exempt from VAT shall not be entitled to deduct VAT in accordance with Articles 167 to 171 and "
    "Articles 173 to 177, and may not show the VAT on their invoices."
)
_EXEMPT_FR = (
    "Les assujettis qui bénéficient de la franchise de taxe n'ont pas le droit de déduire la TVA conformément aux "
    "articles 167 à 171 et aux articles 173 à 177 ni de la faire apparaître sur leurs factures."
)

_SAID_ONCE = [
    # 32019R1020, recital 46: a coordinated subject of one French verb in the plural
    (_INVESTIGATIONS_EN, _INVESTIGATIONS_FR),
    # 32024R1781, Article 30(3): the same, the second subject set off by commas
    (_DISTRIBUTORS_EN, _DISTRIBUTORS_FR),
    # 32006L0112, Article 289: « ni » carries the negation on to the next infinitive
    (_EXEMPT_EN, _EXEMPT_FR),
]


@pytest.mark.parametrize(("en", "fr"), _SAID_ONCE, ids=["et la reputation", "ou son fabricant", "ni de"])
def test_negation_said_once_for_a_coordination_answers_both_english_ones(en: str, fr: str) -> None:
    assert negations(en, fr) == []


_DROPPED = [
    # the French negation of the coordinated subject dropped: both English ones are left unanswered
    (_INVESTIGATIONS_EN, _INVESTIGATIONS_FR.replace("ne soient pas compromises", "soient compromises")),
    (_DISTRIBUTORS_EN, _DISTRIBUTORS_FR.replace("ne respectent pas", "respectent")),
    # French says the two clauses, and negates only the first (no coordinated subject: the second needs its own)
    (
        _INVESTIGATIONS_EN,
        _INVESTIGATIONS_FR.replace(
            "que les enquêtes et la réputation de l'opérateur économique ne soient pas compromises",
            "que les enquêtes ne soient pas compromises et que la réputation de l'opérateur économique soit atteinte",
        ),
    ),
    # the "not" of the main clause dropped: "shall make … available … until" says the opposite of « ne mettent … qu'après »,
    # whose restriction the negations of the other clause, answered by « ne respectent pas », do not say
    (_DISTRIBUTORS_EN.replace("they shall not make", "they shall make"), _DISTRIBUTORS_FR),
    # the « ni » said as a permission of its own: the English "may not" is left unanswered
    (_EXEMPT_EN, _EXEMPT_FR.replace("ni de la faire apparaître", "et peuvent la faire apparaître")),
]


@pytest.mark.parametrize(
    ("en", "fr"),
    _DROPPED,
    ids=["subject dropped", "commas dropped", "two clauses", "until", "ni dropped"],
)
def test_a_dropped_french_negation_is_still_reported(en: str, fr: str) -> None:
    assert negations(en, fr) != []
