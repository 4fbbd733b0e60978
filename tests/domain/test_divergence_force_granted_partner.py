"""obligation_mismatch, force: a permission granted answers the permission granted of the other side before one that a
relative or completive clause describes. "Member States may, under conditions which they may lay down, provide" /
« Dans les conditions qu'ils fixent, les États membres peuvent prévoir »: the "may" of the relative clause stands
nearer to « peuvent » than the main clause's does, and French says the relative clause's by a plain present; paired
nearest first, the main "may" was left without an answer while its French counterpart had one. The same the other way
round (« peuvent prévoir que les juridictions peuvent n'infliger aucune amende » / "may provide that the courts are
able not to impose a fine"). The described modal left over grants nothing and needs no answer."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_EN_RELATIVE = (
    "Member States may, under conditions which they may lay down, provide that small traders need not keep a "
    "register of their sales."
)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            _EN_RELATIVE,
            "Dans les conditions qu'ils fixent, les États membres peuvent prévoir que les petits commerçants ne sont "
            "pas tenus de tenir un registre de leurs ventes.",
        ),
        (
            "3.   In order to respect the basic principles of their legal order, by way of derogation from paragraph 2, "
            "Member States may provide that the courts are able not to impose a fine or only to reduce the fine to "
            "the extent that the help of the person to uncover the cartel outweighs the interest in punishing that "
            "person.",
            "3.   Afin de respecter les principes de base de leur ordre juridique, les États membres peuvent prévoir, "
            "par dérogation au paragraphe 2, que les juridictions peuvent n'infliger aucune amende ou peuvent "
            "seulement réduire l'amende, dans la mesure où l'aide de la personne à la découverte de l'entente "
            "l'emporte sur l'intérêt à punir cette personne.",
        ),
    ],
)
def test_a_granted_permission_answers_the_granted_one_before_a_described_one(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(
    "fr",
    [
        # the main clause's permission dropped: the relative clause's "may" answers nothing in French
        "Dans les conditions qu'ils fixent, les États membres prévoient que les petits commerçants ne sont pas tenus "
        "de tenir un registre de leurs ventes.",
        # made a duty
        "Dans les conditions qu'ils fixent, les États membres doivent prévoir que les petits commerçants ne sont pas "
        "tenus de tenir un registre de leurs ventes.",
    ],
)
def test_the_main_permission_changed_still_fires(fr: str) -> None:
    assert force(_EN_RELATIVE, fr)


# "may either ask … or, alternatively, may open" / « peut soit demander …, soit ouvrir »: the modal said again after
# the conjunction and an insert carries on the first, as "and may" does; the first answers « peut ».
_EN_ALTERNATIVELY = (
    "4.   Where it lacks the information needed to act on the request, the coordinator of the home State may either "
    "ask the requesting authority for it or, alternatively, may open a joint inquiry with that authority."
)
_FR_ALTERNATIVELY = (
    "4.   Lorsqu'il ne dispose pas des informations nécessaires pour donner suite à la demande, le coordinateur de "
    "l'État d'origine {} à l'autorité requérante, soit {} une enquête conjointe avec cette autorité."
)


def test_a_modal_said_again_after_an_insert_carries_on_the_first() -> None:
    assert force(_EN_ALTERNATIVELY, _FR_ALTERNATIVELY.format("peut soit les demander", "ouvrir")) == []


@pytest.mark.parametrize(
    ("first", "second"), [("soit les demande", "ouvre"), ("doit soit les demander", "ouvrir")]
)
def test_the_series_permission_changed_still_fires(first: str, second: str) -> None:
    assert force(_EN_ALTERNATIVELY, _FR_ALTERNATIVELY.format(first, second))


def test_a_granted_permission_facing_a_nearer_duty_still_fires() -> None:
    # the « peut » of the French main clause faces "shall", nearer to it than the "may" of the that-clause
    assert force(
        "Alternatively, the national law shall provide that the authority may itself publish the notice.",
        "À titre subsidiaire, le droit national peut prévoir que l'autorité peut publier elle-même l'avis.",
    )
