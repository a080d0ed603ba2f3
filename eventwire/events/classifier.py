"""The dyad classifier: PLOVER type and mode of what a marked source does to a marked target.

It sees the sentence AND the two spans: its features are read off the dependency path
between the source and the target (the verb or noun that governs both, its particles,
prepositions, negation and auxiliaries), the trigger lexicon's verdict on the words of that
path, and the words between and around the actors. A multinomial logistic regression over
those features; the weights ship as a small JSON+NumPy file (no pickle, no torch), trained by
``python -m eventwire.events.train`` on the project's own corpus in ``training/events/``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from .. import ontology
from .lexicon import Lexicon
from .lexicon import load as load_lexicon

MODEL_DIR = "data/models"
MODEL_NAME = "dyad"
LABELS_NONE = "NONE"


@dataclass
class Prediction:
    type: str
    mode: str | None
    cameo_code: str | None
    quad_class: int | None
    confidence: float
    probabilities: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_type": None if self.type == LABELS_NONE else self.type,
            "event_mode": self.mode,
            "cameo_code": self.cameo_code,
            "quad_class": self.quad_class,
            "confidence": round(self.confidence, 3),
        }


def _tokens_in(doc: Doc, span: tuple[int, int] | None) -> list[Token]:
    if span is None:
        return []
    return [t for t in doc if t.idx < span[1] and t.idx + len(t.text) > span[0] and not t.is_space]


def _head(toks: list[Token]) -> Token | None:
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


def _ancestors(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _path(a: Token, b: Token) -> tuple[list[Token], Token | None, list[Token]]:
    """(up from a, lowest common ancestor, up from b), excluding a and b."""
    anc_a = _ancestors(a)
    anc_b = _ancestors(b)
    ids_b = {t.i: k for k, t in enumerate(anc_b)}
    for k, t in enumerate(anc_a):
        if t.i in ids_b:
            return anc_a[1:k], t, anc_b[1:ids_b[t.i]]
    return anc_a[1:], None, anc_b[1:]


def _rule_feats(tok: Token, lex: Lexicon, prefix: str, out: list[str]) -> None:
    r = lex.match(tok)
    if r is not None:
        out.append(f"{prefix}lex={r.type}")
        out.append(f"{prefix}lexmode={r.type}:{r.mode}")
        out.append(f"{prefix}lexroot={r.cameo[:2]}")


def _tok_feats(tok: Token, prefix: str, lex: Lexicon, out: list[str]) -> None:
    lem = tok.lemma_.lower()
    out.append(f"{prefix}lem={lem}")
    for c in tok.children:
        if c.dep_ in ("prt", "prep", "agent", "dative"):
            out.append(f"{prefix}lem+{c.dep_}={lem}_{c.lower_}")
        elif c.dep_ in ("dobj",):
            out.append(f"{prefix}lem+obj={lem}_{c.lemma_.lower()}")
            _rule_feats(c, lex, prefix + "obj", out)
        elif c.dep_ in ("neg",):
            out.append(f"{prefix}neg")
        elif c.dep_ in ("aux", "auxpass"):
            out.append(f"{prefix}aux={c.lower_}")
        elif c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB":
            out.append(f"{prefix}comp={lem}>{c.lemma_.lower()}")
            _rule_feats(c, lex, prefix + "comp", out)
        elif c.dep_ in ("amod", "compound") and tok.pos_ == "NOUN":
            out.append(f"{prefix}mod={c.lemma_.lower()}_{lem}")
    _rule_feats(tok, lex, prefix, out)


def featurize(doc: Doc, src: tuple[int, int], tgt: tuple[int, int] | None, lex: Lexicon | None = None,
              trigger: Token | None = None) -> list[str]:
    """Feature strings for one (sentence, source span, target span) triple."""
    lex = lex or load_lexicon()
    feats: list[str] = ["bias"]
    s_toks = _tokens_in(doc, src)
    t_toks = _tokens_in(doc, tgt)
    s, t = _head(s_toks), _head(t_toks)
    if s is None:
        return feats
    s_ids = {x.i for x in s_toks}
    t_ids = {x.i for x in t_toks}
    feats.append(f"s_dep={s.dep_}")
    if t is None:
        feats.append("no_target")
        gov = s.head
        feats.append(f"s_head_dep={s.dep_}_{gov.lemma_.lower()}")
        _tok_feats(gov, "g_", lex, feats)
    else:
        feats.append(f"t_dep={t.dep_}")
        feats.append(f"order={'st' if s.i < t.i else 'ts'}")
        up_s, lca, up_t = _path(s, t)
        if lca is None:
            feats.append("no_path")
        else:
            if lca.i in s_ids or lca.i in t_ids:
                feats.append("lca_in_actor")
            _tok_feats(lca, "lca_", lex, feats)
            feats.append(f"path={'/'.join(x.dep_ for x in up_s)}|{lca.pos_}|{'/'.join(x.dep_ for x in up_t)}")
            feats.append(f"s_rel={s.dep_}>{lca.lemma_.lower()}" if not up_s else f"s_rel={up_s[-1].dep_}>{lca.lemma_.lower()}")
            t_last = up_t[-1] if up_t else t
            feats.append(f"t_rel={t_last.dep_}:{t_last.lower_ if t_last.dep_ == 'prep' else ''}>{lca.lemma_.lower()}")
            for x in up_s + up_t:
                if x.i in s_ids or x.i in t_ids:
                    continue
                feats.append(f"p_lem={x.lemma_.lower()}")
                _rule_feats(x, lex, "p_", feats)
                if x.dep_ == "prep":
                    feats.append(f"p_prep={x.head.lemma_.lower()}_{x.lower_}")
            # the verb governing a nominal LCA ("launched strikes on")
            if lca.pos_ == "NOUN" and lca.head.i != lca.i:
                feats.append(f"lca_gov={lca.head.lemma_.lower()}")
                _rule_feats(lca.head, lex, "lcagov_", feats)
        lo = min(max(s_ids), max(t_ids)) + 1
        hi = max(min(s_ids), min(t_ids))
        between = [x for x in doc[lo:hi] if not x.is_punct and not x.is_space]
        feats.append(f"gap={min(len(between), 8) // 2}")
        for x in between:
            if x.pos_ in ("VERB", "NOUN", "ADP", "ADJ", "PART", "ADV"):
                feats.append(f"b_lem={x.lemma_.lower()}")
                _rule_feats(x, lex, "b_", feats)
        for a, b in zip(between, between[1:]):
            feats.append(f"b_bi={a.lemma_.lower()}_{b.lemma_.lower()}")
    if trigger is not None:
        _tok_feats(trigger, "trig_", lex, feats)
    # context after the later actor ("... against X, killing 12")
    end = max(s_ids | t_ids) + 1
    for x in doc[end: end + 4]:
        if x.pos_ in ("VERB", "NOUN"):
            feats.append(f"after={x.lemma_.lower()}")
    start = min(s_ids | t_ids)
    for x in doc[max(0, start - 3): start]:
        if x.pos_ in ("VERB", "NOUN", "ADP"):
            feats.append(f"before={x.lemma_.lower()}")
    return feats


class DyadClassifier:
    """Logistic regression weights over hashed feature strings; prediction is a dot product."""

    def __init__(self, labels: list[str], vocab: dict[str, int], weights: np.ndarray, bias: np.ndarray,
                 name: str = MODEL_NAME, meta: dict | None = None):
        self.labels = labels
        self.vocab = vocab
        self.weights = weights
        self.bias = bias
        self.name = name
        self.meta = meta or {}
        self.lexicon = load_lexicon()

    @classmethod
    def load(cls, folder: Path | str) -> DyadClassifier:
        folder = Path(folder)
        meta = json.loads((folder / f"{MODEL_NAME}.json").read_text(encoding="utf-8"))
        arr = np.load(folder / f"{MODEL_NAME}.npz")
        vocab = {f: i for i, f in enumerate(meta["features"])}
        return cls(meta["labels"], vocab, arr["weights"].astype(np.float32), arr["bias"].astype(np.float32),
                   name=f"dyad model {meta.get('version', '?')}", meta=meta)

    def save(self, folder: Path | str) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        feats = [None] * len(self.vocab)
        for f, i in self.vocab.items():
            feats[i] = f
        meta = dict(self.meta, labels=self.labels, features=feats)
        (folder / f"{MODEL_NAME}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(folder / f"{MODEL_NAME}.npz", weights=self.weights.astype(np.float16),
                            bias=self.bias.astype(np.float32))

    def scores(self, feats: list[str]) -> np.ndarray:
        idx = [self.vocab[f] for f in set(feats) if f in self.vocab]
        z = self.bias.copy()
        if idx:
            z += self.weights[idx].sum(axis=0)
        z = z - z.max()
        p = np.exp(z)
        return p / p.sum()

    def _to_prediction(self, probs: np.ndarray) -> Prediction:
        k = int(probs.argmax())
        label = self.labels[k]
        typ, _, mode = label.partition(":")
        # the type's probability is the sum over its modes
        type_p: dict[str, float] = {}
        for lab, p in zip(self.labels, probs):
            t = lab.partition(":")[0]
            type_p[t] = type_p.get(t, 0.0) + float(p)
        best_type = max(type_p, key=type_p.get)
        if best_type != typ:
            typ = best_type
            sub = [(p, lab) for lab, p in zip(self.labels, probs) if lab.partition(":")[0] == typ]
            mode = max(sub)[1].partition(":")[2]
        mode = mode or None
        if typ == LABELS_NONE:
            return Prediction(LABELS_NONE, None, None, None, type_p[typ], type_p)
        return Prediction(typ, mode, ontology.cameo_for(typ, mode), ontology.quad_class(typ), type_p[typ], type_p)

    def predict_spans(self, doc_or_sent: Doc | Span, src: tuple[int, int], tgt: tuple[int, int] | None,
                      trigger: Token | None = None) -> Prediction:
        doc = doc_or_sent.doc if isinstance(doc_or_sent, Span) else doc_or_sent
        return self._to_prediction(self.scores(featurize(doc, src, tgt, self.lexicon, trigger)))


@lru_cache(maxsize=1)
def load_default() -> DyadClassifier | None:
    folder = Path(str(resources.files("eventwire") / MODEL_DIR))
    if not (folder / f"{MODEL_NAME}.json").is_file():
        return None
    return DyadClassifier.load(folder)


def find_span(sentence: str, phrase: str, after: int = 0) -> tuple[int, int] | None:
    """Character span of an actor phrase in the sentence (case-insensitive), or None."""
    if not phrase:
        return None
    i = sentence.find(phrase, after)
    if i < 0:
        i = sentence.lower().find(phrase.lower(), after)
    if i < 0:
        i = sentence.lower().find(phrase.lower())
    return (i, i + len(phrase)) if i >= 0 else None


def classify_dyad(sentence: str, source: str, target: str | None = None) -> Prediction:
    """Type the event that ``source`` does to ``target`` in ``sentence`` (both phrases appear in it).

    >>> classify_dyad("US Congress imposed sanctions on Cuba.", "US Congress", "Cuba").type
    'SANCTION'
    """
    from ..errors import InputError
    from ..nlp import load as load_nlp

    return classify_many([(sentence, source, target)], load_nlp())[0]


def classify_many(rows: list[tuple[str, str, str | None]], nlp=None, batch_size: int = 64) -> list[Prediction]:
    """Batch version of ``classify_dyad``: parses with ``nlp.pipe`` for speed."""
    from ..errors import InputError
    from ..nlp import load as load_nlp

    model = load_default()
    if model is None:
        raise FileNotFoundError("no dyad model shipped; run `python -m eventwire.events.train`")
    nlp = nlp or load_nlp()
    spans = []
    for k, (sentence, source, target) in enumerate(rows):
        s = find_span(sentence, source)
        if s is None:
            raise InputError(f"row {k + 1}", f"source {source!r} does not occur in the sentence")
        t = None
        if target:
            t = find_span(sentence, target, 0)
            if t is not None and t[0] < s[1] and t[1] > s[0]:
                t = find_span(sentence, target, s[1]) or t
            if t is None:
                raise InputError(f"row {k + 1}", f"target {target!r} does not occur in the sentence")
        spans.append((s, t))
    out = []
    for doc, (s, t) in zip(nlp.pipe([r[0] for r in rows], batch_size=batch_size), spans):
        out.append(model.predict_spans(doc, s, t))
    return out
