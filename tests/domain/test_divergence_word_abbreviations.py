"""structure_mismatch, brackets: an abbreviation written as a word is an abbreviation being defined.  English writes
the initials of a long name as a word ("the United Nations Convention on the Law of the Sea (Unclos)", "the United
Nations Commission on International Trade Law (Uncitral)", "equivalence of inputs (EoI)") where French writes them in
capitals (« (CNUDM) ») or not at all; like "(CCP)" / « (OPCVM) », the bracket defines an abbreviation, which the other
language may do without.  A bracketed word that no name before it spells still counts."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, check_pair
from tests.domain.divergence_keys import blocking_keys

_UNCLOS = (
    "1.   This Directive shall apply to the geological storage of CO2 in the territory of the Member States, their "
    "exclusive economic zones and on their continental shelves within the meaning of the United Nations Convention on "
    "the Law of the Sea (Unclos).",
    "1.   La présente directive s’applique au stockage géologique du CO2 sur le territoire des États membres, dans "
    "leurs zones économiques exclusives et sur leurs plateaux continentaux au sens de la convention des Nations unies "
    "sur le droit de la mer (CNUDM).",
)
_UNCITRAL = (
    "(48) Member States should take into account the relevant guidelines prepared by the United Nations Commission "
    "on International Trade Law (Uncitral).",
    "(48) Les États membres devraient tenir compte des lignes directrices pertinentes élaborées par la Commission des "
    "Nations unies pour le droit commercial international (CNUDCI).",
)
_EOI = (
    "(185) In order to address and prevent non-price related discriminatory behaviour, equivalence of inputs (EoI) is "
    "in principle the surest way to achieve effective protection from discrimination.",
    "(185) Afin de remédier aux comportements discriminatoires non liés aux prix et de les prévenir, l’équivalence des "
    "intrants est en principe le moyen le plus sûr de parvenir à une protection efficace contre la discrimination.",
)


@pytest.mark.parametrize(("en", "fr"), [_UNCLOS, _UNCITRAL, _EOI])
def test_an_abbreviation_written_as_a_word_is_defined(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "structure_mismatch") == []


def test_a_bracketed_word_no_name_spells_still_counts() -> None:
    en, fr = _UNCLOS
    # a remark in brackets the French lacks: "(Montego)" abbreviates nothing before it
    added = en.replace("(Unclos)", "(Montego)")
    assert blocking_keys(added, fr.replace(" (CNUDM)", ""), "structure_mismatch") == [
        "structure_mismatch:brackets:1-0"
    ]
    # a place named in brackets in the French only: reported
    placed = fr.replace("(CNUDM)", "(CNUDM) (Jamaïque)")
    assert blocking_keys(en, placed, "structure_mismatch") == ["structure_mismatch:brackets:0-1"]


def test_the_same_abbreviation_in_both_texts_pairs_up() -> None:
    # "Risk-to-Client (RtC)" / « risques pour les clients (RtC) »: spelled out in English only, repeated in French
    en = "(a) Risk-to-Client (RtC) shall be calculated in accordance with the following formula:"
    fr = (
        "a) les facteurs K «risques pour les clients» (RtC) sont calculés conformément à la formule suivante:"
    )
    findings = check_pair(ClausePair(en, fr))
    assert [f.key for f in findings if f.check == "structure_mismatch"] == []
