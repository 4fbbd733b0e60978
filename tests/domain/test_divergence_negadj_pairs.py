"""Negative adjectives that render each other but begin differently ("unforeseeable" / « imprévisible »,
"unavoidable" / « inévitable », "unauthorised" / « non autorisé ») answer each other before either may answer a
negation of the other side (issue 15: wide corpus of EU acts; 32007l0064 art. 78: "abnormal and unforeseeable
circumstances … the consequences of which would have been unavoidable" / « circonstances anormales et imprévisibles …
dont les suites auraient été inévitables »).

« imprévisible », « imprévu » and « inévitable » were no negative words of the French lexicon, and a negative adjective
paired with its like only when the two began with the same six letters.  With the English "not" of "shall not apply"
dropped, "unforeseeable" answered the French « ne s'applique pas » and the English then said the opposite unreported.
The pairs of stems come from the readable parts of the wide corpus (bench/mine_negadj_pairs.py).
"""

from __future__ import annotations

from mou_review.domain import deontic
from mou_review.domain.divergence import _NEGADJ_CLASS
from mou_review.domain.textnorm import fold
from mou_review.domain.types import Lang
from tests.domain.divergence_keys import negations

EN = (
    "Liability under Chapters 2 and 3 shall not apply in cases of abnormal and unforeseeable circumstances beyond "
    "the control of the party pleading for the application of those circumstances, the consequences of which would "
    "have been unavoidable despite all efforts to the contrary, or where a payment service provider is bound by "
    "other legal obligations covered by national or Community legislation."
)
FR = (
    "La responsabilité prévue par les chapitres 2 et 3 ne s'applique pas aux cas de circonstances anormales et "
    "imprévisibles échappant au contrôle de la partie invoquant la prise en compte de ces circonstances, dont les "
    "suites auraient été inévitables malgré tous les efforts déployés, ni lorsque le prestataire de services de "
    "paiement est lié par d'autres obligations légales prévues par des législations nationales ou communautaires."
)


def test_the_faithful_pair_is_silent() -> None:
    assert negations(EN, FR) == []


def test_the_english_negation_dropped_is_flagged() -> None:
    assert negations(EN.replace("shall not apply", "shall apply"), FR) == [
        "obligation_mismatch:negation:ne s'applique pas"
    ]


def test_a_short_clause_with_its_negation_dropped_is_flagged() -> None:
    en = "Liability under this Memorandum shall apply in cases of unforeseeable circumstances."
    fr = "La responsabilité prévue par le présent Mémorandum ne s'applique pas aux cas de circonstances imprévisibles."
    assert negations(en, fr) == ["obligation_mismatch:negation:ne s'applique pas"]
    assert negations(en.replace("shall apply", "shall not apply"), fr) == []


def test_the_adjectives_are_negative_words() -> None:
    for text in ("des événements imprévisibles", "des dépenses imprévues", "un retard inévitable"):
        profile = deontic.profile(fold(text), Lang.FR, text)
        assert [group for _a, _b, group in profile.weak] == ["negadj"], text
    text = "an inevitable delay"
    assert [group for _a, _b, group in deontic.profile(fold(text), Lang.EN, text).weak] == ["negadj"]


def test_prevu_and_previsible_alone_are_none() -> None:
    text = "les dépenses prévues, les délais prévisibles"
    assert deontic.profile(fold(text), Lang.FR, text).weak == []


def test_stems_of_a_pair_share_a_class_no_bare_stem_can_equal() -> None:
    assert _NEGADJ_CLASS["unfore"] == _NEGADJ_CLASS["imprev"]
    assert _NEGADJ_CLASS["unauth"] == _NEGADJ_CLASS["nonaut"]
    assert _NEGADJ_CLASS["unfore"] != _NEGADJ_CLASS["unauth"]
    assert all(name.startswith("=") for name in _NEGADJ_CLASS.values())


def test_a_negation_of_the_same_root_keeps_the_adjective_to_itself() -> None:
    # English says it twice ("do not agree … that disagreement"), French once (« En cas de désaccord »): the French
    # word answers the English negation, and the English "disagreement" is no rendering of it.
    en = (
        "Where competent authorities do not agree on which of them should supervise a benchmark, ESMA should settle "
        "that disagreement."
    )
    fr = (
        "En cas de désaccord entre les autorités compétentes quant à celle qui devrait surveiller un indice de "
        "référence, l'AEMF devrait trancher."
    )
    assert negations(en, fr) == []
