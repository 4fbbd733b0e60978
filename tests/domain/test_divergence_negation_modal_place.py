"""A French negation whose place the English fills with a bare "shall" is not answered by a negative word far off
(issue 15).

"The Parties shall not use the facilities … for the purpose of avoiding the obligations" / « Les Parties ne recourent
pas aux installations … dans le but de se soustraire aux obligations »: the French says the "shall" of a provision by
its present tense, and negates it where English says "shall not"; a negative word of another clause of the English
("avoiding", "below", "regardless", "waives") translates a French word of that clause (« se soustraire »,
« au-dessous », « que … soit », « écarte »), not the negation of the main verb.  With "shall not use" made "shall use", the English says "shall" at
the place of the French negation, with no negation of its own, and the negative word far off answered the French
negation and hid the drop.  A negative word that is the verb of that "shall" ("shall be exempt from" / « n'est pas
soumis à ») still renders the French negation.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the English negation, dropped)
_FAR_WORD = [
    (
        "The Parties shall not use the facilities provided under this Memorandum for the purpose of avoiding the "
        "obligations to which they are subject under their national law.",
        "Les Parties ne recourent pas aux installations fournies au titre du présent protocole dans le but de se "
        "soustraire aux obligations auxquelles elles sont soumises en vertu de leur droit national.",
        ("shall not use", "shall use"),
    ),
    (
        "Where the Network is formed by more than two Parties, the fact that the number of its members has fallen "
        "below the minimum laid down in Article 3 shall not lead to the dissolution of the Network.",
        "Lorsque le réseau est constitué de plus de deux Parties, l'abaissement du nombre de ses membres au-dessous "
        "du minimum fixé à l'article 3 n'entraîne pas la dissolution du réseau.",
        ("shall not lead", "shall lead"),
    ),
    (
        "The Parties shall not engage in any conduct that undermines the objectives of this Memorandum, regardless "
        "of whether that conduct is of a commercial or technical nature.",
        "Les Parties n'adoptent aucun comportement compromettant les objectifs du présent protocole, que ce "
        "comportement soit de nature commerciale ou technique.",
        ("shall not engage", "shall engage"),
    ),
    (
        "Any term of an agreement between the Parties which directly or indirectly waives or restricts the rights "
        "conferred by this Memorandum shall not be binding on the Network.",
        "Toute clause d'un accord entre les Parties qui, directement ou indirectement, écarte ou limite les droits "
        "conférés par le présent protocole ne lie pas le réseau.",
        ("shall not be binding", "shall be binding"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _FAR_WORD, ids=["avoiding", "below", "regardless", "waives"])
def test_negative_word_of_another_clause_does_not_answer_the_negation_at_shall(
    en: str, fr: str, drop: tuple[str, str]
) -> None:
    assert negations(en, fr) == []
    assert negations(en.replace(*drop), fr) != []


def test_negative_verb_of_the_shall_still_renders_the_french_negation() -> None:
    en = "The Secretariat shall be exempt from the annual fee referred to in Article 4."
    fr = "Le secrétariat n'est pas soumis à la redevance annuelle visée à l'article 4."
    assert negations(en, fr) == []


@pytest.mark.parametrize(
    ("index", "drop"),
    [(1, ("n'entraîne pas", "entraîne")), (3, ("ne lie pas", "lie"))],
    ids=["below", "waives"],
)
def test_french_negation_dropped_is_still_caught(index: int, drop: tuple[str, str]) -> None:
    en, fr = _FAR_WORD[index][:2]
    assert negations(en, fr.replace(*drop)) != []
