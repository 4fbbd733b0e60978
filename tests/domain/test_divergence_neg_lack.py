"""An English verb of lacking says a "not" of its own (issue 15, injected "negation dropped (fr)").

"persons who lack the required licence", "an application that lacks the documents" say "do not have", which French
says by a negated verb (« qui ne disposent pas de », « qui ne comporte pas »).  Read as a negative word, which needs
no answer, "lack" left nothing unanswered where French dropped that « ne … pas » (« qui disposent de la licence »
says the opposite).  As "unable to" and "fails to" are, the verb is a negation that needs an answer; the noun "lack
of" is still a negative word of its own (« l'absence de », « le manque de »).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_LACKING = [
    (
        "The register shall list separately the traders who lack the licence referred to in Article 4.",
        "Le registre mentionne séparément les opérateurs qui ne disposent pas de la licence visée à l'article 4.",
        ("ne disposent pas de", "disposent de"),
    ),
    (
        "The agency may return to the sender any application which lacks the documents listed in Annex III.",
        "L'agence peut renvoyer à l'expéditeur toute demande qui ne comporte pas les documents énumérés à "
        "l'annexe III.",
        ("ne comporte pas", "comporte"),
    ),
    (
        "Assistance shall be granted to the households that lacked adequate heating during the previous winter.",
        "Une aide est accordée aux ménages qui n'ont pas bénéficié d'un chauffage adéquat au cours de l'hiver "
        "précédent.",
        ("n'ont pas bénéficié", "ont bénéficié"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _LACKING, ids=["lack", "lacks", "lacked"])
def test_a_verb_of_lacking_needs_the_french_negation(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert drop[0] in fr
    assert negations(en, fr.replace(*drop)) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # a French word of absence renders the verb as well as a negation does
        (
            "The register shall list separately the traders who lack the licence referred to in Article 4.",
            "Le registre mentionne séparément les opérateurs dépourvus de la licence visée à l'article 4.",
        ),
        (
            "The agency may return to the sender any application which lacks the documents listed in Annex III.",
            "L'agence peut renvoyer à l'expéditeur toute demande en l'absence des documents énumérés à l'annexe III.",
        ),
        # the noun says no negation of a verb, and needs no answer
        (
            "A lack of staff in the reporting period shall be recorded in the annual report.",
            "Le manque de personnel au cours de la période de déclaration est consigné dans le rapport annuel.",
        ),
        (
            "The reasons for the lack thereof shall be recorded in the annual report.",
            "Les raisons de cette situation sont consignées dans le rapport annuel.",
        ),
    ],
    ids=["depourvus", "absence", "lack of", "the lack"],
)
def test_a_faithful_rendering_of_lacking_is_silent(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_negation_dropped_near_a_verb_of_lacking_is_still_caught() -> None:
    # the English negation of another verb still needs its own answer: "lack" answers only its own
    en = "The agency shall not register traders who lack the licence referred to in Article 4."
    fr = "L'agence n'enregistre pas les opérateurs qui ne disposent pas de la licence visée à l'article 4."
    assert negations(en, fr) == []
    assert negations(en, fr.replace("n'enregistre pas", "enregistre")) != []
    assert negations(en.replace("shall not register", "shall register"), fr) != []
