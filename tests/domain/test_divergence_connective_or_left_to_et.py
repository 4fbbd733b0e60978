"""The one "or" of a condition that the count of the connectives leaves to a French « et » (issue 15).

A sentence of four "and"/"or" or more is not compared by the count of its connectives alone: translators word its
lists freely, and only a connective anchored by the words it joins is compared.  Yet where English says one "or" and
French no « ou » at all (nor « ni », « voire », « sinon »), and French says one « et » more than English says "and",
nothing but a « et » is left to answer the "or": the count anchors it, as the words it joins would, to the « et » at
the same place in the sentence.  "Where the figures are late or unclear" against « lorsque les chiffres sont tardifs et
imprécis » requires one failing in one text and both in the other, however long the sentence; the words joined ("late",
« tardifs ») share no stem that could anchor them.
"""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys

# Six connectives on each side: English five "and" and the "or" of the condition, French six « et ».
_LONG_EN = (
    "The operator shall keep the records, accounts and registers of the installation, store them safely and securely, "
    "and shall make them available to the inspectors and auditors of the authority where the figures reported are late "
    "{conn} unclear, within ten days of a request."
)
_LONG_FR = (
    "L'exploitant tient les registres, les comptes et les livres de l'installation, les conserve de manière sûre et "
    "sécurisée, et les met à la disposition des inspecteurs et des auditeurs de l'autorité lorsque les chiffres "
    "déclarés sont tardifs {conn} imprécis, dans un délai de dix jours à compter d'une demande."
)

# Four connectives: French says the condition with no condition word (« tout changement »).
_FOUR_EN = (
    "The register shall state the name, address and activity of the holders and their agents and, where the holders "
    "have changed, the timing {conn} grounds of that change."
)
_FOUR_FR = (
    "Le registre indique le nom, l'adresse et l'activité des titulaires {agents} de leurs agents ainsi que le moment "
    "{conn} les motifs de tout changement."
)


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


def test_or_of_a_condition_left_to_et_in_a_long_sentence_is_reported() -> None:
    en, fr = _LONG_EN.format(conn="or"), _LONG_FR.format(conn="et")
    assert connectives(en, fr) == ["obligation_mismatch:connective:or|et"]


def test_or_of_a_condition_left_to_et_in_a_sentence_of_four_is_reported() -> None:
    en, fr = _FOUR_EN.format(conn="or"), _FOUR_FR.format(agents="et", conn="et")
    assert connectives(en, fr) == ["obligation_mismatch:connective:or|et"]


def test_the_same_connective_is_silent() -> None:
    assert connectives(_LONG_EN.format(conn="or"), _LONG_FR.format(conn="ou")) == []
    assert connectives(_LONG_EN.format(conn="and"), _LONG_FR.format(conn="et")) == []
    assert connectives(_FOUR_EN.format(conn="or"), _FOUR_FR.format(agents="et", conn="ou")) == []
    assert connectives(_FOUR_EN.format(conn="and"), _FOUR_FR.format(agents="et", conn="et")) == []


def test_a_french_ou_elsewhere_leaves_the_count_silent() -> None:
    # « des titulaires ou de leurs agents »: French says « ou » where English says "and"; the count no longer shows which
    # French connective answers the "or", and no word anchors it.
    en, fr = _FOUR_EN.format(conn="or"), _FOUR_FR.format(agents="ou", conn="et")
    assert connectives(en, fr) == []
