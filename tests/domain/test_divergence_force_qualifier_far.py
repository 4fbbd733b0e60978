"""An English qualifier ("where applicable", "where appropriate") answers a French one (« s'il y a lieu », « le cas
échéant ») wherever each side says it (issue 15: wide corpus of EU acts, "shall" made "may" in 32014l0065).

"Member States may require that, where applicable, firms provide …" / « Les États membres exigent des entreprises
qu'elles fournissent, s'il y a lieu, … »: French puts its qualifier in the subordinate clause, more than a possibility's
window from the English one, so the qualifier stayed free and took the "may" as its counterpart; the change of force
passed silent.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import obligations

_FR = (
    "Les États membres exigent des exploitants d'installations de stockage qu'ils communiquent, s'il y a lieu, à "
    "l'autorité compétente des informations suffisantes pour lui permettre d'évaluer les risques pour la santé humaine "
    "et pour l'environnement, compte tenu de la nature des substances stockées."
)
_EN = (
    "Member States {} require that, where applicable, operators of storage facilities communicate to the competent "
    "authority sufficient information to enable it to assess the risks to human health and to the environment, taking "
    "into account the nature of the substances stored."
)


def test_may_against_a_present_with_a_far_qualifier_warns() -> None:
    assert any(k.startswith("obligation_mismatch:force") for k in obligations(_EN.format("may"), _FR))


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (_EN.format("shall"), _FR),
        (_EN.format("may"), _FR.replace("exigent", "peuvent exiger")),
    ],
)
def test_qualifiers_answered_is_silent(en: str, fr: str) -> None:
    assert not any(k.startswith("obligation_mismatch:force") for k in obligations(en, fr))
