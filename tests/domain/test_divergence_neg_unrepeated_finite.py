"""A "not" said again with the auxiliary of a second predicate ("does not and is not likely", "and are not
incompatible", "or has not been acted upon", "or are not yet in operation"), against a French second predicate whose
finite verb has no « ne » (issue 15, injected "negation dropped (fr)").

English may say one "not" for two predicates or repeat it with the second auxiliary, and the checker reads the
repeated one as carrying on the first.  French negates a finite verb only by a « ne » of its own: a « ne … pas » does
not reach past « et » / « ou » to the next conjugated verb (« ne les empêche pas ou est susceptible de les empêcher »
says that it is likely to), nor to the verb of a clause coordinated with the first (« qui n'existent pas encore ou
qui sont encore opérationnels »).  Where French joins at that place a finite form of « être », « avoir », « pouvoir »
or « devoir » with no « ne », it affirms what English denies.  A participle after « ou » is governed by the negation
before it (« n'est pas rédigé ou accompagné »), and « ou à notifier » holds no verb.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_SAID_AGAIN = [
    (
        "(g) ensure that the performance of multiple functions by their relevant persons does not and is not likely "
        "to prevent those persons from discharging any particular function soundly, honestly, and professionally.",
        "g) elles s'assurent que le fait de confier des fonctions multiples à ces personnes concernées ne les empêche "
        "pas ou n'est pas susceptible de les empêcher de s'acquitter de manière convenable, honnête et "
        "professionnelle de l'une quelconque de ces fonctions.",
        ("ou n'est pas susceptible", "ou est susceptible"),
    ),
    (
        "to the extent that such cooperation and communication are appropriate to facilitate the effective "
        "administration of the proceedings, do not entail any conflict of interest and are not incompatible with "
        "the rules applicable to them.",
        "pour autant que cette coopération et cette communication soient de nature à faciliter la gestion efficace "
        "des procédures, n'entraînent aucun conflit d'intérêts et ne soient pas incompatibles avec les règles "
        "applicables à ces procédures.",
        ("et ne soient pas incompatibles", "et soient incompatibles"),
    ),
    (
        "‘1a.   Where a supervisory authority has not communicated relevant information or a request for "
        "cooperation, in particular to exchange relevant information, has been rejected or has not been acted upon "
        "within two weeks, the supervisory authorities may refer the matter to EIOPA.",
        "«1 bis.   Si une autorité de contrôle a omis de communiquer des informations pertinentes, ou si des "
        "demandes de coopération, en particulier d'échange d'informations pertinentes, ont été rejetées ou n'ont "
        "pas été suivies d'effet dans un délai de deux semaines, les autorités de contrôle peuvent saisir l'AEAPP.",
        ("ou n'ont pas été suivies", "ou ont été suivies"),
    ),
    (
        "8.   Where the offer to the public concerns a utility token providing access to goods and services that do "
        "not yet exist or are not yet in operation, changes made in the modified crypto-asset white paper and, where "
        "applicable, the modified marketing communications, shall not extend the time limit of 12 months referred "
        "to in Article 4(6).",
        "8.   Lorsque l’offre au public concerne un jeton utilitaire donnant accès à des biens et des services qui "
        "n’existent pas encore ou qui ne sont pas encore opérationnels, les modifications apportées dans le livre "
        "blanc sur les crypto-actifs modifié et, le cas échéant, les communications commerciales modifiées "
        "n’étendent pas le délai de 12 mois visé à l’article 4, paragraphe 6.",
        ("ou qui ne sont pas encore", "ou qui sont encore"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "drop"),
    _SAID_AGAIN,
    ids=["ou est susceptible", "et soient incompatibles", "ou ont été", "ou qui sont"],
)
def test_a_second_finite_verb_without_ne_affirms_what_english_denies(
    en: str, fr: str, drop: tuple[str, str]
) -> None:
    assert negations(en, fr) == []
    assert drop[0] in fr
    assert negations(en, fr.replace(*drop)) != []


def test_a_participle_after_ou_is_governed_by_the_negation_before_it() -> None:
    en = (
        "1.   The addressee may refuse to accept the document to be served if the document is not written in, or "
        "is not accompanied by a translation into, either: "
    )
    fr = (
        "1.   Le destinataire peut refuser de recevoir l’acte à signifier ou à notifier si celui-ci n’est pas "
        "rédigé ou accompagné d’une traduction: "
    )
    assert negations(en, fr) == []
