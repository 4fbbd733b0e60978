"""The subjects of a condition joined by "and" in English and by « ou » in French, each before a plural verb (issue 15).

French puts the verb in the plural after subjects joined by « ou » where the « ou » adds (the one, the other or both:
« lorsque les avances ou les garanties sont libérées »), in the singular where it excludes (« lorsque l'importateur ou
le distributeur a été informé »).  A condition whose subjects English joins by "and" and French by « ou », each before a
plural verb, holds of each subject in both texts: the connective joins no alternatives.  Still compared: a French verb
in the singular, a connective that joins the complements of the subject's noun ("the records of the lender and of the
borrower" / « les registres du prêteur ou de l'emprunteur », whose plural verb says nothing of the « ou »), two clauses
(« ou que »), and an English "or" against « et » ("and" made "or" looks the same).  (The pairs below are written for
these tests.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

_PLURAL = [
    (
        "Where the advance payments and the guarantees are released, the contracting authority shall inform the "
        "tenderer without delay.",
        "Lorsque les avances ou les garanties sont libérées, le pouvoir adjudicateur en informe le soumissionnaire "
        "sans délai.",
    ),
    (
        "Where several licences and authorisations are withdrawn in the same year, the Member State shall notify the "
        "Commission thereof.",
        "Si plusieurs licences ou autorisations sont retirées au cours de la même année, l'État membre en informe la "
        "Commission.",
    ),
    (
        "Where the fees and the charges which a Member State levies for that purpose are increased, the operators "
        "shall be informed in advance.",
        "Lorsque les redevances ou les taxes perçues par un État membre à cette fin sont augmentées, les opérateurs en "
        "sont informés à l'avance.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _PLURAL)
def test_subjects_before_a_plural_verb_are_not_alternatives(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


_STILL = [
    (
        "Where the importer and the distributor have been informed, the authority shall close the file.",
        "Lorsque l'importateur ou le distributeur a été informé, l'autorité clôt le dossier.",
        "and|ou",
    ),
    (
        "Where the records of the lender and of the borrower are incomplete, the file shall be closed.",
        "Lorsque les registres du prêteur ou de l'emprunteur sont incomplets, le dossier est clos.",
        "and|ou",
    ),
    (
        "Where the advance payments or the guarantees are released, the contracting authority shall inform the "
        "tenderer without delay.",
        "Lorsque les avances et les garanties sont libérées, le pouvoir adjudicateur en informe le soumissionnaire "
        "sans délai.",
        "or|et",
    ),
]


@pytest.mark.parametrize(("en", "fr", "key"), _STILL)
def test_other_connectives_of_a_condition_are_still_compared(en: str, fr: str, key: str) -> None:
    assert connectives(en, fr) == [f"obligation_mismatch:connective:{key}"]
