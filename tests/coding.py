"""Helpers the family tests share: code a text at a fixed publication date, and pick the event on a trigger."""

from __future__ import annotations

import eventwire


def code(text: str, published: str = "2024-06-15", **meta):
    return eventwire.code_text(text, published=published, **meta)


def one(text: str, trigger: str, published: str = "2024-06-15", **meta):
    evs = [e for e in code(text, published, **meta) if e.trigger.text == trigger]
    assert evs, f"no event on {trigger!r}: {[(e.event_type, e.trigger.text) for e in code(text, published)]}"
    return evs[0]
