"""Modality and attribution: is the event asserted, and who says so.

Decisions (documented in the README):
- an event inside a "whether"/"if" question clause ("nor is it mentioned whether both
  parties discussed ...") is not asserted by anyone: it is flagged hypothetical (a possibility the
  text raises), so the default output leaves it out and ``--keep-nonfactual`` keeps it, flagged;
- negated events ("did not meet", "no talks", "refused to" is REJECT, not negation) are coded
  with ``negated: true`` so users can filter them;
- hedged: "it is believed", "reportedly", "allegedly", modal "may/might/could";
- future: "will", "is expected to", "plans to", "is set to";
- hypothetical: conditional clauses ("if", "unless") and "would"; what is wanted, hoped or needed
  ("wants to see X negotiating", "education needs to be a partnership");
- historical: past perfect, or a perfect with repetition/duration ("on several occasions",
  "for years", "since 2013"), or a date long before publication.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .records import Modality

HEDGE_VERBS = {"believe", "think", "suspect", "allege", "rumor", "rumour", "speculate", "suppose", "assume", "understand"}
HEDGE_ADVS = {"reportedly", "allegedly", "apparently", "possibly", "perhaps", "probably", "likely", "purportedly", "supposedly", "seemingly"}
HEDGE_MODALS = {"may", "might", "could"}
#: verbs of wanting: what they govern is wished for, not done ("wants to see X negotiating with Y",
#: "education needs to be a partnership"): hypothetical
DESIRE_VERBS = {"want", "wish", "hope", "desire", "need", "prefer", "dream", "long", "yearn", "like"}
FUTURE_VERBS = {"expect", "plan", "set", "schedule", "intend", "prepare", "aim", "due"}
REPORT_VERBS = {"say", "report", "tell", "announce", "state", "claim", "add", "quote", "confirm", "write",
                "reveal", "insist", "declare", "note", "explain", "publish", "show"}
REPETITION = {"occasion", "occasions", "repeatedly", "years", "decades", "months", "previously", "often",
              "frequently", "long", "past", "earlier", "before", "ago", "again"}
NEGATORS = {"not", "n't", "never", "no", "nor", "neither"}
INABILITY = {"unable", "fail", "refrain", "decline"}
#: a reported event that its reporter denies ("Israel denied that its troops had fired") is negated
DENIAL = {"deny", "refute", "dismiss", "reject"}


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


def analyse(trigger: Token, governor: Token | None, sent: Span, days_before_pub: int | None) -> ModalityResult:
    m = Modality()
    cues: list[str] = []
    heads = [trigger] + ([governor] if governor is not None else [])
    chain = _clause_chain(governor or trigger)
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
    for h in heads:
        for c in h.children:
            if c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("det", "advmod", "preconj")):
                m.negated = True
                cues.append(f"negation '{c.text}'")
            if c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll"):
                m.future = True
                cues.append(f"future '{c.text}'")
            if c.dep_ == "aux" and c.lower_ == "would":
                m.hypothetical = True
                cues.append("conditional 'would'")
            if c.dep_ == "aux" and c.lower_ in HEDGE_MODALS:
                m.hedged = True
                cues.append(f"modal '{c.text}'")
            if c.lower_ in HEDGE_ADVS:
                m.hedged = True
                cues.append(f"hedge '{c.text}'")
    # governing verbs: "is expected to host", "it is believed that", "unable to return"
    for t in chain[1:6]:
        if t.lemma_ in FUTURE_VERBS and t.pos_ in ("VERB", "ADJ", "AUX"):
            m.future = True
            cues.append(f"future '{t.text}'")
        if t.lemma_ in HEDGE_VERBS:
            m.hedged = True
            cues.append(f"hedge '{t.text}'")
        if t.lemma_ in DESIRE_VERBS and t.pos_ in ("VERB", "AUX") and chain[chain.index(t) - 1].dep_ in (
                "xcomp", "ccomp", "dobj"):
            m.hypothetical = True
            cues.append(f"wished for: '{t.text}'")
        if t.lemma_ in INABILITY:
            m.negated = True
            cues.append(f"negation '{t.text}'")
        if t.lemma_ in DENIAL and chain[chain.index(t) - 1].dep_ == "ccomp":
            m.negated = True
            cues.append(f"denied by '{t.text}'")
        if any(c.dep_ == "neg" for c in t.children) and t.lemma_ not in REPORT_VERBS:
            if t.dep_ != "ROOT" or t.i == chain[1].i:
                m.negated = True
                cues.append(f"negated governor '{t.text}'")
        if t.dep_ == "ROOT":
            break
    # historical
    for h in heads:
        auxes = [c for c in h.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ == "had" for a in auxes) and h.tag_ == "VBN":
            m.historical = True
            cues.append("past perfect")
        perfect = any(a.lemma_ == "have" for a in auxes)
        if perfect:
            for d in h.subtree:
                if d.lower_ in REPETITION and d.head is not None and d.dep_ in ("pobj", "advmod", "npadvmod", "amod", "nummod"):
                    m.historical = True
                    cues.append(f"perfect with '{d.text}'")
                    break
                if d.dep_ == "pobj" and d.head.lower_ == "since":
                    m.historical = True
                    cues.append(f"perfect with 'since {d.text}'")
                    break
        prep = h.head if h.dep_ == "pobj" else None
        if prep is not None and prep.head.lower_ in ("start", "beginning", "outbreak") or (
            h.dep_ == "pobj" and h.head.lower_ in ("after", "since", "following", "before")
        ):
            m.historical = True
            cues.append("background event in a time adjunct")
    if days_before_pub is not None and days_before_pub > 31:
        m.historical = True
        cues.append(f"dated {days_before_pub} days before publication")
    return ModalityResult(m, True, cues)


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
    return None


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
        if (t.lemma_ in REPORT_VERBS or t.lemma_ in CLAIM_VERBS) and t.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ == "neg" for c in t.children):
            subj = next((c for c in t.children if c.dep_ in ("nsubj",)), None)
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
        if subj is not None and not (subj.i <= trigger.i <= subj.right_edge.i):
            return _publisher(subj), _cited(root, subj)
    return None, None
