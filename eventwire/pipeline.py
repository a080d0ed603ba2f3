"""Wires the stages; nothing else knows their order.

ingest -> nlp -> events (triggers, arguments, type) -> actors (spans, coding, coreference)
-> where/when -> modality/attribution -> Event records.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import __version__, geo, modality, nlp as nlp_mod, ontology
from . import time as time_mod
from .actors.coref import MentionResolver
from .actors.resolver import Resolution, get_resolver
from .actors.spans import conjuncts, phrase_span
from .errors import InputError
from .events import classifier as classifier_mod
from .events import lexicon as lexicon_mod
from .events.extract import Candidate, find_candidates
from .ingest import parse_date, stable_id
from .records import Actor, Article, Attribution, Event, Modality, Outcome, Span as EvSpan

log = logging.getLogger(__name__)

#: the dyad classifier overrides the trigger lexicon's type only when at least this sure
OVERRIDE_MIN = 0.75
#: ... and vetoes a lexicon trigger (no event between this pair) only when at least this sure
VETO_MIN = 0.85
#: words that make a reporting source a news outlet ("the North Korean agency", "state media")
MEDIA_NOUNS = {"agency", "media", "newspaper", "television", "broadcaster", "outlet", "daily", "radio"}
#: types that are coded without a target (a protest, a mobilization, an attack on a place)
ONE_ACTOR_TYPES = {"PROTEST", "MOBILIZE", "ASSAULT"}


def _actor(span: Span, res: Resolution) -> Actor:
    return Actor(text=span.text, start=span.start_char, end=span.end_char, name=res.name, country=res.country,
                 sector=res.sector, code=res.code, kind=res.kind, entry=res.entry, confidence=res.confidence)


ACTOR_KINDS = {"person", "organization", "group", "country", "region", "agent"}


def _is_actor(res: Resolution) -> bool:
    """Only real actors make events: a known name, a country, a bloc, or an agent noun.

    This is what keeps crude fallbacks from inventing events: "the weather", "the exhibition"
    or "a decree" never become a source or a target."""
    return res.kind in ACTOR_KINDS


class Coder:
    """Holds the loaded model, lexicon, classifier and resolver; codes articles."""

    def __init__(self, nlp: Language | None = None):
        self.nlp = nlp or nlp_mod.load()
        self.lexicon = lexicon_mod.load()
        self.resolver = get_resolver()
        self.classifier = classifier_mod.load_default()
        self.version = f"eventwire {__version__} ({nlp_mod.model_name(self.nlp)}; {self.classifier.name if self.classifier else 'lexicon only'})"

    # -- actors --------------------------------------------------------------
    @staticmethod
    def _reporting_subject(pron: Token) -> Token | None:
        """In "X said (that) it/they/he will ...", the pronoun is X."""
        if pron.lower_ not in ("it", "they", "he", "she", "we"):
            return None
        node = pron.head
        for _ in range(4):
            if node.dep_ in ("ccomp",) and node.head.lemma_ in modality.REPORT_VERBS | {"announce", "promise", "vow", "warn", "insist"}:
                subj = next((c for c in node.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
                return subj
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _actors(self, heads: list[Token], mentions: MentionResolver) -> list[tuple[Actor, Resolution]]:
        out = []
        seen: set[int] = set()
        for h in heads:
            if h.pos_ == "PRON":
                h = self._reporting_subject(h) or h
            for c in conjuncts(h):
                if c.i in seen:
                    continue
                seen.add(c.i)
                span = phrase_span(c)
                res = mentions.resolve(c, span)
                if _is_actor(res):
                    out.append((_actor(span, res), res))
        return out

    def _place_actor(self, t: Token, prefer: set[str], typ: str) -> tuple[Actor, Resolution] | None:
        """A place named as a target stands for its country ("shelled Kharkiv" -> UKR)."""
        span = phrase_span(t)
        place = geo.lookup(span.text, prefer)
        if place is None:
            return None
        sector = "GOV" if place.feature == "PPLC" and ontology.quad_class(typ) < 3 else None
        res = Resolution(text=span.text, name=place.name, country=place.country, sector=sector,
                         code=place.country + (sector or ""), kind="country", entry=f"GeoNames {place.geonameid}",
                         confidence=0.6, evidence=[f"place {place.name} ({place.country}) stands for its country"])
        return _actor(span, res), res

    # -- one article ---------------------------------------------------------
    def code_doc(self, article: Article, doc: Doc) -> list[Event]:
        pub = article.published_date()
        mentions = MentionResolver(self.resolver, pub)
        mentions.seed(doc)
        events: list[Event] = []
        for si, sent in enumerate(doc.sents):
            for cand in find_candidates(sent, self.lexicon):
                events.extend(self._code_candidate(article, si, sent, cand, mentions, pub))
        return events

    def _code_candidate(self, article: Article, si: int, sent: Span, cand: Candidate,
                        mentions: MentionResolver, pub: dt.date | None) -> list[Event]:
        when = time_mod.event_time(cand.trigger, cand.governor, sent, pub)
        days_before = (pub - when.date).days if (when and pub) else None
        mod = modality.analyse(cand.trigger, cand.governor, sent, days_before)
        if not mod.asserted:
            return []
        # sources and targets, with "the two sides" standing for the latest dyad, both ways
        pairs: list[tuple[tuple[Actor, Resolution], tuple[Actor, Resolution] | None]] = []
        coordinated = False
        src_heads = cand.sources
        recip = [h for h in src_heads if mentions.reciprocal(phrase_span(h))]
        if recip and mentions.memory.last_dyad:
            span = phrase_span(recip[0])
            why = [f"'{span.text}' -> the latest dyad"]

            def stand_in(a: Actor) -> tuple[Actor, Resolution]:
                act = replace(a, text=span.text, start=span.start_char, end=span.end_char, confidence=a.confidence * 0.8)
                return act, Resolution(span.text, a.name, a.country, a.sector, a.code, a.kind, a.entry, act.confidence, why)

            a, b = mentions.memory.last_dyad
            pairs += [(stand_in(a), stand_in(b)), (stand_in(b), stand_in(a))]
        else:
            sources = self._actors(src_heads, mentions)
            targets = self._actors(cand.targets, mentions) or self._actors(cand.fallback_targets, mentions)
            if not targets and cand.place_targets:
                prefer = {s[0].country for s in sources if s[0].country}
                targets = [p for p in (self._place_actor(t, prefer, cand.rule.type) for t in cand.place_targets)
                           if p and p[0].country not in prefer]  # Kim "visiting" Pyongyang is no diplomatic visit
            coordinated = not targets and len(sources) > 1 and not (cand.targets or cand.fallback_targets)
            if coordinated:
                # "The US and China signed an agreement": coordinated subjects act on each other
                # (not when the verb has an object of its own: "Kim and Shoigu visited the exhibition")
                targets = sources
            for s in sources:
                if targets:
                    for t in targets:
                        if (t[0].start, t[0].end) != (s[0].start, s[0].end):
                            pairs.append((s, t))
                elif cand.rule.type in ONE_ACTOR_TYPES:
                    pairs.append((s, None))
        out: list[Event] = []
        prefer = {p[0][0].country for p in pairs if p[0][0].country} | {p[1][0].country for p in pairs if p[1] and p[1][0].country}
        visited = cand.place_targets if cand.rule.type == "CONSULT" else None
        loc = geo.event_location(cand.trigger, cand.governor, sent, prefer, visited)
        attr = self._attribution(cand, sent, mentions)
        for (src, src_res), tgt in pairs:
            typ, mode, code, conf, why = self._type(sent, cand, src, tgt[0] if tgt else None, mod.modality,
                                                    symmetric=bool(recip) or coordinated)
            if typ is None:
                continue
            c = ontology.cameo(code)
            expl = [f"trigger '{cand.trigger.text}' matched lexicon rule '{cand.rule.pattern}' ({cand.rule.source})", why]
            expl += [f"source: {e}" for e in src_res.evidence]
            if tgt:
                expl += [f"target: {e}" for e in tgt[1].evidence]
            expl += cand.notes + mod.cues
            if when:
                expl.append(f"date from '{when.text}' relative to publication {pub}")
            actor_conf = (src.confidence + (tgt[0].confidence if tgt else src.confidence)) / 2
            penalty = 0.8 if (mod.modality.hedged or mod.modality.hypothetical) else 1.0
            ev = Event(
                article_id=article.id, sentence_index=si, sentence=article.text[sent.start_char:sent.end_char].strip(), event_type=typ,
                event_mode=mode, contexts=[c.plover_context] if c.plover_context else [],
                cameo_code=code, quad_class=ontology.quad_class(typ), goldstein=c.goldstein,
                source=src, target=tgt[0] if tgt else None,
                trigger=EvSpan(cand.trigger.text, cand.trigger.idx, cand.trigger.idx + len(cand.trigger.text)),
                date=(when.date.isoformat() if when else (pub.isoformat() if pub else None)),
                date_precision=(when.precision if when else ("day" if pub else None)),
                date_text=when.text if when else None,
                location=loc, modality=mod.modality, attribution=attr,
                confidence=max(0.05, min(0.99, conf * (0.5 + 0.5 * actor_conf) * penalty)),
                coder_version=self.version, explanation=expl,
            )
            out.append(ev)
        asserted = [e for e in out if e.target is not None and not (e.modality.historical or e.modality.hedged)]
        if asserted and not recip:
            mentions.memory.last_dyad = (asserted[0].source, asserted[0].target)
        return out

    def _type(self, sent: Span, cand: Candidate, src: Actor, tgt: Actor | None, mod: Modality,
              symmetric: bool = False):
        """Type, mode, CAMEO code, confidence and the reason. A symmetric event ("the two sides",
        "X and Y signed") is typed by the lexicon alone, so both directions get the same type."""
        rule = cand.rule
        mode, code = rule.mode, rule.cameo
        why = f"lexicon type {rule.type}, CAMEO {rule.cameo}"
        if cand.mode and not rule.mode:  # "refused to talk": the embedded action gives the mode
            mode, code = cand.mode, ontology.cameo_for(rule.type, cand.mode)
            why = f"lexicon type {rule.type}, mode {mode} from the embedded action, CAMEO {code}"
        if self.classifier is not None and not symmetric:
            pred = self.classifier.predict_spans(sent, (src.start, src.end), (tgt.start, tgt.end) if tgt else None,
                                                 trigger=cand.trigger)
            unreal = mod.negated or mod.future or mod.hypothetical  # the corpus calls unreal events NONE
            if pred.type == "NONE" and pred.confidence >= VETO_MIN and not unreal:
                return None, None, None, 0.0, f"classifier: no event ({pred.confidence:.2f})"
            if pred.type != "NONE" and pred.type != rule.type and pred.confidence >= OVERRIDE_MIN:
                code = pred.cameo_code or ontology.cameo_for(pred.type, pred.mode)
                return pred.type, pred.mode, code, pred.confidence, f"classifier over the dyad: {pred.type} ({pred.confidence:.2f}) overrides lexicon {rule.type}"
            if pred.type == rule.type:
                return rule.type, mode or pred.mode, code, max(pred.confidence, 0.7), f"{why}; classifier agrees ({pred.confidence:.2f})"
        return rule.type, mode, code, 0.7, why

    def _attribution(self, cand: Candidate, sent: Span, mentions: MentionResolver) -> Attribution | None:
        head = modality.attribution_head(cand.trigger, cand.governor, sent)
        if head is None:
            return None
        span = phrase_span(head)
        res = mentions.resolve(head, span)
        # "the state agency of the Asian country, KCNA": the named agency right after the phrase
        nxt = sent.doc[span.end + 1] if span.end + 1 < len(sent.doc) else None
        if res.kind not in ("organization", "person") and nxt is not None and sent.doc[span.end].text == "," and nxt.ent_type_ == "ORG":
            named = sent.doc[nxt.i: nxt.i + 1]
            while named.end < sent.end and sent.doc[named.end].ent_type_ == "ORG" and sent.doc[named.end].ent_iob_ == "I":
                named = sent.doc[named.start: named.end + 1]
            r2 = self.resolver.resolve(named.text)
            span = sent.doc[span.start: named.end]
            if r2.known:
                res = r2
        # "the North Korean agency", "state media": the news outlet of that country named earlier
        nouns = {t.lemma_.lower() for t in span if t.lemma_.lower() in MEDIA_NOUNS}
        if res.kind not in ("organization", "person") and nouns:
            def outlet(r: Resolution, same_word: bool) -> bool:
                return (r.kind == "organization" and r.sector == "JRN" and (res.country in (None, r.country))
                        and (not same_word or any(n in (r.name or "").lower() for n in nouns)))

            # an "agency" is the outlet named "... Agency" before it is any outlet
            m = (mentions.memory.latest(span.start_char, lambda r: outlet(r, True))
                 or mentions.memory.latest(span.start_char, lambda r: outlet(r, False)))
            if m is not None:
                res = m.res
        return Attribution(text=span.text, start=span.start_char, end=span.end_char,
                           name=res.name or span.text, code=res.code)

    def code(self, article: Article) -> list[Event]:
        return self.code_doc(article, self.nlp(nlp_mod.clean(article.text)))

    def code_many(self, articles: Iterable[Article | InputError], batch_size: int = 16) -> Iterator[Outcome]:
        """Code a stream; bad records come out as failed outcomes and the run goes on."""
        pending: list[Article] = []

        def flush() -> Iterator[Outcome]:
            docs = self.nlp.pipe([nlp_mod.clean(a.text) for a in pending], batch_size=batch_size)
            for art, doc in zip(pending, docs):
                try:
                    evs = self.code_doc(art, doc)
                except Exception as exc:  # one bad article must not stop the run
                    log.exception("failed to code %s", art.id)
                    yield Outcome(art.id, "failed", f"{exc.__class__.__name__}: {exc}", art)
                    continue
                yield Outcome(art.id, "coded", None, art, evs)
            pending.clear()

        for item in articles:
            if isinstance(item, InputError):
                yield Outcome(item.record, "failed", item.reason)
                continue
            if not item.text.strip():
                yield Outcome(item.id, "skipped", "empty text", item)
                continue
            pending.append(item)
            if len(pending) >= batch_size:
                yield from flush()
        if pending:
            yield from flush()


_CODER: Coder | None = None


def get_coder() -> Coder:
    global _CODER
    if _CODER is None:
        _CODER = Coder()
    return _CODER


def code_text(text: str, published: Any = None, article_id: str | None = None, **meta: Any) -> list[Event]:
    """Code one text. ``published`` (ISO date or date) anchors relative dates ("last Tuesday")."""
    pub = parse_date(published, article_id or "<text>")
    art = Article(id=article_id or stable_id("<text>", text), text=text, published=pub, **meta)
    return get_coder().code(art)


def code_article(article: Article) -> list[Event]:
    return get_coder().code(article)


def code_articles(articles: Iterable[Article | dict | InputError], batch_size: int = 16) -> Iterator[Outcome]:
    """Code many articles (Article records or dicts with at least ``text``), yielding one Outcome each."""
    from .ingest import article_from_mapping

    def as_articles() -> Iterator[Article | InputError]:
        for i, a in enumerate(articles):
            if isinstance(a, dict):
                try:
                    yield article_from_mapping(a, f"record {i}")
                except InputError as err:
                    yield err
            else:
                yield a

    yield from get_coder().code_many(as_articles(), batch_size=batch_size)
