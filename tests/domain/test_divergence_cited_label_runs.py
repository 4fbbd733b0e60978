"""structure_mismatch, items: labels joined to one another in running text are cited points, not items.  "minus (i),
(j) and (k) of that Article" / « moins i), j) et k) dudit article », "option (a) or (b)" / « au point a) ou b) »,
"(i) to (k)" / « i) à k) »: a letter in brackets that a conjunction, a comma or "to" joins to another names a point of
a list elsewhere, however each language punctuates the run; only the letters that open the items of the clause's own
list count as its items, and those still do."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

_MINUS = (
    "(a) the total of the items referred to in Article 57(d) to (h) must not exceed a maximum of 100 % of the items in "
    "points (a) to (ca) minus (i), (j) and (k) of that Article; and",
    "a) le total des éléments visés aux points d) à h) de l’article 57 ne peut dépasser un maximum de 100 % des "
    "éléments visés aux points a) à c bis) moins i), j) et k) dudit article; et",
)
_RANGE = (
    "2.   Half of the total of the items in Article 57(l) to (r) shall be deducted from the total of the items in "
    "points (a) to (ca) minus (i) to (k) of that Article, and half from the total of the items in points (d) to (h) "
    "of that Article, after application of the limits laid down in paragraph 1 of this Article.",
    "2.   Le total des éléments visés à l’article 57, points l) à r), est déduit pour moitié du total des éléments "
    "visés aux points a) à c bis) moins i) à k) dudit article et pour moitié du total des éléments visés aux points "
    "d) à h) dudit article, après application des limites prévues au paragraphe 1 du présent article.",
)
_OPTION = (
    "Member States may choose to apply option (a) or (b).",
    "Les États membres peuvent choisir d’appliquer l’option prévue au point a) ou b).",
)
_POINTS = (
    "(viii) the aggregate fair market value, the aggregate number of units and the number of Reportable "
    "Transactions in respect of Transfers by the Reportable User not covered by points (iii), (v) and (vi); and",
    "viii) la juste valeur de marché totale, le nombre total d’unités et le nombre de Transactions à déclarer pour "
    "les Transferts effectués par l’Utilisateur devant faire l’objet d’une déclaration non couverts par les points "
    "iii)), v) et vi); et",
)

# « b) i) et iii) »: a point and its sub-points; « moins i à k) »: a range that lost a bracket.
_NESTED = (
    "By 15 December 2010, the Commission shall present a report on the threshold percentages in Article 3(6), paying "
    "particular attention to the consequences of a reduction of the percentage in points (a)(i), (b)(i) and (b)(iii) "
    "of Article 3(6) from 25 % to 20 %.",
    "Pour le 15 décembre 2010, la Commission fait rapport sur les pourcentages minimaux visés à l'article 3, point 6), "
    "en accordant une attention particulière aux conséquences d'une réduction de ce pourcentage de 25 à 20 % à "
    "l'article 3, points 6) a) i), ainsi que b) i) et iii).",
)
_LOST_BRACKET = (
    "(b) the total of the items in points (g) to (h) may not exceed a maximum of 50 % of the items in points (a) plus "
    "(b) and (c) minus (i) to (k).",
    "b) le total des éléments visés aux points g) à h) ne peut dépasser un maximum de 50 % des éléments visés aux "
    "points a) plus b) et c) moins i à k) ;",
)


@pytest.mark.parametrize(("en", "fr"), [_MINUS, _RANGE, _OPTION, _POINTS, _NESTED, _LOST_BRACKET])
def test_a_run_of_cited_labels_is_no_list(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "structure_mismatch") == []


_LIST = (
    "The application shall contain: (a) the name of the applicant; (b) the address of its registered office; and "
    "(c) the list of its directors.",
    "La demande contient: a) le nom du demandeur; b) l’adresse de son siège statutaire; et c) la liste de ses "
    "administrateurs.",
)


def test_the_items_of_a_list_in_running_text_still_count() -> None:
    en, fr = _LIST
    assert blocking_keys(en, fr, "structure_mismatch") == []
    # an item dropped from the French list: reported
    dropped = fr.replace(" b) l’adresse de son siège statutaire;", "")
    assert blocking_keys(en, dropped, "structure_mismatch") == ["structure_mismatch:items:3-2"]
    # an item added to the French list of cited points is no item, but one added to the list itself is
    added = fr.replace(" et c)", " c) le montant de son capital; et d)")
    assert blocking_keys(en, added, "structure_mismatch") == ["structure_mismatch:items:3-4"]


def test_an_item_dropped_beside_a_cited_run_is_still_reported() -> None:
    en = (
        "The report shall set out: (a) the items referred to in points (i), (j) and (k); (b) the amounts deducted; "
        "and (c) the reasons for the deduction."
    )
    fr = "Le rapport expose: a) les éléments visés aux points i), j) et k); et c) les motifs de la déduction."
    assert blocking_keys(en, fr, "structure_mismatch") == ["structure_mismatch:items:3-2"]


# Initials in brackets before an item ("(JON), (b)", « (ICEP) et b) ») and a run of cited points closed by its
# conjunction before the next item (« points a), b) ou c), iii) émis ») leave the items of the list counted.
_INITIALS = (
    "(91) The oversight should be guided by three principles seeking to ensure: (a) close coordination among the ESAs, "
    "through a joint oversight network (JON), (b) consistency with the framework established by Directive (EU) "
    "2022/2555, and (c) applying diligence to minimise the risk of disruption to services.",
    "(91) La supervision devrait être fondée sur trois principes visant: a) une coopération étroite entre les AES, au "
    "moyen d’un réseau de supervision commun, b) la cohérence avec le cadre établi par la directive (UE) 2022/2555, et "
    "c) l’application d’une diligence afin de réduire au minimum le risque de perturbation des services.",
)
_AFTER_RUN = (
    "(h) money market instruments, provided that they are: (i) issued or guaranteed by a central, regional or local "
    "authority; (ii) issued by an undertaking any securities of which are dealt in on regulated markets referred to "
    "in points (a), (b) or (c); (iii) issued or guaranteed by an establishment subject to prudential supervision.",
    "h) instruments du marché monétaire, pour autant que ces instruments soient: i) émis ou garantis par une "
    "administration centrale, régionale ou locale, ii) émis par une entreprise dont des titres sont négociés sur les "
    "marchés réglementés visés aux points a), b) ou c), iii) émis ou garantis par un établissement soumis à une "
    "surveillance prudentielle.",
)


@pytest.mark.parametrize(
    ("en", "fr", "dropped"), [(*_INITIALS, " b) la cohérence"), (*_AFTER_RUN, " iii) émis")]
)
def test_items_beside_initials_or_after_a_run_still_count(en: str, fr: str, dropped: str) -> None:
    assert blocking_keys(en, fr, "structure_mismatch") == []
    # the label of an item lost in the French: reported
    assert blocking_keys(en, fr.replace(dropped, " la"), "structure_mismatch") == [
        "structure_mismatch:items:4-3"
    ]
