"""Checks on an article before it is coded: its language, and whether its publication date can anchor
relative dates ("last Tuesday").

Language is detected with py3langid (langid.py's maintained fork; its model ships in the wheel, so
nothing downloads). Detection decides, not a declared ``language`` field: dumps often say "en" for
everything. Short texts are not judged: below ``MIN_LETTERS`` letters a detector is mostly guessing,
and a one-line English headline must not be skipped because it looked like Dutch.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

#: texts with fewer letters than this are taken to be in the language the coder reads
MIN_LETTERS = 40
#: a text is called non-English only when the detector gives its language at least this probability ...
MIN_PROBABILITY = 0.5
#: ... and English less than this (a list of names or a short mixed text stays in)
MAX_WANTED_PROBABILITY = 0.01
#: the detector reads this many characters from the start of the article (enough, and fast)
SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_probabilities(text: str) -> dict[str, float]:
    """Probability of each language (ISO 639-1) for the start of ``text``; empty when too short to judge."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return {}
    # case carries no language signal, and ALL-CAPS wire copy confuses the character n-grams
    return {lang: float(p) for lang, p in _identifier().rank(sample.lower())}


def detect_language(text: str) -> tuple[str | None, float]:
    """The most likely language and its probability, or ``(None, 0.0)`` when the text is too short."""
    probs = language_probabilities(text)
    if not probs:
        return None, 0.0
    lang = max(probs, key=probs.__getitem__)
    return lang, probs[lang]


def language_skip_reason(text: str, wanted: str = "en") -> tuple[str | None, str | None]:
    """(detected language, reason to skip or None). ``wanted="any"`` never skips."""
    probs = language_probabilities(text)
    if not probs:
        return None, None
    lang = max(probs, key=probs.__getitem__)
    prob = probs[lang]
    if wanted == "any" or lang == wanted or prob < MIN_PROBABILITY or probs.get(wanted, 0.0) >= MAX_WANTED_PROBABILITY:
        return lang, None
    return lang, (f"language is {lang!r} (detected, p={prob:.2f}), not {wanted!r}; "
                  f"use --language any to code it anyway")


def date_warnings(published: dt.date | dt.datetime | None, today: dt.date | None = None) -> list[str]:
    """Why relative dates in the article cannot be trusted, if they cannot."""
    today = today or dt.date.today()
    if published is None:
        return ["no publication date: relative dates ('last Tuesday', 'Thursday') are left unresolved; "
                "give --published or a 'published' field"]
    day = published.date() if isinstance(published, dt.datetime) else published
    if day > today:
        return [f"publication date {day.isoformat()} is in the future; relative dates are resolved against it"]
    return []
