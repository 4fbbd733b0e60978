"""A possibility said inside the complement of a verb of permitting or providing is that verb's own.

To allow someone to act, to make provision for a thing or for someone to act ("allow the user to", "provide for the
board to", « permettre à l'usager de », « prévoir la consultation ») is to make the act possible: a modal of possibility
in that complement ("allow the user to have the option to appeal", "the rules provide that the agent may be heard",
« prévoir que le conseil peut statuer ») repeats what the verb says, and the other side, saying the same verb with an
infinitive or a noun and no modal, renders it whole.  Not a complement that is a clause of its own on the other side too
(« prévoit que l'agent est entendu », "provides that the agent shall be heard"): that clause says its own force.
"""

from mou_review.domain.divergence import ClausePair, check_pair


def _force(en: str, fr: str) -> list[str]:
    return [f.key for f in check_pair(ClausePair(en, fr)) if f.key.startswith("obligation_mismatch:force")]


def test_option_inside_allow_against_permettre_de_is_silent() -> None:
    en = (
        "(d) inform the tenant of the address of the housing office, to allow the tenant to have the option to "
        "lodge an appeal directly with that office;"
    )
    fr = (
        "d) informent le locataire de l'adresse de l'office du logement, afin de lui permettre de former un recours "
        "directement auprès de cet office;"
    )
    assert _force(en, fr) == []


def test_may_inside_provides_that_against_a_noun_after_prevoit_is_silent() -> None:
    en = (
        "Where the statutes of the association provide that a former member may be heard by the board, the board "
        "shall hear that member before deciding."
    )
    fr = (
        "Lorsque les statuts de l'association prévoient l'audition d'un ancien membre par le conseil, le conseil "
        "entend ce membre avant de statuer."
    )
    assert _force(en, fr) == []


def test_peuvent_inside_prevoir_que_against_provide_for_is_silent() -> None:
    en = "Member States may provide for harbour masters, in urgent cases, to close a dock to shipping."
    fr = (
        "Les États membres peuvent prévoir que, dans les cas urgents, les capitaines de port peuvent fermer un bassin "
        "à la navigation."
    )
    assert _force(en, fr) == []


def test_a_modal_changed_inside_provides_that_is_still_reported() -> None:
    # The complement is a clause on both sides: each says its own force.
    en = (
        "Where the statutes of the association provide that a former member may be heard by the board, the board "
        "shall hear that member before deciding."
    )
    fr = (
        "Lorsque les statuts de l'association prévoient qu'un ancien membre est entendu par le conseil, le conseil "
        "entend ce membre avant de statuer."
    )
    assert _force(en, fr)
    fr_duty = (
        "Lorsque les statuts de l'association prévoient qu'un ancien membre doit être entendu par le conseil, le "
        "conseil entend ce membre avant de statuer."
    )
    assert _force(en, fr_duty)


def test_the_main_modal_of_provide_is_still_reported() -> None:
    # "may provide for" against « prévoient »: the modal governs the verb of providing, no complement of it.
    en = "Member States may provide for the harbour masters to close a dock to shipping in urgent cases."
    fr = "Les États membres prévoient que les capitaines de port ferment un bassin à la navigation en cas d'urgence."
    assert _force(en, fr)
