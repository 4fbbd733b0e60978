"""An "otherwise" said in the course of its clause is "in another way", no negation to answer (issue 15).

"unless otherwise provided" (« sauf disposition contraire »), "where the data are not otherwise available", "the tax
that would otherwise be due" (« qui, autrement, serait due »): the word says how, or what would happen else; it is
the contrary case "if not" only where it opens its clause ("; otherwise the offer shall lapse").  Read as a negative
word, it answered a negation of the other side whose own negation was dropped.  It still answers its like on the
other side (« sinon », « autrement ») wherever it stands; « autrement dit » ("in other words") says no negation.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_MANNER = [
    (
        "The observers shall not attend the discussions on individual investment firms, unless otherwise provided "
        "for in Article 12 or in the acts referred to in Article 1.",
        "Les observateurs n'assistent pas aux discussions relatives à des entreprises d'investissement "
        "individuelles, sauf disposition contraire de l'article 12 ou des actes visés à l'article 1er.",
        "shall not attend",
        "shall attend",
    ),
    (
        "The market operator shall publish the price of the instrument where the price is not otherwise publicly "
        "available.",
        "L'opérateur de marché publie le prix de l'instrument lorsque ce prix n'est pas accessible au public.",
        "is not otherwise",
        "is otherwise",
    ),
    (
        "Platforms shall not design their interface in a way that misleads clients or in a way that otherwise "
        "distorts the ability of clients to make free decisions.",
        "Les plateformes ne conçoivent pas leur interface d'une manière qui trompe les clients ou qui altère la "
        "capacité des clients à prendre des décisions libres.",
        "shall not design",
        "shall design",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "neg", "pos"), _MANNER, ids=["unless otherwise", "not otherwise", "that otherwise"]
)
def test_otherwise_of_manner_answers_no_negation(en: str, fr: str, neg: str, pos: str) -> None:
    assert negations(en, fr) == []
    # the English negation dropped: "otherwise" does not answer the French one
    assert negations(en.replace(neg, pos), fr) != []


def test_otherwise_of_manner_still_answers_its_like() -> None:
    en = "The credit institution may request data which could not otherwise be obtained in good time."
    fr = "L'établissement de crédit peut demander des données qui ne pourraient pas, autrement, être obtenues à temps."
    assert negations(en, fr) == []
    # the French negation dropped: « autrement » answers the English "otherwise", not its "not"
    assert negations(en, fr.replace("ne pourraient pas, autrement,", "pourraient, autrement,")) != []


def test_otherwise_opening_its_clause_still_says_if_not() -> None:
    en = "The applicant shall pay the fee within one month; otherwise, the application shall be deemed withdrawn."
    fr = (
        "Le demandeur acquitte la taxe dans un délai d'un mois; s'il ne le fait pas, la demande est réputée "
        "retirée."
    )
    assert negations(en, fr) == []


def test_in_other_words_says_no_negation() -> None:
    en = "In other words, a market participant is not expected to disclose all information on its operations."
    fr = (
        "Autrement dit, un participant au marché n'est pas censé publier toutes les informations relatives à ses "
        "activités."
    )
    assert negations(en, fr) == []
    assert negations(en, fr.replace("n'est pas censé", "est censé")) != []
