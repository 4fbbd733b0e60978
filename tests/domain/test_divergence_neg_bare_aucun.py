"""A French « aucun » that is no negation of its own (issue 15, wide corpus of EU acts).

« aucun » negates with the « ne » of its verb (« n'accorde aucune aide »). Where it has no « ne » in its clause it is
the "any" of a negation said elsewhere: after « sans » (« sans que l'agent perçoive, à aucun moment, une
rémunération » / "without the agent receiving at any time any remuneration") or in a point whose negation the lead-in
says (« Le prix ne peut: … b) en aucun cas dépasser » / "The price shall not: … (b) in any case exceed"). An English
"any" at its place renders it, and it needs no answer.  And « aucun prêt … ne dépassant 50 000 EUR » is the wording
of a bound ("each loan does not exceed EUR 50 000"), whose negation is the bound verb's, compared with the other
side's bound: it needs no answer either.  A negation dropped or added beside them is still caught.
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations, obligations

_SANS = (
    "(d) activities carried out by an intermediary on behalf of a lender, without the intermediary receiving at any "
    "time payment from the borrower, including the collection of documents and the checking of identity;",
    "d) aux activités exercées par un intermédiaire pour le compte d'un prêteur, sans que l'intermédiaire perçoive, à "
    "aucun moment, de paiement de l'emprunteur, notamment la collecte de documents et la vérification de l'identité;",
)
_POINT = (
    "(b) in any case be set at a level that would deter the holder from exercising that right.",
    "b) en aucun cas être fixé à un niveau tel qu'il dissuaderait le titulaire d'exercer ce droit.",
)
_BOUND = (
    "(iii) more than EUR 10 million, and each individual loan covered by the scheme does not exceed EUR 50 000.",
    "iii) supérieur à 10 000 000 EUR, aucun prêt individuel couvert par le régime ne dépassant 50 000 EUR.",
)


def test_aucun_after_sans_is_the_any_of_its_english() -> None:
    assert negations(*_SANS) == []


def test_aucun_of_a_point_under_a_negated_lead_in_is_the_any_of_its_english() -> None:
    assert negations(*_POINT) == []


def test_aucun_subject_of_a_bound_verb_says_the_bound() -> None:
    assert negations(*_BOUND) == []


def test_a_negation_dropped_or_added_beside_them_is_still_caught() -> None:
    en, fr = _SANS
    assert negations(en, fr.replace("aux activités exercées", "aux activités qui ne sont pas exercées")) != []
    en, fr = _POINT
    assert negations(en, fr.replace("qu'il dissuaderait", "qu'il ne dissuaderait pas")) != []
    assert negations(en, fr.replace("en aucun cas être fixé", "en aucun cas ne pas être fixé")) != []
    en, fr = _BOUND
    assert (
        negations(
            en,
            fr.replace("supérieur à 10 000 000 EUR,", "supérieur à 10 000 000 EUR, qui n'est pas garanti,"),
        )
        != []
    )
    # a « ne … aucun » of its own is a negation: an English "any" at its place does not answer it
    assert (
        negations(
            "The intermediary shall receive any payment from the borrower.",
            "L'intermédiaire ne perçoit aucun paiement de l'emprunteur.",
        )
        != []
    )


def test_a_verbless_aucun_is_a_negation_of_its_own() -> None:
    # « limitée ou aucune » says "no" without a verb: it answers the English "no", whatever "any" stands near it
    en = (
        "A process shall be regarded as having no or little human involvement where, for any order, a machine takes "
        "the decisions at any stage of the process."
    )
    fr = (
        "Un processus est considéré comme comportant une intervention humaine faible ou aucune intervention humaine "
        "lorsque, pour tout ordre, une machine prend les décisions à tout stade du processus."
    )
    assert negations(en, fr) == []
    assert negations(en.replace("having no or little", "having little"), fr) != []


def test_a_bound_turned_is_still_caught() -> None:
    en, fr = _BOUND
    assert obligations(en.replace("does not exceed", "exceeds"), fr) != []
    assert negations(en, fr.replace("ne dépassant", "dépassant")) != []
