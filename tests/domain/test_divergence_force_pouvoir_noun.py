"""« doit exercer le pouvoir de » is a duty to use a power, not « doit pouvoir » (issue 15: wide corpus of EU acts,
32012r0648, 32019r2175, 32023r1114, 32014l0059, 32025l0001, 32012l0030, 32017l1132, 32022l2555).

An obligation that governs a possibility (« doit pouvoir accorder », "must be able to grant") answers a "may" of the
other language, and the check read any « pouvoir » within two words of « doit » as that verb.  The noun does not say
it: "the officer may exercise the power to request information" made « l'enquêteur doit exercer le pouvoir de
demander des informations » turns a power into a duty, and passed silent.  The noun still says it after a verb of
having (« doit avoir le pouvoir de », « devraient disposer des pouvoirs »), as "shall have the power to" does.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import obligations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "3.   In order to carry out his or her tasks, the investigation officer may exercise the power to request "
            "information in accordance with Article 38b.",
            "3.   Afin de s'acquitter de ses tâches, l'enquêteur doit exercer le pouvoir de demander des informations "
            "conformément à l'article 38 ter.",
        ),
        (
            "Resolution authorities may exercise the transfer power in respect of the assets of the institution.",
            "Les autorités de résolution doivent exercer le pouvoir de transfert à l'égard des actifs de "
            "l'établissement.",
        ),
        (
            "The general meeting may give the administrative body the power to restrict the right of pre-emption.",
            "L'assemblée générale doit donner à l'organe d'administration le pouvoir de limiter le droit de "
            "préférence.",
        ),
    ],
)
def test_duty_to_use_a_power_against_may_warns(en: str, fr: str) -> None:
    assert any(k.startswith("obligation_mismatch:force") for k in obligations(en, fr))


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The judge having jurisdiction may give the company sufficient time to regularise its position.",
            "Le juge compétent doit pouvoir accorder à cette société un délai suffisant pour régulariser sa "
            "situation.",
        ),
        (
            "The Authority may require competent authorities to take specific action.",
            "L'Autorité doit avoir le pouvoir d'imposer aux autorités compétentes de prendre des mesures "
            "spécifiques.",
        ),
        (
            "The investigation officer may exercise the power to request information.",
            "L'enquêteur peut exercer le pouvoir de demander des informations.",
        ),
    ],
)
def test_possibility_said_either_way_is_silent(en: str, fr: str) -> None:
    assert not any(k.startswith("obligation_mismatch:force") for k in obligations(en, fr))
