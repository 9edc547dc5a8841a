#!/usr/bin/env python3
"""Check the verb trigger rules as paradigms and count the missing forms in a corpus (recall81).

For every `verb` and `passive` rule of data/dict/triggers/*.txt, its forms are grouped by the
words after the first (a multi-word form's tail) and the first word is read as a conjugation of a
stem (match keys as the text layer folds them: tashkeel and tatweel dropped, أ إ آ → ا, ى → ي,
ة → ه, ؤ → و, ئ → ي):

  past      3ms S, 3fs S+ت, 3mp S+وا, 3md S+ا, 3fd S+تا
  imperfect 3ms ي+I, 3fs ت+I, 3mp ي+I+ون, 3md ي+I+ان

A paradigm is checked only when the rule lists two of its forms or more. A past stem S counts when the rule lists S itself, or two of S+ت, S+وا, S+تا (a lone S+ا is an
accusative participle as often as a dual: «منددا»). An imperfect stem I counts when the rule
lists ي+I, ي+I+ون or ي+I+ان, or ت+I where I is the imperfect of a counted past stem. The imperfect
of a past stem is the stem without its initial ا (forms IV, VII, VIII, X: «أعلن» → «يعلن»,
«اعتقل» → «يعتقل»), else the stem itself; it is derived only for a stem with no weak letter in
its last two letters (a hollow or defective verb: «أدان» → «يدين», «دعا» → «يدعو»), and a past is
never derived from an imperfect. Defective stems (final ا or ي) take S[:-1]+ت, +وا, +تا (and +يا
for the dual of a final ي); their imperfects in و or ي take the 3mp ي+I[:-1]+ون.

Every derived form the rule does not list is printed with the rule and slot, marked with the
other trigger rule that lists it (any pattern), or `first:RULE` when a multi-word form's first word
alone is a form of RULE (the one-word form already matches there), and counted in the corpus as a whole word (a glued
و or ف allowed; a multi-word form as the phrase, its tail words exact keys).

Usage: scripts/verb_paradigms.py [CORPUS.jsonl[.gz] ...] [--dict DIR] [--min N] [--contexts FILE]
  CORPUS defaults to ../shared/corpus/bench60k.jsonl.gz (title and text of each line);
  --min N prints only missing forms used N times or more (default 0: every one);
  --contexts FILE writes up to 8 uses (article id and a window of words) of each missing form
  used at least --min times, to read them by hand (a scratch file: keep it out of the repo).
Output (stdout): a summary per rule (present / missing slots), then the missing forms sorted by
corpus count: `count <TAB> form <TAB> rule <TAB> slot <TAB> other-rule-or-dash`.
"""
import gzip
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200c-\u200f\u202a-\u202e\ufeff]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي",
                      "ؤ": "و", "ة": "ه", "ک": "ك"})
WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]+")
SLOTS = ["p3ms", "p3fs", "p3mp", "p3md", "p3fd", "i3ms", "i3fs", "i3mp", "i3md"]
WEAK = set("اويي")


def key(s):
    s = unicodedata.normalize("NFKC", s)
    return TASHKEEL.sub("", s).translate(FOLD)


def read_rules(d):
    rules = []
    for fn in sorted(os.listdir(d)):
        if not fn.endswith(".txt"):
            continue
        cur = {}
        for line in open(os.path.join(d, fn), encoding="utf-8"):
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    rules.append(cur)
                cur = {}
                continue
            if line.startswith("#") or ":" not in line:
                continue
            k, v = line.split(":", 1)
            if k in ("id", "pattern", "type"):
                cur[k] = v.strip()
            elif k in ("forms", "topic-forms"):
                cur.setdefault("forms", []).extend(f.strip() for f in v.split(";") if f.strip())
        if cur:
            rules.append(cur)
    return rules


def past_forms(s, words=()):
    """The five past forms of a past stem; a final ا or ي is a defective verb unless the rule
    lists the stem + ت or + وا (a hamzated «بدأ» folds to «بدا»)."""
    if s[-1] in "اي" and len(s) > 2 and s + "ت" not in words and s + "وا" not in words:
        r = s[:-1]
        out = {"p3ms": s, "p3fs": r + "ت", "p3mp": r + "وا", "p3fd": r + "تا"}
        if s[-1] == "ي":
            out["p3md"] = r + "يا"
        return out
    return {"p3ms": s, "p3fs": s + "ت", "p3mp": s + "وا", "p3md": s + "ا", "p3fd": s + "تا"}


def imperfect_forms(i):
    if i[-1] in "وي":
        return {"i3ms": "ي" + i, "i3fs": "ت" + i, "i3mp": "ي" + i[:-1] + "ون", "i3md": "ي" + i + "ان"}
    return {"i3ms": "ي" + i, "i3fs": "ت" + i, "i3mp": "ي" + i + "ون", "i3md": "ي" + i + "ان"}


def imperfect_of(s):
    """The imperfect stem of a past stem, or None for a weak or hamzated-first stem."""
    if len(s) < 3 or s[-1] in WEAK or s[-2] in WEAK or s[0] == "و" or (s[0] == "ا" and len(s) == 3):
        return None
    return s[1:] if s[0] == "ا" else s


def participle(w):
    """A participle or verbal noun shape, never a past stem: «منددا», «مستنكرين», «الانضمام»,
    «إبرام», «تطبيع»."""
    return ((w[0] == "م" and (w[-1] in "اه" or w.endswith("ين"))) or w.startswith("ال")
            or (len(w) == 5 and w[0] == "ا" and w[3] == "ا") or (len(w) == 5 and w[0] == "ت" and w[3] == "ي"))


def paradigms(words):
    """words: the first-word keys of a rule's forms sharing a tail. Returns [(past, imperfect)]
    stem pairs, either possibly None."""
    imps = set()
    for w in words:
        if w.startswith("ي") and len(w) >= 3:
            imps.add(w[1:-2] if len(w) >= 5 and w[-2:] in ("ون", "ان") else w[1:])
    bare = {w for w in words if len(w) >= 3 and w[0] not in "ين" and not participle(w)
            and w[-1] != "ه" and not (w[0] == "ت" and (w[1:] in imps or w[1:-2] in imps))}
    cands = defaultdict(int)
    for w in words:
        for suf in ("ت", "وا", "تا", "ا"):
            if w.endswith(suf) and len(w) - len(suf) >= 2 and not participle(w):
                cands[w[: -len(suf)]] += 1 if suf != "ا" else 0
    pasts = bare | {s for s, n in cands.items() if n >= 2}
    pasts = {s for s in pasts
             if not any(p != s and s in (p + "ت", p + "وا", p + "تا", p + "ا", p[:-1] + "ت",
                                         p[:-1] + "وا", p[:-1] + "تا", p[:-1] + "يا") for p in pasts)
             and s + "ا" not in pasts and s + "ي" not in pasts}
    derived = {s: imperfect_of(s) for s in pasts}
    for w in words:
        if w.startswith("ت") and w[1:] in derived.values():
            imps.add(w[1:])
    out = []
    used = set()
    for s in sorted(pasts):
        i = derived[s]
        if i in imps:
            used.add(i)
        out.append((s, i))
    lone = sorted(imps - used)
    weak = [k for k, (s, i) in enumerate(out) if i is None]
    if len(weak) == 1 and len(lone) == 1:
        out[weak[0]] = (out[weak[0]][0], lone[0])
        lone = []
    out += [(None, i) for i in lone]
    return out


def main():
    args = sys.argv[1:]
    d = "data/dict/triggers"
    minc = 0
    ctx_file = None
    corpora = []
    k = 0
    while k < len(args):
        if args[k] == "--dict":
            d = args[k + 1]; k += 2
        elif args[k] == "--min":
            minc = int(args[k + 1]); k += 2
        elif args[k] == "--contexts":
            ctx_file = args[k + 1]; k += 2
        else:
            corpora.append(args[k]); k += 1
    if not corpora:
        corpora = ["../shared/corpus/bench60k.jsonl.gz"]
    rules = read_rules(d)
    listed = {}
    for r in rules:
        for f in r.get("forms", []):
            listed.setdefault(tuple(key(f).split()), r["id"])
    missing = []  # (form tuple, rule id, slot, other)
    summary = []
    for r in rules:
        if r.get("pattern") not in ("verb", "passive"):
            continue
        mine = {tuple(key(f).split()) for f in r.get("forms", [])}
        by_tail = defaultdict(set)
        for f in mine:
            by_tail[f[1:]].add(f[0])
        for tail, words in sorted(by_tail.items()):
            for s, i in paradigms(words):
                forms = {}
                if s:
                    forms.update(past_forms(s, words))
                if i:
                    forms.update(imperfect_forms(i))
                if len(forms) < 2 or sum(1 for f in forms.values() if f in words) < 2:
                    continue
                present, absent = [], []
                for slot in SLOTS:
                    if slot not in forms:
                        continue
                    f = (forms[slot],) + tail
                    if f in mine:
                        present.append(slot)
                    else:
                        absent.append(slot)
                        other = listed.get(f) or (len(f) > 1 and listed.get(f[:1]) and
                                                  "first:" + listed[f[:1]]) or "-"
                        missing.append((f, r["id"], slot, other))
                name = " ".join(((s or "?") + "/" + ("ي" + i if i else "?"),) + tail)
                summary.append(f"{r['id']}\t{name}\tpresent {','.join(present)}\tmissing {','.join(absent) or '-'}")
    # count in the corpora
    first = defaultdict(list)
    for m in missing:
        first[m[0][0]].append(m[0])
    counts = defaultdict(int)
    ctx = defaultdict(list)
    for path in corpora:
        op = gzip.open if path.endswith(".gz") else open
        with op(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                text = key((a.get("title") or "") + " . " + (a.get("text") or ""))
                toks = WORD.findall(text)
                for n, t in enumerate(toks):
                    cands = first.get(t)
                    if cands is None and len(t) > 3 and t[0] in "وف":
                        cands = first.get(t[1:])
                    if not cands:
                        continue
                    for f in cands:
                        if tuple(toks[n + 1:n + len(f)]) == f[1:]:
                            counts[f] += 1
                            if ctx_file and len(ctx[f]) < 8:
                                ctx[f].append(f"{a.get('id')}\t" + " ".join(toks[max(0, n - 8):n + 9]))
    for line in summary:
        print(line)
    print()
    seen = set()
    rows = []
    for f, rid, slot, other in missing:
        if (f, rid) in seen:
            continue
        seen.add((f, rid))
        rows.append((counts[f], " ".join(f), rid, slot, other))
    rows.sort(key=lambda x: -x[0])
    for c, f, rid, slot, other in rows:
        if c >= minc:
            print(f"{c}\t{f}\t{rid}\t{slot}\t{other}")
    if ctx_file:
        with open(ctx_file, "w", encoding="utf-8") as out:
            for c, f, rid, slot, other in rows:
                if c >= max(minc, 1):
                    out.write(f"== {f}  {rid} {slot} {c} other={other}\n")
                    for l in ctx[tuple(f.split())]:
                        out.write("  " + l + "\n")


if __name__ == "__main__":
    main()
