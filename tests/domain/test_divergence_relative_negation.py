"""A French negation in a relative clause coordinated after a negation of the main clause is a negation of its own
(issue 15).

"shall not apply to the registers which the Secretariat keeps … and which are not intended for publication" / « ne
s'applique pas aux registres que le secrétariat tient … et qui ne sont pas destinés à être publiés »: the « et qui »
opens a second relative clause (the first, « que le secrétariat tient », says no negation); its « ne … pas » does not
repeat the « ne s'applique pas » of the main clause, so it must face the English "not" of its own clause (and where
English drops that "not", the French one is left without an answer).  Only after a
negation in a relative clause itself (« qui ne sont pas classifiées et qui ne sont pas protégées ») may French say
again what English says once.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the English negation of the relative clause, dropped)
_OWN = [
    (
        "This Agreement shall not apply to the registers which the Secretariat keeps for its own use and which are "
        "not intended for publication.",
        "Le présent accord ne s'applique pas aux registres que le secrétariat tient pour son propre usage et qui ne "
        "sont pas destinés à être publiés.",
        ("which are not intended", "which are intended"),
    ),
    (
        "The Parties may decide not to extend the programme to border posts that receive funding from the Fund and "
        "are not connected to the common information system.",
        "Les Parties peuvent décider de ne pas étendre le programme aux postes frontières qui bénéficient d'un "
        "financement du Fonds et qui ne sont pas reliés au système commun d'information.",
        ("and are not connected", "and are connected"),
    ),
    (
        "The Working Group shall not examine cases that a national court has decided or that are not within the "
        "scope of this Memorandum.",
        "Le Groupe de travail n'examine pas les affaires qu'une juridiction nationale a tranchées ou qui ne relèvent "
        "pas du champ d'application du présent Mémorandum.",
        ("that are not within", "that are within"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _OWN, ids=["registers", "border posts", "cases"])
def test_relative_negation_after_a_main_negation_needs_its_answer(
    en: str, fr: str, drop: tuple[str, str]
) -> None:
    assert negations(en, fr) == []
    assert negations(en.replace(*drop), fr) != []


def test_relative_negation_repeated_after_a_relative_negation_carries_it_on() -> None:
    # French says the negation again for the second relative clause; English says it once.
    en = "The Parties shall exchange the data which are not classified or protected by national law."
    fr = (
        "Les Parties échangent les données qui ne sont pas classifiées et qui ne sont pas protégées par le droit "
        "national."
    )
    assert negations(en, fr) == []
