"""Deontic force and polarity of a passage in English and French legal drafting.

What a provision *does* — oblige, permit, prohibit — and whether it is negated are what matter
most between two equally authentic texts, and what the other checks cannot see: "shall" rendered
« peut », "may" rendered « doit », a dropped « ne … pas ».  This module finds every marker of
force, negation, bound and connective on one side, with its position;
:func:`mou_review.domain.divergence` pairs them between the languages by relative position
within aligned sentences, so a marker elsewhere in the clause cannot mask a change.

The two languages do not mark force the same way, and the comparison is built on that:

- English obliges with "shall", "must", "is required to", "is to"; French mostly with the
  *présent de l'indicatif prescriptif* (« Les Parties échangent » for "The Parties shall
  exchange"), which no word marks.  So an English obligation is never required to have a French
  marker; only an explicit permission facing it (« peuvent ») is a conflict.  An explicit French
  obligation (« doit », « est tenu de ») must not face an English permission.
- Permission is marked in both: "may", "shall be empowered to" / « peut », « a la faculté de »,
  « est habilité à ».  Possibility said another way ("can", "is entitled to", "is measurable",
  "the right to" / « pourrait », « susceptible », « droit de ») answers a permission on the other
  side but never raises one.
- Recommendation ("should", "ought to" / « devrait », « il convient de ») is its own class: the
  recitals of EU acts use it throughout; it is neither an obligation nor a permission.
- Negation: "not", "no", "never", "neither", "none" / « ne … pas », « ne … plus », « aucun »,
  « nul », « ne … ni ».  Expressions that negate nothing are left out: "no later than", "whether
  or not", "No 648/2012" / « au plus tard », « ou non », « ne … que » (a restriction), the
  expletive « ne » (« éviter que … ne »).  A negation may be said by a word on the other side
  ("without", "unless", "failing to", "incomplete", "avoid" / « sans », « sauf », « à défaut »,
  « insuffisamment », « éviter »): such *negative words* are grouped by meaning, so that a word
  present on both sides (« sans » / "without") answers only itself.
- Bounds: "not less than", "at least" / « au moins », « égal ou supérieur à » set a lower bound;
  "not more than", "less than" / « au plus », « inférieur à » an upper one.  A dropped negation
  often shows only as a bound turned the other way.
- Connectives: "and" / « et », « ainsi que » against "or" / « ou », found by
  :mod:`mou_review.domain.connectives`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from mou_review.domain import connectives
from mou_review.domain.rx import at_word_start, covering, guard, match_spans
from mou_review.domain.types import Lang

Span = tuple[int, int]

# Every pattern of this module is matched against folded text (textnorm.fold: lower case, no accents), so
# none carries re.I, which made the larger ones twice as slow.

# --- English -------------------------------------------------------------------------------


def _groups(*named: tuple[str, str]) -> re.Pattern[str]:
    """One pattern for several groups of words (one pass over the text); the group's name says which."""
    return re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in named) + ")")


#: « pouvoir adjudicateur » ("contracting authority"), « pouvoirs publics » ("public authorities"): a body named, not
#: a power or a possibility.
_BODY = r" (?:adjudicateurs?|publics)\b"

#: The compound past of « pouvoir » after its auxiliary (« ont pu avoir accès », « qu'il a pu recevoir », « qui a pu
#: être fixée »): what may have come about, the French of "may have had", "may have received", "may have been set".
#: English says that possibility with "may have" + participle; French with the past of the modal, which grants
#: nothing (a mere possibility in divergence._FR_MERE_POSSIBILITY).  Not negated (« n'a pas pu », « n'a pu »): that is
#: an inability, "could not".
FR_PAST_COULD = r"(?<!\bn')(?<!\bne )(?:a|ont|ait|aient|avait|avaient|avoir|ayant|aurait|auraient) pu\b"


#: "may, where appropriate,", "may, as appropriate,", "may, where relevant,", "may, if it thinks fit,", "may, if it
#: considers it appropriate,": a phrase of discretion put right after "may" leaves the act to its subject's judgment,
#: which French says by the same phrase and a plain present (« Le cas échéant, l'Autorité élabore », « S'il le juge
#: utile, l'Office invite »): the modal and the phrase say one discretion twice, not a power the other side dropped.
#: Of the phrases of need only the long-standing "if necessary" counts: "necessary" is read as a soft duty, which would
#: answer a French « doit » once "may" was gone ("may, where necessary," against « Si nécessaire, … doit »).
_DISCRETION = (
    r"(?:(?:as|where|if|when) (?:(?:deemed|considered|judged) )?(?:appropriate|relevant)|if necessary"
    r"|(?:as|where|if|when) (?:it|they|he|she) (?:thinks?|considers?|deems?|judges?|finds?)"
    r" (?:fit|(?:it )?(?:appropriate|useful|expedient)))\b"
)
#: What English drafting puts between "shall" and the verb it governs: "also", "only", an adverb ("equally", "still"),
#: a short adverbial phrase ("at all times", "in particular") or an insert set off by commas ("shall, in the Member
#: State of consumption, be entitled to", "shall, where the review procedure has been opened, be empowered to").  The
#: modal still governs that verb: "shall, in particular, be entitled to" grants as "shall be entitled to" does, and
#: French says it by « peut » or « est habilité à », wherever it puts the adverbial.  (Not an insert that denies, "in
#: no case", "not", nor one that holds a modal of its own: that is no mere adverbial.)
_SHALL_INSERT = (
    r"(?: (?:also|only|however|therefore|still|equally|in particular|at (?:least|all times)|\w+ly)"
    r"|,(?: (?!(?:not|never|no|nor|neither|shall|may|must|can|cannot|should)\b)[\w'-]+){1,14},)?"
)
_EN_PERMIT = guard(
    re.compile(
        r"\b(?:(?=may)(?<!\bas )(?<!\bof )(?<!the case )(?<!that )(?<!which )(?<!who )(?<!whom )(?<!whose )(?<!whereby )"
        # "may not …, nor may they use": a "may" that "nor" negates grants nothing
        r"(?<!\bnor )"
        # "any loss it may have suffered" / « qu'il subirait »: a possibility in the past, never a permission.
        r"may(?! not\b)(?! \d)(?! have (?:been|had|made|done|paid|held|kept|sent|brought|lost|\w+ed|\w+en)\b)"
        rf"(?!,? {_DISCRETION})"
        r"(?! (?:also )?(?:need|have) to\b)(?! be (?:required|obliged|necessary)\b)"
        r"(?! (?:in no (?:case|event|circumstances)|under no circumstances|never)\b)"
        # "may be taking place", "may be committing an offence": a progressive, what may be going on, as "may have taken
        # place" is what may have happened (not an adjective in -ing: "may be binding", nor "may be something")
        r"(?! be (?!(?:binding|overlapping|outstanding|pending|existing|remaining|continuing|ongoing|corresponding"
        r"|following|preceding|misleading|accompanying|underlying|during|according|\w*thing)\b)[a-z]{3,}ing\b)"
        # "shall be permitted not to deduct" / « sont autorisés à ne pas déduire »: what is permitted may be an abstention
        r"|shall"
        + _SHALL_INSERT
        + r" be (?:empowered|permitted|allowed|entitled|authori[sz]ed|able) (?:not )?to(?= [a-z])"
        r"|(?:it )?shall be (?:permissible|possible)(?= to\b)"
        r"(?! (?:the|a|an|that|this|those|these|such|its|their|any|which|what)\b)"
        # "has the authority to take" / « a le pouvoir de prendre »
        r"|(?<!not )(?<!never )(?:has|have|shall have) (?:the (?:power|option|discretion|authority)|authority) to)\b",
    ),
    "may",
    "shall",
    "has the",
    "have the",
    "authority to",
)
#: An insert opened by a preposition inside a phrase ("has access within 30 calendar days to", "under its own law").
_EN_PHRASE_INSERT = (
    r"(?:under|within|in|by|for|at|over|pursuant to|according to) "
    r"(?:(?!(?:order|may|shall|must|can|could|which|that|who|whom|where|when|if)\b)[\w-]+ ){1,4}?"
)
# Possibility said another way: answers a permission on the other side, never raises one.  "shall be
# allowed" (no "to") is a rule that something is allowed, the counterpart of « sont autorisés ».
_EN_SOFT_PERMIT = guard(
    re.compile(
        r"\b(?:may|might|can|could|(?:cap)?able|possibilit\w*|possibly|(?:is|are|be|where|if|wherever) possible|option\w*|discretion\w*|entitle\w*|empower\w*"
        r"|(?=permit|allow)(?<!shall be )(?<!shall only be )(?:permit(?:s|ting)?|allow(?:s|ing)?)\b|(?:permitt|allow)ed(?= to\b)"
        # "enables the user to" / « permet à l'utilisateur de »: what French says by « permettre » as often as "allows"
        r"|enabl(?:e|es|ing)\b"
        r"|(?:(?<=be )|(?<=is )|(?<=are )|(?<=been ))(?<!shall be )(?<!shall only be )(?:permitted|allowed|authori[sz]ed)"
        r"|authori[sz](?!ed\b)\w*|authori[sz]ed(?= to\b)"
        r"|free to|eligib\w*|likely|liable to|potential\w*|competent to"
        # "has jurisdiction under its own law to entertain", "has access within 30 calendar days to funding": an insert
        # opened by a preposition does not part the phrase of possibility
        r"|(?:has|have) (?:the )?(?:competence|jurisdiction) to"
        r"|(?:has|have) (?:the )?(?:competence|jurisdiction|access) " + _EN_PHRASE_INSERT + r"to"
        r"|in a position to|open to (?:an? |the )?(?:\w+ )?(?:appeal|review|challenge|recourse)"
        # (not after "may be", whose modal says that possibility: "may be subject to an appeal only together with")
        r"|(?<!may be )subject to (?:appeal|challenge|recourse|judicial review)"
        r"|opportunit(?:y|ies) to"
        # "a specific permission" / « une autorisation spécifique »: a thing named, answered by its rendering
        r"|permissions?"
        # "At the election of the filing constituent entity, …" / « L'entité … peut exercer une option selon laquelle »;
        # "if an appeal against such a decision lies to a court" / « si un recours … peut être intenté »
        r"|at the (?:\w+ )?election of|appeal[^.;:,]{0,40}? lies"
        # "Member States need not apply" / « peuvent ne pas appliquer »: a permission not to act
        r"|need not"
        r"|open to|rights? (?:to|of)|access to|power\w*|as the case may be|not (?:be )?(?:prevented|precluded|barred) from"
        r"|(?:is|are|be|being|been) (?:\w+ly )?(?!(?:pay|li|applic|respons|account|reason|suit|compar|accept|favour|vari"
        r"|profit|valu|reli|negoti|consider|equit|sustain|vulner|st|t|en)(?:able|ible)\b)\w+(?:able|ible))\b",
    ),
    *covering(
        (
            "may",
            "might",
            "can",
            "could",
            "able",
            "ible",
            "possib",
            "option",
            "discretion",
            "entitle",
            "empower",
            "permit",
            "allow",
            "enabl",
            "authori",
            "free to",
            "eligib",
            "likely",
            "liable to",
            "potential",
            "competent to",
            "competence",
            "jurisdiction",
            "in a position to",
            "open to",
            "subject to",
            "opportunit",
            "permission",
            "election of",
            "appeal",
            "right",
            "access",
            "power",
            "prevented",
            "precluded",
            "barred",
            "need not",
        )
    ),
)
# The possibility a verb or an adjective states ("can", "is able to", "is authorised to"), not a noun
# ("authorisation", "powers"): the counterpart that makes a French « doit » a change of force.
_EN_VERBAL_PERMIT = guard(
    re.compile(
        r"\b(?:may(?! (?:also )?(?:need|have) to\b)|might|can|could|(?:cap)?able"
        r"|(?:entitled|empowered|permitted|allowed|authori[sz]ed)(?= to\b)"
        r"|(?:(?<=be )|(?<=is )|(?<=are )|(?<=been ))(?:entitled|empowered|permitted|allowed|authori[sz]ed)|free to"
        # "shall be eligible for the aid", "shall be eligible to apply": eligibility is a possibility granted, as
        # entitlement is, which French says by « peut bénéficier », « peut demander » or « est éligible »; the "shall"
        # is the rule's present and governs no duty, so unlike "shall be available" it is read after "shall" too
        r"|(?<=be )eligible\b"
        r"|possible|optional|competent to|in a position to"
        # "Member States need not apply" / « peuvent ne pas appliquer »: the verb of a permission not to act, against which
        # « doivent ne pas appliquer » obliges not to act
        r"|need not"
        # "has jurisdiction to", "has access within 30 calendar days to": what "competent to", "can obtain" say (not the
        # object of a duty, "shall have access to"; nor a bare "have access to", often a state: "investors have access to")
        r"|(?<!shall )(?<!must )(?<!to )(?:has|have) (?:the )?(?:(?:competence|jurisdiction) (?:"
        + _EN_PHRASE_INSERT
        + r")?|access "
        + _EN_PHRASE_INSERT
        + r")to"
        # "are objectively measurable": an adjective of possibility after its copula ("can be measured"); not one a
        # modal governs ("shall be available" is the duty's own predicate), nor one a duty said by a periphrasis governs
        # ("has to be compatible", "is to be capable of", "needs to be tradable" / « doit être compatible »); nor one that
        # says a duty or a recommendation, not what can be done ("is payable", "are reportable" / « doivent faire l'objet
        # d'une déclaration », "is taxable", "is chargeable", "it is desirable", "it is advisable" / « il convient »)
        r"|(?<!shall )(?<!must )(?<!should )(?<!may )(?<!will )(?<!has to )(?<!have to )(?<!had to )(?<!is to )"
        r"(?<!are to )(?<!need to )(?<!needs to )(?<!required to )(?<!obliged to )(?<!bound to )"
        r"(?:is|are|be|being|been) (?:\w+ly )?"
        r"(?!(?:avail|pay|li|applic|respons|account|reason|suit|compar|accept|favour|vari"
        r"|profit|valu|reli|negoti|consider|equit|sustain|vulner|st|t|en|report|tax|charge|receiv|desir|advis|prefer)"
        r"(?:able|ible)\b)\w+(?:able|ible))\b",
    ),
    *covering(
        (
            "may",
            "might",
            "can",
            "could",
            "able",
            "ible",
            "entitled",
            "empowered",
            "permitted",
            "allowed",
            "authori",
            "free to",
            "optional",
            "competent to",
            "in a position to",
            "competence",
            "jurisdiction",
            "access",
            "need not",
        )
    ),
)
#: « risque de », the verb of a possibility (« un événement qui risque de compromettre », "which may affect"): only before
#: an infinitive, which a negation or a pronoun may stand before (« risque de ne pas respecter », « risque d'en
#: compromettre »), and not after an article (« le risque de perdre »); before a noun it is the noun « risque », « les
#: ajustements pour risque de crédit », « les exigences pour risque de marché », which says no possibility.
#: An adverb between « risque » and its « de » (« vous risquez néanmoins de », « risque également de »).
FR_RISK_ADVERB = r"(?: (?:neanmoins|toutefois|donc|aussi|egalement|\w+ment))?"
_FR_RISK_VERB = (
    r"(?<!\ble )(?<!\bun )(?<!\bdu )(?<!\bau )(?<!\bde )(?:risquer|risquent|risquez|risquons|risquerait|risqueraient|risque)"
    + FR_RISK_ADVERB
    + r" d(?:e\b|')"
    r"(?=\s*(?:(?:ne|n')\s*(?:pas|plus|jamais|point)?\s*)?(?:(?:se|s'|y|en|l'|le|la|les|leur|lui|me|m'|te|t'|nous|vous)\s*)*"
    r"[a-z]+(?:er|ir|re)\b)"
)
_FR_VERBAL_PERMIT = guard(
    re.compile(
        r"\b(?:peut|peuvent|peu\(vent\)|peu\(ven\)t|pouvez|pouvons|pourrez|pourrons|pourra|pourront|pourrait|pourraient|puisse|puissent|pouvant|pouvoir(?!s?"
        + _BODY
        + r")|"
        + FR_PAST_COULD
        + r"|en mesure"
        r"|(?:autorise|habilite)e?s? a|(?:(?<=est )|(?<=sont )|(?<=etre )|(?<=soit )|(?<=ete ))(?:autorise|habilite)e?s?"
        r"|susceptibles?|possible|facultati\w*|loisible|libres? d(?:e\b|')|competente?s? (?:(?:lui|elle|eux|elles)-memes? )?pour|(?:a|ont) competence pour|potentiel\w*|viendrai(?:t|ent) a|permet\w*|"
        + _FR_RISK_VERB
        + r"|capables? d(?:e|'))\b",
    ),
    *covering(
        (
            "peu",
            "pouv",
            "pourr",
            "puiss",
            " pu",
            "en mesure",
            "autorise",
            "habilite",
            "susceptible",
            "possible",
            "facultati",
            "loisible",
            "libre",
            "competen",
            "potentiel",
            "viendrai",
            "permet",
            "risqu",
            "capable",
        )
    ),
)
_EN_NOT_SOFT = guard(re.compile(r"\bas may be\b"), "as may be")
# "as soon as possible", "as close to real time as is technically possible": a degree (« aussi … que le permettent
# les moyens techniques »), not the possibility a French « doit » would contradict.  So is "possible" after a superlative
# or "extent": "the soonest possible", "at the earliest possible date", "to the best extent possible", "to the extent
# possible" (« aussitôt que possible », « dans toute la mesure du possible »).
_EN_DEGREE = guard(
    re.compile(
        r"\bas (?:[\w-]+ ){1,5}as (?:is )?(?:\w+ly )?possible\b"
        r"|\bthe (?:[a-z]{2,}est|best|most|least|utmost|maximum|minimum)(?: [a-z]+)? possible\b|\bextent possible\b"
    ),
    "possible",
)
#: "is to" / "are to" followed by a verb: an obligation ("the fee is to be paid").
_EN_TO_DO = r"(?= [a-z])(?! (?:the|a|an|that|this|those|these|such|its|their|any|which|be found)\b)"
_EN_OBLIGE = guard(
    re.compile(
        # at_word_start: the lookbehinds come after the first letter, which they name ((?<!may h) for (?<!may )).
        at_word_start(
            r"shall(?! not\b)(?! (?:mean|read)\b)(?!" + _SHALL_INSERT + r" (?:be|have) (?:entitled"
            r"|authori[sz]ed|empowered|permitted|allowed|free|able|eligible|possible|permissible|the right|the power"
            r"|the possibility|the option|the authority|authority)\b)",
            r"must(?! not\b)",
            r"is (?:required|obliged|bound) to",
            r"are (?:required|obliged|bound) to",
            r"h(?<!may h)(?<!might h)as to",
            r"h(?<!may h)(?<!might h)ave to",
            r"undertakes? to",
            r"i(?<!which i)(?<!purpose i)(?<!aim i)(?<!objective i)(?<!task i)(?<!role i)s to" + _EN_TO_DO,
            r"a(?<!which a)(?<!purpose a)(?<!aim a)(?<!objective a)(?<!task a)(?<!role a)re to" + _EN_TO_DO,
        )
        + r"\b",
    ),
    "shall",
    "must",
    "required to",
    "obliged to",
    "bound to",
    "has to",
    "have to",
    "undertake",
    "is to",
    "are to",
)
# Obligation said another way: a French « doit » may face it without conflict.  ("need not" obliges to nothing: it
# permits not to act, a possibility.)
_EN_SOFT_OBLIGE = guard(
    re.compile(
        r"\b(?:requir\w*|necessar\w*|need\w*(?! not\b)|obliged|mandatory|compulsory|ensure\w*|dut(?:y|ies)"
        r"|payable|due|liable)\b",
    ),
    *covering(
        (
            "requir",
            "necessar",
            "need",
            "obliged",
            "mandatory",
            "compulsory",
            "ensure",
            "duty",
            "duties",
            "payable",
            "due",
            "liable",
        )
    ),
)
_EN_RECOMMEND = guard(re.compile(r"\b(?:should(?! not\b)|ought to)\b"), "should", "ought to")
_EN_PROHIBIT = guard(
    re.compile(
        r"\b(?:shall not|must not|may not|should not|cannot|can not|refrain(?:s|ed|ing)?\b|(?:it is|shall be) (?:prohibited|forbidden)|(?:is|are) (?:prohibited|forbidden) (?:to|from)"
        r"|may (?:in no (?:case|event|circumstances)|under no circumstances|never)"
        # "may, however, no longer be invoked" / « ne peuvent toutefois plus être intentées »: "no longer" negates the
        # "may" as "not" does
        r"|may,? (?:(?:however|therefore|thus|then),? )?no longer"
        # "Nothing in this Declaration may be interpreted": a negative subject makes "may" a prohibition.
        # ("No information which they may receive may be divulged": the "may" of the main clause, after the relative's.)
        # ("no longer … if the proprietor may": an adverb of time, no negative subject)
        r"|(?:no(?= [a-z])(?! longer\b)|nothing|none|nobody|no one|neither)\b(?:[^.;:,]{0,60}?\b(?:which|that|who|whom)\s+(?:\w+\s+){0,3}?"
        r"may\s+(?!(?:and|or)\b)(?:\w+\s+){1,8}?(?=may\b))?[^.;:,]{0,60}?\bmay)\b",
    ),
    "not",
    "refrain",
    "prohibited",
    "forbidden",
    "may",
)
_EN_NEG = guard(
    re.compile(
        # "no more … than" is a comparison (a bound); "no more" with no "than" after it says "no longer" ("when they
        # receive no more new prices" / « lorsqu'ils ne reçoivent plus de nouveaux prix »).
        # "there is no less polluting alternative" / « il n'y a pas d'équivalent moins polluant »: "no" denies that the
        # thing exists, "less" grades its adjective; elsewhere "no less" is a comparison ("no less favourable").
        r"\b(?:not(?!-)|never|none|nothing|nobody|neither|nor|cannot"
        r"|no(?! (?:later|earlier|sooner|fewer|greater)\b)(?!(?<!there is no)(?<!there are no) less\b)(?! more(?: [a-z-]+){0,3} than\b)"
        r"(?=\s+[a-z]))\b|n't\b",
    ),
    "no",
    "never",
    "neither",
    "n't",
)
#: "are therefore not covered", "is also not eligible": a sentence adverb that English puts between the auxiliary and
#: "not" (lookbehinds: the "not" after it negates the predicate, not an attribute after a noun, "contracts not covered").
_AFTER_SENTENCE_ADVERB = "".join(
    rf"(?<!\b{w} )"
    for w in (
        "therefore",
        "thus",
        "hence",
        "also",
        "still",
        "then",
        "consequently",
        "accordingly",
        "furthermore",
        "moreover",
        "normally",
        "generally",
        "usually",
        "currently",
        "necessarily",
    )
)
#: A maximum said by a negated "exceed" in its other forms: "is not exceeded", "has not exceeded", "is not to exceed",
#: "did not in the previous year exceed", "shall not, to the knowledge of the institution, exceed" (French:
#: « n'est pas dépassé », « n'excède pas », read as a maximum likewise).
_EN_NOT_EXCEEDED = (
    r"(?:(?:shall|does|do|did|will|may|must|can|should|could|would) )?"
    r"(?:not (?:(?:be|been|to) )?exceeded|not to exceed|not(?:,[^,.;:]{1,80},| (?:in|during|over|for)(?: [\w-]+){0,3}? (?:year|period|month|quarter|week|day)s?) exceed(?:s|ed|ing)?)"
)
#: "may not be initiated more than six months after the date" / « ne peut plus être intentée après l'expiration d'un
#: délai de six mois »: a deed forbidden once a time has passed, which French says "no longer", is a negation, not a
#: bound ("shall not be more than two months after" is one).
_EN_NOT_LATE = r"(?!be \w+ more than (?:\w+ ){1,2}(?:days?|weeks?|months?|years?) after\b)"
_LATE_BOUND = re.compile(r"more than (?:\w+ ){1,2}(?:days?|weeks?|months?|years?) after\b")
_PASSIVE_GAP = re.compile(r"\s+be\s+(?!more\b)\w+\s+")
# Negations that negate nothing: bounds and deadlines ("not less than", "shall not exceed": see
# _EN_LOWER/_EN_UPPER), alternatives ("whether or not"), numbers ("No 648/2012").
_EN_NOT_NEG = guard(
    re.compile(
        r"\b(?:(?:not|no) (?:later|earlier|more|less|sooner|fewer|greater|lower|higher) than"
        # "should not be lower than 3 % and not be higher than 24 %": a bound said again after "and"
        r"|(?:(?<=and )|(?<=or )|(?<=, ))not be (?:more|less|fewer|greater|lower|higher|longer|shorter) than"
        # "no worse than", "not more restrictive than" / « pas moins performant », « pas plus restrictives »: a
        # comparison, no negation in French either ("not less robust than" is a bound, which its "not" turns)
        r"|(?:not|no) (?:worse|better) than|not more [a-z-]+ than|no (?:less|fewer|lower) (?:[a-z-]+ ){1,2}?than"
        r"|none the less"
        # "shall be no wider in scope than", "should not be later than" / « ne doivent pas excéder la portée », « ne
        # devrait pas être postérieure à »: a limit
        r"|(?:(?:shall|must|may|should|can) not be|be no) (?:wider|broader|later|earlier) (?:[a-z-]+ ){0,3}?than"
        r"|(?:(?:shall|does|do|to|did|will|may|must|can|should|could|would) )?not exceed(?:ing)?|cannot exceed|"
        + _EN_NOT_EXCEEDED
        + r"|(?:whether|if) or not"
        # "X or not" closes an alternative ("whether it is met or not within three months", "the inclusion or not of"),
        # as does "X or not X" ("to accept or not accept", "securitised or not securitised", « accepte ou n'accepte
        # pas »); but "or not" before a word of its own says a negation of that word ("or not being subject to",
        # "or not to be bound by" / « ou … ne pas être liés », "ineffective or not commensurate").
        r"|(?P<alt>[a-z]{3,})(?: to)? or not (?P=alt)\b"
        r"|or not\b(?!\s+(?!(?:of|on|in|within|without|by|for|at|from|with|and|or|but|a|an|the|will|shall|is|are|was"
        r"|were|may|can|must|should|would|could|has|have|had|which|that|as|than|so|whether|if|unless|where|when)\b)[a-z])"
        r"|(?=not only)(?<!do )(?<!does )(?<!did )(?<!shall )(?<!will )not only|not least"
        r"|(?:(?:shall|should|must|may|do|does|did|will|can|could|would|is|are) )?not (?:only|solely|merely|just)\b(?=[^.;:]*\bbut\b)"
        r"|shall not (?:affect|prejudice|preclude|prevent)|(?:should|does|do|will) not (?:affect|prejudice)|no\.?\s*\d|(?:not|no) (?:longer|shorter) than"
        r"|(?:(?:shall|should|must|may|does|do|will|to|can) )?not (?:go|goes|going|extend|extends) beyond|but (?:shall |is |are )?not (?:be )?limited to|not (?:doing|to do) so"
        # "at no cost" / « gratuitement »; "no matter where" / « quel que soit »; "very difficult, if not impossible" /
        # « voire impossible »: "free", "whatever", "or even", no negation
        r"|at no (?:extra |additional )?(?:cost|charge)|no matter|(?<=, )if not (?=(?:the|most|many|impossible|always|entirely|wholly)\b)"
        r"|(?:shall|does|do|may|must|will|to|can) not "
        + _EN_NOT_LATE
        + r"(?:\w+ ){1,2}?(?:more|greater|higher|less|fewer|lower) than"
        # "that period shall not end later than two months after", "shall not start sooner than two working days
        # after" / « prend fin au plus tard », « ne débute au plus tôt que »: a time limit, as "no later than" is
        r"|(?:shall|does|do|may|must|will|to|can) not (?!be\b)\w+ (?:later|earlier|sooner) than"
        r"|(?:(?<=[a-z]{3} )|(?<=, ))(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bdoes )(?<!\bdo )"
        r"(?<!\bshall )(?<!\bmay )(?<!\bcan )(?<!\bwill )(?<!\bmust )(?<!\bshould )(?<!\bhas )(?<!\bhave )(?<!\bwould )"
        r"(?<!\band )(?<!\bor )(?<!\bbut )(?<!\bwhether )(?<!\bif )(?<!\bthat )(?<!\bwhich )(?<!\bit )"
        + _AFTER_SENTENCE_ADVERB
        + r"not (?=\w+ed (?:by|in|under|within|to|for|on|at|as|here|herein|therein|hereunder|above|below)\b))\b",
    ),
    "no",
)
# Words that say "not" without the grammar of a negation, grouped by meaning.  They answer a negation
# on the other side, unless the other side has a word of the same group.
_EN_WEAK = _groups(
    # "if the consumer is deprived of access" / « s'il ne peut accéder »: what one is left without.
    (
        "without",
        r"\b(?:without(?! prejudice)|absen\w*|lack\w*|in the absence|free (?:of|from)|depriv(?:e|es|ed|ing|ation) of)\b",
    ),
    (
        "except",
        r"\b(?:unless|except(?!ions?\b)\w*|(?:with )?the exception of|other than|save (?:as|where|that|for|those|in|when|if)"
        r"|apart from|but for)\b",
    ),
    ("fail", r"\b(?:fail(?:s|ed|ing|ure)?|omit\w*|omission\w*|neglect\w*)\b"),
    # "shall abstain from verifying" / « s'abstient de vérifier »; "Abstentions shall not be permitted" / « Nul ne peut
    # s'abstenir », "to desist from a repetition" / « de s'abstenir de le réitérer »
    (
        "refuse",
        r"\b(?:refus\w*|reject\w*|den(?:y|ies|ied|ial)|declin\w*|withh[oe]ld\w*|abstain\w*|abstention\w*|desist\w*)\b",
    ),
    ("exclude", r"\bexclu(?!sive)\w*"),
    # "different from", "are distinct", "if different", "have different auditors": a difference said of two things;
    # "different types", "a distinct entity" (various, separate) say none, and answer no "not".
    (
        "differ",
        r"\b(?:differ(?:s|ed|ing)?|differenc\w*|(?:(?<=is )|(?<=are )|(?<=be )|(?<=been )|(?<=if )|(?<=where )|(?<=when )|(?<=has )|(?<=have )|(?<=had )|(?<=having ))(?:different|distinct|dissimilar)"
        r"|(?:different|distinct|dissimilar)(?= (?:from|to)\b)|diverg\w*)\b",
    ),
    # "an unjustifiable market barrier", "do not hamper the transition" / « une entrave injustifiée », « n'entravent pas »,
    # « ne crée pas de barrière »: an obstacle, which the French word of hindering names as well (else it answers the
    # English "not" when French drops its own).
    (
        "prevent",
        r"\b(?:prevent\w*|preclud\w*|imped\w*|hinder\w*|obstacle\w*|obstruct\w*|protect(?!ive)\w*|disregard\w*"
        r"|barriers?|hamper(?:s|ed|ing)?)\b",
    ),
    ("avoid", r"\bavoid\w*"),
    # "unless giving such information would compromise security", "would not be able to meet their liabilities" /
    # « ne soit pas acceptable pour des raisons de sécurité », « de nature à compromettre la capacité … à honorer »:
    # putting a thing at risk, which the other language may say as a denied ability or acceptability; it answers only
    # such a negation (see _NEG_ABLE), never "does not endanger" / « ne compromet pas » with its negation dropped.
    # To impair a thing is to harm it ("does not materially impair" / « ne compromet pas de manière significative »,
    # « ne porte pas atteinte »), not to hinder it as "prevent" does.
    ("harm", r"\b(?:compromis(?:e|es|ed|ing)|jeopardi[sz]\w*|undermin\w*|impair\w*)\b"),
    # "a criminal offence" / « une infraction »: a breach of the law.  "non-compliance", "non-conformity", "non-compliant"
    # / « non-respect », « non-conformité », « non conforme »: a breach too, one meaning said by a "non-" word on both
    # sides, which render each other whatever their stems (else « non-respect », a negative adjective, answered the
    # English "not" of another verb that "non-compliance" left free).
    (
        "breach",
        r"\b(?:breach\w*|infring\w*|contraven\w*|violat\w*|non[- ]?complian\w*|non[- ]?conform\w*|offen[cs]es?)\b",
    ),
    # "could be easily circumvented", "attempting to evade sanctions", "acts contrary to its obligations" / « de ne pas
    # les respecter », « tente de ne pas appliquer », « ne respecte pas les obligations »: going round a rule or against
    # it, which the other language says as a negation of complying with it; it answers only such a negation (see
    # _NEG_COMPLY), never one of another verb.  (Not "tax evasion" / « évasion fiscale », a term said on both sides.)
    ("evade", r"\b(?:circumvent\w*|evad(?:e|es|ed|ing)|contrary to)\b"),
    # "to opt out of a right" (« de ne pas accorder »), "alleviating them from the burden" (« n'auront pas à »)
    # "By way of derogation from" / « Par dérogation à »: the same exemption, which answers itself.
    # "may be disapplied", "the reason for the disapplication" / « peuvent ne pas appliquer », « ne s'applique pas »: a
    # rule set aside, which French says as the negation of its verb.
    (
        "exempt",
        r"\b(?:exempt\w*|waive\w*|derogat\w*|disappl\w*|dispens(?:e|es|ed|ing|ation)\b|relie(?:f|ve[sd]?|ving)(?: \w+){0,2}? (?:from|of)|opt(?:s|ed|ing)? out"
        r"|alleviat\w*)\b",
    ),
    # "bring to an end the impacts", "put an end to the infringement" / « faire cesser les incidences », « mettre fin à
    # l'infraction »: the English of « mettre fin », « faire cesser », a verb of ceasing said in three words.
    (
        "cease",
        r"\b(?:ceas\w*|stop(?:s|ped|ping)?\b(?![- ]loss)|(?:bring|brings|bringing|brought)(?: \w+){0,4}? to an end\b"
        r"|put(?:s|ting)? an end to\b)",
    ),
    # "ensure the elimination of intra-group creation", "eliminating deforestation", "by removing incentives", "would
    # obviate the need" / « qu'il n'y a pas de création », « n'entraîne pas de déforestation », « n'étant plus incités »,
    # « n'auraient plus besoin »: doing away with a thing, which the other language says as its absence ("no", « pas
    # de ») or as its end ("no longer", « ne … plus »); it answers only such a negation (see _NEG_NONE).
    (
        "remove",
        # (and the words of an end: "shall result in loss of that right", "has become obsolete", "an abrupt disruption
        # to the access" / « ne pourra plus être invoqué », « n'a plus lieu d'être », « n'aient soudain plus accès »)
        r"\b(?:eliminat\w*|remov(?:e|es|ed|ing|al)|withdr[ae]w\w*|abolish\w*|abolition|obviat\w*|suppress\w*"
        r"|los(?:e|es|ing|t)|loss of|obsole\w*|disrupt\w*)\b",
    ),
    # "revenues remaining at the end", "the reasons … persist", "remains consistent", "production is continued" /
    # « n'ont pas été utilisées », « n'ont pas disparu », « ne change pas », « n'ait pas pris fin »: what goes on, which
    # the other language says as the negation of its end; it answers only such a negation (see _NEG_ENDING).
    ("remain", r"\b(?:remain(?:s|ed|ing)?|persist(?:s|ed|ing)?|continu(?:e|es|ed|ing))\b"),
    # "retained earnings", "if the items … were to be retained" / « bénéfices non distribués », « si les éléments …
    # n'étaient pas distribués »: profits kept by the undertaking, which French says as profits not paid out; it
    # answers only that negation (see _NEG_DISTRIBUTED), not one of another verb ("the retained interest" / « l'intérêt
    # retenu » beside « ce changement n'est pas utilisé »).
    ("retain", r"\bretain(?:s|ed|ing)?\b"),
    # "States that have yet to ratify" / « qui n'ont pas encore ratifié »
    ("pending", r"\b(?:yet to|still to be)\b"),
    ("ongoing", r"\b(?:pending|ongoing|in progress|under way)\b"),
    # "any party adversely affected by a decision" / « pour autant que la décision n'a pas fait droit à ses
    # prétentions »: a claim not upheld; it answers only such a negation (see _NEG_UPHELD).
    ("adverse", r"\badverse(?:ly)?\b"),
    # "deployed in an environmentally safe way", "the data is error-free" / « d'une manière qui ne nuise pas à
    # l'environnement », « ces données ne comprennent aucune erreur »: an absence of harm, which French says by a negation
    # of harming or of a danger, a risk, an error; it answers only such a negation (see _NEG_HARM).
    # So do the verbs of keeping a thing unharmed, "in order to respect the right", "the need to respect its business
    # secrets", "preserves the incentives" / « afin de ne pas porter atteinte à la liberté », « que ses secrets ne soient
    # pas divulgués », « ne dissuade pas l'entreprise » ("respect" as a verb before its object: not "in respect of").
    (
        "safe",
        r"\b(?:safe(?:ly)?|[a-z]+-free|preserv(?:e|es|ed|ing)"
        r"|(?<!\bin )(?<!\bthis )(?<!\bthat )respect(?:s|ing)?(?= (?:the|its|their|his|her|these|those|such|all|any|each)\b))\b",
    ),
    ("prohibit", r"\b(?:prohibit\w*|forbid\w*|ban(?:s|ned)?)\b"),
    ("instead", r"\b(?:instead|rather than)\b"),
    # "no sooner than 1 January", "not before" / « au plus tôt le 1er janvier »
    ("earliest", r"\b(?:(?:no|not) (?:sooner|earlier) than|at the earliest)\b"),
    # "shall ignore an arrangement", "were unaware" / « ne prennent pas en compte », « en ignoraient l'existence »
    ("ignore", r"\b(?:ignor\w*|unaware|leav(?:e|es|ing) out|left out)\b"),
    # "values below that threshold", "falls short of the target" / « dont la valeur n'atteint pas ce seuil »
    (
        "below",
        r"\b(?:below(?= (?:the|that|this|a|an|its|their|those|these|such|any)\b)|fall(?:s|ing)? short|short of)\b",
    ),
    ("regardless", r"\b(?:regardless|irrespective|whatever|whether or not|with or without|no matter)\b"),
    ("outside", r"\b(?:outside|beyond)\b"),
    # "by file-sharing or otherwise" / « ou autrement »: "or in another way", no alternative to a negation.
    # "or give reasons for not doing so" / « ou explique pourquoi elle ne s'y conforme pas »: the contrary case.
    ("otherwise", r"(?<!\bor )\botherwise\b|\bnot (?:doing|to do) so\b"),
    (
        "saving",
        r"\b(?:without prejudice|shall not (?:affect|prejudice|preclude|prevent)|(?:should|does|do|will) not (?:affect|prejudice))\b",
    ),
    ("restrict", r"\b(?:only|sole|solely|exclusively)\b"),
    # "zero value", "nil" / « une valeur nulle », « quasi nulle »: a quantity of none.
    ("zero", r"\b(?:zero|nil)\b"),
    (
        "negadj",
        # ("unilateral", "unanimous": one side, all sides, no negation; "unduly", "unreasonably": an adverb of manner says
        # how, it answers no « ne … pas », unlike "unlikely")
        # ("unwinding", "unwound": the verb that reverses a transaction, no negation; « la remise en cause », « le
        # dénouement » render it, and a French « ne … pas » elsewhere in the sentence is no rendering of it)
        r"\b(?:un(?!der|ion|it|if|iv|iq|il|anim|til|less|wind|wound)"
        r"(?!(?!likely\b|timely\b)[a-z]+ly\b)[a-z]{4,}|non-\w+|hardly|scarcely|seldom|rarely|difficult\w*"
        # "non equity exposures", "non industrial waste" / « ne portant pas sur des actions », « non industriels »: the
        # prefix written with a space, as French writes « non » (not the Latin "non liquet", "sine qua non")
        r"|(?<!\bqua )non (?!(?:liquet|bis|grata)\b)[a-z]\w*"
        # "no-tier methodologies", "a hit/no-hit system" / « méthodes ne reposant pas sur des niveaux », « non-concordance »:
        # an attribute said with "no-", as with "non-" ("no-one" is a pronoun, a negation)
        r"|no-(?!one\b)[a-z]\w*"
        # "groundless", "harmless" / « sans fondement »
        r"|(?!(?:un|regard|never|nonethe)less\b)[a-z]{3,}less"
        # "dissatisfied", "inability", "impracticable", "inoperative" / « ne sont pas satisfaits », « n'est pas en mesure »,
        # « n'est pas envisageable », « ne fonctionnent pas » (spelled whole: "disability" is a word of its own)
        r"|dis(?:agree|approv|advantag|satisf)\w*|(?:inabilit|impracticab|infeasib|inoperab|inoperat)\w*"
        r"|(?:in|im|il|ir|dis)(?:complete|sufficient|accurate|regular|legal|lawful|applicable|possible"
        r"|dependent|admissible|capable|qualified|proper|correct|valid|adequate|appropriate|consisten|possib|relevan|comprehensib"
        r"|eligib|compatib|effecti"
        # "incoherent", "inactive", "inescapable" / « n'est pas cohérent », « qui ne mènent pas d'opérations », « auxquels
        # il n'est pas possible de se soustraire »
        r"|coheren|activ|escapab|evitab"
        r"|proportion)\w*"
        # "a contract not cleared by a CCP": a negated attribute, which French writes « non compensé ».
        r"|(?=not )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bdoes )(?<!\bdo )(?<!\bshall )"
        r"(?<!\bmay )(?<!\bcan )(?<!\bwill )(?<!\bmust )(?<!\bshould )(?<!\bhas )(?<!\bhave )(?<!\bwould )"
        + _AFTER_SENTENCE_ADVERB
        + r"not (?:\w+ly )?\w+(?:ed|ible|able|ent|ant|ive|ory|al))\b",
    ),
)
#: A date that "shall not be earlier than" another, « ne doit pas être antérieure à », is a lower bound in time; one
#: that "shall be earlier than" it, « doit être antérieure à », an upper one ("no later than" and « au plus tard » are
#: left out: « au plus tard trois mois avant » says "at least three months before").
_EN_NOT_BE = r"(?:shall|must|may|should|can|could|will|would|does|do) not be (?:\w+ )?"
_EN_BE = r"(?:(?:shall|must|may|should|can|could|will|would|to) be|is|are) (?:(?!not?\b)\w+ )?"
_FR_NOT_BE = r"(?:ne\b|n')\s*(?:[\w']+ ){1,2}?(?:pas (?:[\w']+ ){0,4}?|(?:pas )?(?:etre|ete) )"
_FR_BE = r"(?<!\bpas )(?<!\bne )(?:etre|est|sont|soit|soient|sera|seront) (?:[\w']+ ){0,4}?"
_EN_LOWER = guard(
    re.compile(
        r"\b(?:at least|(?:not|no) (?:less|fewer|lower|shorter) than|(?:(?<=and )|(?<=or )|(?<=, ))not be (?:less|fewer|lower|shorter) than|nor (?:less|fewer|lower|shorter) than|(?:more|greater|higher|larger|longer) than|in excess of"
        # "as long as such procedures provide no less accuracy than the tool" / « n'est pas inférieure à »
        r"|no (?:less|fewer|lower) (?:[a-z-]+ ){1,2}?than"
        r"|(?:shall|does|do|may|must|will|to|can) not (?:\w+ ){1,2}?(?:less|fewer|lower) than"
        r"|(?:shall|does|do|may|must|will|to|can) not (?:fall|drop|go) below"
        r"|a minimum of|(?<=\d )or (?:more|above|greater|higher)\b|(?=exceed)(?<!not )(?<!to )exceed(?:s|ing|ed)?"
        # a date "shall not be earlier than" / « ne doit pas être antérieure à »: the earliest it may be
        r"|" + _EN_NOT_BE + r"earlier than|" + _EN_BE + r"later than"
        # "shall extend beyond what is necessary": the bound that "shall not go beyond" turns round
        r"|(?<!not )(?:go|goes|going|extend|extends|extending) beyond)\b",
    ),
    *covering(
        (
            "than",
            "at least",
            "in excess",
            "below",
            "minimum",
            "or more",
            "or above",
            "or greater",
            "or higher",
            "exceed",
            "beyond",
        )
    ),
)
#: "up to three years", "up to twelve months": a number in words opens a maximum as "up to 3" does.
_EN_NUMWORD = (
    r" (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|"
    r"thousand)\b"
)
_EN_UPPER = guard(
    re.compile(
        r"\b(?:at most|(?:not|no) (?:more|greater|higher|longer) than|(?:(?<=and )|(?<=or )|(?<=, ))not be (?:more|greater|higher|longer) than"
        r"|nor (?:more|greater|higher|longer) than"
        r"|(?:(?:shall|does|do|to|will|may|must|can|should) )?not exceed(?:ing|s)?"
        r"|cannot exceed|"
        + _EN_NOT_EXCEEDED
        + r"|(?:shall|does|do|may|must|will|to|can) not "
        + _EN_NOT_LATE
        + r"(?:\w+ ){1,2}?(?:more|greater|higher) than"
        r"|not (?:go|goes|going|extend|extends) beyond|(?:less|fewer|lower|smaller|shorter) (?:[a-z-]+ ){0,3}?than"
        # "without exceeding such costs", "without, however, exceeding five years" / « sans dépasser »
        r"|without(?:,? \w+,?)? exceeding"
        r"|a maximum of|(?<=\d )or (?:less|below|fewer|lower)\b|up to(?= \d|"
        + _EN_NUMWORD
        + r")|below(?= \d)"
        r"|" + _EN_NOT_BE + r"later than|" + _EN_BE + r"earlier than)\b",
    ),
    *covering(
        (
            "at most",
            "than",
            "exceed",
            "beyond",
            "maximum",
            "or less",
            "or fewer",
            "or lower",
            "up to",
            "below",
        )
    ),
)

# --- French --------------------------------------------------------------------------------

#: A « ne » that ends the reach of a restriction « ne … que » before it: not one of a second verb joined by « ou » to the
#: first, which shares its restriction (« ne devrait être limité, transféré ou révoqué ou ne devrait s'éteindre qu'à
#: l'égard de tous » is "should only be limited, transferred or revoked, or lapse, in respect of all"), unless that
#: verb is a pro-form of the first (« ne peut être cédé ou ne peut l'être qu'avec », "may not be assigned, or only
#: with"), which leaves the first a negation of its own.
_OTHER_NE = r"(?<!\bou )\bne\b|\bou ne (?:\w+ )?(?:l'|le |la |les |en |y )"
#: How far before its « que » the « ne » of a restriction « ne … que » may stand: French puts the whole object between
#: them (« les établissements ne peuvent déterminer sur une base nette la valeur exposée au risque des sommes … des
#: opérations de mise en pension, …, avec la même contrepartie que si », "may determine … on a net basis only if"),
#: past 260 characters in the lists of a derogation.
RESTRICTION_REACH = 400
_WITHIN_REACH = f"{{0,{RESTRICTION_REACH}}}"
#: After a « que », a subject (a determiner and its noun, « que les États membres », « que ces groupements ») and then a
#: finite verb that agrees with it in number (« doivent notifier », « aient une forme », « n'est pas valable »): the
#: « que » opens a clause with a subject and a verb of its own (a relative, « les règles … que les États membres
#: doivent notifier », or a completive, « ne peuvent exiger que ces groupements aient »), not the restriction « ne …
#: que », whose « que » is followed by what it keeps, never by a clause of its own (« ne couvre que les frais
#: engagés »). A verb that does not agree is not that noun's: the restriction sits in a relative clause on the subject
#: of that verb (« les États membres … qui n'ont qu'un seul fournisseur extérieur principal peuvent déroger »).
_CLAUSE_AFTER_QUE_NP = r"(?:(?!(?:qui|que|qu|dont|et|ou|lorsque|si)\b)[\w'-]+ ){0,6}?(?:(?:ne |n')(?:[lsy]'|les? |la |leur |lui |en |y )?)?"
_CLAUSE_AFTER_QUE = (
    r"(?!(?:le |la |l'|un |une |du |ce |cet |cette |leur |sa |son )"
    + _CLAUSE_AFTER_QUE_NP
    + r"(?:doit|doive|peut|puisse|est|soit|a ete|ait|sera|aura|devra|pourra|serait|aurait|devrait|pourrait)\b"
    r"|(?:les |des |ces |leurs |ses )"
    + _CLAUSE_AFTER_QUE_NP
    + r"(?:doivent|peuvent|puissent|sont|soient|ont|aient|seront|auront|devront|pourront|seraient|auraient|devraient"
    r"|pourraient)\b)"
)
_QUE_RESTRICT = (
    r"(?=qu)(?<!\bce )(?<!tant )(?<!ainsi )(?<!alors )(?<!bien )(?<!afin )(?<!pour )(?<!tel )(?<!telle )(?<!tels )"
    r"(?<!telles )(?<!lors )(?<!sans )(?<!avant )(?<!apres )(?<!parce )(?<!sorte )(?<!meme )(?<!autre )"
    r"(?<!autres )(?<!plus )(?<!moins )(?<!estime )(?<!estiment )(?<!considere )(?<!veille a ce )"
    r"(?!que ce soit)\bqu(?:e |')"
    + _CLAUSE_AFTER_QUE
    + r"(?:si|s'|en|a|au|aux|dans|pour|par|sur|apres|avec|lorsque?|lors|comme|pendant|jusque?|sous|entre|moyennant"
    # « une garantie qui n'engagera que lui »: a stressed pronoun after « que » is what the restriction keeps.
    r"|de|d'|des|du|le|la|les|l'|un|une|sur|contre|ceux|celles?|celui|ces|cette|ce|leurs?|sa|son|ses|lui|eux"
    # « ne peut être modifié que simultanément », « ne … qu'exceptionnellement »: an adverb, where English puts "only".
    r"|[a-z]{3,}ment"
    # « ne devraient être remplacés qu'afin de maintenir » ("only for the purpose of"): a purpose, as « que pour ».
    r"|afin)\b"
)
#: The « que » of « il est possible que », « il se peut, par exemple, que »: the subjunctive clause after it says what
#: may happen (English "may have to", "may require", "may not be sufficient"), granting nothing.
_EPISTEMIC_QUE = r"(?:\s*,[^,.;:]{1,40},)?\s+qu(?:e\b|')"
_FR_EPISTEMIC = re.compile(r"\bil (?:est possible|se peut)" + _EPISTEMIC_QUE + r"[^.;:]{0,200}$")
#: What follows « peut » in « peut amener », « peut (nécessairement) être amené à »: what may come about, a possibility
#: of being led to, not a grant (no permission here; a mere possibility in divergence._FR_MERE_POSSIBILITY).
FR_LED_TO = r"(?: [a-z]+ment)? (?:etre amene(?:e|s|es)?|amener\b)"
_FR_PERMIT = guard(
    re.compile(
        r"\b(?:(?=p)(?<!\bne )(?<!\bn')(?<!\bse )"
        r"(?:peut|peuvent|peu\(vent(?=\))|peu\(ven\)t|pouvez|pouvons|pourra|pourront|pourrez|pourrons)(?!-etre)(?! pas\b)(?! plus\b)(?! devoir\b)"
        # (« peut amener », « peut être amené à »: see FR_LED_TO)
        rf"(?!{FR_LED_TO})"
        r"|(?:est|sont) (?:habilite|habilites|habilitee|habilitees|autorise|autorises|autorisee|autorisees|libres?"
        r"|en droit) a"
        r"|(?:a|ont) (?:la faculte|la possibilite|le pouvoir|la latitude) de"
        # (« s'il est possible d'améliorer » for "whether … can be improved": a question or a condition, not a grant)
        # (« il est possible que les établissements doivent … »: a possibility stated, "may have to"; see _FR_EPISTEMIC)
        r"|(?<!s')il est (?:loisible|permis|possible(?!" + _EPISTEMIC_QUE + r")))\b",
    ),
    *covering(
        (
            "peu",
            "pouv",
            "pourr",
            "habilit",
            "autoris",
            "libre",
            "en droit",
            "faculte",
            "possib",
            "pouvoir",
            "latitude",
            "loisible",
            "permis",
        )
    ),
)
_FR_SOFT_PERMIT = guard(
    re.compile(
        r"\b(?:peut|peuvent|peu\(ven\)t|pouvez|pouvons|pourrez|pourrons|pourra|pourront|pourrait|pourraient|puisse|puissent|pouvant|pouvoir(?!s?"
        + _BODY
        + r")|"
        + FR_PAST_COULD
        + r"|possibilit\w*"
        r"|(?:est|sont|soit|soient|sera|seront|etre|si|mesure du) possible"
        r"|faculte\w*|facultati\w*|loisible|habilit\w*|autoris\w*|en mesure|susceptibles?|viendrai(?:t|ent) a|eventuel\w*|"
        + _FR_RISK_VERB
        + r"|capables? d(?:e\b|')"
        r"|droits? (?:a|(?:de |d')(?=[a-z]+(?:er|ir|re|oir)\b))"
        r"|ont droit|a droit|latitude|discretion\w*|libres? d(?:e\b|')|permet\w*|permis|eligibl\w*|option\w*|pouvoirs?(?!"
        + _BODY
        + r")"
        # "shall be entitled to" / « ont le droit, …, de », « disposent d'un droit d'accès »
        # "shall be able to recover" / « a la capacité de se rétablir »
        r"|(?:a|ont|ait|aient|aura|auront|avoir) la capacite d(?:e\b|')"
        # "shall be entitled to address" / « est en droit de s'adresser »
        r"|(?:est|sont|soit|soient|sera|seront|etre) en droit d(?:e\b|')"
        r"|(?:a|ont|ait|aient|aura|auront|avoir) le droit|(?:dispose|disposent|disposera|disposeront|disposer|jouit"
        r"|jouissent) d'un droit"
        # « potentiellement révélateurs » for "that may indicate"; « sont compétentes pour » for "may"; « a aussi
        # compétence pour » for "shall also have the power to"
        r"|potentiel\w*|competente?s? (?:(?:lui|elle|eux|elles)-memes? )?pour|(?:a|ont) (?:\w+ )?competence pour"
        r"|au besoin|le cas echeant|s'il y a lieu|si necessaire|il se peut"
        r"|(?:(?<=est )|(?<=sont )|(?<=etre )|(?<=soit )|(?<=ete ))agreee?s?"
        # « il est renouvelable une fois » for "may be extended once"
        # (not « disponible », "available": a thing at hand, a state as English "available" is, no possibility granted)
        r"|(?:est|sont|soit|soient|etre) (?:\w+ment )?(?!(?:respons|applic|raisonn|compar|accept|val|prea|dur|st|t|favor|vari"
        r"|profit|redev|imput|negoci|consider|equit|vulner|ven|aim|table|cap|dispon)(?:able|ible)s?\b)\w+(?:able|ible)s?)\b",
    ),
    *covering(
        (
            "peu",
            "pouv",
            "pourr",
            "puiss",
            " pu",
            "possib",
            "faculte",
            "facultati",
            "loisible",
            "habilit",
            "autoris",
            "en mesure",
            "susceptible",
            "viendrai",
            "eventuel",
            "risqu",
            "capable",
            "capacite",
            "droit",
            "latitude",
            "discretion",
            "libre",
            "permet",
            "permis",
            "eligibl",
            "option",
            "potentiel",
            "competen",
            "au besoin",
            "le cas echeant",
            "s'il y a lieu",
            "si necessaire",
            "agree",
            "able",
            "ible",
        )
    ),
)
_FR_OBLIGE = guard(
    re.compile(
        r"\b(?:(?=d)(?<!\bne )(?<!\bn')(?:doit|doivent|devra|devront|doive|devez|devons|devrez|devrons)(?! pas\b)(?! pouvoir\b)"
        # « l'adjudicataire est tenu d'acquérir » ("is bound to purchase"), « sont obligés d'activer »: « de » elided before a
        # vowel or a mute h is the same duty as « est tenu de verser »
        r"|(?:est|sont) (?:tenu|tenus|tenue|tenues|oblige|obliges|obligee|obligees) d(?:e\b|')|il incombe|incombe a"
        r"|s'engagent? a|il (?:est|sera) necessaire)\b",
    ),
    *covering(("doi", "dev", "tenu", "oblige", "incombe", "s'engage", "necessaire")),
)
_FR_SOFT_OBLIGE = guard(
    re.compile(r"\b(?:exig\w*|requi\w*|necessair\w*|obligat\w*|oblig\w*|imposs?\w*|veill\w*|besoin)\b"),
    *covering(("exig", "requi", "necessair", "oblig", "impos", "veill", "besoin")),
)
_FR_RECOMMEND = guard(
    re.compile(
        r"\b(?:(?=d)(?<!\bne )(?<!\bn')(?:devrait|devraient)(?! pas\b)(?! pouvoir\b)|il convient|il y a lieu|il importe)\b",
    ),
    "devrai",
    "il convient",
    "il y a lieu",
    "il importe",
)
#: « Aucun critère appliqué pour la désignation des entités qualifiées dans le cadre des actions représentatives … ne
#: devrait entraver » ("Any criteria … should not hamper"): a subject « aucun … » of up to two hundred characters before
#: the « ne » of its modal, one negation.  Past a hundred characters, only where « aucun » opens its clause (at the
#: start, after a punctuation mark or « que ») and no other « ne » stands between: not the object of an earlier verb
#: (« ne peuvent être traités par aucune autre application … et ne peuvent »).
_FR_LONG_AUCUN = (
    r"(?:(?<![^\s])(?<![\w'-] )|(?<=\bque )|(?<=\bqu'))aucune? (?:(?!\bne\b|\bn')[\w' -]){101,200}?"
)
_FR_PROHIBIT = guard(
    re.compile(
        r"\b(?:s'abst\w+|se gard(?:er|ent|e) d|ne (?:peut|peuvent|pouvez|pouvons|doit|doivent|devez|devons|pourra|pourront|pourrez|devrait|devraient|sauraient?|saurait)"
        r"(?!(?:(?!\bpas\b|" + _OTHER_NE + r"|\bn')[^.;:])" + _WITHIN_REACH + _QUE_RESTRICT + ")"
        r"|n'(?:est|sont) pas (?:autorises?|autorisees?|permis)"
        r"|il est (?:interdit|defendu)|nul ne|(?:aucune? [\w' -]{0,100}?|" + _FR_LONG_AUCUN + r") ne "
        r"(?:peut|peuvent|doit|doivent|devrait|devraient|pourra|pourront|saurait|sauraient))\b",
    ),
    *covering(
        (
            "s'abst",
            "se gard",
            "ne peu",
            "ne pouv",
            "ne doi",
            "ne dev",
            "ne pourr",
            "ne saur",
            "n'est pas",
            "n'sont pas",
            "interdit",
            "defendu",
            "nul ne",
        )
    ),
)
# « ne/n' … pas|plus|jamais|rien|personne|guère|point|aucun|nul|ni », « aucun(e) », « nul(le) », « ni ».
# Every branch starts with its first letter and tests the word boundary after it (n(?<!\wn) for \bn), so re
# looks for those letters at once instead of trying the pattern at every position (speed; the same matches
# and groups as \b(?:…), checked on the labelled sets).
_FR_VERBLESS_NOT = (
    r" (?:pas|non)\b(?= (?:pour|de|du|des|a|au|aux|en|sur|dans|le|la|les|l'|d'|celle|celui|ceux"
    r"|celles|seulement|uniquement|necessairement)\b)"
)
#: The particle « point » of « ne … point » follows its verb (« n'évolue point »); after a determiner or a preposition
#: (« n'évolue à un point tel que », « n'évolue au point de », « n'est déployée aux fins énoncées audit point, que
#: pour », « aux fins du point g) ») it is the noun, a degree or a point of a list, and the « ne » before it is an
#: expletive or that of « ne … que ».
_FR_POINT_PARTICLE = (
    r"(?<!\bun )(?<!\ble )(?<!\bau )(?<!\bdu )(?<!\bce )(?<!\bcet )(?<!\bson )(?<!\bleur )(?<!\baudit )(?<!\bdudit )"
    r"(?<!\bledit )(?<!\bchaque )(?<!\btel )(?<!\bmeme )(?<!\bpremier )(?<!\bdernier )point"
)
_FR_NEG = re.compile(
    # The words between « ne » and « pas » hold no other « ne » (« n'a fait usage de la faculté de ne pas … »).
    # (« personne » after a determiner is the noun: « n'est divulguée à quelque personne … que ce soit » / "to any
    # person whatsoever")
    r"n(?<!\wn)(?:e\b|')\s*(?:(?!\bne\b|\bn')[\w' ,-]){0,40}?\b(?:pas|jamais|rien|(?<!une )(?<!la )(?<!autre )(?<!toute )(?<!cette )(?<!de )(?<!d')(?<!quelque )personne"
    r"|" + _FR_POINT_PARTICLE + r"|aucune?|nulle?|nullement|ni)\b"
    r"|n(?<!\wn)(?:e\b|')\s*[\w'-]+(?: [\w'-]+)? plus\b"
    # « n'entraîne, pour l'établissement ou la personne, aucune responsabilité », « n'y ait, entre les entreprises …,
    # aucune »: the particle after an aside between commas; the « ne » before the aside is no expletive.
    r"|n(?<!\wn)(?:e\b|')\s*[\w'-]+(?: [\w'-]+)?,(?:[^.;:,]{1,160},)+ (?:pas|jamais|rien|aucune?)\b"
    # « Pas de restrictions en aval »: a negation without its verb, opening a heading or a sentence.
    r"|p(?:(?<=^p)|(?<=[.;:!?)]\sp))as d(?:e\b|')(?! ?cotation)"
    # « et pas pour d'autres activités », « et non celle du client », « ou pas d'historique »: a negation without its verb.
    r"|m(?<!\wm)ais (?:pas|non)\b|e(?<!\we)t"
    + _FR_VERBLESS_NOT
    + r"|o(?<!\wo)u"
    + _FR_VERBLESS_NOT
    # « et donc pas nécessairement », «, en tout état de cause, pas après », « et pas avant »: the same, after a comma
    # or « donc », before an adverb or a preposition of time.
    + r"|p(?:(?<=, p)|(?<=\bdonc p)|(?<=\bet p)|(?<=\bou p))as(?= (?:necessairement|forcement|toujours|avant|apres)\b)"
    # « aucun » after « ni » agrees with that « ni », and takes no « pas »: a « ne … pas » after its phrase is the negation
    # of the next verb (« ni aucun local … et ne fait pas »), as after a « ni » below; see also profile, after « sans ».
    r"|a(?<=\bni a)ucune?\b(?: [\w' -]{0,100}?\b(?:ne\b|n')(?!\s*[\w'-]+(?: [\w'-]+)? (?:pas|"
    + _FR_POINT_PARTICLE
    + r"|jamais)\b))?"
    r"|a(?<!\wa)(?<!\bni a)ucune?\b(?: [\w' -]{0,100}?\b(?:ne\b|n'))?"
    # (« ni X ni Y ne doivent »: the « ne » of the series's verb, with no « pas »; not the « ne … pas » of a clause of its
    # own after a « ni » that carries on a negation, « ne sont pas tenus de remplir ni de transmettre le tableau s'ils ne
    # disposent pas des informations », which is a negation of its own)
    r"|n(?<!\wn)(?:ullement|i)\b(?: (?:(?!\bne\b|\bn')[\w' -]){0,100}?\b(?:ne\b|n')(?!\s*[\w'-]+(?: [\w'-]+)? (?:pas|"
    + _FR_POINT_PARTICLE
    + r"|jamais)\b))?"
    # « nul ne », « nulle autorité ne peut »: the determiner, whose verb has its « ne »; the adjective (« une valeur
    # nulle », « quasi nulle », « nul et non avenu ») says "zero" or "void", no negation.
    r"|n(?<!\wn)ulle? (?:[\w' -]{0,100}?\b(?:ne\b|n')|part\b)"
    # « Rien n'empêche les États membres de » ("Nothing prevents Member States from"): the pronoun as subject, before
    # its verb's « ne », as « nul ne ».
    r"|r(?<!\wr)ien (?:ne\b|n')",
)
#: « ne devrait pas préjuger du droit », « ne doit pas porter atteinte à »: a saving, which English may say
#: positively ("should retain the right") or as "without prejudice to".
_FR_SAVING_MODAL = r"ne (?:doit|doivent|devrait|devraient|saurait|sauraient) pas (?:prejuger|porter atteinte|affecter|faire obstacle)"
# « lorsque ce n'est pas le cas », « si tel n'est pas le cas »: "otherwise", which English may say without a negation.
_FR_OTHERWISE = r"(?:si|lorsque|quand|sinon) (?:ce|tel) n'(?:est|etait|sera) pas le cas"
_FR_NOT_NEG = guard(
    re.compile(
        # « de participer ou de ne pas participer », « accepte ou n'accepte pas »: an alternative, English "or not"
        r"\b([a-z]{3,}) ou (?:(?:de|a) |d')?(?:ne pas \1|ne \1 pas|n'\1 pas)\b|"
        r"\b(?:ou non|au plus tard|au moins|non-?\w+ (?=\w)|ne serait-ce|"
        + _FR_OTHERWISE
        + r"|(?:ne\b|n')\s*[\w']+ guere|guere"
        r"|(?:ne\b|n')\s*[\w' -]{0,40}?\bpas (?:[\w']+ )?plus longtemps|(?:ne\b|n')\s*[\w' -]{0,40}?\bpas davantage (?:que|qu'|de|d')"
        # « ne doit toutefois pas être postérieure au 30 septembre », « ne peut être postérieure au »: "no later than"
        r"|(?:ne\b|n')\s*(?:[\w']+ ){1,2}?(?:pas (?:[\w']+ ){0,4}?|(?:pas )?(?:etre|ete) )(?:anterieure?s?|posterieure?s?) (?:a|au|aux)\b"
        r"|(?:ne\b|n')\s*[\w' -]{0,40}?\bpas (?:moins|plus|inferieure?s?|superieure?s?|anterieure?s?|posterieure?s?"
        r"|(?:seulement|uniquement|simplement)\b(?=[^.;:]*\b(?:mais|egalement|aussi)\b))\b|pas plus tard|pas moins|(?:ne |n')(?:depasse|depassent"
        r"|depassant|excede|excedent) pas|pas au-dela|n'(?:affecte|affectent|empeche|empechent) (?:pas|en rien|nullement)"
        # « sans qu'il soit nécessaire de recourir à aucune procédure »: after « sans », « aucun » is "any" ("without any
        # procedure"), however far in its clause.
        r"|sans (?:qu')?(?:(?!\bne\b|\bn')[^.;:,]){0,80}?\baucune?"
        r"|(?:ne\b|n')\s*(?:[\w']+\s+)?pas prejuger"
        # (« ne porte pas atteinte », « ne porte pas préjudice »; « ne portent pas sur » is "do not cover", « ne porte pas
        # l'en-tête » "shall not bear the heading": negations)
        r"|ne (?:porte|portent) pas (?=(?:non plus )?(?:de )?(?:atteinte|prejudice))|ne (?:prejuge|prejugent) pas"
        r"|ne (?:fait|font) pas obstacle|" + _FR_SAVING_MODAL + r""
        r"|(?:ne\b|n')\s*(?:[\w']+ )?(?:pas )?(?:depass|exced)\w*|(?:ne\b|n')\s*(?:peut|peuvent|doit|doivent|pourra|pourront|devrait|devraient|saurait|sauraient) [\w']+ (?:plus|moins) d(?:e|')(?= ?\d| ?:|une?\b)"
        r"|(?:ne\b|n')\s*(?:va|vont|peut|peuvent)? ?pas au-dela"
        # « éviter que la même infraction ne soit sanctionnée plus d'une fois »: "more than once", a bound; the bare
        # « ne » of an auxiliary is expletive, no « ne … plus »
        r"|(?:ne\b|n')\s*(?:soit|soient|sont|est|etre|ait|aient|a|ont) [\w']+ plus d(?:e|')(?= ?\d| ?une?\b))",
    ),
    *covering(
        (
            "pas",
            "non",
            "plus",
            "moins",
            "guere",
            "aucun",
            "exced",
            "depass",
            "ne serait",
            "anterieur",
            "posterieur",
            "en rien",
            "nullement",
        )
    ),
)
_FR_RESTRICT_NE = guard(
    re.compile(
        # (the words between may be quoted: « ne pourra être saisie dans le tableau «émissions vérifiées» que si »)
        r"\b(?:ne\b|n')\s*(?:(?!\b(?:pas|plus|jamais|rien|aucune?|nulle?|ni)\b|"
        + _OTHER_NE
        + r"|\bn')[\w' ,()«»“”\"-])"
        + _WITHIN_REACH
        + "?"
        + _QUE_RESTRICT,
    ),
    "que ",
    "qu'",
)
#: The French adjective « exempt(e)(s) de » ("free from"), told from the participle « exempté(e)(s) de » by its accent.
_FREE_OF = re.compile(r"exempt(?:e|s|es)? d(?:e\b|')")
#: « à la condition que de telles déclarations ne puissent être exigées » / "provided that such statements are not
#: required", « font en sorte que le bénéficiaire ne puisse appliquer des frais » / "shall ensure that the payee shall
#: not request charges", « ne pouvait l'ignorer »: written French negates « pouvoir » by a bare « ne », as « ne peut »
#: (_FR_PROHIBIT), in the moods and tenses that say no prohibition (a possibility, a wish, a past); a negation.
_FR_BARE_CAN = guard(
    re.compile(
        r"\b(?:ne\s+|n')(?:pourrait|pourraient|puisse|puissent|pouvait|pouvaient|pourrions|pourriez)\b"
    ),
    "pourr",
    "puiss",
    "pouvai",
)
#: Before such a « ne »: a word of fear or risk (« le risque que les personnes ne puissent exercer » / "put at risk
#: the ability of natural persons to exercise") or a comparison (« plus … qu'il ne pourrait »), after which the « ne »
#: is expletive and says no "not".
_FR_BARE_CAN_EXPLETIVE = re.compile(
    r"(?:\b(?:risques?|crainte|peur|danger|menace)\s+qu(?:e\b|')|\b(?:plus|moins|mieux|autre|autrement)\b[^.;:]{0,80}"
    r"\bqu(?:e\b|'))(?:(?!\bne\b|\bn')[^.;:]){0,250}$"
)
# « n'importe quel »: "any", an indefinite that negates nothing.
_FR_BARE_NE = re.compile(r"\b(?:ne\s+|n'(?!importe\b))(?=[a-z])")
#: After the « que » of « autre(s) que », a subject pronoun and its verb (« les mesures ou autres qu'elle a notifiées »,
#: « d'autres personnes qu'elle emploie », "other measures that it notified", "other staff that it employs"): the « que »
#: is the relative pronoun, object of that verb, and « autres » an adjective or pronoun of its own; no "other than", whose
#: term is a noun phrase (« autres que les établissements »), and no negative word.
_NO_RELATIVE_SUBJECT = (
    r"(?!\s*(?:il|elle|ils|elles|on)\s+(?:(?:ne|n'|se|s'|l'|le|la|les|leur|lui|en|y)\s*)?[a-z])"
)
_FR_WEAK = _groups(
    (
        "without",
        r"\b(?:sans(?! prejudice)(?! que)(?! considerations?)|sans que|absence|en l'absence|manque d(?:e\b|')|faute d(?:e\b|')"
        r"|manqu(?:e|ent|era|erait|eraient)\b(?! a gagner)"
        r"|depourvu\w*|denue\w*)\b",
    ),
    (
        "except",
        r"\b(?:sauf|hormis|a l'exception|exception faite|autres? qu(?:e\b|')"
        + _NO_RELATIVE_SUBJECT
        + r"|excepte\w*|a moins (?:qu(?:e\b|')|d(?:e\b|'))|si ce n'est"
        r"|mis a part|en dehors du cas"
        # « ne … pas d'autres cas que ceux », « aucune autre fin que »: "no … other than", the « que » a few words on
        r"|(?:(?<=\bd')|(?<=\baucun )|(?<=\baucune ))autres? (?:[\w-]+ ){1,3}?qu(?:e\b|')"
        + _NO_RELATIVE_SUBJECT
        + r")\b",
    ),
    # « par défaut » is "by default", no failure; « pertes en cas de défaut », « probabilité de défaut » ("loss given
    # default", "probability of default") a credit default, which English names by its initials (LGD, PD).
    # « par négligence » ("negligently": a degree of fault) and « négligeable » ("negligible") fail to do nothing.
    # « manquer à son obligation de livrer » is "to fail to deliver"; « l'inobservation du délai », « l'inexécution d'une
    # tâche » "failing to observe the time limit", "any failure to perform a task".
    (
        "fail",
        r"\b(?:a defaut|(?<!\bpar )(?<!\bcas de )(?<!\bprobabilite de )defaut|defaillan\w*|omet\w*|omis|omission\w*|neglig(?!ence|eabl)\w*|manque[rz]"
        r"|inobserv\w*|inexecut\w*)\b",
    ),
    # « l'abstention de conclure » / "refraining from entering into": the noun of « s'abstenir » (a prohibition)
    ("refuse", r"\b(?:refus\w*|rejet\w*|rejett\w*|abstention\w*)\b"),
    # « exclusif », « exclusivement », « exclusivité »: "exclusive", "only", not "excluded".
    ("exclude", r"\bexclu(?!si[fvt])\w*"),
    # « différend » is a dispute, not a difference.  « différent de », « sont distinctes »: a difference said of two
    # things; « différentes entreprises », « personnes morales distinctes », « publication différée » (various,
    # separate, deferred) say none, and answer no "not".
    (
        "differ",
        r"\b(?:differenc\w*|(?:(?<=est )|(?<=sont )|(?<=soit )|(?<=soient )|(?<=etre )|(?<=sera )|(?<=seront )"
        r"|(?<=serait )|(?<=seraient ))(?:differ(?!end)\w*|distinct\w*)|(?:differ(?!end)\w*|distinct\w*)"
        r"(?= (?:de|du|des)\b| d')|diverg\w*)\b",
    ),
    (
        "prevent",
        r"\b(?:empech\w*|obstacle\w*|entrav\w*|barrieres?|proteg(?!ee?s?\b(?! contre))\w*|protection\w*|preserv\w*|preven\w*)\b",
    ),
    ("avoid", r"\bevit\w*"),
    # (not the noun « un compromis », "a compromise", an agreement)
    (
        "harm",
        r"\b(?:compromet\w*|compromises?|(?:mettre|met|mettent|mettrait|mettraient|mis|mise|mises) en peril)\b",
    ),
    # « contourner la règle », « éluder », « contraire aux obligations »: going round a rule or against it (see the
    # English words of evasion)
    ("evade", r"\b(?:contourn\w*|elud(?:e|es|ent|er|ant|ait|aient)|contraires? (?:a|au|aux))\b"),
    # « non-respect », « non-conformité »: "non-compliance", a breach (see the English words of breach)
    # « action en contrefaçon », « produits contrefaisants », « le dépassement des seuils »: the French of "infringement"
    # of an intellectual property right and of "breach" of a limit, nouns of their own that are no « violation » (else
    # the English "infringement", "breach" answered a French negation of another verb that English had dropped).
    (
        "breach",
        r"\b(?:enfrei\w*|infraction\w*|violat\w*|manquement\w*|contrevien\w*|contrevenu\w*|non[- ]respect\w*|non[- ]conform\w*"
        r"|contrefa(?:con|is|it)\w*|depassements?)\b",
    ),
    ("exempt", r"\b(?:exempt\w*|dispens\w*|soustrai\w*|exoner\w*|renonc\w*|derog\w*)\b"),
    ("cease", r"\b(?:cess(?!ion|ibl)\w*|mettre fin|met fin)\b"),
    # « restent soumis », « il reste à mettre en place », « subsistent »: "do not disappear", "do not yet exist"; the
    # noun « un maintien du taux »: "no change in the rate" (not the verb, « peuvent maintenir des règles », a keeping
    # that someone does, which says no lasting state of its clause: see _until_problems)
    (
        "remain",
        r"\b(?:rest(?:e|ent|ait|aient|era|eront|erait|eraient|er|ant|ante|ants|antes)|demeur\w*|subsist\w*|persist\w*"
        r"|continu(?:e|ent|er|era|eront|ait|aient|ant)|maintiens?)\b",
    ),
    # « la suppression des quotas gratuits », « ont perdu leur justification »: "no free allocation", "can no longer be
    # justified"
    # « lèvent toute restriction », « la levée de l'immunité », « tant que la suspension n'est pas levée »: lifting a bar
    # (a restriction, a suspension, an immunity, an obstacle) does away with it, as « supprimer » does; « est effacée
    # du carnet d'ordres »: erasing it.  (Not « lever des fonds », « lever des capitaux », raising money.)
    (
        "remove",
        r"\b(?:elimin\w*|suppr\w*|retir\w*|retrait\w*|aboli\w*|perd(?:re|u|ue|us|ues|ent|ant|ait|aient|ra|ront)"
        r"|(?:lev(?:er|e|es|ent|ee|ees|ant|era|eront|erait|eraient)"
        r"|mainlevee)(?! (?:de |des |les |d'|l')?(?:nouveaux |nouvelles )?(?:fonds|capitaux|recettes|impots|taxes)\b)"
        r"|effac(?:e|es|ent|er|ee|ees|ement|ements)\b)\b",
    ),
    # « toute discrimination … est proscrite » for "there shall be no discrimination"
    ("prohibit", r"\b(?:interdi\w*|prohib\w*|proscri\w*)\b"),
    # « une procédure en cours », « pendante »: "pending", what "not concluded" says with a negation.
    ("ongoing", r"\b(?:en cours(?! d(?:e\b|'))|pendante?s?(?= devant)|en suspens)\b"),
    # « tant qu'il est possible de réduire … avant le début de l'enchère » / "as long as the auction has not yet
    # started": what is before a thing is what has not yet happened; it answers only a "not yet" (see _NOT_YET).
    ("before", r"\bavant\b(?! tout\b)"),
    ("instead", r"\b(?:au lieu|plutot que|en lieu et place)\b"),
    # « sont mal adaptées », « un mauvais fonctionnement »: what "not well adapted", "not functioning properly" say
    # with a negation (and only that: « une opération mal exécutée » is "defective").
    ("poor", r"\b(?:(?<!\ble )mal|mauvais\w*)\b"),
    ("earliest", r"\bau plus tot\b"),
    # « exerce son activité depuis moins d'un an » / "has not been in business for one year": a time below a length; it
    # answers only such a negation (see _NOT_FOR_LONG)
    ("shorter", r"\bdepuis moins d(?:e\b|')"),
    ("regardless", r"\b(?:quel(?:le)?s? que soi(?:en)?t|independamment|sans consideration|ou non)\b"),
    # « hors TVA », « effets hors CO2 », « hors bilan »: "net of VAT", "non-CO2 effects", "off-balance-sheet", a term that
    # names what is left out of a sum, outside nothing.
    # « circonstances échappant au contrôle de la partie » / "beyond the control of the party", "which cannot be
    # controlled by the trader": what escapes a thing is outside it (not « tuyau d'échappement », the exhaust).
    # « La plupart des crypto-actifs sortent du champ d'application » / "Most crypto-assets fall outside the scope":
    # what leaves a thing is outside it (the verb, not the noun « le sort des », "the fate of").
    (
        "outside",
        r"\b(?:hors(?! (?:tva|taxes?|co2|bilan)\b)|en dehors|au-dela|echapp(?!ement)\w*"
        r"|(?:sortent|sortir|sortant|sortira|sortiront|sortirait|sortiraient|(?<!\ble )(?<!\bdu )(?<!\bau )(?<!\bun )sort)"
        r" (?:du|de|des|d'))\b",
    ),
    # « autrement dit » is "in other words", no contrary case.
    (
        "otherwise",
        r"\b(?:sinon|(?<!\bou )autrement(?! dit\b)|dans le cas contraire|dans la negative|a defaut|"
        + _FR_OTHERWISE
        + r")\b",
    ),
    (
        "saving",
        # (« n'affecte en rien », « n'affecte nullement »: "shall in no way affect", the same saving said more strongly)
        r"\b(?:sans prejudice|n'(?:affecte|affectent|empeche|empechent) (?:pas|en rien|nullement)"
        r"|ne (?:porte|portent) pas (?=(?:non plus )?(?:de )?(?:atteinte|prejudice))"
        r"|ne (?:prejuge|prejugent) pas|ne fait pas obstacle|ne font pas obstacle|"
        + _FR_SAVING_MODAL
        + r")\b",
    ),
    ("restrict", r"\b(?:seul\w*|uniquement|exclusivement)\b"),
    ("ignore", r"\b(?:ignor\w*|meconn\w*)\b"),
    # « des distributions indues aux actionnaires » / "distribution to shareholders where the latter are not entitled
    # to it": what is not due, which English says by a negated title or debt ("not entitled", "not due"); it answers
    # only such a negation (see _NEG_UNDUE), never "shall not constitute undue barriers" with its « ne … pas » dropped.
    ("undue", r"\b(?:indue?s?|indument)\b"),
    # « inexact, incomplet ou obsolète » / "inaccurate, incomplete or not up-to-date": what is out of date, which
    # English says by a negated "up to date" or "current"; it answers only such a negation (see _NEG_OUTDATED).
    ("outdated", r"\bobsoletes?\b"),
    # the adjective « nul » (« une valeur nulle », « émissions nulles »): "zero"; the determiner « nul ne » is a negation.
    ("zero", r"\b(?:nul(?:le)?s?|zero)\b"),
    (
        "negadj",
        # (« peu après », « peu de temps avant »: "shortly after", "soon before", a time close by, no negation)
        r"\b(?:peu\b(?! (?:de temps )?(?:apres|avant)\b)|rarement|(?:ne\s+|n')\w+ guere|non[- ](?!seulement\b)(?!(?<=pas non )plus\b)[a-z]\w*|inconnu\w*|inaction\w*|(?:in|im|il|ir)(?:complet|suffisa|exact|regulier"
        r"|licite|applicable|possib|dependant|admissible|capab|capac|competen|valide|correct|change|adequat|adapt|appropri|coheren|util|opportun"
        # « improbable », « irréalisable », « inopérant », « inopposables » / "not likely", "not feasible", "would not
        # deliver", "may not be relied on"
        r"|separab|dissociab|probab|realisab|operan|opposab"
        # « impayé », « indisponible », « involontaire » / "not paid", "not available", "not intentionally committed"
        r"|comprehensib|eligib|compatib|efficac|recevab|pay|disponib|volontair"
        # « est impuissant à lever l'obstacle » / "cannot be removed": powerless, unable
        r"|puissan"
        # « une évaluation trop imprécise » / "assessments that lack accuracy"
        r"|precis"
        # « faible ou inexistant » / "no or little support"
        r"|existan"
        # « une liberté de choix illimitée » / "an unrestricted freedom of choice", "unlimited"
        r"|limit"
        # « circonstances imprévisibles », « dépenses imprévues », « suites inévitables » / "unforeseeable",
        # "unforeseen", "unavoidable"
        r"|previs|prevu|evitab)\w*"
        # « une concurrence parfois déloyale » / "not always fair"
        r"|deloya\w*"
        r"|inchange\w*|nullites?|des(?:accord|approuv|approb|avantag|equilibr)\w*|defavoris\w*|disproportionn\w*|excessi\w*|superflu\w*|difficil\w*"
        # « ont une moindre importance » for "are not of major relevance"
        r"|moindres?)\b",
    ),
)
#: A number written in words (« plus de quatre éléments »): a bound as much as « plus de 4 ».
_FR_CAN = r"(?:peut|peuvent|puisse|puissent|pourra|pourront|pourrait|pourraient|pouvant|saurait|sauraient)"
_FR_NUMWORD = r" (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cinquante|cent|mille)\b"
_FR_LOWER = guard(
    re.compile(
        r"\b(?:au moins|au minimum|(?:egale?s? ou )?superieure?s? (?:ou egale?s? )?(?:a|au|aux)|(?:pas|non|ni) inferieure?s? (?:a|au|aux)"
        # « ne peut être inférieure à vingt ans »: « ne » with « pouvoir » and no « pas » negates as well.
        # (« à la milliseconde près, ou plus précisément »: « ou plus » before an adverb compares a manner.)
        r"|(?:ne\b|n')\s*" + _FR_CAN + r" (?:etre )?inferieure?s? (?:a|au|aux)"
        # « l'enquête ne peut durer moins de deux mois »: so does it before a verb and « moins de », "at least" (as
        # « ne peuvent exercer plus de deux mandats » is "at most", below).
        r"|(?:ne\b|n')\s*(?:peut|peuvent|doit|doivent|pourra|pourront|devrait|devraient|saurait|sauraient) [\w']+ moins d(?:e|')"
        r"(?= ?\d| ?:|une?\b|" + _FR_NUMWORD + r")"
        r"|" + _FR_NOT_BE + r"anterieure?s? (?:a|au|aux)|" + _FR_BE + r"posterieure?s? (?:a|au|aux)"
        r"|pas moins d(?:e\b|')|plus d(?:e|')(?= \d|une?\b|"
        + _FR_NUMWORD
        + r")|minimum d(?:e\b|')|ou plus\b(?! \w+ment\b)|(?<!\bne )(?<!\bn')(?:depass|exced)\w*|au-dela d(?:e\b|')"
        # « conservées plus longtemps que nécessaire »: the French comparative of a duration, a minimum as "longer than"
        # is in English (its negated form is a maximum, _FR_UPPER).
        r"|plus longtemps qu(?:e\b|'))\b",
    ),
    *covering(
        (
            "plus",
            "moins",
            "minimum",
            "superieur",
            "inferieur",
            "depass",
            "exced",
            "au-dela",
            "anterieur",
            "posterieur",
        )
    ),
)
_FR_UPPER = guard(
    re.compile(
        r"\b(?:au plus(?! tard)|au maximum|(?:egale?s? ou )?inferieure?s? (?:ou egale?s? )?(?:a|au|aux)"
        r"|(?:pas|non|ni) superieure?s? (?:a|au|aux)|(?:ne\b|n')\s*"
        + _FR_CAN
        + r" (?:etre )?superieure?s? (?:a|au|aux)"
        r"|" + _FR_NOT_BE + r"posterieure?s? (?:a|au|aux)|" + _FR_BE + r"anterieure?s? (?:a|au|aux)"
        r"|pas plus d(?:e\b|')|moins de(?= \d|"
        + _FR_NUMWORD
        + r")|maximum d(?:e\b|')|ou moins\b|(?:ne\b|n')\s*(?:peut|peuvent|doit|doivent|pourra|pourront|devrait|devraient|saurait|sauraient) [\w']+ plus d(?:e|')(?= ?\d| ?:|une?\b|"
        + _FR_NUMWORD
        + r")"
        r"|(?:ne\b|n')\s*(?:[\w']+ )?(?:pas )?(?:depass|exced)\w*"
        # « ne sont pas conservées plus longtemps que nécessaire » / "retained for no longer than necessary": the
        # negated comparative of a duration (its negation the wording of the bound, _FR_NOT_NEG), a maximum.
        r"|(?:ne\b|n')\s*[\w' -]{0,40}?\bpas (?:[\w']+ )?plus longtemps qu(?:e\b|')"
        r"|sans (?:depass|exced)\w*|(?:ne\b|n')\s*(?:va|vont|peut|peuvent)? ?pas au-dela|jusqu'a(?= \d|"
        + _FR_NUMWORD
        + r")|en deca)\b",
    ),
    *covering(
        (
            "plus",
            "moins",
            "maximum",
            "inferieur",
            "superieur",
            "depass",
            "exced",
            "au-dela",
            "jusqu'a",
            "en deca",
            "anterieur",
            "posterieur",
        )
    ),
)

_RX = {
    Lang.EN: (_EN_PERMIT, _EN_SOFT_PERMIT, _EN_OBLIGE, _EN_SOFT_OBLIGE, _EN_RECOMMEND, _EN_PROHIBIT, _EN_NEG),
    Lang.FR: (_FR_PERMIT, _FR_SOFT_PERMIT, _FR_OBLIGE, _FR_SOFT_OBLIGE, _FR_RECOMMEND, _FR_PROHIBIT, _FR_NEG),
}


@dataclass
class Profile:
    """The markers found in one passage: (start, end) spans per class, in text order."""

    permit: list[Span] = field(default_factory=list)
    sub_permit: list[Span] = field(
        default_factory=list
    )  # "may" in a relative clause: a possibility described
    soft_permit: list[Span] = field(default_factory=list)  # includes the permissions
    verbal_permit: list[Span] = field(default_factory=list)  # soft permissions said by a verb or an adjective
    oblige: list[Span] = field(default_factory=list)
    soft_oblige: list[Span] = field(default_factory=list)  # includes the obligations
    recommend: list[Span] = field(default_factory=list)
    prohibit: list[Span] = field(default_factory=list)
    negation: list[Span] = field(default_factory=list)  # strong negations, prohibitions merged in
    litotes: dict[Span, str] = field(default_factory=dict)  # negations of a negative verb, with its meaning
    # negations whose meaning a negative word of the other side may say anywhere in the sentence, with the
    # groups of such words
    meaning: dict[Span, tuple[str, ...]] = field(default_factory=dict)
    cont: list[Span] = field(default_factory=list)  # negations carrying on one before: answer, need no answer
    # negations that are the wording of a comparison ("no longer than", « ne dépassent pas »): they answer a negation
    # of the other side close by, and need no answer
    compared: list[Span] = field(default_factory=list)
    # negations that are the wording of a bound ("shall not fall below", « ne … en aucun cas à un prix supérieur »),
    # carried in ``cont`` too: the bound is compared, the negation needs no answer where the other side says a bound
    bounding: list[Span] = field(default_factory=list)
    far_negated: list[Span] = field(
        default_factory=list
    )  # bounds with a negation further back in their clause
    savings: list[Span] = field(default_factory=list)  # "shall not prevent", « ne porte pas atteinte »
    hindrances: list[Span] = field(default_factory=list)  # the same verbs said without a negation
    find_weak: Callable[[], list[tuple[int, int, str]]] | None = field(default=None, repr=False)
    lower: list[tuple[int, int, str]] = field(default_factory=list)  # lower bounds ("at least")
    upper: list[tuple[int, int, str]] = field(default_factory=list)  # upper bounds ("not more than")
    ands: list[Span] = field(default_factory=list)
    ors: list[Span] = field(default_factory=list)
    conditions: list[Span] = field(default_factory=list)  # "if", "where" / « si », « lorsque »
    _weak: list[tuple[int, int, str]] | None = field(default=None, repr=False)

    @property
    def weak(self) -> list[tuple[int, int, str]]:
        """Negative words, (start, end, group): found on first use (most clauses have no negation to answer)."""
        if self._weak is None:
            self._weak = self.find_weak() if self.find_weak is not None else []
        return self._weak


def _inside(pos: int, masks: list[Span]) -> bool:
    return any(a <= pos < b for a, b in masks)


def _outside(spans: list[Span], masks: list[Span]) -> list[Span]:
    return [s for s in spans if not _inside(s[0], masks)]


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop spans that start inside another ("not" inside "shall not"), keep text order."""
    out: list[Span] = []
    for a, b in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if out and a < out[-1][1]:
            continue
        out.append((a, b))
    return out


_COORDINATED = re.compile(
    # « et, partant, de ne pas nuire », "and, in particular, not": an aside between commas may follow the conjunction.
    # "will not (i) exercise … or (ii) assert" / « (i) n'exercera aucun … ou (ii) ne revendiquera aucune »: the label of an
    # item inside the sentence may follow it.
    r"\b(?:or|and|nor|ou|et|ni)(?:\s*,\s*[\w' -]{1,25},)?(?:\s+\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})\))?\s+(?:(?:qu'(?:il|elle|ils|elles)|qui|que|comme|il|elle|ils|elles|which|that|who|it|they|to|be|is|de|d'"
    r"|s'ils?|s'elles?|si|en|are|does|do|shall|may|can|will|has|have"
    # « ou dans lesquelles il n'est pas envisagé », « ou pour laquelle celui-ci n'a pas pris »: a second relative clause
    # that French opens again with its preposition, where English says one negation over both ("where there is no
    # network existing or planned").
    r"|(?:(?:dans|pour|sur|par|a|avec|sous|selon|vers|chez|entre|parmi)\s+)?(?:lequel|laquelle|lesquels|lesquelles)"
    r"|celui-ci|celle-ci|ceux-ci|celles-ci)\s+){0,2}$"
)
#: Negative words that open a clause ("not", « ne », « aucun »): a « ni » or a "nor" after one carries it on.
_NEGATIVE_START = re.compile(r"(?:not|no|never|nor|neither|cannot|ne\b|n'|pas|ni\b|aucun|nul)")
#: A negative subject (« aucune décharge », « ni la relation ni … », « pas plus de 10 % des actifs »): the
#: bare « ne » of its verb agrees with it, it is not a second negation.
_NEGATIVE_SUBJECT = re.compile(r"(?:aucun|nul|personne|rien|ni\b|pas (?:plus|moins)|en aucun)")
_FR_NEGATIVE_QUANTITY = guard(re.compile(r"\bpas (?:plus|moins) d(?:e\b|')"), "pas")
#: The verb a negation negates, when it is a negative one ("would not breach", « n'enfreint pas »); and a hindering
#: said in the passive of the one hindered ("should not be prevented from", "are not to be hindered from"): a permission
#: said by a litotes, which French says « devraient être en mesure de », « doivent pouvoir ».
_NEGATED_VERB = {
    Lang.EN: re.compile(
        r"\s+(?:\w+ly\s+)?(?:(?:to\s+)?(?:be|been)\s+(?:\w+ly\s+)?(?=(?:prevent|preclud|hinder|imped|obstruct)ed\s+from\b))?"
    ),
    Lang.FR: re.compile(r"(?:rien )?(?:ne\b|n')\s*"),
}
_COPULA_FR = re.compile(r" (?:etre )?")
#: What stands between a modal and the maximum its verb sets: that verb, perhaps after an aside ("may, in aggregate,
#: invest no more than", « pouvant s'élever jusqu'à », « pouvant être portée jusqu'à »).
_CAPPED_GAP = re.compile(r"(?:\s*,[^,.;:]{1,30},)?\s+(?:(?:be|etre)\s+)?[\w'-]+\s+")
#: « Les bons peuvent couvrir jusqu'à 50 % », « ce nombre peut aller jusqu'à 180 » ("The vouchers shall cover up to
#: 50 %", "shall fall … up to 180"): a verb of extent, whose object is the quantity itself, set to a ceiling grants at
#: most that ceiling; French says that range of values with a finite « pouvoir », English with the duty or the bare
#: verb.  Not a verb of change ("shall be increased up to" / « peut être majorée jusqu'à »: the increase is granted)
#: nor an agent's act ("shall hold up to 15 %" / « peut placer jusqu'à 15 % »), whose modal keeps its force.
_FR_EXTENT_GAP = re.compile(r"(?:\s*,[^,.;:]{1,30},)?\s+(?:aller|atteindre|couvrir|s'elever|representer)\s+")
_FR_FINITE_CAN = frozenset({"peut", "peuvent", "pourra", "pourront"})


def _capping(folded: str, s: Span, maxima: list[int], lang: Lang) -> bool:
    """Whether the modal at ``s`` only opens the verb that sets one of ``maxima``: "may invest no more than",
    « pouvant s'élever jusqu'à » (any verb, _CAPPED_GAP), « peut couvrir jusqu'à » (a verb of extent, _FR_EXTENT_GAP)."""
    word = folded[s[0] : s[1]]
    if word == ("may" if lang is Lang.EN else "pouvant"):
        return any(_CAPPED_GAP.fullmatch(folded, s[1], a) for a in maxima)
    return (
        lang is Lang.FR
        and word in _FR_FINITE_CAN
        and any(_FR_EXTENT_GAP.fullmatch(folded, s[1], a) for a in maxima)
    )


#: "That period shall be extended by three months at the initiative of the European Parliament or of the Council" /
#: « Ce délai peut être prolongé de trois mois à l'initiative du Parlement européen ou du Conseil »: a thing done in
#: the passive "at the initiative of" someone is done when, and only when, that one takes the initiative; the choice
#: is said by the phrase, and EU acts write "shall be extended" and "may be extended", « est prolongé » and « peut être
#: prolongé », for the one rule.  Only a passive with no agent of its own ("by the Council", « par le Conseil »):
#: "The Commission may, at the initiative of a Member State, adopt" leaves the act to the Commission's judgment.
_INITIATIVE = {
    Lang.EN: r"\b(?:at|on) the (?:\w+ )?initiative of\b",
    Lang.FR: r"\b(?:a|sur) l'initiative d(?:e\b|u\b|es\b|')",
}
_AGENT = {
    Lang.EN: r" by (?:the|a|an|its|their|that|this)\b",
    Lang.FR: r" par (?:le|la|les|l'|un|une|ce|cet|cette)\b",
}
_PASSIVE = {
    Lang.EN: r" (?:\w+ly )?be (?:\w+ly )?[a-z]+(?:ed|en)\b",
    Lang.FR: r" (?:\w+ment )?etre (?:\w+ment )?[a-z]+(?:e|es|s|is|it|ts|tes)\b",
}
_INITIATIVE_AFTER = {
    lang: re.compile(_PASSIVE[lang] + rf"(?:(?!{_AGENT[lang]})[^.;:,]){{0,50}}?{_INITIATIVE[lang]}")
    for lang in (Lang.EN, Lang.FR)
}
#: The phrase put first in the sentence ("At the initiative of the European Parliament or the Council that period may be
#: extended", « À l'initiative du Parlement européen ou du Conseil, ce délai peut être prolongé »).
_INITIATIVE_BEFORE = {lang: re.compile(_INITIATIVE[lang] + r"[^.;:]{0,120}$") for lang in (Lang.EN, Lang.FR)}
_PASSIVE_ALONE = {
    lang: re.compile(_PASSIVE[lang] + rf"(?:(?!{_AGENT[lang]})[^.;:]){{0,40}}(?:[.;:]|$)")
    for lang in (Lang.EN, Lang.FR)
}


def _at_initiative(folded: str, s: Span, lang: Lang) -> bool:
    """Say whether the modal at ``s`` is that of a passive done at someone's initiative (see _INITIATIVE)."""
    if _INITIATIVE_AFTER[lang].match(folded, s[1]):
        return True
    start = max(folded.rfind(c, 0, s[0]) for c in ".;:") + 1
    return bool(_INITIATIVE_BEFORE[lang].search(folded, start, s[0])) and bool(
        _PASSIVE_ALONE[lang].match(folded, s[1])
    )


#: After a negation: a duty denied ("not required to", « n'est pas tenu de », « n'ont pas à »), an effect denied
#: ("not affected", « n'a pas d'incidence »); a negative determiner or pronoun ("no", « aucun »).
_NEG_EXEMPT = {
    Lang.EN: re.compile(
        r"\s+(?:\w+ly\s+)?(?:be\s+|been\s+)?(?:required|obliged|obligated|bound|compelled)\b"
    ),
    Lang.FR: re.compile(
        r"\s+(?:\w+ment\s+)?(?:etre\s+)?(?:tenue?s?|obligee?s?|astreinte?s?)\s+(?:de\b|d'|a\b)|(?<=\bpas) a\b"
    ),
}
_NEG_SAVING = {
    Lang.EN: re.compile(r"\s+(?:\w+ly\s+)?(?:be\s+|been\s+)?(?:affected|altered|prejudiced|impaired)\b"),
    Lang.FR: re.compile(r"\s+(?:d'|de\s+)(?:incidence|effet)\b|\s+(?:affecte|altere)e?s?\b"),
}
#: "proceedings which are not concluded" / « une procédure … en cours »: an end denied is a matter still pending.
_NEG_PENDING = {
    Lang.EN: re.compile(
        r"\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:concluded|completed|finished|closed|terminated|final|over)\b"
    ),
    Lang.FR: re.compile(r"\s*(?:encore\s+)?(?:ete\s+)?(?:termine|acheve|clos|clotur|conclu|definiti)\w*"),
}
#: "has not yet started", "are not yet in force": what French may say by « avant » (« avant le début », « avant
#: l'entrée en vigueur »).
_NOT_YET = re.compile(r"\s+yet\b")
#: "where a firm has not completed business for one year", "has not been in business for one year": a perfect denied
#: for a length of time is a time below that length, which French says « exerce son activité depuis moins d'un an ».
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+$")
_NOT_FOR_LONG = re.compile(
    r"\s+(?:[\w-]+\s+){1,4}?for\s+(?:one|a|an|two|three|four|five|six|\d+)\s+(?:full\s+)?(?:calendar\s+|financial\s+)?"
    r"(?:years?|months?|weeks?|days?)\b"
)
#: "where the latter are not entitled to it", "sums not due" / « des distributions indues », « des sommes indues »: a
#: title or a debt denied, which French says by the adjective « indu » (see the group "undue" of the negative words).
_NEG_UNDUE = re.compile(r"\s+(?:\w+ly\s+)?(?:be\s+|been\s+)?(?:entitled|due|owed|owing)\b")
#: "is inaccurate, incomplete or not up-to-date", "no longer current" / « obsolète »: being up to date denied, which
#: French says by one adjective (see the group "outdated" of the negative words).
_NEG_OUTDATED = re.compile(r"\s+(?:\w+ly\s+)?(?:be\s+|been\s+)?(?:up[ -]to[ -]date|current)\b")
#: "are not well adapted", "is not functioning properly": what French says by « mal », « mauvais ».
_NOT_WELL = re.compile(r"\s+(?:[a-z]+\s+)?(?:well|properly|correctly|adequately|satisfactorily)\b")
_NEG_DETERMINER = {
    Lang.EN: re.compile(r"(?:no|none|nothing|neither|nobody|no one)\b"),
    Lang.FR: re.compile(r"(?:aucun|nul|rien|personne)"),
}
#: A negation of an end, a change or a use: "do not disappear", "do not yet exist", "has not been used", "is not lost"
#: / « n'ont pas disparu », « ne change pas », « n'ont pas été utilisées », « n'ait pas pris fin », « ne sont pas
#: encore », « n'est pas dessaisi » (of its assets: it remains in possession of them).
_NEG_ENDING = {
    Lang.EN: re.compile(
        r"\s+(?:yet\b|(?:\w+ly\s+)?(?:(?:be|been|have been|has been)\s+)?(?:disappear|chang|var(?:y|ie)|alter(?:s|ed)?\b"
        r"|end(?:s|ed)?\b|expir|lapse|used\b|spent\b|exhausted\b|consumed\b|los(?:e|es|t)\b))"
    ),
    Lang.FR: re.compile(
        r"(?:ne\b|n')\s*(?:(?:[\w']+\s+){0,2}?(?:pas|plus)\s+(?:encore\b|(?:ete\s+)?(?:disparu|change|varie|modifie|pris fin"
        r"|expire|utilise|epuise|depense|consomme|dessaisi))|(?:dispara|change|varie|expire|epuise)\w*\s+(?:pas|plus)\b)"
    ),
}
#: « ne sont pas distribués », « n'étaient pas distribués » (of profits): what English says "retained" (see the group
#: "retain" of the negative words).
_NEG_DISTRIBUTED = re.compile(r"(?:ne\b|n')\s*(?:[\w']+\s+){0,2}?pas\s+(?:ete\s+)?distribue")
#: After a negation: "no longer", « pas de » (an end, an absence: see the group "remove" of the negative words).
_NEG_NONE = {
    Lang.EN: re.compile(r"(?<=\bno)\s+longer\b"),
    Lang.FR: re.compile(r"(?<=\bpas)\s+d(?:e\b|')"),
}
#: "shall not maintain any restrictions", "does not remain in the order book", "should not retain its tasks" / « lèvent
#: toute restriction », « est effacée du carnet », « devraient être supprimés »: a keeping denied is a doing away, which
#: the other language may say by a word of removing (see the group "remove" of the negative words).
_NEG_KEPT = {
    Lang.EN: re.compile(
        r"\s+(?:\w+ly\s+)?(?:(?:be|been)\s+)?(?:maintain(?:s|ed)?|keep(?:s)?|kept|remain(?:s)?|retain(?:s|ed)?)\b"
    ),
    Lang.FR: re.compile(
        r"(?:ne\b|n')\s*(?:(?:[\w']+\s+){0,2}?pas\s+(?:ete\s+)?(?:maintenu|conserve|garde)"
        r"|(?:maintien|conserv|gard|rest)\w*\s+pas\b)"
    ),
}
#: "would not be able to", "is not in a position to", « ne soit pas acceptable », « ne serait pas en mesure de »: an
#: ability or an acceptability denied, which the other language may say by a word of putting at risk ("would compromise
#: security", « de nature à compromettre la capacité »: see the group "harm" of the negative words).
_NEG_ABLE = {
    Lang.EN: re.compile(r"\s+(?:be\s+|been\s+)?(?:able|capable|in a position|acceptable)\b"),
    Lang.FR: re.compile(r"\s+(?:ete\s+)?(?:en mesure|capables?|acceptables?)\b"),
}
#: "does not comply with", "are not respected", "is not in conformity with" / « ne respecte pas », « de ne pas les
#: respecter », « ne pas appliquer » (a rule, a sanction; not « ne s'applique pas », a scope), « n'est pas conforme »: a
#: failure to comply, which the other language may say by a verb of going round or against the rule ("circumvent",
#: "evade", "act contrary to", « contourner »: see the group "evade" of the negative words), anywhere in the sentence.
#: (Read after the negation in English, from the « ne » in French, whose verb stands inside the negation or after it.)
_NEG_COMPLY = {
    Lang.EN: re.compile(
        r"\s+(?:\w+ly\s+)?(?:(?:be|been|being)\s+)?(?:compl(?:y|ies|ied|ying)\b|respect(?:s|ed|ing)?\b|observ(?:e|es|ed|ing)\b"
        r"|abid(?:e|es|ing)\b|adher(?:e|es|ed|ing)\b|in (?:compliance|conformity) with\b)"
    ),
    Lang.FR: re.compile(
        r"(?:ne\b|n')\s*(?:[\w']+\s+){0,2}?(?:pas\s+)?(?:(?:les|la|le|l'|leur|lui|y)\s*)?"
        r"(?:respect|observ|appliqu|(?:se\s+|s'y\s+|s')?conform)\w*"
    ),
}
#: « la décision n'a pas fait droit à ses prétentions », « une décision n'ayant pas fait droit »: a claim not upheld, which
#: English says "adversely affected by the decision".
_NEG_UPHELD = re.compile(r"\s+fait droit\b")
#: « ne nuit pas à l'environnement », « ne doivent pas présenter de danger », « ne comprennent aucune erreur »: a harm
#: denied, which English says "safe", "error-free" (read from the « ne » for the verb of harming, else from the end of
#: the negation); « ne pas porter atteinte », « ne dissuade pas », « ne soient pas divulgués »: a harm to a right, an
#: incentive, a secret denied, which English says "respect", "preserve".
_NEG_HARM = re.compile(
    r"ne\s+(?:\w+\s+)?(?:nui\w*|dissua\w*|divulgu\w*|porter\s+atteinte)"
    r"|(?<=[a-z])\s+(?:\w+\s+)?divulgu\w*"
    r"|(?<=[a-z])\s+(?:(?:presente\w*|comport\w*|compren\w*|conten\w*|contien\w*|entrain\w*|caus\w*|pose\w*)\s+)?"
    r"(?:de\s+|d'|aucune?\s+|un\s+|une\s+)?(?:danger|risque|erreur|dommage|nuisance)s?\b"
)
#: "were not aware", "is not taken into account" / « ne prennent pas en compte », « ne tient pas compte »: what "ignore" /
#: « ignorer » says without a negation.
_NEG_IGNORE = {
    Lang.EN: re.compile(
        r"\s+(?:\w+ly\s+)?(?:be\s+|been\s+)?(?:aware|taken into (?:account|consideration))\b"
    ),
    Lang.FR: re.compile(r"\s+(?:(?:ete\s+)?(?:pris|prise|prises|tenue?s?)\s+)?(?:en\s+)?compte\b"),
}
#: « n'atteint pas le seuil », « n'atteignant pas le plafond »: "below the threshold", which English may say without a negation.
_NOT_A = re.compile(r"\s+(?:a|an)\b")
_IS_REL = re.compile(r"\b(?:that|which|who) (?:is|are) $")
_NOT_REACHED = re.compile(r"n'(?:atteint|atteignent|atteignant|atteigne|atteignaient|atteignait) pas\b")
#: A prohibition said by its word ("shall be prohibited", « il est interdit »), not by a negated modal.
_LEXICAL_PROHIBITION = re.compile(r"prohibit|forbid|interdi|defendu")
_HINDERING_EN = ("affect", "prejudice", "preclude", "prevent", "impair")
#: A saving said by a negated verb ("shall not prevent", « ne porte pas atteinte »), and the verbs it negates said
#: bare ("shall prevent", « porte atteinte », « fait obstacle »): the two say opposite things.
_SAVING_VERB = {
    Lang.EN: guard(
        re.compile(
            r"\b(?:shall|should|does|do|will|must|may|did|would) not (?:\w+ly )?(?:affect|prejudice|preclude|prevent|impair)\w*"
        ),
        *_HINDERING_EN,
    ),
    Lang.FR: guard(
        re.compile(
            r"\b(?:n'(?:affect|empech|entrav)\w* (?:pas|en rien|nullement)|ne (?:porte|portent|prejuge|prejugent|fait|font) pas"
            r"|ne (?:doit|doivent|devrait|devraient|saurait|sauraient) pas (?:prejuger|porter atteinte|affecter|faire obstacle"
            r"|empecher|entraver))\b"
        ),
        "pas",
        "en rien",
        "nullement",
    ),
}
#: The verb as the predicate (finite, or after a modal), not an infinitive of purpose ("in order to prevent",
#: « afin d'empêcher ») nor a noun ("without prejudice"); French is matched with its accents, so that « affecte »
#: is told from the participle « affecté » ("assigned").
_HINDRANCE = {
    Lang.EN: guard(
        re.compile(
            r"\b(?:(?:shall|should|may|must|will|would|does|do|did|can|could|might)"
            # "shall of itself affect", "shall, per se, affect": what the French says « par elle-même », « en elle-même »
            r"(?:\s*,\s*(?:per se|(?:of|in) (?:itself|themselves)),\s+"
            r"|\s+(?:\w+ly\s+|(?:of|in) (?:itself|themselves)\s+|per se\s+)?)"
            r"(?:affect|prejudice|preclude|prevent|impair|impede|hamper|hinder|interfere with)"
            r"|affects|prejudices|precludes|prevents|impairs|impedes|hampers|hinders|interferes with)\b"
        ),
        *_HINDERING_EN,
        "impede",
        "hamper",
        "hinder",
        "interfere",
    ),
    Lang.FR: guard(
        re.compile(
            r"\b(?:(?:doit|doivent|peut|peuvent|devrait|devraient|pourrait|pourraient|saurait|sauraient)\s+"
            r"(?:empêcher|faire obstacle|porter (?:atteinte|préjudice)|affecter|préjuger|entraver)"
            r"|(?:empêch|affect|entrav)(?:e|ent|era|eront|erait|eraient)|préjug(?:e|ent|era|eront|erait|eraient)"
            r"|(?:fait|font|fera|feront|ferait|feraient|constitue|constituent) obstacle"
            r"|port(?:e|ent|era|eront|erait|eraient) (?:atteinte|préjudice)"
            # « les droits … sont affectés par le présent règlement », « devraient être affectés par la directive »:
            # the passive, with its agent (not « affecté à », "assigned to")
            r"|(?:est|sont|soit|soient|sera|seront|serait|seraient|être|été) (?:[a-zà-ÿ]+ment )?affecté(?:e|s|es)? par"
            # « devraient avoir une incidence sur », « a une incidence sur »: "affect" said by a noun
            r"|(?:a|ont|aura|auront|aurait|auraient|avoir) (?:une |d')incidence sur)\b"
        ),
        "empêch",
        "obstacle",
        "atteinte",
        "affect",
        "préjug",
        "entrav",
        "préjudice",
        "incidence",
    ),
}
#: The meanings of a negated verb that make a litotes ("would not breach"), which the other language may say positively.
LITOTES_GROUPS = ("breach", "fail", "exclude", "prevent", "refuse", "negadj")
#: … and the meanings of a negated verb that the other language may not say bare ("shall not exempt" / « exemptent »,
#: "does not impair" / « compromet »): recorded with the litotes, though they need an answer as any negation does.
_NEGATED_GROUPS = (*LITOTES_GROUPS, "exempt", "prohibit", "differ", "avoid", "harm")
#: A « ne » with its verb and no « pas » (« aucune décharge … ne devrait »); « de ne pas participer » is a negation.
_BARE_NE = re.compile(r"(?:ne\b|n')\s*(?!(?:pas|plus|jamais|rien|point)\b)[\w'-]+")
#: An English negation said with its own modal ("and cannot be used"): never carried on from the one before.
_EN_OWN_MODAL = re.compile(r"(?:cannot|can not|shall not|must not|may not|should not|will not|could not)$")
#: An auxiliary right before "not", and the words that open a clause of its own (see _continues).
_EN_OWN_AUX = re.compile(r"\b(?:is|are|was|were|be|been|does|do|did|has|have|had|will|would|could)\s+$")
_EN_CLAUSE_OPENER = re.compile(r"\b(?:where|when|if|unless|whether|that|which|who|whom|whose)\b")


#: A comma right before « ne »: the verb has no subject of its own, so it is the next item of a series of predicates
#: that French negates one by one where English says one "not" (« ne le publie pas, ne le diffuse pas ou ne le
#: transmet pas » for "shall not publish, disseminate or transmit it").
#: A series of infinitives or gerunds says its preposition again before each « ne » (« de n'exécuter aucune transaction,
#: de n'établir aucune relation … ou de n'exécuter aucune » for "may not carry out a transaction, establish a
#: relationship or carry out", « en n'établissant pas, en ne mettant pas en œuvre et en ne tenant pas à jour » for "by
#: not establishing, implementing or maintaining").
_SERIES_COMMA = re.compile(r",\s*(?:(?:en|de|a)\s+|d')?$")
#: … a series that ends on its last item after « ou » or « et » (else the comma may close a relative clause: « les
#: réserves qui n'ont pas été investies, ne sont pas prises en compte »).
_SERIES_LAST = re.compile(r"\b(?:ou|et),?\s+(?:(?:en|de|a)\s+|d')?(?:ne\b|n')")
#: The reasons of a negation, right before it: "its reasons for not doing so", "an explanation as to why the
#: information is not provided", « les raisons pour lesquelles il ne le fait pas » (see _continues).
_REASONS_BEFORE = {
    Lang.EN: re.compile(
        r"\b(?:reasons?|grounds?|explanation|justification)s? (?:for|why|as to why)\b(?:(?!\b(?:and|or)\b)[^.;:,]){0,60}$"
    ),
    Lang.FR: re.compile(
        r"\b(?:raisons?|motifs?) pour (?:lesquel(?:le)?s|laquelle|lequel)\b(?:(?!\b(?:et|ou)\b)[^.;:,]){0,60}$"
    ),
}
#: A comma and a subject pronoun: a new clause begins ("…, it shall require", « …, il invite »).
_NEW_CLAUSE = re.compile(r",\s*(?:il|elle|ils|elles|it|they)\s+(?!ne\b|n')")
_WITHOUT = re.compile(r"\bwithout\b")
_SANS_BEFORE = re.compile(r"\bsans\b[^,.;:]{0,80},?[^,.;:]{0,80}$")
_SANS_PHRASE = re.compile(r"\bsans\b[^,.;:]{0,80}$")
#: The phrase of « éviter » up to a conjunction (« éviter la fragmentation et », « éviter le transfert … et à »).
_AVOID_AND = re.compile(r"\bevit\w*\b[^,.;:]{0,150}?\b(?:et|ou)\s+(?:(?:a|de)\s+|d')?$")


#: A French negated auxiliary (« ne sont pas », « n'a pas »): the predicate is the word after it.
_FR_NEG_AUX = re.compile(
    r"(?:ne |n')(?:est|sont|soit|soient|sera|seront|serait|seraient|etait|etaient|a|ont|ait|aient|avait|avaient"
    r"|aura|auront|aurait|auraient) pas"
)
_FR_JOINED = re.compile(r"\b(?:et|ou|ni)\b")
_WORD_AFTER = re.compile(r"\s*([\w'-]*)")


def next_word(folded: str, at: int) -> str:
    """Return the word right after position ``at`` (empty at a punctuation mark)."""
    m = _WORD_AFTER.match(folded, at)
    return m.group(1) if m else ""


def _continues(folded: str, negation: list[Span], i: int, lang: Lang, negative: list[Span]) -> bool | None:
    """Say whether negation ``i`` only carries on one before it in the same sentence (None: it carries on
    one outside the sentence, or is part of it, "neither … nor", and counts for nothing).

    « ne perturbe pas … et n'expose pas » repeats the negation of "does not disrupt … or expose";
    « aucun honoraire, aucune commission ou aucun avantage » is one negation; "nor" and « ni » after
    a negation continue it.  A lone « ni » continues the negation of a list's lead-in.  ``negative``
    holds the negative expressions that are not negations ("shall not prevent", « pas plus de »).
    """
    a, b = negation[i]
    word = folded[a:b]
    start = max(folded.rfind(c, 0, a) for c in ".;:") + 1
    end = min((k for k in (folded.find(c, b) for c in ".;:") if k >= 0), default=len(folded))
    earlier = [s for s in negation[:i] if start <= s[0] < a]
    before = earlier + [s for s in negative if start <= s[0] < a]
    if word == "ni":
        # « ni X ni Y » opens a negation; a lone « ni » carries on the one of a list's lead-in.
        if before:
            return True
        if _SANS_BEFORE.search(folded, start, a):
            # « sans obligations ni exigences ni nécessité », « sans préjudice ni des règles … ni des exigences »:
            # « ni » carries on « sans » ("without any obligations, requirements or need"), however many times.
            return None
        return None if re.search(r"\bni\b", folded[b:end]) is None else False
    if word == "nor" and any(folded.startswith("neither", s[0]) for s in earlier):
        return None  # "neither … nor": one negation
    if word == "nor" and not before and not folded[start:a].strip():
        # "… is not intended. Nor is it intended …": carries on the sentence before.
        prev = max(folded.rfind(c, 0, max(start - 1, 0)) for c in ".;:") + 1
        return any(prev <= s[0] < start for s in negation + negative)
    if word == "nor" and _WITHOUT.search(folded, start, a):
        return True  # "without being licensed or registered nor subject to supervision": "nor" carries on "without"
    if word == "nor" or word.startswith("ni "):
        return bool(before)
    if (
        lang is Lang.FR
        and _BARE_NE.fullmatch(word)
        and any(_NEGATIVE_SUBJECT.match(folded, s[0]) for s in before)
    ):
        return True  # « aucune décharge, qu'elle soit …, ne devrait être possible »
    if not earlier:
        return False
    if _REASONS_BEFORE[lang].search(folded, max(start, a - 90), a):
        # "Where the Commission has not adopted a decision, it shall inform … of its reasons for not doing so" / « n'a pas
        # adopté de décision, elle informe … des motifs de son inaction », « ne prend pas en compte … ainsi qu'une
        # explication des raisons pour lesquelles il ne le fait pas » / "and the reasons therefor": the reasons of a
        # negation said before in the sentence name it again, which the other language may leave to a pronoun.
        return True
    if len(word) >= 6 and any(
        folded[s[0] : s[1]] == word
        and not (
            _FR_NEG_AUX.fullmatch(word)
            and next_word(folded, s[1]) != next_word(folded, b)
            and _FR_JOINED.search(folded, s[1], a) is None
        )
        for s in earlier
    ):
        # « … ne soient pas prioritaires …, ou que … ne soient pas prioritaires »: a repeated predicate, or one joined to
        # the first (« qu'ils n'ont pas invoqués ou qu'elles n'ont pas produites »); not the same auxiliary of another
        # predicate in another clause (« qui ne sont pas visés … ne sont pas soumis »), a negation of its own.
        return True
    if lang is Lang.EN and _EN_OWN_MODAL.search(word):
        return False
    if (
        # "may decide not to apply … to networks that benefit from a derogation and are not connected", "considered
        # not to be suitable where the operator is excluded or does not meet": a "not" with its own auxiliary in a
        # clause opened after the first negation is a negation of that clause, which French says again (« et qui ne
        # sont pas connectés »); in the same clause ("is not written in, or is not accompanied") French may say it once.
        lang is Lang.EN
        and word == "not"
        and _EN_OWN_AUX.search(folded, max(start, a - 7), a)
        and _EN_CLAUSE_OPENER.search(folded, earlier[-1][1], a)
    ):
        return False
    if re.match(r"(?:aucun|nul|rien|personne|jamais|no\b)", word) and re.search(
        r"\b(?:or|and|nor|ou|et|ni)\s+(?:\w+\s+){0,2}$", folded[max(start, a - 25) : a]
    ):
        return True  # "provided no services or performed no activity", "and there is no procedure"
    if re.match(r"(?:aucun|nul|rien|personne|jamais)", word):
        # « ne sont plus admises sur aucun marché », « aucun honoraire, aucune commission »
        if a - earlier[-1][1] <= 80 or folded[max(start, a - 2) : a].strip() == ",":
            return True
        if word in ("aucun", "aucune") and _BARE_NE.fullmatch(folded, *earlier[-1]):
            # « Les États membres ne peuvent imposer aux assujettis … aucune autre obligation », « ne peut … avoir un
            # intérêt, directement ou indirectement, dans aucune partie »: the object of a « ne » with no « pas », however
            # far, is the other half of that negation ("may not impose … any other obligation"), which is said at its
            # « ne ».
            return None
    if re.match(r"\s+(?:all|every|each|any)\b", folded[b : b + 8]):
        return False  # "and not all counterparties are": a negation of its own
    if _NEW_CLAUSE.search(folded, earlier[-1][1], a):
        # « Lorsqu'un organisme constate que les exigences n'ont pas été remplies, il invite le fabricant … et ne délivre
        # pas »: the conjunction joins the verb of a new clause, not the negated one before it.
        return False
    if (
        lang is Lang.FR
        and _SERIES_COMMA.search(folded, max(start, a - 6), a)
        and a - earlier[-1][1] <= 100
        and _SERIES_LAST.search(folded, b, end)
    ):
        return True  # « ne met pas les produits sur le marché, ne les met pas à disposition ou ne les exporte pas »
    if (
        lang is Lang.FR
        and (subject := _COORDINATED_SUBJECT_FR.search(folded, max(start, a - 60), a)) is not None
    ):
        # « n'ont pas été comptabilisées et leur utilisation n'a pas été revendiquée », « vers des produits qu'il ne
        # fabriquait pas ou des services qu'il ne fournissait pas »: French says the negation again for the second subject
        # or object of a coordination that English gives one negation ("have not been accounted for and claimed", "not
        # previously produced or provided"); it carries on the first when nothing but its predicate stands between them
        # (no comma, no clause opened: « n'est pas obligatoire si la société et ses filiales n'ont pas » is a negation
        # of its own).
        if _CLAUSE_BETWEEN_FR.search(folded, earlier[-1][1], subject.start()) is None:
            return True
    if (
        lang is Lang.FR
        and _FR_RELATIVE_AFTER_AND.search(folded, max(start, a - 40), a)
        and not _FR_RELATIVE_BEFORE.search(folded, max(start, earlier[-1][0] - 60), earlier[-1][0])
    ):
        # « Le présent règlement ne devrait pas s'appliquer aux notations … que l'agence établit …, et qui ne sont pas
        # destinées à être publiées », « peuvent décider de ne pas appliquer … aux réseaux qui bénéficient d'une dérogation
        # et qui ne sont pas connectés »: a relative clause coordinated with another relative, after a negation of the
        # main clause, has a negation of its own, which English says too ("and which are not intended", "and are not
        # connected"); only after a negation in a relative clause itself (« qui ne sont pas … et qui ne sont pas ») may it
        # carry that one on.
        return False
    return _COORDINATED.search(folded, max(start, a - 55), a) is not None


#: « et qui », « ou dont »: a relative clause coordinated with another, opened right before a negation (not « et qu'il »,
#: a clause of « que » coordinated with another, which French negates again where English says "neither … nor").
_FR_RELATIVE_AFTER_AND = re.compile(r"\b(?:et|ou),?\s+(?:qui|dont)\s+$")
#: A relative or conjunctive word a few words before a negation: the negation is in a clause of its own.
_FR_RELATIVE_BEFORE = re.compile(
    r"\b(?:qui|que|qu'(?:il|elle|ils|elles|on)|dont|lequel|laquelle|lesquels|lesquelles|ou|lorsque?|lorsqu'|si|s'ils?"
    r"|s'elles?)\s+(?:[\w'-]+\s+){0,4}$"
)


#: A conjunction, then the subject or object of a second predicate (a determiner and a noun, maybe « qu'il »).
_COORDINATED_SUBJECT_FR = re.compile(
    r"\b(?:ou|et)\s+(?:l'|(?:le|la|les|leur|leurs|son|sa|ses|des|du)\s+)[\w-]{3,}\s+(?:[\w-]+\s+)?"
    r"(?:qu'(?:il|elle|ils|elles)\s+)?$"
)
_CLAUSE_BETWEEN_FR = re.compile(r"[,;:.()]|\b(?:si|s'il|s'ils|lorsque?|lorsqu'|quand|qu'|que|qui|dont|ou)\b")


# The modal words a permission may be said by, in the third person, or in the second or first (a licence
# addresses "You": « Vous pouvez », « Vous ne pouvez pas »), or in inclusive spelling (« peu(ven)t »).
_MODAL_WORDS = frozenset(
    ("may", "peut", "peuvent", "pourra", "pourront", "pouvez", "pouvons", "pourrez", "pourrons", "peu(ven)t")
)
_SUB_MODAL = {
    Lang.EN: guard(re.compile(r"(?!)")),  # no needle: it never matches
    Lang.FR: guard(re.compile(r"\b(?<!\bne )pouvant\b"), "pouvant"),
}
_EN_SUBORDINATE = re.compile(
    r"\b(?:which|who|whom|whose|whereby|wherein|whether|how|as|so that|in order that|such that"
    # "shall indicate that the rights … may differ": a that-clause after a verb of saying or ensuring
    r"|(?:indicate|ensure|state|specify|consider|demonstrate|show|verify|inform|notify|explain|disclose|accept)(?:s|d|ed)? that"
    # "has reason to believe that a product may present a risk", "suspects that the infringement may affect": what a
    # belief holds may be the case, a possibility, which French says by a plain present (« a des raisons de croire
    # qu'un produit présente »); closed, like a relative clause, once it has said its own verb ("where it believes that a
    # decision impinges on its responsibilities it may notify")
    r"|(?P<belief>(?:believe|suspect|think|fear)(?:s|d|ed)? that)"
    r"|shown that"
    # "await any decision that EBA may take", "any complaints that they may have": a relative clause after a
    # quantified noun (not after a verb: "each Party provides that"); "whatever the judgment may be called"
    # (a relative clause like the others: closed once its own verb is said, "any claim that cannot be settled may")
    r"|(?P<rel>(?:any|every|each|all|such|those|these|other)\s+(?:(?!(?:shall|may|must|will|should|can|could|would|is"
    r"|are|was|were|has|have|had|does|do|did|provides?|decides?|agrees?|requires?|determines?|means?|finds?|notes?)\b)"
    r"[a-z-]+\s+){1,3}?that|whatever|whichever))\b"
)
#: (« comment », "how": an indirect question, « des orientations précisant comment elles peuvent satisfaire »)
#: (« qu' » elided onto the subject « il » of an impersonal modal, « les mesures qu'il est possible de prendre », "the
#: measures it is possible to take", opens the clause as « que » does before any other subject: no word boundary after
#: its apostrophe, where the modal's own span begins)
_FR_SUBORDINATE = re.compile(
    r"\b(?:qui|que|dont|ou|comment|lequel|laquelle|lesquels|lesquelles|auquel|duquel|auxquels|auxquelles|desquels"
    r"|desquelles)\b|\bqu'"
)
_REPEATED_SUBJECT = re.compile(r"\b(?:or|ou|and|et)\s+(?:[\w'-]+\s+){1,4}$")
_IMPERSONAL_ON = re.compile(r"(?:\bl'|(?<![\w']))on\s+$")
#: « comme ce peut être le cas », « comme cela peut ressortir des normes »: the French of "as may be the case", "as may
#: be reflected in": a comparative clause whose impersonal subject says what may be so, a possibility described.
_AS_MAY_BE_FR = re.compile(r"\bcomme (?:ce|cela)\s+$")
_CLASSIFIED = re.compile(r" etre (?:considere|qualifie|assimile|regarde|repute)e?s?\b")
#: "it may be appropriate to carry out", "it may be possible for a person to act": the anticipatory "it" of an
#: infinitive or that-clause put after an adjective of judgment.  The modal weighs what the clause after says (French « il
#: peut être opportun de », or a plain « juge opportun de »); it grants no one anything.
_EXTRAPOSED_IT = re.compile(r"(?<![\w'])it\s+$")
_EXTRAPOSED_ADJ = re.compile(
    r"\s+(?:also\s+)?be\s+(?:appropriate|necessary|useful|desirable|advisable|possible|impossible|difficult"
    r"|preferable|beneficial|helpful)\s+(?:to|for|that)\b"
)
#: A relative clause with no pronoun after a quantified noun ("any share of the contract it may intend to subcontract",
#: "any complaints they may have"): the noun phrase, then the clause's subject pronoun right before the modal.  Not a
#: phrase a preposition governs ("in any case it may"), which says the circumstances of the main clause.
_CONTACT_RELATIVE = re.compile(
    r"\b(?:any|every|each|all|such|other)\s+"
    r"(?:(?!(?:shall|may|must|will|should|can|could|would|is|are|was|were|has|have|had|and|or|but|where|if|when"
    r"|that|which|who|it|they|he|she|we)\b)[a-z-]+\s+){1,4}?(?:it|they|he|she|we)\s+$"
)
_CONTACT_PREPOSITION = re.compile(r"\b(?:in|at|on|for|by|under|with|from|during|upon|of)\s+$")
#: The subject of an "as" clause longer than a word or two ("as the market surveillance authority may prescribe"): a
#: noun phrase with a determiner and no verb of its own, and the clause's verb right at its end.
_AS_SUBJECT = re.compile(r"\s+(?:the|its|their|that|this|each|any)\s+(?:[a-z-]+\s+){1,6}")
_AS_VERB_END = re.compile(r"(?:\w+ly\s+)?[a-z]+\s*(?:[,;.)]|$)")
#: (an insert between commas may follow the conjunction: "may either request … or, alternatively, may launch",
#: « peut … et, le cas échéant, peut »)
_REPEATED_MODAL = re.compile(
    r"\b(?:and|or|et|ou)(?:,[^,;:.]{1,30},)?\s+(?:(?:il|elle|ils|elles|it|they)\s+)?$"
)
#: The opening of a list item before its first word: a label ("b)", "(iv)") or a dash, perhaps after a quotation mark.
_ITEM_OPENING = re.compile(
    r"\s*[\u2018\u201c\u00ab'\"]?\s*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,3})\)|[-\u2013\u2014\u2022])?\s*"
)
#: (« autre que », « autres que », "other than": the « que » of a comparison, whose term is a noun phrase, « une autorité
#: autre que l'autorité d'origine peut décider »; it opens no clause, and the modal after it is the main verb)
_CONJUNCTION_QUE = re.compile(
    r"\b(?:ainsi|tel|telle|tels|telles|afin|pour|bien|lors|autant|sorte|meme|alors|tant|avant|apres|parce|sans|des"
    r"|autres?)\s*$"
)


#: The last item of a list after its comma: a word or two (no article: "the first intermediary and any other" is a
#: subject of its own), then "and" / « et » (« nationaux, régionaux et locaux », "laws, regulations and").
_LIST_TAIL = re.compile(
    r"\s*(?!(?:the|a|an|any|each|all|such|le|la|les|l'|un|une|des|du|tout|toute|tous|toutes)\b)"
    r"(?:[^\W\d_][\w'-]*\s+){1,2}?(?:and|or|et|ou)\s"
)


def _comma_start(folded: str, pos: int) -> int:
    """Return how far back, past commas, the clause of the modal at ``pos`` may open: before an insert between
    commas right before the modal ("the manner in which its contents, other than …, may be made available"), before
    the commas of a list in the clause's subject (« dans lequel les acteurs nationaux, régionaux et locaux …
    peuvent »); else right after the last comma."""

    def cut(end: int) -> int:
        return max(folded.rfind(c, 0, end) for c in ",;:(") + 1

    start = cut(pos)
    if not start or folded[start - 1] != ",":
        return start
    if not folded[start:pos].strip():
        # an insert between two commas, the modal right after it
        opened = cut(start - 1)
        return cut(opened - 1) if opened and folded[opened - 1] == "," else start
    if _LIST_TAIL.match(folded, start) is None:
        return start
    # the earlier items of the list, each a word or two, back to the words the list qualifies
    item_end = start - 1
    start = cut(item_end)
    while start and folded[start - 1] == "," and len(folded[start:item_end].split()) <= 2:
        item_end = start - 1
        start = cut(item_end)
    return start


#: The end of a sentence: a full stop after a word or a bracket, and the capital that starts the next sentence (not "No.
#: 575/2013", "p. 1", "e.g. the").
_SENTENCE_END = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z])")


def in_contact_relative(folded: str, pos: int) -> bool:
    """Say whether the English modal at ``pos`` is the verb of a relative clause with no pronoun after a quantified
    noun ("any share of the contract it may intend to subcontract"); see :data:`_CONTACT_RELATIVE`."""
    c = _CONTACT_RELATIVE.search(folded, max(0, pos - 80), pos)
    return c is not None and _CONTACT_PREPOSITION.search(folded, max(0, c.start() - 10), c.start()) is None


def described(folded: str, text: str, pos: int, lang: Lang) -> bool:
    """Say whether the modal at ``pos`` stands in a relative or completive clause ("the means by which …
    may be disclosed", « le marché où ils peuvent être négociés », « l'adresse à laquelle les documents doivent être
    réclamés »): there it describes the thing the clause is about, it grants nothing."""
    en = lang is Lang.EN
    rx = _EN_SUBORDINATE if en else _FR_SUBORDINATE
    if en and (p := _POSSIBILITY_THAT.search(folded, max(0, pos - 200), pos)) is not None:
        # "the risk that costs, including taxes, may arise": the possibility is described; a fact only until its
        # clause has said its own verb ("by virtue of the fact that the risk is transferred …, only that portion may").
        if not (
            folded.startswith("fact", p.start())
            and _EN_FINITE.search(folded, p.start() + 10, pos) is not None
        ):
            return True
    if en and in_contact_relative(folded, pos):
        return True
    start = max(folded.rfind(c, 0, pos) for c in ",;:(") + 1
    finite = _EN_FINITE if en else _FR_FINITE
    # (an opener past the commas, "which, in accordance with Article 5, may", « dans lequel les acteurs nationaux,
    # régionaux et locaux peuvent », opens the modal's clause only if that clause has said no verb before the modal)
    far = _comma_start(folded, pos)
    # An English clause never runs on past the end of its sentence ("… to an entity which issues securities. This may be
    # accomplished by …", "… means the person who ultimately owns the customer. The beneficial owner may include:"): a
    # relative pronoun or a conjunction of the sentence before opens nothing around the modal, which that sentence's
    # grant is.  (Only English: read so, French « peut » of a second sentence that restates as a possibility what
    # English says plainly, « Les liens peuvent être standard, personnalisés … » for "CSD links include standard links,
    # customised links …", faces no English permission and would be reported.)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, far, pos)] if en else []
    if ends:
        start, far = max(start, ends[-1]), max(far, ends[-1])
    openers: list[re.Match[str]] = []
    for m in rx.finditer(folded, far, pos):
        if m.start() < start and any(
            not (v.group(0) == "a" and text[v.start()] != "a") for v in finite.finditer(folded, m.end(), pos)
        ):
            continue
        word = m.group(0)
        if word == "ou" and text[m.start() + 1 : m.start() + 2] != "\u00f9":
            continue  # « ou », not « où »
        if word == "as" and (
            (
                pos - m.end() > 25
                and not (
                    pos - m.end() <= 60
                    and _AS_SUBJECT.fullmatch(folded, m.end(), pos) is not None
                    and _EN_FINITE.search(folded, m.end(), pos) is None
                    and _AS_VERB_END.match(folded, min(len(folded), folded.find(" ", pos) + 1)) is not None
                )
            )
            or _AS_NO_CLAUSE.match(folded, m.end()) is not None
            or _AS_CLAUSE_END.match(folded, min(len(folded), folded.find(" ", pos) + 1)) is None
        ):
            # "as referred to in Article 5, … shall", "registration as a trade repository may contain:": only
            # "as the firm may decide", a clause that ends there, describes.
            continue
        if word in ("que", "qu'") and _CONJUNCTION_QUE.search(folded, max(0, m.start() - 12), m.start()):
            continue  # « ainsi que », « afin que », « dès lors que »: a conjunction, not a relative pronoun
        if word in ("que", "qu'") and _ITEM_OPENING.fullmatch(folded, 0, m.start()) is not None:
            # « Les États membres peuvent prévoir: … b) que le prêteur peut exiger »: a list item that opens with « que »
            # carries on the completive clause of its lead-in's verb, which English says once ("may provide that:",
            # "(b) the creditor may claim"); the item's modal is the force the provision lays down, not one described.
            continue
        if word.startswith("state") and text[m.start()] == "S" and len(folded[m.end() : pos].split()) >= 2:
            # "Member States that proceed with … may adopt": the noun, whose relative clause "that" opens and whose
            # own verb comes before the modal (not "Member States that may wish to")
            continue
        openers.append(m)
    # A clause whose own verb has been said before the modal is closed ("disputes that cannot be settled
    # amicably may be resolved", "the Member State which has granted the authorisation may withdraw it", « l'État
    # membre qui a accordé l'agrément peut le retirer »): the modal is then the verb of the clause around it,
    # unless it is coordinated with that verb ("which it has received and may disclose").
    # "where employees may avail themselves", « lorsqu'il peut prouver », « si cela peut nuire »: a modal of an active
    # verb in a condition describes the case, it grants nothing; closed, like a relative clause, once the condition has
    # said its own verb.  (Not a passive: « si un recours peut être intenté », "if an appeal may be brought" is the
    # possibility of a remedy, the point of the condition.)
    if _PASSIVE_AFTER.match(folded, pos) is None:
        # (in the modal's own sentence)
        # (not an English condition closed before a subject pronoun right before the modal, "When a payment institution
        # intends to provide payment services through an agent it may communicate": English may leave out the comma after
        # a fronted condition, and the pronoun after the condition's own subject and words is the main clause's subject)
        openers += [
            c
            for c in _CONDITION[lang].finditer(folded, max(start, folded.rfind(". ", 0, pos) + 1), pos)
            if not (
                en
                and (
                    _CLOSED_BY_PRONOUN.search(folded, c.end(), pos) is not None
                    or _REDUCED_CONDITION.match(folded, c.end(), pos) is not None
                )
            )
        ]
        openers.sort(key=lambda m: m.start())
    for i, m in enumerate(openers):
        end = openers[i + 1].start() if i + 1 < len(openers) else pos
        said = [
            v
            for v in finite.finditer(folded, m.end(), end)
            if not (v.group(0) == "a" and text[v.start()] != "a")
        ]
        relative = en and (m.group(0) in _RELATIVE_PRONOUNS or m.lastgroup == "rel")
        plain = not said and relative
        if plain:
            said = [
                v
                for v in (
                    _EN_SUBJECT_VERB.match(folded, m.end(), end)
                    if m.group(0) in _RELATIVE_PRONOUNS
                    and _EN_PREPOSITION_BEFORE.search(folded, max(0, m.start() - 12), m.start()) is None
                    else None,
                    _EN_PRONOUN_VERB.search(folded, m.end(), end),
                )
                if v is not None
            ]
        # An English relative clause closes at its own verb: a coordinator after that verb joins words of the clause
        # ("which are in conformity with the specifications or parts thereof may be presumed", "in respect of an asset
        # or a liability") or of the main clause's subject; only one right before the modal ("which holds the shares
        # and may sell them", "which it has received and, where relevant, may disclose") joins the modal to the
        # relative's verb.  (In a condition, "where the firm is notified and its data may be lost", the clause joined
        # keeps the condition's own subject; and a "that" after the relative's auxiliary may open a clause of its own
        # around the modal, "on measures that the Commission may take", "ensure that … and that participants may access".)
        if relative and said and (plain or _THAT.search(folded, said[-1].end(), end) is None):
            coordinated = _REPEATED_MODAL.search(folded, max(0, end - 45), end)
        else:
            coordinated = _COORDINATOR.search(folded, said[-1].end(), end) if said else None
        if (
            not said
            or (m.group(0) not in _RELATIVE_PRONOUNS and m.lastgroup not in ("rel", "cond", "belief"))
            or coordinated
        ):
            return True
    return False


_CONDITION = {
    Lang.EN: re.compile(r"\b(?P<cond>if|where|when|whenever|wherever|unless)\b"),
    Lang.FR: re.compile(r"(?:\b|(?<=\s))(?P<cond>si|s'(?=ils?\b|elles?\b)|lorsqu(?:e\b|')|quand)"),
}
_PASSIVE_AFTER = re.compile(r"[\w()]+\s+(?:\w+(?:ly|ment)\s+)?(?:be|etre)\b")
_MAY = guard(re.compile(r"\bmay\b"), "may")
_RELATIVE_PRONOUNS = frozenset(
    (
        "which",
        "who",
        "whom",
        "whose",
        "qui",
        "dont",
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
        "auquel",
        "duquel",
    )
)
_COORDINATOR = re.compile(r"\b(?:and|or|et|ou)\b")
#: A preposition before the pronoun ("in which case the process may", "by which time the firm may"): the clause's subject
#: comes after the pronoun, which is never that subject.
_EN_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|within|in|into|on|onto|by|under|from|at|for|through|during|of|with|over|against|upon|after|before|via)\s+$"
)
#: The verb of a relative clause whose pronoun is its subject, in the present, which no auxiliary marks: the word right
#: after the pronoun, where an article, "to", "from" or "not" follows it ("a judgment … which orders a payment …", "gains
#: or losses which result from applying …", "organisations which do not pursue …", "institutions which start to apply …");
#: a noun there is the subject of an object relative, and a noun follows it ("which competent authorities may impose").
#: So too a verb coordinated with another before the article ("bodies which supervise or enforce the rules"), and a
#: past tense right before a preposition ("providers which operated in the Union"), which no noun of a subject is.
_EN_SUBJECT_VERB = re.compile(
    r"\s+(?!(?:the|a|an|its|their|his|her|it|they|he|she|we|you|this|that|these|those|such|any|in|on|at|by|for|of|to"
    r"|with|under|from|as|also|only|not|no)\b)(?:[a-z]+\s+(?:(?:or|and)\s+[a-z]+\s+)?(?:a|an|the|its|their|his|her|any|such"
    r"|this|these|those|to|from|not)\b|[a-z]+ed\s+(?:in|on|at|by|for|within|under|with|into|during|through)\b)"
)
#: The finite verbs that show a clause has its own verb: auxiliaries and modals, which no noun spells alike.
_EN_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|had|shall|must|may|can|cannot|will|would|should|could|does|did)\b"
    # ("which have been certified", "from which the assets have been transferred": the plural present, not the
    # infinitive after "to")
    r"|(?<!\bto )\b(?:have|do)\b"
)
#: A "that" after a relative's auxiliary, which may open a clause of its own around a modal (see described).
_THAT = re.compile(r"\bthat\b")
#: A subject pronoun right before a modal, after at least two words of a condition opened before it ("when a payment
#: institution intends to … through an agent it may"): not after a word that opens a clause of its own or joins one
#: ("that it may", "and it may"), nor after a preposition ("in which it may").
_CLOSED_BY_PRONOUN = re.compile(
    r"\s+\S+\s+(?!(?:that|which|who|whom|whose|where|when|if|whether|because|since|as|so|than|and|or|but|unless|until"
    r"|before|after|once|while|to|of|in|on|at|by|for|with|from|into|upon|under|within|is|are|was|were|be|been|has|have"
    r"|had|not)\s)[a-z]+\s+(?:it|they|he|she)\s+$"
)
#: A condition reduced to a gerund and its object ("When issuing such allowances the registry administrator shall"):
#: it has no subject of its own, so a modal after a new noun phrase opened by a determiner is the main clause's.  Not a
#: gerund that is itself the subject, followed by a preposition or a verb ("where trading in the instrument may").
_REDUCED_CONDITION = re.compile(
    r"\s+(?:\w+ly\s+)?[a-z]{3,}ing\s+(?!(?:in|of|on|at|by|for|with|from|to|into|under|and|or|is|are|was|were|has|have|may"
    r"|shall|must|can|could|will|would|should)\b)[^,;:()]*?\s(?:the|an?|such|each|every|its|their|this|these|those)\s+"
    r"[^,;:()]*$"
)
#: The verb of a relative clause whose subject is a personal pronoun ("on which they began providing services", "to
#: which it applies"): the word right after that subject.
_EN_PRONOUN_VERB = re.compile(
    r"\b(?:it|they|he|she|we)\s+(?:\w+ly\s+)?(?!(?:also|therefore|then|thus|only|still|further|not|no|and|or|to)\b)[a-z]+\b"
)
_FR_FINITE = re.compile(
    r"\b(?:est|sont|etait|etaient|a|ont|avait|avaient|sera|seront|peut|peuvent|doit|doivent|pourra|pourront|devra"
    r"|devront)\b"
)
_UNTIL_BEFORE = re.compile(r"\buntil\b[^.;:]*$")
#: « tant que », « aussi longtemps que » ("as long as"; not « en tant que », "as"), which says "until" with a negation.
FR_AS_LONG_AS = r"(?<!\ben )\b(?:tant|aussi longtemps) qu(?:e\b|')"
_UNTIL_FR = re.compile(FR_AS_LONG_AS + r"[^.;:]*$")
_AS_LONG_AS = re.compile(FR_AS_LONG_AS)
#: A relative pronoun, which opens a clause of its own inside a « tant que » clause (« tant que l'autorité, qui est
#: saisie, n'a pas statué »): a verb after it is not the « tant que » clause's own.
_FR_RELATIVE = re.compile(r"\b(?:qui|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles)\b")


def _after_until_clause(folded: str, start: int, neg: int) -> bool:
    """Whether a negation at ``neg`` stands after a « tant que » clause (starting at ``start``) that says
    its own finite verb and closes at a comma: « tant que l'enquête est en cours, l'infraction … ne cause pas », « aussi
    longtemps que l'émetteur est en mesure de …, il n'est pas tenu ». French puts the « tant que » clause first and
    closes it by a comma; the negation after that comma negates the main clause, not the « tant que » one."""
    words = _AS_LONG_AS.match(folded, start)
    comma = folded.rfind(",", start, neg)
    if words is None or comma < words.end():
        return False
    clause = folded[words.end() : comma]
    # (« a » is also the folded « à », which no clause's verb is told from here: only the verbs that no other word spells)
    verb = next((v for v in _FR_FINITE.finditer(clause) if v.group(0) != "a"), None)
    return verb is not None and _FR_RELATIVE.search(clause, 0, verb.start()) is None


#: An indirect question: « si » after a verb of examining or asking (« vérifier si », « évalue en outre périodiquement
#: si », « la question de savoir si »), the « si » of a question, not of a condition; and the « si » of any item of a
#: series of questions (« évaluer si …, s'il existe … et si … »), not « si tel est le cas ».
_QUESTION_FR = re.compile(
    r"\b(?:verifi|examin|evalu|apprec|determin|control|analys|etudi|savoir|demand)\w*"
    r"(?: (?!meme\b|sauf\b|comme\b|alors\b)[\w'-]+){0,3},? s(?:i\b|'ils?\b)"
)
_SI_FR = re.compile(r"\bs(?:i\b|'ils?\b)(?! (?:tel|cela|ce|c'|besoin|necessaire|possible)\b)")
#: (« et, si … , » opens a condition inserted after the question, not its next item)
_SERIES_BEFORE_FR = re.compile(r"(?:\b(?:et|ou)|(?<!\bet)(?<!\bou),)\s*$")
#: A verb said (an auxiliary, a modal, a reflexive), outside a negation: the clause of the question has its verb.
_FR_VERB_SAID = re.compile(
    r"\b(?:est|sont|etait|etaient|ont|avait|avaient|sera|seront|serait|seraient|soit|soient|peut|peuvent|doit|doivent"
    r"|pourra|pourront|devra|devront|devrait|devraient)\b|\bs(?:e\b|'(?!ils?\b))\s*[a-z]"
)
_RELATIVE_BEFORE_FR = re.compile(r"\b(?:qui|que|qu'|dont|lequel|laquelle|lesquels|lesquelles)\s*$")
#: The conjunctions after which French puts an expletive « ne » (« avant que », « à moins que », « de peur que »).
_EXPLETIVE_CONJ = "avant|moins|sans|peur|crainte"
_EXPLETIVE_AFTER = re.compile(rf"\b(?:{_EXPLETIVE_CONJ}) qu(?:e\b|')[^.;:]*$")
#: The same conjunction, with no « ne » after it yet: a « ne … que » after the conjunction's own expletive « ne » is that
#: of another clause (« avant qu'elle n'atteigne un point où elles n'auront d'autre choix que d'entamer », "before it
#: reaches a point at which authorities have no other alternative than to resolve it": a restriction of the relative).
_EXPLETIVE_FIRST_NE = re.compile(rf"\b(?:{_EXPLETIVE_CONJ}) qu(?:e\b|')(?:(?!\bne\b|\bn')[^.;:])*$")
#: The clause of a conjunction that takes the expletive « ne » (« à moins que », « avant que », « éviter que »), up to a
#: bare « ne » of a modal in it: no comma that opens a main clause (« …, les États membres ne peuvent ») between.
_EXPLETIVE_CLAUSE = re.compile(
    rf"\b(?P<conj>{_EXPLETIVE_CONJ}|eviter|empecher) qu(?:e\b|')"
    r"(?:(?!,\s*(?:le|la|les|l'|il|elle|ils|elles|ce|cet|cette|ces|un|une|aucune?|nulle?|chaque|toute?s?|celui|celle|ceux)\b)"
    r"[^.;:]){0,250}$"
)
#: A bare « ne » of a modal (« ne doivent », « ne puisse »), no « pas »: after such a conjunction, expletive.
_BARE_MODAL_NE = guard(
    re.compile(
        r"(?:ne\b|n')\s*(?:peut|peuvent|puisse|puissent|doit|doivent|doive|pourra|pourront|pourrait|pourraient"
        r"|devrait|devraient)\b(?!\s+(?:pas|plus|jamais|rien|guere|point)\b)"
    ),
    *covering(
        "peut peuvent puisse puissent doit doivent doive pourra pourront pourrait pourraient devrait devraient".split()
    ),
)
#: A that-clause after a noun of possibility ("the possibility that", "the risk that"): it describes.
_POSSIBILITY_THAT = re.compile(r"\b(?:possibility|risk|likelihood|probability|chance|fact) that\b[^.;:]*$")
#: "as" before an indefinite article ("qualification as a shareholder", "drawn up as a single document": the
#: preposition of a role), a past participle ("products as listed in Annex VII": a clause cut short to its participle)
#: or a word a comma closes ("as appropriate,"): no clause with a subject and a verb of its own opens there, and a
#: modal after it is the verb of the main clause.
_AS_NO_CLAUSE = re.compile(r"\s+(?:an?|[a-z]+ed|[a-z]+(?=,))\b")
_AS_CLAUSE_END = re.compile(
    r"(?:[\w-]+\s*){0,3}(?:[,;.)]|$)|(?:\w+ly\s+)?(?:be|decide|determine|require|need|deem|consider|specify|prescribe|establish"
    r"|think|see fit|agree|request|wish|choose|direct|provide)\b"
)
_RELATIVE = re.compile(r"\b(?:which|that|who|whom|qui|dont|lequel|laquelle|lesquels|lesquelles)\b")
# « ne sont pas transférées lorsqu'au moins 80 % … », « ne comporte aucun point nouveau et qu'au moins dix jours »:
# nor does a negation turn a bound in a clause of its own that a conjunction opens between them.
# (Such a bound is left uncompared, as one far from the negation of its clause is.)
_CLAUSE_OPENER = re.compile(r"\b(?:lorsqu(?:e\b|')|qu(?:e\b|')|(?:quand|si|where|when|if|whether|unless)\b)")
#: A conjunction that opens a condition or a time ("where", "if", « lorsque », « si »): a negation before it in the sentence
#: negates the main clause, and turns no bound of the condition ("shall not apply where the sub-installation does not
#: contribute to more than 20 %" / « ne s'applique pas lorsque la sous-installation ne contribue pas à plus de 20 % »).
#: (Not an exception, "unless", « à moins que », « sauf si »: the other language may say the negation and its exception
#: as one restriction, « ne … que si », "only if", which a bound of the exception answers.)
_CONDITION_OPENER = re.compile(r"\b(?:where|when|if|lorsqu(?:e\b|')|quand\b|(?<!sauf )si\b)")
_RELATIVE_VERB = re.compile(r"\b(?:that|which|qui) (?:is |are |est |sont )?$")
_SANS_VERB = re.compile(
    r"\bsans (?:(?:toutefois|pour autant|cependant|jamais|meme) )?(?:(?:les?|la|en|y|se) |l'|s')?"
    r"(?:qu(?:e\b|')|(?!autre\b|discontinuer\b)[a-z]+(?:er|ir|re|oir)\b)"
)
_FR_OWN_NEGATION = re.compile(r"(?:ne\b|n'|pas\b|non\b|sans\b)")


def _in_question_fr(folded: str, s: Span, negation: list[Span]) -> bool:
    """Say whether French negation ``s`` is the verb of an indirect question (« vérifier si … ne … pas »): the nearest
    « si » before it in its sentence opens a question, after a verb of examining or in a series of questions that
    one opens, and no other negation stands between them but one of a relative clause (« qui ne sont pas agréées »)."""
    start = max(folded.rfind(c, 0, s[0]) for c in ".;:") + 1
    if _RELATIVE_BEFORE_FR.search(folded, max(start, s[0] - 12), s[0]):
        return False  # the verb of a relative clause inside the question
    si = [m for m in _SI_FR.finditer(folded, max(start, s[0] - 250), s[0])]
    if not si:
        return False
    last = si[-1]
    if any(
        not any(t[0] <= v.start() < t[1] for t in negation)
        for v in _FR_VERB_SAID.finditer(folded, last.end(), s[0])
    ):
        # « L'évaluation visant à déterminer si des travailleurs se trouvent dans une situation comparable ne se limite
        # pas »: the question has said its own verb; the negation is of the sentence around it.
        return False
    opener = next(
        (
            q
            for q in _QUESTION_FR.finditer(folded, start, last.end())
            if q.end() == last.end()
            or _SERIES_BEFORE_FR.search(folded, max(start, last.start() - 6), last.start())
        ),
        None,
    )
    return opener is not None and not any(
        opener.start() <= t[0] < s[0] and not _RELATIVE_BEFORE_FR.search(folded, max(start, t[0] - 12), t[0])
        for t in negation
    )


#: The words of a comparison, in a negation that says it ("not more restrictive than", « pas supérieures aux »).
_COMPARED = re.compile(
    r"\b(?:plus|moins|davantage|more|less|fewer|greater|higher|lower|longer|shorter|later|earlier|sooner|wider|broader"
    r"|worse|better|beyond|au-dela|exceed\w*|depass\w*|exced\w*|inferieur\w*|superieur\w*|anterieur\w*|posterieur\w*)\b"
)


def _flip(
    bounds: list[Span], negation: list[Span], folded: str, lang: Lang
) -> tuple[list[bool], set[Span], list[Span]]:
    """Say, for each bound, whether a negation shortly before it in its clause turns it round
    (« ne devrait pas dépasser », « sans que leur nombre puisse être inférieur »); return also the
    negations so used (they say the bound, not a negation of the clause) and the bounds left unturned
    with a negation further back in their clause ("does not deviate from the price … by more than")."""
    out, used, far = [], set(), []
    for a, b in bounds:
        # A sentence ends the clause too ("… shall not apply. For such accounts at least one person …").
        start = max(max(folded.rfind(c, 0, a) for c in ",;:"), folded.rfind(". ", 0, a)) + 1
        # The negation governs the bound only with no relative clause between them ("do not enter into a
        # transaction which meets at least one criterion" keeps its minimum).  An aside between commas may
        # stand between them (« n'investissent pas, de manière agrégée, plus de »).
        negs = [
            s
            for s in negation
            if max(start, a - 30) <= s[1] <= a or (a - 45 <= s[1] <= a and folded.count(",", s[1], a) == 2)
            if not _RELATIVE.search(folded, s[1], a) and not _CLAUSE_OPENER.search(folded, s[1], a)
        ]
        # « sans que leur nombre puisse être inférieur », « sans toutefois pouvoir excéder »: « sans » turns a bound
        # when it governs a verb; « sans interruption depuis au moins », « les dépôts sans échéance représente
        # moins de » negate a noun, and « sans appliquer la directive ne dépasse pas » a verb before the bound's own.
        sans = (
            lang is Lang.FR
            and _SANS_VERB.search(folded, max(start, a - 45), b)
            is not None  # the verb may be the bound's own
            and not _FR_OWN_NEGATION.match(folded, a)
        )
        if lang is Lang.EN and _LATE_BOUND.match(folded, a):
            negs = [s for s in negs if not _PASSIVE_GAP.fullmatch(folded, s[1], a)]  # (see _EN_NOT_LATE)
        out.append(bool(negs) or sans)
        used.update(negs)
        clause = max(folded.rfind(c, 0, a) for c in ".;:") + 1
        if (
            not negs
            and not sans
            and any(
                clause <= s[1] <= a
                and not _RELATIVE.search(folded, s[1], a)
                and not _CONDITION_OPENER.search(folded, s[1], a)
                for s in negation
            )
        ) or (
            # "does not encourage risk-taking that exceeds the level" / « n'encourage pas une prise de risque
            # excédant le niveau »: a bound that is the verb of a relative clause is said as well by a participle,
            # which the negation before it may turn; either reading may face the other language's.
            not negs
            and _RELATIVE_VERB.search(folded, max(0, a - 14), a)
            and any(max(start, a - 60) <= s[1] <= a for s in negation)
        ):
            far.append((a, b))
    return out, used, far


#: A French comparative just before « ou plus » (« plus bref ou plus long »).
_FR_COMPARATIVE_BEFORE = re.compile(r"\bplus [a-z-]+,? $")


#: The French acronym NI (« notations internes »), in a sentence in lower case: after a lower-case word, or in brackets.
_NI_ACRONYM = re.compile(r"(?<=[a-zà-öø-ÿ] )NI\b|(?<=\()NI(?=\))")


#: "areas where there are no 4G and no 5G mobile networks" / « où il n'existe pas de réseau mobile 4G ni 5G »: _EN_NEG
#: reads no "no" before a digit, the abbreviation of a number ("No 575/2013", "group No 1c", "scope no 98"), whose
#: letters are a lower-case suffix; before a word of digits and capitals ("4G", "3D"), a name, a lower-case "no" is the
#: determiner, a negation (read in the original text, which keeps the capitals; "Protocol No 2A" keeps its number).
_NO_BEFORE_NAME = re.compile(r"\bno\s+\d+[A-Z]+\b")


def _acronym(text: str, start: int, end: int) -> bool:
    """Say whether ``text[start:end]`` is initials in capitals in running text ("with the UNFCCC secretariat", "UNESCO
    and the Member States"): capitals where the words around it are in lower case (a heading in capitals, "UNLAWFUL
    ACTS", shouts a word)."""
    word = text[start:end]
    return word.isupper() and any(
        c.islower() for c in text[max(0, start - 30) : start] + text[end : end + 30]
    )


def profile(folded: str, lang: Lang, text: str | None = None) -> Profile:
    """Return every marker of ``folded`` (folded text: lower case, no accents); ``text`` is the original,
    which tells "May" the month from "may" and « où » from « ou »."""
    text = folded if text is None else text
    permit_rx, soft_rx, oblige_rx, soft_oblige_rx, recommend_rx, prohibit_rx, neg_rx = _RX[lang]
    if lang is Lang.FR and "NI" in text and len(text) == len(folded):
        # « l'approche NI » (notations internes, "the IRB Approach"): an acronym, never « ni »; blanked, so that a
        # negation right after it (« l'approche NI ne reviennent pas ») is read whole.
        for m in _NI_ACRONYM.finditer(text):
            folded = folded[: m.start()] + "__" + folded[m.end() :]
    if lang is Lang.EN:
        not_neg = match_spans(_EN_NOT_NEG, folded)
        weak_rx, lower_rx, upper_rx = _EN_WEAK, _EN_LOWER, _EN_UPPER
        not_soft = match_spans(_EN_NOT_SOFT, folded)
    else:
        # (« à moins qu'il ne ressorte clairement … que le montant », « à moins que les actes n'excèdent les pouvoirs que
        # la loi »: the expletive « ne » of a conjunction, then the « que » of a clause or of a relative; no « ne … que »)
        restrict_ne = [
            s
            for s in match_spans(_FR_RESTRICT_NE, folded)
            if _EXPLETIVE_FIRST_NE.search(folded, max(0, s[0] - 100), s[0]) is None
        ]
        not_neg = match_spans(_FR_NOT_NEG, folded) + restrict_ne
        weak_rx, lower_rx, upper_rx = _FR_WEAK, _FR_LOWER, _FR_UPPER
        not_soft = []
    raw_prohibit, raw_negation = match_spans(prohibit_rx, folded), match_spans(neg_rx, folded)
    if lang is Lang.FR:
        # (the bare « ne » of « pouvoir », « ne puissent » / "not", is a negation, not after a word of fear or in a
        # comparison; a « ne … que » of it is a restriction, not_neg)
        bare_can = [
            s
            for s in match_spans(_FR_BARE_CAN, folded)
            if _FR_BARE_CAN_EXPLETIVE.search(folded, max(0, s[0] - 250), s[0]) is None
        ]
        if bare_can:
            raw_negation = _outermost(raw_negation + bare_can)
        # « sans aucune marge d'appréciation … ne devraient pas être considérés », « sans exercer aucune autre activité …
        # ne devraient pas » ("without any margin … should not be regarded"): after « sans » (no « que »), « aucun »
        # agrees with « sans » ("without any"), in a phrase with no verb of its own (_FR_NOT_NEG); the « ne » after that
        # phrase is the main verb's, a negation of its own (read as the « ne » of « aucun … ne », it was masked with
        # « aucun »).
        for a, b in not_neg:
            if not folded.startswith("sans ", a) or folded.startswith("sans qu", a):
                continue
            for _x, y in [n for n in raw_negation if a <= n[0] < b < n[1]]:
                if folded.endswith(("ne", "n'"), 0, y) and (m := neg_rx.match(folded, y - 2)) is not None:
                    raw_negation.append(m.span())
                    raw_prohibit += [pm.span() for pm in [prohibit_rx.match(folded, y - 2)] if pm is not None]
    if lang is Lang.EN and len(text) == len(folded) and _NO_BEFORE_NAME.search(text):
        raw_negation += [(m.start(), m.start() + 2) for m in _NO_BEFORE_NAME.finditer(text)]
    prohibit = _outside(raw_prohibit, not_neg)
    negation = _outermost(_outside(raw_negation, not_neg) + prohibit)
    # "for no longer than necessary", « ne dépassent pas », « n'est pas inférieur au »: a negation that is the wording
    # of a comparison; the other language may say the same comparison with a negation of its own verb ("should not
    # retain … longer than", "not outweighing", "shall not be below").
    compared = [
        s
        for s in _outermost(raw_negation + raw_prohibit)
        if any(a <= s[0] < b and _COMPARED.search(folded, a, b) for a, b in not_neg)
    ]
    # A saving said by a negated verb ("shall not affect X, nor Y", "do not affect X nor Y") is a negative expression
    # that a "nor" after it carries on, as a « ni » carries on « ne porte pas atteinte à X ni à Y ».
    negative = [
        s
        for s in not_neg
        if _NEGATIVE_START.match(folded, s[0]) or (lang is Lang.EN and _SAVING_VERB[lang].match(folded, s[0]))
    ]
    if lang is Lang.FR:
        negative += match_spans(_FR_NEGATIVE_QUANTITY, folded)
    going_on = [_continues(folded, negation, i, lang, negative) for i in range(len(negation))]
    # « sans pénalité ni obligation de justification » / "without penalty and with no obligation", « sans
    # discrimination ni retard » / "without discrimination and without delay": a « ni » that carries on « sans » says
    # its "without" again; English may say it again too ("and with no", "and without"), which it answers (it needs no
    # answer: English says "without X or Y" as often).  Only within the phrase of « sans » (no comma between): « ne
    # devrait pas s'appliquer aux transferts effectués sans l'intervention d'un prestataire, ni aux cas où » carries
    # on the « ne … pas » of the verb, and says nothing where that one is dropped.
    # So does a « ne pas » joined by « et » or « ou » to the phrase of « éviter »: « pour éviter la fragmentation et ne
    # pas compromettre la mise en place » / "to avoid fragmentation and jeopardising the setting-up", « de manière à
    # éviter le transfert des obligations … et à ne pas entraîner la nullité » / "in a way that avoids the transfer …
    # and automatically rendering the contract void": English says "avoid" once for both, French says its "not" again.
    carried = [
        (s[0], s[1], "without")
        for s, goes in zip(negation, going_on, strict=True)
        if goes is None
        and folded[s[0] : s[1]] == "ni"
        and _SANS_PHRASE.search(folded, max(folded.rfind(c, 0, s[0]) for c in ".;:") + 1, s[0])
    ]
    if lang is Lang.FR:
        carried += [
            (s[0], s[1], "avoid")
            for s, goes in zip(negation, going_on, strict=True)
            if goes is False
            and folded[s[0] : s[1]] == "ne pas"
            and _AVOID_AND.search(folded, max(0, s[0] - 160), s[0])
        ]
    cont = [s for s, c in zip(negation, going_on, strict=True) if c]
    negation = [
        s for s, c in zip(negation, going_on, strict=True) if c is False and (*s, "avoid") not in carried
    ]
    if lang is Lang.FR:
        # « … ni n'exige » with no negation before it in its sentence: « ni » carries on a negation, so
        # one has been left out (« ne met pas en cause … ni n'exige »); it counts for the two.
        negation += [
            s
            for s in negation
            if re.fullmatch(r"ni (?:ne|n')", folded[s[0] : s[1]])
            and folded[max(folded.rfind(c, 0, s[0]) for c in ".;:") + 1 : s[0]].strip()
            and not any(t[0] < s[0] and t[0] > max(folded.rfind(c, 0, s[0]) for c in ".;:") for t in negation)
        ]
        negation.sort()
    # "and not in those of the provider" / « et non dans ceux du membre »: a contrast without a verb, which
    # either language may leave out; it answers a negation but needs no answer.
    contrast = [
        s
        for s in negation
        if re.match(r"(?:and|but|or|et|mais|ou) ", folded[s[0] : s[1]])
        or (
            folded[s[0] : s[1]] == "not"
            and re.search(r"\b(?:and|but|or)\s+$", folded[max(0, s[0] - 5) : s[0]])
            and re.match(
                r"\s+(?:to|in|on|for|at|by|with|from|as|the|a|an|merely|only|necessarily|just|simply|otherwise)\b",
                folded[s[1] :],
            )
        )
    ]
    questions: list[Span] = []
    if lang is Lang.EN:
        # "shall not:" — French says the negation of a lead-in in each of its items (« a) ne contredisent pas »).
        contrast += [s for s in negation if s not in contrast and re.match(r"\s*:\s*$", folded[s[1] :])]
    if lang is Lang.EN:
        # "until the reasons for refusal … are no longer present" / « tant que les motifs de refus … subsistent », "until
        # the competent authority determines that the situation … no longer subsists" / « jusqu'à ce que l'autorité
        # compétente constate que la situation … a été réglée »: English says the end of a state by "until" and "no
        # longer", French its duration positively; the mirror of « tant que … ne … pas » below.
        contrast += [
            s
            for s in negation
            if folded.startswith("no longer", s[0]) and _UNTIL_BEFORE.search(folded, max(0, s[0] - 200), s[0])
        ]
    if lang is Lang.FR:
        # « aussi longtemps que … n'ont pas », « tant que … ne … pas »: French says "until" with a negation.
        contrast += [
            s
            for s in negation
            if s not in contrast
            and (until := _UNTIL_FR.search(folded, max(0, s[0] - 250), s[0])) is not None
            # the verb of the « tant que » clause: the first negation after it, not one of the main clause
            and not any(until.start() <= t[0] < s[0] for t in negation)
            and not _after_until_clause(folded, until.start(), s[0])
        ]
        # « à moins que les actes ne doivent être signifiés », « à moins qu'un tel exposé ne puisse être fourni », « pour
        # éviter que les assujettis … ne doivent être identifiés »: the bare « ne » of a modal in the clause of a conjunction
        # that takes the expletive « ne » is expletive after « doivent » ("unless the documents are to be served") and
        # may be either after « puisse » ("unless it can prove", "unless such a statement cannot be provided"): it
        # answers a negation of the other side but needs no answer.
        expletive_modal = [
            (m.start(), m.end())
            for m in _BARE_MODAL_NE.finditer(folded)
            if (clause := _EXPLETIVE_CLAUSE.search(folded, max(0, m.start() - 280), m.start())) is not None
            and (clause.group("conj") not in ("eviter", "empecher") or _inside(m.start(), negation))
            and not _inside(m.start(), contrast)
            and not any(t[0] < m.start() < t[1] for t in not_neg)
        ]
        contrast += [s for s in negation if any(s[0] == e[0] for e in expletive_modal)]
        contrast += [e for e in expletive_modal if not _inside(e[0], negation)]
        # « vérifier si la taille … n'a pas été déterminée », « évaluer … si le financement … ne risque pas de détourner »
        # / "examine whether the size has been determined", "assess … whether the funding … would divert": a negation of
        # an indirect question asks the same question as its positive (which answer the text fears is the reader's to
        # weigh); it answers a negation but needs no answer. (The verb it negates, « ne contreviennent pas », is no bare
        # word of its meaning, as the verb of any negation is not.)
        questions = [s for s in negation if s not in contrast and _in_question_fr(folded, s, negation)]
        contrast += questions
    negation = [s for s in negation if s not in contrast]
    months = (
        [
            (m.start(), m.end())
            for m in _MAY.finditer(folded)
            if text[m.start()] == "M" and not re.search(r"(?:^|[.;:)]\s*)$", text[: m.start()])
        ]
        if lang is Lang.EN
        else []
    )
    permit, sub_permit = [], []
    for s in _outside(match_spans(permit_rx, folded), prohibit + months):
        if text[s[0]] == "\u00e0":
            # « ne porte pas atteinte à la faculté de », « recourent à la possibilité de »: the preposition « à », which
            # folding spells as the verb « a » (« a la faculté de »); the noun is a possibility, granted by nothing.
            continue
        modal = folded[s[0] : s[1]] in _MODAL_WORDS or folded.startswith("il est", s[0])
        # "may establish … and may provide" / « peut mettre en place … et prévoir »: a modal repeated on a
        # coordinated verb carries on the first, which either language may leave unsaid.
        repeated = (
            (
                modal
                and bool(permit)
                and (
                    _REPEATED_MODAL.search(folded, max(0, s[0] - 45), s[0]) is not None
                    # "only a net claim can be demanded or a net obligation be owed" / « … ou une obligation peut être due »
                    or (
                        folded[s[0] : s[1]] == folded[permit[-1][0] : permit[-1][1]]
                        and _REPEATED_SUBJECT.search(folded, max(permit[-1][1], s[0] - 40), s[0]) is not None
                    )
                )
            )
            or (
                # "shall have the power to impose …, or shall have the power to propose" / « est habilitée à infliger … ou
                # à proposer »: a permission said again, word for word, for a coordinated verb carries on the first.
                bool(permit)
                and folded[s[0] : s[1]] == folded[permit[-1][0] : permit[-1][1]]
                and _REPEATED_MODAL.search(folded, max(0, s[0] - 45), s[0]) is not None
            )
        )
        # « peut être considérée comme », « peut être qualifiée de »: whether it counts as such, not a power.
        # « dont on peut objectivement mesurer », « si l'on peut raisonnablement s'attendre »: the impersonal « on »,
        # what English says by a passive ("are objectively measurable", "can be reasonably expected"); a possibility
        # described, granted to no one.
        # « sur laquelle elles sont autorisées à soumettre », « dont les parties sont habilitées à procéder »: a French
        # permission said by a participle or a noun (not a modal) in a relative clause describes as a modal there does.
        in_clause = (modal or lang is Lang.FR) and (
            described(folded, text, s[0], lang)
            or _CLASSIFIED.match(folded, s[1])
            or (
                lang is Lang.EN
                and _EXTRAPOSED_IT.search(folded, max(0, s[0] - 4), s[0]) is not None
                and _EXTRAPOSED_ADJ.match(folded, s[1]) is not None
            )
            or (lang is Lang.FR and _IMPERSONAL_ON.search(folded, max(0, s[0] - 8), s[0]) is not None)
            or (lang is Lang.FR and _AS_MAY_BE_FR.search(folded, max(0, s[0] - 12), s[0]) is not None)
        )
        (sub_permit if in_clause or repeated else permit).append(s)
    # « pouvant être fournie », « qu'ils puissent », "could", "might": a possibility described, never granted.
    sub_permit = sorted(sub_permit + _outside(match_spans(_SUB_MODAL[lang], folded), prohibit + negation))
    oblige = _outside(match_spans(oblige_rx, folded), prohibit)
    if lang is Lang.FR:
        # « Il se peut, par exemple, que les entretiens doivent être organisés » for "interviews may require secure
        # facilities", « il est possible que les établissements doivent suivre » for "may have to undertake": a duty
        # in the clause of a possibility stated is what may happen, not a duty imposed (it stays a soft one).
        oblige = [s for s in oblige if _FR_EPISTEMIC.search(folded, max(0, s[0] - 260), s[0]) is None]

    def weak() -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        for m in weak_rx.finditer(folded):
            if _inside(m.start(), negation + cont + questions):
                continue
            if (
                found
                and found[-1][2] == m.lastgroup != "negadj"
                and re.fullmatch(r"\s+(?:\w+\s+)?", folded[found[-1][1] : m.start()])
            ):
                continue  # « interdiction générale prohibant »: one meaning said twice
            group = m.lastgroup or ""
            if group == "otherwise" and _REASONS_BEFORE[lang].search(
                folded, max(0, m.start() - 90), m.start()
            ):
                # "has not adopted a decision, it shall inform … of its reasons for not doing so" / « n'a pas adopté …
                # des motifs de son inaction »: the reasons of a negation said before in the sentence (see _continues);
                # no "otherwise" of its own.
                opening = max(folded.rfind(c, 0, m.start()) for c in ".;:") + 1
                if any(opening <= x < m.start() for x, _y in negation + cont):
                    continue
            if group == "negadj" and _acronym(text, m.start(), m.end()):
                continue  # "UNFCCC", "UNESCO": initials in capitals, not "un-" and a word
            if (
                group == "exempt"
                and lang is Lang.FR
                and _FREE_OF.match(folded, m.start())
                and text[m.start() + 6] not in "éÉ"
            ):
                group = "without"  # « exempt d'erreur »: the adjective "free from", not the participle « exempté »
            found.append((m.start(), m.end(), group))
        found += [(a, b, "contrast") for a, b in contrast]
        if lang is Lang.FR:
            # « n'est accordé que pour »: placed at its « que », where English puts "only".
            found += [(folded.rfind("qu", a, b), b, "restrict") for a, b in restrict_ne]
            found += carried
            # The expletive « ne » (« éviter que le marché ne soit affecté ») says "not" to an English reader;
            # after « avant que », « à moins que », « sans que » it says nothing the conjunction does not.
            taken = negation + cont + restrict_ne + not_neg + contrast
            found += [
                (a, a + 2, "expletive")
                for a, _b in match_spans(_FR_BARE_NE, folded)
                if not _inside(a, taken) and _EXPLETIVE_AFTER.search(folded, max(0, a - 100), a) is None
            ]
        return sorted(found)

    lower, upper = match_spans(lower_rx, folded), match_spans(upper_rx, folded)
    if lang is Lang.FR:
        # « un délai plus bref ou plus long que six mois »: « ou plus » after a comparative says a second one,
        # "shorter or longer", no "or more" (a bound).
        lower = [
            s
            for s in lower
            if not (
                folded.startswith("ou plus", s[0])
                and _FR_COMPARATIVE_BEFORE.search(folded, max(0, s[0] - 40), s[0])
            )
        ]
    lower, upper = _outside(lower, upper), _outside(upper, lower)
    bounds = [(a, b, "lower") for a, b in lower] + [(a, b, "upper") for a, b in upper]
    flips, used, far = _flip([(a, b) for a, b, _k in bounds], negation, folded, lang)
    bounds = [
        (a, b, ("upper" if kind == "lower" else "lower") if flip else kind)
        for (a, b, kind), flip in zip(bounds, flips, strict=True)
    ]
    # "An MMF may, in aggregate, invest no more than 17,5 %", « des amendes pouvant s'élever jusqu'à »: a modal whose
    # verb sets a maximum says that maximum, which the other language says with no modal (« n'investissent pas plus
    # de », "fines up to"); the bound is compared, the modal neither grants anything nor needs an answer.
    maxima = [a for a, _b, k in bounds if k == "upper"]
    capped = {s for s in (permit + sub_permit if maxima else []) if _capping(folded, s, maxima, lang)}
    # "shall be extended … at the initiative of" / « peut être prolongé … à l'initiative de »: see _INITIATIVE.
    chosen = {
        s
        for s in (permit + sub_permit if "initiative" in folded else [])
        if folded[s[0] : s[1]] in _MODAL_WORDS and _at_initiative(folded, s, lang)
    }
    if capped or chosen:
        permit = [s for s in permit if s not in capped and s not in chosen]
        sub_permit = [s for s in sub_permit if s not in capped and s not in chosen]
    # « ne peut intervenir dans un délai inférieur à trois mois »: the negation says the bound ("no sooner
    # than"), as "not less than" does; it answers a negation of the other side but needs no answer.
    # "shall not fall below", « ne peuvent exercer plus de deux mandats »: a negation inside a bound is the
    # bound's own wording ("at least", "a maximum of"); the bound is compared, the negation needs no answer.
    # « aucun prêt … ne dépassant 50 000 EUR » / "each loan does not exceed EUR 50 000": a negative subject whose « ne »
    # is that of the bound's verb words the bound as well.
    used |= {
        s
        for s in negation
        if any(
            a <= s[0] < b or (a < s[1] <= b and lang is Lang.FR and _NEGATIVE_SUBJECT.match(folded, s[0]))
            for a, b, _k in bounds
        )
    }
    bounding = [s for s in negation if s in used]
    cont = sorted(cont + bounding)
    negation = [s for s in negation if s not in used]
    # "would not breach", « n'enfreint pas »: a litotes, which the other language may say positively
    # (« respecte »); it needs an answer only where the other language has a word of that meaning.
    litotes = {}
    for a, b in negation:
        at = _NEGATED_VERB[lang].match(folded, b if lang is Lang.EN else a)
        m = weak_rx.match(folded, at.end()) if at else None
        if lang is Lang.FR and not (m and m.lastgroup in _NEGATED_GROUPS):
            # « ne soit pas disproportionnée »: the negative adjective follows the negation, "is proportionate"; so
            # does the participle of a prohibition, « il n'est pas interdit de » ("shall not be prevented from").
            at = _COPULA_FR.match(folded, b)
            m = weak_rx.match(folded, at.end()) if at else None
            m = m if m and m.lastgroup in ("negadj", "prohibit") else None
        if m and m.lastgroup in _NEGATED_GROUPS:
            litotes[(a, b)] = m.lastgroup
    # What a negation means, when the other language may say it by a word anywhere in the sentence: "shall not be
    # required to" / « il y a lieu d'exempter » (an exemption), "are not altered" / « est sans incidence sur » (a
    # saving), "There shall be no discrimination" / « Toute discrimination est interdite » (a negative subject or
    # object, said by a prohibition or an exclusion).
    meaning: dict[Span, tuple[str, ...]] = {}
    for a, b in negation:
        if _NEG_EXEMPT[lang].match(folded, b) or (lang is Lang.EN and folded.endswith("need ", 0, a)):
            meaning[(a, b)] = ("exempt",)
        elif _NEG_SAVING[lang].match(folded, b):
            meaning[(a, b)] = ("saving", "without")
        elif _NEG_PENDING[lang].match(folded, b):
            meaning[(a, b)] = ("ongoing",)
        elif lang is Lang.EN and _NOT_WELL.match(folded, b):
            meaning[(a, b)] = ("poor",)
        elif lang is Lang.FR and _NOT_REACHED.match(folded, a):
            meaning[(a, b)] = ("below",)
        elif _NEG_IGNORE[lang].match(folded, b):
            meaning[(a, b)] = ("ignore",)
        elif lang is Lang.FR and _NEG_UPHELD.match(folded, b):
            meaning[(a, b)] = ("adverse",)
        elif lang is Lang.EN and _NOT_A.match(folded, b) and _IS_REL.search(folded, max(0, a - 14), a):
            # "to a purchaser that is not a bridge institution" / « à un acquéreur autre qu'un établissement-relais »: a
            # class told from another, which French says "other than".
            meaning[(a, b)] = ("except",)
        elif _NEG_DETERMINER[lang].match(folded, a):
            # (a prohibition, "No Party may withdraw", forbids the doing away: « peut se retirer » says its opposite)
            meaning[(a, b)] = ("prohibit", "exclude", "without", "zero") + (
                () if (a, b) in prohibit else ("remove",)
            )
            if (a, b) not in prohibit and _NEG_ENDING[lang].match(folded, b if lang is Lang.EN else a):
                # "no change", "no variation" / « un maintien »: the absence of a change says that the thing goes on
                meaning[(a, b)] += ("remain",)
        elif _LEXICAL_PROHIBITION.search(folded, a, b):
            # "Any discrimination … shall be prohibited" / « Est interdite toute discrimination »: the predicate of the
            # sentence, which French may put first.
            meaning[(a, b)] = ("prohibit",)
        elif (a, b) not in prohibit and _NEG_ENDING[lang].match(folded, b if lang is Lang.EN else a):
            # "do not disappear" / « restent », « n'ont pas été utilisées » / "remaining": what goes on
            meaning[(a, b)] = ("remain",)
        elif (a, b) not in prohibit and (
            _NEG_NONE[lang].match(folded, b) or (lang is Lang.FR and folded.endswith("plus", a, b))
        ):
            # "no longer", « ne … plus », « il n'y a pas de »: an end or an absence, which a word of doing away with
            # the thing says ("would obviate the need", « la suppression des quotas »).
            meaning[(a, b)] = ("remove",)
        elif _NEG_KEPT[lang].match(folded, b if lang is Lang.EN else a) and not any(
            g == "remove" for _s, _e, g in weak()
        ):
            # "shall not maintain any restrictions" / « lèvent toute restriction »: a keeping denied, or forbidden, is
            # a removal (unlike a doing away forbidden, "No Party may withdraw", above).  Not where its side says a
            # word of removing too ("alters or removes … or does not maintain" / « modifie ou retire … ou ne maintient
            # pas »): the other side's word of removing renders that one.
            meaning[(a, b)] = ("remove",)
        if lang is Lang.FR and (_NEG_HARM.match(folded, a) or _NEG_HARM.match(folded, b)):
            meaning[(a, b)] = meaning.get((a, b), ()) + ("safe",)
        if _NEG_COMPLY[lang].match(folded, b if lang is Lang.EN else a):
            meaning[(a, b)] = meaning.get((a, b), ()) + ("evade",)
        if _NEG_ABLE[lang].match(folded, b):
            meaning[(a, b)] = meaning.get((a, b), ()) + ("harm",)
        if lang is Lang.FR and _NEG_DISTRIBUTED.match(folded, a):
            meaning[(a, b)] = meaning.get((a, b), ()) + ("retain",)
        if lang is Lang.EN and _NOT_YET.match(folded, b):
            meaning[(a, b)] = meaning.get((a, b), ()) + ("before",)
        if lang is Lang.EN and _NEG_UNDUE.match(folded, b):
            meaning[(a, b)] = meaning.get((a, b), ()) + ("undue",)
        if lang is Lang.EN and _NEG_OUTDATED.match(folded, b):
            meaning[(a, b)] = meaning.get((a, b), ()) + ("outdated",)
        if (
            lang is Lang.EN
            and _PERFECT_BEFORE.search(folded, max(0, a - 5), a)
            and _NOT_FOR_LONG.match(folded, b)
        ):
            meaning[(a, b)] = meaning.get((a, b), ()) + ("shorter",)
    conn = connectives.find(folded, lang, text, lower + upper)
    return Profile(
        permit=permit,
        sub_permit=sub_permit,
        soft_permit=sorted(
            set(_outside(match_spans(soft_rx, folded), not_soft + months) + permit + sub_permit)
        ),
        verbal_permit=_outside(
            match_spans(_EN_VERBAL_PERMIT if lang is Lang.EN else _FR_VERBAL_PERMIT, folded),
            not_soft + prohibit + months + (match_spans(_EN_DEGREE, folded) if lang is Lang.EN else []),
        ),
        oblige=oblige,
        soft_oblige=sorted(set(_outside(match_spans(soft_oblige_rx, folded), prohibit) + oblige)),
        recommend=_outside(match_spans(recommend_rx, folded), prohibit),
        prohibit=prohibit,
        negation=negation,
        litotes=litotes,
        meaning=meaning,
        cont=cont,
        bounding=bounding,
        far_negated=far,
        compared=compared,
        savings=match_spans(_SAVING_VERB[lang], folded),
        hindrances=[
            (a, b)
            for a, b in match_spans(_HINDRANCE[lang], folded if lang is Lang.EN else text.lower())
            if not _inside(a, negation + cont + not_neg + prohibit)
            and not any(
                max(a - 30, folded.rfind(",", 0, a)) <= e <= a for _s, e in negation + cont + prohibit
            )
            and not re.search(
                r"\b(?:ne|n')\s*$", folded[max(0, a - 4) : a]
            )  # « empêcher que … ne portent atteinte »
        ],
        find_weak=weak,
        lower=sorted(x for x in bounds if x[2] == "lower"),
        upper=sorted(x for x in bounds if x[2] == "upper"),
        ands=conn.ands,
        ors=conn.ors,
        conditions=conn.conditions,
    )
