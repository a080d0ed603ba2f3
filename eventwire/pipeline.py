"""Wires the stages; nothing else knows their order.

ingest -> nlp -> events (triggers, arguments, type) -> actors (spans, coding, coreference)
-> where/when -> modality/attribution -> Event records.
"""

from __future__ import annotations

import csv
import re
import datetime as dt
import hashlib
import json
import logging
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import __version__, config, geo, modality, nlp as nlp_mod, ontology, textprep
from . import time as time_mod
from .geo import WATER_HEADS, local as geo_local
from .actors.coref import COUNTRY_WORDS, MentionResolver
from .actors.kb import IO_BODIES
from .actors.resolver import Resolution, Resolver, _singulars, get_resolver
from .actors.spans import conjuncts, phrase_span
from .errors import InputError, InputSkipped
from .events import calibration as calibration_mod, classifier as classifier_mod
from .events import frames, lexicon as lexicon_mod
from .events.extract import (AFFILIATED_NOUNS, AID_ARRIVAL, DONE_TO, FAILED_AGREEMENT, NOT_ACTOR_ENTS, OBLIGATION_SOURCE,
                             PLACE_ENTS, PLACED_MODES, REACTION_TYPES, STOPPING_VERBS, TOPIC_VERBS, Candidate, _pobjs, _quantified,
                             area_name, find_candidates, is_place, national_platform, platforms, subject_of)
from .ingest import checks, parse_date, stable_id
from .records import Actor, Article, Attribution, Event, Location, Modality, Outcome, Span as EvSpan

log = logging.getLogger(__name__)
_NO_TENSOR = numpy.zeros((0,), dtype="float32")  # what an untagged Doc holds
#: characters parsed in one batch when an article is long enough to be cut into sections
_BATCH_CHARS = 80_000

#: words that make a reporting source a news outlet ("the North Korean agency", "state media")
MEDIA_NOUNS = {"agency", "media", "newspaper", "television", "broadcaster", "outlet", "daily", "radio"}
#: types that are coded without a target (a protest, a mobilization, an attack on a place)
ONE_ACTOR_TYPES = {"PROTEST", "MOBILIZE", "ASSAULT"}
#: pronouns that stand for an actor named before ("They were arrested")
SUBJECT_PRONOUNS = {"they", "them", "he", "him", "she", "her", "it"}
#: what goes off, with no doer named: "an explosion killed five soldiers"
BLAST_WORDS = {"explosion", "blast", "bombing", "detonation", "attack", "strike", "shelling", "ambush"}
#: acts that coordinated doers do together, not to each other ("police and deputies arrested five")
JOINT_TYPES = {"ACCUSE", "COERCE", "SANCTION", "PROTEST", "AID"}
#: whom one fires from a job ("fired the coach")
DISMISSED = {"employee", "worker", "coach", "manager", "director", "chief", "staff", "staffer", "aide", "official",
             "minister", "secretary", "adviser", "advisor", "officer", "teacher", "editor"}
#: a local resident named with age and town: "Terry Lee Jolly, 60, Lebanon"
LOCAL_RESIDENT = re.compile(r",\s*\d{1,3},\s*(?:of\s+)?[A-Z]")
#: party names many countries have: the story's country decides whose
GENERIC_PARTY = re.compile(r"(?i)^(?:the\s+)?(?:conservative|labou?r|liberal|socialist|communist|green|democratic|"
                           r"republican|social democratic|christian democratic|people'?s|national|progressive|"
                           r"workers'?)\s+party$")
#: nouns of belonging to a body named before them ("opposition members", "party supporters")
MEMBER_NOUNS = {"member", "supporter", "loyalist", "cadre", "affiliate"}
#: nouns of bodies that are actors when the people they gather are named before them ("Jewish organisations")
BODY_NOUNS = {"organization", "organisation", "association", "group", "body", "federation", "council", "society"}
#: a target that is one of these and codes as the source is the source itself ("lift its blockade")
OWN_PRONOUNS = {"its", "their", "his", "her", "itself", "themselves", "himself", "herself"}
#: CAMEO codes of easing restrictions, emergencies, sanctions, blockades and of ceasefires: an event of its
#: source alone when no one in particular is named as eased ("lifted the curfew", "declared a ceasefire")
EASING_CODES = ("081", "082", "083", "085", "0871", "0872", "0873")  # (0873: "laid down their weapons")
#: yielding that needs no counterpart: a force withdrawing, an official resigning (not "released a statement")
ONE_ACTOR_RETREAT = {"withdraw", "resign", "retreat", "disarm", "demobilize", "demobilise"}
#: sectors that travel without visiting anyone: a trip by them is no diplomatic visit
#: verbs of deciding on a measure: "it" as their object is the measure ("voted it down")
MEASURE_VERBS = {"vote", "veto", "pass", "adopt", "amend", "table", "ratify", "enact", "overturn", "repeal"}
#: words for a person, never a thing hit in a place
PERSON_WORDS = {"one", "man", "woman", "person", "boy", "girl", "child", "victim", "someone", "teen", "teenager"}
#: gatherings one is invited to or attends, whose host or venue is no target of the act
GATHERING_NOUNS = {"breakfast", "lunch", "luncheon", "dinner", "supper", "banquet", "reception", "ceremony", "gala",
                   "celebration", "festival", "parade", "funeral", "wedding", "concert", "fundraiser"}
#: an armed rising: by rebels it is war, coded by its attacks, not dissent
INSURGENCY_WORDS = {"uprising", "revolt", "rebellion", "insurgency", "insurrection"}
#: nouns of a labour strike, whoever ends or refuses to end it ("called off the walkout")
STRIKE_NOUNS = {"strike", "walkout", "stoppage"}
#: the kinds of event that are words or help, not force
PEACEFUL_TYPES = {"AGREE", "SUPPORT", "REQUEST", "CONSULT", "AID", "COOPERATE"}
PRIVATE_SECTORS = {"CVL", "BUS", "EDU", "MED", "REL", "LAB", "AGR", "JRN", "CRM"}
#: sectors of the state: one of them helping another of the same country is cooperation, not aid
STATE_SECTORS = {"GOV", "COP", "JUD", "LEG", "MIL", "SPY"}
#: agent nouns of people from elsewhere: they take no country from the story's context
OUTSIDERS = {"foreigner", "expatriate", "expat"}
#: verbs whose object event is only put forward: "proposed a conference", "called for talks"
PROPOSING_VERBS = {"propose", "suggest", "call", "urge", "demand", "consider", "plan", "envisage", "float"}
#: verbs whose object event is done by saying it: "announced sanctions" is the sanctions, no claim about them
#: ("claimed an attack" stays a claim)
PERFORMATIVE = {"announce", "declare", "unveil", "impose", "order"}
#: verbs of refusing: what they do not let happen is what is refused ("refused to let the convoy pass")
REFUSING_VERBS = {"refuse", "decline"}
#: verbs whose negation is a refusal the typer reads as REJECT ("will not accept refugees")
ACCEPTING_VERBS = {"accept", "allow", "permit", "admit", "tolerate", "recognize", "recognise", "grant"}
#: events that coordinated subjects do to each other whatever the object ("discussed the crisis")
MUTUAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
#: fights that two sides wage on each other: "Thai and Cambodian clashes"
RECIPROCAL_NOUNS = {"clash", "clashes", "fighting", "fight", "battle", "skirmish", "war", "exchange", "firefight",
                    "hostility", "hostilities", "confrontation"}
#: restrictions on everyone in a place: a curfew, martial law, a state of emergency or of siege
RESTRICTION_MODES = {"curfew", "martial-law"}
#: prepositions of what parties talk or agree about ("agreed on the border"), not whom
TOPIC_PREPS = {"on", "upon", "about", "over", "regarding", "concerning"}
#: agentless events whose agent a reader infers from the place: arrests and detentions are police work
INFERRED_AGENTS = {"COERCE": ("COP", "police", "police work"),
                   "SANCTION": ("JUD", "courts", "a court's work")}  # "was sentenced to 99 years": a court
#: verbs of a state's order to a person ("the NIA ordered Rahul Verma to appear"), not a mere request
ORDERING_VERBS = {"order", "summon", "direct", "instruct", "command"}
#: where a state holds people: torture there is its guards' ("died after torture in a prison in Diyarbakir")
CUSTODY_WORDS = {"prison", "jail", "gaol", "custody", "detention", "cell", "penitentiary"}
#: charges that only a court or a grand jury brings: "have been indicted"
COURT_WORK = {"indict", "indictment", "arraign", "arraignment", "prosecute"}
#: who orders or rules in a sentence that makes an agentless restriction a court's ("..., the judge ordered")
COURT_WORDS = {"judge", "court", "magistrate", "justice", "tribunal"}
#: dependency labels of the noun phrases that can be actors in a pair candidate
MENTION_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos", "attr", "ROOT", "npadvmod", "oprd"}


def _actor(span: Span, res: Resolution) -> Actor:
    return Actor(text=span.text, start=span.start_char, end=span.end_char, name=res.name, country=res.country,
                 sector=res.sector, code=res.code, kind=res.kind, entry=res.entry, confidence=res.confidence)


def _owners(noun: Token) -> list[Token]:
    """Who owns a plan, a demand or a deal: "President Ruto's plan", "the union's demand"."""
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]


def _thing(span: Span) -> tuple[Actor, Resolution]:
    """An act or a thing an event is aimed at, kept as its span with no code: no actor is made up."""
    why = f"'{span.text}': what the event is aimed at, no actor; no code given"
    res = Resolution(text=span.text, kind="thing", confidence=0.5, evidence=[why])
    return Actor(text=span.text, start=span.start_char, end=span.end_char, kind="thing", confidence=0.5), res


def _threatened_things(cand: Candidate) -> list[Token]:
    """What a threat says will be acted on: "threatened to shell the tree", "threatened to burn the shop"."""
    if cand.agentless or cand.trigger.lemma_.lower() != "threaten" or cand.trigger.pos_ != "VERB":
        return []
    return [o for x in cand.trigger.children if x.dep_ == "xcomp" for o in x.children
            if o.dep_ == "dobj" and o.pos_ == "NOUN"]


def _promised_places(cand: Candidate) -> list[Token]:
    """Where a promised act is to be done: "agreed to set up a research centre in Mumbai", "agreed to lay down
    their weapons in Goma" (the place the promise bears on, at home or abroad)."""
    if cand.rule.type != "AGREE" or cand.trigger.pos_ != "VERB":
        return []
    out = []
    for act in (x for x in cand.trigger.children if x.dep_ == "xcomp" and x.pos_ == "VERB"):
        for t in act.subtree:
            # (within the act's own clause: "build two mobile clinics and a unit of nurses in Louisiana")
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and is_place(t) and not any(
                    a.pos_ in ("VERB", "AUX") for a in t.ancestors if a.i != act.i and act.is_ancestor(a)):
                out.append(t)
            # ("promised to reopen the crossing so that relief convoys could enter Syria": the place it lets them reach)
            elif t.dep_ == "dobj" and t.head.lemma_.lower() in ENTERING_VERBS and is_place(t):
                out.append(t)
    return out


#: verbs of reaching a place: what they reach is where a promise to let them bears
ENTERING_VERBS = {"enter", "reach"}


def _refused_objects(cand: Candidate) -> list[Token]:
    """What a refusal's verb names as its own object ("rejected the referendum"), or as what it does not let
    happen ("refused to allow the aircraft to enter", "refused to let the convoy pass")."""
    verb = cand.governor or cand.trigger
    if verb.pos_ != "VERB":
        return []
    objects = [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
    if not objects and verb.lemma_.lower() in REFUSING_VERBS:
        objects = [o for x in verb.children if x.dep_ == "xcomp" and x.lemma_.lower() in lexicon_mod.PERMITTING_VERBS
                   for o in [*(g for g in x.children if g.dep_ == "dobj"),
                             *(g for c in x.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj")]
                   if o.pos_ == "NOUN"]
    return objects


def _refused_thing(cand: Candidate) -> bool:
    """"rejected the referendum", "rejected the election results": the refusal's verb has its own object,
    a thing whose author the sentence does not name (not "denied his request", "a plea by Moreno":
    whose plea it was is the target, or no one)."""
    objects = _refused_objects(cand)
    return bool(objects) and not any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from")
        or c.dep_ == "acl" and any(g.dep_ == "agent" or g.lower_ == "by" for g in c.children)
        for o in objects for c in o.children)


def _information(c: Token) -> bool:
    """"shared intelligence", "exchange intelligence on smuggling": "intelligence" as a bare object is
    information, not an intelligence service ("accused Ugandan intelligence", "the intelligence" are the
    service)."""
    return c.lemma_.lower() == "intelligence" and c.dep_ == "dobj" and not any(
        k.dep_ in ("det", "amod", "compound", "poss", "nmod") for k in c.children)


def _model_name(c: Token) -> bool:
    """A designation of a weapon or vehicle model: letters then a number in one noun phrase ("MK 82", "T-72",
    "Su-25"), the letters being no word: whatever party or body shares the letters is not meant."""
    doc = c.doc
    nxt = doc[c.i + 1] if c.i + 1 < len(doc) else None
    if nxt is not None and nxt.text in ("-", "‑") and c.i + 2 < len(doc):
        nxt = doc[c.i + 2]
    return (c.pos_ == "PROPN" and len(c.text) <= 4 and c.text[:1].isupper() and nxt is not None and nxt.like_num
            and nxt.idx - (c.idx + len(c.text)) <= 1 and c.dep_ in ("compound", "nmod", "nummod")
            and nxt.head.i in (c.i, c.head.i))


ACTOR_KINDS = {"person", "organization", "group", "country", "region", "agent"}


def _is_actor(res: Resolution) -> bool:
    """Only real actors make events: a known name, a country, a bloc, or an agent noun.

    This is what keeps crude fallbacks from inventing events: "the weather", "the exhibition"
    or "a decree" never become a source or a target."""
    return res.kind in ACTOR_KINDS


def _unlisted_name(t: Token, span: Span) -> Resolution | None:
    """A person or an organization the tagger names and the dictionary does not know ("Orbis Quantum Systems",
    "Thomas Eckhardt"): an actor with no code, so that "the United States returned a looted sculpture to the
    Meridian Heritage Trust" keeps its recipient. It stands in an event only opposite a coded actor (see
    ``_opposite_coded``): two unknown names ("Tom Baxter accused Linda Hale", a goal scored by a player) are
    local news no dictionary codes."""
    if t.pos_ != "PROPN" or t.ent_type_ not in ("ORG", "PERSON") or t.dep_ == "compound" or is_place(t) \
            or geo.lookup(span.text) is not None:
        return None  # (a place the tagger took for a name, "Chad cooperated", is no unknown body)
    if t.head.lower_ == "of" and (t.head.head.pos_ == "PROPN" or t.head.head.lemma_.lower() in SETTLEMENT_NOUNS):
        return None  # the end of a longer name, "the Order of Freedom", or a place, "the village of Qaniya"
    kind = "person" if t.ent_type_ == "PERSON" else "organization"
    return Resolution(text=span.text, kind=kind, confidence=0.3,
                      evidence=[f"'{span.text}' is a name ({kind}) the dictionary does not know: no code"])


def _unlisted(item: tuple[Actor, Resolution] | None) -> bool:
    return item is not None and item[1].kind in ("person", "organization") and not item[1].known


def _opposite_coded(src: tuple[Actor, Resolution] | None, tgt: tuple[Actor, Resolution] | None) -> bool:
    """Whether a pair may stand: a name the dictionary does not know needs an actor opposite that the dictionary
    does know by name: a country, a known body or person, or an agent of a named country ("the Philippine
    government"; not "the city council" or "the state Supreme Court" of local news, nor a pronoun, whose
    reading is a guess)."""
    def coded(x):
        return (x is not None and not x[0].inferred and bool(x[0].code) and bool(x[1].entry) and not _unlisted(x)
                and (x[0].text or "").lower() not in SUBJECT_PRONOUNS | OWN_PRONOUNS)
    if _unlisted(src):
        return coded(tgt)
    if _unlisted(tgt):
        return coded(src)
    return True


class Coder:
    """Holds the loaded model, lexicon, classifier and resolver; codes articles."""

    def __init__(self, nlp: Language | None = None):
        self.settings = config.coder_settings()
        self.nlp = nlp or nlp_mod.load()
        self.classifier = classifier_mod.load_default()
        # one lexicon for the coder and its classifier: the same rules, and one memo of matches
        self.lexicon = self.classifier.lexicon if self.classifier is not None else lexicon_mod.load()
        self.instruments = lexicon_mod.instruments()
        self.facilities = lexicon_mod.word_list("facilities")
        self.accidents = lexicon_mod.word_list("accidents")
        self.vehicles = lexicon_mod.word_list("vehicles")
        self.animals = lexicon_mod.word_list("animals")
        self.metaphors = lexicon_mod.word_list("metaphors")
        self.frames = frames.FrameWords.load()
        #: raw score -> probability that the event is right (``events/calibration.py``)
        self.calibration = calibration_mod.load() if self.settings["calibrate"] else None
        self._version: tuple[Any, str] | None = None

    @property
    def resolver(self) -> Resolver:
        """The shared resolver of the current knowledge base: after ``kb.reload()`` (a user dictionary
        added or edited) a coder made earlier codes with the new names too."""
        return get_resolver()

    @property
    def version(self) -> str:
        """The coder version stamped on every event; it changes when a dictionary is reloaded."""
        kb = self.resolver.kb
        if self._version is None or self._version[0] is not kb:
            self._version = (kb, f"eventwire {__version__} ({nlp_mod.model_name(self.nlp)}; "
                                 f"{self.classifier.name if self.classifier else 'lexicon only'}; "
                                 f"data {self.fingerprint()})")
        return self._version[1]

    def fingerprint(self) -> str:
        """A hash of everything besides the code that decides the output: the lexicon, the models and
        every actor dictionary in use (the user's too), and the coder settings. A changed dictionary
        gives a new coder version, so a resumed run codes again what it would now code differently."""
        from .actors import kb as kb_mod

        h = hashlib.sha1(json.dumps(self.settings, sort_keys=True).encode())
        models = sorted(Path(str(resources.files("eventwire") / "data" / "models")).glob("*"))
        for path in [*lexicon_mod.files(), *kb_mod.dictionary_files(), *models]:
            h.update(path.name.encode() + b"\0")
            with path.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
        return h.hexdigest()[:12]

    def parse(self, texts: list[str], batch_size: int = 16) -> Iterator[Doc]:
        """One Doc per text. Long texts are parsed in sections (see ``textprep.sections``) joined back
        into one Doc, so their offsets stay those of the whole text."""
        size = int(self.settings["section_chars"])
        pieces = [textprep.sections(t, size) for t in texts]
        if any(len(ps) > 1 for ps in pieces):
            # the parser's working memory grows with the characters in a batch, not the documents:
            # 16 sections of 20,000 characters held 1.4 GB at once, 4 of them 0.6 GB, at the same speed
            batch_size = max(1, min(batch_size, _BATCH_CHARS // size))
        docs = self.nlp.pipe((p for ps in pieces for p in ps), batch_size=batch_size)
        for ps in pieces:
            group = [next(docs) for _ in ps]
            for d in group:
                # the tagger's context vectors are not read after parsing: 384 bytes a token not kept
                d.tensor = _NO_TENSOR
            yield group[0] if len(group) == 1 else Doc.from_docs(group, ensure_whitespace=False)

    # -- actors --------------------------------------------------------------
    @staticmethod
    def _reporting_subject(pron: Token) -> Token | None:
        """In "X said (that) it/they/he will ...", the pronoun is X; so is "its" in "X denied that its
        aircraft bombed ..."."""
        if pron.lower_ not in ("it", "they", "he", "she", "we", "its", "their", "his", "her", "our"):
            return None
        node = pron.head
        for _ in range(4):
            if node.dep_ in ("ccomp",) and node.head.lemma_ in modality.REPORT_VERBS | {
                    "announce", "promise", "vow", "warn", "insist", "deny", "admit", "confirm", "claim"}:
                subj = next((c for c in node.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
                if subj is None:  # "ministers were keen to stress that they would back ...": inherited
                    subs, passive = subject_of(node.head)
                    subj = next((c for c in subs if c.pos_ != "PRON"), None) if not passive else None
                return subj if subj is None or _agrees(pron, subj) else None
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _thing_antecedent(self, pron: Token) -> bool:
        """Does "it" stand for a vehicle or a weapon the clause it hangs from names as its subject ("the car
        was parked near a market when it blew up", "the drone crashed after it hit a tree"), or for a measure
        voted on?"""
        if pron.lower_ == "it" and pron.dep_ == "dobj" and pron.head.lemma_.lower() in MEASURE_VERBS:
            return True  # "voted it down", "vetoed it": what is voted on is a measure, not whoever was named last
        if pron.lower_ != "it" or pron.head.dep_ not in ("advcl", "conj", "relcl"):
            return False
        subj = next((c for c in pron.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and (subj.lemma_.lower() in self.vehicles or subj.lemma_.lower() in self.instruments)

    def _actors(self, heads: list[Token], mentions: MentionResolver, role: str = "source"
                ) -> list[tuple[Actor, Resolution]]:
        out = []
        seen: set[int] = set()
        for h in heads:
            if h.pos_ == "PRON" and self._thing_antecedent(h):
                continue  # "the van stood outside a bazaar when it exploded": the van, no actor
            if h.pos_ == "PRON":
                h = self._reporting_subject(h) or h
            for c in conjuncts(h):
                c = _quantified(c) if c.lemma_.lower() in AFFILIATED_NOUNS else c  # "agents of the SEBIN"
                if c.i in seen:
                    continue
                seen.add(c.i)
                split = _coordinated_nationalities(c)
                whole = self.resolver.resolve(phrase_span(c).text, mentions.date) if split else None
                if whole is not None and whole.entry and any(e.startswith("exact name") for e in whole.evidence):
                    split = []  # "the Food and Drug Administration": one body the dictionary knows by the whole name
                if split:
                    # "Saudi and Houthi officials": two actors, each the officials of one side
                    for adj in split:
                        # ("US and South Korean troops": the whole name of each side)
                        start = min([adj.i] + [g.i for g in adj.children if g.dep_ in ("amod", "compound") and g.i < adj.i])
                        res = self.resolver.resolve(f"{c.doc[start:adj.i + 1].text} {c.text}", mentions.date)
                        # ("House and Senate negotiators": two chambers' bodies, of the country in context)
                        if _is_actor(res) and (res.country or adj.pos_ == "PROPN" and res.sector in STATE_SECTORS):
                            out.append((_actor(c.doc[start: adj.i + 1], res), res))
                    continue
                if c.head.lower_ == "of" and c.head.head.lower_ in WATER_HEADS:
                    continue  # "toward the Sea of Japan": a sea named for a country is not the country
                if _model_name(c):
                    continue  # "an MK 82 bomb", "T-72 tanks": a model's designation names no one
                if role == "target" and c.lemma_.lower() in GATHERING_NOUNS:
                    continue  # "invited to a palace charity dinner": a gathering is no one acted on
                if role == "target" and _information(c):
                    continue  # "agreed to share intelligence on militants": what is shared, not the spies
                if role == "target" and c.lemma_.lower() in lexicon_mod.word_list("documents") and any(
                        g.dep_ in ("compound", "nummod") for g in c.children):
                    continue  # "a deal on Senate Bill 1412": a bill named for its chamber is no chamber
                if _depicted(c):
                    continue  # "handed a painting of an old fisherman back to its owner": whom a picture shows
                owned = self._owned_forces(c, mentions)
                if owned is not None:
                    out.append(owned)
                    continue
                span = phrase_span(c)
                res = mentions.resolve(c, span)
                counted = role == "target" and c.pos_ == "NUM" and not res.known and c.head.lemma_.lower() in DONE_TO
                if counted:
                    # "the task force arrested 14", "gunmen killed 12": so many people, private persons
                    res = Resolution(text=span.text, name="people", country=None, sector="CVL", code="CVL", kind="agent",
                                     entry=None, confidence=0.5,
                                     evidence=[f"'{span.text}' {c.head.text}: a number of people, private persons"])
                if c.lemma_.lower() in self.instruments and (not res.country or any(
                        p.dep_ == "prep" and p.lower_ in ("in", "at", "near", "outside") for p in c.children)) or (
                        role == "target" and c.lemma_.lower() in self.instruments and not national_platform(c)):
                    continue  # a weapon is never hit ("a car bomb in Kiev" is placed, not owned, by Kiev); "Russian
                    # drones struck" stands for Russia's military, and
                    # so do "12 Ukrainian drones" shot down
                if (res.kind == "agent" and c.pos_ != "PRON" and not self._names_actor(c) and not counted
                        and not (role == "target" and c.lemma_.lower() in self.facilities)
                        # "Kim Jong-un's sister", "Navalny's spokeswoman": a known person's people act for them
                        and not (c.pos_ == "NOUN" and "[people_" in (res.entry or "")
                                 and any(e.startswith("possessive") for e in res.evidence))):
                    continue  # "their own version of the royal cake" names no actor, whatever it mentions
                if not _is_actor(res) and not res.known and not res.evidence:
                    # (not a name the coreference already read as a person it does not know, or as no actor)
                    res = _unlisted_name(c, span) or res
                if _is_actor(res):
                    out.append((_actor(span, res), res))
        return out

    def _owner_targets(self, heads: list[Token], mentions: MentionResolver,
                       sources: list[tuple[Actor, Resolution]]) -> list[tuple[Actor, Resolution]]:
        """The last resort for a target: "repealed the Israel Boycott Law", "captured the militant
        stronghold", "an attack on the Russian embassy": a target word that is no actor but whose modifier
        names one is aimed at that actor (not at the source's own country, not at a weapon's maker)."""
        own = {s[0].country for s in sources if s[0].country}
        for h in heads[:1]:
            # "fired Russian missiles": the weapon's maker is no target (but "move against Syria's chemical
            # weapons": their owner, named as such, is)
            if h.pos_ not in ("NOUN", "PROPN") or h.lemma_.lower() in self.instruments and not any(
                    c.dep_ == "poss" for c in h.children):
                continue
            if h.lemma_.lower() in GATHERING_NOUNS or getattr(self.lexicon.match(h, "NOUN"), "type", None) == "CONSULT":
                continue  # "invited to a palace charity dinner": a gathering's host is not whom one invites
            for c in h.children:
                if c.dep_ not in ("compound", "amod", "poss", "nmod") or c.i > h.i or c.ent_type_ in NOT_ACTOR_ENTS \
                        or c.pos_ == "PRON":
                    continue  # "his side were ambushed": whose side a pronoun says is no target
                if c.pos_ == "PROPN" or c.dep_ == "poss":
                    found = self._actors([c], mentions, "target")
                elif c.pos_ in ("ADJ", "NOUN"):
                    # a nationality ("a Russian fuel train") or an armed or state body ("a police station", "the
                    # militant stronghold"), not "a university poll"
                    res = self.resolver.resolve(c.text, mentions.date, modifier=True)
                    found = [(_actor(c.doc[c.i: c.i + 1], res), res)] if _is_actor(res) and (
                        res.country or res.sector in ARMED_SECTORS | STATE_SECTORS) else []
                else:
                    continue
                # "the Copenhagen opera house": a capital before a building says where it stands, not whose
                # ("House and Senate negotiators reached a compromise on Senate Bill 1412": one's own chamber's bill)
                found = [f for f in found if not (f[0].country and f[0].country in own)
                         and not (f[1].kind == "country" and f[1].sector and c.dep_ == "compound")
                         and not any((f[0].text or "").lower() == (x[0].text or "").lower() for x in sources)]
                if found:
                    for _, r in found:
                        r.evidence = [*r.evidence, f"'{c.text}' names whom the '{h.text}' belongs to"]
                    return found
        return []

    def _stands_alone(self, cand: Candidate) -> bool:
        """Whether the event is coded with its source alone when no target is an actor: protests,
        mobilizations, attacks, withdrawals; "police made arrests", "agents detained campaign coordinators",
        "Iran seized a tanker" (a seizure of what the rule names; not "seized the lead", "occupying the
        post"), "imposed a curfew", "declared a state of siege", "authorities opened an investigation"
        (arrests and inquiries into people or deeds named as no actor); "condemned the bombing" (an act
        condemned, its doer unnamed); "lifted the curfew", "declared a
        ceasefire", "agreed to resign" (easing or yielding that bears on everyone); withdrawals of troops,
        peacekeepers or envoys."""
        rule = cand.rule
        if rule.type in ONE_ACTOR_TYPES or rule.cameo.startswith(EASING_CODES):
            return True
        if rule.type == "RETREAT":
            return cand.trigger.lemma_.lower() in ONE_ACTOR_RETREAT
        if rule.mode == "withdraw" and cand.trigger.pos_ == "VERB":
            return True  # "withdrew its peacekeepers from the Golan Heights": whether or not the place codes
        if rule.type == "COERCE":
            return rule.mode in ("arrest", "curfew", "martial-law") or rule.mode == "seize" and bool(rule.extras)
        if rule.type == "ACCUSE" and rule.mode == "disapprove":
            # "the AU condemned the bombing of a school": an act condemned, whoever did it
            return any(c.dep_ == "dobj" and self.lexicon.match(c, "NOUN") is not None for c in cand.trigger.children)
        if rule.type == "ACCUSE":
            return rule.mode == "investigate" and (cand.trigger.pos_ == "VERB" or cand.trigger.dep_ == "dobj")
        if rule.type == "AGREE" and cand.embedded is not None:
            return getattr(self.lexicon.match(cand.embedded, "VERB"), "type", None) in ("RETREAT", "CONCEDE")
        if rule.type == "AGREE" and cand.trigger.pos_ == "VERB":
            # "Hamas agreed to the ceasefire deal": a yielding agreed to bears on everyone
            acts = [g for c in cand.trigger.children if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children if g.dep_ == "pobj"]
            acts += [m for g in acts for m in g.children if m.dep_ == "compound"]
            return any(getattr(self.lexicon.match(g, "NOUN"), "type", None) in ("RETREAT", "CONCEDE") for g in acts)
        return False

    def _strikers(self, head: Token, mentions: MentionResolver) -> tuple[Actor, Resolution] | None:
        """"The organizing committee won't call off its walkout", "most of the operators on strike": a body or a
        group that holds or ends a strike and that the dictionary does not know is labour (LAB)."""
        if head.pos_ == "PRON":
            head = self._reporting_subject(head) or head
        head = _quantified(head) if head.lemma_.lower() in AFFILIATED_NOUNS | {"majority", "most"} else head
        if head.pos_ != "NOUN" or head.lemma_.lower() in PERSON_WORDS | {"people"}:
            return None
        span = phrase_span(head)
        if mentions.resolve(head, span).known:
            return None
        res = Resolution(text=span.text, name=head.lemma_.lower(), sector="LAB", code="LAB", kind="agent",
                         confidence=0.5, evidence=[f"'{span.text}' holds a strike: workers (LAB)"])
        return _actor(span, res), res

    @staticmethod
    def _unknown_person(t: Token, src: Actor, own: bool = True) -> tuple[Actor, Resolution] | None:
        """"Rohan Mehta was arrested by Mumbai Police": a person (or a firm) the dictionary does not know,
        arrested, charged or banned by a state's own police, courts or government, is taken as one of its
        people: a private person, its civilians (as ICEWS's "Citizen (Country)"); a body, the country alone.
        Not ``own``: a person a state sets free is as often a foreign hostage as its own prisoner, so the
        person keeps no country ("Russia released Paul Whelan")."""
        # (a capitalized name the tagger left untagged, "found Castagnet guilty", is taken for a person's)
        untagged = not t.ent_type_ and t.pos_ == "PROPN" and t.text[:1].isupper() and not is_place(t)
        # ("an investigation into Yilmaz": a surname the tagger took for a place no gazetteer knows)
        untagged = untagged or (t.ent_type_ == "GPE" and t.pos_ == "PROPN" and len(nlp_mod.entity_at(t) or ()) == 1
                                and geo.lookup(t.text) is None)
        state = src.sector in ("COP", "JUD", "GOV") or src.kind == "country" and not src.sector  # ("Bahrain arrested")
        if (t.ent_type_ not in ("PERSON", "ORG") and not untagged) or not state or not src.country:
            return None  # ("a Paris court convicted Renault": a firm the dictionary lacks, tried at home)
        if t.ent_type_ == "ORG" and t.dep_ in ("compound", "amod", "nmod"):
            return None  # "made 20 DUI arrests": a name that only qualifies a noun is no one acted on
        span = nlp_mod.entity_at(t) or phrase_span(t)
        # ("Gregory Crolley has been arrested", "the Plancons were charged": a name the tagger called an
        # organization, with no word of one, arrested or charged, is a person's)
        looks_personal = not ({w.lower().strip(".,") for w in span.text.split()} & CORPORATE_WORDS)
        kind = "organization" if t.ent_type_ == "ORG" and not (
            looks_personal and t.head.lemma_.lower() in PEOPLE_TAKING_VERBS) else "person"
        why = (f"'{span.text}' is a {kind} the dictionary does not know, acted on by {src.code}: "
               f"taken as {'a person' if kind == 'person' else 'a body'} of "
               + (src.country if own else "no country known (whom a state frees may be a foreigner)"))
        sector = "CVL" if kind == "person" else None
        country = src.country if own else None
        res = Resolution(text=span.text, name=span.text, country=country, sector=sector,
                         code=((country or "") + (sector or "")) or None, kind=kind, entry=None, confidence=0.4,
                         evidence=[why])
        return _actor(span, res), res

    def _aimed_at(self, cand: Candidate, src: Actor, prefer: set[str], home: set[str],
                  loc: Location | None) -> tuple[Actor, Resolution] | None:
        """What an event with no actor for a target bears on, when the sentence names it: "condemned the
        attack on the church", "boycotting the vote", "French troops on alert in Bamako". A place
        stands for its country (the code is the country's); an act or a thing condemned, rejected, protested
        or attacked is kept as the span it is, with no code: the reader sees what the event is aimed at and
        no actor is made up. What a yielding or a promise gives up ("lifted the curfew") is the act itself,
        no target; and as for named places, only attacks, shows of force and restrictions bear on the doer's
        own country ("soldiers stayed on alert in Lima": the place the force is shown in; a protest at home has
        no target in its own places)."""
        # (the rule's own words are the act, "opened fire", "lifted the curfew"; but what is boycotted or
        # rejected is what the boycott or refusal is aimed at: "boycotting the vote", "rejected the referendum")
        rule_words = set(cand.rule.pattern.split()[1:]) \
            if cand.rule.mode != "boycott" and cand.rule.type != "REJECT" else set()
        attack = ontology.quad_class(cand.rule.type) == 4 or cand.rule.mode in PLACED_MODES

        def place_ok(country: str | None, text: str, t: Token | None = None) -> bool:
            if not country or home and country not in home and geo.small_town(geo.lookup(text, prefer)):
                return False  # (a small foreign town named like a place at home, "Rampura" in a Dhaka story)
            # (and a promise to build or disarm somewhere bears on that place, even at home)
            return attack or country not in home or t in promised

        seen: set[int] = set()
        objects = [o for h in (cand.trigger, cand.governor) if h is not None for o in h.children if o.dep_ == "dobj"]
        objects += _pobjs(cand.trigger, {"against", "into", "on", "at"})
        if cand.rule.type == "REJECT":
            objects += _refused_objects(cand)
        promised = _promised_places(cand)
        objects += promised
        for t in [*cand.place_targets, *cand.targets, *objects, *cand.fallback_targets]:
            if t.i in seen or t.i == cand.trigger.i or t.dep_ in ("compound", "amod"):
                continue
            seen.add(t.i)
            lemma = t.lemma_.lower()
            # (an aircraft refused entry is what is refused, not a weapon: "would not let the jet land")
            if t.pos_ not in ("NOUN", "PROPN") or lemma in rule_words \
                    or lemma in self.instruments and cand.rule.type != "REJECT" \
                    or lemma in PERSON_WORDS | {"other", "people"} or lemma in GROUND_WORDS \
                    or t.ent_type_ in NOT_ACTOR_ENTS:
                continue
            span = phrase_span(t)
            if span[0].like_num and (t.like_num or getattr(self.lexicon.match(t, "NOUN"), "type", "NONE") == "NONE"):
                continue  # (a count of things is no target; a count of deeds is: "denounced 49 detentions")
            if src.start is not None and span.start_char < src.end and src.start < span.end_char:
                continue
            place = self._place_actor(t, prefer, cand.rule.type, seat=t not in promised) if is_place(t) else None
            if place is not None:
                if not place_ok(place[0].country, place[1].name or span.text, t):
                    continue
                place[1].evidence.append(f"no actor named as the target: the place the event bears on, '{span.text}'")
                return place
            if t.pos_ == "PROPN" or t.ent_type_ in PLACE_ENTS or cand.rule.type not in AIMED_TYPES:
                continue  # a name that is neither a known actor nor a place: no guess
            return _thing(span)
        if cand.rule.type == "REJECT" and cand.trigger.dep_ == "dobj":
            # a refusal's trigger may itself be what is refused, "rejected the proposal" (but what an appeal was
            # against comes first: "threw out appeals against the closure of the coal mine")
            return _thing(phrase_span(cand.trigger))
        if loc is not None and cand.rule.type in ONE_ACTOR_TYPES and place_ok(loc.country, loc.text):
            # "fighters struck in northern Kenya": an attack, or a show of force or a protest abroad,
            # with no one named bears on the country it happens in
            why = f"no actor named as the target: the country of the place it happens in, '{loc.text}'"
            res = Resolution(text=loc.text, name=loc.name, country=loc.country, code=loc.country, kind="country",
                             entry=f"GeoNames {loc.geonameid}" if loc.geonameid else None, confidence=0.5,
                             evidence=[why])
            return Actor(text=loc.text, start=loc.start, end=loc.end, name=loc.name, country=loc.country,
                         code=loc.country, kind="country", confidence=0.5), res
        return None

    def _employer(self, cand: Candidate, sources: list[tuple[Actor, Resolution]],
                  mentions: MentionResolver, sent: Span) -> list[tuple[Actor, Resolution]]:
        """"Workers at the Escondida mine went on strike", "Boeing machinists walked out", "a strike at the
        Batu Hijau mine": a strike is aimed at the employer, named by the strikers' workplace or company, or
        by where the work stopped. A name the dictionary lacks is taken as a body of the strikers' country,
        of the sector its workplace word says (a mine, a firm: business; a hospital: health)."""
        if not sources or sources[0][0].sector in ARMED_SECTORS or sources[0][1].kind == "country" and \
                not sources[0][0].sector:
            return []  # "strikes by Israeli warplanes": an attack, with targets of its own
        heads = [h for s in cand.sources for h in (
            # "Amazon workers", "workers at the mine", "employees of GE"
            [c for c in s.children if c.dep_ == "compound" and (c.ent_type_ == "ORG" or c.pos_ == "PROPN"
                                                                and c.ent_type_ not in PLACE_ENTS)]
            + [g for g in _pobjs(s, {"at", "of", "for"})]
            # "miners employed at the Escondida mine", "staff working for the airline"
            + [g for a in s.children if a.dep_ == "acl" and a.lemma_.lower() in ("employ", "work", "hire")
               for g in _pobjs(a, {"at", "by", "for", "in"}) if not is_place(g)])]
        heads += [g for h in (cand.trigger, cand.governor) if h is not None for g in _pobjs(h, {"at", "against"})]
        sectors = lexicon_mod.word_table("workplaces", "sector")
        country = sources[0][0].country
        for h in heads:
            if h.ent_type_ in PLACE_ENTS or is_place(h) or h.pos_ == "PRON":
                continue  # "workers in Germany", "a strike at Antwerp": where, not whom
            found = self._actors([h], mentions, "target")
            if found and (found[0][0].start == sources[0][0].start and sources[0][1].kind != "agent"
                          or found[0][0].entry and found[0][0].entry == sources[0][0].entry
                          and found[0][0].sector == sources[0][0].sector):
                return []  # "Boeing machinists" read as Boeing: no one strikes against themselves (but "Boeing
                # workers", read as the firm's workforce, strike against Boeing)
            word = h.lemma_.lower()
            if found and found[0][1].kind == "agent" and word not in sectors:
                continue  # "hundreds of drivers": people, not whom they work for
            if found and found[0][0].sector not in ARMED_SECTORS and found[0][1].kind != "country" and (
                    found[0][1].entry or word not in sectors):
                return found  # a name the dictionary knows ("workers at Volkswagen"), or another actor
            if h.ent_type_ not in ("ORG", "FAC") and word not in sectors:
                continue
            span = nlp_mod.entity_at(h) if h.ent_type_ in ("ORG", "FAC") else None
            span = span or phrase_span(h)
            sector = sectors.get(word) or "BUS"
            # ("the Cerro Verde mine in Peru": the place its own words name, else the strikers' country)
            where = self._clause_place_actor(h, sent, {country} if country else set())
            country = where[0].country if where is not None else country
            why = f"'{span.text}', where the strikers work: the employer a strike is aimed at ({sector})"
            res = Resolution(text=span.text, name=span.text, country=country, sector=sector,
                             code=(country or "") + sector, kind="organization", entry=None, confidence=0.4,
                             evidence=[why])
            return [(_actor(span, res), res)]
        return []

    def _serving(self, t: Token, mentions: MentionResolver) -> tuple[Actor, Resolution] | None:
        """"sanctions on 16 individuals and two entities enabling Iran's drone production", "firms that
        supply Russia's army": those sanctioned for serving a country's program stand for that country."""
        if t.pos_ != "NOUN":
            return None
        for clause in (c for w in [t, *t.conjuncts] for c in w.children if c.dep_ in ("acl", "relcl")):
            for w in clause.subtree:
                if w.ent_type_ in ("GPE", "NORP") and w.dep_ in ("poss", "amod", "compound", "nmod"):
                    res = mentions.resolve(w, phrase_span(w))
                    if res.kind == "country" and res.country and res.country not in IO_BODIES:
                        span = phrase_span(t)
                        said = t.doc[clause.i:clause.right_edge.i + 1].text
                        why = f"'{span.text}' serve {res.country} ('{said[:60]}'): sanctioned as {res.country}'s"
                        out = Resolution(text=span.text, name=span.text, country=res.country, sector=None,
                                         code=res.country, kind="group", entry=None, confidence=0.4, evidence=[why])
                        return _actor(span, out), out
        return None

    def _owned_forces(self, c: Token, mentions: MentionResolver) -> tuple[Actor, Resolution] | None:
        """"X denied that its aircraft bombed ...": a platform, weapon or force owned by a pronoun is the
        forces of whoever the pronoun stands for."""
        pron = next((p for p in c.children if p.dep_ == "poss" and p.pos_ == "PRON"), None)
        lemma = c.lemma_.lower()
        if pron is None or not (lemma in self.instruments or lemma in platforms() or lemma in self.resolver.kb.agents
                                or lemma in OWNED_STAFF):
            return None
        owner = self._reporting_subject(pron)
        if owner is None:
            return None
        res = mentions.resolve(owner, phrase_span(owner))
        if not _is_actor(res) or not res.country:
            return None
        # "its agents", "its operatives": the owner's own people, of the owner's sector (an intelligence
        # service's agents are intelligence)
        sector = (res.sector or "SPY") if lemma in OWNED_STAFF else self.resolver.kb.agents.get(lemma) or "MIL"
        span = phrase_span(c)
        why = f"'{pron.text} {c.text}': the {c.text} of {res.name or res.text} ({res.country})"
        own = Resolution(text=span.text, name=f"{res.name or res.text} {c.text}", country=res.country, sector=sector,
                         code=res.country + sector, kind="agent", entry=res.entry, confidence=res.confidence * 0.8,
                         evidence=[why])
        return _actor(span, own), own

    def _place_actor(self, t: Token, prefer: set[str], typ: str, seat: bool = True) -> tuple[Actor, Resolution] | None:
        """A place named as a target stands for its country ("shelled Kharkiv" -> UKR); a capital, in a
        cooperative event, for its government ("talks with Moscow"), unless it is only where the act is to
        be done (``seat`` False: "to build a hospital in Madrid")."""
        if t.lower_ in WATER_HEADS:
            return None  # "a tanker in the Gulf": a body of water, not Papua New Guinea's Gulf Province
        span = phrase_span(t)
        # (the name alone when the parse hangs more on it: "in Karabakh 40 times", "the besieged eastern
        # Ghouta region near the capital")
        place = geo.lookup(span.text, prefer) or geo.lookup(_place_name(t), prefer) or geo.lookup(_named_kind(t), prefer)
        if place is None:
            return None
        sector = "GOV" if seat and place.feature == "PPLC" and ontology.quad_class(typ) < 3 else None
        res = Resolution(text=span.text, name=place.name, country=place.country, sector=sector,
                         code=place.country + (sector or ""), kind="country", entry=f"GeoNames {place.geonameid}",
                         confidence=0.6, evidence=[f"place {place.name} ({place.country}) stands for its country"])
        return _actor(span, res), res

    def _clause_place_actor(self, t: Token, sent: Span, prefer: set[str]) -> tuple[Actor, Resolution] | None:
        """An attacked or seized place the gazetteer lacks, as the country of a place its clause names."""
        if t.lower_ in WATER_HEADS:
            return None  # "toward the Sea of Japan": a sea, whatever country it is named for
        found = None
        # ("the supply vessel Unaizah May 4": a ship's name, not the Saudi town)
        ship_name = {w.i for w in t.subtree if w.dep_ in ("appos", "compound")} if t.lemma_.lower() in platforms() \
            else set()
        for tok in sent.doc[t.i + 1: min(sent.end, t.i + 9)]:  # "Rubaya in eastern Congo", "Rubaya, in Masisi"
            if tok.pos_ == "VERB":
                break
            if tok.i in ship_name:
                continue
            if tok.ent_type_ in ("GPE", "LOC") or is_place(tok):
                place = _place_country(tok, prefer)
                country = place.country if place is not None else None
                if country is None and tok.ent_type_ == "GPE":  # "eastern Congo", "DR Congo": a country's name
                    named = self.resolver.resolve(tok.text, None)
                    country = named.country if named.kind == "country" and not named.sector else None
                if country:
                    found = (country, tok)
                    break
        if found is None:
            return None
        if found[1].dep_ == "pobj" and found[1].head.lower_ == "against" and found[1].head.head.i == t.i:
            # "mobilized troops for the Gulf War against Iraq": whom the war is against is the target
            return self._place_actor(found[1], prefer, "ASSAULT")
        country = found[0]
        span = phrase_span(t)
        res = Resolution(text=span.text, name=country, country=country, sector=None, code=country,
                         kind="country", entry=None, confidence=0.5,
                         evidence=[f"place '{span.text}' is not in the gazetteer; the words after it name "
                                   f"'{found[1].text}' ({country})"])
        return _actor(span, res), res

    # -- one article ---------------------------------------------------------
    def code_doc(self, article: Article, doc: Doc, prep: textprep.Prepared | None = None,
                 keep_nonfactual: bool | None = None) -> list[Event]:
        """Events of one parsed article. ``doc`` is the parse of ``prep.text``; the events' offsets
        are mapped back to ``article.text``. Negated and hypothetical events are left out unless
        ``keep_nonfactual`` (default: the ``[coder] keep_nonfactual`` setting): they did not happen."""
        prep = prep or textprep.Prepared(article.text, doc.text)
        pub = article.published_date()
        mentions = MentionResolver(self.resolver, pub)
        mentions.seed(doc)
        ctx = _Context.of(doc, prep, mentions, article.source)
        if ctx.us_local:
            mentions.set_home("USA")
        events: list[Event] = []
        for si, sent in enumerate(doc.sents):
            decided: set[tuple] = set()
            found: list[Event] = []
            cands = find_candidates(sent, self.lexicon)
            coded: set[int] = set()  # triggers of events that happened, as the lexicon read them
            for cand in cands:
                got = self._code_candidate(article, si, sent, cand, mentions, pub, ctx, decided)
                if any(not (e.modality.negated or e.modality.hypothetical) for e in got):
                    coded.add(cand.trigger.i)
                found.extend(got)
            if self.classifier is not None and self.settings["pair_candidates"]:
                # a trigger the lexicon read arguments for is decided: pairs are for what it did not reach
                used = {c.trigger.i for c in cands} | {c.governor.i for c in cands if c.governor is not None}
                found.extend(self._pair_events(article, si, sent, mentions, pub, ctx, decided, used, coded))
            events.extend(_shared_place(_unique(found)))
        events = _headline_once(events, _is_headline(next(doc.sents), article.title) if len(doc) else False)
        if not (self.settings["keep_nonfactual"] if keep_nonfactual is None else keep_nonfactual):
            events = [e for e in events if not (e.modality.negated or e.modality.hypothetical)]
        return [_dateline_place(_remap(e, prep, ctx), ctx) for e in events]

    # -- actor pairs the lexicon did not reach --------------------------------
    def _mentions(self, sent: Span, mentions: MentionResolver) -> list[Token]:
        """Heads of the noun phrases of the sentence that are actors, outermost first."""
        heads = [t for t in sent if (t.pos_ in ("NOUN", "PROPN") or nlp_mod.opening_name(t)) and t.dep_ in MENTION_DEPS
                 and t.ent_type_ not in NOT_ACTOR_ENTS
                 and (t.lemma_.lower() not in self.instruments or national_platform(t))
                 and not _locative(t) and not _depicted(t)]
        spans = {h.i: phrase_span(h) for h in heads}
        heads.sort(key=lambda t: -len(spans[t.i]))
        taken: set[int] = set()
        out = []
        for h in heads:
            if h.i in taken:
                continue
            span = spans[h.i]
            if any(t.i in taken for t in span):
                continue
            if not self._names_actor(h):
                continue  # "a large military parade" mentions the military but is a parade
            res = mentions.resolve(h, span)
            if _is_actor(res):
                out.append(h)
                taken.update(t.i for t in span)
        return sorted(out, key=lambda t: t.i)

    def _names_actor(self, head: Token) -> bool:
        """The head word itself is an actor: a name, or a noun for people or institutions."""
        if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or nlp_mod.opening_name(head):
            return True
        if national_platform(head):
            return True
        people = _quantified(head)  # "thousands of protesters", "a group of students"
        if people.i != head.i:
            return self._names_actor(people)
        agents = self.resolver.kb.agents
        # "border guards", "riot police": the compound noun is the agent word
        # ("sheriff's deputies": a possessor that is itself an agent word names the agent too)
        compound = " ".join([c.lemma_.lower() if c.dep_ == "poss" else c.lower_ for c in head.children
                             if (c.dep_ == "compound" or c.dep_ == "poss" and c.lemma_.lower() in agents)
                             and c.i < head.i]
                            + [head.lemma_.lower()])
        # "anti-riot officers": a hyphenated modifier the parser hangs as an adjective
        # ("a Chadian armed group": the agent words nearest the head, after a nationality)
        mods = [c.i for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
        modified = {" ".join(f"{head.doc[m:head.i].text} {head.lemma_}".lower().replace("-", " ").split())
                    for m in mods}
        if head.lemma_.lower() in MEMBER_NOUNS and any(
                c.dep_ == "compound" and (c.lemma_.lower() in agents or c.ent_type_ in ("ORG", "NORP") or c.pos_ == "PROPN")
                for c in head.children):
            return True  # "opposition members", "Hamas members": members of a body named before them
        if head.lemma_.lower() in BODY_NOUNS and any(
                c.dep_ in ("compound", "amod") and c.i < head.i and (c.lemma_.lower() in agents or c.ent_type_ == "NORP")
                for c in head.children):
            return True  # "US Jewish organisations", "student associations": bodies of the people named before them
        low = head.lower_
        # the model leaves some plurals unlemmatized ("servicemen", "gunmen")
        return (head.lemma_.lower() in agents or any(w in agents for w in _singulars(low)) or low in COUNTRY_WORDS
                or compound in agents or any(m in agents for m in modified))

    def _pair_events(self, article: Article, si: int, sent: Span, mentions: MentionResolver, pub: dt.date | None,
                     ctx: "_Context", decided: set[tuple], used: set[int], coded: set[int]) -> list[Event]:
        """Every ordered pair of actor mentions the lexicon candidates left undecided, typed by the
        dyad classifier (which knows NONE); the lexicon rule of the chosen type near the pair gives
        the trigger, the mode and the specific CAMEO code. ``used``: triggers the lexicon read;
        ``coded``: those of them whose event happened (a pair linked through one is that event)."""
        heads = self._mentions(sent, mentions)
        if len(heads) < 2:
            return []
        heads = [h for h in heads if not _reports_others(h)]
        if len(heads) < 2:
            return []
        spans = {h.i: phrase_span(h) for h in heads}
        pairs = []
        for a in heads:
            for b in heads:
                sa, sb = spans[a.i], spans[b.i]
                if a.i == b.i or (sa.start_char, sb.start_char) in decided or (sb.start <= a.i < sb.end) or (sa.start <= b.i < sa.end):
                    continue
                up_a, lca, up_b = classifier_mod.path(a, b)
                told = [t for t in up_a + up_b if t.dep_ == "ccomp"
                        and t.head.lemma_.lower() in modality.REPORT_VERBS | {"tell"}]
                if told and not (
                        # ("Poland said it would not admit asylum seekers": the speaker, one of the pair, acts in
                        # what it says)
                        any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in told[0].children)
                        and any(m.dep_ == "nsubj" and m.head.i == told[0].head.i for m in (a, b))):
                    # "Kouchner told a news conference that he sat between a surgeon and a journalist": one side
                    # is in what is reported, the other outside it; nothing links them but the telling
                    continue
                if any(t.i in coded for t in up_a + up_b + ([lca] if lca is not None else [])):
                    # "Germany said it would send troops to Mali", "Turkey condemned the Israeli strikes on Gaza":
                    # the pair meets at or passes through a trigger the lexicon coded; that event is told, the pair
                    # is no second one (a refusal,
                    # "said it will not accept refugees", is not coded as the act refused: the pair may be)
                    continue
                pairs.append((a, b))
        if not pairs:
            return []
        st = self.settings
        preds = self.classifier.predict_pairs(
            sent, [((spans[a.i].start_char, spans[a.i].end_char), (spans[b.i].start_char, spans[b.i].end_char)) for a, b in pairs],
            neural_filter=st["pair_neural_filter"], min_confidence=st["pair_min"],
            min_without_trigger=st["pair_min_no_trigger"])
        out: list[Event] = []
        by_pair = {(a.i, b.i): pred for (a, b), pred in zip(pairs, preds)}
        for (a, b), pred in zip(pairs, preds):
            if pred.type == classifier_mod.LABELS_NONE or pred.confidence < st["pair_min"]:
                continue
            back = by_pair.get((b.i, a.i))
            if back is not None and back.type == pred.type and pred.type not in MUTUAL_TYPES and (
                    back.confidence, b.i) > (pred.confidence, a.i):
                continue  # "Ukraine was given aid by Germany": one act, one direction (the surer reading)
            found = classifier_mod.lexicon_trigger(sent.doc, (spans[a.i].start_char, spans[a.i].end_char),
                                                   (spans[b.i].start_char, spans[b.i].end_char), pred.type, self.lexicon)
            if found is None:
                if pred.confidence < st["pair_min_no_trigger"]:
                    continue
                trig = classifier_mod.path_governor(a, b)
                if trig is None or trig.lemma_.lower() in NO_TRIGGER_VERBS:
                    continue  # "is expected to visit", "was ready to host": the event is in the verb below
                if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lexicon_mod.word_list("documents")
                       for c in trig.children):
                    continue  # "the Assembly passed a bill letting county residents ...": a law made, with no
                    # word of the lexicon, is the legislature's own business, not a deed done to those it names
                rule = lexicon_mod.TriggerRule(trig.lemma_.lower(), trig.pos_, pred.type, pred.mode,
                                               pred.cameo_code or ontology.cameo_for(pred.type, pred.mode),
                                               "classifier (no lexicon trigger)")
            else:
                trig, rule = found
            if trig.i in used or trig.head.i in used and trig.dep_ in ("dobj", "pobj", "xcomp"):
                continue
            if trig.pos_ == "NOUN" and trig.dep_ == "dobj" and a.dep_ == "nsubj" and a.head.i == trig.head.i and (
                    trig.head.lemma_.lower() in STOPPING_VERBS
                    or getattr(self.lexicon.match(trig.head, "VERB"), "type", pred.type) in REACTION_TYPES - {pred.type}):
                continue  # "police prevented a protest": whoever stops or condemns an act did not do it
            cand = Candidate(trig, rule, sources=[a], targets=[b])
            cand.notes.append(f"actor pair typed by the classifier: {pred.type} ({pred.confidence:.2f})")
            # ("at the invitation of President Xi, Lula will visit China": a state and its own leader, both
            # named, are one side, no pair)
            out.extend(e for e in self._code_candidate(article, si, sent, cand, mentions, pub, ctx, decided, pred=pred)
                       if not (e.source and e.target and e.source.country and e.source.country == e.target.country
                               and e.target.country not in IO_BODIES
                               and (not e.source.sector or not e.target.sector)))
        return out

    def _frame(self, cand: Candidate, typ: str, sides: list[tuple[Actor, Resolution] | None]) -> str | None:
        """Why the trigger is no political event here (a film plot, a match, a market move), or None."""
        doc = cand.trigger.doc
        inside: set[int] = set()
        for side in sides:
            if side is not None and side[0].start is not None:
                inside.update(t.i for t in doc.char_span(side[0].start, side[0].end, alignment_mode="expand") or ())
        # a place standing for a government ("Real Madrid" reads as Madrid, Spain's capital) is no real side
        return frames.frame(cand.trigger, typ, [(side[0].sector, (side[1].entry or "").startswith("GeoNames")
                                                 or (side[1].kind == "country" and side[1].sector is not None))
                                                for side in sides if side is not None], inside, self.frames)

    def _verbal_fight(self, cand: Candidate, src: Actor | None, tgt: Actor | None) -> bool:
        """Is an attack, clash or fight one of words? Its doer speaks while doing it ("calling them
        nutters", "in a speech"), or both sides are people of public life (lawmakers, officials, parties,
        courts, firms, the press) with no weapon and no casualty in the sentence."""
        if cand.trigger.lemma_.lower() not in VERBAL_FIGHTS or src is None:
            return False
        sent = cand.trigger.sent
        if any(t.lemma_.lower() in self.instruments or t.lemma_.lower() in CASUALTY_WORDS for t in sent):
            return False
        heads = [h for h in (cand.trigger, cand.governor) if h is not None]
        speaking = any(c.lemma_.lower() in SPEAKING for h in heads for c in h.subtree if c.tag_ == "VBG") or any(
            p.lower_ in ("in", "on", "during") and any(g.lemma_.lower() in SPEECH_NOUNS for g in p.children)
            for h in heads for p in h.children if p.dep_ == "prep")
        if speaking:
            return True
        public = {"LEG", "GOV", "ELI", "PTY", "JUD", "BUS"}
        return src.sector in public and src.kind in ("person", "agent") and tgt is not None \
            and tgt.sector in public | {"JRN", "MED", "EDU", "NGO"} and tgt.kind in ("person", "agent", "organization")

    def _no_enemy(self, cand: Candidate) -> bool:
        """An attack or a fight with no enemy: an accident ("a neighbor accidentally hit her") or a
        metaphor ("flood fighting effort", "fight crime"); the word lists are in data/lexicon."""
        if cand.rule.type not in ("ASSAULT", "COERCE"):
            return False
        if cand.trigger.dep_ == "compound" and cand.trigger.head.lemma_.lower() in self.instruments | self.vehicles | platforms():
            return True  # "attack helicopters", "assault rifles": a kind of weapon, no attack
        heads = [t for t in (cand.trigger, cand.governor) if t is not None]
        near = {c for h in heads for c in h.children} | {g for h in heads for c in h.children if c.dep_ == "prep"
                                                          for g in c.children}
        sent, i = cand.trigger.sent, cand.trigger.i
        window = sent.doc[max(sent.start, i - 7):min(sent.end, i + 12)]  # "killed ... when a neighbor accidentally hit"
        # "the army mistakenly killed villagers in a drone strike": a weapon's misfire is still an attack
        weaponed = any(t.lemma_.lower() in self.instruments for t in window)
        armed = weaponed or any(t.lemma_.lower() in STRIKE_WORDS for t in window)
        if not armed and any(t.lemma_.lower() in self.accidents for t in near | set(heads)):
            return True
        # "was struck by a truck and killed", "struck, killed by bus": a vehicle as the agent is a road accident
        # (the agent may hang on a verb coordinated with the trigger, or on a clause below it)
        verbs = set(heads) | {c for h in heads for c in h.children if c.dep_ in ("conj", "advcl")} | {
            h.head for h in heads if h.dep_ in ("conj", "advcl")}
        hitters = [g for v in verbs for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if hitters and all(g.lemma_.lower() in self.vehicles or g.lemma_.lower() in self.accidents for g in hitters):
            return True  # (or a flood, a fire, a storm: "people hit by flooding in Malawi")
        if cand.trigger.lemma_.lower() in ("hit", "strike") and not hitters and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in ROAD_USERS for c in cand.trigger.children) and not weaponed:
            return True  # "the Honda's driver also was struck and suffered injuries": a crash
        if not weaponed and cand.trigger.lemma_.lower() in ("hit", "strike", "crash", "ram", "slam", "rear-end") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.vehicles for c in cand.trigger.children):
            return True  # "he then struck a car stopped on the road": a crash, not an attack
        if cand.trigger.lemma_.lower() == "fire" and any(
                c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in DISMISSED)
                for c in cand.trigger.children):
            return True  # "the county executive fired Reams": a dismissal, no shot
        # "a 'killer bee' attack", "a horse was killed after being attacked": animals are no side
        parties = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "compound", "poss")]
        parties += [g for c in parties for g in c.children if c.dep_ == "compound" or g.dep_ == "compound"]
        if any(t.lemma_.lower() in self.animals for t in parties):
            return True
        if not armed and any(t.lemma_.lower() in ACCIDENT_WORDS for t in window):
            return True
        objects = [t for t in near if t.dep_ in ("dobj", "compound", "pobj", "nsubj", "amod")
                   and not cand.rule.names(t.lemma_.lower())  # "opened fire on": the rule's own word
                   # "detained 18 people after a fire": what came before is no object of the act
                   and not (t.dep_ == "pobj" and t.head.lower_ in SEQUENCE_PREPS)
                   # "killed in artillery fire": a weapon makes the fire a real one
                   and not any(c.lemma_.lower() in self.instruments for c in t.children if c.dep_ in ("compound", "amod"))]
        if armed and any(c.dep_ == "dobj" and c.lemma_.lower() in self.instruments for h in heads for c in h.children):
            return False  # "fired shells into markets": a weapon fired is no metaphor, whatever it hit
        if cand.trigger.lemma_.lower() in EXPLOSIVE_VERBS:
            return False  # "bombed a crowded market": a bomb has no figurative market
        return any(t.lemma_.lower() in self.metaphors for t in objects) or (
            cand.trigger.dep_ == "compound" and cand.trigger.head.lemma_.lower() in {"effort", "campaign", "operation"}
            and any(c.lemma_.lower() in self.metaphors for c in cand.trigger.head.children))

    def _code_candidate(self, article: Article, si: int, sent: Span, cand: Candidate,
                        mentions: MentionResolver, pub: dt.date | None, ctx: "_Context", decided: set[tuple],
                        pred: classifier_mod.Prediction | None = None) -> list[Event]:
        when = time_mod.event_time(cand.trigger, cand.governor, sent, pub,
                                   response=cand.rule.type in ("ASSAULT", "COERCE", "SANCTION"))
        days_before = _days_before(pub, when)
        mod = modality.analyse(cand.trigger, cand.governor, sent, days_before)
        if mod.modality.future and when is not None and days_before is not None and days_before > 0 \
                and not re.search(r"\b\d{4}\b", when.text):
            # "will fly to Washington on June 23" in a story of June 15: the date ahead, not last year's
            when = _forward(when, pub)
            days_before = _days_before(pub, when)
            mod = modality.analyse(cand.trigger, cand.governor, sent, days_before)
        if self._no_enemy(cand) or _generic(cand.governor or cand.trigger) or _discharged(cand) or _accident_probe(cand) \
                or _kept_back(cand) or _document_agent(cand) or _vehicle_trip(cand) or _danger_warning(cand) \
                or _undone(cand) or (cand.agentless and cand.rule.pattern == "force out"):
            # ("the firm was forced out of the market", "forced out of office": pushed by no one named, no
            # state's expulsion)
            return []
        if not mod.asserted:  # a question ("whether they discussed ..."): flagged hypothetical, and no other
            for s_ in cand.sources:  # reading of the same pair may assert it
                for t_ in cand.targets:
                    decided.add((phrase_span(s_).start_char, phrase_span(t_).start_char))
        attr = self._attribution(cand, sent, mentions)
        # sources and targets, with "the two sides" standing for the latest dyad, both ways
        pairs: list[tuple[tuple[Actor, Resolution], tuple[Actor, Resolution] | None]] = []
        coordinated = False
        src_heads = cand.sources
        recip = [h for h in src_heads if mentions.reciprocal(phrase_span(h))]
        dyad = mentions.reciprocal_pair(phrase_span(recip[0]).start_char) if recip else None
        if recip and dyad:
            span = phrase_span(recip[0])

            def stand_in(m) -> tuple[Actor, Resolution]:
                r = m.res
                conf = r.confidence * 0.8
                act = Actor(text=span.text, start=span.start_char, end=span.end_char, name=r.name, country=r.country,
                            sector=r.sector, code=r.code, kind=r.kind, entry=r.entry, confidence=conf)
                why = [f"'{span.text}' -> '{m.text}', one of the two latest actors of different countries"]
                return act, Resolution(span.text, r.name, r.country, r.sector, r.code, r.kind, r.entry, conf, why)

            a, b = dyad
            pairs += [(stand_in(a), stand_in(b)), (stand_in(b), stand_in(a))]
        else:
            sources = self._actors(src_heads, mentions)
            if attr is not None and len(sources) == 1:
                sources = [self._speaker_for_own_state(sources[0], attr, mentions) or sources[0]]
            if not sources and src_heads and cand.trigger.lemma_.lower() in STRIKE_NOUNS \
                    and cand.rule.type in ("CONCEDE", "REJECT", "PROTEST"):
                sources = [x for x in (self._strikers(h, mentions) for h in src_heads[:1]) if x]
            if not sources and src_heads and cand.rule.type == "ASSAULT" and all(
                    h.lemma_.lower() in self.instruments or h.lemma_.lower() in BLAST_WORDS for h in src_heads):
                # "the drones launched by the rebels struck a terminal": the weapon's launcher named on it
                sources = self._actors([a for h in src_heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                        for a in _pobjs(c, {"by"})], mentions)
                # "a roadside bomb killed five soldiers": a weapon with no doer named, the attack still happened
                cand.agentless = not sources
            _settlements_as_places(cand)
            if len(sources) > 1 and (cand.rule.type in MUTUAL_TYPES or cand.rule.source == FAILED_AGREEMENT):
                # "Armenia and Azerbaijan failed to reach a deal over border crossings", "Trump and Putin agreed to
                # share information on North Korea": what parties agree on is the topic, they are each
                # other's counterpart
                cand.targets = [t for t in cand.targets if t.head.lower_ not in TOPIC_PREPS]
                cand.fallback_targets = [t for t in cand.fallback_targets if t.head.lower_ not in TOPIC_PREPS and not (
                    t.dep_ == "dobj" and cand.trigger.lemma_.lower() in TOPIC_VERBS)]  # "discussed Ukraine"
                cand.place_targets = [t for t in cand.place_targets if t.head.lower_ not in TOPIC_PREPS]
            if cand.rule.type == "CONSULT":
                # "met students to chat about their Kenya blog": what a talk is about is no party to it
                # ... nor is a topic word, whatever country it names ("went to a conference for the reconstruction
                # of Gaza": not a meeting with Gaza)
                cand.targets = [t for t in cand.targets if t.head.lower_ not in TOPIC_PREPS - {"on"}
                                and not _in_topic(t, cand.trigger)]
                cand.fallback_targets = [t for t in cand.fallback_targets if t.head.lower_ not in TOPIC_PREPS - {"on"}
                                         and not _in_topic(t, cand.trigger)]
            if cand.rule.type == "REJECT":
                # "the court dismissed the lawsuit against the government": whom a rejected suit is against is
                # spared by the refusal, not refused (the plaintiff is: "filed by the opposition")
                cand.targets, cand.fallback_targets = (
                    [t for t in ts if not (t.head.lower_ == "against" and t.head.head.lemma_.lower() in LEGAL_FILINGS)]
                    for ts in (cand.targets, cand.fallback_targets))
                # "rejected President Ruto's plan on an exit from the EAC": what a rejected plan is about is no
                # party to the refusal; whose plan it is, is
                topics = [t for t in cand.targets if t.head.lower_ in TOPIC_PREPS and t.head.head.pos_ == "NOUN"
                          and _owners(t.head.head)]
                if topics:
                    cand.targets = [t for t in cand.targets if t not in topics]
                    cand.fallback_targets = [o for t in topics for o in _owners(t.head.head)]
            if cand.rule is AID_ARRIVAL:
                # aid reaches a place: the gazetteer reads it ("West Darfur" is Sudan's, not "the West")
                targets = [p for p in (self._place_actor(t, ctx.prefer, cand.rule.type) for t in cand.targets) if p]
            else:
                targets = []
            targets = targets or _shared_nationality(self._actors(cand.targets, mentions, "target"), sent)
            targets = _city_and_country(targets, sent, cand.rule.type)
            if cand.rule.type == "THREATEN":
                # ("a Pentagon official warned that unless Turkey changed course, the Pentagon would halt cooperation":
                # one's own body is who would act on the threat, not whom it is aimed at)
                own = {(s[1].entry, s[1].code) for s in sources if s[1].entry}
                targets = [t for t in targets if (t[1].entry, t[1].code) not in own]
            if not targets and cand.rule.mode == "visit" and sources:
                # "during a visit to Dubai": a visit to a foreign city is a visit to its country (a trip at
                # home is no visit to anyone)
                home = {s[0].country for s in sources}
                places = cand.place_targets or [t for t in cand.targets if is_place(t)]
                targets = [p for p in (self._place_actor(t, ctx.prefer, cand.rule.type) for t in places[:1])
                           if p and p[0].country not in home]
            if not targets and not cand.place_targets and ontology.quad_class(cand.rule.type) == 4:
                # "shelled Kherson" with Kherson taken for a person: a place the gazetteer knows, as the
                # object of an attack, is the place attacked (and comes before the fallbacks: "from the left bank")
                cand.place_targets = [t for t in cand.targets if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"
                                      and t.dep_ == "dobj" and len(nlp_mod.entity_at(t) or ()) == 1
                                      and geo.lookup(t.text) is not None and not self.resolver.resolve(t.text).known]
            if not targets and not (ontology.quad_class(cand.rule.type) == 4 and any(
                    t.i == p.i for t in cand.targets for p in cand.place_targets)):
                targets = (self._actors(cand.fallback_targets, mentions, "target")
                           or self._owner_targets(cand.targets, mentions, sources))
            if not targets and not cand.place_targets and ontology.quad_class(cand.rule.type) == 4 \
                    and cand.rule.mode not in ("arrest", "deport"):
                # "The RSF shelled El Fasher": a name the parser took for an organization can be a place
                # (not "police arrested Yilmaz in Ankara": people are arrested, places are not)
                # ("20 DUI arrests"; "at 341 CR 2701": an address, and a man hit at it, is no place attacked)
                cand.place_targets = [t for t in [*cand.targets, *cand.fallback_targets]
                                      if t.pos_ == "PROPN" and t.ent_type_ != "PERSON" and t.lower_ not in WATER_HEADS
                                      and t.dep_ not in ("compound", "amod") and not phrase_span(t)[0].like_num
                                      ] if not any(t.ent_type_ == "PERSON" for t in cand.targets) else []
            if not targets and cand.place_targets:
                prefer = {s[0].country for s in sources if s[0].country}
                # Kim "visiting" Pyongyang is no diplomatic visit; but rebels shelling El Fasher, or a junta
                # bombing a village, attack a place of their own country
                # and a truce or a curfew declared at home bears on the place's people
                own = set() if (ontology.quad_class(cand.rule.type) == 4 and cand.rule.type != "MOBILIZE"
                                or cand.rule.mode in PLACED_MODES) else prefer
                targets = [p for p in (self._place_actor(t, prefer | ctx.prefer, cand.rule.type) for t in cand.place_targets)
                           if p and p[0].country not in own]
                restriction = cand.rule.mode in RESTRICTION_MODES
                # (force may well hit a small town abroad; restrictions and protests stay at home)
                at_home = prefer or ({ctx.home} if ctx.home else set())
                if targets and at_home and targets[0][0].country not in at_home and (
                        restriction or cand.rule.type not in FORCE_ABROAD):
                    where = cand.place_targets[0]
                    if geo.small_town(geo.lookup(phrase_span(where).text, prefer | ctx.prefer)
                                   or geo.lookup(_place_name(where), prefer | ctx.prefer)):
                        # a curfew in a department named like a small town abroad: not that town; students
                        # blocking roads at "Rampura" in a Dhaka paper: a part of Dhaka, not the Indian town
                        targets = []
                # (people are arrested or deported, places are not: "police arrested Yilmaz in Ankara", with the
                # surname taken for a place no gazetteer knows, is a person's arrest)
                taken = ontology.quad_class(cand.rule.type) == 4 and cand.rule.mode not in ("arrest", "deport")
                if not targets and taken:
                    # "seized the town of Rubaya in eastern Congo": a place too small for the gazetteer
                    # stands for the country its clause names
                    targets = [p for p in (self._clause_place_actor(t, sent, prefer | ctx.prefer)
                                           for t in cand.place_targets[:1]) if p]
                if not targets and taken:
                    # "M23 rebels took control of Rubaya": a place no gazetteer knows, taken by an armed group
                    # of one country, lies in that country (rebels fight at home; armies abroad too)
                    # "imposed a curfew across parts of Manipur": a state restricts its own people
                    home = next((s for s in sources if s[0].country and (
                        s[0].sector in HOME_ARMED or (restriction and s[0].country not in IO_BODIES))), None)
                    if home is not None:
                        span = phrase_span(cand.place_targets[0])
                        why = (f"'{span.text}', a place the gazetteer lacks, " + (
                            f"under {home[0].code}'s restriction: its own people" if restriction else
                            f"taken by {home[0].code}: a place of {home[0].country}, where that group fights"))
                        res = Resolution(text=span.text, name=span.text, country=home[0].country, sector=None,
                                         code=home[0].country, kind="country", entry=None, confidence=0.4,
                                         evidence=[why])
                        targets = [(_actor(span, res), res)]
            if not targets and sources and ontology.quad_class(cand.rule.type) == 4 \
                    and not any(t.ent_type_ == "PERSON" for t in cand.targets):
                # "fired shells into markets and camps in El Fasher": what was hit lies in a named place
                # (but "Dale Price was found shot inside his residence at ...": a man the dictionary does not
                # know was hit, not his house)
                hit = [t for t in [*cand.targets, *cand.fallback_targets] if t.pos_ == "NOUN" and (
                    t.lemma_.lower() in self.facilities or t.lemma_.lower() in SETTLEMENT_NOUNS
                    or t.lemma_.lower() in BUILDING_WORDS)]
                prefer = {s[0].country for s in sources if s[0].country}
                targets = [p for p in (self._clause_place_actor(t, sent, prefer | ctx.prefer) for t in hit[:1]) if p]
            if cand.rule.type == "MOBILIZE":
                # "Nepal deployed police in Kathmandu": a deployment at home has no target in its own places
                home = {s[0].country for s in sources if s[0].country}
                # ("Azerbaijan called up reservists": the forces mobilized are its own, no target)
                targets = [t for t in targets if not (t[0].kind == "country" and t[0].country in home) and not (
                    t[0].sector in ARMED_SECTORS and t[0].country in home | {None} and home)]
                if not targets and ctx.disaster and home <= {ctx.home, None}:
                    return []  # "the Guard committed 500 soldiers" in a flood story: relief at home, no show of force
            # "customs officers returned a manuscript to Italy": a country the event is aimed at is not, by
            # the article's count alone, its agents' own
            aimed = {t[0].country for t in targets if t[1].kind in ("country", "capital", "metonym")}
            # (a country sanctioned, threatened, blamed or rebuffed is surely not the doer's own, even by its
            # clause: "Congress passed a bill imposing sanctions on Iran"; nor one forces are massed against,
            # since a build-up at home has no target in its own places)
            against = aimed if cand.rule.type in ("SANCTION", "THREATEN", "ACCUSE", "REJECT", "MOBILIZE") \
                or cand.rule.cameo.startswith("16") else set()
            sources = [self._with_context(x, sent, ctx, attr, aimed, foreign=against) for x in sources]
            listed = [t for t in targets if not _unlisted(t)]
            if not listed and sources and (cand.rule.type in ("COERCE", "SANCTION", "ACCUSE")
                                           or cand.rule.type == "REQUEST" and cand.trigger.lemma_.lower() in ORDERING_VERBS
                                           or cand.rule.cameo.startswith("0841")):
                # ("a probe into the finances of a hotel group": whose deeds are looked into; "Bahrain set free
                # Maryam Haddad": whom a state releases it held; "the NIA ordered Rahul Verma to appear")
                own = not cand.rule.cameo.startswith("0841")
                targets = [p for p in (self._unknown_person(t, sources[0][0], own)
                                       for t in [*cand.targets[:2], *cand.fallback_targets[:1]]) if p][:2] or targets
            if not targets and sources and (cand.rule.mode == "strike" or cand.trigger.lemma_.lower() in STRIKE_NOUNS
                                            and cand.rule.type in ("CONCEDE", "REJECT")):
                targets = self._employer(cand, sources, mentions, sent)
            if not targets and sources and cand.rule.cameo.startswith("16"):
                targets = [p for p in (self._serving(t, mentions) for t in cand.targets[:1]) if p]
            # ("Russia expelled two diplomats": those a state expels or deports are foreigners, not its own; so are
            # the aid bodies it lets in, "Israel allowed aid workers to enter Gaza", but not residents let home)
            foreign = {s[0].country for s in sources if s[0].country} \
                if cand.rule.mode in ("expel", "deport", "access") else set()
            targets = [self._with_context(x, sent, ctx, attr, foreign=foreign if cand.rule.mode != "access"
                                          or x[0].sector in AID_BODY_SECTORS else set()) for x in targets]
            sources = [_police_at_home(_arresting(x, cand), targets) for x in sources]
            if not sources and cand.agentless and not [t for t in targets if not _unlisted(t)] \
                    and cand.rule.type in ("COERCE", "SANCTION", "ACCUSE"):
                # "Ian Fisher, 26, of Wichita, was charged Monday": a person the dictionary lacks, of the place
                # the words after the name give, acted on by that place's police or courts
                # ("Mason charged with sex assault" in a story from one country: that country's police)
                for t in cand.targets[:1]:
                    where = self._clause_place_actor(t, sent, ctx.prefer)
                    by = self._inferred_source(cand, sent, ctx, [where] if where else [])
                    targets = [p for p in [self._unknown_person(t, by[0]) if by else None] if p] or targets
            if not sources and cand.agentless:
                # "ten people were arrested in Ahmedabad": the target, and who a reader infers did it
                inferred = self._inferred_source(cand, sent, ctx, targets)
                if inferred is not None:
                    # "..., deputies said. They were held on burglary counts": a pronoun that reads
                    # as the body inferred to have acted names those it acted on, whom the article left
                    # uncounted
                    # ("were expelled from North Korea": the place left is the expeller, not those expelled)
                    kept = [t for t in targets if not ((t[0].text or "").lower() in SUBJECT_PRONOUNS
                                                       and t[0].code == inferred[0].code)
                            and not (t[0].country == inferred[0].country and not t[1].sector
                                     and t[1].kind in ("country", "capital", "place"))]
                    if not kept and targets and (self._stands_alone(cand) or cand.rule.mode == "expel"):
                        pairs.append((inferred, None))
                    targets = kept
                if inferred is None and cand.rule.type == "COERCE" and cand.rule.mode is None:
                    targets = []  # "she had been coerced into an affair": pressure of no kind, by no one, is no event
                pairs += [(inferred, t) for t in targets]
            # "Kim and Shoigu talked about the crisis": what they talked about is no party to it, they are
            # (not so "Kim and Shoigu visited the exhibition": a visit's object is the place visited)
            # ("US and British airstrikes": the nationalities of one attack are allies, not each other's target)
            allied = (cand.trigger.pos_ == "NOUN" and "nominal event" in cand.notes
                      and cand.rule.type not in MUTUAL_TYPES and cand.trigger.lemma_.lower() not in RECIPROCAL_NOUNS)
            # (not the one-sided acts that stand alone: "Lebanon Police and the Sheriff's Office began an
            # investigation" is no investigation of each other)
            # ("French and Indian troops staged a war game": forces drilling together are each other's partners)
            drilling = cand.trigger.lemma_.lower() in EXERCISE_WORDS | {"game"} and len({s[0].country for s in sources}) > 1
            # (the object a rule names is part of the act, no party to it: "Egypt and Qatar restored ties")
            objects = [h for h in cand.targets if h.lemma_.lower() not in cand.rule.pattern.split()[1:]]
            coordinated = not targets and len(sources) > 1 and (drilling or not allied and (
                not (objects or cand.fallback_targets) and not (
                    self._stands_alone(cand) and cand.rule.type in JOINT_TYPES) or _reciprocal(cand.targets)
                or ((cand.rule.type in MUTUAL_TYPES or cand.rule.cameo == "057" or cand.rule.source == FAILED_AGREEMENT)
                    and cand.rule.mode != "visit")))
            if coordinated:
                # "The US and China signed an agreement": coordinated subjects act on each other
                # (not when the verb has an object of its own: "Kim and Shoigu visited the exhibition")
                targets = sources
            if (not coordinated and len(sources) == 1 and cand.rule.type == "COOPERATE"
                    and cand.trigger.lemma_.lower() in EXERCISE_WORDS
                    and not any(h.head.lower_ in ("with", "between", "among") for h in cand.targets)):
                # "started joint military drills around Taiwan": no partner named, a show of force aimed at
                # the place it surrounds
                cand.rule = lexicon_mod.TriggerRule(cand.rule.pattern, cand.rule.pos, "MOBILIZE", "troops", "150",
                                                    f"{cand.rule.source}; no partner named: MOBILIZE 150")
            if cand.trigger.lemma_.lower() in ONE_ACTOR_RETREAT:
                # "Russia withdrew its troops": what a side withdraws is its own, no counterpart
                own = {s[0].country for s in sources if s[0].country}
                targets = [t for t in targets if t[0].country not in own]
                if not targets:  # ... withdraws from somewhere: "withdrew its forces from Gaza"
                    targets = [t for t in self._actors(cand.fallback_targets, mentions, "target")
                               if t[0].country not in own]
                    targets = targets or [p for p in (self._place_actor(t, own | ctx.prefer, cand.rule.type)
                                                      for t in cand.fallback_targets if is_place(t))
                                          if p and p[0].country not in own]
            for s in sources:
                # no actor acts on itself ("the LNA agreed to lift its blockade")
                others = [t for t in targets if (t[0].start, t[0].end) != (s[0].start, s[0].end) and not (
                    (t[0].text or "").lower() in OWN_PRONOUNS and (t[0].entry, t[0].code) == (s[0].entry, s[0].code))]
                if others:
                    pairs += [(s, t) for t in others]
                elif self._stands_alone(cand):
                    pairs.append((s, None))
                elif cand.rule.type == "REJECT" and not cand.agentless and _refused_thing(cand) and self._aimed_at(
                        cand, s[0], ctx.prefer, set(), None) is not None:
                    # "Belgrade rejected the plebiscite": what is refused, named as the verb's own object with
                    # no author of it named, stands as the target (no actor made up)
                    pairs.append((s, None))
                elif cand.rule.type == "THREATEN" and _threatened_things(cand) and self._aimed_at(
                        cand, s[0], ctx.prefer, set(), None) is not None:
                    # "North Korea threatened to destroy the loudspeakers on the border": a threat aimed at a thing
                    # (not a warning of a danger: "warned drivers of flooded roads")
                    pairs.append((s, None))
                elif _promised_places(cand) and self._aimed_at(cand, s[0], ctx.prefer, set(), None) is not None:
                    # "India agreed to set up a film school in Mumbai": a promise bears on the place it is for
                    pairs.append((s, None))
        # (a coded source keeps an event that stands alone when its target may not stand: "the gunman who killed
        # Dr. Ellen Marsh" is still an attack)
        standing = []
        for s, t in pairs:
            if not _opposite_coded(s, t):
                if s is None or s[0].inferred or _unlisted(s) or not self._stands_alone(cand):
                    continue
                t = None
            if not any(q[0] is s and q[1] is t for q in standing):
                standing.append((s, t))
        pairs = standing
        out: list[Event] = []
        prefer = ({p[0][0].country for p in pairs if p[0] and p[0][0].country}
                  | {p[1][0].country for p in pairs if p[1] and p[1][0].country})
        # a visited place is where a visit happened; an attacked or blockaded place where the attack did
        visited = cand.place_targets if cand.rule.type in PLACE_TARGET_TYPES else None
        if visited and cand.rule.mode == "restrict" and not cand.rule.cameo.startswith("19"):
            # (but "sanctions against Russia", "restrictions on Minsk" are decided in the capital that imposes
            # them, not in the country they bear on; a blockade or a siege is where it is laid)
            visited = []
        loc = geo.event_location(cand.trigger, cand.governor, sent, prefer | ctx.prefer, visited)
        if loc is None and cand.rule.type in ONE_ACTOR_TYPES:
            # "stood on alert in Bamako", "deployed troops in Kathmandu": the place hangs on the object
            held = [o for h in (cand.trigger, cand.governor) if h is not None for o in h.children if o.dep_ == "dobj"]
            held += [o for o in _pobjs(cand.trigger, {"on", "under"}) if o.pos_ == "NOUN"]
            loc = next((x for x in (geo.event_location(o, None, sent, prefer | ctx.prefer) for o in held) if x), None)
        own = prefer or ({ctx.home} if ctx.home else set())
        if loc is not None and len(own) == 1 and loc.country not in own and geo.small_town(geo.lookup(loc.text)):
            # police and protesters of one country meet at home: a small foreign town of the name ("Rampura"
            # in India for a part of Dhaka, "Machado" in Brazil for a Venezuelan's name) is a namesake
            loc = None
        if loc is not None and cand.rule.type == "ASSAULT":
            pairs = [(sp, tgt if tgt is not None or sp is None else self._foreign_ground(sp[0], loc, sent))
                     for sp, tgt in pairs]
        for src_pair, tgt in pairs:
            src, src_res = src_pair if src_pair else (None, None)
            if cand.rule.mode == "crowd-control" and src is not None and src.sector in PRIVATE_SECTORS:
                # "electricity suppliers are cracking down on unpaid bills": only a state or an armed group
                # represses; a firm, a school or a family that cracks down enforces its own rules
                continue
            if src is not None and src.start is not None:
                decided.add((src.start, tgt[0].start if tgt else None))
                if tgt is not None:
                    decided.add((tgt[0].start, src.start))  # the lexicon read the direction off the parse
            if src is None or src.inferred:  # agentless: the lexicon alone types it
                typ, mode, code, conf, why = cand.rule.type, cand.rule.mode, cand.rule.cameo, 0.6, \
                    f"lexicon type {cand.rule.type}, CAMEO {cand.rule.cameo}; no agent named"
            else:
                typ, mode, code, conf, why = self._type(sent, cand, src, tgt[0] if tgt else None, mod.modality,
                                                        symmetric=bool(recip) or coordinated, pred=pred)
            if typ is None:
                continue
            if mod.attempted and typ != "ASSAULT":
                # "mediators are working to lift the blockade", "police tried to arrest him": not done
                # (but "gunmen tried to kill the mayor": the attack was made)
                mod.modality.hypothetical = True
            # (a refusal is someone's: "until the prisoners are freed", with no one named, refuses nothing)
            refused_yield = mod.modality.negated and mod.modality.future and not mod.modality.hypothetical and (
                cand.rule.type in ("CONCEDE", "RETREAT") and typ in ("CONCEDE", "RETREAT", "REJECT")) \
                and src is not None and not src.inferred
            if refused_yield:
                # "Australia will not lift its tariffs", "the dockers will not end their strike": declaring that one
                # will not yield is a refusal, made now
                mod.modality.future = False
            holding = mod.modality.negated and _holding_out(cand.trigger) and src is not None and not src.inferred
            # ("won't meet Biden again before his term ends": a time, no condition, for an act not done)
            if (refused_yield or holding) and (typ in ("CONCEDE", "RETREAT") or (
                    typ == "REJECT" or typ == cand.rule.type and _holding_out(cand.trigger, conditions_only=True))
                    and ontology.quad_class(cand.rule.type) in (1, 2)):
                # "will not end their strike until the ministry pays ...", "will not begin talks until
                # the prisoners are released", "will not fly to Seoul to meet him unless ...": a refusal on a
                # condition is an event that happens (said now, whatever the condition), not a concession or a
                # meeting that does not
                if typ in ("CONCEDE", "RETREAT"):
                    typ, mode, code = "REJECT", "change", "124"
                elif typ != "REJECT":
                    typ, mode, code = "REJECT", "meet" if typ == "CONSULT" else None, "125" if typ == "CONSULT" else "120"
                mod.modality.negated = False
                if holding:
                    mod.modality.future = mod.modality.hypothetical = False
                why += "; will not act until a condition is met: a refusal, which happens"
            if typ == "REJECT" and cand.rule.type != "REJECT" and mod.modality.negated \
                    and cand.trigger.lemma_.lower() in ACCEPTING_VERBS:
                # "Poland says it will not accept more migrants": not accepting what is asked is a refusal, and
                # it happens (but "won't sign", "never invited" are acts not done: negated, not refusals)
                mod.modality.negated = False
                why += f"; not to {cand.trigger.lemma_.lower()} is to refuse: REJECT, which happens"
            if typ == "PROTEST" and cand.trigger.lemma_.lower() == "strike" and src is not None and (
                    src.sector in ARMED_SECTORS or src.kind == "country" and not src.sector) \
                    and not _labour_strike(cand.trigger):
                # "strikes by Israeli warplanes", "forces carried out strikes against Houthi targets": armed
                # actors and states strike with weapons; workers go on strike
                typ, mode, code = "ASSAULT", None, "190"
                why += "; a strike by an armed actor or a state is an attack: ASSAULT 190"
            if typ == "MOBILIZE" and coordinated and cand.trigger.lemma_.lower() in EXERCISE_WORDS | {"game"} \
                    and src is not None and tgt is not None and src.country != tgt[0].country:
                # "US marines and Jordanian forces staged a war game": forces of two states drilling together
                typ, mode, code = "COOPERATE", None, "062"
                why += "; an exercise staged together by forces of two states: COOPERATE 062 (military cooperation)"
            if code.startswith("086") and src is not None and tgt is not None \
                    and tgt[0].country == src.country and tgt[0].sector in PRIVATE_SECTORS:
                continue  # "reopened the street to allow residents access": no international involvement let in
            if typ == "PROTEST" and cand.trigger.lemma_.lower() in INSURGENCY_WORDS and src is not None \
                    and src.sector in ARMED_SECTORS:
                continue  # "to end the LTTE uprising": an armed group's insurgency is fought, not a protest made
            if cand.trigger.lemma_.lower() == "beat" and not _beating(src, tgt[0] if tgt else None):
                continue  # "Brazil beat Argentina 3-0", "the congresswoman beat a news anchor": winners win
            if typ == "ASSAULT" and tgt is None and (_launch_into_water(cand.trigger) or _missile_launch(cand.trigger)):
                # "fired a ballistic missile into the East Sea", "has launched a ballistic missile": a launch at
                # no one, a show of force
                typ, mode, code = "MOBILIZE", "weapons", "150"
                why += "; a missile launched at no one named hits no one: MOBILIZE 150 (a weapons launch)"
            if typ == "CONSULT" and cand.rule.mode == "visit" and src is not None and tgt is not None \
                    and _PEACEKEEPING.search(src.text or ""):
                # "Ghanaian peacekeepers arrived in Bamako": peacekeepers arriving come to keep the peace
                typ, mode, code = "AID", None, "074"
                why += "; peacekeepers arriving: AID 074 (military protection or peacekeeping)"
            if typ in ("MOBILIZE", "AID") and code != "074" and tgt is not None and _peacekeeping(cand.trigger):
                # "sent 300 troops to Mali on a peacekeeping mission", "authorized a multinational
                # force to deploy to Haiti": forces sent to keep the peace are military protection given
                typ, mode, code = "AID", None, "074"
                why += "; forces sent to keep the peace: AID 074 (military protection or peacekeeping)"
            if typ == "ACCUSE" and _physical(cand.trigger, self.instruments):
                # "blasted a supply boat with water cannons": the weapon makes the verb physical
                typ, mode, code = "ASSAULT", None, "190"
                why += "; with a weapon the verb is physical: ASSAULT 190"
            no_news = self._frame(cand, typ, [src_pair, tgt])
            if no_news:
                continue
            if cand.rule.mode == "visit" and typ == "CONSULT" and src is not None and (
                    src.sector in PRIVATE_SECTORS or src.sector == "OPP" and src.kind == "agent"):
                continue  # immigrants arriving, a family trip, protesters at a door: not a diplomatic visit
            if cand.trigger.lemma_.lower() == "address" and tgt is not None and src is not None and src.country \
                    and src.country == tgt[0].country:
                continue  # a president addressing his own parliament makes no visit
            if typ == "AID" and src is not None and tgt is not None and src.country and src.country == tgt[0].country \
                    and src.sector in STATE_SECTORS and tgt[0].sector in STATE_SECTORS:
                # police helping a prosecutor: agencies of one state cooperate, none gives the other aid
                typ, mode, code = "COOPERATE", None, "060"
                why += "; AID between agencies of one state is cooperation: COOPERATE 060"
            if typ == "COERCE" and cand.rule.pattern.split()[0] == "order" and src is not None and tgt is not None \
                    and src.sector in STATE_SECTORS and tgt[0].sector in STATE_SECTORS \
                    and (not src.country or not tgt[0].country or src.country == tgt[0].country):
                continue  # "the president ordered the army to close the border": a state commands its own
            if typ == "REQUEST" and src is not None and tgt is not None and src.sector in ("COP", "MIL") \
                    and tgt[0].sector == src.sector and (not src.country or not tgt[0].country
                                                         or src.country == tgt[0].country):
                continue  # "a sergeant radioed for every unit to come": a force's own chain of command
                # (not so ministers of one government, or a court and a magistrate: their demands are politics)
            if typ in PEACEFUL_TYPES and src is not None and tgt is not None and src.sector == tgt[0].sector == "CVL" \
                    and src.kind == tgt[0].kind == "agent":
                continue  # "helping children make decisions", "urge people not to swim": private people among
                # themselves, in general words, do no politics
            if typ == "ASSAULT" and self._verbal_fight(cand, src, tgt[0] if tgt else None):
                # "the senator clashed with the governor over the budget", "launched an attack on the spy chiefs,
                # calling them nutters": a fight of words is criticism
                typ, mode, code = "ACCUSE", None, "111"
                why += "; a fight of words between people of public life: ACCUSE 111 (criticize or denounce)"
            proposed = next((a for a in [cand.trigger, *cand.trigger.ancestors][:4] if a.head.lemma_ in PROPOSING_VERBS
                             # "called off the strike" calls nothing
                             and not any(c.dep_ == "prt" and c.lower_ == "off" for c in a.head.children)
                             # "called Scholz to discuss the budget" is a phone call; "called on X to" proposes
                             and (a.head.lemma_ != "call" or any(c.dep_ in ("prep", "prt") and c.lower_ in (
                                 "on", "upon", "for") and not lexicon_mod.dated(c) for c in a.head.children))
                             and (a.pos_ == "NOUN" and a.dep_ == "dobj" or a.dep_ in ("advcl", "xcomp") and any(
                                 c.lower_ == "to" for c in a.children)
                                  # "plans to blockade": ahead (future), not a mere proposal
                                  and a.head.lemma_ != "plan")), None) or next((
                # "called for talks between Israel and Hamas": asked for, not held
                a for a in [cand.trigger, *cand.trigger.ancestors][:3] if a.pos_ == "NOUN" and a.dep_ == "pobj"
                and a.head.lower_ == "for" and a.head.head.lemma_ in PROPOSING_VERBS), None)
            if proposed is not None and typ not in ("REQUEST", "AGREE", "REJECT"):
                # "Egypt proposed a UN conference (to discuss ...)": proposed, not held
                mod.modality.hypothetical = True
                mod.cues.append(f"proposed: '{proposed.head.text} {proposed.text}'")
            if mod.modality.hypothetical and not mod.modality.negated and (typ in ontology.INTENT_CODES or typ == "AGREE" and _conditional(cand.trigger)) \
                    and _offered(cand.governor or cand.trigger):
                # "Armenia is ready to withdraw its forces if Azerbaijan does the same": a condition bears on
                # the act offered; the offer itself is made
                mod.modality.hypothetical, mod.modality.future = False, True
                mod.cues.append(f"offered: '{(cand.governor or cand.trigger).head.text}'")
            if mod.modality.future and typ in ontology.INTENT_CODES and not mod.modality.negated:
                # an announced cooperative act ("will give Turkey 3 billion euros") is a promise: CAMEO 03x
                intent = ontology.intent_code(typ, code)
                why += f"; announced, not done: AGREE {intent} (intent to {typ.lower()})"
                typ, mode, code = "AGREE", None, intent
            elif mod.modality.future and not mod.modality.negated and typ in ("COERCE", "SANCTION") \
                    and mode == "restrict":
                # and an announced restriction ("is set to adopt sanctions against Belarus") is a threat of it,
                # as CAMEO codes it: 1312 (sanctions, embargo), 132 (administrative sanctions)
                threat = "1312" if code.startswith("16") else "132"
                why += f"; announced, not done: THREATEN {threat} (a restriction to come)"
                typ, mode, code = "THREATEN", "restrict", threat
            elif mod.modality.future and not mod.modality.negated and not mod.modality.hypothetical \
                    and typ == "PROTEST" and mode == "boycott":
                # "the opposition said it would boycott the elections": a boycott announced is a threat of one
                # (CAMEO 1312, threaten to boycott)
                why += "; announced, not done: THREATEN 1312 (a boycott to come)"
                typ, mode, code = "THREATEN", "restrict", "1312"
            if typ == "ASSAULT" and src is not None and src.sector == "CVL" and src.kind == "agent" \
                    and "ethnic_groups.tsv" in (src.entry or "") and src_res is not None and src_res.name == src.name:
                # "the Tamils' terrorist acts", "Kurds attacked the post": a people named as an attacker stands
                # for its armed men, not its civilians
                src = replace(src, sector="UAF", code=(src.country or "") + "UAF")
                why += f"; '{src.text}' names a people: its armed men (UAF) attack, not its civilians"
            if typ == "ASSAULT":
                refined = ontology.assault_code(code, src.sector if src else None, tgt[0].sector if tgt else None,
                                               state_source=bool(src and src.country and not src.sector and src.kind == "country"))
                if refined != code:
                    why += f"; CAMEO {refined}, not {code}: no organized armed force involved"
                    code = refined
            bearing = None
            if tgt is None and src is not None and not src.inferred:
                home = {src.country} if src.country else ({ctx.home} if ctx.home else set())
                bearing = self._aimed_at(cand, src, prefer | ctx.prefer, home, loc)
            c = ontology.cameo(code)
            expl = [f"trigger '{cand.trigger.text}' matched lexicon rule '{cand.rule.pattern}' ({cand.rule.source})", why]
            expl += [f"source: {e}" for e in src_res.evidence] if src_res else ["source: none named in the article"]
            if tgt or bearing:
                expl += [f"target: {e}" for e in (tgt or bearing)[1].evidence]
            if attr is not None and src is not None and src.start is not None and attr.start < src.end and \
                    src.start < attr.end and (_performed(cand.trigger) or cand.rule.source == OBLIGATION_SOURCE):
                # ("Russia says Israel must end ...": the saying is Russia's request, not a claim about one)
                attr = None  # "the US announced new sanctions": the announcement is the act, no claim about it
            expl += cand.notes + mod.cues
            if when:
                expl.append(f"date from '{when.text}' relative to publication {pub}")
            known = [a.confidence for a in (src, tgt[0] if tgt else None) if a is not None]
            actor_conf = sum(known) / len(known) if known else 0.5
            penalty = 0.8 if (mod.modality.hedged or mod.modality.hypothetical) else 1.0
            score = max(0.05, min(0.99, conf * (0.5 + 0.5 * actor_conf) * penalty))
            ev = Event(
                article_id=article.id, sentence_index=si,
                sentence=ctx.prep.original[slice(*ctx.prep.span(sent.start_char, sent.end_char))].strip(), event_type=typ,
                event_mode=mode, contexts=[c.plover_context] if c.plover_context else [],
                cameo_code=code, quad_class=ontology.quad_class(typ), goldstein=c.goldstein,
                source=src, target=tgt[0] if tgt else bearing[0] if bearing else None,
                trigger=EvSpan(cand.trigger.text, cand.trigger.idx, cand.trigger.idx + len(cand.trigger.text)),
                date=(when.date.isoformat() if when else (pub.isoformat() if pub else None)),
                date_precision=(when.precision if when else ("day" if pub else None)),
                date_text=when.text if when else None,
                location=loc, modality=mod.modality, attribution=attr,
                confidence=score,
                coder_version=self.version, explanation=expl,
            )
            if self.calibration is not None:
                ev.confidence = self.calibration(ev)
                ev.explanation.append(f"confidence {ev.confidence:.2f}: raw score {score:.3f}, calibrated")
            out.append(ev)
        return out

    def _type(self, sent: Span, cand: Candidate, src: Actor, tgt: Actor | None, mod: Modality,
              symmetric: bool = False, pred: classifier_mod.Prediction | None = None):
        """Type, mode, CAMEO code, confidence and the reason. A symmetric event ("the two sides",
        "X and Y signed") is typed by the lexicon alone, so both directions get the same type."""
        rule = cand.rule
        mode, code = rule.mode, rule.cameo
        why = f"lexicon type {rule.type}, CAMEO {rule.cameo}"
        if cand.mode and not rule.mode:  # "refused to talk": the embedded action gives the mode
            mode, code = cand.mode, ontology.cameo_for(rule.type, cand.mode)
            why = f"lexicon type {rule.type}, mode {mode} from the embedded action, CAMEO {code}"
        if self.classifier is not None and not symmetric:
            if pred is None:
                pred = self.classifier.predict_spans(sent, (src.start, src.end), (tgt.start, tgt.end) if tgt else None)
            unreal = mod.negated or mod.future or mod.hypothetical  # the corpus calls unreal events NONE
            if pred.type == "NONE" and pred.confidence >= self.settings["veto_min"] and not unreal:
                return None, None, None, 0.0, f"classifier: no event ({pred.confidence:.2f})"
            kept = KEPT_OVER.get((pred.type, rule.mode))
            if kept is not None and pred.type != rule.type:
                return rule.type, mode, code, max(pred.confidence, 0.7), \
                    f"{why}; {kept} (classifier: {pred.type} {pred.confidence:.2f})"
            if pred.type != "NONE" and pred.type != rule.type and cand.structural:
                return rule.type, mode, code, 0.7, f"{why}; the sentence's structure types it (classifier: " \
                    f"{pred.type} {pred.confidence:.2f})"
            if pred.type != "NONE" and pred.type != rule.type and pred.confidence >= self.settings["override_min"]:
                code = pred.cameo_code or ontology.cameo_for(pred.type, pred.mode)
                return pred.type, pred.mode, code, pred.confidence, f"classifier over the dyad: {pred.type} ({pred.confidence:.2f}) overrides lexicon {rule.type}"
            if pred.type == rule.type:
                return rule.type, mode or pred.mode, code, max(pred.confidence, 0.7), f"{why}; classifier agrees ({pred.confidence:.2f})"
        return rule.type, mode, code, 0.7, why

    def _foreign_ground(self, src: Actor, loc: Location, sent: Span) -> tuple[Actor, Resolution] | None:
        """"Turkish jets carried out air strikes in northern Iraq": an attack by one country's forces on
        another country's ground, no one named as hit, attacks that country (as the event coders code it)."""
        span = sent.doc.char_span(loc.start, loc.end, alignment_mode="expand")
        if span is None or src.inferred or not src.country or not loc.country or loc.country == src.country \
                or src.country in IO_BODIES or loc.country in IO_BODIES:
            return None
        why = (f"an attack by {src.country} in {loc.name} ({loc.country}), no one named as hit: "
               f"{loc.country} is attacked")
        res = Resolution(text=span.text, name=loc.name or span.text, country=loc.country, sector=None,
                         code=loc.country, kind="country", entry=f"GeoNames {loc.geonameid}", confidence=0.5,
                         evidence=[why])
        return _actor(span, res), res

    def _with_context(self, item: tuple[Actor, Resolution], sent: Span, ctx: _Context,
                      attr: Attribution | None = None, aimed: set[str] | frozenset[str] = frozenset(),
                      foreign: set[str] | frozenset[str] = frozenset()) -> tuple[Actor, Resolution]:
        """An agent with no country ("police", "protesters") takes the country of a place in its clause,
        else the dateline's, else that of the state body that reports it ("security forces killed six
        militants, the ISPR said"), else the article's dominant country (unless the event is aimed at that
        country: ``aimed``); the reason goes in its evidence. ``foreign``: countries the actor is surely not
        of (those a state expels are not its own), neither by its clause nor by the article."""
        actor, res = item
        aimed = set(aimed) | set(foreign)
        local_body = bool(actor.text) and any(w in (actor.text or "").lower() for w in (*geo_local.US_INSTITUTIONS, "police"))
        if ctx.us_local and res.entry and res.entry.startswith("International Committee of the Red Cross") \
                and "international" not in (actor.text or "").lower() and "committee" not in (actor.text or "").lower():
            # "the Red Cross gave aid to the family": in US local news the Red Cross is the American Red Cross
            # (its national society), not the Geneva committee
            why = "the Red Cross of US local news is the American Red Cross, the national society"
            actor = replace(actor, country="USA", sector="NGO", code="USANGO")
            return actor, replace(res, country="USA", sector="NGO", code="USANGO", evidence=res.evidence + [why])
        if ctx.us_local and actor.text and actor.country and actor.country != "USA" and res.kind == "organization" \
                and local_body and _us_namesake(actor.text, countries=True) is not None:
            # "Berlin police" in a Connecticut story: the town's police, not the German capital's
            res = replace(res, kind="agent")
        if ctx.us_local and actor.text and actor.country and actor.country != "USA" and res.kind in ("agent", "country") \
                and LOCAL_RESIDENT.search(actor.text) and _us_namesake(actor.text, countries=True) is not None:
            # "Dale Ray Hobbs, 58, Lebanon, was detained": a resident of the US town of the name
            res = replace(res, kind="agent", sector=res.sector or "CVL")
            actor = replace(actor, sector=actor.sector or "CVL")
        if ctx.us_local and actor.text and actor.country != "USA" and res.kind == "agent":
            # "the Athens Police Department" in a Texas story: the town's namesake where the story is;
            # "DuPage Sheriff John Zaruba": a sheriff is American whatever other country the story names
            # ("Lebanon Police" in a Missouri story: even a country's name, for a town's own body)
            town = _us_namesake(actor.text, countries=local_body or bool(LOCAL_RESIDENT.search(actor.text))) \
                if actor.country else None
            institution = next((w for w in geo_local.US_INSTITUTIONS if w in actor.text.lower()), None)
            if town is not None or institution is not None:
                why = (f"'{town}' has a namesake in the United States, where this local story is" if town
                       else f"a {institution} is a US institution")
                actor = _recode(replace(actor, country=None), "USA", why, 0.8)
                return actor, replace(res, country=actor.country, code=actor.code, evidence=res.evidence + [why])
        if (res.kind == "organization" and res.sector == "PTY" and actor.country and ctx.home
                and actor.country != ctx.home and actor.text and GENERIC_PARTY.match(actor.text.strip())):
            # "the Conservative Party" in a story from Georgia: that country's party of the name, not Britain's
            why = f"'{actor.text}' is a party name many countries have; the story is from {ctx.home}"
            actor = _recode(replace(actor, country=None), ctx.home, why, 0.7)
            return actor, replace(res, country=actor.country, code=actor.code, evidence=res.evidence + [why])
        if actor.country or res.kind != "agent" or res.name in OUTSIDERS:
            return item  # (foreigners are of no country the story is about)
        head = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        found = clause_country(head.root, sent, ctx.prefer) if head is not None else None
        home = ctx.home
        if found is not None and ctx.us_local and found[0].country != "USA" and found[0].feature != "PCLI":
            # US local news: "Southland Vista Court", "Man, 34, struck by car" name no foreign place; only a
            # country named outright places a local story's people abroad
            found = None
        if found is not None and home and found[0].country != home and geo.small_town(found[0]):
            # "Rampura" in The Daily Star is a part of Dhaka, not the Indian town of that name: a small foreign
            # town in a story the article places at home is a namesake
            found = None
        if found is not None and found[0].country in foreign:
            # "Russia expelled two diplomats": the expelling state's name is not the expelled's; "Congress passed
            # a bill imposing sanctions on Iran": the country sanctioned is not the sanctioner's
            found = None
        if found is not None:
            place, tok = found
            why = f"'{tok.text}' in the same clause is in {place.country}"
            actor = _recode(actor, place.country, why, 0.8)
        elif ctx.dateline is not None:
            why = f"the dateline '{ctx.prep.dateline_text}' is in {ctx.dateline.country}"
            actor = _recode(actor, ctx.dateline.country, why, 0.7)
        elif ctx.us_local and ctx.dominant not in (None, "USA") and res.sector in HOME_SECTORS and "USA" not in aimed:
            # a US local story about a soldier abroad: its police, courts, lawmakers and schools are still
            # American, whatever country it names most
            why = f"a {res.sector} body in US local news (whatever the article names most)"
            actor = _recode(actor, "USA", why, 0.6)
        elif attr is not None and attr.code and len(attr.code) > 3 and attr.code[3:] in STATE_SECTORS:
            why = f"reported by '{attr.text}', a state body of {attr.code[:3]}"
            actor = _recode(actor, attr.code[:3], why, 0.6)
        elif ctx.dominant and ctx.dominant not in aimed:
            why = f"the article's most named country is {ctx.dominant}"
            actor = _recode(actor, ctx.dominant, why, 0.6)
        elif ctx.region:
            why = f"local news of {ctx.region} (its states or institutions are named)"
            actor = _recode(actor, ctx.region, why, 0.6)
        elif ctx.outlet:
            why = f"the article's outlet, {ctx.outlet_name}, is in {ctx.outlet}"
            actor = _recode(actor, ctx.outlet, why, 0.5)
        else:
            return item
        return actor, replace(res, country=actor.country, code=actor.code, evidence=res.evidence + [why])

    def _inferred_source(self, cand: Candidate, sent: Span, ctx: _Context,
                         targets: list[tuple[Actor, Resolution]]) -> tuple[Actor, Resolution] | None:
        """Who a reader infers did an agentless event: arrests in India are India's police. None when
        the article supports no inference (a killing by someone unnamed)."""
        agent = INFERRED_AGENTS.get(cand.rule.type)
        if cand.rule.type == "SANCTION" and cand.rule.mode == "expel":
            # "two inspectors were expelled from North Korea": the state they had to leave expelled them
            left = [p for t in cand.trigger.children if t.dep_ == "prep" and t.lower_ == "from"
                    for g in t.children if g.dep_ == "pobj" for p in [_place_country(g, ctx.prefer)] if p]
            if not left:
                return None
            found, agent = (left[0], next(g for t in cand.trigger.children if t.dep_ == "prep" and t.lower_ == "from"
                                          for g in t.children if g.dep_ == "pobj")), ("GOV", "government", "an expulsion")
            sector, who, work = agent
            return self._inferred_actor(found[0].country, sector, who,
                                        f"no agent named; '{cand.trigger.text}' is {work} from '{found[1].text}'")
        custody = [t for t in sent if t.lemma_.lower() in CUSTODY_WORDS]
        if cand.rule.mode == "torture" and custody:
            # "died after torture in a prison in Diyarbakir": whoever holds a prisoner tortured him ("in a secret
            # CIA prison": the holder named)
            for owner in (c for t in custody for c in t.children if c.dep_ in ("compound", "poss", "nmod")
                          and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "NORP", "GPE"))):
                span = nlp_mod.entity_at(owner) or owner.doc[owner.i: owner.i + 1]
                res = self.resolver.resolve(span.text, None)
                if res.known and res.code:
                    res = replace(res, evidence=[*res.evidence, f"'{span.text}' names whose custody the tortured one was in"])
                    return _actor(span, res), res
            agent = ("COP", "police or prison guards", "torture in custody")
        if agent is None or (cand.rule.type == "SANCTION" and cand.rule.mode != "convict"):
            return None
        if cand.rule.type == "COERCE" and cand.rule.mode is None:
            return None  # "she had been coerced into an affair": coercion of no named kind is no police work
        if cand.trigger.lemma_.lower() == "occupy":
            return None  # "the new facility is fully occupied": an occupation with no occupier is no seizure
        sector, who, work = agent
        if cand.trigger.lemma_.lower() in COURT_WORK or any(
                t.dep_ == "nsubj" and t.lemma_.lower() in COURT_WORDS and t.head.lemma_.lower() in ("order", "rule")
                for t in sent):
            # "have been indicted": a grand jury, a court; "X is barred from contact, the judge ordered": the judge
            sector, who, work = INFERRED_AGENTS["SANCTION"]
        found = clause_country(cand.governor or cand.trigger, sent, ctx.prefer)
        if found is not None:
            country, why = found[0].country, f"'{found[1].text}' is in {found[0].country}"
        elif ctx.dateline is not None:
            country, why = ctx.dateline.country, f"the dateline '{ctx.prep.dateline_text}'"
        elif targets and targets[0][0].country:
            country, why = targets[0][0].country, f"the target is from {targets[0][0].country}"
        elif ctx.region:
            country, why = ctx.region, f"the story is local news of {ctx.region}"
        else:
            return None
        return self._inferred_actor(country, sector, who, f"no agent named; '{cand.trigger.text}' is {work} and {why}")

    @staticmethod
    def _inferred_actor(country: str, sector: str, who: str, why: str) -> tuple[Actor, Resolution]:
        """An actor a reader infers (no span), with the reason in its evidence."""
        why = f"{why}: {country} {who} (inferred)"
        actor = Actor(text=None, start=None, end=None, name=f"{country} {who} (inferred)", country=country,
                      sector=sector, code=country + sector, kind="agent", entry="inferred", confidence=0.5,
                      inferred=True)
        res = Resolution(text="", name=actor.name, country=country, sector=sector, code=actor.code, kind="agent",
                         entry="inferred", confidence=0.5, evidence=[why])
        return actor, res

    def _attribution(self, cand: Candidate, sent: Span, mentions: MentionResolver) -> Attribution | None:
        head, cited = modality.attribution_heads(cand.trigger, cand.governor, sent)
        if head is None:
            return None
        attr = self._reporter(head, sent, mentions)
        if cited is not None and not (head.i <= cited.i <= phrase_span(head).end):
            attr.via = self._reporter(cited, sent, mentions)
        return attr

    def _speaker_for_own_state(self, item: tuple[Actor, Resolution], attr: Attribution,
                               mentions: MentionResolver) -> tuple[Actor, Resolution] | None:
        """"Lavrov said his country would not resume the talks", "the premier announced that the government
        would widen the curfew": an official who tells what the state he speaks for will do is the one who does
        it (as the sentence's subject is in CAMEO coding), named, with his own code; not so a spokesman for
        another state, nor a state named as more than his own ("the EU", "Russia's allies")."""
        actor, res = item
        generic = OWN_STATE_PHRASE.match((actor.text or "").strip()) is not None or (
            res.kind == "country" and not res.sector)
        if not generic or not actor.country:
            return None
        who = self.resolver.resolve(attr.text, mentions.date)
        if who.kind != "person" or who.country != actor.country or who.sector != "GOV":
            return None  # (a former leader, ELI, no longer speaks for the state)
        why = f"'{attr.text}' tells what '{actor.text}', the state he speaks for, will do: the speaker is its source"
        res2 = replace(who, text=attr.text, evidence=[*who.evidence, why])
        return Actor(text=attr.text, start=attr.start, end=attr.end, name=who.name, country=who.country,
                     sector=who.sector, code=who.code, kind=who.kind, entry=who.entry, confidence=who.confidence), res2

    def _reporter(self, head: Token, sent: Span, mentions: MentionResolver) -> Attribution:
        """The reporting source whose phrase ``head`` heads, coded as an actor."""
        span = phrase_span(head)
        res = mentions.resolve(head, span)
        # "the state agency of the Asian country, KCNA": the named agency right after the phrase
        nxt = sent.doc[span.end + 1] if span.end + 1 < len(sent.doc) else None
        if res.kind not in ("organization", "person") and nxt is not None and sent.doc[span.end].text == "," and nxt.ent_type_ == "ORG":
            named = sent.doc[nxt.i: nxt.i + 1]
            while named.end < sent.end and sent.doc[named.end].ent_type_ == "ORG" and sent.doc[named.end].ent_iob_ == "I":
                named = sent.doc[named.start: named.end + 1]
            r2 = self.resolver.resolve(named.text)
            span = sent.doc[span.start: named.end]
            if r2.known:
                res = r2
        # "the North Korean agency", "state media": the news outlet of that country named earlier
        nouns = {t.lemma_.lower() for t in span if t.lemma_.lower() in MEDIA_NOUNS}
        if res.kind not in ("organization", "person") and nouns:
            def outlet(r: Resolution, same_word: bool) -> bool:
                return (r.kind == "organization" and r.sector == "JRN" and (res.country in (None, r.country))
                        and (not same_word or any(n in (r.name or "").lower() for n in nouns)))

            # an "agency" is the outlet named "... Agency" before it is any outlet
            m = (mentions.memory.latest(span.start_char, lambda r: outlet(r, True))
                 or mentions.memory.latest(span.start_char, lambda r: outlet(r, False)))
            if m is not None:
                res = m.res
        return Attribution(text=span.text, start=span.start_char, end=span.end_char,
                           name=res.name or span.text, code=res.code)

    def code(self, article: Article, keep_nonfactual: bool | None = None) -> list[Event]:
        """Events of one article. Raises ``InputError`` for an article over the size limit."""
        self._check_size(article)
        prep = textprep.prepare(article.text)
        return self.code_doc(article, next(self.parse([prep.text])), prep, keep_nonfactual)

    def _check_size(self, article: Article) -> None:
        limit = int(self.settings["max_chars"])
        if len(article.text) > limit:
            raise InputError(article.id, f"article is {len(article.text):,} characters, over the limit of {limit:,} "
                                         "(the [coder] max_chars setting)")

    def code_many(self, articles: Iterable[Article | InputError | InputSkipped], batch_size: int = 16,
                  language: str = "en", done: Container[str] | Callable[[Article], str | None] = (),
                  keep_nonfactual: bool | None = None) -> Iterator[Outcome]:
        """Code a stream, one Outcome per record, in input order. Bad records and articles that fail
        come out as failed outcomes and the run goes on; ``language`` ("en", or "any" to code every
        article) skips articles detected to be in another language, with the reason. Articles whose
        id is in ``done`` (or for which ``done(article)`` gives a reason) come out as ``stored`` without
        being coded: a resumed run, the same text under another id."""
        pending: list[Article] = []

        def flush() -> Iterator[Outcome]:
            preps: list[textprep.Prepared | None] = []
            for art in pending:
                try:
                    preps.append(textprep.prepare(art.text))
                except Exception as exc:  # noqa: BLE001 - one article's text must not stop the batch
                    preps.append(None)
                    log.exception("failed to prepare %s", art.id)
                    art.warnings.append(f"text preparation failed: {exc.__class__.__name__}: {exc}")
            texts = [p.text if p else "" for p in preps]
            try:
                docs = list(self.parse(texts, batch_size))
            except Exception:  # noqa: BLE001 - parse one by one, so only the article that breaks fails
                docs = []
                for t in texts:
                    try:
                        docs.append(next(self.parse([t])))
                    except Exception as exc:  # noqa: BLE001
                        log.exception("failed to parse an article")
                        docs.append(exc)
            for art, doc, prep in zip(pending, docs, preps):
                if prep is None or isinstance(doc, Exception):
                    why = art.warnings[-1] if prep is None else f"parse failed: {doc.__class__.__name__}: {doc}"
                    yield Outcome(art.where, "failed", why, art)
                    continue
                try:
                    evs = self.code_doc(art, doc, prep, keep_nonfactual)
                except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
                    log.exception("failed to code %s", art.id)
                    yield Outcome(art.where, "failed", f"{exc.__class__.__name__}: {exc}", art)
                    continue
                yield Outcome(art.where, "coded", None, art, evs)
            pending.clear()

        chars_per_batch = 4 * int(self.settings["section_chars"]) * batch_size
        for item in articles:
            early = self._triage(item, language, done)
            if early is not None:
                if pending:
                    yield from flush()  # outcomes stay in input order
                yield early
                continue
            pending.append(item)
            if len(pending) >= batch_size or sum(len(a.text) for a in pending) > chars_per_batch:
                yield from flush()
        if pending:
            yield from flush()

    def _triage(self, item: Article | InputError | InputSkipped, language: str,
                done: Container[str] | Callable[[Article], str | None]) -> Outcome | None:
        """The outcome of a record that is not to be coded, or None (after the checks that add
        the detected language and date warnings to the article)."""
        if isinstance(item, (InputError, InputSkipped)):
            status = "failed" if isinstance(item, InputError) else "skipped"
            return Outcome(item.record, status, item.reason, whole_input=getattr(item, "whole_input", False))
        why = done(item) if callable(done) else ("already stored by this coder version" if item.id in done else None)
        if why:
            return Outcome(item.where, "stored", why, item)
        if not item.text.strip():
            return Outcome(item.where, "skipped", "empty text", item)
        try:
            self._check_size(item)
        except InputError as err:
            return Outcome(item.where, "failed", err.reason, item)
        lang, why = checks.language_skip_reason(item.text, language)
        if lang:
            item.language = lang
        if why:
            return Outcome(item.where, "skipped", why, item)
        item.warnings.extend(checks.date_warnings(item.published))
        return None


# -- context for actors the sentence leaves without a country ------------------------------------
@dataclass
class _Context:
    """What the article says about where it happens: its dateline and the country it names most (at
    least twice, and more than any other: one stray look-alike name must not decide)."""

    prep: textprep.Prepared
    dateline: geo.Place | None
    dominant: str | None
    #: the country of local news with no country named ("the Athens Police Department", "Alexandria, La."):
    #: today the United States, recognized by its states and its institutions
    region: str | None = None
    #: the article shows US local news signs (a state, a street address, a sheriff), whatever else it names
    us_local: bool = False
    #: the home country of the outlet that published the article ("The Daily Star": Bangladesh), when the
    #: dictionary knows it: local news often names no country at all
    outlet: str | None = None
    outlet_name: str | None = None
    #: the story is about a disaster (a flood, a storm, a quake: its words at least twice)
    disaster: bool = False

    @property
    def prefer(self) -> set[str]:
        return {c for c in (self.dominant, self.region) if c}

    @property
    def home(self) -> str | None:
        """The country the article is from: its dateline's, else the one it names most, else its region's,
        else its outlet's."""
        return self.dateline.country if self.dateline is not None else (self.dominant or self.region or self.outlet)

    @classmethod
    def of(cls, doc: Doc, prep: textprep.Prepared, mentions: MentionResolver,
           source: str | None = None) -> "_Context":
        place = geo.lookup(prep.dateline_text) if prep.dateline_text else None
        region = geo.lookup(prep.dateline_region) if prep.dateline_region else None
        if place is not None and region is not None and region.country != place.country:
            # "CARTHAGE, N.C.", "BELGRADE, Minn.": the town of the state or country the dateline names, else
            # that state or country itself (not Tunisia's Carthage, Serbia's capital)
            place = geo.lookup(prep.dateline_text, {region.country})
            place = place if place is not None and place.country == region.country else region
        us_local = geo_local.us_local(doc)

        def namesake(m) -> bool:
            # "Athens" in a story with a sheriff: a US town, not the Greek capital
            return us_local and m.res.country != "USA" and _us_namesake(m.text) is not None

        counts = Counter(m.res.country for m in mentions.memory.mentions
                         if m.res.country and m.res.country not in IO_BODIES  # the UN is not where it happens
                         and m.res.confidence >= 0.6  # a look-alike surname says nothing about the article
                         and not namesake(m))
        # the towns and states it names count too: local news names "Fort Worth" and "Arlington" often
        # and its country rarely, and a scam wired "to Canada" must not make a Chicago suburb Canadian
        counts.update(_place_countries(doc, {"USA"} if us_local else None))
        top = counts.most_common(2)
        # the article's country only when it is named at least twice and more than any other
        dominant = top[0][0] if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]) else None
        region = "USA" if dominant in (None, "USA") and us_local else None
        outlet = None
        if source and " ".join(source.lower().split()) not in _international_outlets():
            res = mentions.resolver.resolve(source, None)
            if res.sector == "JRN" and res.kind == "organization" and res.country and res.country not in IO_BODIES:
                outlet = res.country
        disasters = lexicon_mod.word_list("disasters")
        disaster = sum(t.lemma_.lower() in disasters for t in doc) >= 2
        return cls(prep, place, dominant, region, us_local, outlet, source if outlet else None, disaster)


def _place_countries(doc: Doc, prefer: set[str] | None) -> Counter:
    """How often the article names a town, a state or a region of each country (countries themselves
    are actor mentions and counted there)."""
    found: Counter = Counter()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "NORP"):  # the small model calls "Springdale" in "Springdale police" NORP
            place = geo.lookup(ent.text, prefer)
            if place is not None and place.feature != "PCLI" and place.country not in IO_BODIES:
                found[place.country] += 1
    return found


@lru_cache(maxsize=1)
def _international_outlets() -> frozenset[str]:
    """Outlets that report the whole world (``data/actors/outlets_international.tsv``): their home
    country is no clue to where a story happens."""
    path = resources.files("eventwire") / "data" / "actors" / "outlets_international.tsv"
    with path.open(encoding="utf-8") as fh:
        return frozenset(" ".join(r["name"].lower().split()) for r in csv.DictReader(fh, delimiter="\t"))


#: words that make an accident of a killing a few words away, whatever the parse links to the trigger
ACCIDENT_WORDS = {"accidentally", "accident", "accidental"}
#: sectors of bodies that act at home: in US local news with no place in their clause, they are American
HOME_SECTORS = {"COP", "JUD", "LEG", "EDU"}
#: prepositions that place an act in time beside another happening: "arrested after a fire"
SEQUENCE_PREPS = {"after", "following", "before", "during", "since", "amid", "amidst", "until"}
#: words of fighting that politicians use of words: "clashed with the governor over the budget"
VERBAL_FIGHTS = {"attack", "clash", "fight", "battle", "spar", "slam", "blast", "lash", "hit"}
#: what a speaker does while attacking someone in words: "calling them nutters"
SPEAKING = {"call", "say", "accuse", "describe", "brand", "label", "dub", "claim", "tell", "write", "tweet"}
#: where words are said: "attacked the minister in a speech"
SPEECH_NOUNS = {"speech", "interview", "tweet", "statement", "op-ed", "editorial", "article", "letter", "post",
                "debate", "address", "column", "podcast", "rally", "video", "x", "twitter", "facebook"}
#: words of violence done: no fight of words
CASUALTY_WORDS = {"kill", "wound", "injure", "dead", "death", "casualty", "hurt", "bomb", "shoot", "shot", "gun",
                  "weapon", "knife", "stab", "troop", "soldier", "fighter", "militant", "rebel", "police"}
#: who is "struck" on a road by nothing named: a crash ("a pedestrian was struck on Route 9")
ROAD_USERS = {"driver", "passenger", "pedestrian", "motorist", "cyclist", "bicyclist", "biker", "motorcyclist"}
#: verbs of explosives and gunfire, never figurative whatever their object
EXPLOSIVE_VERBS = {"bomb", "shell", "shoot", "airstrike", "bombard", "blow", "detonate", "gun"}
#: words of an armed attack: with one of them, a "mistaken" killing is still an attack
STRIKE_WORDS = {"strike", "airstrike", "shelling", "bombing", "bombardment", "raid", "shell", "missile", "bomb"}
#: verbs that carry another verb's event, never an event of their own when the classifier finds a pair
#: without a lexicon trigger ("X is expected to visit Y", "Turkey was ready to host")
NO_TRIGGER_VERBS = {"be", "expect", "set", "due", "likely", "seem", "appear", "become", "remain"}
#: buildings an attack hits: they stand for the place named after them ("bombed a school in Khan Younis"),
#: never for who works in them
BUILDING_WORDS = {"market", "school", "hospital", "mosque", "church", "shelter", "building", "home", "house",
                  "neighbourhood", "neighborhood", "refinery", "port", "airport", "bridge", "camp", "residence"}
#: military exercises: joint ones with a partner are cooperation, without one a show of force
EXERCISE_WORDS = {"drill", "exercise", "maneuver", "manoeuvre", "wargame", "war-game"}
#: armed groups that fight in their own country: a place they take lies there
HOME_ARMED = {"REB", "INS", "SEP"}
#: what one files with a court ("dismissed the petition filed by ...")
LEGAL_FILINGS = {"lawsuit", "suit", "complaint", "petition", "challenge", "case", "appeal", "motion"}
#: types whose target may be an act or a thing named, not an actor ("condemned the bombing", "rejected the
#: report", "boycotting the vote", "a strike on a school bus")
AIMED_TYPES = {"ACCUSE", "REJECT", "PROTEST", "THREATEN", "ASSAULT"}
#: ground words that name no place nor anyone aimed at ("gaining on the ground", "clashes at the front", "fought on
#: the Afghan side")
GROUND_WORDS = {"ground", "front", "frontline", "field", "way", "place", "area", "scene", "side"}
#: sectors of actors that fight: their "strikes" are attacks, not walkouts
ARMED_SECTORS = {"MIL", "REB", "ISM", "UAF", "SPY", "COP", "INS"}
#: event types whose place target is also where the event happened ("visited Kyiv", "shelled Kharkiv")
PLACE_TARGET_TYPES = {"CONSULT", "ASSAULT", "COERCE"}
#: types of force that reach across a border: their small foreign town may be the real one
FORCE_ABROAD = {"ASSAULT", "COERCE", "MOBILIZE"}
#: a speaker's own state named without a name of its own ("his country", "the government")
OWN_STATE_PHRASE = re.compile(r"^(?:his|her|its|their|our|my|the)\s+(?:country|government|nation|administration)$",
                              re.I)
#: sectors of those let in to bring aid: never the admitting state's own
AID_BODY_SECTORS = {"NGO", "IGO", "UNO"}
#: nouns that, with "of" and a place name, are that place ("the city of Kharkiv", "the port of Odesa")
SETTLEMENT_NOUNS = {"city", "town", "village", "capital", "port", "region", "province", "district", "county",
                    "governorate", "oblast", "enclave", "strip"}


def _name_modifier(c: Token) -> bool:
    """A capitalized word before a noun that is part of its name ("the Kharkiv region", "the eastern Ghouta
    region", the tagger's adjective or not)."""
    return c.dep_ in ("compound", "amod") and c.text[:1].isupper() and c.is_alpha and c.i < c.head.i


def _named_kind(t: Token) -> str:
    """A noun with the capitalized words of its name before it, and nothing else: "Ghouta region" of "the
    besieged eastern Ghouta region near the capital", "Karabakh" of "Karabakh 40 times"."""
    return t.doc[min([c.i for c in t.children if _name_modifier(c)], default=t.i): t.i + 1].text


def _place_name(t: Token) -> str:
    """The name of a place phrase without its possessor: "Syria's Idlib province" -> "Idlib province"."""
    poss = {d.i for c in t.children if c.dep_ == "poss" for d in c.subtree}
    return " ".join(x.text for x in phrase_span(t) if x.i not in poss and x.dep_ != "det")


def _settlements_as_places(cand: Candidate) -> None:
    """"shelled the city of Kharkiv": the target is the place, which stands for its country."""
    for t in list(cand.targets):
        if t.lemma_.lower() not in SETTLEMENT_NOUNS:
            continue
        place = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" and (p.ent_type_ in PLACE_ENTS or p.pos_ == "PROPN")
                      and geo.lookup(phrase_span(p).text) is not None), None)
        if place is None and any(_name_modifier(c) for c in t.children) and geo.lookup(_named_kind(t)) is not None:
            place = t  # "the besieged Kharkiv region", "Idlib province": a place named before its kind
        if place is not None:
            cand.targets.remove(t)
            cand.place_targets.append(place)
    if cand.rule.type in ("ASSAULT", "COERCE") and not cand.place_targets:
        # "bombed a crowded market in Idlib province": what was hit is no actor, the place it lies in stands
        # for the country hit
        for t in cand.targets:
            place = next((p for c in t.subtree if c.dep_ == "prep" and c.lower_ in ("in", "near", "outside")
                          for p in c.children if p.dep_ == "pobj" and (p.ent_type_ in PLACE_ENTS or p.pos_ == "PROPN"
                                                                       or p.lower_ in geo.AREA_WORDS)
                          and geo.lookup(_place_name(p)) is not None), None)
            if place is not None and t.pos_ == "NOUN" and t.lemma_.lower() not in PERSON_WORDS:
                # ("the one killed in Maryville": a person hit in a place is no place hit)
                cand.place_targets.append(place)
                break


#: where a launched missile falls when it is fired at no one
WATER_WORDS = {"sea", "ocean", "water", "waters", "gulf", "bay"}
#: what is launched
MISSILE_WORDS = {"missile", "missiles", "rocket", "projectile", "salvo", "icbm"}


#: who a statement is told to: "told reporters", "briefed journalists"
AUDIENCE_NOUNS = {"reporter", "journalist", "press", "medium", "correspondent", "audience", "crowd", "supporter",
                  "lawmaker", "parliament"}


def _reports_others(h: Token) -> bool:
    """"..., Foreign Ministry spokesperson Wang Wenbin announced": who tells of others' event is no party to it
    (but "Poland says it will not admit ...", "he said his country will ...": the speaker is)."""
    if h.dep_ in ("dobj", "dative") and h.head.lemma_.lower() in ("tell", "brief", "inform") \
            and h.lemma_.lower() in AUDIENCE_NOUNS:
        return True  # "told reporters after talks with officials": the audience of a statement is no party
    if h.dep_ != "nsubj" or h.head.lemma_.lower() not in modality.REPORT_VERBS:
        return False
    others = [g for c in h.head.children if c.dep_ == "ccomp" for g in c.children
              if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"]
    return any(not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in g.children) for g in others)


def _city_and_country(items: list[tuple[Actor, Resolution]], sent: Span,
                      typ: str) -> list[tuple[Actor, Resolution]]:
    """"Kyiv, Ukraine was shelled": a place and the country it lies in, parsed as two subjects, are one
    target; and a capital that is attacked is the place hit, its country's, not its government."""
    text = sent.doc.text
    out: list[tuple[Actor, Resolution]] = []
    for a, r in items:
        prev = out[-1][0] if out else None
        if prev is not None and r.kind == "country" and not a.sector and a.country == prev.country \
                and prev.end is not None and a.start is not None and text[prev.end:a.start].strip() == ",":
            continue
        if typ == "ASSAULT" and r.kind == "country" and a.sector == "GOV" and a.country:
            why = f"'{a.text}' is a capital attacked: the place, its country's, not its government"
            a = replace(a, sector=None, code=a.country)
            r = replace(r, sector=None, code=a.country, evidence=r.evidence + [why])
        out.append((a, r))
    return out


def _shared_nationality(items: list[tuple[Actor, Resolution]], sent: Span) -> list[tuple[Actor, Resolution]]:
    """"sanctions on Iranian individuals and companies": a nationality before the first of coordinated
    nouns qualifies them all; the second noun, of no country of its own, takes the first's."""
    spans = [sent.doc.char_span(a.start, a.end, alignment_mode="expand") if a.start is not None else None
             for a, _ in items]
    heads = {span.root.i: item for span, item in zip(spans, items) if span is not None}
    out = []
    for span, (a, r) in zip(spans, items):
        first = heads.get(span.root.head.i) if span is not None and span.root.dep_ == "conj" else None
        if first is not None and not a.country and r.kind == "agent" and first[0].country and any(
                c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound") for c in span.root.head.children):
            why = f"the nationality of '{first[0].text}' qualifies '{a.text}' coordinated with it"
            a = _recode(a, first[0].country, why, 0.9)
            r = replace(r, country=a.country, code=a.code, evidence=r.evidence + [why])
        out.append((a, r))
    return out


#: the classifier's readings a lexicon mode keeps its type over: (classifier type, rule mode) -> why
KEPT_OVER = {
    # "police broke up a rally": the protest is what they act on, they do not protest
    ("PROTEST", "crowd-control"): "crowd control acts on a protest, it is none",
    # "gave the ambassador 48 hours to leave": an expulsion with a deadline is the expulsion
    ("THREATEN", "expel"): "an expulsion with a deadline is no threat",
    # "issued a common statement denouncing the detention": to condemn is never to praise
    ("SUPPORT", "disapprove"): "a condemnation is no praise",
}
#: adjectives of a readiness to act: "is willing to withdraw", "stands ready to help"
WILLING_WORDS = {"willing", "ready", "prepared", "eager", "open"}


def _offered(verb: Token) -> bool:
    """Is the act offered ("is willing to withdraw", "is ready to provide")?"""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WILLING_WORDS


def _agrees(pron: Token, name: Token) -> bool:
    """Can the pronoun stand for the speaker? "he allegedly threatened the woman, police said": "he" is no
    police force, no body, no country. ("it" and "they" may: a spokesman speaks for his government.)"""
    plural = name.tag_ in ("NNS", "NNPS") or name.lemma_.lower() in ("police", "people")
    if pron.lower_ in ("he", "she", "his", "her"):
        return name.ent_type_ == "PERSON" or (name.pos_ == "NOUN" and not plural
                                              and name.ent_type_ not in ("ORG", "GPE", "NORP"))
    if pron.lower_ in ("it", "its"):
        # "the car blew up, the officials said": "it" is no officials (a spokesman may speak for "it")
        return not plural
    return True


def _conditional(verb: Token) -> bool:
    """Does a condition hang on the verb ("would withdraw if the PA took control")? A wish has none."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "provided")
                                         for m in c.children) for c in verb.children)


#: agent words read as armed forces that, when they arrest, are police: "task force officers arrested 14"
POLICING_AGENTS = {"officer", "task force"}


def _arresting(item: tuple[Actor, Resolution], cand: Candidate) -> tuple[Actor, Resolution]:
    """Officers or a task force that make arrests are police (COP), not soldiers: arrests are police work."""
    actor, res = item
    if cand.rule.mode != "arrest" or res.kind != "agent" or actor.sector != "MIL" or res.name not in POLICING_AGENTS:
        return item
    why = f"'{res.name}' making arrests: police work, COP"
    code = (actor.country or "") + "COP"
    return replace(actor, sector="COP", code=code), replace(res, sector="COP", code=code, evidence=res.evidence + [why])


def _police_at_home(item: tuple[Actor, Resolution],
                    targets: list[tuple[Actor, Resolution]]) -> tuple[Actor, Resolution]:
    """Police the article places nowhere act at home: "police used tear gas against Peruvian
    demonstrators" are Peru's police, when the people they act on are private people of one country."""
    actor, res = item
    countries = {t[0].country for t in targets}
    if actor.country or actor.sector != "COP" or res.kind != "agent" or len(countries) != 1 or None in countries \
            or not all(t[0].sector in PRIVATE_SECTORS | {"OPP"} for t in targets):
        return item
    (country,) = countries
    why = f"police act at home: those they act on are {country}'s own people"
    actor = _recode(actor, country, why, 0.6)
    return actor, replace(res, country=actor.country, code=actor.code, evidence=res.evidence + [why])


#: care after which one is "released": a hospital's discharge, no release from custody
CARE_VERBS = {"treat", "examine", "hospitalize", "hospitalise", "evaluate", "check"}


#: people kept back at a scene: keeping them away is crowd safety, no coercion
BYSTANDER_WORDS = {"pedestrian", "motorist", "driver", "onlooker", "bystander", "spectator", "passerby", "traffic",
                   "sightseer", "visitor", "resident", "shopper"}


#: verbs that undo a legal act: "an appeals court overturned his conviction" is no conviction today
UNDOING_VERBS = {"overturn", "reverse", "quash", "annul", "vacate", "void", "rescind", "nullify", "invalidate",
                 "repeal", "revoke"}


def _undone(cand: Candidate) -> bool:
    """"overturned the man's conviction", "quashed the sentence": the act undone is an earlier one, by no one
    the sentence names; the undoing is the event."""
    t = cand.trigger
    return t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in UNDOING_VERBS \
        and cand.rule.type in ("SANCTION", "COERCE", "ACCUSE")


def _kept_back(cand: Candidate) -> bool:
    """"Onlookers were kept from coming too near", "motorists were barred from the bridge":
    bystanders kept from a fire, a crash or a flood by no one named are a scene's safety, not coercion."""
    if not (cand.agentless and cand.rule.type == "COERCE" and cand.rule.mode == "restrict"):
        return False
    # (whoever the parse took for the target, the verb's own passive subject says who was kept back)
    own = [c for c in cand.trigger.children if c.dep_ == "nsubjpass"]
    # (with what they are coordinated with, less the names of streets and places: "Lois Street and nearby
    # pedestrians were prohibited from ...")
    heads = [w for t in own or cand.targets for w in [t, *t.conjuncts]
             if not (w.pos_ == "PROPN" and w.ent_type_ in ("", "FAC", "GPE", "LOC"))]
    return bool(heads) and all(t.lemma_.lower() in BYSTANDER_WORDS for t in heads)


def _accident_probe(cand: Candidate) -> bool:
    """"Police are investigating the crash", "the trooper who investigated the wreck": an accident looked into,
    with no one's deed named, is routine police work, no accusation (but "the crash of a Ukrainian airliner"
    names whose loss is looked into)."""
    return cand.rule.mode == "investigate" and bool(cand.targets) and all(
        t.lemma_.lower() in lexicon_mod.word_list("accidents") and not any(c.dep_ == "poss" for c in t.children)
        and not _pobjs(t, {"of"}) for t in cand.targets)


#: what one warns of without threatening anyone: "officials warn of growing spy threats"
DANGER_WORDS = {"threat", "danger", "risk", "peril", "menace", "hazard"}


def _danger_warning(cand: Candidate) -> bool:
    """"Officials warn of growing Chinese spy threats": a warning of a danger, with no one warned, threatens no
    one (but "warned Russia of sanctions" does)."""
    t = cand.trigger
    return cand.rule.type == "THREATEN" and t.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "dative") for c in t.children) and any(
        g.lemma_.lower() in DANGER_WORDS for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
        for g in p.children if g.dep_ == "pobj")


def _vehicle_trip(cand: Candidate) -> bool:
    """"a cargo plane flying to New Delhi", "the ship sailed to Odessa": a craft's trip is no visit."""
    return cand.rule.mode == "visit" and bool(cand.sources) and all(
        s.lemma_.lower() in lexicon_mod.platforms() or s.lemma_.lower() in lexicon_mod.word_list("vehicles")
        for s in cand.sources)


def _document_agent(cand: Candidate) -> bool:
    """"a new law targets foreign buyers of homes", "new tariffs hit Chinese steel": a law or a measure
    that "targets" or "hits" someone is no attack (whoever imposes it acts, in an event of its own)."""
    return cand.rule.type == "ASSAULT" and bool(cand.sources) and all(
        s.pos_ == "NOUN" and s.lemma_.lower() in lexicon_mod.word_list("documents") for s in cand.sources)


def _discharged(cand: Candidate) -> bool:
    """"were treated at a hospital and released", "released from hospital": a patient sent home."""
    t = cand.trigger
    if cand.rule.mode != "release" or t.pos_ != "VERB":
        return False
    linked = [t.head] if t.dep_ == "conj" else []
    linked += [c for c in t.children if c.dep_ == "conj"]
    if any(v.lemma_.lower() in CARE_VERBS for v in linked):
        return True
    return any(g.lemma_.lower() in ("hospital", "clinic", "care") for p in t.children if p.dep_ == "prep"
               and p.lower_ == "from" for g in p.children if g.dep_ == "pobj")


#: modals of what holds in general: "banks receiving bailouts must limit pay"
GENERIC_MODALS = {"must", "should", "can", "may", "might", "could"}


def _in_topic(tok: Token, trigger: Token) -> bool:
    """Does the word lie in a topic's phrase below the trigger ("a summit on the future of Syria": Syria)?"""
    topics = lexicon_mod.word_list("topics")
    for t in (tok, *tok.ancestors):
        if t.i == trigger.i or t.dep_ == "prep" and t.lower_ == "with":
            return False  # ("discussed the crisis with Zelensky": the partner, wherever the parser hung it)
        if t.pos_ == "NOUN" and t.lemma_.lower() in topics:
            return True
    return False


#: words that make a strike a stoppage of work, whoever strikes ("a general strike", "a hunger strike")
LABOUR_STRIKE_WORDS = {"general", "hunger", "labour", "labor", "wildcat", "sit-down", "sit-in", "token", "work",
                       "nationwide", "indefinite", "pay", "wage"}


def _labour_strike(trigger: Token) -> bool:
    """"Prison guards went on strike", "police officers staged a general strike": a stoppage of work, not
    an attack, even by an armed body."""
    return trigger.head.lower_ == "on" and trigger.dep_ == "pobj" or any(
        c.lower_ in LABOUR_STRIKE_WORDS for c in trigger.children if c.dep_ in ("amod", "compound"))


def _generic(verb: Token) -> bool:
    """An act told of a kind, not of someone: a participle or relative clause on a bare plural ("banks
    receiving bailouts", "firms that break the rules") in a clause of the present tense or a modal of
    what holds in general. News narrates in the past: "protesters demanding reforms clashed with police"
    is one crowd on one day."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNS"
                 and any(g.dep_ in ("acl", "relcl") for g in c.children)), None)
    if subj is None and verb.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ in GENERIC_MODALS | {"will"}
                                                    for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "Visitors caught drinking will be kicked out", parsed with "caught" as the verb: the modal verb
        # coordinated to it tells what is done to a kind
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNS"), None)
        if subj is not None and verb.head.dep_ in ("ROOT", "ccomp") and not subj.ent_type_ and not any(
                c.dep_ in ("det", "poss", "nummod") for c in subj.children):
            return True
        subj = None
    if subj is not None and verb.dep_ in ("ROOT", "ccomp") and not subj.ent_type_ and not any(
            c.dep_ in ("det", "poss", "nummod") for c in subj.children):
        # "Visitors caught drinking will be kicked out", "Drivers who speed are fined": a rule for a kind
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        return bool(aux & (GENERIC_MODALS | {"will", "'ll"})) or verb.tag_ in ("VBP", "VBZ") or (
            bool(aux & {"are", "is"}) and verb.tag_ == "VBN")
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in lexicon_mod.PERMITTING_VERBS:
        verb = verb.head  # "rules that let physicians assist the dying": what the laws allow, of a kind
    if verb.dep_ not in ("acl", "relcl") or verb.head.tag_ not in ("NNS", "NNPS"):
        return False
    head = verb.head
    if any(c.dep_ in ("det", "poss", "nummod", "compound") or c.dep_ == "amod" and c.ent_type_ for c in head.children):
        return False
    if verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True  # "Americans who give so much aid to Israel", "firms that break the rules": what a kind does
    if head.ent_type_:
        return False
    clause = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return False
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & GENERIC_MODALS) or clause.tag_ in ("VBP", "VBZ") and not aux & {"has", "have", "had"}


def _reciprocal(heads: list[Token]) -> bool:
    """"imposed tariffs on the other's goods", "accused each other": the parties act on one another."""
    return any(w.lower_ == "other" and any(d.lower_ in ("the", "each", "one") for d in w.children) or
               w.lower_ == "another" and w.i > 0 and w.doc[w.i - 1].lower_ == "one" for h in heads for w in h.subtree)


#: words of sending forces somewhere
DEPLOYING_WORDS = {"deploy", "deployment", "send", "dispatch", "station", "redeploy"}
#: what makes a deployment peacekeeping: "a peacekeeping mission", "a multinational force", "UN peacekeepers"
_PEACEKEEPING = re.compile(r"\bpeace[- ]?keep|\b(?:multinational|international|stabili[sz]ation|security support)"
                           r" (?:security )?(?:force|mission)", re.IGNORECASE)


def _peacekeeping(trigger: Token) -> bool:
    """Is a deployment or a dispatch of forces said to keep the peace, in its own clause?"""
    if trigger.lemma_.lower() not in DEPLOYING_WORDS:
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for _ in range(2):  # "authorized a force to deploy": the authorizing clause names the force
        if verb.dep_ in ("xcomp", "ccomp", "advcl", "acl") and verb.head.i != verb.i:
            verb = verb.head
    return bool(_PEACEKEEPING.search(verb.doc[verb.left_edge.i:verb.right_edge.i + 1].text))


def _holding_out(trigger: Token, conditions_only: bool = False) -> bool:
    """"will not end their strike until ...", "refuse to withdraw unless ...": a yielding act refused on a
    condition (``conditions_only``: not "before", which may only date the act)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    verbs = [verb]
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and verb.head.pos_ in ("VERB", "AUX"):
        verbs.append(verb.head)  # "will not fly to Seoul to meet him unless ...": the trip refused is the refusal
    # the condition hangs below the refused act (not: the act is itself the condition, "until prisoners
    # are released")
    # ("will not end their strike before the management is sacked": "before" with a refusal to come)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll", "shall", "would") for v in verbs for c in v.children)
    # (a clause: "before July" is a date, not a condition)
    # ("will not begin talks as set out in the deal until ...": the condition may hang on an aside below)
    clauses = [c for v in verbs for c in v.children if c.dep_ in ("advcl", "prep") and c.i != verb.i]
    clauses += [g for c in clauses if c.dep_ == "advcl" and any(m.lower_ == "as" for m in c.children)
                for g in c.children if g.dep_ == "advcl"]
    # ("will not attend the summit if the ban stays": a refusal declared on a condition)
    ahead = ("if",) if conditions_only else ("before", "if")
    return any(w.lower_ in ("until", "unless", "till") or (future and w.lower_ in ahead and c.dep_ == "advcl")
               for c in clauses for w in [c, *c.children])


def _beating(src: Actor | None, tgt: Actor | None) -> bool:
    """"beat" is a beating when armed men or police do it, or a crowd or gang beats police or passers-by;
    otherwise (a team, a candidate) it is a win."""
    s, t = (src.sector if src else None), (tgt.sector if tgt else None)
    return s in ARMED_SECTORS or (s in ("OPP", "CVL", "CRM") and t in ARMED_SECTORS | {"CVL", "JRN", "OPP"})


def _launch_into_water(trigger: Token) -> bool:
    """"fired a ballistic missile into the East Sea", "launched missiles toward the Sea of Japan"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    # "launched what appeared to be a ballistic missile toward the Sea of Japan"
    objs += [g for c in verb.children if c.dep_ == "ccomp" and any(w.lower_ == "what" for w in c.children)
             for g in c.subtree if g.dep_ == "attr"]
    if not any(o.lemma_.lower() in MISSILE_WORDS or any(g.lemma_.lower() in MISSILE_WORDS for g in o.subtree)
               for o in objs):
        return False
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("into", "toward", "towards", "off", "in")]
    preps += [p for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ in ("into", "toward", "towards")]
    return any(w.lemma_.lower() in WATER_WORDS for p in preps for w in p.subtree)


def _missile_launch(trigger: Token) -> bool:
    """"launched at least one ballistic missile", "fired a salvo of ballistic missiles": a launch (or a
    ballistic missile fired) with no target in the sentence is a weapons launch, not an attack."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.lemma_.lower() not in ("launch", "fire", "test", "test-fire"):
        return False
    words = {g.lemma_.lower() for c in verb.children if c.dep_ == "dobj" for g in c.subtree}
    return bool(words & MISSILE_WORDS) and (verb.lemma_.lower() != "fire" or "ballistic" in words)


def _physical(trigger: Token, instruments: Any) -> bool:
    """A verb of criticism used with a weapon ("blasted the boat with water cannons")."""
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(w.lemma_.lower() in instruments for w in p.subtree)
               for p in trigger.children)


#: acts done to people, not bodies: a name the tagger called an organization that undergoes one is a person's
PEOPLE_TAKING_VERBS = {"arrest", "detain", "jail", "charge", "capture", "apprehend", "book", "indict"}
#: words of a body's name: a name without any of them that is arrested or charged is a person's
CORPORATE_WORDS = {"inc", "corp", "co", "company", "llc", "ltd", "group", "bank", "corporation", "firm", "association",
                   "club", "church", "school", "university", "college", "hospital", "department", "office", "council",
                   "party", "union", "foundation", "society", "institute", "agency", "authority", "services",
                   "industries", "holdings", "enterprises", "partners", "trust", "fund", "center", "centre", "&"}


def _depicted(tok: Token) -> bool:
    """Whom a portrait, a statue or a film is of: shown, not acting or acted on."""
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in lexicon_mod.word_list("depictions"))


def _locative(tok: Token) -> bool:
    """A place that only says where ("marched in Tbilisi", "police in Lagos"), not who."""
    return (tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.dep_ == "pobj"
            and tok.head.lower_ in geo.PLACE_PREPS | {"from", "across", "throughout", "around"})


def _us_namesake(text: str, countries: bool = False) -> str | None:
    """A capitalized word of ``text`` that names a US town but is no country ("Athens", "Alexandria"); with
    ``countries``, a country's name too when a US town bears it ("Lebanon Police" in a Missouri story)."""
    words = re.findall(r"\b[A-Z][a-z]+", text)
    for word in [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] + words:
        p = geo.lookup(word, {"USA"})
        if p is not None and p.country == "USA" and p.feature != "ADM1":
            default = geo.lookup(word)
            if default is not None and default.feature != "PCLI":
                return word
        if countries and any(q.country == "USA" and q.feature.startswith("PPL")
                             for q in geo.gazetteer().get(geo._key(word), ())):
            return word
    return None


def _opens_longer_name(tok: Token) -> bool:
    """The first word of a longer name the tagger found, which as a whole is no place."""
    if tok.ent_iob_ != "B" or tok.ent_type_ in ("GPE", "LOC") or tok.dep_ == "poss":
        return False
    ent = nlp_mod.entity_at(tok)
    return ent is not None and len(ent) > 1 and geo.lookup(ent.text) is None


def _place_country(tok: Token, prefer: set[str] | None = None) -> geo.Place | None:
    """The gazetteer entry of a place name token ("Ahmedabad", "Kaduna state"); a namesake in the
    article's country first ("Alexandria" in a Virginia story)."""
    ent = nlp_mod.entity_at(tok)
    text = ent.text if ent is not None and tok.ent_type_ in ("GPE", "LOC", "FAC") else area_name(tok)
    return geo.lookup(text, prefer) or (geo.lookup(tok.text, prefer) if text != tok.text and tok.text[:1].isupper()
                                        else None)


def clause_country(near: Token, sent: Span, prefer: set[str] | None = None) -> tuple[geo.Place, Token] | None:
    """A place named in the same clause as ``near`` ("police in Ahmedabad", "killed in Kaduna state")."""
    clause = near
    while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    for _ in range(2):  # its own clause, then the clause it hangs from ("shelled Kherson, killing two")
        best = None
        for tok in clause.subtree:
            if not (sent.start <= tok.i < sent.end) or not (tok.ent_type_ in ("GPE", "LOC") or is_place(tok)):
                continue
            if tok.ent_type_ in NOT_ACTOR_ENTS and not _country_named(tok):
                continue  # "on March 23" is a date, not the English town of March (but "in Niger on Monday",
                # tagged as one date, names a country)
            if _in_other_clause(tok, clause, near):
                continue  # "arrested Jorge Glas, who had been granted asylum by Mexico": Mexico is not where
            if _counterpart(tok):
                continue  # "parliament passed a resolution criticizing Russia": Russia is no place of its
            if tok.ent_type_ not in ("GPE", "LOC") and _known_group(tok.text):
                continue  # "received a delegation of Hamas leaders": a group, not the German village
            if _in_quoted_name(tok):
                continue  # the 'Marcha de Quito' protesters: a march named after a city, not in Guinea's Marcha
            if _in_street_name(tok) or _resident_town(tok) or (
                    tok.lower_ in get_resolver().kb.agents and tok.ent_type_ not in ("GPE", "LOC")):
                continue  # "on Southland Vista Court": a street; "Man, 34, struck by car": a man, not Man in Ivory Coast
            if tok.ent_iob_ == "I" and tok.ent_type_ != "PERSON" and tok.doc[tok.i - 1].ent_type_ == tok.ent_type_:
                continue  # the entity's first word stands for it ("Rakhine State" the model took for a person: not)
            if _opens_longer_name(tok):
                continue  # "Antoine (Anto) Carte", an organization's first word: not the town of Anto (but
                # "Kherson's Dniprovskyi district", tagged as one name, is Kherson's)
            if tok.ent_type_ not in ("GPE", "LOC") and tok.dep_ in ("amod", "compound") and (
                    tok.head.ent_type_ in ("GPE", "LOC") or get_resolver().resolve(tok.head.text).kind == "country"):
                continue  # "a Free Cuba": a word before a place is no place of its own
            if tok.ent_type_ not in ("GPE", "LOC") and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" \
                    and tok.head.i == tok.i + 1 \
                    and geo.lookup(tok.doc[tok.i: tok.i + 2].text) is None:
                continue  # "the Cerro Verde mine": the first word of a name no gazetteer knows, not a town "Cerro"
            place = _place_country(tok, prefer)
            if place is not None and (best is None or abs(tok.i - near.i) < abs(best[1].i - near.i)):
                best = (place, tok)
        if best is not None or clause.dep_ not in ("advcl", "xcomp", "conj", "ccomp", "relcl"):
            return best
        clause = clause.head
        while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
            clause = clause.head
    return None


def _country_named(tok: Token) -> bool:
    """A country's own name, whatever the tagger called it ("in Niger on Monday" read as one date)."""
    if tok.pos_ != "PROPN" or tok.lower_ in time_mod.MONTHS or tok.lower_ in time_mod.WEEKDAYS:
        return False
    found = geo.lookup(tok.text)
    return found is not None and found.feature == "PCLI"


_QUOTES = {"'", '"', "‘", "’", "“", "”"}


@lru_cache(maxsize=4096)
def _known_group(name: str) -> bool:
    """Is the name one the actor dictionary knows as a group or an organization ("Hamas", "Hezbollah")?"""
    from .actors.resolver import get_resolver

    res = get_resolver().resolve(name)
    return res.known and res.kind in ("group", "organization") and res.entry is not None


#: the last word of a street's name
STREET_ENDS = {"road", "street", "avenue", "boulevard", "drive", "lane", "court", "terrace", "parkway", "circle",
               "st", "ave", "rd", "dr", "blvd", "ct", "ln", "pkwy", "cir"}


def _resident_town(tok: Token) -> bool:
    """Is the word the home town of a person named with an age ("Terry Jolly, 60, Lebanon, was arrested")?"""
    before = tok.doc[max(0, tok.i - 4): tok.i].text
    return bool(re.search(r",\s*\d{1,3},\s*(?:of\s+)?$", before + " "))


def _in_street_name(tok: Token) -> bool:
    """Is the word part of a street's name ("Southland Vista Court", "Memphis St.")?"""
    for nxt in tok.doc[tok.i + 1: tok.i + 4]:
        if not nxt.text[:1].isupper():
            return False  # ("a Munich court", "the Lagos road": a lowercase word ends no street's name)
        if nxt.text.rstrip(".").lower() in STREET_ENDS:
            return True
    return False


def _in_quoted_name(tok: Token) -> bool:
    """A place word inside a short quoted name ("the 'Marcha de Quito' protesters", "'Operation Lima'"):
    part of the name of a march or an operation, not a place it names; a quoted place alone stays one."""
    doc = tok.doc
    left = next((j for j in range(tok.i - 1, max(tok.i - 6, -1), -1) if doc[j].text in _QUOTES), None)
    right = next((j for j in range(tok.i + 1, min(tok.i + 6, len(doc))) if doc[j].text in _QUOTES), None)
    if left is None or right is None or right - left <= 2:
        return False
    inside = doc[left + 1:right]
    # a name: capitalized words and the short particles between them ("de", "of"), no clause of speech
    return all(w.is_title or w.is_upper or (w.is_lower and len(w) <= 3) for w in inside) and \
        geo.lookup(inside.text) is None


def _counterpart(tok: Token) -> bool:
    """A country named as a party, not as a place: the object of a verb ("criticizing Russia") or of a
    preposition of a party ("sanctions against Iran", "talks with China") or of a destination ("sent
    to Mali"); an attack "on Idlib" places its victims."""
    name = tok
    while name.dep_ in ("compound", "flat", "appos") and name.head.pos_ == "PROPN":
        name = name.head  # ("to Naples, Italy": Italy hangs on Naples)
    if name.dep_ in ("dobj", "dative"):
        return True
    # ("returned a stolen manuscript to Naples": where it goes is no place of who sends it)
    return name.dep_ == "pobj" and name.head.lower_ in ("against", "with", "toward", "towards", "to", "into")


def _in_other_clause(tok: Token, clause: Token, near: Token) -> bool:
    """Is ``tok`` inside a clause nested in ``clause`` (a relative or a reported one) that does not hold
    ``near``? (An adverbial clause tells the circumstances of the same event: "two civilians were killed as
    Russian troops shelled Kherson".)"""
    node = tok
    while node.i != clause.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "ccomp") and not (node.left_edge.i <= near.i <= node.right_edge.i):
            return True
        node = node.head
    return False


def _recode(actor: Actor, country: str, why: str, factor: float) -> Actor:
    return replace(actor, country=country, code=country + (actor.sector or ""), confidence=actor.confidence * factor,
                   entry=(actor.entry or "") + f" + country from context: {why}")


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _forward(when: Any, pub: dt.date) -> Any:
    """A date read as past that a future event puts ahead: a weekday a week later ("will host Zelensky on
    Friday"), else the same day or month a year later, when that puts it on or after publication."""
    d = when.date
    if _WEEKDAY.search(when.text or ""):
        while d < pub:
            d += dt.timedelta(days=7)
        return replace(when, date=d)
    try:
        ahead = d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        ahead = d + dt.timedelta(days=365)
    return replace(when, date=ahead) if ahead >= pub - dt.timedelta(days=7) else when


def _performed(trigger: Token) -> bool:
    """The event is what a performative verb's object names: "announced sanctions", "announced 400
    million dollars in aid"."""
    for t in [trigger, *trigger.ancestors][:4]:
        if t.dep_ == "dobj" and t.head.lemma_ in PERFORMATIVE:
            return True
    return False


def _days_before(pub: dt.date | None, when: Any) -> int | None:
    """Days from the end of the event's dated period to publication: "this year" in a June story
    is not long ago, "in 2014" is."""
    if not (when and pub):
        return None
    return (pub - time_mod.period_end(when.date, when.precision)).days


#: people an owner sends, of the owner's own sector: "its agents blew up a train"
OWNED_STAFF = {"agent", "operative"}


def _coordinated_nationalities(head: Token) -> list[Token]:
    """"Saudi and Houthi officials", "Chinese and Russian warships", "the foreign ministers of Greece and
    Turkey": the coordinated nationalities or countries, or []."""
    if head.pos_ == "NOUN" and head.tag_ == "NNS":
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                obj = next((g for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP")), None)
                more = [g for g in obj.children if g.dep_ == "conj" and g.ent_type_ in ("GPE", "NORP")] if obj else []
                if more:
                    return [obj, *more]
    for c in head.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < head.i and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"):
            # "Saudi and Houthi officials", "Taliban and Pakistani officials", "Russia and Turkey's defence ministers"
            more = [g for g in c.children if g.dep_ == "conj" and (g.ent_type_ in ("NORP", "GPE", "ORG") or g.pos_ == "PROPN")]
            if more and any(g.dep_ == "cc" for g in c.children):
                return [c, *more]
            # "UK and EU negotiators" parsed as two modifiers of the noun with the "and" left on the first
            nxt = head.doc[c.i + 2] if c.i + 2 < head.i else None
            if (nxt is not None and head.doc[c.i + 1].dep_ == "cc" and head.doc[c.i + 1].head.i == c.i
                    and nxt.head.i == head.i and nxt.dep_ in ("amod", "compound", "nmod")
                    and (nxt.ent_type_ in ("NORP", "GPE", "ORG") or nxt.pos_ == "PROPN")):
                return [c, nxt]
    return []


def _unique(events: list[Event]) -> list[Event]:
    """One event per (source, target, type) in a sentence: the lexicon's and the pair's candidates meet."""
    seen, out = set(), []
    for e in events:
        key = (e.source.start if e.source else None, e.source.code if e.source else None,
               e.target.start if e.target else None, e.event_type)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _is_headline(sent: Span, title: str | None = None) -> bool:
    """A first line of its own with no closing full stop, or the article's own title run into its text
    ("Murderer asks Texas court to halt execution . A convicted murderer ..."): a headline, not the lead."""
    text = sent.text_with_ws
    if sent.start == 0 and title and _words(sent.text) == _words(title):
        return True
    return sent.start == 0 and "\n" in text and not text.rstrip().endswith((".", "!", "?", '"', "”"))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _headline_once(events: list[Event], headline: bool) -> list[Event]:
    """A headline and its lead report the same event once: the lead's, which has the detail."""
    if not headline or not any(e.sentence_index == 0 for e in events):
        return events

    def key(e: Event):
        return (e.event_type, e.source.code if e.source else None, e.target.code if e.target else None)

    lead = {key(e) for e in events if e.sentence_index == 1}
    return [e for e in events if not (e.sentence_index == 0 and key(e) in lead)]


def _shared_place(events: list[Event]) -> list[Event]:
    """Events of one sentence with no place of their own take the sentence's one place: "Russian artillery
    shelled Kherson, killing two people" killed them in Kherson."""
    places = {(e.location.start, e.location.end): e.location for e in events if e.location is not None}
    if len(places) != 1:
        return events
    (loc,) = places.values()
    return [e if e.location is not None else
            replace(e, location=loc, explanation=[*e.explanation, f"place: {loc.name}, the sentence's only place"])
            for e in events]


def _dateline_place(ev: Event, ctx: _Context) -> Event:
    """An event the sentence gives no place takes the dateline's, where the story was filed, when the
    dateline is in the country the event happens to: the target's (its source's, without a target).
    "WASHINGTON - US forces struck Houthi targets in Yemen" did not happen in Washington."""
    if ev.location is not None or ctx.dateline is None or ctx.prep.dateline is None:
        return ev
    p, (a, b) = ctx.dateline, ctx.prep.dateline
    where = ev.target.country if ev.target is not None else (ev.source.country if ev.source is not None else None)
    if where != p.country:
        return ev
    loc = Location(text=ctx.prep.original[a:b], start=a, end=b, name=p.name, country=p.country, admin1=p.admin1,
                   lat=p.lat if p.feature != "PCLI" else None, lon=p.lon if p.feature != "PCLI" else None,
                   geonameid=p.geonameid, feature=p.feature)
    return replace(ev, location=loc, explanation=[*ev.explanation, f"place: the dateline, {p.name} ({p.country})"])


def _remap(ev: Event, prep: textprep.Prepared, ctx: _Context) -> Event:
    """Offsets and texts of the parser's copy -> those of the article as received (ftfy repairs change
    offsets; restored case and a blanked dateline change only the text)."""
    if prep.offsets is None and prep.text == prep.original:
        return ev

    def fix(x):
        if x is None or getattr(x, "start", None) is None:
            return x
        a, b = prep.span(x.start, x.end)
        if getattr(x, "via", None) is not None:
            return replace(x, start=a, end=b, text=prep.original[a:b], via=fix(x.via))
        return replace(x, start=a, end=b, text=prep.original[a:b])

    date_span = fix(ev.date_span)
    return replace(ev, source=fix(ev.source), target=fix(ev.target), trigger=fix(ev.trigger),
                   location=fix(ev.location), attribution=fix(ev.attribution), date_span=date_span,
                   date_text=date_span.text if date_span is not None else ev.date_text)


_CODER: Coder | None = None


def get_coder() -> Coder:
    global _CODER
    if _CODER is None:
        _CODER = Coder()
    return _CODER


def code_text(text: str, published: Any = None, article_id: str | None = None, keep_nonfactual: bool | None = None,
              **meta: Any) -> list[Event]:
    """Code one text. ``published`` (ISO date or date) anchors relative dates ("last Tuesday").
    ``keep_nonfactual``: also return negated and hypothetical events (flagged)."""
    pub = parse_date(published, article_id or "<text>")
    art = Article(id=article_id or stable_id("<text>", text), text=text, published=pub, **meta)
    return get_coder().code(art, keep_nonfactual)


def code_article(article: Article) -> list[Event]:
    return get_coder().code(article)


def code_articles(articles: Iterable[Article | dict | InputError], batch_size: int = 16,
                  language: str = "en", keep_nonfactual: bool | None = None) -> Iterator[Outcome]:
    """Code many articles (Article records or dicts with at least ``text``), yielding one Outcome each.

    Articles detected to be in another language than ``language`` are skipped with the reason;
    ``language="any"`` codes everything."""
    from .ingest import article_from_mapping

    def as_articles() -> Iterator[Article | InputError]:
        for i, a in enumerate(articles):
            if isinstance(a, dict):
                try:
                    yield article_from_mapping(a, f"record {i}")
                except InputError as err:
                    yield err
            else:
                yield a

    yield from get_coder().code_many(as_articles(), batch_size=batch_size, language=language,
                                     keep_nonfactual=keep_nonfactual)
