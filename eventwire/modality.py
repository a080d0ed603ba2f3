"""Modality and attribution: is the event asserted, and who says so.

Decisions (documented in the README, measured by ``eventwire evaluate tests/fixtures/nonfactual
--task modality``):
- an event inside a "whether"/"if" question clause ("nor is it mentioned whether both
  parties discussed ...") is not asserted by anyone: it is flagged hypothetical (a possibility the
  text raises), so the default output leaves it out and ``--keep-nonfactual`` keeps it, flagged;
- negated: "not", "never", "no longer", a negative determiner or subject ("no talks were held",
  "none of the allies"), a denial of the event or of reports of it, "refused to confirm that", a
  failure ("failed to", "the attempt collapsed", "the swap fell through"); "refused to talk" is a
  REJECT, not a negation;
- hedged: "it is believed that", "is said to have", "reportedly", modal "may/might/could" (a modal
  perfect is hedged, not negated), a claim that "could not be independently verified";
- future: "will", "is expected / due / set to", "plans to", "is willing / ready to";
- hypothetical: a condition on the event or its verb ("could impose sanctions if ..."; a threat
  keeps its condition and stays asserted), "would", obligations ("must", "have to"), what is
  wished for ("hopes to sign"), "possible / future talks";
- historical: a date over a month back (counted from the end of its year or month), a past
  perfect that is no reporter's backshift, a perfect of repetition or span ("on several
  occasions", "since 2013", "has never"), "for years".
Attribution: "according to X", the subject of a reporting, claiming or denying verb above the event,
the publisher of "photos published by X", and in a chain the source cited ("Reuters, citing state
media": ``via``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .records import Modality
from .events.lexicon import PERMITTING_VERBS

HEDGE_VERBS = {"believe", "think", "suspect", "allege", "rumor", "rumour", "speculate", "suppose", "assume", "understand"}
HEDGE_ADVS = {"reportedly", "allegedly", "apparently", "possibly", "perhaps", "probably", "likely", "purportedly", "supposedly", "seemingly"}
HEDGE_MODALS = {"may", "might", "could"}
#: verbs of wanting: what they govern is wished for, not done ("wants to see X negotiating with Y",
#: "schooling has to be a joint effort", "hopes to sign", "aims to conclude"): hypothetical
DESIRE_VERBS = {"want", "wish", "hope", "desire", "need", "prefer", "dream", "long", "yearn", "like", "seek", "aim",
                "eager", "keen", "strive", "aspire"}
#: verbs of an effort: what one works or tries to bring about is not done yet ("mediators are working to lift
#: the blockade", "Qatar is trying to broker a truce"); an attempt at force is force used (see the pipeline)
ATTEMPT_VERBS = {"try", "attempt", "work", "endeavor", "endeavour"}
FUTURE_VERBS = {"expect", "plan", "set", "schedule", "intend", "prepare", "due", "decide"}
#: adjectives of a readiness to act: what one is willing to do is offered, ahead
WILLING_ADJS = {"willing", "ready"}  # (not "eager": a wish, hypothetical)
REPORT_VERBS = {"say", "report", "tell", "announce", "state", "claim", "add", "quote", "confirm", "write",
                "reveal", "insist", "declare", "note", "explain", "publish", "show", "recall", "suggest"}
#: modals of obligation: what must or should happen has not happened
OBLIGATION_MODALS = {"must", "should", "ought"}
#: adjectives that put a nominal event ahead or in doubt
#: nouns whose infinitive names what is aimed at, not what happened ("a bid to secure a deal")
#: (not "attempt", "bid", "plan": whether those came to anything is read from their verb, "collapsed")
AIM_NOUNS = {"option", "effort", "way", "push", "drive", "campaign", "initiative", "scheme", "strategy", "goal",
             "aim", "ambition", "intention", "desire", "hope", "opportunity", "chance", "idea",
             # what one is allowed to do is not done yet: "granted the police permission to detain him"
             "permission", "authorization", "authorisation", "mandate", "license", "licence", "go-ahead"}
#: words of asking: what their clause asks for is not done ("demanded that X withdraw", "a call for X to leave")
ASKING_VERBS = {"demand", "urge", "ask", "call", "request", "appeal", "press", "pressure", "plead", "petition",
                "implore", "beg", "exhort"}
ASKING_NOUNS = {"demand", "call", "request", "appeal", "plea"}
#: nouns of a plan: what it is to do is ahead, unless it was carried out ("implemented a plan to ...")
PLAN_NOUNS = {"plan", "proposal", "blueprint", "plot"}
CARRYING_VERBS = {"carry", "implement", "execute", "enact", "complete", "accomplish", "realize", "realise", "launch"}
NOMINAL_FUTURE = {"future", "upcoming", "forthcoming", "impending"}  # not "planned": "a planned swap fell through"
NOMINAL_POSSIBLE = {"possible", "potential", "proposed", "hypothetical", "prospective", "eventual"}
#: acts whose content is conditional by nature: the act itself is asserted
CONDITIONAL_ACTS = {"threaten", "warn", "vow", "pledge", "promise", "ultimatum", "threat", "warning", "offer"}
#: a perfect with these is a span of time or a habit: historical ("has accused on several occasions",
#: "for years", "has never signed")
REPETITION = {"occasion", "occasions", "repeatedly", "years", "decades", "decade", "months", "previously", "often",
              "frequently", "before", "never"}
NEGATORS = {"not", "n't", "never", "no", "nor", "neither"}
#: a subject or object that says nothing happened: "None of the allies deployed", "Nobody attacked"
NEGATIVE_WORDS = {"none", "nobody", "nothing", "neither"}
INABILITY = {"unable", "fail", "refrain", "decline"}
#: a reported event that its reporter denies ("Israel denied that its troops had fired") is negated
DENIAL = {"deny", "refute", "dismiss", "reject"}
#: what a denial or a claim is about: "rejected reports that its troops had raided"
CLAIM_NOUNS = {"report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "speculation",
               "charge", "assertion"}
#: what is offered for an act not yet done: "a reward for the arrest of", "a warrant for his arrest"
SEEKING_NOUNS = {"reward", "bounty", "warrant"}


def _sought(noun: Token) -> Token | None:
    """The word that puts a nominal event ahead as what is sought: "information leading to the arrest",
    "a reward for the capture of", "a warrant for his arrest"."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    prep = noun.head
    gov = prep.head
    if prep.lower_ == "to" and gov.lemma_.lower() == "lead" and gov.tag_ == "VBG" and gov.dep_ == "acl":
        return gov
    if prep.lower_ == "for" and gov.lemma_.lower() in SEEKING_NOUNS:
        return gov
    return None


#: verbs whose subject never came to be: "the attempt to broker a meeting collapsed", "plans fell through"
FAILURE_VERBS = {"collapse", "fail", "founder", "stall", "falter", "derail", "fizzle"}
FAILURE_PHRASALS = {("fall", "through"), ("break", "down"), ("fall", "apart")}
#: "the claim could not be verified" says the claim is unchecked, not that the event did not happen
VERIFY_VERBS = {"verify", "confirm", "check", "corroborate"}
#: "a claim that could not be independently verified": the reported event is hedged
UNVERIFIED = re.compile(
    r"\b(?:(?:could|can|cannot)(?:\s+not)?\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm|check)\w*"
    r"|unable\s+to\s+(?:independently\s+)?(?:verify|confirm)"
    r"|no\s+independent\s+(?:confirmation|verification)"
    r"|not\s+(?:be\s+)?independently\s+(?:verified|confirmed))", re.I)


#: the small model's lemmatizer errors that matter here ("hopes" -> "hop")
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def _lemma(t: Token) -> str:
    return LEMMA_FIXES.get(t.lower_, t.lemma_)


def _clause_chain(tok: Token) -> list[Token]:
    """The token and the heads above it up to the root."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


@dataclass
class ModalityResult:
    modality: Modality
    asserted: bool  # False: inside a whether/if question (also flagged hypothetical)
    cues: list[str]
    #: what the event is to do is only tried ("tried to", "working to"): not done, unless it is force ("tried to
    #: storm the embassy" is an attack made); the caller, who knows the type, decides
    attempted: bool = False


def _first_verb(tok: Token) -> Token | None:
    """The verb a nominal trigger hangs from ("might have been caused by a drone strike": caused)."""
    for t in _clause_chain(tok):
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _negative_argument(h: Token) -> Token | None:
    """"None of the allies deployed", "No rockets struck", "sent no delegation", "Neither Putin nor Xi attended"."""
    subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for c in h.children:
        # the parser may hang a sentence-initial "No" on the verb: "No Hezbollah rockets struck"
        if subj is not None and c.lower_ in ("no", "neither") and c.dep_ in ("intj", "det", "advmod", "preconj") \
                and c.i + 1 == subj.left_edge.i:
            return c
        # "linked to four fires but charged in none": the cases it was done in are none
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in NEGATIVE_WORDS for g in c.children):
            return next(g for g in c.children if g.dep_ == "pobj" and g.lower_ in NEGATIVE_WORDS)
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
            continue
        if c.lower_ in NEGATIVE_WORDS:
            return c
        for g in c.children:
            if g.dep_ in ("det", "preconj", "neg") and g.lower_ in ("no", "neither"):
                nxt = g.doc[g.i + 1] if g.i + 1 < len(g.doc) else None
                if nxt is None or nxt.lower_ not in ("fewer", "less", "more", "longer"):
                    return g
    return None


def _conditional_consequent(v: Token) -> Token | None:
    """A verb with a condition of its own: "could impose sanctions if the law stands", "If Beijing
    escalates, Japan could send destroyers", "Were Hungary to veto, members could fund Ukraine"."""
    for c in v.children:
        if c.dep_ != "advcl":
            continue
        marks = {g.lower_ for g in c.children if g.dep_ == "mark"}
        has_subject = any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        if has_subject and (marks & {"if", "unless"} or c.doc[c.left_edge.i].lower_ in ("were", "should", "had")
                            # "In case talks break down, Egypt could withdraw" (the parser hangs "case" low)
                            or c.doc[c.left_edge.i].lower_ == "in" and c.left_edge.i + 1 < len(c.doc)
                            and c.doc[c.left_edge.i + 1].lower_ == "case"):
            return c  # "if needed", "if necessary": no condition of the world, only of need
    for p in v.children:
        # "could request support in case the coast guard blocks ...", "in the event the island declares ..."
        if p.dep_ == "prep" and p.lower_ == "in":
            for n in p.children:
                # (not "freed in case that raises concerns": a court case and its relative clause)
                if n.dep_ == "pobj" and n.lower_ in ("case", "event") and not (
                        n.lower_ == "case" and any(d.dep_ in ("det", "poss", "amod") for d in n.children)) and any(
                        c.dep_ in ("acl", "ccomp") and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in
                                                          ("that", "which", "who") for g in c.children)
                        for c in n.children):
                    return n
    return None


#: words that make a condition without "if": "in case talks break down", "in the event the island declares"
_CONDITION = re.compile(r"\b(?:if|unless|in case|in the event|provided that|providing that|as long as|otherwise|"
                        r"only when)\b", re.IGNORECASE)


#: a time ahead named outright: "would" beside it is a plan reported, not a condition
_AHEAD = re.compile(r"\b(?:next (?:week|month|year)|tomorrow|later this (?:week|month|year))\b", re.IGNORECASE)


def _reported_future(v: Token) -> bool:
    """"said it would not accept", "announced that it would send": a report's 'would' is the future seen
    from the past, when the sentence states no condition at all (else "would ... if" stays hypothetical)."""
    sent = v.sent
    if v.dep_ in ("ROOT", "conj") and _AHEAD.search(sent.text) and not _CONDITION.search(sent.text):
        return True  # "the African Union would send its envoy next week": a report's future, its verb left out
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in REPORT_VERBS:
        return False
    first = sent[0].lower_ if len(sent) else ""
    return not _CONDITION.search(sent.text) and first not in ("should", "were", "had")


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "week", "weekend", "yesterday"}


def _recent(d: Token) -> bool:
    """"since late May", "since Tuesday", "since last week": a span of days or weeks, not history."""
    words = {t.lower_ for t in d.subtree}
    return bool(words & MONTHS) and not any(t.like_num and len(t.text) == 4 for t in d.subtree)


def _fails(t: Token) -> bool:
    return t.lemma_ in FAILURE_VERBS or any((t.lemma_, c.lower_) in FAILURE_PHRASALS for c in t.children
                                            if c.dep_ in ("prt", "prep", "advmod"))


#: what a plan fails to do when it never happens: "the swap failed to take place / to materialize"
NOT_HAPPENING = {"take", "materialize", "materialise", "happen", "occur", "proceed", "go", "start", "begin"}


def _failed_at_something(t: Token) -> bool:
    """"Talks failed to produce a deal": the subject took place and failed at what follows (not "the swap
    failed to take place")."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() not in NOT_HAPPENING for c in t.children)


def _never_happened(t: Token) -> bool:
    """"fell through", "failed", "fizzled": what failed never took place ("collapsed", "broke down" it did)."""
    return t.lemma_ in ("fail", "fizzle", "founder") or any(
        t.lemma_ == "fall" and c.lower_ == "through" for c in t.children)


def _reported(chain: list[Token]) -> bool:
    """The clause is reported, denied or claimed by someone: its past perfect is the reporter's
    backshift ("said it had destroyed"), not a sign of long ago."""
    for t in chain[1:]:
        if t.lemma_ in REPORT_VERBS | DENIAL | CLAIM_VERBS | HEDGE_VERBS | {"ask", "confirm", "suggest"} \
                or t.lemma_.lower() in CLAIM_NOUNS:
            return True
    return False


def analyse(trigger: Token, governor: Token | None, sent: Span, days_before_pub: int | None) -> ModalityResult:
    m = Modality()
    cues: list[str] = []
    attempted = False
    heads = [trigger] + ([governor] if governor is not None else [])
    chain = _clause_chain(governor or trigger)
    verb = governor if governor is not None else _first_verb(trigger)
    verbs = [h for h in dict.fromkeys([*heads, verb]) if h is not None]
    if verbs[-1].dep_ == "acl" and verbs[-1].tag_ == "VBN" and verbs[-1].head.dep_ == "dobj" \
            and verbs[-1].head.head.pos_ in ("VERB", "AUX") and verbs[-1].head.head not in verbs:
        # "will send a delegation led by X to Cairo": the visit is as far ahead as the sending
        verbs.append(verbs[-1].head.head)
    # "could send destroyers to patrol the strait": the purpose shares the matrix verb's modality
    v = verbs[-1]
    while v.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" and c.dep_ == "aux" for c in v.children) \
            and v.head.pos_ in ("VERB", "AUX") and v.head not in verbs and v.head.lemma_ not in REPORT_VERBS:
        v = v.head
        if _lemma(v) in DESIRE_VERBS | FUTURE_VERBS | HEDGE_VERBS | INABILITY | DENIAL | ATTEMPT_VERBS:
            break  # a governing verb of its own kind: read below
        verbs.append(v)
    # whether/if questions: not asserted
    for t in chain:
        if t.dep_ == "relcl" and t.i != chain[0].i and "whether" not in {c.lower_ for c in t.children}:
            break
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if "whether" in marks or ("if" in marks and t.dep_ in ("ccomp", "xcomp")):
            m.hypothetical = True
            return ModalityResult(m, False, [f"inside a '{'whether' if 'whether' in marks else 'if'}' question clause"])
        if "if" in marks or "unless" in marks:
            m.hypothetical = True
            cues.append(f"conditional clause at '{t.text}'")
        if t.dep_ in ("ccomp", "ROOT", "relcl") and t.i != trigger.i:
            break  # a relative clause is the writer's own assertion, not part of the question
    # a threat or a promise carries its condition in its content: "threatened to shell Haifa if Israel hits Beirut"
    conditional = None if _lemma(trigger) in CONDITIONAL_ACTS else next(
        (c for v in verbs if (c := _conditional_consequent(v)) is not None), None)
    if conditional is not None:
        m.hypothetical = True
        cues.append(f"under the condition '{conditional.doc[conditional.left_edge.i: conditional.i + 1].text}'")
    aim = next((v for v in verbs if v.dep_ == "acl" and v.head.lemma_.lower() in AIM_NOUNS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
                # "efforts to arrange a meeting fell through": the failure says it, below
                and not (v.head.dep_ in ("nsubj", "nsubjpass") and _fails(v.head.head))), None)
    if aim is None:
        # "drew up a plan to arrest thousands of migrants": planned, not done, unless the plan was carried out
        aim = next((v for v in verbs if v.dep_ == "acl" and v.head.lemma_.lower() in PLAN_NOUNS
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
                    and not (v.head.head.pos_ in ("VERB", "AUX") and _lemma(v.head.head) in CARRYING_VERBS)), None)
    if aim is not None:
        m.hypothetical = True  # "an option to help the economy", "efforts to crack down on fraud": aimed at, not done
        cues.append(f"'{aim.head.text} to {aim.text}': an aim, not an act")
    sought = _sought(trigger)
    if sought is not None:
        m.hypothetical = True  # "a bounty for tips that lead to an arrest": sought, not done
        cues.append(f"'{sought.text} ... {trigger.text}': sought, not done")
    for h in verbs:
        for c in h.children:
            if c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("det", "advmod", "preconj")):
                m.negated = True
                cues.append(f"negation '{c.text}'")
            if c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo"):
                m.future = True
                cues.append(f"future '{c.text}'")
            if c.dep_ == "aux" and c.lower_ == "would":
                if _reported_future(h):
                    m.future = True  # "Hungary said it would not accept migrants": the future of a past report
                    cues.append("'would' reporting a plan, no condition: future")
                else:
                    m.hypothetical = True
                    cues.append("conditional 'would'")
            if c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS:
                m.hypothetical = True  # "must withdraw", "should talk": what ought to happen has not
                cues.append(f"obligation '{c.text}'")
            if c.dep_ == "amod" and c.lower_ in NOMINAL_POSSIBLE | NOMINAL_FUTURE and h.pos_ == "NOUN":
                m.hypothetical = True  # "possible talks", "a potential deal", "kept her options open on future talks"
                cues.append(f"'{c.text} {h.text}'")
            if c.dep_ == "aux" and c.lower_ in HEDGE_MODALS and conditional is None:
                m.hedged = True
                cues.append(f"modal '{c.text}'")
            if c.lower_ in HEDGE_ADVS:
                m.hedged = True
                cues.append(f"hedge '{c.text}'")
            if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
                m.negated = True
                cues.append("'no longer'")
        neg = _negative_argument(h)
        if neg is not None:
            m.negated = True
            cues.append(f"negative argument '{neg.text}'")
    # governing verbs: "is expected to host", "it is believed that", "unable to return", "denied that"
    for k, t in enumerate(chain[1:6], start=1):
        below = chain[k - 1]
        if t.lemma_ in FUTURE_VERBS and t.pos_ in ("VERB", "ADJ", "AUX"):
            m.future = True
            cues.append(f"future '{t.text}'")
        elif t.lower_ in WILLING_ADJS and below.dep_ == "xcomp":
            m.future = True  # "is willing to pull out its forces", "stands ready to help": offered, not done
            cues.append(f"offered: '{t.text} to'")
            if any(c.dep_ == "neg" for w in (t, t.head) for c in w.children):
                m.negated = True  # "were not willing to release the hostages": a refusal, no offer
                cues.append(f"not '{t.text}'")
        if t.lemma_ in HEDGE_VERBS or (t.lemma_ in REPORT_VERBS and below.dep_ == "xcomp"
                                         and any(c.dep_ == "auxpass" for c in t.children)):
            m.hedged = True  # "it is believed that", "is said to have killed"
            cues.append(f"hedge '{t.text}'")
        hedge = next((c for c in t.children if c.lower_ in HEDGE_ADVS), None)
        if hedge is not None:
            m.hedged = True  # "is reportedly set to visit"
            cues.append(f"hedge '{hedge.text}'")
        if (t.lemma_ == "have" or (t.lemma_ == "get" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children))) \
                and below.dep_ == "xcomp" and any(c.lower_ == "to" for c in below.children) and t.pos_ in ("VERB", "AUX"):
            m.hypothetical = True  # "we have got to cooperate with police", "has to withdraw": an obligation
            cues.append(f"obligation '{t.text} to'")
        if _lemma(t) in ATTEMPT_VERBS and t.pos_ == "VERB" and below.dep_ in ("xcomp", "advcl") \
                and any(c.lower_ == "to" for c in below.children) \
                and not any(x.dep_ in ("relcl", "acl") for x in chain[:k]):  # ("tried to hit his wife, who was
            # being detained": the detention is no part of the attempt)
            attempted = True  # hypothetical unless the act is force (the pipeline knows the type)
            cues.append(f"attempted: '{t.text} to'")
        if _lemma(t) in DESIRE_VERBS and t.pos_ in ("VERB", "AUX", "ADJ") and below.dep_ in ("xcomp", "ccomp", "dobj"):
            m.hypothetical = True
            cues.append(f"wished for: '{t.text}'")
        if below.pos_ in ("VERB", "AUX") and (
                below.dep_ in ("xcomp", "ccomp") and t.pos_ in ("VERB", "AUX") and _lemma(t) in ASKING_VERBS
                # (one calls on or for someone to act, but "called Morrison to congratulate him" is a phone call,
                # and "troops were called in to ...")
                # ("On Nov. 18, X called Y to apologize": a date is not whom one calls on)
                and (_lemma(t) != "call" or any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for")
                                                 and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
                                                 for c in t.children))
                or below.dep_ in ("acl", "advcl") and t.pos_ == "NOUN" and _lemma(t) in ASKING_NOUNS):
            # "Iran demanded that Washington lift sanctions", "its call for Russia to release them": the
            # request is the event; what it asks for has not happened
            m.hypothetical = True
            cues.append(f"asked for: '{t.text}'")
        if t.lemma_ in INABILITY and not (below.dep_ in ("nsubj", "nsubjpass") and _failed_at_something(t)):
            # (but "talks between them failed to produce a deal": the talks were held)
            m.negated = True
            cues.append(f"negation '{t.text}'")
        if t.lemma_ in DENIAL and (below.dep_ in ("ccomp", "xcomp", "pcomp")
                                   # "dismissed as absurd the reports that ...": the claim may sit lower
                                   or any(x.lemma_.lower() in CLAIM_NOUNS for x in chain[max(0, k - 2):k])):
            m.negated = True
            cues.append(f"denied by '{t.text}'")
        if t.lemma_ in PERMITTING_VERBS and below.dep_ in ("ccomp", "xcomp") and t.dep_ == "xcomp" \
                and t.head.lemma_ in {"refuse", "decline"}:
            m.negated = True  # "refused to let the protesters march": they were not let, and did not
            cues.append(f"'{t.head.text} to {t.text}'")
        if t.lemma_ in REPORT_VERBS and t.dep_ == "xcomp" and t.head.lemma_ in {"refuse", "decline", "fail"}:
            m.negated = True  # "refused to confirm that troops had crossed"
            cues.append(f"'{t.head.text} to {t.text}'")
        if _fails(t) and below.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until")
                                                         for c in below.children):
            m.negated = True  # "the talks collapsed before a protocol could be signed": it never was
            cues.append(f"came to nothing before: '{t.text}'")
        if below.dep_ in ("nsubj", "nsubjpass") and _fails(t) and (below.i != trigger.i or _never_happened(t)) \
                and not _failed_at_something(t):
            # "the attempt to broker a meeting collapsed", "the planned swap fell through" (but "talks broke
            # down": the talks were held)
            m.negated = True
            cues.append(f"came to nothing: '{t.text}'")
        if _fails(t) and below.dep_ == "advcl" and any(
                c.lower_ == "before" for c in below.children if c.dep_ == "mark"):
            m.negated = True  # "talks collapsed before a protocol could be signed"
            cues.append(f"'{t.text}' before it happened")
        if any(c.dep_ == "neg" for c in t.children) and t.lemma_ not in REPORT_VERBS | VERIFY_VERBS:
            if t.dep_ != "ROOT" or t.i == chain[1].i:
                m.negated = True
                cues.append(f"negated governor '{t.text}'")
        if t.dep_ == "ROOT":
            break
    if not m.negated and UNVERIFIED.search(sent.text):
        m.hedged = True
        cues.append("a claim that could not be verified")
    # historical
    reported = _reported(chain)
    for h in verbs:
        auxes = [c for c in h.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ == "had" for a in auxes) and h.tag_ == "VBN" and not reported:
            m.historical = True
            cues.append("past perfect")
        finite_perfect = any(a.lemma_ == "have" and a.tag_ != "VB" for a in auxes) and not any(
            a.lower_ == "to" or a.tag_ == "MD" for a in auxes)
        if finite_perfect:
            for d in h.subtree:
                if d.lower_ in REPETITION and d.dep_ in ("pobj", "advmod", "npadvmod", "neg", "nummod"):
                    m.historical = True
                    cues.append(f"perfect with '{d.text}'")
                    break
                if d.dep_ == "pobj" and d.head.lower_ == "since" and not _recent(d):
                    m.historical = True
                    cues.append(f"perfect with 'since {d.text}'")
                    break
        span = next((d for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for d in c.children
                     if d.dep_ == "pobj" and d.lower_ in ("years", "decades", "generations", "centuries")), None)
        if span is not None:
            m.historical = True  # "financed militias for years"
            cues.append(f"for {span.text}")
        prep = h.head if h.dep_ == "pobj" else None
        if prep is not None and prep.head.lower_ in ("start", "beginning", "outbreak") or (
            h.dep_ == "pobj" and h.head.lower_ in ("after", "since", "following", "before")
        ):
            m.historical = True
            cues.append("background event in a time adjunct")
    if days_before_pub is not None and days_before_pub > 31:
        m.historical = True
        cues.append(f"dated {days_before_pub} days before publication")
    purpose = _purpose_of(verbs[0])
    if purpose is not None and not m.hypothetical and (m.future or _passive_or_be(purpose)):
        # "missiles would be installed to destroy the bases", "the drones are designed to strike refineries",
        # "the radars were there to intercept rockets": what something is for has not happened
        m.hypothetical = True
        cues.append(f"purpose of '{purpose.text}': an aim, not an act")
    return ModalityResult(m, True, cues, attempted)


#: matrix verbs whose infinitive names a function: "designed to strike", "meant to deter"
FUNCTION_VERBS = {"design", "intend", "mean", "build", "develop", "configure", "equip", "train"}


def _purpose_of(verb: Token) -> Token | None:
    """The matrix verb of an infinitive of purpose ("installed ... to destroy"), or None."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() not in FUNCTION_VERBS:
        return None  # "is expected to meet", "plans to visit": the plan, read above, not a purpose
    return head if head.pos_ in ("VERB", "AUX") else None


def _passive_or_be(matrix: Token) -> bool:
    """A matrix that tells what something is for, not who acted: "are designed to", "were there to"
    (a passive of a verb of function or of placing with no agent, or a bare "be")."""
    if matrix.lemma_ == "be" and not any(c.dep_ in ("acomp", "attr") for c in matrix.children):
        return True
    passive = any(c.dep_ == "auxpass" for c in matrix.children) and not any(c.dep_ == "agent" for c in matrix.children)
    return passive and (matrix.lemma_.lower() in FUNCTION_VERBS | {"install", "deploy", "station", "place", "position"})


#: verbs whose subject vouches for what their complement says happened ("the West has accused
#: Pyongyang of supplying weapons": the supply is the West's claim)
CLAIM_VERBS = {"accuse", "allege", "blame", "charge"}
#: "Reuters, citing state media", "AFP quoted a spokesman as saying": the cited source of a chain
CITE_VERBS = {"cite", "quote"}
#: what an outlet publishes: "according to photos published by Rodong", "a report by the Times"
CARRIER_NOUNS = {"photo", "photograph", "picture", "image", "footage", "video", "report", "statement", "document",
                 "broadcast", "dispatch", "communique", "readout", "transcript", "post", "release", "account"}


def _publisher(head: Token) -> Token:
    """"photos published by Rodong" -> Rodong; "a statement from the ministry" -> ministry."""
    if head.lemma_.lower() not in CARRIER_NOUNS:
        return head
    for c in head.children:
        if c.dep_ == "acl":
            agent = next((g for g in c.children if g.dep_ == "agent" or g.lower_ == "by"), None)
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None:
                return obj
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "NORP", "GPE", "PERSON")
                                    or c.lower_ != "of"):
                return obj
    return head


def _cited(verb: Token | None, head: Token) -> Token | None:
    """The source a reporter cites: "Reuters, citing state media, reported", "according to Yonhap,
    which cited government sources", "AFP quoted a spokesman as saying", "said, quoting officials"."""
    if verb is not None and verb.lemma_ == "quote":
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    for node in (verb, head):
        if node is None:
            continue
        for c in node.children:
            cite = c if c.lemma_ in CITE_VERBS else None
            if cite is None and c.dep_ in ("relcl", "acl", "advcl", "appos"):
                cite = next((g for g in c.subtree if g.lemma_ in CITE_VERBS), None)
            if cite is not None and cite.i != node.i:
                obj = next((g for g in cite.children if g.dep_ in ("dobj", "pobj")), None)
                if obj is None:
                    prep = next((g for g in cite.children if g.dep_ == "prep"), None)
                    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
                if obj is not None:
                    return obj
    # the parser may hang "citing X" on the reported clause: a sourcing participle anywhere in the sentence
    for t in head.sent:
        if t.lemma_ in CITE_VERBS and t.tag_ == "VBG" and t.dep_ in ("advcl", "acl", "xcomp", "conj", "dep"):
            obj = next((g for g in t.children if g.dep_ == "dobj"), None)
            if obj is not None:
                return obj
    return None


def _vouches_not(verb: Token, subj: Token | None) -> bool:
    """A reporting verb that asserts nothing: "nobody could say", "officials declined to say"."""
    if subj is not None and subj.lower_ in NEGATIVE_WORDS:
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("could", "can", "would") for c in verb.children):
        return True
    # "declined to say whether ...": asked, not told; ("refused to confirm that ..." still vouches: a denial)
    return any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for c in verb.children if c.dep_ == "ccomp"
               for g in c.children)


def _speaker(verb: Token) -> Token | None:
    """The subject of a reporting verb; of the verb it depends on for "refused to confirm"; or a
    name the parser hung elsewhere before it ("Axios, quoting two officials, reported")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = next((c for c in verb.children if c.i < verb.i and c.dep_ in ("advmod", "npadvmod", "dep", "nmod")
                     and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                          or (c.text[:1].isupper() and c.i == c.sent.start and c.pos_ in ("NOUN", "ADV", "X")))), None)
    return subj


def attribution_heads(trigger: Token, governor: Token | None, sent: Span) -> tuple[Token | None, Token | None]:
    """Heads of the reporting source and of the source it cites (or None): "according to X", the
    subject of a reporting or claiming verb above the event, or a reporting clause after a quote."""
    for t in sent:
        if t.lower_ == "according" and t.dep_ in ("prep", "advmod", "ROOT", "acl") or (
            t.lower_ == "to" and t.head.lower_ == "according"
        ):
            to = t if t.lower_ == "to" else next((c for c in t.children if c.lower_ == "to"), None)
            if to is not None:
                obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    pub = _publisher(obj)
                    return pub, _cited(None, pub)
    for t in _clause_chain(governor or trigger)[1:]:
        if (t.lemma_ in REPORT_VERBS | CLAIM_VERBS | DENIAL) and t.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ == "neg" for c in t.children):
            subj = _speaker(t)
            if _vouches_not(t, subj):
                continue  # "nobody could say whether ...", "declined to say whether": no one vouches for it
            if subj is not None:
                return _publisher(subj), _cited(t, subj)
            agent = next((c for c in t.children if c.dep_ == "agent"), None)  # "was reported by X"
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None:
                return _publisher(obj), _cited(t, obj)
    # reporting clause after a quote: "'...,' KCNA reported." (the quote is its ccomp, or a sibling)
    root = sent.root
    if root.lemma_ in REPORT_VERBS and root.i != trigger.i and not any(c.dep_ == "neg" for c in root.children):
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None and not (subj.i <= trigger.i <= subj.right_edge.i) and not _vouches_not(root, subj):
            return _publisher(subj), _cited(root, subj)
    return None, None
