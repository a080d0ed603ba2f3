"""Rebuilds training/events/gen5_pairs_{none,events}.tsv: python build.py none|ev write (from this folder)."""
import sys, random, re, glob, importlib, os
HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS = os.path.join(HERE, "..", "..", "events")
sys.path.insert(0, HERE)
import common

PRON = {"he","she","it","they","him","her","them","his","its","their","we","us","i","you","who","which","this","that","these","those"}

def existing():
    seen = set()
    for f in glob.glob(os.path.join(EVENTS, "*.tsv")):
        if "gen5_pairs" in f: continue
        for i, l in enumerate(open(f, encoding="utf-8")):
            if i: seen.add(l.split("\t")[0].strip())
    return seen

def plain(s):
    return re.sub(r"</?[st]>", "", s)

def upper_keep(s):
    return re.sub(r"(</?[st]>)|([^<]+|<)", lambda m: m.group(1) or m.group(2).upper(), s)

DL = re.compile(r"^[A-Z][A-Z .,'-]+(?:, [A-Za-z]+ \d+)? \((?:Reuters|AP|AFP)\) --? ")
def capfirst(s):
    m = DL.match(s)
    i = m.end() if m else 0
    while s.startswith(("<s>", "<t>"), i):
        i += 3
    return s[:i] + s[i].upper() + s[i+1:] if i < len(s) else s

def lengthen(s, fam, r):
    words = len(plain(s).split())
    if fam == "head":
        while words < 8:
            t = r.choice(common.HEADTAILS)
            if t in s: continue
            s = s + ", " + t
            words = len(plain(s).split())
        return s
    kind = common.FAMTAIL.get(fam)
    if kind and s.endswith(".") and r.random() < 0.3 and words < 30 and not s.endswith("said."):
        s = s[:-1] + ", " + r.choice(common.TAILS[kind]) + "."
    return s

def gen(module, seed, default=("NONE", "", "010")):
    common.REG.clear()
    importlib.import_module(module)
    r = random.Random(seed)
    rows, seen, fams = [], set(), []
    for f, n, fam, kw in list(common.REG):
        got, tries = 0, 0
        while got < n and tries < 200:
            tries += 1
            out = f(r)
            if isinstance(out, str):
                out = (out,) + default
            sent = re.sub(r"\s+", " ", out[0]).strip().replace("\u2019", "'")
            sent = capfirst(sent)
            sent = lengthen(sent, fam, r)
            key = plain(sent).lower()
            if key in seen: continue
            seen.add(key); got += 1
            rows.append([sent, out[1], out[2], out[3], fam])
        if got < n:
            print(f"warn: {f.__name__} fam={fam} only {got}/{n}", file=sys.stderr)
    return rows, r

def case_transform(rows, r, n_lower, n_caps):
    idx = [i for i, x in enumerate(rows) if x[4] not in ("head", "caps", "lower")]
    heads = [i for i, x in enumerate(rows) if x[4] in ("head", "caps")]
    caps = r.sample(heads, min(n_caps, len(heads)))
    if len(caps) < n_caps:
        short = [i for i in idx if len(plain(rows[i][0]).split()) <= 20 and "(" not in rows[i][0]]
        caps += r.sample(short, n_caps - len(caps))
    rest = [i for i in idx if i not in set(caps)]
    low = r.sample(rest, n_lower)
    for i in caps:
        rows[i][0] = upper_keep(rows[i][0]); rows[i][4] += "+CAPS"
    for i in low:
        rows[i][0] = rows[i][0].lower(); rows[i][4] += "+lower"
    return rows

def validate(rows, ex):
    bad = []
    for x in rows:
        s = x[0]
        p = plain(s)
        w = len(p.split())
        if not (8 <= w <= 45) and "head" not in x[4]:
            bad.append(("len", w, s))
        for tag in "st":
            m = re.search(fr"<{tag}>(.*?)</{tag}>", s)
            if m and m.group(1).strip().lower() in PRON:
                bad.append(("pron", s))
        if "<s>" not in s: bad.append(("nosrc", s))
        if s in ex or p in {plain(e) for e in ()}: bad.append(("dup", s))
    return bad

def write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("sentence\ttype\tmode\tcameo\n")
        for x in rows:
            fh.write("\t".join(x[:4]) + "\n")

if __name__ == "__main__":
    which = sys.argv[1]
    ex = existing()
    explain = {plain(e).lower() for e in ex}
    if which == "none":
        rows, r = gen("none_tpl", 5101)
        rows = case_transform(rows, r, 45, 22)
        out = os.path.join(EVENTS, "gen5_pairs_none.tsv")
    else:
        rows, r = gen("ev_tpl", 5202, None)
        rows = case_transform(rows, r, 100, 50)
        out = os.path.join(EVENTS, "gen5_pairs_events.tsv")
    rows = [x for x in rows if plain(x[0]).lower() not in explain]
    for b in validate(rows, ex): print("BAD", b)
    r.shuffle(rows)
    if len(sys.argv) > 2 and sys.argv[2] == "write":
        write(out, rows)
    from collections import Counter
    print(len(rows), Counter(x[4].split("+")[0] for x in rows))
    print(Counter((x[1], x[3]) for x in rows).most_common(80))
    if len(sys.argv) > 3:
        for x in r.sample(rows, int(sys.argv[3])): print(x[4], "|", x[0], "|", x[1], x[2], x[3])
