"""Frames that make an event word no political event: a film plot, a commemoration, a match, a
market move.

"Russian agents kidnap the president" is an event; "In the film, Russian agents kidnap the
president" is not. "Brazil crushed Argentina 3-0", "the yen retreated", "Poland commemorated the
Warsaw Uprising" use the words of conflict for no conflict at all. The frame words are data
(``data/lexicon/frames_*.tsv``); this module only says where they must stand to frame a trigger:

- fiction and commemoration: on the trigger's way up to its sentence root (a head it hangs from:
  "the anniversary of the invasion", "commemorated the Uprising", "the sequel, in which a
  submarine threatens"), as the subject of a verb on that way ("the play portrays ..."), or
  fronted in an "In the film," phrase;
- contest: anywhere in the sentence outside the event's actor phrases ("the Arab League" is no
  match), for material conflict and retreats, unless security forces, armed groups, courts or a
  government take part ("police arrested fans after the match" stays);
- market: the subject of the trigger is a market, a price or a currency ("stocks plunged",
  "Wall Street fought back").

A trigger that is part of a name ("the Warsaw Uprising", "Counter-Strike") is no event either.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import word_list

#: sectors whose presence makes a contest-framed conflict real: "police clashed with fans at the match"
REAL_SIDES = {"COP", "MIL", "SPY", "REB", "INS", "UAF", "JUD", "GOV", "SEP"}
#: what a contest frame can fake: the words of fighting and retreating
CONTEST_TYPES = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "THREATEN", "RETREAT"}
NAME_ENTS = {"EVENT", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "ORG"}


@dataclass(frozen=True)
class FrameWords:
    fiction: frozenset[str]
    commemoration: frozenset[str]
    contest: frozenset[str]
    market: frozenset[str]

    @classmethod
    def load(cls) -> FrameWords:
        return cls(*(word_list(f"frames_{f}") for f in ("fiction", "commemoration", "contest", "market")))


def _score_after(trigger: Token) -> str | None:
    """A game's score just after the verb: "a team they beat 45-23", "crushed Argentina 3-0" (not a count of
    people, "killed 3-4 militants", whose second number counts a noun)."""
    doc, end = trigger.doc, min(trigger.sent.end, trigger.i + 7)
    for k in range(trigger.i + 1, end - 2):
        a, dash, b = doc[k], doc[k + 1], doc[k + 2]
        if a.like_num and b.like_num and dash.text in ("-", "–", "—") and a.dep_ != "quantmod" \
                and b.dep_ not in ("nummod", "quantmod") and len(a.text) <= 3 and len(b.text) <= 3:
            return f"{a.text}{dash.text}{b.text}"
    return None


def _chain(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _fronted_in(verb: Token, words: frozenset[str]) -> Token | None:
    """"In the film, ...", "In Hearts of Iron IV, ..." (a named work)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (_lemma(obj) in words or obj.ent_type_ in ("WORK_OF_ART", "PRODUCT")):
                return obj
    return None


def _framed_by(trigger: Token, words: frozenset[str], fronted: bool) -> Token | None:
    """A frame word above the trigger, as the subject (or its possessor) of a verb above it, or fronted."""
    for t in _chain(trigger)[1:] + [trigger]:
        if t.i != trigger.i and _lemma(t) in words:
            return t
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != trigger.i:
                for w in [c, *(g for g in c.children if g.dep_ in ("poss", "compound"))]:
                    if _lemma(w) in words:
                        return w
        if fronted and t.pos_ in ("VERB", "AUX"):
            found = _fronted_in(t, words)
            if found is not None:
                return found
    return None


def in_name(trigger: Token) -> bool:
    """The trigger word is part of a name: "the Warsaw Uprising", "the Battle of Britain", "Counter-Strike"."""
    if trigger.pos_ != "PROPN":
        return False
    if trigger.ent_type_ in NAME_ENTS:
        return True
    i = trigger.i
    doc = trigger.doc
    if i > 0 and doc[i - 1].text == "-" and i > 1 and doc[i - 2].is_title:
        return True
    # "the Minnesota State Patrol", "the Border Patrol": a capitalized head of capitalized words is a name's
    # (not in a headline written in title case: "Israeli Air Strikes Kill 10")
    words = [t for t in trigger.sent if t.is_alpha and len(t) > 3]
    title_case = bool(words) and sum(t.is_title for t in words) > 0.6 * len(words)
    return trigger.is_title and not title_case and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title for c in trigger.children)


def frame(trigger: Token, event_type: str, sides: list[tuple[str | None, bool]], actor_tokens: set[int],
          words: FrameWords) -> str | None:
    """Why the event is no political event, or None. ``sides``: (sector, stands for a place) of the
    source and target; ``actor_tokens``: token indexes inside their phrases."""
    if in_name(trigger) and event_type in CONTEST_TYPES | {"ACCUSE", "REJECT"}:
        # a named fight is history or a game ("the Warsaw Uprising", "Counter-Strike"); a named summit is news
        return f"'{trigger.text}' is part of a name"
    found = _framed_by(trigger, words.fiction, fronted=True)
    if found is not None:
        return f"a story told, not news: '{found.text}'"
    found = _framed_by(trigger, words.commemoration, fronted=False)
    if found is not None:
        return f"remembered, not done: '{found.text}'"
    holder = trigger.head if trigger.dep_ == "dobj" else trigger  # "the exchange staged a counterattack"
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for _ in range(2):  # "the VIX exploded ... before retreating": the mover of the clause it hangs from
        if subj is not None or holder.head.i == holder.i:
            break
        if holder.dep_ == "pcomp":
            holder = holder.head.head
        elif holder.dep_ in ("advcl", "xcomp", "conj"):
            holder = holder.head
        else:
            break
        subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        phrase = " ".join(t.lower_ for t in subj.subtree)
        if _lemma(subj) in words.market or any(w in phrase for w in words.market if " " in w) or any(
                _lemma(c) in words.market for c in subj.children if c.dep_ == "appos"):
            return f"a market move: '{subj.text}'"
    if event_type in CONTEST_TYPES and not any(sector in REAL_SIDES and not place for sector, place in sides):
        sent = trigger.sent
        score = _score_after(trigger)
        if score:
            return f"a contest, not a fight: the score '{score}'"
        for t in sent:
            if t.i not in actor_tokens and _lemma(t) in words.contest and t.pos_ in ("NOUN", "PROPN", "ADJ"):
                return f"a contest, not a fight: '{t.text}'"
    return None
