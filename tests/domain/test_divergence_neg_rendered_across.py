"""A French negative verb that translates an English word of its meaning answers no negation (issue 15).

"does not terminate the contract" / « ne met pas fin au contrat », "the rapporteur is unable to attend" / « le
rapporteur est empêché », "acts contrary to this Regulation" / « des actes enfreignant le présent règlement »: French
says by a negative verb (« mettre fin », « être empêché », « enfreindre ») what English says
by a word of the same meaning that the English lexicon files under another group, or reads as no negative word at
all.  The French word translates that word, not a negation: with the « ne … pas » of « ne met pas fin » dropped,
« met fin » took the English "not" at its place as its answer and the French, which now affirms, went unreported; with
the English "not" of "shall not be postponed" dropped, "unable" took the French « n'est pas » and left « empêché »
unused.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French, the change that drops one negation)
_CASES = [
    (
        "2. An order that does not terminate the contract may be challenged only together with the final order.",
        "2. Une ordonnance qui ne met pas fin au contrat ne peut être contestée qu'avec l'ordonnance définitive.",
        ("fr", "qui ne met pas fin", "qui met fin"),
    ),
    (
        "Where the request has not been answered within one month, or where the authority is unable in practice to "
        "take part in the inspection, the requesting authority may refer the matter to the Committee.",
        "Lorsque la demande n'a pas reçu de réponse dans un délai d'un mois, ou lorsque l'autorité se voit, en "
        "pratique, empêchée de participer à l'inspection, l'autorité requérante peut saisir le comité.",
        ("fr", "n'a pas reçu", "a reçu"),
    ),
    (
        "Where the rapporteur is unable to attend, the hearing shall not be postponed and the chair shall report "
        "in the rapporteur's place.",
        "Lorsque le rapporteur est empêché, l'audition n'est pas reportée et le président présente le rapport à "
        "sa place.",
        ("en", "shall not be postponed", "shall be postponed"),
    ),
    (
        "Where an authority suspects that acts contrary to this Regulation are being carried out by persons not "
        "subject to its supervision, it shall inform the authority of the Member State concerned.",
        "Lorsqu'une autorité soupçonne que des actes enfreignant le présent règlement sont commis par des personnes "
        "qui ne sont pas soumises à sa surveillance, elle en informe l'autorité de l'État membre concerné.",
        ("fr", "qui ne sont pas soumises", "qui sont soumises"),
    ),
]
_IDS = ["met fin-terminate", "empechee-unable", "empeche-unable-en", "enfreignant-contrary"]


@pytest.mark.parametrize(("en", "fr", "change"), _CASES, ids=_IDS)
def test_the_faithful_pair_is_quiet(en: str, fr: str, change: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "change"), _CASES, ids=_IDS)
def test_the_dropped_negation_is_reported(en: str, fr: str, change: tuple[str, str, str]) -> None:
    assert negations(*changed(en, fr, change)) != []


def test_the_french_word_still_answers_a_negation_english_says_alone() -> None:
    # "shall not continue" / « met fin »: no English word of ending stands there, and the French verb of ending
    # renders the negation itself.
    en = "The Commission shall not continue the procedure once the applicant withdraws its request."
    fr = "La Commission met fin à la procédure dès que le demandeur retire sa demande."
    assert negations(en, fr) == []
