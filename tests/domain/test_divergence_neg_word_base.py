"""An English negative word against the French word of its base said bare (issue 15).

"payments unconnected with the contract" / « les paiements qui ne sont pas liés au contrat », "costs unrelated to the project" / « les coûts qui ne
sont pas liés au projet », "some of which are non-connected" / « dont certains ne sont pas liés », "an observer without
the right to vote" / « un observateur qui ne dispose pas du droit de vote »: French says these English negative words
by a negation of a word of their base at least as often as by a word of its own.  Where the French « ne … pas » is
dropped (« qui sont liés au contrat », « qui sont liés au projet », « qui dispose du droit de vote »), the French
base at the English word's place says the opposite of the English word; nothing else shows the drop, since an English
negative word needs no French negation of its own.  Not where French says a negative word of that meaning
(« indépendants », « non liés », « sans droit de vote »), nor where a negation or a « ne … que » stands before the base in
its clause, nor against an English litotes ("not unrelated"), nor for a "without" that says no possession ("without
delay").
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation that is dropped)
_DROPS = [
    (
        "The register shall list the payments unconnected with the contract.",
        "Le registre mentionne les paiements qui ne sont pas liés au contrat.",
        ("qui ne sont pas liés", "qui sont liés"),
    ),
    (
        "The grant shall not cover costs of the beneficiary that are unrelated to the project.",
        "La subvention ne couvre pas les coûts du bénéficiaire qui ne sont pas liés au projet.",
        ("qui ne sont pas liés", "qui sont liés"),
    ),
    (
        "The fund collects capital from several holders, some of which are non-connected.",
        "Le fonds recueille des capitaux auprès de plusieurs détenteurs, dont certains ne sont pas liés.",
        ("ne sont pas liés", "sont liés"),
    ),
    (
        "The board shall include one observer appointed by the Council, without the right to vote.",
        "Le conseil comprend un observateur désigné par le Conseil, qui ne dispose pas du droit de vote.",
        ("qui ne dispose pas du", "qui dispose du"),
    ),
    (
        "The scheme shall support regions without adequate storage capacity.",
        "Le régime soutient les régions qui ne disposent pas d'une capacité de stockage adéquate.",
        ("qui ne disposent pas d'une", "qui disposent d'une"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "drop"),
    _DROPS,
    ids=["unconnected", "unrelated", "non-connected", "observer", "storage"],
)
def test_french_base_said_bare_against_english_negative_word(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(*drop)) != []


# French says the English word by a word of its own, or says the base under a negation or a restriction of its clause;
# English denies its own negative word; or "without" says no possession.
_FAITHFUL = [
    (
        "The register shall list the payments unconnected with the contract.",
        "Le registre mentionne les paiements indépendants du contrat, qui sont liés à d'autres actes.",
    ),
    (
        "The grant shall cover costs of the beneficiary that are unrelated to the project.",
        "La subvention couvre les coûts du bénéficiaire non liés au projet.",
    ),
    (
        "The observer shall attend, without the right to vote.",
        "L'observateur assiste à la réunion, sans droit de vote, et dispose des documents.",
    ),
    (
        "Such costs are not unrelated to the project.",
        "Ces coûts sont liés au projet.",
    ),
    (
        "The observer, without any right other than the right to speak, shall attend.",
        "L'observateur, qui ne dispose que du droit de parole, assiste à la réunion.",
    ),
    (
        "The authority shall inform the applicant without delay where it has the documents.",
        "L'autorité informe le demandeur sans tarder lorsqu'elle dispose des documents.",
    ),
    (
        "The body shall act without delay where the operators are able to provide the documents.",
        "L'organisme agit sans délai lorsque les exploitants disposent des documents.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"),
    _FAITHFUL,
    ids=["independants", "non-lies", "sans", "litotes", "ne-que", "delay", "delay-bare"],
)
def test_french_base_not_read_against_its_own_rendering(en: str, fr: str) -> None:
    assert negations(en, fr) == []
