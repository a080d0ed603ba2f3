"""The dyad classifier: PLOVER type and mode of what a marked source does to a marked target.

It sees the sentence AND the two spans: its features are read off the dependency path
between the source and the target (the verb or noun that governs both, its particles,
prepositions, negation and auxiliaries), the trigger lexicon's verdict on the words of that
path, and the words between and around the actors. A multinomial logistic regression over
those features; the weights ship as a small JSON+NumPy file (no pickle, no torch), trained by
``python -m eventwire.events.train`` on the project's own corpus in ``training/events/``.
When the neural typer (``neural.py``) is shipped and on, its type probabilities are averaged
with the regression's: the regression knows the lexicon and the syntax, the encoder the words.
"""

from __future__ import annotations

import json
import re
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
#: weight of the neural typer's type probabilities in the average with the logistic regression's
NEURAL_WEIGHT = 0.5


@dataclass
class Prediction:
    type: str
    mode: str | None
    cameo_code: str | None
    quad_class: int | None
    confidence: float
    probabilities: dict[str, float]
    best_type: str | None = None  # the most probable real PLOVER type, even when ``type`` is NONE

    def to_dict(self) -> dict[str, Any]:
        out = {
            "event_type": None if self.type == LABELS_NONE else self.type,
            "event_mode": self.mode,
            "cameo_code": self.cameo_code,
            "quad_class": self.quad_class,
            "confidence": round(self.confidence, 3),
        }
        if self.type == LABELS_NONE and self.best_type:
            out["best_event_type"] = self.best_type
            out["best_event_confidence"] = round(self.probabilities.get(self.best_type, 0.0), 3)
        return out


def _tokens_in(doc: Doc, span: tuple[int, int] | None) -> list[Token]:
    """Tokens overlapping a character span; a lookup, not a scan of the document (long articles)."""
    if span is None or span[1] <= span[0]:
        return []
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None:
        return []
    return [t for t in sp if not t.is_space]


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


def path(a: Token, b: Token) -> tuple[list[Token], Token | None, list[Token]]:
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


def path_governor(a: Token, b: Token) -> Token | None:
    """The verb or noun that governs both actors (their lowest common ancestor outside both)."""
    _, lca, _ = path(a, b)
    while lca is not None and lca.i in (a.i, b.i) and lca.head.i != lca.i:
        lca = lca.head
    return lca if lca is not None and lca.pos_ in ("VERB", "NOUN", "AUX") else None


def lexicon_detail(doc: Doc, src: tuple[int, int] | None, tgt: tuple[int, int] | None, typ: str,
                   lex: Lexicon) -> tuple[str | None, str] | None:
    """Mode and CAMEO code of the trigger that links the pair, for an already chosen type (see
    ``lexicon_trigger``); for AGREE with only an intent trigger near ("will meet"), CAMEO 036."""
    found = lexicon_trigger(doc, src, tgt, typ, lex, intents=True)
    if found is None:
        return None
    tok, rule = found
    if rule.type != typ:
        return None, ontology.intent_code(rule.type, rule.cameo)
    return rule.mode, rule.cameo


def lexicon_trigger(doc: Doc, src: tuple[int, int] | None, tgt: tuple[int, int] | None, typ: str,
                    lex: Lexicon, intents: bool = False):
    """(token, rule) of the trigger that links the pair, for an already chosen type.

    The model picks the type; the lexicon rule of that type nearest the pair (on the dependency
    path first, then the closest word) gives the trigger, the specific mode and code ("imposed
    sanctions" -> restrict, 163) rather than the type's generic code. None when no word of that
    type is near. With ``intents``, an AGREE pair may take an intent trigger ("will meet") on the path.
    """
    s_toks, t_toks = _tokens_in(doc, src), _tokens_in(doc, tgt)
    anchors = [x for x in (_head(s_toks), _head(t_toks)) if x is not None]
    if not anchors:
        return None
    sent = anchors[0].sent
    inside = {x.i for x in s_toks + t_toks}
    on_path: set[int] = set()
    if len(anchors) == 2:
        up_a, lca, up_b = path(*anchors)
        on_path = {x.i for x in up_a + up_b + ([lca] if lca is not None else [])}
    else:
        on_path = {x.i for x in _ancestors(anchors[0])[1:4]}
    best, intent = None, None
    for tok in sent:
        if tok.i in inside:
            continue
        rule = lex.match(tok)
        if rule is None:
            continue
        near = tok.i in on_path or tok.head.i in on_path
        key = (not near, min(abs(tok.i - a.i) for a in anchors))
        if rule.type == typ and (best is None or key < best[0]):
            best = (key, rule, tok)
        elif typ == "AGREE" and rule.type in ontology.INTENT_CODES and (intent is None or key < intent[0]):
            intent = (key, rule, tok)  # "will meet" typed AGREE: the intent to meet, CAMEO 036
    if best is not None:
        return best[2], best[1]
    if intents and intent is not None and not intent[0][0]:
        return intent[2], intent[1]
    return None


def featurize(doc: Doc, src: tuple[int, int] | None, tgt: tuple[int, int] | None, lex: Lexicon | None = None,
              trigger: Token | None = None) -> list[str]:
    """Feature strings for one (sentence, source span, target span) triple."""
    if lex is None:  # not `lex or ...`: a Lexicon's truth value counts its rules
        lex = load_lexicon()
    feats: list[str] = ["bias"]
    s_toks = _tokens_in(doc, src)
    t_toks = _tokens_in(doc, tgt)
    s, t = _head(s_toks), _head(t_toks)
    if s is None:
        if t is not None:  # implicit source: what is done to the target
            feats.append("no_source")
            feats.append(f"t_dep={t.dep_}")
            _tok_feats(t.head, "g_", lex, feats)
            _tok_feats(t.head, "lca_", lex, feats)
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
        up_s, lca, up_t = path(s, t)
        if lca is None:
            feats.append("no_path")
        else:
            if lca.i in s_ids or lca.i in t_ids:
                # one actor sits inside the other's phrase ("Kenya and <t>Ethiopia</t> agreed",
                # "<s>X</s>, ally of <t>Y</t>, said"): the event is carried by the first word
                # above both phrases, so read that word as the governor
                feats.append("lca_in_actor")
                feats.append(f"inner_dep={(t if lca.i in s_ids else s).dep_}")
                above = lca
                while (above.i in s_ids or above.i in t_ids) and above.head.i != above.i:
                    above = above.head
                if above.i not in s_ids and above.i not in t_ids:
                    up_s = up_s + [above] if lca.i in s_ids else up_s
                    up_t = up_t + [above] if lca.i in t_ids else up_t
                    lca = above
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
            # the clause embedding the LCA ("refused to meet", "threatened to impose", "said it would")
            if lca.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp", "conj") and lca.head.i != lca.i:
                up = lca.head
                feats.append(f"emb={lca.dep_}>{up.lemma_.lower()}")
                _rule_feats(up, lex, "emb_", feats)
                if any(c.dep_ == "neg" for c in up.children):
                    feats.append("emb_neg")
            # negation and modality anywhere on the path, crossed with the lexicon's verdict
            lca_rule = lex.match(lca)
            for x in [lca] + up_s + up_t:
                if x.pos_ not in ("VERB", "AUX"):
                    continue
                neg = any(c.dep_ == "neg" for c in x.children)
                if neg:
                    feats.append("path_neg")
                    r = lex.match(x)
                    if r is not None:
                        feats.append(f"path_neglex={r.type}")
                for c in x.children:
                    if c.dep_ == "aux" and c.lower_ in ("should", "must", "would", "will", "could", "may", "might"):
                        feats.append(f"path_modal={c.lower_}")
            # voice and the target's attachment ("attacks on <t>", "aid to <t>", "<t> was arrested")
            if s.dep_ == "pobj" and s.head.dep_ == "agent":
                feats.append("passive_src")
            if t.dep_ == "nsubjpass":
                feats.append(f"passive_tgt={lca.lemma_.lower()}")
            if t.dep_ == "pobj" and t.head.head.i != t.head.i:
                prep, gov = t.head, t.head.head
                feats.append(f"t_pp={gov.lemma_.lower()}_{prep.lower_}")
                feats.append(f"t_prep={prep.lower_}")
                r = lex.match(gov)
                if r is not None:
                    feats.append(f"t_pp_lex={r.type}_{prep.lower_}")
            if lca_rule is not None:
                feats.append(f"lcalex_trel={lca_rule.type}_{t_last.dep_}")
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
    if t_ids:
        t0 = min(t_ids)
        prev = [x for x in doc[max(0, t0 - 3): t0] if not x.is_punct and x.i not in s_ids]
        for x in prev[-2:]:
            feats.append(f"t_prev={x.lemma_.lower()}")
        if prev:
            feats.append(f"t_prev1={prev[-1].lemma_.lower()}")
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
        self.neural = None  # a neural.NeuralTyper, averaged in when present (see load_default)

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

    def _to_prediction(self, probs: np.ndarray, allow_none: bool = True,
                       neural: dict[str, float] | None = None) -> Prediction:
        """Type = the label with the highest probability summed over its modes.

        ``neural`` (type -> probability from the neural typer) is averaged in with weight
        ``NEURAL_WEIGHT``. Labels may carry a mode (``TYPE:mode``); when they don't, ``_detail``
        takes the mode and the specific CAMEO code from the lexicon.
        With ``allow_none=False`` NONE is never returned (the caller knows there is an event
        between the pair, as in dyad gold data): the argmax runs over the 16 PLOVER types only.
        """
        # the type's probability is the sum over its modes
        type_p: dict[str, float] = {}
        for lab, p in zip(self.labels, probs):
            t = lab.partition(":")[0]
            type_p[t] = type_p.get(t, 0.0) + float(p)
        if neural:
            type_p = {t: (1 - NEURAL_WEIGHT) * type_p.get(t, 0.0) + NEURAL_WEIGHT * neural.get(t, 0.0)
                      for t in set(type_p) | set(neural)}
        real = {t: p for t, p in type_p.items() if t != LABELS_NONE}
        best_real = max(real, key=real.get) if real else None
        typ = max(type_p, key=type_p.get)
        if not allow_none and best_real is not None:
            typ = best_real
        if typ == LABELS_NONE:
            return Prediction(LABELS_NONE, None, None, None, type_p[typ], type_p, best_real)
        sub = [(p, lab) for lab, p in zip(self.labels, probs) if lab.partition(":")[0] == typ]
        mode = max(sub)[1].partition(":")[2] or None
        return Prediction(typ, mode, ontology.cameo_for(typ, mode), ontology.quad_class(typ), type_p[typ], type_p,
                          best_real)

    def predict_spans(self, doc_or_sent: Doc | Span, src: tuple[int, int] | None, tgt: tuple[int, int] | None,
                      trigger: Token | None = None, allow_none: bool = True) -> Prediction:
        doc = doc_or_sent.doc if isinstance(doc_or_sent, Span) else doc_or_sent
        neural = None
        if self.neural is not None:
            sent = doc_or_sent if isinstance(doc_or_sent, Span) else doc[:]
            neural = self.neural_types([(sent.text, _char_span(sent, src), _char_span(sent, tgt))])[0]
        pred = self._to_prediction(self.scores(featurize(doc, src, tgt, self.lexicon, trigger)), allow_none, neural)
        return self._detail(pred, doc, src, tgt)

    def predict_pairs(self, sent: Span, pairs: list[tuple[tuple[int, int], tuple[int, int] | None]],
                      neural_filter: float = 0.9, min_confidence: float = 0.0,
                      min_without_trigger: float | None = None) -> list[Prediction]:
        """Predictions for many actor pairs of one sentence.

        The regression (a dot product per pair) is the cheap first filter: pairs it calls NONE with
        at least ``neural_filter`` probability are not sent to the neural typer, and stay NONE. Nor
        are pairs none of whose types could reach the caller's threshold even if the neural typer
        gave that type everything: ``min_confidence``, or ``min_without_trigger`` for a type no word
        of the sentence outside the pair triggers (``lexicon_trigger`` would find none). The encoder
        is most of the coder's own time, and an answer that cannot change the outcome is not worth
        asking for."""
        doc = sent.doc
        probs = [self.scores(featurize(doc, s, t, self.lexicon)) for s, t in pairs]
        none_i = self.labels.index(LABELS_NONE) if LABELS_NONE in self.labels else None
        reach = 1.0 if self.neural is None else NEURAL_WEIGHT
        words: list[tuple[int, str]] = []
        if min_without_trigger is not None and self.lexicon is not None:
            words = [(tok.i, rule.type) for tok in sent if (rule := self.lexicon.match(tok)) is not None]

        def reachable(k: int) -> bool:
            p = probs[k]
            if p[none_i] >= neural_filter:
                return False
            if min_without_trigger is None:
                return (1 - reach) * (1 - p[none_i]) + reach >= min_confidence - 1e-9
            inside = {x.i for span in pairs[k] for x in _tokens_in(doc, span)}
            near = {typ for i, typ in words if i not in inside}
            by_type: dict[str, float] = {}
            for lab, v in zip(self.labels, p):
                typ = lab.partition(":")[0]
                by_type[typ] = by_type.get(typ, 0.0) + float(v)
            bar = {typ: min_confidence if typ in near else max(min_confidence, min_without_trigger) for typ in by_type}
            return any((1 - reach) * v + reach >= bar[typ] - 1e-9 for typ, v in by_type.items() if typ != LABELS_NONE)

        ask = [k for k in range(len(pairs)) if none_i is None or reachable(k)]
        neural: list[dict[str, float] | None] = [None] * len(pairs)
        if self.neural is not None and ask:
            got = self.neural_types([(sent.text, _char_span(sent, pairs[k][0]), _char_span(sent, pairs[k][1]))
                                     for k in ask])
            for k, nt in zip(ask, got):
                neural[k] = nt
        out = []
        for k, ((s, t), p) in enumerate(zip(pairs, probs)):
            if self.neural is not None and neural[k] is None:
                out.append(Prediction(LABELS_NONE, None, None, None, float(p[none_i]), {LABELS_NONE: float(p[none_i])}))
                continue
            out.append(self._detail(self._to_prediction(p, True, neural[k]), doc, s, t))
        return out

    def _detail(self, pred: Prediction, doc: Doc, src, tgt) -> Prediction:
        """Fill the mode and specific CAMEO code from the lexicon when the model gave none."""
        if pred.type == LABELS_NONE or pred.mode is not None:
            return pred
        found = lexicon_detail(doc, src, tgt, pred.type, self.lexicon)
        if found is not None:
            pred.mode, pred.cameo_code = found
        return pred

    def neural_types(self, items: list[tuple[str, tuple[int, int] | None, tuple[int, int] | None]]
                     ) -> list[dict[str, float] | None]:
        """The neural typer's type probabilities for character-span items (None when it is off)."""
        if self.neural is None or not items:
            return [None] * len(items)
        P = self.neural.probs(items)
        return [dict(zip(self.neural.labels, map(float, row))) for row in P]


def _char_span(sent: Span, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Character span in the document -> character span within the sentence's text (None if outside)."""
    if span is None or span[0] < sent.start_char or span[1] > sent.end_char or span[1] <= span[0]:
        return None
    return span[0] - sent.start_char, span[1] - sent.start_char


@lru_cache(maxsize=1)
def load_default() -> DyadClassifier | None:
    folder = Path(str(resources.files("eventwire") / MODEL_DIR))
    if not (folder / f"{MODEL_NAME}.json").is_file():
        return None
    from . import neural

    model = DyadClassifier.load(folder)
    model.neural = neural.load_default()
    if model.neural is not None:
        model.name += f" + {model.neural.name}"
    return model


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


def dyad_spans(sentence: str, source: str, target: str | None) -> tuple[tuple[int, int], tuple[int, int] | None] | str:
    """Character spans of the source and target phrases in the sentence, or why they can't be found.

    The target is looked for after the source when the first match overlaps it ("Korea" in
    "North Korea ... South Korea")."""
    if not sentence.strip() or not (source or "").strip():
        return "empty sentence or source"
    s = find_span(sentence, source)
    if s is None:
        return f"source {source!r} does not occur in the sentence"
    t = None
    if target:
        t = find_span(sentence, target)
        if t is not None and t[0] < s[1] and t[1] > s[0]:
            t = find_span(sentence, target, s[1]) or t
        if t is None:
            return f"target {target!r} does not occur in the sentence"
    return s, t


def classify_dyad(sentence: str, source: str, target: str | None = None) -> Prediction:
    """Type the event that ``source`` does to ``target`` in ``sentence`` (both phrases appear in it).

    >>> classify_dyad("US Congress imposed sanctions on Cuba.", "US Congress", "Cuba").type
    'COERCE'
    """
    from ..nlp import load as load_nlp

    return classify_many([(sentence, source, target)], load_nlp())[0]


def classify_many(rows: list[tuple[str, str, str | None]], nlp=None, batch_size: int = 64,
                  allow_none: bool = True) -> list[Prediction]:
    """Batch version of ``classify_dyad``: parses with ``nlp.pipe`` for speed.

    ``allow_none=False`` when an event between the pair is known to exist (dyad gold data): the
    prediction is then always one of the 16 PLOVER types.
    """
    from ..errors import InputError

    spans = []
    for k, (sentence, source, target) in enumerate(rows):
        found = dyad_spans(sentence, source, target)
        if isinstance(found, str):
            raise InputError(f"row {k + 1}", found)
        spans.append(found)
    return classify_spans([(r[0], s, t) for r, (s, t) in zip(rows, spans)], nlp, batch_size, allow_none)


def classify_spans(items: list[tuple[str, tuple[int, int] | None, tuple[int, int] | None]], nlp=None,
                   batch_size: int = 64, allow_none: bool = True) -> list[Prediction]:
    """Like ``classify_many`` but with the actors given as character spans (exact mentions)."""
    from ..nlp import load as load_nlp

    model = load_default()
    if model is None:
        raise FileNotFoundError("no dyad model shipped; run `python -m eventwire.events.train`")
    nlp = nlp or load_nlp()
    neural = model.neural_types(items)
    out = []
    skip = [p for p in ("ner",) if p in nlp.pipe_names]  # the features never read entities: ~20% faster
    for doc, (_, s, t), nt in zip(nlp.pipe([r[0] for r in items], batch_size=batch_size, disable=skip), items, neural):
        pred = model._to_prediction(model.scores(featurize(doc, s, t, model.lexicon)), allow_none, nt)
        out.append(model._detail(pred, doc, s, t))
    return out


def unmark(marked: str) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """Plain sentence plus the character spans of its ``<s>..</s>`` and ``<t>..</t>`` markers."""
    out, spans, stack, pos = [], {}, {}, 0
    for m in re.finditer(r"<(/?)([st])>|[^<]+|<", marked):
        if m.group(2):
            if m.group(1):
                if m.group(2) in stack:
                    spans[m.group(2)] = (stack.pop(m.group(2)), pos)
            else:
                stack[m.group(2)] = pos
            continue
        out.append(m.group(0))
        pos += len(m.group(0))
    text = "".join(out)

    def strip(span):
        if span is None:
            return None
        a, b = span
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return (a, b) if b > a else None

    return text, strip(spans.get("s")), strip(spans.get("t"))
