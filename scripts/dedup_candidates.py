#!/usr/bin/env python3
"""Propose groups of bench60k articles that may report the same happening.

Used to build data/gold/dedup-test.jsonl (see data/gold/DEDUP.md). It only
*proposes* candidates; every cluster in the gold file was decided by hand after
reading the articles.

Method (standard library only, reads the gz directly):
  * normalise Arabic (strip tashkeel/tatweel, unify alef/hamza forms, alef
    maqsura -> yaa, taa marbuta -> haa), tokenise, strip common clitic prefixes
    (wa-, al-, bi-al-, li-l-, ...), drop stopwords and short tokens;
  * represent each article by its title (weight 2) and the first sentences of
    its text (~60 tokens), TF-IDF weighted (IDF over the whole corpus);
  * time key: the `published` day for the 2013 crawl; for SaudiNewsNet, whose
    `published` is null before August 2015, the article number (ids are in
    crawl order, roughly 800-1300 articles a day), so the window is in ids;
  * pairs: articles from different outlets inside the time window that share
    at least --min-shared rare tokens (document frequency <= --max-df); scored
    by cosine similarity of the TF-IDF vectors;
  * optional event filter: at least one article of the pair must mention an
    event trigger stem (attack, killed, arrested, protest, met, signed,
    condemned, sanctions, ...) in its title or lead;
  * pairs above --min-score are merged into groups (union-find) and printed
    with outlet, date and title for manual review; articles already used by
    ../shared/corpus/dedup-dev.jsonl are marked [DEV] (or dropped with
    --drop-dev).

Usage:
  python3 scripts/dedup_candidates.py [--min-score 0.35] [--grep WORD] \
      [--source-prefix newscred2013] [--limit 200] [--show-lead]
"""
import argparse
import collections
import datetime
import gzip
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "corpus")
BENCH = os.path.join(CORPUS, "bench60k.jsonl.gz")
DEV = os.path.join(CORPUS, "dedup-dev.jsonl")

TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
TOKEN = re.compile("[\u0621-\u064a0-9\u0660-\u0669a-zA-Z]+")
PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "وس", "و")
STOP = set(
    """
    في من علي الي عن مع ان انه انها او ثم قد كان كانت هذا هذه ذلك تلك الذي التي الذين
    بعد قبل خلال بين عند حتي منذ حيث كما لكن اما اي كل بعض غير وقد لقد ما لا لم لن
    هو هي هم نحن انا يوم اليوم امس الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت
    قال قالت اكد اكدت واضاف اضاف واوضح اوضح وقال وقالت مصدر مصادر وكاله انباء الانباء
    رويترز فرانس برس اش العام العربيه المصريه السعوديه الرئيس وزير رئيس عام جديد
    """.split()
)
# Event trigger stems (normalised); used only to rank/filter candidates.
TRIGGERS = [
    "قتل", "مقتل", "مصرع", "اصاب", "اصيب", "جرح", "انفجار", "تفجير", "انتحاري", "هجوم",
    "اشتباك", "اطلاق نار", "غاره", "قصف", "اغتيال", "اختطاف", "خطف", "القبض", "اعتقال",
    "احتجاز", "ضبط", "تظاهر", "مظاهر", "احتجاج", "اعتصام", "مسير", "اضراب", "يلتقي",
    "التقي", "لقاء", "استقبل", "يستقبل", "زيار", "يزور", "مباحثات", "محادثات", "اتفاق",
    "اتفاقي", "وقع", "توقيع", "يدين", "ادان", "تدين", "استنكر", "يستنكر", "شجب", "عقوبات",
    "حكم", "السجن", "الاعدام", "طرد", "استدعاء", "سحب", "يطالب", "طالب", "دعا", "يدعو",
    "يهدد", "هدد", "تحذير", "حذر", "اسقاط", "تحطم", "معارك", "اقتحام", "مداهم", "حصار",
]


def normalise(s):
    s = TASHKEEL.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s)
    s = s.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return s


def tokens(s):
    out = []
    for t in TOKEN.findall(normalise(s)):
        for p in PREFIXES:
            if t.startswith(p) and len(t) - len(p) >= 3:
                t = t[len(p):]
                break
        if len(t) < 3 or t in STOP:
            continue
        out.append(t)
    return out


def lead(text, ntok=60):
    """First sentences of the text, up to about ntok tokens."""
    parts = re.split(r"(?<=[.!?؟])\s+|\n", text)
    acc, n = [], 0
    for p in parts:
        acc.append(p)
        n += len(p.split())
        if n >= ntok:
            break
    return " ".join(acc)


def time_key(rec):
    """(bucket, position, window): comparable only inside one bucket."""
    if rec["id"].startswith("saudinewsnet-"):
        return "saudi", int(rec["id"].split("-")[1]), None
    if rec["published"]:
        d = datetime.date.fromisoformat(rec["published"])
        return "egypt", d.toordinal(), None
    return "egypt-nodate", 0, None


def load(path=BENCH):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def dev_ids(path=DEV):
    ids = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                for m in json.loads(line)["members"]:
                    ids.add(m["article_id"])
    return ids


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-score", type=float, default=0.35)
    ap.add_argument("--max-score", type=float, default=1.01, help="skip pairs above this (e.g. to hide exact wire copies)")
    ap.add_argument("--max-df", type=int, default=150, help="max document frequency of a shared 'rare' token")
    ap.add_argument("--min-shared", type=int, default=3)
    ap.add_argument("--egypt-days", type=int, default=1, help="window in days for the 2013 crawl")
    ap.add_argument("--saudi-ids", type=int, default=1500, help="window in article numbers for SaudiNewsNet")
    ap.add_argument("--no-trigger-filter", action="store_true")
    ap.add_argument("--grep", default=None, help="keep only groups whose titles/leads contain this (normalised) string")
    ap.add_argument("--source-prefix", default=None, help="only articles whose source starts with this")
    ap.add_argument("--drop-dev", action="store_true", help="drop articles used by dedup-dev.jsonl")
    ap.add_argument("--limit", type=int, default=300, help="groups to print")
    ap.add_argument("--max-group", type=int, default=12, help="skip groups larger than this (topic, not event)")
    ap.add_argument("--show-lead", action="store_true", help="print the first 200 characters of each lead")
    args = ap.parse_args()

    dev = dev_ids()
    recs, vecs, keys = [], [], []
    df = collections.Counter()
    for r in load():
        r["title"] = r.get("title") or ""
        r["text"] = r.get("text") or ""
        if args.source_prefix and not r["source"].startswith(args.source_prefix):
            continue
        if args.drop_dev and r["id"] in dev:
            continue
        ld = lead(r["text"])
        tf = collections.Counter()
        for t in tokens(r["title"]):
            tf[t] += 2
        for t in tokens(ld):
            tf[t] += 1
        recs.append((r["id"], r["source"], r["published"], r["title"], ld))
        vecs.append(tf)
        keys.append(time_key(r))
        df.update(tf.keys())
    n = len(recs)
    idf = {t: math.log(n / c) for t, c in df.items()}
    norms = []
    for tf in vecs:
        norms.append(math.sqrt(sum((w * idf[t]) ** 2 for t, w in tf.items())) or 1.0)

    # inverted index of rare tokens, postings sorted by time key
    post = collections.defaultdict(list)
    for i, tf in enumerate(vecs):
        for t in tf:
            if 2 <= df[t] <= args.max_df:
                post[t].append(i)
    shared = collections.Counter()
    for t, lst in post.items():
        lst.sort(key=lambda i: (keys[i][0], keys[i][1]))
        for a in range(len(lst)):
            i = lst[a]
            bi, pi, _ = keys[i]
            win = args.saudi_ids if bi == "saudi" else args.egypt_days
            for b in range(a + 1, len(lst)):
                j = lst[b]
                bj, pj, _ = keys[j]
                if bj != bi or pj - pi > win:
                    break
                if recs[i][1] == recs[j][1]:
                    continue
                shared[(i, j) if i < j else (j, i)] += 1

    trig = [normalise(x) for x in TRIGGERS]

    def has_trigger(i):
        s = normalise(recs[i][3] + " " + recs[i][4])
        return any(x in s for x in trig)

    pairs = []
    for (i, j), k in shared.items():
        if k < args.min_shared:
            continue
        a, b = vecs[i], vecs[j]
        if len(a) > len(b):
            a, b = b, a
        dot = sum(w * b[t] * idf[t] ** 2 for t, w in a.items() if t in b)
        s = dot / (norms[i] * norms[j])
        if args.min_score <= s <= args.max_score:
            if args.no_trigger_filter or has_trigger(i) or has_trigger(j):
                pairs.append((s, i, j))
    pairs.sort(reverse=True)

    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    best = collections.defaultdict(float)
    for s, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[ri] = rj
    groups = collections.defaultdict(set)
    for s, i, j in pairs:
        groups[find(i)].update((i, j))
    for s, i, j in pairs:
        r = find(i)
        best[r] = max(best[r], s)
    out = sorted(groups.items(), key=lambda kv: -best[kv[0]])
    g_norm = normalise(args.grep) if args.grep else None
    shown = 0
    for root, members in out:
        if len(members) > args.max_group:
            continue
        mem = sorted(members, key=lambda i: recs[i][0])
        if g_norm and not any(g_norm in normalise(recs[i][3] + " " + recs[i][4]) for i in mem):
            continue
        outlets = {recs[i][1] for i in mem}
        print("== group %d  best %.2f  articles %d  outlets %d" % (shown + 1, best[root], len(mem), len(outlets)))
        for i in mem:
            rid, src, pub, title, ld = recs[i]
            flag = " [DEV]" if rid in dev else ""
            print("  %s%s  %s  %s  %s" % (rid, flag, src.split("/")[1], pub or "-", title[:110]))
            if args.show_lead:
                print("      | " + ld[:200].replace("\n", " "))
        shown += 1
        if shown >= args.limit:
            break
    print("# %d articles, %d scored pairs >= %.2f, %d groups printed" % (n, len(pairs), args.min_score, shown), file=sys.stderr)


if __name__ == "__main__":
    main()
