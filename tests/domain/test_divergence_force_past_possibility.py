"""obligation_mismatch, force: « pouvoir » before a past infinitive (« pourrait avoir été causé », « peut avoir
acquis », « pourraient avoir été engagés ») says what may have happened, the French of "may have been caused", "may
have acquired"; it grants nothing and obliges to nothing, so it is no counterpart of an English duty to act ("shall
state") said nearby: that duty is rendered by some other French verb (a participle, a present), and the French
possibility by some other English wording ("is suspected of", "any costs incurred").  An English duty of the past
("shall have been paid") against it still differs in force."""

from __future__ import annotations

from tests.domain.divergence_keys import obligations

# Written for this test: a notice whose English duty ("which shall also state") French renders by a participle
# (« précisant »), and whose French past possibility renders an English "is thought to".
_NOTICE_EN = (
    "(b) a first notice of the breach, sent within three days of the operator learning of it, stating at least "
    "whether the breach is thought to result from a deliberate act, which shall also state, where relevant, the "
    "regions in which the operator knows that the affected equipment has been installed;"
)
_NOTICE_FR = (
    "b) un premier avis de la violation, envoyé dans les trois jours après que l'exploitant en a eu connaissance, "
    "indiquant au minimum si la violation pourrait avoir été causée par un acte délibéré et précisant, le cas échéant, "
    "les régions dans lesquelles l'exploitant sait que l'équipement concerné a été installé;"
)


def test_a_past_possibility_is_no_counterpart_of_a_duty_to_act() -> None:
    assert obligations(_NOTICE_EN, _NOTICE_FR) == []


def test_a_duty_said_of_the_past_against_it_still_differs() -> None:
    en = _NOTICE_EN.replace(
        "whether the breach is thought to result", "the breach, which shall have resulted"
    )
    fr = _NOTICE_FR.replace(
        "si la violation pourrait avoir été causée", "la violation, qui pourrait avoir été causée"
    )
    assert "obligation_mismatch:force:shall|pourrait" in obligations(en, fr)


def test_a_present_possibility_against_the_duty_still_differs() -> None:
    fr = _NOTICE_FR.replace("pourrait avoir été causée", "pourrait être causée")
    assert "obligation_mismatch:force:shall|pourrait" in obligations(_NOTICE_EN, fr)


def test_a_duty_of_a_passive_against_it_still_differs() -> None:
    # (the English passive is the verb the French past possibility says: "which shall be incurred" against « qui
    # pourraient avoir été engagés » changes the force of that very verb)
    en = "The Agency shall reimburse the authorities for the costs which shall be incurred by them in the inspections."
    fr = (
        "L'Agence rembourse aux autorités les coûts qui pourraient avoir été engagés par celles-ci lors des "
        "inspections."
    )
    assert "obligation_mismatch:force:shall|pourraient" in obligations(en, fr)
