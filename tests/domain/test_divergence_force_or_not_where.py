"""obligation_mismatch, force: « est susceptible de » as the predicate of a main clause faces the "shall" of the English
main clause ("any intrusion shall harm" against « toute intrusion … est susceptible de nuire »).  The clause is a
main one unless a word that opens a subordinate clause stands before the possibility: « où » ("where") does, the
conjunction « ou » ("or", « dans le réseau ou les systèmes d'information ») does not, though folding spells both
« ou »."""

from __future__ import annotations

from tests.domain.divergence_keys import force


def test_a_shall_against_a_predicate_possibility_after_or_fires() -> None:
    # 32024r1772-r005, "may" made "shall"
    assert force(
        "However, they are important since any intrusion in network and information systems shall harm the financial "
        "entity.",
        "Or celles-ci sont importantes car toute intrusion dans le réseau ou les systèmes d'information est susceptible "
        "de nuire à l'entité financière.",
    )


def test_the_faithful_pair_is_silent() -> None:
    assert not force(
        "However, they are important since any intrusion in network and information systems may harm the financial "
        "entity.",
        "Or celles-ci sont importantes car toute intrusion dans le réseau ou les systèmes d'information est susceptible "
        "de nuire à l'entité financière.",
    )


def test_where_still_opens_a_clause() -> None:
    # « où » opens a relative clause: the possibility is described there, not the predicate of the main clause
    assert not force(
        "The systems shall be kept in the premises in which any intrusion is likely to harm the financial entity.",
        "Les systèmes sont conservés dans les locaux où toute intrusion est susceptible de nuire à l'entité "
        "financière.",
    )
