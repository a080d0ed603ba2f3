"""The trigger lexicon: ``data/lexicon/triggers.tsv`` (editable), matched over lemmas and the parse.

A pattern is a lemma sequence: the first word is the trigger's own lemma, the others must be
among its direct dependents (particles, prepositions, light-verb objects, compound modifiers),
in any order: ``call for`` (VERB), ``take part in`` (VERB), ``air strike`` (NOUN). A word ``@name``
stands for any word of the word list ``name`` (``send @platforms``: sent destroyers, jets, drones); ``@person``
for a person as the verb's only object ("called Scholz on Tuesday", not "called him a liar"). An amount
of money as the object counts as ``money``, what an amount is "of" counts too ("gave 5 million
dollars of aid": ``give aid``), and so does the object of "on"/"upon"/"to" ("agreed upon a pact",
"agreed to a trade deal").
The most specific pattern that matches wins.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Token

from .. import ontology
from ..errors import ConfigError


#: verbs of letting someone act ("allow aid trucks to enter"): whom they let act is their object
PERMITTING_VERBS = {"allow", "let", "permit", "enable", "authorize", "authorise"}
#: parts of a document that stand for it: "agreed on the text of a deal", "signed the final draft of the accord"
DOCUMENT_PARTS = {"text", "draft", "term", "terms", "wording", "details", "framework", "outline", "version", "clause"}
#: dependents that are clauses of their own: they never specify which reading of a trigger applies
SIDE_CLAUSES = {"advcl", "parataxis"}


@dataclass(frozen=True)
class TriggerRule:
    pattern: str
    pos: str
    type: str  # a PLOVER type, or NONE (a bare statement: not an event)
    mode: str | None
    cameo: str
    source: str

    @property
    def extras(self) -> frozenset[str]:
        return frozenset(self.pattern.split()[1:])

    def names(self, lemma: str) -> bool:
        """The lemma is one of the pattern's own words ("send troop": troop), or of its word classes."""
        return lemma in self.extras or self.names_by_class(lemma)

    def names_by_class(self, lemma: str) -> bool:
        return any(e.startswith("@") and lemma in word_list(e[1:]) for e in self.extras)


class Lexicon:
    def __init__(self, rules: list[TriggerRule]):
        self._memo: tuple[Doc | None, dict[tuple[int, str], TriggerRule | None]] = (None, {})
        self.rules: dict[tuple[str, str], list[TriggerRule]] = defaultdict(list)
        for r in rules:
            self.rules[(r.pattern.split()[0], r.pos)].append(r)
        #: word classes named in patterns ("send @platforms": any word of platforms.tsv as a dependent)
        self.classes = sorted({e[1:] for r in rules for e in r.extras if e.startswith("@")} - PARSE_CLASSES)
        for lst in self.rules.values():
            # the most specific first; at equal length a content word beats a bare preposition ("agree swap"
            # before "agree to" for "agreed to a prisoner swap")
            # and a word beats a word class ("send aircraft" before "send @platforms")
            lst.sort(key=lambda r: (len(r.extras), len(r.extras - _PARTICLES),
                                    -sum(e.startswith("@") for e in r.extras)), reverse=True)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_memo": (None, {})}  # a worker gets the rules, not the last document

    def __len__(self) -> int:
        return sum(len(v) for v in self.rules.values())

    def match(self, tok: Token, pos: str | None = None) -> TriggerRule | None:
        """The most specific rule for this token, or None.

        Remembered for the document being coded: the coder's stages ask about the same token
        about three times, and a match reads the token's whole neighbourhood. (The memo holds
        its document, so a document freed and another made at its address cannot be confused;
        a thread that meets another thread's document starts a memo of its own.)"""
        pos = pos or ("VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None)
        if pos is None:
            return None
        memo = self._memo
        if memo[0] is not tok.doc:
            memo = self._memo = (tok.doc, {})
        key = (tok.i, pos)
        if key not in memo[1]:
            memo[1][key] = self._match(tok, pos)
        return memo[1][key]

    def _match(self, tok: Token, pos: str) -> TriggerRule | None:
        rules = self.rules.get((tok.lemma_.lower(), pos))
        if not rules and pos == "NOUN":
            rules = self.rules.get((tok.text.lower(), pos))
        if not rules:
            return None
        # a clause beside the trigger says nothing of what it acts on: "denied entry to a journalist,
        # claiming that ..." is no denial of a claim
        # (an infinitive is no side clause: "gave the envoy 72 hours to leave")
        # (nor does a date: "called Scholz on Tuesday" is no "call on")
        deps = {c.lemma_.lower() for c in tok.children if (c.dep_ not in SIDE_CLAUSES
                or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) and not dated(c)}
        # a light verb's object counts as the trigger's dependent too ("take part in": part -> in)
        for c in tok.children:
            if c.dep_ in ("dobj", "prt", "acomp"):
                deps.update(g.lemma_.lower() for g in c.children if g.dep_ in ("prep", "prt"))
            if c.dep_ in ("dobj", "ccomp") and (c.lower_ == "what" or any(
                    g.lower_ == "what" and g.dep_ == "nsubj" for g in c.children)):
                # "launched what appeared to be a ballistic missile": what it appeared to be
                deps.update(g.lemma_.lower() for g in c.subtree if g.dep_ == "attr")
            if c.dep_ == "dobj":
                # "set free two hostages" parsed with "free" on the hostages
                deps.update(g.lemma_.lower() for g in c.children if g.dep_ == "amod" and g.pos_ == "ADJ")
                # "eased curfew hours": the noun the object is named by
                deps.update(g.lemma_.lower() for g in c.children if g.dep_ == "compound" and g.pos_ == "NOUN")
                if c.ent_type_ == "PERSON" or c.lower_ in ("jr.", "jr", "sr.", "ii", "iii"):
                    # "received Philippine President Ferdinand Marcos Jr.": the title before the name
                    deps.update(g.lemma_.lower() for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN")
                if c.ent_type_ == "MONEY":
                    deps.add("money")  # "gave Ukraine 5 million dollars"
                # "5 million dollars of aid": what the amount is of
                deps.update(g.lemma_.lower() for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children if g.dep_ == "pobj")
            if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in word_list("deadlines"):
                # "gave the envoy 48 hours to leave": an ultimatum's time, and what it is given for
                deps.update(g.lemma_.lower() for g in c.children if g.dep_ in ("relcl", "acl")
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children))
            if c.dep_ == "prep" and c.lower_ == "of" and pos == "NOUN":
                # "a suspension of aid", "the release of prisoners": what the act is of specifies the noun
                deps.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
            if c.dep_ == "dobj" and tok.lemma_.lower() == "agree":
                deps.add("upon")  # "agreed a trade deal" (British usage) is "agreed upon a trade deal"
            if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to"):
                # "agreed upon a pact", "agreed to a trade deal": the object of the preposition specifies the verb
                deps.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
            if c.dep_ in ("dobj", "prep"):
                # "agreed on the text of a trade deal", "signed the final draft of the accord": what a document's
                # part is of
                parts = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
                deps.update(g.lemma_.lower() for part in parts if part.lemma_.lower() in DOCUMENT_PARTS
                            for p in part.children if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children if g.dep_ == "pobj")
        if _calls_someone(tok):
            deps.add("@person")  # "Trump called King Salman on Saturday": a phone call
        if tok.lemma_.lower() in PERMITTING_VERBS:
            # "allowed aid trucks to enter Gaza" parsed with the trucks as the subject of "enter"
            deps.update(g.lemma_.lower() for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                        for g in c.children if g.dep_ == "nsubj")
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            deps.add(tok.head.lemma_.lower())
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and pos == "VERB":
            deps.add(tok.head.lemma_.lower())  # "police records released under a request": what is released
        if tok.dep_ == "relcl" and pos == "VERB" and any(
                c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in tok.children):
            deps.add(tok.head.lemma_.lower())  # "a deal that he struck": the relative pronoun's noun is the object
        # a word class stands for what the verb acts on: its object ("sent destroyers"), not any
        # preposition's ("passengers were transferred to ships")
        if self.classes:
            # (what one is called is named too: "called the minister a liar", "called him a very stupid guy")
            named = [c for c in tok.children if c.dep_ in ("oprd", "attr")] + [
                a for c in tok.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"]
            objects = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                       or c.dep_ == "npadvmod" and c.pos_ == "NOUN"} | {
                g.lemma_.lower() for c in named for g in (c, *c.children) if g is c or g.dep_ == "amod"} | {
                g.lemma_.lower() for c in tok.children if c.dep_ == "dobj" for p in c.children
                if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}
            deps.update(f"@{name}" for name in self.classes if not objects.isdisjoint(word_list(name)))
        # "gave in to pressure" has a particle; "gave a speech to sailors in a visit to Bahrain" only a place
        particle_in = any(c.lower_ == "in" and (c.dep_ == "prt" or not any(g.dep_ == "pobj" for g in c.children))
                          for c in tok.children)
        for r in rules:
            if r.extras <= deps and (particle_in or "in" not in r.extras or r.pattern.split()[0] not in PARTICLE_IN_VERBS):
                return r
        return None


#: verbs whose "in" in a rule is a particle ("give in", "cave in", "dig in", "take in refugees"), never a place
PARTICLE_IN_VERBS = frozenset({"give", "cave", "dig", "take"})
#: word classes read off the parse, not from a word list
PARSE_CLASSES = frozenset({"person"})
#: heads of noun phrases naming a leader one calls: "called his Lebanese counterpart"
_CALLEE_HEADS = frozenset({"counterpart", "president", "minister", "premier", "chancellor", "king", "emir", "leader",
                           "secretary", "prince", "ambassador", "envoy", "governor", "mayor", "senator", "pope",
                           "queen", "sultan", "chairman", "commander",
                           # and people one looks for: "police seek missing woman", "seek a gunman"
                           "man", "woman", "girl", "boy", "teen", "teenager", "child", "person", "suspect", "driver",
                           "gunman", "killer", "robber", "fugitive", "inmate", "witness", "escapee"})


def _calls_someone(verb: Token) -> bool:
    """A verb whose object is a person and nothing more: "called Scholz", "phoned his counterpart"
    (not "called Trump a liar", "called him", "called elections")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    if len(objs) != 1 or any(c.dep_ in ("xcomp", "acomp", "attr", "ccomp") for c in verb.children):
        return False
    o = objs[0]
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in o.children):
        return False  # "called tax increases job killers": a naming, parsed as one object
    if any(c.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
           for c in o.children):
        return False  # "called Sweden's ambassador a dangerous man": a naming, the name parsed onto the object
    return o.ent_type_ == "PERSON" or o.pos_ == "PROPN" or o.lemma_.lower() in _CALLEE_HEADS


def dated(prep: Token) -> bool:
    """A preposition whose object is a date or a time ("on Tuesday", "for two hours")."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return prep.dep_ == "prep" and bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


#: pattern words that only pick a verb's preposition or particle
_PARTICLES = frozenset({"to", "on", "upon", "with", "for", "against", "in", "into", "at", "off", "out", "up", "down",
                        "over", "by", "from", "of", "about"})


def _read(path: Path, rules: list[TriggerRule]) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, row in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            where = f"{path.name}:{lineno}"
            try:
                pattern = " ".join(row["pattern"].lower().split())
                pos = row["pos"].strip().upper()
                typ = row["type"].strip().upper()
                mode = (row.get("mode") or "").strip() or None
                code = (row.get("cameo") or "").strip()
            except (KeyError, AttributeError) as exc:
                raise ConfigError(f"{where}: malformed line ({exc})") from exc
            unknown = [w for w in pattern.split()[1:] if w.startswith("@") and not w[1:].startswith(WORD_LISTS)
                       and w[1:] not in PARSE_CLASSES]
            if unknown:
                raise ConfigError(f"{where}: {unknown[0]!r} names no word list (one of: {', '.join(WORD_LISTS)})")
            if typ != "NONE" and typ not in ontology.PLOVER_TYPES:
                raise ConfigError(f"{where}: unknown PLOVER type {typ!r}")
            if mode and typ != "NONE" and mode not in ontology.MODES.get(typ, ()):
                raise ConfigError(f"{where}: {mode!r} is not a mode of {typ} (modes: "
                                  f"{', '.join(ontology.MODES.get(typ, ())) or 'none'})")
            if code and code not in ontology.cameo_table():
                raise ConfigError(f"{where}: unknown CAMEO code {code!r}")
            if typ != "NONE" and not code:
                code = ontology.cameo_for(typ, mode)
            rules.append(TriggerRule(pattern, pos, typ, mode, code, where))


@lru_cache(maxsize=1)
def _lexicon_files() -> list[Path]:
    base = Path(str(resources.files("eventwire") / "data" / "lexicon"))
    paths = sorted(base.glob("*.tsv"))
    for d in filter(None, os.environ.get("EVENTWIRE_LEXICON_DIRS", "").split(os.pathsep)):
        paths += sorted(Path(d).glob("*.tsv"))
    return paths


def files() -> list[Path]:
    """The lexicon files in use, shipped and the user's (``EVENTWIRE_LEXICON_DIRS``), in load order."""
    return list(_lexicon_files())


def load() -> Lexicon:
    """Shipped lexicon plus any user files in ``EVENTWIRE_LEXICON_DIRS`` (later lines add rules).
    Files named ``instruments*.tsv`` and ``facilities*.tsv`` are word lists (see :func:`word_list`)."""
    rules: list[TriggerRule] = []
    for p in _lexicon_files():
        if not p.name.startswith(WORD_LISTS):
            _read(p, rules)
    return Lexicon(rules)


WORD_LISTS = ("instruments", "facilities", "accidents", "metaphors", "frames", "platforms", "undergone", "property",
              "deadlines", "carriers", "cargo", "vehicles", "animals", "insults", "assertions", "honors",
              "workplaces", "topics", "documents", "disasters", "depictions")


@lru_cache(maxsize=32)
def word_list(family: str) -> frozenset[str]:
    """Lemmas listed in the ``<family>*.tsv`` files (column ``lemma``) of the lexicon folders.

    ``instruments``: weapons, never actors ("fired missiles at Kharkiv" targets Kharkiv).
    ``facilities``: places that stand for those who hold them when attacked ("an army base").
    ``accidents``: words that make a killing or a hit an accident ("accidentally hit her").
    ``vehicles``: what makes a hit a road accident when it is the agent ("was struck by a truck and killed").
    ``animals``: attackers or victims that make an attack no political event ("a killer bee attack").
    ``metaphors``: what one can "fight" or "attack" without an enemy ("flood fighting", "fight crime").
    ``undergone``: nouns of acts whose possessor undergoes them ("his arrest", "Navalny's release").
    ``property``: what is returned to its owner ("returned stolen paintings to Italy": RETREAT 0842).
    ``honors``: medals, orders and prizes: conferring one praises its holder ("awarded the Order of Merit to").
    ``depictions``: portraits, statues, photos: whom one shows is no party ("handed back a painting of a fisherman").
    ``assertions``: what someone said or found, whose author one disputes ("refuted the minister's comments").
    ``deadlines``: units of an ultimatum's time ("gave the envoy 48 hours to leave").
    ``documents``: laws and measures, which "target" or "hit" no one in an attack ("a law that targets tax
    evaders").
    ``disasters``: floods, storms, quakes: a story about one sends forces out to help, not to threaten.
    ``topics``: what a meeting is about, never a party to it ("a summit on the future of Syria").
    ``carriers`` and ``cargo``: what carries aid into a place, and what makes it aid ("aid trucks crossed into
    Darfur", "a convoy carrying food entered Gaza")."""
    return frozenset(word_table(family, "lemma"))


@lru_cache(maxsize=8)
def word_table(family: str, column: str) -> dict[str, str]:
    """One column of the ``<family>*.tsv`` word lists, by lemma: ``workplaces`` gives the sector of the
    employer a workplace stands for ("nurses struck at the hospital": its owner, health, MED)."""
    out: dict[str, str] = {}
    for p in _lexicon_files():
        if p.name.startswith(family):
            with p.open(encoding="utf-8", newline="") as fh:
                out.update((row["lemma"].strip().lower(), (row.get(column) or "").strip())
                           for row in csv.DictReader(fh, delimiter="\t") if row.get("lemma"))
    return out


def instruments() -> frozenset[str]:
    return word_list("instruments")


def platforms() -> frozenset[str]:
    return word_list("platforms")
