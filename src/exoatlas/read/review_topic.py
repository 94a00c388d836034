"""A review's topic, read when its abstract states no effect as established: the disease (or
process) its title, or its 'In this review, we ...' sentence, sets MSC-derived vesicles beside as
a treatment ('MSC-EVs: a potential therapeutic strategy for acute kidney injury'). What it
proposes is no result, so ``reader.read_document`` marks these findings hedged (belief counts
them at half weight) and gives them their own pattern family, ``review:topic``; but a review
about MSC-EVs is about them, and the atlas that drops it loses the record. The same hedged
reading is given to a primary study none of whose sentences the reader reads as an effect of MSC
vesicles: most often an abstract the source cut short after its background, which leaves only
the title's aim ('MSC exosomes in oral microcapsules for acute colitis treatment').

Only where the sentence names a treatment (``cues.tsv`` 'review_topic_therapy': 'therapeutic',
'for the treatment of', 'potential', 'repair'); only outside tumours (a review of MSC-EVs in
cancer may weigh them either way; ``reader._topic`` also skips an abstract about a tumour); not
for a sentence naming them as a cause, a risk, a marker, a messenger or a method, or asking both
ways ('pathogenesis', 'aggravate', 'biomarkers', 'crosstalk', 'isolation', 'dual role', 'friend
or foe'; 'review_topic_not_therapy'); and not over an effect the abstract denies (the reader's
check)."""

from __future__ import annotations

import re

from exoatlas.ingest.text import TextDocument
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.locate import section_sentences
from exoatlas.read.mentions import find_mentions
from exoatlas.read.msc_vesicles import msc_product_in, vesicles_carrying
from exoatlas.read.outcome import parse_outcomes
from exoatlas.read.scope import sentence_hedged, undone_sentence
from exoatlas.read.spelled import spelled_out
from exoatlas.vocab import cues, rules

FAMILY = "review:topic"
# the most sentences an abstract the source cut short keeps for a study to be read for its
# title's aim (its background, perhaps its aim): half the dev set's cut-short records keep one to
# five sentences, the others more, and those are read as whole abstracts
CUT_SHORT = 4
# the last sentence of an abstract a source's parser cut (at a superscript, say) ends with no stop
_ENDS_MID_SENTENCE = re.compile(r"[^.!?)\]\"'\u201d\u2019]\s*$")


def review_topic(
    title: str,
    products: tuple[str, ...],
    uses: bool = False,
    tumour: bool = False,
    promoted: bool = False,
) -> list[DeepOutcome]:
    """The diseases a review's title (or its 'we review' sentence) names beside MSC-derived
    vesicles as a treatment, each lowered by them; with none, the harmful or good processes it
    names so ('for the treatment of inflammation', 'in bone regeneration'). Nothing for a
    sentence that does not name MSC-derived vesicles, names no treatment ('MSC-EVs and
    apoptosis' says no direction), names a tumour, or names them as a cause, a marker or a
    method. ``uses``: a review's sentence saying what its vesicles are used for ('Exosomes, ...
    released by MSCs, have been reported to play a role in the therapy of X'; ``cues.tsv``
    'review_use_claim'), whose EV word is the review's MSC vesicles however long their name.
    ``tumour``: a cut-short study or a review whose title aims the vesicles at a tumour
    (``tumour_aimed``): the tumours it names, each lowered by them, and nothing else.
    ``promoted``: a review whose title sets the vesicles in a tumour's course
    (``tumour_promoted``): the tumours it names, each raised by them."""
    named = msc_product_in(title, products) or (uses and cues.cue_found("ev", title))
    # ('... in the treatment of neurological, liver and kidney diseases, wounds, cancers and
    # infertility': a tumour one of the many diseases a review lists, not its topic)
    listed = bool(named) and not (tumour or promoted) and _tumour_among_diseases(title)
    if not named or ((cues.tumour_words(title) > 0) != (tumour or promoted) and not listed):
        return []
    if promoted:
        # (the tumour's course alone, with no tumour named, only where nothing in the title
        # sets the vesicles against it: 'MSC exosomes against cancer progression')
        opposed = bool(rules.polarity_pattern().search(title)) or cues.cue_found(
            "tumour_course_opposed", title
        )
        return _tumours(title, "increase", not opposed) if tumour_promoted(title) else []
    if tumour and not tumour_aimed(title):
        return []  # (another sentence of the abstract)
    therapy = cues.cue_found("review_topic_therapy", title)
    carrier = benefit_carried(title)  # ('exosomes mediate the protective action of MSCs')
    if not (therapy or carrier or tumour) and not cues.cue_found("study_title_aim", title):
        return []  # ('Effects of MSC-EVs on uveitis' states a study of them as a treatment)
    claim = cues.cue("review_use_claim").search(title) if uses else None
    # (a use claim is judged from its verb on: not the vesicles' description before it,
    # 'exosomes, involved in intercellular communication, are used to treat X'; nor is the
    # carrier's verb, 'exosomal miR-X contributes to the efficacy of MSCs against sepsis')
    judged = title[claim.start() :] if claim else title[carrier.end() :] if carrier else title
    judged = cues.cue("study_model_setting").sub(" ", judged)  # (not 'in a mouse model')
    if cues.cue_found("review_topic_not_therapy", judged):
        return []
    if tumour:  # (the tumour's, not another disease: 'cancer-induced bone pain')
        return _tumours(title, "decrease")
    out: list[DeepOutcome] = []
    for mention in find_mentions(spelled_out(title)):
        disease = mention.entity
        if disease.kind != "disease" or not rules.is_recipient_disease(disease):
            continue
        if disease.curie and rules.tumour_disease(disease.curie):
            if listed:
                continue  # (one of many diseases: the others are the topic)
            return []  # ('chronic myeloid leukaemia'; a tumour word the title spells out)
        out.append(DeepOutcome(disease, "decrease", FAMILY, "product"))
    # (with no disease, a process only under a treatment word: 'Effects of MSC-EVs on cell
    # migration' says no direction)
    if not out and therapy:
        for process, _ in parse_outcomes(title):
            valence = rules.valence(process)
            if valence is not None and valence.valence == "beneficial":
                out.append(DeepOutcome(process, "increase", FAMILY, "product"))
            elif valence is not None and valence.valence == "harmful":
                out.append(DeepOutcome(process, "decrease", FAMILY, "product"))
    unique: dict[str, DeepOutcome] = {}
    for outcome in out:
        unique.setdefault(outcome.process.key(), outcome)
    return list(unique.values())


def _tumour_among_diseases(text: str) -> bool:
    """Does the text name a tumour beside at least two other diseases (a review's list of
    the diseases its vesicles are used in)?"""
    if cues.tumour_words(text) == 0:
        return False
    others = {
        m.entity.key()
        for m in find_mentions(spelled_out(text))
        if m.entity.kind == "disease"
        and rules.is_recipient_disease(m.entity)
        and not (m.entity.curie and rules.tumour_disease(m.entity.curie))
    }
    return len(others) >= 2


def _tumours(title: str, direction: str, course: bool = True) -> list[DeepOutcome]:
    """The tumours a title names, each changed by the vesicles in ``direction``; with none
    named and ``course``, the tumour's own processes it names ('MSC exosomes in cancer
    progression and metastasis': those whose rise helps a tumour, ``valence.tsv``)."""
    out: dict[str, DeepOutcome] = {}
    processes: dict[str, DeepOutcome] = {}
    for mention in find_mentions(spelled_out(title)):
        entity = mention.entity
        if entity.kind == "process":
            valence = rules.valence(entity)
            if valence is not None and valence.tumour_increase == "pro_tumor":
                outcome = DeepOutcome(entity, direction, FAMILY, "product")
                processes.setdefault(entity.key(), outcome)
        if entity.kind != "disease" or not rules.is_recipient_disease(entity):
            continue
        if entity.curie and rules.tumour_disease(entity.curie):
            out.setdefault(entity.key(), DeepOutcome(entity, direction, FAMILY, "product"))
    return list(out.values() or (processes.values() if course else ()))


def tumour_promoted(title: str) -> bool:
    """Does this review title set MSC vesicles in a tumour's course ('Emerging role of MSC-EVs
    in the pathogenesis of haematological malignancies', 'the contribution of MSC exosomes to
    metastatic niches'; ``cues.tsv`` 'review_tumour_promoted'), neither asking both ways
    ('friend or foe', 'dual role': 'review_tumour_both_ways') nor aiming them at it?"""
    if cues.tumour_words(title) == 0 or tumour_aimed(title):
        return False
    return cues.cue_found("review_tumour_promoted", title) and not cues.cue_found(
        "review_tumour_both_ways", title
    )


def benefit_carried(title: str) -> re.Match[str] | None:
    """Where this title names vesicles as what carries the MSCs' benefit ('Exosomes mediate the
    protective action of MSCs on X'; ``msc_vesicles.vesicles_carrying`` with ``cues.tsv``
    'msc_benefit_carried'); not 'the adverse effects of MSCs'."""
    carrier = vesicles_carrying(title)
    benefit = carrier and title[carrier.start() : carrier.end() + 60]
    return carrier if benefit and cues.cue_found("msc_benefit_carried", benefit) else None


def tumour_aimed(title: str) -> bool:
    """Does this study title aim MSC vesicles at a tumour as its therapy ('MSC exosomes for
    targeted osteosarcoma therapy', 'Targeting prostate cancer using MSC exosomes'; ``cues.tsv``
    'study_tumour_aim'), or as the vehicle of a drug or a therapeutic payload ('deliver
    paclitaxel to', 'study_tumour_payload' with 'study_tumour_drug' or a drug named)? Not a
    title naming them a cause, a driver or a marker ('review_topic_not_therapy': 'promote',
    'progression'), the tumour's ally or the anti-tumour response's foe ('study_tumour_not_aim':
    'carriers of drug resistance', 'protect', 'suppress anti-tumour immunity', 'oncogenic'),
    nor a limit, a comparison or a question ('study_title_limits'); but an aim against what
    those name is one ('reverse cisplatin resistance', 'study_tumour_reversal')."""
    if cues.tumour_words(title) == 0:
        return False
    payload = cues.cue_found("study_tumour_payload", title) and (
        cues.cue_found("study_tumour_drug", title)
        or any(m.entity.kind == "drug" for m in find_mentions(title))
    )
    if not payload and not cues.cue_found("study_tumour_aim", title):
        return False
    rest = cues.cue("study_tumour_reversal").sub(" ", title)
    # ('Targeting prostate cancer using ...' is an aim; so is 'Targeting castration-resistant
    # prostate cancer', whose resistance is the tumour's, not one the vesicles serve)
    rest = cues.cue("resistant_tumour_aimed").sub(" ", rest)
    rest = cues.cue("targeting_other").sub(" ", rest)
    limits = ("study_tumour_not_aim", "review_topic_not_therapy", "study_title_limits")
    return not any(cues.cue_found(c, rest) for c in limits)


def diseased_donor(title: str) -> bool:
    """Does this title name the MSCs as a diseased, aged or tumour donor's ('exosomes from aged
    BMSCs', 'psoriatic MSC exosomes', 'MSCs of patients with lupus'; ``cues.tsv``
    'donor_condition' beside the MSC name)? Such vesicles may do harm. 'in aged mice' names the
    recipient and does not count."""
    donor = cues.cue("donor_condition")
    for msc in cues.cue("msc").finditer(title):
        before = _PHRASE_BREAK.split(title[max(0, msc.start() - 40) : msc.start()])[-1]
        after = _DONOR_AFTER.match(title, msc.end())
        if donor.search(before) or (after and donor.search(after.group(0))):
            return True
    return False


# a word ending the phrase before an MSC name ('on bone loss in aged ...' is another phrase),
# and 'MSCs of / from <donor>' after it
_PHRASE_BREAK = re.compile(r"\b(?:on|in|into|to|for|with|against|and|versus|than)\b", re.IGNORECASE)
_DONOR_AFTER = re.compile(r"\s+(?:of|from)\s+(?:[\w'-]+\s+){0,4}[\w'-]+", re.IGNORECASE)


def cut_short(document: TextDocument) -> bool:
    """Is this a MEDLINE study whose abstract holds a few sentences only (one the source cut
    short after its background, ``CUT_SHORT`` or fewer) or ends mid-sentence (one the source cut
    anywhere; not on a trial registration or copyright line, ``cues.tsv`` 'abstract_trailer')
    under a title stating a therapeutic aim (``cues.tsv`` 'study_title_aim')? A whole abstract
    that reads as no effect is not guessed over, nor is a record with no abstract at all (a
    letter, a comment), nor a title that only proposes ('a potential ...'), asks, names what
    holds the therapy back, a null or adverse result, a loss of function, another fraction, a
    comparison or a method ('study_title_limits'), nor a body saying the vesicles failed or did
    harm ('study_body_denial')."""
    title = document.title
    if document.kind != "medline" or not title:
        return False
    # ('Therapeutic potential of X to treat Y' names what the study tests)
    if sentence_hedged(cues.cue("study_title_potential").sub(" ", title), None):
        return False
    aim = cues.cue_found("study_title_aim", title) or benefit_carried(title) or tumour_aimed(title)
    # (an aim against resistance undoes nothing of the vesicles': 'reverse cisplatin resistance')
    if not aim or undone_sentence(cues.cue("study_tumour_reversal").sub(" ", title)):
        return False  # ('Therapeutic effects of X in Y'; not 'an inhibitor abolished the repair')
    limited = cues.cue_found("study_title_limits", cues.cue("targeting_other").sub(" ", title))
    if limited or diseased_donor(title):
        return False  # ('Limitations of ...', 'MSCs, but not their exosomes, ...', a method)
    body = [s for x in document.sections if x.title != "Title" for s in section_sentences(x)]
    # (nor over a body that says the vesicles failed or did harm: 'the exosomes had no benefit')
    denial = [s for s in body if cues.cue_found("ev", s) and cues.cue_found("study_body_denial", s)]
    # (an abstract ending mid-sentence was cut by its source, at whatever length: its results
    # are what is missing; not a whole abstract's registration number or copyright line)
    ended = body and _ENDS_MID_SENTENCE.search(body[-1])
    cut = 0 < len(body) <= CUT_SHORT or bool(
        ended and not cues.cue_found("abstract_trailer", body[-1])
    )
    return cut and not denial
