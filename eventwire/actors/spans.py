"""Actor spans from the parse: the whole noun phrase around a head, split at coordination.

"the Russian Defense Minister, Sergei Shoigu" is one actor (apposition kept); "Kim and
Shoigu" is two (one event per actor pair); relative clauses and participle tails
("who heads a delegation", "invited to witness") are cut off.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .kb import load as load_kb
from .kb import normalize

#: prepositional modifiers that stay inside a name ("Minister of Defence", "agency of the country")
KEEP_PREPS = {"of", "for", "in", "from"}


def _ampersand(tok: Token) -> bool:
    """"Hartman & Tyner Inc.", "Procter & Gamble": an ampersand joins the words of one name."""
    return tok.dep_ == "cc" and tok.text == "&" or tok.dep_ == "conj" and any(
        c.dep_ == "cc" and c.text == "&" and c.i < tok.i for c in tok.head.children)


def _name_words(tok: Token) -> str:
    """The token with the compound words before it: "South Korea" for "Korea"."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start: tok.i + 1].text


def _listed_country(tok: Token, head: Token) -> bool:
    """"India, Pakistan agree to ceasefire": headline style lists countries with a bare comma, parsed as an
    apposition; two countries are two actors ("Paris, France" and "Kyiv, Ukraine" are one place)."""
    if head.ent_type_ != "GPE" or tok.ent_type_ != "GPE":
        return False
    if tok.dep_ == "appos" and tok.head.i == head.i:
        first, second = head, tok
    elif tok.dep_ in ("npadvmod", "dep") and head.dep_ == "nsubj" and tok.head.i == head.head.i and tok.i < head.i \
            and tok.left_edge.i == tok.sent.start:
        first, second = tok, head  # "US, China agree to resume talks", parsed with the first as a modifier
    else:
        return False
    if [t.text for t in head.doc[first.i + 1: second.i] if t.dep_ != "compound"] != [","]:
        return False
    kb = load_kb()
    return all(any(e.kind == "country" for e in kb.lookup(normalize(name), name))
               for name in (_name_words(head), _name_words(tok)))


def _excluded(tok: Token, head: Token) -> bool:
    if _listed_country(tok, head):
        return True
    if tok.dep_ in ("cc", "conj") and (_inside_name(tok, head) or _same_entity(tok, head) or _ampersand(tok)):
        return False  # "Immigration and Customs Enforcement": the coordination is inside one name
    if tok.dep_ in ("relcl", "acl", "advcl", "cc", "conj"):
        return True
    if tok.dep_ == "prep" and tok.lower_ not in KEEP_PREPS:
        # ("Doctors Without Borders": a capitalized preposition mid-sentence, before a capitalized name, is a
        # word of the name)
        return not (tok.text[:1].isupper() and not tok.is_sent_start and tok.i == head.i + 1 and any(
            g.dep_ == "pobj" and g.text[:1].isupper() for g in tok.children))
    if tok.dep_ == "appos" and head.ent_type_ in ("GPE", "LOC") and tok.ent_type_ == "PERSON":
        return True  # "pulled out of Mali, Defence Secretary Jane Doe said": a place is no person
    if tok.dep_ == "prep" and tok.lower_ == "in" and head.ent_type_ in ("PERSON", "GPE"):
        return True  # "Kim in Pyongyang": the place is not part of the actor
    if tok.dep_ == "amod" and tok.lower_ == "free" and tok.i < head.i and head.dep_ == "dobj" \
            and head.head.lemma_.lower() in ("set", "let", "cut", "turn"):
        return True  # "set free two hostages": "free" is the verb's, parsed onto its object
    if tok.dep_ == "appos" and head.dep_ in ("dobj", "oprd") and head.head.lemma_.lower() in ("call", "label", "brand", "dub") \
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in tok.children):
        return True  # "called Britain's ambassador a very stupid guy": the name given is no part of whom
    return False
    return False


def _inside_name(tok: Token, head: Token) -> bool:
    """A coordination among the capitalized words before a proper name's head ("Immigration and Customs
    Enforcement", "the Bureau of Alcohol, Tobacco and Firearms" is another shape): not two actors. Peoples and
    places stay apart ("Bosnian and Croat forces" are two)."""
    parent = tok.head
    if head.pos_ != "PROPN" or parent.i == head.i or not (tok.i < head.i and parent.i < head.i):
        return False
    words = [t for t in (tok, parent) if t.dep_ != "cc"]
    return all(t.text[:1].isupper() and t.ent_type_ not in ("NORP", "GPE") for t in words)


def _same_entity(tok: Token, head: Token) -> bool:
    """Are both in one organization's name as the parser tagged it ("the Department of Housing and Urban
    Development")? Read off the tokens between them, so long articles stay linear."""
    if head.ent_type_ != "ORG" or tok.ent_type_ != "ORG":
        return False
    lo, hi = sorted((tok.i, head.i))
    return all(t.ent_iob_ == "I" for t in head.doc[lo + 1: hi + 1])


def phrase_tokens(head: Token) -> list[Token]:
    """Tokens of the actor phrase headed by ``head``, contiguous, without coordination."""
    kept = {head.i}
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if _excluded(c, head):
                continue
            kept.add(c.i)
            stack.append(c)
    doc = head.doc
    lo = hi = head.i
    while lo - 1 in kept:
        lo -= 1
    while hi + 1 in kept:
        hi += 1
    # a flat name ("Kim Jong - un") can leave punctuation out of the kept set: bridge it
    while hi + 2 in kept and doc[hi + 1].is_punct and doc[hi + 1].text in "-'’":
        hi += 2
        while hi + 1 in kept:
            hi += 1
    toks = [doc[i] for i in range(lo, hi + 1)]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    # "the National Roads Maintenance Agency (NRMA)": a bracket the phrase opens, it also closes
    if toks and toks[-1].i + 1 < len(doc) and doc[toks[-1].i + 1].text == ")" \
            and sum(t.text == "(" for t in toks) > sum(t.text == ")" for t in toks):
        toks.append(doc[toks[-1].i + 1])
    return toks or [head]


def phrase_span(head: Token) -> Span:
    toks = phrase_tokens(head)
    return head.doc[toks[0].i: toks[-1].i + 1]


def conjuncts(head: Token) -> list[Token]:
    """The head and its coordinated nouns: "Iran, Libya and North Korea" -> three heads."""
    out = [head] + [c for c in list(head.children) + ([] if head.head.i == head.i else list(head.head.children))
                    if c.i != head.i and _listed_country(c, head)]
    for c in head.conjuncts:
        if c.pos_ in ("NOUN", "PROPN", "PRON") and c.i > head.i and not _ampersand(c):
            out.append(c)
    return out


def proper_names(span: Span) -> list[str]:
    """Proper-name runs inside a phrase, for person lookup ("Seguéi Shoigu")."""
    # entity runs read off the span's own tokens: ``span.ents`` walks every entity of the document,
    # which makes long articles quadratic
    names, run_ent = [], []
    for t in list(span) + [None]:
        if t is not None and t.ent_type_ in ("PERSON", "ORG") and (t.ent_iob_ == "I" and run_ent or t.ent_iob_ == "B"):
            if t.ent_iob_ == "B" and run_ent:
                names.append(span.doc[run_ent[0].i: run_ent[-1].i + 1].text)
                run_ent = []
            run_ent.append(t)
            continue
        if run_ent:
            names.append(span.doc[run_ent[0].i: run_ent[-1].i + 1].text)
        run_ent = []
    run: list[Token] = []
    for t in list(span) + [None]:
        if t is not None and (t.pos_ == "PROPN" or (run and t.text in "-")):
            run.append(t)
            continue
        if len(run) >= 2:
            names.append(span.doc[run[0].i: run[-1].i + 1].text)
        run = []
    return list(dict.fromkeys(names))
