#!/usr/bin/env python3
"""Validate the trigger dictionaries in data/dict/triggers/*.txt.

Checks (errors make the exit status 1):
  - every file starts with a `#` header comment and holds rules of the type its name says;
  - every block has id, type, pattern, forms and at least one example; keys are known and
    the single-valued ones appear once;
  - ids are unique, lower-case, dot-separated and start with the lower-cased type;
  - type is one of the 16 PLOVER types; mode is `-` or a mode of that type (SPEC §3; ACCUSE also
    takes disapprove / allege / investigate); every type and every mode has at least one rule;
  - pattern is verb / passive / noun; `of:` (actor / recipient / instrument) only on noun rules;
  - no form is listed twice, in one rule (hamzas compared as written: the coder reads a written
    hamza against the form's as another word, keys49) or across rules (hamzas folded);
  - `topic-forms` (merge35, prec70) join the rule's forms as the loader (crates/lexicon
    entries.rs) joins them: a topic form written with the article matches as its bare form, and
    may be the definite of a form the rule lists (`التهديدات` beside `تهديدات`); otherwise it is
    checked as any form (listed twice, across rules, in the examples);
  - `topic-unless-near` words are single words (the coder compares one word, a glued و/ف aside)
    and stand only on a rule with `topic-forms` (it could never apply otherwise);
  - `checks` (tidy61) names only the coder's checks the loader knows (`CHECKS`),
    separated by commas or « ; », at least one;
  - every example contains one of the rule's forms (topic forms included) after simple normalisation (tashkeel
    stripped, أ إ آ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي), allowing the proclitics و ف ب ل ك س ال لل
    on the first word and the pronoun suffixes ه ها هم هما كم نا on the last (not both the
    article and a suffix on one word);
  - in every example, a greedy longest-match over all rules lets a rule of the block's type win
    at least once (so a longer form of another type does not swallow the trigger).

Warnings (printed, exit status unaffected): an example where another rule of the same type wins
instead of the block's own rule; an example holding none of its rule's forms when the rule is one
the coder reads through code (`CODE_READ`: `verbal_attack`, `split_deploy`, `split_verdict`); a `not:` sentence
containing none of the forms (but for a `CODE_READ` rule, whose `not:` shows its construction
declining); a form of one type that equals a form of another type plus a
proclitic or suffix (e.g. حث / بحث).

Usage: scripts/check_trigger_dicts.py [DIR] [-v]
"""
import os
import re
import sys
from collections import Counter, defaultdict

TYPES = {
    "AGREE": [],
    "CONSULT": ["visit", "third-party", "multilateral", "phone"],
    "SUPPORT": [],
    "CONCEDE": [],
    "COOPERATE": [],
    "AID": [],
    "RETREAT": ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
    "REQUEST": ["assist", "change", "yield", "meet"],
    "ACCUSE": ["disapprove", "allege", "investigate"],
    "REJECT": ["assist", "change", "yield", "meet"],
    "THREATEN": ["restrict", "arrest", "relations", "expel", "territory", "violence"],
    "PROTEST": ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
    "SANCTION": ["convict", "expel", "withdraw", "discontinue"],
    "MOBILIZE": ["troops", "weapons", "police", "militia"],
    "COERCE": ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"],
    "ASSAULT": ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"],
}
CONTEXTS = {
    "agriculture", "business", "cbrn", "cyber", "diplomatic", "disease", "economic",
    "election", "environment", "ethnic", "executive", "gender", "human_rights",
    "humanitarian", "intelligence", "international", "judicial", "legislative", "migration",
    "military", "natural_disaster", "pandemic", "peacekeeping", "political", "refugee",
    "religious", "resource", "terrorism", "territory", "crime", "media", "labor",
}
KEYS_SINGLE = {"id", "type", "mode", "context", "pattern", "of", "forms", "verbal-noun", "possessive", "near-mention"}
# The loader extends these lists when the key is repeated in one block.
KEYS_MULTI = {"example", "not", "needs", "needs-prev", "needs-near", "unless-near", "unless-next", "unless-right-after", "unless-prev",
              "topic-forms", "topic-unless-near", "checks"}
# The coder's checks a rule opts into with `checks:` (crates/lexicon entries.rs, `Check`, whose `name`
# gives these; docs/dictionaries.md, Triggers, says what each one does).
CHECKS = ["imposer", "measure-aim", "advisory", "praise-seen", "violent-context", "unarmed-siege", "farewell", "counted-student", "counted-noun", "park-name", "happened-on", "endangers", "lodging", "harbouring", "co-organiser", "hosts-show", "money-pledge", "place-target", "verdict", "accusing-participle", "courtesy-thanks", "home-cooperation", "attributive"]
PATTERNS = {"verb", "passive", "noun"}
# Rules whose examples the coder reads through code, not a listed form (crates/coder/src/sentence.rs):
# a form-less example of these is a warning. `verbal_attack` retypes "شن هجوما شديدا على" + a person,
# `split_deploy` reads a deploying verb with its forces or weapons a few words on, `split_verdict` the
# impersonal passive "حكم على" + the one sentenced with a penalty word a few words on ("حكم على
# التاجر في الشهر الماضي بالمؤبد"), which the forms ("حكم غيابيا على") hold only when adjacent.
CODE_READ = {"accuse.criticize.verbal-attack": "verbal_attack", "mobilize.troops.deploy": "split_deploy",
             "mobilize.weapons.deploy": "split_deploy", "sanction.convict.sentenced": "split_verdict"}

TASHKEEL = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c-\u200f]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                      "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"})
FOLD_KEEP_HAMZA = str.maketrans({"ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"})
WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FF0-9]+")
SUFFIXES = ["هما", "ها", "هم", "كم", "نا", "ه"]
PREFIX_RE = "(?:[وف])?(?:[بلكس])?(?:ال|ل)?"


def split_forms(v):
    """A `forms`-like value split as the loader splits it (`;` or the Arabic `؛`)."""
    return [x.strip() for x in re.split("[;؛]", v) if x.strip()]


def norm(s):
    return TASHKEEL.sub("", s).translate(FOLD)


def tokens(s):
    return WORD.findall(norm(s))


def first_token_re(tok, is_last):
    """Regex for the first word of a form: proclitics, optional article, maybe suffix."""
    core = tok
    if core.startswith("ال") and len(core) > 4:
        core = core[2:]
    if not is_last:
        return re.compile("^" + PREFIX_RE + re.escape(core) + "$")
    # A word cannot carry both the article and a pronoun suffix: الطلبة is not ال+طلب+ه.
    return re.compile("^(?:[وف])?(?:[بلكس])?(?:(?:ال|ل)" + re.escape(core) + "|"
                      + last_body(core) + ")$")


def last_body(tok):
    """The last word of a form with an optional pronoun suffix (ة → ت, ى → ا, وا → و before it)."""
    alts = [re.escape(tok)]
    suf = "(?:" + "|".join(SUFFIXES) + ")"
    with_suffix = [re.escape(tok) + suf]
    if tok.endswith("ه"):
        with_suffix.append(re.escape(tok[:-1]) + "ت" + suf)
    if tok.endswith("ي"):
        with_suffix.append(re.escape(tok[:-1]) + "ا" + suf)
    if tok.endswith("وا"):
        with_suffix.append(re.escape(tok[:-1]) + suf)
    return "(?:" + "|".join(alts + with_suffix) + ")"


class Form:
    def __init__(self, rule, text):
        self.rule = rule
        self.text = text
        self.toks = tokens(text)
        n = len(self.toks)
        self.res = []
        for i, t in enumerate(self.toks):
            if i == 0:
                self.res.append(first_token_re(t, n == 1))
            elif i == n - 1:
                self.res.append(re.compile("^" + last_body(t) + "$"))
            else:
                self.res.append(re.compile("^" + re.escape(t) + "$"))
        self.key = " ".join(self.toks)
        # The key with hamzas as written: the coder reads a written hamza against the form's as
        # another word (keys49), so «قوة أفريقية» and «قوة إفريقية» are two forms of one rule.
        self.hkey = " ".join(WORD.findall(TASHKEEL.sub("", text).translate(FOLD_KEEP_HAMZA)))
        core = self.toks[0] if self.toks else ""
        if core.startswith("ال") and len(core) > 4:
            core = core[2:]
        self.probe = core[: max(2, len(core) - 1)]

    def match_at(self, toks, i):
        if i + len(self.res) > len(toks) or self.probe not in toks[i]:
            return None
        exact = True
        for k, r in enumerate(self.res):
            if not r.match(toks[i + k]):
                return None
            if toks[i + k] != self.toks[k]:
                exact = False
        return (len(self.res), len(self.key), exact)


def parse(path, errors):
    rules = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines or not lines[0].startswith("#"):
        errors.append(f"{path}:1: file must start with a # header comment")
    cur = None
    for ln, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                rules.append(cur)
                cur = None
            continue
        m = re.match(r"^([a-z-]+):\s*(.*)$", line)
        if not m:
            errors.append(f"{path}:{ln}: not a `key: value` line: {line!r}")
            continue
        k, v = m.group(1), m.group(2).strip()
        if cur is None:
            cur = {"_file": path, "_line": ln, "example": [], "not": []}
        if k in KEYS_MULTI:
            cur.setdefault(k, []).append((ln, v))
        elif k in KEYS_SINGLE:
            if k in cur:
                errors.append(f"{path}:{ln}: key {k} repeated in one block")
            cur[k] = v
        else:
            errors.append(f"{path}:{ln}: unknown key {k}")
    if cur:
        rules.append(cur)
    return rules


def best_matches(sent_toks, forms_by_first):
    """Greedy leftmost-longest matching; returns list of (start, Form)."""
    out = []
    i = 0
    while i < len(sent_toks):
        best = None
        for f in forms_by_first:
            m = f.match_at(sent_toks, i)
            if m and (best is None or m > best[0]):
                best = (m, f)
        if best:
            out.append((i, best[1]))
            i += best[0][0]
        else:
            i += 1
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    d = args[0] if args else os.path.join(here, "..", "data", "dict", "triggers")
    errors, warnings = [], []
    rules = []
    files = sorted(p for p in os.listdir(d) if p.endswith(".txt"))
    expected = {t.lower() + ".txt" for t in TYPES}
    for missing in sorted(expected - set(files)):
        errors.append(f"{d}: missing file {missing}")
    for fn in files:
        path = os.path.join(d, fn)
        with open(path, encoding="utf-8") as f:
            head = f.read(2000)
        if "PLOVER" not in head.split("\n\n")[0]:
            warnings.append(f"{path}: header does not cite PLOVER")
        for r in parse(path, errors):
            r["_fn"] = fn
            rules.append(r)

    ids = Counter()
    all_forms = []
    for r in rules:
        where = f"{r['_file']}:{r['_line']}"
        for k in ("id", "type", "pattern", "forms"):
            if not r.get(k):
                errors.append(f"{where}: missing {k}")
        if not r["example"]:
            errors.append(f"{where}: no example")
        rid = r.get("id", "")
        ids[rid] += 1
        if rid and not re.match(r"^[a-z0-9_-]+(\.[a-z0-9_-]+)+$", rid):
            errors.append(f"{where}: bad id {rid!r}")
        t = r.get("type", "")
        if t not in TYPES:
            errors.append(f"{where}: unknown type {t!r}")
        else:
            if r["_fn"] != t.lower() + ".txt":
                errors.append(f"{where}: type {t} in file {r['_fn']}")
            if rid and not rid.startswith(t.lower() + "."):
                errors.append(f"{where}: id {rid} does not start with {t.lower()}.")
            mode = r.get("mode", "-") or "-"
            if mode != "-" and mode not in TYPES[t]:
                errors.append(f"{where}: mode {mode!r} not valid for {t}")
        if "mode" not in r:
            errors.append(f"{where}: missing mode (use `mode: -`)")
        p = r.get("pattern", "")
        if p and p not in PATTERNS:
            errors.append(f"{where}: bad pattern {p!r}")
        if "of" in r:
            if p != "noun":
                errors.append(f"{where}: `of:` on a {p} rule")
            if r["of"] not in ("actor", "recipient", "instrument"):
                errors.append(f"{where}: bad of {r['of']!r}")
        if r.get("context"):
            for c in r["context"].split(","):
                c = c.strip()
                if not re.match(r"^[a-z_]+$", c):
                    errors.append(f"{where}: bad context {c!r}")
                elif c not in CONTEXTS:
                    warnings.append(f"{where}: unusual context {c!r}")
        forms = split_forms(r.get("forms", ""))
        if not forms and r.get("forms") is not None:
            errors.append(f"{where}: empty forms")
        seen = set()
        r["_forms"] = []
        for ftxt in forms:
            if re.search(r"[A-Za-z]", ftxt):
                errors.append(f"{where}: Latin letters in form {ftxt!r}")
            fo = Form(r, ftxt)
            if not fo.toks:
                errors.append(f"{where}: form {ftxt!r} has no Arabic word")
                continue
            if fo.hkey in seen:
                errors.append(f"{where}: form {ftxt!r} listed twice in the rule")
            seen.add(fo.hkey)
            r["_forms"].append(fo)
            all_forms.append(fo)
        # Topic forms join the forms; one written with the article matches as its bare form
        # (the loader strips a leading ال), and is then no duplicate of that bare form when the
        # rule lists it too: it marks the definite mention a topic (prec70, التهديدات / تهديدات).
        listed = set(seen)
        seen_topic = set()
        for ln, v in r.get("topic-forms", []):
            tforms = split_forms(v)
            if not tforms:
                errors.append(f"{r['_file']}:{ln}: empty topic-forms")
            for ftxt in tforms:
                if re.search(r"[A-Za-z]", ftxt):
                    errors.append(f"{r['_file']}:{ln}: Latin letters in topic form {ftxt!r}")
                bare = ftxt[2:] if ftxt.startswith("ال") and len(ftxt) > 2 else ftxt
                fo = Form(r, bare)
                if not fo.toks:
                    errors.append(f"{r['_file']}:{ln}: topic form {ftxt!r} has no Arabic word")
                    continue
                tkey = " ".join(tokens(ftxt))
                if tkey in seen_topic:
                    errors.append(f"{r['_file']}:{ln}: topic form {ftxt!r} listed twice in the rule")
                    continue
                seen_topic.add(tkey)
                if fo.hkey in listed and bare != ftxt:
                    continue  # the definite of a listed form: already matched through it
                if fo.hkey in seen:
                    errors.append(f"{r['_file']}:{ln}: topic form {ftxt!r} listed twice in the rule")
                    continue
                seen.add(fo.hkey)
                r["_forms"].append(fo)
                all_forms.append(fo)
        for ln, v in r.get("topic-unless-near", []):
            words = split_forms(v)
            if not words:
                errors.append(f"{r['_file']}:{ln}: empty topic-unless-near")
            if "topic-forms" not in r:
                errors.append(f"{r['_file']}:{ln}: topic-unless-near on a rule with no topic-forms")
            for w in words:
                if len(tokens(w)) != 1:
                    errors.append(f"{r['_file']}:{ln}: topic-unless-near {w!r} is not one word "
                                  f"(the coder compares single words)")
        for ln, v in r.get("checks", []):
            names = [c.strip() for c in re.split(r"[,;]", v) if c.strip()]
            if not names:
                errors.append(f"{r['_file']}:{ln}: checks has no names")
            for c in names:
                if c not in CHECKS:
                    errors.append(f"{r['_file']}:{ln}: unknown check {c!r} ({', '.join(CHECKS)})")
    for rid, n in ids.items():
        if rid and n > 1:
            errors.append(f"id {rid} used {n} times")

    # duplicate forms across rules (a form with ال equals the same form without it)
    def keys_of(fo):
        ks = {fo.key}
        if fo.toks[0].startswith("ال") and len(fo.toks[0]) > 4:
            ks.add(" ".join([fo.toks[0][2:]] + fo.toks[1:]))
        return ks

    owner = {}
    for fo in all_forms:
        for k in keys_of(fo):
            if k in owner and owner[k].rule is not fo.rule:
                errors.append(f"form {fo.text!r} in {fo.rule.get('id')} duplicates "
                              f"{owner[k].text!r} in {owner[k].rule.get('id')}")
            owner.setdefault(k, fo)

    # cross-type clitic collisions (single words only)
    singles = defaultdict(list)
    for fo in all_forms:
        if len(fo.toks) == 1:
            singles[fo.toks[0]].append(fo)
    for fo in all_forms:
        if len(fo.toks) != 1:
            continue
        w = fo.toks[0]
        for other_w, others in singles.items():
            if other_w == w:
                continue
            for o in others:
                if o.rule.get("type") == fo.rule.get("type"):
                    continue
                if o.match_at([w], 0):
                    warnings.append(f"collision: {fo.text!r} ({fo.rule.get('id')}) also reads as "
                                    f"{o.text!r} + clitic ({o.rule.get('id')})")

    # examples
    for r in rules:
        t = r.get("type")
        for ln, ex in r["example"]:
            stoks = tokens(ex)
            own = [fo for fo in r["_forms"] if any(fo.match_at(stoks, i) for i in range(len(stoks)))]
            if not own:
                if r.get("id") in CODE_READ:
                    warnings.append(f"{r['_file']}:{ln}: example of {r.get('id')} holds none of its "
                                    f"forms (read by `{CODE_READ[r.get('id')]}`)")
                else:
                    errors.append(f"{r['_file']}:{ln}: example contains none of the forms of {r.get('id')}")
                continue
            wins = best_matches(stoks, all_forms)
            types_won = {f.rule.get("type") for _, f in wins}
            ids_won = {f.rule.get("id") for _, f in wins}
            if t not in types_won:
                who = ", ".join(sorted(ids_won))
                errors.append(f"{r['_file']}:{ln}: in the example of {r.get('id')} longer forms of "
                              f"other types win ({who})")
            elif r.get("id") not in ids_won:
                warnings.append(f"{r['_file']}:{ln}: example of {r.get('id')} is won by "
                                f"{', '.join(sorted(ids_won))}")
        for ln, ex in r["not"]:
            stoks = tokens(ex)
            # A `not:` of a rule read through code may hold no form: it shows the construction
            # declining ("حكم على التجربة بالفشل": no penalty word).
            if r.get("id") in CODE_READ:
                continue
            if not any(fo.match_at(stoks, i) for fo in r["_forms"] for i in range(len(stoks))):
                warnings.append(f"{r['_file']}:{ln}: not-sentence of {r.get('id')} contains none of its forms")

    # coverage
    have = defaultdict(set)
    for r in rules:
        have[r.get("type")].add(r.get("mode", "-") or "-")
    for t, modes in TYPES.items():
        if t not in have:
            errors.append(f"no rule for type {t}")
        for m in modes:
            if m not in have[t]:
                errors.append(f"no rule for {t} mode {m}")

    by_type = Counter(r.get("type") for r in rules)
    print(f"{len(rules)} rules, {len(all_forms)} forms, "
          f"{sum(len(r['example']) for r in rules)} examples, {sum(len(r['not']) for r in rules)} not-sentences")
    for t in TYPES:
        print(f"  {t:10s} {by_type[t]:4d}")
    coll = [w for w in warnings if w.startswith("collision")]
    other = [w for w in warnings if not w.startswith("collision")]
    for w in other:
        print("warning:", w)
    if verbose:
        for w in coll:
            print("warning:", w)
    elif coll:
        print(f"{len(coll)} clitic collisions between types (-v to list)")
    for e in errors:
        print("error:", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
