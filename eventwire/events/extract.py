"""Triggers and their arguments from the dependency parse.

For each trigger the lexicon finds, read the source and target heads off the parse:
subjects and objects, obliques ("met with", "visit to", "attacks on"), passive agents
("was attacked by"), light verbs ("held a meeting with": the noun is the trigger, the verb
lends its subject), possessive and adjectival agents of nominal events ("Russia's
invasion of Ukraine", "the Russian invasion"), shared subjects of conjoined and
infinitive verbs, and the antecedent of a relative pronoun ("Pyongyang, which has been
refusing ...").

Embedded events: when a verb of agreeing, refusing, requesting, threatening or promising
governs an infinitive ("agreed to withdraw", "refused to talk with", "urged X to stop"),
ONE event is coded: the governing verb gives the type (AGREE, REJECT, REQUEST, THREATEN)
and the embedded verb gives the target and the mode (withdraw -> REJECT/REQUEST "yield",
talk -> "meet"); the embedded action is not coded as having happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .. import ontology
from ..nlp import entity_at
from .lexicon import PERMITTING_VERBS, Lexicon, TriggerRule, instruments, platforms, word_list

SUBJ = ("nsubj", "csubj")
#: verbs that send a force somewhere, and the forces they send ("troops were deployed to Syria")
DEPLOYING_VERBS = {"deploy", "redeploy", "send", "dispatch", "station", "post", "airlift"}
MOVED_FORCES = {"troop", "soldier", "force", "peacekeeper", "marine", "paratrooper", "unit", "battalion", "brigade",
                "contingent", "reinforcement", "officer", "policeman", "personnel", "warship", "jet", "guardsman"}
#: participles that, passive in form, say what the subject wills ("is committed to", "remains determined to")
COMMITTED_STATES = {"commit", "committed", "dedicate", "dedicated", "determine", "determined", "devote", "devoted"}
PASS_SUBJ = ("nsubjpass",)
OBJ = ("dobj", "dative", "attr", "oprd")
#: prepositions whose object is the target of the event ("attack on X", "talks with X")
TARGET_PREPS = {"with", "to", "against", "on", "at", "into", "for", "from", "toward", "towards",
                "upon", "over", "of", "between", "among", "onto", "about", "across", "around"}
#: verbs that govern an embedded event and give their own type to it
EMBEDDING_TYPES = {"AGREE", "REJECT", "REQUEST", "THREATEN", "CONCEDE", "SUPPORT"}
#: verbs that move what their object names (troops, weapons, aid): the object is never the target
MOVING_VERBS = {"send", "dispatch", "deploy", "redeploy", "supply", "deliver", "provide", "ship", "transfer", "sell",
                "mobilize", "mobilise", "move", "station", "airlift", "give", "donate", "rush", "commit", "contribute",
                "return", "repatriate", "withdraw", "pull", "recall", "scramble", "amass", "mass", "muster"}
#: verbs of a charge: what follows "with", "of" or "for" is the offence ("charged with assault")
CHARGING_VERBS = {"charge", "accuse", "convict", "indict", "suspect", "acquit", "sentence", "fine", "jail", "arrest"}
#: verbs of dying: who died in a shooting or a stabbing suffered it
DYING_VERBS = {"die", "perish", "succumb"}
#: verbs of getting away from something: "fled the fighting" is no fight of those who fled
FLEEING_VERBS = {"flee", "escape", "evade", "avoid", "dodge"}
#: verbs of offering: what is offered goes to whom it is offered to ("offered fighter jets to Ukraine")
OFFERING_VERBS = {"offer", "lend", "loan", "pledge", "promise", "hand", "grant"}
#: moving verbs whose counterpart is the place left: "withdrew peacekeepers from Rwanda"
LEAVING_VERBS = {"withdraw", "pull", "recall"}
#: verbs of stopping: whoever stops an attack or a protest (not their own: "its offensive"; not one a rule of
#: the verb names, as "stop aid"; not a measure, as "ended trade curbs") did not do it
STOPPING_VERBS = {"stop", "prevent", "avert", "thwart", "foil", "halt", "block", "end", "interrupt"}
#: verbs whose object may be another's act or doing ("condemned the strikes", "welcomed the release",
#: "attacked an Israeli patrol", "broke up a protest"): the object's event is not the subject's
REACTION_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "ASSAULT", "COERCE"}
#: verbs of reaching someone, whose purpose clause says what was done to them: "called Erdogan to apologize"
#: prepositions of what comes along with a thing given ("alongside humanitarian aid to Turkey")
ACCOMPANYING_PREPS = {"alongside", "besides", "with"}
CONTACT_VERBS = {"call", "phone", "telephone", "ring", "visit", "meet", "write", "receive", "host"}
#: adverbs that open a list of examples of what was named before ("most notably", "especially")
EXAMPLE_ADVERBS = {"notably", "especially", "particularly", "chiefly", "mainly", "principally", "primarily"}
#: types of speech that blame someone for a deed: the deed's victims are not whom they blame
BLAMING_TYPES = {"ACCUSE", "REJECT"}
#: types of restrictions and their easing, aimed at the country named inside what they restrict
RESTRICTING_TYPES = {"CONCEDE", "RETREAT", "COERCE", "SANCTION"}
#: verbs of making something new: what is made is no party ("agreed to set up a research centre")
CREATING_VERBS = {"set", "establish", "create", "build", "form", "found", "construct", "open", "launch", "develop"}
#: nouns of leave given: "gave approval for the UN to deliver aid" lets the UN act
PERMISSION_NOUNS = {"approval", "permission", "authorization", "authorisation", "clearance", "consent", "go-ahead",
                    "nod", "license", "licence"}
#: a border named "with" a neighbour faces it
BORDER_WORDS = {"border", "frontier", "boundary"}
#: verbs of sending someone on an errand: whom one sends acts for the sender, where they go is the counterpart
ENVOY_VERBS = {"send", "dispatch", "despatch"}
#: what people seek in a country that takes them in
REFUGE_WORDS = {"refuge", "asylum", "shelter", "sanctuary"}
#: types of meetings and pacts, whose host body may be named before the noun ("the Mercosur summit")
MUTUAL_RULE_TYPES = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT"}
#: verbs whose object is what is talked about, not with whom ("discussed Ukraine with Xi")
TOPIC_VERBS = {"discuss", "debate"}
#: verbs whose subject receives what the nominal trigger names ("received aid from", "got a call from")
RECEIVING_VERBS = {"receive", "get", "obtain", "accept", "secure", "win", "gain"}
#: verbs whose subject undergoes the noun's act, done by whoever it comes from ("faced criticism from the UN",
#: "drew condemnation from rights groups")
UNDERGOING_VERBS = {"face", "draw", "attract", "incur", "earn", "suffer", "endure", "weather"}
#: verbs of aiming: "seeks to negotiate" asks nobody for anything; what is aimed at is the event, wished for
AIMING_VERBS = {"seek", "aim", "strive", "endeavour", "endeavor"}
#: verbs that never lend a subject to a nominal trigger as a light verb
NOT_LIGHT = {"be", "say", "report", "mention", "reveal", "discuss", "see", "witness", "underline",
             # causes, not agents: "the scandal triggered the arrest of tycoons"
             "trigger", "prompt", "spark", "cause", "provoke", "precipitate", "fuel",
             # who looks into, tells of or thinks about an event did not do it: "police investigated the
             # shooting", "reporters covered the protest", "the anarchists pioneered car bombing"
             "investigate", "probe", "examine", "study", "review", "cover", "describe", "explain", "recall",
             "remember", "document", "invent", "pioneer", "perfect", "watch", "observe", "monitor", "predict",
             "fear", "anticipate", "mourn", "commemorate", "survive", "film", "photograph", "recount",
             # who ignores a warning or advice did not give it: "disregarded the warnings of Jordan"
             "ignore", "heed", "disregard", "dismiss",
             # who poses or is a danger threatens no one: "she is a bigger danger to the nation than Iran"
             "pose", "represent", "constitute", "remain", "face",
             # who catches or hunts a suspect did not do the crime: "police catch murder suspect"
             "catch", "hunt", "seek", "search", "identify", "question"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
#: plain nouns of people, who do what a participle after them says ("crowds protesting against taxes")
PEOPLE_NOUNS = {"crowd", "protester", "demonstrator", "people", "resident", "worker", "student", "villager",
                "civilian", "supporter", "activist", "youth", "man", "woman", "child", "refugee", "migrant",
                "farmer", "teacher", "doctor", "employee", "member", "fan", "voter", "citizen", "group"}
#: nouns of a share or an amount: "part of its troops", "dozens of drones", "a group of students"
QUANTITY_NOUNS = {"hundreds", "thousands", "dozens", "scores", "millions", "group", "number", "majority", "handful",
                  "some", "many", "most", "all", "dozen", "hundred", "thousand", "members", "rest", "contingent",
                  "batch", "team", "part", "half", "third", "quarter", "bulk", "pair", "trio"}
#: parts of a place, which stand for the place as a target: "airdrops along the coast of Gaza", "shelled the
#: outskirts of Kharkiv"
PLACE_PART_NOUNS = {"coast", "coastline", "outskirts", "suburbs", "suburb", "centre", "center", "heart", "north",
                    "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "interior"}
#: people named by the body they serve: "agents of the SEBIN", "commandos from the Revolutionary Guard"
AFFILIATED_NOUNS = {"agent", "commando", "operative", "officer", "fighter", "soldier", "militant", "gunman",
                    "member", "troop", "unit", "personnel"}
#: types coded from an agentless passive or nominal ("were arrested", "the killing of"): what is
#: done TO someone; a passive "was praised" or "was agreed" says too little to code
AGENTLESS_TYPES = {"COERCE", "ASSAULT", "SANCTION", "RETREAT", "AID"}
OF_TARGET_TYPES = {"RETREAT", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "PROTEST", "AID"}
NOT_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
#: mode of a REQUEST/REJECT from the embedded action's type or lemma
EMBEDDED_MODE = {"CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield", "AID": "assist",
                 "COOPERATE": "assist", "SUPPORT": "assist", "talk": "meet", "dialogue": "meet", "meet": "meet",
                 "negotiate": "meet", "withdraw": "yield", "release": "yield", "resign": "yield", "help": "assist"}


@dataclass
class Candidate:
    """A trigger with the heads of its arguments; actors are resolved later."""

    trigger: Token
    rule: TriggerRule
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    governor: Token | None = None  # the verb whose clause the event sits in (light or matrix verb)
    embedded: Token | None = None  # the infinitive under an embedding verb
    place_targets: list[Token] = field(default_factory=list)  # "arrived in Pyongyang"
    notes: list[str] = field(default_factory=list)
    fallback_targets: list[Token] = field(default_factory=list)
    mode: str | None = None  # set when an embedded action decides the mode ("refused to talk" -> meet)
    #: no agent in the sentence ("ten people were arrested", "the killing of five villagers"):
    #: the event is coded with its target and an inferred or null source
    agentless: bool = False
    #: the type comes from the sentence's structure, not from the trigger word ("ended a siege by
    #: militants" is breaking it): the dyad classifier may still say no event, but not retype it
    structural: bool = False
    #: the parties a mediator brought together ("brokered talks between X and Y"): their talks are an event too
    mediated: list[Token] = field(default_factory=list)

    @property
    def clause_head(self) -> Token:
        return self.governor or self.trigger


def _children(tok: Token, deps: tuple[str, ...] | set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Token, preps: set[str]) -> list[Token]:
    out = []
    for p in tok.children:
        if p.dep_ in ("prep", "agent", "dative") and p.lower_ in preps:
            for c in p.children:
                if c.dep_ == "pcomp" and c.tag_ == "VBG" and p.lower_ in ("on", "against") and not any(
                        g.dep_ == "pobj" for g in p.children):
                    # "an attack on the state government calling it corrupt", parsed as a clause: its subject
                    c = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")), c)
                    if c.dep_ != "nsubj":
                        continue
                elif c.dep_ != "pobj":
                    continue
                c = _quantified(c)
                if c.ent_type_ not in NOT_ACTOR_ENTS:
                    out.append(c)
    return out


def _quantified(tok: Token) -> Token:
    """"hundreds of protesters", "a group of students": the people, not the number; "agents of the
    SEBIN", "commandos from Iran's Revolutionary Guard": the body they serve, named (not a country:
    "troops from Kenya" stay troops, Kenyan)."""
    # ("contingents of troops", "teams of inspectors": the plural of a quantity noun counts too)
    if tok.pos_ == "NUM" or tok.ent_type_ == "CARDINAL" or tok.lower_ in QUANTITY_NOUNS or (
            tok.tag_ == "NNS" and tok.lemma_.lower() in QUANTITY_NOUNS) or (
            tok.lower_ in PLACE_PART_NOUNS and tok.pos_ == "NOUN"):
        of = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
        if of:
            return of[0]
    if tok.lemma_.lower() in AFFILIATED_NOUNS:
        body = [c for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for c in p.children
                if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC", "NORP")]
        if body:
            return body[0]
    return tok


def _antecedent(tok: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause modifies."""
    if tok.tag_ in ("WDT", "WP") or tok.lower_ in ("who", "which", "that"):
        clause = tok.head
        while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl":
            # the nearest noun before the pronoun: "the closeness of Pyongyang, which ..." -> Pyongyang
            head = clause.head
            if head.lemma_.lower() in ATTACK_NOUNS:
                return head  # "a rebel raid on Goma that killed two guards": the raid, not Goma
            nouns = [t for t in head.subtree if t.i < tok.i and t.pos_ in ("NOUN", "PROPN")
                     and t.dep_ not in ("compound",)]
            return nouns[-1] if nouns else head
    if tok.lower_ in PART_WORDS:
        # "None of the Gulf monarchies condemned ...", "two of the suspects": the group named after "of"
        group = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj"]
        if group:
            return group[0]
    return tok


#: nouns whose clause says what someone is said to have done
CLAIM_NOUNS = {"claim", "allegation", "accusation", "report", "suspicion", "charge", "complaint"}
#: words that stand for part of a group named after them with "of"
PART_WORDS = {"none", "neither", "each", "all", "some", "most", "several", "any", "one", "two", "three", "many",
              "few", "both", "either"}


#: verbs that only carry the noun's event ("held drills", "launched an operation")
LIGHT_VERBS = {"hold", "conduct", "launch", "stage", "start", "begin", "carry", "mount", "take"}
#: subjects that are attacks or their weapons: their doer is named inside them ("a Nigerian army drone
#: strike killed ...", "Russian shelling killed ...")
ATTACK_NOUNS = {"strike", "airstrike", "attack", "shelling", "bombardment", "bombing", "raid", "barrage", "fire",
                "missile", "rocket", "shell", "drone", "artillery", "airstrikes", "ambush", "assault", "offensive",
                "gunfire", "crossfire", "crackdown"}
#: prepositions that name what caused a death or an injury: "were killed in Israeli airstrikes", "died in a
#: Taliban ambush", "were wounded by Russian shelling", "as a result of artillery fire"
CAUSE_PREPS = {"in", "by", "during", "from", "after", "under", "amid"}
#: agent words that name the doer inside such a subject
ARMED_WORDS = {"army", "military", "navy", "police", "junta", "forces", "force", "troops", "militants", "rebels"}


def _by_agent(subject: Token) -> Token | None:
    """The doer of a subject that is itself an act: its 'by' agent ("shelling by X", "an attack by X"),
    or for an attack noun the nationality or force inside it ("a Nigerian army drone strike")."""
    if subject.pos_ not in ("VERB", "NOUN") or subject.ent_type_:
        return None
    for c in subject.children:
        if c.dep_ in ("agent", "prep") and c.lower_ == "by":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    if subject.lemma_.lower() in ATTACK_NOUNS:
        # its own modifiers first: "an al-Shabaab ambush" is Shabaab's, the head of the name, not "al"
        # ("army shelling" read as a gerund clause: its subject)
        inside = sorted((t for t in subject.subtree if t.i < subject.i
                         and t.dep_ in ("compound", "amod", "poss", "nmod", "nsubj")),
                        key=lambda t: (t.head.i != subject.i, -t.i))
        forces = [t for t in inside if t.lemma_.lower() in ARMED_WORDS]
        named = [t for t in inside if t.ent_type_ in ("NORP", "GPE", "ORG")]
        return (forces or named or [None])[0]
    return None


def _causes(verb: Token) -> list[Token]:
    """Attacks named as the cause of what a verb tells: "killed in Israeli airstrikes", "as a result of
    artillery fire"."""
    out = []
    for p in verb.children:
        if p.dep_ not in ("prep", "agent") or p.lower_ not in CAUSE_PREPS | {"as"}:
            continue
        for o in _children(p, ("pobj", "pcomp")):  # ("by Russian shelling": a gerund may be parsed a clause)
            if o.lemma_.lower() in ("result", "consequence"):  # "as a result of", "in consequence of"
                o = next((g for p in _children(o, ("prep",)) if p.lower_ == "of"
                          for g in _children(p, ("pobj", "pcomp"))), o)
            if o.lemma_.lower() in ATTACK_NOUNS:
                out.append(o)
    return out


#: verbs of what is done to someone, which never stand without an object in the active voice
DONE_TO = {"stab", "shoot", "kill", "injure", "wound", "kidnap", "abduct", "arrest", "charge", "sentence", "convict",
           "indict", "detain", "jail", "rob", "beat", "assault", "slay", "murder", "strangle"}
#: verbs with no object whose subject acts, whatever the tagger says: "Hundreds of Iraqis protested in
#: Baghdad" (tagged as a participle) is no headline passive
SELF_ACTING_VERBS = {"protest", "march", "rally", "demonstrate", "riot", "strike", "gather", "mutiny", "rebel",
                     "picket", "walk", "meet", "arrive", "travel", "clash", "flee", "renege", "resign", "defect",
                     "abstain", "retaliate", "intervene", "testify", "participate"}
#: prepositions whose gerund the clause's subject does ("by blacklisting", "on authorizing", "after meeting")
GERUND_PREPS = {"by", "on", "upon", "after", "before", "while", "through"}
#: bodies whose own indictment, conviction or arrest is one they make, not one they undergo ("the grand jury's
#: indictment", "the court's conviction")
DOING_BODIES = {"jury", "court", "judge", "prosecutor", "prosecution", "tribunal", "magistrate", "police"}
#: what one sends to someone with a demand or a threat in it: "sent a letter to X threatening ..."
LETTER_NOUNS = {"letter", "message", "note", "memo", "email", "cable", "ultimatum"}
#: verbs of showing and seeing: "television showed gunships firing": what is shown does the act
SHOWING_VERBS = {"show", "see", "watch", "film", "capture", "record", "depict", "hear", "spot", "photograph"}
#: verbs that have someone else's act done: "ordered X detained", "had X arrested", "wanted X killed"
CAUSING_VERBS = {"order", "have", "want", "get", "command", "instruct"}
#: nouns of an undertaking whose "to ...ing" says what is undertaken: "its commitment to supporting Lebanon"
UNDERTAKING_NOUNS = {"commitment", "pledge", "dedication", "determination", "resolve", "readiness", "willingness"}


#: objects of light verbs, never the doer of the act they lead to: "police took positions to disperse the mob",
#: "took steps to curb inflation"
LIGHT_OBJECTS = {"position", "step", "measure", "action", "effort", "move", "decision", "opportunity", "chance",
                 "initiative", "stand", "stance", "part"}


def _caused(verb: Token) -> bool:
    """"A court ordered the opposition leader detained", "the king had the ministers arrested": a participle
    clause under a verb of ordering or causing, whose subject is the one the act is done to."""
    return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CAUSING_VERBS and bool(_children(verb, ("nsubj",)))
            and not _children(verb, ("aux", "auxpass"))
            and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lemma_.lower() in DONE_TO))


def subject_of(verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """(subject heads, passive?) of a verb, inherited through conj / xcomp / advcl chains."""
    subs = _children(verb, SUBJ)
    if subs and _caused(verb):
        return [_antecedent(s) for s in subs], True
    if subs and verb.dep_ in ("ROOT", "csubj") and not _children(verb, ("aux", "auxpass", "dobj", "ccomp", "xcomp")) \
            and (verb.tag_ == "VBN" and verb.lemma_.lower() not in SELF_ACTING_VERBS
                 or verb.tag_ == "VBD" and verb.lemma_.lower() in DONE_TO and len(verb.sent) <= 14) \
            and not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for s in subs for c in s.children):
        # (headlines drop articles: "The Chinese ambassador called on the premier" is a sentence, active)
        # a headline drops the auxiliary: "Dayton man charged over warehouse fire" is passive, and
        # so is "Woman stabbed while jogging" (the tagger's past tense of a verb that needs an object); a
        # reduced relative the parser read as a clausal subject too ("Man arrested at mall had a gun")
        return [_antecedent(s) for s in subs], True
    if subs:
        # "Shelling by the RSF killed 20 people", "an attack by militants killed five": the doer of the
        # subject event is the doer of its consequence
        return [_by_agent(s) or _by_agent(_antecedent(s)) or _antecedent(s) for s in subs], False
    pas = _children(verb, PASS_SUBJ)
    if pas and verb.lemma_.lower() in COMMITTED_STATES and not _pobjs(verb, {"by"}) \
            and not any(c.dep_ == "agent" for c in verb.children):
        # "Japan is committed to supporting Ukraine": a state of the subject's own will, not done to it
        return [_antecedent(s) for s in pas], False
    if pas:
        return [_antecedent(s) for s in pas], True
    named = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dep") and c.i < verb.i
             and (c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and c.ent_iob_ == "B" and c.text[:1].isupper()
                  or c.text.isupper() and len(c.text) >= 3 and c.is_alpha and not c.ent_type_)
             and c.pos_ in ("ADV", "ADJ", "PROPN", "NOUN")]
    if named and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "USAID announced a suspension": a name the tagger took for an adverb, before a finite verb with no
        # subject, is its subject
        return named[-1:], False
    if depth > 4:
        return [], False
    head = verb.head
    if head.i == verb.i:
        return [], False
    if verb.dep_ == "conj" or verb.dep_ in ("xcomp", "advcl", "acomp") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        if verb.dep_ == "xcomp" and verb.tag_ == "VBN" and not _children(verb, ("aux", "auxpass")):
            # a participle complement is passive: "was found shot dead", "police found him stabbed": who was
            # found suffered the act
            objs = _children(head, ("dobj",))
            return objs or subject_of(head, depth + 1)[0], True
        if verb.dep_ == "xcomp":
            objs = [o for o in _children(head, ("dobj",)) if o.lemma_.lower() not in LIGHT_OBJECTS]
            if objs and head.lemma_.lower() not in {"use", "employ"} | CONTACT_VERBS:
                # object control: "urged Iran to stop" -> Iran is the subject of stop (but "used tear gas to
                # disperse crowds": who used it disperses them; "called Morrison to congratulate him": who
                # called congratulates)
                return objs, False
        subs, passive = subject_of(head, depth + 1)
        if verb.dep_ == "conj" and _children(verb, ("auxpass",)):
            # "surrendered to police and were detained": a coordinated verb with its own passive is passive
            return subs, True
        # "X is set to meet Y", "X was forced to leave": the raised subject does the embedded act;
        # only a coordinated verb shares the passive ("was arrested and charged")
        return subs, passive and verb.dep_ == "conj"
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and verb.tag_ == "VB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "the government's promise to provide $1 billion", "a decision by Kenya to send police": the noun's
        # owner does the act, else whoever made the decision ("Germany announced a decision to send troops")
        # ("a White House plan to deport migrants": a name before the noun owns it too)
        owners = _children(head, ("poss",)) + _pobjs(head, {"by"}) + [
            c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i
            and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")]
        if owners:
            return [_antecedent(o) for o in owners], False
        if head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() not in OPPOSING_VERBS:
            # (but "the officials challenged a plan to deport migrants": the plan is not theirs)
            return subject_of(head.head, depth + 1)[0], False
        return [], False
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        if verb.tag_ == "VBG":
            # "parliament passed a resolution criticizing X": the resolution's author acts (but "dispersed
            # crowds protesting against taxes": the crowds protest)
            if head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX") \
                    and head.lemma_.lower() not in PEOPLE_NOUNS and head.lemma_.lower() not in platforms() \
                    and head.head.lemma_.lower() not in SHOWING_VERBS:
                # (but "forced a cargo plane flying to Delhi to land": the plane flies)
                return subject_of(head.head, depth + 1)
            return [head], False
        if verb.tag_ == "VBD" and _children(verb, ("dobj",)) or (
                # ("The Chinese ambassador called on the premier": a past tense right after the sentence's
                # opening noun phrase, which the parser made the root)
                head.dep_ == "ROOT" and (head.i == verb.sent.start or verb.tag_ == "VBD" and head.left_edge.i == verb.sent.start)
                and verb.i == head.i + 1
                and verb.lemma_.lower() not in DONE_TO and _pobjs(verb, {"on", "with", "against"})
                and not _pobjs(verb, {"by"}) and not any(c.dep_ == "agent" for c in verb.children)) or (
                # ("A delegation of the party on Thursday called on the premier", "A congressional report called
                # for sanctions": the sentence has no other verb, and no passive takes "for" or "on" so)
                head.dep_ == "ROOT" and head.left_edge.i == verb.sent.start and verb.tag_ in ("VBD", "VBN")
                and _pobjs(verb, {"on", "for"}) and not _pobjs(verb, {"by"})
                and not any(c.dep_ == "agent" for c in verb.children) and verb.lemma_.lower() not in DONE_TO
                and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ == "AUX" or t.lower_ in (",", "--")
                            for t in verb.doc[head.i + 1: verb.i] if not _in_apposition(t, head))):
            # "Trump called Britain's ambassador a stupid guy", "Trump reneged on the accord" parsed as a
            # modifier of the name that opens the sentence: its main verb, active (but "Man arrested at mall")
            return [head], False
        if verb.tag_ == "VBN" and head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "before") \
                and head.lemma_.lower() in ("court", "courtroom", "dock", "tribunal") and head.head.head.pos_ == "VERB":
            # "appeared in court charged with fraud": who appeared was charged, not the court
            return subject_of(head.head.head, depth + 1)[0], True
        return [head], True  # "a delegation invited by ..." : the noun is the patient
    if verb.dep_ == "relcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        # "began a fast to protest against the jail's rules": who began it protests
        return subject_of(head.head, depth + 1)[0], False
    if verb.dep_ == "relcl":
        return [head], False
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "to" and head.head.pos_ == "NOUN" \
            and head.head.lemma_.lower() in UNDERTAKING_NOUNS:
        # "reiterated the UN's commitment to supporting Lebanon": the owner of the undertaking does the act,
        # else whoever states it
        noun = head.head
        owners = [o for o in _children(noun, ("poss",)) + _pobjs(noun, {"by"}) if o.pos_ != "PRON"]
        if owners:
            return [_antecedent(o) for o in owners], False
        if noun.dep_ in ("dobj", "pobj", "nsubj") and noun.head.pos_ in ("VERB", "AUX", "ADP"):
            gov = noun.head.head if noun.dep_ == "pobj" else noun.head
            return subject_of(gov, depth + 1)[0], False
        return [], False
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "to" and head.head.pos_ in ("VERB", "ADJ") \
            and head.head.lemma_.lower() in COMMITTED_STATES:
        # "is committed to supporting Ukraine", "remains committed to helping Haiti": the committed act
        return subject_of(head.head, depth + 1)[0], False
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in GERUND_PREPS \
            and head.head.pos_ in ("VERB", "AUX"):
        # "expanded its sanctions by blacklisting firms", "will vote on authorizing a mission": the gerund's
        # doer is the clause's subject (not so "accused X of attacking", "condemned X for attacking")
        return subject_of(head.head, depth + 1)[0], False
    return [], False


#: words of time a bare noun phrase after a verb may be ("met this week", "left last month")
_TIME_NOUNS = {"today", "tonight", "yesterday", "tomorrow", "week", "month", "year", "day", "morning", "evening",
               "night", "afternoon", "time", "weekend", "decade", "century", "hour", "minute", "season"}


def _shifted_object(verb: Token) -> list[Token]:
    """"received in Riyadh today the Secretary of State": an object moved after the verb's adjuncts, which
    the parser reads as an adverbial noun phrase; a noun phrase that names no time is the object."""
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
            and c.ent_type_ not in ("DATE", "TIME") and c.lemma_.lower() not in _TIME_NOUNS
            and any(d.dep_ == "det" for d in c.children)
            and any(p.dep_ == "prep" and verb.i < p.i < c.i for p in verb.children)][:1]


def _apposed(o: Token, verb: Token) -> bool:
    """Is the object a description after a comma that follows a name the same verb governs through a
    preposition ("... ties with Bhutan, a Himalayan kingdom")?"""
    first = min(t.i for t in o.subtree)
    if first < 2 or o.i < verb.i or o.doc[first].lower_ not in ("a", "an", "the") or o.doc[first - 1].text != ",":
        return False
    name = o.doc[first - 2]
    return name.pos_ == "PROPN" and name.dep_ == "pobj" and name.head.head.i == verb.i


def _countries_inside(heads: list[Token]) -> list[Token]:
    """Countries named inside phrases that are no actors: "restrictions on travel to Cuba" (Cuba), "curbs on
    aid to North Korea" (North Korea)."""
    # (also what an infinitive inside names: "restrictions on the ability of families to send money to Cuba")
    return [g for a in heads for p in a.subtree if p.dep_ == "prep" and p.i > a.i
            and p.lower_ in ("to", "in", "into", "for", "against") and (p.head.pos_ == "NOUN" or p.head.tag_ == "VB")
            for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "NORP")]


#: heads of "the two sides", "both countries": a phrase that points back to two parties named before
BOTH_SIDES_HEADS = {"side", "party", "country", "nation", "leader", "government", "delegation", "minister", "state"}


def _asked_to_act(verb: Token, lexicon: Lexicon) -> bool:
    """Does "called on X" ask X to do something ("to withdraw", "for restraint")? A purpose of meeting
    ("to exchange views") asks nothing of X ("called on X to discuss" has a rule of its own, a request)."""
    if any(p.dep_ == "prep" and p.lower_ == "for" for p in verb.children):
        return True
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX")]
    acts += [g for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
             for g in o.children if g.dep_ in ("acl", "relcl", "xcomp") and g.pos_ in ("VERB", "AUX")]
    return any(getattr(lexicon.match(a, "VERB"), "type", None) != "CONSULT" for a in acts)


def _both_sides(tok: Token) -> bool:
    return tok.lemma_.lower() in BOTH_SIDES_HEADS and any(c.lower_ in ("two", "both") for c in tok.children)


#: a state's missions abroad: a protest held at one is aimed at that state
MISSION_NOUNS = {"embassy", "consulate", "legation", "mission", "residence"}


def _missions_protested(tok: Token) -> list[Token]:
    """"protested outside the US embassy", "rallied in front of the Russian consulate": a state's mission
    where people protest is whom they protest against (CAMEO codes the embassy's state as the target)."""
    where = _pobjs(tok, {"outside", "at", "near", "opposite", "before", "by", "beside"})
    where += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
              for f in _children(p, ("pobj",)) if f.lower_ == "front" for g in _pobjs(f, {"of"})]
    return [w for w in where if w.lemma_.lower() in MISSION_NOUNS and any(
        c.dep_ in ("amod", "compound", "poss", "nmod") for c in w.children)]


#: verbs that say what a strike or a sit-in is against ("a sit-in to denounce the governor")
PROTESTING_VERBS = {"protest", "demonstrate", "oppose", "denounce", "challenge"}


def _protested_against(noun: Token) -> list[Token]:
    """"began a hunger strike to denounce the jail's governors", "held a sit-in, protesting the county
    government": the strike's purpose names whom it is against."""
    gov = noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.pos_ == "VERB":
        gov = noun.head.head  # "went on strike over the plan"
    # (the purpose hangs on the verb, or on the strike itself: "a fast to denounce the jail's governors")
    purpose = [c for h in ([gov] if gov is not None else []) for c in h.children if c.dep_ in ("xcomp", "advcl")]
    purpose = [c for c in purpose + [c for c in noun.children if c.dep_ in ("acl", "relcl")]
               if c.lemma_.lower() in PROTESTING_VERBS]
    out = [t for c in purpose for t in _pobjs(c, {"against"}) + _children(c, ("dobj",)) if t.pos_ in ("NOUN", "PROPN")]
    # "went on strike over Ford's plan to close the plant", "a sit-in in response to Boeing's decision", "a hunger
    # strike in protest at conditions at the camp": what it answers, or whose it is
    causes = [t for h in (noun, gov) if h is not None for t in _pobjs(h, {"over", "against"})]
    causes += [t for h in (noun, gov) if h is not None for f in _pobjs(h, {"in"})
               if f.lemma_.lower() in ("response", "protest", "reaction", "opposition")
               for t in _pobjs(f, {"to", "at", "against", "over"})]
    out += [(_children(t, ("poss",)) or [t])[0] for t in causes if t.pos_ in ("NOUN", "PROPN")]
    return out


def _verb_args(cand: Candidate, verb: Token, lexicon: Lexicon) -> None:
    subs, passive = subject_of(verb)
    if verb.tag_ == "VBG" and any(o.lemma_.lower() == "death" for o in _children(verb, ("dobj",))) and all(
            any(c.dep_ == "case" for c in s.children) for s in subs) and subs:
        # "the man's stabbing death", parsed as the man stabbing a death: he is the one who died
        cand.targets += subs
        cand.agentless = cand.rule.type in AGENTLESS_TYPES
        cand.notes.append("'X's shooting death': X died")
        return
    if passive:
        cand.targets += subs
        cand.sources += _pobjs(verb, {"by"}) + [a for p in _children(verb, ("agent",)) for a in _children(p, ("pobj",))]
        if not cand.sources:
            # "were denied visas by the United States": the agent the parser hung on the retained object
            cand.sources += [a for o in _children(verb, ("dobj",)) for a in _pobjs(o, {"by"})
                             if a.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or a.pos_ == "PROPN"]
        if not cand.sources and _caused(verb):
            # "a court ordered the opposition leader detained": who ordered it has it done
            orderers, ordered_passive = subject_of(verb.head)
            cand.sources += [] if ordered_passive else orderers
        if cand.rule.type == "ASSAULT":
            # "were killed in Israeli airstrikes", "were wounded by Russian shelling": the attack's doer
            causes = [_by_agent(c) for c in _causes(verb)]
            cand.sources = [s for s in cand.sources if s.lemma_.lower() not in ATTACK_NOUNS] + [
                c for c in causes if c is not None]
            if not cand.sources:
                # "two civilians were killed as Russian troops shelled Kherson": who shelled killed them
                for adv in _children(verb, ("advcl",)):
                    if any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "while") for m in adv.children) \
                            and getattr(lexicon.match(adv, "VERB"), "type", None) == "ASSAULT":
                        subs_, passive_ = subject_of(adv)
                        cand.sources += [] if passive_ else subs_[:1]
        if not cand.sources and cand.rule.type in ("MOBILIZE", "AID") and verb.lemma_.lower() in DEPLOYING_VERBS \
                and subs and all(s.lemma_.lower() in MOVED_FORCES for s in subs):
            # "Russian troops were deployed to Syria", "peacekeepers are being deployed in Mali": a force sent
            # with no sender named is its own state's show of force or mission, aimed where it goes
            cand.sources, cand.targets = list(subs), [t for t in cand.targets if t not in subs]
            cand.notes.append("a force deployed with no sender named: the force itself")
        # ("was airlifted to hospital": a bare verb of carrying is no aid; "was given aid" is)
        cand.agentless = not cand.sources and bool(subs) and cand.rule.type in AGENTLESS_TYPES and (
            cand.rule.type != "AID" or bool(cand.rule.extras))
    else:
        cand.sources += subs
    addressees = [g for p in verb.head.children if p.dep_ in ("dative", "prep") and p.lower_ == "to"
                  for g in p.children if g.dep_ == "pobj"] if verb.dep_ == "advcl" and verb.tag_ == "VBG" and any(
        o.lemma_.lower() in LETTER_NOUNS for o in _children(verb.head, ("dobj",))) else []
    if addressees:
        # "wrote a letter to the WHO chief threatening to pull US funding": the letter's addressee is the one
        # threatened (not the funding's owner, nor what the threat is about)
        cand.targets += addressees
        return
    objs = _children(verb, OBJ) or _shifted_object(verb)
    # "rebel groups opposed the Kenyan role, most notably JEM and the SLA": names the parser hung
    # on the verb after a comma and "notably" are examples of a group named before, not what was done to
    objs = [o for o in objs if not (o.i > verb.i and any(c.dep_ == "advmod" and c.lower_ in EXAMPLE_ADVERBS
                                                         for c in o.children)
                                    and any(t.is_punct for t in o.doc[verb.i:o.i]))]
    # "opened relations with Laos, a landlocked communist state ...": a description the parser hung on the
    # verb after a comma is the apposition of the name before it, no object of its own
    objs = [o for o in objs if not _apposed(o, verb)]
    if verb.lemma_.lower() in PERMITTING_VERBS:
        # "allow UN inspectors (to) visit Darfur", parsed as a clause: whom one lets act is the target
        objs += [sub for c in verb.children if c.dep_ in ("ccomp", "xcomp") for sub in _children(c, ("nsubj",))]
        # ... and where they are let go is the counterpart when they are none ("to enter Gaza", "into Gaza")
        cand.fallback_targets += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                                  for g in _children(c, ("dobj",)) + _pobjs(c, {"into", "to"}) if g.pos_ == "PROPN"]
    # "let free some 30 activists", "set free the hostages" parsed as a clause: the pattern's second verb
    # holds the object
    objs += [o for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in cand.rule.extras
             for o in _children(c, OBJ + SUBJ)]
    for o in objs:
        if verb.lemma_.lower() in TOPIC_VERBS:
            # "discussed Ukraine with Xi": Ukraine is the topic, Xi the partner (also when the parser hangs
            # "with Xi" on the topic: "discussed the crisis with Zelensky")
            cand.targets += _pobjs(o, {"with"})
            cand.fallback_targets.append(o)
            continue
        # the rule's own object, or one named by its compound ("closed its border crossings": the border)
        own = cand.rule.names(o.lemma_.lower()) or any(
            cand.rule.names(g.lemma_.lower()) for g in _children(o, ("compound",)) if g.pos_ == "NOUN")
        # (what someone said is owned by its author, below: "refuted the senator's remarks on the dispute")
        own = own and "@assertions" not in cand.rule.extras
        # ("received the Secretary of State": whom one receives is the partner, not what the title is of;
        # "led a delegation to Pretoria": where it went is)
        aimed = _pobjs(o, TARGET_PREPS - ({"of"} if cand.rule.mode == "visit" else set())
                       # ("summoned the Japanese ambassador over the visit": what one protests is the reason, not
                       # whom; the ambassador summoned is)
                       - ({"over", "for"} if cand.rule.type in BLAMING_TYPES | {"SANCTION"} else set())) if own else []
        if own and cand.rule.type == "CONSULT":
            # "raised the issue of Sikh separatists with Trudeau": the partner, wherever the parser hung it
            aimed = [g for p in o.subtree if p.dep_ == "prep" and p.lower_ == "with"
                     for g in _children(p, ("pobj",))] or aimed
        if own and verb.lemma_.lower() in ("give", "grant", "offer", "deny"):
            # "gave the United States permission to use ...", "gave NATO access to its bases": a recipient the
            # parser took for a compound of the rule's own object
            aimed = [g for g in _children(o, ("compound",)) if g.i < o.i and (
                g.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") or g.pos_ == "NOUN" and any(
                    c.ent_type_ in ("GPE", "ORG", "NORP") for c in g.children if c.dep_ in ("compound", "amod")))
                     ] or aimed
        if aimed:
            # "opened fire on Armenian positions", "took control of Rubaya": the rule's own object is no
            # target, its oblique is (but "seized a British tanker": the tanker is)
            cand.targets += aimed
            # ... and when the oblique is no actor, a country named inside it is ("eased restrictions on
            # humanitarian aid to North Korea", "lifted curbs on family visits to Cuba")
            if cand.rule.type in RESTRICTING_TYPES:
                cand.fallback_targets += _countries_inside(aimed)
            continue
        if own and o.pos_ == "NOUN" and [t for t in _pobjs(verb, {"with", "on", "against"})
                                         if t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.head.lower_ == "with"]:
            continue  # ... also when the parser hangs the oblique on the verb: "closed Venezuela's borders with Brazil",
            # "will join forces with the liberal group"
        if own and cand.rule.cameo == "074":
            # "approved a Rwandan-led mission to Mozambique": the force authorized is no target, where
            # it goes is (its leader sends it, a party of its own)
            cand.targets += _pobjs(verb, {"to", "for", "in", "into"})
            continue
        if verb.lemma_.lower() in (MOVING_VERBS | OFFERING_VERBS) - {"return", "repatriate"} \
                and cand.rule.type != "RETREAT" and o.pos_ == "NOUN" and o.ent_type_ != "PERSON" \
                and [g for g in _pobjs(verb, {"to"}) if g.pos_ in ("PROPN", "NOUN")]:
            # "offered an armored regiment to the United States", "lent doctors to Haiti": what is given is
            # no target, who receives it is (the oblique, below)
            continue
        moved = [o, *_pobjs(o, {"of"})]  # "sent hundreds of balloons": the balloons are what is sent
        if cand.rule.names_by_class(o.lemma_.lower()) and "@assertions" not in cand.rule.extras or (
                verb.lemma_.lower() in MOVING_VERBS and (any(cand.rule.names(m.lemma_.lower()) for m in moved)
                                                         or cand.rule.type == "MOBILIZE")):
            # "sent two destroyers to the Philippines", "is sending troops to South Sudan", "mobilized the
            # Army": what is moved is no target, the oblique is (but "trained Houthi fighters": they are);
            # where it goes may hang from the object ("balloons carrying rubbish into South Korea")
            # ("returned a painting stolen from a gallery owned by a collector to Dutch authorities")
            # ("withdrew a batch of peacekeepers from Liberia": the place left, for verbs of leaving)
            # (not what someone said: "refuted Trump's comments" bears on Trump)
            away = ("to", "into", "from") if verb.lemma_.lower() in LEAVING_VERBS else ("to", "into")
            cand.fallback_targets += [g for p in o.subtree if p.dep_ == "prep" and p.lower_ in away
                                      and p.head.i != o.i for g in _children(p, ("pobj",)) if g.pos_ == "PROPN" or (
                                          g.pos_ == "NOUN" and any(m.ent_type_ in ("NORP", "GPE") for m in g.children))]
            continue
        if len(moved) > 1 and any(cand.rule.names(m.lemma_.lower()) for m in moved[1:]) \
                and (o.pos_ in ("PRON", "NUM") or o.lemma_.lower() in QUANTITY_NOUNS):
            continue  # "withdrew some of its soldiers from Niger": a share of the rule's own object, no target
        asked_of = [g for g in _pobjs(o, {"from"}) if g.pos_ != "PRON"] if cand.rule.type == "REQUEST" else []
        if asked_of and o.pos_ == "NOUN":
            cand.targets += asked_of
            continue  # "requested funds from Washington": what is asked for is no one, whom it is asked from is
        # if the object is no actor, its author may be: "the decision of X", "a request from X", "X's plan"
        # ... or the object's own oblique: "called for sanctions against X", "lift sanctions on X"
        # ... or its author named before it ("blocked the joint EU statement")
        # "condemned the Israeli operation": a nationality before the object is its author
        # (but "fired Russian missiles at the convoy": a weapon's maker is no target; its owner named is)
        weapon = o.lemma_.lower() in instruments()
        authors = [a for a in _children(o, ("compound", "nmod", "amod")) if a.ent_type_ in ("ORG", "GPE", "NORP")
                   and a.i < o.i and not (weapon and not national_platform(o))]
        owners = _children(o, ("poss",)) + authors
        # (an attack condemned or denied names its victims after "on": they are not whom one condemns; "condemned
        # the attack on a church in Quetta" blames whoever attacked, here no one named)
        deed_rule = lexicon.match(o, "NOUN") if cand.rule.type in BLAMING_TYPES else None
        deed = deed_rule is not None and deed_rule.type != "NONE" and ontology.quad_class(deed_rule.type) == 4
        # (the doer may hang on the victim: "the attack on its embassy by Houthi rebels")
        doers = _pobjs(o, {"by"}) + [b for v in _pobjs(o, TARGET_PREPS) for b in _pobjs(v, {"by"})] if deed else []
        cand.fallback_targets += [a for a in (owners or (doers if deed else _pobjs(o, {"of", "from", "by"} | TARGET_PREPS)))
                                  if a.pos_ != "PRON"]
        # ... or named through a participle: "rejected the draft resolution proposed by the Security Council"
        cand.fallback_targets += [a for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                  for a in _pobjs(c, {"by"})]
        # "pledged 242 million pounds in aid to Ukraine": the recipient hangs deeper in the object
        # (and the partner deeper in it: "negotiate a code of conduct for the South China Sea with Beijing")
        deep = ("to", "for", "with", "from") if cand.rule.type == "RETREAT" else ("to", "for", "with")
        # ("withdrew some of its soldiers from Niger": what is left lies deeper in the object too)
        # (but not from a clause inside the object: "seized the depots along the railway, which runs from
        # the mines to the port": where the railway runs is no one acted on)
        cand.fallback_targets += [g for p in o.subtree if p.dep_ == "prep" and p.lower_ in deep
                                  and p.head.i != o.i and p.head.i != verb.i and p.head.pos_ in ("NOUN", "PROPN")
                                  for g in p.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
        if weapon and (not national_platform(o) or verb.lemma_.lower() in FIRING_VERBS):
            continue  # "fired missiles at Kharkiv", "launched Iranian drones at Kyiv": the weapon is no target
        if o.pos_ in ("NOUN", "PROPN", "PRON") and not lexicon.match(o, "NOUN"):
            cand.targets.append(o)
        elif o.pos_ == "NUM" and o.like_num and verb.lemma_.lower() in DONE_TO:
            cand.targets.append(o)  # "deputies arrested 11 in a drug sweep": eleven people
        elif o.pos_ in ("NOUN",):
            # the object is itself an event ("condemned Russia's attack"): its agent is the target
            agent = _children(o, ("poss",)) or [a for a in _children(o, ("amod", "compound")) if a.ent_type_ in ("NORP", "GPE")]
            cand.targets += agent
    preps = set(TARGET_PREPS)
    if cand.rule.extras & REFUGE_WORDS:
        preps |= {"in"}  # "sought refuge in Thailand": where one seeks refuge is asked for it
    if cand.rule.mode == "visit" or (verb.lemma_.lower() in MOVING_VERBS and cand.rule.type in ("MOBILIZE", "AID")):
        preps |= {"in"}  # "arrived in Pyongyang", "deployed observers in Zimbabwe"
    if cand.rule.type == "MOBILIZE" and "alert" in cand.rule.extras:
        preps |= {"in"}  # "troops remained on alert in Belarus": a force on alert abroad faces where it stands
    if cand.rule.type == "MOBILIZE":
        preps |= {"near", "along"}  # "massed troops near the border with Lebanon", "along the Polish border"
    if cand.rule.mode == "arrest":
        preps -= {"at"}  # "arrested at City Hall", "made the arrests at a motel": where, not whom
    if verb.lemma_.lower() in CHARGING_VERBS:
        preps -= {"with", "of", "for"}  # "charged with DUI", "convicted of fraud": the crime, never whom
    # ("fought on the Ukrainian side", "on the side of the rebels": the side one is on is one's own)
    obliques = [t for t in _pobjs(verb, preps) if t.i not in {s.i for s in cand.sources}
                and not (t.lemma_.lower() == "side" and t.head.lower_ == "on")]
    # "agreed to a prisoner swap with Ukraine": the rule's own word is no target, its oblique is
    obliques = [a for t in obliques for a in ((_pobjs(t, TARGET_PREPS) or [t]) if cand.rule.names(t.lemma_.lower())
                                              else [t])]
    if not cand.targets:
        cand.targets += obliques
    else:
        cand.fallback_targets += obliques  # used when the object is not an actor ("sent tanks to Ukraine")
    # "conceded to the wage demands of the truck drivers", "reply to a request from opposition lawmakers": when the
    # oblique is no actor, its author may be
    # ("called for sanctions against Iranian officials")
    # ("reneged on the nuclear accord with Iran": a pact's other party)
    cand.fallback_targets += concerned(obliques, {"of", "from", "by", "against", "on"} | (
        {"with"} if cand.rule.type in ("REJECT", "RETREAT", "AGREE") else set()))
    if cand.rule.type == "MOBILIZE":
        cand.targets = [t for t in cand.targets if t.lemma_.lower() not in ("alert", "standby")]  # a state, no one
    if cand.rule.type == "MOBILIZE" and not cand.targets:
        # "massed troops along the border with Ukraine", "on alert near the border with Lebanon", parsed with the
        # troops or the alert: where the force stands
        holders = _children(verb, ("dobj",)) + [a for a in _pobjs(verb, {"on"}) if a.lemma_.lower() in ("alert", "standby")]
        cand.targets += [t for o in holders for t in _pobjs(o, {"near", "along", "on", "at"})
                         if t.lemma_.lower() in BORDER_WORDS or is_place(t)]
    if cand.rule.type in ("MOBILIZE", "ASSAULT"):
        # "massed troops on its border with Ukraine": a border faces the neighbour named with it
        cand.targets = [a for t in cand.targets for a in ((_pobjs(t, {"with"}) or [t]) if t.lemma_.lower() in BORDER_WORDS
                                                          else [t])]
    # "visit to Pyongyang", "arrived in Pyongyang": places stand in for their government
    cand.place_targets = [t for t in cand.targets if is_place(t)]
    if not cand.targets and cand.rule.type in ("CONCEDE", "RETREAT"):
        cand.fallback_targets += _answered(verb)
    # (parsed as the call's complement too: "called Erdogan to apologize")
    if (verb.dep_ == "advcl" or verb.dep_ == "xcomp" and cand.rule.type == "SUPPORT") and verb.head.pos_ == "VERB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and (not cand.targets and cand.rule.type == "CONSULT"
                 or cand.rule.type == "SUPPORT" and verb.head.lemma_.lower() in CONTACT_VERBS):
        # "Macron called Scholz on Tuesday to discuss the budget": whom one called to discuss it; "called
        # Erdogan to apologize for the incident": whom one apologized to (what for is no party)
        # ("dispatched his foreign minister to Khartoum to discuss the crisis": the envoy sent holds the talks
        # for the sender, with whoever is where the envoy goes)
        sent = verb.head.lemma_.lower() in ENVOY_VERBS
        # (one apologizes to whoever the call reached, named or described: "called the Turkish president")
        cand.fallback_targets += [o for o in verb.head.children if o.dep_ in ("dobj", "oprd") and (
            o.pos_ == "PROPN" or o.pos_ == "NOUN" and cand.rule.type == "SUPPORT") and not sent] + (
            _pobjs(verb.head, {"to"}) if sent else [])
    if not cand.targets and cand.rule.type == "REQUEST":
        # "demanded that the interior minister resign": the demand is made of whoever must act
        cand.fallback_targets += [sub for c in verb.children if c.dep_ == "ccomp"
                                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                  for sub in _children(c, ("nsubj",)) if sub.pos_ != "PRON"]
    if not cand.targets and cand.rule.type == "AID":
        # "gave 5 million euros to build schools in Kenya": where the money goes
        # ("sent food to feed refugees in Chad": those it is to help, rather than where they are)
        cand.fallback_targets += _aided(verb) or [g for c in verb.children if c.dep_ in ("advcl", "xcomp")
                                                  for p in c.subtree if p.dep_ == "prep" and p.lower_ == "in"
                                                  for g in _children(p, ("pobj",)) if is_place(g)]
        # "to supply rifles alongside food aid to Kenya": the recipient of what goes with it
        cand.fallback_targets += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ACCOMPANYING_PREPS
                                  for a in _children(p, ("pobj",)) for g in _pobjs(a, {"to"})]
    if not cand.targets and cand.rule.type in ("AID", "COOPERATE", "SUPPORT"):
        # "helped the Houthis plan their operations": whoever is helped to act is the target
        cand.fallback_targets += [sub for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                                  for sub in _children(c, ("nsubj",)) if sub.pos_ != "PRON"]
    if cand.rule.type == "MOBILIZE":
        # "mobilized its reservists for an offensive against the militia", "mobilized its army to strike against
        # positions across the border": whom the build-up is aimed at
        purposes = [n for p in _children(verb, ("prep",)) if p.lower_ == "for" for n in _children(p, ("pobj",))]
        purposes += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)]
        cand.fallback_targets += [t for n in purposes for t in n.subtree
                                  if t.dep_ == "pobj" and t.head.lower_ == "against" and t.pos_ in ("NOUN", "PROPN")]
    if cand.rule.type == "THREATEN":
        # "warned that Pyongyang would respond if South Korea resumes broadcasts": the threatened one
        # is whoever the condition is about
        cand.fallback_targets += [sub for adv in verb.subtree if adv.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in adv.children)
            for sub in _children(adv, ("nsubj",)) if sub.pos_ != "PRON"]


#: owners that make a platform an actor as a nationality does ("junta jets", "army drones")
PLATFORM_OWNERS = {"junta", "army", "military", "regime", "government", "navy", "rebel", "militant", "coalition"}
#: verbs whose object is what is fired, a weapon whatever its nationality ("launched Iranian drones at Kyiv")
FIRING_VERBS = {"fire", "launch", "shoot"}
#: bodies named before a nominal act as its doer ("a rebel attack", "a government offensive", "a police raid";
#: not "military operations", "a troop withdrawal": a kind of act, or what is withdrawn)
ACTING_MODIFIERS = {"junta", "army", "regime", "government", "navy", "rebel", "militant", "coalition", "police",
                    "insurgent", "opposition", "guerrilla", "jihadist", "separatist", "militia"}


def national_platform(t: Token) -> bool:
    """A ship, an aircraft, a drone, a unit with a nationality or an owner ("12 Ukrainian drones", "Chinese
    warships", "junta jets"): it acts, or is hit, for those forces (``data/lexicon/platforms.tsv``)."""
    return t.lemma_.lower() in platforms() and any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ in ("NORP", "GPE")
                                                          or c.lemma_.lower() in PLATFORM_OWNERS)
        for c in t.subtree if c.i < t.i)


def is_place(t: Token) -> bool:
    """A place name: tagged as one, or a proper noun the gazetteer knows ("shelled Odesa" when the model
    leaves Odesa untagged; a city of 100,000 people or more even when it took it for a person)."""
    if t.ent_type_ in PLACE_ENTS:
        return True
    if t._.surname_of:
        return False  # "Paris had been shot": a man the story named in full before
    if t.pos_ != "PROPN" or t.ent_type_ == "NORP" or not t.text[:1].isupper():
        return False
    from ..geo import AREA_WORDS, lookup

    if t.lower_ in AREA_WORDS and area_name(t) != t.text:
        return lookup(area_name(t)) is not None  # "Rakhine State", whatever the model took it for
    # "Khan Younis" with its first word as a compound: the whole name
    place = lookup(area_name(t)) if area_name(t) != t.text else lookup(t.text)
    # a small model takes some cities for people ("attacked Kharkiv"): a large city is a place all the same,
    # when it is the whole name ("George T. Miller" is a man, whatever George in South Africa is)
    if t.ent_type_ == "PERSON":
        ent = entity_at(t)
        if ent is not None and len(ent) > 1:
            # ... unless the whole name is the place ("Khan Younis" taken for a person)
            return lookup(ent.text) is not None
    # (by the city's own name: "Manning", a surname, is only another name of a Chinese city)
    return place is not None and (t.ent_type_ != "PERSON" or place.population >= 100_000
                                  and place.name.lower() == t.text.lower())


def area_name(t: Token) -> str:
    """An area word with its name before it ("Rakhine State", "Kech district"), else the word."""
    names = [c for c in t.children if c.dep_ == "compound" and c.i < t.i and c.text[:1].isupper()]
    return t.doc[names[0].i: t.i + 1].text if names else t.text


def _embedded(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX", "NOUN") and any(a.lower_ == "to" for a in c.children):
            return c
    return None


#: nouns that only count or package an event: "a package of sanctions against Russia", "a new round of talks"
PACKAGE_NOUNS = {"package", "round", "wave", "series", "set", "batch", "string", "spate", "flurry", "raft", "barrage"}


#: verbs of taking part in a body's meeting: "attended a session of the assembly"
JOINING_VERBS = {"attend", "join", "address", "chair", "host"}


def _noun_args(cand: Candidate, noun: Token, lexicon: Lexicon) -> bool:
    """Arguments of a nominal trigger; False when it has no agent (so no event)."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and not lexicon.match(noun.head, "NOUN"):
        noun = noun.head  # "began a mediation effort between ...": the phrase's head carries the syntax
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PACKAGE_NOUNS:
        targets = _pobjs(noun, TARGET_PREPS - {"of"})
        if targets:
            cand.targets += targets  # "a package of sanctions against Russia": the target stays with the event
        noun = noun.head.head  # ... and the package carries the syntax: "failed to adopt a package of ..."
    # "of" names the target of conflict and yielding nouns ("the arrest of X", "an investigation of X"),
    # but the participants of cooperative ones ("a meeting of ministers")
    # ("demanded the release of a lawyer": a demand for an act done to someone names them after "of")
    own = lexicon.match(noun, "NOUN")
    of = {"of"} if cand.rule.type in OF_TARGET_TYPES or (own is not None and own.type in OF_TARGET_TYPES) else set()
    if cand.rule.type == "REQUEST" and cand.rule.mode == "meet":
        of = {"of"}  # "demanded a meeting of the Security Council": the body asked to meet
    if cand.rule.type == "CONSULT" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in JOINING_VERBS:
        of = {"of"}  # "attended a session of the city council": one who joins meets the body
    # "peacekeeping operations in Lebanon", "humanitarian aid in Yemen": help given where it is given
    inside = {"in", "along"} if cand.rule.type == "AID" else set()
    targets = _pobjs(noun, (TARGET_PREPS - {"of"}) | of | inside)
    # "airdrops of food aid along the coast of Gaza": what the event moves is no target
    targets = [t for t in targets if not (t.head.lower_ == "of" and _same_type(lexicon.match(t, "NOUN"), cand.rule))]
    # "a suspension of flights to Spain": the rule's own word after "of" is no target, where it goes is
    # (but "the expulsion of the French ambassador": with nowhere named, whom the act is of stays)
    targets = [a for t in targets for a in ((_pobjs(t, TARGET_PREPS - {"of"}) or [t]) if t.head.lower_ == "of"
                                            and cand.rule.names(t.lemma_.lower()) else [t])]
    targets = targets or _aimed_at(noun)
    if not targets and cand.rule.type == "ACCUSE":
        # "opened an investigation into whether the minister broke the law": whom the question is about
        holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
        targets = [s for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("into", "over", "on")
                   for c in p.children if c.dep_ == "pcomp" and any(m.lower_ in ("whether", "if") for m in c.children)
                   for s in _children(c, ("nsubj", "nsubjpass")) if s.pos_ != "PRON"]
    if not targets and cand.rule.type == "REQUEST":
        # "its demand that Washington lift sanctions": who is asked to act is the subject of what is asked
        targets = [sub for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                   for sub in _children(c, ("nsubj",))]
    # "an investigation into claims that three soldiers mistreated detainees": whom the claims are about
    cand.fallback_targets += [sub for t in targets if t.lemma_.lower() in CLAIM_NOUNS for c in t.children
                              if c.dep_ in ("acl", "ccomp") for sub in _children(c, ("nsubj", "nsubjpass"))]
    between = _pobjs(noun, {"between"})
    if not between and cand.rule.mode == "third-party":
        # "started a mediation bid to settle the feud between Qatar and its neighbours": the parties
        # of a mediation may be named in its purpose
        between = [g for c in noun.children if c.dep_ in ("acl", "relcl") for p in c.subtree
                   if p.dep_ == "prep" and p.lower_ == "between" for g in _children(p, ("pobj",))][:1]
    if not between and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX"):
        # "talks were held between X and Y", "a meeting took place between X and Y"
        between = _pobjs(noun.head, {"between"})
        if between:
            cand.governor = noun.head
    if between and len(between) == 1 and not between[0].conjuncts and _both_sides(between[0]) \
            and noun.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.conjuncts for c in noun.head.children):
        # "X and his counterpart Y signed ten agreements between the two countries": the subjects named are
        # the parties the phrase points back to; they are the evidence
        between = []
    if between:
        first = between[0]
        others = [c for c in first.conjuncts if c.i > first.i] or [
            # "between Sudan's army chief Abdel Fattah al-Burhan and his rival ...": the second party is
            # coordinated with the first one's name in apposition
            c for a in first.children if a.dep_ == "appos" for c in a.conjuncts if c.i > a.i]
        verb = cand.governor or noun.head
        if cand.rule.mode == "third-party" and noun.dep_ in ("dobj", "attr") and verb.pos_ in ("VERB", "AUX") \
                and verb.lemma_ not in NOT_LIGHT:
            # "Egypt brokered talks between Israel and Hamas", "the AU launched a mediation effort between
            # Sudan and South Sudan": the mediator acts, the parties between whom it mediates are its targets
            subs, passive = subject_of(verb)
            if subs and not passive:
                cand.governor = verb
                cand.sources += subs
                cand.targets += [first, *others]
                cand.mediated = list(cand.targets)
                return True
        cand.sources.append(first)
        cand.targets += others
        return True
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_.lower() in ("come", "fall"):
        verb = verb.head  # "came under criticism from France": undergone, as "faced criticism from France"
        undergone = True
    else:
        undergone = noun.dep_ == "dobj" and verb.lemma_.lower() in UNDERGOING_VERBS
    # (but "accepted the opposition's demands", "accepted the terms": one who accepts what is asked yields, and acts)
    if noun.dep_ == "dobj" and verb.lemma_ in RECEIVING_VERBS and cand.rule.type != "CONCEDE" or undergone:
        # "Israel received military aid from the United States": the giver acts, the subject receives
        subs, passive = subject_of(verb)
        if passive or not subs:
            return False
        cand.governor = verb
        cand.targets += subs
        # "won Netanyahu's endorsement", "secured China's backing": the owner of what is received gives it
        givers = _pobjs(noun, {"from"}) or _pobjs(verb, {"from"}) or [
            p for p in _children(noun, ("poss",)) if p.pos_ != "PRON"]
        if givers:
            cand.sources += givers
            cand.notes.append(f"'{verb.text}' ... 'from': the giver is the source")
            return True
        cand.agentless = cand.rule.type in AGENTLESS_TYPES
        return cand.agentless
    if noun.dep_ == "dobj" and verb.lemma_.lower() in FLEEING_VERBS and cand.rule.type == "ASSAULT":
        # "thousands have fled the fighting": those who flee a fight are not in it (a fight between named
        # sides was read above)
        return False
    reaction = lexicon.match(verb, "VERB") if noun.dep_ == "dobj" and verb.pos_ == "VERB" \
        and verb.lemma_.lower() not in LIGHT_VERBS else None
    stopped = (verb.lemma_.lower() in STOPPING_VERBS and own is not None and own.pattern == cand.rule.pattern
               and own.type in ("ASSAULT", "PROTEST") and not _children(noun, ("poss",)))
    if noun.dep_ in ("dobj", "attr") and verb.pos_ in ("VERB", "AUX") and verb.lemma_ not in NOT_LIGHT and not (
            # "Turkey condemned the Israeli strikes on Gaza", "gunmen attacked a patrol": who reacts to or
            # acts on another's doing did not do it
            reaction is not None and reaction.type in REACTION_TYPES and reaction.type != cand.rule.type) \
            and not stopped:  # "a guard who perhaps halted the massacre" did not massacre
        # light verb: "held a meeting with", "launched air strikes on", "staged a protest"
        cand.governor = verb
        subs, passive = subject_of(verb)
        if passive:
            return False
        cand.sources += subs
        if noun.lemma_.lower() in PERMISSION_NOUNS:
            # "gave permission for the Red Cross to reach the camps": whom one lets act is the target
            targets = targets or [sub for c in [*verb.children, *noun.children] if c.dep_ in ("advcl", "acl", "relcl", "ccomp")
                                  and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                                  for sub in _children(c, ("nsubj",)) if sub.pos_ != "PRON"]
        # "gave Vietnam a loan": the recipient of a ditransitive light verb is the target
        # ("provide support to refugees": a "to" the parser calls dative is a preposition, its object counts)
        cand.targets += targets or [d for d in _children(verb, ("dative",)) if d.pos_ != "ADP"] or [
            t for t in _pobjs(verb, (TARGET_PREPS - {"of"}) | inside)] or [
            # "attended the G7 summit", "the Mercosur summit": the host body is the counterpart (of a meeting:
            # "made 20 DUI arrests" names no one arrested)
            c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
            and cand.rule.type in MUTUAL_RULE_TYPES]
        if not cand.targets and noun.lemma_.lower() in word_list("undergone") and not _pobjs(noun, {"of"}):
            # "a court ordered the tanker's release", "demanded the opposition leader's release": the possessor
            # of an act one undergoes is whom it is done to
            cand.targets += _children(noun, ("poss",))
        cand.place_targets = [t for t in cand.targets if is_place(t)]
        # "rejected the US request for talks": the request's author, when its obliques name no actor
        # ("rejected Netanyahu's request", "the Iraqi government's demand": whoever owns it; but the owner of
        # the event itself is its doer's side: "called Erdogan to convey Pakistan's support")
        reacted = own is None or own.type != cand.rule.type and cand.rule.type != "AGREE"  # (a promise of it)
        cand.fallback_targets += [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss", "amod")
                                  and (c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and c.dep_ != "amod"
                                       or c.ent_type_ in ("ORG", "GPE", "NORP")
                                       or c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")) and c.i < noun.i
                                  and (reacted or c.dep_ != "poss")]
        # "dismissed a ceasefire proposal by the government": the author named after it, also through a
        # participle ("rejected an appeal submitted by lawyers of X", "a request made by Y")
        # ("met the demands of the union": whose demands one yields to)
        cand.fallback_targets += _pobjs(noun, {"by", "from"} | ({"of"} if cand.rule.type == "CONCEDE" else set())) + [
            a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in _pobjs(c, {"by"})]
        # ("lifted restrictions on travel to Cuba": a country named inside a restriction's target that is no actor)
        if cand.rule.type in RESTRICTING_TYPES:
            cand.fallback_targets += _countries_inside(cand.targets)
        if cand.rule.type in ("CONCEDE", "RETREAT"):
            cand.fallback_targets += _answered(verb)
        if not cand.targets and cand.rule.type == "AID":
            cand.fallback_targets += _aided(verb)
        if not cand.targets and cand.rule.type == "SUPPORT" and verb.dep_ == "advcl" \
                and verb.head.lemma_.lower() in CONTACT_VERBS and any(c.lower_ == "to" for c in verb.children):
            # "called Macron on Friday to convey India's support": whom one called to convey it
            # ("phoned the Turkish president to convey ...": whoever the call reached, named or described)
            cand.fallback_targets += [o for o in verb.head.children if o.dep_ in ("dobj", "oprd")
                                      and o.pos_ in ("PROPN", "NOUN")]
        return bool(cand.sources)
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ in ("VERB",) and verb.lower_ == "into" \
            and cand.rule.type in AGENTLESS_TYPES:
        # "was taken into custody", "police took him into detention": who is taken is the target
        gov = verb.head
        cand.governor = gov
        subs, passive = subject_of(gov)
        if passive:
            cand.targets += subs
            cand.sources += _pobjs(gov, {"by"}) + [a for p in _children(gov, ("agent",)) for a in _children(p, ("pobj",))]
            cand.agentless = not cand.sources and bool(subs)
            return bool(subs)
        cand.sources += subs
        cand.targets += _children(gov, ("dobj",))
        return bool(cand.sources and cand.targets)
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() == "responsible" \
            and noun.head.head.dep_ == "acomp" and cand.rule.type in ("ASSAULT", "COERCE"):
        # "a drug gang was responsible for the killings of six officers": whoever is responsible did it
        gov = noun.head.head.head
        subs, passive = subject_of(gov)
        if not subs or passive:
            return False
        cand.governor = gov
        cand.sources += subs
        cand.targets += targets
        cand.notes.append("responsible for it: did it")
        return True
    died = _died_of(noun) if cand.rule.type == "ASSAULT" else None
    if died is not None:
        # "a prisoner died after torture", "the inmate died because of the torture inflicted", "died from a beating":
        # whoever died suffered it (by whom, when the attack names a doer)
        subs, passive = subject_of(died)
        if not subs or passive:
            return False
        cand.governor = died
        cand.targets += subs
        doer = _by_agent(noun)
        cand.sources += [doer] if doer is not None else []
        cand.agentless = doer is None
        cand.notes.append(f"died of it: whoever died suffered it{'' if doer is not None else ', by no one named'}")
        return True
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and (verb.lower_ in ("in", "on") or verb.lower_ == "during"
                                                        and cand.rule.mode == "visit") and (
            verb.head.pos_ == "VERB" or verb.head.pos_ == "AUX" and cand.rule.mode == "arrest"):  # "was in custody"
        # "took part in talks", "went on strike" ("addressed expatriates during a visit to Dubai": the visitor)
        gov = verb.head
        if gov.lemma_.lower() in SAYING_VERBS | {"report", "announce"}:
            return False  # "..., police said, in the second raid this month": who tells of it did not do it
        cand.governor = gov
        subs, passive = subject_of(gov)
        if cand.rule.type == "ASSAULT" and (noun.lemma_.lower() in ATTACK_NOUNS or gov.lemma_.lower() in DYING_VERBS):
            # "died in a Taliban ambush", "were caught in Russian shelling": those in it suffer the attack
            # ("died from wounds suffered in a stabbing": who died in it was stabbed, not the attacker)
            doer = _by_agent(noun)
            if doer is None and subs and not passive and gov.lemma_.lower() in DYING_VERBS:
                # "a man died in a shooting": a killing with no one named who did it
                cand.targets += subs
                cand.agentless = True
                cand.notes.append("died in it: whoever died suffered it, by no one named")
                return True
            if doer is None or not subs:
                return False
            cand.sources.append(doer)
            cand.targets += subs
            cand.notes.append("nominal attack: whoever is in it suffers it")
            return True
        if cand.rule.mode == "arrest" and subs and not passive:
            # "the suspect remains in police custody", "he died in detention": who is in it is held
            cand.targets += subs
            # ("in police custody", "in the custody of the sheriff's office": the holder)
            cand.sources += [c for c in noun.children if (c.dep_ in ("compound", "poss") and c.pos_ != "PRON"
                                                          or c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))] \
                + _pobjs(noun, {"of"})  # ("in Russian custody": its state's)
            cand.agentless = not cand.sources
            cand.notes.append("held: whoever is in it")
            return True
        if passive:
            return False
        cand.sources += subs
        cand.targets += targets
        return bool(cand.sources)
    poss = _children(noun, ("poss",))
    adj = [a for a in noun.children if a.dep_ in ("amod", "compound", "nmod") and a.ent_type_ in ("NORP", "GPE", "ORG")]
    # "a rebel attack on the base", "a government offensive", "an army raid": a body that acts, named before the act
    # (not "a police station", "a security guard": no act; the noun is the trigger here)
    adj += [a for a in noun.children if a.dep_ in ("amod", "compound", "nsubj") and a.i < noun.i and not a.ent_type_
            and a.lemma_.lower() in ACTING_MODIFIERS]
    # "US and British airstrikes": each coordinated nationality is an agent
    adj += [c for a in adj for c in a.children if c.dep_ == "conj" and c.ent_type_ in ("NORP", "GPE", "ORG")]
    by = _pobjs(noun, {"by"})
    if poss and not _pobjs(noun, {"of"}) and noun.lemma_.lower() in word_list("undergone") \
            and cand.rule.type in AGENTLESS_TYPES and not any(p.lemma_.lower() in DOING_BODIES for p in poss):
        # "a warrant for their arrest", "Navalny's release", "his arrest by Russian police": the possessor
        # undergoes the act; its agent, if any, follows "by". "His arrest" with no agent is one told before,
        # or one whose agent the article does not know: no event of its own
        if not by and all(p.tag_ == "PRP$" for p in poss):
            return False
        cand.targets += poss
        cand.sources += by
        cand.agentless = not by
        cand.notes.append("nominal event done to its possessor")
        return True
    agents = poss or by or adj
    if agents:
        cand.sources += agents
        cand.targets += [t for t in targets if t not in agents]
        cand.notes.append("nominal event")
        return True
    if cand.rule.mode == "visit" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on", "during"):
        # "gave a speech to sailors during a surprise trip to Manama": the prepositional phrase hung on a
        # noun of the clause; whoever does the clause's act is the visitor
        gov = noun.head.head
        while gov.pos_ not in ("VERB", "AUX") and gov.dep_ in ("dobj", "pobj", "prep") and gov.head.i != gov.i:
            gov = gov.head  # ("spoke to troops in a visit to ...": up through the noun and its preposition)
        if gov.pos_ == "VERB":
            subs, passive = subject_of(gov)
            if subs and not passive:
                cand.governor = gov
                cand.sources += subs
                cand.targets += targets
                cand.notes.append("a visit in which the clause's subject acts")
                return True
    of_targets = _pobjs(noun, {"of"})
    if of_targets and cand.rule.type in ("CONSULT", "COOPERATE") and noun.dep_ in ("nsubj", "nsubjpass"):
        # "a meeting of the Azerbaijani and Armenian commissions took place": those it is of take part
        cand.sources += of_targets
        cand.notes.append("nominal event: its participants follow 'of'")
        return True
    if of_targets and cand.rule.type in AGENTLESS_TYPES & OF_TARGET_TYPES:
        # "the arrest of five people", "the killing of Indigenous people": done to them, by no one named
        cand.targets += of_targets
        cand.agentless = True
        cand.notes.append("nominal event with no agent named")
        return True
    return False


#: participles that say whom a measure bears on: "sanctions imposed on India", "a blockade aimed at Qatar"
AIMING_PARTICIPLES = {"impose", "place", "slap", "levy", "level", "aim", "direct", "target", "enforce", "apply"}


#: verbs of opposing what the object plans: its doer is not the plan's ("challenged a plan to deport migrants")
OPPOSING_VERBS = {"reject", "oppose", "challenge", "criticize", "criticise", "condemn", "denounce", "slam", "block",
                  "veto", "dismiss", "protest", "contest", "fight", "resist", "scrap", "refuse", "decry", "blast"}
#: what aid is to meet: "to meet the needs of flood victims"
NEED_WORDS = {"need", "needs", "demand", "requirement"}
#: verbs of an aid's purpose whose object is whom it helps ("to feed refugees"; not "to build a school")
AIDING_VERBS = {"help", "assist", "aid", "support", "feed", "meet", "rescue", "shelter", "house", "treat", "care",
                "relieve", "protect", "resettle", "evacuate", "save"}


def _aided(verb: Token) -> list[Token]:
    """Whom aid is given to help, named in its purpose: "provided assistance to help families in Gaza", "to meet
    the health needs of flood victims", "sent food to feed refugees"."""
    out = []
    # (the purpose may hang on the aid itself: "providing assistance to meet the needs of ...")
    for c in [*verb.children, *(g for o in verb.children if o.dep_ == "dobj" for g in o.children if g.dep_ == "acl")]:
        if c.dep_ not in ("advcl", "xcomp", "acl") or c.lemma_.lower() not in AIDING_VERBS \
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        for o in _children(c, ("dobj",)):
            out += _pobjs(o, {"of"}) if o.lemma_.lower() in NEED_WORDS else [o]
    return out


#: words between a death and its cause: "died after torture", "died following a beating", "due to torture"
CAUSE_WORDS = {"after", "from", "of", "following", "as", "result", "due", "to", "owing", "because"}


def _died_of(noun: Token) -> Token | None:
    """The verb of dying a nominal attack is the cause of ("died after torture", "died due to continued
    torture", "died because of the beating"), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in CAUSE_WORDS:
        return None
    tok = noun.head
    for _ in range(4):
        if tok.lower_ not in CAUSE_WORDS:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok if tok.lemma_.lower() in DYING_VERBS else None
    return None


def _aimed_at(noun: Token) -> list[Token]:
    """Whom a measure bears on, named by a participle after it: "lifted sanctions imposed on India and
    Pakistan", "eased restrictions placed on aid workers", "sanctions targeting Iranian banks"."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            # "new sanctions, including travel bans, on Russian generals": the parser hangs whom the measures
            # bear on on the last one listed
            for item in _children(c, ("pobj",)):
                out += [t for x in (item, *item.conjuncts) for t in _pobjs(x, {"on", "upon", "against"})]
            continue
        if c.dep_ != "acl" or c.lemma_.lower() not in AIMING_PARTICIPLES:
            continue
        if c.tag_ == "VBN":
            out += _pobjs(c, {"on", "upon", "against", "at"})
        elif c.tag_ == "VBG":
            out += _children(c, ("dobj",))
    return out


def _condition_party(clause: Token) -> list[Token]:
    """Who must act for a refusal to end: the condition's doer ("until the ministry raises wages"), named
    after "by" in a passive one ("until their demands are met by the authorities"), or, behind a pronoun's
    own state of mind, the doer it waits on ("until she is convinced Iran has stopped enrichment")."""
    by = [a for p in _children(clause, ("agent",)) for a in _children(p, ("pobj",))] + _pobjs(clause, {"by"})
    if by:
        return by
    subs = [s for s in _children(clause, ("nsubj", "nsubjpass")) if s.pos_ != "PRON"]
    if subs:
        return subs
    minds = [clause, *_children(clause, ("acomp",))]  # "until he is satisfied (that) Vietnam is doing ..."
    return [s for m in minds for c in m.children if c.dep_ == "ccomp" for s in _children(c, ("nsubj",))
            if s.pos_ != "PRON"]


def _answered(verb: Token) -> list[Token]:
    """Whom a yielding act answers, named in an adjunct: "called off the strike after an agreement with the
    government", "withdrew its troops following talks with Kyiv"; or whom its condition asks to act: "will
    not end their strike until the ministry raises wages"."""
    # ("won't call off the stoppage before the director is fired": before, for what is refused, is until)
    marks = {"until", "unless", "till"} | ({"before"} if _children(verb, ("neg",)) else set())
    conditions = [s for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ in ("mark", "prep", "advmod") and m.lower_ in marks for m in c.children)
        for s in _condition_party(c)]
    return conditions + [g for c in verb.children if c.dep_ in ("advcl", "prep") and c.lower_ not in ("with", "to", "from")
                         for p in c.subtree if p.dep_ == "prep" and p.lower_ in ("with", "to", "from")
                         for g in p.children if g.dep_ == "pobj"]


def _same_type(a: TriggerRule | None, b: TriggerRule) -> bool:
    return a is not None and a.type == b.type


def find_candidates(sent: Span, lexicon: Lexicon) -> list[Candidate]:
    """Every trigger in the sentence with argument heads (before actor checks)."""
    cands: list[Candidate] = []
    consumed: set[int] = set()
    governed: dict[int, TriggerRule] = {}  # noun trigger -> the verb rule that names it ("sign agreement")
    for tok in sent:
        if tok.i in consumed or tok.ent_type_ in NOT_ACTOR_ENTS:
            continue  # "on March 28" is a date, not a march
        arrival = _aid_arrival(tok)
        if arrival is not None:
            cands.append(arrival)
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.i not in governed:  # ("started military drills" tagged a verb)
            rule = lexicon.match(tok, "VERB")
            if rule is None or rule.type == "NONE":
                continue
            objs = [c for c in tok.children if c.dep_ == "dobj" and lexicon.match(c, "NOUN")
                    and (rule.names(c.lemma_.lower()) or _same_type(lexicon.match(c, "NOUN"), rule))
                    # "refuted the senator's remarks": a statement of a word class is what the act bears on, not
                    # the event (its owner is the target)
                    and not (lexicon.match(c, "NOUN").type == "NONE" and c.lemma_.lower() not in rule.extras)]
            if objs:
                # "held a meeting", "signed a pact": the noun is the trigger, the verb lends its subject;
                # a verb rule that names the noun ("sign agreement") also gives the type
                for o in objs:
                    own = lexicon.match(o, "NOUN")
                    # after a light verb the noun's own, more specific reading stands ("held joint drills":
                    # cooperation); a real predicate gives its type ("signed a trade agreement": 057)
                    if rule.names(o.lemma_.lower()) and not (
                            tok.lemma_.lower() in LIGHT_VERBS and own is not None and own.extras and own.type != rule.type):
                        governed[o.i] = rule
                continue
            if any(c.lemma_.lower() in rule.extras and any(g.dep_ == "neg" for g in c.children) for c in tok.children):
                continue  # "found the defendant not guilty": the word the rule needs is denied, an acquittal
            if rule.pattern in ("call on", "call upon") and not _asked_to_act(tok, lexicon):
                # "the ambassador called on the prime minister on Tuesday": with no act asked for,
                # calling on someone is visiting them, a courtesy call
                rule = TriggerRule(rule.pattern, rule.pos, "CONSULT", "visit", "042",
                                   f"{rule.source}; no act asked for: a courtesy call (CONSULT 042)")
            if rule.pattern == "hit" and _idiom_hit(tok):
                continue  # "before students even hit school", "hit the road", "prices hit a record": no blow
            if rule.type == "PROTEST" and rule.pattern == "demonstrate" and _children(tok, ("dobj", "ccomp")):
                continue  # "demonstrated a belief", "demonstrated that ...": showing, not protesting
            if tok.lemma_.lower() in AIMING_VERBS and _children(tok, ("xcomp",)) and not _children(tok, ("dobj",)):
                continue  # "seeks to negotiate a code of conduct": an aim; the act aimed at is its own event
            cand = Candidate(tok, rule)
            consumed.update(c.i for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in rule.extras)
            if rule.type in ("RETREAT", "CONCEDE"):
                # "eased curfew hours": the restriction eased, named as a compound of the object, is not
                # imposed again
                consumed.update(g.i for c in tok.children if c.dep_ == "dobj" for g in c.children
                                if g.dep_ == "compound" and rule.names(g.lemma_.lower()))
            if rule.type in EMBEDDING_TYPES:
                # "agreed to the release of the hostages", "refused calls for a ceasefire": the act agreed to
                # or refused is the object of this event, not an event that happened
                consumed.update(g.i for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                                for g in c.children if g.dep_ == "pobj" and g.i not in governed
                                and lexicon.match(g, "NOUN") is not None)
            emb = _embedded(tok) if rule.type in EMBEDDING_TYPES else None
            _verb_args(cand, tok, lexicon)
            if rule.type == "PROTEST" and not cand.targets:
                cand.targets += _missions_protested(tok)
            if "access" in rule.extras:
                # "allowed UN aid workers access to Darfur", parsed with the workers as a compound of "access":
                # whom access is given or denied is the target, where it leads a fallback
                whom = [g for a in tok.children if a.lemma_.lower() == "access" and a.dep_ in ("dobj", "ccomp")
                        for g in a.children if g.dep_ == "compound" and g.pos_ in ("NOUN", "PROPN")]
                if whom and not _children(tok, ("dative",)):
                    cand.fallback_targets = cand.targets + cand.fallback_targets
                    cand.targets = whom[-1:]
            if rule.pattern.split()[0] == "order" and rule.type == "COERCE" and _children(tok, ("dobj",)) \
                    and rule.extras & {"suspend", "close", "shut", "shutdown"}:
                # "ordered the BBC to close its Nairobi office": whom the order binds is its target, not what
                # they are to close
                cand.targets, cand.fallback_targets = _children(tok, ("dobj",)), []
            if rule.type == "AID" and rule.pattern.split()[0] in ("receive", "obtain"):
                # "received armed drones from Iran": the giver acts, the subject receives
                givers = _pobjs(tok, {"from"}) + [g for o in _children(tok, ("dobj",)) for g in _pobjs(o, {"from"})]
                if not givers:
                    continue
                cand.targets, cand.sources = [s for s in cand.sources], givers
                cand.fallback_targets = []
                cand.notes.append(f"'{tok.text}' ... 'from': the giver is the source")
            if emb is not None:
                consumed.add(emb.i)
                consumed.update(o.i for o in emb.children if o.dep_ in ("dobj", "attr"))  # "agreed to extend sanctions"
                cand.embedded = emb
                if emb.lemma_.lower() in MOVING_VERBS:
                    # "agreed to withdraw troops from the West Bank": what would be moved is no counterpart
                    cand.targets = [t for t in cand.targets if not (t.head.i == emb.i and t.dep_ == "dobj")]
                if not cand.targets and rule.type == "REQUEST":
                    # "demanded support from the government to cope with the floods", parsed with the support
                    # as the subject of its purpose: whom it is asked from is the target, not the problem
                    cand.targets = [g for sub in _children(emb, ("nsubj",)) if sub.pos_ == "NOUN"
                                    for g in _pobjs(sub, {"from"})]
                if not cand.targets:
                    probe = Candidate(emb, lexicon.match(emb, "VERB") or rule)  # its own rule knows what it moves
                    _verb_args(probe, emb, lexicon)
                    if emb.lemma_.lower() in MOVING_VERBS:
                        # "refused to send medics to Mali", "offered to send police to Haiti": what the
                        # subject would send is its own, where it would go is the counterpart
                        # ("agreed to withdraw troops from the West Bank": where they would leave is)
                        dest = _pobjs(emb, {"from"} if emb.lemma_.lower() in LEAVING_VERBS else {"to", "into"})
                        probe.fallback_targets += [t for t in probe.targets if t not in dest and t.dep_ != "dobj"]
                        probe.targets = dest
                    if emb.lemma_.lower() in CREATING_VERBS:
                        # "agreed to set up a transport company in Berlin": what would be made is no one acted on
                        made = {o.i for o in emb.children if o.dep_ in ("dobj", "attr")}
                        probe.targets = [t for t in probe.targets if t.i not in made]
                        probe.fallback_targets = [t for t in probe.fallback_targets if t.i not in made
                                                  and not any(a.i in made for a in t.ancestors)]
                    cand.targets = [t for t in probe.targets if t.i not in {s.i for s in cand.sources}]
                    cand.fallback_targets += probe.fallback_targets
                    cand.place_targets = probe.place_targets
                cand.notes.append(f"embedded '{emb.text}' coded under '{tok.text}'")
                if rule.type in ("REQUEST", "REJECT") and rule.mode is None:
                    emb_rule = lexicon.match(emb, "VERB")
                    mode = EMBEDDED_MODE.get(emb_rule.type if emb_rule else "") or EMBEDDED_MODE.get(emb.lemma_.lower())
                    if mode:
                        cand.mode = mode
            cands.append(cand)
        # (a product's name is no event: "was driving a Honda Accord")
        elif (tok.pos_ in ("NOUN", "PROPN") or tok.i in governed) and tok.ent_type_ not in ("PERSON", "GPE", "NORP", "PRODUCT"):
            rule = governed.get(tok.i) or lexicon.match(tok, "NOUN")
            if rule is None or rule.type == "NONE" or _charged_crime(tok):
                continue
            besiegers = _pobjs(tok, {"by"}) if tok.i in governed and rule.cameo == "0872" else []
            if besiegers:
                # "security forces ended a siege by militants": another's siege ended is broken, by force
                rule = TriggerRule(rule.pattern, rule.pos, "ASSAULT", None, "190",
                                   f"{rule.source}; a siege laid by others, ended: broken (ASSAULT 190)")
            cand = Candidate(tok, rule)
            if _noun_args(cand, tok, lexicon):
                if rule.type == "PROTEST" and not cand.targets:
                    cand.targets += _missions_protested(tok) or (
                        _missions_protested(tok.head) if tok.dep_ == "dobj" else []) or _protested_against(tok)
                if besiegers:
                    cand.targets, cand.fallback_targets, cand.structural = besiegers, [], True
                own = lexicon.match(tok, "NOUN")
                if tok.i in governed and own is not None and own.type == "PROTEST" and rule.mode == "crowd-control":
                    # "police broke up a rally against the new law": what the rally opposed is no one the
                    # police acted on; those who rallied are (the rally's owner, "of" phrase, or no one named)
                    cand.targets = [t for t in _children(tok, ("poss",)) + _pobjs(tok, {"of", "by"})
                                    if t.pos_ != "PRON"]
                    cand.fallback_targets = []
                cands.append(cand)
                own = lexicon.match(tok, "NOUN")
                if len(cand.mediated) > 1 and own is not None and own.type == "CONSULT" and own.mode != "third-party":
                    # "Egypt brokered talks between Israel and Hamas": Egypt mediates, and Israel and Hamas talk
                    talks = Candidate(tok, own, sources=cand.mediated[:1], targets=cand.mediated[1:],
                                      governor=cand.governor)
                    talks.notes.append("the parties of mediated talks")
                    cands.append(talks)
            elif tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB":
                cand.governor = tok.head  # "before a pact could be signed"
                if _parties_of_failed_talks(cand):
                    cands.append(cand)
    cands += _coordinated_deeds(cands, lexicon)
    for c in cands:
        _restricted_places(c)
        _aid_places(c)
        _attended_abroad(c)
        _deadline_for(c)
        _deeper_counterparts(c)
        _surrounded(c)
        _used_on(c)
        # "opened an inquiry into the death of a Syrian refugee", "an attack on the positions of
        # Hezbollah": when what the event bears on is no actor, whom it concerns may be
        c.fallback_targets += concerned([t for t in c.targets if t.lemma_.lower() not in CLAIM_NOUNS], {"of"})
    return [out for c in cands for out in _failed_agreement(c)] + _reported_obligations(sent, lexicon) \
        + _reported_blame(sent, lexicon) + _aid_let_in(sent, {c.trigger.i for c in cands})


def _coordinated_deeds(cands: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """"voiced its firm refusal and sharp censure of the plan": nouns of events joined under
    one doer share it, and share what the last of them is "of" or "against" (the parser hangs it there)."""
    out = []
    taken = {c.trigger.i for c in cands}
    for cand in list(cands):
        first = cand.trigger
        if first.pos_ != "NOUN" or not cand.sources:
            continue
        joined = [c for c in first.conjuncts if c.i > first.i and c.pos_ == "NOUN" and c.i not in taken]
        for c in joined:
            rule = lexicon.match(c, "NOUN")
            if rule is None or rule.type == "NONE" or rule.type not in OF_TARGET_TYPES:
                continue
            shared = Candidate(c, rule, sources=list(cand.sources), governor=cand.governor,
                               targets=_pobjs(c, {"of", "against", "on"}))
            shared.fallback_targets = [o for t in shared.targets for o in _children(t, ("poss", "compound", "amod"))
                                       if o.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or o.dep_ == "poss"]
            shared.notes.append(f"joined to '{first.text}': its doer")
            out.append(shared)
            taken.add(c.i)
            if not cand.targets and cand.rule.type in OF_TARGET_TYPES:
                cand.targets = list(shared.targets)
                cand.fallback_targets += shared.fallback_targets
    return out


#: modes of events declared for a place: a curfew, martial law or a state of emergency, a ceasefire
PLACED_MODES = {"curfew", "martial-law", "ceasefire"}
#: nouns of a part of a place: "parts of Kashmir", "areas of the north"
PART_NOUNS = {"part", "area", "region", "district", "section", "zone", "city", "town", "province"}


def concerned(deeds: list[Token], preps: set[str]) -> list[Token]:
    """Whom deeds named by common nouns concern: their owner or what follows ``preps`` ("the demands of
    the dock workers", "the death of a refugee"), never a pronoun."""
    # ("condemned the decisions taken by Moscow", "the crimes committed by the militia": the agent of a
    # participle on the deed)
    deeds = deeds + [c for t in deeds for c in t.conjuncts if c.i > t.i and c.pos_ == "NOUN"]
    by = [g for t in deeds if t.pos_ == "NOUN" for p in t.children if p.dep_ == "acl" and p.tag_ == "VBN"
          for a in p.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    # (nor people at large: "defending a habit of advising people who wish to die" is aimed at no one)
    return [a for t in deeds if t.pos_ == "NOUN" for a in _children(t, ("poss",)) + _pobjs(t, preps)
            if a.pos_ != "PRON" and not _anyone(a)] + [g for g in by if g.pos_ != "PRON"]


def _anyone(t: Token) -> bool:
    """"people", "anyone": people at large, with no article, number or owner to make them someone."""
    return t.lemma_.lower() in EVERYONE_WORDS and not _children(t, ("det", "poss", "nummod", "compound"))


#: what one "hits" with no blow: "hit the road", "hit a snag", "hit a record"; and, with no article, places
#: one reaches ("hit school", "hit town")
#: (not "target", "position": "hit 23 militant targets" is a blow)
HIT_IDIOMS = {"road", "street", "shelf", "headline", "jackpot", "bottom", "snag", "milestone", "stride", "brake",
              "record", "high", "low", "peak", "button", "note", "limit", "ceiling"}
HIT_REACHED = {"school", "home", "town", "puberty", "adulthood", "theater", "theatre", "store"}


def _idiom_hit(verb: Token) -> bool:
    objs = _children(verb, ("dobj",))
    return any(o.lemma_.lower() in HIT_IDIOMS or (
        o.lemma_.lower() in HIT_REACHED and o.tag_ == "NN"
        and not _children(o, ("det", "poss", "nummod", "amod", "compound", "conj"))) for o in objs)


#: nouns of what someone is accused of: "on a charge of assault", "two counts of murder"
CHARGE_NOUNS = {"charge", "count", "conviction", "suspicion", "allegation", "accusation", "indictment", "offence",
                "offense"}


def _charged_crime(noun: Token) -> bool:
    """"arrested a man on a charge of aggravated assault of a child", "faces two counts of murder": the crime
    named in a charge is what the charge says, no event the sentence reports (the arrest or the charge is)."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:  # "charged with assault and robbery"
        head = head.head
    prep = head.head
    return head.dep_ == "pobj" and (prep.lower_ == "of" and prep.head.lemma_.lower() in CHARGE_NOUNS or (
        prep.lower_ == "with" and prep.head.lemma_.lower() == "charge" and prep.head.pos_ == "VERB"))


def _surrounded(cand: Candidate) -> None:
    """"began two days of military drills around Taiwan", "drills code-named 'Strait Thunder' around
    Taiwan": a show of force aims at the place it surrounds, wherever the parser hung the phrase."""
    if cand.rule.type != "MOBILIZE" or any(t.pos_ == "PROPN" for t in cand.targets):
        return
    own = {h.i for h in (cand.trigger, cand.governor) if h is not None}
    for tok in (cand.governor or cand.trigger).subtree:
        if tok.dep_ == "prep" and tok.lower_ in ("around", "near", "off") and _same_clause(tok, own):
            cand.targets += [g for g in _children(tok, ("pobj",))
                             if g.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in _children(g, ("compound",)))]


#: verbs of aid reaching a place
ARRIVING_VERBS = {"cross", "enter", "arrive", "reach", "flow", "roll", "land", "dock", "pour"}
#: the rule of an aid arrival: humanitarian aid (AID 073), to the place's country
AID_ARRIVAL = TriggerRule("aid arrive", "VERB", "AID", None, "073",
                          "aid carried into a place (carriers.tsv, cargo.tsv)")


def _aid_arrival(verb: Token) -> Candidate | None:
    """"The first U.N. aid trucks crossed into Darfur", "a convoy carrying food from the WFP entered West Darfur",
    "humanitarian aid began flowing into Gaza": aid reaching a place is aid given to its country, by whoever
    owns the carriers (no one named: agentless)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ARRIVING_VERBS:
        return None
    holder = verb.head if verb.dep_ == "xcomp" and not _children(verb, ("nsubj",)) else verb  # "began flowing"
    carrier = next(iter(_children(holder, ("nsubj",))), None)
    if carrier is None and verb.dep_ == "acl":
        carrier = verb.head  # "The first aid trucks crossed into Darfur" parsed as a noun with a participle
    if carrier is None or carrier.lemma_.lower() not in word_list("carriers"):
        return None
    cargo = word_list("cargo")
    if not any(w.lemma_.lower() in cargo for w in carrier.subtree):
        return None
    into = _pobjs(verb, {"into", "to", "in"}) + ([o for o in _children(verb, ("dobj",))]
                                                 if verb.lemma_.lower() in ("enter", "reach") else [])
    if not into:
        return None
    owners = [w for w in carrier.subtree if w.i < carrier.i and w.dep_ in ("compound", "amod", "nmod", "poss")
              and w.ent_type_ in ("ORG", "GPE", "NORP")]
    owners += [g for p in carrier.subtree if p.dep_ == "prep" and p.lower_ == "from" and p.head.i != verb.i
               for g in _children(p, ("pobj",)) if g.ent_type_ in ("ORG", "GPE", "NORP") or g.pos_ == "PROPN"]
    cand = Candidate(verb, AID_ARRIVAL, sources=owners[:1], targets=into[:1], place_targets=into[:1])
    cand.agentless = not owners
    cand.structural = True
    cand.notes.append(f"'{carrier.text}' carrying aid {verb.text} '{into[0].text}'")
    return cand


def _used_on(cand: Candidate) -> None:
    """"expelled the vessels, using water cannon", "dispersed the crowd using tear gas": a weapon used in
    the course of an act is used on whom the act is done to."""
    use = cand.governor
    if cand.targets or cand.fallback_targets or use is None or use.lemma_.lower() not in ("use", "fire", "employ") \
            or use.dep_ != "advcl" or use.head.pos_ != "VERB":
        return
    cand.fallback_targets += [o for o in _children(use.head, ("dobj",)) if o.lemma_.lower() not in instruments()]


def _in_apposition(tok: Token, head: Token) -> bool:
    """Is ``tok`` part of an apposition to ``head``, or a comma that sets one off ("Mikhail Petrov, a former
    oil tycoon, called for ...")?"""
    if tok.dep_ == "punct" and tok.head.i == head.i:
        return any(c.dep_ == "appos" for c in head.children)
    return any(a.dep_ == "appos" and a.head.i == head.i for a in (tok, *tok.ancestors))


def _same_clause(tok: Token, heads: set[int]) -> bool:
    """No other verb between ``tok`` and the event's own words (the trigger, its governor)."""
    while tok.i not in heads and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.i not in heads and tok.dep_ not in ("amod", "acl"):
            return False  # ("drills code-named 'X' around Taiwan": a participle naming the drills is theirs)
    return tok.i in heads


def _restricted_places(cand: Candidate) -> None:
    """"imposed a curfew across parts of Manipur", "ordered a curfew in Pando", "declared a ceasefire
    in Tripoli": a curfew, an emergency or a truce bears on the people of the place it is declared in, the
    event's target."""
    # (and a blockade laid on places: "imposed blockades in Lahore and Multan"; a truce broken where it held:
    # "violated the ceasefire in Karabakh")
    blockade = cand.rule.cameo in ("191", "196") and not cand.targets
    if (cand.rule.mode not in PLACED_MODES and not blockade) or cand.place_targets:
        return
    heads = [h for h in (cand.trigger, cand.governor) if h is not None]
    heads += [o for h in heads for o in _children(h, ("dobj",))]  # "declared a state of alert in Beni"
    heads += _children(cand.trigger, ("amod", "acl"))  # "a ceasefire effective from Tuesday in Turkey"
    for head in heads:
        for t in _pobjs(head, {"in", "across", "throughout"}):
            if t.lemma_.lower() in PART_NOUNS and not is_place(t):
                t = next(iter(_pobjs(t, {"of"})), t)
            # ("in Idlib province": a place named before its kind)
            named = t.lemma_.lower() in PART_NOUNS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
            if is_place(t) or t.pos_ == "PROPN" or named:
                cand.place_targets.append(t)


#: verbs of taking part in a gathering ("attended a summit in London")
ATTENDING_VERBS = {"attend", "join"}


def _attended_abroad(cand: Candidate) -> None:
    """"Buhari attended a summit in London": a summit, conference or meeting attended in a named place, with
    no partner named, is a trip there (CAMEO 042, a visit); the coder keeps it only abroad."""
    gov = cand.governor or cand.trigger.head
    if cand.rule.type != "CONSULT" or cand.trigger.pos_ != "NOUN" or cand.targets or cand.trigger.dep_ != "dobj" \
            or gov.lemma_.lower() not in ATTENDING_VERBS:
        return
    places = [t for h in (cand.trigger, gov) for t in _pobjs(h, {"in"}) if t.ent_type_ == "GPE" or is_place(t)]
    if places:
        cand.place_targets = places[:1]
        cand.rule = TriggerRule(cand.rule.pattern, cand.rule.pos, "CONSULT", "visit", "042",
                                f"{cand.rule.source}; attended in '{places[0].text}': a visit there")


#: types whose target is the author of what is answered ("turned down an offer of dialogue from the junta")
ANSWERING_TYPES = {"REJECT", "ACCUSE", "SUPPORT", "CONCEDE"}


def _deeper_counterparts(cand: Candidate) -> None:
    """Counterparts named one step deeper than the parser's object: the author of an offer's subject
    ("turned down an offer of dialogue from the junta", "rebuffed proposals for negotiations by the
    president"), and whom a refusal's act concerns ("Iran's refusal to deal with the inspectors").
    Fallbacks: used only when no named target is an actor."""
    if cand.rule.type not in ANSWERING_TYPES:
        return
    things = [*cand.targets, *_children(cand.trigger, ("dobj",))]
    things += [g for t in things for g in _pobjs(t, {"of", "for"})]
    cand.fallback_targets += [a for t in things for a in _pobjs(t, {"by", "from"})
                              if a.pos_ in ("NOUN", "PROPN") and a not in cand.fallback_targets]
    if cand.trigger.pos_ == "NOUN":
        acts = [c for c in cand.trigger.children if c.dep_ == "acl" and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        cand.fallback_targets += [g for a in acts for g in _pobjs(a, {"with", "to"}) + _children(a, ("dobj",))
                                  if g.pos_ in ("NOUN", "PROPN")]


def _deadline_for(cand: Candidate) -> None:
    """"set a ten-day deadline for the militia to disarm": whom an ultimatum binds is the subject of what it
    demands, the "for ... to" clause."""
    if cand.rule.cameo != "139" or [t for t in cand.targets if not cand.rule.names(t.lemma_.lower())]:
        return
    heads = [cand.trigger, *_children(cand.trigger, ("dobj",))]
    cand.targets = [sub for h in heads for c in h.children if c.dep_ in ("advcl", "acl", "relcl")
                     and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                     for sub in _children(c, ("nsubj",)) if sub.pos_ != "PRON"]


def _aid_places(cand: Candidate) -> None:
    """"froze aid in Haiti", "a freeze of assistance in Haiti": aid given, or halted, in a country is aid to
    that country, the fallback target when no recipient is named."""
    if not (cand.rule.type == "AID" or cand.rule.mode == "discontinue"):
        return
    heads = [h for h in (cand.trigger, cand.governor) if h is not None]
    heads += [o for h in heads for o in [*_children(h, ("dobj",)), *_pobjs(h, {"of"})]]  # "suspension of aid in X"
    cand.fallback_targets += [t for h in heads for t in _pobjs(h, {"in"})
                              if t.ent_type_ == "GPE" and t not in cand.fallback_targets]


def _parties_of_failed_talks(cand: Candidate) -> bool:
    """"Talks between Armenia and Azerbaijan collapsed before a pact could be signed": the agreement that
    was to be signed, with no signer named, is the parties' (the talks' between-phrase); the collapse
    negates it (modality)."""
    if cand.sources or not cand.rule.cameo.startswith(("03", "057")):
        return False
    clause = cand.clause_head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in clause.children):
        return False
    for subj in _children(clause.head, ("nsubj", "nsubjpass")):
        parties = []
        for g in _pobjs(subj, {"between", "among"}):
            # "between Taliban and Pakistani officials": the modifiers are the parties, the noun is shared
            mods = [m for m in _children(g, ("nmod", "amod", "compound")) if m.pos_ in ("PROPN", "ADJ")
                    and _children(m, ("conj",))]
            if mods:  # the first modifier, and the noun whose other modifiers the coder spreads over
                parties += [mods[0], g]
                continue
            parties += [p for p in (g, *_children(g, ("conj",))) if p not in parties]
        if len(parties) >= 2:
            cand.sources, cand.targets = parties[:1], parties[1:]
            cand.notes.append(f"parties of '{subj.text}' that broke off")
            return True
    return False


FAILED_AGREEMENT = "failure to agree: REJECT"
#: agreeing that a failure turns into its refusal: reaching a deal (AGREE, SUPPORT 057), agreeing on a truce
AGREEING_CODES = ("03", "057", "0871")


def _failed_agreement(cand: Candidate) -> list[Candidate]:
    """"Japan and China failed to reach agreement on the gas field", "the EU failed to agree on a deal with
    Turkey": the failure happened, a rejection between the parties (REJECT, as PLOVER codes it), on the
    trigger "failed"; the agreement itself stays a candidate, negated (it did not happen)."""
    head = cand.clause_head
    fail = head.head
    if head.dep_ != "xcomp" or fail.lemma_.lower() != "fail" or not cand.rule.cameo.startswith(AGREEING_CODES):
        return [cand]
    rule = TriggerRule(cand.rule.pattern, cand.rule.pos, "REJECT", None, "120", FAILED_AGREEMENT)
    # the counterpart is whom they failed to agree with; what on, and where they met, are not
    partners = [t for t in [*cand.targets, *cand.fallback_targets] if t.head.lower_ in ("with", "between", "among")]
    if not partners and len(cand.sources) == 1:
        # "Washington failed to reach agreement on Iran's nuclear programme": one side named, the other is
        # whose programme the talks were on
        partners = [p for t in cand.targets if t.head.lower_ in ("on", "over") for p in t.children if p.dep_ == "poss"]
    out = Candidate(fail, rule, list(cand.sources), partners, None, None, [],
                    cand.notes + [f"'{cand.trigger.text}' under '{fail.text}': a failure to agree"])
    return [out, cand]


OBLIGATION_SOURCE = "reported obligation: X says Y must ..."
#: verbs that report what someone said must happen
SAYING_VERBS = {"say", "tell", "insist", "stress", "state", "add", "declare", "argue", "underline", "emphasize",
                "emphasise", "reiterate", "write", "tweet"}


#: the rule of a blame reported in speech: ACCUSE 112 (accuse, not specified)
BLAME_SOURCE = "said to be responsible (extract.py)"


def _reported_clauses(sent: Span) -> Iterator[tuple[Token, list[Token], list[Token]]]:
    """(clause, its subjects, the speakers) of each active, unnegated clause reported by a saying verb ("Turkey
    says Greece must ...", "officials said the rebels were ..."): "must not", "were not responsible" are
    warnings and denials, read elsewhere."""
    for tok in sent:
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in SAYING_VERBS:
            continue
        subs, passive = subject_of(tok)
        speakers = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if subs and speakers and not passive and not any(c.dep_ == "neg" for c in tok.children):
            yield tok, subs, speakers


def _reported_blame(sent: Span, lexicon: Lexicon) -> list[Candidate]:
    """"the army said separatist rebels were responsible", "officials said Islamic State fighters were
    behind the attack": the speaker blames whom the speech holds responsible."""
    out = []
    for tok, subs, speakers in _reported_clauses(sent):
        if tok.lemma_ != "be":
            continue
        # (for a deed: "responsible for the budget" is a duty, no blame)
        deeds = [g for c in tok.children if c.dep_ == "acomp" and c.lower_ == "responsible"
                 for g in _pobjs(c, {"for"})]
        blamed = any(c.dep_ == "acomp" and c.lower_ == "responsible" for c in tok.children) and all(
            lexicon.match(g, "NOUN") is not None for g in deeds) or any(
            lexicon.match(g, "NOUN") is not None for g in _pobjs(tok, {"behind"}))
        if not blamed or any(a.lower_ in ("may", "might", "could", "would") for a in tok.children if a.dep_ == "aux"):
            continue  # "could be behind": a guess (hedged)
        word = next(c for c in tok.children if c.lower_ in ("responsible", "behind"))
        rule = TriggerRule(word.lower_, "VERB", "ACCUSE", None, "112", BLAME_SOURCE)
        cand = Candidate(word, rule, sources=speakers, targets=subs, governor=tok.head)
        cand.notes.append(f"'{tok.head.text} ... {tok.text} {word.text}': the speaker blames the subject")
        out.append(cand)
    return out


#: bare nouns for everyone at all: what "people should" do is a general view, asked of no one in particular
EVERYONE_WORDS = {"people", "everyone", "everybody", "anyone", "anybody", "person", "individual", "citizen", "one"}


#: what an aid body is let in to do ("allowed the World Food Program to deliver food")
RELIEF_VERBS = {"deliver", "distribute", "reach", "enter", "access", "operate", "bring", "ship", "truck"}
ALLOW_AID_SOURCE = "extract.py: allowed in to deliver aid (CAMEO 0863)"
RELIEF_BODIES = {"agency", "organization", "organisation", "charity", "ngo", "convoy", "worker", "team", "mission"}


def _aid_let_in(sent: Span, taken: set[int]) -> list[Candidate]:
    """"Ethiopia allowed the World Food Program to deliver food", "agreed to let UN agencies reach Darfur": a
    state letting an aid body in to deliver relief allows humanitarian access (RETREAT 0863); the body let in
    is the target. The lexicon has the forms with a word of aid as the object ("allowed aid into Gaza"), and
    a trigger it read (``taken``) is not read again."""
    out = []
    for tok in sent:
        if tok.lemma_.lower() not in PERMITTING_VERBS or tok.pos_ != "VERB" or tok.i in taken:
            continue
        acts = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in RELIEF_VERBS]
        whom = [o for o in _children(tok, ("dobj",)) if o.pos_ in ("PROPN", "NOUN")] or [
            s for a in acts for s in _children(a, ("nsubj",)) if s.pos_ in ("PROPN", "NOUN")]
        # (an aid body, not anyone let in: "police allowed protesters to enter the square")
        whom = [w for w in whom if w.ent_type_ == "ORG" or w.lemma_.lower() in RELIEF_BODIES]
        if not acts or not whom:
            continue
        subs, passive = subject_of(tok)
        if passive or not subs:
            continue
        rule = TriggerRule(tok.lemma_.lower(), "VERB", "RETREAT", "access", "0863", ALLOW_AID_SOURCE)
        cand = Candidate(tok, rule, sources=subs, targets=whom[:1])
        cand.notes.append(f"'{tok.text} ... to {acts[0].text}': let in to deliver relief")
        out.append(cand)
    return out


def _reported_obligations(sent: Span, lexicon: Lexicon) -> list[Candidate]:
    """"Turkey says Greece must stop flights over the islands", "said the EU should be ready to mediate": the
    speaker asks the subject of "must" to act, a REQUEST from one to the other (mode from the act asked
    for). What must happen has not happened: that event, if coded, stays hypothetical."""
    out = []
    for tok, subs, speakers in _reported_clauses(sent):
        aux = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("must", "should")), None)
        if aux is None:
            continue
        if all(_anyone(s) and not _children(s, ("amod",)) for s in subs):
            continue  # "critics argue everyone ought to be free to get help": a view of what all may do, asked of no one
        own = lexicon.match(tok, "VERB")
        mode = EMBEDDED_MODE.get(own.type if own else "") or EMBEDDED_MODE.get(tok.lemma_.lower())
        # "must" demands (CAMEO 10x), it does not appeal (02x)
        code = {"assist": "101", "change": "104", "yield": "105", "meet": "106"}.get(mode or "", "100")
        rule = TriggerRule(aux.lower_, "VERB", "REQUEST", mode, code, OBLIGATION_SOURCE)
        cand = Candidate(aux, rule, sources=speakers, targets=subs, governor=tok.head, embedded=tok)
        cand.notes.append(f"'{tok.head.text} ... {aux.text} {tok.text}': the speaker asks the subject to act")
        out.append(cand)
    return out
