"""Name safety: ordinary words that are also names ("national", "guardian", "labour") never make a
named actor in text that uses them as words. The probe (tests/fixtures/name_safety_probe.txt) is
project-written news copy full of such words, some in ALL CAPS or all lowercase, with no such actor."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

PROBE = Path(__file__).parent / "fixtures" / "name_safety_probe.txt"


@lru_cache(maxsize=1)
def _word_names() -> frozenset[str]:
    """Names of the organizations and groups that some ordinary word also names."""
    from eventwire.actors.kb import load

    kb = load()
    return frozenset(e.name for key in kb.ordinary for e in kb.index.get(key, ()) if e.kind in ("organization", "group"))


def _sentences() -> list[str]:
    return [line.strip() for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_probe_is_large_enough():
    assert len(_sentences()) >= 300
    assert len(_word_names()) >= 20


def test_no_phrase_of_the_probe_resolves_to_a_word_name():
    from eventwire import nlp
    from eventwire.actors.resolver import get_resolver
    from eventwire.textprep import prepare

    resolver, names = get_resolver(), _word_names()
    false = []
    texts = [prepare(s).text for s in _sentences()]  # as the pipeline reads them (case restored)
    for sent, doc in zip(_sentences(), nlp.load().pipe(texts)):
        spans = list(doc.noun_chunks) + list(doc.ents)
        for span in spans:
            res = resolver.resolve(span.text, names=[span.text], sentence_start=span.start == span.sent.start,
                                   label=span.root.ent_type_ or None,
                                   modifier=span.root.dep_ == "compound")
            if res.name in names:
                false.append(f"{span.text!r} -> {res.name} in: {sent}")
    assert not false, f"{len(false)} false matches:\n" + "\n".join(false[:40])


@pytest.mark.parametrize("chunk", [0, 1, 2])
def test_no_event_of_the_probe_has_a_word_name_as_actor(chunk):
    import eventwire

    names = _word_names()
    sents = _sentences()[chunk::3]
    false = []
    for out in eventwire.code_articles([{"id": f"p{i}", "text": s, "published": "2024-05-15"}
                                        for i, s in enumerate(sents)], language="any"):
        for ev in out.events:
            for actor in (ev.source, ev.target):
                if actor is not None and actor.name in names:
                    false.append(f"{actor.text!r} -> {actor.name} in: {ev.sentence}")
    assert not false, "\n".join(false)
