"""Changes of force and of connective that a guard or a count hid, and the faithful wording that stays silent.

Each case is written for this test, after a class of language seen in official EU texts, never one act's wording.
"""

from __future__ import annotations

from tests.domain.divergence_keys import obligations as keys


def test_an_or_left_over_when_each_french_connective_answers_an_english_one() -> None:
    # "… , and subsequently transferred … and if all units …" / « …, puis cédées …, et que toutes … »: the French « et »
    # answers the second "and"; the first one French says by « puis ». Made "or", it faces no French connective.
    en = (
        "The units shall be treated as freely transferable if they can be sold between the parties to a contract, {} "
        "subsequently transferred without restriction and if all units of the same class are fungible."
    )
    fr = (
        "Les parts sont considérées comme librement cessibles lorsqu'elles peuvent être vendues entre les parties à un "
        "contrat, puis cédées sans restriction, et que toutes les parts de la même catégorie sont fongibles."
    )
    assert keys(en.format("and"), fr) == []
    assert [k for k in keys(en.format("or"), fr) if k.startswith("obligation_mismatch:connective:or")]


def test_an_or_answered_by_a_french_ou_stays_silent() -> None:
    en = (
        "The units shall be treated as freely transferable if they can be sold between the parties to a contract, or "
        "transferred without restriction, and if all units of the same class are fungible."
    )
    fr = (
        "Les parts sont considérées comme librement cessibles lorsqu'elles peuvent être vendues entre les parties à un "
        "contrat ou cédées sans restriction, et que toutes les parts de la même catégorie sont fongibles."
    )
    assert keys(en, fr) == []


def test_a_possibility_said_far_away_does_not_answer_the_french_modal() -> None:
    # "Any person who can prove … shall consult" / « Quiconque prouve … peut consulter »: the "can" of the subject is said
    # at the other end of the sentence; the French « peut » faces "shall".
    en = (
        "Any person who can prove that the holder has relied on the application against him {} consult the file "
        "before its publication."
    )
    fr = (
        "Quiconque prouve que le titulaire s'est prévalu de la demande à son encontre peut consulter le dossier avant "
        "sa publication."
    )
    assert keys(en.format("may"), fr) == []
    assert keys(en.format("shall"), fr)


def test_a_modal_after_a_relative_clause_with_its_own_verb_is_the_main_verb() -> None:
    # « les ordres qui répondent à … peuvent être effectués »: the relative clause ends at « répondent »; the modal is the
    # main verb, the counterpart of "may be carried out", not a possibility described.
    en = "Transactions or orders meeting one or more of the signals {} be carried out for legitimate reasons."
    fr = (
        "Les transactions ou ordres qui répondent à une ou plusieurs des indications peuvent être effectués pour des "
        "raisons légitimes."
    )
    assert keys(en.format("may"), fr) == []
    assert keys(en.format("shall"), fr)


def test_a_modal_in_the_clause_a_french_duty_governs_stays_silent() -> None:
    # "shall make provision for the measures to be taken" / « prévoient que les mesures peuvent être prises »: the duty
    # is « prévoient »; the possibility it provides for English says by an infinitive.
    en = "Member States shall make provision for the measures to be taken under an accelerated procedure."
    fr = "Les États membres prévoient que les mesures peuvent être prises dans le cadre d'une procédure accélérée."
    assert keys(en, fr) == []


def test_a_possibility_in_an_indirect_question_answers_across_the_clause() -> None:
    # "how the report … can be obtained" / « la manière dont il est possible de se procurer le rapport »: English says the
    # modal at the end of the clause, French at its start; the two answer each other, and "shall" the French present.
    en = (
        "The annual and the half-yearly reports of the feeder fund shall indicate how the annual and the half-yearly "
        "report of the master fund can be obtained."
    )
    fr = (
        "Les rapports annuel et semestriel du fonds nourricier indiquent la manière dont il est possible de se procurer "
        "les rapports annuel et semestriel du fonds maître."
    )
    assert keys(en, fr) == []
