"""obligation_mismatch, force: French places its modal on either side of a negation, and the place says what is
denied.  « peut ne pas » is a possibility of not (what may not be, what may be left undone), « ne peut pas » and « ne
doit pas » a prohibition or an impossibility; English "may not" renders any of them.  « doit ne pas » is a duty not to
do or not to be, which English says "shall not", "must not": against an English "may not" at its place the French
states a duty where the English states at most a possibility."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_ITEM = (
    "(d) the holder of the units may not be informed of the change in good time;",
    "d) le détenteur des parts {} être informé du changement en temps utile;",
)
_RECITAL = (
    "(7) A single rating scale may not necessarily reflect the risks of every category of loans, so institutions "
    "should be able to use several scales.",
    "(7) Une échelle de notation unique {} nécessairement refléter les risques de chaque catégorie de prêts; les "
    "établissements devraient donc pouvoir utiliser plusieurs échelles.",
)


@pytest.mark.parametrize(("en", "fr"), [_ITEM, _RECITAL])
@pytest.mark.parametrize("modal", ["peut ne pas", "ne peut pas", "ne doit pas"])
def test_may_not_answers_possibility_or_prohibition(en: str, fr: str, modal: str) -> None:
    assert force(en, fr.format(modal)) == []


@pytest.mark.parametrize(("en", "fr"), [_ITEM, _RECITAL])
def test_may_not_faces_duty_not_to(en: str, fr: str) -> None:
    keys = [f.key for f in force(en, fr.format("doit ne pas"))]
    assert keys == ["obligation_mismatch:force:may not|doit"]


@pytest.mark.parametrize("en_modal", ["must not", "shall not"])
def test_duty_not_to_answers_must_not(en_modal: str) -> None:
    en, fr = _ITEM
    assert force(en.replace("may not", en_modal), fr.format("doit ne pas")) == []
