"""A phrase of promptness answers no negation (issue 15).

"shall promptly inform" / « informe sans délai », "shall forthwith forward" / « transmet sans tarder », "without undue
delay" / « sans retard excessif »: the « sans » of « sans délai » (and the "without" of "without delay") says "promptly",
no negation of the clause, and the adjective of excess after « délai » or « retard » (« excessif », "undue") belongs to
the phrase.  Else, with a "not" added to the English verb, the « sans » or the « excessif » at its place answered it,
and the English, which then denies what the French says, went unreported.  (Not against a negated verb of delaying on
the other side, "should not delay in taking" / « devraient prendre sans tarder », which the phrase renders.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (faithful English, French, the English with a "not" added)
_PROMPT = [
    (
        "3.   The operator shall promptly inform the supervisory authority of any change to the list of its agents.",
        "3.   L’exploitant informe sans délai l’autorité de surveillance de toute modification de la liste de ses "
        "agents.",
        "3.   The operator shall not promptly inform the supervisory authority of any change to the list of its agents.",
    ),
    (
        "Where the plan is amended, the agency shall forthwith forward the amended plan to the other members of the "
        "network.",
        "Lorsque le plan est modifié, l’agence transmet sans tarder le plan modifié aux autres membres du réseau.",
        "Where the plan is amended, the agency shall not forthwith forward the amended plan to the other members of "
        "the network.",
    ),
    (
        "The depositary shall notify the investors without undue delay of any decision to suspend redemptions.",
        "Le dépositaire notifie sans retard excessif aux investisseurs toute décision de suspendre les rachats.",
        "The depositary shall not notify the investors without undue delay of any decision to suspend redemptions.",
    ),
]
_IDS = ["promptly / sans délai", "forthwith / sans tarder", "undue delay / retard excessif"]


@pytest.mark.parametrize(("en", "fr", "changed"), _PROMPT, ids=_IDS)
def test_a_faithful_pair_with_a_phrase_of_promptness_is_silent(en: str, fr: str, changed: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "changed"), _PROMPT, ids=_IDS)
def test_a_phrase_of_promptness_answers_no_negation(en: str, fr: str, changed: str) -> None:
    assert negations(changed, fr) != []


def test_a_phrase_of_promptness_renders_a_negated_verb_of_delaying() -> None:
    en = (
        "(12) Where the conditions for resolution are met, the authorities should not delay in adopting the "
        "measures that the situation requires."
    )
    fr = (
        "(12) Lorsque les conditions de la résolution sont remplies, les autorités devraient adopter sans tarder "
        "les mesures que la situation exige."
    )
    assert negations(en, fr) == []


def test_an_english_phrase_of_promptness_against_other_french_words_is_kept() -> None:
    # "without undue delay" / « dans les meilleurs délais »: the French says no « sans »; the English "without" stays
    # a word that may answer the French negation that "thereof" stands for.
    en = (
        "2.   The panel may decide not to hold an oral hearing where the file is complete. It shall inform the "
        "parties thereof without undue delay."
    )
    fr = (
        "2.   Le comité peut décider de ne pas tenir d’audience lorsque le dossier est complet. Il informe dans les "
        "meilleurs délais les parties de sa décision de ne pas tenir d’audience."
    )
    assert negations(en, fr) == []
