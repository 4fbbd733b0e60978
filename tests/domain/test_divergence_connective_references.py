"""English lists acts by "or" throughout where French lists them by « et » (issue 15, wide corpus of EU acts).

"the obligations laid down in this Regulation or, where relevant, in Directive 2019/11/EU or Regulation (EU) No
300/2019" and « les obligations prévues par le présent règlement et, le cas échéant, par la directive 2019/11/UE et par
le règlement (UE) no 300/2019 » name the same provisions, each of which applies as it reads: English names by "or"
each act a provision may stand in, French lists the acts by « et », and so for the provisions of those acts ("Article 5
of Regulation (EU) 2019/100 or Article 7 of Directive (EU) 2019/200 or Article 9 …" / « de l'article 5 du règlement
(UE) 2019/100, de l'article 7 de la directive (UE) 2019/200 et de l'article 9 … »).  Still compared: an "or" alone
between two acts (an "and" may have been changed), an English "and" between references against a French « ou », a
list of numbers under one label ("paragraphs 1 or 2" / « paragraphes 1 et 2 »), and a connective that joins anything
else.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

_BETWEEN_ACTS = [
    (
        "(b) has repeatedly breached the obligations laid down in this Regulation or, where relevant, in Directive "
        "2019/11/EU or Regulation (EU) No 300/2019.",
        "b) a enfreint de manière répétée les obligations prévues par le présent règlement et, le cas échéant, par la "
        "directive 2019/11/UE et par le règlement (UE) no 300/2019.",
    ),
    (
        "The system shall be deemed high-risk if it carries out profiling within the meaning of Article 5 of "
        "Regulation (EU) 2019/100 or Article 7 of Directive (EU) 2019/200 or Article 9 of Regulation (EU) 2019/300.",
        "Le système est réputé à haut risque s'il effectue un profilage au sens de l'article 5 du règlement (UE) "
        "2019/100, de l'article 7 de la directive (UE) 2019/200 et de l'article 9 du règlement (UE) 2019/300.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _BETWEEN_ACTS, ids=["acts", "articles of acts"])
def test_acts_listed_by_or_throughout_against_et_are_not_compared(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


_STILL_COMPARED = [
    (
        "Where the goods are delivered in accordance with Regulation (EU) 2019/100 or the buyer has paid in advance, "
        "the supplier shall keep the delivery notes.",
        "Lorsque les biens sont livrés conformément au règlement (UE) 2019/100 et que l'acheteur a payé d'avance, le "
        "fournisseur conserve les bons de livraison.",
    ),
    (
        "Where the goods are delivered under the conditions laid down in Articles 12 and 17, the supplier shall pay.",
        "Lorsque les biens sont livrés dans les conditions prévues aux articles 12 ou 17, le fournisseur paie.",
    ),
    (
        "Where the goods are delivered under Regulation (EU) 2019/100 or Directive (EU) 2019/200, the supplier "
        "shall pay.",
        "Lorsque les biens sont livrés en vertu du règlement (UE) 2019/100 et de la directive (UE) 2019/200, le "
        "fournisseur paie.",
    ),
    (
        "Where the goods are delivered under Regulation (EU) 2019/100 and Directive (EU) 2019/200, the supplier "
        "shall pay.",
        "Lorsque les biens sont livrés en vertu du règlement (UE) 2019/100 ou de la directive (UE) 2019/200, le "
        "fournisseur paie.",
    ),
    (
        "The supplier shall keep the notes when making the deliveries referred to in paragraphs 1 or 2.",
        "Pour les livraisons visées aux paragraphes 1 et 2, le fournisseur conserve les bons.",
    ),
    (
        "Where the delay exceeds 10 or 20 days, the supplier shall pay a penalty.",
        "Lorsque le retard dépasse 10 et 20 jours, le fournisseur paie une pénalité.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"),
    _STILL_COMPARED,
    ids=["act then clause", "and/ou articles", "one or", "and/ou acts", "one label", "quantities"],
)
def test_other_connectives_near_references_are_still_compared(en: str, fr: str) -> None:
    assert connectives(en, fr) != []
