"""Real feed text made parseable, with every offset still pointing into the article as received.

Wire and web copy arrives with encoding debris (``â€™``), in all lowercase or ALL CAPS, and with a
dateline ("KYIV, May 20 (Reuters) - ") glued to the first sentence. The parser reads a prepared
copy; :class:`Prepared` maps each character of that copy back to the original, so evidence spans
in the output are always spans of the article text the user gave.

- mojibake is repaired by ``ftfy`` (a maintained library), and the alignment between the repaired
  and the original text is recomputed from the differing stretches only;
- a dateline is blanked for the parser (it is never an actor) and kept as context: where the story
  was filed; so is a photo caption's position after a name (", second left,");
- copy without case information (no lowercase letters, or no uppercase ones) gets the case of the
  names eventwire knows (countries, capitals, organizations, people, cities) and sentence-initial
  capitals back, so named-entity recognition has something to work with. Case changes never change
  the length, so offsets are untouched by them.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

#: a wire dateline at the start of a paragraph: "PARIS (Reuters) - ", "MOGADISHU, Somalia -- ",
#: "KYIV, May 20 - ", "BAGHDAD, April 9 (Xinhua) -- ", "LAHORE: ", "TOWER, Minn. (AP) -- ", "Tehran, May 2, IRNA - "
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][A-Z.'’ -]{1,40}?)"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.'’ ]{1,30}?))?"
    rf"(?P<date>,?[ \t]*{_MONTH}[ \t]*\d{{1,2}}(?:,[ \t]*\d{{4}})?)?"
    r"(?P<agency>[ \t]*\([A-Za-z.&' ]{1,25}\)|(?<=\d),[ \t]*[A-Z]{2,8})?"
    r"[ \t]*(?P<sep>--|-|—|–|:)[ \t]+")
#: the same in title case, which only a news agency makes a dateline: "Kharkiv (AFP) - ", "Tehran, May 2, IRNA - "
_DATELINE_TITLE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]+){0,3})"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.'’ ]{1,30}?))?"
    rf"(?P<date>,?[ \t]*{_MONTH}[ \t]*\d{{1,2}}(?:,[ \t]*\d{{4}})?)?"
    r"(?P<agency>[ \t]*\([A-Za-z.&' ]{1,25}\)|(?<=\d),[ \t]*[A-Z]{2,8})"
    r"[ \t]*(?P<sep>--|-|—|–|:)[ \t]+")
#: a first line's headline sentence, up to where a dateline may follow it on the same line
_HEADLINE_END = re.compile(r"[^\n]{10,200}?[.!?][ \t]+(?=[A-Z])")
_STRAY_STOP = re.compile(r"(?<=[a-z]{4})\.(?=[ \t]+[a-z])")
#: a photo caption's position after a name ("Putin, second left, and Medvedev, left, attend ..."): blanked
#: for the parser, which otherwise reads "left" as a verb or splits the coordinated names
_CAPTION_POSITION = re.compile(
    r"(?<=[A-Za-z.)]),[ \t]*\(?(?:(?:second|third|fourth|far|top|bottom|front|back|center|centre)[ \t]+)?"
    r"(?:left|right|center|centre)\)?(?=[ \t]*[,.;])")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_SENT_START = re.compile(r"(?:^|[.!?]['\"”’)]*\s+|\n\s*)([^\W\d_])", re.UNICODE)


@dataclass
class Prepared:
    """The parser's copy of an article and the way back to the original offsets."""

    original: str
    text: str
    #: for each character of ``text`` (plus one past the end), its offset in ``original``;
    #: None when both have the same length and every offset is the same
    offsets: list[int] | None = None
    #: (start, end) of the dateline's place name in ``original``, e.g. "KYIV"
    dateline: tuple[int, int] | None = None
    notes: list[str] = field(default_factory=list)
    #: the dateline's region after its place, e.g. "N.C." in "CARTHAGE, N.C. (AP) -", as written there
    dateline_region: str | None = None

    def orig(self, i: int) -> int:
        if self.offsets is None:
            return i
        return self.offsets[max(0, min(i, len(self.offsets) - 1))]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A [start, end) span of ``text`` as a span of ``original``."""
        if self.offsets is None:
            return start, end
        a = self.orig(start)
        b = self.offsets[end - 1] + 1 if end > start else a
        return a, max(a, b)

    @property
    def dateline_text(self) -> str | None:
        return self.original[self.dateline[0]:self.dateline[1]] if self.dateline else None


def _align(src: str, dst: str) -> list[int]:
    """Offsets of ``dst``'s characters in ``src`` (``dst`` is ``src`` with local repairs)."""
    out: list[int] = []
    sm = difflib.SequenceMatcher(None, src, dst, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            out.extend(range(i1, i2))
        else:  # a repaired stretch: spread its characters over the original stretch
            n = j2 - j1
            for k in range(n):
                out.append(i1 + (k * (i2 - i1)) // n if n else i1)
    out.append(len(src))
    return out


def fix_encoding(text: str) -> tuple[str, list[int] | None]:
    """Repair mojibake with ftfy; returns the repaired text and its offset map (None if unchanged)."""
    import ftfy

    fixed = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=False,
                          fix_latin_ligatures=False, fix_character_width=False, explain=False)
    if fixed == text:
        return text, None
    if len(fixed) == len(text):
        return fixed, None
    # align line by line: a diff over the whole text would grow with the square of a long article
    pieces: list[str] = []
    offsets: list[int] = []
    base = 0
    for line in text.splitlines(keepends=True):
        new = ftfy.fix_text(line, normalization="NFC", uncurl_quotes=False, fix_line_breaks=False,
                            fix_latin_ligatures=False, fix_character_width=False, explain=False)
        pieces.append(new)
        if len(new) == len(line):
            offsets.extend(range(base, base + len(line)))
        else:
            offsets.extend(base + k for k in _align(line, new)[:-1])
        base += len(line)
    offsets.append(len(text))
    return "".join(pieces), offsets


_CASED: tuple[object, tuple[dict[str, str], int, dict[str, str]]] | None = None


def _cased_names() -> tuple[dict[str, str], int, dict[str, str]]:
    """The table of :func:`_build_cased_names` for the knowledge base in use (rebuilt after a reload)."""
    global _CASED
    from .actors import kb as kb_mod

    kb = kb_mod.load()
    if _CASED is None or _CASED[0] is not kb:
        _CASED = (kb, _build_cased_names(kb))
    return _CASED[1]


def _build_cased_names(kb) -> tuple[dict[str, str], int, dict[str, str]]:
    """lowercased name -> its usual cased form, for every multi- and single-word name known.

    Names come from the actor dictionaries and the gazetteer; single words that are also ordinary
    English words (trigger lemmas, agent nouns, stop words) are left out, so "reform" or "justice"
    never become names. Returns the table, its longest name in words, and apart the names that are
    ordinary words (``ordinary_words.tsv``: "national" -> "National"), restored only in context."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .events import lexicon as lexicon_mod
    from .geo import gazetteer

    common = set(STOP_WORDS) | set(kb.agents) | {lemma for lemma, _ in lexicon_mod.load().rules} | {
        "new", "general", "national", "party", "state", "united", "union", "council", "court", "army", "police"}
    weekdays_months = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "June", "July", "August", "September", "October",
                       "November", "December"]
    names: dict[str, str] = {}
    ordinary: dict[str, str] = {}
    for form in kb.cased_aliases:  # names that are also ordinary words: restored only in context
        low = " ".join(w for w in form.lower().split() if w != "the")
        if low in kb.ordinary and form[:1].isupper():
            ordinary.setdefault(low, " ".join(w for w in form.split() if w.lower() != "the"))
    forms: list[str] = [f for f in kb.cased_aliases if " ".join(w for w in f.lower().split() if w != "the")
                        not in kb.ordinary] + weekdays_months
    forms += [p.name for places in gazetteer().values() for p in places if p.population >= 100_000]
    for form in forms:
        if not form or not any(ch.isupper() for ch in form):
            continue
        low = form.lower()
        if " " not in low and (low in common or len(low) < 3 and not form.isupper()):
            continue
        names.setdefault(low, form)
    longest = max((k.count(" ") + 1 for k in names), default=1)
    return names, min(longest, 6), ordinary


#: words after "the X" that make an ordinary word the name of an outlet or a party in caseless copy
_NAME_CONTEXT = {"reported", "reports", "newspaper", "daily", "said", "says", "quoted", "told", "wrote",
                 "editorial", "website", "magazine", "party", "leader", "mps", "lawmakers", "government"}


def restore_case(text: str) -> str:
    """Known names and sentence starts capitalized in caseless copy; the length never changes."""
    base = text.lower()
    names, longest, ordinary = _cased_names()
    chars = list(base)
    words = list(_WORD.finditer(base))
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            a, b = words[i].start(), words[i + n - 1].end()
            # ("u.s." is a name with its dots; "iran." a name before a full stop)
            form = next((f for key in dict.fromkeys((base[a:b], base[a:b].rstrip(".'’")))
                         if (f := names.get(key)) is not None and len(f) == len(key) and f.lower() == key), None)
            if form is not None:
                chars[a:a + len(form)] = form
                i += n
                break
        else:
            i += 1
    for k in range(1, len(words) - 1):  # "the guardian reported": a name by its context
        form = ordinary.get(words[k].group())
        if form and words[k - 1].group() == "the" and words[k + 1].group().rstrip(".,") in _NAME_CONTEXT:
            a = words[k].start()
            if len(form) == words[k].end() - a:
                chars[a:a + len(form)] = form
    for m in _SENT_START.finditer(base):
        k = m.start(1)
        before = base[:m.start()].rsplit(None, 1)[-1] if base[:m.start()].strip() else ""
        if before.count(".") >= 1 and len(before.rstrip(".")) <= 4 and "." in before.rstrip("."):
            continue  # "the u.s. lifted ...": the dot of an abbreviation ends no sentence
        up = chars[k].upper()
        if len(up) == 1:
            chars[k] = up
    return "".join(chars)


#: words a Title Case headline may leave in lowercase
_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
                "as", "vs", "via", "per", "into", "over", "up", "off", "out"}
_LINE = re.compile(r"[^\n]+")


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the short lines written in Title Case ("France Lifts Visa Curbs On Algeria"): there
    every word looks like a name, and the tagger reads verbs as names; they get the case of the names
    eventwire knows, as caseless copy does. A line of four or more words, at most 20, whose every word
    but the small ones is capitalized."""
    out = []
    for m in _LINE.finditer(text):
        words = _WORD.findall(m.group())
        if not 4 <= len(words) <= 20:
            continue
        content = [w for w in words if w.lower().strip(".") not in _SMALL_WORDS]
        if len(content) >= 4 and all(w[:1].isupper() for w in content) and not all(w.isupper() for w in content):
            out.append(m.span())
    return out


def caseless(text: str) -> bool:
    """True for copy whose letters carry no case information (all lowercase or ALL CAPS)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 12:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper == 0 or upper / len(letters) > 0.9


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


def sections(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that concatenate back to it exactly.

    Cuts fall after a line break (paragraph) when there is one in the second half of the window,
    else after a sentence end, else at a space, else (a run with no space at all) at ``size``.
    Parsing pieces costs time linear in the length, and keeps a long article under spaCy's limit."""
    if len(text) <= size:
        return [text]
    out: list[str] = []
    start, n, half = 0, len(text), size // 2
    while n - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n") + 1
        if cut <= half:
            ends = [m.end() for m in _SENTENCE_END.finditer(window, half)]
            cut = ends[-1] if ends else 0
        if cut <= half:
            cut = window.rfind(" ") + 1
        if cut <= half:
            cut = size
        out.append(window[:cut])
        start += cut
    out.append(text[start:])
    return out


def _known_city(place: str) -> bool:
    """A dateline's place in capitals that the gazetteer knows as a city ("MOSCOW", "NEW DELHI"; not "NATO")."""
    from . import geo  # (late: the gazetteer loads only when a plain dash needs it)

    name = place.strip(" ,")
    if not name.isupper() or len(name) < 4:
        return False
    found = geo.lookup(name.title())
    return found is not None and (found.feature or "").startswith("PPL")


def prepare(original: str) -> Prepared:
    """The parser's copy of ``original``; see the module docstring."""
    text, offsets = fix_encoding(original)
    notes = ["encoding debris repaired (ftfy)"] if text != original else []
    dateline = None
    region: str | None = None
    shift = 0
    m = _DATELINE.match(text) or _DATELINE_TITLE.match(text)
    if m is None:
        # a headline run into the story on one line: "Pakistan to restore chief justice. ISLAMABAD, Pakistan — ..."
        head = _HEADLINE_END.match(text)
        if head is not None:
            shift = head.end()
            m = _DATELINE.match(text[shift:]) or _DATELINE_TITLE.match(text[shift:])
    # a bare "NATO - the alliance met" is no dateline: a region, a date, an agency or a long dash must say so
    # (but "MOSCOW - Russian police ...": a city the gazetteer knows, in capitals, before a plain dash, is one)
    if (m and not caseless(text[shift + m.end():shift + m.end() + 300]) and len(m.group("place").strip()) >= 3
            and (m.group("region") or m.group("date") or m.group("agency") or m.group("sep") in ("--", "—", ":")
                 or m.group("sep") == "-" and _known_city(m.group("place")))):
        a, b = (shift + k for k in m.span("place"))
        b = a + len(m.group("place").rstrip(" ,"))
        dateline = (offsets[a], offsets[b - 1] + 1) if offsets else (a, b)
        start, end = shift + m.start(), shift + m.end()
        text = text[:start] + " " * (end - start) + text[end:]
        notes.append(f"dateline '{original[dateline[0]:dateline[1]]}' kept as the place of filing")
        region = (m.group("region") or "").strip(" ,")
    if caseless(text):
        text = restore_case(text)
        notes.append("case restored from known names (the copy had none)")
    else:
        titled = _title_case_lines(text)
        if titled:
            for a, b in titled:
                restored = list(restore_case(text[a:b]))
                for w in _WORD.finditer(text[a:b]):
                    # ("US Imposes Sanctions On ...": a word in capitals in Title Case is an acronym, kept)
                    if len(w.group().strip(".")) >= 2 and w.group().isupper():
                        restored[w.start():w.end()] = w.group()
                text = text[:a] + "".join(restored) + text[b:]
            notes.append(f"case restored in {len(titled)} headline line(s) in Title Case")
    text = _STRAY_STOP.sub(" ", text)
    text = _CAPTION_POSITION.sub(lambda m: " " * len(m.group()), text)
    return Prepared(original, text, offsets, dateline, notes, region or None)
