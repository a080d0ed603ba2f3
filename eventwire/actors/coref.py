"""Mentions to actors within one article: pronouns, surnames and definite descriptions.

Light, explainable rules instead of a neural coreference model: "he" is the latest person,
"Kim" is the person named "Kim ..." earlier, "the minister" / "the regime" / "the country"
is the latest actor of that sector or kind, and "the two sides" is the latest dyad.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span, Token

from ..nlp import opening_name
from .kb import IO_BODIES, normalize
from .resolver import FORMER_WORDS, LOCATIVE_PREPS, Resolution, Resolver, _as_date
from .spans import phrase_span, proper_names

RECIPROCAL = re.compile(
    r"^(the )?(two|both) (sides|parties|countries|nations|leaders|men|governments|delegations|ministers|states)$"
    r"|^both$|^each other$", re.IGNORECASE)
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
#: pronouns an object takes; never the subject of their own clause (that would be "himself")
OBJECT_PRONOUNS = {"him", "her", "them", "it"}
#: how far back (characters, about three sentences) "the army" or "the state's" looks for its country
RECENT_CHARS = 600
COUNTRY_WORDS = {"country", "nation", "state", "regime", "government", "administration", "kingdom", "republic"}


def _place_taken_for_person(ent: Span) -> bool:
    """"arrived in Lyon": a name the tagger called a person, after a preposition of place, that the gazetteer
    knows as a town is the town (a pronoun after it still points back to the person named before)."""
    from ..geo import lookup  # (the gazetteer loads on first use)

    root = ent.root
    return (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS | {"to", "from", "near", "outside"}
            and lookup(ent.text) is not None)


@dataclass
class Mention:
    text: str
    start: int
    res: Resolution


@dataclass
class ArticleMemory:
    """What the article has named so far, most recent last."""

    mentions: list[Mention] = field(default_factory=list)  # kept in text order (they are not added in it)
    _starts: list[int] = field(default_factory=list)

    def add(self, text: str, start: int, res: Resolution) -> None:
        if res.known:
            k = bisect.bisect_right(self._starts, start)
            self._starts.insert(k, start)
            self.mentions.insert(k, Mention(text, start, res))

    def at(self, start: int) -> Mention | None:
        """The mention that starts at ``start``, if the article has read one there."""
        k = bisect.bisect_left(self._starts, start)
        return self.mentions[k] if k < len(self._starts) and self._starts[k] == start else None

    def forget(self, pred) -> None:
        """Drop the mentions ``pred`` accepts (read again once the article's context is known)."""
        kept = [m for m in self.mentions if not pred(m)]
        self.mentions, self._starts = kept, [m.start for m in kept]

    def before(self, pos: int) -> list[Mention]:
        """Mentions before a position, in text order; a binary search, so long articles stay linear."""
        return self.mentions[:bisect.bisect_left(self._starts, pos)]

    def latest(self, pos: int, pred, within: int | None = None,
               skip: tuple[int, int, str | None] | None = None) -> Mention | None:
        """The last mention before ``pos`` that ``pred`` accepts; with ``within``, only mentions that start
        at most that many characters earlier (a definite description points back a few sentences); none
        that starts inside ``skip`` or is its dictionary entry (the clause's own subject, for an object pronoun)."""
        for k in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            m = self.mentions[k]
            if within is not None and m.start < pos - within:
                return None
            if skip is not None and (skip[0] <= m.start < skip[1] or skip[2] is not None and m.res.entry == skip[2]):
                continue
            if pred(m.res):
                return m
        return None


def _copy(res: Resolution, text: str, why: str, factor: float = 0.85) -> Resolution:
    out = Resolution(text=text, name=res.name, country=res.country, sector=res.sector, code=res.code,
                     kind=res.kind, entry=res.entry, confidence=res.confidence * factor)
    out.evidence = [why] + res.evidence
    return out


def _platforms() -> frozenset[str]:
    from ..events.lexicon import platforms

    return platforms()


def _state_of_affairs(head: Token) -> bool:
    """"a state of emergency", "state of siege": a condition, not a country."""
    return head.lower_ == "state" and any(
        p.lower_ == "of" and any(g.lower_ in ("emergency", "siege", "war", "alert", "mourning", "play", "affairs")
                                 for g in p.children) for p in head.children)


class MentionResolver:
    def __init__(self, resolver: Resolver, date: Any):
        self.resolver = resolver
        self.date = date
        self.memory = ArticleMemory()
        #: PERSON entities by start, as the dictionary (or the article's full name) reads them
        self._between_people: dict[int, Resolution] = {}
        self._people: list[Span] = []  # the article's PERSON entities in text order (read once, in ``seed``)
        self._people_starts: list[int] = []
        #: the country of a local story ("USA" for US local news), once the article is read
        self.home: str | None = None
        #: the countries (and bodies) the article names by more than a one-word person's name
        self._named: set[str] = set()
        #: whether the dictionary knows each PERSON entity of several words, by its start
        self._full_known: dict[int, bool] = {}

    def set_home(self, country: str) -> None:
        """A local story's country: a one-word name of a foreign person out of office is someone else
        ("Lamont" in a Connecticut story is not the British chancellor of 1990-93), and so is one in office
        whose country (or body) the story never names otherwise ("Moon lifted the toddler from the water" in
        a Georgia story is no UN Secretary-General)."""
        self.home = country
        self._named = {m.res.country for m in self.memory.mentions
                       if m.res.country and not (m.res.kind == "person" and len(m.text.split()) == 1)}
        self.memory.forget(lambda m: self._foreign_namesake(m.text, m.res))

    def _foreign_namesake(self, text: str, res: Resolution) -> bool:
        if self.home is None or res.kind != "person" or not res.country or res.country == self.home:
            return False
        if any(e.startswith("fuzzy name") for e in res.evidence):
            # ("Kirk, Gilliard and Majority Leader Doyle" in a South Carolina story: a look-alike spelling
            # of a foreign leader's name, "Gillard", whose country the story never names, is someone else)
            return res.country not in self._named
        words = text.split()
        if len(words) != 1:
            return False
        date = _as_date(self.date)
        people = [e for e in self.resolver.kb.lookup(normalize(text)) if e.kind == "person"]
        return bool(people) and (not any(e.valid_on(date) for e in people) or res.country not in self._named)

    def seed(self, doc) -> None:
        """Resolve every named entity first, so later surnames and pronouns have antecedents."""
        self._people = [ent for ent in doc.ents if ent.label_ == "PERSON" and not _place_taken_for_person(ent)]
        self._people_starts = [ent.start_char for ent in self._people]
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                said = ent.text
                if ent.label_ == "PERSON":
                    # "Former President Ada Lindqvist ... he": the name as its phrase gives it, "former" and all
                    before = doc[phrase_span(ent.root).start:ent.start]
                    if FORMER_WORDS & {w for t in before for w in t.lower_.split("-")}:
                        said = doc[before.start:ent.end].text
                res = self.resolver.resolve(said, self.date, names=[ent.text],
                                            sentence_start=ent.start == ent.sent.start, label=ent.label_,
                                            modifier=ent.root.dep_ == "compound")
                self.memory.add(ent.text, ent.start_char, res)
        for sent in doc.sents:
            # "Lula leaves this week for China, where he ...": a name opening the sentence that the
            # parser took for an adjective is an antecedent too, when the dictionary knows that person
            t = sent[0]
            if opening_name(t) and not t.ent_type_:
                res = self.resolver.resolve(t.text, self.date, names=[t.text], sentence_start=True)
                if res.kind == "person":
                    self.memory.add(t.text, t.idx, res)
        # a one-word name stands for the person the article names in full with it ("Ned Lamont" ... "Lamont")
        full = [m for m in self.memory.mentions if m.res.kind == "person" and len(m.text.split()) > 1]
        for m in self.memory.mentions:
            if m.res.kind == "person" and len(m.text.split()) == 1:
                word = re.compile(rf"\b{re.escape(normalize(m.text))}\b")
                same = [f for f in full if word.search(normalize(f.text))]
                named = ([f for f in same if f.start < m.start] or same)[-1:] if same else []
                if named and (named[0].res.entry, named[0].res.code) != (m.res.entry, m.res.code):
                    m.res = _copy(named[0].res, m.text, f"short name '{m.text}' -> '{named[0].text}'", 0.9)

    def _unknown_named_in_full(self, head: Token, pos: int) -> str | None:
        """The full name, of several words, of a person the article names before ``pos`` with this word in it
        and the dictionary does not know (any such name in the story, for a headline)."""
        word = re.compile(rf"\b{re.escape(normalize(head.text))}\b")
        headline = head.sent.start == 0
        for ent in self._people:
            if (not headline and ent.start_char >= pos) or len(ent) < 2 or ent.root.i == head.i:
                continue
            if not word.search(normalize(ent.text)):
                continue
            known = self._full_known.get(ent.start_char)
            if known is None:  # (each full name resolved once per article: long stories name many people)
                known = self._full_known[ent.start_char] = self.resolver.resolve(
                    ent.text, self.date, names=[ent.text], label="PERSON").kind == "person"
            if not known:
                return ent.text
        return None

    def _named_in_full(self, head: Token, pos: int, headline: bool):
        """The latest earlier mention of a person whose name of several words holds this one word (in a
        headline, the first such mention anywhere in the story)."""
        word = re.compile(rf"\b{re.escape(normalize(head.text))}\b")
        pool = self.memory.mentions if headline else self.memory.before(pos)
        found = [m for m in pool if m.res.kind == "person" and len(m.text.split()) > 1 and m.start != pos
                 and word.search(normalize(m.text))]
        return (found[0] if headline else found[-1]) if found else None

    def reciprocal(self, span: Span) -> bool:
        return bool(RECIPROCAL.match(span.text.strip()))

    def reciprocal_pair(self, pos: int) -> tuple[Mention, Mention] | None:
        """What "the two sides" stands for: the two latest actors of different countries named before
        ``pos``, people first (leaders meet), else countries and organizations (news outlets never).
        Read from the text alone, so it does not depend on which events were coded first."""
        before = self.memory.before(pos)
        for kinds in (("person",), ("country", "organization", "group", "person")):
            found: list[Mention] = []
            for m in reversed(before):
                r = m.res
                if r.kind not in kinds or not r.country or r.sector == "JRN":
                    continue
                if all(r.country != f.res.country for f in found):
                    found.append(m)
                if len(found) == 2:
                    return found[1], found[0]
        return None

    def _speaker(self, pron: Token) -> Resolution | None:
        """The subject of the clause that reports the pronoun's clause: "Tunisian diplomats say that they
        would support ...", "Putin said he would come": they are who says so, whoever was named last."""
        clause = pron.head
        if pron.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return None
        verb, subj = clause.head, None
        for _ in range(5):  # "ministers were keen to stress that they ...": the subject of the chain
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None or verb.dep_ not in ("xcomp", "conj", "advcl", "acl", "pobj", "prep") \
                    or verb.head.i == verb.i:
                break
            verb = verb.head
        if subj is None or subj.pos_ == "PRON":
            return None
        plural = pron.lower_ in PLURAL_PRONOUNS
        if plural != (subj.tag_ in ("NNS", "NNPS")) and not (plural and subj.ent_type_ in ("ORG", "GPE", "NORP")):
            return None
        res = self.resolve(subj, phrase_span(subj))
        if not res.known or (not plural and res.kind != "person"):
            return None
        return _copy(res, pron.text, f"pronoun '{pron.text}' -> '{res.text}', who reports it", 0.8)

    def _clause_owner(self, pron: Token) -> Resolution | None:
        """A possessive "its" or "their" in its clause's object or oblique belongs to that clause's subject:
        "Iran's government faces criticism from the UN over its detention of activists" (Iran's), "the
        Nigerian Air Force reiterated its commitment" (the air force's); in the reason for an act aimed at one
        country or organization, to that one ("imposed sanctions on Russia over its invasion": Russia's)."""
        if pron.lower_ not in ("its", "their") or pron.dep_ != "poss":
            return None
        verb = next((a for a in pron.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and any(a.dep_ == "prep" and a.lower_ in ("over", "for") for a in pron.ancestors
                                    if a.i > verb.i):
            # "imposed sanctions on Russia over its invasion", "criticized China for its treatment of ...": the
            # reason is the deed of whom the act is aimed at, named as its object
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            aimed = [g for o in [verb] + objs for p in o.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                     for g in p.children if g.dep_ == "pobj"] + objs
            aimed = [g for g in aimed if g.ent_type_ in ("GPE", "ORG", "NORP") and g.i < pron.i]
            if len(aimed) == 1:
                res = self.resolve(aimed[0], phrase_span(aimed[0]))
                if res.known and res.kind != "person":
                    return _copy(res, pron.text, f"possessive '{pron.text}' in the reason -> '{res.text}', whom "
                                 "the act is aimed at", 0.8)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > pron.i or pron in subj.subtree:
            return None
        res = self.resolve(subj, phrase_span(subj))
        if not res.known or res.kind == "person" or res.country is None and res.kind == "agent":
            return None
        if (pron.lower_ == "their") != (subj.tag_ in ("NNS", "NNPS")) and res.kind not in ("country", "organization", "group"):
            return None
        return _copy(res, pron.text, f"possessive '{pron.text}' -> '{res.text}', the subject of its clause", 0.8)

    def _own_subject(self, pron: Token) -> tuple[int, int, str | None] | None:
        """Where the subject of an object pronoun's own clause lies: "Kiir pardoned him" is not Kiir (a
        reflexive would say so), so "him" looks further back."""
        if pron.lower_ not in OBJECT_PRONOUNS or pron.dep_ not in ("dobj", "dative", "pobj"):
            return None
        verb = pron.head.head if pron.dep_ == "pobj" else pron.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        for _ in range(3):
            # "Britain is standing by to assist them": the subject the infinitive shares
            if subj is not None or verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
                break
            verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" and subj.lower_ not in PERSON_PRONOUNS:
            return None
        # ("He invited him to Beijing": "him" is not whoever "he" is either)
        span = phrase_span(subj)
        return span.start_char, span.end_char, self.resolve(subj, span).entry

    def _person_between(self, pron: Token, end: int, pos: int,
                        skip: tuple[int, int, str | None] | None = None) -> Resolution | None:
        """The person named last between a known one (ending at ``end``) and the pronoun at ``pos``, when there
        is one: "... Mubarak stated. He dispatched ..." is Mubarak, though the dictionary's last match was
        someone else; a person the dictionary does not know comes back unknown ("Churchill once said ...
        Meredith told the story, and he asked ..."). Person pronouns only: "they" may stand for a group.
        A name inside the known mention is that mention: in "Former President Ada Lindqvist ... he", the name
        alone must not shed the "Former" its phrase gave."""
        if pron.lower_ not in PERSON_PRONOUNS:
            return None
        # (the people named between, found by binary search: a long article's pronouns stay cheap)
        for ent in reversed(self._people[bisect.bisect_left(self._people_starts, end):
                                         bisect.bisect_left(self._people_starts, pos)]):
            if ent.end_char > pos or ent.root.i == pron.i or skip is not None and skip[0] <= ent.start_char < skip[1]:
                continue
            found = self._between_people.get(ent.start_char)
            if found is None:
                # (as the article already read it: "Putin met Xi", "Xi" being Xi Jinping named alone)
                known = self.memory.at(ent.start_char)
                res = known.res if known is not None else self.resolver.resolve(ent.text, self.date, names=[ent.text],
                                                                                label="PERSON")
                if res.kind != "person":
                    full = self._named_in_full(ent.root, ent.start_char, False)
                    res = full.res if full is not None else Resolution(text=ent.text)
                found = self._between_people[ent.start_char] = res
            if skip is not None and (found.entry is not None and found.entry == skip[2]
                                     or ent.text in pron.doc.char_span(skip[0], skip[1]).text):
                continue  # "Xi invited him": the subject named again earlier is not "him" either
            return found
        return None

    def resolve(self, head: Token, span: Span) -> Resolution:
        pos = span.start_char
        low = head.lower_
        if head.pos_ == "PRON" or low in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
            if low not in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
                return Resolution(text=span.text)  # "which", "something", "everyone": not an actor
            speaker = self._speaker(head)
            if speaker is not None:
                return speaker
            owner = self._clause_owner(head)
            if owner is not None:
                return owner
            bound = self._own_subject(head)
            if low in PERSON_PRONOUNS:
                m = self.memory.latest(pos, lambda r: r.kind == "person", skip=bound)
                later = self._person_between(head, m.start + len(m.text), pos, bound) if m is not None else None
                if later is not None and not later.known:
                    # "Churchill once said ... Meredith told the story, and he asked ...": the nearest person
                    # is one the dictionary does not know; "he" is that person, not the last one it knows
                    return Resolution(text=span.text)
                if later is not None and (later.entry, later.code) != (m.res.entry, m.res.code):
                    return _copy(later, span.text, f"pronoun '{head.text}' -> '{later.text}', the person named last", 0.7)
            elif low in THING_PRONOUNS:
                # "The Nigerian Air Force reiterated its commitment": a body named by its agent noun in the same
                # sentence, else the last country or organization
                m = self.memory.latest(pos, lambda r: r.kind == "agent" and r.country is not None and r.sector,
                                       within=pos - head.sent.start_char, skip=bound) if low == "its" else None
                m = m if m is not None and not any(
                    x.start > m.start and x.res.kind in ("country", "organization", "group")
                    for x in self.memory.before(pos)) else None
                m = m or self.memory.latest(pos, lambda r: r.kind in ("country", "organization", "group"), skip=bound)
            else:
                m = self.memory.latest(pos, lambda r: r.kind in ("country", "organization", "group", "agent"),
                                       skip=bound)
            if m is None:
                return Resolution(text=span.text)
            return _copy(m.res, span.text, f"pronoun '{head.text}' -> '{m.text}'", 0.7)
        res = self.resolver.resolve(span.text, self.date, names=proper_names(span),
                                    sentence_start=span.start == span.sent.start, label=head.ent_type_ or None,
                                    modifier=head.dep_ == "compound")
        namesake = self._foreign_namesake(span.text, res)
        if namesake:
            res = Resolution(text=span.text)
        if res.kind == "country" and len(span) == 1 and head._.surname_of:
            res = Resolution(text=span.text)
            res.evidence.append(f"'{head.text}' is the surname of {head._.surname_of}, not a place")
        if (res.kind == "person" or namesake) and len(span) == 1 and head.pos_ == "PROPN":
            # "Ned Lamont appeared ... Lamont thanked the locals": the person the article names in full, not a
            # namesake the dictionary knows by that one word (a headline names them before the story does)
            full = self._named_in_full(head, pos, span.sent.start == 0)
            if full is not None and (full.res.entry, full.res.code) != (res.entry, res.code):
                return _copy(full.res, span.text, f"short name '{span.text}' -> '{full.text}'", 0.9)
        if res.kind in ("person", "organization", "group") or (res.country and res.kind != "agent") or res.kind == "region":
            self.memory.add(span.text, pos, res)
            return res
        # a bare surname or short name: the person named in full earlier
        words = [t for t in span if t.pos_ == "PROPN"]
        # (not an agent its own words already place: "Former US ambassador" is no short name of "US Secretary
        # of State Condoleezza Rice")
        if words and res.kind != "country" and not (res.kind == "agent" and res.country):
            key = normalize(" ".join(t.text for t in words))
            m = self.memory.latest(pos, lambda r: False)
            for mm in reversed(self.memory.before(pos)):
                # (in a list of names, only the name the dictionary matched: "Kirk, Gilliard and Doyle" coded
                # as Gillard gives "Kirk" nothing)
                listed = "," in mm.text or " and " in mm.text
                said = normalize(mm.res.name or "") if listed else normalize(mm.text) + " " + normalize(mm.res.name or "")
                if mm.res.kind == "person" and re.search(rf"\b{re.escape(key)}\b", said):
                    m = mm
                    break
            if m is not None:
                return _copy(m.res, span.text, f"short name '{span.text}' -> '{m.text}'", 0.9)
            # "Blinken met ...": a surname alone that only one leader of the day bears
            ordinary = words[0].lower_ in self.resolver.kb.ordinary
            # a name that is also a word ("Gallant") only where it reads as a person's name, mid-sentence
            if len(words) == 1 and (not ordinary or (head.ent_type_ == "PERSON" and span.start != span.sent.start)) and (
                    head.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or span.start != span.sent.start
                    # "Modi met Meloni": a name opening the sentence, as its subject, that is no word
                    or (not ordinary and head.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubjpass"))):
                named = self._unknown_named_in_full(head, pos)
                if named is not None:
                    # "Tanga Sheri Moon found the boy ... Moon pulled him out": the woman named in full, whom
                    # the dictionary does not know, not a leader who bears the surname
                    out = Resolution(text=span.text)
                    out.evidence.append(f"short name '{span.text}' -> '{named}', a person the dictionary does not know")
                    return out
                lead = self.resolver.leader_by_surname(words[0].text, self.date)
                if lead is not None and not self._foreign_namesake(span.text, lead):
                    self.memory.add(span.text, pos, lead)
                    return lead
        # a definite description: "the minister", "the regime", "the country"
        if res.country is None and head.lower_ in COUNTRY_WORDS | {"delegation", "minister", "leader", "president"} \
                and not _state_of_affairs(head):
            want_sector = res.sector
            m = self.memory.latest(
                pos, lambda r: r.country is not None and r.country not in IO_BODIES  # "the country" is a state
                and (want_sector is None or r.sector in (want_sector, None) or r.kind == "country"))
            if m is not None:
                out = _copy(m.res, span.text, f"description '{span.text}' -> '{m.text}'", 0.7)
                if want_sector and out.kind != "person":
                    out.sector = want_sector
                    out.code = (out.country or "") + want_sector
                return out
        # "its aircraft", "their vessels": a platform of whoever "its" is, so of that country's forces
        if not res.known and span[0].lower_ in ("its", "their") and head.lemma_.lower() in _platforms():
            res = Resolution(text=span.text, name=head.lemma_.lower(), sector="MIL", code="MIL", kind="agent",
                             confidence=0.6, evidence=[f"'{head.text}' of '{span[0].text}': armed forces"])
        # "the army", "its troops": an agent noun with no country belongs to the country in context
        # ("its" also to the organization just named: "Russia's defence ministry denied that its aircraft ...")
        if res.kind == "agent" and res.country is None and span[0].lower_ in ("the", "its", "their"):
            kinds = ("country",) if span[0].lower_ == "the" else ("country", "organization", "agent", "group")
            m = self.memory.latest(pos, lambda r: r.kind in kinds and r.country is not None, within=RECENT_CHARS)
            if m is not None:
                res.country = m.res.country
                res.code = m.res.country + (res.sector or "")
                res.confidence *= 0.7
                res.evidence.append(f"'{span.text}' belongs to the latest country named, '{m.text}'")
        if res.known:
            self.memory.add(span.text, pos, res)
        return res
